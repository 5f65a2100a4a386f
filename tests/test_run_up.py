"""The run-up to an interview (its invitation, from its contact) is tied to it as context and
never counts as hearing back: no news, no "last heard", the follow-ups stay. Run as a user
would: `watcher scan` over a real Maildir.
"""

from __future__ import annotations

from tests.test_reading_whole import ME, maildir  # noqa: F401  (the fixture)

INVITATION = (
    "From: Dorota Kowalski <dorota@lumenfreight.com>\r\n"
    f"To: {ME}\r\n"
    "Subject: Interview for the QA Lead role\r\n"
    "Date: Wed, 04 Nov 2026 10:00:00 +0100\r\n"
    "Message-ID: <invite-1@lumenfreight.com>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Hi Alex, we would like to invite you to an interview on Tuesday 10 November at 09:00.\r\n"
    "Could you confirm that this works for you?\r\nDorota\r\n"
).encode()


def test_an_invitation_before_the_interview_is_its_context_never_a_reply(maildir):  # noqa: F811
    box, setup = maildir
    box.deliver("inbox", INVITATION, "2026-11-04T10:00:00+01:00")
    text = setup.scan(json_out=False)  # the first scan: the invitation is new
    assert text.code == 0, text.stderr
    assert "new repl" not in text.report["text"] and "1 other message" in text.report["text"], text.report["text"]
    scan = setup.scan()
    assert scan.code == 0, scan.stderr
    invitation = scan.message("<invite-1@lumenfreight.com>")
    assert invitation is not None and invitation["interview"] == "lumen", invitation
    assert invitation["kind"] == "next_step", invitation["reasons"]
    assert any("context, not feedback" in reason for reason in invitation["reasons"])
    lumen = scan.interview("lumen")
    assert lumen["status"] != "heard_back" and lumen["last_heard"] is None, lumen
    assert not scan.report.get("suggestions"), scan.report.get("suggestions")
