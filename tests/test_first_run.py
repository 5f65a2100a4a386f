"""What a new user meets on their own mail (a real Dovecot): notices that reach nobody are
never said to be sent, and `watcher check` finds the setup that would leave them unheard."""

from __future__ import annotations

import os
import time
import subprocess
import sys

from tests.test_check import check
from tests.test_cli import REPO, bare  # noqa: F401 - bare is a fixture
from tests.test_scan_imap import NOW, REJECTION, Setup, imap_account, log_events, write_config

DRAFTS_ONLY = '[notify.desktop]\nenabled = false\n[drafts]\nimap_folder = "Drafts"\n'


def test_a_drafts_folder_files_drafts_and_never_claims_to_have_told_news(tmp_path, dovecot):
    """The drafts folder took every notice as sent, news included: a rejection (or an offer)
    was reported as "Notices sent: ... in one drafts digest" and logged "notice sent", while
    nothing was filed and nobody was told. Only the notices that carry a draft go there."""
    config = write_config(tmp_path, imap_account(dovecot), DRAFTS_ONLY)
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password, "COLUMNS": "200"}
    dovecot.append("INBOX", REJECTION)  # news, the feedback request it makes due, and Globex's thank-you due
    code, report, stderr = Setup(config, env, tmp_path / "w.db").scan("-v")
    assert code == 0, stderr
    sent = {(n["interview"], n["action"]) for n in report["notices"] if n["sent"]}
    assert sent == {("acme", "ask_feedback"), ("globex", "thank_you")}
    assert len(dovecot.flags("Drafts")) == 2
    [logged] = log_events(stderr, "notice sent")
    assert logged["channel"] == "drafts" and logged["count"] == 2 and "heard_back" not in logged["actions"]
    import sqlite3

    with sqlite3.connect(tmp_path / "w.db") as db:  # the board's timeline lists the sends recorded
        told = db.execute("SELECT action FROM notices WHERE sent_at IS NOT NULL ORDER BY action").fetchall()
    assert told == [("ask_feedback",), ("thank_you",)]

    again = subprocess.run([sys.executable, "-m", "watcher", "--config", str(config), "scan", "--now", NOW,
                            "--notify"], capture_output=True, text=True, env=env, timeout=120, cwd=REPO)
    assert again.returncode == 0, again.stderr
    assert "Notices sent" not in again.stdout  # nothing new to file, and nothing to tell there
    assert len(dovecot.flags("Drafts")) == 2


