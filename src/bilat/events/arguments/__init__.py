"""Arguments of an event: actors by dependency role, its date and its place.

Actors come from the actors stage (``doc._.bilat_mentions``), looked up by the tokens of
each argument phrase: subjects and agents are the source side, objects and the objects of
"with/to/on/against/between" the target side. Coordination, appositions and "of" phrases
are followed inside a phrase; relative clauses, participles and to-clauses inherit the
subject of the clause they hang from; pronouns and "the two sides" resolve to the parties
last named. Dates (``dating``) come from the time stage: the timex attached to the trigger, its
predicate, or a clause that governs it (never across reported speech). Places come from
the actors stage (``places``) through "in/at/to X" and name compounds ("the Tokyo summit").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bilat.events.triggers import Trigger, direct_object, pobj, prep_children
from bilat.parse import children, doc_text, token_range
from bilat.records import EventActor, Mention, Place, Timex, evidence
from bilat.temporal.lexicon import number_value

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NP_SKIP = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "xcomp", "punct", "cc", "mark", "prep", "det", "case"}
)
_TARGET_PREPS = frozenset(
    {"with", "to", "on", "upon", "against", "between", "among", "from", "toward", "towards"}
)
_NOUN_ARG_PREPS = frozenset(
    {"with", "between", "among", "by", "of", "from", "to", "against", "on", "toward", "towards"}
)
# what a stance is about ("concern over Iran's programme") names its target; what talks are about does not
_STANCE_PREPS = frozenset({"about", "over", "at"})
_PLACE_PREPS = frozenset({"in", "at", "to", "inside", "near", "outside"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_SINGULAR_PRON = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_PLURAL_PRON = frozenset({"they", "them", "their", "theirs", "themselves", "both", "we", "us", "our"})
_GROUP_NOUNS = frozenset(
    {
        "country",
        "nation",
        "state",
        "side",
        "government",
        "leader",
        "president",
        "minister",
        "head",
        "delegation",
        "party",
        "official",
        "premier",
        "neighbour",
        "neighbor",
        "partner",
        "capital",
        "bloc",
        "alliance",
        "organisation",
        "organization",
    }
)
_SPEECH = frozenset(
    {
        "say",
        "tell",
        "announce",
        "report",
        "add",
        "note",
        "state",
        "stress",
        "claim",
        "insist",
        "declare",
        "write",
        "quote",
        "indicate",
        "explain",
        "argue",
        "believe",
        "think",
        "assert",
    }
)
#: Verbs of saying (public name for the stages that date statements by their report).
SPEECH = _SPEECH


@dataclass
class DocIndex:
    """Lookups built once per document (linear in its length)."""

    doc: Doc
    doc_id: str
    tok_mentions: dict[int, list[Mention]] = field(default_factory=dict)
    tok_places: dict[int, Place] = field(default_factory=dict)
    timex_anchor: dict[int, list[Timex]] = field(default_factory=dict)
    sent_timexes: dict[int, list[tuple[Timex, int]]] = field(default_factory=dict)
    timex_tokens: set[int] = field(default_factory=set)
    persons: list[tuple[int, Mention]] = field(default_factory=list)
    #: the token of each country mention, in text order
    country_tokens: list[int] = field(default_factory=list)
    dyad: tuple[str, ...] = ()
    country_mention: dict[str, Mention] = field(default_factory=dict)
    last_parties: list[EventActor] = field(default_factory=list)
    #: the start token of the sentence that last told an act between the story's two countries
    last_dyad_sentence: int | None = None
    #: the start token of the sentence that last told a meeting of the story's two countries
    last_dyad_meeting: int | None = None
    #: the sector the actors stage gave each actor (igo, legislature, media, ...), by (name, kind)
    sectors: dict[tuple[str, str], str | None] = field(default_factory=dict)
    #: the city of the story's dateline, once looked for (False: not looked for yet)
    dateline: Place | None | bool = False
    #: trigger tokens of verdicts whose judged parties were read off the story's two countries
    story_verdicts: set[int] = field(default_factory=set)

    @property
    def mention_tokens(self) -> set[int]:
        return set(self.tok_mentions)

    @property
    def place_tokens(self) -> set[int]:
        return set(self.tok_places)


def _tokens(doc: Doc, start: int, end: int) -> range:
    return token_range(doc, start, end) or range(0)


def build_index(doc: Doc, mentions: list[Mention], places: list[Place], timexes: list[Timex]) -> DocIndex:
    idx = DocIndex(doc=doc, doc_id=doc._.bilat_doc_id or "")
    counts: Counter[str] = Counter()
    for m in mentions:
        for i in _tokens(doc, m.evidence.start, m.evidence.end):
            idx.tok_mentions.setdefault(i, []).append(m)
        if m.kind == "person":
            idx.persons.append((m.evidence.start, m))
        if m.sector or (m.name, m.kind) not in idx.sectors:
            idx.sectors[(m.name, m.kind)] = m.sector
        if m.country:
            counts[m.country] += 1
            if m.kind == "country":
                idx.country_mention.setdefault(m.country, m)
                toks = _tokens(doc, m.evidence.start, m.evidence.end)
                if toks:
                    idx.country_tokens.append(toks.stop - 1)
    idx.country_tokens.sort()
    idx.persons.sort(key=lambda p: p[0])
    idx.dyad = tuple(c for c, _ in counts.most_common(2))
    for p in places:
        if p.evidence is None:
            continue
        for i in _tokens(doc, p.evidence.start, p.evidence.end):
            idx.tok_places.setdefault(i, p)
    for t in timexes:
        toks = _tokens(doc, t.start, t.end)
        if not toks:
            continue
        idx.timex_tokens.update(toks)
        span = doc[toks.start : toks.stop]
        anchor = span.root
        # "on Friday" hangs off the verb through its preposition, "late on Friday" through an adverb
        while anchor.i in toks or anchor.dep_ == "prep" or anchor.pos_ in ("ADP", "ADV"):
            if anchor.head.i == anchor.i:
                break
            anchor = anchor.head
        idx.timex_anchor.setdefault(anchor.i, []).append(t)
        idx.sent_timexes.setdefault(span.sent.start, []).append((t, anchor.i))
    return idx


# ---------------------------------------------------------------- phrases and roles


def np_tokens(tok: Token, idx: DocIndex) -> list[Token]:
    """The tokens of the noun phrase headed by ``tok``, with its conjuncts and appositions."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in children(t):
            if c.dep_ == "prep" and c.lower_ in ("of", "from") and t.pos_ in ("NOUN", "PROPN"):
                stack.extend(p for p in children(c) if p.dep_ == "pobj")
            elif c.dep_ == "prep" and c.lower_ in ("in", "at") and t.pos_ == "NOUN":
                # "the military commander in East Timor, Major-General X": the parse hangs the
                # name in apposition to the whole phrase on its last noun
                stack.extend(
                    a
                    for p in children(c)
                    if p.dep_ == "pobj"
                    for a in children(p)
                    if a.dep_ == "appos" and a.pos_ == "PROPN"
                )
            elif c.dep_ not in _NP_SKIP and c.i not in idx.timex_tokens:
                stack.append(c)
    return out


