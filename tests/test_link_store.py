"""Linking in the database: syndicated copies, revisions, redirects, a person's merge and split."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from flashpoint import blocking, ledger, link
from flashpoint.errors import InputError, NotFound, StoreError
from flashpoint.link import Item, cluster
from flashpoint.linker import Linker, Plan
from flashpoint.models import (
    Actor,
    ActorKind,
    ActorRef,
    Article,
    Claim,
    DatePrecision,
    DateSpan,
    Mention,
    Place,
    Report,
)
from flashpoint.store import Store
from flashpoint.vocab import acled_type
from test_link import BORDER, SPLIT_THEN_RELINKED, reports
from test_store import make_claim

DAY = date(2022, 9, 13)
STORY = (
    "Armenia's defence ministry said {n} of its soldiers were killed when Azerbaijani forces "
    "shelled positions near {place} early on {day}. Azerbaijan's defence ministry said its "
    "units had answered a provocation and blamed Yerevan for the escalation. The two "
    "neighbours have fought repeatedly over their unmarked border, and officials on both "
    "sides said the firing had stopped by the afternoon after several hours of exchanges."
)


def side(code: str) -> ActorRef:
    return ActorRef(Actor(f"{code}:state_forces", code, code, ActorKind.STATE_FORCES), "side")


def killed(n: int, side_code: str = "AM", speaker: str | None = "AM") -> Claim:
    return make_claim(n, side_code, speaker)


def article(
    name: str,
    *,
    text: str | None = None,
    published: date = DAY,
    start: date = DAY,
    place: str = "Sotk",
    claims: tuple[Claim, ...] = (),
    background: bool = False,
    sides: tuple[str, ...] = ("AM", "AZ"),
    sub: str = "Armed clash",
) -> tuple[Article, list[Report]]:
    body = text or STORY.format(n=len(claims) or "two", place=place, day=name)
    art = Article(
        id=Article.make_id(body, name),
        text=body,
        title=f"Clash near {place}",
        outlet=f"Outlet {name}",
        published=published,
        source=name,
    )
    report = Report(
        id=f"r-{name}",
        article_id=art.id,
        event_type=acled_type(sub),
        sub_event_type=sub,
        date=DateSpan(start, start, DatePrecision.DAY, "on Tuesday"),
        countries=("AM", "AZ"),
        actors=tuple(side(c) for c in sides),
        claims=claims,
        places=(Place(place, "AM"),),
        background=background,
        trigger=Mention(0, 7, body.split(".")[0], "shelled"),
        confidence=0.9,
        extractor="test.v1",
    )
    return art, [report]


def event_of(store: Store, name: str) -> dict[str, Any]:
    found = store.event_of(f"r-{name}")
    assert found is not None
    return store.event(found)


# --- syndicated copies --------------------------------------------------------------------


def test_a_syndicated_copy_is_one_source_even_across_batches_and_runs(tmp_path: Path) -> None:
    original = article("wire", claims=(killed(2, speaker=None),))
    copy_text = "YEREVAN (Wire) - " + original[0].text + " Reporting by the desk."
    copy = article("daily", text=copy_text, published=DAY + timedelta(days=1))
    Store.at(tmp_path / "f.db").write([original])
    store = Store.at(tmp_path / "f.db")
    store.write([copy])
    event = event_of(store, "daily")
    assert event["reports_count"] == 2 and event["sources"] == 1
    by_id = {r["id"]: r for r in event["reports"]}
    assert by_id["r-daily"]["source"] == original[0].id == by_id["r-wire"]["source"]


def test_an_unrelated_article_is_not_a_copy(store: Store) -> None:
    store.write([article("one"), article("two", text="Protesters marched in the capital.")])
    event = event_of(store, "two")
    assert {r["source"] for r in event["reports"]} == {r["article_id"] for r in event["reports"]}


def test_outlet_figures_repeated_by_copies_count_once() -> None:
    from flashpoint.reconcile import reconcile

    rows = [
        {"id": f"c{n}", "kind": "casualties", "outcome": "killed", "low": 3, "high": 3,
         "subject_country": "AM", "speaker": f"Outlet {n}", "speaker_country": None,
         "speaker_kind": "outlet", "source": "a-wire", "published": "2022-09-13"}
        for n in range(20)
    ] + [
        {"id": "c-own", "kind": "casualties", "outcome": "killed", "low": 5, "high": 5,
         "subject_country": "AM", "speaker": "Human Rights Group", "speaker_country": None,
         "speaker_kind": "independent", "source": "a-ngo", "published": "2022-09-13"}
    ]  # fmt: skip
    [figure] = reconcile(rows)
    assert figure.best == 5  # one wire voice (weight 2) against one rights group (weight 2)
    assert figure.low == 3 and figure.high == 5


# --- revisions, background, changes --------------------------------------------------------


def test_a_revised_toll_is_logged_and_the_latest_own_figure_is_best(store: Store) -> None:
    store.write([article("tue", claims=(killed(1),))])
    store.write([article("fri", published=DAY + timedelta(days=3), claims=(killed(6),))])
    event = event_of(store, "fri")
    assert [f["best"] for f in event["figures"] if f["side"] == "AM"] == [6]
    assert ("figure revised", "AM killed best 1 -> 6") in [
        (r["action"], r["detail"]) for r in event["revisions"]
    ]


def test_a_background_report_links_to_the_past_event_and_creates_none(store: Store) -> None:
    store.write([article("clash")])
    later = article("later", published=DAY + timedelta(days=40), background=True)
    unknown = article("older", start=DAY - timedelta(days=300), background=True)
    store.write([later, unknown])
    assert store.counts()["events"] == 1
    event = event_of(store, "later")
    assert event["reports_count"] == 1
    assert [r["id"] for r in event["reports"] if r["background"]] == ["r-later"]
    assert store.event_of("r-older") is None


def test_changes_lists_added_updated_and_merged(store: Store) -> None:
    since = datetime.now(UTC) - timedelta(seconds=1)
    store.write([article("a"), article("b", start=DAY + timedelta(days=6))])
    store.write([article("c", published=DAY + timedelta(days=1))])
    a, b = store.event_of("r-a"), store.event_of("r-b")
    assert a and b
    store.merge(a, b)
    kinds = {(row["event_id"], row["change"]) for row in store.changes(since)}
    assert kinds == {(a, "added"), (a, "merged")}
    assert store.changes(datetime.now(UTC) + timedelta(days=1)) == []


# --- a person's decisions -------------------------------------------------------------------


def test_two_clashes_on_one_border_a_day_apart_stay_apart(store: Store) -> None:
    first = article("mon", place="Sotk")
    second = article("tue", place="Jermuk", start=DAY + timedelta(days=1))
    store.write([first, second])
    assert store.counts()["events"] == 2


def test_a_merge_redirects_and_sticks_when_reports_keep_coming(store: Store) -> None:
    store.write(
        [article("a", place="Sotk"), article("b", place="Jermuk", start=DAY + timedelta(days=1))]
    )
    a, b = store.event_of("r-a"), store.event_of("r-b")
    assert a and b and a != b
    kept = store.merge(a, b)
    assert kept == a
    shown = store.event(b)
    assert shown["id"] == a and shown["redirected_from"] == b and shown["absorbed"] == [b]
    assert ("merged", f"{b} absorbed (merged by hand)") in [
        (r["action"], r["detail"]) for r in shown["revisions"]
    ]
    store.write([article("c", place="Jermuk", start=DAY + timedelta(days=1))])
    assert {store.event_of(f"r-{n}") for n in "abc"} == {a}
    with pytest.raises(InputError, match="already one event"):
        store.merge(a, b)


def test_a_split_sticks_when_the_pipeline_runs_again(store: Store) -> None:
    batch = [article("a"), article("b")]
    store.write(batch)
    event = store.event_of("r-a")
    assert event and store.event_of("r-b") == event
    new = store.split(event, "r-b")
    assert store.event_of("r-b") == new != event
    store.write(batch)
    store.write([article("c")])
    assert store.event_of("r-b") == new
    assert store.event_of("r-a") != new and store.event_of("r-c") != new
    assert ("split", f"r-b moved to {new} by hand") in [
        (r["action"], r["detail"]) for r in store.event(event)["revisions"]
    ]


def test_a_split_report_never_lands_in_the_event_its_first_one_became(store: Store) -> None:
    """rA starts an event rB joins, is split off, merged by hand into rC's event and split
    off again: its new event must be its own, not the one rB kept (its first event's id)."""
    store.write([article("a"), article("b")])
    first = store.event_of("r-a")
    assert first and store.event_of("r-b") == first
    alone = store.split(first, "r-a")
    store.write([article("c", place="Jermuk", start=DAY + timedelta(days=1))])
    other = store.event_of("r-c")
    assert other and other not in {first, alone}
    assert store.merge(other, alone) == other and store.event_of("r-a") == other
    again = store.split(other, "r-a")
    assert again not in {first, alone, other}
    assert store.event_of("r-a") == again and store.event_of("r-b") == first
    assert [r["id"] for r in store.event(again)["reports"]] == ["r-a"]


@pytest.mark.parametrize(
    ("event_id", "report_id", "error"),
    [("ev-nope", "r-a", NotFound), ("own", "r-zzz", NotFound), ("own", "r-a", InputError)],
)
def test_a_bad_split_is_a_clean_error(
    store: Store, event_id: str, report_id: str, error: type[Exception]
) -> None:
    store.write([article("a")])
    own = store.event_of("r-a")
    assert own
    with pytest.raises(error):
        store.split(own if event_id == "own" else event_id, report_id)


def test_an_event_never_mixes_two_pairs_of_sides(store: Store) -> None:
    store.write([article("a"), article("b", sides=("AM", "TR")), article("c", sides=("AM",))])
    pairs = [
        {tuple(sorted(a["id"] for a in json.loads(r["actors"]))) for r in e["reports"]}
        for e in (store.event(row["id"]) for row in store.events())
    ]
    for found in pairs:
        assert len({p for p in found if len(p) == 2}) <= 1
    assert store.counts()["events"] == 2


def test_a_new_event_never_takes_an_id_already_in_use(store: Store) -> None:
    store.write([article("a"), article("b", start=DAY + timedelta(days=6))])
    a, b = store.event_of("r-a"), store.event_of("r-b")
    assert a and b
    store.merge(b, a)
    wanted = Plan({"r-x": a, "r-y": "ev-new"}, {}, (a, "ev-new"))
    with store.engine.begin() as conn:
        got = ledger._fresh_ids(conn, wanted)
    assert got.created[1] == "ev-new" and got.created[0] not in {a, b}
    assert got.moves == {"r-x": got.created[0], "r-y": "ev-new"}


# --- the database links as the in-memory linker does -----------------------------------------


SUB_EVENT = {
    "armed_clash": "Armed clash",
    "shelling_airstrike": "Shelling/artillery/missile attack",
    "protest": "Peaceful protest",
}


def stored(it: Item) -> Report:
    """The report whose linking view is ``it`` (its words given as the trigger sentence)."""
    assert it.start is not None and it.end is not None
    sentence = " ".join(sorted(it.words))
    return Report(
        id=it.id,
        article_id=it.article_id,
        event_type="Battles",
        sub_event_type=SUB_EVENT[it.eval_type],
        date=DateSpan(it.start, it.end, DatePrecision.DAY, "test"),
        countries=it.countries,
        actors=tuple(
            ActorRef(Actor(s, s, s.split(":")[0], ActorKind.STATE_FORCES), "side") for s in it.sides
        ),
        claims=(),
        places=tuple(Place(p) for p in it.places),
        background=False,
        trigger=Mention(0, 0, sentence, ""),
        confidence=1.0,
        extractor="test.v1",
    )


def write_all(store: Store, items: list[Item], *, per_batch: int) -> None:
    by_article: dict[str, list[Report]] = {}
    for it in items:
        by_article.setdefault(it.article_id, []).append(stored(it))
    batch = [
        (Article(id=a, text=f"Text of {a}.", title="", outlet="test"), reports)
        for a, reports in by_article.items()
    ]
    for i in range(0, len(batch), per_batch):
        store.write(batch[i : i + per_batch])


def groups_in(store: Store) -> list[tuple[str, ...]]:
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT event_id, id FROM reports ORDER BY id")).all()
    found: dict[str, list[str]] = {}
    for event_id, report_id in rows:
        found.setdefault(event_id, []).append(report_id)
    return sorted(tuple(sorted(g)) for g in found.values())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports(), st.randoms(use_true_random=False), st.integers(min_value=1, max_value=4))
