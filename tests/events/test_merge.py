"""One record per event: a trip and the talks it was for fold; trips to other countries do not.

Sentences written for these tests (other country pairs and decades)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bilat import parse


def _consults(bilat_nlp: Any, text: str, published: str) -> list[Any]:
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "a1", dt.date.fromisoformat(published)))
    return [e for e in doc._.bilat_events if e.type == "CONSULT"]


def _persons(event: Any) -> set[str]:
    return {a.name.split()[-1] for a in event.actors if a.kind == "person"}


def test_a_trip_and_the_talks_it_was_for_are_one_visit_however_the_purpose_is_parsed(
    bilat_nlp: Any,
) -> None:
    (visit,) = _consults(
        bilat_nlp,
        "Mr. Kohl returned the gesture on Nov. 9, 1989, when he flew to Warsaw, on the Vistula, for "
        "talks with Mr. Mazowiecki.",
        "1990-01-10",
    )
    assert visit.mode == "visit" and {"Kohl", "Mazowiecki"} <= _persons(visit)
    assert visit.location is not None and visit.location.name == "Warsaw"


def test_a_trip_to_another_country_told_later_is_another_visit(bilat_nlp: Any) -> None:
    visits = _consults(
        bilat_nlp,
        "Vajpayee met Sharif in New York on September 23. Vajpayee then surprised both countries "
        "on February 20 by flying into Lahore.",
        "1999-02-22",
    )
    assert len(visits) == 2
    assert {v.location.name for v in visits if v.location} == {"New York", "Lahore"}


def test_talks_the_day_after_an_arrival_are_the_visit_which_spans_both_days(bilat_nlp: Any) -> None:
    doc = bilat_nlp(
        parse.make_doc(
            bilat_nlp,
            "Pakistani Foreign Minister Sahabzada Yaqub Khan flew into New Delhi on Monday. Yaqub Khan "
            "held three hours of talks with Indian Foreign Minister P.V. Narasimha Rao on Tuesday. "
            "Rao told reporters after the meeting that India would not accept mediation.",
            "a1",
            dt.date(1983, 1, 26),
        )
    )
    (visit,) = [e for e in doc._.bilat_events if e.type == "CONSULT"]
    assert visit.mode == "visit" and {"Khan", "Rao"} <= _persons(visit)
    assert (visit.date.start, visit.date.end) == (dt.date(1983, 1, 24), dt.date(1983, 1, 25))
    for other in (e for e in doc._.bilat_events if e.type != "CONSULT"):
        assert other.date is not None and other.date.start == dt.date(1983, 1, 25)


def test_talks_days_after_an_arrival_without_a_shared_party_stay_apart(bilat_nlp: Any) -> None:
    visits = _consults(
        bilat_nlp,
        "Chinese Premier Zhou Enlai flew into Rangoon on Monday. Burmese leader Ne Win held talks "
        "with Indian Prime Minister Indira Gandhi on Wednesday.",
        "1966-04-30",
    )
    assert len(visits) == 2


def test_a_visit_to_a_country_told_again_in_its_city_takes_the_city(bilat_nlp: Any) -> None:
    (visit,) = _consults(
        bilat_nlp,
        "Kenyan President Uhuru Kenyatta flew to Uganda on Saturday. "
        "Ugandan President Yoweri Museveni greeted Kenyatta with a handshake at Entebbe airport on Saturday "
        "afternoon.",
        "2019-03-11",
    )
    assert visit.location is not None and visit.location.name == "Entebbe"


def test_a_meeting_told_again_dates_what_follows_its_last_telling(bilat_nlp: Any) -> None:
    text = (
        "Kenyan and Ugandan ministers met in Nairobi on Monday to discuss fishing rights on Lake Victoria. "
        "The lake has seen rising tension over fish stocks. Kenyan Foreign Minister Monica Juma and Ugandan "
        "Foreign Minister Sam Kutesa held the talks at the State House. The two ministers signed an accord "
        "on fishing rights."
    )
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "a1", dt.date(2019, 3, 13)))
    (accord,) = [e for e in doc._.bilat_events if e.type == "AGREE"]
    assert accord.date is not None and accord.date.start == dt.date(2019, 3, 11)


def test_an_offer_told_after_an_agreement_is_an_act_of_its_own(bilat_nlp: Any) -> None:
    text = (
        "Kenyan President Uhuru Kenyatta and Ugandan President Yoweri Museveni signed an agreement on "
        "fishing rights in Nairobi on Monday. Kenyatta also offered to pay for a new border post."
    )
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "a1", dt.date(2019, 3, 13)))
    agreements = [e for e in doc._.bilat_events if e.type == "AGREE"]
    assert sorted(e.trigger.text for e in agreements) == ["agreement", "offered"]


def test_a_new_offer_told_again_on_its_own_day_is_the_same_offer(bilat_nlp: Any) -> None:
    text = (
        "Welcoming Iranian President Hassan Rouhani's offer on Saturday to resume talks on the nuclear deal, "
        "French President Emmanuel Macron said the door was open.\n\n"
        "He said Rouhani's new offer on Saturday removed a major barrier to agreement."
    )
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "a1", dt.date(2019, 9, 2)))
    offers = [e for e in doc._.bilat_events if e.type == "AGREE"]
    assert len(offers) == 1


def test_talks_told_as_held_and_a_meeting_planned_later_are_two_meetings(bilat_nlp: Any) -> None:
    text = (
        "Kenya and Uganda signed a border accord in Nairobi on Saturday.\n\nKenyan President Uhuru Kenyatta "
        "and Ugandan President Yoweri Museveni later held delegation-level talks.\n\nThe two foreign "
        "ministers will meet in Kampala next month to review the accords."
    )
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "a1", dt.date(2019, 3, 11)))
    meetings = [e for e in doc._.bilat_events if e.type == "CONSULT"]
    assert sorted(e.status for e in meetings) == ["occurred", "planned"]


def test_an_undated_meeting_in_one_country_is_not_a_later_summit_in_another(bilat_nlp: Any) -> None:
    text = (
        "On March 3, 2015, Macri and Rousseff took part in a Mercosur summit in the Paraguayan city of "
        "Asuncion.\n\nMacri then travelled to Brasilia on September 7 of that year, where he attended a "
        "meeting of the heads of the Mercosur states. He also held separate bilateral meetings with "
        "Rousseff and Temer.\n\nOn February 14, 2016, Rousseff came to Buenos Aires to attend the "
        "Argentina-Brazil-Uruguay summit on trade. Macri held a bilateral meeting with Rousseff on the "
        "sidelines of the summit."
    )
    consults = _consults(bilat_nlp, text, "2016-06-15")
    in_brasilia = [e for e in consults if e.location is not None and e.location.name == "Brasília"]
    assert in_brasilia and all(e.date is not None and e.date.start.year == 2015 for e in in_brasilia)


def test_a_party_taking_part_in_the_meeting_joins_the_one_just_told(bilat_nlp: Any) -> None:
    text = (
        "Colombian President Ivan Duque will go to Peru on Friday to take part in the fifth Andean "
        "Security Forum in Lima.\n\nDuque is going to attend the forum at the invitation of his Peruvian "
        "counterpart, Martin Vizcarra. He is expected to deliver a speech on drug trafficking.\n\n"
        "According to the Peruvian foreign ministry, a senior official from the Brazilian government will "
        "also be taking part in the meeting."
    )
    (forum,) = _consults(bilat_nlp, text, "2019-06-12")
    assert {"BRA", "COL", "PER"} <= set(forum.countries)


def test_a_meeting_agreed_for_a_month_and_held_on_days_of_it_is_one_held_meeting(bilat_nlp: Any) -> None:
    text = (
        "Last month, Chilean Foreign Minister Roberto Ampuero and his Peruvian counterpart, Nestor "
        "Popolizio, agreed to hold the next meeting of the joint commission on trade and investment in "
        "mid-June.\n\nThe two ministers discussed preparations for the fifth session of the commission, "
        "taking place in Lima from June 16 to 18."
    )
    (session,) = _consults(bilat_nlp, text, "2019-06-20")
    assert session.status == "occurred"
    assert (session.date.start, session.date.end) == (dt.date(2019, 6, 16), dt.date(2019, 6, 18))


def test_one_side_s_measure_and_the_other_side_s_reply_are_two_acts(bilat_nlp: Any) -> None:
    text = (
        "Canada expelled an Indian diplomat on Monday over the killing of a Sikh activist. India expelled "
        "a senior Canadian diplomat and gave him five days to leave."
    )
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "a1", dt.date(2023, 9, 20)))
    expulsions = [e for e in doc._.bilat_events if e.type == "SANCTION"]
    sources = {a.country for e in expulsions for a in e.actors if a.side == "source"}
    assert len(expulsions) == 2 and sources == {"CAN", "IND"}
