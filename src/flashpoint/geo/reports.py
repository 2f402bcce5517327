"""Placing reports: each report's raw toponyms become resolved places, the event's place first.

A report's places come from its own sentences (the trigger's, its claims' and its mentions'),
resolved together with the report's countries as context. The first is the event's place:
places known better than a border segment come first, those named in the trigger's own
sentence before those named elsewhere ("the defence ministry in Kabul said" is where someone
spoke), then by precision and by where the text names them. The others stay as the report's
other accounts of where it happened ("the northeast part of the border"). A place outside the
report's countries is dropped. With no place found, each of the report's countries stands as
a country-level place: precision 6 and no point. Names the gazetteer cannot resolve stay at
the end with no precision, so that what was not resolved is visible.

>>> from flashpoint.geo.geocoder import make_geocoder
>>> from flashpoint.models import Mention
>>> sentence = "Armenia attacked along the border in the Kalbajar district, Azerbaijan said."
>>> places = places_of(sentence, [sentence], ("AM", "AZ"), (), make_geocoder())
>>> [(p.admin1, p.precision) for p in places]
[('AZ-KAL', 4)]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from flashpoint.actors import ARMED_KINDS, load_actor_book
from flashpoint.claims import of_no_group, with_claim
from flashpoint.geo.gazetteer import key
from flashpoint.geo.geocoder import Geocoder
from flashpoint.geo.toponyms import Toponym, body_of_water, find
from flashpoint.geo.words import ADMIN_WORDS, CITY_WORDS
from flashpoint.models import ActorKind, Article, Claim, ClaimKind, Mention, Outcome, Place, Report


def locate(article: Article, reports: Iterable[Report], geocoder: Geocoder) -> list[Report]:
    """The reports with their raw toponyms replaced by resolved places.

    A report that names no country is read in the countries the article's other reports
    name, or else in the one country the article's places lie in for sure ("Zamfara State"
    makes "the North-west" Nigeria's region, not South Africa's province). A report whose
    own countries leave it with no place is read in that country too ("FLA fighters
    ambushed a convoy travelling with Russian paramilitaries between Anefis and Kidal", in
    an article whose places are all in Mali)."""
    reports = list(reports)
    named = sorted({c for r in reports for c in r.countries})
    contexts = [sorted(set(r.countries)) or named for r in reports]
    found = [
        places_of(article.text, sentences(r), c, r.places, geocoder, afar=_struck_from_afar(r))
        for r, c in zip(reports, contexts, strict=True)
    ]
    sure = _sure_home(found)
    # where the article has placed something at home, a place in a country it never names
    # is a namesake even when its name means nothing else ("Tawila" in Yemen, in a report
    # of Darfur that places a drone strike in Mellit)
    home = {p.country for places in found for p in places if (p.precision or 7) <= 4}
    for i, (report, countries) in enumerate(zip(reports, contexts, strict=True)):
        unnamed = [p for p in found[i] if _abroad(p, countries) and p.country not in named]
        if set(countries) & home and unnamed:
            found[i] = places_of(
                article.text,
                sentences(report),
                countries,
                report.places,
                geocoder,
                afar=_struck_from_afar(report),
                at_home=True,
            )
    placed = []
    for report, countries, places in zip(reports, contexts, found, strict=True):
        located = any((p.precision or 7) <= 5 for p in places)
        if set(sure) - set(countries) and (not countries or not located):
            wider = sorted({*countries, *sure})
            places = places_of(
                article.text,
                sentences(report),
                wider,
                report.places,
                geocoder,
                afar=_struck_from_afar(report),
            )
        # sides the place settles may show two claims to be one ("officials from both
        # countries" and the army, each giving four soldiers killed)
        folded: list[Claim] = []
        settled = _settled_by_place(report, places)
        for claim in settled:
            folded = with_claim(folded, _of_the_one_side_counted(claim, settled))
        placed.append(replace(report, places=tuple(places), claims=tuple(folded)))
    return placed


def _abroad(place: Place, countries: Sequence[str]) -> bool:
    """A place known better than a country, outside the report's countries."""
    return (
        (place.precision or 7) <= 4
        and place.feature != "border"
        and place.country is not None
        and place.country not in countries
    )


def _struck_from_afar(report: Report) -> bool:
    """A strike whose only side is the one that struck ("Russian artillery hit the
    Korabelnyi district of Kherson"): its place is as likely abroad as at home."""
    return report.eval_type == "shelling_airstrike" and len(set(report.countries)) == 1


