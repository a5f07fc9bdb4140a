"""Where an event took place: "in/at/to X" on the trigger, its predicate and the clauses that
govern them, name compounds ("the Tokyo summit"), the venue's town ("at his home in X"), the city
a country names, and for meetings told without one the scene, the dateline or the previous
sentence."""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from bilat.events.arguments.dating import _chain
from bilat.events.arguments.index import _PLACE_PREPS, DocIndex
from bilat.events.arguments.phrases import _explicit_subject, np_tokens
from bilat.events.triggers import Trigger, direct_object, prep_children
from bilat.parse import children, tokens_with

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from bilat.records import Place


#: Groups sent abroad, whose destination a "to" phrase on them names.
_GROUPS_SENT = frozenset({"delegation", "mission", "team"})


def _place_in(tok: Token, idx: DocIndex) -> Place | None:
    for t in np_tokens(tok, idx):
        p = idx.tok_places.get(t.i)
        if p is not None:
            if p.feature != "venue" and tok.pos_ == "NOUN" and t.dep_ == "compound" and t.head.i == tok.i:
                # "at the Miraflores palace in Caracas": the name of a venue the gazetteer does
                # not know may be some other town's; the town the venue is said to be in wins
                town = _venue_town(tok, p, idx)
                if town is not None:
                    return town
            return p
    if tok.pos_ == "NOUN":
        # "at his private home in Colombey", "at a hotel in Geneva": the venue's town
        for p in prep_children(tok):
            if p.lower_ in ("in", "at"):
                for o in children(p):
                    if o.dep_ == "pobj":
                        for t in np_tokens(o, idx):
                            if t.i in idx.tok_places:
                                return idx.tok_places[t.i]
    return None


def _venue_town(venue: Token, named: Place, idx: DocIndex) -> Place | None:
    """The town an "in X" phrase puts a venue in, on the venue noun or beside it on its verb."""
    heads = [venue]
    if venue.dep_ == "pobj" and venue.head.dep_ == "prep":
        heads.append(venue.head.head)
    for h in heads:
        for p in prep_children(h):
            if p.lower_ != "in":
                continue
            for o in children(p):
                town = idx.tok_places.get(o.i) if o.dep_ == "pobj" else None
                if town is not None and town.feature == "city" and town.name != named.name:
                    return town
    return None


def attach_place(trig: Trigger, idx: DocIndex) -> Place | None:
    place = _attach_place(trig, idx)
    if place is not None and place.feature == "country":
        # "will go to Russia to take part in a meeting in Ufa", "a visit to the United States
        # ... and talks in Washington": the city the sentence names in that country
        return _city_within(place, trig, idx) or place
    return place


def _city_within(country: Place, trig: Trigger, idx: DocIndex) -> Place | None:
    sent = trig.token.sent
    best = None
    for i in range(sent.start, sent.end):
        p = idx.tok_places.get(i)
        if p is None or p.feature not in ("city", "venue") or p.country != country.country:
            continue
        node = idx.doc[i]
        for _ in range(4):
            if node.dep_ not in ("compound", "appos", "conj", "pobj") or node.head.i == node.i:
                break
            if node.dep_ == "pobj" and node.head.lower_ != "of":
                break
            node = node.head.head if node.dep_ == "pobj" else node.head
        if (
            node.dep_ == "pobj"
            and node.head.lower_ in ("in", "at")
            and (best is None or abs(i - trig.token.i) < best[0])
        ):
            best = (abs(i - trig.token.i), p)
    return best[1] if best else None


def _attach_place(trig: Trigger, idx: DocIndex) -> Place | None:
    chain = _chain(trig)[:4]
    for node in chain:
        if node.pos_ in ("NOUN", "PROPN"):
            for c in children(node):
                if c.dep_ == "compound" and c.i in idx.tok_places:
                    return idx.tok_places[c.i]
        for p in prep_children(node):
            if p.lower_ not in _PLACE_PREPS and not (p.lower_ == "into" and trig.mode == "visit"):
                continue  # "flew into Lagos": where a journey ends
            for o in children(p):
                if o.dep_ == "pobj":
                    place = _place_in(o, idx)
                    if place is not None:
                        return place
        if trig.type == "CONSULT" and trig.mode == "visit":
            obj = direct_object(node)
            if obj is not None and obj.dep_ == "dobj":
                place = _place_in(obj, idx)
                if place is not None:
                    return place
                # "led a trade delegation to Hanoi": the parse hangs the destination on the group
                for p in prep_children(obj):
                    if p.lower_ == "to" and obj.lemma_.lower() in _GROUPS_SENT:
                        for o in children(p):
                            place = _place_in(o, idx) if o.dep_ == "pobj" else None
                            if place is not None:
                                return place
    host = _host_place(trig, idx) or _project_site(trig, idx)
    if host is not None:
        return host
    if trig.nominal:
        # "a congress, which aims to bring together delegations in Sochi", "talks set to resume
        # in Geneva": the clause on the meeting noun says where it is held
        for cl in children(trig.token):
            if cl.dep_ not in ("acl", "relcl"):
                continue
            for x in children(cl):
                if x.dep_ != "xcomp":
                    continue
                for p in prep_children(x):
                    if p.lower_ in ("in", "at"):
                        for o in children(p):
                            place = _place_in(o, idx) if o.dep_ == "pobj" else None
                            if place is not None:
                                return place
    # "talks with his counterpart in Lahore": the parse may hang the place on an argument
    pred = trig.predicate
    best = None
    for tok in _clause_tokens(pred):
        if tok.dep_ == "prep" and tok.lower_ in ("in", "at") and tok.head.i != pred.i:
            for o in children(tok):
                place = _place_in(o, idx) if o.dep_ == "pobj" else None
                if place is not None and (best is None or abs(o.i - trig.token.i) < best[0]):
                    best = (abs(o.i - trig.token.i), place)
    if best:
        return best[1]
    return _context_place(trig, idx)


