"""Extract: one parsed article in, the events it reports out (Reports with Claims and Mentions).

The extractor works in three passes over the sentences of one article:

1. find event triggers, the date each one carries, and whether it is past context;
2. group triggers into reports: a dated mention starts or joins a report, an undated one
   ("the fighting") refers back to an earlier mention of the same word or to the main news;
3. read casualty figures, blame and denials with their speakers, and attach each to the
   report of its sentence (or the main news).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from flashpoint import claims as cl
from flashpoint import dates, lexicon
from flashpoint.actors import GROUP_KINDS, ActorBook, load_actor_book, match_countries
from flashpoint.models import (
    ActorKind,
    ActorRef,
    Article,
    Claim,
    ClaimKind,
    DatePrecision,
    DateSpan,
    Mention,
    Outcome,
    Place,
    Report,
    content_id,
)
from flashpoint.vocab import eval_type

NAME = "flashpoint.rules"
VERSION = "1"
BACKGROUND_DAYS = 7
# Sub-events that are part of the main incident when they carry no date of their own
# ("gunmen attacked the village ... and burned houses").
SUBSUMED = frozenset({"Looting/property destruction"})
NON_VIOLENT = frozenset({"Agreement", "Arrests", "Peaceful protest", "Other"})
UNDATED_PAST = DateSpan(None, None, DatePrecision.UNKNOWN, "past context with no date")
MAX_DATE_DISTANCE = 6

Token = Any
Span = Any
Extractor = Callable[[Article, Any], list[Report]]


@dataclass
class _Hit:
    """An event trigger in the text, with what its own sentence says about it."""

    token: Token
    sub_type: str
    sentence: int
    date: DateSpan | None = None
    date_distance: int = MAX_DATE_DISTANCE + 1
    background: bool = False
    group: _Group | None = None
    place: str | None = None


@dataclass
class _Group:
    """The triggers, claims and sentences that make one report, while it is being built."""

    sub_type: str
    date: DateSpan
    background: bool
    hits: list[_Hit] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)
    mediators: set[str] = field(default_factory=set)
    reciprocal_blame: list[Span] = field(default_factory=list)
    place: str | None = None


def make_extractor(*, background_days: int = BACKGROUND_DAYS) -> Extractor:
    """Build the rule-based extractor (registered as ``flashpoint.rules.v1``).

    >>> extractor = make_extractor()
    >>> callable(extractor)
    True
    """

    def run(article: Article, doc: Any) -> list[Report]:
        return extract(article, doc, book=load_actor_book(), background_days=background_days)

    return run


def extract(
    article: Article, doc: Any, *, book: ActorBook, background_days: int = BACKGROUND_DAYS
) -> list[Report]:
    """The reports one parsed article gives, news and background alike."""
    doc.user_data["dateline_end"] = dates.dateline_end(article.text)
    sentences = list(doc.sents)
    skip = _captions(sentences)
    title = _title_sentences(sentences, article)
    hits = [h for i, s in enumerate(sentences) if i not in skip for h in _triggers(s, i, book)]
    for index in sorted({h.sentence for h in hits}):
        in_sentence = [h for h in hits if h.sentence == index]
        _date_hits(in_sentence, sentences[index], article.published, background_days)
    groups = _group(hits, article.published)
    _earlier_incidents(groups)
    main = next((g for g in groups if not g.background), None)
    _read_claims(sentences, skip, title, hits, groups, main, book, article)
    reports: list[Report] = []
    parties: tuple[str, ...] = ()
    for group in sorted(groups, key=lambda g: g is not main):
        if group.hits or group.claims:
            reports.append(_report(article, group, sentences, book, parties))
            if group is main:
                parties = reports[-1].countries
    for hit in hits:
        # A hit and its group point at each other; breaking the cycle lets each parsed Doc
        # (and the batch's tensors it holds) go as soon as the article is done.
        hit.group = None
    return reports


def _captions(sentences: list[Span]) -> set[int]:
    """Sentences that are photo captions or credits, or repeat an earlier sentence."""
    seen: set[str] = set()
    skip: set[int] = set()
    for i, sentence in enumerate(sentences):
        text = " ".join(sentence.text.split()).lower()
        if text in seen or any(marker in text for marker in lexicon.CAPTION_MARKERS):
            skip.add(i)
        seen.add(text)
    for i in sorted(skip):
        if i > 0 and "\n" not in sentences[i - 1].text and sentences[i - 1].text.strip():
            previous = " ".join(sentences[i - 1].text.split()).lower()
            if sum(previous == " ".join(s.text.split()).lower() for s in sentences) > 1:
                skip.add(i - 1)
    return skip


def _title_sentences(sentences: list[Span], article: Article) -> set[int]:
    """The headline: the article's title, or a first line without final punctuation."""
    if not sentences:
        return set()
    first = sentences[0].text.strip()
    is_title = first == article.title.strip() or (
        "\n" in sentences[0].text_with_ws and not first.endswith((".", "!", "?", '"', "”"))
    )
    return {0} if is_title else set()


def _triggers(sentence: Span, index: int, book: ActorBook) -> Iterator[_Hit]:
    for token in sentence:
        sub_type = _trigger_type(token)
        if sub_type is None or _hypothetical(token):
            continue
        yield _Hit(token, sub_type, index, place=_where(token, book))


def _where(token: Token, book: ActorBook) -> str | None:
    """The place below a country a trigger says it happened in ("a bomb exploded in Cali"):
    ACLED's event is one type, one place, one day, so two of them are two events."""
    heads = [token, token.head] if token.dep_ in {"nsubj", "nsubjpass", "dobj"} else [token]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"in", "near", "at", "outside"}:
                continue
            for place in prep.children:
                if place.dep_ == "pobj" and place.ent_type_ in {"GPE", "LOC", "FAC"}:
                    named = [t for t in place.subtree if t.ent_type_]
                    if named and not match_countries(named, book):
                        return " ".join(t.lower_ for t in named)
    return None


def _trigger_type(token: Token) -> str | None:
    lemma = _lemma(token)
    if lemma not in lexicon.TRIGGER_LEMMAS and token.lower_ not in lexicon.SEXUAL_FORMS:
        return None
    if token.pos_ not in {"NOUN", "VERB", "PROPN"} or token.ent_type_ in {"DATE", "TIME"}:
        return None
    if lemma in dates.MONTHS and token.text[:1].isupper():
        return None
    pattern = _pattern_type(token, lemma)
    if pattern is not None:
        return pattern
    if lemma in {"talk", "negotiation"} and token.pos_ == "NOUN":
        return "Agreement" if _modified(token, lexicon.AGREEMENT_MODIFIERS) else None
    if lemma in lexicon.AGREEMENT_NOUNS:
        words = {_lemma(c) for c in token.children} | {token.head.lemma_.lower()}
        marks = lexicon.AGREEMENT_MODIFIERS | {"broker", "mediate"}
        about = {t.lemma_.lower() for t in token.sent} & lexicon.AGREEMENT_TOPICS
        if token.pos_ != "NOUN" or token.lower_.startswith("accord"):
            about = set()
        return "Agreement" if words & marks or (about and not _hypothetical(token)) else None
    sub_type = lexicon.TRIGGERS.get(lemma)
    if lemma == "fire" and token.pos_ == "NOUN" and token.head.lemma_.lower() in {"open", "of"}:
        sub_type = "Attack"
    if sub_type is None:
        return None
    if sub_type == "Agreement" and lemma not in lexicon.SURRENDER and not _agreed(token):
        return None
    if lemma == "fight" and token.pos_ == "VERB" and not _fights_someone(token):
        return None
    if lemma == "strike":
        near = {t.lower_ for t in token.subtree} | {token.head.lower_}
        if near & {"hunger", "general"} or token.head.lemma_.lower() == "go":
            return "Peaceful protest"
        if not near & lexicon.STRIKE_MARKERS:
            return None
    instrument = token.dep_ == "compound" or (token.dep_ == "pobj" and token.head.lower_ == "with")
    if lemma in {"artillery", "mortar", "rocket", "missile", "drone"} and instrument:
        return None
    if _disrupted(token):
        return "Disrupted weapons use"
    if lemma in lexicon.GENERIC_VIOLENCE or sub_type.startswith("Remote explosive"):
        if _accidental(token):
            return None
        found = _instrument(token)
        if _self_killed(token):
            found = "Suicide bomb"
        if found in lexicon.PERSONAL_WEAPONS:
            return found
        if sub_type.startswith("Remote explosive") and _from_the_air(token):
            found = "Air/drone strike"
        sub_type = found or sub_type
    if lemma in {"missile", "rocket"} and _from_the_air(token):
        sub_type = "Air/drone strike"
    if sub_type != "Air/drone strike" and (
        eval_type(sub_type) in {"shelling_airstrike", "suicide_or_bomb_attack"}
        and _context(token) & lexicon.INSTRUMENTS[0][1]
    ):
        sub_type = "Chemical weapon"
    if sub_type == "Attack" and lemma != "massacre":
        sub_type = _attack_type(token)
    if eval_type(sub_type) in {"protest", "riot"} or sub_type == "Looting/property destruction":
        return _protest_type(token, sub_type)
    scuffle = lemma in {"clash", "skirmish", "scuffle", "fight", "fighting"}
    around = {t.lemma_.lower() for t in token.sent} if scuffle else _parties(token)
    if sub_type == "Arrests" and _at_protest(token):
        return _protest_type(token, "Protest with intervention")
    if sub_type in {"Armed clash", "Attack"} and around & lexicon.PROTEST_PEOPLE:
        return _protest_type(token, "Violent demonstration")
    return sub_type


