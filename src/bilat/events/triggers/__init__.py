"""Trigger recognition: verbs, nominalisations and light-verb constructions.

A trigger is a token of the parse that names an event, the lexicon line it matched, and
the *predicate*: the verb whose tense, modality and negation tell the event's status and
whose dependents carry its arguments ("held talks": trigger ``talks``, predicate ``held``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bilat.events.lexicon import Lexicon, TriggerEntry
from bilat.events.triggers.grammar import (
    _ADJ_AS_NOUN_DEPS,
    _MOD_DEPS,
    _PROPER_EVENT_NOUNS,
    _Ctx,
    _governor,
    _holds,
    _is_trigger_noun,
    _match,
    direct_object,
    is_party,
    is_place,
    pobj,
    prep_children,
    prep_lemmas,
    subject,
)
from bilat.events.unreported import drop_unreported
from bilat.parse import Columns, children, columns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "Trigger",
    "direct_object",
    "find_triggers",
    "is_party",
    "is_place",
    "pobj",
    "prep_children",
    "prep_lemmas",
    "subject",
]


@dataclass
class Trigger:
    token: Token
    entry: TriggerEntry
    type: str
    mode: str | None
    weight: float
    predicate: Token
    nominal: bool
    light: Token | None = None
    status_hint: str | None = None
    consumed: set[int] = field(default_factory=set)  # tokens that must not trigger again


def _light_effect(noun: Token, etype: str, lex: Lexicon) -> tuple[Token | None, str | None]:
    verb, preps = _governor(noun)
    if verb is None:
        return None, None
    for entry in lex.light.get(verb.lemma_.lower(), ()):
        if "*" not in entry.types and etype not in entry.types:
            continue
        if preps:
            # "take part in", "call for": the last preposition names the construction
            if not entry.preps or preps[-1] != entry.preps[-1]:
                continue
        elif entry.preps and not set(entry.preps) <= {c.lower_ for c in prep_children(verb)}:
            continue  # "turn down the offer", "dismissed the talks as a sham": a particle or 'as' of the verb
        return verb, entry.effect
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        # "the talks took place / ended / will focus on ...": the clause's verb is the predicate
        return verb, "subject"
    return None, None


def _person_tokens(doc: Doc) -> set[int]:
    """Tokens of the people the actors stage found (names the tagger left untyped)."""
    mentions = getattr(doc._, "bilat_mentions", None) if doc.has_extension("bilat_mentions") else None
    out: set[int] = set()
    for m in mentions or ():
        if m.kind != "person":
            continue
        span = doc.char_span(m.evidence.start, m.evidence.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def find_triggers(doc: Doc, lex: Lexicon, mention_tokens: set[int], place_tokens: set[int]) -> list[Trigger]:
    ctx = _Ctx(mention_tokens, place_tokens, _person_tokens(doc))
    found: list[Trigger] = []
    consumed: set[int] = set()
    # Nouns first: a light verb that governs an event noun is that event's predicate, not a
    # second event ("signed an agreement" is one AGREE).
    cols = columns(doc)
    for i in _noun_candidates(cols, lex):
        tok = doc[i]
        # the tagger calls some event nouns adjectives ("the Turkish offensive began"); an adjective
        # standing as subject or object is used as a noun
        if tok.pos_ not in ("NOUN", "PROPN") and not (tok.pos_ == "ADJ" and tok.dep_ in _ADJ_AS_NOUN_DEPS):
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ == "PROPN" and lemma not in _PROPER_EVENT_NOUNS and not _wire_capital(tok):
            continue
        entries = lex.nouns.get(lemma) or lex.nouns.get(tok.lower_)
        if not entries and tok.pos_ == "PROPN" and lemma.endswith("s"):
            entries = lex.nouns.get(lemma[:-1])  # the tagger leaves a capitalised plural unlemmatised
        if not entries:
            continue
        if any(c.dep_ == "det" and c.lower_ == "any" for c in children(tok)):
            continue  # no particular event: "before any talks", "not looking to grant any waivers"
        if _legislature_name(tok, lex):
            continue
        # A trigger noun that modifies another trigger noun ("summit meeting") is part of it.
        if tok.dep_ in ("compound", "amod") and _is_trigger_noun(tok.head, lex):
            continue
        # ... and one that only describes a place, person or rule is no event ("detention centres",
        # "aid workers", "the sanctions committee")
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in lex.classes.get("DESCRIBEDHEAD", ()):
            continue
        entry = _match(entries, tok, lex, ctx)
        if entry is None:
            continue
        trig = Trigger(tok, entry, entry.type, entry.mode, entry.weight, tok, True)
        verb, effect = _light_effect(tok, entry.type, lex)
        if effect == "self":
            # "the truce did not hold": the pact was made; its verb tells its fate, not its status
            verb = effect = None
        if verb is not None and effect is not None:
            trig.light = verb
            if effect == "drop":
                continue
            if effect == "defer":
                if verb.pos_ in ("VERB", "AUX") and _match(
                    lex.verbs.get(verb.lemma_.lower(), ()), verb, lex, ctx
                ):
                    continue  # the verb's own line names the act; the verb pass finds it
                effect = "keep"
            if effect.startswith("type=") and _worded_negative(verb, lex, ctx):
                continue  # "would not accept the proposal" refuses it: the verb's own line names the act
            if effect.startswith("type="):
                earlier = _participle_act(tok, entry, lex)
                if earlier is not None:
                    # "lift the restrictions imposed in July 2019": the imposing is an act of its own
                    found.append(
                        Trigger(tok, entry, entry.type, entry.mode, entry.weight, earlier, True, earlier)
                    )
                    consumed.add(earlier.i)
                trig.type = lex.canonical_type(effect[5:])
                trig.mode = _own_mode(verb, trig.type, lex, ctx)
                # "rejected the proposal" is as sure a REJECT as "rejected" itself
                trig.weight = max(trig.weight, _own_weight(verb, trig.type, lex, ctx))
                trig.predicate = verb
                consumed.add(verb.i)
            elif effect.startswith("status="):
                trig.status_hint = effect[7:]
                trig.predicate = verb
                consumed.add(verb.i)
            elif effect in ("keep", "subject"):
                trig.predicate = verb
                if effect == "keep":
                    consumed.add(verb.i)
        if trig.status_hint is None:
            trig.status_hint = _noun_governor_status(tok, trig.type, lex)
        found.append(trig)
    for i, lemma in enumerate(cols.lemma):
        if lemma not in lex.verbs:
            continue
        tok = doc[i]
        if tok.i in consumed or tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBG", "VBN"):
            continue
        entries = lex.verbs.get(tok.lemma_.lower())
        if not entries:
            continue
        entry = _match(entries, tok, lex, ctx)
        if entry is None:
            continue
        found.append(
            Trigger(
                tok,
                entry,
                entry.type,
                entry.mode,
                entry.weight,
                tok,
                False,
                None,
                _verb_governor_status(tok, entry.type, lex),
            )
        )
    found = drop_unreported(found, lex)
    found.sort(key=lambda t: t.token.i)
    return found


def _participle_act(noun: Token, entry: TriggerEntry, lex: Lexicon) -> Token | None:
    """A past participle after the noun that is the noun's own light verb ("the sanctions
    imposed by the Community", "the treaty signed in 1963")."""
    for c in children(noun):
        if c.dep_ != "acl" or c.tag_ != "VBN":
            continue
        for le in lex.light.get(c.lemma_.lower(), ()):
            if not le.preps and le.effect == "keep" and ("*" in le.types or entry.type in le.types):
                return c
    return None