def _passive(pred: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in children(pred))


def _explicit_subject(pred: Token) -> Token | None:
    # two subjects are a misparse of a dateline or a heading ("MOSCOW, March 3 - Gorbachev will
    # visit"): the one nearest the verb is its subject
    found = None
    for c in children(pred):
        if c.dep_ in ("nsubj", "csubj") and (found is None or c.i < pred.i):
            found = c
    return found


def inherited_subject(pred: Token) -> Token | None:
    """The subject a clause without one takes from the clause or noun it hangs from."""
    node = pred
    for _ in range(5):
        subj = _explicit_subject(node)
        if subj is not None and not (_passive(node) and subj.dep_ == "nsubjpass"):
            if subj.lower_ in _RELATIVE and node.dep_ == "relcl":
                return node.head
            return subj
        if node.dep_ == "xcomp":
            obj = direct_object(node.head)
            if obj is not None and obj.dep_ == "dobj":
                return obj  # object control: "urged Japan to act"
        if node.dep_ in ("acl", "relcl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return node.head
        if node.dep_ == "dep" and node.head.tag_ == "VBG" and node.tag_ in ("VBD", "VBZ", "VBP"):
            # the parser took a participle for the main verb ("leaders meeting in Baghdad
            # threatened ..."): the finite verb it left hanging has the participle's subject
            return _explicit_subject(node.head)
        # "is due to meet Biden", "was ready to sign": the adjective's subject is the copula's
        if node.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "acomp") or node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ == "prep":
            node = node.head
    return None


