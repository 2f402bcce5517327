"""Claims: casualty figures, blame, denials and claims of responsibility, each with its speaker.

Everything here reads one parsed sentence (a spaCy Span) through its dependency tree; the
article-level bookkeeping (who spoke last, which event a claim belongs to) is in extract.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Span as SpacySpan

from flashpoint.actors import (
    ARMED_KINDS,
    GROUP_KINDS,
    INDEPENDENT_SPEAKERS,
    ActorBook,
    match_countries,
)
from flashpoint.lexicon import EUPHEMISMS, NON_STATE_WORDS, REMAINS, STATE_WORDS
from flashpoint.models import ActorKind, Claim, Outcome, Qualifier
from flashpoint.truecase import TITLES

Token = Any
Span = Any
Doc = Any

OUTCOME_LEMMAS: dict[str, Outcome] = {
    **dict.fromkeys(
        "kill die dead death fatality behead execute murder assassinate assassination lose "
        "killing slaying slay massacre martyr".split(),
        Outcome.KILLED,
    ),
    **dict.fromkeys(
        ["wound", "injure", "hurt", "injured", "wounded", "injury", "wounding"], Outcome.WOUNDED
    ),
    # the abducted are held by their captors; "missing" is for those no one accounts for
    **dict.fromkeys(
        ["capture", "seize", "abduct", "kidnap", "kidnapping", "abduction"], Outcome.CAPTURED
    ),
    "missing": Outcome.MISSING,
    "unaccounted": Outcome.MISSING,
    "displace": Outcome.DISPLACED,
}
OFFICES = frozenset(
    "mayor governor senator congressman councilman magistrate judge prefect minister "
    "president".split()
)
REPORTING = frozenset(
    "say tell report announce state claim confirm add note insist write tweet post allege "
    "accuse".split()
)
WORD_NUMBERS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
WORD_NUMBERS |= {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "a": 1,
    "an": 1,
    "single": 1,
    "another": 1,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "several": 3}
A_FEW = {"lot": 3, "lots": 3, "number": 3, "handful": 3, "few": 3, "couple": 2}
QUALIFIERS: tuple[tuple[str, Qualifier], ...] = (
    ("at least", Qualifier.AT_LEAST),
    ("more than", Qualifier.MORE_THAN),
    ("over", Qualifier.MORE_THAN),
    ("upwards of", Qualifier.MORE_THAN),
    ("at most", Qualifier.AT_MOST),
    ("up to", Qualifier.UP_TO),
    ("as many as", Qualifier.UP_TO),
    ("nearly", Qualifier.ABOUT),
    ("almost", Qualifier.ABOUT),
    ("about", Qualifier.ABOUT),
    ("around", Qualifier.ABOUT),
    ("some", Qualifier.ABOUT),
    ("approximately", Qualifier.ABOUT),
    ("roughly", Qualifier.ABOUT),
)
ANAPHORIC_HEADS = frozenset(
    "ministry spokesman spokeswoman spokesperson military army government wing".split()
)
PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})
# Verbs whose subject is the perpetrator: only their object or passive subject is counted.
TRANSITIVE = frozenset(
    "kill wound injure hurt capture seize abduct kidnap execute behead murder assassinate gun "
    "lose take admit treat rush bring evacuate hospitalise hospitalize arrest detain".split()
)
# Verbs that tell the wounded by their care ("taken to hospital with gunshot wounds").
HOSPITAL_VERBS = frozenset(
    "admit treat take rush bring evacuate hospitalise hospitalize airlift".split()
)
# Counted nouns that are never victims.
NOT_PEOPLE = frozenset(
    "house home building vehicle car truck tank weapon rifle gun round shell rocket missile "
    "mine bomb year month week day hour minute time hectare acre kilometre kilometer mile "
    "dollar percent animal cow cattle goat sheep camel donkey horse dog livestock".split()
)
OWN = frozenset({"its", "their", "our", "his", "her"})
_ARMED_KINDS = frozenset(
    {
        ActorKind.STATE_FORCES,
        ActorKind.MILITANTS,
        ActorKind.POLITICAL_MILITIA,
        ActorKind.EXTERNAL_FORCES,
    }
)
# Arrests are counted as captured only where a killing verb shares them (see
# ``arrested_as_they_killed``): most arrests are an operation of their own.
ARREST_VERBS = frozenset({"arrest", "detain", "apprehend"})


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who made a statement, as far as one sentence tells."""

    text: str
    country: str | None
    kind: ActorKind
    anaphoric: bool = False
    head: str = ""


@dataclass(frozen=True, slots=True)
class Figure:
    """A casualty figure as found in a sentence, before it becomes a Claim."""

    token: Token
    outcome: Outcome
    low: int | None
    high: int | None
    qualifier: Qualifier
    group: Token | None
    elliptic: bool
    aside: bool = False  # told in passing ("Colonel Rivera, who was killed"): a victim counted
    # people arrested: captured only where the report is a protest or a riot (see
    # ``flashpoint.extract``); most arrests are an operation of their own, no casualty
    arrest: bool = False
    # a part of the figure before ("two of them civilians"): "others" after it are not its
    part: bool = False
    # a figure given before the one the sentence tells ("up from 41 reported a day earlier")
    earlier: bool = False


def _hyphenated(token: Token, value: int) -> int:
    """ "Twenty-one", split by the tokenizer into "Twenty", "-", "one": the whole number."""
    doc, i = token.doc, token.i
    tens = {w for w, v in WORD_NUMBERS.items() if v >= 20 and v % 10 == 0 and v < 100}
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in tens and value < 10:
        return WORD_NUMBERS[doc[i - 2].lower_] + value
    if i + 2 < len(doc) and doc[i + 1].text == "-" and token.lower_ in tens:
        units = WORD_NUMBERS.get(doc[i + 2].lower_)
        if units is not None and 0 < units < 10:
            return value + units
    return value


def number_value(token: Token) -> tuple[int | None, int | None, Qualifier] | None:
    """The value of a number token (digits or words, "a dozen", "dozens")."""
    text = token.lower_.replace(",", "")
    if text in VAGUE:
        return VAGUE[text], None, Qualifier.VAGUE
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if text in {"a", "an"} and nxt is not None and nxt.lower_ in A_FEW:
        # "a lot of men", "a handful of soldiers": no number, however small the word
        return A_FEW[nxt.lower_], None, Qualifier.VAGUE
    if re.fullmatch(r"\d+", text):
        value = int(text)
    elif text in WORD_NUMBERS:
        value = WORD_NUMBERS[text]
    elif "-" in text and all(part in WORD_NUMBERS for part in text.split("-")):
        value = sum(WORD_NUMBERS[part] for part in text.split("-"))
    else:
        return None
    value = _hyphenated(token, value)
    if nxt is not None and nxt.lower_ in SCALES:
        value *= SCALES[nxt.lower_]
    if nxt is not None and nxt.lower_ == "dozen" and value != 12:
        value *= 12
    before = token.doc[token.i - 1] if token.i > 0 else None
    if text in {"dozen", "hundred", "thousand"} and before is not None and before.lower_ in _SOME:
        # "several dozen terrorists", "a few hundred": no number, at least two of them
        return 2 * value, None, Qualifier.VAGUE
    return value, value, Qualifier.EXACT


_SOME = frozenset({"several", "few", "many"})
_MULTIPLES = frozenset({"dozen", "hundred", "thousand", "hundreds", "thousands", "dozens"})


def qualifier_before(token: Token) -> Qualifier | None:
    """The qualifier in the few words before a number ("more than 6,000")."""
    left = token.doc[max(token.i - 3, 0) : token.i].text.lower()
    for phrase, qualifier in QUALIFIERS:
        if left.endswith(phrase):
            return qualifier
    return None


def _number_in(token: Token) -> Token | None:
    """A number that counts ``token`` (nummod child, or the token itself)."""
    if token.like_num or token.lower_ in VAGUE:
        return token
    for child in token.children:
        counts = child.like_num or child.lower_ == "dozen"  # "several dozen terrorists"
        # "several civilians": vague, kept so (not "several dozen", counted by its "dozen")
        after = child.doc[child.i + 1 : child.i + 2].text.lower()
        several = child.lower_ == "several" and after not in _MULTIPLES
        counts = counts or several
        # "a fifth soldier": an ordinal ranks the one the article counts (see ``_ranked``)
        counts = counts and not _ordinal(child)
        if child.dep_ == "nummod" or (counts and child.dep_ in {"amod", "compound"}):
            return child
    for child in token.children:
        if child.dep_ == "det" and child.lower_ in {"a", "an", "another"} and token.tag_ == "NN":
            return child
    # "Two Thai paramilitary rangers": the parser hung the number on a modifier; it still
    # opens the noun's phrase
    first = token.left_edge
    hung = first.dep_ in {"compound", "nummod"} and first.head.i < token.i
    year = bool(re.fullmatch(r"(?:19|20)\d\d", first.text))  # "2020 election protesters"
    if first.i < token.i and first.like_num and hung and not year and token.tag_ in {"NNS", "NNPS"}:
        return first
    return None


_KIN = frozenset(
    "sister brother son daughter mother father husband wife child children nephew niece "
    "cousin uncle aunt grandson granddaughter grandchild grandmother grandfather relative "
    "parent".split()
)


def _ordinal(token: Token) -> bool:
    """ "fifth", "second", "3rd": a rank among those counted, no number of them."""
    return bool(token.tag_ != "CD" and token.lower_.endswith(("th", "st", "nd", "rd")))


def _ranked(noun: Token) -> bool:
    """ "A fifth soldier": one more of those told, whose count the text may give itself
    ("A second soldier has died ..., raising its toll to two")."""
    return any(c.dep_ == "amod" and c.like_num and _ordinal(c) for c in noun.children)


def _group_of(token: Token) -> Token | None:
    """The noun a number counts: "three of its soldiers" -> soldiers; "3 soldiers" -> soldiers;
    "a technician of the network" -> technician."""
    if token.pos_ == "NOUN" and not token.like_num and group_kind(token) is not ActorKind.UNKNOWN:
        return token
    if token.lemma_.lower() in {"member", "suspect", "informant"}:
        return token  # "four members of the group", "three informants of the kidnappers"
    of_whom = [
        p for c in token.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
    ]
    if (
        token.pos_ == "NOUN"
        and token.tag_ == "NNS"
        and not token.like_num
        and token.lower_ not in VAGUE
        and token.lemma_.lower() not in _OF_WHOM
        and not any(_people(p) or p.lemma_.lower() in _SIDES for p in of_whom)
    ):
        # "the 77 followers of the party": the followers, not the party ("10 agents of the
        # regime" are still counted as the regime's)
        return token
    if (
        token.tag_ == "NN"
        and token.lemma_.lower() not in _OF_WHOM
        and token.lower_ not in VAGUE
        and any(p.pos_ == "PROPN" or any(c.dep_ == "case" for c in p.children) for p in of_whom)
    ):
        return token  # "a niece of Merino's was injured": the niece, not Merino
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lower_ == "own":
                    return _whose_own(token)
                if pobj.dep_ == "pobj" and pobj.lower_ == "them":
                    return _who_they_are(token) or pobj
                if pobj.dep_ == "pobj":
                    return pobj
    if token.pos_ in {"NOUN", "PROPN"} and token.lower_ not in VAGUE:
        return token
    if token.head.pos_ == "NOUN" and token.dep_ == "nummod" and token.head.i - token.i <= 4:
        # not a noun the parser hung it on far off ("five killed and 21 wounded, among them
        # two children")
        return token.head
    return None


# Words for a side that people "of" it are counted as ("agents of the regime").
_SIDES = STATE_WORDS | NON_STATE_WORDS

# Nouns that count people by what holds them: "the bodies of 12 soldiers", "a family of
# five", "a unit of commandos".
_OF_WHOM = frozenset(
    "body corpse remains family group unit team crew squad platoon company battalion "
    "contingent convoy number lot dozen score hundred thousand ten".split()
)


def _whose_own(number: Token) -> Token | None:
    """ "Losing four of their own", "three of its own were killed": the people the sentence
    is about, the subject of the verbs it hangs on, if they are people."""
    verb = number.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    return _people_above(verb, {"nsubj"}, {"conj", "advcl", "xcomp", "ccomp"})


