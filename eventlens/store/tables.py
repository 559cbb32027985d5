"""The store's tables (SQLAlchemy Core). Migrations in ``migrations/`` create them.

Canonical events keep their full record as JSON (``payload``) plus the key
columns that queries and dedup blocking filter on. Mentions (one article's
extracted events) are kept too, so dedup can be undone and recomputed
(``Store.rebuild``).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String(255), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("published", Date),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text),
    Column("dateline", Text),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("added_at", DateTime, nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(255), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("event_id", String(255), nullable=False),
    Column("payload", Text, nullable=False),
    Column("family", String(80)),
    Column("event_type", String(64)),
    Column("sub_event_type", String(64)),
    Column("event_date", Date),
    Column("date_lo", Date),
    Column("date_hi", Date),
    Column("iso3", String(8)),
    Column("admin1", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("background", Boolean, nullable=False),
    Index("ix_mentions_article", "article_id"),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(255), primary_key=True),
    # the founding mention's pk: canonical events are ordered by it (dedup ties, rebuild)
    Column("seq", Integer, nullable=False, unique=True),
    Column("payload", Text, nullable=False),
    Column("family", String(80)),
    Column("event_type", String(64)),
    Column("sub_event_type", String(64)),
    Column("day", Date),
    Column("date_lo", Date),
    Column("date_hi", Date),
    Column("ckey", String(80)),
    Column("iso3", String(8)),
    Column("country_lc", Text),
    Column("admin1_lc", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("background", Boolean, nullable=False),
    Column("actors", Text),
    Column("fatalities", Integer),
    Column("n_sources", Integer, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Index("ix_events_country_day", "country_lc", "day"),
    Index("ix_events_iso3_day", "iso3", "day"),
    Index("ix_events_admin1_day", "admin1_lc", "day"),
    Index("ix_events_type_day", "event_type", "day"),
    Index("ix_events_day", "day"),
    Index("ix_events_latlon", "latitude", "longitude"),
)

# Dedup blocking index: one row per (canonical event, ISO week its window touches).
event_blocks = Table(
    "event_blocks",
    metadata,
    Column("event_id", String(255), ForeignKey("events.event_id", ondelete="CASCADE"), nullable=False),
    Column("family", String(80), nullable=False),
    Column("ckey", String(80)),
    Column("week", Integer, nullable=False),
    Index("ix_blocks_key", "family", "ckey", "week"),
    Index("ix_blocks_family_week", "family", "week"),
    Index("ix_blocks_event", "event_id"),
)

event_sources = Table(
    "event_sources",
    metadata,
    Column("mention_id", Integer, ForeignKey("mentions.pk", ondelete="CASCADE"), primary_key=True),
    Column("event_id", String(255), ForeignKey("events.event_id", ondelete="CASCADE"), nullable=False),
    Column("article_id", String(255), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Index("ix_sources_event", "event_id"),
    Index("ix_sources_article", "article_id"),
)

evidence = Table(
    "evidence",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("mention_id", Integer, ForeignKey("mentions.pk", ondelete="CASCADE"), nullable=False),
    Column("article_id", String(255), nullable=False),
    Column("field", String(64), nullable=False),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_evidence_mention", "mention_id"),
    Index("ix_evidence_article", "article_id"),
)
