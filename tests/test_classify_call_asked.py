"""A call asked for by its length and a day ("would you have 20 minutes tomorrow?", "Hätten
Sie morgen 20 Minuten Zeit?", "could we grab 15 minutes tomorrow to talk through an offer?")
is a next step, in seven languages, as an offer call is. Examples written for these tests
alone; the look-alikes (minutes asked to tell something, a length in the past or beside
another question) keep their verdict.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

CALL_ASKED = [
    "Thanks so much for making the trip. I have some good news I'd rather share by phone than by email. Would you "
    "have 20 minutes tomorrow (Tuesday) at 4pm UK time?",
    "Sorry for the silence since your technical round. Could we grab 15 minutes tomorrow (Wednesday) to talk "
    "through an offer? Anytime between 9am and 1pm Eastern works on my side.",
    "Do you have half an hour on Friday for a quick call with our CTO?",
    "Hätten Sie morgen 20 Minuten Zeit für ein kurzes Telefonat?",
    "Auriez-vous 15 minutes demain pour un appel rapide ?",
    "¿Tendrías 20 minutos mañana para una llamada?",
    "Avresti 15 minuti domani per una breve telefonata?",
    "Heb je morgen 20 minuten voor een kort telefoontje?",
    "Teria 15 minutos amanhã para uma chamada rápida?",
]


@pytest.mark.parametrize("body", CALL_ASKED)
def test_a_call_asked_by_its_length_and_day_is_a_next_step(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "next_step", result.reasons
    assert result.asks_reply


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Do you have 5 minutes tomorrow to tell me your notice period?", "other"),
        ("Thanks for the 20 minutes you gave us on Tuesday, it was really useful.", "other"),
        ("I'm in meetings until 3pm tomorrow, 30 minutes here and there. Do you have a preferred start date?", "other"),
        ("Could you send me your ID before tomorrow? It only takes 5 minutes.", "other"),
    ],
)
def test_a_length_that_asks_for_no_call_keeps_its_verdict(body: str, kind: str) -> None:
    result = classify(received(body))
    assert result.kind == kind, result.reasons