def _noun_candidates(cols: Columns, lex: Lexicon) -> Iterator[int]:
    """Indices of the tokens whose words could name an event: building a Token object for each
    token of the document only to read its part of speech made this the stage's largest cost."""
    nouns = lex.nouns
    for i, (lemma, lower, pos) in enumerate(zip(cols.lemma, cols.lower, cols.pos, strict=True)):
        if pos not in ("NOUN", "PROPN", "ADJ"):
            continue
        plural_name = pos == "PROPN" and lemma.endswith("s") and lemma[:-1] in nouns
        if lemma in nouns or lower in nouns or plural_name:
            yield i


def _verb_governor_status(verb: Token, etype: str, lex: Lexicon) -> str | None:
    """The status a noun gives the act of its to-clause: a visit one is invited to has not yet
    taken place ("accepted an invitation to visit Moscow"). The noun's light lines with 'to'."""
    if verb.lemma_.lower() == "expect" and any(c.dep_ == "nsubjpass" for c in children(verb)):
        return "planned"  # "the minister is expected in Hanoi": the visit is announced, not made
    if verb.dep_ not in ("acl", "relcl") or verb.head.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
        return None
    for entry in lex.light.get(verb.head.lemma_.lower(), ()):
        if entry.preps == ("to",) and etype in entry.types and entry.effect.startswith("status="):
            return entry.effect[7:]
    return None