def _fights_someone(token: Token) -> bool:
    """ "Fighting deportation", "fight corruption": a fight against something that is not an
    armed actor is no clash. A fight with no object, or against people, is."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if not objects:
        return True
    return any(
        GROUP_KINDS.get(o.lemma_.lower()) is not None
        or o.lemma_.lower() in lexicon.NON_STATE_WORDS | lexicon.STATE_WORDS
        or o.ent_type_ in {"ORG", "NORP", "PERSON", "GPE"}
        or o.pos_ == "PRON"
        for o in objects
    )


def _lemma(token: Token) -> str:
    """The token's lemma, with "cease-fire" (three tokens) read as one word on its "fire", and
    a plural the tagger took for a name read as the common noun."""
    doc, i = token.doc, token.i
    if (
        token.lower_ == "fire"
        and i >= 2
        and doc[i - 1].text == "-"
        and doc[i - 2].lower_ == "cease"
    ):
        return "ceasefire"
    lemma = str(token.lemma_.lower())
    if token.pos_ == "PROPN" and lemma not in lexicon.TRIGGERS:
        # a capitalised word the tagger took for a name ("Rockets fired from ...")
        for singular in (lemma.removesuffix("s"), lemma.removesuffix("es")):
            if singular in lexicon.TRIGGERS:
                return singular
    return lemma


def _pattern_type(token: Token, lemma: str) -> str | None:
    """Sub-event types told by a word and what it governs, not by the word alone.

    "Rebels seized the town" is territory taken, "seized weapons" disrupted weapons use;
    "set up a base" a base established; "blew himself up" a suicide bomb.
    """
    if token.lower_ in lexicon.SEXUAL_FORMS:
        return "Sexual violence"
    objects = _objects(token)
    heads = {o.lemma_.lower() for o in objects} | {o.lower_ for o in objects}
    particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
    if token.pos_ == "VERB":
        if lemma == "blow" and any(o.lower_ in lexicon.REFLEXIVES for o in objects):
            return "Suicide bomb"
        if lemma == "blow" and "up" in particles and objects:
            return "Remote explosive/landmine/IED"
        taken = _people_taken(token, lemma, objects, particles)
        if taken is not None:
            return taken
        if lemma == "fire" and (_targets(token) or heads & lexicon.FIREARMS):
            if "air" in {t.lemma_.lower() for t in token.subtree}:
                return None  # warning shots
            if _scene(token) & (lexicon.PROTEST_PEOPLE | {"disperse"}):
                return _protest_type(token, "Peaceful protest")
            return _instrument(token) or _attack_type(token)
        if lemma == "storm" and objects:
            if _parties(token) & lexicon.PROTEST_PEOPLE:
                return _protest_type(token, "Violent demonstration")
            return _attack_type(token)
        if lemma == "hold" and _held(token):
            return "Abduction/forced disappearance"
        if lemma in lexicon.HIT_VERBS and _subject_heads(token) & lexicon.AIRCRAFT:
            return "Air/drone strike"
        if lemma in lexicon.HIT_VERBS | {"step", "trigger"} and heads & {"mine", "landmine", "ied"}:
            return "Remote explosive/landmine/IED"
        if (
            lemma in lexicon.DISRUPT_VERBS | lexicon.SEIZE_VERBS | {"destroy"}
            or (lemma in {"shoot", "bring"} and "down" in particles)
        ) and (_foiled(objects) or _carries(objects, lexicon.WEAPON_NOUNS)):
            return "Disrupted weapons use"
        territory = _territory(token, lemma, objects, particles)
        if territory is not None:
            return territory
        built = {c.lemma_.lower() for c in token.children if c.dep_ in {"dobj", "nsubjpass"}}
        built |= {c.lower_ for c in token.children if c.dep_ in {"dobj", "nsubjpass"}}
        if (
            lemma in lexicon.ESTABLISH_VERBS
            and built & lexicon.BASE_NOUNS
            and (lemma != "set" or "up" in particles)
        ):
            return "Headquarters or base established"
        change = _change(token, lemma, heads)
        if change:
            return "Change to group/activity"
        if lemma in lexicon.DESTROY_VERBS and _property(token, objects):
            return _protest_type(token, "Looting/property destruction")
        if lemma in {"assault", "abuse"} and _modified(token, {"sexually"}):
            return "Sexual violence"
        if (
            lemma == "agree"
            and any(
                c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in {"on", "to"})
                for c in token.children
            )
            and {t.lemma_.lower() for t in token.subtree} & lexicon.CONFLICT_TERMS
        ):
            return "Agreement"
        victims = _victims(token) if lemma in lexicon.KILL_VERBS else None
        if victims is not None and _perpetrator(token) and not _accidental(token):
            if victims is ActorKind.PROTESTERS:
                return _protest_type(token, "Excessive force against protesters")
            return _instrument(token) or "Attack"
        return None
    if lemma in lexicon.SEXUAL_NOUNS and _modified(token, {"sexual"}):
        return "Sexual violence"
    if lemma in {"gas", "agent", "weapon", "attack"} and _modified(
        token, lexicon.INSTRUMENTS[0][1]
    ):
        return "Disrupted weapons use" if _disrupted(token) else "Chemical weapon"
    if lemma in lexicon.EXCHANGE_NOUNS and (
        _modified(token, {"prisoner", "captive"})
        or {t.lemma_.lower() for t in token.subtree} & {"prisoner", "captive", "hostage", "release"}
    ):
        return "Agreement"
    return None


def _subject_heads(token: Token) -> set[str]:
    """Lemmas of the head nouns of a verb's subject (or passive agent)."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    subjects += [p for c in token.children if c.dep_ == "agent" for p in c.children]
    return {s.lemma_.lower() for s in subjects}


def _held(token: Token) -> bool:
    """People held hostage or captive, or held by an armed group ("held by the rebels")."""
    words = {c.lemma_.lower() for c in token.children} | {
        t.lemma_.lower()
        for c in token.children
        if c.dep_ in {"oprd", "xcomp", "advcl"}
        for t in c.subtree
    }
    if words & {"hostage", "captive", "captivity"}:
        return True
    captors = [p for c in token.children if c.dep_ == "agent" for p in c.children]
    held = [c for c in token.children if c.dep_ == "nsubjpass"]
    armed = any(
        t.lemma_.lower() in lexicon.NON_STATE_WORDS or t.ent_type_ == "ORG"
        for c in captors
        for t in c.subtree
    )
    people = any(_civilian(h.lemma_.lower()) or h.ent_type_ == "PERSON" for h in held)
    return armed and people


