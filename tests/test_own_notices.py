"""watcher's own notices carry its marks, and are never judged when they come back.

An email digest sent to an address watcher also watches (through a real SMTP server, then
delivered back into a real Dovecot inbox and sent folder) and a draft filed to a watched
folder must never be tied, held for review, suggested or announced.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from tests.test_scan_imap import ME, REJECTION, interview, setup  # noqa: F401 (setup: a fixture)
from watcher.model import Draft, Notice
from watcher.notify.drafts import draft_to_mime
from watcher.notify.marks import NOTICE_ID_DOMAIN, is_own_notice, notice_kind
from watcher.notify.smtp import build_digest
from watcher.parse import parse_headers, parse_message

NOTICE = Notice(interview="acme", action="follow_up_1", key="", company="Acme Analytics",
                title="Acme Analytics: follow up on your interview", why="No reply after 7 business days.",
                draft=Draft(to=("anna@acme-analytics.com",), subject="Data Engineer interview",
                            body="Dear Anna,\n\nI wanted to follow up on our interview with Acme Analytics.\n"))


def _read(raw: bytes, *, sent_folder: bool = False):
    kwargs = dict(account="work", folder="INBOX", uid=1, arrival=datetime.now().astimezone(), me=frozenset({ME}),
                  sent_folder=sent_folder)
    return parse_headers(raw, **kwargs), parse_message(raw, **kwargs)


def test_the_digest_carries_watchers_marks_and_rfc_3834s():
    digest = build_digest([NOTICE], sender="watcher@example.org", to=ME, now=datetime.now().astimezone())
    assert digest["X-Watcher-Notice"] == "digest"
    assert digest["Message-ID"].endswith(f"@{NOTICE_ID_DOMAIN}>")
    assert digest["Auto-Submitted"] == "auto-generated"
    for mail in _read(bytes(digest)):
        assert notice_kind(mail) == "digest"
        assert is_own_notice(mail, sent_folder=False) and is_own_notice(mail, sent_folder=True)


def test_a_draft_carries_watchers_marks_and_counts_only_once_sent():
    raw = draft_to_mime(NOTICE.draft, ME)
    for mail in _read(raw):
        assert notice_kind(mail) == "draft"
        assert mail.message_id.endswith(f".draft@{NOTICE_ID_DOMAIN}>")
        assert is_own_notice(mail, sent_folder=False)
    for mail in _read(raw, sent_folder=True):
        assert not is_own_notice(mail, sent_folder=True)  # sent from the draft: the user's own mail


def test_either_mark_alone_is_enough_and_other_mail_has_none():
    plain = EmailMessage()
    plain["From"], plain["To"], plain["Subject"] = ME, ME, "Acme Analytics"
    plain["Message-ID"] = "<abc@example.org>"
    plain.set_content("hello")
    assert all(notice_kind(m) is None for m in _read(bytes(plain)))
    del plain["Message-ID"]
    plain["Message-ID"] = f"<1.2.3.digest@{NOTICE_ID_DOMAIN}>"  # the header lost by a forwarder
    assert all(notice_kind(m) == "digest" for m in _read(bytes(plain)))
    del plain["Message-ID"]
    plain["Message-ID"] = "<rewritten@relay.example>"  # the Message-ID rewritten by a relay
    plain["X-Watcher-Notice"] = "digest"
    assert all(notice_kind(m) == "digest" for m in _read(bytes(plain)))


def test_a_digest_that_comes_back_is_never_judged(setup, dovecot, smtp_server):  # noqa: F811
    dovecot.append("INBOX", REJECTION)
    code, report, stderr = setup.scan()
    assert code == 0, stderr
    assert len(smtp_server.messages) == 1
    digest = smtp_server.messages[0]
    assert digest["X-Watcher-Notice"] == "digest" and digest["Auto-Submitted"] == "auto-generated"
    # Delivered back to the watched address, and kept by the SMTP server in the sent folder.
    arrived = datetime.fromisoformat("2026-11-19T08:00:00+01:00")
    dovecot.append("INBOX", bytes(digest), msg_time=arrived)
    dovecot.append("Sent", bytes(digest), msg_time=arrived)
    # A digest sent from the user's own address (the usual setting), with a draft in it.
    own = build_digest([NOTICE], sender=ME, to=ME, now=datetime.fromisoformat("2026-11-19T09:00:00+01:00"))
    dovecot.append("INBOX", bytes(own), msg_time=datetime.fromisoformat("2026-11-19T09:00:00+01:00"))
    # A draft watcher filed, in a folder it reads.
    dovecot.append("INBOX", draft_to_mime(NOTICE.draft, ME), msg_time=datetime.fromisoformat("2026-11-19T09:00:00+01:00"))
    code, again, stderr = setup.scan()
    assert code == 0, stderr
    own = [m for m in again["messages"] if m["message_id"].endswith(f"@{NOTICE_ID_DOMAIN}>")]
    assert own == []
    assert [s for s in again["suggestions"] if s["message_id"].endswith(f"@{NOTICE_ID_DOMAIN}>")] == []
    assert [n for n in again["notices"] if n["sent"]] == []
    assert len(smtp_server.messages) == 1
    assert interview(again, "acme")["outcome"] == "rejection"


def test_a_draft_sent_as_it_was_counts_as_the_users_mail(setup, dovecot):  # noqa: F811
    thanks = Draft(to=("anna@acme-analytics.com",), subject="Thank you",
                   body="Dear Anna,\n\nthank you for taking the time to talk with me today.\n\nAlex\n")
    raw = draft_to_mime(thanks, ME)
    dovecot.append("Sent", raw, msg_time=datetime.fromisoformat("2026-11-10T17:00:00+01:00"))
    code, report, stderr = setup.scan("--no-notify")
    assert code == 0, stderr
    sent = [m for m in report["messages"] if m["direction"] == "sent"]
    assert [m["interview"] for m in sent] == ["acme"]
    assert sent[0]["kind"] == "thank_you"
