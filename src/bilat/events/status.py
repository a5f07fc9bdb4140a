"""The status of an event: occurred, planned, proposed, cancelled or denied; and whether a
trigger names an act at all (not a stance, a topic of talks, a circumstance, or comment).

Read from the predicate's tense and auxiliaries, negation, the verbs that govern it
("agreed to hold", "is expected to", "postponed"), modifiers of event nouns ("the
upcoming summit", "talks scheduled for May"), conditionals, and the event's date relative
to the publication date.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bilat.events.arguments import SPEECH
from bilat.parse import children

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from bilat.events.merge import Candidate
    from bilat.events.triggers import Trigger

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_MODAL_AUX = frozenset({"may", "might", "could", "should", "would", "must", "can", "ca"})
# Adjectives of readiness: what one is ready to do is not yet done ("may be willing to scrap the
# quota"); the readiness itself is told by "be" ("said it was ready to pay", an offer).
_READINESS = frozenset({"ready", "willing", "prepared", "eager", "keen"})
# Verbs that govern a to-clause or event noun and make it lie ahead.
_PLANNING = frozenset(
    {
        "expect",
        "plan",
        "schedule",
        "intend",
        "set",
        "due",
        "prepare",
        "aim",
        "hope",
        "decide",
        "agree",
        "slate",
        "arrange",
        "go",
        "want",
        "wish",
        "promise",
        "pledge",
        "vow",
        "resolve",
        "undertake",
        "consider",
        "mull",
        "envisage",
        "ready",
        "likely",
        "about",
        "postpone",
        "delay",
        "defer",
        "reschedule",
        "announce",
        "commit",
        "seek",
        "try",
        "attempt",
        "invite",
        "confirm",
    }
)
# Verbs that govern it and make it only a proposal.
_PROPOSING = frozenset(
    {
        "propose",
        "suggest",
        "offer",
        "call",
        "urge",
        "ask",
        "request",
        "demand",
        "invite",
        "press",
        "push",
        "insist",
        "appeal",
        "favour",
        "favor",
        "advocate",
        "float",
        "want",
    }
)
# Nouns whose to-infinitive is an aim, not a report ("talks to lift sanctions", "a bid to join").
_AIMS = frozenset(
    {
        "talk",
        "talks",
        "negotiation",
        "meeting",
        "effort",
        "bid",
        "attempt",
        "plan",
        "push",
        "drive",
        "campaign",
    }
    | {"move", "initiative", "process", "mission", "way", "need", "pressure", "offer", "proposal", "chance"}
)
_CANCELLING = frozenset({"cancel", "scrap", "abandon", "drop", "shelve", "suspend", "halt", "annul"})
_DENYING = frozenset({"deny", "refute", "dismiss"})
# Verbs whose to-clause did not happen ("failed to agree on new trade deals").
_FAILING = frozenset({"fail", "neglect"})
_NOUN_PLANNED = frozenset(
    {
        "next",
        "upcoming",
        "forthcoming",
        "planned",
        "scheduled",
        "future",
        "expected",
        "coming",
        "impending",
        "prospective",
        "due",
        "slated",
        "anticipated",
        "possible",
        "potential",
    }
)
_NOUN_PROPOSED = frozenset({"proposed", "suggested", "mooted", "possible", "potential"})
_NEG_WORDS = frozenset({"not", "n't", "never", "no"})


def _aux_words(tok: Token) -> set[str]:
    return {c.lower_ for c in children(tok) if c.dep_ in ("aux", "auxpass")}


def is_negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in children(tok)):
        return True
    # "no talks were held": a negative determiner on the event noun or on the subject
    return any(c.dep_ == "det" and c.lower_ == "no" for c in children(tok))


def in_conditional(tok: Token) -> bool:
    """Inside an if/unless clause, or a hypothetical 'were to'."""
    node = tok
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children(node)):
            return True
        if node.dep_ in ("ROOT",) or node.head.i == node.i:
            return False
        node = node.head
    return False


def clause_status(pred: Token, *, verbal: bool) -> tuple[str, bool]:
    """Status and negation read from the predicate and the verbs that govern it."""
    negated = is_negated(pred)
    aux = _aux_words(pred)
    if aux & _FUTURE_AUX or _going_to(pred):
        status = "planned"
    elif aux & {"would"} and not verbal:
        status = "planned"
    elif aux & (_MODAL_AUX - {"would"}) and not verbal:
        status = "proposed"
    else:
        status = "occurred"
    if status == "occurred" and _when_ahead(pred):
        status = "planned"
    if (
        pred.tag_ in ("VB", "VBP")
        and not aux
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in children(pred))
    ):
        # mandative subjunctive: "proposed that they meet", "an offer that the two sides meet"
        return ("proposed" if not verbal else status), negated
    if (
        pred.tag_ == "VB"
        and pred.dep_ == "acl"
        and "to" in aux
        and not verbal
        and pred.head.lemma_.lower() in _AIMS
    ):
        # a purpose or aim of a noun ("talks to lift sanctions", "a plan to build a pipeline")
        return "proposed", negated
    if pred.tag_ == "VB" and not aux and pred.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "relcl"):
        # bare imperative/infinitive outside a governing clause: not a report of an act
        status = "proposed" if not verbal else status
    # Climb through verbs that govern this one with a to-clause or as their object.
    node = pred
    for _ in range(4):
        if node.dep_ not in ("xcomp", "ccomp", "acomp", "advcl", "pcomp", "acl") and not (
            node.dep_ == "pobj" and node.head.dep_ == "prep"
        ):
            break
        gov = node.head if node.dep_ != "pobj" else node.head.head
        if gov.dep_ == "prep":
            gov = gov.head
        lemma = gov.lemma_.lower()
        if node.dep_ == "ccomp" and lemma not in _PROPOSING | _PLANNING | _DENYING:
            # reported speech: the embedded clause keeps its own tense
            break
        if lemma in _DENYING:
            return "denied", True
        if lemma in _FAILING and node.dep_ == "xcomp" and not is_negated(gov):
            return ("denied" if not verbal else status), True
        if lemma in _CANCELLING:
            return "cancelled", negated
        if lemma in _PROPOSING and not verbal:
            return "proposed", negated
        if lemma in _PLANNING and not verbal and status == "occurred" and not _told_done(node):
            status = "planned"
        if node.dep_ == "xcomp" and gov.pos_ == "ADJ" and lemma in _READINESS and not verbal:
            return "proposed", negated
        if (
            node.dep_ == "xcomp"
            and not verbal
            and status == "occurred"
            and _aux_words(gov) & (_MODAL_AUX - {"must"})
        ):
            # "can force the regime to make concessions", "could agree to meet": only possible
            status = "proposed"
        if is_negated(gov) and lemma in _PLANNING | _PROPOSING:
            negated = True
        node = gov
    if negated and not verbal and status == "occurred":
        status = "denied"
    return status, negated


def purpose(pred: Token) -> bool:
    """A to-clause of purpose ("signed a memorandum to cooperate in wheat trading", "talks are
    underway to lift sanctions"): what the act is for, not an act the text reports."""
    return (
        pred.tag_ == "VB"
        and pred.dep_ == "advcl"
        and _aux_words(pred) == {"to"}
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children(pred))
    )


