"""bilat: news about relations between countries, as an evidence-grounded knowledge base."""

from bilat.errors import BilatError, ConfigError, Forbidden, InputError, NotFound, StoreError
from bilat.records import (
    Document,
    Event,
    EventActor,
    Evidence,
    Extraction,
    Fact,
    Interval,
    Mention,
    Place,
    Timex,
)

__version__ = "0.1.0"

__all__ = [
    "BilatError",
    "ConfigError",
    "Document",
    "Event",
    "EventActor",
    "Evidence",
    "Extraction",
    "Fact",
    "Forbidden",
    "InputError",
    "Interval",
    "Mention",
    "NotFound",
    "Place",
    "StoreError",
    "Timex",
    "__version__",
]
