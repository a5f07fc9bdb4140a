"""Resolve: identities that hold across documents.

Pure functions that give an actor, a place or an event mention the key under which the
knowledge base files it. The store calls them inside the document's transaction.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from bilat.records import EventActor, Mention, Place


def fold(text: str) -> str:
    """Lower case, no accents, no punctuation: the form names are compared in."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def actor_key(actor: Mention | EventActor) -> str:
    """People and organisations by folded name and country; countries by their code."""
    if actor.kind == "country" and actor.country:
        return f"country:{actor.country}"
    return f"{actor.kind}:{actor.country or '-'}:{fold(actor.name)}"


def place_key(place: Place) -> str:
    return place.gazetteer_id or f"{place.country or '-'}:{fold(place.name)}"


def mention_key(doc_id: str, ordinal: int) -> str:
    return hashlib.sha1(f"{doc_id}\x00{ordinal}".encode()).hexdigest()[:16]
