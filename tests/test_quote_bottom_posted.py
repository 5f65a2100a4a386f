"""Replies written below the quoted message (bottom-posted) or between its lines (interleaved).

Many mailers and people answer under the quote: "On Tue ... wrote:", the quoted lines, then
their own words. Those words are the reply's own, for the classifier and the tying alike
(``watcher.classify.new_part``, ``watcher.match._own_text``); a reply that quotes and says
nothing of its own, above or below, stays ``unknown``. Each case is sent as plain text and
as HTML (the quote a ``<blockquote>``, the words after it). The user is Sam Taylor.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from zlib import crc32

import pytest

from watcher.classify import classify
from watcher.match import _own_text
from watcher.model import HEARD_BACK_KINDS, UNKNOWN_KIND
from watcher.parse import parse_message

ME = "sam.taylor@example.org"
SAM = f"Sam Taylor <{ME}>"


@dataclass(frozen=True)
class Below:
    """A reply: ``said`` the attribution line, ``parts`` the body in order, each either
    ("quote", lines the sender quotes) or ("own", the sender's words)."""

    kind: str
    lang: str
    sender: str
    company: str
    subject: str
    said: str
    parts: tuple[tuple[str, str], ...]

    def own(self) -> list[str]:
        return [text for role, text in self.parts if role == "own"]


def plain_body(case: Below) -> str:
    chunks = [case.said]
    for role, text in case.parts:
        if role == "quote":
            chunks.append("\n".join(f"> {line}".rstrip() for line in text.split("\n")))
        else:
            chunks.append(text)
    return "\n\n".join(chunks) + "\n"


def html_body(case: Below) -> str:
    def paragraphs(text: str) -> str:
        return "".join(
            "<p>" + "<br>".join(html.escape(line) for line in para.split("\n")) + "</p>" for para in text.split("\n\n")
        )

    chunks = [f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(case.said)}<br></div>']
    for role, text in case.parts:
        if role == "quote":
            chunks.append(f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex">{paragraphs(text)}</blockquote>')
        else:
            chunks.append(f'<div dir="ltr">{paragraphs(text)}</div>')
    return "<html><body>" + "".join(chunks) + "</div></body></html>"


def read(case: Below, form: str):
    message = EmailMessage()
    message["From"] = case.sender
    message["To"] = SAM
    message["Subject"] = case.subject
    message["Date"] = "Wed, 04 Jun 2025 11:30:00 +0200"
    message["Message-ID"] = f"<{crc32(case.said.encode())}.{form}@reply.example>"
    message["In-Reply-To"] = "<thanks-0603@example.org>"
    if form == "plain":
        message.set_content(plain_body(case))
    else:
        message.set_content(html_body(case), subtype="html")
    mail = parse_message(
        message.as_bytes(), account="work", folder="INBOX", uid=7,
        arrival=datetime(2025, 6, 4, 9, 30, tzinfo=UTC), me=frozenset({ME}), sent_folder=False,
    )
    return mail, classify(mail, interview_company=case.company)


CASES = [
    Below(
        "rejection", "en", "Priya Sharma <priya.sharma@northwind.example>", "Northwind",
        "Re: Thank you - Data Engineer interview",
        f"On Tue, 3 Jun 2025 at 18:02, {SAM} wrote:",
        (
            ("quote", "Hi Priya,\n\nThank you for the conversation today about the Data Engineer role.\n\nBest,\nSam"),
            ("own", "Hi Sam,\n\nThanks for your note. I'm sorry to say that we won't be moving ahead with your "
                    "application this time.\n\nAll the best,\nPriya"),
        ),
    ),
    Below(
        "next_step", "de", "Julia Hartmann <j.hartmann@brandt-logistik.example>", "Brandt Logistik",
        "AW: Vielen Dank für das Gespräch",
        f"Am 03.06.2025 um 18:02 schrieb {SAM}:",
        (
            ("quote", "Hallo Frau Hartmann,\n\nvielen Dank für das angenehme Gespräch heute.\n\nViele Grüße\nSam"),
            ("own", "Hallo Herr Taylor,\n\nvielen Dank! Wir möchten Sie gerne zu einem zweiten Gespräch mit "
                    "unserem Teamleiter einladen.\n\nViele Grüße\nJulia Hartmann"),
        ),
    ),
    Below(
        "acknowledgement", "fr", "Claire Dubois <claire.dubois@lumiere-conseil.example>", "Lumière Conseil",
        "Re: Merci pour l'entretien",
        f"Le mar. 3 juin 2025 à 18:02, {SAM} a écrit :",
        (
            ("quote", "Bonjour Claire,\n\nmerci encore pour l'entretien de ce matin."),
            ("own", "Merci Sam, avec plaisir !"),
            ("quote", "Auriez-vous une idée du calendrier pour la suite ?"),
            ("own", "Nous n'avons pas encore pris de décision, je reviens vers vous dès que possible.\n\nClaire"),
        ),
    ),
    Below(
        "other", "es", "Lucía Fernández <lucia.fernandez@solaria.example>", "Solaria",
        "Re: Gracias por la entrevista",
        f"El mar, 3 jun 2025 a las 18:02, {SAM} escribió:",
        (
            ("quote", "Hola Lucía:\n\nmuchas gracias por la entrevista de hoy.\n\nUn saludo,\nSam"),
            ("own", "Hola Sam:\n\n¿Cuál es tu plazo de preaviso en tu empresa actual?\n\nGracias,\nLucía"),
        ),
    ),
    Below(
        "rejection", "nl", "Daan de Vries <daan.devries@polderdata.example>", "Polderdata",
        "Re: Bedankt voor het gesprek",
        f"Op di 3 jun 2025 om 18:02 schreef {SAM}:",
        (
            ("quote", "Hoi Daan,\n\nbedankt voor het gesprek van vandaag.\n\nGroet,\nSam"),
            ("own", "Hoi Sam,\n\nhelaas hebben we besloten om niet verder te gaan met je sollicitatie.\n\nGroet,\nDaan"),
        ),
    ),
]

# An Outlook header block over the quote, the reply below it.
CASES += [
    Below(
        "acknowledgement", "it", "Marco Bellini <marco.bellini@ferraluce.example>", "Ferraluce",
        "R: Grazie per il colloquio di oggi",
        f"-----Messaggio originale-----\nDa: {SAM}\nInviato: martedì 3 giugno 2025 15:10\n"
        "A: Marco Bellini <marco.bellini@ferraluce.example>\nOggetto: Grazie per il colloquio di oggi",
        (
            ("quote", "la ringrazio per il colloquio di questa mattina."),
            ("own", "Grazie a lei. Stiamo finendo gli ultimi colloqui, le faremo sapere entro fine mese.\n\nM. Bellini"),
        ),
    ),
    Below(
        "next_step", "en", "Dana Reyes <dana.reyes@tidewell.example>", "Tidewell",
        "RE: Thank you",
        f"-----Original Message-----\nFrom: {SAM}\nSent: Tuesday, June 3, 2025 3:10 PM\n"
        "To: Dana Reyes <dana.reyes@tidewell.example>\nSubject: Thank you",
        (
            ("quote", "Thank you for the conversation this morning."),
            ("own", "Thanks Sam! The team would like to invite you to a final interview with our CTO.\n\nDana"),
        ),
    ),
]

# Quotes the whole message and says nothing below it either (a signature is no words).
NOTHING = Below(
    UNKNOWN_KIND, "it", "Giulia Rossi <giulia.rossi@velasoftware.example>", "Vela Software",
    "Re: Grazie per il colloquio",
    f"Il giorno mar 3 giu 2025 alle ore 18:02 {SAM} ha scritto:",
    (("quote", "Ciao Giulia,\n\ngrazie per il colloquio di oggi.\n\nSam"), ("own", "-- \nGiulia Rossi\nVela Software")),
)


def _ids(cases: list[Below]) -> list[str]:
    return [f"{case.lang}-{case.kind}" for case in cases]


@pytest.mark.parametrize("form", ["plain", "html"])
@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_words_below_the_quote_are_the_reply(case: Below, form: str) -> None:
    mail, result = read(case, form)
    assert result.kind == case.kind, result.reasons
    assert (result.kind in HEARD_BACK_KINDS) == (case.kind != "acknowledgement")


@pytest.mark.parametrize("form", ["plain", "html"])
@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_own_text_of_a_bottom_posted_reply_is_what_stands_below(case: Below, form: str) -> None:
    mail, _ = read(case, form)
    own = " ".join(_own_text(mail).split())
    for words in case.own():
        for paragraph in words.split("\n\n"):
            assert " ".join(paragraph.split()) in own
    for role, text in case.parts:
        if role == "quote":
            assert max(text.split("\n"), key=len) not in own
    assert case.said.split(",")[0] not in own


@pytest.mark.parametrize("form", ["plain", "html"])
def test_a_reply_that_quotes_and_says_nothing_is_unknown(form: str) -> None:
    mail, result = read(NOTHING, form)
    assert result.kind == UNKNOWN_KIND, result.reasons
    assert result.reasons[0].startswith("could not read this message: ")
    assert _own_text(mail).strip() == ""