def argument_heads(trig: Trigger) -> list[tuple[Token, str]]:
    """Argument phrase heads of the event with their side (source/target/participant)."""
    heads: list[tuple[Token, str]] = []
    pred = trig.predicate
    noun = trig.token if trig.nominal else None
    if noun is not None and noun.dep_ in ("compound", "amod") and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if pred is not None and not _same(pred, noun):
        passive = _passive(pred)
        agent = pobj(pred, "by")
        if agent is None and passive:
            # "was described as alarming by X": the parser hangs the agent on the predicative
            agent = next((a for c in children(pred) if c.dep_ == "prep" for a in _by_agents(c)), None)
        subj = _explicit_subject(pred)
        if subj is not None and subj.lower_ in _RELATIVE and pred.dep_ == "relcl":
            subj = pred.head  # "Nixon, who met Mao"
            if trig.type == "CONSULT" and _joint(pred, noun):
                # "watched by Tsipras and Zaev, who held talks over lunch": talks without another
                # party are held by the whole pair the clause hangs on, however it was parsed
                first = subj
                while first.dep_ == "conj" and first.head.i != first.i:
                    first = first.head
                if first.i != subj.i:
                    heads.append((first, "source"))
        if passive:
            if agent is not None:
                heads.append((agent, "source"))
            nsp = next((c for c in children(pred) if c.dep_ == "nsubjpass"), None)
            if nsp is not None and not _same(nsp, noun):
                heads.append((nsp, "target"))
        elif subj is not None and not _same(subj, noun):
            heads.append((subj, "source"))
        if not any(s == "source" for _, s in heads):
            inh = inherited_subject(pred)
            if inh is not None and not _same(inh, noun):
                heads.append((inh, "source"))
        for c in children(pred):
            if c.dep_ in ("dobj", "dative", "iobj") and not _same(c, noun):
                heads.append((c, "target"))
                # "rejected the conditions added by the EU": whose proposal it is takes the act
                heads.extend((a, "target") for a in _authors(c))
            if c.dep_ in ("attr", "oprd") and not _same(c, noun):
                heads.append((c, "target"))
        for p in prep_children(pred):
            if p.lower_ in _TARGET_PREPS:
                heads.extend((o, "target") for o in children(p) if o.dep_ == "pobj" and not _same(o, noun))
            elif trig.type == "CONSULT" and p.lower_ in ("by", "over", "on", "via"):
                # "spoke by telephone with X": the parse hangs the other party on the medium
                heads.extend(
                    (w, "target")
                    for o in children(p)
                    if o.dep_ == "pobj" and o.lemma_.lower() in _MEDIA
                    for w in _with_objects(o)
                )
            elif p.lower_ == "as":
                # "rejected as unacceptable the demands added by X", parsed as one "as" phrase
                heads.extend((a, "target") for o in children(p) if o.dep_ == "pobj" for a in _authors(o))
        if not trig.nominal and _verbal(trig):
            # "warned that Japan ...", "urged Tokyo to ...": parties named in the content clause
            for c in children(pred):
                if c.dep_ in ("ccomp", "xcomp"):
                    s = _explicit_subject(c)
                    if s is not None:
                        heads.append((s, "target"))
                    o = direct_object(c)
                    if o is not None:
                        heads.append((o, "target"))
                    # "threatened to cut ties with Egypt", "urged it to impose sanctions on X"
                    for p in prep_children(c):
                        if p.lower_ in _TARGET_PREPS:
                            heads.extend((t, "target") for t in children(p) if t.dep_ == "pobj")
                    if o is not None:
                        for p in prep_children(o):
                            if p.lower_ in ("on", "against", "with"):
                                heads.extend((t, "target") for t in children(p) if t.dep_ == "pobj")
        if trig.type == "AGREE" and not trig.nominal:
            # "has agreed to meet ANC president Oliver Tambo", "agreed to hold talks with X": whom
            # one agrees to meet is the other side
            for c in children(pred):
                if c.dep_ == "xcomp" and c.lemma_.lower() in _MEETING_VERBS:
                    heads.extend((o, "target") for o in children(c) if o.dep_ == "dobj")
                    heads.extend((o, "target") for o in _with_objects(c))
                elif c.dep_ == "xcomp" and c.lemma_.lower() == "hold":
                    for o in children(c):
                        if o.dep_ == "dobj":
                            heads.extend((w, "target") for w in _with_objects(o))
    if noun is not None:
        held = noun
        if (
            held.dep_ == "pobj"
            and held.head.lower_ == "of"
            and held.head.head.lemma_.lower() in _MEASURES
            and held.head.head.dep_ == "dobj"
        ):
            held = held.head.head  # "held two hours of talks with X": who held the hours met
        if (pred is None or _same(pred, noun)) and held.dep_ == "dobj" and held.head.pos_ == "VERB":
            # "ordered a blockade", "announced sanctions": the governing verb's subject acts
            gov_subj = _explicit_subject(held.head) or inherited_subject(held.head)
            if gov_subj is not None:
                # "X must ... or face reprisals": who faces a threat is its target
                undergoes = _verbal(trig) and held.head.lemma_.lower() in _UNDERGO
                heads.append((gov_subj, "target" if undergoes else "source"))
        for c in children(noun):
            if c.dep_ == "poss":
                heads.append((c, "source"))
            elif c.dep_ in ("compound", "amod", "nmod") and c.i != trig.token.i:
                heads.append((c, "participant"))
            elif c.dep_ == "prep" and (
                c.lower_ in _NOUN_ARG_PREPS or (c.lower_ in _STANCE_PREPS and _verbal(trig))
            ):
                side = "source" if c.lower_ in ("by", "from") else "target"
                heads.extend((o, side) for o in children(c) if o.dep_ == "pobj")
            elif c.dep_ == "appos":
                heads.append((c, "participant"))
        # "rejected the proposal put forward by Washington": the author of what a light verb
        # answers is the other side; "talks hosted by X", "sanctions imposed by X": X acts
        answerer = _explicit_subject(pred) if trig.light is not None and pred is not None else None
        answered = answerer is not None and not _same(answerer, noun)
        for c in children(noun):
            if c.dep_ in ("acl", "relcl"):
                agent = pobj(c, "by")
                if agent is not None:
                    heads.append((agent, "target" if answered else "source"))
                # "talks that started last year between Baghdad and Damascus"
                for p in prep_children(c):
                    if p.lower_ in ("between", "among", "with"):
                        heads.extend((o, "participant") for o in children(p) if o.dep_ == "pobj")
        scene = _scene_verb(noun) if pred is None or _same(pred, noun) else None
        if scene is not None:
            # "agreed ... during talks in Bonn", "told reporters after three days of talks": who
            # acts at the meeting took part in it
            subj = _explicit_subject(scene) or inherited_subject(scene)
            if subj is not None and subj.lower_ not in _RELATIVE:
                heads.append((subj, "participant"))
            if trig.type == "CONSULT" and scene.lemma_.lower() in _ADDRESS:
                # "In a telephone call on Monday, Kohl told Mitterrand ...", "on a surprise visit
                # to the base, he embraced Assad": whom one speaks to or greets is the other party
                heads.extend((c, "participant") for c in children(scene) if c.dep_ in ("dobj", "dative"))
            if trig.type == "CONSULT":
                # "at a Mercosur summit, Lula took over the presidency from Fernandez"
                heads.extend(
                    (o, "participant")
                    for p in prep_children(scene)
                    if p.lower_ in ("with", "from", "to")
                    for o in children(p)
                    if o.dep_ == "pobj"
                )
    if trig.type == "CONSULT" and pred is not None:
        heads.extend(_hosts_and_company(pred, visit=trig.mode == "visit"))
    if trig.type in ("CONSULT", "AGREE") and pred is not None:
        heads.extend((w, "participant") for w in _witnesses(pred))
    if trig.type != "CONSULT" and not _verbal(trig) and pred is not None and pred.dep_ == "conj":
        met = pred.head
        if met.lemma_.lower() in _MEETING_VERBS and met.pos_ == "VERB":
            # "met with President Putin and signed a number of documents": who was met signs too
            heads.extend((c, "participant") for c in children(met) if c.dep_ == "dobj")
            heads.extend((o, "participant") for o in _with_objects(met))
    return heads


