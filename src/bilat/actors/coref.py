"""Within-document coreference of people: short names, definite descriptions, pronouns.

Full names (two words or more) open clusters; a short name joins the cluster whose name ends
with it (or starts with it, for names written family name first); a definite description ("the
Russian leader", "the two ministers") joins the most recent cluster of a compatible role and
country; a personal pronoun joins the subject of its sentence or of the closest sentence before.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bilat.actors import dictionary
from bilat.actors import roles as R
from bilat.actors.gazetteer import normalise
from bilat.actors.people import FAMILY_FIRST, PRONOUNS, Cluster, Context, PersonMention
from bilat.parse import children, columns

if TYPE_CHECKING:
    from spacy.tokens import Doc

_DEPUTY_ROLES = frozenset(
    {"deputy_minister", "deputy_head_of_government", "vice_president", "deputy_security_council_secretary"}
)
#: Monarchs' titles a description refers back with ("the Emir", "the Crown Prince").
_MONARCH_TITLES = frozenset({"emir", "amir", "sultan", "queen", "shah", "emperor", "monarch", "crown prince"})
_OTHER_HEADS = ("leader", "king", "emir", "sultan", "queen", "monarch", "prince", "ayatollah")
_ROLE_RANK = {None: 0, "counterpart": 1, "official": 2, "leader": 2, "host": 1}


def _key_words(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(normalise(w) for w in words if w not in {"-", "."} and w.strip())


def _display(doc: Doc, m: PersonMention) -> str:
    return doc[m.start : m.end].text


def cluster_names(doc: Doc, mentions: list[PersonMention]) -> list[Cluster]:
    clusters: list[Cluster] = []
    # Longest names first so that "Vladimir Putin" is the cluster "Putin" joins.
    order = sorted(
        range(len(mentions)), key=lambda i: (-len(_key_words(mentions[i].words)), mentions[i].start)
    )
    for idx in order:
        m = mentions[idx]
        words = _key_words(m.words)
        if not words:
            continue
        best = None
        for ci, c in enumerate(clusters):
            if _same_person(words, c.words, c.country or m.country):
                best = ci
                if c.mentions and c.mentions[-1].start < m.start:
                    pass
        if best is None:
            clusters.append(Cluster(words, _display(doc, m)))
            best = len(clusters) - 1
        m.cluster = best
        clusters[best].mentions.append(m)
        _merge(clusters[best], m)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)
    return clusters


def _same_person(words: tuple[str, ...], canon: tuple[str, ...], country: str | None) -> bool:
    if words == canon:
        return True
    if len(words) >= len(canon):
        return False
    if len(words) == 1:
        w = words[0]
        if canon[-1] == w or (canon[0] == w and country in FAMILY_FIRST):
            return True
        # "Amir Abdollahian" -> "Hossein Amir Abdollahian"; hyphenated family names.
        return w in canon[1:] and len(w) > 3
    # "Mr Putin" style was trimmed already; "Ali Khamenei" inside "Seyyed Ali Khamenei".
    n = len(words)
    return canon[-n:] == words or (country in FAMILY_FIRST and canon[:n] == words)


def _merge(c: Cluster, m: PersonMention) -> None:
    stronger = m.role and (
        c.role is None
        or (c.role in {"military", "cleric"} and not m.title_role)
        or _ROLE_RANK.get(c.role, 3) < _ROLE_RANK.get(m.role, 3)
    )
    if stronger:
        c.role, c.role_text, c.sector = m.role, m.role_text or c.role_text, m.sector
    if m.title and not c.title:
        c.title = m.title
    if m.country and not c.country:
        c.country = m.country
    if not c.sector and m.sector:
        c.sector = m.sector


#: Dependencies in which a capitalised word the parser called a common noun is a whole argument.
_NAME_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative"})


def add_surname_mentions(
    doc: Doc, mentions: list[PersonMention], clusters: list[Cluster], ctx: Context
) -> None:
    """Bare surnames the parser did not tag ("Shamkhani said ...") join their clusters."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    taken |= {i for m in mentions if m.role_span for i in range(*m.role_span)}
    surnames: dict[str, int] = {}
    for ci, c in enumerate(clusters):
        if len(c.words) >= 2 or any(m.start for m in c.mentions):
            surnames.setdefault(c.words[-1], ci)
            if c.country in FAMILY_FIRST:
                surnames.setdefault(c.words[0], ci)
    for i, word in enumerate(columns(doc).words):
        if i in taken or i in ctx.blocked or not word[:1].isupper():
            continue
        tok = doc[i]
        if tok.pos_ != "PROPN" and not (tok.pos_ == "NOUN" and tok.dep_ in _NAME_SLOTS):
            # "Rawlings on Saturday asked ...": a surname the parser took for a plural common noun
            # is still the name when it stands as a whole argument, not as a modifier ("Rice exports")
            continue
        ci = surnames.get(normalise(tok.text))
        if ci is None:
            continue
        m = PersonMention(tok.i, tok.i + 1, "name", (tok.text,), cluster=ci)
        clusters[ci].mentions.append(m)
        mentions.append(m)
    mentions.sort(key=lambda m: m.start)


