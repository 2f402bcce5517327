"""Extract: one parsed article in, the events it reports out (Reports with Claims and Mentions).

The extractor works in three passes over the sentences of one article:

1. find event triggers, the date each one carries, and whether it is past context;
2. group triggers into reports: a dated mention starts or joins a report, an undated one
   ("the fighting") refers back to an earlier mention of the same word or to the main news;
3. read casualty figures, blame and denials with their speakers, and attach each to the
   report of its sentence (or the main news).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from flashpoint import claims as cl
from flashpoint import dates, lexicon
from flashpoint.actors import ARMED_KINDS, ActorBook, load_actor_book, match_countries
from flashpoint.classify import (
    accidental,
    held_by_the_state,
    hypothetical,
    may_trigger,
    past_clause,
    seized,
    trigger_type,
    was_planned,
)
from flashpoint.geo.words import ADMIN_WORDS, CITY_WORDS, DIRECTIONS
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
from flashpoint.truecase import TITLES
from flashpoint.vocab import eval_type

NAME = "flashpoint.rules"
VERSION = "1"
BACKGROUND_DAYS = 7
# Sub-events that are part of the main incident when they carry no date of their own
# ("gunmen attacked the village ... and burned houses").
SUBSUMED = frozenset({"Looting/property destruction"})
# What forces do after an incident ("troops were sent to track the attackers", "police
# seized weapons"): part of the incident the article reports, never an event of its own
# beside it. Weapons shot down or defused are events of their own.
FOLLOW_UPS = frozenset({"Change to group/activity", "Headquarters or base established"})
NON_VIOLENT = frozenset({"Agreement", "Arrests", "Peaceful protest", "Other"})
# Strategic developments nobody is hurt in: weapons seized, a group's moves, a base set up.
BLOODLESS = frozenset(
    {
        "Disrupted weapons use",
        "Change to group/activity",
        "Headquarters or base established",
        "Non-violent transfer of territory",
    }
)
UNDATED_PAST = DateSpan(None, None, DatePrecision.UNKNOWN, "past context with no date")
MAX_DATE_DISTANCE = 6
# A toll "since Thursday" is the news's own while Thursday is at most this many days back.
RECENT_DAYS = 4
EARLIER_NEWS_DAYS = 1

Token = Any
Span = Any
Doc = Any
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
    apart: bool = False  # its sentence says it is another incident ("Separately, ...")
    by: str | None = None  # the country of the one who struck ("a Ukrainian drone hit")
    entry: int = 0  # the time-stamped entry of a live blog it is told in (0 elsewhere)
    towns: frozenset[str] = frozenset()  # the places below a country its sentence names
    aged: bool = False  # past context only for being more than a week old


@dataclass(eq=False)
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
    by: str | None = None


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
    if "dateline" not in doc.user_data:  # set when parsing; a Doc made elsewhere lacks it
        doc.user_data["dateline"] = dates.dateline_span(article.text)
    doc.user_data["published"] = article.published
    sentences = list(doc.sents)
    skip = _captions(sentences)
    title = _title_sentences(sentences, article)
    entry = _entries(sentences, article.text)
    if any(entry):
        # a live blog's headline and key points sum up the entries below: the entries tell
        skip |= {i for i, n in enumerate(entry) if n == 0}
    # a long read's section headings ("Peace deals and their collapse") name no incident
    quiet = skip | _headings(sentences, title)
    hits = [h for i, s in enumerate(sentences) if i not in quiet for h in _triggers(s, i, book)]
    for hit in hits:
        hit.entry = entry[hit.sentence]
    _typed_by_their_deed(hits)
    hits = _strikes_told_again(hits, sentences, skip)
    hits = _without_accidents_told_again(hits, sentences)
    hits = [h for h in hits if not _the_one_that_came(h.token)]
    for hit in hits:
        hit.apart = hit.apart or _also_told_elsewhere(hit, sentences)
    told = UNDATED_PAST  # the last day told, for "the day before"
    night = UNDATED_PAST  # the last day told of a night ("for a fourth night on Friday")
    then = UNDATED_PAST  # the last date given an incident ("since March ... later that month")
    with_hits = {h.sentence for h in hits}
    for index, sentence in enumerate(sentences):
        if index not in with_hits:
            # "On November 11, 10 militants were killed": no trigger, but a date for "the
            # same day" to count from
            if index not in skip:
                then = _last_day_told(sentence, article.published, then)
            continue
        in_sentence = [h for h in hits if h.sentence == index]
        _date_hits(in_sentence, sentence, article.published, background_days, told, night, then)
        for hit in in_sentence:
            if hit.date is None and told.precision is DatePrecision.DAY and _next_in_turn(hit):
                # "Israeli artillery then shelled the outskirts": the day last told goes on
                hit.date = replace(told, basis=f"then ({told.basis})")
        _what_led_to_the_past(in_sentence)
        told = next((h.date for h in in_sentence if h.date and not h.background), told)
        then = next((h.date for h in reversed(in_sentence) if h.date and h.date.start), then)
        if any(t.lower_ == "night" for t in sentences[index]):
            night = next((h.date for h in in_sentence if h.date and not h.background), night)
    _late_news(hits, article.published)
    # each entry of a live blog is grouped on its own: two strikes of the day in two
    # entries are two events
    groups = [
        group
        for n in sorted({h.entry for h in hits})
        for group in _group([h for h in hits if h.entry == n], article.published, live=n > 0)
    ]
    _retold_in_another_entry(groups, sentences)
    _anaphora(groups, sentences)
    _one_blast(groups)
    _explosions_heard(groups)
    _destruction_of_the_day(groups)
    _one_of_a_kind_a_day(groups)
    _arrests_at_a_demonstration(groups)
    _killed_in_the_abduction(groups)
    _earlier_incidents(groups)
    if article.published is None:
        _past_of_undated_news(groups)
    main = next((g for g in groups if not g.background), None)
    _read_claims(
        sentences, skip, title, hits, groups, _lead_violence(groups) or main, book, article, entry
    )
    _totals_of_several(groups)
    # the sentences that tell past context only
    told_news = {h.sentence for h in hits if h.group is not None and not h.group.background}
    doc.user_data["past_sentences"] = {h.sentence for h in hits} - told_news
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


# A live blog's entry starts with its time on a line of its own: "08:15", "15:20 EEST",
# "9.40am", "21:40 Kyiv time".
_ENTRY_TIME = re.compile(
    r"^[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*(?:[ap]\.?m\.?|[A-Z]{2,5}|\w+ time))?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
MIN_ENTRIES = 3


def _entries(sentences: list[Span], text: str) -> list[int]:
    """The live-blog entry of each sentence: 0 before the first time-stamped entry and in any
    article with fewer than ``MIN_ENTRIES`` of them, then 1, 2, ... in text order."""
    starts = [m.start() for m in _ENTRY_TIME.finditer(text)]
    if len(starts) < MIN_ENTRIES:
        return [0] * len(sentences)
    found = []
    for sentence in sentences:
        entry = bisect.bisect_right(starts, sentence.start_char)
        # "Share\n\n10:40 EEST\nKharkiv: five dead": a sentence the splitter ran over a
        # time stamp is of the entry most of its words are in
        inside = [c for c in starts if sentence.start_char < c < sentence.end_char]
        if inside:
            before = text[sentence.start_char : inside[-1]].split()
            after = text[inside[-1] : sentence.end_char].split()
            if len(after) > len(before):
                entry = bisect.bisect_right(starts, inside[-1])
        found.append(entry)
    return found


def _captions(sentences: list[Span]) -> set[int]:
    """Sentences that are photo captions or credits, links to other stories ("Read more:
    Junta airstrike on school kills students", a list of headlines), or repeat an earlier
    sentence."""
    seen: set[str] = set()
    skip: set[int] = set()
    links = False  # inside a list of links to other stories
    for i, sentence in enumerate(sentences):
        text = " ".join(_text(sentence).split()).lower()
        chrome = text.startswith(lexicon.CHROME_STARTS) or text in {"related", "recommended"}
        links = chrome or (links and _linked_headline(_text(sentence)))
        if text in seen or any(marker in text for marker in lexicon.CAPTION_MARKERS) or links:
            skip.add(i)
        seen.add(text)
    for i in sorted(skip):
        if i > 0 and "\n" not in _text(sentences[i - 1]) and _text(sentences[i - 1]).strip():
            previous = " ".join(_text(sentences[i - 1]).split()).lower()
            if sum(previous == " ".join(_text(s).split()).lower() for s in sentences) > 1:
                skip.add(i - 1)
        # "[Photo] Protesters outside Parliament ... The protests began peacefully last
        # week. (File)": a caption goes on to the end of its paragraph
        opening = " ".join(_text(sentences[i]).split()).lower()
        if opening.startswith(lexicon.CAPTION_MARKERS):
            j = i + 1
            while j < len(sentences) and "\n" not in _text(sentences[j - 1]):
                skip.add(j)
                j += 1
    return skip


def _headings(sentences: list[Span], title: set[int]) -> set[int]:
    """Lines of a few words with no verb and no final stop, between paragraphs below the
    headline: the headings of a long read ("The vigilantes", "The fall of Goma")."""
    found = set()
    for index, sentence in enumerate(sentences):
        text = _text(sentence).strip()
        if index == 0 or index in title or not text or text.endswith((".", "!", "?", ":")):
            continue
        words = [t for t in sentence if not t.is_space and not t.is_punct]
        doc = sentence.doc
        before = doc[sentence.start - 1].text if sentence.start else "\n"
        alone = "\n" in before and "\n" in sentence.text_with_ws + (
            doc[sentence.end].text if sentence.end < len(doc) else "\n"
        )
        if alone and len(words) <= 6 and not any(t.pos_ in {"VERB", "AUX"} for t in words):
            found.add(index)
    return found


def _text(span: Span) -> str:
    """A span's text as the article has it (``span.text`` but for the case of truecased
    wire copy), cut from the article's text: spaCy joins a span's words each time."""
    text: str = _article_text(span.doc)[span.start_char : span.end_char]
    return text


def _article_text(doc: Doc) -> str:
    """The text of the article a Doc was parsed from (the parser may have seen it
    truecased; offsets are the same)."""
    memo = doc.user_data
    if "doc_text" not in memo:
        memo["doc_text"] = memo.get("text") or doc.text
    text: str = memo["doc_text"]
    return text


def _linked_headline(text: str) -> bool:
    """An item of a list of links, under a heading such as "Related": "- PDF fighters seize
    police station in Kani Township", a bullet and a headline with no final stop."""
    line = text.strip()
    return line[:2] in {"- ", "• ", "* "} and not line.endswith((".", "!", "?", '"', "”"))


def _title_sentences(sentences: list[Span], article: Article) -> set[int]:
    """The headline: the article's title, or a first line without final punctuation."""
    if not sentences:
        return set()
    first = sentences[0].text.strip()
    is_title = first == article.title.strip() or (
        "\n" in sentences[0].text_with_ws and not first.endswith((".", "!", "?", '"', "”"))
    )
    return {0} if is_title else set()


def _a_region(name: Span) -> bool:
    """A place named as a region: "Balochistan province", "the province of Idlib"."""
    doc = name.doc
    after = doc[name.end].lower_ if name.end < len(doc) else ""
    before = doc[name.start - 2 : name.start] if name.start >= 2 else None
    of_a_region = (
        before is not None and before[1].lower_ == "of" and before[0].lower_ in ADMIN_WORDS
    )
    return after in ADMIN_WORDS or of_a_region


def _triggers(sentence: Span, index: int, book: ActorBook) -> Iterator[_Hit]:
    apart: bool | None = None
    weak = False
    days: list[tuple[int, int]] = []
    towns: frozenset[str] = frozenset()
    if not may_trigger(sentence):
        return
    for token in sentence:
        sub_type = trigger_type(token)
        if sub_type is None or hypothetical(token) or cl.in_dateline(token):
            continue  # "Ramallah, occupied West Bank -": a place, no event
        if apart is None:
            apart, weak = _apart(sentence), _weakly_apart(sentence)
            days = [
                (sentence.start_char + a, sentence.start_char + b)
                for a, b, _ in dates.find(sentence.text)
            ]
            # not a region ("Pakistan's Balochistan province"), which a town told further
            # on may lie in
            towns = frozenset(
                e.text.lower()
                for e in cl.entities_in(sentence)
                if e.label_ == "GPE" and not _a_country(list(e), book) and not _a_region(e)
            )
        if any(a <= token.idx < b for a, b in days):
            continue  # "the day before the attack": a day, counted from an incident told
        hit = _Hit(token, sub_type, index, place=_where(token, book), apart=apart, towns=towns)
        hit.by = _striker(token, book) if eval_type(sub_type) in _ONE_SIDED else None
        # "In addition, they burned 40 houses": what was done along the way stays with the
        # incident; only "Separately" or "in another attack" parts it
        hit.apart = apart or (weak and not _subsumed(hit)) or _struck_back(hit)
        hit.apart = hit.apart or _told_instead(token)
        yield hit


# How many sentences after the first trigger a day can still date the news.
LEAD_SENTENCES = 5

# An incident the lead tells is news up to this many days after its day.
LEAD_DAYS = 31


def _late_news(hits: list[_Hit], published: date | None) -> None:
    """ "Fighters killed at least 47 civilians in an attack on Bangasse on June 1, the
    watchdog said today", published June 11: what the lead reports first is the news a late
    report brings, not past context, however many days it took to come out."""
    if published is None or not hits:
        return
    lead = min(h.sentence for h in hits)
    first = min((h for h in hits if h.sentence == lead), key=lambda h: h.token.i)
    date = first.date
    if (
        not first.aged
        or date is None
        or date.precision is not DatePrecision.DAY
        or date.end is None
        or (published - date.end).days > LEAD_DAYS
        or _pluperfect(first.token)
        or any(c.lower_ in lexicon.PAST_MODIFIERS for c in first.token.children)
        or any(not h.background for h in hits if h.sentence == lead)
    ):
        return
    for hit in hits:
        if hit.sentence == lead and hit.aged and hit.date == date:
            hit.background = hit.aged = False


def _began_a_war(token: Token) -> bool:
    """ "Hamas' attack on southern Israel sparked the war in Gaza": the incident a war told
    as going on began with is its past."""
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and verb.lemma_.lower() in _SPARKING
        and any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.LONG for c in verb.children)
    )


_SPARKING = frozenset({"spark", "trigger", "start", "ignite", "begin", "unleash", "set"})


def _verb_of(token: Token) -> Token | None:
    """The verb whose clause a word is in (the word itself if it is one)."""
    return next((t for t in [token, *token.ancestors] if t.pos_ == "VERB"), None)


def _victims_did(hit: _Hit, parent: _Hit) -> bool:
    """The hit is in a relative clause on the object of the trigger that encloses it:
    what those it acted on did ("killed three militants who threw explosive devices")."""
    return any(
        clause.dep_ == "relcl" and clause.is_ancestor(hit.token)
        for victim in parent.token.children
        if victim.dep_ in {"dobj", "nsubjpass"}
        for clause in victim.children
    )


def _next_in_turn(hit: _Hit) -> bool:
    """ "Artillery then shelled the villages": what followed the last incident told; not
    "detonated two mines and then opened fire", one incident told step by step."""
    verb = _verb_of(hit.token)
    return (
        verb is not None
        and verb.dep_ != "conj"
        and any(
            c.dep_ == "advmod" and c.lower_ in {"then", "afterwards", "subsequently"}
            for c in verb.children
        )
    )


def _last_told(hit: _Hit, hits: list[_Hit]) -> _Group | None:
    """The report of the last use of the hit's word before it, grouped already."""
    lemma = hit.token.lemma_.lower()
    before = [
        h
        for h in hits
        if h.token.lemma_.lower() == lemma and h.token.i < hit.token.i and h.group is not None
    ]
    return max(before, key=lambda h: h.token.i).group if before else None


def _that_one(hit: _Hit, hits: list[_Hit]) -> _Group | None:
    """The report of the violence told last, at most two sentences before a word that
    points back at it ("that incident", "that attack")."""
    token = hit.token
    if token.lemma_.lower() not in lexicon.GENERIC or not any(
        c.dep_ == "det" and c.lower_ == "that" for c in token.children
    ):
        return None
    before = [
        h
        for h in hits
        if h.group is not None
        and h.token.i < token.i
        and hit.sentence - h.sentence <= 2
        and h.sub_type not in NON_VIOLENT
    ]
    return max(before, key=lambda h: h.token.i).group if before else None


def _what_followed(hit: _Hit, group: _Group) -> bool:
    """ "Police opened fire on protesters ... Hundreds of protesters then stormed the
    parliament": what followed, of another type, is another event of the day."""
    return (
        hit.sub_type != group.sub_type
        and hit.date is not None
        and hit.date.basis.startswith("then (")
        and all(h.sentence < hit.sentence for h in group.hits)
    )


def _struck_back(hit: _Hit) -> bool:
    """ "Hezbollah said it fired dozens of rockets at an army base in response": strikes in
    return are the other side's, another event than the strike they answer."""
    if eval_type(hit.sub_type) != "shelling_airstrike":
        return False
    verb = _verb_of(hit.token)
    return verb is not None and any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(p.lemma_.lower() in _IN_RETURN for p in prep.children if p.dep_ == "pobj")
        # "in retaliation for a drone attack": the attack answered is not the answer
        and not prep.is_ancestor(hit.token)
        for prep in verb.children
    )


_IN_RETURN = frozenset({"response", "retaliation", "reprisal", "revenge"})


def _typed_by_their_deed(hits: list[_Hit]) -> None:
    """ "Troops exchanged artillery and rocket fire, killing four soldiers": the killing is
    what the deed its clause names did, and takes that deed's type (here a clash), not one
    read off the words around it."""
    at = {h.token.i: h for h in hits}
    for hit in hits:
        token = hit.token
        if token.tag_ != "VBG" or token.dep_ != "advcl" or token.head.i in at:
            continue
        deed = next((at[c.i] for c in token.head.children if c.dep_ == "dobj" and c.i in at), None)
        if deed is not None and hit.token.lemma_.lower() in lexicon.KILL_VERBS | {"wound"}:
            hit.sub_type = deed.sub_type


# Words of a walkout: "the strike, called by the teachers' union, closed 300 schools".
_LABOUR = frozenset("union worker teacher employee labour labor wage walkout pay".split())


def _the_one_that_came(token: Token) -> bool:
    """ "The attack came a day after warplanes struck the port": the incident told before,
    named again to say what came before it, no incident of its own sentence."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in {"come", "follow"}:
        return False
    start = verb.idx + len(verb.text) - verb.sent.start_char
    return any(
        kind == "days_before" and 0 <= a - start <= 2 for a, _, kind in dates.find(verb.sent.text)
    )


def _strikes_told_again(hits: list[_Hit], sentences: list[Span], skip: set[int]) -> list[_Hit]:
    """ "The strike hit the crowded station": a bare "strike" is no trigger (a strike is
    also a walkout), but "the strike" after an air or drone strike the article told is that
    strike again."""
    first = next((h for h in hits if h.token.lemma_.lower() == "strike"), None)
    if first is None or eval_type(first.sub_type) != "shelling_airstrike":
        return hits
    known = {h.token.i for h in hits}
    again = [
        _Hit(token, first.sub_type, index, apart=_apart(sentence))
        for index, sentence in enumerate(sentences)
        if index > first.sentence and index not in skip
        for token in sentence
        if token.lemma_.lower() == "strike"
        and token.pos_ == "NOUN"
        and token.i not in known
        and _definite_event(token)
        and not hypothetical(token)
        and not {t.lemma_.lower() for t in sentence} & _LABOUR
    ]
    return sorted([*hits, *again], key=lambda h: h.token.i) if again else hits


_BLASTS = frozenset({"blast", "explosion", "explode", "fire", "blaze"})


def _an_accident(token: Token) -> bool:
    """An explosion told as an accident by its own words: "Monday's reactor explosion", "a
    blast at a fireworks factory"."""
    if token.pos_ not in {"NOUN", "VERB"} or not accidental(token):
        return False
    near = [c for c in token.children if c.dep_ in {"compound", "amod"}]
    near += [p for c in token.children if c.dep_ == "prep" for p in c.children]
    near += [c for p in near for c in p.children if c.dep_ == "compound"]
    return any(t.lemma_.lower() in lexicon.ACCIDENT_WORDS for t in near)


def _without_accidents_told_again(hits: list[_Hit], sentences: list[Span]) -> list[_Hit]:
    """ "Monday's reactor explosion at a pharmaceutical unit ... The blast ripped through a
    production block": the blast is the accident told before, not a bombing."""
    first = next(
        (
            i
            for i, sentence in enumerate(sentences)
            if cl.words_of(sentence) & _BLASTS
            for t in sentence
            if t.lemma_.lower() in _BLASTS and _an_accident(t)
        ),
        None,
    )
    if first is None:
        return hits
    return [
        h
        for h in hits
        if not (
            h.sentence > first
            and h.token.lemma_.lower() in {"blast", "explosion"}
            and _definite_event(h.token)
            and not {t.lemma_.lower() for t in h.token.sent} & lexicon.HOSTILE_WORDS
        )
    ]


_ONE_SIDED = frozenset({"shelling_airstrike", "suicide_or_bomb_attack", "attack_on_civilians"})


