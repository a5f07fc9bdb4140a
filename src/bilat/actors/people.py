"""People: names, their titles and roles, the country they act for, and within-document coreference.

Names come from the parser's PERSON entities and from capitalised words after a title or role
("President Reagan"). A role phrase is read on the left ("Iranian Energy Minister Reza
Ardakanian"), on the right after a comma ("Ali Shamkhani, Secretary of Iran's Supreme National
Security Council") or from an apposition ("his Russian counterpart, Alexander Novak"). Short names
("Ardakanian", "Mr. Raisi"), definite descriptions ("the Russian leader", "the two ministers") and
personal pronouns resolve to the fullest name of the document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bilat.actors import dictionary
from bilat.actors import roles as R
from bilat.actors.gazetteer import normalise
from bilat.parse import columns, doc_text, ents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Name particles that stay lower case inside a name ("Richard von Weizsaecker").
PARTICLES = frozenset("von van der den de da del di du la le al el bin ibn bint ben abu y dos das".split())
#: Countries whose names are written family name first ("Xi Jinping" -> "Xi").
FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "JPN_OLD", "KHM", "MNG", "SGP"})
PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_LEFT_STOP_POS = frozenset({"VERB", "AUX", "PRON", "SCONJ", "NUM", "INTJ"})
_PLURAL_WORDS = frozenset({"two", "both", "three"})


@dataclass
class PersonMention:
    start: int  # token span of the mention itself
    end: int
    form: str  # name, pronoun, description
    words: tuple[str, ...] = ()  # the written name without title, for named mentions
    role: str | None = None
    role_text: str | None = None
    title: str | None = None
    sector: str | None = None
    country: str | None = None
    role_span: tuple[int, int] | None = None  # token span of the role phrase beside the name
    cluster: int = -1
    title_role: bool = False  # the role was only implied by the title ("General")
    counterpart_of: int | None = None  # token index of the possessive in "his counterpart"


@dataclass
class Cluster:
    words: tuple[str, ...]
    display: str
    mentions: list[PersonMention] = field(default_factory=list)
    role: str | None = None
    role_text: str | None = None
    title: str | None = None
    sector: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Context:
    """What the people reader needs from the rest of the stage."""

    country_at: dict[int, str]  # token index -> ISO3 for tokens of country/capital/seat matches
    org_at: dict[int, tuple[str, str | None, str | None]]  # token -> (org name, country, sector)
    blocked: frozenset[int]  # tokens of gazetteer matches that cannot be part of a name
    is_igo: Callable[[int], bool]
    published: dt.date | None = None


#: Head nouns of an apposition that say the name before it is no person ("Pechiney, the French
#: aluminium group"; "Grozny, the Chechen capital").
NON_PERSON_HEADS = frozenset(
    "company group firm maker manufacturer producer carrier airline bank concern conglomerate giant "
    "museum gallery palace hotel newspaper daily magazine agency network channel brand party movement "
    "city town village capital port region province republic state island river mountain district "
    "oblast county area territory base plant refinery field site complex project programme program "
    "ship vessel submarine satellite missile aircraft jet treaty accord agreement".split()
)


def _cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _name_tokens_ok(doc: Doc, s: int, e: int) -> bool:
    cols = columns(doc)
    return any(w[:1].isupper() for w in cols.words[s:e]) and not all(cols.is_punct[s:e])


def _trim_name(doc: Doc, start: int, end: int, ctx: Context) -> tuple[int, int]:
    """Strip titles, roles, country words and possessives the entity took in ("President Putin's")."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in {"'s", "’s", "'"}):
        end -= 1
    while start < end:
        words = columns(doc).words[start:end]
        n = R.title_at(words, 0)
        if n and start + n < end and doc[start + n].text != "-":  # "Amir-Abdollahian" is a surname
            start += n
            continue
        tok = doc[start]
        hyphened = start + 1 < end and doc[start + 1].text == "-"
        if (
            start in ctx.blocked
            or (R.is_role_word(tok.text) and start + 1 < end and not hyphened)
            or tok.is_punct
        ):
            start += 1
            continue
        break
    return start, end


