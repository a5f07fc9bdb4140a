"""Score bilat's time stage on the hand-annotated passages, TempEval-3 style.

Usage::

    .venv/bin/python benchmarks/timex_eval.py [FIXTURE] [--verbose] [--group style|decade]

``FIXTURE`` defaults to ``tests/fixtures/timex/passages.txt`` (format in the README beside it:
passages with header lines and gold expressions marked up as ``[[extent|TYPE|VALUE(|MOD)]]``).

Measures, as TempEval-3 (UzZaman et al., 2013) defines them:

- strict span P/R/F1: a system expression matches a gold one with exactly the same extent;
- relaxed span P/R/F1: the extents overlap (each gold and system expression matches at most
  once, greedily by largest overlap);
- type and value: over the relaxed matches, a match counts when the attribute is equal;
  precision divides by the number of system expressions, recall by the number of gold ones
  (so attribute F1 is bounded by relaxed span F1), accuracy divides by the number of matches;
- mod: the same, over gold expressions that carry a mod or system ones that do.

Prints one table for all passages, then per group (``--group style`` uses the first word of
each passage's style line; ``decade`` the decade of its publication date). ``--verbose`` lists
every miss, spurious expression and wrong attribute.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "timex" / "passages.txt"
_MARK = re.compile(r"\[\[([^\]|]+)\|(DATE|TIME|DURATION|SET)\|([^\]|]+)(?:\|([A-Z_]+))?\]\]")


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass
class Passage:
    id: str
    published: dt.date | None
    style: str
    text: str
    gold: list[Gold] = field(default_factory=list)


def load(path: Path = FIXTURE) -> list[Passage]:
    """The passages of a fixture file, markup removed, gold offsets into the plain text."""
    passages: list[Passage] = []
    head: dict[str, str] = {}
    body: list[str] = []

    def flush() -> None:
        if not head:
            return
        raw = "\n".join(body).strip()
        text_parts: list[str] = []
        gold: list[Gold] = []
        pos = 0
        out_len = 0
        for m in _MARK.finditer(raw):
            text_parts.append(raw[pos : m.start()])
            out_len += m.start() - pos
            extent = m.group(1)
            gold.append(Gold(out_len, out_len + len(extent), extent, m.group(2), m.group(3), m.group(4)))
            text_parts.append(extent)
            out_len += len(extent)
            pos = m.end()
        text_parts.append(raw[pos:])
        pub = head.get("published", "none")
        passages.append(
            Passage(
                id=head["id"],
                published=None if pub == "none" else dt.date.fromisoformat(pub),
                style=head.get("style", ""),
                text="".join(text_parts),
                gold=gold,
            )
        )

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            key, _, val = line[3:].partition(":")
            if key.strip() == "id":
                flush()
                head, body = {}, []
            head[key.strip()] = val.strip()
        else:
            body.append(line)
    flush()
    return passages


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type: int = 0
    value: int = 0
    mod_gold: int = 0
    mod_sys: int = 0
    mod_ok: int = 0

    def add(self, other: Counts) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))


def _prf(hit: int, sys_n: int, gold_n: int) -> tuple[float, float, float]:
    p = hit / sys_n if sys_n else 0.0
    r = hit / gold_n if gold_n else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold: list[Gold], system: list[Gold], log: list[str] | None = None) -> Counts:
    c = Counts(gold=len(gold), system=len(system))
    c.strict = len({(g.start, g.end) for g in gold} & {(s.start, s.end) for s in system})
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                pairs.append((-ov, gi, si))
    pairs.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    for _, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        g, s = gold[gi], system[si]
        c.relaxed += 1
        c.type += g.type == s.type
        c.value += g.value == s.value
        if g.mod or s.mod:
            c.mod_gold += bool(g.mod)
            c.mod_sys += bool(s.mod)
            c.mod_ok += g.mod == s.mod
        if log is not None and (
            g.value != s.value or g.type != s.type or (g.start, g.end) != (s.start, s.end)
        ):
            log.append(f"  WRONG  gold {g.text!r} {g.type} {g.value}  |  sys {s.text!r} {s.type} {s.value}")
    if log is not None:
        log.extend(f"  MISS   {g.text!r} {g.type} {g.value}" for i, g in enumerate(gold) if i not in used_g)
        log.extend(f"  EXTRA  {s.text!r} {s.type} {s.value}" for i, s in enumerate(system) if i not in used_s)
    return c


def table(name: str, c: Counts) -> str:
    rows = [
        ("strict span", *_prf(c.strict, c.system, c.gold)),
        ("relaxed span", *_prf(c.relaxed, c.system, c.gold)),
        ("type", *_prf(c.type, c.system, c.gold)),
        ("value", *_prf(c.value, c.system, c.gold)),
    ]
    out = [
        f"{name}: {c.gold} gold, {c.system} system, {c.relaxed} matched",
        f"{'':14}{'P':>7}{'R':>7}{'F1':>7}",
    ]
    out += [f"{label:14}{p:7.3f}{r:7.3f}{f:7.3f}" for label, p, r, f in rows]
    if c.relaxed:
        out.append(f"{'type acc':14}{c.type / c.relaxed:21.3f}")
        out.append(f"{'value acc':14}{c.value / c.relaxed:21.3f}")
    if c.mod_gold or c.mod_sys:
        out.append(f"{'mod':14}{_prf(c.mod_ok, c.mod_sys, c.mod_gold)[2]:21.3f}")
    return "\n".join(out)


def run(passages: list[Passage], verbose: bool = False) -> tuple[Counts, dict[str, Counts], list[str]]:
    from bilat import parse
    from bilat.temporal import find_timexes

    nlp = parse.load(with_stages=False)
    total = Counts()
    per: dict[str, Counts] = {}
    log: list[str] = []
    for p in passages:
        doc = nlp(parse.make_doc(nlp, p.text, p.id, p.published))
        system = [
            Gold(t.start, t.end, t.text, t.type, t.value, t.mod) for t in find_timexes(doc, p.published)
        ]
        plog: list[str] | None = [] if verbose else None
        c = score(p.gold, system, plog)
        if plog:
            log.append(f"{p.id} ({p.published})")
            log.extend(plog)
        total.add(c)
        per[p.id] = c
    return total, per, log


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("fixture", nargs="?", type=Path, default=FIXTURE)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--group", choices=["style", "decade"], default=None)
    args = ap.parse_args(argv)
    passages = load(args.fixture)
    total, per, log = run(passages, args.verbose)
    if log:
        print("\n".join(log))
        print()
    print(f"{len(passages)} passages")
    print(table("ALL", total))
    if args.group:
        groups: dict[str, Counts] = defaultdict(Counts)
        for p in passages:
            if args.group == "decade":
                key = f"{p.published.year // 10 * 10}s" if p.published else "undated"
            else:
                key = p.style.split(",")[0].split()[0] if p.style else "?"
            groups[key].add(per[p.id])
        for key in sorted(groups):
            c = groups[key]
            print(f"{key:12} gold {c.gold:4}  value F1 {_prf(c.value, c.system, c.gold)[2]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
