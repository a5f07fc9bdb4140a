"""Which recognised triggers name no event to report.

A trigger word can stand in a sentence for something other than an act between parties: the
act a pledge commits to, a standing arrangement, a legislator's or analyst's comment, the
occasion or manner of another act, a pact named only for who belongs to it, a request for
greetings, a danger, what an ultimatum asks for or a vetoed text would do, a second verb of the
same contact, an act only referred back to. Each rule reads the parse around the trigger; the
word lists are classes of the ontology.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilat.events import triggers as _trig
from bilat.events.lexicon import Lexicon
from bilat.parse import children

if TYPE_CHECKING:
    from spacy.tokens import Token

    from bilat.events.triggers import Trigger


def drop_unreported(found: list[Trigger], lex: Lexicon) -> list[Trigger]:
    """The triggers of a document less those that name no event of their own."""
    contacts = {t.token.i: t.mode for t in found if t.type == "CONSULT" and not t.nominal}
    found = [
        t
        for t in found
        if not (
            _agreed_content(t, lex)
            or _habitual(t, lex)
            or _commentator(t, lex)
            or _occasion(t)
            or _manner(t, lex)
            or _membership(t, lex)
            or _no_act_asked(t, lex)
            or _generic_threat(t, lex)
            or _demanded_content(t, lex)
            or _same_contact(t, contacts)
            or _defeated_content(t, lex)
            or _generic_actor(t)
            or _sanction_as_setting(t)
            or _characterised_back(t)
            or _condition(t)
            or _standing_stance(t)
            or _treaty_terms(t, lex)
        )
    ]
    # "a waiver from its sanctions", "the lifting of the embargo": the act conceded on is the
    # concession's object, told with it
    conceded = {t.token.i for t in found if t.nominal and t.type == "CONCEDE"}
    found = [
        t for t in found if not (t.nominal and t.type == "SANCTION" and _complement_of(t.token) in conceded)
    ]
    # "Washington welcomed the agreement", "Moscow condemned the sanctions": a bare definite noun
    # a verdict is passed on names an act told elsewhere, whose parties are not the judge's
    judged = {t.token.i for t in found if not t.nominal and t.type in ("ACCUSE", "SUPPORT")}
    found = [t for t in found if not (t.nominal and t.token.head.i in judged and _bare_reference(t))]
    return found


# Words that single out the nouns a participle describes ("the countries", "three states",
# "its allies"): then they are particular parties, not a kind.
_PARTICULAR_DEPS = frozenset({"det", "poss", "nummod", "predet"})


def _generic_actor(trig: Trigger) -> bool:
    """A sanction told by a participle describing a bare plural ("countries imposing sanctions
    on Iran", "nations imposing sanctions") names a kind of state, not a state that acted."""
    pred = trig.predicate
    if trig.type != "SANCTION" or pred.dep_ != "acl" or pred.tag_ != "VBG":
        return False
    head = pred.head
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.ent_type_:
        return False
    # a named or national modifier makes them particular ("Western nations", "EU states")
    return not any(
        c.dep_ in _PARTICULAR_DEPS or (c.dep_ in ("amod", "compound", "nmod") and c.ent_type_)
        for c in children(head)
    )


# Prepositions that make sanctions the circumstances of another act ("despite sanctions",
# "a way around the embargo", "under UN sanctions").
_SETTING_PREPS = frozenset({"despite", "around", "amid", "amidst", "under", "notwithstanding"})
# Nouns for what sanctions do to those who bear them ("the impact of the embargo").
_EFFECT_NOUNS = frozenset(
    {"impact", "effect", "toll", "consequence", "cost", "burden", "weight", "pain", "damage", "brunt"}
)


_BACK_PRONOUNS = frozenset({"it", "this", "that"})


# Conjunctions that make a clause the condition of a refusal ("will not talk until troops leave").
_CONDITION_MARKS = frozenset({"until", "unless", "till"})


def _condition(trig: Trigger) -> bool:
    """ "She would not talk to him until his troops left": the act is what a refusal waits for,
    not one that took place."""
    verb = trig.predicate
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in children(verb)
    ):
        return False
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in children(verb.head))


def _treaty_terms(trig: Trigger, lex: Lexicon) -> bool:
    """ "the 1977 treaty under which the two countries were to build a dam": what a pact bound its
    parties to do, told with 'be to', is its content, not an act of the story."""
    verb = trig.predicate
    if verb.dep_ != "xcomp" or verb.head.lemma_ != "be":
        return False  # "under which Moscow pledged to pull out" tells a pledge, reported with the pact
    verb = verb.head  # "under which they were to build": the clause's own verb
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in lex.classes.get("AGREEMENT", ()):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("under", "by") and any(p.lower_ == "which" for p in children(c))
        for c in children(verb)
    )


def _standing_stance(trig: Trigger) -> bool:
    """ "Algeria, which backs the rebels, ...": support told in the present of a relative clause
    describes where a party stands, not an act of the story."""
    verb = trig.predicate
    return (
        trig.type == "SUPPORT" and not trig.nominal and verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP")
    )


