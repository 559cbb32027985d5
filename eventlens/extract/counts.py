"""How many were killed, injured, arrested, abducted, or turned out: counts from one sentence.

Two layers:

* ``parse_quantity(text)`` turns a number phrase into a :class:`Quantity` (low, best, high).
  It is strict: any word it does not know makes it return ``None``, so the sentence layer can
  try spans of different widths and keep the widest one that reads as a quantity.
* ``find_counts(sent)`` finds number phrases in a parsed spaCy sentence and ties each to what it
  counts through the dependency parse and the lexicon in ``eventlens/data/counts_lexicon.yaml``,
  with a short word-order fallback where the parse has failed.
* ``merge_counts(mentions)`` picks one figure per kind for one event.

Conventions of ``parse_quantity`` (``None`` means "not said"):

=================================  =====================  ===================================
phrase                             low / best / high      why
=================================  =====================  ===================================
"12", "twelve", "a dozen"          12 / 12 / 12           exact
"one", "a", "an"                   1 / 1 / 1
"no", "none", "nobody", "no one"   0 / 0 / 0
"at least 12", "12 or more"        12 / 12 / None         a floor, no ceiling
"more than 100", "over 100"        101 / 101 / None       strictly more: the smallest integer
"about 150", "some 150"            None / 150 / None      no band invented around the figure
"up to 30", "as many as 30"        None / 30 / 30         a ceiling; best is the figure said
"nearly 50", "fewer than 50"       None / 49 / 49         strictly below the figure
"150 to 200", "between 150 and     150 / 150 / 200        best = low, ACLED's conservative
200", "150-200", "two or three"                           choice
"dozens"                           24 / 24 / None         vague plurals: the smallest
"scores" 40, "hundreds" 200,                              plausible reading, open above
"thousands" 2000, "tens of
thousands" 20000, "several" 3,
"a few" 3, "several hundred" 300
=================================  =====================  ===================================

"about"/"some" in front of a range or a vague plural changes nothing ("some 150 to 200" is
150/150/200). Decimals only count with a scale word ("2.5 million"); "twenty-five" and "1,200"
are read as one number.

Conventions of ``find_counts``:

* ``kind`` is one of killed, injured, arrested, abducted, crowd; one number phrase gives one
  kind, except zero statements about casualties or harm ("no casualties", "no one was hurt",
  "without casualties"), which give killed 0 and injured 0. "no injuries" / "no one was
  injured" give injured 0 only; "no one else was hurt" gives injured 0 only.
* Zero statements carry ``negated=True``. "There were no reports of casualties" is not a zero
  statement (it says nothing is known) and gives nothing.
* A positive count of "casualties" is not split between killed and injured: it gives nothing.
* Numbers joined by "and" under one trigger are added up: "12 civilians and 3 soldiers were
  killed" is killed 15. Subsets are not added: "killing three, including a child" is killed 3.
* One person: "a"/"an"/"the" before a singular noun in the victim slot ("killed a policeman",
  "the driver was shot dead"), unless the noun is a thing or a group (lexicon: non_people,
  collective_nouns); "he"/"she"/"him"/"her" in that slot ("killing him").
* Coordinated victim verbs sharing one argument give each kind ("3 civilians were kidnapped and
  killed": abducted 3 and killed 3), except killed + injured together ("7 militants were killed
  and wounded", "killing and injuring dozens"): that is a casualty total, not split, so nothing.
* Attempts and plans are not outcomes: "tried to lynch three men" gives nothing.
* "shot dead", "shot/beaten/stabbed to death", "left 4 (people) dead", "took 20 villagers
  hostage" give killed / abducted; "shot" alone gives nothing (it may or may not have killed).
* Where the parse fails (STACK.md: "shot" read as a noun, "IS" read as a verb) a short word-order
  fallback ties a number to a victim word right after it ("78 BH/IS fighters were killed") or
  right before it ("killing three").
* A crowd is a number that rallied/marched/gathered/..., a "crowd/rally/protest of N", or a
  number of protesters/demonstrators (from 10 up, so "two protesters told AFP" is not a crowd
  size) that no victim verb claims.
* ``revised=True`` marks a toll reported as an update: "the death toll rose / climbed / reached
  9" (and "rose from 5 to 9" reads 9).
* Dates, times, money, percentages, ordinals (spaCy entities other than CARDINAL), ages and
  measures ("a 12-year-old", "5 km"), and codes ("Resolution 2334", "Route 1") never count.
* ``start``/``end`` are character offsets in the Doc text of the evidence: from the first to the
  last of the number phrase, its noun and its trigger word.

``merge_counts`` (one event, mentions in article order): per kind, the last mention marked
``revised`` wins if there is one; otherwise the mention with the highest ``best`` (ties: the
earliest). Zero statements thus lose to any positive figure for the same kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import yaml

if TYPE_CHECKING:  # spaCy is only needed by callers that have a parsed sentence
    from spacy.tokens import Span, Token

KINDS: tuple[str, ...] = ("killed", "injured", "arrested", "abducted", "crowd")

_LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "counts_lexicon.yaml"


# --------------------------------------------------------------------------- data classes


@dataclass(frozen=True)
class Quantity:
    low: int | None
    best: int | None
    high: int | None


@dataclass(frozen=True)
class CountMention:
    kind: str  # "killed" | "injured" | "arrested" | "abducted" | "crowd"
    low: int | None
    best: int | None
    high: int | None
    start: int  # character offsets in the Doc text of the evidence span
    end: int
    text: str
    negated: bool = False  # a zero statement: "no one was killed"
    revised: bool = False  # an updated toll: "the death toll rose to 9"

    @property
    def quantity(self) -> Quantity:
        return Quantity(self.low, self.best, self.high)


# --------------------------------------------------------------------------- number phrases

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_ZERO = {("no",), ("none",), ("nobody",), ("no", "one"), ("noone",), ("nil",), ("zero",)}

# Vague amounts: the smallest plausible reading, open above (see the module docstring).
_VAGUE: dict[tuple[str, ...], int] = {
    ("dozens",): 24,
    ("scores",): 40,
    ("tens",): 20,
    ("hundreds",): 200,
    ("thousands",): 2_000,
    ("millions",): 2_000_000,
    ("tens", "of", "thousands"): 20_000,
    ("hundreds", "of", "thousands"): 200_000,
    ("tens", "of", "millions"): 20_000_000,
    ("several",): 3,
    ("a", "few"): 3,
    ("a", "handful"): 3,
    ("several", "dozen"): 36,
    ("a", "few", "dozen"): 36,
    ("several", "hundred"): 300,
    ("a", "few", "hundred"): 300,
    ("several", "thousand"): 3_000,
    ("a", "few", "thousand"): 3_000,
    ("many", "dozens"): 24,
    ("many", "hundreds"): 200,
    ("many", "thousands"): 2_000,
}

# Modifiers in front of the number, longest first so "well over" beats "over".
_PREFIXES: list[tuple[tuple[str, ...], str]] = sorted(
    [
        (("at", "least"), "at_least"),
        (("no", "fewer", "than"), "at_least"),
        (("no", "less", "than"), "at_least"),
        (("not", "less", "than"), "at_least"),
        (("a", "minimum", "of"), "at_least"),
        (("upwards", "of"), "at_least"),
        (("upward", "of"), "at_least"),
        (("more", "than"), "more"),
        (("over",), "more"),
        (("well", "over"), "more"),
        (("well", "above"), "more"),
        (("above",), "more"),
        (("in", "excess", "of"), "more"),
        (("about",), "approx"),
        (("around",), "approx"),
        (("some",), "approx"),
        (("approximately",), "approx"),
        (("roughly",), "approx"),
        (("an", "estimated"), "approx"),
        (("estimated",), "approx"),
        (("an", "approximate"), "approx"),
        (("circa",), "approx"),
        (("perhaps",), "approx"),
        (("up", "to"), "upto"),
        (("as", "many", "as"), "upto"),
        (("at", "most"), "upto"),
        (("no", "more", "than"), "upto"),
        (("not", "more", "than"), "upto"),
        (("a", "maximum", "of"), "upto"),
        (("nearly",), "below"),
        (("almost",), "below"),
        (("fewer", "than"), "below"),
        (("less", "than"), "below"),
        (("under",), "below"),
        (("just", "under"), "below"),
        (("close", "to"), "below"),
        (("just", "short", "of"), "below"),
    ],
    key=lambda p: -len(p[0]),
)
_SUFFIXES: list[tuple[tuple[str, ...], str]] = [
    (("or", "more"), "at_least"),
    (("or", "so"), "approx"),
    (("plus",), "at_least"),
    (("+",), "at_least"),
]

_WORD_RE = re.compile(r"\d[\d,]*(?:\.\d+)?|[a-z]+(?:'[a-z]+)?|[-+]")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-"})


def _words(text: str) -> list[str] | None:
    """Lower-cased words, numerals and dashes; None when anything else is in the text."""
    text = text.translate(_DASHES).lower().strip()
    out: list[str] = []
    pos = 0
    for m in _WORD_RE.finditer(text):
        if text[pos : m.start()].strip():
            return None
        out.append(m.group())
        pos = m.end()
    if text[pos:].strip():
        return None
    # "twenty-five": a hyphen inside a number word is not a range
    joined: list[str] = []
    i = 0
    while i < len(out):
        if (
            out[i] == "-"
            and joined
            and joined[-1] in _TENS
            and i + 1 < len(out)
            and out[i + 1] in _UNITS
            and 0 < _UNITS[out[i + 1]] < 10
        ):
            i += 1
            continue
        joined.append(out[i])
        i += 1
    return joined


def _numeral(word: str) -> float | None:
    if not word[0].isdigit():
        return None
    if "," in word:
        head, *groups = word.split(".")[0].split(",")
        if not (1 <= len(head) <= 3 and all(len(g) == 3 for g in groups)):
            return None  # "1,2" is a list, not a number
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return None


def _number(words: list[str]) -> int | None:
    """An exact number: digits ("1,200", "2.5 million") or words ("one hundred and twenty")."""
    if not words:
        return None
    if words in (["a"], ["an"]):
        return 1
    if words == ["half", "a", "dozen"]:
        return 6
    if words[0] in ("a", "an") and len(words) > 1 and (words[1] in _SCALES or words[1] == "dozen"):
        words = ["one", *words[1:]]
    first = _numeral(words[0])
    if first is not None:
        value = first
        for w in words[1:]:
            if w in _SCALES:
                value *= _SCALES[w]
            elif w == "dozen":
                value *= 12
            else:
                return None
        if value != int(value):
            return None  # fractions of people
        return int(value)
    total, current, last = 0, 0, ""
    for w in words:
        if w in _UNITS:
            if last in ("unit", "teen") or (last == "tens" and _UNITS[w] >= 10):
                return None
            current += _UNITS[w]
            last = "teen" if _UNITS[w] >= 10 else "unit"
        elif w in _TENS:
            if last in ("unit", "teen", "tens"):
                return None
            current += _TENS[w]
            last = "tens"
        elif w == "hundred":
            if last == "hundred":
                return None
            current = (current or 1) * 100
            last = "hundred"
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current, last = 0, "scale"
        elif w == "dozen":
            current = (current or 1) * 12
            last = "dozen"
        elif w == "and" and last in ("hundred", "scale"):
            last = "and"
        else:
            return None
    if last in ("and", ""):
        return None
    return total + current


def _range(words: list[str]) -> tuple[int, int] | None:
    if words and words[0] == "between":
        seps: tuple[str, ...] = ("and",)
        words = words[1:]
    else:
        seps = ("to", "-", "or")
        if words and words[0] == "from":
            words = words[1:]
    for i, w in enumerate(words):
        if w not in seps or i == 0:
            continue
        left, right = words[:i], words[i + 1 :]
        hi = _number(right)
        lo = _number(left)
        if hi is None or lo is None:
            continue
        # a shared scale: "2 to 3 million", "two or three hundred"
        scale = next((_SCALES[x] for x in reversed(right) if x in _SCALES), None)
        if scale and not any(x in _SCALES for x in left) and lo * scale <= hi:
            lo *= scale
        if lo < hi:
            return lo, hi
    return None


def parse_quantity(text: str) -> Quantity | None:
    """Read a number phrase ("at least 12", "some 150 to 200", "dozens") as low/best/high.

    Returns None when the text is not only a number phrase. Conventions: module docstring.
    """
    words = _words(text)
    if not words:
        return None
    if len(words) > 1 and words[-1] == "of":  # "dozens of", "a couple of"
        words = words[:-1]
    mode = None
    for prefix, m in _PREFIXES:
        if tuple(words[: len(prefix)]) == prefix and len(words) > len(prefix):
            mode, words = m, words[len(prefix) :]
            break
    for suffix, m in _SUFFIXES:
        if mode is None and tuple(words[-len(suffix) :]) == suffix and len(words) > len(suffix):
            mode, words = m, words[: -len(suffix)]
            break
    key = tuple(words)
    if key in _ZERO:
        return None if mode else Quantity(0, 0, 0)
    if key in (("a", "couple"), ("a", "pair"), ("couple",)):
        n = 2
    elif key in _VAGUE:
        v = _VAGUE[key]
        return Quantity(v + 1, v + 1, None) if mode == "more" else Quantity(v, v, None)
    else:
        rng = _range(list(key))
        if rng is not None:
            lo, hi = rng
            if mode == "more":
                return Quantity(lo + 1, lo + 1, None)
            return Quantity(lo, lo, hi)
        n = _number(list(key))
        if n is None:
            return None
    if mode is None:
        return Quantity(n, n, n)
    if mode == "at_least":
        return Quantity(n, n, None)
    if mode == "more":
        return Quantity(n + 1, n + 1, None)
    if mode == "approx":
        return Quantity(None, n, None)
    if mode == "upto":
        return Quantity(None, n, n)
    # "below": strictly fewer
    return Quantity(None, n - 1, n - 1) if n > 0 else None


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Lexicon:
    transitive: dict[str, str]  # lemma -> kind
    intransitive: dict[str, str]
    outcome: dict[str, str]
    both: frozenset[str]
    generic_harm: frozenset[str]
    crowd_people: frozenset[str]
    revision: frozenset[str]
    statement: frozenset[str]
    non_people: frozenset[str]
    person: frozenset[str]
    collective: frozenset[str]
    id_words: frozenset[str]
    units: frozenset[str]
    hyphen_units: frozenset[str]


def _invert(table: dict[str, list[str]]) -> dict[str, str]:
    return {lemma: kind for kind, lemmas in table.items() for lemma in lemmas}


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """The counts lexicon, read once (eventlens/data/counts_lexicon.yaml)."""
    raw = yaml.safe_load(_LEXICON_PATH.read_text(encoding="utf-8"))
    fs = lambda key: frozenset(str(w).lower() for w in raw[key])  # noqa: E731
    return _Lexicon(
        transitive=_invert(raw["transitive_verbs"]),
        intransitive=_invert(raw["intransitive_verbs"]),
        outcome=_invert(raw["outcome_words"]),
        both=fs("both_words"),
        generic_harm=fs("generic_harm_verbs"),
        crowd_people=fs("crowd_people"),
        revision=fs("revision_verbs"),
        statement=fs("statement_verbs"),
        non_people=fs("non_people"),
        person=fs("person_nouns"),
        collective=fs("collective_nouns"),
        id_words=fs("id_words"),
        units=fs("unit_words"),
        hyphen_units=fs("hyphen_units"),
    )


# --------------------------------------------------------------------------- sentence layer

# Entity labels whose numbers are never head counts.
_BLOCKING_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY", "LAW", "PRODUCT",
                  "WORK_OF_ART", "EVENT", "FAC", "ORG"}
_ANCHOR_WORDS = {"dozen", "dozens", "scores", "hundreds", "thousands", "millions", "several",
                 "few", "handful", "couple", "none", "nobody", "noone"}
_MAX_LEFT, _MAX_RIGHT = 4, 8
_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_OBJ = {"dobj", "obj", "oprd", "attr"}
_ANY_WORDS = {"anyone", "anybody"}
_ELSE = {"else", "other", "more", "further"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
           "sep", "sept", "oct", "nov", "dec"}
# "he was killed", "killing him": one person
_SINGULAR_PRONOUNS = {"he", "she", "him", "her"}
# "tried to lynch three men": an attempt or a plan is not an outcome
_NOT_DONE = {"try", "attempt", "plan", "threaten", "vow", "want", "seek", "intend", "aim", "fail",
             "order", "urge", "call", "demand", "refuse", "prepare", "promise", "pledge"}
# by "to death" these verbs kill: "shot to death", "beaten to death"


_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "men", "woman", "person", "eer",
                    "ee", "ier", "yer", "ic", "ite")
_NOT_PERSON = {"order", "border", "number", "matter", "water", "paper", "letter", "center", "power",
               "tower", "corner", "shelter", "danger", "disorder", "murder", "manner", "quarter",
               "fever", "chapter", "offer", "answer", "centre", "register", "cancer", "incident",
               "accident", "government", "movement", "statement", "agreement", "department", "event",
               "comment", "document", "element", "content", "moment", "parliament", "treatment",
               "settlement", "tournament", "argument", "investment", "equipment", "plant",
               "restaurant", "grant", "complaint", "warrant", "instrument", "segment", "fee",
               "committee", "coffee", "traffic", "clinic", "topic", "republic", "public", "panic",
               "site", "floor", "door", "error", "motor",
               "sector", "factor", "monitor", "corridor", "terror", "horror", "mirror", "favor",
               "favour", "color", "colour", "labor", "labour", "honor", "honour", "flavor", "tumor",
               "vapor", "harbor", "harbour", "meteor", "superior", "interior", "exterior", "trailer",
               "computer", "container", "tanker", "helicopter", "fighter jet", "river", "winter",
               "summer", "number", "member state", "poster", "banner", "leaflet", "barrier"}


def _is_person(noun: Token, lex: _Lexicon) -> bool:
    """A word for one person ("a policeman", "the driver", "an engineer"): the lexicon's list,
    or a person-like ending; meant for nouns already in a victim slot, so it can be loose."""
    forms = _forms(noun)
    if forms & (lex.non_people | lex.collective):
        return False
    if forms & lex.person:
        return True
    low = noun.lower_
    if low in _NOT_PERSON:
        return False
    return len(low) > 3 and low.endswith(_PERSON_SUFFIXES)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _forms(tok: Token) -> set[str]:
    """Lemma, word, and a plain singular: the lemmatizer reads "corpses" as "corps"."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    if low.endswith("ses"):
        out.add(low[:-1])
    if low.endswith("s") and not low.endswith("ss"):
        out.add(low[:-1])
    return out


