"""`watcher scan` end to end: a real Dovecot on loopback, a real SMTP server for notices.

Each test writes a config and an interviews file in a temp dir, delivers mail with
IMAP APPEND, runs the command as a user would, and reads its JSON report.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ME = "alex@example.org"
NOW = "2026-11-20T10:30"  # a Friday morning in Berlin, inside working hours
INTERVIEWS = """
[[interview]]
id = "acme"
company = "Acme Analytics"
role = "Data Engineer"
when = 2026-11-10T10:00:00+01:00
contacts = ["anna@acme-analytics.com"]
domains = ["acme-analytics.com"]

[[interview]]
id = "globex"
company = "Globex"
role = "Backend Developer"
when = 2026-11-12T14:00:00+01:00
domains = ["globex.com"]
"""


def mail(sender: str, to: str, subject: str, body: str, date: str, msgid: str, **headers: str) -> bytes:
    from datetime import datetime

    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime.fromisoformat(date))
    m["Message-ID"] = msgid
    for name, value in headers.items():
        m[name.replace("_", "-")] = value
    m.set_content(body)
    return bytes(m)


REJECTION = mail("Anna <anna@acme-analytics.com>", ME, "Your application",
                 "Hi Alex,\n\nthank you for your time. After careful consideration we have decided to move "
                 "forward with other candidates.\n\nBest wishes,\nAnna", "2026-11-18T16:00:00+01:00",
                 "<rej-1@acme-analytics.com>")
NEWSLETTER = mail("Acme News <news@acme-analytics.com>", ME, "November update",
                  "Our product news. Unfortunately we sunset the old API.", "2026-11-17T08:00:00+01:00",
                  "<nl-1@acme-analytics.com>", List_Unsubscribe="<https://acme-analytics.com/u>")
UNRELATED = mail("Jamie <jamie@fastmail.com>", ME, "Climbing?", "Sunday at ten?", "2026-11-16T09:00:00+01:00",
                 "<j-1@fastmail.com>")
THANKS = mail(f"Alex <{ME}>", "anna@acme-analytics.com", "Thank you",
              "Dear Anna,\nthank you for taking the time to talk with me today.\nAlex",
              "2026-11-10T17:00:00+01:00", "<thanks-1@example.org>")
NEXT_STEP = mail("Globex Recruiting <jobs@globex.com>", ME, "Next round",
                 "Hi Alex, we would like to invite you to a final interview. Could you let us know which of "
                 "these times works for you: Tuesday 24 November at 10:00 or Wednesday 25 November at 14:00?",
                 "2026-11-19T11:00:00+01:00", "<ns-1@globex.com>")


@dataclass
class Setup:
    config: Path
    env: dict[str, str]
    db: Path

    def scan(self, *args: str, now: str = NOW) -> tuple[int, dict, str]:
        send = [] if "--no-notify" in args else ["--notify"]  # --now alone sends nothing
        cmd = [sys.executable, "-m", "watcher", "--config", str(self.config), "scan", "--json", "--now", now,
               *send, *args]
        result = subprocess.run(cmd, capture_output=True, text=True, env=self.env, timeout=120, cwd=REPO)
        report = json.loads(result.stdout) if result.stdout.strip() else {}
        return result.returncode, report, result.stderr


def write_config(tmp_path: Path, accounts: str, notify: str = "") -> Path:
    (tmp_path / "interviews.toml").write_text(INTERVIEWS)
    config = tmp_path / "config.toml"
    config.write_text(
        f'interviews_file = "interviews.toml"\n[me]\naddresses = ["{ME}"]\n[database]\npath = "w.db"\n'
        f'[policy]\ntimezone = "Europe/Berlin"\n{accounts}\n{notify}\n'
    )
    return config


def imap_account(mailbox, name: str = "work", password_env: str = "WATCHER_TEST_IMAP", folders: str = '["INBOX"]') -> str:
    return (f'[[account]]\nname = "{name}"\ntype = "imap"\nhost = "{mailbox.host}"\nport = {mailbox.port}\n'
            f'tls = "none"\nusername = "{mailbox.user}"\npassword_env = "{password_env}"\n'
            f'folders = {folders}\nlookback_days = 60\n')


@pytest.fixture
def setup(tmp_path, dovecot, smtp_server) -> Setup:
    notify = (f'[notify.email]\nto = "{ME}"\nfrom = "watcher@example.org"\nhost = "{smtp_server.host}"\n'
              f'port = {smtp_server.port}\ntls = "starttls"\nca_file = "{smtp_server.ca_file}"\n'
              f'username = "{smtp_server.user}"\npassword_env = "WATCHER_TEST_SMTP"\n')
    config = write_config(tmp_path, imap_account(dovecot), notify)
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password, "WATCHER_TEST_SMTP": smtp_server.password}
    return Setup(config, env, tmp_path / "w.db")


def log_events(stderr: str, event: str) -> list[dict]:
    """The log records of one event in a command's stderr (JSON lines when not a terminal)."""
    records = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    return [r for r in records if r.get("event") == event]


