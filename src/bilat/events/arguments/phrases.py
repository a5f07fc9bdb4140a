"""Argument phrases and their roles: subjects, objects, hosts and company, witnesses, agents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilat.events.triggers import Trigger, direct_object, pobj, prep_children
from bilat.parse import children

if TYPE_CHECKING:
    from spacy.tokens import Token

from bilat.events.arguments.index import (
    _NOUN_ARG_PREPS,
    _NP_SKIP,
    _RELATIVE,
    _SPEECH,
    _STANCE_PREPS,
    _TARGET_PREPS,
    DocIndex,
)


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
            elif c.dep_ == "poss" and _named_kin(t):
                continue  # "Bentsen's successor, Robert Rubin": the one named is the party
            elif c.dep_ not in _NP_SKIP and c.i not in idx.timex_tokens:
                stack.append(c)
    return out


#: Nouns of a person told by their tie to another ("X's successor", "Y's widow"), who is no party.
_KIN_NOUNS = frozenset(
    "successor predecessor wife husband widow son daughter brother sister father mother".split()
)


def _named_kin(noun: Token) -> bool:
    """ "his successor, Robert Rubin": a tie noun with the person's own name beside it."""
    return noun.lemma_.lower() in _KIN_NOUNS and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in children(noun)
    )


def _passive(pred: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in children(pred))


def _explicit_subject(pred: Token) -> Token | None:
    # two subjects are a misparse of a dateline or a heading ("MOSCOW, March 3 - Gorbachev will
    # visit"): the one nearest the verb is its subject
    found = None
    for c in children(pred):
        if c.dep_ in ("nsubj", "csubj") and (found is None or c.i < pred.i):
            found = c
    if found is not None:
        return _inverted_subject(pred, found) or _subject_past_a_preposition(pred, found)
    return _stranded_subject(pred)


def _inverted_subject(pred: Token, subj: Token) -> Token | None:
    """ "The State Department rejected the charge as "baseless", summoned China's ambassador and
    expelled ...": the parse may take the first verb for a clause reported by the second and the
    object after the second for its subject; an act's verb (not one of saying, which puts its
    subject after it) has the subject of the clause before it."""
    if subj.i < pred.i or pred.lemma_.lower() in _SPEECH or pred.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    kids = children(pred)
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "expl") for c in kids):
        return None
    if not any(c.dep_ == "conj" and c.i > subj.i and c.pos_ == "VERB" for c in kids):
        return None  # a list of acts goes on ("and expelled ..."); "..., warned X" reports
    before = next((c for c in children(pred) if c.dep_ == "ccomp" and c.i < pred.i), None)
    if before is None or before.lemma_.lower() in _SPEECH or pred.doc[pred.i - 1].text != ",":
        return None
    return next((c for c in children(before) if c.dep_ == "nsubj"), None)


def _object_taken_for_subject(pred: Token) -> Token | None:
    """The object the parse took for a subject after the verb (``_inverted_subject``)."""
    for c in children(pred):
        if c.dep_ == "nsubj" and c.i > pred.i and _inverted_subject(pred, c) is not None:
            return c
    return None


#: Prepositions the parse takes for a clause's mark when a name follows their object
#: ("after a bomb attack in Tripoli and Egypt responded").
_TIME_PREPS = frozenset({"after", "before", "following", "amid", "since", "despite"})


def _subject_past_a_preposition(pred: Token, subj: Token) -> Token:
    """ "Greece shut its consulate after a riot in Komotini and Turkey responded by ...": the
    parse may read "after" as the verb's mark and "a riot ... and Turkey" as its subject; the
    name joined last, just before the verb, is the subject, the event noun the preposition's."""
    if subj.pos_ != "NOUN" or not any(c.dep_ == "mark" and c.lower_ in _TIME_PREPS for c in children(pred)):
        return subj
    prev = pred.doc[pred.i - 1]
    while prev.dep_ != "conj" and prev.head.i > prev.i:
        prev = prev.head  # "and South Korea responded": the name's head word
    if prev.dep_ != "conj" or prev.pos_ != "PROPN" or not (subj.left_edge.i <= prev.i < pred.i):
        return subj
    first = prev.left_edge.i
    if first < 1 or pred.doc[first - 1].lower_ != "and":
        return subj
    return prev


