"""MUC-3/4 terrorism reports (1989-91 wire and radio, upper case) with incident templates.

Each template is one incident: a date ("02 FEB 90", or a span "- 02 FEB 90"), a type
(ATTACK, BOMBING, KIDNAPPING, ARSON, ROBBERY, ...), and human targets with their number and
effect (DEATH, INJURY). Scores are counted as docs/eval.md says:

- incident recall: a template is found when a report of the same document has the same
  eval type (mapping below) and a date that does not contradict it (one-to-one). Background
  reports count: MUC coders templated past incidents a text recounts (a 1980 assassination
  in a 1989 story) as well as the news, each with its own date;
- date exact: on found incidents whose template gives one day, the report's day is that day;
- killed / wounded recall: a template's DEATH or INJURY figure is found when the matched
  report has a claim with that outcome and that number (any of the numbers of a target the
  template describes alike in several numbers, since it does not say which one died).

Templates of threats (STAGE OF EXECUTION: THREATENED) are left out: flashpoint reports what
happened, never what someone threatens to do.

Type mapping: BOMBING -> suicide_or_bomb_attack; KIDNAPPING -> abduction; ATTACK on
military or police targets -> armed_clash, on anyone else -> attack_on_civilians; the rest
-> other.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from flashpoint.errors import InputError
from flashpoint.evaluate import Scores, share
from flashpoint.models import Article, ClaimKind, Outcome, Report

_DAY = re.compile(r"\b(\d{1,2} [A-Z]{3} \d{2})\b")
_TARGET = re.compile(r'(~?\d+(?:\s*-)?|-|\?)?\s*:?\s*"([^"]+)"')
_FORCES = ("ACTIVE MILITARY", "LAW ENFORCEMENT", "SECURITY GUARD")


@dataclass(frozen=True, slots=True)
class Incident:
    """One template: what a coder found in the document."""

    eval_type: str
    day: date | None
    exact_day: bool
    # each figure as the numbers it may be: one, or those of a target the template describes
    # alike in several numbers
    killed: tuple[tuple[int, ...], ...]
    wounded: tuple[tuple[int, ...], ...]
    threat: bool = False


@dataclass(frozen=True, slots=True)
class MucDoc:
    """A MUC document as an article, with its incidents."""

    id: str
    article: Article
    incidents: tuple[Incident, ...]


def load(path: Path) -> Iterator[MucDoc]:
    """Read a MUC-4 JSONL file (doc_id, text, relevant, templates)."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                text = raw["text"]
                templates = raw.get("templates") or []
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InputError(f"{path} line {number}: not a MUC-4 record ({exc})") from exc
            article = Article(id=Article.make_id(text), text=text, source=raw.get("doc_id", ""))
            # a threat ("they will be executed") is not an event: its template is left out
            incidents = tuple(i for i in map(_incident, templates) if not i.threat)
            yield MucDoc(raw.get("doc_id", str(number)), article, incidents)


def _day(text: str) -> date | None:
    try:
        return datetime.strptime(text.title(), "%d %b %y").date()
    except ValueError:
        return None


def _incident(template: dict[str, str]) -> Incident:
    kind = template.get("INCIDENT: TYPE", "").split()[0] if template.get("INCIDENT: TYPE") else ""
    raw_date = template.get("INCIDENT: DATE", "")
    days = _DAY.findall(raw_date)
    exact = len(days) == 1 and not raw_date.strip().startswith(("-", "("))
    return Incident(
        eval_type=_eval_type(kind, template.get("HUM TGT: TYPE", "")),
        day=_day(days[-1]) if days else None,
        exact_day=exact,
        killed=_effects(template, "DEATH"),
        wounded=_effects(template, "INJURY"),
        threat=template.get("INCIDENT: STAGE OF EXECUTION", "").strip() == "THREATENED",
    )


def _eval_type(kind: str, targets: str) -> str:
    if kind == "BOMBING":
        return "suicide_or_bomb_attack"
    if kind == "KIDNAPPING":
        return "abduction"
    if kind == "ATTACK":
        return "armed_clash" if any(f in targets for f in _FORCES) else "attack_on_civilians"
    return "other"


def _effects(template: dict[str, str], effect: str) -> tuple[tuple[int, ...], ...]:
    """Numbers of the human targets that suffered ``effect``, each as the numbers it may be.

    A target described alike in several numbers ("24: GUARDS | 7 -: GUARDS" with "DEATH:
    GUARDS"; "~70: PEASANTS | 9: PEASANTS | 3: PEASANTS" with "DEATH: PEASANTS | INJURY:
    PEASANTS") does not say which number died: the figure is any of them.

    >>> t = {"HUM TGT: NUMBER": '24: "G" | 7 -: "G" | 1: "C"',
    ...      "HUM TGT: EFFECT OF INCIDENT": 'DEATH: "G" | INJURY: "C"'}
    >>> _effects(t, "DEATH"), _effects(t, "INJURY")
    (((24, 7),), ((1,),))
    """
    numbers: dict[str, list[int]] = {}
    for count, name in _TARGET.findall(template.get("HUM TGT: NUMBER", "")):
        number = count.strip("~- ")
        told = numbers.setdefault(name, [])  # "-" or "?": a number nobody knows
        if number.isdigit() and int(number) not in told:
            told.append(int(number))
    found = []
    for part in template.get("HUM TGT: EFFECT OF INCIDENT", "").split("|"):
        if not part.strip().startswith(effect):
            continue
        for _, name in _TARGET.findall(part):
            # a target the numbers leave out is one person
            alternatives = numbers.get(name) if name in numbers else [1]
            if alternatives:
                found.append(tuple(alternatives))
    return tuple(found)