def _who_they_are(number: Token) -> Token | None:
    """ "The attackers were repelled, leaving nine of them dead": "them" are the people the
    verb above the number's own is about (never its own subject: "troops killed nine of
    them" are others)."""
    verb = number.head
    if verb.pos_ == "ADJ" and verb.dep_ in {"oprd", "acomp", "ccomp", "xcomp"}:
        verb = verb.head  # "leaving eight of them dead"
    if verb.pos_ != "VERB" or any(c.dep_ == "nsubj" and c != number for c in verb.children):
        return None
    climbs = {"advcl", "xcomp", "conj"}
    if verb.dep_ not in climbs or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    upper = verb.head
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in upper.children):
        if upper.dep_ not in climbs or upper.head.pos_ not in {"VERB", "AUX"}:
            return None
        upper = upper.head
    if any(c.dep_ == "nsubj" for c in upper.children):
        # "Troops attacked a camp of militants, killing 12 of them": the doer of both verbs
        # is not "them"; the people it acted on are
        return _acted_on(upper, verb, number)
    return _people_above(upper, {"nsubj", "nsubjpass"}, climbs)


def _acted_on(upper: Token, clause: Token, number: Token) -> Token | None:
    """The last people named before ``number`` in what ``upper`` did, outside its subject
    and the clause the number is in: "strikes on a gathering of armed terrorists"."""
    left_out = {t.i for c in upper.children if c.dep_ == "nsubj" for t in c.subtree}
    left_out |= {t.i for t in clause.subtree}
    people = [
        t
        for t in upper.subtree
        if t.i < number.i
        and t.i not in left_out
        and t.pos_ == "NOUN"
        and t.tag_ == "NNS"
        and group_kind(t) is not ActorKind.UNKNOWN
    ]
    return people[-1] if people else None


def _people_above(verb: Token, subjects: set[str], climbs: set[str]) -> Token | None:
    """The first subject met going up from a verb through ``climbs``, if it names people."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in subjects), None)
        if subject is not None:
            return subject if group_kind(subject) is not ActorKind.UNKNOWN else None
        if verb.dep_ not in climbs or verb.head.pos_ not in {"VERB", "AUX"}:
            return None
        verb = verb.head


def _named(trigger: Token, outcome: Outcome, person: Token) -> Figure | None:
    """ "Colonel Quintero was killed", "the murder of Orlando Letelier and Ronnie Moffit": one
    victim per person named."""
    if outcome is Outcome.DISPLACED or _names_a_craft(person) or _the_many(person):
        return None
    if person.lemma_.lower() in _COLLECTIVE and person.ent_type_ != "PERSON":
        return None  # "killing the peasant family": more than one, how many untold
    # The small model often leaves an upper-case or foreign name untagged, or takes a
    # foreign name of several words for an organisation ("the assassination of Hector Oqueli
    # Colindres").
    # So is the victim a killing verb acts on ("murdered Ana Isabel Casanova", taken for an
    # organisation).
    acted_on = trigger.pos_ == "NOUN" or person.dep_ in {"dobj", "nsubjpass"}
    untagged = person.pos_ == "PROPN" and acted_on and _name_like(person)
    # "Alvarado was killed", "he died", "shot him": one victim.
    untagged = untagged or (
        trigger.pos_ == "VERB"
        and person.dep_ in {"nsubjpass", "nsubj", "dobj"}
        and (
            # a name the model may also take for a title ("murdering Ana Isabel Casanova")
            (person.pos_ == "PROPN" and person.ent_type_ in {"", "GPE", "LOC", "WORK_OF_ART"})
            or person.lower_ in {"he", "she", "him", "her"}
        )
    )
    # "Pardo leal was murdered": a surname the truecaser took for a common word, after a
    # first name
    untagged = untagged or (
        (
            (trigger.pos_ == "VERB" and person.dep_ in {"nsubjpass", "nsubj", "dobj"})
            # "Jaramillo ossa's murder", "the murder of Roberto Armando rivera"
            or (trigger.pos_ == "NOUN" and person.dep_ in {"poss", "pobj"})
        )
        and person.tag_ == "NN"
        and group_kind(person) is ActorKind.UNKNOWN
        and not any(c.dep_ in {"det", "poss", "amod", "nummod"} for c in person.children)
        and _a_name(person)
    )
    if person.ent_type_ != "PERSON" and not untagged:
        # "the newspaper's editor, Tomas Herrera" or "the mayor": one person; so is a name
        # the model took for a place, set beside an office ("Oqueli, leader of the MNR")
        named = any(
            c.dep_ == "appos"
            and (c.ent_type_ == "PERSON" or (c.lemma_.lower() in _ROLES and c.tag_ == "NN"))
            for c in person.children
        )
        if not (named or (person.tag_ == "NN" and group_kind(person) is not ActorKind.UNKNOWN)):
            return None
        if group_kind(person) in _ARMED_KINDS and not named:
            return None
        count = 1 + sum(1 for c in person.conjuncts if _one_person(c))
        count += len(_listed_after(person)) + len(_indefinites_listed(person))
        # "Oqueli, leader of the MNR and Hilda Flores": the parser hangs the next name on
        # the office
        roles = [c for c in person.children if c.dep_ == "appos" and c.lemma_.lower() in _ROLES]
        count += sum(1 for r in roles for c in r.conjuncts if c.ent_type_ == "PERSON")
        return _people_named(trigger, outcome, person, count)
    # "the assassination of Dr Oqueli and his companion, Gilda Flores": two
    # (not "15 others", counted apart: "Rodriguez Gacha and 15 others were killed")
    others = [
        c
        for c in person.conjuncts
        if (c.ent_type_ == person.ent_type_ or _one_person(c)) and not _counted_apart(c)
    ]
    others += _listed_after(person)
    # not "Colindres and lawyer Hilda Flores", where the parser makes two of the lawyer
    count = 1 + sum(1 for c in others if not _titles_the_next(c, others))
    count += len(_of_more(trigger, person))
    return _people_named(trigger, outcome, person, count)


def _the_many(noun: Token) -> bool:
    """ "The Jesuits were murdered": a people in the plural, how many untold (not "Mr
    Meneses", which the tagger may also take for a plural)."""
    return noun.tag_ == "NNPS" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _listed_after(person: Token) -> list[Token]:
    """The names an apposition to a name goes on to list ("murdered Carlos Valencia, Colonel
    Franklin Quintero, and Senator Galan", which the parser hangs on the first name), not
    the one name an apposition gives again ("the editor, Tomas Herrera")."""
    return [
        name
        for a in person.children
        if a.dep_ == "appos"
        and (a.ent_type_ == "PERSON" or (a.pos_ == "PROPN" and _name_like(a)))
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in a.children)
        and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in a.children)
        for name in (a, *(c for c in a.conjuncts if c.pos_ == "PROPN" or _one_person(c)))
    ]


def _indefinites_listed(person: Token) -> list[Token]:
    """ "A police colonel, a judge, and Senator Galan were murdered", "killed a farmer, a
    teacher and a driver": someone told with "a", then a list the parser hangs on it as
    appositions: one more person each (an apposition to "a farmer" is not told with "a"
    again, nor in a list: "a farmer, a local leader of the party")."""
    apposed = [c for c in person.children if c.dep_ == "appos"]
    if not _indefinite(person) or not apposed:
        return []
    if not any(c.dep_ == "cc" for t in (person, *apposed) for c in t.children):
        return []
    listed: list[Token] = []
    for word in apposed:
        if word.tag_ == "NN" and _indefinite(word):
            listed.append(word)
            listed += [c for c in word.conjuncts if _one_person(c) or _indefinite(c)]
        elif word.pos_ == "PROPN" and listed:
            listed.append(word)  # "..., a judge, and Senator Galan"
    return listed


def _objects_beside(person: Token) -> list[Token]:
    """ "Gunmen killed a judge, a police commander and a senator", parsed with two objects
    of the verb: the people told with "a" in the objects after the first, with theirs."""
    if person.dep_ != "dobj" or not _indefinite(person):
        return []
    listed: list[Token] = []
    for word in person.head.children:
        if word.dep_ == "dobj" and word.i > person.i and word.tag_ == "NN" and _indefinite(word):
            listed.append(word)
            listed += [c for c in word.conjuncts if _one_person(c) or _indefinite(c)]
    return listed


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)


def _people_named(trigger: Token, outcome: Outcome, person: Token, count: int) -> Figure:
    """The figure of ``count`` people named one by one; with a family named beside them
    ("Hector Oqueli and his family were killed"), one more at least, how many untold."""
    if any(c.lemma_.lower() == "family" for c in person.conjuncts):
        return Figure(trigger, outcome, count + 1, None, Qualifier.AT_LEAST, person, False)
    return Figure(trigger, outcome, count, count, Qualifier.EXACT, person, elliptic=False)


# What one person is called beside their name.
_ROLES = OFFICES | frozenset(
    "leader commander chief director editor journalist priest activist".split()
)


# What a ship or an aircraft is called before its name ("the car carrier Galaxy Leader").
_CRAFT = frozenset(
    "ship vessel tanker carrier freighter boat yacht ferry trawler dhow aircraft plane jet "
    "airliner helicopter".split()
)


def _names_a_craft(name: Token) -> bool:
    """ "Seized the car carrier Galaxy Leader", "the Belize-flagged Rubymar": a ship's or an
    aircraft's name, no person."""
    words = [t for t in name.subtree if t.i < name.i and t.dep_ in {"compound", "amod", "npadvmod"}]
    words += [name, *(c for c in name.children if c.dep_ == "appos")]
    return any(t.lemma_.lower() in _CRAFT or t.lower_ == "flagged" for t in words)


def _of_more(trigger: Token, person: Token) -> list[Token]:
    """ "The assassination of Hector Oqueli and of Gilda Flores": the people named after a
    second "of" joined to the first by "and" are victims too."""
    prep = person.head
    if trigger.pos_ != "NOUN" or person.dep_ != "pobj" or prep.head != trigger:
        return []
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in trigger.children):
        return []
    more = [
        o
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ == "of" and p.i > prep.i
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ in {"", "PERSON"}
    ]
    return [n for o in more for n in (o, *o.conjuncts) if n.pos_ == "PROPN"]


def _a_name(token: Token) -> bool:
    """A proper noun, or a surname the truecaser took for a common word after a first name
    ("Jaramillo ossa")."""
    return token.pos_ == "PROPN" or (
        token.tag_ == "NN"
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    )


def _name_like(person: Token) -> bool:
    """A proper noun the model left untagged, or a name of several words it took for an
    organisation; never a single organisation word ("the killing of Hamas")."""
    if person.ent_type_ == "":
        return True
    words = [t for t in person.lefts if t.dep_ == "compound"]
    words += [t for w in words for t in w.lefts if t.dep_ == "compound"]
    if person.ent_type_ == "ORG" and any(w.lower_.rstrip(".") in TITLES for w in words):
        return True  # "the assassination of Dr Oqueli"
    return person.ent_type_ == "ORG" and len(words) >= 2 and any(w.pos_ == "PROPN" for w in words)


_COLLECTIVE = frozenset("family army unit force crew group team convoy patrol".split())


def _titles_the_next(word: Token, names: list[Token]) -> bool:
    """A common noun the next name of a list begins right after ("lawyer Hilda Flores")."""
    return word.pos_ == "NOUN" and any(n.left_edge.i == word.i + 1 for n in names)


def _one_person(token: Token) -> bool:
    """A conjunct that names one more person: "his brother Luis and a bodyguard", "the judge
    and her secretary"."""
    if token.ent_type_ == "PERSON":
        return True
    if token.lemma_.lower() in _COLLECTIVE:
        return False  # "the mayor and his family": not one more person
    if token.pos_ == "PROPN" and token.ent_type_ in {"", "ORG"} and _name_like(token):
        return True  # "the murders of Carlos Valencia, Colonel Franklin Quintero, and ..."
    # "her secretary", "a bodyguard", "another judge": one more someone, beside a person
    owned = any(c.dep_ == "poss" or c.lower_ in {"a", "an", "another"} for c in token.children)
    return token.tag_ == "NN" and (owned or group_kind(token) is not ActorKind.UNKNOWN)


