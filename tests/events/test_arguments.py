"""Dates attached to events: stated lengths, meetings told as ended, the story's dated main clause,
and dates of other acts that must not be taken.

Sentences written for these tests (wires and papers of several decades, other country pairs);
each carries the table of actors, places and dates the earlier stages would give it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bilat import parse
from bilat.events import find_events
from events_harness import annotate


def _events(nlp: Any, text: str, published: str, **table: Any) -> list[Any]:
    item = {"id": "a1", "text": text, "published": published, **table}
    doc = nlp(parse.make_doc(nlp, text, "a1", dt.date.fromisoformat(published)))
    return find_events(annotate(doc, item))


def _day(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


_INDIA_PAKISTAN = {
    "India": ["country", "IND"],
    "Pakistan": ["country", "PAK"],
    "Pakistani": ["country", "PAK"],
}


def test_talks_a_wire_lede_tells_as_ended_end_on_the_report_day_and_span_their_stated_length(
    nlp: Any,
) -> None:
    text = (
        "India and Pakistan ended talks here on river waters, officials said. "
        "A Pakistani negotiator taking part in the three-day talks said progress was made."
    )
    events = _events(nlp, text, "1989-04-12", actors=_INDIA_PAKISTAN)
    (talks,) = [e for e in events if e.type == "CONSULT"]
    assert (talks.date.start, talks.date.end) == (_day("1989-04-10"), _day("1989-04-12"))


def test_talks_that_have_collapsed_in_the_lede_are_dated_by_the_report(nlp: Any) -> None:
    text = (
        "Talks between India and Pakistan on the Siachen glacier have collapsed, officials said. "
        "The two sides blamed each other."
    )
    events = _events(nlp, text, "1992-11-06", actors=_INDIA_PAKISTAN)
    (talks,) = [e for e in events if e.type == "CONSULT"]
    assert talks.date is not None and talks.date.start == _day("1992-11-06")


def test_ended_talks_later_in_a_story_are_not_dated_by_the_report(nlp: Any) -> None:
    text = (
        "Pakistan said on Monday it would send a trade delegation to India. "
        "In 1985 India and Pakistan ended talks on trade without result."
    )
    events = _events(
        nlp,
        text,
        "1989-04-12",
        actors=_INDIA_PAKISTAN,
        timexes={"on Monday": ["1989-04-10", "1989-04-10"], "In 1985": ["1985-01-01", "1985-12-31"]},
    )
    talks = [e for e in events if e.type == "CONSULT" and e.status == "occurred"]
    assert talks and all(e.date is None or e.date.start.year == 1985 for e in talks)


def test_a_two_day_visit_starting_monday_covers_both_days(nlp: Any) -> None:
    text = (
        "Officials prepared the trip. "
        "Chinese Premier Li Peng will pay a two-day visit to Tokyo starting Monday."
    )
    events = _events(
        nlp,
        text,
        "1989-04-08",
        actors={"Li Peng": ["person", "CHN"], "Chinese": ["country", "CHN"]},
        places={"Tokyo": "JPN"},
        timexes={"Monday": ["1989-04-10", "1989-04-10"]},
    )
    (visit,) = [e for e in events if e.type == "CONSULT"]
    assert (visit.date.start, visit.date.end) == (_day("1989-04-10"), _day("1989-04-11"))
    assert visit.status == "planned"


def test_a_pronoun_told_act_after_a_dated_main_clause_takes_its_date(nlp: Any) -> None:
    text = (
        "Egyptian President Hosni Mubarak toured the Gulf last week. "
        "On a stop in Kuwait, he held talks with the Emir of Kuwait."
    )
    events = _events(
        nlp,
        text,
        "1990-03-14",
        actors={
            "Hosni Mubarak": ["person", "EGY"],
            "Egyptian": ["country", "EGY"],
            "Kuwait": ["country", "KWT"],
        },
        places={"Kuwait": "KWT"},
        timexes={"last week": ["1990-03-05", "1990-03-11"]},
    )
    talks = [e for e in events if e.type == "CONSULT" and "KWT" in e.countries]
    assert talks and talks[0].date is not None and talks[0].date.start == _day("1990-03-05")


def test_a_named_subject_after_a_dated_sentence_is_not_dated_by_it(nlp: Any) -> None:
    text = (
        "Egyptian President Hosni Mubarak toured the Gulf last week. "
        "Israeli Prime Minister Yitzhak Shamir held talks with Jordanian officials."
    )
    events = _events(
        nlp,
        text,
        "1990-03-14",
        actors={
            "Hosni Mubarak": ["person", "EGY"],
            "Egyptian": ["country", "EGY"],
            "Yitzhak Shamir": ["person", "ISR"],
            "Israeli": ["country", "ISR"],
            "Jordanian": ["country", "JOR"],
        },
        timexes={"last week": ["1990-03-05", "1990-03-11"]},
    )
    talks = [e for e in events if e.type == "CONSULT" and "JOR" in e.countries]
    assert talks and talks[0].date is None


def test_a_statement_after_a_dated_sentence_is_dated_by_its_report_not_the_sentence(nlp: Any) -> None:
    # (a dated act in the lede is the story's news, whose day its statements share: see
    # tests/events/test_dates.py; here the dated sentence is not the lede)
    text = (
        "Iran wants Russian firms to build more power plants, officials said.\n\n"
        "Iranian Energy Minister Reza Ardakanian visited a power plant on Tuesday. "
        "He urged Russian companies to take a bigger share in building Iranian plants."
    )
    events = _events(
        nlp,
        text,
        "2019-06-14",
        actors={
            "Reza Ardakanian": ["person", "IRN"],
            "Iranian": ["country", "IRN"],
            "Russian": ["country", "RUS"],
        },
        timexes={"on Tuesday": ["2019-06-11", "2019-06-11"]},
    )
    (request,) = [e for e in events if e.type == "REQUEST"]
    assert request.date is None or request.date.start == _day("2019-06-14")


def test_a_later_treaty_does_not_date_an_earlier_undated_pledge(nlp: Any) -> None:
    text = (
        "In a joint declaration, France and Germany pledged to work together on defence. "
        "The ceremony was meant to mark a fresh start. "
        "Officials recalled the disputes of the autumn. "
        "The Elysee Treaty, signed on January 22, 1963, committed France and West Germany to consult."
    )
    events = _events(
        nlp,
        text,
        "2023-01-23",
        actors={
            "France": ["country", "FRA"],
            "Germany": ["country", "DEU"],
            "West Germany": ["country", "DEU"],
        },
        timexes={"on January 22, 1963": ["1963-01-22", "1963-01-22"]},
    )
    pledges = [e for e in events if e.type == "AGREE" and e.trigger.text in ("pledged", "declaration")]
    assert pledges and all(e.date is None or e.date.start.year != 1963 for e in pledges)


def test_a_meeting_in_the_month_of_a_visit_does_not_widen_the_visits_days(nlp: Any) -> None:
    text = (
        "During his three-day visit, which began on Nov. 19, Egyptian President Anwar Sadat held talks with "
        "Menachem Begin in Israel. Arab leaders meeting in Baghdad last November condemned the visit."
    )
    events = _events(
        nlp,
        text,
        "1977-12-01",
        actors={
            "Anwar Sadat": ["person", "EGY"],
            "Egyptian": ["country", "EGY"],
            "Menachem Begin": ["person", "ISR"],
            "Israel": ["country", "ISR"],
        },
        places={"Israel": "ISR", "Baghdad": "IRQ"},
        timexes={"on Nov. 19": ["1977-11-19", "1977-11-19"], "last November": ["1977-11-01", "1977-11-30"]},
    )
    visits = [e for e in events if e.type == "CONSULT" and "ISR" in e.countries]
    assert visits and (visits[0].date.start, visits[0].date.end) == (_day("1977-11-19"), _day("1977-11-21"))


def test_we_in_a_quotation_is_its_speaker_and_the_agency_told_is_no_side(nlp: Any) -> None:
    text = (
        "The talks ended on Friday. Willy De Clercq, head of the EC delegation, told Reuters as he left "
        'the final session: "We made some progress, but we have called for another meeting with Japan."'
    )
    events = _events(
        nlp,
        text,
        "1987-03-21",
        actors={
            "Willy De Clercq": ["person", None, "igo"],
            "EC": ["organisation", None],
            "Japan": ["country", "JPN"],
            "Reuters": ["organisation", "GBR", "media"],
        },
        timexes={"on Friday": ["1987-03-20", "1987-03-20"]},
    )
    (meeting,) = [e for e in events if e.type == "CONSULT" and e.status == "proposed"]
    assert "Willy De Clercq" in [a.name for a in meeting.actors]
    assert "GBR" not in meeting.countries


def test_what_a_stance_is_about_is_its_target_but_the_topic_of_talks_is_no_party(nlp: Any) -> None:
    actors = {
        "Japan": ["country", "JPN"],
        "China": ["country", "CHN"],
        "Egypt": ["country", "EGY"],
        "Israel": ["country", "ISR"],
        "Iran": ["country", "IRN"],
    }
    concern = _events(
        nlp,
        "Japan voiced concern over China's military build-up near the islands.",
        "2013-11-25",
        actors=actors,
    )
    assert [(e.type, [(a.name, a.side) for a in e.actors]) for e in concern] == [
        ("ACCUSE", [("Japan", "source"), ("China", "target")])
    ]
    talks = _events(
        nlp, "Egypt and Israel held talks over Iran's nuclear programme.", "2013-11-25", actors=actors
    )
    assert [(e.type, set(e.countries)) for e in talks] == [("CONSULT", {"EGY", "ISR"})]


# ---------------------------------------------------------------- hosts, company and venues (full pipeline)


def _consults(bilat_nlp: Any, text: str, published: str) -> list[Any]:
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "a1", dt.date.fromisoformat(published)))
    return [e for e in doc._.bilat_events if e.type == "CONSULT"]


def _persons(event: Any) -> set[str]:
    return {a.name.split()[-1] for a in event.actors if a.kind == "person"}


def test_the_host_who_invited_a_visitor_is_an_actor_of_the_visit(bilat_nlp: Any) -> None:
    (visit,) = _consults(
        bilat_nlp,
        "Japanese Foreign Minister Shintaro Abe arrived in Seoul on Tuesday at the invitation of "
        "his South Korean counterpart Lee Won-kyung.",
        "1985-05-10",
    )
    assert {"Abe", "Won-kyung"} <= _persons(visit) or {"Abe", "Lee"} <= _persons(visit)
    (landing,) = _consults(
        bilat_nlp,
        "Turkish Prime Minister Turgut Ozal landed in Athens on Tuesday, responding to an invitation "
        "from Greek Prime Minister Andreas Papandreou.",
        "1988-06-15",
    )
    assert {"Ozal", "Papandreou"} <= _persons(landing)


def test_a_leader_who_joined_a_meeting_is_its_actor_and_its_town_is_its_place(bilat_nlp: Any) -> None:
    (meeting,) = _consults(
        bilat_nlp,
        "Gandhi and Zia met again on May 3, this time joined by Sri Lankan President Junius "
        "Jayewardene, in the hill resort town of Murree.",
        "1985-05-10",
    )
    assert "Jayewardene" in _persons(meeting)
    assert meeting.location is not None and meeting.location.name == "Murree"


def test_whom_a_leader_tells_in_a_telephone_call_is_the_other_party_of_the_call(bilat_nlp: Any) -> None:
    (call,) = _consults(
        bilat_nlp,
        "In a telephone call on Monday, Mitterrand told West German Chancellor Helmut Kohl that "
        "France would support the plan.",
        "1985-05-10",
    )
    assert call.mode == "phone" and {"Mitterrand", "Kohl"} <= _persons(call)


def test_a_residence_in_a_city_places_the_meeting_in_the_city(bilat_nlp: Any) -> None:
    (meeting,) = _consults(
        bilat_nlp, "Kohl received Mitterrand at his residence in Bonn on Friday.", "1985-05-10"
    )
    assert meeting.location is not None and meeting.location.name == "Bonn"


def test_talks_held_here_or_told_in_a_datelined_lede_are_in_the_dateline_city(bilat_nlp: Any) -> None:
    (here,) = _consults(
        bilat_nlp,
        "NEW DELHI, March 3 - Indian and Pakistani officials ended two days of talks here on the "
        "Siachen glacier on Tuesday.",
        "1987-03-04",
    )
    assert here.location is not None and here.location.name == "New Delhi"
    (lede,) = _consults(
        bilat_nlp,
        "WASHINGTON, April 30 - President Reagan and Prime Minister Nakasone began talks on trade "
        "on Thursday.",
        "1987-04-30",
    )
    assert lede.location is not None and lede.location.name == "Washington"


def test_a_dateline_the_parser_takes_for_a_subject_does_not_hide_the_visitor(bilat_nlp: Any) -> None:
    (visit,) = _consults(
        bilat_nlp,
        "MOSCOW, March 3 - Soviet leader Mikhail Gorbachev will visit India in November.",
        "1986-03-04",
    )
    assert "Gorbachev" in _persons(visit)
    assert visit.location is not None and visit.location.name == "India"


def test_a_deal_told_right_after_a_visit_in_the_same_paragraph_is_placed_at_the_visit(
    bilat_nlp: Any,
) -> None:
    visit = (
        "Brazilian President Jose Sarney arrived in Buenos Aires on Monday for talks with "
        "Argentine President Raul Alfonsin."
    )
    deal = "The two presidents signed agreements on nuclear cooperation."
    for sep, place in ((" ", "Buenos Aires"), ("\n\n", None)):
        doc = bilat_nlp(parse.make_doc(bilat_nlp, visit + sep + deal, "a1", dt.date(1986, 7, 30)))
        (agree,) = [e for e in doc._.bilat_events if e.type == "AGREE"]
        assert (agree.location.name if agree.location else None) == place, sep


def _acts(bilat_nlp: Any, text: str, published: str, etype: str) -> list[Any]:
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "a1", dt.date.fromisoformat(published)))
    return [e for e in doc._.bilat_events if e.type == etype]


def test_who_made_the_demands_a_leader_rejects_is_the_target_of_the_rejection(bilat_nlp: Any) -> None:
    (rejection,) = _acts(
        bilat_nlp,
        "At a summit in Asuncion on Tuesday, Sarney rejected as unacceptable the conditions added "
        "by the European Community to the trade deal.",
        "1987-03-02",
        "REJECT",
    )
    assert {(a.name, a.side) for a in rejection.actors} >= {("European Community", "target")}
    (answer,) = _acts(
        bilat_nlp,
        "Japan rejected the proposal put forward by the United States on Monday.",
        "1987-03-02",
        "REJECT",
    )
    assert {(a.name, a.side) for a in answer.actors} == {("Japan", "source"), ("United States", "target")}


def test_talks_hosted_by_a_third_country_keep_the_host_as_their_source(bilat_nlp: Any) -> None:
    (talks,) = _consults(
        bilat_nlp, "Talks hosted by Norway between Israel and the PLO ended on Friday.", "1993-08-21"
    )
    assert ("Norway", "source") in {(a.name, a.side) for a in talks.actors}


def test_the_leader_whose_offer_an_opening_participle_welcomes_is_its_target(bilat_nlp: Any) -> None:
    (support,) = _acts(
        bilat_nlp,
        "Welcoming Soviet leader Mikhail Gorbachev's offer Saturday to proceed with a treaty on "
        'medium-range missiles, Reagan said: "This removes a serious obstacle."',
        "1987-03-02",
        "SUPPORT",
    )
    assert {"Reagan", "Gorbachev"} <= _persons(support)


def test_whom_a_visitor_travels_to_see_and_who_invited_him_are_actors_of_the_visit(bilat_nlp: Any) -> None:
    (trip,) = _consults(
        bilat_nlp, "Menachem Begin flew to Ismailia on December 25 for talks with Anwar Sadat.", "1977-12-27"
    )
    assert {"Begin", "Sadat"} <= _persons(trip)
    (purpose,) = _consults(
        bilat_nlp,
        "Argentine President Raul Alfonsin returned the visit on June 26, travelling to Brasilia to "
        "ask Brazilian President Jose Sarney for help in financing exports.",
        "1987-06-28",
    )
    assert {"Alfonsin", "Sarney"} <= _persons(purpose)
    (invited,) = _consults(
        bilat_nlp,
        "Chinese Premier Li Peng invited Indian Prime Minister Rajiv Gandhi to visit Beijing in December.",
        "1988-03-02",
    )
    assert {"Gandhi", "Peng"} <= _persons(invited)


def test_a_city_named_in_the_visited_country_is_the_place_of_the_visit(bilat_nlp: Any) -> None:
    (trip,) = _consults(
        bilat_nlp,
        "Pakistani Foreign Minister Yaqub Khan will go to India on Tuesday to take part in a meeting "
        "of South Asian foreign ministers in the city of Bangalore.",
        "1987-03-02",
    )
    assert trip.location is not None and trip.location.country == "IND" and trip.location.feature == "city"
    (plain,) = _consults(
        bilat_nlp, "Chancellor Kohl will visit France next week, officials in Bonn said.", "1987-03-02"
    )
    assert plain.location is not None and plain.location.name == "France"


def test_who_a_leader_met_signs_the_documents_he_signed_in_the_same_breath(bilat_nlp: Any) -> None:
    (deal,) = _acts(
        bilat_nlp,
        "On March 17, 1987, Gandhi arrived in Moscow for a two-day visit, during which he met with "
        "Soviet leader Mikhail Gorbachev and signed a number of bilateral documents.",
        "1987-03-20",
        "AGREE",
    )
    assert {"Gandhi", "Gorbachev"} <= _persons(deal)


def test_talks_told_after_a_trip_to_a_city_are_held_there_even_in_a_new_wire_paragraph(
    bilat_nlp: Any,
) -> None:
    text = (
        "Prime Minister Noboru Takeshita sets out Wednesday on a tough mission to Washington aimed "
        "at defusing trade tension.\n\nTwo rounds of talks between President Reagan and Takeshita, "
        "scheduled for Thursday and Friday, come after new tariffs."
    )
    (talks,) = [e for e in _consults(bilat_nlp, text, "1988-01-12") if e.trigger.text == "rounds"]
    assert talks.location is not None and talks.location.name == "Washington"


def test_a_meeting_that_sets_the_scene_of_a_sentence_places_what_it_tells(bilat_nlp: Any) -> None:
    text = "At a {} in Geneva on Tuesday, Reagan said he and Gorbachev had signed an agreement on missiles."
    (deal,) = _acts(bilat_nlp, text.format("summit"), "1987-12-10", "AGREE")
    assert deal.location is not None and deal.location.name == "Geneva"
    (told,) = _acts(bilat_nlp, text.format("news conference"), "1987-12-10", "AGREE")
    assert told.location is None


def test_the_two_blocs_are_the_organisations_last_told_acting_together(bilat_nlp: Any) -> None:
    text = (
        "The European Community and Comecon resumed talks in Geneva on Monday on establishing formal "
        "ties. The talks followed an earlier round between the two trading blocs last September."
    )
    (earlier,) = [e for e in _consults(bilat_nlp, text, "1987-03-10") if e.trigger.text == "round"]
    assert {a.name for a in earlier.actors} >= {"European Community", "Comecon"}


def test_whom_a_visitor_greets_on_the_visit_is_its_other_party(bilat_nlp: Any) -> None:
    (visit,) = _consults(
        bilat_nlp,
        "On a surprise visit to a Soviet airbase in Afghanistan, Gorbachev embraced the Afghan "
        "president Mohammad Najibullah.",
        "1988-03-10",
    )
    assert {"Gorbachev", "Najibullah"} <= _persons(visit)


def test_whom_a_leader_agrees_to_meet_is_the_other_side_of_the_agreement(bilat_nlp: Any) -> None:
    (agreed,) = _acts(
        bilat_nlp,
        "Prime Minister Bob Hawke has agreed to meet African National Congress president Oliver Tambo "
        "in Canberra in May, an ANC official said.",
        "1987-03-10",
        "AGREE",
    )
    assert {"Hawke", "Tambo"} <= _persons(agreed)


def test_an_interlocutor_the_parse_hangs_inside_the_topic_is_a_party_of_the_discussion(
    bilat_nlp: Any,
) -> None:
    (talk,) = _consults(
        bilat_nlp,
        "Soviet Deputy Foreign Minister Yuli Vorontsov had discussed the deployment of Iranian "
        "missiles near the Strait of Hormuz with Kuwaiti Foreign Undersecretary Suliman Majed al-Shaheen.",
        "1987-03-10",
    )
    assert {"Vorontsov", "al-Shaheen"} <= _persons(talk)


def test_whom_a_leader_deals_with_at_a_summit_took_part_in_it(bilat_nlp: Any) -> None:
    (summit,) = _consults(
        bilat_nlp,
        "Days later, at a Mercosur summit in the Paraguayan city of Asuncion on July 4, Menem took over "
        "the bloc's rotating presidency from Cardoso.",
        "1996-07-10",
    )
    assert {"Menem", "Cardoso"} <= _persons(summit)


def _extracted(bilat_nlp: Any, text: str, published: str) -> list[Any]:
    from bilat import pipeline
    from bilat.records import Document

    doc = Document(id="a1", text=text, published=dt.date.fromisoformat(published))
    (result,) = pipeline.extract([doc], nlp=bilat_nlp)
    return list(result.events)


def test_the_three_countries_are_the_three_last_listed(bilat_nlp: Any) -> None:
    events = _extracted(
        bilat_nlp,
        "Brazil, Argentina and Uruguay extended their bans on imports of Chinese steel on Friday. "
        "China filed complaints against the three countries at the World Trade Organization on Monday.",
        "2016-05-10",
    )
    (complaint,) = [e for e in events if e.type == "ACCUSE"]
    assert set(complaint.countries) == {"CHN", "BRA", "ARG", "URY"}
    assert {a.name for a in complaint.actors if a.side == "target"} >= {"Brazil", "Argentina", "Uruguay"}


def test_a_meeting_in_a_town_the_gazetteer_lacks_is_placed_there_by_name(bilat_nlp: Any) -> None:
    events = _extracted(
        bilat_nlp,
        "Chancellor Helmut Kohl received President Francois Mitterrand at his home in Oggersheim on "
        "Saturday.",
        "1986-05-12",
    )
    (meeting,) = [e for e in events if e.type == "CONSULT"]
    assert meeting.location is not None and meeting.location.name == "Oggersheim"


def test_an_appeal_to_a_capital_keeps_its_speaker_and_takes_the_capitals_country(bilat_nlp: Any) -> None:
    events = _extracted(
        bilat_nlp,
        "Pakistani President Zia appealed to New Delhi on Tuesday to withdraw its troops from the border.",
        "1987-02-04",
    )
    (appeal,) = [e for e in events if e.type == "REQUEST"]
    assert set(appeal.countries) == {"PAK", "IND"}
    assert any(a.kind == "person" and a.side == "source" for a in appeal.actors)
    assert appeal.location is None


def test_signatories_named_in_the_next_sentence_are_the_agreements_participants(bilat_nlp: Any) -> None:
    events = _extracted(
        bilat_nlp,
        "France and Germany signed a friendship treaty in Paris on Tuesday. West German Chancellor Konrad "
        "Adenauer and French President Charles de Gaulle put their names to the document.",
        "1963-01-23",
    )
    (treaty,) = [e for e in events if e.type == "AGREE"]
    assert {a.name for a in treaty.actors if a.kind == "person"} == {"Konrad Adenauer", "Charles de Gaulle"}


def test_leaders_acting_otherwise_in_the_next_sentence_did_not_sign(bilat_nlp: Any) -> None:
    events = _extracted(
        bilat_nlp,
        "Japan and South Korea signed a fisheries agreement in Tokyo on Monday. Japanese Prime Minister "
        "Nakasone and South Korean President Chun criticised the United States on Tuesday.",
        "1985-06-05",
    )
    deal = next(e for e in events if e.type == "AGREE" and set(e.countries) == {"JPN", "KOR"})
    assert not [a for a in deal.actors if a.kind == "person"]


def test_people_of_a_third_country_beside_an_accord_are_not_its_signatories(bilat_nlp: Any) -> None:
    events = _extracted(
        bilat_nlp,
        "Brazil and Argentina signed a nuclear accord on Friday. The accord was welcomed by US "
        "Secretary of State James Baker and British Foreign Secretary Douglas Hurd.",
        "1991-07-20",
    )
    accord = next(e for e in events if e.type == "AGREE" and set(e.countries) == {"BRA", "ARG"})
    assert not [a for a in accord.actors if a.kind == "person"]


def test_they_of_a_pact_from_an_earlier_year_are_the_storys_countries_not_the_mediators(
    bilat_nlp: Any,
) -> None:
    events = _extracted(
        bilat_nlp,
        "Greece and Turkey agreed on Friday to restore direct flights between Athens and Istanbul. "
        "The deal was brokered by Swiss Foreign Minister Micheline Calmy-Rey and EU foreign policy "
        "chief Javier Solana. Greece and Turkey have long quarrelled over the Aegean. They will also "
        "revive a fisheries agreement signed in 1988.",
        "2009-03-14",
    )
    (old,) = [e for e in events if e.date is not None and e.date.start.year == 1988]
    assert set(old.countries) == {"GRC", "TUR"}
    assert not [a for a in old.actors if a.kind == "person"]


def test_they_of_a_story_told_in_the_past_are_the_people_last_told(bilat_nlp: Any) -> None:
    events = _extracted(
        bilat_nlp,
        "Fifty years ago, in June 1972, Indian Prime Minister Indira Gandhi and Pakistani President "
        "Zulfikar Ali Bhutto met in Simla. They signed an agreement there in July 1972.",
        "2022-07-02",
    )
    (pact,) = [e for e in events if e.type == "AGREE"]
    assert {a.name for a in pact.actors if a.kind == "person"} == {"Indira Gandhi", "Zulfikar Ali Bhutto"}


def _events_of(bilat_nlp: Any, text: str, published: str) -> list[Any]:
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "a1", dt.date.fromisoformat(published)))
    return list(doc._.bilat_events)


def test_a_deal_signed_in_a_datelined_lede_is_in_the_dateline_city(bilat_nlp: Any) -> None:
    (pact,) = [
        e
        for e in _events_of(
            bilat_nlp,
            "ANKARA, May 28 (wire) - Turkey and Greece on Friday signed an accord on confidence-building "
            "measures, ending months of tension.",
            "1988-05-28",
        )
        if e.type == "AGREE"
    ]
    assert pact.location is not None and pact.location.name == "Ankara"


def test_the_dateline_city_named_again_in_the_lede_does_not_hide_the_dateline(bilat_nlp: Any) -> None:
    (deal,) = [
        e
        for e in _events_of(
            bilat_nlp,
            "BRASILIA, May 9 (wire) - Brazil and Argentina, whose presidents held talks in Brasilia on "
            "Monday, reached an agreement on nuclear inspections.",
            "1991-05-09",
        )
        if e.type == "AGREE"
    ]
    assert deal.location is not None and deal.location.name in ("Brasilia", "Brasília")


def test_a_flight_into_a_city_is_a_visit_to_it(bilat_nlp: Any) -> None:
    (visit,) = _consults(
        bilat_nlp,
        "Egyptian Foreign Minister Amr Moussa flew into Tel Aviv on Sunday for a day of talks.",
        "1995-03-06",
    )
    assert visit.location is not None and visit.location.name == "Tel Aviv"


def test_who_is_due_to_meet_takes_the_subject_of_the_copula(bilat_nlp: Any) -> None:
    (meeting,) = _consults(
        bilat_nlp,
        "Mr Fischer is due to meet Mr Vedrine in Paris next week to prepare the summit.",
        "1999-09-16",
    )
    assert {"Fischer", "Vedrine"} <= _persons(meeting)


def test_a_named_officer_in_apposition_after_his_post_and_place_is_the_other_party(bilat_nlp: Any) -> None:
    (visit,) = _consults(
        bilat_nlp,
        "The UN commander, General Lewis MacKenzie, flew to Sarajevo on Tuesday for talks with the "
        "Bosnian Serb commander in Pale, General Ratko Mladic, on the airport.",
        "1992-07-01",
    )
    assert {"MacKenzie", "Mladic"} <= _persons(visit)


def test_leaders_a_deal_is_signed_before_take_part_in_it(bilat_nlp: Any) -> None:
    (accord,) = [
        e
        for e in _events_of(
            bilat_nlp,
            "The foreign ministers, Celso Amorim and Jorge Taiana, signed the accord in Brasilia on "
            "Monday in the presence of President Lula and his Argentine counterpart Nestor Kirchner.",
            "2006-05-10",
        )
        if e.type == "AGREE"
    ]
    assert {"Amorim", "Taiana", "Kirchner"} <= _persons(accord)


def test_talks_of_a_pair_told_in_a_relative_clause_have_both_of_the_pair(bilat_nlp: Any) -> None:
    events = _events_of(
        bilat_nlp,
        "The two foreign ministers signed the treaty in Ankara, watched by Prime Ministers Turgut "
        "Ozal and Andreas Papandreou, who held talks over dinner afterwards.",
        "1988-05-10",
    )
    (talks,) = [e for e in events if e.type == "CONSULT"]
    assert {"Ozal", "Papandreou"} <= _persons(talks)
    (treaty,) = [e for e in events if e.type == "AGREE"]
    assert {"Ozal", "Papandreou"} <= _persons(treaty)


def test_an_arrival_for_a_visit_of_stated_days_covers_the_days_from_the_arrival(bilat_nlp: Any) -> None:
    (visit,) = _consults(
        bilat_nlp,
        "East German leader Erich Honecker arrived in Bonn on Monday for a five-day official visit "
        "at the invitation of Chancellor Helmut Kohl.",
        "1987-09-08",
    )
    assert (visit.date.start, visit.date.end) == (dt.date(1987, 9, 7), dt.date(1987, 9, 11))


def test_who_held_hours_of_talks_took_part_in_them(bilat_nlp: Any) -> None:
    (talks,) = _consults(
        bilat_nlp,
        "Sadat held two hours of talks with Israeli Defence Minister Ezer Weizman on Sunday.",
        "1978-01-10",
    )
    assert {"Sadat", "Weizman"} <= _persons(talks)


def test_a_clause_on_a_meeting_noun_says_where_it_is_held(bilat_nlp: Any) -> None:
    (conference,) = _consults(
        bilat_nlp,
        "China opposed Japan's plan for a regional conference, which aims to bring together ten "
        "delegations in the Thai city of Chiang Mai on 18 November.",
        "1997-11-10",
    )
    assert conference.location is not None and conference.location.name == "Chiang Mai"


def test_the_dateline_citys_country_named_in_the_lede_does_not_hide_the_dateline(bilat_nlp: Any) -> None:
    (treaty,) = [
        e
        for e in _events_of(
            bilat_nlp,
            "HANOI (wire) - Vietnamese and Chinese leaders signed a border treaty on Monday, a day after "
            "the Chinese premier became the first to set foot in Vietnam in a decade.",
            "1999-12-31",
        )
        if e.type == "AGREE"
    ]
    assert treaty.location is not None and treaty.location.name == "Hanoi"


def test_the_party_hung_on_the_telephone_is_the_other_side_of_the_call(bilat_nlp: Any) -> None:
    (call,) = _consults(
        bilat_nlp,
        "The Prime Minister, Bob Hawke, spoke by telephone with Mr Suharto on Wednesday night.",
        "1990-02-08",
    )
    assert call.mode == "phone" and {"Hawke", "Suharto"} <= _persons(call)


def test_who_received_an_arriving_visitor_is_the_host_of_the_visit(bilat_nlp: Any) -> None:
    (visit,) = _consults(
        bilat_nlp,
        "Chinese Premier Zhou Enlai arrived in Rangoon on Monday and was welcomed by General Ne Win "
        "at the airport.",
        "1966-04-30",
    )
    assert {"Enlai", "Win"} <= _persons(visit)


def test_one_countrys_raid_on_a_place_in_another_strikes_that_country(nlp: Any) -> None:
    text = (
        "Baghdad summoned the Turkish ambassador over the incursion. "
        "Turkish commandos raided houses in Dohuk on Thursday, killing four men."
    )
    events = _events(
        nlp,
        text,
        "1995-03-25",
        actors={"Baghdad": ["country", "IRQ"], "Turkish": ["country", "TUR"], "Iraqi": ["country", "IRQ"]},
        places={"Dohuk": "IRQ"},
        timexes={"Thursday": ["1995-03-23", "1995-03-23"]},
    )
    raid = [e for e in events if e.type == "ASSAULT"]
    assert raid and set(raid[0].countries) == {"TUR", "IRQ"}


def test_a_raid_on_a_place_in_the_raiders_own_country_gets_no_second_side(nlp: Any) -> None:
    text = "Talks with Turkey stalled in May. Syrian jets bombed rebel positions near Aleppo on Sunday."
    events = _events(
        nlp,
        text,
        "2016-06-13",
        actors={"Turkey": ["country", "TUR"], "Syrian": ["country", "SYR"]},
        places={"Aleppo": "SYR"},
        timexes={"Sunday": ["2016-06-12", "2016-06-12"]},
    )
    assert not [e for e in events if e.type == "ASSAULT"]


def test_its_neighbour_is_the_other_of_the_storys_two_countries(nlp: Any) -> None:
    text = (
        "Afghanistan and Pakistan have traded accusations for weeks. "
        "Pakistan closed the border with its neighbour on Monday."
    )
    events = _events(
        nlp,
        text,
        "2017-03-08",
        actors={"Afghanistan": ["country", "AFG"], "Pakistan": ["country", "PAK"]},
        timexes={"Monday": ["2017-03-06", "2017-03-06"]},
    )
    closed = [e for e in events if e.type == "SANCTION"]
    assert closed and set(closed[0].countries) == {"PAK", "AFG"}
    assert any(a.country == "AFG" and a.side == "target" for a in closed[0].actors)


_JAPAN_KOREA = {
    "Japan": ["country", "JPN"],
    "Japanese": ["country", "JPN"],
    "South Korea": ["country", "KOR"],
    "Moon Jae-in": ["person", "KOR"],
}


def test_the_government_unnamed_is_the_storys_country_the_sentence_does_not_name(nlp: Any) -> None:
    text = (
        "Relations between Japan and South Korea have soured. President Moon Jae-in spoke on Thursday. "
        "On Friday the government banned imports of 200 Japanese chemicals."
    )
    events = _events(
        nlp,
        text,
        "2019-08-03",
        actors=_JAPAN_KOREA,
        timexes={"Friday": ["2019-08-02", "2019-08-02"], "Thursday": ["2019-08-01", "2019-08-01"]},
    )
    ban = [e for e in events if e.type == "SANCTION"]
    assert ban and set(ban[0].countries) == {"KOR", "JPN"}
    assert not any(a.kind == "person" for a in ban[0].actors)


def test_the_government_of_a_named_country_is_not_read_as_the_other_side(nlp: Any) -> None:
    text = (
        "Relations between Japan and South Korea have soured. "
        "On Friday the government of Japan banned imports of 200 Korean chemicals."
    )
    events = _events(
        nlp,
        text,
        "2019-08-03",
        actors={**_JAPAN_KOREA, "Korean": ["country", "KOR"]},
        timexes={"Friday": ["2019-08-02", "2019-08-02"]},
    )
    ban = [e for e in events if e.type == "SANCTION"]
    assert ban and any(a.country == "JPN" and a.side == "source" for a in ban[0].actors)


def test_a_pronoun_among_a_list_of_banned_goods_carries_no_earlier_parties(nlp: Any) -> None:
    text = (
        "Foreign ministers Taro Kono and Kang Kyung-wha met in Bangkok on Thursday. "
        "On Friday the government banned imports of 200 Japanese products, among them beer and cars."
    )
    events = _events(
        nlp,
        text,
        "2019-08-03",
        actors={**_JAPAN_KOREA, "Taro Kono": ["person", "JPN"], "Kang Kyung-wha": ["person", "KOR"]},
        places={"Bangkok": "THA"},
        timexes={"Friday": ["2019-08-02", "2019-08-02"], "Thursday": ["2019-08-01", "2019-08-01"]},
    )
    ban = [e for e in events if e.type == "SANCTION"]
    assert ban and set(ban[0].countries) == {"KOR", "JPN"}
    assert not any(a.kind == "person" for a in ban[0].actors)


def test_a_third_states_verdict_on_the_accord_is_passed_on_the_storys_two_countries(nlp: Any) -> None:
    text = (
        "Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday. "
        "Japan welcomed the deal on Monday."
    )
    events = _events(
        nlp,
        text,
        "2018-09-18",
        actors={"Ethiopia": ["country", "ETH"], "Eritrea": ["country", "ERI"], "Japan": ["country", "JPN"]},
        places={"Jeddah": "SAU"},
        timexes={"Sunday": ["2018-09-16", "2018-09-16"], "Monday": ["2018-09-17", "2018-09-17"]},
    )
    verdict = [e for e in events if e.type == "SUPPORT"]
    assert verdict and set(verdict[0].countries) == {"JPN", "ETH", "ERI"}


def test_a_third_states_welcome_of_an_offer_described_afresh_takes_no_parties_from_the_story(
    nlp: Any,
) -> None:
    text = (
        "Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday. "
        "Japan welcomed a proposal for more aid on Monday."
    )
    events = _events(
        nlp,
        text,
        "2018-09-18",
        actors={"Ethiopia": ["country", "ETH"], "Eritrea": ["country", "ERI"], "Japan": ["country", "JPN"]},
        places={"Jeddah": "SAU"},
        timexes={"Sunday": ["2018-09-16", "2018-09-16"], "Monday": ["2018-09-17", "2018-09-17"]},
    )
    assert not [e for e in events if e.type == "SUPPORT"]


def test_a_verdict_on_the_accord_told_again_with_its_speaker_is_one_statement(nlp: Any) -> None:
    text = (
        "Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday. "
        "Tokyo welcomed the deal. Foreign Minister Taro Kono praised Ethiopia and Eritrea for their courage."
    )
    events = _events(
        nlp,
        text,
        "2018-09-18",
        actors={
            "Ethiopia": ["country", "ETH"],
            "Eritrea": ["country", "ERI"],
            "Tokyo": ["country", "JPN"],
            "Taro Kono": ["person", "JPN"],
        },
        places={"Jeddah": "SAU"},
        timexes={"Sunday": ["2018-09-16", "2018-09-16"]},
    )
    verdicts = [e for e in events if e.type == "SUPPORT"]
    assert len(verdicts) == 1 and any(a.name == "Taro Kono" for a in verdicts[0].actors)


# ---------------------------------------------------------------- who acts through a carrier


def test_who_signs_a_decree_imposing_sanctions_imposes_them(nlp: Any) -> None:
    events = _events(
        nlp,
        "Russian President Vladimir Putin on Monday signed a decree imposing sanctions on Georgia.",
        "2006-10-04",
        actors={
            "Russian": ["country", "RUS"],
            "Vladimir Putin": ["person", "RUS"],
            "Georgia": ["country", "GEO"],
        },
        timexes={"on Monday": ["2006-10-02", "2006-10-02"]},
    )
    (sanction,) = [e for e in events if e.type == "SANCTION"]
    sides = {a.name: a.side for a in sanction.actors}
    assert sides.get("Vladimir Putin") == "source" and sides.get("Georgia") == "target"


def test_who_sends_a_message_asking_an_ally_asks_and_the_addressee_is_asked(nlp: Any) -> None:
    events = _events(
        nlp,
        "Greek Prime Minister Andreas Papandreou on Friday sent a message to NATO Secretary-General "
        "Lord Carrington asking the alliance to persuade Turkey to call off the ship's mission.",
        "1987-03-28",
        actors={
            "Greek": ["country", "GRC"],
            "Andreas Papandreou": ["person", "GRC"],
            "NATO": ["organisation", None],
            "Lord Carrington": ["person", "GBR"],
            "Turkey": ["country", "TUR"],
        },
        timexes={"on Friday": ["1987-03-27", "1987-03-27"]},
    )
    (request,) = [e for e in events if e.type == "REQUEST"]
    sides = {a.name: a.side for a in request.actors}
    assert sides.get("Andreas Papandreou") == "source" and sides.get("Lord Carrington") == "target"


def test_who_accepts_an_invitation_to_visit_is_the_visitor(nlp: Any) -> None:
    events = _events(
        nlp,
        "Chinese Premier Li Peng accepted an invitation to pay an official visit to India.",
        "1991-11-02",
        actors={"Chinese": ["country", "CHN"], "Li Peng": ["person", "CHN"], "India": ["country", "IND"]},
        places={"India": ["IND", "country"]},
    )
    (visit,) = [e for e in events if e.type == "CONSULT"]
    assert {a.name: a.side for a in visit.actors}.get("Li Peng") == "source"


def test_whom_an_invitation_is_extended_to_is_the_visitor_and_who_extends_it_the_host(nlp: Any) -> None:
    events = _events(
        nlp,
        "Japanese Prime Minister Shinzo Abe extended an invitation to South Korean President "
        "Moon Jae-in to visit Tokyo.",
        "2018-05-09",
        actors={
            "Japanese": ["country", "JPN"],
            "Shinzo Abe": ["person", "JPN"],
            "South Korean": ["country", "KOR"],
            "Moon Jae-in": ["person", "KOR"],
        },
        places={"Tokyo": ["JPN", "city"]},
    )
    (visit,) = [e for e in events if e.type == "CONSULT"]
    sides = {a.name: a.side for a in visit.actors}
    assert sides.get("Moon Jae-in") == "source" and sides.get("Shinzo Abe") == "target"


def test_the_state_relations_are_severed_with_is_the_target(nlp: Any) -> None:
    events = _events(
        nlp,
        "Egypt and Jordan severed relations with Libya on Monday and recalled their ambassadors.",
        "1985-09-11",
        actors={"Egypt": ["country", "EGY"], "Jordan": ["country", "JOR"], "Libya": ["country", "LBY"]},
        timexes={"on Monday": ["1985-09-09", "1985-09-09"]},
    )
    (cut,) = [e for e in events if e.type == "SANCTION"]
    assert {a.name: a.side for a in cut.actors}.get("Libya") == "target"
    assert "LBY" in cut.countries


def test_the_two_men_who_agree_are_the_pair_who_just_met(nlp: Any) -> None:
    events = _events(
        nlp,
        "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Wuhan on Friday. "
        "The two men agreed to strengthen communication between their armies.",
        "2018-04-28",
        actors={
            "Indian": ["country", "IND"],
            "Narendra Modi": ["person", "IND"],
            "Chinese": ["country", "CHN"],
            "Xi Jinping": ["person", "CHN"],
        },
        places={"Wuhan": ["CHN", "city"]},
        timexes={"on Friday": ["2018-04-27", "2018-04-27"]},
    )
    (agree,) = [e for e in events if e.type == "AGREE"]
    assert {"Narendra Modi", "Xi Jinping"} <= {a.name for a in agree.actors}


def test_the_two_who_agree_after_a_phone_call_are_its_callers(nlp: Any) -> None:
    events = _events(
        nlp,
        "French Agriculture Minister Jean Dupont said he had spoken by telephone with his German "
        "counterpart, Hans Weber, on Thursday, and that the two had agreed to look for a solution.",
        "1999-02-12",
        actors={
            "French": ["country", "FRA"],
            "Jean Dupont": ["person", "FRA"],
            "German": ["country", "DEU"],
            "Hans Weber": ["person", "DEU"],
        },
        timexes={"on Thursday": ["1999-02-11", "1999-02-11"]},
    )
    (agree,) = [e for e in events if e.type == "AGREE"]
    assert {"Jean Dupont", "Hans Weber"} <= {a.name for a in agree.actors}


def test_two_men_who_attack_are_no_pair_told_before(nlp: Any) -> None:
    events = _events(
        nlp,
        "Indian Prime Minister Narendra Modi met Afghan President Ashraf Ghani on Monday. "
        "Two men attacked the Indian consulate in Jalalabad on Friday.",
        "2018-03-03",
        actors={
            "Indian": ["country", "IND"],
            "Narendra Modi": ["person", "IND"],
            "Afghan": ["country", "AFG"],
            "Ashraf Ghani": ["person", "AFG"],
        },
        places={"Jalalabad": ["AFG", "city"]},
        timexes={"on Monday": ["2018-02-26", "2018-02-26"], "on Friday": ["2018-03-02", "2018-03-02"]},
    )
    for e in events:
        if e.type == "ASSAULT":
            assert not {"Narendra Modi", "Ashraf Ghani"} & {a.name for a in e.actors}


# ---------------------------------------------------------------- heads of delegation

_IND_PAK_PEOPLE = {
    **_INDIA_PAKISTAN,
    "Indian": ["country", "IND"],
    "Naresh Chandra": ["person", None],
    "Ijlal Zaidi": ["person", None],
    "Ravi Kumar": ["person", None],
}


def test_heads_of_delegation_named_later_in_a_wire_took_part_in_the_talks_of_its_lede(nlp: Any) -> None:
    text = (
        "India and Pakistan ended three days of talks on the disputed glacier here on Friday, "
        "officials said.\n\n"
        "The Indian delegation was led by Defence Secretary Naresh Chandra. Pakistan's chief "
        "negotiator, Ijlal Zaidi, told reporters the gap had narrowed."
    )
    events = _events(
        nlp, text, "1989-06-18", actors=_IND_PAK_PEOPLE, timexes={"on Friday": ["1989-06-16", "1989-06-16"]}
    )
    talks = [e for e in events if e.type == "CONSULT" and e.date is not None]
    assert talks
    assert {"Naresh Chandra", "Ijlal Zaidi"} <= {a.name for a in talks[0].actors}


def test_who_led_a_delegation_said_in_the_next_sentence_took_part_in_the_talks(nlp: Any) -> None:
    text = (
        "India and Pakistan ended talks here on Friday on the river dispute. "
        '"We made progress," said Ravi Kumar, who led the Indian delegation.'
    )
    events = _events(
        nlp, text, "1989-06-18", actors=_IND_PAK_PEOPLE, timexes={"on Friday": ["1989-06-16", "1989-06-16"]}
    )
    (talks,) = [e for e in events if e.type == "CONSULT"]
    assert "Ravi Kumar" in {a.name for a in talks.actors}


def test_head_of_a_third_party_delegation_takes_no_part_in_talks_it_is_not_a_side_of(nlp: Any) -> None:
    text = (
        "India and Pakistan ended talks here on Friday on the river dispute, officials said.\n\n"
        "Ravi Kumar, head of the World Bank delegation, said the bank would fund the dam."
    )
    events = _events(
        nlp,
        text,
        "1989-06-18",
        actors={**_IND_PAK_PEOPLE, "World Bank": ["organisation", None]},
        timexes={"on Friday": ["1989-06-16", "1989-06-16"]},
    )
    talks = [e for e in events if e.type == "CONSULT" and {"IND", "PAK"} <= set(e.countries)]
    assert talks and all("Ravi Kumar" not in {a.name for a in e.actors} for e in talks)


def test_the_co_chairs_of_a_joint_commission_session_took_part_in_it(nlp: Any) -> None:
    text = (
        "The third session of the India-Japan Joint Commission was held on May 3-4 in Tokyo, "
        "co-chaired by Sushma Swaraj and Japan's foreign minister, Taro Kono."
    )
    events = _events(
        nlp,
        text,
        "2018-05-05",
        actors={
            "India": ["country", "IND"],
            "Japan": ["country", "JPN"],
            "Sushma Swaraj": ["person", "IND"],
            "Taro Kono": ["person", "JPN"],
        },
        places={"Tokyo": ["JPN", "city"]},
        timexes={"on May 3-4": ["2018-05-03", "2018-05-04"]},
    )
    (session,) = [e for e in events if e.type == "CONSULT"]
    assert {"Sushma Swaraj", "Taro Kono"} <= {a.name for a in session.actors}


# ---------------------------------------------------------------- who acts behind the act told


def test_who_issued_the_order_an_expulsion_was_made_under_made_it(nlp: Any) -> None:
    events = _events(
        nlp,
        "Ghana expelled hundreds of thousands of Nigerian traders in 1969, under an aliens "
        "compliance order issued by the government of Prime Minister Kofi Busia.",
        "1983-01-26",
        actors={"Ghana": ["country", "GHA"], "Nigerian": ["country", "NGA"], "Kofi Busia": ["person", "GHA"]},
        timexes={"in 1969": ["1969-01-01", "1969-12-31"]},
    )
    (expulsion,) = [e for e in events if e.type == "COERCE"]
    assert {a.name: a.side for a in expulsion.actors}.get("Kofi Busia") == "source"


def test_who_announced_it_when_an_act_was_agreed_without_an_agent_agreed_it(nlp: Any) -> None:
    events = _events(
        nlp,
        "The restoration of ties was agreed on December 17, when President Obama and "
        "President Raul Castro announced that they would seek to normalize relations.",
        "2015-07-21",
        actors={"Obama": ["person", "USA"], "Raul Castro": ["person", "CUB"]},
        timexes={"on December 17": ["2014-12-17", "2014-12-17"]},
    )
    agree = [e for e in events if e.type == "AGREE" and e.date is not None and e.date.start.day == 17]
    assert agree and {"Obama", "Raul Castro"} <= {a.name for a in agree[0].actors}


def test_a_named_leader_who_says_his_country_will_act_acts_through_it(nlp: Any) -> None:
    events = _events(
        nlp,
        "Foreign Minister Ishaya Audu said Nigeria would send a delegation to Accra next week.",
        "1983-01-26",
        actors={"Ishaya Audu": ["person", "NGA"], "Nigeria": ["country", "NGA"]},
        places={"Accra": ["GHA", "city"]},
    )
    sends = [e for e in events if "NGA" in e.countries]
    assert sends and all("Ishaya Audu" in {a.name for a in e.actors} for e in sends)


def test_a_leader_who_says_another_country_will_act_does_not_act_through_it(nlp: Any) -> None:
    events = _events(
        nlp,
        "Indian Foreign Minister Jaswant Singh said Pakistan was ready to resume talks with India.",
        "2001-05-10",
        actors={
            "Jaswant Singh": ["person", "IND"],
            "Indian": ["country", "IND"],
            "Pakistan": ["country", "PAK"],
            "India": ["country", "IND"],
        },
    )
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks and all("Jaswant Singh" not in {a.name for a in e.actors} for e in talks)


def test_talks_between_delegations_led_by_two_people_were_held_by_both(nlp: Any) -> None:
    text = (
        "A joint statement was read out in Geneva at the end of two days of talks between "
        "delegations led by Sir John Smith, Britain's ambassador to the United Nations, and "
        "Jorge Perez, a senior Chilean diplomat."
    )
    events = _events(
        nlp,
        text,
        "1990-02-16",
        actors={
            "John Smith": ["person", "GBR"],
            "Britain": ["country", "GBR"],
            "Jorge Perez": ["person", "CHL"],
            "Chilean": ["country", "CHL"],
        },
        places={"Geneva": ["CHE", "city"]},
    )
    (talks,) = [e for e in events if e.type == "CONSULT"]
    assert {"John Smith", "Jorge Perez"} <= {a.name for a in talks.actors}


def test_who_leads_a_delegation_abroad_visits_with_it_and_its_country_is_their_own_side(nlp: Any) -> None:
    events = _events(
        nlp,
        "Vice Premier Wang Qishan led a Chinese trade delegation to Washington on Monday.",
        "2009-07-29",
        actors={"Wang Qishan": ["person", "CHN"], "Chinese": ["country", "CHN"]},
        places={"Washington": ["USA", "city"]},
        timexes={"on Monday": ["2009-07-27", "2009-07-27"]},
    )
    (visit,) = [e for e in events if e.type == "CONSULT"]
    sides = {a.name: a.side for a in visit.actors}
    assert sides.get("Chinese") == "source" and sides.get("Wang Qishan") == "source"
    assert visit.location is not None and visit.location.name == "Washington"


# ---------------------------------------------------------------- measures referred back


def test_lifting_a_tariff_told_by_it_keeps_the_side_it_was_imposed_on(nlp: Any) -> None:
    text = "India imposed a tariff on Pakistani goods in 2018 and lifted it in 2020."
    events = _events(nlp, text, "2020-05-02", actors=_INDIA_PAKISTAN)
    (lifting,) = [e for e in events if e.trigger.text == "lifted"]
    assert any(a.country == "PAK" and a.side == "target" for a in lifting.actors)


def test_lifting_restrictions_imposed_on_exports_to_a_country_is_towards_that_country(nlp: Any) -> None:
    text = "Beijing said it would lift the restrictions imposed in 2017 on exports to South Korea."
    events = _events(
        nlp,
        text,
        "2019-12-20",
        actors={"Beijing": ["country", "CHN"], "South Korea": ["country", "KOR"]},
    )
    (lifting,) = [e for e in events if e.trigger.text == "lift"]
    assert any(a.country == "KOR" and a.side == "target" for a in lifting.actors)


def test_lifting_it_with_no_measure_told_before_names_no_other_side(nlp: Any) -> None:
    text = "India announced a curfew in Srinagar in August and lifted it in October."
    events = _events(nlp, text, "2019-10-12", actors=_INDIA_PAKISTAN)
    assert not any(a.country == "PAK" for e in events for a in e.actors)


def test_whom_a_state_is_ready_to_pay_is_the_other_side_not_a_country_of_the_condition(nlp: Any) -> None:
    text = (
        "Prime Minister Ahmet Davutoglu said Ankara was ready to pay compensation to Russia "
        "if the jet was downed over Syria."
    )
    table = {"Ankara": ["country", "TUR"], "Russia": ["country", "RUS"], "Syria": ["country", "SYR"]}
    events = _events(nlp, text, "2015-11-30", actors=table)
    (offer,) = [e for e in events if e.type == "AGREE"]
    assert any(a.name == "Russia" and a.side == "target" for a in offer.actors)
    assert set(offer.countries) == {"TUR", "RUS"}


def test_to_whom_a_state_offers_to_return_land_is_the_other_side(nlp: Any) -> None:
    text = "Moscow offered to return two of the islands to Japan, a spokesman said in Beijing."
    table = {"Moscow": ["country", "SUN"], "Japan": ["country", "JPN"]}
    events = _events(nlp, text, "1956-10-20", actors=table)
    (offer,) = [e for e in events if e.type == "AGREE"]
    assert any(a.name == "Japan" and a.side == "target" for a in offer.actors)


def test_what_a_state_is_ready_to_give_names_no_recipient_without_a_to_phrase(nlp: Any) -> None:
    text = "China is ready to sell more fighters, an official said after talks with India."
    table = {"China": ["country", "CHN"], "India": ["country", "IND"]}
    events = _events(nlp, text, "2011-04-02", actors=table)
    offers = [e for e in events if e.type == "AGREE"]
    assert not any(a.name == "India" and a.side == "target" for e in offers for a in e.actors)


def test_a_host_of_two_guests_takes_part_and_the_guests_are_the_sides(nlp: Any) -> None:
    text = (
        "Egyptian President Hosni Mubarak hosted Israeli Prime Minister Ehud Barak and "
        "Palestinian leader Yasser Arafat in Sharm el-Sheikh on Monday."
    )
    table = {"Egyptian": ["country", "EGY"], "Israeli": ["country", "ISR"], "Palestinian": ["country", "PSE"]}
    events = _events(nlp, text, "1999-09-06", actors=table)
    (meeting,) = [e for e in events if e.type == "CONSULT"]
    sides = {a.country: a.side for a in meeting.actors if a.kind == "country"}
    assert sides == {"EGY": "participant", "ISR": "target", "PSE": "target"}


def test_a_host_of_one_guest_is_a_side(nlp: Any) -> None:
    text = "Chinese President Xi Jinping hosted Russian President Vladimir Putin in Beijing on Friday."
    table = {"Chinese": ["country", "CHN"], "Russian": ["country", "RUS"]}
    events = _events(nlp, text, "2022-02-05", actors=table)
    (meeting,) = [e for e in events if e.type == "CONSULT"]
    assert any(a.country == "CHN" and a.side == "source" for a in meeting.actors)


def test_who_mediates_or_hosts_talks_between_two_others_takes_part_in_them(nlp: Any) -> None:
    table = {
        "Qatar": ["country", "QAT"],
        "Sudan": ["country", "SDN"],
        "Chad": ["country", "TCD"],
        "Saudi Arabia": ["country", "SAU"],
    }
    for text in (
        "Qatar mediated talks between Sudan and Chad in Doha on Sunday.",
        "Talks between Sudan and Chad were hosted by Saudi Arabia in Jeddah.",
    ):
        (talks,) = [e for e in _events(nlp, text, "2009-05-04", actors=table) if e.type == "CONSULT"]
        assert {a.name for a in talks.actors if a.side == "participant"} & {"Qatar", "Saudi Arabia"}
        assert {a.name for a in talks.actors if a.side == "target"} == {"Sudan", "Chad"}


def test_a_statement_judging_anothers_decision_is_aimed_at_whose_decision_it_is(nlp: Any) -> None:
    table = {
        "China": ["country", "CHN"],
        "Japan": ["country", "JPN"],
        "Greece": ["country", "GRC"],
        "Turkey": ["country", "TUR"],
    }
    (acc,) = [
        e
        for e in _events(
            nlp,
            "China said Japan's decision was a serious violation of the consensus.",
            "2012-09-11",
            actors=table,
        )
        if e.type == "ACCUSE"
    ]
    assert {a.name: a.side for a in acc.actors} == {"China": "source", "Japan": "target"}
    text = (
        "Greece's foreign ministry said the decision by Turkey to send the ship was a violation "
        "of its sovereignty."
    )
    (acc,) = [e for e in _events(nlp, text, "2020-08-11", actors=table) if e.type == "ACCUSE"]
    assert {a.name: a.side for a in acc.actors} == {"Greece": "source", "Turkey": "target"}


def test_who_is_expected_or_scheduled_to_visit_or_meet_is_the_visitor(nlp: Any) -> None:
    table = {
        "Argentine": ["country", "ARG"],
        "Guido di Tella": ["person", "ARG"],
        "London": ["country", "GBR"],
        "Douglas Hurd": ["person", "GBR"],
    }
    text = (
        "Argentine Foreign Minister Guido di Tella is expected to visit London next month for "
        "talks with Douglas Hurd."
    )
    (visit,) = [e for e in _events(nlp, text, "1990-02-10", actors=table) if e.type == "CONSULT"]
    assert any(a.name == "Guido di Tella" and a.side == "source" for a in visit.actors)
    table = {"Manmohan Singh": ["person", "IND"], "Pervez Musharraf": ["person", "PAK"]}
    text = "Manmohan Singh is scheduled to meet Pervez Musharraf in New York on Saturday."
    (meeting,) = [e for e in _events(nlp, text, "2004-09-20", actors=table) if e.type == "CONSULT"]
    assert any(a.name == "Manmohan Singh" and a.side == "source" for a in meeting.actors)


def test_who_crosses_a_border_for_talks_holds_them_but_not_who_asks_for_them(nlp: Any) -> None:
    table = {
        "West German": ["country", "DEU"],
        "Helmut Schmidt": ["person", "DEU"],
        "Erich Honecker": ["person", "DDR"],
        "Egypt": ["country", "EGY"],
        "Israel": ["country", "ISR"],
    }
    text = "West German Chancellor Helmut Schmidt crossed the border on foot for talks with Erich Honecker."
    (talks,) = [e for e in _events(nlp, text, "1981-12-12", actors=table) if e.type == "CONSULT"]
    assert any(a.name == "Helmut Schmidt" and a.side == "source" for a in talks.actors)
    talks = [
        e
        for e in _events(nlp, "Egypt asked for talks with Israel.", "1977-11-02", actors=table)
        if e.type == "CONSULT"
    ]
    assert not any(a.name == "Egypt" for e in talks for a in e.actors)


def test_the_two_countries_after_a_clause_naming_two_states_are_those_states_not_the_envoys_before(
    nlp: Any,
) -> None:
    text = (
        "Foreign Minister Lee Sang-ock will travel to Beijing next week for talks with Foreign "
        "Minister Qian Qichen, officials said. "
        "Seoul lifted its ban on trade with China in 1988, and the two countries signed a trade "
        "agreement in 1991."
    )
    table = {
        "Lee Sang-ock": ["person", "KOR"],
        "Qian Qichen": ["person", "CHN"],
        "Seoul": ["country", "KOR"],
        "China": ["country", "CHN"],
    }
    events = _events(nlp, text, "1992-08-20", actors=table)
    (deal,) = [e for e in events if e.type == "AGREE"]
    assert set(deal.countries) == {"KOR", "CHN"}
    assert not any(a.kind == "person" for a in deal.actors)


def test_a_past_tense_verb_joined_to_a_to_clause_is_done_by_the_main_subject_not_the_urged(
    nlp: Any,
) -> None:
    text = (
        "On Wednesday, External Affairs Minister Jaswant Singh urged Pakistan to stop the raids "
        "and offered to hold talks on trade."
    )
    table = {"Jaswant Singh": ["person", "IND"], "Pakistan": ["country", "PAK"]}
    events = _events(nlp, text, "1999-03-04", actors=table)
    (talks,) = [e for e in events if e.type == "CONSULT"]
    assert "Jaswant Singh" in {a.name for a in talks.actors}
    assert set(talks.countries) == {"IND", "PAK"}


def test_a_country_the_parse_hung_on_the_object_before_is_the_subject_of_a_verb_left_without_one(
    nlp: Any,
) -> None:
    text = (
        "The border has been closed since 1975, when Greece imposed visas on Turks and Turkey "
        "responded by shutting the frontier."
    )
    table = {"Greece": ["country", "GRC"], "Turkey": ["country", "TUR"]}
    events = _events(nlp, text, "1990-05-02", actors=table)
    assert any(
        any(a.name == "Turkey" and a.side == "source" for a in e.actors)
        for e in events
        if e.type == "SANCTION"
    ), [(e.type, [(a.name, a.side) for a in e.actors]) for e in events]


def test_him_invited_to_visit_is_the_one_called_not_the_caller(bilat_nlp: Any) -> None:
    visits = [
        e
        for e in _consults(
            bilat_nlp,
            "Chinese Premier Li Peng telephoned South Korean President Kim Young-sam on Sunday and "
            "invited him to visit Beijing, the Foreign Ministry said.",
            "1994-03-28",
        )
        if e.trigger is not None and e.trigger.text == "visit"
    ]
    assert visits
    assert {"Peng", "Young-sam"} <= _persons(visits[0]) or {"Li", "Kim"} <= _persons(visits[0])
    (guest,) = [a for a in visits[0].actors if a.kind == "person" and a.side == "source"]
    assert "Kim" in guest.name


def test_three_ministers_are_the_three_countries_listed_not_the_pair_told_last(nlp: Any) -> None:
    events = _events(
        nlp,
        "Foreign ministers of Brazil, Argentina and Paraguay met in Asuncion on Monday. Uruguay's "
        "President Julio Sanguinetti later telephoned Argentine President Carlos Menem. The three "
        "foreign ministers agreed to set up a joint commission on the Itaipu dam.",
        "1991-03-12",
        actors={
            "Brazil": ["country", "BRA"],
            "Argentina": ["country", "ARG"],
            "Argentine": ["country", "ARG"],
            "Paraguay": ["country", "PRY"],
            "Uruguay": ["country", "URY"],
            "Julio Sanguinetti": ["person", "URY"],
            "Carlos Menem": ["person", "ARG"],
        },
        places={"Asuncion": ["PRY", "city"]},
        timexes={"on Monday": ["1991-03-11", "1991-03-11"]},
    )
    agreed = [e for e in events if e.type == "AGREE" and e.trigger is not None and e.trigger.text == "agreed"]
    assert agreed
    assert set(agreed[0].countries) == {"BRA", "ARG", "PRY"}
    assert all(a.kind != "person" for a in agreed[0].actors)


def test_a_name_after_the_object_of_after_is_the_subject_of_the_verb_that_follows(nlp: Any) -> None:
    events = _events(
        nlp,
        "The border has stayed shut since 1976, when Kenya imposed visas on Ugandans after a bomb "
        "attack in Nairobi and Uganda responded by closing the frontier.",
        "1979-08-01",
        actors={"Kenya": ["country", "KEN"], "Uganda": ["country", "UGA"], "Ugandans": ["country", "UGA"]},
        places={"Nairobi": ["KEN", "city"]},
        timexes={"since 1976": ["1976-01-01", "1976-12-31"]},
    )
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert any(a.name == "Uganda" and a.side == "source" for e in sanctions for a in e.actors)
    attacks = [e for e in events if e.trigger is not None and e.trigger.text == "attack"]
    assert all(a.name != "Uganda" for e in attacks for a in e.actors)


def test_the_countries_are_the_countries_listed_not_the_pair_that_spoke_last(nlp: Any) -> None:
    events = _events(
        nlp,
        "Brazil, Argentina and Uruguay opened talks on a customs union in Montevideo on Monday. "
        "U.S. Trade Representative Carla Hills and GATT chief Arthur Dunkel met on Tuesday. "
        "In March the countries agreed to cut tariffs on steel.",
        "1991-05-08",
        actors={
            "Brazil": ["country", "BRA"],
            "Argentina": ["country", "ARG"],
            "Uruguay": ["country", "URY"],
            "Carla Hills": ["person", "USA"],
            "Arthur Dunkel": ["person", None],
        },
        places={"Montevideo": ["URY", "city"]},
        timexes={
            "on Monday": ["1991-05-06", "1991-05-06"],
            "on Tuesday": ["1991-05-07", "1991-05-07"],
            "In March": ["1991-03-01", "1991-03-31"],
        },
    )
    agreed = [e for e in events if e.type == "AGREE" and e.trigger is not None and e.trigger.text == "agreed"]
    assert agreed
    assert set(agreed[0].countries) == {"BRA", "ARG", "URY"}
    assert all(a.kind != "person" for a in agreed[0].actors)


def test_who_is_expected_in_a_capital_for_talks_holds_them(nlp: Any) -> None:
    events = _events(
        nlp,
        "Chilean Finance Minister Alejandro Foxley is expected in Washington next week for talks with "
        "Treasury Secretary Nicholas Brady, a ministry spokesman said.",
        "1990-04-20",
        actors={
            "Alejandro Foxley": ["person", "CHL"],
            "Chilean": ["country", "CHL"],
            "Nicholas Brady": ["person", "USA"],
        },
        places={"Washington": ["USA", "city"]},
        timexes={"next week": ["1990-04-23", "1990-04-29"]},
    )
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks
    assert {"Alejandro Foxley", "Nicholas Brady"} <= {a.name for a in talks[0].actors}


def test_the_one_named_as_a_successor_is_the_party_not_the_one_succeeded(nlp: Any) -> None:
    events = _events(
        nlp,
        "Mexican Foreign Minister Fernando Solana will hold talks in Washington on Friday with "
        "Baker's successor, Lawrence Eagleburger, officials said.",
        "1992-12-10",
        actors={
            "Fernando Solana": ["person", "MEX"],
            "Mexican": ["country", "MEX"],
            "Baker": ["person", "USA"],
            "Lawrence Eagleburger": ["person", "USA"],
        },
        places={"Washington": ["USA", "city"]},
        timexes={"on Friday": ["1992-12-11", "1992-12-11"]},
    )
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks
    names = {a.name for a in talks[0].actors}
    assert "Lawrence Eagleburger" in names
    assert "Baker" not in names


def test_the_countries_of_a_named_group_are_not_the_list_told_before(nlp: Any) -> None:
    events = _events(
        nlp,
        "Brazil, Argentina and Uruguay opened talks in Montevideo on Monday. "
        "The countries of the Andean Pact agreed on Tuesday to cut tariffs.",
        "1991-05-08",
        actors={"Brazil": ["country", "BRA"], "Argentina": ["country", "ARG"], "Uruguay": ["country", "URY"]},
        places={"Montevideo": ["URY", "city"]},
        timexes={"on Monday": ["1991-05-06", "1991-05-06"], "on Tuesday": ["1991-05-07", "1991-05-07"]},
    )
    agreed = [e for e in events if e.type == "AGREE" and e.trigger is not None and e.trigger.text == "agreed"]
    assert all(set(e.countries) != {"BRA", "ARG", "URY"} for e in agreed)


def test_a_meeting_still_ahead_in_a_conjunct_is_not_dated_by_the_past_one(bilat_nlp: Any) -> None:
    events = _extracted(
        bilat_nlp,
        "Lee Hsien Loong called on Mahathir Mohamad in Putrajaya in May, days after the election, and the "
        "two men are expected to meet again when Mahathir travels to Singapore for a regional summit in "
        "November.",
        "2018-09-06",
    )
    ahead = [e for e in events if e.type == "CONSULT" and e.status == "planned"]
    assert ahead and all(e.date is not None and e.date.start == dt.date(2018, 11, 1) for e in ahead)


def test_a_meeting_to_be_held_within_a_month_is_dated_by_that_month(bilat_nlp: Any) -> None:
    events = _extracted(
        bilat_nlp,
        "Ecuador and Peru signed a border accord in Brasilia on Monday. Officials from the two countries "
        "will meet within 30 days to mark the new frontier.",
        "1998-10-28",
    )
    (meeting,) = [e for e in events if e.type == "CONSULT"]
    assert (meeting.date.start, meeting.date.end) == (dt.date(1998, 10, 28), dt.date(1998, 11, 26))


def test_persons_with_long_titles_between_whom_a_meeting_was_held_are_its_actors(bilat_nlp: Any) -> None:
    (meeting,) = _consults(
        bilat_nlp,
        "Officials confirmed a meeting in Geneva last Friday between Adviser to the Prime Minister "
        "on Foreign Affairs Tariq Fatemi and Indian National Security Adviser Ajit Doval.",
        "2016-05-10",
    )
    assert {"Fatemi", "Doval"} <= _persons(meeting)


def test_who_agree_on_a_plan_during_talks_held_the_talks_however_during_is_hung(bilat_nlp: Any) -> None:
    (meeting,) = _consults(
        bilat_nlp,
        "Officials said Greek Prime Minister Costas Simitis and his Turkish counterpart Bulent Ecevit had "
        "agreed on a set of steps for the Aegean during talks in New York on Thursday.",
        "1999-09-25",
    )
    assert {"Simitis", "Ecevit"} <= _persons(meeting)
    assert {a.country for a in meeting.actors} >= {"GRC", "TUR"}


def test_a_state_and_the_one_it_came_out_of_are_not_the_two_countries(bilat_nlp: Any) -> None:
    doc = bilat_nlp(
        parse.make_doc(
            bilat_nlp,
            "Serbia and Croatia signed a border protocol in Zagreb on Monday. Talks on the Danube frontier "
            "began in 1992. Serbia kept the claim after Yugoslavia broke apart, and in 2001 the two "
            "countries agreed to set up a joint commission.",
            "a1",
            dt.date(2010, 3, 2),
        )
    )
    later = [e for e in doc._.bilat_events if e.type == "AGREE" and e.trigger.text == "agreed"]
    assert later and all(set(e.countries) == {"SRB", "HRV"} for e in later)


def test_who_agree_on_points_of_a_budget_at_talks_held_the_talks(bilat_nlp: Any) -> None:
    (meeting,) = _consults(
        bilat_nlp,
        "West German Chancellor Helmut Kohl and French President Francois Mitterrand agreed on the main "
        "points of the farm budget at talks in Paris late on Sunday.",
        "1988-02-08",
    )
    assert {"Kohl", "Mitterrand"} <= _persons(meeting)
