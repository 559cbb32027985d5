"""Actor dictionary: named actors in text, and noun phrases to canonical actors.

Data: ``eventlens/data/actors.yaml`` (format and provenance in ACTORS.md).

* ``ActorDictionary.load()`` reads the packaged dictionary once per process.
* ``find(text)`` returns the named actors in free text (groups, parties,
  missions, state institutions, and "<country or demonym> <force noun>" such as
  "Iraqi police" or "Israel's army"), leftmost-longest, non-overlapping.
* ``resolve(phrase, country_iso3)`` turns a noun phrase as written into an
  :class:`eventlens.schema.Actor`, falling back to ACLED-style generic actors
  ("Unidentified Armed Group (Iraq)", "Protesters (Iraq)", "Civilians (Iraq)")
  built from the phrase and the article's country.

Matching works on tokens: the text is cut into word tokens (accents stripped,
lower-cased, apostrophes inside words dropped, a possessive "'s" split off) and
joined by single spaces; one Aho-Corasick automaton over the aliases, normalised
the same way, finds candidates, and a hit counts only if it starts and ends on
token boundaries.  Alias tokens written as acronyms (two or more capitals, up to
six characters, or a lone capital) must appear in the text exactly so, which
keeps "LeT", "IS", "AAH" or "US" from matching "let", "is" or "us".
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, NamedTuple

import ahocorasick
import pycountry
import yaml

from eventlens.schema import Actor, ActorType

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "actors.yaml"

_TOKEN_RE = re.compile(r"[^\W_]+(?:['’ʼ‘`][^\W_]+)*")
_APOS_RE = re.compile(r"['’ʼ‘`]")
_QUALIFIER_RE = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")

# Words allowed between a country and its force noun ("Iraqi federal police").
_MODIFIERS = frozenset(
    "federal national local regular elite special state regional provincial armed "
    "paramilitary government military uniformed plainclothes plain clothes riot "
    "border security army naval air ground combat allied loyalist".split()
)
# Words that make a preceding country a backer, not the actor ("US-backed forces").
_NOT_THE_ACTOR = frozenset(
    "backed supported allied aligned linked affiliated sponsored trained funded "
    "armed friendly leaning".split()
)
# Heads before "of" that pass the head role to what follows ("members of X").
_PARTITIVES = frozenset(
    "members member supporters supporter loyalists fighters fighter elements units "
    "unit group groups dozens hundreds thousands scores tens number numbers some "
    "many several one two three four five six seven eight nine ten few all most "
    "each none team teams squad squads convoy contingent detachment battalion "
    "brigade company platoon wing faction factions remnants cell cells band bands "
    "officers personnel forces troops men militants gunmen".split()
    # what an actor holds or rides in stands for it: "the positions of the Azerbaijani army"
    + "position positions post posts base bases checkpoint checkpoints camp camps outpost "
    "outposts headquarters barracks vehicle vehicles convoys patrol patrols".split()
)
# Force nouns that name an act or an asset rather than an actor: they make an
# actor only next to a country ("Israeli strikes"), never alone.
_NOT_BARE = frozenset(
    {
        "strike", "strikes", "bombing", "shelling", "bombardment", "missile",
        "missiles", "rockets", "artillery fire", "air raid", "air raids",
        "airstrike", "airstrikes", "air strike", "air strikes", "intelligence",
        "state media", "embassy", "parliament", "force", "troop", "patrol boats",
        "warships", "police station", "leadership", "authority",
    }
)
_DETERMINERS = frozenset("the a an some".split())
# the forms of the nouns that end group aliases, each standing for the others ("Tiv militia" /
# "Tiv militias"; a militia's members are the militia: "Fulani militia" / "Fulani militiamen")
_MILITIA_FORMS = ("militia", "militias", "militiaman", "militiamen")
_NOUN_FORMS = (_MILITIA_FORMS, ("gunman", "gunmen"), ("youth", "youths"),
               ("fighter", "fighters"), ("militant", "militants"), ("rebel", "rebels"), ("herder", "herders"),
               ("herdsman", "herdsmen"), ("tribesman", "tribesmen"), ("bandit", "bandits"), ("raider", "raiders"))
_NUMBER_VARIANTS = {a: tuple(b for b in forms if b != a) for forms in _NOUN_FORMS for a in forms}

_GENERIC_NAMES = {
    # category -> (name pattern with {c} for the country, inter code)
    "armed_group": ("Unidentified Armed Group", 3),
    "gang": ("Unidentified Gang", 3),
    "communal_militia": ("Unidentified Communal Militia", 4),
    "clan_militia": ("Unidentified Clan Militia", 4),
    "tribal_militia": ("Unidentified Tribal Militia", 4),
    "protesters": ("Protesters", 6),
    "rioters": ("Rioters", 5),
    "civilians": ("Civilians", 7),
    "settlers": ("Settlers", 3),
}
_STATE_PREFIX = {
    "military": "Military Forces of ",
    "police": "Police Forces of ",
    "government": "Government of ",
}
_ACCENT_CACHE: dict[str, str] = {}


def _strip_accents(s: str) -> str:
    out = _ACCENT_CACHE.get(s)
    if out is None:
        out = "".join(
            c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)
        )
        if len(_ACCENT_CACHE) < 200_000:
            _ACCENT_CACHE[s] = out
    return out


class _Tok(NamedTuple):
    norm: str  # normalised form
    raw: str  # as written, accents stripped (for the acronym case check)
    start: int  # character offsets in the original text
    end: int


def _tokens(text: str) -> list[_Tok]:
    """Word tokens with offsets; "Asa'ib" -> asaib, "Hamas's" -> hamas + s."""
    out: list[_Tok] = []
    has_apos = _APOS_RE.search(text) is not None
    for m in _TOKEN_RE.finditer(text):
        word = m.group()
        start = m.start()
        if not word.isascii():
            word = _strip_accents(word)
        if has_apos and _APOS_RE.search(word):
            parts = _APOS_RE.split(word)
            if len(parts) > 1 and parts[-1] in ("s", "S"):
                # possessive: "Iraq's army" -> iraq s army
                head = "".join(parts[:-1])
                cut = m.end() - 2
                out.append(_Tok(head.lower(), head, start, cut))
                out.append(_Tok("s", parts[-1], cut + 1, m.end()))
                continue
            word = "".join(parts)
        out.append(_Tok(word.lower(), word, start, m.end()))
    return out


def _is_acronym_token(raw: str) -> bool:
    if len(raw) == 1:
        return raw.isupper()
    return len(raw) <= 6 and sum(1 for c in raw if c.isupper()) >= 2


def normalise(text: str) -> str:
    """The matching key of a name: "Asa'ib Ahl al-Haq" -> "asaib ahl al haq"."""
    return " ".join(t.norm for t in _tokens(text))


@dataclass
class ActorEntry:
    """One dictionary entry: a canonical actor and the names it goes by."""

    name: str
    inter: int
    kind: str = "armed"
    country: str | None = None
    per_country: bool = False
    affiliations: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mission: list[str] = field(default_factory=list)
    generated: bool = False  # state forces built from the country table

    def display_name(self, country_iso3: str | None, short_names: dict[str, str]) -> str:
        if self.per_country:
            iso = country_iso3 or self.country
            if iso and iso in short_names:
                return f"{self.name} ({short_names[iso]})"
        return self.name


@dataclass(frozen=True)
class ActorMatch:
    start: int
    end: int
    text: str
    actor: Actor
    kind: str = "armed"  # the entry's kind: armed, party, movement, state, international, private, monitor


@dataclass(frozen=True)
class _Cand:
    entry: int  # index into entries; -1 marks a country mention
    restrict: str | None  # ISO3: alias valid only in stories about that country
    case: tuple[tuple[int, str], ...]  # (token index, exact raw token) acronym checks
    countries: tuple[str, ...] = ()  # for country mentions


class ActorDictionary:
    """Actor dictionary with a fast named-actor finder and a phrase resolver."""

    def __init__(self, data: dict) -> None:
        self.countries: dict[str, dict] = {}
        self.short_names: dict[str, str] = {}  # ISO3 -> name without "the"
        self.entries: list[ActorEntry] = []
        self._by_name: dict[str, int] = {}
        self._state: dict[tuple[str, str], int] = {}  # (iso3, military|police|government)
        self._country_keys: dict[str, list[str]] = {}  # normalised name/demonym -> ISO3s
        self._capitals: dict[str, str] = {}
        self._country_names: dict[str, str] = {}  # normalised full country name -> ISO3
        self._nouns: dict[tuple[str, ...], tuple[str, str]] = {}  # tokens -> (group, category)
        self._max_noun = 1
        self._missions: dict[str, int] = {}
        self._aliases: dict[str, list[_Cand]] = {}
        self._load_countries(data.get("countries") or {}, data.get("demonym_defaults") or {})
        self._load_nouns(data.get("force_nouns") or {}, "force")
        self._load_nouns(data.get("generic_nouns") or {}, "generic")
        self._build_state_entries(data.get("state_aliases") or {})
        for raw in data.get("actors") or []:
            self._add_entry(
                ActorEntry(
                    name=raw["name"],
                    inter=int(raw["inter"]),
                    kind=raw.get("kind", "armed"),
                    country=raw.get("country"),
                    per_country=bool(raw.get("per_country", False)),
                    affiliations=list(raw.get("affiliations") or []),
                    aliases=list(raw.get("aliases") or []),
                    mission=list(raw.get("mission") or []),
                )
            )
        self._frontlines: dict[str, list[dict]] = {}
        for iso, rows in (data.get("frontlines") or {}).items():
            for row in rows if isinstance(rows, list) else [rows]:
                if row.get("opponent") not in self._by_name:
                    raise ValueError(f"frontline {iso}: unknown actor {row.get('opponent')!r}")
                self._frontlines.setdefault(iso, []).append(row)
        self._state_first = frozenset(data.get("state_first") or [])
        self._index_aliases()
        self._automaton = ahocorasick.Automaton()
        for key, cands in self._aliases.items():
            # padded with spaces so that only whole-token hits are reported
            self._automaton.add_word(f" {key} ", (len(key), key.count(" "), tuple(cands)))
        self._automaton.make_automaton()

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | Path | None = None) -> "ActorDictionary":
        """The packaged dictionary (or the YAML file at ``path``), once per process."""
        return _load_cached(str(Path(path).resolve()) if path else str(DATA_PATH))

    @classmethod
    def from_yaml(cls, path: str | Path) -> "ActorDictionary":
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        with open(path, encoding="utf-8") as fh:
            return cls(yaml.load(fh, Loader=loader))

    def _load_countries(self, table: dict, defaults: dict) -> None:
        # Every ISO 3166-1 country gets state forces, even one missing from the table.
        for c in pycountry.countries:
            if c.alpha_3 not in table:
                name = getattr(c, "common_name", None) or c.name
                table = {**table, c.alpha_3: {"name": name, "dem": []}}
        default_of = {normalise(k): v for k, v in defaults.items()}
        keys: dict[str, list[str]] = {}
        forms: dict[tuple[str, tuple], list[str]] = {}  # (key, acronym case) -> ISO3s
        for iso, row in table.items():
            name = str(row["name"])
            self.countries[iso] = row
            short = name[4:] if name.lower().startswith("the ") else name
            self.short_names[iso] = short
            names = [short, *(row.get("alt") or [])]
            pc = pycountry.countries.get(alpha_3=iso)
            if pc is not None:
                for extra in (pc.name, getattr(pc, "common_name", None), getattr(pc, "official_name", None)):
                    if extra and "," not in extra:
                        names.append(extra)
            for n in names:
                self._country_names.setdefault(normalise(n), iso)
            for n in [*names, *(row.get("dem") or [])]:
                toks = _tokens(n)
                k = " ".join(t.norm for t in toks)
                if not k:
                    continue
                if iso not in keys.setdefault(k, []):
                    keys[k].append(iso)
                case = tuple((i, t.raw) for i, t in enumerate(toks) if _is_acronym_token(t.raw))
                if iso not in forms.setdefault((k, case), []):
                    forms[(k, case)].append(iso)
            if row.get("cap"):
                self._capitals[normalise(row["cap"])] = iso
        for (k, _), isos in forms.items():
            if len(isos) > 1 and k in default_of and default_of[k] in isos:
                isos.remove(default_of[k])
                isos.insert(0, default_of[k])
        self._country_keys = keys
        self._country_forms = forms

    def _load_nouns(self, table: dict, group: str) -> None:
        for category, words in table.items():
            for w in words:
                toks = tuple(normalise(w).split())
                if toks and toks not in self._nouns:
                    self._nouns[toks] = (group, category)
                    self._max_noun = max(self._max_noun, len(toks))

    def _build_state_entries(self, extra: dict) -> None:
        for iso, row in self.countries.items():
            name = str(row["name"])
            for cat, prefix in _STATE_PREFIX.items():
                aliases = list((extra.get(iso) or {}).get(cat) or [])
                idx = self._add_entry(
                    ActorEntry(
                        name=prefix + name,
                        inter=1,
                        kind="state",
                        country=iso,
                        aliases=aliases,
                        generated=True,
                    )
                )
                self._state[(iso, cat)] = idx

    def _add_entry(self, entry: ActorEntry) -> int:
        if entry.name in self._by_name:
            raise ValueError(f"duplicate actor name: {entry.name}")
        self.entries.append(entry)
        idx = len(self.entries) - 1
        self._by_name[entry.name] = idx
        for iso in entry.mission:
            self._missions.setdefault(iso, idx)
        return idx

    def _qualifier_country(self, q: str) -> str | None:
        q = q.strip()
        if len(q) == 3 and q.isupper() and q in self.countries:
            return q
        return self._country_names.get(normalise(q))

    def _alias_forms(self, entry: ActorEntry) -> Iterable[tuple[str, str | None]]:
        """(alias as written, restricting ISO3) for every name of an entry."""
        names = [entry.name]
        if ": " in entry.name:  # "PKK: Kurdistan Workers' Party"
            acr, full = entry.name.split(": ", 1)
            names += [acr, full]
        names += entry.aliases
        for n in names:
            m = _QUALIFIER_RE.match(n)
            if m:
                # "Asayish (Syria)": valid only in stories about Syria
                yield m.group(1), self._qualifier_country(m.group(2)) or entry.country or "---"
            else:
                yield n, None
            if "'s " in n or "’s " in n:  # "People's" also written "Peoples"
                yield re.sub(r"['’]s ", "s ", n), None if not m else (entry.country or "---")
            # "Tiv militia" also matches "Tiv militias", "Murle youth" "Murle youths"
            base = m.group(1) if m else n
            words = base.split(" ")
            if len(words) > 1 and words[-1].lower() in _NUMBER_VARIANTS:
                for form in _NUMBER_VARIANTS[words[-1].lower()]:
                    other = " ".join([*words[:-1], form])
                    yield other, (self._qualifier_country(m.group(2)) or entry.country or "---") if m else None

    def _index_aliases(self) -> None:
        seen: set[tuple[str, int, str | None, tuple]] = set()
        for idx, entry in enumerate(self.entries):
            for alias, restrict in self._alias_forms(entry):
                toks = _tokens(alias)
                if not toks:
                    continue
                key = " ".join(t.norm for t in toks)
                case = tuple((i, t.raw) for i, t in enumerate(toks) if _is_acronym_token(t.raw))
                sig = (key, idx, restrict, case)
                if sig in seen:
                    continue
                seen.add(sig)
                self._aliases.setdefault(key, []).append(_Cand(idx, restrict, case))
        for (key, case), isos in self._country_forms.items():
            # country names and demonyms start the "<country> <force noun>" pattern
            self._aliases.setdefault(key, []).append(_Cand(-1, None, case, tuple(isos)))

    # --------------------------------------------------------------- accessors
    def get(self, name: str) -> ActorEntry | None:
        idx = self._by_name.get(name)
        return None if idx is None else self.entries[idx]

    def state_entry(self, iso3: str, category: str = "military") -> ActorEntry | None:
        idx = self._state.get((iso3, category))
        return None if idx is None else self.entries[idx]

    def country_name(self, iso3: str | None) -> str | None:
        """The country's name as used inside actor names ("Turkey", "Democratic Republic of Congo")."""
        return self.short_names.get(iso3) if iso3 else None

    def state_actor(self, iso3: str | None, category: str = "military", text: str = "",
                    context_iso3: str | None = None) -> Actor | None:
        """Military / police / government of a country; coded 8 outside ``context_iso3``."""
        return self._state_actor(iso3, category, text or category, context_iso3 or iso3)

    def generic_actor(self, category: str, iso3: str | None, text: str = "") -> Actor:
        """An ACLED generic actor: category is a key of the generic table ("armed_group",
        "protesters", "rioters", "civilians", ...), named with the country in parentheses."""
        return self._generic_actor(category, iso3, text or category)

    def frontline_opponent(self, iso3: str | None, when: dt.date | None = None) -> Actor | None:
        """The armed group that ACLED takes to be on the other side of unattributed fire across a
        frozen front line in ``iso3`` (the ``frontlines`` table), at date ``when`` if given."""
        for row in self._frontlines.get(iso3 or "", []):
            since, until = row.get("since"), row.get("until")
            if when is not None and ((since and when < since) or (until and when > until)):
                continue
            return self._actor(self._by_name[row["opponent"]], row["opponent"], iso3)
        return None

    def codes_state_first(self, iso3: str | None) -> bool:
        """True where ACLED codes the state's forces as actor 1 of every battle with a non-state
        group in ``iso3`` (the ``state_first`` table)."""
        return iso3 in self._state_first

    def stats(self) -> dict[str, int]:
        named_aliases = sum(len(c) for k, c in self._aliases.items() if any(x.entry >= 0 for x in c))
        return {
            "entries": len(self.entries),
            "state_entries": sum(1 for e in self.entries if e.generated),
            "non_state_entries": sum(1 for e in self.entries if 2 <= e.inter <= 6 and e.kind not in ("state", "international")),
            "international_entries": sum(1 for e in self.entries if e.kind == "international"),
            "countries": len(self.countries),
            "alias_keys": len(self._aliases),
            "named_alias_forms": named_aliases,
            "country_keys": len(self._country_keys),
            "force_and_generic_nouns": len(self._nouns),
        }

    # -------------------------------------------------------------- building
    def _actor(self, idx: int, text: str, country_iso3: str | None) -> Actor:
        e = self.entries[idx]
        country = (country_iso3 or e.country) if e.per_country else e.country
        inter = e.inter
        # ACLED codes state forces acting outside their own country as external forces
        if inter == 1 and e.country and country_iso3 and e.country != country_iso3:
            inter = 8
        return Actor(
            name=e.display_name(country_iso3, self.short_names),
            text=text,
            type=ActorType.of(inter),
            country=country,
            affiliations=list(e.affiliations),
        )

    def _state_actor(self, iso: str | None, cat: str, text: str, article: str | None) -> Actor | None:
        if iso is None:
            if cat == "military":
                return Actor(name="Unidentified Military Forces", text=text, type=ActorType.of(8))
            if cat == "police":
                return Actor(name="Unidentified Police Forces", text=text, type=ActorType.of(1))
            return None
        return self._actor(self._state[(iso, cat)], text, article)

    def _generic_actor(self, cat: str, iso: str | None, text: str) -> Actor:
        base, inter = _GENERIC_NAMES[cat]
        name = f"{base} ({self.short_names[iso]})" if iso in self.short_names else base
        return Actor(name=name, text=text, type=ActorType.of(inter), country=iso)

    # ------------------------------------------------------------------- find
    def _pick(self, cands: Iterable[_Cand], toks: list[_Tok], first: int, country: str | None,
              any_country: bool = False) -> _Cand | None:
        ok = []
        for c in cands:
            if c.restrict and c.restrict != country and not any_country:
                continue
            if any(toks[first + i].raw != raw for i, raw in c.case):
                continue
            if c.case and _all_caps_context(toks, first) and all(len(raw) <= 2 for _, raw in c.case):
                continue  # "WHO IS TO BLAME" is no Islamic State
            ok.append(c)
        if not ok:
            return None
        if country:
            for c in ok:
                if c.entry >= 0 and self.entries[c.entry].country == country:
                    return c
        return ok[0]

    def _force_after(self, toks: list[_Tok], j: int) -> tuple[int, str] | None:
        """Longest force noun starting at or after token j (skipping "'s" and modifiers)."""
        n = len(toks)
        if j < n and toks[j].norm == "s":
            j += 1
        if j < n and toks[j].norm in _NOT_THE_ACTOR:
            return None
        for skip in range(0, 3):
            k = j + skip
            if k >= n:
                return None
            for length in range(min(self._max_noun, n - k), 0, -1):
                hit = self._nouns.get(tuple(t.norm for t in toks[k : k + length]))
                if hit and hit[0] == "force":
                    return k + length - 1, hit[1]
            if toks[k].norm not in _MODIFIERS:
                return None
        return None

    def _hits(self, toks: list[_Tok]) -> list[tuple[int, int, tuple[_Cand, ...]]]:
        """Automaton hits on whole tokens: (first token, last token, candidates)."""
        norm = " " + " ".join([t.norm for t in toks]) + " "
        out = []
        for end_char, (length, spaces, cands) in self._automaton.iter(norm):
            # tokens are joined by single spaces: count them to get the index
            first = norm.count(" ", 1, end_char - length)
            out.append((first, first + spaces, cands))
        return out

    def _mentions(self, toks: list[_Tok], country: str | None, hits=None):
        """Country names and demonyms in the tokens: (first, last, ISO3s)."""
        for first, last, cands in self._hits(toks) if hits is None else hits:
            if not toks[first].raw[:1].isupper():
                continue  # proper nouns only: "turkey", "chad", "us" are words
            c = self._pick([x for x in cands if x.entry < 0], toks, first, country)
            if c is not None:
                yield first, last, c.countries

    def _candidates(self, text: str, toks: list[_Tok], country: str | None, any_country: bool = False):
        """All actor hits as (first token, last token, actor, kind)."""
        hits = []
        raw_hits = self._hits(toks)
        for first, last, cands in raw_hits:
            c = self._pick([x for x in cands if x.entry >= 0], toks, first, country, any_country)
            if c is None:
                continue
            span = text[toks[first].start : toks[last].end]
            hits.append((first, last, self._actor(c.entry, span, country), self.entries[c.entry].kind))
        for first, last, isos in self._mentions(toks, country, raw_hits):
            # a country mention is an actor only with a force noun after it
            force = self._force_after(toks, last + 1)
            if force is None:
                continue
            last2, cat = force
            iso = country if country in isos else isos[0]
            span = text[toks[first].start : toks[last2].end]
            actor = self._state_actor(iso, cat, span, country)
            if actor is not None:
                hits.append((first, last2, actor, "state"))
        return hits

    def find(self, text: str, country_iso3: str | None = None, any_country: bool = False) -> list[ActorMatch]:
        """Named actors in ``text``, leftmost-longest and non-overlapping, in text order.

        ``country_iso3`` (the article's country) picks between same-named actors,
        enables aliases marked for that country, and codes foreign state forces as 8.
        ``any_country`` enables every country's marked aliases, for callers that do not know
        the country yet (the parse asking whether a phrase could name a group at all).
        """
        toks = _tokens(text)
        hits = self._candidates(text, toks, country_iso3, any_country)
        hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
        taken = [False] * len(toks)
        chosen = []
        for first, last, actor, kind in hits:
            if any(taken[first : last + 1]):
                continue
            for i in range(first, last + 1):
                taken[i] = True
            chosen.append(ActorMatch(toks[first].start, toks[last].end, actor.text, actor, kind))
        chosen.sort(key=lambda m: m.start)
        return chosen

    # ---------------------------------------------------------------- resolve
    def _head(self, toks: list[_Tok]) -> tuple[int, int, str, str] | None:
        """Rightmost force/generic noun of the phrase: (first, last, group, category)."""
        words = [t.norm for t in toks]
        limit = len(words)
        if "of" in words:
            k = words.index("of")
            if k > 0 and words[k - 1] not in _PARTITIVES:
                limit = k  # "the son of a policeman": the son; "members of X": X
        for last in range(limit - 1, -1, -1):
            for length in range(min(self._max_noun, last + 1), 0, -1):
                hit = self._nouns.get(tuple(words[last - length + 1 : last + 1]))
                if hit:
                    return last - length + 1, last, hit[0], hit[1]
        return None

    def _country_in(self, toks: list[_Tok], article: str | None) -> str | None:
        """The country a phrase names ("Israeli warplanes"), unless it is a backer
        ("Iranian-backed militias")."""
        found = None
        taken: set[int] = set()
        # longest mentions first, so "South Sudan" is not read as "Sudan"
        for first, last, isos in sorted(self._mentions(toks, article), key=lambda m: m[0] - m[1]):
            if taken.intersection(range(first, last + 1)):
                continue
            taken.update(range(first, last + 1))
            nxt = toks[last + 1].norm if last + 1 < len(toks) else ""
            if nxt in _NOT_THE_ACTOR:
                continue
            if found is None or first > found[0]:  # the rightmost names the actor
                found = (first, article if article in isos else isos[0])
        return found[1] if found else None

    def resolve(self, phrase: str, country_iso3: str | None = None) -> Actor | None:
        """A noun phrase as written -> canonical Actor, or None if it names no actor.

        Named actors win ("members of Asaib Ahl al-Haq"); a country or demonym in
        the phrase overrides the article's country ("Israeli warplanes" in a Gaza
        story); otherwise the head noun and the article's country make a generic
        actor ("security forces" + IRQ -> Police Forces of Iraq).
        """
        text = phrase.strip()
        toks = _tokens(text)
        if not toks:
            return None
        head = self._head(toks)
        # a monitoring mission reports the fighting and never takes a side in it
        matches = [m for m in self.find(text, country_iso3) if m.kind != "monitor"]
        if head is not None:
            # "Islah-affiliated military forces", "Turkey-backed factions": the named group backs
            # the actor that the head noun after it names
            matches = [m for m in matches if not _backs_head(toks, m.end, head[0], head[2] == "force")]
        if matches:
            best = max(matches, key=lambda m: (m.end - m.start, m.start))
            actor = best.actor.model_copy(update={"text": text})
            if head and head[3] == "peacekeepers" and actor.name in ("United Nations", "African Union"):
                idx = self._missions.get(country_iso3 or "")
                if idx is not None:  # "UN peacekeepers" in Mali: MINUSMA
                    return self._actor(idx, text, country_iso3)
            if (
                head
                and head[2] == "generic"
                and head[3] in ("protesters", "rioters")
                and toks[head[0]].start >= best.end
                and actor.type is not None
                and actor.type.code in (2, 3, 4, 6)
            ):
                # "ANC protesters": protesters of the country, affiliated to the party
                iso = country_iso3 or actor.country
                generic = self._generic_actor(head[3], iso, text)
                return generic.model_copy(update={"affiliations": [actor.name]})
            return actor
        words = [t.norm for t in toks]
        while words and words[0] in _DETERMINERS:
            words = words[1:]
        bare = " ".join(words)
        # "the US", "Iraq", "Washington", "the Kremlin": the government
        if bare in self._capitals and toks[-1].raw[:1].isupper():
            iso = self._capitals[bare]
            return self._state_actor(iso, "government", text, country_iso3)
        mentions = list(self._mentions(toks, country_iso3))
        n_det = len(toks) - len(words)
        for first, last, isos in mentions:
            if first == n_det and last == len(toks) - 1:  # the phrase is just a country
                iso = country_iso3 if country_iso3 in isos else isos[0]
                if bare in self._country_names:  # not a bare demonym such as "Iraqi"
                    return self._state_actor(iso, "government", text, country_iso3)
        if head is None:
            return None
        first, last, group, cat = head
        iso = self._country_in(toks, country_iso3) or country_iso3
        if group == "force":
            noun = " ".join(t.norm for t in toks[first : last + 1])
            if noun in _NOT_BARE and self._country_in(toks, country_iso3) is None:
                return None
            return self._state_actor(iso, cat, text, country_iso3)
        if cat == "settlers":
            return self._generic_actor("settlers", self._country_in(toks, None) or "ISR", text)
        if cat == "peacekeepers":
            idx = self._missions.get(country_iso3 or "", self._by_name.get("United Nations"))
            return None if idx is None else self._actor(idx, text, country_iso3)
        if cat == "private_security":
            idx = self._by_name.get("Private Security Forces")
            return None if idx is None else self._actor(idx, text, iso)
        if cat == "armed_group" and words and not {"clan", "clans", "subclan"}.isdisjoint(words):
            # "militiamen from the Saad clan": a clan's fighters are a clan militia
            cat = "clan_militia"
        elif cat == "armed_group" and not {"tribe", "tribes", "tribal"}.isdisjoint(words):
            cat = "tribal_militia"
        elif cat == "armed_group" and _militia_from_place(toks, first, last) and not list(
                self._mentions(toks[last + 1 :], None)):
            # "militias from Umumubu", "militia from the Mapel area": a militia known by the place
            # it comes from (not a country) is that community's own, an identity militia to ACLED
            cat = "communal_militia"
        return self._generic_actor(cat, iso, text)


