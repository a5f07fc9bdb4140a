"""Events stage: PLOVER events read from the parse, with status, date, place, actors and evidence.

``find_events(doc)`` runs after the time and actors stages. It finds triggers (verbs,
nominalisations, light-verb constructions; ``triggers``), reads their arguments from the
dependency tree (``arguments``), their status (``status``), keeps only acts between
parties of two or more countries or bodies, and folds the mentions of one event into one
record (``merge``). Every step is one pass over the document's tokens or its triggers.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from bilat.actors import igo_members
from bilat.events import (
    arguments,
    dates,
    joint_acts,
    lexicon,
    merge,
    status,
    story_dates,
    triggers,
    unreported,
)
from bilat.events.merge import Candidate
from bilat.parse import children, doc_text, ents
from bilat.records import Event, EventActor, Mention, Place, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_events"]

#: Events below this confidence are not reported.
MIN_CONFIDENCE = 0.4
#: Confidence factor for an event none of whose parties fills an argument of its trigger.
NO_ARGUMENT_FACTOR = 0.6
#: Confidence factor for a verbal act told in the future or conditional ("will ask", "would urge").
FUTURE_STATEMENT_FACTOR = 0.4
#: Confidence factor for a statement whose other side is the story's other country.
DYAD_FACTOR = 0.8
#: A text of at most this many sentences (a benchmark or search snippet) is read for its own
#: events, whoever the parties are.
LONE_SENTENCES = 1
# Taking part in talks, negated, is refusing them ("said it would not attend the talks").
_CONTENT_TAKERS = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT"})
# What a rejection (noun) rejects was made ("a rejection of her request"); what a call or a
# charge names was not ("a call for the withdrawal").
_WISHES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
# Agreeing to meet is an AGREE besides the planned meeting.
_NOT_PROPOSALS = frozenset({"agree", "accept", "sign", "pledge", "promise", "commit"})
_ATTEND = frozenset({"attend", "join", "participate", "take", "go", "come"})


def _attending(pred: Token) -> bool:
    """Taking part in talks ("would not attend", "did not take part"), not their taking place
    ("the talks did not take place": called off, not refused)."""
    lemma = pred.lemma_.lower()
    if lemma == "take":
        return any(c.lower_ == "part" and c.dep_ in ("dobj", "npadvmod", "prt") for c in children(pred))
    return lemma in _ATTEND


def find_events(doc: Doc) -> list[Event]:
    lex = lexicon.load()
    mentions = list(doc._.bilat_mentions or ())
    places = list(doc._.bilat_places or ())
    if doc._.bilat_mentions is None:
        # the actors stage did not run (an empty list means it found no one)
        mentions, fallback_places = _entity_mentions(doc)
        places = places or fallback_places
    idx = arguments.build_index(doc, mentions, places, list(doc._.bilat_timexes or ()))
    published = doc._.bilat_published
    cands: list[Candidate] = []
    # counted only as far as needed: every sentence's tokens would be built for a long story
    worded = (s for s in doc.sents if any(t.is_alpha for t in s))
    lone = sum(1 for _ in itertools.islice(worded, LONE_SENTENCES + 1)) <= LONE_SENTENCES
    found = triggers.find_triggers(doc, lex, idx.mention_tokens, idx.place_tokens)
    speech = {t.predicate.i: t.type for t in found if t.type in _CONTENT_TAKERS and not t.nominal}
    # "a call for the withdrawal", "their demand for sanctions": the noun's content too
    speech.update(
        {t.token.i: t.type for t in found if t.type in _WISHES and t.nominal and t.token.i not in speech}
    )
    meetings = {t.token.i for t in found if t.type == "CONSULT"} | {
        t.predicate.i for t in found if t.type == "CONSULT"
    }
    scene: Timex | None = None
    lede = story_dates.lede_start(doc)
    for trig in found:
        if _in_content(trig, speech):
            continue
        if _proposes_meeting(trig, meetings):
            continue
        cand = _candidate(trig, idx, lex, published, lone=lone)
        if cand is None and scene is None and not lone:
            scene = story_dates.unnamed_scene(trig, idx, published, lede)
        if cand is not None:
            cands.append(cand)
            parties = {a.name for a in cand.actors if a.kind != "country"}
            if len(parties) >= 2:
                idx.last_parties = [a for a in cand.actors if a.kind != "country"]
            elif (body := _lone_body(cand, idx, published)) is not None:
                # "The G7 ministers met. They agreed ...": "they" are the body's members
                idx.last_parties = [body]
    cands = merge.merge(_told_twice(cands, idx))
    cands = story_dates.episode_dates(cands, idx, lex, published, lede, scene)
    cands = story_dates.narrative_dates(cands, idx, published)
    cands = story_dates.offset_dates(cands, idx, published)
    cands = status.sequel_dates(cands, idx.doc, idx.sent_timexes, published)
    kept = story_dates.report_days(cands, idx, lex, published, lede)
    # "the three-day talks": a definite mention's length is the length of the talks told before,
    # whether or not that mention names the parties
    lengths = {
        t.token.lemma_.lower(): n
        for t in found
        if t.type == "CONSULT"
        and t.nominal
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children(t.token))
        and (n := dates.length_days(t.token))
    }
    for c in kept:
        if c.type == "CONSULT" and c.ended and not c.length_days:
            c.length_days = lengths.get(c.token.lemma_.lower())
    kept = dates.during_visits(dates.meeting_spans(kept, published))
    for c in kept:
        if dates.date_set(c, published):
            c.status = "planned"  # a meeting proposed for a stated day or month is planned
    for c in kept:
        c.confidence = round(c.confidence * _status_factor(c, lone=lone) * _specificity(c, lone=lone), 3)
    return [_record(c, idx) for c in kept if c.confidence >= MIN_CONFIDENCE]


#: Confidence factor for an act other than a meeting that is only proposed or possible ("can
#: force the regime to make concessions", "a potential attack"): speculation, not a report.
SPECULATION_FACTOR = 0.5
#: Confidence factor for an event the text says did not take place ("was not consulted").
DENIED_FACTOR = 0.5


#: Confidence factor for an event with no named person among its actors: a general mention
#: ("sanctions against Iran", "the talks") more often than an act of officials.
NO_PERSON_FACTOR = 0.8
#: Confidence factor for an event neither the text nor the story's report dates.
UNDATED_FACTOR = 0.85


def _specificity(c: Candidate, *, lone: bool) -> float:
    """A reported act mostly names who acted and when; a background or general mention does not."""
    if lone or c.joint:
        return 1.0
    factor = 1.0 if c.persons else NO_PERSON_FACTOR
    return factor * (1.0 if c.date is not None else UNDATED_FACTOR)


def _status_factor(c: Candidate, *, lone: bool) -> float:
    """Meetings are reported ahead (planned, proposed, called off); other acts mostly when done."""
    if lone:
        return 1.0
    if c.status == "denied" or c.negated and c.type != "REJECT":
        return DENIED_FACTOR
    if c.type != "CONSULT" and c.status in ("proposed", "cancelled"):
        return SPECULATION_FACTOR
    return 1.0


def _in_content(trig: triggers.Trigger, speech: dict[int, str]) -> bool:
    """Inside what a request, accusation, threat or refusal says ("accused X of bombing", "urged X to
    sanction", "called for sanctions"): alleged or wished-for acts, not reported ones. Time clauses
    ("warned ... after a jet shot down a bomber") report their own acts."""
    node = trig.token if trig.nominal else trig.predicate
    hops = 2 if trig.nominal else 4
    linked = False
    for _ in range(hops):
        if node.head.i == node.i:
            return False
        dep = node.dep_
        if dep == "advcl" or (dep == "pobj" and node.head.lower_ in ("after", "before", "since", "during")):
            return False
        linked = (
            linked
            or dep in ("xcomp", "ccomp", "pcomp")
            or (dep == "pobj" and node.head.lower_ in ("for", "of"))
        )
        node = node.head
        if node.i in speech and dep == "conj":
            return False  # "accused X of Y and said she would not talk to him": an act of its own
        if node.i in speech:
            etype = speech[node.i]
            if trig.type == "CONSULT" and etype == "REQUEST":
                return False  # a call to meet is the meeting, proposed
            return linked
    return False


#: Hostile acts a speaker says his side could or would take: a threat ("Britain could revoke
#: their licences", "our warships would act if the ship entered").
_THREAT_ACTS = frozenset({"SANCTION", "ASSAULT", "COERCE"})
#: Acts of force whose place, lying in another country, names the side struck.
_STRIKES = frozenset({"ASSAULT"})
_HYPOTHETICAL = frozenset({"could", "would", "might", "may"})


def _threatened(pred) -> bool:  # noqa: ANN001 - Token
    if pred.dep_ != "ccomp" or pred.head.lemma_.lower() not in arguments.SPEECH:
        return False
    if status.is_negated(pred) or any(c.dep_ in ("auxpass", "nsubjpass") for c in children(pred)):
        return False  # "the measures could be imposed": a possibility, no one's threat
    aux = {c.lower_ for c in children(pred) if c.dep_ == "aux"}
    conditioned = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children(c))
        for c in children(pred)
    )
    return bool(aux & _HYPOTHETICAL) or (conditioned and bool(aux & {"will", "'ll"}))


_EXPECTING = frozenset({"expect", "anticipate", "foresee", "want", "hope", "envisage", "predict"})


def _unexpected(noun) -> bool:  # noqa: ANN001 - Token
    """An event noun that a negated verb of expecting takes as its object names no event."""
    gov = noun.head
    return noun.dep_ == "dobj" and gov.lemma_.lower() in _EXPECTING and status.is_negated(gov)


def _still_to_say(pred) -> bool:  # noqa: ANN001 - Token
    aux = {c.lower_ for c in children(pred) if c.dep_ == "aux"}
    return bool(aux & {"will", "would", "shall", "'ll", "wo"})


def _proposes_meeting(trig: triggers.Trigger, meetings: set[int]) -> bool:
    """A call, proposal, offer or invitation to meet is the meeting itself, proposed: one record."""
    if trig.type not in ("REQUEST", "AGREE") or trig.token.lemma_.lower() in _NOT_PROPOSALS:
        return False
    for c in children(trig.token):
        if c.dep_ in ("xcomp", "ccomp", "acl", "dobj", "relcl") and c.i in meetings:
            return True
        if c.dep_ == "prep" and any(o.i in meetings for o in children(c)):
            return True
    return False


#: Verdicts a third party passes on an act of others.
_VERDICTS = frozenset({"SUPPORT", "ACCUSE"})
_SINGLE_DETS = frozenset({"the", "this", "that"})
#: Nouns naming a pact or a strike, which a story refers back to with "the".
_TOLD_ACTS = frozenset(
    "accord agreement deal treaty pact ceasefire truce raid raids attack attacks strike strikes "
    "bombing invasion incursion declaration decision move sanctions measures ban embargo "
    "expulsion expulsions restrictions step".split()
)


def _told_twice(cands: list[Candidate], idx: arguments.DocIndex) -> list[Candidate]:
    """ "Washington welcomed the agreement. Secretary of State X praised the two leaders": a
    verdict on the story's act, told again in the next sentence with its speaker, is one
    statement; the telling that names its parties keeps it."""
    if not idx.story_verdicts:
        return cands
    sents = {id(c): c.token.sent for c in cands if c.type in _VERDICTS}
    out = []
    for c in cands:
        if c.token.i in idx.story_verdicts and any(
            d is not c
            and d.type == c.type
            and d.token.i not in idx.story_verdicts
            and set(d.countries) == set(c.countries)
            and (sents[id(d)].start == sents[id(c)].end or sents[id(d)].end == sents[id(c)].start)
            for d in cands
            if id(d) in sents
        ):
            continue
        out.append(c)
    return out


def _judges_a_told_act(pred: Token) -> bool:
    """The verb's object is a pact or strike referred back to ("welcomed the accord",
    "condemned the raid"), not one described afresh ("welcomed a Soviet offer of talks")."""
    obj = triggers.direct_object(pred)
    return (
        obj is not None and obj.lemma_.lower() in _TOLD_ACTS and unreported.referred_back(obj, _SINGLE_DETS)
    )


def _candidate(
    trig: triggers.Trigger, idx: arguments.DocIndex, lex: lexicon.Lexicon, published, *, lone: bool = False
) -> Candidate | None:  # noqa: ANN001
    verbal = lex.is_verbal(trig.type)
    pred = trig.predicate
    if trig.nominal and pred.i == trig.token.i and _unexpected(trig.token):
        return None  # "officials do not expect any concessions"
    if trig.nominal and pred.i == trig.token.i:
        st, negated = status.noun_status(trig.token) or "occurred", status.is_negated(trig.token)
        if verbal:
            st = "occurred"  # "possible reprisals", "a future ultimatum": the warning itself is made
        if negated:
            st = "denied"
    else:
        st, negated = status.clause_status(pred, verbal=verbal)
        if trig.nominal:
            noun_st = status.noun_status(trig.token)
            if noun_st and st == "occurred":
                st = noun_st
    if trig.status_hint:
        st = trig.status_hint
    if trig.nominal and pred.i != trig.token.i and not verbal and status.is_negated(trig.token):
        return None  # "no talks were held", "no meeting is planned": there is no event to tell
    if trig.type != "CONSULT" and not verbal and st == "occurred" and status.purpose(pred):
        st = "proposed"  # a trip "to meet" him mostly met him; other acts a clause is for are aims
    worded_negative = trig.entry is not None and any(c.key == "neg" for c in trig.entry.conditions)
    if worded_negative:
        # "will not allow", "will not tolerate": the negation is the wording of the threat, which
        # is made now whatever its future tense
        negated = False
        if st == "planned":
            st = "occurred"
    etype, mode = trig.type, trig.mode
    threat = etype in _THREAT_ACTS and _threatened(pred)
    if threat:
        etype, mode, st, verbal = (
            "THREATEN",
            ("sanctions" if etype == "SANCTION" else "force"),
            "occurred",
            True,
        )
        trig.type, trig.mode = etype, mode  # its arguments are read as a statement's: the speaker acts
    if etype == "CONSULT" and negated and _attending(pred):
        etype, mode, st, negated = "REJECT", None, "occurred", False
    confidence = trig.weight
    if (
        verbal
        and etype != "REJECT"
        and not threat
        and not negated
        and not worded_negative
        and not trig.nominal
        and _still_to_say(pred)
    ):
        # "Tambo would urge Mulroney to ...", "will ask Japan to ...": a statement not yet made
        # (announcing a boycott or refusal is the refusal)
        confidence *= FUTURE_STATEMENT_FACTOR
    if status.in_conditional(pred):
        # "if the junta refused", "unless Tehran pays": a hypothetical act, not one reported
        return None
    if status.not_an_act(trig, etype, verbal=lex.is_verbal(etype)):
        return None

    actors, countries, arg_tokens = arguments.resolve_actors(trig, idx)
    if verbal and not lone and _commentator(actors, idx):
        return None
    place = arguments.attach_place(trig, idx)
    parties = _parties(actors, countries, idx)
    # "welcomed the accord", "condemned the decision": a verdict on an act the story told
    verdict = etype in _VERDICTS and _judges_a_told_act(pred)
    if (
        len(parties) < 2
        and (mode == "visit" or (etype in _STRIKES and len(countries) == 1))
        and place is not None
        and place.country
        and place.country not in countries
    ):
        # a visit to a place is a visit to its country, and one country's raid on a place in
        # another strikes that country ("commandos raided houses in Maputo"); talks held in
        # Geneva do not make Switzerland a party
        countries.append(place.country)
        parties = _parties(actors, countries, idx)
        confidence *= 0.9
    if len(parties) < 2 and etype in _AMONG_MEMBERS:
        # "the G7 finance ministers met and agreed": a body of states acting on its own is its
        # members meeting or agreeing with one another
        members = _acting_body_members(actors, countries, idx, published)
        if members:
            countries.extend(c for c in members if c not in countries)
            parties = _parties(actors, countries, idx)
    if len(parties) < 2:
        before = len(parties)
        for c in arguments.sentence_countries(trig, idx):
            if c not in countries:
                countries.append(c)
        parties = _parties(actors, countries, idx)
        if len(parties) > before:
            # parties read off the sentence rather than the arguments: weaker for verbal acts,
            # whose other side must be named for the act to count, unless the act judged is one
            # told before ("condemned the decision and urged Washington to reverse it")
            confidence *= 0.5 if verbal and not verdict else 0.75
    if (
        len(parties) < 2
        and verdict
        and (countries or _igo_speaker(actors, idx))
        and len(idx.dyad) == 2
        and not set(countries) & set(idx.dyad)
    ):
        # "In Washington, the State Department welcomed the accord", "the UN Secretary-General
        # welcomed the declaration": a third party's verdict on "the accord" of a story about
        # two countries is passed on those two countries' act
        countries.extend(idx.dyad)
        parties = _parties(actors, countries, idx)
        confidence *= DYAD_FACTOR
        idx.story_verdicts.add(trig.token.i)
    if len(parties) < 2 and (home := arguments.unnamed_government(trig, idx, countries)):
        countries.insert(0, home)
        parties = _parties(actors, countries, idx)
    offer = etype == "AGREE" and not trig.nominal and pred.lemma_.lower() in merge.OFFERS
    if len(parties) < 2 and (verbal or offer) and len(countries) == 1 and countries[0] in idx.dyad:
        # a statement or an offer by one side of the story's two countries with no other side
        # named ("said it deeply regretted the decision and would take countermeasures",
        # "Kenyatta also offered to pay for a border post") answers or binds it to the other
        countries.extend(c for c in idx.dyad if c != countries[0])
        parties = _parties(actors, countries, idx)
        if not verdict:
            # ("Turkey's foreign ministry condemned the decision": the other side is the
            # decision's author, named where the decision was told)
            confidence *= DYAD_FACTOR
    timex = arguments.attach_date(trig, idx)
    if (
        timex is not None
        and timex.value == "PRESENT_REF"
        and trig.nominal
        and unreported.referred_back(trig.token)
    ):
        timex = None  # "both leaders now face selling the accord": the state now, not the act's day
    if etype == "CONSULT" and timex is not None:
        timex = dates.begun_until_ended(trig, timex, idx)
    sent_start = trig.token.sent.start
    implicit = follow_up = False
    if (
        len(parties) < 2
        and set(countries) < set(idx.dyad)
        and not actors
        and not lone
        and (
            (follow_up := joint_acts.follow_up(trig, etype, st, negated, timex, idx, sent_start))
            or joint_acts.implicit(trig, etype, verbal, st, negated, timex, idx, sent_start)
        )
    ):
        # "In 2014 Russia and Iran signed an agreement to build two reactors. The groundbreaking
        # ceremony took place on September 10, 2016.": a dated act the sentence tells of a project
        # or deal just named is the story's two countries' act
        countries.extend(c for c in idx.dyad if c not in countries)
        parties = _parties(actors, countries, idx)
        weight = max(trig.weight, joint_acts.FOLLOW_UP_WEIGHT) if follow_up else trig.weight
        confidence = weight * joint_acts.IMPLICIT_DYAD_FACTOR
        implicit = True
    if len(parties) < 2 and not (lone and not negated and (parties or (arg_tokens and not trig.nominal))):
        return None
    if len(idx.dyad) == 2 and not implicit and set(idx.dyad) == set(countries):
        idx.last_dyad_sentence = sent_start
    if len(idx.dyad) == 2 and not implicit and etype == "CONSULT" and set(idx.dyad) <= set(countries):
        idx.last_dyad_meeting = sent_start  # with a mediator too ("met at Blair House with Vance")
    joint = implicit or (
        not lone
        and not verbal
        and etype in joint_acts.JOINT_ACTS
        and len(idx.dyad) == 2
        and set(countries) == set(idx.dyad)
        and st == "occurred"
        and not negated
        and timex is not None
        and timex.interval is not None
        and (published is None or timex.interval.start <= published)
    )
    if not actors and not joint:
        # No party in any argument position: every party is read off the sentence, which mostly
        # names a background or general mention ("the talks", "a ceasefire would take hold");
        # a dated joint act of the story's two countries is how a story tells its background.
        confidence *= NO_ARGUMENT_FACTOR
    if lone:
        # A lone sentence is asked about its own event, bilateral or not ("Protesters clashed
        # with police in Cairo"); in an article only acts between countries are reported.
        confidence = max(confidence, MIN_CONFIDENCE + 0.05)
    stated = spanned = False
    if timex is not None and etype == "CONSULT":
        spanned = dates.sentence_span(trig, timex, idx)
        spanned, timex = spanned is not timex, spanned
        anchor = next((a for t, a in idx.sent_timexes.get(sent_start, ()) if t.start == timex.start), None)
        ending = anchor is not None and (
            (dates.ends(idx.doc[anchor]) and dates.told_of(idx.doc[anchor], trig))
            or (dates.told_ended(trig) and anchor in (pred.i, dates.length_phrase(trig.token).head.i))
        )
        # "agreed on Friday after four days of talks": the talks ran up to the act's day
        ending = ending or dates.told_after(trig.token)
        lengthened = dates.stated_length(dates.trip_noun(trig), timex, ending=ending)
        stated, timex = lengthened is not timex, lengthened
    if timex is not None and st in ("planned", "proposed"):
        timex = dates.next_occurrence(timex, published)
    if timex is not None and timex.interval is not None:
        st = status.date_status(st, timex.interval.start, published)
    if etype == "CONSULT" and mode == "meeting" and len(countries) >= 3:
        mode = "multilateral"
    return Candidate(
        type=etype,
        mode=mode,
        status=st,
        negated=negated,
        token=trig.token,
        predicate=pred,
        nominal=trig.nominal,
        weight=trig.weight,
        actors=actors,
        countries=countries,
        timex=timex,
        place=place,
        confidence=round(confidence, 3),
        mentions=[trig.token],
        stated_length=stated,
        length_days=dates.length_days(dates.trip_noun(trig)) if etype == "CONSULT" else None,
        ended=etype == "CONSULT" and dates.told_ended(trig),
        joint=joint,
        spanned=spanned,
    )


#: Sectors whose people and bodies comment on relations rather than conduct them: the gold
#: leaves out statements by legislators, the press and analysts.
COMMENTATOR_SECTORS = frozenset({"legislature", "media", "academia", "analyst"})


def _igo_speaker(actors: list[EventActor], idx: arguments.DocIndex) -> bool:
    """A statement made by a body of states or one of its officers ("NATO's secretary general")."""
    sources = (a for a in actors if a.side == "source" and a.kind != "country")
    return any(idx.sectors.get((a.name, a.kind)) == "igo" for a in sources)


def _commentator(actors: list[EventActor], idx: arguments.DocIndex) -> bool:
    """A statement whose named sources are all legislators, journalists or analysts."""
    sources = [a for a in actors if a.side == "source" and a.kind != "country"]
    return bool(sources) and all(idx.sectors.get((a.name, a.kind)) in COMMENTATOR_SECTORS for a in sources)


#: Sectors of bodies and people that act for a state or a body of states.
_STATE_SECTORS = frozenset({"igo", "government", "military"})


def _parties(actors: list[EventActor], countries: list[str], idx: arguments.DocIndex) -> set[str]:
    """The sides of an event: its countries, and the bodies and officials that act as a side
    whose country the actors stage could not resolve (an IGO, its envoy, "the Trade Ministry",
    "Konrad Adenauer"). A name that is neither ("Putin-sponsored", a ship's name, an unknown
    group) is no side."""
    out = set(countries)
    bodies = {a.name for a in actors if a.kind == "organisation" and not a.country}
    for a in actors:
        if a.country or a.kind not in ("organisation", "person"):
            continue
        sector = idx.sectors.get((a.name, a.kind))
        if a.kind == "organisation":
            if sector in _STATE_SECTORS:
                out.add(a.name)
        elif sector == "igo" and bodies:
            continue  # an envoy speaks for his body: with it named, the two are one side
        elif sector in _STATE_SECTORS or a.role or _full_name(a.name):
            out.add("person:" + a.name)
    return out


#: Acts a body of states does among its own members when it is the only side named.
_AMONG_MEMBERS = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _acting_body_members(
    actors: list[EventActor], countries: list[str], idx: arguments.DocIndex, published
) -> tuple[str, ...]:  # noqa: ANN001
    """The member states of the one intergovernmental body acting among the actors, when no
    state outside it is a side (a statement or a sanction by a body is aimed at someone else).
    A body only named as the object ("on the sidelines of the summit of the SCO") is a venue."""
    bodies = {
        a.name
        for a in actors
        if a.kind == "organisation"
        and not a.country
        and a.side != "target"
        and idx.sectors.get((a.name, a.kind)) == "igo"
    }
    if len(bodies) != 1:
        return ()
    members = igo_members(next(iter(bodies)), published)
    if len(members) < 2 or not set(countries) <= set(members):
        return ()
    return members


def _lone_body(cand: Candidate, idx: arguments.DocIndex, published) -> EventActor | None:  # noqa: ANN001
    """The body of states an event has as its only side, its members its countries."""
    others = [a for a in cand.actors if a.kind != "country"]
    if len(others) != 1 or not cand.countries:
        return None
    members = _acting_body_members(others, [], idx, published)
    return others[0] if members and set(cand.countries) == set(members) else None


def _full_name(name: str) -> bool:
    """A personal name of two or more capitalised words ("Nasser Khan Janjua"), not a lone word
    the parser took for a name ("Rice" in "a U.S. Rice trader") nor "Sismik 1"."""
    words = name.split()
    return (
        len(words) >= 2
        and words[-1][:1].isupper()
        and all(w.replace("-", "").replace("'", "").isalpha() for w in words)
    )


def _record(c: Candidate, idx: arguments.DocIndex) -> Event:
    trig = triggers.Trigger(c.token, None, c.type, c.mode, c.weight, c.predicate, c.nominal)  # type: ignore[arg-type]
    date_ev = None
    if c.timex is not None:
        from bilat.records import evidence

        date_ev = evidence(idx.doc_id, doc_text(idx.doc), c.timex.start, c.timex.end)
    return Event(
        doc_id=idx.doc_id,
        type=c.type,
        mode=c.mode,
        status=c.status,  # type: ignore[arg-type]
        date=c.date,
        date_evidence=date_ev,
        actors=tuple(c.actors),
        countries=tuple(c.countries),
        location=c.place,
        confidence=c.confidence,
        trigger=arguments.trigger_evidence(trig, idx),
        sentence=arguments.sentence_evidence(trig, idx),
        negated=c.negated,
    )


# ---------------------------------------------------------------- fallback actors


def _entity_mentions(doc: Doc) -> tuple[list[Mention], list[Place]]:
    """Minimal mentions from spaCy's entities, used only when the actors stage gave none."""
    from bilat.records import evidence

    doc_id = doc._.bilat_doc_id or ""
    mentions: list[Mention] = []
    places: list[Place] = []
    codes: dict[int, str] = {}
    for ent in ents(doc):
        if ent.label_ in ("GPE", "NORP"):
            code = _country_code(ent.text)
            if code:
                codes[ent.start] = code
    for ent in ents(doc):
        ev = evidence(doc_id, doc_text(doc), ent.start_char, ent.end_char)
        if ent.label_ == "PERSON":
            # "Russian President Vladimir Putin", "Iran's Ambassador Kazem Jalali"
            country = next(
                (codes[t.i] for t in ent.root.head.subtree if t.i in codes and t.i < ent.start), None
            )
            if country is None:
                lo = max(ent.sent.start, ent.start - 5)
                country = next((codes[i] for i in range(ent.start - 1, lo - 1, -1) if i in codes), None)
            mentions.append(Mention(name=ent.text, kind="person", country=country, evidence=ev))
        elif ent.label_ in ("GPE", "NORP"):
            code = codes.get(ent.start)
            if code:
                mentions.append(Mention(name=ent.text, kind="country", country=code, evidence=ev))
            if ent.label_ == "GPE":
                places.append(Place(name=ent.text, country=code, evidence=ev))
        elif ent.label_ == "ORG":
            mentions.append(Mention(name=ent.text, kind="organisation", evidence=ev))
        elif ent.label_ in ("LOC", "FAC"):
            places.append(Place(name=ent.text, evidence=ev))
    return mentions, places


def _country_code(name: str) -> str | None:
    import pycountry

    name = name.removeprefix("the ").strip()
    for cand in (name, name[:-1], name[:-3], name[:-2] + "a", name[:-3] + "a"):
        if len(cand) < 4:
            continue
        try:
            return pycountry.countries.lookup(cand).alpha_3
        except LookupError:
            pass
        try:
            hits = pycountry.countries.search_fuzzy(cand)
        except LookupError:
            continue
        if hits and len(hits) <= 2:
            return hits[0].alpha_3
    return None
