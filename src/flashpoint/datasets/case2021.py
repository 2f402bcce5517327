"""CASE 2021 Shared Task 2: news-like snippets, each labelled with one of 30 event types.

The file is a TSV with a header row and the columns ``id``, ``EventSnippet`` and ``SubType``.
Each snippet goes through the real extractor with no publication date. Its label is the CASE
label of its best news report: the highest confidence, then the first in the text. A snippet
with no report built on an event word (none, or only one implied by a casualty figure) is
news of another kind: :func:`non_conflict_label` reads it for disasters, crime, diplomacy
and claims of responsibility, and the implied report or ``OTHER`` stands when it finds none.

Scores follow the shared task: per-label precision, recall and F1, their macro and
support-weighted means over all 30 labels and over the 25 ACLED ones, and accuracy.

>>> gold = [Snippet("1", "a", "AIR_STRIKE"), Snippet("2", "b", "GRENADE")]
>>> scores = score(zip(gold, ["AIR_STRIKE", "AIR_STRIKE"], strict=True))
>>> scores["accuracy"].value
0.5
>>> round(scores["weighted_f1.all"].value, 3)
0.333
"""

from __future__ import annotations

import csv
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flashpoint import lexicon
from flashpoint.errors import InputError
from flashpoint.evaluate import Metric, Scores, share
from flashpoint.models import Article, Report
from flashpoint.parse import parse
from flashpoint.pipeline import build_extractor
from flashpoint.settings import Settings
from flashpoint.vocab import CASE2021_LABELS, NON_CONFLICT_LABELS, case2021_label

COLUMNS = ("id", "EventSnippet", "SubType")
ACLED_LABELS = tuple(label for label in CASE2021_LABELS if label not in NON_CONFLICT_LABELS)
Pairs = Iterable[tuple["Snippet", str]]
# Labels that crime reporting also produces (police arrest smugglers, gangs shoot it out):
# with words of organised crime around them they are crime, not political violence.
CRIME_PRONE = frozenset({"ARREST", "ARMED_CLASH", "ATTACK"})


@dataclass(frozen=True, slots=True)
class Snippet:
    """One labelled snippet of the file."""

    id: str
    text: str
    label: str

    @property
    def article(self) -> Article:
        """The snippet as an article with no title and no publication date."""
        return Article(id=Article.make_id(self.text, ""), text=self.text)


