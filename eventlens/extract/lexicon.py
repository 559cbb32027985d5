"""Trigger and cue lexicon: loads ``data/triggers.yaml`` and finds cues in a sentence.

Matching is on lemmas *or* lowercase forms of consecutive tokens, so "airstrikes",
"air strikes" and "shot dead" all match without listing inflections.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span, Token

_SPLIT = re.compile(r"\s+|(?=-)|(?<=-)")


@dataclass(frozen=True)
class Cue:
    cls: str
    start: int  # token index in the Doc
    end: int  # exclusive
    weak: bool
    trigger: bool
    phrase: str


@dataclass(frozen=True)
class _Entry:
    words: tuple[str, ...]
    cls: str
    weak: bool
    trigger: bool


class Lexicon:
    def __init__(self, classes: dict[str, dict]):
        self.trigger_classes = {name for name, spec in classes.items() if spec.get("trigger")}
        index: dict[str, list[_Entry]] = defaultdict(list)
        for name, spec in classes.items():
            weak = {w.lower() for w in spec.get("weak", [])}
            for phrase in spec.get("lemmas", []):
                words = tuple(w for w in _SPLIT.split(str(phrase).lower()) if w)
                entry = _Entry(words, name, phrase.lower() in weak, bool(spec.get("trigger")))
                index[words[0]].append(entry)
        # longest entries first so "suicide car bomb" wins over "suicide"
        self._index = {k: sorted(v, key=lambda e: -len(e.words)) for k, v in index.items()}

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Lexicon":
        return _load_lexicon(str(path) if path else None)

    @staticmethod
    def _forms(tok: Token) -> tuple[str, ...]:
        lemma, lower = tok.lemma_.lower(), tok.lower_
        if tok.pos_ == "PROPN" and lemma == lower and lower.endswith("s") and not lower.endswith("ss"):
            # a capitalised plural the model took for a name, so left unlemmatised ("LOS ANGELES
            # (Reuters) - Protesters against ..."): its singular too
            return lemma, lower, lower[:-1]
        return lemma, lower

    def find(self, span: Span) -> list[Cue]:
        """All cues in ``span``, longest match first at each position; overlaps kept across classes."""
        doc = span.doc
        cues: list[Cue] = []
        # each token's forms once: every entry that starts near it reads them again
        forms_at = [self._forms(doc[i]) for i in range(span.start, span.end)]
        for i in range(span.start, span.end):
            forms = dict.fromkeys(forms_at[i - span.start])  # distinct, in order
            candidates = [entry for form in forms for entry in self._index.get(form, [])]
            seen_cls: set[str] = set()
            for entry in candidates:
                if entry.cls in seen_cls:
                    continue
                stop = _match(doc, forms_at, span.start, i, entry.words)
                if stop is not None:
                    seen_cls.add(entry.cls)
                    if entry.cls.endswith("_context") and _names_a_force(doc, i, stop):
                        continue
                    cues.append(
                        Cue(entry.cls, i, stop, entry.weak, entry.trigger, doc[i:stop].text)
                    )
        return cues


def _match(doc: Doc, forms_at: list[tuple[str, ...]], offset: int, start: int, words: tuple[str, ...]) -> int | None:
    """The end of ``words`` matched from token ``start``, or None (``forms_at[k - offset]`` are token
    k's forms); a hyphen may join two of the words ("money-laundering", "car-bomb" for "money
    laundering", "car bomb")."""
    end = offset + len(forms_at)
    k = start
    for n, word in enumerate(words):
        if n and k < end and doc[k].text == "-" and word != "-":
            k += 1
        if k >= end or word not in forms_at[k - offset]:
            return None
        k += 1
    return k


#: the nouns that end the name of a fighting force ("the Storm Corps", "the Thunder Brigade")
FORCE_UNIT_NOUNS = {"corps", "brigade", "brigades", "battalion", "battalions", "regiment", "division", "squadron",
                    "unit", "units", "force", "forces", "army", "front", "legion", "militia", "company"}


def _names_a_force(doc: Doc, start: int, end: int) -> bool:
    """Is the context word at ``start:end`` a word of a unit's or an operation's name ("the Storm
    Corps", "Operation Desert Storm", "Operation Al-Aqsa Flood"), not weather, sport or trade?"""
    if not all(t.is_title or t.is_upper for t in doc[start:end]):
        return False
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_title and after.lower_ in FORCE_UNIT_NOUNS:
        return True
    # "Operation ..." with only capitalised words between it and the context word
    for k in range(start - 1, max(start - 5, -1), -1):
        tok = doc[k]
        if tok.lower_ == "operation" and tok.is_title:
            return True
        if not (tok.is_title or tok.is_upper or tok.text == "-"):
            break
    return False


@functools.lru_cache(maxsize=4)
def _load_lexicon(path: str | None) -> Lexicon:
    if path is None:
        text = resources.files("eventlens.data").joinpath("triggers.yaml").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    return Lexicon(yaml.safe_load(text))
