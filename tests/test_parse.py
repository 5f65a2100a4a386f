"""parse.py: header blocks and whole messages into Mail."""

from __future__ import annotations

import base64
import re
import email.parser
import email.utils
from datetime import UTC, datetime, timedelta, timezone
from email.policy import compat32

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watcher.parse import (
    HEADER_FIELDS,
    MAX_BODY_CHARS,
    UnparseableMessage,
    decode_bytes,
    decode_header_text,
    header_block,
    header_fields,
    html_to_text,
    message_ids,
    parse_headers,
    parse_message,
)

ARRIVAL = datetime(2024, 3, 5, 8, 30, tzinfo=UTC)
ME = frozenset({"me@example.org"})


def headers_of(raw: bytes, **overrides: object):
    kwargs: dict = dict(account="work", folder="INBOX", uid=7, arrival=ARRIVAL, me=ME, sent_folder=False)
    kwargs.update(overrides)
    return parse_headers(raw, **kwargs)


def message_of(raw: bytes, **overrides: object):
    kwargs: dict = dict(account="work", folder="INBOX", uid=7, arrival=ARRIVAL, me=ME, sent_folder=False)
    kwargs.update(overrides)
    return parse_message(raw, **kwargs)


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


PLAIN = crlf(
    "Message-ID: <abc.123@acme.example>\n"
    "Date: Tue, 05 Mar 2024 10:15:00 +0100\n"
    'From: "Jane Recruiter" <Jane.Recruiter+jobs@ACME.example>\n'
    "To: Me <ME@example.org>, other@example.net\n"
    "Cc: boss@acme.example\n"
    "Subject: Your interview\n"
    "In-Reply-To: <prev@example.org>\n"
    "References: <first@example.org>\n <prev@example.org>\n"
    "Auto-Submitted: no\n"
    "List-Id: Careers <careers.acme.example>\n"
    "Content-Type: text/plain; charset=us-ascii\n"
    "\n"
    "Thanks for coming in.\n"
)


def test_header_fields_cover_what_classification_reads() -> None:
    lowered = {name.lower() for name in HEADER_FIELDS}
    for needed in ("message-id", "date", "from", "auto-submitted", "precedence", "list-id", "x-autoreply"):
        assert needed in lowered


def test_headers_become_mail_fields() -> None:
    mail = headers_of(PLAIN)
    assert mail.message_id == "<abc.123@acme.example>"
    assert mail.date == datetime(2024, 3, 5, 9, 15, tzinfo=UTC)
    assert mail.from_addr == "jane.recruiter+jobs@acme.example"
    assert mail.from_name == "Jane Recruiter"
    assert mail.to == ("me@example.org", "other@example.net")
    assert mail.cc == ("boss@acme.example",)
    assert mail.subject == "Your interview"
    assert mail.in_reply_to == ("<prev@example.org>",)
    assert mail.references == ("<first@example.org>", "<prev@example.org>")
    assert mail.headers["auto-submitted"] == "no"
    assert mail.headers["list-id"] == "Careers <careers.acme.example>"
    assert mail.direction == "received"
    assert mail.body is None
    assert (mail.account, mail.folder, mail.uid) == ("work", "INBOX", 7)


def test_mail_from_me_or_in_sent_folder_is_sent() -> None:
    from_me = crlf("From: Me <me@example.org>\nTo: jane@acme.example\nSubject: Thanks\n\n")
    assert headers_of(from_me).direction == "sent"
    assert headers_of(PLAIN, sent_folder=True).direction == "sent"


def test_encoded_words_and_unknown_charsets_decode_without_raising() -> None:
    raw = crlf(
        "From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <j@firma.example>\n"
        "Subject: =?iso-8859-1?q?Gespr=E4ch?= =?x-no-such-charset?q?caf=C3=A9?=\n\n"
    )
    mail = headers_of(raw)
    assert mail.from_name == "Jürgen Müller"
    assert mail.subject.startswith("Gespräch")
    assert "caf" in mail.subject


def test_raw_eight_bit_utf8_headers_come_out_right() -> None:
    raw = "From: Zoë <zoe@example.com>\r\nSubject: Entretien à Paris\r\n\r\n".encode()
    mail = headers_of(raw)
    assert mail.subject == "Entretien à Paris"
    assert mail.from_name == "Zoë"


def test_latin1_eight_bit_header_does_not_raise() -> None:
    raw = "Subject: Caf\xe9\r\nFrom: a@b.example\r\n\r\n".encode("latin-1")
    assert headers_of(raw).subject == "Café"


