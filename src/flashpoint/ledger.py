"""Ledger: the event tables of the database, kept by linking, reconciling and people.

Functions here run inside the store's transactions (they take a ``Connection``):

- :func:`mark_copy` finds whether a new article is a near-copy of a stored one (MinHash/LSH,
  persisted in ``minhash`` and ``lsh_bands`` so it works across batches and runs);
- :func:`link_report` links one stored report with :func:`flashpoint.linker.plan`, using the
  events it blocks with and the people's decisions (``link_overrides``);
- :func:`refresh` reconciles an event again and logs "figure revised" when a best changes;
- :func:`merge` and :func:`split` record a person's decision so that later linking keeps it;
- every change is a row of ``revisions``; an absorbed event id redirects to its absorber.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection

from flashpoint import blocking, dedup
from flashpoint.blocking import sql
from flashpoint.errors import InputError, NotFound
from flashpoint.link import Item, family, new_event_id, place_key, sides, words
from flashpoint.linker import MAX_RELINK, Plan, background_event, plan, released
from flashpoint.models import Article, content_id
from flashpoint.reconcile import reconcile, reconcile_event

_REPORTS = (
    "SELECT r.*, a.title, a.outlet, a.url, a.published, COALESCE(a.copy_of, a.id) AS source "
    "FROM reports r JOIN articles a ON a.id = r.article_id "
)
_REPORT = sql(_REPORTS + "WHERE r.id = :id")
_MOVE = "UPDATE reports SET event_id = :e WHERE id = :id"
_CLAIMS_OF = sql(
    "SELECT c.* FROM claims c JOIN reports r ON r.id = c.report_id WHERE r.event_id = :id "
    "ORDER BY c.report_id, c.position"
)
_OVERRIDES = (
    "SELECT kind, report_a, report_b FROM link_overrides WHERE report_a IN "
    "(SELECT value FROM json_each(:ids)) OR report_b IN (SELECT value FROM json_each(:ids))"
)
_SIMILAR = (
    "SELECT DISTINCT m.signature, COALESCE(a.copy_of, a.id) AS source "
    "FROM lsh_bands b JOIN minhash m ON m.article_id = b.article_id "
    "JOIN articles a ON a.id = m.article_id "
    "WHERE b.band IN (SELECT value FROM json_each(:keys)) AND b.article_id != :id"
)
_ADD_SIGNATURE = "INSERT INTO minhash VALUES (:id, :sig) ON CONFLICT (article_id) DO NOTHING"
_ADD_BANDS = "INSERT INTO lsh_bands SELECT value, :id FROM json_each(:keys)"
_COPY_OF = "UPDATE articles SET copy_of = :s WHERE id = :id"
_REVISE = "INSERT INTO revisions (event_id, at, action, detail) VALUES (:e, :at, :a, :d)"


def now() -> str:
    """The current time as the ledger writes it (UTC, ISO 8601, seconds)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def revise(conn: Connection, event_id: str, action: str, detail: str) -> None:
    """Append one line to an event's revision log."""
    blocking.run(conn, _REVISE, {"e": event_id, "at": now(), "a": action, "d": detail})


def mark_copy(conn: Connection, article: Article) -> str | None:
    """Store the article's signature; return the source it copies (None when original)."""
    sig = dedup.signature(article.text)
    keys = dedup.bands(sig)
    found = {"keys": json.dumps(keys), "id": article.id}
    rows = blocking.run(conn, _SIMILAR, found)
    scored = sorted((-dedup.similarity(sig, json.loads(sig_)), source) for sig_, source in rows)
    blocking.run(conn, _ADD_SIGNATURE, {"id": article.id, "sig": json.dumps(sig)})
    blocking.run(conn, _ADD_BANDS, found)
    if scored and -scored[0][0] >= dedup.THRESHOLD:
        source = str(scored[0][1])
        blocking.run(conn, _COPY_OF, {"s": source, "id": article.id})
        return source
    return None


