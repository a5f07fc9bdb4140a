"""Evidence highlighted inside its article, built from character offsets.

The article text is never trusted: each piece between two span boundaries is escaped on its
own with ``markupsafe.escape`` and only then wrapped in our own tags, so no offset can cut
through markup and no article can inject any.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape

#: Outer spans (a sentence) wrap inner ones (the trigger, an actor) when both cover a piece.
_DEPTH = {
    "sentence": 0,
    "fact": 0,
    "value": 1,
    "period": 1,
    "trigger": 1,
    "date": 1,
    "location": 1,
    "actor": 1,
}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # sentence, trigger, date, location, actor, value, period, fact, match
    href: str | None = None  # sentences may link to the event they report
    anchor: str | None = None  # an id for the first piece, to link to the span
    label: str | None = None  # shown as a tooltip and read by screen readers
    extra_classes: tuple[str, ...] = field(default=())


def _tags(span: Span, first: bool) -> tuple[str, str]:
    classes = " ".join(("hl", f"hl-{span.kind}", *span.extra_classes))
    attrs = [f'class="{escape(classes)}"']
    if first and span.anchor:
        attrs.append(f'id="{escape(span.anchor)}"')
    if span.label:
        attrs.append(f'title="{escape(span.label)}"')
    tag = "mark" if _DEPTH.get(span.kind, 1) == 0 or span.kind == "match" else "span"
    return f"<{tag} {' '.join(attrs)}>", f"</{tag}>"


def highlight(text: str, spans: Iterable[Span]) -> Markup:
    """``text`` as HTML with every span marked; spans may nest or overlap, offsets are clamped."""
    n = len(text)
    clean = [
        Span(s.start, min(s.end, n), s.kind, s.href, s.anchor, s.label, s.extra_classes)
        for s in spans
        if 0 <= s.start < s.end and s.start < n
    ]
    cuts = sorted({0, n, *(s.start for s in clean), *(s.end for s in clean)})
    seen: set[int] = set()
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = str(escape(text[a:b]))
        active = [s for s in clean if s.start <= a and b <= s.end]
        # Outer first, longer first: a stable nesting for every piece.
        active.sort(key=lambda s: (_DEPTH.get(s.kind, 1), -(s.end - s.start), s.start))
        closers: list[str] = []
        opened: list[str] = []
        for s in active:
            first = id(s) not in seen
            seen.add(id(s))
            start_tag, end_tag = _tags(s, first)
            opened.append(start_tag)
            closers.append(end_tag)
        link = next((s.href for s in active if s.href), None)
        if link:
            piece = f'<a href="{escape(link)}">{piece}</a>'
        out.append("".join(opened) + piece + "".join(reversed(closers)))
    return Markup("".join(out))


def window(text: str, start: int, end: int, context: int = 160) -> tuple[int, int]:
    """A readable window around ``text[start:end]``, cut at whitespace."""
    lo = max(0, start - context)
    hi = min(len(text), end + context)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    return lo, hi


def excerpt(text: str, spans: Sequence[Span], context: int = 160) -> Markup:
    """The part of ``text`` around the spans, highlighted, with ellipses where it was cut."""
    if not spans:
        return Markup(escape(text[: context * 2]))
    lo, hi = window(text, min(s.start for s in spans), max(s.end for s in spans), context)
    shifted = [
        Span(s.start - lo, s.end - lo, s.kind, s.href, s.anchor, s.label, s.extra_classes) for s in spans
    ]
    body = highlight(text[lo:hi], shifted)
    return Markup("…" if lo > 0 else "") + body + Markup("…" if hi < len(text) else "")


def marked(snippet: str, start: str = "«", end: str = "»") -> Markup:
    """A search snippet whose matches sit between ``start`` and ``end``, as escaped HTML with <mark>."""
    out: list[str] = []
    inside = False
    for piece in re.split(f"({re.escape(start)}|{re.escape(end)})", snippet):
        if piece == start and not inside:
            out.append('<mark class="hl hl-match">')
            inside = True
        elif piece == end and inside:
            out.append("</mark>")
            inside = False
        else:
            out.append(str(escape(piece)))
    if inside:
        out.append("</mark>")
    return Markup("".join(out))
