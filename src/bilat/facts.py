"""Facts stage: quantities the text states about a relationship.

Bilateral trade values, balances (signed: + surplus of the reporter) and their changes,
with the period from the time stage, the flow from the reporter's side, the reporter and
partner countries from the actors stage and the currency as written; and counts of signed
agreements and capacities of projects where the sentence states them plainly.

Amounts are found by one regular-expression pass over the text; what each amount measures
is read from the parse: the nearest trade word in the dependency tree ("$1.2 billion in
Russian exports", "Russian exports totaling $393.7 million", "a French 190 mln franc
surplus"), its owner ("Russia's imports", "France's trade shortfall") and partner ("with
the U.S.", "between X and Y"). Coordinated amounts take coordinated periods in order ("the
1986 and 1985 deficits at 2.09 billion and 1.722 billion dlrs").
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from bilat.parse import char_span, children, doc_text, tokens_with
from bilat.records import Evidence, Fact, Interval, Mention, Timex, evidence
from bilat.temporal.lexicon import number_value

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_MAX_TREE_DISTANCE = 6


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


# ---------------------------------------------------------------- parse helpers


def _span_root(doc: Doc, start: int, end: int) -> Token | None:
    span = char_span(doc, start, end)
    return span.root if span is not None and len(span) else None


#: Arcs into another clause ("totalled X, while imports reached Y"): a trade word there is further.
_CLAUSES = frozenset({"advcl", "conj", "ccomp", "parataxis"})
_CLAUSE_COST = 3


def _path(a: Token, b: Token) -> int:
    """Arcs between an amount ``a`` and a trade word ``b`` of a sentence (linear in the depth of
    the tree); a trade word down in another clause than the amount's is further."""
    depth_a = {t.i: d for d, t in enumerate([a, *a.ancestors])}
    up_b = [b, *b.ancestors]
    for d, t in enumerate(up_b):
        if t.i in depth_a:
            crossings = sum(1 for x in up_b[:d] if x.dep_ in _CLAUSES and x.pos_ in ("VERB", "AUX"))
            return depth_a[t.i] + d + _CLAUSE_COST * crossings
    return 99


def _nearest(root: Token, sent: Span, words: frozenset[str]) -> tuple[Token | None, tuple[int, int]]:
    """The word of ``words`` nearest to ``root`` in the tree, then in the text."""
    best, best_d = None, (99, 999)
    for t in tokens_with(sent, words, "lower", "lemma"):
        d = (_path(root, t), abs(t.i - root.i))
        if d < best_d:
            best, best_d = t, d
    return best, best_d


