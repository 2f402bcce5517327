"""The scorer counts exactly as shared/eval/README.md says: hand-built reports against gold."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from flashpoint.errors import InputError
from flashpoint.evaluate import GoldDoc, Scores, load_gold, parse_gold, score, type_confusion
from flashpoint.models import (
    UNKNOWN_DATE,
    ActorKind,
    Article,
    Claim,
    ClaimKind,
    DatePrecision,
    DateSpan,
    Mention,
    Outcome,
    Qualifier,
    Report,
)

SEED = Path(__file__).parents[2] / "shared" / "eval" / "seed.jsonl"
DAY = date(2021, 7, 28)
MENTION = Mention(0, 7, "Armenia said three soldiers were killed.", "Armenia")
CLAIMANTS = {"Armenia (its defence ministry)": "AM", "Azerbaijan (its ministry of defence)": "AZ"}


def claimant_country(text: str) -> str | None:
    return CLAIMANTS.get(text)


def make_claim(
    outcome: Outcome = Outcome.KILLED,
    low: int = 3,
    subject: str | None = "AM",
    speaker: str | None = "AM",
    qualifier: Qualifier = Qualifier.EXACT,
) -> Claim:
    return Claim(
        kind=ClaimKind.CASUALTIES,
        speaker=speaker or "the outlet",
        speaker_country=speaker,
        speaker_kind=ActorKind.OFFICIAL,
        mention=MENTION,
        subject_country=subject,
        outcome=outcome,
        low=low,
        qualifier=qualifier,
    )


def make_report(
    type: str = "Armed clash",
    when: date | None = DAY,
    precision: DatePrecision = DatePrecision.DAY,
    countries: tuple[str, ...] = ("AM", "AZ"),
    claims: tuple[Claim, ...] = (),
    background: bool = False,
) -> Report:
    span = UNKNOWN_DATE if when is None else DateSpan(when, when, precision)
    return Report(
        id=f"r-{type}-{when}-{precision}-{len(claims)}",
        article_id="a-seed",
        event_type="",
        sub_event_type=type,
        date=span,
        countries=countries,
        actors=(),
        claims=claims,
        places=(),
        background=background,
        trigger=MENTION,
        confidence=1.0,
        extractor="test.v1",
    )


def event(
    type: str = "armed_clash",
    when: str | None = "2021-07-28",
    precision: str = "day",
    casualties: tuple[dict[str, Any], ...] = (),
    background: bool = False,
) -> dict[str, Any]:
    return {
        "type": type,
        "date": when,
        "date_precision": precision,
        "country": ["AM", "AZ"],
        "casualties": list(casualties),
        "background": background,
    }


def casualty(country: str | None, claimed_by: str, **numbers: int) -> dict[str, Any]:
    return {"side": "soldiers", "country": country, "claimed_by": claimed_by, **numbers}


def gold(*events: dict[str, Any]) -> GoldDoc:
    line = {"id": "seed", "published": "2021-07-28", "text": "Border clash.", "events": events}
    return parse_gold(json.dumps(line))


SEED_GOLD = gold(
    event(
        casualties=(
            casualty("AM", "Armenia (its defence ministry)", killed=3, wounded=4),
            casualty("AZ", "Azerbaijan (its ministry of defence)", wounded=2),
        )
    ),
    event("ceasefire_agreement"),
    event(when="2021-07", precision="month", background=True),
    event("other", when="2021-05", precision="month", background=True),
    event(
        when="2020-09",
        precision="month",
        background=True,
        casualties=(casualty(None, "the report ('more than 6,000 killed')", killed=6000),),
    ),
)
AM_KILLED = make_claim()
AM_WOUNDED = make_claim(Outcome.WOUNDED, 4)
AZ_WOUNDED = make_claim(Outcome.WOUNDED, 2, subject="AZ", speaker="AZ")
CLASH = make_report(claims=(AM_KILLED, AM_WOUNDED, AZ_WOUNDED))
CEASEFIRE = make_report("Agreement")
PERFECT = (CLASH, CEASEFIRE)


def scores(reports: tuple[Report, ...], doc: GoldDoc = SEED_GOLD) -> Scores:
    return score([(doc, reports)], claimant_country=claimant_country)


def test_a_perfect_prediction_scores_one_everywhere() -> None:
    result = scores(PERFECT)
    assert {m.name: m.value for m in result.metrics} == {m.name: 1.0 for m in result.metrics}
    assert result.details == ()


def test_every_score_carries_its_denominator() -> None:
    result = scores(PERFECT)
    assert {m.name: m.n for m in result.metrics} == {
        "events.precision": 2,
        "events.recall": 2,
        "events.f1": 4,
        "events.type_found": 2,
        "events.type": 2,
        "events.date_exact": 2,
        "events.date_precision": 2,
        "events.country": 2,
        "casualties.recall": 3,
        "casualties.killed_recall": 1,
        "casualties.wounded_recall": 2,
        "casualties.precision": 3,
        "casualties.claimant": 3,
        "background.kept": 3,
    }


@pytest.mark.parametrize(
    ("reports", "metric", "expected"),
    [
        pytest.param((CLASH,), "events.recall", 0.5, id="a missing event lowers recall"),
        pytest.param((CLASH,), "events.precision", 1.0, id="a missing event keeps precision"),
        pytest.param(
            (*PERFECT, make_report(when=date(2021, 7, 1), precision=DatePrecision.MONTH)),
            "background.kept",
            2 / 3,
            id="a background event predicted as news lowers background",
        ),
        pytest.param(
            (*PERFECT, make_report(when=date(2021, 7, 1), precision=DatePrecision.MONTH)),
            "events.precision",
            2 / 3,
            id="a background event predicted as news is spurious",
        ),
        pytest.param(
            (*PERFECT, make_report(when=date(2021, 7, 1), background=True)),
            "background.kept",
            1.0,
            id="a background event reported as background is kept",
        ),
        pytest.param(
            (make_report(claims=(make_claim(subject="AZ"), AM_WOUNDED, AZ_WOUNDED)), CEASEFIRE),
            "casualties.recall",
            2 / 3,
            id="a claim with the wrong side is not found",
        ),
        pytest.param(
            (make_report(claims=(make_claim(subject="AZ"), AM_WOUNDED, AZ_WOUNDED)), CEASEFIRE),
            "casualties.precision",
            2 / 3,
            id="a claim with the wrong side is spurious",
        ),
        pytest.param(
            (make_report(claims=(make_claim(low=24, qualifier=Qualifier.VAGUE),)), CEASEFIRE),
            "casualties.precision",
            None,
            id="a vague figure is not a predicted number",
        ),
        pytest.param(
            (make_report(claims=(make_claim(Outcome.KILLED, 4), AM_WOUNDED, AZ_WOUNDED)),),
            "casualties.recall",
            2 / 3,
            id="a claim with the wrong outcome is not found",
        ),
        pytest.param(
            (make_report(claims=(make_claim(speaker="AZ"), AM_WOUNDED, AZ_WOUNDED)), CEASEFIRE),
            "casualties.claimant",
            2 / 3,
            id="a found claim with the wrong speaker lowers claimant",
        ),
        pytest.param(
            (make_report(claims=(AZ_WOUNDED, AM_WOUNDED, AM_KILLED)), CEASEFIRE),
            "casualties.recall",
            1.0,
            id="claims are found whatever order they come in",
        ),
        pytest.param(
            (CLASH, make_report("Agreement", when=date(2021, 7, 27))),
            "events.recall",
            0.5,
            id="a report a day off does not match",
        ),
        pytest.param(
            (CLASH, make_report("Agreement", when=None)),
            "events.recall",
            1.0,
            id="an unknown date contradicts nothing",
        ),
        pytest.param(
            (make_report("Shelling/artillery/missile attack"), CEASEFIRE),
            "events.type_found",
            0.5,
            id="a wrong type is not found",
        ),
        pytest.param(
            (make_report(countries=("AM",)), CEASEFIRE),
            "events.country",
            0.5,
            id="a partial country set is wrong",
        ),
        pytest.param(
            (make_report(when=date(2021, 7, 26), precision=DatePrecision.WEEK), CEASEFIRE),
            "events.date_precision",
            0.5,
            id="a week holding the day matches, at the wrong precision",
        ),
    ],
)
def test_counting_rules(reports: tuple[Report, ...], metric: str, expected: float | None) -> None:
    assert scores(reports)[metric].value == pytest.approx(expected)


def test_killed_and_wounded_recall_are_counted_apart() -> None:
    result = scores((make_report(claims=(AM_KILLED, AM_WOUNDED)), CEASEFIRE))
    assert (
        result["casualties.killed_recall"].value,
        result["casualties.wounded_recall"].value,
    ) == (
        1.0,
        0.5,
    )


def test_a_vague_figure_never_matches_the_same_number() -> None:
    doc = gold(event(casualties=(casualty("AM", "Armenia (its defence ministry)", killed=24),)))
    dozens = make_claim(low=24, qualifier=Qualifier.VAGUE)
    assert dozens.figure is None
    result = scores((make_report(claims=(dozens,)),), doc)
    assert (result["casualties.recall"].value, result["casualties.precision"].n) == (0.0, 0)


@pytest.mark.parametrize(
    ("gold_date", "precision", "predicted", "predicted_precision", "matched"),
    [
        ("2021-07", "month", date(2021, 7, 15), DatePrecision.DAY, True),
        ("2021-07", "month", date(2021, 8, 2), DatePrecision.DAY, False),
        ("2021-07-15", "day", date(2021, 7, 1), DatePrecision.MONTH, True),
        ("2021-06-30", "day", date(2021, 7, 1), DatePrecision.MONTH, False),
        ("2021-07-28", "week", date(2021, 8, 2), DatePrecision.DAY, True),
        ("2021-07-28", "week", date(2021, 8, 4), DatePrecision.DAY, False),
        ("2021-07-28", "day", date(2021, 1, 1), DatePrecision.YEAR, True),
        (None, "unknown", date(2021, 7, 28), DatePrecision.DAY, True),
    ],
)
def test_dates_contradict_only_at_the_coarser_precision(
    gold_date: str | None,
    precision: str,
    predicted: date,
    predicted_precision: DatePrecision,
    matched: bool,
) -> None:
    doc = gold(event(when=gold_date, precision=precision))
    result = scores((make_report(when=predicted, precision=predicted_precision),), doc)
    assert result["events.recall"].value == (1.0 if matched else 0.0)


def test_matching_is_one_to_one() -> None:
    two_clashes = gold(event(), event())
    assert scores((CLASH,), two_clashes)["events.recall"].value == 0.5
    assert scores((CLASH, CLASH), gold(event()))["events.precision"].value == 0.5


def test_a_report_of_no_conflict_event_is_no_event() -> None:
    flood = replace(make_report("Natural disaster"), event_type="Not a conflict event")
    assert scores((*PERFECT, flood))["events.precision"].value == 1.0
    assert scores((*PERFECT, make_report("Other")))["events.precision"].value == 2 / 3


def test_the_same_date_wins_the_match() -> None:
    doc = gold(event(when="2021-07", precision="month"), event())
    month = make_report(when=date(2021, 7, 1), precision=DatePrecision.MONTH)
    result = scores((make_report(), month), doc)
    assert result["events.date_exact"].value == 1.0


def test_agreeing_figures_win_the_match_between_events_of_one_day() -> None:
    doc = gold(
        event(casualties=(casualty("AM", "Armenia (its defence ministry)", killed=3),)),
        event(casualties=(casualty("AM", "Armenia (its defence ministry)", killed=9),)),
    )
    nine = make_report(claims=(make_claim(low=9),))
    three = make_report(claims=(make_claim(low=3),))
    result = scores((nine, three), doc)
    assert (result["casualties.recall"].value, result["casualties.precision"].value) == (1, 1)


def test_the_same_countries_win_the_match_between_events_of_one_day_and_figures() -> None:
    strike, answer = event(), event()
    strike["country"], answer["country"] = ["AZ"], ["AM"]
    doc = gold(strike, answer)
    result = scores((make_report(countries=("AM",)), make_report(countries=("AZ",))), doc)
    assert result["events.country"].value == 1.0


def test_claims_of_an_unmatched_report_count_against_nothing_but_recall() -> None:
    result = scores((make_report(when=date(2021, 6, 1), claims=CLASH.claims), CEASEFIRE))
    assert result["casualties.recall"].value == 0.0
    assert result["casualties.precision"].n == 0


def test_the_outlet_as_claimant_wants_no_speaker_country() -> None:
    doc = gold(event(casualties=(casualty(None, "the report (...)", killed=5),)))
    right = make_claim(low=5, subject=None, speaker=None)
    wrong = make_claim(low=5, subject=None, speaker="AM")
    assert scores((make_report(claims=(right,)),), doc)["casualties.claimant"].value == 1.0
    assert scores((make_report(claims=(wrong,)),), doc)["casualties.claimant"].value == 0.0


def test_nothing_to_count_gives_none_not_zero() -> None:
    result = score([(gold(), [])], claimant_country=claimant_country)
    assert all(m.value is None and m.n == 0 for m in result.metrics)


def test_details_name_the_document_and_what_went_wrong() -> None:
    result = scores((make_report(claims=(AM_KILLED,)), make_report("Attack")))
    notes = {note for _, note in result.details}
    assert {doc for doc, _ in result.details} == {"seed"}
    assert "missed ceasefire_agreement on 2021-07-28" in notes
    assert "armed_clash on 2021-07-28: missed claim 4 wounded (AM)" in notes
    assert any(note.startswith("spurious attack_on_civilians") for note in notes)
    json.dumps(result.as_dict(details=True))


def test_type_confusion_pairs_gold_with_the_nearest_report() -> None:
    reports = [make_report("Shelling/artillery/missile attack"), CEASEFIRE]
    assert type_confusion([(SEED_GOLD, reports)]) == {
        ("armed_clash", "shelling_airstrike"): 1,
        ("ceasefire_agreement", "ceasefire_agreement"): 1,
    }


def riot_line(**fields: Any) -> str:
    return json.dumps({"id": "d", "text": "t", "events": [{"type": "riot", **fields}]})


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("not json", "not JSON"),
        ('{"id": "d", "events": []}', "'text' must be a string, not None"),
        (riot_line(type="battle"), "'battle' is not one of"),
        (riot_line(date="28/07"), "28/07"),
        (riot_line(date="2021-13"), "month must be in 1..12"),
        (riot_line(casualties=[{"killed": "3"}]), "'killed' must be a whole number or null"),
        (riot_line(casualties=[{"killed": True}]), "'killed' must be a whole number or null"),
        (riot_line(casualties=[{"killed": -1}]), "'killed' must be a whole number or null"),
        (riot_line(country="AM"), "'country' must be a list"),
        (riot_line(background="no"), "'background' must be true or false"),
        (riot_line(date_precision="hour"), "'hour' is not a valid"),
    ],
)
def test_a_malformed_line_names_its_number(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "ok", "text": "A calm day.", "events": []}\n\n' + line + "\n")
    with pytest.raises(InputError, match=r"line 3: .*" + reason):
        list(load_gold(path))


@pytest.mark.eval
def test_load_gold_reads_the_seed_document() -> None:
    if not SEED.exists():
        pytest.skip(f"../shared/eval is absent: {SEED} holds the seed gold document")
    (doc,) = load_gold(SEED)
    assert doc.id == "seed-armenia-azerbaijan-2021-07-28"
    assert doc.article.id == Article.make_id(doc.article.text, doc.article.title)
    assert doc.article.published == DAY
    news = [e for e in doc.events if not e.background]
    assert [(e.type, e.date) for e in news] == [
        ("armed_clash", "2021-07-28"),
        ("ceasefire_agreement", "2021-07-28"),
    ]
    assert [str(c) for c in news[0].claims] == ["3 killed (AM)", "4 wounded (AM)", "2 wounded (AZ)"]
    assert scores(PERFECT, doc)["events.f1"].value == 1.0


def test_muc4_scores_attack_either_way_and_listed_victims_as_a_sum() -> None:
    from flashpoint.datasets import muc4

    incident = muc4.Incident("armed_clash", DAY, True, ((1,), (1,), (1,)), ())
    doc = muc4.MucDoc("D", Article(id="d", text="X"), (incident,))
    report = make_report(type="Attack", claims=(make_claim(low=3),))
    assert report.eval_type == "attack_on_civilians"
    scores = muc4.score([(doc, [report])])
    assert scores["incidents.recall"].value == 0.0
    assert scores["incidents.recall_attack"].value == 1.0
    assert scores["casualties.killed_recall"].value == 1.0