def _figure(trigger: Token, outcome: Outcome, counted: Token) -> Figure | None:
    number = _number_in(counted)
    if number is None:
        return _named(trigger, outcome, counted)
    if number.lower_ in {"a", "an"} and counted.lemma_.lower() in _COLLECTIVE:
        # "gunmen killed a family": one family, not one person; "a family of five": five
        number = next(
            (
                n
                for c in counted.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for n in c.children
                if n.dep_ == "pobj" and n.like_num
            ),
            None,
        )
        if number is None:
            return None
    value = number_value(number)
    if value is None:
        return None
    low, high, qualifier = value
    qualifier = qualifier_before(number) or qualifier
    if qualifier in {Qualifier.AT_MOST, Qualifier.UP_TO}:
        low, high = None, high
    elif qualifier in {Qualifier.AT_LEAST, Qualifier.MORE_THAN}:
        high = None
    group = _group_of(counted)
    if group is not None and group.lower_ == "them" and outcome is not Outcome.KILLED_OR_WOUNDED:
        # "... was traveling with two bodyguards. One of them was injured": the people
        # named last before, in this sentence or the one before it
        group = _antecedent(group, trigger)
        if group is None:
            return None
    if trigger.dep_ == "amod" and number.lower_ in {"a", "an"}:
        return None
    one = _indefinite(counted)
    if (low or 0) > 1 and one and number.text.isdigit():
        return None  # "detained a 444 commander": the name of a unit, no count
    if number.lower_ in {"a", "an"} and group is not None:
        # "a guard and a driver": two; "a soldier and six gunmen": each counted apart
        low = high = 1 + sum(
            1 for c in group.children if c.dep_ == "conj" and not _counted_apart(c)
        )
        low = high = low + len(_indefinites_listed(group)) + len(_objects_beside(group))
    if group is not None and group.lemma_.lower() in {"other", "more"}:
        group = None
    elif (
        group is not None
        and not _people(group)
        and (trigger.lemma_.lower() == "lose" or not _victims_by_verb(group, outcome, trigger))
    ):
        return None
    return Figure(trigger, outcome, low, high, qualifier, group, elliptic=group is None)


def _antecedent(them: Token, trigger: Token) -> Token | None:
    """The people "them" stands for: the nearest plural noun of people before it, in its
    own sentence or the one before (not the subject of the verb "them" hangs on, which is
    never "them": "troops killed nine of them"). None when those people are counted by
    another verb of the sentence: "23 officers had been injured, three of them seriously,
    and 112 people arrested" tells a part of the injured, whatever verb the parser hung
    it on."""
    sentence = them.sent
    start = sentence.start
    if start > 0:
        start = them.doc[start - 1].sent.start
    doer = {
        t.i
        for verb in (them.head.head.head, them.head.head)
        for c in verb.children
        if c.dep_ == "nsubj"
        for t in c.subtree
        if t.i < them.i and verb.pos_ == "VERB"
    }
    for token in reversed(them.doc[start : them.i]):
        if token.i in doer or token.tag_ not in {"NNS", "NNPS"}:
            continue
        if group_kind(token) is not ActorKind.UNKNOWN:
            counter = token.head
            counted_apart = (
                counter.sent == sentence and counter != trigger and outcome_of(counter) is not None
            )
            return None if counted_apart else token
    return None


def _people(group: Token) -> bool:
    """Whether a counted noun is people (soldiers, villagers, Azerbaijanis), not rifles."""
    if group_kind(group) is not ActorKind.UNKNOWN:
        return True
    return group.ent_type_ in {"NORP", "PERSON"} or group.lemma_.lower() in {
        "member",
        "one",
        "body",
        "casualty",
        "victim",
        "hostage",
        "prisoner",
        "worker",
        "suspect",
        "martyr",
        "informant",
    }


def _victims_by_verb(group: Token, outcome: Outcome, trigger: Token | None = None) -> bool:
    """Whoever a number counts among the killed or wounded are people ("six Jesuits were
    killed"), unless the noun is a thing; so is one the killing itself acts on ("killed a
    university professor", "the murder of a cooperative leader")."""
    if outcome not in {Outcome.KILLED, Outcome.WOUNDED} or group.lemma_.lower() in NOT_PEOPLE:
        return False
    if group.pos_ in {"NOUN", "PROPN"} and group.tag_ in {"NNS", "NNPS"}:
        return True
    if trigger is None or group.tag_ != "NN":
        return False
    first = group
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    acted_on = first.head.i == trigger.i and first.dep_ in {"dobj", "nsubjpass"}
    of_the_killing = (
        trigger.pos_ == "NOUN"
        and first.dep_ == "pobj"
        and first.head.lower_ == "of"
        and first.head.head.i == trigger.i
    )
    return acted_on or of_the_killing


_HURT = frozenset({Outcome.KILLED, Outcome.WOUNDED})


def _either(token: Token) -> bool:
    """ "Killed or wounded", "killed and wounded 30": one figure for both outcomes, which
    stays combined."""
    joined = [c for c in token.children if c.dep_ == "conj" and outcome_of(c) in _HURT]
    said_or = any(c.dep_ == "cc" and c.lower_ == "or" for c in token.children)
    # "killed and wounded more than 30": one object for both verbs, one combined figure
    shared = (
        token.pos_ == "VERB"
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in token.children)
        and not any(c.dep_ in {"dobj", "nsubjpass"} for c in token.children)
        and any(c.dep_ == "dobj" for j in joined for c in j.children)
    )
    return (said_or or shared) and bool(joined) and outcome_of(token) in _HURT


def _second_of_either(token: Token) -> bool:
    """The "wounded" of "killed or wounded", counted with the first."""
    return token.dep_ == "conj" and _either(token.head)


def killed_in_other_words(token: Token) -> bool:
    """ "Troops neutralised dozens of terrorists", "eliminated 12 militants": a killing."""
    if token.lemma_.lower() not in EUPHEMISMS or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children):
        return False  # "eliminated 500 officers from its payroll"
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    for child in objects or _approximate_object(token):
        counted = _group_of(child) if child.like_num or child.lower_ in VAGUE else child
        if counted is not None and (
            counted.lemma_.lower() in NON_STATE_WORDS
            or counted.lower_ in NON_STATE_WORDS
            or group_kind(counted) in {ActorKind.MILITANTS, ActorKind.POLITICAL_MILITIA}
            or counted.lemma_.lower() == "member"
        ):
            # the enemy: terrorists, militants, bandits, assailants, militiamen, "two members
            # of the cell" (not "a Hezbollah commander", whom the word takes for a soldier)
            return True
    return False


_APPROXIMATE = frozenset({"around", "about", "over", "nearly", "approximately", "some"})


def _approximate_object(verb: Token) -> list[Token]:
    """ "Neutralising around 15 terrorists": an object counted roughly, which the parser
    hung on the verb as a preposition's."""
    if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in _APPROXIMATE and prep.i > verb.i
        for pobj in prep.children
        if pobj.dep_ == "pobj" and _number_in(pobj) is not None and pobj.tag_ == "NNS"
    ]


def arrested_as_they_killed(token: Token) -> bool:
    """ "Forces killed two militants and detained five others": the arrests of a killing
    raid are its captured, not an operation of their own."""
    return token.pos_ == "VERB" and any(
        j.pos_ == "VERB" and (j.lemma_.lower() == "kill" or killed_in_other_words(j))
        for j in token.conjuncts
    )


def outcome_of(token: Token) -> Outcome | None:
    """The casualty outcome a word expresses, if it is used as one."""
    lemma = token.lemma_.lower()
    if killed_in_other_words(token):
        return Outcome.KILLED
    outcome = OUTCOME_LEMMAS.get(lemma) or OUTCOME_LEMMAS.get(token.lower_)
    if outcome is None and token.pos_ == "VERB" and _to_death(token):
        return Outcome.KILLED
    if lemma == "take" and token.pos_ == "VERB" and _taken_away(token):
        return Outcome.CAPTURED
    if lemma in HOSPITAL_VERBS and token.pos_ == "VERB" and _with_wounds(token):
        return Outcome.WOUNDED
    if lemma == "gun" and token.pos_ == "VERB" and gunned_down(token):
        return Outcome.KILLED
    if lemma in {"shoot", "hit"} and token.pos_ == "VERB" and _in_a_limb(token):
        return Outcome.WOUNDED
    if lemma == "lose" and token.pos_ == "VERB" and _a_limb_lost(token):
        return Outcome.WOUNDED
    if lemma in ARREST_VERBS and arrested_as_they_killed(token):
        return Outcome.CAPTURED
    if lemma == "hold" and _people_held(token):
        return Outcome.CAPTURED
    if outcome is None or token.pos_ not in {"VERB", "ADJ", "NOUN"}:
        return None
    if token.pos_ == "VERB" and any(
        c.dep_ == "advmod" and c.lower_ in {"almost", "nearly", "narrowly"} for c in token.children
    ):
        return None  # "was almost killed": not killed
    if lemma == "capture" and any(
        c.lower_ in {"territory", "town", "village"} for c in token.children
    ):
        return None
    return outcome


def gunned_down(verb: Token) -> bool:
    """ "Gunmen gunned down a policeman", "was gunned down": shot dead."""
    return any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in verb.children)


def _in_a_limb(verb: Token) -> bool:
    """ "One soldier was shot in the leg": a person hit where a shot wounds (not "in the
    head", which may have killed)."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in _LIMBS for p in c.children)
        for c in verb.children
    )


def _a_limb_lost(verb: Token) -> bool:
    """ "A soldier lost a leg when he stepped on a mine": maimed, not a loss of men."""
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in _LIMBS | {"eye", "limb", "finger"}
        for c in verb.children
    )


_LIMBS = frozenset(
    "leg arm hand foot shoulder thigh knee ankle wrist hip buttock stomach abdomen".split()
)


def _people_held(verb: Token) -> bool:
    """ "Its 25 crew members are still being held", "held hostage": people held by their
    captors (not "held talks", "elections were held", an inmate "held in the prison")."""
    captive = any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children) or any(
        t.lemma_.lower() in {"hostage", "captive", "captivity"} for t in verb.subtree
    )
    return (
        verb.pos_ == "VERB"
        and captive
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "nsubjpass" and _people(c) for c in verb.children)
    )


def _with_wounds(verb: Token) -> bool:
    """ "Taken to hospital with gunshot wounds", "admitted with burns", "hospitalised": people
    the verb says were hurt."""
    if verb.lemma_.lower() in {"hospitalise", "hospitalize"}:
        return True
    if verb.lemma_.lower() == "treat" and any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "at"}
        and any(p.lemma_.lower() in _CARE for p in c.children if p.dep_ == "pobj")
        for c in verb.children
    ):
        return True  # "31 others were being treated in hospitals across the city"
    # "with gunshot wounds" may hang on the verb or on "hospital"
    heads = [verb] + [
        p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
    ]
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in {"with", "for"}
        and any(p.lemma_.lower() in _HURTS for p in prep.children if p.dep_ == "pobj")
        for head in heads
        for prep in head.children
    )


_HURTS = frozenset({"wound", "injury", "burn", "fracture"})
_CARE = frozenset({"hospital", "clinic", "infirmary"})


def _taken_away(verb: Token) -> bool:
    """ "Took away 287 pupils", "were taken hostage", "taking two others captive",
    "took three soldiers prisoner": people taken by force (not "three casualties, which were
    taken away by the guerrillas": the fallen carried off by their own)."""
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "relcl":
        taken.append(verb.head)
    if any(t.lemma_.lower() in _THE_FALLEN for t in taken):
        return False
    return taken_along(verb) or any(
        (c.dep_ in {"prt", "advmod"} and c.lower_ == "away")
        or (c.dep_ in {"oprd", "dobj", "attr", "npadvmod"} and c.lemma_.lower() in _HELD_AS)
        # the parser may hang "captive" on the people taken
        or (c.dep_ == "dobj" and any(a.lemma_.lower() in _HELD_AS for a in c.children))
        for c in verb.children
    )


def taken_along(verb: Token) -> bool:
    """ "Left, taking two engineers with them": people the takers carried off."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(p.lower_ in {"them", "him", "her"} for p in c.children)
        for c in verb.children
    )


def _into_custody(verb: Token) -> bool:
    """ "Police took 12 protesters into custody": an arrest."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "prep"
        and c.lower_ == "into"
        and any(p.lemma_.lower() == "custody" for p in c.children)
        for c in verb.children
    )