class _Countries:
    """Country mentions by token, from the actors stage."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self._doc = doc
        self.by_token: dict[int, str] = {}
        counts: dict[str, int] = {}
        for m in mentions:
            if not m.country or m.kind != "country":
                continue
            counts[m.country] = counts.get(m.country, 0) + 1
            span = char_span(doc, m.evidence.start, m.evidence.end)
            if span is None:
                continue
            for t in span:
                self.by_token.setdefault(t.i, m.country)
        ranked = sorted(counts, key=lambda c: -counts[c])
        self.dyad: tuple[str, ...] = tuple(ranked[:2])

    def forget_chars(self, ranges: list[tuple[int, int]]) -> None:
        for start, end in ranges:
            span = char_span(self._doc, start, end)
            for t in span if span is not None else ():
                self.by_token.pop(t.i, None)

    def in_tokens(self, toks) -> list[str]:  # noqa: ANN001
        out: list[str] = []
        for t in toks:
            c = self.by_token.get(t.i)
            if c and c not in out:
                out.append(c)
        return out


def _owner(word: Token, countries: _Countries) -> str | None:
    """The country a trade word belongs to: "Russia's imports", "Russian exports", "a French surplus"."""
    for c in children(word):
        if c.dep_ in ("poss", "amod", "compound", "nmod") or (c.dep_ == "det" and c.tag_ == "PRP$"):
            for t in c.subtree:
                code = countries.by_token.get(t.i)
                if code:
                    return code
    return None


def _subject_owner(word: Token, countries: _Countries) -> str | None:
    """ "South Korea ran a deficit", "with Brazil recording a surplus": the subject of the verb
    that takes the trade word as its object."""
    verb = word if word.pos_ == "VERB" else word.head if word.dep_ == "dobj" else None
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        # "South Korea ran a deficit", "Argentina sold goods worth ... to Uruguay"
        for c in children(verb):
            if c.dep_ in ("nsubj", "nsubjpass"):
                for t in c.subtree:
                    code = countries.by_token.get(t.i)
                    if code:
                        return code
    return None


#: What a trade word may be "in" or "of" before its parties ("trade in goods between X and Y").
_GOODS = frozenset({"goods", "services", "commodities", "merchandise", "products"})


def _and_goods(word: Token) -> list[Token]:
    """The trade word and, in "trade in goods between X and Y", the goods noun the parse hangs
    the parties on."""
    out = [word]
    for c in children(word):
        if c.dep_ == "prep" and c.lower_ in ("in", "of"):
            out.extend(o for o in children(c) if o.dep_ == "pobj" and o.lower_ in _GOODS)
    return out


def _between_preps(word: Token) -> list[Token]:
    return [c for h in _and_goods(word) for c in children(h) if c.dep_ == "prep" and c.lower_ == "between"]


def _between(word: Token, countries: _Countries) -> list[str]:
    """ "trade between X and Y": the countries in their order."""
    for c in _between_preps(word):
        return countries.in_tokens(sorted(c.subtree, key=lambda t: t.i))
    return []


def _partner(word: Token, countries: _Countries, exclude: str | None) -> str | None:
    """ "a deficit with the U.S.", and "ran a deficit of $24 billion with Japan" where the
    parse hangs the partner on the verb."""
    holders = _and_goods(word)
    if word.dep_ == "dobj" and word.head.pos_ in ("VERB", "AUX"):
        holders.append(word.head)
    if word.pos_ == "VERB":
        # "exported goods worth 9.3 billion shillings to Somalia": the parse hangs the partner
        # on the amount in the verb's object
        for obj in (c for c in children(word) if c.dep_ == "dobj"):
            holders.extend(t for t in obj.subtree if t.pos_ in ("NOUN", "ADJ"))
    for h in holders:
        for c in children(h):
            if c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to", "from", "between", "against"):
                for t in c.subtree:
                    code = countries.by_token.get(t.i)
                    if code and code != exclude:
                        return code
    return None


# ---------------------------------------------------------------- periods


def _timex_index(doc: Doc, timexes: list[Timex]) -> list[tuple[Timex, Token]]:
    out = []
    for t in timexes:
        # "the first nine months of 2025" is a DURATION with the interval it covers
        if t.interval is None or t.type not in ("DATE", "TIME", "DURATION"):
            continue
        root = _span_root(doc, t.start, t.end)
        if root is not None:
            out.append((t, root))
    return out


_BASE_RE = re.compile(
    r"(?:\bfrom|\bthan|\bcompared (?:with|to)|\bagainst|\bversus|\bvs\.?)(?:\s+(?:in|the|a))?\s*$", re.I
)
# "up 27.3 percent on the same period of 2007", "over the same months last year": a period of
# an earlier year after "on"/"over" is the base; a bare "over the same period" is the period
_EARLIER_RE = re.compile(
    r"^(?:the\s+)?(?:same|corresponding|comparable)\s+\w+\s+(?:of\s+|in\s+)?"
    r"(?:last|the\s+previous|a\s+year|the\s+year|the\s+prior|\d{4})",
    re.I,
)
_ON_RE = re.compile(r"\b(?:on|over)\s*$", re.I)
#: "up 29 percent on 2020", "down 3 percent on last year": a year after "on" is the base too
_YEAR_RE = re.compile(
    r"^(?:\d{4}|last year|the previous year|the year before|a year (?:earlier|ago|before))$", re.IGNORECASE
)


def _is_base(doc: Doc, t: Timex) -> bool:
    """Whether a date is the comparison base of a change ("from a year earlier", "than 2012")."""
    before = doc_text(doc)[max(0, t.start - 20) : t.start]
    return bool(
        _BASE_RE.search(before)
        or (_ON_RE.search(before) and (_EARLIER_RE.match(t.text) or _YEAR_RE.match(t.text.strip())))
    )


def _after_base(t: Timex) -> Interval | None:
    """The period a change is measured over when only its base is stated: "up 15 percent
    compared with the same period of 2005" is about those months of the following year."""
    if t.interval is None or not _EARLIER_RE.match(t.text):
        return None
    iv = t.interval
    try:
        return Interval(start=iv.start.replace(year=iv.start.year + 1), end=_next_year_end(iv.end))
    except ValueError:
        return None


