"""Resolve's rules as pure functions: pairs that must and must not merge; names that are one actor or not."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest

from bilat import resolve
from bilat.records import Interval
from bilat.resolve import MentionFacts, PlaceFacts, name_info


def iv(a: str, b: str | None = None) -> Interval:
    return Interval(start=dt.date.fromisoformat(a), end=dt.date.fromisoformat(b or a))


def person(name: str, country: str | None) -> resolve.NameInfo:
    return name_info(name, "person", country)


def m(doc: str, ordinal: int = 0, **kw: object) -> MentionFacts:
    base: dict[str, object] = {
        "type": "CONSULT",
        "countries": frozenset({"RUS", "CHN"}),
        "published": dt.date(2019, 6, 15),
    }
    base.update(kw)
    return MentionFacts(doc_id=doc, ordinal=ordinal, **base)  # type: ignore[arg-type]


LAVROV, WANG = person("Sergei Lavrov", "RUS"), person("Wang Yi", "CHN")
BEIJING = PlaceFacts(key="g:beijing", country="CHN", feature="city")
SHANGHAI = PlaceFacts(key="g:shanghai", country="CHN", feature="city")


# --------------------------------------------------------------------------- events: must merge


def test_resolve_same_meeting_reported_by_two_documents_merges() -> None:
    a = m("a", date=iv("2019-06-14"), persons=(LAVROV, WANG), place=BEIJING, mode="meeting")
    b = m("b", date=iv("2019-06-14"), persons=(person("Sergey Lavrov", "RUS"),), place=BEIJING, mode="visit")
    verdict = resolve.compatible(a, b)
    assert verdict.ok and "dates overlap" in verdict.reasons


def test_resolve_week_wide_date_merges_with_the_day_inside_it() -> None:
    assert resolve.compatible(m("a", date=iv("2019-06-14")), m("b", date=iv("2019-06-10", "2019-06-16")))


def test_resolve_undated_report_merges_with_the_meeting_of_that_week() -> None:
    undated = m("b", published=dt.date(2019, 6, 15), persons=(person("Lavrov", "RUS"),))
    assert resolve.compatible(m("a", date=iv("2019-06-14"), persons=(LAVROV,)), undated)


def test_resolve_planned_visit_that_took_place_merges() -> None:
    plan = m("a", status="planned", date=iv("2019-07-11", "2019-07-20"), published=dt.date(2019, 6, 14))
    done = m("b", date=iv("2019-07-18"), published=dt.date(2019, 7, 19))
    assert resolve.compatible(plan, done)
    assert resolve.summarise([plan, done]).status == "occurred"
    assert resolve.summarise([plan, done]).date == iv("2019-07-18")


def test_resolve_same_document_duplicate_merges_without_dates() -> None:
    assert resolve.compatible(m("a", 0, published=None), m("a", 3, published=None))


def test_resolve_cancellation_merges_with_the_plan() -> None:
    plan = m("a", status="planned", date=iv("2019-12-16"))
    off = m("b", status="cancelled", date=iv("2019-12-16"))
    assert resolve.compatible(plan, off)
    assert resolve.summarise([plan, off]).status == "cancelled"


# --------------------------------------------------------------------------- events: must not merge


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (
            m("a", number=15, date=iv("2019-05-21")),
            m("b", number=16, date=iv("2019-05-21")),
            "editions differ",
        ),
        (m("a", date=iv("2019-06-14")), m("b", date=iv("2019-07-15")), "dates do not overlap"),
        (
            m("a", type="CONSULT", date=iv("2019-06-14")),
            m("b", type="AGREE", date=iv("2019-06-14")),
            "types differ",
        ),
        (
            m("a", date=iv("2019-06-14"), countries=frozenset({"RUS", "CHN"})),
            m("b", date=iv("2019-06-14"), countries=frozenset({"RUS", "IRN"})),
            "parties differ",
        ),
        (
            m("a", date=iv("2019-06-14"), mode="phone"),
            m("b", date=iv("2019-06-14"), mode="visit"),
            "modes differ",
        ),
        (
            m("a", date=iv("2019-06-14"), place=BEIJING),
            m("b", date=iv("2019-06-14"), place=SHANGHAI),
            "different places",
        ),
        (
            m("a", date=iv("2019-06-14"), persons=(LAVROV,)),
            m("b", date=iv("2019-06-14"), persons=(person("Vladimir Putin", "RUS"),)),
            "no person in common",
        ),
        (m("a", date=iv("2019-06-14")), m("b", date=iv("2019-06-14"), negated=True), "negated"),
        (
            m("a", date=iv("2019-01-01", "2019-12-31")),
            m("b", date=iv("2019-06-14")),
            "no date precise enough",
        ),
        (m("a", published=None), m("b", published=None), "no date precise enough"),
        (
            m("a", status="planned", date=iv("2019-09-01", "2019-09-30")),
            m("b", date=iv("2019-06-14")),
            "dates do not overlap",
        ),
        (
            m("a", status="planned", date=iv("2019-06-14"), published=dt.date(2019, 6, 20)),
            m("b", date=iv("2019-06-14")),
            "announced after",
        ),
        (m("a", status="planned", published=dt.date(2019, 6, 1)), m("b"), "no date precise enough"),
        (m("a", status="cancelled", date=iv("2019-06-14")), m("b", date=iv("2019-06-14")), "cancelled vs"),
        (m("a", 0, status="planned", published=None), m("a", 1, published=None), "undated plan"),
    ],
    ids=[
        "15th-vs-16th-session",
        "same-ministers-a-month-apart",
        "types",
        "other-pair",
        "phone-vs-visit",
        "two-cities",
        "other-people",
        "negated",
        "year-too-vague",
        "undated-unpublished",
        "plan-for-another-month",
        "announced-after-it-happened",
        "undated-plan",
        "cancelled-vs-occurred",
        "same-doc-plan-and-occurrence",
    ],
)
def test_resolve_pairs_that_must_not_merge(a: MentionFacts, b: MentionFacts, reason: str) -> None:
    verdict = resolve.compatible(a, b)
    assert not verdict.ok
    assert any(reason in r for r in verdict.reasons), verdict.reasons
    assert not resolve.compatible(b, a).ok


def test_resolve_compatible_implies_candidate() -> None:
    rng = random.Random(3)
    pool = [
        m(
            rng.choice("abc"),
            i,
            date=rng.choice([None, iv("2019-06-14"), iv("2019-06-10", "2019-06-16"), iv("2019-07-15")]),
            status=rng.choice(["occurred", "planned", "cancelled"]),
            countries=rng.choice([frozenset({"RUS", "CHN"}), frozenset({"RUS"}), frozenset({"RUS", "IRN"})]),
        )
        for i in range(40)
    ]
    for a, b in itertools.product(pool, pool):
        if resolve.compatible(a, b):
            assert resolve.candidate(a, b)


def test_resolve_clusters_do_not_depend_on_input_order() -> None:
    rng = random.Random(11)
    pool = [
        m(
            f"d{rng.randint(0, 5)}",
            i,
            date=rng.choice([None, iv("2019-06-14"), iv("2019-06-13", "2019-06-15"), iv("2019-06-20")]),
            status=rng.choice(["occurred", "occurred", "planned"]),
            persons=rng.choice([(), (LAVROV,), (WANG,), (person("Lavrov", "RUS"), WANG)]),
            number=rng.choice([None, None, 15, 16]),
        )
        for i in range(30)
    ]
    expected = [[x.ident for x in g] for g in resolve.cluster_mentions(pool)]
    for _ in range(20):
        rng.shuffle(pool)
        assert [[x.ident for x in g] for g in resolve.cluster_mentions(pool)] == expected


def test_resolve_summary_takes_the_narrowest_date_and_the_union_of_parties() -> None:
    s = resolve.summarise(
        [
            m("b", date=iv("2019-06-10", "2019-06-16"), countries=frozenset({"RUS", "CHN", "IND"})),
            m("a", date=iv("2019-06-14"), confidence=0.5, mode="meeting"),
            m("c", date=iv("2019-06-14"), confidence=0.5, mode="visit"),
        ]
    )
    assert (s.date, s.countries, s.reports, s.key) == (
        iv("2019-06-14"),
        ("CHN", "IND", "RUS"),
        3,
        resolve.mention_key("a", 0),
    )
    assert s.mode == "visit" and 0.5 < s.confidence < 1


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The 15th session of the Iran-Russia joint economic commission opened in Tehran.", 15),
        ("Officials prepared the sixteenth meeting of the intergovernmental commission.", 16),
        ("The twenty-first round of talks ended without agreement.", 21),
        ("It was the 2nd India-Pakistan summit in a year.", 2),
        ("The first deputy foreign minister met the ambassador.", None),
        ("He arrived on the 14th and left the next day.", None),
    ],
)
def test_resolve_event_number_reads_the_edition(sentence: str, number: int | None) -> None:
    assert resolve.event_number(sentence) == number


# --------------------------------------------------------------------------- actors


def clusters(names: list[resolve.NameInfo], **kw: object) -> dict[str, set[str]]:
    mapping = resolve.cluster_names(names, **kw)  # type: ignore[arg-type]
    by_key = {n.key: n.name for n in names}
    out: dict[str, set[str]] = {}
    for k, canon in mapping.items():
        out.setdefault(by_key[canon], set()).add(by_key[k])
    return out


def test_resolve_rank_full_name_and_surname_are_one_person() -> None:
    names = [
        person("Rear Admiral Ali Shamkhani", "IRN"),
        person("Ali Shamkhani", "IRN"),
        person("Shamkhani", None),
    ]
    assert names[0].key == names[1].key == "person:IRN:alishamkhani"
    assert set(resolve.cluster_names(names).values()) == {"person:IRN:alishamkhani"}


def test_resolve_transliterations_are_one_person() -> None:
    got = clusters(
        [
            person("Hossein Amir-Abdollahian", "IRN"),
            person("Amirabdollahian", "IRN"),
            person("Abdollahian", "IRN"),
            person("Hassan Rouhani", "IRN"),
            person("Hasan Rohani", "IRN"),
            person("Volodymyr Zelensky", "UKR"),
            person("Volodymyr Zelenskyy", "UKR"),
        ]
    )
    assert got == {
        "Hossein Amir-Abdollahian": {"Hossein Amir-Abdollahian", "Amirabdollahian", "Abdollahian"},
        "Hassan Rouhani": {"Hassan Rouhani", "Hasan Rohani"},
        "Volodymyr Zelenskyy": {"Volodymyr Zelensky", "Volodymyr Zelenskyy"},
    }


def test_resolve_two_kims_and_two_khans_are_not_merged() -> None:
    got = clusters(
        [
            person("Kim Jong Un", "PRK"),
            person("Kim Yo Jong", "PRK"),
            person("Kim", "PRK"),
            person("Imran Khan", "PAK"),
            person("Shahzad Akbar Khan", "PAK"),
            person("Khan", "PAK"),
            person("Sadiq Khan", "GBR"),
        ]
    )
    assert all(len(v) == 1 for v in got.values()), got


def test_resolve_family_name_first_countries_match_on_the_first_word() -> None:
    got = clusters([person("Xi Jinping", "CHN"), person("Xi", "CHN"), person("Jinping", "CHN")])
    assert got["Xi Jinping"] == {"Xi Jinping", "Xi"}


def test_resolve_same_name_in_two_countries_is_two_people_but_a_countryless_one_joins_the_only_one() -> None:
    two = resolve.cluster_names(
        [person("Ali Khan", "PAK"), person("Ali Khan", "IND"), person("Ali Khan", None)]
    )
    assert len(set(two.values())) == 3
    one = resolve.cluster_names([person("Ali Khan", "PAK"), person("Ali Khan", None)])
    assert set(one.values()) == {"person:PAK:alikhan"}


def test_resolve_user_overrides_split_and_merge() -> None:
    names = [person("Imran Khan", "PAK"), person("Khan", "PAK"), person("Shah Mahmood Qureshi", "PAK")]
    keys = {n.name: n.key for n in names}
    assert len(clusters(names)) == 2
    split = clusters(names, splits=[(keys["Imran Khan"], keys["Khan"])])
    assert len(split) == 3
    merged = clusters(names, merges=[(keys["Imran Khan"], keys["Shah Mahmood Qureshi"])])
    assert merged == {"Shah Mahmood Qureshi": {"Imran Khan", "Khan", "Shah Mahmood Qureshi"}}


def test_resolve_name_clusters_do_not_depend_on_order() -> None:
    names = [
        person(n, c)
        for n, c in [
            ("Hossein Amir-Abdollahian", "IRN"),
            ("Abdollahian", None),
            ("Amirabdollahian", "IRN"),
            ("Kim", "KOR"),
            ("Kim Dae-jung", "KOR"),
            ("Ali Shamkhani", None),
            ("Shamkhani", "IRN"),
            ("Ali Shamkhani", "IRN"),
        ]
    ]
    expected = resolve.cluster_names(names)
    for perm in itertools.islice(itertools.permutations(names), 0, 2000, 97):
        assert resolve.cluster_names(perm) == expected


def test_resolve_actor_key_folds_titles_accents_and_hyphens() -> None:
    from bilat.records import EventActor

    a = EventActor(name="Hossein Amir-Abdollahian", kind="person", country="IRN")
    b = EventActor(name="Hossein Amirabdollahián", kind="person", country="IRN")
    assert resolve.actor_key(a) == resolve.actor_key(b) == "person:IRN:hosseinamirabdollahian"
    assert resolve.actor_key(EventActor(name="Iran", kind="country", country="IRN")) == "country:IRN"


def test_resolve_fulfils_an_undated_plan_within_a_year_with_the_same_person() -> None:
    plan = resolve.summarise(
        [m("a", status="planned", countries=frozenset({"RUS", "TUR"}), published=dt.date(2019, 1, 10))]
    )
    done = resolve.summarise([m("b", date=iv("2019-04-08"), countries=frozenset({"RUS", "TUR"}))])
    putin = [person("Vladimir Putin", "RUS")]
    assert resolve.fulfils(plan, putin, done, [person("Putin", "RUS")])
    assert not resolve.fulfils(plan, putin, done, [person("Sergei Lavrov", "RUS")])
    late = resolve.summarise([m("c", date=iv("2020-03-01"), countries=frozenset({"RUS", "TUR"}))])
    assert not resolve.fulfils(plan, putin, late, [])


NAMES = (
    "Hassan Rouhani", "Hasan Rohani", "Rouhani", "Hossein Amir-Abdollahian", "Hossein Amirabdollahian",
    "Abdollahian", "Bashar al-Assad", "Assad", "al-Assad", "Kim Jong Un", "Kim Yo Jong", "Kim", "Imran Khan",
    "Khan", "Sadiq Khan", "Volodymyr Zelensky", "Zelenskyy", "Mohammed bin Salman", "Salman", "Bin-Salman",
)  # fmt: skip


def test_resolve_name_blocks_find_every_name_whose_surname_matches() -> None:
    infos = [name_info(n, "person", c) for n in NAMES for c in ("IRN", None)]
    blocks = resolve.NameBlocks(infos)
    for a in infos:
        found = {m.key for m in blocks.candidates(a)}
        assert {b.key for b in infos if resolve.surnames_match(a, b)} <= found, a.name


def test_resolve_name_blocks_skip_names_that_share_nothing() -> None:
    blocks = resolve.NameBlocks(
        [name_info(n, "person", None) for n in ("Kim Jong Un", "Imran Khan", "Assad")]
    )
    assert [m.name for m in blocks.candidates(name_info("Sadiq Khan", "person", "GBR"))] == ["Imran Khan"]


def test_resolve_name_clusters_of_a_random_crowd_do_not_depend_on_order() -> None:
    rng = random.Random(5)
    pool = [(n, c) for n in NAMES for c in ("IRN", "PRK", "PAK", None)]
    for _ in range(20):
        crowd = [name_info(n, "person", c) for n, c in rng.sample(pool, 25)]
        expected = resolve.cluster_names(crowd)
        rng.shuffle(crowd)
        assert resolve.cluster_names(crowd) == expected
        assert all(resolve.same_person(name_info_of(crowd, k), name_info_of(crowd, v)) or k == v
                   or _linked(crowd, k, v) for k, v in expected.items())  # fmt: skip


def name_info_of(crowd: list[resolve.NameInfo], key: str) -> resolve.NameInfo:
    return next(n for n in crowd if n.key == key)


def _linked(crowd: list[resolve.NameInfo], a: str, b: str) -> bool:
    """``a`` and ``b`` are joined by a chain of names that can be one person."""
    seen, frontier = {a}, [a]
    while frontier:
        k = frontier.pop()
        for m in crowd:
            if m.key not in seen and resolve.same_person(name_info_of(crowd, k), m):
                seen.add(m.key)
                frontier.append(m.key)
    return b in seen
