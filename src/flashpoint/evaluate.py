"""Score extracted reports against gold answers, counted as docs/eval.md says.

Every score is a :class:`Metric` with its count ``n``, the denominator, so small samples show:

>>> doc = parse_gold('{"id": "d1", "text": "A calm day.", "events": []}')
>>> score([(doc, [])], claimant_country=lambda text: None)["events.recall"]
Metric(name='events.recall', value=None, n=0)
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from flashpoint.errors import InputError
from flashpoint.models import Article, ClaimKind, DatePrecision, Outcome, Report
from flashpoint.vocab import EVAL_TYPES, NOT_A_CONFLICT_EVENT

Pairs = Iterable[tuple["GoldDoc", Sequence[Report]]]
Span = tuple[date, date]

GOLD_OUTCOMES = (Outcome.KILLED, Outcome.WOUNDED, Outcome.CAPTURED, Outcome.MISSING)
NO_REPORT = "(none)"
_COARSENESS = {
    DatePrecision.UNKNOWN: -1,
    DatePrecision.DAY: 0,
    DatePrecision.WEEK: 1,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 3,
}
_JSON_KINDS = {str: "a string", int: "a whole number", bool: "true or false", list: "a list"}
_GOLD_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True, slots=True)
class GoldClaim:
    """One number of a gold casualty entry: what happened, how many, to whose side."""

    outcome: Outcome
    number: int
    country: str | None
    claimed_by: str | None

    def __str__(self) -> str:
        return f"{self.number} {self.outcome} ({self.country or 'no country'})"


@dataclass(frozen=True, slots=True)
class GoldCasualty:
    """One casualty claim by one speaker, as the gold format writes it."""

    side: str
    country: str | None
    killed: int | None
    wounded: int | None
    captured: int | None
    missing: int | None
    claimed_by: str | None

    @property
    def claims(self) -> tuple[GoldClaim, ...]:
        """One :class:`GoldClaim` per stated number; null numbers say nothing."""
        numbers = (self.killed, self.wounded, self.captured, self.missing)
        return tuple(
            GoldClaim(outcome, number, self.country, self.claimed_by)
            for outcome, number in zip(GOLD_OUTCOMES, numbers, strict=True)
            if number is not None
        )


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold event: its eval type, date ("YYYY-MM-DD", "YYYY-MM" or None) and casualties."""

    type: str
    date: str | None
    date_precision: DatePrecision
    country: tuple[str, ...]
    background: bool
    casualties: tuple[GoldCasualty, ...] = ()

    @property
    def claims(self) -> tuple[GoldClaim, ...]:
        """Every gold claim of the event, entry by entry."""
        return tuple(claim for casualty in self.casualties for claim in casualty.claims)

    def __str__(self) -> str:
        return f"{self.type} on {self.date or 'an unknown date'}"


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One line of a gold file: the article and the events a careful coder found in it."""

    id: str
    article: Article
    events: tuple[GoldEvent, ...]
    cluster: str | None = None


@dataclass(frozen=True, slots=True)
class Metric:
    """A score and its denominator ``n``; the value is None when ``n`` is 0."""

    name: str
    value: float | None
    n: int


@dataclass(frozen=True, slots=True)
class Scores:
    """Metrics in a fixed order, and per-document notes on what was missed or spurious."""

    metrics: tuple[Metric, ...]
    details: tuple[tuple[str, str], ...] = ()

    def __getitem__(self, name: str) -> Metric:
        for metric in self.metrics:
            if metric.name == name:
                return metric
        raise KeyError(name)

    def as_dict(self, *, details: bool = False) -> dict[str, Any]:
        """JSON-ready: ``{name: {"value", "n"}}``, plus ``"details"`` when asked."""
        out: dict[str, Any] = {m.name: {"value": m.value, "n": m.n} for m in self.metrics}
        if details:
            out["details"] = [{"doc": doc, "note": note} for doc, note in self.details]
        return out


def load_gold(path: Path) -> Iterator[GoldDoc]:
    """Stream the documents of a gold JSONL file; a malformed line raises InputError.

    >>> import pathlib, tempfile
    >>> gold = pathlib.Path(tempfile.mkdtemp()) / "gold.jsonl"
    >>> _ = gold.write_text('{"id": "d1", "text": "A calm day.", "events": []}\\n')
    >>> [doc.id for doc in load_gold(gold)]
    ['d1']
    """
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                yield parse_gold(line)
            except InputError as exc:
                raise InputError(f"{path} line {number}: {exc}") from exc


def parse_gold(line: str) -> GoldDoc:
    """One gold JSON line as a :class:`GoldDoc`; raises InputError saying what is wrong.

    >>> parse_gold('{"id": "d1", "text": "A calm day.", "events": []}').events
    ()
    """
    try:
        raw = json.loads(line)
        text, title = _get(raw, "text", str, required=True), _get(raw, "title", str) or ""
        published = _get(raw, "published", str)
        article = Article(
            id=Article.make_id(text, title),
            text=text,
            title=title,
            url=_get(raw, "url", str),
            outlet=_get(raw, "outlet", str),
            published=date.fromisoformat(published) if published else None,
        )
        events = tuple(_event(item) for item in _get(raw, "events", list) or [])
        return GoldDoc(
            _get(raw, "id", str, required=True), article, events, _get(raw, "cluster", str)
        )
    except json.JSONDecodeError as exc:
        raise InputError(f"the line is not JSON ({exc})") from exc
    except ValueError as exc:
        raise InputError(f"{exc}; write it in the gold format described in docs/eval.md") from exc


def score(pairs: Pairs, *, claimant_country: Callable[[str], str | None]) -> Scores:
    """Score each gold document against the reports extracted from its article.

    ``claimant_country`` turns a gold ``claimed_by`` text ("Armenia (its defence ministry)")
    into the speaker's country code ("AM"), or None for the outlet itself.

    >>> doc = parse_gold('{"id": "d1", "text": "Clash.", "events": [{"type": "armed_clash"}]}')
    >>> score([(doc, [])], claimant_country=lambda text: None)["events.recall"].value
    0.0
    """
    counts: Counter[str] = Counter()
    details: list[tuple[str, str]] = []
    for doc, predicted in pairs:
        doc_counts, notes = _score_doc(doc, predicted, claimant_country)
        counts += doc_counts
        details.extend((doc.id, note) for note in notes)
    c = counts
    metrics = (
        share("events.precision", c["matched"], c["pred"]),
        share("events.recall", c["matched"], c["gold"]),
        share("events.f1", 2 * c["matched"], c["pred"] + c["gold"]),
        share("events.type_found", c["type_found"], c["gold"]),
        share("events.type", c["type"], c["matched"]),
        share("events.date_exact", c["date_exact"], c["matched"]),
        share("events.date_precision", c["date_precision"], c["matched"]),
        share("events.country", c["country"], c["matched"]),
        share("casualties.recall", c["found_claims"], c["gold_claims"]),
        share("casualties.killed_recall", c["found_killed"], c["gold_killed"]),
        share("casualties.wounded_recall", c["found_wounded"], c["gold_wounded"]),
        share("casualties.precision", c["found_claims"], c["pred_claims"]),
        share("casualties.claimant", c["claimant"], c["found_claims"]),
        share("background.kept", c["background_kept"], c["background"]),
    )
    return Scores(metrics, tuple(details))


def type_confusion(pairs: Pairs) -> dict[tuple[str, str], int]:
    """Count (gold type, predicted type) over gold news events and their nearest report by date.

    The nearest report is one whose date does not contradict the gold date, preferring the
    exact date, then a known date, then the same type; ``"(none)"`` when there is none.

    >>> doc = parse_gold('{"id": "d1", "text": "Clash.", "events": [{"type": "armed_clash"}]}')
    >>> type_confusion([(doc, [])])
    {('armed_clash', '(none)'): 1}
    """
    table: Counter[tuple[str, str]] = Counter()
    for doc, predicted in pairs:
        reports = news_reports(predicted)
        for event in (event for event in doc.events if not event.background):
            ranked = sorted(
                (r.date.label != event.date, _report_span(r) is None, r.eval_type != event.type, i)
                for i, r in enumerate(reports)
                if not _contradicts(event, r)
            )
            table[(event.type, reports[ranked[0][-1]].eval_type if ranked else NO_REPORT)] += 1
    return dict(table)


def news_reports(predicted: Sequence[Report]) -> list[Report]:
    """The reports scored as events: not background, and not typed "Not a conflict event" (a
    flood, a crash: a report that says there is no conflict event)."""
    return [r for r in predicted if not r.background and r.event_type != NOT_A_CONFLICT_EVENT]


def _score_doc(
    doc: GoldDoc, predicted: Sequence[Report], claimant_country: Callable[[str], str | None]
) -> tuple[Counter[str], list[str]]:
    reports = news_reports(predicted)
    types = [report.eval_type for report in reports]
    news = [event for event in doc.events if not event.background]
    matches = _match(news, reports, types)
    counts = Counter(pred=len(reports), gold=len(news), matched=len(matches))
    notes: list[str] = []
    for index, gold in enumerate(news):
        counts["type_found"] += gold.type in types
        counts["gold_claims"] += len(gold.claims)
        counts.update(f"gold_{claim.outcome.value}" for claim in gold.claims)
        if index not in matches:
            notes.append(f"missed {gold}")
            continue
        report = reports[matches[index]]
        checks = {  # name: (predicted, gold)
            "type": (report.eval_type, gold.type),
            "date_exact": (report.date.label, gold.date),
            "date_precision": (report.date.precision.value, gold.date_precision.value),
            "country": (sorted(set(report.located_in)), sorted(set(gold.country))),
        }
        for name, (got, want) in checks.items():
            if got == want:
                counts[name] += 1
            else:
                notes.append(f"{gold}: {name} {got} in {report.id}, gold {want}")
        claim_counts, claim_notes = _score_claims(gold, report, claimant_country)
        counts += claim_counts
        notes.extend(claim_notes)
    used = set(matches.values())
    notes.extend(
        f"spurious {types[i]} on {r.date.label or 'an unknown date'} ({r.id})"
        for i, r in enumerate(reports)
        if i not in used
    )
    free = [(r, types[i]) for i, r in enumerate(reports) if i not in used]
    for event in doc.events:
        if not event.background:
            continue
        counts["background"] += 1
        news_report = next(
            (r for r, kind in free if kind == event.type and not _contradicts(event, r)), None
        )
        if news_report is None:
            counts["background_kept"] += 1
        else:
            notes.append(f"background {event} reported as news in {news_report.id}")
    return counts, notes


def _match(
    golds: Sequence[GoldEvent], reports: Sequence[Report], types: Sequence[str]
) -> dict[int, int]:
    """Gold index -> report index: same type, dates that agree, one-to-one; exact dates
    first, then the pairs whose casualty figures agree most (two riots on one day are told
    apart by their tolls), then those in the same countries (a strike and the rockets fired
    back, each with no casualties)."""
    candidates = sorted(
        (
            reports[r].date.label != gold.date,
            -_figures_shared(gold, reports[r]),
            set(reports[r].located_in) != set(gold.country),
            g,
            r,
        )
        for g, gold in enumerate(golds)
        for r in range(len(reports))
        if types[r] == gold.type and not _contradicts(gold, reports[r])
    )
    matches: dict[int, int] = {}
    for *_, g, r in candidates:
        if g not in matches and r not in matches.values():
            matches[g] = r
    return matches


def _figures_shared(gold: GoldEvent, report: Report) -> int:
    """How many of a gold event's casualty figures a report gives, side aside."""
    given = {
        (c.outcome, c.figure)
        for c in report.claims
        if c.kind is ClaimKind.CASUALTIES and c.figure is not None
    }
    return sum((want.outcome, want.number) in given for want in gold.claims)


