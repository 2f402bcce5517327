"""Store: the event database, SQLite by default, written through SQLAlchemy Core.

Every batch is written in one transaction, so a crash leaves the database as it was before
the batch, and ids are content hashes, so writing the same batch twice changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from flashpoint import blocking, ledger, link
from flashpoint.blocking import sql
from flashpoint.errors import StoreError
from flashpoint.migrations import MIGRATIONS
from flashpoint.models import Article, Claim, Quarantined, Report, content_id


@dataclass(frozen=True, slots=True)
class Written:
    """What one batch added."""

    articles: int = 0
    reports: int = 0
    claims: int = 0
    events: int = 0


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class Store:
    """A flashpoint database: open it with a URL, it migrates itself to the current schema.

    >>> store = Store("sqlite://")
    >>> store.counts()["articles"]
    0
    """

    def __init__(self, url: str) -> None:
        try:
            self.engine: Engine = create_engine(url)
            if url.startswith("sqlite"):
                event.listen(self.engine, "connect", _sqlite_pragmas)
                event.listen(self.engine, "begin", _sqlite_begin)
            with self.engine.begin() as conn:
                migrate(conn)
        except SQLAlchemyError as exc:
            reason = getattr(exc, "orig", exc)
            raise StoreError(f"cannot open the database {url}: {reason}") from exc

    @classmethod
    def at(cls, path: Path) -> Store:
        """Open (and create if needed) the SQLite file at ``path``."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for the database {path}: {exc}") from exc
        return cls(f"sqlite:///{path}")

    def known(self, ids: Sequence[str]) -> set[str]:
        """The article ids among ``ids`` that are already stored."""
        if not ids:
            return set()
        with self.engine.connect() as conn:
            rows = conn.execute(
                sql("SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(:ids))"),
                {"ids": json.dumps(list(ids))},
            )
            return {row[0] for row in rows}

    def write(
        self,
        batch: Sequence[tuple[Article, Sequence[Report]]],
        quarantined: Sequence[Quarantined] = (),
    ) -> Written:
        """Store articles with their reports and claims, link reports to events: one transaction."""
        totals = Written()
        try:
            with self.engine.begin() as conn:
                for item in quarantined:
                    _quarantine(conn, item)
                touched: set[str] = set()
                for article, reports in batch:
                    totals = _add(totals, _write_article(conn, article, reports, touched))
                for event_id in sorted(touched):
                    ledger.refresh(conn, event_id)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not write the batch, nothing was stored: {exc}") from exc
        return totals

    def counts(self) -> dict[str, int]:
        """How many rows each table holds."""
        tables = ("articles", "reports", "claims", "events", "quarantine")
        with self.engine.connect() as conn:
            return {t: conn.execute(sql(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in tables}

    def events(
        self,
        *,
        country: str | None = None,
        since: date | None = None,
        until: date | None = None,
        eval_type: str | None = None,
        limit: int = 50,
    ) -> list[dict[str, Any]]:
        """Events, latest first, filtered by country, date span and type."""
        query = "SELECT * FROM events WHERE 1=1"
        params: dict[str, Any] = {"limit": limit}
        if country:
            query += " AND EXISTS (SELECT 1 FROM json_each(events.countries) WHERE value = :c)"
            params["c"] = country.upper()
        if since:
            query += " AND date_end >= :since"
            params["since"] = since.isoformat()
        if until:
            query += " AND date_start <= :until"
            params["until"] = until.isoformat()
        if eval_type:
            query += " AND (eval_type = :t OR sub_event_type = :t OR event_type = :t)"
            params["t"] = eval_type
        query += " ORDER BY date_start DESC, first_seen, id LIMIT :limit"
        with self.engine.connect() as conn:
            return [_event_row(row._mapping, conn) for row in conn.execute(sql(query), params)]

    def event(self, event_id: str) -> dict[str, Any]:
        """One event with its reports, their claims and its revision log.

        An id absorbed by a merge still works: the event that absorbed it is returned, with
        ``redirected_from`` set.
        """
        with self.engine.connect() as conn:
            live = ledger.resolve(conn, event_id)
            found = conn.execute(sql("SELECT * FROM events WHERE id = :id"), {"id": live}).one()
            result = _event_row(found._mapping, conn)
            if live != event_id:
                result["redirected_from"] = event_id
            result["reports"] = ledger.reports_of(conn, live)
            log = conn.execute(
                sql("SELECT at, action, detail FROM revisions WHERE event_id = :id ORDER BY id"),
                {"id": live},
            )
            result["revisions"] = [dict(r._mapping) for r in log]
            result["absorbed"] = list(
                conn.execute(
                    sql("SELECT old_id FROM event_redirects WHERE new_id = :id ORDER BY old_id"),
                    {"id": live},
                ).scalars()
            )
            return result

    def event_of(self, report_id: str) -> str | None:
        """The event a stored report is linked to (None when it is linked to none)."""
        with self.engine.connect() as conn:
            found = conn.execute(
                sql("SELECT event_id FROM reports WHERE id = :id"), {"id": report_id}
            ).scalar()
            return ledger.resolve(conn, found) if found else None

    def merge(self, keep: str, other: str) -> str:
        """A person's merge of event ``other`` into ``keep``; later linking keeps it."""
        return self._decide(ledger.merge, keep, other)

    def split(self, event_id: str, report_id: str) -> str:
        """A person's split of a report out of an event; return the report's new event id."""
        return self._decide(ledger.split, event_id, report_id)

    def _decide(self, step: Any, a: str, b: str) -> str:
        try:
            with self.engine.begin() as conn:
                return str(step(conn, a, b))
        except SQLAlchemyError as exc:
            raise StoreError(f"could not record the decision, nothing changed: {exc}") from exc

    def changes(self, since: datetime) -> list[dict[str, Any]]:
        """Events added, updated and merged at or after ``since`` (UTC when naive)."""
        stamp = since if since.tzinfo else since.replace(tzinfo=UTC)
        with self.engine.connect() as conn:
            return ledger.changes(conn, stamp.astimezone(UTC).isoformat(timespec="seconds"))

    def quarantined(self) -> list[dict[str, Any]]:
        """Everything that was quarantined, with its reason."""
        with self.engine.connect() as conn:
            rows = conn.execute(sql("SELECT * FROM quarantine ORDER BY seen, source"))
            return [dict(r._mapping) for r in rows]

    def iter_events(self) -> Iterator[dict[str, Any]]:
        """Every event with its claims, for export (streamed)."""
        with self.engine.connect() as conn:
            for row in conn.execute(sql("SELECT * FROM events ORDER BY date_start, id")):
                found = _event_row(row._mapping, conn)
                found["claims"] = [
                    claim
                    for report in ledger.reports_of(conn, found["id"])
                    if not report["background"]
                    for claim in report["claims"]
                ]
                yield found


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # BEGIN comes from _sqlite_begin, DDL included
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """Begin every transaction explicitly, so a failed migration leaves no half-made schema."""
    conn.exec_driver_sql("BEGIN")


def migrate(conn: Connection) -> list[str]:
    """Apply the migrations this database has not had yet; return their names."""
    conn.execute(sql("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, at TEXT)"))
    done = set(conn.execute(sql("SELECT name FROM migrations")).scalars())
    applied = []
    for name, step in MIGRATIONS:
        if name in done:
            continue
        step(conn)
        conn.execute(sql("INSERT INTO migrations VALUES (:n, :at)"), {"n": name, "at": _now()})
        applied.append(name)
    return applied


def _add(a: Written, b: Written) -> Written:
    return Written(*(x + y for x, y in zip(asdict(a).values(), asdict(b).values(), strict=True)))


def _quarantine(conn: Connection, item: Quarantined) -> None:
    conn.execute(
        sql(
            "INSERT INTO quarantine VALUES (:id, :source, :reason, :sample, :seen) "
            "ON CONFLICT (id) DO NOTHING"
        ),
        {
            "id": content_id(item.source, item.reason),
            "source": item.source,
            "reason": item.reason,
            "sample": item.sample,
            "seen": _now(),
        },
    )


def _write_article(
    conn: Connection, article: Article, reports: Sequence[Report], touched: set[str]
) -> Written:
    inserted = conn.execute(
        sql(
            "INSERT INTO articles (id, url, outlet, title, published, language, text, source, "
            "seen) VALUES (:id, :url, :outlet, :title, :published, :language, :text, :source, "
            ":seen) ON CONFLICT (id) DO NOTHING"
        ),
        {
            "id": article.id,
            "url": article.url,
            "outlet": article.outlet,
            "title": article.title,
            "published": _iso(article.published),
            "language": article.language,
            "text": article.text,
            "source": article.source,
            "seen": _now(),
        },
    ).rowcount
    if not inserted:
        return Written()
    ledger.mark_copy(conn, article)
    items = {report.id: link.item(report, article.title) for report in reports}
    blocking.run_many(conn, _INSERT_REPORT, [_report_row(r) for r in reports])
    blocking.index(conn, [(items[r.id], r.background) for r in reports])
    claims = 0
    for report in reports:
        _insert_claims(conn, report)
        claims += len(report.claims)
    events = 0
    for report in sorted(reports, key=lambda r: r.id):
        changed, created = ledger.link_report(conn, report.id, items[report.id])
        touched |= changed
        events += created
    return Written(1, len(reports), claims, events)


# statements run on SQLite's own cursor (see :func:`flashpoint.blocking.run`), many rows at once
_INSERT_REPORT = (
    "INSERT INTO reports VALUES (:id, :article_id, :event_id, :event_type, :sub, :ev, "
    ":ds, :de, :dp, :basis, :time, :countries, :bg, :conf, :extractor, :tt, :ts, :te, "
    ":tsent, :actors, :places, :tz) ON CONFLICT (id) DO NOTHING"
)


def _report_row(report: Report) -> dict[str, Any]:
    return {
        "id": report.id,
        "article_id": report.article_id,
        "event_id": None,
        "event_type": report.event_type,
        "sub": report.sub_event_type,
        "ev": report.eval_type,
        "ds": _iso(report.date.start),
        "de": _iso(report.date.end),
        "dp": report.date.precision.value,
        "basis": report.date.basis,
        "time": report.date.time_local,
        "tz": report.date.timezone,
        "countries": json.dumps(list(report.countries)),
        "bg": int(report.background),
        "conf": report.confidence,
        "extractor": report.extractor,
        "tt": report.trigger.text,
        "ts": report.trigger.start,
        "te": report.trigger.end,
        "tsent": report.trigger.sentence,
        "actors": json.dumps(
            [
                {
                    "id": a.actor.id,
                    "name": a.actor.name,
                    "country": a.actor.country,
                    "kind": a.actor.kind.value,
                    "role": a.role,
                }
                for a in report.actors
            ]
        ),
        "places": json.dumps(
            [
                {
                    "name": p.name,
                    "country": p.country,
                    "precision": p.precision,
                    "lat": p.lat,
                    "lon": p.lon,
                    "admin1": p.admin1,
                    "admin2": p.admin2,
                    "feature": p.feature,
                    "geonameid": p.geonameid,
                    "confidence": p.confidence,
                    "mention": p.mention.text if p.mention else None,
                    "alternatives": [
                        {
                            "name": a.name,
                            "country": a.country,
                            "admin1": a.admin1,
                            "precision": a.precision,
                            "lat": a.lat,
                            "lon": a.lon,
                            "confidence": a.confidence,
                        }
                        for a in p.alternatives
                    ],
                }
                for p in report.places
            ]
        ),
    }


_INSERT_CLAIM = (
    "INSERT INTO claims (id, report_id, position, kind, speaker, speaker_country, "
    "speaker_kind, subject, subject_country, subject_kind, outcome, low, high, "
    'qualifier, target, target_country, stated, sentence, start, "end", evidence_text, '
    "evidence, earlier) VALUES (:id, :rid, :pos, :kind, :speaker, :sc, :sk, :subject, "
    ":subc, :subk, :outcome, :low, :high, :q, :target, :tc, :stated, :sentence, "
    ":start, :end, :etext, :evidence, :earlier) ON CONFLICT (id) DO NOTHING"
)


def _insert_claims(conn: Connection, report: Report) -> None:
    rows = [_claim_row(report.id, i, claim) for i, claim in enumerate(report.claims)]
    blocking.run_many(conn, _INSERT_CLAIM, rows)


def _claim_row(report_id: str, position: int, claim: Claim) -> dict[str, Any]:
    return {
        "id": content_id(report_id, str(position), prefix="c-"),
        "earlier": int(claim.earlier),
        "rid": report_id,
        "pos": position,
        "kind": claim.kind.value,
        "speaker": claim.speaker,
        "sc": claim.speaker_country,
        "sk": claim.speaker_kind.value,
        "subject": claim.subject,
        "subc": claim.subject_country,
        "subk": claim.subject_kind.value,
        "outcome": claim.outcome.value if claim.outcome else None,
        "low": claim.low,
        "high": claim.high,
        "q": claim.qualifier.value,
        "target": claim.target,
        "tc": claim.target_country,
        "stated": _iso(claim.stated),
        "sentence": claim.mention.sentence,
        "start": claim.mention.start,
        "end": claim.mention.end,
        "etext": claim.mention.text,
        "evidence": json.dumps([m.sentence for m in claim.evidence]),
    }


def _event_row(row: Any, conn: Connection) -> dict[str, Any]:
    found = dict(row)
    for key in ("countries", "place", "sides", "disagreements", "figures"):
        found[key] = json.loads(found[key])
    found["reports_count"] = conn.execute(
        sql("SELECT COUNT(*) FROM reports WHERE event_id = :id AND background = 0"),
        {"id": found["id"]},
    ).scalar_one()
    return found
