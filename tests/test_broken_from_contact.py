"""A message from a logged contact whose text cannot be read (a charset no decoder knows
holding 8-bit bytes, UTF-16 under such a name, binary bytes or a compressed file in a text
part) is `unknown` ("could not read"), never `other` (heard back) nor a decision read from a
guessed word; the same text in a correctly declared charset, in a charset name mail
programs know that Python's codecs lack, or in undeclared Latin-1, keeps its kind. In
the seven languages, from the contact's own address (no thread), as `watcher scan` reads
it from a Maildir and from Dovecot."""

from __future__ import annotations

import base64
import gzip
import quopri
import random
import textwrap
from datetime import datetime

from tests.test_reading_whole import ME, Maildir, imap, maildir  # noqa: F401  (the fixtures)
from watcher.model import UNKNOWN_KIND

BYTES = random.Random(20261201)

# Each reply in its language, written for this test, with the kind a reader gives it.
REPLIES = {
    "en": ("next_step", ("Hello Alex,\nthanks a lot for coming in on Monday. We’re keen to have you back for a "
                        "second conversation with our head of operations: which afternoon next week suits you?\n"
                        "Dorota")),
    "de": ("rejection", ("Hallo Alex,\nvielen Dank für Ihren Besuch am Montag. Leider müssen wir Ihnen mitteilen, "
                        "dass wir uns für eine andere Bewerberin entschieden haben. Für Ihre weitere Suche "
                        "wünschen wir Ihnen alles Gute.\nDorota")),
    "fr": ("next_step", ("Bonjour Alex,\nmerci beaucoup d'être venu lundi. Nous avons le plaisir de vous proposer "
                        "un deuxième entretien avec notre directrice des opérations. Quelles sont vos "
                        "disponibilités la semaine prochaine ?\nDorota")),
    "es": ("rejection", ("Hola Alex,\nmuchas gracias por venir el lunes. Lamentablemente hemos decidido seguir "
                        "adelante con otra candidatura cuyo perfil se ajusta más a lo que buscamos. Te deseamos "
                        "mucha suerte.\nUn saludo, Dorota")),
    "nl": ("rejection", ("Hoi Alex,\nbedankt voor je komst op maandag. Helaas hebben we na één week overleg "
                        "besloten om verder te gaan met een andere kandidaat. We wensen je veel succes.\nDorota")),
    "it": ("next_step", ("Ciao Alex,\ngrazie mille per essere venuto lunedì. Siamo lieti di invitarti a un secondo "
                        "colloquio con la nostra responsabile delle operazioni. Quali giorni ti andrebbero "
                        "bene la settimana prossima?\nDorota")),
    "pt": ("rejection", ("Olá Alex,\nmuito obrigado por ter vindo na segunda-feira. Infelizmente decidimos avançar "
                        "com outro candidato cujo perfil está mais alinhado com a vaga. Desejamos-lhe muito "
                        "sucesso.\nDorota")),
}


def _message(n: int, content: str, transfer: str, body: bytes) -> bytes:
    """A message from the interview's contact, in no thread; ``content``: its Content-Type."""
    head = "\r\n".join([
        "From: Dorota Kowalski <dorota@lumenfreight.com>",
        f"To: Alex <{ME}>",
        "Subject: Our conversation on Monday",
        f"Date: Tue, 17 Nov 2026 {9 + n // 60:02d}:{n % 60:02d}:00 +0100",
        f"Message-ID: <probe-{n}@lumenfreight.com>",
        "MIME-Version: 1.0",
        f"Content-Type: {content}",
        f"Content-Transfer-Encoding: {transfer}",
    ])
    return head.encode() + b"\r\n\r\n" + body


def _b64(data: bytes) -> bytes:
    return "\r\n".join(textwrap.wrap(base64.b64encode(data).decode(), 76)).encode() + b"\r\n"


def _qp(data: bytes) -> bytes:
    return quopri.encodestring(data.replace(b"\r\n", b"\n")).replace(b"\n", b"\r\n")


