"""The time stage: recognition, TIMEX3 values and day intervals of temporal expressions."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bilat.records import Timex
from bilat.temporal import find_timexes

D = dt.date
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tx(parse_text: Callable[..., Any]) -> Callable[..., list[Timex]]:
    def run(text: str, published: dt.date | None = None) -> list[Timex]:
        return find_timexes(parse_text(text, published), published)

    return run


def one(found: list[Timex], text: str) -> Timex:
    hits = [t for t in found if t.text == text]
    assert hits, f"{text!r} not found in {[t.text for t in found]}"
    return hits[0]


def days(t: Timex) -> tuple[dt.date, dt.date] | None:
    return (t.interval.start, t.interval.end) if t.interval else None


# ------------------------------------------------------------------ absolute dates


@pytest.mark.parametrize(
    ("text", "extent", "value", "interval"),
    [
        (
            "The talks opened on June 16, 2019 in Vienna.",
            "June 16, 2019",
            "2019-06-16",
            (D(2019, 6, 16),) * 2,
        ),
        ("The accord was signed on 16 June 2019.", "16 June 2019", "2019-06-16", (D(2019, 6, 16),) * 2),
        ("Filed 2019-06-16 by the embassy.", "2019-06-16", "2019-06-16", (D(2019, 6, 16),) * 2),
        (
            "MOSCOW (Sputnik - 14th June, 2019) Putin spoke.",
            "14th June, 2019",
            "2019-06-14",
            (D(2019, 6, 14),) * 2,
        ),
        (
            "Putin visited Turkey from April 3-4, 2018.",
            "April 3-4, 2018",
            "2018-04-03",
            (D(2018, 4, 3), D(2018, 4, 4)),
        ),
        (
            "From September 3-8, 2018, Moscow hosted an Iranian culture week.",
            "September 3-8, 2018",
            "2018-09-03",
            (D(2018, 9, 3), D(2018, 9, 8)),
        ),
        (
            "In November 2018, the ministers met.",
            "November 2018",
            "2018-11",
            (D(2018, 11, 1), D(2018, 11, 30)),
        ),
        ("The two states signed an agreement in 2007.", "2007", "2007", (D(2007, 1, 1), D(2007, 12, 31))),
        (
            "Ties date back to the 16th century.",
            "the 16th century",
            "15",
            (D(1500, 1, 1), D(1599, 12, 31)),
        ),
        ("The plant was built in the 1990s.", "the 1990s", "199", (D(1990, 1, 1), D(1999, 12, 31))),
        (
            "The truce held from June 30 to July 2, 2014.",
            "June 30 to July 2, 2014",
            "2014-06-30",
            (D(2014, 6, 30), D(2014, 7, 2)),
        ),
        (
            "Trade grew between 2015 and 2018.",
            "2015 and 2018",
            "2015",
            (D(2015, 1, 1), D(2018, 12, 31)),
        ),
        (
            "Talks resumed on 18-20 May 2016 in Geneva.",
            "18-20 May 2016",
            "2016-05-18",
            (D(2016, 5, 18), D(2016, 5, 20)),
        ),
    ],
)
def test_time_reads_absolute_dates_in_news_forms(tx, text, extent, value, interval) -> None:
    t = one(tx(text, D(2019, 6, 17)), extent)
    assert (t.type, t.value, days(t)) == ("DATE", value, interval)
    assert t.anchor == "absolute"


def test_time_ranges_without_year_take_the_publication_year(tx) -> None:
    found = tx(
        "The commission meets in Tehran from June 16 to 18, then in Ufa on June 18-20.", D(2019, 6, 15)
    )
    t = one(found, "June 16 to 18")
    assert (t.value, days(t)) == ("2019-06-16", (D(2019, 6, 16), D(2019, 6, 18)))
    assert days(one(found, "June 18-20")) == (D(2019, 6, 18), D(2019, 6, 20))


def test_time_part_of_period_sets_mod_and_keeps_the_whole_unit(tx) -> None:
    found = tx(
        "They agreed to meet in mid-June. Sanctions may ease in early 2024. Talks began late last year.",
        D(2023, 5, 2),
    )
    mid = one(found, "mid-June")
    assert (mid.value, mid.mod, days(mid)) == ("2023-06", "MID", (D(2023, 6, 1), D(2023, 6, 30)))
    early = one(found, "early 2024")
    assert (early.value, early.mod) == ("2024", "START")
    late = one(found, "late last year")
    assert (late.value, late.mod, days(late)) == ("2022", "END", (D(2022, 1, 1), D(2022, 12, 31)))


def test_time_reads_quarters_halves_and_first_months(tx) -> None:
    found = tx(
        "Trade in the first quarter of this year reached $500 million. Exports fell in the second half "
        "of 2018. Trade rose 20% in the first nine months of 2025 compared with the same period last year.",
        D(2025, 11, 3),
    )
    q = one(found, "the first quarter of this year")
    assert (q.value, days(q)) == ("2025-Q1", (D(2025, 1, 1), D(2025, 3, 31)))
    assert one(found, "the second half of 2018").value == "2018-H2"
    nine = one(found, "the first nine months of 2025")
    assert (nine.type, nine.value, days(nine)) == ("DURATION", "P9M", (D(2025, 1, 1), D(2025, 9, 30)))
    same = one(found, "the same period last year")
    assert days(same) == (D(2024, 1, 1), D(2024, 9, 30))
    assert same.anchor == "anaphoric"


@pytest.mark.parametrize(
    ("text", "published", "extent", "interval"),
    [
        (
            "Japan's exports to Korea fell in the year to March 2020.",
            D(2020, 7, 1),
            "the year to March 2020",
            (D(2019, 4, 1), D(2020, 3, 31)),
        ),
        (
            "Pakistan sold less to India in the 12 months to June, officials said.",
            D(1998, 8, 2),
            "the 12 months to June",
            (D(1997, 7, 1), D(1998, 6, 30)),
        ),
        (
            "Sales to China rose in the year ending September 30, 2021.",
            D(2021, 11, 2),
            "the year ending September 30, 2021",
            (D(2020, 10, 1), D(2021, 9, 30)),
        ),
        (
            "Brazil's deficit narrowed in the fiscal year ended March 31.",
            D(2004, 5, 2),
            "the fiscal year ended March 31",
            (D(2003, 4, 1), D(2004, 3, 31)),
        ),
        (
            "Egypt bought more in the twelve months to the end of June.",
            D(1988, 11, 2),
            "the twelve months to the end of June",
            (D(1987, 7, 1), D(1988, 6, 30)),
        ),
        (
            "Greek imports grew in the year to 31 March 1988.",
            None,
            "the year to 31 March 1988",
            (D(1987, 4, 1), D(1988, 3, 31)),
        ),
    ],
)
def test_time_year_to_a_month_is_the_twelve_months_ending_then(tx, text, published, extent, interval) -> None:
    t = one(tx(text, published), extent)
    assert (t.type, days(t)) == ("DURATION", interval)


def test_time_bare_same_period_repeats_the_period_just_stated(tx) -> None:
    found = tx(
        "Trade was worth $87 billion in the year to March 2020, and India ran a deficit of "
        "$48.6 billion over the same period. At the same time talks went on.",
        D(2020, 7, 1),
    )
    same = one(found, "the same period")
    assert (days(same), same.anchor) == ((D(2019, 4, 1), D(2020, 3, 31)), "anaphoric")
    assert "the same time" not in [t.text for t in found]


def test_time_bare_same_period_without_a_stated_period_is_no_date(tx) -> None:
    found = tx("Both sides lost money over the same period, the report said.", D(2020, 7, 1))
    assert "the same period" not in [t.text for t in found]


# ------------------------------------------------------------------ weekdays and tense


def test_time_resolves_past_monday_before_publication_date(tx) -> None:
    # 2019-06-19 is a Wednesday
    t = one(tx("The meeting was held in Tehran on Monday.", D(2019, 6, 19)), "Monday")
    assert (t.value, t.anchor) == ("2019-06-17", "published")


def test_time_resolves_future_tuesday_after_publication_date(tx) -> None:
    t = one(
        tx("Shamkhani will go to Russia on Tuesday to take part in the meeting.", D(2019, 6, 19)), "Tuesday"
    )
    assert t.value == "2019-06-25"


def test_time_expected_to_and_slated_for_look_forward(tx) -> None:
    found = tx(
        "Erdogan is expected to visit Athens on Thursday, in talks slated for March 4.", D(2024, 2, 27)
    )
    assert one(found, "Thursday").value == "2024-02-29"
    assert one(found, "March 4").value == "2024-03-04"


def test_time_said_on_thursday_it_would_is_the_past_thursday(tx) -> None:
    t = one(tx("Seoul said on Thursday it would scrap the pact with Tokyo.", D(2019, 8, 23)), "Thursday")
    assert t.value == "2019-08-22"


def test_time_weekday_evening_is_one_time(tx) -> None:
    t = one(tx("Patrushev landed in Tehran on Tuesday evening.", D(2022, 11, 9)), "Tuesday evening")
    assert (t.type, t.value, days(t)) == ("TIME", "2022-11-08TEV", (D(2022, 11, 8),) * 2)


def test_time_coordinated_weekdays_follow_the_first(tx) -> None:
    found = tx("EC farm ministers meet in Brussels next Monday and Tuesday.", D(1987, 1, 5))
    assert one(found, "next Monday").value == "1987-01-12"
    assert one(found, "Tuesday").value == "1987-01-13"


def test_time_weekday_possessive_keeps_extent_without_s(tx) -> None:
    t = one(tx("Monday's meeting in Ankara ended without agreement.", D(2016, 9, 28)), "Monday")
    assert t.value == "2016-09-26"


def test_time_year_less_day_takes_the_year_the_tense_points_to(tx) -> None:
    found = tx(
        "Talks broke down on December 30. Washington threatened duties from February 1.",
        D(1987, 1, 5),
    )
    assert one(found, "December 30").value == "1986-12-30"
    assert one(found, "February 1").value == "1987-02-01"


# ------------------------------------------------------------------ relative and deictic


@pytest.mark.parametrize(
    ("text", "extent", "value", "interval"),
    [
        ("The minister said yesterday that talks failed.", "yesterday", "2019-06-16", (D(2019, 6, 16),) * 2),
        ("Last month, the two sides agreed.", "Last month", "2019-05", (D(2019, 5, 1), D(2019, 5, 31))),
        (
            "Officials will fly to Washington next week.",
            "next week",
            "2019-W26",
            (D(2019, 6, 24), D(2019, 6, 30)),
        ),
        ("China signed last week an agreement.", "last week", "2019-W24", (D(2019, 6, 10), D(2019, 6, 16))),
        ("Trade rose in the current year.", "the current year", "2019", (D(2019, 1, 1), D(2019, 12, 31))),
        ("They will meet this weekend.", "this weekend", "2019-W25-WE", (D(2019, 6, 22), D(2019, 6, 23))),
        ("The treaty was signed last autumn.", "last autumn", "2018-FA", (D(2018, 9, 1), D(2018, 11, 30))),
        ("Delegates met two years ago in Baku.", "two years ago", "2017", (D(2017, 1, 1), D(2017, 12, 31))),
        (
            "The session will open later this month.",
            "later this month",
            "2019-06",
            (D(2019, 6, 1), D(2019, 6, 30)),
        ),
        (
            "Relations have improved over the past two years.",
            "the past two years",
            "P2Y",
            (D(2017, 6, 18), D(2019, 6, 17)),
        ),
        (
            "Ships sailed into the Aegean tomorrow morning.",
            "tomorrow morning",
            "2019-06-18TMO",
            (D(2019, 6, 18),) * 2,
        ),
    ],
)
def test_time_resolves_relative_expressions_against_publication(tx, text, extent, value, interval) -> None:
    t = one(tx(text, D(2019, 6, 17)), extent)
    assert (t.value, days(t)) == (value, interval)


def test_time_anaphora_follows_the_last_date_mentioned(tx) -> None:
    found = tx(
        "The president lifted the ban in April 2015 and two months later the deal was announced. "
        "The deal came into effect in November of that year. According to Novak at the time, trade grew. "
        "On June 9, 2018, the leaders met in Qingdao. Three days later, Putin received Velayati. "
        "Putin then traveled to Tehran on September 7 of that year.",
        D(2019, 6, 15),
    )
    assert one(found, "two months later").value == "2015-06"
    assert one(found, "November of that year").value == "2015-11"
    assert one(found, "the time").value == "2015-11"
    assert one(found, "Three days later").value == "2018-06-12"
    sept = one(found, "September 7 of that year")
    assert (sept.value, sept.anchor) == ("2018-09-07", "anaphoric")


def test_time_the_following_year_and_the_same_day(tx) -> None:
    found = tx(
        "The treaty was signed in 1963. The following year, ministers met. "
        "Putin stopped in Syria on December 11, 2017, flying to Cairo the same day.",
        None,
    )
    assert one(found, "The following year").value == "1964"
    assert one(found, "the same day").value == "2017-12-11"


# ------------------------------------------------------------------ durations, sets, refs


@pytest.mark.parametrize(
    ("text", "extent", "value", "mod"),
    [
        ("Rouhani arrived for a two-day visit.", "two-day", "P2D", None),
        ("The leaders met for 37 minutes.", "37 minutes", "PT37M", None),
        ("A 30-day ceasefire took hold.", "30-day", "P30D", None),
        ("Iran has resisted for more than forty years.", "more than forty years", "P40Y", "MORE_THAN"),
        ("They talked for about two and a half hours.", "about two and a half hours", "PT2.5H", "APPROX"),
        (
            "The deal restricts enrichment for at least a decade.",
            "at least a decade",
            "P1DE",
            "EQUAL_OR_MORE",
        ),
        ("Japan has protested for years.", "years", "PXY", None),
        ("The visit lasted a year and a half.", "a year and a half", "P18M", None),
        ("Nakasone made a week-long visit.", "week-long", "P1W", None),
        ("For the nine months, profit rose 4%.", "the nine months", "P9M", None),
    ],
)
def test_time_reads_durations(tx, text, extent, value, mod) -> None:
    t = one(tx(text, D(2019, 6, 17)), extent)
    assert (t.type, t.value, t.mod, t.interval) == ("DURATION", value, mod, None)


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The forum is held annually in Kazan.", "annually", "P1Y"),
        ("The council meets in a Russian city each year.", "each year", "P1Y"),
        ("Leaders meet twice a year.", "twice a year", "P1Y"),
        ("Exercises are held every two years.", "every two years", "P2Y"),
        ("Egypt will supply 1.7 billion cubic metres of gas a year.", "a year", "P1Y"),
        ("Protesters march every Friday in Idlib.", "every Friday", "XXXX-WXX-5"),
    ],
)
def test_time_reads_sets(tx, text, extent, value) -> None:
    t = one(tx(text, D(2019, 6, 17)), extent)
    assert (t.type, t.value) == ("SET", value)


def test_time_present_past_and_future_references(tx) -> None:
    found = tx(
        "Relations are now at their best. The two sides have recently signed a memorandum. "
        "They will cooperate more closely in the future.",
        D(2019, 6, 17),
    )
    now = one(found, "now")
    assert (now.value, days(now)) == ("PRESENT_REF", (D(2019, 6, 17),) * 2)
    assert (one(found, "recently").value, one(found, "recently").interval) == ("PAST_REF", None)
    assert one(found, "the future").value == "FUTURE_REF"


def test_time_clock_times_take_the_day_of_their_sentence(tx) -> None:
    found = tx(
        "Trump and Kim shook hands at 9:04 a.m. on June 12, 2018. The delegation landed at 1400 GMT. "
        "The deadline expired at midnight Tuesday.",
        D(2018, 6, 13),
    )
    assert one(found, "9:04 a.m.").value == "2018-06-12T09:04"
    # the story is still on June 12: a clock with no date of its own is on the day told of
    assert one(found, "1400 GMT").value == "2018-06-12T14:00"
    assert one(found, "midnight Tuesday").value == "2018-06-12T24:00"


def test_time_clock_times_take_the_day_the_story_last_told_of(tx) -> None:
    found = tx(
        "Chancellor Kohl and President Mitterrand yesterday signed a treaty on defence.\n\n"
        "The two leaders held three hours of talks before signing it shortly after 2 p.m. in the library. "
        "Talks with Spain will be held on Friday. The Spanish envoy arrives at 9 a.m.",
        D(1988, 1, 23),
    )
    assert one(found, "2 p.m.").value == "1988-01-22T14:00"
    # the story has moved on to the day ahead
    assert one(found, "9 a.m.").value == "1988-01-29T09:00"
    lone = tx("The border crossing at Rafah reopened at 8 a.m. local time.", D(2005, 11, 26))
    assert one(lone, "8 a.m. local time").value == "2005-11-26T08:00"


# ------------------------------------------------------------------ negatives and extents


def test_time_ignores_numbers_names_and_verbs_that_look_like_dates(tx) -> None:
    found = tx(
        "Some 2,000 troops may be deployed. The Security Council adopted Resolution 2254 and "
        "Resolution 1929. The Boeing 737 landed. Theresa May said protesters would march. "
        "He sent 1500 soldiers and 2000 tanks. March on, they said. May the talks succeed.",
        D(2015, 12, 19),
    )
    assert found == []


def test_time_extents_leave_out_prepositions_but_keep_determiners(tx) -> None:
    found = tx("On Monday, in the first quarter of 2019, over the past decade.", D(2019, 6, 17))
    assert [t.text for t in found] == ["Monday", "the first quarter of 2019", "the past decade"]


def test_time_offsets_index_the_document_text(tx) -> None:
    text = "ATHENS, April 10 (Reuter) - Greece said on Wednesday it would not hold talks."
    for t in tx(text, D(1996, 4, 10)):
        assert text[t.start : t.end] == t.text


# ------------------------------------------------------------------ no publication date


def test_time_without_publication_date_leaves_relative_values_underspecified(tx) -> None:
    found = tx(
        "Officials met on Sunday, after a meeting on 14 March. The ceasefire agreed last month ended "
        "on Friday. Egypt has mediated since 2007.",
        None,
    )
    assert one(found, "Sunday").value == "XXXX-WXX-7"
    assert one(found, "14 March").value == "XXXX-03-14"
    assert one(found, "last month").interval is None
    assert one(found, "Friday").anchor == "none"
    assert one(found, "2007").value == "2007"


def test_time_does_not_read_todays_date(tx) -> None:
    found = tx("The minister spoke yesterday and will travel next week.", None)
    assert all(t.interval is None for t in found)


# ------------------------------------------------------------------ scale and evaluation


def test_time_is_linear_in_document_length(tx) -> None:
    para = (
        "On Monday, June 16, 2019, the ministers met for two days. Last month they agreed to hold talks "
        "in mid-June, and trade in the first quarter of this year rose. "
    )
    t0 = time.perf_counter()
    small = tx(para * 5, D(2019, 6, 17))
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    big = tx(para * 50, D(2019, 6, 17))
    t_big = time.perf_counter() - t0
    assert len(big) == 10 * len(small)
    assert t_big < 30 * max(t_small, 0.01)


def _eval_module() -> Any:
    path = ROOT / "benchmarks" / "timex_eval.py"
    spec = importlib.util.spec_from_file_location("timex_eval", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["timex_eval"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_time_fixture_set_is_large_and_consistent() -> None:
    te = _eval_module()
    passages = te.load()
    assert len(passages) >= 40
    assert sum(len(p.gold) for p in passages) >= 250
    held = te.load(te.FIXTURE.with_name("heldout.txt")) + te.load(te.FIXTURE.with_name("heldout2.txt"))
    for p in passages + held:
        assert "[[" not in p.text
        for g in p.gold:
            assert p.text[g.start : g.end] == g.text


@pytest.mark.slow
def test_time_value_f1_on_the_hand_annotated_passages(nlp) -> None:
    te = _eval_module()
    total, _, _ = te.run(te.load())
    _, _, value_f1 = te._prf(total.value, total.system, total.gold)
    _, _, strict_f1 = te._prf(total.strict, total.system, total.gold)
    assert value_f1 >= 0.9
    assert strict_f1 >= 0.9


# ------------------------------------------ round 2: year-less dates, comparisons, sets


def test_time_past_day_without_year_takes_the_most_recent_before_publication(tx) -> None:
    found = tx("Soviet and U.S. diplomats met on Dec. 28 without result.", D(1980, 1, 5))
    assert one(found, "Dec. 28").value == "1979-12-28"


def test_time_future_day_without_year_takes_the_next_after_publication(tx) -> None:
    found = tx("Chinese and U.S. officials will meet on Jan. 15 to sign the deal.", D(2019, 12, 20))
    assert one(found, "Jan. 15").value == "2020-01-15"


def test_time_narrative_year_frame_dates_a_day_without_year(tx) -> None:
    text = "In 2006, Russia cut transport links after Georgia arrested four officers on September 27."
    assert one(tx(text, D(2008, 10, 20)), "September 27").value == "2006-09-27"
    assert one(tx(text, None), "September 27").value == "2006-09-27"


def test_time_year_mentioned_mid_sentence_does_not_frame_a_report_date(tx) -> None:
    found = tx("Trade rose 10 percent in 2018, the ministry said on Jan. 15.", D(2019, 1, 16))
    assert one(found, "Jan. 15").value == "2019-01-15"


def test_time_a_year_earlier_compares_the_period_not_the_report_day(tx) -> None:
    text = (
        "Bilateral trade reached $61.5 billion in the first 11 months of 2012, the ministry said on "
        "Friday, down 10 percent from a year earlier."
    )
    assert one(tx(text, D(2013, 1, 4)), "a year earlier").value == "2011"


def test_time_a_year_earlier_skips_the_baseline_month_of_a_comparison(tx) -> None:
    text = (
        "Japan's surplus with the United States widened in February, the ministry said today. "
        "It rose to 4.6 billion dlrs from 3.9 billion in January and 4.2 billion a year earlier."
    )
    assert one(tx(text, D(1987, 3, 26)), "a year earlier").value == "1986-02"


def test_time_plan_told_in_the_past_does_not_land_next_year(tx) -> None:
    found = tx("A joint cabinet meeting planned for October was postponed.", D(2023, 5, 11))
    assert one(found, "October").value == "2022-10"
    found = tx("Economic talks, which had been scheduled for November, were postponed.", D(2002, 12, 30))
    assert one(found, "November").value == "2002-11"


def test_time_first_three_quarters_cover_january_to_september(tx) -> None:
    t = one(
        tx("Imports fell 16 percent in the first three quarters of 2019."), "the first three quarters of 2019"
    )
    assert (t.type, t.value, days(t)) == ("DURATION", "P9M", (D(2019, 1, 1), D(2019, 9, 30)))


def test_time_annual_and_quarterly_adjectives_are_sets(tx) -> None:
    found = tx("The two sides will hold their annual summit and quarterly reviews of the deal.")
    assert (one(found, "annual").type, one(found, "annual").value) == ("SET", "P1Y")
    assert (one(found, "quarterly").type, one(found, "quarterly").value) == ("SET", "P3M")


def test_time_bare_hours_after_is_a_duration(tx) -> None:
    found = tx("The session broke up hours after it opened; the vote came days before the deadline.")
    assert (one(found, "hours").type, one(found, "hours").value) == ("DURATION", "PTXH")
    assert one(found, "days").value == "PXD"
    assert not [t for t in tx("In the days after the war, prices rose.") if t.text == "days"]


def test_time_that_september_is_the_month_of_the_narrative_year(tx) -> None:
    text = (
        "The treaty still shapes Europe. In 1962 Adenauer was received in Reims. "
        "De Gaulle toured West Germany that September, and the treaty was signed the following January."
    )
    found = tx(text, D(2023, 1, 22))
    sept = one(found, "that September")
    assert (sept.value, sept.anchor) == ("1962-09", "anaphoric")
    assert one(found, "the following January").value == "1963-01"


def test_time_the_previous_month_name_counts_back_from_the_last_date(tx) -> None:
    text = (
        "Egypt and Israel signed the treaty on March 26, 1979. The previous September they met at Camp David."
    )
    assert one(tx(text, D(1999, 3, 26)), "The previous September").value == "1978-09"


def test_time_that_may_the_modal_is_not_a_month(tx) -> None:
    found = tx(
        "Pakistan said in 1999 that talks could resume. That May be too late, India replied.", D(1999, 6, 1)
    )
    assert [t.text for t in found] == ["1999"]


def test_time_background_year_dates_the_days_of_the_next_sentence(tx) -> None:
    text = (
        "Prime Minister Ohira will visit Seoul next month. Japan's foreign minister last went to Seoul "
        "in 1977. He met President Park on Nov. 19 and signed a loan accord on Dec. 2."
    )
    found = tx(text, D(1979, 3, 14))
    assert one(found, "Nov. 19").value == "1977-11-19"
    assert one(found, "Dec. 2").value == "1977-12-02"


def test_time_background_month_and_year_date_the_days_of_the_next_sentence(tx) -> None:
    text = (
        "The treaty crowns two years of talks that began with Mr. Brandt's journey to Warsaw in "
        "December 1970. During his four-day visit, which began on Dec. 6, he knelt at the ghetto memorial."
    )
    found = tx(text, D(1972, 6, 3))
    assert one(found, "Dec. 6").value == "1970-12-06"


def test_time_recent_month_and_year_do_not_frame_the_next_sentence(tx) -> None:
    text = "The talks began in May 1979. Negotiators met again on June 4."
    found = tx(text, D(1979, 6, 10))
    assert one(found, "June 4").value == "1979-06-04"


def test_time_the_following_year_frames_a_month_without_year(tx) -> None:
    text = (
        "India tested nuclear weapons in May 1998. The following year, Prime Minister Vajpayee "
        "took a bus to Lahore in February."
    )
    assert one(tx(text, D(2019, 5, 3)), "February").value == "1999-02"


def test_time_background_year_does_not_date_recent_news_or_reports(tx) -> None:
    news = "The two sides have met since talks began in 2005. On Jan. 10 they agreed to open a crossing."
    assert one(tx(news, D(2019, 1, 15)), "Jan. 10").value == "2019-01-10"
    report = "Brazil's exports to Argentina fell in 2015, the ministry said on March 3."
    assert one(tx(report, D(2019, 3, 5)), "March 3").value == "2019-03-03"
    plan = "India and Pakistan fought a war in 1971. Their leaders will meet on July 4 in Delhi."
    assert one(tx(plan, D(2019, 6, 16)), "July 4").value == "2019-07-04"


def test_time_background_year_reaches_only_the_next_sentence(tx) -> None:
    text = (
        "Seoul and Tokyo restored ties in 1965. Trade grew quickly. Officials said the accord, "
        "which was revised in March, still holds."
    )
    assert one(tx(text, D(1998, 5, 13)), "March").value == "1998-03"


def test_time_today_in_a_statement_issued_yesterday_is_the_statement_day(tx) -> None:
    text = (
        "Greece and Turkey will reopen talks, the two ministries said in a joint statement issued "
        "yesterday. 'This week we decided to set up a hotline,' the statement said. "
        "'Today both sides reaffirmed their commitment.'"
    )
    found = tx(text, D(1995, 3, 9))
    today = one(found, "Today")
    assert (today.value, today.anchor) == ("1995-03-08", "anaphoric")
    assert one(found, "This week").value == "1995-W10"
    assert one(found, "yesterday").value == "1995-03-08"


def test_time_quote_before_its_dated_attribution_takes_the_speech_day(tx) -> None:
    text = '"We agreed today to resume the water talks," the Egyptian minister said on Tuesday.'
    assert one(tx(text, D(1987, 6, 11)), "today").value == "1987-06-09"


def test_time_today_in_an_undated_or_same_day_quote_is_the_publication_day(tx) -> None:
    undated = 'Talks ended yesterday. "We agreed today to meet again," the Indian envoy said.'
    assert one(tx(undated, D(2004, 2, 19)), "today").value == "2004-02-19"
    same_day = '"We will sign the deal today," Lavrov told reporters on Thursday.'
    assert one(tx(same_day, D(2019, 5, 16)), "today").value == "2019-05-16"
    unquoted = "Tokyo said yesterday that Seoul had agreed today to the terms."
    assert one(tx(unquoted, D(1998, 10, 8)), "today").value == "1998-10-08"


def test_time_a_document_a_wire_gives_whole_is_read_on_the_day_it_was_issued(tx) -> None:
    text = (
        "Following is the text of a communique by the Organisation of African Unity issued after an "
        "Addis Ababa meeting yesterday.\n\n1. The foreign ministers of the member states met today "
        "and agreed to meet again next week."
    )
    found = tx(text, D(1986, 7, 31))
    assert one(found, "yesterday").value == "1986-07-30"
    assert (one(found, "today").value, one(found, "today").anchor) == ("1986-07-30", "anaphoric")
    plain = "Ministers met in Addis Ababa yesterday.\n\nThey agreed today to meet again."
    assert one(tx(plain, D(1986, 7, 31)), "today").value == "1986-07-31"


def test_time_yearless_day_of_a_meeting_invited_to_is_its_next_occurrence(tx) -> None:
    pub = D(2023, 3, 2)
    invited = tx(
        "Modi has invited Sharif to the regional summit in New Delhi on May 19-21, officials said.", pub
    )
    assert days(one(invited, "May 19-21")) == (D(2023, 5, 19), D(2023, 5, 21))
    proposed = tx("The summit, which Ankara proposed for May 19-21, would be the first since 2019.", pub)
    assert days(one(proposed, "May 19-21")) == (D(2023, 5, 19), D(2023, 5, 21))
    put_off = tx("Cairo has postponed the talks with Israel until November 4.", D(1987, 10, 2))
    assert days(one(put_off, "November 4")) == (D(1987, 11, 4),) * 2


def test_time_yearless_day_of_a_past_act_is_its_last_occurrence(tx) -> None:
    pub = D(2023, 3, 2)
    met = tx("The leaders of Brazil and Argentina met in Brasilia on May 20.", pub)
    assert days(one(met, "May 20")) == (D(2022, 5, 20),) * 2
    agreed = tx("Athens and Ankara agreed to a moratorium on military exercises on May 20.", pub)
    assert days(one(agreed, "May 20")) == (D(2022, 5, 20),) * 2
    # a weekday may be the invitation's own day
    weekday = tx("Putin invited Erdogan to the talks on Tuesday, the Kremlin said.", D(2021, 9, 30))
    assert days(one(weekday, "Tuesday")) == (D(2021, 9, 28),) * 2


@pytest.mark.parametrize(
    ("text", "published", "extent", "value"),
    [
        (
            "The two presidents spoke by telephone on New Year's Eve.",
            D(2021, 1, 3),
            "New Year's Eve",
            "2020-12-31",
        ),
        (
            "The foreign ministers will meet in Athens on Christmas Eve.",
            D(2021, 12, 10),
            "Christmas Eve",
            "2021-12-24",
        ),
        (
            "Egyptian and Israeli envoys met on Christmas Day, 1987, in Cairo.",
            None,
            "Christmas Day, 1987",
            "1987-12-25",
        ),
        ("THE ACCORD WAS SIGNED ON NEW YEARS DAY IN SEOUL.", D(1988, 1, 4), "NEW YEARS DAY", "1988-01-01"),
        (
            "Moscow released the sailors on Orthodox Christmas.",
            D(2019, 1, 9),
            "Orthodox Christmas",
            "2019-01-07",
        ),
        ("Hostages were freed on Boxing Day last year.", D(2019, 5, 8), "Boxing Day last year", "2018-12-26"),
    ],
)
def test_time_a_fixed_date_holiday_is_a_day_resolved_like_a_month_day(
    tx, text, published, extent, value
) -> None:
    t = one(tx(text, published), extent)
    assert (t.type, t.value) == ("DATE", value)


def test_time_a_holiday_word_in_another_name_is_no_date(tx) -> None:
    assert tx("The ship docked at Christmas Island with Easter supplies.", D(2020, 3, 1)) == []


def test_time_the_year_far_from_a_told_year_is_the_story_s_own(tx) -> None:
    pub = D(2019, 8, 22)
    near = tx("In 2005 the two countries signed a pact. Trade fell in the first half of the year.", pub)
    assert days(one(near, "the first half of the year")) == (D(2005, 1, 1), D(2005, 6, 30))
    far = tx(
        "Uganda backed rebels in 1999 and 2000. The border was closed. Trade between the two has "
        "suffered. Imports fell in the first half of the year.",
        pub,
    )
    assert days(one(far, "the first half of the year")) == (D(2019, 1, 1), D(2019, 6, 30))


def test_time_earlier_in_the_day_is_the_day_just_told(tx) -> None:
    text = (
        "The two prime ministers signed the accord in Dhaka on Saturday. They had held talks earlier in "
        "the day, and later that evening they attended a banquet."
    )
    found = tx(text, D(2015, 6, 8))
    assert days(one(found, "earlier in the day")) == (D(2015, 6, 6),) * 2
    assert days(one(found, "later that evening")) == (D(2015, 6, 6),) * 2


def test_time_within_a_stretch_still_ahead_counts_from_the_story_s_day(tx) -> None:
    pub = D(2019, 8, 22)
    ahead = tx("Officials of the two countries will meet within 30 days.", pub)
    assert days(one(ahead, "30 days")) == (D(2019, 8, 22), D(2019, 9, 20))
    # a stretch told in the past is a length only
    assert one(tx("They met within 30 days.", pub), "30 days").interval is None


def test_time_the_following_day_counts_from_the_day_told_not_a_year_named_since(tx) -> None:
    found = tx(
        "In a letter made public on March 18, Sanchez called Rabat's 2007 plan credible. Algeria "
        "recalled its ambassador the following day.",
        D(2022, 4, 8),
    )
    assert days(one(found, "the following day")) == (D(2022, 3, 19),) * 2
    framed = tx("In 2005 the two leaders met in Rabat. The next day they signed a pact.", D(2022, 4, 8))
    assert one(framed, "The next day").interval.start.year == 2005
