"""Benchmark: geocoding speed, start-up time, gazetteer size and memory.

Run from the repository root::

    .venv/bin/python benchmarks/geocode.py [--toponyms 5000] [--build]

The workload is synthetic and seeded: place descriptions written around names drawn from
the compiled gazetteer itself ("near the village of X", "X district", "X town, Y"), each
with the place's country, plus sentences of running text with those names. The baseline,
timed in the same run on the same descriptions, is the plain geocoder that reads the first
name found as its most populous place (``Geocoder.baseline``).

The benchmark reports; it never fails. Targets: >= 2,000 toponyms/s after start-up,
start-up < 2 s once compiled, file < 300 MB, peak RSS < 500 MB.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from flashpoint.geo.gazetteer import default_path, open_gazetteer
from flashpoint.geo.geocoder import Geocoder
from flashpoint.geo.toponyms import find

SEED = 20261125
TARGETS = {"toponyms/s": 2000.0, "start-up s": 2.0, "file MB": 300.0, "peak RSS MB": 500.0}
TEMPLATES = (
    "near the village of {name}",
    "{name} district",
    "{name} town, {other}",
    "vicinity of {name}",
    "{name}",
    "15 km north of {name}",
)
SENTENCES = (
    "Fighting broke out near {name} on Tuesday, officials said.",
    "Two soldiers were killed in the {name} district overnight.",
    "Shelling hit the town of {name}, residents in {other} said.",
)
COMPILE = """
import sys, time
from pathlib import Path
from flashpoint.geo.sources import build
t0 = time.perf_counter()
build(Path(sys.argv[1]))
status = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
print(round(time.perf_counter() - t0, 1), int(status) // 1024)
"""
STARTUP = """
import sys, time
t0 = time.perf_counter()
from flashpoint.geo.geocoder import make_geocoder
from pathlib import Path
geocoder = make_geocoder(path=Path(sys.argv[1]))
geocoder.place_of("fighting near Aleppo", countries=("SY",))
t1 = time.perf_counter()
for _ in range(2000):
    geocoder.place_of("clashes in the Kalbajar district", countries=("AZ",))
status = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
print(t1 - t0, int(status) / 1024)
"""


def workload(path: Path, count: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(description, country) pairs and (sentence, country) pairs around gazetteer names."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = db.execute(
        "SELECT name, country FROM places WHERE kind IN ('city', 'admin1', 'admin2') "
        "AND population > 0"
    ).fetchall()
    db.close()
    rng = random.Random(SEED)
    picks = [rng.choice(rows) for _ in range(count)]
    descriptions = [
        (rng.choice(TEMPLATES).format(name=n, other=rng.choice(rows)[0]), c) for n, c in picks
    ]
    sentences = [
        (rng.choice(SENTENCES).format(name=n, other=rng.choice(rows)[0]), c)
        for n, c in picks[: count // 5]
    ]
    return descriptions, sentences


def timed_run(geocoder: Geocoder, items: list[tuple[str, str]], mode: str) -> tuple[float, int]:
    """Seconds taken and toponyms found for one pass over the items."""
    found = 0
    if mode == "ours":
        found = sum(
            len(find(text, geocoder.gazetteer, loose=True, countries=(country,)))
            for text, country in items
        )
    start = time.perf_counter()
    for text, country in items:
        if mode == "ours":
            geocoder.place_of(text, countries=(country,))
        elif mode == "baseline":
            found += geocoder.baseline(text) is not None
        else:
            found += len(geocoder.geocode(text, countries=(country,)))
    return time.perf_counter() - start, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--toponyms", type=int, default=5000, help="descriptions to resolve")
    parser.add_argument("--build", action="store_true", help="also time a fresh compile")
    parser.add_argument("--gazetteer", type=Path, default=None, help="compiled file to use")
    args = parser.parse_args()

    figures: dict[str, float] = {}
    if args.build:
        with tempfile.TemporaryDirectory() as folder:
            out = subprocess.run(
                [sys.executable, "-c", COMPILE, str(Path(folder) / "g.sqlite")],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            print(f"compile from the packages: {float(out[0]):.1f} s, peak RSS {out[1]} MB")
    path = args.gazetteer or default_path()
    gazetteer = open_gazetteer(path)
    figures["file MB"] = path.stat().st_size / 1e6
    print(f"gazetteer: {path.name}, {gazetteer.size():,} places, {figures['file MB']:.1f} MB")

    out = subprocess.run(
        [sys.executable, "-c", STARTUP, str(path)], capture_output=True, text=True, check=True
    ).stdout.split()
    figures["start-up s"], figures["peak RSS MB"] = float(out[0]), float(out[1])
    print(f"start-up (import, open, first place) in a fresh process: {out[0][:5]} s")
    print(f"peak RSS (VmHWM) of that process after 2,000 more places: {float(out[1]):.0f} MB")

    geocoder = Geocoder(gazetteer)
    descriptions, sentences = workload(path, args.toponyms)
    timed_run(geocoder, descriptions[:200], "ours")
    ours_s, ours_n = timed_run(Geocoder(open_gazetteer(path)), descriptions, "ours")
    base_s, base_n = timed_run(Geocoder(open_gazetteer(path)), descriptions, "baseline")
    text_s, text_n = timed_run(Geocoder(open_gazetteer(path)), sentences, "text")
    figures["toponyms/s"] = ours_n / ours_s
    print(
        f"descriptions: {len(descriptions):,} with {ours_n:,} toponyms in {ours_s:.2f} s: "
        f"{ours_n / ours_s:,.0f} toponyms/s, {len(descriptions) / ours_s:,.0f} descriptions/s"
    )
    print(
        f"baseline (first name, most populous): {base_n:,} places in {base_s:.2f} s: "
        f"{len(descriptions) / base_s:,.0f} descriptions/s"
    )
    print(f"ratio geocoder/baseline time per description: {ours_s / base_s:.2f}")
    print(
        f"running text: {len(sentences):,} sentences, {text_n:,} places in {text_s:.2f} s: "
        f"{len(sentences) / text_s:,.0f} sentences/s"
    )
    print("\ntarget check:")
    for name, target in TARGETS.items():
        value = figures[name]
        ok = value >= target if name == "toponyms/s" else value < target
        print(f"  {name:12} {value:10.2f}  target {target:>7}  {'PASS' if ok else 'FAIL'}")


if __name__ == "__main__":
    main()
