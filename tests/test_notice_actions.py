"""Buttons on desktop notices, clicked on a private session bus.

The notification server (tests/fixtures_dbus.py) advertises ``actions`` and, like a
desktop on a click, emits ActionInvoked then NotificationClosed. What changed is read
from the database with `watcher` as a subprocess, as a user would look.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.child_process import dies_with_this_process
from tests.test_cli import REPO, watcher
from watcher.config import load_config
from watcher.model import Notice, Step
from watcher.notify.actions_listener import BUTTONS, start_for
from watcher.notify.desktop import DesktopChannel
from watcher.notify.drafts import mailto
from watcher.pipeline import Pipeline
from watcher.store import Store

WAIT = 30.0


def shown(config: Path, interview_id: str) -> dict:
    result = watcher("interview", "show", interview_id, "--json", config=config)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def events(config: Path, interview_id: str) -> list[tuple[str, str]]:
    with Store.open(load_config(config).database) as store:
        return [(e.kind, e.detail) for e in store.events(interview_id)]


def wait_until(check, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    pytest.fail(f"waited {WAIT} s for {what}")


def reminder(config_path: Path, interview_id: str, action: str) -> Notice:
    """A notice about ``action`` of ``interview_id``, with the draft the pipeline writes for it."""
    config = load_config(config_path)
    with Store.open(config.database) as store:
        pipeline = Pipeline(config, store)
        state = next(s for s in pipeline.decide(datetime.now(UTC)) if s.interview.id == interview_id)
        step = Step(action=action, due=datetime.now(UTC))
        draft = pipeline.draft_for(state.interview, state.decision, step)
    return Notice(interview=interview_id, action=action, key="", company=state.interview.company,
                  title="", why="It is time.", draft=draft)


def test_snooze_and_done_apply_once_unknown_keys_and_stale_ids_change_nothing(example_db, notification_server):
    database = load_config(example_db).database
    opened: list[str] = []
    channel = DesktopChannel(bus_address=notification_server.address)
    first = start_for([channel], database, open_uri=opened.append)
    assert first is not None and channel.buttons is first
    try:
        # A notice about a due step carries the three buttons.
        channel.send([reminder(example_db, "initech-pm", "follow_up_1")])
        [call] = notification_server.wait_for_calls(1)
        assert tuple(call[5]) == BUTTONS
        before = events(example_db, "initech-pm")

        notification_server.invoke(1, "not-a-button", close=False)  # an unknown key: nothing
        notification_server.invoke(1, "snooze")
        wait_until(lambda: shown(example_db, "initech-pm")["snoozed_until"] is not None, "the snooze")
        until = datetime.fromisoformat(shown(example_db, "initech-pm")["snoozed_until"])
        assert timedelta(days=6) < until - datetime.now(UTC) <= timedelta(days=7)

        notification_server.invoke(1, "done")  # the same notice again: used up
        notification_server.invoke(99, "done")  # a notice nobody sent
        # The clicks are handled in order: once this one shows, the ones above were handled.
        channel.send([reminder(example_db, "umbrella-research", "follow_up_1")])
        notification_server.wait_for_calls(2)
        notification_server.invoke(2, "done")
        wait_until(lambda: ("sent", "follow_up") in events(example_db, "umbrella-research"), "the done")

        after = events(example_db, "initech-pm")
        assert after[len(before):] == [("snooze", after[-1][1])]
        assert [e for e in events(example_db, "umbrella-research") if e[0] == "sent"] == [("sent", "follow_up")]

        # "Open draft" with no board running opens the draft in the mail program.
        notice = reminder(example_db, "globex-backend", "ask_feedback")
        channel.send([notice])
        notification_server.wait_for_calls(3)
        notification_server.invoke(3, "default")
        wait_until(lambda: opened, "the draft to open")
        assert notice.draft is not None and opened == [mailto(notice.draft)]

        # A notice the next run will not know: sent now, clicked after a restart.
        channel.send([reminder(example_db, "globex-backend", "ask_feedback")])
        notification_server.wait_for_calls(4)
    finally:
        first.stop()

    channel = DesktopChannel(bus_address=notification_server.address)
    second = start_for([channel], database, open_uri=opened.append)
    assert second is not None
    try:
        globex_before = events(example_db, "globex-backend")
        notification_server.invoke(4, "done")
        channel.send([reminder(example_db, "acme-data-engineer", "reply")])
        notification_server.wait_for_calls(5)
        notification_server.invoke(5, "snooze")
        wait_until(lambda: shown(example_db, "acme-data-engineer")["snoozed_until"] is not None, "the snooze")
        assert events(example_db, "globex-backend") == globex_before
    finally:
        second.stop()


def test_without_actions_on_the_server_or_without_a_listener_the_notice_has_no_buttons(
    example_db, notification_server
):
    database = load_config(example_db).database
    notice = reminder(example_db, "initech-pm", "follow_up_1")
    DesktopChannel(bus_address=notification_server.address).send([notice])  # no daemon listening
    notification_server.capabilities = ["body"]
    channel = DesktopChannel(bus_address=notification_server.address)
    buttons = start_for([channel], database)
    try:
        channel.send([notice])
        calls = notification_server.wait_for_calls(2)
    finally:
        assert buttons is not None
        buttons.stop()
    assert [list(call[5]) for call in calls] == [[], []]
    assert calls[0][3] == calls[1][3]  # the same notice otherwise


def test_a_digest_acts_on_its_first_step_and_offers_the_board_for_the_rest(example_db, notification_server):
    database = load_config(example_db).database
    channel = DesktopChannel(bus_address=notification_server.address)
    buttons = start_for([channel], database)
    assert buttons is not None
    try:
        channel.send([reminder(example_db, "umbrella-research", "follow_up_1"),
                      reminder(example_db, "initech-pm", "thank_you")])
        [call] = notification_server.wait_for_calls(1)
        assert tuple(call[5]) == BUTTONS
        assert "watcher board" in call[4]
        notification_server.invoke(1, "done")
        # The digest is ordered thank-you first: the done applies to Initech's thank-you.
        wait_until(lambda: ("sent", "thank_you") in events(example_db, "initech-pm"), "the done")
        assert not [e for e in events(example_db, "umbrella-research") if e[0] == "sent"]
    finally:
        buttons.stop()


def test_the_daemon_applies_a_click_once_and_ignores_a_click_from_before_its_restart(
    tmp_path, notification_server
):
    shutil.copytree(REPO / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.db*"))
    config = tmp_path / "config.toml"
    text = (REPO / "config.example.toml").read_text()
    # Every hour of every day is a working hour, so the example's steps are due whenever this runs.
    text = text.replace('work_days = ["mon", "tue", "wed", "thu", "fri"]',
                        'work_days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]')
    text = text.replace('working_hours = "09:00-18:00"', 'working_hours = "00:00-24:00"')
    text = text.replace('country = "DE"', '')
    text = text.replace("[notify.desktop]\nenabled = false", "[notify.desktop]\nenabled = true")
    assert "enabled = true" in text and '"sun"' in text
    config.write_text(text)
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": notification_server.address}

    def start(log: Path) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "watcher", "--config", str(config), "run"],
                                stdout=subprocess.DEVNULL, stderr=log.open("w"), env=env, cwd=REPO,
                                preexec_fn=dies_with_this_process())

    def stop(process: subprocess.Popen) -> None:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=WAIT) == 0

    first_log = tmp_path / "first.log"
    daemon = start(first_log)
    try:
        [call] = notification_server.wait_for_calls(1)
        assert tuple(call[5]) == BUTTONS
        before = {i["id"]: i for i in json.loads(watcher("status", "--json", config=config).stdout)["interviews"]}
        notification_server.invoke(1, "snooze")
        wait_until(lambda: "notice click applied" in first_log.read_text(), "the click to be applied")
        notification_server.invoke(1, "snooze")
        wait_until(lambda: "already used" in first_log.read_text(), "the second click to be ignored")
    finally:
        stop(daemon)
    result = watcher("status", "--json", config=config)
    assert result.returncode == 0, result.stderr
    after = {i["id"]: i for i in json.loads(result.stdout)["interviews"]}
    moved = [i for i in before if before[i]["next_step"] != after[i]["next_step"]]
    assert len(moved) == 1
    assert datetime.fromisoformat(after[moved[0]]["next_step"]["due"]) > datetime.now(UTC) + timedelta(days=6)
    applied = [line for line in first_log.read_text().splitlines() if "notice click applied" in line]
    assert len(applied) == 1 and moved[0] in applied[0]

    second_log = tmp_path / "second.log"
    daemon = start(second_log)
    try:
        wait_until(lambda: "listening for clicks" in second_log.read_text(), "the second daemon to listen")
        notification_server.invoke(1, "done")
        wait_until(lambda: "notice click ignored" in second_log.read_text(), "the stale click to be ignored")
    finally:
        stop(daemon)
    final = {i["id"]: i for i in json.loads(watcher("status", "--json", config=config).stdout)["interviews"]}
    assert final == after


def test_open_draft_opens_the_interview_on_the_board_when_the_board_runs(example_db, notification_server):
    database = load_config(example_db).database
    board = subprocess.Popen(
        [sys.executable, "-m", "watcher", "--config", str(example_db), "board", "--no-browser"],
        stdout=subprocess.PIPE, text=True, cwd=REPO, preexec_fn=dies_with_this_process(),
    )
    opened: list[str] = []
    channel = DesktopChannel(bus_address=notification_server.address)
    buttons = start_for([channel], database, open_uri=opened.append)
    assert buttons is not None
    try:
        assert board.stdout is not None
        address = board.stdout.readline().strip()
        base, _, token = address.partition("/?")
        channel.send([reminder(example_db, "initech-pm", "follow_up_1")])
        notification_server.wait_for_calls(1)
        notification_server.invoke(1, "default")
        wait_until(lambda: opened, "the board to open")
        assert opened == [f"{base}/interview/initech-pm?{token}"]
        with urllib.request.urlopen(opened[0], timeout=WAIT) as page:  # the board lets it in
            assert page.status == 200 and "Initech" in page.read().decode()
    finally:
        buttons.stop()
        board.send_signal(signal.SIGTERM)
        assert board.wait(timeout=WAIT) == 0
