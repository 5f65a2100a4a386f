"""A first meeting offered after thanks for the application is a next step, not a receipt.

"Vielen Dank für Ihre Bewerbung ... wir würden Sie gerne persönlich kennenlernen" with
"folgende Termine anbieten", "danke für deine Bewerbung ... Hast du Lust, mal zu quatschen?",
"Merci pour ta candidature ! J'aimerais te proposer une première entrevue" (Quebec French
says "entrevue" for an interview): the thanks open the message, the meeting is its news.

Examples written for these tests alone, in German and French (with a Portuguese one that
already read right); before the change, each German and French one read as an
acknowledgement. The lookalike keeps its verdict: a meeting only promised if the
profile fits is still a receipt.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

CONTACT = "jane.doe@acme-analytics.com"

OFFERED = [
    "Sehr geehrter Herr Sam,\n\nvielen Dank für Ihre Bewerbung als Analyst. Wir würden Sie gerne persönlich "
    "kennenlernen.\n\nBeste Grüße\nJana",
    "Sehr geehrter Herr Sam,\n\nvielen Dank für Ihre Bewerbung. Für ein erstes Gespräch können wir Ihnen folgende "
    "Termine anbieten:\n- Montag, 9 Uhr\n- Mittwoch, 15 Uhr\n\nBeste Grüße\nJana",
    "Hi Sam,\n\ndanke für deine Bewerbung! Hast du Lust, die Tage mal zu quatschen? Dienstag ginge bei mir.\n\nTim",
    "Hallo Sam,\n\ndanke für deine Bewerbung! Wir würden dich gerne kennenlernen.\n\nViele Grüße\nTim",
    "Bonjour Sam,\n\nMerci pour ta candidature! J'aimerais te proposer une première entrevue avec notre équipe.\n\n"
    "Jeanne",
    "Bonjour Sam,\n\nMerci pour votre candidature. Nous souhaitons vous proposer un premier entretien avec notre "
    "directrice.\n\nJeanne",
    "Olá Sam,\n\nAgradecemos a sua candidatura. Gostaríamos de o convidar para uma entrevista com a equipa.\n\nJoana",
]


@pytest.mark.parametrize("body", OFFERED)
def test_a_first_meeting_offered_after_thanks_is_a_next_step(body: str) -> None:
    result = classify(received(body, subject="Your application", sender=CONTACT))
    assert result.kind == "next_step", result.reasons


def test_a_meeting_only_if_the_profile_fits_stays_a_receipt() -> None:
    body = ("Sehr geehrter Herr Sam,\n\nvielen Dank für Ihre Bewerbung. Falls Ihr Profil passt, melden wir uns "
            "bei Ihnen.\n\nBeste Grüße\nJana")
    result = classify(received(body, subject="Your application", sender=CONTACT))
    assert result.kind == "acknowledgement", result.reasons
