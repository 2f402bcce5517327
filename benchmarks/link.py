"""Benchmark: link a generated stream of reports at two sizes; reports/s, peak RSS, scaling.

Run from the repository root::

    .venv/bin/python benchmarks/link.py                      # 100k and 1M reports
    .venv/bin/python benchmarks/link.py --sizes 100000 300000

Each size runs in a fresh process (so peak RSS is its own) and streams a seeded, generated
sequence of reports, in publication order, through :class:`flashpoint.linker.Linker`: the
linking step the database also takes (blocking, scoring, clustering a neighbourhood when
needed), without SQLite. Events older than a month behind the stream are dropped from memory
as a long-running linker would (the database keeps them). The baseline, measured in the same
process, is generating and iterating the same stream without linking.

Figures: reports/s and microseconds per report for linking alone (total minus baseline), peak
RSS (VmHWM), events made, and B-cubed precision/recall/F1 against the generated incidents.
Targets: 1M reports in under 10 minutes; time per report at the largest size within 1.5x of
the smallest (near-linear: no all-pairs step). The benchmark reports; it never fails.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

from flashpoint.link import Item
from flashpoint.linker import Linker
from flashpoint.models import (
    Actor,
    ActorKind,
    ActorRef,
    Article,
    DatePrecision,
    DateSpan,
    Mention,
    Place,
    Report,
)
from flashpoint.store import Store

SEED = 20250501
START = date(2020, 1, 1)
REPORTS_PER_DAY = 900
KEEP_DAYS = 30
FORGET_EVERY = 7
TARGET_SECONDS_1M = 600.0
TARGET_SCALING = 1.5
TYPES = (
    ("armed_clash", 0.45),
    ("shelling_airstrike", 0.25),
    ("attack_on_civilians", 0.1),
    ("protest", 0.1),
    ("arrest_or_capture", 0.05),
    ("ceasefire_agreement", 0.05),
)
VOCAB = [f"w{n:04d}" for n in range(3000)]
SUB_EVENT = {
    "armed_clash": "Armed clash",
    "shelling_airstrike": "Shelling/artillery/missile attack",
    "attack_on_civilians": "Attack",
    "protest": "Peaceful protest",
    "arrest_or_capture": "Arrests",
    "ceasefire_agreement": "Agreement",
}


def _pairs(rnd: random.Random) -> list[tuple[str, str]]:
    countries = [f"{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(180)]
    pairs = {tuple(sorted(rnd.sample(countries, 2))) for _ in range(400)}
    return sorted((a, b) for a, b in pairs)


def stream(n: int, seed: int = SEED) -> Iterator[tuple[Item, str]]:
    """``n`` reports with the id of the incident each tells, in publication order."""
    rnd = random.Random(seed)
    pairs = _pairs(rnd)
    villages = {p: [f"{p[0]}-{p[1]}-v{i}" for i in range(40)] for p in pairs}
    types, weights = zip(*TYPES, strict=True)
    pending: dict[date, list[tuple[Item, str]]] = defaultdict(list)
    made = incident = 0
    day = START
    while made < n:
        budget = rnd.gauss(REPORTS_PER_DAY / 3.5, 20)
        for _ in range(max(1, int(budget))):
            incident += 1
            pair = rnd.choice(pairs)
            kind = rnd.choices(types, weights)[0]
            place = rnd.choice(villages[pair])
            topic = set(rnd.sample(VOCAB, 4))
            for k in range(rnd.choice((1, 1, 2, 3, 4, 5, 6, 8))):
                when = day + timedelta(days=1 if rnd.random() < 0.08 else 0)
                sides = rnd.choice(((f"{pair[0]}:s", f"{pair[1]}:s"), (f"{pair[0]}:s",), ()))
                it = Item(
                    id=f"r{incident}-{k}",
                    article_id=f"a{incident}-{k}",
                    eval_type=kind if rnd.random() > 0.1 else "armed_clash",
                    start=when,
                    end=when,
                    precision="day",
                    countries=pair if rnd.random() > 0.2 else (pair[0],),
                    sides=sides,
                    places=(place,) if rnd.random() > 0.15 else (),
                    words=frozenset(topic | set(rnd.sample(VOCAB, 6))),
                )
                pending[day + timedelta(days=rnd.choice((0, 0, 1, 1, 2, 3)))].append(
                    (it, f"i{incident}")
                )
        for it, truth in pending.pop(day, []):
            if made >= n:
                return
            made += 1
            yield it, truth
        day += timedelta(days=1)


def bcubed(truth: dict[str, str], found: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of ``found`` clusters against ``truth``."""
    gold: dict[str, set[str]] = defaultdict(set)
    pred: dict[str, set[str]] = defaultdict(set)
    for r, c in truth.items():
        gold[c].add(r)
        pred[found[r]].add(r)
    p = sum(len(pred[found[r]] & gold[truth[r]]) / len(pred[found[r]]) for r in truth)
    q = sum(len(pred[found[r]] & gold[truth[r]]) / len(gold[truth[r]]) for r in truth)
    p, q = p / len(truth), q / len(truth)
    return p, q, 2 * p * q / (p + q)


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_one(n: int) -> dict[str, float]:
    """Link ``n`` generated reports in this process; return the figures."""
    started = time.perf_counter()
    for _ in stream(n):
        pass
    baseline = time.perf_counter() - started
    linker = Linker()
    truth: dict[str, str] = {}
    found: dict[str, str] = {}
    sample_every = max(1, n // 20_000)
    started = time.perf_counter()
    last_forget = START
    for i, (it, incident) in enumerate(stream(n)):
        linker.add(it)
        if i % sample_every == 0:
            truth[it.id] = incident
        if it.start is not None and it.start - last_forget > timedelta(days=FORGET_EVERY):
            for r in truth:
                if r in linker.event_of:
                    found[r] = linker.event_of[r]
            linker.forget(it.start - timedelta(days=KEEP_DAYS))
            last_forget = it.start
    total = time.perf_counter() - started
    for r in truth:
        if r in linker.event_of:
            found[r] = linker.event_of[r]
    events = len(Counter(found.values()))
    p, r, f = bcubed({k: v for k, v in truth.items() if k in found}, found)
    linking = max(total - baseline, 1e-9)
    return {
        "reports": n,
        "seconds": total,
        "baseline_seconds": baseline,
        "reports_per_s": n / linking,
        "us_per_report": linking / n * 1e6,
        "peak_rss_mb": _peak_rss_mb(),
        "sampled_events": events,
        "bcubed_p": p,
        "bcubed_r": r,
        "bcubed_f1": f,
    }


_LETTERS = str.maketrans("0123456789", "abcdefghij")


def _as_article(it: Item) -> tuple[Article, list[Report]]:
    """A generated report as a stored article would carry it (one report per article), with
    the same linking view (its trigger sentence is its words), so that the database and the
    in-memory linker link the same reports."""
    sentence = " ".join(sorted(w.translate(_LETTERS) for w in it.words))
    article = Article(
        id=it.article_id,
        text=f"Fighting was reported: {sentence}.",
        title="",
        outlet="bench",
        published=it.start,
    )
    report = Report(
        id=it.id,
        article_id=it.article_id,
        event_type="Battles",
        sub_event_type=SUB_EVENT[it.eval_type],
        date=DateSpan(it.start, it.end, DatePrecision.DAY, "bench"),
        countries=it.countries,
        actors=tuple(
            ActorRef(Actor(s, s, s.split(":")[0], ActorKind.STATE_FORCES), "side") for s in it.sides
        ),
        claims=(),
        places=tuple(Place(p) for p in it.places),
        background=False,
        trigger=Mention(0, 0, sentence, ""),
        confidence=1.0,
        extractor="bench",
    )
    return article, [report]


def run_store(n: int) -> dict[str, float]:
    """Link ``n`` generated reports through the database (``Store.write``, batches of 64), and
    the same reports through the in-memory linker as the baseline of the same run."""
    items = [it for it, _ in stream(n)]
    articles = [_as_article(it) for it in items]
    started = time.perf_counter()
    linker = Linker()
    for it in items:
        linker.add(it)
    memory = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        store = Store.at(Path(folder) / "bench.db")
        started = time.perf_counter()
        for i in range(0, n, 64):
            store.write(articles[i : i + 64])
        seconds = time.perf_counter() - started
        events = store.counts()["events"]
        with store.engine.connect() as conn:
            rows = conn.execute(text("SELECT event_id, id FROM reports")).all()
        store.engine.dispose()
    stored: dict[str, list[str]] = defaultdict(list)
    for event_id, report_id in rows:
        stored[event_id].append(report_id)
    ours = {tuple(sorted(g)) for g in stored.values()}
    theirs = set(linker.groups())
    return {
        "reports": n,
        "seconds": seconds,
        "reports_per_s": n / seconds,
        "events": events,
        "memory_seconds": memory,
        "differing_events": len(ours ^ theirs),
        "linker_events": len(theirs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument(
        "--store",
        type=int,
        nargs="+",
        help="Instead: link this many reports through the SQLite store (e.g. 2000 10000).",
    )
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return
    if args.store:
        base = None
        for n in args.store:
            r = run_store(n)
            per = r["seconds"] / n * 1e6
            base = base or per
            print(
                f"store {n:>7,} reports: {r['seconds']:7.1f} s, {r['reports_per_s']:7,.0f} "
                f"reports/s = {per:7.1f} us/report ({per / base:.2f}x the first size); "
                f"{r['events']:,} events; in memory {r['memory_seconds']:.1f} s "
                f"(store/memory {r['seconds'] / r['memory_seconds']:.1f}x), "
                f"{r['linker_events']:,} events, {r['differing_events']} groups differ",
                flush=True,
            )
        return
    results = []
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True
        )
        results.append(json.loads(out.stdout))
        r = results[-1]
        print(
            f"{n:>9,} reports: {r['seconds']:7.1f} s total ({r['baseline_seconds']:.1f} s "
            f"generating), linking {r['reports_per_s']:8,.0f} reports/s = "
            f"{r['us_per_report']:6.1f} us/report; peak RSS {r['peak_rss_mb']:6.0f} MB; "
            f"B-cubed on a sample P {r['bcubed_p']:.3f} R {r['bcubed_r']:.3f} "
            f"F1 {r['bcubed_f1']:.3f}",
            flush=True,
        )
    small, large = results[0], results[-1]
    scaling = large["us_per_report"] / small["us_per_report"]
    print(f"time per report, {large['reports']:,} vs {small['reports']:,}: {scaling:.2f}x")
    print(f"peak RSS ratio: {large['peak_rss_mb'] / small['peak_rss_mb']:.2f}x")
    verdict = "PASS" if scaling <= TARGET_SCALING else "FAIL"
    print(f"{verdict} scaling target <= {TARGET_SCALING}x")
    if large["reports"] >= 1_000_000:
        ok = large["seconds"] < TARGET_SECONDS_1M
        print(f"{'PASS' if ok else 'FAIL'} 1M reports in {large['seconds']:.0f} s (target < 600 s)")


if __name__ == "__main__":
    main()