def _told_done(clause: Token) -> bool:
    """A that-clause in the past under a verb of announcing ("announced that Canada had expelled
    a diplomat", "confirmed that the talks took place"): done, not planned."""
    if clause.dep_ != "ccomp":
        return False
    aux = _aux_words(clause)
    return (clause.tag_ == "VBD" and not aux) or (clause.tag_ == "VBN" and bool(aux & {"had", "has", "have"}))


# Conjunctions of a time clause, whose present tense tells what its main clause's time is.
_TIME_MARKS = frozenset({"when", "once", "before", "after", "until", "till", "while", "as"})


def _when_ahead(pred: Token) -> bool:
    """A present-tense time clause under a future one lies ahead ("would take it with him when he
    visits Washington", "will sign the accord once the ministers meet")."""
    if pred.tag_ not in ("VBZ", "VBP") or pred.dep_ != "advcl" or pred.head.i == pred.i:
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in children(pred)):
        return False
    return bool(_aux_words(pred.head) & (_FUTURE_AUX | {"would"})) or _going_to(pred.head)


def _going_to(pred: Token) -> bool:
    head = pred.head
    return (
        pred.dep_ == "xcomp"
        and head.lemma_ == "go"
        and head.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children(head))
    )


# Meetings told as made known or foreseen are still ahead ("a summit on May 19 was announced").
_MEETING_NOUNS = frozenset(
    {"talk", "talks", "meeting", "summit", "visit", "session", "conference", "negotiation"}
)
_MADE_KNOWN = frozenset({"announce", "confirm", "arrange", "plan", "schedule", "set", "fix", "agree"})
_FORESEEN = frozenset({"expect", "due", "set", "likely"})


