"""The pipeline: ingest -> parse -> extract -> link and store, each a plain function.

Stages are built from a registered name and keyword options, so the same pair builds the
same stage in another process or on a distributed worker.

>>> sorted(EXTRACTORS), sorted(GEOCODERS)
(['flashpoint.rules.v1'], ['flashpoint.gazetteer.v1'])
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from flashpoint.dates import dateline
from flashpoint.errors import ConfigError
from flashpoint.extract import Extractor, make_extractor
from flashpoint.geo.geocoder import Geocoder, make_geocoder
from flashpoint.geo.reports import locate
from flashpoint.ingest import read_sources
from flashpoint.models import Article, Quarantined, Report
from flashpoint.parse import parse
from flashpoint.settings import Settings
from flashpoint.store import Store

logger = logging.getLogger(__name__)

EXTRACTORS: dict[str, Callable[..., Extractor]] = {"flashpoint.rules.v1": make_extractor}
GEOCODERS: dict[str, Callable[..., Geocoder]] = {"flashpoint.gazetteer.v1": make_geocoder}
Progress = Callable[[int], None]

_ENGLISH = frozenset(
    "the of and to in a is that for on was with as by said were at from has have".split()
)


def build_extractor(name: str, **options: Any) -> Extractor:
    """Build a registered extractor by name."""
    try:
        factory = EXTRACTORS[name]
    except KeyError:
        known = ", ".join(sorted(EXTRACTORS))
        raise ConfigError(f"unknown extractor {name!r}; known extractors: {known}") from None
    return factory(**options)


def build_geocoder(name: str, **options: Any) -> Geocoder:
    """Build a registered geocoder by name (compiling its gazetteer on first use)."""
    try:
        factory = GEOCODERS[name]
    except KeyError:
        known = ", ".join(sorted(GEOCODERS))
        raise ConfigError(f"unknown geocoder {name!r}; known geocoders: {known}") from None
    return factory(**options)


@dataclass(frozen=True, slots=True)
class Summary:
    """What a run did, for the CLI's summary line and for tests."""

    new: int = 0
    known: int = 0
    quarantined: int = 0
    reports: int = 0
    claims: int = 0
    events: int = 0
    reasons: tuple[str, ...] = ()