def _is_anchor(tok: Token) -> bool:
    low = tok.lower_
    if low in _ANCHOR_WORDS:
        return True
    if low == "one" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no":
        return True
    return bool(tok.like_num) and not low.endswith(("st", "nd", "rd", "th"))


def _blocked_tokens(sent: Span) -> set[int]:
    out: set[int] = set()
    for ent in sent.ents:
        if ent.label_ in _BLOCKING_ENTS:
            out.update(range(ent.start, ent.end))
    return out


def _quantity_spans(sent: Span, blocked: set[int]) -> list[tuple[int, int, Quantity]]:
    """Widest spans that read as quantities, around each number-like token, left to right."""
    doc = sent.doc
    taken: set[int] = set()
    spans: list[tuple[int, int, Quantity]] = []
    for tok in sent:
        if tok.i in taken or tok.i in blocked or not _is_anchor(tok):
            continue
        best: tuple[int, int, Quantity] | None = None
        for j in range(max(sent.start, tok.i - _MAX_LEFT), tok.i + 1):
            for k in range(tok.i + 1, min(sent.end, tok.i + _MAX_RIGHT) + 1):
                if best is not None and k - j <= best[1] - best[0]:
                    continue
                if any(x in blocked or x in taken for x in range(j, k)):
                    continue
                if doc[k - 1].lower_ == "of" or doc[j].is_punct or doc[k - 1].is_punct:
                    continue
                q = parse_quantity(doc[j:k].text)
                if q is not None:
                    best = (j, k, q)
        if best is not None:
            spans.append(best)
            taken.update(range(best[0], best[1]))
    return spans


