"""Mistakes a person can undo, through the real command: delete, undo a logged event,
end a snooze, edit contact lists, and the dates that are refused."""

from __future__ import annotations

import json

import pytest

from tests.test_actions_cli import config_with_globex, run_on_terminal
from tests.test_cli import watcher


@pytest.fixture
def bare(tmp_path):
    config = config_with_globex(tmp_path, "2026-11-03T10:00", "kim@globex.com", "lee@globex.com")
    assert watcher("interview", "edit", "globex", "--add-domain", "globex.com", config=config).returncode == 0
    return config


def record(config, interview_id="globex"):
    result = watcher("interview", "show", interview_id, "--json", config=config)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_delete_asks_or_takes_yes(bare):
    refused = watcher("interview", "delete", "globex", config=bare)  # no terminal to ask on
    assert refused.returncode == 2 and "--yes" in refused.stderr
    kept = run_on_terminal(bare, ["interview", "delete", "globex"], b"n\n")
    assert "not deleted" in kept
    assert record(bare)["id"] == "globex"
    gone = run_on_terminal(bare, ["interview", "delete", "globex"], b"y\n")
    assert "deleted globex" in gone
    assert json.loads(watcher("interview", "list", "--json", config=bare).stdout) == []
    assert watcher("interview", "add", "--company", "Globex", "--when", "2026-11-03T10:00", "--id", "globex",
                   config=bare).returncode == 0
    assert watcher("interview", "delete", "globex", "--yes", config=bare).returncode == 0


def test_logged_events_are_numbered_and_one_can_be_undone(bare):
    assert watcher("interview", "log", "globex", "--sent", "thank_you", "--at", "2026-11-03T17:00",
                   config=bare).returncode == 0
    assert watcher("interview", "log", "globex", "--heard", "rejection", "--at", "2026-11-10T09:00",
                   config=bare).returncode == 0
    shown = record(bare)
    assert [(e["n"], e["kind"]) for e in shown["events"]] == [(1, "sent"), (2, "heard")]
    assert shown["decision"]["outcome"] == "rejection"
    text = watcher("interview", "show", "globex", config=bare).stdout
    assert "2. " in text and "a decision (not this time)" in text
    undone = watcher("interview", "log", "globex", "--undo", "2", config=bare)
    assert undone.returncode == 0, undone.stderr
    shown = record(bare)
    assert [e["kind"] for e in shown["events"]] == ["sent"]
    assert shown["decision"]["outcome"] is None
    missing = watcher("interview", "log", "globex", "--undo", "7", config=bare)
    assert missing.returncode == 2 and "no logged event 7" in missing.stderr


def test_undoing_a_snooze_or_a_close_gives_the_interview_back(bare):
    assert watcher("snooze", "globex", "2w", config=bare).returncode == 0
    assert watcher("interview", "close", "globex", config=bare).returncode == 0
    assert watcher("interview", "log", "globex", "--undo", "2", config=bare).returncode == 0  # the close
    assert record(bare)["closed_at"] is None
    assert watcher("interview", "log", "globex", "--undo", "1", config=bare).returncode == 0  # the snooze
    assert record(bare)["snoozed_until"] is None


def test_edit_adds_removes_and_says_what_a_replacement_dropped(bare):
    added = watcher("interview", "edit", "globex", "--add-contact", "Max@Globex.com", "--add-domain", "globex.de",
                    config=bare)
    assert added.returncode == 0, added.stderr
    assert record(bare)["contacts"] == ["kim@globex.com", "lee@globex.com", "max@globex.com"]
    assert record(bare)["domains"] == ["globex.com", "globex.de"]
    removed = watcher("interview", "edit", "globex", "--remove-contact", "kim@globex.com", "--remove-domain",
                      "globex.de", config=bare)
    assert removed.returncode == 0, removed.stderr
    assert record(bare)["contacts"] == ["lee@globex.com", "max@globex.com"]
    assert record(bare)["domains"] == ["globex.com"]
    replaced = watcher("interview", "edit", "globex", "--contact", "ann@globex.com", config=bare)
    assert replaced.returncode == 0
    assert "dropped lee@globex.com, max@globex.com" in replaced.stdout
    assert record(bare)["contacts"] == ["ann@globex.com"]
    absent = watcher("interview", "edit", "globex", "--remove-contact", "zed@globex.com", config=bare)
    assert absent.returncode == 2 and "zed@globex.com is not among the contacts" in absent.stderr


def test_dates_that_cannot_be_right_are_refused(bare, tmp_path):
    no_time = watcher("interview", "add", "--company", "Initech", "--when", "2026-11-05", config=bare)
    assert no_time.returncode == 2 and "at what time" in no_time.stderr
    early = watcher("interview", "add", "--company", "Initech", "--when", "2026-11-05T10:00",
                    "--feedback-by", "2026-11-01", config=bare)
    assert early.returncode == 2 and "before the interview" in early.stderr
    edit = watcher("interview", "edit", "globex", "--feedback-by", "2026-10-01", config=bare)
    assert edit.returncode == 2 and "before the interview" in edit.stderr
    future = watcher("interview", "log", "globex", "--sent", "follow_up", "--at", "2099-01-01T10:00", config=bare)
    assert future.returncode == 2 and "future" in future.stderr
    # On a terminal the time is asked for.
    asked = run_on_terminal(bare, ["interview", "add", "--company", "Initech", "--when", "2026-11-05", "--id", "ini"],
                            b"14:30\n")
    assert "at what time" in asked and "logged ini" in asked
    assert record(bare, "ini")["when"].startswith("2026-11-05T13:30")  # 14:30 Berlin


def test_the_interviews_file_refuses_the_same_dates_with_line_numbers(bare, tmp_path):
    (tmp_path / "interviews.toml").write_text(
        '[[interview]]\nid = "ok"\ncompany = "Acme"\nwhen = 2026-11-02T10:00:00+01:00\n\n'
        '[[interview]]\nid = "dateonly"\ncompany = "Initech"\nwhen = 2026-11-05\n\n'
        '[[interview]]\nid = "early"\ncompany = "Hooli"\nwhen = "2026-11-06T10:00:00+01:00"\n'
        'feedback_by = 2026-11-01\n')
    result = watcher("interview", "import", str(tmp_path / "interviews.toml"), config=bare)
    assert result.returncode == 2
    assert "line 9: interview[1] (id 'dateonly'): when: 2026-11-05 has no time: at what time" in result.stderr
    assert "line 15: interview[2] (id 'early'): feedback_by: 2026-11-01 is before the interview" in result.stderr
    assert "imported 1 interview" in result.stdout