def _people_taken(
    token: Token, lemma: str, objects: list[Token], particles: set[str]
) -> str | None:
    """People seized or taken away: an arrest by the police or the state, otherwise (or when
    they are still missing) an abduction."""
    grabbing = lemma in {"seize", "grab", "snatch"} or (lemma == "take" and "away" in particles)
    if not grabbing or not any(_civilian(o.lemma_.lower()) for o in objects):
        return None
    missing = {t.lemma_.lower() for t in token.sent} & {"missing", "disappear", "whereabouts"}
    if _actor_kind(token) == "state" and not missing:
        return "Arrests"
    return "Abduction/forced disappearance"


def _foiled(objects: list[Token]) -> bool:
    """An attack, a bombing or a plot to attack was foiled; a foiled attempt to smuggle
    people is crime, not disrupted weapons use."""
    for noun in objects:
        lemma = noun.lemma_.lower()
        if lemma in lexicon.FOILED_EVENTS - {"attempt", "plot"}:
            return True
        if lemma in {"attempt", "plot"} and any(
            t.lemma_.lower() in lexicon.TRIGGERS for t in noun.subtree if t.i != noun.i
        ):
            return True
    return False


def _carries(objects: list[Token], words: frozenset[str]) -> bool:
    """One of these words is in what the verb acts on ("packages containing explosives")."""
    return any(
        t.lemma_.lower() in words or t.lower_ in words
        for o in objects
        for t in o.subtree
        if t.i == o.i or t.dep_ not in {"compound", "amod", "nmod", "npadvmod"}
    )


def _objects(token: Token) -> list[Token]:
    """What a verb acts on: its objects, the objects of its prepositions, a passive subject,
    the noun a participle describes ("a stash found in Mosul"), and the nouns of "a cache of
    weapons" or "control of the town"."""
    found = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}]
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in {"NOUN", "PROPN"}:
        found.append(token.head)
    preps = [c for c in token.children if c.dep_ in {"prep", "prt"}]
    # "out of the town", "away from the border": a preposition inside a preposition
    preps += [p for c in preps for p in c.children if p.dep_ == "prep"]
    found += [p for c in preps for p in c.children if p.dep_ == "pobj"]
    for noun in list(found):
        for conj in noun.conjuncts:
            found.append(conj)
        found += [c for c in noun.children if c.dep_ == "appos"]
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                found += [p for p in prep.children if p.dep_ == "pobj"]
    return found


def _modified(token: Token, words: frozenset[str] | set[str]) -> bool:
    """The token has one of these words as a modifier ("sexual violence", "mustard gas")."""
    return any(
        c.lemma_.lower() in words or c.lower_ in words
        for c in token.children
        if c.dep_ in {"amod", "compound", "advmod", "nmod", "npadvmod"}
    )


def _parties(token: Token) -> set[str]:
    """Lemmas of who acts and who is acted on: the trigger's own words, and the subjects and
    objects of the verb it depends on ("protesters clashed with police")."""
    words = {t.lemma_.lower() for t in token.subtree}
    for child in token.head.children:
        aimed = child.dep_ == "prep" and child.lower_ in {"on", "against", "with", "between", "at"}
        if aimed or child.dep_ in {"nsubj", "nsubjpass", "dobj", "agent"}:
            words |= {t.lemma_.lower() for t in child.subtree}
    return words


def _context(token: Token) -> set[str]:
    """Lemmas of the clause around a trigger: its own subtree and its head's."""
    return {t.lemma_.lower() for t in token.head.subtree} | {token.head.lemma_.lower()}


def _scene(token: Token, *, deeds: bool = False) -> set[str]:
    """Lemmas of the trigger's sentence and the next one, where a protest's outcome is told.

    With ``deeds``, words for what a protest is against ("a rally against gun violence")
    are left out, and blocking a road counts as a barricade.
    """
    sentence = token.sent
    tokens = list(sentence)
    if sentence.end < len(token.doc):
        tokens += list(token.doc[sentence.end].sent)
    if not deeds:
        return {t.lemma_.lower() for t in tokens}
    words = {t.lemma_.lower() for t in tokens if not _cause(t) and not _of_the_state(t)}
    for t in tokens:
        objects = {o.lemma_.lower() for o in _objects(t)}
        tried = t.head.lemma_.lower() in {"attempt", "try", "seek", "plan", "threaten"}
        if t.lemma_.lower() in lexicon.BLOCK_VERBS and objects & lexicon.ROADS and not tried:
            words.add("barricade")
    return words


def _at_protest(token: Token) -> bool:
    """Protesters arrested, or arrests during a protest ("detained during the rally")."""
    verb = token
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    words = {t.lemma_.lower() for o in _targets(verb) for t in o.subtree}
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"during", "at", "in"}:
            words |= {t.lemma_.lower() for t in prep.subtree}
    if token.pos_ == "NOUN":
        words |= {t.lemma_.lower() for t in token.subtree}
    return bool(words & (lexicon.PROTEST_PEOPLE - {"crowd"}))


def _of_the_state(token: Token) -> bool:
    """ "Riot police", "a violent crackdown": words about the forces, not the protesters."""
    return token.dep_ in {"amod", "compound"} and token.head.lemma_.lower() in lexicon.STATE_ACTS


def _cause(token: Token) -> bool:
    """The token names what people protest against ("against police brutality")."""
    for node in token.ancestors:
        if node.lower_ == "against" or node.lemma_.lower() in lexicon.DENOUNCE_VERBS:
            return True
        if node.pos_ == "VERB":
            return False
    return False


def _actor_kind(token: Token) -> str | None:
    """ "state" or "non-state" for the subject (or passive agent) of a verb, if it says."""
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "agent"}]
    node = token
    for _ in range(3):
        # "recaptured" in "entered and recaptured", "by controlling" in "troops won by
        # controlling the area": the subject is the governing verb's
        if (
            subjects
            or node.head.i == node.i
            or node.dep_ not in {"conj", "pcomp", "advcl", "xcomp"}
        ):
            break
        node = node.head
        if node.pos_ == "ADP":
            node = node.head
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "agent"}]
    words = {t.lemma_.lower() for s in subjects for t in s.subtree}
    if words & lexicon.NON_STATE_WORDS:
        return "non-state"
    if words & lexicon.STATE_WORDS or any(
        t.ent_type_ in {"GPE", "NORP"} for s in subjects for t in s.subtree
    ):
        return "state"
    return None


def heads_of(objects: list[Token]) -> set[str]:
    return {o.lemma_.lower() for o in objects}


def _territorial(objects: list[Token]) -> bool:
    """A place: a named place, a word for one, or a name that is not a person or a group."""
    people = any(_civilian(o.lemma_.lower()) or o.ent_type_ == "PERSON" for o in objects)
    return any(
        o.ent_type_ in {"GPE", "LOC", "FAC"}
        or o.lemma_.lower() in lexicon.TERRITORY_NOUNS
        or o.lower_.removesuffix("s") in lexicon.TERRITORY_NOUNS
        or (o.pos_ == "PROPN" and o.ent_type_ in {"", "WORK_OF_ART"} and not people)
        for o in objects
    )


