"""The user's actions (watcher/actions.py) as the command line takes them: a real process each time."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys

import pytest

from tests.test_cli import REPO, watcher


@pytest.fixture
def example(tmp_path):
    shutil.copytree(REPO / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.db*"))
    config = tmp_path / "config.toml"
    config.write_text((REPO / "config.example.toml").read_text())
    assert watcher("scan", "--no-notify", config=config).returncode == 0
    return config


def config_with_globex(tmp_path, when: str, *contacts: str):
    """A bare config (Berlin) with one interview logged, id "globex"."""
    config = tmp_path / "config.toml"
    config.write_text('[me]\naddresses = ["me@example.org"]\n[database]\npath = "w.db"\n'
                      '[policy]\ntimezone = "Europe/Berlin"\n')
    extra = [arg for address in contacts for arg in ("--contact", address)]
    added = watcher("interview", "add", "--company", "Globex", "--when", when, "--id", "globex", *extra,
                    config=config)
    assert added.returncode == 0, added.stderr
    return config


@pytest.fixture
def bare(tmp_path):
    return config_with_globex(tmp_path, "2026-01-06T10:00", "kim@globex.com")


def show(config, interview_id):
    return json.loads(watcher("interview", "show", interview_id, "--json", config=config).stdout)


def test_snooze_off_ends_a_snooze(bare):
    assert watcher("snooze", "globex", "2w", config=bare).returncode == 0
    assert show(bare, "globex")["snoozed_until"] is not None
    off = watcher("snooze", "globex", "off", config=bare)
    assert off.returncode == 0, off.stderr
    assert "no longer snoozed" in off.stdout
    assert show(bare, "globex")["snoozed_until"] is None
    again = watcher("snooze", "globex", "off", config=bare)
    assert again.returncode == 2 and "not snoozed" in again.stderr


def test_a_thank_you_marked_done_twice_is_logged_once(bare):
    """Before, `watcher done ID thank_you` typed again logged a second thank-you, and the
    interview listed two."""
    first = watcher("done", "globex", "thank_you", config=bare)
    assert first.returncode == 0, first.stderr
    again = watcher("done", "globex", "thank_you", config=bare)
    assert again.returncode == 2
    assert "thank-you for globex is logged already" in again.stderr and "interview show globex" in again.stderr
    sent = [e for e in show(bare, "globex")["events"] if e.get("detail") == "thank_you"]
    assert len(sent) == 1, show(bare, "globex")["events"]
    follow = watcher("done", "globex", "follow_up", config=bare)  # the steps after it are still logged
    assert follow.returncode == 0, follow.stderr


def test_close_and_reopen_say_when_there_is_nothing_to_do(bare):
    assert watcher("interview", "reopen", "globex", config=bare).returncode == 2
    assert watcher("interview", "close", "globex", config=bare).returncode == 0
    twice = watcher("interview", "close", "globex", config=bare)
    assert twice.returncode == 2 and "already closed" in twice.stderr
    assert watcher("interview", "reopen", "globex", config=bare).returncode == 0
    assert show(bare, "globex")["closed_at"] is None


def test_a_logged_event_in_the_future_is_refused(bare):
    result = watcher("interview", "log", "globex", "--sent", "follow_up", "--at", "2099-01-01T10:00", config=bare)
    assert result.returncode == 2 and "future" in result.stderr
    assert watcher("interview", "log", "globex", "--sent", "follow_up", "--at", "2026-01-20T10:00",
                   config=bare).returncode == 0


def test_a_logged_event_before_the_interview_is_refused(bare):
    """Before, news logged before the interview (6 Jan) was kept, though the schedule never
    reads it: the user believed it counted."""
    result = watcher("interview", "log", "globex", "--heard", "rejection", "--at", "2026-01-02T10:00", config=bare)
    assert result.returncode == 2 and "before the interview" in result.stderr and "would not count" in result.stderr
    assert show(bare, "globex")["events"] == []


@pytest.mark.parametrize("message_id", ["<hooli-inv-42@hooli.xyz>", "hooli-inv-42@hooli.xyz"])
def test_message_ids_with_or_without_brackets(example, message_id):
    result = watcher("message", "assign", message_id, "acme-data-engineer", "--kind", "next_step", config=example)
    assert result.returncode == 0, result.stderr
    [msg] = [m for m in show(example, "acme-data-engineer")["messages"]
             if m["message_id"] == "<hooli-inv-42@hooli.xyz>"]
    assert msg["kind"] == "next_step" and msg["decided_by"] == "user"
    assert "kind stays next_step" in result.stdout
    other = watcher("message", "assign", message_id, "acme-data-engineer", "--kind", "other", config=example)
    assert other.returncode == 0 and "kind changed from next_step to other" in other.stdout
    wrong = watcher("message", "assign", message_id, "acme-data-engineer", "--kind", "thank_you", config=example)
    assert wrong.returncode == 2 and "does not fit" in wrong.stderr


def test_a_dismissed_or_logged_suggestion_is_no_longer_suggested(example):
    report = json.loads(watcher("scan", "--json", "--no-notify", config=example).stdout)
    before = [s["message_id"] for s in report["suggestions"]]
    assert "<hooli-inv-42@hooli.xyz>" in before
    dismissed = watcher("suggestion", "dismiss", "hooli-inv-42@hooli.xyz", config=example)
    assert dismissed.returncode == 0, dismissed.stderr
    report = json.loads(watcher("scan", "--json", "--no-notify", config=example).stdout)
    assert [s["message_id"] for s in report["suggestions"]] == [m for m in before if "hooli" not in m]
    unknown = watcher("suggestion", "dismiss", "<nope@x>", config=example)
    assert unknown.returncode == 2 and "<nope@x>" in unknown.stderr


def test_logging_an_interview_from_a_suggestion_removes_it(example):
    added = watcher("interview", "add", "--from-message", "hooli-inv-42@hooli.xyz", config=example)
    assert added.returncode == 0, added.stderr
    report = json.loads(watcher("scan", "--json", "--no-notify", config=example).stdout)
    assert "<hooli-inv-42@hooli.xyz>" not in [s["message_id"] for s in report["suggestions"]]


def run_on_terminal(config, args: list[str], keys: bytes = b"") -> str:
    """Run watcher on a pseudo-terminal, typing ``keys``; return what it printed."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "watcher", "--config", str(config), *args],
                            stdin=follower, stdout=follower, stderr=follower, cwd=REPO, env=os.environ)
    os.close(follower)
    os.write(leader, keys)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(leader)
    assert proc.returncode == 0, b"".join(chunks)
    return b"".join(chunks).decode()