def by_id(report: dict) -> dict[str, dict]:
    return {m["message_id"]: m for m in report["messages"]}


def interview(report: dict, interview_id: str) -> dict:
    return next(i for i in report["interviews"] if i["id"] == interview_id)


def test_first_scan_matches_classifies_and_announces_once(setup, dovecot, smtp_server):
    for raw in (REJECTION, NEWSLETTER, UNRELATED):
        dovecot.append("INBOX", raw)
    dovecot.append("Sent", THANKS)

    code, report, stderr = setup.scan()
    assert code == 0, stderr
    messages = by_id(report)
    assert messages["<rej-1@acme-analytics.com>"]["interview"] == "acme"
    assert messages["<rej-1@acme-analytics.com>"]["kind"] == "rejection"
    assert messages["<rej-1@acme-analytics.com>"]["reasons"]
    assert messages["<thanks-1@example.org>"]["direction"] == "sent"
    assert messages["<thanks-1@example.org>"]["kind"] == "thank_you"
    # The employer's newsletter is bulk mail about no application: tied to nothing, not listed.
    assert "<nl-1@acme-analytics.com>" not in messages
    assert "<j-1@fastmail.com>" not in messages  # unrelated mail is neither listed nor kept
    acme = interview(report, "acme")
    assert (acme["status"], acme["outcome"]) == ("heard_back", "rejection")
    assert acme["due_now"] == ["ask_feedback"]
    sent = {(n["interview"], n["action"]) for n in report["notices"] if n["sent"]}
    assert {("acme", "heard_back"), ("acme", "ask_feedback")} <= sent
    # Globex: interviewed, nothing heard, no thank-you sent yet: past the thank-you, not yet follow-up.
    assert interview(report, "globex")["status"] == "awaiting"

    assert len(smtp_server.messages) == 1  # one digest, not a burst
    digest = smtp_server.messages[0]
    assert "Acme Analytics" in digest["Subject"]
    text = digest.get_content()
    assert "feedback" in text.lower()
    assert "move forward with other candidates" not in text  # no bodies of their mail

    # Nothing was marked read on the server.
    assert all(b"\\Seen" not in flags for flags in dovecot.flags("INBOX").values())

    # A second scan finds nothing new and announces nothing again.
    code, again, _ = setup.scan()
    assert code == 0
    assert [f["new"] for a in again["accounts"] for f in a["folders"]] == [0, 0]
    assert [n for n in again["notices"] if n["sent"]] == []
    assert len(smtp_server.messages) == 1
    assert by_id(again).keys() == messages.keys()  # the report lists every scan's messages


