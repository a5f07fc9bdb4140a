"""Resolve: identities that hold across documents.

Pure functions, no database: the store calls them inside the document's transaction.

**Actors.** A name is keyed by kind, country and its transliteration-folded form
(``actor_key``: "Amir-Abdollahian" and "Amirabdollahian" share a key). ``cluster_names``
then files every name under one actor:

1. Full names (two or more words, titles stripped) are one person when their surnames match
   and their given names sound alike (``skeleton``: "Hassan Rouhani" = "Hasan Rohani"), in the
   same country. "Kim Jong Un" and "Kim Yo Jong" stay two people.
2. A full name without a country joins the one full-name actor of that name that has one.
3. A surname alone ("Shamkhani", "Abdollahian") joins a full-name person only when exactly
   one person with that surname and a compatible country is known; with two Khans it stays
   apart ("never merge without evidence").
4. The user's overrides apply last: ``split`` detaches a name, ``merge`` joins two actors.

**Events.** ``compatible(a, b)`` says whether two event mentions can report the same
real-world event, with its reasons; ``cluster_mentions`` groups mentions greedily (each joins
the first group it is compatible with *every* member of) in a fixed order, so the groups
depend only on the set of mentions. ``candidate`` is a necessary condition of
``compatible`` that the store can search by index (type, date window, countries); the store
re-clusters the connected component of the candidate graph around each new document, which
makes the knowledge base independent of ingest order. The rules:

- same PLOVER type, both negated or neither;
- the parties agree: countries intersect, and in two or more when both name two or more;
- numbered editions agree ("15th session" never merges with "16th session");
- dates: across documents both mentions need a date window (``mention_window``: the date when
  it is at most ``MAX_WINDOW_DAYS`` wide; for an undated report of a past event the week
  before publication) and the windows overlap; "two meetings a month apart" never overlap;
- statuses: occurred/ongoing with occurred/ongoing, planned/proposed with planned/proposed or
  cancelled; a planned event merges with the occurred one (it "took place") only when both are
  dated, the dates overlap and the announcement was published no later than the event ended;
- modes: a phone call is not a visit or a meeting;
- people: when both name people, at least one is the same person (by surname, as above);
- places: two different cities (or venues), or places in different countries, never merge.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from bilat.records import EventActor, Interval, Mention, Place

SUFFIX_MIN = 6  # a surname ending a longer one is the same family from this length ("Abdollahian")
MAX_WINDOW_DAYS = 45  # wider dates ("in 2019", "last year") are too vague to merge across documents
UNDATED_LOOKBACK_DAYS = 7  # an undated report of a past event: the week before publication
OCCURRED = frozenset({"occurred", "ongoing"})
INTENDED = frozenset({"planned", "proposed"})
IN_PERSON_MODES = frozenset({"visit", "meeting", "multilateral", "third-party"})
REMOTE_MODES = frozenset({"phone", "video", "letter", "message"})
MODE_PRIORITY = ("visit", "meeting", "multilateral", "third-party", "phone", "video")
FEATURE_RANK = {"venue": 0, "city": 1, "admin1": 2, "region": 3, "country": 4}
STATUS_ORDER = ("occurred", "ongoing", "cancelled", "denied", "planned", "proposed")


# --------------------------------------------------------------------------- data files


def _lines(name: str) -> list[str]:
    text = resources.files("bilat.data.resolve").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Honorifics, ranks and offices that may precede a name, folded."""
    return frozenset(fold(t) for t in _lines("titles.txt"))


@lru_cache(maxsize=1)
def family_first_countries() -> frozenset[str]:
    return frozenset(_lines("family_first.txt"))


@lru_cache(maxsize=1)
def edition_nouns() -> frozenset[str]:
    return frozenset(_lines("ordinals.txt"))


# --------------------------------------------------------------------------- names


