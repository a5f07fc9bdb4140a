"""Who a word of an argument stands for when it names no one itself: a speaker ("it said"), a
pronoun or "the two sides" (the parties last named), a body told before ("the council"), a list
of countries counted back ("the three ministers"), a government or ministry with no country word,
and the accuser a denial answers."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from bilat.actors import gazetteer
from bilat.events.arguments.index import (
    _GROUP_NOUNS,
    _PLURAL_PRON,
    _SINGULAR_PRON,
    _SPEECH,
    DocIndex,
)
from bilat.events.arguments.phrases import (
    _explicit_subject,
    _passive,
    inherited_subject,
    np_tokens,
)
from bilat.events.arguments.places import _dateline
from bilat.events.triggers import Trigger, direct_object
from bilat.parse import children, doc_text
from bilat.records import Mention, evidence
from bilat.temporal.lexicon import number_value

if TYPE_CHECKING:
    from spacy.tokens import Token


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
        if node.dep_ in ("ccomp", "xcomp", "conj", "dobj", "pobj", "prep", "advcl", "relcl", "acl", "acomp"):
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


#: Envoys and missions a state keeps in another's capital.
_MISSION_NOUNS = frozenset(
    "ambassador envoy diplomat embassy consulate mission legation consul attache attaché "
    "charge chargé emissary".split()
)


def _mission_noun(head: Token) -> bool:
    return head.lemma_.lower() in _MISSION_NOUNS


def _capital_named(o: Token, idx: DocIndex) -> Mention | None:
    """ "its ambassador in Riyadh": a capital written after an envoy the actors stage keeps as
    neither a place nor a party (it stands for the host government); the gazetteer's capital."""
    words = [c for c in children(o) if c.dep_ == "compound" and c.i < o.i]
    start = min((c.i for c in words), default=o.i)
    span = idx.doc[start : o.i + 1]
    if not span.text[:1].isupper():
        return None
    gaz = gazetteer.load()
    entry = next((e for e in gaz.lookup(gazetteer.normalise(span.text)) if e.kind == "capital"), None)
    if entry is None or not entry.country:
        return None
    return _host_state(
        gaz.as_of(entry.country, idx.doc._.bilat_published), span.start_char, span.end_char, idx
    )


def _host_state(iso3: str | None, start: int, end: int, idx: DocIndex) -> Mention | None:
    """The state a mission's city stands in: as the story names it, else told by the city."""
    if iso3 is None:
        return None
    known = idx.country_mention.get(iso3)
    if known is not None:
        return known
    ev = evidence(idx.doc_id, doc_text(idx.doc), start, end)
    name = gazetteer.load().country_name(iso3)
    return Mention(name=name, kind="country", country=iso3, sector="government", evidence=ev)


def _posted_in(head: Token, idx: DocIndex) -> list[Mention]:
    """ "recalled its ambassador from Mogadishu", "closed its embassy in Tehran": the city an
    envoy is posted in or an embassy stands in names the state it is accredited to."""
    if not _mission_noun(head):
        return []
    out: list[Mention] = []
    preps = list(children(head))
    nxt = head.right_edge.i + 1
    if head.dep_ == "dobj" and nxt < len(idx.doc) and idx.doc[nxt].head.i == head.head.i:
        # "withdrew its envoy in Buenos Aires", the place hung on the verb right after the envoy
        preps.append(idx.doc[nxt])
    for p in preps:
        if p.dep_ != "prep" or p.lower_ not in ("from", "in", "at", "to"):
            continue
        for o in children(p):
            if o.dep_ != "pobj" or idx.tok_mentions.get(o.i):
                continue
            place = idx.tok_places.get(o.i)
            if place is None:
                m = _capital_named(o, idx)
            elif place.feature in ("city", "country") and place.country and place.evidence is not None:
                m = _host_state(place.country, place.evidence.start, place.evidence.end, idx)
            else:
                m = None
            if m is not None:
                out.append(m)
    return out


#: Adjectives of an "it" that stands for nothing ("said it was necessary to ...").
_EXTRAPOSED = frozenset(
    "necessary important possible impossible likely unlikely clear time vital essential crucial "
    "unacceptable difficult hard easy right wrong wise urgent natural regrettable unfortunate "
    "true obvious imperative premature too".split()
)
_BODY_KINDS = frozenset({"country", "organisation"})


