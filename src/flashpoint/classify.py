"""Classify: which words signal an event, and which ACLED sub-event type, from the word and
what it governs in the dependency parse ("seized the town" is territory taken, "seized
weapons" disrupted weapons use; an attack on a bus is violence against civilians, on a
checkpoint a clash).

The rules follow ACLED's sub-event definitions; the word lists are in lexicon.py.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from flashpoint import claims as cl
from flashpoint import dates, lexicon
from flashpoint.actors import ARMED_KINDS, GROUP_KINDS
from flashpoint.models import ActorKind
from flashpoint.vocab import eval_type

Token = Any
Span = Any


_AUXILIARIES = frozenset(
    "be have do will would shall should can could may might must get ought need dare".split()
)


# What a war, a battle or a truce is about when it is no armed conflict ("a tariff war", "a
# truce in their battle over electric-vehicle tariffs", "a legal battle").
_ECONOMIC = frozenset(
    "trade tariff price tax currency bidding takeover legal custody rating patent copyright "
    "budget wage subsidy duty antitrust dumping".split()
)


# What bursts without a bomb: "the roofs exploded off the houses", "a transformer exploded".
_BURSTING = frozenset(
    "roof window door glass tyre tire transformer cylinder boiler balloon pipe".split()
)


_GAME = frozenset(
    "football soccer derby match player striker goalkeeper whistle league tournament "
    "championship coach referee".split()
)
_HARM = frozenset("kill die dead death wound injure injury bomb explosion gunman shoot".split())


def _vigilantes_did_violence(token: Token) -> bool:
    """ "Angry residents and vigilantes killed six men"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in _MOB_DEEDS


# What vigilantes do that is mob violence.
_MOB_DEEDS = lexicon.KILL_VERBS | {"beat", "attack", "lynch", "assault", "flog", "whip", "torch"}

_WHAT_A_STRIKE_DOES = frozenset({"hit", "kill", "destroy", "flatten", "wound", "level"})


def _struck_target(target: Token) -> bool:
    """What only a military strike is made on: a place named, forces or their posts, or a
    civilian building."""
    if target.ent_type_ in {"GPE", "LOC", "FAC"} or target.pos_ == "PROPN":
        return True  # the tagger may take a city for a person ("the strike on Kharkiv")
    lemma = target.lemma_.lower()
    return lemma in lexicon.FORCE_TARGETS or lemma in lexicon.CIVILIAN_TARGETS


def sentence_words(token: Token, *, forms: bool = False) -> frozenset[str]:
    """The lemmas of the token's sentence, lower-cased (with ``forms``, its lower-cased words
    too); worked out once per sentence, as many triggers of one sentence ask."""
    return cl.words_of(token.sent, forms=forms)


def _of_a_game(token: Token) -> bool:
    """A sentence about a match, with no one hurt: "the battle of the Black Sea coast",
    "players had been due to attack from the first whistle"."""
    words = sentence_words(token)
    return bool(words & _GAME) and not words & _HARM


def _figurative(token: Token) -> bool:
    """Words of war for something else: a simile ("like a bombing"), or a war, battle or
    truce about trade, prices or a lawsuit, and agreeing to such a truce."""
    if token.dep_ == "pobj" and token.head.lower_ in {"like", "unlike"}:
        return True
    if token.lemma_.lower() in {"blow", "explode"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _WORDS_AND_RULES | _ABSTRACT
        for c in token.children
    ):
        return True  # "safety norms were blown up", "the row exploded"
    if token.lemma_.lower() == "explode" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _BURSTING for c in token.children
    ):
        return True  # "the roofs just exploded off the houses"
    if token.lemma_.lower() == "attack" and any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _ILLNESS for c in token.children
    ):
        return True  # "a heart attack"
    if _of_a_game(token):
        return True  # "players were due to attack from the first whistle"
    if token.lemma_.lower() in _WAR_WORDS and _scare_quoted(token):
        return True  # the government's "war" against drug traffickers
    # a war, battle or truce about money, or agreeing to such a truce
    nouns = [token] if token.lemma_.lower() in _WAR_WORDS else []
    if token.lemma_.lower() in lexicon.AGREEMENT_VERBS:
        nouns = [
            o
            for c in token.children
            for o in ([c] if c.dep_ == "dobj" else c.children if c.dep_ == "prep" else ())
            if o.dep_ in {"dobj", "pobj"} and o.lemma_.lower() in _WAR_WORDS
        ]
    for noun in nouns:
        # "agreed to a truce in their battle over tariffs": the battle may hang on the verb
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        beside = [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "in" and c.i != noun.head.i
            for p in c.children
            if p.dep_ == "pobj" and p.lemma_.lower() in _WAR_WORDS
        ]
        if _about_money(noun) or any(_about_money(p, 1) for p in beside):
            return True
    return False


