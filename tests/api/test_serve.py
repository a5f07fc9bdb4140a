"""``bilat serve`` as a user runs it: a real process, bound to 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import kbdata


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_starts_on_loopback_and_answers_the_api_and_pages(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    kbdata.build(url)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "BILAT_API_TOKEN"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "bilat", "serve", "--db", url, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as r:
                    health = json.load(r)
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                assert time.monotonic() < deadline, "bilat serve did not answer"
                time.sleep(0.2)
        assert health["documents"] == len(kbdata.ARTICLES) and health["ingest_enabled"] is False
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as r:
            assert r.status == 200 and b"<h1>Timeline</h1>" in r.read()
        # The listening socket's local address (column 4 of ss), where ss is installed.
        try:
            ss = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True)
        except FileNotFoundError:
            ss = None
        if ss is not None and ss.returncode == 0 and ss.stdout.strip():
            assert {line.split()[3] for line in ss.stdout.splitlines()} == {f"127.0.0.1:{port}"}
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    err = proc.stderr.read().decode() if proc.stderr else ""
    assert f"http://127.0.0.1:{port}/" in err and "ingest off" in err
