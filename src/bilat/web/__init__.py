"""The web UI: HTML pages over the same query functions as the API and the CLI.

Every page reads without JavaScript (filters are GET forms, charts and the map are SVG drawn
here); ``static/app.js`` only adds conveniences.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pycountry
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from bilat import query
from bilat.api import _lookups
from bilat.api.deps import SessionDep
from bilat.errors import Errors, InputError
from bilat.query import EventView, EvidenceView
from bilat.records import EVENT_TYPES
from bilat.web import svg
from bilat.web.highlight import Span, excerpt, highlight

HERE = Path(__file__).parent
STATUSES = ("occurred", "planned", "proposed", "cancelled", "denied", "ongoing")
PAGE_SIZE = 50
#: The pages the navigation shows; a page joins when its query function exists.
PAGES = frozenset({"timeline", "map", "documents"})

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@lru_cache(maxsize=512)
def country_name(code: str | None) -> str:
    if not code:
        return ""
    found = pycountry.countries.get(alpha_3=code.upper())
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)


def role_label(role: str | None) -> str:
    return (role or "").replace("_", " ")


def date_range(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return "undated"
    if end is None or end == start:
        return start.isoformat()
    if (
        start.day == 1
        and end.month == start.month
        and end.year == start.year
        and (end + dt.timedelta(1)).day == 1
    ):
        return start.strftime("%Y-%m")
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    return f"{start.isoformat()} – {end.isoformat()}"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html", "svg", "xml"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["country"] = country_name
    env.filters["role"] = role_label
    env.globals["date_range"] = date_range
    env.globals["compact"] = svg.compact
    env.globals["pages"] = PAGES
    return env


templates = Jinja2Templates(env=_environment())


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def render_error(request: Request, code: str, message: str, status: int) -> Response:
    return render(request, "error.html", status, code=code, message=message, status=status, nav="")


def _param_date(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(Errors.E802.format(name=name, value=value, detail="use YYYY-MM-DD")) from exc


def _param_int(value: str | None, name: str, default: int) -> int:
    if not value:
        return default
    try:
        number = int(value)
    except ValueError as exc:
        raise InputError(Errors.E802.format(name=name, value=value, detail="not a number")) from exc
    if number < 0:
        raise InputError(Errors.E802.format(name=name, value=value, detail="must not be negative"))
    return number


def _choices(values: list[str], allowed: tuple[str, ...] | None, name: str, upper: bool = False) -> list[str]:
    out = []
    for raw in values:
        value = raw.strip().upper() if upper else raw.strip()
        if not value:
            continue
        if allowed is not None and value not in allowed:
            raise InputError(Errors.E802.format(name=name, value=raw, detail="unknown value"))
        out.append(value)
    return out


class Filters:
    """The timeline filters as read from a GET form; the same names as the API's parameters."""

    def __init__(self, request: Request) -> None:
        qp = request.query_params
        self.countries = _choices(qp.getlist("country"), None, "country", upper=True)[:2]
        for code in self.countries:
            if len(code) != 3 or not code.isalpha():
                raise InputError(Errors.E802.format(name="country", value=code, detail="use ISO3 codes"))
        self.types = _choices(qp.getlist("type"), EVENT_TYPES, "type", upper=True)
        self.statuses = _choices(qp.getlist("status"), STATUSES, "status")
        self.since = _param_date(qp.get("since"), "since")
        self.until = _param_date(qp.get("until"), "until")
        self.offset = _param_int(qp.get("offset"), "offset", 0)

    def query(self, **override: Any) -> str:
        params: list[tuple[str, str]] = [("country", c) for c in self.countries]
        params += [("type", t) for t in self.types]
        params += [("status", s) for s in self.statuses]
        if self.since:
            params.append(("since", self.since.isoformat()))
        if self.until:
            params.append(("until", self.until.isoformat()))
        for key, value in override.items():
            params = [(k, v) for k, v in params if k != key]
            if value not in (None, "", 0):
                params.append((key, str(value)))
        return urlencode(params)

    @property
    def active(self) -> bool:
        return bool(self.countries or self.types or self.statuses or self.since or self.until)


def _timeline(session: Any, f: Filters, limit: int | None, offset: int = 0) -> list[EventView]:
    return query.timeline(
        session,
        countries=f.countries,
        since=f.since,
        until=f.until,
        types=f.types,
        statuses=f.statuses,
        limit=limit,
        offset=offset,
    )


@router.get("/")
def timeline_page(request: Request, session: SessionDep) -> Response:
    f = Filters(request)
    rows = _timeline(session, f, PAGE_SIZE + 1, f.offset)
    more = len(rows) > PAGE_SIZE
    return render(
        request,
        "timeline.html",
        nav="timeline",
        events=rows[:PAGE_SIZE],
        f=f,
        countries=_lookups.event_countries(session),
        types=EVENT_TYPES,
        statuses=STATUSES,
        prev_offset=max(f.offset - PAGE_SIZE, 0) if f.offset else None,
        next_offset=f.offset + PAGE_SIZE if more else None,
    )


