"""Arguments of an event: actors by dependency role, its date and its place.

Actors come from the actors stage (``doc._.bilat_mentions``), looked up by the tokens of
each argument phrase: subjects and agents are the source side, objects and the objects of
"with/to/on/against/between" the target side. Coordination, appositions and "of" phrases
are followed inside a phrase; relative clauses, participles and to-clauses inherit the
subject of the clause they hang from; pronouns and "the two sides" resolve to the parties
last named. Dates (``dating``) come from the time stage: the timex attached to the trigger, its
predicate, or a clause that governs it (never across reported speech). Places come from
the actors stage (``places``) through "in/at/to X" and name compounds ("the Tokyo summit").
The phrases and their roles are read in ``phrases``, over the per-document look-ups of ``index``;
what a word that names no one stands for (a speaker, a pronoun, "the two sides") in ``anaphora``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilat.events.arguments.anaphora import (
    _accuser_before,
    _anaphor,
    _body_told_before,
    _its_neighbour,
    _names_the_venue,
    _posted_in,
    _speaker,
    _subject_fallback,
    _unbound_object,
    sentence_countries,
    unnamed_government,
)
from bilat.events.arguments.dating import _usable, attach_date
from bilat.events.arguments.delegations import heads_at
from bilat.events.arguments.index import (
    SPEECH,
    DocIndex,
    _tokens,
    build_index,
)
from bilat.events.arguments.occasions import body_of_the_occasion
from bilat.events.arguments.phrases import (
    _explicit_subject,
    _verbal,
    argument_heads,
    inherited_subject,
    np_tokens,
)
from bilat.events.arguments.places import LEDE_SENTENCES, attach_place
from bilat.events.triggers import Trigger, direct_object
from bilat.parse import children, doc_text
from bilat.records import EventActor, Mention, evidence

if TYPE_CHECKING:
    from spacy.tokens import Token


# ---------------------------------------------------------------- actors


def _actor(m: Mention, side: str) -> EventActor:
    return EventActor(
        name=m.name,
        kind=m.kind,
        country=m.country,
        role=m.role,
        role_text=m.role_text,
        side=side,  # type: ignore[arg-type]
        evidence=m.evidence,
    )


def resolve_actors(trig: Trigger, idx: DocIndex) -> tuple[list[EventActor], list[str], list[Token]]:
    """Actors, the countries of the parties, and the argument tokens read."""
    actors: list[EventActor] = []
    countries: list[str] = []
    seen: set[tuple[str, str]] = set()
    arg_tokens: list[Token] = []

    def add(m: Mention, side: str) -> None:
        if m.sector == "media" and m.kind != "country":
            return  # "told Reuters", "the newspaper said": the press reports, it is no side
        if m.kind == "country":
            if m.country and m.country not in countries:
                countries.append(m.country)
            key = (m.name, "country")
            if key in seen:
                return
            seen.add(key)
            actors.append(_actor(m, side))
            return
        key = (m.name, m.kind)
        if key in seen:
            return
        seen.add(key)
        actors.append(_actor(m, side))
        if m.country and m.country not in countries:
            countries.append(m.country)

    background: bool | None = None
    neighbour_side: str | None = None
    for head, side in argument_heads(trig):
        if _names_the_venue(head, trig, idx):
            continue
        toks = np_tokens(head, idx)
        toks = toks + _title_tail(head, toks, idx)
        arg_tokens.extend(toks)
        found = False
        rebound = _unbound_object(head, idx)
        for t in sorted(toks, key=lambda x: x.i) if rebound is None else ():
            for m in idx.tok_mentions.get(t.i, ()):
                add(m, side)
                found = True
        for m in rebound or ():
            add(m, side)
            found = True
        if (
            rebound
            and trig.type == "CONSULT"
            and trig.predicate.dep_ == "xcomp"
            and trig.predicate.head.i == head.head.i
        ):
            # "invited him to visit": who invites is the host of the visit
            for t in np_tokens(inherited_subject(head.head), idx):
                for m in idx.tok_mentions.get(t.i, ()):
                    add(m, "target")
        if side == "target":
            posted = _posted_in(head, idx)
            if not found and not posted and trig.type in _ACTS_ON_MEASURES:
                posted = _measure_told_before(head, idx)
            for m in posted:
                add(m, side)
            found = found or bool(posted)
        if not found and head.head.lower_ == "among":
            continue  # "59 apps, among them TikTok": a pronoun of a list's members names no party
        if not found and _its_neighbour(head):
            neighbour_side = side
            continue
        if not found and trig.predicate is not None and head.head.i == trig.predicate.i:
            # the act's own subject only: "It has devised a vehicle to resist US sanctions" is no
            # side of the sanctions
            told = _body_told_before(head, idx)
            for m in told:
                add(m, side)
            found = bool(told)
        if not found:
            if background is None:
                background = _dated_before(trig, idx)
            for m, s in _anaphor(head, idx, background=background):
                add(m, s if s != "keep" else side)
    if neighbour_side is not None and len(idx.dyad) == 2 and len(countries) == 1 and countries[0] in idx.dyad:
        # "Greece closed the border with its northern neighbour": one of the story's two
        # countries acting on "its neighbour" acts on the other
        other = next(c for c in idx.dyad if c != countries[0])
        if other in idx.country_mention:
            add(idx.country_mention[other], neighbour_side)
    if trig.type == "CONSULT" and not trig.nominal:
        # "discussed the deployment of missiles near Hormuz with Kuwaiti Undersecretary X": the
        # parse may hang the interlocutor inside the topic
        obj = direct_object(trig.predicate)
        for t in obj.subtree if obj is not None and obj.dep_ == "dobj" else ():
            if t.dep_ == "prep" and t.lower_ == "with":
                for o in children(t):
                    if o.dep_ != "pobj":
                        continue
                    found = [m for x in np_tokens(o, idx) for m in idx.tok_mentions.get(x.i, ())]
                    if any(m.kind == "person" for m in found):
                        for m in found:
                            add(m, "target")
    for m in body_of_the_occasion(trig, idx) if countries else ():
        add(m, "participant")
    if not any(a.side == "source" for a in actors):
        for m in _subject_fallback(trig, idx):
            add(m, "source")
    if trig.type == "REJECT" and not any(a.side == "target" for a in actors):
        own = set(countries) | {a.name for a in actors}
        for m in _accuser_before(trig, idx):
            if m.name not in own and (m.country is None or m.country not in own):
                add(m, "target")
    if not actors and trig.token.i == trig.token.sent.start and trig.token.tag_ == "VBG":
        # "Welcoming X's offer, Reagan said ...", parsed as a modifier of the object: the opening
        # participle's subject is the sentence's, its object the phrase it was hung on
        root = trig.token.sent.root
        subj = _explicit_subject(root) if root.i != trig.token.head.i else None
        if subj is not None:
            for t in np_tokens(subj, idx):
                for m in idx.tok_mentions.get(t.i, ()):
                    add(m, "source")
            phrase = trig.token.head
            while phrase.dep_ in ("compound", "amod", "poss", "nmod") and phrase.head.i != phrase.i:
                phrase = phrase.head  # "Welcoming Soviet leader Gorbachev's offer": the whole phrase
            for t in phrase.subtree:
                for m in idx.tok_mentions.get(t.i, ()):
                    add(m, "target")
    if trig.type == "CONSULT" and not any(a.kind == "person" for a in actors):
        # "The EC and Comecon ended talks here. ... John Smith, head of the EC delegation, said"
        sent = trig.token.sent
        sides = set(countries) | {a.name for a in actors}
        for m in heads_at(sent.start, sent.end, idx, sides):
            add(m, "participant")
    if trig.type in _SIGNED_OR_MET and len(countries) >= 2 and not any(a.kind == "person" for a in actors):
        for m in _adjacent_signatories(trig, idx, countries):
            add(m, "participant")
    if _verbal(trig) and not any(a.side == "source" and a.kind == "person" for a in actors):
        # the speaker of a statement told in reported speech makes it ("He said Britain could ...")
        speaker = _speaker(trig)
        if speaker is not None:
            toks = np_tokens(speaker, idx)
            found = [m for t in sorted(toks, key=lambda x: x.i) for m in idx.tok_mentions.get(t.i, ())]
            for m in found:
                add(m, "source")
            if not found:
                for m, _ in _anaphor(speaker, idx):
                    add(m, "source")
    if not _verbal(trig) and not any(a.kind == "person" for a in actors):
        # "Turkey's Prime Minister X said Ankara was ready to pay compensation": one who speaks
        # for the country that acts in what they say acts through it
        acting = {a.country for a in actors if a.side == "source" and a.kind == "country"}
        speaker = _speaker(trig) if acting else None
        if speaker is not None:
            for t in sorted(np_tokens(speaker, idx), key=lambda x: x.i):
                for m in idx.tok_mentions.get(t.i, ()):
                    # by name ("Polish officials said" names no one who acts)
                    named = m.evidence.text.split()[-1][:1].isupper()
                    if m.kind == "person" and m.country in acting and named:
                        add(m, "source")
    _remember_measure(trig, actors, idx)
    return actors, countries, arg_tokens


def _title_tail(head: Token, toks: list[Token], idx: DocIndex) -> list[Token]:
    """ "between Adviser to the Prime Minister on Foreign Affairs X and Indian Adviser Y": the
    parse may hang the title's "to ..." phrase, and the names in it, on the verb; a capitalised
    title after "between" that names no one goes on through the phrase right after it."""
    if head.head.lower_ != "between" or head.tag_ != "NNP" or any(idx.tok_mentions.get(t.i) for t in toks):
        return []
    nxt = max(t.i for t in toks) + 1 if toks else head.i + 1
    if nxt >= len(idx.doc):
        return []
    prep = idx.doc[nxt]
    if (
        prep.dep_ != "prep"
        or prep.lower_ not in ("to", "of", "for", "on")
        or prep.head.i in {t.i for t in toks}
    ):
        return []
    return list(prep.subtree)


#: Measures one state imposes on another, which a later act may refer back to ("lifted it").
_MEASURE_NOUNS = frozenset(
    "tariff tariffs duty duties sanction sanctions ban embargo restriction restrictions curb curbs "
    "quota quotas blockade zone boycott measure measures levy".split()
)


#: Acts that lift, keep or tighten a measure, and so fall on whom it falls on (criticising one
#: is aimed at who imposed it: "Moscow criticised the sanctions" on Turkey is no act against Turkey).
_ACTS_ON_MEASURES = frozenset({"CONCEDE", "SANCTION", "COERCE"})


def _measure_noun(trig: Trigger) -> Token | None:
    if trig.nominal and trig.token.lemma_.lower() in _MEASURE_NOUNS:
        return trig.token
    obj = direct_object(trig.predicate) if trig.predicate is not None else None
    if obj is not None and obj.lemma_.lower() in _MEASURE_NOUNS:
        return obj
    return None


def _remember_measure(trig: Trigger, actors: list[EventActor], idx: DocIndex) -> None:
    """Keep who a measure told as imposed falls on, for the act that later lifts or keeps it."""
    noun = _measure_noun(trig)
    targets = [a for a in actors if a.side == "target" and a.kind == "country" and a.evidence is not None]
    if noun is None or not targets or trig.type not in ("SANCTION", "COERCE", "THREATEN", "AGREE"):
        return
    ms = [Mention(name=a.name, kind=a.kind, country=a.country, evidence=a.evidence) for a in targets]
    idx.measure_targets[noun.lemma_.lower()] = ms
    idx.last_measure = noun.lemma_.lower()


def _measure_told_before(head: Token, idx: DocIndex) -> list[Mention]:
    """ "imposed a tariff on Serbian goods ... and lifted it", "lifted the embargo": a measure
    referred back to keeps the side it was imposed on."""
    low = head.lemma_.lower()
    if head.dep_ not in ("dobj", "nsubjpass"):
        return []
    if low in _MEASURE_NOUNS:
        # "lift the restrictions imposed in 2019 on exports to South Korea"
        on = [
            m
            for c in children(head)
            if c.dep_ == "acl" and c.tag_ == "VBN"
            for p in children(c)
            if p.dep_ == "prep" and p.lower_ in ("on", "against")
            for t in p.subtree
            for m in idx.tok_mentions.get(t.i, ())
            if m.kind == "country"
        ]
        if on:
            return on
    if head.lower_ in ("it", "them") and idx.last_measure is not None:
        return idx.measure_targets.get(idx.last_measure, [])
    if low in idx.measure_targets and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in children(head)
    ):
        return idx.measure_targets[low]
    return []


#: Acts whose signatories a story may name in the sentence next to the act. (Meetings too, but
#: "put off talks between their foreign secretaries. Jaishankar and Chaudhry spoke ..." names
#: the people of a meeting that did not take place: left out until told apart.)
_SIGNED_OR_MET = frozenset({"AGREE"})
#: Nouns by which the sentence beside an act refers back to it ("put their names to the document").
_ACT_NOUNS = {
    "AGREE": frozenset(
        "accord agreement treaty deal pact document documents protocol memorandum declaration "
        "communique charter contract convention".split()
    ),
    "CONSULT": frozenset("talks meeting summit visit negotiations discussions session".split()),
}


def _adjacent_signatories(trig: Trigger, idx: DocIndex, countries: list[str]) -> list[Mention]:
    """ "The accord was signed in Beijing. Foreign ministers X and Y put their names to it": the
    people of the act's countries the next (else the previous) sentence of the paragraph names
    when it refers back to the act ("the accord", "the talks", "signed it"). The people it names
    must be of the act's countries, at least one for each."""
    doc = idx.doc
    sent = trig.token.sent
    nouns = _ACT_NOUNS[trig.type]

    def refers(span, skip: int = -1) -> bool:  # noqa: ANN001 - Span
        return any(
            t.i != skip
            and (
                (
                    t.lemma_.lower() in nouns
                    and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children(t))
                )
                or (t.lower_ == "it" and t.dep_ in ("dobj", "pobj"))
            )
            for t in span
        )

    # the next sentence must refer back to the act; with the previous one, the act's own must
    neighbours = []
    if sent.end < len(doc) and "\n\n" not in doc[sent.end - 1].whitespace_ and not doc[sent.end].is_space:
        after = doc[sent.end].sent
        if refers(after):
            neighbours.append(after)
    if sent.start > 0 and "\n\n" not in doc[sent.start - 1].whitespace_ and not doc[sent.start - 1].is_space:
        if refers(sent, skip=trig.token.i):
            neighbours.append(doc[sent.start - 1].sent)
    for other in neighbours:
        named: dict[str, Mention] = {}
        for start, m in idx.persons:
            # by name, of a known country ("him", a spokesman of no stated country, is no signatory)
            if other.start_char <= start < other.end_char and m.country and m.evidence.text[:1].isupper():
                named.setdefault(m.name, m)
        found = {m.country for m in named.values()}
        if found == set(countries):
            return list(named.values())
    return []


