"""An assessment platform's mail on an employer's behalf (TestGorilla, from its relay and
mailing domains, with only a List-Unsubscribe header as bulk-sender rules ask) is the
employer's notice, not a newsletter: an invitation to an assessment is a next step."""

from __future__ import annotations

from tests.test_classify import received
from watcher.classify import classify
from watcher.match import sending_platform


def test_testgorilla_is_known_by_its_domains() -> None:
    mail = received("x", sender="no-reply@testgorilla.com", headers={"Return-Path": "<bounce@em.testgorilla.com>"})
    assert sending_platform(mail) == "TestGorilla"


def test_an_assessment_invitation_with_only_list_unsubscribe_is_a_next_step() -> None:
    body = (
        "<p>Bonjour Sam,</p><p>Suite à votre entretien, <b>Acme</b> vous invite à passer l'évaluation "
        "<b>« Développeur »</b>.</p><p>L'évaluation dure environ 55 minutes. Vous pouvez la commencer avant le "
        "<b>19 novembre 2026</b>.</p><p><a href=\"https://app.testgorilla.com/s/abc\">Commencer l'évaluation</a></p>"
    )
    mail = received(
        body,
        subject="Acme vous invite à passer une évaluation",
        sender="no-reply@testgorilla.com",
        headers={"List-Unsubscribe": "<https://app.testgorilla.com/unsubscribe/abc>", "X-Mailer": "TestGorilla"},
    )
    result = classify(mail)
    assert result.kind == "next_step", result.reasons


def test_a_newsletter_from_the_same_platform_is_bulk() -> None:
    body = "Our monthly newsletter: 5 tips to hire faster with skills-based assessments. Read more on our blog."
    mail = received(
        body,
        subject="TestGorilla monthly newsletter",
        sender="news@testgorilla.com",
        headers={"List-Unsubscribe": "<https://app.testgorilla.com/unsubscribe/abc>", "List-Id": "<news.testgorilla.com>"},
    )
    assert classify(mail).kind == "bulk"
