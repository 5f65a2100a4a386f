"""A holding reply that names a step which is not the reader's, or not yet under way, stays a
holding reply: "we haven't closed the decision because one last interview with another
candidate is still to come this week" (``next_step.others``), "a short update: Joris was ill
this week, so the assignment has not gone out yet. You'll hear from us next week" (the news
promised where no step follows its word, ``watcher.classify.news_promised``). The look-alikes,
a step that is the reader's, keep their kind. Examples written for these tests alone.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

HOLDING = [
    "Hola Sam: todavía no hemos cerrado la decisión porque falta una última entrevista con otra candidatura esta "
    "semana. Cuento con darte una respuesta el viernes 13 de junio.",
    "Hi Sam, no decision yet: there is one final interview with another candidate on Thursday. You'll hear from us by "
    "Monday 16 June.",
    "Hallo Sam, wir haben noch ein letztes Gespräch mit einer anderen Kandidatin am Donnerstag und melden uns bis "
    "Montag, 16. Juni.",
    "Hoi Robin, even een korte update: Joris is deze week ziek geweest, dus de opdracht is nog niet verstuurd. Je "
    "hoort volgende week van ons, beloofd.",
    "Bonjour Sam, nous avons encore un entretien avec un autre candidat jeudi ; nous revenons vers vous lundi 16 juin.",
]


@pytest.mark.parametrize("body", HOLDING)
def test_a_step_that_is_not_the_readers_keeps_a_holding_reply(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam, we'd like to invite you to a final interview with our CTO on Thursday 12 June at 10:00.",
        "Hola Sam: queremos invitarte a una última entrevista con el director el jueves 12 de junio a las 10:00.",
    ],
)
def test_a_step_that_is_the_readers_stays_a_step(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "next_step", result.reasons
