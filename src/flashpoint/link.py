"""Link: decide which reports tell the same incident, so that each incident is one event.

**Blocking.** Two news reports are compared only when they are of the same event family
(fighting, protest and riot, agreement, arrest, other), their dates are known at day or week
precision and no more than ``WINDOW`` days apart, and they share a country (or one of them
names none). Nothing is compared with everything: a new report meets only the events of its
family in its few days.

**Scoring.** A pair that passes the blocks scores, with the weights of ``WEIGHTS``:
date distance (same day 1, one day apart 0.3, two 0.1; a week-precision overlap 0.5), type
(same eval type 1, same family 0.4), sides (the same pair 1, one side within the other 0.6,
no sides named 0.3), place (a shared place name or points within 25 km 1, no place to compare
0.5, different places 0), and the word overlap (Jaccard) of the titles and trigger sentences.
Two reports are the same incident when the score is at least ``THRESHOLD``: two accounts of one
day's clash naming different villages still merge (0.35 + 0.2 + 0.15 = 0.7 before the words),
two clashes at different places a day apart stay apart (0.105 + 0.2 + 0.15 plus the words
stays under 0.6 unless the texts are near copies), and a report a day off with nothing else
to compare (no place, other words) stays apart too (0.105 + 0.2 + 0.15 + 0.075 = 0.53).

**Constraints.** A group never holds two different pairs of sides, two reports of one article
(an article that tells two incidents tells two events), day-precise reports more than
``WINDOW`` days apart, or two reports a person has split apart; reports a person has merged
stay together.

**Clustering.** Pairs above the threshold are merged best first (ties by ids) whenever the
constraints allow. The result depends only on the set of reports and the person's decisions,
never on the order in which reports arrived, and clustering a clustered set again changes
nothing.

>>> from datetime import date
>>> a = Item("r1", "art1", "armed_clash", date(2021, 7, 27), date(2021, 7, 27), "day",
...          ("AM", "AZ"), ("AM", "AZ"), ("kalbajar",), frozenset({"clash", "border"}))
>>> b = Item("r2", "art2", "armed_clash", date(2021, 7, 27), date(2021, 7, 27), "day",
...          ("AM", "AZ"), ("AZ",), (), frozenset({"clash", "border", "soldiers"}))
>>> round(score(a, b), 3)
0.815
>>> cluster([a, b])
[('r1', 'r2')]
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from flashpoint.models import Report, content_id

WINDOW = 2
THRESHOLD = 0.6
WEIGHTS = {"date": 0.35, "type": 0.2, "sides": 0.15, "place": 0.15, "words": 0.15}
_W_DATE, _W_TYPE, _W_SIDES, _W_PLACE, _W_WORDS = WEIGHTS.values()
LINKABLE_PRECISION = frozenset({"day", "week"})
FAMILIES = {
    "armed_clash": "fighting",
    "shelling_airstrike": "fighting",
    "suicide_or_bomb_attack": "fighting",
    "attack_on_civilians": "fighting",
    "abduction": "fighting",
    "protest": "unrest",
    "riot": "unrest",
    "ceasefire_agreement": "agreement",
    "arrest_or_capture": "arrest",
}
_STOP = frozenset(
    "that this with from have were said says their they there which about after would been "
    "also into than them when will more over some other while where these those being".split()
)
_PLACE_WORDS = re.compile(r"\b(region|district|province|village|city|town|area|county)\b")
_WORD = re.compile(r"[^\W\d_]{4,}")


def family(eval_type: str) -> str:
    """The event family used for blocking: types that one incident can be reported as.

    >>> family("shelling_airstrike") == family("armed_clash")
    True
    """
    return FAMILIES.get(eval_type, "other")


def words(*texts: str) -> frozenset[str]:
    """Content words (four letters or more, lower-cased, common words dropped) of texts.

    >>> sorted(words("Two soldiers were killed at the border"))
    ['border', 'killed', 'soldiers']
    """
    return frozenset(w for t in texts for w in _WORD.findall(t.lower()) if w not in _STOP)


def place_key(name: str) -> str:
    """A place name reduced for comparison: "Kalbajar district" and "Kalbajar" are one place.

    >>> place_key("the Kalbajar District")
    'kalbajar'
    """
    key = _PLACE_WORDS.sub(" ", name.lower())
    key = re.sub(r"^the\s+|'s\b", " ", key.strip())
    return " ".join(key.split())


@dataclass(frozen=True, slots=True)
class Item:
    """A report as linking sees it."""

    id: str
    article_id: str
    eval_type: str
    start: date | None
    end: date | None
    precision: str
    countries: tuple[str, ...]
    sides: tuple[str, ...]
    places: tuple[str, ...]
    words: frozenset[str]
    points: tuple[tuple[float, float], ...] = ()

    family: str = field(default="", compare=False)
    linkable: bool = field(default=False, compare=False)
    first_day: int = field(default=0, compare=False)
    last_day: int = field(default=0, compare=False)

    def __post_init__(self) -> None:
        """Fill in the family (see :func:`family`), whether the date is known well enough to
        compare with other reports, and the span as day numbers (computed once: linking asks
        for them very often)."""
        object.__setattr__(self, "family", FAMILIES.get(self.eval_type, "other"))
        if self.start is not None and self.end is not None:
            object.__setattr__(self, "linkable", self.precision in LINKABLE_PRECISION)
            object.__setattr__(self, "first_day", self.start.toordinal())
            object.__setattr__(self, "last_day", self.end.toordinal())


def item(report: Report, title: str = "") -> Item:
    """The linking view of an extracted report (``title``: its article's headline)."""
    return Item(
        id=report.id,
        article_id=report.article_id,
        eval_type=report.eval_type,
        start=report.date.start,
        end=report.date.end,
        precision=report.date.precision.value,
        countries=tuple(sorted(set(report.countries))),
        sides=sides(a.actor.id for a in report.actors if a.role == "side"),
        places=tuple(sorted({place_key(p.name) for p in report.places} - {""})),
        words=words(title, report.trigger.sentence),
        points=tuple(
            (p.lat, p.lon) for p in report.places if p.lat is not None and p.lon is not None
        ),
    )


def sides(actor_ids: Iterable[str]) -> tuple[str, ...]:
    """The sorted, distinct side actors of a report.

    >>> sides(["AZ:state_forces", "AM:state_forces", "AZ:state_forces"])
    ('AM:state_forces', 'AZ:state_forces')
    """
    return tuple(sorted(set(actor_ids)))


def gap(a: Item, b: Item) -> int | None:
    """Days between two reports' date spans (0 when they overlap); None when unknown."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return None
    return max(0, (b.start - a.end).days, (a.start - b.end).days)


def blocks(a: Item, b: Item) -> bool:
    """Whether two reports may be compared at all (same family, close dates, a shared country).

    >>> from datetime import date
    >>> x = Item("r1", "a1", "protest", date(2024, 1, 1), date(2024, 1, 1), "day", ("MW",),
    ...          (), (), frozenset())
    >>> blocks(x, Item("r2", "a2", "riot", date(2024, 1, 5), date(2024, 1, 5), "day", ("MW",),
    ...          (), (), frozenset()))
    False
    """
    return _gap_if_blocked(a, b) is not None


def _gap_if_blocked(a: Item, b: Item) -> int | None:
    """The days between two reports that pass the blocks; None when they do not."""
    if a.family != b.family or not (a.linkable and b.linkable) or a.article_id == b.article_id:
        return None
    days = b.first_day - a.last_day
    if days < 0:
        days = max(0, a.first_day - b.last_day)
    if days > WINDOW:
        return None
    if a.countries and b.countries:
        for c in a.countries:
            if c in b.countries:
                return days
        return None
    return days


def _km(p: tuple[float, float], q: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*p, *q))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


_BY_DAYS = (1.0, 0.3, 0.1)


def _date_part(a: Item, b: Item, days: int) -> float:
    if a.precision != "day" or b.precision != "day":
        return 0.5 if days == 0 else 0.1
    return _BY_DAYS[days] if days < len(_BY_DAYS) else 0.0


def _sides_part(a: Item, b: Item) -> float:
    if not a.sides or not b.sides:
        return 0.3
    if a.sides == b.sides:
        return 1.0
    return 0.6 if set(a.sides) <= set(b.sides) or set(b.sides) <= set(a.sides) else 0.2


def _place_part(a: Item, b: Item) -> float:
    if not a.points and not b.points:
        if not a.places or not b.places:
            return 0.5
        return 1.0 if any(p in b.places for p in a.places) else 0.0
    if a.points and b.points:
        nearest = min(_km(p, q) for p in a.points for q in b.points)
        if nearest <= 25:
            return 1.0
        if nearest <= 100:
            return 0.5
    if not a.places or not b.places:
        return 0.5 if not (a.points and b.points) else 0.0
    return 1.0 if set(a.places) & set(b.places) else 0.0


def score(a: Item, b: Item) -> float:
    """How strongly two reports look like one incident (0..1); 0 when the blocks fail."""
    days = _gap_if_blocked(a, b)
    if days is None:
        return 0.0
    shared = len(a.words & b.words)
    union = len(a.words) + len(b.words) - shared
    return (
        _W_DATE * _date_part(a, b, days)
        + _W_TYPE * (1.0 if a.eval_type == b.eval_type else 0.4)
        + _W_SIDES * _sides_part(a, b)
        + _W_PLACE * _place_part(a, b)
        + _W_WORDS * (shared / union if union else 0.0)
    )


@dataclass(slots=True)
class _Group:
    members: list[Item]
    sides: set[str] = field(default_factory=set)
    paired: set[tuple[str, ...]] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    first: date | None = None
    last: date | None = None

    def add(self, items: Iterable[Item]) -> None:
        for it in items:
            self.sides |= set(it.sides)
            if len(it.sides) >= 2:
                self.paired.add(it.sides)
            self.articles.add(it.article_id)
            if it.start is not None and it.precision == "day":
                self.first = it.start if self.first is None else min(self.first, it.start)
                self.last = it.start if self.last is None else max(self.last, it.start)


def compatible(a: Sequence[Item], b: Sequence[Item]) -> bool:
    """Whether two groups of reports may form one event (sides, articles and dates agree).

    >>> from datetime import date
    >>> def r(i, s):
    ...     return Item(i, i, "armed_clash", date(2024, 1, 1), date(2024, 1, 1), "day", (), s,
    ...                 (), frozenset())
    >>> compatible([r("x", ("AM", "AZ"))], [r("y", ("AM",))])
    True
    >>> compatible([r("x", ("AM", "AZ"))], [r("y", ("AM", "TR"))])
    False
    """
    left, right = _Group([]), _Group([])
    left.add(a)
    right.add(b)
    return _fits(left, right)


def _fits(left: _Group, right: _Group) -> bool:
    if left.articles & right.articles:
        return False
    union = left.sides | right.sides
    widest = max((len(p) for p in left.paired | right.paired), default=0)
    if len(union) > max(2, widest) or len(left.paired | right.paired) > 1:
        return False
    if left.first and right.first and left.last and right.last:
        span = max(left.last, right.last) - min(left.first, right.first)
        if span > timedelta(days=WINDOW):
            return False
    return True


def candidate_pairs(items: Sequence[Item]) -> Iterator[tuple[Item, Item]]:
    """Pairs of the same family within reach of each other's dates, found through a
    (family, day) index over every day a report spans (a week at most): no all-pairs step.
    :func:`score` applies the other blocks."""
    index: dict[tuple[str, date], list[Item]] = defaultdict(list)
    for it in items:
        if it.linkable and it.start is not None and it.end is not None:
            for n in range(min((it.end - it.start).days, 7) + 1):
                index[(it.family, it.start + timedelta(days=n))].append(it)
    for it in items:
        if not it.linkable or it.start is None or it.end is None:
            continue
        seen: set[str] = set()
        day = it.start - timedelta(days=WINDOW)
        while day <= it.end + timedelta(days=WINDOW):
            for other in index.get((it.family, day), ()):
                if other.id > it.id and other.id not in seen:
                    seen.add(other.id)
                    yield it, other
            day += timedelta(days=1)


def cluster(
    items: Sequence[Item],
    *,
    must: Iterable[tuple[str, str]] = (),
    cannot: Iterable[tuple[str, str]] = (),
    scorer: Callable[[Item, Item], float] = score,
    edges: Iterable[tuple[float, str, str]] | None = None,
) -> list[tuple[str, ...]]:
    """Group reports into incidents; each group is a sorted tuple of report ids.

    ``must`` pairs (a person's merge) are joined first; ``cannot`` pairs (a person's split)
    never end up together. Groups come sorted, so equal inputs give equal outputs. ``scorer``
    may be a cached :func:`score`; ``edges`` (score, id, id), when the caller already knows
    every pair over the threshold, replaces scoring altogether.
    """
    by_id = {it.id: it for it in items}
    parent = {i: i for i in by_id}
    groups = {i: _Group([it]) for i, it in by_id.items()}
    for g in groups.values():
        g.add(g.members)
    banned: dict[str, set[str]] = defaultdict(set)
    for a, b in cannot:
        banned[a].add(b)
        banned[b].add(a)

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(a: str, b: str, *, forced: bool) -> None:
        ra, rb = sorted((root(a), root(b)))
        if ra == rb:
            return
        left, right = groups[ra], groups[rb]
        ids_right = {m.id for m in right.members}
        if any(banned[m.id] & ids_right for m in left.members):
            return
        if not forced and not _fits(left, right):
            return
        parent[rb] = ra
        left.members.extend(right.members)
        left.add(right.members)
        del groups[rb]

    for a, b in sorted(tuple(sorted(p)) for p in must):
        if a in by_id and b in by_id:
            join(a, b, forced=True)
    if edges is None:
        edges = (
            (s, a.id, b.id)
            for a, b in candidate_pairs(sorted(by_id.values(), key=lambda it: it.id))
            if (s := scorer(a, b)) >= THRESHOLD
        )
    ordered = sorted(
        {(-s, min(a, b), max(a, b)) for s, a, b in edges if a in by_id and b in by_id and a != b}
    )
    for _, a_id, b_id in ordered:
        join(a_id, b_id, forced=False)
    return sorted(tuple(sorted(m.id for m in g.members)) for g in groups.values())


def new_event_id(report_ids: Iterable[str]) -> str:
    """A stable id for a new event: a hash of its first report id.

    >>> new_event_id(["r2", "r1"]) == new_event_id(["r1"])
    True
    """
    return content_id(min(report_ids), prefix="ev-")


def assign(
    groups: Sequence[tuple[str, ...]], current: dict[str, str | None]
) -> tuple[dict[str, str], dict[str, str]]:
    """Give each group an event id, keeping existing ids; return (report -> id, absorbed -> id).

    A group keeps the id held by most of its reports (ties: the smaller id) unless a larger
    group already took it; ids no group keeps are absorbed into the group that held them.

    >>> assign([("r1", "r2", "r3")], {"r1": "ev-a", "r2": "ev-b", "r3": "ev-b"})
    ({'r1': 'ev-b', 'r2': 'ev-b', 'r3': 'ev-b'}, {'ev-a': 'ev-b'})
    """
    ordered = sorted(groups, key=lambda g: (-len(g), g))
    # an id an event of the neighbourhood holds is never a new group's, even when it is the
    # hash of that group's first report (the report's first event, kept by the rest of it)
    in_use = {e for e in current.values() if e is not None}
    taken: set[str] = set()
    chosen: dict[tuple[str, ...], str] = {}
    for g in ordered:
        held: dict[str, int] = defaultdict(int)
        for r in g:
            if (e := current.get(r)) is not None:
                held[e] += 1
        free = sorted((-n, e) for e, n in held.items() if e not in taken)
        event_id = free[0][1] if free else new_event_id(g)
        salt = 0
        while event_id in taken or (not free and event_id in in_use):
            salt += 1
            event_id = content_id(*g, f"split {salt}", prefix="ev-")
        taken.add(event_id)
        chosen[g] = event_id
    result = {r: chosen[g] for g in groups for r in g}
    absorbed: dict[str, str] = {}
    for g in ordered:
        for r in g:
            old = current.get(r)
            if old is not None and old not in taken and old not in absorbed:
                absorbed[old] = chosen[g]
    return result, absorbed
