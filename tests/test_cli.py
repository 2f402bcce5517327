"""The command line as a user runs it: real files, a real database, the real spaCy model."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import click
import pytest
import typer
from typer.testing import CliRunner, Result

from flashpoint.cli import app
from flashpoint.export import CSV_FIELDS
from flashpoint.store import Store

CLASH = (
    "Three soldiers were killed and four wounded on Wednesday when Armenian and Azerbaijani "
    "forces clashed on the border, Armenia's defence ministry said.\n\n"
    "Azerbaijan's defence ministry said two of its servicemen were wounded and blamed Armenian "
    "troops for opening fire first.\n"
)
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
runner = CliRunner()


def run(db: Path, *args: str, columns: int = 200) -> Result:
    """``flashpoint --db DB ARGS``, on a terminal ``columns`` wide."""
    return runner.invoke(app, ["--db", str(db), *args], env={"COLUMNS": str(columns)})


def words(output: str) -> str:
    """The output as a person reads it: table borders dropped, line wrapping undone."""
    return " ".join(re.sub(r"[\u2500-\u257f]", " ", output).split())


def first_column(table: str) -> str:
    """The body cells of a table's first column joined up again (a long cell is folded)."""
    rows = (line.split("│") for line in table.splitlines() if line.startswith("│"))
    return "".join(cells[1].strip() for cells in rows)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the bundled sample, ingested through the CLI once."""
    db = tmp_path_factory.mktemp("cli") / "sample.db"
    result = run(db, "ingest", "--sample")
    assert result.exit_code == 0, result.output
    assert "articles: 12 new, 0 already known, 0 quarantined" in words(result.stdout)
    return db


@pytest.fixture
def clash_file(tmp_path: Path) -> Path:
    path = tmp_path / "clash.txt"
    path.write_text(CLASH)
    return path


# --- help ---------------------------------------------------------------------------------


def test_the_top_level_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "conflict-event database" in words(result.stdout)
    assert all(name in result.stdout for name in COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help(name: str) -> None:
    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0
    assert command.help, f"{name} has no docstring"
    assert words(command.help.splitlines()[0]) in words(result.stdout)
    undocumented = [
        p.name for p in command.params if isinstance(p, click.Parameter) and not _help(p)
    ]
    assert undocumented == []


def _help(param: click.Parameter) -> str:
    return str(getattr(param, "help", "") or "")


# --- ingest -------------------------------------------------------------------------------


@pytest.mark.slow
def test_ingest_prints_a_summary_and_a_rerun_finds_it_known(
    tmp_path: Path, clash_file: Path
) -> None:
    db = tmp_path / "one.db"
    first = run(db, "ingest", str(clash_file), "--published", "2021-07-28")
    assert first.exit_code == 0, first.output
    found = re.search(
        r"articles: 1 new, 0 already known, 0 quarantined; reports: (\d+); claims: (\d+); "
        r"new events: (\d+)",
        words(first.stdout),
    )
    assert found is not None, first.stdout
    counts = Store.at(db).counts()
    assert tuple(int(n) for n in found.groups()) == (
        counts["reports"],
        counts["claims"],
        counts["events"],
    )
    assert counts["claims"] >= 3

    again = run(db, "ingest", str(clash_file), "--published", "2021-07-28")
    assert "articles: 0 new, 1 already known, 0 quarantined; reports: 0; claims: 0" in words(
        again.stdout
    )
    assert Store.at(db).counts() == counts


def test_ingest_needs_something_to_read(tmp_path: Path) -> None:
    result = run(tmp_path / "x.db", "ingest")
    assert result.exit_code == 2
    assert "give a path, - for stdin, or --sample" in result.stderr


def test_a_bad_publication_date_is_a_clean_error(tmp_path: Path, clash_file: Path) -> None:
    result = run(tmp_path / "x.db", "ingest", str(clash_file), "--published", "last week")
    assert result.exit_code == 2
    assert result.stderr.startswith("error:")
    assert "Traceback" not in result.output


# --- events, show, export on the sample ---------------------------------------------------


@pytest.mark.slow
def test_events_lists_every_event_with_its_whole_id(sample_db: Path) -> None:
    stored = Store.at(sample_db).events(limit=1000)
    result = run(sample_db, "events", columns=80)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [re.findall(r"ev-[0-9a-f]{16}", line) for line in lines if "ev-" in line] == [
        [row["id"]] for row in stored
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("options", "check"),
    [
        ([], lambda row: True),
        (["--country", "KG"], lambda row: "KG" in row["countries"]),
        (["--type", "armed_clash"], lambda row: row["eval_type"] == "armed_clash"),
        (["--since", "2024-09-20"], lambda row: row["date_end"] >= "2024-09-20"),
    ],
    ids=["all", "country", "type", "since"],
)
def test_events_json_lines_follow_the_filters(
    sample_db: Path, options: list[str], check: Any
) -> None:
    result = run(sample_db, "events", "--json", "--limit", "1000", *options)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows
    assert all(check(row) for row in rows)
    assert len(rows) < len(Store.at(sample_db).events(limit=1000)) or not options


def kyrgyz_event(db: Path) -> dict[str, Any]:
    store = Store.at(db)
    for row in store.events(country="KG", limit=100):
        event = store.event(row["id"])
        if {r["outlet"] for r in event["reports"]} >= {"Sample Wire", "Borderland Herald"}:
            return event
    raise AssertionError("the two reports of the Kyrgyz-Tajik clash are not linked")


@pytest.mark.slow
def test_show_prints_each_claim_with_its_speaker_and_sentence(sample_db: Path) -> None:
    event = kyrgyz_event(sample_db)
    result = run(sample_db, "show", event["id"])
    assert result.exit_code == 0, result.output
    shown = words(result.stdout)
    claims = [c for r in event["reports"] for c in r["claims"]]
    assert claims
    for c in claims:
        assert f"[{c['id']}]" in shown
        assert words(c["speaker"]) in shown
        assert words(c["sentence"]) in shown
    assert "Sample Wire" in shown and "Borderland Herald" in shown
    assert "figures" in shown
    assert "revisions: " in shown and "created: " in shown


@pytest.mark.slow
def test_show_json_has_reports_and_reconciled_figures(sample_db: Path) -> None:
    event = kyrgyz_event(sample_db)
    shown = json.loads(run(sample_db, "show", event["id"], "--json").stdout)
    assert [r["id"] for r in shown["reports"]] == [r["id"] for r in event["reports"]]
    kyrgyz_killed = [f for f in shown["figures"] if (f["side"], f["outcome"]) == ("KG", "killed")]
    assert kyrgyz_killed and kyrgyz_killed[0]["best_from"]


@pytest.mark.parametrize("event_id", ["ev-nope", "ev-[/nope]"])
def test_show_of_an_unknown_event_is_one_clean_line(tmp_path: Path, event_id: str) -> None:
    result = run(tmp_path / "empty.db", "show", event_id)
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"error: no event {event_id!r}: list events with `flashpoint events`"
    ]


def parse_jsonl(text: str) -> list[str]:
    return [json.loads(line)["event_id"] for line in text.splitlines()]


def parse_csv(text: str) -> list[str]:
    reader = csv.DictReader(io.StringIO(text))
    ids = [row["event_id"] for row in reader]
    assert tuple(reader.fieldnames or ()) == CSV_FIELDS
    return ids


def parse_geojson(text: str) -> list[str]:
    collection = json.loads(text)
    assert collection["type"] == "FeatureCollection"
    for feature in collection["features"]:
        # a point only for a place known better than its country; never a centroid
        precision = feature["properties"]["where_prec"]
        if feature["geometry"] is None:
            continue
        assert feature["geometry"]["type"] == "Point"
        assert len(feature["geometry"]["coordinates"]) == 2
        assert precision is not None and precision <= 5
    return [f["properties"]["event_id"] for f in collection["features"]]


PARSERS = {"jsonl": parse_jsonl, "csv": parse_csv, "geojson": parse_geojson}


@pytest.mark.slow
@pytest.mark.parametrize("fmt", PARSERS)
def test_export_writes_every_event_in_a_format_that_parses(sample_db: Path, fmt: str) -> None:
    result = run(sample_db, "export", "--format", fmt)
    assert result.exit_code == 0, result.output
    ids = {row["id"] for row in Store.at(sample_db).events(limit=1000)}
    exported = PARSERS[fmt](result.stdout)
    assert sorted(exported) == sorted(ids)


@pytest.mark.slow
def test_export_to_a_file_leaves_no_partial_file(sample_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "events.geojson"
    result = run(sample_db, "export", "--format", "geojson", "--output", str(target))
    assert result.exit_code == 0
    assert len(parse_geojson(target.read_text())) == Store.at(sample_db).counts()["events"]
    assert [p.name for p in tmp_path.iterdir()] == ["events.geojson"]


def test_export_in_an_unknown_format_is_a_clean_error(tmp_path: Path) -> None:
    result = run(tmp_path / "x.db", "export", "--format", "xml")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: unknown export format 'xml'; choose one of jsonl, csv, geojson"
    ]


# --- quarantine ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["empty.txt", "[bold]empty.txt"])
def test_quarantine_lists_the_file_and_its_reason(tmp_path: Path, name: str) -> None:
    db = tmp_path / "q.db"
    empty = tmp_path / name
    empty.write_text("")
    assert run(db, "quarantine").stdout.strip() == "nothing in quarantine"
    ingested = run(db, "ingest", str(empty))
    assert f"quarantined {empty}: empty: no text" in words(ingested.stdout)
    result = run(db, "quarantine", columns=80)
    assert result.exit_code == 0
    assert first_column(result.stdout) == str(empty)
    assert "empty: no text" in words(result.stdout)


# --- extract ------------------------------------------------------------------------------


@pytest.mark.slow
def test_extract_json_prints_reports_and_stores_nothing(tmp_path: Path, clash_file: Path) -> None:
    db = tmp_path / "x.db"
    result = run(db, "extract", str(clash_file), "--published", "2021-07-28", "--json")
    assert result.exit_code == 0, result.output
    reports = json.loads(result.stdout)
    assert [r["date"] for r in reports] == ["2021-07-28"]
    [report] = reports
    assert report["sub_event_type"] == "Armed clash"
    assert {"AM", "AZ"} <= set(report["countries"])
    killed = [c for c in report["claims"] if c["outcome"] == "killed"]
    assert [(c["figure"], c["speaker_country"]) for c in killed] == [(3, "AM")]
    assert all(c["sentence"] in CLASH for c in report["claims"])
    assert not db.exists() or Store.at(db).counts()["articles"] == 0


@pytest.mark.slow
def test_extract_prints_casualties_and_blame(clash_file: Path, tmp_path: Path) -> None:
    result = run(tmp_path / "x.db", "extract", str(clash_file), "--published", "2021-07-28")
    assert result.exit_code == 0, result.output
    shown = words(result.stdout)
    assert "killed 3 soldiers — Armenia's defence ministry (AM)" in shown
    assert "blame against" in shown


def test_extract_of_an_empty_file_says_why(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run(tmp_path / "x.db", "extract", str(empty))
    assert result.exit_code == 2
    assert "nothing to extract (empty: no text)" in words(result.stderr)


HELD_OUT = Path(__file__).parent / "data" / "linking_heldout.jsonl"


@pytest.mark.slow
def test_eval_scores_linking_on_held_out_clusters(tmp_path: Path) -> None:
    result = run(tmp_path / "unused.db", "eval", str(HELD_OUT), "--json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["linking.bcubed_f1"]["n"] == 22
    assert scores["linking.bcubed_f1"]["value"] >= 0.9
    assert scores["linking.pairwise_precision"]["value"] >= 0.9


@pytest.mark.slow
def test_merge_split_and_changes_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    assert run(db, "ingest", str(HELD_OUT)).exit_code == 0
    rows = [json.loads(line) for line in run(db, "events", "--json").stdout.splitlines()]
    kyrgyz = sorted(r["id"] for r in rows if "KG" in r["countries"])
    assert len(kyrgyz) == 2
    merged = run(db, "merge", *kyrgyz)
    assert merged.exit_code == 0 and "redirects" in merged.stdout
    shown = json.loads(run(db, "show", kyrgyz[1], "--json").stdout)
    assert shown["id"] == kyrgyz[0] and shown["redirected_from"] == kyrgyz[1]
    report = shown["reports"][0]["id"]
    split = run(db, "split", kyrgyz[0], report)
    assert split.exit_code == 0, split.output
    changes = [
        json.loads(line)
        for line in run(db, "changes", "--since", "2000-01-01", "--json").stdout.splitlines()
    ]
    assert {"added", "merged"} <= {c["change"] for c in changes}
    bad = run(db, "changes", "--since", "last week")
    assert bad.exit_code == 2 and "not a date" in bad.output
