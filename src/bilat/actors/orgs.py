"""Organisations: IGOs and listed organisations from the gazetteer, the parser's ORG entities, and
capitalised names ending in an organisation word ("the Transport Ministry"), with their country
(from a country word in or before the name) and sector."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bilat.actors import roles as R
from bilat.actors.gazetteer import Gazetteer, normalise
from bilat.parse import columns, ents

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Last words of organisation names and the sector they give (CAMEO-style: GOV, MIL, LEG, MED, BUS).
SECTOR_WORDS: dict[str, str] = {
    **dict.fromkeys(
        "ministry government council commission committee office department embassy administration "
        "cabinet secretariat service directorate authority bureau agency consulate mission presidency "
        "chancellery court".split(),
        "government",
    ),
    **dict.fromkeys("army navy military forces force guards guard corps command militia".split(), "military"),
    **dict.fromkeys("parliament congress senate assembly duma legislature majlis".split(), "legislature"),
    **dict.fromkeys(
        "news times post tv television radio journal daily newspaper press gazette tribune herald "
        "broadcaster network".split(),
        "media",
    ),
    **dict.fromkeys(
        "company co co. corp corp. corporation inc inc. ltd ltd. airlines airways motors industries "
        "plc ag sa holding holdings bank petroleum energy".split(),
        "business",
    ),
    **dict.fromkeys("party front movement".split(), "party"),
    **dict.fromkeys("university institute academy".split(), "academia"),
}


@dataclass
class OrgMention:
    start: int
    end: int
    name: str
    country: str | None
    sector: str | None


def _sector(words: list[str]) -> str | None:
    low = [normalise(w) for w in words]
    if "central" in low and "bank" in low:
        return "government"
    if "news" in low or ("agency" in low and "press" in low):
        return "media"
    for w in reversed(low):
        if w in SECTOR_WORDS:
            return SECTOR_WORDS[w]
    return None


def _clean(doc: Doc, s: int, e: int) -> tuple[int, int]:
    while s < e and (doc[s].lower_ in {"the", "a", "an"} or doc[s].is_punct):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].lower_ in {"'s", "’s"}):
        e -= 1
    return s, e


def find_orgs(
    doc: Doc,
    country_at: dict[int, str],
    blocked: set[int],
    person_tokens: set[int],
    gaz: Gazetteer | None = None,
) -> list[OrgMention]:
    """Organisations the gazetteer does not list. ``blocked`` holds tokens already read as
    gazetteer organisations, IGOs or places; country words inside or before the name give its country."""
    out: list[OrgMention] = []
    taken: set[int] = set()
    spans: list[tuple[int, int]] = [(e.start, e.end) for e in ents(doc) if e.label_ == "ORG"]
    # Capitalised runs ending in an organisation word that the parser missed.
    words = columns(doc).words
    i = 0
    while i < len(doc):
        if not words[i][:1].isupper():
            i += 1  # (tested on the word before a Token is built)
            continue
        tok = doc[i]
        if tok.text[:1].isupper() and normalise(tok.text) in SECTOR_WORDS and tok.pos_ in {"PROPN", "NOUN"}:
            s = i
            # doc[s].is_sent_start, not tok.sent: building the sentence span per token is quadratic.
            while (
                s > 0
                and not doc[s].is_sent_start
                and doc[s - 1].text[:1].isupper()
                and (s - 1) not in person_tokens
            ):
                s -= 1
            e = i + 1
            if e + 1 < len(doc) and doc[e].lower_ in {"of", "for"} and doc[e + 1].text[:1].isupper():
                e += 1
                while e < len(doc) and (doc[e].text[:1].isupper() or doc[e].lower_ in {"and", "of"}):
                    e += 1
                while doc[e - 1].lower_ in {"and", "of"}:
                    e -= 1
            if e - s >= 2 or doc[s - 1].lower_ == "the":
                spans.append((s, e))
        i += 1
    for s, e in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
        s, e = _clean(doc, s, e)
        if e <= s or any(k in taken or k in person_tokens for k in range(s, e)):
            continue
        if all(k in blocked or k in country_at for k in range(s, e)):
            continue
        # A gazetteer phrase inside means the parser ran an organisation into something else, or
        # that the country word already says who acts ("the Russian Energy Ministry"); but a name
        # that defines an acronym ("the Syrian Negotiations Commission (SNC)") is needed for the
        # acronym's later uses, and its country word gives theirs.
        if any(k in blocked and not (k in country_at and _defines_acronym(doc, e)) for k in range(s, e)):
            continue
        words = columns(doc).words[s:e]
        if not any(w[:1].isupper() for w in words) or (
            gaz is not None and _is_place_or_title(doc, s, e, gaz)
        ):
            continue
        sector = _sector(words)
        country = next((country_at[k] for k in range(s, e) if k in country_at), None)
        if country is None:
            # "Iran's Supreme National Security Council", "the Russian Energy Ministry".
            k = s - 1
            if k >= 0 and doc[k].lower_ in {"'s", "’s"}:
                k -= 1
            country = country_at.get(k)
        if sector is None and country is None and len(words) == 1 and words[0].isupper() is False:
            # A lone capitalised word the parser called ORG is too weak without a sector or country.
            continue
        out.append(OrgMention(s, e, doc[s:e].text, country, sector))
        taken.update(range(s, e))
    return out


def _defines_acronym(doc: Doc, end: int) -> bool:
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    acr = doc[end + 1].text
    return acr.isupper() and 2 <= len(acr) <= 8


def resolve_acronyms(doc: Doc, found: list[OrgMention]) -> None:
    """ "Supreme National Security Council (SNSC)": a later "SNSC" takes the full name and country."""
    aliases: dict[str, OrgMention] = {}
    for o in found:
        if o.end + 2 < len(doc) and doc[o.end].text == "(" and doc[o.end + 2].text == ")":
            acr = doc[o.end + 1].text
            if acr.isupper() and 2 <= len(acr) <= 8:
                aliases[acr] = o
    for o in found:
        full = aliases.get(o.name)
        if full is not None and full is not o:
            o.name, o.country, o.sector = full.name, full.country, full.sector


def _is_place_or_title(doc: Doc, s: int, e: int, gaz: Gazetteer) -> bool:
    """Parser ORG entities that are a city, a region or a rank ("Ulan-Ude", "Rear Admiral")."""
    key = normalise(doc[s:e].text)
    if gaz.lookup_city(key) or any(x.kind in {"subdivision", "region", "us_state"} for x in gaz.lookup(key)):
        return True
    words = columns(doc).words[s:e]
    return R.title_at(words, 0) == len(words)
