"""The records every stage speaks: frozen dataclasses, nothing else crosses a stage boundary.

>>> m = Mention(start=0, end=5, sentence="Armenia said three soldiers were killed.", text="Armenia")
>>> m.text
'Armenia'
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Outcome(StrEnum):
    """What happened to the people a casualty claim counts."""

    KILLED = "killed"
    WOUNDED = "wounded"
    CAPTURED = "captured"
    MISSING = "missing"
    DISPLACED = "displaced"
    KILLED_OR_WOUNDED = "killed_or_wounded"


class Qualifier(StrEnum):
    """How a figure was stated: "at least 3" is a floor, "dozens" a vague range."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    UP_TO = "up_to"
    ABOUT = "about"
    VAGUE = "vague"


class ClaimKind(StrEnum):
    """The kinds of attributed statement flashpoint keeps."""

    CASUALTIES = "casualties"
    BLAME = "blame"
    DENIAL = "denial"
    RESPONSIBILITY = "responsibility"


class DatePrecision(StrEnum):
    """How precisely a date span is known."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class ActorKind(StrEnum):
    """ACLED's inter codes, plus the roles a report can give an actor."""

    STATE_FORCES = "state_forces"
    REBELS = "rebels"
    POLITICAL_MILITIA = "political_militia"
    IDENTITY_MILITIA = "identity_militia"
    RIOTERS = "rioters"
    PROTESTERS = "protesters"
    CIVILIANS = "civilians"
    EXTERNAL_FORCES = "external_forces"
    POLICE = "police"
    MILITANTS = "militants"
    OFFICIAL = "official"
    OUTLET = "outlet"
    INDEPENDENT = "independent"
    UNKNOWN = "unknown"


def content_id(*parts: str, prefix: str = "") -> str:
    """A short stable id from content: the same content always gets the same id.

    >>> content_id("hello") == content_id("hello")
    True
    """
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}{digest}"


@dataclass(frozen=True, slots=True)
class Article:
    """One piece of reporting as it came in; its id is a hash of its content."""

    id: str
    text: str
    title: str = ""
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    language: str = "en"
    source: str = ""
    seen: datetime | None = None

    @staticmethod
    def make_id(text: str, title: str = "") -> str:
        """The content hash that identifies an article: same title and text, same id."""
        return content_id(title.strip(), text.strip(), prefix="a-")


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of an article's text that evidences a field (character offsets)."""

    start: int
    end: int
    sentence: str
    text: str


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor with the words that name it."""

    id: str
    name: str
    country: str | None = None
    kind: ActorKind = ActorKind.UNKNOWN
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as one report involves it: who, in what role, and where it is said."""

    actor: Actor
    role: str
    mention: Mention | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One attributed statement: a casualty figure, a blame, a denial or a claim of an attack.

    For casualties, ``low``/``high`` hold the figure ("at least 3" is low=3, high=None;
    "dozens" is low=24, high=None with qualifier VAGUE). ``earlier`` marks a figure the text
    itself says was given before ("it had earlier reported two dead").
    """

    kind: ClaimKind
    speaker: str
    speaker_country: str | None
    speaker_kind: ActorKind
    mention: Mention
    subject: str = ""
    subject_country: str | None = None
    subject_kind: ActorKind = ActorKind.UNKNOWN
    outcome: Outcome | None = None
    low: int | None = None
    high: int | None = None
    qualifier: Qualifier = Qualifier.EXACT
    target: str | None = None
    target_country: str | None = None
    stated: date | None = None
    evidence: tuple[Mention, ...] = ()
    earlier: bool = False

    @property
    def figure(self) -> int | None:
        """The single number a coder would write down: None for vague or mixed figures."""
        if self.qualifier is Qualifier.VAGUE or self.outcome is Outcome.KILLED_OR_WOUNDED:
            return None
        return self.low if self.low is not None else self.high


@dataclass(frozen=True, slots=True)
class DateSpan:
    """When something happened, as a span with an honest precision."""

    start: date | None
    end: date | None
    precision: DatePrecision
    basis: str = ""
    time_local: str | None = None
    timezone: str | None = None

    @property
    def utc(self) -> str | None:
        """The moment in UTC ("2024-09-03T12:00Z") when the day, the local time and the
        place's time zone are all known; None otherwise."""
        if self.timezone is None or self.time_local is None or self.start is None:
            return None
        if self.precision is not DatePrecision.DAY:
            return None
        from datetime import UTC, datetime, time
        from zoneinfo import ZoneInfo

        hour, minute = (int(x) for x in self.time_local.split(":"))
        local = datetime.combine(self.start, time(hour, minute), ZoneInfo(self.timezone))
        return local.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")

    @property
    def label(self) -> str | None:
        """ISO text at the span's precision: "2021-07-28", "2021-07", "2020" or None."""
        if self.start is None:
            return None
        if self.precision is DatePrecision.MONTH:
            return self.start.strftime("%Y-%m")
        if self.precision is DatePrecision.YEAR:
            return str(self.start.year)
        return self.start.isoformat()