def _not_a_head_count(sent: Span, j: int, k: int, q: Quantity) -> bool:
    """Ages, measures, times, money, years and codes ("Resolution 2334")."""
    doc, lex = sent.doc, lexicon()
    if j > sent.start:
        prev = doc[j - 1]
        if prev.lower_ in _MONTHS and prev.is_title:
            return True  # "May 8"
        if prev.lower_ in lex.id_words or prev.text in {"$", "£", "€", "#", "No."}:
            return True
        if (prev.tag_ in ("NNP", "NN") and any(t.head.i == prev.i for t in doc[j:k])
                and not any(c.dep_ == "prep" for c in prev.children)):
            return True  # "Brigade 17", "Highway 1", "station 402"
    if k < sent.end:
        nxt = doc[k]
        if nxt.lower_ in {"-", "\u2013"} and k + 1 < sent.end:
            after = doc[k + 1]
            if _lemma(after) in lex.units or _lemma(after) in lex.hyphen_units:
                return True
            if after.lower_ in lex.hyphen_units:
                return True
        elif _lemma(nxt) in lex.units or nxt.lower_ in lex.units or nxt.lower_ in _MONTHS:
            return True
    if k - j == 1 and doc[j].text.isdigit() and 1800 <= int(doc[j].text) <= 2100:
        return True  # a bare year the NER missed
    return False