def _territory(token: Token, lemma: str, objects: list[Token], particles: set[str]) -> str | None:
    """Territory changing hands: retaken (by the state), taken (by a non-state group), or
    handed over and left without a fight."""
    taken = [o for o in objects if o.dep_ != "pobj" or o.head.lower_ in {"of", "over", "back"}]
    # Places the small model takes for people: nobody "recaptures" a person.
    named = lemma in lexicon.RETAKE_VERBS and any(o.pos_ == "PROPN" for o in taken)
    if not (_territorial(objects) or named) or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    ):
        return None
    words = {t.lemma_.lower() for t in token.subtree}
    pulled_out = any(
        t.lemma_.lower() in lexicon.WITHDRAW_VERBS
        or (t.lemma_.lower() == "pull" and any(c.lower_ == "out" for c in t.children))
        for t in token.subtree
        if t.i != token.i and t.pos_ == "VERB"
    )
    unresisted = "resistance" in words and bool(words & {"no", "not", "without", "never"})
    quietly = (
        bool(words & lexicon.UNOPPOSED) or {"without", "fight"} <= words or pulled_out or unresisted
    )
    if lemma in {"enter", "march"}:
        return "Non-violent transfer of territory" if quietly else None
    actor = _actor_kind(token)
    takes = lemma in lexicon.TAKE_VERBS or (
        lemma in {"take", "gain", "assume", "seize"}
        and ("over" in particles or "control" in {o.lemma_.lower() for o in objects})
    )
    if lemma in lexicon.WITHDRAW_VERBS or (lemma == "pull" and "out" in particles):
        if any(_civilian(o.lemma_.lower()) for o in objects):
            return None
        # ACLED: territory handed to another actor without a fight; forces that only leave
        # change their activity
        scene = _scene(token)
        if scene & lexicon.HANDOVER_WORDS or "hand" in scene:
            return "Non-violent transfer of territory"
        return "Change to group/activity"
    if lemma in {"hand", "turn"} and "over" in particles:
        return "Non-violent transfer of territory"
    if (lemma in lexicon.RETAKE_VERBS | lexicon.TAKE_VERBS) and not (_territorial(taken) or named):
        return None
    if lemma in lexicon.RETAKE_VERBS or (lemma in {"take", "win"} and "back" in particles):
        if quietly:
            return "Non-violent transfer of territory"
        return (
            "Non-state actor overtakes territory"
            if actor == "non-state"
            else ("Government regains territory")
        )
    if takes:
        if quietly:
            return "Non-violent transfer of territory"
        return (
            "Government regains territory"
            if actor == "state"
            else ("Non-state actor overtakes territory")
        )
    if lemma in lexicon.EXPEL_VERBS and heads_of(objects) & lexicon.NON_STATE_WORDS:
        return "Government regains territory"
    if lemma == "fall" and any(o.lemma_.lower() in lexicon.NON_STATE_WORDS for o in objects):
        return "Non-state actor overtakes territory"
    return None


def _change(token: Token, lemma: str, heads: set[str]) -> bool:
    """A group forms, splits, merges, gets a leader, recruits, surrenders or deploys;
    a curfew or a state of emergency is declared."""
    if lemma in lexicon.CHANGE_VERBS:
        return True
    if lemma in lexicon.DEPLOY_VERBS:
        return bool(heads & lexicon.GROUP_KINDS_FORCES)
    formed = {c.lemma_.lower() for c in token.children if c.dep_ in {"dobj", "nsubjpass"}}
    if lemma in lexicon.FORM_VERBS and formed & lexicon.GROUP_NOUNS:
        return True
    if lemma in lexicon.APPOINT_VERBS and heads & lexicon.LEADER_NOUNS:
        return True
    if lemma in lexicon.DECREE_VERBS and heads & lexicon.DECREE_NOUNS:
        disaster = {k for k in lexicon.NON_CONFLICT.values() if k.endswith("disaster")}
        return not any(lexicon.NON_CONFLICT.get(t.lemma_.lower()) in disaster for t in token.doc)
    return lemma == "pledge" and "allegiance" in heads


def _property(token: Token, objects: list[Token]) -> bool:
    """Burning or destroying property ("burned houses", "set fire to shops")."""
    burning = any(o.lemma_.lower() == "fire" or o.lower_ in {"ablaze", "alight"} for o in objects)
    if token.lemma_.lower() == "set" and not burning:
        return False
    return any(o.lemma_.lower() in lexicon.PROPERTY_NOUNS for o in objects)


def _victims(token: Token) -> ActorKind | None:
    """Civilians or protesters a killing verb acts on, if the sentence names them."""
    for target in _objects(token):
        words = [t.lemma_.lower() for t in target.subtree]
        for word in words:
            kind = GROUP_KINDS.get(word)
            if kind is ActorKind.PROTESTERS:
                return kind
            if _civilian(word):
                return ActorKind.CIVILIANS
    return None