def _next_year_end(d: dt.date) -> dt.date:
    if d.month == 2 and d.day >= 28:  # the end of February moves with leap years
        return dt.date(d.year + 1, 3, 1) - dt.timedelta(days=1)
    return d.replace(year=d.year + 1)


def _period(
    root: Token, sent: Span, tindex: list[tuple[Timex, Token]], *, change: bool = False
) -> Timex | None:
    """The period of an amount: a date inside its own phrase or right after it ("5.1 billion for
    the whole of 1985") first, then the nearest in the tree; one that refers back ("at the time")
    last."""
    cands = [(t, r) for t, r in tindex if sent.start <= r.i < sent.end]
    doc = sent.doc
    if change:
        # "up 11 percent from a year earlier", "than in 2012": the base of a change is not its period
        cands = [(t, r) for t, r in cands if not _is_base(doc, t)] or cands
    if not cands:
        return None

    def follows(t: Timex) -> bool:
        # "6.0 billion for the whole of 1988": the date right after the amount, nothing between
        first = char_span(doc, t.start, t.end)
        if first is None or not 0 < first.start - root.i <= 5:
            return False
        return not any(x.is_punct or x.like_num for x in doc[root.i + 1 : first.start])

    return min(
        cands,
        key=lambda tr: (
            not (any(a.i == root.i for a in tr[1].ancestors) or follows(tr[0])),
            _path(root, tr[1]),
            tr[0].anchor == "anaphoric",
            abs(tr[1].i - root.i),
        ),
    )[0]


def _pair_coordinated(amounts: list[tuple[_Amount, Token]], sent: Span, tindex: list[tuple[Timex, Token]]):  # noqa: ANN202
    """Coordinated periods and amounts pair up in order ("the 1986 and 1985 deficits at X and Y")."""
    times = [(t, r) for t, r in tindex if sent.start <= r.i < sent.end]
    if len(amounts) < 2 or len(times) != len(amounts):
        return None
    roots = [r for _, r in times]
    linked = all(r.dep_ == "conj" or any(c.dep_ == "conj" for c in children(r)) for r in roots)
    if not linked:
        return None
    times.sort(key=lambda tr: tr[0].start)
    return {id(a): t for (a, _), (t, _) in zip(amounts, times, strict=True)}


# ---------------------------------------------------------------- the stage


def find_facts(doc: Doc) -> list[Fact]:
    w = _words()
    doc_id = doc._.bilat_doc_id or ""
    text = doc_text(doc)
    mentions = list(doc._.bilat_mentions or ())
    countries = _Countries(doc, mentions)
    tindex = _timex_index(doc, list(doc._.bilat_timexes or ()))
    facts: list[Fact] = []
    by_sent: dict[int, list[tuple[_Amount, Token]]] = {}
    amounts = _amounts(text, w)
    countries.forget_chars([(a.start, a.end) for a in amounts])  # "28.6 billion U.S. dollars" names no party
    for a in amounts:
        root = _span_root(doc, a.start, a.end)
        if root is not None:
            by_sent.setdefault(root.sent.start, []).append((a, root))
    for m in w.percent_re.finditer(text):
        root = _span_root(doc, m.start(), m.end())
        if root is not None:
            by_sent.setdefault(root.sent.start, []).append(
                (_Amount(m.start(), m.end(), None, None, float(m.group("num"))), root)
            )
    context: tuple[str | None, str | None] = (None, None)
    age = 0
    for sent in doc.sents:
        age += 1
        if age > 2:
            context = (None, None)
        items = sorted(by_sent.get(sent.start, []), key=lambda x: x[0].start)
        items += _fraction_changes(sent, w, text)
        pair = _sentence_pair(sent, w, countries) if (items or age <= 2) else (None, None)
        if pair[0]:
            context, age = pair, 0
        if not items:
            continue
        sent_countries = countries.in_tokens(sent)
        for amount, _ in items:
            if amount.shared and (
                own := _national_currency(amount.shared, [*sent_countries, *countries.dyad])
            ):
                amount.unit = own  # "9.3 billion shillings" in a Kenyan figure are Kenyan shillings
        paired = _pair_coordinated([x for x in items if x[0].value is not None], sent, tindex)
        for amount, root in items:
            fact = _trade_fact(
                amount,
                root,
                sent,
                w,
                countries,
                sent_countries,
                context,
                tindex,
                paired,
                doc_id,
                text,
                context_here=age == 0,
                last=facts[-1] if facts else None,
            )
            if fact is not None:
                facts.append(fact)
                context, age = (fact.reporter, fact.partner), 0
    facts.extend(_other_quantities(doc, w, countries, tindex, doc_id))
    return facts


