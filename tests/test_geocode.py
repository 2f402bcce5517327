"""Geocoding: the gazetteer file, finding toponyms, resolving them, and honest precision.

A small gazetteer (a few countries) is compiled once per session into a temporary folder.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from flashpoint.datasets import ucdp_ged
from flashpoint.geo import gazetteer as gz
from flashpoint.geo import sources
from flashpoint.geo.geocoder import Geocoder, distance_km
from flashpoint.geo.reports import places_of
from flashpoint.geo.toponyms import find
from flashpoint.models import ActorKind, Claim, ClaimKind, Mention, Outcome, Place, Report

COUNTRIES = ("AM", "AZ", "EE", "NG", "SY", "AF", "CD", "RU", "CM", "PK", "ET")


@pytest.fixture(scope="session")
def geocoder(tmp_path_factory: pytest.TempPathFactory) -> Geocoder:
    path = tmp_path_factory.mktemp("gazetteer") / "small.sqlite"
    return Geocoder(gz.open_gazetteer(path, countries=COUNTRIES))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kəlbəcər", "kelbecer"),
        ("Ras al-A’in", "ras al ain"),
        ("  GWOZA  ", "gwoza"),
        ("Nagorno-Karabakh", "nagorno karabakh"),
    ],
)
def test_lookup_keys_fold_case_script_and_punctuation(name: str, expected: str) -> None:
    assert gz.key(name) == expected


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("Sukhna", "As Sukhnah", True),
        ("Bokamal", "Bukamal", True),
        ("Dar Kabeera", "Dar al Kabirah", True),
        ("Jisr al-Shugur", "Jisr ash Shughur", True),
        ("al-Dhale", "Ad Dali", True),
        ("Gwoza", "Maiduguri", False),
    ],
)
def test_skeletons_meet_for_spellings_of_one_name(a: str, b: str, alike: bool) -> None:
    assert (gz.skeleton(a) == gz.skeleton(b)) is alike


def test_the_subset_holds_only_its_countries(geocoder: Geocoder) -> None:
    countries = {
        e.country
        for name in ("Armenia", "Damascus", "Lagos")
        for e in geocoder.gazetteer.lookup(name)
    }
    assert countries <= set(COUNTRIES)
    assert geocoder.gazetteer.country("AZ") is not None
    assert geocoder.gazetteer.country("FR") is None


def test_the_file_is_reused_when_its_inputs_are_unchanged(
    geocoder: Geocoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Path] = []
    monkeypatch.setattr(sources, "build", lambda target, countries=None: calls.append(target))
    again = gz.open_gazetteer(geocoder.gazetteer.path, countries=COUNTRIES)
    assert again.fingerprint == geocoder.gazetteer.fingerprint
    assert calls == []


def test_a_stale_file_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[tuple[Path, object]] = []

    def fake_build(target: Path, countries: object = None) -> None:
        import sqlite3

        db = sqlite3.connect(target)
        db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
        db.execute("DELETE FROM meta")
        db.execute(
            "INSERT INTO meta VALUES ('fingerprint', ?)",
            (gz.fingerprint(gz.curated_path(), ["AM"]),),
        )
        db.commit()
        db.close()
        built.append((target, countries))

    monkeypatch.setattr(sources, "build", fake_build)
    stale = tmp_path / "g.sqlite"
    fake_build(stale, None)
    built.clear()
    import sqlite3

    db = sqlite3.connect(stale)
    db.execute("UPDATE meta SET value = 'old'")
    db.commit()
    db.close()
    gz.open_gazetteer(stale, countries=["AM"])
    assert built == [(stale, ["AM"])]


def test_a_corrupt_file_says_how_to_fix_it(tmp_path: Path) -> None:
    from flashpoint.errors import StoreError

    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="delete it to rebuild"):
        gz.Gazetteer(bad)


@pytest.mark.parametrize(
    ("text", "name", "hint", "near", "part"),
    [
        (
            "Fighting broke out in the Kalbajar district on Wednesday.",
            "Kalbajar",
            "admin",
            False,
            None,
        ),
        ("Shells fell on Gegharkunik province overnight.", "Gegharkunik", "admin", False, None),
        ("A soldier was killed near the village of Sotk.", "Sotk", "city", True, None),
        ("Troops moved into Gwoza's northeast at dawn.", "Gwoza", None, False, "northeast"),
        ("The town of Gwoza was attacked.", "Gwoza", "city", False, None),
    ],
)
def test_the_finder_reads_the_words_around_a_name(
    geocoder: Geocoder, text: str, name: str, hint: str | None, near: bool, part: str | None
) -> None:
    found = [t for t in find(text, geocoder.gazetteer) if not t.is_border]
    assert [(t.text, t.hint, t.near, t.part) for t in found] == [(name, hint, near, part)]


@pytest.mark.parametrize(
    "text",
    [
        "Two Azeri soldiers were wounded.",
        "Two Aseri soldiers were wounded.",
        "Tensions simmering in the wake of the war flared.",
        "The district was retaken by Baku in last year's conflict.",
        "Armenian officials said nothing.",
    ],
)
def test_demonyms_metonyms_and_common_words_are_not_places(geocoder: Geocoder, text: str) -> None:
    assert [t.text for t in find(text, geocoder.gazetteer)] == []


def test_a_capital_is_a_place_when_the_text_puts_something_in_it(geocoder: Geocoder) -> None:
    assert [t.text for t in find("A bomb exploded in Baku on Monday.", geocoder.gazetteer)] == [
        "Baku"
    ]


@pytest.mark.parametrize(
    ("text", "sides", "part"),
    [
        (
            "a provocation along the northeast part of the border between Armenia and Azerbaijan",
            ("Armenia", "Azerbaijan"),
            "northeast",
        ),
        ("shooting along the border between the countries", (), None),
        ("clashes on the border with Azerbaijan overnight", ("Azerbaijan",), None),
    ],
)
def test_border_segments_are_found_with_their_sides(
    geocoder: Geocoder, text: str, sides: tuple[str, ...], part: str | None
) -> None:
    (border,) = [t for t in find(text, geocoder.gazetteer) if t.is_border]
    assert (border.sides, border.part) == (sides, part)


def test_a_border_segment_is_a_vague_place_without_a_point(geocoder: Geocoder) -> None:
    (place,) = geocoder.geocode(
        "fighting along the northeast part of the border between Armenia and Azerbaijan"
    )
    assert (place.precision, place.feature, place.lat, place.lon) == (5, "border", None, None)
    assert {a.country for a in place.alternatives} == {"AM", "AZ"}


def test_the_report_countries_decide_between_places_of_one_name(geocoder: Geocoder) -> None:
    armenia = geocoder.place_of("Armenia", countries=("AM",))
    assert (armenia.country, armenia.precision, armenia.lat) == ("AM", 6, None)
    kalbajar = geocoder.place_of("the Kalbajar district", countries=("AZ",))
    assert (kalbajar.admin1, kalbajar.precision, kalbajar.feature) == ("AZ-KAL", 4, "admin1")
    assert kalbajar.lat is not None and kalbajar.lon is not None
    assert distance_km(kalbajar.lat, kalbajar.lon, 40.1, 46.0) < 50


def test_nearby_places_help_each_other(geocoder: Geocoder) -> None:
    place = geocoder.place_of("15km northwest of Gwoza, Borno", countries=("NG",))
    assert (place.name, place.admin1, place.precision) == ("Gwoza", "NG-BO", 2)
    assert place.confidence is not None and 0 < place.confidence <= 1


def test_a_chosen_place_keeps_its_runner_ups(geocoder: Geocoder) -> None:
    (place,) = geocoder.geocode("clashes near Idlib", loose=True)
    assert place.alternatives
    assert all(
        a.confidence is not None and a.confidence <= (place.confidence or 0)
        for a in place.alternatives
    )


def test_nothing_found_leaves_the_country_with_no_point(geocoder: Geocoder) -> None:
    place = geocoder.place_of("an unnamed hillside", countries=("SY",))
    assert (place.country, place.precision, place.lat, place.lon) == ("SY", 6, None, None)


def test_a_place_outside_the_named_region_is_passed_over(geocoder: Geocoder) -> None:
    place = geocoder.place_of("Kalbajar city, Gegharkunik province", countries=("AM", "AZ"))
    assert place.admin1 == "AM-GR"


def test_spellings_alike_are_matched_only_inside_the_given_countries(geocoder: Geocoder) -> None:
    place = geocoder.place_of("Sukhna", countries=("SY",))
    assert (place.country, place.precision) == ("SY", 1)
    assert geocoder.geocode("Sukhna", loose=True) == []


@pytest.mark.parametrize(
    ("description", "country", "expected"),
    [
        ("city of al- Bokamal", "SY", "Ālbū Kamāl"),
        ("Sheikh Saad", "SY", None),
        ("Maarrat Al-Sain village", "SY", None),
        ("Banat area", "ET", None),
        ("Shindan", "AF", "Shīnḏanḏ"),
    ],
)
def test_a_spelling_alike_is_a_whole_name_with_the_same_onset(
    geocoder: Geocoder, description: str, country: str, expected: str | None
) -> None:
    place = geocoder.place_of(description, countries=(country,))
    assert (place.name if place.precision != 6 else None) == expected


def test_a_list_of_places_is_of_peers_and_the_first_named_stands(geocoder: Geocoder) -> None:
    found = find("Nangarhar, Logar, Ghazni and Helmand provinces", geocoder.gazetteer, loose=True)
    assert [(t.hint, t.listed) for t in found] == [("admin", True)] * 4
    place = geocoder.place_of("Aleppo, Hama and Reef Dimashq", countries=("SY",))
    assert (place.name, place.admin1) == ("Aleppo", "SY-HL")
    place = geocoder.place_of("Lashkar Gah and Gereshk, Helmand", countries=("AF",))
    assert (place.admin1, place.precision) == ("AF-HEL", 1)


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("southwest of Damascus", ("Rīf Dimashq", "SY-RD", 4)),
        ("a town east of the capital Damascus", ("Rīf Dimashq", "SY-RD", 4)),
        ("Damascus", ("Damascus", "SY-DI", 1)),
        ("east of the town of Taftanaz", ("Taftanāz", "SY-ID", 2)),
    ],
)
def test_a_direction_from_a_city_region_points_into_the_region_around_it(
    geocoder: Geocoder, description: str, expected: tuple[str, str, int]
) -> None:
    place = geocoder.place_of(description, countries=("SY",))
    assert (place.name, place.admin1, place.precision) == expected


@pytest.mark.parametrize(
    ("description", "hint"),
    [("Kalbajar disitrct", "admin"), ("Gwoza vilage", "city"), ("Gwoza regional", None)],
)
def test_a_misspelt_type_word_still_says_what_the_place_is(
    geocoder: Geocoder, description: str, hint: str | None
) -> None:
    assert [t.hint for t in find(description, geocoder.gazetteer, loose=True)] == [hint]


def test_a_named_part_of_a_town_is_in_the_town_after_it(geocoder: Geocoder) -> None:
    place = geocoder.place_of("Bulabulin neighborhood of Maiduguri", countries=("NG",))
    assert (place.name, place.admin1) == ("Maiduguri", "NG-BO")


def test_a_region_named_with_its_type_word_is_found_with_another(geocoder: Geocoder) -> None:
    place = geocoder.place_of("Nozhay-Yurtovskiy District", countries=("RU",))
    assert (place.name, place.admin1, place.precision) == ("Nozhay-Yurtovskiy Rayon", "RU-CE", 3)


def test_a_lower_case_place_name_counts_when_no_capitalised_name_is_a_place(
    geocoder: Geocoder,
) -> None:
    place = geocoder.place_of("Seh Darak localities in the city (kunduz)", countries=("AF",))
    assert (place.name, place.admin1) == ("Kunduz", "AF-KDZ")
    place = geocoder.place_of("Gwoza town near the kunduz road", countries=("NG", "AF"))
    assert place.name == "Gwoza"


def test_the_pashto_word_for_a_village_closes_a_village_name(geocoder: Geocoder) -> None:
    place = geocoder.place_of("Hafizano Kaley village", countries=("AF",))
    assert (place.name, place.admin1, place.precision) == ("Ḩāfiz̧ān", "AF-NAN", 1)


def test_the_baseline_takes_the_most_populous_reading(geocoder: Geocoder) -> None:
    plain = geocoder.baseline("Kalbajar town")
    assert plain is not None and plain.feature == "admin1"
    assert geocoder.place_of("Kalbajar town", countries=("AZ",)).feature == "city"


def test_a_report_is_placed_where_its_own_sentences_say(geocoder: Geocoder) -> None:
    text = (
        "Armenia's defence ministry accused Azerbaijan's forces of a provocation along the "
        "northeast part of the border between the countries. Azerbaijan's ministry said "
        "Armenia had initiated the fighting along the border in the Kalbajar district, "
        "which was retaken by Baku last year."
    )
    sentences = [text.split(". ")[0] + ".", text.split(". ")[1]]
    start = text.index("Kalbajar")
    raw = [Place("Kalbajar", mention=Mention(start, start + 8, sentences[1], "Kalbajar"))]
    places = places_of(text, sentences, ("AM", "AZ"), raw, geocoder)
    assert [(p.feature, p.precision) for p in places] == [("admin1", 4), ("border", 5)]
    first = places[0]
    assert first.mention is not None and text[first.mention.start : first.mention.end] == "Kalbajar"
    assert not any(
        p.precision is not None and p.precision <= 2 and p.name == "Baku" for p in places
    )


def test_a_report_with_no_place_stands_on_its_countries_without_a_point(geocoder: Geocoder) -> None:
    text = "Both sides agreed to a ceasefire proposal."
    places = places_of(text, [text], ("AM", "AZ"), [], geocoder)
    assert [(p.country, p.precision, p.lat) for p in places] == [("AM", 6, None), ("AZ", 6, None)]


def test_a_name_inside_a_longer_name_is_not_that_place(geocoder: Geocoder) -> None:
    assert [t.text for t in find("Troops moved into Gwoza overnight.", geocoder.gazetteer)] == [
        "Gwoza"
    ]
    assert find("Troops moved into Gwoza Hills overnight.", geocoder.gazetteer) == []


def test_lower_case_words_of_a_mixed_case_description_are_not_names(geocoder: Geocoder) -> None:
    place = geocoder.place_of("east side of the capital", countries=("SY",))
    assert (place.precision, place.lat) == (6, None)


def test_a_suburb_of_a_town_is_near_the_town(geocoder: Geocoder) -> None:
    place = geocoder.place_of("body found in a suburb of Maiduguri", countries=("NG",))
    assert (place.name, place.precision) == ("Maiduguri", 2)


def test_a_part_of_a_town_alone_is_not_read_as_a_town_elsewhere(geocoder: Geocoder) -> None:
    place = geocoder.place_of("Gwoza neighborhood", countries=("SY",))
    assert (place.country, place.precision) == ("SY", 6)


def test_parser_entities_the_finder_missed_are_looked_up_but_not_capitals(
    geocoder: Geocoder,
) -> None:
    text = "Gunmen struck gwoza overnight, a statement from Baku said."
    raw = [
        Place(name, mention=Mention(text.index(name), text.index(name) + len(name), text, name))
        for name in ("gwoza", "Baku")
    ]
    places = places_of(text, [text], ("NG", "AZ"), raw, geocoder)
    assert [(p.name, p.precision) for p in places] == [("Gwoza", 1), ("Baku", None)]


def test_curated_rows_name_their_source_and_a_vague_precision() -> None:
    import csv

    with gz.curated_path().open(encoding="utf-8") as handle:
        rows = list(csv.DictReader((x for x in handle if not x.startswith("#")), delimiter="\t"))
    assert rows
    for row in rows:
        assert row["source"].strip() and int(row["precision"]) >= 5, row["name"]
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180


def test_a_disputed_region_resolves_to_its_curated_area(geocoder: Geocoder) -> None:
    place = geocoder.place_of("the breakaway region of Nagorno-Karabakh", countries=("AZ",))
    assert (place.feature, place.precision, place.country) == ("area", 5, "AZ")


def test_a_place_named_as_a_point_of_reference_is_not_the_container(geocoder: Geocoder) -> None:
    place = geocoder.place_of("Bama, south of the capital Maiduguri", countries=("NG",))
    assert (place.name, place.precision) == ("Bama", 1)
    found = find("shelling 10 km north of the town of Gwoza", geocoder.gazetteer, loose=True)
    assert [(t.text, t.near, t.part) for t in found] == [("Gwoza", True, "north")]


def test_a_region_word_closes_a_name_after_an_unknown_one(geocoder: Geocoder) -> None:
    place = geocoder.place_of(
        "a road to the village of Zorbakhel Helmand province", countries=("AF",)
    )
    assert (place.admin1, place.precision) == ("AF-HEL", 4)


def test_ged_rows_count_the_territories_coded_under_their_country(geocoder: Geocoder) -> None:
    assert ucdp_ged.covered("Israel", "IL") == ("PS",)
    assert ucdp_ged.covered("Serbia", "RS") == ()
    row = ucdp_ged.Row("1", "Beit Hanoun", "IL", 1, 31.54, 34.54, "Gaza Strip", also=("PS",))
    place = Place("Bayt Hanun", "PS", 1, "PS-NGZ", 31.54, 34.54)
    scores = ucdp_ged.score([row], [place], gold_admin1=["PS-NGZ"])
    assert scores["country"].value == 1.0 and scores["within_25km"].value == 1.0


def test_the_gold_region_of_a_capital_is_its_own_not_the_countryside(geocoder: Geocoder) -> None:
    row = ucdp_ged.Row("1", "Damascus", "SY", 1, 33.51, 36.29, "Damascus governorate")
    assert ucdp_ged.gold_admin1(row, geocoder) == "SY-DI"
    named = ucdp_ged.Row("2", "Idlib", "SY", 4, 35.93, 36.63, "Idlib governorate")
    assert ucdp_ged.gold_admin1(named, geocoder) == "SY-ID"


@pytest.mark.parametrize(
    ("description", "admin1"),
    [("Lere town, Bauchi state", "NG-BA"), ("Lere town", "NG-KD"), ("Daura, Katsina", "NG-KT")],
)
def test_a_name_is_read_inside_the_first_level_region_named_with_it(
    geocoder: Geocoder, description: str, admin1: str
) -> None:
    place = geocoder.place_of(description, countries=("NG",))
    assert (place.admin1, place.precision) == (admin1, 1)


def test_within_a_region_a_name_means_only_the_places_inside_it(geocoder: Geocoder) -> None:
    found = find("Daura", geocoder.gazetteer, loose=True)
    alone = geocoder.pairs(found, countries=("NG",))
    inside = geocoder.pairs(found, countries=("NG",), within={"NG-KT"})
    assert [p.admin1 for _, p in alone] == ["NG-YO"]
    assert [p.admin1 for _, p in inside] == ["NG-KT"]


@pytest.mark.parametrize(
    ("description", "country", "expected"),
    [
        ("Daraa Balad", "SY", ("Dar‘ā", 2)),
        ("Khwaja Zorbakhel", "AF", ("Afghanistan", 6)),
        ("Damascus Newtown neighborhood", "SY", ("Syrian Arab Republic", 6)),
    ],
)
def test_a_known_name_inside_an_unknown_one_is_only_a_last_resort_reference(
    geocoder: Geocoder, description: str, country: str, expected: tuple[str, int]
) -> None:
    place = geocoder.place_of(description, countries=(country,))
    assert (place.name, place.precision) == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("shelling in the countryside of Damascus", ("SY-RD", "admin1", 4)),
        ("Damascus Suburbs: Zamalka", ("SY-RD", "admin1", 4)),
        ("rural Damascus", ("SY-RD", "admin1", 4)),
        ("the outskirts of Damascus", ("SY-DI", "city", 2)),
        ("the southern countryside of Idlib", ("SY-ID", "admin1", 4)),
    ],
)
def test_a_towns_countryside_is_the_region_around_it(
    geocoder: Geocoder, description: str, expected: tuple[str, str, int]
) -> None:
    place = geocoder.place_of(description, countries=("SY",))
    assert (place.admin1, place.feature, place.precision) == expected


def test_a_name_before_a_colon_heads_the_places_after_it(geocoder: Geocoder) -> None:
    place = geocoder.place_of("Aleppo: Bab: Raei village", countries=("SY",))
    assert (place.name, place.admin1, place.precision) == ("Al Bāb", "SY-HL", 1)
    heading = geocoder.place_of("Daraa: Nahta", countries=("SY",))
    assert (heading.admin1, heading.feature, heading.precision) == ("SY-DR", "admin1", 4)


@pytest.mark.parametrize(
    ("text", "admin1"), [("clashes in N. Kivu", "CD-NK"), ("S. Kivu province", "CD-SK")]
)
def test_a_region_written_with_an_initial_is_found(
    geocoder: Geocoder, text: str, admin1: str
) -> None:
    place = geocoder.place_of(text, countries=("CD",))
    assert (place.admin1, place.feature) == (admin1, "admin1")
    assert geocoder.gazetteer.abbreviated("n kivu")[0].admin1 == "CD-NK"
    assert geocoder.gazetteer.abbreviated("kivu") == ()


def test_a_hyphenated_pair_of_towns_is_near_the_first(geocoder: Geocoder) -> None:
    place = geocoder.place_of("an ambush on the Maiduguri-Damboa road", countries=("NG",))
    assert (place.name, place.precision) == ("Maiduguri", 2)
    assert geocoder.place_of("Gwoza-Zorbakhel road", countries=("NG",)).precision == 6


def test_a_first_level_region_holding_others_is_a_named_area() -> None:
    from types import SimpleNamespace

    def region(id_: int, iso: str | None, code: str) -> SimpleNamespace:
        return SimpleNamespace(id=id_, admin_level=1, iso_code=iso, geonames_code=code)

    regions = [
        region(1, None, "PS.WE"),
        region(2, "PS-TKM", "PS.WE.7870644"),
        region(3, "PS-NGZ", "PS.GZ.7870263"),
        region(4, None, "XX.01"),
    ]
    assert sources._umbrellas(regions) == {1}


def test_compass_words_are_indexed_joined_and_a_direction_names_a_region_before_region(
    geocoder: Geocoder,
) -> None:
    assert sources.compass("north west") == "northwest"
    for text in ("Konye, Southwest region", "in the South West region", "South-West"):
        place = geocoder.place_of(text, countries=("CM",))
        assert (place.admin1, place.precision) == ("CM-SW", 4), text
    assert find("The army moved North.", geocoder.gazetteer, countries=("CM",)) == []


def test_where_a_speaker_sits_is_not_where_it_happened(geocoder: Geocoder) -> None:
    text = (
        "Two guards were wounded when troops fired on a post in Khyber Pakhtunkhwa province, "
        "officials said. The defence ministry in Kabul denied it."
    )
    sentences = [text.split(". ")[0] + ".", text.split(". ")[1]]
    places = places_of(text, sentences, ("AF", "PK"), [], geocoder)
    assert (places[0].country, places[0].precision) == ("PK", 4)
    assert "Kabul" in {p.name for p in places[1:]}


def test_civilians_with_no_side_are_of_the_place(geocoder: Geocoder) -> None:
    from flashpoint.geo.reports import locate
    from flashpoint.models import Article

    text = "A missile hit a market in Idlib province on Monday, killing four people."
    mention = Mention(0, 9, text, "A missile")
    claim = _unsided(mention, ("the report", ActorKind.OUTLET), ("people", ActorKind.CIVILIANS))
    claim = replace(claim, outcome=Outcome.KILLED, low=4, high=4)
    report = _report("Shelling/artillery/missile attack", mention, countries=("SY",))
    report = replace(report, claims=(claim,))
    (placed,) = locate(Article(id="a-1", text=text), [report], geocoder)
    assert placed.places[0].country == "SY"
    assert placed.claims[0].subject_country == "SY"


def test_soldiers_counted_in_a_report_with_no_country_are_of_its_place(
    geocoder: Geocoder,
) -> None:
    from flashpoint.geo.reports import locate
    from flashpoint.models import Article

    text = (
        "Bandits abducted 43 people in Maradun, Zamfara State, on Sunday. Meanwhile, troops "
        "killed six bandits in an ambush on a road, and one soldier sustained injuries."
    )
    lead, other = text.split(". ")
    at = text.index("ambush")
    ambush = Mention(at, at + 6, other, "ambush")
    soldier = _unsided(
        ambush, ("the statement", ActorKind.OFFICIAL), ("soldier", ActorKind.STATE_FORCES)
    )
    abduction = _report("Abduction/forced disappearance", Mention(8, 16, lead, "abducted"))
    report = replace(_report("Armed clash", ambush), claims=(soldier,))
    _, placed = locate(Article(id="a-1", text=text), [abduction, report], geocoder)
    assert (placed.places[0].country, placed.places[0].precision) == ("NG", 6)
    assert placed.claims[0].subject_country == "NG"


def test_a_region_abroad_is_kept_when_its_name_means_nothing_else(geocoder: Geocoder) -> None:
    # the only country the report names is the one blamed for backing the attackers
    text = "Gunmen shot dead nine men in Balochistan, and officials blamed Ethiopia."
    places = places_of(text, [text], ("ET",), _entities(text, "Balochistan"), geocoder)
    assert (places[0].country, places[0].feature) == ("PK", "admin1")


def test_a_town_abroad_is_kept_when_every_reading_is_in_one_country(geocoder: Geocoder) -> None:
    text = "A drone strike hit a car near Kunduz, and officials blamed Ethiopia."
    places = places_of(text, [text], ("ET",), _entities(text, "Kunduz"), geocoder)
    assert (places[0].country, places[0].feature) == ("AF", "city")


def test_a_word_the_parser_took_for_no_place_is_no_place_abroad(geocoder: Geocoder) -> None:
    text = "Protesters hurled stones at police outside Kunduz, and officials blamed Ethiopia."
    places = places_of(text, [text], ("ET",), [], geocoder)
    assert {p.country for p in places} == {"ET"}


def test_a_place_abroad_that_only_holds_the_name_is_no_place_abroad(
    tmp_path: Path,
) -> None:
    # the gazetteer knows no Nasir in South Sudan, only "Nasir Extension" near Khartoum
    sudans = Geocoder(gz.open_gazetteer(tmp_path / "sudans.sqlite", countries=("SD", "SS")))
    text = "Armed youth attacked the army barracks in Nasir town on 4 March."
    places = places_of(text, [text], ("SS",), _entities(text, "Nasir"), sudans)
    assert {p.country for p in places if p.country} == {"SS"}


def _entities(text: str, *names: str) -> list[Place]:
    """Place entities as the parser gives them to the geocoder."""
    return [
        Place(n, mention=Mention(text.index(n), text.index(n) + len(n), text, n)) for n in names
    ]


def test_a_place_abroad_gives_way_to_one_at_home(geocoder: Geocoder) -> None:
    text = "Gunmen attacked a market in Maiduguri, as they did in Kunduz."
    places = places_of(text, [text], ("NG",), [], geocoder)
    assert {p.country for p in places} == {"NG"}


def test_the_second_name_of_a_span_between_two_names_is_a_place() -> None:
    from flashpoint.geo.gazetteer import open_gazetteer
    from flashpoint.geo.toponyms import find

    gazetteer = open_gazetteer()
    found = [t.text for t in find("A convoy was ambushed between Gao and Kidal.", gazetteer)]
    assert found == ["Gao", "Kidal"]
    assert find("Talks between the government and Hamas resumed.", gazetteer) == []


def test_an_article_s_places_settle_its_country_by_a_wide_margin(tmp_path: Path) -> None:
    # "National Park" is a borough of New Jersey; the other three places are Indian
    geocoder = Geocoder(gz.open_gazetteer(tmp_path / "in_us.sqlite", countries=("IN", "US")))
    from flashpoint.geo.reports import locate
    from flashpoint.models import Article

    text = (
        "Maoists were killed in a gunfight in the forests of the National Park area near the "
        "Telangana border in Bijapur district of Chhattisgarh on Wednesday."
    )
    mention = Mention(text.index("gunfight"), text.index("gunfight") + 8, text, "gunfight")
    named = _entities(text, "National Park", "Telangana", "Bijapur", "Chhattisgarh")
    report = replace(_report("Armed clash", mention), places=tuple(named))
    (placed,) = locate(Article(id="a-1", text=text), [report], geocoder)
    assert {p.country for p in placed.places if p.country} == {"IN"}


def _unsided(
    mention: Mention, speaker: tuple[str, ActorKind], subject: tuple[str, ActorKind]
) -> Claim:
    """One wounded, told by ``speaker`` of ``subject``, neither with a country yet."""
    return Claim(
        kind=ClaimKind.CASUALTIES,
        speaker=speaker[0],
        speaker_country=None,
        speaker_kind=speaker[1],
        mention=mention,
        subject=subject[0],
        subject_country=None,
        subject_kind=subject[1],
        outcome=Outcome.WOUNDED,
        low=1,
        high=1,
    )


def _report(sub_event_type: str, trigger: Mention, countries: tuple[str, ...] = ()) -> Report:
    """A report as the extractor hands it to the geocoder, with no claims or places yet."""
    from flashpoint.models import DatePrecision, DateSpan
    from flashpoint.vocab import SUB_EVENT_TYPES

    return Report(
        id="r-1",
        article_id="a-1",
        event_type=SUB_EVENT_TYPES[sub_event_type].event_type,
        sub_event_type=sub_event_type,
        date=DateSpan(None, None, DatePrecision.UNKNOWN),
        countries=countries,
        actors=(),
        claims=(),
        places=(),
        background=False,
        trigger=trigger,
        confidence=0.5,
        extractor="test",
    )


def test_a_port_or_an_airport_named_after_its_town_names_the_town(geocoder: Geocoder) -> None:
    found = find("Warplanes struck Latakia port and Jalalabad airport.", geocoder.gazetteer)
    assert [(t.text, t.hint) for t in found] == [("Latakia", "city"), ("Jalalabad", "city")]


@pytest.fixture(scope="module")
def kashmir(tmp_path_factory: pytest.TempPathFactory) -> Geocoder:
    path = tmp_path_factory.mktemp("gazetteer") / "in-pk.sqlite"
    return Geocoder(gz.open_gazetteer(path, countries=("IN", "PK")))


def test_a_regions_possessive_decides_between_places_of_one_name(kashmir: Geocoder) -> None:
    # Poonch is a district on each side of the Line of Control; Pakistan's is the larger
    text = (
        "Pakistani troops opened fire along the Line of Control in Jammu and Kashmir's Poonch "
        "district on Tuesday night."
    )
    # the parser reads "Jammu" and "Kashmir" as two places
    raw = [
        Place(name, mention=Mention(at, at + len(name), text, name))
        for name in ("Jammu", "Kashmir", "Poonch")
        for at in [text.index(name)]
    ]
    # the report names only the side that fired
    places = places_of(text, [text], ("PK",), raw, kashmir)
    poonch = next(p for p in places if p.mention is not None and p.mention.text == "Poonch")
    assert (poonch.country, poonch.admin1) == ("IN", "IN-JK")


@pytest.fixture(scope="module")
def red_sea(tmp_path_factory: pytest.TempPathFactory) -> Geocoder:
    path = tmp_path_factory.mktemp("gazetteer") / "ye-sd.sqlite"
    return Geocoder(gz.open_gazetteer(path, countries=("YE", "SD")))


def test_the_red_sea_is_water_and_a_port_south_of_which_a_ship_was_hit_is_found(
    red_sea: Geocoder,
) -> None:
    text = (
        "Yemen's Houthis claimed an attack on a bulk carrier in the Red Sea. The ship was hit "
        "about 60 nautical miles southwest of the Yemeni port of Hodeidah on Tuesday."
    )
    found = find(text, red_sea.gazetteer)
    assert [(t.text, t.part) for t in found] == [("Hodeidah", "southwest")]
    # the parser's entity "the Red Sea" is the sea, not Sudan's Red Sea state
    at = text.index("the Red Sea")
    raw = [Place("the Red Sea", mention=Mention(at, at + 11, text, "the Red Sea"))]
    places = places_of(text, [text], ("YE",), raw, red_sea)
    assert {p.country for p in places} == {"YE", None}
    state = find("Fighting spread to the Red Sea state of Sudan.", red_sea.gazetteer)
    assert (state[0].text, state[0].hint) == ("Red Sea", "admin")
