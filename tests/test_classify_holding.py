"""Holding replies that name a step only in passing, on examples written for these tests alone.

A reply that says a step is done ("your assessment has been marked", "your references have
come back") and that news will follow is a holding reply: no next step is offered, so the
follow-ups must go on. A promise of a decision at a time ("we expect to decide next week")
is news to come, not a step. Next-step words inside the quoted history of a reply (Outlook's
"From: ... Sent: ..." block, "-----Original Message-----", "On ... wrote:") never count.
Each kind in the seven languages watcher reads, with look-alikes that keep their kind.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify
from watcher.model import HEARD_BACK_KINDS

# ------------------------------------------------ the step itself done, news to follow

STEP_DONE = [
    "Your technical assessment has been marked and the team meets on Thursday. I'll be in touch after.",
    "All of your references have come back; we are finishing our talks and I'll let you know by Friday.",
    "Ihre Fallstudie wurde bewertet, und wir melden uns bei Ihnen, sobald das Team entschieden hat.",
    "Vos références nous sont parvenues ; nous reviendrons vers vous dès que possible.",
    "Tu caso práctico ha sido evaluado por el equipo. Te escribiré en cuanto sepa algo.",
    "Le tue referenze sono arrivate tutte; ti faremo sapere al più presto.",
    "Je referenties zijn allemaal binnen. We laten je weten hoe het verder gaat.",
    "O seu estudo de caso foi avaliado pela equipa. Daremos notícias em breve.",
]


@pytest.mark.parametrize("body", STEP_DONE)
def test_a_step_already_done_with_news_to_follow_is_a_holding_reply(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "acknowledgement", result.reasons
    assert result.kind not in HEARD_BACK_KINDS


@pytest.mark.parametrize(
    "body",
    [
        "Your technical assessment has been marked and we'd like to invite you to a final interview.",
        "We'd like to move you forward: the next step is a case study, which you'll receive tomorrow.",
        "Ihre Referenzen liegen uns vor, und wir möchten Sie zu einem zweiten Gespräch einladen.",
    ],
)
def test_a_step_still_offered_stays_a_next_step(body: str) -> None:
    assert classify(received(body)).kind == "next_step"


# ------------------------------------------------ a decision promised on a day, a step only named

DECISION_ON_A_DAY = [
    "We're still waiting on one reference check; you'll hear from us by Friday.",
    "The hiring team is still comparing everyone from the final round and we expect to decide next week.",
    "Das Team bespricht noch die Referenzen, eine Entscheidung erwarten wir nächste Woche.",
    "L'équipe discute encore du test technique, nous prendrons une décision la semaine prochaine.",
    "El equipo todavía revisa las referencias y esperamos tomar una decisión la próxima semana.",
    "Il team sta ancora discutendo il caso di studio e prenderemo una decisione la prossima settimana.",
    "Het team bespreekt de referenties nog en we verwachten volgende week een beslissing te nemen.",
    "A equipa ainda está a analisar as referências e esperamos tomar uma decisão na próxima semana.",
]


@pytest.mark.parametrize("body", DECISION_ON_A_DAY)
def test_a_decision_promised_on_a_day_with_a_step_only_named_is_a_holding_reply(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "acknowledgement", result.reasons
    assert result.date is not None  # the day the news is promised for


@pytest.mark.parametrize(
    "body",
    [
        "We would like to invite you to a second interview and will send you times by Friday.",
        "Your second interview is on Tuesday 17 November at 10:00; I'll send the final details by Friday.",
        "Could you tell me when you are free for the final round? We expect to decide next week.",
        "Wir möchten Sie gerne einladen: die Referenzen prüfen wir bis nächste Woche.",
    ],
)
def test_a_step_offered_asked_or_set_outranks_a_promised_decision(body: str) -> None:
    assert classify(received(body)).kind == "next_step"


# ------------------------------------------------ next-step words only in the quoted history

NEW_WORDS = "Thanks for checking in. No news yet, I'll let you know as soon as I hear."
QUOTED_STEP = "Would you like to schedule a call? Please let me know your availability for a second round."

QUOTE_HEADERS = [
    "On Mon, 3 Nov 2025 at 09:12, Jordan Ellery <user@example.org> wrote:\n> ",
    "-----Original Message-----\nFrom: Jordan Ellery\nSent: Monday, 3 November 2025 09:12\n\n",
    "From: Jordan Ellery <user@example.org>\nSent: 03 November 2025 09:12\nTo: Ravi\n\n",
    "Von: Jordan Ellery <user@example.org>\nGesendet: Montag, 3. November 2025 09:12\n\n",
    "De : Jordan Ellery <user@example.org>\nEnvoyé : lundi 3 novembre 2025 09:12\n\n",
    "De: Jordan Ellery <user@example.org>\nEnviado el: lunes, 3 de noviembre de 2025 9:12\n\n",
    "Da: Jordan Ellery <user@example.org>\nInviato: lunedì 3 novembre 2025 09:12\n\n",
    "Van: Jordan Ellery <user@example.org>\nVerzonden: maandag 3 november 2025 09:12\n\n",
    "De: Jordan Ellery <user@example.org>\nEnviada em: segunda-feira, 3 de novembro de 2025 09:12\n\n",
    "De: Jordan Ellery <user@example.org>\nEnviado: segunda-feira, 3 de novembro de 2025 09:12\n\n",
    "-----Mensaje original-----\n",
    "-----Messaggio originale-----\n",
    "-----Mensagem original-----\n",
    "-----Oorspronkelijk bericht-----\n",
    "-----Ursprüngliche Nachricht-----\n",
    "-----Message d'origine-----\n",
]


@pytest.mark.parametrize("header", QUOTE_HEADERS)
def test_next_step_words_in_the_quoted_history_do_not_count(header: str) -> None:
    body = f"{NEW_WORDS}\n\nRavi\n\n{header}{QUOTED_STEP}\n"
    result = classify(received(body))
    assert result.kind == "acknowledgement", (header, result.reasons)


def test_the_same_words_written_now_are_a_next_step() -> None:
    assert classify(received(f"{QUOTED_STEP}\n\nRavi\n")).kind == "next_step"


@pytest.mark.parametrize(
    ("sender_word", "sent_word"),
    [
        ("From", "Sent"), ("Von", "Gesendet"), ("De", "Envoyé"), ("De", "Enviado el"), ("Da", "Inviato"),
        ("Van", "Verzonden"), ("De", "Enviada em"),
    ],
)
def test_outlook_html_header_block_cuts_the_quote(sender_word: str, sent_word: str) -> None:
    body = (
        f"<html><body><div><p>{NEW_WORDS}</p><p>Ravi</p></div>"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f"<p><b>{sender_word}:</b> Jordan Ellery &lt;user@example.org&gt;<br>"
        f"<b>{sent_word}:</b> 03 November 2025 09:12<br><b>Subject:</b> checking in</p></div>"
        f"<p>{QUOTED_STEP}</p></body></html>"
    )
    result = classify(received(body))
    assert result.kind == "acknowledgement", result.reasons
