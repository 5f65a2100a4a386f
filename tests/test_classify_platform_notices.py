"""Mail a platform sends for an employer about one application, read for what it says even
under a mailer's list headers: a status update is an acknowledgement, an invitation to a
coding test or an assessment is a next step, a calendar invitation to an interview is a next
step. The same platforms' newsletters, tips and job digests stay bulk. Examples written for
these tests alone, in seven languages.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

UNSUBSCRIBE = {"list-unsubscribe": "<https://mailer.example/unsubscribe/7f19a>"}

# (sender, subject, body)
STATUS_UPDATES = [
    (
        "no-reply@welcometothejungle.com",
        "Your application at Orbisol: an update",
        "Hi Alex,\n\nYour application for Data Engineer at Orbisol is still being reviewed. The team is"
        " wrapping up its last interviews and expects to get back to you by Friday 4 December.\n\n"
        "Thanks for your patience!\nThe Orbisol team\n\nThis email was sent via Welcome to the Jungle.",
    ),
    (
        "no-reply@teamtailor-mail.com",
        "Your application - Backend Developer",
        "Hello Alex,\n\nA short note to let you know that we are still going through the applications for"
        " the Backend Developer role. You will hear from us within two weeks.\n\nBest regards,\nNina, Talent team",
    ),
    (
        "noreply@personio.de",
        "Ihre Bewerbung als Softwareentwickler (m/w/d)",
        "Hallo Alex,\n\nwir möchten Ihnen kurz mitteilen, dass Ihre Bewerbung weiterhin in Prüfung ist."
        " Wir melden uns spätestens Ende nächster Woche bei Ihnen.\n\nViele Grüße\nIhr Recruiting-Team",
    ),
    (
        "no-reply@welcometothejungle.com",
        "Votre candidature chez Brisecôte : où en est-on ?",
        "Bonjour Alex,\n\nVotre candidature au poste de Développeur Backend chez Brisecôte est toujours en"
        " cours d'examen. L'équipe reviendra vers vous d'ici la fin de la semaine prochaine.\n\n"
        "Merci pour votre patience !\nL'équipe Brisecôte",
    ),
    (
        "no-reply@teamtailor-mail.com",
        "Tu candidatura - Ingeniero/a de Datos",
        "Hola Alex:\n\nQueremos contarte que tu candidatura sigue en revisión. Seguimos valorando los"
        " perfiles para el puesto y te daremos una respuesta antes del 10 de diciembre.\n\nUn saludo,\nEquipo de Talento",
    ),
    (
        "noreply@smartrecruiters.com",
        "La tua candidatura per Data Analyst",
        "Ciao Alex,\n\nvolevamo aggiornarti: stiamo ancora valutando le candidature per la posizione di"
        " Data Analyst. Ti daremo un riscontro entro la fine del mese.\n\nCordiali saluti,\nTeam Recruiting",
    ),
    (
        "no-reply@recruitee.com",
        "Je sollicitatie als Data Engineer",
        "Hoi Alex,\n\nEven een update: we zijn nog bezig met het beoordelen van de sollicitaties voor de functie"
        " van Data Engineer. Je hoort uiterlijk volgende week van ons.\n\nGroeten,\nHet recruitmentteam",
    ),
    (
        "no-reply@teamtailor-mail.com",
        "A sua candidatura - Analista de Dados",
        "Olá Alex,\n\nQueremos apenas informar que ainda estamos a analisar as candidaturas para a função de"
        " Analista de Dados. Contamos dar-lhe uma resposta até dia 3 de dezembro.\n\nCom os melhores cumprimentos,\nEquipa de Talento",
    ),
]


ASSESSMENT_INVITATIONS = [
    (
        "no-reply@codility.com",
        "Orbisol invites you to a Codility test",
        "Hello,\n\nOrbisol has invited you to take a test as part of their hiring process for the position"
        " Backend Engineer.\n\nDuration: 90 minutes\nThe invitation expires on 2026-12-04.\n\n"
        "Start your test: https://app.codility.com/c/run/ORB-1234/\n\nGood luck!\nThe Codility Team",
    ),
    (
        "noreply@hackerrank.com",
        "Invitation: Orbisol coding assessment",
        "Hi Alex,\n\nYou have been invited by Orbisol to complete the Software Engineer assessment on HackerRank."
        " Please complete it within 5 days.\n\nBegin assessment: https://www.hackerrank.com/test/abc123\n\nAll the best,\nHackerRank",
    ),
    (
        "no-reply@codility.com",
        "Einladung zu einem Online-Test von Brennholt",
        "Hallo,\n\nBrennholt hat Sie eingeladen, im Rahmen des Auswahlverfahrens für die Stelle Data Engineer"
        " einen Online-Test abzulegen.\n\nDauer: 120 Minuten\nGültig bis: 04.12.2026\n\nTest starten: https://app.codility.com/c/run/BRN-77/",
    ),
    (
        "noreply@codesignal.com",
        "Brisecôte vous invite à passer un test technique",
        "Bonjour,\n\nBrisecôte vous invite à passer une évaluation technique pour le poste de Développeur"
        " Python. Vous disposez de 7 jours pour la réaliser.\n\nCommencer l'évaluation : https://app.codesignal.com/test/xyz",
    ),
    (
        "no-reply@codility.com",
        "Tarvella te invita a una prueba técnica",
        "Hola:\n\nTarvella te ha invitado a realizar una prueba técnica dentro de su proceso de selección para"
        " el puesto de Ingeniero de Datos.\n\nDuración: 90 minutos\nVálida hasta: 04/12/2026\n\nEmpieza la prueba: https://app.codility.com/c/run/TRV-9/",
    ),
    (
        "noreply@hackerrank.com",
        "Invito a un test di programmazione da Lanterna",
        "Ciao,\n\nLanterna ti ha invitato a svolgere un test di programmazione per la posizione di Backend"
        " Developer. Hai tempo fino al 4 dicembre.\n\nInizia il test: https://www.hackerrank.com/test/it77",
    ),
    (
        "no-reply@codility.com",
        "Uitnodiging voor een online assessment van Dijkstroom",
        "Hallo,\n\nDijkstroom nodigt je uit om een online programmeertest te maken voor de functie Data Engineer."
        "\n\nDuur: 90 minuten\nGeldig tot: 4 december 2026\n\nStart de test: https://app.codility.com/c/run/DKS-3/",
    ),
    (
        "noreply@codesignal.com",
        "A Veleiro convida-o para um teste técnico",
        "Olá,\n\nA Veleiro convidou-o a realizar um teste técnico no âmbito do processo de recrutamento para a"
        " função de Engenheiro de Dados.\n\nDuração: 90 minutos\nVálido até: 04/12/2026\n\nIniciar o teste: https://app.codesignal.com/test/pt1",
    ),
]


PLATFORM_NEWSLETTERS = [
    (
        "no-reply@welcometothejungle.com",
        "Les 10 entreprises qui recrutent cette semaine",
        "Bonjour Alex,\n\nDécouvrez les entreprises qui recrutent cette semaine et nos conseils pour réussir"
        " votre entretien d'embauche.\n\nSe désinscrire",
    ),
    (
        "no-reply@codility.com",
        "5 tips to prepare for your next coding interview",
        "Hi there,\n\nPreparing for a technical interview? Here are five tips from our engineers, and a free"
        " practice test you can take any time.\n\nUnsubscribe",
    ),
    (
        "noreply@hackerrank.com",
        "Neue Übungsaufgaben diese Woche",
        "Hallo,\n\ndiese Woche warten neue Übungsaufgaben auf Sie. Bleiben Sie in Übung für Ihr nächstes"
        " Vorstellungsgespräch!\n\nAbmelden",
    ),
    (
        "no-reply@teamtailor-mail.com",
        "Nieuwe vacatures bij Dijkstroom",
        "Hoi Alex,\n\nEr staan nieuwe vacatures voor je klaar bij Dijkstroom. Bekijk ze op onze carrièresite."
        "\n\nAfmelden",
    ),
    (
        "no-reply@welcometothejungle.com",
        "Nuevas ofertas que encajan con tu perfil",
        "Hola Alex:\n\nHemos encontrado 12 ofertas nuevas que encajan con tu perfil. ¡Échales un vistazo!\n\nDarse de baja",
    ),
]


@pytest.mark.parametrize(
    ("kind", "sender", "subject", "body"),
    [("acknowledgement", *case) for case in STATUS_UPDATES]
    + [("next_step", *case) for case in ASSESSMENT_INVITATIONS]
    + [("bulk", *case) for case in PLATFORM_NEWSLETTERS],
)
def test_a_platform_notice_under_list_headers_is_read_for_what_it_says(
    kind: str, sender: str, subject: str, body: str
) -> None:
    """A status update is an acknowledgement, an invitation to a test a next step, and the same
    platforms' newsletters stay bulk."""
    result = classify(received(body, subject=subject, sender=sender, headers=UNSUBSCRIBE))
    assert result.kind == kind, result.reasons