def screen(article: Article, *, max_chars: int) -> Article | Quarantined:
    """Cut over-long text at a paragraph break; set aside text that is not English."""
    words = re.findall(r"[a-zA-Z]+", article.text[:5000].lower())
    if len(words) >= 20 and sum(w in _ENGLISH for w in words) / len(words) < 0.05:
        return Quarantined(
            article.source, "not English: flashpoint reads English text only", article.text[:80]
        )
    if len(article.text) <= max_chars:
        return article
    cut = article.text.rfind("\n", 0, max_chars)
    text = article.text[: cut if cut > max_chars // 2 else max_chars]
    logger.info("cut %s to %d characters (FLASHPOINT_MAX_CHARS)", article.source, len(text))
    return replace(article, text=text)


def with_dateline(article: Article) -> Article:
    """Take the publication date from a wire dateline when the metadata has none."""
    if article.published is None and (stamp := dateline(article.text)) is not None:
        return replace(article, published=stamp)
    return article


def extract_all(
    articles: Iterable[Article],
    *,
    settings: Settings,
    extractor: Extractor | None = None,
    geocoder: Geocoder | None = None,
) -> Iterator[tuple[Article, list[Report]]]:
    """Parse, extract and geocode a stream of articles (nothing is stored)."""
    run = extractor or build_extractor(settings.extractor)
    places = geocoder or build_geocoder(settings.geocoder, path=settings.gazetteer)
    for article, doc in _parsed(articles, settings):
        yield article, locate(article, run(article, doc), places)


def _parsed(articles: Iterable[Article], settings: Settings) -> Iterator[tuple[Article, Any]]:
    return parse(
        (with_dateline(a) for a in articles),
        model=settings.spacy_model,
        batch_size=settings.batch_size,
        n_process=settings.n_process,
    )


def ingest(
    paths: Iterable[str | Path],
    *,
    settings: Settings,
    store: Store,
    published: date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    progress: Progress | None = None,
) -> Summary:
    """Read, parse, extract, link and store; one transaction per batch.

    While the parser reads a batch, the batch before is extracted and stored beside it, in
    a second thread: the parser's model spends most of its time outside Python's lock, so
    with a second core the two overlap. Only the first thread touches the database between
    batches. With ``n_process`` above 1, spaCy's own workers parse, and batches go one
    after another. Articles already stored are skipped, so running the same input twice
    changes nothing.
    """
    items = read_sources(
        paths, max_bytes=settings.max_bytes, published=published, outlet=outlet, url=url
    )
    stages = (
        build_extractor(settings.extractor),
        build_geocoder(settings.geocoder, path=settings.gazetteer),
    )
    summary = Summary()
    parsed = _Parsed(0, [], frozenset(), [])  # the batch before, parsed, not yet stored
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="flashpoint-store") as beside:
        while batch := list(itertools.islice(items, settings.batch_size)):
            # an article of the batch before is not stored yet, and is not new again
            bad, fresh = _screen(batch, settings, store, parsed.fresh)
            # no thread beside spaCy's worker processes
            start = beside.submit if settings.n_process == 1 else _at_once
            storing = start(_store, parsed, store, stages, summary)
            pairs = list(_parsed(fresh, settings)) if fresh else []
            summary = storing.result()
            _report(progress, parsed.size)
            parsed = _Parsed(len(batch), bad, frozenset(a.id for a in fresh), pairs)
        summary = _store(parsed, store, stages, summary)
        _report(progress, parsed.size)
    return summary


def _at_once(work: Callable[..., Summary], *args: Any) -> Future[Summary]:
    """Run the work here and now, as a done Future."""
    done: Future[Summary] = Future()
    done.set_result(work(*args))
    return done


def _report(progress: Progress | None, size: int) -> None:
    if progress is not None and size:
        progress(size)


@dataclass(frozen=True, slots=True)
class _Parsed:
    """A batch read: its size, what was quarantined, and its new articles parsed."""

    size: int
    bad: list[Quarantined]
    fresh: frozenset[str]
    pairs: list[tuple[Article, Any]]


def _screen(
    batch: list[Article | Quarantined],
    settings: Settings,
    store: Store,
    pending: frozenset[str],
) -> tuple[list[Quarantined], list[Article]]:
    """What to quarantine, and the articles neither stored nor about to be."""
    screened = [
        screen(item, max_chars=settings.max_chars) if isinstance(item, Article) else item
        for item in batch
    ]
    bad = [item for item in screened if isinstance(item, Quarantined)]
    articles = list({a.id: a for a in screened if isinstance(a, Article)}.values())
    known = store.known([a.id for a in articles]) | pending
    return bad, [a for a in articles if a.id not in known]


def _store(
    batch: _Parsed, store: Store, stages: tuple[Extractor, Geocoder], summary: Summary
) -> Summary:
    """Extract, geocode and store a parsed batch."""
    if not batch.size:
        return summary
    extractor, geocoder = stages
    extracted = []
    while batch.pairs:  # each Doc let go once read: the next batch is being parsed
        article, doc = batch.pairs.pop(0)
        reports = extractor(article, doc)
        del doc
        extracted.append((article, locate(article, reports, geocoder)))
    written = store.write(extracted, batch.bad)
    bad = batch.bad
    return Summary(
        new=summary.new + written.articles,
        known=summary.known + batch.size - len(bad) - len(batch.fresh),
        quarantined=summary.quarantined + len(bad),
        reports=summary.reports + written.reports,
        claims=summary.claims + written.claims,
        events=summary.events + written.events,
        reasons=summary.reasons + tuple(f"{q.source}: {q.reason}" for q in bad),
    )
