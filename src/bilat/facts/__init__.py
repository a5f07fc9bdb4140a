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

import re
from typing import TYPE_CHECKING

from bilat.facts.amounts import _Amount, _amounts, _national_currency, _number, _Words, _words
from bilat.facts.periods import (
    _SAME_PERIOD,
    _after_base,
    _fiscal_year,
    _is_base,
    _pair_coordinated,
    _period,
    _timex_index,
    _years_off,
)
from bilat.facts.sides import (
    _Countries,
    _nearest,
    _reporter_partner,
    _sentence_pair,
    _span_root,
)
from bilat.parse import char_span, children, doc_text, tokens_with
from bilat.records import Evidence, Fact, Interval, Timex, evidence
from bilat.temporal.lexicon import number_value

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Arcs in the parse beyond which a trade word says nothing of an amount.
_MAX_TREE_DISTANCE = 6

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
