"""Articles written for the knowledge-base tests, in several styles, with their extractions by hand.

- One Russia–China ministers' meeting reported by five articles (one reports it twice), announced
  for mid-July and then held; a third meeting a month later that must stay apart.
- The 15th and 16th sessions of an Iran–Russia commission.
- One person written three ways (with rank, full name, surname) and in two transliterations;
  two Pakistani Khans and a British one; a man who was negotiator, then president.
- Commitments: a visit announced without a date and made months later, a reactor unit due in
  2024, a summit called off, trade figures for the pair.
"""

from __future__ import annotations

from kbbuild import A, E, F, P, doc

from bilat.records import Extraction

BEIJING = P("Beijing", "CHN", 39.9075, 116.39723)
MOSCOW = P("Moscow", "RUS", 55.75222, 37.61556)
TEHRAN = P("Tehran", "IRN", 35.69439, 51.42151)
ANKARA = P("Ankara", "TUR", 39.91987, 32.85427)
ISLAMABAD = P("Islamabad", "PAK", 33.72148, 73.04329)

LAVROV = A("Sergei Lavrov", "RUS", role="foreign_minister", role_text="Foreign Minister")
WANG = A("Wang Yi", "CHN", role="foreign_minister", role_text="Foreign Minister")


def meeting_reports() -> list[Extraction]:
    """Five reports of the Lavrov–Wang talks of 14 June 2019, and what followed."""
    w1 = doc(
        "wire-0614",
        "2019-06-14",
        "BEIJING (Wire) - Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in "
        "Beijing on Friday to discuss the Korean peninsula and trade. The next meeting of the two ministers "
        "will be held in Moscow in mid-July, a Russian diplomat said.",
        events=[
            E(
                "CONSULT",
                "Lavrov met his Chinese",
                "met",
                [LAVROV, A("Wang Yi", "CHN", role="foreign_minister")],
                ("CHN", "RUS"),
                "2019-06-14",
                BEIJING,
                "meeting",
            ),
            E(
                "CONSULT",
                "The next meeting",
                "meeting",
                [],
                ("CHN", "RUS"),
                ("2019-07-11", "2019-07-20"),
                MOSCOW,
                "meeting",
                "planned",
            ),
        ],  # fmt: skip
        title="Lavrov and Wang meet in Beijing",
    )
    w2 = doc(
        "xinhua-0615",
        "2019-06-15",
        "Chinese State Councilor and Foreign Minister Wang Yi held talks with visiting Russian Foreign "
        "Minister Sergey Lavrov in Beijing on June 14, and the two sides pledged closer coordination at "
        "the United Nations.",
        events=[
            E(
                "CONSULT",
                "Wang Yi held talks",
                "held talks",
                [
                    A("Wang Yi", "CHN", role="foreign_minister"),
                    A("Sergey Lavrov", "RUS", role="foreign_minister"),
                ],
                ("CHN", "RUS"),
                "2019-06-14",
                BEIJING,
                "visit",
            ),
        ],  # fmt: skip
    )
    w3 = doc(
        "tass-0616",
        "2019-06-16",
        "Lavrov's talks with Wang in Beijing last week covered the nuclear deal with Iran. "
        "Moscow says the relationship has never been better.",
        events=[
            E(
                "CONSULT",
                "Lavrov's talks",
                "talks",
                [A("Lavrov", "RUS", words="Lavrov"), A("Wang", "CHN", words="Wang")],
                ("CHN", "RUS"),
                ("2019-06-10", "2019-06-16"),
                BEIJING,
                "meeting",
            ),
        ],  # fmt: skip
    )
    w4 = doc(
        "daily-0614",
        "2019-06-14",
        "Mr Lavrov met Wang Yi in the Chinese capital, officials said, in a show of unity before the "
        "G20 summit in Osaka.",
        events=[
            E(
                "CONSULT",
                "Mr Lavrov met",
                "met",
                [A("Lavrov", "RUS", words="Lavrov"), A("Wang Yi", "CHN")],
                ("CHN", "RUS"),
                None,
                None,
                "meeting",
            ),
        ],  # fmt: skip
    )
    w5 = doc(
        "weekly-0620",
        "2019-06-20",
        "When Sergei Lavrov sat down with Wang Yi in Beijing on June 14, both men knew the stakes. "
        "The Beijing meeting between Lavrov and Wang lasted three hours.",
        events=[
            E("CONSULT", "sat down with", "sat down", [LAVROV, WANG], ("CHN", "RUS"), "2019-06-14", BEIJING),
            E(
                "CONSULT",
                "The Beijing meeting",
                "meeting",
                [A("Lavrov", "RUS", words="Lavrov and"), A("Wang", "CHN", words="Wang lasted")],
                ("CHN", "RUS"),
                None,
                BEIJING,
                "meeting",
            ),
        ],  # fmt: skip
    )
    held = doc(
        "wire-0719",
        "2019-07-19",
        "MOSCOW (Wire) - Sergei Lavrov hosted Wang Yi in Moscow on Thursday, a month after their talks in "
        "Beijing.",
        events=[
            E(
                "CONSULT",
                "Lavrov hosted",
                "hosted",
                [LAVROV, WANG],
                ("CHN", "RUS"),
                "2019-07-18",
                MOSCOW,
                "visit",
            ),
        ],
    )
    later = doc(
        "wire-0821",
        "2019-08-21",
        "Lavrov and Wang Yi met again in Moscow on Tuesday, their third meeting this summer.",
        events=[
            E(
                "CONSULT",
                "met again",
                "met",
                [A("Sergei Lavrov", "RUS", words="Lavrov"), WANG],
                ("CHN", "RUS"),
                "2019-08-20",
                MOSCOW,
                "meeting",
            ),
        ],  # fmt: skip
    )
    return [w1, w2, w3, w4, w5, held, later]


