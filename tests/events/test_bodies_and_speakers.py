"""Intergovernmental bodies acting as a side on their own, threats worded with a negation, and
statements by a country's ministry about a thing.

Stories written for these tests (wires of several decades, other country pairs); each carries
the table of actors, places and dates the earlier stages would give it. A body with no country
is tagged ``igo`` by the harness, as the actors stage tags it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bilat import parse
from bilat.actors import igo_members
from bilat.events import find_events
from events_harness import annotate


def _events(nlp: Any, text: str, published: str, **table: Any) -> list[Any]:
    item = {"id": "b1", "text": text, "published": published, **table}
    doc = nlp(parse.make_doc(nlp, text, "b1", dt.date.fromisoformat(published)))
    return find_events(annotate(doc, item))


def _of(events: list[Any], etype: str) -> list[Any]:
    return [e for e in events if e.type == etype]


# ---------------------------------------------------------------- bodies of states


def test_g7_meeting_and_agreeing_on_its_own_is_its_members_consulting_and_agreeing(nlp: Any) -> None:
    events = _events(
        nlp,
        "The G7 finance ministers met in Washington on Wednesday and agreed that the dollar should "
        "be stabilised. The dollar rose in Tokyo on Thursday.",
        "1987-04-09",
        actors={"G7": ["organisation", None]},
        places={"Washington": ["USA", "city"], "Tokyo": ["JPN", "city"]},
        timexes={"on Wednesday": ["1987-04-08", "1987-04-08"], "on Thursday": ["1987-04-09", "1987-04-09"]},
    )
    g7 = set(igo_members("G7", dt.date(1987, 4, 9)))
    consult, agree = _of(events, "CONSULT"), _of(events, "AGREE")
    assert consult and agree
    for e in (consult[0], agree[0]):
        assert [a.name for a in e.actors] == ["G7"]
        assert set(e.countries) == g7
    assert consult[0].mode == "multilateral"
    assert consult[0].date is not None and consult[0].date.start == dt.date(1987, 4, 8)


def test_gulf_council_meeting_lists_its_six_members(nlp: Any) -> None:
    events = _events(
        nlp,
        "Finance ministers of the Gulf Cooperation Council opened a two-day meeting in Riyadh on "
        "Saturday. Oil prices were steady in London.",
        "1987-03-08",
        actors={"Gulf Cooperation Council": ["organisation", None]},
        places={"Riyadh": ["SAU", "city"], "London": ["GBR", "city"]},
        timexes={"on Saturday": ["1987-03-07", "1987-03-07"]},
    )
    consult = _of(events, "CONSULT")
    assert consult and set(consult[0].countries) == {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"}


def test_they_after_a_body_met_are_the_body(nlp: Any) -> None:
    events = _events(
        nlp,
        "ASEAN foreign ministers met in Manila on Monday. They agreed to set up a free trade area by 2003.",
        "1992-01-28",
        actors={"ASEAN": ["organisation", None]},
        places={"Manila": ["PHL", "city"]},
        timexes={"on Monday": ["1992-01-27", "1992-01-27"]},
    )
    agree = _of(events, "AGREE")
    assert agree and [a.name for a in agree[0].actors] == ["ASEAN"]
    assert set(agree[0].countries) == set(igo_members("ASEAN", dt.date(1992, 1, 28)))


def test_body_members_are_those_of_the_story_date(nlp: Any) -> None:
    text = (
        "NATO defence ministers agreed in Brussels on Thursday to strengthen the alliance's "
        "eastern flank. The ministers also discussed the budget."
    )
    table = {"actors": {"NATO": ["organisation", None]}, "places": {"Brussels": ["BEL", "city"]}}
    early = _of(_events(nlp, text, "1985-06-07", **table), "AGREE")
    late = _of(_events(nlp, text, "2019-06-07", **table), "AGREE")
    assert early and late
    assert "POL" not in early[0].countries and "GRC" in early[0].countries
    assert "POL" in late[0].countries


def test_body_facing_an_outside_country_does_not_list_its_members(nlp: Any) -> None:
    events = _events(
        nlp,
        "The European Community imposed sanctions on South Africa on Monday. Britain had opposed "
        "the move for months.",
        "1986-09-16",
        actors={
            "European Community": ["organisation", None],
            "South Africa": ["country", "ZAF"],
            "Britain": ["country", "GBR"],
        },
        timexes={"on Monday": ["1986-09-15", "1986-09-15"]},
    )
    sanction = _of(events, "SANCTION")
    assert sanction and list(sanction[0].countries) == ["ZAF"]
    assert {a.name for a in sanction[0].actors} == {"European Community", "South Africa"}


def test_statement_of_a_body_alone_is_not_an_act_among_its_members(nlp: Any) -> None:
    events = _events(
        nlp,
        "NATO warned on Tuesday of the risks of escalation. Oil prices rose in London.",
        "2014-03-05",
        actors={"NATO": ["organisation", None]},
        places={"London": ["GBR", "city"]},
        timexes={"on Tuesday": ["2014-03-04", "2014-03-04"]},
    )
    assert not _of(events, "THREATEN")


def test_summit_of_a_body_that_only_sets_the_scene_is_no_meeting_of_its_members(nlp: Any) -> None:
    events = _events(
        nlp,
        "Narendra Modi will meet Xi Jinping on the sidelines of the summit of the Shanghai "
        "Cooperation Organisation in Bishkek. Trade will top the agenda.",
        "2019-06-10",
        actors={
            "Narendra Modi": ["person", "IND"],
            "Xi Jinping": ["person", "CHN"],
            "Shanghai Cooperation Organisation": ["organisation", None],
        },
        places={"Bishkek": ["KGZ", "city"]},
    )
    assert all(len(e.countries) <= 2 for e in _of(events, "CONSULT"))


# ---------------------------------------------------------------- threats worded with a negation


def test_will_not_allow_is_a_threat_made_not_a_denied_one(nlp: Any) -> None:
    events = _events(
        nlp,
        "Turkey will not allow Greece to extend its territorial waters, Prime Minister Turgut Ozal "
        "said on Friday. Greece has said it may extend them to 12 miles.",
        "1987-06-06",
        actors={
            "Turkey": ["country", "TUR"],
            "Greece": ["country", "GRC"],
            "Turgut Ozal": ["person", "TUR"],
        },
        timexes={"on Friday": ["1987-06-05", "1987-06-05"]},
    )
    threat = _of(events, "THREATEN")
    assert threat
    assert threat[0].negated is False
    assert threat[0].status == "occurred"
    assert {"TUR", "GRC"} <= set(threat[0].countries)


def test_will_not_tolerate_told_by_a_minister_is_a_threat(nlp: Any) -> None:
    events = _events(
        nlp,
        "The United States will not tolerate Iranian attacks on neutral shipping, Caspar "
        "Weinberger said on Monday. Iran had fired missiles at a Kuwaiti tanker.",
        "1987-10-20",
        actors={
            "The United States": ["country", "USA"],
            "Caspar Weinberger": ["person", "USA"],
            "Iranian": ["country", "IRN"],
            "Iran": ["country", "IRN"],
            "Kuwaiti": ["country", "KWT"],
        },
        timexes={"on Monday": ["1987-10-19", "1987-10-19"]},
    )
    threat = _of(events, "THREATEN")
    assert threat and not threat[0].negated and threat[0].status == "occurred"


def test_past_refusal_to_allow_is_no_threat(nlp: Any) -> None:
    events = _events(
        nlp,
        "Pakistan did not allow India to inspect the site, officials said on Monday. India had "
        "asked for access.",
        "1999-07-13",
        actors={"Pakistan": ["country", "PAK"], "India": ["country", "IND"]},
        timexes={"on Monday": ["1999-07-12", "1999-07-12"]},
    )
    assert not _of(events, "THREATEN")


# ---------------------------------------------------------------- ministries as speakers


def test_ministry_of_a_country_condemning_a_thing_answers_the_storys_other_country(nlp: Any) -> None:
    events = _events(
        nlp,
        "Turkey's Foreign Ministry condemned the decision on Tuesday. Greece had announced a "
        "drilling plan near Turkish islands in the Aegean.",
        "1996-02-07",
        actors={
            "Turkey": ["country", "TUR"],
            "Foreign Ministry": ["organisation", "TUR", "government"],
            "Greece": ["country", "GRC"],
            "Turkish": ["country", "TUR"],
        },
        timexes={"on Tuesday": ["1996-02-06", "1996-02-06"]},
    )
    accuse = _of(events, "ACCUSE")
    assert accuse
    assert set(accuse[0].countries) == {"TUR", "GRC"}
    sources = {a.name for a in accuse[0].actors if a.side == "source"}
    assert "Foreign Ministry" in sources


def test_ministry_named_alone_with_its_country_criticising_tariffs(nlp: Any) -> None:
    events = _events(
        nlp,
        "The Chinese Commerce Ministry criticised the tariffs on Friday. The United States had "
        "raised duties on Chinese steel, angering Beijing.",
        "2018-03-10",
        actors={
            "Chinese Commerce Ministry": ["organisation", "CHN", "government"],
            "The United States": ["country", "USA"],
            "Chinese": ["country", "CHN"],
            "Beijing": ["country", "CHN"],
        },
        timexes={"on Friday": ["2018-03-09", "2018-03-09"]},
    )
    accuse = _of(events, "ACCUSE")
    assert accuse and set(accuse[0].countries) == {"CHN", "USA"}


def test_ministry_speaker_end_to_end(bilat_nlp: Any) -> None:
    text = (
        "Israel's defence ministry denounced the report on Sunday. Egypt accused Israel of "
        "violating the peace treaty in Sinai."
    )
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "b2", dt.date(1982, 5, 3)))
    denounce = [e for e in doc._.bilat_events if e.type == "ACCUSE" and e.trigger.text == "denounced"]
    assert denounce and set(denounce[0].countries) == {"ISR", "EGY"}


def test_group_described_in_words_meets_end_to_end(bilat_nlp: Any) -> None:
    text = (
        "The finance ministers of seven major industrial countries met in Paris on Sunday and "
        "agreed to coordinate interest rates. The dollar rose in Tokyo on Monday."
    )
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "b3", dt.date(1987, 2, 23)))
    consult = [e for e in doc._.bilat_events if e.type == "CONSULT"]
    assert consult and "G7" in {a.name for a in consult[0].actors}
    assert {"USA", "JPN", "DEU"} <= set(consult[0].countries)


# ---------------------------------------------------------------- subjects the parse splits or hides


def test_both_subjects_the_parse_hangs_on_one_meeting_verb_are_parties(nlp: Any) -> None:
    events = _events(
        nlp,
        "Foreign Minister Mevlut Cavusoglu and his Greek counterpart Nikos Dendias would meet in "
        "Ankara next month.",
        "2021-03-02",
        actors={
            "Mevlut Cavusoglu": ["person", "TUR"],
            "Greek": ["country", "GRC"],
            "Nikos Dendias": ["person", "GRC"],
        },
        places={"Ankara": ["TUR", "city"]},
    )
    (meet,) = _of(events, "CONSULT")
    assert {"Mevlut Cavusoglu", "Nikos Dendias"} <= {a.name for a in meet.actors}


def test_it_said_by_a_country_is_that_country(nlp: Any) -> None:
    events = _events(
        nlp,
        "Egypt said it would not attend the talks with Israel in Geneva.",
        "1979-02-10",
        actors={"Egypt": ["country", "EGY"], "Israel": ["country", "ISR"]},
        places={"Geneva": ["CHE", "city"]},
    )
    (refusal,) = _of(events, "REJECT")
    assert any(a.name == "Egypt" and a.side == "source" for a in refusal.actors)


def test_it_said_by_a_person_or_standing_for_a_thing_is_not_the_speaker(nlp: Any) -> None:
    events = _events(
        nlp,
        "Egypt said the treaty was void and it would not attend the talks with Israel. "
        "Mubarak said it was necessary to reject the proposal.",
        "1979-02-10",
        actors={"Egypt": ["country", "EGY"], "Israel": ["country", "ISR"], "Mubarak": ["person", "EGY"]},
    )
    assert not any(a.name == "Egypt" and a.side == "source" for e in _of(events, "REJECT") for a in e.actors)


def test_the_city_an_ambassador_is_recalled_from_names_the_other_side(nlp: Any) -> None:
    events = _events(
        nlp,
        "Greece recalled its ambassador from Ankara on Tuesday. Turkey protested.",
        "1987-03-31",
        actors={"Greece": ["country", "GRC"], "Turkey": ["country", "TUR"]},
        places={"Ankara": ["TUR", "city"]},
    )
    (recall,) = [e for e in events if e.trigger.text == "recalled"]
    assert any(a.name == "Turkey" and a.side == "target" for a in recall.actors)


def test_the_city_an_embassy_stands_in_names_the_other_side(nlp: Any) -> None:
    events = _events(
        nlp,
        "Argentina closed its embassy in Brasilia. Brazil called the move hasty.",
        "1982-05-04",
        actors={"Argentina": ["country", "ARG"], "Brazil": ["country", "BRA"]},
        places={"Brasilia": ["BRA", "city"]},
    )
    (closing,) = [e for e in events if e.trigger.text == "closed"]
    assert any(a.name == "Brazil" and a.side == "target" for a in closing.actors)


def test_the_capital_an_envoy_is_posted_in_names_the_other_side_end_to_end(bilat_nlp: Any) -> None:
    # the capital after "ambassador" stands for the host government: neither a place nor named
    text = "Qatar recalled its ambassador in Riyadh on Wednesday, the foreign ministry said."
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "b4", dt.date(2014, 3, 6)))
    (recall,) = [e for e in doc._.bilat_events if e.trigger.text == "recalled"]
    assert set(recall.countries) == {"QAT", "SAU"}
    assert any(a.name == "Saudi Arabia" and a.side == "target" for a in recall.actors)


def test_a_city_hung_on_the_verb_after_the_envoy_names_the_other_side_end_to_end(bilat_nlp: Any) -> None:
    text = "Brazil withdrew its envoy in Buenos Aires after the border incident."
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "b5", dt.date(1978, 9, 12)))
    (withdrawal,) = [e for e in doc._.bilat_events if e.trigger.text == "withdrew"]
    assert set(withdrawal.countries) == {"BRA", "ARG"}


# ---------------------------------------------------------------- a body by the last word of its name


def test_the_bank_asked_for_a_loan_is_the_world_bank_named_before(nlp: Any) -> None:
    events = _events(
        nlp,
        "Argentine Economy Minister Domingo Cavallo will meet officials of the World Bank in "
        "Washington next week. Argentina has asked the Bank for a loan to rebuild its railways, "
        "a ministry spokesman said.",
        "1991-06-12",
        actors={
            "World Bank": ["organisation", None],
            "Argentina": ["country", "ARG"],
            "Argentine": ["country", "ARG"],
            "Domingo Cavallo": ["person", "ARG"],
        },
        places={"Washington": ["USA", "city"]},
        timexes={"next week": ["1991-06-17", "1991-06-23"]},
    )
    asked = [e for e in _of(events, "REQUEST") if e.trigger.text == "asked"]
    assert asked
    assert any(a.name == "World Bank" and a.side == "target" for a in asked[0].actors)


def test_the_bank_of_a_state_named_anew_is_not_the_body_named_before(nlp: Any) -> None:
    events = _events(
        nlp,
        "South Korea sought help from the Asian Development Bank in December. Seoul has asked the "
        "Export-Import Bank of Japan for a loan to pay for oil imports, officials said.",
        "1997-12-20",
        actors={
            "Asian Development Bank": ["organisation", None],
            "South Korea": ["country", "KOR"],
            "Seoul": ["country", "KOR"],
            "Japan": ["country", "JPN"],
        },
        timexes={"in December": ["1997-12-01", "1997-12-31"]},
    )
    asked = [e for e in _of(events, "REQUEST") if e.trigger.text == "asked"]
    assert asked
    assert all(a.name != "Asian Development Bank" for a in asked[0].actors)


# ---------------------------------------------------------------- bodies told before


def test_it_opening_a_sentence_is_the_ministry_that_acted_in_the_one_before(nlp: Any) -> None:
    events = _events(
        nlp,
        "The Greek Foreign Ministry rejected the Turkish claims on Monday. It accused Ankara of "
        "violating Greek airspace over the Aegean.",
        "1996-02-06",
        actors={
            "Greek Foreign Ministry": ["organisation", "GRC"],
            "Turkish": ["country", "TUR"],
            "Ankara": ["country", "TUR"],
            "Greek": ["country", "GRC"],
        },
        timexes={"on Monday": ["1996-02-05", "1996-02-05"]},
    )
    accused = _of(events, "ACCUSE")
    assert accused
    assert any(a.name == "Greek Foreign Ministry" and a.side == "source" for a in accused[0].actors)


def test_it_after_a_thing_of_a_country_is_not_the_country(nlp: Any) -> None:
    events = _events(
        nlp,
        "The Greek report came out on Monday. It accused Ankara of violating Greek airspace.",
        "1996-02-06",
        actors={"Greek": ["country", "GRC"], "Ankara": ["country", "TUR"]},
        timexes={"on Monday": ["1996-02-05", "1996-02-05"]},
    )
    accused = _of(events, "ACCUSE")
    assert all(a.side != "source" or a.country != "GRC" for e in accused for a in e.actors)


def test_it_told_before_is_no_side_of_a_measure_its_clause_resists(nlp: Any) -> None:
    events = _events(
        nlp,
        "The European Union criticised Washington on Monday. It has devised a vehicle to resist "
        "US sanctions on Iran.",
        "2019-02-12",
        actors={
            "European Union": ["organisation", None],
            "Washington": ["country", "USA"],
            "US": ["country", "USA"],
            "Iran": ["country", "IRN"],
        },
        timexes={"on Monday": ["2019-02-11", "2019-02-11"]},
    )
    sanctions = _of(events, "SANCTION")
    assert all(a.name != "European Union" for e in sanctions for a in e.actors)


def test_the_council_in_lower_case_is_the_council_named_before(nlp: Any) -> None:
    events = _events(
        nlp,
        "South Korea appealed to the UN Security Council on Monday over the shelling. "
        "The council urged North Korea to halt the attacks.",
        "2010-11-24",
        actors={
            "UN Security Council": ["organisation", None],
            "South Korea": ["country", "KOR"],
            "North Korea": ["country", "PRK"],
        },
        timexes={"on Monday": ["2010-11-22", "2010-11-22"]},
    )
    urged = [e for e in events if e.trigger.text == "urged"]
    assert urged
    assert any(a.name == "UN Security Council" and a.side == "source" for a in urged[0].actors)


def test_the_council_expected_to_act_is_the_council_named_before(nlp: Any) -> None:
    events = _events(
        nlp,
        "South Korea appealed to the UN Security Council on Monday over the shelling. "
        "The council is expected to condemn North Korea on Friday.",
        "2010-11-24",
        actors={
            "UN Security Council": ["organisation", None],
            "South Korea": ["country", "KOR"],
            "North Korea": ["country", "PRK"],
        },
        timexes={"on Monday": ["2010-11-22", "2010-11-22"], "on Friday": ["2010-11-26", "2010-11-26"]},
    )
    condemned = [e for e in events if e.trigger.text == "condemn"]
    assert condemned
    assert any(a.name == "UN Security Council" and a.side == "source" for a in condemned[0].actors)


def test_a_denial_of_an_accusation_told_before_is_aimed_at_the_accuser(nlp: Any) -> None:
    events = _events(
        nlp,
        "Pakistan accused India on Tuesday of backing separatists in Baluchistan. India rejected the charge.",
        "2016-08-17",
        actors=_INDIA_PAKISTAN,
        timexes={"on Tuesday": ["2016-08-16", "2016-08-16"]},
    )
    rejected = _of(events, "REJECT")
    assert rejected
    sides = {(a.name, a.side) for a in rejected[0].actors}
    assert ("India", "source") in sides and ("Pakistan", "target") in sides


def test_a_denial_of_a_proposal_is_not_aimed_at_an_accuser_before(nlp: Any) -> None:
    events = _events(
        nlp,
        "Pakistan accused India on Tuesday of backing separatists. India rejected a proposal "
        "for talks from Afghanistan.",
        "2016-08-17",
        actors={**_INDIA_PAKISTAN, "Afghanistan": ["country", "AFG"]},
        timexes={"on Tuesday": ["2016-08-16", "2016-08-16"]},
    )
    for e in _of(events, "REJECT"):
        assert all(a.name != "Pakistan" for a in e.actors)


_INDIA_PAKISTAN = {
    "India": ["country", "IND"],
    "Pakistan": ["country", "PAK"],
}


def test_the_body_whose_meeting_is_the_occasion_of_an_agreement_takes_part_in_it(bilat_nlp: Any) -> None:
    doc = bilat_nlp(
        parse.make_doc(
            bilat_nlp,
            "Brazil and Argentina agreed at a Mercosur meeting in Montevideo to lower tariffs on cars.",
            "a1",
            dt.date(1995, 6, 2),
        )
    )
    (deal,) = [e for e in doc._.bilat_events if e.type == "AGREE"]
    assert "Mercosur" in {a.name for a in deal.actors if a.side == "participant"}
    assert {a.country for a in deal.actors if a.side == "source"} == {"BRA", "ARG"}


def test_a_ministry_by_its_portfolio_acts_for_the_other_side_in_each_joined_verb(bilat_nlp: Any) -> None:
    doc = bilat_nlp(
        parse.make_doc(
            bilat_nlp,
            "Pakistan expelled an Indian diplomat on Monday. The foreign ministry rejected the charges, "
            "summoned Pakistan's High Commissioner, Abdul Basit, and expelled a Pakistani diplomat on "
            "Tuesday.",
            "a1",
            dt.date(2016, 11, 3),
        )
    )
    expulsions = [e for e in doc._.bilat_events if e.type == "SANCTION"]
    assert len(expulsions) == 2
    assert all(set(e.countries) == {"IND", "PAK"} for e in expulsions)


def test_an_envoy_the_parse_took_for_the_subject_of_a_listed_act_is_its_target(bilat_nlp: Any) -> None:
    doc = bilat_nlp(
        parse.make_doc(
            bilat_nlp,
            "China expelled an American journalist on Monday. The State Department rejected the charge as "
            '"baseless and cynical", summoned China\'s ambassador, Cui Tiankai, and expelled two Chinese '
            "diplomats, giving them three days to leave.",
            "a1",
            dt.date(2020, 3, 4),
        )
    )
    summons = [e for e in doc._.bilat_events if e.trigger.text == "summoned"]
    assert summons and all(
        {a.name for a in e.actors if a.side == "source"} == {"United States"} for e in summons
    )
    assert "Cui Tiankai" in {a.name for e in summons for a in e.actors if a.side == "target"}
    (reply,) = [e for e in doc._.bilat_events if e.trigger.text == "expelled" and e.trigger.start > 60]
    assert {a.name for a in reply.actors if a.side == "source"} == {"United States"}
