"""The pipeline end to end on real files, the real spaCy model and a real SQLite file."""

from __future__ import annotations

import json
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import flashpoint.store as store_module
from flashpoint import pipeline
from flashpoint.errors import ConfigError
from flashpoint.models import Article, Quarantined
from flashpoint.pipeline import Summary, build_extractor, ingest, screen
from flashpoint.settings import Settings
from flashpoint.store import Store

CLASH = """Three soldiers were killed and four wounded on Wednesday when Armenian and Azerbaijani \
forces clashed on the border, Armenia's defence ministry said.

Azerbaijan's defence ministry said two of its servicemen were wounded and blamed Armenian troops \
for opening fire first.
"""
SHELLING = {
    "title": "Shelling kills two civilians near Kharkiv",
    "text": "Russian shelling killed two civilians and wounded five in a village near Kharkiv on "
    "Tuesday, the regional governor said. Ukraine's emergency service said a school and several "
    "houses were damaged.",
    "published": "2022-05-18",
    "outlet": "Example Daily",
}
PROTEST = {
    "title": "Thousands protest in Yerevan",
    "text": "Thousands of people protested in Yerevan on Monday against the government's handling "
    "of the border crisis, police said. The protest was peaceful and no arrests were reported.",
    "published": "2021-07-27",
    "outlet": "Demo Times",
}
GERMAN = (
    "Bei schweren Kämpfen an der Grenze zwischen beiden Ländern sind nach Angaben des "
    "Verteidigungsministeriums drei Soldaten getötet und vier weitere verletzt worden. Die "
    "Regierung beschuldigte die Gegenseite, zuerst das Feuer eröffnet zu haben. Beobachter "
    "forderten beide Seiten zur Zurückhaltung auf."
)
MAX_BYTES = 3_000
QUARANTINED = {
    "binary.txt": "binary:",
    "empty.txt": "empty:",
    "big.txt": "too large:",
    "german.txt": "not English",
    "feed.jsonl:2": "malformed JSON on line 2",
}


