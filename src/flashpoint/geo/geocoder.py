"""Resolving toponyms to places, with runner-up readings, a confidence and a UCDP precision.

Each toponym's candidates are scored by the report's countries, the other places of the same
text (a town inside a province named nearby), population, the kind of place the words around
it ask for ("district" wants a region, "village" a populated place) and administrative level.
Precision follows UCDP ``where_prec``: 1 a populated place, 2 near one (within 25 km), 3 a
second-level region, 4 a first-level region, 5 a named area or a border segment, 6 only the
country. Country-level places and border segments carry no point: nothing is drawn on a
country's centre.

>>> geocoder = make_geocoder()
>>> place = geocoder.place_of("fighting in the Kalbajar district", countries=("AZ",))
>>> place.admin1, place.precision, place.lat is not None
('AZ-KAL', 4, True)
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from flashpoint.geo.gazetteer import Entry, Gazetteer, key, open_gazetteer
from flashpoint.geo.toponyms import Toponym, find, similar, titled
from flashpoint.models import Mention, Place

PRECISION = {"city": 1, "admin2": 3, "admin1": 4, "area": 5, "country": 6}
KIND_PRIOR = {"country": 1.0, "admin1": -0.3, "area": 0.8, "admin2": -0.5, "city": 0.0}
ALTERNATIVES = 3
# Compass bearings of direction words, and how far from a town "west of X" reaches.
BEARINGS = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}
BEYOND_KM = 50.0
# A town stands in a region of its own when fewer than this share of at least this many
# populated places around it lie in its region (Damascus, Sanaa, Kigali; not Kabul).
ENCLAVE_SHARE = 0.25
ENCLAVE_SAMPLE = 5
# Such a town holds at least this share of its region's people (a quick test first).
TOWN_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate entry and its score for one toponym."""

    entry: Entry
    score: float


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres.

    >>> round(distance_km(40.18, 44.51, 40.41, 49.87))
    455
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial compass bearing in degrees from the first point to the second.

    >>> round(_bearing(33.5, 36.3, 33.5, 37.3)), round(_bearing(33.5, 36.3, 32.5, 36.3))
    (90, 180)
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(x, y)) % 360


