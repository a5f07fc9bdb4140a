"""The listing, correction and export commands as a user runs them, over a hand-made knowledge base."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))  # the hand-made corpus of the store tests

import kbcorpus  # noqa: E402

from bilat.cli import app  # noqa: E402
from bilat.store import Store  # noqa: E402


@pytest.fixture
def kb(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with Store(url) as store:
        for ex in kbcorpus.everything():
            store.save(ex)
    return url


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_timeline_pair_filter_as_json_carries_evidence(kb: str) -> None:
    code, out, _ = run(
        "timeline", "--db", kb, "-c", "RUS", "-c", "CHN", "--status", "occurred", "--format", "json"
    )
    assert code == 0
    events = json.loads(out)
    assert [e["date_start"] for e in events] == ["2019-06-14", "2019-07-18", "2019-08-20"]
    assert len(events[0]["evidence"]) == 6 and events[0]["evidence"][0]["start"] >= 0


def test_cli_timeline_csv_by_actor_and_place(kb: str) -> None:
    code, out, _ = run("timeline", "--db", kb, "--actor", "Shamkhani", "--place", "Tehran", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["date"], r["type"], r["place"]) for r in rows] == [("2019-03-09", "CONSULT", "Tehran")]


def test_cli_bad_type_is_one_error_line_with_its_code(kb: str) -> None:
    code, _, err = run("timeline", "--db", kb, "--type", "MEETING")
    assert code == 1 and "[E802]" in err and "Traceback" not in err
    code, _, err = run("actor", "Nobody Atall", "--db", kb)
    assert code == 1 and "[E801]" in err


def test_cli_actors_list_profile_merge_and_split(kb: str) -> None:
    code, out, _ = run("actors", "--db", kb, "--country", "PAK", "--format", "json")
    assert code == 0 and {a["name"] for a in json.loads(out)} >= {"Imran Khan", "Khan"}
    code, out, _ = run("actor", "Rouhani", "--db", kb, "--format", "json")
    profile = json.loads(out)[0]
    assert [r["role"] for r in profile["roles"]] == ["chief_negotiator", "head_of_state"]
    assert run("actors", "merge", "Imran Khan", "Khan", "--db", kb)[0] == 0
    code, out, _ = run("actors", "--db", kb, "--country", "PAK", "--format", "json")
    assert "Khan" not in {a["name"] for a in json.loads(out)}
    code, _, err = run("actors", "split", "Imran Khan", "--alias", "Khan", "--db", kb)
    assert code == 0 and "split off Khan" in err
    code, out, _ = run("actors", "--db", kb, "--country", "PAK", "--format", "csv")
    assert "Khan" in [r["name"] for r in csv.DictReader(io.StringIO(out))]


def test_cli_places_place_search_commitments_relations(kb: str) -> None:
    code, out, _ = run("places", "--db", kb, "--format", "csv")
    assert code == 0 and "Beijing,CHN,39.9075,116.39723" in out
    code, out, _ = run("place", "Beijing", "--db", kb, "--format", "json")
    assert json.loads(out)[0]["events"][0]["reports"] == 5
    code, out, _ = run("search", "nuclear power plant", "--db", kb, "--format", "json")
    hit = json.loads(out)[0]
    assert hit["doc_id"] == "bushehr" and hit["evidence"]["end"] > hit["evidence"]["start"]
    code, out, _ = run(
        "commitments", "--db", kb, "--as-of", "2023-01-01", "--state", "pending", "--format", "csv"
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["type"] for r in rows] == ["COOPERATE"] and rows[0]["announcement"].startswith(
        "The second unit"
    )
    code, out, _ = run("relations", "IRN", "RUS", "--db", kb, "--as-of", "2019-12-31", "--format", "json")
    rel = json.loads(out)[0]
    assert code == 0 and [f["value"] for f in rel["trade"]] == [1.7e9, 1.74e9]
    code, out, _ = run("relations", "IRN", "RUS", "--db", kb)
    assert code == 0 and "IRN–RUS" in out and "Trade" in out


def test_cli_export_formats(kb: str, tmp_path: Path) -> None:
    target = tmp_path / "kb.jsonl"
    code, _, err = run("export", "--db", kb, "--output", str(target))
    assert code == 0 and "records written" in err
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert {r["kind"] for r in records} == {"event", "fact"}
    assert max(len(r["evidence"]) for r in records) == 6
    code, out, _ = run("export", "--db", kb, "--format", "geojson", "-c", "CHN")
    features = json.loads(out)["features"]
    assert len(features) == 3 and all(len(f["geometry"]["coordinates"]) == 2 for f in features)
    code, out, _ = run("export", "--db", kb, "--format", "ics")
    assert (
        out.count("BEGIN:VEVENT") == 2
    )  # the 16th session and the Bushehr unit; the July meeting took place
    code, out, _ = run("export", "--db", kb, "--format", "csv", "--type", "COOPERATE")
    assert len(list(csv.DictReader(io.StringIO(out)))) == 1


def test_cli_timeline_sort_most_reported_first_and_rejects_an_unknown_sort(kb: str) -> None:
    code, out, _ = run("timeline", "--db", kb, "--sort=-reports", "--limit", "3", "--format", "json")
    assert code == 0
    events = json.loads(out)
    assert events[0]["reports"] == 5 and [e["reports"] for e in events] == sorted(
        (e["reports"] for e in events), reverse=True
    )
    code, _, err = run("timeline", "--db", kb, "--sort", "loudest")
    assert code != 0 and "E802" in err and "sort" in err


def test_cli_documents_and_one_document_with_its_events(kb: str) -> None:
    code, out, _ = run("documents", "--db", kb, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(kbcorpus.everything()) and {"id", "published", "events"} <= set(rows[0])
    code, out, _ = run("document", "irna-15", "--db", kb, "--format", "json")
    assert code == 0
    (doc,) = json.loads(out)
    assert doc["id"] == "irna-15" and doc["events"] and doc["text"]
    code, _, err = run("document", "no-such-doc", "--db", kb)
    assert code != 0 and "E801" in err