_WAR_WORDS = frozenset("war battle truce ceasefire conflict fight fighting".split())
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def _scare_quoted(token: Token) -> bool:
    """A word alone inside quotation marks: a name the writer holds at arm's length."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        before is not None
        and after is not None
        and before.text in _QUOTES
        and after.text in _QUOTES
    )


def _about_money(noun: Token, depth: int = 0) -> bool:
    words: set[str] = set()
    for child in noun.children:
        over = child.dep_ == "prep" and child.lower_ == "over"
        if child.dep_ in {"compound", "amod", "nmod"} or over:
            words |= {t.lemma_.lower() for t in child.subtree}
        elif child.dep_ == "prep" and child.lower_ == "in" and depth < 2:
            # "a truce in their battle over tariffs"
            battles = [
                p for p in child.children if p.dep_ == "pobj" and p.lemma_.lower() in _WAR_WORDS
            ]
            if any(_about_money(p, depth + 1) for p in battles):
                return True
    return bool(words & _ECONOMIC)


def _inside_a_name(token: Token) -> bool:
    """A capitalised word within an organisation's name, not its last word: "Conflict" in
    "the Armed Conflict Location & Event Data Project"."""
    if token.ent_type_ != "ORG" or not token.text[:1].isupper() or token.ent_iob_ != "I":
        return False
    entity = cl.entity_of(token)
    # a body's name ends with a word for a body ("... Event Data Project"); a title-case
    # headline read as one organisation ("Suicide Bombing Kills 12") does not
    return entity is not None and token.i < entity.end - 1 and entity[-1].lemma_.lower() in _BODIES


_BODIES = frozenset(
    "project association institute institution organisation organization committee council "
    "centre center foundation network observatory agency commission union movement league "
    "federation society watch monitor programme program group office".split()
)


# the word classes a trigger comes in ("AUX" when the tagger misreads "shelling" as one)
_WORD_CLASSES = frozenset({"NOUN", "VERB", "PROPN", "AUX"})


def trigger_type(token: Token) -> str | None:
    """The ACLED sub-event type a word of a parsed sentence signals, or None.

    >>> import spacy
    >>> trigger_type(spacy.blank("en")("hello")[0]) is None
    True
    """
    if token.lower_ == "dead" and _shot_dead_misread(token):
        return _killing_by_its_victims(token)
    if token.pos_ not in _WORD_CLASSES and token.lower_ not in {"sortie", "sorties"}:
        return None  # the test below, made first: most words are never a trigger
    lemma = _lemma(token)
    if lemma not in _MAY_TRIGGER and token.lower_ not in lexicon.SEXUAL_FORMS:
        return None  # the same test as below, before the rewrites that lead to it
    if lemma == "device" and token.pos_ == "NOUN":
        # "an improvised explosive device wounded three soldiers" is an IED
        if not any(_lemma(c) == "explosive" for c in token.children):
            return None
        lemma = "ied"
    if lemma in {"explosive", "dynamite"} and token.pos_ == "NOUN":
        if not _went_off(token):
            return None  # "20 kg of explosives", "sticks of dynamite": arms, no blast
        lemma = "bomb"  # "bank offices were shaken by explosives"
    if lemma == "killing" and not _killing_of(token):
        return None  # "killings" in general, and "killing" that the tagger took for a name
    if lemma == "dynamite" and token.pos_ == "VERB":
        lemma = "bomb"  # "two drugstores were dynamited"; not "sticks of dynamite"
    machine = token.i >= 2 and token.doc[token.i - 1].text == "-"
    machine = machine and token.doc[token.i - 2].lower_ == "machine" and lemma == "gun"
    if lemma == "gun" and token.pos_ == "VERB" and cl.gunned_down(token):
        lemma = "kill"  # "gunmen gunned down a policeman"
    if token.pos_ == "VERB" and token.tag_ != "VBG" and (lemma in _STRAFE or machine):
        lemma = "attack"  # "terrorists machinegunned a bus", "helicopters strafed the area"
    if lemma == "encounter" and token.pos_ == "NOUN" and _armed_encounter(token):
        return "Armed clash"  # "killed in an encounter with troops", as Philippine and
        # Indian army releases call a firefight
    if lemma == "sortie" and _flown_at(token):
        return "Air/drone strike"  # "warplanes carried out sorties over rebel positions"
    if lemma == "hold" and _held_since(token):
        return "Abduction/forced disappearance"  # "two women held by the group since 16 May"
    if lemma not in lexicon.TRIGGER_LEMMAS and token.lower_ not in lexicon.SEXUAL_FORMS:
        return None
    if _inside_a_name(token):
        return None  # "the Armed Conflict Location & Event Data Project"
    if _figurative(token):
        return None  # "a tariff war", "like a bombing"
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and (token.head.head.lemma_.lower() in _ENDING)
    ):
        return None  # "a cessation of hostilities": what an agreement ends
    if token.dep_ == "compound" and token.head.lemma_.lower() in lexicon.AGREEMENT_NOUNS:
        return None  # "a cessation of hostilities agreement": the agreement is the event
    # "offering amnesty in exchange for weapons": a trade; "released 30 rebels in exchange
    # for the release of 16 soldiers" is a swap of prisoners
    traded = token.dep_ == "pobj" and token.head.lower_ == "in"
    if lemma == "exchange" and traded and token.head.head.lemma_.lower() not in _SWAPPED:
        return None
    if cl.killed_in_other_words(token):
        lemma = "kill"  # "troops neutralised dozens of terrorists": a killing, typed as one
    # a trigger word is never an auxiliary: "Ukrainian shelling damaged a line" may come
    # out of the parser with "shelling" as one
    misread = token.pos_ == "AUX" and lemma not in _AUXILIARIES
    if token.pos_ not in {"NOUN", "VERB", "PROPN"} and not misread:
        return None
    if token.ent_type_ in {"DATE", "TIME"}:
        return None
    if lemma in dates.MONTHS and token.text[:1].isupper():
        return None
    cause = _disaster_cause(token)
    if cause is not None:
        return cause
    pattern = _pattern_type(token, lemma)
    if pattern is not None:
        return pattern
    if lemma in {"talk", "negotiation"} and token.pos_ == "NOUN":
        return "Agreement" if _modified(token, lexicon.AGREEMENT_MODIFIERS) else None
    if lemma in lexicon.AGREEMENT_NOUNS:
        words = {_lemma(c) for c in token.children} | {token.head.lemma_.lower()}
        marks = lexicon.AGREEMENT_MODIFIERS | {"broker", "mediate", "hostility", "cessation"}
        about = sentence_words(token) & lexicon.AGREEMENT_TOPICS
        if token.pos_ != "NOUN" or token.lower_.startswith("accord"):
            about = frozenset()
        return "Agreement" if words & marks or (about and not hypothetical(token)) else None
    if lemma in {"fire", "gunfire"} and token.pos_ == "NOUN" and _exchanged(token):
        # "soldiers and rebels exchanged fire", "an exchange of fire", and fire of any guns
        # two armies trade ("exchanged artillery and rocket fire"): a clash
        return "Armed clash"
    if lemma == "fire" and token.pos_ == "NOUN" and _modified(token, {"sniper"}):
        return "Armed clash"  # "wounded by Azerbaijani sniper fire"
    if lemma == "fire" and token.pos_ == "NOUN" and _modified(token, _GUNS):
        return "Shelling/artillery/missile attack"  # "artillery fire killed twelve"
    if lemma == "bomb" and token.dep_ == "compound" and token.head.lemma_.lower() == "attack":
        return None  # "a bomb attack": the attack is the trigger
    if lemma == "attack" and _blamed_for(token):
        return None  # "the governor attacked the ministry for failing to ...": words
    doc = token.doc
    if (
        lemma == "rocket"
        and token.i + 2 < len(doc)
        and doc[token.i + 2].lower_ == "propelled"
        and any(a.dep_ == "prep" and a.lower_ == "with" for a in token.ancestors)
    ):
        return None  # "clashes ... with machine guns and rocket-propelled grenades": the arms
        # of the clash, no rocket fire of its own
    if lemma in {"shell", "grenade"} and _modified(token, _CROWD_ROUNDS):
        return None  # "tear gas shells", "stun grenades": crowd control
    sub_type = lexicon.TRIGGERS.get(lemma)
    if lemma in {"raid", "operation"} and _arrests_made_in(token):
        return "Arrests"  # "arrested 15 Palestinians in overnight raids": an arrest operation
    if lemma == "fire" and token.pos_ == "NOUN" and token.head.lemma_.lower() in {"open", "of"}:
        sub_type = "Attack"
    if lemma == "fire" and token.pos_ == "NOUN" and _came_under(token):
        sub_type = "Attack"  # "a UN helicopter came under fire"
    if sub_type is None:
        return None
    if sub_type == "Agreement" and lemma not in lexicon.SURRENDER and not _agreed(token):
        return None
    if lemma in {"fight", "battle"} and token.pos_ == "VERB" and not _fights_someone(token):
        return None
    if lemma in {"fight", "battle"} and token.pos_ == "VERB" and _rescuers_battled(token):
        return None  # "rescuers battled through collapsed galleries"
    if lemma in {"fight", "fighting"} and _describes_a_side(token):
        return None
    if (
        lemma in {"protester", "demonstrator"}
        and token.dep_ == "nsubj"
        and token.head.lemma_.lower() in cl.REPORTING
    ):
        return None  # "said one protester in Dhaka": a witness, no protest of its own
    if lemma == "protest" and token.pos_ == "VERB" and _diplomatic(token):
        return None  # "Baghdad has protested against the operations": a note, not a rally
    if lemma == "hostage" and token.dep_ == "compound" and token.head.lemma_.lower() in _DEALS:
        return None  # "a hostage release", "hostage talks": a negotiation, not an abduction
    if lemma == "hostage" and token.dep_ == "dobj" and token.head.lemma_.lower() in _FREED:
        return None  # "raided a camp, freeing three hostages": the raid's, no abduction
    if lemma == "bomb" and token.pos_ == "NOUN" and _dropped(token):
        return "Air/drone strike"  # "Russian guided bombs hit a superstore"
    bombs = [c for c in token.children if c.lemma_.lower() == "bomb"]
    if lemma == "attack" and bombs and (_dropped(token) or any(map(_dropped, bombs))):
        return "Air/drone strike"  # "a glide bomb attack on the city centre"
    if lemma == "bomb" and token.pos_ == "NOUN" and _fell(token):
        # "two bombs landed near the camp", "the first bomb fell": shelling or bombing from
        # the air, never a planted bomb
        if _context(token) & lexicon.INSTRUMENTS[0][1]:
            return "Chemical weapon"
        return "Air/drone strike" if _from_the_air(token) else "Shelling/artillery/missile attack"
    if lemma == "vigilante" and not _vigilantes_did_violence(token):
        return None  # "police, soldiers and vigilantes were combing the forests"
    if lemma == "custody" and not (token.dep_ == "pobj" and token.head.lower_ == "into"):
        return None  # "taken into custody" is an arrest; "died in custody" tells a state
    if lemma == "strike":
        near = {t.lower_ for t in token.subtree} | {token.head.lower_}
        # a marked strike is never a walkout, even where the parser hangs "a drone strike"
        # from a later "went on"
        military = bool(near & lexicon.STRIKE_MARKERS)
        # "another strike hit a house, killing a couple": no walkout hits or kills; nor is
        # a walkout "on" a city, a school or a base ("the overnight strike on Kharkiv")
        military = (
            military
            or (token.dep_ == "nsubj" and token.head.lemma_.lower() in _WHAT_A_STRIKE_DOES)
            or any(
                _struck_target(p)
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "on"
                for p in c.children
                if p.dep_ == "pobj"
            )
        )
        if not military and (near & {"hunger", "general"} or token.head.lemma_.lower() == "go"):
            return "Peaceful protest"
        if not military:
            return None
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].lower_ == "propelled" and doc[token.i - 2].text == "-":
        return None  # a rocket-propelled grenade is a rocket, which its first word types
    if _hit_by_in_passing(token):
        return None
    # "with machine guns and rocket-propelled grenades": what they fought with, not an event
    listed = token
    while listed.dep_ == "conj" and listed.head.i != listed.i:
        listed = listed.head
    instrument = (
        token.dep_ == "compound"
        or (listed.dep_ == "pobj" and listed.head.lower_ == "with")
        # "exchanged artillery and rocket fire": the guns of the fire
        or (listed.dep_ in {"compound", "nmod", "amod"} and listed.head.lemma_.lower() == "fire")
    )
    if lemma in {"artillery", "mortar", "rocket", "missile", "drone", "grenade"} and instrument:
        return None
    if lemma in {"bomb", "assault"} and (
        instrument or (token.dep_ == "compound" and token.head.lemma_.lower() != "attack")
    ):
        return None  # "a bomb maker", "assault rifles", "found with a pipe bomb"
    if token.lower_ == "blasting" and token.dep_ in {"compound", "amod"}:
        return None  # "blasting caps"
    if _left_by_the_dead(token):
        return None
    if _disrupted(token):
        return "Disrupted weapons use"
    if lemma in lexicon.GENERIC_VIOLENCE or sub_type.startswith("Remote explosive"):
        if accidental(token):
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
    around = set(sentence_words(token)) if scuffle else _parties(token)
    if sub_type == "Arrests" and cl.arrested_as_they_killed(token):
        return None  # "killed two militants and detained five others": the killing's raid
    if sub_type == "Arrests" and _at_protest(token):
        return _protest_type(token, "Protest with intervention")
    if sub_type in {"Armed clash", "Attack"} and (
        around & lexicon.PROTEST_PEOPLE or _on_demonstrators(token)
    ):
        return _protest_type(token, "Violent demonstration")
    return sub_type


def _on_demonstrators(token: Token) -> bool:
    """ "Police opened fire on miners who had blocked the highway": force used on people
    the sentence says were demonstrating."""
    verbs = [token, token.head] if token.dep_ == "dobj" else [token]
    return any(
        _demonstrating(target)
        for verb in verbs
        for child in verb.children
        for target in (
            [child] if child.dep_ == "dobj" else [p for p in child.children if p.dep_ == "pobj"]
        )
        if child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ in {"on", "at"})
    )


def _blamed_for(token: Token) -> bool:
    """ "Attacked the ministry for failing to install guardrails": a verb of criticism, its
    reason a clause."""
    if token.pos_ != "VERB":
        return False
    # "attacked the tariffs as self-defeating", "attacked the government's safety policy"
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _WORDS_AND_RULES for c in token.children):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(p.tag_ == "VBG" and p.dep_ in {"pcomp", "pobj"} for p in c.children)
        for c in token.children
    )


_ENDING = frozenset({"cessation", "end", "halt", "suspension"})
_SWAPPED = frozenset("release free return hand swap trade".split())
_ILLNESS = frozenset({"heart", "panic", "asthma", "anxiety", "cardiac"})
_ABSTRACT = frozenset("norm standard regulation row scandal controversy story myth debate".split())

# What one attacks in words: a policy, a plan, a ruling.
_WORDS_AND_RULES = frozenset(
    "policy plan tariff tax law bill decision ruling proposal reform budget remark comment "
    "statement speech idea rule deal strategy handling verdict".split()
)


_CROWD_ROUNDS = lexicon.CROWD_MISSILES | {"tear", "tear-gas", "smoke", "stun", "rubber"}


def _exchanged(token: Token) -> bool:
    """Fire both sides shot: "exchanged fire", "traded gunfire", "an exchange of fire"."""
    head = token.head.head if token.head.lower_ == "of" else token.head
    return head.lemma_.lower() in {"exchange", "trade"}


def _describes_a_side(token: Token) -> bool:
    """ "The group fighting to topple the government", "forces that fight alongside the army",
    "in their fight against insurgents": what a side does, not an incident. "Troops fighting
    rebels near Goma" (someone fought) stays a clash."""
    if token.pos_ == "VERB" and token.dep_ in {"acl", "relcl"} and token.tag_ in _PRESENT:
        children = list(token.children)
        siding = any(
            c.dep_ == "prep" and c.lower_ in {"alongside", "along", "with", "for"} for c in children
        )
        objects = any(c.dep_ == "dobj" for c in children)
        # "internationalists, who are fighting along with the FMLN": whose side they are on
        if siding and not objects and any(c.lower_ in {"are", "is"} for c in children):
            return True
        if any(c.dep_ == "aux" and c.lemma_.lower() in {"be", "have"} for c in children):
            return False
        purpose = any(c.dep_ == "xcomp" for c in children)
        return (purpose or siding) and not objects
    return token.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lower_ in {"their", "its", "his", "our"} for c in token.children
    )


