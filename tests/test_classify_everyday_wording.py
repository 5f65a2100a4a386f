"""Kinds told in everyday wording the phrase lists did not hold, on examples written for
these tests alone.

- A person's bare receipt passed on as it happens ("I have it and I pass it to the team",
  "recebido! Vou repassar para o time técnico", "ik stuur het door naar het team") is a
  holding reply: it never counts as hearing back.
- The user's thanks after an interview worded around the phrase lists ("thanks so much for
  taking the time", "danke Ihnen, Frau Dr. Kaya und Herrn Rehm, für die Zeit heute", "ich
  möchte mich für das Gespräch ... bedanken", "quería agradecerle la conversación", or a
  subject with the thanks last: "Interview today - thanks!") is a thank-you.

Each in the seven languages watcher reads, with look-alikes that keep their kind.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received, sent
from watcher.classify import classify
from watcher.model import HEARD_BACK_KINDS

# ------------------------------------------------ a receipt passed on as it happens

PASSED_ON = [
    "Hi Sam,\n\nIlse is away this week so her mail came to me. Thanks for sending, I have it and I pass it "
    "to the team.\n\nThijs",
    "Got it! I'm passing it to the hiring team today.",
    "Hallo Sam,\n\ndanke, ist da. Ich leite es heute an das Team weiter.\n\nJonas",
    "Bonjour Sam,\n\nmerci, je le transmets à l'équipe technique dès ce soir.\n\nLéa",
    "Hola Sam:\n\ngracias, se lo paso hoy mismo al equipo técnico.\n\nLucía",
    "Ciao Sam,\n\ngrazie, lo giro al team tecnico già oggi.\n\nMarco",
    "Hoi Sam,\n\nontvangen! Ik stuur het vandaag door naar het team.\n\nSanne",
    "Oi Sam, recebido! Vou repassar para o time técnico ainda hoje.\n\nBjs,\nRafa",
]


@pytest.mark.parametrize("body", PASSED_ON)
def test_a_receipt_passed_on_is_a_holding_reply(body: str) -> None:
    result = classify(received(body, subject="Re: Assignment"))
    assert result.kind == "acknowledgement", result.reasons
    assert result.kind not in HEARD_BACK_KINDS


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # passed on, and a step asked for
        ("Thanks Sam, I'm passing your details to the team: they'd like to invite you to a second interview.",
         "next_step"),
        # the candidate put through to the next round, not a document passed on
        ("Hoi Sam, leuk gesprek! Ik zet je door naar de volgende ronde, een gesprek met de CTO.", "next_step"),
    ],
)
def test_a_receipt_beside_a_step_keeps_the_step(body: str, kind: str) -> None:
    assert classify(received(body, subject="Re: Assignment")).kind == kind


# ------------------------------------------------ the user's thanks in other words

THANKS = [
    "Hi Priya,\n\nThanks so much for taking the time to speak with me this afternoon. I really enjoyed "
    "hearing about the churn models.\n\nBest,\nSam",
    "Hallo Herr Weber,\n\ndanke Ihnen, Frau Dr. Kaya und Herrn Rehm für die Zeit heute. Die Aufgabe hat mir "
    "Spaß gemacht.\n\nHerzliche Grüße\nSam",
    "Sehr geehrte Frau Brenner,\n\nich möchte mich herzlich für das Gespräch am Donnerstag und die "
    "Werksführung bedanken.\n\nMit freundlichen Grüßen\nSam",
    "Bonsoir Julien,\n\nUn grand merci pour le temps que vous m'avez consacré cet après-midi.\n\nSam",
    "Estimado Álvaro:\n\nQuería agradecerle la conversación de esta mañana, y también a Marta.\n\nSam",
    "Ciao Davide,\n\ngrazie a te e a Chiara per il colloquio di oggi pomeriggio.\n\nSam",
    "Ciao Marco,\n\nvolevo ringraziarti per la chiacchierata di ieri pomeriggio.\n\nSam",
    "Hoi Joost,\n\nIk wil je graag bedanken voor het fijne gesprek van vanmiddag.\n\nSam",
    "Olá Rita,\n\nQueria agradecer-lhe a conversa de hoje de manhã.\n\nSam",
]


@pytest.mark.parametrize("body", THANKS)
def test_thanks_for_the_interview_in_other_words_are_a_thank_you(body: str) -> None:
    result = classify(sent(body, subject="Hello"))
    assert result.kind == "thank_you", result.reasons


THANKS_LAST = [
    "Acme interview today - thanks!",
    "Gespräch heute – danke!",
    "Entretien de ce matin - merci !",
    "Entrevista de hoy - ¡gracias!",
    "Colloquio di oggi - grazie!",
    "Gesprek vandaag - bedankt!",
    "Entrevista de hoje - obrigada!",
]


@pytest.mark.parametrize("subject", THANKS_LAST)
def test_a_subject_with_the_thanks_last_is_a_thank_you(subject: str) -> None:
    result = classify(sent("Hi Jo,\n\nJust a quick note after today.\n\nSam", subject=subject))
    assert result.kind == "thank_you", result.reasons


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        # documents for an interview to come
        ("Hi Jo, here are the slides for the interview on Thursday.", "Documents"),
        ("Hallo Jo, anbei meine Unterlagen für das Gespräch am Donnerstag.", "Unterlagen"),
        # a reply's subject was written for the message it answers
        ("Hi Jo, sure, Thursday at 10:00 works.", "Re: Interview today - thanks!"),
    ],
)
def test_mail_about_an_interview_without_thanks_for_it_is_other(body: str, subject: str) -> None:
    assert classify(sent(body, subject=subject)).kind == "other"
