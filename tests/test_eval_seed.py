"""The reference report scores 1.0 on every field (needs ../shared/eval beside the project)."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint import evaluate as ev
from flashpoint.actors import claimant_country
from flashpoint.pipeline import extract_all
from flashpoint.settings import Settings

SEED = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seed.jsonl"

pytestmark = [pytest.mark.slow, pytest.mark.eval]


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> ev.Scores:
    if not SEED.exists():
        pytest.skip(
            "../shared/eval/seed.jsonl is absent: the evaluation data lives beside the project"
        )
    docs = list(ev.load_gold(SEED))
    settings = Settings(db=tmp_path_factory.mktemp("db") / "unused.db")
    reports = dict((a.id, r) for a, r in extract_all((d.article for d in docs), settings=settings))
    return ev.score([(d, reports[d.article.id]) for d in docs], claimant_country=claimant_country)


@pytest.mark.parametrize(
    "metric",
    [
        "events.precision",
        "events.recall",
        "events.type",
        "events.date_exact",
        "events.date_precision",
        "events.country",
        "casualties.recall",
        "casualties.precision",
        "casualties.claimant",
        "background.kept",
    ],
)
def test_seed_scores_one(scores: ev.Scores, metric: str) -> None:
    assert scores[metric].value == 1.0, scores.details
    assert scores[metric].n > 0


def test_seed_counts(scores: ev.Scores) -> None:
    assert scores["events.recall"].n == 2
    assert scores["casualties.recall"].n == 3
    assert scores["background.kept"].n == 3
