"""Link: decide which event a news report belongs to (a first, rule-based version).

A report joins an event of the same eval type whose date span overlaps its own (within a
day either way) and that shares at least one country; otherwise it starts a new event.
Background reports describe the past and never start an event.

>>> from datetime import date
>>> a = Candidate("ev-1", "armed_clash", date(2021, 7, 28), date(2021, 7, 28), ("AM", "AZ"))
>>> same_incident("armed_clash", date(2021, 7, 28), date(2021, 7, 28), ("AZ",), a)
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from flashpoint.models import Report, content_id

SLACK = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Candidate:
    """An existing event as linking sees it."""

    id: str
    eval_type: str
    start: date | None
    end: date | None
    countries: tuple[str, ...]


def same_incident(
    eval_type: str,
    start: date | None,
    end: date | None,
    countries: tuple[str, ...],
    event: Candidate,
) -> bool:
    """Whether a report (type, span, countries) describes the given event."""
    if eval_type != event.eval_type:
        return False
    if start is None or end is None or event.start is None or event.end is None:
        return False
    overlaps = start - SLACK <= event.end and event.start - SLACK <= end
    return overlaps and bool(set(countries) & set(event.countries))


def choose(report: Report, candidates: list[Candidate]) -> Candidate | None:
    """The first matching candidate (candidates come oldest first, so the result is stable)."""
    for event in candidates:
        if same_incident(
            report.eval_type, report.date.start, report.date.end, report.countries, event
        ):
            return event
    return None


def new_event_id(report: Report) -> str:
    """A stable id for an event started by this report."""
    return content_id(report.id, prefix="ev-")
