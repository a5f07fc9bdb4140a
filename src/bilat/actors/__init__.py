"""Actors stage: people, organisations, countries and places of a document, with evidence.

``find_actors(doc, doc_id)`` returns an ``ActorsFound``: one ``Mention`` per span that refers to an
actor (names, short names, descriptions such as "the Russian leader", resolved pronouns,
organisations, country names, adjectives and metonyms such as "Tehran" or "the Kremlin"), each
with the canonical name of what it refers to, and one ``Place`` per location mention.

The events stage finds the actor behind a token with ``found.for_token(i)`` or behind a
character span with ``found.mentions_in(start, end)``; see ``ActorsFound``.

Conventions: IGOs are ``kind="organisation"``, ``country=None``, ``sector="igo"``. Countries are
ISO 3166-1 alpha-3, read as of the document's publication date (Russia before 1992 is ``SUN``).
Ministers carry ``<portfolio>_minister`` (``energy_minister``, ``foreign_minister``) or ``minister``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bilat.actors import coref, dictionary, gazetteer, groups, orgs, people, places, stateless
from bilat.actors.gazetteer import normalise
from bilat.actors.matching import Match, find_matches
from bilat.parse import char_span, columns, doc_text, ents, tokens_with
from bilat.records import Mention, Place, evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["ActorsFound", "find_actors", "igo_members"]

#: Members (ISO3) of an intergovernmental group on a date: ``igo_members("G7", date(1987, 4, 9))``.
igo_members = groups.igo_members

#: Order in which mentions covering the same token are offered: the most specific actor first.
_RANK = {"person": 0, "organisation": 1, "role": 2, "country": 3}


@dataclass(frozen=True)
class ActorsFound:
    """The actors and places of one document.

    ``token_index`` maps a token index to indexes into ``mentions``, best first: a person's name,
    then an organisation, then a person through the role phrase beside the name ("Secretary" in
    "Secretary of Iran's Supreme National Security Council Ali Shamkhani"), then a country word.
    """

    mentions: list[Mention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    token_index: dict[int, tuple[int, ...]] = field(default_factory=dict)
    place_index: dict[int, int] = field(default_factory=dict)

    def for_token(self, token: Token | int) -> list[Mention]:
        """Mentions covering a token, most specific first (empty if none)."""
        i = token if isinstance(token, int) else token.i
        return [self.mentions[k] for k in self.token_index.get(i, ())]

    def mention_at_token(self, token: Token | int) -> Mention | None:
        found = self.for_token(token)
        return found[0] if found else None

    def mentions_for_tokens(self, start: int, end: int) -> list[Mention]:
        """Distinct mentions covering any token of ``[start, end)``, best first."""
        seen: dict[int, tuple[int, int]] = {}
        for i in range(start, end):
            for rank, k in enumerate(self.token_index.get(i, ())):
                if k not in seen or rank < seen[k][0]:
                    seen[k] = (rank, i)
        return [self.mentions[k] for k, _ in sorted(seen.items(), key=lambda kv: kv[1])]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions whose evidence lies within the character span ``[start, end)``, in text order."""
        return [m for m in self.mentions if start <= m.evidence.start and m.evidence.end <= end]

    def mention_at(self, char: int) -> Mention | None:
        """The most specific mention whose evidence covers a character offset."""
        found = [m for m in self.mentions if m.evidence.start <= char < m.evidence.end]
        return min(found, key=lambda m: (_RANK[m.kind], m.evidence.end - m.evidence.start), default=None)

    def places_in(self, start: int, end: int) -> list[Place]:
        return [p for p in self.places if p.evidence and start <= p.evidence.start and p.evidence.end <= end]

    def place_for_token(self, token: Token | int) -> Place | None:
        i = token if isinstance(token, int) else token.i
        k = self.place_index.get(i)
        return None if k is None else self.places[k]


def _best(m: Match) -> gazetteer.Entry | None:
    return places._best_entry(m)


#: Currency nouns a country's name or adjective is part of ("2 billion US dollars", "Swiss francs").
_CURRENCY_NOUNS = frozenset(
    "dollar pound franc rupee peso shilling mark dinar riyal rial lira krone krona kroner yuan yen won "
    "real rand euro ruble rouble dirham taka baht ringgit rupiah naira cedi kwacha birr zloty forint "
    "hryvnia lev leu manat tenge afghani".split()
)


