"""Near-duplicate articles: MinHash signatures over word shingles, banded for LSH look-up.

The same wire story republished by many outlets (a new headline, a trimmed last paragraph, an
added byline) keeps most of its word 4-grams. Each article gets a signature of ``PERMUTATIONS``
minimum hashes; the signature is cut into ``BANDS`` bands of ``ROWS`` values, and two articles
that share a band are candidates. A candidate is a copy when the signatures agree on at least
``THRESHOLD`` of their positions (an estimate of the Jaccard similarity of the shingle sets).
With 16 bands of 4 rows, a pair at similarity 0.8 is a candidate with probability 0.9998, a
pair at 0.3 with probability 0.12; the threshold then decides.

Hashes come from BLAKE2b, never from Python's ``hash`` (randomised per process), so the
signatures stored by one run match those of the next. The 64 hash functions are
``(a * h + b) mod p`` over 32-bit shingle hashes with the prime ``p = 2**31 - 1``, so that
the products fit in 64 bits and one vector operation computes them all.

>>> story = ("The ministry said two soldiers were killed and five wounded in a clash on "
...          "Tuesday near the village. It blamed the other side for opening fire first and "
...          "said its troops had returned fire. The other side denied the account and said "
...          "its own positions had come under mortar fire late in the evening.")
>>> copy = "BAKU (Wire) - " + story + " No further details were given."
>>> similarity(signature(story), signature(copy)) >= THRESHOLD
True
>>> similarity(signature(story), signature("Protesters marched through the capital.")) < 0.2
True
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS
SHINGLE = 4
THRESHOLD = 0.7

_PRIME = (1 << 31) - 1
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _seeded(n: int) -> int:
    return int.from_bytes(hashlib.blake2b(f"flashpoint-minhash-{n}".encode()).digest()[:8], "big")


_COEFFICIENTS = tuple(
    (_seeded(2 * i) % (_PRIME - 1) + 1, _seeded(2 * i + 1) % _PRIME) for i in range(PERMUTATIONS)
)
_A = np.array([a for a, _ in _COEFFICIENTS], dtype=np.uint64)[:, None]
_B = np.array([b for _, b in _COEFFICIENTS], dtype=np.uint64)[:, None]


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The lower-cased word ``size``-grams of a text (the whole text when it is shorter).

    >>> sorted(shingles("A b c d e", size=4))
    ['a b c d', 'b c d e']
    """
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of a text: ``PERMUTATIONS`` minimum hashes of its shingles.

    >>> len(signature("one two three four five"))
    64
    """
    hashes = np.fromiter(
        (
            int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "big")
            for s in shingles(text)
        ),
        dtype=np.uint64,
    )
    if not hashes.size:
        return (_PRIME,) * PERMUTATIONS
    minimums = ((_A * hashes[None, :] + _B) % _PRIME).min(axis=1)
    return tuple(int(m) for m in minimums)


def bands(sig: Sequence[int]) -> list[str]:
    """The LSH band keys of a signature: articles sharing one key are candidates.

    >>> len(bands(signature("one two three four five")))
    16
    """
    keys = []
    for i in range(BANDS):
        rows = repr(tuple(sig[i * ROWS : (i + 1) * ROWS])).encode()
        keys.append(f"{i}:" + hashlib.blake2b(rows, digest_size=8).hexdigest())
    return keys


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """The share of signature positions on which two signatures agree (estimated Jaccard).

    >>> similarity((1, 2, 3, 4), (1, 2, 0, 0))
    0.5
    """
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
