"""A step of the process praised as done is no step to come, and the team wanting to work
with the candidate, said as the whole of a sentence, is an offer.

"The team loved the second interview", "the final round went great", "le deuxième
entretien était excellent", "het tweede gesprek ging erg goed": the interview or the test
named there already happened. A person who writes only that sends a reply that decides
nothing (``other``), with news to come a holding reply, never an invitation. "The team would like to work with you." closing its
sentence is the job offered in other words, as "the whole panel wants to work with you" is.

Examples written for these tests alone, in eight languages; before the change, every one
of the praised steps read as a next step and every offer as a reply deciding nothing. The
lookalikes keep the verdict they had: praise, then a step really proposed in a sentence of its own; a step proposed
because the last one went well; working together on a trial task, in the future after a
"no", or under a condition.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

CONTACT = "jane.doe@acme-analytics.com"

PRAISED = [
    ("other", "Hi Sam,\n\nThe team loved the second interview too. Talk soon,\nJane"),
    ("other", "Hi Sam,\n\nThe final round went great - thanks again for making the time.\n\nJane"),
    ("other", "Hi Sam,\n\nAfter yesterday's final round I just wanted to say: thank you, it was a pleasure.\n\nJane"),
    ("acknowledgement", "Hi Sam,\n\nYour case study was excellent. We'll be in touch.\n\nJane"),
    ("other", "Bonjour Sam,\n\nLe deuxième entretien était excellent, merci encore !\n\nJeanne"),
    ("other", "Hola Sam:\n\nLa segunda entrevista fue excelente, ¡gracias de nuevo!\n\nJuana"),
    ("other", "Hola Sam:\n\nLa entrevista técnica salió muy bien.\n\nUn saludo,\nJuana"),
    ("other", "Hoi Sam,\n\nHet tweede gesprek was erg sterk.\n\nGroet,\nJanneke"),
    ("other", "Hoi Sam,\n\nHet tweede gesprek ging erg goed, dank je wel.\n\nGroet,\nJanneke"),
    ("other", "Ciao Sam,\n\nIl secondo colloquio è stato ottimo.\n\nUn saluto,\nGianna"),
    ("other", "Olá Sam,\n\nA segunda entrevista foi excelente.\n\nAbraço,\nJoana"),
    ("other", "Olá Sam,\n\nA entrevista técnica correu muito bem.\n\nAbraço,\nJoana"),
    ("other", "Dzień dobry,\n\ndruga rozmowa była świetna.\n\nPozdrawiam,\nJoanna"),
    ("other", "Hej Sam,\n\nden andra intervjun var mycket bra.\n\nHälsningar,\nJohanna"),
]


@pytest.mark.parametrize(("kind", "body"), PRAISED)
def test_a_step_praised_as_done_is_no_step_to_come(kind: str, body: str) -> None:
    result = classify(received(body, subject="Re: interview", sender=CONTACT))
    assert result.kind == kind, result.reasons


STEPS_STILL = [
    "Hi Sam,\n\nThe team loved the second interview. We'd like to invite you to a final interview with our CEO on "
    "Thursday at 10:00 - does that work for you?\n\nJane",
    "Hi Sam,\n\nYour case study was excellent, so the next step is a final interview with our CTO. Could you do "
    "Monday at 14:00?\n\nJane",
    "Hallo Sam,\n\nIhre Präsentation hat uns sehr gefallen. Wir möchten Sie deshalb zu einem zweiten Gespräch am "
    "Donnerstag um 10 Uhr einladen.\n\nJana",
    "Bonjour Sam,\n\nL'entretien s'est très bien passé : nous aimerions vous inviter à un second entretien jeudi à "
    "10h.\n\nJeanne",
]


@pytest.mark.parametrize("body", STEPS_STILL)
def test_a_step_proposed_after_praise_is_still_a_step(body: str) -> None:
    result = classify(received(body, subject="Re: interview", sender=CONTACT))
    assert result.kind == "next_step", result.reasons


WORK_WITH_YOU = [
    "Hi Sam,\n\nI've got news from the debrief: the team would like to work with you. Our People team will send the "
    "written terms on Monday.\n\nJane",
    "Hi Sam,\n\nSorry for the wait! The panel would really like to work with you.\n\nJane",
    "Hi Sam,\n\nGood news: after a long debrief the whole team would like to work with you.\n\nJane",
]


@pytest.mark.parametrize("body", WORK_WITH_YOU)
def test_the_team_wanting_to_work_with_you_is_an_offer(body: str) -> None:
    result = classify(received(body, subject="Re: final round", sender=CONTACT))
    assert result.kind == "offer", result.reasons


NOT_YET_AN_OFFER = [
    ("next_step", "Hi Sam,\n\nThe team would like to work with you on a short paid trial project first. Could you do "
     "Monday to Wednesday next week?\n\nJane"),
    ("rejection", "Hi Sam,\n\nWe have decided to go with another candidate. The team would like to work with you in "
     "the future, so please keep an eye on our openings.\n\nJane"),
    ("acknowledgement", "Hi Sam,\n\nIf the team would like to work with you, we will be in touch by Friday.\n\nJane"),
]


@pytest.mark.parametrize(("kind", "body"), NOT_YET_AN_OFFER)
def test_working_together_later_or_on_a_condition_is_no_offer(kind: str, body: str) -> None:
    result = classify(received(body, subject="Re: final round", sender=CONTACT))
    assert result.kind == kind, result.reasons