def _qroot(doc, j: int, k: int) -> Token:
    """The token of the number phrase that hangs off the rest of the sentence; a number-like
    one first ("up to 30 others": "up" may hang off the verb as a particle, "30" off "others")."""
    outer = [t for t in doc[j:k] if not (j <= t.head.i < k) or t.head.i == t.i]
    numeric = [t for t in outer if _is_anchor(t)]
    if numeric:
        return numeric[-1]
    return outer[-1] if outer else doc[k - 1]


def _of_object(tok: Token) -> Token | None:
    """"thousands of protesters" -> protesters."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _has_dobj(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _toll_kind(noun: Token) -> str | None:
    """The kind a toll-like subject names: "death toll", "the number of dead", "casualty toll"."""
    lex = lexicon()
    lem = _lemma(noun)
    if lem == "toll":
        for c in noun.children:
            if c.dep_ in ("compound", "amod") and _lemma(c) in ("injury", "injured", "wounded"):
                return "injured"
        return "killed"
    if lem in ("number", "tally", "count", "figure"):
        obj = _of_object(noun)
        if obj is not None:
            return lex.outcome.get(_lemma(obj)) or lex.outcome.get(obj.lower_) or (
                lex.transitive.get(_lemma(obj)) if obj.tag_ == "VBN" else None
            )
    if lem in ("crowd", "turnout"):
        return "crowd"
    return None


@dataclass
class _Tie:
    kind: str
    trigger: Token
    group: int  # token index that identifies the argument slot (for adding up conjuncts)
    revised: bool = False
    verb_negated: bool = False
    both: bool = False  # a zero statement covering killed and injured
    extra: list[int] = field(default_factory=list)  # more evidence tokens ("left 4 dead")
    also: list[str] = field(default_factory=list)  # more kinds: "were kidnapped and killed"


def _finish(tie: _Tie | None) -> _Tie | None:
    """Checks on the trigger verb: attempts don't count; coordinated victim verbs that share the
    argument add their kinds ("3 civilians were kidnapped and killed"), except killed + injured
    together ("7 militants were killed and wounded"), which is a casualty total we can't split."""
    if tie is None:
        return None
    trig = tie.trigger
    if trig.pos_ != "VERB":
        return tie
    for v in (trig, trig.head if trig.dep_ == "conj" else trig):
        if v.dep_ == "xcomp" and _lemma(v.head) in _NOT_DONE:
            return None
    lex = lexicon()
    near = [c for c in trig.children if c.dep_ == "conj"]
    if trig.dep_ == "conj":
        near.append(trig.head)
        near += [c for c in trig.head.children if c.dep_ == "conj" and c.i != trig.i]
    kinds = [tie.kind]
    for v in near:
        kind = lex.transitive.get(_lemma(v))
        if (
            kind
            and kind not in kinds
            and v.pos_ == "VERB"
            and abs(v.i - trig.i) <= 4
            # its own object or passive subject means its own argument; a subject on the first
            # verb is the shared agent ("forces killed and injured dozens")
            and not any(
                c.dep_ in ("dobj", "obj", "nsubjpass") or (c.dep_ == "nsubj" and v.i != trig.head.i)
                for c in v.children
            )
        ):
            kinds.append(kind)
            tie.extra.append(v.i)
    if {"killed", "injured"} <= set(kinds):
        return None
    tie.also = kinds[1:]
    return tie