def _is_name_run_token(tok: Token, ctx: Context) -> bool:
    if tok.i in ctx.blocked or tok.is_punct and tok.text not in {"-", "."}:
        return False
    if tok.lower_ in PARTICLES:
        return True
    return _cap(tok) and tok.pos_ in {"PROPN", "NOUN", "ADJ", "X"} and not R.is_role_word(tok.text)


def find_names(doc: Doc, ctx: Context) -> list[tuple[int, int]]:
    """Token spans of person names (without titles)."""
    spans: list[tuple[int, int]] = []
    taken: set[int] = set()
    cols = columns(doc)
    lower_words = {w for w, is_lower in zip(cols.lower, cols.is_lower, strict=True) if is_lower}
    multi_word_surnames = {
        doc[e.end - 1].lower_
        for e in ents(doc)
        if e.label_ == "PERSON" and len(e) > 1 and not any(i in ctx.blocked for i in range(e.start, e.end))
    }
    for ent in ents(doc):
        if ent.label_ != "PERSON":
            continue
        s, e = _trim_name(doc, ent.start, ent.end, ctx)
        # "Ja'afari accused de Mistura": the parser ran two names over a verb.
        cut = next((k for k in range(s + 1, e) if doc[k].is_lower and doc[k].lower_ not in PARTICLES), e)
        if cut < e and doc[cut - 1].text != "-":
            e = cut
        elif cut < e and _compound_suffix(doc[cut]):
            e = cut - 1  # "Putin-sponsored talks", "Trump-era sanctions": the name alone
        if e - s == 1 and doc[s].lower_ in lower_words and doc[s].lower_ not in multi_word_surnames:
            continue  # "U.S. Rice traders" beside "rice imports": a common noun capitalised
        if e <= s or not _name_tokens_ok(doc, s, e) or all(i in ctx.blocked for i in range(s, e)):
            continue
        if _only_titles(doc, s, e) or _not_a_person(doc, s, e):
            continue
        if any(i in ctx.blocked for i in range(s, e)):
            # "Putin Tehran" style merges: keep the part before the place.
            k = next(i for i in range(s, e) if i in ctx.blocked)
            e = k
            if e <= s:
                continue
        if e - s == 1 and (doc[s].pos_ != "PROPN" or s in ctx.blocked):
            continue
        if spans and spans[-1][1] == s and doc[s - 1].whitespace_ and not doc[s - 1].is_punct:
            # "Sahabzada Yaqub" + "Khan": the recogniser cut one name in two
            s = spans.pop()[0]
        spans.append((s, e))
        taken.update(range(s, e))
    # Capitalised words after a title or role head: "President Reagan", "Ayatollah Khamenei".
    words = cols.words
    roles = R.lexicon().roles
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        n = R.title_at(words, i)
        if not n and not (cols.lower[i] in roles and R.is_role_word(word)):
            continue
        j = i + max(n, 1)
        while j < len(doc) and R.title_at(words, j):
            j += R.title_at(words, j)
        if j >= len(doc) or j in taken or not _cap(doc[j]) or doc[j].pos_ != "PROPN":
            continue
        k = j
        while k < len(doc) and k - j < 4 and k not in taken and _is_name_run_token(doc[k], ctx):
            if R.title_at(words, k):
                break
            k += 1
        while k > j and (doc[k - 1].lower_ in PARTICLES or doc[k - 1].is_punct):
            k -= 1
        if k > j and any(doc[x].ent_type_ not in {"GPE", "LOC", "FAC"} for x in range(j, k)):
            spans.append((j, k))
            taken.update(range(j, k))
    spans = [_extend_known(doc, s, e, ctx, taken) for s, e in spans]
    spans.extend(_dictionary_names(doc, ctx, taken))
    return sorted(_join_hyphens(doc, s, e) for s, e in spans)