class Geocoder:
    """Finds and resolves toponyms against one compiled gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def candidates(
        self, toponym: Toponym, countries: Collection[str] = (), *, alike: bool = False
    ) -> tuple[Entry, ...]:
        """Every gazetteer entry the toponym's name can mean.

        With ``alike``, places in the countries spelled like the name (or, failing those,
        nearly so) are added when the name itself means no place there.
        """
        exact = self.gazetteer.lookup(toponym.text)
        if alike and countries and not any(e.country in countries for e in exact):
            return exact + similar(toponym.text, self.gazetteer, countries, near=True)
        return exact

    def resolve(
        self, toponyms: Sequence[Toponym], *, countries: Collection[str] = ()
    ) -> list[Place]:
        """One place per resolvable toponym (border segments included), resolved together.

        >>> geocoder = make_geocoder()
        >>> found = find("shelling near Gwoza, Borno", geocoder.gazetteer, loose=True)
        >>> [(p.name, p.feature) for p in geocoder.resolve(found, countries=("NG",))]
        [('Gwoza', 'city'), ('Borno', 'admin1')]
        """
        return [place for _, place in self.pairs(toponyms, countries=countries)]

    def pairs(
        self,
        toponyms: Sequence[Toponym],
        *,
        countries: Collection[str] = (),
        alike: bool = False,
        within: Collection[str] = (),
    ) -> list[tuple[Toponym, Place]]:
        """Each resolvable toponym with its place; names the gazetteer lacks are left out.

        Two passes: each toponym's best reading alone, then again with the other toponyms'
        readings as context (shared regions, nearby points). With ``within`` (first-level
        region codes), a name that can mean a place inside them means only such places.
        """
        named = [t for t in toponyms if not t.is_border]
        options = {id(t): self.candidates(t, countries, alike=alike) for t in named}
        if within:
            options = {
                k: tuple(e for e in v if e.admin1 in within) or v for k, v in options.items()
            }
        first = {id(t): _rank(t, options[id(t)], countries, ()) for t in named}
        pairs: list[tuple[Toponym, Place]] = []
        for toponym in toponyms:
            if toponym.is_border:
                pairs.append((toponym, self._border(toponym, countries)))
                continue
            others = [first[id(t)][0].entry for t in named if t is not toponym and first[id(t)]]
            ranked = _rank(toponym, options[id(toponym)], countries, others)
            if ranked:
                pairs.append((toponym, _place(toponym, ranked)))
        return pairs

    def geocode(
        self,
        text: str,
        *,
        countries: Collection[str] = (),
        entities: Collection[str] = (),
        loose: bool = False,
    ) -> list[Place]:
        """Find and resolve every toponym of a text.

        >>> [p.admin1 for p in make_geocoder().geocode("Clashes in Gegharkunik province.")]
        ['AM-GR']
        """
        found = find(text, self.gazetteer, entities=entities, loose=loose, countries=countries)
        return self.resolve(found, countries=countries)

    def place_of(self, description: str, *, countries: Collection[str] = ()) -> Place:
        """The one place a description names: its most precise place in the right country.

        A place outside the regions the description names ("X village, Y province") is
        passed over when another place fits them; a region named only as a point of
        reference ("X, east of Y") does not count. A name that can mean a place inside a
        first-level region the description names is read as that place ("Juárez, Nuevo
        León" is the Juárez of Nuevo León). A name given as part of a town ("X
        neighborhood") counts only inside the region of another place named, and a named
        town wins a tie with it; a name as written wins a tie with one spelled alike; other
        ties go to the first place named.

        With nothing found, the first country given stands, with precision 6 and no point.

        >>> make_geocoder().place_of("no place here", countries=("AM",)).precision
        6
        """
        found = find(description, self.gazetteer, loose=True, countries=countries)
        pairs = self.pairs(found, countries=countries, alike=True)
        pairs = [(t, p) for t, p in pairs if not countries or p.country in countries]
        if not pairs:
            found = find(description, self.gazetteer, loose=True, countries=countries, partial=True)
            pairs = self.pairs(found, countries=countries, alike=True)
            pairs = [(t, p) for t, p in pairs if not countries or p.country in countries]
        if not pairs and countries:
            found = find(description, self.gazetteer, loose=True, countries=countries, near=True)
            pairs = self.pairs(found, countries=countries, alike=True)
            pairs = [(t, p) for t, p in pairs if p.country in countries]
        if not pairs:
            found = find(
                titled(description), self.gazetteer, loose=True, countries=countries, alike=False
            )
            pairs = self.pairs(found, countries=countries)
            pairs = [(t, p) for t, p in pairs if not countries or p.country in countries]
        containers = {
            p.admin1
            for t, p in pairs
            if p.feature == "admin1" and p.admin1 and not (t.near or t.listed)
        }
        if containers:
            pairs = self.pairs(found, countries=countries, alike=True, within=containers)
            pairs = [(t, p) for t, p in pairs if not countries or p.country in countries]
        regions = {
            p.admin1
            for t, p in pairs
            if p.feature in ("admin1", "admin2") and not (t.near or t.part or t.listed)
        }
        pairs = [(t, p) for t, p in pairs if not regions or p.admin1 in regions] or pairs
        towns = {p.admin1 for t, p in pairs if t.hint != "part"}
        pairs = [(t, p) for t, p in pairs if t.hint != "part" or p.admin1 in towns]
        if pairs:
            toponym, place = min(pairs, key=lambda pair: self._rank_key(*pair))
            return self._beyond(toponym, place) or place
        code = next(iter(countries), None)
        return self.country(code) if code else Place(name=description, precision=None)

    def _beyond(self, toponym: Toponym, place: Place) -> Place | None:
        """The first-level region in a direction from a town that stands in a region of its own.

        Damascus is a governorate of its own inside Rif Dimashq: "southwest of Damascus" is
        in Rif Dimashq, where most populated places 5 to 50 km southwest of the city lie.
        Only for such a town (fewer than a quarter of the places around it in its own
        region); "east of Taftanaz" stays near Taftanaz although Aleppo's region is close.
        """
        bearing = BEARINGS.get((toponym.part or "").removesuffix("ern"))
        if bearing is None or place.feature != "city" or place.lat is None or place.lon is None:
            return None
        own_region = self.gazetteer.region(place.admin1 or "")
        town = next(
            (e for e in self.gazetteer.lookup(place.name) if e.geonameid == place.geonameid), None
        )
        if (
            own_region is None
            or town is None
            or town.population < TOWN_SHARE * own_region.population
        ):
            return None
        lat, lon = place.lat, place.lon
        around = [
            (e_lat, e_lon, code)
            for e_lat, e_lon, code in self.gazetteer.around(
                lat, lon, BEYOND_KM, place.country or ""
            )
            if 5 <= distance_km(lat, lon, e_lat, e_lon) <= BEYOND_KM
        ]
        own = sum(code == place.admin1 for _, _, code in around)
        if len(around) < ENCLAVE_SAMPLE or own >= ENCLAVE_SHARE * len(around):
            return None
        votes: dict[str, int] = {}
        for e_lat, e_lon, e_code in around:
            turn = (_bearing(lat, lon, e_lat, e_lon) - bearing) % 360
            if min(turn, 360 - turn) <= 45:
                votes[e_code] = votes.get(e_code, 0) + 1
        code = max(votes, key=lambda c: votes[c], default=None)
        if code is None or code == place.admin1 or 2 * votes[code] <= sum(votes.values()):
            return None
        region = self.gazetteer.region(code)
        return _from_entry(toponym, region, place.confidence or 0.0) if region else None

    def _rank_key(self, toponym: Toponym, place: Place) -> tuple[int, bool, bool]:
        """Most precise first; then a town over a part of a town; then a name as written."""
        exact = any(
            e.name == place.name and e.country == place.country
            for e in self.gazetteer.lookup(toponym.text)
        )
        return place.precision or 7, toponym.hint == "part", not exact

    def baseline(self, description: str) -> Place | None:
        """What a plain geoparser does: the first name found, read as its most populous place.

        It knows nothing of the report's countries: "Armenia town" is the Colombian city.

        >>> make_geocoder().baseline("Armenia town").country
        'CO'
        """
        for toponym in find(description, self.gazetteer, loose=True):
            if toponym.is_border:
                continue
            entries = [e for e in self.candidates(toponym) if e.kind != "country"]
            if entries:
                best = max(entries, key=lambda e: e.population)
                return _place(toponym, [Scored(best, 1.0)])
        return None

    def country(self, code: str) -> Place:
        """A country-level place: precision 6 and no point.

        >>> place = make_geocoder().country("AZ")
        >>> place.name, place.precision, place.lat
        ('Azerbaijan', 6, None)
        """
        entry = self.gazetteer.country(code)
        name = entry.name if entry is not None else code
        return Place(name=name, country=code, precision=6, feature="country")

    def _border(self, toponym: Toponym, countries: Collection[str]) -> Place:
        sides = []
        for side in toponym.sides:
            found = [e.country for e in self.gazetteer.lookup(side) if e.kind == "country"]
            sides.extend(found[:1])
        codes = sides or sorted(countries)
        return Place(
            name=toponym.text,
            country=codes[0] if len(codes) == 1 else None,
            precision=5,
            feature="border",
            mention=None,
            admin2=None,
            alternatives=tuple(self.country(code) for code in codes),
        )


def make_geocoder(
    *, path: Path | None = None, countries: Collection[str] | None = None
) -> Geocoder:
    """Build the geocoder (registered as ``flashpoint.gazetteer.v1``) on the compiled file.

    >>> make_geocoder().gazetteer.size() > 0
    True
    """
    return Geocoder(open_gazetteer(path, countries=countries))


def _rank(
    toponym: Toponym,
    entries: Sequence[Entry],
    countries: Collection[str],
    others: Sequence[Entry],
) -> list[Scored]:
    scored = [Scored(e, _score(toponym, e, countries, others)) for e in entries]
    return sorted(scored, key=lambda s: -s.score)


def _score(
    toponym: Toponym, entry: Entry, countries: Collection[str], others: Sequence[Entry]
) -> float:
    score = 0.35 * math.log10(1 + entry.population) + KIND_PRIOR.get(entry.kind, 0.0)
    if toponym.hint == "admin":
        score += 2.0 if entry.kind in ("admin1", "admin2", "area") else -1.0
    elif toponym.hint == "region":
        score += 1.0 if entry.kind in ("admin1", "admin2", "area") else 0.0
    elif toponym.hint == "city":
        score += 1.5 if entry.kind == "city" else -0.5
    if countries:
        score += 3.0 if entry.country in countries else -2.0
    if key(entry.name) == key(toponym.text):
        score += 0.5
    for other in others:
        if other.country != entry.country:
            continue
        if entry.admin1 and other.admin1 == entry.admin1:
            score += 1.5 if other.kind == "admin1" or entry.kind == "admin1" else 1.0
        if entry.admin2 and other.admin2 == entry.admin2:
            score += 1.0
        if None not in (entry.lat, entry.lon, other.lat, other.lon) and other.kind == "city":
            assert entry.lat is not None and entry.lon is not None
            assert other.lat is not None and other.lon is not None
            if distance_km(entry.lat, entry.lon, other.lat, other.lon) < 50:
                score += 1.0
    return score


def _place(toponym: Toponym, ranked: Sequence[Scored]) -> Place:
    best = ranked[0]
    top = best.score
    total = sum(math.exp(s.score - top) for s in ranked)
    alternatives = tuple(
        _from_entry(toponym, s.entry, math.exp(s.score - top) / total)
        for s in ranked[1 : 1 + ALTERNATIVES]
    )
    chosen = _from_entry(toponym, best.entry, 1.0 / total)
    return replace(chosen, alternatives=alternatives)


def _from_entry(toponym: Toponym, entry: Entry, confidence: float) -> Place:
    precision = entry.precision or PRECISION.get(entry.kind, 5)
    if entry.kind == "city" and (toponym.near or toponym.part):
        precision = 2
    point = precision < 6
    return Place(
        name=entry.name,
        country=entry.country,
        precision=precision,
        admin1=entry.admin1,
        lat=entry.lat if point else None,
        lon=entry.lon if point else None,
        mention=Mention(toponym.start, toponym.end, "", toponym.text),
        admin2=entry.admin2,
        feature=entry.kind,
        geonameid=entry.geonameid,
        confidence=round(confidence, 3),
    )
