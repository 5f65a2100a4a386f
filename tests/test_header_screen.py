"""The header screen lets through every message the interview test could want.

Reading every header (search = "client", local mailboxes) parses only the messages
``HeaderScreen`` lets through: every message of the tuning corpora (and of a generated
mailbox) that ``match.may_concern`` or the invitation test passes must be among them, and
most unrelated mail must not. A reply it lets through only as a reply (verdict "reply")
is asked the header test only when ``match.reply_may_concern`` says the test can pass it.
"""

from __future__ import annotations

import sys
import email
import email.utils
from datetime import datetime
from pathlib import Path

import pytest

from watcher.candidates import candidate_query
from watcher.header_screen import HeaderScreen
from watcher.interviews_file import load_interviews
from watcher.match import build_index, may_concern, reply_may_concern
from watcher.parse import header_block, parse_message
from watcher.pipeline import _invitation_words, looks_like_invitation

TESTS = Path(__file__).parent
ME = frozenset({"user@example.org"})


def wanted_and_screened(messages: list[tuple[bytes, bool]], interviews_file: Path, me: frozenset[str]):
    interviews, _ = load_interviews(interviews_file)
    index = build_index(interviews, me)
    screens = {sent: HeaderScreen(candidate_query(index, {}, me, _invitation_words(), sent=sent), me)
               for sent in (False, True)}
    wanted = passed = 0
    for uid, (raw, sent) in enumerate(messages, start=1):
        mail = parse_message(raw, account="a", folder="Sent" if sent else "INBOX", uid=uid, arrival=None,
                             me=me, sent_folder=sent)
        verdict = screens[sent].verdict(header_block(raw))
        let_through = verdict != "unrelated"
        assert let_through == screens[sent](header_block(raw))
        passed += let_through
        if may_concern(mail, index, {}) or looks_like_invitation(mail):
            wanted += 1
            assert verdict == "candidate" or (verdict == "reply" and reply_may_concern(mail, index, {})), (
                f"message {uid} ({mail.subject!r}) would not be read ({verdict})")
    return wanted, passed


@pytest.mark.parametrize("corpus", ["corpus", "corpus_second", "corpus_third", "corpus_eleventh"])
def test_every_corpus_message_the_interview_test_wants_is_let_through(corpus) -> None:
    folder = TESTS / corpus
    interviews_file = folder / "interviews.toml"
    if not interviews_file.exists():
        interviews_file = TESTS / "corpus" / "interviews.toml"
    messages = []
    for path in sorted(folder.glob("*.eml")):
        raw = path.read_bytes()
        sender = email.utils.parseaddr(str(email.message_from_bytes(raw).get("From", "")))[1].lower()
        messages.append((raw, sender in ME))
    wanted, _ = wanted_and_screened(messages, interviews_file, ME)
    assert wanted >= 20


class Collected:
    """Where bench/mailgen.py's Maildir writer stands: keeps the messages in memory."""

    def __init__(self) -> None:
        self.messages: list[tuple[bytes, bool]] = []

    def write(self, folder: str, raw: bytes, arrival: datetime) -> None:
        self.messages.append((raw, folder == "Sent"))


def test_a_generated_mailbox_is_screened_down_to_what_may_concern() -> None:
    sys.path.insert(0, str(TESTS.parent))
    from bench.mailgen import ME as GENERATED_ME, Generator

    collected = Collected()
    Generator(2000).write(collected)
    wanted, passed = wanted_and_screened(collected.messages, TESTS / "corpus" / "interviews.toml",
                                         frozenset({GENERATED_ME}))
    assert wanted >= 20
    assert passed < len(collected.messages) / 2  # most unrelated mail is never parsed


def test_replies_encoded_words_and_the_users_own_mail_are_let_through() -> None:
    query = candidate_query(build_index([], ME), {}, ME, ("interview",))
    screen = HeaderScreen(query, ME)
    assert screen(b"From: a@b.example\r\nIn-Reply-To: <x@y.example>\r\nSubject: hi\r\n\r\n")
    assert screen(b"From: a@b.example\r\nSubject: =?utf-8?b?SW50ZXJ2aWV3?=\r\n\r\n")
    assert screen("From: a@b.example\r\nSubject: Gespr\u00e4ch\r\n\r\n".encode())
    assert screen(b"From: User <USER@example.org>\r\nTo: a@b.example\r\nSubject: hi\r\n\r\n")
    assert screen(b"From: a@b.example\r\nSubject: Your\r\n interview\r\n\r\n")  # folded
    assert not screen(b"From: a@b.example\r\nTo: user@example.org\r\nSubject: hi\r\n\r\n")
    assert not screen(b"From: a@b.example\r\nSubject: hi\r\nList-Id: interview tips\r\n\r\n")