def _subject_of_plan(noun: Token) -> bool:
    """ "A summit between India and Pakistan on May 19 was announced", "the summit is expected to
    focus on trade": the noun is the subject a plan or expectation is told of."""
    head = noun.head
    lemma = head.lemma_.lower()
    if noun.dep_ == "nsubjpass" and lemma in _MADE_KNOWN and noun.lemma_.lower() in _MEETING_NOUNS:
        return True
    # "the talks were expected to last two days" tells of talks since held, unless it is the
    # past of reported speech ("officials said the summit was expected to focus on trade")
    told_past = bool(_aux_words(head) & {"was", "were", "had"}) or head.tag_ == "VBD"
    return (
        noun.dep_ in ("nsubj", "nsubjpass")
        and lemma in _FORESEEN
        and (not told_past or head.dep_ == "ccomp")
        and any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in children(c)) for c in children(head))
    )


def noun_status(noun: Token) -> str | None:
    """Status told by modifiers of an event noun ("the upcoming visit", "talks due in May")."""
    if _subject_of_plan(noun):
        return "planned"
    if _in_the_making(noun):
        return "proposed"
    for c in children(noun):
        low = c.lower_
        if c.dep_ in ("amod", "compound", "nmod", "acl", "advmod") and low in _NOUN_PROPOSED:
            return "proposed"
        if c.dep_ in ("amod", "compound", "nmod", "acl", "advmod", "det") and low in _NOUN_PLANNED:
            return "planned"
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in (
            "schedule",
            "plan",
            "slate",
            "set",
            "expect",
            "due",
        ):
            return "planned"
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("propose", "suggest"):
            return "proposed"
        if c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in _CANCELLING:
            return "cancelled"
        if c.dep_ in ("acl", "relcl") and _aux_words(c) & _FUTURE_AUX:
            return "planned"
    return None


#: Verbs of working towards a pact not yet made ("were preparing another agreement", "seek a deal").
_MAKING = frozenset({"prepare", "draft", "seek", "pursue", "explore"})