def _extend_known(doc: Doc, s: int, e: int, ctx: Context, taken: set[int]) -> tuple[int, int]:
    """A name the parser cut short ("Shah Mehmood" + "Qureshi", "Liu" + "He") when the longer
    form is a name of the actor dictionary, or a capitalised "He" after a one-word family name."""
    book = dictionary.load()
    best = e
    k = e
    while k < len(doc) and k - e < 4 and k not in ctx.blocked and (k not in taken or k < e):
        tok = doc[k]
        if not (_cap(tok) or (tok.text == "-" and not tok.whitespace_)) or tok.is_sent_start:
            break
        k += 1
        if tok.text != "-" and dictionary.fold(doc[s:k].text) in book.full:
            best = k
    if best == e and e - s == 1 and e < len(doc) and doc[e].text == "He" and not doc[e].is_sent_start:
        best = e + 1  # mid-sentence the pronoun is never capitalised
    taken.update(range(e, best))
    return s, best


def _only_titles(doc: Doc, s: int, e: int) -> bool:
    """ "Emir Sheikh", "Crown Prince": an entity of titles and role words names nobody by itself."""
    words = columns(doc).words[s:e]
    k = 0
    while k < len(words):
        n = R.title_at(words, k)
        if n:
            k += n
        elif R.is_role_word(words[k]) or words[k].lower() in R.MODIFIERS:
            k += 1
        else:
            return False
    return True


def _not_a_person(doc: Doc, s: int, e: int) -> bool:
    """A PERSON entity the context shows is a thing: "the Louvre", "Pechiney, the aluminium group"."""
    if (
        s > 0
        and doc[s - 1].lower_ in {"the", "a", "an"}
        and e - s == 1
        and doc[s].dep_ not in {"compound", "amod", "nmod", "poss"}
        and not (e < len(doc) and doc[e].text in {"-", "'s", "’s"})
    ):
        return True
    if e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in {"the", "a", "an"}:
        k = e + 2
        while k < len(doc) and k - e < 8 and doc[k].pos_ in {"ADJ", "PROPN", "NOUN", "NUM", "PUNCT"}:
            if doc[k].pos_ == "NOUN" and (k + 1 >= len(doc) or doc[k + 1].pos_ != "NOUN"):
                return doc[k].lower_ in NON_PERSON_HEADS
            if doc[k].is_punct and doc[k].text != "-":
                break
            k += 1
    return False


def _dictionary_names(doc: Doc, ctx: Context, taken: set[int]) -> list[tuple[int, int]]:
    """Names of the actor dictionary the parser did not call PERSON ("Lavrov said", tagged ORG):
    a full name or a listed alias anywhere, a bare surname only when one holder is in office.
    Read from the token columns: a Token is built only for a word that may start a name."""
    book = dictionary.load()
    spans: list[tuple[int, int]] = []
    cols = columns(doc)
    words, pos, lower, text = cols.words, cols.pos, cols.lower, doc_text(doc)
    n = len(words)

    def free(k: int) -> bool:
        return k not in taken and k not in ctx.blocked

    def in_name(k: int) -> bool:
        return (
            (words[k][:1].isupper() and pos[k] == "PROPN")
            or (words[k] == "-" and not cols.whitespace[k])
            or lower[k] in PARTICLES
        )

    i = 0
    while i < n:
        if not free(i) or not words[i][:1].isupper() or pos[i] not in ("PROPN", "NOUN"):
            i += 1
            continue
        tok = doc[i]
        # A sentence-initial surname the tagger took for a common noun ("Guterres urged").
        initial_noun = pos[i] == "NOUN" and tok.is_sent_start and i + 1 < n and pos[i + 1] == "VERB"
        if pos[i] != "PROPN" and not initial_noun:
            i += 1
            continue
        j = i
        while j < n and j - i < 6 and free(j) and in_name(j):
            j += 1
        found = None
        for k in range(j, i, -1):
            key = dictionary.fold(text[cols.starts[i] : cols.starts[k - 1] + len(words[k - 1])])
            if " " in key and key in book.full:
                found = (i, k)
                break
        if initial_noun:
            j = i + 1
        if found is None and j == i + 1 and R.title_at([tok.text], 0) == 0 and tok.ent_type_ != "DATE":
            if (
                tok.dep_ != "compound"
                and len(tok.text) >= 4
                and ctx.published is not None
                and (res := book.resolve_short(dictionary.fold(tok.text), ctx.published)) is not None
                and res.role is not None
            ):
                found = (i, i + 1)
        if found:
            spans.append(found)
            taken.update(range(*found))
            i = found[1]
        else:
            i = max(j, i + 1)
    return spans


