#!/usr/bin/env python3
"""Check and normalise the political-actor dictionary ``src/bilat/data/gazetteer/people.tsv``.

Usage:
    scripts/build_people.py                 # check, derive surname aliases, sort, rewrite in place
    scripts/build_people.py --add BATCH...  # first append rows written in the compact batch form

The compact batch form keeps hand-written batches short: a header line ``@ISO3 ROLE [ORGANISATION]``
(``-`` for no country; ROLE a code below or a full role name), then one line per term:
``START END Full Name | alias | alias`` with START/END as YYYY-MM or YYYY and END ``-`` while in office.

Every row must carry a valid country code (ISO 3166-1 alpha-3, or a historical code SUN/DDR/YUG/CSK
and the few non-ISO ones below), a known role and start <= end. Surnames are derived (family name
first for Chinese and Korean names; "da Silva", "de Klerk" keep their particle; names with bin/ibn
and regnal names get none) and added to the aliases so that the file says what it matches.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

PATH = Path(__file__).resolve().parents[1] / "src" / "bilat" / "data" / "gazetteer" / "people.tsv"
HEADER = (
    "# Political actors with time-bounded roles (CAMEO/PLOVER-style actor dictionary), checked and\n"
    "# sorted by scripts/build_people.py. Dates are YYYY-MM or YYYY; an empty end means in office.\n"
    "# igo_head/envoy rows may name the organisation they serve in the last column.\n"
    "# name\taliases (|)\tcountry\trole\tstart\tend\torganisation\n"
)
CODES = {
    "HS": "head_of_state",
    "HG": "head_of_government",
    "FM": "foreign_minister",
    "DM": "defence_minister",
    "PL": "party_leader",
    "VP": "vice_president",
    "IGO": "igo_head",
    "EN": "envoy",
    "L": "leader",
    "SC": "security_council_secretary",
    "CB": "central_bank_governor",
    "DHG": "deputy_head_of_government",
}
ROLES = frozenset(CODES.values()) | {"ambassador", "military", "legislator"}
EXTRA_CODES = frozenset({"SUN", "DDR", "YUG", "CSK", "XKX", "PSE"})
FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})
NO_DERIVED = frozenset({"KHM", "MMR", "THA_GIVEN"})
PARTICLES = frozenset("da de do dos das du van von der den la le del di zu ter".split())
SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
ROMAN = re.compile(r"^[IVX]+$")
#: Last words that are a clan or honorific name rather than what news calls the person ("Daoud Khan").
GENERIC_SURNAMES = frozenset({"Khan"})
DATE = re.compile(r"^\d{4}(-\d{2})?$")


def compact_rows(path: Path) -> list[list[str]]:
    rows: list[list[str]] = []
    iso = role = org = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split(None, 2)
            iso = "" if parts[0] == "-" else parts[0]
            role = CODES.get(parts[1], parts[1])
            org = parts[2] if len(parts) > 2 else ""
            continue
        start, end, rest = line.split(None, 2)
        names = [p.strip() for p in rest.split("|") if p.strip()]
        rows.append([names[0], "|".join(names[1:]), iso, role, start, "" if end == "-" else end, org])
    return rows


def surname(name: str, country: str) -> str | None:
    """The form news uses for the person on second mention, or None when it is not derivable."""
    words = name.split()
    if len(words) < 2 or country in NO_DERIVED:
        return None
    low = [w.lower() for w in words]
    if any(w in {"bin", "ibn", "bint", "binti", "al"} for w in low):
        return None
    if len(words) == 2 and ROMAN.match(words[1]):
        return None  # "Elizabeth II"
    while len(words) > 2 and low[-1] in SUFFIXES:
        words, low = words[:-1], low[:-1]
    if country in FAMILY_FIRST:
        return words[0]
    if len(words) >= 3 and low[-2] in PARTICLES:
        k = len(words) - 2
        while k > 1 and low[k - 1] in PARTICLES:
            k -= 1
        return " ".join(words[k:])
    last = words[-1]
    if "." in last or len(last) < 2 or (last in GENERIC_SURNAMES and len(words) >= 3):
        return None
    return last


def check(rows: list[list[str]]) -> list[str]:
    import pycountry

    valid = {c.alpha_3 for c in pycountry.countries} | EXTRA_CODES
    errors = []
    for r in rows:
        name, _, iso, role, start, end, _ = r
        where = f"{name} ({iso} {role} {start})"
        if iso and iso not in valid:
            errors.append(f"{where}: unknown country {iso}")
        if not iso and role not in {"igo_head", "envoy"}:
            errors.append(f"{where}: no country")
        if role not in ROLES:
            errors.append(f"{where}: unknown role {role}")
        if not DATE.match(start) or (end and not DATE.match(end)):
            errors.append(f"{where}: bad date")
        elif end and end < start:
            errors.append(f"{where}: ends before it starts")
    return errors


def normalise_rows(rows: list[list[str]]) -> list[list[str]]:
    out: dict[tuple[str, ...], list[str]] = {}
    for r in rows:
        r = (r + [""] * 7)[:7]
        aliases = [a for a in r[1].split("|") if a.strip()]
        s = surname(r[0], r[2])
        if s and s not in aliases and s != r[0]:
            aliases.append(s)
        r[1] = "|".join(dict.fromkeys(a.strip() for a in aliases))
        key = (r[0], r[2], r[3], r[4])
        out[key] = r
    return sorted(out.values(), key=lambda r: (r[2] or "~", r[3], r[4], r[0]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--add", nargs="*", type=Path, default=[], help="compact batch files to append")
    args = ap.parse_args()
    rows: list[list[str]] = []
    if PATH.exists():
        for line in PATH.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                rows.append(line.split("\t"))
    for batch in args.add:
        rows.extend(compact_rows(batch))
    rows = normalise_rows(rows)
    errors = check(rows)
    for e in errors:
        print(e, file=sys.stderr)  # noqa: T201
    if errors:
        return 1
    PATH.write_text(HEADER + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    people = {(r[0], r[2]) for r in rows}
    countries = len({r[2] for r in rows})
    print(f"{len(rows)} rows, {len(people)} people, {countries} countries -> {PATH}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
