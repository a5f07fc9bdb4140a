"""The tense of the clause a temporal expression belongs to, read from the spaCy parse.

"On Monday" in a past-tense clause is the Monday before the article's date; "will go to
Russia on Tuesday" is the Tuesday after. The governing verb is found by climbing from the
expression's root; its auxiliaries and tag decide:

- ``future``: ``will``/``would``/``shall``/``'ll``, ``going to``, an infinitive that
  complements a verb of planning ("is expected to visit", "agreed to meet"), a participle
  or adjective of planning on the way up ("slated for", "the upcoming talks", "due to").
- ``past``: VBD, a perfect (``has met``), a passive with ``was``/``were``.
- ``present``: a present-tense verb (``meets``, ``is held``); ``progressive`` when the
  verb is ``is/are`` + VBG, which in news is the near future ("is visiting Moscow on Friday").
- ``None`` when no verb governs the expression (a headline, a dateline).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from bilat.parse import children
from bilat.temporal.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

Tense = Literal["past", "future", "present", "progressive"] | None

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})
_PAST_AUX = frozenset({"has", "have", "had", "'ve", "was", "were", "did"})
#: Verbs whose "to"/"for" phrase names the meeting planned, not when the verb's act was done
#: ("invited Yoon to the summit on May 19", "proposed talks for next month").
_PLAN_TARGET_VERBS = frozenset({"invite", "propose", "schedule", "reschedule", "postpone", "delay"})
#: Participles of a plan whose own tense dates it ("had been scheduled for November": past).
_PLAN_PARTICIPLES = frozenset({"slated", "scheduled", "due", "planned", "set"})
_PLAN_TARGET_PREPS = frozenset({"to", "for", "until", "till"})


@lru_cache(maxsize=1)
def _future_lemmas() -> frozenset[str]:
    return frozenset(lexicon()["future_lemmas"])


@lru_cache(maxsize=1)
def _past_heads() -> frozenset[str]:
    return frozenset(lexicon()["past_infinitive_heads"])


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def clause_tense(span: Span) -> Tense:
    """The tense of the clause governing ``span`` (see the module docstring)."""
    future = _future_lemmas()
    # "said on Thursday it would ...": an adjacent verb governs, whatever the attachment
    doc = span.doc
    k = span.start - 1
    if k >= 0 and doc[k].lower_ in ("on", "late", "early"):
        k -= 1
    if k >= 0 and doc[k].tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB"):
        return _verb_tense(doc[k], future)
    tok = span.root
    seen = 0
    planned = False  # the date is of what a plan is for ("invited Sharif to the summit on May 19")
    # climb through nouns and prepositions to the governing verb, noticing planning words
    while not _is_verb(tok) or tok.i in range(span.start, span.end):
        if tok.lemma_.lower() in future and tok.i not in range(span.start, span.end):
            return "future"
        for c in children(tok):
            if c.dep_ == "amod" and c.lower_ in future and c.i not in range(span.start, span.end):
                return "future"
        if (
            tok.dep_ == "prep"
            and tok.lower_ in _PLAN_TARGET_PREPS
            and tok.i not in range(span.start, span.end)
        ):
            planned = True
        if tok.head.i == tok.i or seen > 8:
            return None
        tok = tok.head
        seen += 1
    if (
        planned
        and tok.lemma_.lower() in _PLAN_TARGET_VERBS
        and tok.lower_ not in _PLAN_PARTICIPLES
        and span.root.lower_ not in lexicon()["weekdays"]
    ):
        # "has invited Sharif to the summit in Delhi on May 19-21", "which Ankara proposed for
        # May 19-21": the invitation is told as done, the meeting it is to is still ahead (a
        # weekday, "invited him to talks on Tuesday", may as well be the invitation's day)
        return "future"
    return _verb_tense(tok, future)


def _verb_tense(verb: Token, future: frozenset[str], depth: int = 0) -> Tense:
    auxes = [c for c in children(verb) if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if verb.lower_ in _PLAN_PARTICIPLES and verb.tag_ in ("VBN", "JJ"):
        # "had been planned for October", "a meeting planned for October was postponed": a
        # plan told in the past is dated as the past (the next one only if weeks away)
        if words & {"had", "was", "were"} or (verb.dep_ in ("acl", "amod") and _in_past_clause(verb)):
            return "past"
        return "future"
    infinitive = any(a.tag_ == "TO" for a in auxes)
    if infinitive and verb.dep_ == "ROOT":
        return "future"  # a headline: "Putin to visit Tehran on Tuesday"
    if infinitive and depth < 4 and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "xcomp":
            if head.lemma_.lower() in _past_heads():
                return _verb_tense(head, future, depth + 1)
            if head.lemma_.lower() in future or head.lower_ == "going":
                # "was expected to arrive on Monday" is still the future of its clause
                return "future"
        return _verb_tense(head, future, depth + 1)
    if verb.tag_ == "VBD" or words & _PAST_AUX:
        return "past"
    if verb.tag_ == "VBN":
        if verb.lemma_.lower() in future and verb.dep_ in ("acl", "advcl", "amod"):
            return "future"
        if verb.dep_ in ("acl", "relcl", "advcl", "conj", "xcomp", "ccomp") and depth < 4:
            return _verb_tense(verb.head, future, depth + 1) if verb.head.i != verb.i else "past"
        return "past"
    if verb.tag_ == "VBG":
        if words & {"is", "are", "am", "'s", "'re"}:
            return "progressive"
        if words & {"was", "were"}:
            return "past"
        if verb.dep_ == "acl":
            return "present"  # "the congress, meeting in Sochi on Monday": the nearest Monday
        if depth < 4 and verb.head.i != verb.i and verb.dep_ != "ROOT":
            return _verb_tense(verb.head, future, depth + 1)
        return "present"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VB" and verb.dep_ in ("conj", "xcomp", "ccomp", "advcl") and depth < 4:
        return _verb_tense(verb.head, future, depth + 1)
    return None


def _in_past_clause(tok: Token) -> bool:
    """ "a meeting planned for October was postponed": the clause around a noun is past."""
    for _ in range(6):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if _is_verb(tok):
            auxes = {c.lower_ for c in children(tok) if c.dep_ in ("aux", "auxpass")}
            return tok.tag_ == "VBD" or bool(auxes & _PAST_AUX)
    return False