#: Lower-case second parts of an adjectival compound on a name ("Putin-era", "Saudi-led").
_COMPOUND_WORDS = frozenset("era style like friendly sponsored backed led brokered linked allied".split())


def _compound_suffix(tok: Token) -> bool:
    return tok.is_lower and (tok.lower_ in _COMPOUND_WORDS or tok.lower_.endswith("ed"))


def _join_hyphens(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """ "Moon Jae-in", "Kassym-Jomart Tokayev": hyphenated parts belong to the name; "Reagan-Gorbachev",
    where the parser starts a second name after the hyphen, are two names."""
    while e < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_:
        if e + 1 < len(doc) and doc[e + 1].ent_iob_ == "B":
            break
        if (
            e + 1 < len(doc)
            and doc[e + 1].is_alpha
            and not doc[e].whitespace_
            and not _compound_suffix(doc[e + 1])
        ):
            e += 2
        else:
            break
    if e > s and doc[e - 1].text == "-" and e < len(doc) and doc[e].is_alpha:
        if _compound_suffix(doc[e]):
            return s, e - 1
        e += 1
    while (
        e + 1 < len(doc) and doc[e].text[:1].isupper() and doc[e].pos_ == "PROPN" and doc[e - 1].text == "-"
    ):
        e += 1
    return s, e


def _left_phrase(doc: Doc, start: int, names: set[int], ctx: Context) -> tuple[int, int] | None:
    """The role phrase written right before a name, as a token span, or None."""
    lex = R.lexicon()
    j = start - 1
    sent_start = doc[start].sent.start
    while j >= sent_start and start - j <= 14:
        tok = doc[j]
        low = tok.lower_
        if j in names:
            break
        if tok.is_punct and low not in {"'s", "’s", "-", "'"}:
            break
        if low == "and":
            if not (
                j - 1 >= sent_start and j - 1 not in names and normalise(doc[j - 1].text) in lex.portfolios
            ):
                break
        elif low in {"of", "for", "to", "the"} or low in R.MODIFIERS or low in {"'s", "’s"}:
            pass
        elif j in ctx.country_at or j in ctx.org_at:
            pass
        elif R.is_role_word(tok.text) or low in R.role_words() or R.title_at(columns(doc).words[j:start], 0):
            pass
        elif _cap(tok) and tok.pos_ not in _LEFT_STOP_POS and not (j == sent_start and tok.pos_ == "ADP"):
            pass
        else:
            break
        j -= 1
    s = j + 1
    while s < start and doc[s].lower_ in {"of", "for", "to", "the", "and", "'s", "’s", "-"}:
        s += 1
    if s >= start:
        return None
    words = columns(doc).words[s:start]
    has_role = any(
        R.match_at(lex.roles, [normalise(w) for w in words], i, lex.role_max) for i in range(len(words))
    )
    has_title = any(R.title_at(words, i) for i in range(len(words)))
    if not (has_role or has_title):
        return None
    # A capitalised word left of the first role/title/country word is not part of the phrase.
    while s < start and not (
        s in ctx.country_at
        or s in ctx.org_at
        or R.is_role_word(doc[s].text)
        or doc[s].lower_ in R.role_words()
        or R.title_at(words, s - (start - len(words)))
        or doc[s].lower_ in R.MODIFIERS
        or doc[s].lower_ in R.DEPUTY_WORDS
    ):
        s += 1
    return (s, start) if s < start else None


def _right_phrase(doc: Doc, end: int, ctx: Context) -> tuple[int, int] | None:
    """The role phrase after ``Name,``: "Ali Shamkhani, Secretary of Iran's Supreme ... Council"."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    k = end + 1
    sent_end = doc[end].sent.end
    lex = R.lexicon()
    while k < sent_end and k - end <= 16:
        tok = doc[k]
        low = tok.lower_
        if tok.is_punct and low not in {"'s", "’s", "-", "'"}:
            break
        if low in {"who", "which", "that", "whose"} or tok.pos_ in {"VERB", "AUX"} and not _cap(tok):
            break
        if low == "and" and not (k + 1 < sent_end and _cap(doc[k + 1]) and _cap(doc[k - 1])):
            break
        k += 1
    if k <= end + 1:
        return None
    words = columns(doc).words[end + 1 : k]
    reading = R.read_role(words)
    if reading is None or reading.head_index > 4:
        return None
    lead = [normalise(w) for w in words[: reading.head_index]]
    if any(not (w in R.MODIFIERS or w in lex.portfolios or w in R.DEPUTY_WORDS) for w in lead):
        # Everything before the head must be a determiner, adjective or country word.
        idx = [end + 1 + i for i in range(reading.head_index)]
        if not all(i in ctx.country_at or doc[i].pos_ in {"DET", "ADJ", "PART"} for i in idx):
            return None
    return (end + 1, k)


def _appos_phrase(doc: Doc, start: int, end: int, names: set[int], ctx: Context) -> tuple[int, int] | None:
    """The role noun phrase a name is in apposition to, written before it:
    "his Russian counterpart, Alexander Novak", "Iran's Ambassador to Russia, Kazem Jalali"."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    closed = end >= len(doc) or doc[end].text in {",", ".", ")", ";", "—", "–"}
    if not closed and doc[end - 1].dep_ != "appos":
        return None
    j = start - 2
    sent_start = doc[start].sent.start
    while j >= sent_start and start - j <= 12 and j not in names:
        tok = doc[j]
        if tok.is_punct and tok.lower_ not in {"'s", "’s", "-"}:
            break
        if tok.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"} or tok.lower_ in {
            "with",
            "by",
            "from",
            "after",
            "before",
        }:
            break
        if tok.pos_ == "PRON" and tok.lower_ not in {"his", "her", "their", "its"}:
            break
        j -= 1
        # "the" inside "representative to the UN" or "head of the IMF" does not open the phrase.
        inner = tok.lower_ in {"the", "a", "an"} and j >= sent_start and doc[j].lower_ in R.PREPOSITIONS
        if tok.lower_ in {"his", "her", "their", "the", "a", "an"} and not inner:
            break
    s = j + 1
    if s >= start - 1:
        return None
    words = columns(doc).words[s : start - 1]
    reading = R.read_role(words)
    if reading is None:
        return None
    return (s, start - 1)