def score(pairs: Iterable[tuple[MucDoc, Sequence[Report]]]) -> Scores:
    """Incident recall and precision, date exact, killed and wounded recall, each with n.

    ``incidents.recall_attack`` is the same recall with MUC's one ATTACK type matched by any
    of the types flashpoint splits it into (a clash, an attack on civilians, shelling): the
    template's targets often mix a politician, his driver and his bodyguards. Precision,
    date exact and the casualty recalls are counted on those looser matches.
    """
    pairs = list(pairs)
    strict = sum(len(_matches(doc, reports, exact=True)) for doc, reports in pairs)
    gold = found = predicted = dated = dated_right = 0
    claims = {Outcome.KILLED: [0, 0], Outcome.WOUNDED: [0, 0]}
    details: list[tuple[str, str]] = []
    for doc, reports in pairs:
        predicted += len(reports)
        matches = _matches(doc, reports, exact=False)
        for incident in doc.incidents:
            gold += 1
            match = matches.get(id(incident))
            for outcome, numbers in (
                (Outcome.KILLED, incident.killed),
                (Outcome.WOUNDED, incident.wounded),
            ):
                claims[outcome][1] += len(numbers)
                claims[outcome][0] += _found(
                    numbers, [] if match is None else _figures(match, outcome)
                )
            if match is None:
                details.append((doc.id, f"missed {incident.eval_type} on {incident.day}"))
                continue
            found += 1
            if incident.exact_day:
                dated += 1
                dated_right += (
                    match.date.start == incident.day and match.date.precision.value == "day"
                )
    metrics = (
        share("incidents.recall", strict, gold),
        share("incidents.recall_attack", found, gold),
        share("incidents.precision", found, predicted),
        share("incidents.date_exact", dated_right, dated),
        share("casualties.killed_recall", *claims[Outcome.KILLED]),
        share("casualties.wounded_recall", *claims[Outcome.WOUNDED]),
    )
    return Scores(metrics, tuple(details))


def _matches(doc: MucDoc, reports: Sequence[Report], *, exact: bool) -> dict[int, Report]:
    """Each template's report, one-to-one, in template order: of the reports that fit, the
    one on the template's day, then the one whose figures agree most, news before
    background."""
    free = sorted(reports, key=lambda r: r.background)
    found: dict[int, Report] = {}
    for incident in doc.incidents:
        agreeing = [r for r in free if _agrees(incident, r, exact=exact)]
        match = min(
            agreeing,
            key=lambda r: (
                r.eval_type != incident.eval_type,
                r.date.start != incident.day,
                -_shared(incident, r),
                r.background,
            ),
            default=None,
        )
        if match is not None:
            free.remove(match)
            found[id(incident)] = match
    return found


def _shared(incident: Incident, report: Report) -> int:
    """How many of a template's killed and wounded figures a report gives."""
    return _found(incident.killed, _figures(report, Outcome.KILLED)) + _found(
        incident.wounded, _figures(report, Outcome.WOUNDED)
    )


def _found(numbers: Sequence[tuple[int, ...]], figures: list[int]) -> int:
    """How many of a template's figures a report's claims give: each number (or one of its
    alternatives) as a figure, or victims the template lists one by one ("1", "1", "1") as
    one figure of their sum.

    >>> _found([(1,), (1,), (1,)], [3]), _found([(2,), (6,)], [6, 1]), _found([(24, 7)], [7])
    (3, 1, 1)
    >>> _found([(1,), (1,)], [1, 2])  # the two victims, counted together as well
    2
    """
    singles = [n[0] for n in numbers if len(n) == 1]
    if len(numbers) > 1 and len(singles) == len(numbers) and sum(singles) in figures:
        return len(numbers)
    figures = list(figures)
    left = []
    for alternatives in numbers:
        given = next((n for n in alternatives if n in figures), None)
        if given is not None:
            figures.remove(given)
        elif len(alternatives) == 1:
            left.append(alternatives[0])
        else:
            left.append(-1)  # never part of a sum
    found = len(numbers) - len(left)
    if len(left) > 1 and -1 not in left and sum(left) in figures:
        found += len(left)
    return found


# What MUC calls an ATTACK (any armed attack but a bombing, an arson or a kidnapping):
# flashpoint's clashes, attacks on civilians, and shelling ("attacked the presidency with
# mortar fire").
_ATTACK = frozenset({"armed_clash", "attack_on_civilians", "shelling_airstrike"})


def _agrees(incident: Incident, report: Report, *, exact: bool = True) -> bool:
    same = report.eval_type == incident.eval_type
    if not same and (exact or not {report.eval_type, incident.eval_type} <= _ATTACK):
        return False
    start, end = report.date.start, report.date.end
    if incident.day is None or start is None or end is None:
        return True
    return start <= incident.day <= end or incident.exact_day is False


def _figures(report: Report, outcome: Outcome) -> list[int]:
    return [
        c.figure
        for c in report.claims
        if c.kind is ClaimKind.CASUALTIES and c.outcome is outcome and c.figure is not None
    ]