def commission() -> list[Extraction]:
    """Sessions of the Iran–Russia commission: the 15th twice reported, the 16th announced."""
    a = doc(
        "irna-15",
        "2019-05-22",
        "The 15th session of the Iran-Russia joint economic commission ended in Tehran on Tuesday with the "
        "signing of eight documents. The 16th session of the commission will be held in Moscow next year.",
        events=[
            E("CONSULT", "The 15th session", "session", [], ("IRN", "RUS"), "2019-05-21", TEHRAN, "meeting"),
            E(
                "CONSULT",
                "The 16th session",
                "session",
                [],
                ("IRN", "RUS"),
                ("2020-01-01", "2020-12-31"),
                MOSCOW,
                "meeting",
                "planned",
            ),
        ],  # fmt: skip
    )
    b = doc(
        "tass-15",
        "2019-05-21",
        "Russian Energy Minister Alexander Novak and Iranian Oil Minister Bijan Zanganeh co-chaired the "
        "fifteenth meeting of the permanent commission in Tehran on Tuesday.",
        events=[
            E(
                "CONSULT",
                "co-chaired the",
                "co-chaired",
                [
                    A("Alexander Novak", "RUS", role="energy_minister"),
                    A("Bijan Zanganeh", "IRN", role="oil_minister"),
                ],
                ("IRN", "RUS"),
                "2019-05-21",
                TEHRAN,
                "meeting",
            ),
        ],  # fmt: skip
    )
    return [a, b]


def people() -> list[Extraction]:
    """One man written three ways; two transliterations; surnames shared by different people."""
    s1 = doc(
        "irna-sham",
        "2019-03-10",
        "Rear Admiral Ali Shamkhani, secretary of Iran's Supreme National Security Council, received "
        "Russia's security council secretary Nikolai Patrushev in Tehran.",
        events=[
            E(
                "CONSULT",
                "received",
                "received",
                [
                    A(
                        "Ali Shamkhani",
                        "IRN",
                        words="Ali Shamkhani",
                        title="Rear Admiral",
                        role="security_chief",
                    ),
                    A("Nikolai Patrushev", "RUS", role="security_chief"),
                ],
                ("IRN", "RUS"),
                "2019-03-09",
                TEHRAN,
                "visit",
            ),
        ],  # fmt: skip
    )
    s2 = doc(
        "wire-sham",
        "2019-04-02",
        "Shamkhani told reporters Iran would not renegotiate the deal.",
        mentions=[A("Shamkhani", "IRN", words="Shamkhani")],
    )
    s3 = doc(
        "paper-sham",
        "2019-04-20",
        "Rear Admiral Ali Shamkhani, the security chief, spoke with Patrushev by telephone.",
        events=[
            E(
                "CONSULT",
                "spoke with",
                "spoke",
                [
                    A("Rear Admiral Ali Shamkhani", "IRN", words="Rear Admiral Ali Shamkhani"),
                    A("Patrushev", "RUS", words="Patrushev"),
                ],
                ("IRN", "RUS"),
                "2019-04-19",
                None,
                "phone",
            ),
        ],  # fmt: skip
    )
    t1 = doc(
        "irna-aa",
        "2021-09-20",
        "Foreign Minister Hossein Amir-Abdollahian met Sergei Lavrov in New York.",
        events=[
            E(
                "CONSULT",
                "Amir-Abdollahian met",
                "met",
                [A("Hossein Amir-Abdollahian", "IRN", role="foreign_minister"), LAVROV],
                ("IRN", "RUS"),
                "2021-09-20",
                P("New York", "USA", 40.71427, -74.00597),
                "meeting",
            ),
        ],  # fmt: skip
    )
    t2 = doc(
        "tass-aa",
        "2021-10-06",
        "Amirabdollahian arrived in Moscow for talks on the nuclear agreement.",
        mentions=[A("Amirabdollahian", "IRN", role="foreign_minister")],
    )
    t3 = doc(
        "paper-aa",
        "2021-10-07",
        "Abdollahian said Tehran was ready to return to Vienna.",
        mentions=[A("Abdollahian", None)],
    )
    k1 = doc(
        "dawn-ik",
        "2019-02-01",
        "Prime Minister Imran Khan chaired a meeting on the economy.",
        mentions=[A("Imran Khan", "PAK", role="head_of_government")],
    )
    k2 = doc(
        "dawn-ak",
        "2019-02-02",
        "Interior adviser Shahzad Akbar Khan briefed the cabinet.",
        mentions=[A("Shahzad Akbar Khan", "PAK")],
    )
    k3 = doc("dawn-k", "2019-02-03", "Khan said the talks would go on.", mentions=[A("Khan", "PAK")])
    k4 = doc(
        "standard-sk",
        "2019-02-03",
        "London mayor Sadiq Khan criticised the decision.",
        mentions=[A("Sadiq Khan", "GBR", role="mayor")],
    )
    r1 = doc(
        "wire-2005",
        "2005-03-01",
        "Iran's chief nuclear negotiator Hassan Rouhani met President Vladimir Putin in Moscow.",
        events=[
            E(
                "CONSULT",
                "Rouhani met",
                "met",
                [
                    A("Hassan Rouhani", "IRN", role="chief_negotiator", role_text="chief nuclear negotiator"),
                    A("Vladimir Putin", "RUS", role="head_of_state"),
                ],
                ("IRN", "RUS"),
                None,
                MOSCOW,
                "meeting",
            ),
        ],  # fmt: skip
    )
    r2 = doc(
        "wire-2014",
        "2014-09-12",
        "President Hasan Rohani met Vladimir Putin in Dushanbe on Friday.",
        events=[
            E(
                "CONSULT",
                "Rohani met",
                "met",
                [
                    A("Hasan Rohani", "IRN", role="head_of_state", role_text="President"),
                    A("Vladimir Putin", "RUS", role="head_of_state"),
                ],
                ("IRN", "RUS"),
                "2014-09-12",
                P("Dushanbe", "TJK", 38.53575, 68.77905),
                "meeting",
            ),
        ],  # fmt: skip
    )
    return [s1, s2, s3, t1, t2, t3, k1, k2, k3, k4, r1, r2]


