"""Drafts a person can see: `watcher draft`, in `interview show`, and filed once in Dovecot's Drafts."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.test_cli import REPO, bare, example, watcher  # noqa: F401 - bare and example are fixtures
from tests.test_scan_imap import ME, REJECTION, THANKS, Setup, imap_account, mail, write_config

THURSDAY = "2026-11-19T09:30"  # Berlin: the rejection came Wed 18 Nov; asking for feedback is due


def draft_cmd(config, *args, env):
    return subprocess.run([sys.executable, "-m", "watcher", "--config", str(config), "draft", *args],
                          capture_output=True, text=True, env=env, timeout=120, cwd=REPO)


def test_the_draft_prints_ready_to_paste_and_is_filed_once(tmp_path, dovecot):
    config = write_config(tmp_path, imap_account(dovecot), '[drafts]\nimap_folder = "Drafts"\n')
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password}
    dovecot.append("INBOX", REJECTION)
    dovecot.append("Sent", THANKS)
    code, _, stderr = Setup(config, env, tmp_path / "w.db").scan("--no-notify", now=THURSDAY)
    assert code == 0, stderr

    text = draft_cmd(config, "acme", "--now", THURSDAY, env=env)
    assert text.returncode == 0, text.stderr
    head, _, body = text.stdout.partition("\n\n")
    assert head.splitlines() == ["To: anna@acme-analytics.com", "Subject: Thank you, and a small request"]
    assert "what would have made my application stronger" in body

    data = json.loads(draft_cmd(config, "acme", "--json", "--now", THURSDAY, env=env).stdout)
    assert data["action"] == "ask_feedback" and data["to"] == ["anna@acme-analytics.com"]
    assert data["body"] == body and data["message_id"].endswith(".draft@notice.watcher.invalid>")

    named = json.loads(draft_cmd(config, "acme", "follow_up", "--json", "--now", THURSDAY, env=env).stdout)
    assert named["action"] == "follow_up_1" and "Following up" in named["subject"]

    shown = json.loads(watcher("interview", "show", "acme", "--json", "--now", THURSDAY, config=config).stdout)
    assert shown["draft"]["subject"] == data["subject"]
    shown_text = watcher("interview", "show", "acme", "--now", THURSDAY, config=config, env={"COLUMNS": "120"})
    assert "Subject: Thank you, and a small request" in shown_text.stdout

    for attempt in range(2):
        saved = draft_cmd(config, "acme", "--save", "--now", THURSDAY, env=env)
        assert saved.returncode == 0, saved.stderr
        assert ("saved to" if attempt == 0 else "not saved again") in saved.stderr
    flags = dovecot.flags("Drafts")
    assert len(flags) == 1 and all(b"\\Draft" in f for f in flags.values())
    with dovecot.client() as client:
        client.select_folder("Drafts", readonly=True)
        [uid] = client.search(["HEADER", "Message-ID", data["message_id"]])
        raw = client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
    assert b"To: anna@acme-analytics.com" in raw and ME.encode() in raw
    # The request for feedback answers the rejection: it is filed in that message's thread.
    from email import message_from_bytes

    filed = message_from_bytes(raw)
    assert filed["In-Reply-To"] == "<rej-1@acme-analytics.com>"
    assert filed["References"].split()[-1] == "<rej-1@acme-analytics.com>"


def test_a_step_without_a_draft_or_no_folder_is_said_plainly(tmp_path, dovecot):
    config = write_config(tmp_path, imap_account(dovecot))
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password}
    dovecot.append("INBOX", REJECTION)
    code, _, stderr = Setup(config, env, tmp_path / "w.db").scan("--no-notify", now=THURSDAY)
    assert code == 0, stderr
    no_draft = draft_cmd(config, "acme", "move_on", env=env)
    assert no_draft.returncode == 2 and "has no draft" in no_draft.stderr
    misspelt = draft_cmd(config, "acme", "thanks", env=env)  # the names it takes, the README's follow_up too
    assert misspelt.returncode == 2 and "thank_you" in misspelt.stderr and "or follow_up" in misspelt.stderr
    no_folder = draft_cmd(config, "acme", "--save", "--now", THURSDAY, env=env)
    assert no_folder.returncode == 2 and "imap_folder" in no_folder.stderr


def test_the_readme_shows_the_draft_as_it_prints(tmp_path):
    import shutil

    from tests.test_todo import readme_block

    shutil.copytree(REPO / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.db*"))
    config = tmp_path / "config.toml"
    config.write_text((REPO / "config.example.toml").read_text())
    assert watcher("scan", "--no-notify", config=config).returncode == 0
    result = watcher("draft", "initech-pm", "--now", "2026-11-23T10:00", config=config)
    assert result.returncode == 0, result.stderr
    assert result.stdout == readme_block("config.example.toml draft initech-pm --now")


def test_a_draft_with_nobody_to_write_to_names_the_command_that_adds_one(bare):
    assert watcher("interview", "add", "--company", "Nobody Inc", "--when", "2026-11-16T10:00", "--id", "nobody",
                   config=bare).returncode == 0
    text = watcher("draft", "nobody", "follow_up", "--now", "2026-11-30T10:00", config=bare)
    assert text.returncode == 0, text.stderr
    assert text.stdout.splitlines()[0] == (
        "To: (nobody known: add a contact with `watcher interview edit nobody --add-contact ADDRESS`)")


def test_the_answer_to_a_question_replies_under_their_own_subject(example):
    """The bundled Acme reply ("Data Engineer - final round") asks for a time: the draft that
    answers it says "Re:" to that subject, not to one watcher made up."""
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    data = json.loads(watcher("draft", "acme-data-engineer", "--json", "--now", "2026-11-23T10:00",
                              config=example).stdout)
    assert data["action"] == "reply"
    assert data["subject"] == "Re: Data Engineer - final round"


def test_their_subject_loses_the_reply_prefixes_mail_programs_put_on():
    from watcher.notify.drafts import their_subject

    assert their_subject("RE: Re: Next steps") == "Next steps"
    assert their_subject("AW: Ihre Bewerbung") == "Ihre Bewerbung"
    assert their_subject("Re[2]: Offer") == "Offer"
    assert their_subject("Fwd: Schedule") == "Fwd: Schedule"
    assert their_subject("Reference check") == "Reference check"


def test_a_next_step_with_no_draft_names_the_step_in_words_and_the_steps_that_have_one(bare):
    assert watcher("interview", "add", "--company", "Nobody Inc", "--when", "2026-10-01T10:00", "--id", "nobody",
                   "--contact", "a@nobody.example", config=bare).returncode == 0
    for step, at in (("thank_you", "2026-10-01T18:00"), ("follow_up", "2026-10-14T10:00"),
                     ("follow_up", "2026-10-23T10:00")):
        assert watcher("interview", "log", "nobody", "--sent", step, "--at", at, config=bare).returncode == 0
    result = watcher("draft", "nobody", "--now", "2026-11-10T10:00", config=bare)
    assert result.returncode == 2
    assert "the next step for nobody, move on, has no draft" in result.stderr
    assert "`watcher draft nobody STEP`, STEP one of thank_you, follow_up, ask_feedback, reply" in result.stderr


QUESTION = mail("Anna <anna@acme-analytics.com>", ME, "Re: Thank you",
                "Hi Alex,\n\nthanks for your note. What is your notice period?\n\nBest,\nAnna",
                "2026-11-12T11:00:00+01:00", "<q-1@acme-analytics.com>",
                In_Reply_To="<thanks-1@example.org>", References="<start-0@acme-analytics.com> <thanks-1@example.org>")


def test_a_saved_reply_sits_in_the_thread_of_the_message_it_answers(tmp_path, dovecot):
    """RFC 5322 section 3.6.4: In-Reply-To is the Message-ID answered; References is its
    References with its Message-ID after them."""
    config = write_config(tmp_path, imap_account(dovecot), '[drafts]\nimap_folder = "Drafts"\n')
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password}
    dovecot.append("Sent", THANKS)
    dovecot.append("INBOX", QUESTION)
    code, _, stderr = Setup(config, env, tmp_path / "w.db").scan("--no-notify", now="2026-11-13T10:00")
    assert code == 0, stderr
    data = json.loads(draft_cmd(config, "acme", "--json", "--now", "2026-11-13T10:00", env=env).stdout)
    assert data["action"] == "reply"
    saved = draft_cmd(config, "acme", "--save", "--now", "2026-11-13T10:00", env=env)
    assert saved.returncode == 0, saved.stderr
    with dovecot.client() as client:
        client.select_folder("Drafts", readonly=True)
        [uid] = client.search(["HEADER", "Message-ID", data["message_id"]])
        raw = client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
    from email import message_from_bytes

    filed = message_from_bytes(raw)
    assert filed["In-Reply-To"] == "<q-1@acme-analytics.com>"
    assert filed["References"].split() == ["<start-0@acme-analytics.com>", "<thanks-1@example.org>",
                                           "<q-1@acme-analytics.com>"]


def test_a_draft_that_answers_nothing_has_no_thread_fields():
    from watcher.model import Draft
    from watcher.notify.drafts import draft_to_mime

    raw = draft_to_mime(Draft(to=("anna@acme-analytics.com",), subject="Following up", body="Hi\n"), ME)
    assert b"In-Reply-To" not in raw and b"References" not in raw


def test_a_thank_you_through_a_recruiter_thanks_them_and_asks_them_to_pass_it_on(bare):
    """With only the recruiter's address (--via), the thank-you went to the recruiter in the
    words meant for the interviewers ("thank you for taking the time to talk with me")."""
    assert watcher("interview", "add", "--company", "Hollis", "--role", "Analyst", "--when", "2026-11-16T10:00",
                   "--id", "hollis", "--via", "jane.doe@talent.example", config=bare).returncode == 0
    data = json.loads(watcher("draft", "hollis", "--json", "--now", "2026-11-17T10:00", config=bare).stdout)
    assert (data["action"], data["to"]) == ("thank_you", ["jane.doe@talent.example"])
    assert data["subject"] == "Thank you for putting me forward to Hollis"
    assert data["body"].startswith("Hello Jane,\n\nThank you for putting me forward for the Analyst position at Hollis.")
    assert "pass my thanks on" in data["body"] and "talk with me" not in data["body"]
    # With the interviewer's address known as well, the thank-you goes to them, in their words;
    # the follow-ups still go through the recruiter.
    assert watcher("interview", "edit", "hollis", "--add-contact", "li.wei@hollis.example", config=bare).returncode == 0
    both = json.loads(watcher("draft", "hollis", "--json", "--now", "2026-11-17T10:00", config=bare).stdout)
    assert both["to"] == ["li.wei@hollis.example"] and both["body"].startswith("Hello Li,")
    assert "talk with me" in both["body"] and "pass my thanks on" not in both["body"]
    later = json.loads(watcher("draft", "hollis", "follow_up", "--json", "--now", "2026-11-30T10:00", config=bare).stdout)
    assert later["to"] == ["jane.doe@talent.example"]


def test_a_draft_with_nobody_to_write_to_is_never_filed_with_an_empty_to(tmp_path, dovecot, smtp_server):
    """Filed in Drafts, a draft for an interview with no address logged had no To at all: one
    click from "sending" to nobody. It is addressed to an undeliverable placeholder that says
    what to do, and the email digest says the same as `watcher draft`."""
    from email import message_from_bytes
    from email.utils import getaddresses

    notify = (f'[notify.email]\nto = "{ME}"\nfrom = "watcher@example.org"\nhost = "{smtp_server.host}"\n'
              f'port = {smtp_server.port}\ntls = "starttls"\nca_file = "{smtp_server.ca_file}"\n'
              f'username = "{smtp_server.user}"\npassword_env = "WATCHER_TEST_SMTP"\n'
              '[drafts]\nimap_folder = "Drafts"\n')
    config = write_config(tmp_path, imap_account(dovecot), notify)
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password, "WATCHER_TEST_SMTP": smtp_server.password}
    assert watcher("interview", "add", "--company", "Nobody Inc", "--when", "2026-11-16T10:00", "--id", "nobody",
                   config=config, env=env).returncode == 0
    printed = draft_cmd(config, "nobody", "--now", "2026-11-17T10:00", env=env)
    to_line = printed.stdout.splitlines()[0]
    assert to_line == "To: (nobody known: add a contact with `watcher interview edit nobody --add-contact ADDRESS`)"
    saved = draft_cmd(config, "nobody", "--save", "--now", "2026-11-17T10:00", env=env)
    assert saved.returncode == 0, saved.stderr
    with dovecot.client() as client:
        client.select_folder("Drafts", readonly=True)
        [raw] = [v[b"BODY[]"] for v in client.fetch(client.search(["ALL"]), ["BODY.PEEK[]"]).values()]
    [(name, address)] = getaddresses([message_from_bytes(raw)["To"]])
    assert address == "address-unknown@notice.watcher.invalid" and "write the address" in name

    code, _, stderr = Setup(config, env, tmp_path / "w.db").scan(now="2026-11-17T10:00")
    assert code == 0, stderr
    [digest] = [m.get_body(("plain",)).get_content() for m in smtp_server.messages]
    assert "Nobody Inc" in digest and to_line in digest


def test_saving_to_a_folder_the_server_does_not_have_names_it_and_the_folders_it_has(tmp_path, dovecot):
    config = write_config(tmp_path, imap_account(dovecot), '[drafts]\nimap_folder = "Brouillons"\n')
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password}
    dovecot.append("INBOX", REJECTION)
    code, _, stderr = Setup(config, env, tmp_path / "w.db").scan("--no-notify", now=THURSDAY)
    assert code == 0, stderr
    saved = draft_cmd(config, "acme", "--save", "--now", THURSDAY, env=env)
    assert saved.returncode == 1, saved.stderr
    [said] = [line for line in saved.stderr.splitlines() if line.startswith("watcher: draft not saved")]
    # The account and the folder, the folders the server has, and the setting to change.
    assert "work" in said and "'Brouillons'" in said
    assert "Drafts, INBOX, Sent" in said
    assert "[drafts] imap_folder" in said
    # The draft is not lost: it is printed all the same, ready to paste.
    assert saved.stdout.startswith("To: anna@acme-analytics.com\n")
    # A scan's drafts channel, filing the step's draft as its notice, says the same.
    code, _, stderr = Setup(config, env, tmp_path / "w.db").scan(now=THURSDAY)
    assert "'Brouillons' ([drafts] imap_folder) does not exist on the server (it has: Drafts, INBOX, Sent)" \
        in stderr, stderr
    with dovecot.client() as client:
        assert not client.folder_exists("Brouillons")  # nothing made on the server unasked


def test_a_draft_that_answers_someone_greets_them_as_their_name_is_written(tmp_path, dovecot):
    """The greeting's name is guessed from the address ("anna@..." -> "Anna"); when the message
    answered gives the sender's name with accents, or family name first, the draft writes it so.
    Before, "Hélène Dubois <helene.dubois@...>" was greeted "Hello Helene,"."""
    config = write_config(tmp_path, imap_account(dovecot))
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password}
    dovecot.append("INBOX", REJECTION.replace(b"From: Anna <anna@", b"From: =?utf-8?q?Berg=2C_=C3=81nna?= <anna@"))
    dovecot.append("Sent", THANKS)
    code, _, stderr = Setup(config, env, tmp_path / "w.db").scan("--no-notify", now=THURSDAY)
    assert code == 0, stderr
    text = draft_cmd(config, "acme", "--now", THURSDAY, env=env)
    assert text.returncode == 0, text.stderr
    assert "\nHello Ánna,\n" in text.stdout, text.stdout


def test_saving_with_no_imap_account_says_there_is_none_to_file_it_in(bare):
    """Setting [drafts] imap_folder would not help: the config refuses it without an IMAP account."""
    config = bare.parent / "maildir.toml"
    (bare.parent / "mail").mkdir()
    config.write_text(bare.read_text() + '[[account]]\nname = "home"\ntype = "maildir"\npath = "mail"\n')
    assert watcher("interview", "add", "--company", "Nobody Inc", "--when", "2026-11-16T10:00", "--id", "nobody",
                   config=config).returncode == 0
    saved = watcher("draft", "nobody", "follow_up", "--save", "--now", "2026-11-30T10:00", config=config)
    assert saved.returncode == 2
    assert "no IMAP account is configured" in saved.stderr and "imap_folder =" not in saved.stderr
