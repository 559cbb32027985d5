"""A keyword baseline with the Pipeline interface.

It exists to test the evaluation plumbing without the real engine and to give the dev-set
figures a floor to compare against; it is not an extractor anyone should use.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator

from eventlens.schema import Article, Count, Event

# (pattern, event_type, sub_event_type, plover_type), first hit wins
_RULES: tuple[tuple[re.Pattern, str, str, str], ...] = tuple(
    (re.compile(p, re.I), t, s, pl)
    for p, t, s, pl in (
        (r"\b(air ?strikes?|warplanes?|drone strikes?|bombed from the air)\b",
         "Explosions/Remote violence", "Air/drone strike", "ASSAULT"),
        (r"\b(shell(ed|ing|s)|artillery|mortars?|rockets?|missiles?)\b",
         "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT"),
        (r"\b(suicide bomb\w*)\b", "Explosions/Remote violence", "Suicide bomb", "ASSAULT"),
        (r"\b(ied|landmines?|roadside bombs?|explosive devices?)\b",
         "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT"),
        (r"\bgrenades?\b", "Explosions/Remote violence", "Grenade", "ASSAULT"),
        (r"\b(clash(ed|es)?|fighting|fought|gunfight|exchange of fire)\b",
         "Battles", "Armed clash", "ASSAULT"),
        (r"\b(abduct\w*|kidnap\w*)\b", "Violence against civilians",
         "Abduction/forced disappearance", "ASSAULT"),
        (r"\b(rap(e|ed)|sexual(ly)? (assault|violence))\b", "Violence against civilians",
         "Sexual violence", "ASSAULT"),
        (r"\b(riot\w*|mob|torched|pelted)\b", "Riots", "Violent demonstration", "PROTEST"),
        (r"\b(protest\w*|demonstrat\w*|rall(y|ied|ies)|march(ed)?|sit-in|strike)\b",
         "Protests", "Peaceful protest", "PROTEST"),
        (r"\b(arrest\w*|detain\w*|apprehend\w*)\b", "Strategic developments", "Arrests", "COERCE"),
        (r"\b(killed|shot dead|murdered|attacked|stabbed|beat(en)?|assault\w*)\b",
         "Violence against civilians", "Attack", "ASSAULT"),
        (r"\b(agree[ds]?|agreement|ceasefire|truce|signed)\b", "Strategic developments",
         "Agreement", "AGREE"),
    )
)
_KILLED = re.compile(r"\b(\d{1,4})\s+(?:\w+\s+){0,3}?(?:were\s+|was\s+)?(killed|dead|died|fatalit)", re.I)
_INJURED = re.compile(r"\b(\d{1,4})\s+(?:\w+\s+){0,3}?(?:were\s+|was\s+)?(injured|wounded|hurt)", re.I)


def _count(pattern: re.Pattern, text: str) -> Count:
    m = pattern.search(text)
    n = int(m.group(1)) if m else None
    return Count(low=n, best=n, high=n)


class KeywordBaseline:
    """First matching keyword rule decides the type; at most one event per article."""

    @classmethod
    def load(cls) -> "KeywordBaseline":
        return cls()

    def extract(self, article: Article) -> list[Event]:
        for pattern, etype, sub, plover in _RULES:
            if pattern.search(article.text):
                key = hashlib.sha1(f"{article.id}|{sub}".encode()).hexdigest()[:16]
                return [
                    Event(
                        event_id=key,
                        doc_ids=[article.id],
                        event_date=article.published,
                        date_start=article.published,
                        date_end=article.published,
                        date_precision="day" if article.published else "unknown",
                        event_type=etype,
                        sub_event_type=sub,
                        plover_type=plover,
                        fatalities=_count(_KILLED, article.text),
                        injured=_count(_INJURED, article.text),
                        confidence=0.3,
                    )
                ]
        return []

    def extract_many(self, articles: Iterable[Article], n_process: int = 1
                     ) -> Iterator[tuple[Article, list[Event]]]:
        for art in articles:
            yield art, self.extract(art)