def _stranded_subject(pred: Token) -> Token | None:
    """A name the parse joined to the noun before a finite verb that it left with no subject
    ("Greece imposed visas on Turks and Turkey responded"): the name is the verb's subject."""
    if pred.tag_ not in ("VBD", "VBZ") or pred.i < 2 or pred.dep_ in ("relcl", "acl"):
        return None
    prev = pred.doc[pred.i - 1]
    if prev.dep_ != "conj" or prev.pos_ != "PROPN" or prev.head.i >= prev.i:
        return None
    first = prev.left_edge.i  # "and South Korea responded"
    if (
        first < 1
        or pred.doc[first - 1].lower_ != "and"
        or any(c.dep_ in ("nsubjpass", "expl") for c in children(pred))
    ):
        return None
    return prev


#: Marks that split a dateline or heading from the sentence ("MOSCOW, March 3 - Gorbachev ...").
_BREAKS = frozenset({"-", "--", "\u2013", "\u2014", ":", "(", ")"})


def _co_subjects(pred: Token, subj: Token) -> list[Token]:
    """Other subjects the parse hung on the verb beside ``subj`` that a coordination joins to it
    ("K. Raghunath and his counterpart Shamshad Ahmad would meet"); not a dateline's city."""
    out = []
    for c in children(pred):
        if c.dep_ != "nsubj" or c.i == subj.i or (c.i > pred.i) != (subj.i > pred.i):
            continue
        lo, hi = min(c.i, subj.i), max(c.i, subj.i)
        between = pred.doc[lo + 1 : hi]
        if any(t.lower_ == "and" and t.dep_ == "cc" for t in between) and not any(
            t.text in _BREAKS or t.is_space or "\n" in t.whitespace_ for t in between
        ):
            out.append(c)
    return out


#: Common nouns by which a story goes on naming a body it named in full ("the council").
_BODY_NOUNS = frozenset("council commission committee fund bank union alliance league".split())


def _body_by_its_noun(tok: Token) -> bool:
    """ "The council is expected to discuss": a body named again by the last noun of its name."""
    return tok.lemma_.lower() in _BODY_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in children(tok)
    )