def test_news_only_in_a_drafts_folder_is_reported_as_filed_drafts(tmp_path, dovecot):
    config = write_config(tmp_path, imap_account(dovecot), DRAFTS_ONLY)
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password, "COLUMNS": "200"}
    dovecot.append("INBOX", REJECTION)
    result = subprocess.run([sys.executable, "-m", "watcher", "--config", str(config), "scan", "--now", NOW,
                             "--notify"], capture_output=True, text=True, env=env, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert "2 drafts filed in your drafts folder." in result.stdout
    assert "drafts digest" not in result.stdout


def test_check_warns_when_no_notice_channel_would_reach_you(tmp_path, dovecot):
    """Desktop notices off and no email: a scan by hand shows what is new, but the service
    and the timer tell nobody. check said nothing of it."""
    env = {"WATCHER_TEST_IMAP": dovecot.password}
    silent = write_config(tmp_path, imap_account(dovecot), DRAFTS_ONLY)
    result = check(silent, env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert ("warning: no notice channel is on ([notify.desktop] enabled = false, no [notify.email])"
            in result.stdout)
    assert "drafts filed in Drafts tell you of no reply" in result.stdout


def test_check_finds_a_drafts_folder_the_server_does_not_have(tmp_path, dovecot):
    """Every reminder's draft failed to be filed, at each scan, while check said all was well."""
    env = {"WATCHER_TEST_IMAP": dovecot.password}
    config = write_config(tmp_path, imap_account(dovecot), '[drafts]\nimap_folder = "Brouillons"\n')
    result = check(config, env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "account work: folder 'Brouillons' ([drafts] imap_folder) does not exist on the server" in result.stdout
    [line] = [line for line in result.stdout.splitlines() if "'Brouillons' ([drafts]" in line]
    assert "Drafts" in line.partition("it has:")[2]  # the folders it has, to pick from


def test_the_service_says_at_its_start_when_it_would_tell_nobody(tmp_path, dovecot):
    """`watcher run` with no notice channel on started as usual and logged "notice sent" to
    the drafts folder for a reply nobody was told of."""
    import signal

    from tests.child_process import dies_with_this_process, stop_child

    config = write_config(tmp_path, imap_account(dovecot), DRAFTS_ONLY)
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password, "HOME": str(tmp_path)}
    env.pop("NOTIFY_SOCKET", None)
    log = tmp_path / "run.log"
    with log.open("wb") as out:
        daemon = subprocess.Popen([sys.executable, "-m", "watcher", "--config", str(config), "run"], stdout=out,
                                  stderr=subprocess.STDOUT, env=env, cwd=REPO, preexec_fn=dies_with_this_process())
    try:
        deadline = time.monotonic() + 60
        while '"daemon ready"' not in log.read_text() and time.monotonic() < deadline:
            assert daemon.poll() is None, log.read_text()
            time.sleep(0.2)
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=30) == 0
    finally:
        stop_child(daemon, timeout=10)
    [warning] = log_events(log.read_text(), "no notice channel")
    assert warning["level"] == "warning" and "[notify.email]" in warning["what_to_do"]


def test_interview_show_offers_save_only_where_a_drafts_folder_is_set(bare):
    """`interview show` said "`watcher draft ID --save` files it" where --save can only fail."""
    from tests.test_cli import watcher

    assert watcher("interview", "add", "--company", "Acme", "--when", "2026-11-16T10:00", "--id", "acme",
                   "--contact", "anna@acme.example", config=bare).returncode == 0
    shown = watcher("interview", "show", "acme", "--now", "2026-11-17T10:00", config=bare, env={"COLUMNS": "200"})
    assert shown.returncode == 0, shown.stderr
    assert "Draft to send a thank-you note (`watcher draft acme` prints it; with [drafts] imap_folder set" in shown.stdout
    assert "--save` files it" not in shown.stdout
    with_folder = bare.read_text() + '[drafts]\nimap_folder = "Drafts"\n'
    bare.write_text(with_folder.replace("[me]", '[[account]]\nname = "m"\ntype = "imap"\nhost = "127.0.0.1"\n'
                                        'tls = "none"\nusername = "me"\npassword_env = "NONE_SET"\n[me]', 1))
    shown = watcher("interview", "show", "acme", "--now", "2026-11-17T10:00", config=bare, env={"COLUMNS": "200"})
    assert "(`watcher draft acme --save` files it)" in shown.stdout, shown.stdout + shown.stderr


def test_an_interview_with_nobody_to_write_from_is_warned_of_when_logged_and_truly(bare):
    """An interview logged with no contact, domain or recruiter was warned of only by `watcher
    check` (which a new user ran before logging any), and as "no mail can ever be tied to it",
    while an applicant-tracking system's mail naming the company is tied all the same: only a
    person's reply is missed."""
    from tests.test_cli import watcher

    added = watcher("interview", "add", "--company", "Margie Travel", "--when", "2026-11-16T10:00", "--id", "margie",
                    config=bare)
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("logged margie")
    expected = ("warning: interview margie: no contact, domain or recruiter: only mail naming Margie Travel (an "
                "applicant-tracking system's, say) can be tied to it, and a reply from a person there may be "
                "missed (`watcher interview edit margie --add-contact ADDRESS` or `--add-domain DOMAIN`)")
    assert expected in added.stderr
    assert "can ever be tied" not in added.stderr
    with_contact = watcher("interview", "add", "--company", "Acme", "--when", "2026-11-16T10:00", "--id", "acme",
                           "--contact", "anna@acme.example", config=bare)
    assert with_contact.returncode == 0 and "warning" not in with_contact.stderr


def test_check_says_why_the_smtp_server_was_not_reached_in_words(tmp_path, dovecot):
    """check said "E-mail notice not sent: could not talk to smtp.example:587 (gaierror)": a
    notice it never tried to send, and the name of a Python exception for the cause."""
    from tests.fixtures_dovecot import free_port

    env = {"WATCHER_TEST_IMAP": dovecot.password}
    for host, port, tls, cause in (("smtp.rivera.invalid", 587, "starttls", "cannot resolve host smtp.rivera.invalid"),
                                   ("127.0.0.1", free_port(), "none", "connection refused by 127.0.0.1:")):
        notify = (f'[notify.email]\nto = "alex@example.org"\nfrom = "alex@example.org"\nhost = "{host}"\n'
                  f'port = {port}\ntls = "{tls}"\n')
        result = check(write_config(tmp_path, imap_account(dovecot), notify), env)
        assert result.returncode == 1, result.stdout + result.stderr
        [line] = [line for line in result.stdout.splitlines() if line.startswith("email notices")]
        assert cause in line and "check notify.email.host and port" in line, line
        assert "not sent" not in line and "gaierror" not in line and "Error" not in line, line


UNREADABLE = (b"From: Anna <anna@acme-analytics.com>\r\nTo: alex@example.org\r\n"
              b"Subject: =?x-bogus-charset?B?SW50ZXJ2aWV3IG91dGNvbWU=?=\r\n"
              b"Date: Thu, 19 Nov 2026 09:00:00 +0100\r\nMessage-ID: <unread-1@acme-analytics.com>\r\n"
              b"MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=zzz\r\n\r\n--zzz\r\n"
              b"Content-Type: text/plain; charset=x-bogus-charset\r\nContent-Transfer-Encoding: base64\r\n\r\n"
              b"!!!not base64 at all@@@\r\n--zzz\r\n")


def test_interview_show_never_says_nothing_was_heard_past_a_message_it_could_not_read(tmp_path, dovecot):
    """The to-do list said "could not read this message" for the contact's unreadable reply,
    while `interview show` said "last heard: -", as if nothing had come."""
    from tests.test_cli import watcher

    config = write_config(tmp_path, imap_account(dovecot))
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password}
    dovecot.append("INBOX", UNREADABLE)
    code, report, stderr = Setup(config, env, tmp_path / "w.db").scan("--no-notify")
    assert code == 0, stderr
    assert [m["kind"] for m in report["messages"] if m["interview"] == "acme"] == ["unknown"]
    shown = watcher("interview", "show", "acme", "--now", NOW, config=config, env={**env, "COLUMNS": "250"})
    assert shown.returncode == 0, shown.stderr
    table = shown.stdout.split("Messages")[0]
    assert "could not read this message: look at it yourself" in table
    assert "Thu 19 Nov" in table


