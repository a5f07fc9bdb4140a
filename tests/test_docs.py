"""Docs that cannot drift: the generated pages must match the code (run ``cog -r docs/*.md``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cogapp import Cog

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ["docs/cli-reference.md", "docs/errors.md", "docs/settings.md"]


@pytest.mark.parametrize("page", GENERATED)
def test_docs_generated_page_is_current(page: str) -> None:
    status = Cog().main(["cog", "--check", str(ROOT / page)])
    assert status == 0, f"{page} is out of date: run  cog -r {page}"


def test_docs_readme_names_every_top_level_command() -> None:
    import typer

    from bilat.cli import app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in typer.main.get_command(app).commands if f"bilat {name}" not in readme]  # type: ignore[attr-defined]
    assert not missing, f"README does not show: {missing}"


def test_docs_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = 'eval "$(scripts/test-services.sh)" && .venv/bin/python -m pytest'
    assert command in readme and command in ci
