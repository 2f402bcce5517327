"""Reconcile: low / best / high per side and outcome, following the claim policy of DESIGN.md.

- a speaker's later figure supersedes its earlier one (the history stays in the claims);
- a party's figure about the enemy's losses counts toward ``high`` only;
- the same figure repeated by several outlets is one figure, never a sum.

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

INDEPENDENT = {"independent", "outlet"}


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
    if row.get("qualifier") == "vague":
        return None
    value = row.get("low") if row.get("low") is not None else row.get("high")
    return int(value) if value is not None else None


def _age(row: Mapping[str, Any]) -> tuple[str, int, int]:
    """Order claims oldest first: by publication; within one article, a figure the text says
    was given earlier is older, and the first-mentioned figure (the lead) is the newest."""
    return (row.get("published") or "", 0 if row.get("earlier") else 1, -row.get("position", 0))


def reconcile(claims: Iterable[Mapping[str, Any]]) -> list[Figures]:
    """Reconcile casualty claims (rows as stored) into figures per side and outcome."""
    latest: dict[tuple[str, str, str], Mapping[str, Any]] = {}
    for row in sorted(claims, key=_age):
        if row.get("kind") != "casualties" or _figure(row) is None:
            continue
        side = row.get("subject_country") or "unknown"
        speaker = row.get("speaker_country") or str(row.get("speaker", "")).lower()
        latest[(side, str(row["outcome"]), speaker)] = row
    grouped: dict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for (side, outcome, _), row in latest.items():
        grouped[(side, outcome)].append(row)
    return [_figures(side, outcome, rows) for (side, outcome), rows in sorted(grouped.items())]


def _figures(side: str, outcome: str, rows: list[Mapping[str, Any]]) -> Figures:
    enemy = [
        r
        for r in rows
        if r.get("speaker_country")
        and side != "unknown"
        and r["speaker_country"] != side
        and r.get("speaker_kind") not in INDEPENDENT
    ]
    credible = [r for r in rows if r not in enemy]
    counts = Counter(f for r in credible if (f := _figure(r)) is not None)
    own = [r for r in credible if r.get("speaker_country") == side]
    best_value = _figure(own[-1]) if own else max(counts, key=counts.__getitem__, default=None)
    low_value = min(counts, default=None)
    high_row = max(rows, key=lambda r: _figure(r) or 0)

    def ids(value: int | None, pool: list[Mapping[str, Any]]) -> tuple[str, ...]:
        return tuple(str(r["id"]) for r in pool if _figure(r) == value)

    return Figures(
        side=side,
        outcome=outcome,
        low=low_value,
        best=best_value,
        high=_figure(high_row),
        low_from=ids(low_value, credible),
        best_from=ids(best_value, credible),
        high_from=ids(_figure(high_row), rows),
    )