def test_missing_date_uses_arrival_and_naive_arrival_is_utc() -> None:
    raw = crlf("From: a@b.example\nSubject: x\n\n")
    assert headers_of(raw).date == ARRIVAL
    naive = datetime(2024, 1, 2, 3, 4)
    assert headers_of(raw, arrival=naive).date == naive.replace(tzinfo=UTC)


def test_unreadable_date_uses_arrival() -> None:
    raw = crlf("Date: sometime last week\nFrom: a@b.example\n\n")
    assert headers_of(raw).date == ARRIVAL


def test_no_date_and_no_arrival_raises() -> None:
    with pytest.raises(UnparseableMessage):
        headers_of(crlf("From: a@b.example\n\n"), arrival=None)


def test_arrival_in_other_zone_is_converted_to_utc() -> None:
    arrival = datetime(2024, 3, 5, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    assert headers_of(crlf("From: a@b.example\n\n"), arrival=arrival).date == datetime(
        2024, 3, 5, 10, 0, tzinfo=UTC
    )


NO_ID = crlf(
    "Date: Tue, 05 Mar 2024 10:15:00 +0100\n"
    "From: jane@acme.example\n"
    "To: me@example.org\n"
    "Subject: No id here\n"
    "Content-Type: text/plain\n"
    "\n"
    "Body text.\n"
)


def test_missing_message_id_gets_a_stable_synthetic_id() -> None:
    first = headers_of(NO_ID)
    assert first.message_id.startswith("<") and first.message_id.endswith("@watcher.invalid>")
    again = headers_of(NO_ID, folder="Archive", uid=99, arrival=ARRIVAL + timedelta(days=3))
    whole = message_of(NO_ID, folder="Other")
    assert again.message_id == first.message_id == whole.message_id


def test_synthetic_id_ignores_folding_and_differs_between_messages() -> None:
    refolded = NO_ID.replace(b"Subject: No id here", b"Subject: No id\r\n  here")
    assert headers_of(refolded).message_id == headers_of(NO_ID).message_id
    other = NO_ID.replace(b"No id here", b"Another subject")
    assert headers_of(other).message_id != headers_of(NO_ID).message_id


def test_message_id_without_brackets_is_wrapped() -> None:
    raw = crlf("Message-ID: bare-id@host.example\nFrom: a@b.example\n\n")
    assert headers_of(raw).message_id == "<bare-id@host.example>"


def test_whole_message_plain_body() -> None:
    mail = message_of(PLAIN)
    assert mail.body == "Thanks for coming in."
    assert mail.message_id == "<abc.123@acme.example>"
    assert mail.calendar is None


def test_eight_bit_utf8_body_comes_out_right() -> None:
    raw = (
        "From: a@b.example\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\nMerci beaucoup, à bientôt — Zoë\r\n"
    ).encode()
    assert message_of(raw).body == "Merci beaucoup, à bientôt — Zoë"


def test_undeclared_eight_bit_utf8_body_comes_out_right() -> None:
    raw = "From: a@b.example\r\nSubject: x\r\n\r\nGrüße aus München\r\n".encode()
    assert message_of(raw).body == "Grüße aus München"


def test_undeclared_eight_bit_latin1_body_is_read_as_windows_1252() -> None:
    """Before, mail-parser read it as UTF-8 and the message was "could not read" for its U+FFFD."""
    for content_type in (b"", b"Content-Type: text/plain\r\n", b"Content-Type: text/plain; charset=us-ascii\r\n"):
        raw = b"From: a@b.example\r\nSubject: x\r\n" + content_type + "\r\nGrüße aus München – Zoë\r\n".encode("cp1252")
        mail = message_of(raw)
        assert mail.body == "Grüße aus München – Zoë", content_type
        assert mail.unreadable is None


def test_latin1_body_with_declared_charset() -> None:
    raw = (
        "From: a@b.example\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\nVielen Dank f=FCr Ihr Interesse\r\n"
    ).encode("ascii")
    assert message_of(raw).body == "Vielen Dank für Ihr Interesse"


def test_bogus_charset_body_does_not_raise() -> None:
    raw = ("From: a@b.example\r\nContent-Type: text/plain; charset=x-made-up\r\n\r\nPlain words\r\n").encode(
        "ascii"
    )
    assert message_of(raw).body == "Plain words"


def multipart(*parts: tuple[str, str, str]) -> bytes:
    """parts: (content type line, extra headers, payload)."""
    boundary = "BOUNDARY42"
    lines = [
        "Message-ID: <multi@acme.example>",
        "From: jane@acme.example",
        "Subject: Parts",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
        "",
    ]
    for content_type, extra, payload in parts:
        lines += [f"--{boundary}", f"Content-Type: {content_type}"]
        lines += [extra] if extra else []
        lines += ["", payload]
    lines += [f"--{boundary}--", ""]
    return "\r\n".join(lines).encode("utf-8")


HTML = (
    "<html><head><title>T</title><style>p {color: red}</style></head><body>"
    "<script>var secret = 1;</script><p>We&#39;d like to <b>offer</b> you the role &amp; more.</p>"
    "<p>Best,<br>Jane</p></body></html>"
)


def test_html_only_body_becomes_text() -> None:
    mail = message_of(multipart(("text/html; charset=utf-8", "", HTML)))
    assert mail.body is not None
    assert "We'd like to offer you the role & more." in mail.body
    assert "color" not in mail.body and "secret" not in mail.body
    assert "<" not in mail.body
    assert "Jane" in mail.body


def test_plain_part_preferred_over_html() -> None:
    mail = message_of(multipart(("text/plain", "", "Plain version"), ("text/html", "", HTML)))
    assert mail.body == "Plain version"


ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Second interview\r\nEND:VEVENT\r\nEND:VCALENDAR"


def test_inline_calendar_part_is_kept() -> None:
    mail = message_of(multipart(("text/plain", "", "See invite"), ("text/calendar; method=REQUEST", "", ICS)))
    assert mail.calendar is not None and "SUMMARY:Second interview" in mail.calendar
    assert mail.body == "See invite"


def test_attached_base64_calendar_is_kept() -> None:
    encoded = base64.b64encode(ICS.encode()).decode()
    extra = 'Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="invite.ics"'
    mail = message_of(multipart(("text/plain", "", "Invite attached"), ("text/calendar", extra, encoded)))
    assert mail.calendar is not None and "SUMMARY:Second interview" in mail.calendar


def test_long_body_is_cut() -> None:
    raw = crlf("From: a@b.example\nSubject: long\n\n") + b"word " * (MAX_BODY_CHARS // 2)
    body = message_of(raw).body
    assert body is not None and len(body) == MAX_BODY_CHARS


def test_deeply_nested_message_is_unparseable() -> None:
    depth = 2000
    head = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth))
    raw = ("From: a@b.example\r\n" + head + "Content-Type: text/plain\r\n\r\nx\r\n").encode()
    with pytest.raises(UnparseableMessage):
        message_of(raw)