def _in_the_making(noun: Token) -> bool:
    """A pact a clause tells as being prepared or sought, not made ("it became known that Moscow
    and Tehran were preparing another agreement"); "work on a deal" likewise."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _MAKING:
        return True
    return noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() == "work"


def date_status(status: str, start: dt.date | None, published: dt.date | None) -> str:
    """An event dated after publication that the clause reports as done is still ahead."""
    if status == "occurred" and start and published and start > published:
        return "planned"
    return status


# "accept that ...", "acknowledge that ...": a view held, not an act of agreeing.
_STANCE_VERBS = frozenset({"accept", "acknowledge", "recognise", "recognize", "admit", "concede"})
# Verbs whose object is a subject of talks, not an act reported ("discussed the deployment of
# missiles", "would discuss more possible sanctions").
_TOPIC_VERBS = frozenset({"discuss", "debate", "review", "examine", "study", "consider", "address"})
# Nouns in "at the invitation of X", "at the request of X": the circumstance of another act.
_CIRCUMSTANCE_PREPS = frozenset({"at", "upon", "on"})
# Who comments on relations without acting in them: the gold leaves out what they say.
_COMMENTATORS = frozenset(
    {
        "analyst",
        "expert",
        "observer",
        "commentator",
        "economist",
        "critic",
        "pundit",
        "columnist",
        "newspaper",
        "paper",
        "press",
        "media",
        "editorial",
        "scholar",
        "academic",
    }
)


def not_an_act(trig: Trigger, etype: str, *, verbal: bool) -> bool:
    """Triggers that name no act between the parties: a stance ("Western powers now accept that
    Assad may stand"), the topic of talks ("discussed the deployment of missiles"), the
    circumstance of another act ("attended at the invitation of his counterpart"), or something
    an analyst or the press says ("analysts said he might step down after the summit")."""
    pred, tok = trig.predicate, trig.token
    if (
        etype == "AGREE"
        and not trig.nominal
        and pred.lemma_.lower() in _STANCE_VERBS
        and any(c.dep_ == "ccomp" for c in children(pred))
        and _no_object(pred)
    ):
        return True
    if trig.nominal and pred.i == tok.i:
        if etype != "CONSULT" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _TOPIC_VERBS:
            return True
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ in _CIRCUMSTANCE_PREPS
            and verbal
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in children(tok))
            and any(c.dep_ == "det" and c.lower_ == "the" for c in children(tok))
        ):
            return True
        if etype == "CONSULT" and tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() == "tell":
            return True  # "told a meeting of insurance brokers": an audience, not talks
        if verbal and _taken_up(tok):
            return True
    return _said_by_commentator(pred) or _non_specific(tok) or _habitual(trig)


#: Words that tell an act as a habit ("hold regular meetings", "consult regularly").
_HABITS = frozenset(
    {"regular", "regularly", "routine", "routinely", "periodic", "periodically", "frequent", "frequently"}
    | {"usually", "often", "habitually", "customarily"}
)


def _habitual(trig: Trigger) -> bool:
    """An act told in the present as a habit ("the foreign ministers hold regular meetings within
    UN sessions", "deputy ministers consult regularly"): no one occurrence is reported."""
    words = [trig.token]
    node = trig.token
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
        words.append(node)
    verb = node
    if verb.tag_ not in ("VBP", "VBZ") or _aux_words(verb):
        return False
    if len(words) > 1 and words[-2].dep_ == "prep":
        # "hold regular meetings within UN sessions": the habit told on the verb's object
        words.extend(c for c in children(verb) if c.dep_ == "dobj")
    return any(c.lower_ in _HABITS and c.dep_ in ("amod", "advmod") for w in words for c in children(w))


def _non_specific(tok) -> bool:  # noqa: ANN001 - Token
    """An act named only as what any of a kind would bring ("supports any initiative that leads
    to a ceasefire", "any talks with the rebels"): no act took place."""
    node = tok
    for _ in range(5):
        if node.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "det" and c.lower_ in ("any", "every") for c in children(node)
        ):
            return True
        if node.head.i == node.i or node.dep_ in ("ccomp", "advcl", "conj", "ROOT"):
            return False
        node = node.head
    return False


def _taken_up(noun) -> bool:  # noqa: ANN001 - Token
    """ "welcoming the proposal", "rejected the request": a definite proposal or request that a
    verb takes up, with no author of its own, was made before; it is told there, not here."""
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return False
    kids = list(children(noun))
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids):
        return False
    return not any(
        c.dep_ in ("poss", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of"))
        for c in kids
    )


def _no_object(pred) -> bool:  # noqa: ANN001 - Token
    return not any(c.dep_ == "dobj" for c in children(pred))


def _said_by_commentator(pred) -> bool:  # noqa: ANN001 - Token
    """Inside what analysts, experts or the press say ("Many analysts said ...", "according to
    analysts")."""
    node = pred
    for _ in range(5):
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in SPEECH:
            subj = next((c for c in children(head) if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() in _COMMENTATORS:
                return True
        node = head
    for c in children(pred):
        if c.dep_ == "prep" and c.lower_ == "according":
            for t in c.subtree:
                if t.dep_ == "pobj" and t.lemma_.lower() in _COMMENTATORS:
                    return True
    return False


#: Adverbs that tell an act as following the one told just before ("later telephoned", "also
#: signed"), on its day when the text gives no other.
_SEQUEL_ADVERBS = frozenset({"later", "afterwards", "afterward", "subsequently", "also", "then"})


def sequel_dates(
    cands: list[Candidate], doc: Doc, sent_timexes: dict[int, list], published: dt.date | None
) -> list[Candidate]:
    """An undated act told with "later", "afterwards" or "also" in a sentence without a date, just
    after a dated act that took place, took place on that act's day ("Wang met Blinken on
    Thursday. Blinken later telephoned Wang"; "Later that day, ...")."""
    ordinal = {s.start: n for n, s in enumerate(doc.sents)}
    last: Candidate | None = None
    for c in sorted(cands, key=lambda c: c.token.i):
        if c.timex is not None:
            if c.status == "occurred" and c.timex.interval is not None:
                last = c
            continue
        if last is None or ordinal[c.token.sent.start] - ordinal[last.token.sent.start] > 1:
            continue
        if sent_timexes.get(c.token.sent.start) or not _told_as_sequel(c.predicate):
            continue
        c.timex = last.timex
        c.status = date_status(c.status, last.timex.interval.start, published)
    return cands


def _told_as_sequel(pred: Token) -> bool:
    for ch in children(pred):
        if ch.dep_ in ("advmod", "npadvmod") and ch.lower_ in _SEQUEL_ADVERBS:
            return True
        # "Later that day", "later in the day": the adverb heads the phrase
        if ch.dep_ == "npadvmod" and any(g.lower_ == "later" for g in children(ch)):
            return True
    return False