def _sure_home(found: Sequence[Sequence[Place]]) -> list[str]:
    """The one country an article's resolved places lie in for sure: the one they agree on,
    or the one that holds at least three times as many of them as any other ("Bijapur",
    "Chhattisgarh", "Telangana" and "Sukma" against a "National Park" in New Jersey)."""
    counts = Counter(
        {
            (p.name, p.country): p.country
            for places in found
            for p in places
            if p.country and (p.precision or 7) <= 4 and _abroad_for_sure(p)
        }.values()
    )
    ranked = counts.most_common(2)
    if len(ranked) == 1 or (len(ranked) == 2 and ranked[0][1] >= 3 * ranked[1][1]):
        return [ranked[0][0]]
    return []


_OFFICIALS = frozenset({ActorKind.OFFICIAL, ActorKind.STATE_FORCES, ActorKind.POLICE})
_FORCES = frozenset({ActorKind.STATE_FORCES, ActorKind.POLICE, ActorKind.POLITICAL_MILITIA})


def _settled_by_place(report: Report, places: Sequence[Place]) -> tuple[Claim, ...]:
    """Sides the place settles, once the event's place is known better than a border segment:
    civilians counted with no side of their own, and a toll that names nobody, are of the
    country where it happened (failing a place, of the report's one country); an
    official who speaks with no country named ("the governor", "security sources", "police")
    speaks for that country, and soldiers or police that official counts are its own."""
    where = places[0] if places else None
    if where is None or where.country is None or (where.precision or 7) > 4:
        # a report that names no country of its own is in the one its place lies in
        # ("troops killed six bandits in an ambush along the Tsafe-Gusau road", placed in
        # Nigeria by the article around it)
        countries = report.countries or ((where.country,) if where and where.country else ())
        return tuple(_settled_by_country(countries, report, c) for c in report.claims)
    claims = []
    for claim in report.claims:
        unsided = claim.kind is ClaimKind.CASUALTIES and claim.subject_country is None
        official = (
            claim.speaker_country is None
            and claim.speaker_kind in _OFFICIALS
            and of_no_group(claim.speaker)
        )
        if unsided and (_people_of_the_place(claim, report) or claim.subject_kind in _FORCES):
            # soldiers or police with no nationality are those of where they were hit
            claim = replace(claim, subject_country=where.country)
        if official:
            claim = replace(claim, speaker_country=where.country)
        claims.append(claim)
    return tuple(claims)


def _people_of_the_place(claim: Claim, report: Report) -> bool:
    """Civilians or demonstrators with no side of their own, or a toll that names nobody
    ("the death toll rose to 31"): the people of where it happened; not the dead of a clash
    that counts armed men, who may be of either side ("the toll in the encounter with Maoists
    rose to 14"), though "no casualties" after one is of where it was. So are suspects or
    informants the state held (unless a clash with armed men took them), and people of no
    armed group counted in an attack on civilians ("40 of its members were killed")."""
    nameless = not claim.subject or claim.subject.lower() in _TOLL_WORDS
    toll = claim.subject_kind is ActorKind.UNKNOWN and nameless
    armed = any(c.subject_kind in ARMED_KINDS for c in report.claims)
    of_a_clash = report.sub_event_type == "Armed clash" and claim.low != 0 and armed
    # "three suspects were arrested": held by the state where it happened, its people,
    # unless they are taken in a clash with armed men, who may be of either side
    held = claim.outcome is Outcome.CAPTURED and claim.subject.lower() in _SUSPECTS
    held = held and not (report.sub_event_type == "Armed clash" and armed)
    # "40 of its members were killed", told of an attack on civilians: people of no armed
    # group, its victims
    unarmed = claim.subject_kind is ActorKind.UNKNOWN and report.eval_type == "attack_on_civilians"
    return claim.subject_kind in _PEOPLE or (toll and not of_a_clash) or held or unarmed


_SUSPECTS = frozenset({"suspect", "suspects", "informant", "informants"})
_PEOPLE = frozenset({ActorKind.CIVILIANS, ActorKind.PROTESTERS, ActorKind.RIOTERS})


def _of_the_one_side_counted(claim: Claim, claims: Sequence[Claim]) -> Claim:
    """A toll that names nobody ("a local official put the toll at nearly 30") puts a number
    on a vague count of one side ("killing dozens of volunteers and soldiers") when every
    other count of that outcome is of that side; a toll after an exact count ("killing two
    policemen ... the toll in the encounter rose to 14") may be of either side."""
    nameless = not claim.subject or claim.subject.lower() in _TOLL_WORDS
    unsided = claim.kind is ClaimKind.CASUALTIES and claim.subject_country is None
    if not nameless or not unsided or claim.low == 0:
        return claim
    counted = [
        c
        for c in claims
        if c is not claim
        and c.kind is ClaimKind.CASUALTIES
        and c.outcome is claim.outcome
        and c.subject
        and c.subject.lower() not in _TOLL_WORDS
    ]
    sides = {c.subject_country for c in counted}
    vague = any(c.figure is None for c in counted)
    side = sides.pop() if len(sides) == 1 and vague else None
    return claim if side is None else replace(claim, subject_country=side)