def _dated_before(trig: Trigger, idx: DocIndex) -> bool:
    """Whether an act is dated to an earlier year than the act of the parties last told, as the
    story dates that one (a background act: "... a pact signed in 2001" after this week's talks;
    not the next act of a story told in the past)."""
    t = attach_date(trig, idx)
    if t is None or t.interval is None or not idx.last_parties:
        return False
    told = idx.last_parties[-1].evidence
    if told is None:
        return False
    toks = _tokens(idx.doc, told.start, told.end)
    if not toks:
        return False
    # the year of the parties' sentence, else of the nearest dated sentence before it
    here = idx.doc[toks.start].sent.start
    for start in sorted((k for k in idx.sent_timexes if k <= here), reverse=True):
        years = {x.interval.start.year for x, _ in idx.sent_timexes[start] if _usable(x) and x.interval}
        if years:
            return min(years) > t.interval.end.year
    return False


# ---------------------------------------------------------------- evidence


def trigger_evidence(trig: Trigger, idx: DocIndex):  # noqa: ANN201 - Evidence
    doc = idx.doc
    tok = trig.token
    return evidence(idx.doc_id, doc_text(doc), tok.idx, tok.idx + len(tok.text))


def sentence_evidence(trig: Trigger, idx: DocIndex):  # noqa: ANN201 - Evidence
    sent = trig.token.sent
    return evidence(idx.doc_id, doc_text(idx.doc), sent.start_char, sent.end_char)


__all__ = [
    "LEDE_SENTENCES",
    "SPEECH",
    "DocIndex",
    "attach_date",
    "attach_place",
    "build_index",
    "sentence_countries",
    "unnamed_government",
]