def _phrase_facts(
    doc: Doc, span: tuple[int, int], ctx: Context, role: R.RoleReading
) -> tuple[str | None, str]:
    """The country a role phrase gives its holder, and the sector."""
    s, e = span
    head = s + role.head_index
    host_role = role.role in {"ambassador", "envoy", "diplomat", "deputy_minister", "minister"}
    before: list[str] = []
    after: list[str] = []
    sector = role.sector
    prep = None
    for i in range(s, e):
        low = doc[i].lower_
        if low in R.PREPOSITIONS:
            prep = low
        if i in ctx.org_at:
            _, oc, osec = ctx.org_at[i]
            # "Pakistan's permanent representative to the UN" serves Pakistan, not the UN.
            accredited = host_role and i > head and prep in {"to", "at"}
            if osec == "igo" and (i < head + 3 or prep in {"of", "for"}) and not accredited:
                sector = "igo"
            if oc and not (host_role and prep in {"to", "in"}):
                (before if i < head else after).append(oc)
        if i in ctx.country_at:
            if i > head and host_role and prep in {"to", "in", "at"}:
                continue
            (before if i < head else after).append(ctx.country_at[i])
    country = (before or after or [None])[0]
    if sector == "igo":
        country = None
    return country, sector


def read_people(doc: Doc, ctx: Context) -> list[PersonMention]:
    """Every person mention of the document, resolved to clusters (``cluster`` indexes ``clusters``)."""
    names = find_names(doc, ctx)
    name_tokens = {i for s, e in names for i in range(s, e)}
    mentions: list[PersonMention] = []
    for s, e in names:
        m = PersonMention(s, e, "name", tuple(t.text for t in doc[s:e]))
        _attach_left(doc, m, name_tokens, ctx)
        for finder in ("right", "appos"):
            if m.role and not m.title_role:
                break
            span = (
                _right_phrase(doc, e, ctx)
                if finder == "right"
                else _appos_phrase(doc, _left_edge(m, s), e, name_tokens, ctx)
            )
            if span:
                _apply_phrase(doc, m, span, ctx)
        mentions.append(m)
    return mentions


