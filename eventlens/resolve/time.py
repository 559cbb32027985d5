"""Time expressions: find them in article text and resolve them against the publication date.

``find_time_expressions`` cuts the spans itself with compiled regexes and resolves them with
plain calendar arithmetic (no dateparser: ~1 ms a phrase and it mis-cuts spans; see STACK.md).
``resolve_event_time`` picks, for one event mention, the expression that dates it.

Conventions (they decide what ``event_date`` / ``date_start`` / ``date_end`` mean):

* Weekdays: "on Saturday" is the most recent Saturday on or before publication (the publication
  day itself when it is a Saturday). In a future clause ("will march on Monday") it is the next
  Monday on or after publication, and ``future`` is set. "last Friday" is strictly before
  publication, "next Friday" strictly after (future). A bare weekday after "for" ("called a
  strike for Tuesday") is the day something is set for: future. Reported plans ("said it would
  march on Jan. 24") are future too. "during a Sunday Mass" dates; "never misses Sunday Mass" does not.
* Nights take the date of the evening on which they began, as event datasets date an event by
  the day it started: "Friday night", "late on Friday", "overnight Friday", "overnight Thursday
  to Friday" and "on the night of 3-4 January" are Friday / Thursday / 3 January. A bare
  "overnight" or "last night" is the night before publication: publication day - 1 (precision day).
* Weeks start on Monday (ISO). "last week" is the previous Monday..Sunday (precision week);
  "this week" is Monday..publication.
* Vague periods ("last week", "this month", "in 2019", "in recent days") have a range and
  ``event_date`` is its middle (rounded down), the ACLED habit for week-level dates; a range
  never runs past publication unless the expression is future. Bounded spans that say when
  something started ("since Monday", "from 3 to 5 January") have ``event_date`` = their first day.
* "in recent days" / "in recent weeks" are the 7 / 28 days before publication (precision week /
  month). "since March 2021, when gunmen killed 30" is March 2021 itself (the moment the "when"
  clause tells), not a period up to publication.
* A year word after a year-less date sets its year: "in March last year", "on 2 February this year".
* Day-less months ("in March") are the most recent such month on or before publication;
  year-less dates ("Oct. 25") take the publication year, or the year before when that would be
  after publication, unless the clause is future.
* Explicit dates keep their own value ("killed on January 3, 2020" is 2020-01-03 whatever the
  publication date); one that lies after publication is returned with ``future=True``.
  Impossible dates (month 13, 30 February, year 3021) are dropped.
* Numeric dates: ISO (2020-01-03) and d.m.yyyy are taken as written; d/m/yyyy only when one
  reading is impossible, or when exactly one reading falls on or before publication, or when
  the caller says ``dayfirst``. Otherwise the span is not reported.
* "the day before", "a day earlier", "the next day", "two days later" count from the most
  recent day-precision expression earlier in the text, else from publication.
* Without a publication date, relative expressions are still found, with no dates and
  precision "unknown".
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from eventlens.schema import DatePrecision

__all__ = [
    "TimeExpression",
    "find_time_expressions",
    "resolve_event_time",
    "is_future_tense",
]


@dataclass(frozen=True)
class TimeExpression:
    start: int  # character offsets into the text given to find_time_expressions
    end: int
    text: str
    date_start: date | None
    date_end: date | None
    event_date: date | None  # the best single day
    precision: DatePrecision  # "day", "week", "month", "year", "range", "unknown"
    relative: bool  # resolved against the publication date
    future: bool  # plainly scheduled / after publication
    # the date of a statement ("police said on Sunday"), not of what is reported
    reporting: bool = False
    # "at the time": the time last told, which a statement made then shares with its news
    told_before: bool = False


# ---------------------------------------------------------------------------------------------
# Vocabulary

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30,
}
# Vague counts: (lowest, highest) number of units meant.
_VAGUE = {"couple": (2, 3), "few": (2, 7), "several": (3, 7)}
_UNIT_DAYS = {"hour": 0, "day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}

_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MON = rf"(?:{_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![A-Za-z])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_NUM = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
    r"(?:a\s+)?couple\s+of|(?:a\s+)?few|several)"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# Atom patterns. Each starts with a required word or digit and nothing optional: Python's
# regex engine then skips most positions of an article at C speed (a leading \b or optional
# modifier made each scan ~10x slower). Words before the atom are read afterwards from a short
# window by its lead pattern (see _Spec).


@dataclass(frozen=True)
class _Spec:
    kind: str
    rx: re.Pattern[str]
    lead: re.Pattern[str] | None = None  # words just before; their groups join the atom's
    lead_required: bool = False
    bad: re.Pattern[str] | None = None  # words just before that rule the atom out
    low: bool = True  # gate tested on the lower-cased text
    gate: tuple[str, ...] = ()  # one of these must occur in the text, else the scan is skipped


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_MON_FLAT = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_UNITS = r"(?:hours|days|weeks|months|years|week|month|year)"
_THE_LEAD = _c(r"(?:\b(?:in|over|during|within|for|throughout)\s+)?\bthe\s+$")

# In priority order: for spans of equal length the first wins. Specs with low=True are written
# in lower case and matched on the lower-cased text ((?i) defeats the fast path too).
_ATOMS: tuple[_Spec, ...] = (
    _Spec("iso", _c(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"), low=False, gate=("-",)),
    _Spec("num", _c(r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})\b"),
          low=False, gate=("/", ".")),
    _Spec("md", _c(rf"(?P<m>{_MON_FLAT})\.?(?![A-Za-z])\s+(?P<d>{_DAY})\b"
                   rf"(?:\s*(?:-|–|to)\s*(?:(?P<m2>{_MON})\s+)?(?P<d2>{_DAY})\b)?(?:,?\s+(?P<y>\d{{4}})\b)?"),
          low=False, gate=_MONTH_STEMS),
    _Spec("md", _c(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s*(?:-|–|to)\s*(?P<d2>{_DAY})\b)?"
                   rf"\s+(?:of\s+)?(?P<m>{_MON})(?:,?\s+(?P<y>\d{{4}})\b)?"),
          low=False, gate=_MONTH_STEMS),
    _Spec("wd", _c(rf"(?P<wd>{_WD})(?P<poss>['’]s)?\b"
                   r"(?!\s+(?:Times|Telegraph|Mail|Express|Herald|Post|Mirror|Tribune|Independent"
                   r"|Observer|School)\b)"
                   r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night|overnight|midday|noon|dawn))\b)?"),
          bad=_c(r"(?:[Bb]loody|Good|Black|Holy|Easter|Palm|Ash|Maundy|Super|Cyber|[Ee]very|each)\s+$|-$"),
          low=False, gate=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
    _Spec("month", _c(rf"(?P<m>{_MONTH_FULL})(?![A-Za-z])(?:,?\s+(?:of\s+)?(?P<y>\d{{4}})\b)?"),
          low=False, gate=_MONTH_STEMS),
    # "in the spring of 1954", "summer 2014": a season of a named year (northern-hemisphere months)
    _Spec("season", _c(r"(?P<s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>(?:1[89]|2[01])\d\d)\b"),
          gate=("spring", "summer", "autumn", "fall", "winter")),
    _Spec("year", _c(r"(?P<y>(?:1[89]|2[01])\d\d)\b(?![-–/.]\d)"), low=False,
          gate=("18", "19", "20", "21")),
    _Spec("rday", _c(r"(?P<w>yesterday|today|tonight|tomorrow)(?:['’]s)?"
                     r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"),
          lead=_c(r"(?:\b(?P<mod>early|late|earlier|later)\s+|\bthe\s+day\s+(?P<rel>before|after)\s+)$"),
          gate=("yesterday", "today", "tonight", "tomorrow")),
    _Spec("night", _c(r"(?P<w>last|this)\s+(?P<part>night|morning|afternoon|evening)\b"),
          gate=("night", "morning", "afternoon", "evening")),
    _Spec("overnight", _c(r"overnight\b"), bad=_c(r"\ban\s+$"), gate=("overnight",)),
    _Spec("anchor", _c(r"(?P<w1>day|night|evening|previous|next|following)\s+"
                       r"(?P<w2>before|prior|after|later|earlier|day|morning|night|evening)\b"),
          lead=_c(r"\b(?P<det>the|a)\s+$"), lead_required=True,
          gate=("before", "earlier", "previous", "prior", "next", "following", "after", "later")),
    # "The army said at the time that ...": the day last told, whichever it was
    _Spec("then", _c(r"at\s+(?:the|that)\s+time\b(?!\s+(?:of|when)\b)"), gate=("time",)),
    _Spec("ago", _c(r"(?P<u>hours|hour|days|day|weeks|week|months|month|years|year|decades|decade)\s+"
                    r"(?P<dir>ago|earlier|later)\b"),
          lead=_c(rf"(?<![\w-])(?P<n>{_NUM})\s+$"), lead_required=True,
          gate=(" ago", "earlier", "later")),
    _Spec("cal", _c(r"(?P<rel>this|last|next|coming|past)\s+(?:(?P<past>past)\s+)?"
                    r"(?P<u>week|weekend|month|year)\b(?!\s+of\b)"),
          lead=_c(r"\b(?P<mod>earlier|later|early|late|mid)[\s-]+(?:in\s+)?$"),
          bad=_c(r"\bthe\s+$"), gate=("week", "month", "year")),
    _Spec("roll", _c(rf"(?P<r>past|last|previous|preceding)\s+(?:(?P<n>{_NUM})\s+)?"
                     rf"(?P<u>{_UNITS})\b(?!\s+of\b)"),
          lead=_THE_LEAD, lead_required=True, gate=("past", "last", "previous", "preceding")),
    _Spec("recent", _c(r"recent\s+(?P<u>days|weeks|months|years)\b"),
          lead=_c(r"(?:\b(?:in|over|during|throughout)\s+)?(?:\bthe\s+)?$"), gate=("recent",)),
    _Spec("coming", _c(rf"(?P<r>coming|next|upcoming)\s+(?:(?P<n>{_NUM})\s+)?"
                       rf"(?P<u>{_UNITS})\b(?!\s+of\b)"),
          lead=_THE_LEAD, lead_required=True, gate=("coming", "next")),
    _Spec("weekend", _c(r"weekend\b"),
          lead=_c(r"\b(?:over|during|at|on|throughout)\s+the\s+$"), lead_required=True,
          gate=("weekend",)),
)
_LEAD_WINDOW = 40
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_ANCHOR_FORMS = frozenset({
    ("the", "before"), ("a", "before"), ("a", "earlier"), ("the", "prior"), ("the", "after"),
    ("a", "later"), ("the", "previous"), ("the", "next"), ("the", "following"),
})
_PRIORITY = {spec.kind: i for i, spec in reversed(list(enumerate(_ATOMS)))}
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_DATED_KINDS = ("iso", "num", "md", "wd", "month", "year", "season")

# Words just before an atom that change or introduce it ("since last Friday", "on the night of").
_PRE = re.compile(
    r"(?i)(?:\b(?P<op>since|until|till|by|from|between|through|throughout|during|in|on|at|for)\s+)?"
    r"(?:\b(?P<mod>the\s+(?:night|eve|morning|evening|afternoon)\s+of|"
    r"(?:late|early|earlier|later)(?:\s+(?:on|in))?|mid(?=-)|overnight(?:\s+(?:on|of|from))?|"
    r"this\s+past|last|this|next|past|coming|"
    r"(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]+)?$"
)
_PRE_WINDOW = 48
_WD_DATE_GAP = re.compile(r"\s*,?\s*\(?\s*(?:the\s+)?")
_RANGE_GAP = re.compile(r"(?i)\s*(?P<sep>-|–|—|to|and|until|till|through|into)\s*")
_CLOSE_PAREN = re.compile(r"\s*\)")
_MONTH_OPS = {"in", "during", "since", "until", "till", "by", "from", "between", "through",
              "throughout"}

# Future / past cues in the clause before an expression.
_FUT = re.compile(
    r"(?i)\b(?:will|shall|won['’]t|wo\s+n['’]t|going\s+to|gonna|would(?!\s+(?:not\s+)?have\b)|"
    r"(?:is|are|am|['’]s|['’]re)\s+(?:expected|scheduled|due|set|slated|planned|planning|poised|"
    r"preparing|hoping|going)\s+(?:to|for)|"
    r"(?:plans?|planning|intends?|intending|vows?|vowed|threatens?|threatened|pledged?|"
    r"promised?|aims?|hopes?)\s+to|"
    r"(?:calls?|called|urges?|urged|urging)\s+(?:on\s+)?(?:\w+\s+){0,3}to|"
    # "had called for a second march to State House on Sunday": what was called for is to come
    r"(?:has|have|had)\s+(?:also\s+)?called\s+for|"
    r"to\s+be\s+held|to\s+take\s+place|upcoming|planned|scheduled)\b|['’]ll\b"
)
_PAST = re.compile(
    r"(?i)\b(?:said|says|told|tells|was|were|had|has|have|did|came|took|went|began|begun|broke|"
    r"fled|fought|hit|held|killed|left|led|lost|made|met|ran|saw|sent|shot|stood|struck|threw|"
    r"won|[a-z]{2,}ed)\b"
)
_NOT_PAST = frozenset({"armed", "masked", "united", "hundred", "alleged", "need", "speed",
                       "red", "bed", "feed", "seed", "shed", "proceed", "succeed", "exceed"})
_BE_BEFORE = re.compile(r"(?i)\b(?:be|been|being)\s+$")
_SENT_BOUND = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“A-Z])|\n")
_CLAUSE_WINDOW = 160
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|announced|reported|confirmed|added|stated|declared|claimed|"
    r"warned|tweeted|wrote)"
    r"(?:\s+(?:in\s+a\s+\w+(?:\s+\w+)?|to\s+\w+|[A-Z][\w.]*|reporters|journalists))?\s*$"
)
_MIN_YEAR = 1800
_YEARS_AHEAD = 10  # explicit years further than this past publication are absurd


# ---------------------------------------------------------------------------------------------
# Internal records


@dataclass
class _Atom:
    start: int
    end: int
    kind: str
    g: dict[str, str | None]
    op: str | None = None  # preposition before it: since, from, between, in, on, ...
    mod: str | None = None  # modifier before it: last, next, the night of, late, ...
    until: _Atom | None = None  # the other end of "from X to Y"
    year_hint: int | None = None  # year borrowed from the other end of a range
    year_step: int | None = None  # "in March last year": publication year + this
    night: bool = False  # "Friday night", "overnight Thursday to Friday"
    own_end: int = 0  # end before a range partner was merged in


@dataclass
class _Res:
    ds: date | None
    de: date | None
    precision: DatePrecision
    relative: bool
    future: bool = False
    bounded: bool = False  # explicit start ("since X", "from X to Y"): event_date = start


# ---------------------------------------------------------------------------------------------
# Calendar helpers


def _month_end(y: int, m: int) -> date:
    return date(y, m, monthrange(y, m)[1])


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _year_ok(y: int, pub: date | None) -> bool:
    top = (pub.year if pub else 2100) + _YEARS_AHEAD
    return _MIN_YEAR <= y <= top


def _num(word: str | None, default: int = 1) -> tuple[int, int] | None:
    """A count as (low, high); vague words give a spread."""
    if not word:
        return default, default
    w = " ".join(word.lower().split())
    if w.isdigit():
        n = int(w)
        return (n, n) if n > 0 else None
    for key, span in _VAGUE.items():
        if key in w:
            return span
    n = _NUMBERS.get(w)
    return (n, n) if n else None


def _unit(u: str) -> str:
    u = u.lower().strip()
    u = u.split()[-1]
    return u[:-1] if u.endswith("s") else u


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _part_range(first: date, last: date, part: str | None) -> tuple[date, date]:
    """early / mid / late (or beginning / middle / end) thirds of a period."""
    if not part:
        return first, last
    p = part.lower()
    if first.month == 1 and first.day == 1 and last.month == 12 and last.day == 31:
        # a year splits by months: January-April, May-August, September-December
        y = first.year
        if p in ("early", "beginning", "start"):
            return first, date(y, 4, 30)
        if p in ("mid", "middle"):
            return date(y, 5, 1), date(y, 8, 31)
        return date(y, 9, 1), last
    span = (last - first).days + 1
    third = span // 3
    if p in ("early", "beginning", "start"):
        return first, first + timedelta(days=third - 1)
    if p in ("mid", "middle"):
        return first + timedelta(days=third), first + timedelta(days=2 * third - 1)
    if p in ("late", "end"):
        return first + timedelta(days=2 * third), last
    return first, last


def _part_word(*words: str | None) -> str | None:
    for w in words:
        if not w:
            continue
        low = w.lower()
        for p in ("early", "mid", "late", "beginning", "start", "middle", "end"):
            if re.search(rf"\b{p}\b", low):
                return p
    return None


# ---------------------------------------------------------------------------------------------
# Context tests


def _clause_before(text: str, start: int) -> str:
    lo = max(0, start - _CLAUSE_WINDOW)
    w = text[lo:start]
    cut = 0
    for m in _SENT_BOUND.finditer(w):
        cut = m.end()
    return w[cut:]


def _future_in(window: str) -> bool:
    """A future cue governs the end of ``window``: the last one is not followed by a past verb."""
    last = None
    for m in _FUT.finditer(window):
        last = m
    if last is None:
        return False
    for m in _PAST.finditer(window, last.end()):
        word = m.group(0).lower()
        if word in _NOT_PAST:
            continue
        if _BE_BEFORE.search(window, 0, m.start()):  # "will be held", "will be tried"
            continue
        return False
    return True


def is_future_tense(sentence_text: str) -> bool:
    """Coarse sentence test: a future cue ("will", "plan to", "is due to", "'ll") is present.

    ``find_time_expressions`` uses a finer test per expression (the clause before it).
    """
    return _FUT.search(sentence_text) is not None


# ---------------------------------------------------------------------------------------------
# Finding


def _find_atoms(text: str) -> list[_Atom]:
    found: list[_Atom] = []
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased
        low = text.translate(_ASCII_LOWER)
    for spec in _ATOMS:
        hay = low if spec.low else text
        if not any(n in hay for n in spec.gate):
            continue
        for m in spec.rx.finditer(hay):
            start = m.start()
            if start and hay[start - 1].isalnum():
                continue  # inside a word or a number
            groups = m.groupdict()
            lo = max(0, start - _LEAD_WINDOW)
            if spec.bad is not None and spec.bad.search(hay, lo, start):
                continue
            if spec.lead is not None:
                lead = spec.lead.search(hay, lo, start)
                if lead is not None and lead.start() < start:
                    groups.update(lead.groupdict())
                    start = lead.start()
                elif spec.lead_required:
                    continue
            found.append(_Atom(start, m.end(), spec.kind, groups))
    found.sort(key=lambda a: (a.start, -(a.end - a.start), _PRIORITY[a.kind]))
    kept: list[_Atom] = []
    for a in found:
        if kept and a.start < kept[-1].end:
            continue
        kept.append(a)
    return kept


#: a weekday naming a rite ("Sunday Mass") dates something only as the time of a happening
#: ("a bomb exploded during a Sunday Mass"), not as a custom ("she never missed Sunday Mass")
_RITE_AFTER = re.compile(r"\s+(?:Mass|Sermon|service)\b")
_RITE_LEAD = re.compile(r"\b(?:during|at|after|before|following)\s+(?:(?:the|a|an)\s+)?$", re.I)


def _rite_without_time(text: str, a: _Atom) -> bool:
    if a.kind != "wd" or a.g.get("part") or a.g.get("poss") or not _RITE_AFTER.match(text, a.end):
        return False
    return not _RITE_LEAD.search(text, max(0, a.start - 20), a.start)


def _merge_weekday_dates(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """"Saturday, January 8" / "Saturday (Jan. 8)": the written date wins, the span covers both."""
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if a.kind == "wd" and i + 1 < len(atoms) and atoms[i + 1].kind in ("md", "iso", "num"):
            b = atoms[i + 1]
            if _WD_DATE_GAP.fullmatch(text, a.end, b.start):
                if "(" in text[a.end:b.start]:
                    close = _CLOSE_PAREN.match(text, b.end)
                    if close:
                        b.end = close.end()
                b.start = a.start
                b.night = bool(a.g.get("part") and a.g["part"].lower() in ("night", "overnight"))
                out.append(b)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _attach_prefixes(text: str, atoms: list[_Atom]) -> list[_Atom]:
    out: list[_Atom] = []
    for a in atoms:
        lo = max(0, a.start - _PRE_WINDOW)
        if out:
            lo = max(lo, out[-1].start)
        m = _PRE.search(text, lo, a.start)
        if m and m.start() < a.start:
            op = m.group("op")
            mod = m.group("mod")
            if a.kind not in _DATED_KINDS:
                # relative phrases carry their own words; only "since" changes them
                mod = None
                if op and op.lower() != "since":
                    op = None
            if op and op.lower() == "for" and a.kind not in ("wd", "md"):
                op = None  # "for" matters only as "set for Tuesday" (see _set_for)
            pre_start = m.start("mod") if (mod and not op) else (m.start() if op or mod else a.start)
            if op and op.lower() == "for":
                pre_start = m.start("mod") if mod else a.start  # noted, but not part of the span
            if op or mod:
                if out and pre_start < out[-1].end:
                    prev = out[-1]
                    if prev.start >= pre_start and prev.kind in ("overnight", "night"):
                        out.pop()  # "overnight Friday": the prefix wins
                    else:
                        op = mod = None
                        pre_start = a.start
                if op or mod:
                    a.op = op.lower() if op else None
                    a.mod = " ".join(mod.lower().split()) if mod else None
                    a.start = pre_start
        out.append(a)
    return out


def _merge_ranges(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """"from X to Y", "between X and Y", "X - Y", and "overnight Thursday to Friday"."""
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
            same = (a.kind in ("md", "iso", "num", "wd") and b.kind in ("md", "iso", "num", "wd")) or (
                a.kind == b.kind and a.kind in ("month", "year")
            )
            if gap and same and b.op is None and b.mod is None:
                sep = gap.group("sep").lower()
                nightly = a.kind == "wd" and b.kind == "wd" and _is_night(a)
                ok = nightly or a.op == "between" if sep == "and" else True
                if sep == "into" and not nightly:
                    ok = False
                if ok:
                    if nightly:
                        a.night = True  # the night of a to b: dated a
                    else:
                        a.until = b
                        b.op = "in"  # "from March to May": May is as dated as March
                        if (a.kind == b.kind and a.kind in ("md", "month") and not a.g.get("y")
                                and b.g.get("y")):
                            by = int(b.g["y"])
                            am = _MONTHS[_mon_key(a.g["m"])]
                            bm = _MONTHS[_mon_key(b.g["m"])]
                            a.year_hint = by - 1 if am > bm else by
                    a.own_end, a.end = a.end, b.end
                    out.append(a)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


_YEAR_WORD_GAP = re.compile(r"\s*,?\s*(?:of\s+)?")
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b")
_YEAR_STEP = {"last": -1, "past": -1, "this": 0, "next": 1}


def _merge_year_words(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """"in March last year", "on 2 February this year": the year word sets the year of a
    year-less date."""
    out: list[_Atom] = []
    for a in atoms:
        prev = out[-1] if out else None
        if (
            prev is not None and a.kind == "cal" and _unit(a.g["u"]) == "year" and not a.g.get("mod")
            and not a.g.get("past") and a.g["rel"] in _YEAR_STEP and a.op is None
            and prev.kind in ("md", "month") and not prev.g.get("y") and prev.until is None
            and prev.year_hint is None and _YEAR_WORD_GAP.fullmatch(text, prev.end, a.start)
        ):
            prev.year_step = _YEAR_STEP[a.g["rel"]]
            prev.end = a.end
            continue
        out.append(a)
    return out


_THAT_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year\b", re.I)


def _merge_that_year(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """"... erupted in August 2023. On 13 August that year, ...": "that year" is the year last
    named in the text, not the last 13 August before publication."""
    last_year: int | None = None
    for a in atoms:
        if (a.kind in ("md", "month") and not a.g.get("y") and a.year_hint is None and a.year_step is None
                and last_year is not None):
            m = _THAT_YEAR.match(text, a.end)
            if m:
                a.year_hint = last_year
                a.end = m.end()
        y = a.g.get("y")
        if y and a.kind in ("iso", "num", "md", "month", "year", "season"):
            last_year = int(y)
    return atoms


def _is_night(a: _Atom) -> bool:
    if a.night:
        return True
    part = (a.g.get("part") or "").lower()
    mod = a.mod or ""
    return part in ("night", "overnight") or mod.startswith("overnight") or mod == "the night of"


def _mon_key(s: str) -> str:
    return s.rstrip(".").lower()


# ---------------------------------------------------------------------------------------------
# Resolving one atom


def _weekday_date(wd: int, pub: date, mod: str | None, fut: bool) -> tuple[date, bool]:
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if mod in ("last", "this past", "past"):
        return pub - timedelta(days=back or 7), False
    if mod in ("next", "coming"):
        return pub + timedelta(days=ahead or 7), True
    if fut:
        return pub + timedelta(days=ahead), True
    return pub - timedelta(days=back), False


def _infer_year(m: int, d: int, pub: date, fut: bool) -> date | None:
    years = (pub.year, pub.year + 1) if fut else (pub.year, pub.year - 1)
    for y in years:
        try:
            cand = date(y, m, d)
        except ValueError:
            continue
        if (cand >= pub) if fut else (cand <= pub):
            return cand
    return None


def _unknown(relative: bool = True) -> _Res:
    return _Res(None, None, "unknown", relative)


def _resolve_dated(a: _Atom, pub: date | None, fut: bool, dayfirst: bool | None) -> _Res | None:
    g = a.g
    if a.kind == "iso":
        y, m, d = int(g["y"]), int(g["m"]), int(g["d"])
        if not _year_ok(y, pub):
            return None
        try:
            day = date(y, m, d)
        except ValueError:
            return None
        return _Res(day, day, "day", False)

    if a.kind == "num":
        y, x1, x2 = int(g["y"]), int(g["a"]), int(g["b"])
        if not _year_ok(y, pub):
            return None
        readings = []
        orders = [(x1, x2)] if g["sep"] == "." or dayfirst else [(x2, x1)] if dayfirst is False else [
            (x1, x2), (x2, x1)]
        for d, m in orders:
            try:
                readings.append(date(y, m, d))
            except ValueError:
                pass
        readings = sorted(set(readings))
        if len(readings) > 1 and pub is not None:
            readings = [r for r in readings if r <= pub]
        if len(readings) != 1:
            return None  # ambiguous or impossible: not reported
        return _Res(readings[0], readings[0], "day", False)

    if a.kind == "md":
        m = _MONTHS[_mon_key(g["m"])]
        d = int(re.match(r"\d+", g["d"]).group())
        d2s = g.get("d2")
        y = int(g["y"]) if g["y"] else a.year_hint
        if y is None and a.year_step is not None and pub is not None:
            y = pub.year + a.year_step
        if y is not None:
            if not _year_ok(y, pub):
                return None
            try:
                first = date(y, m, d)
            except ValueError:
                return None
            relative = False
        else:
            if pub is None:
                return _unknown()
            first = _infer_year(m, d, pub, fut)
            if first is None:
                return None
            relative = True
        last = first
        if d2s and not _is_night(a):
            d2 = int(re.match(r"\d+", d2s).group())
            m2 = _MONTHS[_mon_key(g["m2"])] if g.get("m2") else m
            # "Dec. 30 to Jan. 2" runs into the next year
            y2 = first.year + 1 if m2 < m else first.year
            try:
                cand = date(y2, m2, d2)
            except ValueError:
                return None
            if cand > first:
                last = cand
        if last > first:
            return _Res(first, last, "range", relative, bounded=True)
        return _Res(first, first, "day", relative)

    if a.kind == "wd":
        if pub is None:
            return _unknown()
        day, future = _weekday_date(_WEEKDAYS[g["wd"].lower()], pub, a.mod, fut)
        return _Res(day, day, "day", True, future=future)

    if a.kind == "month":
        part = _part_word(g.get("part"), a.mod)
        if not (g["y"] or part or a.year_step is not None or (a.op in _MONTH_OPS) or a.mod in ("last", "this", "next",
                                                                   "coming", "this past",
                                                                   "past")):
            return None  # a bare month name ("March") may be a verb or a name
        m = _MONTHS[g["m"].lower()]
        if g["y"] or a.year_hint or (a.year_step is not None and pub is not None):
            y = int(g["y"]) if g["y"] else a.year_hint or pub.year + a.year_step
            if not _year_ok(y, pub):
                return None
            relative = a.year_step is not None
        else:
            if pub is None:
                return _unknown()
            relative = True
            if a.mod in ("last", "this past", "past"):
                y = pub.year if m < pub.month else pub.year - 1
            elif a.mod in ("next", "coming") or fut:
                strictly = a.mod in ("next", "coming")
                y = pub.year if (m > pub.month or (m == pub.month and not strictly)) else pub.year + 1
            else:
                y = pub.year if m <= pub.month else pub.year - 1
        first, last = _part_range(date(y, m, 1), _month_end(y, m), part)
        return _Res(first, last, "range" if part else "month", relative,
                    future=a.mod in ("next", "coming"))

    if a.kind == "season":
        y = int(g["y"])
        if not _year_ok(y, pub):
            return None
        first_month = _SEASON_START[g["s"].lower()]
        first = date(y, first_month, 1)
        last_month, last_year = (2, y + 1) if first_month == 12 else (first_month + 2, y)
        return _Res(first, _month_end(last_year, last_month), "range", False)

    if a.kind == "year":
        part = _part_word(g.get("part"), a.mod)
        if not (part or a.op in _MONTH_OPS):
            return None  # a bare four-digit number is more often a count
        y = int(g["y"])
        if not _year_ok(y, pub):
            return None
        first, last = _part_range(date(y, 1, 1), date(y, 12, 31), part)
        return _Res(first, last, "range" if part else "year", False)
    return None


def _resolve_relative(a: _Atom, pub: date | None, fut: bool, anchor: date | None) -> _Res | None:
    g = a.g
    k = a.kind
    if k == "weekend" or (k == "cal" and _unit(g["u"]) == "weekend"):
        if pub is None:
            return _unknown()
        rel = "this past" if g.get("past") else (g.get("rel") or "")
        if rel in ("next", "coming") or (rel == "this" and fut):
            sat = pub + timedelta(days=(5 - pub.weekday()) % 7)
            return _Res(max(sat, pub), sat + timedelta(days=1), "range", True, future=True)
        if rel in ("last", "past", "this past"):
            sat = pub - timedelta(days=(pub.weekday() - 5) % 7 or 7)
            if pub.weekday() == 6:
                sat -= timedelta(days=7)  # on a Sunday "last weekend" is the one before
        else:  # "over the weekend", "this weekend": the current one if it has begun
            sat = pub - timedelta(days=(pub.weekday() - 5) % 7)
        return _Res(sat, sat + timedelta(days=1), "range", True)

    if pub is None and k != "anchor":
        return _unknown()

    if k == "rday":
        w = g["w"].lower()
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[w]
        rel = (g.get("rel") or "").lower()
        if rel:  # "the day before yesterday", "the day after tomorrow"
            if (rel == "before") != (offset < 0) or offset == 0:
                return None
            offset *= 2
        day = pub + timedelta(days=offset)
        return _Res(day, day, "day", True, future=offset > 0 or (offset == 0 and fut))

    if k == "night":
        w = g["w"].lower()
        day = pub - timedelta(days=1) if w == "last" else pub
        return _Res(day, day, "day", True, future=w == "this" and fut)

    if k == "overnight":
        day = pub - timedelta(days=1)
        return _Res(day, day, "day", True)

    if k == "anchor":
        # "the next day" needs an earlier date to count from; "the day before" can use publication
        w1, word = g["w1"], g["w2"]
        if w1 in ("previous", "next", "following"):
            if word not in ("day", "morning", "night", "evening"):
                return None
            w1, word = word, w1
        elif word in ("day", "morning", "night", "evening"):
            return None
        back = word in ("before", "prior", "earlier", "previous")
        det = g["det"]
        if (det, word) not in _ANCHOR_FORMS:
            return None  # "a day after (the vote)", "the day later": not ours
        base = anchor if (anchor or not back) else pub
        if base is None:
            return None if not back else _unknown()
        day = base + timedelta(days=-1 if back else 1)
        return _Res(day, day, "day", True)

    if k == "ago":
        n = _num(g["n"])
        if n is None:
            return None
        unit = _unit(g["u"])
        direction = g["dir"].lower()
        base = pub if direction == "ago" else anchor if direction == "later" else (anchor or pub)
        if base is None:
            return None  # "two days later" with nothing to count from
        sign = 1 if direction == "later" else -1
        lo, hi = n
        if unit == "decade":  # "more than four decades ago": counted in years
            unit, lo, hi = "year", lo * 10, hi * 10
        if unit == "hour":
            day = base - timedelta(days=hi // 24) if sign < 0 else base + timedelta(days=hi // 24)
            return _Res(day, day, "day", True)
        if lo != hi:  # "a few days ago": somewhere in a spread
            days = _UNIT_DAYS[unit]
            near = base + timedelta(days=sign * lo * days)
            far = base + timedelta(days=sign * hi * days)
            return _Res(min(near, far), max(near, far), "range", True)
        if unit == "day":
            day = base + timedelta(days=sign * lo)
            return _Res(day, day, "day", True)
        if unit == "week":
            mid = base + timedelta(days=sign * 7 * lo)
            return _Res(mid - timedelta(days=3), mid + timedelta(days=3), "week", True)
        if unit == "month":
            y, m = _add_months(base.year, base.month, sign * lo)
            return _Res(date(y, m, 1), _month_end(y, m), "month", True)
        y = base.year + sign * lo
        if not _year_ok(y, pub):
            return None
        return _Res(date(y, 1, 1), date(y, 12, 31), "year", True)

    if k == "cal":
        rel = "this past" if g.get("past") else g["rel"]
        unit = _unit(g["u"])
        mod = (g.get("mod") or "").lower() or None
        step = {"last": -1, "past": -1, "this past": -1, "this": 0, "next": 1, "coming": 1}[rel]
        if unit == "week":
            first = _week_start(pub) + timedelta(days=7 * step)
            last = first + timedelta(days=6)
            prec: DatePrecision = "week"
        elif unit == "month":
            y, m = _add_months(pub.year, pub.month, step)
            first, last = date(y, m, 1), _month_end(y, m)
            prec = "month"
        else:
            first, last = date(pub.year + step, 1, 1), date(pub.year + step, 12, 31)
            prec = "year"
        future = step > 0
        if step == 0:
            if mod == "earlier":
                last = max(first, pub - timedelta(days=1))
            elif mod == "later" or (fut and mod is None):
                first, future = max(first, pub), True
        if mod in ("early", "mid", "late"):
            first, last = _part_range(first, last, mod)
            prec = "range"
        return _Res(first, last, prec, True, future=future)

    if k == "roll":
        n = _num(g["n"])
        if n is None:
            return None
        unit = _unit(g["u"])
        if unit == "day" and not g["n"]:
            return None  # "the last day" is rarely a rolling period
        days = max(1, n[1] * _UNIT_DAYS[unit]) if unit != "hour" else max(1, -(-n[1] // 24))
        return _Res(pub - timedelta(days=days), pub, "range", True)

    if k == "recent":
        # the N days before publication (samples/README.md): "in recent days" a week, "in recent
        # weeks" four weeks
        unit = _unit(g["u"])
        days = {"day": 7, "week": 28, "month": 91, "year": 3 * 365}[unit]
        prec = {"day": "week", "week": "month"}.get(unit, "range")
        return _Res(pub - timedelta(days=days), pub - timedelta(days=1), prec, True)

    if k == "coming":
        n = _num(g["n"])
        if n is None:
            return None
        unit = _unit(g["u"])
        if g["n"] and n[0] == n[1]:
            days = 1 if unit == "hour" else n[1] * _UNIT_DAYS[unit]
        elif g["u"].lower().endswith("s"):  # "the coming days", "the next few weeks"
            days = {"hour": 1, "day": 7, "week": 28, "month": 91, "year": 365}[unit]
        else:  # "the next week"
            days = max(1, _UNIT_DAYS[unit])
        return _Res(pub, pub + timedelta(days=days), "range", True, future=True)
    return None


def _finish(text: str, a: _Atom, r: _Res, pub: date | None, fut: bool) -> TimeExpression:
    ds, de, prec, future = r.ds, r.de, r.precision, r.future
    relative = r.relative
    if ds is not None:
        mod = a.mod or ""
        if mod == "the eve of" and prec == "day":
            ds = de = ds - timedelta(days=1)
        if a.op == "since" and pub is not None and ds <= pub:
            de, prec, relative = pub, "range", True
            r.bounded = True
        # a future clause marks what lies on or after publication as scheduled
        if fut and pub is not None and de is not None and de >= pub:
            if ds >= pub:
                future = True
            elif prec in ("week", "month", "year", "range") and not r.bounded:
                # "will become chief justice in 2022": the part of the period still to come
                ds, future = pub, True
        if pub is not None:
            if ds > pub:
                future = True
            if not future and de is not None and de > pub:
                de = pub  # a past period ends at publication at the latest
    if ds is None:
        ev = None
    elif prec == "day" or r.bounded or de is None:
        ev = ds
    else:
        ev = ds + timedelta(days=(de - ds).days // 2)
    # ("said at the time": the day told before, which a statement then made shares with its news)
    reporting = a.kind != "then" and bool(_REPORTING.search(text, max(0, a.start - 60), a.start))
    return TimeExpression(a.start, a.end, text[a.start:a.end], ds, de, ev, prec, relative,
                          future, reporting, told_before=a.kind == "then")


#: a date that names a place or a group ("the 25 of March sector", "Colonia 20 de Noviembre",
#: "the 6 April Youth Movement") dates nothing
_PLACE_AFTER = re.compile(
    r"\s+(?:sector|neighbou?rhood|colony|district|street|avenue|square|bridge|camp|settlement|city|market"
    r"|stadium|road|park|barrio|quarter|estate|township|youth movement|movement|revolution|brigade)\b", re.I)
_PLACE_BEFORE = re.compile(r"\b(?:colonia|barrio|bairro|calle|avenida|rua|plaza|pra[cç]a|vila|villa)\s+$", re.I)


def _names_a_place(text: str, a: "_Atom") -> bool:
    return bool(_PLACE_AFTER.match(text, a.end)) or bool(_PLACE_BEFORE.search(text[max(0, a.start - 12):a.start]))


_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|to|in|at|if|unless|when|while|after|before|with|as|across)\b)[a-z]")


def _set_for(text: str, a: _Atom) -> bool:
    """"called a day of strikes for Tuesday", "a rally planned for Friday", "for 16 October": a bare
    weekday or year-less date after "for" is the day something is set for (not "for Friday
    prayers", "for Tuesday's attack", "for 12 March attack")."""
    if a.kind == "md" and (a.g.get("y") or a.year_hint is not None or a.year_step is not None):
        return False
    return (a.kind in ("wd", "md") and a.op == "for" and a.mod is None and not a.g.get("poss")
            and not a.g.get("part") and not _NOUN_AFTER.match(text, a.end))


def find_time_expressions(
    text: str, published: date | None, *, dayfirst: bool | None = None
) -> list[TimeExpression]:
    """All time expressions in ``text``, in text order, resolved against ``published``.

    ``dayfirst`` settles d/m/yyyy versus m/d/yyyy when a source's convention is known.
    """
    atoms = [a for a in _find_atoms(text) if not _names_a_place(text, a) and not _rite_without_time(text, a)]
    if not atoms:
        return []
    atoms = _merge_weekday_dates(text, atoms)
    atoms = _attach_prefixes(text, atoms)
    atoms = _merge_ranges(text, atoms)
    atoms = _merge_year_words(text, atoms)
    atoms = _merge_that_year(text, atoms)

    out: list[TimeExpression] = []
    # "the previous day" in a past-tense sentence counts from the last past date told, not from a
    # date set for a future action ("called strikes for 16 October. The previous day, farmers ...")
    anchor: date | None = None
    past_anchor: date | None = None
    last_told: TimeExpression | None = None
    for a in atoms:
        # "the deadliest since 2019, when a bomber killed 40": the moment of the "when" clause, not
        # a period up to now (whereas "on Wednesday when they broke up a march" dates both clauses)
        if a.op == "since" and a.kind in _DATED_KINDS and a.until is None and _WHEN_AFTER.match(text, a.end):
            a.op = "in"
        if a.kind in ("wd", "md", "month", "year", "rday", "night", "cal"):
            fut = _future_in(_clause_before(text, a.start)) or _set_for(text, a)
        else:
            fut = False
        if a.kind == "then":
            # "at the time": the time last told, whatever its precision ("in 2016 ... arrested far
            # from Kasese at the time")
            r = None if last_told is None else _Res(last_told.date_start, last_told.date_end, last_told.precision, True)
        elif a.kind in _DATED_KINDS:
            r = _resolve_dated(a, published, fut, dayfirst)
        else:
            r = _resolve_relative(a, published, fut, anchor if fut else past_anchor)
        if r is None:
            continue
        if a.until is not None and r.ds is not None:
            b = a.until
            fb = fut if b.kind in ("wd", "md", "month") else False
            rb = _resolve_dated(b, published, fb, dayfirst)
            if rb is not None and rb.de is not None and rb.de >= r.ds:
                r = _Res(r.ds, rb.de, "range", r.relative or rb.relative,
                         future=r.future or rb.future, bounded=True)
            else:
                a.end = a.own_end  # the range did not hold: keep its first half
        te = _finish(text, a, r, published, fut)
        out.append(te)
        if te.precision == "day" and te.event_date is not None:
            anchor = te.event_date
            if not te.future and not (published is not None and te.event_date > published):
                past_anchor = te.event_date
        if not te.future and te.date_start is not None and not te.reporting:
            last_told = te
    return out


# ---------------------------------------------------------------------------------------------
# Choosing the date of one event

_PRECISION_RANK = {"day": 0, "range": 1, "week": 2, "month": 3, "year": 4, "unknown": 5}


#: an expression that is a weekday and nothing more ("Friday", "on Tuesday", "last Sunday")
_WEEKDAY_ONLY = re.compile(r"^\W*(?:on\s+|last\s+|this\s+|early\s+|late\s+)?"
                           r"(" + "|".join(_WEEKDAYS) + r")\b", re.I)


def _weekday_only(e: TimeExpression) -> int | None:
    """The weekday (Monday = 0) a relative expression names by itself, else None."""
    m = _WEEKDAY_ONLY.search(e.text) if e.relative else None
    return _WEEKDAYS[m.group(1).lower()] if m else None


def resolve_event_time(
    expressions: list[TimeExpression],
    sent_start: int,
    sent_end: int,
    published: date | None,
    trigger_start: int | None = None,
) -> TimeExpression | None:
    """The expression that dates an event mentioned in ``text[sent_start:sent_end]``.

    Only expressions inside that sentence count; the one nearest the trigger wins (the most
    precise, then the first, when no trigger is given). A statement date ("police said on
    Sunday") is used only when the sentence has nothing else. Expressions without a date,
    and any that lie after ``published`` without being future-marked, are skipped. ``None``
    means the sentence has no usable expression: the caller falls back (e.g. to an earlier
    sentence or the publication date).
    """
    cands = [
        e for e in expressions
        if e.start >= sent_start and e.end <= sent_end and e.date_start is not None
        and not (published is not None and not e.future and e.date_start > published)
    ]
    if not cands:
        return None
    # "On 30 September last year, police opened fire on protesters ... after Friday prayers": a weekday
    # that the sentence's own full date falls on names that day, not the last such day before publication
    explicit_days = {e.event_date.weekday() for e in cands if not e.relative and e.precision == "day" and e.event_date}
    if explicit_days:
        cands = [e for e in cands if _weekday_only(e) not in explicit_days] or cands

    def key(e: TimeExpression) -> tuple:
        if trigger_start is None:
            dist = 0
        elif e.end <= trigger_start:
            dist = trigger_start - e.end
        elif e.start > trigger_start:
            dist = e.start - trigger_start
        else:
            dist = 0
        return (e.reporting, dist, _PRECISION_RANK[e.precision], e.start)

    return min(cands, key=key)