def _striker(token: Token, book: ActorBook) -> str | None:
    """The country named as the one who struck: "a Russian missile strike", "a Ukrainian drone
    hit a minibus", "Russian forces shelled the town". ACLED's event has one attacker: a
    Russian strike and a Ukrainian one on the same day are two events."""
    nouns = [token]
    if token.pos_ == "VERB":
        nouns = [c for c in token.children if c.dep_ == "nsubj"]
    elif token.dep_ == "dobj":
        # "the U.S. Africa Command said it conducted an airstrike": the one who says it struck
        verb = token.head
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        said = verb.head if verb.dep_ == "ccomp" else verb
        pronoun = doer is not None and doer.lower_ in {"it", "they", "we"}
        if pronoun and said.lemma_.lower() in cl.REPORTING:
            speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
            named = set(cl.countries_in(list(speaker.subtree), book)) if speaker else set()
            if len(named) == 1:
                return named.pop()
        if doer is not None and not pronoun and verb.lemma_.lower() in lexicon.LIGHT_VERBS:
            nouns.append(doer)  # "Israeli troops opened fire on residents"
    for noun in nouns:
        words = [c for c in noun.lefts if c.dep_ in {"amod", "compound"}]
        words += [w for c in words for w in c.lefts if w.dep_ in {"amod", "compound"}]
        named = set(cl.countries_in(sorted(words, key=lambda t: t.i), book))
        if len(named) == 1:
            return named.pop()
    return None


def _told_apart_together(group: _Group, hit: _Hit) -> bool:
    """Whether a hit of a sentence that tells another incident belongs to a group of that
    sentence: the same kind of event, or one of them is only a word for an incident."""
    if hit.sentence not in group.sentences:
        return False
    mine = [h for h in group.hits if h.sentence == hit.sentence]
    return _family(group.sub_type) == _family(hit.sub_type) or (
        _plain(hit) or (bool(mine) and all(_plain(h) for h in mine))
    )


def _weakly_apart(sentence: Span) -> bool:
    """ "In addition, urban guerrillas blew up a bus", "Meanwhile, troops killed six bandits":
    another incident, unless what the sentence tells was done along the way. Not "In
    addition to ..." nor "Meanwhile, Azerbaijan's ministry said that ...", the other side's
    account of the same fighting."""
    words = [t for t in sentence if not t.is_space]
    if len(words) < 3:
        return False
    first = words[0]
    if first.lower_ in {"meanwhile", "likewise"} and words[1].text == ",":
        # "Likewise, an unknown number of terrorists attacked the El Triunfo post"
        return first.head.lemma_.lower() not in cl.REPORTING
    return [w.lower_ for w in words[:3]] == ["in", "addition", ","] or _later_that_day(words)


def _later_that_day(words: list[Token]) -> bool:
    """ "Later on Wednesday, artillery shelled ...", "Earlier in the day", "Hours later":
    another incident of the same day, told after the first (ACLED: one place, one day, one
    event). Not "later this month", which has its own date."""
    lead = [w.lower_ for w in words[:5]]
    if lead[:2] in (["hours", "later"], ["minutes", "later"]):
        return True
    if lead[0] not in {"later", "earlier"} or len(lead) < 3:
        return False
    if lead[1] == "on" and words[2].ent_type_ in {"DATE", "TIME"}:
        return lead[2] not in {"this", "that"}
    return lead[1:4] == ["in", "the", "day"] or lead[1:3] in (["that", "day"], ["that", "night"])


def _told_instead(token: Token) -> bool:
    """ "Baku denied that its units had opened fire and said instead that Armenian forces had
    fired on its positions": the account a side gives instead is another incident."""
    for verb in token.ancestors:
        if verb.lemma_.lower() in cl.REPORTING:
            return any(c.dep_ == "advmod" and c.lower_ == "instead" for c in verb.children)
    return False


def _also_told_elsewhere(hit: _Hit, sentences: list[Span]) -> bool:
    """ "He also reported that guerrillas killed a peasant in the city of Flores", below an
    attack on a farm: what a source also reports, done by someone at a place the article has
    not named before, is another incident. A count with no doer ("he also said two soldiers
    were killed") or at a place already named is more of the same."""
    token = hit.token
    if hit.place is None or token.dep_ != "ccomp" or token.head.lemma_.lower() not in cl.REPORTING:
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "also" for c in token.head.children):
        return False
    if not any(c.dep_ == "nsubj" for c in token.children):
        return False
    before = " ".join(s.text.lower() for s in sentences[: hit.sentence])
    return hit.place.lower() not in before


def _apart(sentence: Span) -> bool:
    """A sentence that tells another incident: "Separately, ...", "In a separate attack",
    "In another incident", "Elsewhere, ..."."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    if not words:
        return False
    if words[0].lower_ in {"separately", "elsewhere"}:
        return True
    # "in another attack", "in a separate incident", "another strike hit a house"; not "it
    # was another attack on civilians" nor "in response to another attack"
    return any(
        t.lower_ in {"separate", "another"}
        and t.head.lemma_.lower() in _INCIDENTS
        and (
            (t.head.dep_ == "pobj" and t.head.head.lower_ == "in")
            or (t.head.dep_ in {"nsubj", "nsubjpass"} and t.head.head.pos_ == "VERB")
        )
        for t in sentence
    )


_INCIDENTS = frozenset(
    "incident attack operation raid strike clash ambush bombing shooting assault".split()
)


def _where(token: Token, book: ActorBook) -> str | None:
    """The place below a country a trigger says it happened in ("a bomb exploded in Cali"):
    ACLED's event is one type, one place, one day, so two of them are two events."""
    heads = [token, token.head] if token.dep_ in {"nsubj", "nsubjpass", "dobj"} else [token]
    # "killed a farmer in the city of Flores": the parser hangs the place on the victim
    heads += [c for c in token.children if c.dep_ == "dobj" and token.pos_ == "VERB"]
    # "seven bank branches were attacked and seriously damaged in Lima": verbs told together
    # happened in one place
    heads += [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    # "In the port city of Chittagong, three people died when protesters fought": a place put
    # first frames all the sentence tells
    fronted = [t for t in token.sent if not t.is_space][:1]
    # "a bomb, which destroyed the offices in downtown Vina del Mar, exploded today": where the
    # clause about the subject says it struck
    described = [
        t
        for s in token.children
        if s.dep_ in {"nsubj", "nsubjpass"} and token.pos_ == "VERB"
        for v in s.children
        if v.dep_ == "relcl"
        for t in v.subtree
        if t.dep_ == "prep" and t.lower_ == "in"
    ]
    for head in heads:
        preps = [*head.children, *(f for f in fronted if f.lower_ == "in" and f not in heads)]
        if head is token:
            preps += described
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in {"in", "near", "at", "outside"}:
                continue
            for place in _places_named(prep):
                if place.ent_type_ in {"GPE", "LOC", "FAC"}:
                    named = [t for t in place.subtree if t.ent_type_]
                elif (name := _named_by(place)) is not None:
                    named = _name_span(name)
                elif _called_a_town(place) or _a_part_of_town(place):
                    named = [t for t in _name_span(place) if t.lower_ not in _PARTS_OF_TOWN]
                else:
                    continue
                if named and not _a_country(list(named), book):
                    return " ".join(t.lower_ for t in named)
    return None


def _a_part_of_town(name: Token) -> bool:
    """A name told with the part of it meant ("in downtown Vina del Mar", "in northern
    Kherson"), whatever the tagger made of it."""
    return name.pos_ == "PROPN" and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in _PARTS_OF_TOWN for c in name.children
    )


_PARTS_OF_TOWN = DIRECTIONS | {"downtown"}


def _called_a_town(name: Token) -> bool:
    """A name set beside a word for a town, whatever the tagger made of it ("in Barranca, a
    small village 180 km from Lima")."""
    return name.pos_ == "PROPN" and any(
        c.dep_ == "appos" and c.lemma_.lower() in CITY_WORDS for c in name.children
    )


def _places_named(prep: Token) -> list[Token]:
    """The places a preposition names: its object, or the town a building it names is in
    ("exploded at a bank in Vina del Mar")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    inner = [
        o
        for c in objects
        if c.ent_type_ not in {"GPE", "LOC", "FAC"}
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ == "GPE"
    ]
    return objects + inner


def _a_country(named: list[Token], book: ActorBook) -> bool:
    """A country's own name among the words ("in Syria"; a capital is a place: "in Kabul")."""
    return any(kind == "name" for _, _, _, kind in match_countries(named, book))


def _named_by(noun: Token) -> Token | None:
    """The name a place word stands for ("the southeastern city of Zahedan": Zahedan)."""
    word = noun.lemma_.lower()
    if word not in CITY_WORDS | ADMIN_WORDS:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            named = next((t for t in prep.children if t.dep_ == "pobj"), None)
            if named is None:
                continue
            # "the city of Flores": the name of a city is a place's, whatever the small
            # model tags it (an organisation or a person, by the text around it)
            if named.ent_type_ in {"GPE", "LOC"} or (word in CITY_WORDS and named.pos_ == "PROPN"):
                return named
    return None


def _name_span(name: Token) -> Span:
    """The words of the name a token is part of: its entity, or the token with its compounds."""
    entity = cl.entity_of(name)
    if entity is not None:
        return entity[:]
    words = [c for c in name.children if c.dep_ == "compound" and c.i < name.i]
    return name.doc[min([name.i, *(w.i for w in words)]) : name.i + 1]


def _tree_distance(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    position = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate(up_b):
        if t.i in position:
            return position[t.i] + n
    return 99


# Words that end the name of an armed or political group.
_GROUP_WORDS = frozenset(
    "movement front forces force brigade brigades command commando group army alliance "
    "coalition battalion regiment".split()
)


def _names_a_group(span: Span) -> bool:
    """A date that is part of a group's name: "the April 19 Movement", "the '9 May' People's
    Liberation Forces", "the 6 April Youth Movement"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or not (before.is_quote or before.lower_ == "the"):
        return False  # "On 19 April Government Forces attacked": a day
    # a quoted date is a name whatever the case of the words after it (upper-case copy)
    quoted = before.is_quote
    for token in doc[span.end : span.end + 5]:
        if token.is_quote or token.tag_ == "POS":
            continue
        if token.pos_ not in {"PROPN", "ADJ", "NOUN"} or not (quoted or token.is_title):
            return False  # "on 19 April army troops attacked"
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        named = after is None or after.pos_ not in {"NOUN", "PROPN"}  # not "Army troops"
        if named and (token.lemma_.lower() in _GROUP_WORDS or token.lower_ in _GROUP_WORDS):
            return True
    return False


def _date_expressions(
    sentence: Span,
    published: date | None,
    told: DateSpan = UNDATED_PAST,
    night: DateSpan = UNDATED_PAST,
    then: DateSpan = UNDATED_PAST,
) -> list[tuple[Token, str, DateSpan]]:
    """The date expressions of a sentence, resolved against publication or, for "the day
    before", against ``told``, the day of the last news the text dated (left out when there
    is none); "overnight" after a night told the day before publication is that night
    (``night``); "later that month" is the month of the date told before it in the sentence,
    or of ``then``, the last date an earlier sentence gave an incident."""
    found = []
    text = sentence.text
    first, last = sentence.doc.user_data.get("dateline", (0, 0))
    expressions = list(dates.find(text))
    told_kinds = {kind for _, _, kind in expressions}
    for start, end, kind in expressions:
        if first <= sentence.start_char + start < last:
            continue  # the dateline's date is the day of publication
        if kind == "days_later" and told_kinds - dates.RELATIVE_KINDS.keys():
            continue  # "Two days later, on Tuesday": the day it names
        span = sentence.char_span(start, end, alignment_mode="expand")
        if span is None or _names_a_group(span):
            continue
        basis = text[start:end]
        # "riots for a fourth night on Friday ... 1,311 arrested overnight", told on
        # Saturday: the night that began on the Friday told
        if published is None and kind == "overnight":
            continue  # a night told against no day says nothing
        eve = published - timedelta(1) if published is not None else None
        if kind == "overnight" and night.precision is DatePrecision.DAY and night.start == eve:
            found.append((span.root, kind, replace(night, basis=basis)))
            continue
        if kind == "that_unit":
            # "seized the town in 2023, and later that year": a date told in the sentence
            # before it counts first
            before = next((d for _, _, d in reversed(found) if d.start is not None), then)
            found.append((span.root, kind, dates.same_unit(basis, before)))
        elif kind not in dates.RELATIVE_KINDS:
            when = published
            before = next((d for _, _, d in reversed(found) if d.start is not None), then)
            if kind in {"md", "dm"} and before.start is not None:
                # no publication date: "Days later, on August 13", after "August 4, 2023",
                # is in the year last told; "the war that began on September 27, 2020 ...
                # a ceasefire on November 10" is in the year the sentence told
                earlier_year = found and when is not None and before.start.year < when.year
                if when is None or earlier_year:
                    when = date(before.start.year, 12, 31)
            found.append((span.root, kind, dates.resolve(basis, when)))
        elif kind == "days_before" or not _names_its_day(span):
            # "Tasnim reported on Monday that ... the day before": a day the sentence told
            # first counts before the last day of news
            # "A week later" counts on from the last day an incident was told ("on 27
            # November ... A week later"), not from the day of the news
            since = then if kind == "days_later" and then.precision is DatePrecision.DAY else told
            base = next(
                (d for _, _, d in reversed(found) if d.precision is DatePrecision.DAY), since
            )
            if base.precision is DatePrecision.DAY:
                found.append((span.root, kind, dates.shifted(kind, base, basis)))
    return found


_PARTS_OF_DAY = frozenset("night morning evening afternoon midnight dawn".split())


def _serves_a_dated_deed(
    token: Token, root: Token, found: list[tuple[Token, str, DateSpan]]
) -> bool:
    """A verb of purpose ("to protest") whose deed has a day of its own among the other
    dates of the sentence ("judges today began strikes to protest ...")."""
    return (
        token.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and any(other.i != root.i and other.head.i == token.head.i for other, _, _ in found)
    )


def _hung_on(root: Token) -> Token:
    """The word a date hangs on in the parse: "on Sunday night" hangs on the night, whatever
    the matched words leave out."""
    if root.dep_ == "compound" and root.head.lower_ in _PARTS_OF_DAY:
        return root.head
    return root


def _last_day_told(sentence: Span, published: date | None, then: DateSpan) -> DateSpan:
    """The last date a sentence with no trigger gives something other than a statement."""
    if next(dates.find(sentence.text), None) is None:
        return then
    found = _date_expressions(sentence, published, then=then)
    return next((d for root, _, d in reversed(found) if d.start and not _told_on(root)), then)


def _names_its_day(span: Span) -> bool:
    """ "The day before Christmas", "the day after Monday's attack": a day counted from the
    one named next, not from the day last told."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].pos_ in {"NOUN", "PROPN", "NUM"}


def _date_hits(
    hits: list[_Hit],
    sentence: Span,
    published: date | None,
    background_days: int,
    told: DateSpan = UNDATED_PAST,
    night: DateSpan = UNDATED_PAST,
    then: DateSpan = UNDATED_PAST,
) -> None:
    """Give each trigger the date expressions nearest to it in the tree, and mark past context.

    A date belongs to the trigger it is closest to, so "fighting ... in the Kalbajar district,
    retaken in last year's conflict" leaves the fighting undated and dates the conflict.
    """
    found = _date_expressions(sentence, published, told, night, then)
    # the one date of an event in a sentence reaches further down a deep parse
    # ("attacked an army position on an island in the Chadian part of Lake Chad late on
    # Tuesday": the parser hangs the day on the lake)
    events = [e for e in found if not _told_on(e[0])]
    reach = MAX_DATE_DISTANCE * 2 if len(events) == 1 else MAX_DATE_DISTANCE
    # "condemned the attack as barbaric and declared Monday a day of mourning": an attack
    # told before, condemned or claimed, takes no date of the sentence that owns it
    # ("condemned yesterday's attack" still dates it: the day is the attack's own word)
    for root, kind, span in found:
        # so does an incident whose authors are sought ("offered a reward today for
        # information on the assassination")
        datable = [
            h
            for h in hits
            if not (_claimed(h.token) or _sought(h.token) or cl.remembered(h.token))
            or _governs(h.token, root)
        ]
        # the day an attack was planned since dates the planning ("the attack ... had been
        # planned since September")
        hung = root.head.head if root.head.dep_ == "prep" else root.head
        if any(c.dep_ == "nsubjpass" and was_planned(hung, c) for c in hung.children):
            continue
        if _ranked_over(root):
            continue  # "the attack, the 41st in Bogota this month": the period of a count
        if kind == "days_before":
            # "The attack came a day after warplanes struck": the day of what came after,
            # never of the one that came
            after = next((t for t in root.doc[root.i : root.i + 3] if t.lower_ == "after"), root)
            clause = after.head if after.dep_ == "mark" else after
            datable = [h for h in datable if h.token.i == clause.i or _governs(clause, h.token)]
        if not datable:
            continue
        # ties go to a trigger inside the date's own clause ("Tuesday, when four were killed
        # in clashes" dates the clashes)
        near = _hung_on(root)
        # and then to the doer of the verb the date hangs on ("...: in August 2023, fighting
        # between the same forces killed 55", not the clause before the colon)
        dated = near.head.head if near.head.dep_ == "prep" else near.head
        owner = min(
            datable,
            key=lambda h: (
                _tree_distance(h.token, near),
                not _governs(root, h.token),
                not (h.token.dep_ in {"nsubj", "nsubjpass"} and h.token.head.i == dated.i),
            ),
        )
        # "began strikes today to protest the assassination of a judge on the evening of 1
        # November": a purpose is of the day of the deed it serves; the other day is of
        # what it acts on
        if _serves_a_dated_deed(owner.token, root, found):
            owner = next(
                (h for h in datable if h.token.head.i == owner.token.i and h.token.dep_ == "dobj"),
                owner,
            )
        # "said on Wednesday": the day of a statement, not of what it reports
        anchor = root.head.head if root.head.dep_ == "prep" else root.head
        if _told_on(root) and (anchor.i != owner.token.i or _claimed(anchor)):
            continue
        if _compared(owner.token) and _now(span, published):
            continue  # "the worst fighting in the capital this year": a yardstick, no date
        distance = _tree_distance(owner.token, near)
        # "Earlier this month, on November 11, ...": the day within the month dates it
        finer = owner.date is not None and _within(span, owner.date)
        if distance > reach or (
            owner.date is not None and owner.date_distance <= distance and not finer
        ):
            continue
        was_past = finer and owner.background
        owner.date_distance = distance
        owner.date = span
        last_week = kind == "last_unit" and span.precision is DatePrecision.WEEK
        if kind in dates.BACKGROUND_KINDS and not last_week:
            owner.background = True
        elif _many_over(owner.token, span):
            # "240 Maoists have been killed in encounters so far this year": a running
            # count of many incidents, no incident of its own
            owner.background = True
        elif span.end is not None and published is not None:
            owner.aged = span.end < published - timedelta(days=background_days)
            owner.background = was_past or owner.aged
        # "In January 2024, after fighters attacked a post, soldiers went from house to house
        # and killed 45": the day the date gives the verb it hangs on is also the day of
        # what that verb's subject did next
        # (not where the verb or its subject or object is the dated trigger: "a bomber
        # rammed the gate on Tuesday and gunmen stormed the compound" is one incident)
        own = owner.token.i == anchor.i or (
            owner.token.head.i == anchor.i and owner.token.dep_ in {"nsubj", "nsubjpass", "dobj"}
        )
        for deed in [] if own else datable:
            if deed.date is None and deed.token.dep_ == "conj" and deed.token.head.i == anchor.i:
                deed.date, deed.background = owner.date, owner.background
                deed.date_distance = distance
    # "Its deadliest attack, a truck bombing in October 2017, killed 500": one incident
    # named twice, dated once
    by_token = {h.token.i: h for h in hits}
    for hit in hits:
        other = by_token.get(hit.token.head.i) if hit.token.dep_ == "appos" else None
        if other is not None and (other.date is None) != (hit.date is None):
            dated, undated = (hit, other) if hit.date is not None else (other, hit)
            undated.date, undated.background = dated.date, dated.background
            undated.date_distance = dated.date_distance
        # "US air strikes hit a fuel depot and what the Houthis described as a residential
        # area overnight, killing 14": what the strikes did dates the strikes
        doer = _doer_of(hit, by_token)
        if doer is not None and doer.date is None and hit.date is not None:
            doer.date, doer.background = hit.date, hit.background
            doer.date_distance = hit.date_distance
        # "the war began on October 7, 2023, ..., killing 1,200 and taking 251 hostages":
        # what was done in passing in a past incident is of that incident's day
        doer = _doer_of_what_was_taken(hit, by_token)
        if doer is not None and hit.date is None and doer.date is not None and doer.background:
            hit.date, hit.background = doer.date, doer.background
            hit.date_distance = doer.date_distance
    for hit in hits:
        # "an earlier attack", "militants earlier attacked the post"; not "Earlier on
        # Wednesday, artillery shelled ...", where the day it names dates it
        modifiers = {
            c.lower_
            for c in hit.token.children
            if c.dep_ in {"amod", "advmod", "poss"} and not _dated_by_its_phrase(c)
        }
        if modifiers & lexicon.PAST_MODIFIERS or _before_the_court(hit.token):
            hit.background = True
        elif _epithet(hit.token):
            # the day of the sentence is what it tells of the one so called, not the killing
            hit.background, hit.date = True, None
        elif (cl.remembered(hit.token) or _years_since(hit.token)) and hit.date is None:
            # "marked the 37th anniversary of the chemical attack", "37 years since chemical
            # attack"
            hit.background = True


