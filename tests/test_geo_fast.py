"""The fast paths of the gazetteer give what the plain computations give: the word-by-word cue
reader, the derived index arrays, batched priors, bulk place records (texts written for these tests)."""

from __future__ import annotations

import numpy as np
import pytest

from eventlens.resolve.geo import derive
from eventlens.resolve.geo import gazetteer as gz
from eventlens.resolve.geo.build import FLAG_DERIVED, FLAG_PRIMARY
from eventlens.resolve.geo.normalize import key_hash, norm, skeleton

CUE_TEXT = (
    "Gunmen struck in  the\tnorthern Kut, then (in Basra) and x-in Amara. Police reached Hillah "
    "while troops moved 15 km south of the city of Najaf and five kilometres north of the southern "
    "Samawah, on the north-eastern outskirts of Karbala, near the central Diwaniyah, OUTSKIRTS OF "
    "Ramadi, control of the eastern Fallujah, within Tikrit and the town of  Baiji, Town OF Haditha, "
    "fall of Mosul, edge of the Anbar desert, towards Qaim, miles away from Rutba, at_Hit, 3 km "
    "from Heet and 7 kms of Anah. In Ana the market, into Rawa; across\nthe Western Jazira, "
    "seized Sinjar and overran Tal Afar; captured Zummar, entered Rabia."
)


def test_word_by_word_cue_reader_agrees_with_the_regex_searches():
    n = 0
    for s in range(len(CUE_TEXT) + 1):
        for e in (s, min(len(CUE_TEXT), s + 6)):
            assert gz._cue(CUE_TEXT, s, e) == gz._cue_by_search(CUE_TEXT, s, e), (CUE_TEXT[max(0, s - 60) : s], e)
            n += 1
    assert n > 1000
    i = CUE_TEXT.index("Najaf")
    assert gz._cue(CUE_TEXT, i, i + 5) == 2  # "the city of Najaf"
    i = CUE_TEXT.index("Samawah")
    assert gz._cue(CUE_TEXT, i, i + 7) == 1  # "kilometres north of the southern Samawah"
    i = CUE_TEXT.index("Tikrit")
    assert gz._cue(CUE_TEXT, i, i + 6) == 0  # "within" is not "in"


def test_key_bits_summarise_each_key_run(gaz):
    for name in ("Iraq", "Kut", "Paris", "Washington", "Jordan", "Georgia", "Springfield", "Basra"):
        k = skeleton(name)
        lo, hi = gaz._hits([key_hash(k)])
        lo, hi = int(lo[0]), int(hi[0])
        assert hi > lo, name
        rows, flags = gaz._kr[lo:hi].astype(np.int64), gaz._kf[lo:hi]
        want = derive.summary_bits(rows, flags, gaz._feat, gaz._pop, gaz._fclass)
        assert int(gaz._kbits[lo]) == want == int(gaz._kbits[hi - 1])
        # read through a derived key form, no place is named by its own name
        dflags = (flags & ~np.uint8(FLAG_PRIMARY)) | np.uint8(FLAG_DERIVED)
        low = derive.summary_bits(rows, dflags, gaz._feat, gaz._pop, gaz._fclass) & 0xFF  # (not the *_D bits)
        assert derive.derived_bits(want) == low
    k = int(gaz._kbits[gaz._hits([key_hash(skeleton("Iraq"))])[0][0]])
    assert k & derive.B_COUNTRY_PRIM and k & derive.B_VERY_STRONG


def test_name_hashes_and_row_prior_match_the_rows(gaz):
    rows = np.arange(0, len(gaz), 4099)
    for r in rows.tolist():
        h = tuple(int(x) for x in gaz._name_h[r])
        assert h == derive.name_form_hashes(norm(gaz._name(r)))
    want = derive.row_prior(gaz._pop[rows], gaz._feat[rows], gaz._fclass[rows])
    assert np.array_equal(gaz._rprior[rows], want)


def _one_prior(gaz, rows, flags, exact, gpe):
    """A single name's context-free scores computed the plain way (_prior, then the exact terms)."""
    s = gaz._prior(rows, flags, None)
    keep = None
    if len(s) > 60:
        keep = np.argsort(-s, kind="stable")[:60]
        rows, flags, s = rows[keep], flags[keep], s[keep]
    ex = np.zeros(len(rows), bool)
    if exact:
        s = s + 0.5 * np.array([norm(gaz._name(r)) == exact for r in rows.tolist()])
        ex = np.array([gaz._is_exact_uncached(r, exact) for r in rows.tolist()])
        if ex.any():
            s = s - 1.0 * ~ex
    if gpe:
        s = s + np.where(gaz._feat[rows] != 3, 0.3, 0.0)
    return keep, s, ex