def _calendar(summary: str, organizer: str = "jane.doe@orbisol.example") -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:7kq3@google.com\r\nDTSTAMP:20250604T090000Z\r\n"
        "DTSTART:20250612T130000Z\r\nDTEND:20250612T140000Z\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER;CN=Jane:mailto:{organizer}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


GOOGLE_FOOTER = {
    "en": "Invitation from Google Calendar\nYou are receiving this email because you are an attendee on the event.",
    "de": "Einladung von Google Kalender\nSie erhalten diese E-Mail, weil Sie Teilnehmer des Termins sind.",
    "fr": "Invitation provenant de Google Agenda\nVous recevez cet e-mail, car vous participez à cet événement.",
    "es": "Invitación de Google Calendar\nHas recibido este correo electrónico porque eres un invitado del evento.",
    "it": "Invito da Google Calendar\nRicevi questa email perché sei un invitato all'evento.",
    "nl": "Uitnodiging van Google Agenda\nJe ontvangt deze e-mail omdat je een deelnemer van het evenement bent.",
    "pt": "Convite do Google Agenda\nVocê está recebendo este e-mail porque é um convidado do evento.",
}

CALENDAR_INVITATIONS = [
    ("en", "Invitation: Technical interview - Alex / Jane @ Thu 12 Jun 2025 14:00 - 15:00 (BST)",
     "You have been invited to the following event.\n\nTechnical interview - Alex / Jane\nWhen: Thursday 12 Jun 2025 14:00 - 15:00"),
    ("de", "Einladung: Zweitgespräch Alex / Jana @ Do. 12. Juni 2025 15:00 - 16:00 (MESZ)",
     "Sie wurden zu folgendem Termin eingeladen.\n\nZweitgespräch Alex / Jana\nWann: Donnerstag, 12. Juni 2025 15:00 - 16:00"),
    ("fr", "Invitation: Entretien final - Alex / Camille @ jeu. 12 juin 2025 15:00 - 16:00 (CEST)",
     "Vous avez été invité à l'événement suivant.\n\nEntretien final - Alex / Camille\nQuand : jeudi 12 juin 2025 15:00 - 16:00"),
    ("es", "Invitación: Entrevista técnica - Alex / Carmen @ jue 12 jun 2025 15:00 - 16:00 (CEST)",
     "Has recibido una invitación para el siguiente evento.\n\nEntrevista técnica - Alex / Carmen\nCuándo: jueves, 12 jun 2025 15:00 - 16:00"),
    ("it", "Invito: Colloquio tecnico - Alex / Giulia @ gio 12 giu 2025 15:00 - 16:00 (CEST)",
     "Sei stato invitato al seguente evento.\n\nColloquio tecnico - Alex / Giulia\nQuando: giovedì 12 giu 2025 15:00 - 16:00"),
    ("nl", "Uitnodiging: Tweede gesprek - Alex / Sanne @ do 12 jun 2025 15:00 - 16:00 (CEST)",
     "Je bent uitgenodigd voor het volgende evenement.\n\nTweede gesprek - Alex / Sanne\nWanneer: donderdag 12 jun 2025 15:00 - 16:00"),
    ("pt", "Convite: Entrevista final - Alex / Joana @ qui 12 jun 2025 14:00 - 15:00 (WEST)",
     "Foi convidado para o seguinte evento.\n\nEntrevista final - Alex / Joana\nQuando: quinta-feira, 12 jun 2025 14:00 - 15:00"),
]


@pytest.mark.parametrize(("language", "subject", "body"), CALENDAR_INVITATIONS)
def test_a_calendar_invitation_to_an_interview_is_a_next_step(language: str, subject: str, body: str) -> None:
    text = f"{body}\nJoin with Google Meet: meet.google.com/abc-defg-hij\n\n{GOOGLE_FOOTER[language]}"
    mail = received(
        text,
        subject=subject,
        sender="jane.doe@orbisol.example",
        headers={"sender": "Google Calendar <calendar-notification@google.com>"},
        calendar=_calendar(subject.split(":", 1)[1].split("@")[0].strip()),
    )
    result = classify(mail)
    assert result.kind == "next_step", result.reasons


def test_a_webinar_invitation_from_a_mailing_list_stays_bulk() -> None:
    body = (
        "Join our live webinar: how to land your next data job. Thursday 12 June at 15:00 CEST."
        " Add it to your calendar with the attached invitation.\n\nUnsubscribe"
    )
    mail = received(
        body,
        subject="Webinar: how to land your next data job",
        sender="events@welcometothejungle.com",
        headers=UNSUBSCRIBE,
        calendar=_calendar("Webinar: how to land your next data job", "events@welcometothejungle.com"),
    )
    assert classify(mail).kind == "bulk"