# a figure that counts only the dead themselves ("12 deaths", "30 casualties")
_TOLL_WORDS = frozenset(
    "death deaths dead fatality fatalities casualty casualties victim victims body bodies".split()
)


def _settled_by_country(countries: Sequence[str], report: Report, claim: Claim) -> Claim:
    """With no place known better than a country: such people are of the report's one
    country, if it has one."""
    unsided = claim.kind is ClaimKind.CASUALTIES and claim.subject_country is None
    people = _people_of_the_place(claim, report) or claim.subject_kind in _FORCES
    if unsided and people and len(countries) == 1:
        return replace(claim, subject_country=countries[0])
    return claim


def sentences(report: Report) -> list[str]:
    """The report's own sentences, each once, in the order first met."""
    found = [report.trigger.sentence]
    for claim in report.claims:
        found += [claim.mention.sentence, *(m.sentence for m in claim.evidence)]
    found += [m.sentence for m in report.mentions]
    return list(dict.fromkeys(s for s in found if s))


def places_of(
    text: str,
    texts: Sequence[str],
    countries: Sequence[str],
    raw: Sequence[Place],
    geocoder: Geocoder,
    *,
    afar: bool = False,
    at_home: bool = False,
) -> list[Place]:
    """Resolved places of some sentences of a text (see the module docstring).

    ``raw`` are the toponyms the extractor found (the parser's place entities); those the
    finder missed ("San ramon" in truecased wire copy) are looked up as they are. With
    ``afar`` (a strike from abroad), a place outside ``countries`` that is called by the
    name written is kept even when the name means other things too; with ``at_home`` (the
    text has placed something in ``countries``), a place outside them is kept only so.
    """
    toponyms: list[Toponym] = []
    where: dict[int, str] = {}
    names = [p.name for p in raw]
    for sentence in texts:
        offset = max(text.find(sentence), 0)
        for found in find(sentence, geocoder.gazetteer, entities=names):
            moved = replace(found, start=found.start + offset, end=found.end + offset)
            if moved.start not in where:
                where[moved.start] = sentence
                toponyms.append(moved)
    for place in raw:
        extra = _entity(place, toponyms, geocoder)
        if extra is not None and place.mention is not None:
            where[extra.start] = place.mention.sentence
            toponyms.append(extra)
    kept: dict[tuple[object, ...], Place] = {}
    for toponym, place in geocoder.pairs(toponyms, countries=countries):
        abroad = countries and place.feature != "border" and place.country not in countries
        # a place abroad is kept when its name means nothing else ("Balochistan" in a report
        # that names only India, blamed for backing the attackers), and only while no place
        # at home is known (else it is a namesake: "Liancourt"); a place that only answers
        # to the name ("Nasir Extension", a suburb of Khartoum, for Nasir in South Sudan)
        # is no such place
        sure = _abroad_for_sure(place) and _named_place(toponym.text, names)
        if abroad and not (((sure and not at_home) or afar) and _called(place, toponym.text)):
            continue
        owner = _owner(text, toponym.start)
        if owner is not None and place.country is not None and owner != place.country:
            continue  # "Colombia's Catatumbo region" is not the Venezuelan municipality
        region = _region_owner(text, toponym.start, geocoder)
        if region and place.admin1 not in region:
            # "Jammu and Kashmir's Poonch district" is India's Poonch, not Pakistan's
            inside = next((a for a in place.alternatives if a.admin1 in region), None)
            if inside is None:
                continue
            place = replace(inside, alternatives=())
        mention = Mention(toponym.start, toponym.end, where[toponym.start], toponym.text)
        kept.setdefault((place.name, place.feature, place.admin1), replace(place, mention=mention))
    home = [p for p in kept.values() if not countries or p.country in countries]
    if any((p.precision or 7) <= 4 for p in home):
        kept = {k: p for k, p in kept.items() if p in home or p.feature == "border"}
    # a place named in the trigger's sentence comes first among places known better than a
    # border segment: a more precise place elsewhere ("the defence ministry in Kabul said")
    # is where someone spoke, not where it happened
    lead = texts[0] if texts else ""
    ordered = sorted(
        kept.values(),
        key=lambda p: (
            (p.precision or 7) >= 5,
            p.mention is None or p.mention.sentence != lead,
            p.precision or 7,
            _start(p),
        ),
    )
    if not ordered:
        ordered = [geocoder.country(code) for code in countries]
    named = [key(p.mention.text) for p in kept.values() if p.mention is not None]
    return ordered + [
        Place(name=n, mention=p.mention)
        for p in raw
        if (n := p.name.strip()) and not any(m in key(n) or key(n) in m for m in named)
    ]


