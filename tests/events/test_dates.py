"""The days of an event: a meeting's sentence stating more than its one date ("on Thursday and
Friday", "resumed on Friday", "left two days later"), a stated length in weeks, and the talks
dated by the very expression that starts a longer visit.

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
    item = {"id": "d1", "text": text, "published": published, **table}
    doc = nlp(parse.make_doc(nlp, text, "d1", dt.date.fromisoformat(published)))
    return find_events(annotate(doc, item))


def _days(events: list[Any], etype: str = "CONSULT") -> list[tuple[str, str]]:
    return [(e.date.start.isoformat(), e.date.end.isoformat()) for e in events if e.type == etype and e.date]


_KOHL = {
    "actors": {"Helmut Kohl": ["person", "DEU"], "Francois Mitterrand": ["person", "FRA"]},
    "places": {"Bonn": "DEU", "Paris": "FRA"},
}


def test_talks_on_two_coordinated_days_cover_both(nlp: Any) -> None:
    events = _events(
        nlp,
        "Helmut Kohl and Francois Mitterrand will hold talks in Bonn on Thursday and Friday.",
        "1987-10-19",
        timexes={"Thursday": ["1987-10-22", "1987-10-22"], "Friday": ["1987-10-23", "1987-10-23"]},
        **_KOHL,
    )
    assert _days(events) == [("1987-10-22", "1987-10-23")]


def test_dates_of_two_clauses_are_not_one_span(nlp: Any) -> None:
    events = _events(
        nlp,
        "Helmut Kohl held talks with Francois Mitterrand in Bonn on Monday and on Wednesday flew to Paris.",
        "1987-10-22",
        timexes={"Monday": ["1987-10-19", "1987-10-19"], "Wednesday": ["1987-10-21", "1987-10-21"]},
        **_KOHL,
    )
    days = _days(events)
    assert ("1987-10-19", "1987-10-19") in days and ("1987-10-19", "1987-10-21") not in days


def test_meeting_in_late_april_or_early_may_covers_both_months(nlp: Any) -> None:
    events = _events(
        nlp,
        "Luiz Inacio Lula da Silva will meet Alberto Fernandez in Brasilia in late April or early May, "
        "an aide said.",
        "2023-03-20",
        actors={"Luiz Inacio Lula da Silva": ["person", "BRA"], "Alberto Fernandez": ["person", "ARG"]},
        places={"Brasilia": "BRA"},
        timexes={"late April": ["2023-04-01", "2023-04-30"], "early May": ["2023-05-01", "2023-05-31"]},
    )
    assert _days(events) == [("2023-04-01", "2023-05-31")]


def test_meeting_on_a_day_and_the_next_written_as_a_number(nlp: Any) -> None:
    events = _events(
        nlp,
        "The foreign ministers of India and Pakistan will meet in Islamabad on June 18 and 19.",
        "2004-06-01",
        actors={"India": ["country", "IND"], "Pakistan": ["country", "PAK"]},
        places={"Islamabad": "PAK"},
        timexes={"June 18": ["2004-06-18", "2004-06-18"]},
    )
    assert _days(events) == [("2004-06-18", "2004-06-19")]


def test_talks_resumed_the_next_day_run_from_the_first(nlp: Any) -> None:
    events = _events(
        nlp,
        "Wang Yi met Antony Blinken for three hours on Thursday evening, and the talks resumed on "
        "Friday morning.",
        "2023-06-19",
        actors={"Wang Yi": ["person", "CHN"], "Antony Blinken": ["person", "USA"]},
        timexes={
            "Thursday evening": ["2023-06-15", "2023-06-15", "TIME"],
            "Friday morning": ["2023-06-16", "2023-06-16", "TIME"],
        },
    )
    assert _days(events) == [("2023-06-15", "2023-06-16")]


def test_visit_ends_on_the_day_its_guest_moved_on(nlp: Any) -> None:
    events = _events(
        nlp,
        "Jimmy Carter arrived in Cairo on March 8 and went on to Jerusalem on March 10.",
        "1979-03-26",
        actors={"Jimmy Carter": ["person", "USA"], "Egypt": ["country", "EGY"]},
        places={"Cairo": "EGY", "Jerusalem": "ISR"},
        timexes={"March 8": ["1979-03-08", "1979-03-08"], "March 10": ["1979-03-10", "1979-03-10"]},
    )
    # the visit to Jerusalem is another trip, not folded into the one to Cairo
    assert sorted(_days(events)) == [("1979-03-08", "1979-03-10"), ("1979-03-10", "1979-03-10")]


def test_week_long_visit_from_a_day_covers_seven_days_with_its_talks(nlp: Any) -> None:
    events = _events(
        nlp,
        "Kim Dae-jung will make a week-long visit to Japan from October 7 and hold talks in Tokyo "
        "with Keizo Obuchi.",
        "1998-09-20",
        actors={
            "Kim Dae-jung": ["person", "KOR"],
            "Keizo Obuchi": ["person", "JPN"],
            "Japan": ["country", "JPN"],
        },
        places={"Japan": "JPN", "Tokyo": "JPN"},
        timexes={"October 7": ["1998-10-07", "1998-10-07"]},
    )
    assert _days(events) == [("1998-10-07", "1998-10-13")]


def test_visit_of_two_weeks_and_of_three_days_state_their_length(nlp: Any) -> None:
    tour = _events(
        nlp,
        "Rajiv Gandhi began a two-week tour of the Soviet Union on Monday, meeting Mikhail Gorbachev.",
        "1987-07-08",
        actors={"Rajiv Gandhi": ["person", "IND"], "Mikhail Gorbachev": ["person", "SUN"]},
        places={"Soviet Union": "SUN"},
        timexes={"on Monday": ["1987-07-06", "1987-07-06"]},
    )
    assert _days(tour) == [("1987-07-06", "1987-07-19")]
    stay = _events(
        nlp,
        "Helmut Kohl arrived in Paris on Monday for a visit of three days and met Francois Mitterrand.",
        "1987-10-22",
        timexes={"on Monday": ["1987-10-19", "1987-10-19"]},
        **_KOHL,
    )
    assert _days(stay) == [("1987-10-19", "1987-10-21")]


def test_acts_during_a_visit_of_several_days_take_its_days(nlp: Any) -> None:
    events = _events(
        nlp,
        "On June 2, 1990, Mikhail Gorbachev arrived in the United States for a four-day visit, during "
        "which he met George Bush and signed a trade agreement.",
        "1990-06-20",
        actors={
            "Mikhail Gorbachev": ["person", "SUN"],
            "George Bush": ["person", "USA"],
            "United States": ["country", "USA"],
        },
        places={"United States": "USA"},
        timexes={"June 2, 1990": ["1990-06-02", "1990-06-02"]},
    )
    assert ("1990-06-02", "1990-06-05") in _days(events)
    assert _days(events, "AGREE") == [("1990-06-02", "1990-06-05")]


def test_act_with_its_own_day_after_a_visit_keeps_that_day(nlp: Any) -> None:
    events = _events(
        nlp,
        "Mikhail Gorbachev arrived in the United States on June 2 for a four-day visit. George Bush and "
        "Gorbachev signed a trade agreement on June 4.",
        "1990-06-20",
        actors={
            "Mikhail Gorbachev": ["person", "SUN"],
            "Gorbachev": ["person", "SUN"],
            "George Bush": ["person", "USA"],
            "United States": ["country", "USA"],
        },
        places={"United States": "USA"},
        timexes={"on June 2": ["1990-06-02", "1990-06-02"], "on June 4": ["1990-06-04", "1990-06-04"]},
    )
    assert _days(events, "AGREE") == [("1990-06-04", "1990-06-04")]


def test_visit_in_a_time_clause_under_a_future_one_is_planned(nlp: Any) -> None:
    events = _events(
        nlp,
        "Rajiv Gandhi would raise the matter with Ronald Reagan when he visits Washington later in "
        "the month.",
        "1987-10-05",
        actors={"Rajiv Gandhi": ["person", "IND"], "Ronald Reagan": ["person", "USA"]},
        places={"Washington": "USA"},
        timexes={"later in the month": ["1987-10-01", "1987-10-31"]},
    )
    consult = [e for e in events if e.type == "CONSULT"]
    assert consult and consult[0].status == "planned"


def test_meeting_invited_to_on_set_days_is_planned_and_a_call_to_meet_proposed(nlp: Any) -> None:
    invited = _events(
        nlp,
        "Recep Tayyip Erdogan has invited Kyriakos Mitsotakis to attend the summit in Ankara on March 7-8.",
        "2024-02-20",
        actors={"Recep Tayyip Erdogan": ["person", "TUR"], "Kyriakos Mitsotakis": ["person", "GRC"]},
        places={"Ankara": "TUR"},
        timexes={"March 7-8": ["2024-03-07", "2024-03-08"]},
    )
    assert [e.status for e in invited if e.type == "CONSULT"] == ["planned"]
    called = _events(
        nlp,
        "Recep Tayyip Erdogan has invited Kyriakos Mitsotakis to attend a summit in Ankara.",
        "2024-02-20",
        actors={"Recep Tayyip Erdogan": ["person", "TUR"], "Kyriakos Mitsotakis": ["person", "GRC"]},
        places={"Ankara": "TUR"},
    )
    assert [e.status for e in called if e.type == "CONSULT"] == ["proposed"]


def test_telephone_call_is_not_folded_into_the_talks_put_off_before_it(nlp: Any) -> None:
    events = _events(
        nlp,
        "Egypt and Israel on Thursday put off talks between their foreign ministers. Amr Moussa and his "
        "Israeli counterpart, David Levy, who spoke by telephone on Wednesday evening, agreed that the "
        "meeting would be rescheduled soon.",
        "1996-07-12",
        actors={
            "Egypt": ["country", "EGY"],
            "Israel": ["country", "ISR"],
            "Israeli": ["country", "ISR"],
            "Amr Moussa": ["person", "EGY"],
            "David Levy": ["person", "ISR"],
        },
        timexes={
            "on Thursday": ["1996-07-11", "1996-07-11"],
            "on Wednesday evening": ["1996-07-10", "1996-07-10"],
        },
    )
    modes = sorted(e.mode for e in events if e.type == "CONSULT")
    assert modes == ["meeting", "phone"]
    phone = next(e for e in events if e.mode == "phone")
    assert phone.status == "occurred" and phone.date is not None and phone.date.start == dt.date(1996, 7, 10)


def test_undated_meeting_is_not_dated_by_another_meeting_told_with_a(nlp: Any) -> None:
    events = _events(
        nlp,
        "Helmut Schmidt and Valery Giscard d'Estaing chaired a joint meeting of the two cabinets in Bonn. "
        "At a European Community summit in Brussels on March 12, Schmidt had said the French plan was wrong.",
        "1978-07-06",
        actors={
            "Helmut Schmidt": ["person", "DEU"],
            "Valery Giscard d'Estaing": ["person", "FRA"],
            "Schmidt": ["person", "DEU"],
            "European Community": ["organisation", None],
        },
        places={"Bonn": "DEU", "Brussels": "BEL"},
        timexes={"on March 12": ["1978-03-12", "1978-03-12"]},
    )
    bonn = [e for e in events if e.type == "CONSULT" and e.location is not None and e.location.name == "Bonn"]
    assert len(bonn) == 1 and bonn[0].date is None


def test_meeting_told_first_keeps_its_day_when_a_visit_of_that_day_is_told_twice_after(nlp: Any) -> None:
    events = _events(
        nlp,
        "Recep Tayyip Erdogan and Vladimir Putin held a meeting in the Kremlin on Wednesday. Erdogan, "
        "who visited Russia on Wednesday for a two-day visit, is accompanied by his foreign minister.",
        "2020-03-06",
        actors={
            "Recep Tayyip Erdogan": ["person", "TUR"],
            "Erdogan": ["person", "TUR"],
            "Vladimir Putin": ["person", "RUS"],
            "Russia": ["country", "RUS"],
        },
        places={"Kremlin": "RUS", "Russia": "RUS"},
        timexes={"on Wednesday": ["2020-03-04", "2020-03-04"]},
    )
    assert _days(events) == [("2020-03-04", "2020-03-04")]


def test_visit_of_a_stated_length_that_ends_on_a_day_runs_back_from_it(nlp: Any) -> None:
    events = _events(
        nlp,
        "Narendra Modi is on a three-day visit to Japan that ends Thursday.",
        "2014-09-02",
        actors={"Narendra Modi": ["person", "IND"], "Japan": ["country", "JPN"]},
        places={"Japan": "JPN"},
        timexes={"Thursday": ["2014-09-04", "2014-09-04"]},
    )
    assert _days(events) == [("2014-09-02", "2014-09-04")]


def test_visit_runs_to_the_day_its_own_clause_says_it_ends(nlp: Any) -> None:
    arrived = _events(
        nlp,
        "Luiz Inacio Lula da Silva arrived in Buenos Aires on Sunday for a visit that will end on Tuesday.",
        "2023-01-23",
        actors={"Luiz Inacio Lula da Silva": ["person", "BRA"]},
        places={"Buenos Aires": "ARG"},
        timexes={"on Sunday": ["2023-01-22", "2023-01-22"], "on Tuesday": ["2023-01-24", "2023-01-24"]},
    )
    assert _days(arrived) == [("2023-01-22", "2023-01-24")]
    other = _events(
        nlp,
        "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday, before a summit that ends on Wednesday.",
        "2023-05-03",
        actors={"Vladimir Putin": ["person", "RUS"], "Recep Tayyip Erdogan": ["person", "TUR"]},
        places={"Sochi": "RUS"},
        timexes={"on Monday": ["2023-05-01", "2023-05-01"], "on Wednesday": ["2023-05-03", "2023-05-03"]},
    )
    assert ("2023-05-01", "2023-05-01") in _days(other)
    assert ("2023-05-01", "2023-05-03") not in _days(other)


_SEOUL = {
    "actors": {"Japan": ["country", "JPN"], "South Korea": ["country", "KOR"]},
    "places": {"Seoul": "KOR"},
    "timexes": {"Friday": ["1987-06-05", "1987-06-05"]},
}


def test_talks_of_a_stated_length_told_as_ended_on_a_day_run_back_from_it(nlp: Any) -> None:
    for text in (
        "Japan and South Korea ended five-day talks in Seoul on Friday.",
        "The three-day talks between Japan and South Korea ended in Seoul on Friday.",
        "Japan and South Korea concluded three days of talks in Seoul on Friday.",
        "The talks between Japan and South Korea, which lasted three days, ended in Seoul on Friday.",
        "Japan and South Korea held talks in Seoul that lasted three days, ending on Friday.",
    ):
        got = _days(_events(nlp, text, "1987-06-05", **_SEOUL))
        first = "1987-06-01" if "five" in text else "1987-06-03"
        assert got == [(first, "1987-06-05")], text


def test_talks_an_act_came_after_run_up_to_its_day(nlp: Any) -> None:
    text = "Japan and South Korea agreed on Friday to resume fishing after four days of talks in Seoul."
    assert _days(_events(nlp, text, "1987-06-05", **_SEOUL)) == [("1987-06-02", "1987-06-05")]


def test_talks_of_a_stated_length_begun_on_a_day_run_forward(nlp: Any) -> None:
    text = "Japan and South Korea began three-day talks in Seoul on Friday."
    assert _days(_events(nlp, text, "1987-06-05", **_SEOUL)) == [("1987-06-05", "1987-06-07")]


_BONN = {
    "actors": {"Francois Mitterrand": ["person", "FRA"], "Helmut Kohl": ["person", "DEU"]},
    "places": {"Bonn": "DEU"},
    "timexes": {"on Tuesday": ["1986-05-06", "1986-05-06"]},
}


def test_acts_of_a_sentence_that_recalls_the_meeting_take_its_day(nlp: Any) -> None:
    text = (
        "Francois Mitterrand met Helmut Kohl in Bonn on Tuesday.\n\n"
        "The two men discussed the European budget, farm prices and the Airbus programme. "
        "Both described the mood as cordial. "
        "During the talks, Francois Mitterrand and Helmut Kohl also agreed to set up a joint defence council."
    )
    assert _days(_events(nlp, text, "1986-05-08", **_BONN), "AGREE") == [("1986-05-06", "1986-05-06")]


def test_acts_told_sentences_after_a_meeting_without_recalling_it_stay_undated(nlp: Any) -> None:
    text = (
        "Francois Mitterrand met Helmut Kohl in Bonn on Tuesday.\n\n"
        "The two men discussed the European budget, farm prices and the Airbus programme. "
        "Both described the mood as cordial. "
        "Francois Mitterrand and Helmut Kohl also agreed to set up a joint defence council."
    )
    assert _days(_events(nlp, text, "1986-05-08", **_BONN), "AGREE") == []


def _events_of_inferred_years(nlp: Any, text: str, published: str, **table: Any) -> list[Any]:
    """As ``_events``, with every date's year read off the publication date, as the time stage
    marks a date written without its year."""
    item = {"id": "d1", "text": text, "published": published, **table}
    doc = annotate(nlp(parse.make_doc(nlp, text, "d1", dt.date.fromisoformat(published))), item)
    doc._.bilat_timexes = [t.model_copy(update={"anchor": "published"}) for t in doc._.bilat_timexes]
    return find_events(doc)


_G7 = {
    "actors": {"Japan": ["country", "JPN"], "South Korea": ["country", "KOR"]},
    "places": {"Hiroshima": "JPN"},
}


def test_meeting_still_to_come_on_a_yearless_day_is_on_its_next_occurrence(nlp: Any) -> None:
    text = "Japan said it had proposed a summit with South Korea in Hiroshima on May 19."
    last_may = {"timexes": {"May 19": ["2022-05-19", "2022-05-19"]}}
    got = _events_of_inferred_years(nlp, text, "2023-03-02", **_G7, **last_may)
    assert _days(got) == [("2023-05-19", "2023-05-19")]
    # months after the day, the last one is the nearer: the plan may well have been kept
    got = _events_of_inferred_years(nlp, text, "2022-08-02", **_G7, **last_may)
    assert _days(got) == [("2022-05-19", "2022-05-19")]


def test_meeting_held_on_a_yearless_day_keeps_its_last_occurrence(nlp: Any) -> None:
    text = "Japan and South Korea held a summit in Hiroshima on May 19."
    last_may = {"timexes": {"May 19": ["2022-05-19", "2022-05-19"]}}
    got = _events_of_inferred_years(nlp, text, "2023-03-02", **_G7, **last_may)
    assert _days(got) == [("2022-05-19", "2022-05-19")]


def _status(events: list[Any], etype: str = "CONSULT") -> list[str]:
    return [e.status for e in events if e.type == etype]


def test_meeting_announced_or_expected_to_come_is_planned_on_its_next_day(nlp: Any) -> None:
    announced = (
        "A summit between Japan and South Korea in Hiroshima on May 19 was announced by both governments."
    )
    last_may = {"timexes": {"May 19": ["2022-05-19", "2022-05-19"]}}
    got = _events_of_inferred_years(nlp, announced, "2023-03-02", **_G7, **last_may)
    assert (_status(got), _days(got)) == (["planned"], [("2023-05-19", "2023-05-19")])
    expected = (
        "Officials said a summit between Japan and South Korea in Hiroshima was expected to focus on trade."
    )
    assert _status(_events(nlp, expected, "2023-03-02", **_G7)) == ["planned"]


def test_meeting_told_as_expected_to_run_longer_than_it_did_occurred(nlp: Any) -> None:
    text = (
        "The talks between Japan and South Korea in Seoul were expected to last two days but ended after one."
    )
    assert _status(_events(nlp, text, "1987-06-05", **_SEOUL)) == ["occurred"]
    agreement = "The agreement between Japan and South Korea was announced in Seoul on Friday."
    assert _status(_events(nlp, agreement, "1987-06-05", **_SEOUL), "AGREE") == ["occurred"]


_SAHEL = {
    "actors": {
        "Mali": ["country", "MLI"],
        "Niger": ["country", "NER"],
        "Malian": ["country", "MLI"],
        "Nigerien": ["country", "NER"],
        "Abdoulaye Diop": ["person", "MLI"],
        "Bakary Yaou Sangare": ["person", "NER"],
        "Assimi Goita": ["person", "MLI"],
        "Abdourahamane Tiani": ["person", "NER"],
    },
    "places": {"Bamako": "MLI", "Niamey": "NER"},
}


def test_acts_told_after_a_dated_lede_happened_on_its_day(nlp: Any) -> None:
    # the lede's act is the news: the talks its next sentence tells of, and the call told as
    # "later", were held that day
    events = _events(
        nlp,
        "BAMAKO (wire) - Mali and Niger on Tuesday signed an agreement to run joint border patrols. "
        "Malian Foreign Minister Abdoulaye Diop and his Nigerien counterpart Bakary Yaou Sangare announced "
        "the pact after talks in Bamako. The patrols will start in March.\n\n"
        "Assimi Goita later telephoned Abdourahamane Tiani, the presidency said.",
        "2024-02-14",
        timexes={"Tuesday": ["2024-02-13", "2024-02-13"], "March": ["2024-03-01", "2024-03-31"]},
        **_SAHEL,
    )
    assert _days(events) == [("2024-02-13", "2024-02-13"), ("2024-02-13", "2024-02-13")]


def test_a_lede_act_long_before_publication_dates_nothing_after_it(nlp: Any) -> None:
    events = _events(
        nlp,
        "Mali and Niger signed an agreement on border patrols on June 4, 2019. "
        "Abdoulaye Diop and Bakary Yaou Sangare held talks in Bamako.",
        "2024-02-14",
        timexes={"June 4, 2019": ["2019-06-04", "2019-06-04"]},
        **_SAHEL,
    )
    assert [e for e in events if e.type == "CONSULT"] and not _days(events)


def test_an_act_told_as_before_the_news_keeps_no_date_from_it(nlp: Any) -> None:
    events = _events(
        nlp,
        "Mali on Monday imposed sanctions on Niger over the closure of the border. "
        "Abdoulaye Diop said Mali had warned Niger that the closure would hurt both countries.",
        "2024-02-14",
        timexes={"Monday": ["2024-02-12", "2024-02-12"]},
        **_SAHEL,
    )
    warnings = [e for e in events if e.type == "THREATEN"]
    assert warnings and all(e.date is None or e.date.start != dt.date(2024, 2, 12) for e in warnings)


def test_two_years_later_is_not_the_last_scene(nlp: Any) -> None:
    events = _events(
        nlp,
        "Mali and Niger on Tuesday signed an agreement to run joint border patrols. "
        "The patrols will start soon. Their leaders quarrelled over the wording.\n\n"
        "Two years later, Assimi Goita met Abdourahamane Tiani in Niamey.",
        "2024-02-14",
        timexes={"Tuesday": ["2024-02-13", "2024-02-13"]},
        **_SAHEL,
    )
    assert [e for e in events if e.type == "CONSULT"] and not _days(events)


def test_a_length_in_the_sentence_does_not_stop_the_meetings_date(nlp: Any) -> None:
    # "which lasted almost four hours" is a length, not another time
    events = _events(
        nlp,
        "Assimi Goita met Abdourahamane Tiani in Niamey on Tuesday. "
        "The two presidents agreed to reopen the border, according to a statement read after the meeting, "
        "which lasted almost four hours.",
        "2024-02-14",
        timexes={
            "Tuesday": ["2024-02-13", "2024-02-13"],
            "almost four hours": ["2024-02-13", "2024-02-13", "DURATION"],
        },
        **_SAHEL,
    )
    assert _days(events, "AGREE") == [("2024-02-13", "2024-02-13")]


def test_talks_at_whose_end_a_deal_was_announced_ran_up_to_its_day(nlp: Any) -> None:
    events = _events(
        nlp,
        "Mali and Niger on Friday agreed to reopen their border. The agreement was announced at the end of "
        "five days of talks in Niamey between Abdoulaye Diop and Bakary Yaou Sangare.",
        "2024-02-17",
        timexes={"Friday": ["2024-02-16", "2024-02-16"]},
        **_SAHEL,
    )
    assert _days(events) == [("2024-02-12", "2024-02-16")]


def test_a_lede_meeting_of_unnamed_parties_dates_the_scene_after_it(nlp: Any) -> None:
    # the lede names no party ("their heirs"), yet its day is the day of the meeting and the
    # pledge told in the next two sentences
    events = _events(
        nlp,
        "NIAMEY - Thirty years after their fathers signed the border treaty, their heirs met in Niamey "
        "on Saturday to mark the anniversary.\n\n"
        "Assimi Goita and Abdourahamane Tiani addressed students at the university before chairing "
        "a joint meeting of the two cabinets. In a joint declaration adopted at the end of the day, "
        "the two governments pledged to reopen every crossing.",
        "2024-02-19",
        timexes={"Saturday": ["2024-02-17", "2024-02-17"]},
        **_SAHEL,
    )
    assert _days(events) == [("2024-02-17", "2024-02-17")]
    assert _days(events, "AGREE") == [("2024-02-17", "2024-02-17")]


def test_one_persons_trip_in_the_lede_is_no_scene_for_what_follows(nlp: Any) -> None:
    events = _events(
        nlp,
        "Abdoulaye Diop visited a gold mine near Bamako on Saturday.\n\n"
        "Mali and Niger signed an agreement on border patrols.",
        "2024-02-19",
        timexes={"Saturday": ["2024-02-17", "2024-02-17"]},
        **_SAHEL,
    )
    assert [e for e in events if e.type == "AGREE"] and not _days(events, "AGREE")


def test_a_pact_referred_back_now_is_the_pact_told_before_not_one_made_today(bilat_nlp: Any) -> None:
    # the whole pipeline: the time stage reads "now" as the present, not as a day
    text = (
        "BAMAKO - Malian President Assimi Goita and Nigerien leader Abdourahamane Tiani signed a border "
        "accord in Bamako on Friday.\n\nBoth leaders now face the task of selling the accord at home."
    )
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "d1", dt.date(2024, 2, 19)))
    agreements = [e for e in doc._.bilat_events if e.type == "AGREE"]
    assert _days(agreements, "AGREE") == [("2024-02-16", "2024-02-16")]


def test_an_act_told_as_days_before_or_after_a_dated_one_is_dated_from_it(nlp: Any) -> None:
    events = _events(
        nlp,
        "Assimi Goita met Abdourahamane Tiani in Niamey on Friday, two days after Mali and Niger agreed "
        "to reopen the border.",
        "2024-02-19",
        timexes={"Friday": ["2024-02-16", "2024-02-16"]},
        **_SAHEL,
    )
    assert _days(events, "AGREE") == [("2024-02-14", "2024-02-14")]
    assert _days(events) == [("2024-02-16", "2024-02-16")]


def test_an_act_with_its_own_day_keeps_it_whatever_offset_is_told(nlp: Any) -> None:
    events = _events(
        nlp,
        "Assimi Goita met Abdourahamane Tiani in Niamey on Friday, weeks after Mali and Niger agreed on "
        "February 2 to reopen the border.",
        "2024-02-19",
        timexes={"Friday": ["2024-02-16", "2024-02-16"], "February 2": ["2024-02-02", "2024-02-02"]},
        **_SAHEL,
    )
    assert _days(events, "AGREE") == [("2024-02-02", "2024-02-02")]


def test_a_statement_the_story_does_not_date_was_made_on_the_day_of_its_news(nlp: Any) -> None:
    # a morning paper of Tuesday tells Monday's signing; the reactions were said on Monday
    events = _events(
        nlp,
        "Mali and Niger signed a border accord in Bamako on Monday.\n\n"
        "The border has been closed since the coup. Traders have lost millions. Herders cannot reach "
        "their pastures.\n\n"
        "Abdoulaye Diop urged Niger to reopen every crossing before the rainy season.",
        "2024-02-13",
        timexes={"on Monday": ["2024-02-12", "2024-02-12"]},
        **_SAHEL,
    )
    assert _days(events, "REQUEST") == [("2024-02-12", "2024-02-12")]


def test_a_date_in_a_since_clause_does_not_date_the_act_beside_it(nlp: Any) -> None:
    events = _events(
        nlp,
        "Assimi Goita arrived in Niamey for talks with Abdourahamane Tiani, his first visit to Niger "
        "since he took power last year.",
        "2024-02-19",
        timexes={"last year": ["2023-01-01", "2023-12-31"]},
        **_SAHEL,
    )
    visits = [e for e in events if e.type == "CONSULT"]
    assert visits and all(e.date is None or e.date.start.year != 2023 for e in visits)


def test_a_sentence_that_only_sets_a_day_dates_the_acts_told_after_it(bilat_nlp: Any) -> None:
    from bilat import pipeline
    from bilat.records import Document

    text = (
        "Canada expelled an Indian diplomat on Monday. New Delhi's answer came on Tuesday. The Indian "
        "foreign ministry summoned Canada's High Commissioner, Cameron MacKay. It accused Ottawa of "
        "sheltering terrorists."
    )
    (result,) = pipeline.extract(
        [Document(id="d1", text=text, published=dt.date(2023, 9, 20))], nlp=bilat_nlp
    )
    accusations = [e for e in result.events if e.type == "ACCUSE"]
    assert accusations and all(
        e.date is not None and e.date.start == dt.date(2023, 9, 19) for e in accusations
    )


def test_talks_begun_on_one_day_and_ended_by_a_dated_act_span_both(bilat_nlp: Any) -> None:
    doc = bilat_nlp(
        parse.make_doc(
            bilat_nlp,
            "West Germany and Poland signed a treaty on Monday. West German Foreign Minister Walter Scheel "
            "initialled the text in Warsaw on November 18 at the end of talks with Polish Foreign Minister "
            "Stefan Jedrychowski that had begun on November 12.",
            "d2",
            dt.date(1970, 12, 8),
        )
    )
    (talks,) = [e for e in doc._.bilat_events if e.type == "CONSULT"]
    assert (talks.date.start, talks.date.end) == (dt.date(1970, 11, 12), dt.date(1970, 11, 18))
