"""Bad input on the command line: each error names the option as typed, and what to do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import bare, example, watcher  # noqa: F401 (fixtures)


@pytest.fixture
def logged(bare: Path) -> Path:  # noqa: F811
    add = watcher("interview", "add", "--company", "Acme", "--when", "2026-11-20T10:00", config=bare)
    assert add.returncode == 0, add.stderr
    return bare


@pytest.mark.parametrize("words,option", [
    (["interview", "log", "acme", "--sent", "thank_you", "--at", "yesterday"], "--at"),
    (["done", "acme", "thank_you", "--at", "yesterday"], "--at"),
    (["todo", "--now", "yesterday"], "--now"),
    (["status", "--now", "yesterday"], "--now"),
    (["forget", "--before", "yesterday", "--yes"], "--before"),
], ids=lambda v: " ".join(v) if isinstance(v, list) else v)
def test_a_moment_that_is_no_date_names_its_option(logged: Path, words, option):
    result = watcher(*words, config=logged)
    assert result.returncode == 2
    assert result.stderr.startswith(f"watcher: {option}: not a date and time: 'yesterday'; write it like "
                                    "2026-11-03T10:00 (your time zone)"), result.stderr


def test_a_step_before_the_interview_gives_both_times_in_the_same_zone(logged: Path):
    result = watcher("done", "acme", "thank_you", "--at", "2026-11-19T10:00", config=logged)
    assert result.returncode == 2
    assert ("thank_you at 2026-11-19T10:00+01:00 is before the interview (2026-11-20T10:00+01:00)"
            in result.stderr), result.stderr


def test_a_snooze_into_the_past_says_the_year_and_what_to_give(logged: Path):
    result = watcher("snooze", "acme", "2020-01-01", config=logged)
    assert result.returncode == 2
    assert "snooze until Wed 01 Jan 2020 00:00 is in the past: give a length (3d, 2w), a later date, or off" \
        in result.stderr, result.stderr


def test_watcher_help_is_the_help():
    result = watcher("help")
    assert "usage: watcher" in result.stderr and "Watches your mail" in result.stderr


@pytest.mark.parametrize("option,typed,said", [
    ("--when", "2026-02-30T10:00", "--when: not a date and time: '2026-02-30T10:00'; write it like"),
    ("--feedback-by", "2026-11-31", "--feedback-by: not a date: '2026-11-31'; write it like 2026-11-09"),
])
def test_a_date_that_does_not_exist_is_echoed_as_typed(logged: Path, option, typed, said):
    result = watcher("interview", "edit", "acme", option, typed, config=logged)
    assert result.returncode == 2
    assert said in result.stderr, result.stderr


def test_login_to_a_local_mailbox_says_it_needs_none(example: Path):  # noqa: F811
    result = watcher("login", "example", config=example, stdin="secret\n")
    assert result.returncode == 2
    assert ("account 'example' is a maildir mailbox on this machine: it needs no sign-in "
            "(`watcher login` is for IMAP accounts: none here)") in result.stderr, result.stderr


def test_importing_a_file_that_is_not_there_is_not_told_to_change_the_config(bare: Path, tmp_path: Path):  # noqa: F811
    result = watcher("interview", "import", str(tmp_path / "nope.toml"), config=bare)
    assert result.returncode == 2
    assert result.stderr == (f"watcher: interview import: {tmp_path / 'nope.toml'}: no such file (give a TOML file "
                             "of [[interview]] tables, as examples/interviews.toml shows)\n")


def test_done_with_nothing_to_do_names_the_interview_and_what_to_type(logged: Path):
    assert watcher("interview", "close", "acme", config=logged).returncode == 0
    result = watcher("done", "acme", config=logged)
    assert result.returncode == 2
    assert ("nothing is to do for acme-2026-11-20: name the step you did "
            "(e.g. `watcher done acme-2026-11-20 thank_you`)") in result.stderr, result.stderr


def test_a_contact_copied_from_a_mail_program_with_its_name_is_taken_as_its_address(bare, tmp_path):
    """`--contact "Jo Müller <jo.mueller@fabrikam.example>"` (as a mail program copies an
    address) and the same in the interviews file were refused as "not a mail address"."""
    added = watcher("interview", "add", "--company", "Fabrikam", "--when", "2026-11-18T15:00",
                    "--contact", "Jo Müller <Jo.Mueller@fabrikam.example>", config=bare)
    assert added.returncode == 0, added.stderr
    shown = json.loads(watcher("interview", "show", "fabrikam", "--json", config=bare).stdout)
    assert shown["contacts"] == ["jo.mueller@fabrikam.example"]
    edited = watcher("interview", "edit", "fabrikam", "--add-contact", '"Park, Lee" <lee@fabrikam.example>',
                     config=bare)
    assert edited.returncode == 0, edited.stderr
    shown = json.loads(watcher("interview", "show", "fabrikam", "--json", config=bare).stdout)
    assert shown["contacts"] == ["jo.mueller@fabrikam.example", "lee@fabrikam.example"]
    refused = watcher("interview", "add", "--company", "Nobody", "--when", "2026-11-18T15:00",
                      "--contact", "Jo Müller <not an address>", config=bare)
    assert refused.returncode == 2 and "is not a mail address" in refused.stderr

    (tmp_path / "interviews.toml").write_text(
        '[[interview]]\nid = "north"\ncompany = "Northwind"\nwhen = 2026-11-12T11:00:00+01:00\n'
        'contacts = ["Priya Nair <priya.nair@northwind.example>"]\n')
    listed = watcher("interview", "import", str(tmp_path / "interviews.toml"), config=bare)
    assert listed.returncode == 0, listed.stderr
    shown = json.loads(watcher("interview", "show", "north", "--json", config=bare).stdout)
    assert shown["contacts"] == ["priya.nair@northwind.example"]
