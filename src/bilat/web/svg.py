"""Server-side SVG: the world map and the charts, so that every page reads without JavaScript.

Every label is escaped; shapes use presentation attributes (no inline styles) so that the
page's Content-Security-Policy can forbid them.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup, escape

WORLD = Path(__file__).parent / "static" / "world.json"

# Equirectangular, cropped to where people live: Antarctica adds nothing to a map of diplomacy.
_NORTH, _SOUTH = 84.0, -58.0
_W = 1000.0
_K = _W / 360.0
_H = (_NORTH - _SOUTH) * _K


def _xy(lon: float, lat: float) -> tuple[float, float]:
    return (lon + 180.0) * _K, (_NORTH - max(_SOUTH, min(_NORTH, lat))) * _K


@dataclass(frozen=True)
class Country:
    iso3: str | None
    name: str
    path: str


@lru_cache(maxsize=1)
def world() -> tuple[Country, ...]:
    """The bundled Natural Earth 1:110m outline as SVG path data, projected once per process."""
    data = json.loads(WORLD.read_text(encoding="utf-8"))
    out = []
    for c in data["countries"]:
        parts = []
        for ring in c["rings"]:
            pts = [_xy(lon, lat) for lon, lat in ring]
            parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
        out.append(Country(iso3=c.get("iso3"), name=c["name"], path="".join(parts)))
    return tuple(out)


@dataclass(frozen=True)
class Point:
    lon: float
    lat: float
    label: str
    href: str
    count: int = 1


def _view(points: Sequence[Point]) -> tuple[float, float, float, float]:
    """A viewBox around the points (with room to read them), keeping the map's proportions."""
    if not points:
        return 0.0, 0.0, _W, _H
    xs, ys = zip(*(_xy(p.lon, p.lat) for p in points), strict=True)
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    w = max(x1 - x0, 50 * _K) * 1.5
    h = max(y1 - y0, 25 * _K) * 1.5
    aspect = _W / _H
    w, h = max(w, h * aspect), max(h, w / aspect)
    w, h = min(w, _W), min(h, _H)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    x = min(max(cx - w / 2, 0.0), _W - w)
    y = min(max(cy - h / 2, 0.0), _H - h)
    return x, y, w, h


_BASE_STYLE = (
    ".sea{fill:#f2f6f9}.grid{stroke:#e1e8ee;stroke-width:1}.land{fill:#e3e6e1;stroke:#fff;stroke-width:.6}"
    "@media (prefers-color-scheme: dark){.sea{fill:#1a1f24}.grid{stroke:#232a30}"
    ".land{fill:#2b3238;stroke:#1c2126}}"
)


@lru_cache(maxsize=1)
def world_svg() -> str:
    """The base map as a standalone SVG document, served once and cached by the browser."""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_W:.0f} {_H:.1f}" '
        f'width="{_W:.0f}" height="{_H:.0f}"><style>{_BASE_STYLE}</style>',
        f'<rect class="sea" x="0" y="0" width="{_W:.0f}" height="{_H:.1f}"/>',
    ]
    for lon in range(-180, 181, 30):
        x0, _ = _xy(lon, 0)
        parts.append(f'<line class="grid" x1="{x0:.1f}" y1="0" x2="{x0:.1f}" y2="{_H:.1f}"/>')
    for lat in range(-30, 91, 30):
        _, y0 = _xy(0, lat)
        parts.append(f'<line class="grid" x1="0" y1="{y0:.1f}" x2="{_W:.0f}" y2="{y0:.1f}"/>')
    for c in world():
        parts.append(f'<path class="land" d="{c.path}"/>')
    parts.append("</svg>")
    return "".join(parts)


