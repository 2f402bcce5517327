"""Blocking in the database: what linking reads, kept compact and found in two queries.

Linking a report through the database needs, for every report of the events it can block
with, only what :func:`flashpoint.link.score` compares (family, date span, countries, sides,
places, words, points). Three tables keep it ready, so that no report is read back from its
full row and no pair is scored twice:

- ``link_items``: one row per stored report, written with the report: its linking view as a
  small JSON array (:func:`encode`);
- ``link_reach``: each event under ``(family, country, day)`` for the days and countries of
  the reports moved into it (:func:`enter`), the keys of the in-memory
  :class:`~flashpoint.linker.Linker`, so that both link the same reports the same way;
- ``link_edges``: every pair of reports that scored at or over ``THRESHOLD`` when the later
  of the two was linked, in both directions. Every pair that passes the blocks is scored
  then (:func:`reach` finds the event of every such report), so a pair that is not kept
  scores under the threshold and clustering a neighbourhood needs no scoring at all.

>>> from datetime import date
>>> it = Item("r1", "a1", "armed_clash", date(2021, 7, 27), date(2021, 7, 27), "day",
...           ("AM", "AZ"), ("AM:s", "AZ:s"), ("sotk",), frozenset({"clash"}), ((40.2, 45.9),))
>>> decode("r1", encode(it)) == it
True
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, TextClause, text
from sqlalchemy.exc import DBAPIError

from flashpoint.errors import StoreError
from flashpoint.link import THRESHOLD, WINDOW, Item, candidate_pairs, score
from flashpoint.linker import ANY_COUNTRY, days_covered

_INSERT_ITEM = (
    "INSERT INTO link_items (report_id, background, data) VALUES (:id, :bg, :data) "
    "ON CONFLICT (report_id) DO NOTHING"
)
_INSERT_EDGE = (
    "INSERT INTO link_edges (a, b, score) VALUES (:a, :b, :s) ON CONFLICT (a, b) DO NOTHING"
)
_INSERT_REACH = (
    "INSERT INTO link_reach (family, country, day, event_id) "
    "VALUES (:family, :country, :day, :event) ON CONFLICT DO NOTHING"
)
_COPY_REACH = (
    "INSERT INTO link_reach (family, country, day, event_id) "
    "SELECT family, country, day, :new FROM link_reach WHERE event_id = :old "
    "ON CONFLICT DO NOTHING"
)
_REACH = (
    "SELECT DISTINCT k.event_id FROM link_reach k JOIN events e ON e.id = k.event_id "
    "WHERE k.family = :family AND k.day BETWEEN :lo AND :hi"
)
_REACH_ALL = _REACH
_REACH_SHARED = _REACH + " AND k.country IN (SELECT value FROM json_each(:countries))"
_MEMBERS = (
    "SELECT li.report_id, li.data, r.event_id FROM reports r "
    "JOIN link_items li ON li.report_id = r.id "
    "WHERE r.event_id IN (SELECT value FROM json_each(:events)) AND r.background = 0 "
    "AND r.id != :id"
)
_EDGES = "SELECT a, b, score FROM link_edges WHERE a IN (SELECT value FROM json_each(:ids))"


@lru_cache(maxsize=512)
def sql(statement: str) -> TextClause:
    """A SQL statement parsed once per process (parsing costs more than running most).

    >>> sql("SELECT 1") is sql("SELECT 1")
    True
    """
    return text(statement)


def run(conn: Connection, statement: str, params: Mapping[str, Any]) -> list[Any]:
    """Run one statement (named ``:parameters``) on the connection's own SQLite cursor, in
    its transaction; return the rows as tuples. Linking runs a dozen statements per report,
    and SQLAlchemy's work per statement costs more than SQLite's; errors are SQLAlchemy's.

    >>> from flashpoint.store import Store
    >>> with Store("sqlite://").engine.begin() as conn:
    ...     run(conn, "SELECT :n + 1", {"n": 1})
    [(2,)]
    """
    try:
        return _driver(conn).execute(statement, params).fetchall()
    except sqlite3.Error as exc:
        raise DBAPIError.instance(statement, params, exc, sqlite3.Error) from exc


def run_many(conn: Connection, statement: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Run one statement for each row of parameters (see :func:`run`)."""
    try:
        _driver(conn).executemany(statement, rows)
    except sqlite3.Error as exc:
        raise DBAPIError.instance(statement, rows, exc, sqlite3.Error) from exc


