"""Geocoding against ../shared/eval: the UCDP GED sample and the seed report (skip without it).

Both use the full compiled gazetteer (compiled once on first use, about 20 s).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.datasets import ucdp_ged
from flashpoint.pipeline import build_geocoder, ingest
from flashpoint.settings import Settings
from flashpoint.store import Store

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"
GED = SHARED / "ucdp_ged" / "ged231_sample_even_rows.csv"
SEED = SHARED / "seed.jsonl"
# Measured with flashpoint.gazetteer.v1: within 25 km 0.601, admin1 0.764, country 1.000.
FLOORS = {"within_25km": 0.59, "admin1": 0.75, "country": 0.98}

pytestmark = [pytest.mark.slow, pytest.mark.eval]


def need(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path.name} is absent: the evaluation data lives in ../shared/eval")


def test_the_ged_sample_scores_above_its_floors_and_the_baseline(settings: Settings) -> None:
    need(GED)
    geocoder = build_geocoder(settings.geocoder, path=settings.gazetteer)
    ours, plain = ucdp_ged.evaluate(GED, geocoder)
    for name, floor in FLOORS.items():
        assert (ours[name].value or 0) >= floor, (name, ours[name])
        assert (ours[name].value or 0) > (plain[name].value or 0), name
    assert (ours["median_km"].value or 1e9) < (plain["median_km"].value or 1e9)
    assert ours["within_25km"].n == 363 and ours["admin1"].n == 478


def test_the_seed_event_sits_in_kalbajar_with_the_border_as_a_second_account(
    tmp_path: Path,
) -> None:
    need(SEED)
    settings = Settings(db=tmp_path / "seed.db")
    store = Store.at(settings.db)
    ingest([SEED], settings=settings, store=store)
    events = store.events(limit=20)
    clashes = [e for e in events if e["eval_type"] == "armed_clash"]
    assert clashes
    reports = store.event(clashes[0]["id"])["reports"]
    places = [p for r in reports for p in json.loads(r["places"])]
    first = places[0]
    assert (first["admin1"], first["precision"], first["feature"]) == ("AZ-KAL", 4, "admin1")
    assert any(p["feature"] == "border" and p["precision"] == 5 for p in places[1:])
    every = [
        p for e in events for r in store.event(e["id"])["reports"] for p in json.loads(r["places"])
    ]
    assert every
    assert all(p["lat"] is None for p in every if p["precision"] == 6)
    assert all(p["precision"] != 6 for p in every if p["lat"] is not None)
