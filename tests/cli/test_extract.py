"""``bilat extract`` and ``bilat ingest`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bilat.cli import app

GOOD = (
    "Chinese Vice Premier Liu He held talks with U.S. Trade Representative Robert Lighthizer in Washington "
    "on Thursday, and the two sides agreed to meet again in Beijing next month, officials said."
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "good-1", "text": GOOD, "published": "2019-01-31"}),
        "{broken json",
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"id": "good-2", "text": GOOD.replace("Thursday", "Friday"), "published": "2019-02-01"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_cli_extract_bad_lines_exit_1_with_one_line_each_and_keep_the_good(
    runner: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(corpus(tmp_path)), "--output", str(out), "--timexes"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 2
    assert "[E105]" in errors[0] and "in.jsonl:2" in errors[0]
    assert "[E101]" in errors[1] and "'empty'" in errors[1]
    assert "Traceback" not in result.output + result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["doc_id"] for r in records} <= {"good-1", "good-2"}
    assert "2 documents read, 2 failed" in result.stderr


@pytest.mark.slow
def test_cli_extract_writes_to_stdout_with_dash(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "g", "text": GOOD, "published": "2019-01-31"}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--output", "-", "--timexes"])
    assert result.exit_code == 0, result.stderr
    for line in result.stdout.splitlines():
        record = json.loads(line)
        assert record["doc_id"] == "g" and record["kind"] in {"event", "fact", "timex"}


def test_cli_missing_input_is_one_line_and_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    assert "[E108]" in result.stderr and "Traceback" not in result.stderr


def test_cli_ingest_without_inputs_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", "--db", f"sqlite:///{tmp_path / 'kb.db'}"])
    assert result.exit_code == 2


def test_cli_bad_database_url_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["timeline", "--db", "nosuch://db"])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "[E704]" in result.stderr


@pytest.mark.slow
def test_cli_ingest_reports_counts_and_reingest_leaves_timeline_byte_identical(
    runner: CliRunner, tmp_path: Path, db_url: str
) -> None:
    path = corpus(tmp_path)
    first = runner.invoke(app, ["ingest", str(path), "--db", db_url])
    assert first.exit_code == 1  # two bad lines
    assert "2 new, 0 unchanged, 0 updated, 2 failed" in first.stderr
    timeline = runner.invoke(app, ["timeline", "--db", db_url, "--format", "json"])
    assert timeline.exit_code == 0
    second = runner.invoke(app, ["ingest", str(path), "--db", db_url])
    assert "0 new, 2 unchanged, 0 updated, 2 failed" in second.stderr
    again = runner.invoke(app, ["timeline", "--db", db_url, "--format", "json"])
    assert again.stdout == timeline.stdout
    csv_out = runner.invoke(app, ["timeline", "--db", db_url, "--format", "csv"])
    assert csv_out.stdout.splitlines()[0].startswith("id,date,type")