def item_of(row: Any) -> Item:
    """The linking view of a stored report row (joined with its article's title)."""
    places = json.loads(row.places)
    return Item(
        id=row.id,
        article_id=row.article_id,
        eval_type=row.eval_type,
        start=date.fromisoformat(row.date_start) if row.date_start else None,
        end=date.fromisoformat(row.date_end) if row.date_end else None,
        precision=row.date_precision,
        countries=tuple(sorted(set(json.loads(row.countries)))),
        sides=sides(a["id"] for a in json.loads(row.actors) if a.get("role") == "side"),
        places=tuple(sorted({place_key(p["name"]) for p in places if p.get("name")} - {""})),
        words=words(row.title or "", row.trigger_sentence),
        points=tuple(
            (float(p["lat"]), float(p["lon"]))
            for p in places
            if p.get("lat") is not None and p.get("lon") is not None
        ),
    )


def _overrides(conn: Connection, ids: Iterable[str]) -> tuple[list[Any], list[Any]]:
    rows = blocking.run(conn, _OVERRIDES, {"ids": json.dumps(sorted(set(ids)))})
    pairs: dict[str, list[Any]] = {"must": [], "cannot": []}
    for kind, a, b in rows:
        pairs[kind].append((a, b))
    return pairs["must"], pairs["cannot"]


def link_report(conn: Connection, report_id: str, it: Item | None = None) -> tuple[set[str], int]:
    """Link a stored report; return the events touched and how many events were created.

    ``it`` is the report's linking view when the caller has it (it is read back otherwise).
    Only the reports within reach are read (:func:`flashpoint.blocking.reach`), the new
    report is scored against them once, and clustering uses the kept pairs.
    """
    row = conn.execute(_REPORT, {"id": report_id}).one()
    it = it or item_of(row)
    neighbours, current = blocking.reach(conn, it)
    if row.background:
        target = background_event(it, neighbours, current)
        if target is not None:
            blocking.run(conn, _MOVE, {"e": target, "id": it.id})
            revise(conn, target, "background report", it.id)
        return set(), 0
    if not it.linkable:
        step = Plan({it.id: new_event_id([it.id])}, {}, (new_event_id([it.id]),))
    else:
        kept = blocking.keep_edges(conn, it, neighbours)
        must, cannot = _overrides(conn, [it.id, *current])
        known = blocking.Edges(conn, current)

        def scorer(a: Item, b: Item) -> float:
            if a.id == it.id:
                return kept.get(b.id, 0.0)
            if b.id == it.id:
                return kept.get(a.id, 0.0)
            return known.score(a.id, b.id)

        step = plan(it, neighbours, current, must=must, cannot=cannot, scorer=scorer, known=known)
    items = {n.id: n for n in [*neighbours, it]}
    touched = apply(conn, step, row, current, items)
    created = len(step.created)
    for other in released(step, current):
        more, made = _relink(conn, other, items[other], depth=1)
        touched |= more
        created += made
    return touched, created


def _relink(conn: Connection, report_id: str, it: Item, *, depth: int) -> tuple[set[str], int]:
    """Link again a report of an event a new report split, as if it were new: a part of a
    split event may now join an event the new report could not reach (the in-memory
    :class:`~flashpoint.linker.Linker` does the same). A report left alone that joins
    another event folds its old event into that one."""
    row = conn.execute(_REPORT, {"id": report_id}).one()
    own = row.event_id
    neighbours, current = blocking.reach(conn, it)
    kept = blocking.edges_of(conn, report_id)
    must, cannot = _overrides(conn, [report_id, *current])
    known = blocking.Edges(conn, current)

    def scorer(a: Item, b: Item) -> float:
        if a.id == report_id:
            return kept.get(b.id, 0.0)
        if b.id == report_id:
            return kept.get(a.id, 0.0)
        return known.score(a.id, b.id)

    step = plan(it, neighbours, current, must=must, cannot=cannot, scorer=scorer, known=known)
    alone = own not in current.values()
    target = step.moves.get(report_id)
    stays = step.moves == {report_id: own}
    if stays or (alone and target in step.created and len(step.moves) == 1):
        return set(), 0
    items = {n.id: n for n in [*neighbours, it]}
    touched = apply(conn, step, row, current, items)
    created = len(step.created)
    now_in = conn.execute(sql("SELECT event_id FROM reports WHERE id = :id"), {"id": report_id})
    event_id = now_in.scalar_one()
    if alone and event_id != own:
        absorb(conn, own, event_id, "relinked after a split")
    elif event_id != own:
        touched.add(own)  # it lost a report: its figures and sources are told again
    if depth < MAX_RELINK:
        for other in released(step, current):
            more, made = _relink(conn, other, items[other], depth=depth + 1)
            touched |= more
            created += made
    return touched, created


