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
