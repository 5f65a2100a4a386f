"""A person's invitation to a meeting, or a new date for one, is a next step, in seven languages.

People invite in their own words, not a platform's: "I'd love to set up a first interview",
"können wir ein Gespräch vereinbaren?", "nous vous proposons une nouvelle date pour votre
entretien". Thanks said first ("thanks for applying, we'd like to invite you ...") belong to
their own clause and make no step a past one. A step promised only if the candidate fits
("if your experience is a good fit, we'll reach out to arrange a first conversation") is still
a holding reply.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

INVITATIONS = [
    # Thanks first, then the sender's wish in a clause of its own.
    "Hi Sam,\n\nThanks for applying, we'd like to invite you to an interview next week.\n\nBest, Jo",
    "Hallo Sam,\n\ndanke für Ihre Bewerbung, wir möchten Sie gerne zu einem Gespräch einladen.\n\nJo",
    "Bonjour Sam,\n\nmerci pour votre candidature, nous aimerions vous inviter à un entretien.\n\nJo",
    "Hola Sam,\n\ngracias por tu candidatura, nos gustaría concertar una entrevista contigo.\n\nJo",
    "Hoi Sam,\n\nbedankt voor je sollicitatie, we zouden graag een gesprek met je plannen.\n\nJo",
    "Ciao Sam,\n\ngrazie per la candidatura, vorremmo organizzare un colloquio con te.\n\nJo",
    "Caro Sam,\n\ntivemos o gosto de analisar o seu currículo e gostaríamos de o convidar para uma entrevista.\n\nJo",
    "Olá Sam,\n\nobrigado pela candidatura, gostaríamos de marcar uma entrevista consigo.\n\nJo",
    # A meeting arranged in a person's words.
    "Hi Sam,\n\nThanks for your application. I'd love to set up a first interview with you and our lead.\n\n"
    "Would any of these work for you?\n- Monday 9 June, 2pm\n- Tuesday 10 June, 10am\n\nBest, Jo",
    "Hi Sam,\n\ncan we schedule an interview for next week? Let me know what suits.\n\nJo",
    "Hi Sam,\n\nI'd like to arrange an interview with you and our head of analytics.\n\nJo",
    "Hi Sam,\n\nWe'd love to have you in for an interview with the team.\n\nJo",
    "Hi Sam,\n\nThe next step would be a 30 minute conversation with our VP of Product. "
    "Jordan will send you some times on Monday.\n\nPriya",
    "Hallo Sam,\n\nwären Sie nächste Woche für ein Gespräch verfügbar?\n\nJo",
    "Bonjour Sam,\n\nnous aimerions organiser un entretien avec vous.\n\nJo",
    "Bonjour Sam,\n\npourrions-nous planifier un entretien la semaine prochaine ?\n\nJo",
    # A new date proposed, or the meeting moved by the employer.
    "Hallo Sam,\n\nwir schlagen Ihnen einen neuen Termin für das Gespräch vor.\n\nJo",
    "Bonjour Sam,\n\nnous vous proposons une nouvelle date pour votre entretien.\n\nJo",
    "Bonjour Sam,\n\nje dois déplacer notre entretien de jeudi. Est-ce que mardi 10 juin à 10 h pourrait fonctionner ?\n\nJo",
    "Hola Sam,\n\nte proponemos una nueva fecha para la entrevista.\n\nJo",
    "Ciao Sam,\n\nti proponiamo una nuova data per il colloquio.\n\nJo",
    "Olá Sam,\n\npropomos uma nova data para a entrevista.\n\nJo",
]

NOT_YET = [
    "Hi Sam,\n\nthanks for applying! If your experience is a good fit, we'll reach out to arrange a first conversation.\n\nThe team",
    "Bonjour Sam,\n\nmerci pour votre candidature. Si votre parcours correspond, nous vous contacterons pour organiser un entretien.\n\nL'équipe",
]


@pytest.mark.parametrize("body", INVITATIONS)
def test_a_persons_invitation_is_a_next_step(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "next_step", result.reasons


@pytest.mark.parametrize("body", NOT_YET)
def test_a_meeting_promised_only_on_a_fit_is_a_holding_reply(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "acknowledgement", result.reasons