_BACKING = frozenset("backed supported sponsored trained funded armed".split())
#: nouns for where people live, after "from" ("militiamen from the Mapel area")
_HOME_NOUNS = frozenset("area areas village villages community communities county counties district districts "
                        "town towns locality neighbourhood neighborhood region payam ward".split())


def _militia_from_place(toks: list[_Tok], first: int, last: int) -> bool:
    """True for "militia(s)/militiamen from <a place>": a proper name or a word for a home place
    after "from" ("militias from Umumubu", "militia from the Mapel area", "militiamen from
    neighbouring villages")."""
    if first != last or toks[last].norm not in _MILITIA_FORMS:
        return False
    if last + 1 >= len(toks) or toks[last + 1].norm != "from":
        return False
    rest = [t for t in toks[last + 2 :] if t.norm not in _DETERMINERS]
    return bool(rest) and (rest[0].raw[:1].isupper() or any(t.norm in _HOME_NOUNS for t in rest[:4]))


def _backs_head(toks: list[_Tok], end: int, head_first: int, state_head: bool) -> bool:
    """True when the name ending at character ``end`` only backs the head noun after it: "Turkey-backed
    factions"; "linked", "affiliated" make a member ("IS-linked insurgents") except of a state's
    forces ("Islah-affiliated military forces" are the army)."""
    nxt = next((i for i, t in enumerate(toks) if t.start >= end), None)
    if nxt is None or head_first <= nxt:
        return False
    word = toks[nxt].norm
    return word in _BACKING or (state_head and word in _NOT_THE_ACTOR)


def _all_caps_context(toks: list[_Tok], i: int) -> bool:
    """True inside an all-capitals stretch such as a wire headline."""
    window = toks[max(0, i - 3) : i + 4]
    letters = [t.raw for t in window if any(c.isalpha() for c in t.raw)]
    return len(letters) >= 3 and all(w.isupper() for w in letters)


@functools.lru_cache(maxsize=4)
def _load_cached(path: str) -> ActorDictionary:
    return ActorDictionary.from_yaml(path)