def resolve_counterparts(doc: Doc, mentions: list[PersonMention], clusters: list[Cluster]) -> None:
    """ "his Russian counterpart, Alexander Novak" holds the role of the one "his" refers to."""
    for m in mentions:
        if m.counterpart_of is None:
            continue
        antecedent = _pronoun_antecedent(doc, m.counterpart_of, mentions, exclude=m.cluster)
        c = clusters[m.cluster]
        if antecedent is not None:
            other = clusters[antecedent]
            if other.role and c.role in {None, "counterpart"}:
                c.role, c.sector = other.role, other.sector
                c.role_text = c.role_text or "counterpart"


def _subject_cluster(doc: Doc, sent_start: int, sent_end: int, mentions: list[PersonMention], before: int):
    cands = [m for m in mentions if sent_start <= m.start < min(sent_end, before) and m.cluster >= 0]
    for m in cands:
        head = doc[m.end - 1]
        if head.dep_ in {"nsubj", "nsubjpass"} or (
            head.dep_ in {"conj", "appos", "compound"} and head.head.dep_ in {"nsubj", "nsubjpass"}
        ):
            return m.cluster
    return cands[0].cluster if cands else None


def _pronoun_antecedent(doc: Doc, i: int, mentions: list[PersonMention], exclude: int = -1) -> int | None:
    sent = doc[i].sent
    own = [m for m in mentions if m.cluster != exclude]
    c = _subject_cluster(doc, sent.start, sent.end, own, i)
    if c is not None:
        return c
    sents = list(doc.sents)
    k = next((n for n, s in enumerate(sents) if s.start == sent.start), 0)
    for back in range(1, 4):
        if k - back < 0:
            break
        s = sents[k - back]
        c = _subject_cluster(doc, s.start, s.end, own, s.end)
        if c is not None:
            return c
    return None


