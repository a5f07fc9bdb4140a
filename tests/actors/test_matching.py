"""Gazetteer matching: the index keys it builds from tokens equal ``normalise`` of the text."""

from __future__ import annotations

from typing import Any

from bilat.actors.gazetteer import MAX_TOKENS, case_ok, load, normalise
from bilat.actors.matching import _Tokens, find_matches

TEXT = (
    "St. Petersburg hosted Côte d'Ivoire's envoy and the U.S.-Japan panel; "
    "Al - Assad’s aide met  President Erdoğan in São Paulo.\n\nThe Kremlin  said so."
)


def test_matching_keys_built_from_tokens_equal_normalised_span_text(nlp: Any) -> None:
    doc = nlp.make_doc(TEXT)
    toks = _Tokens.of(doc)
    spans = [(i, j) for i in range(len(doc)) for j in range(i + 1, min(len(doc), i + 8) + 1)]
    assert [toks.key(i, j) for i, j in spans] == [normalise(doc[i:j].text) for i, j in spans]


def test_matching_finds_the_longest_listed_phrase_across_diacritics(bilat_nlp: Any) -> None:
    doc = bilat_nlp("Officials in São Paulo and the Kremlin welcomed the visit by the Saudi crown prince.")
    assert [(p.evidence.text, p.country) for p in doc._.bilat_places] == [("São Paulo", "BRA")]
    # "the Saudi crown prince", named nowhere, is kept as an unnamed holder of the title
    assert [(m.evidence.text, m.country) for m in doc._.bilat_mentions] == [
        ("the Kremlin", "RUS"),
        ("the Saudi crown prince", "SAU"),
        ("Saudi", "SAU"),
    ]


def _reference_matches(doc: Any, gaz: Any) -> list[tuple[int, int]]:
    """The matcher without its shortcuts: every span, longest first, keyed from its text."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        best = None
        for start in (i, i + 1) if doc[i].lower_ == "the" else (i,):
            for j in range(min(len(doc), start + MAX_TOKENS), start, -1):
                span = doc[start:j]
                if doc[start].is_space or doc[start].is_punct or "\n" in span.text:
                    continue
                if doc[j - 1].is_space or (doc[j - 1].is_punct and doc[j - 1].text != "."):
                    continue
                key, words = normalise(span.text), [t.text for t in span]
                found = [*gaz.lookup(key), *gaz.lookup_city(key)]
                if any(case_ok(e.case, words) for e in found):
                    if best is None or j > best[1]:
                        best = (start, j)
                    break
        if best is None:
            i += 1
            continue
        out.append(best)
        i = best[1]
    return out


def test_matcher_shortcuts_find_what_trying_every_span_finds(nlp: Any) -> None:
    gaz = load()
    text = (
        "the west bank and the West Bank; south korean exports to South Korea rose, dpa said, "
        "quoting the papal nuncio in El Salvador, the united kingdom and THE UNITED STATES. "
        "Officials from the Democratic Republic of the Congo met in Saint-Petersburg and St. Louis."
    )
    doc = nlp(text)
    assert [(m.start, m.end) for m in find_matches(doc, gaz)] == _reference_matches(doc, gaz)


def test_abbreviated_saint_finds_the_city_not_its_last_word(bilat_nlp: Any) -> None:
    doc = bilat_nlp("The two presidents met in St. Petersburg on Friday.")
    assert [(p.evidence.text, p.name, p.country) for p in doc._.bilat_places] == [
        ("St. Petersburg", "Saint Petersburg", "RUS")
    ]
