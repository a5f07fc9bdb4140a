"""The per-document look-ups the argument readers share, and the word classes they test."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bilat.parse import token_range
from bilat.records import EventActor, Mention, Place, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
    #: the start offset of each organisation mention, in text order ("the Fund" looks back at them)
    organisations: list[tuple[int, Mention]] = field(default_factory=list)
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
    #: who the story names as leading a side at talks, once looked for (``delegations``)
    delegation_heads: list | None = None
    #: the first token of each paragraph after the first, once looked for
    paragraph_breaks: list[int] | None = None
    #: the targets of the measures (tariffs, bans, zones) last told imposed, by the measure's noun
    measure_targets: dict[str, list[Mention]] = field(default_factory=dict)
    #: the noun of the measure last told imposed
    last_measure: str | None = None

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
        elif m.kind == "organisation":
            idx.organisations.append((m.evidence.start, m))
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
    idx.organisations.sort(key=lambda p: p[0])
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