def _epithet(token: Token) -> bool:
    """ "The assassinated Carlos Pizarro", "the former foreign minister murdered in
    Washington": a killing told as what someone is called, which happened before whatever
    the sentence tells of them."""
    if _slain_in_passing(token):
        return True
    return (
        token.dep_ == "amod"
        and token.tag_ == "VBN"
        and token.lemma_.lower() in lexicon.MURDER | {"slay", "kill"}
        # a name the text has not told before: "the assassinated leader" after the news of
        # his killing is that news
        and token.head.pos_ == "PROPN"
        and token.head.lower_ not in {t.lower_ for t in token.doc[: token.sent.start]}
        # "the", "his": an adjective of a noun phrase, not a verb the parse misread
        and any(c.dep_ in {"det", "poss"} and c.i < token.i for c in token.head.children)
    )


def _slain_in_passing(token: Token) -> bool:
    """ "The relatives of the former minister murdered in Washington": a participle after the
    one person it tells the killing of, with "the" or "his", in a sentence whose news is
    another (no date of its own for the killing)."""
    head = token.head
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.lemma_.lower() in lexicon.MURDER | {"slay", "kill"}
        and head.tag_ == "NN"
        and cl.group_kind(head) is ActorKind.CIVILIANS
        and any(c.dep_ in {"det", "poss"} and c.lower_ != "a" for c in head.children)
        # "the journalist killed on Monday": a day of its own makes it news, not an epithet
        and not any(
            t.ent_type_ in {"DATE", "TIME"}
            for c in token.children
            if c.dep_ in {"npadvmod", "prep"}
            for t in c.subtree
        )
    )


# Legal acts about a killing: what they are about happened before them.
_COURT_WORDS = frozenset(
    "charge accuse convict sentence try trial jail indict prosecute acquit suspect "
    "investigate investigation probe inquiry case".split()
)


def _years_since(token: Token) -> bool:
    """ "Halabja marks 37 years since chemical attack": the incident a span counts from."""
    since = token.head
    if token.dep_ != "pobj" or since.lower_ != "since":
        return False
    counted = [since.head, *(c for c in since.head.children if c.dep_ in {"dobj", "npadvmod"})]
    return any(t.lemma_.lower() in _PERIODS for t in counted)


def _before_the_court(token: Token) -> bool:
    """ "He was charged with the murder of Jaime Pardo Leal", "convicted of the killing": a
    past killing the courts deal with, not news."""
    prep = token.head
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and prep.lower_ in {"with", "of", "for", "over", "into", "in"}
        and prep.head.lemma_.lower() in _COURT_WORDS
    )


def _doer_of_what_was_taken(hit: _Hit, by_token: dict[int, _Hit]) -> _Hit | None:
    """The dated trigger a participle's object was taken by ("militants attacked, killing
    1,200 and taking 251 hostages"): the participle's verb, that verb's subject, or another
    trigger of its clause."""
    token = hit.token
    if token.dep_ != "dobj":
        return None
    verb = token.head
    while verb.dep_ == "conj" and verb.head.tag_ == "VBG" and verb.head.i != verb.i:
        verb = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    head = verb.head
    # the verb's subject or the verb, else a dated trigger of its clause ("the war began on
    # October 7, when militants attacked ..., taking 251 hostages": the attack)
    near = [c for c in head.children if c.dep_ == "nsubj"] + [head, *head.subtree]
    found = [by_token[t.i] for t in near if t.i in by_token and t.i != token.i]
    return next((h for h in found if h.date is not None), None)


def _doer_of(hit: _Hit, by_token: dict[int, _Hit]) -> _Hit | None:
    """The trigger that is the subject of the clause a participle tells the outcome of
    ("air strikes hit the port, killing 14": the strikes)."""
    token = hit.token
    if token.tag_ != "VBG" or token.dep_ != "advcl":
        return None
    verb = token.head
    # "hit a depot and what the Houthis described as a residential area, killing": the
    # parse may hang the participle on the second verb of the clause
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return next(
        (by_token[c.i] for v in verbs for c in v.children if c.dep_ == "nsubj" and c.i in by_token),
        None,
    )


def _many_over(token: Token, span: DateSpan) -> bool:
    """Incidents in the plural over a month or a year ("encounters this year")."""
    return token.tag_ == "NNS" and span.precision in {DatePrecision.MONTH, DatePrecision.YEAR}


_LED_TO = frozenset({"after", "following", "when"})


def _what_led_to_the_past(hits: list[_Hit]) -> None:
    """ "The conflict broke out in 2017 after the government cracked down on protests": what
    a past incident followed, told in a clause hung on it, is past context too."""
    for hit in hits:
        if hit.date is not None or hit.background:
            continue
        for past in hits:
            if past.date is None or not past.background:
                continue
            told = past.token
            verb = told.head if told.dep_ in {"nsubj", "nsubjpass"} else told
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            word = hit.token
            while word.i != verb.i and word.head.i != word.i:
                led = (
                    word.dep_ == "advcl"
                    and any(c.dep_ == "mark" and c.lower_ in _LED_TO for c in word.children)
                ) or (word.dep_ == "prep" and word.lower_ in _LED_TO)
                if led and word.head.i == verb.i:
                    hit.background = True
                    break
                word = word.head
            if hit.background:
                break


def _within(span: DateSpan, wider: DateSpan) -> bool:
    """A day inside a wider span ("November 11" inside "earlier this month")."""
    if span.precision is not DatePrecision.DAY or wider.precision is DatePrecision.DAY:
        return False
    if span.start is None or span.end is None or wider.start is None or wider.end is None:
        return False
    return wider.start <= span.start and span.end <= wider.end


def _dated_by_its_phrase(word: Token) -> bool:
    """ "Earlier on Wednesday", "later in the day": the phrase after the word dates it."""
    after = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return after is not None and after.dep_ == "prep" and after.head.i in {word.i, word.head.i}


def _group(hits: list[_Hit], published: date | None, *, live: bool = False) -> list[_Group]:
    """Group triggers into reports (see the module docstring).

    Dated and past-context triggers are grouped first; undated ones then refer back to the
    trigger that encloses them, to an earlier use of the same word, or to the news report
    of the same type, in that order. A long situation ("the war") with none of these is not
    an incident and is dropped.
    """
    groups: list[_Group] = []
    by_lemma: dict[str, _Group] = {}
    violent = _violent_news(hits)
    # the day of the news: a day the lead's paragraphs give, or, told further down, the day
    # of publication or the one before ("security was stepped up last night after the
    # incident"); not that of an earlier attack told far below an undated lead ("Guerrillas
    # attacked Merino's home 5 days ago")
    lead = min((h.sentence for h in hits), default=0) + LEAD_SENTENCES
    main_date = next(
        (
            h.date
            for h in hits
            if h.date
            and not h.background
            and (h.sentence <= lead or _of_the_news(h.date, published))
        ),
        None,
    )
    if main_date is None and live and published is not None:
        # an entry of a live blog tells what happened the day it was posted
        main_date = DateSpan(published, published, DatePrecision.DAY, "the live blog's day")
    # what was done along the way joins what its sentence reports ("looted shops" in a riot)
    dated = sorted((h for h in hits if h.date is not None), key=_subsumed)
    by_token = {h.token.i: h for h in hits}
    for hit in dated:
        label = hit.date.label if hit.date else None
        group = _along_the_way(hit, groups) if _subsumed(hit) else None
        doer = _doer_of(hit, by_token)
        if group is None and doer is not None and doer.group is not None:
            group = doer.group  # "air strikes hit the port, killing 14": the strikes' toll
        group = group or _named_again(hit, dated)
        if group is None and _another_that_week(hit, groups):
            hit.background = True
        if group is None and (counted := _counted_this_month(hit, groups)) is not None:
            # the count says nothing new of the incident: it does not retype it
            told_as = counted.sub_type
            _join(counted, hit)
            counted.sub_type = told_as
            continue
        group = group or next(
            (
                g
                for g in groups
                if g.background == hit.background
                and _family(g.sub_type) == _family(hit.sub_type)
                and (g.date.label == label or _week_of(hit.date, g.date))
                and (not hit.apart or hit.sentence in g.sentences)
                and not _what_followed(hit, g)
                and (g.place is None or hit.place is None or g.place == hit.place)
                and not _another_town(g, hit)
                and (g.by is None or hit.by is None or g.by == hit.by)
            ),
            None,
        )
        if group is not None and _other_victims(group, hit):
            group = _of_the_victims(groups, hit)
        if group is None:
            group = _Group(
                hit.sub_type, hit.date or _inherited(main_date, published), hit.background
            )
            groups.append(group)
        _join(group, hit)
        if (
            hit.date is not None
            and hit.date.precision is DatePrecision.DAY
            and group.date.precision in {DatePrecision.WEEK, DatePrecision.MONTH}
            and _within(hit.date, group.date)
        ):
            # "protests spread this week, with police firing tear gas in Sabzevar on Monday
            # night": the day told within the span dates the report
            group.date = hit.date
        group.place = group.place or hit.place
        group.by = group.by or hit.by
    first_at: dict[str, int] = {}
    for hit in sorted(dated, key=lambda h: h.token.i):
        if hit.group is not None:
            by_lemma.setdefault(hit.token.lemma_.lower(), hit.group)
            first_at.setdefault(hit.token.lemma_.lower(), hit.token.i)
    for hit in hits:
        if hit.group is not None:
            continue
        lemma = hit.token.lemma_.lower()
        joined = None
        parent = _enclosing_hit(hit, hits)
        # an earlier use of the word: one before this one in the text
        earlier = by_lemma.get(lemma) if first_at.get(lemma, -1) < hit.token.i else None
        if earlier is not None and _definite(hit.token):
            # "another clash occurred. During the clash, ...": the one told last
            earlier = _last_told(hit, hits) or earlier
        if earlier is None:
            # "investigating the murder of the six Jesuits ... The Jesuits were murdered 9
            # days ago": the killing of the same people, dated further on
            earlier = _same_victims(hit, dated)
        # "Two bombs were placed at a hotel on 3 September. No one was injured in that
        # incident": the incident told just before, whatever the news
        earlier = _that_one(hit, hits) or earlier
        if earlier is None and _told_alongside(hit.token):
            # "..., as the army announced it had killed seven rebels in a raid": the raid
            # the article dates further on ("soldiers had raided a camp on Wednesday")
            earlier = by_lemma.get(lemma)
        main_news = _main_news(groups)
        if hit.apart:
            # another incident: only what its own sentence already holds ("In a separate
            # incident, militants ambushed a convoy": the incident is the ambush)
            earlier = next((g for g in groups if _told_apart_together(g, hit)), None)
            main_news = None
        if parent is not None and parent.group is not None and parent.group.background:
            hit.background = True
            group = _found_or_made(groups, hit.sub_type, True, parent.group.date)
        elif (war := _its_subject(hit, by_token)) is not None and war.group is not None:
            # "the two-year war, fought largely out of sight, killed hundreds of thousands":
            # what a war did is the war's
            hit.background = war.background
            group = war.group
        elif _tallied(hit.token) or _a_record(hit.token):
            # "vigilante attacks on Fulani settlements have killed or injured about 70
            # people in the past year": many incidents over a period, told as a total; "has
            # staged several dynamite attacks": a group's record so far
            hit.background = True
            group = _Group(hit.sub_type, UNDATED_PAST, True)
            groups.append(group)
        elif _sought(hit.token) and not violent:
            # "three men were arrested in connection with the attack on Senator Samper", in
            # an article whose news is no violence: the attack is past, its day untold
            hit.background = True
            group = _Group(hit.sub_type, UNDATED_PAST, True)
            groups.append(group)
        elif parent is not None and parent.group is not None and _outcome_of(hit, parent):
            # "gunmen stormed the base, killing 12 soldiers": what the storming did
            group = parent.group
            if hit.sub_type == _ABDUCTION:
                joined = group  # "stormed the village, taking two engineers": an abduction
        elif parent is not None and parent.group is not None and _befell_the_taken(hit, parent):
            # "the kidnapping of 12 student leaders, out of which 5 were later found
            # murdered": what befell those taken is the abduction's
            told_as = parent.group.sub_type
            _join(parent.group, hit)
            parent.group.sub_type = told_as
            continue
        elif (struck := _struck_at(hit, hits)) is not None:
            # "two explosions ripped through a crowd at a rally": the rally is where the
            # blast struck, not an event of its own
            told_as = struck.sub_type
            _join(struck, hit)
            struck.sub_type = told_as
            continue
        elif (during := _during(hit, hits) or _during_the_one_told(hit, groups)) is not None:
            # "Israeli forces killed four Palestinians during a raid": the raid's killing,
            # which does not retype the raid; "troops shot dead three civilians during the
            # operation": the operation told before
            told_as = during.sub_type
            _join(during, hit)
            during.sub_type = told_as
            continue
        elif parent is not None and parent.group is not None and _victims_did(hit, parent):
            # "killed three militants who threw explosive devices at troops": what the dead
            # did is the fight they died in, and does not retype it
            told_as = parent.group.sub_type
            _join(parent.group, hit)
            parent.group.sub_type = told_as
            continue
        elif (cause := _set_off_by(hit, hits)) is not None:
            # "a suicide bomber rammed the gate, triggering a gun battle": one incident
            group = cause
        elif parent is not None and parent.group is not None and _used_in(hit, parent):
            # "attacked the police station with rifles, mortars and explosives dropped from
            # drones": the weapons of the attack, not another strike
            group = parent.group
        elif parent is not None and parent.group is not None and lemma in lexicon.GENERIC:
            # "bandits abducted 43 people in an attack on the village": that abduction
            group = parent.group
        elif (joined := _coordinated(hit, dated) or _taken_and_killed(hit, hits)) is not None:
            # "a suicide bomber rammed the gate and gunmen then stormed the compound": one
            # incident told in coordinated clauses
            group = joined
        elif (beside := _dated_beside(hit, dated)) is not None:
            # "students protesting ... clashed with police on Thursday": one event
            group = beside
        elif earlier is not None:
            group = earlier
        elif main_news is not None and _claiming(hit.token):
            # "al-Shabab claimed responsibility, saying its fighters had killed 30 soldiers":
            # the attack claimed, told by who claims it
            group = main_news
        elif main_news is not None and (
            lemma in lexicon.GENERIC or _subsumed(hit) or _heard(hit.token)
        ):
            # a seizure told with an ambush is the ambush's, not the lead's
            group = (
                (_along_the_way(hit, groups) or _violence_just_told(hit, hits, groups))
                if _subsumed(hit)
                else None
            )
            group = group or _kin_just_before(hit, groups, main_news) or main_news
        elif (
            hit.sub_type == "Arrests"
            and not hit.apart
            and not _in_an_operation(hit.token)
            and not any(h.background for h in hits if h.sentence == hit.sentence)
            and (scene := _main_news(groups, SCENES))
        ):
            # "16 people had been arrested", with no day of its own, below a protest, a riot
            # or a clash: the arrests made at it, not an operation of their own
            group = scene
        elif (
            lemma in lexicon.LONG
            or _ongoing(hit.token)
            or (lemma in lexicon.KILL_VERBS and _cumulative(hit.token, published))
            or _toll_so_far(hit.token)
            or _began_a_war(hit.token)
        ):
            # a war or months of strikes: past context, so that its tolls never count as
            # today's news ("the war, which has killed 10,000 people"); so is a running
            # total ("6,000 civilians have been killed by the junta's forces since the coup")
            hit.background = True
            group = _found_or_made(groups, hit.sub_type, True, UNDATED_PAST)
        elif hit.background:
            group = _Group(hit.sub_type, UNDATED_PAST, True)
            groups.append(group)
        elif (recalled := _told_just_before(hit, groups)) is not None:
            # "... when gunmen ambushed a patrol. Three of them were killed in the gunbattle
            # that followed": the incident of the sentence before, background as it is
            group = recalled
        else:
            group = None if hit.apart else _killing_told_of(hit, groups) or _first_told(groups, hit)
            if group is None and not hit.apart and _definite(hit.token):
                # "... repelled a Houthi offensive. Four soldiers were killed in the
                # fighting": the incident of its kind told last before it, even one told apart
                group = _told_last(hit, groups)
            news = any(not g.background for g in groups)
            if group is None and news and _known_situation(hit):
                # "the fighting" the article never told: the situation its readers know
                hit.background = True
                group = _Group(hit.sub_type, UNDATED_PAST, True)
                groups.append(group)
            elif group is None:
                group = _Group(hit.sub_type, _inherited(main_date, published), False)
                groups.append(group)
        if _other_place(group, hit) or _another_town(group, hit):
            group = _elsewhere(groups, group, hit)
        if _other_victims(group, hit):
            # "after the assassination of Galan ... to protest the assassination of
            # magistrate Valencia": two killings, not one told twice
            # told with no day of its own, the other killing is past the news
            group = _of_the_victims(groups, hit) or _Group(
                hit.sub_type, hit.date or UNDATED_PAST, hit.background or hit.date is None
            )
            if group not in groups:
                groups.append(group)
        _join(group, hit)
        if group is joined:
            # the clause told first types the incident, as coders read it ("gunmen stormed
            # a police centre and detonated explosive vests" is an armed clash)
            told = [h for h in group.hits if h.sentence == hit.sentence]
            first = min(told, key=lambda h: h.token.i)
            if not _subsumed(first) and not _plain(first):
                group.sub_type = first.sub_type
            # "gunmen stormed a school and took away nine students": storming people to carry
            # them off is an abduction; killing some and carrying off others, an attack
            killed = any(h.token.lemma_.lower() in lexicon.KILL_VERBS for h in told)
            taken = any(h.sub_type == _ABDUCTION for h in told)
            if group.sub_type == "Attack" and taken and not killed:
                group.sub_type = _ABDUCTION
        group.place = group.place or hit.place
        if not (group.background and group.date is UNDATED_PAST):
            by_lemma.setdefault(lemma, group)
            first_at.setdefault(lemma, hit.token.i)
    return groups


def _of_the_news(span: DateSpan, published: date | None) -> bool:
    """A day of publication or the day before."""
    return (
        published is not None
        and span.start is not None
        and span.precision is DatePrecision.DAY
        and published - timedelta(days=1) <= span.start <= published
    )


def _week_of(span: DateSpan | None, day: DateSpan) -> bool:
    """ "This week's fighting", of fighting told on a day of that week: the same fighting."""
    return (
        span is not None
        and span.precision is DatePrecision.WEEK
        and day.precision is DatePrecision.DAY
        and _within(day, span)
    )


def _another_that_week(hit: _Hit, groups: list[_Group]) -> bool:
    """ "Herders had themselves lost two men in an attack in the area last week", below an
    attack told on a day of that week: another attack, told with no day of its own, is an
    earlier one."""
    return (
        hit.date is not None
        and hit.date.precision is DatePrecision.WEEK
        and hit.token.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in hit.token.children)
        and any(
            not g.background
            and (
                _family(g.sub_type) == _family(hit.sub_type)
                or hit.token.lemma_.lower() in lexicon.GENERIC
            )
            and _week_of(hit.date, g.date)
            and min(g.sentences, default=hit.sentence) < hit.sentence
            for g in groups
        )
    )


def _counted_this_month(hit: _Hit, groups: list[_Group]) -> _Group | None:
    """ "The attack on Suarez is the third on a police station this month", below an attack
    told on a day of that month: that attack, counted among others."""
    span = hit.date
    if span is None or span.precision is not DatePrecision.MONTH or not _definite(hit.token):
        return None
    return next(
        (
            g
            for g in groups
            if not g.background
            and g.date.precision is DatePrecision.DAY
            and _within(g.date, span)
            and (_family(g.sub_type) == _family(hit.sub_type) or _plain(hit))
        ),
        None,
    )


def _named_again(hit: _Hit, dated: list[_Hit]) -> _Group | None:
    """The report of the incident an apposition names twice ("its deadliest attack, a truck
    bombing in October 2017")."""
    token = hit.token
    for other in dated:
        linked = (token.dep_ == "appos" and token.head.i == other.token.i) or (
            other.token.dep_ == "appos" and other.token.head.i == token.i
        )
        if linked and other.group is not None and other.background == hit.background:
            return other.group
    return None


def _heard(token: Token) -> bool:
    """ "We heard explosions all night", "explosions were heard": what witnesses heard of
    the incident told, not an incident of its own."""
    if token.dep_ == "nsubjpass":
        return token.lemma_.lower() in _BLASTS and token.head.lemma_.lower() in {"hear", "see"}
    return token.dep_ == "dobj" and token.head.lemma_.lower() in {"hear", "see"}


_BLASTS = frozenset({"explosion", "blast", "detonation"})


def _told_last(hit: _Hit, groups: list[_Group]) -> _Group | None:
    """The news report of the hit's family told last before it, if any."""
    before = [
        g
        for g in groups
        if not g.background
        and _family(g.sub_type) == _family(hit.sub_type)
        and min(g.sentences, default=hit.sentence) < hit.sentence
    ]
    return max(before, key=lambda g: min(g.sentences), default=None)


def _told_just_before(hit: _Hit, groups: list[_Group]) -> _Group | None:
    """The dated background incident of the sentence before, for a definite mention of the
    same family ("the gunbattle that followed") or its people ("In March, fighters seized a
    train ... 26 hostages were killed during the siege") with no news of that family to
    refer to."""
    told = _definite(hit.token) or hit.token.lemma_.lower() in _HOSTAGES
    if not told or _find(groups, hit.sub_type, False, None) is not None:
        return None
    before = [g for g in groups if g.background and hit.sentence - 1 in g.sentences]
    return next(
        (
            g
            for g in before
            if g.date is not UNDATED_PAST and _family(g.sub_type) == _family(hit.sub_type)
        ),
        None,
    )


