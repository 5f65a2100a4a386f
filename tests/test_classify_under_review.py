"""A holding reply that says the application is still being looked at and news will come
when that ends ("your application is currently under review", "riceverai un aggiornamento
non appena il processo sarà concluso"), with or without a machine's "please do not reply"
footer, in seven languages. The footer asks nothing of the candidate; a request worded
with the same "ti preghiamo di" does. Examples written for these tests alone; the
look-alikes (a decision, an invitation or an offer beside the same words) keep their verdict.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

UNDER_REVIEW = [
    "Your application is currently under review.",
    "You will receive an update as soon as the selection process is complete.",
    "Ihre Bewerbung wird derzeit geprüft. Sie erhalten eine Nachricht, sobald das Auswahlverfahren abgeschlossen ist.",
    "Votre candidature est en cours d'examen. Vous recevrez une mise à jour dès que le processus sera terminé.",
    "Tu candidatura está siendo evaluada.",
    "Recibirás una actualización en cuanto finalice el proceso de selección.",
    "La tua candidatura è attualmente in fase di valutazione.",
    "Riceverai un aggiornamento non appena il processo di selezione sarà concluso.",
    "Je sollicitatie wordt momenteel beoordeeld.",
    "Je ontvangt een update zodra de selectieprocedure is afgerond.",
    "A sua candidatura está em análise.",
    "Receberá uma atualização assim que o processo de seleção terminar.",
]

FOOTERS = [
    "This is an automated message, please do not reply.",
    "Dies ist eine automatische Nachricht, bitte antworten Sie nicht darauf.",
    "Ceci est un message automatique, merci de ne pas y répondre.",
    "Este es un mensaje automático, por favor no respondas.",
    "Questa è una comunicazione automatica, ti preghiamo di non rispondere.",
    "Vi preghiamo di non rispondere a questa e-mail.",
    "Dit is een automatisch bericht, gelieve niet te antwoorden.",
    "Esta é uma mensagem automática, por favor não responda.",
]


@pytest.mark.parametrize("body", UNDER_REVIEW)
def test_still_under_review_is_a_holding_reply(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize("footer", FOOTERS)
@pytest.mark.parametrize("sender", ["jane.doe@acme.example", "noreply@successfactors.eu"])
def test_a_do_not_reply_footer_asks_nothing(footer: str, sender: str) -> None:
    body = f"{UNDER_REVIEW[6]} {UNDER_REVIEW[7]}\n\n{footer}"
    result = classify(received(body, sender=sender))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # A document asked for is a request, not a step of the process (with a deadline or not).
        ("Ti preghiamo di inviarci il tuo CV aggiornato entro venerdì.", "other"),
        ("Ti preghiamo di confermare la tua disponibilità per giovedì alle 10:00.", "next_step"),
        ("La preghiamo di compilare il modulo allegato.", "next_step"),
        ("La tua candidatura è in fase di valutazione: ti preghiamo di inviarci il tuo CV aggiornato.", "other"),
        ("Your application is under review for the final round, and we'd like to invite you to an onsite "
         "interview on Monday 23 November at 10:00.", "next_step"),
        ("We're delighted to offer you the role! You will receive an update on the contract from HR next week.", "offer"),
        ("Unfortunately we will not be moving forward with your application. You will receive feedback on the "
         "outcome from your recruiter.", "rejection"),
        ("Tu candidatura está siendo evaluada, pero lamentablemente hemos decidido no seguir adelante con tu "
         "candidatura.", "rejection"),
        ("Je ontvangt een uitnodiging voor het tweede gesprek op dinsdag om 10:00.", "next_step"),
    ],
)
def test_a_decision_step_or_request_beside_it_keeps_its_verdict(body: str, kind: str) -> None:
    result = classify(received(body))
    assert result.kind == kind, result.reasons
