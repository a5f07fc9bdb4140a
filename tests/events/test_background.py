"""Background events of a relationship story: joint acts of the story's two countries told
without an official ("The groundbreaking ceremony took place on ...", "Turkey began importing
Azerbaijani gas in July 2007"), dated and done, are theirs; stances and speculation are not.

Stories written for these tests, each with the table of actors, places and dates the earlier
stages would give it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bilat import parse
from bilat.events import find_events
from events_harness import annotate


def _events(nlp: Any, text: str, published: str, **table: Any) -> list[Any]:
    item = {"id": "b1", "text": text, "published": published, **table}
    doc = nlp(parse.make_doc(nlp, text, "b1", dt.date.fromisoformat(published)))
    return find_events(annotate(doc, item))


def _dated(events: list[Any], etype: str, day: str) -> list[Any]:
    d = dt.date.fromisoformat(day)
    return [e for e in events if e.type == etype and e.date is not None and e.date.start <= d <= e.date.end]


_INDIA_JAPAN = {
    "actors": {
        "India": ["country", "IND"],
        "Indian": ["country", "IND"],
        "Japan": ["country", "JPN"],
        "Japanese": ["country", "JPN"],
        "Narendra Modi": ["person", "IND"],
        "Shinzo Abe": ["person", "JPN"],
    },
    "places": {"Tokyo": "JPN", "Mumbai": "IND", "Ahmedabad": "IND"},
}


def test_a_dated_ceremony_of_the_joint_project_just_named_is_the_two_countries_act(nlp: Any) -> None:
    text = (
        "Indian Prime Minister Narendra Modi arrived in Tokyo on Friday for talks with Japanese "
        "Prime Minister Shinzo Abe. In December 2015, Japan and India signed an agreement to build "
        "a high-speed rail line between Mumbai and Ahmedabad. The groundbreaking ceremony took "
        "place on September 14, 2017."
    )
    table = dict(_INDIA_JAPAN)
    table["timexes"] = {
        "on Friday": ["2018-10-26", "2018-10-26"],
        "In December 2015": ["2015-12-01", "2015-12-31"],
        "on September 14, 2017": ["2017-09-14", "2017-09-14"],
    }
    events = _events(nlp, text, "2018-10-28", **table)
    ceremony = _dated(events, "COOPERATE", "2017-09-14")
    assert ceremony, [(e.type, e.countries, e.date) for e in events]
    assert set(ceremony[0].countries) == {"IND", "JPN"}
    assert ceremony[0].status == "occurred"


def test_a_ceremony_after_a_deal_with_a_third_country_is_not_the_story_countries(nlp: Any) -> None:
    text = (
        "Indian Prime Minister Narendra Modi arrived in Tokyo on Friday for talks with Japanese "
        "Prime Minister Shinzo Abe. Japan has long courted India as a partner. In December 2015, "
        "Japan and Thailand signed an agreement to build a rail line to Chiang Mai. The "
        "groundbreaking ceremony took place on September 14, 2017."
    )
    table = dict(_INDIA_JAPAN)
    table["actors"] = {**_INDIA_JAPAN["actors"], "Thailand": ["country", "THA"]}
    table["places"] = {"Tokyo": "JPN", "Chiang Mai": "THA"}
    table["timexes"] = {
        "on Friday": ["2018-10-26", "2018-10-26"],
        "In December 2015": ["2015-12-01", "2015-12-31"],
        "on September 14, 2017": ["2017-09-14", "2017-09-14"],
    }
    events = _events(nlp, text, "2018-10-28", **table)
    assert not [e for e in _dated(events, "COOPERATE", "2017-09-14") if {"IND", "JPN"} <= set(e.countries)]


_TURKEY_AZERBAIJAN = {
    "actors": {
        "Turkey": ["country", "TUR"],
        "Turkish": ["country", "TUR"],
        "Ankara": ["country", "TUR"],
        "Azerbaijan": ["country", "AZE"],
        "Azerbaijani": ["country", "AZE"],
        "Baku": ["country", "AZE"],
    },
}


def test_a_dated_trade_flow_named_by_both_countries_is_reported_without_an_official(nlp: Any) -> None:
    text = (
        "Ties between Ankara and Baku have grown steadily since Azerbaijan's independence. "
        "In July 2007, Turkey began importing Azerbaijani gas through a new pipeline across Georgia."
    )
    table = dict(_TURKEY_AZERBAIJAN)
    table["places"] = {"Georgia": "GEO"}
    table["timexes"] = {"In July 2007": ["2007-07-01", "2007-07-31"]}
    events = _events(nlp, text, "2012-05-02", **table)
    flow = _dated(events, "COOPERATE", "2007-07-15")
    assert flow, [(e.type, e.countries, e.date, e.confidence) for e in events]
    assert set(flow[0].countries) == {"TUR", "AZE"}


def test_an_undated_trade_flow_without_an_official_stays_unreported(nlp: Any) -> None:
    # a general statement of trade, not a dated act of the two
    text = (
        "Ties between Ankara and Baku have grown steadily since Azerbaijan's independence. "
        "Turkey imports Azerbaijani gas through a pipeline across Georgia."
    )
    table = dict(_TURKEY_AZERBAIJAN)
    table["places"] = {"Georgia": "GEO"}
    events = _events(nlp, text, "2012-05-02", **table)
    assert not [e for e in events if e.type == "COOPERATE"]


def test_a_dated_signing_in_a_sentence_naming_both_countries_is_their_agreement(nlp: Any) -> None:
    text = (
        "Egypt and China have deepened their economic ties over the past decade. Chinese firms "
        "began work on Egypt's new capital under a programme established with the signing of a "
        "memorandum in September 2015."
    )
    table = {
        "actors": {"Egypt": ["country", "EGY"], "China": ["country", "CHN"], "Chinese": ["country", "CHN"]},
        "timexes": {"in September 2015": ["2015-09-01", "2015-09-30"]},
    }
    events = _events(nlp, text, "2019-04-25", **table)
    signing = _dated(events, "AGREE", "2015-09-15")
    assert signing, [(e.type, e.countries, e.date, e.confidence) for e in events]
    assert set(signing[0].countries) == {"EGY", "CHN"}


_INDIA_PAKISTAN = {
    "actors": {
        "India": ["country", "IND"],
        "Pakistan": ["country", "PAK"],
        "Jawaharlal Nehru": ["person", "IND"],
        "Ayub Khan": ["person", "PAK"],
    },
    "places": {"Karachi": "PAK"},
}


def test_a_treaty_taking_effect_after_its_signing_is_the_two_countries_agreement(nlp: Any) -> None:
    text = (
        "Prime Minister Jawaharlal Nehru and President Ayub Khan met in Karachi in September 1960. "
        "There India and Pakistan signed the Indus Waters Treaty. The treaty came into force in "
        "January 1961."
    )
    table = dict(_INDIA_PAKISTAN)
    table["timexes"] = {
        "in September 1960": ["1960-09-01", "1960-09-30"],
        "in January 1961": ["1961-01-01", "1961-01-31"],
    }
    events = _events(nlp, text, "1961-02-03", **table)
    in_force = [
        e
        for e in events
        if e.type in ("AGREE", "COOPERATE") and e.date is not None and e.date.start.year == 1961
    ]
    assert in_force, [(e.type, e.countries, e.date, e.confidence) for e in events]
    assert set(in_force[0].countries) == {"IND", "PAK"}


def test_a_treaty_that_may_take_effect_is_not_reported_as_a_joint_act(nlp: Any) -> None:
    text = (
        "Prime Minister Jawaharlal Nehru and President Ayub Khan met in Karachi in September 1960. "
        "There India and Pakistan signed the Indus Waters Treaty. Officials said the treaty could "
        "come into force in January 1961."
    )
    table = dict(_INDIA_PAKISTAN)
    table["timexes"] = {
        "in September 1960": ["1960-09-01", "1960-09-30"],
        "in January 1961": ["1961-01-01", "1961-01-31"],
    }
    events = _events(nlp, text, "1960-09-25", **table)
    done = [e for e in events if e.status == "occurred" and e.date is not None]
    assert not [e for e in done if e.date.start.year == 1961]


def test_a_deal_two_sentences_after_the_countries_are_named_is_not_theirs(nlp: Any) -> None:
    text = (
        "Prime Minister Jawaharlal Nehru and President Ayub Khan met in Karachi in September 1960. "
        "There India and Pakistan signed the Indus Waters Treaty. The World Bank had brokered the "
        "talks for nine years. The accord came into force in January 1961."
    )
    table = dict(_INDIA_PAKISTAN)
    table["actors"] = {**_INDIA_PAKISTAN["actors"], "The World Bank": ["organisation", None, "igo"]}
    table["timexes"] = {
        "in September 1960": ["1960-09-01", "1960-09-30"],
        "in January 1961": ["1961-01-01", "1961-01-31"],
    }
    events = _events(nlp, text, "1961-02-03", **table)
    assert not [e for e in events if e.date is not None and e.date.start.year == 1961]


_EGYPT_CHINA = {
    "actors": {
        "Egypt": ["country", "EGY"],
        "Egyptian": ["country", "EGY"],
        "China": ["country", "CHN"],
        "Chinese": ["country", "CHN"],
    },
    "places": {"Cairo": "EGY", "Beijing": "CHN"},
}


def test_a_joint_commission_convening_again_is_the_two_countries_planned_meeting(nlp: Any) -> None:
    text = (
        "Egypt and China hold regular meetings on trade. The Egyptian-Chinese joint trade committee "
        "held its last meeting in Cairo on March 4, 2018. It will convene again for its tenth "
        "meeting on May 12-13 in Beijing."
    )
    table = dict(_EGYPT_CHINA)
    table["timexes"] = {
        "on March 4, 2018": ["2018-03-04", "2018-03-04"],
        "on May 12-13": ["2018-05-12", "2018-05-13"],
    }
    events = _events(nlp, text, "2018-04-02", **table)
    ahead = _dated(events, "CONSULT", "2018-05-12")
    assert ahead, [(e.type, e.countries, e.date, e.status, e.confidence) for e in events]
    assert set(ahead[0].countries) == {"EGY", "CHN"}
    # the undated "regular meetings" it may fold with do not make it a meeting already held
    assert ahead[0].status == "planned"


def test_the_first_meeting_of_a_council_the_two_countries_set_up_is_theirs(nlp: Any) -> None:
    text = (
        "Turkish President Abdullah Gul received Azerbaijani President Ilham Aliyev in Ankara on "
        "Tuesday. In 2010, Turkey and Azerbaijan set up a high-level strategic cooperation council. "
        "Its first meeting took place in Izmir in October 2011."
    )
    table = dict(_TURKEY_AZERBAIJAN)
    table["actors"] = {
        **_TURKEY_AZERBAIJAN["actors"],
        "Abdullah Gul": ["person", "TUR"],
        "Ilham Aliyev": ["person", "AZE"],
    }
    table["places"] = {"Izmir": "TUR"}
    table["timexes"] = {
        "on Tuesday": ["2012-05-01", "2012-05-01"],
        "In 2010": ["2010-01-01", "2010-12-31"],
        "in October 2011": ["2011-10-01", "2011-10-31"],
    }
    events = _events(nlp, text, "2012-05-02", **table)
    first = _dated(events, "CONSULT", "2011-10-15")
    assert first, [(e.type, e.countries, e.date, e.confidence) for e in events]
    assert set(first[0].countries) == {"TUR", "AZE"}


_JAPAN_KOREA = {
    "actors": {
        "Japan": ["country", "JPN"],
        "Tokyo": ["country", "JPN"],
        "South Korea": ["country", "KOR"],
        "Seoul": ["country", "KOR"],
        "Korean": ["country", "KOR"],
    },
}


def test_a_dated_agreement_the_sentence_calls_the_two_countries_is_theirs(nlp: Any) -> None:
    text = (
        "Tokyo tightened controls on chemical exports to South Korea this month. The dispute "
        "deepened after a Korean court ordered firms to compensate wartime labourers. Tokyo says "
        "the ruling violates the 1965 claims agreement, under which the two countries settled "
        "all wartime claims."
    )
    table = dict(_JAPAN_KOREA)
    table["timexes"] = {"this month": ["2019-07-01", "2019-07-31"], "1965": ["1965-01-01", "1965-12-31"]}
    events = _events(nlp, text, "2019-07-20", **table)
    accord = _dated(events, "AGREE", "1965-06-22")
    assert accord, [(e.type, e.countries, e.date, e.confidence) for e in events]
    assert set(accord[0].countries) == {"JPN", "KOR"}


def test_an_agreement_of_two_other_countries_is_not_the_story_pair(nlp: Any) -> None:
    text = (
        "Tokyo tightened controls on chemical exports to South Korea this month. Seoul called "
        "the move unjust and Japan defended it. Egypt says the move recalls the 1979 treaty, "
        "under which the two countries ended their war."
    )
    table = dict(_JAPAN_KOREA)
    table["actors"] = {**_JAPAN_KOREA["actors"], "Egypt": ["country", "EGY"]}
    table["timexes"] = {"this month": ["2019-07-01", "2019-07-31"], "1979": ["1979-01-01", "1979-12-31"]}
    events = _events(nlp, text, "2019-07-20", **table)
    assert not [e for e in _dated(events, "AGREE", "1979-06-01") if {"JPN", "KOR"} <= set(e.countries)]


_GREECE_TURKEY = {
    "actors": {
        "Greek": ["country", "GRC"],
        "Greece": ["country", "GRC"],
        "Turkish": ["country", "TUR"],
        "Turkey": ["country", "TUR"],
    },
    "places": {"Athens": "GRC", "Ankara": "TUR"},
}


def test_the_next_session_of_talks_just_told_is_the_two_countries_planned_meeting(nlp: Any) -> None:
    text = (
        "Greek and Turkish diplomats met in Athens on Monday for exploratory talks on the Aegean. "
        "The next session will be held in Ankara in May."
    )
    table = dict(_GREECE_TURKEY)
    table["timexes"] = {"on Monday": ["2002-03-18", "2002-03-18"], "in May": ["2002-05-01", "2002-05-31"]}
    events = _events(nlp, text, "2002-03-20", **table)
    nxt = _dated(events, "CONSULT", "2002-05-15")
    assert nxt, [(e.type, e.countries, e.date, e.confidence) for e in events]
    assert set(nxt[0].countries) == {"GRC", "TUR"}
    assert nxt[0].status == "planned"


def test_a_next_session_after_a_story_sentence_not_about_the_talks_is_no_one_s(nlp: Any) -> None:
    text = (
        "Greek and Turkish diplomats met in Athens on Monday for exploratory talks on the Aegean. "
        "Tourism to the islands has grown for a decade. "
        "The next session will be held in May."
    )
    table = dict(_GREECE_TURKEY)
    table["timexes"] = {"on Monday": ["2002-03-18", "2002-03-18"], "in May": ["2002-05-01", "2002-05-31"]}
    events = _events(nlp, text, "2002-03-20", **table)
    assert not _dated(events, "CONSULT", "2002-05-15")


def test_a_later_telephone_call_takes_the_day_of_the_agreement_told_before(nlp: Any) -> None:
    text = (
        "Chinese Foreign Minister Wang Yi signed a climate accord with U.S. Secretary of State "
        "Antony Blinken in Jakarta on Thursday. Blinken later telephoned Wang to discuss the "
        "Taiwan Strait."
    )
    table = {
        "actors": {
            "Chinese": ["country", "CHN"],
            "U.S.": ["country", "USA"],
            "Wang Yi": ["person", "CHN"],
            "Wang": ["person", "CHN"],
            "Antony Blinken": ["person", "USA"],
            "Blinken": ["person", "USA"],
        },
        "places": {"Jakarta": "IDN"},
        "timexes": {"on Thursday": ["2023-07-13", "2023-07-13"]},
    }
    events = _events(nlp, text, "2023-07-16", **table)
    call = [e for e in events if e.trigger.text == "telephoned"]
    assert call and call[0].date is not None and call[0].date.start == dt.date(2023, 7, 13), call


def test_a_declaration_also_signed_stays_apart_from_the_agreement_told_before(nlp: Any) -> None:
    text = (
        "French President Francois Mitterrand and West German Chancellor Helmut Kohl agreed on "
        "Monday to begin studies on a joint army brigade. The two leaders also signed a "
        "declaration on cultural exchanges."
    )
    table = {
        "actors": {
            "French": ["country", "FRA"],
            "West German": ["country", "DEU"],
            "Francois Mitterrand": ["person", "FRA"],
            "Helmut Kohl": ["person", "DEU"],
        },
        "timexes": {"on Monday": ["1987-11-09", "1987-11-09"]},
    }
    events = _events(nlp, text, "1987-11-14", **table)
    agreed = _dated(events, "AGREE", "1987-11-09")
    assert len(agreed) == 2, [(e.type, e.trigger.text, e.date) for e in events]
    assert all({"FRA", "DEU"} <= set(e.countries) for e in agreed)


_GREECE_TURKEY = {
    "actors": {
        "Greek": ["country", "GRC"],
        "Turkish": ["country", "TUR"],
        "Greece": ["country", "GRC"],
        "Turkey": ["country", "TUR"],
        "Nikos Dendias": ["person", "GRC"],
        "Mevlut Cavusoglu": ["person", "TUR"],
        "Antony Blinken": ["person", "USA"],
    },
    "places": {"Brussels": "BEL", "Athens": "GRC"},
}


def test_a_second_round_after_talks_with_a_mediator_is_the_two_sides_next_meeting(nlp: Any) -> None:
    table = {
        **_GREECE_TURKEY,
        "timexes": {"on Monday": ["2021-01-25", "2021-01-25"], "for Friday": ["2021-01-29", "2021-01-29"]},
    }
    events = _events(
        nlp,
        "Greek Foreign Minister Nikos Dendias and Turkish Foreign Minister Mevlut Cavusoglu met in Brussels "
        "on Monday with Antony Blinken. A second round is scheduled for Friday.",
        "2021-01-26",
        **table,
    )
    assert {"GRC", "TUR"} <= set(_dated(events, "CONSULT", "2021-01-29")[0].countries)


def test_the_sides_meeting_again_later_in_the_story_is_their_next_meeting(nlp: Any) -> None:
    table = {
        **_GREECE_TURKEY,
        "timexes": {"on Monday": ["2021-01-25", "2021-01-25"], "next month": ["2021-02-01", "2021-02-28"]},
    }
    text = (
        "Greek and Turkish diplomats met in Athens on Monday for exploratory talks on the Aegean. "
        "The talks were the first in five years. Fishermen on both sides have complained of harassment. "
        "Officials said the diplomats would meet again next month."
    )
    events = _events(nlp, text, "2021-01-26", **table)
    assert {"GRC", "TUR"} <= set(_dated(events, "CONSULT", "2021-02-10")[0].countries)
    # without "again" the plural subject names no sides
    plain = _events(nlp, text.replace(" again", ""), "2021-01-26", **table)
    assert not _dated(plain, "CONSULT", "2021-02-10")


def test_a_pact_told_in_the_passive_without_agent_is_the_two_sides(nlp: Any) -> None:
    table = {
        **_GREECE_TURKEY,
        "timexes": {"on Monday": ["2021-01-25", "2021-01-25"], "on Tuesday": ["2021-01-26", "2021-01-26"]},
    }
    text = (
        "Greek and Turkish diplomats met in Athens on Monday. A ceasefire in the Aegean was agreed "
        "at the talks on Tuesday."
    )
    assert {"GRC", "TUR"} <= set(
        _dated(_events(nlp, text, "2021-01-27", **table), "AGREE", "2021-01-26")[0].countries
    )
    by_agent = text.replace("was agreed at", "was agreed by Antony Blinken at")
    assert not _dated(_events(nlp, by_agent, "2021-01-27", **table), "AGREE", "2021-01-26")


def test_a_measure_told_in_the_passive_with_no_agent_is_between_the_story_s_two(bilat_nlp: Any) -> None:
    from bilat import pipeline
    from bilat.records import Document

    text = (
        "Uganda reopened two border crossings with Rwanda on Monday. The crossings were closed on March 1 "
        "after a row over spies."
    )
    doc = Document(id="b2", text=text, published=dt.date(2019, 8, 22))
    (result,) = pipeline.extract([doc], nlp=bilat_nlp)
    (closure,) = [e for e in result.events if e.type == "SANCTION"]
    assert set(closure.countries) == {"UGA", "RWA"} and closure.date.start == dt.date(2019, 3, 1)
