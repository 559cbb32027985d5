"""Where refused input goes: a JSONL file plus a one-line message per item."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from eventlens.schema import QuarantineItem

__all__ = ["QuarantineWriter", "RAW_LIMIT", "truncate_raw"]

#: characters of the offending input kept with a quarantine item
RAW_LIMIT = 2000


def truncate_raw(raw: str | None, limit: int = RAW_LIMIT) -> str | None:
    """At most ``limit`` characters; a cut is marked so nobody mistakes it for the input."""
    if raw is None or len(raw) <= limit:
        return raw
    marker = f"… [{len(raw):,} characters in all]"
    return raw[: limit - len(marker)] + marker


def _to_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class QuarantineWriter:
    """Append quarantine items as JSONL lines ``{origin, reason, raw}`` and count them.

    ``path=None`` keeps only the count and the messages. Each item also goes to
    ``echo`` as ``quarantined ORIGIN: REASON`` (stderr by default; the CLI may
    pass its own, or ``None`` for silence). Lines are flushed one by one so a
    crash mid-batch still leaves every item already seen on disk.
    """

    def __init__(
        self,
        path: str | Path | None,
        *,
        echo: Callable[[str], None] | None = _to_stderr,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.echo = echo
        self.count = 0
        self._fh = None

    def __enter__(self) -> "QuarantineWriter":
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.path.open("a", encoding="utf-8")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def write(self, item: QuarantineItem) -> None:
        if self.path is not None and self._fh is None:
            raise RuntimeError("QuarantineWriter used outside its 'with' block")
        record = {"origin": item.origin, "reason": item.reason, "raw": truncate_raw(item.raw)}
        if self._fh is not None:
            self._fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            self._fh.flush()
        self.count += 1
        if self.echo is not None:
            self.echo(f"quarantined {item.origin}: {item.reason}")

    __call__ = write