_PRESENT = frozenset({"VBG", "VBP", "VBZ"})
_DEALS = frozenset(
    "release deal talks talk negotiation negotiations swap exchange agreement accord".split()
)


# Heavy weapons whose fire is shelling.
def _came_under(token: Token) -> bool:
    """ "came under fire", "were under fire": what was attacked."""
    under = token.head
    return (
        token.dep_ == "pobj"
        and under.lower_ == "under"
        and under.head.lemma_.lower() in {"come", "be", "remain"}
    )


_GUNS = frozenset({"artillery", "mortar", "rocket", "tank", "howitzer", "shell"})

# Bombs that only aircraft drop.
_AIR_BOMBS = frozenset({"guided", "glide", "gliding", "aerial", "barrel", "cluster", "guide"})


def _dropped(token: Token) -> bool:
    """ "Guided bombs", "a glide bomb", "barrel bombs": dropped from the air."""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in _AIR_BOMBS for c in token.children)


def _fell(token: Token) -> bool:
    verb = token.head
    lemma = verb.lemma_.lower()
    return (token.dep_ in {"nsubj", "nsubjpass"} and lemma in {"fall", "land", "rain"}) or (
        token.dep_ in {"dobj", "nsubjpass"} and lemma == "drop"
    )


def _disaster_cause(token: Token) -> str | None:
    """ "An earthquake shook the region, killing 38": deaths a disaster or an accident caused
    are no conflict event (the kind of disaster, or None)."""
    if token.lemma_.lower() not in {"kill", "die", "injure", "wound", "hurt"}:
        return None
    node, verbs = token, [token]
    while node.dep_ in {"advcl", "xcomp", "conj", "acl"} and node.head.i != node.i:
        node = node.head
        verbs.append(node)
    for verb in verbs:
        for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "agent"}):
            # "Super Typhoon Haiyan killed": the storm's name, after the kind of storm
            named = (c for c in subject.children if c.dep_ in {"pobj", "compound"})
            for head in (subject, *named):
                lemma = head.lemma_.lower()
                if lemma == "disaster":
                    # "the country's worst mining disaster killed 301 workers"
                    natural = any(
                        lexicon.NON_CONFLICT.get(c.lemma_.lower()) == "Natural disaster"
                        or c.lower_ == "natural"
                        for c in head.children
                    )
                    return "Natural disaster" if natural else "Man-made disaster"
                kind = lexicon.NON_CONFLICT.get(lemma)
                if kind == "Natural disaster" or (
                    kind == "Man-made disaster" and lemma in lexicon.MISHAP_EVENTS
                ):
                    return kind
    return None


_RESCUERS = frozenset("rescuer rescue firefighter fireman medic paramedic crew team".split())


def _rescuers_battled(verb: Token) -> bool:
    """Rescuers or civilians who "battled" with no one to fight: against fire, time or
    rubble, no clash."""
    opponent = any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in {"with", "against"})
        for c in verb.children
    )
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if opponent:
        return False
    return bool(subjects) and all(
        s.lemma_.lower() in _RESCUERS or GROUP_KINDS.get(s.lemma_.lower()) is ActorKind.CIVILIANS
        for s in subjects
    )


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


