"""The trigger grammar: the lexicon's context conditions read over the parse, and the
dependency helpers (objects, subjects, prepositions) that the argument stage shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bilat.events.lexicon import Condition, Lexicon, TriggerEntry
from bilat.parse import children

if TYPE_CHECKING:
    from spacy.tokens import Token


# Nouns that stand for a quantity of their "of" complement ("a number of documents").
_QUANTIFIERS = frozenset(
    {
        "number",
        "series",
        "set",
        "range",
        "couple",
        "host",
        "package",
        "raft",
        "slew",
        "pair",
        "total",
        "dozen",
        "batch",
        "round",
        "string",
        "bundle",
        "list",
        "variety",
        "lot",
        "copy",
        "text",
        "group",
        "contingent",
        "handful",
        "hundreds",
        "thousands",
        "hundred",
        "thousand",
        "million",
        "millions",
        "scores",
        "ton",
        "tonne",
        "barrel",
        "tens",
        "dozens",
        "most",
        "part",
        "bulk",
        "rest",
        "remainder",
        "percent",
        "half",
        "portion",
    }
)
# Relative pronouns that stand for the noun a relative clause hangs on ("the loan that it approved").
_RELATIVES = frozenset({"that", "which", "who", "whom"})
# Proper-noun heads that are event names in titles ("the Tashkent Summit"); other proper
# nouns ("Congress", "Accord" as a car) are not event mentions.
_PROPER_EVENT_NOUNS = frozenset(
    {
        "summit",
        "meeting",
        "conference",
        "talks",
        "talk",
        "treaty",
        "agreement",
        "accord",
        "pact",
        "memorandum",
        "negotiation",
        "forum",
        "congress",
        "session",
        "dialogue",
        "visit",
        "war",  # "the Chaco War of 1932 to 1935"
    }
)
_PREP_DEPS = frozenset({"prep", "prt", "agent", "dative"})
_PARTICLES = frozenset({"back", "out", "down", "off", "away", "up", "over", "aside"})
_ADJ_AS_NOUN_DEPS = frozenset({"amod", "compound", "nsubj", "nsubjpass", "dobj", "pobj"})
_STOPPING = frozenset({"stop", "cease", "halt", "end", "suspend", "quit", "discontinue"})
_NAME_DEPS = frozenset({"nmod", "compound"})
_MOD_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss", "nummod"})
_PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_PARTY_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "himself", "herself", "themselves"})


def prep_children(tok: Token) -> list[Token]:
    # the parser tags some particles as adverbs ("pulled back", "backed down")
    return [
        c for c in children(tok) if c.dep_ in _PREP_DEPS or (c.dep_ == "advmod" and c.lower_ in _PARTICLES)
    ]


def prep_lemmas(tok: Token) -> set[str]:
    return {c.lower_ for c in prep_children(tok)}


def _argument_preps(tok: Token) -> set[str]:
    """The verb's prepositions that can carry an argument: "on Tuesday" dates the act and is not
    the "on" of "called on Tokyo to ..."."""
    out = set()
    for c in prep_children(tok):
        obj = next((o for o in children(c) if o.dep_ == "pobj"), None)
        if c.lower_ == "on" and obj is not None and obj.ent_type_ in ("DATE", "TIME"):
            continue
        out.add(c.lower_)
    return out


def direct_object(tok: Token) -> Token | None:
    for c in children(tok):
        if c.dep_ in ("dobj", "nsubjpass"):
            if c.lower_ in _RELATIVES and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
                return _unquantify(tok.head)
            return _unquantify(c)
    if tok.pos_ == "VERB":
        # coordinated verbs share the object the parser gives the last ("revoke or deny licences")
        for c in children(tok):
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i:
                return next((_unquantify(o) for o in children(c) if o.dep_ == "dobj"), None)
    return None


# Object pronouns that stand for a thing named before ("imposed a tariff ... and lifted it").
_THING_PRONOUNS = frozenset({"it", "them"})
_WH_ADVERBS = frozenset({"where", "when", "why", "how"})


def _object_meant(tok: Token) -> Token | None:
    """The object a verb's lexicon condition reads: the direct object, with a pronoun read as
    the object of the verb it is coordinated with ("imposed a tariff in 2018 and lifted it in
    2020"), and the noun a relative clause without a pronoun hangs on ("the relations they broke
    off in 1961")."""
    obj = direct_object(tok)
    if obj is not None and obj.lower_ in _THING_PRONOUNS and tok.dep_ == "conj":
        first = next((c for c in children(tok.head) if c.dep_ == "dobj"), None)
        if first is not None and first.pos_ in ("NOUN", "PROPN"):
            return _unquantify(first)
    if obj is None and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":
        if not any(
            c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp")
            or c.lower_ in _WH_ADVERBS
            or (c.dep_ == "nsubj" and c.lower_ in _RELATIVES)
            for c in children(tok)
        ):
            return _unquantify(tok.head)
    return obj


def _unquantify(tok: Token) -> Token:
    # quantities nest: "hundreds of thousands of troops"
    for _ in range(3):
        if tok.lemma_.lower() not in _QUANTIFIERS:
            break
        inner = next(
            (
                p
                for c in children(tok)
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in children(c)
                if p.dep_ == "pobj"
            ),
            None,
        )
        if inner is None:
            break
        tok = inner
    return tok


def pobj(tok: Token, prep: str) -> Token | None:
    for c in prep_children(tok):
        # the parser hangs a phrase after a particle on the particle ("put Seoul back on its list")
        heads = [c] if c.lower_ == prep else [g for g in children(c) if g.dep_ == "prep" and g.lower_ == prep]
        for h in heads:
            if c.lower_ != prep and c.lower_ not in _PARTICLES:
                continue
            for p in children(h):
                if p.dep_ == "pobj":
                    return _unquantify(p)
    return None


def subject(tok: Token) -> Token | None:
    for c in children(tok):
        if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return c
    if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBG" and tok.head is not tok:
        # "a resolution threatening sanctions", "the visiting premier": the noun does the act
        return tok.head
    if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head is not tok:
        return subject(tok.head)
    return None


def is_party(tok: Token, lex: Lexicon, mention_tokens: set[int]) -> bool:
    if tok.i in mention_tokens or tok.ent_type_ in _PARTY_ENTS:
        return True
    if tok.lower_ in _PARTY_PRONOUNS:
        return True
    return tok.lemma_.lower() in lex.classes.get("PARTYNOUN", ())


def _is_person(tok: Token, lex: Lexicon) -> bool:
    guests = lex.classes.get("GUEST", frozenset())
    return (
        tok.ent_type_ == "PERSON"
        or tok.lower_ in ("him", "her")
        or tok.lemma_.lower() in guests
        # a name the tagger missed under a title ("President Lula")
        or any(c.dep_ == "compound" and c.lemma_.lower() in guests for c in children(tok))
    )


def is_place(tok: Token, place_tokens: set[int]) -> bool:
    return tok.i in place_tokens or tok.ent_type_ in _PLACE_ENTS


def _modifiers(tok: Token) -> set[str]:
    mods = {c.lemma_.lower() for c in children(tok) if c.dep_ in _MOD_DEPS}
    mods |= {c.lower_ for c in children(tok) if c.dep_ in _MOD_DEPS}
    return mods


def _holds(cond: Condition, tok: Token, lex: Lexicon, ctx: _Ctx) -> bool:
    key = cond.key
    if key == "prep":
        return any(lex.in_class(p, cond) for p in _argument_preps(tok))
    if key == "noprep":
        return not any(lex.in_class(p, cond) for p in _argument_preps(tok))
    if key == "noadvmod":
        return not any(c.dep_ == "advmod" and lex.in_class(c.lemma_.lower(), cond) for c in children(tok))
    if key in ("obj", "noobj"):
        obj = _object_meant(tok)
        if obj is None and tok.dep_ == "acl" and tok.tag_ == "VBN" and not _is_trigger_noun(tok.head, lex):
            obj = tok.head  # "the restrictions imposed on exports" (an event noun speaks for itself)
        if obj is None:
            return key == "noobj"
        hit = lex.in_class(obj.lemma_, cond) or lex.in_class(obj.lower_, cond)
        return hit if key == "obj" else not hit
    if key == "pobj":
        target = pobj(tok, cond.arg or "")
        if target is None:
            return False
        if "PLACE" in cond.classes and is_place(target, ctx.place_tokens):
            return True
        # "called on Mahathir in Putrajaya": a person called on is a host visited
        if "PERSON" in cond.classes and (target.i in ctx.person_tokens or _is_person(target, lex)):
            return True
        return lex.in_class(target.lemma_, cond)
    if key == "nopobj":
        # "the signing of a decree": the object of the preposition is none of these
        target = pobj(tok, cond.arg or "")
        return target is None or not lex.in_class(target.lemma_, cond)
    if key in ("mod", "nomod"):
        mods = _modifiers(tok)
        hit = any(lex.in_class(m, cond) for m in mods)
        return hit if key == "mod" else not hit
    if key == "subj":
        subj = subject(tok)
        if subj is None:
            return False
        # "several thousand Serbs": a people counted in thousands is a crowd, not its state
        people = subj.ent_type_ == "NORP" or subj.tag_ == "NNPS"
        counts = [c for c in children(subj) if c.dep_ == "nummod"] if people else []
        return any(lex.in_class(w.lemma_, cond) for w in (subj, *counts))
    if key == "govprep":
        # "expressed regret for the sinking": the phrase hangs on the noun or on its verb
        verb, _ = _governor(tok)
        preps = prep_lemmas(tok) | (prep_lemmas(verb) if verb is not None else set())
        return any(lex.in_class(p, cond) for p in preps)
    if key == "nosubj":
        # "the cricket team will tour India": a subject of that kind, or so modified, acts for no state
        # (for a noun, the subject of its verb: "the court lifted the ban")
        subj = subject(tok)
        if subj is None and tok.pos_ in ("NOUN", "PROPN"):
            verb, _ = _governor(tok)
            subj = subject(verb) if verb is not None else None
        if subj is None:
            return True
        words = [subj, *(c for c in children(subj) if c.dep_ in ("compound", "amod"))]
        return not any(lex.in_class(w.lemma_, cond) or lex.in_class(w.lower_, cond) for w in words)
    if key == "nosubjhead":
        # a body of soldiers landing is no visit; the commander the title names travels as a party
        subj = subject(tok)
        return subj is None or not (lex.in_class(subj.lemma_, cond) or lex.in_class(subj.lower_, cond))
    if key == "xcompinto":
        return _promised_into(tok, cond, lex)
    if key == "gov":
        verb, _ = _governor(tok)
        return verb is not None and lex.in_class(verb.lemma_, cond)
    if key == "objprep":
        # "recognised Moroccan sovereignty over the territory": the object's own preposition
        obj = _object_meant(tok)
        return obj is not None and any(lex.in_class(p, cond) for p in prep_lemmas(obj))
    if key == "nogov":
        # "suspended the joint exercises": the governing verb tells the act, not the noun
        verb, _ = _governor(tok)
        return verb is None or not lex.in_class(verb.lemma_, cond)
    if key == "objparty":
        obj = direct_object(tok)
        if obj is None and any(c.dep_ == "auxpass" for c in children(tok)):
            obj = pobj(tok, "by")  # "was received by the prime minister"
        return obj is not None and is_party(obj, lex, ctx.mention_tokens)
    if key == "objperson":
        # a person greeted or welcomed is a guest received ("welcomed the visiting premier",
        # "was welcomed by the president"); a country or a thing welcomed is approved of
        obj = direct_object(tok)
        return obj is not None and (obj.i in ctx.person_tokens or _is_person(obj, lex))
    if key == "forperson":
        # a dinner hosted for a guest ("for the German chancellor"), not "for the press"; the
        # phrase hangs on the verb or on the meal
        obj = direct_object(tok)
        targets = [pobj(tok, "for"), *([pobj(obj, "for")] if obj is not None else [])]
        return any(t is not None and (t.i in ctx.person_tokens or _is_person(t, lex)) for t in targets)
    if key == "noxcompobj":
        # "asked the envoy to leave the room": the place left is no country, so no expulsion
        return not any(
            o.dep_ == "dobj" and lex.in_class(o.lemma_, cond)
            for c in children(tok)
            if c.dep_ in ("xcomp", "ccomp")
            for o in children(c)
        )
    if key == "toparty":
        # "played host to the prime minister", not "to the World Cup final"
        target = pobj(tok, "to")
        return target is not None and is_party(target, lex, ctx.mention_tokens)
    if key == "nooprd":
        # "calling them provocative" names what they are; it rings no one
        return not any(c.dep_ in ("oprd", "ccomp") for c in children(tok))
    if key == "pred":
        return any(lex.in_class(t.lemma_, cond) or lex.in_class(t.lower_, cond) for t in _predicatives(tok))
    if key == "subjparty":
        # a thing as subject acts for no one ("terrorism continues to threaten the region")
        subj = subject(tok)
        passive = subj is not None and subj.dep_ == "nsubjpass" and subj.head is tok
        if subj is None or passive or subj.pos_ in ("PROPN", "PRON"):
            return True
        if is_party(subj, lex, ctx.mention_tokens):
            return True
        # a party named inside the subject ("the head of the Soviet delegation"), but not in a
        # clause describing it ("the grain shipped to Egypt")
        own = [c for c in children(subj) if c.dep_ not in ("acl", "relcl")]
        return any(t.i in ctx.mention_tokens for c in own for t in c.subtree)
    if key == "saidby":
        # "said that the decision was regrettable": the clause is what a speaker said
        return tok.dep_ in ("ccomp", "parataxis") and lex.in_class(tok.head.lemma_, cond)
    if key == "jointsubj":
        return _joint_subject(tok)
    if key in ("xcomp", "noxcomp"):
        # the act a verb of promising or refusing commits to ("vowed to retaliate"); declining
        # to comment refuses nothing
        hit = any(
            c.dep_ in ("xcomp", "ccomp") and (lex.in_class(c.lemma_, cond) or lex.in_class(c.lower_, cond))
            for c in children(tok)
        )
        return hit if key == "xcomp" else not hit
    if key == "noadvcl":
        # a journey made to take part in a gathering ("travel to Lahore to attend a summit") is
        # that gathering, which the purpose clause names
        return not any(
            c.dep_ in ("advcl", "xcomp") and lex.in_class(c.lemma_, cond) and _governs_gathering(c, lex)
            for c in children(tok)
        )
    if key == "noadvclverb":
        # a trip made to hear a verdict or watch a parade is no visit to the hosts
        return not any(c.dep_ in ("advcl", "xcomp") and lex.in_class(c.lemma_, cond) for c in children(tok))
    if key == "readyto":
        # "said it was ready to pay compensation": the act a party declares itself ready for
        ready = lex.classes.get("READY", frozenset())
        return any(
            c.dep_ == "acomp"
            and c.lemma_.lower() in ready
            and any(x.dep_ == "xcomp" and lex.in_class(x.lemma_, cond) for x in children(c))
            for c in children(tok)
        )
    if key == "objmod":
        obj = _object_meant(tok)
        return obj is not None and any(lex.in_class(m, cond) for m in _modifiers(obj))
    if key == "noobjmod":
        # "welcomed the new president" greets an election, not a guest
        obj = _object_meant(tok)
        return obj is None or not any(lex.in_class(m, cond) for m in _modifiers(obj))
    if key == "aux":
        return any(c.dep_ == "aux" and lex.in_class(c.lower_, cond) for c in children(tok))
    if key == "nothat":
        # "accept that the war is lost" acknowledges a fact; "accepted the plan" agrees to it
        if any(c.dep_ == "ccomp" for c in children(tok)):
            return False
        # a long clause the parser took for an object still opens with its "that"
        # ("accept that successes ...": a "that" before a plural noun is no demonstrative)
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is None or nxt.lower_ != "that":
            return True
        return not (nxt.dep_ == "mark" or (nxt.dep_ == "det" and nxt.head.tag_ in ("NNS", "NNPS")))
    if key == "noclause":
        # "called on the minister" (a visit) against "called on Moscow to release ..." (a request)
        if any(c.dep_ in ("xcomp", "ccomp") for c in children(tok)):
            return False
        # the parser may hang the to-clause lower ("calling on the president in a speech to
        # work together"): an infinitive anywhere under the verb still asks
        return not any(
            w.dep_ in ("relcl", "acl", "advcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(w))
            for w in tok.subtree
            if w is not tok
        )
    if key == "noacl":
        # "the main products exported from Russia to Iran were grain": a participle that
        # describes goods reports a trade flow, not an act
        return not (tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN")
    if key == "noattr":
        # "the proposed federation" names a plan; "the plan proposed by Paris" still tells the act
        return not (tok.dep_ == "amod" and tok.tag_ == "VBN")
    if key == "dative":
        # "has sent Ukraine 320 tanks": goods handed to a party named as the indirect object
        # (the parser often hangs the name on the object instead: "sent Pakistan fighter jets")
        nxt = [tok.nbor(1)] if tok.i + 1 < len(tok.doc) else []
        return any(
            (c.dep_ == "dative" or (c.i == tok.i + 1 and c.pos_ == "PROPN" and c.dep_ in _NAME_DEPS))
            and (is_party(c, lex, ctx.mention_tokens) or is_place(c, ctx.place_tokens))
            for c in (*children(tok), *nxt)
        )
    if key == "nopurpose":
        # "ordered a blockade to stop missile shipments": the aim of another act, not an act
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok)):
            return True
        if tok.dep_ == "xcomp":
            # ... but "ordered airlines to stop flights" orders the act itself
            return not any(c.dep_ == "dobj" and _is_trigger_noun(c, lex) for c in children(tok.head))
        return tok.dep_ not in ("advcl", "acl", "relcl")
    if key == "stopped":
        # "will no longer send weapons", "stopped delivering tanks": a supply stopped, not made
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _STOPPING:
            return True
        return any(
            c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in children(c))
            for c in children(tok)
        )
    if key == "neg":
        return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in children(tok))
    if key == "ownwrong":
        # "recognised that its forces committed genocide": a wrong of one's own admitted; the
        # same words about another's crimes accuse
        return any(c.dep_ == "ccomp" and _own_wrong(c, tok, lex, cond) for c in children(tok))
    if key == "clause":
        # a that-clause: what is charged or warned ("charged that Russian jets had bombed ...")
        return any(c.dep_ == "ccomp" for c in children(tok))
    if key == "dated":
        # "the war of 1971", "the 1969 war", "the last war, in March 1981": a war the text dates
        # is one fought, not a figure of speech
        return _dated(tok)
    if key == "nogovof":
        # "three decades of war between them", "the brink of war": a period or a prospect, not an act
        return not (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and (lex.in_class(tok.head.head.lemma_, cond) or lex.in_class(tok.head.head.lower_, cond))
        )
    if key == "nohypo":
        # "a war between them would be catastrophic": a war imagined, not fought
        verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else _governor(tok)[0]
        return verb is None or not any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in children(verb)
        )
    if key == "betweenparties":
        # "a war between Peru and Ecuador" (not "a price war between airlines")
        target = pobj(tok, "between")
        return target is not None and is_party(target, lex, ctx.mention_tokens)
    if key == "comp":
        if any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in children(tok)):
            return True
        return bool(prep_lemmas(tok) & {"on", "upon", "to", "in"})
    return False


