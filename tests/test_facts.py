"""The facts stage on trade sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from bilat import parse
from bilat.facts import find_facts
from events_harness import annotate


def _facts(
    nlp: Any, text: str, actors: dict[str, str], timexes: dict[str, list[str]] | None = None
) -> list[Any]:
    item = {
        "actors": {name: ["country", code] for name, code in actors.items()},
        "timexes": timexes or {},
    }
    doc = nlp(parse.make_doc(nlp, text, "f1", dt.date(2020, 1, 15)))
    return find_facts(annotate(doc, item))


def _trade(facts: list[Any]) -> list[tuple]:
    return [(f.metric, f.value, f.unit, f.change_pct, f.flow, f.reporter, f.partner) for f in facts]


def test_total_export_and_import_values_with_reporter_and_period(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "In 2018, trade between Brazil and Argentina amounted to $26.1 billion, including "
        "$15.0 billion in Brazilian exports and $11.1 billion in Brazilian imports.",
        {"Brazil": "BRA", "Argentina": "ARG", "Brazilian": "BRA"},
        {"In 2018": ["2018-01-01", "2018-12-31"]},
    )
    assert _trade(facts) == [
        ("trade_value", 26.1e9, "USD", None, "total", "BRA", "ARG"),
        ("trade_value", 15.0e9, "USD", None, "export", "BRA", "ARG"),
        ("trade_value", 11.1e9, "USD", None, "import", "BRA", "ARG"),
    ]
    assert all(f.period is not None and f.period.start == dt.date(2018, 1, 1) for f in facts)
    assert facts[0].value_evidence.text == "$26.1 billion"
    assert facts[0].period_evidence is not None and facts[0].period_evidence.text == "In 2018"


def test_deficit_is_a_negative_balance_in_the_stated_currency(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "Britain's trade deficit with Japan widened to 1.5 billion stg last year.",
        {"Britain": "GBR", "Japan": "JPN"},
        {"last year": ["2019-01-01", "2019-12-31"]},
    )
    assert _trade(facts) == [("trade_balance", -1.5e9, "GBP", None, "total", "GBR", "JPN")]


def test_surplus_in_francs_and_mln_scale(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "Official figures showed a French 320 mln franc surplus with Poland.",
        {"French": "FRA", "Poland": "POL"},
    )
    assert _trade(facts) == [("trade_balance", 320e6, "FRF", None, "total", "FRA", "POL")]


def test_coordinated_periods_pair_with_coordinated_amounts(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "Japanese customs figures show years of trade surpluses with South Korea. "
        "They put the 1984 and 1983 surpluses at 3.1 billion and 2.9 billion dlrs.",
        {"Japanese": "JPN", "South Korea": "KOR"},
        {"1984": ["1984-01-01", "1984-12-31"], "1983": ["1983-01-01", "1983-12-31"]},
    )
    got = sorted((f.period.start.year, f.value, f.unit, f.reporter, f.partner) for f in facts)
    assert got == [(1983, 2.9e9, "USD", "JPN", "KOR"), (1984, 3.1e9, "USD", "JPN", "KOR")]


def test_percentage_change_in_bilateral_trade(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "Trade between India and Bangladesh rose 14.5% in the first half of the year.",
        {"India": "IND", "Bangladesh": "BGD"},
    )
    assert _trade(facts) == [("trade_value_change", None, None, 14.5, "total", "IND", "BGD")]


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("Two-way trade between Canada and Mexico rose by a third last year.", 33.33),
        ("Trade between Canada and Mexico fell 8 percent last year.", -8.0),
    ],
)
def test_changes_without_amounts(nlp: Any, text: str, pct: float) -> None:
    facts = _facts(nlp, text, {"Canada": "CAN", "Mexico": "MEX"})
    assert [(f.metric, f.change_pct) for f in facts] == [("trade_value_change", pct)]


def test_national_totals_are_not_bilateral_facts(nlp: Any) -> None:
    facts = _facts(nlp, "Germany's trade surplus hit a record 250 billion euros in 2016.", {"Germany": "DEU"})
    assert [f for f in facts if f.metric.startswith("trade")] == []


def test_counts_of_signed_agreements(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "Egypt and Jordan signed 12 agreements on energy and transport.",
        {"Egypt": "EGY", "Jordan": "JOR"},
    )
    assert [(f.metric, f.value, f.unit) for f in facts] == [("count", 12.0, "agreement")]


def test_subject_that_runs_a_deficit_with_a_partner_reports_it(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "Pakistan ran a trade deficit of $3.1 billion with China in 2019, officials said.",
        {"Pakistan": "PAK", "China": "CHN"},
        {"2019": ["2019-01-01", "2019-12-31"]},
    )
    assert _trade(facts) == [("trade_balance", -3.1e9, "USD", None, "total", "PAK", "CHN")]


def test_a_subjects_overall_deficit_is_not_bilateral(nlp: Any) -> None:
    text = (
        "Japan and the United States resumed trade talks in Tokyo. "
        "The United States had a record trade deficit of 169 billion dollars in 1986 and Japan "
        "accounted for about a third."
    )
    facts = _facts(nlp, text, {"Japan": "JPN", "the United States": "USA", "United States": "USA"})
    assert [f for f in facts if f.metric == "trade_balance"] == []


def test_period_given_as_a_duration_and_inside_the_amounts_phrase(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "Asked about Italy's trade shortfall with Spain, at 4.2 billion lire in the first nine months "
        "of 1989 against 6.0 billion for the whole of 1988, the minister said it would narrow.",
        {"Italy": "ITA", "Spain": "ESP"},
        {
            "the first nine months of 1989": ["1989-01-01", "1989-09-30", "DURATION"],
            "1988": ["1988-01-01", "1988-12-31"],
        },
    )
    got = [(f.value, f.period.start.isoformat(), f.period.end.isoformat()) for f in facts]
    assert got == [(-4.2e9, "1989-01-01", "1989-09-30"), (-6.0e9, "1988-01-01", "1988-12-31")]


def test_currency_named_as_a_country_is_no_party_and_the_base_year_is_no_period(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "Trade between India and Vietnam reached 14 billion U.S. dollars in 2019, "
        "up 9 percent from a year earlier.",
        {"India": "IND", "Vietnam": "VNM", "U.S.": "USA"},
        {"2019": ["2019-01-01", "2019-12-31"], "a year earlier": ["2018-01-01", "2018-12-31"]},
    )
    assert _trade(facts) == [
        ("trade_value", 14e9, "USD", None, "total", "IND", "VNM"),
        ("trade_value_change", None, None, 9.0, "total", "IND", "VNM"),
    ]
    assert all(f.period is not None and f.period.start == dt.date(2019, 1, 1) for f in facts)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Trade between France and West Germany reached 95 billion Deutschmarks in 1978.", 95e9, "DEM"),
        ("Trade between France and West Germany reached 95 billion deutsche marks in 1978.", 95e9, "DEM"),
        ("Trade between Poland and Ukraine reached 12 billion hryvnias in 1978.", 12e9, "UAH"),
        ("Trade between Poland and Hungary was worth 40 billion forints in 1978.", 40e9, "HUF"),
        ("Trade between Turkey and Greece reached 2 billion Turkish lira in 1978.", 2e9, "TRY"),
        ("Trade between Thailand and Malaysia reached 90 billion baht in 1978.", 90e9, "THB"),
        ("Trade between Saudi Arabia and Qatar was worth 5.4 billion Saudi riyals in 1978.", 5.4e9, "SAR"),
    ],
)
def test_amounts_in_currencies_written_out(nlp: Any, text: str, value: float, unit: str) -> None:
    names = ("France", "West Germany", "Poland", "Ukraine", "Hungary", "Turkey", "Greece", "Thailand")
    actors = {n: n[:3].upper() for n in (*names, "Malaysia", "Saudi Arabia", "Qatar") if n in text}
    facts = _facts(nlp, text, actors, {"1978": ["1978-01-01", "1978-12-31"]})
    assert [(f.metric, f.value, f.unit) for f in facts] == [("trade_value", value, unit)]


def test_common_words_are_no_currencies(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "Trade between Peru and Chile rose after Peru won 3 gold medals and 2 million sol visitors came.",
        {"Peru": "PER", "Chile": "CHL"},
    )
    assert [f for f in facts if f.value is not None] == []


@pytest.mark.parametrize(
    ("text", "timexes", "period"),
    [
        (
            "Trade between China and Vietnam totalled $42 billion in January-October, up 12.4 percent "
            "on the same period of 2012.",
            {
                "January-October": ["2013-01-01", "2013-10-31"],
                "the same period of 2012": ["2012-01-01", "2012-10-31"],
            },
            ("2013-01-01", "2013-10-31"),
        ),
        (
            "Bilateral trade between China and Vietnam grew 15 percent compared with the same "
            "period of 2005.",
            {"the same period of 2005": ["2005-01-01", "2005-06-30"]},
            ("2006-01-01", "2006-06-30"),
        ),
        (
            "Trade between China and Vietnam rose 9 percent over the same months of last year.",
            {"the same months of last year": ["1987-01-01", "1987-03-31"]},
            ("1988-01-01", "1988-03-31"),
        ),
    ],
)
def test_the_same_period_of_an_earlier_year_is_the_base_of_a_change(
    nlp: Any, text: str, timexes: dict[str, list[str]], period: tuple[str, str]
) -> None:
    facts = _facts(nlp, text, {"China": "CHN", "Vietnam": "VNM"}, timexes)
    changes = [f for f in facts if f.metric == "trade_value_change"]
    assert len(changes) == 1 and changes[0].period is not None
    assert (changes[0].period.start.isoformat(), changes[0].period.end.isoformat()) == period


def test_a_change_of_something_other_than_trade_is_no_trade_change(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "Trade between Egypt and Israel rose 12 percent last year, while the number of Israeli "
        "tourists visiting Egypt dropped by more than 40 percent in March.",
        {"Egypt": "EGY", "Israel": "ISR", "Israeli": "ISR"},
    )
    assert [(f.metric, f.change_pct) for f in facts] == [("trade_value_change", 12.0)]


def test_a_noun_of_change_is_read_whoever_states_it(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "The envoy, opening the meeting, highlighted an 8.2% increase in bilateral trade between "
        "Peru and Chile.",
        {"Peru": "PER", "Chile": "CHL"},
    )
    assert [(f.metric, f.change_pct) for f in facts] == [("trade_value_change", 8.2)]


@pytest.mark.parametrize(
    ("text", "actors", "unit"),
    [
        (
            "Kenya exported goods worth about 9.3 billion shillings to Uganda in 2017.",
            {"Kenya": "KEN", "Uganda": "UGA"},
            "KES",
        ),
        (
            "Uganda's exports to Kenya reached 1.2 trillion shillings in 2017.",
            {"Uganda": "UGA", "Kenya": "KEN"},
            "UGX",
        ),
        (
            "Mexico's imports from Spain reached 2.1 billion pesos in 2017.",
            {"Mexico": "MEX", "Spain": "ESP"},
            "MXN",
        ),
        (
            "Egypt's exports to Sudan were worth 300 million pounds in 2017.",
            {"Egypt": "EGY", "Sudan": "SDN"},
            "EGP",
        ),
        (
            "Britain's exports to Egypt were worth 500 million pounds in 2017.",
            {"Britain": "GBR", "Egypt": "EGY"},
            "GBP",
        ),
        (
            "Iran's exports to Russia reached 1.2 billion dollars in 2017.",
            {"Iran": "IRN", "Russia": "RUS"},
            "USD",
        ),
    ],
)
def test_a_currency_word_several_countries_use_is_the_one_of_the_figures_country(
    nlp: Any, text: str, actors: dict[str, str], unit: str
) -> None:
    facts = _facts(nlp, text, actors, {"2017": ["2017-01-01", "2017-12-31"]})
    assert [(f.metric, f.unit, f.reporter) for f in facts] == [
        ("trade_value", unit, next(iter(actors.values())))
    ]


def test_two_way_trade_of_a_pair_named_as_subjects_is_their_bilateral_total(nlp: Any) -> None:
    # the tokenizer splits "two-way" in three; the pair is the clause's subject
    facts = _facts(
        nlp,
        "Japan and South Korea had two-way trade worth $85 billion in 2017.",
        {"Japan": "JPN", "South Korea": "KOR"},
        {"2017": ["2017-01-01", "2017-12-31"]},
    )
    assert _trade(facts) == [("trade_value", 85e9, "USD", None, "total", "JPN", "KOR")]


def test_a_year_written_across_two_is_the_reporters_fiscal_year_and_that_year_repeats_it(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "Trade between Nepal and India stood at 7.1 billion dollars in 2016-17. Nepal's exports to "
        "India were about 400 million dollars in that year.",
        {"Nepal": "NPL", "India": "IND"},
        {"2016-17": ["2016-01-01", "2017-12-31"], "that year": ["2017-01-01", "2017-12-31"]},
    )
    assert [(f.value, f.period.start.isoformat(), f.period.end.isoformat()) for f in facts] == [
        (7.1e9, "2016-07-01", "2017-06-30"),
        (400e6, "2016-07-01", "2017-06-30"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia has few friends. Russia reported trade with the country of about 2 billion dollars "
        "in 2019.",
        "Mongolia and Russia share a long border. Trade across the border was worth 2 billion dollars "
        "in 2019.",
        "Trade between Russia and Mongolia reached 2.5 billion dollars in 2019. Russia had a surplus of "
        "about 2 billion dollars in that trade in 2019.",
    ],
)
def test_trade_of_the_story_pair_told_without_naming_both(nlp: Any, text: str) -> None:
    facts = _facts(nlp, text, {"Mongolia": "MNG", "Russia": "RUS"}, {"2019": ["2019-01-01", "2019-12-31"]})
    assert any(f.value == 2e9 and {f.reporter, f.partner} == {"RUS", "MNG"} for f in facts)


def test_trade_in_goods_between_two_countries_is_their_bilateral_total(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "Trade in goods between Chile and Peru was worth about 4.5 billion dollars in 2019, and "
        "Chilean exports to Peru rose 6 percent.",
        {"Chile": "CHL", "Peru": "PER", "Chilean": "CHL"},
        {"2019": ["2019-01-01", "2019-12-31"]},
    )
    assert _trade(facts) == [
        ("trade_value", 4.5e9, "USD", None, "total", "CHL", "PER"),
        ("trade_value_change", None, None, 6.0, "export", "CHL", "PER"),
    ]


def test_a_figure_years_before_a_fiscal_year_is_that_many_fiscal_years_before(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "Trade between Pakistan and Afghanistan fell to 1.5 billion dollars in the fiscal year 2015-16 "
        "from 2.5 billion dollars three years earlier.",
        {"Pakistan": "PAK", "Afghanistan": "AFG"},
        {"2015-16": ["2015-01-01", "2016-12-31"], "three years earlier": ["2013-01-01", "2013-12-31"]},
    )
    assert [(f.value, f.period.start.isoformat(), f.period.end.isoformat()) for f in facts] == [
        (1.5e9, "2015-07-01", "2016-06-30"),
        (2.5e9, "2012-07-01", "2013-06-30"),
    ]


@pytest.mark.parametrize(
    ("text", "actors", "period"),
    [
        (
            "Japan's trade surplus with Australia narrowed to 1.2 trillion yen in fiscal 2019.",
            {"Japan": "JPN", "Australia": "AUS"},
            ("2019-04-01", "2020-03-31"),
        ),
        (
            "US imports from Mexico rose to 350 billion dollars in fiscal year 2019.",
            {"US": "USA", "Mexico": "MEX"},
            ("2018-10-01", "2019-09-30"),
        ),
        (
            "India's exports to Nepal were 7 billion dollars in FY2020.",
            {"India": "IND", "Nepal": "NPL"},
            ("2019-04-01", "2020-03-31"),
        ),
    ],
)
def test_a_fiscal_year_named_by_one_year_is_the_reporters(
    nlp: Any, text: str, actors: dict, period: tuple
) -> None:
    (fact,) = _facts(
        nlp,
        text,
        actors,
        {re.search(r"(fiscal( year)? |FY)\d+", text).group(0): ["2019-01-01", "2020-12-31"]},
    )
    assert (fact.period.start.isoformat(), fact.period.end.isoformat()) == period


def test_a_figure_takes_the_trade_word_of_its_own_clause(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "The value of Egyptian exports to Sudan totalled 870 million dollars in 2020, while imports from "
        "Sudan reached 410 million dollars.",
        {"Egyptian": "EGY", "Sudan": "SDN"},
        {"in 2020": ["2020-01-01", "2020-12-31"]},
    )
    assert [(f.value, f.flow) for f in facts] == [(870e6, "export"), (410e6, "import")]


def test_a_shilling_sign_is_read_as_the_currency(nlp: Any) -> None:
    facts = _facts(
        nlp, "Kenya recorded a trade deficit of Sh60 billion with Uganda.", {"Kenya": "KEN", "Uganda": "UGA"}
    )
    assert _trade(facts) == [("trade_balance", -60e9, "KES", None, "total", "KEN", "UGA")]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey and Iraq aim to raise bilateral trade to $30 billion from about $20 billion now.",
        "Turkey and Iraq agreed to boost bilateral trade to $30 billion, up from about $20 billion now.",
        "Leaders set a target of $30 billion in trade between Turkey and Iraq. Trade between the two was "
        "about $20 billion last year.",
    ],
)
def test_a_trade_figure_still_sought_is_no_fact_but_the_figure_now_is(nlp: Any, text: str) -> None:
    facts = _facts(nlp, text, {"Turkey": "TUR", "Iraq": "IRQ"})
    assert [f.value for f in facts] == [20e9]


def test_goods_sold_to_a_country_are_exports_and_a_year_after_on_is_a_change_s_base(nlp: Any) -> None:
    facts = _facts(
        nlp,
        "Chile sold goods worth about 2.5 billion dollars to Bolivia in 2021, up 12 percent on 2020.",
        {"Chile": "CHL", "Bolivia": "BOL"},
        {"in 2021": ["2021-01-01", "2021-12-31"], "2020": ["2020-01-01", "2020-12-31"]},
    )
    assert [
        (f.metric, f.value, f.change_pct, f.flow, f.reporter, f.partner, f.period.start.year) for f in facts
    ] == [
        ("trade_value", 2.5e9, None, "export", "CHL", "BOL", 2021),
        ("trade_value_change", None, 12.0, "export", "CHL", "BOL", 2021),
    ]
