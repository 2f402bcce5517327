"""The store on a real SQLite file: migrations, one transaction per batch, idempotent writes."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import OperationalError

import flashpoint.store as store_module
from flashpoint.errors import NotFound, StoreError
from flashpoint.link import new_event_id
from flashpoint.migrations import MIGRATIONS
from flashpoint.models import (
    ActorKind,
    Article,
    Claim,
    ClaimKind,
    DatePrecision,
    DateSpan,
    Mention,
    Outcome,
    Quarantined,
    Report,
)
from flashpoint.store import Store, Written, migrate
from flashpoint.vocab import acled_type

DAY = date(2021, 7, 28)
TABLES = ("articles", "reports", "claims", "events", "revisions", "quarantine")
Batch = list[tuple[Article, list[Report]]]


def make_claim(figure: int, side: str = "AM", speaker_country: str | None = "AM") -> Claim:
    """A killed figure from a defence ministry, or from the outlet's own voice (no country)."""
    sentence = f"The defence ministry said {figure} soldiers were killed."
    return Claim(
        kind=ClaimKind.CASUALTIES,
        speaker="the defence ministry" if speaker_country else "the outlet",
        speaker_country=speaker_country,
        speaker_kind=ActorKind.STATE_FORCES if speaker_country else ActorKind.OUTLET,
        mention=Mention(0, len(sentence), sentence, sentence),
        subject="soldiers",
        subject_country=side,
        outcome=Outcome.KILLED,
        low=figure,
        high=figure,
    )


def make_item(
    name: str,
    *,
    sub: str = "Armed clash",
    start: date = DAY,
    end: date | None = None,
    precision: DatePrecision = DatePrecision.DAY,
    countries: Sequence[str] = ("AM", "AZ"),
    figures: Sequence[int] = (3,),
    background: bool = False,
    outlet: str = "Daily Ledger",
    published: date | None = None,
) -> tuple[Article, list[Report]]:
    """One article about one incident, with one report carrying a claim per figure."""
    body = f"Report {name}: soldiers were killed in fighting, the defence ministry said."
    article = Article(
        id=Article.make_id(body, name),
        text=body,
        title=name,
        outlet=outlet,
        published=published or start,
        source=f"{name}.txt",
    )
    trigger = Mention(22, 30, body, "fighting")
    report = Report(
        id=f"r-{name}",
        article_id=article.id,
        event_type=acled_type(sub),
        sub_event_type=sub,
        date=DateSpan(start, end or start, precision, "test"),
        countries=tuple(countries),
        actors=(),
        claims=tuple(make_claim(n) for n in figures),
        places=(),
        background=background,
        trigger=trigger,
        confidence=0.9,
        extractor="test.v1",
    )
    return article, [report]


def on_disk(path: Path) -> dict[str, int]:
    """Row counts read straight from the file, with a connection of its own."""
    with closing(sqlite3.connect(path)) as conn:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def three_articles() -> Batch:
    return [
        make_item("first", countries=("AM",), figures=(1, 2)),
        make_item("second", countries=("KG",), figures=(3, 4)),
        make_item("third", countries=("ML",), figures=(5, 6)),
    ]


# --- migrations ---------------------------------------------------------------------------