def _arrests_made_in(token: Token) -> bool:
    """ "Forces arrested 15 people in overnight raids", "were detained during a raid": the
    raid is the arrest operation, unless someone was killed or wounded in it too."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in {"in", "during"}:
        return False
    verb = prep.head
    if verb.lemma_.lower() not in cl.ARREST_VERBS:
        return False
    harm = {"kill", "wound", "injure", "shoot", "die", "dead"}
    return not any(t.lemma_.lower() in harm for t in token.sent)


def _killing_of(token: Token) -> bool:
    """ "Condemned the killing of the attorney general": one killing, of someone told (not
    "extrajudicial killings of herders" nor "the killing of innocent civilians", a practice;
    nor a verb read as a noun)."""
    if token.pos_ != "NOUN" or token.lower_ not in {"killing", "killings"}:
        return False
    if token.lower_ == "killings" and not any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "these", "those", "their", "his", "her"}
        for c in token.children
    ):
        return False  # "killings of herders": a practice; "the killings of the Jesuits": one
    victims = [o for c in token.children if c.lower_ == "of" for o in c.children]
    return any(
        o.dep_ == "pobj"
        and (
            o.tag_ in {"NN", "NNP", "CD"}
            or any(d.dep_ in {"det", "poss", "nummod"} for d in o.children)
        )
        for o in victims
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
    lemma = _MISSED_LEMMAS.get(lemma, lemma)
    if token.pos_ == "PROPN" and lemma not in lexicon.TRIGGERS:
        # a capitalised word the tagger took for a name ("Rockets fired from ...")
        for singular in (lemma.removesuffix("s"), lemma.removesuffix("es")):
            if singular in lexicon.TRIGGERS:
                return singular
    return lemma


# Firing along a target: an attack ("machine-gunned" splits into "machine", "-", "gun").
_STRAFE = frozenset({"machinegun", "machinegunne", "strafe"})


# The lemmas a trigger may have before the rewrites of trigger_type ("gun" in "gunned down",
# "device" in "explosive device", "encounter", "sortie") or that are a trigger's own.
_MAY_TRIGGER = (
    lexicon.TRIGGER_LEMMAS
    | _STRAFE
    | {"device", "dynamite", "explosive", "gun", "encounter", "sortie", "hold"}
)

# What explosives that went off do: "shaken by explosives", "explosives destroyed the bridge".
_BLAST_DEEDS = frozenset(
    "shake rock damage destroy hit rip tear wreck demolish kill wound injure".split()
)


def _went_off(explosive: Token) -> bool:
    """Explosives told by what they did, not as arms found or carried."""
    if explosive.dep_ == "pobj" and explosive.head.dep_ == "agent":
        return explosive.head.head.lemma_.lower() in _BLAST_DEEDS
    return explosive.dep_ == "nsubj" and explosive.head.lemma_.lower() in _BLAST_DEEDS


def may_trigger(sentence: Span) -> bool:
    """Whether a word of the sentence may be a trigger: the test :func:`trigger_type` makes
    first, made once on all the sentence's lemmas and words."""
    words = cl.words_of(sentence, forms=True)
    return any(_may_be_trigger(w) for w in words) or {"shot", "dead"} <= words


def _shot_dead_misread(dead: Token) -> bool:
    """ "Gunmen on a motorcycle shot dead a village headman", parsed (in upper-case copy)
    with "motorcycle shot" as a noun and "dead" as the word that takes the victim."""
    doc = dead.doc
    return (
        dead.pos_ == "ADJ"
        and dead.i >= 1
        and doc[dead.i - 1].lower_ == "shot"
        and doc[dead.i - 1].pos_ != "VERB"
        and any(c.dep_ == "dobj" for c in dead.children)
    )


def _killing_by_its_victims(token: Token) -> str | None:
    """A killing typed by whom it killed, as :func:`_pattern_type` types "killed": an
    attack on civilians, a clash when armed men died; None with no doer told."""
    if not _perpetrator(token) or accidental(token):
        return None
    if _victims(token) is ActorKind.CIVILIANS:
        return "Attack"
    return "Armed clash" if _armed_victims(token) else None


@lru_cache(maxsize=65536)
def _may_be_trigger(word: str) -> bool:
    """A lemma or word that :func:`_lemma` may read as one in ``_MAY_TRIGGER`` ("retook",
    "fire" of "cease-fire", a plural taken for a name), or a word of sexual violence."""
    lemmas = {_MISSED_LEMMAS.get(word, word), word.removesuffix("s"), word.removesuffix("es")}
    if word == "fire":
        lemmas.add("ceasefire")
    return bool(lemmas & _MAY_TRIGGER) or word in lexicon.SEXUAL_FORMS


# Past forms the English pipeline's lemmatizer leaves as they are.
_MISSED_LEMMAS = {"retook": "retake"}


def _pattern_type(token: Token, lemma: str) -> str | None:
    """Sub-event types told by a word and what it governs, not by the word alone.

    "Rebels seized the town" is territory taken, "seized weapons" disrupted weapons use;
    "set up a base" a base established; "blew himself up" a suicide bomb.
    """
    if token.lower_ in lexicon.SEXUAL_FORMS:
        return "Sexual violence"
    if lemma in lexicon.HARASS and _harried_forces(token):
        return "Armed clash"
    objects = _objects(token)
    heads = {o.lemma_.lower() for o in objects} | {o.lower_ for o in objects}
    # "took away", parsed as a particle or as an adverb
    particles = {
        c.lower_
        for c in token.children
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in {"away", "off"})
    }
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
            if heads & lexicon.CROWD_MISSILES:
                # "youths fired fireworks at police", "police fired tear gas"
                rioting = not _subject_heads(token) & lexicon.STATE_WORDS
                return _protest_type(
                    token, "Violent demonstration" if rioting else "Protest with intervention"
                )
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
        # "the corpses were found riddled with bullets" is a killing found, not weapons
        remains = {w for o in objects for w in (o.lemma_.lower(), o.lower_)} & lexicon.REMAINS
        if remains and lemma in {"find", "discover", "dump"} and _killed_and_left(token):
            # "the bodies of seven men with gunshot wounds were found dumped beside the
            # highway": ACLED's attack, on the day they were found
            return "Attack"
        if (
            (
                lemma in lexicon.DISRUPT_VERBS | lexicon.SEIZE_VERBS | {"destroy"}
                or (lemma in {"shoot", "bring"} and "down" in particles)
            )
            and (_foiled(objects) or _carries(objects, lexicon.WEAPON_NOUNS))
            and not remains
        ):
            killing = next((j for j in token.conjuncts if _kills_people(j)), None)
            if killing is not None and lemma in lexicon.SEIZE_VERBS:
                # "units killed nine gang members and seized four rifles": the weapons of
                # the fight, which the killing types
                return _attack_type(killing)
            held = next((j for j in token.conjuncts if held_by_the_state(j)), None)
            if held is not None and lemma in lexicon.SEIZE_VERBS:
                return "Arrests"  # "troops captured two ELN members and seized rifles"
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
            and not (built & lexicon.BASE_NOUNS <= _OFFICES and _civil_founder(token))
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
        if victims is not None and _perpetrator(token) and not accidental(token):
            if victims is ActorKind.PROTESTERS:
                return _protest_type(token, "Excessive force against protesters")
            # "killing dozens of volunteers and soldiers": soldiers among them, a fight
            mixed = any(
                t.lemma_.lower() in _ARMED_PEOPLE and t.dep_ == "conj"
                for o in _objects(token)
                for t in o.subtree
            )
            return _instrument(token) or ("Armed clash" if mixed else "Attack")
        armed = lemma in {"kill", "shoot"} and _armed_victims(token)
        if armed and _perpetrator(token) and not accidental(token):
            # "troops killed five militants", "gunmen shot dead two policemen": a fight
            # between armed men, told by its outcome
            return _instrument(token) or "Armed clash"
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


def _harried_forces(token: Token) -> bool:
    """ "Rebels harassed the military post", "a rebel harassment of the civil defense
    group": forces harried with fire (not "police harassed journalists")."""
    if token.pos_ == "VERB":
        struck = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        struck = [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ in {"of", "on", "against"}
            for o in p.children
            if o.dep_ == "pobj"
        ]
    words = {t.lemma_.lower() for o in struck for t in o.subtree}
    return bool(words & (lexicon.FORCE_TARGETS | {"defense", "defence"})) and not _modified(
        token, {"sexual"}
    )


