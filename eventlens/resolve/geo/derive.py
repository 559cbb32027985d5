"""Arrays derived from the index's place and key columns, stored in the index at build time so that
reading a text needs no per-name Python work for them (and computed in process, once, for an index
written before they existed):

- ``prior`` (float64 per row): the part of a candidate's context-free score that depends on the
  row alone (log population, feature and capital terms);
- ``name_h`` (uint64, 4 per row, stored flat): hashes of the norm form of the row's name, of that form without
  a leading article, without an admin-type word, and without spaces (0: no such form), for the
  "the surface is the place's own name" tests;
- ``key_bits`` (uint16 per key entry): summaries of the key's whole run of places (see the
  ``B_*`` bits), as the recogniser asks about them ("is one of them a country by its own name?").
"""

from __future__ import annotations

import numpy as np

from .normalize import key_hash, norm, strip_admin_suffix, strip_article

# (the same values as build.FEAT_* and build.FLAG_PRIMARY; build imports this module, not the reverse)
FEAT_COUNTRY, FEAT_ADMIN1, FEAT_ADMIN2, FEAT_PLACE = 0, 1, 2, 3
FLAG_PRIMARY = 1

# key_bits: over the places of a key (as read directly, its flags as stored) ...
B_COUNTRY_PRIM = 1 << 0  # a country by its own name
B_NONPLACE_PRIM = 1 << 1  # a country, region or continent by its own name
B_VERY_STRONG = 1 << 2  # a country, a region of 2M+, a capital or a city of 500k+, by its own name
B_STRONG_100K = 1 << 3  # a country or region by its own name, or a place of 100k+
B_STRONG_50K = 1 << 4  # the same with 50k
B_PRIMARY = 1 << 5  # some place by its own name
B_ANY_COUNTRY = 1 << 6  # some country (any name)
B_POP_5K = 1 << 7  # some place of 5000+
# ... and as read through a derived form of the key (no name is then a place's own name)
B_STRONG_100K_D = 1 << 8
B_STRONG_50K_D = 1 << 9


def derived_bits(bits: int) -> int:
    """A key's summary bits when it is read as a derived form (article or admin word dropped)."""
    out = bits & (B_ANY_COUNTRY | B_POP_5K)
    if bits & B_STRONG_100K_D:
        out |= B_STRONG_100K
    if bits & B_STRONG_50K_D:
        out |= B_STRONG_50K
    return out


def row_prior(pop: np.ndarray, feat: np.ndarray, fclass: np.ndarray) -> np.ndarray:
    """The row part of a candidate's prior (see Gazetteer._prior)."""
    s = np.log10(pop.astype(np.float64) + 1.0)
    # region populations are sums over their towns: the feature terms offset that
    s += np.where(feat == FEAT_COUNTRY, 3.0, np.where(feat == FEAT_ADMIN1, 0.5, np.where(feat == FEAT_ADMIN2, -0.5, 0.0)))
    # national capitals are named far more often than namesakes ("Washington", "Tripoli")
    s += np.where((fclass == ord("P")) | (fclass == ord("A")), 0.0, np.where(fclass == ord("C"), 2.0, -1.0))
    return s


def name_form_hashes(n: str | None) -> tuple[int, int, int, int]:
    """(norm, without article, without admin word, without spaces) hashes of a norm form; 0: none."""
    if not n:
        return 0, 0, 0, 0
    if n.isalnum():  # one word: no article or admin word to drop, no space
        h = key_hash(n)
        return h, 0, 0, h
    a, b = strip_article(n), strip_admin_suffix(n)
    return key_hash(n), key_hash(a) if a else 0, key_hash(b) if b else 0, key_hash(n.replace(" ", ""))


def name_hashes(name_off: np.ndarray, blob: np.ndarray) -> np.ndarray:
    """name_h for every row."""
    off = np.asarray(name_off).tolist()
    raw = np.asarray(blob).tobytes()
    out = np.zeros((len(off) - 1, 4), np.uint64)
    for r in range(len(off) - 1):
        n = norm(raw[off[r] : off[r + 1]].decode())
        if n:
            out[r] = name_form_hashes(n)
    return out