# The people an abduction holds: named, they tell of the abduction, not of a new one.
_HOSTAGES = frozenset({"hostage", "captive"})


def _kin_just_before(hit: _Hit, groups: list[_Group], main: _Group) -> _Group | None:
    """ "Police fired tear gas to disperse a group", after a march told below an attack: the
    news of the sentence before, when it is of the trigger's kind and the lead's is not."""
    kind = _family(hit.sub_type)
    if kind == _family(main.sub_type):
        return None
    return next(
        (
            g
            for g in groups
            if not g.background
            and g is not main
            and _family(g.sub_type) == kind
            and hit.sentence - 1 in g.sentences
        ),
        None,
    )


def _violence_just_told(hit: _Hit, hits: list[_Hit], groups: list[_Group]) -> _Group | None:
    """ "A car bomb exploded last night in Barranca. Four people were injured and property
    was damaged": damage told with no day of its own, alone in its sentence, is the damage
    of the violent news the sentence before told."""
    if any(h is not hit and h.sentence == hit.sentence for h in hits):
        return None
    before = [
        g
        for g in groups
        if not g.background
        and g.sub_type not in NON_VIOLENT | SUBSUMED
        and hit.sentence - 1 in g.sentences
    ]
    return before[0] if len(before) == 1 else None


def _same_victims(hit: _Hit, dated: list[_Hit]) -> _Group | None:
    """The report of a dated killing of the people an undated one names, both times with
    "the" ("the murder of the six Jesuits", "the Jesuits were murdered")."""
    victims = _the_victims(hit.token)
    if victims is None:
        return None
    for other in dated:
        told = _the_victims(other.token)
        same = told is not None and told.lemma_.lower() == victims.lemma_.lower()
        if same and other.group is not None and not other.apart:
            return other.group
    return None


def _the_victims(token: Token) -> Token | None:
    """The people a killing word acts on, in the plural with "the" ("the murder of the six
    Jesuits", "the Jesuits were murdered", "killed the hostages")."""
    if token.lemma_.lower() not in lexicon.KILL_VERBS | _KILLINGS:
        return None
    if token.pos_ == "NOUN":
        acted = [o for p in token.children if p.lower_ == "of" for o in p.children]
    else:
        acted = [c for c in token.children if c.dep_ in {"nsubjpass", "dobj"}]
        if token.dep_ == "acl":
            acted.append(token.head)  # "the six Jesuit priests murdered in El Salvador"
    return next((a for a in acted if a.tag_ in {"NNS", "NNPS"} and _definite_people(a)), None)


def _definite_people(noun: Token) -> bool:
    return noun.lemma_.lower() not in cl.NOT_PEOPLE and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children
    )


_KILLINGS = frozenset({"murder", "killing", "assassination", "massacre", "slaying"})


def _definite(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    )


# Words whose object is an incident that is past by the time anyone seeks its authors or
# the truth of it ("those responsible for the murder", "in connection with the attack").
_SOUGHT_HEADS = frozenset(
    "responsible connection link information clue author perpetrator culprit mastermind "
    "assassin investigation inquiry probe".split()
) | frozenset(
    # an incident spoken of: "referred today to the murder of six Jesuits", "made
    # statements before the court regarding the murder"
    "refer statement testimony testify declaration".split()
)
_SOUGHT_VERBS = lexicon.SOLVE_VERBS
_SOUGHT_BY = cl.ARREST_VERBS | _COURT_WORDS | {"question", "interrogate", "seek", "want"}


def _sought(token: Token) -> bool:
    """ "Those responsible for the assassination of six Jesuits", "arrested in connection
    with the attack on the senator", "to clarify the murder": an incident named, with "the"
    or an owner, as what the authors or the truth of are sought."""
    if token.pos_ != "NOUN" or not (
        _definite(token) or any(c.dep_ == "poss" for c in token.children)
    ):
        return False
    if token.dep_ in {"dobj", "nsubjpass"}:
        # "to clarify the murder", "until the killings of the Jesuits are resolved"
        return token.head.lemma_.lower() in _SOUGHT_VERBS
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in _ABOUT:
        return False
    head = prep.head
    if head.lemma_.lower() in {"connection", "link"} and head.dep_ == "pobj":
        # "arrested in connection with the attack", not "in connection with the attack,
        # the front states": what is done about it is an arrest or a charge
        return head.head.head.lemma_.lower() in _SOUGHT_BY
    # "provides information on the assassination", the phrase hung on the verb; "the
    # investigations carried out concerning the death", on the verb that tells of them
    heads = [head, *(c for c in head.children if c.dep_ == "dobj")]
    heads += [head.head] if head.dep_ == "acl" else []
    return any(h.lemma_.lower() in _SOUGHT_HEADS for h in heads)


_ABOUT = frozenset({"for", "with", "to", "on", "about", "of", "into", "concerning", "regarding"})


def _violent_news(hits: list[_Hit]) -> bool:
    """Whether the article tells violence as news, not only as what is sought."""
    return any(
        not h.background and h.sub_type not in NON_VIOLENT and not _sought(h.token) for h in hits
    )


_KILLING_NOUNS = lexicon.MURDER | {"killing", "death", "slaying"}


def _victims_named(token: Token, *, whole: bool = False) -> frozenset[str]:
    """Whom a killing noun names as its victims: "the assassination of Senator Luis Carlos
    Galan" gives "galan", the head of each name after "of" (a title or a group gives none);
    with ``whole``, every word of each name but a title ("luis", "carlos", "galan")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _KILLING_NOUNS:
        return frozenset()
    names = set()
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for victim in prep.children:
            if victim.dep_ != "pobj":
                continue
            for name in (victim, *victim.conjuncts):
                if name.tag_ != "NNP":
                    continue
                names.add(name.lower_)
                if whole:
                    names.update(
                        c.lower_
                        for c in name.children
                        if c.dep_ == "compound" and c.tag_ == "NNP" and c.lower_ not in TITLES
                    )
    return frozenset(names)


def _other_victims(group: _Group, hit: _Hit) -> bool:
    """The hit names the victims of a killing, and the report named others: another
    killing ("the murder of Cano" is not "the assassination of Galan"). A name told in
    full before and shortened after is the same victim ("the assassination of Hector Oqueli
    Colindres", then "of Dr Oqueli and his companion")."""
    named = _victims_named(hit.token)
    if not named:
        return False
    told = frozenset().union(*(_victims_named(h.token) for h in group.hits))
    if not told or told & named:
        return False
    told_whole = frozenset().union(*(_victims_named(h.token, whole=True) for h in group.hits))
    return not (named & told_whole or told & _victims_named(hit.token, whole=True))


def _of_the_victims(groups: list[_Group], hit: _Hit) -> _Group | None:
    """The report of the killing of the victims the hit names, if one was told."""
    named = _victims_named(hit.token)
    return next((g for g in groups if any(named & _victims_named(h.token) for h in g.hits)), None)


def _tallied(token: Token) -> bool:
    """Incidents in the plural whose toll is told over a period ("attacks ... have killed 70
    people in the past year")."""
    if token.tag_ != "NNS" or token.dep_ != "nsubj":
        return False
    verb = token.head
    return any(_over_a_period(v) for v in (verb, *(c for c in verb.children if c.dep_ == "conj")))


def _its_subject(hit: _Hit, by_token: dict[int, _Hit]) -> _Hit | None:
    """The war or campaign that is the subject of the hit's verb ("the war fought ...")."""
    for subject in hit.token.children:
        other = by_token.get(subject.i) if subject.dep_ == "nsubj" else None
        if other is not None and other.token.lemma_.lower() in lexicon.LONG:
            return other
    return None


def _known_situation(hit: _Hit) -> bool:
    """ "The fighting drove thousands from their homes", below the lead, with no date and no
    fighting told before it, in an article whose news is another event: what "the" points
    at is the conflict readers know, not news. So is "the deal" or "the truce" no agreement
    told before it points at ("Under the deal, Israel was to withdraw")."""
    return (
        hit.sentence >= 2
        and hit.token.lemma_.lower() in {"fighting", "battle"} | _AGREEMENTS
        and _definite(hit.token)
    )


_AGREEMENTS = frozenset({"deal", "agreement", "truce", "ceasefire", "accord"})


def _subsumed(hit: _Hit) -> bool:
    """Looting, a move of forces or a seizure of weapons: part of a violent incident told
    beside it."""
    if hit.sub_type in SUBSUMED | FOLLOW_UPS:
        return True
    return hit.sub_type == "Disrupted weapons use" and seized(hit.token)


def _along_the_way(hit: _Hit, groups: list[_Group]) -> _Group | None:
    """The violent report a trigger of the hit's own sentence started, if any, on the hit's
    day ("the attacks today come after attacks during which 10 buses were burned on 24
    October": the burning is of its own day)."""
    return next(
        (
            g
            for g in groups
            if hit.sentence in g.sentences
            and g.background == hit.background
            and g.sub_type not in NON_VIOLENT
            and not any(h.apart for h in g.hits)
            and not _other_days(hit.date, g.date)
        ),
        None,
    )


def _other_days(one: DateSpan | None, other: DateSpan) -> bool:
    """Two days, both told, that are not the same day."""
    return (
        one is not None
        and one.precision is DatePrecision.DAY
        and other.precision is DatePrecision.DAY
        and one.start != other.start
    )


def _anaphora(groups: list[_Group], sentences: list[Span] | None = None) -> None:
    """ "The attack took place on Saturday afternoon": a report made only of definite event
    nouns ("the attack", "the ambush") refers back to the first news report of violence
    before it, and dates it when that report has no date of its own."""
    news = sorted(
        (g for g in groups if not g.background and g.hits),
        key=lambda g: min(h.token.i for h in g.hits),
    )
    for group in news[1:]:
        start = min(h.token.i for h in group.hits)
        first = next(
            (g for g in news if g.sub_type not in NON_VIOLENT and g in groups),
            None,
        )
        same_target = (
            sentences is not None
            and first is not None
            and first is not group
            and _acts_on_the_same(group, first, sentences)
        )
        if not (_refers_back(group) or same_target):
            continue
        lead = next(
            (
                g
                for g in news
                if g is not group
                and g in groups
                and g.sub_type not in NON_VIOLENT
                and min(h.token.i for h in g.hits) < start
            ),
            None,
        )
        if lead is None:
            continue
        if all(h.date is None for h in lead.hits):
            lead.date = group.date
        elif lead.date.label != group.date.label:
            continue
        _fold(group, lead, groups)


# Words that name an incident without saying what it was: with one bombing told the same
# day, "the attack" is that bombing.
_UNTYPED = frozenset({"attack", "incident", "assault"})


def _retold_in_another_entry(groups: list[_Group], sentences: list[Span]) -> None:
    """In a live blog, an entry that updates "the toll from the overnight strike on Kharkiv"
    tells again the strike another entry told (one type, one day, a name in common), not a
    second one."""
    news = [g for g in groups if not g.background and g.hits and g.date.start is not None]
    for group in news:
        entries = {h.entry for h in group.hits}
        if group not in groups or len(entries) != 1 or 0 in entries:
            continue
        if not any(_the_one_told(h.token) for h in group.hits):
            continue
        names = _names_in(group, sentences)
        twin = next(
            (
                g
                for g in news
                if g is not group
                and g in groups
                and {h.entry for h in g.hits}.isdisjoint(entries)
                and g.sub_type == group.sub_type
                and g.date.label == group.date.label
                and names & _names_in(g, sentences)
            ),
            None,
        )
        if twin is not None:
            _fold(group, twin, groups)


def _killed_in_the_abduction(groups: list[_Group]) -> None:
    """ "Shot dead a security guard before forcing students from their hostels into the
    bush": an attack told in one sentence with people being forced away, on the day of the
    one abduction the article tells, is that abduction's (the raid that took them)."""
    for attack in [g for g in groups if not g.background and g.sub_type == "Attack"]:
        if len({h.sentence for h in attack.hits}) != 1:
            continue
        sentence = attack.hits[0].token.sent
        if not any(_forced_away(t) for t in sentence):
            continue
        taken = [
            g
            for g in groups
            if not g.background
            and g.sub_type == "Abduction/forced disappearance"
            and g.date.label == attack.date.label
        ]
        if len(taken) == 1:
            told_as = taken[0].sub_type
            _fold(attack, taken[0], groups)
            taken[0].sub_type = told_as


def _forced_away(token: Token) -> bool:
    """ "forcing students from their hostels into the bush", "dragged villagers away"."""
    if token.lemma_.lower() not in {"force", "drag", "herd", "march", "lead"}:
        return False
    return any(
        c.dep_ == "dobj" and cl.group_kind(c) is ActorKind.CIVILIANS for c in token.children
    ) and any(c.dep_ in {"prep", "advmod", "prt"} for c in token.children)


def _fold(group: _Group, into: _Group, groups: list[_Group]) -> None:
    """Tell ``group``'s triggers as ``into``'s and drop ``group``."""
    for hit in group.hits:
        _join(into, hit)
    groups.remove(group)


def _the_one_told(token: Token) -> bool:
    """ "The overnight strike on Kharkiv": an incident noun the article has told of."""
    return (
        token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and token.lemma_.lower() in _INCIDENTS
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
    )


def _entries_of(group: _Group) -> set[int]:
    return {h.entry for h in group.hits}


def _names_in(group: _Group, sentences: list[Span]) -> set[str]:
    return {t.lower_ for n in group.sentences for t in sentences[n] if t.pos_ == "PROPN"}


def _acts_on_the_same(group: _Group, lead: _Group, sentences: list[Span]) -> bool:
    """A report told in one sentence whose deed is done to "the base" the lead's sentences
    named ("its fighters had stormed the base and killed 37 soldiers", after "rammed a car
    ... into the gate of a military base"): the lead's incident, told by another side."""
    if len(group.sentences) != 1 or group.sentences & lead.sentences:
        return False
    named = {t.lemma_.lower() for n in lead.sentences for t in sentences[n] if t.pos_ == "NOUN"}
    for hit in group.hits:
        for target in hit.token.children:
            definite = any(c.lower_ == "the" for c in target.children if c.dep_ == "det")
            if target.dep_ == "dobj" and definite and target.lemma_.lower() in named:
                return target.lemma_.lower() in lexicon.FORCE_TARGETS | lexicon.CIVILIAN_TARGETS
    return False


def _refers_back(group: _Group) -> bool:
    """A report made only of definite event nouns ("the attack") and of the killings told as
    done in them ("the group's fighters had killed eight in the attack")."""
    definite = [h for h in group.hits if _definite_event(h.token)]
    return bool(definite) and all(
        _definite_event(h.token) or any(_done_in(d.token, h.token) for d in definite)
        for h in group.hits
    )


def _arrests_at_a_demonstration(groups: list[_Group]) -> None:
    """ "Police detained 11 people last night as several hundred protesters gathered": the
    arrests a sentence tells with a demonstration of the same day are made at it (ACLED's
    protest with intervention), not an operation of their own."""
    for arrests in [g for g in groups if not g.background and g.sub_type == "Arrests"]:
        scene = next(
            (
                g
                for g in groups
                if g is not arrests
                and not g.background
                and g.sub_type in DEMONSTRATION
                and g.date.label == arrests.date.label
                and any(_at_the_scene(a.token, d.token) for a in arrests.hits for d in g.hits)
            ),
            None,
        )
        if scene is not None:
            _fold(arrests, scene, groups)


def _at_the_scene(arrest: Token, demonstration: Token) -> bool:
    """The arrest is told as made while the demonstration went on ("detained 11 people as
    protesters gathered", "arrested at the rally"), not before it ("in anticipation of
    protests", "before the president's rally")."""
    if arrest.sent != demonstration.sent:
        return False
    clause = demonstration.head if demonstration.dep_ in {"nsubj", "nsubjpass"} else demonstration
    timed = (
        clause.dep_ == "advcl"
        and clause.head.i == arrest.i
        and any(c.dep_ == "mark" and c.lower_ in {"as", "when", "while"} for c in clause.children)
    )
    placed = (
        demonstration.dep_ == "pobj"
        and demonstration.head.lower_ in {"at", "during"}
        and demonstration.head.head.i == arrest.i
    )
    return timed or placed


def _one_of_a_kind_a_day(groups: list[_Group]) -> None:
    """Two news reports that came out of the grouping with one type, one day, one entry
    of a live blog and no other place ("kidnapped a chief and eleven others on Tuesday"
    and "stormed the palace early on Tuesday and took him away", which an abduction
    retyped): one event, as ACLED codes one event of a type at one place on one day."""
    news = [g for g in groups if not g.background and g.hits and g.date.start is not None]
    for later in news:
        if later not in groups or any(h.apart for h in later.hits):
            continue
        twin = next(
            (
                g
                for g in groups
                if g is not later
                and g in news
                and _told_at(g) < _told_at(later)
                and g.sub_type == later.sub_type
                and g.date.precision is DatePrecision.DAY
                and g.date.label == later.date.label
                and (g.place is None or later.place is None or g.place == later.place)
                and not any(_another_town(g, h) or _other_victims(g, h) for h in later.hits)
                and {h.entry for h in g.hits} == {h.entry for h in later.hits}
                and (g.by is None or later.by is None or g.by == later.by)
                and not any(h.apart for h in g.hits)
            ),
            None,
        )
        if twin is None:
            continue
        for hit in later.hits:
            _join(twin, hit)
        twin.place = twin.place or later.place
        groups.remove(later)


def _destruction_of_the_day(groups: list[_Group]) -> None:
    """Houses torched on the day of an attack the article tells, in the news or in the
    past, with nothing else told of that day ("The attackers descended on the village late
    on Sunday, torching houses" below "rebels killed 19 people in a raid on a village"):
    ACLED codes the attack, with the burning as part of it, not a second event of property
    destruction."""
    told = [g for g in groups if g.hits]
    for group in told:
        dated = [h for h in group.hits if h.date is not None]
        if any(h.sub_type not in SUBSUMED for h in dated or group.hits):
            continue
        if any(h.apart for h in group.hits):
            continue
        # the same holds of the past ("A week later, a bus bomb blew up ... and destroyed
        # the building")
        violent = [
            g
            for g in told
            if g is not group
            and g.background == group.background
            and g in groups
            and g.sub_type not in NON_VIOLENT | SUBSUMED
            and g.date.label == group.date.label
            and (g.place is None or group.place is None or g.place == group.place)
        ]
        if len(violent) != 1:
            continue
        # a burning the text dates by no day of its own goes with an attack of its sentence
        if not dated and not {h.sentence for h in group.hits} <= {
            h.sentence for h in violent[0].hits
        }:
            continue
        told_as = violent[0].sub_type
        for hit in group.hits:
            _join(violent[0], hit)
        violent[0].sub_type = told_as  # the burning does not retype the attack
        if any(h.date for h in group.hits) and not any(
            h.date for h in violent[0].hits if h not in group.hits
        ):
            violent[0].date = group.date  # the burning's own day, not one inherited
        groups.remove(group)


def _one_blast(groups: list[_Group]) -> None:
    """An attack told in words that say nothing of how ("20 were killed in the attack") is
    the explosion of the same day told beside it when the article tells of one only that
    day ("The blast from the explosion hit a truck"): MUC and ACLED code one bombing, with
    its dead.

    Only the untyped words told together with the blast move: a report that also holds
    other words ("ordered the assassination of policemen", paragraphs away) keeps them.
    """
    news = [g for g in groups if not g.background and g.hits]
    blasts = [g for g in news if eval_type(g.sub_type) == "suicide_or_bomb_attack"]
    for group in news:
        # the one blast of the attack's day ("two bombs placed on the night of 3 September"
        # is another day's)
        that_day = [b for b in blasts if b.date.label == group.date.label]
        if group in blasts or len(that_day) != 1 or any(h.apart for h in that_day[0].hits):
            continue
        blast = that_day[0]
        if group.place and blast.place and group.place != blast.place:
            continue
        if any(h.apart for h in group.hits):
            continue
        # told together: in one sentence or the next ("the attack in which 20 were killed
        # ... The blast hit a truck"), not an attack told paragraphs away from a bombing
        moving = [
            h
            for h in group.hits
            if _plain(h)
            and h.token.lemma_.lower() in _UNTYPED
            and any(abs(h.sentence - b) <= 1 for b in blast.sentences)
        ]
        if not moving or any(
            not _plain(h) for h in group.hits if h.sentence in {m.sentence for m in moving}
        ):
            continue
        if all(
            (_plain(h) and h.token.lemma_.lower() in _UNTYPED)
            or (h.sub_type in SUBSUMED and h.sentence in blast.sentences)
            for h in group.hits
        ):
            # "seven guards were killed today in an attack ... 12 soldiers were injured in
            # the attack ... the bus was damaged by a car bomb explosion": a report told in
            # nothing but such words, and the damage the blast did, is all the blast's
            moving = list(group.hits)
        for hit in moving:
            group.hits.remove(hit)
            _join(blast, hit)
        own = [h for h in blast.hits if h not in moving]
        if any(h.date for h in moving) and not any(h.date for h in own):
            blast.date = group.date  # the attack's own day, not one the blast inherited
        blast.place = blast.place or group.place
        if group.hits:
            group.sentences = {h.sentence for h in group.hits}
        else:
            groups.remove(group)


def _explosions_heard(groups: list[_Group]) -> None:
    """ "Explosions were heard shortly before midnight on Monday", beside drones that hit
    the city overnight: what was heard is the one strike of that night the article tells,
    and the day it names dates the strike (not "overnight", the day of publication)."""
    news = [g for g in groups if not g.background and g.hits]
    for group in news:
        if not all(_heard(h.token) for h in group.hits) or any(h.apart for h in group.hits):
            continue
        heard = group.date.start
        strikes = [
            g
            for g in news
            if eval_type(g.sub_type) == "shelling_airstrike"
            and g.date.start is not None
            and heard is not None
            and 0 <= (g.date.start - heard).days <= 1
            and not (group.place and g.place and group.place != g.place)
        ]
        if len(strikes) != 1:
            continue
        strike = strikes[0]
        overnight = any(h.date and h.date.basis.startswith("overnight") for h in strike.hits)
        named = group.date.precision is DatePrecision.DAY and group.date.start != strike.date.start
        told_as = strike.sub_type
        for hit in group.hits:
            _join(strike, hit)
        strike.sub_type = told_as
        if overnight and named:
            strike.date = group.date
        groups.remove(group)


def _definite_event(token: Token) -> bool:
    """ "the attack", "this ambush": a noun for an incident told before."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in lexicon.GENERIC | lexicon.ANAPHORIC_EVENTS
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
        and not any(c.dep_ in {"prep", "amod", "compound", "nummod"} for c in token.children)
    )


def _outcome_of(hit: _Hit, parent: _Hit) -> bool:
    """A participle that tells what its clause's action did ("stormed the base, killing")."""
    token = hit.token
    if token.tag_ == "VBG" and token.dep_ == "conj" and token.head.tag_ == "VBG":
        token = token.head  # "killing two farmers and taking three engineers with them"
    if token.tag_ != "VBG" or token.dep_ != "advcl":
        return False
    # "stormed the village and left, taking two engineers with them"
    head = token.head
    return bool(head.i == parent.token.i or (head.dep_ == "conj" and head.head.i == parent.token.i))


def _befell_the_taken(hit: _Hit, parent: _Hit) -> bool:
    """A killing told in a relative clause of an abduction: of the people it took."""
    if parent.sub_type != _ABDUCTION or hit.token.lemma_.lower() not in lexicon.KILL_VERBS:
        return False
    clause = [hit.token, *hit.token.ancestors]
    return any(t.dep_ == "relcl" and t.head.i == parent.token.i for t in clause)


_SET_OFF = frozenset({"trigger", "spark", "prompt", "provoke", "ignite", "cause"})


def _during(hit: _Hit, hits: list[_Hit]) -> _Group | None:
    """The report of the incident a killing verb says it was done in or during."""
    if hit.token.lemma_.lower() not in lexicon.KILL_VERBS:
        return None
    return next(
        (
            h.group
            for h in hits
            if h.sentence == hit.sentence and h.group is not None and _done_in(h.token, hit.token)
        ),
        None,
    )


def _during_the_one_told(hit: _Hit, groups: list[_Group]) -> _Group | None:
    """ "Troops had instead shot dead three civilians during the operation", with no day of
    its own: a killing in the operation the article told last, before it."""
    if hit.date is not None or hit.token.lemma_.lower() not in lexicon.KILL_VERBS:
        return None
    told = any(
        _done_in(t, hit.token)
        and t.lemma_.lower() in _OPERATIONS
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in t.children)
        for t in hit.token.sent
    )
    if not told:
        return None
    # the last fight or raid told before it
    before = [
        g
        for g in groups
        if not g.background
        and g.hits
        and eval_type(g.sub_type) in {"armed_clash", "attack_on_civilians"}
        and max(h.token.i for h in g.hits) < hit.token.i
    ]
    return max(before, key=lambda g: max(h.token.i for h in g.hits), default=None)


