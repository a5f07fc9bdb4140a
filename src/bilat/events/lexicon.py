"""The PLOVER ontology and trigger lexicon, read once from ``bilat/data/plover``.

The recognition grammar never names a trigger word: every word, class and light-verb
combination lives in the data files so that the lexicon can grow without code changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: Condition keys whose values are word sets.
_SET_KEYS = frozenset(
    {
        "prep",
        "noprep",
        "noadvmod",
        "obj",
        "noobj",
        "mod",
        "nomod",
        "subj",
        "gov",
        "nogov",
        "objprep",
        "pred",
        "xcomp",
        "noxcomp",
        "nosubj",
        "nosubjhead",
        "xcompinto",
        "noadvcl",
        "noadvclverb",
        "objmod",
        "noobjmod",
        "aux",
        "govprep",
        "saidby",
        "readyto",
        "noxcompobj",
        "nogovof",
    }
)
#: Condition keys that take no value.
_FLAG_KEYS = frozenset(
    {
        "objparty",
        "objperson",
        "forperson",
        "toparty",
        "subjparty",
        "jointsubj",
        "comp",
        "clause",
        "ownwrong",
        "neg",
        "noacl",
        "noattr",
        "noclause",
        "nothat",
        "dative",
        "stopped",
        "nopurpose",
        "dated",
        "betweenparties",
        "nohypo",
        "nooprd",
    }
)


@dataclass(frozen=True)
class Condition:
    key: str
    values: frozenset[str] = frozenset()
    classes: frozenset[str] = frozenset()  # class names referenced with @NAME
    arg: str | None = None  # the preposition of a pobj= condition


@dataclass(frozen=True)
class TriggerEntry:
    type: str
    mode: str | None
    pos: str  # "verb" | "noun"
    lemma: str
    conditions: tuple[Condition, ...]
    weight: float


@dataclass(frozen=True)
class LightEntry:
    lemma: str
    preps: tuple[str, ...]  # path of prepositions/particles between verb and noun; () = object
    types: frozenset[str]  # noun event types it governs; "*" = any
    effect: str  # keep | type=X | status=S | drop


@dataclass(frozen=True)
class Lexicon:
    types: dict[str, dict]
    aliases: dict[str, str]
    classes: dict[str, frozenset[str]]
    verbs: dict[str, tuple[TriggerEntry, ...]]
    nouns: dict[str, tuple[TriggerEntry, ...]]
    light: dict[str, tuple[LightEntry, ...]]

    def in_class(self, word: str, cond: Condition) -> bool:
        w = word.lower()
        if w in cond.values:
            return True
        return any(w in self.classes.get(c, ()) for c in cond.classes)

    def canonical_type(self, label: str) -> str:
        label = label.upper()
        return self.aliases.get(label, label)

    def is_verbal(self, event_type: str) -> bool:
        return bool(self.types.get(event_type, {}).get("verbal"))


def _read(name: str) -> str:
    return resources.files("bilat.data.plover").joinpath(name).read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    out = []
    for line in _read(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(line.rstrip("\n").split("\t"))
    return out


def _condition(text: str) -> Condition:
    key, _, val = text.partition("=")
    key = key.strip()
    arg = None
    if key in ("pobj", "nopobj"):
        arg, _, val = val.partition(":")
    words = [v.strip().lower() for v in val.split("|") if v.strip()]
    values = frozenset(w for w in words if not w.startswith("@"))
    classes = frozenset(w[1:].upper() for w in words if w.startswith("@"))
    if key not in _SET_KEYS | _FLAG_KEYS | {"pobj", "nopobj"}:
        raise ValueError(f"unknown trigger condition {key!r}")
    return Condition(key=key, values=values, classes=classes, arg=arg)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    onto = json.loads(_read("ontology.json"))
    classes = {k.upper(): frozenset(v) for k, v in onto["classes"].items()}
    verbs: dict[str, list[TriggerEntry]] = {}
    nouns: dict[str, list[TriggerEntry]] = {}
    for row in _rows("triggers.tsv"):
        row += [""] * (6 - len(row))
        etype, mode, pos, lemma, context, weight = row[:6]
        conds = tuple(_condition(c) for c in context.split(";") if c.strip())
        entry = TriggerEntry(
            type=etype.strip().upper(),
            mode=mode.strip() or None,
            pos=pos.strip(),
            lemma=lemma.strip().lower(),
            conditions=conds,
            weight=float(weight or 0.5),
        )
        if entry.type not in onto["types"]:
            raise ValueError(f"trigger {lemma!r} has unknown type {etype!r}")
        (verbs if entry.pos == "verb" else nouns).setdefault(entry.lemma, []).append(entry)
    light: dict[str, list[LightEntry]] = {}
    for row in _rows("light.tsv"):
        lemma, prep, types, effect = (c.strip() for c in row[:4])
        preps = () if prep == "-" else tuple(prep.split("|"))
        light.setdefault(lemma, []).append(
            LightEntry(lemma=lemma, preps=preps, types=frozenset(types.split("|")), effect=effect)
        )
    return Lexicon(
        types=onto["types"],
        aliases=onto["aliases"],
        classes=classes,
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        light={k: tuple(v) for k, v in light.items()},
    )
