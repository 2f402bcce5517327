"""Incremental linking: a new report joins or starts an event without re-linking the world.

:func:`plan` is the one step both the database (``flashpoint.store``) and the in-memory
:class:`Linker` take for a new report. It looks only at the events a new report can block
with (its family, its few days, a shared country), and re-clusters that neighbourhood only
when the simple answer would not be exact:

- no neighbour scores over the threshold: the report starts an event;
- the report and every event it matches fit together as one event (sides, articles, dates,
  a person's splits): it joins them, and they merge. Adding a report that fits a group can
  neither block nor enable any other merge, so this is what re-clustering the neighbourhood
  would give;
- otherwise the events it matches are clustered again with the new report
  (:func:`flashpoint.link.cluster`); when that splits one of them, the whole neighbourhood
  (every report of the events it blocks with) is clustered again instead. Events merge or
  split, and existing ids are kept (an absorbed id redirects to the one that absorbed it).
  The reports of an event that split are then linked again as newcomers (in memory and in
  the database alike, :func:`released`): what kept a part apart from an event the new
  report cannot reach may have gone with the split.

The result is the same whatever order reports arrive in, and adding a report twice changes
nothing.

>>> from datetime import date
>>> from flashpoint.link import Item
>>> def report(i, day, sides):
...     return Item(i, "art-" + i, "armed_clash", date(2021, 7, day), date(2021, 7, day), "day",
...                 ("AM", "AZ"), sides, ("kalbajar",), frozenset({"clash"}))
>>> linker = Linker()
>>> first = linker.add(report("r1", 27, ("AM", "AZ")))
>>> linker.add(report("r2", 27, ("AZ",))) == first
True
>>> linker.add(report("r3", 27, ("AM", "TR"))) == first
False
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from flashpoint.link import (
    THRESHOLD,
    WINDOW,
    Item,
    assign,
    blocks,
    cluster,
    compatible,
    new_event_id,
    score,
)

MAX_SPAN = 7
ANY_COUNTRY = "*"
MAX_RELINK = 8  # how deep linking again after a split may go


@dataclass(frozen=True, slots=True)
class Plan:
    """What linking one report changes: reports moved to events, ids absorbed, ids created."""

    moves: dict[str, str] = field(default_factory=dict)
    absorbed: dict[str, str] = field(default_factory=dict)
    created: tuple[str, ...] = ()


def days_to_search(it: Item) -> list[date]:
    """The days on which a report can meet the reports it blocks with (empty when it cannot
    link): its own span widened by ``WINDOW`` days on each side."""
    if not it.linkable or it.start is None or it.end is None:
        return []
    first, last = it.start - timedelta(days=WINDOW), it.end + timedelta(days=WINDOW)
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def days_covered(it: Item) -> list[date]:
    """The days a report is indexed under: every day of its span (a week at most)."""
    if it.start is None or it.end is None:
        return []
    span = min((it.end - it.start).days, MAX_SPAN)
    return [it.start + timedelta(days=n) for n in range(span + 1)]


def plan(
    new: Item,
    neighbours: Sequence[Item],
    current: dict[str, str],
    *,
    must: Iterable[tuple[str, str]] = (),
    cannot: Iterable[tuple[str, str]] = (),
    scorer: Callable[[Item, Item], float] = score,
    known: Mapping[str, Mapping[str, float]] | None = None,
) -> Plan:
    """Where a new news report goes, given the reports of the events it can block with.

    ``current`` maps each neighbour report id to its event id. ``known``, when given, holds
    for each neighbour every other report it scores over the threshold with, so that
    clustering needs no scoring.
    """
    must, cannot = list(must), list(cannot)
    hits = [n for n in neighbours if scorer(new, n) >= THRESHOLD]
    tied = any(new.id in pair for pair in must)
    if not hits and not tied:
        result, _ = assign([(new.id,)], {**current, new.id: None})
        event_id = result[new.id]
        return Plan({new.id: event_id}, {}, (event_id,))
    targets = {current[n.id] for n in hits}
    hit = [n for n in neighbours if current.get(n.id) in targets]
    if not tied and _joins_all(new, hit, current, cannot):
        if len(targets) == 1:
            return Plan({new.id: next(iter(targets))})
        joined = tuple(sorted([new.id, *(n.id for n in hit)]))
        result, absorbed = assign([joined], dict(current))
        return Plan({r: e for r, e in result.items() if current.get(r) != e}, absorbed)

    def edges(items: list[Item]) -> list[tuple[float, str, str]] | None:
        if known is None:
            return None
        ids = {i.id for i in items}
        among = [(v, i.id, o) for i in items for o, v in known.get(i.id, {}).items() if o in ids]
        return among + [(scorer(new, n), new.id, n.id) for n in hits if n.id in ids]

    local = [*hit, new]
    groups = cluster(local, must=must, cannot=cannot, scorer=scorer, edges=edges(local))
    if not _whole(groups, {n.id: current[n.id] for n in hit}):
        everyone = [*neighbours, new]
        groups = cluster(everyone, must=must, cannot=cannot, scorer=scorer, edges=edges(everyone))
    result, absorbed = assign(groups, dict(current))
    existing = set(current.values())
    moves = {r: e for r, e in result.items() if current.get(r) != e}
    created = tuple(sorted({e for e in result.values() if e not in existing}))
    return Plan(moves, absorbed, created)


def released(step: Plan, current: Mapping[str, str]) -> list[str]:
    """The reports of every event a step split (its reports now in two events or more; a
    merge splits nothing): each part may now join an event the new report could not reach
    (what kept them apart has gone), so they are linked again, as newcomers."""
    after: dict[str, set[str]] = {}
    for report_id, event_id in current.items():
        after.setdefault(event_id, set()).add(step.moves.get(report_id, event_id))
    split = {e for e, now in after.items() if len(now) > 1}
    return sorted(r for r, e in current.items() if e in split)


def _joins_all(
    new: Item, hit: Sequence[Item], current: dict[str, str], cannot: Sequence[tuple[str, str]]
) -> bool:
    """Whether the new report and every event it matches fit together as one event.

    Greedy clustering would then join them all: the new report's edges join it to each
    event, and nothing inside those events can stop it (a group that fits as a whole fits
    in every part). Events it matches were apart only because no pair between them scored
    over the threshold, which adding a report does not change.
    """
    groups: dict[str, list[Item]] = {}
    for n in hit:
        groups.setdefault(current[n.id], []).append(n)
    ids = {n.id for n in hit} | {new.id}
    if any(a in ids and b in ids for a, b in cannot):
        return False
    members = [m for ms in groups.values() for m in ms]
    return compatible(members, [new]) and all(
        compatible(a, b)
        for i, a in enumerate(groups.values())
        for b in list(groups.values())[i + 1 :]
    )


def _whole(groups: Sequence[tuple[str, ...]], current: dict[str, str]) -> bool:
    """Whether every group is a union of whole existing events (plus the new report).

    Re-clustering only the events a new report matches is then exact: those events merged,
    and merging can only make a group less compatible with the events around it. When an
    event would be split instead, the whole neighbourhood is clustered again.
    """
    seen: dict[str, tuple[str, ...]] = {}
    for g in groups:
        for r in g:
            if r in current and seen.setdefault(current[r], g) != g:
                return False
    return True


def background_event(it: Item, neighbours: Sequence[Item], current: dict[str, str]) -> str | None:
    """The known event a background report describes, if one scores over the threshold."""
    best = max(
        ((score(it, n), current[n.id]) for n in neighbours if blocks(it, n)),
        default=(0.0, ""),
    )
    return best[1] if best[0] >= THRESHOLD else None


class Linker:
    """Linking in memory, for streams and tests: the same steps the database takes.

    Events are indexed by (family, day, country) for every day and country of their reports,
    so a new report meets only the events it can block with; a report naming no country is
    indexed under every country it could meet (``*``) and searches the whole family-day.
    """

    def __init__(self) -> None:
        self.members: dict[str, list[Item]] = {}
        self.event_of: dict[str, str] = {}
        self.redirects: dict[str, str] = {}
        self._index: dict[tuple[str, date, str], set[str]] = defaultdict(set)
        self._by_day: dict[tuple[str, date], set[str]] = defaultdict(set)
        self._edges: dict[str, dict[str, float]] = defaultdict(dict)

    def _known(self, a: Item, b: Item) -> float:
        """The score of a pair from the kept edges: every pair over the threshold is kept
        (scored when the later of the two arrived), so a pair not kept scores under it."""
        return self._edges.get(a.id, {}).get(b.id, 0.0)

    def _neighbours(self, it: Item) -> list[Item]:
        found: set[str] = set()
        for day in days_to_search(it):
            if not it.countries:
                found |= self._by_day.get((it.family, day), set())
                continue
            for country in (*it.countries, ANY_COUNTRY):
                found |= self._index.get((it.family, day, country), set())
        live = sorted(e for e in found if e in self.members)
        return [m for e in live for m in self.members[e] if m.id != it.id]

    def add(self, it: Item) -> str | None:
        """Link one report; return its event id."""
        return self._link(it, 0)

    def _link(self, it: Item, depth: int) -> str | None:
        if it.id in self.event_of:
            return self.event_of[it.id]
        if not it.linkable:
            event_id = new_event_id([it.id])
            self._apply(Plan({it.id: event_id}, {}, (event_id,)), {it.id: it})
            return event_id
        neighbours = self._neighbours(it)
        current = {n.id: self.event_of[n.id] for n in neighbours}
        for n in neighbours:
            if (value := score(it, n)) >= THRESHOLD:
                self._edges[it.id][n.id] = self._edges[n.id][it.id] = value
        step = plan(it, neighbours, current, scorer=self._known, known=self._edges)
        items = {n.id: n for n in [*neighbours, it]}
        self._apply(step, items)
        for report_id in released(step, current) if depth < MAX_RELINK else ():
            # a part of a split event may now join an event beyond the neighbourhood
            moved = items[report_id]
            event_id = self.event_of.pop(report_id)
            self.members[event_id] = [m for m in self.members[event_id] if m.id != report_id]
            if not self.members[event_id]:
                del self.members[event_id]
            self._link(moved, depth + 1)
            if event_id not in self.members and self.event_of[report_id] != event_id:
                self.redirects[event_id] = self.event_of[report_id]  # as the database does
        return self.event_of[it.id]

    def _apply(self, step: Plan, items: dict[str, Item]) -> None:
        left: set[str] = set()
        for report_id, event_id in sorted(step.moves.items()):
            old = self.event_of.get(report_id)
            if old is not None:
                self.members[old] = [m for m in self.members[old] if m.id != report_id]
                left.add(old)
            self.event_of[report_id] = event_id
            self.members.setdefault(event_id, []).append(items[report_id])
        for old, new in step.absorbed.items():
            self.redirects[old] = new
        for event_id in left:
            if not self.members.get(event_id):
                self.members.pop(event_id, None)
        for report_id, event_id in step.moves.items():
            m = items[report_id]
            if not m.linkable:
                continue
            for day in days_covered(m):
                self._by_day[(m.family, day)].add(event_id)
                for country in m.countries or (ANY_COUNTRY,):
                    self._index[(m.family, day, country)].add(event_id)

    def forget(self, before: date) -> int:
        """Drop events whose reports all end before ``before`` (keeps memory flat in a stream
        that moves forward in time); return how many events were dropped."""
        stale = [
            e
            for e, ms in self.members.items()
            if all(m.end is not None and m.end < before for m in ms)
        ]
        for e in stale:
            for m in self.members.pop(e):
                self.event_of.pop(m.id, None)
                for other in self._edges.pop(m.id, {}):
                    self._edges.get(other, {}).pop(m.id, None)
        for key in [k for k in self._index if k[1] < before]:
            del self._index[key]
        for day_key in [k for k in self._by_day if k[1] < before]:
            del self._by_day[day_key]
        return len(stale)

    def groups(self) -> list[tuple[str, ...]]:
        """The current events as sorted tuples of report ids."""
        return sorted(tuple(sorted(m.id for m in ms)) for ms in self.members.values())
