"""Actors: a dictionary of the words that name a country's state or people.

Country names, demonyms ("Azeri") and capitals used as metonyms ("Baku") all point to one
country; the kind of the actor ("soldiers", "ministry", "villagers") comes from the noun
they modify.

>>> book = load_actor_book()
>>> book.lookup(("baku",))
('AZ', 'capital')
>>> book.lookup(("azeri",))
('AZ', 'demonym')
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from flashpoint.models import Actor, ActorKind

# Nouns that say what kind of group a speaker or a casualty figure is about.
GROUP_KINDS: dict[str, ActorKind] = {
    **dict.fromkeys(
        "soldier serviceman servicemen troop army military force guard sergeant officer "
        "personnel marine paratrooper conscript commander airman pilot ministry defence "
        "defense government navy brigade battalion regiment unit colonel lieutenant captain "
        "corporal general ranger trooper jawan jawans commando".split(),
        ActorKind.STATE_FORCES,
    ),
    **dict.fromkeys(
        "civilian villager resident people person child children woman women man men farmer "
        "worker student teacher family passenger shepherd refugee journalist aid peasant driver "
        "priest nun businessman merchant bystander "
        "pedestrian teenager boy girl baby infant doctor nurse tourist mayor judge politician "
        "unionist leader employee citizen inhabitant victim senator candidate banker reporter "
        "photographer cameraman technician vendor trader lawyer magistrate councilman "
        "congressman jesuit wife husband son daughter mother father brother sister relative "
        "pastor monk engineer activist fisherman fishermen herder herdsman hunter miner "
        "labourer laborer pilgrim worshipper traveller traveler commuter motorist shopkeeper "
        "customer guest mourner pupil schoolchild schoolgirl schoolboy patient governor minister "
        "official "
        # a politician's bodyguards, like a security guard, are no soldiers
        "bodyguard crewmember crewman minor headman professor lecturer imam cleric "
        "prefect ambassador diplomat prosecutor legislator alderman councillor councilor "
        # "passers-by" (the hyphen splits it); people counted by their faith
        "passer christian christians muslim muslims hindu hindus sikh sikhs buddhist buddhists "
        "jew jews".split(),
        ActorKind.CIVILIANS,
    ),
    **dict.fromkeys(
        "police policeman policemen policewoman policewomen gendarme patrolman inspector "
        "constable cop".split(),
        ActorKind.POLICE,
    ),
    # a peacekeeping mission's troops: ACLED's external/other forces, of the country that
    # sent them when the text names it ("a Cameroonian peacekeeper"), never of the host's
    **dict.fromkeys(["peacekeeper", "peacekeepers"], ActorKind.EXTERNAL_FORCES),
    **dict.fromkeys(["protester", "protestor", "demonstrator", "marcher"], ActorKind.PROTESTERS),
    **dict.fromkeys(["rioter", "looter", "mob"], ActorKind.RIOTERS),
    **dict.fromkeys(
        "militant fighter rebel insurgent jihadist gunman gunmen attacker separatist extremist "
        "terrorist assailant guerrilla guerilla bandit cartel gang gangster raider kidnapper "
        "abductor mercenary maoist maoists naxal naxals naxalite naxalites intruder "
        # "subversives": rebels, as a government's communiques call them
        "infiltrator operative subversive".split(),
        ActorKind.MILITANTS,
    ),
    # militias that defend a place or side with the state (Burkina Faso's VDP): of where
    # they fight, like its forces
    # village defence volunteers too ("a village volunteer was killed"; an aid volunteer is
    # a civilian, see ``claims.group_kind``)
    **dict.fromkeys(
        ["militia", "militiaman", "militiamen", "volunteer"], ActorKind.POLITICAL_MILITIA
    ),
}

# The kinds of armed men: a killing of them is a fight between armed men.
ARMED_KINDS = frozenset(
    {
        ActorKind.STATE_FORCES,
        ActorKind.POLICE,
        ActorKind.MILITANTS,
        ActorKind.POLITICAL_MILITIA,
        ActorKind.EXTERNAL_FORCES,
    }
)

# Speakers who belong to no side.
INDEPENDENT_SPEAKERS = frozenset(
    "un nations hospital doctor medic red crescent cross ngo observatory monitor watch amnesty "
    "witness analyst journalist rescuer rescuers rescue helmet helmets".split()
)

AMBIGUOUS_LOWER = frozenset({"turkey", "chad", "jordan", "georgia", "niger", "guinea"})


@dataclass(frozen=True, slots=True)
class ActorBook:
    """Every form that names a country, mapped to (ISO code, kind of form)."""

    forms: dict[tuple[str, ...], tuple[str, str]]
    names: dict[str, str]
    longest: int
    firsts: frozenset[str] = frozenset()

    def lookup(self, words: Sequence[str]) -> tuple[str, str] | None:
        """(country, form kind) for lower-cased words, or None."""
        return self.forms.get(tuple(words))

    def country_actor(self, code: str, kind: ActorKind = ActorKind.STATE_FORCES) -> Actor:
        """The canonical actor for a country's state (or another kind of the same country)."""
        name = self.names.get(code, code)
        suffix = "" if kind is ActorKind.STATE_FORCES else f" ({kind.value})"
        return Actor(id=f"{code}:{kind.value}", name=f"{name}{suffix}", country=code, kind=kind)

    def name(self, code: str | None) -> str:
        """The country's short name, or "unknown"."""
        return self.names.get(code, code) if code else "unknown"


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


