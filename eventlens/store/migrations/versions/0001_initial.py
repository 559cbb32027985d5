"""initial tables: articles, mentions, events, event_blocks, event_sources, evidence

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(255), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("published", sa.Date()),
        sa.Column("title", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("source", sa.Text()),
        sa.Column("dateline", sa.Text()),
        sa.Column("origin", sa.Text()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "mentions",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(255), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(255), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("family", sa.String(80)),
        sa.Column("event_type", sa.String(64)),
        sa.Column("sub_event_type", sa.String(64)),
        sa.Column("event_date", sa.Date()),
        sa.Column("date_lo", sa.Date()),
        sa.Column("date_hi", sa.Date()),
        sa.Column("iso3", sa.String(8)),
        sa.Column("admin1", sa.Text()),
        sa.Column("latitude", sa.Float()),
        sa.Column("longitude", sa.Float()),
        sa.Column("geo_precision", sa.Integer()),
        sa.Column("background", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_mentions_article", "mentions", ["article_id"])
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(255), primary_key=True),
        sa.Column("seq", sa.Integer(), nullable=False, unique=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("family", sa.String(80)),
        sa.Column("event_type", sa.String(64)),
        sa.Column("sub_event_type", sa.String(64)),
        sa.Column("day", sa.Date()),
        sa.Column("date_lo", sa.Date()),
        sa.Column("date_hi", sa.Date()),
        sa.Column("ckey", sa.String(80)),
        sa.Column("iso3", sa.String(8)),
        sa.Column("country_lc", sa.Text()),
        sa.Column("admin1_lc", sa.Text()),
        sa.Column("latitude", sa.Float()),
        sa.Column("longitude", sa.Float()),
        sa.Column("geo_precision", sa.Integer()),
        sa.Column("background", sa.Boolean(), nullable=False),
        sa.Column("actors", sa.Text()),
        sa.Column("fatalities", sa.Integer()),
        sa.Column("n_sources", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_events_country_day", "events", ["country_lc", "day"])
    op.create_index("ix_events_iso3_day", "events", ["iso3", "day"])
    op.create_index("ix_events_admin1_day", "events", ["admin1_lc", "day"])
    op.create_index("ix_events_type_day", "events", ["event_type", "day"])
    op.create_index("ix_events_day", "events", ["day"])
    op.create_index("ix_events_latlon", "events", ["latitude", "longitude"])
    op.create_table(
        "event_blocks",
        sa.Column("event_id", sa.String(255), sa.ForeignKey("events.event_id", ondelete="CASCADE"), nullable=False),
        sa.Column("family", sa.String(80), nullable=False),
        sa.Column("ckey", sa.String(80)),
        sa.Column("week", sa.Integer(), nullable=False),
    )
    op.create_index("ix_blocks_key", "event_blocks", ["family", "ckey", "week"])
    op.create_index("ix_blocks_family_week", "event_blocks", ["family", "week"])
    op.create_index("ix_blocks_event", "event_blocks", ["event_id"])
    op.create_table(
        "event_sources",
        sa.Column("mention_id", sa.Integer(), sa.ForeignKey("mentions.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("event_id", sa.String(255), sa.ForeignKey("events.event_id", ondelete="CASCADE"), nullable=False),
        sa.Column("article_id", sa.String(255), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_index("ix_sources_event", "event_sources", ["event_id"])
    op.create_index("ix_sources_article", "event_sources", ["article_id"])
    op.create_table(
        "evidence",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("mention_id", sa.Integer(), sa.ForeignKey("mentions.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("article_id", sa.String(255), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_evidence_mention", "evidence", ["mention_id"])
    op.create_index("ix_evidence_article", "evidence", ["article_id"])


def downgrade() -> None:
    for name in ("evidence", "event_sources", "event_blocks", "events", "mentions", "articles"):
        op.drop_table(name)