def fold(text: str) -> str:
    """Lower case, no accents, no punctuation: the form names are compared in."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def translit(text: str) -> str:
    """``fold`` without spaces: "Amir-Abdollahian", "Amirabdollahian" and "amir abdollahian" agree."""
    return fold(text).replace(" ", "")


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_DIGRAPHS = (("kh", "h"), ("ph", "f"), ("ck", "k"), ("dh", "d"), ("th", "t"), ("sch", "sh"), ("q", "k"))


def skeleton(text: str) -> str:
    """A transliteration-proof sketch: first letter, then consonants, doubled letters once.

    "Rouhani"/"Rohani", "Mohammad"/"Muhammad", "Sergei"/"Sergey", "Zelensky"/"Zelenskyy" agree.
    """
    s = translit(text)
    if not s:
        return ""
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    out = s[0] + re.sub(r"[aeiouy]", "", s[1:])
    return re.sub(r"(.)\1+", r"\1", out)


def name_tokens(name: str) -> list[str]:
    """The words of a name without leading titles or trailing "Jr.": raw tokens, as written."""
    raw = [t for t in re.split(r"\s+", name.strip()) if fold(t)]
    ts = titles()
    changed = True
    while changed and len(raw) > 1:
        changed = False
        for n in range(len(raw) - 1, 0, -1):
            if fold(" ".join(raw[:n])) in ts:
                raw = raw[n:]
                changed = True
                break
    while len(raw) > 1 and fold(raw[-1]) in _SUFFIXES:
        raw = raw[:-1]
    return raw


@dataclass(frozen=True)
class NameInfo:
    """A name as resolve compares it."""

    key: str
    name: str
    kind: str
    country: str | None
    tokens: tuple[str, ...]  # translit of each word, titles stripped
    surname: str  # translit of the family name
    surname_parts: tuple[str, ...]  # its hyphen/apostrophe parts ("al", "assad")
    given: str  # translit of the other words, joined

    @property
    def full(self) -> bool:
        return self.kind == "person" and len(self.tokens) >= 2

    @property
    def last(self) -> str:
        """The last part of the family name ("assad" of "al-Assad"), which a bare "Assad" matches."""
        return self.surname_parts[-1] if self.surname_parts else self.surname

    @property
    def tail(self) -> str | None:
        """The last ``SUFFIX_MIN`` letters: any surname it ends, or that ends it, shares them."""
        return surname_tail(self.surname)


def surname_tail(surname: str) -> str | None:
    return surname[-SUFFIX_MIN:] if len(surname) >= SUFFIX_MIN else None


def name_info(name: str, kind: str, country: str | None) -> NameInfo:
    raw = name_tokens(name) if kind == "person" else [t for t in name.split() if fold(t)]
    tokens = tuple(translit(t) for t in raw) or (translit(name),)
    if kind == "person" and len(raw) >= 2 and country in family_first_countries():
        idx = 0
    else:
        idx = len(raw) - 1
    sur_raw = raw[idx] if raw else name
    given = "".join(t for i, t in enumerate(tokens) if i != idx) if kind == "person" else ""
    parts = tuple(p for p in (translit(x) for x in re.split(r"[-‐'’]", sur_raw)) if p)
    key = (
        f"country:{country}"
        if kind == "country" and country
        else f"{kind}:{country or '-'}:{''.join(tokens)}"
    )
    return NameInfo(
        key=key,
        name=name.strip(),
        kind=kind,
        country=country,
        tokens=tokens,
        surname=translit(sur_raw) if kind == "person" else "".join(tokens),
        surname_parts=parts,
        given=given,
    )


def actor_key(actor: Mention | EventActor) -> str:
    """People and organisations by transliteration-folded name and country; countries by their code."""
    return name_info(actor.name, actor.kind, actor.country).key


def countries_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def surnames_match(a: NameInfo, b: NameInfo) -> bool:
    """Same family name, allowing transliteration and compound forms ("Abdollahian" in "Amir-Abdollahian")."""
    if a.surname == b.surname:
        return True
    ska, skb = skeleton(a.surname), skeleton(b.surname)
    if ska == skb and len(ska) >= 3:
        return True
    short, long_ = sorted((a, b), key=lambda n: len(n.surname))
    if (
        len(short.surname_parts) == 1
        and len(long_.surname_parts) > 1
        and long_.surname_parts[-1] == short.surname
    ):
        return True
    return len(short.surname) >= SUFFIX_MIN and long_.surname.endswith(short.surname)


def same_person(a: NameInfo, b: NameInfo) -> bool:
    """Could ``a`` and ``b`` name one person? Surname-only names match any given name."""
    if a.kind != "person" or b.kind != "person" or not countries_compatible(a.country, b.country):
        return False
    if not surnames_match(a, b):
        return False
    if a.full and b.full:
        return a.given == b.given or (skeleton(a.given) == skeleton(b.given) and len(skeleton(a.given)) >= 2)
    return True


def _canonical(members: Iterable[NameInfo]) -> NameInfo:
    """The fullest name stands for the actor: most words, then longest, then with a country, then key."""
    return min(members, key=lambda n: (-len(n.tokens), -len("".join(n.tokens)), n.country is None, n.key))


class _Union:
    def __init__(self, keys: Iterable[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for k in sorted(self.parent):
            out.setdefault(self.find(k), []).append(k)
        return out


class NameBlocks:
    """Names filed under every key a matching surname shares, so that a name's possible matches
    are a few dictionary look-ups instead of a scan of all names (``surnames_match`` implies a
    shared key: same surname or skeleton, a compound's last part, the last ``SUFFIX_MIN`` letters).
    """

    def __init__(self, names: Iterable[NameInfo]) -> None:
        self._by: dict[tuple[str, str], list[NameInfo]] = {}
        for m in names:
            for k in self._keys(m):
                self._by.setdefault(k, []).append(m)

    @staticmethod
    def _keys(m: NameInfo) -> set[tuple[str, str]]:
        keys = {("s", m.surname), ("k", skeleton(m.surname))}
        if len(m.surname_parts) > 1:
            keys.add(("l", m.last))
        if m.tail:
            keys.add(("t", m.tail))
        return keys

    def candidates(self, n: NameInfo) -> list[NameInfo]:
        probes = {("s", n.surname), ("k", skeleton(n.surname)), ("l", n.surname), ("s", n.last)}
        if n.tail:
            probes.add(("t", n.tail))
        found: dict[str, NameInfo] = {}
        for k in probes:
            for m in self._by.get(k, ()):
                found[m.key] = m
        return [found[k] for k in sorted(found)]


def cluster_names(
    names: Iterable[NameInfo],
    *,
    merges: Iterable[tuple[str, str]] = (),
    splits: Iterable[tuple[str, str]] = (),
) -> dict[str, str]:
    """Map each name key to the key of the actor it names (the canonical name's key).

    ``merges`` are pairs of name keys the user said are one actor; ``splits`` pairs
    (actor key, name key) the user said are not. The result depends only on the inputs as sets.
    """
    by_key = {n.key: n for n in names}
    uf = _Union(by_key)
    items = sorted(by_key.values(), key=lambda n: n.key)
    full = [n for n in items if n.full]
    full_blocks = NameBlocks(full)
    # 1. full names with a country: same person in the same country
    for one in full:
        if not one.country:
            continue
        for other in full_blocks.candidates(one):
            if other.key > one.key and other.country == one.country and same_person(one, other):
                uf.union(one.key, other.key)
    # 2. full names without a country, and organisations without one, join a unique match
    orgs: dict[tuple[str, tuple[str, ...]], list[NameInfo]] = {}
    for m in items:
        if m.kind not in ("person", "country") and m.country:
            orgs.setdefault((m.kind, m.tokens), []).append(m)
    for n in items:
        if n.country is not None or n.kind == "country":
            continue
        if n.full:
            roots = {uf.find(m.key) for m in full_blocks.candidates(n) if m.country and same_person(n, m)}
        elif n.kind != "person":
            roots = {uf.find(m.key) for m in orgs.get((n.kind, n.tokens), ())}
        else:
            continue
        if len(roots) == 1:
            uf.union(n.key, roots.pop())
    # 3. a surname alone joins the one full-name person it can be
    for n in items:
        if n.kind != "person" or n.full:
            continue
        roots = {uf.find(m.key) for m in full_blocks.candidates(n) if same_person(n, m)}
        if len(roots) == 1:
            uf.union(n.key, roots.pop())
    # 3b. the same surname alone, with and without a country, when unambiguous
    bare: dict[str, list[NameInfo]] = {}
    for m in items:
        if m.kind == "person" and not m.full and m.country:
            bare.setdefault(m.surname, []).append(m)
    for n in items:
        if n.kind == "person" and not n.full and n.country is None:
            roots = {uf.find(m.key) for m in bare.get(n.surname, ())}
            if len(roots) == 1 and uf.find(n.key) == n.key:
                uf.union(n.key, roots.pop())
    groups = uf.groups()
    # 4. user overrides: splits detach a name, merges join two actors
    split_out = {b for _, b in splits if b in by_key}
    assignment: dict[str, str] = {}
    for members in groups.values():
        kept = [k for k in members if k not in split_out]
        for k in members:
            assignment[k] = k if k in split_out else min(kept)
    final = _Union(by_key)
    for k, root in assignment.items():
        final.union(k, root)
    for a, b in sorted(merges):
        if a in by_key and b in by_key:
            final.union(a, b)
    out: dict[str, str] = {}
    for members in final.groups().values():
        canon = _canonical(by_key[k] for k in members).key
        for k in members:
            out[k] = canon
    return out


# --------------------------------------------------------------------------- places


def place_key(place: Place) -> str:
    return place.gazetteer_id or f"{place.country or '-'}:{fold(place.name)}"


@dataclass(frozen=True)
class PlaceFacts:
    key: str
    country: str | None = None
    feature: str | None = None
    id: int | None = field(default=None, compare=False)


def places_compatible(a: PlaceFacts | None, b: PlaceFacts | None) -> bool:
    """Different cities (or venues), or places in different countries, are different events."""
    if a is None or b is None or a.key == b.key:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    return not (a.feature == b.feature and a.feature in ("city", "venue"))


# --------------------------------------------------------------------------- events

_ORD_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}  # fmt: skip
_ORD_TENS = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
}
_CARD_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_ORDINAL_RE = re.compile(
    r"\b(?:(\d{1,3})(?:st|nd|rd|th)|((?:twenty|thirty|forty|fifty|sixty|seventy)[- ]?)?("
    + "|".join(sorted([*_ORD_UNITS, *_ORD_TENS], key=len, reverse=True))
    + r"))\b",
    re.IGNORECASE,
)


def _ordinal_value(m: re.Match[str]) -> int:
    if m.group(1):
        return int(m.group(1))
    word = m.group(3).lower()
    value = _ORD_UNITS.get(word) or _ORD_TENS.get(word, 0)
    if m.group(2):
        value += _CARD_TENS[m.group(2).strip(" -").lower()]
    return value


def event_number(sentence: str, trigger_offset: int = 0) -> int | None:
    """The edition an event mention names ("the 15th session of the commission" -> 15), if any.

    An ordinal counts when one of the edition nouns follows within four words; of several, the
    one nearest the trigger (``trigger_offset`` is relative to ``sentence``).
    """
    nouns = edition_nouns()
    best: tuple[int, int] | None = None
    for m in _ORDINAL_RE.finditer(sentence):
        following = re.findall(r"[A-Za-z]+", sentence[m.end() : m.end() + 60])[:4]
        if not any(w.lower() in nouns for w in following):
            continue
        distance = abs(m.start() - trigger_offset)
        if best is None or distance < best[0]:
            best = (distance, _ordinal_value(m))
    return best[1] if best else None


def mention_window(status: str, date: Interval | None, published: dt.date | None) -> Interval | None:
    """The days a mention can be matched on across documents, or None (same document only)."""
    if date is not None:
        return date if date.days <= MAX_WINDOW_DAYS else None
    if status in OCCURRED and published is not None:
        return Interval(start=published - dt.timedelta(days=UNDATED_LOOKBACK_DAYS), end=published)
    return None


@dataclass(frozen=True)
class MentionFacts:
    """What resolve knows of one event mention (``doc_id`` + ``ordinal`` identify it)."""

    doc_id: str
    ordinal: int
    type: str
    mode: str | None = None
    status: str = "occurred"
    negated: bool = False
    date: Interval | None = None
    published: dt.date | None = None
    countries: frozenset[str] = frozenset()
    persons: tuple[NameInfo, ...] = ()
    place: PlaceFacts | None = None
    number: int | None = None
    confidence: float = 0.5
    id: int | None = field(default=None, compare=False)  # the store's row id, not part of identity

    @property
    def window(self) -> Interval | None:
        return mention_window(self.status, self.date, self.published)

    @property
    def ident(self) -> tuple[str, int]:
        return (self.doc_id, self.ordinal)


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reasons: tuple[str, ...]

    def __bool__(self) -> bool:
        return self.ok


def parties_compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return True
    shared = len(a & b)
    return shared >= 2 if len(a) >= 2 and len(b) >= 2 else shared >= 1


def candidate(a: MentionFacts, b: MentionFacts) -> bool:
    """The cheap, indexable half of ``compatible`` (``compatible`` implies ``candidate``)."""
    if a.type != b.type or a.negated != b.negated or not parties_compatible(a.countries, b.countries):
        return False
    if a.doc_id == b.doc_id:
        return True
    wa, wb = a.window, b.window
    return wa is not None and wb is not None and wa.overlaps(wb)


def _status_verdict(a: MentionFacts, b: MentionFacts) -> str | None:
    """None when the statuses can describe one event, else why not."""
    sa_, sb = a.status, b.status
    if sa_ == sb or {sa_, sb} <= OCCURRED or {sa_, sb} <= INTENDED:
        return None
    if "denied" in (sa_, sb):
        return f"a denied report and a {sb if sa_ == 'denied' else sa_} one"
    if "cancelled" in (sa_, sb):
        other = sb if sa_ == "cancelled" else sa_
        return None if other in INTENDED else f"cancelled vs {other}"
    # planned/proposed vs occurred: the announcement came first and named the same days
    plan, done = (a, b) if sa_ in INTENDED else (b, a)
    if plan.date is None or done.date is None:
        return "a plan without a date is not merged with an occurrence (tracked as a commitment)"
    if not plan.date.overlaps(done.date):
        return "planned and occurred dates differ"
    if plan.published and plan.published > done.date.end:
        return "announced after the occurrence: a different, later event"
    return None


def compatible(a: MentionFacts, b: MentionFacts) -> Verdict:
    """Can ``a`` and ``b`` report one real-world event? Every failing rule is a reason."""
    why_not: list[str] = []
    why: list[str] = []
    if a.type != b.type:
        why_not.append(f"types differ ({a.type} vs {b.type})")
    if a.negated != b.negated:
        why_not.append("one is negated")
    if not parties_compatible(a.countries, b.countries):
        why_not.append(f"parties differ ({','.join(sorted(a.countries))} vs {','.join(sorted(b.countries))})")
    if a.number is not None and b.number is not None and a.number != b.number:
        why_not.append(f"editions differ ({a.number} vs {b.number})")
    same_doc = a.doc_id == b.doc_id
    if a.date is not None and b.date is not None and not a.date.overlaps(b.date):
        why_not.append("dates do not overlap")
    elif not same_doc:
        wa, wb = a.window, b.window
        if wa is None or wb is None:
            why_not.append("no date precise enough to match across documents")
        elif not wa.overlaps(wb):
            why_not.append("dates do not overlap")
        else:
            why.append("dates overlap")
    status = _status_verdict(a, b)
    if status:
        why_not.append(status)
    if same_doc and a.date is None and b.date is None and (a.status in INTENDED) != (b.status in INTENDED):
        why_not.append("an undated plan and an undated occurrence in one report")
    if a.mode and b.mode and a.mode != b.mode and ({a.mode, b.mode} & REMOTE_MODES):
        why_not.append(f"modes differ ({a.mode} vs {b.mode})")
    if a.persons and b.persons:
        shared = sorted({p.surname for p in a.persons for q in b.persons if same_person(p, q)})
        if shared:
            why.append("same person: " + ", ".join(shared))
        else:
            why_not.append("no person in common")
    if not places_compatible(a.place, b.place):
        why_not.append("different places")
    if why_not:
        return Verdict(False, tuple(why_not))
    return Verdict(True, (f"same type {a.type}", *why) if not same_doc else ("same document", *why))


def _order(m: MentionFacts) -> tuple[object, ...]:
    # Informative mentions first (dated, narrow), then by document and position: fixed for a set.
    return (
        m.date is None,
        m.date.days if m.date else 0,
        m.status not in OCCURRED,
        m.published or dt.date.max,
        m.doc_id,
        m.ordinal,
    )


def cluster_mentions(mentions: Iterable[MentionFacts]) -> list[list[MentionFacts]]:
    """Group mentions into events: each joins the first group it is compatible with every member of."""
    groups: list[list[MentionFacts]] = []
    for m in sorted(mentions, key=_order):
        for g in groups:
            if all(compatible(m, other) for other in g):
                g.append(m)
                break
        else:
            groups.append([m])
    for g in groups:
        g.sort(key=lambda m: m.ident)
    return sorted(groups, key=lambda g: g[0].ident)


def mention_key(doc_id: str, ordinal: int) -> str:
    return hashlib.sha1(f"{doc_id}\x00{ordinal}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class EventSummary:
    """The knowledge-base fields of one event, derived from its mentions alone."""

    key: str
    type: str
    mode: str | None
    status: str
    date: Interval | None
    countries: tuple[str, ...]
    place: PlaceFacts | None
    confidence: float
    reports: int
    first_reported: dt.date | None
    summary: str


def _status(members: Sequence[MentionFacts]) -> str:
    present = {m.status for m in members}
    return next((s for s in STATUS_ORDER if s in present), members[0].status)


def summarise(members: Sequence[MentionFacts]) -> EventSummary:
    """Event fields from its mentions: occurred wins, the narrowest date of the winning status, ..."""
    members = sorted(members, key=lambda m: m.ident)
    status = _status(members)
    group = [m for m in members if (m.status in OCCURRED) == (status in OCCURRED)] or list(members)
    dated = [m.date for m in group if m.date] or [m.date for m in members if m.date]
    date = min(dated, key=lambda d: (d.days, d.start)) if dated else None
    modes = Counter(m.mode for m in members if m.mode)
    mode = (
        min(modes, key=lambda x: (-modes[x], MODE_PRIORITY.index(x) if x in MODE_PRIORITY else 99, x))
        if modes
        else None
    )
    places = Counter(m.place for m in group if m.place) or Counter(m.place for m in members if m.place)
    place = (
        min(places, key=lambda p: (FEATURE_RANK.get(p.feature or "", 9), -places[p], p.key))
        if places
        else None
    )
    if place is not None:
        place = next(m.place for m in members if m.place == place)  # keep a row id
    countries = tuple(sorted(set().union(*(m.countries for m in members))))
    per_doc: dict[str, float] = {}
    for m in members:
        per_doc[m.doc_id] = max(per_doc.get(m.doc_id, 0.0), m.confidence)
    miss = 1.0
    for c in per_doc.values():
        miss *= 1.0 - min(max(c, 0.0), 1.0)
    published = [m.published for m in members if m.published]
    first = members[0]
    when = "" if date is None else f" {date.start}" if date.days == 1 else f" {date.start}/{date.end}"
    summary = f"{first.type}{f' ({mode})' if mode else ''} {'-'.join(countries)}{when}, {status}"
    return EventSummary(
        key=mention_key(*first.ident),
        type=first.type,
        mode=mode,
        status=status,
        date=date,
        countries=countries,
        place=place,
        confidence=round(min(1.0 - miss, 0.99), 3),
        reports=len(per_doc),
        first_reported=min(published) if published else None,
        summary=summary,
    )


# --------------------------------------------------------------------------- commitments


def fulfils(
    plan: EventSummary, plan_persons: Sequence[NameInfo], done: EventSummary, done_persons: Sequence[NameInfo]
) -> bool:
    """Does the occurred event ``done`` keep the announcement ``plan`` (not merged with it)?

    Same type, compatible parties and modes, a shared person when both name people, and it
    happened after the announcement and within the announced days (or, undated, within a year).
    """
    if plan.type != done.type or done.status not in OCCURRED or done.date is None:
        return False
    if not parties_compatible(frozenset(plan.countries), frozenset(done.countries)):
        return False
    if plan.mode and done.mode and plan.mode != done.mode and ({plan.mode, done.mode} & REMOTE_MODES):
        return False
    if (
        plan_persons
        and done_persons
        and not any(same_person(p, q) for p in plan_persons for q in done_persons)
    ):
        return False
    if not places_compatible(plan.place, done.place):
        return False
    announced = plan.first_reported
    if announced and done.date.end < announced:
        return False
    if plan.date is not None:
        return plan.date.overlaps(done.date)
    if announced is None:
        return False
    return done.date.start <= announced + dt.timedelta(days=366)
