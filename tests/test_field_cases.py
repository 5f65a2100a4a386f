"""Field cases: mail watcher once read wrong, each judged as ``watcher scan`` reads it.

Each folder of tests/field_cases/ holds an interviews file, a Maildir (``mail/inbox``,
``mail/sent``), a config that works from the folder itself, and ``expected.json``: the
message judged, the interview it must be tied to (null: none), its kind and the moment to
scan at. The folder is copied to a temporary directory and scanned with
``watcher scan --json --no-notify --now NOW`` in a child process, as a person would run it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "field_cases"


def case_folders() -> list[Path]:
    return sorted(path.parent for path in CASES.glob("*/expected.json"))


def scan(folder: Path, now: str) -> tuple[subprocess.CompletedProcess[str], dict]:
    for mailbox in (folder / "mail").iterdir():
        for sub in ("cur", "new", "tmp"):  # git keeps no empty folder; a Maildir needs all three
            (mailbox / sub).mkdir(exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-m", "watcher", "--config", "config.toml", "scan", "--json", "--no-notify", "--now", now],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done, json.loads(done.stdout) if done.returncode == 0 else {}


@pytest.mark.parametrize("case", case_folders(), ids=lambda path: path.name)
def test_field_case(case: Path, tmp_path: Path) -> None:
    work = tmp_path / case.name
    shutil.copytree(case, work)
    (work / "watcher.db").unlink(missing_ok=True)
    expected = json.loads((work / "expected.json").read_text(encoding="utf-8"))
    done, report = scan(work, expected["now"])
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    found = [m for m in report.get("messages", []) if m.get("message_id") == expected["message_id"]]
    message = found[0] if found else None
    if expected.get("interview") is None:
        assert message is None or not message.get("interview"), message
        if expected.get("review") is False:
            assert message is None or not message.get("review"), message
        return
    assert message is not None, f"{expected['message_id']} not in the report: not tied"
    assert message["interview"] == expected["interview"], message
    if expected.get("kind"):
        assert message["kind"] == expected["kind"], message.get("reasons")
    for key in ("subject", "from"):
        if key in expected:
            assert message.get(key) == expected[key]