def _outcome_kind(tok: Token) -> tuple[str | None, bool]:
    """Kind named by an outcome word; second value: a killed+injured word ("casualties")."""
    lex = lexicon()
    forms = _forms(tok) | ({"casualty"} if tok.lower_ == "casualties" else set())
    if forms & lex.both:
        return None, True
    kind = next((lex.outcome[f] for f in sorted(forms) if f in lex.outcome), None)
    return kind, False


def _verb_kind(verb: Token, rel: str, nominal: Token) -> tuple[str | None, list[int]]:
    """Kind when ``nominal`` is the ``rel`` argument of ``verb``, and extra evidence tokens."""
    lex = lexicon()
    lem = _lemma(verb)
    if rel in ("dobj", "obj", "nsubjpass"):
        kind = lex.transitive.get(lem)
        if kind:
            return kind, []
        for c in verb.children:  # "shot to death", "beaten to death"
            if c.dep_ == "prep" and c.lower_ == "to":
                death = [p for p in c.children if p.dep_ == "pobj" and _lemma(p) == "death"]
                if death:
                    return "killed", [death[0].i]
    if rel == "nsubj":
        if lem in lex.intransitive:
            return lex.intransitive[lem], []
        # headline participles: "10 injured", "at least 12 killed" (no object, so not the agent)
        if lem in lex.transitive and not _has_dobj(verb) and verb.tag_ == "VBN":
            return lex.transitive[lem], []
        # "thousands took to the streets", "hundreds turned out", "thousands joined the rally"
        if lem == "take" and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(_lemma(p) == "street" for p in c.children)
            for c in verb.children
        ):
            return "crowd", []
        if lem == "turn" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            return "crowd", []
        if lem == "join" and any(
            c.dep_ in ("dobj", "obj") and lex.outcome.get(_lemma(c)) == "crowd"
            for c in verb.children
        ):
            return "crowd", []
        # "3,000 people attended", "300 people took part in the march"
        if lem == "attend" or (
            lem == "take"
            and any(c.dep_ in ("dobj", "obj") and c.lower_ == "part" for c in verb.children)
        ):
            return "crowd", []
    if rel in ("dobj", "obj", "nsubjpass"):
        # "left 4 dead", "shot dead three demonstrators", "took 20 hostage", "was shot dead"
        for c in verb.children:
            if c.dep_ in ("oprd", "acomp", "xcomp", "advmod", "ccomp", "dobj") and c.i != nominal.i:
                kind, _ = _outcome_kind(c)
                if c.dep_ == "dobj" and kind != "abducted":
                    continue  # a second object is "hostage" or nothing: "held a rally, the body..."
                if kind in ("killed", "injured", "abducted") and lem in (
                    "leave", "shoot", "take", "hold", "keep", "find", "gun", "beat", "stab", "hack",
                    "burn", "stone", "leave"
                ):
                    return kind, [c.i]
    return None, []