def _perpetrator(token: Token) -> bool:
    """The verb's subject (or passive agent) is an armed actor, not an event ("the war")."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    subjects += [p for c in token.children if c.dep_ == "agent" for p in c.children]
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
    if not subjects and not passive and token.dep_ in {"advcl", "conj", "xcomp"}:
        # "gunmen stormed the village, shooting residents": the participle's subject
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    for subject in subjects:
        kind = GROUP_KINDS.get(subject.lemma_.lower())
        if kind is not None and kind is not ActorKind.CIVILIANS:
            return True
        if subject.lemma_.lower() in lexicon.NON_STATE_WORDS | lexicon.STATE_WORDS:
            return True
        if subject.ent_type_ in {"ORG", "NORP", "PERSON"}:
            return True
    return False


def _disrupted(token: Token) -> bool:
    """A weapon defused, intercepted, shot down or seized: disrupted weapons use."""
    if token.lemma_.lower() not in lexicon.WEAPON_NOUNS | lexicon.FOILED_EVENTS:
        return False
    node = token
    for _ in range(5):
        if node.head.i == node.i:
            return False
        below, node = node, node.head
        if below.dep_ == "pobj" and node.lower_ != "of":
            return False
        lemma = node.lemma_.lower()
        particles = {c.lower_ for c in node.children if c.dep_ == "prt"}
        if lemma in lexicon.DISRUPT_VERBS | lexicon.SEIZE_VERBS:
            return True
        if lemma in {"shoot", "bring"} and "down" in particles:
            return True
        if node.pos_ == "VERB":
            return False
    return False


def _self_killed(token: Token) -> bool:
    """ "detonated explosives, killing themselves": the bombers died by their own bomb."""
    return any(
        t.lemma_.lower() in {"kill", "blow"}
        and any(c.lower_ in lexicon.REFLEXIVES for c in t.children if c.dep_ == "dobj")
        for t in token.sent
    )


def _accidental(token: Token) -> bool:
    """An explosion with words of an accident in its sentence and none of an attack."""
    words = {t.lemma_.lower() for t in token.sent} | {t.lower_ for t in token.sent}
    return bool(words & lexicon.ACCIDENT_WORDS) and not words & lexicon.HOSTILE_WORDS


def _instrument(token: Token) -> str | None:
    """The sub-event type the weapon named around a violent trigger implies, if any."""
    words = _context(token) | {t.lower_ for t in token.head.subtree}
    words |= {w.removesuffix("s") for w in words}
    for sub_type, names in lexicon.INSTRUMENTS:
        if sub_type == "Grenade" and words & {"rocket-propelled", "rpg", "rpgs", "propelled"}:
            continue
        if words & names:
            return sub_type
    return None


def _protest_type(token: Token, sub_type: str) -> str:
    """Protests and riots by what happened at them (ACLED's protest and riot sub-types).

    Demonstrators who throw stones or burn things riot; a mob with no demonstration is mob
    violence; protesters shot or killed met excessive force; dispersed, tear-gassed or
    arrested protesters met intervention; otherwise the protest was peaceful.
    """
    scene = _scene(token, deeds=True)
    demonstrating = bool(scene & (lexicon.PROTEST_PEOPLE - {"crowd", "rioter"}))
    if sub_type == "Mob violence" or (scene & lexicon.MOB_WORDS and not demonstrating):
        return "Mob violence" if demonstrating or scene & lexicon.MOB_WORDS else sub_type
    if sub_type == "Looting/property destruction":
        rioting = demonstrating or bool(scene & {"riot", "rioter", "rioting"})
        return "Violent demonstration" if rioting else sub_type
    if scene & lexicon.RIOT_ACTS:
        return "Violent demonstration"
    shots = {"shoot", "bullet", "gunfire"} & scene or {"open", "fire"} <= scene
    lethal = scene & lexicon.LETHAL_FORCE and not scene & {"accident", "crash", "collision"}
    if lethal or (shots and not scene & lexicon.NON_LETHAL):
        return "Excessive force against protesters"
    if scene & lexicon.INTERVENTION:
        return "Protest with intervention"
    return (
        "Peaceful protest"
        if sub_type in {"Peaceful protest", "Protest with intervention"}
        else (sub_type)
    )


def _from_the_air(token: Token) -> bool:
    """Bombs dropped from a jet or a drone are an air strike, not a planted explosive."""
    words = {t.lemma_.lower() for t in token.head.subtree} | {token.head.lemma_.lower()}
    return bool(words & lexicon.AIR_WORDS)


def _attack_type(token: Token) -> str:
    """An attack on civilians is violence against civilians; on forces, a clash.

    The attack's targets decide ("attacked a checkpoint", "opened fire on a bus"); with none
    named, civilians anywhere around the trigger make it an attack on civilians.
    """
    verb = token.head if token.head.lemma_.lower() in lexicon.LIGHT_VERBS else token
    targets = [t for o in _targets(verb) for t in o.subtree]
    if verb.i != token.i:
        targets += [t for o in _targets(token) for t in o.subtree]
    words = {t.lemma_.lower() for t in targets} | {t.lower_ for t in targets}
    if any(_civilian(w) for w in words) or words & lexicon.CIVILIAN_TARGETS:
        return "Attack"
    if words & lexicon.FORCE_TARGETS:
        return "Armed clash"
    if any(t.ent_type_ == "PERSON" for t in targets) or token.lemma_.lower() in lexicon.MURDER:
        return "Attack"
    around = [*token.subtree, *token.head.subtree]
    words = {t.lemma_.lower() for t in around if not _speaking(t)}
    return "Attack" if any(_civilian(w) for w in words) else "Armed clash"


def _targets(token: Token) -> list[Token]:
    """What an attack is aimed at: its object, "on"/"against"/"at" phrases, a passive
    subject."""
    found = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    for prep in token.children:
        aimed = {"on", "against", "at", "upon", "targeting"} | (
            {"of"} if token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.MURDER else set()
        )
        if prep.dep_ == "prep" and prep.lower_ in aimed:
            found += [p for p in prep.children if p.dep_ == "pobj"]
    return found


def _speaking(token: Token) -> bool:
    """The token is in the subject of a verb of saying ("officials say ...")."""
    for node in (token, *token.ancestors):
        if node.dep_ in {"nsubj", "nsubjpass"} and node.head.lemma_.lower() in cl.REPORTING:
            return True
    return False


def _civilian(lemma: str) -> bool:
    return GROUP_KINDS.get(lemma) is ActorKind.CIVILIANS or lemma in lexicon.CIVILIAN_WORDS


def _agreed(token: Token) -> bool:
    """A ceasefire counts as an agreement only when agreed, signed, brokered or in force."""
    node = token
    for _ in range(4):
        if node.lemma_.lower() in lexicon.AGREEMENT_VERBS:
            return True
        if any(c.lemma_.lower() in lexicon.AGREEMENT_VERBS for c in node.children):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _hypothetical(token: Token) -> bool:
    """Negated, conditional or future mentions are not reported events."""
    node = token
    for _ in range(8):
        for child in node.children:
            if child.dep_ == "neg" or child.lower_ in {"neither", "no", "never", "nobody"}:
                return True
            if child.dep_ == "nsubj" and any(
                d.dep_ == "det" and d.lower_ in {"neither", "no"} for d in child.children
            ):
                return True
            if child.dep_ == "mark" and child.lower_ in lexicon.HYPOTHETICAL_MARKS:
                return True
            if child.dep_ == "aux" and child.lower_ in lexicon.HYPOTHETICAL_AUX:
                return True
        if node.lemma_.lower() in lexicon.HYPOTHETICAL_VERBS or node.lower_ == "likely":
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _tree_distance(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    position = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate(up_b):
        if t.i in position:
            return position[t.i] + n
    return 99


def _date_expressions(sentence: Span, published: date | None) -> list[tuple[Token, str, DateSpan]]:
    found = []
    text = sentence.text
    dateline = sentence.doc.user_data.get("dateline_end", 0)
    for start, end, kind in dates.find(text):
        if sentence.start_char + start < dateline:
            continue  # the dateline's date is the day of publication
        span = sentence.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        found.append((span.root, kind, dates.resolve(text[start:end], published)))
    return found


def _date_hits(
    hits: list[_Hit], sentence: Span, published: date | None, background_days: int
) -> None:
    """Give each trigger the date expressions nearest to it in the tree, and mark past context.

    A date belongs to the trigger it is closest to, so "fighting ... in the Kalbajar district,
    retaken in last year's conflict" leaves the fighting undated and dates the conflict.
    """
    for root, kind, span in _date_expressions(sentence, published):
        # ties go to a trigger inside the date's own clause ("Tuesday, when four were killed
        # in clashes" dates the clashes)
        owner = min(
            hits, key=lambda h: (_tree_distance(h.token, root), not _governs(root, h.token))
        )
        told = root.head.lemma_.lower() in cl.REPORTING and root.head.i != owner.token.i
        if told and kind in {"today", "dmy"}:
            continue
        distance = _tree_distance(owner.token, root)
        if distance > MAX_DATE_DISTANCE or owner.date_distance <= distance:
            continue
        owner.date_distance = distance
        owner.date = span
        if kind in dates.BACKGROUND_KINDS:
            owner.background = True
        elif span.end is not None and published is not None:
            owner.background = span.end < published - timedelta(days=background_days)
    for hit in hits:
        modifiers = {c.lower_ for c in hit.token.children if c.dep_ in {"amod", "advmod", "poss"}}
        if modifiers & lexicon.PAST_MODIFIERS:
            hit.background = True


def _group(hits: list[_Hit], published: date | None) -> list[_Group]:
    """Group triggers into reports (see the module docstring).

    Dated and past-context triggers are grouped first; undated ones then refer back to the
    trigger that encloses them, to an earlier use of the same word, or to the news report
    of the same type, in that order. A long situation ("the war") with none of these is not
    an incident and is dropped.
    """
    groups: list[_Group] = []
    by_lemma: dict[str, _Group] = {}
    main_date = next((h.date for h in hits if h.date and not h.background), None)
    dated = [h for h in hits if h.date is not None]
    for hit in dated:
        label = hit.date.label if hit.date else None
        group = next(
            (
                g
                for g in groups
                if g.background == hit.background
                and _family(g.sub_type) == _family(hit.sub_type)
                and g.date.label == label
                and (g.place is None or hit.place is None or g.place == hit.place)
            ),
            None,
        )
        if group is None:
            group = _Group(
                hit.sub_type, hit.date or _inherited(main_date, published), hit.background
            )
            groups.append(group)
        _join(group, hit)
        group.place = group.place or hit.place
    for hit in sorted(dated, key=lambda h: h.token.i):
        if hit.group is not None:
            by_lemma.setdefault(hit.token.lemma_.lower(), hit.group)
    for hit in hits:
        if hit.group is not None:
            continue
        lemma = hit.token.lemma_.lower()
        parent = _enclosing_hit(hit, hits)
        earlier = by_lemma.get(lemma)
        main_news = _main_news(groups)
        if parent is not None and parent.group is not None and parent.background:
            hit.background = True
            group = _find(groups, hit.sub_type, True, parent.group.date)
            if group is None:
                group = _Group(hit.sub_type, parent.group.date, True)
                groups.append(group)
        elif earlier is not None:
            group = earlier
        elif main_news is not None and (lemma in lexicon.GENERIC or hit.sub_type in SUBSUMED):
            group = main_news
        elif lemma in lexicon.LONG or _ongoing(hit.token):
            # a war or months of strikes: past context, so that its tolls never count as
            # today's news ("the war, which has killed 10,000 people")
            hit.background = True
            group = _find(groups, hit.sub_type, True, UNDATED_PAST) or _Group(
                hit.sub_type, UNDATED_PAST, True
            )
            if group not in groups:
                groups.append(group)
        elif hit.background:
            group = _Group(hit.sub_type, UNDATED_PAST, True)
            groups.append(group)
        else:
            group = _find(groups, hit.sub_type, False, None)
            if group is None:
                group = _Group(hit.sub_type, _inherited(main_date, published), False)
                groups.append(group)
        if hit.place and group.place and hit.place != group.place:
            group = _elsewhere(groups, group, hit)
        _join(group, hit)
        group.place = group.place or hit.place
        if not (group.background and group.date is UNDATED_PAST):
            by_lemma.setdefault(lemma, group)
    return groups


def _elsewhere(groups: list[_Group], near: _Group, hit: _Hit) -> _Group:
    """The report of the same kind and day at the hit's own place, new if there is none."""
    for group in groups:
        if (
            group.place == hit.place
            and group.background == near.background
            and group.date.label == near.date.label
            and _family(group.sub_type) == _family(hit.sub_type)
        ):
            return group
    group = _Group(hit.sub_type, near.date, near.background, place=hit.place)
    groups.append(group)
    return group


def _earlier_incidents(groups: list[_Group]) -> None:
    """Incidents dated before the day of the lead's news are context, background with their
    own date, when told as what led to it ("the protests have escalated since Tuesday, when
    six were killed") or only further down ("On Thursday, a strike on a printing house killed
    seven"). An earlier incident the lead sentence itself reports ("arrested 11 men in
    connection with a clash that killed three") stays news."""
    lead = next((g for g in groups if not g.background), None)
    if lead is None or lead.date.precision is not DatePrecision.DAY or lead.date.start is None:
        return
    lead_sentence = min((h.sentence for h in lead.hits), default=-1)
    for group in groups:
        end = group.date.end
        earlier = end is not None and end < lead.date.start
        if group is lead or group.background or not earlier:
            continue
        in_lead = any(h.sentence == lead_sentence for h in group.hits)
        if any(_as_context(hit.token) for hit in group.hits) or not in_lead:
            group.background = True
            for hit in group.hits:
                hit.background = True


def _as_context(token: Token) -> bool:
    """The trigger sits in a clause that anchors other news in time or cause ("since Tuesday,
    when six were killed", "a day after strikes on ...", "in retaliation for an attack")."""
    for node in (token, *token.ancestors):
        if node.lower_ in {"since", "after", "following", "before"}:
            return True
        if node.lemma_.lower() in {"retaliation", "response", "revenge", "reprisal"}:
            return True
    return False


def _find(
    groups: list[_Group], sub_type: str, background: bool, span: DateSpan | None
) -> _Group | None:
    for group in groups:
        if group.background != background or _family(group.sub_type) != _family(sub_type):
            continue
        if span is None or group.date.label == span.label:
            return group
    return None


def _main_news(groups: list[_Group]) -> _Group | None:
    """The first news report of violence in the article, if any."""
    return next((g for g in groups if not g.background and g.sub_type not in NON_VIOLENT), None)


def _ongoing(token: Token) -> bool:
    """ "weeks of fighting", "years of conflict": a situation, not an incident."""
    spans = {"day", "week", "month", "year", "decade"}
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "since", "over", "in", "during"}:
            continue
        for p in prep.children:
            if p.lemma_.lower() not in spans:
                continue
            # "for weeks", "since last year", "over the past year", "in recent months"
            past = {c.lower_ for c in p.children} & {"past", "last", "recent", "previous"}
            if prep.lower_ in {"for", "since"} or past:
                return True
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        counted = head.head
        return counted.lemma_.lower() in spans
    return False


