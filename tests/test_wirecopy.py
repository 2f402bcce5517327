"""Old upper-case wire copy: truecasing, datelines, and the MUC-4 reader."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from flashpoint.datasets import muc4
from flashpoint.dates import dateline, find, resolve
from flashpoint.models import Article
from flashpoint.pipeline import with_dateline
from flashpoint.truecase import shouting, truecase

MUC = Path(__file__).resolve().parents[2] / "shared" / "eval" / "muc4" / "muc4_tst1.jsonl"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SOLDIERS CLASHED WITH REBELS IN PERU.", "Soldiers clashed with rebels in Peru."),
        ("THE FMLN ATTACKED A POST. TWO DIED.", "The FMLN attacked a post. Two died."),
        ("IN SAN SALVADOR ON MONDAY", "In San Salvador on Monday"),
        # the ending of an ordinal is no acronym
        ("THE 41ST ATTACK THIS MONTH.", "The 41st attack this month."),
    ],
)
def test_truecase_keeps_length_names_and_acronyms(text: str, expected: str) -> None:
    assert truecase(text) == expected
    assert len(truecase(text)) == len(text)


def test_only_shouted_text_is_truecased() -> None:
    assert shouting("GUERRILLAS ATTACKED THE FARM LOCATED ON THE PACIFIC SIDE OF THE COUNTRY.")
    assert not shouting("Guerrillas attacked the farm located on the Pacific side of the country.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] ...", date(1990, 1, 3)),
        ("LIMA, 12 MAR 91 -- ...", date(1991, 3, 12)),
        ("Kyiv, 4 Feb 2024 - Shelling ...", date(2024, 2, 4)),
        ("Armenia said on 3 January 1990 ...", None),
    ],
)
def test_dateline_gives_the_publication_date(text: str, expected: date | None) -> None:
    assert dateline(text) == expected


def test_metadata_date_wins_over_the_dateline() -> None:
    text = "LIMA, 12 MAR 91 -- A BOMB EXPLODED."
    stamped = with_dateline(Article(id="a", text=text))
    kept = with_dateline(Article(id="a", text=text, published=date(1991, 3, 13)))
    assert stamped.published == date(1991, 3, 12)
    assert kept.published == date(1991, 3, 13)


def test_a_weekday_told_with_its_date_gives_way_to_the_date() -> None:
    # 4 August 1989 was a Friday: the wire's weekday is wrong, its date is not
    assert [kind for _, _, kind in find("WAS KILLED ON MONDAY, 4 AUGUST.")] == ["dm"]
    assert [kind for _, _, kind in find("on Monday and on 4 August")] == ["weekday", "dm"]


def test_a_day_told_first_keeps_its_month_from_a_count_after_it() -> None:
    for text, day in (
        ("On 23 September 28 bodies were found near the town.", "23 September"),
        ("On September 28 bodies were found near the town.", "September 28"),
    ):
        assert [text[a:b] for a, b, _ in find(text)] == [day]


def test_days_ago_resolves_against_publication() -> None:
    assert resolve("2 days ago", date(1990, 2, 4)).start == date(1990, 2, 2)
    assert resolve("two days ago", None).start is None


def test_muc4_reader_maps_types_dates_and_effects(tmp_path: Path) -> None:
    template = {
        "INCIDENT: DATE": "02 FEB 90",
        "INCIDENT: TYPE": "ATTACK",
        "HUM TGT: TYPE": 'CIVILIAN: "PEASANT"',
        "HUM TGT: NUMBER": '1: "PEASANT" | 3: "SOLDIERS"',
        "HUM TGT: EFFECT OF INCIDENT": 'DEATH: "PEASANT" | INJURY: "SOLDIERS"',
    }
    ranged = {"INCIDENT: DATE": "- 02 FEB 90", "INCIDENT: TYPE": "BOMBING"}
    # a target told alike in two numbers: the template does not say which one died
    alike = {
        "INCIDENT: DATE": "03 FEB 90",
        "INCIDENT: TYPE": "BOMBING",
        "HUM TGT: NUMBER": '24: "GUARDS" | 7 -: "GUARDS" | ?: "DRIVER"',
        "HUM TGT: EFFECT OF INCIDENT": 'DEATH: "GUARDS" | DEATH: "DRIVER" | INJURY: "CHILD"',
    }
    templates = [template, ranged, alike]
    record = {"doc_id": "D1", "text": "LIMA, 4 FEB 90 -- TEXT", "templates": templates}
    path = tmp_path / "muc.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,) = muc4.load(path)
    first, second, third = doc.incidents
    assert (first.eval_type, first.day, first.exact_day) == (
        "attack_on_civilians",
        date(1990, 2, 2),
        True,
    )
    assert (first.killed, first.wounded) == (((1,),), ((3,),))
    assert (second.eval_type, second.exact_day) == ("suicide_or_bomb_attack", False)
    # the driver's number nobody knows; the child the numbers leave out is one
    assert (third.killed, third.wounded) == (((24, 7),), ((1,),))


@pytest.mark.eval
def test_muc4_file_reads_every_document() -> None:
    if not MUC.exists():
        pytest.skip("../shared/eval/muc4 is absent: the evaluation data lives beside the project")
    docs = list(muc4.load(MUC))
    assert len(docs) == 100
    assert sum(len(d.incidents) for d in docs) > 50


def test_words_outside_the_dictionary_are_names() -> None:
    from flashpoint.parse import load_nlp
    from flashpoint.settings import Settings
    from flashpoint.truecase import dictionary

    english = dictionary(load_nlp(Settings().spacy_model))
    assert english is not None
    assert english("killed") and english("bodyguards") and english("the")
    assert not english("albujar") and not english("quispe")
    text = "FORMER MINISTER ENRIQUE LOPEZ ALBUJAR DIED TODAY IN LIMA."
    assert truecase(text, english) == "Former minister Enrique Lopez Albujar died today in Lima."


def test_named_victims_in_wire_copy_are_counted() -> None:
    from flashpoint.models import ClaimKind
    from flashpoint.pipeline import extract_all
    from flashpoint.settings import Settings

    text = (
        "LIMA, 9 JAN 90 (EFE) -- [TEXT] INSPECTOR EULOGIO FLORES DIED IN THE EXPLOSION OF A "
        "CAR BOMB NEAR THE POLICE STATION, THE AUTHORITIES REPORTED TODAY.\n\n   ORLANDO "
        "GOMEZ, A STREET VENDOR WALKING THROUGH THE AREA, WAS ALSO KILLED.\n"
    )
    ((_, reports),) = list(extract_all([Article(id="w", text=text)], settings=Settings()))
    killed = [
        c.figure
        for r in reports
        for c in r.claims
        if c.kind is ClaimKind.CASUALTIES and c.outcome.value == "killed"
    ]
    assert killed == [1, 1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("CRISTOBAL PEREZ AND RUBEN DARIO RAMIREZ WERE SHOT TO DEATH BY ARMED MEN.", ("killed", 2)),
        ("THE MEN SHOT THE BANKER AND LEFT HIM SERIOUSLY WOUNDED.", ("wounded", 1)),
        ("THE VICTIM WAS TAKEN TO HOSPITAL WHERE HE PASSED AWAY.", ("killed", 1)),
        ("A SOUND TECHNICIAN OF THE TELEVISION NETWORK WAS ALSO KILLED.", ("killed", 1)),
        ("THE MURDER OF ANOTHER CONGRESSMAN LED THE MINISTERS TO RESIGN.", ("killed", 1)),
        ("ALVARADO WAS KILLED BY A BOMB PLACED ON HIS ARMORED VEHICLE.", ("killed", 1)),
        ("HIS BROTHER LUIS AND A BODYGUARD WERE ALSO KILLED.", ("killed", 2)),
        # the number the parser hangs on a modifier still counts the noun
        ("TWO THAI PARAMILITARY RANGERS WERE KILLED BY A BOMB.", ("killed", 2)),
        ("THE MURDER OF THE JUDGE AND HER SECRETARY WAS CONDEMNED.", ("killed", 2)),
        # a surname the truecaser took for a common word, after the first names
        ("THE MEDIA HAS REPORTED THE MURDER OF ROBERTO ARMANDO RIVERA.", ("killed", 1)),
        # a title's period ends no sentence
        ("THERE IS INDIGNATION OVER THE MURDER OF DR. FRANCISCO JOSE GUERRERO.", ("killed", 1)),
    ],
)
def test_victims_as_wire_copy_names_them(sentence: str, expected: tuple[str, int]) -> None:
    from flashpoint.claims import figures
    from flashpoint.parse import _readable, load_nlp
    from flashpoint.settings import Settings

    model = Settings().spacy_model
    doc = load_nlp(model)(_readable(sentence, model))
    found = [(f.outcome.value, f.low) for s in doc.sents for f in figures(s)]
    assert found == [expected]


def test_a_number_before_the_dead_counts_the_dead() -> None:
    # an upper-case parse of "... left approximately 1,000 dead and more than 1,500 wounded"
    # hangs "dead" on the 1,500; the number of its own counts it
    from spacy.tokens import Doc

    from flashpoint.claims import figures
    from flashpoint.parse import load_nlp
    from flashpoint.settings import Settings

    words = "Fighting left approximately 1,000 dead and more than 1,500 wounded .".split()
    doc = Doc(
        load_nlp(Settings().spacy_model).vocab,
        words=words,
        spaces=[True] * 10 + [False],
        heads=[1, 1, 3, 4, 8, 4, 4, 8, 1, 8, 1],
        deps="nsubj ROOT advmod nummod amod cc conj quantmod dobj acl punct".split(),
        pos="NOUN VERB ADV NUM ADJ CCONJ ADJ ADP NUM VERB PUNCT".split(),
        tags="NN VBD RB CD JJ CC JJR IN CD VBN .".split(),
        lemmas="fighting leave approximately 1,000 dead and more than 1,500 wound .".split(),
        sent_starts=[True] + [False] * 10,
    )
    found = [(f.outcome.value, f.low) for s in doc.sents for f in figures(s)]
    assert found == [("killed", 1000), ("wounded", 1500)]


def test_a_name_set_beside_an_office_is_a_person() -> None:
    # an upper-case parse of "Oqueli, leader of the movement and Hilda Flores were abducted
    # and killed": the model takes the surname for a place, and hangs the second name on
    # the office
    from spacy.tokens import Doc

    from flashpoint.claims import figures
    from flashpoint.parse import load_nlp
    from flashpoint.settings import Settings

    words = "Oqueli , leader of the movement and Hilda Flores were abducted and killed in "
    words += "January ."
    doc = Doc(
        load_nlp(Settings().spacy_model).vocab,
        words=words.split(),
        spaces=[False] + [True] * 14 + [False],
        heads=[10, 0, 0, 2, 5, 3, 2, 8, 2, 10, 10, 10, 10, 12, 13, 10],
        deps=(
            "nsubjpass punct appos prep det pobj cc compound conj auxpass ROOT cc conj prep "
            "pobj punct"
        ).split(),
        pos=(
            "NOUN PUNCT NOUN ADP DET NOUN CCONJ PROPN PROPN AUX VERB CCONJ VERB ADP PROPN PUNCT"
        ).split(),
        tags="NN , NN IN DT NN CC NNP NNP VBD VBN CC VBN IN NNP .".split(),
        lemmas=(
            "oqueli , leader of the movement and Hilda Flores be abduct and kill in January ."
        ).split(),
        ents="B-GPE O O O O O O B-PERSON I-PERSON O O O O O B-DATE O".split(),
        sent_starts=[True] + [False] * 15,
    )
    found = [(f.outcome.value, f.low) for s in doc.sents for f in figures(s)]
    assert found == [("captured", 2), ("killed", 2)]


def test_muc4_threat_templates_are_not_incidents(tmp_path: Path) -> None:
    threat = {"INCIDENT: TYPE": "ATTACK", "INCIDENT: STAGE OF EXECUTION": "THREATENED"}
    done = {"INCIDENT: TYPE": "BOMBING", "INCIDENT: STAGE OF EXECUTION": "ACCOMPLISHED"}
    record = {"doc_id": "D2", "text": "LIMA, 4 FEB 90 -- TEXT", "templates": [threat, done]}
    path = tmp_path / "muc.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,) = muc4.load(path)
    assert [i.eval_type for i in doc.incidents] == ["suicide_or_bomb_attack"]


def test_bodies_found_riddled_with_bullets_are_a_killing_not_weapons_found() -> None:
    from flashpoint.pipeline import extract_all
    from flashpoint.settings import Settings

    text = (
        "BOGOTA, 3 NOV 89 -- [TEXT] THE BODIES OF FIVE PEASANTS WERE FOUND RIDDLED WITH "
        "BULLETS ON THE OUTSKIRTS OF THE VILLAGE, THE AUTHORITIES REPORTED.\n"
    )
    ((_, reports),) = list(extract_all([Article(id="b", text=text)], settings=Settings()))
    assert "Disrupted weapons use" not in {r.sub_event_type for r in reports}


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        # a foreign name of three words that the model takes for an organisation
        ("The assassination of Tomas Oquendo Villalba shocked the capital.", (3, 6), [1]),
        # one organisation word is no person
        ("The killing of Hamas militants went on.", (3, 4), []),
    ],
)
def test_a_name_tagged_as_an_organisation_is_a_victim(
    sentence: str, name: tuple[int, int], expected: list[int]
) -> None:
    from spacy.tokens import Span

    from flashpoint.claims import figures
    from flashpoint.parse import load_nlp
    from flashpoint.settings import Settings

    doc = load_nlp(Settings().spacy_model)(sentence)
    doc.ents = [Span(doc, *name, label="ORG")]
    assert [f.low for s in doc.sents for f in figures(s)] == expected


def test_the_dateline_is_never_part_of_the_first_sentence() -> None:
    from flashpoint.models import ClaimKind
    from flashpoint.pipeline import extract_all
    from flashpoint.settings import Settings

    text = (
        "YALA, THAILAND, 4 MAR 23 (AFP) -- THREE VILLAGE GUARDS WERE KILLED AND TWO OTHERS "
        "WOUNDED WHEN A BOMB EXPLODED BESIDE THEIR POST ON FRIDAY, POLICE SAID.\n"
    )
    ((_, reports),) = list(extract_all([Article(id="d", text=text)], settings=Settings()))
    found = {
        (c.outcome.value, c.figure)
        for r in reports
        for c in r.claims
        if c.kind is ClaimKind.CASUALTIES and c.outcome is not None
    }
    assert found == {("killed", 3), ("wounded", 2)}


def test_a_hard_wrapped_paragraph_parses_as_it_would_on_one_line() -> None:
    from flashpoint.parse import parse
    from flashpoint.settings import Settings

    lines = [
        "LIMA, 9 MAR 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED TODAY OUTSIDE A POLICE",
        "STATION IN THE CENTER OF HUANCAYO, DESTROYING THE FRONT OF THE BUILDING AND",
        "LEAVING FOUR POLICEMEN DEAD AND THREE OFFICERS OF THE UNIT AND APPROXIMATELY",
        "30 PEOPLE WOUNDED, THE INTERIOR MINISTRY REPORTED.  THE SHINING PATH HAD",
        "THREATENED TO ATTACK THE STATION LAST WEEK, A POLICE SPOKESMAN SAID IN A",
        "STATEMENT READ TO REPORTERS GATHERED OUTSIDE THE MINISTRY IN THE CAPITAL.",
    ]
    wrapped = "\n".join(lines)
    model = Settings().spacy_model
    ((_, doc),) = parse([Article(id="a", text=wrapped)], model=model)
    assert not any("\n" in t.text for t in doc)  # no line break left between two words
    ((_, flat),) = parse([Article(id="b", text=wrapped.replace("\n", " "))], model=model)
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in flat]
