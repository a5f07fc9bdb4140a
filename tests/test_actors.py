"""The actors stage on sentences written from news about many country pairs and decades."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from bilat.actors import find_actors

FIXTURES = Path(__file__).parent / "fixtures" / "actors" / "sentences.jsonl"


def _run(parse_text: Any, text: str, published: str | None = None):  # noqa: ANN202
    doc = parse_text(text, dt.date.fromisoformat(published) if published else None)
    return doc, find_actors(doc, "t1")


def _last(name: str) -> str:
    from bilat.actors.gazetteer import normalise

    return normalise(name).replace("-", " ").split()[-1]


def score_fixtures(parse_text: Any) -> dict[str, float]:
    """Precision and recall of people (by last name), their role and country, countries and places."""
    counts = {k: [0, 0, 0] for k in ("person", "person_role_country", "country", "place")}  # tp, pred, gold
    for line in FIXTURES.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        _, found = _run(parse_text, case["text"], case["published"])
        named = {(_last(m.name), m.role, m.country) for m in found.mentions if m.kind == "person"}
        gold = {(_last(p["name"]), p["role"], p["country"]) for p in case["people"]}
        pred_people = {n for n, _, _ in named}
        gold_people = {n for n, _, _ in gold}
        sets = {
            "person": (pred_people, gold_people),
            "person_role_country": (named, gold),
            "country": ({m.country for m in found.mentions if m.kind == "country"}, set(case["countries"])),
            "place": (
                {(_last(p.name), p.country) for p in found.places if p.feature != "country"},
                {(_last(p["name"]), p["country"]) for p in case["places"]},
            ),
        }
        for k, (pred, gold_set) in sets.items():
            counts[k][0] += len(pred & gold_set)
            counts[k][1] += len(pred)
            counts[k][2] += len(gold_set)
    out = {}
    for k, (tp, npred, ngold) in counts.items():
        out[f"{k}_p"] = tp / npred if npred else 0.0
        out[f"{k}_r"] = tp / ngold if ngold else 0.0
    return out


def test_actors_fixture_sentences_reach_precision_and_recall(parse_text: Any) -> None:
    s = score_fixtures(parse_text)
    assert s["person_p"] >= 0.9 and s["person_r"] >= 0.9, s
    assert s["person_role_country_p"] >= 0.7 and s["person_role_country_r"] >= 0.7, s
    assert s["country_r"] >= 0.9, s
    assert s["place_r"] >= 0.7, s


def _people(found) -> dict[str, tuple]:  # noqa: ANN001
    return {m.evidence.text: (m.name, m.role, m.country) for m in found.mentions if m.kind == "person"}


def test_actors_resolve_short_names_descriptions_and_pronouns(parse_text: Any) -> None:
    text = (
        "Iranian Energy Minister Reza Ardakanian and his Russian counterpart, Alexander Novak, "
        "met in Tehran. "
        "Ardakanian said the two ministers had agreed on a new power plant. "
        "Russian President Vladimir Putin later received him. The Russian leader praised the deal."
    )
    _, found = _run(parse_text, text, "2019-06-17")
    people = [(m.evidence.text, m.name) for m in found.mentions if m.kind == "person"]
    assert ("Ardakanian", "Reza Ardakanian") in people
    assert ("the two ministers", "Reza Ardakanian") in people and (
        "the two ministers",
        "Alexander Novak",
    ) in people
    assert ("The Russian leader", "Vladimir Putin") in people
    novak = next(m for m in found.mentions if m.name == "Alexander Novak")
    assert (novak.role, novak.country) == ("energy_minister", "RUS")


def test_actors_read_role_after_the_name_and_title_before_it(parse_text: Any) -> None:
    text = (
        "Rear Admiral Ali Shamkhani, Secretary of Iran's Supreme National Security Council, flew to Moscow."
    )
    _, found = _run(parse_text, text, "2022-11-09")
    m = next(m for m in found.mentions if m.kind == "person")
    assert (m.name, m.title, m.role, m.country) == (
        "Ali Shamkhani",
        "Rear Admiral",
        "security_council_secretary",
        "IRN",
    )
    org = next(m for m in found.mentions if m.kind == "organisation")
    assert org.country == "IRN" and org.sector == "government"


def test_actors_capital_used_for_its_government_is_country_and_place(parse_text: Any) -> None:
    _, found = _run(
        parse_text, "Moscow said talks between Tehran and Moscow would resume in Geneva.", "2020-01-01"
    )
    countries = [(m.evidence.text, m.country) for m in found.mentions if m.kind == "country"]
    assert ("Moscow", "RUS") in countries and ("Tehran", "IRN") in countries
    geneva = next(p for p in found.places if p.name == "Geneva")
    assert geneva.country == "CHE" and geneva.gazetteer_id and geneva.lat and 46 < geneva.lat < 47
    assert not any(m.evidence.text == "Geneva" for m in found.mentions)


def test_actors_read_countries_as_of_publication_date(parse_text: Any) -> None:
    _, found = _run(parse_text, "The Kremlin and West German officials met in Bonn.", "1987-03-10")
    codes = {m.evidence.text: m.country for m in found.mentions if m.kind == "country"}
    assert codes["The Kremlin"] == "SUN" and codes["West German"] == "DEU"
    _, later = _run(parse_text, "The Kremlin said it would respond.", "2015-03-10")
    assert later.mentions[0].country == "RUS"


def test_actors_igo_is_an_organisation_without_country(parse_text: Any) -> None:
    _, found = _run(parse_text, "The G-7 and the International Monetary Fund urged Japan to act.")
    igos = {m.name for m in found.mentions if m.sector == "igo"}
    assert igos == {"G7", "International Monetary Fund"}
    assert all(m.country is None and m.kind == "organisation" for m in found.mentions if m.sector == "igo")


def test_actors_places_disambiguate_by_document_countries(parse_text: Any) -> None:
    _, found = _run(parse_text, "Russian officials gathered in Moscow before flying to Ufa and Aktau.")
    where = {p.name: p.country for p in found.places}
    assert where["Moscow"] == "RUS" and where["Ufa"] == "RUS" and where["Aktau"] == "KAZ"
    _, us = _run(parse_text, "The governor of Idaho spoke to farmers in Moscow, Idaho.")
    assert next(p for p in us.places if p.name == "Moscow").country == "USA"


def test_actors_token_index_offers_the_person_before_the_country(parse_text: Any) -> None:
    doc, found = _run(parse_text, "Secretary of Iran's Supreme National Security Council Ali Shamkhani left.")
    head = next(t for t in doc if t.text == "Shamkhani")
    assert found.for_token(head)[0].name == "Ali Shamkhani"
    secretary = doc[0]
    assert found.for_token(secretary)[0].kind == "person"
    iran = next(t for t in doc if t.text == "Iran")
    assert [m.kind for m in found.for_token(iran)][-1] == "country"
    assert found.mention_at(head.idx + 2).name == "Ali Shamkhani"


def test_actors_world_gazetteer_covers_every_country() -> None:
    import pycountry

    from bilat.actors import gazetteer

    gaz = gazetteer.load()
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in gaz.country_names]
    assert not missing
    assert {e.key for e in gaz.lookup("burkinabe")} == {"BFA"}
    assert {e.key for e in gaz.lookup("kyrgyz")} == {"KGZ"}


def test_actors_dictionary_gives_country_and_role_by_publication_date(parse_text: Any) -> None:
    text = "Reagan and Gorbachev met in Iceland. Nakasone welcomed the talks."
    _, found = _run(parse_text, text, "1986-10-14")
    assert set(_people(found).values()) == {
        ("Ronald Reagan", "head_of_state", "USA"),
        ("Mikhail Gorbachev", "party_leader", "SUN"),
        ("Yasuhiro Nakasone", "head_of_government", "JPN"),
    }
    _, early = _run(parse_text, "Bush said the talks had gone well.", "1990-06-01")
    _, late = _run(parse_text, "Bush said the talks had gone well.", "2003-06-01")
    assert _people(early)["Bush"][0] == "George H. W. Bush" and _people(late)["Bush"][0] == "George W. Bush"


def test_actors_text_wins_over_the_dictionary_and_ambiguous_surnames_stay_short(parse_text: Any) -> None:
    _, found = _run(parse_text, "Russian diplomat Sergei Lavrov met Gandhi in Delhi.", "1995-03-01")
    people = _people(found)
    assert people["Sergei Lavrov"][1:] == ("diplomat", "RUS")  # not yet foreign minister in 1995
    assert people["Gandhi"] == ("Gandhi", None, None)  # Indira and Rajiv: no single holder


def test_actors_surname_alone_without_date_needs_a_unique_holder(parse_text: Any) -> None:
    _, found = _run(parse_text, "Gorbachev and Bush spoke by telephone.")
    people = _people(found)
    assert people["Gorbachev"] == ("Mikhail Gorbachev", None, "SUN")
    assert not {name for name, _, _ in people.values()} & {"George W. Bush", "George H. W. Bush"}


def test_actors_titles_alone_and_things_are_no_people(parse_text: Any) -> None:
    _, found = _run(
        parse_text,
        "Emir Sheikh Tamim bin Hamad Al Thani received the envoy. The Louvre reopened on Monday.",
        "2021-05-10",
    )
    names = [m.name for m in found.mentions if m.kind == "person"]
    assert "Sheikh" not in names and "Louvre" not in names
    assert _people(found)["Tamim bin Hamad Al Thani"][1:] == ("head_of_state", "QAT")


def test_actors_hyphenated_pair_of_names_is_two_people(parse_text: Any) -> None:
    _, found = _run(parse_text, "The Reagan-Gorbachev summit ended with a joint statement.", "1987-12-10")
    names = {m.name for m in found.mentions if m.kind == "person"}
    assert names == {"Ronald Reagan", "Mikhail Gorbachev"}


def test_actors_place_framed_as_government_or_possessive_is_no_place(parse_text: Any) -> None:
    text = (
        "Moscow's position on Russia's southern republics hardened, the Tehran government protested "
        "and the Iranian ambassador to Moscow left for Sochi, the Black Sea resort."
    )
    _, found = _run(parse_text, text, "1999-12-01")
    assert [p.name for p in found.places] == ["Sochi"]
    assert {m.country for m in found.mentions if m.kind == "country"} == {"RUS", "IRN"}


def test_actors_people_dictionary_is_time_bounded_and_large() -> None:
    from bilat.actors import dictionary

    book = dictionary.load()
    terms = [t for p in book.people for t in p.terms]
    assert len(terms) >= 1500 and len(book.people) >= 1200
    assert all(t.end is None or t.start <= t.end for t in terms)
    assert book.resolve_full("mohammed bin salman", None).country == "SAU"  # type: ignore[union-attr]


# --- Collective descriptions of intergovernmental groups -------------------------------------------


def _orgs(found) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(m.evidence.text, m.name) for m in found.mentions if m.kind == "organisation"]


def test_actors_read_a_numbered_group_of_industrial_nations_as_the_g7(parse_text: Any) -> None:
    text = (
        "Finance ministers of the seven leading industrial democracies met in Paris on Sunday. "
        "The world's seven richest nations said the dollar had fallen far enough. "
        "Officials of the five major industrial countries met earlier in New York."
    )
    _, found = _run(parse_text, text, "1986-01-20")
    orgs = _orgs(found)
    assert ("seven leading industrial democracies", "G7") in orgs
    assert ("seven richest nations", "G7") in orgs
    assert ("five major industrial countries", "G5") in orgs
    assert all(m.sector == "igo" and m.country is None for m in found.mentions if m.name in {"G7", "G5"})


def test_actors_do_not_read_a_plain_count_of_countries_as_a_group(parse_text: Any) -> None:
    _, found = _run(
        parse_text, "Seven countries signed the fisheries accord in Lima on Friday.", "2004-05-07"
    )
    assert not _orgs(found)


def test_actors_read_the_gulf_arab_states_by_their_number_as_the_gcc(parse_text: Any) -> None:
    text = "The six Gulf Arab states asked Washington to protect their tankers from Iranian attacks."
    _, found = _run(parse_text, text, "1987-05-20")
    assert ("six Gulf Arab states", "Gulf Cooperation Council") in _orgs(found)


def test_actors_read_the_twelve_as_the_community_of_its_day(parse_text: Any) -> None:
    text = "The Twelve agreed to impose sanctions on Pretoria."
    _, found_1988 = _run(parse_text, text, "1988-09-12")
    assert ("The Twelve", "European Community") in _orgs(found_1988)
    _, found_1994 = _run(parse_text, text, "1994-03-01")
    assert ("The Twelve", "European Union") in _orgs(found_1994)
    # The union had 25 members in 2005: "the Twelve" is then nobody the data knows.
    _, found_2005 = _run(parse_text, text, "2005-03-01")
    assert not _orgs(found_2005)


def test_actors_read_a_count_of_member_states_as_the_group_the_story_names(parse_text: Any) -> None:
    text = (
        "Defence ministers of Nato met in Brussels on Thursday. The 29 allies agreed to raise spending. "
        "Finance ministers of the Gulf Cooperation Council met in Riyadh; "
        "the six states will adopt a common tariff."
    )
    _, found = _run(parse_text, text, "2018-02-15")
    orgs = _orgs(found)
    assert ("29 allies", "NATO") in orgs
    assert ("six states", "Gulf Cooperation Council") in orgs


def test_actors_read_the_permanent_members_of_the_security_council_as_the_p5(parse_text: Any) -> None:
    text = "The five permanent members of the UN Security Council met Iran's negotiators in Vienna."
    _, found = _run(parse_text, text, "2015-07-10")
    assert ("five permanent members of the UN Security Council", "P5") in _orgs(found)


def test_igo_members_follow_the_membership_of_the_day() -> None:
    from bilat.actors import igo_members

    assert set(igo_members("G7", dt.date(1987, 4, 9))) == {"USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"}
    assert "RUS" in igo_members("G8", dt.date(2006, 7, 15)) and not igo_members("G8", dt.date(2016, 1, 1))
    assert len(igo_members("European Community", dt.date(1987, 1, 1))) == 12
    assert "GBR" in igo_members("European Union", dt.date(2019, 1, 1))
    assert "GBR" not in igo_members("European Union", dt.date(2021, 1, 1))
    assert "SUN" in igo_members("P5", dt.date(1985, 1, 1)) and "RUS" in igo_members("P5", dt.date(2000, 1, 1))
    assert set(igo_members("Gulf Cooperation Council")) == {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"}
    assert igo_members("United Nations") == ()


# --- Appositions and "X of Y" descriptions of persons ------------------------------------------------


def test_actors_give_an_apposed_person_the_role_and_the_possessor_country(parse_text: Any) -> None:
    text = (
        "The proposal was called unacceptable by Pakistan's permanent representative to the United "
        "Nations, Munir Akram. Britain's ambassador to Washington, Kim Darroch, resigned after the leak. "
        "The decision was welcomed by India's ambassador to the United States, Harsh Shringla."
    )
    _, found = _run(parse_text, text, "2019-07-10")
    people = _people(found)
    assert people["Munir Akram"] == ("Munir Akram", "ambassador", "PAK")
    assert people["Kim Darroch"] == ("Kim Darroch", "ambassador", "GBR")
    assert people["Harsh Shringla"] == ("Harsh Shringla", "ambassador", "IND")


def test_actors_read_a_representative_to_the_un_as_his_country_s_diplomat(parse_text: Any) -> None:
    text = "The plan was called dangerous by the Soviet representative to the UN in Geneva, Yuri Petrovsky."
    _, found = _run(parse_text, text, "1986-11-04")
    person = next(m for m in found.mentions if m.kind == "person")
    assert (person.role, person.country, person.sector) == ("envoy", "SUN", "government")


def test_actors_read_the_head_of_an_igo_as_its_head(parse_text: Any) -> None:
    text = "The head of the IMF, Jacques de Larosiere, flew to Buenos Aires for talks on the debt."
    _, found = _run(parse_text, text, "1984-06-12")
    person = next(m for m in found.mentions if m.kind == "person")
    assert (person.name, person.role, person.country, person.sector) == (
        "Jacques de Larosiere",
        "igo_head",
        None,
        "igo",
    )


# --- Lists of countries ----------------------------------------------------------------------------


def test_actors_read_every_country_of_a_long_coordination_list(parse_text: Any) -> None:
    text = (
        "The accord was signed by India, Pakistan, Bangladesh, Sri Lanka, Nepal, Bhutan and the Maldives. "
        "Delegates came from: Brazil, Argentina, Uruguay, Paraguay, Bolivia, Chile, Peru, Ecuador, Colombia, "
        "Venezuela, Guyana, Suriname, Trinidad and Tobago, the Dominican Republic and Antigua and Barbuda."
    )
    _, found = _run(parse_text, text, "1998-03-02")
    countries = [m.country for m in found.mentions if m.kind == "country"]
    assert countries == [
        *("IND", "PAK", "BGD", "LKA", "NPL", "BTN", "MDV"),
        *("BRA", "ARG", "URY", "PRY", "BOL", "CHL", "PER", "ECU", "COL", "VEN", "GUY", "SUR", "TTO"),
        *("DOM", "ATG"),
    ]


# --- Historical codes --------------------------------------------------------------------------------


def test_actors_read_cold_war_seats_and_demonyms_with_the_codes_of_their_day(parse_text: Any) -> None:
    text = (
        "Bonn said it would consult its allies, and East Berlin protested. The Kremlin rejected the plan, "
        "Moscow said, and the Soviets recalled their envoy. West German and East German officials met."
    )
    _, found = _run(parse_text, text, "1986-05-05")
    codes = {m.evidence.text: m.country for m in found.mentions if m.kind == "country"}
    assert codes == {
        "Bonn": "DEU",
        "East Berlin": "DDR",
        "The Kremlin": "SUN",
        "Moscow": "SUN",
        "Soviets": "SUN",
        "West German": "DEU",
        "East German": "DDR",
    }


def test_actors_read_russia_after_1991_as_russia_and_soviet_as_the_soviet_union(parse_text: Any) -> None:
    text = "Moscow said the Kremlin would pay the Soviet debts."
    _, found = _run(parse_text, text, "1996-05-05")
    codes = {m.evidence.text: m.country for m in found.mentions if m.kind == "country"}
    assert codes == {"Moscow": "RUS", "the Kremlin": "RUS", "Soviet": "SUN"}


def test_actors_read_soviet_russia_as_russia_and_the_ussr_as_the_union(parse_text: Any) -> None:
    # the RSFSR of 1917-1922 came before the Union: a history of Russia's ties starts with it
    text = "In 1920 Soviet Russia recognised Persia; the USSR was founded two years later."
    _, found = _run(parse_text, text, "2019-06-15")
    codes = {m.evidence.text: m.country for m in found.mentions if m.kind == "country"}
    assert codes == {"Soviet Russia": "RUS", "Persia": "IRN", "the USSR": "SUN"}


def test_actors_read_no_country_in_a_continent_s_adjective(parse_text: Any) -> None:
    text = "South American and Central Asian leaders met American officials in Central Asia."
    _, found = _run(parse_text, text, "2016-06-15")
    assert [(m.evidence.text, m.country) for m in found.mentions if m.kind == "country"] == [
        ("American", "USA")
    ]
    # the adjective tells who the leaders are; the region named as such is where they met
    assert [p.name for p in found.places] == ["Central Asia"]


def test_actors_read_no_country_in_the_name_of_a_currency(parse_text: Any) -> None:
    text = "India pledged 2 billion US dollars to Nepal, and Japan lent it 5 billion Swiss francs."
    _, found = _run(parse_text, text, "2019-06-15")
    assert [m.country for m in found.mentions if m.kind == "country"] == ["IND", "NPL", "JPN"]


def test_actors_give_a_ministry_whose_name_tells_its_country_that_country(parse_text: Any) -> None:
    text = "The Ministry of External Affairs summoned the envoy, and the Foreign Office protested."
    _, found = _run(parse_text, text, "2023-09-20")
    assert {m.name: m.country for m in found.mentions if m.kind == "organisation"} == {
        "Ministry of External Affairs": "IND",
        "Foreign and Commonwealth Office": "GBR",
    }


# --- Opposition groups and stateless peoples -----------------------------------------------------------


def test_actors_count_kurdish_groups_to_the_country_the_story_places_them_in(parse_text: Any) -> None:
    text = (
        "Syria said the Kurdish authorities in Qamishli had refused to hand over the border crossing. "
        "Turkey shelled Kurdish positions near Afrin, and Damascus protested. "
        "In Ankara, officials said Iraqi Kurds would not be consulted."
    )
    _, found = _run(parse_text, text, "2018-01-28")
    kurds = [(m.evidence.text, m.country) for m in found.mentions if m.sector == "non_state"]
    assert kurds == [("Kurdish", "SYR"), ("Kurdish", "SYR"), ("Kurds", "IRQ")]


def test_actors_count_a_people_with_one_candidate_country_to_it(parse_text: Any) -> None:
    _, found = _run(parse_text, "Beijing blamed Uighur separatists for the attack in Kashgar.", "2014-03-02")
    assert [(m.evidence.text, m.country) for m in found.mentions if m.sector == "non_state"] == [
        ("Uighur", "CHN")
    ]
    assert not [m for m in found.mentions if m.kind == "person"]


def test_actors_give_an_acronym_the_country_of_the_name_it_abbreviates(parse_text: Any) -> None:
    text = (
        "The Afghan High Peace Council (HPC) met Pakistani officials in Islamabad on Monday. "
        "The HPC said the talks had been useful."
    )
    _, found = _run(parse_text, text, "2016-02-08")
    hpc = [m for m in found.mentions if m.evidence.text == "HPC"]
    assert hpc and all(m.country == "AFG" and m.name == "Afghan High Peace Council" for m in hpc)


# --- Names that are no person --------------------------------------------------------------------------


def test_actors_read_a_name_in_an_adjectival_compound_as_the_name_alone(parse_text: Any) -> None:
    text = "Damascus will attend any Reagan-sponsored talks, Ronald Reagan's envoy said. Moon Jae-in agreed."
    _, found = _run(parse_text, text, "1985-06-01")
    people = [(m.evidence.text, m.name) for m in found.mentions if m.kind == "person"]
    assert ("Reagan", "Ronald Reagan") in people and ("Moon Jae-in", "Moon Jae-in") in people
    assert not any("sponsored" in t for t, _ in people)


def test_actors_do_not_read_a_capitalised_common_noun_of_the_story_as_a_person(parse_text: Any) -> None:
    text = (
        "Tokyo refuses to lift its ban on rice imports. A private U.S. Rice trader visited Tokyo last week."
    )
    _, found = _run(parse_text, text, "1987-04-08")
    assert not [m for m in found.mentions if m.kind == "person"]
    text = "Condoleezza Rice met Chinese officials, and Rice said the price of rice was not discussed."
    _, found = _run(parse_text, text, "2006-04-08")
    people = [(m.evidence.text, m.name) for m in found.mentions if m.kind == "person"]
    assert people == [("Condoleezza Rice", "Condoleezza Rice"), ("Rice", "Condoleezza Rice")]