def test_batched_priors_equal_one_name_at_a_time(gaz):
    items = []
    for surf, gpe in (("Springfield", False), ("Kut", True), ("Baghdad", False), ("Anbar Province", False),
                      ("Nassiriya", False), ("Washington", True), ("Georgia", False), ("London", False)):
        rows, flags = gaz._key_rows(gaz._query_keys(surf))
        assert len(rows), surf
        items.append((rows, flags, norm(surf), gpe))
    items.append((items[0][0], items[0][1], None, False))  # no surface form
    got = gaz._name_priors(items)
    assert any(k is not None for k, _s, _e in got)  # some name has over 60 places
    for (rows, flags, exact, gpe), (keep, s, ex) in zip(items, got):
        keep0, s0, ex0 = _one_prior(gaz, rows, flags, exact, gpe)
        assert (keep is None) == (keep0 is None) and (keep is None or np.array_equal(keep, keep0))
        assert np.array_equal(s, s0), exact
        assert np.array_equal(ex, ex0), exact


def test_bulk_place_records_equal_single_ones(gaz):
    rows = list(range(3, len(gaz), 7919))
    single = [gaz.place(r) for r in rows]
    saved = dict(gaz._places)
    try:
        gaz._places.clear()
        gaz._admin_names.clear()
        bulk = gaz._places_of(rows + rows[:3])
        for r, p in zip(rows, single):
            assert bulk[r] == p and bulk[r].__dict__ == p.__dict__ and hash(bulk[r]) == hash(p)
    finally:
        gaz._places.clear()
        gaz._places.update(saved)


def test_old_index_without_derived_arrays_still_reads(gaz, tmp_path):
    from eventlens.resolve.geo.store import IndexWriter, read_index

    arrays, meta = read_index(gaz.path)
    old = tmp_path / "old.idx"
    w = IndexWriter(old, meta={**meta, "kind": "full"})  # a full index is kept as it is
    for k, v in arrays.items():
        if k not in derive.DERIVED:
            w.add(k, np.asarray(v))
    w.finish()
    a2, m2 = read_index(old)
    assert "key_bits" not in a2
    g2 = gz.Gazetteer(a2, m2, old)
    text = "Gunmen killed two protesters in Kut, in Wasit province, Iraq, on Saturday, police in Baghdad said."
    got = [(t.start, t.end, t.place.geonames_id, round(t.score, 6)) for t in g2.find_toponyms(text)]
    want = [(t.start, t.end, t.place.geonames_id, round(t.score, 6)) for t in gaz.find_toponyms(text)]
    assert got == want and len(got) >= 3


@pytest.mark.parametrize("word", ["the", "a", "of", "men's", "Kut's", "al", "Baghdad", "3d", "x"])
def test_word_info_fast_path_gives_the_full_tuple(word):
    gz._WORD_MEMO.pop(word, None)
    fast = gz._word_info(word)
    surf, cut, poss = word, 0, False
    if len(surf) > 3 and surf[-2] in "'’`ʼ" and surf[-1] in "sS":
        surf, cut, poss = surf[:-2], 2, True
    low = surf.lower()
    cap = surf[:1].isupper()
    conn = low in gz.CONNECTORS and not cap
    n = norm(surf) if cap or conn else None
    key = gz.skeleton_of_norm(n) if n else ""
    assert fast == (surf, cut, poss, low, cap, conn, key)


def test_derive_constants_match_the_builder():
    from eventlens.resolve.geo import build

    assert (derive.FEAT_COUNTRY, derive.FEAT_ADMIN1, derive.FEAT_ADMIN2, derive.FEAT_PLACE) == (
        build.FEAT_COUNTRY, build.FEAT_ADMIN1, build.FEAT_ADMIN2, build.FEAT_PLACE)
    assert derive.FLAG_PRIMARY == build.FLAG_PRIMARY


TOKEN_TEXT = (
    "KUT, Iraq — U.S.Army men's O'Neil-Smith’s x-'y a--b -c_d__e  U.S. A.B.C.D. Ab.Cd it’s "
    "Kut's al-Kut 24-year-old\n\n“Baghdad” (Basra) é́ 3d St Mt. ST"
)


