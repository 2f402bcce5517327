"""Export events as JSON Lines, CSV or GeoJSON, with reconciled figures per side.

An event with no resolved point is written with ``geometry: null`` in GeoJSON: a vague
place is never drawn as a precise point.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from flashpoint.errors import InputError
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
    "countries",
    "reports",
    "killed_low",
    "killed_best",
    "killed_high",
    "wounded_best",
    "captured_best",
    "missing_best",
)


def flatten(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat record: ids, type codes, dates, and per-side figures."""
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
        "reports": event["reports_count"],
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
            feature = {
                "type": "Feature",
                "geometry": None,
                "properties": {**record, "where_prec": None, "place_note": "not geocoded"},
            }
            yield ("" if n == 0 else ",\n") + json.dumps(feature, ensure_ascii=False)
        yield "\n]}\n"