_OWN = frozenset({"its", "their", "our", "it", "they", "we", "itself"})


def _own_wrong(clause: Token, verb: Token, lex: Lexicon, cond: Condition) -> bool:
    words = [clause, *(c for c in children(clause) if c.dep_ in ("dobj", "attr"))]
    if not any(lex.in_class(w.lemma_.lower(), cond) for w in words):
        return False
    subj = next((c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ in _OWN or any(c.dep_ == "poss" and c.lower_ in _OWN for c in children(subj)):
        return True
    own = subject(verb)
    return own is not None and own.lemma_ == subj.lemma_


def _is_year(tok: Token) -> bool:
    return tok.like_num and len(tok.text) == 4 and tok.text.isdigit() and 1500 <= int(tok.text) <= 2099


def _dated(noun: Token) -> bool:
    """A year modifies the noun, or names it in an of-, in- or during-phrase of its own."""
    for c in children(noun):
        if c.dep_ in ("nummod", "compound", "amod", "npadvmod") and _is_year(c):
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "in", "during"):
            if any(_is_year(t) for o in children(c) if o.dep_ == "pobj" for t in o.subtree):
                return True
    # "The last war, in May 1999, killed ...": the parser hangs the dating phrase between the
    # commas on the verb
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.i > noun.i:
        for c in children(verb):
            if c.dep_ == "prep" and c.lower_ in ("in", "during") and noun.i < c.i < verb.i:
                if any(_is_year(t) for t in c.subtree):
                    return True
    return False


def _promised_into(verb: Token, cond: Condition, lex: Lexicon) -> bool:
    """The act a verb of promising commits to puts its object into or reduces it to one of the
    class's words, or a phrase of them ("turn Seoul into a sea of fire", "reduce it to ashes")."""
    for c in children(verb):
        if c.dep_ not in ("xcomp", "ccomp"):
            continue
        for p in children(c):
            if p.dep_ != "prep" or p.lower_ not in ("into", "to"):
                continue
            for obj in children(p):
                if obj.dep_ != "pobj":
                    continue
                # the noun itself or the "of" phrase that says what it is made of ("a sea of fire")
                words = [obj, *(g for q in children(obj) if q.lower_ == "of" for g in children(q))]
                if any(lex.in_class(w.lemma_, cond) or lex.in_class(w.lower_, cond) for w in words):
                    return True
    return False


# Words that make a subject two or more parties acting together ("the two leaders", "both sides").
_JOINT_WORDS = frozenset({"two", "both", "three", "four", "jointly", "together"})


def _joint_subject(tok: Token) -> bool:
    """Two or more parties act together: a coordinated subject ("India and Japan launched
    construction of ..."), a counted one ("the two leaders sat down"), or a verb done
    "jointly"/"together". For a noun, the subject of the verb that governs it."""
    verb = tok
    if tok.pos_ in ("NOUN", "PROPN"):
        verb, _ = _governor(tok)
        if verb is None:
            return False
    if any(c.dep_ == "advmod" and c.lower_ in _JOINT_WORDS for c in children(verb)):
        return True
    subj = subject(verb)
    if subj is None:
        return False
    if subj.lower_ == "both":
        return True
    return any(
        c.dep_ == "conj"
        or (c.dep_ in ("nummod", "det", "predet", "amod") and c.lower_ in _JOINT_WORDS)
        # "Soviet and Chinese border guards": coordinated modifiers
        or (c.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in children(c)))
        for c in children(subj)
    )