def _score_claims(
    gold: GoldEvent, report: Report, claimant_country: Callable[[str], str | None]
) -> tuple[Counter[str], list[str]]:
    predicted = [
        claim
        for claim in report.claims
        if claim.kind is ClaimKind.CASUALTIES
        and claim.outcome in GOLD_OUTCOMES
        and claim.figure is not None
    ]
    keys = [(claim.outcome, claim.figure, claim.subject_country) for claim in predicted]
    counts = Counter(pred_claims=len(predicted))
    notes: list[str] = []
    for want in gold.claims:
        if (want.outcome, want.number, want.country) not in keys:
            notes.append(f"{gold}: missed claim {want}")
            continue
        index = keys.index((want.outcome, want.number, want.country))
        hit = predicted.pop(index)
        del keys[index]
        counts["found_claims"] += 1
        counts[f"found_{want.outcome.value}"] += 1
        expected = claimant_country(want.claimed_by) if want.claimed_by else None
        if hit.speaker_country == expected:
            counts["claimant"] += 1
        else:
            notes.append(f"{gold}: claim {want} by {expected}, not {hit.speaker_country}")
    notes.extend(
        f"{gold}: spurious claim {c.figure} {c.outcome} ({c.subject_country})" for c in predicted
    )
    return counts, notes


