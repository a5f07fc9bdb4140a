"""The actor dictionary: who held which office of which country when (``people.tsv``).

In the spirit of the CAMEO/PLOVER time-bounded agent dictionaries: each row is one term of one
person in one role. A name is looked up by its folded full form (or a multi-word alias, such as
"Lula da Silva" or "Mohammed bin Salman") or by a one-word short form (the surname, "Lula",
"Gorbachev"). A short form resolves only when exactly one person with it is in office at the
document's date (or, failing that, exactly one recently was); without a date, only when exactly
one person in the whole dictionary has it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from bilat.actors.gazetteer import _col, _rows, _split, normalise

#: How long after leaving office a bare surname still names the former holder ("Mr. Sadat" in 1985).
_FORMER_YEARS = 12
#: The first roles of ``_ROLE_ORDER`` (heads of state and government, paramount leaders) that a bare
#: surname shared with lesser office holders refers to.
_TOP_RANKS = 3
#: Roles in the order a person holding several at once is best described by.
_ROLE_ORDER = (
    "head_of_state",
    "head_of_government",
    "leader",
    "party_leader",
    "igo_head",
    "vice_president",
    "deputy_head_of_government",
    "foreign_minister",
    "defence_minister",
    "security_council_secretary",
    "envoy",
    "ambassador",
    "military",
    "legislator",
)


@dataclass(frozen=True)
class Term:
    country: str | None
    role: str
    start: dt.date
    end: dt.date | None  # inclusive; None while in office
    organisation: str | None

    def active(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Person:
    name: str
    terms: tuple[Term, ...]

    def first_start(self) -> dt.date:
        return min(t.start for t in self.terms)

    def active(self, day: dt.date) -> list[Term]:
        return [t for t in self.terms if t.active(day)]

    def recently_active(self, day: dt.date) -> bool:
        horizon = 365 * _FORMER_YEARS
        return any(t.start <= day and (t.end is None or (day - t.end).days <= horizon) for t in self.terms)


@dataclass(frozen=True)
class Resolution:
    """What the dictionary says about a name at a date."""

    name: str
    country: str | None
    role: str | None  # only when in office at the date
    organisation: str | None  # for IGO heads and envoys serving an organisation


@dataclass(frozen=True)
class ActorDictionary:
    people: tuple[Person, ...]
    full: dict[str, tuple[int, ...]]  # folded full name or multi-word alias -> people
    short: dict[str, tuple[int, ...]]  # folded one-word short form -> people

    def resolve_full(self, key: str, day: dt.date | None) -> Resolution | None:
        return self._pick(self.full.get(key, ()), day, short=False)

    def resolve_short(self, key: str, day: dt.date | None) -> Resolution | None:
        return self._pick(self.short.get(key, ()), day, short=True)

    def resolve_variant(self, first: str, last: str, day: dt.date | None) -> Resolution | None:
        """ "George Bush", "Vladimir Vladimirovich Putin": a first name and a known surname."""
        ids = tuple(i for i in self.short.get(last, ()) if fold(self.people[i].name).split()[0] == first)
        return self._pick(ids, day, short=True)

    def _pick(self, ids: tuple[int, ...], day: dt.date | None, short: bool) -> Resolution | None:
        if not ids:
            return None
        people = [self.people[i] for i in ids]
        if day is None:
            return _describe(people[0], None) if len(people) == 1 else None
        active = [p for p in people if p.active(day)]
        if len(active) > 1 and short:
            # "Sharif" in 2014 is the prime minister, not the army chief of the same name.
            top = [p for p in active if min(_rank(t.role) for t in p.active(day)) < _TOP_RANKS]
            active = top if len(top) == 1 else active
        if len(active) == 1:
            return _describe(active[0], day)
        if active:
            return None
        if short:
            recent = [p for p in people if p.recently_active(day)]
            return _describe(recent[0], day) if len(recent) == 1 else None
        # A full name is the person whatever the date; the role only while in office.
        known = [p for p in people if p.first_start() <= day] or people
        return _describe(known[0], day) if len(known) == 1 else None


def _describe(p: Person, day: dt.date | None) -> Resolution:
    if day is None:
        countries = {t.country for t in p.terms}
        return Resolution(p.name, next(iter(countries)) if len(countries) == 1 else None, None, None)
    active = sorted(p.active(day), key=lambda t: _rank(t.role))
    if active:
        best = active[0]
        country = best.country or next((t.country for t in active if t.country), None)
        return Resolution(p.name, country, best.role, best.organisation)
    before = sorted((t for t in p.terms if t.start <= day), key=lambda t: t.start) or sorted(
        p.terms, key=lambda t: t.start
    )
    with_country = [t for t in before if t.country]
    return Resolution(p.name, with_country[-1].country if with_country else None, None, None)


def _rank(role: str) -> int:
    return _ROLE_ORDER.index(role) if role in _ROLE_ORDER else len(_ROLE_ORDER)


def _date(text: str, end: bool) -> dt.date:
    year, _, month = text.partition("-")
    y, m = int(year), int(month) if month else (12 if end else 1)
    if not end:
        return dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


@lru_cache(maxsize=1)
def load() -> ActorDictionary:
    """Read ``people.tsv`` once per process and index it by folded name, alias and surname."""
    terms: dict[str, list[Term]] = {}
    forms: dict[str, set[str]] = {}
    for row in _rows("people.tsv"):
        name = row[0]
        term = Term(
            _col(row, 2) or None,
            _col(row, 3),
            _date(row[4], end=False),
            _date(row[5], end=True) if _col(row, 5) else None,
            _col(row, 6) or None,
        )
        terms.setdefault(name, []).append(term)
        forms.setdefault(name, set()).update([name, *_split(_col(row, 1))])
    people: list[Person] = []
    full: dict[str, list[int]] = {}
    short: dict[str, list[int]] = {}
    for name, ts in terms.items():
        idx = len(people)
        people.append(Person(name, tuple(ts)))
        for form in forms[name]:
            key = fold(form)
            table = full if " " in key else short
            ids = table.setdefault(key, [])
            if idx not in ids:
                ids.append(idx)
    return ActorDictionary(
        tuple(people),
        {k: tuple(v) for k, v in full.items()},
        {k: tuple(v) for k, v in short.items()},
    )


def fold(text: str) -> str:
    """The look-up key of a written name: ``normalise`` with hyphens and periods as spaces, so that
    "Moon Jae-in", "Moon Jae in", "H.R. McMaster" and "H. R. McMaster" meet."""
    return " ".join(normalise(text).replace("-", " ").replace(".", " ").split())