def world_map(
    points: Sequence[Point], *, highlight: frozenset[str] = frozenset(), label: str, base: str = "/world.svg"
) -> Markup:
    """An SVG map: the cached base outline, ``highlight`` countries tinted, one linked circle per place."""
    x, y, w, h = _view(points)
    scale = w / _W
    parts = [
        f'<svg class="map" viewBox="{x:.1f} {y:.1f} {w:.1f} {h:.1f}" role="group" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">',
        f'<image href="{escape(base)}" x="0" y="0" width="{_W:.0f}" height="{_H:.1f}" '
        'preserveAspectRatio="none"/>',
    ]
    for c in world():
        if c.iso3 and c.iso3 in highlight:
            parts.append(f'<path class="land hi" d="{c.path}"><title>{escape(c.name)}</title></path>')
    biggest = max((p.count for p in points), default=1)
    for p in sorted(points, key=lambda p: -p.count):
        px, py = _xy(p.lon, p.lat)
        r = (3.0 + 7.0 * math.sqrt(p.count / biggest)) * max(scale, 0.25)
        parts.append(
            f'<a href="{escape(p.href)}" class="pt" aria-label="{escape(p.label)}">'
            f'<circle cx="{px:.2f}" cy="{py:.2f}" r="{r:.2f}"/>'
            f"<title>{escape(p.label)}</title></a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def nice_ticks(top: float, n: int = 4) -> list[float]:
    """Round axis ticks from 0 to at least ``top``."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    count = math.ceil(top / step - 1e-9)
    return [i * step for i in range(count + 1)]


def compact(value: float, unit: str | None = None) -> str:
    """2.6e9, 'USD' -> '$2.6bn'; 12 -> '12'."""
    sign = "-" if value < 0 else ""
    v = abs(value)
    for limit, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if v >= limit:
            text = f"{v / limit:.3g}{suffix}"
            break
    else:
        text = f"{v:.3g}" if v % 1 else f"{v:.0f}"
    symbols = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥"}
    if unit in symbols:
        return f"{sign}{symbols[unit]}{text}"
    return f"{sign}{text}" + (f" {unit}" if unit else "")


_CW, _CH = 960.0, 220.0
_L, _R, _T, _B = 56.0, 28.0, 12.0, 28.0


def bar_chart(bars: Sequence[tuple[str, int]], *, label: str) -> Markup:
    """Vertical bars (events per month); ``bars`` are (label, value) in order."""
    if not bars:
        return Markup("")
    top = max(v for _, v in bars)
    ticks = nice_ticks(max(top, 1))
    ymax = ticks[-1]
    pw, ph = _CW - _L - _R, _CH - _T - _B
    bw = pw / len(bars)
    parts = [
        f'<svg class="chart" viewBox="0 0 {_CW:.0f} {_CH:.0f}" role="img" aria-label="{escape(label)}" '
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    for t in ticks:
        ty = _T + ph - ph * t / ymax
        parts.append(f'<line class="grid" x1="{_L}" x2="{_CW - _R}" y1="{ty:.1f}" y2="{ty:.1f}"/>')
        parts.append(f'<text class="tick" x="{_L - 6}" y="{ty + 4:.1f}" text-anchor="end">{t:g}</text>')
    every = max(1, math.ceil(len(bars) / 12))
    for i, (name, value) in enumerate(bars):
        bx = _L + i * bw
        bh = ph * value / ymax
        width = min(bw * 0.76, 40.0)
        parts.append(
            f'<rect class="bar" x="{bx + (bw - width) / 2:.1f}" y="{_T + ph - bh:.1f}" '
            f'width="{width:.1f}" height="{bh:.1f}"><title>{escape(name)}: {value}</title></rect>'
        )
        if i % every == 0:
            parts.append(
                f'<text class="tick" x="{bx + bw / 2:.1f}" y="{_CH - 8:.1f}" text-anchor="middle">'
                f"{escape(name)}</text>"
            )
    parts.append(f'<line class="axis" x1="{_L}" x2="{_CW - _R}" y1="{_T + ph}" y2="{_T + ph}"/>')
    parts.append("</svg>")
    return Markup("".join(parts))


def line_chart(
    series: Sequence[tuple[str, Sequence[tuple[dt.date, float]]]], *, label: str, unit: str | None = None
) -> Markup:
    """Values over time, one line with dots per series (e.g. trade by flow)."""
    pts = [p for _, s in series for p in s]
    if not pts:
        return Markup("")
    d0 = min(d for d, _ in pts)
    d1 = max(d for d, _ in pts)
    span = max((d1 - d0).days, 1)
    ticks = nice_ticks(max(max(v for _, v in pts), 0.0) or 1.0)
    ymax = ticks[-1]
    pw, ph = _CW - _L - _R, _CH - _T - _B

    def px(d: dt.date) -> float:
        if d0 == d1:
            return _L + pw / 2
        return _L + pw * (d - d0).days / span

    def py(v: float) -> float:
        return _T + ph - ph * max(v, 0.0) / ymax

    parts = [
        f'<svg class="chart" viewBox="0 0 {_CW:.0f} {_CH:.0f}" role="img" aria-label="{escape(label)}" '
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    for t in ticks:
        parts.append(f'<line class="grid" x1="{_L}" x2="{_CW - _R}" y1="{py(t):.1f}" y2="{py(t):.1f}"/>')
        parts.append(
            f'<text class="tick" x="{_L - 6}" y="{py(t) + 4:.1f}" text-anchor="end">'
            f"{escape(compact(t, unit))}</text>"
        )
    years = range(d0.year, d1.year + 2)
    step = max(1, math.ceil(len(years) / 10))
    for year in years[::step]:
        d = dt.date(year, 1, 1)
        if d0 <= d <= d1 or d0 == d1:
            x = px(d) if d0 != d1 else _L + pw / 2
            shown = year if d0 != d1 else d0.year
            parts.append(
                f'<text class="tick" x="{x:.1f}" y="{_CH - 8:.1f}" text-anchor="middle">{shown}</text>'
            )
            if d0 == d1:
                break
    for i, (name, s) in enumerate(series):
        ordered = sorted(s)
        cls = f"s{i % 4}"
        if len(ordered) > 1:
            path = "M" + "L".join(f"{px(d):.1f},{py(v):.1f}" for d, v in ordered)
            parts.append(f'<path class="line {cls}" d="{path}"/>')
        for d, v in ordered:
            parts.append(
                f'<circle class="dot {cls}" cx="{px(d):.1f}" cy="{py(v):.1f}" r="3.5">'
                f"<title>{escape(name)} {d.isoformat()}: {escape(compact(v, unit))}</title></circle>"
            )
    parts.append(f'<line class="axis" x1="{_L}" x2="{_CW - _R}" y1="{_T + ph}" y2="{_T + ph}"/>')
    parts.append("</svg>")
    return Markup("".join(parts))