def test_html_to_text_handles_broken_markup() -> None:
    assert html_to_text("<p>Hello <b>there</p><div>again &lt;3") == "Hello there\n\nagain <3"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_header_block_parses_or_fails_cleanly(block: bytes) -> None:
    mail = headers_of(block)
    assert mail.message_id.startswith("<")
    assert mail.date.tzinfo is not None


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=600))
def test_any_message_parses_or_raises_unparseable(blob: bytes) -> None:
    try:
        mail = message_of(b"From: a@b.example\r\n" + blob)
    except UnparseableMessage:
        return
    assert mail.body is not None


# ---------------------------------------------------------------------------
# The header-only reader agrees with the standard library, field for field


def stdlib_fields(raw: bytes) -> dict[str, str]:
    """What the standard library's compat32 parser reads: name -> unfolded value (first one)."""
    message = email.parser.BytesHeaderParser(policy=compat32).parsebytes(raw)
    fields: dict[str, str] = {}
    for name, value in message.raw_items():
        text = str(value)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # 8-bit bytes kept as surrogate escapes
            text = decode_bytes(text.encode("utf-8", "surrogateescape"), None)
        fields.setdefault(str(name).strip().lower(), re.sub(r"\r?\n[ \t]*", " ", text).strip())
    return fields


HEADER_LINE_PIECES = st.sampled_from(
    [
        b"From: a@b.example",
        b"From x",
        b"From ",
        b"Subject: Hi",
        b"subject:  there ",
        b" cont",
        b"\tcont2",
        b":no name",
        b"X-Y:z",
        b"Bad Name: v",
        b"",
        b"\r",
        b"\n",
        b"\r\n",
        b"\xc3\xa9",
        b"\xe9",
        b"To: =?utf-8?q?x?= <x@y>",
        b"Date: Tue, 05 Mar 2024 10:15:00 +0100",
        b"Message-ID: <a@b>",
        b"\x0b",
        b"\x0c",
        b"\x85",
        b"  ",
        b"A:",
        b"a:b:c",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(HEADER_LINE_PIECES, max_size=14))
def test_header_reader_agrees_with_stdlib_on_header_like_blocks(pieces: list[bytes]) -> None:
    raw = b"".join(pieces)
    assert header_fields(raw) == stdlib_fields(raw)


@settings(max_examples=1000, deadline=None)
@given(st.binary(max_size=300))
def test_header_reader_agrees_with_stdlib_on_any_bytes(raw: bytes) -> None:
    assert header_fields(raw) == stdlib_fields(raw)


def test_header_reader_reads_folded_and_repeated_fields() -> None:
    fields = header_fields(PLAIN + b"Subject: second\r\n")
    assert fields["references"] == "<first@example.org> <prev@example.org>"
    assert fields["subject"] == "Your interview"
    assert "thanks for coming in." not in fields  # the body is not a field


def stdlib_address_pairs(value: str) -> list[tuple[str, str]]:
    pairs = email.utils.getaddresses([value])
    return [(decode_header_text(n), a.strip().lower()) for n, a in pairs if "@" in a.strip().lower()]


ADDRESS_PIECES = st.sampled_from(
    [
        "jane@acme.example",
        "J.Doe+x@ACME.example",
        '"Jane R" ',
        '"" ',
        '"a,b" ',
        '"a\\b" ',
        "Jane ",
        "J. Smith ",
        "=?utf-8?q?J=C3=BC?= ",
        "<a@b.example>",
        "<a.b@c-d.example>",
        ", ",
        ",",
        " ",
        "(c) ",
        ":",
        ";",
        "x",
        ".",
        "@",
        "<>",
        "<",
        ">",
        "é",
        "\t",
        "a..b@c.d",
        "a@b..c",
        "group: a@b;",
    ]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(ADDRESS_PIECES, min_size=1, max_size=8))
def test_address_lists_read_as_getaddresses_reads_them(pieces: list[str]) -> None:
    value = "".join(pieces)
    mail = headers_of(f"From: {value}\r\nTo: {value}\r\n\r\n".encode())
    expected = stdlib_address_pairs(header_fields(f"To: {value}\r\n".encode()).get("to", ""))
    assert mail.to == tuple(addr for _, addr in expected)
    assert (mail.from_name, mail.from_addr) == (expected[0] if expected else ("", ""))


def stdlib_date(value: str) -> datetime | None:
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


@settings(max_examples=1500, deadline=None)
@given(
    st.sampled_from(["", "Tue, ", "Sun, ", "tue, ", "Xyz, "]),
    st.integers(0, 40),
    st.sampled_from(["Jan", "Feb", "Mar", "mar", "Dec", "Foo"]),
    st.integers(0, 10000),
    st.integers(0, 99),
    st.integers(0, 99),
    st.integers(0, 99),
    st.sampled_from(["+", "-"]),
    st.integers(0, 9999),
)
def test_dates_read_as_the_stdlib_reads_them(
    weekday: str, day: int, month: str, year: int, hour: int, minute: int, second: int, sign: str, zone: int
) -> None:
    for value in (
        f"{weekday}{day:02d} {month} {year:04d} {hour:02d}:{minute:02d}:{second:02d} {sign}{zone:04d}",
        f"{weekday}{day} {month} {year} {hour:02d}:{minute:02d}:{second:02d} {sign}{zone:04d}",
    ):
        # Arrival late enough that no Date here is "far past" it (see the test below).
        late = datetime(9999, 12, 31, 23, 59, tzinfo=UTC)
        expected = stdlib_date(value) or late
        assert headers_of(f"Date: {value}\r\nFrom: a@b.example\r\n\r\n".encode(), arrival=late).date == expected


def test_a_date_far_past_the_arrival_is_not_believed() -> None:
    wrong_clock = crlf("From: a@acme.example\nDate: Wed, 05 Mar 2025 08:00:00 +0000\nSubject: x\n\nhi\n")
    assert headers_of(wrong_clock).date == ARRIVAL
    assert message_of(wrong_clock).date == ARRIVAL
    a_bit_ahead = crlf("From: a@acme.example\nDate: Tue, 05 Mar 2024 20:00:00 +0000\nSubject: x\n\nhi\n")
    assert headers_of(a_bit_ahead).date == datetime(2024, 3, 5, 20, 0, tzinfo=UTC)


# ---------------------------------------------------------------------------
# Thread references as mailers write them


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<abc@mail.example>", ("<abc@mail.example>",)),
        ("abc123@mail.example", ("<abc123@mail.example>",)),  # no brackets
        ("a@x.example b@y.example, c@z.example", ("<a@x.example>", "<b@y.example>", "<c@z.example>")),
        ("<a@x.example><b@y.example>", ("<a@x.example>", "<b@y.example>")),  # run together
        ("<a@x.example (sent from my phone) <b@y.example>", ("<a@x.example>", "<b@y.example>")),  # stray <
        ('Your message of "Mon, 3 Nov 2026 10:00 <q@z.example>" <c@d.example>', ("<c@d.example>",)),
        ("(in reply to foo@bar.example) <r@s.example>", ("<r@s.example>",)),
        ("<[6f1c2a9e@lumenfreight.com]>", ("<[6f1c2a9e@lumenfreight.com]>",)),  # Exchange
        ("abc@mail.example.", ("<abc@mail.example>",)),  # the end of a sentence
        ("<a@x.example> a@x.example", ("<a@x.example>",)),
        ("<1234>", ("<1234>",)),
        ("@x.example x@ and nothing else", ()),
        ("", ()),
    ],
)
def test_every_token_that_looks_like_a_message_id_counts(value: str, expected: tuple[str, ...]) -> None:
    assert message_ids(value) == expected


