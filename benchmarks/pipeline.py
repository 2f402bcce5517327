"""Benchmark: whole-pipeline throughput against bare spaCy, and peak memory at 1x and 10x.

Run from the repository root::

    .venv/bin/python benchmarks/pipeline.py [--articles 300] [--scale 10] [--profile]

The corpus is synthetic (seeded, so every run parses the same texts): templated border-clash
reports between neighbouring countries, with casualty figures in digits and words, weekdays,
attributed speakers, background and neutral filler paragraphs, 250-450 words each.

The benchmark reports; it never fails. See benchmarks/README.md for how to read the figures.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import pstats
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from flashpoint.models import Article
from flashpoint.parse import load_nlp
from flashpoint.pipeline import Summary, ingest
from flashpoint.settings import Settings
from flashpoint.store import Store

TARGET_RATIO = 0.8
TARGET_RSS_GROWTH = 1.2
RSS_RUN_BUDGET_S = 270.0
SEED = 20240904


# --- corpus -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    country: str
    adj: str
    regions: tuple[str, ...]
    agency: str


PAIRS: tuple[tuple[Side, Side], ...] = (
    (
        Side("Armenia", "Armenian", ("Tavush", "Syunik", "Gegharkunik"), "defence ministry"),
        Side("Azerbaijan", "Azerbaijani", ("Gazakh", "Kalbajar", "Lachin"), "defence ministry"),
    ),
    (
        Side("Kyrgyzstan", "Kyrgyz", ("Batken", "Leilek"), "border service"),
        Side("Tajikistan", "Tajik", ("Sughd", "Isfara"), "border guard service"),
    ),
    (
        Side("Pakistan", "Pakistani", ("Kurram", "Bajaur", "Chaman"), "military"),
        Side("Afghanistan", "Afghan", ("Khost", "Kunar", "Paktia"), "defence ministry"),
    ),
    (
        Side("India", "Indian", ("Kupwara", "Poonch", "Rajouri"), "army"),
        Side("Pakistan", "Pakistani", ("Neelum", "Kotli", "Bhimber"), "military"),
    ),
    (
        Side("Ethiopia", "Ethiopian", ("Tigray", "Afar"), "defence force"),
        Side("Eritrea", "Eritrean", ("Gash-Barka", "Debub"), "information ministry"),
    ),
    (
        Side("Sudan", "Sudanese", ("Blue Nile", "South Kordofan"), "army"),
        Side("South Sudan", "South Sudanese", ("Upper Nile", "Unity"), "army"),
    ),
    (
        Side("Thailand", "Thai", ("Surin", "Sisaket"), "army"),
        Side("Cambodia", "Cambodian", ("Oddar Meanchey", "Preah Vihear"), "defence ministry"),
    ),
    (
        Side("Israel", "Israeli", ("Galilee", "Golan"), "military"),
        Side("Lebanon", "Lebanese", ("Nabatieh", "Tyre", "Marjayoun"), "army"),
    ),
    (
        Side("Rwanda", "Rwandan", ("Rubavu", "Rusizi"), "defence force"),
        Side("DR Congo", "Congolese", ("North Kivu", "South Kivu"), "army"),
    ),
    (
        Side("Iran", "Iranian", ("Kermanshah", "West Azerbaijan"), "Revolutionary Guards"),
        Side("Iraq", "Iraqi", ("Sulaimaniyah", "Erbil"), "interior ministry"),
    ),
    (
        Side("Turkey", "Turkish", ("Hatay", "Kilis"), "defence ministry"),
        Side("Syria", "Syrian", ("Idlib", "Aleppo"), "army"),
    ),
    (
        Side("Venezuela", "Venezuelan", ("Zulia", "Tachira", "Apure"), "armed forces"),
        Side("Colombia", "Colombian", ("Arauca", "Norte de Santander"), "army"),
    ),
    (
        Side("Russia", "Russian", ("Belgorod", "Kursk", "Bryansk"), "defence ministry"),
        Side("Ukraine", "Ukrainian", ("Kharkiv", "Sumy", "Chernihiv"), "general staff"),
    ),
    (
        Side("Mali", "Malian", ("Mopti", "Gao"), "army"),
        Side("Burkina Faso", "Burkinabe", ("Sahel", "Boucle du Mouhoun"), "army"),
    ),
)

VILLAGES = (
    "Kok-Tash",
    "Vorukh",
    "Sotk",
    "Tegh",
    "Ak-Sai",
    "Chorku",
    "Dzhany-Dzher",
    "Nerkin Hand",
    "Yeraskh",
    "Tovuz",
    "Sirka",
    "Arandu",
    "Uri",
    "Keran",
    "Zalambessa",
    "Badme",
    "Heglig",
    "Kafia Kingi",
    "Chong Chom",
    "Ta Moan",
    "Shebaa",
    "Kfar Kila",
    "Kibumba",
    "Bunagana",
    "Penjwen",
    "Haji Omaran",
    "Akcakale",
    "Tal Abyad",
    "Guasdualito",
    "Saravena",
    "Shebekino",
    "Vovchansk",
    "Boni",
    "Djibo",
)
OUTLETS = ("Border Wire", "Regional Desk", "Continental Press", "Evening Dispatch", "Agency 24")
CITIES = ("Geneva", "Vienna", "Doha", "Istanbul", "Nairobi", "Tashkent", "Astana", "Abu Dhabi")
MEDIATORS = ("Russia", "Qatar", "the African Union", "the United States", "Turkey", "the UN")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
)

# A lead paragraph and the headline written for it.
LEADS = (
    (
        "{k} {a.adj} soldiers killed in border clash with {b.adj} forces",
        "{a.country}'s {a.agency} said {k} of its soldiers were killed and {w} were wounded on "
        "{weekday} in a clash with {b.adj} forces near the village of {village} in the "
        "{ra} region.",
    ),
    (
        "{b.country} accuses {a.country} of shelling border villages",
        "{b.country}'s {b.agency} said {k} civilians were killed when {a.adj} artillery shelled "
        "{village} late on {weekday}, damaging houses and a school.",
    ),
    (
        "Drone strike kills {n} in {b.adj} border region, officials say",
        "{k} people were killed in a drone strike on a market in {village} in {b.country}'s "
        "{rb} region on {weekday}, according to the governor of the region.",
    ),
    (
        "{a.country} and {b.country} trade blame after {weekday} clashes",
        "{k} {b.adj} border guards were wounded in an exchange of fire with {a.adj} troops on "
        "{weekday}, the {b.adj} {b.agency} said in a statement.",
    ),
    (
        "Deadly fighting flares on {a.adj}-{b.adj} border",
        "Fighting broke out on {weekday} along a disputed section of the border between "
        "{a.country} and {b.country}, and {a.adj} officials said {k} servicemen were killed "
        "near {village}.",
    ),
)

RESPONSES = (
    "{b.country}'s {b.agency} said {k2} of its servicemen were killed and accused {a.country} "
    "of opening fire first.",
    "The {a.adj} foreign ministry denied the accusations and said its troops had only returned "
    "fire after coming under attack with mortars and small arms.",
    "Each side blamed the other for starting the fighting, which lasted for several hours.",
    "A military spokesman told reporters on {weekday2} that {k2} soldiers were missing after the "
    "clashes and that a search was under way.",
    "According to the governor of {rb}, {houses} houses were damaged and {families} families "
    "were forced to leave their homes.",
    "Local officials said the shelling stopped at around {hour} p.m. local time, but sporadic "
    "gunfire could still be heard until the early hours.",
    "Hospital staff in {rb} said they had treated {w2} wounded, {w3} of them children.",
    "The {b.adj} {b.agency} said {a.adj} forces had used drones and heavy artillery against "
    "positions near {village}, a claim {a.country} rejected.",
)

BACKGROUNDS = (
    "The two countries fought a war in {year} that killed more than {big} people, and "
    "tensions along the frontier have never fully eased.",
    "Clashes along the disputed border in {month} {year} left {k3} dead on both sides before a "
    "ceasefire brokered by {mediator} took hold.",
    "A ceasefire agreed in {year} has been repeatedly violated, with each side accusing the "
    "other of provocations along the line of contact.",
    "Previous fighting in the area in {year} displaced tens of thousands of residents, many of "
    "whom have not returned.",
)

FILLERS = (
    "Trade between the two neighbours reached {money} billion dollars last year, according to "
    "official figures, with most goods crossing at a handful of road checkpoints that are "
    "often closed during periods of tension. Traders on both sides say the closures cost them "
    "dearly.",
    "The region is known for its apricot orchards and mountain pastures, and many residents "
    "cross the border daily to visit relatives, tend their fields or sell produce at weekly "
    "markets. Water from the mountain streams is shared by villages on both sides.",
    "Negotiations on the demarcation of the {length}-kilometre border have dragged on for years, "
    "with about {pct} percent of the line still disputed. Commissions from both governments "
    "have met {meetings} times since the talks began.",
    "Officials from both governments are scheduled to meet in {city} next month to discuss "
    "water sharing, the reopening of checkpoints and the exchange of detainees, diplomats "
    "familiar with the preparations said.",
    "Heavy rain in recent weeks has washed out several roads in the border districts, making it "
    "difficult for aid groups to reach remote villages. Forecasters expect the weather to "
    "improve by the end of the week.",
    "The border area is home to about {pop} people, most of whom depend on farming and "
    "livestock. Unemployment is high, and many young men leave each spring to work abroad.",
    "Analysts say the dispute is rooted in maps drawn during the colonial or Soviet era, which "
    "left enclaves and villages with unclear status. Both governments say they are committed "
    "to a peaceful settlement.",
    "The {city} talks last year produced an agreement on a joint monitoring mechanism, but it "
    "was never fully implemented, and observers have had little access to the frontier.",
    "Schools in the district reopened this month after a break of several weeks, and local "
    "authorities said bus services between the main towns had resumed.",
    "A new highway linking the regional capital to the border crossing is due to open next "
    "year. The project, financed by a {money} billion dollar loan, has been delayed by "
    "disputes over land.",
    "Mobile phone coverage in the mountains is patchy, and residents often rely on local "
    "radio and messaging groups for news about the situation on the border.",
    "Both countries are members of several regional organisations, and their leaders met "
    "briefly on the sidelines of a summit in {city} in {month}.",
)


def _count(rng: random.Random, low: int, high: int) -> str:
    """A casualty figure in words, digits, or with a qualifier."""
    n = rng.randint(low, high)
    form = rng.random()
    if form < 0.45 and n < len(NUMBER_WORDS):
        return NUMBER_WORDS[n]
    if form < 0.6:
        return f"at least {n}"
    if form < 0.7:
        return f"more than {n}"
    if form < 0.75:
        return "dozens"
    return str(n)


def _cap(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:]


def _article(rng: random.Random, number: int) -> Article:
    a, b = rng.choice(PAIRS)
    if rng.random() < 0.5:
        a, b = b, a
    published = date(2023, 1, 1) + timedelta(days=rng.randrange(730))
    event_day = published - timedelta(days=rng.randint(0, 3))
    slots: dict[str, Any] = {
        "a": a,
        "b": b,
        "ra": rng.choice(a.regions),
        "rb": rng.choice(b.regions),
        "village": rng.choice(VILLAGES),
        "weekday": WEEKDAYS[event_day.weekday()],
        "weekday2": WEEKDAYS[published.weekday()],
        "n": rng.randint(2, 12),
        "k": _count(rng, 2, 30),
        "w": _count(rng, 2, 20),
        "k2": _count(rng, 2, 15),
        "w2": rng.randint(3, 60),
        "w3": NUMBER_WORDS[rng.randint(1, 5)],
        "k3": rng.randint(20, 400),
        "houses": rng.randint(5, 120),
        "families": NUMBER_WORDS[rng.randint(6, 20)],
        "hour": rng.randint(5, 11),
        "year": rng.randint(1990, 2022),
        "month": rng.choice(MONTHS),
        "big": f"{rng.randint(2, 60) * 500:,}",
        "mediator": rng.choice(MEDIATORS),
        "money": f"{rng.randint(3, 95) / 10:.1f}",
        "length": f"{rng.randint(300, 3000):,}",
        "pct": rng.randint(10, 45),
        "meetings": rng.randint(3, 40),
        "city": rng.choice(CITIES),
        "pop": f"{rng.randint(20, 900) * 1000:,}",
    }
    headline, lead = rng.choice(LEADS)
    title = _cap(headline.format(**slots))
    paragraphs = [_cap(lead.format(**slots))]
    paragraphs += [_cap(p.format(**slots)) for p in rng.sample(RESPONSES, rng.randint(3, 5))]
    paragraphs += [p.format(**slots) for p in rng.sample(BACKGROUNDS, rng.randint(1, 2))]
    target = rng.randint(250, 440)
    words = sum(len(p.split()) for p in paragraphs)
    for filler in rng.sample(FILLERS, len(FILLERS)):
        if words >= target:
            break
        text = filler.format(**slots)
        if words + len(text.split()) <= 450:
            paragraphs.insert(rng.randint(3, len(paragraphs)), text)
            words += len(text.split())
    text = "\n\n".join(paragraphs)
    return Article(
        id=Article.make_id(text, title),
        text=text,
        title=title,
        url=f"https://example.org/bench/{published.isoformat()}/{number}",
        outlet=rng.choice(OUTLETS),
        published=published,
        source="benchmark",
    )


def corpus(n: int, seed: int = SEED) -> Iterator[Article]:
    """``n`` distinct synthetic articles, the same for the same seed (streamed)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    number = 0
    while len(seen) < n:
        article = _article(rng, number)
        number += 1
        if article.id not in seen:
            seen.add(article.id)
            yield article