def _broken(text: str) -> dict[str, tuple[str, str, bytes]]:
    return {
        "8-bit text under a charset no decoder knows": ("text/plain; charset=x-lumen-latin", "8bit",
                                                        text.encode("cp1252")),
        "UTF-16 under a charset no decoder knows": ("text/plain; charset=x-wide", "base64",
                                                    _b64(text.encode("utf-16-le"))),
        "compressed bytes in a text part": ("text/plain; charset=utf-8", "base64", _b64(gzip.compress(text.encode()))),
        "binary bytes in quoted-printable": ("text/plain; charset=utf-8", "quoted-printable",
                                             _qp(BYTES.randbytes(400))),
    }


def _readable(text: str) -> dict[str, tuple[str, str, bytes]]:
    return {
        "Windows-1252, declared": ("text/plain; charset=windows-1252", "quoted-printable", _qp(text.encode("cp1252"))),
        "Mac Roman, under the name mail programs give it": ("text/plain; charset=x-mac-roman", "8bit",
                                                            text.encode("mac_roman", "replace")),
        "Latin-1, undeclared": ("text/plain", "8bit", text.encode("cp1252")),
        "UTF-8 HTML": ("text/html; charset=utf-8", "quoted-printable",
                       _qp(("<html><body><p>" + text.replace("\r\n", "<br>") + "</p></body></html>").encode())),
    }


def _probes() -> list[tuple[str, str, str, bytes]]:
    """(language, shape, expected kind or UNKNOWN_KIND, raw message) for every probe."""
    probes = []
    for language, (kind, text) in REPLIES.items():
        text = text.replace("\n", "\r\n") + "\r\n"
        for expected, shapes in ((UNKNOWN_KIND, _broken(text)), (kind, _readable(text))):
            for shape, (content, transfer, body) in shapes.items():
                raw = _message(len(probes), content, transfer, body)
                probes.append((language, shape, expected, raw))
    return probes


PROBES = _probes()


def _check(scan) -> None:
    assert scan.code == 0, scan.stderr
    wrong = []
    for n, (language, shape, expected, _raw) in enumerate(PROBES):
        found = scan.message(f"<probe-{n}@lumenfreight.com>")
        if found is None or found["interview"] != "lumen" or found["kind"] != expected:
            wrong.append((language, shape, expected, found and (found["interview"], found["kind"])))
        elif expected == UNKNOWN_KIND:
            assert any(r.startswith("could not read this message") for r in found["reasons"]), found
    assert not wrong, wrong


def test_the_probes_cover_both_polarities_in_seven_languages() -> None:
    assert {language for language, *_ in PROBES} == set(REPLIES) and len(REPLIES) == 7
    assert sum(expected == UNKNOWN_KIND for _l, _s, expected, _r in PROBES) == 28
    assert sum(expected != UNKNOWN_KIND for _l, _s, expected, _r in PROBES) == 28


def test_a_broken_message_from_a_contact_is_unknown_in_a_maildir_scan(maildir):  # noqa: F811
    box, setup = maildir
    for n, (*_, raw) in enumerate(PROBES):
        box.deliver("inbox", raw, f"2026-11-17T{9 + n // 60:02d}:{n % 60:02d}:00+01:00")
    _check(setup.scan())


def test_a_broken_message_from_a_contact_is_unknown_in_a_dovecot_scan(imap, dovecot):  # noqa: F811
    for n, (*_, raw) in enumerate(PROBES):
        dovecot.append("INBOX", raw, msg_time=datetime.fromisoformat(f"2026-11-17T{9 + n // 60:02d}:{n % 60:02d}:00+01:00"))
    _check(imap.scan())


def test_only_unreadable_messages_are_unknown_on_their_own():
    """Read one by one, as sync reads a message (``parse_message``, then ``classify``)."""
    from datetime import UTC

    from watcher.classify import classify
    from watcher.parse import parse_message

    for language, shape, expected, raw in PROBES:
        mail = parse_message(raw, account="local", folder="INBOX", uid=1, arrival=datetime(2026, 11, 17, tzinfo=UTC),
                             me=frozenset({ME}), sent_folder=False)
        verdict = classify(mail, interview_company="Lumen Freight")
        assert verdict.kind == expected, (language, shape, verdict)