def test_bare_thread_ids_read_the_same_from_headers_and_whole_messages() -> None:
    raw = crlf(
        "Message-ID: reply-1@mail.example\n"
        "Date: Tue, 05 Mar 2024 10:15:00 +0100\n"
        "From: someone@mail.example\n"
        "In-Reply-To: thanks-7f3a@example.org (Alex's message)\n"
        "References: <root@acme.example>\n thanks-7f3a@example.org\n"
        "\nHello\n"
    )
    for mail in (headers_of(raw), message_of(raw)):
        assert mail.message_id == "<reply-1@mail.example>"
        assert mail.in_reply_to == ("<thanks-7f3a@example.org>",)
        assert mail.references == ("<root@acme.example>", "<thanks-7f3a@example.org>")


@pytest.mark.parametrize(
    "header",
    ["Date: Fri, 31 Dec 9999 23:59:59 -1200", "Subject: =?utf-8\x00?Q?Gr=C3=BC=C3=9Fe?="],
)
def test_dates_past_the_calendar_and_nul_charsets_are_read_not_raised(header: str) -> None:
    raw = crlf(f"Message-ID: <odd@acme.example>\nFrom: a@acme.example\n{header}\n\nHello\n")
    for mail in (headers_of(raw), message_of(raw)):
        assert mail.date == ARRIVAL or mail.date.year == 2024
        assert mail.message_id == "<odd@acme.example>"


