"""Joint acts of the story's two countries told in its background, naming no official.

A relationship story's background lists past acts of its two countries: "In November 2014,
Russia and Iran signed an agreement to build two reactors. The groundbreaking ceremony took
place on September 10, 2016."; "the 1965 claims agreement, under which the two countries
settled ..."; "Turkey began importing Azerbaijani gas in July 2007". Such an act, dated and
done, is the two countries' even when no argument names them or no official is named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilat.parse import children, tokens_with

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from bilat.events.arguments import DocIndex
    from bilat.events.triggers import Trigger
    from bilat.records import Timex

#: Acts the story's two countries do together and a background paragraph tells without naming
#: an official: a deal signed or taking effect, a joint project's ceremony, a trade flow.
JOINT_ACTS = frozenset({"AGREE", "COOPERATE"})
#: Confidence factor for a joint act whose parties are the story's two countries named in the
#: sentence before, not in its own.
IMPLICIT_DYAD_FACTOR = 0.75
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Measures one side takes against the other that a story may tell with no agent.
PASSIVE_MEASURES = frozenset({"SANCTION"})


def implicit(
    trig: Trigger,
    etype: str,
    verbal: bool,
    st: str,
    negated: bool,
    timex: Timex | None,
    idx: DocIndex,
    sent_start: int,
) -> bool:
    """Whether a dated act told by a definite phrase ("the groundbreaking ceremony", "the deal",
    "its first meeting") with no party in its arguments is the story's two countries': the
    sentence speaks of "the two countries", or the one before told the two acting together.
    A deal or project counts once done, a meeting also when planned."""
    if verbal or negated or len(idx.dyad) != 2:
        return False
    # a meeting is told ahead ("it will convene again for its 15th meeting on June 16-18");
    # a deal or project only once done
    told = ("occurred", "planned") if etype == "CONSULT" else ("occurred",)
    # "the crossings were closed on February 16": a measure told in the passive with no agent, in
    # a story of the two countries, is one of them against the other
    passive_measure = etype in PASSIVE_MEASURES and _agentless_passive(trig)
    if (etype not in JOINT_ACTS | {"CONSULT"} and not passive_measure) or st not in told:
        return False
    if timex is None or timex.interval is None:
        return False
    if not (_definite_phrase(trig) or _agentless_passive(trig)):
        return False
    if etype in JOINT_ACTS and _names_the_pair(trig.token.sent):
        # "the 1976 Berne agreement, under which the two countries undertook to ..." (a meeting
        # the two sides talk of is mostly the story's own, told already)
        return True
    if idx.last_dyad_sentence is None:
        return False
    if sent_start != idx.last_dyad_sentence:
        prev = sent_start - 1
        if prev < 0 or idx.doc[prev].sent.start != idx.last_dyad_sentence:
            return False
    return True


_PAIR_NOUNS = frozenset({"country", "nation", "side", "government", "neighbour", "neighbor", "state"})


def _names_the_pair(sent: Span) -> bool:
    """The sentence speaks of "the two countries", "both governments": the story's two."""
    for t in tokens_with(sent, _PAIR_NOUNS, "lemma"):
        if t.tag_ in ("NNS", "NNPS"):
            if any(
                c.lower_ == "two" and c.dep_ == "nummod" or c.lower_ == "both" and c.dep_ in ("det", "predet")
                for c in children(t)
            ):
                return True
    return False


def _definite_phrase(trig: Trigger) -> bool:
    """The trigger is a noun phrase of its own ("the deal", "the groundbreaking ceremony"), not a
    clause whose subject may be anyone ("the governors agreed")."""
    if not trig.nominal:
        return False
    noun = trig.token
    while noun.dep_ in ("amod", "compound") and noun.head.i != noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in children(noun))


def _agentless_passive(trig: Trigger) -> bool:
    """A pact told in the passive with no agent ("A truce was agreed at talks in Moscow on
    October 10", "a ceasefire was signed on Monday"): made by the sides of the story."""
    pred = trig.predicate
    kids = children(pred)
    return (
        pred.pos_ == "VERB"
        and any(c.dep_ == "auxpass" for c in kids)
        and any(c.dep_ == "nsubjpass" for c in kids)
        and not any(c.dep_ == "agent" for c in kids)
    )


#: Words that tell a meeting as the next of a series ("the next session", "a second round of talks").
_SEQUEL = frozenset({"next", "second", "third", "fourth", "fifth", "further", "another", "new", "final"})
#: A follow-up meeting's trigger is often a weak word ("session", "round"); told right after the
#: two countries' talks it is theirs.
FOLLOW_UP_WEIGHT = 0.7


def follow_up(
    trig: Trigger, etype: str, st: str, negated: bool, timex: Timex | None, idx: DocIndex, sent_start: int
) -> bool:
    """A planned, dated meeting told as the next of a series ("The next session will be held in
    May.", "A second round of talks is scheduled for Wednesday.") with no party named, right after
    the story told its two countries meeting: the two countries' next meeting."""
    if etype != "CONSULT" or st != "planned" or negated or len(idx.dyad) != 2:
        return False
    if timex is None or timex.interval is None or idx.last_dyad_meeting is None:
        return False
    if not trig.nominal:
        # "the commanders would meet again next week", "they will meet again in May": the
        # story's two sides, whatever was told in between
        return _meet_again(trig.predicate)
    noun = trig.token
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "the next round of talks"
    if not any(c.dep_ in ("amod", "det") and c.lower_ in _SEQUEL for c in children(noun)):
        return False
    if sent_start == idx.last_dyad_meeting:
        return True
    prev = sent_start - 1
    return prev >= 0 and idx.doc[prev].sent.start == idx.last_dyad_meeting


#: Subjects that stand for the sides of the last meeting without naming them.
_SIDE_PRONOUNS = frozenset({"they", "both"})


def _meet_again(pred: Token) -> bool:
    """A meeting verb told "again" of a plural subject naming no one ("the corps commanders",
    "the two sides", "they")."""
    kids = children(pred)
    if not any(c.dep_ == "advmod" and c.lower_ == "again" for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ in _SIDE_PRONOUNS:
        return True
    return subj.tag_ == "NNS" and any(
        c.dep_ == "det" and c.lower_ in ("the", "both") or c.dep_ == "nummod" and c.lower_ == "two"
        for c in children(subj)
    )