def test_gap_and_word_pairs_give_the_words_of_the_token_pattern():
    import random

    rng = random.Random(5)
    alphabet = list("aZb.C-'’`ʼ_ 3é\n,D") + ["A.", "U.S.", "x-"]
    texts = [TOKEN_TEXT, CUE_TEXT, ""] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    for t in texts:
        want = [(m.start(), m.group()) for m in gz._TOKEN_RE.finditer(t)]
        got, e = [], 0
        for lead, word in gz._GAP_TOKEN_RE.findall(t):
            s = e + len(lead)
            e = s + len(word)
            got.append((s, word))
        assert got == want, t
    toks = gz._tokens(TOKEN_TEXT)
    assert toks[0].sent_start and toks[0].text == "KUT"
    assert [(t.start, t.full_end) for t in toks] == [m.span() for m in gz._TOKEN_RE.finditer(TOKEN_TEXT)]


def test_one_word_fast_paths_of_norm_and_skeleton():
    from eventlens.resolve.geo import normalize as nz

    words = TOKEN_TEXT.split() + ["St", "ST", "mt", "Nasiriyah", "Baghdad", "Basrah", "123", "Qayyarah", "a"]
    for w in words + [x.lower() for x in words]:
        n = nz.norm.__wrapped__(w)
        words_n = nz._NON_WORD.sub(" ", w.lower().translate(nz._SPECIAL)).split() if w.isascii() else None
        if words_n is not None:
            assert n == (" ".join(nz._ABBREV.get(x, x) for x in words_n) or None), w
        if n:
            assert nz.skeleton_of_norm.__wrapped__(n) == " ".join(nz._fold_word(x) for x in n.split())
            assert derive.name_form_hashes(n) == (
                key_hash(n), key_hash(nz.strip_article(n)) if nz.strip_article(n) else 0,
                key_hash(nz.strip_admin_suffix(n)) if nz.strip_admin_suffix(n) else 0, key_hash(n.replace(" ", "")))
    keys = ["kut", "al kut", "", "nasiria"]
    assert nz.key_hashes(keys).tolist() == [key_hash(k) for k in keys]


def test_names_read_in_bulk_equal_names_read_one_by_one(gaz):
    rows = np.arange(0, len(gaz), 997)
    assert gaz._names_of(rows) == [gaz._name(int(r)) for r in rows]
    assert gaz._names_of(np.array([5, 5, 0], np.int64)) == [gaz._name(5), gaz._name(5), gaz._name(0)]
    assert gaz._names_of(np.empty(0, np.int64)) == []


def test_member_marks_the_values_present():
    u = np.array([-1, 3, 7, 10])
    assert gz._member(u, np.array([7, 11, -5, 3, 7])).tolist() == [False, True, True, False]
    assert gz._member(u, np.empty(0, np.int64)).tolist() == [False] * 4


def test_candidates_are_each_names_readings_in_stable_score_order(gaz):
    text = ("Officials in Springfield and Washington met envoys from Georgia and Paris on Monday, while "
            "protesters in Kut, Wasit, and in Richmond marched. Police in Springfield said Alexandria, "
            "Louisiana, was calm.")
    ms = gaz._recognise(text, ())
    gaz._borrow_longer_country(ms, None)
    gaz._resolve(ms, None)
    kept = gaz._drop_out_of_context(ms, None)
    if len(kept) < len(ms):
        gaz._link_commas(text, kept)
        gaz._resolve(kept, None)
    want = [m.rows[np.argsort(-m.scores, kind="stable")[:10]].tolist() for m in kept if not m.demonym]
    got = [[c.row for c in t.candidates] for t in gaz.find_toponyms(text) if t.kind != "demonym"]
    assert got == want and any(len(c) == 10 for c in got)


def test_word_tuples_made_while_tokenising_equal_word_info():
    text = TOKEN_TEXT + " " + CUE_TEXT + " the of and de al ǅx ⅰv straße men’s it's"
    for lead, word in gz._GAP_TOKEN_RE.findall(text):
        gz._WORD_MEMO.pop(word, None)
    gz._tokens(text)
    for lead, word in gz._GAP_TOKEN_RE.findall(text):
        assert gz._WORD_MEMO[word] == gz._word_info(word), word
