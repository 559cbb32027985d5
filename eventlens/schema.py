"""The event record: the contract users rely on (see docs/schema.md).

Every stage hands the next one of these models; nothing else crosses stage
boundaries.  Field names are exactly those of the contract table, so a JSONL
line is ``Event.model_dump(mode="json")``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

DatePrecision = Literal["day", "week", "month", "year", "range", "unknown"]

#: ACLED's six event types and their 25 sub-event types, spelled as ACLED spells them.
ACLED_TAXONOMY: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

#: sub-event type -> event type
SUB_EVENT_PARENT: dict[str, str] = {
    sub: parent for parent, subs in ACLED_TAXONOMY.items() for sub in subs
}

#: PLOVER's 16 event types.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

#: ACLED actor types (the "inter" codes).
ACTOR_TYPES: dict[int, str] = {
    1: "State Forces",
    2: "Rebel Groups",
    3: "Political Militias",
    4: "Identity Militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other Forces",
}


class ActorType(BaseModel):
    code: int = Field(ge=1, le=8, description="ACLED inter code 1-8")
    label: str

    @classmethod
    def of(cls, code: int) -> "ActorType":
        return cls(code=code, label=ACTOR_TYPES[code])


class Actor(BaseModel):
    name: str = Field(description="canonical name, ACLED style where known")
    text: str = Field(description="as written in the article")
    type: ActorType | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    affiliations: list[str] = Field(default_factory=list)


class Location(BaseModel):
    name: str
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    iso3: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = Field(
        default=None, ge=1, le=3, description="1 place, 2 near / part of region, 3 region"
    )
    geonames_id: int | None = None


class Count(BaseModel):
    """low <= best <= high; all None when the text is silent, 0 when it says none."""

    low: int | None = None
    best: int | None = None
    high: int | None = None

    @property
    def known(self) -> bool:
        return self.best is not None


class CrowdSize(BaseModel):
    low: int | None = None
    high: int | None = None


class Attribution(BaseModel):
    source: str = Field(description='who says so, e.g. "security source", "AFP reporter"')
    text: str = Field(description="the words of the article")


ClaimKind = Literal["accuse", "claim responsibility", "deny"]


class Claim(BaseModel):
    claimant: str
    kind: ClaimKind
    target: str | None = None
    text: str


class Evidence(BaseModel):
    doc_id: str
    field: str = Field(description="contract field the span supports, e.g. 'trigger', 'fatalities'")
    start: int = Field(ge=0, description="character offset into the article text")
    end: int = Field(ge=0)
    text: str


class Event(BaseModel):
    event_id: str
    doc_ids: list[str]
    event_date: dt.date | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: DatePrecision = "unknown"
    background: bool = False
    event_type: str | None = None
    sub_event_type: str | None = None
    plover_type: str | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: list[Actor] = Field(default_factory=list)
    assoc_actor_2: list[Actor] = Field(default_factory=list)
    location: Location | None = None
    fatalities: Count = Field(default_factory=Count)
    injured: Count = Field(default_factory=Count)
    arrested: Count = Field(default_factory=Count)
    crowd_size: CrowdSize = Field(default_factory=CrowdSize)
    attribution: list[Attribution] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=list)

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json")


class Article(BaseModel):
    """One news article as read by ingest."""

    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    #: place of filing from a dateline ("KUT, Iraq —"), as written
    dateline: str | None = None
    #: where the article came from: "path:line" or "path", for messages
    origin: str | None = None


class QuarantineItem(BaseModel):
    """Input that could not be processed, kept with the reason (never dropped)."""

    origin: str = Field(description="file, and line where there is one")
    reason: str
    raw: str | None = Field(default=None, description="the offending input, truncated")