def write_jsonl(articles: Iterator[Article] | list[Article], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            record = {
                "title": a.title,
                "text": a.text,
                "published": a.published.isoformat() if a.published else None,
                "outlet": a.outlet,
                "url": a.url,
            }
            fh.write(json.dumps(record) + "\n")
    return path


# --- measurements -------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB.

    VmHWM is read on Linux: ru_maxrss of a child started by subprocess also carries the
    high-water mark of the memory it was forked from (the parent's), so it is not clean.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / 1024 / (1024 if sys.platform == "darwin" else 1)


def time_baseline(nlp: Any, texts: list[str], settings: Settings) -> float:
    gc.collect()
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=settings.batch_size, n_process=settings.n_process):
        pass
    return time.perf_counter() - start


def time_pipeline(source: Path, db: Path) -> tuple[float, Summary]:
    settings = Settings(db=db)
    store = Store.at(db)
    gc.collect()
    start = time.perf_counter()
    summary = ingest([source], settings=settings, store=store)
    elapsed = time.perf_counter() - start
    store.engine.dispose()
    return elapsed, summary


def run_child(n: int, seed: int) -> None:
    """Ingest an n-article corpus in this (fresh) process; print one JSON line of figures."""
    with tempfile.TemporaryDirectory(prefix="flashpoint-bench-") as tmp:
        source = write_jsonl(corpus(n, seed), Path(tmp) / "corpus.jsonl")
        elapsed, summary = time_pipeline(source, Path(tmp) / "events.db")
    figures = {"articles": n, "seconds": elapsed, "new": summary.new, "peak_rss_mb": peak_rss_mb()}
    print(json.dumps(figures))


def spawn_child(n: int, seed: int) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "--articles", str(n)]
    done = subprocess.run(
        [*command, "--seed", str(seed)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        return {"articles": n, "error": done.stderr.strip().splitlines()[-1:]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def profile_pipeline(source: Path, db: Path, top: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    time_pipeline(source, db)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = max(getattr(stats, "total_tt", 0.0), 1e-9)
    rows = []
    for (file, line, func), (_cc, _nc, tottime, cumtime, _callers) in stats.stats.items():
        if "/flashpoint/" in file:
            rows.append((cumtime, tottime, f"{file.split('/flashpoint/')[-1]}:{line}:{func}"))
    print(f"\nProfile of one pipeline run ({total:.1f} s under cProfile), flashpoint code:")
    print(f"  {'cum %':>6} {'self %':>6}  function")
    for cumtime, tottime, name in sorted(rows, reverse=True)[:top]:
        print(f"  {100 * cumtime / total:6.1f} {100 * tottime / total:6.1f}  {name}")
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).sort_stats("tottime").print_stats(top)
    print("\nTop functions by self time (all code):")
    print("\n".join(buffer.getvalue().splitlines()[-top - 2 :]))


# --- report -------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300, help="articles in the corpus")
    parser.add_argument("--scale", type=int, default=10, help="corpus multiple for the RSS run")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs of each; best kept")
    parser.add_argument(
        "--rss-articles", type=int, default=0, help="1x size of the RSS runs (0: fit ~5 min)"
    )
    parser.add_argument("--seed", type=int, default=SEED, help="corpus seed")
    parser.add_argument("--profile", action="store_true", help="cProfile one pipeline run")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.articles, args.seed)
        return

    settings = Settings()
    articles = list(corpus(args.articles, args.seed))
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    print(
        f"corpus: {len(articles)} articles, {words} words "
        f"({min(len(t.split()) for t in texts)}-{max(len(t.split()) for t in texts)} per "
        f"article), model {settings.spacy_model}, batch_size {settings.batch_size}, "
        f"n_process {settings.n_process}"
    )

    with tempfile.TemporaryDirectory(prefix="flashpoint-bench-") as tmp_name:
        tmp = Path(tmp_name)
        source = write_jsonl(articles, tmp / "corpus.jsonl")
        warm = write_jsonl(list(corpus(8, args.seed + 1)), tmp / "warm.jsonl")
        nlp = load_nlp(settings.spacy_model)
        list(nlp.pipe(texts[:8]))
        time_pipeline(warm, tmp / "warm.db")

        base_times: list[float] = []
        pipe_times: list[float] = []
        summary = Summary()
        for run in range(args.repeats):
            base_times.append(time_baseline(nlp, texts, settings))
            elapsed, summary = time_pipeline(source, tmp / f"run{run}.db")
            pipe_times.append(elapsed)
            print(f"  run {run + 1}: baseline {base_times[-1]:.2f} s, pipeline {elapsed:.2f} s")
        if args.profile:
            profile_pipeline(source, tmp / "profile.db", top=25)
    main_rss = peak_rss_mb()

    base, pipe = min(base_times), min(pipe_times)
    ratio = base / pipe
    n = len(articles)
    print(
        f"pipeline stored {summary.new} articles, {summary.reports} reports, "
        f"{summary.claims} claims, {summary.events} events ({summary.quarantined} quarantined)"
    )
    print(f"\n{'':10} {'seconds':>8} {'articles/s':>11} {'words/s':>9}")
    print(f"{'baseline':10} {base:8.2f} {n / base:11.1f} {words / base:9.0f}")
    print(f"{'pipeline':10} {pipe:8.2f} {n / pipe:11.1f} {words / pipe:9.0f}")
    print(f"throughput ratio pipeline/baseline: {ratio:.3f}")
    print(f"peak RSS of this process (baseline and pipeline, corpus in memory): {main_rss:.0f} MB")

    rss_n = args.rss_articles or min(n, max(20, int(n / pipe * RSS_RUN_BUDGET_S / args.scale)))
    print(f"\nRSS runs in fresh processes: {rss_n} and {rss_n * args.scale} articles ...")
    small = spawn_child(rss_n, args.seed)
    large = spawn_child(rss_n * args.scale, args.seed)
    for result in (small, large):
        if "error" in result:
            print(f"  {result['articles']} articles: child failed: {result['error']}")
        else:
            print(
                f"  {result['articles']:>6} articles: peak RSS {result['peak_rss_mb']:.0f} MB, "
                f"{result['seconds']:.1f} s ({result['articles'] / result['seconds']:.1f} "
                f"articles/s), {result['new']} stored"
            )
    growth = (
        large["peak_rss_mb"] / small["peak_rss_mb"]
        if "error" not in small and "error" not in large
        else float("nan")
    )
    print(f"peak RSS ratio {args.scale}x/1x: {growth:.3f}")

    print(f"\n{'target':42} {'value':>8}  result")
    print(
        f"{'throughput pipeline/baseline >= ' + str(TARGET_RATIO):42} {ratio:8.3f}  "
        f"{verdict(ratio >= TARGET_RATIO)}"
    )
    print(
        f"{f'peak RSS {args.scale}x/1x < {TARGET_RSS_GROWTH}':42} {growth:8.3f}  "
        f"{verdict(growth < TARGET_RSS_GROWTH)}"
    )


if __name__ == "__main__":
    main()
