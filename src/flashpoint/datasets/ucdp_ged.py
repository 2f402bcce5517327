"""UCDP GED: coded events whose place descriptions ("vicinity of X village in Y district")
come with the coder's answer (latitude, longitude, admin1, admin2 and ``where_prec``).

Each ``where_description`` is geocoded with the event's ``country`` as context, by the real
geocoder and by a plain baseline measured in the same run (the first name found, read as its
most populous place, as simple geoparsers do). Scores: median error in km and the share
within 25 km and 161 km where the gold is a point or near one (``where_prec`` <= 2), and
admin1 and country accuracy where the gold is at least a first-level region
(``where_prec`` <= 4). A prediction with no point counts as an infinite error.

UCDP codes some events under a state other than the one that holds the place today: the
West Bank and Gaza under Israel, some events of the 1990s in Yugoslavia's successor states
(towns of Bosnia and Kosovo) under "Serbia (Yugoslavia)". Such a row's ``also`` lists the
territories its country covers (:data:`COVERS`); they are given to the geocoder as context
with the country itself, and a place in any of them counts as the right country.

The gold admin1 is the gazetteer's first-level region whose name matches ``adm_1`` (type
words such as "province" dropped), or failing that is spelled alike ("Hilmand" for
"Helmand"); a region that holds no populated place in the gazetteer (GeoNames' "Gaza
Strip" beside the ISO governorates that hold its towns) does not count, since no prediction
could name it. When none does (regions renamed since, such as Nepal's old zones, or an
empty ``adm_1``), the gold is the region of the populated places nearest the gold point,
each weighted by its closeness.

>>> rows = [Row("1", "Gwoza town", "NG", 1, 11.08, 13.69, "Borno state")]
>>> [m.name for m in score(rows, [Place("Gwoza", "NG", 1, "NG-BO", 11.08, 13.70)],
...  gold_admin1=["NG-BO"]).metrics][:3]
['median_km', 'within_25km', 'within_161km']
"""

from __future__ import annotations

import csv
import re
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from flashpoint.errors import InputError
from flashpoint.evaluate import Metric, Scores, share
from flashpoint.geo.gazetteer import key
from flashpoint.geo.geocoder import Geocoder, distance_km
from flashpoint.geo.words import ADMIN_WORDS
from flashpoint.models import Place

COLUMNS = ("id", "where_description", "country", "where_prec", "latitude", "longitude", "adm_1")
# Territories UCDP codes under another state (ISO codes of the GED country -> the others).
COVERS = {
    "IL": ("PS",),
    "RS": ("BA", "HR", "XK", "ME", "SI", "MK"),
}
# Words after a region's name in ``adm_1`` that say what kind of region it is.
TYPE_WORDS = ADMIN_WORDS | {
    "republic",
    "krai",
    "kray",
    "okrug",
    "oblast",
    "autonomous",
    "independent",
    "city",
    "capital",
    "federal",
    "special",
    "island",
    "islands",
    "area",
    "areas",
}
# How many populated places near the gold point vote for its region.
VOTERS = 5


@dataclass(frozen=True, slots=True)
class Row:
    """One coded event's place: the description, the country, and the coder's answer."""

    id: str
    description: str
    country: str
    where_prec: int
    lat: float
    lon: float
    adm_1: str
    also: tuple[str, ...] = ()

    @property
    def countries(self) -> tuple[str, ...]:
        """The row's country and the territories UCDP codes under it."""
        return (self.country, *self.also)


def load(path: Path, geocoder: Geocoder | None = None) -> Iterator[Row]:
    """Stream the rows of a UCDP GED CSV; the country name becomes an ISO code.

    Without a geocoder the country stays as written. A file without the GED columns raises
    InputError.
    """
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise InputError(
                f"{path}: not a UCDP GED file (no column {', '.join(missing)}); "
                "export the GED CSV with all its columns"
            )
        for number, raw in enumerate(reader, start=2):
            try:
                row = Row(
                    raw["id"],
                    raw["where_description"].strip(),
                    raw["country"].strip(),
                    int(float(raw["where_prec"])),
                    float(raw["latitude"]),
                    float(raw["longitude"]),
                    raw["adm_1"].strip(),
                )
            except ValueError as exc:
                raise InputError(f"{path} line {number}: {exc}") from None
            if geocoder is not None:
                code = country_code(row.country, geocoder)
                row = replace(row, country=code, also=covered(row.country, code))
            yield row


def country_code(name: str, geocoder: Geocoder) -> str:
    """ISO code of a GED country name such as "DR Congo (Zaire)" or "Macedonia, FYR"."""
    for part in (name.split("(")[0], name.split(",")[0], *re.findall(r"\((.*?)\)", name)):
        for entry in geocoder.gazetteer.lookup(part.strip()):
            if entry.kind == "country":
                return entry.country
    return name