def _characterised_back(trig: Trigger) -> bool:
    """ "It will be the first visit to Hanoi by a secretary of state since the war": the pronoun
    takes up the act the story has just told, and the noun only characterises it."""
    tok = trig.token
    if not trig.nominal or tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in _BACK_PRONOUNS for c in children(tok.head))


def _sanction_as_setting(trig: Trigger) -> bool:
    """Sanctions named as the setting of something else, with no verb imposing them ("despite
    Western sanctions, trade grew", "an economy battered by sanctions", "the impact of the
    embargo"), are in force, not imposed in the story."""
    tok = trig.token
    if not trig.nominal or trig.type != "SANCTION" or trig.light is not None or tok.dep_ != "pobj":
        return False
    if any(c.dep_ in ("acl", "relcl") for c in children(tok)):
        return False  # "under the sanctions imposed in 1990": the imposing is told
    prep = tok.head
    if prep.lower_ in _SETTING_PREPS:
        return True
    if prep.dep_ == "agent":
        # a participle describing what bears them; "Pakistan was hit by new sanctions" tells them
        return prep.head.dep_ in ("acl", "amod", "advcl")
    return prep.lower_ == "of" and prep.head.lemma_.lower() in _EFFECT_NOUNS


def _complement_of(tok: Token) -> int:
    """The noun whose preposition takes ``tok`` ("a waiver from sanctions": waiver), or -1."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return tok.head.head.i
    return -1


def _manner(trig: Trigger, lex: Lexicon) -> bool:
    """A noun that tells why or how another act was done ("boycotted the Games in protest at the
    invasion", "detained them in retaliation for the arrest") is that act's manner."""
    tok = trig.token
    return (
        trig.nominal
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
        and tok.lemma_.lower() in lex.classes.get("MANNERNOUN", ())
    )


def _membership(trig: Trigger, lex: Lexicon) -> bool:
    """A pact or gathering named only to say who belongs to it ("the signatories to the deal",
    "parties to the treaty", "members of the conference") describes those parties."""
    tok = trig.token
    if not trig.nominal or tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "of"):
        return False
    heads = lex.classes.get("MEMBERHEAD", ())
    owner = _complement_of(tok)
    if owner >= 0 and tok.doc[owner].lemma_.lower() in heads:
        return True
    # the parser hangs "to the deal" on the verb ("urged the signatories to the deal to act")
    prep = tok.head
    return prep.i > 0 and tok.doc[prep.i - 1].lemma_.lower() in heads and tok.doc[prep.i - 1].dep_ == "dobj"


def _no_act_asked(trig: Trigger, lex: Lexicon) -> bool:
    """A request that asks for no act between states: greetings to pass on ("asked him to convey
    his greetings to the Leader"), or a project put forward to no one ("proposed building a
    Silk Road economic belt", "proposed establishing a secretariat")."""
    if trig.nominal or trig.type != "REQUEST":
        return False
    tok = trig.token
    courtesy = lex.classes.get("COURTESY", ())
    for c in children(tok):
        if c.dep_ not in ("xcomp", "ccomp"):
            continue
        if any(o.dep_ == "dobj" and o.lemma_.lower() in courtesy for o in children(c)):
            return True
        if (
            tok.lemma_.lower() in ("propose", "suggest")
            and c.tag_ == "VBG"
            and not any(d.dep_ == "nsubj" for d in children(c))
            and not any(d.dep_ in ("dobj", "dative") for d in children(tok))
            and _trig.pobj(tok, "to") is None
        ):
            return True
    return False


def _generic_threat(trig: Trigger, lex: Lexicon) -> bool:
    """A threat to an abstraction ("consult on threats to their security", "a threat to regional
    peace") names a danger, not a threat one party made to another."""
    if not trig.nominal or trig.type != "THREATEN":
        return False
    target = _trig.pobj(trig.token, "to")
    return target is not None and target.lemma_.lower() in lex.classes.get("ENDANGERED", ())


def _occasion(trig: Trigger) -> bool:
    """A request or invitation an act was done "at" ("postponed at Israel's request", "arrived at
    the invitation of the president") names the occasion of that act, which is the event."""
    tok = trig.token
    return (
        trig.nominal
        and trig.type == "REQUEST"
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("at", "upon", "on")
        and tok.head.head.pos_ in ("VERB", "AUX", "NOUN")
    )


_ANAPHORIC_DETS = frozenset({"the", "this", "that", "these", "those"})


def _bare_reference(trig: Trigger) -> bool:
    return trig.light is None and trig.token.dep_ == "dobj" and referred_back(trig.token)


def referred_back(noun: Token, dets: frozenset[str] = _ANAPHORIC_DETS) -> bool:
    """A noun with nothing but a determiner from ``dets`` ("the agreement", "this raid"): an act
    told elsewhere, referred back to, not one described afresh."""
    kids = children(noun)
    return bool(kids) and all(c.dep_ == "det" and c.lower_ in dets for c in kids)