def inherited_subject(pred: Token) -> Token | None:
    """The subject a clause without one takes from the clause or noun it hangs from."""
    node = pred
    for _ in range(5):
        subj = _explicit_subject(node)
        if subj is not None and not (_passive(node) and subj.dep_ == "nsubjpass"):
            if subj.lower_ in _RELATIVE and node.dep_ == "relcl":
                return node.head
            return subj
        if (
            node.dep_ == "conj"
            and node.tag_ in ("VBD", "VBZ")
            and node.head.dep_ == "xcomp"
            and node.head.tag_ == "VB"
        ):
            # "urged Bolivia to accept the ruling and offered talks": a finite verb cannot join
            # a bare infinitive, so the parse misplaced it; it is the main verb's conjunct
            node = node.head.head
            continue
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
        raised = node.dep_ == "xcomp"
        node = node.head
        if raised and _passive(node):
            # "X is expected to visit London", "X was invited to attend": who the passive is
            # told of does what the to-clause says. By name only: "the delegation is scheduled to
            # tour the zone" is mostly a stop on a trip the story has told already
            nsp = next((c for c in children(node) if c.dep_ == "nsubjpass"), None)
            if nsp is not None and (nsp.pos_ == "PROPN" or _body_by_its_noun(nsp)):
                return nsp
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
        # an event noun the parse made the subject is no actor of itself, however the subject
        # is re-read ("after a bomb attack in X and Y responded")
        noun_subject = noun is not None and any(c.dep_ == "nsubj" and c.i == noun.i for c in children(pred))
        if noun_subject:
            subj = noun
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
        elif subj is not None and not _same(subj, noun) and (judged := _judged_act_authors(trig, pred, subj)):
            # "said India's move was a violation": whose act is judged is the one accused
            heads.extend((a, "target") for a in judged)
        elif subj is not None and not _same(subj, noun):
            heads.append((subj, "source"))
            # "X and his Pakistani counterpart Y would meet": the parse may give the verb both
            # names as subjects; each is a party
            heads.extend((c, "source") for c in _co_subjects(pred, subj) if not _same(c, noun))
        if passive and agent is None and trig.type in ("AGREE", "CONSULT"):
            # "The restoration of ties was agreed on December 17, when X and Y announced ...":
            # who acts in the clause that dates an act told without its agent made it
            heads.extend((w, "participant") for w in _when_subjects(pred))
        if not noun_subject and not any(s == "source" for _, s in heads):
            inh = inherited_subject(pred)
            if inh is not None and not _same(inh, noun):
                heads.append((inh, "source"))
        if pred.dep_ in ("acl", "relcl"):
            # "signed a decree imposing sanctions", "sent a message asking ...": who issued it acts
            heads.extend(_carrier_authors(pred.head))
        for c in children(pred):
            if c.dep_ == "dobj" and c.lemma_.lower() in _DELEGATIONS and pred.lemma_.lower() in _LEADS:
                heads.append((c, "source"))  # "led a Pakistani delegation to Delhi": their own side
            elif c.dep_ in ("dobj", "dative", "iobj") and not _same(c, noun):
                heads.append((c, "target"))
                if c.lemma_.lower() in _RELATION_NOUNS:
                    # "severed relations with Qatar", "cut ties with Taipei"
                    heads.extend((o, "target") for o in _with_objects(c))
                # "rejected the conditions added by the EU": whose proposal it is takes the act
                heads.extend((a, "target") for a in _authors(c))
            if c.dep_ in ("attr", "oprd") and not _same(c, noun):
                heads.append((c, "target"))
        taken = _object_taken_for_subject(pred)
        if taken is not None and not _same(taken, noun):
            heads.append((taken, "target"))
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
            elif p.lower_ == "under":
                # "expelled the traders under an order issued by the government of X": who issued
                # the order acts through it
                heads.extend((a, "source") for o in children(p) if o.dep_ == "pobj" for a in _authors(o))
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
        if not trig.nominal and not _verbal(trig):
            heads.extend((o, "target") for o in _embedded_recipients(pred))
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
        goer = _purpose_verb(noun) if trig.type == "CONSULT" and (pred is None or _same(pred, noun)) else None
        if goer is not None:
            # "crossed the border on foot for talks with Honecker": who goes for talks holds them
            subj = _explicit_subject(goer) or inherited_subject(goer)
            passive = _passive(goer)
            if passive and goer.lemma_.lower() in _BEING:
                # "X is expected in Washington for talks": who is expected there holds them
                subj, passive = next((c for c in children(goer) if c.dep_ == "nsubjpass"), None), False
            if subj is not None and subj.lower_ not in _RELATIVE and not passive:
                heads.append((subj, "source"))
        if scene is not None:
            # "agreed ... during talks in Bonn", "told reporters after three days of talks": who
            # acts at the meeting took part in it
            subj = _explicit_subject(scene) or inherited_subject(scene)
            if subj is not None and subj.lower_ not in _RELATIVE:
                heads.append((subj, "participant"))
                # "X and his Turkish counterpart Y had agreed ... during talks": both subjects met
                heads.extend((c, "participant") for c in _co_subjects(scene, subj))
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
    if trig.type == "CONSULT" and (
        (pred is not None and _hosts_two_guests(pred)) or (noun is not None and _convened_between(noun))
    ):
        # "Egypt hosted Barak and Arafat at Sharm el-Sheikh", "Qatar mediated talks between Sudan
        # and Chad", "talks between A and B were hosted by X": the guests meet, the host takes part
        heads = [(h, "participant" if side == "source" else side) for h, side in heads]
    return heads


#: Verbs of bringing others together under one's roof.
_HOSTS = frozenset({"host", "co-host", "cohost", "bring"})
#: Verbs by which a third party holds or brokers a meeting of others.
_CONVENERS = frozenset(
    {"host", "co-host", "cohost", "mediate", "broker", "sponsor", "facilitate", "convene", "chair", "arrange"}
)


def _convened_between(noun: Token) -> bool:
    """ "mediated talks between Sudan and Chad", "talks between A and B were hosted by X"."""
    gov = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or gov.lemma_.lower() not in _CONVENERS:
        return False
    if (noun.dep_ == "dobj") == _passive(gov):
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("between", "among")
        and any(o.dep_ == "pobj" and any(c.dep_ == "conj" for c in children(o)) for o in children(p))
        for p in children(noun)
    )