_HELD_AS = frozenset({"hostage", "captive", "prisoner"})
_THE_FALLEN = frozenset({"casualty", "body", "corpse", "dead", "wounded", "injured", "remains"})


def _to_death(verb: Token) -> bool:
    """ "Shot (stabbed, beaten, burned) to death", "passed away": a verb that says a death."""
    if verb.lemma_.lower() == "pass":
        return any(c.dep_ == "prt" and c.lower_ == "away" for c in verb.children)
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "death" for p in c.children)
        for c in verb.children
    )


def figures(sentence: Span) -> Iterator[Figure]:
    """Casualty figures in a sentence, read off the dependency tree.

    Covers "three soldiers were killed", "three of its soldiers were killed and four
    wounded", "killing two soldiers", "two soldiers died", "3 dead". What a toll in the
    same sentence adds up ("the toll rose to 14 after eight more bodies were recovered") is
    no figure of its own.
    """
    found = list(_figures(sentence))
    if any(f.token.lemma_.lower() in {"toll", "number"} for f in found):
        found = [f for f in found if not _added(f)]
    for figure in found:
        token = figure.token
        held = token.lemma_.lower() in ARREST_VERBS or _into_custody(token)
        arrest = held and outcome_of(token) is None
        yield replace(figure, arrest=True) if arrest else figure
    yield from _up_from(found)


def _up_from(found: list[Figure]) -> Iterator[Figure]:
    """ "Has killed 60 people since Thursday, ... up from 41 reported a day earlier": the
    figure the toll rose from, an earlier count of the same people."""
    told = [f for f in found if f.outcome in _HURT and f.low and not f.part]
    if len(told) != 1:
        return
    toll = told[0]
    for word in toll.token.sent:
        if word.lower_ not in {"up", "down"} or not any(c.lower_ == "from" for c in word.children):
            continue
        start = next(c for c in word.children if c.lower_ == "from")
        number = next((c for c in start.children if c.dep_ == "pobj" and c.like_num), None)
        value = number_value(number) if number is not None else None
        if value is not None and value[0] is not None and value[0] != toll.low:
            low, high, qualifier = value
            yield Figure(
                number, toll.outcome, low, high, qualifier, toll.group, False, earlier=True
            )


def _added(figure: Figure) -> bool:
    """ "Eight more bodies", "six further deaths": a figure added to a count."""
    counted = [figure.token] + ([figure.group] if figure.group is not None else [])
    return any(
        c.lower_ in {"more", "further", "additional"} and c.dep_ in {"amod", "advmod"}
        for t in counted
        for c in t.children
    )


def _figures(sentence: Span) -> Iterator[Figure]:
    # most words can say no casualty: only these, and verbs "to death", are asked about
    words = words_of(sentence, forms=True)
    to_death = "death" in words
    if not to_death and not words & _ASKED:
        return
    for token in sentence:
        if (
            token.lemma_.lower() not in _ASKED
            and token.lower_ not in _ASKED
            and not (to_death and token.pos_ == "VERB")
        ):
            continue
        lost_none = _lost_none(token)
        if lost_none is not None:
            yield Figure(token, Outcome.KILLED, 0, 0, Qualifier.EXACT, lost_none, elliptic=False)
            continue
        if remembered(token) or _denied(token) or _only_meant(token):
            continue
        zero = _none_hurt(token)
        if zero:
            # "no civilian casualties": the modifier says whose
            whose = (
                next(
                    (
                        c
                        for c in token.children
                        if c.dep_ in {"amod", "compound"} and group_kind(c) is not ActorKind.UNKNOWN
                    ),
                    None,
                )
                or _sufferer(token)
                or _among_whom(token)
                or next(
                    (
                        _none_of(c) or c
                        for c in token.children
                        if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "one" and _said_none(c)
                    ),
                    None,
                )
            )
            yield from (
                Figure(token, none, 0, 0, Qualifier.EXACT, whose, elliptic=False) for none in zero
            )
            continue
        if token.pos_ == "NOUN" and token.lower_ in REMAINS - {"remains"}:
            # "hospital staff said they had received 27 bodies": 27 killed
            counted = _bodies(token)
            one_more = any(c.lower_ == "another" for c in token.children)
            if counted is not None and not one_more:
                yield counted  # not "pulled another body from the rubble": a toll's step
            continue
        if token.lemma_.lower() in {"toll", "loss"} or _counted_victims(token) is not None:
            toll = _toll(token) or _loss_of(token)
            if toll is not None:
                yield toll
            continue
        bearer = _bearer_of_wounds(token) or _who_lost_a_limb(token)
        if bearer is not None:
            # "one of our soldiers sustained minor wounds": the one who bears them is wounded
            figure = _figure(token, Outcome.WOUNDED, bearer)
            if figure is not None:
                yield figure
            continue
        outcome = outcome_of(token)
        held = token.lemma_.lower() in ARREST_VERBS or _into_custody(token)
        if outcome is None and token.pos_ == "VERB" and held:
            # "14 people were arrested", "took 12 protesters into custody" (see
            # ``Figure.arrest``)
            outcome = Outcome.CAPTURED
        if outcome is None or _second_of_either(token):
            continue
        if _either(token):
            outcome = Outcome.KILLED_OR_WOUNDED
        told_as = _some_of_them(token)
        if told_as:
            # "five of the dead were armed men": five armed men killed
            for number, group in told_as:
                value = number_value(number)
                if value is not None:
                    low, high, qualifier = value
                    yield Figure(token, outcome, low, high, qualifier, group, elliptic=False)
            continue
        candidates: list[Token] = []
        counted_deps = {"nsubjpass", "nsubj", "dobj"}
        killed_by = token.pos_ == "VERB" and _to_death(token) and token.lemma_.lower() != "pass"
        if token.pos_ == "VERB" and (token.lemma_.lower() in TRANSITIVE or killed_by):
            # "Perez beat Gomez to death": the subject is the killer, unless the verb shares a
            # passive ("two were killed and three others wounded")
            counted_deps = {"nsubjpass", "dobj"}
            # "Leal was murdered", whose subject an upper-case parse may leave active
            passive = any(c.dep_ == "auxpass" for c in token.children)
            if _passive_conjunct(token) or passive or _headline_passive(token):
                counted_deps.add("nsubj")
            # "two soldiers were shot and killed", "were abducted and killed": the people
            # of the first verb, whom the second leaves unsaid
            candidates += _shared_subjects(token)
        if outcome is Outcome.KILLED_OR_WOUNDED:
            # "killed and wounded more than 30": the object both verbs share
            candidates += [c for j in token.conjuncts for c in j.children if c.dep_ == "dobj"]
        for child in token.children:
            if child.dep_ in counted_deps and child.lower_ in _RELATIVES and token.dep_ == "relcl":
                # "Colonel Rivera, who was killed in a machinegun attack": the colonel
                candidates.append(token.head)
                plural = any(c.lower_ in {"were", "are", "have"} for c in token.children)
                if child.lower_ in {"who", "whom"} and _someone(token.head) and not plural:
                    yield Figure(
                        token, outcome, 1, 1, Qualifier.EXACT, token.head, False, aside=True
                    )
                    candidates.clear()
                    break
            elif child.dep_ in counted_deps or (child.dep_ == "npadvmod" and child.like_num):
                candidates.append(child)
            elif token.pos_ == "NOUN" and child.dep_ == "prep" and child.lower_ == "of":
                candidates.extend(c for c in child.children if c.dep_ == "pobj")
            elif token.pos_ == "NOUN" and child.dep_ == "poss" and _a_name(child):
                candidates.append(child)
            elif token.pos_ == "NOUN" and child.dep_ == "poss" and _number_in(child) is not None:
                candidates.append(child)  # "the six Jesuits' slaying"
        if token.pos_ == "NOUN" and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children
        ):
            if token.dep_ == "conj" and token.head.pos_ == "NOUN":
                # "the kidnapping and assassination of five students": the people both tell of
                candidates += [
                    p
                    for c in token.head.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj"
                ]
            candidates += _of_whom_after_the_day(token)
        candidates += _among(token)
        if token.pos_ == "VERB" and "dobj" in counted_deps:
            candidates += _approximate_object(token)
        if token.dep_ in {"acl", "amod", "acomp", "oprd"} and (
            token.head.like_num or _number_in(token.head) is not None
        ):
            if token.dep_ == "amod" and _held_by(token.head):
                continue  # "one wounded terrorist was apprehended": captured, the wound aside
            # "left approximately 1,000 dead and more than 1,500 wounded", parsed with "dead"
            # on the 1,500: the number of its own counts it
            if not any(c.dep_ == "nummod" and c.like_num and c.i < token.i for c in token.children):
                candidates.append(token.head)
        elif token.dep_ == "amod" and outcome is Outcome.KILLED and token.tag_ == "VBN":
            slain = _slain(token.head)
            if slain is not None:
                # "the recently murdered senator Luis Carlos Galan": one dead, named
                yield Figure(token, outcome, 1, 1, Qualifier.EXACT, slain, elliptic=False)
                continue
        elif (
            token.dep_ == "acl"
            and outcome is Outcome.KILLED
            and token.tag_ == "VBN"
            and token.head.tag_ == "NN"
        ):
            slain = _slain(token.head)
            if slain is not None:
                # "the relatives of the former foreign minister murdered in Washington": one
                # dead, told in passing
                yield Figure(token, outcome, 1, 1, Qualifier.EXACT, slain, False, aside=True)
                continue
        if token.dep_ == "acomp" and token.pos_ in {"VERB", "ADJ"} and token.head.lemma_ == "be":
            # "A fifth soldier was missing" (the parser reads "missing" as a verb under
            # "be"), "52 students were unaccounted for"
            candidates += [c for c in token.head.children if c.dep_ == "nsubj"]
        if _subject_taken_by_the_teller(token):
            # "a source said seven volunteers, the auxiliaries who fight alongside the army,
            # were still missing": the parser made the people counted the object of "said"
            candidates += [c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i]
        # "shot dead a security guard": the parser may make "dead" an adverb of the verb
        dead_adverb = token.dep_ == "advmod" and token.lower_ == "dead"
        if (token.dep_ in {"oprd", "acomp", "xcomp"} or dead_adverb) and token.head.pos_ == "VERB":
            candidates += [c for c in token.head.children if c.dep_ in {"nsubjpass", "dobj"}]
            if token.head.lemma_.lower() in {"remain", "stay"}:
                # "five remain missing"
                candidates += [c for c in token.head.children if c.dep_ == "nsubj"]
        before = token.doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.like_num and before.head == token:
            candidates.append(before)
        elif before is not None and before.like_num and before.dep_ == "conj":
            # "18 civilians dead and seven wounded": the parser hangs "seven" on the
            # civilians; the word after it says what it counts
            candidates.insert(0, before)
        # "IMPHAL, Nov 26: A village volunteer was killed": the dateline's place, which the
        # parser may take for a second subject, counts nobody
        candidates = [c for c in candidates if not in_dateline(c)]
        # "[TEXT] PEREIRA -- THREE PERSONS WERE INJURED": a place heading the story, which the
        # parser may take for a second subject beside the people counted
        subjects = [c for c in candidates if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(_number_in(c) is not None and c.pos_ != "PROPN" for c in subjects):
            candidates = [c for c in candidates if not (c in subjects and _heading(c))]
        for counted in candidates:
            counted = _apposed_count(counted) or counted
            figure = _figure(token, outcome, counted)
            if figure is not None and (
                (token.dep_ == "relcl" and counted == token.head)
                or _raised_the_toll(token)
                or _ranked(counted)
                # "she lost her sister and two nephews": a survivor's own dead, among
                # those the toll counts
                or (token.lemma_.lower() == "lose" and counted.lemma_.lower() in _KIN)
            ):
                figure = replace(figure, aside=True)
            if figure is not None:
                # "a woman and her two children": one family's dead, counted together (one
                # more person, "and his wife", is counted with the first already)
                kin = [
                    c
                    for c in counted.conjuncts
                    if c.i > counted.i and _their_kin(c) and _counted_apart(c)
                ]
                family = [figure, *(_figure(token, outcome, c) for c in kin)]
                counts = [f.low for f in family if f and f.low is not None and f.high == f.low]
                if kin and len(counts) == len(family):
                    total = sum(n for n in counts if n is not None)
                    figure = replace(figure, low=total, high=total)
                yield figure
                yield from _part_of_them(token, outcome, counted)
                # "four militants and a soldier were killed": each group counted apart (names
                # and "a guard and a driver" are counted together already)
                number = _number_in(counted)
                listed = (
                    counted.conjuncts
                    if number is not None and number.like_num
                    else tuple(c for c in counted.conjuncts if _counted_apart(c))
                )
                if _naming_them(counted, number):
                    listed = ()  # "two civilians, a worker and a guard": the two, named
                # "Diaz Perez, third judge of public order, and two of her bodyguards were
                # killed": a number the parser made a second subject of the verb, or people
                # with a number of their own ("Rodriguez Gacha, his son, and 15 others")
                listed += tuple(
                    c
                    for c in token.children
                    if c.dep_ == counted.dep_
                    and (c.like_num or _counted_apart(c))
                    and c.i > counted.i
                )
                # "Rodriguez Gacha, his son and 15 others": the parser hangs the others on
                # the apposition
                listed += tuple(
                    c
                    for a in counted.children
                    if a.dep_ == "appos"
                    for c in a.conjuncts
                    if _counted_apart(c) and c not in listed
                )
                # "Five killed in Jiribam; over 45 students injured": a semicolon ends the list
                doc = counted.doc
                listed = tuple(
                    o
                    for o in listed
                    if not any(
                        t.text == ";" for t in doc[min(o.i, counted.i) : max(o.i, counted.i)]
                    )
                    and not _told_apart_by(o, token)
                )
                for other in listed:
                    also = _figure(token, outcome, other)
                    if also is not None and other.i > counted.i and other not in kin:
                        yield also
                if counted.dep_ in {"nsubjpass", "dobj"}:
                    for mate in _companions(token):
                        also = _figure(token, outcome, mate)
                        if also is not None:
                            yield also
                break


def _subject_taken_by_the_teller(verb: Token) -> bool:
    """A verb told with "were" but no subject, under a reporting verb ("said ... were still
    missing"): its subject is the object the parser gave the reporting verb."""
    return (
        verb.pos_ == "VERB"
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in REPORTING
        and not any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children)
        and any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" for c in verb.children)
    )