def _flown_at(sortie: Token) -> bool:
    """Sorties that aircraft flew over or against someone's positions: air strikes; "jets
    made an emergency sortie" is a scramble, no strike."""
    verb = sortie.head
    if sortie.dep_ != "dobj" or not _subject_heads(verb) & lexicon.AIRCRAFT:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in {"over", "on", "against", "targeting"}
        for c in (*verb.children, *sortie.children)
    )


# What a government opens as well as an armed group ("has established an office to help
# citizens living abroad" is no base).
_OFFICES = frozenset({"office", "post"})


def _civil_founder(token: Token) -> bool:
    """Whether who sets something up is no armed force: a government, a ministry, a
    person."""
    heads = _subject_heads(token)
    if token.dep_ == "acl":
        heads.add(token.head.lemma_.lower())  # "Turkish forces establishing a new post"
    armed = lexicon.NON_STATE_WORDS | (lexicon.STATE_WORDS - {"government", "regime"})
    return bool(heads) and not heads & armed


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
    grabbing = grabbing or cl.taken_along(token)
    # "seized businessman Carlos Ruiz": the person a name and its title say
    people = any(
        _civilian(o.lemma_.lower())
        or any(c.dep_ == "compound" and _civilian(c.lemma_.lower()) for c in o.children)
        for o in objects
    )
    if not grabbing or not people:
        return None
    # "who are still missing": the parser lemmatizes the adjective to "miss"
    told = sentence_words(token, forms=True)
    missing = told & {"missing", "disappear", "whereabouts"}
    if _actor_kind(token) == "state" and not missing:
        return "Arrests"
    return "Abduction/forced disappearance"


def _held_since(verb: Token) -> bool:
    """People held by someone other than the state since a day ("two women who have been
    held by the Extraditables since 16 December"): taken that day, still captive; not
    "held in custody", "held by police" nor "a meeting held since"."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children):
        return False
    if not any(c.dep_ == "agent" for c in verb.children) or _actor_kind(verb) == "state":
        return False
    held = [c for c in verb.children if c.dep_ == "nsubjpass"]
    held = [verb.head if h.lower_ in {"who", "that"} and verb.dep_ == "relcl" else h for h in held]
    return any(
        h.ent_type_ == "PERSON" or _civilian(h.lemma_.lower()) or h.lemma_.lower() == "hostage"
        for h in held
    )


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
    objects of the verb it depends on ("protesters clashed with police"); not what it
    caused ("the murder of two soldiers drew protests")."""
    words = {t.lemma_.lower() for t in token.subtree}
    for child in token.head.children:
        aimed = child.dep_ == "prep" and child.lower_ in {"on", "against", "with", "between", "at"}
        caused = child.dep_ == "dobj" and _provoked(child)
        if (aimed or child.dep_ in {"nsubj", "nsubjpass", "dobj", "agent"}) and not caused:
            words |= {t.lemma_.lower() for t in child.subtree}
    return words


# Verbs of what an incident brings about ("sparked protests", "drew condemnation").
_CAUSE_VERBS = frozenset(
    "spark trigger prompt provoke draw fuel ignite cause unleash inflame stoke".split()
)


def _provoked(token: Token) -> bool:
    """What an incident brought about: "sparking protests", "the killing triggered riots",
    "led to demonstrations". A protest so told came after the incident, not at its scene."""
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in _CAUSE_VERBS
    if token.dep_ == "pobj" and token.head.lower_ == "to":
        return bool(token.head.head.lemma_.lower() == "lead")
    return False


def _context(token: Token) -> set[str]:
    """Lemmas of the clause around a trigger: its own subtree and its head's."""
    return {t.lemma_.lower() for t in token.head.subtree} | {token.head.lemma_.lower()}


def _scene(token: Token, *, deeds: bool = False) -> set[str]:
    """Lemmas of the trigger's sentence and the next one of its paragraph, where a
    protest's outcome is told (a new paragraph tells something else: "Authorities have
    ordered offices to close, as damaged power plants ...").

    With ``deeds``, words for what a protest is against ("a rally against gun violence")
    are left out, and blocking a road with something counts as a barricade: ACLED's
    violent demonstration blocks roads "using barricades, burning tires, or other
    material"; people who block a road with themselves protest.
    """
    sentence = token.sent
    tokens = list(sentence)
    doc = token.doc
    if sentence.end < len(doc):
        last, following = doc[sentence.end - 1], doc[sentence.end]
        gap = last.whitespace_ + (last.text if last.is_space else "")
        gap += following.text if following.is_space else ""
        if "\n" not in gap:
            tokens += list(following.sent)
    if not deeds:
        return {t.lemma_.lower() for t in tokens}
    words = {
        t.lemma_.lower()
        for t in tokens
        if not _cause(t)
        and not _of_the_state(t)
        and not _the_states(t)
        and not _beat_a_thing(t)
        and past_clause(t) is None
    }
    for t in tokens:
        objects = {o.lemma_.lower() for o in _objects(t)}
        tried = t.head.lemma_.lower() in {"attempt", "try", "seek", "plan", "threaten"}
        used = any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children) or any(
            c.lemma_.lower() == "use" for c in t.children if c.dep_ in {"advcl", "xcomp"}
        )
        blocked = t.lemma_.lower() in lexicon.BLOCK_VERBS and objects & lexicon.ROADS
        if blocked and used and not tried:
            words.add("barricade")
    return words


def past_clause(token: Token) -> Span | None:
    """The relative or participle clause the token is in, when that clause dates what it
    tells long before the article ("demanding justice for two classmates who were shot dead
    by police last year", "to honour the brothers killed four years ago"): what it tells is
    the past a protest remembers, not what happened at it."""
    for node in (token, *token.ancestors):
        if node.dep_ in {"relcl", "acl"}:
            words = list(node.subtree)
            clause = node.doc[words[0].i : words[-1].i + 1]
            published = node.doc.user_data.get("published")
            return clause if dates.long_before(clause.text, published) else None
        if node.dep_ in {"ROOT", "ccomp", "advcl", "conj"}:
            return None
    return None


def _beat_a_thing(token: Token) -> bool:
    """ "beating empty gas canisters as drums": a blow at a thing is no force against anyone
    (not "beat the crowd", "clubbed them")."""
    if token.lemma_.lower() not in {"beat", "hit", "club", "bang"}:
        return False
    done_to = [c for c in token.children if c.dep_ == "dobj"]
    return bool(done_to) and not any(_someone_struck(c) for c in done_to)


def _someone_struck(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ != "NOUN"
        or cl.group_kind(noun) is not ActorKind.UNKNOWN
        or lemma in lexicon.PROTEST_PEOPLE | lexicon.MOB_WORDS
        or noun.ent_type_ in {"NORP", "PERSON"}
    )


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


def _the_states(token: Token) -> bool:
    """ "A police barricade", "the army's cordon": what the forces put up, not what the
    protesters did."""
    return any(
        c.dep_ in {"compound", "poss", "amod"} and c.lemma_.lower() in lexicon.STATE_WORDS
        for c in token.children
    )


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
    if not subjects and any(c.dep_ == "auxpass" for c in token.children):
        # "were captured at the bus station by army troops": the parser may hang the agent
        # on the place before it
        subjects = [t for t in token.subtree if t.dep_ == "prep" and t.lower_ == "by"]
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