def _inherited(main: DateSpan | None, published: date | None) -> DateSpan:
    if main is None:
        return dates.week_before(published)
    return replace(main, basis=f"same day as the main event ({main.basis})")


def _join(group: _Group, hit: _Hit) -> None:
    group.hits.append(hit)
    group.sentences.add(hit.sentence)
    hit.group = group
    # "fired on the post with mortars", told of a clash already reported, is that clash
    told_again = hit.token.lemma_.lower() == "fire" and len(group.hits) > 1
    if told_again and group.sub_type != "Other":
        return
    if hit.sub_type not in SUBSUMED and _rank(hit.sub_type) > _rank(group.sub_type):
        group.sub_type = hit.sub_type


def _rank(sub_type: str) -> int:
    """More specific sub-types win when triggers of one report disagree; of a demonstration,
    the gravest thing that happened at it (ACLED codes one event per demonstration)."""
    if sub_type in DEMONSTRATION:
        return 2 + DEMONSTRATION.index(sub_type)
    return {"Other": 0, "Armed clash": 1}.get(sub_type, 2)


DEMONSTRATION = (
    "Peaceful protest",
    "Protest with intervention",
    "Mob violence",
    "Violent demonstration",
    "Excessive force against protesters",
)


def _family(sub_type: str) -> str:
    """What triggers must share to make one report: the eval type, with protests and riots
    together (a protest that turned violent is one event)."""
    kind = eval_type(sub_type)
    return "demonstration" if kind in {"protest", "riot"} else kind


def _enclosing_hit(hit: _Hit, hits: list[_Hit]) -> _Hit | None:
    ancestors = {t.i for t in hit.token.ancestors}
    inside = [h for h in hits if h.sentence == hit.sentence and h.token.i in ancestors]
    return min(inside, key=lambda h: _tree_distance(hit.token, h.token), default=None)


def _group_for(
    token: Token, sentence: int, hits: list[_Hit], main: _Group | None, *, violent: bool = False
) -> _Group | None:
    """The report a claim in this sentence belongs to.

    A trigger the claim governs or is governed by ("killed in the war") wins; otherwise the
    nearest news trigger of the sentence, then any trigger, then the article's main news.
    """
    same = [h for h in hits if h.sentence == sentence and h.group is not None]
    if violent:
        same = [h for h in same if h.sub_type != "Agreement"]
    related = [h for h in same if _governs(token, h.token) or _governs(h.token, token)]
    news = [h for h in same if not h.background]
    for pool in (related, news, same):
        if pool:
            return min(pool, key=lambda h: _tree_distance(token, h.token)).group
    recent = [
        h
        for h in hits
        if sentence - 2 <= h.sentence < sentence
        and h.group is not None
        and not h.background
        and h.group.sub_type not in NON_VIOLENT
    ]
    if recent:
        return max(recent, key=lambda h: h.token.i).group
    return main


def _governs(head: Token, token: Token) -> bool:
    return any(t.i == head.i for t in token.ancestors)


def _mention(token_or_span: Any) -> Mention:
    """A Mention with the article's own text (the parser may have seen it truecased)."""
    span = token_or_span if hasattr(token_or_span, "start_char") else None
    if span is None:
        doc = token_or_span.doc
        span = doc[token_or_span.i : token_or_span.i + 1]
    text = span.doc.user_data.get("text") or span.doc.text
    sentence = text[span.sent.start_char : span.sent.end_char].strip()
    return Mention(span.start_char, span.end_char, sentence, text[span.start_char : span.end_char])


def _read_claims(
    sentences: list[Span],
    skip: set[int],
    title: set[int],
    hits: list[_Hit],
    groups: list[_Group],
    main: _Group | None,
    book: ActorBook,
    article: Article,
) -> None:
    history: list[cl.Speaker] = []
    previous: Claim | None = None
    outlet = cl.Speaker(article.outlet or "the report", None, ActorKind.OUTLET)
    headline: list[tuple[_Group, Claim]] = []
    for index, sentence in enumerate(sentences):
        if index in skip:
            continue
        for figure in cl.figures(sentence):
            group = _group_for(figure.token, index, hits, main)
            if _cumulative(figure.token) and (group is None or not group.background):
                group = _past_context(groups, group)
            if group is None and _mishap(sentence):
                continue
            if group is None:
                group = main = _implicit_group(figure, sentence, article, groups)
            speaker, verb = cl.speaker_of(figure.token, book)
            speaker = cl.resolve(speaker, history)
            if figure.elliptic and previous is not None:
                claim = replace(
                    previous,
                    outcome=figure.outcome,
                    low=figure.low,
                    high=figure.high,
                    qualifier=figure.qualifier,
                    mention=_mention(figure.token),
                    earlier=previous.earlier or _earlier(verb),
                )
            else:
                claim = _casualty(figure, speaker or outlet, book, earlier=_earlier(verb))
            previous = claim
            if speaker is not None:
                history.append(speaker)
            if index in title:
                headline.append((group, claim))
            else:
                _add_claim(group, claim, index)
        for blame, reciprocal in _blames(sentence, book, history):
            group = _group_for(blame.mention_token, index, hits, main, violent=True)
            if group is None:
                continue
            if reciprocal:
                group.reciprocal_blame.append(sentence)
            else:
                _add_claim(group, blame.claim, index)
            if blame.speaker is not None:
                history.append(blame.speaker)
        speaker, _ = cl.speaker_of(sentence.root, book)
        if speaker is not None and not speaker.anaphoric:
            history.append(speaker)
    for group, claim in headline:
        if not any(c.outcome == claim.outcome for c in group.claims):
            _add_claim(group, claim, 0)


