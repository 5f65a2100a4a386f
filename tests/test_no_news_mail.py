"""Mail that brings no news, tied to a logged interview, read through a real scan.

One mailbox holds seven interviews (one employer per language: en, de, fr, es, nl, it, pt),
the user's thank-you note to each, and over a hundred messages a careful reader would not
count as hearing back: holding replies and bare receipts by a person, automatic reminders of
a step already booked, portal status mails with no decision, candidate-experience surveys,
out-of-office replies without auto-reply headers or subject prefix (as Outlook, Gmail's
vacation responder and Apple Mail write them, and from a colleague's address nobody logged),
delivery and read notices, a calendar answer to the user's own invitation, watcher's own
digest, the user's own mail come back through Cc/Bcc or a mailing list, and job alerts from
the employer's careers site. Beside them stand look-alikes that do hear back (a holding reply
that asks a question, a reminder that moves the interview, a receipt that books the next
round, and a person's own reminder of tomorrow's interview: the labelling conventions have
only an automatic reminder a holding reply), so that silence everywhere cannot pass.

Hearing back cancels the user's follow-ups, so a message that brings no news must never be
tied with a kind of ``HEARD_BACK_KINDS``; it may be tied with another kind, held for review
or left untied. Tied to another interview is wrong whatever the kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from tests.corpus_scan import USER, entries_by_message_id
from tests.no_news_employers import Employer, by_lang
from watcher.model import HEARD_BACK_KINDS

CET = timezone(timedelta(hours=1))
ME = f"Alex Doe <{USER}>"


def day(d: int, hour: int = 10, minute: int = 0) -> datetime:
    """A moment in November 2026, Central European time."""
    return datetime(2026, 11, d, hour, minute, tzinfo=CET)


EMPLOYERS = by_lang(
    Employer("en", "en-quillon", "Quillon Systems", "Platform Engineer", "Maya Chen <maya.chen@quillon.io>",
             "Thank you - Platform Engineer interview",
             "Hi Maya,\n\nThank you for the conversation today about the Platform Engineer role. I enjoyed "
             "hearing about the migration work.\n\nBest,\nAlex", 2),
    Employer("de", "de-falkenried", "Falkenried Maschinenbau GmbH", "Softwareentwickler",
             "Jonas Weber <j.weber@falkenried.de>", "Vielen Dank für das Gespräch",
             "Hallo Herr Weber,\n\nvielen Dank für das angenehme Gespräch heute zur Stelle als "
             "Softwareentwickler.\n\nViele Grüße\nAlex Doe", 3),
    Employer("fr", "fr-cassiopee", "Cassiopée Assurances", "Analyste de données",
             "Sophie Laurent <sophie.laurent@cassiopee-assurances.fr>", "Merci pour l'entretien",
             "Bonjour Sophie,\n\nMerci pour l'entretien de ce matin pour le poste d'analyste de données.\n\n"
             "Bien cordialement,\nAlex Doe", 4),
    Employer("es", "es-alcazar", "Grupo Alcázar", "Ingeniera de datos",
             "Lucía Moreno <lucia.moreno@alcazar-grupo.es>", "Gracias por la entrevista",
             "Hola Lucía,\n\nMuchas gracias por la entrevista de hoy para el puesto de ingeniera de datos.\n\n"
             "Un saludo,\nAlex", 5),
    Employer("nl", "nl-tulpenveld", "Tulpenveld", "Backend-ontwikkelaar", "Pieter Jansen <p.jansen@tulpenveld.nl>",
             "Bedankt voor het gesprek",
             "Hoi Pieter,\n\nBedankt voor het fijne gesprek van vandaag over de functie van "
             "backend-ontwikkelaar.\n\nGroet,\nAlex", 6),
    Employer("it", "it-ventura", "Officine Ventura", "Sviluppatore Python",
             "Marco Bianchi <marco.bianchi@officineventura.it>", "Grazie per il colloquio",
             "Buongiorno Marco,\n\ngrazie per il colloquio di oggi per la posizione di sviluppatore Python.\n\n"
             "Cordiali saluti,\nAlex Doe", 7),
    Employer("pt", "pt-azulejo", "Azulejo Digital", "Engenheira de Software",
             "Ana Ferreira <ana.ferreira@azulejodigital.pt>", "Obrigado pela entrevista",
             "Olá Ana,\n\nObrigado pela entrevista de hoje para a vaga de Engenheira de Software.\n\n"
             "Cumprimentos,\nAlex Doe", 8),
)


@dataclass(frozen=True)
class Probe:
    """One received message (or a copy of the user's own): ``heard`` says whether a careful
    reader counts it as hearing back. ``thread`` answers the user's thank-you note; ``raw``
    names a builder for the messages that are not a plain text (see ``build``)."""

    name: str
    lang: str
    group: str
    heard: bool
    sender: str  # "" for the logged contact
    subject: str  # "" for "Re: " + the thank-you note's subject
    body: str
    thread: bool = True
    headers: dict[str, str] = field(default_factory=dict)
    html: str = ""
    raw: str = ""  # "dsn", "mdn", "ics_reply", "ics_counter", "copy", "digest_id", "html_only"

    @property
    def employer(self) -> Employer:
        return EMPLOYERS[self.lang]


_PROBES: list[Probe] = []


def p(name: str, lang: str, group: str, body: str, *, heard: bool = False, sender: str = "", subject: str = "",
      **more: Any) -> None:
    _PROBES.append(Probe(name, lang, group, heard, sender, subject, body, **more))


# --- Holding replies by a person ------------------------------------------------------------
p("hold_en_1", "en", "holding", "Hi Alex,\n\nThanks for your patience - I'm still with the team on this and "
  "I'll get back to you by Friday.\n\nBest,\nMaya")
p("hold_en_2", "en", "holding", "Hi Alex,\n\nSorry for the delay! No news yet, I'm afraid: the hiring manager "
  "is travelling this week. I'll be in touch as soon as I hear anything.\n\nMaya")
p("hold_en_3", "en", "holding", "Hi Alex,\n\nQuick update: the decision has slipped to next week as two of the "
  "panel are off. Nothing you need to do in the meantime.\n\nCheers,\nMaya")
p("hold_de_1", "de", "holding", "Hallo Herr Doe,\n\ndanke für Ihre Geduld. Ich stimme mich noch mit dem Team "
  "ab und melde mich bis Freitag bei Ihnen.\n\nViele Grüße\nJonas Weber")
p("hold_de_2", "de", "holding", "Hallo Herr Doe,\n\nentschuldigen Sie die späte Rückmeldung - leider gibt es "
  "noch keine Neuigkeiten. Die Entscheidung verzögert sich etwas, ich melde mich, sobald ich mehr weiß.\n\n"
  "Beste Grüße\nJonas Weber")
p("hold_de_3", "de", "holding", "Hallo Herr Doe,\n\nkurzes Update: Wir sind noch mitten in den Gesprächen mit "
  "den anderen Kandidaten. Sie hören spätestens Ende nächster Woche von uns.\n\nGruß\nJonas Weber")
p("hold_fr_1", "fr", "holding", "Bonjour Alex,\n\nMerci pour votre patience. J'en discute encore avec l'équipe "
  "et je reviens vers vous d'ici vendredi.\n\nBien à vous,\nSophie")
p("hold_fr_2", "fr", "holding", "Bonjour Alex,\n\nDésolée pour le délai de réponse, je n'ai pas encore de "
  "nouvelles. Je vous tiens au courant dès que possible.\n\nSophie Laurent")
p("hold_fr_3", "fr", "holding", "Bonjour Alex,\n\nLe processus prend un peu plus de temps que prévu : nous "
  "rencontrons encore deux candidats cette semaine. Je reviendrai vers vous la semaine prochaine.\n\nSophie")
p("hold_es_1", "es", "holding", "Hola Alex,\n\nGracias por tu paciencia. Todavía lo estoy revisando con el "
  "equipo y te digo algo antes del viernes.\n\nUn saludo,\nLucía")
p("hold_es_2", "es", "holding", "Hola Alex,\n\nPerdona la demora, aún no tenemos novedades. Te escribo en "
  "cuanto sepa algo.\n\nLucía")
p("hold_nl_1", "nl", "holding", "Hoi Alex,\n\nBedankt voor je geduld. Ik ben er nog mee bezig met het team en "
  "laat je uiterlijk vrijdag iets weten.\n\nGroet,\nPieter")
p("hold_nl_2", "nl", "holding", "Hoi Alex,\n\nSorry voor de late reactie, er is nog geen nieuws. Ik kom bij je "
  "terug zodra ik meer weet.\n\nPieter")
p("hold_it_1", "it", "holding", "Ciao Alex,\n\ngrazie per la pazienza. Sto ancora valutando con il team e ti "
  "faccio sapere entro venerdì.\n\nMarco")
p("hold_it_2", "it", "holding", "Ciao Alex,\n\nscusa il ritardo, non ho ancora novità. Ti aggiorno appena so "
  "qualcosa.\n\nMarco")
p("hold_pt_1", "pt", "holding", "Olá Alex,\n\nobrigada pela paciência. Ainda estou a ver isto com a equipa e "
  "dou-lhe uma resposta até sexta-feira.\n\nAna")
p("hold_pt_2", "pt", "holding", "Olá Alex,\n\ndesculpe a demora, ainda não temos novidades. Entro em contacto "
  "assim que souber algo.\n\nAna Ferreira")

# --- Bare receipts by a person ----------------------------------------------------------------
p("got_en_1", "en", "receipt", "Thanks, got it!\n\nMaya")
p("got_en_2", "en", "receipt", "Hi Alex,\n\nReceived, passing it on to the hiring manager.\n\nMaya")
p("got_de_1", "de", "receipt", "Hallo Herr Doe,\n\ndanke, ist angekommen.\n\nGruß\nJonas Weber")
p("got_de_2", "de", "receipt", "Hallo Herr Doe,\n\nerhalten, ich leite es an die Fachabteilung weiter.\n\n"
  "Viele Grüße\nJonas Weber")
p("got_fr_1", "fr", "receipt", "Bien reçu, merci !\n\nSophie")
p("got_fr_2", "fr", "receipt", "Bonjour Alex,\n\nReçu, je transmets à l'équipe.\n\nSophie")
p("got_es_1", "es", "receipt", "Recibido, ¡gracias!\n\nLucía")
p("got_es_2", "es", "receipt", "Hola Alex,\n\nRecibido, se lo paso al responsable del equipo.\n\nLucía")
p("got_nl_1", "nl", "receipt", "Dank je, goed ontvangen.\n\nPieter")
p("got_nl_2", "nl", "receipt", "Hoi Alex,\n\nOntvangen, ik stuur het door naar de hiring manager.\n\nPieter")
p("got_it_1", "it", "receipt", "Ricevuto, grazie!\n\nMarco")
p("got_it_2", "it", "receipt", "Ciao Alex,\n\nricevuto, lo giro al responsabile.\n\nMarco")
p("got_pt_1", "pt", "receipt", "Recebido, obrigada!\n\nAna")
p("got_pt_2", "pt", "receipt", "Olá Alex,\n\nrecebido, vou encaminhar para a equipa.\n\nAna")

# --- Automatic reminders of a step already booked -------------------------------------------
p("remind_en_1", "en", "reminder", "Hi Alex,\n\nThis is a reminder that your interview with Quillon Systems for "
  "the Platform Engineer role is tomorrow, Tuesday 17 November at 10:00 CET.\n\nJoin: "
  "https://meet.quillon.io/r/alex-final\n\nQuillon Systems Recruiting", thread=False,
  sender="Quillon Recruiting <no-reply@quillon.io>", subject="Reminder: your interview tomorrow at 10:00")
p("remind_en_2", "en", "reminder", "Hi Alex,\n\nJust a friendly reminder: your online assessment for the "
  "Platform Engineer position at Quillon Systems closes in 2 days (19 November, 23:59 CET). You can resume "
  "it where you left off.\n\nGood luck!\nQuillon Systems Talent Team", thread=False,
  sender="Quillon Talent <talent@quillon.io>", subject="Your assessment closes in 2 days")
p("yes_person_remind_en", "en", "person reminder", heard=True, body="Hi Alex,\n\njust a reminder that your interview is tomorrow at 10 with Dan "
  "and Priya, same video link as before. See you then!\n\nMaya", subject="Tomorrow")
p("remind_de_1", "de", "reminder", "Hallo Alex Doe,\n\nwir möchten Sie an Ihr Vorstellungsgespräch für die "
  "Stelle Softwareentwickler bei der Falkenried Maschinenbau GmbH erinnern: morgen, Dienstag, 17.11.2026, "
  "10:00 Uhr, Werkstraße 12, Hamburg.\n\nIhr Falkenried Recruiting-Team", thread=False,
  sender="Falkenried Recruiting <noreply@falkenried.de>", subject="Erinnerung: Ihr Vorstellungsgespräch morgen")
p("yes_person_remind_de", "de", "person reminder", heard=True, body="Hallo Herr Doe,\n\nzur Erinnerung: Wir sehen uns morgen um 10 Uhr zum "
  "zweiten Gespräch. Ich freue mich!\n\nJonas Weber", subject="Morgen 10 Uhr")
p("remind_fr_1", "fr", "reminder", "Bonjour Alex,\n\nNous vous rappelons votre entretien pour le poste "
  "d'analyste de données chez Cassiopée Assurances demain, mardi 17 novembre à 10h00, en visioconférence.\n\n"
  "L'équipe recrutement Cassiopée Assurances", thread=False,
  sender="Cassiopée Recrutement <ne-pas-repondre@cassiopee-assurances.fr>",
  subject="Rappel : votre entretien de demain")
p("remind_fr_2", "fr", "reminder", "Bonjour Alex,\n\nPetit rappel : votre test technique pour le poste "
  "d'analyste de données est à compléter avant le 19 novembre. Le lien reste valable jusqu'à cette date.\n\n"
  "Cassiopée Assurances", thread=False, sender="Cassiopée Recrutement <recrutement@cassiopee-assurances.fr>",
  subject="Rappel : test technique à compléter")
p("remind_es_1", "es", "reminder", "Hola Alex,\n\nTe recordamos que tu entrevista para el puesto de ingeniera "
  "de datos en Grupo Alcázar es mañana, martes 17 de noviembre, a las 10:00.\n\nEquipo de Selección de Grupo "
  "Alcázar", thread=False, sender="Grupo Alcázar Selección <no-responder@alcazar-grupo.es>",
  subject="Recordatorio: tu entrevista de mañana")
p("yes_person_remind_es", "es", "person reminder", heard=True, body="Hola Alex,\n\nsolo para recordarte que nos vemos mañana a las 10 para la "
  "segunda entrevista. ¡Hasta mañana!\n\nLucía", subject="Mañana a las 10")
p("remind_nl_1", "nl", "reminder", "Beste Alex,\n\nHierbij een herinnering aan je sollicitatiegesprek voor de "
  "functie van backend-ontwikkelaar bij Tulpenveld: morgen, dinsdag 17 november om 10:00 uur.\n\n"
  "Team Recruitment Tulpenveld", thread=False, sender="Tulpenveld Recruitment <noreply@tulpenveld.nl>",
  subject="Herinnering: je gesprek morgen")
p("remind_nl_2", "nl", "reminder", "Beste Alex,\n\nDit is een herinnering: je online assessment voor de functie "
  "van backend-ontwikkelaar bij Tulpenveld staat nog open en sluit op 19 november.\n\nTulpenveld", thread=False,
  sender="Tulpenveld Recruitment <noreply@tulpenveld.nl>", subject="Herinnering: assessment sluit binnenkort")
p("remind_it_1", "it", "reminder", "Gentile Alex,\n\nle ricordiamo il colloquio per la posizione di "
  "sviluppatore Python presso Officine Ventura, domani martedì 17 novembre alle ore 10:00.\n\n"
  "Ufficio Risorse Umane - Officine Ventura", thread=False,
  sender="Officine Ventura HR <noreply@officineventura.it>", subject="Promemoria: colloquio di domani")
p("yes_person_remind_it", "it", "person reminder", heard=True, body="Ciao Alex,\n\nti ricordo che domani alle 10 ci vediamo per il secondo "
  "colloquio. A domani!\n\nMarco", subject="Domani alle 10")
p("remind_pt_1", "pt", "reminder", "Olá Alex,\n\nRelembramos que a sua entrevista para a vaga de Engenheira de "
  "Software na Azulejo Digital é amanhã, terça-feira, 17 de novembro, às 10h00.\n\nEquipa de Recrutamento",
  thread=False, sender="Azulejo Digital Recrutamento <nao-responder@azulejodigital.pt>",
  subject="Lembrete: a sua entrevista é amanhã")
p("remind_pt_2", "pt", "reminder", "Olá Alex,\n\nLembrete: o seu teste técnico para a vaga de Engenheira de "
  "Software na Azulejo Digital termina em 2 dias.\n\nAzulejo Digital", thread=False,
  sender="Azulejo Digital Recrutamento <nao-responder@azulejodigital.pt>", subject="Lembrete: teste técnico")
p("remind_cal_en", "en", "reminder", "Reminder\n\nFinal interview - Alex Doe / Quillon Systems\n"
  "Tuesday 17 Nov 2026 10:00 - 11:00 (Central European Time)\n\nJoining info: meet.quillon.io/r/alex-final\n\n"
  "Organizer: maya.chen@quillon.io\n\nYou are receiving this email because you are an attendee of this "
  "event.", thread=False, sender="Google Calendar <calendar-notification@google.com>",
  subject="Notification: Final interview - Alex Doe / Quillon Systems @ Tue 17 Nov 2026 10:00 (CET)")

# --- Portal status mails with no decision --------------------------------------------------
p("status_en", "en", "status", "Hi Alex,\n\nThe status of your application for Platform Engineer at Quillon "
  "Systems has been updated. Log in to your candidate account to see it.\n\nQuillon Systems Careers",
  thread=False, sender="Quillon Careers <careers@quillon.io>", subject="Your application status has been updated")
p("status_en_2", "en", "status", "Hello Alex,\n\nThere is an update on your application for Platform Engineer "
  "at Quillon Systems. Please sign in to the candidate portal to view it.\n\nThis is an automated message.",
  thread=False, sender="Quillon Careers <careers@quillon.io>", subject="There's an update on your application")
p("status_de", "de", "status", "Hallo Alex Doe,\n\nder Status Ihrer Bewerbung als Softwareentwickler bei der "
  "Falkenried Maschinenbau GmbH hat sich geändert. Bitte melden Sie sich in Ihrem Bewerberkonto an, um ihn "
  "einzusehen.\n\nFalkenried Karriere", thread=False, sender="Falkenried Karriere <karriere@falkenried.de>",
  subject="Statusänderung Ihrer Bewerbung")
p("status_fr", "fr", "status", "Bonjour Alex,\n\nLe statut de votre candidature au poste d'analyste de données "
  "chez Cassiopée Assurances a été mis à jour. Connectez-vous à votre espace candidat pour le consulter.\n\n"
  "Cassiopée Assurances", thread=False, sender="Cassiopée Carrières <carrieres@cassiopee-assurances.fr>",
  subject="Mise à jour de votre candidature")
p("status_es", "es", "status", "Hola Alex,\n\nEl estado de tu candidatura al puesto de ingeniera de datos en "
  "Grupo Alcázar se ha actualizado. Accede a tu perfil de candidato para consultarlo.\n\nGrupo Alcázar",
  thread=False, sender="Grupo Alcázar Empleo <empleo@alcazar-grupo.es>",
  subject="Actualización del estado de tu candidatura")
p("status_nl", "nl", "status", "Beste Alex,\n\nDe status van je sollicitatie voor backend-ontwikkelaar bij "
  "Tulpenveld is gewijzigd. Log in op je kandidatenportaal om de status te bekijken.\n\nTulpenveld",
  thread=False, sender="Tulpenveld Werken bij <werkenbij@tulpenveld.nl>",
  subject="Status van je sollicitatie gewijzigd")
p("status_it", "it", "status", "Gentile Alex,\n\nlo stato della sua candidatura per la posizione di "
  "sviluppatore Python presso Officine Ventura è stato aggiornato. Acceda alla sua area candidato per "
  "visualizzarlo.\n\nOfficine Ventura", thread=False, sender="Officine Ventura Carriere <carriere@officineventura.it>",
  subject="Aggiornamento sulla tua candidatura")
p("status_pt", "pt", "status", "Olá Alex,\n\nO estado da sua candidatura à vaga de Engenheira de Software na "
  "Azulejo Digital foi atualizado. Inicie sessão na sua área de candidato para o consultar.\n\nAzulejo Digital",
  thread=False, sender="Azulejo Digital Carreiras <carreiras@azulejodigital.pt>",
  subject="Atualização da sua candidatura")

# --- Completed step received (assessment, video interview) ---------------------------------
p("done_en", "en", "completed", "Hi Alex,\n\nThanks for completing your video interview for Platform Engineer at "
  "Quillon Systems. Our team will review your answers and be in touch.\n\nQuillon Talent", thread=False,
  sender="Quillon Talent <talent@quillon.io>", subject="Thanks for completing your video interview")
p("done_de", "de", "completed", "Hallo Alex Doe,\n\nvielen Dank, dass Sie den Online-Test für die Stelle "
  "Softwareentwickler abgeschlossen haben. Wir werten Ihre Ergebnisse aus und melden uns.\n\nFalkenried "
  "Maschinenbau GmbH", thread=False, sender="Falkenried Recruiting <noreply@falkenried.de>",
  subject="Online-Test abgeschlossen")
p("done_fr", "fr", "completed", "Bonjour Alex,\n\nNous avons bien reçu votre test technique pour le poste "
  "d'analyste de données. Notre équipe l'étudie et reviendra vers vous.\n\nCassiopée Assurances", thread=False,
  sender="Cassiopée Recrutement <recrutement@cassiopee-assurances.fr>", subject="Test technique reçu")
p("done_es", "es", "completed", "Hola Alex,\n\nHemos recibido tu prueba técnica para el puesto de ingeniera de "
  "datos. El equipo la revisará y te contactaremos.\n\nGrupo Alcázar", thread=False,
  sender="Grupo Alcázar Selección <seleccion@alcazar-grupo.es>", subject="Prueba técnica recibida")
p("done_nl", "nl", "completed", "Beste Alex,\n\nBedankt voor het afronden van de online assessment voor de "
  "functie van backend-ontwikkelaar. We bekijken je resultaten en nemen contact met je op.\n\nTulpenveld",
  thread=False, sender="Tulpenveld Recruitment <noreply@tulpenveld.nl>", subject="Assessment afgerond")
p("done_it", "it", "completed", "Gentile Alex,\n\nabbiamo ricevuto il test tecnico per la posizione di "
  "sviluppatore Python. Il team lo valuterà e la ricontatteremo.\n\nOfficine Ventura", thread=False,
  sender="Officine Ventura HR <noreply@officineventura.it>", subject="Test tecnico ricevuto")
p("done_pt", "pt", "completed", "Olá Alex,\n\nRecebemos o seu teste técnico para a vaga de Engenheira de "
  "Software. A equipa vai analisá-lo e entraremos em contacto.\n\nAzulejo Digital", thread=False,
  sender="Azulejo Digital Recrutamento <nao-responder@azulejodigital.pt>", subject="Teste técnico recebido")

# --- Candidate-experience surveys ----------------------------------------------------------
p("survey_en", "en", "survey", "Hi Alex,\n\nHow was your interview experience with Quillon Systems? Tell us in "
  "our 2-minute survey: https://survey.quillon.io/cx/8812\n\nYour answers are anonymous and do not affect your "
  "application.\n\nQuillon Talent", thread=False, sender="Quillon Talent <talent@quillon.io>",
  subject="How did we do? 2 minutes of feedback")
p("survey_de", "de", "survey", "Hallo Alex Doe,\n\nwie haben Sie unseren Bewerbungsprozess erlebt? Wir freuen "
  "uns über Ihr Feedback in unserer kurzen Umfrage: https://umfrage.falkenried.de/b/31\n\nIhre Antworten "
  "haben keinen Einfluss auf Ihre Bewerbung.\n\nFalkenried Recruiting", thread=False,
  sender="Falkenried Recruiting <noreply@falkenried.de>", subject="Ihre Meinung ist uns wichtig")
p("survey_fr", "fr", "survey", "Bonjour Alex,\n\nVotre avis compte ! Comment s'est passée votre expérience "
  "candidat chez Cassiopée Assurances ? Répondez à notre questionnaire de 3 minutes.\n\nCassiopée Assurances",
  thread=False, sender="Cassiopée Recrutement <recrutement@cassiopee-assurances.fr>",
  subject="Votre expérience candidat")
p("survey_es", "es", "survey", "Hola Alex,\n\n¿Qué tal fue tu experiencia en nuestro proceso de selección? "
  "Cuéntanoslo en esta breve encuesta de 2 minutos.\n\nGrupo Alcázar", thread=False,
  sender="Grupo Alcázar Selección <seleccion@alcazar-grupo.es>", subject="Tu opinión nos importa")
p("survey_nl", "nl", "survey", "Beste Alex,\n\nHoe heb je de sollicitatieprocedure bij Tulpenveld ervaren? "
  "Vul onze korte enquête in (2 minuten).\n\nTulpenveld", thread=False,
  sender="Tulpenveld Recruitment <noreply@tulpenveld.nl>", subject="Hoe was je ervaring?")
p("survey_it", "it", "survey", "Gentile Alex,\n\ncome valuti la tua esperienza di selezione con Officine "
  "Ventura? Compila il nostro breve questionario (2 minuti).\n\nOfficine Ventura", thread=False,
  sender="Officine Ventura HR <noreply@officineventura.it>", subject="La tua opinione conta")
p("survey_pt", "pt", "survey", "Olá Alex,\n\nComo foi a sua experiência no nosso processo de recrutamento? "
  "Responda ao nosso breve inquérito de 2 minutos.\n\nAzulejo Digital", thread=False,
  sender="Azulejo Digital Recrutamento <nao-responder@azulejodigital.pt>", subject="A sua opinião conta")

# --- Out-of-office replies: no auto-reply header, no subject prefix ------------------------
_OUTLOOK = ("<html><body><p>Thank you for your email.</p><p>I am out of the office until Monday 23 November "
            "with limited access to email. For urgent matters please contact talent@quillon.io.</p>"
            "<p>Kind regards,<br>Maya Chen</p></body></html>")
p("ooo_en_outlook", "en", "ooo", "Thank you for your email.\n\nI am out of the office until Monday 23 November "
  "with limited access to email. For urgent matters please contact talent@quillon.io.\n\nKind regards,\n"
  "Maya Chen", subject="Thank you - Platform Engineer interview", html=_OUTLOOK,
  headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": "Thank you - Platform Engineer interview"})
p("ooo_en_gmail", "en", "ooo", "Hi, I'm away from my desk until the 14th and will reply when I'm back. "
  "Thanks!\n\nMaya", subject="Away until the 14th")
p("ooo_en_apple", "en", "ooo", "I am currently on annual leave, returning on Monday 23 November. I will "
  "respond to your message on my return.\n\nMaya\n\nSent from my iPhone",
  headers={"X-Mailer": "iPhone Mail (21B101)"})
p("ooo_de_outlook", "de", "ooo", "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 20.11.2026 nicht "
  "im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
  "personal@falkenried.de.\n\nMit freundlichen Grüßen\nJonas Weber", subject="Vielen Dank für das Gespräch",
  headers={"X-Mailer": "Microsoft Outlook 16.0"})
p("ooo_de_gmail", "de", "ooo", "Hallo,\n\nich befinde mich derzeit im Urlaub und bin ab dem 23. November wieder "
  "erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nJonas Weber", subject="Abwesend")
p("ooo_fr_outlook", "fr", "ooo", "Bonjour,\n\nJe suis en congé jusqu'au 20 novembre inclus. Pour toute urgence, "
  "merci de contacter recrutement@cassiopee-assurances.fr.\n\nCordialement,\nSophie Laurent",
  subject="Merci pour l'entretien", headers={"X-Mailer": "Microsoft Outlook 16.0"})
p("ooo_fr_apple", "fr", "ooo", "Bonjour,\n\nJe suis absente du bureau avec un accès limité à mes e-mails. Je "
  "reviendrai vers vous dès mon retour le lundi 23 novembre.\n\nSophie", headers={"X-Mailer": "Apple Mail (2.3774)"})
p("ooo_es_outlook", "es", "ooo", "Gracias por su mensaje.\n\nEstoy fuera de la oficina hasta el 20 de noviembre "
  "con acceso limitado al correo. Para asuntos urgentes, escriba a seleccion@alcazar-grupo.es.\n\nLucía Moreno",
  subject="Gracias por la entrevista", headers={"X-Mailer": "Microsoft Outlook 16.0"})
p("ooo_es_gmail", "es", "ooo", "Hola,\n\nMe encuentro de vacaciones. Responderé a tu mensaje a mi regreso, el "
  "lunes 23 de noviembre.\n\nLucía", subject="De vacaciones")
p("ooo_nl_outlook", "nl", "ooo", "Bedankt voor je bericht.\n\nIk ben afwezig tot en met 20 november en lees in "
  "die periode geen e-mail. Voor dringende zaken kun je terecht bij recruitment@tulpenveld.nl.\n\nMet "
  "vriendelijke groet,\nPieter Jansen", subject="Bedankt voor het gesprek",
  headers={"X-Mailer": "Microsoft Outlook 16.0"})
p("ooo_nl_apple", "nl", "ooo", "Hoi,\n\nIk ben met vakantie en weer terug op maandag 23 november. Ik reageer "
  "zo snel mogelijk na mijn terugkomst.\n\nPieter\n\nVerstuurd vanaf mijn iPhone",
  headers={"X-Mailer": "iPhone Mail (21B101)"})
p("ooo_it_outlook", "it", "ooo", "Grazie per il messaggio.\n\nSono in ferie fino al 20 novembre, con accesso "
  "limitato alla posta. Per urgenze contattare hr@officineventura.it.\n\nCordiali saluti\nMarco Bianchi",
  subject="Grazie per il colloquio", headers={"X-Mailer": "Microsoft Outlook 16.0"})
p("ooo_it_gmail", "it", "ooo", "Ciao,\n\nsarò fuori ufficio fino a lunedì 23 novembre. Risponderò al mio "
  "rientro.\n\nMarco", subject="Fuori ufficio")
p("ooo_pt_outlook", "pt", "ooo", "Obrigado pela sua mensagem.\n\nEstou fora do escritório até 20 de novembro, "
  "com acesso limitado ao e-mail. Para assuntos urgentes contacte rh@azulejodigital.pt.\n\nAna Ferreira",
  subject="Obrigado pela entrevista", headers={"X-Mailer": "Microsoft Outlook 16.0"})
p("ooo_pt_apple", "pt", "ooo", "Olá,\n\nEncontro-me de férias até dia 23 de novembro. Responderei ao seu e-mail "
  "assim que regressar.\n\nAna\n\nEnviado do meu iPhone", headers={"X-Mailer": "iPhone Mail (21B101)"})
p("ooo_en_colleague", "en", "ooo", "Hi there,\n\nI'm out of office until 24 November with no access to email. "
  "If it's about recruiting, Maya Chen (maya.chen@quillon.io) can help.\n\nDan Ortiz",
  sender="Dan Ortiz <dan.ortiz@quillon.io>")
p("ooo_de_colleague", "de", "ooo", "Guten Tag,\n\nich bin bis zum 24.11. außer Haus. Ihre Nachricht wird nicht "
  "weitergeleitet; in dringenden Fällen erreichen Sie Herrn Weber unter j.weber@falkenried.de.\n\n"
  "Sabine Krüger", sender="Sabine Krüger <s.krueger@falkenried.de>")
p("ooo_es_colleague", "es", "ooo", "Hola,\n\nestaré fuera de la oficina hasta el 24 de noviembre sin acceso al "
  "correo. Para cualquier tema de selección, contacta con Lucía Moreno.\n\nJavier Ruiz",
  sender="Javier Ruiz <javier.ruiz@alcazar-grupo.es>")
p("ooo_it_colleague", "it", "ooo", "Buongiorno,\n\nsono assente fino al 24 novembre. Per questioni urgenti "
  "scrivere a marco.bianchi@officineventura.it.\n\nElena Greco", sender="Elena Greco <e.greco@officineventura.it>")

# --- Delivery and read notices ------------------------------------------------------------
p("dsn_postfix", "en", "dsn", "This is the mail system at host mx.quillon.io.\n\nI'm sorry to have to inform you "
  "that your message could not be delivered to one or more recipients.\n\n<dan.ortiz@quillon.io>: host "
  "mx.quillon.io said: 550 5.1.1 User unknown", raw="dsn",
  sender="Mail Delivery System <MAILER-DAEMON@mx.quillon.io>", subject="Undelivered Mail Returned to Sender")
p("dsn_exchange_de", "de", "dsn", "Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.\n\nBetreff: "
  "Vielen Dank für das Gespräch\n\nDie Nachricht konnte an folgende Empfänger nicht übermittelt werden: "
  "j.weber@falkenried.de", raw="dsn", sender="Microsoft Outlook <postmaster@falkenried.de>",
  subject="Unzustellbar: Vielen Dank für das Gespräch")
p("dsn_plain_fr", "fr", "dsn", "Votre message n'a pas pu être remis à sophie.laurent@cassiopee-assurances.fr.\n\n"
  "La boîte aux lettres du destinataire est pleine. Nouvelle tentative dans 4 heures.\n\nSujet : Merci pour "
  "l'entretien", sender="postmaster@cassiopee-assurances.fr", subject="Remise différée : Merci pour l'entretien")
p("dsn_gmail", "es", "dsn", "No se ha podido entregar el mensaje a lucia.moreno@alcazar-grupo.es porque la "
  "dirección no existe.\n\nEl servidor respondió: 550 5.1.1 The email account that you tried to reach does "
  "not exist.", raw="dsn", sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  subject="Delivery Status Notification (Failure)")
p("mdn_en", "en", "read", "Your message\n\n  To: maya.chen@quillon.io\n  Subject: Thank you - Platform Engineer "
  "interview\n\nwas read on 10 November 2026 09:12.", raw="mdn", subject="Read: Thank you - Platform Engineer interview")
p("mdn_de", "de", "read", "Ihre Nachricht\n\n  An: j.weber@falkenried.de\n  Betreff: Vielen Dank für das "
  "Gespräch\n\nwurde am 10.11.2026 um 09:12 gelesen.", raw="mdn", subject="Gelesen: Vielen Dank für das Gespräch")
p("mdn_fr", "fr", "read", "Votre message\n\n  À : sophie.laurent@cassiopee-assurances.fr\n  Objet : Merci pour "
  "l'entretien\n\na été lu le 10/11/2026 à 09:12.", raw="mdn", subject="Lu : Merci pour l'entretien")
p("mdn_nl", "nl", "read", "Uw bericht\n\n  Aan: p.jansen@tulpenveld.nl\n  Onderwerp: Bedankt voor het gesprek\n\n"
  "is gelezen op 10-11-2026 09:12.", raw="mdn", subject="Gelezen: Bedankt voor het gesprek")

# --- A calendar answer to the user's own invitation ---------------------------------------
for _lang, _word in (("en", "Accepted"), ("de", "Angenommen"), ("fr", "Accepté"), ("es", "Aceptado"),
                     ("nl", "Geaccepteerd"), ("it", "Accettato"), ("pt", "Aceite")):
    _e = EMPLOYERS[_lang]
    p(f"accepted_{_lang}", _lang, "calendar_reply", f"{_e.contact.split(' <')[0]} {_word.lower()}.",
      subject=f"{_word}: Call Alex Doe / {_e.company} @ Fri 20 Nov 2026 15:00", raw="ics_reply", thread=False)

# --- watcher's own digest, the user's own mail come back, a list copy, job alerts -----------
p("digest_header", "en", "own", "Quillon Systems replied: next step - Maya Chen wrote on 12 Nov\n"
  "Follow up with Tulpenveld today - no answer for 7 working days", sender=ME,
  subject="2 interview updates: Quillon Systems replied, follow up with Tulpenveld", thread=False,
  headers={"X-Watcher-Notice": "digest", "Auto-Submitted": "auto-generated"})
p("digest_id_only", "de", "own", "Falkenried Maschinenbau GmbH replied: other - Jonas Weber wrote on 12 Nov",
  sender=ME, subject="Falkenried Maschinenbau GmbH replied: other", thread=False, raw="digest_id")
p("bcc_copy_en", "en", "own", "Hi Maya,\n\nI wanted to check in on the Platform Engineer role - is there any "
  "news on your side? Happy to answer any question.\n\nBest,\nAlex", sender=ME,
  subject="Checking in - Platform Engineer", raw="copy")
p("bcc_copy_fr", "fr", "own", "Bonjour Sophie,\n\nJe me permets de revenir vers vous concernant le poste "
  "d'analyste de données. Avez-vous des nouvelles ?\n\nBien cordialement,\nAlex Doe", sender=ME,
  subject="Suite à notre entretien", raw="copy")
p("list_copy_en", "en", "list", "Hi Maya,\n\nFollowing up on my interview for the Platform Engineer role. Could "
  "you let me know where things stand?\n\nBest,\nAlex", sender="'Alex Doe' via Quillon Hiring <hiring@quillon.io>",
  subject="Re: Thank you - Platform Engineer interview",
  headers={"List-Id": "<hiring.quillon.io>", "X-Original-Sender": USER, "Reply-To": ME,
           "Precedence": "list", "Mailing-list": "list hiring@quillon.io; contact hiring+owners@quillon.io"})
p("list_copy_nl", "nl", "list", "Hoi Pieter,\n\nIk wilde even navragen hoe het ervoor staat met de functie van "
  "backend-ontwikkelaar.\n\nGroet,\nAlex", sender="Alex Doe via Werving <werving@tulpenveld.nl>",
  subject="Re: Bedankt voor het gesprek",
  headers={"List-Id": "Werving <werving.tulpenveld.nl>", "X-Original-From": ME, "Reply-To": ME})
_ALERTS = {
    "en": ("New jobs at Quillon Systems that match your profile", "Hi Alex,\n\nWe found 3 new jobs at Quillon "
           "Systems that match your saved search:\n\n- Senior Platform Engineer (Berlin)\n- Site Reliability "
           "Engineer (Remote)\n- Staff Backend Engineer (Berlin)\n\nView all jobs: https://careers.quillon.io\n\n"
           "Manage your job alerts in your candidate profile."),
    "de": ("Neue Stellenangebote bei Falkenried", "Hallo Alex Doe,\n\nes gibt neue Stellen, die zu Ihrem "
           "Suchauftrag passen:\n\n- Embedded-Entwickler (m/w/d)\n- Teamleiter Software (m/w/d)\n\nAlle "
           "Stellen ansehen: https://karriere.falkenried.de\n\nIhren Job-Alarm können Sie jederzeit ändern."),
    "fr": ("Nouvelles offres chez Cassiopée Assurances", "Bonjour Alex,\n\nDe nouvelles offres correspondent à "
           "votre alerte emploi :\n\n- Data Engineer (Lyon)\n- Actuaire junior (Paris)\n\nVoir les offres : "
           "https://carrieres.cassiopee-assurances.fr\n\nGérer mes alertes."),
    "es": ("Nuevas ofertas en Grupo Alcázar", "Hola Alex,\n\nHay nuevas ofertas que encajan con tu alerta de "
           "empleo:\n\n- Analista BI (Sevilla)\n- Ingeniero de datos senior (Madrid)\n\nVer ofertas: "
           "https://empleo.alcazar-grupo.es\n\nGestionar mis alertas."),
    "nl": ("Nieuwe vacatures bij Tulpenveld", "Hoi Alex,\n\nEr zijn nieuwe vacatures die passen bij je "
           "zoekopdracht:\n\n- Frontend-ontwikkelaar (Utrecht)\n- DevOps Engineer (Amsterdam)\n\nBekijk alle "
           "vacatures: https://werkenbij.tulpenveld.nl\n\nJe vacature-alert beheren."),
    "it": ("Nuove offerte di lavoro da Officine Ventura", "Ciao Alex,\n\nci sono nuove posizioni in linea con il "
           "tuo avviso:\n\n- Sviluppatore Java (Torino)\n- Data Analyst (Milano)\n\nVedi tutte le offerte: "
           "https://carriere.officineventura.it\n\nGestisci i tuoi avvisi."),
    "pt": ("Novas vagas na Azulejo Digital", "Olá Alex,\n\nTemos novas vagas que correspondem ao seu alerta:\n\n"
           "- Engenheiro de Dados (Lisboa)\n- Product Designer (Porto)\n\nVer todas as vagas: "
           "https://carreiras.azulejodigital.pt\n\nGerir os meus alertas."),
}
for _lang, (_subject, _body) in _ALERTS.items():
    p(f"alert_{_lang}", _lang, "job_alert", _body, thread=False, subject=_subject,
      sender=f"{EMPLOYERS[_lang].company} <jobs@{EMPLOYERS[_lang].domain}>")

# --- Holding replies, receipts and absences in other words (a second batch) -----------------
p("hold2_en_1", "en", "holding", "Hi Alex,\n\nJust wanted to let you know we haven't forgotten about you! The team "
  "is still finalising things.\n\nSpeak soon,\nMaya")
p("hold2_en_2", "en", "holding", "Hey Alex - no update from my side yet, still waiting to hear from the hiring "
  "manager. Will ping you once I do.\n\nMaya")
p("hold2_en_3", "en", "holding", "Thanks for checking in, Alex. Nothing to report just yet - we should know more "
  "after the panel meets.\n\nMaya")
p("hold2_en_4", "en", "holding", "Appreciate the nudge! It's taking longer than we hoped on our side, so hang "
  "tight.\n\nMaya")
p("got2_en", "en", "receipt", "Noted, thanks Alex.\n\nMaya")
p("hold2_de_1", "de", "holding", "Hallo Herr Doe,\n\nkurze Zwischeninfo: Wir haben noch keine Entscheidung "
  "getroffen. Ich melde mich, sobald es Neuigkeiten gibt.\n\nViele Grüße\nJonas Weber")
p("hold2_de_2", "de", "holding", "Hallo Herr Doe,\n\ndanke für die Nachfrage! Der Prozess dauert leider noch "
  "etwas.\n\nGruß\nJonas Weber")
p("hold2_de_3", "de", "holding", "Hallo Herr Doe,\n\nich habe Ihre Nachricht an den Fachbereich weitergegeben und "
  "komme dann auf Sie zu.\n\nJonas Weber")
p("got2_de", "de", "receipt", "Hallo Herr Doe,\n\nvielen Dank, habe ich mir notiert.\n\nJonas Weber")
p("hold2_fr_1", "fr", "holding", "Bonjour Alex,\n\nMerci pour votre relance. Nous n'avons pas encore pris de "
  "décision, je reviens vers vous rapidement.\n\nSophie")
p("hold2_fr_2", "fr", "holding", "Bonjour Alex,\n\nJe n'ai pas oublié votre dossier ! L'équipe est encore en "
  "réflexion.\n\nSophie")
p("got2_fr", "fr", "receipt", "C'est noté, merci Alex.\n\nSophie")
p("hold2_es_1", "es", "holding", "Hola Alex,\n\nGracias por escribir. Seguimos con el proceso y en cuanto haya una "
  "decisión te aviso.\n\nLucía")
p("hold2_es_2", "es", "holding", "Hola Alex,\n\nNo me olvido de ti. El equipo todavía está valorando los "
  "perfiles.\n\nLucía")
p("got2_es", "es", "receipt", "Anotado, ¡gracias Alex!\n\nLucía")
p("hold2_nl_1", "nl", "holding", "Hoi Alex,\n\nDank voor je berichtje! We zijn nog in overleg, ik hoop je volgende "
  "week meer te kunnen vertellen.\n\nPieter")
p("hold2_nl_2", "nl", "holding", "Hoi Alex,\n\nNog even geduld alsjeblieft, de beslissing is nog niet genomen."
  "\n\nPieter")
p("got2_nl", "nl", "receipt", "Genoteerd, dank je Alex.\n\nPieter")
p("hold2_it_1", "it", "holding", "Ciao Alex,\n\ngrazie per averci scritto. Non abbiamo ancora preso una decisione; "
  "ti aggiornerò appena possibile.\n\nMarco")
p("hold2_it_2", "it", "holding", "Ciao Alex,\n\nnon mi sono dimenticato di te! Il team sta ancora valutando.\n\n"
  "Marco")
p("got2_it", "it", "receipt", "Preso nota, grazie Alex.\n\nMarco")
p("hold2_pt_1", "pt", "holding", "Olá Alex,\n\nobrigada pelo contacto. Ainda não tomámos uma decisão; dou notícias "
  "assim que possível.\n\nAna")
p("hold2_pt_2", "pt", "holding", "Olá Alex,\n\nnão me esqueci de si! A equipa ainda está a avaliar.\n\nAna")
p("got2_pt", "pt", "receipt", "Anotado, obrigada Alex.\n\nAna")
p("ooo2_en", "en", "ooo", "Thanks for your note. I'm currently travelling with limited connectivity and will "
  "respond on my return on 24 November.\n\nMaya")
p("ooo2_en_leave", "en", "ooo", "Hello,\n\nI am on parental leave until March 2027. For recruiting questions "
  "please write to talent@quillon.io.\n\nMaya Chen")
p("ooo2_de", "de", "ooo", "Guten Tag,\n\nich bin ab dem 24.11. wieder im Büro und beantworte Ihre Nachricht "
  "dann.\n\nJonas Weber")
p("ooo2_fr", "fr", "ooo", "Bonjour,\n\nJe suis actuellement en déplacement et je répondrai à votre message à "
  "mon retour le 24 novembre.\n\nSophie Laurent")
p("ooo2_es", "es", "ooo", "Hola,\n\nEstoy de baja hasta el 24 de noviembre. Para temas urgentes, escribe a "
  "seleccion@alcazar-grupo.es.\n\nLucía Moreno")
p("ooo2_nl", "nl", "ooo", "Hallo,\n\nIk ben met ouderschapsverlof tot 1 maart. Voor vragen over vacatures kun je "
  "mailen naar recruitment@tulpenveld.nl.\n\nPieter Jansen")
p("ooo2_it", "it", "ooo", "Buongiorno,\n\nsono in maternità fino a marzo 2027. Per informazioni sulle selezioni "
  "scrivere a hr@officineventura.it.\n\nMarco Bianchi")
p("ooo2_pt", "pt", "ooo", "Olá,\n\nEstou ausente até 24 de novembro, sem acesso ao correio eletrónico.\n\n"
  "Ana Ferreira")

# --- Mail programs' own notices and a person's survey (a third batch) ------------------------
p("survey2_en_person", "en", "survey", "Hi Alex,\n\nThanks again for interviewing with us. Could you spare two "
  "minutes to rate your interview experience? https://survey.quillon.io/cx/8812\n\nMaya")
p("survey2_de_person", "de", "survey", "Hallo Herr Doe,\n\nhätten Sie zwei Minuten, um uns Feedback zu Ihrem "
  "Bewerbungsprozess zu geben? Hier geht es zur Umfrage: https://umfrage.falkenried.de/b/31\n\nJonas Weber")
p("survey2_es_person", "es", "survey", "Hola Alex,\n\n¿Podrías dedicar dos minutos a valorar tu experiencia en "
  "nuestro proceso de selección? Aquí tienes la encuesta: https://encuesta.alcazar-grupo.es/7\n\nLucía")
p("recall_en", "en", "recall", "Maya Chen would like to recall the message, \"Re: Thank you - Platform Engineer "
  "interview\".", subject="Recall: Re: Thank you - Platform Engineer interview", thread=False,
  headers={"X-Mailer": "Microsoft Outlook 16.0"})
p("recall_de", "de", "recall", "Jonas Weber möchte die Nachricht \"AW: Vielen Dank für das Gespräch\" "
  "zurückrufen.", subject="Rückruf: AW: Vielen Dank für das Gespräch", thread=False,
  headers={"X-Mailer": "Microsoft Outlook 16.0"})
p("read_plain_en", "en", "read", "Your message\n\nTo: Maya Chen\nSubject: Thank you - Platform Engineer interview\n"
  "Sent: Monday, 2 November 2026 17:00:00 (UTC+01:00)\n\nwas read on Tuesday, 3 November 2026 09:12:40 "
  "(UTC+01:00).", subject="Read: Thank you - Platform Engineer interview", thread=False)
p("notread_en", "en", "read", "Your message\n\nTo: Maya Chen\nSubject: Thank you - Platform Engineer interview\n"
  "Sent: Monday, 2 November 2026 17:00:00 (UTC+01:00)\n\nwas deleted without being read on Tuesday, 3 November "
  "2026 09:12:40 (UTC+01:00).", subject="Not read: Thank you - Platform Engineer interview", thread=False)
p("delivered_en", "en", "dsn", "Your message has been delivered to the following recipients:\n\nMaya Chen "
  "(maya.chen@quillon.io)\n\nSubject: Thank you - Platform Engineer interview",
  sender="Microsoft Outlook <postmaster@quillon.io>", subject="Delivered: Thank you - Platform Engineer interview",
  thread=False)
p("read_plain_it", "it", "read", "Il messaggio\n\nA: Marco Bianchi\nOggetto: Grazie per il colloquio\n\nè stato "
  "letto il giorno martedì 10 novembre 2026 09:12.", subject="Letto: Grazie per il colloquio", thread=False)
p("read_plain_pt", "pt", "read", "A sua mensagem\n\nPara: Ana Ferreira\nAssunto: Obrigado pela entrevista\n\nfoi "
  "lida em terça-feira, 10 de novembro de 2026 09:12.", subject="Lida: Obrigado pela entrevista", thread=False)
p("calendly_en", "en", "reminder", "Hi Alex Doe,\n\nThis is a reminder that your Second interview with Maya Chen "
  "is coming up in 24 hours.\n\nEvent: Second interview - Quillon Systems\nDate: Tuesday, 17 November 2026, "
  "10:00 - 10:45 (Central European Time)\n\nNeed to make changes? Cancel or reschedule.", thread=False,
  sender="Calendly <notifications@calendly.com>", subject="Reminder: Second interview - Quillon Systems tomorrow")
p("zoom_nl", "nl", "reminder", "Hallo Alex,\n\nHerinnering: je Zoom-vergadering \"Tweede gesprek Tulpenveld\" "
  "begint over 1 uur.\n\nTijd: 17 nov 2026 10:00 Amsterdam\nDeelnemen: https://zoom.us/j/9911", thread=False,
  sender="Zoom <no-reply@zoom.us>", subject="Herinnering: Tweede gesprek Tulpenveld begint over 1 uur")
p("ooo_html_fr", "fr", "ooo", "", subject="RE: Merci pour l'entretien",
  html="<html><body><div>Bonjour,</div><div>Je suis absente jusqu'au lundi 23 novembre inclus. Je traiterai "
       "votre message à mon retour.</div><div>Cordialement,<br>Sophie Laurent</div></body></html>",
  raw="html_only", headers={"X-Mailer": "Microsoft Outlook 16.0"})

# --- The shortest receipts, and platforms' notices with no news (a fourth batch) -----------
for _lang, _words in (("en", "Perfect, thanks!"), ("de", "Super, danke!"), ("fr", "Parfait, merci !"),
                      ("es", "¡Perfecto, gracias!"), ("nl", "Top, dank je!"), ("it", "Perfetto, grazie!"),
                      ("pt", "Perfeito, obrigada!")):
    p(f"got3_{_lang}", _lang, "receipt", f"{_words}\n\n{EMPLOYERS[_lang].contact.split(' ')[0]}")
p("got4_en", "en", "receipt", "Thanks Alex, that's helpful.\n\nMaya")
p("got4_de", "de", "receipt", "Danke, das hilft mir weiter.\n\nJonas Weber")
p("avail_en", "en", "platform", "Hi Alex,\n\nThanks, we've received your availability for your interview with "
  "Quillon Systems. You'll receive a calendar invitation once the interview is scheduled.\n\nQuillon Systems via "
  "GoodTime", thread=False, sender="Quillon Systems <no-reply@goodtime.io>", subject="Availability received")
p("gh_status_en", "en", "platform", "Hi Alex,\n\nThis is a quick note to let you know that your application for "
  "Platform Engineer at Quillon Systems is still under review. We appreciate your patience.\n\nQuillon Systems",
  thread=False, sender="Quillon Systems <no-reply@us.greenhouse-mail.io>",
  subject="Update on your Quillon Systems application")
p("personio_de", "de", "platform", "Hallo Alex Doe,\n\nvielen Dank für Ihre Geduld. Ihre Bewerbung als "
  "Softwareentwickler bei der Falkenried Maschinenbau GmbH befindet sich weiterhin im Auswahlprozess.\n\n"
  "Ihr Falkenried-Team", thread=False, sender="Falkenried Maschinenbau GmbH <noreply@personio.de>",
  subject="Ihre Bewerbung bei Falkenried Maschinenbau GmbH")
p("teamtailor_nl", "nl", "platform", "Hoi Alex,\n\nWe willen je even laten weten dat we je sollicitatie voor "
  "Backend-ontwikkelaar bij Tulpenveld nog steeds in behandeling hebben.\n\nGroet,\nTulpenveld",
  thread=False, sender="Tulpenveld <no-reply@teamtailor-mail.com>", subject="Je sollicitatie bij Tulpenveld")
p("smartr_fr", "fr", "platform", "Bonjour Alex,\n\nVotre candidature au poste d'analyste de données chez "
  "Cassiopée Assurances est toujours en cours d'étude. Nous reviendrons vers vous dès que possible.\n\n"
  "Cassiopée Assurances", thread=False, sender="Cassiopée Assurances <noreply@smartrecruiters.com>",
  subject="Votre candidature chez Cassiopée Assurances")
p("lever_es", "es", "platform", "Hola Alex,\n\nQueríamos informarte de que tu candidatura para Ingeniera de datos "
  "en Grupo Alcázar sigue en proceso de revisión.\n\nGrupo Alcázar", thread=False,
  sender="Grupo Alcázar <no-reply@hire.lever.co>", subject="Tu candidatura en Grupo Alcázar")
p("workday_it", "it", "platform", "Gentile Alex,\n\nla informiamo che la sua candidatura per Sviluppatore Python "
  "presso Officine Ventura è ancora in fase di valutazione.\n\nOfficine Ventura", thread=False,
  sender="Officine Ventura <officineventura@myworkday.com>", subject="La sua candidatura")
p("recruitee_pt", "pt", "platform", "Olá Alex,\n\nQueremos informar que a sua candidatura para Engenheira de "
  "Software na Azulejo Digital continua em análise.\n\nAzulejo Digital", thread=False,
  sender="Azulejo Digital <no-reply@recruitee.com>", subject="A sua candidatura na Azulejo Digital")

# --- Look-alikes that do hear back ---------------------------------------------------------
p("yes_hold_question_en", "en", "holding+question", "Hi Alex,\n\nStill waiting on the team, I'll get back to you "
  "by Friday. In the meantime, could you tell me your notice period?\n\nMaya", heard=True)
p("yes_hold_question_de", "de", "holding+question", "Hallo Herr Doe,\n\nwir stimmen uns noch intern ab. Könnten "
  "Sie mir vorab Ihre Gehaltsvorstellung nennen?\n\nViele Grüße\nJonas Weber", heard=True)
p("yes_hold_question_fr", "fr", "holding+question", "Bonjour Alex,\n\nJe reviens vers vous vendredi. D'ici là, "
  "pourriez-vous m'envoyer les coordonnées de deux références ?\n\nSophie", heard=True)
p("yes_hold_question_es", "es", "holding+question", "Hola Alex,\n\nAún no hay novedades, pero ¿podrías indicarme "
  "tu disponibilidad para incorporarte?\n\nLucía", heard=True)
p("yes_hold_question_nl", "nl", "holding+question", "Hoi Alex,\n\nNog geen nieuws, maar mag ik vragen wat je "
  "opzegtermijn is?\n\nPieter", heard=True)
p("yes_remind_moved_en", "en", "reminder+moved", "Hi Alex,\n\nA reminder about your final interview with Quillon "
  "Systems: it has been moved to Thursday 19 November at 14:00 CET (it was on Tuesday). Please let us know if "
  "the new time does not work.\n\nQuillon Systems Recruiting", heard=True, thread=False,
  sender="Quillon Recruiting <recruiting@quillon.io>", subject="Reminder: your interview has been rescheduled")
p("yes_remind_moved_de", "de", "reminder+moved", "Hallo Herr Doe,\n\nzur Erinnerung an unser Gespräch: Leider "
  "müssen wir den Termin verschieben. Neuer Vorschlag: Donnerstag, 19.11., 14 Uhr. Passt Ihnen das?\n\n"
  "Jonas Weber", heard=True, subject="Terminverschiebung zweites Gespräch")
p("yes_remind_book_nl", "nl", "reminder+book", "Hoi Alex,\n\nHerinnering: je hebt je tweede gesprek nog niet "
  "ingepland. Kies via deze link een moment dat je past: https://tulpenveld.nl/plan/alex\n\nPieter",
  heard=True, subject="Herinnering: plan je tweede gesprek in")
p("yes_got_request_it", "it", "receipt+request", "Ciao Alex,\n\nricevuto, grazie. Mi manderesti anche il "
  "portfolio aggiornato?\n\nMarco", heard=True)
p("yes_got_next_pt", "pt", "receipt+next", "Olá Alex,\n\nrecebido, obrigada! A equipa gostou muito e gostaríamos "
  "de marcar uma segunda entrevista. Que dias lhe dão jeito na próxima semana?\n\nAna", heard=True)
p("yes_leave_offer_en", "en", "ooo+offer", "Hi Alex,\n\nI'm on leave until Monday but wanted to let you know "
  "quickly: we'd like to make you an offer for the Platform Engineer role! Details to follow next week.\n\n"
  "Maya", heard=True)
p("yes_survey_reject_fr", "fr", "survey+decision", "Bonjour Alex,\n\nNous avons le regret de vous informer que "
  "votre candidature au poste d'analyste de données n'a pas été retenue. Votre avis compte : répondez à notre "
  "questionnaire sur votre expérience candidat.\n\nCassiopée Assurances", heard=True, thread=False,
  sender="Cassiopée Recrutement <recrutement@cassiopee-assurances.fr>", subject="Votre candidature")
p("yes_status_reject_es", "es", "status+decision", "Hola Alex,\n\nEl estado de tu candidatura al puesto de "
  "ingeniera de datos en Grupo Alcázar ha cambiado: lamentablemente, no continuarás en el proceso de selección."
  "\n\nGrupo Alcázar", heard=True, thread=False, sender="Grupo Alcázar Empleo <empleo@alcazar-grupo.es>",
  subject="Actualización del estado de tu candidatura")
p("yes_sorry_next_it", "it", "holding+next", "Ciao Alex,\n\nscusa il ritardo! Finalmente ho notizie: il team "
  "vorrebbe incontrarti per un secondo colloquio. Sei disponibile martedì pomeriggio?\n\nMarco", heard=True)
p("yes_sorry_reject_pt", "pt", "holding+decision", "Olá Alex,\n\ndesculpe a demora. Infelizmente decidimos "
  "avançar com outra candidata para esta vaga.\n\nAna", heard=True)
p("yes_got_final_en", "en", "receipt+next", "Thanks, got it - and good news: the team wants to move you to the "
  "final round. Can you do Wednesday or Thursday?\n\nMaya", heard=True)
p("yes_counter_en", "en", "calendar+moved", "Maya Chen has proposed a new time for this meeting: Monday 23 Nov "
  "2026 11:00.", heard=True, subject="New Time Proposed: Call Alex Doe / Quillon Systems @ Fri 20 Nov 2026 15:00",
  raw="ics_counter", thread=False)

PROBES = tuple(_PROBES)
BY_NAME = {probe.name: probe for probe in PROBES}


def _message_id(probe: Probe) -> str:
    return f"<{probe.name}@probe.{probe.employer.domain}>"


def _sender(probe: Probe) -> str:
    return probe.sender or probe.employer.contact


def _subject(probe: Probe) -> str:
    return probe.subject or f"Re: {probe.employer.thanks_subject}"


def _thanks(employer: Employer) -> bytes:
    message = EmailMessage()
    message["From"] = ME
    message["To"] = employer.contact
    message["Subject"] = employer.thanks_subject
    message["Date"] = format_datetime(day(employer.interview_day, 17))
    message["Message-ID"] = employer.thanks_id
    message.set_content(employer.thanks_body)
    return bytes(message)


def _original_headers(employer: Employer) -> str:
    return (f"From: {ME}\nTo: {employer.contact}\nSubject: {employer.thanks_subject}\n"
            f"Message-ID: {employer.thanks_id}\nDate: {format_datetime(day(employer.interview_day, 17))}\n")


def _calendar(probe: Probe, method: str, status: str) -> str:
    e = probe.employer
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
            f"METHOD:{method}\r\nBEGIN:VEVENT\r\nUID:call-{e.id}@example.org\r\n"
            f"ATTENDEE;PARTSTAT={status}:mailto:{e.address}\r\nORGANIZER:mailto:{USER}\r\n"
            "DTSTART:20261120T140000Z\r\nDTEND:20261120T143000Z\r\n"
            f"SUMMARY:Call Alex Doe / {e.company}\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def build(probe: Probe, when: datetime) -> tuple[bytes, bool]:
    """The probe as its mail program writes it: (raw bytes, goes to the sent folder)."""
    e = probe.employer
    head = (f"From: {_sender(probe)}\nTo: {ME}\nSubject: {_subject(probe)}\nDate: {format_datetime(when)}\n"
            f"Message-ID: {_message_id(probe)}\nMIME-Version: 1.0\n")
    if probe.raw in ("dsn", "mdn"):
        report = "delivery-status" if probe.raw == "dsn" else "disposition-notification"
        if probe.raw == "dsn":
            status = (f"Reporting-MTA: dns; mx.{e.domain}\n\nFinal-Recipient: rfc822; {e.address}\n"
                      "Action: failed\nStatus: 5.1.1\n")
        else:
            status = (f"Reporting-UA: {e.domain}; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;"
                      f" {e.address}\nOriginal-Message-ID: {e.thanks_id}\n"
                      "Disposition: manual-action/MDN-sent-manually; displayed\n")
        text = (head + f'Content-Type: multipart/report; report-type={report}; boundary="b1"\n'
                + ("Auto-Submitted: auto-replied\n" if probe.raw == "dsn" and "postfix" in probe.name else "")
                + f"\n--b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{probe.body}\n"
                f"\n--b1\nContent-Type: message/{report}\n\n{status}\n"
                f"--b1\nContent-Type: text/rfc822-headers\n\n{_original_headers(e)}\n--b1--\n")
        return text.encode(), False
    if probe.raw in ("ics_reply", "ics_counter"):
        method, status = ("REPLY", "ACCEPTED") if probe.raw == "ics_reply" else ("COUNTER", "TENTATIVE")
        text = (head + 'Content-Type: multipart/alternative; boundary="b2"\n\n'
                f"--b2\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{probe.body}\n\n"
                f'--b2\nContent-Type: text/calendar; charset=utf-8; method={method}\nContent-Transfer-Encoding: 8bit\n\n'
                f"{_calendar(probe, method, status)}\n--b2--\n")
        return text.encode(), False
    message = EmailMessage()
    message["From"] = _sender(probe)
    if probe.raw == "copy":
        # The user's own mail, with the user on Bcc (or Cc): the copy lands in the inbox.
        message["To"] = e.contact
        message["Cc"] = ME
    else:
        message["To"] = ME
    message["Subject"] = _subject(probe)
    message["Date"] = format_datetime(when)
    message["Message-ID"] = (f"<20261112.{probe.name}.digest@notice.watcher.invalid>" if probe.raw == "digest_id"
                             else _message_id(probe))
    if probe.thread:
        message["In-Reply-To"] = e.thanks_id
        message["References"] = e.thanks_id
    for name, value in probe.headers.items():
        message[name] = value
    body = probe.body
    if probe.thread and probe.group not in ("own", "list"):
        quoted = "\n".join("> " + line for line in e.thanks_body.splitlines())
        body += f"\n\nOn {format_datetime(day(e.interview_day, 17))}, Alex Doe <{USER}> wrote:\n{quoted}\n"
    if probe.raw == "html_only":
        message.set_content(probe.html, subtype="html")  # as Outlook sends some: no plain part
    else:
        message.set_content(body)
        if probe.html:
            message.add_alternative(probe.html, subtype="html")
    return bytes(message), False


def interviews() -> str:
    return "\n".join(e.table() for e in EMPLOYERS.values())


def mailbox_contents() -> list[tuple[bytes, bool]]:
    mail = [(_thanks(e), True) for e in EMPLOYERS.values()]
    for index, probe in enumerate(PROBES):
        mail.append(build(probe, day(10 + index % 14, 9 + index % 8, index % 60)))
    return mail


def test_the_probes_are_sound() -> None:
    """Over a hundred messages with no news and a dozen look-alikes, in seven languages, each named once."""
    assert len(BY_NAME) == len(PROBES)
    assert sum(not probe.heard for probe in PROBES) >= 100
    assert sum(probe.heard for probe in PROBES) >= 12
    assert {probe.lang for probe in PROBES} == set(EMPLOYERS)
    for lang in EMPLOYERS:
        groups = {probe.group for probe in PROBES if probe.lang == lang and not probe.heard}
        assert {"holding", "receipt", "reminder", "status", "survey", "ooo", "calendar_reply",
                "job_alert", "completed"} <= groups, lang


_SCANS: dict[str, dict[str, dict[str, Any]]] = {}


def scanned(mode: str, request: pytest.FixtureRequest, root: Path) -> dict[str, dict[str, Any]]:
    """The whole mailbox, scanned once per mode: probe name -> its report entry ({} when unlisted)."""
    if mode not in _SCANS:
        listed = entries_by_message_id(mode, request, root, interviews(), mailbox_contents())
        _SCANS[mode] = {probe.name: listed.get(_message_id(probe), {}) for probe in PROBES}
        for probe in PROBES:
            if probe.raw == "digest_id":
                _SCANS[mode][probe.name] = next(
                    (entry for mid, entry in listed.items() if probe.name in mid), {})
    return _SCANS[mode]


# Known misses, each failing strictly until fixed: probe -> why.
KNOWN_MISSES: dict[str, str] = {}


def _marks(name: str) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[name])] if name in KNOWN_MISSES else []


@pytest.mark.parametrize("mode", ["maildir", "imap"])
@pytest.mark.parametrize("name", [pytest.param(probe.name, marks=_marks(probe.name)) for probe in PROBES])
def test_no_news_is_not_hearing_back(name: str, mode: str, request: pytest.FixtureRequest, tmp_path) -> None:
    probe = BY_NAME[name]
    entry = scanned(mode, request, tmp_path)[name]
    interview = entry.get("interview")
    assert interview in (None, "", probe.employer.id), ("tied to another interview", interview)
    heard = bool(interview) and entry.get("direction") == "received" and entry.get("kind") in HEARD_BACK_KINDS
    why = (probe.group, probe.lang, interview, entry.get("kind"), entry.get("reasons"))
    if probe.heard:
        assert heard, why
    else:
        assert not heard, why
