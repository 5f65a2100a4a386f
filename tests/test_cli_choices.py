"""A command or action mistyped or left out: the choices, each with what it does, and what to type."""

from __future__ import annotations

import pytest

from tests.test_cli import watcher


def test_a_mistyped_command_names_the_nearest_with_its_usage_and_lists_every_command():
    result = watcher("drafts", "list")
    assert result.returncode == 2
    assert "invalid choice" not in result.stderr
    first, usage, *rest = result.stderr.splitlines()
    assert first == "watcher: 'drafts' is not a command. Did you mean `watcher draft`?"
    assert usage.strip().startswith("usage: watcher draft") and "id [step]" in usage
    listed = "\n".join(rest)
    for command, words in (("scan", "sync every account once"), ("interview", "log, list, show"),
                           ("board", "in the browser")):
        assert f"watcher {command} " in listed and words in listed
    assert "`watcher COMMAND --help`" in listed
    assert result.stdout == ""


@pytest.mark.parametrize("words", [[], ["interview"], ["message"], ["suggestion"]], ids=lambda w: " ".join(w) or "none")
def test_a_command_or_action_left_out_lists_the_choices_and_an_example(words):
    result = watcher(*words)
    assert result.returncode == 2
    assert "the following arguments are required" not in result.stderr
    prog = " ".join(["watcher", *words])
    assert result.stderr.startswith(f"{prog}: which {'command' if not words else 'action'}? One of:")
    assert "e.g. `" + prog + " " in result.stderr


def test_a_mistyped_action_names_the_nearest_action_of_that_command():
    result = watcher("interview", "lst")
    assert result.returncode == 2
    assert result.stderr.startswith("watcher interview: 'lst' is not an action. Did you mean `watcher interview list`?")
    assert "watcher interview show" in result.stderr and "one interview with its messages" in result.stderr


def test_a_word_like_no_command_lists_them_without_a_guess():
    result = watcher("frobnicate")
    assert result.returncode == 2
    assert "Did you mean" not in result.stderr
    assert "watcher status" in result.stderr


def test_the_commands_still_run_with_their_global_options_after_them(tmp_path):
    result = watcher("scan", "--config", str(tmp_path / "nope.toml"))
    assert result.returncode == 2
    assert "nope.toml" in result.stderr and "not a command" not in result.stderr


@pytest.mark.parametrize("typed,meant", [("list", "watcher interview list"), ("report", "watcher status"),
                                         ("calendar", "watcher export-ics")])
def test_a_word_for_another_command_names_the_command_it_means(typed, meant):
    result = watcher(typed)
    assert result.returncode == 2
    first, usage, *_ = result.stderr.splitlines()
    assert first == f"watcher: {typed!r} is not a command. Did you mean `{meant}`?"
    assert usage.strip().startswith(f"usage: {meant}")
