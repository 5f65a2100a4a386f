"""A reply tied to an interview whose text cannot be read (broken base64, a charset that
turns it into mojibake, binary bytes, no text beside an attachment it cannot open) is
`unknown`, never a reply; mail that is readable (short, in Greek, Japanese or emoji, in a
correctly declared legacy charset, with a big attachment) keeps its kind. Read as sync
reads it (`parse_message`, then `classify`), and end to end with `watcher scan`."""

from __future__ import annotations

import base64
import random
import textwrap
from datetime import UTC, datetime

import pytest

from tests.test_reading_whole import ROOT, maildir  # noqa: F401  (the fixture)
from watcher.classify import classify
from watcher.model import HEARD_BACK_KINDS, UNKNOWN_KIND
from watcher.parse import parse_message

ARRIVAL = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
BYTES = random.Random(20261118)


def header(content: str, *, transfer: str | None = None, msgid: str = "<reply-1@lumenfreight.com>") -> bytes:
    """A reply from the interview's contact, in its thread; ``content``: its Content-Type."""
    lines = [
        "From: Dorota Kowalski <dorota@lumenfreight.com>",
        "To: Alex <alex@example.org>",
        "Subject: Re: QA Lead - update",
        "Date: Wed, 18 Nov 2026 09:00:00 +0100",
        f"Message-ID: {msgid}",
        "In-Reply-To: <[6f1c2a9e@lumenfreight.com]>",
        "MIME-Version: 1.0",
        f"Content-Type: {content}",
    ]
    if transfer:
        lines.append(f"Content-Transfer-Encoding: {transfer}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def b64(data: bytes) -> bytes:
    return "\r\n".join(textwrap.wrap(base64.b64encode(data).decode(), 76)).encode() + b"\r\n"


def read(raw: bytes):
    mail = parse_message(raw, account="local", folder="INBOX", uid=3, arrival=ARRIVAL,
                         me=frozenset({"alex@example.org"}), sent_folder=False)
    return classify(mail, interview_company="Lumen Freight")


def with_attachment(text_part: bytes, attachment: bytes, *, name: str = "letter.pdf") -> bytes:
    return (
        header('multipart/mixed; boundary="part"')
        + b"--part\r\n" + text_part
        + b"\r\n--part\r\nContent-Type: application/pdf; name=\"" + name.encode() + b"\"\r\n"
        + b"Content-Disposition: attachment; filename=\"" + name.encode() + b"\"\r\n"
        + b"Content-Transfer-Encoding: base64\r\n\r\n" + attachment + b"\r\n--part--\r\n"
    )


SENTENCE = "Hi Alex, thank you for your time last week. We would like to invite you to a final round."

GARBAGE = {
    # Base64 cut and spliced: what decodes is bytes of no text.
    "broken base64": header("text/plain; charset=utf-8", transfer="base64")
    + b"SGkgQWxleCwgdGhhbmsgeW91IGZvc!!#@@@@\r\n" + b64(BYTES.randbytes(600))[7:-9] + b"%%==\r\n",
    # Japanese in Shift_JIS under a charset nobody knows: decoded as a guess, it is mojibake.
    "unknown charset": header("text/plain; charset=x-mac-sjis-private", transfer="8bit")
    + ("アレックス様\r\n先日は面接にお越しいただき、誠にありがとうございました。"
       "選考の結果、次の面接にお進みいただくことになりました。日程をご連絡ください。\r\n").encode("shift_jis"),
    # The same text declared as UTF-8, which it is not.
    "wrong charset": header("text/plain; charset=utf-8", transfer="8bit")
    + ("アレックス様\r\n先日は面接にお越しいただき、誠にありがとうございました。"
       "選考の結果につきましては、追ってご連絡いたします。\r\n").encode("shift_jis"),
    # UTF-16 bytes declared as Latin-1: every other character a NUL.
    "utf-16 as latin-1": header("text/plain; charset=iso-8859-1", transfer="base64")
    + b64(SENTENCE.encode("utf-16-le")),
    # Japanese in Shift_JIS with no charset declared: a Western guess would be mojibake.
    "undeclared shift_jis": header("text/plain", transfer="8bit")
    + ("アレックス様\r\n先日は面接にお越しいただき、誠にありがとうございました。"
       "選考の結果、次の面接にお進みいただくことになりました。日程をご連絡ください。\r\n").encode("shift_jis"),
    # Binary bytes in a text part.
    "binary": header("text/plain; charset=us-ascii", transfer="base64") + b64(BYTES.randbytes(900)),
    # An empty text part and an attachment whose base64 is broken.
    "empty text, broken attachment": with_attachment(
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n\r\n", b"JVBERi0xLjQKJ!!!***~~~" + b"\xff\xfe" * 40
    ),
}

READABLE = {
    "short reply": header("text/plain; charset=us-ascii") + b"Thanks, see you Tuesday\r\n",
    "greek": header("text/plain; charset=utf-8", transfer="base64")
    + b64("Γεια σου Alex,\r\nευχαριστούμε για τη συνέντευξη. Θα θέλαμε να σε δούμε ξανά "
          "την Τρίτη για τον δεύτερο γύρο.\r\nΔωροθέα\r\n".encode()),
    "japanese": header("text/plain; charset=utf-8", transfer="base64")
    + b64("アレックス様\r\n先日は面接にお越しいただき、誠にありがとうございました。"
          "次の面接の日程をご連絡ください。\r\n".encode()),
    "iso-2022-jp": header("text/plain; charset=iso-2022-jp", transfer="7bit")
    + ("アレックス様\r\n先日は面接にお越しいただき、誠にありがとうございました。"
       "次の面接の日程をご連絡ください。\r\n").encode("iso-2022-jp"),
    "shift_jis": header("text/plain; charset=shift_jis", transfer="8bit")
    + ("アレックス様\r\n先日は面接にお越しいただき、誠にありがとうございました。"
       "次の面接の日程をご連絡ください。\r\n").encode("shift_jis"),
    "emoji": header("text/plain; charset=utf-8", transfer="8bit")
    + "Great talking to you! 🎉🎉 See you Tuesday for the final round 🙂\r\n".encode(),
    "windows-1252": header("text/plain; charset=windows-1252", transfer="quoted-printable")
    + b"Bonjour Alex,\r\nmerci pour l'entretien \x96 c'=E9tait tr=E8s agr=E9able. "
      b"Nous aimerions vous revoir mardi =E0 10h au caf=E9.\r\n",
    # 8-bit Latin-1 with no charset declared (US-ASCII by RFC 2045), as old mailers send it:
    # mail programs read it as Windows-1252, and so must watcher.
    "undeclared latin-1": header("text/plain", transfer="8bit")
    + "Hallo Alex,\r\nleider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten "
      "entschieden haben.\r\nGrüße\r\nDorota\r\n".encode("latin-1"),
    "latin-1 declared us-ascii": header("text/plain; charset=us-ascii", transfer="8bit")
    + "Bonjour Alex,\r\naprès mûre réflexion, nous avons décidé de ne pas donner suite à votre "
      "candidature.\r\nDorota\r\n".encode("latin-1"),
    "iso-8859-2": header("text/plain; charset=iso-8859-2", transfer="8bit")
    + "Cześć Alex,\r\ndziękujemy za rozmowę. Zapraszamy na kolejny etap w Łodzi we wtorek.\r\n".encode("iso-8859-2"),
    "text and big attachment": with_attachment(
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Hi Alex, please find attached the details for your next interview on Tuesday.\r\n",
        b64(b"%PDF-1.4\n" + BYTES.randbytes(300_000)),
    ),
}


def test_a_seven_bit_japanese_reply_is_read_as_japanese() -> None:
    mail = parse_message(READABLE["iso-2022-jp"], account="local", folder="INBOX", uid=3, arrival=ARRIVAL,
                         me=frozenset({"alex@example.org"}), sent_folder=False)
    assert mail.body is not None and "面接の日程をご連絡ください" in mail.body and "\x1b" not in mail.body


@pytest.mark.parametrize("shape", GARBAGE)
def test_a_reply_whose_text_cannot_be_read_is_unknown(shape: str) -> None:
    verdict = read(GARBAGE[shape])
    assert verdict.kind == UNKNOWN_KIND, (shape, verdict)
    assert verdict.kind not in HEARD_BACK_KINDS
    assert verdict.reasons and verdict.reasons[0].startswith("could not read this message: ")


@pytest.mark.parametrize("shape", READABLE)
def test_a_readable_reply_keeps_its_kind(shape: str) -> None:
    verdict = read(READABLE[shape])
    assert verdict.kind != UNKNOWN_KIND, (shape, verdict)
    assert verdict.kind in HEARD_BACK_KINDS, (shape, verdict)


def test_a_scan_keeps_the_follow_up_due_after_a_reply_it_cannot_read(maildir):  # noqa: F811
    box, setup = maildir
    box.deliver("inbox", ROOT, "2026-11-12T17:00:00+01:00")
    box.deliver("inbox", GARBAGE["broken base64"], "2026-11-18T09:00:00+01:00")
    scan = setup.scan()
    assert scan.code == 0, scan.stderr
    unread = scan.message("<reply-1@lumenfreight.com>")
    assert unread is not None and unread["interview"] == "lumen"
    assert unread["kind"] == "unknown"
    assert any(reason.startswith("could not read this message") for reason in unread["reasons"])
    lumen = scan.interview("lumen")
    assert lumen["status"] == "awaiting" and lumen["outcome"] is None
    text = setup.scan(json_out=False, now="2026-11-20T10:50")
    assert "could not read this message: look at it yourself" in text.report["text"]