_FRACTION_RE = re.compile(
    r"\bby (?:a|one|some|about|nearly|almost) ?(half|third|quarter|fifth|tenth)\b", re.IGNORECASE
)


def _fraction_changes(sent: Span, w: _Words, text: str) -> list[tuple[_Amount, Token]]:
    """ "rose by a third", "doubled": changes stated without a number."""
    out = []
    for t in tokens_with(sent, w.multiples, "lower"):
        out.append((_Amount(t.idx, t.idx + len(t.text), None, None, w.multiples[t.lower_]), t))
    for m in _FRACTION_RE.finditer(text[sent.start_char : sent.end_char]):
        start = sent.start_char + m.start(1)
        span = char_span(sent.doc, start, start + len(m.group(1)))
        if span is None:
            continue
        by = span.root
        verb = next((a for a in by.ancestors if a.pos_ in ("VERB", "AUX")), by.head)
        sign = -1.0 if verb.lemma_.lower() in w.decrease or verb.lower_ in w.decrease else 1.0
        value = sign * w.fractions[m.group(1).lower()]
        out.append((_Amount(sent.start_char + m.start(), sent.start_char + m.end(), None, None, value), by))
    return out


def _trade_fact(  # noqa: PLR0911, PLR0912, PLR0913
    amount: _Amount,
    root: Token,
    sent: Span,
    w: _Words,
    countries: _Countries,
    sent_countries: list[str],
    context: tuple[str | None, str | None],
    tindex: list[tuple[Timex, Token]],
    paired: dict[int, Timex] | None,
    doc_id: str,
    text: str,
    *,
    context_here: bool = False,
    last: Fact | None = None,
) -> Fact | None:
    if _aimed(root):
        return None  # "aim to raise trade to $30 billion", "a target of $100 billion": no figure yet
    balance_words = w.surplus | w.deficit | w.balance
    bal, d_bal = _nearest(root, sent, balance_words)
    exp, d_exp = _nearest(root, sent, w.export)
    imp, d_imp = _nearest(root, sent, w.import_)
    tot, d_tot = _nearest(root, sent, w.total)
    best = min(d_bal, d_exp, d_imp, d_tot)
    if best[0] > _MAX_TREE_DISTANCE:
        return None
    if amount.value is None:
        # a change: "an 8.2% increase in bilateral trade", "trade rose 12 percent"
        if min(d_exp, d_imp, d_tot)[0] > _MAX_TREE_DISTANCE:
            return None
        ch, d_ch = _nearest(root, sent, w.increase | w.decrease)
        if ch is None or d_ch[0] > 3 or not _changes_trade(ch, w):
            return None
        sign = -1.0 if (ch.lower_ in w.decrease or ch.lemma_.lower() in w.decrease) else 1.0
        pct = abs(amount.pct or 0.0) * sign if amount.pct and amount.pct > 0 else amount.pct
        metric, value, unit = "trade_value_change", None, None
    else:
        metric, value, unit, pct = "trade_value", amount.value, amount.unit, None
    if best == d_bal and bal is not None and amount.value is not None:
        metric = "trade_balance"
        word, flow = bal, "total"
        if bal.lower_ in w.deficit or bal.lemma_.lower() in w.deficit:
            value = -abs(value or 0.0)
    elif best == d_exp and exp is not None:
        word, flow = exp, "export"
    elif best == d_imp and imp is not None:
        word, flow = imp, "import"
    else:
        word, flow = tot, "total"
    assert word is not None
    reporter, partner = _reporter_partner(word, sent_countries, countries, context, context_here=context_here)
    if reporter is None or partner is None or reporter == partner:
        return None  # not a bilateral statement
    timex = paired.get(id(amount)) if paired else None
    if timex is None:
        timex = _period(root, sent, tindex, change=amount.value is None)
    period = timex.interval if timex else None
    if timex is not None and amount.value is None and _is_base(sent.doc, timex):
        period = _after_base(timex) or period
    if timex is not None:
        period = _fiscal_year(timex, reporter, w) or period
        if last is not None and last.period is not None and _SAME_PERIOD.fullmatch(timex.text.strip()):
            period = last.period  # "in that year" after "in 2013-14": the fiscal year told
        elif last is not None and last.period is not None and last.sentence.start == sent.start_char:
            # "in the fiscal year 2015-16 from 2.5 billion dollars three years earlier": the
            # fiscal year three years before
            period = _years_off(timex.text, last.period) or period
    return Fact(
        doc_id=doc_id,
        metric=metric,  # type: ignore[arg-type]
        value=value,
        unit=unit,
        change_pct=pct,
        period=period,
        period_evidence=evidence(doc_id, text, timex.start, timex.end) if timex else None,
        flow=flow,  # type: ignore[arg-type]
        reporter=reporter,
        partner=partner,
        value_evidence=evidence(doc_id, text, amount.start, amount.end),
        sentence=evidence(doc_id, text, sent.start_char, sent.end_char),
    )