#: Means by which one speaks with someone afar ("by telephone", "over a video link").
_MEDIA = frozenset({"telephone", "phone", "videophone", "link", "videoconference", "hotline", "line"})

#: Nouns measuring a meeting held ("two hours of talks", "three rounds of negotiations").
_MEASURES = frozenset({"hour", "day", "week", "round", "session", "minute"})

#: Verbs of meeting someone, whose other party shares an act told in the same breath.
_MEETING_VERBS = frozenset({"meet", "receive", "host", "welcome", "confer", "visit"})


#: Verbs of addressing someone: their object is who the subject speaks with.
_ADDRESS = frozenset(
    {
        "tell",
        "assure",
        "inform",
        "brief",
        "ask",
        "urge",
        "invite",
        "thank",
        "congratulate",
        "meet",
        "embrace",
        "greet",
        "receive",
        "welcome",
    }
)
#: Verbs whose agent comes along on a visit or joins a meeting ("joined by X", "accompanied by Y").
_COMPANY = frozenset({"join", "accompany"})
_INVITATION = frozenset({"invitation", "invite"})
#: Verbs whose subject has the one they name come to a meeting ("invited Yoon to attend").
_INVITING = frozenset({"invite", "host", "welcome", "receive"})


def _hosts_and_company(pred: Token, *, visit: bool = False) -> list[tuple[Token, str]]:
    """Who invited the visitor ("arrived at the invitation of X", "landed in Athens, responding to
    an invitation from X", "X invited Y to visit Z"), who joined the meeting ("met again, this time
    joined by X") and whom a visitor comes to see ("flew to Ismailia for talks with X", "travelling
    to Brasilia to ask X for help"). The search stays in the predicate's clause and the participle
    and purpose clauses hanging from it."""
    out: list[tuple[Token, str]] = []
    if pred.dep_ in ("xcomp", "ccomp") and pred.head.lemma_.lower() in _INVITING:
        inviter = _explicit_subject(pred.head)
        if inviter is not None and inviter.lower_ not in _RELATIVE:
            out.append((inviter, "target"))
    stack = [pred]
    for _ in range(60):
        if not stack:
            break
        t = stack.pop()
        low = t.lemma_.lower()
        if t.pos_ == "NOUN" and low in _INVITATION:
            for p in prep_children(t):
                if p.lower_ in ("of", "from", "by"):
                    out.extend((o, "target") for o in children(p) if o.dep_ == "pobj")
            continue
        if t.i != pred.i and low in _COMPANY and t.tag_ == "VBN":
            agent = pobj(t, "by")
            if agent is not None:
                out.append((agent, "participant"))
        purpose = visit and t.i != pred.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(t))
        if purpose:
            out.extend((c, "target") for c in children(t) if c.dep_ in ("dobj", "dative"))
        if visit and t.dep_ == "pobj" and t.head.lower_ == "for" and t.pos_ == "NOUN":
            out.extend((o, "target") for o in _with_objects(t))
        if visit and t.i == pred.i:
            # "arrived in Lahore and was received by Sharif at the border": who met the visitor
            for c in children(t):
                if c.dep_ == "conj" and c.lemma_.lower() in _INVITING and _passive(c):
                    out.extend((a, "target") for a in _agents(c))
        for c in children(t):
            if c.dep_ in ("prep", "pobj", "advcl", "acl", "npadvmod", "agent") or (
                c.dep_ == "dobj" and t.i != pred.i
            ):
                if c.dep_ == "advcl" and _explicit_subject(c) is not None:
                    continue  # a clause of its own ("when Kohl arrived"), not a participle
                stack.append(c)
            elif visit and c.dep_ == "xcomp" and _explicit_subject(c) is None:
                stack.append(c)  # "travelling to Brasilia to ask Lula": the purpose of the trip
    return out