def _host_place(trig: Trigger, idx: DocIndex) -> Place | None:
    """A town that hosts what is told is where it is held ("Geneva will host the talks", "the
    cities of Lyon and Stuttgart hosted a culture week": the first named)."""
    pred = trig.predicate if trig.predicate is not None else trig.token
    if pred.lemma_.lower() not in _HOSTING:
        return None
    subj = _explicit_subject(pred)
    if subj is None:
        return None
    for t in sorted(np_tokens(subj, idx), key=lambda x: x.i):
        p = idx.tok_places.get(t.i)
        if p is not None and p.feature not in ("country", "region"):
            return p
    return None


#: Verbs whose subject is the place of what they take ("Geneva hosted the talks").
_HOSTING = frozenset({"host", "co-host", "cohost"})


#: Verbs of a project a deal is made for, whose site is where the deal belongs ("an agreement
#: to build two reactors at the Kudankulam plant").
_BUILDING = frozenset("build construct complete finish".split())
#: Verbs of a project only when what they take is a works ("to develop the Chabahar port"), not
#: ties or trade ("to expand cooperation in Aleppo").
_WORKS_VERBS = frozenset("expand develop modernise modernize upgrade".split())
_WORKS = frozenset(
    "port plant reactor reactors railway pipeline dam airport terminal field fields refinery "
    "station mine harbour harbor bridge road highway line".split()
)
#: Prepositions that name a route or a partner, not a site ("a pipeline from Baku to Ceyhan").
_NOT_SITE = frozenset({"from", "to", "between", "with", "toward", "towards", "via", "across"})


def _project_site(trig: Trigger, idx: DocIndex) -> Place | None:
    """The site of the project a deal is made for: a town in the clause of building it."""
    if trig.type != "AGREE":
        return None
    heads = [trig.token] if trig.nominal else []
    if trig.predicate is not None:
        heads.append(trig.predicate)
        obj = direct_object(trig.predicate)
        if obj is not None:
            heads.append(obj)
    for h in heads:
        for cl in children(h):
            if cl.dep_ not in ("acl", "advcl", "xcomp") or not _builds(cl):
                continue
            for t in cl.subtree:
                p = idx.tok_places.get(t.i)
                if p is not None and p.feature not in ("country", "region") and _on_site(t, cl):
                    return p
    return None


def _builds(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _BUILDING:
        return True
    obj = direct_object(verb)
    return lemma in _WORKS_VERBS and obj is not None and obj.lemma_.lower() in _WORKS


def _on_site(tok: Token, verb: Token) -> bool:
    node = tok
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp") or (
            node.dep_ == "prep" and node.lower_ in _NOT_SITE
        ):
            return False
        node = node.head
    return node.i == verb.i


#: Sentences of a story's lede, whose meetings told without a place are held in the dateline city.
LEDE_SENTENCES = 2


def _context_place(trig: Trigger, idx: DocIndex) -> Place | None:
    """The place of a meeting or deal its sentence does not name: "ended talks here" and a meeting
    in the lede of a datelined wire ("MOSCOW, March 3 - ...") are in the dateline city; "The two
    presidents signed agreements" after "Lula arrived in Buenos Aires" is where the previous
    sentence of the paragraph put the visit."""
    if trig.type not in ("CONSULT", "AGREE") or trig.mode == "phone":
        return None
    doc = idx.doc
    sent = trig.token.sent
    here = any(c.lower_ == "here" for c in children(trig.predicate or trig.token))
    dateline = _dateline(idx)
    if dateline is not None and here:
        return dateline
    scene = _scene_place(sent, idx)
    if scene is not None:
        return scene
    content = _content_tokens(trig)
    if any(
        _elsewhere(idx.tok_places.get(i), dateline) for i in range(sent.start, sent.end) if i not in content
    ):
        return None
    if dateline is not None and trig.mode != "visit" and (trig.type == "CONSULT" or _signed(trig)):
        if len(list(islice(_sentences_before(doc, sent.start), LEDE_SENTENCES))) < LEDE_SENTENCES:
            return dateline
    if sent.start == 0:
        return None
    paragraph = doc[sent.start - 1].is_space or "\n\n" in doc[sent.start - 1].whitespace_
    if paragraph and trig.type != "CONSULT":
        return None  # a new paragraph tells of something else; talks go on where the trip went
    prev = next(_sentences_before(doc, sent.start), None)
    if prev is None:
        return None
    told = {
        p.name: p
        for i in range(prev.start, prev.end)
        if (p := idx.tok_places.get(i)) is not None
        and p.feature not in ("country", "region")
        and (_told_at(doc[i], venue=trig.type == "AGREE") or doc[i].dep_ == "dobj")
    }
    return next(iter(told.values())) if len(told) == 1 else None


