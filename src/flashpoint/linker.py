"""Incremental linking: a new report joins or starts an event without re-linking the world.

:func:`plan` is the one step both the database (``flashpoint.store``) and the in-memory
:class:`Linker` take for a new report. It looks only at the events a new report can block
with (its family, its few days, a shared country), and re-clusters that neighbourhood only
when the simple answer would not be exact:

- no neighbour scores over the threshold: the report starts an event;
- every neighbour it matches is in one event, and the report fits that event as a whole
  (sides, article, dates, a person's splits): it joins that event. Adding a report that fits
  a group can neither block nor enable any other merge, so this is what re-clustering the
  neighbourhood would give;
- otherwise the neighbourhood (the new report and every report of the events it blocks with)
  is clustered again with :func:`flashpoint.link.cluster`, events merge or split, and the
  existing ids are kept (an absorbed id is redirected to the one that absorbed it).

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
from collections.abc import Iterable, Sequence
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
) -> Plan:
    """Where a new news report goes, given the reports of the events it can block with.

    ``current`` maps each neighbour report id to its event id.
    """
    must, cannot = list(must), list(cannot)
    hits = [n for n in neighbours if score(new, n) >= THRESHOLD]
    tied = any(new.id in pair for pair in must)
    if not hits and not tied:
        event_id = new_event_id([new.id])
        return Plan({new.id: event_id}, {}, (event_id,))
    targets = {current[n.id] for n in hits}
    if len(targets) == 1 and not tied:
        (target,) = targets
        members = [n for n in neighbours if current.get(n.id) == target]
        ids = {m.id for m in members}
        split_away = any(new.id in pair and (set(pair) & ids) for pair in cannot)
        if not split_away and compatible(members, [new]):
            return Plan({new.id: target})
    groups = cluster([*neighbours, new], must=must, cannot=cannot)
    result, absorbed = assign(groups, dict(current))
    known = set(current.values())
    moves = {r: e for r, e in result.items() if current.get(r) != e}
    created = tuple(sorted({e for e in result.values() if e not in known}))
    return Plan(moves, absorbed, created)


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
        if it.id in self.event_of:
            return self.event_of[it.id]
        if not it.linkable:
            event_id = new_event_id([it.id])
            self._apply(Plan({it.id: event_id}, {}, (event_id,)), {it.id: it})
            return event_id
        neighbours = self._neighbours(it)
        current = {n.id: self.event_of[n.id] for n in neighbours}
        step = plan(it, neighbours, current)
        self._apply(step, {n.id: n for n in [*neighbours, it]})
        return self.event_of[it.id]

    def _apply(self, step: Plan, items: dict[str, Item]) -> None:
        for report_id, event_id in sorted(step.moves.items()):
            old = self.event_of.get(report_id)
            if old is not None:
                self.members[old] = [m for m in self.members[old] if m.id != report_id]
            self.event_of[report_id] = event_id
            self.members.setdefault(event_id, []).append(items[report_id])
        for old, new in step.absorbed.items():
            self.redirects[old] = new
        for event_id in [e for e, ms in self.members.items() if not ms]:
            del self.members[event_id]
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
        that moves forward in time); return how many were dropped."""
        stale = [
            e
            for e, ms in self.members.items()
            if all(m.end is not None and m.end < before for m in ms)
        ]
        for e in stale:
            for m in self.members.pop(e):
                self.event_of.pop(m.id, None)
        for key in [k for k in self._index if k[1] < before]:
            del self._index[key]
        for day_key in [k for k in self._by_day if k[1] < before]:
            del self._by_day[day_key]
        return len(stale)

    def groups(self) -> list[tuple[str, ...]]:
        """The current events as sorted tuples of report ids."""
        return sorted(tuple(sorted(m.id for m in ms)) for ms in self.members.values())
