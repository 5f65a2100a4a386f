"""An offer said without the word "offer" (the candidate wished into the team: "we'd love for
you to join the Payments team as our analyst", "on aimerait que tu rejoignes l'équipe",
"queremos muito você com a gente") is an offer. Examples written for these tests alone; a team
joined for a call is no offer.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

WISHED_INTO_THE_TEAM = [
    "Great speaking just now! Everyone was impressed and we'd love for you to join the Payments team as our next "
    "Data Analyst. Sarah, the hiring manager, will call you tomorrow with the details.",
    "Good news: we'd love to have you join the team, the hiring manager will call you with the details.",
    "After the panel's debrief we would really like you to join our platform team. I'll send the written details on "
    "Monday.",
    "Bonne nouvelle : nous aimerions beaucoup que vous vous joigniez à l'équipe Data à partir de janvier. Voici ce "
    "que nous sommes en mesure de vous proposer.",
    "Bonne nouvelle ! On aimerait que tu rejoignes l'équipe produit dès le mois prochain. Je t'appelle demain pour en "
    "parler.",
    "Wir würden uns sehr freuen, Sie in unserem Team willkommen zu heißen. Die Details bespricht Frau Weber morgen "
    "telefonisch mit Ihnen.",
    "Wir möchten dich gerne ins Team holen! Ich rufe dich morgen an, um alles Weitere zu besprechen.",
    "Goed nieuws: we zouden het heel leuk vinden als je ons team komt versterken. De manager belt je morgen over de "
    "details.",
    "O time adorou a conversa e queremos muito você com a gente como Engenheira de Dados. O RH te liga amanhã.",
    "Temos uma ótima notícia: gostaríamos muito que você se juntasse ao nosso time! Amanhã o gestor te liga com os "
    "detalhes.",
]


@pytest.mark.parametrize("body", WISHED_INTO_THE_TEAM)
def test_the_candidate_wished_into_the_team_is_an_offer(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "offer", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "We'd love for you to join the team call on Friday at 10:00 to meet everyone.",
        "Nous aimerions que vous rejoigniez l'appel de l'équipe jeudi à 14h00.",
    ],
)
def test_a_team_joined_for_a_call_is_no_offer(body: str) -> None:
    result = classify(received(body))
    assert result.kind != "offer", result.reasons