def _before_doing(verb: Token) -> bool:
    """ "before withdrawing": what was done after the main verb."""
    return bool(verb.dep_ == "pcomp" and verb.head.lower_ == "before")


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
        # "overran the post ... and torched vehicles before withdrawing": they left after
        if t.i != token.i and t.pos_ == "VERB" and not _before_doing(t)
    )
    unresisted = "resistance" in words and bool(words & {"no", "not", "without", "never"})
    left_after = any(
        t.lemma_.lower() in lexicon.WITHDRAW_VERBS and _before_doing(t) for t in token.subtree
    )
    if left_after and lemma not in lexicon.WITHDRAW_VERBS:
        return None  # "overran the post ... before withdrawing": a raid, no ground held
    # "overran the post after several hours of fighting": taken in a fight
    fought = bool(words & {"fight", "fighting", "battle", "clash"}) and "without" not in words
    quietly = not fought and (
        bool(words & lexicon.UNOPPOSED) or {"without", "fight"} <= words or pulled_out or unresisted
    )
    actor = _actor_kind(token)
    if token.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in token.children
    ):
        return None  # "Idlib is controlled by HTS": who holds it, not a taking
    if lemma in {"control", "hold", "occupy"} and token.tag_ in {"VBZ", "VBP"}:
        return None  # "the gang, which controls much of the valley": who holds it now
    if lemma in {"enter", "march"}:
        # only armed men take ground by walking in: people marching peacefully through a
        # city centre are demonstrators
        armed = actor is not None
        return "Non-violent transfer of territory" if quietly and armed else None
    takes = lemma in lexicon.TAKE_VERBS or (
        lemma in {"take", "gain", "assume", "seize"}
        and ("over" in particles or "control" in {o.lemma_.lower() for o in objects})
    )
    if lemma in lexicon.WITHDRAW_VERBS or (lemma == "pull" and "out" in particles):
        if any(_civilian(o.lemma_.lower()) for o in objects) or _taken_for_care(token):
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


def _taken_for_care(verb: Token) -> bool:
    """ "Three soldiers were wounded and evacuated", "the wounded were evacuated to a
    hospital": the hurt carried to care, no force leaving ground."""
    if verb.lemma_.lower() != "evacuate":
        return False
    hurt = verb.dep_ == "conj" and cl.outcome_of(verb.head) is not None
    people = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
    hurt = hurt or any(p.lemma_.lower() in {"wounded", "injured", "casualty"} for p in people)
    cared = any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(p.lemma_.lower() in {"hospital", "clinic"} for p in c.children)
        for c in verb.children
    )
    return hurt or cared


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
        if _demonstrating(target):
            return ActorKind.PROTESTERS  # "miners who had blocked the highway"
        if cl.group_kind(target) is ActorKind.CIVILIANS:
            return ActorKind.CIVILIANS  # "a security guard"
        for word in words:
            kind = GROUP_KINDS.get(word)
            if kind is ActorKind.PROTESTERS:
                return kind
            if _civilian(word):
                return ActorKind.CIVILIANS
    return None


def _demonstrating(target: Token) -> bool:
    """People a relative clause says were demonstrating: protesting, marching, blocking a
    road."""
    for clause in target.children:
        if clause.dep_ != "relcl":
            continue
        lemma = clause.lemma_.lower()
        objects = {o.lemma_.lower() for o in _objects(clause)}
        if lemma in {"protest", "demonstrate", "march", "rally", "picket"}:
            return True
        if lemma in lexicon.BLOCK_VERBS and objects & lexicon.ROADS:
            return True
    return False


def _armed_victims(token: Token) -> bool:
    """The verb's object is armed men: soldiers, police or fighters."""
    return any(cl.group_kind(target) in ARMED_KINDS for target in _objects(token))


def _perpetrator(token: Token) -> bool:
    """The verb's subject (or passive agent) is an armed actor, not an event ("the war")."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    subjects += [p for c in token.children if c.dep_ == "agent" for p in c.children]
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
    if not subjects and not passive and token.dep_ in {"advcl", "conj", "xcomp"}:
        # "gunmen stormed the village, shooting residents": the participle's subject
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    # "BENI, Democratic Republic of Congo, Oct 15 (Reuters) - Rebels ... killed": the parser
    # may make the dateline's place the subject, with the real one in apposition to it
    subjects += [a for s in subjects if cl.in_dateline(s) for a in s.children if a.dep_ == "appos"]
    for subject in subjects:
        # "Rebels" at the head of a sentence may be read as a name, its lemma unchanged
        words = {subject.lemma_.lower(), subject.lower_.removesuffix("s")}
        kinds = {GROUP_KINDS.get(w) for w in words} - {None, ActorKind.CIVILIANS}
        if kinds or words & (lexicon.NON_STATE_WORDS | lexicon.STATE_WORDS):
            return True
        if subject.ent_type_ in {"ORG", "NORP", "PERSON"}:
            return True
    return False


_OFTEN = frozenset({"frequently", "often", "regularly", "routinely", "usually", "typically"})


def _habitual(token: Token) -> bool:
    """A present-tense verb of what happens again and again, not of one incident ("gangs
    frequently seize villagers", "road accidents kill 3,000 people a year")."""
    # a bare "shell" with no "to" or auxiliary before it is the present tense a tagger
    # misread ("those who every day shell the rural areas")
    bare = token.tag_ == "VB" and not any(c.dep_ == "aux" for c in token.children)
    if token.tag_ not in {"VBP", "VBZ"} and not bare:
        return False
    for child in token.children:
        if child.dep_ == "advmod" and child.lower_ in _OFTEN:
            return True
    # "a year", on the verb or on what it counts ("kill 3,000 people a year")
    near = [*token.children, *(g for c in token.children for g in c.children)]
    return any(
        t.dep_ == "npadvmod"
        and t.lemma_.lower() in _PERIODS
        and any(d.lower_ in {"a", "an", "each", "every", "per"} for d in t.children)
        for t in near
    )


_PERIODS = frozenset({"day", "week", "month", "year"})


def _hit_by_in_passing(token: Token) -> bool:
    """ "Two civilians, whose car was hit by a rocket-propelled grenade, were among the dead":
    the weapon of a death told in a clause about the dead, no event of its own."""
    while token.dep_ in {"npadvmod", "amod", "compound"} and token.head.i != token.i:
        token = token.head  # the "rocket" of "a rocket-propelled grenade"
    agent = token.head
    verb = agent.head
    return (
        token.lemma_.lower() in lexicon.WEAPON_NOUNS
        and token.dep_ == "pobj"
        and agent.dep_ == "agent"
        and verb.dep_ == "relcl"
        and not any(c.lower_ == "the" for c in token.children)  # "wounded by the rockets"
    )


def _left_by_the_dead(token: Token) -> bool:
    """ "Recovered the bodies of three terrorists, together with a rifle and an explosive
    device": the weapons a fight left beside its dead, no event of their own."""
    if token.lemma_.lower() not in lexicon.WEAPON_NOUNS:
        return False
    verb = next((t for t in token.ancestors if t.pos_ == "VERB"), None)
    return verb is not None and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.REMAINS for c in verb.children
    )


def seized(token: Token) -> bool:
    """A weapon seized, not defused, intercepted or shot down: "rifles, a machine gun and
    drones were seized" (the arms of the men a raid or a fight caught)."""
    return token.lemma_.lower() in lexicon.SEIZE_VERBS or _disrupted(token, lexicon.SEIZE_VERBS)


def _disrupted(
    token: Token, verbs: frozenset[str] = lexicon.DISRUPT_VERBS | lexicon.SEIZE_VERBS
) -> bool:
    """A weapon defused, intercepted, shot down or seized: disrupted weapons use."""
    if token.lemma_.lower() not in lexicon.WEAPON_NOUNS | lexicon.FOILED_EVENTS:
        return False
    if _listed_after_seized(token, verbs) or _listed_before_seized(token, verbs):
        return True
    node = token
    for _ in range(5):
        if node.head.i == node.i:
            return False
        below, node = node, node.head
        if below.dep_ == "pobj" and node.lower_ != "of":
            return False
        lemma = node.lemma_.lower()
        particles = {c.lower_ for c in node.children if c.dep_ == "prt"}
        if lemma in verbs:
            return True
        if lemma in {"shoot", "bring"} and "down" in particles and "down" in verbs:
            return True
        if node.pos_ == "VERB":
            return False
    return False


def _listed_after_seized(token: Token, verbs: frozenset[str]) -> bool:
    """ "Seized eleven rifles, two grenades and a truck": an item of a list that begins with
    a seized thing, however the parser hung the rest of the list."""
    doc = token.doc
    for i in range(token.i - 1, max(-1, token.i - 8), -1):
        word = doc[i]
        if word.dep_ == "dobj" and word.head.lemma_.lower() in verbs:
            return True
        if word.pos_ not in {"NUM", "ADJ", "NOUN", "PUNCT", "CCONJ", "DET"} or word.text == ".":
            return False
    return False


