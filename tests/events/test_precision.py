"""Which candidate events are reported: only acts between sides, not stances, topics or comment.

Sentences written for these tests in the styles of wires and papers of several decades; each
carries the table of actors, places and dates the earlier stages would give it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bilat import parse
from bilat.events import find_events
from events_harness import annotate


def _events(nlp: Any, text: str, published: str = "2019-03-01", **table: Any) -> list[Any]:
    item = {"id": "p1", "text": text, "published": published, **table}
    doc = nlp(parse.make_doc(nlp, text, "p1", dt.date.fromisoformat(published)))
    return find_events(annotate(doc, item))


# Two-sentence stories: a one-sentence text is read for its own events whoever the parties are.
_LEAD = "The report follows weeks of tension. "


def test_unresolvable_name_is_no_side_of_a_visit(nlp: Any) -> None:
    # the parser took the ship's name for a person; the actors stage found it no country
    text = _LEAD + "The research ship Piri Reis 2 would sail into the disputed waters, Ankara said."
    events = _events(
        nlp,
        text,
        actors={"Piri Reis 2": ["person", None, None], "Ankara": ["country", "TUR"]},
    )
    assert not [e for e in events if e.type == "MOBILIZE"]


def test_official_without_resolved_country_is_still_a_side(nlp: Any) -> None:
    text = _LEAD + "Prime Minister Hans Albers received Jean Dupont in Paris on Sunday."
    events = _events(
        nlp,
        text,
        published="1962-09-20",
        actors={"Hans Albers": ["person", "DEU"], "Jean Dupont": ["person", None, None]},
        places={"Paris": "FRA"},
        timexes={"on Sunday": ["1962-09-16", "1962-09-16"]},
    )
    assert [e.type for e in events] == ["CONSULT"]


def test_a_body_with_no_sector_and_no_country_is_no_side(nlp: Any) -> None:
    text = _LEAD + "The Coordination Front said on Monday it would boycott the conference hosted by Moscow."
    events = _events(
        nlp,
        text,
        actors={"The Coordination Front": ["organisation", None, None], "Moscow": ["country", "RUS"]},
        timexes={"on Monday": ["2019-02-25", "2019-02-25"]},
    )
    assert all(len(set(e.countries)) >= 2 for e in events)


def test_talks_held_in_a_third_country_do_not_make_it_a_side(nlp: Any) -> None:
    text = _LEAD + "An Argentine mission is in Geneva concluding negotiations with creditor banks."
    events = _events(nlp, text, actors={"Argentine": ["country", "ARG"]}, places={"Geneva": "CHE"})
    assert not [e for e in events if "CHE" in e.countries]


def test_a_visit_to_a_capital_makes_its_country_a_side(nlp: Any) -> None:
    text = _LEAD + "Turkish Foreign Minister Vahit Halefoglu visited Athens on Tuesday."
    events = _events(
        nlp,
        text,
        published="1988-03-05",
        actors={"Vahit Halefoglu": ["person", "TUR"], "Turkish": ["country", "TUR"]},
        places={"Athens": "GRC"},
        timexes={"on Tuesday": ["1988-03-01", "1988-03-01"]},
    )
    (visit,) = [e for e in events if e.type == "CONSULT"]
    assert set(visit.countries) == {"TUR", "GRC"}


def test_a_legislators_demand_is_comment_not_an_act(nlp: Any) -> None:
    text = _LEAD + "Senator Tom Harkin urged Japan to open its rice market."
    events = _events(
        nlp,
        text,
        actors={"Tom Harkin": ["person", "USA", "legislature"], "Japan": ["country", "JPN"]},
    )
    assert not [e for e in events if e.type == "REQUEST"]


def test_accepting_that_something_is_so_is_a_stance_not_an_agreement(nlp: Any) -> None:
    text = _LEAD + "Many western governments now accept that Iran will keep a role in Iraq."
    events = _events(nlp, text, actors={"Iran": ["country", "IRN"], "Iraq": ["country", "IRQ"]})
    assert not [e for e in events if e.type == "AGREE"]


def test_an_act_named_as_the_topic_of_talks_is_not_reported(nlp: Any) -> None:
    text = (
        _LEAD + "The Saudi envoy discussed the deployment of Iraqi missiles with Kuwaiti Foreign Minister "
        "Sabah al-Ahmad."
    )
    events = _events(
        nlp,
        text,
        actors={
            "Saudi": ["country", "SAU"],
            "Iraqi": ["country", "IRQ"],
            "Kuwaiti": ["country", "KWT"],
            "Sabah al-Ahmad": ["person", "KWT"],
        },
    )
    assert not [e for e in events if e.type == "MOBILIZE"]


def test_at_the_invitation_of_is_the_circumstance_of_a_visit(nlp: Any) -> None:
    text = _LEAD + "Wang Yi will attend the forum in Moscow at the invitation of his Russian counterpart."
    events = _events(
        nlp,
        text,
        actors={"Wang Yi": ["person", "CHN"], "Russian": ["country", "RUS"]},
        places={"Moscow": "RUS"},
    )
    assert not [e for e in events if e.type == "REQUEST"]


def test_what_analysts_say_may_happen_is_not_an_event(nlp: Any) -> None:
    text = _LEAD + "Many analysts said Kohl might resign after the Paris summit with Mitterrand."
    events = _events(
        nlp,
        text,
        actors={"Kohl": ["person", "DEU"], "Mitterrand": ["person", "FRA"]},
        places={"Paris": "FRA"},
    )
    assert events == []


def test_failing_to_agree_is_no_agreement(nlp: Any) -> None:
    text = _LEAD + "EC ministers failed to agree on new trade deals with Canada and Japan."
    events = _events(
        nlp,
        text,
        actors={"EC": ["organisation", None], "Canada": ["country", "CAN"], "Japan": ["country", "JPN"]},
    )
    assert all(e.status == "denied" and e.confidence < 0.4 for e in events if e.type == "AGREE")


def test_a_possible_attack_is_speculation_with_low_confidence(nlp: Any) -> None:
    text = _LEAD + "The withdrawal could leave Kurdish fighters exposed to a potential Turkish attack."
    events = _events(nlp, text, actors={"Kurdish": ["country", "SYR"], "Turkish": ["country", "TUR"]})
    assert all(e.confidence < 0.4 for e in events if e.type == "ASSAULT")


def test_an_agreement_not_reached_does_not_absorb_one_signed(nlp: Any) -> None:
    text = (
        "A U.S. official said Washington did not accept Beijing's figures. "
        "China signed an agreement with the United States last week to restrain steel exports."
    )
    events = _events(
        nlp,
        text,
        published="1987-03-04",
        actors={
            "U.S.": ["country", "USA"],
            "Washington": ["country", "USA"],
            "Beijing": ["country", "CHN"],
            "China": ["country", "CHN"],
            "the United States": ["country", "USA"],
        },
        timexes={"last week": ["1987-02-23", "1987-03-01"]},
    )
    signed = [e for e in events if e.type == "AGREE" and e.status == "occurred"]
    assert signed and signed[0].confidence >= 0.6 and signed[0].date is not None


def test_a_dated_signing_told_later_is_another_agreement(nlp: Any) -> None:
    text = (
        "Tokyo sent London a letter promising help in the dispute over the bid. "
        "Officials said a memorandum on fraud had been signed last autumn between Britain and the United "
        "States."
    )
    events = _events(
        nlp,
        text,
        published="1987-04-03",
        actors={
            "Tokyo": ["country", "JPN"],
            "London": ["country", "GBR"],
            "Britain": ["country", "GBR"],
            "the United States": ["country", "USA"],
        },
        timexes={"last autumn": ["1986-09-01", "1986-11-30"]},
    )
    agreements = [e for e in events if e.type == "AGREE"]
    assert any(set(e.countries) == {"GBR", "USA"} and e.date is not None for e in agreements)


def test_welcoming_the_proposal_does_not_report_the_proposal_again(nlp: Any) -> None:
    text = (
        _LEAD + "Welcoming the proposal for a joint secretariat, Brazilian Foreign Minister Celso Amorim "
        "said Argentina would benefit."
    )
    events = _events(
        nlp,
        text,
        actors={
            "Celso Amorim": ["person", "BRA"],
            "Brazilian": ["country", "BRA"],
            "Argentina": ["country", "ARG"],
        },
    )
    assert not [e for e in events if e.type == "REQUEST"]


def test_a_proposal_with_its_author_taken_up_is_still_reported(nlp: Any) -> None:
    text = _LEAD + "Greece rejected the Turkish proposal for talks on the Aegean."
    events = _events(nlp, text, actors={"Greece": ["country", "GRC"], "Turkish": ["country", "TUR"]})
    assert [e for e in events if e.type == "REJECT"]


def test_telling_a_meeting_of_brokers_is_an_audience_not_talks(nlp: Any) -> None:
    text = (
        _LEAD
        + "British Trade Minister Paul Channon told a meeting of brokers that Japan must open its markets."
    )
    events = _events(
        nlp,
        text,
        actors={
            "Paul Channon": ["person", "GBR"],
            "British": ["country", "GBR"],
            "Japan": ["country", "JPN"],
        },
    )
    assert not [e for e in events if e.type == "CONSULT"]


def test_the_city_a_treaty_is_named_after_is_no_side_of_it(nlp: Any) -> None:
    text = _LEAD + "Under the 1957 Treaty of Rome every agreement must name West Berlin."
    item = {
        "actors": {"Rome": ["country", "ITA"], "West Berlin": ["country", "DEU"]},
        "places": {"Rome": ["ITA", "city"]},
        "timexes": {"1957": ["1957-01-01", "1957-12-31"]},
    }
    events = _events(nlp, text, **item)
    assert not [e for e in events if e.type == "AGREE" and "ITA" in e.countries]


def test_a_ceasefire_any_initiative_might_bring_is_not_an_agreement(nlp: Any) -> None:
    text = _LEAD + "Ankara supports any initiative that leads to a ceasefire between Armenia and Azerbaijan."
    events = _events(
        nlp,
        text,
        actors={
            "Ankara": ["country", "TUR"],
            "Armenia": ["country", "ARM"],
            "Azerbaijan": ["country", "AZE"],
        },
    )
    assert not [e for e in events if e.type == "AGREE"]


def test_a_diplomat_asked_to_leave_a_room_is_not_expelled(nlp: Any) -> None:
    text = _LEAD + "The Indian chairman asked the Pakistani diplomat to leave the room on Monday."
    events = _events(nlp, text, actors={"Indian": ["country", "IND"], "Pakistani": ["country", "PAK"]})
    assert not [e for e in events if e.type == "SANCTION"]


def test_a_decree_signed_to_impose_sanctions_is_a_sanction_not_an_agreement(nlp: Any) -> None:
    text = _LEAD + "Putin signed a decree imposing economic sanctions on Turkey on Saturday."
    events = _events(
        nlp,
        text,
        actors={"Putin": ["person", "RUS", "President"], "Turkey": ["country", "TUR"]},
    )
    types = [e.type for e in events]
    assert "SANCTION" in types
    assert "AGREE" not in types


def test_a_president_welcomed_at_the_airport_is_received_not_praised(nlp: Any) -> None:
    text = _LEAD + "Erdogan welcomed Mitsotakis with a handshake at Ankara airport on Tuesday."
    events = _events(
        nlp,
        text,
        actors={"Erdogan": ["person", "TUR", "President"], "Mitsotakis": ["person", "GRC", "Prime Minister"]},
    )
    types = [e.type for e in events]
    assert "CONSULT" in types
    assert "SUPPORT" not in types


def _extracted(bilat_nlp: Any, text: str, published: str) -> list[Any]:
    from bilat import pipeline
    from bilat.records import Document

    (result,) = pipeline.extract(
        [Document(id="p1", text=text, published=dt.date.fromisoformat(published))], nlp=bilat_nlp
    )
    return list(result.events)


def test_what_a_signed_memorandum_is_for_is_no_act_of_its_own(bilat_nlp: Any) -> None:
    text = (
        "On Monday, Brazil and Argentina signed a memorandum of understanding to cooperate in nuclear "
        "research. The deal was welcomed in both capitals."
    )
    events = _extracted(bilat_nlp, text, "2008-02-26")
    assert [e.type for e in events if e.status == "occurred"] == ["AGREE"]
    assert not [e for e in events if e.type == "COOPERATE"]


def test_the_aim_of_talks_under_way_is_not_reported_as_done(bilat_nlp: Any) -> None:
    text = (
        "Venezuelan President Nicolas Maduro met Cuban President Miguel Diaz-Canel in Havana on Tuesday. "
        "The meeting between Maduro and Diaz-Canel at a time when talks are underway in Geneva to lift "
        "sanctions on Venezuela was also important, the Cuban ambassador said."
    )
    events = _extracted(bilat_nlp, text, "2019-03-06")
    assert [e.type for e in events] == ["CONSULT"]


def test_relations_described_as_stable_were_not_established_as_a_pact(bilat_nlp: Any) -> None:
    text = (
        "Japanese Prime Minister Shinzo Abe met Vietnamese President Tran Dai Quang in Hanoi on Monday. "
        '"Continuous and stable relations have been established between the two sides since Mr. Abe came '
        'to power," Quang said. Vietnam and Japan established diplomatic relations in 1973.'
    )
    events = _extracted(bilat_nlp, text, "2016-09-20")
    (pact,) = [e for e in events if e.type == "AGREE"]
    assert pact.date is not None and pact.date.start == dt.date(1973, 1, 1)
    # the ambassador's words of the leaders' ties add nothing to the pact of 1973
    assert not [a for a in pact.actors if a.kind == "person"] and pact.location is None


def test_a_meeting_the_text_says_there_is_none_of_is_no_event(bilat_nlp: Any) -> None:
    for text in (
        "Peru recalled its ambassador from Quito on Monday. No meeting between the two foreign ministers "
        "is planned, and both capitals expect the chill to last.",
        "Peru recalled its ambassador from Quito on Monday. No talks were held between Fujimori and "
        "Duran Ballen.",
    ):
        events = _extracted(bilat_nlp, text, "1995-02-01")
        assert not [e for e in events if e.type == "CONSULT"], text


def test_meetings_told_as_a_habit_are_no_event(bilat_nlp: Any) -> None:
    text = (
        "Modi met Sheikh Hasina in Dhaka on Saturday. As for other contacts, the foreign ministers of "
        "India and Bangladesh hold regular meetings within SAARC sessions. Their deputies also consult "
        "regularly on border issues."
    )
    events = _extracted(bilat_nlp, text, "2015-06-08")
    (meeting,) = [e for e in events if e.type == "CONSULT"]
    assert {a.name for a in meeting.actors if a.kind != "country"} == {"Narendra Modi", "Sheikh Hasina"}


def test_an_act_announced_as_done_is_done(bilat_nlp: Any) -> None:
    done = _extracted(
        bilat_nlp,
        "Lima said on Monday it was investigating the spying case. Hours later, Foreign Minister Rafael "
        "Roncagliolo announced that Peru had expelled a senior Chilean diplomat.",
        "2011-10-12",
    )
    assert [(e.type, e.status) for e in done] == [("SANCTION", "occurred")]


def test_a_refusal_said_beside_an_accusation_is_not_part_of_what_it_alleges(bilat_nlp: Any) -> None:
    text = (
        "Ecuador filed a complaint on Monday. Ecuadorean President Sixto Duran Ballen accused Peruvian "
        "President Alberto Fujimori of invading his country and said he would not talk to him until his "
        "troops left."
    )
    events = _extracted(bilat_nlp, text, "1995-02-01")
    assert {"ACCUSE", "REJECT"} <= {e.type for e in events}