def commitments() -> list[Extraction]:
    c1 = doc(
        "aa-visit",
        "2019-01-10",
        "Russian President Vladimir Putin will visit Turkey, the Kremlin said, without giving a date.",
        events=[
            E(
                "CONSULT",
                "will visit",
                "visit",
                [A("Vladimir Putin", "RUS", role="head_of_state")],
                ("RUS", "TUR"),
                None,
                None,
                "visit",
                "planned",
            ),
        ],  # fmt: skip
    )
    c2 = doc(
        "aa-ankara",
        "2019-04-09",
        "Putin arrived in Ankara on Monday for talks with Erdogan on the S-400 deliveries.",
        events=[
            E(
                "CONSULT",
                "arrived in Ankara",
                "arrived",
                [A("Putin", "RUS", words="Putin"), A("Recep Tayyip Erdogan", "TUR", words="Erdogan")],
                ("RUS", "TUR"),
                "2019-04-08",
                ANKARA,
                "visit",
            ),
        ],  # fmt: skip
    )
    c3 = doc(
        "bushehr",
        "2019-11-10",
        "The second unit of the Bushehr nuclear power plant is planned to be completed by 2024, "
        "Iranian officials said, under the contract with Russia's Rosatom.",
        events=[
            E(
                "COOPERATE",
                "The second unit",
                "completed",
                [],
                ("IRN", "RUS"),
                ("2024-01-01", "2024-12-31"),
                None,
                None,
                "planned",
            ),
        ],  # fmt: skip
    )
    c4 = doc(
        "summit-plan",
        "2019-08-01",
        "Pakistan said Prime Minister Imran Khan would host a summit with Turkey in Islamabad "
        "on 16 December.",
        events=[
            E(
                "CONSULT",
                "would host a summit",
                "summit",
                [A("Imran Khan", "PAK", words="Imran Khan")],
                ("PAK", "TUR"),
                "2019-12-16",
                ISLAMABAD,
                "meeting",
                "planned",
            ),
        ],  # fmt: skip
    )
    c5 = doc(
        "summit-off",
        "2019-12-10",
        "The summit between Pakistan and Turkey planned for 16 December in Islamabad was called off.",
        events=[
            E(
                "CONSULT",
                "was called off",
                "called off",
                [],
                ("PAK", "TUR"),
                "2019-12-16",
                ISLAMABAD,
                "meeting",
                "cancelled",
            ),
        ],  # fmt: skip
    )
    trade = doc(
        "trade-ir",
        "2019-02-15",
        "Trade between Iran and Russia reached $1.74 billion in 2018. The Iran-Russia trade in 2017 stood at "
        "$1.7 billion.",
        facts=[
            F(
                "trade_value",
                "reached $1.74",
                "$1.74 billion",
                1.74e9,
                "USD",
                ("2018-01-01", "2018-12-31"),
                "IRN",
                "RUS",
            ),
            F(
                "trade_value",
                "trade in 2017",
                "$1.7 billion",
                1.7e9,
                "USD",
                ("2017-01-01", "2017-12-31"),
                "RUS",
                "IRN",
            ),
        ],  # fmt: skip
    )
    return [c1, c2, c3, c4, c5, trade]


def everything() -> list[Extraction]:
    return [*meeting_reports(), *commission(), *people(), *commitments()]