AMBIGUOUS = """From: Sam Okafor <sam@talentbridge.co>
To: Alex Morgan <alex.morgan@example.org>
Subject: Quick question
Date: Mon, 16 Nov 2026 09:15:00 +0000
Message-ID: <tb-6000@talentbridge.co>
Content-Type: text/plain; charset=utf-8

Hi Alex, are you free for a call on Thursday? Sam
"""


def held_example(tmp_path, company: str = "Umbrella"):
    """The bundled example with a second interview through its recruiter (``company``, id
    "umbrella"), scanned: the recruiter's message naming no company is held for review."""
    shutil.copytree(REPO / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.db*"))
    (tmp_path / "examples/mail/inbox/cur/1795000000.99-ambiguous.example:2,S").write_text(AMBIGUOUS)
    config = tmp_path / "config.toml"
    config.write_text((REPO / "config.example.toml").read_text())
    assert watcher("interview", "add", "--company", company, "--when", "2026-11-09T10:00", "--id", "umbrella",
                   "--via", "sam@talentbridge.co", config=config).returncode == 0
    assert watcher("scan", "--no-notify", config=config).returncode == 0
    return config


def test_review_confirms_each_decision_and_survives_bad_input_and_ctrl_d(tmp_path):
    config = held_example(tmp_path)
    held = json.loads(watcher("review", "--json", config=config).stdout)
    assert "<tb-6000@talentbridge.co>" in [m["message_id"] for m in held]
    # Without a terminal, nothing to ask on: said, with what to run instead, and not a success.
    # Before, it printed a line to standard output and exited 0, as if it had reviewed them.
    blind = watcher("review", config=config, stdin="")  # a pipe, whatever runs the tests
    assert blind.returncode == 2, blind.stdout + blind.stderr
    assert f"{len(held)} message(s) held for review" in blind.stderr and "not a terminal" in blind.stderr
    assert "watcher message assign MESSAGE_ID INTERVIEW|none" in blind.stderr and "--json" in blind.stderr
    assert blind.stdout == ""
    assert len(json.loads(watcher("review", "--json", config=config).stdout)) == len(held)

    text = run_on_terminal(config, ["review"], b"x\n9\n1\n\x04")
    assert "not understood" in text
    assert "tied to" in text
    left = json.loads(watcher("review", "--json", config=config).stdout)
    assert len(left) == len(held) - 1


HIRING = """From: Hiring <jobs@contoso-robotics.com>
To: Alex Morgan <alex.morgan@example.org>
Subject: Interview invitation
Date: Tue, 24 Nov 2026 09:15:00 +0000
Message-ID: <inv-77@contoso-robotics.com>
Content-Type: text/plain; charset=utf-8

Hi Alex,

Thank you for applying. We would like to invite you to an interview for the
Backend Engineer role at Contoso Robotics on Thursday 3 December at 14:00.
Please confirm whether this time works for you.

Best regards,
Maria Lopez
Contoso Robotics GmbH
"""


def test_a_suggested_company_comes_from_the_mail_not_a_display_name(tmp_path):
    shutil.copytree(REPO / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.db*"))
    (tmp_path / "examples/mail/inbox/cur/1795100000.98-hiring.example:2,S").write_text(HIRING)
    config = tmp_path / "config.toml"
    config.write_text((REPO / "config.example.toml").read_text())
    report = json.loads(watcher("scan", "--json", "--no-notify", config=config).stdout)
    [found] = [s for s in report["suggestions"] if s["message_id"] == "<inv-77@contoso-robotics.com>"]
    assert found["company"] == "Contoso Robotics"
    added = watcher("interview", "add", "--from-message", "inv-77@contoso-robotics.com", config=config)
    assert added.returncode == 0, added.stderr
    assert "Contoso Robotics on Thu 03 Dec 2026 14:00" in added.stdout


@pytest.mark.parametrize("words", [["todo"], ["done"], ["draft"], ["suggestion"], ["suggestion", "dismiss"],
                                   ["interview", "delete"]], ids=" ".join)
def test_the_daily_commands_explain_themselves(words):
    result = watcher(*words, "--help")
    assert result.returncode == 0, result.stderr
    assert "usage: watcher" in result.stdout and len(result.stdout.splitlines()) >= 3


SLOTS = HIRING.replace("<inv-77@contoso-robotics.com>", "<inv-78@contoso-robotics.com>").replace(
    "Backend Engineer role at Contoso Robotics on Thursday 3 December at 14:00.\nPlease confirm whether this time "
    "works for you.",
    "Backend Engineer role at Contoso Robotics. We could offer:\n\n- Thursday 3 December, 14:00\n"
    "- Friday 4 December, 10:00\n\nPlease let me know which one suits you.")


def test_an_invitation_offering_several_times_asks_which_one_was_taken(tmp_path):
    """Before, logging an invitation that offered two times took the first without a word."""
    shutil.copytree(REPO / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.db*"))
    (tmp_path / "examples/mail/inbox/cur/1795100000.98-hiring.example:2,S").write_text(SLOTS)
    config = tmp_path / "config.toml"
    config.write_text((REPO / "config.example.toml").read_text())
    scanned = watcher("scan", "--no-notify", "--now", "2026-11-25T10:00", config=config, env={"COLUMNS": "200"})
    assert "(several times offered: add --when)" in scanned.stdout
    refused = watcher("interview", "add", "--from-message", "inv-78@contoso-robotics.com", config=config)
    assert refused.returncode == 2
    assert "offers several times to choose from: give the one you took with --when" in refused.stderr
    added = watcher("interview", "add", "--from-message", "inv-78@contoso-robotics.com", "--when", "2026-12-04T10:00",
                    config=config)
    assert added.returncode == 0, added.stderr
    assert "Contoso Robotics on Fri 04 Dec 2026 10:00" in added.stdout