# Nouns for an armed action that "the" points back to ("during the operation").
_OPERATIONS = frozenset(
    "operation raid fighting clash clashes offensive assault exchange battle gunfight "
    "shootout firefight".split()
)


def _done_in(incident: Token, verb: Token) -> bool:
    """ "Killed in a clash", "during a raid", "amid fighting": the incident a verb names as
    where it happened. So does a killing noun the phrase comes right after, when the parser
    hangs the phrase higher up ("blamed the army for the murder of 10 union members in a
    dynamite attack")."""
    if incident.dep_ != "pobj" or incident.head.lower_ not in {"in", "during", "amid"}:
        return False
    prep = incident.head
    if prep.head.i == verb.i:
        return True
    return (
        verb.pos_ == "NOUN"
        and prep.i == verb.right_edge.i + 1
        and bool(prep.head.is_ancestor(verb))
    )


def _set_off_by(hit: _Hit, hits: list[_Hit]) -> _Group | None:
    """The news report of the incident whose clause set off the fight the hit names ("rammed
    the gate, triggering a gun battle"): the first other trigger of the sentence."""
    verb = hit.token.head
    if hit.token.dep_ != "dobj" or verb.lemma_.lower() not in _SET_OFF or verb.tag_ != "VBG":
        return None
    if eval_type(hit.sub_type) != "armed_clash":
        return None  # "shot dead a teenager, triggering protests": the protests are their own
    before = [
        h
        for h in hits
        if h.sentence == hit.sentence
        and h.token.i < hit.token.i
        and h.group is not None
        and not h.group.background
    ]
    return before[0].group if before else None


def _coordinated(hit: _Hit, dated: list[_Hit]) -> _Group | None:
    """The news report of a dated trigger whose clause is coordinated with the hit's own
    ("rammed ... and then stormed")."""
    verb = _clause_verb(hit.token)
    for other in dated:
        group = other.group
        if other.sentence != hit.sentence or group is None or group.background:
            continue
        if NON_VIOLENT & {group.sub_type, hit.sub_type}:
            continue
        if _joined(verb, _clause_verb(other.token)):
            return group
    return None


def _taken_and_killed(hit: _Hit, hits: list[_Hit]) -> _Group | None:
    """The abduction of people the hit tells the killing of, or the reverse, told as one:
    "were abducted and subsequently murdered", "the kidnapping and assassination of five
    students" (an abduction whose captives were killed, as the abduction's outcome)."""
    for other in hits:
        group = other.group
        if other.sentence != hit.sentence or group is None or group.background:
            continue
        if {hit.sub_type, other.sub_type} != {"Attack", _ABDUCTION}:
            continue
        if _joined(_clause_verb(hit.token), _clause_verb(other.token)) or _joined(
            hit.token, other.token
        ):
            return group
    return None


def _joined(one: Token, other: Token) -> bool:
    """Two words joined by "and", the second hung on the first."""
    if one.i == other.i:
        return False
    return bool(
        (one.dep_ == "conj" and one.head.i == other.i)
        or (other.dep_ == "conj" and other.head.i == one.i)
    )


def _clause_verb(token: Token) -> Token:
    """The verb of a trigger's clause: itself, or the verb a noun trigger is subject or
    object of ("a suicide bomber rammed")."""
    if token.pos_ == "VERB" or token.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return token
    return token.head


def _dated_beside(hit: _Hit, dated: list[_Hit]) -> _Group | None:
    """The news report of the same family dated in the hit's own sentence, if any; a past
    one only in the hit's own clause ("the protests that followed her death in September
    2022 left more than 500 protesters dead": the protesters of those protests)."""
    for other in dated:
        group = other.group
        if other.sentence != hit.sentence or group is None:
            continue
        if group.background and _clause_of(other.token) != _clause_of(hit.token):
            continue
        if _family(group.sub_type) == _family(hit.sub_type):
            return group
    return None


def _clause_of(token: Token) -> int:
    """The verb whose clause a word is in (its own index if it is one)."""
    return next((t.i for t in [token, *token.ancestors] if t.pos_ in {"VERB", "AUX"}), -1)


def _other_place(group: _Group, hit: _Hit) -> bool:
    """The hit names a place the report does not: not one the report's sentences name as
    where it was near ("near the village of Turmus Ayya, north of Ramallah" is the attack
    "near Ramallah" of the headline), nor one whose sentence names the report's place. Two
    places one sentence tells apart stay apart."""
    if not (hit.place and group.place) or hit.place == group.place:
        return False
    if any(h.sentence == hit.sentence and h.place not in {None, hit.place} for h in group.hits):
        return True  # "a bomb exploded in Medellin, and another bomb exploded in Cali"
    told = " ".join(h.token.sent.text.lower() for h in group.hits)
    return hit.place not in told and group.place not in hit.token.sent.text.lower()


def _another_town(group: _Group, hit: _Hit) -> bool:
    """A hit in a town the report's own sentences do not name, when they name another:
    "In the coastal city of Mombasa, thousands marched on Tuesday", below a lead that
    tells of protesters storming parliament in Nairobi, is another event (ACLED's event is
    one place and one day). A lead that names no town leaves the hit to tell where it was."""
    if hit.place is None or group.place is not None or hit.place not in hit.towns:
        return False
    named = frozenset().union(*(h.towns for h in group.hits))
    told = " ".join(h.token.sent.text.lower() for h in group.hits)
    return bool(named) and hit.place not in told


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
    seven" two days before). An earlier incident the lead sentence itself reports ("arrested
    11 men in connection with a clash that killed three") stays news, and so does one of the
    day before told in its own right ("A guided bomb hit Orikhiv on Wednesday, killing a
    man"), not in the pluperfect nor as what the news followed."""
    # the lead is the news told first, not one told "in a separate incident" below it
    news = [g for g in groups if not g.background and g.hits]
    own = [g for g in news if not any(h.apart for h in g.hits)] or news
    lead = min(own, key=lambda g: min(h.token.i for h in g.hits), default=None)
    if lead is None or lead.date.precision is not DatePrecision.DAY or lead.date.start is None:
        return
    lead_sentence = min((h.sentence for h in lead.hits), default=-1)
    for group in groups:
        end = group.date.end
        if group is lead or group.background or end is None or end >= lead.date.start:
            continue
        if any(hit.apart for hit in group.hits):
            continue  # "In a separate incident on Friday, ...": news of its own
        in_lead = any(h.sentence == lead_sentence for h in group.hits)
        recent = (lead.date.start - end).days <= EARLIER_NEWS_DAYS
        told = recent and not any(
            _pluperfect(h.token) and not _backshifted(h.token) for h in group.hits
        )
        # "following a night of fighting" in the lead does not make the night's clashes,
        # told in their own right below, mere context: the hits that date it decide
        dating = [h for h in group.hits if h.date is not None] or group.hits
        if any(_as_context(hit.token) for hit in dating) or not (in_lead or told):
            group.background = True
            for hit in group.hits:
                hit.background = True


def _past_of_undated_news(groups: list[_Group]) -> None:
    """With no publication date, news told "on Sunday" cannot be dated, but "in August 2023"
    can: when the lead's own date is such a day, what the text dates in full is the past
    it recounts."""
    news = [g for g in groups if not g.background and g.hits]
    lead = min(news, key=lambda g: min(h.token.i for h in g.hits), default=None)
    if lead is None or lead.date.start is not None or not any(h.date for h in lead.hits):
        return
    for group in news:
        if group.date.start is not None:
            group.background = True
            for hit in group.hits:
                hit.background = True


def _pluperfect(token: Token) -> bool:
    """ "Militants had attacked the post": told as what came before the news."""
    verb = token if token.pos_ == "VERB" else token.head
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in verb.children)


def _backshifted(token: Token) -> bool:
    """ "The Taliban's spokesman said Pakistani aircraft had bombed homes late on Monday": a
    past told in reported speech, not a past before the news."""
    verb = token if token.pos_ == "VERB" else token.head
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in cl.REPORTING
        and verb.head.tag_ == "VBD"
        and any(e.ent_type_ in {"DATE", "TIME"} for e in verb.subtree)
    )


def _as_context(token: Token) -> bool:
    """The trigger sits in a clause that anchors other news in time or cause ("since Tuesday,
    when six were killed", "a day after strikes on ...", "in retaliation for an attack")."""
    for node in (token, *token.ancestors):
        if node.lower_ in {"since", "after", "following", "before"}:
            return True
        # "expelled the ambassador after a landmine wounded five soldiers"
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if marks & {"since", "after", "before"}:
            return True
        if node.lemma_.lower() in {"retaliation", "response", "revenge", "reprisal"}:
            return True
    return False


def _find(
    groups: list[_Group],
    sub_type: str,
    background: bool,
    span: DateSpan | None,
    *,
    alone: bool = True,
) -> _Group | None:
    """The first report of a trigger's family, news or background, on a day if given; with
    ``alone`` False, none told apart ("In a separate operation, ...")."""
    for group in groups:
        if group.background != background or _family(group.sub_type) != _family(sub_type):
            continue
        if not alone and any(h.apart for h in group.hits):
            continue
        if span is None or group.date.label == span.label:
            return group
    return None


def _found_or_made(groups: list[_Group], sub_type: str, background: bool, span: DateSpan) -> _Group:
    """The report :func:`_find` gives for a type, a kind and a day, or a new one, kept."""
    found = _find(groups, sub_type, background, span)
    if found is None:
        found = _Group(sub_type, span, background)
        groups.append(found)
    return found


def _killing_of(figure: cl.Figure, groups: list[_Group]) -> _Group | None:
    """The report of the killing of the one person a figure names ("killed Attorney
    General Garcia", after "the killing of Attorney General Roberto Garcia Alvarado")."""
    person = figure.group
    if person is None or person.pos_ != "PROPN" or figure.low != 1:
        return None
    return _report_naming({person.lower_}, groups)


def _killing_told_of(hit: _Hit, groups: list[_Group]) -> _Group | None:
    """The news report of the killing of someone an undated hit tells the death of: "the
    killing of Attorney General Roberto Garcia Alvarado ... Garcia Alvarado, 56, was killed
    when a bomb placed on his vehicle exploded" is one incident, whatever other bombing the
    text tells on another day."""
    names = {
        victim.lower_
        for verb in hit.token.sent
        if verb.pos_ == "VERB"
        and verb.lemma_.lower() in lexicon.KILL_VERBS
        and (verb.i == hit.token.i or _governs(verb, hit.token) or _governs(hit.token, verb))
        for victim in verb.children
        if victim.dep_ in {"nsubjpass", "dobj"} and victim.tag_ == "NNP"
    }
    return _report_naming(names, groups, news=True) if names else None


def _report_naming(names: set[str], groups: list[_Group], *, news: bool = False) -> _Group | None:
    """The report whose killing words name one of these victims (by any word of their
    names); with ``news``, only a news report not told apart."""
    return next(
        (
            g
            for g in groups
            if not (news and (g.background or any(h.apart for h in g.hits)))
            and any(names & _victims_named(h.token, whole=True) for h in g.hits)
        ),
        None,
    )


def _first_told(groups: list[_Group], hit: _Hit) -> _Group | None:
    """The news report of the hit's family the text tells first, none told apart: the lead
    ("... an attack on the post in San Ramon. The fighting lasted two hours."), not a report
    grouped first because it had a day of its own ("The post in Soyapango was also attacked
    on 30 July", told further on)."""
    told = [
        g
        for g in groups
        if not g.background
        and g.hits
        and _family(g.sub_type) == _family(hit.sub_type)
        and not any(h.apart for h in g.hits)
    ]
    return min(told, key=lambda g: min(h.token.i for h in g.hits), default=None)


def _main_news(groups: list[_Group], passed: frozenset[str] = NON_VIOLENT) -> _Group | None:
    """The first news report in the article, of those not told apart, whose sub-type is not
    ``passed``: by default the first report of violence; with ``SCENES``, the first incident
    people may be arrested at (a protest, peaceful or not, too)."""
    return min(
        (
            g
            for g in groups
            if not g.background and g.sub_type not in passed and not any(h.apart for h in g.hits)
        ),
        key=_told_at,
        default=None,
    )


def _told_at(group: _Group) -> tuple[bool, bool, int, int]:
    """Reports with a day of their own first, then where the text first tells them (groups
    are built dated hits first, but what was done along the way last); one told as another
    ("the post in Soyapango was also attacked on 30 July") after the rest."""
    first = min(((h.sentence, h.token.i) for h in group.hits), default=(1 << 30, 0))
    another = bool(group.hits) and all(_also(h.token) for h in group.hits)
    return (all(h.date is None for h in group.hits), another, *first)


SCENES = frozenset({"Agreement", "Arrests", "Other"})


def _in_an_operation(token: Token) -> bool:
    """ "Arrested more than 200 people in raids in Dhaka": arrests of an operation of their
    own."""
    # the parser may hang the raids on the people arrested
    heads = [token, *(c for c in token.children if c.dep_ in {"dobj", "nsubjpass"})]
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "during"}
        and any(p.lemma_.lower() in _OPERATIONS for p in c.children)
        for head in heads
        for c in head.children
    )


_OPERATIONS = frozenset("raid operation crackdown sweep search swoop".split())


def _toll_so_far(token: Token) -> bool:
    """ "The fighting has killed more than 6,000 people": fighting that has a toll up to
    now is the whole of it, not the day's."""
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and _definite(token)
        and verb.lemma_.lower() in lexicon.KILL_VERBS
        and _perfect(verb)
    )


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
        if prep.lower_ == "since" and any(_a_year(p) for p in prep.children):
            return True  # "the OLA has fought the federal government since 2018"
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        counted = head.head
        # "weeks of fighting" is a situation; "a day of heavy fighting" is one day's
        one_day = counted.lemma_.lower() == "day" and counted.tag_ == "NN"
        return counted.lemma_.lower() in spans and not one_day
    return False


def _a_record(token: Token) -> bool:
    """ "The ELN, which has staged several dynamite attacks against oil installations": many
    incidents a group has carried out so far, its record, no incident of the news."""
    many = {c.lower_ for c in token.children if c.dep_ in {"amod", "det"}}
    return (
        token.tag_ == "NNS"
        and token.dep_ in {"dobj", "nsubjpass"}
        and _perfect(token)
        and bool(many & {"several", "many", "numerous", "various", "countless", "repeated"})
    )


def _a_year(token: Token) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", token.text))


def _inherited(main: DateSpan | None, published: date | None) -> DateSpan:
    if main is None:
        return dates.week_before(published)
    return replace(main, basis=f"same day as the main event ({main.basis})")


def _lead_violence(groups: list[_Group]) -> _Group | None:
    """The news of violence told first: where a figure with no incident of its own goes
    ("Six people are now confirmed dead", above the entry that tells of the strike)."""
    violent = [
        g
        for g in groups
        if not g.background
        and g.hits
        and g.sub_type not in NON_VIOLENT | SUBSUMED | FOLLOW_UPS
        and g.sub_type != "Disrupted weapons use"
    ]
    return min(violent, key=lambda g: min(h.token.i for h in g.hits), default=None)


def _join(group: _Group, hit: _Hit) -> None:
    group.hits.append(hit)
    group.sentences.add(hit.sentence)
    hit.group = group
    # "fired on the post with mortars", told of a clash already reported, is that clash
    told_again = hit.token.lemma_.lower() == "fire" and len(group.hits) > 1
    if told_again and group.sub_type != "Other":
        return
    # "the attack" says less than "ambushed": a generic word never retypes a report a
    # specific one typed, and a specific one retypes a report only generic words made
    generic = _plain(hit)
    before = [h for h in group.hits if h is not hit]
    only_generic = bool(before) and all(_plain(h) for h in before)
    # a seizure or a move of forces types only what was typed as nothing ("in the first
    # incident, ... rifles were seized")
    if (_subsumed(hit) and group.sub_type != "Other") or (generic and before and not only_generic):
        return
    if before and any(_used_in(hit, h) for h in before if h.sentence == hit.sentence):
        return  # the weapons an assault was made with do not make it a strike
    if before and _told_dead(hit.token):
        return  # "four of the people killed by Venezuelan troops were farm workers"
    if (_heard(hit.token) or hit.sub_type == "Arrests") and before:
        # the explosions witnesses heard, or the arrests made at a riot, do not retype it
        return
    if any(_fought_between(h.token) and h.sentence != hit.sentence for h in before):
        # "an armed clash between the Honduran and Salvadoran armies ... an aircraft firing
        # rockets": a battle told as one, whatever arms it is later told fought with
        return
    # "the killing of the attorney general ... was killed when a bomb exploded": a killing
    # says who died, the bomb how (ACLED types the event by its means)
    killed_by = eval_type(hit.sub_type) == "suicide_or_bomb_attack" and all(
        h.sub_type == "Attack" and h.token.lemma_.lower() in _KILLING_WORDS for h in before
    )
    if (only_generic and not generic) or killed_by or _rank(hit.sub_type) > _rank(group.sub_type):
        group.sub_type = hit.sub_type


def _fought_between(token: Token) -> bool:
    """A fight told with the two sides it was between ("an armed clash between the Honduran
    and Salvadoran armies", "fighting between the army and the rebels")."""
    return token.lemma_.lower() in _BATTLE_WORDS and any(
        c.dep_ == "prep" and c.lower_ == "between" for c in token.children
    )


_BATTLE_WORDS = frozenset(
    {"clash", "battle", "fighting", "fight", "firefight", "gunfight", "skirmish", "shootout"}
)
PLAIN_TYPES = frozenset({"Attack", "Armed clash", "Other"})
_KILLING_WORDS = lexicon.KILL_VERBS | _KILLING_NOUNS
_ABDUCTION = "Abduction/forced disappearance"


def _plain(hit: _Hit) -> bool:
    """A generic word with nothing that types it ("the attack", not "dynamite attacks")."""
    return hit.token.lemma_.lower() in lexicon.GENERIC and hit.sub_type in PLAIN_TYPES


