"""Finding toponyms: gazetteer names in text, with the words around them that say what they are.

A name found in running text counts only with support: a place word next to it ("the
Kalbajar district", "the village of X"), a locative preposition before it ("in", "near"),
or the parser's own place entities. Demonyms and capitals used as metonyms ("Azeri",
"retaken by Baku", "a statement from Baku") are actors, not places; lower-case words never
fire in ordinary text.
Border segments ("the northeast part of the border between A and B") are found as such.

>>> from flashpoint.geo.gazetteer import open_gazetteer
>>> found = find("Fighting along the border in the Kalbajar district.", open_gazetteer())
>>> [(t.text, t.hint) for t in found]
[('Kalbajar', 'admin')]
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from flashpoint.actors import load_actor_book
from flashpoint.geo.gazetteer import Entry, Gazetteer, key, loose_key, unarticled
from flashpoint.geo.words import (
    ADMIN_WORDS,
    CITY_WORDS,
    DIRECTIONS,
    FACILITY_WORDS,
    FILLERS,
    INSIDE,
    JOINERS,
    LOCATIVE,
    NEAR_WORDS,
    NEVER_FIRST,
    PART_WORDS,
    RURAL,
    typed,
)
from flashpoint.truecase import shouting

_TOKEN = re.compile(r"[^\W_](?:[\w'’`ʻ.-]*[^\W_])?")
_BREAK = re.compile(r"[,;:()\[\]!?\"“”/\n]|\.\s|\s[-–—]\s|['’]s\b")
_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*"
_BORDER = re.compile(
    r"(?i:\b(?P<part>north|south|east|west|northeast|northwest|southeast|southwest|northern|"
    r"southern|eastern|western|northeastern|northwestern|southeastern|southwestern)\s+"
    r"(?:part|section|stretch|segment|portion|sector|side)\s+of\s+)?"
    r"(?i:\bthe\s+(?:(?:state|common|shared|disputed)\s+)?border\s+)"
    r"(?:(?i:between\s+(?:the\s+)?(?:two\s+)?countries)"
    rf"|(?i:between)\s+(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})"
    rf"|(?i:with)\s+(?P<c>{_NAME}))"
)
MAX_WORDS = 5
_LOWER = re.compile(r"\b[a-z]{4,}\b")
# What stands between the names of a list: commas and "and" ("A, B, and C", "A & B").
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?P<last>(?:and|&)\s+)?|(?P<and>(?:and|&)\s+))$", re.I)
# A name that this many places' names begin with is a common first word of names.
GENERIC = 5
# How alike (difflib ratio) a place's own name, or one of its other spellings, must be to a
# name to stand for it.
ALIKE = 0.7
ALIKE_OTHER = 0.85
# Failing those, how alike a spelling whose skeleton only begins as the name's does must be
# ("Chitrakona" for "Chitrakonda").
NEAR = 0.9
_VOWELS = frozenset("aeiou")
_ARTICLED = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)[-‑][A-Z]")


@dataclass(frozen=True, slots=True)
class Toponym:
    """A name found in text, where it is, and what the words around it say about it."""

    text: str
    start: int
    end: int
    hint: str | None = None
    near: bool = False
    part: str | None = None
    sides: tuple[str, ...] = ()
    listed: bool = False

    @property
    def is_border(self) -> bool:
        """A border segment rather than a named place."""
        return bool(self.sides) or self.hint == "border"


def find(
    text: str,
    gazetteer: Gazetteer,
    *,
    entities: Collection[str] = (),
    loose: bool = False,
    countries: Collection[str] = (),
    partial: bool = False,
    alike: bool = True,
    near: bool = False,
) -> list[Toponym]:
    """Toponyms in text, in order. ``loose`` reads a place description (every name counts).

    ``entities`` are place names the parser found; they count as support. In a description
    with ``countries``, a name the gazetteer lacks may match a place spelled alike there.
    With ``partial``, a known name spelled as written inside a longer unknown one ("Daraa"
    in "Daraa Balad") is kept as a place near which the longer one lies.

    >>> from flashpoint.geo.gazetteer import open_gazetteer
    >>> [t.text for t in find("vicinity of Gwoza town, Borno", open_gazetteer(), loose=True)]
    ['Gwoza', 'Borno']
    """
    loud = shouting(text, threshold=0.6) or (loose and text == text.lower())
    tokens = [_unpossessed(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    known = {key(e) for e in entities}
    found = list(_borders(text))
    taken = [(t.start, t.end) for t in found]
    words = [typed(t[0].lower()) for t in tokens]
    i = 0
    while i < len(tokens):
        match = _longest(text, tokens, i, gazetteer, loud, countries if loose else ())
        spelled = match is not None
        if match is None and loose and countries and alike:
            match = _alike(text, tokens, i, gazetteer, countries, loud, near=near)
        if match is None:
            for part in _linked(tokens[i], gazetteer, loud, countries if loose else ()):
                if loose or _supported(part.text, words, i, (None, True, None), known):
                    found.append(part)
            i += 1
            continue
        j = match
        start, end = tokens[i][1], tokens[j - 1][2]
        if any(s <= start < e for s, e in taken):
            i = j
            continue
        inside = not loud and _partial(text, tokens, i, j, loose=loose)
        if inside and not (partial and spelled and _reference(text, tokens, i, j, gazetteer)):
            i = j
            continue
        name = text[start:end]
        the = ["the"] if _THE_BEFORE.search(text[max(0, start - 4) : start]) else []
        if _feature_of(text, start, end) or body_of_water(
            [*the, *name.split()], text[end : end + 32]
        ):
            i = j
            continue
        context = _context(words, i, j, text[end : end + 2] in ("'s", "’s"))
        if inside:
            context = (context[0], True, context[2])
        if context[0] == "part" and _of_named_part(tokens, words, i):
            context = (None, context[1], context[2])
        if _rural(words, i, j):
            region = _rural_region(name, gazetteer)
            name = region or name
            context = (context[0], False, context[2]) if region else ("admin", True, context[2])
        if loose or _supported(text[start:end], words, i, context, known):
            found.append(Toponym(name, start, end, *context))
        i = j
    ordered = sorted(found, key=lambda t: t.start)
    lists = _lists(text, ordered)
    marked = [
        replace(t, listed=True, hint=t.hint or lists[k]) if k in lists else t
        for k, t in enumerate(ordered)
    ]
    return [
        replace(t, hint="region") if _container(text, marked, k, loose=loose) else t
        for k, t in enumerate(marked)
    ]


# Words that begin the name of a sea or a landform: "the Gulf of Aden" is no place called
# "Gulf" (a county in Florida).
_FEATURE_WORDS = frozenset("gulf bay sea strait straits horn cape isle mouth".split())
_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _feature_of(text: str, start: int, end: int) -> bool:
    """A word like "Gulf" that the rest of a longer name follows ("Gulf of Aden")."""
    return text[start:end].lower() in _FEATURE_WORDS and bool(_OF_A_NAME.match(text, end))


_WATER = frozenset("sea gulf ocean".split())
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def body_of_water(words: Sequence[str], after: str = "") -> bool:
    """ "An attack on a bulk carrier in the Red Sea": ``words`` with their article name the
    sea, not Sudan's Red Sea state (which its region word names: "Red Sea state").

    >>> body_of_water(["the", "Red", "Sea"]), body_of_water(["the", "Red", "Sea"], " state")
    (True, False)
    """
    following = after.split(maxsplit=1)[:1]
    return (
        len(words) > 2
        and words[0].lower() == "the"
        and words[-1].lower() in _WATER
        and not (following and following[0].lower() in ADMIN_WORDS)
    )


def _lists(text: str, ordered: list[Toponym]) -> dict[int, str | None]:
    """The toponyms written as a list of peers ("Nangarhar, Logar and Helmand provinces").

    A list is a run of names with commas between them and "and" before the last one;
    "Gwoza, Borno" is a town in its state, not a list. Each member maps to the hint of a
    plural region word after the list ("provinces"), or None.
    """
    members: dict[int, str | None] = {}
    k = 0
    while k < len(ordered):
        end, closed = k, False
        while end + 1 < len(ordered) and not closed:
            gap = _LIST_GAP.match(text[ordered[end].end : ordered[end + 1].start])
            if gap is None:
                break
            end += 1
            closed = bool(gap.group("last") or gap.group("and"))
        if not closed:
            k += 1
            continue
        after = re.match(r"[\s.]*(\w+)", text[ordered[end].end :])
        word = after.group(1).lower() if after else ""
        hint = "admin" if word in ADMIN_WORDS and word.endswith("s") else None
        members.update(dict.fromkeys(range(k, end + 1), hint))
        k = end + 1
    return members


def titled(text: str) -> str:
    """The text with its lower-case words of four letters or more capitalised, except the
    words that never begin a name: a last reading of a description whose names were
    written in lower case.

    >>> titled("localities in the city (kunduz)")
    'Localities in the city (Kunduz)'
    """
    return _LOWER.sub(lambda m: m.group() if m.group() in NEVER_FIRST else m.group().title(), text)


def _container(text: str, ordered: list[Toponym], k: int, *, loose: bool) -> bool:
    """Whether the k-th toponym is written as the region around the others.

    After a comma it follows another place ("Gwoza, Borno"), unless both are in one list
    of peers; in a description, before a colon it heads the rest ("Aleppo: Bab: Raei
    village").
    """
    toponym = ordered[k]
    if toponym.hint is not None or toponym.near or toponym.part:
        return False
    if toponym.listed:
        return loose and re.match(r"\s*:\s*\S", text[toponym.end :]) is not None
    if k and "," in text[ordered[k - 1].end : toponym.start]:
        return True
    return loose and re.match(r"\s*:\s*\S", text[toponym.end :]) is not None


def _longest(
    text: str,
    tokens: list[tuple[str, int, int]],
    i: int,
    gazetteer: Gazetteer,
    loud: bool,
    countries: Collection[str] = (),
) -> int | None:
    """The end (exclusive token index) of the longest gazetteer name starting at token i.

    With ``countries``, only names of places in those countries count.
    """
    first = tokens[i][0]
    if not (loud or capitalised(first)):
        return None
    if first.lower() in NEVER_FIRST and first.lower() not in DIRECTIONS:
        return None
    last = i
    initial = len(first) == 1 and text[tokens[i][2] : tokens[i][2] + 1] == "."
    region = i + 1 < len(tokens) and tokens[i + 1][0].lower() in ADMIN_WORDS
    shortest = i + 2 if (first.lower() in DIRECTIONS and not region) or initial else i + 1
    for j in range(shortest, min(i + MAX_WORDS, len(tokens)) + 1):
        gap = text[tokens[j - 2][2] : tokens[j - 1][1]]
        if j > i + 1 and _BREAK.search(gap) and not (initial and j == i + 2 and gap.strip() == "."):
            break
        word = tokens[j - 1][0]
        if not (loud or capitalised(word) or word.lower() in JOINERS):
            break
        if word.lower() in JOINERS:
            continue
        name = text[tokens[i][1] : tokens[j - 1][2]]
        if _named(gazetteer, name, countries):
            last = j
    return last if last > i else None


def capitalised(word: str) -> bool:
    """Whether a word is written as a name: "Gwoza", "al-Rami", "Ras"; not "capital".

    >>> capitalised("al-Rami"), capitalised("capital")
    (True, False)
    """
    return word[0].isupper() or bool(_ARTICLED.match(word))


def _partial(
    text: str, tokens: list[tuple[str, int, int]], i: int, j: int, *, loose: bool = False
) -> bool:
    """Whether the match i..j is part of a longer name ("Sánchez" in "Sánchez Taboada").

    In a description (``loose``), a region word right after the match closes the name:
    in "the village of Hasankeyf Batman province", Batman is the province.
    """

    def name_word(k: int) -> bool:
        word = tokens[k][0]
        if not capitalised(word) or word.lower() in NEVER_FIRST:
            return False
        return load_actor_book().lookup([word.lower()]) is None

    def joined(a: int, b: int) -> bool:
        return not _BREAK.search(text[tokens[a][2] : tokens[b][1]])

    if j < len(tokens) and name_word(j) and joined(j - 1, j):
        return True
    if loose and j < len(tokens) and tokens[j][0].lower() in ADMIN_WORDS and joined(j - 1, j):
        return False
    starts_sentence = i == 1 or (i > 1 and not joined(i - 2, i - 1))
    return i > 0 and not starts_sentence and name_word(i - 1) and joined(i - 1, i)


def _linked(
    token: tuple[str, int, int], gazetteer: Gazetteer, loud: bool, countries: Collection[str]
) -> list[Toponym]:
    """The places of a hyphenated pair such as "Salamanca-Celaya" (a road between them).

    Each known part is a place the whole lies near; only when two or more parts are known.
    """
    word, start, _ = token
    parts: list[Toponym] = []
    offset = start
    for piece in word.split("-"):
        if len(piece) > 2 and (loud or capitalised(piece)) and _named(gazetteer, piece, countries):
            parts.append(Toponym(piece, offset, offset + len(piece), near=True))
        offset += len(piece) + 1
    return parts if len(parts) >= 2 else []


def _rural(words: list[str], i: int, j: int) -> bool:
    """Whether the name at i..j is named for its countryside: "X countryside", "rural X",
    "the countryside of X", "X suburbs"."""
    after = words[j] if j < len(words) else ""
    before = words[max(0, i - 2) : i]
    return (
        after in RURAL
        or (before[-1:] == ["rural"])
        or (len(before) == 2 and before[0] in RURAL and before[1] == "of")
    )


def _rural_region(name: str, gazetteer: Gazetteer) -> str | None:
    """The region named for a town's countryside ("Damascus countryside" is Rif Dimashq)."""
    for form in (f"{name} countryside", f"rural {name}", f"{name} rural"):
        if any(e.kind in ("admin1", "admin2") for e in gazetteer.lookup_key(key(form))):
            return form
    return None


def _reference(
    text: str, tokens: list[tuple[str, int, int]], i: int, j: int, gazetteer: Gazetteer
) -> bool:
    """Whether a name inside a longer one can stand for a place the longer one lies near.

    Not when the longer name is a region or a part of a town ("Kigali Rural prefecture",
    "Lomas Modelo neighborhood"), nor when many places' names begin with it ("Tal", "Khwaja":
    a common first word of names, not a reference to one place).
    """
    k = j
    while k < len(tokens) and capitalised(tokens[k][0]):
        if _BREAK.search(text[tokens[k - 1][2] : tokens[k][1]]):
            break
        k += 1
    after = tokens[k][0].lower() if k < len(tokens) else ""
    if after in ADMIN_WORDS or after in PART_WORDS:
        return False
    return gazetteer.prefixed(key(text[tokens[i][1] : tokens[j - 1][2]])) < GENERIC


def _named(gazetteer: Gazetteer, name: str, countries: Collection[str]) -> bool:
    """Whether the gazetteer has a place of this name (in the countries, if any are given)."""
    for name_key in (key(name), loose_key(name)):
        entries = gazetteer.lookup_key(name_key)
        if any(not countries or e.country in countries for e in entries):
            return True
    return any(not countries or e.country in countries for e in gazetteer.lookup(name))


def _alike(
    text: str,
    tokens: list[tuple[str, int, int]],
    i: int,
    gazetteer: Gazetteer,
    countries: Collection[str],
    loud: bool,
    *,
    near: bool = False,
) -> int | None:
    """The end of the longest run of up to three words spelled like a place in the countries.

    The run must be a whole name: a part of a longer one ("Saad" in "Sheikh Saad") is
    not spelled like anything.
    """
    if tokens[i][0].lower() in NEVER_FIRST or not (loud or capitalised(tokens[i][0])):
        return None

    def name_word(k: int) -> bool:
        word = tokens[k][0]
        return (loud or capitalised(word)) and word.lower() not in NEVER_FIRST

    def joined(a: int, b: int) -> bool:
        return not _BREAK.search(text[tokens[a][2] : tokens[b][1]])

    if i > 0 and name_word(i - 1) and joined(i - 1, i):
        return None
    for j in range(min(i + 3, len(tokens)), i, -1):
        if j > i + 1 and _BREAK.search(text[tokens[i][2] : tokens[j - 1][1]]):
            continue
        if any(t[0].lower() in NEVER_FIRST - JOINERS for t in tokens[i + 1 : j]):
            continue
        if j < len(tokens) and name_word(j) and joined(j - 1, j):
            continue
        if similar(text[tokens[i][1] : tokens[j - 1][2]], gazetteer, countries, near=near):
            return j
    return None


def similar(
    name: str, gazetteer: Gazetteer, countries: Collection[str], *, near: bool = False
) -> tuple[Entry, ...]:
    """Places in the countries spelled like ``name``, closest spelling first.

    A place's own name must be at least 70% alike (difflib's ratio), or one of its other
    spellings 85% ("Bokamal" is "Bukamal", an other name of Albu Kamal); a spelling that
    begins with a vowel where the name begins with a consonant, or the other way round, is
    not alike ("Banat" is not "Ibnat"). With ``near``, when no skeleton is the name's,
    spellings whose skeleton begins with the same three letters count when 90% alike.

    >>> from flashpoint.geo.gazetteer import open_gazetteer
    >>> [e.name for e in similar("Bokamal", open_gazetteer(), ["SY"])]
    ['Ālbū Kamāl']
    >>> similar("Banat", open_gazetteer(), ["ET"])
    ()
    >>> [e.name for e in similar("Shindan", open_gazetteer(), ["AF"], near=True)]
    ['Shīnḏanḏ']
    """
    wanted = loose_key(name)
    found = _likeness(wanted, gazetteer.spelled_like(name, countries), ALIKE, ALIKE_OTHER)
    if found or not near:
        return found
    return _likeness(wanted, gazetteer.spelled_near(name, countries), NEAR, NEAR)


def _likeness(
    wanted: str, spellings: list[tuple[Entry, str]], own: float, other: float
) -> tuple[Entry, ...]:
    """The places whose spellings are alike enough to ``wanted`` (a loose key), closest first:
    at least ``own`` for the place's own name, ``other`` for its other names."""
    best: dict[Entry, float] = {}
    for entry, spelling in spellings:
        spelled = unarticled(spelling)
        if not spelled or (spelled[0] in _VOWELS) != (wanted[:1] in _VOWELS):
            continue
        floor = own if spelled == loose_key(entry.name) else other
        matcher = SequenceMatcher(None, wanted, spelled)
        if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
            continue
        ratio = matcher.ratio()
        if ratio < floor:
            continue
        best[entry] = max(ratio, best.get(entry, 0.0))
    ranked = sorted(best.items(), key=lambda pair: -pair[1])
    return tuple(e for e, _ in ranked)


def _unpossessed(word: str, start: int, end: int) -> tuple[str, int, int]:
    """A token without its possessive ending ("Gwoza's" is "Gwoza")."""
    if word.endswith(("'s", "’s")) and len(word) > 2:
        return word[:-2], start, end - 2
    return word, start, end


def _context(
    words: list[str], i: int, j: int, possessive: bool
) -> tuple[str | None, bool, str | None]:
    """(kind hint, near, direction part) from the words around tokens i..j."""
    after = words[j] if j < len(words) else ""
    before = words[max(0, i - 4) : i]
    hint = None
    if after in ADMIN_WORDS or (
        len(before) >= 2 and before[-1] == "of" and before[-2] in ADMIN_WORDS
    ):
        hint = "admin"
    elif after in CITY_WORDS | FACILITY_WORDS or (
        len(before) >= 2 and before[-1] == "of" and before[-2] in CITY_WORDS
    ):
        hint = "city"
    elif after in PART_WORDS or (
        len(before) >= 2 and before[-1] == "of" and before[-2] in PART_WORDS - NEAR_WORDS
    ):
        hint = "part"
    near = any(w in NEAR_WORDS or w.endswith("km") for w in before)
    part = None
    if possessive and after in DIRECTIONS:
        part = after
    else:
        part = _direction_of(words[max(0, i - 6) : i])
        near = near or part is not None
    return hint, near, part


def _of_named_part(tokens: list[tuple[str, int, int]], words: list[str], i: int) -> bool:
    """Whether the name at i follows a named part of a town and "of" ("Ejidal Norte
    neighborhood of Zamora"): the name is the town, not the part."""
    return i >= 3 and words[i - 1] == "of" and capitalised(tokens[i - 3][0])


def _direction_of(before: list[str]) -> str | None:
    """The direction in "east of X", "east of the capital X", "north of the town of X",
    "southwest of the Yemeni port of X"."""
    book = load_actor_book()
    for k in range(len(before) - 1, 0, -1):
        if before[k] == "of" and before[k - 1] in DIRECTIONS:
            return before[k - 1]
        form = book.lookup((before[k],))
        if before[k] not in FILLERS and not (form is not None and form[1] == "demonym"):
            return None
    return None


def _supported(
    name: str,
    words: list[str],
    i: int,
    context: tuple[str | None, bool, str | None],
    known: set[str],
) -> bool:
    """Whether a name in running text is a place here, not a demonym, an actor or a word."""
    book = load_actor_book()
    form = book.lookup(name.lower().replace("-", " - ").removesuffix("'s").split())
    if form is not None and form[1] == "demonym":
        return False
    previous = words[i - 1] if i > 0 else ""
    locative = previous in LOCATIVE or (previous == "the" and i > 1 and words[i - 2] in LOCATIVE)
    # "between Anefis and Kidal": the second name of a span between two names is a place too
    # (not "between the government and Hamas")
    locative = locative or (previous == "and" and _between_names(words, i))
    if form is not None and form[1] == "capital":
        return previous in INSIDE or context[0] is not None
    return context[0] is not None or context[2] is not None or locative or key(name) in known


def _between_names(words: list[str], i: int) -> bool:
    """Whether the name at ``i`` ends "between X and", X one or two words with no article."""
    for size in (1, 2):
        if i - 2 - size >= 0 and words[i - 2 - size] == "between":
            first = words[i - 1 - size : i - 1]
            return not set(first) & {"the", "a", "an", "its", "their", "his", "her"}
    return False


def _borders(text: str) -> Iterator[Toponym]:
    """Border segments: "the northeast part of the border between A and B", "the border with A"."""
    for match in _BORDER.finditer(text):
        sides = tuple(s for s in (match["a"], match["b"], match["c"]) if s)
        part = (match["part"] or "").lower() or None
        yield Toponym(match.group(), match.start(), match.end(), "border", False, part, sides)
