"""Interview ids as a person types and reads them: any unique beginning names one, an
ambiguous beginning lists the candidates, and a narrow terminal never cuts an id or an address."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.test_cli import bare, example, watcher  # noqa: F401 (fixtures)


@pytest.fixture
def two_acmes(bare: Path) -> Path:  # noqa: F811
    for role, day in (("Data Engineer", "2026-11-03"), ("Platform Engineer", "2026-11-05")):
        add = watcher("interview", "add", "--company", "Acme Analytics", "--role", role, "--when", f"{day}T10:00",
                      "--contact", "anna.berg@acme-analytics.com", config=bare)
        assert add.returncode == 0, add.stderr
    add = watcher("interview", "add", "--company", "Globex", "--when", "2026-11-02T15:00", "--domain", "globex.com",
                  config=bare)
    assert add.returncode == 0, add.stderr
    return bare


def test_a_unique_beginning_names_the_interview_everywhere_an_id_is_taken(two_acmes: Path):
    shown = watcher("interview", "show", "glob", "--json", config=two_acmes)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["id"] == "globex-2026-11-02"
    snoozed = watcher("snooze", "glo", "3d", config=two_acmes)
    assert snoozed.returncode == 0, snoozed.stderr
    assert snoozed.stdout.startswith("snoozed globex-2026-11-02 until")
    assert json.loads(watcher("interview", "show", "globex-2026-11-02", "--json",
                              config=two_acmes).stdout)["snoozed_until"] is not None
    closed = watcher("interview", "close", "acme-analytics-2026-11-05", config=two_acmes)
    assert closed.returncode == 0, closed.stderr
    reopened = watcher("interview", "reopen", "ACME-ANALYTICS-2026-11-0", config=two_acmes)
    assert reopened.returncode == 2  # both begin so, the case aside
    done = watcher("done", "acme-analytics-2026-11-03", "thank_you", "--at", "2026-11-03T18:00", config=two_acmes)
    assert done.returncode == 0, done.stderr
    forgotten = watcher("forget", "glob", "--yes", config=two_acmes)
    assert forgotten.returncode == 0, forgotten.stderr
    assert "globex-2026-11-02" in forgotten.stdout
    ids = [i["id"] for i in json.loads(watcher("interview", "list", "--json", config=two_acmes).stdout)]
    assert ids == ["acme-analytics-2026-11-03", "acme-analytics-2026-11-05"]


def test_an_ambiguous_beginning_lists_the_candidates_and_changes_nothing(two_acmes: Path):
    result = watcher("interview", "close", "acme", config=two_acmes)
    assert result.returncode == 2
    assert ("'acme' begins 2 interview ids: acme-analytics-2026-11-03, acme-analytics-2026-11-05; "
            "type more of the one you mean") in result.stderr
    listed = json.loads(watcher("interview", "list", "--json", config=two_acmes).stdout)
    assert all(i["closed_at"] is None for i in listed)


def test_a_beginning_that_fits_none_lists_the_known_ids(two_acmes: Path):
    result = watcher("draft", "initech", config=two_acmes)
    assert result.returncode == 2
    assert "no interview with id 'initech'" in result.stderr and "globex-2026-11-02" in result.stderr
    assert "`watcher interview list`" in result.stderr


def test_a_message_assigned_by_a_beginning_is_tied_to_the_whole_id(example: Path):  # noqa: F811
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    moved = watcher("message", "assign", "<CAH7q2-acme-0001@mail.acme-analytics.com>", "glob", config=example)
    assert moved.returncode == 0, moved.stderr
    assert moved.stdout.strip().endswith("tied to globex-backend")
    messages = json.loads(watcher("interview", "show", "globex-backend", "--json", config=example).stdout)["messages"]
    assert "<CAH7q2-acme-0001@mail.acme-analytics.com>" in {m["message_id"] for m in messages}


@pytest.mark.parametrize("command", [["interview", "list"], ["todo"]], ids=" ".join)
@pytest.mark.parametrize("width", [40, 60])
def test_a_narrow_terminal_never_cuts_an_id_an_address_or_a_word(example: Path, command, width):  # noqa: F811
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    result = watcher(*command, config=example, env={"COLUMNS": str(width)})
    assert result.returncode == 0, result.stderr
    words = {w for line in result.stdout.splitlines() for w in line.split()}
    for whole in ("acme-data-engineer", "globex-backend", "initech-pm", "umbrella-research"):
        assert whole in words, result.stdout
    if command == ["interview", "list"]:
        assert {"anna.berg@acme-analytics.com", "li.wei.umbrella@gmail.com"} <= words, result.stdout
    else:
        assert "feedback" in words, result.stdout
    assert not [w for w in words if w.startswith(("acme-d", "globex-b")) and w not in
                ("acme-data-engineer", "globex-backend")], result.stdout


@pytest.mark.parametrize("width", [60, 100])
def test_interview_show_on_a_narrow_terminal_cuts_no_address_and_no_id(example: Path, width):  # noqa: F811
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    result = watcher("interview", "show", "acme", config=example, env={"COLUMNS": str(width)})
    assert result.returncode == 0, result.stderr
    tokens = [w.strip("();,") for line in result.stdout.splitlines() for w in line.split()]
    addresses = [w for w in tokens if "@" in w]
    assert addresses and all(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.(com|org)", a) for a in addresses), addresses
    assert "why tied: in thread with a message tied to acme-data-engineer" in result.stdout