def _told_at(tok: Token, *, venue: bool) -> bool:
    """A place told as where ("in Lahore"; for a deal made there, "at Athens airport" too: talks
    told next to a greeting at an airport are left to the merge with the visit)."""
    if venue and tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        tok = tok.head
    return tok.head.lower_ in _PLACE_PREPS


def _content_tokens(trig: Trigger) -> set[int]:
    """The tokens of what an act is about ("agreed to give Turkey access to Greece's ports"): a
    place there is no other place the act happened in."""
    out: set[int] = set()
    for node in {
        trig.token.i: trig.token,
        (trig.predicate or trig.token).i: trig.predicate or trig.token,
    }.values():
        for c in children(node):
            if c.dep_ in ("xcomp", "ccomp"):
                out.update(t.i for t in c.subtree)
    return out


def _elsewhere(place: Place | None, dateline: Place | None) -> bool:
    """A place named in a sentence other than the dateline city (named again: "ASTANA - ... held
    talks in Astana") or its country."""
    if place is None or dateline is None:
        return place is not None
    # the dateline city's own country ("ASMARA - ... a day after Abiy set foot in Eritrea")
    # is no other place
    return place.name != dateline.name and not (
        place.feature in ("country", "region") and place.country == dateline.country
    )


#: Words of a deal made by the parties together, at one table ("signed a treaty", "reached an
#: agreement"); agreeing to what another asked may be done from afar.
_SIGNING = frozenset({"sign", "ink", "initial", "reach", "conclude", "seal", "strike"})


def _signed(trig: Trigger) -> bool:
    """A deal the lede of a datelined story tells as signed or reached ("SEOUL - Japan and South
    Korea on Monday reached an agreement", "WARSAW - Brandt and Cyrankiewicz signed a treaty"),
    or the two sides agreeing together: in the dateline city."""
    if trig.type != "AGREE":
        return False
    words = {trig.token.lemma_.lower()}
    if trig.predicate is not None:
        words.add(trig.predicate.lemma_.lower())
    if words & _SIGNING:
        return True
    subj = _explicit_subject(trig.predicate) if trig.predicate is not None else None
    # "the two sides agreed", "Japan and Korea agreed": both parties agree, so they met
    return subj is not None and (any(c.dep_ == "conj" for c in children(subj)) or subj.tag_ == "NNS")


#: Nouns of a gathering that set the scene of what a sentence tells ("At a meeting in Paris, the
#: ministers said they were committed ...").
#: (not "conference": a news conference is where one speaks of acts done elsewhere)
_SCENE_NOUNS = frozenset({"meeting", "talks", "summit", "session", "ceremony", "visit"})


def _scene_place(sent, idx: DocIndex) -> Place | None:  # noqa: ANN001 - Span
    for tok in tokens_with(sent, ("at", "during"), "lower"):
        if tok.dep_ == "prep" and tok.head.pos_ in ("VERB", "AUX"):
            for o in children(tok):
                if o.dep_ == "pobj" and o.lemma_.lower() in _SCENE_NOUNS:
                    place = _place_in(o, idx)
                    if place is not None and place.feature != "country":
                        return place
    return None


def _sentences_before(doc: Doc, start: int):  # noqa: ANN202 - Iterator[Span]
    """The sentences before the token ``start`` that hold words, nearest first."""
    while start > 0:
        sent = doc[start - 1].sent
        if any(t.is_alpha for t in sent):
            yield sent
        start = sent.start


def _dateline(idx: DocIndex) -> Place | None:
    """The city of a wire dateline: a place in capitals opening the text ("TEHRAN -", "NEW DELHI,")."""
    if idx.dateline is False:
        doc = idx.doc
        k = next((t.i for t in doc if not t.is_space), len(doc))
        place = idx.tok_places.get(k)
        found = None
        if place is not None and place.feature not in ("country", "region"):
            end = k
            while end < len(doc) and idx.tok_places.get(end) is place:
                end += 1
            words = doc[k:end]
            if all(t.text.isupper() for t in words if t.is_alpha) and end < len(doc) and doc[end].is_punct:
                found = place
        idx.dateline = found
    return idx.dateline


def _clause_tokens(pred: Token) -> list[Token]:
    """The tokens of the predicate's own clause (not of clauses embedded in it, save a participle
    hanging from the predicate: "met again, joined by X, in the resort town of Y")."""
    out, stack = [], [pred]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(
            c
            for c in children(t)
            if c.dep_ not in ("ccomp", "relcl", "advcl", "xcomp", "acl", "conj", "parataxis")
            or (t.i == pred.i and c.dep_ == "advcl" and c.tag_ == "VBN" and _explicit_subject(c) is None)
        )
    return out