def load(path: Path) -> Iterator[Snippet]:
    """Stream the snippets of a CASE 2021 task 2 TSV; a malformed row raises InputError.

    >>> import pathlib, tempfile
    >>> tsv = pathlib.Path(tempfile.mkdtemp()) / "t.tsv"
    >>> _ = tsv.write_text("id\\tEventSnippet\\tSubType\\n7\\tRebels seized the town.\\tOTHER\\n")
    >>> [s.label for s in load(tsv)]
    ['OTHER']
    """
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(rows, None)
        if header is None or tuple(h.strip() for h in header) != COLUMNS:
            raise InputError(
                f"{path}: the first row must be the header {' / '.join(COLUMNS)}, "
                f"not {header!r:.80}; is this a CASE 2021 task 2 file?"
            )
        for number, row in enumerate(rows, start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(COLUMNS):
                raise InputError(
                    f"{path} line {number}: expected 3 tab-separated columns, found {len(row)}"
                )
            snippet_id, text, label = (cell.strip() for cell in row)
            if label not in CASE2021_LABELS:
                raise InputError(
                    f"{path} line {number}: {label!r} is not a CASE 2021 label; "
                    f"use one of {', '.join(CASE2021_LABELS)}"
                )
            if not text:
                raise InputError(f"{path} line {number}: the snippet is empty")
            yield Snippet(snippet_id, text, label)


def predict(snippets: Iterable[Snippet], *, settings: Settings) -> Iterator[tuple[Snippet, str]]:
    """Pair each snippet with the label the extractor gives it (see the module docstring)."""
    extractor = build_extractor(settings.extractor)
    pending: deque[Snippet] = deque()

    def articles() -> Iterator[Article]:
        for snippet in snippets:
            pending.append(snippet)
            yield snippet.article

    for article, doc in parse(
        articles(),
        model=settings.spacy_model,
        batch_size=settings.batch_size,
        n_process=settings.n_process,
    ):
        yield pending.popleft(), label_of(extractor(article, doc), doc)


def label_of(reports: Sequence[Report], doc: Any) -> str:
    """The CASE label of a snippet from its reports and its parsed text."""
    news = [r for r in reports if not r.background]
    worded = [r for r in news if r.mentions]
    if worded:
        best = min(worded, key=lambda r: (-r.confidence, r.trigger.start))
        if _attributed(doc, best):
            return "ATTRIB"
        label = case2021_label(best.sub_event_type)
        if label in CRIME_PRONE and non_conflict_label(doc) == "ORG_CRIME":
            return "ORG_CRIME"
        return label
    other = non_conflict_label(doc)
    if other is not None:
        return other
    if news:
        return case2021_label(news[0].sub_event_type)
    return "OTHER"


def non_conflict_label(doc: Any) -> str | None:
    """The CASE label of news that is not a conflict event, by its words; None if none fits.

    Each lemma of :data:`flashpoint.lexicon.NON_CONFLICT` votes for its kind; a claim of
    responsibility ("claimed responsibility for") is an attribution whatever else is said.
    """
    lemmas = [t.lemma_.lower() for t in doc]
    for token in doc:
        if token.lemma_.lower() in lexicon.RESPONSIBILITY_VERBS and any(
            c.lemma_.lower() in {"responsibility", "credit"} for c in token.children
        ):
            return "ATTRIB"
    votes: Counter[str] = Counter(
        lexicon.NON_CONFLICT[lemma] for lemma in lemmas if lemma in lexicon.NON_CONFLICT
    )
    if not votes:
        return None
    kind = max(votes, key=lambda k: (votes[k], -list(lexicon.NON_CONFLICT.values()).index(k)))
    return case2021_label(kind)


def _attributed(doc: Any, report: Report) -> bool:
    """The report's event is the object of a claim of responsibility or of blame
    ("claimed responsibility for the attack", "the bombing was claimed by ...")."""
    span = doc.char_span(report.trigger.start, report.trigger.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _, node in zip(range(4), token.ancestors, strict=False):
        lemma = node.lemma_.lower()
        if lemma in {"responsibility", "credit", "responsible", "involvement", "accusation"}:
            return True
        if node.lower_ == "behind" or (
            lemma in lexicon.RESPONSIBILITY_VERBS
            and any(c.lemma_.lower() in {"responsibility", "credit"} for c in node.children)
        ):
            return True
        verbs = lexicon.BLAME_VERBS | lexicon.DENY_VERBS | {"claim", "attribute"}
        if lemma in verbs and node.pos_ == "VERB":
            return True
    return False


def score(pairs: Pairs) -> Scores:
    """Per-label and averaged scores of (snippet, predicted label) pairs.

    Weighted F1 weighs each label's F1 by its gold count; over the 25 ACLED labels only
    those labels are averaged, but every prediction counts (an ACLED snippet labelled as a
    disaster is a miss).
    """
    gold_counts: Counter[str] = Counter()
    predicted_counts: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    details: list[tuple[str, str]] = []
    total = 0
    for snippet, predicted in pairs:
        total += 1
        gold_counts[snippet.label] += 1
        predicted_counts[predicted] += 1
        if predicted == snippet.label:
            correct[predicted] += 1
        else:
            details.append((snippet.id, f"{snippet.label} labelled {predicted}"))
    per_label: list[Metric] = []
    f1: dict[str, float] = {}
    for label in CASE2021_LABELS:
        tp, n_gold, n_pred = correct[label], gold_counts[label], predicted_counts[label]
        if n_gold + n_pred == 0:
            continue
        f1[label] = 2 * tp / (n_gold + n_pred)
        per_label += [
            share(f"{label}.precision", tp, n_pred),
            share(f"{label}.recall", tp, n_gold),
            Metric(f"{label}.f1", f1[label], n_gold),
        ]
    summary = [share("accuracy", sum(correct.values()), total)]
    for name, labels in (("all", tuple(CASE2021_LABELS)), ("acled", ACLED_LABELS)):
        present = [label for label in labels if label in f1]
        support = sum(gold_counts[label] for label in present)
        weighted = sum(f1[label] * gold_counts[label] for label in present)
        summary.append(
            Metric(f"weighted_f1.{name}", weighted / support if support else None, support)
        )
        macro = sum(f1[label] for label in present)
        summary.append(
            Metric(f"macro_f1.{name}", macro / len(present) if present else None, len(present))
        )
    return Scores((*summary, *per_label), tuple(details))


def confusion(pairs: Pairs) -> dict[tuple[str, str], int]:
    """Count (gold label, predicted label) pairs.

    >>> confusion([(Snippet("1", "a", "ARREST"), "ARREST")])
    {('ARREST', 'ARREST'): 1}
    """
    return dict(Counter((snippet.label, predicted) for snippet, predicted in pairs))