_PREDICATIVE_DEPS = frozenset({"oprd", "acomp", "attr", "pcomp", "pobj", "xcomp", "ccomp", "dobj"})


def _predicatives(verb: Token) -> list[Token]:
    """What a verb of saying predicates of its object ("described the plan as alarming",
    "called the move unacceptable", "branded it a provocation"): the object's or the 'as'
    phrase's predicative words, two levels down, the subject's side left out."""
    out: list[Token] = []
    for c in children(verb):
        if c.dep_ in ("nsubj", "nsubjpass", "agent", "punct", "aux", "auxpass", "neg"):
            continue
        if c.dep_ == "prep" and c.lower_ != "as":
            continue
        for g in (c, *children(c)):
            # "an attempt to circumvent the treaty": the aim the predicative noun names
            aim = (
                g.dep_ == "acl"
                and g is not c
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(g))
            )
            if g.dep_ in _PREDICATIVE_DEPS or g.dep_ in ("amod", "prep") or g is c or aim:
                out.append(g)
                # (wire copy capitalises a modifier into a compound: "as U.S. Protectionist behaviour")
                out.extend(
                    h for h in children(g) if h.dep_ in ("amod", "compound", "acomp", "attr", "pobj", "pcomp")
                )
    return out


@dataclass
class _Ctx:
    mention_tokens: set[int]
    place_tokens: set[int]
    person_tokens: set[int] = field(default_factory=set)


