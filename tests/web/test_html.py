"""The web UI as HTML, without a browser: every page renders, is labelled and escapes what it shows."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from markupsafe import Markup

from bilat.api import create_app
from bilat.web import svg
from bilat.web.highlight import Span, excerpt, highlight, marked


def _load_kbdata() -> Any:
    """The hand-built knowledge base of tests/api (one conftest only, so it is loaded by path)."""
    if "kbdata" in sys.modules:
        return sys.modules["kbdata"]
    spec = importlib.util.spec_from_file_location("kbdata", Path(__file__).parents[1] / "api" / "kbdata.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["kbdata"] = module
    spec.loader.exec_module(module)
    return module


kbdata = _load_kbdata()


class Page(HTMLParser):
    """The parts of a page the accessibility checks look at."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.label_for: set[str] = set()
        self.h1 = 0
        self.scripts: list[dict[str, str | None]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "label" and a.get("for"):
            self.label_for.add(str(a["for"]))
        if tag == "h1":
            self.h1 += 1
        if tag == "script":
            self.scripts.append(a)

    def controls(self) -> list[dict[str, str | None]]:
        return [
            a
            for t, a in self.tags
            if t in ("input", "select", "textarea") and a.get("type") not in ("hidden", "submit")
        ]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    url = f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.db'}"
    kbdata.build(url)
    with kbdata.test_client(create_app(url)) as c:
        yield c


def _event_id(client: Any, **params: Any) -> int:
    return int(client.get("/api/events", params=params).json()["items"][0]["id"])


def _pages(client: Any) -> list[str]:
    return [
        "/",
        "/?country=USA&country=CHN&type=CONSULT&status=occurred&since=2019-01-01&until=2019-12-31",
        "/?actor=Xi+Jinping",
        "/?sort=-date&country=CHN",
        f"/events/{_event_id(client, country='IND')}",
        "/documents",
        "/documents/irnrus-2017-11-02",
        "/map",
        "/map?country=IRN",
        "/actors",
        "/actors/Nawaz Sharif",
        "/places",
        "/places/Lahore",
        "/search?q=talks",
        "/commitments?as_of=2019-07-01",
        "/relations",
        "/relations?country=USA&country=CHN",
    ]


def _get(client: Any, path: str) -> str:
    response = client.get(path, headers={"Accept": "text/html"})
    assert response.status_code == 200, (path, response.text[:500])
    assert response.headers["content-type"].startswith("text/html")
    return str(response.text)


def test_web_every_page_has_one_h1_a_skip_link_and_labelled_controls(client: Any) -> None:
    for path in _pages(client):
        html = _get(client, path)
        page = Page(html)
        assert page.h1 == 1, path
        assert '<a class="skip" href="#main">' in html and '<main id="main"' in html, path
        unlabelled = [c for c in page.controls() if c.get("id") not in page.label_for]
        assert not unlabelled, (path, unlabelled)
        headers = [a for t, a in page.tags if t == "th"]
        assert all(a.get("scope") in ("col", "row") for a in headers), path
        assert all(a.get("src", "").startswith("/static/") for a in page.scripts), path
        forms = [a for t, a in page.tags if t == "form"]
        assert all(a.get("method") == "get" for a in forms), "reading needs no POST and no JavaScript"


def test_web_timeline_sort_is_a_labelled_select_that_orders_the_rows(client: Any) -> None:
    html = _get(client, "/")
    assert '<label for="f-sort">Sort by</label>' in html and '<select id="f-sort" name="sort">' in html
    newest = _get(client, "/?sort=-date")
    assert '<option value="-date" selected>' in newest and '<a href="/">Clear</a>' in newest
    days = re.findall(r'class="row-link" href="/events/\d+">(\d{4}-\d\d-\d\d)', newest)
    assert len(days) > 3 and days == sorted(days, reverse=True)
    oldest = re.findall(r'class="row-link" href="/events/\d+">(\d{4}-\d\d-\d\d)', html)
    assert oldest == sorted(oldest) and oldest[0] != days[0]
    response = client.get("/?sort=shuffle", headers={"Accept": "text/html"})
    assert response.status_code == 422 and "sort" in response.text


def test_web_navigation_marks_the_current_page(client: Any) -> None:
    for path, label in (
        ("/", "Timeline"),
        ("/map", "Map"),
        ("/relations", "Relations"),
        ("/actors", "Actors"),
    ):
        html = _get(client, path)
        assert re.search(rf'aria-current="page">{label}</a>', html), path
        assert html.count('aria-current="page"') == 1


def test_web_timeline_filters_are_a_get_form_over_the_query(client: Any) -> None:
    html = _get(client, "/?country=IND&country=PAK")
    assert "arrived in Lahore" in html and "Imia" not in html and "Tehran" not in html
    assert '<option value="IND" selected>' in html and '<option value="PAK" selected>' in html
    html = _get(client, "/?type=ACCUSE")
    assert "Imia" in html and "Lahore" not in html
    unknown = _get(client, "/?actor=Nobody+Special")
    assert "No actor matches" in unknown and 'role="alert"' in unknown


def test_web_event_page_highlights_each_evidence_span_inside_its_article(client: Any) -> None:
    html = _get(client, f"/events/{_event_id(client, country='IND')}")
    assert '<mark class="hl hl-sentence"' in html
    assert '<span class="hl hl-trigger" title="trigger">arrived</span>' in html
    assert '<span class="hl hl-actor" title="actor">Nawaz Sharif</span>' in html
    assert '<a href="/documents/indpak-1999-02-21">' in html


def test_web_event_page_links_every_article_that_reports_it(client: Any) -> None:
    talks = client.get("/api/events", params={"country": "USA", "since": "2019-05-09", "until": "2019-05-09"})
    (event,) = talks.json()["items"]
    html = _get(client, f"/events/{event['id']}")
    assert "reported by 2 articles" in html
    assert (
        'href="/documents/usc-wire-2019-05-10"' in html and 'href="/documents/usc-daily-2019-05-11"' in html
    )


def test_web_article_markup_renders_as_text_everywhere(client: Any) -> None:
    inject = _event_id(client, country="ARG")
    for path in (
        "/",
        f"/events/{inject}",
        "/documents",
        "/documents/inject-1",
        "/map",
        "/places",
        "/actors",
        "/search?q=Brasilia",
        "/?actor=" + "%3Cscript%3Ealert(1)%3C/script%3E",
        "/search?q=%3Cscript%3Ewindow.__pwned%3D9%3C/script%3E",
    ):
        html = _get(client, path)
        assert "<script>window" not in html and "<script>alert" not in html, path
        assert "<img src=x" not in html and "<svg onload" not in html, path
        assert "<b>resume</b>" not in html, path
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in _get(client, "/documents/inject-1")


def test_web_relations_page_draws_the_charts_as_svg(client: Any) -> None:
    html = _get(client, "/relations?country=USA&country=CHN")
    assert html.count('<svg class="chart"') == 2
    assert html.count('<rect class="bar"') == 2  # 2019-05 and 2019-06
    assert "$737bn" in html and "$636bn" in html


def test_web_map_draws_a_linked_circle_per_place(client: Any) -> None:
    html = _get(client, "/map")
    assert html.count('<a href="/places/') >= 7
    assert 'aria-label="Washington: 1 event"' in html
    svg_doc = client.get("/world.svg")
    assert svg_doc.headers["content-type"].startswith("image/svg+xml")
    assert svg_doc.text.count("<path") > 150


def test_web_errors_render_as_pages(client: Any) -> None:
    response = client.get("/actors/Nobody%20Special", headers={"Accept": "text/html"})
    assert response.status_code == 404 and "E801" in response.text and "<h1" in response.text
    response = client.get("/?since=soon", headers={"Accept": "text/html"})
    assert response.status_code == 422 and "YYYY-MM-DD" in response.text


def test_highlight_escapes_each_piece_and_nests_spans() -> None:
    text = 'A <b>met</b> "B" & C.'
    html = highlight(text, [Span(0, len(text), "sentence"), Span(2, 12, "trigger"), Span(15, 16, "actor")])
    assert "<b>" not in html and "&lt;b&gt;met&lt;/b&gt;" in html
    assert html.startswith('<mark class="hl hl-sentence">A </mark>')
    assert (
        '<mark class="hl hl-sentence"><span class="hl hl-trigger">&lt;b&gt;met&lt;/b&gt;</span></mark>'
        in html
    )
    assert Markup(html).striptags() == text


def test_highlight_clamps_offsets_beyond_the_text_and_drops_empty_spans() -> None:
    html = highlight("short", [Span(3, 99, "date"), Span(4, 4, "actor"), Span(-1, 2, "actor")])
    assert str(html) == 'sho<span class="hl hl-date">rt</span>'


def test_highlight_excerpt_cuts_at_words_with_ellipses() -> None:
    text = "word " * 100 + "TARGET" + " word" * 100
    start = text.index("TARGET")
    out = excerpt(text, [Span(start, start + 6, "sentence")], context=30)
    assert out.startswith("…word") and out.endswith("word…")
    assert '<mark class="hl hl-sentence">TARGET</mark>' in out


def test_marked_snippet_turns_markers_into_mark_and_escapes_the_rest() -> None:
    out = marked("a «<talks>» b «c")
    assert str(out) == 'a <mark class="hl hl-match">&lt;talks&gt;</mark> b <mark class="hl hl-match">c</mark>'


def test_svg_charts_scale_to_round_ticks_and_escape_labels() -> None:
    assert svg.nice_ticks(7) == [0, 2, 4, 6, 8]
    assert svg.compact(2.6e9, "USD") == "$2.6bn" and svg.compact(-300e6, "EUR") == "-€300m"
    bars = svg.bar_chart([("2019-01", 3), ("<x>", 0)], label="a <b> chart")
    assert bars.count('<rect class="bar"') == 2 and "<x>" not in bars and "&lt;b&gt;" in bars
    line = svg.line_chart(
        [("total", [(dt.date(2017, 1, 1), 6e11), (dt.date(2018, 1, 1), 7e11)])], label="t", unit="USD"
    )
    assert line.count('<circle class="dot s0"') == 2 and '<path class="line s0"' in line


def test_svg_world_map_zooms_to_the_points_and_escapes_their_labels() -> None:
    points = [
        svg.Point(51.4, 35.7, 'Tehran "><script>', "/places/1"),
        svg.Point(37.6, 55.8, "Moscow", "/places/2"),
    ]
    drawn = svg.world_map(points, highlight=frozenset({"IRN"}), label="m")
    assert "<script>" not in drawn and "&#34;&gt;&lt;script&gt;" in drawn
    view = re.search(r'viewBox="([\d. -]+)"', drawn)
    assert view is not None
    x, y, w, h = map(float, view.group(1).split())
    assert w < 500 and x < (51.4 + 180) * 1000 / 360 < x + w
    assert drawn.count('class="land hi"') == 1
