"""Notices a job board or a platform's mailer sends for the employer, read by what they say.

A job board (Welcome to the Jungle, StepStone, LinkedIn ...) also carries the employer's
own notices about an application, and platforms' mailers add list headers to them: such a
notice that confirms an application arrived is a holding reply (``acknowledgement``), never
a job alert, in every language; the board's alerts and newsletters stay bulk mail.
Examples written for these tests alone.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify
from watcher.model import HEARD_BACK_KINDS

BOARD = "noreply@welcometothejungle.com"  # a job board's sender (bulk by its address)
LIST_HEADERS = {"List-Unsubscribe": "<mailto:unsubscribe@mailer.example>"}

APPLICATION_RECEIVED = [
    "Hi Sam, thanks for applying to the Data Analyst role at Fernwood Labs! The hiring team is looking at it and will get back to you soon.",
    "Your application for Platform Engineer at Quaystone has been received. Good luck!",
    "Your application was sent to Northgate Logistics. The employer will contact you if your profile matches.",
    "Hallo Sam, vielen Dank für deine Bewerbung als Data Analyst bei Fernwood Labs! Das Team sieht sie sich in Ruhe an.",
    "Ihre Bewerbung bei Quaystone ist bei uns eingegangen. Wir prüfen Ihre Unterlagen sorgfältig.",
    "Ihre Bewerbung wurde erfolgreich an Northgate Logistik übermittelt.",
    "Bonjour Sam, merci d'avoir postulé chez Fernwood Labs ! L'équipe étudie votre profil et reviendra vers vous.",
    "Votre candidature pour le poste de Data Analyst a bien été transmise à Quaystone.",
    "Nous confirmons la bonne réception de votre candidature chez Northgate.",
    "Hola Sam, ¡gracias por postularte a Fernwood Labs! El equipo revisará tu perfil con atención.",
    "Tu candidatura para el puesto de Analista de datos ha sido enviada correctamente a Quaystone.",
    "Ciao Sam, grazie per esserti candidato presso Fernwood Labs! Il team valuterà il tuo profilo.",
    "La tua candidatura per Quaystone è stata inviata con successo.",
    "Hoi Sam, bedankt voor je sollicitatie bij Fernwood Labs! Het team bekijkt je profiel zorgvuldig.",
    "Je sollicitatie voor Quaystone is succesvol verstuurd.",
    "Olá Sam, obrigado por se candidatar na Fernwood Labs! A equipa vai analisar o seu perfil.",
    "A sua candidatura para a Quaystone foi enviada com sucesso.",
]


@pytest.mark.parametrize("body", APPLICATION_RECEIVED)
def test_a_job_boards_confirmation_of_an_application_is_a_holding_reply(body: str) -> None:
    result = classify(received(body, sender=BOARD, subject="Your application"))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize("body", APPLICATION_RECEIVED)
def test_a_confirmation_with_list_headers_is_a_holding_reply(body: str) -> None:
    result = classify(received(body, sender="no-reply@ats.example", headers=LIST_HEADERS))
    assert result.kind == "acknowledgement", result.reasons


JOB_ALERTS = [
    "New jobs matching your search 'data analyst': Fernwood Labs, Quaystone and 12 more. Apply now.",
    "Recommended for you: 8 new roles at companies like Northgate. Apply in one click.",
    "Neue Jobs für Sie: Data Analyst bei Fernwood Labs. Jetzt bewerben!",
    "De nouvelles offres correspondent à votre recherche : postulez dès maintenant chez Quaystone.",
    "Nuevas ofertas de empleo para ti: Analista de datos en Fernwood Labs. ¡Postúlate ya!",
    "Nuove offerte di lavoro per te: candidati ora presso Quaystone.",
    "Nieuwe vacatures voor jou: solliciteer nu bij Fernwood Labs.",
    "Novas vagas para si: candidate-se já na Quaystone.",
    "You started an application at Fernwood Labs. Finish your application before the role closes!",
    "Companies are looking at profiles like yours. Complete your profile to get more views.",
]


@pytest.mark.parametrize("body", JOB_ALERTS)
def test_a_job_boards_alert_stays_bulk(body: str) -> None:
    result = classify(received(body, sender=BOARD, subject="Jobs for you"))
    assert result.kind == "bulk", result.reasons
    assert result.kind not in HEARD_BACK_KINDS