def test_new_mail_between_scans_is_found_and_told(setup, dovecot, smtp_server):
    dovecot.append("Sent", THANKS)
    assert setup.scan()[0] == 0
    before = len(smtp_server.messages)
    dovecot.append("INBOX", NEXT_STEP)
    code, report, stderr = setup.scan()
    assert code == 0, stderr
    assert by_id(report)["<ns-1@globex.com>"]["kind"] == "next_step"
    assert by_id(report)["<ns-1@globex.com>"]["interview"] == "globex"
    assert interview(report, "globex")["status"] == "heard_back"
    assert len(smtp_server.messages) == before + 1
    assert "Globex" in smtp_server.messages[-1]["Subject"]


def test_no_notify_decides_without_sending_or_recording(setup, dovecot, smtp_server):
    dovecot.append("INBOX", REJECTION)
    code, report, _ = setup.scan("--no-notify")
    assert code == 0
    assert report["notices"] and not any(n["sent"] for n in report["notices"])
    assert smtp_server.messages == []
    assert interview(report, "acme")["due_now"] == ["ask_feedback"]
    code, report, _ = setup.scan()
    assert any(n["sent"] for n in report["notices"])
    assert len(smtp_server.messages) == 1
    code, report, _ = setup.scan("--no-notify")
    assert report["notices"] == []  # nothing left that a real run would send


def test_now_in_the_past_hides_later_mail_even_after_a_later_scan(setup, dovecot):
    dovecot.append("INBOX", REJECTION)
    code, later, _ = setup.scan("--no-notify")
    assert interview(later, "acme")["status"] == "heard_back"
    code, earlier, _ = setup.scan("--no-notify", now="2026-11-16T10:00")
    assert code == 0
    assert "<rej-1@acme-analytics.com>" not in by_id(earlier)
    acme = interview(earlier, "acme")
    assert acme["status"] == "awaiting" and acme["last_heard"] is None


def test_a_uidvalidity_change_announces_nothing_again(tmp_path, dovecot, smtp_server):
    dovecot.create_folder("Jobs")
    notify = (f'[notify.email]\nto = "{ME}"\nfrom = "w@example.org"\nhost = "{smtp_server.host}"\n'
              f'port = {smtp_server.port}\ntls = "starttls"\nca_file = "{smtp_server.ca_file}"\n'
              f'username = "{smtp_server.user}"\npassword_env = "WATCHER_TEST_SMTP"\n')
    config = write_config(tmp_path, imap_account(dovecot, folders='["INBOX", "Jobs"]'), notify)
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password, "WATCHER_TEST_SMTP": smtp_server.password}
    setup = Setup(config, env, tmp_path / "w.db")
    dovecot.append("Jobs", REJECTION)
    code, first, _ = setup.scan()
    assert code == 0 and len(smtp_server.messages) == 1
    old = dovecot.uidvalidity("Jobs")

    dovecot.delete_folder("Jobs")
    dovecot.create_folder("Jobs")
    dovecot.append("Jobs", REJECTION)
    assert dovecot.uidvalidity("Jobs") != old
    code, second, stderr = setup.scan()
    assert code == 0, stderr
    [changed] = log_events(stderr, "uidvalidity_changed")
    assert (changed["folder"], changed["old"], changed["new"]) == ("Jobs", old, dovecot.uidvalidity("Jobs"))
    assert len(smtp_server.messages) == 1
    assert [n for n in second["notices"] if n["sent"]] == []
    assert list(by_id(second)) == list(by_id(first))


def test_a_folder_read_first_after_an_error_is_read_as_new(tmp_path, dovecot):
    """A folder that could not be read before it was ever read (an error stored for it) is
    read as a new folder once it can be: from the lookback, with no UIDVALIDITY warning."""
    config = write_config(tmp_path, imap_account(dovecot, folders='["INBOX", "Jobs"]'))
    setup = Setup(config, {**os.environ, "WATCHER_TEST_IMAP": dovecot.password}, tmp_path / "w.db")
    code, first, _ = setup.scan("--no-notify")
    assert [n["folder"] for n in first["not_read"]] == ["Jobs"], first["not_read"]

    dovecot.create_folder("Jobs")
    dovecot.append("Jobs", REJECTION)
    code, second, stderr = setup.scan("--no-notify")
    assert code == 0, stderr
    assert log_events(stderr, "uidvalidity_changed") == [], stderr
    assert second["not_read"] == []
    assert by_id(second)["<rej-1@acme-analytics.com>"]["interview"] == "acme"
    # ...and its cursor is the folder's own from now on: the next scan reads nothing again.
    code, third, stderr = setup.scan("--no-notify")
    assert code == 0 and log_events(stderr, "uidvalidity_changed") == [], stderr
    assert list(by_id(third)) == list(by_id(second))