def _cumulative(token: Token) -> bool:
    """ "More than 2,000 have been killed since the fighting began": a running total."""
    verb = token if token.pos_ == "VERB" else token.head
    for child in verb.children:
        if child.lower_ == "since" or (
            child.dep_ == "advcl" and any(c.lower_ == "since" for c in child.children)
        ):
            return True
    return False


def _past_context(groups: list[_Group], near: _Group | None) -> _Group:
    """The undated background report a running total belongs to."""
    sub_type = near.sub_type if near is not None else "Other"
    found = _find(groups, sub_type, True, UNDATED_PAST)
    if found is None:
        found = _Group(sub_type, UNDATED_PAST, True)
        groups.append(found)
    return found


def _mishap(sentence: Span) -> bool:
    """Deaths told with words of an accident, a disaster or poisoning and none of an attack:
    not a conflict event."""
    # gunfire is no blaze: "fired on", "opened fire", "exchange of fire"
    told = [t for t in sentence if not (t.lemma_.lower() == "fire" and _gunfire(t))]
    words = {t.lemma_.lower() for t in told} | {t.lower_ for t in told}
    mishap = lexicon.ACCIDENT_WORDS | {
        w for w, kind in lexicon.NON_CONFLICT.items() if kind.endswith("disaster")
    }
    return bool(words & mishap) and not words & lexicon.HOSTILE_WORDS


def _gunfire(token: Token) -> bool:
    """ "Fire" as shooting: the verb, or the noun after open, return or exchange of."""
    if token.pos_ == "VERB":
        return True
    head = token.head.lemma_.lower()
    return head in {"open", "return", "exchange", "of", "under", "cross"}


def _implicit_group(
    figure: cl.Figure, sentence: Span, article: Article, groups: list[_Group]
) -> _Group:
    """A casualty figure with no trigger in the article still makes an event, dated by the
    nearest date in its sentence."""
    kind = cl.group_kind(figure.group)
    armed = {ActorKind.STATE_FORCES, ActorKind.POLICE, ActorKind.MILITANTS}
    sub_type = "Armed clash" if kind in armed else "Attack"
    found = _date_expressions(sentence, article.published)
    nearest = min(found, key=lambda e: _tree_distance(figure.token, e[0]), default=None)
    span = nearest[2] if nearest else dates.week_before(article.published)
    group = _Group(sub_type, span, False)
    groups.append(group)
    return group


def _earlier(verb: Token | None) -> bool:
    """ "It had earlier reported two dead": a figure the text dates before its own."""
    if verb is None:
        return False
    return any(c.lower_ in {"earlier", "previously", "initially", "first"} for c in verb.children)


def _casualty(
    figure: cl.Figure, speaker: cl.Speaker, book: ActorBook, *, earlier: bool = False
) -> Claim:
    country, own = cl.group_side(figure.group, book)
    kind = cl.group_kind(figure.group)
    if country is None and figure.token.lemma_.lower() == "lose":
        # "Armenian units lost 20 servicemen": the losers' side is the subject's
        losers = [c for c in figure.token.children if c.dep_ == "nsubj"]
        named = [code for c in losers for code in cl.countries_in(list(c.subtree), book)]
        country = named[0] if named else None
    if country is None and (own or kind is ActorKind.STATE_FORCES):
        country = speaker.country
    subject = figure.group.text if figure.group is not None else ""
    return Claim(
        kind=ClaimKind.CASUALTIES,
        speaker=speaker.text,
        speaker_country=speaker.country,
        speaker_kind=speaker.kind,
        mention=_mention(figure.token),
        subject=subject,
        subject_country=country,
        subject_kind=kind,
        outcome=figure.outcome,
        low=figure.low,
        high=figure.high,
        qualifier=figure.qualifier,
        earlier=earlier,
    )


def _add_claim(group: _Group, claim: Claim, sentence: int) -> None:
    """Add a claim unless the same speaker side already gave the same figure (one claim)."""
    group.sentences.add(sentence)
    for n, old in enumerate(group.claims):
        if (
            old.kind == claim.kind
            and old.speaker_country == claim.speaker_country
            and old.subject_country == claim.subject_country
            and old.outcome == claim.outcome
            and old.figure == claim.figure
            and old.target_country == claim.target_country
        ):
            better = claim if len(claim.speaker) > len(old.speaker) else old
            group.claims[n] = replace(better, evidence=(*old.evidence, claim.mention))
            return
    group.claims.append(claim)


@dataclass(frozen=True)
class _Blame:
    claim: Claim
    mention_token: Token
    speaker: cl.Speaker | None


def _blames(
    sentence: Span, book: ActorBook, history: list[cl.Speaker]
) -> Iterator[tuple[_Blame, bool]]:
    """Blame and denial claims in a sentence; the flag marks "each side blamed the other"."""
    for token in sentence:
        lemma = token.lemma_.lower()
        target: Token | None = None
        speaker_token: Token | None = None
        kind = ClaimKind.BLAME
        if lemma in lexicon.BLAME_VERBS:
            speaker_token = _child(token, "nsubj")
            target = _child(token, "dobj")
            if target is not None and target.lower_ == "other":
                yield _Blame(_placeholder(token), token, None), True
                continue
        elif lemma == "bear" and any(c.lemma_.lower() == "responsibility" for c in token.children):
            target = _child(token, "nsubj")
        elif lemma in lexicon.START_VERBS and token.dep_ == "ccomp" and _is_fight_object(token):
            target = _child(token, "nsubj")
            speaker_token = _child(token.head, "nsubj")
        elif lemma in lexicon.DENY_VERBS:
            kind = ClaimKind.DENIAL
            speaker_token = _child(token, "nsubj")
        else:
            continue
        speaker: cl.Speaker | None = None
        if speaker_token is not None:
            speaker = cl.describe_speaker(speaker_token, book)
        else:
            speaker, _ = cl.speaker_of(token, book)
        if speaker is None:
            continue
        speaker = cl.resolve(speaker, history) or speaker
        target_country = None
        if target is not None:
            codes = cl.countries_in(list(target.subtree), book)
            target_country = codes[0] if codes else None
            if target_country is None and target.dep_ == "nsubj":
                continue
        if kind is ClaimKind.BLAME and (
            target_country is None or target_country == speaker.country
        ):
            continue
        claim = Claim(
            kind=kind,
            speaker=speaker.text,
            speaker_country=speaker.country,
            speaker_kind=speaker.kind,
            mention=_mention(sentence),
            target=book.name(target_country) if target_country else None,
            target_country=target_country,
        )
        yield _Blame(claim, token, speaker), False


def _placeholder(token: Token) -> Claim:
    return Claim(ClaimKind.BLAME, "", None, ActorKind.UNKNOWN, _mention(token))


def _child(token: Token, dep: str) -> Token | None:
    return next((c for c in token.children if c.dep_ == dep), None)


def _is_fight_object(verb: Token) -> bool:
    objects = [c for c in verb.children if c.dep_ in {"dobj", "prep"}]
    words = {t.lemma_.lower() for o in objects for t in o.subtree}
    return bool(words & (set(lexicon.TRIGGERS) | {"fire", "provocation", "hostility"}))