def _borrowed_kind(verb: Token) -> tuple[str | None, list[int]]:
    """Shared object of coordinated verbs: "shot and wounded two protesters"."""
    lex = lexicon()
    near = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        near.append(verb.head)
    for v in near:
        if abs(v.i - verb.i) <= 3 and v.pos_ == "VERB" and not _has_dobj(v):
            kind = lex.transitive.get(_lemma(v))
            if kind:
                return kind, [v.i]
    return None, []


def _tie(nominal: Token, desc: Token, in_q: set[int]) -> _Tie | None:
    """What the counted noun phrase headed by ``nominal`` counts."""
    lex = lexicon()
    # 1. the noun itself names the outcome: "5 dead", "12 deaths", "no casualties"
    if nominal.i not in in_q:
        kind, both = _outcome_kind(nominal)
        if both:
            return _Tie("killed", nominal, nominal.i, both=True)
        if kind and kind != "crowd":
            return _Tie(kind, nominal, nominal.i)
    # 2. a participle or relative clause on the noun: "12 killed", "12 people detained",
    #    "12 people who were killed"
    for c in nominal.children:
        lem = _lemma(c)
        if c.dep_ == "amod" and c.lower_ == "dead":  # "leaving 4 people dead"
            return _Tie("killed", c, nominal.i)
        if c.dep_ in ("acl", "amod") and c.tag_ == "VBN" and lem in lex.transitive:
            return _Tie(lex.transitive[lem], c, nominal.i, verb_negated=_negated(c))
        if c.dep_ == "relcl" and lem in lex.transitive and any(
            g.dep_ == "nsubjpass" for g in c.children
        ):
            return _Tie(lex.transitive[lem], c, nominal.i, verb_negated=_negated(c))
        if c.dep_ == "relcl" and lem in lex.intransitive:
            return _Tie(lex.intransitive[lem], c, nominal.i, verb_negated=_negated(c))
    # 3. climb coordinated nouns to the first conjunct: "12 civilians and 3 soldiers were killed"
    tok = nominal
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "ADJ"):
        tok = tok.head
    group = tok.i
    rel, head = tok.dep_, tok.head
    # "20 villagers hostage": compound on an outcome noun
    if rel == "compound":
        kind, _ = _outcome_kind(head)
        if kind:
            return _Tie(kind, head, group)
        rel, head, tok = head.dep_, head.head, head
    if rel == "pobj":
        prep = head
        if prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN"):
            owner = prep.head
            kind, both = _outcome_kind(owner)
            if kind:
                return _Tie(kind, owner, group)
            toll = _toll_kind(owner)
            if toll:
                return _Tie(toll, owner, group)
            return None
        if prep.lower_ in ("to", "at", "from") and prep.head.pos_ in ("VERB", "AUX", "ADP"):
            verb = prep.head
            while verb.pos_ == "ADP" and verb.dep_ == "prep":  # "rose from 5 to 9"
                verb = verb.head
            if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":  # "a crowd estimated at 5,000"
                toll = _toll_kind(verb.head)
                if toll:
                    return _Tie(toll, verb.head, group)
            subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
            if subj is not None and (toll := _toll_kind(subj)):
                return _Tie(toll, subj, group, revised=_lemma(verb) in lex.revision)
        if prep.lower_ == "by" and prep.dep_ == "agent" and _lemma(prep.head) == "attend":
            return _Tie("crowd", prep.head, group)
        return None  # "including a child", "by two gunmen", "with 5 others"
    if head.pos_ in ("VERB", "AUX"):
        verb = head
        kind, extra = _verb_kind(verb, rel, tok)
        if kind:
            return _Tie(kind, verb, group, verb_negated=_negated(verb), extra=extra)
        if rel in _OBJ:
            # "the death toll reached 12", "the toll was 12", "the crowd numbered 5,000"
            subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
            lem = _lemma(verb)
            if subj is not None and (lem in lex.revision or lem in lex.statement):
                toll = _toll_kind(subj)
                if toll:
                    return _Tie(toll, subj, group, revised=lem in lex.revision)
            if rel in ("dobj", "obj"):
                kind, extra = _borrowed_kind(verb)
                if kind:
                    return _Tie(kind, verb, group, verb_negated=_negated(verb), extra=extra)
        if rel == "nsubjpass" and verb.dep_ != "conj":
            kind, extra = _borrowed_kind(verb)
            if kind:
                return _Tie(kind, verb, group, verb_negated=_negated(verb), extra=extra)
        if rel in _SUBJ and _lemma(verb) == "be":
            # "12 were dead", "five were among the injured" is left alone
            for c in verb.children:
                if c.dep_ in ("acomp", "attr") and c.i != tok.i:
                    kind, both = _outcome_kind(c)
                    if kind in ("killed", "injured", "arrested", "abducted"):
                        return _Tie(kind, c, group)
        return None
    return None


