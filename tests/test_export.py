"""Exports from hand-made events: flat records, JSON Lines, CSV and GeoJSON that parse."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest

from flashpoint.errors import InputError
from flashpoint.export import CSV_FIELDS, FORMATS, export, flatten


def casualty(
    cid: str, figure: int, side: str, speaker_country: str | None, outcome: str = "killed"
) -> dict[str, Any]:
    return {
        "id": cid,
        "kind": "casualties",
        "outcome": outcome,
        "low": figure,
        "high": figure,
        "qualifier": "exact",
        "subject_country": side,
        "speaker": f"speaker {cid}",
        "speaker_country": speaker_country,
        "speaker_kind": "outlet" if speaker_country is None else "state_forces",
        "published": "2021-07-28",
        "position": 0,
    }


def event(eid: str, claims: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return {
        "id": eid,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "date_start": "2021-07-28",
        "date_end": "2021-07-28",
        "date_precision": "day",
        "countries": ["AM", "AZ"],
        "reports_count": 2,
        "claims": claims,
        **fields,
    }


CLASH = event(
    "ev-clash",
    [
        casualty("c1", 6, "AM", "AM"),
        casualty("c2", 70, "AM", "AZ"),
        casualty("c3", 2, "AZ", "AZ"),
        casualty("c4", 4, "AM", "AM", "wounded"),
        casualty("c5", 4, "AM", None, "wounded"),
        casualty("c6", 4, "AM", None, "wounded"),
    ],
)
QUIET = event(
    "ev-quiet",
    [],
    event_type="Protests",
    sub_event_type="Peaceful protest",
    countries=["AM"],
    reports_count=1,
)
BOASTED = event("ev-boast", [casualty("c1", 70, "AM", "AZ")])


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (CLASH, {"killed_low": 8, "killed_best": 8, "killed_high": 72, "wounded_best": 4}),
        (
            QUIET,
            {"killed_low": None, "killed_best": None, "killed_high": None, "wounded_best": None},
        ),
        (
            BOASTED,
            {"killed_low": None, "killed_best": None, "killed_high": 70, "wounded_best": None},
        ),
    ],
    ids=["sides-summed-repeats-not", "no-claims", "enemy-only"],
)
def test_flatten_totals_per_outcome(source: dict[str, Any], expected: dict[str, Any]) -> None:
    record = flatten(source)
    assert {key: record[key] for key in expected} == expected


def test_flatten_keeps_codes_dates_and_per_side_figures() -> None:
    record = flatten(CLASH)
    assert {k: record[k] for k in ("event_id", "plover", "cameo_root", "reports")} == {
        "event_id": "ev-clash",
        "plover": "ASSAULT",
        "cameo_root": "19",
        "reports": 2,
    }
    assert (record["date_start"], record["date_precision"]) == ("2021-07-28", "day")
    assert record["figures"] == [
        {"side": "AM", "outcome": "killed", "low": 6, "best": 6, "high": 70},
        {"side": "AM", "outcome": "wounded", "low": 4, "best": 4, "high": 4},
        {"side": "AZ", "outcome": "killed", "low": 2, "best": 2, "high": 2},
    ]
    assert flatten(QUIET)["plover"] == "PROTEST"


def text_of(events: list[dict[str, Any]], fmt: str) -> str:
    return "".join(export(iter(events), fmt))


@pytest.mark.parametrize("events", [[CLASH, QUIET, BOASTED], []], ids=["three", "none"])
def test_jsonl_is_one_record_per_line(events: list[dict[str, Any]]) -> None:
    lines = text_of(events, "jsonl").splitlines()
    assert [json.loads(line)["event_id"] for line in lines] == [e["id"] for e in events]


@pytest.mark.parametrize("events", [[CLASH, QUIET, BOASTED], []], ids=["three", "none"])
def test_csv_has_the_header_and_a_row_per_event(events: list[dict[str, Any]]) -> None:
    reader = csv.DictReader(io.StringIO(text_of(events, "csv")))
    rows = list(reader)
    assert tuple(reader.fieldnames or ()) == CSV_FIELDS
    assert [row["event_id"] for row in rows] == [e["id"] for e in events]
    if rows:
        assert rows[0]["countries"] == "AM;AZ"
        assert (rows[0]["killed_best"], rows[1]["killed_best"]) == ("8", "")


@pytest.mark.parametrize("events", [[CLASH, QUIET, BOASTED], []], ids=["three", "none"])
def test_geojson_is_a_feature_collection_with_no_made_up_points(
    events: list[dict[str, Any]],
) -> None:
    collection = json.loads(text_of(events, "geojson"))
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert [f["properties"]["event_id"] for f in features] == [e["id"] for e in events]
    assert all(f["type"] == "Feature" and f["geometry"] is None for f in features)
    assert all(f["properties"]["where_prec"] == 6 for f in features)


@pytest.mark.parametrize(
    ("place", "geometry", "where_prec"),
    [
        (
            {"name": "Sotk", "precision": 1, "lat": 40.2, "lon": 45.9},
            {"type": "Point", "coordinates": [45.9, 40.2]},
            1,
        ),
        ({"name": "Syunik", "precision": 4, "lat": None, "lon": None}, None, 4),
        ({"name": "Batken", "precision": None, "lat": None, "lon": None}, None, 6),
        ({}, None, 6),
    ],
    ids=["point", "region-without-point", "named-not-resolved", "no-place"],
)
def test_geojson_draws_a_point_only_when_there_is_one_and_always_says_the_precision(
    place: dict[str, Any], geometry: dict[str, Any] | None, where_prec: int
) -> None:
    [feature] = json.loads(text_of([event("ev-x", [], place=place)], "geojson"))["features"]
    assert feature["geometry"] == geometry
    assert feature["properties"]["where_prec"] == where_prec
    assert feature["properties"]["place"] == place.get("name")


def test_an_unknown_format_names_the_known_ones() -> None:
    with pytest.raises(InputError, match=", ".join(FORMATS)):
        text_of([CLASH], "xml")


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_streams(fmt: str) -> None:
    pulled = []

    def events() -> Iterator[dict[str, Any]]:
        for n in range(1_000):
            pulled.append(n)
            yield event(f"ev-{n}", [])

    pieces = export(events(), fmt)
    next(pieces)
    next(pieces)
    assert len(pulled) <= 2


def test_country_is_where_it_happened() -> None:
    place = {"name": "Tegh", "country": "AM", "precision": 2, "lat": 39.5, "lon": 46.5}
    assert flatten({**CLASH, "place": place})["country"] == "AM"
    assert flatten(CLASH)["country"] == "AM;AZ"  # no place to settle it: the sides
    assert flatten(QUIET)["country"] == "AM"
    border = {
        "name": "the border between the two countries",
        "country": None,
        "precision": 5,
        "feature": "border",
        "alternatives": [
            {"name": "Armenia", "country": "AM"},
            {"name": "Azerbaijan", "country": "AZ"},
        ],
    }
    assert flatten({**CLASH, "place": border})["country"] == "AM;AZ"