def _attach_left(doc: Doc, m: PersonMention, name_tokens: set[int], ctx: Context) -> None:
    span = _left_phrase(doc, m.start, name_tokens, ctx)
    if span is None:
        return
    s, e = span
    words = columns(doc).words[s:e]
    # The titles are the honorifics or ranks adjacent to the name ("... Ayatollah Seyyed Ali Khamenei").
    k = len(words)
    while k > 0:
        n = next((n for n in range(k, 0, -1) if R.title_at(words[k - n : k], 0) == n), 0)
        if not n or (k - n > 0 and normalise(" ".join(words[k - n - 1 : k])) in R.lexicon().roles):
            break
        k -= n
    if k < len(words):
        m.title = " ".join(words[k:])
        for w in range(k, len(words)):
            n = R.title_at(words, w)
            t = R.title_of(" ".join(words[w : w + n])) if n else None
            if t and t.role:
                m.role, m.sector, m.title_role = t.role, t.sector, True
                break
        e = s + k
    if e > s:
        _apply_phrase(doc, m, (s, e), ctx)
    m.role_span = span


def _apply_phrase(doc: Doc, m: PersonMention, span: tuple[int, int], ctx: Context) -> None:
    s, e = span
    words = columns(doc).words[s:e]
    orgs = [ctx.org_at[i][0] for i in range(s, e) if i in ctx.org_at]
    reading = R.read_role(words, orgs)
    if reading is None:
        return
    country, sector = _phrase_facts(doc, span, ctx, reading)
    role = reading.role
    if sector == "igo" and role in {"official", "chair"}:
        role = "igo_head"  # "the head of the IMF", "the chairman of the African Union Commission"
    m.role, m.sector, m.title_role = role, sector, False
    text = doc[s:e].text
    for det in ("the ", "The ", "a ", "an "):
        if text.startswith(det):
            text = text[len(det) :]
    m.role_text = text
    if country:
        m.country = country
    if reading.role == "counterpart":
        poss = next((t for t in doc[s:e] if t.lower_ in {"his", "her", "their"}), None)
        m.counterpart_of = poss.i if poss is not None else s
    if m.role_span is None:
        m.role_span = span
    else:
        m.role_span = (min(m.role_span[0], s), max(m.role_span[1], e))


def _left_edge(m: PersonMention, start: int) -> int:
    """Where an apposition before the name ends: before the titles ("..., Ayatollah Ali Khamenei")."""
    return m.role_span[0] if m.role_span and m.title and not m.role_text else start
