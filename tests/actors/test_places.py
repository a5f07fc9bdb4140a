"""Places the actors stage reads: seats of power that stand for their capital."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bilat.actors import find_actors
from bilat.temporal import find_timexes


def _places(parse_text: Any, text: str, published: str) -> dict[str, str]:
    doc = parse_text(text, dt.date.fromisoformat(published))
    return {doc.text[p.evidence.start : p.evidence.end]: p.name for p in find_actors(doc, "t1").places}


def test_places_a_seat_of_power_in_the_capital_is_the_capital_city(parse_text: Any) -> None:
    found = _places(
        parse_text,
        "Mitterrand and Kohl held talks at the Elysee on Wednesday, a week after Kohl had met "
        "Reagan at the White House.",
        "1984-05-10",
    )
    assert found == {"the Elysee": "Paris", "the White House": "Washington"}


def test_places_a_retreat_far_from_the_capital_keeps_its_own_name(parse_text: Any) -> None:
    found = _places(
        parse_text, "Carter hosted Begin and Sadat at Camp David for thirteen days in 1978.", "1978-09-18"
    )
    assert found == {"Camp David": "Camp David"}


def test_places_a_dateline_in_capitals_is_a_city_whatever_the_parse(parse_text: Any) -> None:
    found = _places(
        parse_text,
        "WASHINGTON, April 30 - President Reagan and Prime Minister Nakasone began talks on trade.",
        "1987-04-30",
    )
    assert found == {"WASHINGTON": "Washington"}


def test_places_a_capital_acting_as_its_government_in_the_text_is_no_place(parse_text: Any) -> None:
    found = _places(parse_text, "Washington said on Thursday that the talks would go on.", "1987-04-30")
    assert found == {}


def test_places_a_city_is_named_as_the_news_writes_it(parse_text: Any) -> None:
    found = _places(
        parse_text,
        "NEW YORK, May 4 - Chinese and Israeli diplomats met in New York on Monday after talks in "
        "Mexico City.",
        "1987-05-04",
    )
    assert found == {"NEW YORK": "New York", "New York": "New York", "Mexico City": "Mexico City"}


def test_places_a_city_naming_a_summit_is_where_it_was_held(parse_text: Any) -> None:
    found = _places(
        parse_text, "Putin met Rouhani on the sidelines of the Sochi summit on Wednesday.", "2018-03-10"
    )
    assert found == {"Sochi": "Sochi"}


def test_places_a_town_the_gazetteer_lacks_keeps_its_written_name(parse_text: Any) -> None:
    doc = parse_text(
        "Chancellor Helmut Kohl received President Francois Mitterrand at his home in Oggersheim.",
        dt.date(1986, 5, 12),
    )
    (town,) = [p for p in find_actors(doc, "t1").places if p.name == "Oggersheim"]
    assert (town.lat, town.lon, town.gazetteer_id) == (None, None, None)


def test_places_a_hyphenated_village_is_read_whole(parse_text: Any) -> None:
    found = _places(
        parse_text,
        "De Gaulle met West German Chancellor Konrad Adenauer at his home in Colombey-les-Deux-Eglises.",
        "1958-09-15",
    )
    assert "Colombey-les-Deux-Eglises" in found.values()


def test_places_a_compass_point_after_in_is_no_town(parse_text: Any) -> None:
    found = _places(parse_text, "Greek and Turkish ministers met in the West on Monday.", "1988-03-04")
    assert found == {}


def test_places_a_capital_appealed_to_is_its_government_not_a_place(parse_text: Any) -> None:
    doc = parse_text(
        "Pakistani President Zia appealed to New Delhi on Tuesday to withdraw its troops.",
        dt.date(1987, 2, 3),
    )
    found = find_actors(doc, "t1")
    assert [p.name for p in found.places] == []
    assert "IND" in {m.country for m in found.mentions if m.kind == "country"}


def test_places_an_irish_county_written_co_is_a_place_not_a_company_or_person(parse_text: Any) -> None:
    doc = parse_text(
        "Two soldiers were killed by a bomb near Newry, Co Down, on Saturday, and a police station in "
        "Co. Armagh was attacked. Farmers in County Kerry protested.",
        dt.date(1988, 3, 7),
    )
    found = find_actors(doc, "t1")
    places = {p.evidence.text: (p.name, p.country, p.feature) for p in found.places}
    assert places["Co Down"] == ("County Down", "GBR", "admin2")
    assert places["Co. Armagh"] == ("County Armagh", "GBR", "admin2")
    assert places["County Kerry"] == ("County Kerry", "IRL", "admin2")
    texts = {m.evidence.text for m in found.mentions}
    assert not texts & {"Co Down", "Co. Armagh", "County Kerry", "Down", "Armagh", "Kerry"}


def test_places_a_month_or_a_day_of_a_date_is_no_place(parse_text: Any) -> None:
    # March (Cambridgeshire): a gazetteer has towns named like months; the time stage, which
    # runs first, has read "March 2020" as a date
    text = (
        "Indian and Chinese troops clashed in the Galwan valley in March 2020, and the commanders met "
        "in Reading on Friday."
    )
    doc = parse_text(text, dt.date(2020, 7, 4))
    places = {p.evidence.text for p in find_actors(doc, "t1").places}
    assert "March" in places  # read as a town when no date was read
    doc._.bilat_timexes = find_timexes(doc, dt.date(2020, 7, 4))
    places = {p.evidence.text for p in find_actors(doc, "t1").places}
    assert "March" not in places and "Reading" in places


def test_places_a_capital_hosting_an_event_is_its_place(parse_text: Any) -> None:
    found = _places(
        parse_text, "Vienna hosted talks between Iranian and American diplomats on Tuesday.", "2021-04-07"
    )
    assert found == {"Vienna": "Vienna"}
    # a capital that speaks or welcomes stands for its government
    assert _places(parse_text, "Vienna welcomed the agreement on Tuesday.", "2021-04-07") == {}


def test_places_a_town_naming_the_works_it_is_the_site_of_is_a_place(parse_text: Any) -> None:
    found = _places(
        parse_text,
        "China agreed to finance the Gwadar Deep Sea Port and the Karot dam in Pakistan.",
        "2015-04-21",
    )
    assert found.get("Gwadar") == "Gwadar"
    # a town naming a government or a company is no place
    assert (
        _places(
            parse_text, "The Islamabad government and the Lahore Metro company signed a deal.", "2015-04-21"
        )
        == {}
    )


def test_places_a_town_whose_gazetteer_name_marks_the_ayn_is_found_as_the_news_writes_it(
    parse_text: Any,
) -> None:
    # geonames writes "Al-`Ula"
    assert _places(parse_text, "The Gulf leaders met in Al-Ula on Tuesday.", "2021-01-06") == {
        "Al-Ula": "Al-Ula"
    }