def _speaking_body(head: Token, idx: DocIndex) -> list[Mention]:
    """ "Somalia said it would not attend", "Tokyo said it was ready to pay": "it" (or "they" of a
    plural body) subject of what a country, government or body says is that speaker; not "it" of
    a thing told before ("the ministry said the treaty was void and it would lapse")."""
    low = head.lower_
    if low not in ("it", "they") or head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    clause = head.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SPEECH:
        return []
    speech = clause.head
    if any(t.pos_ in ("NOUN", "PROPN") for t in idx.doc[speech.i + 1 : head.i]):
        return []  # a noun between the saying and "it" may be what "it" stands for
    if clause.lemma_.lower() == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _EXTRAPOSED for c in children(clause)
    ):
        return []
    subj = _explicit_subject(speech)
    if subj is None:
        return []
    if low == "it" and subj.lower_ == "it":
        return _body_told_before(subj, idx)  # "It said it would ...": the body "It" goes back to
    if low == "they" and subj.tag_ not in ("NNS", "NNPS"):
        return []
    found = [
        m for t in sorted(np_tokens(subj, idx), key=lambda x: x.i) for m in idx.tok_mentions.get(t.i, ())
    ]
    if not found or any(m.kind not in _BODY_KINDS for m in found):
        return []  # a person's "it" is no body of theirs to name
    return found


def _previous_sentence(sent, idx: DocIndex):  # noqa: ANN001, ANN202 - Span
    """The sentence before, when it is of the same paragraph."""
    doc = idx.doc
    if sent.start == 0 or "\n\n" in doc[sent.start - 1].whitespace_ or doc[sent.start - 1].is_space:
        return None
    return doc[sent.start - 1].sent


#: Head nouns of the name of a body that acts for a state ("the Brazilian government").
_BODY_HEADS = frozenset(
    "government cabinet administration ministry office department council commission committee "
    "parliament army military court embassy agency secretariat presidency".split()
)


def _body_told_before(head: Token, idx: DocIndex) -> list[Mention]:
    """ "The Foreign Ministry rejected the claims. It accused Ankara of ...": an "it" opening a
    clause at the head of its sentence goes back to the body (a government, ministry, state) that
    was the subject of the sentence before; never to a person, nor to a thing ("The treaty
    lapsed. It had ...", which names no party)."""
    if head.lower_ != "it" or head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    sent = head.sent
    if any(t.pos_ not in ("ADV", "PUNCT", "CCONJ", "SPACE") for t in idx.doc[sent.start : head.i]):
        return []
    before = _previous_sentence(sent, idx)
    if before is None:
        return []
    subj = _explicit_subject(before.root)
    if subj is None or subj.tag_ in ("NNS", "NNPS"):
        return []
    if not idx.tok_mentions.get(subj.i) and subj.pos_ != "PROPN" and subj.lemma_.lower() not in _BODY_HEADS:
        return []  # "The Greek report came out. It accused ...": the report, not Greece
    found = [
        m for t in sorted(np_tokens(subj, idx), key=lambda x: x.i) for m in idx.tok_mentions.get(t.i, ())
    ]
    if not found or any(m.kind not in _BODY_KINDS for m in found):
        return []
    return found


#: Verbs and nouns of an accusation a denial may answer.
_ACCUSING = frozenset("accuse blame charge allege accusation allegation charge claim".split())
#: What a denial names the accusation by ("denies this", "rejected the charge").
_DENIED = frozenset(
    "this that it charge charges accusation accusations allegation allegations claim claims".split()
)


def _accuser_before(trig: Trigger, idx: DocIndex) -> list[Mention]:
    """ "Rwanda accuses Uganda of backing rebels. Uganda denies this.": a denial of an accusation
    told in the sentence before is aimed at the accuser (the subject of that accusing verb)."""
    pred = trig.predicate if trig.predicate is not None else trig.token
    obj = direct_object(pred)
    if obj is not None and obj.lemma_.lower() not in _DENIED:
        return []
    before = _previous_sentence(trig.token.sent, idx)
    if before is None:
        return []
    for t in before:
        if t.pos_ != "VERB" or t.lemma_.lower() not in _ACCUSING or _passive(t):
            continue
        subj = _explicit_subject(t)
        if subj is None:
            continue
        found = [
            m for x in sorted(np_tokens(subj, idx), key=lambda x: x.i) for m in idx.tok_mentions.get(x.i, ())
        ]
        if found:
            return found
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
    short = _short_name(head, idx)
    if short is not None:
        return [(short, "keep")]
    body = _speaking_body(head, idx)
    if body:
        return [(m, "keep") for m in body]
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
        listed = _counted_list(head, idx) or _pair_named_before(head, idx) or _uncounted_list(head, idx)
        if listed:
            return [(m, "keep") for m in listed]
    if low in _PLURAL_PRON or plural_group or _the_two(head):
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