def _create(conn: Connection, event_id: str, row: Any) -> None:
    conn.execute(
        sql(
            "INSERT INTO events (id, event_type, sub_event_type, eval_type, date_start, "
            "date_end, date_precision, countries, first_seen, last_updated, family) VALUES "
            "(:id, :et, :st, :ev, :ds, :de, :dp, :c, :now, :now, :f) ON CONFLICT (id) DO NOTHING"
        ),
        {
            "id": event_id,
            "et": row.event_type,
            "st": row.sub_event_type,
            "ev": row.eval_type,
            "ds": row.date_start,
            "de": row.date_end,
            "dp": row.date_precision,
            "c": row.countries,
            "now": now(),
            "f": family(row.eval_type),
        },
    )
    revise(conn, event_id, "created", row.id)


def apply(
    conn: Connection,
    step: Plan,
    row: Any,
    current: dict[str, str],
    items: Mapping[str, Item] | None = None,
) -> set[str]:
    """Write a linking plan: create events, move reports, absorb merged ids (with redirects).

    ``items``: the linking view of every report the plan moves, to index the events they
    move into (see :func:`flashpoint.blocking.enter`); none for a report that cannot link.
    """
    step = _fresh_ids(conn, step)
    for event_id in step.created:
        starter = row
        if row.id not in step.moves or step.moves[row.id] != event_id:
            first = min(r for r, e in step.moves.items() if e == event_id)
            starter = conn.execute(_REPORT, {"id": first}).one()
        _create(conn, event_id, starter)
    for report_id, event_id in sorted(step.moves.items()):
        blocking.run(conn, _MOVE, {"e": event_id, "id": report_id})
        if report_id == row.id and event_id not in step.created:
            revise(conn, event_id, "report added", report_id)
        elif report_id != row.id:
            revise(conn, event_id, "report moved", f"{report_id} from {current.get(report_id)}")
    if items is not None:
        blocking.enter(conn, step.moves, items)
    for old, new in sorted(step.absorbed.items()):
        absorb(conn, old, new, "merged by linking")
    left = {current[r] for r in step.moves if r in current} - set(step.absorbed)
    return set(step.moves.values()) | left


def _fresh_ids(conn: Connection, step: Plan) -> Plan:
    """The plan with every new id that is already used (live or redirected) replaced."""
    renamed = {event_id: _unused(conn, event_id) for event_id in step.created}
    if all(k == v for k, v in renamed.items()):
        return step
    return Plan(
        {r: renamed.get(e, e) for r, e in step.moves.items()},
        {o: renamed.get(n, n) for o, n in step.absorbed.items()},
        tuple(renamed[e] for e in step.created),
    )


def _unused(conn: Connection, event_id: str) -> str:
    """``event_id``, or an id made from it, that no event holds, live or redirected."""
    fresh, salt = event_id, 0
    while conn.execute(
        sql(
            "SELECT 1 FROM events WHERE id = :id "
            "UNION ALL SELECT 1 FROM event_redirects WHERE old_id = :id"
        ),
        {"id": fresh},
    ).first():
        salt += 1
        fresh = content_id(event_id, f"taken {salt}", prefix="ev-")
    return fresh