def _hosts_two_guests(pred: Token) -> bool:
    """ "hosted A and B", "hosted Israeli and Palestinian negotiators", "brought together A and B"."""
    low = pred.lemma_.lower()
    if low not in _HOSTS or _passive(pred):
        return False
    if low == "bring" and not any(c.lower_ == "together" for c in children(pred)):
        return False
    for o in children(pred):
        if o.dep_ != "dobj":
            continue
        if any(c.dep_ == "conj" for c in children(o)):
            return True
        if any(
            m.dep_ in ("amod", "compound") and any(c.dep_ == "conj" for c in children(m)) for m in children(o)
        ):
            return True
    return False


#: Nouns of a state's act that a statement may judge ("India's move was a violation of ...").
_JUDGED_ACTS = frozenset(
    "decision move step action actions act plan policy measure measures announcement refusal choice "
    "conduct behaviour behavior deployment attack remarks statement comments attempt bid".split()
)


def _judged_act_authors(trig: Trigger, pred: Token, subj: Token) -> list[Token]:
    """ "X said that Y's decision was an affront", "the move by Y is a violation": a verbal act
    told by a copula whose subject is another's act is aimed at who did it (the speaker makes it)."""
    if not _verbal(trig) or pred.lemma_.lower() != "be" or subj.lemma_.lower() not in _JUDGED_ACTS:
        return []
    if not any(c.dep_ in ("attr", "acomp") for c in children(pred)):
        return []
    return [c for c in children(subj) if c.dep_ == "poss"] or [
        o
        for c in children(subj)
        if c.dep_ == "prep" and c.lower_ == "by"
        for o in children(c)
        if o.dep_ == "pobj"
    ]


#: Words of being ready for an act ("was ready to pay ..."), whose to-clause is the act offered.
_READY = frozenset({"ready", "willing", "prepared", "eager", "keen", "happy", "open"})