def test_a_reply_holding_nothing_the_query_asks_for_is_told_apart() -> None:
    screen = HeaderScreen(candidate_query(build_index([], ME), {}, ME, ("interview",)), ME)
    assert screen.verdict(b"From: a@b.example\r\nIn-Reply-To: <x@y.example>\r\nSubject: hi\r\n\r\n") == "reply"
    assert screen.verdict(b"From: a@b.example\r\nReferences: <x@y.example>\r\nSubject: hi\r\n\r\n") == "reply"
    for block in (
        b"From: a@b.example\r\nIn-Reply-To: <x@y.example>\r\nSubject: Re: interview\r\n\r\n",  # a term
        b"From: a@b.example\r\nIn-Reply-To: <x@y.example>\r\nReply-To: c@d.example\r\n\r\n",  # Reply-To
        b"From: a@b.example\r\nIn-Reply-To: <x@y.example>\r\nSubject: =?utf-8?q?hi?=\r\n\r\n",  # encoded
        "From: a@b.example\r\nIn-Reply-To: <x@y.example>\r\nSubject: Gr\u00fc\u00dfe\r\n\r\n".encode(),
        b"From: user@example.org\r\nIn-Reply-To: <x@y.example>\r\nSubject: hi\r\n\r\n",  # the user's own
    ):
        assert screen.verdict(block) == "candidate", block
    assert screen.verdict(b"From: a@b.example\r\nSubject: hi\r\n\r\n") == "unrelated"


@pytest.mark.parametrize("sender,wanted", [
    ("Stefanie Koch <s.k.1984@gmx.de>", True),  # the contact's name, another address
    ("stefanie.koch.privat@web.de", True),  # the contact's address, another domain
    ("Stefanie Koch <stefanie.koch@brennwerk-energie.de>", True),  # the contact herself
    ("Steffi K <skoch77@gmail.com>", False),  # the surname alone: no one's name
    ("Stefanie Berg <stefanie.berg@gmail.com>", False),  # a first name alone: neither
])
def test_a_logged_contact_writing_from_elsewhere_is_let_through(sender, wanted) -> None:
    from watcher.model import Interview

    interview = Interview(id="brennwerk", company="Brennwerk Energie GmbH", role="Projektingenieur",
                          when=datetime.fromisoformat("2025-12-03T10:00:00+01:00"),
                          contacts=("stefanie.koch@brennwerk-energie.de",))
    index = build_index([interview], ME)
    raw = (f"From: {sender}\r\nTo: user@example.org\r\nSubject: Hallo\r\n"
           "Date: Mon, 8 Dec 2025 09:00:00 +0100\r\n\r\nText\r\n").encode()
    mail = parse_message(raw, account="a", folder="INBOX", uid=1, arrival=None, me=ME, sent_folder=False)
    assert may_concern(mail, index, {}) is wanted
    screened = HeaderScreen(candidate_query(index, {}, ME, ()), ME)(header_block(raw))
    assert screened is wanted


def test_a_reply_only_a_platforms_traces_tie_may_concern_an_interview() -> None:
    index = build_index([], ME)
    raw = (b"From: Pat <pat@unknown.example>\r\nTo: user@example.org\r\nSubject: Re: hi\r\n"
           b"In-Reply-To: <x@y.example>\r\nDate: Mon, 8 Dec 2025 09:00:00 +0100\r\n"
           b"Return-Path: <bounce@greenhouse-mail.io>\r\n\r\nText\r\n")
    mail = parse_message(raw, account="a", folder="INBOX", uid=1, arrival=None, me=ME, sent_folder=False)
    assert HeaderScreen(candidate_query(index, {}, ME, ()), ME).verdict(header_block(raw)) == "reply"
    assert may_concern(mail, index, {})
    assert reply_may_concern(mail, index, {})
    plain = parse_message(raw.replace(b"greenhouse-mail.io", b"unknown.example"), account="a", folder="INBOX",
                          uid=2, arrival=None, me=ME, sent_folder=False)
    assert not may_concern(plain, index, {}) and not reply_may_concern(plain, index, {})


def test_the_fresh_tying_probes_the_interview_test_wants_are_let_through(tmp_path) -> None:
    """Job boards' status notices naming only the role in their subject among them."""
    from tests.test_tie_fresh import ALL, BY_NAME, INTERVIEWS
    from tests.test_match_traps import raw_message

    (tmp_path / "interviews.toml").write_text(INTERVIEWS, encoding="utf-8")
    messages = [(raw_message(probe, BY_NAME), probe.sent) for probe in ALL]
    wanted, _ = wanted_and_screened(messages, tmp_path / "interviews.toml", ME)
    assert wanted >= 30
