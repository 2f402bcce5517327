"""One error tree: each error says what happened and how to fix it, and maps to an HTTP status."""

from __future__ import annotations


class FlashpointError(Exception):
    """Something flashpoint cannot do, explained in one sentence."""

    status = 500


class InputError(FlashpointError):
    """The input cannot be read as an article (empty, binary, malformed, too large)."""

    status = 400


class ConfigError(FlashpointError):
    """A setting is missing or wrong (a database path, a model name)."""

    status = 500


class NotFound(FlashpointError):
    """The event, report or file asked for does not exist."""

    status = 404


class StoreError(FlashpointError):
    """The database cannot be opened, migrated or written."""

    status = 503