def _noun_governor_status(noun: Token, etype: str, lex: Lexicon) -> str | None:
    """The status a governing noun gives an event named in its complement: talks offered or
    proposed have not taken place ("an offer of talks", "a proposal for a summit"). The
    light-verb lines with a preposition serve for the noun of the same lemma."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    head = noun.head.head
    if head.pos_ != "NOUN":
        return None
    for entry in lex.light.get(head.lemma_.lower(), ()):
        if entry.preps == (noun.head.lower_,) and entry.effect.startswith("status="):
            if "*" in entry.types or etype in entry.types:
                return entry.effect[7:]
    return None


def _worded_negative(verb: Token, lex: Lexicon, ctx: _Ctx) -> bool:
    """The verb's own first line that holds is worded with its negation ("will not accept")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    entry = _match(lex.verbs.get(verb.lemma_.lower(), ()), verb, lex, ctx)
    return entry is not None and any(c.key == "neg" for c in entry.conditions)


def _own_weight(verb: Token, etype: str, lex: Lexicon, ctx: _Ctx) -> float:
    """The weight of the verb's own lexicon line for ``etype``, 0 if it has none that holds."""
    for entry in lex.verbs.get(verb.lemma_.lower(), ()):
        if entry.type == etype and all(_holds(c, verb, lex, ctx) for c in entry.conditions):
            return entry.weight
    return 0.0


def _own_mode(verb: Token, etype: str, lex: Lexicon, ctx: _Ctx) -> str | None:
    """The mode of the verb's own lexicon line for ``etype`` ("lifted the embargo" eases
    sanctions), None if it has none that holds."""
    for entry in lex.verbs.get(verb.lemma_.lower(), ()):
        if entry.type == etype and all(_holds(c, verb, lex, ctx) for c in entry.conditions):
            return entry.mode
    return None


def _legislature_name(tok: Token, lex: Lexicon) -> bool:
    """A capitalised "Congress" with no "of" phrase, number or kind of gathering is a
    legislature ("ask Congress", "the Philippine Congress ratified"), not a congress held
    ("the congress of Syrian national dialogue", "the 20th Party Congress")."""
    if tok.lemma_.lower() not in lex.classes.get("LEGISLATURE", ()) or not tok.text[:1].isupper():
        return False
    kinds = lex.classes.get("GATHERINGMOD", ())
    for c in children(tok):
        if c.dep_ == "prep" and c.lower_ == "of":
            return False
        if c.dep_ in _MOD_DEPS and (any(ch.isdigit() for ch in c.text) or c.lower_ in kinds):
            return False
    return True


def _wire_capital(tok: Token) -> bool:
    """A common noun capitalised only because it follows an abbreviation's full stop, as
    wire copy does ("possible U.S. Reprisals", "a U.S. Proposal")."""
    if tok.i == 0 or not tok.text[:1].isupper() or not tok.text[1:].islower():
        return False
    # (the tagger folds "possible U.S. Reprisals" into an organisation name: the entity label
    # does not make the noun a name)
    prev = tok.doc[tok.i - 1]
    return len(prev.text) > 1 and prev.text.endswith(".") and prev.text[:-1].replace(".", "").isupper()