def test_a_filed_draft_is_from_you_by_name(tmp_path, dovecot):
    """Drafts were filed "From: alex@example.org" with the [me] name left out, which signs the
    draft's body: the employer would see a bare address in the From of the mail sent from it."""
    from email import message_from_bytes, policy

    from tests.test_scan_imap import ME

    config = write_config(tmp_path, imap_account(dovecot), DRAFTS_ONLY)
    config.write_text(config.read_text().replace("[me]\n", '[me]\nname = "Alex Mörgan"\n', 1))
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password}
    dovecot.append("INBOX", REJECTION)
    code, _, stderr = Setup(config, env, tmp_path / "w.db").scan()
    assert code == 0, stderr
    with dovecot.client() as client:
        client.select_folder("Drafts", readonly=True)
        filed = [message_from_bytes(v[b"BODY[]"], policy=policy.default) for v in client.fetch(client.search(["ALL"]), ["BODY.PEEK[]"]).values()]
    assert len(filed) == 2
    for draft in filed:
        [sender] = draft["From"].addresses
        assert (sender.display_name, sender.addr_spec) == ("Alex Mörgan", ME)


def test_the_service_units_point_to_no_placeholder_page():
    """`systemctl --user status watcher` showed "Docs: https://example.org/watcher#the-daemon",
    a page that is not watcher's."""
    for unit in sorted((REPO / "systemd").glob("*.service")) + sorted((REPO / "systemd").glob("*.timer")):
        documentation = [line for line in unit.read_text().splitlines() if line.startswith("Documentation=")]
        assert not any("example." in line for line in documentation), (unit.name, documentation)