def test_a_new_file_gets_the_schema_through_recorded_migrations(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Store.at(path)
    with closing(sqlite3.connect(path)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        recorded = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY rowid")]
    assert {*TABLES, "migrations"} <= tables
    assert recorded == [name for name, _ in MIGRATIONS]


def test_reopening_applies_nothing_new(tmp_path: Path) -> None:
    path = tmp_path / "again.db"
    Store.at(path).write(three_articles())
    with closing(sqlite3.connect(path)) as conn:
        before = conn.execute("SELECT name, at FROM migrations").fetchall()
    store = Store.at(path)
    with store.engine.begin() as conn:
        assert migrate(conn) == []
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT name, at FROM migrations").fetchall() == before
    assert store.counts()["articles"] == 3


def test_a_new_migration_is_applied_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "grow.db"
    Store.at(path)

    def add_note(conn: Connection) -> None:
        conn.execute(text("ALTER TABLE events ADD COLUMN note TEXT"))

    monkeypatch.setattr(store_module, "MIGRATIONS", [*MIGRATIONS, ("m999_note", add_note)])
    Store.at(path)
    Store.at(path)  # adding the column a second time would fail
    with closing(sqlite3.connect(path)) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(events)")]
        recorded = [r[0] for r in conn.execute("SELECT name FROM migrations")]
    assert "note" in columns
    assert recorded.count("m999_note") == 1


def test_a_failed_migration_leaves_no_half_made_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "broken.db"
    Store.at(path)

    def broken(conn: Connection) -> None:
        conn.execute(text("CREATE TABLE places (id TEXT PRIMARY KEY)"))
        conn.execute(text("CREATE INDEX places_name ON places(name)"))  # no such column

    monkeypatch.setattr(store_module, "MIGRATIONS", [*MIGRATIONS, ("m999_places", broken)])
    with pytest.raises(StoreError, match="cannot open the database"):
        Store.at(path)
    with closing(sqlite3.connect(path)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        recorded = {r[0] for r in conn.execute("SELECT name FROM migrations")}
    assert "places" not in tables
    assert "m999_places" not in recorded

    def fixed(conn: Connection) -> None:
        conn.execute(text("CREATE TABLE places (id TEXT PRIMARY KEY, name TEXT)"))
        conn.execute(text("CREATE INDEX places_name ON places(name)"))

    monkeypatch.setattr(store_module, "MIGRATIONS", [*MIGRATIONS, ("m999_places", fixed)])
    Store.at(path)


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open the database"):
        Store.at(tmp_path)


def test_a_malformed_url_is_a_clean_error() -> None:
    with pytest.raises(StoreError, match=r"cannot open the database events\.db: Could not parse"):
        Store("events.db")


# --- writing ------------------------------------------------------------------------------


def test_write_stores_articles_reports_claims_and_events(store: Store) -> None:
    written = store.write(three_articles())
    assert written == Written(articles=3, reports=3, claims=6, events=3)
    assert store.counts() == {
        "articles": 3,
        "reports": 3,
        "claims": 6,
        "events": 3,
        "quarantine": 0,
    }


@pytest.mark.parametrize(
    ("fault", "raised"),
    [
        (RuntimeError("the process died"), RuntimeError),
        (
            OperationalError("INSERT INTO claims", {}, sqlite3.OperationalError("disk full")),
            StoreError,
        ),
    ],
    ids=["crash", "database-error"],
)
def test_a_failure_mid_batch_stores_nothing_of_the_batch(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fault: Exception,
    raised: type[Exception],
) -> None:
    path = tmp_path / "crash.db"
    store = Store.at(path)
    store.write([make_item("earlier", countries=("UA",))])
    before = on_disk(path)
    real_insert = store_module._insert_claims

    def insert_or_fail(conn: Connection, report: Report) -> None:
        if report.id == "r-second":
            raise fault
        real_insert(conn, report)

    monkeypatch.setattr(store_module, "_insert_claims", insert_or_fail)
    quarantined = [Quarantined("bad.txt", "empty: no text")]
    with pytest.raises(raised):
        store.write(three_articles(), quarantined)
    assert on_disk(path) == before

    monkeypatch.setattr(store_module, "_insert_claims", real_insert)
    written = Store.at(path).write(three_articles(), quarantined)
    assert written == Written(articles=3, reports=3, claims=6, events=3)
    after = on_disk(path)
    assert {t: after[t] - before[t] for t in TABLES} == {
        "articles": 3,
        "reports": 3,
        "claims": 6,
        "events": 3,
        "revisions": 3,
        "quarantine": 1,
    }


def test_a_database_error_says_nothing_was_stored(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: Any) -> None:
        raise OperationalError("INSERT INTO claims", {}, sqlite3.OperationalError("disk full"))

    monkeypatch.setattr(store_module, "_insert_claims", fail)
    with pytest.raises(StoreError, match="nothing was stored"):
        store.write(three_articles())


def test_writing_the_same_batch_twice_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "twice.db"
    store = Store.at(path)
    quarantined = [Quarantined("bad.txt", "empty: no text")]
    store.write(three_articles(), quarantined)
    once = on_disk(path)
    assert store.write(three_articles(), quarantined) == Written()
    assert on_disk(path) == once


def test_known_lists_only_stored_articles(store: Store) -> None:
    batch = three_articles()
    store.write(batch[:2])
    ids = [article.id for article, _ in batch]
    assert store.known([*ids, "a-never-seen"]) == set(ids[:2])
    assert store.known([]) == set()


@pytest.mark.parametrize(
    ("second", "events", "reports_in_first"),
    [
        ({}, 1, 2),
        ({"start": date(2021, 7, 29)}, 2, 1),
        ({"start": date(2021, 7, 30)}, 2, 1),
        ({"countries": ("AZ",)}, 1, 2),
        ({"countries": ("GE",)}, 2, 1),
        ({"sub": "Air/drone strike"}, 1, 2),
        ({"sub": "Peaceful protest"}, 2, 1),
        ({"background": True}, 1, 1),
    ],
    ids=[
        "same",
        "next-day-nothing-else-shared",
        "two-days-on",
        "shared-country",
        "other-country",
        "same-family-other-type",
        "other-family",
        "background",
    ],
)
def test_reports_of_one_incident_are_linked_to_one_event(
    store: Store, second: dict[str, Any], events: int, reports_in_first: int
) -> None:
    first = make_item("wire", outlet="Sample Wire")
    store.write([first, make_item("herald", outlet="Borderland Herald", **second)])
    assert store.counts()["events"] == events
    found = store.event(new_event_id([first[1][0].id]))
    news = [r for r in found["reports"] if not r["background"]]
    assert found["reports_count"] == len(news) == reports_in_first


def test_event_has_reports_claims_outlets_and_revisions(store: Store) -> None:
    first = make_item("wire", outlet="Sample Wire", figures=(2, 5))
    later = make_item(
        "herald", outlet="Borderland Herald", figures=(3,), published=date(2021, 7, 29)
    )
    store.write([first, later])
    found = store.event(new_event_id([first[1][0].id]))
    assert found["countries"] == ["AM", "AZ"]
    assert [r["outlet"] for r in found["reports"]] == ["Sample Wire", "Borderland Herald"]
    assert [[c["low"] for c in r["claims"]] for r in found["reports"]] == [[2, 5], [3]]
    assert [c["speaker"] for c in found["reports"][0]["claims"]] == ["the defence ministry"] * 2
    assert found["reports"][0]["claims"][0]["sentence"] == (
        "The defence ministry said 2 soldiers were killed."
    )
    assert [(r["action"], r["detail"]) for r in found["revisions"]] == [
        ("created", "r-wire"),
        ("report added", "r-herald"),
    ]


def test_an_unknown_event_is_not_found(store: Store) -> None:
    store.write(three_articles())
    with pytest.raises(NotFound, match=r"no event 'ev-nope'.*flashpoint events"):
        store.event("ev-nope")


# --- reading events -----------------------------------------------------------------------

EVENTS = {
    "A": {"sub": "Armed clash", "countries": ("AM", "AZ")},
    "B": {
        "sub": "Shelling/artillery/missile attack",
        "start": date(2022, 3, 1),
        "countries": ("UA",),
    },
    "C": {"sub": "Peaceful protest", "start": date(2021, 7, 29), "countries": ("AM",)},
    "D": {
        "sub": "Attack",
        "start": date(2021, 7, 26),
        "end": date(2021, 8, 1),
        "precision": DatePrecision.WEEK,
        "countries": ("ML",),
    },
}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, "BCAD"),
        ({"country": "AM"}, "CA"),
        ({"country": "am"}, "CA"),
        ({"country": "AZ"}, "A"),
        ({"country": "ZZ"}, ""),
        ({"since": date(2021, 7, 29)}, "BCD"),
        ({"until": date(2021, 7, 28)}, "AD"),
        ({"since": date(2021, 7, 29), "until": date(2021, 7, 31)}, "CD"),
        ({"eval_type": "armed_clash"}, "A"),
        ({"eval_type": "Battles"}, "A"),
        ({"eval_type": "Peaceful protest"}, "C"),
        ({"eval_type": "shelling_airstrike", "country": "UA"}, "B"),
        ({"eval_type": "riot"}, ""),
        ({"limit": 2}, "BC"),
        ({"country": "AM", "limit": 1}, "C"),
    ],
)
def test_events_are_filtered_and_latest_first(
    store: Store, filters: dict[str, Any], expected: str
) -> None:
    items = {name: make_item(name, **options) for name, options in EVENTS.items()}
    store.write(list(items.values()))
    ids = {new_event_id([reports[0].id]): name for name, (_, reports) in items.items()}
    assert "".join(ids[row["id"]] for row in store.events(**filters)) == expected


# --- quarantine ---------------------------------------------------------------------------


def test_quarantine_rows_deduplicate(store: Store) -> None:
    empty = Quarantined("notes/empty.txt", "empty: no text")
    store.write([], [empty, empty])
    store.write([], [empty])
    assert [(r["source"], r["reason"]) for r in store.quarantined()] == [
        ("notes/empty.txt", "empty: no text")
    ]
    store.write([], [Quarantined("notes/empty.txt", "binary: a NUL byte at offset 0")])
    assert store.counts()["quarantine"] == 2