def _contradicts(gold: GoldEvent, report: Report) -> bool:
    """Both dates known and their calendar spans disjoint (the coarser precision decides)."""
    gold_span, report_span = _gold_span(gold), _report_span(report)
    if gold_span is None or report_span is None:
        return False
    return gold_span[1] < report_span[0] or report_span[1] < gold_span[0]


def _gold_span(event: GoldEvent) -> Span | None:
    if event.date is None:
        return None
    parts = [int(part) for part in event.date.split("-")]
    written = (DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY)[len(parts) - 1]
    coarser = max(written, event.date_precision, key=_COARSENESS.__getitem__)
    return _span(date(*parts, *[1] * (3 - len(parts))), coarser)


def _report_span(report: Report) -> Span | None:
    return None if report.date.start is None else _span(report.date.start, report.date.precision)


def _span(start: date, precision: DatePrecision) -> Span | None:
    if precision is DatePrecision.DAY:
        return start, start
    if precision is DatePrecision.WEEK:
        return start, start + timedelta(days=6)
    if precision is DatePrecision.MONTH:
        first = start.replace(day=1)
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    if precision is DatePrecision.YEAR:
        return date(start.year, 1, 1), date(start.year, 12, 31)
    return None


def share(name: str, hits: int, n: int) -> Metric:
    """A metric that is the share ``hits / n`` (None when ``n`` is 0)."""
    return Metric(name, hits / n if n else None, n)


