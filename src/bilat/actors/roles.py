"""Roles and titles: the vocabulary (data files) and the reading of a role phrase.

A role phrase is the run of words news puts beside a name ("Iranian Energy Minister",
"Secretary of Iran's Supreme National Security Council", "his Russian counterpart"). Its role is
normalised to a small vocabulary (``head_of_state``, ``foreign_minister``, ``energy_minister``,
``deputy_minister``, ``ambassador``, ``security_council_secretary``, ``military``, ``legislator``, ...)
and kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bilat.actors.gazetteer import _col, _rows, leading_key, normalise

#: Words that open a prepositional complement of a role head ("Minister *of* Energy").
PREPOSITIONS = frozenset({"of", "for", "to", "at", "in", "on", "with"})
#: Words that turn a role into its deputy ("Deputy Foreign Minister").
DEPUTY_WORDS = frozenset({"deputy", "vice", "vice-", "assistant", "under", "first-deputy"})
#: Words that may stand in a role phrase without carrying the role.
MODIFIERS = frozenset(
    "the a an 's ' senior top former acting then new outgoing incoming interim chief first second "
    "high-ranking visiting powerful veteran late current two both ex ex- permanent special "
    "executive general principal head national supreme".split()
)


@dataclass(frozen=True)
class Title:
    written: str
    kind: str  # honorific, rank, religious, royal
    role: str | None
    sector: str | None


@dataclass(frozen=True)
class Lexicon:
    roles: dict[str, tuple[str, str]]  # normalised phrase -> (role, sector)
    portfolios: dict[str, str]
    titles: dict[str, Title]
    role_max: int
    title_max: int
    portfolio_max: int
    title_leads: frozenset[str] = frozenset()  # what each title's key starts with, see ``_LEAD``


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    roles = {normalise(r[0]): (r[1], _col(r, 2) or "government") for r in _rows("roles.tsv")}
    portfolios = {normalise(r[0]): r[1] for r in _rows("portfolios.tsv")}
    titles = {
        normalise(r[0]): Title(r[0], r[1], _col(r, 2) or None, _col(r, 3) or None)
        for r in _rows("titles.tsv")
    }

    def longest(d: dict[str, object]) -> int:
        return max(len(k.split(" ")) for k in d)

    leads = frozenset(_LEAD.match(k).group() for k in titles)  # type: ignore[union-attr]
    return Lexicon(roles, portfolios, titles, longest(roles), longest(titles), longest(portfolios), leads)


#: a key's first run of letters: what a word keeps of it whatever follows ("vice-president")
_LEAD = re.compile(r"[^ '-]*")


@lru_cache(maxsize=1 << 14)
def _leads(word: str) -> tuple[str, str]:
    """The leads a key starting with ``word`` may have: as the key's last word, and before
    another ("St." alone is "st.", before a name "saint")."""
    return _LEAD.match(normalise(word)).group(), _LEAD.match(leading_key(word)).group()  # type: ignore[union-attr]


def _words(tokens: list[str]) -> list[str]:
    return [normalise(t) for t in tokens]


def match_at(table: dict[str, object], words: list[str], i: int, max_len: int) -> int:
    """Length (in words) of the longest key of ``table`` starting at ``words[i]``; 0 if none."""
    for n in range(min(max_len, len(words) - i), 0, -1):
        if " ".join(words[i : i + n]) in table:
            return n
    return 0


@dataclass(frozen=True)
class RoleReading:
    role: str
    sector: str
    head_index: int  # index of the role head's first word in the phrase
    head_len: int


def read_role(words: list[str], organisations: list[str] = ()) -> RoleReading | None:  # type: ignore[assignment]
    """Read the governing role of a role phrase given as its words.

    The head is the last role word before the first preposition ("Deputy Secretary *of* the
    Security Council", "Iranian Energy Minister"); a portfolio word before the head or in its
    first complement specialises a minister; a deputy word before the head makes it a deputy.
    ``organisations`` are the normalised names of organisations in the phrase ("security council").
    """
    lex = lexicon()
    w = _words(words)
    found: list[tuple[int, int]] = []
    i = 0
    first_prep = len(w)
    while i < len(w):
        n = match_at(lex.roles, w, i, lex.role_max)  # type: ignore[arg-type]
        if n:
            found.append((i, n))
            i += n
            continue
        if w[i] in PREPOSITIONS and found and first_prep == len(w):
            first_prep = i
        i += 1
    if not found:
        return None
    before = [f for f in found if f[0] < first_prep]
    head_i, head_n = (before or found)[-1]
    role, sector = lex.roles[" ".join(w[head_i : head_i + head_n])]
    phrase_words = w[head_i : head_i + head_n]

    # Portfolio: words right before the head ("Energy Minister"), or the head's complement
    # ("Minister of Foreign Affairs", "Secretary of Defense").
    portfolio = None
    j = head_i - 1
    while j >= 0 and portfolio is None:
        if w[j] in PREPOSITIONS or w[j] in DEPUTY_WORDS:
            break
        for n in range(min(lex.portfolio_max, j + 1), 0, -1):
            cand = " ".join(w[j - n + 1 : j + 1])
            if cand in lex.portfolios:
                portfolio = lex.portfolios[cand]
                break
        j -= 1
    after = head_i + head_n
    if portfolio is None and after < len(w) and w[after] in {"of", "for"}:
        k = after + 1
        while k < len(w) and w[k] in {"the", "'s"}:
            k += 1
        n = match_at(lex.portfolios, w, k, lex.portfolio_max)  # type: ignore[arg-type]
        if n:
            portfolio = lex.portfolios[" ".join(w[k : k + n])]

    deputy = any(x in DEPUTY_WORDS for x in w[max(0, head_i - 2) : head_i]) or any(
        x in DEPUTY_WORDS for x in phrase_words[:-1]
    )
    orgs = " ".join(organisations).lower() + " " + " ".join(w)
    if "security council" in orgs and (
        role in {"official", "chair", "head", "chief"} or "secretary" in " ".join(phrase_words)
    ):
        role = "security_council_secretary"
    if role in {"minister", "secretary"} and portfolio:
        role = f"{portfolio}_minister"
    elif role == "secretary":
        role = "official"
    if deputy and role not in {"deputy_minister", "deputy_head_of_government", "vice_president"}:
        if role.endswith("_minister") or role == "minister":
            role = "deputy_minister"
        elif role == "head_of_state":
            role = "vice_president"
        elif role == "head_of_government":
            role = "deputy_head_of_government"
        elif role == "security_council_secretary":
            role = "deputy_security_council_secretary"
    return RoleReading(role, sector, head_i, head_n)


def title_at(words: list[str], i: int) -> int:
    """Length of the honorific or rank starting at ``words[i]`` (case as written matters)."""
    if i >= len(words) or not words[i][:1].isupper():
        return 0
    lex = lexicon()
    if lex.title_leads.isdisjoint(_leads(words[i])):
        return 0
    for n in range(min(lex.title_max, len(words) - i), 0, -1):
        if lex.titles.get(normalise(" ".join(words[i : i + n]))):
            return n
    return 0


def title_of(written: str) -> Title | None:
    return lexicon().titles.get(normalise(written))


def is_role_word(word: str) -> bool:
    lex = lexicon()
    return normalise(word) in lex.roles or normalise(word) in lex.portfolios


#: Head nouns of definite role descriptions ("the Russian leader") and the roles they may refer to.
ROLE_NOUNS: dict[str, frozenset[str]] = {
    "leader": frozenset({"head_of_state", "head_of_government", "party_leader", "leader"}),
    "leaders": frozenset({"head_of_state", "head_of_government", "party_leader", "leader"}),
    "president": frozenset({"head_of_state"}),
    "presidents": frozenset({"head_of_state"}),
    "premier": frozenset({"head_of_government"}),
    "chancellor": frozenset({"head_of_government"}),
    "prime minister": frozenset({"head_of_government"}),
    "king": frozenset({"head_of_state"}),
    # monarchs' titles: "the Emir" is the one person the story gave that title (coref._titled)
    "emir": frozenset({"head_of_state"}),
    "amir": frozenset({"head_of_state"}),
    "sultan": frozenset({"head_of_state"}),
    "queen": frozenset({"head_of_state"}),
    "shah": frozenset({"head_of_state"}),
    "emperor": frozenset({"head_of_state"}),
    "monarch": frozenset({"head_of_state"}),
    "crown prince": frozenset({"head_of_state"}),
    "minister": frozenset({"*_minister", "minister"}),
    "ministers": frozenset({"*_minister", "minister"}),
    "secretary": frozenset({"security_council_secretary", "*_minister", "official"}),
    "official": frozenset({"*"}),
    "officials": frozenset({"*"}),
    "ambassador": frozenset({"ambassador"}),
    "envoy": frozenset({"envoy", "ambassador"}),
    "diplomat": frozenset({"foreign_minister", "ambassador", "envoy", "diplomat", "deputy_minister"}),
    "general": frozenset({"military"}),
    "admiral": frozenset({"military"}),
    "spokesman": frozenset({"spokesperson"}),
    "spokeswoman": frozenset({"spokesperson"}),
}


def role_compatible(allowed: frozenset[str], role: str | None, wanted_portfolio: str | None = None) -> bool:
    if role is None:
        return False
    if "*" in allowed:
        return True
    if role in allowed:
        ok = True
    else:
        ok = "*_minister" in allowed and role.endswith("_minister")
    if ok and wanted_portfolio:
        return role == f"{wanted_portfolio}_minister"
    return ok


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Every word of a multi-word role ("national security adviser")."""
    return frozenset(w for k in lexicon().roles if " " in k for w in k.split(" ") if w not in PREPOSITIONS)
