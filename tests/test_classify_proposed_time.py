"""A day and an hour asked as a question is a next step that waits for an answer, in seven languages.

"geht Donnerstag um 14 Uhr?" or "Could we move it to Friday at 10:00?" names no interview,
call or meeting: the question itself proposes one. A day and an hour said without asking
(someone away for an appointment, a decision promised by a day, an out-of-office's return)
proposes nothing. The mail is dated Wednesday 4 June 2025.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

PERSON = "priya.sharma@northwind.example"

PROPOSED = [
    "Hallo Sam,\n\ndanke für Ihre Nachricht. Geht Donnerstag um 14 Uhr?\n\nViele Grüße\nPriya",
    "Hi Sam,\n\nsomething came up on my side. Could we move it to Friday at 10:00?\n\nThanks,\nPriya",
    "Hola Sam,\n\ngracias por tu respuesta. ¿Le viene bien el jueves a las 15h?\n\nUn saludo,\nElena",
    "Bonjour Sam,\n\nmerci pour votre retour. Est-ce que jeudi à 14h vous conviendrait ?\n\nCordialement,\nClaire",
    "Hoi Sam,\n\nbedankt voor je bericht. Schikt donderdag om 14:00 uur?\n\nGroeten,\nSanne",
    "Ciao Sam,\n\ngrazie della risposta. Le andrebbe bene giovedì alle 14:00?\n\nCordiali saluti,\nGiulia",
    "Olá Sam,\n\nobrigada pela resposta. Pode ser quinta-feira às 14h?\n\nCumprimentos,\nAna",
]

NOT_PROPOSED = [
    # Away for something else: said, not asked.
    "Hi Sam,\n\nquick note: I'm out Thursday at 14:00 for a doctor's appointment, so replies may be slow.\n\nPriya",
    # A decision promised by a day: a holding reply.
    "Hi Sam,\n\nthanks for your patience. We'll decide by Friday at 10 and let you know.\n\nBest,\nPriya",
    # An out-of-office naming its return.
    "I am out of the office and back Monday 9:00. I will reply to your message when I return.",
    # A question about a day and hour already past.
    "Hi Sam,\n\ndid you get the documents I sent on Monday at 9:00? Just checking.\n\nPriya",
]


@pytest.mark.parametrize("body", PROPOSED)
def test_a_day_and_hour_asked_as_a_question_is_a_next_step(body: str) -> None:
    decision = classify(received(body, sender=PERSON, subject="Re: Your interview"))
    assert decision.kind == "next_step", decision


@pytest.mark.parametrize("body", [
    *PROPOSED,
    "Hi Sam,\n\nthanks again for your time last week. Would Thursday 19 November at 14:00 work "
    "for you for a second conversation with our CTO?\n\nBest,\nPriya",
])
def test_a_day_and_hour_asked_waits_for_the_candidate_s_answer(body: str) -> None:
    """The question is the candidate's to answer: watcher's "reply" step counts on it."""
    decision = classify(received(body, sender=PERSON, subject="Re: Your interview"))
    assert (decision.kind, decision.asks_reply) == ("next_step", True), decision


@pytest.mark.parametrize("body", NOT_PROPOSED)
def test_a_day_and_hour_said_without_asking_is_no_next_step(body: str) -> None:
    decision = classify(received(body, sender=PERSON, subject="Re: Your interview"))
    assert decision.kind != "next_step", decision