#: "in that year", "the same year": the period of the figure told before.
_SAME_PERIOD = re.compile(r"(?:in |during )?(?:that|the same) (?:year|period)", re.IGNORECASE)
#: "2013-14", "FY2013-14": a fiscal year written across two calendar years.
_FISCAL = re.compile(r"(?:FY\s?|fiscal (?:year )?)?(\d{4})\s?[-–/]\s?(\d{2})", re.IGNORECASE)


_YEARS_OFF = re.compile(r"(?P<n>\w+(?:-\w+)?|a) years? (?P<dir>earlier|before|later|after)", re.IGNORECASE)


def _years_off(text: str, base: Interval) -> Interval | None:
    """The period "N years earlier" than a stated period: the same months, N years off."""
    m = _YEARS_OFF.fullmatch(text.strip())
    n = None if m is None else 1.0 if m.group("n").lower() == "a" else number_value(m.group("n"))
    if m is None or n is None or n != int(n):
        return None
    sign = -1 if m.group("dir").lower() in ("earlier", "before") else 1
    try:
        return Interval(
            start=base.start.replace(year=base.start.year + sign * int(n)),
            end=base.end.replace(year=base.end.year + sign * int(n)),
        )
    except ValueError:
        return None  # the 29th of February of another year


def _fiscal_year(timex: Timex, reporter: str | None, w: _Words) -> Interval | None:
    """A year written across two calendar years ("in 2013-14") is the reporter's fiscal year
    (India's from April, Pakistan's from July), not the two years."""
    m = _FISCAL.fullmatch(timex.text.strip())
    if m is None:
        return _fiscal_named(timex, reporter, w)
    first, second = int(m.group(1)), int(m.group(2))
    if (first + 1) % 100 != second:
        return None
    month = w.fiscal_start.get(reporter or "", w.fiscal_start.get("*", 4))
    start = dt.date(first, month, 1)
    end = dt.date(first + 1, month, 1) - dt.timedelta(days=1)
    return Interval(start=start, end=end)


#: "fiscal 2019", "fiscal year 2021", "FY2020", "FY19": a fiscal year named by one year.
_FISCAL_NAMED = re.compile(r"(?:fiscal(?:\s+year)?|FY)\s?'?(\d{4}|\d{2})", re.IGNORECASE)


def _fiscal_named(timex: Timex, reporter: str | None, w: _Words) -> Interval | None:
    """A fiscal year named by one year is the reporter's: Japan names it by the year it starts
    ("fiscal 2019" runs April 2019 to March 2020), the US, India or Pakistan by the year it ends
    (the US "fiscal 2019" ran from October 2018)."""
    m = _FISCAL_NAMED.fullmatch(timex.text.strip())
    month = w.fiscal_start.get(reporter or "")
    if m is None or month is None:
        return None
    year = int(m.group(1))
    year += 2000 if year < 100 else 0
    if reporter not in w.fiscal_by_start:
        year -= 1
    return Interval(start=dt.date(year, month, 1), end=dt.date(year + 1, month, 1) - dt.timedelta(days=1))