def _driver(conn: Connection) -> sqlite3.Connection:
    raw = conn.connection.driver_connection
    if not isinstance(raw, sqlite3.Connection):
        raise StoreError("linking in the database needs SQLite")
    return raw


def encode(it: Item) -> str:
    """The linking view of a report as a compact JSON array (the id is the row's key)."""
    return json.dumps(
        [
            it.article_id,
            it.eval_type,
            it.first_day if it.start else None,
            it.last_day if it.end else None,
            it.precision,
            it.countries,
            it.sides,
            it.places,
            sorted(it.words),
            it.points,
        ],
        separators=(",", ":"),
    )


@lru_cache(maxsize=1 << 14)
def decode(report_id: str, data: str) -> Item:
    """The :class:`~flashpoint.link.Item` that :func:`encode` wrote (the latest ones are kept
    decoded: a report is read again by every report that meets it, and items never change)."""
    article, kind, first, last, precision, countries, sides, places, words, points = json.loads(
        data
    )
    return Item(
        report_id,
        article,
        kind,
        date.fromordinal(first) if first is not None else None,
        date.fromordinal(last) if last is not None else None,
        precision,
        tuple(countries),
        tuple(sides),
        tuple(places),
        frozenset(words),
        tuple((p[0], p[1]) for p in points),
    )


def index(conn: Connection, items: Sequence[tuple[Item, bool]]) -> None:
    """Store the linking view of new reports (``(item, background)`` pairs), in one statement."""
    if items:
        run_many(
            conn,
            _INSERT_ITEM,
            [{"id": it.id, "bg": int(background), "data": encode(it)} for it, background in items],
        )


def enter(conn: Connection, moves: Mapping[str, str], items: Mapping[str, Item]) -> None:
    """Index events under what the reports moved into them can meet: (family, country, day)
    for every day a linkable report covers and each country it names (``*`` for none).

    Keys are only added, as the in-memory linker's are: an event stays findable where its
    reports once were (a report that left it may have left neighbours behind), and a key of
    an event that no longer exists finds nothing."""
    keys = [
        {"family": it.family, "country": country, "day": day.toordinal(), "event": event_id}
        for report_id, event_id in sorted(moves.items())
        if (it := items[report_id]).linkable
        for day in days_covered(it)
        for country in it.countries or (ANY_COUNTRY,)
    ]
    if keys:
        run_many(conn, _INSERT_REACH, keys)


def carry(conn: Connection, old: str, new: str) -> None:
    """Index event ``new`` wherever event ``old`` was (``old`` was absorbed into it)."""
    run(conn, _COPY_REACH, {"old": old, "new": new})


def reach(conn: Connection, it: Item) -> tuple[list[Item], dict[str, str]]:
    """The news reports of every event indexed within reach of ``it`` (see :func:`enter`):
    its family, a day of its span widened by ``WINDOW`` days, a country it names or ``*``
    (any country when it names none); with the event of each. Empty when it cannot link.

    >>> from datetime import date
    >>> from flashpoint.store import Store
    >>> it = Item("r1", "a1", "protest", date(2024, 1, 1), date(2024, 1, 1), "day", ("MW",),
    ...           (), (), frozenset())
    >>> with Store("sqlite://").engine.begin() as conn:
    ...     reach(conn, it)
    ([], {})
    """
    if not it.linkable:
        return [], {}
    params: dict[str, Any] = {
        "family": it.family,
        "lo": it.first_day - WINDOW,
        "hi": it.last_day + WINDOW,
    }
    if it.countries:
        params["countries"] = json.dumps([*it.countries, ANY_COUNTRY])
        query = _REACH_SHARED
    else:
        query = _REACH_ALL
    events = sorted(row[0] for row in run(conn, query, params))
    if not events:
        return [], {}
    found = sorted(run(conn, _MEMBERS, {"events": json.dumps(events), "id": it.id}))
    return [decode(r, data) for r, data, _ in found], {r: event for r, _, event in found}