def _report(
    article: Article,
    group: _Group,
    sentences: list[Span],
    book: ActorBook,
    parties: tuple[str, ...] = (),
) -> Report:
    """Freeze a group into a Report; an agreement with no named parties takes the main
    event's sides ("each side ... said they had agreed")."""
    first = group.hits[0].token if group.hits else None
    texts = [sentences[i] for i in sorted(group.sentences)]
    mediators = _mediators(group, book)
    countries = _sides(group, texts, mediators, book) or _article_country(sentences, book)
    if group.sub_type == "Agreement" and len(countries) < 2 and parties:
        countries = [c for c in dict.fromkeys([*countries, *parties]) if c not in mediators]
    group.claims = [_infer_side(c, countries, texts, book) for c in group.claims]
    group.sub_type = _by_victims(group)
    for sentence in group.reciprocal_blame:
        for claim in _reciprocal(sentence, countries, book):
            _add_claim(group, claim, sentence.start)
    claims = list(group.claims)
    time_local = next((t for t in (dates.find_time(s.text) for s in texts) if t), None)
    span = group.date
    if time_local:
        zone = dates.timezone_of(countries, span.start)
        span = replace(span, time_local=time_local, timezone=zone)
    actors = tuple(
        [ActorRef(book.country_actor(c), "side") for c in countries]
        + [ActorRef(book.country_actor(c), "mediator") for c in sorted(mediators)]
    )
    trigger = _mention(first) if first is not None else claims[0].mention
    mentions = tuple(_mention(h.token) for h in group.hits)
    report_id = content_id(
        article.id,
        group.sub_type,
        str(span.label),
        str(group.background),
        str(trigger.start),
        prefix="r-",
    )
    return Report(
        id=report_id,
        article_id=article.id,
        event_type=_acled(group.sub_type),
        sub_event_type=group.sub_type,
        date=span,
        countries=tuple(countries),
        actors=actors,
        claims=tuple(claims),
        places=tuple(_places(texts, book)),
        background=group.background,
        trigger=trigger,
        confidence=_confidence(group),
        extractor=f"{NAME}.v{VERSION}",
        mentions=mentions,
    )


def _acled(sub_type: str) -> str:
    from flashpoint.vocab import acled_type

    return acled_type(sub_type)


def _confidence(group: _Group) -> float:
    """A plain score: a dated trigger and attributed figures make a report more certain."""
    score = 0.5
    if any(h.date is not None for h in group.hits):
        score += 0.2
    if group.claims:
        score += 0.2
    if len(group.hits) > 1:
        score += 0.1
    return round(min(score, 1.0), 2)


def _mediators(group: _Group, book: ActorBook) -> set[str]:
    found: set[str] = set()
    for hit in group.hits:
        if hit.sub_type != "Agreement":
            continue
        nouns = [hit.token, hit.token.head] if hit.token.dep_ == "compound" else [hit.token]
        for noun in nouns:
            for child in noun.children:
                if child.dep_ in {"amod", "npadvmod", "compound", "nmod"}:
                    found.update(cl.countries_in(list(child.subtree), book))
                if child.dep_ == "amod" and child.lemma_.lower() in {"broker", "mediate"}:
                    found.update(cl.countries_in(list(child.subtree), book))
            for t in noun.subtree:
                if t.dep_ == "agent" and t.head.lemma_.lower() in {"broker", "mediate"}:
                    found.update(cl.countries_in(list(t.subtree), book))
    return found


def _sides(group: _Group, texts: list[Span], mediators: set[str], book: ActorBook) -> list[str]:
    """The countries whose forces or people took part, in order of first mention."""
    found: list[str] = []
    for claim in group.claims:
        for code in (claim.subject_country, claim.target_country, claim.speaker_country):
            if code and code not in found:
                found.append(code)
    for sentence in texts:
        for code in cl.countries_in(sentence, book):
            if code not in found:
                found.append(code)
    return [c for c in found if c not in mediators]


def _by_victims(group: _Group) -> str:
    """An "attack" or an "incident" whose every counted victim is a civilian is violence
    against civilians; an "incident" that killed or wounded only forces is a clash."""
    generic = all(h.token.lemma_.lower() in lexicon.GENERIC for h in group.hits)
    kinds = {
        c.subject_kind
        for c in group.claims
        if c.kind is ClaimKind.CASUALTIES and c.outcome in {Outcome.KILLED, Outcome.WOUNDED}
    }
    if not generic or not kinds or group.sub_type not in {"Armed clash", "Other"}:
        return group.sub_type
    if kinds == {ActorKind.CIVILIANS}:
        return "Attack"
    if group.sub_type == "Other" and kinds <= {ActorKind.STATE_FORCES, ActorKind.POLICE}:
        return "Armed clash"
    return group.sub_type


def _infer_side(claim: Claim, countries: list[str], texts: list[Span], book: ActorBook) -> Claim:
    """Give a figure with no stated side the side the report implies.

    Soldiers counted by a speaker with no side (an armed group, the outlet) are the forces of
    the report's only state; civilians are of the country where it happened.
    """
    if claim.kind is not ClaimKind.CASUALTIES or claim.subject_country is not None:
        return claim
    if claim.subject_kind in {ActorKind.STATE_FORCES, ActorKind.POLICE} and len(countries) == 1:
        return replace(claim, subject_country=countries[0])
    if claim.subject_kind is ActorKind.CIVILIANS:
        # where it happened; else the one country; else an authority counting its own people
        authority = claim.speaker_kind in {ActorKind.STATE_FORCES, ActorKind.OFFICIAL}
        own = claim.speaker_country if authority and claim.speaker_country in countries else None
        where = _located_in(texts, book) or (countries[0] if len(countries) == 1 else None) or own
        return replace(claim, subject_country=where)
    return claim


def _located_in(texts: list[Span], book: ActorBook) -> str | None:
    """The first country named as a location: "in Mali", "in Ukraine's Kharkiv region"."""
    for sentence in texts:
        tokens = list(sentence)
        for start, _, code, kind in match_countries(tokens, book):
            if kind != "name":
                continue
            node = tokens[start]
            for _ in range(3):
                if node.dep_ == "pobj" and node.head.lower_ in {"in", "near", "inside"}:
                    return code
                node = node.head
    return None


def _article_country(sentences: list[Span], book: ActorBook) -> list[str]:
    """For an event between non-state groups: the country the article names most (counted
    once per article)."""
    if not sentences:
        return []
    memo = sentences[0].doc.user_data
    if "article_country" not in memo:
        counts: dict[str, int] = {}
        for sentence in sentences:
            for code in cl.countries_in(sentence, book):
                counts[code] = counts.get(code, 0) + 1
        memo["article_country"] = [max(counts, key=lambda c: counts[c])] if counts else []
    return list(memo["article_country"])


def _reciprocal(sentence: Span, countries: list[str], book: ActorBook) -> Iterator[Claim]:
    """ "Each side blamed the other": one blame claim per side, against the other."""
    if len(countries) != 2:
        return
    for speaker, target in (countries, countries[::-1]):
        yield Claim(
            kind=ClaimKind.BLAME,
            speaker=book.name(speaker),
            speaker_country=speaker,
            speaker_kind=ActorKind.STATE_FORCES,
            mention=_mention(sentence),
            target=book.name(target),
            target_country=target,
        )


_PLACE_WORDS = re.compile(
    r"\b(?:district|province|region|village|town|city|governorate|county|oblast)\b", re.I
)


def _places(texts: Iterable[Span], book: ActorBook) -> Iterator[Place]:
    """Toponyms as written (resolution is the geocoder's job; precision stays unknown)."""
    seen: set[str] = set()
    for sentence in texts:
        countries = {(s, e) for s, e, _, _ in match_countries(list(sentence), book)}
        for ent in sentence.ents:
            if ent.label_ not in {"GPE", "LOC", "FAC"}:
                continue
            local = (ent.start - sentence.start, ent.end - sentence.start)
            if local in countries or ent.text in seen:
                continue
            seen.add(ent.text)
            yield Place(name=ent.text, mention=_mention(ent))
        for token in sentence:
            if _PLACE_WORDS.fullmatch(token.text) and token.i > sentence.start:
                names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if names:
                    span = token.doc[names[0].i : token.i + 1]
                    if span.text not in seen:
                        seen.add(span.text)
                        yield Place(name=span.text, mention=_mention(span))