def _told_dead(token: Token) -> bool:
    """ "The people killed by troops": a participle that points back at the dead the report
    told, rather than telling how they died."""
    head = token.head
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "those"} for c in head.children)
    return token.dep_ == "acl" and token.tag_ == "VBN" and head.pos_ == "NOUN" and definite


def _rank(sub_type: str) -> int:
    """More specific sub-types win when triggers of one report disagree; of a demonstration,
    the gravest thing that happened at it (ACLED codes one event per demonstration)."""
    if sub_type in DEMONSTRATION:
        return 2 + DEMONSTRATION.index(sub_type)
    if sub_type in SUBSUMED:
        return 0  # "the car bomb attack which destroyed the building": the bombing's
    return {"Other": 0, "Armed clash": 1}.get(sub_type, 2)


# Force against demonstrators who riot is part of the riot: ACLED keeps "excessive force
# against protesters" for peaceful ones.
DEMONSTRATION = (
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    "Mob violence",
    "Violent demonstration",
)


def _family(sub_type: str) -> str:
    """What triggers must share to make one report: the eval type, with protests and riots
    together (a protest that turned violent is one event)."""
    kind = eval_type(sub_type)
    return "demonstration" if kind in {"protest", "riot"} else kind


def _used_in(hit: _Hit, parent: _Hit) -> bool:
    """The hit names a weapon the parent trigger was done with ("with ... drones")."""
    word = hit.token
    while word.head.i != word.i and word.head.i != parent.token.i:
        word = word.head
    return word.dep_ == "prep" and word.lower_ in {"with", "using"}


def _struck_at(hit: _Hit, hits: list[_Hit]) -> _Group | None:
    """The report of the violence a demonstration was the scene of: "explosions ripped
    through a crowd at a rally", "a bomb went off during a march"."""
    token = hit.token
    if hit.sub_type not in DEMONSTRATION or token.dep_ != "pobj":
        return None
    if token.head.lower_ not in {"at", "during"}:
        return None
    above = {t.i for t in token.ancestors}
    return next(
        (
            h.group
            for h in hits
            if h.sentence == hit.sentence
            and h.group is not None
            and h.sub_type not in DEMONSTRATION
            and eval_type(h.sub_type) not in {"protest", "riot"}
            and (h.token.i in above or (h.token.dep_ == "nsubj" and h.token.head.i in above))
        ),
        None,
    )


def _told_alongside(token: Token) -> bool:
    """A word of a second statement hung on the sentence's news: "kidnapped a chief on
    Tuesday, a local official said, as the army announced it had killed seven rebels"."""
    return any(_second_statement(t) for t in token.ancestors)


def _second_statement(verb: Token) -> bool:
    """ "As the army announced ...", "while police said ...": a reporting verb hung on
    another clause."""
    return (
        verb.lemma_.lower() in cl.REPORTING
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in {"as", "while"} for c in verb.children)
    )


def _enclosing_hit(hit: _Hit, hits: list[_Hit]) -> _Hit | None:
    """The trigger whose clause the hit is in, not above a second statement hung on it
    ("kidnapped a chief ..., as the army announced it had killed seven rebels in a raid")."""
    ancestors: set[int] = set()
    for t in hit.token.ancestors:
        if _second_statement(t):
            break
        ancestors.add(t.i)
    inside = [h for h in hits if h.sentence == hit.sentence and h.token.i in ancestors]
    return min(inside, key=lambda h: _tree_distance(hit.token, h.token), default=None)


def _taken_in(verb: Token, group: _Group, told: list[_Hit]) -> bool:
    """ "Three suspects were arrested and rifles ... were seized": an arrest the report of a
    clash took in as its own, of the men it fought; not one told on a day of its own, nor
    the one the fighting broke out over ("after one of the brigade's members was
    detained")."""
    if group.sub_type != "Armed clash":
        return False
    hit = next((h for h in told if h.token.i == verb.i and h.group is group), None)
    if hit is None or _arrest_before_or_after(verb):
        return False
    return hit.date is None or hit.date.label == group.date.label


def _arrest_before_or_after(verb: Token) -> bool:
    """ "after one of its members was detained", "after police arrested him": an arrest in a
    clause of time (not "after the exchange detained four suspects", the parser's misreading
    of "reached the area after the exchange")."""
    if not any(c.dep_ == "mark" and c.lower_ in _BEFORE_AFTER for c in verb.children):
        return False
    return any(
        c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and cl.group_kind(c) is not ActorKind.UNKNOWN)
        for c in verb.children
    )


_BEFORE_AFTER = frozenset({"after", "before", "since", "until"})


def _group_for(
    token: Token,
    sentence: int,
    hits: list[_Hit],
    main: _Group | None,
    *,
    violent: bool = False,
    hurt: bool = False,
    bloodshed: bool = False,
) -> _Group | None:
    """The report a claim in this sentence belongs to.

    A trigger the claim governs or is governed by ("killed in the war") wins; otherwise the
    nearest news trigger of the sentence, then any trigger, then the article's main news.
    With ``violent``, never an agreement; with ``hurt`` (a figure of dead or wounded), never
    an arrest or an agreement the figure is not tied to; with ``bloodshed`` (some dead or
    wounded, not "no injuries"), never a development nobody is hurt in, told before.
    """
    same = [h for h in hits if h.sentence == sentence and h.group is not None]
    if violent:
        same = [h for h in same if h.sub_type != "Agreement"]
    related = [
        h
        for h in same
        if h.token.i == token.i or _governs(token, h.token) or _governs(h.token, token)
    ]
    if hurt:
        # "officers recovered 17 bodies, and five suspects were arrested": the dead are not
        # the arrest's, unless the sentence ties them to it
        same = [h for h in same if h.group and h.group.sub_type not in {"Arrests", "Agreement"}]
        # "said it had lost no fighters and accused the army of shelling villages": the
        # shelling it blames is not where its losses were
        same = [h for h in same if not _blamed_apart(h.token, token)]
        related = [h for h in related if not _blamed_apart(h.token, token)]
    news = [h for h in same if not h.background]
    # "struck ... after four soldiers were killed in a clash": the clash they died in
    died_in = [h for h in related if _done_in(h.token, token)]
    for pool in (died_in, related, news, same):
        if pool:
            # of two as near, the one inside the figure's own clause ("ELN abducts five
            # soldiers; fighting in Catatumbo kills six": the fighting's)
            return min(
                pool,
                key=lambda h: (
                    _tree_distance(token, h.token),
                    not _governs(token, h.token),
                    h.token.dep_ != "nsubj",
                ),
            ).group
    recent = [
        h
        for h in hits
        if sentence - 2 <= h.sentence < sentence
        and h.group is not None
        and not h.background
        and h.group.sub_type not in NON_VIOLENT
        and not (bloodshed and h.group.sub_type in BLOODLESS)
    ]
    if recent:
        return max(recent, key=lambda h: h.token.i).group
    if bloodshed and main is not None and main.sub_type in BLOODLESS:
        # "the operation in which Rodriguez Gacha, his son and 15 others were killed", in a
        # text whose only report is of the weapons found: the dead are of a deadly
        # incident the text names no word for, not of the seizure
        return None
    return main


def _blamed_apart(hit: Token, figure: Token) -> bool:
    """The hit is what someone is accused of ("accused the army of shelling") in a clause
    the figure is not part of."""
    return any(
        a.lemma_.lower() in lexicon.BLAME_VERBS and not _governs(a, figure) for a in hit.ancestors
    )


def _governs(head: Token, token: Token) -> bool:
    return any(t.i == head.i for t in token.ancestors)


def _mention(token_or_span: Any) -> Mention:
    """A Mention with the article's own text (the parser may have seen it truecased)."""
    span = token_or_span if hasattr(token_or_span, "start_char") else None
    if span is None:
        doc = token_or_span.doc
        span = doc[token_or_span.i : token_or_span.i + 1]
    text, sentence_of = _text_and_sentences(span.doc)
    first, last = sentence_of[span.start]
    sentence = text[first:last].strip()
    return Mention(span.start_char, span.end_char, sentence, text[span.start_char : span.end_char])


def _text_and_sentences(doc: Any) -> tuple[str, list[tuple[int, int]]]:
    """The article's text and, per token, the characters of its sentence; worked out once
    per document (a mention is asked for thousands of times)."""
    memo = doc.user_data
    if "sentence_of" not in memo:
        bounds: list[tuple[int, int]] = []
        for sentence in doc.sents:
            bounds += [(sentence.start_char, sentence.end_char)] * len(sentence)
        memo["sentence_of"] = bounds
    return _article_text(doc), memo["sentence_of"]


def _read_claims(
    sentences: list[Span],
    skip: set[int],
    title: set[int],
    hits: list[_Hit],
    groups: list[_Group],
    main: _Group | None,
    book: ActorBook,
    article: Article,
    entry: list[int],
) -> None:
    history: list[cl.Speaker] = []
    previous: Claim | None = None
    previous_index = -1
    outlet = cl.Speaker(article.outlet or "the report", None, ActorKind.OUTLET)
    headline: list[tuple[_Group, Claim]] = []
    triggered = {h.sentence for h in hits}
    placed: dict[int, _Group] = {}  # sentence -> the report its last figure went to
    for index, sentence in enumerate(sentences):
        if index in skip:
            continue
        if index and entry[index] != entry[index - 1]:
            # a live blog's new entry: "the regional governor" is not the last entry's
            history, previous = [], None
        told = [h for h in hits if h.entry == entry[index]]
        figures = list(cl.figures(sentence))
        own_trigger = index in triggered
        # the dead of a crash or a quake told in a sentence of their own belong to no event
        if figures and not own_trigger and _disaster_told(sentence):
            figures = []
        days = None if own_trigger or not figures else _days(sentence, article)
        if not own_trigger and not figures:
            # "Four soldiers were killed in a clash ... The soldiers were killed late on
            # Friday": the day of the figure told before
            told_of = _told_again(sentence, groups)
            if told_of is not None:
                days = _days(sentence, article)
                _dates_undated(told_of, days, article.published, over_inherited=True)
                days = None
        told_before = _background_before(index, hits, placed) if not own_trigger else None
        for figure in figures:
            hurt = figure.outcome in {Outcome.KILLED, Outcome.WOUNDED}
            group = _group_for(
                figure.token, index, told, main, hurt=hurt, bloodshed=hurt and figure.low != 0
            )
            if not own_trigger and group is not None:
                group = _counted_before(figure, groups) or group
            if entry[index] and group is not None and entry[index] not in _entries_of(group):
                # "Kharkiv: five dead, 21 wounded", the heading of an entry that goes on to
                # tell the strike: that strike's, not the article's first news
                below = [h for h in told if h.sentence > index and h.group and not h.background]
                group = min(below, key=lambda h: h.sentence).group if below else group
            if entry[index] and not told:
                # an entry of a live blog that only updates a toll ("the number of wounded
                # has risen to 19"): the report of the place it names, in another entry
                # or, when the sentence names none ("Six people are now confirmed dead"),
                # the place its entry names
                in_entry = [s for i, s in enumerate(sentences) if entry[i] == entry[index]]
                group = (
                    _of_the_place_named(list(sentence), groups, sentences)
                    or _of_the_place_named([t for s in in_entry for t in s], groups, sentences)
                    or group
                )
            cumulative = _cumulative(figure.token, article.published) or (
                group is not None and _grievance(figure.token, group)
            )
            news_told = own_trigger and group is not None and not group.background
            remembered = past_clause(figure.token) if news_told else None
            if cumulative and (group is None or not group.background):
                group = _past_context(groups, group)
            elif remembered is not None and group is not None:
                # "marched on Monday to honour two brothers who were killed in 2019": the
                # dead of the past the news remembers, none of its own
                group = _remembered_dead(groups, group, remembered, article)
            elif told_before is not None and (
                _perfect(figure.token)
                or figure.low == 0
                or (not days and _pluperfect_toll(figure.token))
                # the dead told after past context are not those of an agreement or arrest
                or (hurt and group is not None and _not_tied(group, index))
                # "Relatives said they buried 47 bodies the following day", after sentences
                # that tell only an earlier massacre: its toll, not the news's
                or (
                    not days
                    and group is not None
                    and not group.background
                    # "... when 12 Palestinians were killed. An Israeli soldier was also
                    # killed": one more of the dead counted just before
                    and (not _also(figure.token) or placed.get(index - 1) is told_before)
                )
            ):
                # "The war began in April 2023. It has killed more than 15,000 people": a
                # running total that goes on from the past told just before; "No casualties
                # were reported" after an earlier incident is of that incident
                group = told_before
            elif group is not None and days and (taken_on := _taken_apart(figure, days, group)):
                # "On 4 January, Lucia Romero ... were captured at the bus station by army
                # troops", below a murder of 31 January: people taken on a day of their own
                # are an abduction of that day, not the murder's captured
                group = _abduction_on(taken_on, figure, group, groups)
            elif group is not None and days and (earlier_day := _earlier_than(days, group)):
                # "A strike on the city's centre on December 30 killed 25 people": a toll
                # of an earlier day, in a sentence with no trigger of its own
                # "the hospital had received 14 bodies by Monday night": the toll of
                # Monday's incident, when the article told one
                group = next(
                    (
                        g
                        for g in groups
                        if not g.background
                        and g.sub_type not in NON_VIOLENT
                        and g.date.label == earlier_day.label
                    ),
                    None,
                ) or _found_or_made(groups, group.sub_type, True, earlier_day)
            elif group is not None and days:
                _dates_undated(group, days, article.published)
            if figure.outcome is Outcome.KILLED and (group is None or index not in group.sentences):
                # "the violence that killed Attorney General Garcia": the killing of Garcia
                # the text told, not the incident told last before it
                group = _killing_of(figure, groups) or group
            if hurt and group is not None and (held_by := _held_for(figure.token)):
                # "the arrest of 45 soldiers for killing 6 clergymen ... on 16 November":
                # the dead of the deed they are held for, not of the arrest
                group = _deed_held_for(figure, held_by, sentence, article, group, groups)
            fighters = cl.group_kind(figure.group) in ARMED_KINDS
            if figure.arrest and (
                group is None
                or (
                    eval_type(group.sub_type) not in _HELD
                    and not fighters
                    and not _taken_in(figure.token, group, told)
                )
            ):
                # the people an arrest operation, a protest or a riot held are its captured,
                # and the fighters a clash left in its enemy's hands; arrests told beside a
                # strike or a clash are an operation of their own
                continue
            if group is None and _mishap(sentence):
                continue
            if group is None and _sought(figure.token):
                group = _sought_incident(figure, groups, sentences)
            if group is None:
                group = main = _implicit_group(figure, sentence, article, groups)
            speaker, verb = cl.speaker_of(figure.token, book)
            speaker = cl.resolve(speaker, history)
            # another speaker's figure in a sentence of its own ("ISKP said it had killed or
            # wounded dozens", after a hospital's count of patients) is no count of the side
            # told before
            retold = (
                speaker is not None
                and index != previous_index
                and previous is not None
                and speaker.text != previous.speaker
            )
            if (
                figure.elliptic
                and previous is not None
                and not (retold and figure.low != previous.low)
            ):
                claim = replace(
                    previous,
                    outcome=figure.outcome,
                    low=figure.low,
                    high=figure.high,
                    qualifier=figure.qualifier,
                    mention=_mention(figure.token),
                    earlier=previous.earlier or _earlier(verb),
                )
                if speaker is not None and index != previous_index:
                    # "Toll rises to 31" (the headline), then "has risen to 31, the state
                    # government said": the side told before, the speaker of this sentence
                    claim = replace(
                        claim,
                        speaker=speaker.text,
                        speaker_country=speaker.country,
                        speaker_kind=speaker.kind,
                    )
            else:
                claim = _casualty(
                    figure, speaker or outlet, book, earlier=figure.earlier or _earlier(verb)
                )
            if not figure.part:
                previous, previous_index = claim, index
            if speaker is not None:
                history.append(speaker)
            if index in title or figure.aside:
                # a headline's figure, or a victim told in passing, counts only where the
                # text gives no figure of that outcome itself
                headline.append((group, claim))
            else:
                claim = _comrades(_more_of_the_same(claim, figure, group), figure, group)
                _add_claim(group, claim, index)
                placed[index] = group
        for blame, reciprocal in _blames(sentence, book, history):
            group = _group_for(blame.mention_token, index, told, main, violent=True)
            if group is None:
                continue
            if reciprocal:
                group.reciprocal_blame.append(sentence)
            else:
                _add_claim(group, blame.claim, index)
            if blame.speaker is not None:
                history.append(blame.speaker)
        # who spoke the sentence; a root "said" is asked about from the sentence's first word
        root = sentence.root
        asked = sentence[0] if root.lemma_.lower() in cl.REPORTING else root
        speaker, _ = cl.speaker_of(asked, book)
        if speaker is not None:
            # "an army spokesman said" is the latest speaker; "he" after it is the spokesman
            history.append(cl.resolve(speaker, history) or speaker)
    for group, claim in headline:
        if not any(c.outcome == claim.outcome for c in group.claims):
            _add_claim(group, claim, 0)
    for group in groups:
        group.claims = _without_breakdowns(group.claims)


def _counted_before(figure: cl.Figure, groups: list[_Group]) -> _Group | None:
    """The one news report that already counts this toll ("left at least 27 people dead and
    more than 60 injured", then "partners report at least 27 people killed and more than 60
    injured during this period"): a sentence with no trigger of its own tells it again."""
    if figure.outcome is None or figure.low is None or figure.low < 2 or figure.group is None:
        return None
    # the same people: "two soldiers were killed" is not "two children were killed"
    people = figure.group.lemma_.lower().rstrip("s")
    found = [
        g
        for g in groups
        if not g.background
        and any(
            c.kind is ClaimKind.CASUALTIES
            and c.outcome is figure.outcome
            and (c.low, c.high) == (figure.low, figure.high)
            and [w.lower().rstrip("s") for w in c.subject.split()[-1:]] == [people]
            for c in g.claims
        )
    ]
    return found[0] if len(found) == 1 else None


def _background_before(index: int, hits: list[_Hit], placed: dict[int, _Group]) -> _Group | None:
    """The past-context report the sentence before told of, if that is all it told of."""
    before = [h.group for h in hits if h.sentence == index - 1 and h.group is not None]
    if index - 1 in placed:
        before.append(placed[index - 1])
    if before and all(g.background for g in before):
        return before[-1]
    return None


def _of_the_place_named(
    sentence: list[Token], groups: list[_Group], sentences: list[Span]
) -> _Group | None:
    """The one news report whose sentences share a name with this sentence: the place, or
    the official who gave the first toll ("Update from Mukachevo: ..., governor Biletskyi
    says")."""
    named = {t.lower_ for t in sentence if t.pos_ == "PROPN"}
    found = [
        g
        for g in groups
        if not g.background
        and named & {t.lower_ for n in g.sentences for t in sentences[n] if t.pos_ == "PROPN"}
    ]
    return found[0] if len(found) == 1 else None