def covered(name: str, code: str) -> tuple[str, ...]:
    """The territories UCDP codes under a GED country (see :data:`COVERS`).

    Israel covers Palestine; Serbia covers the other parts of Yugoslavia only when the GED
    name says "(Yugoslavia)".

    >>> covered("Israel", "IL"), covered("Serbia", "RS"), covered("Serbia (Yugoslavia)", "RS")[:2]
    (('PS',), (), ('BA', 'HR'))
    """
    if code == "RS" and "yugoslavia" not in name.lower():
        return ()
    return COVERS.get(code, ())


def gold_admin1(row: Row, geocoder: Geocoder) -> str | None:
    """The gold admin1 code: by the name in ``adm_1``, else by the places nearest the point."""
    words = key(row.adm_1).split()
    while words and words[-1] in TYPE_WORDS:
        words.pop()
    name = " ".join(words)
    gazetteer = geocoder.gazetteer
    for entries in (gazetteer.lookup_key(name), gazetteer.sounds_like(name, row.countries)):
        regions = [
            e
            for e in (entries if name else ())
            if e.kind == "admin1" and e.country in row.countries and e.lat is not None
        ]
        regions.sort(key=lambda e: key(e.name) != name)
        if regions:
            return regions[0].admin1
    votes: dict[str, float] = {}
    for entry in gazetteer.nearby(row.lat, row.lon, row.countries, limit=VOTERS):
        if entry.admin1 and entry.lat is not None and entry.lon is not None:
            closeness = 1 / (1 + distance_km(row.lat, row.lon, entry.lat, entry.lon))
            votes[entry.admin1] = votes.get(entry.admin1, 0.0) + closeness
    return max(votes, key=lambda code: votes[code]) if votes else None


def predict(rows: Sequence[Row], geocoder: Geocoder) -> tuple[list[Place], list[Place]]:
    """The geocoder's place and the baseline's place for each row."""
    ours = [geocoder.place_of(r.description, countries=r.countries) for r in rows]
    plain = [
        geocoder.baseline(r.description) or Place(name=r.description, precision=None) for r in rows
    ]
    return ours, plain


def score(
    rows: Sequence[Row], places: Sequence[Place], *, gold_admin1: Sequence[str | None]
) -> Scores:
    """Median error km, within 25/161 km (gold where_prec <= 2), admin1 and country accuracy."""
    points = [(r, p) for r, p in zip(rows, places, strict=True) if r.where_prec <= 2]
    errors = [
        distance_km(r.lat, r.lon, p.lat, p.lon)
        if p.lat is not None and p.lon is not None
        else float("inf")
        for r, p in points
    ]
    median = statistics.median(errors) if errors else None
    regions = [
        (r, p, g) for r, p, g in zip(rows, places, gold_admin1, strict=True) if r.where_prec <= 4
    ]
    metrics = (
        Metric(
            "median_km", None if median is None or median == float("inf") else median, len(errors)
        ),
        share("within_25km", sum(e <= 25 for e in errors), len(errors)),
        share("within_161km", sum(e <= 161 for e in errors), len(errors)),
        share("admin1", sum(g is not None and p.admin1 == g for _, p, g in regions), len(regions)),
        share("country", sum(p.country in r.countries for r, p, _ in regions), len(regions)),
    )
    details = tuple(
        (r.id, f"{r.description!r} -> {p.name} ({p.country}, {p.admin1}, prec {p.precision})")
        for r, p, g in regions
        if p.admin1 != g
    )
    return Scores(metrics, details)


def evaluate(path: Path, geocoder: Geocoder) -> tuple[Scores, Scores]:
    """Geocode every row of a GED file; scores of the geocoder and of the baseline.

    >>> import pathlib, tempfile
    >>> from flashpoint.geo.geocoder import make_geocoder
    >>> ged = pathlib.Path(tempfile.mkdtemp()) / "ged.csv"
    >>> row = "1,Gwoza town,Nigeria,1,11.08,13.69,Borno state"
    >>> _ = ged.write_text(",".join(COLUMNS) + "\\n" + row + "\\n")
    >>> ours, plain = evaluate(ged, make_geocoder())
    >>> ours["within_25km"].value, ours["admin1"].value, ours["country"].n
    (1.0, 1.0, 1)
    """
    rows = list(load(path, geocoder))
    gold = [gold_admin1(row, geocoder) for row in rows]
    ours, plain = predict(rows, geocoder)
    return score(rows, ours, gold_admin1=gold), score(rows, plain, gold_admin1=gold)
