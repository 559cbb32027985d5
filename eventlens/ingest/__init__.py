"""Ingest: files, folders, stdin and feeds to Articles; bad input to quarantine.

Typical use::

    with QuarantineWriter("quarantine.jsonl") as q:
        for rec in read_inputs(paths, default_published=published):
            if isinstance(rec, QuarantineItem):
                q.write(rec)
            else:
                process(rec)
"""

from .dateline import Dateline, parse_dateline
from .decode import human_size
from .feeds import strip_html
from .hashing import article_hash, normalise_for_hash
from .quarantine import RAW_LIMIT, QuarantineWriter
from .readers import Record, WarnFn, parse_published, read_inputs

__all__ = [
    "Dateline",
    "QuarantineWriter",
    "RAW_LIMIT",
    "Record",
    "WarnFn",
    "article_hash",
    "human_size",
    "normalise_for_hash",
    "parse_dateline",
    "parse_published",
    "read_inputs",
    "strip_html",
]