def test_one_failing_account_is_reported_and_the_others_still_scanned(tmp_path, dovecot):
    accounts = imap_account(dovecot) + imap_account(dovecot, name="broken", password_env="WATCHER_TEST_WRONG")
    config = write_config(tmp_path, accounts)
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password, "WATCHER_TEST_WRONG": "not-the-password"}
    dovecot.append("INBOX", REJECTION)
    code, report, stderr = Setup(config, env, tmp_path / "w.db").scan("-v")  # -v: the summaries too
    assert code == 1
    status = {a["account"]: a for a in report["accounts"]}
    assert status["work"]["ok"] is True
    assert status["broken"]["ok"] is False and "auth" in status["broken"]["error"].lower()
    assert "not-the-password" not in stderr + json.dumps(report)
    assert by_id(report)["<rej-1@acme-analytics.com>"]["interview"] == "acme"
    # The log names a failed sync as failed; "synced" is said of the account that was.
    assert [e["account"] for e in log_events(stderr, "account sync failed")] == ["broken"]
    assert [e["account"] for e in log_events(stderr, "account synced")] == ["work"]


def test_a_refused_connection_is_exit_1_with_a_clear_reason(tmp_path, dovecot):
    from tests.fixtures_dovecot import free_port

    class Closed:
        host, port, user = "127.0.0.1", free_port(), "nobody"

    config = write_config(tmp_path, imap_account(Closed))
    code, report, stderr = Setup(config, {**os.environ, "WATCHER_TEST_IMAP": "x"}, tmp_path / "w.db").scan()
    assert code == 1
    assert "refused" in report["accounts"][0]["error"].lower()


def test_a_broken_message_is_skipped_and_the_scan_goes_on(setup, dovecot):
    dovecot.append("INBOX", b"\x00\xff\xfe not a message at all \x00" * 50)
    dovecot.append("INBOX", b"From: anna@acme-analytics.com\r\nSubject: =?utf-8?q?broken=ZZ?=\r\n"
                   b"Content-Type: multipart/mixed\r\nMessage-ID: <broken@acme-analytics.com>\r\n\r\n--x\r\n\xff\xfe")
    dovecot.append("INBOX", REJECTION)
    code, report, stderr = setup.scan("--no-notify")
    assert code == 0, stderr
    assert by_id(report)["<rej-1@acme-analytics.com>"]["kind"] == "rejection"