def _names_a_currency(doc: Doc, end: int) -> bool:
    nxt = doc[end] if end < len(doc) else None
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.lemma_.lower() in _CURRENCY_NOUNS


def find_actors(doc: Doc, doc_id: str) -> ActorsFound:
    """Read the people, organisations, countries and places of a parsed document."""
    gaz = gazetteer.load()
    published = getattr(doc._, "bilat_published", None) if hasattr(doc, "_") else None
    text = doc_text(doc)
    person_ents = {i for e in ents(doc) if e.label_ == "PERSON" for i in range(e.start, e.end)}
    surnames = _person_surnames(doc, published)
    book = dictionary.load()
    # "Santiago Cafiero", "Jordan Bardella": a PERSON entity that is a listed name is no place.
    known_names = [
        (e.start, e.end)
        for e in ents(doc)
        if e.label_ == "PERSON" and e.end - e.start >= 2 and dictionary.fold(e.text) in book.full
    ]
    # "in March 1969": a word of a time expression names no place (March, Cambridgeshire)
    in_time = {
        t.i
        for x in getattr(doc._, "bilat_timexes", None) or ()
        if (span := char_span(doc, x.start, x.end)) is not None
        for t in span
    }
    matches = [
        m
        for m in find_matches(doc, gaz)
        if not (
            all(i in person_ents for i in range(m.start, m.end))
            and not (_best(m) and _best(m).kind in {"igo", "seat"})  # type: ignore[union-attr]
            and doc[m.start].ent_iob_ != "B"
        )
        and not (
            all(i in person_ents for i in range(m.start, m.end)) and not m.entries and m.end - m.start > 1
        )
        and not (
            m.end - m.start == 1
            and normalise(doc[m.start].text) in surnames
            and _named_person(doc, m, person_ents)
        )
        and not any(m.start >= s and m.end <= e for s, e in known_names)
        and not all(i in in_time for i in range(m.start, m.end))
        and not _names_a_currency(doc, m.end)
    ]

    # "The seven major industrial countries", "the six Gulf Arab states": a group without its name.
    found_groups = groups.find_groups(
        doc, published, (e.key for m in matches if (e := _best(m)) is not None and e.kind == "igo")
    )
    if found_groups:
        in_group = {i for g in found_groups for i in range(g.start, g.end)}
        matches = [m for m in matches if not any(i in in_group for i in range(m.start, m.end))]

    def as_of(iso3: str | None) -> str | None:
        return gaz.as_of(iso3, published)

    country_at: dict[int, str] = {}
    org_at: dict[int, tuple[str, str | None, str | None]] = {}
    blocked: set[int] = set()
    for m in matches:
        e = _best(m)
        span = range(m.start, m.end)
        if e is None:
            whole_person = doc[m.start].ent_iob_ == "B" and (m.end == len(doc) or doc[m.end].ent_iob_ != "I")
            if doc[m.start].ent_type_ in {"GPE", "LOC", "FAC"} or (
                doc[m.start].ent_type_ == "PERSON" and whole_person and m.end - m.start == 1
            ):
                blocked.update(span)
            continue
        blocked.update(span)
        if e.kind in {"country", "capital", "seat"} and e.country:
            for i in span:
                country_at[i] = as_of(e.country) or e.country
        elif e.kind in {"igo", "org"}:
            for i in span:
                org_at[i] = (e.key, as_of(e.country), e.sector)
    for g in found_groups:
        for i in range(g.start, g.end):
            org_at[i] = (g.igo, None, "igo")
            blocked.add(i)

    # "Kurdish authorities", "Baloch militants": counted to the country the story places them in.
    named = Counter(
        as_of(e.country)
        for m in matches
        if (e := _best(m)) is not None and e.kind in {"country", "capital", "seat"} and e.country
    )
    found_stateless = stateless.find_stateless(doc, country_at, blocked, named)
    for sm in found_stateless:
        country_at[sm.start] = sm.country

    # People.
    ctx = people.Context(
        country_at,
        org_at,
        frozenset(blocked | {sm.start for sm in found_stateless}),
        lambda i: org_at.get(i, ("", None, None))[2] == "igo",
        published,
    )
    pms = people.read_people(doc, ctx)
    clusters = coref.cluster_names(doc, pms)
    coref.add_surname_mentions(doc, pms, clusters, ctx)
    coref.apply_dictionary(clusters, published)
    person_tokens = {i for p in pms if p.form == "name" for i in range(p.start, p.end)}

    # Organisations the gazetteer does not list, then the references that may need them.
    found_orgs = orgs.find_orgs(doc, country_at, blocked, person_tokens, gaz)
    orgs.resolve_acronyms(doc, found_orgs)
    for o in found_orgs:
        o.country = as_of(o.country)
        for i in range(o.start, o.end):
            org_at.setdefault(i, (o.name, o.country, o.sector))
    coref.resolve_counterparts(doc, pms, clusters)
    coref.resolve_descriptions(doc, pms, clusters, ctx)
    coref.resolve_pronouns(doc, pms, clusters)

    records: list[Mention] = []
    extents: list[tuple[int, int, int, str]] = []  # (record index, start token, end token, rank kind)

    def add(rec: Mention, s: int, e: int, rank: str) -> int:
        records.append(rec)
        extents.append((len(records) - 1, s, e, rank))
        return len(records) - 1

    cols = columns(doc)

    def ev(s: int, e: int):  # noqa: ANN202
        if e <= s:
            span = doc[s:e]
            return evidence(doc_id, text, span.start_char, span.end_char)
        return evidence(doc_id, text, cols.starts[s], cols.starts[e - 1] + len(cols.words[e - 1]))

    for p in pms:
        if p.cluster >= 0:
            c = clusters[p.cluster]
            name, role, role_text, title, sector, country = (
                c.display,
                c.role,
                c.role_text,
                c.title,
                c.sector,
                c.country,
            )
        else:
            name = p.role_text or doc[p.start : p.end].text
            for det in ("the ", "The ", "his ", "her ", "their "):
                name = name[len(det) :] if name.startswith(det) else name
            role, role_text, title, sector, country = p.role, p.role_text, None, p.sector, p.country
        if role in {"counterpart", "host"}:
            role = None
        k = add(
            Mention(
                name=name,
                kind="person",
                country=as_of(country),
                role=role,
                role_text=role_text,
                title=title,
                sector=sector or ("government" if role else None),
                evidence=ev(p.start, p.end),
            ),
            p.start,
            p.end,
            "person",
        )
        if p.role_span:
            extents.append((k, p.role_span[0], p.role_span[1], "role"))

    doc_countries: Counter[str] = Counter()
    for m in matches:
        e = _best(m)
        if e is None:
            continue
        if e.kind in {"igo", "org"}:
            add(
                Mention(
                    name=e.key,
                    kind="organisation",
                    country=as_of(e.country),
                    sector=e.sector,
                    evidence=ev(m.start, m.end),
                ),
                m.start,
                m.end,
                "organisation",
            )
            continue
        if e.kind == "country" or (e.kind in {"capital", "seat"} and places.metonymic(doc, m)):
            iso3 = as_of(e.country)
            if iso3 is None:
                continue
            doc_countries[iso3] += 1
            if e.country:
                doc_countries[e.country] += 1
            add(
                Mention(
                    name=gaz.country_name(iso3),
                    kind="country",
                    country=iso3,
                    sector=e.sector if e.kind == "seat" else "government",
                    evidence=ev(m.start, m.end),
                ),
                m.start,
                m.end,
                "country",
            )
        elif e.kind in {"capital", "seat", "region", "subdivision"} and e.country:
            doc_countries[e.country] += 1
    for sm in found_stateless:
        if any(o.start <= sm.start < o.end for o in found_orgs) or sm.start in person_tokens:
            continue  # "the Kurdish People's Protection Units" took the country
        add(
            Mention(
                name=gaz.country_name(sm.country),
                kind="country",
                country=sm.country,
                sector="non_state",
                evidence=ev(sm.start, sm.end),
            ),
            sm.start,
            sm.end,
            "country",
        )
    for g in found_groups:
        add(
            Mention(name=g.igo, kind="organisation", sector="igo", evidence=ev(g.start, g.end)),
            g.start,
            g.end,
            "organisation",
        )
    for o in found_orgs:
        add(
            Mention(
                name=o.name,
                kind="organisation",
                country=o.country,
                sector=o.sector,
                evidence=ev(o.start, o.end),
            ),
            o.start,
            o.end,
            "organisation",
        )
    _acronym_mentions(doc, found_orgs, records, extents, ev, person_tokens | blocked)

    # Places: the people's countries count too ("Thatcher and Mitterrand ... in Canterbury").
    for rec in records:
        if rec.kind == "person" and rec.country:
            doc_countries[rec.country] += 1
    hits = places.geocode(doc, gaz, matches, doc_countries, person_tokens)
    taken = {i for m in matches for i in range(m.start, m.end)} | {
        i for h in hits for i in range(h.start, h.end)
    }
    taken.update(i for _, s, e, _ in extents for i in range(s, e))
    person_words = {w.lower() for r in records if r.kind == "person" for w in r.name.split()}
    hits.extend(places.unlisted(doc, taken, person_words))
    place_records: list[Place] = []
    place_index: dict[int, int] = {}
    for h in hits:
        place_records.append(
            Place(
                name=h.name,
                country=as_of(h.country),
                lat=h.lat,
                lon=h.lon,
                feature=h.feature,
                gazetteer_id=h.gazetteer_id,
                evidence=ev(h.start, h.end),
            )
        )
        for i in range(h.start, h.end):
            place_index[i] = len(place_records) - 1

    # Text order, and the token index.
    order = sorted(range(len(records)), key=lambda k: (records[k].evidence.start, _RANK[records[k].kind]))
    new_pos = {old: new for new, old in enumerate(order)}
    mentions = [records[k] for k in order]
    # each token's records, best first: rank, then the shorter extent, then text order
    by_token: dict[int, list[int]] = defaultdict(list)
    for _, _, pos, s, e in sorted((_RANK[rank], e - s, new_pos[k], s, e) for k, s, e, rank in extents):
        for i in range(s, e):
            by_token[i].append(pos)
    token_index = {i: (v[0],) if len(v) == 1 else tuple(dict.fromkeys(v)) for i, v in by_token.items()}
    return ActorsFound(mentions, place_records, token_index, place_index)