def _listed_before_seized(token: Token, verbs: frozenset[str]) -> bool:
    """ "Rifles, a machine gun and drones fitted to drop explosives were seized": an item of
    a list a passive seizure ends, however the parser hung the list."""
    doc = token.doc
    end = min(len(doc), token.i + 9, token.sent.end)
    for i in range(token.i + 1, end - 1):
        word = doc[i]
        if word.text in {".", ";"}:
            return False
        if word.lower_ in {"was", "were"}:
            after = doc[i + 1]
            return after.lemma_.lower() in verbs
    return False


def _self_killed(token: Token) -> bool:
    """ "detonated explosives, killing themselves": the bombers died by their own bomb."""
    return any(
        t.lemma_.lower() in {"kill", "blow"}
        and any(c.lower_ in lexicon.REFLEXIVES for c in t.children if c.dep_ == "dobj")
        for t in token.sent
    )


def accidental(token: Token) -> bool:
    """An explosion with words of an accident in its sentence and none of an attack."""
    words = sentence_words(token, forms=True)
    # "air strikes hit a fuel depot": a strike is never an accident
    strikes = {t for t in token.sent if t.lemma_.lower() in {"strike", "airstrike"}}
    if any(c.lower_ in lexicon.STRIKE_MARKERS for t in strikes for c in t.children) or any(
        t.lower_ == "airstrike" for t in strikes
    ):
        return False
    return bool(words & lexicon.ACCIDENT_WORDS) and not words & lexicon.HOSTILE_WORDS


def _instrument(token: Token) -> str | None:
    """The sub-event type the weapon named around a violent trigger implies, if any."""
    # a place is named, not used ("in Tank district"); nor is a weapon that only names
    # another thing ("burned a tank truck")
    # nor is what the victims did ("killed three militants who threw explosive devices")
    theirs = {
        t.i
        for o in token.children
        if o.dep_ in {"dobj", "nsubjpass"}
        for c in o.children
        if c.dep_ == "relcl"
        for t in c.subtree
    }
    clause = [
        t
        for t in token.head.subtree
        if t.ent_type_ not in _PLACES
        and not _air_target(t)
        and not _names_a_thing(t)
        and t.i not in theirs
    ]
    words = {t.lemma_.lower() for t in clause} | {t.lower_ for t in clause}
    words |= {token.head.lemma_.lower()}
    words |= {w.removesuffix("s") for w in words}
    for sub_type, names in lexicon.INSTRUMENTS:
        if sub_type == "Grenade" and words & {"rocket-propelled", "rpg", "rpgs", "propelled"}:
            continue
        if words & names:
            return None if _on_the_ground(token, words, sub_type) else sub_type
    return None


_ASSAULTS = frozenset("attack assault storm raid ambush overrun".split())
_SMALL_ARMS = frozenset("rifle gun machinegun machine-gun firearm kalashnikov ak-47".split())
_FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def _on_the_ground(token: Token, words: set[str], sub_type: str) -> bool:
    """ "Dissidents attacked the police station with rifles, homemade mortars and explosives
    dropped from drones": an assault with rifles is fought on the ground, whatever heavier
    weapons it also used (ACLED codes it by the fighting, not by the mortars)."""
    return (
        sub_type in _FROM_AFAR
        and bool(({token.lemma_.lower()} | words) & _ASSAULTS)
        and bool(words & _SMALL_ARMS)
    )


_PLACES = frozenset({"GPE", "LOC", "FAC"})
_CIVIL_THINGS = frozenset("truck lorry worker miner shaft owner company factory wagon".split())


_FREED = frozenset({"free", "release", "rescue", "liberate"})
_MARKS_OF_KILLING = frozenset(
    "gunshot bullet bullets bullet-riddled riddled bound tortured mutilated decapitated "
    "beheaded dumped execution-style".split()
)


def _killed_and_left(verb: Token) -> bool:
    """Bodies found with the marks of a killing (shot, bound, dumped), not bodies recovered
    after a fight told already."""
    return bool({t.lower_ for t in verb.subtree} & _MARKS_OF_KILLING)


def _armed_encounter(token: Token) -> bool:
    """ "An encounter with troops", "an armed encounter": a fight, not a meeting."""
    if any(c.lower_ in {"armed", "gun", "fierce", "heavy"} for c in token.children):
        return True
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and any(
            t.lemma_.lower() in lexicon.GROUP_KINDS_FORCES | {"rebel", "militant", "insurgent"}
            for t in prep.subtree
        )
        for prep in token.children
    )


def _names_a_thing(token: Token) -> bool:
    """ "A tank truck", "mine workers": a weapon's word in the name of a civil thing."""
    return token.dep_ == "compound" and token.head.lemma_.lower() in _CIVIL_THINGS


def _protest_type(token: Token, sub_type: str) -> str:
    """Protests and riots by what happened at them (ACLED's protest and riot sub-types).

    Demonstrators who throw stones or burn things riot; a mob with no demonstration is mob
    violence; protesters shot or killed met excessive force; dispersed, tear-gassed or
    arrested protesters met intervention; otherwise the protest was peaceful.
    """
    scene = _scene(token, deeds=True)
    if _provoked(token):
        # "an airstrike killed 12 civilians, sparking protests": the protest's own words
        # tell what happened at it, not the incident that brought it about
        scene &= {t.lemma_.lower() for t in token.subtree}
        if sub_type == "Violent demonstration":
            scene.add("riot")  # "sparked riots", "sparked unrest": a riot by its own word
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
    # "took 12 protesters into custody" (not a protest over a death in custody)
    held = (
        token.lemma_.lower() == "custody" and token.dep_ == "pobj" and token.head.lower_ == "into"
    )
    if scene & lexicon.INTERVENTION or held:
        return "Protest with intervention"
    return (
        "Peaceful protest"
        if sub_type in {"Peaceful protest", "Protest with intervention"}
        else (sub_type)
    )


def _from_the_air(token: Token) -> bool:
    """Bombs dropped from a jet or a drone are an air strike, not a planted explosive; a
    plane a bomb destroyed, or one blown up in the air, is the target."""
    return any(_air_agent(t) for t in (token.head, *token.head.subtree))


_CRASHING = frozenset({"explode", "crash", "blow", "burn"})
_SUPPORT = frozenset({"support", "cover", "backing", "assistance"})
_AIRBORNE = lexicon.AIR_WORDS | dict(lexicon.INSTRUMENTS)["Air/drone strike"]


def _air_agent(token: Token) -> bool:
    """An aircraft (or "air") that does the striking: not "a cargo plane was destroyed",
    "a bomb on board the plane", "after five minutes in the air", "the plane exploded"."""
    if token.lemma_.lower() not in lexicon.AIR_WORDS:
        return False
    return not _air_target(token)


def _air_target(token: Token) -> bool:
    """An aircraft word that names what was hit or where, or the support a ground attack
    had ("a counter-attack backed by air support"), not what struck."""
    if token.lemma_.lower() not in _AIRBORNE:
        return False
    if token.dep_ in {"compound", "amod"} and token.head.lemma_.lower() in _SUPPORT:
        return True
    if token.lemma_.lower() == "bomber":
        # "the bomber detonated his explosives" is a man; "strategic bombers" are planes
        planes = {"strategic", "heavy", "long-range", "stealth", "jet", "b-52"}
        return not any(c.lower_ in planes for c in token.children)
    if token.dep_ == "nsubjpass":
        return True
    if token.dep_ == "pobj" and token.head.lower_ in {"on", "aboard", "into", "in"}:
        return bool(token.head.lower_ != "in" or token.lower_ == "air")
    crashing = token.dep_ == "nsubj" and token.head.lemma_.lower() in _CRASHING
    return bool(crashing and token.lemma_.lower() != "drone")


_ARMED_PEOPLE = frozenset(
    "soldier troop policeman officer personnel guard fighter militant rebel insurgent".split()
)