def _joint(pred: Token, noun: Token | None) -> bool:
    """A meeting clause that names no other party ("who held talks", "who met afterwards")."""
    for c in children(pred):
        if c.dep_ in ("dobj", "dative") and (noun is None or c.i != noun.i):
            return False
        if c.dep_ == "prep" and c.lower_ == "with":
            return False
    return noun is None or not _with_objects(noun)


#: Verbs whose agent looks on as an act is done ("signed, watched by the two premiers").
_WITNESSING = frozenset({"watch", "witness", "attend", "observe"})


def _witnesses(pred: Token) -> list[Token]:
    """Who an act was done before ("signed the accord in the presence of X", "signed ...,
    watched by X and Y"): leaders a signing or meeting is held for take part in it."""
    out: list[Token] = []
    for c in children(pred):
        if c.dep_ == "prep" and c.lower_ == "in":
            for o in children(c):
                if o.dep_ == "pobj" and o.lemma_.lower() == "presence":
                    out.extend(
                        x
                        for p in prep_children(o)
                        if p.lower_ == "of"
                        for x in children(p)
                        if x.dep_ == "pobj"
                    )
        elif c.dep_ in ("advcl", "acl") and c.tag_ == "VBN" and c.lemma_.lower() in _WITNESSING:
            out.extend(_agents(c))
    return out