@lru_cache(maxsize=1)
def load_actor_book() -> ActorBook:
    """Read the bundled country table (names, aliases, demonyms, capitals) once."""
    forms: dict[tuple[str, ...], tuple[str, str]] = {}
    names: dict[str, str] = {}
    table = resources.files("flashpoint") / "data" / "countries.tsv"
    with table.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            code = row["iso2"]
            names[code] = row["name"]
            columns = (
                ("name", [row["name"]]),
                ("name", _split(row["aliases"])),
                ("demonym", _split(row["demonyms"])),
                ("capital", _split(row["capital"])),
            )
            for kind, values in columns:
                for value in values:
                    key = tuple(_words(value))
                    forms.setdefault(key, (code, kind))
    firsts = frozenset(key[0] for key in forms)
    return ActorBook(forms, names, max(len(key) for key in forms), firsts)


def _words(text: str) -> list[str]:
    """Split a form as the tokenizer would, roughly: words and possessive marks apart."""
    return text.lower().replace("-", " - ").split()


def match_countries(tokens: Sequence[object], book: ActorBook) -> list[tuple[int, int, str, str]]:
    """Find country forms in a sequence of spaCy tokens: (start, end, code, form kind).

    Greedy longest match; a form that is also a common word ("turkey", "chad") must be
    capitalised to count.
    """
    found: list[tuple[int, int, str, str]] = []
    if tokens and hasattr(tokens[0], "lower_"):
        lowers = [t.lower_ for t in tokens]  # type: ignore[attr-defined]
    else:
        lowers = [str(t).lower() for t in tokens]
    # A wire dateline's city is where the bureau sits ("NAIROBI, Feb 7 (Reuters) -" over a
    # story from Ethiopia): only a country named there counts.
    doc = getattr(tokens[0], "doc", None) if tokens else None
    first_at, last = doc.user_data.get("dateline", (0, 0)) if doc is not None else (0, 0)
    i = 0
    while i < len(tokens):
        if book.firsts and lowers[i] not in book.firsts:
            i += 1
            continue
        for size in range(min(book.longest, len(tokens) - i), 0, -1):
            hit = book.lookup(lowers[i : i + size])
            if hit is None:
                continue
            first = tokens[i]
            text = str(getattr(first, "text", first))
            if size == 1 and lowers[i] in AMBIGUOUS_LOWER and not text[:1].isupper():
                continue
            if not text[:1].isupper() and not text[:1].isdigit():
                continue
            if hit[1] != "name" and first_at <= int(getattr(first, "idx", -1)) < last:
                continue
            found.append((i, i + size, hit[0], hit[1]))
            i += size - 1
            break
        i += 1
    return found


def claimant_country(text: str) -> str | None:
    """The country a free-text claimant names first ("Armenia (its defence ministry)" -> AM).

    >>> claimant_country("Azerbaijan (its ministry of defence)")
    'AZ'
    >>> claimant_country("the report ('more than 6,000 people were killed')") is None
    True

    A claimant may also open with the country's ISO code ("NE (defence ministry)").

    >>> claimant_country("NE (defence ministry)"), claimant_country("UN (OCHA)") is None
    ('NE', True)
    """
    book = load_actor_book()
    opening = re.match(r"([A-Z]{2})\s*\(", text)
    if opening is not None and opening.group(1) in book.names:
        return opening.group(1)
    words = [w for w in re.findall(r"[\w.-]+|'s|’s", text)]
    return next((code for _, _, code, _ in match_countries(words, book)), None)
