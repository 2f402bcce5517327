"""The claim policy of DESIGN.md, case by case: rows as the store returns them -> figures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from flashpoint.actors import claimant_country
from flashpoint.evaluate import load_gold, own_latest
from flashpoint.reconcile import reconcile

STATE = "state_forces"


def claim(
    cid: str,
    figure: int | None,
    *,
    side: str | None = "AM",
    speaker: str = "Armenia's defence ministry",
    speaker_country: str | None = "AM",
    speaker_kind: str = STATE,
    outcome: str = "killed",
    published: str = "2021-07-28",
    position: int = 0,
    qualifier: str = "exact",
    kind: str = "casualties",
    earlier: bool = False,
) -> dict[str, Any]:
    return {
        "id": cid,
        "earlier": int(earlier),
        "kind": kind,
        "outcome": outcome,
        "low": figure,
        "high": figure,
        "qualifier": qualifier,
        "subject_country": side,
        "speaker": speaker,
        "speaker_country": speaker_country,
        "speaker_kind": speaker_kind,
        "published": published,
        "position": position,
    }


def azerbaijan(cid: str, figure: int, **kw: Any) -> dict[str, Any]:
    return claim(cid, figure, speaker="Azerbaijan's defence ministry", speaker_country="AZ", **kw)


def outlet(cid: str, figure: int, name: str, **kw: Any) -> dict[str, Any]:
    return claim(cid, figure, speaker=name, speaker_country=None, speaker_kind="outlet", **kw)


CASES = {
    "one own claim": ([claim("c1", 3)], [("AM", "killed", 3, 3, 3)]),
    "a later figure supersedes the earlier one": (
        [claim("c1", 1, published="2021-07-27"), claim("c2", 6, published="2021-07-30")],
        [("AM", "killed", 6, 6, 6)],
    ),
    "the order the claims arrive in does not matter": (
        [claim("c2", 6, published="2021-07-30"), claim("c1", 1, published="2021-07-27")],
        [("AM", "killed", 6, 6, 6)],
    ),
    "within one article the lead figure is the current one": (
        [claim("c1", 3, position=0), claim("c2", 1, position=1)],
        [("AM", "killed", 3, 3, 3)],
    ),
    "a figure the text says was given earlier is older": (
        [claim("c1", 2, position=0, earlier=True), claim("c2", 3, position=1)],
        [("AM", "killed", 3, 3, 3)],
    ),
    "a revision may also go down": (
        [claim("c1", 5, published="2021-07-27"), claim("c2", 4, published="2021-07-29")],
        [("AM", "killed", 4, 4, 4)],
    ),
    "the enemy's figure counts toward high only": (
        [claim("c1", 6), azerbaijan("c2", 70)],
        [("AM", "killed", 6, 6, 70)],
    ),
    "an enemy's figure alone gives only a high": (
        [azerbaijan("c1", 70)],
        [("AM", "killed", None, None, 70)],
    ),
    "an enemy's figure below the own one is no floor": (
        [claim("c1", 6), azerbaijan("c2", 2)],
        [("AM", "killed", 6, 6, 6)],
    ),
    "an independent source confirms the enemy's figure": (
        [azerbaijan("c1", 70), outlet("c2", 70, "Daily Ledger")],
        [("AM", "killed", 70, 70, 70)],
    ),
    "one figure repeated by three outlets is counted once": (
        [
            claim("c1", 4, outcome="wounded"),
            outlet("c2", 4, "Daily Ledger", outcome="wounded"),
            outlet("c3", 4, "Sample Wire", outcome="wounded"),
            outlet("c4", 4, "Demo Times", outcome="wounded"),
        ],
        [("AM", "wounded", 4, 4, 4)],
    ),
    "the figure most outlets give is best": (
        [
            outlet("c1", 3, "Daily Ledger"),
            outlet("c2", 5, "Sample Wire"),
            outlet("c3", 5, "Demo Times"),
        ],
        [("AM", "killed", 3, 5, 5)],
    ),
    "sides and outcomes are kept apart": (
        [claim("c1", 3), claim("c2", 4, outcome="wounded"), azerbaijan("c3", 2, side="AZ")],
        [("AM", "killed", 3, 3, 3), ("AM", "wounded", 4, 4, 4), ("AZ", "killed", 2, 2, 2)],
    ),
    "nobody is an enemy of an unknown side": (
        [azerbaijan("c1", 2, side=None)],
        [("unknown", "killed", 2, 2, 2)],
    ),
    "a vague figure gives no number": (
        [claim("c1", 24, qualifier="vague")],
        [],
    ),
    "blame, denials and claims of attacks are not casualties": (
        [claim("c1", None, kind="blame"), claim("c2", None, kind="responsibility")],
        [],
    ),
}


@pytest.mark.parametrize(("rows", "expected"), CASES.values(), ids=CASES.keys())
def test_reconcile_follows_the_claim_policy(
    rows: list[dict[str, Any]], expected: list[tuple[Any, ...]]
) -> None:
    figures = reconcile(rows)
    assert [(f.side, f.outcome, f.low, f.best, f.high) for f in figures] == expected


@pytest.mark.parametrize(
    ("rows", "low_from", "best_from", "high_from"),
    [
        ([claim("c1", 6), azerbaijan("c2", 70)], ("c1",), ("c1",), ("c2",)),
        (
            [claim("c1", 1, published="2021-07-27"), claim("c2", 6, published="2021-07-30")],
            ("c2",),
            ("c2",),
            ("c2",),
        ),
        (
            [claim("c1", 4), outlet("c2", 4, "Daily Ledger"), outlet("c3", 4, "Sample Wire")],
            ("c1", "c2", "c3"),
            ("c1", "c2", "c3"),
            ("c1", "c2", "c3"),
        ),
        ([azerbaijan("c1", 70)], (), (), ("c1",)),
    ],
    ids=["enemy-high", "superseded", "repeated", "enemy-only"],
)
def test_every_figure_names_the_claims_behind_it(
    rows: list[dict[str, Any]],
    low_from: tuple[str, ...],
    best_from: tuple[str, ...],
    high_from: tuple[str, ...],
) -> None:
    [figure] = reconcile(rows)
    assert (figure.low_from, figure.best_from, figure.high_from) == (low_from, best_from, high_from)


HELD_OUT = Path(__file__).parent / "data" / "linking_heldout.jsonl"


def test_on_the_held_out_clusters_best_is_each_sides_own_latest_figure() -> None:
    """The policy alone, on the gold claims (no extractor): each side's best figure is the one
    its own authorities gave last, however the other side and the outlets reported it."""
    docs = list(load_gold(HELD_OUT))
    expected = own_latest(docs, claimant_country=claimant_country)
    found: dict[tuple[str, str, str], int | None] = {}
    for cluster in sorted({d.cluster for d in docs if d.cluster}):
        rows = [
            {
                "id": f"{doc.id}-{e}-{i}",
                "kind": "casualties",
                "outcome": claim.outcome.value,
                "low": claim.number,
                "high": claim.number,
                "subject_country": claim.country,
                "speaker": claim.claimed_by or doc.article.outlet,
                "speaker_country": claimant_country(claim.claimed_by or ""),
                "speaker_kind": "state_forces"
                if claimant_country(claim.claimed_by or "")
                else "independent",
                "published": str(doc.article.published),
                "position": -i,
                "source": doc.article.id,
            }
            for doc in docs
            if doc.cluster == cluster
            for e, event in enumerate(doc.events)
            for i, claim in enumerate(event.claims)
        ]
        for f in reconcile(rows):
            found[(cluster, f.side, f.outcome)] = f.best
    assert len(expected) >= 12
    assert {k: found.get(k) for k in expected} == expected