def _with_objects(noun: Token) -> list[Token]:
    return [o for p in prep_children(noun) if p.lower_ == "with" for o in children(p) if o.dep_ == "pobj"]


def _authors(obj: Token) -> list[Token]:
    """Who made what a verb takes as its object ("the demands added by the EU", "the offer made by
    Gorbachev")."""
    return [a for c in children(obj) if c.dep_ == "acl" and c.tag_ == "VBN" for a in _agents(c)]


def _agents(verb: Token) -> list[Token]:
    agent = pobj(verb, "by")
    return [agent] if agent is not None else []


_SCENE_PREPS = frozenset({"during", "at", "after", "before", "following", "on", "in", "ahead", "since"})


def _scene_verb(noun: Token) -> Token | None:
    """The verb whose act a meeting noun sets the scene for ("agreed during talks", "met on the
    sidelines of the summit", "said after two days of talks")."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head
    if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in _SCENE_PREPS:
        return None
    gov = node.head.head
    return gov if gov.pos_ in ("VERB", "AUX") else None


#: Verbs whose subject undergoes what their object names ("face reprisals", "suffer the consequences").
_UNDERGO = frozenset({"face", "suffer", "risk", "bear", "incur"})


def _by_agents(prep: Token) -> list[Token]:
    """The 'by' phrase inside an 'as' phrase ("described as alarming by the envoy")."""
    if prep.lower_ != "as":
        return []
    out = []
    for t in prep.subtree:
        if t.dep_ in ("prep", "agent") and t.lower_ == "by":
            out.extend(o for o in children(t) if o.dep_ == "pobj")
    return out


def _same(a: Token | None, b: Token | None) -> bool:
    return a is not None and b is not None and a.i == b.i


def _verbal(trig: Trigger) -> bool:
    return trig.type in ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT")


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
        arg_tokens.extend(toks)
        found = False
        for t in sorted(toks, key=lambda x: x.i):
            for m in idx.tok_mentions.get(t.i, ()):
                add(m, side)
                found = True
        if not found and head.head.lower_ == "among":
            continue  # "59 apps, among them TikTok": a pronoun of a list's members names no party
        if not found and _its_neighbour(head):
            neighbour_side = side
            continue
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
    if not any(a.side == "source" for a in actors):
        for m in _subject_fallback(trig, idx):
            add(m, "source")
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
    return actors, countries, arg_tokens


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


def _names_the_venue(head: Token, trig: Trigger, idx: DocIndex) -> bool:
    """A city in the name of a treaty or meeting ("the Treaty of Rome", "the Riyadh agreement")
    is where it was made, not a side of it."""
    if not trig.nominal or head.pos_ != "PROPN":
        return False
    place = idx.tok_places.get(head.i)
    if place is None or place.feature in (None, "country"):
        return False
    noun = trig.token
    return (head.dep_ == "compound" and head.head.i == noun.i) or (
        head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i == noun.i
    )


def _speaker(trig: Trigger) -> Token | None:
    """Who says what a verbal act noun or clause states, when it names no source of its own
    ("He said Japan must open its market or face reprisals": the speaker threatens)."""
    node = trig.predicate if trig.predicate is not None else trig.token
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ in ("ccomp", "xcomp", "conj", "dobj", "pobj", "prep", "advcl", "relcl", "acl"):
            if node.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in _SPEECH:
                return _explicit_subject(head)
            node = head
            continue
        return None
    return None


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _subject_fallback(trig: Trigger, idx: DocIndex) -> list[Mention]:
    """A finite verb the parser left without a subject ("At one point Ja'afari accused ...",
    the name mis-attached to a preposition): the party named just before it in its clause."""
    pred = trig.predicate
    if trig.nominal and pred.i == trig.token.i:
        return []
    if pred.tag_ not in _FINITE or _passive(pred) or _explicit_subject(pred) is not None:
        return []
    start = pred.sent.start
    for i in range(pred.i - 1, max(start, pred.i - 6) - 1, -1):
        tok = idx.doc[i]
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct:
            return []
        ms = [m for m in idx.tok_mentions.get(i, ()) if m.kind in ("person", "country", "organisation")]
        if ms:
            return ms[:1]
    return []


_FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my"})


def _quoted_speaker(head: Token, idx: DocIndex) -> list[Mention]:
    """Who says a quotation a first-person pronoun stands in ("Maslen told Reuters: 'We have
    called for another meeting'", "'We will not attend,' the minister said")."""
    node = head
    for _ in range(8):
        if node.lemma_.lower() in _SPEECH and node.pos_ in ("VERB", "AUX"):
            subj = _explicit_subject(node)
            if subj is not None and subj.lower_ not in _FIRST_PERSON:
                found = [m for t in np_tokens(subj, idx) for m in idx.tok_mentions.get(t.i, ())]
                persons = [m for m in found if m.kind == "person"]
                if persons:
                    return persons[:1]
                return [m for m, _ in _anaphor(subj, idx)][:1]
        if node.head.i == node.i:
            break
        node = node.head
    return []


_NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})


