"""Whose dead a figure counts, once the report is geocoded: the real pipeline on short
reports written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.models import Article, Claim, ClaimKind, Report
from flashpoint.pipeline import extract_all
from flashpoint.settings import Settings

pytestmark = pytest.mark.slow


def reports_of(text: str, published: date = date(2024, 10, 7)) -> list[Report]:
    """The reports the whole pipeline makes of a text."""
    article = Article(id=Article.make_id(text), text=text, published=published)
    ((_, reports),) = list(extract_all([article], settings=Settings()))
    return reports


def news_claims(text: str, published: date = date(2024, 10, 7)) -> list[Claim]:
    """The casualty claims of the news reports the whole pipeline makes of a text."""
    reports = reports_of(text, published)
    return [
        c
        for r in reports
        if not r.background
        for c in r.claims
        if c.kind is ClaimKind.CASUALTIES and c.outcome is not None
    ]


def claims(text: str) -> set[tuple[str, int | None, str | None]]:
    return {(c.outcome.value, c.figure, c.subject_country) for c in news_claims(text) if c.outcome}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll that names nobody counts the people of where it happened
        (
            "Gang members stormed the town of Saint-Marc in Haiti's Artibonite department on "
            "Thursday. The death toll rose to 31 on Sunday, the mayor said.",
            ("killed", 31, "HT"),
        ),
        # the dead of a clash between forces and rebels may be of either side
        (
            "Security forces clashed with Maoists in the forests of Bijapur district in India's "
            "Chhattisgarh state on Wednesday, killing two policemen. The toll in the encounter "
            "rose to 14 on Thursday, police said.",
            ("killed", 14, None),
        ),
        # a figure that counts only the dead
        (
            "Protesters clashed with police in the city of Puno in Peru on Monday. The "
            "ombudsman's office reported 12 deaths.",
            ("killed", 12, "PE"),
        ),
        # near the border with a country is not in it
        (
            "Colombian guerrillas ambushed an army patrol in Tame, in the Arauca department, on "
            "Saturday, killing four soldiers, the defence ministry said. The attack took place "
            "near the border with Venezuela.",
            ("killed", 4, "CO"),
        ),
        # the one country named is the one blamed, not where it happened
        (
            "Gunmen shot dead nine men on a highway in Balochistan on Saturday, officials "
            "said. Officials blamed India for backing the separatists.",
            ("killed", 9, "PK"),
        ),
        # soldiers hit where the geocoder places the event, in a report that names only the
        # country blamed
        (
            "Two soldiers were martyred when a roadside bomb struck their vehicle in "
            "Balochistan on Sunday, the military said. Officials blamed India.",
            ("killed", 2, "PK"),
        ),
        # soldiers with no nationality are of the country they were attacked in
        (
            "Jihadists killed 40 soldiers in an attack on an army base in Chad's Lac province, "
            "near the border with Nigeria, on Sunday, the presidency said.",
            ("killed", 40, "TD"),
        ),
        (
            "Two soldiers were martyred when a roadside bomb struck their vehicle in Kech "
            "district of Pakistan on Sunday.",
            ("killed", 2, "PK"),
        ),
        # the people foreign troops fired on are of the country the article places it in
        (
            "BEIRUT — An Israeli drone strike on a car in south Lebanon killed two people on "
            "Tuesday, Lebanon's health ministry said.\n\nEarlier on Tuesday, Israeli troops "
            "opened fire on residents trying to return to the border village of Houla, wounding "
            "one man, the state-run National News Agency reported.",
            ("wounded", 1, "LB"),
        ),
        # informants arrested are people of where it happened
        (
            "Police in Nigeria's Kaduna state said on Sunday they had arrested three suspected "
            "informants of the bandits in Kajuru.",
            ("captured", 3, "NG"),
        ),
        # the members of a community body killed in an attack on civilians
        (
            "Gunmen attacked villages in Bassa local government area of Nigeria's Plateau "
            "state on Sunday night, killing dozens of villagers. The Irigwe Development "
            "Association said 40 of its members were killed.",
            ("killed", 40, "NG"),
        ),
        # a toll that names nobody, where every other count of the dead is of one side
        (
            "Jihadist fighters attacked a position of volunteer fighters near Fada N'Gourma, in "
            "eastern Burkina Faso, last week, killing dozens of Burkinabe volunteers and "
            'soldiers. A local official put the toll at "nearly 30".',
            ("killed", 30, "BF"),
        ),
        # the soldiers the sentence names, not a country named further on
        (
            "Mexican soldiers clashed with gunmen near Culiacan on Saturday, leaving one "
            "soldier and six gunmen dead, the Defense Ministry said. The attackers, who fired "
            "rifles bought in the United States, fled.",
            ("killed", 1, "MX"),
        ),
        # suspects the state arrested are people of where it happened
        (
            "A roadside bomb killed four soldiers near Daquq in Iraq's Kirkuk province on "
            "Saturday, security sources said. Three suspects were arrested on Sunday.",
            ("captured", 3, "IQ"),
        ),
    ],
)
def test_the_side_of_a_figure_with_no_nationality(
    text: str, expected: tuple[str, int, str]
) -> None:
    assert expected in claims(text)


def test_a_lot_of_men_is_no_number() -> None:
    found = claims("We lost a lot of men in the attack on the base in Chad on Sunday.")
    assert ("killed", 1, "TD") not in found
    assert {figure for _, figure, _ in found} <= {None}


def test_an_official_of_no_country_speaks_for_where_the_lead_puts_it() -> None:
    text = (
        "Jihadists killed 40 soldiers in an attack on an army base in Chad's Lac province, "
        "near the border with Nigeria, on Sunday, the presidency said."
    )
    speakers = {c.speaker_country for c in news_claims(text, date(2024, 10, 29)) if c.figure == 40}
    assert speakers == {"TD"}


def test_protesters_with_no_nationality_are_of_the_place() -> None:
    found = claims(
        "Protesters hurled stones at police outside Congress in Buenos Aires, Argentina, on "
        "Wednesday. At least 45 protesters were injured, rights groups said."
    )
    assert ("wounded", 45, "AR") in found


def test_an_official_speaks_for_the_place_found_abroad() -> None:
    text = (
        "Gunmen shot dead nine men on a highway in Balochistan on Saturday, officials said. "
        "Officials blamed India for backing the separatists."
    )
    speakers = {c.speaker_country for c in news_claims(text, date(2025, 4, 14)) if c.figure == 9}
    assert speakers == {"PK"}


def test_a_city_the_parser_took_for_a_person_is_still_the_place() -> None:
    found = claims(
        "The death toll from a Russian glide bomb attack on central Zaporizhzhia on Monday has "
        "risen to 13, Governor Ivan Fedorov said."
    )
    assert ("killed", 13, "UA") in found


def test_a_report_naming_no_country_is_read_where_the_article_is() -> None:
    text = (
        "Bandits abducted 43 people in Maradun in Zamfara State on Sunday, residents said.\n\n"
        "Meanwhile, troops killed six bandits in an ambush in the North-west on Monday, "
        "the army said, and one soldier was wounded."
    )
    reports = reports_of(text, date(2024, 12, 3))
    assert {p.country for r in reports for p in r.places if p.country} == {"NG"}


def news_days(text: str, published: date) -> list[str | None]:
    return [r.date.label for r in reports_of(text, published) if not r.background]


def test_the_one_date_of_a_deep_wire_sentence_dates_its_event() -> None:
    text = (
        "N'DJAMENA, 20 MAR 25 (AFP) -- BOKO HARAM JIHADISTS ATTACKED AN ARMY POSITION ON AN "
        "ISLAND IN THE CHADIAN PART OF LAKE CHAD LATE ON TUESDAY, KILLING NINE SOLDIERS AND "
        "WOUNDING 14, THE ARMY SAID ON WEDNESDAY."
    )
    assert news_days(text, date(2025, 3, 20)) == ["2025-03-18"]


def test_a_statement_on_a_day_does_not_date_the_event() -> None:
    text = (
        "Kenyan police fired tear gas at protesters who pushed into the parliament compound in "
        "Nairobi on Tuesday.\n\nThe Kenya National Commission on Human Rights said in a "
        "statement on Wednesday that 22 people had been killed, and accused officers of "
        "shooting unarmed demonstrators."
    )
    assert news_days(text, date(2024, 6, 26)) == ["2024-06-25"]


def test_a_report_naming_only_the_attacker_is_read_where_the_article_is() -> None:
    text = (
        "Russia said on Sunday that its forces had taken full control of the eastern Ukrainian "
        "town of Avdiivka.\n\nIn the southern city of Kherson, a woman was killed when Russian "
        "shells hit a residential area on Sunday, regional governor Oleksandr Prokudin said."
    )
    assert ("killed", 1, "UA") in claims(text)


def test_a_country_that_owns_the_place_rules_out_a_namesake_abroad() -> None:
    text = (
        "Fighting between ELN guerrillas and FARC dissidents in Colombia's Catatumbo region "
        "killed 41 people on Thursday, the governor said."
    )
    reports = reports_of(text, date(2025, 1, 18))
    assert "VE" not in {p.country for r in reports for p in r.places}


def test_a_possessive_before_an_event_owns_no_place() -> None:
    from flashpoint.geo.geocoder import make_geocoder
    from flashpoint.geo.reports import places_of

    sentence = "Russia's attack on the city of Kharkiv killed three people, the governor said."
    places = places_of(sentence, [sentence], ("RU", "UA"), (), make_geocoder())
    assert ("Kharkiv", "UA") in {(p.name, p.country) for p in places}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was killed and two women were wounded when Russian artillery hit the "
            "Korabelnyi district of Kherson around midday, the regional administration said.",
            {("killed", 1, "UA"), ("wounded", 2, "UA")},
        ),
        (
            "A Ukrainian drone hit a car in the town of Shebekino this morning, killing a man "
            "and wounding his wife, the governor said.",
            {("killed", 1, "RU"), ("wounded", 1, "RU")},
        ),
    ],
)
def test_the_people_a_strike_from_abroad_hit_are_of_where_it_hit(
    text: str, expected: set[tuple[str, int | None, str | None]]
) -> None:
    assert claims(text) == expected


LIVE_BLOG = (
    "Ukraine war latest: strikes on Lviv and Kherson\n"
    "LIVE - Updated 17:45 Kyiv time\n\n"
    "Key points\n"
    "- One killed, three wounded in Lviv\n\n"
    "08:40\n"
    "In Lviv, regional governor Maksym Kozytskyi said one person was killed and three "
    "wounded when a drone hit a residential building in the city's Sykhiv district.\n\n"
    "10:20\n"
    "Over the border, the governor of Russia's Belgorod region says a Ukrainian drone hit a "
    "car in the town of Shebekino, wounding two men.\n\n"
    "15:05\n"
    "Kherson: a man was killed and two women were wounded when Russian artillery hit the "
    "city's Korabelnyi district around midday, the regional governor said.\n"
)


def test_each_entry_of_a_live_blog_tells_its_own_strike() -> None:
    reports = [r for r in reports_of(LIVE_BLOG) if not r.background]
    told = {
        (r.places[0].name, r.date.label): {
            (c.outcome.value, c.figure, c.subject_country) for c in r.claims if c.outcome
        }
        for r in reports
    }
    assert told == {
        ("Lviv", "2024-10-07"): {("killed", 1, "UA"), ("wounded", 3, "UA")},
        ("Belgorod", "2024-10-07"): {("wounded", 2, "RU")},
        ("Kherson", "2024-10-07"): {("killed", 1, "UA"), ("wounded", 2, "UA")},
    }
    # "the regional governor" of the Kherson entry is not the Belgorod governor before it
    (kherson,) = [r for r in reports if r.places[0].name == "Kherson"]
    assert {c.speaker for c in kherson.claims} == {"the regional governor"}


def test_a_sea_named_with_of_is_no_place_of_its_first_word() -> None:
    text = (
        "The Houthis said they fired missiles at a British-owned cargo ship in the Gulf of "
        "Aden late on Friday, while US and British aircraft struck sites near Hodeidah."
    )
    places = [p for r in reports_of(text) for p in r.places]
    assert "Gulf County" not in {p.name for p in places}


def test_a_place_in_a_country_never_named_is_a_namesake_once_the_article_placed_one_at_home() -> (
    None
):
    text = (
        "On 12 August, a drone strike hit the livestock market in Mellit town in Sudan's North "
        "Darfur, killing up to 13 people.\n\nOn 11 August, RSF fighters attacked Abu Shouk "
        "camp, killing at least 40 civilians. A clinic in Tawila received 31 wounded patients "
        "from Abu Shouk."
    )
    reports = [r for r in reports_of(text, date(2025, 8, 14)) if not r.background]
    assert [(r.date.label, r.located_in) for r in reports] == [
        ("2025-08-12", ("SD",)),
        ("2025-08-11", ("SD",)),
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the civilians a striker says it spared are of where it struck, not its own
        (
            "The U.S. Africa Command said it conducted an airstrike on Monday against Islamic "
            "State group fighters near Bosaso, and that its initial assessment was that no "
            "civilians were harmed.",
            date(2025, 10, 1),
            [("killed", 0, "SO"), ("wounded", 0, "SO")],
        ),
        # a country's own region told through "of" places the strike it struck
        (
            "A Turkish drone strike on a vehicle killed three people near a village in the Amedi "
            "district of Iraq's autonomous Kurdistan region on Sunday, local officials said.\n\n"
            "The day before, Turkish artillery shelled hills around the town of Sheladze. "
            '"Thankfully no one was hurt," the mayor said.',
            date(2024, 7, 15),
            [("killed", 3, "IQ"), ("killed", 0, "IQ"), ("wounded", 0, "IQ")],
        ),
    ],
)
def test_people_a_strike_hit_or_spared_are_of_where_it_struck(
    text: str, published: date, expected: list[tuple[str, int, str]]
) -> None:
    claims = news_claims(text, published)
    assert [(c.outcome.value if c.outcome else None, c.low, c.subject_country) for c in claims] == (
        expected
    )


def test_militiamen_are_of_where_they_fight_and_soldiers_among_the_dead_make_a_clash() -> None:
    text = (
        "JNIM fighters attacked a position of volunteer fighters near Fada N'Gourma, in "
        "eastern Burkina Faso, on Monday, killing dozens of volunteers and soldiers. JNIM said "
        "it had killed 73 militiamen."
    )
    reports = [r for r in reports_of(text, date(2024, 9, 9)) if not r.background]
    assert [r.eval_type for r in reports] == ["armed_clash"]
    assert [(c.low, c.subject_kind.value, c.subject_country) for c in reports[0].claims][-1] == (
        73,
        "political_militia",
        "BF",
    )
