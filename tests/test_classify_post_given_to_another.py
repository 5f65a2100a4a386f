"""A decision said as what became of the post: given, entrusted or gone to another person ("in
the end Mark gave the role to someone from the contracting team", "le poste a finalement été
confié à une personne en interne", "we hebben de functie aan een interne kandidaat gegeven",
"tjänsten har gått till en intern kandidat") or filled by the employer ("we filled the position
last week with someone who ..."): a rejection. Asked back for a further meeting ("the team would
like you to come back for a final panel", "o time gostaria de conversar com você mais uma vez"):
a next step. Examples written for these tests alone; the look-alikes (a post to be filled
later, not given yet, given to the reader, a question that is no meeting) keep their kind.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

GIVEN_TO_ANOTHER = [
    "Hi Sam, as promised I am getting back to you. In the end Mark gave the role to somebody who has been "
    "contracting with the team for a year. It was not about your presentation, which we all liked. Best, Claire",
    "Hi Sam, we filled the position last week with someone who has more payments experience. Wishing you the best.",
    "Hello Sam, after a long debate the panel has given the position to a colleague from our Lisbon office. "
    "Thank you for the time you put in.",
    "Bonjour Sam, comme promis je reviens vers vous. Le poste a finalement été confié à une personne en interne. "
    "Belle continuation, Claire",
    "Bonjour Sam, Bastien a finalement confié le poste à Inès, qui connaît déjà nos outils. Ce choix ne tient pas "
    "à votre présentation. Belle continuation, Claire",
    "Hoi Sam, zoals beloofd: we hebben de functie aan een interne kandidaat gegeven. Veel succes, Claire",
    "Hoi Sam, de rol is uiteindelijk naar een collega gegaan die het team al kent. Bedankt voor je tijd.",
    "Hej Sam, tjänsten har gått till en intern kandidat. Tack för din tid. Claire",
]


@pytest.mark.parametrize("body", GIVEN_TO_ANOTHER)
def test_the_post_given_to_another_is_a_rejection(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "rejection", result.reasons


ASKED_BACK = [
    "Hi Sam, good news from yesterday's debrief - the team would like you to come back for a final panel with our "
    "VP and two analysts. Would Wednesday at 11am or Thursday at 10am work? Dana",
    "Hi Sam, we'd like to invite you back to meet our CTO next week. Let me know what suits you. Dana",
    "Olá Sam, o time gostaria de conversar com você mais uma vez, agora com o CTO. Quinta às 10h funciona? Dana",
    "Oi Sam, queremos falar contigo novamente, desta vez com a diretora de produto. Abraço, Dana",
]


@pytest.mark.parametrize("body", ASKED_BACK)
def test_asked_back_for_a_further_meeting_is_a_next_step(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "next_step", result.reasons


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Hi Sam, once we have filled the position I will let you know either way. We hope to decide next week.",
         "acknowledgement"),
        ("Hi Sam, until we've filled the role, your application stays open. I'll be in touch next week.",
         "acknowledgement"),
        ("Hi Sam, we haven't filled the role yet; the team is still interviewing this week. I'll update you by "
         "Friday.", "acknowledgement"),
        ("Bonjour Sam, le poste n'a pas encore été confié à quelqu'un ; nous revenons vers vous vendredi.",
         "acknowledgement"),
        ("Hi Sam, could you come back to me on your salary expectations? Thanks, Claire", "other"),
    ],
)
def test_a_post_not_given_yet_or_no_meeting_keeps_its_kind(body: str, kind: str) -> None:
    result = classify(received(body))
    assert result.kind == kind, result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Hoi Sam, de functie is nog niet aan een andere kandidaat gegeven; we laten het je vrijdag weten.",
        "Hej Sam, tjänsten har inte gått till någon annan än, vi återkommer på fredag.",
        "Hi Sam, great news: the panel has given the role to you! We'd love you to join us; the offer letter follows.",
    ],
)
def test_a_post_not_given_to_another_is_no_rejection(body: str) -> None:
    result = classify(received(body))
    assert result.kind != "rejection", result.reasons