def absorb(conn: Connection, old: str, new: str, why: str) -> None:
    """Fold event ``old`` into ``new``: its reports and history move, its id redirects."""
    params = {"old": old, "new": new, "at": now()}
    conn.execute(sql("UPDATE reports SET event_id = :new WHERE event_id = :old"), params)
    conn.execute(sql("UPDATE revisions SET event_id = :new WHERE event_id = :old"), params)
    conn.execute(sql("UPDATE event_redirects SET new_id = :new WHERE new_id = :old"), params)
    conn.execute(
        sql(
            "INSERT INTO event_redirects VALUES (:old, :new, :at) "
            "ON CONFLICT (old_id) DO UPDATE SET new_id = :new, at = :at"
        ),
        params,
    )
    conn.execute(sql("DELETE FROM events WHERE id = :old"), params)
    revise(conn, new, "merged", f"{old} absorbed ({why})")


def resolve(conn: Connection, event_id: str) -> str:
    """The live id of an event (following redirects); NotFound when there is none."""
    if conn.execute(sql("SELECT 1 FROM events WHERE id = :id"), {"id": event_id}).first():
        return event_id
    target = conn.execute(
        sql("SELECT new_id FROM event_redirects WHERE old_id = :id"), {"id": event_id}
    ).scalar()
    if target is None:
        raise NotFound(f"no event {event_id!r}: list events with `flashpoint events`")
    return str(target)


def reports_of(conn: Connection, event_id: str) -> list[dict[str, Any]]:
    """An event's reports (news first, then background), each with its claims and source."""
    rows = conn.execute(
        sql(_REPORTS + "WHERE r.event_id = :id ORDER BY r.background, a.published, r.id"),
        {"id": event_id},
    ).all()
    reports = [dict(r._mapping) for r in rows]
    first_seen: dict[str, str] = {}
    for r in reports:
        if r["published"]:
            first_seen[r["source"]] = min(first_seen.get(r["source"], "9999"), r["published"])
    claims: dict[str, list[Any]] = {r["id"]: [] for r in reports}
    for c in conn.execute(_CLAIMS_OF, {"id": event_id}):
        claims[c.report_id].append(c)
    for r in reports:
        published = first_seen.get(r["source"], r["published"])
        r["claims"] = [
            dict(c._mapping, published=published, source=r["source"], outlet=r["outlet"])
            for c in claims[r["id"]]
        ]
    return reports


def decoded(report: dict[str, Any]) -> dict[str, Any]:
    """A stored report row with its JSON columns (countries, actors, places) read."""
    return {**report, **{k: json.loads(report[k]) for k in ("countries", "actors", "places")}}


def refresh(conn: Connection, event_id: str) -> None:
    """Reconcile an event again from its news reports; log figures whose best changed."""
    row = conn.execute(sql("SELECT * FROM events WHERE id = :id"), {"id": event_id}).first()
    if row is None:
        return
    news = [decoded(r) for r in reports_of(conn, event_id) if not r["background"]]
    if not news:
        params = {"id": event_id}
        conn.execute(sql("UPDATE reports SET event_id = NULL WHERE event_id = :id"), params)
        conn.execute(sql("DELETE FROM events WHERE id = :id"), {"id": event_id})
        return
    summary = reconcile_event(news)
    figures = [asdict(f) for f in reconcile(c for r in news for c in r["claims"])]
    before = {(f["side"], f["outcome"]): f["best"] for f in json.loads(row.figures)}
    for f in figures:
        old = before.get((f["side"], f["outcome"]))
        if old is not None and old != f["best"]:
            change = f"{f['side']} {f['outcome']} best {old} -> {f['best']}"
            revise(conn, event_id, "figure revised", change)
    conn.execute(
        sql(
            "UPDATE events SET event_type = :et, sub_event_type = :st, eval_type = :ev, "
            "family = :f, date_start = :ds, date_end = :de, date_precision = :dp, "
            "countries = :c, place = :place, sides = :sides, sources = :n, "
            "disagreements = :dis, figures = :fig, last_updated = :now WHERE id = :id"
        ),
        {
            "id": event_id,
            "et": summary["event_type"],
            "st": summary["sub_event_type"],
            "ev": summary["eval_type"],
            "f": family(summary["eval_type"]),
            "ds": summary["date_start"],
            "de": summary["date_end"],
            "dp": summary["date_precision"],
            "c": json.dumps(summary["countries"]),
            "place": json.dumps(summary["place"]),
            "sides": json.dumps(summary["sides"]),
            "n": summary["sources"],
            "dis": json.dumps(summary["disagreements"]),
            "fig": json.dumps(figures),
            "now": now(),
        },
    )