def test_a_board_card_names_a_message_it_could_not_read(tmp_path, dovecot):
    """The to-do list said "could not read this message" for the contact's unreadable reply; the
    board's card said nothing of it, as if nothing had come."""
    import html
    import re

    from tests.test_cli import watcher

    config = write_config(tmp_path, imap_account(dovecot))
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password}
    dovecot.append("INBOX", UNREADABLE)
    assert Setup(config, env, tmp_path / "w.db").scan("--no-notify")[0] == 0
    page = tmp_path / "board.html"
    exported = watcher("board", "--export", str(page), config=config, env=env)
    assert exported.returncode == 0, exported.stderr
    card = page.read_text().split('id="card-acme"')[1].split("</article>")[0]
    text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", card)))
    assert "Last: Thu 19 Nov: could not read this message from anna@acme-analytics.com: look at it yourself" in text


def test_review_names_each_candidate_by_company_and_interview_date(tmp_path):
    """`watcher review` offered "[1] globex-backend  [2] umbrella": ids the user chose long ago,
    or that watcher made, with nothing to recognise the interview by."""
    from tests.test_actions_cli import held_example, run_on_terminal

    config = held_example(tmp_path, company="Umbrella Corp")
    text = run_on_terminal(config, ["review"], b"\n\n\n\x04")
    assert "globex-backend (Globex, interview Mon 02 Nov)" in text
    assert "umbrella (Umbrella Corp, interview Mon 09 Nov)" in text


def test_the_readmes_essential_config_turns_a_notice_channel_on(tmp_path):
    """The README's "essentials" config had no [notify] table: copied as it is, watcher found
    replies and told nobody (desktop notices are off by default)."""
    import re

    from watcher.config import load_config

    readme = (REPO / "README.md").read_text()
    essentials = readme.split("The essentials:", 1)[1]
    block = re.search(r"```toml\n(.*?)```", essentials, re.S).group(1)
    config = tmp_path / "config.toml"
    config.write_text(block)
    loaded = load_config(config)
    assert loaded.notify.desktop.enabled or loaded.notify.email is not None


def test_an_account_never_read_is_unknown_not_nothing_yet(bare):
    """Before the first scan (or of an account just added to the config), `watcher todo` said
    "send a thank-you note, DUE NOW ... nothing yet" with `not_read` empty, while no mail had
    been read at all: the thank-you may be sent, and their answer in."""
    import json

    from tests.test_cli import watcher

    bare.write_text(bare.read_text() + '[[account]]\nname = "mail"\ntype = "imap"\nhost = "127.0.0.1"\n'
                    'tls = "none"\nusername = "me"\npassword_env = "NONE_SET"\n')
    assert watcher("interview", "add", "--company", "Acme", "--when", "2026-11-16T10:00", "--id", "acme",
                   "--contact", "anna@acme.example", config=bare).returncode == 0
    listed = json.loads(watcher("todo", "--json", "--now", "2026-11-17T10:00", config=bare).stdout)
    [unread] = listed["not_read"]
    assert unread["account"] == "mail" and unread["folder"] is None and unread["error"] == "never read yet"
    assert "watcher scan" in unread["what_to_do"]
    text = watcher("todo", "--now", "2026-11-17T10:00", config=bare, env={"COLUMNS": "200"}).stdout
    assert "this list may miss replies: news from account mail is unknown" in text
    status = watcher("status", config=bare, env={"COLUMNS": "200"}).stdout
    assert "account mail: NOT SYNCED (never read yet)" in status