@pytest.mark.parametrize(
    "raw",
    [
        b"Message-ID: <x@a.example>\r\nFrom: a@a.example\r\n\r\nTo: not-a-field@body.example\r\n",
        b"Message-ID: <x@a.example>\nFrom: a@a.example\n\nTo: not-a-field@body.example\n",
        b"Message-ID: <x@a.example>\nFrom: a@a.example\n\r\nTo: not-a-field@body.example\r\n",  # mixed
        b"Message-ID: <x@a.example>\rFrom: a@a.example\r\rTo: not-a-field@body.example\r",  # old Mac
    ],
)
def test_a_header_cut_off_a_whole_message_reads_as_the_whole_message_does(raw: bytes) -> None:
    block = header_block(raw)
    assert b"not-a-field" not in block
    from_headers, whole = headers_of(block), message_of(raw)
    assert from_headers.message_id == whole.message_id == "<x@a.example>"
    assert from_headers.from_addr == whole.from_addr == "a@a.example"
    assert from_headers.to == whole.to == ()


@pytest.mark.parametrize("read", [headers_of, message_of])
def test_a_mailbox_written_whole_in_one_encoded_word_is_read_decoded(read) -> None:
    """Some mailers encode the whole mailbox, address too, in one encoded word (RFC 2047
    section 5 forbids it); mail readers show it decoded, so the sender is still known."""
    raw = (
        b"From: =?utf-8?q?In=C3=AAs_Carvalho_=3Cines=2Ecarvalho=40Contoso=2Ept=3E?=\r\n"
        b"To: =?utf-8?q?=3Cuser=40example=2Eorg=3E?=\r\nSubject: x\r\nMessage-ID: <x@a.example>\r\n\r\nbody\r\n"
    )
    mail = read(raw)
    assert (mail.from_name, mail.from_addr) == ("In\u00eas Carvalho", "ines.carvalho@contoso.pt")
    assert mail.to == ("user@example.org",)