def _event(raw: object) -> GoldEvent:
    kind, when = _get(raw, "type", str, required=True), _get(raw, "date", str)
    if kind not in EVAL_TYPES:
        raise ValueError(f"event type {kind!r} is not one of {', '.join(EVAL_TYPES)}")
    if when is not None and not _GOLD_DATE.fullmatch(when):
        raise ValueError(f"event date {when!r} is not YYYY-MM-DD, YYYY-MM or null")
    if when is not None:
        date.fromisoformat(when + "-01" * (2 - when.count("-")))
    countries = _get(raw, "country", list) or []
    if not all(isinstance(code, str) for code in countries):
        raise ValueError(f"'country' must list ISO alpha-2 codes, not {countries!r:.60}")
    return GoldEvent(
        type=kind,
        date=when,
        date_precision=DatePrecision(_get(raw, "date_precision", str) or "unknown"),
        country=tuple(countries),
        background=_get(raw, "background", bool) or False,
        casualties=tuple(_casualty(item) for item in _get(raw, "casualties", list) or []),
    )


def _casualty(raw: object) -> GoldCasualty:
    counts = {key: _get(raw, key, int) for key in ("killed", "wounded", "captured", "missing")}
    return GoldCasualty(
        side=_get(raw, "side", str) or "",
        country=_get(raw, "country", str),
        claimed_by=_get(raw, "claimed_by", str),
        **counts,
    )


def _get(raw: object, key: str, kind: type, *, required: bool = False) -> Any:
    """``raw[key]`` checked against its JSON type; null or absent gives None unless required."""
    if not isinstance(raw, dict):
        raise ValueError(f"expected a JSON object, not {raw!r:.60}")
    value = raw.get(key)
    if value is None and not required:
        return None
    wrong_bool = isinstance(value, bool) and kind is not bool
    if (
        wrong_bool
        or not isinstance(value, kind)
        or value == ""
        or (isinstance(value, int) and value < 0)
    ):
        wanted = _JSON_KINDS[kind] + ("" if required else " or null")
        raise ValueError(f"{key!r} must be {wanted}, not {value!r:.60}")
    return value