def _changes_trade(ch: Token, w: _Words) -> bool:
    """Whether the change word is said of trade: "trade fell 25.6 percent", not "the number of
    tourists dropped by 90 percent" in the same sentence. A verb's subject (the one it shares
    with the verb it is coordinated to) must name trade, exports, imports or a balance; a
    pronoun may stand for them."""
    if ch.pos_ in ("VERB", "AUX"):
        verb = ch
    elif ch.pos_ in ("ADV", "ADP", "ADJ", "PART") and ch.head.pos_ in ("VERB", "AUX"):
        verb = ch.head  # "reached $39.6 billion, up 27.3 percent"
    else:
        return True  # "highlighted an 8.2% increase in trade": the noun's own phrase was read
    if verb.lower_ in w.trade or verb.lemma_.lower() in w.trade:
        return True  # "sold goods worth 2.5 billion dollars to Bolivia, up 12 percent"
    for _ in range(3):
        subj = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ != "conj":
            break
        verb = verb.head
    if subj is None or subj.pos_ == "PRON":
        return True
    words = w.trade
    return any(t.lower_ in words or t.lemma_.lower() in words for t in subj.subtree)


#: Verbs and nouns of a figure still sought ("aim to raise trade to", "a target of").
_AIMS = frozenset(
    {"aim", "plan", "seek", "want", "hope", "intend", "agree", "pledge", "vow", "promise", "expect", "target"}
    | {"goal", "objective", "ambition", "forecast", "projection", "estimate", "predict", "project"}
)
_FUTURE_AUX = frozenset({"will", "would", "could", "might", "may", "should", "'ll", "shall"})


def _aimed(amount: Token) -> bool:
    """An amount still to be reached: the object of a target noun, or the figure of a verb told in
    the future or as an aim ("will reach $200 billion", "agreed to boost trade to $200 billion")."""
    if amount.head.lower_ == "from":
        return False  # "to raise trade to $30 billion from about $20 billion now": the figure now
    node = amount
    for _ in range(5):
        if node.lemma_.lower() in _AIMS:
            return True
        if node.pos_ in ("VERB", "AUX"):
            if {c.lower_ for c in children(node) if c.dep_ == "aux"} & _FUTURE_AUX:
                return True
            if node.dep_ not in ("xcomp", "conj", "advcl"):
                return False
        if node.head.i == node.i:
            return False
        node = node.head
    return False


_BILATERAL = frozenset({"bilateral", "two-way", "mutual", "reciprocal"})


def _reporter_partner(
    word: Token,
    sent_countries: list[str],
    countries: _Countries,
    context: tuple[str | None, str | None],
    *,
    context_here: bool = False,
) -> tuple[str | None, str | None]:
    """Reporter and partner of a trade word, or (None, None) when the statement is not bilateral.

    Read from the word's owner ("Russia's imports") and partner ("with the U.S.", "between X
    and Y"); a bilateral modifier or a named owner lets the sentence or the document's pair
    supply the other side; a sentence that names no country continues the last statement.
    """
    reporter = _owner(word, countries)
    by_subject = False
    if reporter is None:
        reporter = _subject_owner(word, countries)
        by_subject = reporter is not None
    partner = _partner(word, countries, reporter)
    pair = _between(word, countries)
    if reporter is None and len(pair) >= 2:
        reporter, partner = pair[0], pair[1]
    if reporter and partner:
        return reporter, partner
    mods = {c.lower_ for c in word.subtree if c.i < word.i + 3}
    # "two-way trade": the tokenizer splits the hyphenated modifier into three tokens
    mods |= {"".join(t.lower_ for t in word.doc[c.i - 1 : c.i + 2]) for c in word.subtree if c.text == "-"}
    # "trade between the two countries": a between-phrase naming fewer than two countries
    # refers to the document's pair
    unnamed_pair = bool(_between_preps(word))
    if mods & _BILATERAL or (pair and len(pair) < 2) or (unnamed_pair and len(pair) < 2) or _the_pairs(word):
        cands = [c for c in (*sent_countries, *countries.dyad) if c not in (reporter, partner)]
        reporter = reporter or (cands.pop(0) if cands else None)
        cands = [c for c in cands if c != reporter]
        partner = partner or (cands[0] if cands else None)
        return reporter, partner
    if partner and not reporter:
        others = [c for c in (*sent_countries, *countries.dyad) if c != partner]
        return (others[0] if others else None), partner
    if reporter and not partner:
        # a subject's own figure continues a statement of the same sentence only ("trade reached
        # $21.4 billion, with Brazil recording a surplus of $3.6 billion")
        if context[0] and reporter in context and (context_here or not by_subject):
            return reporter, context[1] if reporter == context[0] else context[0]
        # a subject's total ("the United States had a record deficit") is not bilateral
        if reporter in countries.dyad and len(countries.dyad) == 2 and not by_subject:
            return reporter, next(c for c in countries.dyad if c != reporter)
        return reporter, None
    if not sent_countries and context[0] and context[1]:
        return context[0], context[1]
    return None, None


