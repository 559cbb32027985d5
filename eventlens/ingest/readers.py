"""Readers: files, folders and stdin in; Articles or QuarantineItems out.

Nothing here raises for bad input and nothing is dropped without a word: every
record either becomes an :class:`Article` or a :class:`QuarantineItem` naming
``path:line`` and the reason. Lesser problems (legacy encodings, no
publication date) go to the ``on_warning`` callback.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from eventlens.schema import Article, QuarantineItem

from .dateline import parse_dateline
from .decode import decode_bytes, human_size, sniff_binary
from .feeds import FeedError, parse_feed
from .quarantine import truncate_raw

__all__ = ["read_inputs", "parse_published", "WarnFn", "Record"]

log = logging.getLogger("eventlens.ingest")

Record = Article | QuarantineItem
#: ``on_warning(origin, message)``
WarnFn = Callable[[str, str], None]

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
STDIN_NAME = "<stdin>"

_HEAD = 8192  # bytes sniffed for binary content
# "date 2022-01-08 caption" as the first line of wire archives (optional colon).
_DATE_LINE = re.compile(r"^[ \t]*date:?[ \t]+(\d\S*)(?:[ \t]+(.*?))?[ \t]*$", re.IGNORECASE)
_ISO_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|[T ])")


def _log_warning(origin: str, message: str) -> None:
    log.warning("%s: %s", origin, message)


@dataclass
class _Ctx:
    default_published: dt.date | None
    max_bytes: int
    warn: WarnFn
    today: dt.date
    #: articles left without a publication date, reported once per file
    undated: int = 0


# --------------------------------------------------------------------------- dates


def parse_published(
    value: Any, *, today: dt.date | None = None
) -> tuple[dt.date | None, str | None]:
    """``(date, None)``, ``(None, None)`` when absent, or ``(None, reason)``.

    Accepts ``date``/``datetime`` objects and ISO 8601 strings (a date, or a
    datetime with or without offset; a datetime keeps its own calendar day).
    Anything else given explicitly, or a year before 1900 or more than a year
    ahead, is an error: a wrong date would silently shift every relative
    expression ("yesterday") in the article, so such input is quarantined.
    """
    today = today or dt.date.today()
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, dt.datetime):
        d = value.date()
    elif isinstance(value, dt.date):
        d = value
    elif isinstance(value, str):
        s = value.strip()
        d = None
        if _ISO_DATE_PREFIX.match(s) or re.fullmatch(r"\d{8}", s):
            try:
                d = dt.date.fromisoformat(s)
            except ValueError:
                try:
                    d = dt.datetime.fromisoformat(s).date()
                except ValueError:
                    d = None
        if d is None:
            return None, f"unparseable publication date {s[:60]!r}"
    else:
        return None, f"unparseable publication date {value!r:.60}"
    if d.year < 1900 or d > today + dt.timedelta(days=366):
        return None, f"absurd publication date {d.isoformat()}"
    return d, None


# --------------------------------------------------------------------------- building


def _q(origin: str, reason: str, raw: str | None = None) -> QuarantineItem:
    return QuarantineItem(origin=origin, reason=reason, raw=truncate_raw(raw))


def _norm_text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _opt_str(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    s = str(value).strip()
    return s or None


def _build(
    ctx: _Ctx,
    *,
    id: str,
    text: str,
    origin: str,
    published: Any = None,
    title: Any = None,
    url: Any = None,
    source: Any = None,
    raw: str | None = None,
) -> Record:
    text = _norm_text(text)
    if not text:
        return _q(origin, "empty text", raw)
    date, err = parse_published(published, today=ctx.today)
    if err:
        return _q(origin, err, raw)
    if date is None:
        date = ctx.default_published
        if date is None:
            ctx.undated += 1
    dl = parse_dateline(text)
    return Article(
        id=id,
        text=text,
        published=date,
        title=_opt_str(title),
        url=_opt_str(url),
        source=_opt_str(source),
        dateline=dl.text if dl else None,
        origin=origin,
    )


# --------------------------------------------------------------------------- plain text


def _plain_text(text: str, *, id: str, origin: str, ctx: _Ctx) -> Record:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    first, _, rest = text.lstrip("\n").partition("\n")
    m = _DATE_LINE.match(first)
    if m is None:
        return _build(ctx, id=id, text=text, origin=origin, raw=text)
    date, err = parse_published(m.group(1), today=ctx.today)
    if err:
        return _q(f"{origin}:1", err, first)
    if not rest.strip():
        return _q(origin, "no text after the date line", first)
    return _build(ctx, id=id, text=rest, origin=origin, published=date, title=m.group(2),
                  raw=text)


def _text_from_bytes(raw: bytes, *, id: str, origin: str, ctx: _Ctx) -> Record:
    if not raw:
        return _q(origin, "empty file")
    binary = sniff_binary(raw[:_HEAD])
    if binary:
        return _q(origin, binary)
    dec = decode_bytes(raw)
    if dec.error:
        return _q(origin, dec.error, raw[:2000].decode("utf-8", "replace"))
    if dec.warning:
        ctx.warn(origin, dec.warning)
    assert dec.text is not None
    if not dec.text.strip():
        return _q(origin, "empty file (whitespace only)")
    return _plain_text(dec.text, id=id, origin=origin, ctx=ctx)


def _too_large(size: int, limit: int) -> str:
    return f"file too large ({human_size(size)} > {human_size(limit)} limit)"


# --------------------------------------------------------------------------- lines


@dataclass
class _Line:
    no: int
    text: str | None  # None when the line was refused
    error: str | None = None
    raw: str | None = None


def _lines(fp: IO[bytes], *, origin: str, ctx: _Ctx) -> Iterator[_Line]:
    """Decoded lines of a binary stream, one at a time (never the whole file).

    A line longer than ``max_bytes`` is skipped in chunks and reported; a line
    that is neither UTF-8 nor plausible cp1252 is reported with its byte offset.
    """
    limit = ctx.max_bytes
    offset = 0
    no = 0
    legacy_warned = False
    while True:
        chunk = fp.readline(limit + 1)
        if not chunk:
            return
        no += 1
        start = offset
        offset += len(chunk)
        if len(chunk) > limit and not chunk.endswith(b"\n"):
            head = chunk[:2000].decode("utf-8", "replace")
            while chunk and not chunk.endswith(b"\n"):
                chunk = fp.readline(1 << 20)
                offset += len(chunk)
            yield _Line(no, None, f"line too large (over {human_size(limit)} limit)", head)
            continue
        dec = decode_bytes(chunk, first=(no == 1), offset=start)
        if dec.error:
            yield _Line(no, None, dec.error, chunk.decode("utf-8", "replace"))
            continue
        if dec.warning and not legacy_warned:
            legacy_warned = True  # once per file, not once per line
            ctx.warn(f"{origin}:{no}", dec.warning)
        yield _Line(no, dec.text)


def _utf16_lines(fp: IO[bytes]) -> Iterator[_Line]:
    wrapper = io.TextIOWrapper(fp, encoding="utf-16", errors="replace", newline=None)
    for no, line in enumerate(wrapper, 1):
        yield _Line(no, line)


def _stream_lines(fp: IO[bytes], head: bytes, *, origin: str, ctx: _Ctx) -> Iterator[_Line]:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        ctx.warn(origin, "decoded as UTF-16 (BOM)")
        return _utf16_lines(fp)
    return _lines(fp, origin=origin, ctx=ctx)


# --------------------------------------------------------------------------- JSONL


def _record(obj: Any, *, base_id: str, key: str, origin: str, ctx: _Ctx, raw: str) -> Record:
    """One JSON object (a JSONL line or a JSON array element) to a Record."""
    if not isinstance(obj, dict):
        return _q(origin, f"JSON value is not an object (got {type(obj).__name__})", raw)
    text = obj.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        return _q(origin, "missing text field", raw)
    if not isinstance(text, str):
        return _q(origin, f"text is not a string (got {type(text).__name__})", raw)
    rid = obj.get("id")
    if isinstance(rid, bool) or not isinstance(rid, (str, int, type(None))):
        return _q(origin, f"id must be a string or an integer (got {type(rid).__name__})", raw)
    rid = str(rid).strip() if rid is not None else ""
    # Without an id, file and line make one that is stable while the file is.
    rid = rid or f"{base_id}:{key}"
    return _build(ctx, id=rid, text=text, origin=origin, published=obj.get("published"),
                  title=obj.get("title"), url=obj.get("url"), source=obj.get("source"),
                  raw=raw)


def _read_jsonl(fp: IO[bytes], head: bytes, *, name: str, base_id: str, ctx: _Ctx
                ) -> Iterator[Record]:
    for line in _stream_lines(fp, head, origin=name, ctx=ctx):
        origin = f"{name}:{line.no}"
        if line.text is None:
            yield _q(origin, line.error or "unreadable line", line.raw)
            continue
        s = line.text.strip()
        if not s:
            continue  # blank lines separate nothing in JSONL; not data
        try:
            obj = json.loads(s)
        except json.JSONDecodeError as e:
            yield _q(origin, f"broken JSON: {e.msg} at column {e.colno}", s)
            continue
        except RecursionError:
            yield _q(origin, "broken JSON: nested too deeply", s)
            continue
        yield _record(obj, base_id=base_id, key=str(line.no), origin=origin, ctx=ctx, raw=s)


def _read_json_document(raw: bytes, *, name: str, base_id: str, ctx: _Ctx
                        ) -> list[Record] | None:
    """Records of a whole-file JSON array or single object; None when the file
    is not one JSON document (then it is read as JSON lines)."""
    dec = decode_bytes(raw)
    if dec.error or dec.text is None:
        return None  # the line reader reports it with a line number
    try:
        data = json.loads(dec.text)
    except (json.JSONDecodeError, RecursionError):
        return None
    if dec.warning:
        ctx.warn(name, dec.warning)
    if isinstance(data, dict):
        return [_record(data, base_id=base_id, key="0", origin=name, ctx=ctx,
                        raw=dec.text[:2000])]
    if not isinstance(data, list):
        return [_q(name, f"JSON file is not an object, an array or JSON lines "
                         f"(got {type(data).__name__})", dec.text[:2000])]
    return [
        _record(obj, base_id=base_id, key=str(i), origin=f"{name}[{i}]", ctx=ctx,
                raw=json.dumps(obj, ensure_ascii=False)[:2000])
        for i, obj in enumerate(data)
    ]


# --------------------------------------------------------------------------- CSV

_CSV_FIELDS = ("id", "text", "published", "title", "url", "source")


def _read_csv(fp: IO[bytes], head: bytes, *, name: str, base_id: str, ctx: _Ctx
              ) -> Iterator[Record]:
    # Long articles exceed csv's 128 kB default field limit; the per-line byte
    # limit already bounds memory, so raise the (process-wide) field limit to it.
    if csv.field_size_limit() < ctx.max_bytes:
        csv.field_size_limit(ctx.max_bytes)
    bad_lines: dict[int, str] = {}
    pending: list[str] = []

    def feed() -> Iterator[str]:
        for line in _stream_lines(fp, head, origin=name, ctx=ctx):
            if line.text is None:
                bad_lines[line.no] = line.error or "unreadable line"
                text = (line.raw or "") + ("\n" if not (line.raw or "").endswith("\n") else "")
            else:
                text = line.text
            pending.append(text)
            yield text

    reader = csv.reader(feed())
    try:
        header = next(reader)
    except StopIteration:
        yield _q(name, "empty file")
        return
    except csv.Error as e:
        yield _q(f"{name}:1", f"CSV error in header: {e}", "".join(pending))
        return
    if 1 in bad_lines:
        yield _q(f"{name}:1", bad_lines[1], "".join(pending))
        return
    cols = [h.strip().lower() for h in header]
    if "text" not in cols:
        yield _q(f"{name}:1", f"CSV header has no 'text' column (found: {', '.join(cols)})",
                 "".join(pending))
        return
    index = {c: cols.index(c) for c in _CSV_FIELDS if c in cols}
    pending.clear()
    last = reader.line_num
    rows = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            if rows == 0:
                ctx.warn(name, "CSV has a header but no data rows")
            return
        except csv.Error as e:
            yield _q(f"{name}:{last + 1}", f"CSV error: {e}", "".join(pending))
            pending.clear()
            last = reader.line_num
            continue
        first_line, last = last + 1, reader.line_num
        rows += 1
        raw = "".join(pending)
        pending.clear()
        origin = f"{name}:{first_line}"
        errs = [bad_lines.pop(n) for n in range(first_line, last + 1) if n in bad_lines]
        if errs:
            yield _q(origin, errs[0], raw)
            continue
        if not row or all(not c.strip() for c in row):
            continue  # blank line
        if len(row) > len(cols):
            yield _q(origin, f"row has {len(row)} fields, header has {len(cols)}", raw)
            continue
        get = {k: (row[i] if i < len(row) else None) for k, i in index.items()}
        yield _record(get, base_id=base_id, key=str(first_line), origin=origin, ctx=ctx,
                      raw=raw)


# --------------------------------------------------------------------------- feeds


def _read_feed(raw: bytes, *, name: str, base_id: str, ctx: _Ctx) -> Iterator[Record]:
    try:
        entries = parse_feed(raw)
    except FeedError as e:
        yield _q(f"{name}:{e.line}" if e.line else name, e.reason,
                 raw[:2000].decode("utf-8", "replace"))
        return
    if not entries:
        ctx.warn(name, "feed has no items")
    for n, e in enumerate(entries, 1):
        origin = f"{name}:{e.line}"
        desc = f"<item> {e.title or ''} {e.link or ''}".strip()
        if not e.text:
            yield _q(origin, "feed item has no description or content", desc)
            continue
        yield _build(ctx, id=e.guid or e.link or f"{base_id}:{n}", text=e.text, origin=origin,
                     published=e.published, title=e.title, url=e.link, source=e.source,
                     raw=desc)


# --------------------------------------------------------------------------- files


def _kind(path: Path) -> str:
    s = path.suffix.lower()
    if s in JSONL_SUFFIXES:
        return "jsonl"
    if s in CSV_SUFFIXES:
        return "csv"
    if s in FEED_SUFFIXES:
        return "feed"
    return "text"


def _read_file(path: Path, *, base_id: str, ctx: _Ctx) -> Iterator[Record]:
    name = str(path)
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            # A pipe or device (e.g. bash's <(...) gives /dev/fd/63): no size
            # to check, so read it as a stream, sniffed like stdin.
            with path.open("rb") as fp:
                yield from _read_stream(fp, ctx, name=name, base_id=base_id)
            return
        size = st.st_size
        if size == 0:
            yield _q(name, "empty file")
            return
        kind = _kind(path)
        streamed = kind in {"jsonl", "csv"}
        if size > ctx.max_bytes and not streamed:
            yield _q(name, _too_large(size, ctx.max_bytes))
            return
        with path.open("rb") as fp:
            head = fp.read(_HEAD)
            binary = sniff_binary(head)
            if binary:
                yield _q(name, binary)
                return
            if not head.strip():
                # Only whitespace in the head; for small files that is the whole file.
                if size <= _HEAD:
                    yield _q(name, "empty file (whitespace only)")
                    return
            if kind == "jsonl" and path.suffix.lower() == ".json" and size <= ctx.max_bytes:
                # A .json file may hold one array, one (pretty-printed) object,
                # or JSON lines; only the last is streamed.
                fp.seek(0)
                whole = _read_json_document(fp.read(), name=name, base_id=base_id, ctx=ctx)
                if whole is not None:
                    yield from whole
                    return
            if streamed:
                fp.seek(0)
                reader = _read_jsonl if kind == "jsonl" else _read_csv
                yield from reader(fp, head, name=name, base_id=base_id, ctx=ctx)
                return
            fp.seek(0)
            raw = fp.read(ctx.max_bytes + 1)
        if len(raw) > ctx.max_bytes:  # grew since stat
            yield _q(name, _too_large(len(raw), ctx.max_bytes))
        elif kind == "feed":
            yield from _read_feed(raw, name=name, base_id=base_id, ctx=ctx)
        else:
            yield _text_from_bytes(raw, id=base_id, origin=name, ctx=ctx)
    except OSError as e:
        yield _q(name, f"cannot read: {e.strerror or e}")


def _summarised(records: Iterator[Record], name: str, ctx: _Ctx) -> Iterator[Record]:
    """Pass records through, then warn once for the file about undated articles
    (once per article would flood the log for a large undated JSONL batch).

    A reader bug must not end a long batch: the rest of that file is
    quarantined with the error and the traceback goes to the log.
    """
    before = ctx.undated
    try:
        yield from records
    except Exception as e:  # noqa: BLE001 - reported, not swallowed
        log.exception("ingest failed on %s", name)
        yield _q(name, f"reader error, rest of input skipped: {type(e).__name__}: {e}")
    n = ctx.undated - before
    if n:
        what = "no publication date" if n == 1 else f"{n} articles without publication date"
        ctx.warn(name, f"{what}: only absolute dates can be resolved")


def _walk_folder(root: Path, warn: WarnFn) -> Iterator[Path]:
    """Files under ``root`` in sorted path order (files and sub-folders
    interleaved by name), hidden entries skipped. Symlinked folders are not
    followed (loops); they are reported, not silently passed over."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as e:
        warn(str(root), f"cannot list folder: {e.strerror or e}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_folder(path, warn)
        elif entry.is_symlink() and entry.is_dir():
            warn(str(path), "symlinked folder not followed")
        else:
            yield path


def _file_id(path: Path, root: Path | None) -> str:
    """Stable article id: the file stem, or its path below the folder given,
    without suffix ("2022/kut" for corpus/2022/kut.txt)."""
    if root is None:
        return path.stem
    return path.relative_to(root).with_suffix("").as_posix()


def _read_path(path: str | Path, ctx: _Ctx) -> Iterator[Record]:
    p = Path(path)
    if p.is_dir():
        found = False
        for f in _walk_folder(p, ctx.warn):
            found = True
            yield from _summarised(_read_file(f, base_id=_file_id(f, p), ctx=ctx), str(f), ctx)
        if not found:
            ctx.warn(str(p), "folder holds no (non-hidden) files")
    elif p.exists():
        yield from _summarised(_read_file(p, base_id=_file_id(p, None), ctx=ctx), str(p), ctx)
    else:
        yield _q(str(p), "no such file or folder")


# --------------------------------------------------------------------------- stdin


class _ChainRaw(io.RawIOBase):
    """Bytes already read (for sniffing) followed by the rest of a stream."""

    def __init__(self, prefix: bytes, rest: IO[bytes]) -> None:
        self._prefix = prefix
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self._prefix:
            n = min(len(b), len(self._prefix))
            b[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._rest.read(len(b))
        n = len(data)
        b[:n] = data
        return n


def _read_stream(
    stdin: IO[Any], ctx: _Ctx, *, name: str = STDIN_NAME, base_id: str = "stdin"
) -> Iterator[Record]:
    """stdin or a pipe: JSONL if the first non-blank character is ``{``, a feed
    if ``<``, else one plain-text article."""
    stream = getattr(stdin, "buffer", stdin)
    # read1 returns what a pipe has now, so a slow JSONL producer is not
    # held up until 8 kB have arrived.
    read_some = getattr(stream, "read1", stream.read)
    first = read_some(_HEAD)
    if isinstance(first, str):  # a text stream without .buffer (StringIO in tests)
        stream = io.BytesIO((first + stream.read()).encode("utf-8"))
        read_some = stream.read
        first = read_some(_HEAD)
    head = first
    # Sniff past leading blank space so "   {" is still JSONL.
    while not head.lstrip(b"\xef\xbb\xbf \t\r\n") and len(head) < ctx.max_bytes:
        more = read_some(_HEAD)
        if not more:
            break
        head += more
    fp = io.BufferedReader(_ChainRaw(head, stream))
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        yield _q(name, "empty input")
        return
    binary = sniff_binary(head[:_HEAD])
    if binary:
        yield _q(name, binary)
        return
    c = stripped[:1]
    if c == b"{":
        yield from _read_jsonl(fp, head, name=name, base_id=base_id, ctx=ctx)
        return
    raw = fp.read(ctx.max_bytes + 1)
    if len(raw) > ctx.max_bytes:
        yield _q(name, f"input too large (over {human_size(ctx.max_bytes)} limit)")
    elif c == b"<":
        yield from _read_feed(raw, name=name, base_id=base_id, ctx=ctx)
    else:
        yield _text_from_bytes(raw, id=base_id, origin=name, ctx=ctx)


# --------------------------------------------------------------------------- entry point


def read_inputs(
    paths: Iterable[str | Path],
    *,
    default_published: dt.date | None = None,
    max_bytes: int = 20_000_000,
    stdin: IO[Any] | None = None,
    on_warning: WarnFn | None = None,
    today: dt.date | None = None,
) -> Iterator[Record]:
    """Read files, folders (recursively, sorted, hidden entries skipped) and
    ``-`` (stdin: JSONL when the first non-blank character is ``{``, a feed
    when it is ``<``, else plain text).

    By suffix: ``.jsonl``/``.ndjson`` JSON lines; ``.json`` JSON lines or one
    array of objects; ``.csv`` with a header naming ``text`` (and optionally
    ``id``, ``published``, ``title``, ``url``, ``source``); ``.xml``/``.rss``/
    ``.atom`` RSS or Atom; anything else plain text, whose first line may be
    ``date YYYY-MM-DD caption``.

    Yields an :class:`Article` per good record and a :class:`QuarantineItem`
    (origin ``path:line`` where there is a line) per bad one; it never raises
    for bad input. An explicitly given publication date that cannot be parsed,
    or is absurd (before 1900, more than a year ahead), quarantines the record;
    a missing one falls back to ``default_published``, else stays None (one
    warning per file counts such articles). JSONL and CSV are streamed line by
    line whatever their size (one line may not exceed ``max_bytes``);
    plain-text and feed files over ``max_bytes`` are quarantined unread. Warnings (legacy
    encodings, missing dates) go to ``on_warning(origin, message)``, by
    default the ``eventlens.ingest`` logger.
    """
    ctx = _Ctx(
        default_published=default_published,
        max_bytes=max_bytes,
        warn=on_warning or _log_warning,
        today=today or dt.date.today(),
    )
    for path in paths:
        if str(path) == "-":
            stream = stdin if stdin is not None else sys.stdin
            yield from _summarised(_read_stream(stream, ctx), STDIN_NAME, ctx)
        else:
            yield from _read_path(path, ctx)
