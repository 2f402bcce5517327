"""The command line: progress bars, colour and clean error messages live here, nowhere else."""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Column, Table

from flashpoint import evaluate as ev
from flashpoint.actors import claimant_country
from flashpoint.errors import FlashpointError, InputError
from flashpoint.export import FORMATS, export
from flashpoint.ingest import parse_published, read_sources
from flashpoint.models import Article, Report
from flashpoint.pipeline import extract_all, ingest
from flashpoint.reconcile import reconcile
from flashpoint.settings import Settings
from flashpoint.store import Store

app = typer.Typer(
    help="flashpoint: turn reporting about armed conflict into a conflict-event database.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
console = Console()
errors = Console(stderr=True)


@contextmanager
def _edge() -> Iterator[None]:
    """Translate flashpoint errors into one clear line and a non-zero exit."""
    try:
        yield
    except FlashpointError as exc:
        errors.print(f"[bold red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None


@app.callback()
def main(
    ctx: typer.Context,
    db: Annotated[
        Path | None, typer.Option(help="Database file (default: FLASHPOINT_DB or user data dir).")
    ] = None,
) -> None:
    """Global options shared by every command."""
    try:
        settings = Settings(db=db) if db else Settings()
    except ValidationError as exc:
        errors.print(f"[bold red]error:[/] a FLASHPOINT_ setting is invalid: {exc}")
        raise typer.Exit(2) from None
    ctx.obj = settings


def _date(value: str | None) -> date | None:
    with _edge():
        return parse_published(value) if value else None


def _store(ctx: typer.Context) -> Store:
    with _edge():
        return Store.at(ctx.obj.db)


@app.command("ingest")
def ingest_cmd(
    ctx: typer.Context,
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files, folders, or - for stdin.")
    ] = None,
    sample: Annotated[bool, typer.Option(help="Ingest the bundled (invented) sample.")] = False,
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet of a plain-text input.")] = None,
    url: Annotated[str | None, typer.Option(help="URL of a plain-text input.")] = None,
) -> None:
    """Read articles, extract their events and store them; bad input goes to quarantine."""
    settings: Settings = ctx.obj
    targets = list(paths or [])
    if sample:
        targets.append(str(resources.files("flashpoint") / "data" / "sample.jsonl"))
    if not targets:
        errors.print("[bold red]error:[/] give a path, - for stdin, or --sample")
        raise typer.Exit(2)
    store = _store(ctx)
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with _edge(), Progress(*columns, console=errors, transient=True) as bar:
        task = bar.add_task("ingest", total=None)
        summary = ingest(
            targets,
            settings=settings,
            store=store,
            published=_date(published),
            outlet=outlet,
            url=url,
            progress=lambda n: bar.advance(task, n),
        )
    console.print(
        f"articles: [bold]{summary.new}[/] new, {summary.known} already known, "
        f"{summary.quarantined} quarantined; reports: {summary.reports}; "
        f"claims: {summary.claims}; new events: {summary.events}"
    )
    for reason in summary.reasons:
        console.print(f"  [yellow]quarantined[/] {escape(reason)}")


@app.command("extract")
def extract_cmd(
    ctx: typer.Context,
    path: Annotated[str, typer.Argument(help="One file (or - for stdin).")],
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show what one report yields, without storing anything."""
    settings: Settings = ctx.obj
    with _edge():
        items = list(read_sources([path], max_bytes=settings.max_bytes, published=_date(published)))
        articles = [a for a in items if isinstance(a, Article)]
        if not articles:
            reasons = "; ".join(getattr(q, "reason", "") for q in items)
            raise InputError(f"{path}: nothing to extract ({reasons or 'no text'})")
        results = list(extract_all(articles, settings=settings))
    if as_json:
        out = [_report_json(r) for _, reports in results for r in reports]
        typer.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    for article, reports in results:
        name = escape(article.title or article.source)
        console.print(f"[bold]{name}[/] ({len(reports)} reports)")
        for report in reports:
            _print_report(report)


def _report_json(report: Report) -> dict[str, Any]:
    return {
        "type": report.event_type,
        "sub_event_type": report.sub_event_type,
        "eval_type": report.eval_type,
        "date": report.date.label,
        "date_precision": report.date.precision.value,
        "date_basis": report.date.basis,
        "time_local": report.date.time_local,
        "timezone": report.date.timezone,
        "time_utc": report.date.utc,
        "countries": list(report.countries),
        "actors": [
            {"name": a.actor.name, "country": a.actor.country, "role": a.role}
            for a in report.actors
        ],
        "places": [p.name for p in report.places],
        "background": report.background,
        "confidence": report.confidence,
        "trigger": report.trigger.text,
        "claims": [
            {
                "kind": c.kind.value,
                "outcome": c.outcome.value if c.outcome else None,
                "figure": c.figure,
                "low": c.low,
                "high": c.high,
                "qualifier": c.qualifier.value,
                "subject": c.subject,
                "side": c.subject_country,
                "speaker": c.speaker,
                "speaker_country": c.speaker_country,
                "target": c.target,
                "target_country": c.target_country,
                "sentence": c.mention.sentence,
            }
            for c in report.claims
        ],
    }


def _print_report(report: Report) -> None:
    tag = "[dim]background[/]" if report.background else "[green]news[/]"
    console.print(
        f"  {tag} {report.sub_event_type} — {report.date.label or 'date unknown'} "
        f"({report.date.precision.value}; {report.date.basis}) — {', '.join(report.countries)}"
    )
    for c in report.claims:
        if c.kind.value != "casualties" or c.outcome is None:
            what = f"{c.kind.value} against {c.target or '?'}"
        else:
            what = f"{c.outcome.value} {c.figure if c.figure is not None else '?'} {c.subject}"
        console.print(
            f"    • {escape(what.strip())} — [cyan]{escape(c.speaker)}[/] "
            f"({c.speaker_country or '-'})"
        )


@app.command("events")
def events_cmd(
    ctx: typer.Context,
    country: Annotated[str | None, typer.Option(help="ISO country code, e.g. AM.")] = None,
    since: Annotated[
        str | None, typer.Option(help="Events ending on or after (YYYY-MM-DD).")
    ] = None,
    until: Annotated[str | None, typer.Option(help="Events starting on or before.")] = None,
    type_: Annotated[
        str | None, typer.Option("--type", help="Eval, ACLED or sub-event type.")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """List stored events, latest first."""
    with _edge():
        rows = _store(ctx).events(
            country=country, since=_date(since), until=_date(until), eval_type=type_, limit=limit
        )
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table(
        Column("id", no_wrap=True),
        Column("date", no_wrap=True),
        "precision",
        "type",
        "countries",
        "reports",
    )
    for row in rows:
        table.add_row(
            row["id"],
            row["date_start"] or "?",
            row["date_precision"],
            row["sub_event_type"],
            ", ".join(row["countries"]),
            str(row["reports_count"]),
        )
    console.print(table)


@app.command("show")
def show_cmd(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(help="An event id from `flashpoint events`.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """One event: its reports, its claims by speaker, low/best/high and its revision log."""
    with _edge():
        event = _store(ctx).event(event_id)
    news = [r for r in event["reports"] if not r["background"]]
    figures = reconcile(c for r in news for c in r["claims"])
    if as_json:
        event["figures"] = [asdict(f) for f in figures]
        typer.echo(json.dumps(event, indent=2, ensure_ascii=False, default=str))
        return
    if "redirected_from" in event:
        console.print(f"[dim]{event['redirected_from']} was merged into {event['id']}[/]")
    console.print(f"[bold]{event['id']}[/] {event['event_type']} / {event['sub_event_type']}")
    place = event["place"]
    where = (
        f"{place.get('name')} (precision {place.get('precision') or 'not resolved'})"
        if place
        else "no place named"
    )
    console.print(
        f"  date: {event['date_start']} .. {event['date_end']} ({event['date_precision']})"
        f"   countries: {', '.join(event['countries'])}   place: {escape(where)}"
    )
    console.print(
        f"  sides: {', '.join(event['sides']) or 'not named'}   "
        f"{len(news)} reports from {event['sources']} independent sources"
        + (f"   absorbed: {', '.join(event['absorbed'])}" if event["absorbed"] else "")
    )
    for field, seen in event["disagreements"].items():
        told = escape(json.dumps(seen, ensure_ascii=False))
        console.print(f"  [yellow]reports disagree on {field}:[/] {told}")
    if figures:
        table = Table("side", "outcome", "low", "best", "high", title="figures (claims behind)")
        for f in figures:
            table.add_row(
                f.side,
                f.outcome,
                *(
                    f"{v} ({', '.join(ids)})" if v is not None else "-"
                    for v, ids in zip(
                        (f.low, f.best, f.high), (f.low_from, f.best_from, f.high_from), strict=True
                    )
                ),
            )
        console.print(table)
    _print_reports(news)
    _print_claims_by_speaker(news)
    for report in event["reports"]:
        if report["background"]:
            console.print(
                f"  [dim]background mention in {report['id']} ({report['outlet'] or '?'}):[/] "
                f"{escape(report['trigger_sentence'])}"
            )
    console.print("\n  revisions:")
    for r in event["revisions"]:
        console.print(f"    {r['at']}  {r['action']}: {escape(r['detail'])}")


def _print_reports(reports: list[dict[str, Any]]) -> None:
    columns = ("outlet", "published", "source", "date basis", "time")
    table = Table(Column("report", no_wrap=True), *columns, title="reports")
    for r in reports:
        copy = "original" if r["source"] == r["article_id"] else f"copy of {r['source']}"
        table.add_row(
            r["id"],
            escape(r["outlet"] or "unknown outlet"),
            r["published"] or "unknown",
            copy,
            escape(r["date_basis"]),
            _clock(r),
        )
    console.print(table)


def _clock(report: dict[str, Any]) -> str:
    """ "18:00 local (Asia/Yerevan)", or "-" when the text gives no time."""
    if not report.get("time_local"):
        return "-"
    zone = report.get("timezone")
    return f"{report['time_local']} local" + (f" ({zone})" if zone else " (zone unknown)")


def _print_claims_by_speaker(reports: list[dict[str, Any]]) -> None:
    by_speaker: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for report in reports:
        for c in report["claims"]:
            speaker = f"{c['speaker']} ({c['speaker_country'] or '-'}, {c['speaker_kind']})"
            by_speaker.setdefault(speaker, []).append((report, c))
    for speaker, claims in sorted(by_speaker.items()):
        console.print(f"\n  [cyan]{escape(speaker)}[/]")
        for report, c in claims:
            if c["kind"] == "casualties":
                figure = c["low"] if c["low"] is not None else c["high"]
                what = (
                    f"{c['outcome']} {figure} ({c['qualifier']}) {c['subject']} "
                    f"[{c['subject_country'] or '?'}]"
                )
            else:
                what = f"{c['kind']} against {c['target'] or '?'}"
            claim_id = escape(f"[{c['id']}]")
            console.print(
                f"    {claim_id} {escape(what)} — {escape(report['outlet'] or '?')}, "
                f"{report['published'] or '?'}"
            )
            console.print(f"        “{c['sentence']}”", style="dim", markup=False)


@app.command("merge")
def merge_cmd(
    ctx: typer.Context,
    keep: Annotated[str, typer.Argument(help="The event that stays.")],
    other: Annotated[str, typer.Argument(help="The event merged into it (its id redirects).")],
) -> None:
    """Merge two events by hand; later linking keeps them together."""
    with _edge():
        kept = _store(ctx).merge(keep, other)
    console.print(f"merged {other} into {kept}; {other} now redirects to {kept}")


@app.command("split")
def split_cmd(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(help="The event to split.")],
    report_id: Annotated[str, typer.Argument(help="The report that leaves it.")],
) -> None:
    """Move a report out of an event by hand; later linking keeps it apart."""
    with _edge():
        new_id = _store(ctx).split(event_id, report_id)
    console.print(f"{report_id} left {event_id}; it is now event {new_id}")


@app.command("changes")
def changes_cmd(
    ctx: typer.Context,
    since: Annotated[
        str, typer.Option(help="Changes at or after this UTC time (YYYY-MM-DD[THH:MM:SS]).")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """List events added, updated and merged since a time."""
    with _edge():
        try:
            stamp = datetime.fromisoformat(since)
        except ValueError:
            raise InputError(
                f"--since {since!r} is not a date or time; write e.g. 2024-09-04T12:00:00"
            ) from None
        rows = _store(ctx).changes(stamp)
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table(Column("event", no_wrap=True), "change", "last at", "what")
    for row in rows:
        table.add_row(row["event_id"], row["change"], row["at"], escape("; ".join(row["details"])))
    console.print(table if rows else f"no changes since {since}")


@app.command("export")
def export_cmd(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", help=f"One of {', '.join(FORMATS)}.")] = "jsonl",
    output: Annotated[Path | None, typer.Option(help="File to write (default: stdout).")] = None,
) -> None:
    """Export every event with its reconciled figures."""
    with _edge():
        pieces = export(_store(ctx).iter_events(), fmt)
        if output is None:
            for piece in pieces:
                sys.stdout.write(piece)
            return
        partial = output.with_suffix(output.suffix + ".partial")
        with partial.open("w", encoding="utf-8") as handle:
            handle.writelines(pieces)
        partial.replace(output)
    console.print(f"wrote {output}")


@app.command("quarantine")
def quarantine_cmd(ctx: typer.Context) -> None:
    """List input that was set aside, with the reason."""
    with _edge():
        rows = _store(ctx).quarantined()
    table = Table(Column("source", overflow="fold"), "reason", "seen")
    for row in rows:
        table.add_row(escape(row["source"]), escape(row["reason"]), row["seen"])
    console.print(table if rows else "nothing in quarantine")


@app.command("eval")
def eval_cmd(
    ctx: typer.Context,
    golds: Annotated[list[Path], typer.Argument(help="Gold files (see docs/eval.md).")],
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="gold (flashpoint's JSON Lines), muc4 (MUC-3/4 JSON Lines), case2021 "
            "(CASE 2021 task 2 TSV) or ucdp-ged (UCDP GED CSV: geocoding).",
        ),
    ] = "gold",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    details: Annotated[
        bool, typer.Option(help="List misses and the type confusion table.")
    ] = False,
) -> None:
    """Score extraction against gold files; every score is printed with its n."""
    settings: Settings = ctx.obj
    if fmt == "case2021":
        for gold in golds:
            _eval_case2021(gold, settings, as_json=as_json, details=details)
        return
    if fmt == "ucdp-ged":
        for gold in golds:
            _eval_ucdp_ged(gold, settings, as_json=as_json, details=details)
        return
    if fmt not in {"gold", "muc4"}:
        errors.print(
            f"[bold red]error:[/] unknown format {fmt!r}; use gold, muc4, case2021 or ucdp-ged"
        )
        raise typer.Exit(2)
    title = ", ".join(g.name for g in golds)
    with _edge():
        if fmt == "muc4":
            from flashpoint.datasets import muc4

            mucs = [d for g in golds for d in muc4.load(g)]
            by_muc = {d.article.id: d for d in mucs}
            found = extract_all((d.article for d in mucs), settings=settings)
            _print_scores(
                f"{title}: {len(mucs)} documents",
                muc4.score((by_muc[a.id], r) for a, r in found),
                as_json,
                details,
            )
            return
        docs = [d for g in golds for d in ev.load_gold(g)]
        by_id = {d.article.id: d for d in docs}
        pairs = [
            (by_id[a.id], reports)
            for a, reports in extract_all((d.article for d in docs), settings=settings)
        ]
        scores = ev.score(pairs, claimant_country=claimant_country)
        linked = _link_scores(pairs)
        if linked is not None:
            scores = ev.Scores(scores.metrics + linked.metrics, scores.details)
    _print_scores(f"{title}: {len(docs)} documents", scores, as_json, details)
    if details and not as_json:
        confusion = ev.type_confusion(pairs)
        table = Table("gold type", "predicted", "count", title="type confusion")
        for (g, p), n in sorted(confusion.items()):
            table.add_row(g, p, str(n))
        console.print(table)


def _link_scores(pairs: list[tuple[ev.GoldDoc, list[Report]]]) -> ev.Scores | None:
    """Link the extracted reports in a scratch database and score the clusters found, and
    whether each cluster's reconciled best figure per side is that side's own latest."""
    clustered = {doc.id: doc.cluster for doc, _ in pairs if doc.cluster}
    if not clustered:
        return None
    predicted: dict[str, str] = {}
    found: dict[tuple[str, str, str], int | None] = {}
    with tempfile.TemporaryDirectory() as folder:
        store = Store.at(Path(folder) / "eval.db")
        store.write(list({doc.article.id: (doc.article, r) for doc, r in pairs}.values()))
        for doc, reports in pairs:
            lead = next(iter(ev.news_reports(reports)), None)
            if lead is not None and (event_id := store.event_of(lead.id)) is not None:
                predicted[doc.id] = event_id
        for cluster in sorted(set(clustered.values())):
            events = Counter(
                predicted[d] for d, c in clustered.items() if c == cluster and d in predicted
            )
            if not events:
                continue
            event = store.event(max(events, key=lambda e: (events[e], e)))
            claims = [c for r in event["reports"] if not r["background"] for c in r["claims"]]
            for f in reconcile(claims):
                found[(cluster, f.side, f.outcome)] = f.best
        store.engine.dispose()
    expected = ev.own_latest((doc for doc, _ in pairs), claimant_country=claimant_country)
    scores = ev.score_clusters(clustered, predicted)
    return ev.Scores((*scores.metrics, ev.score_own_latest(expected, found)))


def _print_scores(title: str, scores: ev.Scores, as_json: bool, details: bool) -> None:
    if as_json:
        typer.echo(json.dumps(scores.as_dict(details=details), indent=2))
        return
    table = Table("metric", "value", "n", title=title)
    for metric in scores.metrics:
        value = "-" if metric.value is None else f"{metric.value:.3f}"
        table.add_row(metric.name, value, str(metric.n))
    console.print(table)
    if details:
        for doc_id, note in scores.details:
            console.print(f"  {escape(doc_id)}: {escape(note)}")


def _eval_case2021(path: Path, settings: Settings, *, as_json: bool, details: bool) -> None:
    """``eval --format case2021``: label each snippet, then score the labels."""
    from flashpoint.datasets import case2021
    from flashpoint.vocab import CASE2021_LABELS

    with _edge():
        pairs = list(case2021.predict(case2021.load(path), settings=settings))
    scores = case2021.score(pairs)
    if as_json:
        typer.echo(json.dumps(scores.as_dict(details=details), indent=2))
        return
    summary = Table("metric", "value", "n", title=f"{path.name}: {len(pairs)} snippets")
    for metric in scores.metrics:
        if "." not in metric.name or metric.name.split(".")[0] in {"weighted_f1", "macro_f1"}:
            value = "-" if metric.value is None else f"{metric.value:.3f}"
            summary.add_row(metric.name, value, str(metric.n))
    labels = Table("label", "precision", "recall", "f1", "n", title="per label (n: gold count)")
    for label in CASE2021_LABELS:
        try:
            row = [scores[f"{label}.{name}"] for name in ("precision", "recall", "f1")]
        except KeyError:
            continue
        labels.add_row(
            label, *("-" if m.value is None else f"{m.value:.3f}" for m in row), str(row[2].n)
        )
    console.print(labels)
    console.print(summary)
    if details:
        for snippet_id, note in scores.details:
            console.print(f"  {snippet_id}: {note}")
        table = Table("gold label", "predicted", "count", title="label confusion")
        for (g, p), n in sorted(case2021.confusion(pairs).items()):
            table.add_row(g, p, str(n))
        console.print(table)


def _eval_ucdp_ged(path: Path, settings: Settings, *, as_json: bool, details: bool) -> None:
    """``eval --format ucdp-ged``: geocode each place description, and a baseline beside it."""
    from flashpoint.datasets import ucdp_ged
    from flashpoint.pipeline import build_geocoder

    with _edge():
        geocoder = build_geocoder(settings.geocoder, path=settings.gazetteer)
        ours, plain = ucdp_ged.evaluate(path, geocoder)
    if as_json:
        out = {"flashpoint": ours.as_dict(details=details), "baseline": plain.as_dict()}
        typer.echo(json.dumps(out, indent=2))
        return
    table = Table("metric", "flashpoint", "baseline", "n", title=f"{path.name}: geocoding")
    for mine, base in zip(ours.metrics, plain.metrics, strict=True):
        cells = ("-" if m.value is None else f"{m.value:.3f}" for m in (mine, base))
        table.add_row(mine.name, *cells, str(mine.n))
    console.print(table)
    if details:
        for row_id, note in ours.details:
            console.print(f"  {escape(row_id)}: {escape(note)}")
