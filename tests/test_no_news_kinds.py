"""Mail that brings no news, by kind, in seven languages, read through a real scan.

Seven interviews (one employer per language: en, de, fr, es, nl, it, pt), the user's
thank-you note to each, and for every employer the mail it, its recruiter or its platform
sends that a careful reader does not count as hearing back: a person's holding reply ("I'll
get back to you after I talk with the team", "still waiting for the hiring manager", "we're
running late"), a holiday typed by hand, an automatic reminder of a step already booked, a
candidate-experience survey, a data-retention notice, an account or password mail, a portal
"your status changed, log in to see", a job alert, a newsletter, a talent-community mailing
with its list footer, a delivery report (DSN), a read receipt (MDN), the interviewer's
calendar answer to the user's own invitation, an Outlook recall, a video-call reminder of a
call already booked, and an out-of-office reply without auto-reply headers or subject prefix.
Beside them stand messages that look like these and do bring news (a holding reply that asks
a question, a reminder that moves the interview, a data notice after a decision, a holiday
note that invites to the next round, a portal mail that states the decision, an apology for
the delay that makes an offer), so that silence everywhere cannot pass.

Hearing back cancels the user's follow-ups: a no-news message must never be tied with a kind
of ``HEARD_BACK_KINDS`` (it may be tied with another kind, held for review or left untied);
a news message must be tied to its interview with a kind of ``HEARD_BACK_KINDS``. Tied to
another interview is wrong whatever the kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from tests.corpus_scan import USER, entries_by_message_id
from tests.no_news_employers import Employer, by_lang
from tests.test_no_news_mail import ME
from tests.test_no_news_mail import day as moment
from watcher.model import HEARD_BACK_KINDS


# Interviews at 11:00; the thank-you notes' Message-IDs at mail.example.org.
EMPLOYERS = by_lang(*(Employer(*row, interview_hour=11, thanks_domain="mail.example.org") for row in (
    ("en", "harwick", "Harwick Labs", "Site Reliability Engineer", "Daniel Okafor <daniel.okafor@harwicklabs.com>",
     "Thank you - SRE interview",
     "Hi Daniel,\n\nThanks again for walking me through the on-call setup today. I enjoyed it.\n\nBest,\nAlex", 9),
    ("de", "brunnhofer", "Brunnhofer Logistik GmbH", "Data Engineer", "Katrin Vogel <k.vogel@brunnhofer-logistik.de>",
     "Danke für das Gespräch",
     "Hallo Frau Vogel,\n\nvielen Dank für das offene Gespräch heute.\n\nViele Grüße\nAlex Doe", 10),
    ("fr", "verlaine", "Maison Verlaine", "Chef de projet digital",
     "Camille Rousseau <camille.rousseau@maison-verlaine.fr>", "Merci pour notre échange",
     "Bonjour Camille,\n\nMerci pour notre échange de ce matin.\n\nBien cordialement,\nAlex Doe", 11),
    ("es", "olmedo", "Cerámicas Olmedo", "Analista de sistemas", "Javier Ruiz <jruiz@ceramicasolmedo.es>",
     "Gracias por la entrevista de hoy",
     "Hola Javier,\n\nGracias por la entrevista de hoy, me gustó mucho conocer al equipo.\n\nUn saludo,\nAlex", 12),
    ("nl", "dijkstra", "Dijkstra Havens", "Data-analist", "Sanne de Vries <sanne.devries@dijkstrahavens.nl>",
     "Bedankt voor het gesprek van vandaag",
     "Hoi Sanne,\n\nBedankt voor het prettige gesprek van vandaag.\n\nGroet,\nAlex", 13),
    ("it", "ferraresi", "Ferraresi Automazione", "Ingegnere software",
     "Giulia Romano <g.romano@ferraresi-automazione.it>", "Grazie per il colloquio di oggi",
     "Buongiorno Giulia,\n\ngrazie per il colloquio di oggi.\n\nCordiali saluti,\nAlex Doe", 16),
    ("pt", "caravela", "Caravela Seguros", "Analista de dados", "João Martins <joao.martins@caravelaseguros.pt>",
     "Obrigado pela entrevista",
     "Olá João,\n\nObrigado pela entrevista de hoje.\n\nCumprimentos,\nAlex Doe", 17),
)))


@dataclass(frozen=True)
class Probe:
    """One received message. ``heard``: a careful reader counts it as hearing back.
    ``sender``: "" for the logged contact, else a display address ("{d}" is the employer's
    domain, "{c}" its company). ``subject``: "" for "Re: " + the thank-you note's subject.
    ``thread``: answers the thank-you note. ``shape``: "plain", "html", "dsn", "mdn",
    "ics_reply" or "list" (how its mail program writes it)."""

    name: str
    lang: str
    group: str
    heard: bool
    body: str
    sender: str = ""
    subject: str = ""
    thread: bool = True
    shape: str = "plain"
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def employer(self) -> Employer:
        return EMPLOYERS[self.lang]


PROBES_LIST: list[Probe] = []


def add(group: str, per_lang: dict[str, tuple[str, str] | str], *, heard: bool = False, sender: str = "",
        thread: bool = True, shape: str = "plain", headers: dict[str, str] | None = None) -> None:
    """One probe per language: a body, or (subject, body)."""
    for lang, text in per_lang.items():
        subject, body = ("", text) if isinstance(text, str) else text
        PROBES_LIST.append(Probe(f"{group}_{lang}", lang, group, heard, body, sender, subject, thread, shape,
                                 dict(headers or {})))


AUTO = {"Precedence": "bulk"}
NOREPLY = "{c} <no-reply@{d}>"

# --- a person's holding replies --------------------------------------------------------------
add("talk_team", {
    "en": "Hi Alex,\n\nThanks for the note, it was good to meet you too. I'll get back to you once I've talked it "
          "over with the team later this week.\n\nDaniel",
    "de": "Hallo Alex,\n\ndanke für Ihre Nachricht. Ich bespreche mich mit dem Team und melde mich dann bei "
          "Ihnen.\n\nViele Grüße\nKatrin Vogel",
    "fr": "Bonjour Alex,\n\nMerci pour votre message. Je fais le point avec l'équipe et je reviens vers vous "
          "rapidement.\n\nBien à vous,\nCamille Rousseau",
    "es": "Hola Alex:\n\nGracias por tu mensaje. Lo comento con el equipo y te digo algo en cuanto pueda.\n\n"
          "Un saludo,\nJavier",
    "nl": "Hoi Alex,\n\nDank voor je bericht. Ik overleg even met het team en kom daarna bij je terug.\n\n"
          "Groeten,\nSanne",
    "it": "Ciao Alex,\n\ngrazie del messaggio. Ne parlo con il team e ti faccio sapere.\n\nA presto,\nGiulia",
    "pt": "Olá Alex,\n\nObrigado pela mensagem. Vou falar com a equipa e depois volto a entrar em contacto.\n\n"
          "Cumprimentos,\nJoão",
})
add("waiting_manager", {
    "en": "Hi Alex,\n\nJust a quick update: I'm still waiting for the hiring manager's feedback, she's been "
          "travelling. I'll let you know as soon as I hear anything.\n\nCheers,\nDaniel",
    "de": "Hallo Alex,\n\nkurzer Zwischenstand: Ich warte noch auf die Rückmeldung der Fachabteilung. Sobald ich "
          "etwas höre, gebe ich Ihnen Bescheid.\n\nBeste Grüße\nKatrin Vogel",
    "fr": "Bonjour Alex,\n\nJe n'ai pas encore eu le retour du manager, il est en déplacement cette semaine. Je vous "
          "tiens au courant dès que j'ai des nouvelles.\n\nCordialement,\nCamille",
    "es": "Hola Alex,\n\nTodavía estoy esperando la valoración del responsable de contratación. En cuanto la tenga "
          "te escribo.\n\nSaludos,\nJavier Ruiz",
    "nl": "Hoi Alex,\n\nIk wacht nog op de terugkoppeling van de hiring manager. Zodra ik iets hoor, laat ik het je "
          "weten.\n\nGroet,\nSanne de Vries",
    "it": "Buongiorno Alex,\n\nsto ancora aspettando il riscontro del responsabile. Appena ho novità ti scrivo.\n\n"
          "Cordiali saluti,\nGiulia Romano",
    "pt": "Olá Alex,\n\nAinda estou à espera do feedback do responsável pela contratação. Assim que tiver "
          "novidades, digo-lhe alguma coisa.\n\nCumprimentos,\nJoão Martins",
})
add("running_late", {
    "en": "Hi Alex,\n\nApologies for the silence - we're running a bit behind on this one, there are a couple more "
          "candidates to see next week. You'll hear from us by the end of the month at the latest.\n\nBest,\nDaniel",
    "de": "Hallo Alex,\n\nes tut mir leid, dass es etwas länger dauert - wir sind mit dem Auswahlverfahren leider "
          "etwas in Verzug. Sie hören spätestens Ende nächster Woche von uns.\n\nViele Grüße\nKatrin Vogel",
    "fr": "Bonjour Alex,\n\nToutes mes excuses pour ce délai : le processus prend un peu plus de temps que prévu. "
          "Nous reviendrons vers vous d'ici la fin du mois.\n\nBien cordialement,\nCamille Rousseau",
    "es": "Hola Alex,\n\nDisculpa la demora, vamos un poco retrasados con el proceso. Te daremos una respuesta "
          "antes de final de mes.\n\nUn saludo,\nJavier Ruiz",
    "nl": "Hoi Alex,\n\nExcuses dat het wat langer duurt, we lopen wat achter met de procedure. Uiterlijk eind van "
          "de maand hoor je van ons.\n\nMet vriendelijke groet,\nSanne de Vries",
    "it": "Buongiorno Alex,\n\nmi scuso per il ritardo, il processo di selezione sta richiedendo più tempo del "
          "previsto. Ti daremo un riscontro entro fine mese.\n\nCordiali saluti,\nGiulia Romano",
    "pt": "Olá Alex,\n\nPeço desculpa pela demora, o processo está a levar mais tempo do que o previsto. Daremos "
          "uma resposta até ao final do mês.\n\nCumprimentos,\nJoão Martins",
})
add("holiday_typed", {
    "en": "Hi Alex,\n\nThanks! I'm on holiday from tomorrow, back Monday - I'll get back to you then.\n\nDaniel",
    "de": "Hallo Alex,\n\ndanke! Ich bin ab morgen im Urlaub und ab Montag wieder im Büro, dann melde ich mich."
          "\n\nGruß\nKatrin",
    "fr": "Bonjour Alex,\n\nMerci ! Je suis en congés à partir de demain, de retour lundi ; je vous réponds à ce "
          "moment-là.\n\nCamille",
    "es": "Hola Alex,\n\n¡Gracias! Estoy de vacaciones hasta el lunes; a la vuelta te contesto.\n\nJavier",
    "nl": "Hoi Alex,\n\nBedankt! Ik ben vanaf morgen met vakantie en maandag weer terug, dan reageer ik.\n\nSanne",
    "it": "Ciao Alex,\n\ngrazie! Sono in ferie da domani, rientro lunedì e ti rispondo.\n\nGiulia",
    "pt": "Olá Alex,\n\nObrigado! Estou de férias a partir de amanhã, volto na segunda-feira e respondo nessa "
          "altura.\n\nJoão",
})

add("manager_away", {
    "en": "Hi Alex,\n\nThe hiring manager is out this week, so it'll be next week before I can come back to you.\n\nDaniel",
    "de": "Hallo Alex,\n\nder Hiring Manager ist diese Woche unterwegs, ich komme nächste Woche auf Sie zurück.\n\n"
          "Viele Grüße\nKatrin Vogel",
    "fr": "Bonjour Alex,\n\nLe manager est absent cette semaine, je reviens vers vous la semaine prochaine.\n\nCamille",
    "es": "Hola Alex:\n\nEl responsable está fuera esta semana; te digo algo la semana que viene.\n\nJavier",
    "nl": "Hoi Alex,\n\nDe manager is deze week afwezig, volgende week hoor je meer.\n\nSanne",
    "it": "Ciao Alex,\n\nil responsabile è fuori questa settimana, ti aggiorno la prossima.\n\nGiulia",
    "pt": "Olá Alex,\n\nO responsável está fora esta semana, dou-lhe notícias na próxima.\n\nJoão",
})
# An out-of-office told by a negation, typed as a one-line answer.
add("ooo_negated", {
    "en": "I'm not in the office until the 14th.\n\nDaniel Okafor",
    "de": "Ich bin bis zum 14. nicht im Büro.\n\nKatrin Vogel",
    "fr": "Je ne suis pas à mon bureau jusqu'au 14.\n\nCamille Rousseau",
    "es": "No estaré en la oficina hasta el día 14.\n\nJavier Ruiz",
    "nl": "Ik ben tot de 14e niet op kantoor.\n\nSanne de Vries",
    "it": "Non sono in ufficio fino al 14.\n\nGiulia Romano",
    "pt": "Não estou no escritório até dia 14.\n\nJoão Martins",
})

# --- automatic mail about a step already booked, and the employer's other automatic mail ---
add("reminder", {
    "en": ("Reminder: your interview with Harwick Labs on Thursday",
           "Hi Alex,\n\nThis is a reminder of your second interview for the Site Reliability Engineer position, "
           "scheduled for Thursday 19 November 2026 at 14:00 CET (video call).\n\nJoin: "
           "https://meet.harwicklabs.com/r/8821\n\nIf you need to reschedule, please contact your recruiter.\n\n"
           "Harwick Labs Talent Team\nThis is an automated message, please do not reply."),
    "de": ("Erinnerung: Ihr Vorstellungsgespräch am 20. November",
           "Guten Tag Alex Doe,\n\nwir möchten Sie an Ihren Termin erinnern: zweites Gespräch für die Position "
           "Data Engineer am Freitag, 20. November 2026, um 10:00 Uhr, Standort Hamburg, Empfang Haus B.\n\n"
           "Bitte bringen Sie einen Lichtbildausweis mit.\n\nDiese E-Mail wurde automatisch erstellt."),
    "fr": ("Rappel : votre entretien du 23 novembre",
           "Bonjour Alex Doe,\n\nNous vous rappelons votre entretien pour le poste de Chef de projet digital le "
           "lundi 23 novembre 2026 à 15h00, en visioconférence.\n\nLien : https://rdv.maison-verlaine.fr/x7\n\n"
           "Ceci est un message automatique, merci de ne pas y répondre."),
    "es": ("Recordatorio: tu entrevista del 24 de noviembre",
           "Hola Alex:\n\nTe recordamos que tienes una entrevista para el puesto de Analista de sistemas el martes "
           "24 de noviembre de 2026 a las 11:00 en nuestras oficinas de Castellón.\n\nEste es un mensaje "
           "automático, por favor no respondas."),
    "nl": ("Herinnering: je gesprek op 25 november",
           "Beste Alex,\n\nDit is een herinnering aan je tweede gesprek voor de functie Data-analist op woensdag "
           "25 november 2026 om 13:30 uur op ons kantoor in Rotterdam.\n\nDit is een automatisch bericht, je kunt "
           "hier niet op reageren."),
    "it": ("Promemoria: colloquio del 26 novembre",
           "Gentile Alex Doe,\n\nti ricordiamo il colloquio per la posizione di Ingegnere software fissato per "
           "giovedì 26 novembre 2026 alle ore 9:30 presso la nostra sede di Bologna.\n\nQuesto è un messaggio "
           "automatico, ti preghiamo di non rispondere."),
    "pt": ("Lembrete: entrevista a 27 de novembro",
           "Olá Alex,\n\nRelembramos a sua entrevista para a vaga de Analista de dados, marcada para sexta-feira, "
           "27 de novembro de 2026, às 10h00, por videochamada.\n\nEsta é uma mensagem automática, por favor não "
           "responda."),
}, sender=NOREPLY, thread=False, headers={"Auto-Submitted": "auto-generated"})
# The same reminders from the careers address with no Auto-Submitted header: only their words
# ("this is an automated message, please do not reply") say a machine sent them.
PROBES_LIST.extend(
    replace(probe, name=probe.name.replace("reminder", "reminder_careers"), group="reminder_careers",
            sender="{c} Talent <talent@{d}>", headers={})
    for probe in tuple(PROBES_LIST) if probe.group == "reminder"
)
add("survey", {
    "en": ("How did we do? Tell us about your interview experience",
           "Hi Alex,\n\nYou recently interviewed with Harwick Labs. We'd love to hear how it went for you: this "
           "short survey takes about two minutes and your answers are anonymous. They have no influence on your "
           "application.\n\nTake the survey: https://survey.harwicklabs.com/c/91f\n\nThank you,\nHarwick Labs "
           "Talent Team"),
    "de": ("Ihre Meinung ist uns wichtig: Wie war Ihr Bewerbungsprozess?",
           "Guten Tag Alex Doe,\n\nSie haben sich kürzlich bei der Brunnhofer Logistik GmbH vorgestellt. Helfen Sie "
           "uns, besser zu werden, und nehmen Sie an unserer kurzen Umfrage zur Candidate Experience teil (ca. 3 "
           "Minuten). Ihre Antworten sind anonym und haben keinen Einfluss auf Ihre Bewerbung.\n\nZur Umfrage: "
           "https://umfrage.brunnhofer-logistik.de/ce\n\nVielen Dank!\nIhr Recruiting-Team"),
    "fr": ("Votre avis sur notre processus de recrutement",
           "Bonjour Alex,\n\nVous avez récemment passé un entretien chez Maison Verlaine. Pourriez-vous nous donner "
           "votre avis en répondant à ce court questionnaire (3 minutes) ? Vos réponses sont anonymes et n'ont "
           "aucune incidence sur votre candidature.\n\nRépondre au questionnaire : https://avis.maison-verlaine.fr"
           "\n\nMerci,\nL'équipe Talents"),
    "es": ("¿Qué tal tu experiencia como candidato?",
           "Hola Alex:\n\nHace poco participaste en un proceso de selección de Cerámicas Olmedo. Nos gustaría "
           "conocer tu opinión: responde a esta breve encuesta (2 minutos). Tus respuestas son anónimas y no "
           "afectan a tu candidatura.\n\nIr a la encuesta: https://encuesta.ceramicasolmedo.es\n\nGracias,\n"
           "Equipo de Talento"),
    "nl": ("Hoe heb je onze sollicitatieprocedure ervaren?",
           "Beste Alex,\n\nJe hebt onlangs bij Dijkstra Havens gesolliciteerd. We horen graag hoe je de procedure "
           "hebt ervaren. Het invullen van deze korte enquête duurt twee minuten; je antwoorden zijn anoniem en "
           "hebben geen invloed op je sollicitatie.\n\nNaar de enquête: https://enquete.dijkstrahavens.nl\n\n"
           "Bedankt!\nTeam Recruitment"),
    "it": ("Raccontaci la tua esperienza di selezione",
           "Gentile Alex,\n\nhai recentemente partecipato a un colloquio con Ferraresi Automazione. Ci aiuti a "
           "migliorare compilando questo breve questionario (3 minuti)? Le risposte sono anonime e non influiscono "
           "sulla tua candidatura.\n\nCompila il questionario: https://survey.ferraresi-automazione.it\n\nGrazie,\n"
           "Ufficio Risorse Umane"),
    "pt": ("Como foi a sua experiência de candidatura?",
           "Olá Alex,\n\nParticipou recentemente num processo de recrutamento da Caravela Seguros. Gostaríamos de "
           "saber a sua opinião: responda a este breve questionário (2 minutos). As respostas são anónimas e não "
           "influenciam a sua candidatura.\n\nResponder ao questionário: https://inquerito.caravelaseguros.pt\n\n"
           "Obrigado,\nEquipa de Recrutamento"),
}, sender="{c} Talent <talent@{d}>", thread=False)
add("privacy", {
    "en": ("Your personal data at Harwick Labs",
           "Dear Alex Doe,\n\nIn line with the GDPR, we are letting you know that we will keep the personal data "
           "from your application for 12 months after the end of the recruitment process, so that we can contact "
           "you about future roles. You can ask us to delete it at any time by writing to privacy@harwicklabs.com."
           "\n\nKind regards,\nHarwick Labs Data Protection Team"),
    "de": ("Datenschutzhinweis zu Ihrer Bewerbung",
           "Sehr geehrte(r) Alex Doe,\n\ngemäß Art. 13 DSGVO informieren wir Sie, dass wir Ihre "
           "Bewerbungsunterlagen für die Dauer des Bewerbungsverfahrens und darüber hinaus sechs Monate speichern. "
           "Danach werden Ihre Daten automatisch gelöscht. Sie können der Speicherung jederzeit widersprechen: "
           "datenschutz@brunnhofer-logistik.de.\n\nMit freundlichen Grüßen\nIhr Datenschutzteam"),
    "fr": ("Conservation de vos données personnelles",
           "Bonjour,\n\nConformément au RGPD, nous vous informons que les données de votre candidature seront "
           "conservées pendant 24 mois à compter de notre dernier contact, afin de pouvoir vous proposer d'autres "
           "opportunités. Vous pouvez demander leur suppression à tout moment à dpo@maison-verlaine.fr.\n\n"
           "L'équipe Recrutement"),
    "es": ("Protección de datos: tu candidatura",
           "Hola Alex:\n\nDe acuerdo con el RGPD, te informamos de que conservaremos los datos de tu candidatura "
           "durante 12 meses para futuros procesos de selección. Puedes ejercer tus derechos de acceso, "
           "rectificación y supresión escribiendo a privacidad@ceramicasolmedo.es.\n\nUn saludo,\nCerámicas Olmedo"),
    "nl": ("Bewaren van je gegevens",
           "Beste Alex,\n\nIn het kader van de AVG laten we je weten dat we je sollicitatiegegevens tot vier weken "
           "na afloop van de procedure bewaren, of één jaar als je daar toestemming voor geeft. Wil je dat we ze "
           "eerder verwijderen? Mail dan naar privacy@dijkstrahavens.nl.\n\nMet vriendelijke groet,\nDijkstra Havens"),
    "it": ("Informativa sul trattamento dei dati personali",
           "Gentile Alex Doe,\n\nai sensi del GDPR ti informiamo che i dati della tua candidatura saranno conservati "
           "per 12 mesi e utilizzati esclusivamente per finalità di selezione. Puoi chiederne la cancellazione in "
           "qualsiasi momento scrivendo a privacy@ferraresi-automazione.it.\n\nCordiali saluti,\nFerraresi "
           "Automazione"),
    "pt": ("Proteção de dados pessoais",
           "Olá Alex,\n\nNos termos do RGPD, informamos que os dados da sua candidatura serão conservados durante "
           "12 meses para futuros processos de recrutamento. Pode pedir a sua eliminação a qualquer momento através "
           "de privacidade@caravelaseguros.pt.\n\nCumprimentos,\nCaravela Seguros"),
}, sender="{c} Recruiting <recruiting@{d}>", thread=False)
add("account", {
    "en": ("Reset your password",
           "Hi Alex,\n\nWe received a request to reset the password for your Harwick Labs candidate account. Click "
           "the link below to choose a new one. The link expires in 24 hours.\n\n"
           "https://careers.harwicklabs.com/reset?t=5f2a\n\nIf you didn't ask for this, you can ignore this email."),
    "de": ("Ihr Passwort wurde geändert",
           "Hallo Alex Doe,\n\ndas Passwort für Ihr Bewerberkonto wurde soeben geändert. Wenn Sie das nicht waren, "
           "setzen Sie es bitte sofort zurück: https://karriere.brunnhofer-logistik.de/passwort\n\nIhr "
           "Karriereportal-Team der Brunnhofer Logistik GmbH"),
    "fr": ("Réinitialisation de votre mot de passe",
           "Bonjour Alex,\n\nVous avez demandé la réinitialisation du mot de passe de votre espace candidat Maison "
           "Verlaine. Cliquez sur le lien ci-dessous (valable 24 heures) :\n\n"
           "https://carrieres.maison-verlaine.fr/mdp\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez "
           "ce message."),
    "es": ("Tu cuenta de candidato",
           "Hola Alex:\n\nTu cuenta en el portal de empleo de Cerámicas Olmedo se ha creado correctamente. Tu "
           "usuario es user@example.org. Desde tu área privada puedes actualizar tu CV y consultar tus "
           "candidaturas.\n\nAcceder: https://empleo.ceramicasolmedo.es"),
    "nl": ("Wachtwoord opnieuw instellen",
           "Hoi Alex,\n\nWe hebben een verzoek ontvangen om het wachtwoord van je kandidatenaccount bij Dijkstra "
           "Havens opnieuw in te stellen. Klik op de link hieronder; deze is 24 uur geldig.\n\n"
           "https://werkenbij.dijkstrahavens.nl/reset\n\nHeb je dit niet aangevraagd? Dan kun je deze e-mail "
           "negeren."),
    "it": ("Reimposta la tua password",
           "Ciao Alex,\n\nabbiamo ricevuto una richiesta di reimpostazione della password del tuo account candidato "
           "Ferraresi Automazione. Clicca sul link (valido 24 ore):\n\nhttps://lavora.ferraresi-automazione.it/pw"
           "\n\nSe non hai richiesto tu la modifica, ignora questa email."),
    "pt": ("Redefinir a sua palavra-passe",
           "Olá Alex,\n\nRecebemos um pedido para redefinir a palavra-passe da sua conta de candidato na Caravela "
           "Seguros. Clique na ligação abaixo (válida 24 horas):\n\nhttps://carreiras.caravelaseguros.pt/reset\n\n"
           "Se não fez este pedido, ignore este email."),
}, sender=NOREPLY, thread=False)
add("status_changed", {
    "en": ("Your application status has been updated",
           "Hi Alex,\n\nThe status of your application for Site Reliability Engineer (REQ-2291) at Harwick Labs has "
           "changed. Log in to your candidate account to see the details.\n\nhttps://careers.harwicklabs.com/login"
           "\n\nThis mailbox is not monitored."),
    "de": ("Statusänderung Ihrer Bewerbung",
           "Guten Tag Alex Doe,\n\nder Status Ihrer Bewerbung als Data Engineer (Kennziffer 2026-114) hat sich "
           "geändert. Bitte melden Sie sich in Ihrem Bewerberkonto an, um den aktuellen Stand einzusehen.\n\n"
           "https://karriere.brunnhofer-logistik.de\n\nDiese Nachricht wurde automatisch versendet."),
    "fr": ("Mise à jour de votre candidature",
           "Bonjour Alex,\n\nLe statut de votre candidature au poste de Chef de projet digital a été mis à jour. "
           "Connectez-vous à votre espace candidat pour le consulter.\n\nhttps://carrieres.maison-verlaine.fr"),
    "es": ("Tu candidatura ha cambiado de estado",
           "Hola Alex:\n\nEl estado de tu candidatura al puesto de Analista de sistemas se ha actualizado. Accede a "
           "tu área de candidato para ver más detalles.\n\nhttps://empleo.ceramicasolmedo.es"),
    "nl": ("Er is een update over je sollicitatie",
           "Beste Alex,\n\nDe status van je sollicitatie voor de functie Data-analist is gewijzigd. Log in op je "
           "kandidatenportaal om de details te bekijken.\n\nhttps://werkenbij.dijkstrahavens.nl"),
    "it": ("Aggiornamento sulla tua candidatura",
           "Ciao Alex,\n\nlo stato della tua candidatura per la posizione di Ingegnere software è cambiato. Accedi "
           "alla tua area riservata per vedere i dettagli.\n\nhttps://lavora.ferraresi-automazione.it"),
    "pt": ("O estado da sua candidatura foi atualizado",
           "Olá Alex,\n\nO estado da sua candidatura à vaga de Analista de dados foi alterado. Inicie sessão na sua "
           "área de candidato para ver os detalhes.\n\nhttps://carreiras.caravelaseguros.pt"),
}, sender=NOREPLY, thread=False)
LIST = {"List-Unsubscribe": "<https://mail.example.net/u/77>", "Precedence": "bulk"}
add("job_alert", {
    "en": ("3 new jobs at Harwick Labs that match your profile",
           "Hi Alex,\n\nNew openings matching your job alert \"engineering, Berlin\":\n\n- Senior Platform Engineer "
           "- Berlin\n- Backend Engineer (Go) - Remote\n- Engineering Manager, Infrastructure - Berlin\n\nView all "
           "jobs: https://careers.harwicklabs.com\n\nYou are receiving this email because you created a job alert. "
           "Unsubscribe: https://careers.harwicklabs.com/alerts"),
    "de": ("Neue Stellenangebote für Sie",
           "Hallo Alex Doe,\n\nzu Ihrem Suchauftrag \"IT, Hamburg\" gibt es neue Stellen:\n\n- Senior Data Engineer "
           "(m/w/d)\n- IT-Projektleiter (m/w/d)\n\nAlle Stellen ansehen: https://karriere.brunnhofer-logistik.de\n\n"
           "Sie erhalten diese E-Mail, weil Sie einen Job-Alert angelegt haben. Abmelden: https://karriere."
           "brunnhofer-logistik.de/abmelden"),
    "fr": ("Nouvelles offres correspondant à votre alerte",
           "Bonjour Alex,\n\n2 nouvelles offres correspondent à votre alerte « Digital, Paris » :\n\n- Product Owner "
           "e-commerce (CDI)\n- Responsable CRM (CDI)\n\nVoir les offres : https://carrieres.maison-verlaine.fr\n\n"
           "Pour ne plus recevoir ces alertes, cliquez ici."),
    "es": ("Nuevas ofertas que encajan contigo",
           "Hola Alex:\n\nHay nuevas ofertas según tu alerta de empleo:\n\n- Técnico de sistemas (Castellón)\n"
           "- Responsable de ciberseguridad (Valencia)\n\nVer ofertas: https://empleo.ceramicasolmedo.es\n\n"
           "Si no quieres recibir más alertas, date de baja aquí."),
    "nl": ("Nieuwe vacatures bij Dijkstra Havens",
           "Beste Alex,\n\nEr zijn nieuwe vacatures die passen bij je zoekprofiel:\n\n- Senior data-engineer\n"
           "- BI-specialist\n\nBekijk alle vacatures: https://werkenbij.dijkstrahavens.nl\n\nJe ontvangt deze "
           "e-mail omdat je een vacaturealert hebt ingesteld. Afmelden kan hier."),
    "it": ("Nuove offerte di lavoro per te",
           "Ciao Alex,\n\nci sono nuove posizioni in linea con il tuo profilo:\n\n- Sviluppatore PLC\n- DevOps "
           "engineer\n\nScopri tutte le offerte: https://lavora.ferraresi-automazione.it\n\nPer non ricevere più "
           "queste email, annulla l'iscrizione."),
    "pt": ("Novas ofertas de emprego para si",
           "Olá Alex,\n\nTemos novas vagas que correspondem ao seu alerta:\n\n- Engenheiro de dados\n- Analista de "
           "risco\n\nVer todas as vagas: https://carreiras.caravelaseguros.pt\n\nPara deixar de receber estes "
           "alertas, cancele a subscrição."),
}, sender="{c} Careers <careers@{d}>", thread=False, headers=LIST)
add("newsletter", {
    "en": ("Harwick Labs Engineering Newsletter - November",
           "This month at Harwick Labs: how we cut incident response time by 40%, our new Lisbon office, and a "
           "conversation with our VP Engineering about how we hire. We're growing: 25 open roles across teams.\n\n"
           "Read more: https://harwicklabs.com/blog\n\nUnsubscribe from this newsletter."),
    "de": ("Brunnhofer Newsletter November 2026",
           "Liebe Leserinnen und Leser,\n\nin dieser Ausgabe: unser neues Logistikzentrum in Bremen, zehn Jahre "
           "Partnerschaft mit der Hafenbahn und ein Blick hinter die Kulissen unserer IT.\n\nZum Newsletter "
           "abmelden."),
    "fr": ("La lettre de Maison Verlaine - novembre",
           "Chers abonnés,\n\nAu sommaire ce mois-ci : notre nouvelle collection d'hiver, l'ouverture de la boutique "
           "de Lyon et les coulisses de nos ateliers.\n\nSe désabonner."),
    "es": ("Boletín de Cerámicas Olmedo - noviembre",
           "Hola:\n\nEn este número: nuestra nueva línea de porcelánico, la feria Cevisama 2027 y los premios de "
           "diseño.\n\nDarse de baja."),
    "nl": ("Havennieuws november",
           "Beste lezer,\n\nIn deze editie: de nieuwe containerterminal, ons duurzaamheidsverslag en een interview "
           "met onze CEO.\n\nAfmelden voor deze nieuwsbrief."),
    "it": ("Newsletter Ferraresi - novembre",
           "Gentile lettore,\n\nin questo numero: la nuova linea di robot collaborativi, la fiera SPS Italia e le "
           "storie dei nostri colleghi.\n\nAnnulla l'iscrizione."),
    "pt": ("Newsletter Caravela - novembro",
           "Caro leitor,\n\nNesta edição: o novo seguro automóvel, a nossa equipa solidária e as novidades da app."
           "\n\nCancelar subscrição."),
}, sender="{c} <news@{d}>", thread=False, headers=LIST, shape="html")
add("community_list", {
    "en": ("Open house on 3 December - meet our teams",
           "Hi all,\n\nJoin us at our Berlin office on 3 December from 18:00 to meet the engineering teams, hear "
           "about our roadmap and have a drink with us. RSVP: https://harwicklabs.com/openhouse\n\n--\nYou received "
           "this message because you are subscribed to the Harwick Labs Talent Community group.\nTo unsubscribe "
           "from this group, send an email to talent-community+unsubscribe@harwicklabs.com."),
    "de": ("Einladung: Karriereabend am 3. Dezember",
           "Hallo zusammen,\n\nwir laden Sie herzlich zu unserem Karriereabend am 3. Dezember ab 18 Uhr in Hamburg "
           "ein. Lernen Sie unsere Teams kennen! Anmeldung: https://brunnhofer-logistik.de/karriereabend\n\n--\n"
           "Sie erhalten diese Nachricht, weil Sie Mitglied der Liste talente@brunnhofer-logistik.de sind.\n"
           "Abmelden: talente-leave@brunnhofer-logistik.de"),
    "fr": ("Invitation : soirée de recrutement le 3 décembre",
           "Bonjour à tous,\n\nNous vous invitons à notre soirée de recrutement le 3 décembre à 18h, dans nos "
           "locaux parisiens. Inscription : https://maison-verlaine.fr/soiree\n\n--\nVous recevez ce message car "
           "vous êtes inscrit à la liste Vivier Talents Maison Verlaine.\nPour vous désinscrire, écrivez à "
           "vivier-unsubscribe@maison-verlaine.fr."),
    "es": ("Jornada de puertas abiertas el 3 de diciembre",
           "Hola a todos:\n\nOs invitamos a nuestra jornada de puertas abiertas el 3 de diciembre a las 18:00 en "
           "Castellón. Inscripción: https://ceramicasolmedo.es/jornada\n\n--\nHas recibido este mensaje porque "
           "estás suscrito a la lista Comunidad de Talento de Cerámicas Olmedo.\nPara darte de baja, escribe a "
           "talento-baja@ceramicasolmedo.es."),
    "nl": ("Uitnodiging: open avond op 3 december",
           "Hallo allemaal,\n\nWe nodigen je uit voor onze open avond op 3 december vanaf 18:00 uur in Rotterdam. "
           "Aanmelden: https://dijkstrahavens.nl/openavond\n\n--\nJe ontvangt dit bericht omdat je bent "
           "aangemeld voor de lijst Talentpool Dijkstra Havens.\nAfmelden: talentpool-afmelden@dijkstrahavens.nl"),
    "it": ("Invito: open day il 3 dicembre",
           "Ciao a tutti,\n\nvi invitiamo al nostro open day il 3 dicembre alle 18:00 a Bologna. Iscrizione: "
           "https://ferraresi-automazione.it/openday\n\n--\nRicevi questo messaggio perché sei iscritto alla lista "
           "Talent Community Ferraresi.\nPer annullare l'iscrizione scrivi a talent-unsubscribe@ferraresi-"
           "automazione.it."),
    "pt": ("Convite: dia aberto a 3 de dezembro",
           "Olá a todos,\n\nConvidamos-vos para o nosso dia aberto a 3 de dezembro às 18h00 em Lisboa. Inscrição: "
           "https://caravelaseguros.pt/diaaberto\n\n--\nRecebeu esta mensagem porque subscreveu a lista Comunidade "
           "de Talento Caravela.\nPara cancelar a subscrição, escreva para talento-sair@caravelaseguros.pt."),
}, sender="{c} Talent Community <talent-community@{d}>", thread=False,
    headers={"List-Id": "<talent-community.lists.example.net>", "Precedence": "list"})

# --- notices about the user's own mail ------------------------------------------------------
add("dsn", {
    "en": ("Undeliverable: Thank you - SRE interview",
           "Delivery has failed to these recipients or groups:\n\ndaniel.okafor@harwicklabs.com\nThe email address "
           "you entered couldn't be found."),
    "de": ("Unzustellbar: Danke für das Gespräch",
           "Die Nachricht konnte nicht an folgende Empfänger oder Gruppen übermittelt werden:\n\n"
           "k.vogel@brunnhofer-logistik.de\nDas Postfach des Empfängers ist voll."),
    "fr": ("Non remis : Merci pour notre échange",
           "La remise a échoué pour ces destinataires ou groupes :\n\ncamille.rousseau@maison-verlaine.fr\n"
           "L'adresse de messagerie que vous avez entrée est introuvable."),
    "es": ("No se puede entregar: Gracias por la entrevista de hoy",
           "Error al entregar el mensaje a estos destinatarios o grupos:\n\njruiz@ceramicasolmedo.es\nNo se encontró "
           "la dirección de correo electrónico que especificó."),
    "nl": ("Onbestelbaar: Bedankt voor het gesprek van vandaag",
           "De bezorging is mislukt voor deze ontvangers of groepen:\n\nsanne.devries@dijkstrahavens.nl\nHet "
           "e-mailadres dat u hebt ingevoerd, is niet gevonden."),
    "it": ("Non recapitabile: Grazie per il colloquio di oggi",
           "Recapito non riuscito a questi destinatari o gruppi:\n\ng.romano@ferraresi-automazione.it\nImpossibile "
           "trovare l'indirizzo di posta elettronica immesso."),
    "pt": ("Não é possível entregar: Obrigado pela entrevista",
           "Falha na entrega a estes destinatários ou grupos:\n\njoao.martins@caravelaseguros.pt\nNão foi possível "
           "encontrar o endereço de email que introduziu."),
}, sender="postmaster@{d}", thread=False, shape="dsn")
add("mdn", {
    "en": ("Read: Thank you - SRE interview",
           "Your message\n\n  To: Daniel Okafor\n  Subject: Thank you - SRE interview\n  Sent: Monday, 9 November "
           "2026 17:00:00 (UTC+01:00)\n\nwas read on Tuesday, 10 November 2026 08:41:12 (UTC+01:00)."),
    "de": ("Gelesen: Danke für das Gespräch",
           "Ihre Nachricht\n\n  An: Katrin Vogel\n  Betreff: Danke für das Gespräch\n  Gesendet: Dienstag, 10. "
           "November 2026 17:00:00 (UTC+01:00)\n\nwurde am Mittwoch, 11. November 2026 09:02:40 (UTC+01:00) "
           "gelesen."),
    "fr": ("Lu : Merci pour notre échange",
           "Votre message\n\n  À : Camille Rousseau\n  Objet : Merci pour notre échange\n  Envoyé : mercredi 11 "
           "novembre 2026 17:00:00 (UTC+01:00)\n\na été lu le jeudi 12 novembre 2026 10:15:03 (UTC+01:00)."),
    "es": ("Leído: Gracias por la entrevista de hoy",
           "Su mensaje\n\n  Para: Javier Ruiz\n  Asunto: Gracias por la entrevista de hoy\n  Enviado: jueves, 12 "
           "de noviembre de 2026 17:00:00 (UTC+01:00)\n\nse ha leído el viernes, 13 de noviembre de 2026 "
           "8:55:21 (UTC+01:00)."),
    "nl": ("Gelezen: Bedankt voor het gesprek van vandaag",
           "Uw bericht\n\n  Aan: Sanne de Vries\n  Onderwerp: Bedankt voor het gesprek van vandaag\n  Verzonden: "
           "vrijdag 13 november 2026 17:00:00 (UTC+01:00)\n\nis gelezen op maandag 16 november 2026 9:12:44 "
           "(UTC+01:00)."),
    "it": ("Letto: Grazie per il colloquio di oggi",
           "Il messaggio\n\n  A: Giulia Romano\n  Oggetto: Grazie per il colloquio di oggi\n  Inviato: lunedì 16 "
           "novembre 2026 17:00:00 (UTC+01:00)\n\nè stato letto martedì 17 novembre 2026 8:30:10 (UTC+01:00)."),
    "pt": ("Lida: Obrigado pela entrevista",
           "A sua mensagem\n\n  Para: João Martins\n  Assunto: Obrigado pela entrevista\n  Enviada: terça-feira, "
           "17 de novembro de 2026 17:00:00 (UTC+00:00)\n\nfoi lida na quarta-feira, 18 de novembro de 2026 "
           "9:40:02 (UTC+00:00)."),
}, thread=False, shape="mdn")
# The same read receipts as Outlook writes them without a report part.
add("mdn_plain", {
    "en": ("Read: Thank you - SRE interview",
           "Your message\n\nTo: Daniel Okafor\nSubject: Thank you - SRE interview\n\nwas read on 10/11/2026 08:41."),
    "de": ("Gelesen: Danke für das Gespräch",
           "Ihre Nachricht\n\nAn: Katrin Vogel\nBetreff: Danke für das Gespräch\n\nwurde am 11.11.2026 09:02 "
           "gelesen."),
    "fr": ("Lu : Merci pour notre échange", "Votre message\n\nÀ : Camille Rousseau\nObjet : Merci pour notre "
           "échange\n\na été lu le 12/11/2026 10:15."),
    "es": ("Leído: Gracias por la entrevista de hoy", "Su mensaje\n\nPara: Javier Ruiz\nAsunto: Gracias por la "
           "entrevista de hoy\n\nse ha leído el 13/11/2026 8:55."),
    "nl": ("Gelezen: Bedankt voor het gesprek van vandaag", "Uw bericht\n\nAan: Sanne de Vries\nOnderwerp: "
           "Bedankt voor het gesprek van vandaag\n\nis gelezen op 16-11-2026 9:12."),
    "it": ("Letto: Grazie per il colloquio di oggi", "Il messaggio\n\nA: Giulia Romano\nOggetto: Grazie per il "
           "colloquio di oggi\n\nè stato letto il 17/11/2026 8:30."),
    "pt": ("Lida: Obrigado pela entrevista", "A sua mensagem\n\nPara: João Martins\nAssunto: Obrigado pela "
           "entrevista\n\nfoi lida em 18/11/2026 9:40."),
})
# Thunderbird's return receipt, as some mail programs send it: plain text, no report part.
add("return_receipt", {
    "en": ("Return Receipt (displayed) - Thank you - SRE interview",
           "This is a Return Receipt for the mail that you sent to daniel.okafor@harwicklabs.com.\n\nNote: This "
           "Return Receipt only acknowledges that the message was displayed on the recipient's computer."),
    "de": ("Empfangsbestätigung (angezeigt) - Danke für das Gespräch",
           "Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an k.vogel@brunnhofer-logistik.de gesendet "
           "haben."),
    "fr": ("Accusé de réception (affiché) - Merci pour notre échange",
           "Ceci est un accusé de réception pour le message envoyé à camille.rousseau@maison-verlaine.fr."),
    "es": ("Acuse de recibo (mostrado) - Gracias por la entrevista de hoy",
           "Este es un acuse de recibo del mensaje que envió a jruiz@ceramicasolmedo.es."),
    "nl": ("Leesbevestiging (weergegeven) - Bedankt voor het gesprek van vandaag",
           "Dit is een leesbevestiging voor het bericht dat u hebt verzonden aan sanne.devries@dijkstrahavens.nl."),
    "it": ("Ricevuta di ritorno (visualizzato) - Grazie per il colloquio di oggi",
           "Questa è una ricevuta di ritorno per il messaggio inviato a g.romano@ferraresi-automazione.it."),
    "pt": ("Recibo de leitura (exibido) - Obrigado pela entrevista",
           "Este é um recibo de leitura da mensagem que enviou para joao.martins@caravelaseguros.pt."),
}, thread=False)
add("calendar_answer", {
    "en": ("Accepted: Call Alex Doe / Harwick Labs", "Daniel Okafor has accepted this meeting."),
    "de": ("Abgelehnt: Telefonat Alex Doe / Brunnhofer", "Katrin Vogel hat diese Besprechung abgelehnt."),
    "fr": ("Accepté : Appel Alex Doe / Maison Verlaine", "Camille Rousseau a accepté cette réunion."),
    "es": ("Rechazado: Llamada Alex Doe / Cerámicas Olmedo", "Javier Ruiz ha rechazado esta reunión."),
    "nl": ("Geaccepteerd: Gesprek Alex Doe / Dijkstra Havens", "Sanne de Vries heeft deze vergadering "
           "geaccepteerd."),
    "it": ("Rifiutato: Chiamata Alex Doe / Ferraresi", "Giulia Romano ha rifiutato questa riunione."),
    "pt": ("Aceite: Chamada Alex Doe / Caravela Seguros", "João Martins aceitou esta reunião."),
}, thread=False, shape="ics_reply")
add("recall", {
    "en": ("Recall: Re: Thank you - SRE interview",
           "Daniel Okafor would like to recall the message, \"Re: Thank you - SRE interview\"."),
    "de": ("Rückruf: AW: Danke für das Gespräch",
           "Katrin Vogel möchte die Nachricht \"AW: Danke für das Gespräch\" zurückrufen."),
    "fr": ("Rappel : RE: Merci pour notre échange",
           "Camille Rousseau souhaite rappeler le message « RE: Merci pour notre échange »."),
    "es": ("Recuperar: RE: Gracias por la entrevista de hoy",
           "Javier Ruiz desea recuperar el mensaje \"RE: Gracias por la entrevista de hoy\"."),
    "nl": ("Intrekken: RE: Bedankt voor het gesprek van vandaag",
           "Sanne de Vries wil het bericht RE: Bedankt voor het gesprek van vandaag intrekken."),
    "it": ("Richiamo: R: Grazie per il colloquio di oggi",
           "Giulia Romano desidera richiamare il messaggio \"R: Grazie per il colloquio di oggi\"."),
    "pt": ("Recolher: RE: Obrigado pela entrevista",
           "João Martins gostaria de recolher a mensagem \"RE: Obrigado pela entrevista\"."),
}, thread=False)
add("call_reminder", {
    "en": ("Reminder: Interview Alex Doe - Harwick Labs starts in 1 hour",
           "Hi Alex Doe,\n\nThis is a reminder that \"Interview Alex Doe - Harwick Labs\" will begin in 1 hour.\n\n"
           "Date & Time: Nov 19, 2026 02:00 PM Amsterdam, Berlin\nJoin: https://zoom.us/j/93812345678\nMeeting ID: "
           "938 1234 5678\n\nThank you for choosing Zoom."),
    "de": ("Erinnerung: Gespräch Alex Doe - Brunnhofer beginnt in 1 Stunde",
           "Hallo Alex Doe,\n\ndies ist eine Erinnerung, dass \"Gespräch Alex Doe - Brunnhofer\" in 1 Stunde "
           "beginnt.\n\nDatum und Uhrzeit: 20. Nov. 2026 10:00 Amsterdam, Berlin\nTeilnehmen: "
           "https://zoom.us/j/93812345679\n\nVielen Dank, dass Sie sich für Zoom entschieden haben."),
    "fr": ("Rappel : Entretien Alex Doe - Maison Verlaine commence dans 1 heure",
           "Bonjour Alex Doe,\n\nCeci est un rappel : « Entretien Alex Doe - Maison Verlaine » commencera dans "
           "1 heure.\n\nDate et heure : 23 nov. 2026 15:00 Paris\nRejoindre : https://zoom.us/j/93812345680\n\n"
           "Merci d'avoir choisi Zoom."),
    "es": ("Recordatorio: Entrevista Alex Doe - Cerámicas Olmedo empieza en 1 hora",
           "Hola, Alex Doe:\n\nLe recordamos que «Entrevista Alex Doe - Cerámicas Olmedo» empezará dentro de 1 hora."
           "\n\nFecha y hora: 24 nov. 2026 11:00 Madrid\nUnirse: https://zoom.us/j/93812345681\n\nGracias por "
           "elegir Zoom."),
    "nl": ("Herinnering: Gesprek Alex Doe - Dijkstra Havens begint over 1 uur",
           "Hallo Alex Doe,\n\nDit is een herinnering dat \"Gesprek Alex Doe - Dijkstra Havens\" over 1 uur begint."
           "\n\nDatum en tijd: 25 nov. 2026 13:30 Amsterdam\nDeelnemen: https://zoom.us/j/93812345682\n\nBedankt "
           "dat u voor Zoom hebt gekozen."),
    "it": ("Promemoria: Colloquio Alex Doe - Ferraresi inizia tra 1 ora",
           "Ciao Alex Doe,\n\nti ricordiamo che \"Colloquio Alex Doe - Ferraresi\" inizierà tra 1 ora.\n\nData e "
           "ora: 26 nov 2026 09:30 Roma\nPartecipa: https://zoom.us/j/93812345683\n\nGrazie per aver scelto Zoom."),
    "pt": ("Lembrete: Entrevista Alex Doe - Caravela Seguros começa dentro de 1 hora",
           "Olá Alex Doe,\n\nEste é um lembrete de que \"Entrevista Alex Doe - Caravela Seguros\" começará dentro de "
           "1 hora.\n\nData e hora: 27 nov. 2026 10:00 Lisboa\nParticipar: https://zoom.us/j/93812345684\n\n"
           "Obrigado por escolher o Zoom."),
}, sender="Zoom <no-reply@zoom.us>", thread=False, headers={"Reply-To": "{a}"})
add("ooo_wording", {
    "en": "Thank you for your email. I am currently away from the office with limited access to email, returning "
          "on Monday 23 November. For urgent recruitment matters please contact talent@harwicklabs.com.\n\n"
          "Daniel Okafor",
    "de": "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11.2026 nicht im Büro und habe keinen "
          "Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an bewerbung@brunnhofer-logistik.de."
          "\n\nMit freundlichen Grüßen\nKatrin Vogel",
    "fr": "Bonjour,\n\nJe suis absente du bureau jusqu'au 30 novembre inclus. Pour toute urgence, vous pouvez "
          "contacter recrutement@maison-verlaine.fr.\n\nCordialement,\nCamille Rousseau",
    "es": "Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 25 de noviembre sin acceso al correo. "
          "Para cualquier asunto urgente, escriba a rrhh@ceramicasolmedo.es.\n\nJavier Ruiz",
    "nl": "Bedankt voor je e-mail. Ik ben afwezig tot en met 27 november en lees mijn mail niet. Voor dringende "
          "zaken kun je terecht bij recruitment@dijkstrahavens.nl.\n\nSanne de Vries",
    "it": "Grazie per il messaggio. Sono fuori ufficio fino al 30 novembre con accesso limitato alla posta. Per "
          "urgenze contattare hr@ferraresi-automazione.it.\n\nGiulia Romano",
    "pt": "Obrigado pelo seu email. Estou ausente do escritório até dia 30 de novembro, com acesso limitado ao "
          "email. Para assuntos urgentes, contacte recrutamento@caravelaseguros.pt.\n\nJoão Martins",
})

# --- look-alikes that do bring news ----------------------------------------------------------
add("news_hold_question", {
    "en": "Hi Alex,\n\nI'll get back to you once I've talked with the team. Quick question in the meantime: what is "
          "your notice period, and would you be open to a hybrid setup?\n\nDaniel",
    "de": "Hallo Alex,\n\nich melde mich, sobald ich mit dem Team gesprochen habe. Eine Frage vorab: Wie lang ist "
          "Ihre Kündigungsfrist?\n\nViele Grüße\nKatrin Vogel",
    "fr": "Bonjour Alex,\n\nJe reviens vers vous après avoir fait le point avec l'équipe. En attendant, pourriez-vous "
          "m'indiquer vos prétentions salariales ?\n\nBien à vous,\nCamille",
    "it": "Ciao Alex,\n\nne parlo con il team e ti faccio sapere. Nel frattempo, potresti mandarmi due referenze di "
          "ex responsabili?\n\nGrazie,\nGiulia",
    "pt": "Olá Alex,\n\nVou falar com a equipa e depois digo-lhe algo. Entretanto, qual é o seu prazo de aviso "
          "prévio?\n\nCumprimentos,\nJoão",
}, heard=True)
add("news_reminder_moved", {
    "en": "Hi Alex,\n\nAbout Thursday: I'm afraid we need to move it, the panel isn't available at 14:00 any more. "
          "Could you do Friday 20 November at 10:00 instead?\n\nThanks,\nDaniel",
    "de": "Hallo Alex,\n\nzu unserem Termin am Freitag: Leider müssen wir ihn verschieben. Passt Ihnen Montag, 23. "
          "November, um 14 Uhr?\n\nViele Grüße\nKatrin Vogel",
    "it": "Ciao Alex,\n\nper il colloquio di giovedì: purtroppo dobbiamo spostarlo. Saresti disponibile venerdì 27 "
          "novembre alle 15:00?\n\nGrazie,\nGiulia",
}, heard=True)
add("news_data_after_decision", {
    "en": "Dear Alex,\n\nThank you for your time. After careful consideration we have decided not to move forward "
          "with your application. In line with the GDPR we will keep your data for 12 months, and you can ask us "
          "to delete it at any time.\n\nKind regards,\nDaniel Okafor",
    "de": "Hallo Alex,\n\nleider haben wir uns für eine andere Kandidatin entschieden. Ihre Unterlagen speichern "
          "wir gemäß DSGVO noch sechs Monate und löschen sie danach.\n\nViele Grüße\nKatrin Vogel",
    "nl": "Hoi Alex,\n\nHelaas hebben we besloten om niet verder te gaan met je sollicitatie. Je gegevens bewaren "
          "we nog vier weken, daarna worden ze verwijderd.\n\nGroet,\nSanne de Vries",
    "pt": "Olá Alex,\n\nInfelizmente decidimos não avançar com a sua candidatura. Os seus dados serão conservados "
          "durante 12 meses, nos termos do RGPD.\n\nCumprimentos,\nJoão Martins",
}, heard=True)
add("news_holiday_invite", {
    "en": "Hi Alex,\n\nI'm on holiday from tomorrow until Monday, so before I go: the team would like to invite you "
          "to a final round. Please pick a time here: https://calendly.com/harwick-talent/final\n\nDaniel",
    "nl": "Hoi Alex,\n\nIk ben vanaf morgen met vakantie, maar wilde je nog laten weten dat we je graag uitnodigen "
          "voor een tweede gesprek. Kun je volgende week dinsdag of woensdag?\n\nGroet,\nSanne",
    "es": "Hola Alex,\n\nMañana me voy de vacaciones, pero antes quería decirte que nos gustaría invitarte a una "
          "segunda entrevista con el director. ¿Te viene bien el martes 1 de diciembre a las 10:00?\n\nJavier",
}, heard=True)
add("news_status_decided", {
    "fr": ("Mise à jour de votre candidature",
           "Bonjour Alex,\n\nNous avons le regret de vous informer que votre candidature au poste de Chef de projet "
           "digital n'a pas été retenue. Nous vous souhaitons bonne continuation.\n\nL'équipe Recrutement de "
           "Maison Verlaine"),
    "de": ("Statusänderung Ihrer Bewerbung",
           "Guten Tag Alex Doe,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung als Data Engineer "
           "nicht weiter berücksichtigen können.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team"),
}, heard=True, sender="{c} Recruiting <recruiting@{d}>", thread=False)
add("news_late_offer", {
    "es": "Hola Alex,\n\nDisculpa la demora. ¡Buenas noticias! Nos gustaría ofrecerte el puesto de Analista de "
          "sistemas; te adjunto la propuesta con las condiciones.\n\nUn saludo,\nJavier Ruiz",
    "it": "Ciao Alex,\n\nscusa il ritardo. Ho il piacere di comunicarti che abbiamo deciso di farti un'offerta per "
          "la posizione di Ingegnere software: trovi in allegato la proposta.\n\nA presto,\nGiulia",
}, heard=True)

add("news_automated_invitation", {
    "en": ("Harwick Labs - invitation to your final interview",
           "Hi Alex,\n\nWe'd like to invite you to a final interview for the Site Reliability Engineer role. Please "
           "choose a time that suits you: https://careers.harwicklabs.com/book/final\n\nThis is an automated message, "
           "please do not reply."),
    "de": ("Einladung zum zweiten Gespräch",
           "Guten Tag Alex Doe,\n\nwir möchten Sie gerne zu einem zweiten Gespräch für die Position Data Engineer "
           "einladen. Bitte wählen Sie hier einen Termin: https://karriere.brunnhofer-logistik.de/termin\n\nDiese "
           "E-Mail wurde automatisch erstellt."),
    "fr": ("Invitation à un second entretien",
           "Bonjour Alex,\n\nNous souhaitons vous inviter à un second entretien pour le poste de Chef de projet "
           "digital. Merci de choisir un créneau : https://carrieres.maison-verlaine.fr/rdv\n\nCeci est un message "
           "automatique, merci de ne pas y répondre."),
}, heard=True, sender="{c} Careers <careers@{d}>", thread=False)

PROBES = tuple(PROBES_LIST)
BY_NAME = {probe.name: probe for probe in PROBES}


def _fill(text: str, employer: Employer) -> str:
    return text.replace("{d}", employer.domain).replace("{c}", employer.company).replace("{a}", employer.contact)


def message_id(probe: Probe) -> str:
    return f"<{probe.name}@probe.{probe.employer.domain}>"


def _thanks(employer: Employer) -> bytes:
    message = EmailMessage()
    message["From"] = ME
    message["To"] = employer.contact
    message["Subject"] = employer.thanks_subject
    message["Date"] = format_datetime(moment(employer.interview_day, 17))
    message["Message-ID"] = employer.thanks_id
    message.set_content(employer.thanks_body)
    return bytes(message)


def _ics_reply(probe: Probe) -> str:
    e = probe.employer
    status = "DECLINED" if any(word in probe.subject for word in ("Abgelehnt", "Rechazado", "Rifiutato")) \
        else "ACCEPTED"
    return ("BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
            f"BEGIN:VEVENT\r\nUID:call.{e.id}@example.org\r\nATTENDEE;PARTSTAT={status}:mailto:{e.address}\r\n"
            f"ORGANIZER:mailto:{USER}\r\nDTSTART:20261124T130000Z\r\nDTEND:20261124T133000Z\r\n"
            f"SUMMARY:{probe.subject.split(':', 1)[1].strip()}\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def build(probe: Probe, when: datetime) -> bytes:
    """The probe as its mail program writes it."""
    e = probe.employer
    sender = _fill(probe.sender, e) if probe.sender else e.contact
    subject = probe.subject or f"Re: {e.thanks_subject}"
    headers = {name: _fill(value, e) for name, value in probe.headers.items()}
    if probe.shape in ("dsn", "mdn", "ics_reply"):
        head = (f"From: {sender}\nTo: {ME}\nSubject: {subject}\nDate: {format_datetime(when)}\n"
                f"Message-ID: {message_id(probe)}\nMIME-Version: 1.0\n"
                + "".join(f"{name}: {value}\n" for name, value in headers.items()))
        if probe.shape == "ics_reply":
            head += f"Thread-Topic: {subject.split(':', 1)[1].strip()}\n"
            text = (head + 'Content-Type: multipart/alternative; boundary="alt"\n\n'
                    f"--alt\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
                    f"{probe.body}\n\n--alt\nContent-Type: text/calendar; charset=utf-8; method=REPLY\n"
                    f"Content-Transfer-Encoding: 8bit\n\n{_ics_reply(probe)}\n--alt--\n")
            return text.encode()
        original = (f"From: {ME}\nTo: {e.contact}\nSubject: {e.thanks_subject}\nMessage-ID: {e.thanks_id}\n"
                    f"Date: {format_datetime(moment(e.interview_day, 17))}\n")
        if probe.shape == "dsn":
            report = "delivery-status"
            status = (f"Reporting-MTA: dns; mx1.{e.domain}\n\nFinal-Recipient: rfc822; {e.address}\n"
                      "Action: failed\nStatus: 5.1.1\n")
            head += "Auto-Submitted: auto-replied\n"
        else:
            report = "disposition-notification"
            status = (f"Reporting-UA: {e.domain}; Microsoft Outlook 16.0\nFinal-Recipient: rfc822; {e.address}\n"
                      f"Original-Message-ID: {e.thanks_id}\nDisposition: manual-action/MDN-sent-manually; "
                      "displayed\n")
        text = (head + f'Content-Type: multipart/report; report-type={report}; boundary="rep"\n\n'
                f"--rep\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{probe.body}\n\n"
                f"--rep\nContent-Type: message/{report}\n\n{status}\n"
                f"--rep\nContent-Type: text/rfc822-headers\n\n{original}\n--rep--\n")
        return text.encode()
    message = EmailMessage()
    message["From"] = sender
    message["To"] = ME
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = message_id(probe)
    if probe.thread:
        message["In-Reply-To"] = e.thanks_id
        message["References"] = e.thanks_id
    for name, value in headers.items():
        message[name] = value
    body = probe.body
    if probe.thread:
        quoted = "\n".join("> " + line for line in e.thanks_body.splitlines())
        body += f"\n\nOn {format_datetime(moment(e.interview_day, 17))}, Alex Doe <{USER}> wrote:\n{quoted}\n"
    if probe.shape == "html":
        paragraphs = "".join(f"<p>{part}</p>" for part in body.split("\n\n"))
        message.set_content(f"<html><body>{paragraphs}</body></html>", subtype="html")
    else:
        message.set_content(body)
    return bytes(message)


def interviews() -> str:
    return "\n".join(e.table() for e in EMPLOYERS.values())


def mailbox_contents() -> list[tuple[bytes, bool]]:
    mail = [(_thanks(e), True) for e in EMPLOYERS.values()]
    for index, probe in enumerate(PROBES):
        mail.append((build(probe, moment(18 + index % 12, 8 + index % 9, index % 60)), False))
    return mail


def test_the_probes_are_sound() -> None:
    """Every kind of no-news mail in all seven languages, news look-alikes beside them, each named once."""
    assert len(BY_NAME) == len(PROBES)
    assert sum(not probe.heard for probe in PROBES) >= 130
    assert sum(probe.heard for probe in PROBES) >= 18
    quiet = {probe.group for probe in PROBES if not probe.heard}
    for group in quiet:
        assert {probe.lang for probe in PROBES if probe.group == group} == set(EMPLOYERS), group


_SCANS: dict[str, dict[str, dict[str, Any]]] = {}


def scanned(mode: str, request: pytest.FixtureRequest, root: Path) -> dict[str, dict[str, Any]]:
    """The whole mailbox, scanned once per mode: probe name -> its report entry ({} when unlisted)."""
    if mode not in _SCANS:
        listed = entries_by_message_id(mode, request, root, interviews(), mailbox_contents())
        _SCANS[mode] = {probe.name: listed.get(message_id(probe), {}) for probe in PROBES}
    return _SCANS[mode]


@pytest.mark.parametrize("mode", ["maildir", "imap"])
@pytest.mark.parametrize("name", [probe.name for probe in PROBES])
def test_no_news_by_kind(name: str, mode: str, request: pytest.FixtureRequest, tmp_path) -> None:
    probe = BY_NAME[name]
    entry = scanned(mode, request, tmp_path)[name]
    interview = entry.get("interview")
    assert interview in (None, "", probe.employer.id), ("tied to another interview", interview)
    heard = bool(interview) and entry.get("direction") == "received" and entry.get("kind") in HEARD_BACK_KINDS
    why = (probe.group, probe.lang, interview, entry.get("kind"), entry.get("reasons"))
    assert heard == probe.heard, why