def _habitual(trig: Trigger, lex: Lexicon) -> bool:
    """An act done as a rule ("the ministers will meet periodically", "they regularly exchange
    views", and what they meet "to discuss") is a standing arrangement, not an event that took place."""
    if trig.type == "PROTEST":
        return False  # a standing protest ("rallied outside the embassy every Wednesday") is still reported
    words = lex.classes.get("HABITUAL", ())
    verb = trig.predicate
    for _ in range(3):
        for c in children(verb):
            if c.dep_ == "advmod" and c.lower_ in words:
                return True
            if c.dep_ == "npadvmod" and any(d.lower_ in ("every", "each") for d in children(c)):
                return True
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head is verb:
            return False
        verb = verb.head
    return False


def _commentator(trig: Trigger, lex: Lexicon) -> bool:
    """A statement by a legislator, analyst or newspaper ("Senator Cabal accused Bogota of ...",
    "members of the Knesset demanded ...") speaks for no government, and what such a speaker
    says or doubts ("analysts doubt that sanctions will work") is speculation, not an act."""
    if lex.is_verbal(trig.type) and _commentator_subject(trig.predicate, lex):
        return True
    verb = trig.predicate
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    for _ in range(4):
        if verb.head is verb:
            return False
        if verb.dep_ == "ccomp":
            verb = verb.head
            if _commentator_subject(verb, lex):
                return True
        elif verb.dep_ in ("xcomp", "conj", "advcl"):
            verb = verb.head
        else:
            return False
    return False


# Speakers who, named for the opposition, speak against their own government, not for it.
_OPPOSED_SPEAKERS = frozenset({"party", "parties", "politician", "lawmaker", "deputy", "mp"})


def _commentator_subject(verb: Token, lex: Lexicon) -> bool:
    subj = _trig.subject(verb)
    if subj is None or subj.dep_ == "nsubjpass":
        return False
    words = lex.classes.get("COMMENTATOR", ())
    if subj.lemma_.lower() in words or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in words for c in children(subj)
    ):
        return True
    if subj.lemma_.lower() in _OPPOSED_SPEAKERS and any(
        c.dep_ in ("compound", "amod") and c.lower_ == "opposition" for c in children(subj)
    ):
        return True  # "opposition parties criticised the deal": critics at home, not the government
    if subj.lemma_.lower() in ("member", "members"):
        bodies = lex.classes.get("LEGISLATIVEBODY", ())
        for c in children(subj):
            if (
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(p.dep_ == "pobj" and p.lemma_.lower() in bodies for p in children(c))
            ):
                return True
    return False


def _agreed_content(trig: Trigger, lex: Lexicon) -> bool:
    """The act a pledge or agreement commits to ("agreed to reopen crossings", "pledged to keep
    supporting Ukraine", "a memorandum to cooperate in wheat trading") is what was agreed, part of
    that AGREE, not an act of its own. Meetings agreed on and hostile acts vowed keep their own record."""
    if trig.nominal or trig.type not in lex.classes.get("AGREEDCONTENT", ()):
        return False
    tok = trig.token
    for _ in range(4):
        if tok.dep_ == "conj":
            tok = tok.head
            continue
        if tok.dep_ == "xcomp":
            if tok.head.lemma_.lower() in lex.classes.get("COMMITTING", ()):
                return True
            tok = tok.head
            continue
        if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok)):
            if any(e.type == "AGREE" for e in lex.nouns.get(tok.head.lemma_.lower(), ())):
                return True
        return False
    return False


def _demanded_content(trig: Trigger, lex: Lexicon) -> bool:
    """The act a demand or ultimatum asks for ("an ultimatum to withdraw from Kuwait", "a call to
    pull out all foreign forces") has not happened; a meeting called for stays a proposal."""
    tok = trig.predicate
    if trig.type == "CONSULT" or tok.dep_ != "acl":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok)):
        return False
    return any(e.type in ("REQUEST", "THREATEN") for e in lex.nouns.get(tok.head.lemma_.lower(), ()))


def _defeated_content(trig: Trigger, lex: Lexicon) -> bool:
    """What a vetoed or rejected text would have done ("vetoed a resolution threatening sanctions",
    "rejected a draft calling for a ceasefire") was never done."""
    tok = trig.token
    for _ in range(3):
        if tok.dep_ in ("acl", "relcl"):
            noun = tok.head
            return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in lex.classes.get(
                "DEFEATING", ()
            )
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _same_contact(trig: Trigger, contacts: dict[int, str | None]) -> bool:
    """Talk joined to a contact verb of the same speakers ("spoke by phone and exchanged
    greetings", "visited Tehran and met Rouhani") is that one contact, told by the first verb."""
    if trig.nominal or trig.type != "CONSULT" or trig.mode == "visit":
        return False  # (a journey on to another place is a visit of its own)
    tok = trig.token
    if tok.dep_ == "conj":
        return tok.head.i in contacts
    # "telephoned the minister to discuss the dispute": the talk is what the call was for (a
    # journey made to meet someone stays a visit and a meeting)
    return (
        tok.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok))
        and tok.head.i in contacts
        and contacts[tok.head.i] != "visit"
    )