def _its_neighbour(head: Token) -> bool:
    """ "its neighbour", "its northern neighbours": a country's neighbour told by a possessive."""
    return head.lemma_.lower() in _NEIGHBOUR_NOUNS and any(
        c.dep_ == "poss" and c.lower_ == "its" for c in children(head)
    )


def _anaphor(head: Token, idx: DocIndex, *, background: bool = False) -> list[tuple[Mention, str]]:
    """The parties a pronoun or "the two sides" stands for. In a ``background`` act (one dated to
    an earlier year) "they" are the story's two countries, not the people of this year's act last
    told ("They will also revive a pact signed in 2001" after the mediators of this week's deal);
    bodies last told acting together stay ("an earlier round between the two blocs last year")."""
    low = head.lower_
    speaker = _quoted_speaker(head, idx) if low in _FIRST_PERSON else []
    if speaker and not idx.last_parties:
        return [(speaker[0], "keep")]
    if low in _SINGULAR_PRON:
        prior = [m for start, m in idx.persons if start < head.idx]
        return [(prior[-1], "keep")] if prior else []
    plural_group = head.lemma_.lower() in _GROUP_NOUNS and (
        head.tag_ in ("NNS", "NNPS") or any(c.lower_ in ("both", "two") for c in children(head))
    )
    if plural_group:
        listed = _counted_list(head, idx)
        if listed:
            return [(m, "keep") for m in listed]
    if low in _PLURAL_PRON or plural_group:
        out: list[tuple[Mention, str]] = []
        if (
            (not idx.last_parties and low in ("their", "both"))
            or (plural_group and not idx.last_parties)
            or (background and any(a.kind == "person" for a in idx.last_parties))
        ):
            # "their talks", "both countries" before any two parties acted: the document's two
            # most-named countries
            return [(idx.country_mention[c], "participant") for c in idx.dyad if c in idx.country_mention]
        if speaker:
            # "we" of a quoted delegate: the delegate, and the sides last told acting
            out.append((speaker[0], "keep"))
        for a in idx.last_parties:
            if a.evidence is not None:
                out.append(
                    (
                        Mention(
                            name=a.name,
                            kind=a.kind,
                            country=a.country,
                            role=a.role,
                            role_text=a.role_text,
                            evidence=a.evidence,
                        ),
                        "participant",
                    )
                )
        return out
    return []