def score_clusters(gold: Mapping[str, str], predicted: Mapping[str, str]) -> Scores:
    """Score linking: documents with a gold ``cluster`` against the event each was linked to.

    ``gold`` maps a document id to its cluster id, ``predicted`` maps it to its event id (a
    document missing from ``predicted`` is an event of its own). Pairwise scores count pairs of
    documents put together; B-cubed scores average, per document, the share of its predicted
    event that is right (precision) and of its gold cluster that was found (recall). ``n`` is
    the number of pairs (pairwise) or documents (B-cubed).

    >>> s = score_clusters({"a": "x", "b": "x", "c": "y"}, {"a": "e1", "b": "e1", "c": "e1"})
    >>> s["linking.pairwise_precision"].value, s["linking.bcubed_recall"].value
    (0.3333333333333333, 1.0)
    """
    docs = sorted(gold)
    pred = {d: predicted.get(d, f"(alone) {d}") for d in docs}
    in_gold: dict[str, set[str]] = {}
    in_pred: dict[str, set[str]] = {}
    for d in docs:
        in_gold.setdefault(gold[d], set()).add(d)
        in_pred.setdefault(pred[d], set()).add(d)
    pairs = [(a, b) for i, a in enumerate(docs) for b in docs[i + 1 :]]
    together = sum(pred[a] == pred[b] for a, b in pairs)
    same = sum(gold[a] == gold[b] for a, b in pairs)
    right = sum(pred[a] == pred[b] and gold[a] == gold[b] for a, b in pairs)
    precision = sum(len(in_pred[pred[d]] & in_gold[gold[d]]) / len(in_pred[pred[d]]) for d in docs)
    recall = sum(len(in_pred[pred[d]] & in_gold[gold[d]]) / len(in_gold[gold[d]]) for d in docs)
    n = len(docs)
    p, r = (precision / n, recall / n) if n else (None, None)
    f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
    return Scores(
        (
            share("linking.pairwise_precision", right, together),
            share("linking.pairwise_recall", right, same),
            share("linking.pairwise_f1", 2 * right, together + same),
            Metric("linking.bcubed_precision", p, n),
            Metric("linking.bcubed_recall", r, n),
            Metric("linking.bcubed_f1", f1, n),
        )
    )


def own_latest(
    docs: Iterable[GoldDoc], *, claimant_country: Callable[[str], str | None]
) -> dict[tuple[str, str, str], int]:
    """Per (cluster, side, outcome): the figure that side's own authorities gave last.

    "Last" is by publication date, then by order within the article (the gold format lists an
    article's claims in the order it gives them, so a revised figure comes after the first).

    >>> doc = parse_gold('{"id": "d1", "text": "x", "cluster": "k", "published": "2024-01-02",'
    ...     ' "events": [{"type": "armed_clash", "casualties": [{"country": "AM", "killed": 4,'
    ...     ' "claimed_by": "Armenia"}]}]}')
    >>> own_latest([doc], claimant_country=lambda t: "AM" if "Armenia" in t else None)
    {('k', 'AM', 'killed'): 4}
    """
    latest: dict[tuple[str, str, str], int] = {}
    clustered = [d for d in docs if d.cluster]
    for doc in sorted(clustered, key=lambda d: d.article.published or date.min):
        for event in (e for e in doc.events if not e.background):
            for claim in event.claims:
                if claim.country and claimant_country(claim.claimed_by or "") == claim.country:
                    latest[(str(doc.cluster), claim.country, claim.outcome.value)] = claim.number
    return latest


def score_own_latest(
    expected: Mapping[tuple[str, str, str], int], found: Mapping[tuple[str, str, str], int | None]
) -> Metric:
    """Share of (cluster, side, outcome) whose reconciled best is the side's own latest figure.

    >>> score_own_latest({("k", "AM", "killed"): 4}, {("k", "AM", "killed"): 4})
    Metric(name='linking.best_own_latest', value=1.0, n=1)
    """
    hits = sum(found.get(key) == value for key, value in expected.items())
    return share("linking.best_own_latest", hits, len(expected))
