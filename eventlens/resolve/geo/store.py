"""A flat index container: a JSON header followed by raw numpy arrays, memory-mapped on load.

Loading maps the file and reads nothing else up front, so opening even the full GeoNames index is
instant; arrays can be written in chunks (the full-dump builder streams its key table).
"""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path
from typing import Iterable

import numpy as np

MAGIC = b"ELGAZ01\n"
_ALIGN = 64


class IndexWriter:
    """Write arrays one after another; finish() writes the header that points at them."""

    def __init__(self, path: str | os.PathLike, meta: dict | None = None):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._tmp = self.path.with_name(self.path.name + f".tmp{os.getpid()}")
        self._f = open(self._tmp, "wb")
        self._arrays: dict[str, list] = {}
        self.meta = dict(meta or {})

    def _pad(self) -> None:
        pos = self._f.tell()
        if pos % _ALIGN:
            self._f.write(b"\0" * (_ALIGN - pos % _ALIGN))

    def add(self, name: str, arr: np.ndarray) -> None:
        self.add_chunks(name, arr.dtype, [arr])

    def add_chunks(self, name: str, dtype, chunks: Iterable[np.ndarray]) -> None:
        dtype = np.dtype(dtype)
        self._pad()
        start = self._f.tell()
        n = 0
        for c in chunks:
            c = np.ascontiguousarray(c, dtype=dtype)
            self._f.write(c.tobytes())
            n += len(c)
        self._arrays[name] = [dtype.str, n, start]

    def finish(self) -> Path:
        header = json.dumps({"arrays": self._arrays, "meta": self.meta}).encode()
        self._f.close()
        # header goes at the front: write it, then append the data file after it.
        hlen = len(MAGIC) + 8 + len(header)
        shift = -(-hlen // _ALIGN) * _ALIGN
        for v in self._arrays.values():
            v[2] += shift
        header = json.dumps({"arrays": self._arrays, "meta": self.meta}).encode()
        hlen = len(MAGIC) + 8 + len(header)
        if hlen > shift:  # offsets grew the header past the padding: pad one more block
            extra = -(-hlen // _ALIGN) * _ALIGN - shift
            for v in self._arrays.values():
                v[2] += extra
            shift += extra
            header = json.dumps({"arrays": self._arrays, "meta": self.meta}).encode()
            hlen = len(MAGIC) + 8 + len(header)
        final = self.path.with_name(self.path.name + f".part{os.getpid()}")
        with open(final, "wb") as out, open(self._tmp, "rb") as src:
            out.write(MAGIC + struct.pack("<Q", len(header)) + header)
            out.write(b"\0" * (shift - hlen))
            while True:
                buf = src.read(1 << 24)
                if not buf:
                    break
                out.write(buf)
        os.unlink(self._tmp)
        os.replace(final, self.path)  # atomic: readers never see half an index
        return self.path

    def abort(self) -> None:
        self._f.close()
        if self._tmp.exists():
            os.unlink(self._tmp)


def read_index(path: str | os.PathLike) -> tuple[dict[str, np.ndarray], dict]:
    path = Path(path)
    with open(path, "rb") as f:
        if f.read(len(MAGIC)) != MAGIC:
            raise ValueError(f"{path} is not an eventlens gazetteer index")
        (hlen,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(hlen))
    mm = np.memmap(path, dtype=np.uint8, mode="r")
    arrays = {}
    for name, (dt, n, off) in header["arrays"].items():
        dt = np.dtype(dt)
        arrays[name] = mm[off : off + n * dt.itemsize].view(dt) if n else np.empty(0, dt)
    return arrays, header["meta"]
