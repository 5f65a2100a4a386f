"""Seeded malformed mail: mutations of the labelled corpus and of odd messages seen in
real mailboxes.

``malformed(seed, count)`` yields ``Sample(number, mutations, raw)``; the same seed and
number always give the same bytes, so a failure is reproduced by its number alone
(``python -m tests.fuzz --seed S --only N``). Each sample is one corpus message (or one
of the odd seeds below) with one to three mutations applied, from:

truncated MIME, wrong and unknown charsets, broken encoded words (a NUL in the charset
name too), NUL bytes, a 1 MB header line, 10,000 References, deeply nested multiparts,
bad base64 and quoted-printable, bad dates and time zones (year 9999 at -1200 among
them), calendar parts with broken time zones, flipped bytes, bare CR line ends, a
missing header/body separator, and headers repeated many times.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# Odd but real shapes to mutate besides the corpus.
_ODD_SEEDS: tuple[bytes, ...] = (
    b"From: Jane Doe <jane.doe@acme.com>\nTo: user@example.org\nSubject: Next steps\n"
    b"Date: Tue, 10 Jun 2025 09:00:00 +0200\nMessage-ID: <odd1@acme.com>\n"
    b"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n"
    b"--b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    b"SGkhIFdlJ2QgbGlrZSB0byBpbnZpdGUgeW91IHRvIGEgZmluYWwgcm91bmQu\n"
    b"--b1\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\n\n"
    b"BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:x1@acme.com\n"
    b"DTSTART;TZID=Europe/Berlin:20250612T100000\nDTEND;TZID=Europe/Berlin:20250612T110000\n"
    b"SUMMARY:Final round - Acme Widgets\nORGANIZER:mailto:jane.doe@acme.com\nEND:VEVENT\nEND:VCALENDAR\n"
    b"--b1--\n",
    b"From: =?iso-8859-1?Q?J=F6rg_M=FCller?= <j.mueller@brandt-maschinenbau.de>\n"
    b"To: user@example.org\nSubject: =?utf-8?B?WndlaXRlcyBHZXNwcsOkY2g=?=\n"
    b"Date: Mon, 16 Jun 2025 14:00:00 +0200\nMessage-ID: <odd2@brandt.de>\n"
    b"Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
    b"Sehr geehrte Frau M=FCller,=0Awir laden Sie gerne zu einem zweiten Gespr=E4ch ein.=\n\n",
    b"From: noreply@greenhouse.io\nTo: user@example.org\nSubject: Your application to Acme Widgets\n"
    b"Date: Wed, 04 Jun 2025 08:00:00 -0000\nMessage-ID: <odd3@greenhouse.io>\n"
    b"In-Reply-To: <a01@example.org>\nReferences: <a01@example.org>\n"
    b"Content-Type: text/html; charset=utf-8\n\n"
    b"<html><body><p>Thank you for applying to <b>Acme Widgets</b>.</p></body></html>\n",
)

_BAD_CHARSETS = (
    "x-unknown", "utf-7", "utf-8\x00", "", "iso-8859-99", "unicode-1-1-utf-7", "cp65001", "utf-16",
    "ebcdic-cp-us", "\xff\xfe", "utf-8'en'", "us-ascii; x=1", "a" * 300, "latin-1 ", "UTF8?",
)
_BAD_DATES = (
    "Fri, 31 Dec 9999 23:59:59 -1200", "Sat, 01 Jan 0001 00:00:00 +1400", "Mon, 32 Foo 2026 25:61:61 +0000",
    "Tue, 10 Jun 2025 09:00:00 +9999", "Tue, 10 Jun 2025 09:00:00 -2400", "yesterday", "",
    "Tue, 10 Jun 99999999999999999999 09:00:00 +0000", "10 Jun 2025 09:00:00 Mars/Olympus",
    "Tue, 10 Jun 2025 09:00:00 +0200 (CEST) (extra) (more)", "Thu, 29 Feb 2025 10:00:00 +0000",
    "Tue, 10 Jun 1969 09:00:00 +0000", "\x00", "Tue, 10 Jun 2025 09:00:00 GMT+25",
)
_BAD_TZIDS = ("Mars/Olympus", "", "Europe/Berlin\x00", "../../etc/passwd", "UTC+99", "W. Europe Standard Time",
              "Europe/" + "x" * 500)
_BAD_CAL_TIMES = ("20251332T256161", "2025", "", "20250612T100000ZZ", "99999999T999999", "-1")


@dataclass(frozen=True)
class Sample:
    """One malformed message: its number in the run, the mutations applied, its bytes."""

    number: int
    mutations: tuple[str, ...]
    raw: bytes


def seeds() -> list[bytes]:
    """The messages the mutations start from: every corpus ``.eml`` and the odd seeds."""
    return [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))] + list(_ODD_SEEDS)


def _split(raw: bytes) -> tuple[bytes, bytes, bytes]:
    """(header block, separator, body); a message without a blank line is all header."""
    found = re.search(rb"\r?\n\r?\n", raw)
    if not found:
        return raw, b"", b""
    return raw[: found.start()], raw[found.start(): found.end()], raw[found.end():]


def _set_header(raw: bytes, name: bytes, value: bytes) -> bytes:
    head, sep, body = _split(raw)
    pattern = re.compile(rb"(?im)^" + re.escape(name) + rb":[^\n]*(\n[ \t][^\n]*)*")
    line = name + b": " + value
    if pattern.search(head):
        head = pattern.sub(lambda _m: line, head, count=1)
    else:
        head = head + b"\n" + line
    return head + (sep or b"\n\n") + body


def truncate(rng: random.Random, raw: bytes) -> bytes:
    return raw[: rng.randrange(1, max(2, len(raw)))]


def wrong_charset(rng: random.Random, raw: bytes) -> bytes:
    charset = rng.choice(_BAD_CHARSETS).encode("latin-1")
    if re.search(rb"(?i)charset=", raw):
        return re.sub(rb'(?i)charset="?[^";\s]*"?', b'charset="' + charset + b'"', raw, count=rng.randint(1, 3))
    return _set_header(raw, b"Content-Type", b"text/plain; charset=" + charset)


def mislabelled_bytes(rng: random.Random, raw: bytes) -> bytes:
    """Body bytes in one encoding, labelled as another (Latin-1 or UTF-16 said to be UTF-8)."""
    head, sep, body = _split(raw)
    text = body.decode("utf-8", "replace") + " Grüße, ça va? ¿Qué tal? 日本"
    encoding = rng.choice(("latin-1", "utf-16", "cp1252", "shift_jis"))
    return head + (sep or b"\n\n") + text.encode(encoding, "replace")


def broken_encoded_word(rng: random.Random, raw: bytes) -> bytes:
    words = (
        b"=?utf-8\x00?Q?Final_round?=", b"=?utf-8?B?!!!not-base64!!!?=", b"=?unknown-8bit?Q?caf=E9?=",
        b"=?utf-8?Q?unterminated", b"=?utf-8?X?wrong-encoding?=", b"=??Q?empty?=", b"=?utf-8?B?4pyT?=" * 500,
        b"=?iso-2022-jp?B?GyRCJUYlOSVIGyhC?=", b"=?utf-8*en?Q?lang?=", b"=?utf-8?Q?=FF=FE=00?=",
    )
    name = rng.choice((b"Subject", b"From", b"To", b"Cc"))
    word = rng.choice(words)
    if name != b"Subject":
        word = word + b" <" + rng.choice((b"jane.doe@acme.com", b"x@", b"@", b"")) + b">"
    return _set_header(raw, name, word)


def nul_bytes(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 20)):
        data.insert(rng.randrange(len(data) + 1), 0)
    return bytes(data)


def huge_header_line(rng: random.Random, raw: bytes) -> bytes:
    name = rng.choice((b"Subject", b"X-Long", b"From", b"Received", b"Content-Type"))
    filler = rng.choice((b"a", b"word ", b"=?utf-8?Q?x?= ", b"<", b"\xc3\xa9"))
    return _set_header(raw, name, filler * (1_048_576 // len(filler)))


def many_references(rng: random.Random, raw: bytes) -> bytes:
    refs = b" ".join(b"<ref%d.%d@acme.com>" % (n, rng.randrange(10**6)) for n in range(10_000))
    return _set_header(_set_header(raw, b"References", refs), b"In-Reply-To", refs[:50_000])


def nested_multiparts(rng: random.Random, raw: bytes) -> bytes:
    depth = rng.choice((50, 200, 1000))
    head, _sep, body = _split(raw)
    parts = []
    for level in range(depth):
        parts.append(b'Content-Type: multipart/mixed; boundary="n%d"\n\n--n%d\n' % (level, level))
    inner = b"Content-Type: text/plain\n\n" + body
    closing = b"".join(b"\n--n%d--\n" % level for level in reversed(range(depth)))
    head = re.sub(rb"(?im)^content-(type|transfer-encoding):[^\n]*(\n[ \t][^\n]*)*\n?", b"", head)
    return head + b"\nMIME-Version: 1.0\n" + b"".join(parts) + inner + closing


def bad_transfer_encoding(rng: random.Random, raw: bytes) -> bytes:
    head, _sep, _body = _split(raw)
    head = re.sub(rb"(?im)^content-transfer-encoding:[^\n]*\n?", b"", head)
    encoding, body = rng.choice((
        (b"base64", b"SGVsbG8gdGhlcmU=!!!@@@\n====\nSGk\n"),
        (b"base64", b"not base64 at all, just words about the final round\n"),
        (b"base64", b"SGVsbG8=" * 3 + b"\nS\n"),
        (b"quoted-printable", b"caf=E9 =ZZ =\n=\n=3\nnext st=\r\neps =C3=\n"),
        (b"quoted-printable", b"=" * 1000 + b"\n"),
        (b"x-uuencode", b"begin 644 x\n#86)C\n`\nend\n"),
        (b"8bit\x00", b"hello\n"),
    ))
    return head + b"\nContent-Transfer-Encoding: " + encoding + b"\n\n" + body


def bad_date(rng: random.Random, raw: bytes) -> bytes:
    return _set_header(raw, rng.choice((b"Date", b"Date", b"Resent-Date")), rng.choice(_BAD_DATES).encode("latin-1"))


def broken_calendar(rng: random.Random, raw: bytes) -> bytes:
    tzid = rng.choice(_BAD_TZIDS).encode("latin-1")
    start = rng.choice(_BAD_CAL_TIMES).encode()
    calendar = (
        b"BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VTIMEZONE\nTZID:" + tzid + b"\n"
        + rng.choice((b"", b"BEGIN:STANDARD\nTZOFFSETFROM:+9999\nTZOFFSETTO:bad\nEND:STANDARD\n"))
        + b"END:VTIMEZONE\nBEGIN:VEVENT\nUID:broken@acme.com\n"
        + b"DTSTART;TZID=" + tzid + b":" + start + b"\nDTEND:" + rng.choice(_BAD_CAL_TIMES).encode() + b"\n"
        + b"SUMMARY:Interview - Acme Widgets\nORGANIZER:mailto:jane.doe@acme.com\n"
        + rng.choice((b"END:VEVENT\nEND:VCALENDAR\n", b"", b"END:VCALENDAR\n"))
    )
    head, _sep, body = _split(raw)
    head = re.sub(rb"(?im)^content-(type|transfer-encoding):[^\n]*(\n[ \t][^\n]*)*\n?", b"", head)
    return (
        head + b'\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="cal"\n\n'
        b"--cal\nContent-Type: text/plain\n\n" + body + b"\n--cal\nContent-Type: text/calendar; method=REQUEST\n\n"
        + calendar + rng.choice((b"--cal--\n", b""))
    )


def flip_bytes(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 50)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def bare_cr(rng: random.Random, raw: bytes) -> bytes:
    return raw.replace(b"\n", rng.choice((b"\r", b"\r\r\n", b"\n\r")))


def no_separator(rng: random.Random, raw: bytes) -> bytes:
    head, _sep, body = _split(raw)
    return head + b"\n" + body


def repeated_headers(rng: random.Random, raw: bytes) -> bytes:
    head, sep, body = _split(raw)
    lines = head.split(b"\n")
    chosen = rng.choice(lines) if lines else b"X: y"
    return b"\n".join(lines + [chosen] * rng.choice((2, 100, 5000))) + (sep or b"\n\n") + body


def bad_addresses(rng: random.Random, raw: bytes) -> bytes:
    value = rng.choice((b"<<<>>>", b'"unterminated <jane.doe@acme.com', b"@@@", b"jane.doe@acme.com" * 1000,
                        b"undisclosed-recipients:;", b"=?utf-8?Q?a?= <jane.doe@acme.com>, ,,, <>",
                        b"jane.doe@[300.1.1.1]", b"\"\\\" <x@y>", b"a@b@c", b"(comment only)"))
    return _set_header(raw, rng.choice((b"From", b"To", b"Cc", b"Reply-To", b"Sender")), value)


def bad_message_id(rng: random.Random, raw: bytes) -> bytes:
    value = rng.choice((b"", b"<>", b"no-brackets", b"<" + b"x" * 100_000 + b">", b"<a@b> <c@d>", b"<\x00@x>"))
    return _set_header(raw, rng.choice((b"Message-ID", b"In-Reply-To")), value)


def bad_boundary(rng: random.Random, raw: bytes) -> bytes:
    boundary = rng.choice((b"", b'"', b"x" * 5000, b"--", b"b\x00"))
    head, sep, body = _split(raw)
    head = re.sub(rb"(?im)^content-type:[^\n]*(\n[ \t][^\n]*)*\n?", b"", head)
    return head + b'\nContent-Type: multipart/alternative; boundary="' + boundary + b'"\n\n' + body


MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    f.__name__: f
    for f in (
        truncate, wrong_charset, mislabelled_bytes, broken_encoded_word, nul_bytes, huge_header_line,
        many_references, nested_multiparts, bad_transfer_encoding, bad_date, broken_calendar, flip_bytes,
        bare_cr, no_separator, repeated_headers, bad_addresses, bad_message_id, bad_boundary,
    )
}
# The costly ones (a megabyte, ten thousand references) come less often, so a run of
# thousands stays a matter of minutes.
_WEIGHTS = {name: (1 if name in ("huge_header_line", "many_references") else 4) for name in MUTATIONS}


def sample(seed: int, number: int, bases: list[bytes] | None = None) -> Sample:
    """Sample ``number`` of the run seeded with ``seed``: the same bytes every time."""
    rng = random.Random(f"{seed}:{number}")
    bases = bases if bases is not None else seeds()
    raw = bases[number % len(bases)]
    names = rng.choices(list(_WEIGHTS), weights=list(_WEIGHTS.values()), k=rng.choice((1, 1, 2, 3)))
    for name in names:
        raw = MUTATIONS[name](rng, raw)
    return Sample(number, tuple(names), raw)


def malformed(seed: int, count: int, start: int = 0) -> Iterator[Sample]:
    """``count`` samples of the run seeded with ``seed``, from number ``start`` on."""
    bases = seeds()
    for number in range(start, start + count):
        yield sample(seed, number, bases)
