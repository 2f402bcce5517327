"""Reconcile: low / best / high per side and outcome, and one account of type, date and place.

The claim policy of DESIGN.md, step by step:

1. Repeats are one claim: the same speaker's same figure in one source (an article and its
   syndicated copies share a ``source``) is counted once.
2. A speaker's later figure supersedes its earlier one (the history stays in the claims).
   Speakers are parties by country; an independent speaker (UN, hospital, rights group) by
   name; an outlet's own voice by source, so twenty copies of one wire story are one voice.
3. A party's figure about the enemy's losses counts toward ``high`` only, unless an
   independent speaker gives the same figure (it is then confirmed).
4. ``best`` is the side's own authorities' latest figure when they gave one; otherwise the
   figure with the most weight, independent speakers weighing 2 and others 1 (ties: the
   larger figure). ``low`` is the smallest credible figure, ``high`` the largest of all.
5. Figures are never summed across claims about the same group.

>>> rows = [
...     {"id": "c1", "kind": "casualties", "outcome": "killed", "low": 1, "high": 1,
...      "subject_country": "AM", "speaker_country": "AM", "speaker": "Armenia",
...      "speaker_kind": "state_forces", "published": "2021-07-27", "position": 0},
...     {"id": "c2", "kind": "casualties", "outcome": "killed", "low": 6, "high": 6,
...      "subject_country": "AM", "speaker_country": "AM", "speaker": "Armenia",
...      "speaker_kind": "state_forces", "published": "2021-07-30", "position": 0},
...     {"id": "c3", "kind": "casualties", "outcome": "killed", "low": 70, "high": None,
...      "subject_country": "AM", "speaker_country": "AZ", "speaker": "Azerbaijan",
...      "speaker_kind": "state_forces", "published": "2021-07-30", "position": 1},
... ]
>>> [(f.side, f.low, f.best, f.high) for f in reconcile(rows)]
[('AM', 6, 6, 70)]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from flashpoint.link import place_key

INDEPENDENT = {"independent", "outlet"}
PRECISIONS = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}


@dataclass(frozen=True, slots=True)
class Figures:
    """Low / best / high for one side and outcome, with the claim ids behind each."""

    side: str
    outcome: str
    low: int | None
    best: int | None
    high: int | None
    low_from: tuple[str, ...]
    best_from: tuple[str, ...]
    high_from: tuple[str, ...]


def _figure(row: Mapping[str, Any]) -> int | None:
    if row.get("qualifier") == "vague" or row.get("outcome") == "killed_or_wounded":
        return None
    value = row.get("low") if row.get("low") is not None else row.get("high")
    return int(value) if value is not None else None


def _age(row: Mapping[str, Any]) -> tuple[str, int, int, str]:
    """Order claims oldest first: by publication; within one article, a figure the text says
    was given earlier is older, and the first-mentioned figure (the lead) is the newest."""
    return (
        str(row.get("published") or ""),
        0 if row.get("earlier") else 1,
        -int(row.get("position") or 0),
        str(row.get("id", "")),
    )


def _independent(row: Mapping[str, Any]) -> bool:
    return row.get("speaker_kind") in INDEPENDENT


def voice(row: Mapping[str, Any]) -> str:
    """Who is speaking, for superseding and counting: a party by country, an independent
    speaker by name, an outlet's own voice by source (so syndicated copies are one voice).

    >>> voice({"speaker": "the Outlet", "speaker_kind": "outlet", "source": "a-1"})
    'outlet:a-1'
    """
    if row.get("speaker_kind") == "outlet":
        return f"outlet:{row.get('source') or row.get('speaker', '')}"
    if row.get("speaker_country") and not _independent(row):
        return f"party:{row['speaker_country']}"
    return f"speaker:{str(row.get('speaker', '')).strip().lower()}"


def reconcile(claims: Iterable[Mapping[str, Any]]) -> list[Figures]:
    """Reconcile casualty claims (rows as stored) into figures per side and outcome."""
    latest: dict[tuple[str, str, str], Mapping[str, Any]] = {}
    for row in sorted(claims, key=_age):
        if row.get("kind") != "casualties" or _figure(row) is None or not row.get("outcome"):
            continue
        side = row.get("subject_country") or "unknown"
        latest[(side, str(row["outcome"]), voice(row))] = row
    grouped: dict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for (side, outcome, _), row in sorted(latest.items(), key=lambda kv: _age(kv[1])):
        grouped[(side, outcome)].append(row)
    return [_figures(side, outcome, rows) for (side, outcome), rows in sorted(grouped.items())]


def _figures(side: str, outcome: str, rows: list[Mapping[str, Any]]) -> Figures:
    confirmed = {_figure(r) for r in rows if _independent(r)}
    enemy = [
        r
        for r in rows
        if r.get("speaker_country")
        and side != "unknown"
        and r["speaker_country"] != side
        and not _independent(r)
        and _figure(r) not in confirmed
    ]
    credible = [r for r in rows if r not in enemy]
    own = [r for r in credible if r.get("speaker_country") == side and not _independent(r)]
    weight: Counter[int] = Counter()
    for r in credible:
        if (f := _figure(r)) is not None:
            weight[f] += 2 if _independent(r) else 1
    if own:
        best_value = _figure(own[-1])
    else:
        best_value = max(weight, key=lambda f: (weight[f], f), default=None)
    values = [f for r in credible if (f := _figure(r)) is not None]
    low_value = min(values, default=None)
    high_value = max((f for r in rows if (f := _figure(r)) is not None), default=None)

    def ids(value: int | None, pool: list[Mapping[str, Any]]) -> tuple[str, ...]:
        return tuple(str(r["id"]) for r in pool if _figure(r) == value)

    return Figures(
        side=side,
        outcome=outcome,
        low=low_value,
        best=best_value,
        high=high_value,
        low_from=ids(low_value, credible),
        best_from=ids(best_value, credible),
        high_from=ids(high_value, rows),
    )


def reconcile_event(reports: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """One account of an event from its news reports, and where the reports disagree.

    Each source (an article with its syndicated copies) counts once. Type: the sub-event
    type most sources give. Date: the most precise dates, the one most sources give; the span
    covers every report at that precision. Place: the most precise resolved place (ties: most
    reports); when none is resolved, the place most reports name, with precision None.
    Sides: every side actor named.

    >>> summary = reconcile_event([
    ...     {"source": "a1", "event_type": "Battles", "sub_event_type": "Armed clash",
    ...      "eval_type": "armed_clash", "date_start": "2021-07-28", "date_end": "2021-07-28",
    ...      "date_precision": "day", "countries": ["AM", "AZ"], "actors": [], "places": []},
    ...     {"source": "a2", "event_type": "Battles", "sub_event_type": "Armed clash",
    ...      "eval_type": "armed_clash", "date_start": "2021-07-27", "date_end": "2021-07-27",
    ...      "date_precision": "day", "countries": ["AZ"], "actors": [], "places": []}])
    >>> summary["date_start"], summary["date_end"], sorted(summary["disagreements"])
    ('2021-07-27', '2021-07-28', ['date'])
    """
    rows = list(reports)
    by_source: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for r in rows:
        by_source[str(r.get("source") or r.get("id"))].append(r)
    disagreements: dict[str, Any] = {}

    def vote(key: str) -> Counter[str]:
        return Counter(v for rs in by_source.values() for v in {str(r[key]) for r in rs})

    types = vote("sub_event_type")
    sub_event_type = max(types, key=lambda t: (types[t], t)) if types else "Other"
    if len(types) > 1:
        disagreements["type"] = dict(types)
    chosen = next(r for r in rows if r["sub_event_type"] == sub_event_type)
    finest = min((PRECISIONS.get(r["date_precision"], 4) for r in rows), default=4)
    precise = [r for r in rows if PRECISIONS.get(r["date_precision"], 4) == finest]
    starts = Counter(
        v for rs in by_source.values() for v in {r["date_start"] for r in rs if r in precise}
    )
    if len({r["date_start"] for r in precise}) > 1:
        disagreements["date"] = {str(k): n for k, n in starts.items()}
    dated = [r for r in precise if r["date_start"]]
    countries = sorted({c for r in rows for c in r.get("countries", [])})
    sides = sorted({a["id"] for r in rows for a in r.get("actors", []) if a.get("role") == "side"})
    place, places = _place(rows)
    # reports disagree on the place when their own event places differ (the two sides'
    # accounts of where it happened), not when one report names several places
    named: dict[str, int] = {}
    for r in rows:
        if not r.get("places"):
            continue
        name = str(r["places"][0].get("name", ""))
        match = next((n for n in named if place_key(n) == place_key(name)), name)
        named[match] = named.get(match, 0) + 1
    if len(named) > 1:
        disagreements["place"] = named
    return {
        "event_type": chosen["event_type"],
        "sub_event_type": sub_event_type,
        "eval_type": chosen["eval_type"],
        "date_start": min((r["date_start"] for r in dated), default=None),
        "date_end": max((r["date_end"] or r["date_start"] for r in dated), default=None),
        "date_precision": next(k for k, v in PRECISIONS.items() if v == finest),
        "countries": countries,
        "sides": sides,
        "place": place,
        "places": places,
        "sources": len(by_source),
        "disagreements": disagreements,
    }


def _place(rows: list[Mapping[str, Any]]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The event's place and every place its reports name (with how many reports name it)."""
    named: dict[str, dict[str, Any]] = {}
    for r in rows:
        for p in r.get("places", []):
            name = str(p.get("name", ""))
            if not name:
                continue
            entry = named.setdefault(name, {**p, "reports": 0})
            entry["reports"] += 1
            if entry.get("precision") is None and p.get("precision") is not None:
                named[name] = {**p, "reports": entry["reports"]}
    places = sorted(named.values(), key=lambda p: (-p["reports"], p["name"]))
    if not places:
        return {}, []
    # each report's first place is where it says the event happened; the others are places
    # it also names (a capital a ministry spoke from, a province around the village)
    leads = {str(r["places"][0].get("name", "")) for r in rows if r.get("places")}
    best = min(
        places,
        key=lambda p: (
            p["name"] not in leads,
            p.get("precision") is None,
            p.get("precision") or 0,
            -p["reports"],
        ),
    )
    return best, places
