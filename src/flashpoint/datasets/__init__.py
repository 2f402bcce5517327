"""Readers and scorers for labelled data sets that are not in the gold format.

Each data set is one module with the same three steps: read the file, label each item with
the real extractor, score the labels. ``flashpoint eval --format NAME`` picks the module.

>>> sorted(FORMATS)
['case2021']
"""

from __future__ import annotations

FORMATS = ("case2021",)

__all__ = ["FORMATS"]
