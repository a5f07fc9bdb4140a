"""A small knowledge base built by hand for the API and web tests: no model, known answers.

Articles written for the tests in several styles and decades, about several country pairs;
one of them tries to inject script through its text, title, an actor and a place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from bilat.records import (
    Document,
    Event,
    EventActor,
    Evidence,
    Extraction,
    Fact,
    Interval,
    Mention,
    Place,
    evidence,
)

INJECTION = '<script>window.__pwned=1</script>"><img src=x onerror="window.__pwned=2">'


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@dataclass
class A:
    """An actor of an event: name, kind, country, role, and the words that name it."""

    name: str
    kind: str
    country: str | None
    role: str | None = None
    words: str | None = None
    side: str = "participant"


@dataclass
class E:
    type: str
    sentence: str
    trigger: str
    actors: list[A]
    countries: tuple[str, ...]
    date: tuple[str, str] | None = None
    date_words: str | None = None
    place: tuple[str, str, float, float, str] | None = None  # name, country, lat, lon, words
    mode: str | None = None
    status: str = "occurred"


@dataclass
class F:
    sentence: str
    value_words: str
    value: float
    period: tuple[str, str]
    reporter: str
    partner: str
    metric: str = "trade_value"
    unit: str = "USD"
    flow: str = "total"


@dataclass
class Article:
    id: str
    published: str
    title: str
    source: str
    text: str
    events: list[E] = field(default_factory=list)
    facts: list[F] = field(default_factory=list)


ARTICLES = [
    Article(
        id="usc-wire-2019-05-10",
        published="2019-05-10",
        title="China's Liu He meets Lighthizer in Washington as tariff deadline looms",
        source="Wire",
        text=(
            "WASHINGTON (Wire) - Chinese Vice Premier Liu He met U.S. Trade Representative Robert "
            "Lighthizer in Washington on Thursday for a new round of trade talks, hours before higher "
            "tariffs were due to take effect.\n\n"
            "Trade in goods between the United States and China reached $737 billion in 2018, "
            "according to U.S. figures.\n\n"
            "The two sides agreed to meet again in Beijing next month, a U.S. official said."
        ),
        events=[
            E(
                "CONSULT",
                "Chinese Vice Premier Liu He met U.S. Trade Representative Robert Lighthizer in Washington "
                "on Thursday",
                "met",
                [
                    A("Liu He", "person", "CHN", "deputy_head_of_government", "Liu He"),
                    A("Robert Lighthizer", "person", "USA", "trade_minister", "Robert Lighthizer"),
                ],
                ("CHN", "USA"),
                ("2019-05-09", "2019-05-09"),
                "Thursday",
                ("Washington", "USA", 38.895, -77.036, "Washington on"),
                mode="meeting",
            ),
            E(
                "CONSULT",
                "The two sides agreed to meet again in Beijing next month",
                "meet",
                [],
                ("CHN", "USA"),
                ("2019-06-01", "2019-06-30"),
                "next month",
                ("Beijing", "CHN", 39.904, 116.407, "Beijing"),
                mode="meeting",
                status="planned",
            ),
        ],
        facts=[
            F(
                "Trade in goods between the United States and China reached $737 billion in 2018",
                "$737 billion",
                737e9,
                ("2018-01-01", "2018-12-31"),
                "USA",
                "CHN",
            )
        ],
    ),
    Article(
        id="usc-daily-2019-05-11",
        published="2019-05-11",
        title="Talks end without a deal",
        source="Daily Ledger",
        text=(
            "Liu He and Robert Lighthizer held talks in Washington on Thursday, China's commerce ministry "
            "said, but no agreement was reached before the tariff increase.\n\n"
            "In 2017 trade between the two countries was worth $636 billion."
        ),
        events=[
            E(
                "CONSULT",
                "Liu He and Robert Lighthizer held talks in Washington on Thursday",
                "held talks",
                [
                    A("Liu He", "person", "CHN", "deputy_head_of_government", "Liu He"),
                    A("Robert Lighthizer", "person", "USA", "trade_minister", "Robert Lighthizer"),
                ],
                ("CHN", "USA"),
                ("2019-05-09", "2019-05-09"),
                "Thursday",
                ("Washington", "USA", 38.895, -77.036, "Washington on"),
                mode="meeting",
            )
        ],
        facts=[
            F(
                "In 2017 trade between the two countries was worth $636 billion",
                "$636 billion",
                636e9,
                ("2017-01-01", "2017-12-31"),
                "USA",
                "CHN",
            )
        ],
    ),
    Article(
        id="usc-2019-06-30",
        published="2019-06-30",
        title="Trump and Xi agree to restart trade talks in Osaka",
        source="Wire",
        text=(
            "OSAKA, Japan - President Donald Trump and Chinese President Xi Jinping met on the sidelines "
            "of the G20 summit in Osaka on Saturday and agreed to restart trade negotiations."
        ),
        events=[
            E(
                "CONSULT",
                "President Donald Trump and Chinese President Xi Jinping met on the sidelines of the G20 "
                "summit in Osaka on Saturday",
                "met",
                [
                    A("Donald Trump", "person", "USA", "head_of_state", "Donald Trump"),
                    A("Xi Jinping", "person", "CHN", "head_of_state", "Xi Jinping"),
                ],
                ("CHN", "USA"),
                ("2019-06-29", "2019-06-29"),
                "Saturday",
                ("Osaka", "JPN", 34.694, 135.502, "Osaka on"),
                mode="meeting",
            ),
            E(
                "AGREE",
                "agreed to restart trade negotiations",
                "agreed",
                [
                    A("Donald Trump", "person", "USA", "head_of_state", "Donald Trump"),
                    A("Xi Jinping", "person", "CHN", "head_of_state", "Xi Jinping"),
                ],
                ("CHN", "USA"),
                ("2019-06-29", "2019-06-29"),
                "Saturday",
                None,
            ),
        ],
    ),
    Article(
        id="indpak-1999-02-21",
        published="1999-02-21",
        title="Vajpayee crosses into Pakistan by bus",
        source="Wire",
        text=(
            "LAHORE, Feb 20 - Indian Prime Minister Atal Bihari Vajpayee arrived in Lahore on Saturday "
            "by bus and was received by Pakistani Prime Minister Nawaz Sharif at the Wagah border.\n\n"
            "Trade between India and Pakistan was worth about $300 million in 1998, officials said."
        ),
        events=[
            E(
                "CONSULT",
                "Indian Prime Minister Atal Bihari Vajpayee arrived in Lahore on Saturday",
                "arrived",
                [
                    A("Atal Bihari Vajpayee", "person", "IND", "head_of_government", "Atal Bihari Vajpayee"),
                    A("Nawaz Sharif", "person", "PAK", "head_of_government", "Nawaz Sharif"),
                ],
                ("IND", "PAK"),
                ("1999-02-20", "1999-02-20"),
                "Saturday",
                ("Lahore", "PAK", 31.549, 74.343, "Lahore on"),
                mode="visit",
            )
        ],
        facts=[
            F(
                "Trade between India and Pakistan was worth about $300 million in 1998",
                "$300 million",
                3e8,
                ("1998-01-01", "1998-12-31"),
                "IND",
                "PAK",
            )
        ],
    ),
    Article(
        id="irnrus-2017-11-02",
        published="2017-11-02",
        title="Rouhani, Putin sign energy deals in Tehran",
        source="State News Agency",
        text=(
            "TEHRAN - Iranian President Hassan Rouhani and Russian President Vladimir Putin signed "
            "agreements on energy cooperation in Tehran on Wednesday.\n\n"
            "Russia will complete the second unit of the Bushehr power plant by the end of 2018, "
            "Rouhani said. The two presidents will meet again in Sochi next year.\n\n"
            "Trade between Iran and Russia rose to $2.2 billion in 2016."
        ),
        events=[
            E(
                "AGREE",
                "Iranian President Hassan Rouhani and Russian President Vladimir Putin signed agreements "
                "on energy cooperation in Tehran on Wednesday",
                "signed",
                [
                    A("Hassan Rouhani", "person", "IRN", "head_of_state", "Hassan Rouhani"),
                    A("Vladimir Putin", "person", "RUS", "head_of_state", "Vladimir Putin"),
                ],
                ("IRN", "RUS"),
                ("2017-11-01", "2017-11-01"),
                "Wednesday",
                ("Tehran", "IRN", 35.694, 51.422, "Tehran on"),
            ),
            E(
                "COOPERATE",
                "Russia will complete the second unit of the Bushehr power plant by the end of 2018",
                "complete",
                [A("Russia", "country", "RUS", None, "Russia", side="source")],
                ("IRN", "RUS"),
                ("2018-12-01", "2018-12-31"),
                "by the end of 2018",
                None,
                status="planned",
            ),
            E(
                "CONSULT",
                "The two presidents will meet again in Sochi next year",
                "meet",
                [],
                ("IRN", "RUS"),
                ("2018-01-01", "2018-12-31"),
                "next year",
                ("Sochi", "RUS", 43.585, 39.720, "Sochi"),
                mode="meeting",
                status="planned",
            ),
        ],
        facts=[
            F(
                "Trade between Iran and Russia rose to $2.2 billion in 2016",
                "$2.2 billion",
                2.2e9,
                ("2016-01-01", "2016-12-31"),
                "IRN",
                "RUS",
            )
        ],
    ),
    Article(
        id="grctur-1996-01-31",
        published="1996-01-31",
        title="Greece accuses Turkey over Imia islets",
        source="Wire",
        text=(
            "ATHENS, Jan 30 - Greece on Tuesday accused Turkey of violating its sovereignty over the "
            "Imia islets in the Aegean, the government spokesman said."
        ),
        events=[
            E(
                "ACCUSE",
                "Greece on Tuesday accused Turkey of violating its sovereignty over the Imia islets in the "
                "Aegean",
                "accused",
                [
                    A("Greece", "country", "GRC", None, "Greece", side="source"),
                    A("Turkey", "country", "TUR", None, "Turkey", side="target"),
                ],
                ("GRC", "TUR"),
                ("1996-01-30", "1996-01-30"),
                "Tuesday",
                None,
            )
        ],
    ),
    Article(
        id="inject-1",
        published="2020-02-03",
        title=f"Talks <b>resume</b> {INJECTION}",
        source=f"Evil {INJECTION}",
        text=(
            f"Brazil and Argentina held talks {INJECTION} in Brasilia on Monday, officials said. "
            f"The page also quotes {INJECTION} again after the event sentence."
        ),
        events=[
            E(
                "CONSULT",
                f"Brazil and Argentina held talks {INJECTION} in Brasilia on Monday",
                "held talks",
                [
                    A(
                        'Evil "><svg onload=window.__pwned=4> Minister',
                        "person",
                        "BRA",
                        "foreign_minister",
                        "Brazil",
                    ),
                    A("Argentina", "country", "ARG", None, "Argentina"),
                ],
                ("ARG", "BRA"),
                ("2020-02-03", "2020-02-03"),
                "Monday",
                (f"Brasilia {INJECTION}", "BRA", -15.794, -47.882, "Brasilia"),
                mode="meeting",
            )
        ],
    ),
]


def _find(doc: Document, words: str, after: int = 0) -> Evidence:
    start = doc.text.find(words, after)
    if start < 0:  # an actor named earlier in the article than the event's sentence
        start = doc.text.find(words)
    assert start >= 0, f"{words!r} not in {doc.id}"
    return evidence(doc.id, doc.text, start, start + len(words))


def extraction(article: Article) -> Extraction:
    doc = Document(
        id=article.id,
        text=article.text,
        published=day(article.published),
        title=article.title,
        source=article.source,
    )
    events = []
    mentions = []
    places = []
    for e in article.events:
        sent = _find(doc, e.sentence)
        actors = []
        for a in e.actors:
            ev = _find(doc, a.words or a.name, sent.start) if a.words else None
            actors.append(
                EventActor(
                    name=a.name,
                    kind=a.kind,  # type: ignore[arg-type]
                    country=a.country,
                    role=a.role,
                    side=a.side,  # type: ignore[arg-type]
                    evidence=ev,
                )
            )
            if ev is not None:
                mentions.append(
                    Mention(name=a.name, kind=a.kind, country=a.country, role=a.role, evidence=ev)  # type: ignore[arg-type]
                )
        place = None
        if e.place:
            name, country, lat, lon, words = e.place
            place = Place(
                name=name,
                country=country,
                lat=lat,
                lon=lon,
                feature="city",
                gazetteer_id=f"test:{name[:20]}",
                evidence=_find(doc, words, sent.start),
            )
            places.append(place)
        events.append(
            Event(
                doc_id=doc.id,
                type=e.type,
                mode=e.mode,
                status=e.status,  # type: ignore[arg-type]
                date=Interval(start=day(e.date[0]), end=day(e.date[1])) if e.date else None,
                date_evidence=_find(doc, e.date_words, sent.start) if e.date_words else None,
                actors=tuple(actors),
                countries=e.countries,
                location=place,
                confidence=0.8,
                trigger=_find(doc, e.trigger, sent.start),
                sentence=sent,
            )
        )
    facts = [
        Fact(
            doc_id=doc.id,
            metric=f.metric,  # type: ignore[arg-type]
            value=f.value,
            unit=f.unit,
            period=Interval(start=day(f.period[0]), end=day(f.period[1])),
            flow=f.flow,  # type: ignore[arg-type]
            reporter=f.reporter,
            partner=f.partner,
            value_evidence=_find(doc, f.value_words, _find(doc, f.sentence).start),
            sentence=_find(doc, f.sentence),
        )
        for f in article.facts
    ]
    return Extraction(
        document=doc, mentions=tuple(mentions), places=tuple(places), events=tuple(events), facts=tuple(facts)
    )


def build(url: str) -> dict[str, Any]:
    """Store every article at ``url``; return what the tests look up by name."""
    from bilat.store import Store

    with Store(url) as store:
        for article in ARTICLES:
            store.save(extraction(article))
    return {"articles": {a.id: a for a in ARTICLES}}


def test_client(app: Any, **kwargs: Any) -> Any:
    """Starlette's TestClient; its import warns about httpx while httpx2 is not installed."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # StarletteDeprecationWarning: prefer httpx2
        from fastapi.testclient import TestClient

    return TestClient(app, **kwargs)


test_client.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test