_FIELD_LABELS = {"trigger": "trigger", "date": "date", "location": "place", "actor": "actor"}


def _event_spans(event: EventView) -> dict[str, list[Span]]:
    """The evidence spans of every report of ``event``, by document."""
    by_doc: dict[str, list[Span]] = defaultdict(list)
    spans: list[EvidenceView] = [ev for m in event.mentions for ev in m.evidence] or list(event.evidence)
    for i, s in enumerate(spans):
        anchor = f"ev-{i}" if s.field == "sentence" else None
        by_doc[s.doc_id].append(
            Span(s.start, s.end, s.field, anchor=anchor, label=_FIELD_LABELS.get(s.field))
        )
    return by_doc


@router.get("/events/{event_id}")
def event_page(request: Request, session: SessionDep, event_id: int) -> Response:
    event = query.event(session, event_id)
    by_doc = _event_spans(event)
    docs = _lookups.list_documents(session, ids=sorted(by_doc))
    texts = _lookups.document_texts(session, sorted(by_doc))
    reports = []
    for doc in sorted(docs, key=lambda d: (d.published or dt.date.max, d.id)):
        text = texts.get(doc.id, "")
        doc_spans = by_doc[doc.id]
        sentences = [s for s in doc_spans if s.kind == "sentence"] or doc_spans
        reports.append(
            {
                "doc": doc,
                "excerpts": [
                    excerpt(text, [x for x in doc_spans if sent.start <= x.start and x.end <= sent.end])
                    for sent in sentences
                ],
                "full": highlight(text, doc_spans),
            }
        )
    place = event.place
    mini_map = None
    if place is not None and place.lat is not None and place.lon is not None:
        mini_map = svg.world_map(
            [svg.Point(place.lon, place.lat, place.name, f"/places/{place.id}")],
            highlight=frozenset(event.countries),
            label=f"Map: {place.name}",
        )
    return render(request, "event.html", nav="timeline", event=event, reports=reports, mini_map=mini_map)


@router.get("/documents")
def documents_page(request: Request, session: SessionDep) -> Response:
    offset = _param_int(request.query_params.get("offset"), "offset", 0)
    rows = _lookups.list_documents(session, limit=PAGE_SIZE + 1, offset=offset)
    return render(
        request,
        "documents.html",
        nav="documents",
        documents=rows[:PAGE_SIZE],
        prev_offset=max(offset - PAGE_SIZE, 0) if offset else None,
        next_offset=offset + PAGE_SIZE if len(rows) > PAGE_SIZE else None,
    )


@router.get("/documents/{doc_id:path}")
def document_page(request: Request, session: SessionDep, doc_id: str) -> Response:
    doc = _lookups.get_document(session, doc_id)
    spans: list[Span] = []
    for event in doc.events:
        for ev in event.evidence:
            if ev.doc_id == doc.id:
                spans.append(
                    Span(
                        ev.start, ev.end, "sentence", href=f"/events/{event.id}", label=f"{event.type} event"
                    )
                )
    for fact in doc.facts:
        for ev in fact.evidence:
            if ev.field == "value":
                spans.append(Span(ev.start, ev.end, "value", anchor=f"fact-{fact.id}", label=fact.metric))
    return render(request, "document.html", nav="documents", doc=doc, body=highlight(doc.text, spans))


@router.get("/map")
def map_page(request: Request, session: SessionDep) -> Response:
    f = Filters(request)
    events = _timeline(session, f, limit=None)
    by_place: dict[int, list[EventView]] = defaultdict(list)
    for e in events:
        if e.place is not None and e.place.lat is not None and e.place.lon is not None:
            by_place[e.place.id].append(e)
    places = sorted(by_place.values(), key=lambda evs: -len(evs))
    points = [
        svg.Point(
            evs[0].place.lon,  # type: ignore[union-attr,arg-type]
            evs[0].place.lat,  # type: ignore[union-attr,arg-type]
            f"{evs[0].place.name}: {len(evs)} event{'s' if len(evs) != 1 else ''}",  # type: ignore[union-attr]
            f"/places/{evs[0].place.id}",  # type: ignore[union-attr]
            len(evs),
        )
        for evs in places
    ]
    drawn = svg.world_map(points, highlight=frozenset(f.countries), label="Map of event places")
    return render(
        request,
        "map.html",
        nav="map",
        f=f,
        drawn=drawn,
        places=places,
        unplaced=len(events) - sum(len(p) for p in places),
        total=len(events),
        countries=_lookups.event_countries(session),
        types=EVENT_TYPES,
        statuses=STATUSES,
    )


@router.get("/world.svg")
def world_outline() -> Response:
    return Response(
        svg.world_svg(), media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=86400"}
    )


def mount(app: FastAPI) -> None:
    """Serve the pages at ``/`` and the assets at ``/static``."""
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(router)


__all__ = ["mount", "render_error", "router"]