#: Object pronouns that cannot stand for the subject of their own verb ("himself" would).
_OBJECT_PRON = frozenset({"him", "her"})


def _unbound_object(head: Token, idx: DocIndex) -> list[Mention] | None:
    """ "Li telephoned Kim and invited him to visit": "him" is never the one who invites, so a
    reading of it as the inviter gives way to the person told last before it who is not (None
    when the reading stands)."""
    if head.lower_ not in _OBJECT_PRON or head.dep_ not in ("dobj", "dative"):
        return None
    read = [m for m in idx.tok_mentions.get(head.i, ()) if m.kind == "person"]
    subj = inherited_subject(head.head)
    if not read or subj is None:
        return None
    subject = {m.name for t in np_tokens(subj, idx) for m in idx.tok_mentions.get(t.i, ())}
    if not all(m.name in subject for m in read):
        return None
    prior = [m for start, m in idx.persons if start < head.idx and m.name not in subject]
    return prior[-1:]


def _short_name(head: Token, idx: DocIndex) -> Mention | None:
    """ "officials of the International Monetary Fund ... Mexico has asked the Fund": a body
    named in full before goes on by the last word of its name, capitalised, after "the"."""
    lower = head.text[:1].islower()
    if lower:
        # "wrote to the Security Council ... The council is expected to": a common noun after
        # "the" goes back to the body last named by it (not "the government", told apart elsewhere)
        if head.tag_ != "NN" or head.lemma_.lower() in _GOVERNMENT_NOUNS:
            return None
    elif head.i == head.sent.start or head.tag_ not in ("NNP", "NN"):
        return None
    kids = children(head)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return None
    if any(c.dep_ in ("compound", "amod", "nummod", "poss") for c in kids):
        return None  # "the Asian Development Bank" names a body of its own
    prior = [
        m
        for start, m in idx.organisations
        if start < head.idx
        and (m.name.split()[-1].lower() == head.lower_ if lower else m.name.split()[-1] == head.text)
    ]
    return prior[-1] if prior and len(prior[-1].name.split()) > 1 else None


def _pair_named_before(head: Token, idx: DocIndex) -> list[Mention]:
    """ "Seoul lifted its ban on China in 1988, and the two countries signed ...": the two states
    the sentence names before "the two countries" are they, whoever acted in the sentence before."""
    if any(c.dep_ == "nummod" and c.lower_ != "two" for c in children(head)):
        return []
    start = head.sent.start
    found: list[Mention] = []
    for i in idx.country_tokens[
        bisect_left(idx.country_tokens, start) : bisect_left(idx.country_tokens, head.i)
    ]:
        m = next((m for m in idx.tok_mentions.get(i, ()) if m.kind == "country" and m.country), None)
        if m is not None and all(f.country != m.country for f in found):
            found.append(m)
    if len(found) != 2:
        return []
    historical = gazetteer.load().historical
    a, b = (f.country or "" for f in found)
    if historical.get(a, ("",))[0] == b or historical.get(b, ("",))[0] == a:
        # "Slovakia inherited the project when Czechoslovakia split, and the two countries agreed":
        # a state and the one it came out of are never the pair; the story's two countries are
        state = a if historical.get(a, ("",))[0] == b else b
        if state in idx.dyad and len(idx.dyad) == 2:
            return [idx.country_mention[c] for c in idx.dyad if c in idx.country_mention]
        return []
    return found


#: Nouns for the people of an act told before ("the two men agreed ...").
_PEOPLE_NOUNS = frozenset({"man", "woman"})