def entry_bits(rows: np.ndarray, flags: np.ndarray, feat: np.ndarray, pop: np.ndarray,
               fclass: np.ndarray) -> np.ndarray:
    """Per (row, flag) entry, the B_* bits of that place alone."""
    f, p, fc = feat[rows], pop[rows], fclass[rows]
    prim = (flags & FLAG_PRIMARY) > 0
    place = f == FEAT_PLACE
    c = f == FEAT_COUNTRY
    ca = c | (f == FEAT_ADMIN1)
    very = c | ((f == FEAT_ADMIN1) & (p >= 2_000_000)) | (place & ((p >= 500_000) | (fc == ord("C"))))
    bits = np.zeros(len(rows), np.uint16)
    for b, cond in (
        (B_COUNTRY_PRIM, prim & c),
        (B_NONPLACE_PRIM, prim & ~place),
        (B_VERY_STRONG, prim & very),
        (B_STRONG_100K, (prim & ca) | ((prim | place) & (p >= 100_000))),
        (B_STRONG_50K, (prim & ca) | ((prim | place) & (p >= 50_000))),
        (B_PRIMARY, prim),
        (B_ANY_COUNTRY, c),
        (B_POP_5K, p >= 5000),
        (B_STRONG_100K_D, place & (p >= 100_000)),
        (B_STRONG_50K_D, place & (p >= 50_000)),
    ):
        bits |= np.where(cond, np.uint16(b), np.uint16(0))
    return bits


def summary_bits(rows: np.ndarray, flags: np.ndarray, feat, pop, fclass) -> int:
    """The B_* bits of a set of candidate places (as they are, flags included)."""
    if not len(rows):
        return 0
    return int(np.bitwise_or.reduce(entry_bits(rows, flags, feat, pop, fclass)))


def key_run_bits(kh: np.ndarray, kr: np.ndarray, kf: np.ndarray, feat, pop, fclass) -> np.ndarray:
    """key_bits: every entry holds the OR over its key's run (entries are sorted by hash)."""
    n = len(kh)
    if not n:
        return np.zeros(0, np.uint16)
    out = np.empty(n, np.uint16)
    step = 1 << 22
    lo = 0
    while lo < n:  # in chunks cut at run boundaries (bounded memory on the full dump)
        hi = min(n, lo + step)
        while hi < n and kh[hi] == kh[hi - 1]:
            hi += 1
        h = np.asarray(kh[lo:hi])
        bits = entry_bits(np.asarray(kr[lo:hi]).astype(np.int64), np.asarray(kf[lo:hi]), feat, pop, fclass)
        starts = np.flatnonzero(np.r_[True, h[1:] != h[:-1]])
        run = np.bitwise_or.reduceat(bits, starts)
        out[lo:hi] = np.repeat(run, np.diff(np.r_[starts, len(h)]))
        lo = hi
    return out


def derive_arrays(a: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The derived arrays for an index's columns (``a`` as read_index returns them)."""
    feat, pop, fclass = np.asarray(a["feat"]), np.asarray(a["pop"]), np.asarray(a["fclass"])
    return {
        "prior": row_prior(pop, feat, fclass),
        "name_h": name_hashes(a["name_off"], a["name_blob"]).ravel(),  # (the store keeps 1-d arrays)
        "key_bits": key_run_bits(a["key_hash"], a["key_row"], a["key_flag"], feat, pop, fclass),
    }


DERIVED = ("prior", "name_h", "key_bits")


def add_derived(path) -> None:
    """Rewrite the index at ``path`` with the derived arrays added (the builders call this)."""
    from .store import IndexWriter, read_index

    arrays, meta = read_index(path)
    extra = derive_arrays(arrays)
    w = IndexWriter(path, meta=meta)
    try:
        for name, arr in arrays.items():
            if name not in DERIVED:
                w.add_chunks(name, arr.dtype, (arr[i : i + (1 << 22)] for i in range(0, len(arr), 1 << 22)))
        for name, arr in extra.items():
            w.add(name, arr)
        del arrays
        w.finish()
    except BaseException:
        w.abort()
        raise
