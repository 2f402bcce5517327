"""flashpoint: turn reporting about armed conflict into a conflict-event database.

>>> from flashpoint import Settings, Store, ingest
>>> store = Store("sqlite://")
>>> summary = ingest([], settings=Settings(db="events.db"), store=store)
>>> summary.new
0
"""

from flashpoint.errors import ConfigError, FlashpointError, InputError, NotFound, StoreError
from flashpoint.models import (
    Actor,
    Article,
    Claim,
    DateSpan,
    Event,
    Mention,
    Place,
    Quarantined,
    Report,
)
from flashpoint.pipeline import build_extractor, extract_all, ingest
from flashpoint.settings import Settings
from flashpoint.store import Store

__all__ = [
    "Actor",
    "Article",
    "Claim",
    "ConfigError",
    "DateSpan",
    "Event",
    "FlashpointError",
    "InputError",
    "Mention",
    "NotFound",
    "Place",
    "Quarantined",
    "Report",
    "Settings",
    "Store",
    "StoreError",
    "build_extractor",
    "extract_all",
    "ingest",
]