def _fallback(sent: Span, j: int, k: int) -> _Tie | None:
    """Word order alone, for where the parse failed: "at least 12 killed", "killing three"."""
    doc, lex = sent.doc, lexicon()
    # right: "12 killed", "12 people killed", "5 more were wounded"
    skipped = 0
    for t in doc[k : min(sent.end, k + 6)]:
        lem = _lemma(t)
        if t.tag_ in ("VBN", "VBD", "JJ") and (lem in lex.transitive or t.lower_ in ("dead",)):
            if t.lower_ == "dead":
                return _Tie("killed", t, j)
            if t.tag_ == "VBN" or not _has_dobj(t):
                return _Tie(lex.transitive[lem], t, j, verb_negated=_negated(t))
        if lem in lex.intransitive and t.pos_ == "VERB":
            return _Tie(lex.intransitive[lem], t, j)
        if t.lower_ in ("were", "was", "is", "are", "had", "have", "has", "been", "/") or (
            (t.pos_ in ("NOUN", "PROPN", "ADJ") or (t.is_upper and t.is_alpha)) and skipped < 3
        ):
            # aux verbs, and nouns like "Taliban militants", "BH/IS fighters"
            skipped += t.pos_ in ("NOUN", "PROPN", "ADJ") or t.is_upper
            continue
        break
    # left: "killing three", "wounded at least 12"
    if j > sent.start:
        t = doc[j - 1]
        lem = _lemma(t)
        # a noun tag is allowed: the model sometimes tags such verbs as nouns (STACK.md)
        if lem in lex.transitive and t.tag_ in ("VBG", "VBD", "VBN", "NN"):
            return _Tie(lex.transitive[lem], t, j)
    return None