#: Nouns that stand for the story's other country ("trade with the country", "its neighbour").
_PAIR_NOUNS = frozenset({"country", "nation", "neighbour", "neighbor", "kingdom", "republic"})
#: Nouns of a border a trade flow crosses ("trade across the border", "border trade").
_BORDER_NOUNS = frozenset({"border", "frontier"})


def _the_pairs(word: Token) -> bool:
    """A trade word told of the story's two countries without naming them: "trade with the
    country" (the other one), "in that trade" (the trade just told), "trade across the border",
    "border trade"."""
    for c in children(word):
        if c.dep_ == "compound" and c.lower_ in _BORDER_NOUNS:
            return True
        if c.dep_ != "prep":
            continue
        for o in children(c):
            if o.dep_ != "pobj":
                continue
            dets = {d.lower_ for d in children(o) if d.dep_ in ("det", "poss")}
            if c.lower_ == "with" and o.lemma_.lower() in _PAIR_NOUNS and dets & {"the", "its", "that"}:
                return True
            if c.lower_ == "across" and o.lemma_.lower() in _BORDER_NOUNS:
                return True
    head = word.head
    # "Japan had a surplus of X in that trade": the trade just told
    return (
        word.dep_ == "pobj"
        and head.lower_ == "in"
        and any(d.dep_ == "det" and d.lower_ in ("that", "this") for d in children(word))
    )


def _sentence_pair(sent: Span, w: _Words, countries: _Countries) -> tuple[str | None, str | None]:
    """The two sides of a bilateral trade statement in the sentence, amounts or not."""
    words = w.trade
    sent_countries = countries.in_tokens(sent)
    for t in tokens_with(sent, words, "lower", "lemma"):
        r, p = _reporter_partner(t, sent_countries, countries, (None, None))
        if r and p and r != p:
            return r, p
    return None, None


def _other_quantities(
    doc: Doc, w: _Words, countries: _Countries, tindex: list[tuple[Timex, Token]], doc_id: str
) -> list[Fact]:
    """Counts of signed agreements and capacities of projects, where a sentence states them."""
    out: list[Fact] = []
    text = doc_text(doc)
    from spacy.attrs import DEP, LIKE_NUM

    # numbers that modify a noun, read from one array: a Token object per token cost more
    cols = doc.to_array([LIKE_NUM, DEP])
    for i in ((cols[:, 0] == 1) & (cols[:, 1] == doc.vocab.strings["nummod"])).nonzero()[0].tolist():
        t = doc[i]
        if t.head.lower_ in w.count_nouns:
            verb = t.head.head
            if verb.lemma_.lower() not in ("sign", "conclude", "ink", "reach"):
                continue
            value = number_value(t.text)
            if value is None:
                continue
            sent = t.sent
            cs = countries.in_tokens(sent)
            timex = _period(t, sent, tindex)
            out.append(
                Fact(
                    doc_id=doc_id,
                    metric="count",
                    value=value,
                    unit=t.head.lemma_.lower(),
                    period=timex.interval if timex else None,
                    period_evidence=evidence(doc_id, text, timex.start, timex.end) if timex else None,
                    reporter=cs[0] if cs else None,
                    partner=cs[1] if len(cs) > 1 else None,
                    value_evidence=evidence(doc_id, text, t.idx, t.head.idx + len(t.head.text)),
                    sentence=evidence(doc_id, text, sent.start_char, sent.end_char),
                )
            )
    for m in w.capacity_re.finditer(text):
        root = _span_root(doc, m.start(), m.end())
        if root is None:
            continue
        sent = root.sent
        if not any(x.lemma_.lower() == "capacity" for x in sent):
            continue
        value = _number(m.group("num")) * (w.scales.get((m.group("scale") or "").lower(), 1.0))
        cs = countries.in_tokens(sent)
        out.append(
            Fact(
                doc_id=doc_id,
                metric="capacity",
                value=value,
                unit=w.capacity_units[m.group("unit").lower()],
                reporter=cs[0] if cs else None,
                partner=cs[1] if len(cs) > 1 else None,
                value_evidence=evidence(doc_id, text, m.start(), m.end()),
                sentence=evidence(doc_id, text, sent.start_char, sent.end_char),
            )
        )
    return out


__all__ = ["find_facts", "Evidence", "Interval"]
