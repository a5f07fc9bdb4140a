"""The term a deal runs is not the day it was made; where events are hosted, greeted and built.

Sentences written for these tests (wires and papers of several decades, other country pairs),
run through the whole pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bilat import parse


def _events(bilat_nlp: Any, text: str, published: str, etype: str) -> list[Any]:
    doc = bilat_nlp(parse.make_doc(bilat_nlp, text, "a1", dt.date.fromisoformat(published)))
    return [e for e in doc._.bilat_events if e.type == etype]


def _days(event: Any) -> tuple[str, str] | None:
    return (event.date.start.isoformat(), event.date.end.isoformat()) if event.date else None


# ---------------------------------------------------------------- terms of deals


def test_a_period_the_contracts_run_for_does_not_date_their_signing(bilat_nlp: Any) -> None:
    (deal,) = _events(
        bilat_nlp,
        "Russia and Ukraine signed contracts on gas transit for 2009-2019 on Monday.",
        "2009-01-20",
        "AGREE",
    )
    assert _days(deal) == ("2009-01-19", "2009-01-19")


def test_a_deal_valid_until_a_year_is_dated_by_its_clause_not_its_expiry(bilat_nlp: Any) -> None:
    (treaty,) = _events(
        bilat_nlp,
        "France and Germany signed a treaty valid until 2030 on Tuesday.",
        "2009-01-21",
        "AGREE",
    )
    assert _days(treaty) == ("2009-01-20", "2009-01-20")
    (pact,) = _events(
        bilat_nlp,
        "In 1994 Egypt and Israel signed a gas deal which expires in 2014.",
        "1999-05-02",
        "AGREE",
    )
    assert _days(pact) == ("1994-01-01", "1994-12-31")


def test_the_years_a_trade_agreement_covers_do_not_date_it(bilat_nlp: Any) -> None:
    (deal,) = _events(
        bilat_nlp,
        "Japan and China signed a long-term trade agreement covering 1978-1985 in Beijing on Thursday.",
        "1978-02-17",
        "AGREE",
    )
    assert _days(deal) == ("1978-02-16", "1978-02-16")


def test_a_deal_for_a_period_with_no_date_of_its_own_takes_none(bilat_nlp: Any) -> None:
    (accord,) = _events(
        bilat_nlp,
        "Brazil and Argentina signed a trade accord for the period 1991-1995.",
        "1990-07-06",
        "AGREE",
    )
    assert accord.date is None or accord.date.start.year == 1990


def test_talks_held_until_a_day_keep_that_day(bilat_nlp: Any) -> None:
    (talks,) = _events(
        bilat_nlp, "The United States and China held talks until Friday.", "2009-01-20", "CONSULT"
    )
    assert _days(talks) == ("2009-01-16", "2009-01-16")


# ---------------------------------------------------------------- places


def _place(event: Any) -> str | None:
    return event.location.name if event.location is not None else None


def test_a_town_that_hosts_the_talks_is_their_place(bilat_nlp: Any) -> None:
    (talks,) = _events(
        bilat_nlp,
        "Geneva will host the talks between India and Pakistan next week.",
        "1997-05-20",
        "CONSULT",
    )
    assert _place(talks) == "Geneva"


def test_a_venue_named_like_another_town_is_in_the_town_it_is_said_to_be_in(bilat_nlp: Any) -> None:
    (meeting,) = _events(
        bilat_nlp, "Modi met Sharif at the Miraflores palace in Lahore on Friday.", "2015-12-27", "CONSULT"
    )
    assert _place(meeting) == "Lahore"
    (greeting,) = _events(
        bilat_nlp,
        "Egyptian President Hosni Mubarak greeted Israeli Prime Minister Yitzhak Rabin at Cairo "
        "airport on Tuesday.",
        "1994-02-09",
        "CONSULT",
    )
    assert _place(greeting) == "Cairo"


def test_a_deal_to_build_a_plant_is_placed_at_its_site(bilat_nlp: Any) -> None:
    (deal,) = _events(
        bilat_nlp,
        "India and Russia signed a deal in 1988 to build two reactors at a plant in Kudankulam.",
        "1988-11-21",
        "AGREE",
    )
    assert _place(deal) == "Kudankulam"
    (route,) = _events(
        bilat_nlp,
        "Azerbaijan and Turkey signed a deal to build a pipeline from Baku to Ceyhan.",
        "1998-10-30",
        "AGREE",
    )
    assert _place(route) is None
    (ties,) = _events(
        bilat_nlp, "Russia and Iran agreed to expand cooperation in Aleppo.", "2016-05-24", "AGREE"
    )
    assert _place(ties) is None
    (signed_there,) = _events(
        bilat_nlp,
        "Japan and India signed a deal in Tokyo on Monday to build a rail line in Mumbai.",
        "2015-12-14",
        "AGREE",
    )
    assert _place(signed_there) == "Tokyo"


def test_a_deal_told_after_a_greeting_at_an_airport_is_in_that_town_whatever_it_gives(
    bilat_nlp: Any,
) -> None:
    (deal,) = _events(
        bilat_nlp,
        "Papandreou greeted Ozal with a handshake at Athens airport on Sunday. The two leaders held "
        "talks over dinner on Sunday evening and agreed to give Turkey access to Greece's Aegean "
        "ports, a Greek spokesman said.",
        "1988-06-15",
        "AGREE",
    )
    assert _place(deal) == "Athens"
