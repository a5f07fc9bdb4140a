"""Amounts of money and the trade vocabulary: the words of ``quantities.json``, currencies
from ISO 4217, and one regular-expression pass over a text for its amounts."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class _Words:
    symbols: dict[str, str]
    currencies: dict[str, str]
    #: currency words several national currencies share, with their codes ("dinars", "pesos")
    shared: dict[str, frozenset[str]]
    #: the month a country's fiscal year begins in ("*": the usual one of "2013-14" figures)
    fiscal_start: dict[str, int]
    #: countries that name a fiscal year by the calendar year it starts in (Japan's "fiscal 2019")
    fiscal_by_start: frozenset[str]
    scales: dict[str, float]
    total: frozenset[str]
    export: frozenset[str]
    import_: frozenset[str]
    surplus: frozenset[str]
    deficit: frozenset[str]
    balance: frozenset[str]
    trade: frozenset[str]  # all of the six above: what names trade or its balance
    increase: frozenset[str]
    decrease: frozenset[str]
    fractions: dict[str, float]
    multiples: dict[str, float]
    count_nouns: frozenset[str]
    capacity_units: dict[str, str]
    amount_re: re.Pattern[str]
    percent_re: re.Pattern[str]
    capacity_re: re.Pattern[str]


# ISO names whose last word is also a common English word or name: only the full name
# ("Peruvian sol", "Sierra Leonean leone") is read as a currency
_COMMON_WORDS = frozenset(
    "sol som sum gold silver palladium platinum leone tala kina loti pula vatu gourde colon dobra oro "
    "real won mark omani uruguayo previsional fomento mvdol".split()
)


def _iso_currencies() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Currency names from the ISO 4217 table ("Turkish Lira", "Zloty", "Hryvnia") with their
    plurals; a last word alone names its currency when no other currency shares it, and the
    currencies sharing one ("shillings": Kenyan, Somali, Ugandan, ...) otherwise."""
    import pycountry

    out: dict[str, str] = {}
    last: dict[str, set[str]] = {}
    for c in pycountry.currencies:
        name = c.name.lower()
        if c.alpha_3.startswith("X") or name.startswith("wir ") or not re.fullmatch(r"[a-z' ]+", name):
            continue  # no funds, metals or bank units ("WIR Euro")
        if " " in name or name not in _COMMON_WORDS:
            out[name] = out[name + "s"] = c.alpha_3
        last.setdefault(name.split()[-1], set()).add(c.alpha_3)
    shared: dict[str, frozenset[str]] = {}
    for word, codes in last.items():
        if word in _COMMON_WORDS:
            continue
        if len(codes) == 1:
            out.setdefault(word, next(iter(codes)))
            out.setdefault(word + "s", next(iter(codes)))
        else:
            shared[word] = shared[word + "s"] = frozenset(codes)
    return out, shared


def _national_currency(codes: frozenset[str], countries: list[str]) -> str | None:
    """The currency of the first of ``countries`` among ``codes``: a national ISO 4217 code
    begins with its country's ISO 3166 two-letter code (KES: Kenya)."""
    for code in countries:
        alpha2 = _alpha2(code)
        own = [c for c in codes if alpha2 is not None and c.startswith(alpha2)]
        if own:
            return min(own)  # the current code before an old one of the same country
    return None


@lru_cache(maxsize=512)
def _alpha2(alpha3: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3)
    return country.alpha_2 if country is not None else None


@lru_cache(maxsize=1)
def _words() -> _Words:
    raw = json.loads(resources.files("bilat.data.plover").joinpath("quantities.json").read_text("utf-8"))
    symbols = raw["currency_symbols"]
    iso, shared = _iso_currencies()
    # the project's words (the historic "francs", "marks" and "lire" of older wires) first
    currencies = iso | raw["currency_words"]
    scales = raw["scales"]
    sym = "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True))
    cur = "|".join(re.escape(c) for c in sorted(currencies.keys() | shared.keys(), key=len, reverse=True))
    scale = "|".join(re.escape(s) for s in sorted(scales, key=len, reverse=True))
    amount_re = re.compile(
        rf"(?<![\w.])(?P<sym>{sym})?\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        rf"(?:\s?-?(?P<scale>{scale})\b)?(?:\s?(?P<cur>{cur})\b)?",
        re.IGNORECASE,
    )
    percent_re = re.compile(r"(?<![\w.])(?P<num>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b|pct\b)", re.IGNORECASE)
    units = "|".join(re.escape(u) for u in sorted(raw["capacity_units"], key=len, reverse=True))
    capacity_re = re.compile(
        rf"(?<![\w.])(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<scale>{scale})?\s?(?P<unit>{units})\b",
        re.IGNORECASE,
    )
    return _Words(
        symbols=symbols,
        currencies=currencies,
        shared=shared,
        fiscal_start=raw["fiscal_year_start"],
        fiscal_by_start=frozenset(raw["fiscal_year_named_by_start"]),
        scales=scales,
        total=frozenset(raw["trade_total"]),
        export=frozenset(raw["trade_export"]),
        import_=frozenset(raw["trade_import"]),
        surplus=frozenset(raw["balance_positive"]),
        deficit=frozenset(raw["balance_negative"]),
        balance=frozenset(raw["balance_neutral"]),
        trade=frozenset(
            [*raw["trade_total"], *raw["trade_export"], *raw["trade_import"]]
            + [*raw["balance_positive"], *raw["balance_negative"], *raw["balance_neutral"]]
        ),
        increase=frozenset(raw["increase"]),
        decrease=frozenset(raw["decrease"]),
        fractions=raw["fractions"],
        multiples=raw["multiples"],
        count_nouns=frozenset(raw["count_nouns"]),
        capacity_units=raw["capacity_units"],
        amount_re=amount_re,
        percent_re=percent_re,
        capacity_re=capacity_re,
    )


@dataclass
class _Amount:
    start: int
    end: int
    value: float | None
    unit: str | None
    pct: float | None = None
    #: the currencies the written word may name, read as the one of the story's countries
    shared: frozenset[str] | None = None


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _amounts(text: str, w: _Words) -> list[_Amount]:
    out: list[_Amount] = []
    for m in w.amount_re.finditer(text):
        sym, scale, cur = m.group("sym"), m.group("scale"), m.group("cur")
        if not (
            sym or cur or (scale and scale.lower() in ("billion", "bln", "bn", "million", "mln", "trillion"))
        ):
            continue
        if scale and len(scale) == 1 and not sym:
            continue  # "5 m" without a currency is a length, not money
        value = _number(m.group("num")) * (w.scales.get(scale.lower(), 1.0) if scale else 1.0)
        unit = w.symbols.get(sym.lower()) if sym else None
        shared = w.shared.get(cur.lower()) if cur else None
        if cur:
            unit = w.currencies.get(cur.lower(), unit)
        if shared and unit:
            shared |= {unit}  # "pounds" of a British figure stay sterling
        end = m.end()
        while end > m.start() and text[end - 1].isspace():
            end -= 1
        out.append(_Amount(m.start(), end, value, unit or (min(shared) if shared else None), shared=shared))
    # A conjunct without a currency takes its neighbour's ("2.09 billion and 1.722 billion dlrs").
    for i, a in enumerate(out):
        if a.unit is None:
            near = [b for b in out[i + 1 : i + 3] + out[max(0, i - 2) : i] if b.unit]
            if near:
                a.unit = near[0].unit
    return [a for a in out if a.unit is not None]
