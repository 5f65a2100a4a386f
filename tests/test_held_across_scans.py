"""A message held for review is matched again whenever a later sync ties its thread, in the
same scan or any later one (the message that ties it may arrive tomorrow), and nothing is
announced twice. Real Dovecot, real SMTP server for the notices, `watcher scan` as a user
runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.test_reading_whole import INTERVIEWS, ME, NOW, REPO, ROOT, reply, users_answer

CHASER_ID = "<alex-chaser-1@example.org>"
OFFER_ID = "<CAJt-wren-1@mail.gmail.com>"
# The user's chaser to the director's personal address answers Dorota's update and names the
# company in its subject: on the name alone it is held for review while Dorota's update is
# not read yet.
CHASER = users_answer(CHASER_ID, "<[6f1c2a9e@lumenfreight.com]>",
                      "\r\nDear Wren,\r\n\r\nany news about the QA Lead role at Lumen Freight?\r\n"
                      ).replace(b"Subject: Re: update", b"Subject: Re: Lumen Freight - QA Lead")
# The director's offer answers the chaser only; it names the company too.
OFFER = reply(CHASER_ID, CHASER_ID).replace(b"Subject: Re: update", b"Subject: Re: Lumen Freight - QA Lead")


def _config(tmp_path, dovecot, smtp_server):
    (tmp_path / "interviews.toml").write_text(INTERVIEWS)
    config = tmp_path / "config.toml"
    config.write_text(
        f'interviews_file = "interviews.toml"\n[me]\naddresses = ["{ME}"]\n[database]\npath = "w.db"\n'
        f'[policy]\ntimezone = "Europe/Berlin"\n'
        f'[[account]]\nname = "work"\ntype = "imap"\nhost = "{dovecot.host}"\nport = {dovecot.port}\n'
        f'tls = "none"\nusername = "{dovecot.user}"\npassword_env = "WATCHER_TEST_IMAP"\nfolders = ["INBOX"]\n'
        f'lookback_days = 60\n'
        f'[notify.email]\nto = "{ME}"\nfrom = "watcher@example.org"\nhost = "{smtp_server.host}"\n'
        f'port = {smtp_server.port}\ntls = "starttls"\nca_file = "{smtp_server.ca_file}"\n'
        f'username = "{smtp_server.user}"\npassword_env = "WATCHER_TEST_SMTP"\n'
    )
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password, "WATCHER_TEST_SMTP": smtp_server.password}
    return config, env


def _scan(config, env) -> dict:
    cmd = [sys.executable, "-m", "watcher", "--config", str(config), "scan", "--json", "--now", NOW, "--notify"]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, cwd=REPO)
    assert done.returncode == 0, done.stderr
    return {m["message_id"]: m for m in json.loads(done.stdout)["messages"]} | {
        "notices": [n for n in json.loads(done.stdout)["notices"] if n["sent"]]}


def test_a_held_message_is_tied_when_a_later_scan_ties_its_thread(tmp_path, dovecot, smtp_server):
    config, env = _config(tmp_path, dovecot, smtp_server)
    dovecot.append("Sent", CHASER)
    first = _scan(config, env)
    assert first[CHASER_ID].get("review") is True and first[CHASER_ID]["interview"] is None
    assert first[CHASER_ID]["candidates"] == ["lumen"]

    # The next day Dorota's update turns up in the inbox (filed elsewhere first), and the
    # director's offer, which answers the chaser only.
    dovecot.append("INBOX", ROOT)
    dovecot.append("INBOX", OFFER)
    second = _scan(config, env)
    chaser = second[CHASER_ID]
    assert chaser["interview"] == "lumen" and not chaser.get("review"), chaser
    assert chaser["kind"] == "follow_up", chaser["reasons"]
    assert any("in thread with a message tied to lumen" in r for r in chaser["reasons"])
    offer = second[OFFER_ID]
    assert offer["interview"] == "lumen" and not offer.get("review"), offer
    assert offer["kind"] == "offer", offer["reasons"]
    assert ("lumen", "heard_back") in {(n["interview"], n["action"]) for n in second["notices"]}
    sent_mail = len(smtp_server.messages)
    assert sent_mail >= 1

    # A third scan changes nothing and announces nothing again.
    third = _scan(config, env)
    assert third["notices"] == []
    assert len(smtp_server.messages) == sent_mail
    assert {k: v for k, v in third.items() if k != "notices"} == {k: v for k, v in second.items() if k != "notices"}


def test_a_held_message_whose_thread_stays_untied_stays_held(tmp_path, dovecot, smtp_server):
    config, env = _config(tmp_path, dovecot, smtp_server)
    dovecot.append("Sent", CHASER)
    assert _scan(config, env)[CHASER_ID].get("review") is True
    # Unrelated mail arrives: nothing ties the chaser's thread.
    dovecot.append("INBOX", ROOT.replace(b"dorota@lumenfreight.com", b"someone@elsewhere.example")
                   .replace(b"<[6f1c2a9e@lumenfreight.com]>", b"<other-1@elsewhere.example>"))
    again = _scan(config, env)
    assert again[CHASER_ID].get("review") is True and again[CHASER_ID]["interview"] is None


# A held message whose stored header fields tie it but whose whole text holds it: a
# scheduling platform's note in the thread of Lumen's invitation (dated before that
# interview, so the thread ties it as its run-up) whose text names only "Fabrikam" (part of
# another employer's name). Read whole, it is held for review whatever its thread says.
PLATFORM_INTERVIEWS = INTERVIEWS.replace("2026-11-10T09:00:00+01:00", "2026-11-24T09:00:00+01:00") + """
[[interview]]
id = "fabrikam"
company = "Fabrikam Analytics"
when = 2026-11-05T10:00:00+01:00
domains = ["fabrikam.com"]
"""
INVITATION_ID = "<inv-1@lumenfreight.com>"
INVITATION = (f"From: Dorota Kowalski <dorota@lumenfreight.com>\r\nTo: {ME}\r\n"
              "Subject: Interview on 24 November\r\nDate: Thu, 12 Nov 2026 17:00:00 +0100\r\n"
              f"Message-ID: {INVITATION_ID}\r\n\r\n"
              "Hi Alex, we look forward to seeing you on the 24th.\r\nDorota\r\n").encode()
PLATFORM_NOTE_ID = "<gh-note-1@greenhouse.io>"


def platform_note(references: str) -> bytes:
    return (f"From: Scheduling <no-reply@greenhouse.io>\r\nTo: {ME}\r\n"
            "Subject: Re: Interview on 24 November\r\nDate: Mon, 16 Nov 2026 09:00:00 +0100\r\n"
            f"Message-ID: {PLATFORM_NOTE_ID}\r\nIn-Reply-To: {INVITATION_ID}\r\n"
            f"References: {references}\r\n\r\n"
            "Hi Alex, a note from Fabrikam about your calendar invitation.\r\n").encode()


def _whole_messages_fetched(dovecot) -> int:
    """Messages this mailbox's user fetched whole so far: the sum of Dovecot's body_count
    over the user's finished IMAP sessions (its default imap_logout_format)."""
    lines = [line for line in dovecot.server.log_text().splitlines()
             if f"imap({dovecot.user})" in line and "body_count=" in line]
    return sum(int(line.split("body_count=", 1)[1].split()[0]) for line in lines)


