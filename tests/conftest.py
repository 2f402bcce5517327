"""Shared fixtures: settings built explicitly, real SQLite files, the bundled sample."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from flashpoint.pipeline import Summary, ingest
from flashpoint.settings import Settings
from flashpoint.store import Store


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The defaults, with a database file of the session's own."""
    return Settings(db=tmp_path_factory.mktemp("settings") / "flashpoint.db")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """An empty database in a real SQLite file, one per test."""
    return Store.at(tmp_path / "flashpoint.db")


@pytest.fixture(scope="session")
def sample_path() -> Iterator[Path]:
    """The bundled (invented) sample as a file on disk."""
    with resources.as_file(resources.files("flashpoint") / "data" / "sample.jsonl") as path:
        yield path


@pytest.fixture(scope="session")
def sample_store(settings: Settings, sample_path: Path) -> tuple[Store, Summary]:
    """The bundled sample ingested once per session (this loads spaCy)."""
    store = Store.at(settings.db)
    return store, ingest([sample_path], settings=settings, store=store)