def find_counts(sent: Span) -> list[CountMention]:
    """Counts of killed, injured, arrested, abducted and crowd in one parsed sentence."""
    doc, lex = sent.doc, lexicon()
    blocked = _blocked_tokens(sent)
    found: list[tuple[_Tie, Quantity, list[int], bool]] = []  # tie, quantity, tokens, zero
    taken: set[int] = set()

    for j, k, q in _quantity_spans(sent, blocked):
        taken.update(range(j, k))
        if _not_a_head_count(sent, j, k, q):
            continue
        # "rose from 5 to 9": the new figure only
        after_from = doc[j].lower_ == "from" or (j > sent.start and doc[j - 1].lower_ == "from")
        if q.high is not None and after_from:
            to = next((t for t in doc[j:k] if t.lower_ in ("to", "-")), None)
            if to is not None and (q2 := parse_quantity(doc[to.i + 1 : k].text)):
                j, q = to.i + 1, q2
        in_q = set(range(j, k))
        root = _qroot(doc, j, k)
        # "500-strong crowd"
        strong = k + 2 < sent.end and doc[k].text == "-" and doc[k + 1].lower_ == "strong"
        if strong:
            nominal = doc[k + 1].head if doc[k + 1].head.pos_ == "NOUN" else doc[k + 2]
        elif (
            root.dep_ in ("nummod", "quantmod", "amod", "det", "nmod", "npadvmod", "compound")
            and root.head.i not in in_q
            and root.head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON", "NUM")
        ):
            nominal = root.head
        else:
            nominal = root
        desc = nominal
        if nominal.i in in_q:
            desc = _of_object(nominal) or nominal
        if (_forms(desc) | _forms(nominal)) & lex.non_people:
            continue
        raw = _tie(nominal, desc, in_q)
        if raw is None and (
            nominal.i in in_q
            or (nominal.pos_ not in ("VERB", "AUX") and nominal.head.pos_ not in ("VERB", "AUX"))
        ):
            raw = _fallback(sent, j, k)
        tie = _finish(raw)
        if raw is None:
            # a crowd by its members: "tear gas at thousands of protesters"
            lemmas = {_lemma(desc), desc.lower_, _lemma(nominal), nominal.lower_}
            if lemmas & lex.crowd_people and (q.best or 0) >= 10:
                tie = _Tie("crowd", desc, nominal.i)
            elif strong and _outcome_kind(nominal)[0] == "crowd":
                tie = _Tie("crowd", nominal, nominal.i)
            elif desc.i != nominal.i and _outcome_kind(desc)[0] == "crowd":
                tie = _Tie("crowd", desc, nominal.i)
        if tie is None:
            continue
        zero = q.best == 0
        if zero and tie.kind == "crowd":
            continue  # "none of them took part" is not a crowd size
        if tie.verb_negated and not zero:
            continue  # "12 people were not killed": not a count of anything
        if tie.kind == "crowd" and q.low == q.high and "estimate" in (
            _lemma(root.head), _lemma(root.head.head)
        ):
            q = Quantity(None, q.best, None)  # "a crowd estimated at 5,000"
        tokens = list(range(j, k)) + [nominal.i, desc.i, tie.trigger.i, *tie.extra]
        found.append((tie, q, tokens, zero))

    # determiners: "no casualties", "no protesters were arrested", "killed a policeman"
    for tok in sent:
        if tok.i in taken or tok.i in blocked or tok.dep_ != "det":
            continue
        noun = tok.head
        if noun.i in taken or any(c.dep_ == "nummod" for c in noun.children):
            continue
        if tok.lower_ == "no":
            q = Quantity(0, 0, 0)
        elif (
            tok.lower_ in ("a", "an", "the")
            and noun.pos_ == "NOUN"
            and noun.tag_ == "NN"
            and _is_person(noun, lex)
        ):
            # one person: "killed a policeman", "the driver was shot dead"
            q = Quantity(1, 1, 1)
        else:
            continue
        tie = _finish(_tie(noun, noun, {tok.i}))
        if tie is None or (tie.verb_negated and q.best):
            continue
        if q.best == 1 and (tie.kind == "crowd" or tie.trigger.i == noun.i):
            continue  # "a crowd", "the death toll": not one person
        if q.best == 0 and not (
            _outcome_kind(noun) != (None, False)
            or _is_person(noun, lex)
            or noun.lower_ == "one"
        ):
            continue  # "no reports of casualties" says nothing
        found.append((tie, q, [tok.i, noun.i, tie.trigger.i, *tie.extra], q.best == 0))

    # "without casualties", "did not arrest anyone", "killing him"
    for tok in sent:
        if tok.i in taken or tok.i in blocked:
            continue
        if tok.lower_ in _SINGULAR_PRONOUNS and tok.dep_ in ("dobj", "nsubj", "nsubjpass"):
            tie = _finish(_tie(tok, tok, set()))
            if tie is not None and tie.kind != "crowd" and not tie.verb_negated:
                found.append((tie, Quantity(1, 1, 1), [tok.i, tie.trigger.i, *tie.extra], False))
        elif tok.lower_ == "without" and tok.dep_ == "prep":
            for p in tok.children:
                if p.dep_ == "pobj":
                    kind, both = _outcome_kind(p)
                    if both or kind in ("killed", "injured", "arrested", "abducted"):
                        tie = _Tie(kind or "killed", p, p.i, both=both)
                        found.append((tie, Quantity(0, 0, 0), [tok.i, p.i], True))
        elif tok.lower_ in _ANY_WORDS or (tok.dep_ == "det" and tok.lower_ == "any"):
            noun = tok if tok.lower_ in _ANY_WORDS else tok.head
            tie = _tie(noun, noun, set())
            if tie is not None and tie.verb_negated:
                found.append((tie, Quantity(0, 0, 0), [tok.i, noun.i, tie.trigger.i], True))

    mentions: list[CountMention] = []
    # add up conjoined numbers under one trigger ("12 civilians and 3 soldiers were killed")
    groups: dict[tuple[str, int, int], list[tuple[_Tie, Quantity, list[int], bool]]] = {}
    for item in found:
        tie = item[0]
        groups.setdefault((tie.kind, tie.trigger.i, tie.group), []).append(item)
    for items in groups.values():
        tie = items[0][0]
        tokens = sorted({i for it in items for i in it[2]})
        qs = [it[1] for it in items]
        zero = all(it[3] for it in items)
        q = _sum(qs) if len(qs) > 1 else qs[0]
        kinds = [tie.kind, *tie.also]
        if zero and (tie.both or (
            _lemma(tie.trigger) in lex.generic_harm
            and not any(c.lower_ in _ELSE for i in tokens for c in doc[i].children)
        )):
            kinds = ["killed", "injured"]
        start, end = doc[tokens[0]].idx, doc[tokens[-1]].idx + len(doc[tokens[-1]].text)
        for kind in kinds:
            mentions.append(
                CountMention(kind, q.low, q.best, q.high, start, end, doc.text[start:end],
                             negated=zero, revised=tie.revised)
            )
    mentions.sort(key=lambda m: (m.start, KINDS.index(m.kind)))
    return mentions


def _sum(qs: list[Quantity]) -> Quantity:
    def add(vals: list[int | None]) -> int | None:
        return None if any(v is None for v in vals) else sum(v for v in vals if v is not None)

    return Quantity(add([q.low for q in qs]), add([q.best for q in qs]), add([q.high for q in qs]))


def merge_counts(mentions: Iterable[CountMention]) -> dict[str, CountMention]:
    """One figure per kind for one event: the last revised toll, else the highest best."""
    by_kind: dict[str, list[CountMention]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        by_kind.setdefault(m.kind, []).append(m)
    out: dict[str, CountMention] = {}
    for kind, ms in by_kind.items():
        revised = [m for m in ms if m.revised]
        if revised:
            out[kind] = revised[-1]
        else:
            # max() keeps the first of equal figures: the earliest wording is the evidence
            out[kind] = max(ms, key=lambda m: -1 if m.best is None else m.best)
    return out


__all__ = ["CountMention", "KINDS", "Quantity", "find_counts", "merge_counts", "parse_quantity"]