def make_folder(folder: Path) -> Path:
    """Three good articles (one of them twice) and five inputs that must be quarantined."""
    folder.mkdir()
    (folder / "clash.txt").write_text(CLASH)
    (folder / "clash-copy.txt").write_text(CLASH)
    lines = [json.dumps(SHELLING), '{"title": "broken", "text": "Gunmen', json.dumps(PROTEST)]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (folder / "empty.txt").write_text("")
    (folder / "big.txt").write_text(CLASH * (MAX_BYTES // len(CLASH) + 1))
    (folder / "german.txt").write_text(GERMAN)
    return folder


def reasons_by_file(summary: Summary) -> dict[str, str]:
    """``path: reason`` lines keyed by the file name (with the line number for JSONL)."""
    pairs = (line.split(": ", 1) for line in summary.reasons)
    return {Path(source).name: reason for source, reason in pairs}


@pytest.fixture(scope="module")
def two_runs(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Summary, dict[str, int], Summary, dict[str, int]]:
    """The folder ingested twice into one database: (first, counts, second, counts)."""
    base = tmp_path_factory.mktemp("two-runs")
    settings = Settings(db=base / "flashpoint.db", max_bytes=MAX_BYTES)
    folder = make_folder(base / "inbox")
    store = Store.at(settings.db)
    day = date(2021, 7, 28)
    first = ingest([folder], settings=settings, store=store, published=day)
    after_first = store.counts()
    second = ingest([folder], settings=settings, store=Store.at(settings.db), published=day)
    return first, after_first, second, store.counts()


@pytest.mark.slow
def test_a_folder_is_ingested_and_bad_input_quarantined(two_runs: Any) -> None:
    first, counts, _, _ = two_runs
    assert (first.new, first.known, first.quarantined) == (3, 1, 5)
    assert counts["articles"] == 3
    assert counts["quarantine"] == 5
    assert first.reports == counts["reports"] >= 3
    assert first.claims == counts["claims"] >= 5
    assert first.events == counts["events"] >= 3


@pytest.mark.slow
@pytest.mark.parametrize(("name", "reason"), QUARANTINED.items())
def test_each_bad_input_is_quarantined_with_its_reason(
    two_runs: Any, name: str, reason: str
) -> None:
    first = two_runs[0]
    assert reasons_by_file(first)[name].startswith(reason)


@pytest.mark.slow
def test_the_second_run_changes_nothing(two_runs: Any) -> None:
    first, after_first, second, after_second = two_runs
    assert second == Summary(
        new=0, known=4, quarantined=5, reports=0, claims=0, events=0, reasons=first.reasons
    )
    assert after_second == after_first


@pytest.mark.slow
def test_a_crash_keeps_earlier_batches_and_a_rerun_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(db=tmp_path / "crash.db", max_bytes=MAX_BYTES, batch_size=1)
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-clash.txt").write_text(CLASH)
    (folder / "b-feed.jsonl").write_text(json.dumps(SHELLING) + "\n" + json.dumps(PROTEST) + "\n")
    store = Store.at(settings.db)
    real_insert = store_module._insert_claims

    def fail_on_kharkiv(conn: Any, report: Any) -> None:
        if any("Kharkiv" in claim.mention.sentence for claim in report.claims):
            raise RuntimeError("the process died")
        real_insert(conn, report)

    monkeypatch.setattr(store_module, "_insert_claims", fail_on_kharkiv)
    with pytest.raises(RuntimeError):
        ingest([folder], settings=settings, store=store)
    assert store.counts()["articles"] == 1

    monkeypatch.setattr(store_module, "_insert_claims", real_insert)
    summary = ingest([folder], settings=settings, store=store)
    assert (summary.new, summary.known) == (2, 1)
    assert store.counts()["articles"] == 3


@pytest.mark.slow
def test_the_bundled_sample_ingests(sample_store: Any) -> None:
    store, summary = sample_store
    assert (summary.new, summary.known, summary.quarantined) == (12, 0, 0)
    assert store.counts()["articles"] == 12
    assert summary.reports == store.counts()["reports"] > 12


@pytest.mark.slow
def test_two_outlets_reporting_the_kyrgyz_tajik_clash_make_one_event(sample_store: Any) -> None:
    store, _ = sample_store
    linked = [
        store.event(row["id"])
        for row in store.events(country="KG", limit=100)
        if row["reports_count"] >= 2
    ]
    outlets = [{r["outlet"] for r in event["reports"]} for event in linked]
    assert {"Sample Wire", "Borderland Herald"} in outlets
    event = linked[outlets.index({"Sample Wire", "Borderland Herald"})]
    assert {"KG", "TJ"} <= set(event["countries"])
    assert all("KG" in json.loads(r["countries"]) for r in event["reports"])


# --- pieces that need no model ------------------------------------------------------------


def test_input_with_nothing_new_is_never_parsed(
    tmp_path: Path, settings: Settings, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_parsing(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("parsed although nothing was new")

    monkeypatch.setattr(pipeline, "parse", no_parsing)
    (tmp_path / "clash.txt").write_text(CLASH)
    (tmp_path / "empty.txt").write_text("")
    known = Article(id=Article.make_id(CLASH.strip()), text=CLASH.strip(), source="earlier.txt")
    store.write([(known, [])])
    summary = ingest(
        [tmp_path / "clash.txt", tmp_path / "empty.txt"], settings=settings, store=store
    )
    assert (summary.new, summary.known, summary.quarantined) == (0, 1, 1)


def _fake_stages(monkeypatch: pytest.MonkeyPatch, parse: Any) -> None:
    """Stand-ins for the parser and the extractor, so that only the batching is under test."""
    monkeypatch.setattr(pipeline, "parse", parse)
    monkeypatch.setattr(pipeline, "build_extractor", lambda *_a, **_k: lambda _a, _d: [])
    monkeypatch.setattr(pipeline, "locate", lambda _article, reports, _geocoder: reports)


def test_a_batch_is_stored_while_the_next_is_parsed(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    second_parsed = threading.Event()
    waited: list[bool] = []

    def parse(articles: Any, **_kwargs: Any) -> Any:
        for a in articles:
            if a.text.startswith("Second"):
                second_parsed.set()
            yield a, None

    def write(batch: Any, quarantined: Any = ()) -> Any:
        if not waited:  # the first batch waits, for a while at most, for the next's parse
            waited.append(second_parsed.wait(timeout=30))
        return real_write(batch, quarantined)

    _fake_stages(monkeypatch, parse)
    real_write = store.write
    monkeypatch.setattr(store, "write", write)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("First", "Second", "Third"):
        (inbox / f"{name}.txt").write_text(f"{name} report of a clash at the border.")
    summary = ingest([inbox], settings=Settings(db=tmp_path / "x.db", batch_size=1), store=store)
    assert waited == [True]
    assert (summary.new, store.counts()["articles"]) == (3, 3)


def test_an_article_in_two_batches_is_stored_once(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed: list[str] = []

    def parse(articles: Any, **_kwargs: Any) -> Any:
        for a in articles:
            parsed.append(a.source)
            yield a, None

    _fake_stages(monkeypatch, parse)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):  # b repeats a, a batch later
        (inbox / name).write_text(CLASH if name != "c.txt" else SHELLING["text"])
    settings = Settings(db=tmp_path / "settings.db", batch_size=1)
    summary = ingest([inbox], settings=settings, store=store)
    assert (summary.new, summary.known) == (2, 1)
    assert [Path(p).name for p in parsed] == ["a.txt", "c.txt"]
    assert store.counts()["articles"] == 2


def article(text: str) -> Article:
    return Article(id=Article.make_id(text), text=text, source="in.txt")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (CLASH, True),
        (GERMAN, False),
        ("Schwere Kämpfe an der Grenze.", True),  # too short to judge
        (SHELLING["text"], True),
    ],
    ids=["english", "german", "short", "english-2"],
)
def test_screen_sets_aside_text_that_is_not_english(text: str, kept: bool) -> None:
    result = screen(article(text), max_chars=10_000)
    assert isinstance(result, Article) is kept
    if not kept:
        assert isinstance(result, Quarantined)
        assert result.reason.startswith("not English")


@pytest.mark.parametrize(
    ("max_chars", "expected"),
    [
        (10_000, CLASH.strip()),
        (200, CLASH.split("\n\n")[0]),
        (100, CLASH[:100]),
    ],
    ids=["whole", "at-paragraph", "hard-cut"],
)
def test_screen_cuts_long_text_at_a_paragraph_break(max_chars: int, expected: str) -> None:
    result = screen(article(CLASH.strip()), max_chars=max_chars)
    assert isinstance(result, Article)
    assert result.text.rstrip() == expected


def test_an_unknown_extractor_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"flashpoint\.rules\.v1"):
        build_extractor("flashpoint.nope.v9")


def test_the_sample_is_shipped_with_the_package(sample_path: Path) -> None:
    records = [json.loads(line) for line in sample_path.read_text().splitlines() if line]
    assert len(records) == 12
    assert all(r["text"] and r["outlet"] and r["published"] for r in records)
