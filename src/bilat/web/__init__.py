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
from bilat.api.deps import SessionDep
from bilat.errors import Errors, InputError, NotFound
from bilat.query import EventView, EvidenceView
from bilat.records import EVENT_TYPES
from bilat.web import svg
from bilat.web.highlight import Span, excerpt, highlight, marked

HERE = Path(__file__).parent
STATUSES = ("occurred", "planned", "proposed", "cancelled", "denied", "ongoing")
PAGE_SIZE = 50
#: The timeline's orders as the form offers them ("date" is the default, the empty choice).
SORT_LABELS = {
    "-date": "Date, newest first",
    "type": "Event type",
    "-reports": "Most reported first",
    "-confidence": "Most confident first",
    "confidence": "Least confident first",
}
#: The pages the navigation shows; a page joins when its query function exists.
PAGES = frozenset({"timeline", "map", "documents", "actors", "places", "search", "commitments", "relations"})

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


def render(request: Request, name: str, status_code: int = 200, /, **context: Any) -> Response:
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
        self.actor = (qp.get("actor") or "").strip()[:255] or None
        self.since = _param_date(qp.get("since"), "since")
        self.until = _param_date(qp.get("until"), "until")
        self.offset = _param_int(qp.get("offset"), "offset", 0)
        self.sort = (qp.get("sort") or "").strip() or "date"
        if self.sort not in query.SORTS:
            raise InputError(
                Errors.E802.format(name="sort", value=self.sort, detail="one of " + ", ".join(query.SORTS))
            )

    def query(self, **override: Any) -> str:
        params: list[tuple[str, str]] = [("country", c) for c in self.countries]
        params += [("type", t) for t in self.types]
        params += [("status", s) for s in self.statuses]
        if self.actor:
            params.append(("actor", self.actor))
        if self.since:
            params.append(("since", self.since.isoformat()))
        if self.until:
            params.append(("until", self.until.isoformat()))
        if self.sort != "date":
            params.append(("sort", self.sort))
        for key, value in override.items():
            params = [(k, v) for k, v in params if k != key]
            if value not in (None, "", 0):
                params.append((key, str(value)))
        return urlencode(params)

    @property
    def active(self) -> bool:
        return bool(
            self.countries
            or self.types
            or self.statuses
            or self.actor
            or self.since
            or self.until
            or self.sort != "date"
        )


def _timeline(session: Any, f: Filters, limit: int | None, offset: int = 0) -> list[EventView]:
    return query.timeline(
        session,
        countries=f.countries,
        actor=f.actor,
        since=f.since,
        until=f.until,
        types=f.types,
        statuses=f.statuses,
        sort=f.sort,
        limit=limit,
        offset=offset,
    )


@router.get("/")
def timeline_page(request: Request, session: SessionDep) -> Response:
    f = Filters(request)
    notice = None
    try:
        rows = _timeline(session, f, PAGE_SIZE + 1, f.offset)
    except NotFound as err:  # an actor name that matches nobody: say so next to the filters
        rows, notice = [], err.message.split("] ", 1)[-1]
    more = len(rows) > PAGE_SIZE
    return render(
        request,
        "timeline.html",
        nav="timeline",
        events=rows[:PAGE_SIZE],
        f=f,
        notice=notice,
        countries=query.event_countries(session),
        actor_names=[a.name for a in query.actors(session, limit=300)],
        types=EVENT_TYPES,
        statuses=STATUSES,
        sorts=SORT_LABELS,
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
    docs = query.documents(session, ids=sorted(by_doc))
    texts = query.document_texts(session, sorted(by_doc))
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
    rows = query.documents(session, limit=PAGE_SIZE + 1, offset=offset)
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
    doc = query.document(session, doc_id)
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
    try:
        events = _timeline(session, f, limit=None)
    except NotFound:
        events = []
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
        countries=query.event_countries(session),
        types=EVENT_TYPES,
        statuses=STATUSES,
    )


def _pager_offsets(offset: int, fetched: int, size: int = PAGE_SIZE) -> dict[str, int | None]:
    return {
        "prev_offset": max(offset - size, 0) if offset else None,
        "next_offset": offset + size if fetched > size else None,
    }


def _text(request: Request, name: str, limit: int = 255) -> str | None:
    return (request.query_params.get(name) or "").strip()[:limit] or None


def _country(request: Request, name: str = "country") -> str | None:
    code = (_text(request, name, 3) or "").upper() or None
    if code is not None and (len(code) != 3 or not code.isalpha()):
        raise InputError(Errors.E802.format(name=name, value=code, detail="use ISO3 codes"))
    return code


@router.get("/actors")
def actors_page(request: Request, session: SessionDep) -> Response:
    name, country = _text(request, "name"), _country(request)
    kind = _text(request, "kind")
    if kind not in (None, "person", "organisation", "country"):
        raise InputError(
            Errors.E802.format(name="kind", value=kind, detail="person, organisation or country")
        )
    offset = _param_int(request.query_params.get("offset"), "offset", 0)
    rows = query.actors(session, name=name, country=country, kind=kind, limit=PAGE_SIZE + 1, offset=offset)
    params = {"name": name or "", "country": country or "", "kind": kind or ""}
    return render(
        request,
        "actors.html",
        nav="actors",
        actors=rows[:PAGE_SIZE],
        params=params,
        make_query=lambda **kw: urlencode({k: v for k, v in {**params, **kw}.items() if v}),
        countries=query.event_countries(session),
        **_pager_offsets(offset, len(rows)),
    )


