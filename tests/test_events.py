"""The events stage on sentences written for these tests (other countries, outlets and decades)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilat import parse
from bilat.events import find_events
from bilat.events.lexicon import load as load_lexicon
from bilat.records import EVENT_TYPES
from events_harness import annotate, load_items, matches, score

ITEMS = load_items()


def _events(nlp: Any, item: dict[str, Any]) -> list[Any]:
    doc = nlp(parse.make_doc(nlp, item["text"], item["id"], dt.date.fromisoformat(item["published"])))
    return find_events(annotate(doc, item))


@pytest.fixture(scope="module")
def results(nlp: Any) -> list[tuple[dict[str, Any], list[Any]]]:
    return [(item, _events(nlp, item)) for item in ITEMS]


def _by_id(results: list[tuple[dict[str, Any], list[Any]]], item_id: str) -> list[Any]:
    return next(events for item, events in results if item["id"] == item_id)


def test_lexicon_covers_every_plover_type_with_modes_and_aliases() -> None:
    lex = load_lexicon()
    typed = {e.type for entries in (*lex.verbs.values(), *lex.nouns.values()) for e in entries}
    assert typed == set(EVENT_TYPES)
    assert lex.types["CONSULT"]["modes"] == ["visit", "meeting", "phone", "multilateral", "third-party"]
    assert lex.canonical_type("demand") == "REQUEST"
    assert lex.canonical_type("FIGHT") == "ASSAULT"


def test_own_sentence_set_covers_all_sixteen_types() -> None:
    assert {e["type"] for item in ITEMS for e in item["expect"]} == set(EVENT_TYPES)
    assert len(ITEMS) >= 40


def test_own_sentence_set_event_type_f1_and_status(results: list[tuple[dict[str, Any], list[Any]]]) -> None:
    s = score(results)
    assert s["f1"] >= 0.9, s
    assert s["status"] >= 0.9, s


@pytest.mark.parametrize(
    ("item_id", "etype", "status"),
    [
        ("e02", "CONSULT", "planned"),  # "will visit ... next week"
        ("e20", "CONSULT", "planned"),  # "is expected to meet"
        ("e21", "CONSULT", "planned"),  # "a planned visit ... was postponed"
        ("e44", "CONSULT", "cancelled"),  # "planned meeting ... was cancelled"
        ("e41", "CONSULT", "proposed"),  # "proposed talks"
        ("e40", "CONSULT", "planned"),  # "agreed to hold talks"
        ("e15", "AID", "planned"),  # "agreed to provide a loan"
    ],
)
def test_status_reads_tense_modality_and_governing_verbs(
    results: list[tuple[dict[str, Any], list[Any]]], item_id: str, etype: str, status: str
) -> None:
    events = [e for e in _by_id(results, item_id) if e.type == etype]
    assert events and events[0].status == status, events


def test_negated_meeting_is_not_reported_as_occurred(results: list[tuple[dict[str, Any], list[Any]]]) -> None:
    assert not [e for e in _by_id(results, "e19") if e.status == "occurred"]


def test_analysts_speculation_gives_no_event(results: list[tuple[dict[str, Any], list[Any]]]) -> None:
    assert _by_id(results, "e51") == []


def test_visit_and_its_talks_are_one_consult_with_place(
    results: list[tuple[dict[str, Any], list[Any]]],
) -> None:
    events = _by_id(results, "e18")
    assert len(events) == 1
    ev = events[0]
    assert (ev.type, ev.mode, ev.location.name) == ("CONSULT", "visit", "Moscow")
    assert {"Recep Tayyip Erdogan", "Vladimir Putin"} <= {a.name for a in ev.actors}


def test_light_verb_talks_get_date_place_and_evidence_offsets(
    results: list[tuple[dict[str, Any], list[Any]]],
) -> None:
    item = next(i for i in ITEMS if i["id"] == "e01")
    (ev,) = _by_id(results, "e01")
    assert ev.trigger.text == "talks" and item["text"][ev.trigger.start : ev.trigger.end] == "talks"
    assert ev.date is not None and ev.date.start == dt.date(1998, 5, 10)
    assert ev.date_evidence is not None and ev.date_evidence.text == "on Sunday"
    assert ev.location is not None and ev.location.name == "Lahore"
    assert ev.sentence.start == 0 and ev.sentence.text.endswith("Sunday.")
    sides = {a.name: a.side for a in ev.actors}
    assert sides["Atal Bihari Vajpayee"] == "source"
    assert sides["Nawaz Sharif"] == "target"


def test_relative_clause_meeting_takes_subject_and_date(
    results: list[tuple[dict[str, Any], list[Any]]],
) -> None:
    consult = [e for e in _by_id(results, "e23") if e.type == "CONSULT"]
    assert consult and consult[0].date is not None and consult[0].date.start == dt.date(1972, 2, 21)
    assert {"Richard Nixon", "Mao Zedong"} <= {a.name for a in consult[0].actors}


def test_passive_with_agent_is_a_meeting(results: list[tuple[dict[str, Any], list[Any]]]) -> None:
    assert any(
        matches({"type": "CONSULT", "actors": ["Sharif", "Vajpayee"]}, e) for e in _by_id(results, "e31")
    )


def test_accused_act_is_not_reported_as_an_assault(results: list[tuple[dict[str, Any], list[Any]]]) -> None:
    types = [e.type for e in _by_id(results, "e36")]
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_refusing_to_attend_talks_is_reject(nlp: Any) -> None:
    item = {
        "id": "t-rej",
        "published": "2016-02-01",
        "text": "The Kurdish delegation said it would not attend the talks in Geneva.",
        "actors": {"Kurdish": ["country", "IRQ"]},
        "places": {"Geneva": "CHE"},
    }
    events = _events(nlp, item)
    assert [e.type for e in events] == ["REJECT"]


def test_one_event_for_held_talks_during_the_meeting(nlp: Any) -> None:
    item = {
        "id": "t-dup",
        "published": "2009-07-08",
        "text": "President Dmitry Medvedev held talks with Barack Obama in Moscow, and the two leaders "
        "discussed arms control during the meeting.",
        "actors": {"Dmitry Medvedev": ["person", "RUS"], "Barack Obama": ["person", "USA"]},
        "places": {"Moscow": "RUS"},
    }
    events = _events(nlp, item)
    assert [e.type for e in events] == ["CONSULT"]


def test_definite_reference_in_next_sentence_joins_the_event(nlp: Any) -> None:
    item = {
        "id": "t-coref",
        "published": "1991-11-02",
        "text": "Spanish Prime Minister Felipe Gonzalez met King Hassan of Morocco in Rabat on Friday. "
        "The meeting focused on fishing rights.",
        "actors": {
            "Felipe Gonzalez": ["person", "ESP"],
            "King Hassan": ["person", "MAR"],
            "Spanish": ["country", "ESP"],
        },
        "places": {"Rabat": "MAR"},
        "timexes": {"on Friday": ["1991-11-01", "1991-11-01"]},
    }
    events = _events(nlp, item)
    assert len(events) == 1 and events[0].date is not None


def test_domestic_act_gives_no_event(nlp: Any) -> None:
    item = {
        "id": "t-dom",
        "published": "1999-03-03",
        "text": "Brazilian ministers met in Brasilia on Monday to discuss the budget. "
        "The finance minister said spending would be cut.",
        "actors": {"Brazilian": ["country", "BRA"]},
        "places": {"Brasilia": "BRA"},
    }
    assert _events(nlp, item) == []


def test_events_without_actors_stage_fall_back_to_entities(nlp: Any) -> None:
    doc = nlp(parse.make_doc(nlp, "Japan and China signed a fisheries agreement in Beijing.", "t", None))
    events = find_events(doc)
    assert [e.type for e in events] == ["AGREE"]
    assert {"JPN", "CHN"} <= set(events[0].countries)


def test_person_whose_country_is_unresolved_still_counts_as_a_party(nlp: Any) -> None:
    item = {
        "id": "t-noc",
        "published": "2008-04-10",
        "text": "Kevin Rudd held talks with Chinese Premier Wen Jiabao in Beijing on Wednesday.",
        "actors": {"Kevin Rudd": ["person", None], "Wen Jiabao": ["person", "CHN"]},
        "places": {"Beijing": "CHN"},
    }
    events = _events(nlp, item)
    assert [e.type for e in events] == ["CONSULT"]
    assert {"Kevin Rudd", "Wen Jiabao"} <= {a.name for a in events[0].actors}


def test_event_without_attached_date_takes_the_sentences_only_date(nlp: Any) -> None:
    item = {
        "id": "t-sdate",
        "published": "1995-05-12",
        "text": "Argentina accepted an invitation to the Mercosur summit, which aims to bring together "
        "the leaders of Brazil, Paraguay and Uruguay in Asuncion on 5 August.",
        "actors": {
            "Argentina": ["country", "ARG"],
            "Brazil": ["country", "BRA"],
            "Paraguay": ["country", "PRY"],
            "Uruguay": ["country", "URY"],
        },
        "places": {"Asuncion": "PRY"},
        "timexes": {"5 August": ["1995-08-05", "1995-08-05"]},
    }
    summit = [e for e in _events(nlp, item) if e.type == "CONSULT"]
    assert summit and summit[0].date is not None and summit[0].date.start == dt.date(1995, 8, 5)


def test_date_of_the_agreed_action_is_not_the_agreements_date(nlp: Any) -> None:
    item = {
        "id": "t-cdate",
        "published": "1992-02-03",
        "text": "Canada and Mexico agreed to open direct flights between Toronto and Monterrey from June 1.",
        "actors": {"Canada": ["country", "CAN"], "Mexico": ["country", "MEX"]},
        "places": {"Toronto": "CAN", "Monterrey": "MEX"},
        "timexes": {"June 1": ["1992-06-01", "1992-06-01"]},
    }
    agree = [e for e in _events(nlp, item) if e.type == "AGREE"]
    assert agree and agree[0].date is None and agree[0].status == "occurred"


def test_press_conference_is_no_meeting_and_talks_take_the_speakers_side(nlp: Any) -> None:
    item = {
        "id": "t-press",
        "published": "2004-06-20",
        "text": "Foreign Secretary Shashank told a press conference in Islamabad after two days of talks "
        "that India wanted a lasting peace with Pakistan.",
        "actors": {
            "Shashank": ["person", "IND"],
            "India": ["country", "IND"],
            "Pakistan": ["country", "PAK"],
        },
        "places": {"Islamabad": "PAK"},
    }
    events = _events(nlp, item)
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "meeting")]
    assert "Shashank" in {a.name for a in events[0].actors}


def test_talks_during_which_leaders_agreed_have_those_leaders(nlp: Any) -> None:
    item = {
        "id": "t-scene",
        "published": "1987-11-14",
        "text": "Helmut Kohl and Francois Mitterrand agreed on a joint army brigade during talks in Bonn "
        "on Friday.",
        "actors": {"Helmut Kohl": ["person", "DEU"], "Francois Mitterrand": ["person", "FRA"]},
        "places": {"Bonn": "DEU"},
        "timexes": {"Friday": ["1987-11-13", "1987-11-13"]},
    }
    events = {e.type: e for e in _events(nlp, item)}
    assert set(events) == {"AGREE", "CONSULT"}
    assert {"Helmut Kohl", "Francois Mitterrand"} <= {a.name for a in events["CONSULT"].actors}
    assert events["CONSULT"].date is not None and events["CONSULT"].location.name == "Bonn"


def test_undated_agreement_after_a_dated_visit_takes_the_visits_date(nlp: Any) -> None:
    item = {
        "id": "t-episode",
        "published": "1997-10-30",
        "text": "Chinese President Jiang Zemin held talks with Bill Clinton in Washington on Wednesday. "
        "The two presidents signed an agreement on nuclear cooperation.",
        "actors": {"Jiang Zemin": ["person", "CHN"], "Bill Clinton": ["person", "USA"]},
        "places": {"Washington": "USA"},
        "timexes": {"Wednesday": ["1997-10-29", "1997-10-29"]},
    }
    agree = [e for e in _events(nlp, item) if e.type == "AGREE"]
    assert agree and agree[0].date is not None and agree[0].date.start == dt.date(1997, 10, 29)
    assert agree[0].status == "occurred"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Protesters clashed with police in Cairo on Friday.", "PROTEST"),
        ("Rebels attacked an army post near Goma, killing four soldiers.", "ASSAULT"),
        ("Police arrested the opposition leader in Kampala.", "COERCE"),
        ("Thousands of students marched through Santiago to protest against tuition fees.", "PROTEST"),
        ("Israeli troops shot dead two Palestinians in the West Bank.", "ASSAULT"),
    ],
)
def test_lone_sentence_reports_its_event_whoever_the_parties_are(nlp: Any, text: str, etype: str) -> None:
    doc = nlp(parse.make_doc(nlp, text, "t-lone", None))
    doc._.bilat_mentions = []
    doc._.bilat_places = []
    doc._.bilat_timexes = []
    assert etype in [e.type for e in find_events(doc)]


def test_held_out_sentence_set_event_type_f1(nlp: Any) -> None:
    items = load_items("heldout.jsonl")
    s = score([(item, _events(nlp, item)) for item in items])
    assert s["f1"] >= 0.9, s


def test_background_mention_with_no_party_in_its_arguments_is_not_reported(nlp: Any) -> None:
    item = {
        "id": "t-noarg",
        "published": "1997-06-11",
        "text": "Turkish Prime Minister Necmettin Erbakan met Greek Prime Minister Costas Simitis in Madrid "
        "on Tuesday. Relations between Turkey and Greece have been tense since a ceasefire took hold "
        "in Cyprus.",
        "actors": {
            "Necmettin Erbakan": ["person", "TUR"],
            "Costas Simitis": ["person", "GRC"],
            "Turkey": ["country", "TUR"],
            "Greece": ["country", "GRC"],
        },
        "places": {"Madrid": "ESP", "Cyprus": "CYP"},
        "timexes": {"on Tuesday": ["1997-06-10", "1997-06-10"]},
    }
    assert [e.type for e in _events(nlp, item)] == ["CONSULT"]


def test_their_talks_are_between_the_documents_two_countries(nlp: Any) -> None:
    item = {
        "id": "t-their",
        "published": "1994-03-05",
        "text": "Canada and Mexico have quarrelled over fishing quotas for a decade. "
        "Their talks on fishing in Ottawa ended without a result on Friday.",
        "actors": {"Canada": ["country", "CAN"], "Mexico": ["country", "MEX"]},
        "places": {"Ottawa": "CAN"},
        "timexes": {"on Friday": ["1994-03-04", "1994-03-04"]},
    }
    consult = [e for e in _events(nlp, item) if e.type == "CONSULT"]
    assert consult and {"CAN", "MEX"} <= set(consult[0].countries)


def test_parties_named_in_a_relative_clause_of_the_talks(nlp: Any) -> None:
    item = {
        "id": "t-relbetween",
        "published": "1998-10-20",
        "text": "The Ecuadorean president spoke on television on Saturday. He praised the talks that "
        "began in March between Ecuador and Peru.",
        "actors": {
            "Ecuador": ["country", "ECU"],
            "Peru": ["country", "PER"],
            "Ecuadorean": ["country", "ECU"],
        },
    }
    consult = [e for e in _events(nlp, item) if e.type == "CONSULT"]
    assert consult and {"ECU", "PER"} <= set(consult[0].countries)


def test_date_of_a_relative_clause_elsewhere_or_after_since_does_not_date_the_event(nlp: Any) -> None:
    item = {
        "id": "t-reldate",
        "published": "2005-04-20",
        "text": "Wen Jiabao flew on to New Delhi, where he met Manmohan Singh in a city that in 1962 "
        "had watched a war with China.",
        "actors": {
            "Wen Jiabao": ["person", "CHN"],
            "Manmohan Singh": ["person", "IND"],
            "China": ["country", "CHN"],
        },
        "places": {"New Delhi": "IND"},
        "timexes": {"1962": ["1962-01-01", "1962-12-31"]},
    }
    consult = [e for e in _events(nlp, item) if e.type == "CONSULT"]
    assert consult and all(e.date is None for e in consult)
    item["text"] = "Wen Jiabao met Manmohan Singh in New Delhi for the first time since 1962."
    consult = [e for e in _events(nlp, item) if e.type == "CONSULT"]
    assert consult and consult[0].date is None


def test_date_of_a_relative_clause_on_the_subject_dates_the_event(nlp: Any) -> None:
    item = {
        "id": "t-subjrel",
        "published": "2001-07-12",
        "text": "Junichiro Koizumi and Kim Dae-jung, who spoke by telephone on Wednesday, agreed that "
        "their talks would resume soon.",
        "actors": {"Junichiro Koizumi": ["person", "JPN"], "Kim Dae-jung": ["person", "KOR"]},
        "timexes": {"on Wednesday": ["2001-07-11", "2001-07-11"]},
    }
    agree = [e for e in _events(nlp, item) if e.type == "AGREE"]
    assert agree and agree[0].date is not None and agree[0].date.start == dt.date(2001, 7, 11)


def test_journey_of_a_stated_length_and_its_talks_are_one_consult(nlp: Any) -> None:
    item = {
        "id": "t-journey",
        "published": "1972-03-01",
        "text": "Richard Nixon's journey to Beijing began on February 21. During his seven-day visit, which "
        "began on February 21, he held talks with Mao Zedong.",
        "actors": {"Richard Nixon": ["person", "USA"], "Mao Zedong": ["person", "CHN"]},
        "places": {"Beijing": "CHN"},
        "timexes": {"on February 21": ["1972-02-21", "1972-02-21"]},
    }
    consult = [e for e in _events(nlp, item) if e.type == "CONSULT"]
    assert len(consult) == 1 and consult[0].mode == "visit"
    assert consult[0].date is not None and consult[0].date.start == dt.date(1972, 2, 21)


def test_visit_of_a_stated_length_covers_its_days(nlp: Any) -> None:
    item = {
        "id": "t-length",
        "published": "1972-03-01",
        "text": "Nixon's seven-day visit to China, which began on February 21, ended with a communique.",
        "actors": {"Nixon": ["person", "USA"], "China": ["country", "CHN"]},
        "places": {"China": "CHN"},
        "timexes": {"on February 21": ["1972-02-21", "1972-02-21"]},
    }
    consult = [e for e in _events(nlp, item) if e.type == "CONSULT"]
    assert consult and consult[0].date is not None
    assert (consult[0].date.start, consult[0].date.end) == (dt.date(1972, 2, 21), dt.date(1972, 2, 27))


def test_meeting_and_the_longer_visit_it_was_part_of_are_one_consult(nlp: Any) -> None:
    item = {
        "id": "t-visitmeet",
        "published": "2014-09-02",
        "text": "Narendra Modi arrived in Japan on Saturday for a five-day visit. He met Prime Minister "
        "Shinzo Abe in Tokyo on Monday.",
        "actors": {
            "Narendra Modi": ["person", "IND"],
            "Shinzo Abe": ["person", "JPN"],
            "Japan": ["country", "JPN"],
        },
        "places": {"Tokyo": "JPN", "Japan": "JPN", "Kyoto": "JPN"},
        "timexes": {"on Monday": ["2014-09-01", "2014-09-01"], "on Saturday": ["2014-08-30", "2014-08-30"]},
    }
    consult = [e for e in _events(nlp, item) if e.type == "CONSULT"]
    # the visit told first with its length is the record; the talks fall within its days
    assert len(consult) == 1 and consult[0].date is not None
    assert (consult[0].date.start, consult[0].date.end) == (dt.date(2014, 8, 30), dt.date(2014, 9, 3))


def test_meeting_told_first_keeps_its_day_within_a_later_told_visit(nlp: Any) -> None:
    item = {
        "id": "t-meetvisit",
        "published": "2014-09-02",
        "text": "Narendra Modi and Shinzo Abe held talks in Tokyo on Monday. Modi, who arrived in Japan on "
        "Saturday for a five-day visit, is accompanied by a business delegation.",
        "actors": {
            "Narendra Modi": ["person", "IND"],
            "Shinzo Abe": ["person", "JPN"],
            "Japan": ["country", "JPN"],
        },
        "places": {"Tokyo": "JPN", "Japan": "JPN"},
        "timexes": {"on Monday": ["2014-09-01", "2014-09-01"], "Saturday": ["2014-08-30", "2014-08-30"]},
    }
    consult = [e for e in _events(nlp, item) if e.type == "CONSULT"]
    assert consult and consult[0].date is not None
    assert (consult[0].date.start, consult[0].date.end) == (dt.date(2014, 9, 1), dt.date(2014, 9, 1))


def test_journey_to_a_place_is_a_visit(nlp: Any) -> None:
    item = {
        "id": "t-journey2",
        "published": "1978-01-10",
        "text": "Anwar Sadat's journey to Jerusalem broke a taboo that had kept Arab leaders from Israel.",
        "actors": {"Anwar Sadat": ["person", "EGY"], "Israel": ["country", "ISR"]},
        "places": {"Jerusalem": "ISR"},
    }
    assert [(e.type, e.mode) for e in _events(nlp, item)] == [("CONSULT", "visit")]


def test_assuring_a_leader_of_action_is_a_pledge(nlp: Any) -> None:
    item = {
        "id": "t-assure",
        "published": "2001-09-14",
        "text": "Pervez Musharraf assured Colin Powell of Pakistan's full support in the hunt for the "
        "attackers.",
        "actors": {
            "Pervez Musharraf": ["person", "PAK"],
            "Colin Powell": ["person", "USA"],
            "Pakistan": ["country", "PAK"],
        },
    }
    assert "AGREE" in [e.type for e in _events(nlp, item)]


def test_verbal_acts_without_a_plain_trigger(nlp: Any) -> None:
    """Criticism by description ("described as alarming", "called ... unacceptable", "expressed
    concern"), conditional threats ("or face reprisals", "countermeasures"), refusals ("ruled
    out"), demands ("insisted that"), expressed support, and the subject of a finite verb the
    parser left hanging from a participle ("ministers meeting in Tunis threatened")."""
    items = load_items("verbal.jsonl")
    missed = []
    for item in items:
        events = _events(nlp, item)
        for exp in item["expect"]:
            hit = next((e for e in events if matches(exp, e)), None)
            if hit is None or hit.status != exp.get("status", hit.status):
                missed.append((item["id"], exp["type"], [(e.type, e.status) for e in events]))
    assert not missed, missed


def test_statements_in_separate_sentences_are_separate_events(nlp: Any) -> None:
    item = load_items("verbal.jsonl")[5]
    rejects = [e for e in _events(nlp, item) if e.type == "REJECT"]
    assert len(rejects) == 2


def test_undated_statement_is_dated_by_its_report_but_not_a_pluperfect_one(nlp: Any) -> None:
    item = {
        "id": "t-report",
        "published": "1991-06-04",
        "text": "Japan urged South Korea to lift its curbs on car imports. "
        "Tokyo had urged Seoul to act before.",
        "actors": {
            "Japan": ["country", "JPN"],
            "South Korea": ["country", "KOR"],
            "Tokyo": ["country", "JPN"],
            "Seoul": ["country", "KOR"],
        },
    }
    requests = sorted((e for e in _events(nlp, item) if e.type == "REQUEST"), key=lambda e: e.trigger.start)
    assert len(requests) == 2
    assert requests[0].date is not None and requests[0].date.start == dt.date(1991, 6, 4)
    assert requests[0].date_evidence is None
    assert requests[1].date is None


def test_statements_take_the_day_of_the_storys_dated_saying_not_of_a_meeting_ahead(nlp: Any) -> None:
    item = {
        "id": "t-lede",
        "published": "2004-09-09",
        "text": "Brazil and Argentina will hold trade talks in Buenos Aires on September 20, Brazilian "
        "Foreign Minister Celso Amorim announced on Wednesday. Amorim also criticised Argentine "
        "curbs on Brazilian shoes.",
        "actors": {
            "Brazil": ["country", "BRA"],
            "Argentina": ["country", "ARG"],
            "Celso Amorim": ["person", "BRA"],
            "Amorim": ["person", "BRA"],
            "Argentine": ["country", "ARG"],
            "Brazilian": ["country", "BRA"],
        },
        "places": {"Buenos Aires": "ARG"},
        "timexes": {
            "on September 20": ["2004-09-20", "2004-09-20"],
            "on Wednesday": ["2004-09-08", "2004-09-08"],
        },
    }
    accuse = [e for e in _events(nlp, item) if e.type == "ACCUSE"]
    assert accuse and accuse[0].status == "occurred"
    assert accuse[0].date is not None and accuse[0].date.start == dt.date(2004, 9, 8)


def test_hostile_act_a_speaker_says_could_follow_is_a_threat_not_a_planned_act(nlp: Any) -> None:
    item = {
        "id": "t-plain",
        "published": "2019-05-06",
        "text": "Robert Lighthizer said the United States will raise tariffs on Chinese goods on Friday.",
        "actors": {
            "Robert Lighthizer": ["person", "USA"],
            "United States": ["country", "USA"],
            "Chinese": ["country", "CHN"],
        },
        "timexes": {"on Friday": ["2019-05-10", "2019-05-10"]},
    }
    assert "THREATEN" not in [e.type for e in _events(nlp, item)]
    item["text"] = "Robert Lighthizer said the tariffs on Chinese goods could be raised on Friday."
    assert "THREATEN" not in [e.type for e in _events(nlp, item)]


def test_statement_inside_an_if_clause_is_not_reported(nlp: Any) -> None:
    item = next(i for i in load_items("verbal.jsonl") if i["id"] == "v11")
    assert "REJECT" not in [e.type for e in _events(nlp, item)]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Indian officials do not expect any Pakistani concessions during the talks in Agra.", "CONCEDE"),
        ("Jacques Chirac criticised George W. Bush's call for the withdrawal of French troops.", "RETREAT"),
        (
            "Vladimir Putin met Recep Tayyip Erdogan in Ankara, demonstrating Russia's clout in Turkey.",
            "PROTEST",
        ),
        ("Barack Obama told a campaign rally in Ohio that China cheated on trade.", "PROTEST"),
    ],
)
def test_expected_called_for_or_figurative_acts_are_not_reported(nlp: Any, text: str, absent: str) -> None:
    item = {
        "id": "t-absent",
        "published": "2005-05-05",
        "text": text,
        "actors": {
            "Indian": ["country", "IND"],
            "Pakistani": ["country", "PAK"],
            "Jacques Chirac": ["person", "FRA"],
            "George W. Bush": ["person", "USA"],
            "French": ["country", "FRA"],
            "Vladimir Putin": ["person", "RUS"],
            "Recep Tayyip Erdogan": ["person", "TUR"],
            "Russia": ["country", "RUS"],
            "Turkey": ["country", "TUR"],
            "Barack Obama": ["person", "USA"],
            "China": ["country", "CHN"],
        },
        "places": {"Agra": "IND", "Ankara": "TUR", "Ohio": "USA"},
    }
    assert absent not in [e.type for e in _events(nlp, item)]


def test_aims_and_possibilities_are_not_reported_as_occurred(nlp: Any) -> None:
    item = {
        "id": "t-aim",
        "published": "2015-07-20",
        "text": "Talks to lift sanctions on Iran resumed in Vienna. Western diplomats said pressure could "
        "force Iran to make concessions.",
        "actors": {"Iran": ["country", "IRN"], "Western": ["country", "USA"]},
        "places": {"Vienna": "AUT"},
    }
    events = _events(nlp, item)
    assert not [e for e in events if e.type in ("CONCEDE",) and e.status == "occurred"], events


def test_statement_still_to_be_made_is_not_reported(nlp: Any) -> None:
    item = {
        "id": "t-willurge",
        "published": "1993-02-10",
        "text": "Nelson Mandela arrived in London on Tuesday. "
        "An aide said Nelson Mandela would urge John Major to keep sanctions on South Africa.",
        "actors": {
            "Nelson Mandela": ["person", "ZAF"],
            "John Major": ["person", "GBR"],
            "South Africa": ["country", "ZAF"],
        },
    }
    assert "REQUEST" not in [e.type for e in _events(nlp, item)]
    item["text"] = (
        "Nelson Mandela arrived in London on Tuesday. Nelson Mandela urged John Major to keep sanctions."
    )
    assert "REQUEST" in [e.type for e in _events(nlp, item)]


def test_opening_participle_takes_the_sentences_subject(nlp: Any) -> None:
    item = {
        "id": "t-welcoming",
        "published": "1984-09-28",
        "text": "Britain and China held talks in Beijing last week. "
        "Welcoming Chinese leader Deng Xiaoping's offer Friday to proceed with a treaty on Hong Kong "
        'separate from other issues, Margaret Thatcher said: "This removes a serious obstacle."',
        "actors": {
            "Britain": ["country", "GBR"],
            "China": ["country", "CHN"],
            "Chinese": ["country", "CHN"],
            "Deng Xiaoping": ["person", "CHN"],
            "Margaret Thatcher": ["person", "GBR"],
        },
        "places": {"Beijing": "CHN", "Hong Kong": "HKG"},
        "timexes": {"last week": ["1984-09-17", "1984-09-23"]},
    }
    support = [e for e in _events(nlp, item) if e.type == "SUPPORT"]
    assert support and "Margaret Thatcher" in {a.name for a in support[0].actors}


def test_statement_naming_one_side_answers_the_storys_other_country(nlp: Any) -> None:
    item = {
        "id": "t-dyad",
        "published": "1995-06-30",
        "text": "Japan and the United States reached a deal on car parts in Geneva on Wednesday. "
        "The United States had threatened Japan with tariffs on luxury cars. "
        "Ryutaro Hashimoto condemned the pressure on Thursday.",
        "actors": {
            "Japan": ["country", "JPN"],
            "the United States": ["country", "USA"],
            "The United States": ["country", "USA"],
            "Ryutaro Hashimoto": ["person", "JPN"],
        },
        "places": {"Geneva": "CHE"},
        "timexes": {
            "on Wednesday": ["1995-06-28", "1995-06-28"],
            "on Thursday": ["1995-06-29", "1995-06-29"],
        },
    }
    accuse = [e for e in _events(nlp, item) if e.type == "ACCUSE"]
    assert accuse and {"JPN", "USA"} <= set(accuse[0].countries)


def test_a_thing_that_threatens_is_no_threat_by_a_party(nlp: Any) -> None:
    item = {
        "id": "t-thing",
        "published": "2001-10-02",
        "text": "Pervez Musharraf met Atal Bihari Vajpayee in Agra. "
        "Pakistan said the drought continues to threaten India and Pakistan alike.",
        "actors": {
            "Pervez Musharraf": ["person", "PAK"],
            "Atal Bihari Vajpayee": ["person", "IND"],
            "Pakistan": ["country", "PAK"],
            "India": ["country", "IND"],
        },
        "places": {"Agra": "IND"},
    }
    assert "THREATEN" not in [e.type for e in _events(nlp, item)]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The talks between Kenya and Somalia did not take place on Monday.", "CONSULT"),
        ("Somalia did not take part in the talks with Kenya on Monday.", "REJECT"),
    ],
)
def test_talks_that_did_not_take_place_are_not_a_refusal_to_take_part(
    nlp: Any, text: str, etype: str
) -> None:
    item = {
        "id": "t-attend",
        "published": "2019-03-12",
        "text": text,
        "actors": {"Kenya": ["country", "KEN"], "Somalia": ["country", "SOM"]},
        "timexes": {"on Monday": ["2019-03-11", "2019-03-11"]},
    }
    assert [e.type for e in _events(nlp, item)] == [etype]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kenya and Somalia were preparing another agreement on their sea border.", "proposed"),
        ("Kenya and Somalia are working on a deal on their sea border.", "proposed"),
        ("Kenya and Somalia signed another agreement on their sea border.", "occurred"),
        ("Kenya and Somalia negotiated a ceasefire on their sea border.", "occurred"),
    ],
)
def test_a_pact_being_prepared_or_sought_is_not_made(nlp: Any, text: str, status: str) -> None:
    item = {
        "id": "t-making",
        "published": "2019-03-12",
        "text": text,
        "actors": {"Kenya": ["country", "KEN"], "Somalia": ["country", "SOM"]},
    }
    assert [e.status for e in _events(nlp, item) if e.type == "AGREE"] == [status]
