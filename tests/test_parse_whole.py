"""parse_message hands mail-parser the header's MIME fields only (``mime_fields_only``):
the Mail the classifier is given must be the one the whole header gives, for every tuned
corpus message, the field cases and a few hundred malformed ones."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from tests.fuzz.mutations import malformed
from watcher.parse import UnparseableMessage, mime_fields_only, parse_message

TESTS = Path(__file__).parent
CORPORA = ("corpus", "corpus_second", "corpus_third", "corpus_fourth", "corpus_fifth")
FUZZ_SEED = 20261130
WHERE = {"account": "c", "folder": "INBOX", "uid": 1, "arrival": None,
         "me": frozenset({"user@example.org"}), "sent_folder": False}


@functools.cache
def raw_messages() -> tuple[bytes, ...]:
    """Every tuned corpus message and field case (files), then 400 malformed messages."""
    files = [path for name in CORPORA for path in sorted((TESTS / name).rglob("*.eml"))]
    files += sorted((TESTS / "field_cases").rglob("*.eml"))
    return tuple(path.read_bytes() for path in files) + tuple(s.raw for s in malformed(FUZZ_SEED, 400))


def read(raw: bytes, mime_only: bool):
    try:
        return parse_message(raw, mime_only=mime_only, **WHERE)  # type: ignore[arg-type]
    except UnparseableMessage as exc:
        return type(exc)


def test_the_classifier_sees_the_same_mail_with_the_mime_fields_only() -> None:
    raws = raw_messages()
    differ = [number for number, raw in enumerate(raws) if read(raw, True) != read(raw, False)]
    assert differ == []
    # Not a test of nothing: most messages lose fields, and most are read by mail-parser.
    trimmed = sum(mime_fields_only(raw) != raw for raw in raws)
    assert trimmed > 0.8 * len(raws)


HEADER = (
    b"Received: from mx.acme.example by mail.example.org; Tue, 05 Mar 2024 10:15:01 +0100\r\n"
    b"Message-ID: <a@acme.example>\r\n"
    b"Date: Tue, 05 Mar 2024 10:15:00 +0100\r\n"
    b"From: Jane <jane@acme.example>\r\n"
    b"Subject: Next steps\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/alternative;\r\n boundary="b1"\r\n'
)
BODY = (
    b"\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    b"We would like to invite you to a final round. Caf=C3=A9 at 10.\r\n--b1--\r\n"
)


def test_only_the_mime_fields_stay_and_the_body_is_untouched() -> None:
    assert mime_fields_only(HEADER + BODY) == (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/alternative;\r\n boundary="b1"\r\n' + BODY
    )
    mail = parse_message(HEADER + BODY, **WHERE)  # type: ignore[arg-type]
    assert mail.body == "We would like to invite you to a final round. Café at 10."
    assert (mail.from_addr, mail.subject) == ("jane@acme.example", "Next steps")


@pytest.mark.parametrize(
    "field",
    [
        # mail-parser fails on this display name's encoded word; the standard library reads
        # the message instead, so the field must stay for mail-parser to fail on.
        b"Cc: =?utf-8?B?!!!not-base64!!!?= <jane.doe@acme.example>\r\n",
        b"Subject: Caf\xc3\xa9\r\n",
    ],
)
def test_a_field_mail_parser_may_fail_on_stays(field: bytes) -> None:
    raw = field + HEADER + BODY
    assert mime_fields_only(raw).startswith(field)
    assert read(raw, True) == read(raw, False)


def test_mail_parser_fails_on_that_display_name() -> None:
    """What the field above stands for: without it kept, mail-parser would read a message
    the standard library reads today."""
    import mailparser
    from email.errors import HeaderParseError

    with pytest.raises(HeaderParseError):
        mailparser.MailParser.from_bytes(b"Cc: =?utf-8?B?!!!not-base64!!!?= <j@acme.example>\r\n" + HEADER + BODY)


@pytest.mark.parametrize(
    "raw",
    [
        b"From jane@acme.example Tue Mar  5 10:15:00 2024\r\n" + HEADER + BODY,  # mbox envelope line
        HEADER + b"not a field\r\n" + BODY,  # the empty line missing
        b" continued\r\n" + HEADER + BODY,  # a continuation with nothing before it
        b": nameless\r\n" + HEADER + BODY,
        HEADER.replace(b"\r\n", b"\n"),  # header only, no empty line
    ],
)
def test_an_odd_header_is_handed_on_whole(raw: bytes) -> None:
    assert mime_fields_only(raw) == raw