_REMEMBRANCE = frozenset({"anniversary", "memory", "commemoration", "remembrance", "memorial"})


def remembered(token: Token) -> bool:
    """ "To mark the first anniversary of Mahsa Amini's death": a death remembered, not
    one of the news."""
    of = token.head
    return token.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _REMEMBRANCE


def _denied(token: Token) -> bool:
    """ "The news agency denied he had been arrested": what a denial says did not happen is
    no figure (the denial is a claim of its own)."""
    return (
        token.pos_ == "VERB"
        and token.dep_ == "ccomp"
        and token.head.lemma_.lower() in {"deny", "dismiss", "refute"}
    )


# Words of a deed meant and not (yet) done: "threatened to kill", "a plot to kill".
_MEANING = frozenset(
    "threaten plan plot attempt try bid scheme conspire conspiracy vow promise intend aim "
    "want seek hope".split()
)


def _only_meant(token: Token) -> bool:
    """ "The rebels threatened to kill ten hostages", "evaded a plan to capture him": a verb
    of what someone meant to do counts nobody. "Managed to capture" counts its captured."""
    return (
        token.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and token.dep_ in {"xcomp", "relcl", "acl", "advcl"}
        and token.head.lemma_.lower() in _MEANING
    )


def _naming_them(counted: Token, number: Token | None) -> bool:
    """ "Killing two civilians, a worker and a guard": as many people listed, one by one,
    as the number counts are those people, not more of them."""
    if number is None or not number.like_num:
        return False
    value = number_value(number)
    each = [
        c
        for c in counted.conjuncts
        if c.tag_ == "NN" and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)
    ]
    return value is not None and each == list(counted.conjuncts) and value[0] == len(each)


def _part_of_them(trigger: Token, outcome: Outcome, counted: Token) -> Iterator[Figure]:
    """ "At least eight people, two of them civilians, were killed", "killing 18 people,
    including five soldiers", "among them three soldiers": a part of the dead of another side
    than the rest is a figure of its own; children or women among the civilians are not."""
    parts = []
    for part in counted.children:
        number = _number_in(part) if part.dep_ == "appos" else None
        if number is None or number == part:
            continue
        them = [
            c
            for t in (number, part)
            for c in t.children
            if c.dep_ == "prep" and c.lower_ in {"of", "among"}
            if any(o.lower_ == "them" for o in c.children)
        ]
        if them:
            parts.append(part)
    end = max(counted.i, trigger.i)
    for word in trigger.sent:
        near = word.head in {counted, trigger} or 0 < word.i - end <= 3
        if word.lower_ == "including" and word.dep_ == "prep" and near:
            parts += [c for c in word.children if c.dep_ == "pobj"]
    whole = group_kind(counted)
    for part in parts:
        kind = group_kind(part)
        other_side = (kind in ARMED_KINDS and kind is not whole) or (
            part.lemma_.lower() == "civilian" and counted.lemma_.lower() != "civilian"
        )
        number = _number_in(part)
        # "including a civilian", but not "including a lieutenant" of a gang told by name
        counted_apart = number is not None and (number.like_num or kind is ActorKind.CIVILIANS)
        figure = _figure(trigger, outcome, part) if other_side and counted_apart else None
        if figure is not None and figure.group == part:
            yield replace(figure, part=True)


def _apposed_count(noun: Token) -> Token | None:
    """ "GUIHULNGAN CITY, Negros Oriental - Three members of the NPA were killed": a name with
    no number of its own (a dateline the parser took in), and beside it a counted noun."""
    if noun.pos_ != "PROPN" or noun.ent_type_ == "PERSON" or _number_in(noun) is not None:
        return None
    for apposed in noun.children:
        number = _number_in(apposed) if apposed.dep_ == "appos" else None
        if number is not None and number.dep_ == "nummod" and number.like_num:
            return apposed  # not "Diaz Perez, third judge of public order"
    return None


def _bearer_of_wounds(token: Token) -> Token | None:
    """ "Two soldiers suffered gunshot wounds", "sustained injuries": whom the wounds are of."""
    verb = token.head
    if (
        token.pos_ != "NOUN"
        or token.lemma_.lower() not in {"wound", "injury"}
        or token.dep_ != "dobj"
        or verb.lemma_.lower() not in {"suffer", "sustain", "receive", "incur"}
    ):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _who_lost_a_limb(token: Token) -> Token | None:
    """ "A soldier lost a leg when he stepped on a mine": the one maimed is wounded."""
    if token.lemma_.lower() != "lose" or token.pos_ != "VERB" or not _a_limb_lost(token):
        return None
    return next((c for c in token.children if c.dep_ == "nsubj"), None)


def _held_by(noun: Token) -> bool:
    """Whether the people a noun names were arrested or captured ("one wounded terrorist was
    apprehended")."""
    verb = noun.head
    return (
        noun.dep_ in {"nsubjpass", "dobj"}
        and verb.pos_ == "VERB"
        and (verb.lemma_.lower() in ARREST_VERBS or outcome_of(verb) is Outcome.CAPTURED)
    )


def _told_apart_by(number: Token, word: Token) -> bool:
    """ "18 civilians dead and seven wounded": a listed number the next word gives another
    outcome."""
    doc = number.doc
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    return (
        after is not None
        and after.i != word.i
        and (OUTCOME_LEMMAS.get(after.lemma_.lower()) or OUTCOME_LEMMAS.get(after.lower_))
        is not None
    )


def _some_of_them(token: Token) -> list[tuple[Token, Token]]:
    """ "Five of the dead were armed men", "18 of the dead belonged to the SNA and six to the
    SDF": each number of the dead, and who they were."""
    of = token.head
    number = of.head
    if token.dep_ != "pobj" or of.lower_ != "of" or not number.like_num:
        return []
    verb = number.head
    if number.dep_ != "nsubj":
        return []
    if verb.lemma_ == "be":
        who = next((c for c in verb.children if c.dep_ == "attr" and _people(c)), None)
        return [] if who is None else [(number, who)]
    if verb.lemma_ != "belong":
        return []
    # however the parser hung "and six to the SDF", the numbers and the owners come in turn
    numbers = [number] + [t for t in verb.subtree if t.dep_ == "conj" and t.like_num]
    owners = [
        owner
        for to in verb.subtree
        if to.dep_ == "prep" and to.lower_ == "to" and to.head in {verb, *numbers}
        for owner in to.children
        if owner.dep_ == "pobj"
    ]
    if len(numbers) != len(owners):
        return []
    return list(zip(sorted(numbers), sorted(owners), strict=True))


def _of_whom_after_the_day(noun: Token) -> list[Token]:
    """ "The assassination on 15 September of Eduardo Lopez": the victims, which the parser
    hangs on the day told between them and the killing."""
    words = noun.doc[noun.i + 1 : min(noun.i + 8, noun.sent.end)]
    return [
        victim
        for day in words
        if day.ent_type_ == "DATE" and day.dep_ == "pobj"
        for prep in day.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for victim in prep.children
        if victim.dep_ == "pobj"
        and (victim.ent_type_ == "PERSON" or victim.like_num or _number_in(victim) is not None)
    ]


def _among(token: Token) -> list[Token]:
    """ "Nine soldiers and four civilians were among the dead", "among those killed were
    two policemen and a child": the groups the dead are told in; one group alone ("four
    women were among the wounded") is a part of them, no count."""
    place = token.head if token.dep_ == "acl" and token.head.lower_ == "those" else token
    among = place.head
    if place.dep_ != "pobj" or among.lower_ != "among" or among.head.lemma_ != "be":
        return []
    counted = [c for c in among.head.children if c.dep_ in {"nsubj", "attr"}]
    counted = [c for c in counted if c.conjuncts]
    if all(group_kind(t) is ActorKind.CIVILIANS for c in counted for t in (c, *c.conjuncts)):
        return []  # "among the dead were a pastor and two children": who the dead were
    return counted


# The words a casualty figure may hang on (see ``_figures``).
_ASKED = (
    frozenset(OUTCOME_LEMMAS)
    | REMAINS
    | EUPHEMISMS
    | {"toll", "loss", "number", "take", "pass", "hurt", "harm", "casualty", "victim", "hold"}
    | {"shoot", "hit", "gun"}
    | HOSPITAL_VERBS
    | ARREST_VERBS
    | {"death", "fatality", "injury"}
)


# What is done with the dead: bodies received, recovered, counted, seen lying.
BODY_VERBS = frozenset(
    "receive recover find count see pull bring retrieve collect discover identify exhume dig "
    "wash bury return hand repatriate remove carry lie dump take transport deliver "
    "evacuate pile show".split()
)


def _among_whom(token: Token) -> Token | None:
    """ "No losses among its troops", "no casualties among civilians": whose they are not."""
    return _people_under(token, "among")


def _people_under(token: Token, preposition: str) -> Token | None:
    """The people a preposition of the token names ("among its troops", "of its troops")."""
    return next(
        (
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == preposition
            for o in p.children
            if o.dep_ == "pobj" and group_kind(o) is not ActorKind.UNKNOWN
        ),
        None,
    )