def _embedded_recipients(pred: Token) -> list[Token]:
    """ "was ready to pay compensation to South Korea", "offered to return the islands to Japan":
    whom the act offered or agreed goes to (the to-object of the clause's verb) is the other side."""
    verbs = [c for c in children(pred) if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    verbs += [
        v
        for a in children(pred)
        if a.dep_ == "acomp" and a.lower_ in _READY
        for v in children(a)
        if v.dep_ == "xcomp" and v.pos_ == "VERB"
    ]
    out: list[Token] = []
    for v in verbs:
        objs = [o for o in children(v) if o.dep_ == "dobj"]
        # "to return two of the islands to Japan": the parse hangs the recipient inside the "of"
        objs += [
            x for o in objs for p in children(o) if p.lower_ == "of" for x in children(p) if x.dep_ == "pobj"
        ]
        holders = [v, *objs]
        holders += [
            b for h in holders for b in children(h) if b.dep_ in ("advmod", "prt") and b.lower_ == "back"
        ]
        for h in holders:
            for p in children(h):
                if p.dep_ in ("prep", "dative") and p.lower_ == "to":
                    out.extend(o for o in children(p) if o.dep_ == "pobj")
    return out


#: Nouns that carry an act of whoever issues, signs or sends them ("signed a decree imposing
#: sanctions", "sent a message asking NATO to ...", "accepted an invitation to visit Hanoi").
_CARRIERS = frozenset(
    "decree order message letter note resolution directive edict ordinance statement invitation".split()
)
#: Verbs by which one hands an invitation to another, who is the one to come.
_EXTENDING = frozenset({"extend", "send", "issue", "deliver", "convey", "give", "hand"})
#: Groups one leads on a mission abroad, and the verbs of leading them.
_DELEGATIONS = frozenset({"delegation", "mission", "team"})
_LEADS = frozenset({"lead", "head"})
#: Nouns of the bonds between states, whose other side a "with" phrase names.
_RELATION_NOUNS = frozenset({"relation", "relations", "tie", "ties", "link", "links"})


def _carrier_authors(carrier: Token) -> list[tuple[Token, str]]:
    """Who acts through a decree, message or invitation that a verb takes as its object: the
    verb's subject issues it (and whom a message is sent to is the other side); one who accepts
    an invitation is the one to come, one who extends it the host."""
    low = carrier.lemma_.lower()
    if low not in _CARRIERS or carrier.dep_ != "dobj" or carrier.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = carrier.head
    subj = _explicit_subject(verb) or inherited_subject(verb)
    if subj is not None and subj.lower_ in _RELATIVE:
        subj = None
    # "sent a message to X", "extended an invitation to X": the parse hangs "to" on either word
    addressees = [
        o
        for w in (verb, carrier)
        for c in children(w)
        if c.dep_ in ("dative", "prep") and c.lower_ == "to"
        for o in children(c)
        if o.dep_ == "pobj"
    ] + [c for c in children(verb) if c.dep_ in ("dative", "iobj") and c.lower_ != "to"]
    if low == "invitation" and verb.lemma_.lower() in _EXTENDING:
        return [(a, "source") for a in addressees] + ([(subj, "target")] if subj is not None else [])
    return ([(subj, "source")] if subj is not None else []) + [(a, "target") for a in addressees]


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


#: Verbs whose agent looks on as an act is done or presides over it ("signed, watched by the two
#: premiers", "the session was held in Isfahan, co-chaired by X and Y").
_WITNESSING = frozenset({"watch", "witness", "attend", "observe", "chair", "co-chair", "cochair"})


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


def _when_subjects(pred: Token) -> list[Token]:
    """The subjects of a "when" clause dating a predicate, hung on the verb or on its date
    ("was agreed on December 17, when X announced ...")."""
    clauses = [c for c in children(pred) if c.dep_ == "advcl"] + [
        r
        for p in prep_children(pred)
        for o in children(p)
        if o.dep_ == "pobj"
        for r in children(o)
        if r.dep_ == "relcl"
    ]
    out = []
    for c in clauses:
        if c.pos_ == "VERB" and any(w.dep_ in ("advmod", "mark") and w.lower_ == "when" for w in children(c)):
            subj = _explicit_subject(c)
            if subj is not None and subj.lower_ not in _RELATIVE:
                out.append(subj)
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
    at_talks = node.head.lower_ == "at" and node.lower_ in ("talks", "negotiations")
    if node.head.lower_ == "during" or at_talks:
        # "agreed on a common concept for the helicopter during talks in Bonn", "agreed on the main
        # points of the budget at talks in Paris": the parse may hang the phrase on the object's
        # noun, but only an act happens during or at talks (a conference may host an offer)
        for _ in range(2):
            if gov.pos_ not in ("NOUN", "PROPN") or gov.dep_ not in ("pobj", "dobj"):
                break
            gov = gov.head.head if gov.dep_ == "pobj" and gov.head.dep_ == "prep" else gov.head
    return gov if gov.pos_ in ("VERB", "AUX") else None


#: Verbs of the way one goes somewhere, whose "for talks" is what one goes for (not "asked for
#: talks"). Not the verbs of a trip ("travel", "fly", "go"), which tell the visit themselves.
_GOING = frozenset("cross drive sail walk ride journey rush hurry".split())


def _purpose_verb(noun: Token) -> Token | None:
    """The verb a meeting noun is the purpose of ("went to Bonn for talks", "crossed the border on
    foot for talks", the "for" phrase the parse may hang on a noun of the way)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    node = noun.head.head
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX"):
            home = any(c.lower_ == "home" for c in children(node))  # an envoy home for consultations
            if home:
                return None
            lemma = node.lemma_.lower()
            return node if lemma in _GOING or (lemma in _BEING and _somewhere(node)) else None
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        node = node.head.head
    return None


#: Verbs of being somewhere, whose "for talks" is what one is there for ("is in Bonn for talks",
#: "is expected in Washington next week for talks").
_BEING = frozenset({"be", "expect"})


def _somewhere(verb: Token) -> bool:
    """Whether a verb of being tells a place ("in Washington", "due in Bonn")."""
    for c in children(verb):
        nodes = [c, *children(c)] if c.dep_ == "acomp" else [c]
        for n in nodes:
            if (
                n.dep_ == "prep"
                and n.lower_ in ("in", "at")
                and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in children(n))
            ):
                return True
    return False


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