def _named_person(doc: Doc, m: Match, person_ents: set[int]) -> bool:
    """A lone word that is the surname of someone the story names ("Rodríguez called on ..."),
    however the recogniser labels it, and not written as a place ("in Rodriguez")."""
    if m.start in person_ents:
        return True
    tok = doc[m.start]
    return (
        tok.ent_type_ in {"GPE", "ORG", "NORP", ""}
        and not places.locative(doc, m.start)
        and not (places.governed_locatively(tok))
    )


def _person_surnames(doc: Doc, published) -> set[str]:  # noqa: ANN001
    """Surnames the document gives people ("John Kerry" ... "Kerry said"), and those of office
    holders at the publication date: a lone PERSON entity so written is the person, not the
    place of the same name (County Kerry)."""
    out = {normalise(doc[e.end - 1].text) for e in ents(doc) if e.label_ == "PERSON" and e.end - e.start >= 2}
    book = dictionary.load()
    for e in ents(doc):
        if e.label_ == "PERSON" and e.end - e.start == 1 and published is not None:
            res = book.resolve_short(dictionary.fold(e.text), published)
            if res is not None and res.role is not None:
                out.add(normalise(e.text))
    return out


def _acronym_mentions(doc, found_orgs, records, extents, ev, taken) -> None:  # noqa: ANN001
    """ "Supreme National Security Council (SNSC)": later "SNSC" is the same organisation."""
    aliases: dict[str, orgs.OrgMention] = {}
    for o in found_orgs:
        if o.end + 2 < len(doc) and doc[o.end].text == "(" and doc[o.end + 2].text == ")":
            acr = doc[o.end + 1].text
            if acr.isupper() and 2 <= len(acr) <= 8:
                aliases[acr] = o
    if not aliases:
        return
    spans = {(s, e) for _, s, e, _ in extents}
    for tok in tokens_with(doc, aliases, "words"):
        o = aliases.get(tok.text)
        if o is None or tok.i in taken or (tok.i, tok.i + 1) in spans:
            continue
        records.append(
            Mention(
                name=o.name,
                kind="organisation",
                country=o.country,
                sector=o.sector,
                evidence=ev(tok.i, tok.i + 1),
            )
        )
        extents.append((len(records) - 1, tok.i, tok.i + 1, "organisation"))