def _sufferer(token: Token) -> Token | None:
    """ "The M23 had suffered no losses": whose the losses are not."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in {"suffer", "sustain", "incur", "take"}:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _bodies(token: Token) -> Figure | None:
    """ "Officers recovered 17 bodies", "the bodies of seven men were found", "I counted
    nearly 40 bodies": a count of the dead, its group the people the bodies were, if said."""
    verbs = [token.head, token.head.head] if token.dep_ in {"conj", "appos"} else [token.head]
    verbs += [c for c in token.children if c.dep_ == "acl"]
    handled = any(v.pos_ == "VERB" and v.lemma_.lower() in BODY_VERBS for v in verbs)
    people = next(
        (
            pobj
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children
            if pobj.dep_ == "pobj" and _number_in(pobj) is not None
        ),
        None,
    )
    if people is not None:
        # "the bodies of seven men with gunshot wounds": how they died, not another count
        marks = {t.i for p in people.children if p.lower_ == "with" for t in p.subtree}
        if any(
            outcome_of(t) is not None
            for t in people.subtree
            if t is not people and t.i not in marks
        ):
            return None  # "the bodies of three soldiers killed in the raid": counted there
        if not handled and not token.dep_.startswith("nsubj"):
            return None
        number = _number_in(people)
    else:
        number = _number_in(token)
        if not handled or number is None or number.lower_ in {"a", "an"}:
            return None
    value = number_value(number) if number is not None else None
    if value is None:
        return None
    low, high, qualifier = value
    qualifier = qualifier_before(number) or qualifier
    if qualifier in {Qualifier.AT_MOST, Qualifier.UP_TO}:
        low = None
    elif qualifier in {Qualifier.AT_LEAST, Qualifier.MORE_THAN}:
        high = None
    if people is None:
        # "six bodies of Maoists": whose bodies, when the number is on the bodies
        people = next(
            (
                pobj
                for prep in token.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for pobj in prep.children
                if pobj.dep_ == "pobj"
            ),
            None,
        )
    group = people if people is not None and _people(people) else None
    # never elliptic: its speaker is its own sentence's, not the last figure's
    return Figure(token, Outcome.KILLED, low, high, qualifier, group, elliptic=False)


def _slain(noun: Token) -> Token | None:
    """The one person a word like "murdered" or "slain" describes ("the slain mayor", "the
    murdered senator Luis Carlos Galan"), not a group or a thing ("murdered priests", "a
    murdered body")."""
    titled = group_kind(noun) is ActorKind.CIVILIANS
    while noun.dep_ == "compound":
        noun = noun.head
    if noun.tag_ not in {"NN", "NNP"} or _number_in(noun) is not None:
        return None
    person = titled or noun.ent_type_ == "PERSON" or group_kind(noun) is ActorKind.CIVILIANS
    return noun if person and noun.lemma_.lower() not in _COLLECTIVE else None


def _someone(noun: Token) -> bool:
    """One person a relative "who" speaks of, however the tagger took the name ("Colonel
    Roberto Rivera Escobar, who was killed"): singular, not counted, not a group."""
    return (
        noun.tag_ in {"NN", "NNP"}
        and _number_in(noun) is None
        and noun.lemma_.lower() not in _COLLECTIVE
        and noun.dep_ != "conj"
        and not any(c.dep_ == "conj" for c in noun.children)
    )


def _their_kin(noun: Token) -> bool:
    """ "Her two children", "his three sons": the family of the one named before them."""
    return noun.lemma_.lower() in _KIN and any(
        c.dep_ == "poss" and c.lower_ in {"her", "his", "their"} for c in noun.children
    )


def _counted_apart(noun: Token) -> bool:
    """A conjunct with a number of its own ("six gunmen" in "a soldier and six gunmen"), or
    a number of people ("one of his bodyguards" in "his driver and one of his
    bodyguards")."""
    if noun.like_num and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return True
    return any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def _companions(verb: Token) -> list[Token]:
    """The people a verb's victim was killed or hurt "along with" or "together with" ("was
    killed near his home, along with two of his bodyguards")."""
    words = [c for c in verb.children if c.lower_ in {"along", "together"}]
    withs = [w for c in words for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]
    if words:
        # "killed along with his two sons": the parser may hang "with" on the verb
        withs += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    return [p for w in withs for p in w.children if p.dep_ == "pobj"]


def _heading(name: Token) -> bool:
    """A name set before a dash, as a place heads a story ("PEREIRA -- Three persons")."""
    return (
        name.pos_ == "PROPN"
        and _number_in(name) is None
        and any(t.dep_ == "punct" and t.text in {"--", "-", "\u2014", ":"} for t in name.children)
    )


def _headline_passive(verb: Token) -> bool:
    """ "Four people killed, five injured": a participle with no auxiliary and no object,
    its subject counted, is a passive told the way headlines tell it."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and _number_in(c) is not None for c in verb.children)


def _passive_conjunct(verb: Token) -> bool:
    """ "Were killed and three others wounded": a verb conjoined to a passive one, with no
    object of its own, is passive too."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ in {"dobj", "auxpass", "aux"} for c in verb.children)
    )


# What "no casualties", "no deaths", "no injuries" say is zero.
_ZERO_NOUNS: dict[str, tuple[Outcome, ...]] = {
    **dict.fromkeys(["casualty", "loss", "victim"], (Outcome.KILLED, Outcome.WOUNDED)),
    **dict.fromkeys(["death", "fatality"], (Outcome.KILLED,)),
    **dict.fromkeys(["injury"], (Outcome.WOUNDED,)),
}


_ZERO_VERBS = frozenset(
    "be report record cause suffer sustain inflict occur have leave result".split()
)


def _none_hurt(token: Token) -> tuple[Outcome, ...]:
    """The outcomes a sentence says no one suffered: "there were no casualties", "caused
    no injuries", "without losses", "no one was killed", "nobody was hurt"."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in _ZERO_NOUNS:
        said_no = any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)
        # "no casualties were reported", "caused no injuries"; not "no death was linked to
        # the use of force"
        said_no = said_no and token.head.lemma_.lower() in _ZERO_VERBS
        if said_no or (token.dep_ == "pobj" and token.head.lower_ == "without"):
            return _ZERO_NOUNS[lemma]
        return ()
    outcome = OUTCOME_LEMMAS.get(lemma)
    if lemma in ARREST_VERBS:
        outcome = Outcome.CAPTURED  # "no one had been arrested"
    harmed = lemma in {"hurt", "harm"}
    told = {Outcome.KILLED, Outcome.WOUNDED, Outcome.CAPTURED}
    if token.pos_ != "VERB" or (outcome not in told and not harmed):
        return ()
    # "no one was hurt", "no civilians were harmed": neither killed nor wounded
    outcomes: tuple[Outcome, ...] = (
        (Outcome.KILLED, Outcome.WOUNDED) if harmed or outcome is None else (outcome,)
    )
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for child in subjects or _shared_subjects(token, anyone=True):
        if child.lower_ == "nobody" or _said_none(child):
            return outcomes  # "no one was detained or injured": injured, too
    # "set fire to the offices but injured no one": the people a verb acts on
    if any(_nobody(c) for c in token.children if c.dep_ == "dobj"):
        return outcomes
    return ()


def _nobody(noun: Token) -> bool:
    return noun.lower_ in {"nobody", "noone"} or _said_none(noun)


# What may stand between two verbs that share their people: "were abducted and later killed".
_BETWEEN_VERBS = frozenset({"CCONJ", "ADV", "PUNCT", "AUX", "PART"})


def _shared_subjects(verb: Token, *, anyone: bool = False) -> list[Token]:
    """The people a passive verb conjoined to another shares with it ("two soldiers were
    shot and killed"), when it has no subject of its own; none of those a subject says
    nobody of ("no one was detained or injured"), unless ``anyone``. So does a passive
    with its own auxiliary conjoined to any verb ("nine soldiers were on a visit and were
    wounded")."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    if _passive_conjunct(verb):
        shared = {"nsubjpass"}
    elif (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.children)
    ):
        shared = {"nsubj", "nsubjpass"}
    else:
        return []
    if any(c.pos_ not in _BETWEEN_VERBS for c in verb.lefts):
        return []  # "six were killed and several injured": people of its own
    return [
        c
        for c in verb.head.children
        if c.dep_ in shared and (anyone or not (c.lower_ == "nobody" or _said_none(c)))
    ]


def _lost_none(verb: Token) -> Token | None:
    """The people a side says it lost none of: "it had lost no fighters", "lost none of
    its soldiers", "denied losing any fighters"."""
    if verb.lemma_.lower() != "lose" or verb.pos_ != "VERB":
        return None
    denied = verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() == "deny"
    for noun in verb.children:
        if noun.dep_ != "dobj":
            continue
        if _said_none(noun):
            return _none_of(noun) or noun
        anyone = any(d.dep_ == "det" and d.lower_ == "any" for d in noun.children)
        if denied and anyone and group_kind(noun) is not ActorKind.UNKNOWN:
            return noun
    return None


def _said_none(noun: Token) -> bool:
    """ "No one", "no civilians", "no soldiers", "none of its troops": a subject that counts
    nobody."""
    if _none_of(noun) is not None:
        return True
    said_no = any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)
    return said_no and (noun.lower_ == "one" or group_kind(noun) is not ActorKind.UNKNOWN)


def _none_of(noun: Token) -> Token | None:
    """The people "none of its troops" counts none of."""
    if noun.lower_ != "none":
        return None
    return _people_under(noun, "of")


def _toll(token: Token) -> Figure | None:
    """ "The death toll among Kyrgyz troops rose to three", "bringing its losses to two",
    "an official put the toll at nearly 30": a revised or estimated killed figure."""
    verb = token.head
    raised = token.dep_ == "dobj" and verb.lemma_.lower() in {
        "bring",
        "raise",
        "take",
        "push",
        "put",
        "place",
        "estimate",
    }
    if token.dep_ not in {"nsubj", "nsubjpass"} and not raised:
        return None
    numbers = [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in {"to", "at"}
        for pobj in prep.children
        if pobj.like_num
    ] + [c for c in verb.children if c.dep_ in {"dobj", "attr"} and c.like_num]
    numbers = [n for n in numbers if number_value(n) is not None]
    if not numbers:
        return None
    value = number_value(numbers[0])
    if value is None:
        return None
    group = next(
        (
            pobj
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in {"among", "of"}
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ),
        None,
    )
    if group is not None and (
        group.lemma_.lower() in OUTCOME_LEMMAS
        or group.lemma_.lower() in {"victim", "fatality", "casualty", "dead", "death"}
    ):
        group = None  # "the number of wounded": whom the toll counts is told elsewhere
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if group is None and owner is not None and group_kind(owner) is not ActorKind.UNKNOWN:
        group = owner  # "the soldiers' toll": the soldiers
    elif group is None and owner is not None:
        group = token  # "its toll": the speaker's own losses
    low, high, qualifier = value
    qualifier = qualifier_before(numbers[0]) or qualifier
    outcome = _counted_victims(token) or Outcome.KILLED
    if any(OUTCOME_LEMMAS.get(t.lemma_.lower()) is Outcome.WOUNDED for t in numbers[0].subtree):
        outcome = Outcome.WOUNDED
    return Figure(token, outcome, low, high, qualifier, group, elliptic=group is None)


def _loss_of(token: Token) -> Figure | None:
    """ "Acknowledged the loss of two soldiers": the people lost are killed."""
    if token.lemma_.lower() != "loss":
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            number = _number_in(pobj)
            if pobj.dep_ != "pobj" or number is None or not _people(pobj):
                continue
            value = number_value(number)
            if value is not None and number is not pobj:
                low, high, qualifier = value
                return Figure(token, Outcome.KILLED, low, high, qualifier, pobj, elliptic=False)
    return None


def _counted_victims(token: Token) -> Outcome | None:
    """ "The number of dead (wounded, victims) is 59", "the number of soldiers killed has
    risen to four": what a "number of" counts."""
    if token.lemma_.lower() != "number":
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                lemma = pobj.lemma_.lower()
                if lemma in {"victim", "fatality", "casualty"}:
                    return Outcome.KILLED
                words = [pobj, *(c for c in pobj.children if c.dep_ in {"acl", "amod"})]
                for word in words:
                    outcome = OUTCOME_LEMMAS.get(word.lemma_.lower())
                    if outcome in {Outcome.KILLED, Outcome.WOUNDED}:
                        return outcome
    return None


