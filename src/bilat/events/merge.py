"""One record per event: fold the mentions of one event into one record.

Several triggers can name one event: in one sentence ("held talks ... during the
meeting", "arrived for a visit, during which he met ..."), and across sentences ("the
meeting", "the talks", "the visit" after the sentence that reports it). A later mention
joins an earlier record of the same type when nothing tells them apart: the dates do not
conflict, the parties are compatible, and the mention does not mark a new occurrence
("again", "another", "a separate meeting", "the next session").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bilat.parse import children
from bilat.records import EventActor, Interval, Place, Timex

if TYPE_CHECKING:
    from spacy.tokens import Token

_NEW_MARKERS = frozenset(
    {
        "again",
        "another",
        "separate",
        "second",
        "third",
        "fourth",
        "fifth",
        "new",
        "next",
        "further",
        "more",
        "other",
        "subsequent",
        "later",
        "earlier",
        "previous",
        "last",
        "first",
        "latest",
        "fresh",
        "renewed",
        "once",
        "bilateral",
        "trilateral",
    }
)
VERBAL = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})
_MODE_RANK = {"visit": 3, "multilateral": 2, "meeting": 1, "phone": 0, "third-party": 0}


@dataclass
class Candidate:
    type: str
    mode: str | None
    status: str
    negated: bool
    token: Token
    predicate: Token
    nominal: bool
    weight: float
    actors: list[EventActor]
    countries: list[str]
    timex: Timex | None
    place: Place | None
    confidence: float
    mentions: list[Token] = field(default_factory=list)
    #: the days of a visit this record includes, when wider than its own date ("a five-day visit")
    extent: Interval | None = None
    #: the date is a stated day plus a stated length ("a five-day visit that began on Monday")
    stated_length: bool = False
    #: the day a statement is reported on, for a verbal act the text does not date
    report_day: Interval | None = None
    #: the length in days a mention states ("the three-day talks", "after two days of talks")
    length_days: int | None = None
    #: told as ending ("ended talks here", "the talks concluded")
    ended: bool = False
    #: a dated joint act of the story's two countries told in its background ("the memorandum
    #: signed in August 2014"): it names no official, as such acts are told
    joint: bool = False
    #: the date joins days its sentence states for this one meeting ("on Thursday and Friday",
    #: "met on Thursday, and the talks resumed on Friday")
    spanned: bool = False
    #: the mode of the mention whose date the record keeps (a visit's "meeting in the Kremlin on
    #: Wednesday" keeps the talks' day however the record's mode is raised)
    date_mode: str | None = None
    #: a later dated mention folded in, whose own day the acts told right after it keep ("flew in on
    #: Monday ... held talks on Tuesday. Audu said after the meeting": Tuesday)
    later: tuple[Token, Timex] | None = None

    @property
    def date(self) -> Interval | None:
        return self.timex.interval if self.timex else self.report_day

    @property
    def persons(self) -> set[str]:
        return {a.name for a in self.actors if a.kind == "person"}


def _marks_new(c: Candidate) -> bool:
    toks = [c.token, c.predicate]
    for t in toks:
        for ch in children(t):
            if ch.lower_ in _NEW_MARKERS and ch.dep_ in ("amod", "advmod", "det", "npadvmod", "nummod"):
                return True
    return False


#: Adverbs that tell an act as one more besides those told ("also signed", "further agreed").
_BESIDES = frozenset({"also", "further", "additionally", "separately"})


def _told_besides(c: Candidate) -> bool:
    """A deal or document a clause with "also" tells ("also signed a declaration"); agreeing to
    meet ("also agreed to hold talks") is mostly the meeting told again."""
    if not c.nominal or c.predicate.i == c.token.i:
        return False
    return any(ch.dep_ == "advmod" and ch.lower_ in _BESIDES for ch in children(c.predicate))


#: Verbs of a party's offer or assurance, each a commitment of its own.
OFFERS = frozenset({"offer", "assure", "promise", "pledge", "guarantee", "vow"})


def _offered(c: Candidate) -> bool:
    return c.type == "AGREE" and not c.nominal and c.predicate.lemma_.lower() in OFFERS


def _held(c: Candidate) -> bool:
    """A meeting a clause in the past tense tells as held ("held delegation-level talks")."""
    return c.status == "occurred" and c.nominal and c.predicate.i != c.token.i and c.predicate.tag_ == "VBD"


def _definite(c: Candidate) -> bool:
    return c.nominal and any(
        ch.dep_ in ("det", "poss") and ch.lower_ not in ("a", "an", "no", "any", "some", "another")
        for ch in children(c.token)
    )


def _indefinite(c: Candidate) -> bool:
    """A meeting noun with "a"/"an" introduces a meeting of its own."""
    return c.nominal and any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in children(c.token))


def _dates_agree(a: Interval | None, b: Interval | None) -> bool:
    return a is None or b is None or a.overlaps(b)


def _dates_agree_exactly(old: Candidate, new: Candidate) -> bool:
    return (
        old.date is not None
        and new.date is not None
        and (old.date == new.date or _visit_and_its_talks(old, new))
    )


#: Acts with a side that acts and one acted upon: the same act has the same actor.
_JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _sources(c: Candidate) -> set[str]:
    return {a.country for a in c.actors if a.side == "source" and a.country}


def _parties_agree(old: Candidate, new: Candidate) -> bool:
    oc, nc = set(old.countries), set(new.countries)
    if nc and oc and not (nc <= oc or oc <= nc):
        return False
    if old.type not in _JOINT_TYPES and (so := _sources(old)) and (sn := _sources(new)) and not so & sn:
        return False  # "Canada expelled an Indian diplomat ... India expelled a Canadian one"
    op, np_ = old.persons, new.persons
    if op and np_ and not (op & np_):
        return False
    return True


def _connected(a: Token, b: Token, limit: int = 4) -> bool:
    """Whether two tokens of one sentence are at most ``limit`` arcs apart in the tree."""
    anc_a = [a, *list(a.ancestors)[:limit]]
    anc_b = [b, *list(b.ancestors)[:limit]]
    for da, x in enumerate(anc_a):
        for db, y in enumerate(anc_b):
            if x.i == y.i and da + db <= limit:
                return True
    return False


def _same_family(a: str, b: str) -> bool:
    return a == b


def _contains(a: Interval, b: Interval) -> bool:
    return a.start <= b.start and b.end <= a.end


def _visit_and_its_talks(old: Candidate, new: Candidate) -> bool:
    """A visit and a meeting within its days are one CONSULT ("met Putin on Wednesday ...
    during a two-day visit")."""
    if old.type != "CONSULT" or "visit" not in (old.mode, new.mode):
        return False
    a, b = old.extent or old.date, new.date
    return a is not None and b is not None and (_contains(a, b) or _contains(b, a))


def _trip_and_its_talks(old: Candidate, new: Candidate) -> bool:
    """A journey and the talks one sentence tells it was for are one visit, the host of the talks
    its other party ("when he flew to Ismailia, on the Suez Canal, for talks with Mr. Sadat",
    however the parse hangs the purpose)."""
    if old.type != "CONSULT" or new.type != "CONSULT" or "visit" not in (old.mode, new.mode):
        return False
    talks = new if old.mode == "visit" else old
    if not talks.nominal or talks.mode not in ("meeting", "visit") or _marks_new(talks):
        return False
    gov = talks.token.head
    return (
        talks.token.dep_ == "pobj"
        and gov.lower_ == "for"
        and (old.place is None or new.place is None or old.place.name == new.place.name)
    )


#: Days after an arrival the talks of the visit are told on, and sentences further on.
_STAY_DAYS = 3
_STAY_SENTENCES = 2


def _arrival_then_talks(old: Candidate, new: Candidate, ordinal: dict[int, int]) -> bool:
    """Talks a day or two after an arrival told just before are that visit's ("flew into Lagos
    on Monday ... held talks with Audu on Tuesday"): the visit runs over both days."""
    if old.type != "CONSULT" or new.type != "CONSULT" or old.mode != "visit" or new.mode != "meeting":
        return False
    if old.nominal or old.stated_length or old.extent is not None or old.status != new.status:
        return False
    a, b = old.date, new.date
    if a is None or b is None or a.days != 1 or b.days != 1:
        return False
    gap = (b.start - a.end).days
    near = 0 <= ordinal[new.token.sent.start] - ordinal[old.token.sent.start] <= _STAY_SENTENCES
    here = new.place is None or (old.place is not None and new.place.name == old.place.name)
    return 0 < gap <= _STAY_DAYS and near and here and bool(old.persons & new.persons)


def _elsewhere(old: Candidate, new: Candidate) -> bool:
    """A visit to another country is another trip ("arrived in Cairo on March 8 and went on to
    Jerusalem"; "met Sharif in Paris. Modi then flew into Lahore")."""
    a, b = old.place, new.place
    return (
        old.type == "CONSULT"
        and new.mode == "visit"
        and a is not None
        and b is not None
        and bool(a.country)
        and bool(b.country)
        and a.country != b.country
    )


def _abroad(old: Candidate, new: Candidate) -> bool:
    """An undated meeting told in a city of another country is another meeting ("separate meetings
    with Rouhani" in Tehran, then "a bilateral meeting with Rouhani on the sidelines of the summit" in
    Sochi); two dated mentions are told apart by their dates, and cities of one country may be one
    visit's ("flew into Lahore ... travelled to Raiwind")."""
    a, b = old.place, new.place
    return (
        old.type == "CONSULT"
        and (old.date is None or new.date is None)
        and a is not None
        and b is not None
        and a.feature not in (None, "country")
        and b.feature not in (None, "country")
        and a.country is not None
        and b.country is not None
        and a.country != b.country
    )


_JOINING = frozenset({"take", "participate", "attend", "join"})


def _joins_the_one_told(c: Candidate) -> bool:
    """ "will also be taking part in the meeting", "attended the talks": a bare definite meeting
    that others join is the one just told, whoever joins it."""
    tok = c.token
    if c.type != "CONSULT" or not c.nominal or [ch.lower_ for ch in children(tok)] != ["the"]:
        return False
    gov = tok.head
    if tok.dep_ == "pobj" and gov.lower_ in ("in", "at"):
        gov = gov.head.head if gov.head.lower_ == "part" else gov.head
    elif tok.dep_ != "dobj":
        return False
    return gov.lemma_.lower() in _JOINING


def _planned_then_held(old: Candidate, new: Candidate) -> bool:
    """A meeting planned for a month ("agreed to hold the next meeting in mid-June") and one told
    as held on days of that month ("the session taking place from June 16 to 18") are one."""
    return (
        old.type == new.type == "CONSULT"
        and old.status == "planned"
        and new.status == "occurred"
        and old.date is not None
        and new.date is not None
        and old.date.days > new.date.days
        and _contains(old.date, new.date)
    )


def _call_after_meeting(old: Candidate, new: Candidate) -> bool:
    """A dated telephone call is not a meeting or visit told in an earlier sentence ("put off
    talks that were to be held on Friday. The secretaries, who spoke by telephone on
    Wednesday"); a meeting noun after a call may tell the call again ("spoke by phone. The talks
    covered ..."), not a meeting still ahead ("agreed that the meeting would be rescheduled")."""
    in_person = ("meeting", "visit", "multilateral")
    if old.type != "CONSULT":
        return False
    if new.mode == "phone":
        return old.mode in in_person and new.date is not None and old.token.sent.start != new.token.sent.start
    return (
        old.mode == "phone"
        and new.mode in in_person
        and not (_definite(new) and new.date is None and new.status == old.status)
    )


def _date_rank(c: Candidate) -> int:
    """Which mention's date a merged CONSULT keeps: the talks' day over the visit's, and a
    visit's stated length over its arrival day; otherwise the narrower date."""
    if c.type != "CONSULT":
        return 0
    if (c.date_mode or c.mode) != "visit":
        return 2
    return 1 if c.stated_length else 0


def _narrower(place: Place | None, than: Place) -> bool:
    """A place inside a country named as the place before."""
    return (
        place is not None
        and than.feature == "country"
        and place.feature not in (None, "country")
        and place.country is not None
        and place.country == than.country
    )


def _absorb(old: Candidate, new: Candidate) -> None:
    undated = old.date is None
    held = _planned_then_held(old, new)
    old.date_mode = old.date_mode or old.mode
    names = {(a.name, a.kind) for a in old.actors}
    for a in new.actors:
        if (a.name, a.kind) not in names:
            old.actors.append(a)
            names.add((a.name, a.kind))
    for c in new.countries:
        if c not in old.countries:
            old.countries.append(c)
    if old.type == "CONSULT" and "visit" in (old.mode, new.mode) and old.date and new.date:
        wide = old.extent or old.date
        if not _contains(wide, new.date) and new.date.days > old.date.days:
            old.extent = new.date
    if (
        (old.spanned or (old.stated_length and (old.date_mode or old.mode) == "visit"))
        and old.date
        and new.date
        and _contains(old.date, new.date)
    ):
        # a day of talks told over several days, or within a visit told first with its length
        # ("will travel to Seoul on Sunday for a two-day visit. Kishida will hold talks on
        # Monday"), is no narrower date of them
        pass
    elif (
        (new.spanned and old.date and new.date and _contains(new.date, old.date))
        or old.timex is None
        or (
            new.timex is not None
            and new.date is not None
            and old.date is not None
            and (_date_rank(new), -new.date.days) > (_date_rank(old), -old.date.days)
            # a month that holds the visit ("last November") is no better date than its days
            and (new.date.days <= old.date.days or new.stated_length)
            # the talks dated by the very expression that starts a visit of a stated length ("will
            # make a week-long visit from April 29 and hold talks") are no narrower date of it
            and not (old.stated_length and old.timex is not None and old.timex.start == new.timex.start)
        )
    ):
        old.timex = new.timex or old.timex
        old.stated_length = new.stated_length
        old.spanned = new.spanned
        old.date_mode = new.date_mode or new.mode
    if old.place is None or _narrower(new.place, old.place):
        # "flew to Eritrea ... greeted him at Asmara airport": the city the visit is told in
        old.place = new.place
    if old.type == "CONSULT" and _MODE_RANK.get(new.mode or "", -1) > _MODE_RANK.get(old.mode or "", -1):
        old.mode = new.mode
    if new.status == "occurred" and old.status in ("planned", "proposed") and (undated or held):
        old.status = new.status
    elif undated and new.date is not None and new.status == "planned" and old.status == "occurred":
        # "their meetings" then "it will convene again on June 16-18": the dated mention tells
        # when, and that it is still ahead
        old.status = new.status
    old.confidence = max(old.confidence, new.confidence)
    old.joint = old.joint or new.joint
    if old.timex is not new.timex and new.stated_length:
        pass  # the length of a visit whose date was not kept ("held a meeting on Wednesday ... visited
        # Russia on Wednesday for a two-day visit": the meeting's day)
    else:
        old.length_days = old.length_days or new.length_days
    old.ended = old.ended or new.ended
    old.mentions.append(new.token)


#: How many sentences on a mention of an act other than a meeting may still date an earlier,
#: undated report of it (a meeting is told again across a story; "the Élysée Treaty, signed on
#: January 22, 1963" three sentences after "the two governments pledged" is another act).
_DATING_REACH = 1


def merge(cands: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    ordinal = {s.start: n for n, s in enumerate(cands[0].token.doc.sents)} if cands else {}
    for c in cands:
        target, widen = None, False
        joins = _joins_the_one_told(c)
        for old in reversed(kept):
            if not _same_family(old.type, c.type):
                continue
            same_sent = old.token.sent.start == c.token.sent.start
            if not same_sent and (
                old.negated != c.negated or (old.status == "denied") != (c.status == "denied")
            ):
                continue  # what did not happen is not what did ("did not accept" / "signed")
            if (
                same_sent
                and _marks_new(c)
                and old.status == "occurred"
                and c.status in ("planned", "proposed")
            ):
                continue  # "left the final session: 'we have called for another meeting'"
            if _elsewhere(old, c) or _call_after_meeting(old, c):
                continue
            if not same_sent and _abroad(old, c):
                continue
            if not same_sent and old.date is None and c.date is not None and _indefinite(c):
                continue  # "chairing a joint meeting ... At an EU summit on October 20": another one
            if not same_sent and _held(old) and c.status == "planned" and c.date is not None:
                continue  # "later held talks ... The ministers will meet next month": the next one
            if same_sent and (
                old.predicate.i == c.predicate.i
                or _connected(old.predicate, c.token)
                or _connected(old.token, c.token)
            ):
                if _dates_agree(old.date, c.date):
                    target = old
                    break
                continue
            if same_sent and _trip_and_its_talks(old, c) and _dates_agree(old.date, c.date):
                target = old
                break
            if c.type in VERBAL and (not c.nominal or c.predicate.i != c.token.i):
                # a clause of saying in another sentence is another statement
                continue
            if _marks_new(c) and not same_sent and not _dates_agree_exactly(old, c):
                continue
            if not same_sent and _offered(c):
                continue  # "offered to pay compensation", "assured him that ...": an act of its own
            if not same_sent and c.type != "CONSULT" and _told_besides(c):
                continue  # "agreed on Monday to begin studies ... The two leaders also signed a declaration"
            if (
                not same_sent
                and c.type != "CONSULT"
                and old.date is None
                and c.date is not None
                and ordinal[c.token.sent.start] - ordinal[old.token.sent.start] > _DATING_REACH
            ):
                continue
            if (
                c.type != "CONSULT"
                and not c.nominal
                and c.date is not None
                and not _dates_agree_exactly(old, c)
                and ordinal[c.token.sent.start] - ordinal[old.token.sent.start] > _DATING_REACH
            ):
                # a dated clause of its own further on tells another act ("signed last autumn");
                # the next sentence tells the lede's act in detail ("have reached agreement, the
                # ministry said. A spokesman said they had agreed on Friday"); meetings are told
                # again and again ("met on Monday ... They met")
                continue
            if (
                not same_sent
                and old.type == "CONSULT"
                and joins
                and _dates_agree(old.date, c.date)
                and ordinal[c.token.sent.start]
                - max(ordinal[m.sent.start] for m in (old.token, *old.mentions))
                <= _STAY_SENTENCES
            ):
                target = old
                break
            if _arrival_then_talks(old, c, ordinal) and _parties_agree(old, c):
                target, widen = old, True
                break
            if not (_dates_agree(old.date, c.date) or _visit_and_its_talks(old, c)) or not _parties_agree(
                old, c
            ):
                continue
            if (
                c.date is not None
                and old.date is not None
                and c.date != old.date
                and not _definite(c)
                and not _visit_and_its_talks(old, c)
                and not _planned_then_held(old, c)
            ):
                continue
            target = old
            break
        if target is None:
            kept.append(c)
        else:
            arrival = target.date
            _absorb(target, c)
            if widen and arrival is not None and c.date is not None and target.timex is not None:
                # the visit ran from the arrival to the talks
                days = Interval(start=arrival.start, end=c.date.end)
                target.timex = target.timex.model_copy(update={"interval": days})
                target.stated_length = True
                target.later = (c.token, c.timex) if c.timex is not None else None
    return kept
