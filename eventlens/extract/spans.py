"""Spans of the article text and noun phrases from the parse, shared by the extractors."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

MEMBER_OF_HEADS = {
    "member", "fighter", "gunman", "militant", "supporter", "element", "loyalist", "unit",
    "soldier", "troop", "force", "militia", "faction", "cell", "wing", "commander", "leader",
    # "the positions of the Donbass People's Militia": a target named by its holder
    "position", "post", "base", "checkpoint", "outpost", "militiaman", "element", "brigade", "battalion",
}

@dataclass
class SpanRef:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, span: Span | Token) -> "SpanRef":
        if isinstance(span, Token):
            return cls(span.idx, span.idx + len(span.text), span.text)
        return cls(span.start_char, span.end_char, span.text)



def phrase_span(tok: Token) -> Span:
    """The noun phrase headed by ``tok``: its left modifiers, and "of X" for member-like heads.

    Relative clauses and most prepositional phrases are left out so "gunmen who fled" gives
    "gunmen".
    """
    doc = tok.doc
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in {"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "npadvmod", "advmod", "case"}:
            left = min(left, child.left_edge.i)
    right = tok.i
    for child in tok.rights:
        if child.dep_ in {"compound", "flat", "appos"} and child.dep_ != "appos":
            right = max(right, child.right_edge.i)
        if child.dep_ == "prep" and child.lower_ in ("of", "from") and tok.lemma_.lower() in MEMBER_OF_HEADS:
            obj = pobj(child)
            if obj is not None:
                right = max(right, obj.i)
    # proper-noun runs the parser split ("Asaib Ahl al-Haq")
    while right + 1 < len(doc) and doc[right + 1].pos_ == "PROPN" and doc[right].pos_ == "PROPN":
        right += 1
    return doc[left : right + 1]


def pobj(prep: Token) -> Token | None:
    """The object of a preposition ("on *the crowd*")."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