_HELPING = frozenset(
    "aid relief medical rescue humanitarian charity health hospital cross crescent".split()
)


_RISING = frozenset("rise climb reach increase jump grow mount hit stand".split())
_COUNTS = frozenset("toll number count tally figure".split())


def toll_moved(verb: Token) -> bool:
    """ "The death toll ... rose to 27 on Wednesday": a count that moved."""
    return verb.lemma_.lower() in _RISING and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _COUNTS for c in verb.children
    )


def _raised_the_toll(token: Token) -> bool:
    """ "The toll rose to three, the ministry said, after a wounded serviceman died": the
    death that moved a toll is one of those the toll counts, told in passing."""
    if token.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in {"after", "when", "as"} for c in token.children
    ):
        return False
    head = token.head
    return toll_moved(head) or any(c.dep_ == "ccomp" and toll_moved(c) for c in head.children)


def group_kind(group: Token | None) -> ActorKind:
    """What kind of people a figure counts ("soldiers" -> state forces)."""
    if group is None:
        return ActorKind.UNKNOWN
    if insurgent_name(group):
        return ActorKind.REBELS
    armed = any(c.dep_ == "amod" and c.lower_ == "armed" for c in group.children)
    if armed and group.lemma_.lower() in {"man", "men", "people", "individual", "person"}:
        return ActorKind.MILITANTS  # "armed men": gunmen, not passers-by
    if group.lemma_.lower() == "guard" and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in {"security", "private"}
        for c in group.children
    ):
        return ActorKind.CIVILIANS  # a (private) security guard is no soldier
    if group.lemma_.lower() == "volunteer" and any(
        t.lower_ in _HELPING for t in group.subtree if t.i < group.i
    ):
        return ActorKind.CIVILIANS  # "a Red Cross volunteer", "aid volunteers"
    if _civil_general(group):
        return ActorKind.CIVILIANS
    for word in (group.lemma_.lower(), group.lower_):
        if word in GROUP_KINDS:
            return GROUP_KINDS[word]
    for child in group.children:
        if _civil_general(child):
            return ActorKind.CIVILIANS  # "Attorney General Roberto Garcia Alvarado"
        if child.dep_ == "compound" and child.lemma_.lower() in GROUP_KINDS:
            return GROUP_KINDS[child.lemma_.lower()]
    whole = members_of(group)
    if whole is not None and whole.pos_ == "NOUN":
        # "three members of the Afghan border forces": of the kind of the whole (not of a
        # name: "the New People's Army" is no state's)
        kind = group_kind(whole)
        armed = any(c.lower_ == "armed" for c in whole.children)
        if kind is ActorKind.UNKNOWN and armed and whole.lemma_.lower() in _BODIES:
            return ActorKind.MILITANTS  # "members of an armed group"
        return kind
    return ActorKind.UNKNOWN


# Offices called "general" that are no army rank.
_CIVIL_GENERALS = frozenset(
    "attorney secretary solicitor procurator prosecutor auditor comptroller consul postmaster "
    "surgeon inspector director".split()
)


def _civil_general(word: Token) -> bool:
    """ "The attorney general", "the secretary-general": an official, not an officer."""
    doc = word.doc
    before = doc[word.i - 2 : word.i] if word.i >= 2 else doc[: word.i]
    office = [t for t in before if t.text != "-"][-1:]
    return (
        word.lower_ in {"general", "generals"}
        and bool(office)
        and office[0].lower_ in _CIVIL_GENERALS
    )


# Words in the name of an armed movement that no state gives its forces ("the Syrian
# Democratic Forces", "the Free Syrian Army", "the Kosovo Liberation Army"); "national" is
# in both (the Afghan National Army, the Syrian National Army).
_MOVEMENT_WORDS = frozenset(
    "democratic liberation free revolutionary resistance popular patriotic people".split()
)


def insurgent_name(group: Token) -> bool:
    """ "The Syrian Democratic Forces": a movement named with a country's demonym, not that
    country's forces."""
    if not group.text[:1].isupper() or group.lower_ not in {"army", "forces", "front"}:
        return False
    return any(
        t.dep_ in {"compound", "amod", "poss"}
        and t.text[:1].isupper()
        and t.lower_.removesuffix("'s") in _MOVEMENT_WORDS
        for t in group.subtree
        if t.i < group.i
    )


# Bodies whose "armed" members are armed men ("members of an armed group").
_BODIES = frozenset({"group", "gang", "movement", "organisation", "organization", "faction"})


def members_of(group: Token) -> Token | None:
    """The whole that "members" count: "members of the Afghan border forces" -> forces."""
    if group.lemma_.lower() != "member":
        return None
    for prep in group.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def countries_in(span: Span | list[Token], book: ActorBook) -> list[str]:
    """Country codes named in a span (names, demonyms, capitals), in order; not the
    demonym in the name of a building ("the Saudi Hospital" in El Fasher, "the Indonesian
    Hospital" in Gaza)."""
    tokens = list(span)
    return [
        code
        for _, end, code, kind in match_countries(tokens, book)
        if (kind == "name" or not _names_a_building(tokens[end - 1]))
        and not _backer(tokens[end - 1])
    ]


# "Turkish-backed factions", "the Britain-based monitor": a country that backs a group or
# hosts it, which is not the group's own (a "Saudi-led coalition" is Saudi Arabia's).
_BACKED = frozenset(
    "backed based funded financed supported sponsored armed trained allied aligned "
    "affiliated linked".split()
)


def _backer(word: Token) -> bool:
    doc = getattr(word, "doc", None)
    if doc is None or word.i + 2 >= len(doc):
        return False
    return doc[word.i + 1].text == "-" and doc[word.i + 2].lower_ in _BACKED


_BUILDINGS = frozenset("hospital clinic university school embassy consulate mosque".split())


def _names_a_building(word: Token) -> bool:
    doc = getattr(word, "doc", None)
    if doc is None or word.i + 1 >= len(doc):
        return False
    after = doc[word.i + 1]
    return after.lemma_.lower() in _BUILDINGS and after.text[:1].isupper()


def group_side(group: Token | None, book: ActorBook) -> tuple[str | None, bool]:
    """(country of the group, whether it is the speaker's own): "its soldiers" -> (None, True)."""
    if group is None or insurgent_name(group):
        return None, False
    # the words of the noun phrase, not of a clause hung on it ("12 members, Mexico's
    # Defense Department said": the ministry's country is no side of the members)
    clauses = {t.i for c in group.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    # nor of a movement's name ("fighters of the Free Syrian Army")
    clauses |= {t.i for m in group.subtree if insurgent_name(m) for t in m.subtree}
    modifiers = [
        t
        for t in group.subtree
        if (t.i < group.i or t.dep_ in {"poss", "compound"}) and t.i not in clauses
    ]
    # "four Palestinians": a demonym that heads the phrase names the side too
    codes = countries_in(modifiers, book) or countries_in([group], book)
    whole = members_of(group)
    if not codes and whole is not None and insurgent_name(whole):
        return None, False  # "fighters of the Free Syrian Army"
    if not codes and whole is not None:
        codes = countries_in([t for t in whole.subtree if t.i <= whole.i], book)
    if codes:
        return codes[0], False
    own = any(t.lower_ in OWN for t in group.subtree if t.dep_ == "poss")
    if group.head.dep_ == "pobj" or group.dep_ == "pobj":
        own = own or any(t.lower_ in OWN for t in group.head.head.subtree if t.dep_ == "poss")
    return None, own


def side_named(trigger: Token, group: Token | None, book: ActorBook) -> str | None:
    """ "One person was killed on the Afghan side": the side a figure is told on."""
    # "one was killed and ten wounded on the Afghan side": the phrase may hang on a conjunct
    heads = [trigger, *trigger.conjuncts] + ([] if group is None else [group])
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"on", "from"}:
                continue
            for side in prep.children:
                if side.dep_ == "pobj" and side.lemma_.lower() == "side":
                    codes = countries_in([t for t in side.subtree if t.i < side.i], book)
                    if len(set(codes)) == 1:
                        return codes[0]
    return None


def words_of(sentence: Span, *, forms: bool = False) -> frozenset[str]:
    """The lemmas of a sentence, lower-cased (with ``forms``, its lower-cased words too);
    worked out once per sentence, as many words of one sentence ask."""
    memo = sentence.doc.user_data.setdefault("sentence_words", {})
    key = (sentence.start, sentence.end, forms)
    if key not in memo:
        lemmas = {t.lemma_.lower() for t in sentence}
        memo[key] = frozenset(lemmas | {t.lower_ for t in sentence} if forms else lemmas)
    found: frozenset[str] = memo[key]
    return found


def entities(doc: Doc) -> list[Span]:
    """The named entities of a Doc, as ``doc.ents`` gives them."""
    return [SpacySpan(doc, s, e, label=label) for s, e, label in _entity_bounds(doc)]


def entities_in(span: Span) -> list[Span]:
    """The named entities within a span, as ``span.ents`` gives them."""
    doc = span.doc
    return [
        SpacySpan(doc, s, e, label=label)
        for s, e, label in _entity_bounds(doc)
        if s >= span.start and e <= span.end
    ]


def entity_of(token: Token) -> Span | None:
    """The named entity a token is part of, if any."""
    doc = token.doc
    return next(
        (
            SpacySpan(doc, s, e, label=label)
            for s, e, label in _entity_bounds(doc)
            if s <= token.i < e
        ),
        None,
    )


def _entity_bounds(doc: Doc) -> tuple[tuple[int, int, str], ...]:
    """Where the named entities of a Doc are, listed once: spaCy builds every span again
    each time ``doc.ents`` is read. (Kept as numbers: a span kept in the Doc's own data
    would make a reference cycle, and the Doc would outlive its use.)"""
    memo = doc.user_data
    if "entities" not in memo:
        memo["entities"] = tuple((e.start, e.end, e.label_) for e in doc.ents)
    found: tuple[tuple[int, int, str], ...] = memo["entities"]
    return found


def speaker_of(token: Token, book: ActorBook) -> tuple[Speaker | None, Token | None]:
    """The speaker a statement is attributed to, and the reporting verb, or (None, None)."""
    sentence = token.sent
    according, loose = _voices(sentence)
    if according is not None:
        pobj, t = according
        return describe_speaker(pobj, book), t
    node = token
    while True:
        if (node.lemma_.lower() in REPORTING or _estimates(node, token)) and node.i != token.i:
            # what "was reported" is no speaker; "by" names one; nor is a subject that holds
            # the statement ("Boko Haram fighters abducted 40 women, residents said", parsed
            # with two subjects)
            subject = next(
                (
                    c
                    for c in node.children
                    if c.dep_ == "nsubj" and not any(t.i == token.i for t in c.subtree)
                ),
                None,
            )
            subject = subject or _agent(node) or _left_subject(node) or _saying_subject(node)
            if subject is not None and subject.lemma_.lower() in _EVENT_NOUNS:
                # "Fighting ... killed at least nine people, the governor of Norte de
                # Santander said": events do not speak; the phrase set off before the verb does
                subject = _voice_before(node) or subject
            if subject is not None and not in_dateline(subject):
                return _placed(describe_speaker(subject, book), node, book), node
        if node.head.i == node.i:
            break
        node = node.head
    root = sentence.root
    if root.lemma_.lower() in REPORTING and root.i > token.i:
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is not None and not in_dateline(subject):
            return describe_speaker(subject, book), root
    if loose is not None:
        subject, verb = loose
        return _placed(describe_speaker(subject, book), verb, book), verb
    return None, None


def _voices(sentence: Span) -> tuple[tuple[Token, Token] | None, tuple[Token, Token] | None]:
    """What a sentence attributes all it says to, worked out once per sentence: whom
    "according to" names (with "according"), and the subject of a reporting verb set in the
    sentence's middle (with the verb)."""
    doc = sentence.doc
    memo = doc.user_data.setdefault("voices", {})  # word numbers: tokens would make a cycle
    if sentence.start not in memo:
        memo[sentence.start] = tuple(
            (pair[0].i, pair[1].i) if pair is not None else None for pair in _find_voices(sentence)
        )
    according, loose = (
        (doc[pair[0]], doc[pair[1]]) if pair is not None else None for pair in memo[sentence.start]
    )
    return according, loose