def keep_edges(conn: Connection, it: Item, neighbours: Iterable[Item]) -> dict[str, float]:
    """Score a new report against its neighbours; store and return the pairs over the threshold."""
    kept = {n.id: value for n in neighbours if (value := score(it, n)) >= THRESHOLD}
    if kept:
        run_many(
            conn,
            _INSERT_EDGE,
            [
                row
                for other, value in sorted(kept.items())
                for row in (
                    {"a": it.id, "b": other, "s": value},
                    {"a": other, "b": it.id, "s": value},
                )
            ],
        )
    return kept


def edges_of(conn: Connection, report_id: str) -> dict[str, float]:
    """The kept pairs of one stored report: every report it scored over the threshold with."""
    return {b: value for _, b, value in run(conn, _EDGES, {"ids": json.dumps([report_id])})}


class Edges(Mapping[str, Mapping[str, float]]):
    """The kept pairs among a neighbourhood (``current``: report id -> event id), read from
    ``link_edges`` one event at a time, when clustering first asks for a report of it (most
    reports are linked without clustering, and most clustering needs only the events the new
    report matches)."""

    def __init__(self, conn: Connection, current: Mapping[str, str]) -> None:
        self._conn = conn
        self._event = dict(current)
        self._members: dict[str, list[str]] = {}
        for report_id, event_id in sorted(current.items()):
            self._members.setdefault(event_id, []).append(report_id)
        self._loaded: dict[str, dict[str, float]] = {}
        self._events: set[str] = set()

    def _load(self, report_id: str) -> None:
        event_id = self._event.get(report_id)
        if event_id is None or event_id in self._events:
            return
        self._events.add(event_id)
        ids = self._members[event_id]
        for report in ids:
            self._loaded[report] = {}
        for a, b, value in run(self._conn, _EDGES, {"ids": json.dumps(ids)}):
            if b in self._event:
                self._loaded[a][b] = value

    def __getitem__(self, key: str) -> Mapping[str, float]:
        self._load(key)
        return self._loaded[key]

    def __iter__(self) -> Iterator[str]:
        for report_id in self._event:
            self._load(report_id)
        return iter(self._loaded)

    def __len__(self) -> int:
        return len(self._event)

    def get(self, key: str, default: Any = None) -> Any:
        """The kept pairs of one report within the neighbourhood (``default`` outside it)."""
        self._load(key)
        return self._loaded.get(key, default)

    def score(self, a: str, b: str) -> float:
        """The kept score of a pair; 0 when it was not kept (it scored under the threshold)."""
        self._load(a)
        return self._loaded.get(a, {}).get(b, 0.0)


def backfill(conn: Connection, rows: Iterable[Any], item_of: Any) -> None:
    """Index reports stored before these tables existed, index their events, and keep their
    pairs over the threshold (used once, by the migration that made the tables)."""
    stored = [(item_of(r), bool(r.background), r.event_id) for r in rows]
    index(conn, [(it, background) for it, background, _ in stored])
    news = {it.id: it for it, background, _ in stored if not background}
    enter(conn, {it.id: e for it, bg, e in stored if not bg and e is not None}, news)
    edges = [
        row
        for a, b in candidate_pairs(sorted(news.values(), key=lambda it: it.id))
        if (value := score(a, b)) >= THRESHOLD
        for row in ({"a": a.id, "b": b.id, "s": value}, {"a": b.id, "b": a.id, "s": value})
    ]
    if edges:
        run_many(conn, _INSERT_EDGE, edges)
