"""A synthetic but realistic news corpus of any size, the same every time for the same seed.

Each document recombines sentences of the sample corpus bundled with bilat
(``src/bilat/data/sample/articles.jsonl``; the paragraphs in ``fallback.txt`` when it is
absent): the opening paragraphs of one article, then sentences drawn from the others. Within
a document the countries are consistently swapped for another pair (name, adjective, capital),
the people named after a title get other names, and the years move with the publication date,
so that the knowledge base sees many actors, pairs and dates, not the same few events again.

    python benchmarks/corpus.py 1000 > corpus.jsonl
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "src" / "bilat" / "data" / "sample" / "articles.jsonl"
FALLBACK = HERE / "fallback.txt"


@dataclass(frozen=True)
class Country:
    name: str
    adjective: str
    capital: str


COUNTRIES = (
    Country("Iran", "Iranian", "Tehran"),
    Country("Russia", "Russian", "Moscow"),
    Country("China", "Chinese", "Beijing"),
    Country("India", "Indian", "New Delhi"),
    Country("Pakistan", "Pakistani", "Islamabad"),
    Country("Japan", "Japanese", "Tokyo"),
    Country("South Korea", "South Korean", "Seoul"),
    Country("France", "French", "Paris"),
    Country("Germany", "German", "Berlin"),
    Country("Greece", "Greek", "Athens"),
    Country("Turkey", "Turkish", "Ankara"),
    Country("Egypt", "Egyptian", "Cairo"),
    Country("Israel", "Israeli", "Jerusalem"),
    Country("Brazil", "Brazilian", "Brasília"),
    Country("Argentina", "Argentine", "Buenos Aires"),
    Country("Mexico", "Mexican", "Mexico City"),
    Country("Nigeria", "Nigerian", "Abuja"),
    Country("Indonesia", "Indonesian", "Jakarta"),
    Country("Poland", "Polish", "Warsaw"),
    Country("Canada", "Canadian", "Ottawa"),
    Country("Kenya", "Kenyan", "Nairobi"),
    Country("Vietnam", "Vietnamese", "Hanoi"),
    Country("Saudi Arabia", "Saudi", "Riyadh"),
)

GIVEN = (
    "Maria Elena Anna Jorge Luis Amir Hamid Sergei Olga Wang Li Rajesh Priya Kenji Yuki Min-jun "
    "Ji-woo Pierre Claire Klaus Petra Nikos Eleni Mehmet Ayse Ahmed Fatima Yossi Miriam Carlos Ana "
    "Juan Paulo Chinedu Ngozi Budi Siti Tomasz Agnieszka David Sarah Wanjiru Otieno Nguyen Thi Khalid Noura"
).split()
FAMILY = (
    "Alvarez Moreno Rahimi Karimi Volkov Petrov Zhang Chen Sharma Iyer Qureshi Malik Tanaka Sato Kim Park "
    "Dubois Lefevre Weber Schulz Papadakis Georgiou Yilmaz Demir Hassan Mansour Levi Cohen Silva Costa "
    "Fernandez Gomez Okafor Adeyemi Santoso Wijaya Nowak Kowalski Tremblay Martin Mwangi Kamau Tran Pham "
    "Al-Rashid Al-Saud Ortega Navarro"
).split()

_TITLES = (
    r"(?:Prime Minister|President|Chancellor|Foreign Minister|Foreign Secretary|Minister|Secretary|"
    r"Ambassador|King|Premier|Vice President|Deputy Foreign Minister|Energy Minister|Trade Minister|"
    r"Defence Minister|Defense Minister|Economy Minister|Finance Minister|spokesperson|spokesman|"
    r"Mr\.|Mrs\.|Ms\.)"
)
_NAME = r"(?:[A-Z][a-zé\-]+|[A-Z]\.)(?: (?:[A-Z][a-zé\-]+|[A-Z]\.)){1,3}"
_TITLED = re.compile(rf"\b{_TITLES} ({_NAME})")
_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“‘]?[A-Z])")
_YEAR = re.compile(r"\b(19[4-9]\d|20[0-3]\d)\b")


@lru_cache(maxsize=1)
def articles() -> tuple[tuple[int, tuple[tuple[str, ...], ...]], ...]:
    """(year, paragraphs as tuples of sentences) of every source article."""
    out = []
    if SAMPLE.exists():
        with SAMPLE.open(encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh if line.strip()]
        sources = [(int(str(r.get("published") or "2020")[:4]), r["text"]) for r in records]
    else:
        blocks = FALLBACK.read_text(encoding="utf-8").split("\n\n\n")
        sources = [(int(b[:4]), b[5:]) for b in blocks if b.strip()]
    for year, text in sources:
        paragraphs = tuple(
            tuple(s.strip() for s in _SENTENCE.split(p) if s.strip()) for p in text.split("\n\n") if p.strip()
        )
        out.append((year, paragraphs))
    return tuple(out)


def _swap_countries(text: str, rng: random.Random) -> str:
    """Swap every country of the text for another, consistently, in one pass."""
    targets = list(COUNTRIES)
    rng.shuffle(targets)
    table: dict[str, str] = {}
    for src, dst in zip(COUNTRIES, targets, strict=True):
        table[src.name] = dst.name
        table[src.adjective] = dst.adjective
        table[src.capital] = dst.capital
        table[src.capital.upper()] = dst.capital.upper()
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)) + r")\b"
    )
    return pattern.sub(lambda m: table[m.group(1)], text)


def _rename_people(text: str, rng: random.Random) -> str:
    """People named after a title get another name; their later bare surname follows."""
    names: dict[str, str] = {}
    for m in _TITLED.finditer(text):
        old = m.group(1)
        if old in names or old.split()[-1] in {"Ministry", "Office", "Council"}:
            continue
        names[old] = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    for old, new in sorted(names.items(), key=lambda kv: -len(kv[0])):
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
        surname = old.split()[-1]
        if len(surname) > 3:
            text = re.sub(rf"\b{re.escape(surname)}\b", new.split()[-1], text)
    return text


def document(i: int, seed: int = 0) -> dict[str, str]:
    """The ``i``-th document of the corpus: a JSON record in the sample corpus format."""
    rng = random.Random(f"bilat-bench:{seed}:{i}")
    sources = articles()
    base_year, base = sources[rng.randrange(len(sources))]
    published = dt.date(1980, 1, 1) + dt.timedelta(days=rng.randrange(45 * 365))
    paragraphs = [list(p) for p in base[: rng.randint(1, 3)]]
    for _ in range(rng.randint(1, 4)):
        _, other = sources[rng.randrange(len(sources))]
        sentences = [s for p in other for s in p]
        start = rng.randrange(len(sentences))
        paragraphs.append(sentences[start : start + rng.randint(1, 3)])
    text = "\n\n".join(" ".join(p) for p in paragraphs)
    shift = published.year - base_year
    text = _YEAR.sub(lambda m: str(min(2035, int(m.group(1)) + shift)), text)
    text = _rename_people(_swap_countries(text, rng), rng)
    first = _SENTENCE.split(text, maxsplit=1)[0]
    return {
        "id": f"bench-{seed}-{i:07d}",
        "published": published.isoformat(),
        "title": first[:80].rsplit(" ", 1)[0] if len(first) > 80 else first,
        "source": "bilat benchmark",
        "text": text,
    }


def documents(n: int, seed: int = 0, start: int = 0) -> Iterator[dict[str, str]]:
    for i in range(start, start + n):
        yield document(i, seed)


def write(path: Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` documents as JSONL, streamed (the corpus is never held in memory)."""
    with path.open("w", encoding="utf-8") as fh:
        for record in documents(n, seed):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    for record in documents(int(sys.argv[1]) if len(sys.argv) > 1 else 10):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