def _find_voices(
    sentence: Span,
) -> tuple[tuple[Token, Token] | None, tuple[Token, Token] | None]:
    for t in sentence:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to":
            pobj = next((c for c in t.nbor(1).children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return (pobj, t), None
    # "A guard died, the border service said on Thursday, raising its toll to two": an
    # attribution set in the middle of the sentence covers all of it; so does one the parser
    # hung on a noun as a relative clause ("killing 12 members, Mexico's Defense Department
    # said, as ..."), when its subject is a name, not "who" or "which"
    for verb in sentence:
        clause = verb.dep_ == "relcl" and verb.i > 0 and _after_comma(verb)
        if verb.lemma_.lower() in REPORTING and (
            verb.dep_ in {"parataxis", "ccomp", "conj"} or clause
        ):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in PRONOUNS | _RELATIVES:
                return None, (subject, verb)
    return None, None


_RELATIVES = frozenset({"who", "which", "that", "whom"})
_EVENT_NOUNS = frozenset(
    "fighting fight clash attack strike bombing shelling explosion blast violence war "
    "raid ambush assault offensive battle".split()
)


def _voice_before(verb: Token) -> Token | None:
    """The head of the noun phrase set off by a comma right before a reporting verb: "...,
    the governor of Norte de Santander said Monday"."""
    last = verb.doc[verb.i - 1] if verb.i > 0 else None
    if last is None or last.pos_ not in {"NOUN", "PROPN"}:
        return None
    head = last
    while head.dep_ in {"pobj", "prep", "compound"} and head.head.i < verb.i:
        head = head.head
    edge = head.left_edge.i
    if head.pos_ not in {"NOUN", "PROPN"} or edge == 0 or verb.doc[edge - 1].text != ",":
        return None
    return head


_ESTIMATES = frozenset({"put", "place", "estimate"})


def _estimates(verb: Token, token: Token) -> bool:
    """ "The police had put the number of dead at 17": who puts a toll at a figure gives it."""
    return verb.lemma_.lower() in _ESTIMATES and token.dep_ == "dobj" and token.head.i == verb.i


def _after_comma(verb: Token) -> bool:
    """Whether the clause of a verb opens right after a comma ("..., the ministry said")."""
    left = min(t.i for t in verb.subtree)
    return bool(left > 0 and verb.doc[left - 1].text == ",")


def _agent(verb: Token) -> Token | None:
    """ "Was reported by the ministry": who a passive reporting verb names as its speaker."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return None if by is None else next((c for c in by.children if c.dep_ == "pobj"), None)


def _saying_subject(verb: Token) -> Token | None:
    """ "The SDF gave a different account, saying that...": a participle says what the
    subject of its verb says."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp"}:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def _left_subject(verb: Token) -> Token | None:
    """ "..., Kyrgyzstan's border service said": a noun the parser hung elsewhere, right
    before a reporting verb that has no subject."""
    if verb.i == 0 or verb.dep_ not in {"conj", "parataxis", "ccomp", "ROOT"}:
        return None
    before = verb.doc[verb.i - 1]
    if verb.dep_ == "ROOT":
        # "..., the Inspector General of Police (Bastar Range) said": the phrase before the
        # bracket, climbed out of its "of"
        if before.text == ")":
            before = next(
                (
                    verb.doc[t.i - 1]
                    for t in reversed(verb.doc[max(0, verb.i - 8) : verb.i])
                    if t.text == "(" and t.i > 0
                ),
                before,
            )
        while before.dep_ in {"pobj", "prep"} and before.head.i < before.i:
            before = before.head
    if before.pos_ in {"NOUN", "PROPN"} and before.dep_ in {"appos", "conj", "npadvmod"}:
        return before
    return None


def _placed(speaker: Speaker, verb: Token, book: ActorBook) -> Speaker:
    """ "In Baku, the defence ministry said": a speaker with no country of its own speaks
    for the capital or country it speaks in."""
    if speaker.country is not None:
        return speaker
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            named = countries_in([t for p in prep.children for t in p.subtree], book)
            if len(set(named)) == 1:
                return Speaker(
                    speaker.text, named[0], speaker.kind, anaphoric=False, head=speaker.head
                )
    return speaker


def in_dateline(token: Token) -> bool:
    """The token is in the article's dateline ("BENI, Congo, Oct 15 (Reuters) -")."""
    first, last = token.doc.user_data.get("dateline", (0, 0))
    return bool(first <= token.idx < last)


def describe_speaker(head: Token, book: ActorBook) -> Speaker:
    """Name, country and kind of a speaker phrase ("Azerbaijan's ministry of defence")."""
    # the run of words around the head that its phrase holds, without a clause hung on it (a
    # misparse may hang half the sentence on the head: "the ministry said that 21 officers
    # were hurt, some of them by fireworks")
    # (nor one hung deeper: "a rescue worker in Ponnagyun, who asked not to be named")
    aside = {
        t.i for c in head.subtree if c.dep_ in {"relcl", "acl"} and c.i > head.i for t in c.subtree
    }
    kept = {t.i for t in head.subtree} - aside
    left = right = head.i
    while left - 1 in kept:
        left -= 1
    while right + 1 in kept:
        right += 1
    words = head.doc[left : right + 1]
    # "[TEXT] police in this capital": a wire service's marker is no part of a name
    close = next((t.i for t in words[:4] if t.text.endswith("]") and t.i < head.i), None)
    if close is not None and "[" not in head.doc[close + 1 : head.i + 1].text:
        left = close + 1
    words = head.doc[left : right + 1]
    if right + 1 < len(head.doc) and head.doc[right + 1].text == ")" and "(" in words.text:
        words = head.doc[left : right + 2]  # "(Bastar Range)", whatever the parse hung ")" on
    text = words.text.strip().rstrip(",;:").strip()
    codes = countries_in(words, book)
    lemmas = {t.lemma_.lower() for t in words}
    if lemmas & INDEPENDENT_SPEAKERS:
        kind = ActorKind.INDEPENDENT
    elif head.lemma_.lower() in {"police", "policeman"}:
        kind = ActorKind.POLICE
    elif codes or lemmas & {"ministry", "army", "military", "government", "official", "spokesman"}:
        kind = ActorKind.STATE_FORCES if codes or "ministry" in lemmas else ActorKind.OFFICIAL
    elif head.lemma_.lower() in OFFICES:
        # a mayor killed is a civilian; a mayor who speaks speaks for the authorities
        kind = ActorKind.OFFICIAL
    else:
        kind = GROUP_KINDS.get(head.lemma_.lower(), ActorKind.OFFICIAL)
    institutional = head.lemma_.lower() in ANAPHORIC_HEADS or bool(
        {t.lemma_.lower() for t in head.children if t.dep_ == "compound"} & ANAPHORIC_HEADS
    )
    anaphoric = head.pos_ == "PRON" or (
        not codes and head.dep_ != "poss" and (_definite(head) or institutional)
    )
    return Speaker(text, codes[0] if codes else None, kind, anaphoric, head.lemma_.lower())


def resolve(speaker: Speaker | None, history: list[Speaker]) -> Speaker | None:
    """Resolve "it", "he" or "the ministry" to the latest earlier speaker that fits.

    A pronoun takes the latest speaker; a noun ("the ministry") takes the latest speaker
    named with the same noun. Anything else stays as written, without a country.
    """
    if speaker is None or not speaker.anaphoric:
        return speaker
    for earlier in reversed(history):
        if earlier.anaphoric and not (speaker.head in PRONOUNS and earlier.head in _PERSONS):
            continue  # "he" is the inspector general just named, whatever the article's
        if speaker.head in PRONOUNS or _same_kind_of(speaker, earlier):
            return earlier
    return speaker


def _same_kind_of(speaker: Speaker, earlier: Speaker) -> bool:
    """ "The ministry" is the defence ministry told before; "the interior ministry" is not.

    >>> told = Speaker("Turkey's defence ministry", "TR", ActorKind.STATE_FORCES, False, "ministry")
    >>> [_same_kind_of(Speaker(t, None, ActorKind.OFFICIAL, True, "ministry"), told)
    ...  for t in ("the ministry", "the defence ministry", "the interior ministry")]
    [True, True, False]
    """
    told = earlier.text.lower()
    words = re.findall(r"[a-z]+", speaker.text.lower())
    said = [w for w in words if w not in {"the", "a", "an", "its", "his", "her", "their"}]
    return speaker.head in told and all(w in told for w in said)


# Speakers "he" or "she" may stand for: a person, not a ministry.
_PERSONS = OFFICES | frozenset(
    "spokesman spokeswoman spokesperson general inspector commander official officer chief "
    "head director colonel captain major lieutenant".split()
)


def _definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def of_no_group(speaker: str) -> bool:
    """Whether a speaker is named with no owner of its own: "the governor", "security
    sources", "the country's ombudsman", not "the Taliban's defence ministry", "the group's
    spokesman" or "Islamic State fighters".

    >>> of_no_group("the governor"), of_no_group("the Taliban's defence ministry")
    (True, False)
    >>> of_no_group("the Jenin Brigade, a local armed group")
    False
    """
    words = [w.strip(".,;:\"'()").lower() for w in speaker.split()]
    if ({*words} | {w.removesuffix("s") for w in words}) & NON_STATE_WORDS:
        return False
    if "armed" in words and {"group", "groups", "movement"} & {*words}:
        return False  # "the Jenin Brigade, a local armed group"
    owners = _OWNER.findall(speaker)
    return not any(o[:1].isupper() or o.lower() in _GROUP_NOUNS for o in owners)


_OWNER = re.compile(r"\b([\w-]+)['\u2019]s\b")
_GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "militia", "front"})


def with_claim(claims: list[Claim], claim: Claim) -> list[Claim]:
    """The claims with one more, folded into one already there that is the same figure of
    the same side from the same side (its sentence kept as evidence)."""
    for n, old in enumerate(claims):
        if (
            old.kind == claim.kind
            and not _other_person(old, claim)
            and not _other_sides(old, claim)
            and not _others_of_one_clause(old, claim)
            and old.speaker_country == claim.speaker_country
            and old.subject_country == claim.subject_country
            and old.outcome == claim.outcome
            and old.figure == claim.figure
            and old.target_country == claim.target_country
        ):
            better = claim if len(claim.speaker) > len(old.speaker) else old
            evidence = (*old.evidence, *claim.evidence, claim.mention)
            return [*claims[:n], replace(better, evidence=evidence), *claims[n + 1 :]]
    return [*claims, claim]


_STATE = frozenset({ActorKind.STATE_FORCES, ActorKind.POLICE})


def _others_of_one_clause(old: Claim, new: Claim) -> bool:
    """Whether two figures one verb gives count people told apart: "his driver and one of
    his bodyguards were killed" are two dead."""
    return (
        old.mention is not None
        and old.mention == new.mention
        and old.subject.lower() != new.subject.lower()
    )


def _other_sides(old: Claim, new: Claim) -> bool:
    """Whether two claims count people of sides told apart: "one civilian and one soldier
    were killed" are two dead, not one told twice."""
    kinds = {old.subject_kind, new.subject_kind}
    if len(kinds) < 2 or ActorKind.UNKNOWN in kinds:
        return False
    armed = [k in ARMED_KINDS for k in kinds]
    if not any(armed):
        return False  # civilians and protesters: the same people, told two ways
    return armed[0] != armed[1] or not kinds <= _STATE


def _other_person(old: Claim, new: Claim) -> bool:
    """Whether two claims of one victim each name a different person."""
    return (
        old.figure == new.figure == 1
        and all(
            c.subject[:1].isupper()
            and c.subject.lower() not in GROUP_KINDS
            and c.subject.lower() not in PRONOUNS | {"him", "her"}
            for c in (old, new)
        )
        and old.subject.lower() != new.subject.lower()
    )
