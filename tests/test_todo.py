"""The to-do list as a person runs it: `watcher todo`, `watcher done`, the end of `watcher scan`."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.test_cli import REPO, watcher

MONDAY = "2026-11-23T10:00"  # Berlin, inside working hours: Initech's first follow-up is due


@pytest.fixture
def example(tmp_path):
    shutil.copytree(REPO / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.db*"))
    config = tmp_path / "config.toml"
    config.write_text((REPO / "config.example.toml").read_text())
    return config


def todo_json(config, *extra, env=None):
    result = watcher("todo", "--json", *extra, config=config, env=env)
    assert result.returncode == 0, result.stderr
    return {i["id"]: i for i in json.loads(result.stdout)["interviews"]}


def test_the_list_is_sorted_due_now_first_and_hides_closed_and_snoozed(example):
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    rows = list(todo_json(example, "--now", MONDAY).values())
    dues = [r["due"] for r in rows]
    assert dues == sorted(dues, reverse=True) and dues[0]
    due_times = [r["next_step"]["due"] for r in rows if not r["due"]]
    assert due_times == sorted(due_times)
    assert watcher("interview", "close", "initech-pm", config=example).returncode == 0
    assert watcher("snooze", "globex-backend", "2w", config=example).returncode == 0
    shown = todo_json(example, "--now", MONDAY)
    assert "initech-pm" not in shown and "globex-backend" not in shown
    everything = todo_json(example, "--now", MONDAY, "--all")
    assert everything["globex-backend"]["snoozed_until"] is not None
    text = watcher("todo", "--all", config=example, env={"COLUMNS": "100"}).stdout
    assert "snoozed until" in text and "closed" in text
    text = watcher("status", config=example, env={"COLUMNS": "100"}).stdout
    assert "snoozed until" in text


def test_ids_are_never_cut_at_80_columns_and_kinds_are_words(example):
    long_id = "umbrella-research-second-round-2026-11-09"
    assert watcher("interview", "add", "--company", "Umbrella Research Laboratories International",
                   "--when", "2026-11-09T10:00", "--id", long_id, "--role", "Senior Staff Data Platform Engineer",
                   config=example).returncode == 0
    result = watcher("scan", "--no-notify", "--now", MONDAY, config=example, env={"COLUMNS": "80"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines), max(lines, key=len)
    for interview_id in (long_id, "acme-data-engineer", "globex-backend", "initech-pm"):
        assert any(interview_id in line for line in lines), interview_id
    assert "DUE NOW" in result.stdout
    wide = watcher("todo", "--now", MONDAY, config=example, env={"COLUMNS": "200"}).stdout
    assert "a decision (not this time)" in wide and "rejection" not in wide and "next step" in wide
    # The summary comes first, the list after it, the suggestions last.
    out = result.stdout
    assert out.index("Found in this first scan") < out.index("To do") < out.index("Looks like an interview invitation")


def test_last_heard_is_real_feedback_never_a_newsletter_or_an_auto_reply(example):
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    rows = todo_json(example, "--now", MONDAY)
    # Acme sent a holding reply, a newsletter and a next step; Umbrella only an out-of-office.
    assert rows["acme-data-engineer"]["last_heard_kind"] == "next_step"
    assert rows["umbrella-research"]["last_heard"] is None
    assert rows["umbrella-research"]["last_heard_kind"] is None
    text = watcher("todo", "--now", MONDAY, config=example, env={"COLUMNS": "120"}).stdout
    umbrella = next(line for line in text.splitlines() if "umbrella-research" in line)
    assert "out-of-office" not in umbrella and "nothing yet" in umbrella


def test_an_announced_step_stays_until_done(example, notification_server):
    (example.parent / "config.toml").write_text(example.read_text().replace(
        "[notify.desktop]\nenabled = false", "[notify.desktop]\nenabled = true"))
    env = {"DBUS_SESSION_BUS_ADDRESS": notification_server.address}
    result = watcher("scan", "--now", MONDAY, "--notify", "--json", config=example, env=env)
    assert result.returncode == 0, result.stderr
    scanned = {i["id"]: i for i in json.loads(result.stdout)["interviews"]}
    assert scanned["initech-pm"]["next_step"]["action"] == "follow_up_1"
    assert scanned["initech-pm"]["next_step"]["announced_at"] is None  # decided before announcing
    notification_server.wait_for_calls(1)

    later = "2026-11-25T10:00"
    rows = todo_json(example, "--now", later, env=env)
    step = rows["initech-pm"]["next_step"]
    assert step["action"] == "follow_up_1" and step["announced_at"] is not None
    assert rows["initech-pm"]["due"] is True
    status = json.loads(watcher("status", "--json", "--now", later, config=example, env=env).stdout)
    [initech] = [i for i in status["interviews"] if i["id"] == "initech-pm"]
    assert initech["next_step"]["announced_at"] == step["announced_at"]
    text = watcher("todo", "--now", later, config=example, env={**env, "COLUMNS": "120"}).stdout
    assert "follow up — reminded Mon 23 Nov" in text

    done = watcher("done", "initech-pm", "--at", "2026-11-24T12:00", config=example, env=env)
    assert done.returncode == 0, done.stderr
    assert "done: follow up for initech-pm" in done.stdout
    step = todo_json(example, "--now", later, env=env)["initech-pm"]["next_step"]
    assert step["action"] == "follow_up_2" and step["announced_at"] is None
    future = watcher("done", "initech-pm", "follow_up", "--at", "2099-01-01T10:00", config=example, env=env)
    assert future.returncode == 2 and "future" in future.stderr


def test_a_step_announced_then_moved_later_is_still_an_upcoming_calendar_date(example, notification_server, tmp_path):
    (example.parent / "config.toml").write_text(example.read_text().replace(
        "[notify.desktop]\nenabled = false", "[notify.desktop]\nenabled = true"))
    env = {"DBUS_SESSION_BUS_ADDRESS": notification_server.address}
    assert watcher("scan", "--now", MONDAY, "--notify", config=example, env=env).returncode == 0
    notification_server.wait_for_calls(1)  # Initech's first follow-up was announced
    # Then they promise news by Friday 27 Nov: the follow-up moves to Tuesday 1 Dec.
    interviews = example.parent / "examples" / "interviews.toml"
    interviews.write_text(interviews.read_text().replace(
        'domains = ["initech.de"]\n', 'domains = ["initech.de"]\nfeedback_by = 2026-11-27\n'))
    assert watcher("scan", "--now", "2026-11-24T10:00", config=example, env=env).returncode == 0
    step = todo_json(example, "--now", "2026-11-24T10:00", env=env)["initech-pm"]["next_step"]
    assert step["action"] == "follow_up_1" and step["announced_at"] and step["due"].startswith("2026-12-01")
    ics = tmp_path / "follow-ups.ics"
    result = watcher("export-ics", str(ics), "--now", "2026-11-24T10:00", config=example, env=env)
    assert result.returncode == 0, result.stderr
    from icalendar import Calendar

    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    initech = [e for e in events if "Initech" in str(e["SUMMARY"])]
    assert len(initech) == 1 and initech[0].decoded("DTSTART").date().isoformat() == "2026-12-01"


def test_log_lines_below_warning_stay_quiet_on_a_terminal_unless_asked(example):
    from tests.test_actions_cli import run_on_terminal

    quiet = run_on_terminal(example, ["scan", "--no-notify"])
    assert "folder_synced" not in quiet and "To do" in quiet
    loud = run_on_terminal(example, ["-v", "scan", "--no-notify"])
    assert "folder_synced" in loud
    assert "Z " not in loud.split("folder_synced")[0][-60:]  # local time, not UTC


def readme_block(after: str) -> str:
    """The first fenced block after the line containing ``after`` in the README."""
    text = (REPO / "README.md").read_text()
    rest = text[text.index(after):]
    start = rest.index("```\n") + 4
    return rest[start:rest.index("```\n", start)]


def test_the_readme_shows_the_list_as_it_prints(example):
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    result = watcher("todo", "--now", MONDAY, config=example, env={"COLUMNS": "80"})
    assert result.stdout == readme_block("config.example.toml todo --now 2026-11-23T10:00")


def test_scan_now_is_a_what_if_that_changes_nothing_for_the_next_real_scan(example, tmp_path):
    future = watcher("scan", "--no-notify", "--json", "--now", "2030-06-01T10:00", config=example)
    assert future.returncode == 0, future.stderr
    status = json.loads(watcher("status", "--json", config=example).stdout)
    assert status["folders"] and all(f["last_sync"] < "2027" for f in status["folders"])
    after = json.loads(watcher("scan", "--no-notify", "--json", config=example).stdout)

    control_dir = tmp_path / "control"
    control_dir.mkdir()
    shutil.copytree(REPO / "examples", control_dir / "examples", ignore=shutil.ignore_patterns("*.db*"))
    control = control_dir / "config.toml"
    control.write_text((REPO / "config.example.toml").read_text())
    real = json.loads(watcher("scan", "--no-notify", "--json", config=control).stdout)
    assert {m["message_id"] for m in after["messages"]} == {m["message_id"] for m in real["messages"]}
    assert [(i["id"], i["next_step"]) for i in after["interviews"]] == [
        (i["id"], i["next_step"]) for i in real["interviews"]]


def test_a_message_that_could_not_be_read_is_on_the_list_never_as_heard(example):
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    assert watcher("message", "assign", "ooo-li-1116@mail.gmail.com", "umbrella-research", "--kind", "unknown",
                   config=example).returncode == 0
    rows = todo_json(example, "--now", MONDAY)
    assert rows["umbrella-research"]["last_heard"] is None
    assert rows["umbrella-research"]["next_step"]["action"] == "follow_up_1"  # no step cancelled
    text = watcher("todo", "--now", MONDAY, config=example, env={"COLUMNS": "200"}).stdout
    umbrella = next(line for line in text.splitlines() if "umbrella-research" in line)
    assert "could not read this message: look at it yourself" in umbrella


def test_last_heard_counts_news_you_logged_by_hand_everywhere_it_is_shown(example):
    """Before, `interview show`, `todo` and the JSON said "nothing heard" (or an older message)
    after `interview log ID --heard ...`, though the policy counted the news."""
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    for interview, kind, at in (("acme-data-engineer", "offer", "2026-11-20T15:00"),   # after its mail
                                ("umbrella-research", "rejection", "2026-11-19T11:00"),  # no mail heard
                                ("globex-backend", "next_step", "2026-11-10T10:00")):  # before its mail
        logged = watcher("interview", "log", interview, "--heard", kind, "--at", at, config=example)
        assert logged.returncode == 0, logged.stderr
        words = {"offer": "an offer", "rejection": "a decision (not this time)", "next_step": "a next step"}[kind]
        assert f"logged for {interview}: " in logged.stdout and f"you heard: {words}" in logged.stdout

    rows = todo_json(example, "--now", MONDAY)
    assert (rows["acme-data-engineer"]["last_heard"], rows["acme-data-engineer"]["last_heard_kind"],
            rows["acme-data-engineer"]["last_heard_logged"]) == ("2026-11-20T14:00:00+00:00", "offer", True)
    assert (rows["umbrella-research"]["last_heard_kind"], rows["umbrella-research"]["last_heard_logged"]) \
        == ("rejection", True)
    # A logged moment before the latest real message leaves that message the last heard.
    assert (rows["globex-backend"]["last_heard_kind"], rows["globex-backend"]["last_heard_logged"]) \
        == ("rejection", False)
    assert rows["globex-backend"]["last_heard"].startswith("2026-11-12")

    shown = json.loads(watcher("interview", "show", "umbrella-research", "--json", "--now", MONDAY,
                               config=example).stdout)["decision"]
    assert (shown["last_heard"], shown["last_heard_kind"]) == ("2026-11-19T10:00:00+00:00", "rejection")
    text = watcher("interview", "show", "acme-data-engineer", "--now", MONDAY, config=example,
                   env={"COLUMNS": "160"}).stdout
    assert "Fri 20 Nov 15:00" in text and "an offer (logged by you)" in text
    listed = watcher("todo", "--now", MONDAY, "--all", config=example, env={"COLUMNS": "160"}).stdout
    umbrella = next(line for line in listed.splitlines() if "umbrella-research" in line)
    assert "Thu 19 Nov: logged: a decision (not this time)" in umbrella and "nothing yet" not in umbrella
    scanned = json.loads(watcher("scan", "--json", "--no-notify", "--now", MONDAY, config=example).stdout)
    acme = next(i for i in scanned["interviews"] if i["id"] == "acme-data-engineer")
    assert (acme["last_heard_kind"], acme["last_heard_logged"]) == ("offer", True)


def test_a_reply_that_decides_nothing_never_hides_the_no_before_it(example):
    """Before, a person's reply after the rejection (here a question about travel costs,
    kind other) was what the list said was heard, and the request for feedback the
    rejection calls for was no longer asked for."""
    inbox = example.parent / "examples" / "mail" / "inbox" / "cur"
    (inbox / "1794590000.11-globex-expenses.example:2,S").write_text(
        "From: Dana Whitfield <dana.whitfield@globex.com>\n"
        "To: alex.morgan@example.org\n"
        "Subject: Travel costs for your interview\n"
        "Date: Fri, 13 Nov 2026 10:00:00 +0000\n"
        "Message-ID: <expenses-7731@globex.com>\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Hi Alex,\n\nFor the refund of your train tickets to the Backend Developer interview at Globex:\n"
        "could you send me your IBAN and the receipts?\n\nThanks,\nDana\n")
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    globex = todo_json(example, "--now", MONDAY, "--all")["globex-backend"]
    assert (globex["last_heard_kind"], globex["last_heard"][:10]) == ("rejection", "2026-11-12"), globex
    shown = json.loads(watcher("interview", "show", "globex-backend", "--json", "--now", MONDAY,
                               config=example).stdout)["decision"]
    assert shown["outcome"] == "rejection", shown
    assert "ask_feedback" in shown["overdue"] + shown["due_now"], shown


def test_interview_list_and_show_fit_the_terminal_and_cut_no_address(example):
    """Before, these tables were drawn at least 100 columns wide whatever the terminal
    (an 80-column one wrapped every line twice), cut addresses with "…", and `show`
    named kinds by their identifiers ("acknowledgement") where the to-do list says words."""
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    for args in (["interview", "list"], ["interview", "show", "globex-backend", "--now", MONDAY]):
        text = watcher(*args, config=example, env={"COLUMNS": "80"}).stdout
        text = text.split("\nDraft to ")[0]  # a draft's paragraphs are not wrapped: they are pasted
        assert text.strip(), args
        assert max(len(line) for line in text.splitlines()) <= 80, args
        assert "…" not in text, args
        assert all(line == line.rstrip() for line in text.splitlines()), args  # no padding
    shown = watcher("interview", "show", "globex-backend", "--now", MONDAY, config=example,
                    env={"COLUMNS": "200"}).stdout
    assert "holding reply" in shown and "acknowledgement" not in shown and "thank_you" not in shown
    assert "sam@talentbridge.co" in shown


@pytest.mark.parametrize(("now", "next_morning"), [("2026-11-24T18:30", "2026-11-25T09:00"),
                                                  ("2026-11-28T11:00", "2026-11-30T09:00")], ids=["evening", "saturday"])
def test_a_step_that_fell_due_is_due_now_out_of_hours_never_due_tomorrow(example, now, next_morning):
    # Umbrella's first follow-up fell due Tue 24 Nov 09:00 and was not sent: at 18:30 that day,
    # or on the Saturday, it is due now (overdue since 09:00); only its notice waits.
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    umbrella = todo_json(example, "--now", now)["umbrella-research"]
    assert umbrella["due"] is True
    assert umbrella["next_step"]["action"] == "follow_up_1"
    assert umbrella["next_step"]["due"].startswith("2026-11-24T09:00")
    # Its notice waits for the next working morning, as the text says: in the JSON too.
    notice_at = datetime.fromisoformat(umbrella["next_step"]["notice_at"])
    assert notice_at == datetime.fromisoformat(next_morning).replace(tzinfo=ZoneInfo("Europe/Berlin"))
    text = watcher("todo", "--now", now, config=example, env={"COLUMNS": "120"}).stdout
    line = next(line for line in text.splitlines() if "umbrella-research" in line)
    assert "DUE NOW" in line and "09:00" not in line


def test_interview_show_says_a_step_due_this_morning_is_due_now_in_the_evening(example):
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    shown = watcher("interview", "show", "umbrella-research", "--now", "2026-11-24T18:30",
                    config=example, env={"COLUMNS": "160"})
    assert shown.returncode == 0, shown.stderr
    # columns: status, last heard, what it was, next step, due now
    row = next(line for line in shown.stdout.splitlines() if "Tue 24 Nov 09:00" in line)
    cells = [cell.strip() for cell in row.strip("│ ").split("│")]
    assert cells[-2] == "follow up, due since Tue 24 Nov 09:00" and cells[-1] == "follow up", row


def test_a_step_ahead_says_when_it_is_due_as_the_list_does(example):
    """`interview show` named a step ahead and a step fallen due alike ("follow up · Tue 24 Nov
    09:00"); it says "due" and the local time the to-do list shows."""
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    shown = watcher("interview", "show", "umbrella-research", "--now", "2026-11-20T10:00",
                    config=example, env={"COLUMNS": "160"})
    row = next(line for line in shown.stdout.splitlines() if "Tue 24 Nov 09:00" in line)
    cells = [cell.strip() for cell in row.strip("│ ").split("│")]
    assert cells[-2] == "follow up, due Tue 24 Nov 09:00" and cells[-1] == "-", row
    listed = watcher("todo", "--now", "2026-11-20T10:00", config=example, env={"COLUMNS": "160"}).stdout
    line = next(line for line in listed.splitlines() if "umbrella-research" in line)
    assert "follow up" in line and "Tue 24 Nov 09:00" in line


def test_interview_show_names_every_step_fallen_due_out_of_hours(example):
    """Out of working hours the due-now column named only the earliest step fallen due; a
    request for feedback due since the morning was left out in the evening."""
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    # Acme asked for a time (answer due Fri 6 Nov) and later said no (feedback due Mon 23 Nov).
    assert watcher("interview", "log", "acme-data-engineer", "--heard", "rejection", "--at", "2026-11-20T12:00",
                   config=example).returncode == 0
    for now in ("2026-11-23T10:00", "2026-11-23T20:00"):
        shown = watcher("interview", "show", "acme-data-engineer", "--now", now, config=example,
                        env={"COLUMNS": "200"})
        assert shown.returncode == 0, shown.stderr
        row = next(line for line in shown.stdout.splitlines() if "Fri 06 Nov 09:00" in line)
        cells = [cell.strip() for cell in row.strip("│ ").split("│")]
        assert cells[-1] == "answer them, ask for feedback", (now, row)
        data = json.loads(watcher("interview", "show", "acme-data-engineer", "--json", "--now", now,
                                  config=example).stdout)
        assert data["decision"]["overdue"] == ["reply", "ask_feedback"], now


def test_the_news_line_names_whose_other_messages_came(example):
    """Holding replies and out-of-office replies are said with the company, as replies are."""
    result = watcher("scan", "--no-notify", config=example, env={"COLUMNS": "400"})
    assert result.returncode == 0, result.stderr
    [news] = [line for line in result.stdout.splitlines() if line.startswith("Found in this first scan")]
    assert ("3 other messages (Acme Analytics: a holding reply, Globex: a holding reply, Umbrella Labs: an out-of-office reply)"
            in news), news


def test_an_interview_logged_after_the_last_scan_says_its_mail_was_not_looked_for(example):
    """Not "nothing yet" as if mail had been looked for: until a scan has read the mail for
    it, the list, `interview show`, the board's card and the JSON say that none has; the next
    scan clears it, and a change of its contacts sets it again."""
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    added = watcher("interview", "add", "--company", "Quillmoor Analytics", "--when", "2026-11-16T10:00",
                    "--contact", "ines.baptiste@quillmoor.example", "--id", "quillmoor", config=example)
    assert added.returncode == 0, added.stderr
    assert todo_json(example, "--now", MONDAY)["quillmoor"]["not_looked_for"] == ["example"]
    assert todo_json(example, "--now", MONDAY)["initech-pm"]["not_looked_for"] == []  # read by the scan
    text = watcher("todo", "--now", MONDAY, config=example, env={"COLUMNS": "200"}).stdout
    row = next(line for line in text.splitlines() if line.startswith("quillmoor"))
    assert "mail not looked for yet: no scan since it was logged" in row and "nothing yet" not in row
    narrow = watcher("todo", "--now", MONDAY, config=example, env={"COLUMNS": "40"}).stdout
    assert "last heard: mail not looked for yet: no scan since it was logged" in narrow
    show = watcher("interview", "show", "quillmoor", "--now", MONDAY, config=example, env={"COLUMNS": "200"})
    assert "mail not looked for yet: no scan since it was logged" in show.stdout

    assert watcher("scan", "--no-notify", config=example).returncode == 0
    assert todo_json(example, "--now", MONDAY)["quillmoor"]["not_looked_for"] == []
    text = watcher("todo", "--now", MONDAY, config=example, env={"COLUMNS": "200"}).stdout
    row = next(line for line in text.splitlines() if line.startswith("quillmoor"))
    assert "nothing yet" in row and "not looked for" not in row

    # A message tied to it, then a contact added: the mail is read for it again at the next scan.
    assert watcher("message", "assign", "ooo-li-1116@mail.gmail.com", "quillmoor", config=example).returncode == 0
    assert watcher("interview", "edit", "quillmoor", "--add-contact", "r.osei@quillmoor.example",
                   config=example).returncode == 0
    text = watcher("todo", "--now", MONDAY, config=example, env={"COLUMNS": "200"}).stdout
    row = next(line for line in text.splitlines() if line.startswith("quillmoor"))
    assert "mail not looked for yet: no scan since it changed" in row


def test_show_gives_the_promised_day_the_schedule_reads_not_a_stale_one(example):
    """Before, `interview show` gave the day logged (3 Nov) after a holding reply had moved
    it to 6 Nov, and "-" where only a holding reply had promised a day."""
    assert watcher("scan", "--no-notify", config=example).returncode == 0

    def shown(interview_id: str) -> tuple[str, dict]:
        text = watcher("interview", "show", interview_id, "--now", MONDAY, config=example,
                       env={"COLUMNS": "200"}).stdout
        line = next(line.strip() for line in text.splitlines() if line.strip().startswith("feedback promised by"))
        return line, todo_json(example, "--now", MONDAY)[interview_id]

    line, row = shown("acme-data-engineer")
    assert line == "feedback promised by: 2026-11-06 (a holding reply moved it from 2026-11-03, the date you logged)"
    assert row["promised_by"] == "2026-11-06"
    line, row = shown("globex-backend")
    assert line == "feedback promised by: 2026-11-11 (named by a holding reply)"
    assert row["promised_by"] == "2026-11-11"
    line, row = shown("initech-pm")
    assert line == "feedback promised by: -" and row["promised_by"] is None


def test_show_before_the_interview_gives_what_was_logged(example):
    """Before, it said only when the interview is, so what `--from-message` filled in could
    not be checked before the day."""
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    text = watcher("interview", "show", "initech-pm", "--now", "2026-11-01T10:00", config=example,
                   env={"COLUMNS": "120"}).stdout
    assert "nothing to do before then" in text
    assert "  role: Product Manager" in text and "  contacts: jonas.keller@initech.de" in text
    assert "  domains: initech.de" in text


@pytest.mark.parametrize(
    ("contacts", "domains", "line"),
    [
        (("anna@acme.example",), (), "  domains: - (and the contacts' acme.example, read as the company's)"),
        (("anna@acme.example",), ("acme.example",), "  domains: acme.example"),
        (("bob@gmail.com",), (), "  domains: -"),
        (("anna@acme.example", "li@acme-labs.example"), ("acme.example",),
         "  domains: acme.example (and the contacts' acme-labs.example, read as the company's)"),
    ],
)
def test_show_says_which_contact_domains_count_as_the_company(contacts, domains, line):
    """Before, `interview show` said "domains: -" for an interview logged with anna@acme.example
    only, though matching reads acme.example as the company's domain."""
    import io

    from watcher.model import Interview
    from watcher.report import render_facts

    out = io.StringIO()
    render_facts(Interview(id="acme", company="Acme", when=datetime(2026, 11, 3, 10, tzinfo=ZoneInfo("UTC")),
                           contacts=contacts, domains=domains), None, out)
    assert line in out.getvalue().splitlines()
