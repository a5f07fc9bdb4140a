"""Gazetteer matching: the index keys it builds from tokens equal ``normalise`` of the text."""

from __future__ import annotations

from typing import Any

from bilat.actors.gazetteer import normalise
from bilat.actors.matching import _Tokens

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
    assert [(m.evidence.text, m.country) for m in doc._.bilat_mentions] == [
        ("the Kremlin", "RUS"),
        ("Saudi", "SAU"),
    ]