@pytest.mark.parametrize("read", [headers_of, message_of])
def test_an_address_in_an_encoded_display_name_never_stands_for_the_address_written(read) -> None:
    raw = (
        b"From: =?utf-8?q?anna=40acme=2Eexample?= <someone@elsewhere.example>\r\n"
        b"To: =?utf-8?q?J=C3=BC?=\r\nSubject: x\r\nMessage-ID: <x@a.example>\r\n\r\nbody\r\n"
    )
    mail = read(raw)
    assert mail.from_addr == "someone@elsewhere.example"
    assert mail.to == ()


def test_addresses_reads_display_names_with_commas_and_groups() -> None:
    from watcher.parse import addresses

    assert addresses('"Berg, Anna" <Anna@Acme.example>, jobs@acme.example') == (
        "anna@acme.example", "jobs@acme.example")
    assert addresses("Recruiting: anna@acme.example, (team) bo@acme.example;") == (
        "anna@acme.example", "bo@acme.example")


def test_a_megabyte_header_of_encoded_words_is_cut_before_decoding():
    """The stdlib's and mail-parser's encoded-word decoders are quadratic: a 1 MB Subject
    of encoded words once took minutes to read. Each field is cut to MAX_HEADER_FIELD
    bytes before either decoder sees it, on both the header-only and the whole path."""
    from watcher.parse import MAX_HEADER_FIELD, bounded_header_fields, parse_headers, parse_message

    raw = (b"From: Jane <jane@acme.example>\nDate: Tue, 10 Jun 2025 09:00:00 +0200\n"
           b"Message-ID: <big@acme.example>\nSubject: " + b"=?utf-8?Q?x?= " * 75_000 + b"\n"
           b"X-Folded: a\n" + b" =?utf-8?Q?y?=\n" * 50_000 + b"\nHello\n")
    bounded = bounded_header_fields(raw)
    head = bounded.split(b"\n\n")[0]
    assert len(head) < 4 * MAX_HEADER_FIELD
    subject = next(line for line in head.split(b"\n") if line.startswith(b"Subject:"))
    assert len(subject) <= MAX_HEADER_FIELD
    assert len(head[head.index(b"X-Folded"):]) <= MAX_HEADER_FIELD
    assert bounded.endswith(b"\n\nHello\n")
    small = b"From: a@b.example\nSubject: hi\n\nbody\n"
    assert bounded_header_fields(small) is small
    where = dict(account="a", folder="INBOX", uid=1, arrival=None, me=frozenset(), sent_folder=False)
    whole = parse_message(raw, **where)
    header_only = parse_headers(raw.split(b"\n\n")[0] + b"\n\n", **where)
    assert whole.subject.startswith("xxxx") and len(whole.subject) <= MAX_HEADER_FIELD
    assert whole.message_id == header_only.message_id == "<big@acme.example>"
    assert whole.body.strip() == "Hello"


@pytest.mark.parametrize("subtype", ["mixed", "alternative", "related"])
def test_a_multipart_without_a_boundary_is_read_as_its_text(subtype: str) -> None:
    raw = (
        "From: Lena Vogt <lena@nordwind.example>\r\nTo: me@example.org\r\nSubject: Ihre Bewerbung\r\n"
        f"Date: Tue, 05 Mar 2024 09:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: multipart/{subtype}\r\n\r\n"
        "Guten Tag,\r\n\r\nleider haben wir uns für eine andere Bewerberin entschieden.\r\n\r\nLena\r\n"
    ).encode()
    mail = message_of(raw)
    assert mail.body is not None and "andere Bewerberin entschieden" in mail.body


def test_html_table_cells_stand_apart() -> None:
    """Before, a booking's table ("<td>Dienst</td><td>Kennenlerngespräch Data Engineer</td>")
    became "DienstKennenlerngespräch Data Engineer": its words and the staff member's name
    ("MitarbeiterKatrin Sommer") were found by nothing."""
    markup = ("<table><tr><td>Dienst</td><td>Kennenlerngespräch Data Engineer</td></tr>"
              "<tr><th>Mitarbeiter</th><td>Katrin Sommer</td></tr></table><p>Bis bald</p>")
    assert html_to_text(markup) == "Dienst Kennenlerngespräch Data Engineer\n\nMitarbeiter Katrin Sommer\n\nBis bald"
