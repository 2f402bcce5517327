"""Export events as JSON Lines, CSV or GeoJSON, with reconciled figures per side.

Every event says how precisely its place is known (UCDP ``where_prec``: 1 exact ... 6 country).
An event with no resolved point is written with ``geometry: null`` in GeoJSON: a vague place
is never drawn as a precise point on a country centroid.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from flashpoint.errors import InputError
from flashpoint.models import Place, where_countries
from flashpoint.reconcile import reconcile
from flashpoint.vocab import cameo_root, plover

FORMATS = ("jsonl", "csv", "geojson")
CSV_FIELDS = (
    "event_id",
    "event_type",
    "sub_event_type",
    "plover",
    "cameo_root",
    "date_start",
    "date_end",
    "date_precision",
    "country",
    "countries",
    "place",
    "where_prec",
    "latitude",
    "longitude",
    "reports",
    "sources",
    "killed_low",
    "killed_best",
    "killed_high",
    "wounded_best",
    "captured_best",
    "missing_best",
)


def where(event: dict[str, Any]) -> dict[str, Any]:
    """The event's place for export: name, UCDP precision, point (only when there is one).

    A place that is named but not resolved, or no place at all, leaves the country as the
    only thing known: precision 6, no point. ``country`` is where it happened, as ACLED's
    column, by the rule the evaluation scores (``models.where_countries``): the place's
    country once the place is known better than a country, both countries of a fight across
    a border, else the countries the reports name.

    >>> found = where({"place": {"name": "Batken", "precision": None}, "countries": ["KG"]})
    >>> found["where_prec"], found["latitude"], found["place_note"], found["country"]
    (6, None, 'named but not resolved: country-level', 'KG')
    """
    place = event.get("place") or {}
    precision = place.get("precision")
    lat, lon = place.get("lat"), place.get("lon")
    if precision is not None:
        note = "resolved"
    elif place:
        note = "named but not resolved: country-level"
    else:
        note = "no place named: country-level" if event.get("countries") else "no place known"
    countries = event.get("countries") or []
    places = [place, *(p for p in event.get("places") or [] if p.get("name") != place.get("name"))]
    found = where_countries(tuple(_place(p) for p in places if p), tuple(countries))
    country = ";".join(found) or None
    if precision is None and countries:
        precision = 6
    return {
        "country": country,
        "place": place.get("name"),
        "where_prec": precision,
        "latitude": lat if lat is not None and lon is not None else None,
        "longitude": lon if lat is not None and lon is not None else None,
        "place_note": note,
    }


def _place(found: dict[str, Any]) -> Place:
    """A stored place as the record it was."""
    return Place(
        name=str(found.get("name") or ""),
        country=found.get("country"),
        precision=found.get("precision"),
        feature=found.get("feature"),
        alternatives=tuple(
            Place(name=str(a.get("name") or ""), country=a.get("country"))
            for a in found.get("alternatives") or []
        ),
    )


def flatten(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat record: ids, type codes, dates, place, and per-side figures."""
    figures = reconcile(event.get("claims", []))
    totals: dict[str, dict[str, int | None]] = {}
    for f in figures:
        bucket = totals.setdefault(f.outcome, {"low": None, "best": None, "high": None})
        for key, value in (("low", f.low), ("best", f.best), ("high", f.high)):
            if value is not None:
                bucket[key] = (bucket[key] or 0) + value
    return {
        "event_id": event["id"],
        "event_type": event["event_type"],
        "sub_event_type": event["sub_event_type"],
        "plover": plover(event["sub_event_type"]),
        "cameo_root": cameo_root(event["sub_event_type"]),
        "date_start": event["date_start"],
        "date_end": event["date_end"],
        "date_precision": event["date_precision"],
        "countries": event["countries"],
        **where(event),
        "reports": event["reports_count"],
        "sources": event.get("sources"),
        "disagreements": event.get("disagreements", {}),
        "figures": [
            {"side": f.side, "outcome": f.outcome, "low": f.low, "best": f.best, "high": f.high}
            for f in figures
        ],
        "killed_low": totals.get("killed", {}).get("low"),
        "killed_best": totals.get("killed", {}).get("best"),
        "killed_high": totals.get("killed", {}).get("high"),
        "wounded_best": totals.get("wounded", {}).get("best"),
        "captured_best": totals.get("captured", {}).get("best"),
        "missing_best": totals.get("missing", {}).get("best"),
    }


def export(events: Iterable[dict[str, Any]], fmt: str) -> Iterator[str]:
    """Yield the export text in pieces (streamed, so memory stays flat)."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    records = (flatten(e) for e in events)
    if fmt == "jsonl":
        for record in records:
            yield json.dumps(record, ensure_ascii=False) + "\n"
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for record in records:
            writer.writerow({**record, "countries": ";".join(record["countries"])})
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()
    else:
        yield '{"type": "FeatureCollection", "features": [\n'
        for n, record in enumerate(records):
            point = (record["longitude"], record["latitude"])
            feature = {
                "type": "Feature",
                "geometry": None if None in point else {"type": "Point", "coordinates": point},
                "properties": record,
            }
            yield ("" if n == 0 else ",\n") + json.dumps(feature, ensure_ascii=False)
        yield "\n]}\n"