@router.get("/actors/{ref}")
def actor_page(request: Request, session: SessionDep, ref: str) -> Response:
    profile = query.actor(session, ref)
    return render(request, "actor.html", nav="actors", p=profile)


@router.get("/places")
def places_page(request: Request, session: SessionDep) -> Response:
    name, country = _text(request, "name"), _country(request)
    rows = query.places(session, name=name, country=country, limit=500)
    points = [
        svg.Point(
            r.place.lon, r.place.lat, f"{r.place.name}: {r.events} events", f"/places/{r.place.id}", r.events
        )
        for r in rows
        if r.place.lat is not None and r.place.lon is not None
    ]
    return render(
        request,
        "places.html",
        nav="places",
        places=rows,
        params={"name": name or "", "country": country or ""},
        countries=query.event_countries(session),
        drawn=svg.world_map(points, label="Map of places") if points else None,
    )


@router.get("/places/{ref}")
def place_page(request: Request, session: SessionDep, ref: str) -> Response:
    profile = query.place(session, ref, limit=500)
    pl = profile.place
    drawn = None
    if pl.lat is not None and pl.lon is not None:
        drawn = svg.world_map(
            [svg.Point(pl.lon, pl.lat, pl.name, f"/places/{pl.id}")],
            highlight=frozenset([pl.country]) if pl.country else frozenset(),
            label=f"Map: {pl.name}",
        )
    return render(request, "place.html", nav="places", p=profile, drawn=drawn)


@router.get("/search")
def search_page(request: Request, session: SessionDep) -> Response:
    q = _text(request, "q", 500)
    offset = _param_int(request.query_params.get("offset"), "offset", 0)
    hits = query.search(session, q, limit=21, offset=offset) if q else []
    return render(
        request,
        "search.html",
        nav="search",
        q=q or "",
        offset=offset,
        hits=[(h, marked(h.snippet)) for h in hits[:20]],
        make_query=lambda **kw: urlencode({"q": q or "", **{k: v for k, v in kw.items() if v}}),
        **_pager_offsets(offset, len(hits), 20),
    )


COMMITMENT_STATES = ("overdue", "pending", "kept", "cancelled")


@router.get("/commitments")
def commitments_page(request: Request, session: SessionDep) -> Response:
    f = Filters(request)
    states = _choices(request.query_params.getlist("state"), COMMITMENT_STATES, "state")
    as_of = _param_date(request.query_params.get("as_of"), "as_of")
    every = query.commitments(session, countries=f.countries, types=f.types, as_of=as_of)
    counts = {s: sum(1 for c in every if c.state == s) for s in COMMITMENT_STATES}
    shown = [c for c in every if not states or c.state in states]
    return render(
        request,
        "commitments.html",
        nav="commitments",
        f=f,
        state=states[0] if states else "",
        as_of=as_of,
        counts=counts,
        commitments=shown,
        states=COMMITMENT_STATES,
        countries=query.event_countries(session),
        types=EVENT_TYPES,
    )


def _months(first: str, last: str) -> list[str]:
    """Every YYYY-MM from ``first`` to ``last``, so that quiet months show as gaps."""
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


@router.get("/relations")
def relations_page(request: Request, session: SessionDep) -> Response:
    codes = _choices(request.query_params.getlist("country"), None, "country", upper=True)[:2]
    as_of = _param_date(request.query_params.get("as_of"), "as_of")
    pairs = query.country_pairs(session)
    context: dict[str, Any] = {"codes": codes, "pairs": pairs, "rel": None, "as_of": as_of}
    if len(codes) == 2:
        rel = query.relations(session, codes[0], codes[1], as_of=as_of)
        per_month: dict[str, int] = defaultdict(int)
        for mc in rel.by_month:
            per_month[mc.month] += mc.count
        months = _months(min(per_month), max(per_month)) if per_month else []
        bars = [(m, per_month.get(m, 0)) for m in months]
        series: dict[str, list[tuple[dt.date, float]]] = defaultdict(list)
        unit = None
        for fact in rel.trade:
            if fact.metric == "trade_value" and fact.value is not None and fact.period_start is not None:
                series[
                    f"{fact.flow} ({fact.reporter}→{fact.partner})" if fact.flow != "total" else "total"
                ].append((fact.period_start, fact.value))
                unit = unit or fact.unit
        names = [country_name(c) for c in rel.countries]
        context.update(
            rel=rel,
            bars=bars,
            events_chart=svg.bar_chart(bars, label=f"Events per month, {names[0]} and {names[1]}"),
            series=list(series.items()),
            trade_chart=svg.line_chart(
                list(series.items()), label=f"Trade between {names[0]} and {names[1]}", unit=unit
            ),
        )
    return render(
        request,
        "relations.html",
        nav="relations",
        countries=query.event_countries(session),
        **context,
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