UNKNOWN_DATE = DateSpan(None, None, DatePrecision.UNKNOWN, "no date in the text or metadata")


@dataclass(frozen=True, slots=True)
class Place:
    """A place as a report names it; precision (UCDP where_prec) stays None until resolved.

    Once resolved: ``feature`` is the gazetteer kind (city, admin1, admin2, area, country,
    border), ``alternatives`` the runner-up readings, ``confidence`` the chosen one's share.
    A country-level place (precision 6) or a border segment has no point.
    """

    name: str
    country: str | None = None
    precision: int | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    mention: Mention | None = None
    admin2: str | None = None
    feature: str | None = None
    geonameid: int | None = None
    confidence: float | None = None
    alternatives: tuple[Place, ...] = ()


def where_countries(places: tuple[Place, ...], sides: tuple[str, ...]) -> tuple[str, ...]:
    """The countries the places of an event put it in, or ``sides`` when they say no more.

    The first place is where it happened. A fight across a border is in both countries: a
    border segment between two among the places ("on the border between the two countries"),
    or towns of both sides named ("Chaman ... Spin Boldak across the border").

    >>> town = Place(name="Sake", country="CD", precision=3)
    >>> where_countries((town,), ("CD", "RW")), where_countries((), ("CD", "RW"))
    (('CD',), ('CD', 'RW'))
    >>> across = Place(name="Spin Boldak", country="AF", precision=2)
    >>> where_countries((Place(name="Chaman", country="PK", precision=2), across), ("PK", "AF"))
    ('PK', 'AF')
    """
    known = [p for p in places if p.precision is not None and p.precision <= 5]
    for place in known:
        if place.feature == "border":
            found = tuple(dict.fromkeys(a.country for a in place.alternatives if a.country))
            if len(found) > 1:
                return found
    if not places or places[0] not in known:
        return sides
    towns = tuple(dict.fromkeys(p.country for p in known if p.country and (p.precision or 7) <= 4))
    if len(towns) == 2 and set(towns) <= set(sides):
        return towns
    first = places[0]
    return (first.country,) if first.country and first.feature != "border" else sides


@dataclass(frozen=True, slots=True)
class Report:
    """One event as one article tells it."""

    id: str
    article_id: str
    event_type: str
    sub_event_type: str
    date: DateSpan
    countries: tuple[str, ...]
    actors: tuple[ActorRef, ...]
    claims: tuple[Claim, ...]
    places: tuple[Place, ...]
    background: bool
    trigger: Mention
    confidence: float
    extractor: str
    mentions: tuple[Mention, ...] = ()

    @property
    def eval_type(self) -> str:
        """The coarse type used by the evaluation (see ``flashpoint.vocab``)."""
        from flashpoint.vocab import eval_type

        return eval_type(self.sub_event_type)

    @property
    def located_in(self) -> tuple[str, ...]:
        """Where it happened, as ACLED's ``country``: the country of the event's place once
        the place is known better than a country (both countries of a border segment
        between two); failing that, the countries whose forces or people took part."""
        return where_countries(self.places, self.countries)


@dataclass(frozen=True, slots=True)
class Reconciled:
    """Low / best / high for one side and one outcome, with the claims behind each."""

    side: str
    outcome: Outcome
    low: int | None
    best: int | None
    high: int | None
    basis: tuple[int, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Event:
    """The real-world incident: its reports, and what they agree on."""

    id: str
    event_type: str
    sub_event_type: str
    date: DateSpan
    countries: tuple[str, ...]
    report_ids: tuple[str, ...]
    figures: tuple[Reconciled, ...] = ()


@dataclass(frozen=True, slots=True)
class Quarantined:
    """Input that could not become an article, with the reason a person can act on."""

    source: str
    reason: str
    sample: str = ""