def _platform_config(tmp_path, dovecot, smtp_server):
    config, env = _config(tmp_path, dovecot, smtp_server)
    (tmp_path / "interviews.toml").write_text(PLATFORM_INTERVIEWS)
    return config, env


def test_a_held_message_its_thread_ties_is_read_whole_once_for_that_tie(tmp_path, dovecot, smtp_server):
    config, env = _platform_config(tmp_path, dovecot, smtp_server)
    dovecot.append("INBOX", INVITATION)
    dovecot.append("INBOX", platform_note(INVITATION_ID))
    before = _whole_messages_fetched(dovecot)
    first = _scan(config, env)
    assert first[INVITATION_ID]["interview"] == "lumen"
    note = first[PLATFORM_NOTE_ID]
    assert note.get("review") is True and note["interview"] is None, note
    assert note["candidates"] == ["fabrikam"], note
    assert _whole_messages_fetched(dovecot) - before == 2  # the invitation and the note, once each

    for _ in range(2):
        again = _scan(config, env)
        assert again[PLATFORM_NOTE_ID] == note
    assert _whole_messages_fetched(dovecot) - before == 2, dovecot.server.log_text()[-3000:]


def test_a_held_message_is_read_whole_again_when_its_thread_ties_anew(tmp_path, dovecot, smtp_server):
    earlier = "<[6f1c2a9e@lumenfreight.com]>"  # Dorota's update (ROOT), not in the mailbox yet
    config, env = _platform_config(tmp_path, dovecot, smtp_server)
    dovecot.append("INBOX", INVITATION)
    dovecot.append("INBOX", platform_note(f"{earlier} {INVITATION_ID}"))
    _scan(config, env)
    after_first = _whole_messages_fetched(dovecot)

    dovecot.append("INBOX", ROOT)  # ties another message of the note's thread: read it again, once
    second = _scan(config, env)
    assert second[earlier]["interview"] == "lumen" and second[PLATFORM_NOTE_ID].get("review") is True
    assert _whole_messages_fetched(dovecot) - after_first == 2  # the update, and the note once more
    _scan(config, env)
    assert _whole_messages_fetched(dovecot) - after_first == 2