def merge(conn: Connection, keep: str, other: str) -> str:
    """A person's merge: ``other`` joins ``keep`` for good (later linking keeps them together)."""
    keep, other = resolve(conn, keep), resolve(conn, other)
    if keep == other:
        raise InputError(f"{keep} and {other} are already one event")
    ours = _news_ids(conn, keep)
    theirs = _news_ids(conn, other)
    conn.execute(
        sql(
            "DELETE FROM link_overrides WHERE kind = 'cannot' AND "
            "((report_a IN (SELECT value FROM json_each(:a)) AND "
            "report_b IN (SELECT value FROM json_each(:b))) OR "
            "(report_a IN (SELECT value FROM json_each(:b)) AND "
            "report_b IN (SELECT value FROM json_each(:a))))"
        ),
        {"a": json.dumps(ours), "b": json.dumps(theirs)},
    )
    for report_id in theirs:
        _override(conn, "must", ours[0], report_id)
    absorb(conn, other, keep, "merged by hand")
    blocking.carry(conn, other, keep)
    refresh(conn, keep)
    return keep


def split(conn: Connection, event_id: str, report_id: str) -> str:
    """A person's split: the report leaves the event for an event of its own, for good."""
    event_id = resolve(conn, event_id)
    members = _news_ids(conn, event_id)
    if report_id not in members:
        raise NotFound(f"report {report_id!r} is not a news report of event {event_id}")
    if len(members) == 1:
        raise InputError(f"{report_id} is the only report of {event_id}: nothing to split")
    others = [m for m in members if m != report_id]
    conn.execute(
        sql("DELETE FROM link_overrides WHERE kind = 'must' AND (report_a = :r OR report_b = :r)"),
        {"r": report_id},
    )
    for other in others:
        _override(conn, "cannot", report_id, other)
    # the report's first event may be this one, or one the rest of it kept: never either
    new_id = _unused(conn, new_event_id([report_id]))
    row = conn.execute(_REPORT, {"id": report_id}).one()
    _create(conn, new_id, row)
    blocking.run(conn, _MOVE, {"e": new_id, "id": report_id})
    blocking.enter(conn, {report_id: new_id}, {report_id: item_of(row)})
    revise(conn, event_id, "split", f"{report_id} moved to {new_id} by hand")
    revise(conn, new_id, "split", f"{report_id} split from {event_id} by hand")
    refresh(conn, event_id)
    refresh(conn, new_id)
    return new_id


def _news_ids(conn: Connection, event_id: str) -> list[str]:
    return list(
        conn.execute(
            sql("SELECT id FROM reports WHERE event_id = :e AND background = 0 ORDER BY id"),
            {"e": event_id},
        ).scalars()
    )


def _override(conn: Connection, kind: str, a: str, b: str) -> None:
    conn.execute(
        sql("INSERT INTO link_overrides (kind, report_a, report_b, at) VALUES (:k, :a, :b, :at)"),
        {"k": kind, "a": a, "b": b, "at": now()},
    )


def changes(conn: Connection, since: str) -> list[dict[str, Any]]:
    """Events added, updated and merged since a time: one row per event and kind of change."""
    rows = conn.execute(
        sql("SELECT event_id, at, action, detail FROM revisions WHERE at >= :t ORDER BY id"),
        {"t": since},
    ).all()
    kinds = {"created": "added", "merged": "merged"}
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        kind = kinds.get(r.action, "updated")
        entry = out.setdefault(
            (r.event_id, kind), {"event_id": r.event_id, "change": kind, "at": r.at, "details": []}
        )
        entry["at"] = r.at
        entry["details"].append(f"{r.action}: {r.detail}")
    for entry in out.values():
        if (entry["event_id"], "added") in out and entry["change"] == "updated":
            entry["change"] = "skip"
    return [e for e in out.values() if e["change"] != "skip"]