def test_the_database_links_in_any_order_as_clustering_does(
    items: list[Item], rnd: random.Random, per_batch: int
) -> None:
    views = [link.item(stored(it)) for it in items]
    assert [(v.words, v.sides, set(v.places)) for v in views] == [
        (it.words, it.sides, set(it.places)) for it in items
    ]
    shuffled = list(items)
    rnd.shuffle(shuffled)
    store = Store("sqlite://")
    write_all(store, shuffled, per_batch=per_batch)
    groups = groups_in(store)
    assert groups == cluster(views)
    write_all(store, items, per_batch=len(items))
    assert groups_in(store) == groups


def test_an_older_database_gets_its_reports_indexed_and_their_pairs_kept(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    batch = [article("a"), article("b", place="Jermuk"), article("c", background=True)]
    Store.at(path).write(batch)
    with sqlite3.connect(path) as conn:
        pairs = conn.execute("SELECT a, b, score FROM link_edges ORDER BY a, b").fetchall()
        items = conn.execute("SELECT * FROM link_items ORDER BY report_id").fetchall()
        conn.execute("DELETE FROM link_items")
        conn.execute("DELETE FROM link_edges")
        conn.execute("DELETE FROM link_reach")
        conn.execute("DROP TABLE link_items")
        conn.execute("DROP TABLE link_edges")
        conn.execute("DROP TABLE link_reach")
        conn.execute("DELETE FROM migrations WHERE name = 'm005_link_index'")
    assert [p[:2] for p in pairs] == [("r-a", "r-b"), ("r-b", "r-a")]
    store = Store.at(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT a, b, score FROM link_edges ORDER BY a, b").fetchall() == pairs
        assert conn.execute("SELECT * FROM link_items ORDER BY report_id").fetchall() == items
    store.write([article("d", place="Jermuk")])
    assert store.event_of("r-d") == store.event_of("r-a") == store.event_of("r-b")


def test_a_failing_linking_statement_stores_nothing_of_the_batch(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.write([article("a")])
    monkeypatch.setattr(blocking, "_INSERT_EDGE", "INSERT INTO nowhere VALUES (:a, :b, :s)")
    with pytest.raises(StoreError, match=r"nothing was stored.*no such table: nowhere"):
        store.write([article("b"), article("c", place="Jermuk")])
    assert store.counts()["articles"] == 1 and store.counts()["reports"] == 1
    monkeypatch.undo()
    store.write([article("b")])
    assert store.event_of("r-b") == store.event_of("r-a")


def split_case(suffix: str = "", *, second: bool = False) -> list[Item]:
    """rA, rC, rB (and rD, rB's twin from another article, with ``second``), then rX: in that
    order rX joins rA and splits rB off it; rB may then join rC, which rX (Armenia only) never
    reaches."""
    day = date(2022, 9, 14)
    pair = ("AM:state_forces", "AZ:state_forces")

    def it(i: str, art: str, countries: tuple[str, ...], sides: tuple[str, ...],
           places: tuple[str, ...], words: set[str]) -> Item:  # fmt: skip
        return Item(i + suffix, art, "armed_clash", day, day, "day", countries, sides, places,
                    frozenset(words))  # fmt: skip

    twins = [it("rB", "art2", BORDER, pair, ("sotk", "jermuk"), {"clash"})]
    if second:
        twins.append(it("rD", "art4", BORDER, pair, ("sotk", "jermuk"), {"clash"}))
    return [
        it("rA", "art1", BORDER, (), ("sotk",), {"clash", "border", "shelling"}),
        it("rC", "art1", ("AZ",), (), ("jermuk",), {"killed"}),
        *twins,
        it(
            "rX",
            "art3",
            ("AM",),
            ("AM:state_forces", "TR:state_forces"),
            ("sotk",),
            {"clash", "border", "shelling"},
        ),
    ]


def test_what_a_split_frees_links_in_the_database_as_in_memory() -> None:
    """Greedy clustering of all four gives (rA, rX) and (rB, rC)."""
    order = split_case()
    expected = [("rA", "rX"), ("rB", "rC")]
    assert cluster(order) == expected
    store = Store("sqlite://")
    write_all(store, order, per_batch=1)
    assert groups_in(store) == expected


@pytest.mark.parametrize("suffix", ["", "1", "2", "3", "5"])
def test_a_relinked_report_that_stays_still_lets_the_others_move(suffix: str) -> None:
    """rX splits rB and rD off rA; linked again, rB stays with rD while rC joins them: the
    move of the others is kept (the ids decide which of them the plan moves)."""
    order = split_case(suffix, second=True)
    store = Store("sqlite://")
    write_all(store, order, per_batch=1)
    linker = Linker()
    for one in order:
        linker.add(one)
    assert groups_in(store) == linker.groups() == cluster(order)


def test_a_report_linked_again_on_its_own_gets_an_event_no_one_else_holds() -> None:
    # the in-memory case of test_link: r7, split off and linked again alone, must not take
    # the id of its first event, which r3 and r6 kept
    views = [link.item(stored(it)) for it in SPLIT_THEN_RELINKED]
    for per_batch in (1, 2):
        store = Store("sqlite://")
        write_all(store, SPLIT_THEN_RELINKED, per_batch=per_batch)
        assert groups_in(store) == cluster(views)