def test_the_bundled_example_works_as_shipped(tmp_path):
    import shutil

    shutil.copytree(REPO / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.db*"))
    shutil.copy(REPO / "config.example.toml", tmp_path / "config.toml")
    setup = Setup(tmp_path / "config.toml", dict(os.environ), tmp_path / "examples" / "watcher.db")
    code, report, stderr = setup.scan("--no-notify", now="2026-11-20T10:00")
    assert code == 0, stderr
    kinds = {m["message_id"]: (m["interview"], m["kind"]) for m in report["messages"]}
    assert kinds["<gh-0b1c9f2e.81@us.greenhouse-mail.io>"] == ("globex-backend", "rejection")
    assert kinds["<CAH7q2-acme-0002@mail.acme-analytics.com>"] == ("acme-data-engineer", "next_step")
    assert kinds["<ooo-li-1116@mail.gmail.com>"] == ("umbrella-research", "auto_reply")
    assert "<alert-881273@linkedin.com>" not in kinds  # a job alert naming Globex is not Globex
    assert "<promo-77213@acme-analytics-deals.com>" not in kinds  # a look-alike domain
    # Hooli is new; Acme's invitation to a final round is a new interview to log too.
    assert sorted(s["company"] for s in report["suggestions"]) == ["Acme Analytics", "Hooli"]
    assert {i["id"]: i["status"] for i in report["interviews"]} == {
        "acme-data-engineer": "heard_back", "globex-backend": "heard_back",
        "initech-pm": "awaiting", "umbrella-research": "awaiting",
    }


def test_an_interview_logged_after_its_mail_was_read_still_finds_it(tmp_path, dovecot):
    config = write_config(tmp_path, imap_account(dovecot))
    setup = Setup(config, {**os.environ, "WATCHER_TEST_IMAP": dovecot.password}, tmp_path / "w.db")
    thanks = mail(f"Alex <{ME}>", "hr@initech.de", "Danke", "Vielen Dank für das Gespräch heute.",
                  "2026-11-16T17:00:00+01:00", "<thanks-initech@example.org>")
    reply = mail("HR <hr@initech.de>", ME, "Ihre Bewerbung", "Wir möchten Sie gern zu einem zweiten Gespräch "
                 "einladen. Passt Ihnen Dienstag um 10 Uhr?", "2026-11-18T09:00:00+01:00", "<r-initech@initech.de>")
    dovecot.append("Sent", thanks)
    dovecot.append("INBOX", reply)
    assert setup.scan("--no-notify")[0] == 0  # read before Initech was logged: nothing of it kept

    with (tmp_path / "interviews.toml").open("a") as rows:
        rows.write('\n[[interview]]\nid = "initech"\ncompany = "Initech GmbH"\n'
                   'when = 2026-11-16T10:00:00+01:00\ndomains = ["initech.de"]\n')
    code, report, stderr = setup.scan("--no-notify")
    assert code == 0, stderr
    found = by_id(report)
    assert found["<thanks-initech@example.org>"]["interview"] == "initech"
    assert found["<r-initech@initech.de>"]["interview"] == "initech"
    assert found["<r-initech@initech.de>"]["kind"] == "next_step"
    assert interview(report, "initech")["status"] == "heard_back"
    # Read once: a third scan neither reads it again nor changes anything.
    code, again, _ = setup.scan("--no-notify")
    assert by_id(again).keys() == found.keys()


def test_an_interview_logged_after_its_invitation_was_read_gets_the_invitation(tmp_path, dovecot):
    # The invitation comes days before the interview: read again from the run-up's start,
    # not from the day before the interview, it is tied (as context) and no longer suggested.
    config = write_config(tmp_path, imap_account(dovecot))
    setup = Setup(config, {**os.environ, "WATCHER_TEST_IMAP": dovecot.password}, tmp_path / "w.db")
    invitation = mail("Anna Berg <anna.berg@initech.de>", ME, "Interview invitation - Data Engineer",
                      "Thank you for applying to Initech. We would like to invite you to an interview for the "
                      "Data Engineer role on Wednesday 18 November at 10:00.",
                      "2026-11-06T09:00:00+01:00", "<inv-initech@initech.de>")
    dovecot.append("INBOX", invitation)
    code, first, stderr = setup.scan("--no-notify")
    assert code == 0, stderr
    assert [s["message_id"] for s in first["suggestions"]] == ["<inv-initech@initech.de>"]

    with (tmp_path / "interviews.toml").open("a") as rows:
        rows.write('\n[[interview]]\nid = "initech"\ncompany = "Initech"\n'
                   'when = 2026-11-18T10:00:00+01:00\ncontacts = ["anna.berg@initech.de"]\n')
    code, report, stderr = setup.scan("--no-notify")
    assert code == 0, stderr
    assert by_id(report)["<inv-initech@initech.de>"]["interview"] == "initech"
    assert report["suggestions"] == []
    assert interview(report, "initech")["status"] == "awaiting"  # the run-up is no reply


def test_now_alone_sends_nothing_so_the_real_moment_keeps_its_notices(setup, dovecot, smtp_server):
    dovecot.append("INBOX", REJECTION)
    cmd = [sys.executable, "-m", "watcher", "--config", str(setup.config), "scan", "--json", "--now", NOW]
    result = subprocess.run(cmd, capture_output=True, text=True, env=setup.env, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["notices"] and not any(n["sent"] for n in report["notices"])
    assert smtp_server.messages == []
    code, again, _ = setup.scan()  # --notify: the notices are still there to send
    assert any(n["sent"] for n in again["notices"]) and len(smtp_server.messages) == 1


def test_an_invitation_to_a_later_round_is_suggested_until_it_is_logged(setup, dovecot):
    dovecot.append("INBOX", NEXT_STEP)  # Globex invites to a final interview on Tue 24 Nov at 10:00
    code, report, stderr = setup.scan("--no-notify")
    assert code == 0, stderr
    [suggestion] = report["suggestions"]
    assert suggestion["message_id"] == "<ns-1@globex.com>"
    from datetime import datetime
    from zoneinfo import ZoneInfo

    # It offers two times: the suggestion names none, and says so.
    assert suggestion["when"] is None and suggestion["times_offered"] is True
    assert suggestion["company"] == "Globex"
    one = mail("Globex Recruiting <jobs@globex.com>", ME, "Next round, the time",
               "Hi Alex, we would like to invite you to a final interview: could you do Tuesday 24 November at 10:00?",
               "2026-11-19T15:00:00+01:00", "<ns-2@globex.com>")
    dovecot.append("INBOX", one)
    code, report, stderr = setup.scan("--no-notify")
    [single] = [s for s in report["suggestions"] if s["message_id"] == "<ns-2@globex.com>"]
    assert datetime.fromisoformat(single["when"]) == datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert "times_offered" not in single

    with (setup.config.parent / "interviews.toml").open("a") as rows:
        rows.write('\n[[interview]]\nid = "globex-final"\ncompany = "Globex"\n'
                   'when = 2026-11-24T10:00:00+01:00\ndomains = ["globex.com"]\n')
    code, report, _ = setup.scan("--no-notify")
    assert report["suggestions"] == []


def _with_header(raw: bytes, field: bytes) -> bytes:
    """``raw`` with one more header field, written as given (EmailMessage would fold it)."""
    head, _, body = raw.partition(b"\n\n") if b"\r\n\r\n" not in raw else raw.partition(b"\r\n\r\n")
    eol = b"\r\n" if b"\r\n" in head else b"\n"
    return head + eol + field + eol + eol + body


@pytest.mark.parametrize("shape", ["one line", "folded, beside a long field"])
def test_a_reply_deep_in_a_long_thread_is_tied_by_the_newest_ids_of_its_40_kb_references(setup, dovecot, shape):
    """References lists a thread oldest first. Cut at 16 KB from its start, a 40 KB one lost
    the newest ids: here the only ones that tie the reply (a personal address, In-Reply-To
    naming a colleague's message watcher never saw) to the thank-you sent from the thread."""
    dovecot.append("Sent", THANKS)
    older = [f"<list-{n:04d}.{n * 7919 % 10007}@lists.bigcorp-alumni.example>" for n in range(900)]
    ids = [*older, "<thanks-1@example.org>", "<cc-reply-1@partner-firm.example>"]
    assert len(" ".join(ids)) > 40_000
    reply = mail("Anna B <anna.b.private@gmail.com>", ME, "Re: Thank you",
                 "Hi Alex,\n\nwe would like to invite you to a final round. Could you do Tuesday "
                 "24 November at 10:00?\n\nAnna", "2026-11-19T11:00:00+01:00", "<deep-1@mail.gmail.com>",
                 In_Reply_To="<cc-reply-1@partner-firm.example>")
    if shape == "one line":
        raw = _with_header(reply, b"References: " + " ".join(ids).encode())
    else:
        raw = _with_header(_with_header(reply, b"References: " + "\r\n ".join(ids).encode()),
                           b"X-Archive-Trace: " + b"x" * 20_000)
    dovecot.append("INBOX", raw)

    code, report, stderr = setup.scan("--no-notify")
    assert code == 0, stderr
    messages = by_id(report)
    assert "<deep-1@mail.gmail.com>" in messages, "the reply was not tied to its thread"
    assert messages["<deep-1@mail.gmail.com>"]["interview"] == "acme"
    assert any("thread" in reason.lower() for reason in messages["<deep-1@mail.gmail.com>"]["reasons"])


def test_the_report_counts_the_updates_of_the_one_digest_it_sent(setup, dovecot, smtp_server):
    dovecot.append("INBOX", REJECTION)  # news, the feedback request it makes due, and a thank-you due
    result = subprocess.run([sys.executable, "-m", "watcher", "--config", str(setup.config), "scan", "--now", NOW,
                             "--notify"], capture_output=True, text=True, env={**setup.env, "COLUMNS": "200"},
                            timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert len(smtp_server.messages) == 1
    assert "Notices sent: 3 updates in one email digest." in result.stdout


def test_a_thank_you_you_sent_is_said_to_be_noticed_not_nothing_new(setup, dovecot):
    assert setup.scan("--no-notify")[0] == 0
    dovecot.append("Sent", THANKS)
    result = subprocess.run([sys.executable, "-m", "watcher", "--config", str(setup.config), "scan", "--now", NOW,
                             "--no-notify"], capture_output=True, text=True, env={**setup.env, "COLUMNS": "200"},
                            timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert "Nothing new since the last scan" not in result.stdout
    assert "New since the last scan: 1 message you sent (Acme Analytics: your thank-you)." in result.stdout


def test_a_reply_dated_in_the_future_counts_from_the_scan_that_found_it(tmp_path, dovecot):
    """A reply whose Date is ahead of the clock by less than a day (a wrong zone; a Date
    further ahead is not believed, see watcher.parse) was not counted until that moment
    came: the reminders went on after a rejection. It counts from the scan that finds it,
    shown with its own date. A look at a past moment over today's mailbox still leaves it
    out: it had not come yet then."""
    from datetime import UTC, datetime, timedelta

    ahead = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=5)
    no = mail("Anna <anna@acme-analytics.com>", ME, "Your application",
              "Hi Alex,\n\nthank you for your time. After careful consideration we have decided to move "
              "forward with other candidates.\n\nBest wishes,\nAnna", ahead.isoformat(), "<rej-ahead@acme-analytics.com>")
    dovecot.append("INBOX", no)
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password}

    replay_dir, real_dir = tmp_path / "replay", tmp_path / "real"
    replay_dir.mkdir(), real_dir.mkdir()
    replay = write_config(replay_dir, imap_account(dovecot))
    code, past, stderr = Setup(replay, env, replay_dir / "w.db").scan("--no-notify")  # as of NOW, 20 Nov
    assert code == 0, stderr
    assert "<rej-ahead@acme-analytics.com>" not in by_id(past)
    assert {i["id"]: i["status"] for i in past["interviews"]}["acme"] == "awaiting"

    config = write_config(real_dir, imap_account(dovecot))
    result = subprocess.run([sys.executable, "-m", "watcher", "--config", str(config), "scan", "--json", "--no-notify"],
                            capture_output=True, text=True, env=env, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    found = by_id(report)["<rej-ahead@acme-analytics.com>"]
    assert (found["interview"], found["kind"]) == ("acme", "rejection")
    assert datetime.fromisoformat(found["date"]) == ahead  # its own date, as it says
    acme = {i["id"]: i for i in report["interviews"]}["acme"]
    assert (acme["status"], acme["outcome"]) == ("heard_back", "rejection")
    assert acme["next_step"]["action"] == "ask_feedback"