#: How many country mentions back "the three countries" looks for the list it counts.
_LIST_LOOKBACK = 30


def _counted_list(head: Token, idx: DocIndex) -> list[Mention]:
    """ "the three countries" after "Poland, Hungary and Slovakia": the last list of that many
    countries named before it (a count of two is "the two sides", left to the parties last told)."""
    n = next((number_value(c.text) for c in children(head) if c.dep_ == "nummod"), None)
    if n is None or n < 3 or not float(n).is_integer():
        return []
    doc = idx.doc
    before = [i for i in idx.country_tokens if i < head.i][-_LIST_LOOKBACK:]
    for i in reversed(before):
        root = doc[i]
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        members = [root, *root.conjuncts] if root.dep_ != "conj" else [root]
        found: list[Mention] = []
        for t in sorted(members, key=lambda x: x.i):
            m = next((m for m in idx.tok_mentions.get(t.i, ()) if m.kind == "country"), None)
            if m is not None and all(f.country != m.country for f in found):
                found.append(m)
        if len(found) == n:
            return found
    return []


#: Nouns by which a story names a state's government without naming the state.
_GOVERNMENT_NOUNS = frozenset({"government", "cabinet", "administration"})


def unnamed_government(trig: Trigger, idx: DocIndex, countries: list[str]) -> str | None:
    """The country of "the government" acting as the subject with no country word ("On Monday
    the government banned 59 Chinese apps"): the state of the wire's dateline, or else the one of
    the story's two countries the sentence does not name."""
    subj = _explicit_subject(trig.predicate)
    if subj is None or subj.lemma_.lower() not in _GOVERNMENT_NOUNS or len(idx.dyad) != 2:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children(subj)):
        return None
    if any(t.i != subj.i and t.dep_ not in ("det",) for t in subj.subtree) or idx.tok_mentions.get(subj.i):
        return None  # "the government of Pakistan", "the Indian government", "the government that ..."
    dateline = _dateline(idx)
    home = dateline.country if dateline is not None else None
    if home in idx.dyad and home not in countries:
        return home
    named = [c for c in countries if c in idx.dyad]
    if home is None and len(named) == 1:
        return next(c for c in idx.dyad if c != named[0])
    return None


def sentence_countries(trig: Trigger, idx: DocIndex) -> list[str]:
    sent = trig.token.sent
    out: list[str] = []
    noun = trig.token
    venue = {c.i for c in children(noun) if _names_the_venue(c, trig, idx)} | {
        o.i
        for c in children(noun)
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in children(c)
        if _names_the_venue(o, trig, idx)
    }
    for i in range(sent.start, sent.end):
        if i in venue:
            continue
        for m in idx.tok_mentions.get(i, ()):
            if m.country and m.country not in out and not (m.sector == "media" and m.kind != "country"):
                out.append(m.country)
    return out


# ---------------------------------------------------------------- evidence


def trigger_evidence(trig: Trigger, idx: DocIndex):  # noqa: ANN201 - Evidence
    doc = idx.doc
    tok = trig.token
    return evidence(idx.doc_id, doc_text(doc), tok.idx, tok.idx + len(tok.text))


def sentence_evidence(trig: Trigger, idx: DocIndex):  # noqa: ANN201 - Evidence
    sent = trig.token.sent
    return evidence(idx.doc_id, doc_text(idx.doc), sent.start_char, sent.end_char)


# The date and place of an event live in their own modules, which read the phrases above.
from bilat.events.arguments.dating import _usable, attach_date  # noqa: E402
from bilat.events.arguments.places import LEDE_SENTENCES, _dateline, attach_place  # noqa: E402

__all__ = ["LEDE_SENTENCES", "SPEECH", "DocIndex", "attach_date", "attach_place", "build_index"]
