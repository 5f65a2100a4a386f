"""An out-of-office told by its wording alone (no Auto-Submitted or X-Autoreply header, a
plain "AW:" subject), in seven languages: the absence with its dates written with commas
("ab morgen bis einschließlich Freitag, 13.11.2026, nicht im Büro"), limited or no access to
e-mail, messages not forwarded. Examples written for these tests alone; the look-alikes (a
person who mentions limited access while asking, deciding or offering) keep their verdict.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.test_classify import received
from watcher.classify import classify

AWAY = [
    "Vielen Dank für Ihre Nachricht. Ich bin ab morgen bis einschließlich Freitag, 13.11.2026, nicht im Büro und "
    "habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.",
    "Ich habe bis zum 13. November nur eingeschränkten Zugriff auf meine E-Mails.",
    "Ihre Nachricht wird nicht weitergeleitet.",
    "I'm away from Thursday, 12.11.2026, until Monday, 16.11.2026, with no access to email.",
    "Thanks for your note. I have limited access to my inbox until 16 November.",
    "Votre message ne sera pas transféré.",
    "Je n'ai qu'un accès limité à ma messagerie jusqu'au 16 novembre.",
    "Su mensaje no será reenviado.",
    "Tengo acceso limitado a mi correo hasta el 16 de noviembre.",
    "Il tuo messaggio non verrà inoltrato.",
    "Ho un accesso limitato alle e-mail fino al 16 novembre.",
    "Je bericht wordt niet doorgestuurd.",
    "Ik ben vanaf morgen tot en met vrijdag, 13.11.2026, niet op kantoor.",
    "A sua mensagem não será reencaminhada.",
    "Tenho acesso limitado ao correio eletrónico até 16 de novembro.",
]


@pytest.mark.parametrize("body", AWAY)
def test_an_absence_told_by_its_wording_is_an_auto_reply(body: str) -> None:
    result = classify(received(body, subject="AW: Vielen Dank für das Gespräch"))
    assert result.kind == "auto_reply", result.reasons


def test_the_return_date_is_read_from_a_date_between_commas() -> None:
    result = classify(received(AWAY[0], when=datetime(2026, 11, 5, 16, 0, tzinfo=UTC)))
    assert result.kind == "auto_reply", result.reasons
    assert result.date == date(2026, 11, 13)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Ich habe diese Woche nur eingeschränkten Zugriff auf meine E-Mails, deshalb frage ich direkt: passt Ihnen "
         "Donnerstag um 14 Uhr für das zweite Gespräch?", "next_step"),
        ("Je n'ai qu'un accès limité à mes e-mails cette semaine : pourriez-vous me dire si jeudi à 10h vous convient "
         "pour le second entretien ?", "next_step"),
        ("Leider haben wir uns für eine andere Kandidatin entschieden. Ich bin ab morgen bis Freitag nicht im Büro, "
         "melden Sie sich gern danach für Feedback.", "rejection"),
        ("Good news: we'd like to offer you the role! I have limited access to email until Monday, so expect the "
         "contract then.", "offer"),
        ("Could you send me your notice period? I have limited access to email this week, so a short answer is "
         "perfect.", "other"),
        ("Ho un accesso limitato alla posta questa settimana, ma volevo dirti subito che abbiamo scelto un altro "
         "candidato.", "rejection"),
    ],
)
def test_a_person_mentioning_limited_access_keeps_the_verdict(body: str, kind: str) -> None:
    result = classify(received(body))
    assert result.kind == kind, result.reasons
