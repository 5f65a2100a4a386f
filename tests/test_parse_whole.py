"""parse_message hands mail-parser the header's MIME fields only (``mime_fields_only``):
the Mail the classifier is given must be the one the whole header gives, for every tuned
corpus message, the field cases and a few hundred malformed ones."""

from __future__ import annotations

import base64
import functools
import re
from pathlib import Path

import pytest

from tests.fuzz.mutations import malformed
from watcher.parse import UnparseableMessage, mime_fields_only, parse_message

TESTS = Path(__file__).parent
CORPORA = (
    "corpus", "corpus_second", "corpus_third", "corpus_fourth", "corpus_fifth", "corpus_sixth",
    "corpus_seventh", "corpus_eighth", "corpus_ninth", "corpus_tenth", "corpus_eleventh",
    "corpus_twelfth", "corpus_thirteenth", "corpus_twin", "corpus_second_twin",
)
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


_BOUNDARY_RE = re.compile(rb'boundary="?([^";\r\n]+)"?', re.IGNORECASE)
_ATTACHED = (
    b"Content-Type: application/pdf; name=\"offer.pdf\"\r\nContent-Transfer-Encoding: base64\r\n"
    b"Content-Disposition: attachment; filename=\"offer.pdf\"\r\n\r\n",
    b"Content-Type: image/png\r\nContent-ID: <logo@acme.example>\r\nContent-Transfer-Encoding: base64\r\n\r\n",
    b"Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n",
)


def with_attached_files(raw: bytes, number: int) -> bytes:
    """A multipart message with a base64 file part added before each closing delimiter of
    its first boundary (its line ends kept); others as they are."""
    found = _BOUNDARY_RE.search(raw)
    if found is None:
        return raw
    end = b"\r\n" if b"\r\n" in raw else b"\n"
    data = base64.encodebytes(bytes(range(256)) * (1 + number % 3)).replace(b"\n", end)
    part = b"--" + found.group(1) + end + _ATTACHED[number % 3].replace(b"\r\n", end) + data
    return raw.replace(b"--" + found.group(1) + b"--", part + b"--" + found.group(1) + b"--")


def test_the_classifier_sees_the_same_mail_without_the_attached_files(monkeypatch) -> None:
    """Every base64 non-text part dropped before parsing (a bound of one line instead of
    MAX_ATTACHMENT_BYTES, on every message instead of large ones only): the same Mail,
    for every message as it is and with a file attached."""
    from watcher import parse

    raws = raw_messages()
    raws += tuple(with_attached_files(raw, number) for number, raw in enumerate(raws))
    whole = [read(raw, True) for raw in raws]
    monkeypatch.setattr(parse, "MAX_WHOLE_BYTES", 0)
    monkeypatch.setattr(parse, "MAX_ATTACHMENT_BYTES", 1)
    differ = [number for number, raw in enumerate(raws) if read(raw, True) != whole[number]]
    assert differ == []
    # Not a test of nothing: most multipart messages had a file to drop, and were read
    # without it (nothing is read as it is with no room for it), the same Mail again.
    dropped = [number for number, raw in enumerate(raws) if parse.without_large_attachments(raw) != raw]
    assert len(dropped) > 60, len(dropped)
    monkeypatch.setattr(parse, "MAX_PARSED_BYTES", 0)
    read_without = [number for number in dropped if read(raws[number], True) == whole[number]]
    files = len(raw_messages()) - 400  # the corpus and field cases: well formed, all read without
    well_formed = [number for number in dropped if number % len(raw_messages()) < files]
    assert len(well_formed) > 10 and set(well_formed) <= set(read_without)
    # The rest (malformed: a dropped body would be text, e.g. a header with no empty line
    # after it) is too large.
    assert all(read(raws[number], True) is parse.MessageTooLarge for number in set(dropped) - set(read_without))


def test_a_large_attached_file_is_dropped_and_its_text_parts_kept() -> None:
    from bench.big_message import big_reply
    from watcher.parse import MessageTooLarge, without_large_attachments

    raw = big_reply(3)
    kept = without_large_attachments(raw)
    assert len(kept) < 4096 < 3_000_000 < len(raw)
    assert kept.count(b"Content-Disposition: attachment") == 4  # the parts stay, empty
    mail = parse_message(raw, **WHERE)  # type: ignore[arg-type]
    assert "delighted to offer you the position" in (mail.body or "")
    assert mail == parse_message(kept, **WHERE)  # type: ignore[arg-type]
    # A text attachment is text: kept, and too large to read whole.
    with pytest.raises(MessageTooLarge):
        parse_message(big_reply(9, attached_text=True), **WHERE)  # type: ignore[arg-type]