def _match(entries: tuple[TriggerEntry, ...], tok: Token, lex: Lexicon, ctx: _Ctx) -> TriggerEntry | None:
    for entry in entries:
        if all(_holds(c, tok, lex, ctx) for c in entry.conditions):
            return entry
    return None


def _governor(noun: Token) -> tuple[Token | None, tuple[str, ...]]:
    """The verb that takes ``noun`` as object, subject or object of its preposition(s)."""
    preps: list[str] = []
    tok = noun
    # "a second round of talks is scheduled": the quantity's verb governs the event it counts
    # (and "approved an aid package": the package's verb governs the aid)
    while True:
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _QUANTIFIERS:
            tok = tok.head.head
        elif tok.dep_ == "compound" and tok.head.lemma_.lower() in _QUANTIFIERS:
            tok = tok.head
        else:
            break
    if tok.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "oprd"):
        return tok.head, ()
    while tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        preps.insert(0, tok.head.lower_)
        tok = tok.head.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok, tuple(preps)
        if tok.dep_ in ("prt", "advmod", "prep") and tok.lower_ in _PARTICLES and tok.head.pos_ == "VERB":
            # "pulled out of the deal": the parser hangs the phrase on the particle
            preps.insert(0, tok.lower_)
            return tok.head, tuple(preps)
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            # "take part in": the noun hangs off the object of the verb
            preps.insert(0, tok.lower_)
            return tok.head, tuple(preps)
        if tok.dep_ != "pobj":
            break
    return None, ()


def _governs_gathering(verb: Token, lex: Lexicon) -> bool:
    """The verb takes a noun that names a multilateral gathering ("attend a summit", "take
    part in the conference"); a trip to a mere meeting stays a visit."""
    for c in children(verb):
        nouns = (
            [c]
            if c.dep_ == "dobj"
            else [g for g in children(c) if g.dep_ == "pobj"]
            if c.dep_ == "prep"
            else []
        )
        for n in nouns:
            entries = lex.nouns.get(n.lemma_.lower()) or lex.nouns.get(n.lower_) or ()
            if n.pos_ in ("NOUN", "PROPN") and any(e.mode == "multilateral" for e in entries):
                return True
    return False


def _is_trigger_noun(tok: Token, lex: Lexicon) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in lex.nouns or tok.lower_ in lex.nouns)
