"""Person names the recogniser cuts in pieces."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bilat.actors import find_actors


def test_people_a_name_the_recogniser_cut_in_two_is_one_person(parse_text: Any) -> None:
    doc = parse_text(
        "Pakistani Foreign Minister Sahabzada Yaqub Khan will visit New Delhi in April.", dt.date(1987, 3, 2)
    )
    people = {m.name for m in find_actors(doc, "t1").mentions if m.kind == "person"}
    assert people == {"Sahabzada Yaqub Khan"}


def test_people_two_names_in_a_list_stay_two_people(parse_text: Any) -> None:
    doc = parse_text("Reagan, Gorbachev and Thatcher will attend the ceremony.", dt.date(1987, 3, 2))
    people = {m.name.split()[-1] for m in find_actors(doc, "t1").mentions if m.kind == "person"}
    assert {"Reagan", "Gorbachev", "Thatcher"} <= people


def test_people_court_honorifics_are_not_part_of_the_name(parse_text: Any) -> None:
    doc = parse_text(
        "His Majesty King Hamad bin Isa Al Khalifa received His Highness Sheikh Sabah al-Ahmad al-Sabah "
        "in Manama.",
        dt.date(2015, 3, 1),
    )
    names = {m.name for m in find_actors(doc, "t1").mentions if m.kind == "person"}
    assert not any("Majesty" in n or "Highness" in n for n in names), names