def resolve_pronouns(doc: Doc, mentions: list[PersonMention], clusters: list[Cluster]) -> None:
    taken = {i for m in mentions for i in range(m.start, m.end)}
    named = [m for m in mentions if m.cluster >= 0]
    new: list[PersonMention] = []
    for i, lower in enumerate(columns(doc).lower):
        if lower not in PRONOUNS or i in taken:
            continue
        tok = doc[i]
        exclude = -1
        if tok.lower_ in {"him", "her"} and tok.dep_ in {"dobj", "iobj", "pobj", "dative"}:
            # "X thanked him": not X.
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            subj = next((c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
            owner = next((m for m in named + new if subj is not None and m.start <= subj.i < m.end), None)
            exclude = owner.cluster if owner else -1
        ci = _pronoun_antecedent(doc, tok.i, named + [n for n in new if n.start < tok.i], exclude=exclude)
        if ci is None:
            continue
        m = PersonMention(tok.i, tok.i + 1, "pronoun", cluster=ci)
        new.append(m)
        clusters[ci].mentions.append(m)
    mentions.extend(new)
    mentions.sort(key=lambda m: m.start)


def resolve_descriptions(
    doc: Doc, mentions: list[PersonMention], clusters: list[Cluster], ctx: Context
) -> None:
    """ "the Russian leader", "the Iranian president", "the two ministers", "the senior Iranian official"."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    taken |= {i for m in mentions if m.role_span for i in range(*m.role_span)}
    new: list[PersonMention] = []
    lower = columns(doc).lower
    i = 0
    while i < len(doc):
        if lower[i] not in R.ROLE_NOUNS and lower[i] not in ("prime", "counterpart", "crown"):
            i += 1  # no role noun starts here: skip without building a Token
            continue
        tok = doc[i]
        noun = tok.lower_
        span_end = i + 1
        if noun == "prime" and i + 1 < len(doc) and doc[i + 1].lower_ == "minister":
            noun, span_end = "prime minister", i + 2
        if noun == "crown" and i + 1 < len(doc) and doc[i + 1].lower_ == "prince":
            noun, span_end = "crown prince", i + 2
        if noun == "minister" and i > 0 and doc[i - 1].lower_ == "prime":
            i += 1
            continue
        allowed = R.ROLE_NOUNS.get(noun)
        if noun == "counterpart":
            allowed = _counterpart_roles(doc, i, mentions, clusters)
        if allowed is not None and i > 0 and doc[i - 1].lower_ in R.DEPUTY_WORDS:
            allowed = _DEPUTY_ROLES
        if noun == "prime minister" and i > 0 and doc[i - 1].lower_ in R.DEPUTY_WORDS:
            allowed = _DEPUTY_ROLES
        if allowed is None or i in taken or tok.pos_ not in {"NOUN", "PROPN"}:
            i += 1
            continue
        nxt = doc[span_end] if span_end < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
            i += 1
            continue
        # The description's own words: determiner, numbers, adjectives, country words before the noun.
        s = i
        while (
            s > 0
            and not doc[s].is_sent_start
            and s - 1 not in taken
            and (
                doc[s - 1].pos_ in {"DET", "ADJ", "NUM", "PRON", "PROPN", "NOUN"} or (s - 1) in ctx.country_at
            )
        ):
            if doc[s - 1].pos_ == "NOUN" and normalise(doc[s - 1].text) not in R.lexicon().portfolios:
                break
            if doc[s - 1].pos_ == "PROPN" and (s - 1) not in ctx.country_at and (s - 1) not in ctx.org_at:
                break
            s -= 1
        words = [t.lower_ for t in doc[s:i]]
        if (
            not words
            or words[0] not in {"the", "his", "her", "their", "its", "both"}
            and (s not in ctx.country_at)
        ):
            i += 1
            continue
        country = next((ctx.country_at[k] for k in range(s, i) if k in ctx.country_at), None)
        if country is None:
            country = _of_country(doc, span_end, ctx)
        if noun == "counterpart":
            if country is None:
                i += 1
                continue  # "his counterpart" alone may be anyone of the other side
            # "his" stays the possessor's own mention: both meet ("talks with his Russian counterpart")
            s += next(n for n, w in enumerate(words) if w in {"his", "her"}) + 1
        portfolio = None
        lex = R.lexicon()
        for w in words:
            if normalise(w) in lex.portfolios and noun in {"minister", "ministers", "secretary"}:
                portfolio = lex.portfolios[normalise(w)]
        plural = (
            noun.endswith("s")
            and noun not in {"ministers"}
            or noun == "ministers"
            or any(w in {"two", "both"} for w in words)
        )
        if noun in {"official", "officials"} and country is None:
            i += 1
            continue
        if plural and not {"the", "two", "both", "their"} & set(words):
            # "Cuban officials said": unnamed officials, not the ones the story named
            taken.update(range(s, span_end))
            i = span_end
            continue
        title = noun if noun in _MONARCH_TITLES else None
        refs = _candidates(clusters, s, country, allowed, portfolio, 2 if plural else 1, title, lower)
        for ci in refs:
            if country and not clusters[ci].country:
                clusters[ci].country = country
            m = PersonMention(s, span_end, "description", cluster=ci)
            new.append(m)
            clusters[ci].mentions.append(m)
        if not refs and country and not plural and noun not in {"official", "officials"}:
            m = PersonMention(s, span_end, "description", country=country, cluster=-1)
            reading = R.read_role(columns(doc).words[s:span_end])
            if reading:
                m.role, m.sector = reading.role, reading.sector
            m.role_text = doc[s:span_end].text
            new.append(m)
        taken.update(range(s, span_end))
        i = span_end
    mentions.extend(new)
    mentions.sort(key=lambda m: m.start)


def _counterpart_roles(
    doc: Doc, i: int, mentions: list[PersonMention], clusters: list[Cluster]
) -> frozenset[str] | None:
    """ "his Pakistani counterpart": whoever of that country holds the role of the one "his" refers
    to (any role when the possessor's is unknown); only a possessed counterpart is read."""
    k = i - 1
    while k >= 0 and i - k <= 3 and doc[k].lower_ not in {"his", "her"}:
        if doc[k].is_punct or doc[k].pos_ in {"VERB", "AUX", "ADP"}:
            return None
        k -= 1
    if k < 0 or doc[k].lower_ not in {"his", "her"}:
        return None
    owner = _pronoun_antecedent(doc, k, [m for m in mentions if m.cluster >= 0])
    role = clusters[owner].role if owner is not None else None
    if role in _LEADERS:
        return _LEADERS  # a president's counterpart may be a prime minister
    return frozenset({role}) if role and role not in {"counterpart", "host"} else frozenset({"*"})


_LEADERS = frozenset({"head_of_state", "head_of_government"})


def _of_country(doc: Doc, end: int, ctx: Context) -> str | None:
    """ "the president of Iran"."""
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        k = end + 1
        if doc[k].lower_ == "the":
            k += 1
        return ctx.country_at.get(k)
    return None


def _titled(c: Cluster, title: str, lower: list[str]) -> bool:
    """Whether the story wrote ``title`` with one of the cluster's names ("Qatar's Emir Sheikh
    Tamim", "Crown Prince Mohammed bin Salman", "Tamim, the Emir of Qatar")."""
    words = title.split()
    for m in c.mentions:
        if m.form != "name":
            continue
        if title in (m.role_text or "").lower() or title in (m.title or "").lower():
            return True
        lo = max(0, m.start - 4)
        near = lower[lo : m.start]
        if m.role_span is not None:
            near = near + lower[m.role_span[0] : m.role_span[1]]
        if any(near[k : k + len(words)] == words for k in range(len(near))):
            return True
    return title in (c.role_text or "").lower()


def _candidates(
    clusters: list[Cluster],
    before: int,
    country: str | None,
    allowed,  # noqa: ANN001
    portfolio: str | None,
    n: int,
    title: str | None = None,
    lower: list[str] | None = None,
) -> list[int]:
    def last_before(c: Cluster) -> int:
        starts = [m.start for m in c.mentions if m.start < before and m.form == "name"]
        return max(starts) if starts else -1

    def fits(c: Cluster) -> bool:
        if title is not None:
            # "the Emir", "the Crown Prince": the one the story gave that title
            return _titled(c, title, lower or [])
        if "head_of_state" in allowed and "leader" not in allowed:
            # "the president" is not the supreme leader or the king.
            if any(h in (c.role_text or "").lower() for h in _OTHER_HEADS):
                return False
        return R.role_compatible(allowed, c.role, portfolio)

    def ok(c: Cluster) -> bool:
        if country and c.country != country:
            return False
        return fits(c)

    prior = sorted(
        (ci for ci, c in enumerate(clusters) if ok(c) and last_before(c) >= 0),
        key=lambda ci: -last_before(clusters[ci]),
    )
    if not prior and country and n == 1:
        # "Energy Minister Alexander Novak ... the Russian minister": a holder of the role whose
        # country the text never gave is that country's, when no other such holder came before
        unplaced = [ci for ci, c in enumerate(clusters) if not c.country and last_before(c) >= 0 and fits(c)]
        if len(unplaced) == 1:
            return unplaced
    if not prior:
        later = sorted(
            (ci for ci, c in enumerate(clusters) if ok(c) and c.mentions),
            key=lambda ci: min(m.start for m in clusters[ci].mentions),
        )
        prior = later[:1] if n == 1 else later
    if n == 1:
        return prior[:1]
    picked: list[int] = []
    for ci in prior:
        if len(picked) == n:
            break
        if picked and clusters[picked[0]].country == clusters[ci].country and len(prior) > n:
            continue
        picked.append(ci)
    return picked if len(picked) == n else []


def apply_dictionary(clusters: list[Cluster], published: dt.date | None) -> None:
    """Give clusters the country, role and full name the actor dictionary knows for their name.

    The text wins: a country or role read from the text is kept, a role implied only by a title
    ("Ayatollah", "General") yields to the office the person held at the publication date. A
    one-word name ("Reagan", "Mr. Sadat") takes the full name only when the dictionary has exactly
    one such person in office at the date and the document names no other person so called.
    """
    book = dictionary.load()
    full_surnames = {c.words[-1] for c in clusters if len(c.words) >= 2}
    for c in clusters:
        titles = [m.title for m in c.mentions if m.title]
        key = dictionary.fold(" ".join(c.words))
        res = None
        for t in titles:  # "King Hussein", "Emir Tamim", "Pope Francis"
            res = res or book.resolve_full(dictionary.fold(f"{t} {key}"), published)
            res = res or book.resolve_full(dictionary.fold(f"{t.split()[-1]} {key}"), published)
        if res is None and " " in key:
            res = book.resolve_full(key, published)
            if res is None:
                parts = key.split()
                res = book.resolve_variant(parts[0], parts[-1], published)
        elif res is None and c.words[-1] not in full_surnames:
            res = book.resolve_short(key, published)
        if res is None:
            continue
        if len(c.words) == 1:
            c.display = res.name
        if res.organisation:
            c.sector = "igo" if c.country is None else c.sector
        elif not c.country:
            c.country = res.country
        stated = any(
            m.role and not m.title_role and m.role not in {"counterpart", "host"} for m in c.mentions
        )
        if res.role and not stated:
            c.role = res.role
            c.role_text = c.role_text if c.role_text else None
            c.sector = "igo" if res.organisation else "government"
