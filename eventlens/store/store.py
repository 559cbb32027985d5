"""The event store: articles, their extracted events (mentions), canonical events.

SQLite is the default (one file, WAL mode so the API can read while ingest
writes); PostgreSQL for shared deployments. ``Store.open`` upgrades the schema
to the newest Alembic revision.

Writes are one transaction per article: the article, its mentions and
evidence, and the incremental dedup of each mention into canonical events
commit together or not at all. On PostgreSQL a transaction-scoped advisory
lock serialises dedup between concurrent writers (two ingesters must not both
found the same canonical event).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from ..assemble import dedup
from ..ingest.hashing import article_hash
from ..schema import Article, Event
from .tables import articles, event_blocks, event_sources, events, evidence, mentions

DEFAULT_URL = "sqlite:///eventlens.db"
_PG_LOCK = 0x6576_6C6E  # "evln": advisory lock id for dedup writers
_MIGRATIONS = Path(__file__).with_name("migrations")


# Statements built once: bound parameters keep SQLAlchemy's per-call work small.
_INSERT_ARTICLE = insert(articles)
_INSERT_MENTION = insert(mentions).returning(mentions.c.pk)
_UPDATE_EVENT = update(events).where(events.c.event_id == bindparam("eid"))
_DELETE_BLOCKS = delete(event_blocks).where(event_blocks.c.event_id == bindparam("eid"))
_HAS_HASH = select(articles.c.id).where(articles.c.content_hash == bindparam("h"))
_HAS_ID = select(articles.c.id).where(articles.c.id == bindparam("id"))
_HAS_EVENT = select(events.c.event_id).where(events.c.event_id == bindparam("eid"))
_MEMBERS = (
    select(mentions.c.payload)
    .join(event_sources, event_sources.c.mention_id == mentions.c.pk)
    .where(event_sources.c.event_id == bindparam("eid"))
    .order_by(mentions.c.pk)
)



def _candidates_stmt(with_country: bool):
    cond = [event_blocks.c.family == bindparam("fam"), event_blocks.c.week.in_(bindparam("weeks", expanding=True))]
    if with_country:  # events with no country may be anywhere: they stay candidates
        cond.append(or_(event_blocks.c.ckey == bindparam("ckey"), event_blocks.c.ckey.is_(None)))
    ids = select(event_blocks.c.event_id).where(*cond).distinct().scalar_subquery()
    return select(events.c.payload).where(events.c.event_id.in_(ids)).order_by(events.c.seq)


_CANDIDATES = _candidates_stmt(True)
_CANDIDATES_ANY = _candidates_stmt(False)


class StoreError(RuntimeError):
    """A store operation that cannot be done (bad URL, id clash)."""


def normalize_url(url: str | None) -> str:
    """Database URL with our driver choices: psycopg 3 for PostgreSQL.

    A bare path (``events.db``) means a SQLite file.
    """
    url = url or DEFAULT_URL
    if "://" not in url:
        return f"sqlite:///{url}"
    for prefix in ("postgresql://", "postgres://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _day(ev: Event) -> dt.date | None:
    return ev.event_date or ev.date_start or ev.date_end


def _weeks(window: tuple[dt.date, dt.date] | None) -> range:
    if window is None:
        return range(0)
    return range(window[0].toordinal() // 7, window[1].toordinal() // 7 + 1)


def _lc(s: str | None) -> str | None:
    return " ".join(s.casefold().split()) if s else None


def _actor_names(ev: Event) -> str:
    names = [a.name for a in (ev.actor1, ev.actor2) if a is not None]
    names += [a.name for a in ev.assoc_actor_1 + ev.assoc_actor_2]
    return "|" + "|".join(n.casefold() for n in names) + "|" if names else ""


def _parse_date(v: dt.date | str | None) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(v)


def _like_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Store:
    """Articles, mentions and canonical events in one database (see module doc)."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.dialect = engine.dialect.name

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, url: str | None = None, *, echo: bool = False) -> "Store":
        """Connect to ``url`` (default ``sqlite:///eventlens.db``) and migrate to head."""
        url = normalize_url(url)
        try:
            parsed = make_url(url)
        except Exception as exc:  # sqlalchemy raises ArgumentError with a terse message
            raise StoreError(f"not a database URL: {url!r}") from exc
        kwargs: dict[str, Any] = {"echo": echo}
        if parsed.get_backend_name() == "sqlite":
            db = parsed.database
            if db and db != ":memory:":
                Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": 30}
        engine = create_engine(url, **kwargs)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        store.upgrade()
        return store

    def upgrade(self, revision: str = "head") -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(_MIGRATIONS))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)

    def revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    def has_article(self, content_hash: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(_HAS_HASH, {"h": content_hash}).first() is not None

    def add_article(self, article: Article, events: Sequence[Event]) -> list[str]:
        """Store one article and its events; dedup them. Returns canonical ids touched.

        Idempotent by content hash: an article already stored is skipped (``[]``).
        """
        h = article_hash(article)
        try:
            return self._add_article(article, events, h)
        except IntegrityError:
            # another writer stored the same content between our check and insert
            if self.has_article(h):
                return []
            raise

    def _add_article(self, article: Article, events: Sequence[Event], h: str) -> list[str]:
        with self.engine.begin() as conn:
            self._lock(conn)
            if conn.execute(_HAS_HASH, {"h": h}).first():
                return []
            if conn.execute(_HAS_ID, {"id": article.id}).first():
                raise StoreError(
                    f"article id {article.id!r} is already stored with other content; "
                    "give the new article another id"
                )
            conn.execute(
                _INSERT_ARTICLE,
                dict(
                    id=article.id,
                    content_hash=h,
                    published=article.published,
                    title=article.title,
                    url=article.url,
                    source=article.source,
                    dateline=article.dateline,
                    origin=article.origin,
                    text=article.text,
                    added_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
                ),
            )
            touched: list[str] = []
            for idx, ev in enumerate(events):
                # a mention comes from this article, whatever ids the extractor used
                m = ev.model_copy(
                    update={
                        "doc_ids": [article.id],
                        "evidence": [e.model_copy(update={"doc_id": article.id}) for e in ev.evidence],
                    }
                )
                pk = self._insert_mention(conn, article.id, idx, m)
                eid = self._assign(conn, pk, m, article.id)
                if eid not in touched:
                    touched.append(eid)
            return touched

    def _lock(self, conn: Connection) -> None:
        if self.dialect == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})

    def _insert_mention(self, conn: Connection, article_id: str, idx: int, m: Event) -> int:
        window = dedup.blocking_window(m)
        loc = m.location
        pk = conn.execute(
            _INSERT_MENTION,
            dict(
                article_id=article_id,
                idx=idx,
                event_id=m.event_id,
                payload=m.model_dump_json(exclude_defaults=True),
                family=dedup.family(m),
                event_type=m.event_type,
                sub_event_type=m.sub_event_type,
                event_date=_day(m),
                date_lo=window[0] if window else None,
                date_hi=window[1] if window else None,
                iso3=loc.iso3 if loc else None,
                admin1=loc.admin1 if loc else None,
                latitude=loc.latitude if loc else None,
                longitude=loc.longitude if loc else None,
                geo_precision=loc.geo_precision if loc else None,
                background=m.background,
            ),
        ).scalar_one()
        if m.evidence:
            conn.execute(
                insert(evidence),
                [
                    {
                        "mention_id": pk,
                        "article_id": article_id,
                        "field": e.field,
                        "start_offset": e.start,
                        "end_offset": e.end,
                        "text": e.text,
                    }
                    for e in m.evidence
                ],
            )
        return pk

    def _candidates(self, conn: Connection, m: Event) -> list[Event]:
        weeks = list(_weeks(dedup.blocking_window(m)))
        if not weeks or m.location is None:
            return []  # no date or no place: never merges (see dedup.why_not)
        fam, ckey = dedup.family(m), dedup.country_key(m)
        if ckey is None:
            rows = conn.execute(_CANDIDATES_ANY, {"fam": fam, "weeks": weeks})
        else:
            rows = conn.execute(_CANDIDATES, {"fam": fam, "weeks": weeks, "ckey": ckey})
        return [Event.model_validate_json(r[0]) for r in rows]

    def _assign(self, conn: Connection, pk: int, m: Event, article_id: str) -> str:
        match = dedup.best_match(m, self._candidates(conn, m))
        if match is None:
            eid = m.event_id
            if conn.execute(_HAS_EVENT, {"eid": eid}).first():
                eid = f"{eid}~{pk}"  # the extractor reused an id: keep ours unique, stable
            members = [m]
            new = True
        else:
            eid = match.event_id
            rows = conn.execute(_MEMBERS, {"eid": eid})
            members = [Event.model_validate_json(r[0]) for r in rows] + [m]
            new = False
        canon = dedup.merge(members, eid)
        self._write_event(conn, canon, seq=pk if new else None, n_sources=len(members))
        conn.execute(insert(event_sources), dict(mention_id=pk, event_id=eid, article_id=article_id))
        return eid

    def _write_event(self, conn: Connection, ev: Event, seq: int | None, n_sources: int) -> None:
        window = dedup.blocking_window(ev)
        loc = ev.location
        fam, ckey = dedup.family(ev), dedup.country_key(ev)
        values = dict(
            payload=ev.model_dump_json(exclude_defaults=True),
            family=fam,
            event_type=ev.event_type,
            sub_event_type=ev.sub_event_type,
            day=_day(ev),
            date_lo=window[0] if window else None,
            date_hi=window[1] if window else None,
            ckey=ckey,
            iso3=loc.iso3.upper() if loc and loc.iso3 else None,
            country_lc=_lc(loc.country) if loc else None,
            admin1_lc=_lc(loc.admin1) if loc else None,
            latitude=loc.latitude if loc else None,
            longitude=loc.longitude if loc else None,
            geo_precision=loc.geo_precision if loc else None,
            background=ev.background,
            actors=_actor_names(ev),
            fatalities=ev.fatalities.best,
            n_sources=n_sources,
            updated_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
        )
        if seq is not None:
            conn.execute(insert(events), dict(event_id=ev.event_id, seq=seq, **values))
        else:
            conn.execute(_UPDATE_EVENT, dict(eid=ev.event_id, **values))
            conn.execute(_DELETE_BLOCKS, {"eid": ev.event_id})
        if loc is not None:
            blocks = [
                {"event_id": ev.event_id, "family": fam, "ckey": ckey, "week": w} for w in _weeks(window)
            ]
            if blocks:
                conn.execute(insert(event_blocks), blocks)

    def rebuild(self, batch: int = 500) -> int:
        """Recompute every canonical event from the stored mentions; returns how many.

        Mentions are replayed in the order they were stored, through the same
        incremental dedup as ``add_article``, so the result is what ingest
        would have built. Run it while no ingest is writing.
        """
        with self.engine.begin() as conn:
            self._lock(conn)
            for t in (event_sources, event_blocks, events):
                conn.execute(delete(t))
        last = 0
        while True:
            with self.engine.begin() as conn:
                self._lock(conn)
                rows = conn.execute(
                    select(mentions.c.pk, mentions.c.article_id, mentions.c.payload)
                    .where(mentions.c.pk > last)
                    .order_by(mentions.c.pk)
                    .limit(batch)
                ).all()
                for pk, article_id, payload in rows:
                    self._assign(conn, pk, Event.model_validate_json(payload), article_id)
            if len(rows) < batch:
                break
            last = rows[-1][0]
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(events)).scalar_one()

    # ------------------------------------------------------------------ reading

    def query(
        self,
        country: str | None = None,
        admin1: str | None = None,
        event_type: str | None = None,
        actor: str | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        bbox: tuple[float, float, float, float] | None = None,
        limit: int | None = None,
        include_background: bool = True,
    ) -> Iterator[Event]:
        """Canonical events matching every filter given, by date then first report.

        ``country``: name or ISO3 code; ``admin1``: name (case-insensitive);
        ``event_type``: an ACLED event type or sub-event type; ``actor``: part
        of an actor's canonical name; ``since``/``until``: inclusive, on the
        event's best day; ``bbox``: (west, south, east, north) in degrees.
        """
        cond = []
        if country:
            c = country.strip()
            alts = [events.c.country_lc == _lc(c)]
            if len(c) == 3 and c.isalpha():
                alts.append(events.c.iso3 == c.upper())
            cond.append(or_(*alts))
        if admin1:
            cond.append(events.c.admin1_lc == _lc(admin1))
        if event_type:
            cond.append(or_(events.c.event_type == event_type, events.c.sub_event_type == event_type))
        if actor:
            cond.append(events.c.actors.like(f"%{_like_escape(actor.casefold())}%", escape="\\"))
        s, u = _parse_date(since), _parse_date(until)
        if s:
            cond.append(events.c.day >= s)
        if u:
            cond.append(events.c.day <= u)
        if bbox:
            w, so, e, n = bbox
            cond.append(events.c.latitude.between(so, n))
            if w <= e:
                cond.append(events.c.longitude.between(w, e))
            else:  # box across the antimeridian
                cond.append(or_(events.c.longitude >= w, events.c.longitude <= e))
        if not include_background:
            cond.append(events.c.background.is_(False))
        q = select(events.c.payload).where(*cond).order_by(events.c.day, events.c.seq)
        if limit is not None:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=1000).execute(q)
            for (payload,) in result:
                yield Event.model_validate_json(payload)

    def get_event(self, event_id: str) -> Event | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(events.c.payload).where(events.c.event_id == event_id)).first()
        return Event.model_validate_json(row[0]) if row else None

    def event_mentions(self, event_id: str) -> list[Event]:
        """The per-article records merged into one canonical event, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(_MEMBERS, {"eid": event_id})
            return [Event.model_validate_json(r[0]) for r in rows]

    def article_text(self, article_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(articles.c.text).where(articles.c.id == article_id)).scalar()

    def get_article(self, article_id: str) -> Article | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles).where(articles.c.id == article_id)).mappings().first()
        if row is None:
            return None
        return Article(**{k: row[k] for k in Article.model_fields if k in row})

    def doc_sources(self) -> dict[str, str]:
        """article id -> outlet name, for articles that name one (ACLED ``source``)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(articles.c.id, articles.c.source).where(articles.c.source.is_not(None)))
            return {a: s for a, s in rows}

    def stats(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            n = {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (articles, mentions, events, event_sources, evidence)
            }
            multi = conn.execute(select(func.count()).where(events.c.n_sources > 1)).scalar_one()
            first, last = conn.execute(select(func.min(events.c.day), func.max(events.c.day))).one()
        out: dict[str, Any] = {
            "dialect": self.dialect,
            "url": self.engine.url.render_as_string(hide_password=True),
            "revision": self.revision(),
            **n,
            "events_multi_source": multi,
            "first_day": first.isoformat() if first else None,
            "last_day": last.isoformat() if last else None,
        }
        size = self.size_bytes()
        if size is not None:
            out["size_bytes"] = size
        return out

    def size_bytes(self) -> int | None:
        """Database size on disk (SQLite file + WAL, or pg_database_size)."""
        if self.dialect == "sqlite":
            db = self.engine.url.database
            if not db or db == ":memory:":
                return None
            return sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))
        if self.dialect == "postgresql":
            with self.engine.connect() as conn:
                return conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
        return None


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    # WAL lets readers (the API) run while ingest writes; NORMAL is safe with WAL.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def dumps_stats(stats: dict[str, Any]) -> str:
    return json.dumps(stats, indent=2, sort_keys=True)