def test_a_held_message_is_matched_again_after_an_upgrade_changed_watcher_s_lists(tmp_path, dovecot, smtp_server):
    """Before, what a held message was matched on left out watcher's own lists: after an
    upgrade that changed a phrase or platform list, a message held on its whole text was
    never read again, whatever the new lists would say of it."""
    import shutil

    config, env = _platform_config(tmp_path, dovecot, smtp_server)
    dovecot.append("INBOX", INVITATION)
    dovecot.append("INBOX", platform_note(INVITATION_ID))
    before = _whole_messages_fetched(dovecot)
    note = _scan(config, env)[PLATFORM_NOTE_ID]
    assert note.get("review") is True
    assert _whole_messages_fetched(dovecot) - before == 2  # the invitation and the note

    # The upgrade: the same watcher, one of its phrase lists changed.
    upgraded = tmp_path / "upgraded"
    shutil.copytree(REPO / "watcher", upgraded / "watcher", ignore=shutil.ignore_patterns("__pycache__"))
    phrases = upgraded / "watcher" / "data" / "phrases" / "en.toml"
    phrases.write_text(phrases.read_text() + "\n# a list changed by an upgrade\n")
    for _ in range(2):  # read again once for the new lists, then never again while they stay
        cmd = [sys.executable, "-m", "watcher", "--config", str(config), "scan", "--json", "--now", NOW, "--notify"]
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, cwd=upgraded)
        assert done.returncode == 0, done.stderr
        assert {m["message_id"]: m for m in json.loads(done.stdout)["messages"]}[PLATFORM_NOTE_ID] == note
        assert _whole_messages_fetched(dovecot) - before == 3, dovecot.server.log_text()[-3000:]


# A reply whose thread references were lost, from a logged contact's personal address: held
# for review while nothing says which company. The user's own mail it answers is found by a
# later scan (a copy a phone uploaded to Sent afterwards): its subject ties the reply then.
SUBJECT_INTERVIEWS = INTERVIEWS.replace('contacts = ["dorota@lumenfreight.com"]',
                                        'contacts = ["dorota@lumenfreight.com", "wren.adebayo@lumenfreight.com"]')