# Words that may stand between a possessive and its place ("Colombia's restive northern
# Catatumbo region"), and no others ("Russia's attack on Kharkiv").
_BETWEEN = (
    r"['’]s\s+(?i:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"northeastern|northwestern|southeastern|southwestern|far|restive|remote|coastal|rural)"
    r"\s+){0,2}$"
)
_OWNER = re.compile(r"((?:[A-Z][\w.-]*\s)?(?:[A-Z][\w.-]*\s)?[A-Z][\w.-]*)" + _BETWEEN)


def _owner(text: str, start: int) -> str | None:
    """The country a possessive names right before a place ("Colombia's Catatumbo region",
    "Chad's Lake province"), if any."""
    found = _OWNER.search(text[max(0, start - 60) : start])
    if found is None:
        return None
    words = found.group(1).lower().split()
    book = load_actor_book()
    for first in range(len(words)):  # "In Colombia's": the longest name that ends there
        form = book.lookup(words[first:])
        if form is not None:
            return form[0] if form[1] in {"name", "alias"} else None
    return None


# A region's possessive right before a place: "Jammu and Kashmir's Poonch district",
# "Borno's northern Gwoza".
_REGION_OWNER = re.compile(
    r"((?:[A-Z][\w.-]*\s(?:(?:and|of|del|de)\s)?){0,3}[A-Z][\w.-]*)" + _BETWEEN
)


def _region_owner(text: str, start: int, geocoder: Geocoder) -> set[str]:
    """The first-level regions a possessive names, by their own name, right before a place
    (none when the words are not such a region's name)."""
    found = _REGION_OWNER.search(text[max(0, start - 80) : start])
    if found is None:
        return set()
    words = found.group(1).split()
    for first in range(len(words)):  # the longest name that ends there
        name = " ".join(words[first:])
        if name.split()[0].lower() in {"and", "of", "del", "de"}:
            continue
        regions = {
            e.admin1
            for e in geocoder.gazetteer.lookup(name)
            if e.kind == "admin1" and e.admin1 and key(e.name) == key(name)
        }
        if regions:
            return regions
    return set()


def _named_place(text: str, names: Sequence[str]) -> bool:
    """Whether the parser too read these words as a place ("Quetta"), not as an institution
    ("Congress")."""
    wanted = f" {key(text)} "
    return any(wanted in f" {key(name)} " for name in names)


def _called(place: Place, text: str) -> bool:
    """Whether a place goes by the words the text names it with, not by a longer name of
    which they are a part ("Nasir Extension" is not "Nasir"); a region may add its kind
    ("Balochistan Province")."""
    name, said = key(place.name), key(text)
    longer = name != said and f" {said} " in f" {name} "
    return not longer or place.feature in {"admin1", "admin2"}


def _abroad_for_sure(place: Place) -> bool:
    """A town or region outside the report's countries whose readings all but certainly lie
    in one country ("Quetta" in a report that names only India, blamed for the attack)."""
    if place.feature not in {"city", "admin1", "admin2"}:
        return False
    same = sum(a.confidence or 0.0 for a in place.alternatives if a.country == place.country)
    return (place.confidence or 0.0) + same >= 0.8


def _entity(place: Place, found: Sequence[Toponym], geocoder: Geocoder) -> Toponym | None:
    """A parser's place entity as a toponym, unless the finder has it or it names an actor."""
    if place.mention is None or any(t.start <= place.mention.start < t.end for t in found):
        return None
    words = place.name.split()
    if body_of_water(words):
        return None  # "in the Red Sea": no place on land
    start = place.mention.start
    if words and words[0].lower() == "the":
        start += place.name.index(words[1]) if len(words) > 1 else 0
        words = words[1:]
    hint = None
    if len(words) > 1 and words[-1].lower() in ADMIN_WORDS | CITY_WORDS:
        hint = "admin" if words[-1].lower() in ADMIN_WORDS else "city"
        words = words[:-1]
    name = " ".join(words)
    form = load_actor_book().lookup(name.lower().split())
    if not name or (form is not None and form[1] in ("demonym", "capital")):
        return None
    if not geocoder.gazetteer.lookup(name):
        return None
    return Toponym(name, start, start + len(name), hint)


def _start(place: Place) -> int:
    return place.mention.start if place.mention is not None else 0
