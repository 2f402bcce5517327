"""Schema migrations: an append-only list of small named steps, recorded in the database.

Never edit or reorder a step that has shipped; add a new one.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, text

from flashpoint import blocking, ledger

Migration = Callable[[Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(name: str) -> Callable[[Migration], Migration]:
    """Register a migration under a name that stays the same forever."""

    def register(step: Migration) -> Migration:
        MIGRATIONS.append((name, step))
        return step

    return register


def _run(conn: Connection, *statements: str) -> None:
    for statement in statements:
        conn.execute(text(statement))


@migration("m001_initial")
def _initial(conn: Connection) -> None:
    _run(
        conn,
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY, url TEXT, outlet TEXT, title TEXT NOT NULL, published TEXT,
            language TEXT NOT NULL, text TEXT NOT NULL, source TEXT NOT NULL,
            seen TEXT NOT NULL)""",
        """CREATE TABLE events (
            id TEXT PRIMARY KEY, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
            eval_type TEXT NOT NULL, date_start TEXT, date_end TEXT, date_precision TEXT NOT NULL,
            countries TEXT NOT NULL, first_seen TEXT NOT NULL, last_updated TEXT NOT NULL)""",
        """CREATE TABLE reports (
            id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
            event_id TEXT REFERENCES events(id), event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL, eval_type TEXT NOT NULL, date_start TEXT,
            date_end TEXT, date_precision TEXT NOT NULL, date_basis TEXT NOT NULL,
            time_local TEXT, countries TEXT NOT NULL, background INTEGER NOT NULL,
            confidence REAL NOT NULL, extractor TEXT NOT NULL, trigger_text TEXT NOT NULL,
            trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
            trigger_sentence TEXT NOT NULL, actors TEXT NOT NULL, places TEXT NOT NULL)""",
        """CREATE TABLE claims (
            id TEXT PRIMARY KEY, report_id TEXT NOT NULL REFERENCES reports(id),
            position INTEGER NOT NULL, kind TEXT NOT NULL, speaker TEXT NOT NULL,
            speaker_country TEXT, speaker_kind TEXT NOT NULL, subject TEXT NOT NULL,
            subject_country TEXT, subject_kind TEXT NOT NULL, outcome TEXT, low INTEGER,
            high INTEGER, qualifier TEXT NOT NULL, target TEXT, target_country TEXT,
            stated TEXT, sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            evidence_text TEXT NOT NULL, evidence TEXT NOT NULL)""",
        """CREATE TABLE revisions (
            id INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, at TEXT NOT NULL,
            action TEXT NOT NULL, detail TEXT NOT NULL)""",
        """CREATE TABLE quarantine (
            id TEXT PRIMARY KEY, source TEXT NOT NULL, reason TEXT NOT NULL,
            sample TEXT NOT NULL, seen TEXT NOT NULL)""",
        "CREATE INDEX reports_article ON reports(article_id)",
        "CREATE INDEX reports_event ON reports(event_id)",
        "CREATE INDEX claims_report ON claims(report_id)",
        "CREATE INDEX events_block ON events(eval_type, date_start)",
        "CREATE INDEX revisions_event ON revisions(event_id, at)",
    )


@migration("m002_claim_earlier")
def _claim_earlier(conn: Connection) -> None:
    _run(conn, "ALTER TABLE claims ADD COLUMN earlier INTEGER NOT NULL DEFAULT 0")


@migration("m003_linking")
def _linking(conn: Connection) -> None:
    _run(
        conn,
        "ALTER TABLE articles ADD COLUMN copy_of TEXT",
        """CREATE TABLE minhash (
            article_id TEXT PRIMARY KEY REFERENCES articles(id), signature TEXT NOT NULL)""",
        "CREATE TABLE lsh_bands (band TEXT NOT NULL, article_id TEXT NOT NULL)",
        "CREATE INDEX lsh_bands_band ON lsh_bands(band)",
        "ALTER TABLE events ADD COLUMN family TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE events ADD COLUMN place TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE events ADD COLUMN sides TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE events ADD COLUMN sources INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE events ADD COLUMN disagreements TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE events ADD COLUMN figures TEXT NOT NULL DEFAULT '[]'",
        "CREATE INDEX events_family ON events(family, date_start)",
        "CREATE INDEX events_updated ON events(last_updated)",
        """CREATE TABLE event_redirects (
            old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL, at TEXT NOT NULL)""",
        """CREATE TABLE link_overrides (
            id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, report_a TEXT NOT NULL,
            report_b TEXT NOT NULL, at TEXT NOT NULL)""",
        "CREATE INDEX link_overrides_a ON link_overrides(report_a)",
        "CREATE INDEX link_overrides_b ON link_overrides(report_b)",
        "CREATE INDEX revisions_at ON revisions(at)",
    )


@migration("m004_report_timezone")
def _report_timezone(conn: Connection) -> None:
    _run(conn, "ALTER TABLE reports ADD COLUMN timezone TEXT")


@migration("m005_link_index")
def _link_index(conn: Connection) -> None:
    _run(
        conn,
        """CREATE TABLE link_items (
            report_id TEXT PRIMARY KEY REFERENCES reports(id), background INTEGER NOT NULL,
            data TEXT NOT NULL)""",
        """CREATE TABLE link_reach (
            family TEXT NOT NULL, country TEXT NOT NULL, day INTEGER NOT NULL,
            event_id TEXT NOT NULL, PRIMARY KEY (family, country, day, event_id)) WITHOUT ROWID""",
        "CREATE INDEX link_reach_day ON link_reach(family, day)",
        "CREATE INDEX link_reach_event ON link_reach(event_id)",
        """CREATE TABLE link_edges (
            a TEXT NOT NULL, b TEXT NOT NULL, score REAL NOT NULL, PRIMARY KEY (a, b))
            WITHOUT ROWID""",
    )
    rows = conn.execute(
        text("SELECT r.*, a.title FROM reports r JOIN articles a ON a.id = r.article_id")
    )
    blocking.backfill(conn, rows.all(), ledger.item_of)
