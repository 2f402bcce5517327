"""The words around a place name that say what it is: region and town words, directions,
prepositions, and the words that never begin a name.

>>> "district" in ADMIN_WORDS, "village" in CITY_WORDS, "north" in NEVER_FIRST
(True, True, True)
"""

from __future__ import annotations

from difflib import get_close_matches
from functools import lru_cache

ADMIN_WORDS = frozenset(
    "district districts province provinces governorate governorates state region county "
    "oblast rayon raion prefecture department dep dept municipality lga territory sector "
    "commune tehsil subdistrict wilaya emirate zone division canton parish muhafazah "
    "subcounty locality".split()
)
# "kalay" and its spellings are the Pashto word for a village ("Hafizano Kaley").
CITY_WORDS = frozenset(
    "village villages town city hamlet settlement barangay kebele township kalay kaley kelay "
    "kalai".split()
)
# Words for a part of a town: the name is not the town's, and may be a town's elsewhere.
PART_WORDS = frozenset(
    "neighbourhood neighborhood suburb quarter camp street road highway market stadium "
    "colony colonia barrio".split()
)
# Facilities named after their town: "Hodeidah port", "Kabul airport".
FACILITY_WORDS = frozenset("port airport harbour harbor seaport".split())
NEAR_WORDS = frozenset(
    "near outside vicinity outskirts suburb suburbs close around nearby km kilometres".split()
)
# "of" is not one: "the son of X", "a spokesman of X" name people and groups.
LOCATIVE = frozenset(
    "in at near outside around into from across to toward towards inside within "
    "through between".split()
)
# Words for the countryside around a town ("the countryside of Idlib", "Damascus suburbs").
RURAL = frozenset("countryside suburbs rural".split())
# Words that put something inside a place: a capital after them is the city, not the state.
INSIDE = frozenset("in at near outside around into inside within across".split())
DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern "
    "western northeastern northwestern southeastern southwestern central middle upper "
    "lower".split()
)
# Words that join the parts of one name ("Bosnia and Herzegovina", "Ras al-Ain").
JOINERS = frozenset("al el ar as ash ad at az an de del la le of and e i da do di ul".split())
STOP = frozenset(
    "the a an this that these those its his her their our we he she it they i you said says "
    "on monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december mr mrs ms dr gen col president "
    "minister ministry army police government forces force photo".split()
)
# Words that may stand between "east of" and the name it points at ("east of the capital X").
FILLERS = (
    frozenset({"the", "a", "of", "capital", "provincial", "regional", "main", "port", "coastal"})
    | CITY_WORDS
)
# The words a misspelling may stand for (see :func:`typed`).
TYPE_WORDS = sorted(w for w in ADMIN_WORDS | CITY_WORDS | PART_WORDS if len(w) >= 6)
_TYPE_INITIALS = {w[0] for w in TYPE_WORDS}
NEVER_FIRST = (
    STOP | LOCATIVE | NEAR_WORDS | ADMIN_WORDS | CITY_WORDS | PART_WORDS | DIRECTIONS | JOINERS
)


@lru_cache(maxsize=4096)
def typed(word: str) -> str:
    """A lower-case word, or the region or town word it misspells ("disitrct", "localit").

    Only words of six letters or more, as close as one or two slips of the pen, and not the
    word with an ending added ("regional" is not "region").

    >>> typed("disitrct"), typed("localit"), typed("distant"), typed("regional")
    ('district', 'locality', 'distant', 'regional')
    """
    if len(word) < 6 or not word.isalpha() or word[0] not in _TYPE_INITIALS:
        return word
    if word in TYPE_WORDS:
        return word
    alike = [w for w in TYPE_WORDS if w[0] == word[0] and abs(len(w) - len(word)) <= 2]
    close = get_close_matches(word, alike, n=1, cutoff=0.85)
    if not close or word.startswith(close[0]):
        return word
    return close[0]