def _the_two(head: Token) -> bool:
    """ "the two", "the two men": the pair last told acting, as "they" would be."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children(head)):
        return False
    if head.lower_ == "two" and head.tag_ == "CD":
        return True
    return head.lemma_.lower() in _PEOPLE_NOUNS and any(
        c.dep_ == "nummod" and c.lower_ == "two" for c in children(head)
    )


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
        found = _coordinated_countries(doc[i], idx)
        if len(found) == n:
            return found
        run = _surface_list(i, idx)
        if len(run) == n:
            return run
    return []


#: Nouns for states by which a story goes back to the states it listed ("the countries agreed").
_STATE_NOUNS = frozenset({"country", "nation", "state"})


def _uncounted_list(head: Token, idx: DocIndex) -> list[Mention]:
    """ "President Trump received the three ministers, when the countries agreed": plain "the
    countries" are the last list of countries the story named, not whoever acted last."""
    if head.lemma_.lower() not in _STATE_NOUNS or head.tag_ != "NNS":
        return []
    kids = children(head)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return []
    if any(
        c.dep_ in ("nummod", "amod", "compound", "poss", "prep", "relcl", "acl")
        or c.lower_ in ("both", "two")
        for c in kids
    ):
        return []  # "the member states", "the countries of the region", "the two countries" are others
    doc = idx.doc
    before = [i for i in idx.country_tokens if i < head.i][-_LIST_LOOKBACK:]
    for i in reversed(before):
        found = _coordinated_countries(doc[i], idx)
        run = _surface_list(i, idx)
        best = run if len(run) > len(found) else found
        if len(best) >= 2:
            return best
    return []


def _coordinated_countries(tok: Token, idx: DocIndex) -> list[Mention]:
    """The distinct countries of the coordination ``tok`` belongs to, in text order."""
    root = tok
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    found: list[Mention] = []
    for t in sorted([root, *root.conjuncts], key=lambda x: x.i):
        m = next((m for m in idx.tok_mentions.get(t.i, ()) if m.kind == "country"), None)
        if m is not None and all(f.country != m.country for f in found):
            found.append(m)
    return found


#: What may stand between the members of a list of countries told in a row.
_LIST_GLUE = frozenset({",", "and", "or"})


def _surface_list(last: int, idx: DocIndex) -> list[Mention]:
    """The countries named in a row up to the token ``last`` ("Brazil, Argentina and
    Paraguay"), whichever way the parse hung them (it may join the later ones to the noun
    before: "ministers of Brazil, Argentina and Paraguay")."""
    doc = idx.doc
    found: list[Mention] = []
    i = last
    while i >= 0:
        t = doc[i]
        ms = [m for m in idx.tok_mentions.get(i, ()) if m.kind == "country"]
        if ms:
            if all(f.country != ms[0].country for f in found):
                found.append(ms[0])
        elif t.lower_ not in _LIST_GLUE or t.is_sent_start:
            break
        i -= 1
    found.reverse()
    return found


#: Nouns by which a story names a state's government without naming the state.
_GOVERNMENT_NOUNS = frozenset({"government", "cabinet", "administration"})
#: Nouns of a government's departments, named by their portfolio ("the foreign ministry").
_MINISTRY_NOUNS = frozenset({"ministry"})


def unnamed_government(trig: Trigger, idx: DocIndex, countries: list[str]) -> str | None:
    """The country of "the government" acting as the subject with no country word ("On Monday
    the government banned 59 Chinese apps"): the state of the wire's dateline, or else the one of
    the story's two countries the sentence does not name."""
    pred = trig.predicate
    if pred is None or len(idx.dyad) != 2:
        return None
    # "The foreign ministry rejected the charges, summoned X and expelled Y": each verb joined to
    # the first has its subject
    subj = _explicit_subject(pred) or (inherited_subject(pred) if pred.dep_ == "conj" else None)
    if subj is None or subj.lemma_.lower() not in _GOVERNMENT_NOUNS | _MINISTRY_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children(subj)):
        return None
    ministry = subj.lemma_.lower() in _MINISTRY_NOUNS
    if idx.tok_mentions.get(subj.i) or any(
        t.i != subj.i and t.dep_ != "det" and not (ministry and t.dep_ == "amod" and t.text.islower())
        for t in subj.subtree
    ):
        # "the government of Pakistan", "the Indian government", "the government that ..."; a
        # ministry by its portfolio only ("the foreign ministry")
        return None
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
