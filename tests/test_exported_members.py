"""The public surface: ``bilat.__all__`` names exactly what the package exports."""

from __future__ import annotations

import bilat


def test_exported_members_match_all() -> None:
    exported = {
        name
        for name in dir(bilat)
        if not name.startswith("_") and name not in {"errors", "records", "settings"}
    }
    exported = {n for n in exported if not isinstance(getattr(bilat, n), type(bilat))}
    assert exported == set(bilat.__all__) - {"__version__"}


def test_exported_members_come_from_their_modules() -> None:
    for name in bilat.__all__:
        if name == "__version__":
            continue
        assert getattr(bilat, name).__module__.startswith("bilat.")