THANKS_ID = "<alex-thanks-1@example.org>"
THANKS = (f"From: Alex <{ME}>\r\nTo: Wren Adebayo <wren.adebayo@lumenfreight.com>\r\n"
          "Subject: Thank you for today\r\nDate: Tue, 10 Nov 2026 18:00:00 +0100\r\n"
          f"Message-ID: {THANKS_ID}\r\n\r\nDear Wren,\r\n\r\nthank you for the interview today.\r\n\r\nAlex\r\n"
          ).encode()
LOST_ID = "<CAJt-wren-lost-1@mail.gmail.com>"
LOST_THREAD_REPLY = ("From: Wren Adebayo <wren.adebayo@gmail.com>\r\n"
                     f"To: Alex <{ME}>\r\nSubject: Re: Thank you for today\r\n"
                     "Date: Tue, 17 Nov 2026 11:30:00 +0100\r\n"
                     f"Message-ID: {LOST_ID}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                     "Hi Alex,\r\n\r\nI am delighted to offer you the position. Please find the written offer "
                     "attached; let us know by 27 November.\r\n\r\nWren\r\n").encode()


def test_a_held_message_is_tied_when_a_later_scan_ties_the_users_mail_it_answers(tmp_path, dovecot, smtp_server):
    config, env = _config(tmp_path, dovecot, smtp_server)
    (tmp_path / "interviews.toml").write_text(SUBJECT_INTERVIEWS)
    dovecot.append("INBOX", LOST_THREAD_REPLY)
    first = _scan(config, env)
    assert first[LOST_ID].get("review") is True and first[LOST_ID]["candidates"] == ["lumen"], first[LOST_ID]
    assert first["notices"] == [] or all(n["action"] != "heard_back" for n in first["notices"])

    dovecot.append("Sent", THANKS)
    second = _scan(config, env)
    reply = second[LOST_ID]
    assert reply["interview"] == "lumen" and not reply.get("review"), reply
    assert reply["kind"] == "offer", reply["reasons"]
    assert any("its subject answers your mail" in r for r in reply["reasons"]), reply["reasons"]
    assert [n["action"] for n in second["notices"]].count("heard_back") == 1
    sent_mail = len(smtp_server.messages)

    third = _scan(config, env)
    assert third["notices"] == [] and len(smtp_server.messages) == sent_mail
    assert third[LOST_ID] == reply


def test_a_held_message_answering_mail_nobody_tied_stays_held(tmp_path, dovecot, smtp_server):
    config, env = _config(tmp_path, dovecot, smtp_server)
    (tmp_path / "interviews.toml").write_text(SUBJECT_INTERVIEWS)
    dovecot.append("INBOX", LOST_THREAD_REPLY)
    _scan(config, env)
    # The user's mail with that subject went to someone of no interview: it ties nothing.
    dovecot.append("Sent", THANKS.replace(b"wren.adebayo@lumenfreight.com", b"wren@elsewhere.example"))
    again = _scan(config, env)
    assert again[LOST_ID].get("review") is True and again[LOST_ID]["interview"] is None


def test_a_held_message_is_tied_when_its_sender_is_logged_later(tmp_path, dovecot, smtp_server):
    """Held on the company's name alone; the user then logs the sender's work address as a
    contact: the next scan knows her by name and ties the reply, announced once."""
    config, env = _config(tmp_path, dovecot, smtp_server)
    dovecot.append("INBOX", LOST_THREAD_REPLY.replace(b"Subject: Re: Thank you for today",
                                                      b"Subject: Re: Lumen Freight - QA Lead"))
    first = _scan(config, env)
    assert first[LOST_ID].get("review") is True and first[LOST_ID]["interview"] is None, first[LOST_ID]

    (tmp_path / "interviews.toml").write_text(SUBJECT_INTERVIEWS)
    second = _scan(config, env)
    assert second[LOST_ID]["interview"] == "lumen" and second[LOST_ID]["kind"] == "offer", second[LOST_ID]
    assert [n["action"] for n in second["notices"]].count("heard_back") == 1
    third = _scan(config, env)
    assert third["notices"] == [] and third[LOST_ID] == second[LOST_ID]