def _also(token: Token) -> bool:
    """ "A woman who lived next to the station was also killed": one more victim of the
    incident the article is telling, not of the past told just before."""
    verb = next((t for t in [token, *token.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(
        c.dep_ == "advmod" and c.lower_ in {"also", "too"} for c in verb.children
    )


def _not_tied(group: _Group, index: int) -> bool:
    """An agreement or arrest that no sentence up to this one told: the main news a figure
    with no incident of its own would fall back on."""
    return group.sub_type in {"Agreement", "Arrests"} and not any(
        index - 1 <= n <= index for n in group.sentences
    )


def _pluperfect_toll(token: Token) -> bool:
    """ "(The movement denied responsibility and) said eight people had died": a toll told as
    what came before, after a sentence of past context."""
    verb = token if token.pos_ == "VERB" else token.head
    return _pluperfect(verb)


def _perfect(token: Token) -> bool:
    """ "Has killed", "have been killed": a total up to now, not a deed of one day."""
    verb = token if token.pos_ == "VERB" else token.head
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and bool(auxes & {"has", "have", "'ve", "'s"})


def _cumulative(token: Token, published: date | None = None) -> bool:
    """ "More than 2,000 have been killed since the fighting began": a running total. A
    toll since one of the last ``RECENT_DAYS`` days ("has killed 60 people since Thursday",
    told on Monday) is the toll of the news itself."""
    verb = token if token.pos_ == "VERB" else token.head
    # "have killed or injured about 70 people in the past year": the period may hang on
    # the second verb
    over = any(_over_a_period(v) for v in (verb, *(c for c in verb.children if c.dep_ == "conj")))
    if (_perfect(token) and _across(verb)) or over or _over_days(verb):
        # "more than 900 have been killed in the territory", "3,600 were killed in gang
        # violence in the first six months of the year": totals
        return True
    # "250 have been killed and 60,000 displaced since then": a "since" of the conjunct
    # counts for the whole toll
    joined = [c for c in verb.children if c.dep_ == "conj"]
    joined += [a for c in joined for a in c.children if a.dep_ == "acl"]
    for child in [c for v in (verb, *joined) for c in v.children]:
        if child.dep_ == "advcl" and any(c.lower_ == "since" for c in child.children):
            return True
        if child.lower_ == "since":
            text = " ".join(t.text for t in child.subtree)
            span = dates.resolve(text, published)
            recent = (
                span.precision is DatePrecision.DAY
                and span.start is not None
                and published is not None
                and published - timedelta(days=RECENT_DAYS) <= span.start < published
            )
            return not recent
    return False


_PERIODS = frozenset("week month year decade half quarter period".split())


def _over_days(verb: Token) -> bool:
    """ "Israeli strikes killed three people on Tuesday and Wednesday": a toll of the
    incidents of two days, which the report goes on to tell one by one."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for day in prep.children:
            days = [day, *(c for c in day.children if c.dep_ == "conj")]
            if len(days) > 1 and all(d.lower_ in dates.WEEKDAYS for d in days):
                return True
    return False


def _over_a_period(verb: Token) -> bool:
    """A toll told over weeks or months ("in the first six months of the year", "over the
    past two weeks", "during the year")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "during", "over", "throughout"}:
            continue
        for period in prep.children:
            counted = {c.lower_ for c in period.children if c.dep_ in {"nummod", "amod"}}
            if period.lemma_.lower() == "day" and _several(period):
                return True  # "1,000 dead in the past 7 days": a toll of many days
            if period.lemma_.lower() in _PERIODS and (
                counted or period.tag_ == "NNS" or prep.lower_ in {"during", "throughout"}
            ):
                return period.lemma_.lower() != "year" or bool(counted)
    return False


def _several(days: Token) -> bool:
    """Whether days counted back from the news are three or more ("the past 7 days", "the
    last few days"; not "the second attack in three days")."""
    counted = [c for c in days.children if c.dep_ in {"nummod", "amod"}]
    back = any(c.lower_ in {"past", "last", "previous"} for c in counted)
    return back and any(
        c.lower_ in {"few", "several"}
        or ((value := cl.number_value(c)) is not None and (value[0] or 0) >= 3)
        for c in counted
    )


_WIDE = frozenset("territory country region province state nation".split())


def _across(verb: Token) -> bool:
    """A toll told over a whole land ("killed in the territory", "across the country"), not
    at the place of one incident."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in {"in", "across", "throughout"}
        and any(p.lemma_.lower() in _WIDE and p.ent_type_ == "" for p in prep.children)
        for prep in verb.children
    )


def _days(sentence: Span, article: Article) -> list[tuple[DateSpan, bool]]:
    """The dates a sentence gives, each with whether it dates a telling ("said on Friday")."""
    return [
        (span, _told_on(root)) for root, _, span in _date_expressions(sentence, article.published)
    ]


def _ranked_over(root: Token) -> bool:
    """A date inside an ordinal set beside an incident ("the bomb attack, the 41st in Bogota
    during this month"): the period the incidents are counted over, not the day of this
    one."""
    for word in root.ancestors:
        if word.pos_ in {"VERB", "AUX"}:
            return False
        if word.dep_ == "appos" and word.ent_type_ == "ORDINAL":
            return True
    return False


def _compared(token: Token) -> bool:
    """A trigger ranked against others ("the deadliest attack", "the worst fighting")."""
    return token.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.tag_ == "JJS" for c in token.children
    )


def _now(span: DateSpan, published: date | None) -> bool:
    """A period that runs up to the day of publication ("this year", "this month")."""
    return (
        published is not None
        and span.precision in {DatePrecision.MONTH, DatePrecision.YEAR}
        and span.start is not None
        and span.end is not None
        and span.start <= published <= span.end
    )


# What a date may say was issued rather than happened: "in a statement on Wednesday", "a
# presidency statement issued on Monday".
_STATEMENTS = frozenset(
    "statement communique communiqué report briefing conference interview release issue".split()
)
# What is issued to say something: "issued a warning", "a communique was issued".
_SAID_IN = frozenset("warning appeal call denial note message bulletin".split())

# Verbs that own up to what others did or hid: "On 7 January, Cristiani acknowledged that
# soldiers killed the Jesuits" tells the day he owned up, not the day of the killing.
_OWNED_UP = frozenset("acknowledge admit concede disclose reveal".split())


def _told_on(root: Token) -> bool:
    """A date that says when something was said: "the ministry said on Wednesday", "in a
    statement on Wednesday", "claimed responsibility on Wednesday", "JNIM claimed the attack
    on Wednesday" (an attack told before, claimed that day)."""
    phrase = root.head if root.dep_ in {"compound", "nmod"} else root
    by_then = phrase.lemma_.lower() in {"end", "close", "middle"}  # "by the end of 2021"
    if phrase.head.dep_ == "prep" and phrase.head.lower_ == "by" and not by_then:
        return True  # "had received 23 wounded by Thursday morning": the day of a count
    # "on Monday evening" hangs on the evening
    anchor = phrase.head.head if phrase.head.dep_ == "prep" else phrase.head
    if _reported_happening(anchor) or _of_what_was_told(root, anchor):
        return False
    # "in a statement read on state television on Monday evening": the day it was read
    voiced = anchor.dep_ == "acl" and anchor.head.lemma_.lower() in _STATEMENTS
    if _as_told_before(anchor, root):
        return False
    # "on 10 March alleged Shining Path members murdered four", parsed with the day on
    # "alleged": a word that qualifies people tells nothing
    told = anchor.lemma_.lower() in cl.REPORTING | _STATEMENTS | lexicon.DENY_VERBS | _OWNED_UP
    if anchor.lemma_.lower() == "issue" and anchor.pos_ == "VERB":
        # "issued a statement on Monday" tells when it was said; "the decrees were issued on
        # 18 August, the same day Senator Galan was assassinated" dates the decrees
        issued = [c for c in anchor.children if c.dep_ in {"dobj", "nsubjpass"}]
        told = any(c.lemma_.lower() in _STATEMENTS | _SAID_IN for c in issued)
    return (
        (told and anchor.dep_ != "amod")
        or anchor.lemma_.lower() == "responsibility"
        or voiced
        or _claimed(anchor)
        or cl.toll_moved(anchor)  # the day of a count, not of the incident it counts
        or _gave_an_account(anchor)
    )


def _as_told_before(verb: Token, root: Token) -> bool:
    """ "As Izvestiya has already reported, on 5 July a bus was blown up": a day after the
    aside, which the parser may hang on its verb, opens what the sentence tells."""
    return (
        verb.lemma_.lower() in cl.REPORTING
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and verb.i < root.i
        and any(t.text == "," for t in verb.doc[verb.i : root.i])
    )


_ACCOUNTS = frozenset("account figure toll version detail tally update".split())


def _gave_an_account(verb: Token) -> bool:
    """ "The army and the RSF gave sharply different accounts on Friday of a day of heavy
    fighting": the day of the accounts, not of the fighting; "the police had on Monday put
    the number of dead at 17": the day of that count."""
    givers = {"give", "provide", "release", "publish", "offer", "put", "place", "estimate"}
    return verb.lemma_.lower() in givers and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _ACCOUNTS | {"number"} for c in verb.children
    )


def _of_what_was_told(root: Token, verb: Token) -> bool:
    """ "Six gunmen were killed in a shootout on Wednesday, the ministry said": a date
    between what was told and who told it is of what was told, whatever the parser hangs
    it on ("the ministry said on Wednesday" is the day of the telling). So is a date that
    opens what was told: "it was reported that on 6 April at 0230 guerrillas attacked"."""
    if root.i < verb.i and any(c.dep_ == "ccomp" and c.i < root.i for c in verb.children):
        return True
    doc = root.doc
    start = root.left_edge.i
    if root.head.dep_ == "prep" and root.head.i < start:
        start = root.head.i  # "on 6 April"
    opens = doc[start - 1] if start > 0 else None
    return bool(
        opens is not None
        and opens.lower_ == "that"
        and verb.i < opens.i
        and any(t.lemma_.lower() in cl.REPORTING for t in doc[verb.i : opens.i])
    )


def _reported_happening(verb: Token) -> bool:
    """ "Aerial bombardments were reported in Ulang on 10 March": an incident that is the
    subject of a passive "reported" happened on the day told, not only was told of then; so
    did a ceasefire announced or declared."""
    if verb.lemma_.lower() in {"announce", "declare"}:
        # "the council announced a ceasefire on Tuesday", "a ceasefire announced on
        # Wednesday": an agreement made by saying it
        told = [c for c in verb.children if c.dep_ == "dobj"]
        told += [verb.head] if verb.dep_ == "acl" else []
        # "announced a ceasefire agreed under ...", parsed as a clause
        told += [
            s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"
        ]
        return any(trigger_type(c) == "Agreement" for c in told)
    return verb.lemma_.lower() == "report" and any(
        c.dep_ == "nsubjpass" and trigger_type(c) is not None for c in verb.children
    )


_OWNING = frozenset({"claim", "deny", "condemn"})


def _claiming(token: Token) -> bool:
    """A trigger told inside a claim of responsibility ("al-Shabab claimed responsibility,
    saying its fighters had killed 30 soldiers"), not in the claim's own words."""
    return token.dep_ != "ROOT" and any(
        t.lemma_.lower() == "responsibility"
        and t.head.lemma_.lower() in {"claim", "take", "accept"}
        and t.head.i < token.i
        for t in token.sent
    )


def _claimed(noun: Token) -> bool:
    """ "Claimed the attack", "denied the attack": an incident told before, owned or
    disowned."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _OWNING and _definite(noun)


def _told_again(sentence: Span, groups: list[_Group]) -> _Group | None:
    """The report whose figure a definite subject of a casualty verb takes up again ("the
    soldiers were killed late on Friday", after "four soldiers were killed")."""
    for token in sentence:
        if token.pos_ != "VERB" or cl.outcome_of(token) not in {Outcome.KILLED, Outcome.WOUNDED}:
            continue
        for subject in token.children:
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            if subject.dep_ != "nsubjpass" or not definite:
                continue
            lemma = subject.lemma_.lower()
            return next(
                (
                    g
                    for g in groups
                    if not g.background
                    and any(
                        c.subject and c.subject.split()[-1].lower().rstrip("s") == lemma.rstrip("s")
                        for c in g.claims
                    )
                ),
                None,
            )
    return None


def _dates_undated(
    group: _Group,
    days: list[tuple[DateSpan, bool]],
    published: date | None,
    *,
    over_inherited: bool = False,
) -> None:
    """ "Three people were killed on Friday. A car bomb exploded ...": the day a toll gives,
    in a sentence with no trigger, dates the news report it joins when none of its own
    triggers had one, nor the news it follows; with ``over_inherited``, even the day taken
    from the main news (the sentence names that report's own dead again)."""
    inherited = over_inherited and group.date.basis.startswith("same day as the main event")
    if group.background or (group.date.precision is DatePrecision.DAY and not inherited):
        return
    if any(h.date is not None for h in group.hits):
        return
    day = next((d for d, told in days if d.precision is DatePrecision.DAY and not told), None)
    if day is None or day.start is None or (published is not None and day.start > published):
        return
    group.date = day


def _earlier_than(days: list[tuple[DateSpan, bool]], group: _Group) -> DateSpan | None:
    """The first of a sentence's dates that ends before the news report it would join: what
    a sentence with no trigger of its own tells of an earlier day."""
    start = group.date.start
    if group.background or start is None:
        return None
    return next((d for d, _ in days if d.end is not None and d.end < start), None)


# Words of holding or trying people for a deed ("arrested for killing").
_HELD_FOR = cl.ARREST_VERBS | frozenset(
    "arrest detention charge convict conviction sentence indict prosecute jail imprison try "
    "trial accuse".split()
)


def _held_for(token: Token) -> Token | None:
    """ "The arrest of 45 soldiers for killing 6 clergymen", "charged for murdering two
    guards": the word of holding or trying people for the deed told."""
    if token.dep_ != "pcomp" or token.head.lower_ != "for":
        return None
    for up, ancestor in enumerate(token.head.ancestors):
        if up == 4:
            return None
        if ancestor.lemma_.lower() in _HELD_FOR:
            return ancestor
        if ancestor.pos_ == "VERB":
            return None
    return None


def _deed_held_for(
    figure: cl.Figure,
    held_by: Token,
    sentence: Span,
    article: Article,
    held: _Group,
    groups: list[_Group],
) -> _Group:
    """The killing people are held for: an attack on the day the sentence gives it (a date
    told with the deed, or one told apart from the arrest), or of an undated past; of a day
    before the arrest, or undated, it is background."""
    deed = {t.i for t in figure.token.subtree}
    arrest = {t.i for t in held_by.subtree}
    found = [
        e
        for e in _date_expressions(sentence, article.published)
        if e[0].i in deed or e[0].i not in arrest
    ]
    nearest = min(found, key=lambda e: _tree_distance(figure.token, e[0]), default=None)
    day = nearest[2] if nearest else UNDATED_PAST
    start = held.date.start
    background = day.end is None or (start is not None and day.end < start)
    return _found_or_made(groups, "Attack", background, day)


def _taken_apart(
    figure: cl.Figure, days: list[tuple[DateSpan, bool]], group: _Group
) -> DateSpan | None:
    """The day people were captured on, in a sentence with no trigger of its own, when it is
    not the day of the report the sentence would join and that report took nobody."""
    if figure.outcome is not Outcome.CAPTURED or figure.arrest:
        return None
    if hypothetical(figure.token):
        return None
    if group.sub_type in {_ABDUCTION, "Arrests"} or group.date.precision is not DatePrecision.DAY:
        return None
    return next(
        (
            d
            for d, telling in days
            if not telling and d.precision is DatePrecision.DAY and d.label != group.date.label
        ),
        None,
    )


def _abduction_on(day: DateSpan, figure: cl.Figure, group: _Group, groups: list[_Group]) -> _Group:
    """The report of people taken on a day: held by the state's forces, an arrest; else an
    abduction. Of a day before the news it would have joined, it is background."""
    sub_type = "Arrests" if held_by_the_state(figure.token) else _ABDUCTION
    start = group.date.start
    background = bool(day.end is not None and start is not None and day.end < start)
    return _found_or_made(groups, sub_type, background, day)


# Reports whose arrests are people captured (ACLED: the arrests at a protest or a riot).
_CROWDS = frozenset({"protest", "riot"})
_HELD = _CROWDS | {"arrest_or_capture"}


def _grievance(token: Token, group: _Group) -> bool:
    """ "Protesters set fire to the parliament as anger over the death of a delivery driver
    spread", "demanding justice for a man who died on Thursday": the death a protest is
    about happened before it, and is none of its toll."""
    if eval_type(group.sub_type) not in {"protest", "riot"}:
        return False
    for up, ancestor in enumerate(token.ancestors):
        if up == 4:
            return False
        if (
            ancestor.dep_ == "prep"
            and ancestor.lower_ in {"over", "at", "against", "about", "for"}
            and ancestor.head.lemma_.lower() in _GRIEVANCES
        ):
            return True
    return False


_GRIEVANCES = frozenset(
    "anger outrage fury grief indignation uproar protest protests demonstration rally "
    "justice accountability anguish".split()
)


def _remembered_dead(groups: list[_Group], news: _Group, clause: Span, article: Article) -> _Group:
    """The background report of dead ``clause`` dates long before the news: of the day it
    gives, or undated ("four years ago"); an attack when the news is no violence or a
    crowd's."""
    day = _earlier_than(_days(clause, article), news)
    crowd = news.sub_type in NON_VIOLENT or eval_type(news.sub_type) in _CROWDS
    sub_type = "Attack" if crowd else news.sub_type
    if day is None:
        day = UNDATED_PAST
    return _found_or_made(groups, sub_type, True, day)


def _past_context(groups: list[_Group], near: _Group | None) -> _Group:
    """The undated background report a running total belongs to."""
    sub_type = near.sub_type if near is not None else "Other"
    return _found_or_made(groups, sub_type, True, UNDATED_PAST)


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


def _disaster_told(sentence: Span) -> bool:
    """A sentence that tells of a quake, a flood or a crash, and of no attack."""
    words = {t.lemma_.lower() for t in sentence} | {t.lower_ for t in sentence}
    return bool(words & lexicon.DISASTER_EVENTS) and not words & lexicon.HOSTILE_WORDS


def _gunfire(token: Token) -> bool:
    """ "Fire" as shooting: the verb, or the noun after open, return or exchange of."""
    if token.pos_ == "VERB":
        return True
    head = token.head.lemma_.lower()
    return head in {"open", "return", "exchange", "of", "under", "cross"}


def _sought_incident(
    figure: cl.Figure, groups: list[_Group], sentences: list[Span]
) -> _Group | None:
    """ "The investigations concerning the death of Hector Oqueli": a death whose truth is
    sought is an incident of the past, the one the article tells of the same person if it
    does ("Oqueli ... were abducted and killed in January")."""
    if figure.group is None:
        return None
    names = {t.lower_ for t in figure.group.subtree if t.pos_ == "PROPN" and len(t) > 2}
    for group in groups:
        told = {t.lower_ for i in group.sentences for t in sentences[i]}
        if group.background and group.sub_type not in NON_VIOLENT and names & told:
            return group
    return None


def _implicit_group(
    figure: cl.Figure, sentence: Span, article: Article, groups: list[_Group]
) -> _Group:
    """A casualty figure with no trigger in the article still makes an event, dated by the
    nearest date in its sentence."""
    kind = cl.group_kind(figure.group)
    sub_type = "Armed clash" if kind in ARMED_KINDS else "Attack"
    if figure.outcome is Outcome.CAPTURED and held_by_the_state(figure.token):
        sub_type = "Arrests"  # "troops captured two ELN members": no fight told
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
    country = country or cl.side_named(figure.token, figure.group, book)
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


def _more_of_the_same(claim: Claim, figure: cl.Figure, group: _Group) -> Claim:
    """ "Four Turkish soldiers were killed ... Two more soldiers were wounded": more of the
    people the report counted before are of their side."""
    noun = figure.group
    # "more" hangs on the noun or on its number ("two more soldiers")
    words = [] if noun is None else [w for c in noun.children for w in (c, *c.children)]
    more = any(w.lower_ in {"more", "other", "further", "additional"} for w in words)
    if not more or claim.subject_country is not None or noun is None:
        return claim
    same = next(
        (
            c
            for c in reversed(group.claims)
            if c.kind is ClaimKind.CASUALTIES
            and c.subject_country is not None
            and c.subject.lower() == noun.lower_
        ),
        None,
    )
    return claim if same is None else replace(claim, subject_country=same.subject_country)


# Nouns that name people by whom they served or stood with ("two of his comrades").
_COMRADES = frozenset({"comrade", "colleague", "companion", "teammate", "crewmate"})


def _comrades(claim: Claim, figure: cl.Figure, group: _Group) -> Claim:
    """ "A Cameroonian peacekeeper was killed and two of his comrades wounded": comrades
    of someone the sentence counted before are of that one's kind and side, and so are the
    prisoners taken with them ("killing at least 14 soldiers and taking eight prisoners")."""
    noun = figure.group
    if noun is None or claim.subject_kind is not ActorKind.UNKNOWN:
        return claim
    lemma = noun.lemma_.lower()
    comrades = lemma in _COMRADES and any(c.dep_ == "poss" for c in noun.children)
    if not comrades and lemma != "prisoner":
        return claim
    before = [
        c
        for c in group.claims
        if c.kind is ClaimKind.CASUALTIES
        and c.mention.sentence == claim.mention.sentence
        and c.mention.start < claim.mention.start
        and c.subject_kind is not ActorKind.UNKNOWN
    ]
    if not before:
        return claim
    last = before[-1]
    return replace(claim, subject_kind=last.subject_kind, subject_country=last.subject_country)


def _without_breakdowns(claims: list[Claim]) -> list[Claim]:
    """ "Insurgents killed three civilians ... two men were beheaded and a woman was shot
    dead": figures of one sentence that add up to a toll told before, of the same kind of
    people, tell that toll in detail (kept as its evidence), not more dead. Split between
    kinds of people ("killing at least 13 people ... Nine soldiers and four civilians were
    among the dead", by the same voice) they are the toll told side by side: the parts stay,
    with the toll as their evidence, and the toll of no side goes."""
    # one sentence of the text: its words and where it starts (a lead told again further on
    # is another sentence)
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind is ClaimKind.CASUALTIES and c.figure is not None:
            at = c.mention.sentence.find(c.mention.text)
            by_sentence[(c.mention.sentence, c.mention.start - max(at, 0))].append(c)
    dropped: set[int] = set()
    detail: dict[int, tuple[Mention, ...]] = {}
    for parts in by_sentence.values():
        outcomes = {c.outcome for c in parts}
        kinds = {c.subject_kind for c in parts}
        if len(parts) < 2 or len(outcomes) != 1:
            continue
        total = sum(c.figure or 0 for c in parts)
        first = min(c.mention.start for c in parts)
        side_by_side = len(kinds) > 1
        whole = next(
            (
                c
                for c in claims
                if c.kind is ClaimKind.CASUALTIES
                and c.outcome in outcomes
                and c.figure == total
                and c.mention.start < first
                and (side_by_side or c.subject_kind in kinds | {ActorKind.UNKNOWN})
                and id(c) not in dropped
            ),
            None,
        )
        if whole is None:
            continue
        # the toll one kind of voice told and the sides another counted stay two accounts
        # (the report's own voice goes on with the last one)
        voices = {c.speaker_kind for c in (whole, *parts)} - {ActorKind.OUTLET}
        if side_by_side and len(voices) <= 1:
            dropped.add(id(whole))
            for c in parts:
                detail[id(c)] = (*detail.get(id(c), ()), whole.mention)
        elif not side_by_side:
            dropped |= {id(c) for c in parts}
            detail[id(whole)] = detail.get(id(whole), ()) + tuple(c.mention for c in parts)
    return [
        replace(c, evidence=(*c.evidence, *detail[id(c)])) if id(c) in detail else c
        for c in claims
        if id(c) not in dropped
    ]


def _totals_of_several(groups: list[_Group]) -> None:
    """ "Six people were killed in Bangladesh on Tuesday", then three dead in Chittagong, two
    in Dhaka and one in Rangpur, told as incidents of their own: the lead's figure is the sum
    of the day's incidents, a total of no one of them, kept as their evidence."""
    news = [g for g in groups if not g.background]
    for group in news:
        for whole in list(group.claims):
            if whole.kind is not ClaimKind.CASUALTIES or (whole.figure or 0) < 2:
                continue
            # the first figure of that outcome each report tells after the total
            parts = [
                next(
                    (
                        c
                        for c in g.claims
                        if c.kind is ClaimKind.CASUALTIES
                        and c.outcome is whole.outcome
                        and (c.figure or 0) > 0
                        and c.mention.start > whole.mention.start
                        and c.mention.sentence != whole.mention.sentence
                    ),
                    None,
                )
                for g in news
            ]
            found = [c for c in parts if c is not None]
            others = sum(1 for g, c in zip(news, parts, strict=True) if c and g is not group)
            if (
                others >= 1
                and len(found) >= 3
                and sum(c.figure or 0 for c in found) == whole.figure
            ):
                group.claims.remove(whole)
                for g, c in zip(news, parts, strict=True):
                    if c is not None:
                        g.claims[g.claims.index(c)] = replace(
                            c, evidence=(*c.evidence, whole.mention)
                        )


def _add_claim(group: _Group, claim: Claim, sentence: int) -> None:
    """Add a claim unless the same speaker side already gave the same figure (one claim);
    two people named as victims one by one ("Flores died", "Gomez was also killed") stay two."""
    group.sentences.add(sentence)
    group.claims = cl.with_claim(group.claims, claim)


def _rejects_a_thing(verb: Token) -> bool:
    """ "Demanding that MPs reject the Finance Bill", "rejected the offer": a bill, a plan or
    an offer turned down, no account of what happened denied."""
    if verb.lemma_.lower() not in {"reject", "dismiss"}:
        return False
    told = _child(verb, "dobj")
    return told is not None and told.lemma_.lower() not in _ACCOUNTS_DENIED


_ACCOUNTS_DENIED = frozenset(
    "claim allegation accusation report charge account figure toll statement assertion "
    "finding findings suggestion version involvement responsibility".split()
)


@dataclass(frozen=True)
class _Blame:
    claim: Claim
    mention_token: Token
    speaker: cl.Speaker | None


# the lemmas a blame or a denial is told with (what _blames looks for first)
_BLAMING = lexicon.BLAME_VERBS | lexicon.START_VERBS | lexicon.DENY_VERBS | {"trade", "bear"}


def _blames(
    sentence: Span, book: ActorBook, history: list[cl.Speaker]
) -> Iterator[tuple[_Blame, bool]]:
    """Blame and denial claims in a sentence; the flag marks "each side blamed the other"."""
    if not cl.words_of(sentence) & _BLAMING:
        return
    for token in sentence:
        lemma = token.lemma_.lower()
        target: Token | None = None
        speaker_token: Token | None = None
        kind = ClaimKind.BLAME
        if lemma in lexicon.BLAME_VERBS:
            if _of_backing(token):
                continue  # "Congo accuses Rwanda of backing M23": support, not this incident
            speaker_token = _child(token, "nsubj")
            # "accusing the paramilitary Rapid Support Forces": the parser may make the
            # adjective a second object
            objects = [c for c in token.children if c.dep_ == "dobj"]
            target = next((c for c in objects if c.pos_ != "ADJ"), None) or _child(token, "dobj")
            if target is not None and target.lower_ == "other":
                yield _Blame(_placeholder(token), token, None), True
                continue
        elif lemma == "trade" and _traded_blame(token):
            # "Armenia and Azerbaijan traded blame for the shelling": each side blamed the
            # other
            yield _Blame(_placeholder(token), token, None), True
            continue
        elif lemma == "bear" and any(c.lemma_.lower() == "responsibility" for c in token.children):
            target = _child(token, "nsubj")
        elif lemma in lexicon.START_VERBS and token.dep_ == "ccomp" and _is_fight_object(token):
            target = _child(token, "nsubj")
            speaker_token = _child(token.head, "nsubj")
        elif lemma in lexicon.DENY_VERBS and not _rejects_a_thing(token):
            if _denies_backing(token, sentence):
                continue  # "... accuses Rwanda of backing M23. Rwanda denies it."
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
        target_name = None
        if target is not None:
            codes = cl.countries_in(list(target.subtree), book)
            target_country = codes[0] if codes else None
            # "the army blamed the rebels", "Israel accused Hamas": an armed group blamed,
            # named as the text names it, of a country only when the text says
            target_name = (
                book.name(target_country)
                if target_country
                else _armed_group(target, charged=lemma == "accuse")
            )
            if target_country is None and target.dep_ == "nsubj":
                continue  # "the group said its fighters had launched rockets": its own deed
        if kind is ClaimKind.BLAME and (
            target_name is None
            or (target_country is not None and target_country == speaker.country)
        ):
            continue
        claim = Claim(
            kind=kind,
            speaker=speaker.text,
            speaker_country=speaker.country,
            speaker_kind=speaker.kind,
            mention=_mention(sentence),
            target=target_name,
            target_country=target_country,
        )
        yield _Blame(claim, token, speaker), False


# What a country may be accused of doing for a group ("of backing M23"), not in an incident.
_BACKING = frozenset(
    "back support arm fund finance sponsor train harbour harbor shelter supply aid".split()
)


def _of_backing(accuse: Token) -> bool:
    """ "accuses Rwanda of backing M23": an accusation of support, not of the incident."""
    # "of" may hang on the verb or on the one accused
    holders = [accuse, *(c for c in accuse.children if c.dep_ == "dobj")]
    return any(
        prep.lower_ == "of" and c.dep_ == "pcomp" and c.lemma_.lower() in _BACKING
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep"
        for c in prep.children
    )


def _denies_backing(deny: Token, sentence: Span) -> bool:
    """ "Rwanda denies it", right after the sentence that accused it of backing a group."""
    told = _child(deny, "dobj")
    if told is None or told.lower_ not in {"it", "this", "that", "them"}:
        return False
    if sentence.start == 0:
        return False
    before = sentence.doc[sentence.start - 1].sent
    return any(t.lemma_.lower() in lexicon.BLAME_VERBS and _of_backing(t) for t in before)


def _traded_blame(verb: Token) -> bool:
    """ "Traded blame", "traded accusations": each side blamed the other."""
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"blame", "accusation", "charge"}
        for c in verb.children
    )


def _armed_group(target: Token, *, charged: bool = False) -> str | None:
    """The words naming an armed group or its fighters ("the rebels", "Hamas", "fighters of
    the 3R armed group"), or None for anyone else. ``charged``: an "of" after the one
    accused is the charge ("accused Hamas of the attack")."""
    if target.pos_ == "PRON":
        return None
    kind = cl.group_kind(target)
    armed = kind in ARMED_KINDS and kind not in {ActorKind.STATE_FORCES, ActorKind.POLICE}
    named = target.ent_type_ == "ORG" and target.pos_ == "PROPN"
    if not (armed or named):
        return None
    # without what a clause adds ("which controls ...") or what they are accused of
    # ("accusing militias of carrying out kidnappings")
    aside = {
        t.i
        for c in target.children
        if c.dep_ in {"relcl", "acl", "appos", "punct"}
        or any(p.dep_ == "pcomp" for p in c.children)
        or (charged and c.dep_ == "prep" and c.lower_ == "of")
        for t in c.subtree
    }
    words = [t for t in target.subtree if t.i not in aside]
    kept = [t for t in words if t.dep_ not in {"det", "poss"} and t.text not in _QUOTES]
    return "".join(t.text_with_ws for t in kept).strip() or None


_QUOTES = frozenset("\"'“”‘’")


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
    section = _section_country(min(group.sentences, default=0), sentences, book)
    countries = (
        _sides(group, texts, mediators, book) or section or _article_country(sentences, book)
    )
    # "a Turkish drone strike hit a car near Sarrin": the only country named is the one that
    # struck; the country the article is about is where it struck, and whose people it hit
    struck = _struck(group, countries, sentences, book)
    if struck is not None:
        countries = [*countries, struck]
    if group.sub_type == "Agreement" and len(countries) < 2 and parties:
        countries = [c for c in dict.fromkeys([*countries, *parties]) if c not in mediators]
    # sides inferred now may show two claims to be one ("a medical group said seven were
    # killed" in the lead, "the Sudan Doctors Network said ... killing seven" below)
    # the forces that struck may count the civilians they did not harm: not their own
    strike = eval_type(group.sub_type) == "shelling_airstrike"
    inferred = [
        _infer_side(
            c, countries, texts, book, struck_by=group.by if strike else "", section=section
        )
        for c in group.claims
    ]
    if struck is not None:
        # the people a foreign strike hit are of the country it struck
        inferred = [_of_the_struck(c, struck) for c in inferred]
    group.claims = []
    for claim in inferred:
        group.claims = cl.with_claim(group.claims, claim)
    group.sub_type = _by_victims(group)
    for sentence in group.reciprocal_blame:
        for claim in _reciprocal(sentence, countries, book):
            _add_claim(group, claim, sentence.start)
    claims = list(group.claims)
    time_local = next((t for t in (dates.find_time(s.text) for s in texts) if t), None)
    # a day told by the GMT clock is the day it was where it happened
    span = dates.to_local(group.date, dates.timezone_of(countries, group.date.start))
    if time_local and span.time_local is None:
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


def _told_as_news(sentences: list[Span]) -> list[Span]:
    """The sentences that tell more than past context ("the war in Gaza", named in a
    sentence of background only, is not where today's strike hit); those of the past are set
    aside once the groups are made."""
    past = sentences[0].doc.user_data.get("past_sentences", set()) if sentences else set()
    return [s for i, s in enumerate(sentences) if i not in past]


def _struck(
    group: _Group, countries: list[str], sentences: list[Span], book: ActorBook
) -> str | None:
    """The country a strike hit when the report names only the one that struck, and the
    article places its news in another ("in northern Syria")."""
    if group.by is None or countries != [group.by]:
        return None
    where = _located_in(_told_as_news(sentences), book)
    return where if where != group.by else None


def _of_the_struck(claim: Claim, country: str) -> Claim:
    unsided = claim.kind is ClaimKind.CASUALTIES and claim.subject_country is None
    people = claim.subject_kind in {ActorKind.CIVILIANS, ActorKind.UNKNOWN}
    return replace(claim, subject_country=country) if unsided and people else claim


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
        # "withdrawing toward the border with Niger": where they went, not who took part;
        # "a subprefecture close to the border with Cameroon": where it is
        away = {
            t.i
            for w in sentence
            if w.lower_ in _AWAY and (_gone_toward(w) or _across_the_border(w))
            for t in w.subtree
        }
        for code in cl.countries_in([t for t in sentence if t.i not in away], book):
            if code not in found:
                found.append(code)
    # a report whose only country was the far side of a border is of the article's (see
    # ``_report``)
    return [c for c in found if c not in mediators]


def _gone_toward(word: Token) -> bool:
    """ "(withdrawing) toward the border", "fled towards Niger": a way gone, not a target
    ("fired rockets toward Israel" keeps its target)."""
    if word.lower_ not in {"toward", "towards"}:
        return False
    moved = word.head.lemma_.lower() in lexicon.WITHDRAW_VERBS | _GOING
    return moved or any(c.dep_ == "pobj" and c.lemma_.lower() in _EDGES for c in word.children)


_GOING = frozenset({"flee", "head", "move", "escape", "go", "drive", "ride", "run"})
_AWAY = frozenset({"toward", "towards", "with"})


def _across_the_border(word: Token) -> bool:
    """ "with Cameroon" in "near (close to) the border with Cameroon": the far side of a
    border a place is near (not "along the border with Azerbaijan", where both fight)."""
    if word.dep_ != "prep" or word.lower_ != "with" or word.head.lemma_.lower() not in _EDGES:
        return False
    edge = word.head
    return edge.dep_ == "pobj" and (
        edge.head.lower_ in {"near", "toward", "towards"}
        or (edge.head.lower_ == "to" and edge.head.head.lower_ in {"close", "next"})
    )


def _by_victims(group: _Group) -> str:
    """An "attack" or an "incident" whose every counted victim is a civilian is violence
    against civilians; an "incident" that killed or wounded only forces is a clash."""
    generic = all(h.token.lemma_.lower() in lexicon.GENERIC for h in group.hits)
    kinds = {
        # a person named with no rank or side ("Mr. Torres was killed") is a civilian
        ActorKind.CIVILIANS if _a_person_named(c) else c.subject_kind
        for c in group.claims
        if c.kind is ClaimKind.CASUALTIES
        and c.outcome in {Outcome.KILLED, Outcome.WOUNDED, Outcome.KILLED_OR_WOUNDED}
    }
    if not generic or not kinds or group.sub_type not in {"Armed clash", "Other"}:
        return group.sub_type
    if kinds == {ActorKind.CIVILIANS}:
        return "Attack"
    if group.sub_type == "Other" and kinds <= {ActorKind.STATE_FORCES, ActorKind.POLICE}:
        return "Armed clash"
    return group.sub_type


def _a_person_named(claim: Claim) -> bool:
    """A victim told by name alone, with no rank, side or people ("Mr. Torres was killed";
    not "two Palestinians")."""
    name = claim.subject
    if claim.subject_kind is not ActorKind.UNKNOWN or not name[:1].isupper():
        return False
    book = load_actor_book()
    return not any(book.lookup([w]) for w in (name.lower(), name.lower().removesuffix("s")))


def _infer_side(
    claim: Claim,
    countries: list[str],
    texts: list[Span],
    book: ActorBook,
    *,
    struck_by: str | None = "",
    section: list[str] | None = None,
) -> Claim:
    """Give a figure with no stated side the side the report implies.

    An official of no country speaks for the country the lead places the event in, and the
    soldiers or police such an official counts are its own; otherwise soldiers are the forces
    of the report's only state, or of the country the lead places it in ("killed 40 soldiers
    in Chad's Lake province"); civilians are of the country named as where it happened, else of
    an authority counting its own people, unless the report is a strike by the authority's
    side (``struck_by``): the forces that struck count the civilians they hit or spared, not
    their own. In a round-up under country headings, the heading is where the lead places
    it. Civilians with neither wait for the
    geocoded place (see ``geo.reports``): the one country a report names may be a backer it
    was blamed on.
    """
    if claim.kind is not ClaimKind.CASUALTIES:
        return claim
    official = claim.speaker_kind in _OFFICIALS and cl.of_no_group(claim.speaker)
    heading = section[0] if section else None
    if claim.speaker_country is None and official:
        # "the presidency said", of an attack "in Chad's Lac province": Chad's presidency
        where = _located_in(texts[:1], book) or heading
        if where is not None and (not countries or where in countries):
            claim = replace(claim, speaker_country=where)
    if claim.subject_country is not None:
        return claim
    if claim.low == 0 and not claim.subject and claim.speaker_country and official:
        # "There were no casualties, the Syrian defence ministry said": none of its own
        return replace(claim, subject_country=claim.speaker_country)
    if claim.subject_kind in {ActorKind.STATE_FORCES, ActorKind.POLICE}:
        if official and claim.speaker_country is not None:
            return replace(claim, subject_country=claim.speaker_country)
        if claim.speaker_country is None:
            # "Mexican soldiers clashed with gunmen ..., leaving one soldier ... dead": the
            # soldiers the sentence names; else the geocoded place settles them (see
            # ``geo.reports``); a headline may come before the lead ("BURKINA-ATTACK")
            where = (
                _named_forces(claim, texts, book)
                or _located_in(texts[:1], book)
                or _located_in(texts, book)
                or heading
            )
            return replace(claim, subject_country=where)
        if len(countries) == 1:
            return replace(claim, subject_country=countries[0])
    if claim.subject_kind is ActorKind.CIVILIANS:
        authority = claim.speaker_kind in {ActorKind.STATE_FORCES, ActorKind.OFFICIAL}
        striker = struck_by == claim.speaker_country
        counts_own = authority and not striker and claim.speaker_country in countries
        own = claim.speaker_country if counts_own else None
        return replace(claim, subject_country=_located_in(texts, book) or heading or own)
    return claim


_OFFICIALS = frozenset({ActorKind.OFFICIAL, ActorKind.STATE_FORCES, ActorKind.POLICE})


def _named_forces(claim: Claim, texts: list[Span], book: ActorBook) -> str | None:
    """The one country whose forces of the claim's kind its sentence names: "Mexican
    soldiers" for "one soldier" killed in the clash they fought."""
    at = claim.mention.start
    sentence = next((s for s in texts if s.start_char <= at < s.end_char), None)
    if sentence is None or not claim.subject:
        return None
    tokens = list(sentence)
    subject = claim.subject.lower()
    codes = {
        code
        for start, end, code, kind in match_countries(tokens, book)
        if kind != "name"
        and tokens[end - 1].dep_ in {"amod", "compound"}
        and subject in {tokens[end - 1].head.lower_, tokens[end - 1].head.lemma_.lower()}
    }
    return codes.pop() if len(codes) == 1 else None


def _located_in(texts: list[Span], book: ActorBook) -> str | None:
    """The first country named as a location: "in Mali", "in Ukraine's Kharkiv region", "in
    the Red Sea off Yemen"."""
    for sentence in texts:
        tokens = list(sentence)
        for start, end, code, kind in match_countries(tokens, book):
            last = tokens[end - 1]
            if kind != "name" or (last.dep_ == "compound" and last.head.pos_ == "NOUN"):
                continue  # "in the Costa Rica syndicatura" of Culiacan: a district's name
            if any(
                c.dep_ == "compound"
                and c.pos_ == "PROPN"
                and c.i < tokens[start].i
                # "in south Lebanon": a part of the country, not a namesake's name
                and c.lower_ not in DIRECTIONS
                for c in last.children
            ):
                continue  # "in Barangay Trinidad": a village named after a country
            node = tokens[start]
            # "in the Amedi district of Iraq's Kurdistan region": a country's own region,
            # up through "of"
            steps = 5 if last.dep_ == "poss" and last.head.dep_ == "pobj" else 3
            for _ in range(steps):
                if node.lemma_.lower() in _EDGES:
                    break  # "near the border with Venezuela": not in Venezuela
                if node.dep_ == "pobj" and node.head.lower_ in {"in", "near", "inside", "off"}:
                    return code
                node = node.head
    return None


_EDGES = frozenset({"border", "frontier", "boundary", "coast"})


def _section_country(index: int, sentences: list[Span], book: ActorBook) -> list[str]:
    """In a round-up told under headings that are country names ("MALI", "NIGER", "CHAD"):
    the country of the heading the sentence is under."""
    if not sentences:
        return []
    memo = sentences[0].doc.user_data
    if "sections" not in memo:
        headings: list[tuple[int, str]] = []
        for number, sentence in enumerate(sentences):
            words = [t for t in sentence if not (t.is_space or t.is_punct)]
            found = match_countries(words, book) if 0 < len(words) <= 4 else []
            if len(found) == 1 and found[0][:2] == (0, len(words)) and found[0][3] == "name":
                headings.append((number, found[0][2]))
        memo["sections"] = headings if len(headings) > 1 else []
    under = [code for number, code in memo["sections"] if number < index]
    return under[-1:]


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


_LOCATIVE = frozenset({"in", "near", "outside", "at", "around", "on"})


def _place_label(sentence: Span) -> Span | None:
    """A name set before a colon at the head of an entry: "Kherson: a man was killed ..."
    ("08:40\nKherson: ..." in a live blog). Whether it is a place is the gazetteer's to say."""
    words = [
        t
        for t in sentence
        if not t.is_space and not t.like_num and (t.ent_type_ != "TIME" or t.pos_ == "PROPN")
    ]
    names = list(itertools.takewhile(lambda t: t.pos_ == "PROPN", words[:4]))
    if not names or len(names) == len(words) or words[len(names)].text != ":":
        return None
    return sentence.doc[names[0].i : names[-1].i + 1]


def _misread_place(ent: Span) -> bool:
    """A one-word name the parser took for a person but the sentence puts where
    things happen ("a glide bomb attack on central Zaporizhzhia"), and that is nobody's
    name elsewhere in the text ("Governor Ivan Fedorov ... Fedorov said"). Whether it is a
    place at all is the gazetteer's to say."""
    if ent.label_ != "PERSON" or len(ent) != 1:
        return False
    token = ent.root
    if token.dep_ != "pobj" or token.head.lower_ not in _LOCATIVE:
        return False
    return not any(
        len(other) > 1 and token.lower_ in {t.lower_ for t in other}
        for other in cl.entities(token.doc)
        if other.label_ == "PERSON"
    )


def _places(texts: Iterable[Span], book: ActorBook) -> Iterator[Place]:
    """Toponyms as written (resolution is the geocoder's job; precision stays unknown)."""
    seen: set[str] = set()
    for sentence in texts:
        label = _place_label(sentence)
        if label is not None and label.text not in seen:
            seen.add(label.text)
            yield Place(name=label.text, mention=_mention(label))
        countries = {(s, e) for s, e, _, _ in match_countries(list(sentence), book)}
        for ent in cl.entities_in(sentence):
            if ent.label_ not in {"GPE", "LOC", "FAC"} and not _misread_place(ent):
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