def held_by_the_state(verb: Token) -> bool:
    """ "Troops captured two ELN members": people the state's forces took and hold."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    people = any(cl.group_kind(o) is not ActorKind.UNKNOWN or _counts_members(o) for o in objects)
    held = lemma in cl.ARREST_VERBS | {"capture"}
    return verb.pos_ == "VERB" and held and people and _actor_kind(verb) == "state"


def _counts_members(noun: Token) -> bool:
    return noun.lemma_.lower() == "member" or noun.lower_ in lexicon.NON_STATE_WORDS


def _kills_people(verb: Token) -> bool:
    """ "Killed nine gang members": a killing verb with people as its object."""
    return (
        verb.pos_ == "VERB"
        and (verb.lemma_.lower() == "kill" or cl.killed_in_other_words(verb))
        and any(c.dep_ == "dobj" for c in verb.children)
    )


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
    # the people or place struck come first: "attacked the guards at a power substation"
    # struck the guards, wherever they stood
    struck = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    struck += [j for c in struck for j in c.conjuncts]
    heads = {o.lemma_.lower() for o in struck} | {o.lower_ for o in struck}
    # whose they are counts as much: "stormed the workers' camp"
    owners = [c for o in struck for c in o.children if c.dep_ in {"poss", "compound", "amod"}]
    named = heads | {o.lemma_.lower() for o in owners} | {o.lower_ for o in owners}
    if heads & lexicon.FORCE_TARGETS and not (
        any(_civilian(w) for w in named) or named & lexicon.CIVILIAN_TARGETS
    ):
        return "Armed clash"
    hurt = _hurt_in(token)
    if hurt and all(_named_civilian(p) for p in hurt):
        # "Otto Sorto Milla, the son-in-law of General Villamariona, was wounded in an
        # attack": the one it hurt, named with no rank, is the civilian it struck
        return "Attack"
    if any(_civilian(w) for w in words) or words & lexicon.CIVILIAN_TARGETS:
        return "Attack"
    if words & lexicon.FORCE_TARGETS:
        return "Armed clash"
    if any(t.ent_type_ == "PERSON" for t in targets) or token.lemma_.lower() in lexicon.MURDER:
        return "Attack"
    around = [*token.subtree, *token.head.subtree]
    words = {t.lemma_.lower() for t in around if not _speaking(t)}
    return "Attack" if any(_civilian(w) for w in words) else "Armed clash"


def _hurt_in(token: Token) -> list[Token]:
    """The people an attack hurt, told on the verb it hangs on ("Sorto Milla was wounded in
    an attack"), or the subject of a passive the parser read as "was" and an adjective
    ("Sorto Milla was machinegunned")."""
    if token.dep_ == "acomp" and token.head.lemma_.lower() == "be":
        return [c for c in token.head.children if c.dep_ == "nsubj"]
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in {"in", "during"}:
        verb = token.head.head
        if verb.lemma_.lower() in _HURT_VERBS:
            return [c for c in verb.children if c.dep_ == "nsubjpass"]
    return []


_HURT_VERBS = frozenset({"kill", "wound", "injure", "hurt", "murder", "shoot"})


def _named_civilian(person: Token) -> bool:
    """A person told by name, with no rank or force before the name."""
    return (
        person.pos_ == "PROPN"
        and person.ent_type_ == "PERSON"
        and cl.group_kind(person) in {ActorKind.UNKNOWN, ActorKind.CIVILIANS}
        and not any(
            c.dep_ in {"compound", "amod"} and GROUP_KINDS.get(c.lower_) in _RANKED
            for c in person.children
        )
    )


_RANKED = frozenset({ActorKind.STATE_FORCES, ActorKind.POLICE})


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


def _diplomatic(verb: Token) -> bool:
    """A state that protests: its capital, its government or a ministry is the subject."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.ent_type_ == "GPE" or subject.lemma_.lower() in _STATE_BODIES:
            return True
    return False


_STATE_BODIES = frozenset({"government", "ministry", "embassy", "foreign", "president"})


def _to_be_ended(token: Token) -> bool:
    """ "efforts to end the fighting", "talks to stop the violence": a goal, not news."""
    verb = token.head
    return (
        token.dep_ == "dobj"
        and verb.lemma_.lower() in {"end", "stop", "halt"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def hypothetical(token: Token) -> bool:
    """Negated, conditional, future or habitual mentions are not reported events ("gangs
    frequently seize villagers for ransom")."""
    if _habitual(token) or _to_be_ended(token) or _defined(token) or _said_to_do(token):
        return True
    if _to_be_solved(token):
        return False  # "until the killings of the Jesuits are resolved": they happened
    # "those who every day shell the rural areas and persecute and murder peasants": the
    # words of what a habitual verb does
    verb = next((a for a in list(token.ancestors)[:4] if a.pos_ in {"VERB", "AUX"}), None)
    if token.pos_ != "VERB" and verb is not None and _habitual(verb):
        return True
    node = came_from = token
    for _ in range(8):
        if _harm_in(came_from, node):
            break  # "no one was hurt in the strike": the strike happened, harmless
        if _not_where(came_from, node):
            break
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
            return not was_planned(node, came_from)
        if _i_thought(node):
            return True  # "I thought we were being attacked"
        if node.head.i == node.i or node.dep_ == "relcl" or _reduced_relative(node):
            # "sought refuge in the university, where she took students as hostages"; "will
            # compensate the relatives of the minister murdered in Washington"
            break
        came_from, node = node, node.head
    return False


def _to_be_solved(token: Token) -> bool:
    """An incident named as what is to be solved or clarified ("until the killings of the
    Spanish Jesuits are resolved", "to clarify the murder"), which whatever is hoped for
    takes as done."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ in {"dobj", "nsubjpass"}
        and token.head.lemma_.lower() in lexicon.SOLVE_VERBS
    )


def _said_to_do(verb: Token) -> bool:
    """ "The military dictatorship which assassinates priests": what someone is said to do,
    told in the present of a clause that describes them, not one incident."""
    return (
        verb.tag_ in {"VBP", "VBZ"}
        and verb.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ in {"which", "who", "that"} for c in verb.children)
    )


def _reduced_relative(node: Token) -> bool:
    """A past participle that tells what befell a noun ("the minister murdered in
    Washington"): what it tells happened, whatever the clause around the noun says."""
    return node.dep_ == "acl" and node.tag_ == "VBN" and node.head.pos_ in {"NOUN", "PROPN"}


def _not_where(subject: Token, verb: Token) -> bool:
    """ "The attack was not against the farm": what is denied is where it was aimed, not that
    it happened."""
    return (
        subject.dep_ == "nsubj"
        and subject.head.i == verb.i
        and verb.lemma_.lower() == "be"
        and any(c.dep_ == "prep" for c in verb.children)
        and not any(c.dep_ in {"attr", "acomp"} for c in verb.children)
    )


_HARM_WORDS = frozenset(
    {"kill", "die", "death", "wound", "injure", "hurt", "injury", "casualty", "harm", "loss"}
    | {"victim", "damage", "fatality"}
)


def _harm_in(came_from: Token, node: Token) -> bool:
    """The trigger is what harm was (or was not) done in: "no casualties in Monday's strike",
    "nobody was hurt in the attack". Whether anyone was hurt says nothing of whether it
    happened."""
    return (
        came_from.dep_ == "prep"
        and came_from.lower_ in {"in", "during", "from"}
        and node.lemma_.lower() in _HARM_WORDS
    )


def was_planned(verb: Token, subject: Token) -> bool:
    """ "The car bomb attack had been planned since September": the attack that happened,
    told as planned, not one planned for later ("an attack was planned for Monday")."""
    definite = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that"})
        for c in subject.children
    )
    past = any(c.dep_ == "auxpass" and c.lower_ in {"was", "were", "been"} for c in verb.children)
    return (
        verb.lemma_.lower() in {"plan", "prepare"}
        and subject.dep_ == "nsubjpass"
        and (definite and past)
    )


_WORDING = frozenset("term word euphemism phrase expression label".split())


def _defined(token: Token) -> bool:
    """What a word is said to mean, not what happened: "'neutralised', a term the ministry
    uses for militants killed, captured or who surrender"."""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _WORDING for t in token.ancestors)


def _i_thought(verb: Token) -> bool:
    """What a witness thought or feared at the time: "I thought we were being attacked"."""
    return (
        verb.lemma_.lower() in {"think", "fear"}
        and verb.tag_ == "VBD"
        and any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in verb.children)
    )
