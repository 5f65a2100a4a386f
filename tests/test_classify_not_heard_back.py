"""Automatic mail about an application that states no answer from a person is never hearing back.

Employers' applicant-tracking systems, schedulers, assessment vendors, job boards and
calendars send a steady stream of mail that names the application, the interview or the
role and yet says nothing about the outcome. Each example below is written the way such
systems write, in English, German, French, Spanish, Dutch, Italian and Portuguese, with the
kind a careful reader gives it:

- an interview reminder from a scheduler ("your interview is tomorrow at 10:00") is an
  ``acknowledgement``: it repeats a step already booked and known, so it is no news, and
  it promises no date for news (``date`` stays None, or the follow-up would move);
- an assessment reminder or "your assessment link expires" is an ``acknowledgement`` for
  the same reason: the assessment was the news, the reminder is not;
- "your application status has been updated, log in to see it" is an ``acknowledgement``:
  the message was read whole and says nothing, so it is no verdict; ``unknown`` is kept
  for mail that could not be read (reading it again would tell nothing more);
- "upload your documents to complete your application" and a recruiter's automatic
  "thanks for applying" from a personal address are ``acknowledgement``s;
- candidate-experience surveys, job alerts, "a recruiter viewed your profile", generic
  "complete your profile" nags, talent-community and event invitations, password resets
  and account confirmations are ``bulk``: machine mail about the account, not a reply;
- calendar answers, updates and cancellations sent by a calendar or a scheduler, and read
  receipts, are ``auto_reply``: a system's automatic answer, no word from a person.

Look-alikes that ARE hearing back close the module: a reminder that also moves the
candidate to the final round, a survey after a rejection, a status mail that states the
status, a cancellation with the reason written in it.

The mail is dated Wednesday 4 June 2025.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from tests.test_classify import received
from watcher.classify import classify
from watcher.model import HEARD_BACK_KINDS

NOREPLY = "no-reply@greenhouse-mail.io"
SCHEDULER = "notifications@goodtime.io"
ASSESS = "noreply@hackerrank.com"
PORTAL = "donotreply@myworkday.com"
BOARD = "jobalerts-noreply@linkedin.com"
RECRUITER = "lena.hoffmann@brightwave.example"
AUTO = {"auto-submitted": "auto-generated"}
LIST = {"list-unsubscribe": "<https://mail.example/u/7c1a>", "precedence": "bulk"}
UNSUB = {"list-unsubscribe": "<mailto:unsubscribe@mail.example?subject=unsub>"}
MDN = {"content-type": 'multipart/report; report-type=disposition-notification; boundary="b1"'}


@dataclass(frozen=True)
class Case:
    """One message: the kind a careful reader gives it, and where it came from."""

    group: str
    kind: str
    lang: str
    body: str
    subject: str
    sender: str = NOREPLY
    headers: dict[str, str] = field(default_factory=dict)
    calendar: str | None = None


def _ics(method: str, summary: str, status: str = "CONFIRMED", partstat: str | None = None) -> str:
    attendee = f"ATTENDEE;PARTSTAT={partstat}:mailto:marta.lopez@acme.example\r\n" if partstat else ""
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        f"METHOD:{method}\r\nBEGIN:VEVENT\r\nDTSTART:20250605T080000Z\r\nDTEND:20250605T090000Z\r\n"
        f"UID:7kq3l1@google.com\r\nSUMMARY:{summary}\r\n{attendee}STATUS:{status}\r\nSEQUENCE:2\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


# ------------------------------------------------------------------ interview reminders

REMINDERS = [
    Case(
        "reminder",
        "acknowledgement",
        "en",
        "Hi Sam,\n\nThis is a friendly reminder that your interview with Acme is coming up.\n\n"
        "Role: Senior Data Engineer\nWhen: Thursday, June 5, 2025, 10:00 - 11:00 (CEST)\nWhere: Google Meet "
        "(https://meet.google.com/abc-defg-hij)\nInterviewers: Marta Lopez, Kenji Sato\n\n"
        "Need to reschedule? Use the link in your original confirmation email.\n\nGood luck!\nThe Acme Recruiting Team",
        "Reminder: Your interview with Acme is tomorrow",
        SCHEDULER,
        AUTO,
    ),
    Case(
        "reminder",
        "acknowledgement",
        "en",
        "Your upcoming interview\n\nAcme - Product Designer\nTomorrow at 2:30 PM BST (45 minutes)\n"
        "Join with Zoom: https://acme.zoom.us/j/8812345\n\nPlease make sure you are in a quiet place with a stable "
        "connection. If you can no longer attend, please let us know as soon as possible.\n\n"
        "This is an automated message, please do not reply.",
        "Upcoming: Acme interview tomorrow at 2:30 PM",
        "calendar-noreply@ashbyhq.com",
    ),
    Case(
        "reminder",
        "acknowledgement",
        "en",
        "Hello Sam,\n\nJust a reminder that your onsite interview for the Backend Engineer position is scheduled "
        "for Friday 6 June at 9:30 AM at our London office (12 Finsbury Square). Please bring a photo ID for "
        "reception. Parking is not available on site.\n\nWe look forward to seeing you.\n\nAcme Talent Acquisition\n"
        "(sent via Greenhouse)",
        "Interview reminder - Backend Engineer",
        NOREPLY,
    ),
    Case(
        "reminder",
        "acknowledgement",
        "de",
        "Hallo Sam,\n\nwir möchten Sie an Ihr Vorstellungsgespräch erinnern:\n\nPosition: Werkstudent Controlling\n"
        "Termin: Donnerstag, 05.06.2025, 10:00 Uhr\nOrt: Microsoft Teams (Link in der Kalendereinladung)\n\n"
        "Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig Bescheid.\n\n"
        "Viele Grüße\nIhr Recruiting-Team der Acme GmbH\n\nDiese E-Mail wurde automatisch erstellt.",
        "Erinnerung: Ihr Vorstellungsgespräch morgen um 10:00 Uhr",
        "noreply@personio.de",
        AUTO,
    ),
    Case(
        "reminder",
        "acknowledgement",
        "de",
        "Guten Tag,\n\nIhr Termin für das Zweitgespräch steht in Kürze an: Montag, 9. Juni 2025 um 14:00 Uhr, "
        "Acme GmbH, Lindenstraße 4, 10969 Berlin. Bitte melden Sie sich am Empfang.\n\n"
        "Diese Nachricht wurde automatisch versendet. Bitte antworten Sie nicht auf diese E-Mail.",
        "Terminerinnerung: Zweitgespräch bei Acme",
        "no-reply@softgarden.io",
    ),
    Case(
        "reminder",
        "acknowledgement",
        "fr",
        "Bonjour Sam,\n\nNous vous rappelons votre entretien pour le poste de Chargé de projet :\n"
        "jeudi 5 juin 2025 à 10h00, en visioconférence (Teams).\n\nEn cas d'empêchement, merci de nous prévenir "
        "au plus vite.\n\nCordialement,\nL'équipe Recrutement Acme\n\nCe message est envoyé automatiquement, "
        "merci de ne pas y répondre.",
        "Rappel : votre entretien de demain",
        "ne-pas-repondre@flatchr.io",
        AUTO,
    ),
    Case(
        "reminder",
        "acknowledgement",
        "fr",
        "Rappel de rendez-vous\n\nEntretien avec Acme France - Développeur Java\nDemain, 14:30 - 15:15\n"
        "Lieu : 8 rue de la Paix, 75002 Paris\n\nAjouter à mon agenda | Annuler ou déplacer",
        "Votre rendez-vous de demain à 14:30",
        "notifications@calendly.com",
    ),
    Case(
        "reminder",
        "acknowledgement",
        "es",
        "Hola Sam:\n\nTe recordamos que mañana, jueves 5 de junio a las 10:00, tienes tu entrevista para el puesto "
        "de Analista de Datos en Acme. La entrevista será por Google Meet: https://meet.google.com/xyz-abcd-efg\n\n"
        "Si no puedes asistir, avísanos respondiendo a la invitación.\n\nUn saludo,\nEquipo de Talento de Acme\n\n"
        "Este es un mensaje automático.",
        "Recordatorio: tu entrevista con Acme mañana",
        "no-reply@teamtailor.com",
    ),
    Case(
        "reminder",
        "acknowledgement",
        "es",
        "Estimado candidato:\n\nLe recordamos su cita para la entrevista presencial del proceso de selección "
        "«Técnico de Mantenimiento» el viernes 6 de junio a las 9:00 h en nuestras oficinas de Madrid "
        "(C/ Alcalá 120). Traiga su DNI.\n\nPor favor, no responda a este correo.",
        "Recordatorio de cita - Proceso de selección",
        "noreply@successfactors.eu",
        AUTO,
    ),
    Case(
        "reminder",
        "acknowledgement",
        "nl",
        "Hoi Sam,\n\nEven een herinnering: morgen (donderdag 5 juni) om 10:00 uur heb je je gesprek voor de functie "
        "Marketing Specialist bij Acme. Het gesprek vindt online plaats via Teams.\n\nKun je onverhoopt niet? Laat "
        "het ons dan zo snel mogelijk weten.\n\nMet vriendelijke groet,\nTeam Recruitment Acme\n\n"
        "Dit is een automatisch verzonden bericht.",
        "Herinnering: je sollicitatiegesprek morgen",
        "noreply@recruitee.com",
    ),
    Case(
        "reminder",
        "acknowledgement",
        "nl",
        "Beste Sam,\n\nHierbij herinneren wij je aan je tweede gesprek op maandag 9 juni om 13:30 uur op ons "
        "kantoor in Utrecht (Catharijnesingel 30). Meld je bij de receptie.\n\nDeze e-mail is automatisch "
        "gegenereerd, je kunt hier niet op reageren.",
        "Herinnering afspraak tweede gesprek",
        "no-reply@otys.nl",
        AUTO,
    ),
    Case(
        "reminder",
        "acknowledgement",
        "it",
        "Gentile Sam,\n\nti ricordiamo il colloquio per la posizione di Sviluppatore Frontend previsto per domani, "
        "giovedì 5 giugno, alle ore 10:00 su Google Meet.\n\nIn caso di imprevisti ti preghiamo di avvisarci.\n\n"
        "Il team HR di Acme\n\nQuesta è una e-mail generata automaticamente, si prega di non rispondere.",
        "Promemoria: colloquio di domani",
        "noreply@inrecruiting.com",
    ),
    Case(
        "reminder",
        "acknowledgement",
        "it",
        "Promemoria appuntamento\n\nColloquio conoscitivo - Acme S.p.A.\nVenerdì 6 giugno 2025, 15:00 - 15:30\n"
        "Sede: Via Torino 21, Milano\n\nAggiungi al calendario · Annulla · Riprogramma",
        "Promemoria: il tuo appuntamento di venerdì",
        "notifications@calendly.com",
    ),
    Case(
        "reminder",
        "acknowledgement",
        "pt",
        "Olá Sam,\n\nLembramos que a sua entrevista para a vaga de Analista Financeiro está marcada para amanhã, "
        "quinta-feira, 5 de junho, às 10h00, por videochamada (Microsoft Teams).\n\nCaso não possa comparecer, "
        "avise-nos com antecedência.\n\nEquipa de Recrutamento Acme\n\nEsta mensagem foi enviada automaticamente.",
        "Lembrete: a sua entrevista é amanhã",
        "nao-responder@gupy.io",
        AUTO,
    ),
    Case(
        "reminder",
        "acknowledgement",
        "pt",
        "Oi Sam, tudo bem?\n\nPassando para lembrar da sua entrevista com a Acme na sexta-feira (06/06) às 14h. "
        "O link da reunião está no convite enviado para o seu calendário.\n\nBoa sorte!\n\nEste é um e-mail "
        "automático, por favor não responda.",
        "Lembrete de entrevista - Acme",
        "noreply@kenoby.com",
    ),
]

# ------------------------------------------------------------------ candidate-experience surveys

SURVEYS = [
    Case(
        "survey",
        "bulk",
        "en",
        "Hi Sam,\n\nThank you for interviewing with Acme recently. We're always looking to improve, and we'd love to "
        "hear about your experience - whatever the outcome of your application.\n\nHow was your interview? "
        "[ 1 ] [ 2 ] [ 3 ] [ 4 ] [ 5 ]\n\nThe survey takes about 2 minutes and your answers are anonymous.\n\n"
        "Take the survey: https://survey.acme.example/c/91ab\n\nThank you,\nAcme Candidate Experience",
        "How was your interview with Acme?",
        "surveys@candidatexperience.example",
        UNSUB,
    ),
    Case(
        "survey",
        "bulk",
        "en",
        "We'd like your feedback\n\nYou recently interviewed for Operations Manager at Acme. Tell us how we did: "
        "how likely are you to recommend applying to Acme to a friend?\n\n0 1 2 3 4 5 6 7 8 9 10\n\n"
        "This survey is administered by Survale on behalf of Acme. Unsubscribe from survey emails.",
        "Quick question about your recent interview",
        "acme@survale.com",
        LIST,
    ),
    Case(
        "survey",
        "bulk",
        "de",
        "Hallo Sam,\n\nvielen Dank, dass Sie sich bei der Acme GmbH beworben und an einem Gespräch teilgenommen haben. "
        "Wie haben Sie unseren Bewerbungsprozess erlebt? Ihre Meinung hilft uns, besser zu werden.\n\n"
        "Zur Umfrage (ca. 3 Minuten): https://umfrage.acme.example/b/77\n\nDie Teilnahme ist freiwillig und anonym "
        "und hat keinen Einfluss auf Ihre Bewerbung.\n\nIhr Acme Recruiting-Team",
        "Wie war Ihr Bewerbungsgespräch?",
        "feedback@acme-karriere.example",
        UNSUB,
    ),
    Case(
        "survey",
        "bulk",
        "fr",
        "Bonjour Sam,\n\nVous avez récemment passé un entretien chez Acme. Votre avis compte : pourriez-vous nous "
        "consacrer 2 minutes pour évaluer votre expérience candidat ?\n\nRépondre au questionnaire\n\nVos réponses "
        "sont anonymes et n'ont aucune incidence sur votre candidature.\n\nMerci !\nL'équipe Marque Employeur",
        "Votre avis sur votre entretien chez Acme",
        "enquete@acme-recrute.example",
        LIST,
    ),
    Case(
        "survey",
        "bulk",
        "es",
        "Hola Sam:\n\nGracias por participar en nuestro proceso de selección. ¿Qué tal fue tu entrevista? Nos "
        "encantaría conocer tu opinión para seguir mejorando la experiencia de nuestros candidatos.\n\n"
        "Responder la encuesta (2 minutos)\n\nTus respuestas son confidenciales.\n\nEl equipo de Personas de Acme",
        "¿Qué tal fue tu entrevista con Acme?",
        "encuestas@acme.example",
        UNSUB,
    ),
    Case(
        "survey",
        "bulk",
        "nl",
        "Hoi Sam,\n\nJe hebt onlangs een sollicitatiegesprek gehad bij Acme. Hoe heb je het sollicitatieproces "
        "ervaren? Vul onze korte vragenlijst in, het kost je maar twee minuten.\n\nStart de vragenlijst\n\n"
        "Je antwoorden zijn anoniem en hebben geen invloed op je sollicitatie.\n\nBedankt!\nTeam Acme",
        "Hoe was je sollicitatiegesprek?",
        "noreply@recruitee.com",
        LIST,
    ),
    Case(
        "survey",
        "bulk",
        "it",
        "Ciao Sam,\n\ngrazie per aver partecipato al colloquio con Acme. Ci aiuteresti a migliorare rispondendo a un "
        "breve questionario sulla tua esperienza di selezione?\n\nCompila il questionario\n\nLe risposte sono "
        "anonime e non influiscono in alcun modo sull'esito della tua candidatura.\n\nIl team Talent di Acme",
        "Com'è andato il tuo colloquio?",
        "survey@acme.example",
        UNSUB,
    ),
    Case(
        "survey",
        "bulk",
        "pt",
        "Olá Sam,\n\nObrigado por ter participado na entrevista com a Acme. Como foi a sua experiência? Responda ao "
        "nosso inquérito de 2 minutos e ajude-nos a melhorar o processo de recrutamento.\n\nResponder ao inquérito\n\n"
        "As respostas são anónimas.\n\nEquipa de Recrutamento",
        "Como correu a sua entrevista?",
        "inquerito@acme.example",
        LIST,
    ),
    Case(
        "survey",
        "bulk",
        "pt",
        "Oi Sam!\n\nQueremos saber como foi sua experiência no processo seletivo da Acme. Avalie sua entrevista de "
        "1 a 5 estrelas: https://pesquisa.acme.example/n/33\n\nSua opinião é muito importante para nós.",
        "Avalie sua entrevista na Acme",
        "noreply@gupy.io",
        AUTO,
    ),
]

# ------------------------------------------------------------------ portal nags and documents

PORTAL_NAGS = [
    Case(
        "portal",
        "bulk",
        "en",
        "Hi Sam,\n\nYour candidate profile is 60% complete. Candidates with a complete profile are 3x more likely to "
        "be noticed by recruiters.\n\nAdd your work experience, skills and a profile photo to stand out.\n\n"
        "Complete my profile\n\nYou are receiving this email because you have a candidate account.",
        "Complete your profile to stand out",
        "careers@acme-jobs.example",
        UNSUB,
    ),
    Case(
        "portal",
        "acknowledgement",
        "en",
        "Dear Sam,\n\nWe noticed that your application for Customer Success Manager (Req #4471) is incomplete. To "
        "submit it, please log in to the Candidate Home and upload the following documents:\n\n- CV / resume\n"
        "- Copy of your right-to-work document\n\nIncomplete applications are removed after 14 days.\n\n"
        "Acme Careers\nThis mailbox is not monitored.",
        "Action required: your application is incomplete",
        PORTAL,
        AUTO,
    ),
    Case(
        "portal",
        "acknowledgement",
        "de",
        "Hallo Sam,\n\nIhre Bewerbung als Sachbearbeiter Einkauf ist noch nicht vollständig. Bitte laden Sie im "
        "Bewerberportal noch Ihre Zeugnisse hoch, damit wir Ihre Unterlagen vollständig prüfen können.\n\n"
        "Zum Bewerberportal: https://karriere.acme.example/login\n\nDiese E-Mail wurde automatisch generiert.",
        "Ihre Bewerbung ist noch unvollständig",
        "noreply@dvinci-mail.de",
        AUTO,
    ),
    Case(
        "portal",
        "bulk",
        "de",
        "Hallo Sam,\n\nIhr Profil im Acme Talentportal ist seit 30 Tagen nicht aktualisiert worden. Halten Sie Ihren "
        "Lebenslauf aktuell, damit Sie passende Stellenangebote erhalten.\n\nProfil aktualisieren\n\n"
        "E-Mail-Benachrichtigungen abbestellen",
        "Aktualisieren Sie Ihr Profil",
        "talent@acme-karriere.example",
        LIST,
    ),
    Case(
        "portal",
        "acknowledgement",
        "fr",
        "Bonjour Sam,\n\nVotre dossier de candidature pour le poste de Comptable (H/F) est incomplet. Merci de "
        "déposer votre CV et votre lettre de motivation sur votre espace candidat avant le 11 juin.\n\n"
        "Accéder à mon espace candidat\n\nCeci est un message automatique.",
        "Votre dossier de candidature est incomplet",
        "ne-pas-repondre@talent-soft.com",
        AUTO,
    ),
    Case(
        "portal",
        "acknowledgement",
        "es",
        "Hola Sam:\n\nAún no has completado tu solicitud para el puesto de Administrativo/a de RR. HH. Te faltan los "
        "siguientes pasos: subir tu CV y responder al cuestionario de la oferta.\n\nContinuar mi solicitud\n\n"
        "Si ya lo has hecho, ignora este mensaje.",
        "Completa tu solicitud en Acme",
        "noreply@smartrecruiters.com",
    ),
    Case(
        "portal",
        "bulk",
        "nl",
        "Hoi Sam,\n\nJe profiel is nog niet compleet. Voeg je werkervaring en opleiding toe, dan kunnen recruiters "
        "je beter vinden.\n\nMaak je profiel compleet\n\nWil je deze e-mails niet meer ontvangen? Afmelden.",
        "Maak je profiel compleet",
        "noreply@werkenbijacme.example",
        UNSUB,
    ),
    Case(
        "portal",
        "acknowledgement",
        "it",
        "Gentile Sam,\n\nla tua candidatura per la posizione di Addetto Logistica non è ancora completa. Accedi "
        "all'area candidati e carica il tuo curriculum per inviarla.\n\nVai all'area candidati\n\n"
        "Messaggio generato automaticamente, non rispondere.",
        "Completa la tua candidatura",
        "noreply@inrecruiting.com",
        AUTO,
    ),
    Case(
        "portal",
        "acknowledgement",
        "pt",
        "Olá Sam,\n\nA sua candidatura à vaga de Técnico de Suporte ainda não está concluída. Aceda à sua área de "
        "candidato e carregue os documentos em falta (CV e certificado de habilitações).\n\n"
        "Concluir candidatura\n\nEste e-mail foi gerado automaticamente.",
        "Conclua a sua candidatura",
        "nao-responder@acme-recrutamento.example",
        AUTO,
    ),
]

# ------------------------------------------------------------------ assessment reminders

ASSESSMENTS = [
    Case(
        "assessment",
        "acknowledgement",
        "en",
        "Hi Sam,\n\nThis is a reminder that you have not yet completed the coding assessment for Acme's Software "
        "Engineer role. Your test link expires in 48 hours (June 6, 2025 at 23:59 UTC).\n\nStart test: "
        "https://www.hackerrank.com/test/abc123\n\nDuration: 90 minutes\n\nGood luck!\nHackerRank on behalf of Acme",
        "Reminder: your Acme assessment expires in 48 hours",
        ASSESS,
        AUTO,
    ),
    Case(
        "assessment",
        "acknowledgement",
        "en",
        "Your assessment is waiting\n\nAcme invited you to complete an online assessment. You haven't started it yet."
        "\n\nComplete by: Friday, 6 June 2025\nEstimated time: 25 minutes\n\nBegin assessment\n\n"
        "If you have already completed it, please disregard this email.",
        "Don't forget to complete your assessment",
        "no-reply@testgorilla.com",
    ),
    Case(
        "assessment",
        "acknowledgement",
        "de",
        "Hallo Sam,\n\nSie haben den Online-Test für Ihre Bewerbung bei der Acme GmbH noch nicht abgeschlossen. Ihr "
        "Zugangslink ist noch bis zum 08.06.2025 gültig.\n\nZum Test\n\nBei technischen Problemen wenden Sie sich an "
        "support@cut-e.example.\n\nDiese Nachricht wurde automatisch erzeugt.",
        "Erinnerung: Online-Test noch nicht abgeschlossen",
        "noreply@cut-e.example",
        AUTO,
    ),
    Case(
        "assessment",
        "acknowledgement",
        "fr",
        "Bonjour Sam,\n\nVous n'avez pas encore terminé le test en ligne lié à votre candidature chez Acme. "
        "Attention : votre lien expire le 7 juin 2025.\n\nCommencer le test\n\nMessage envoyé automatiquement.",
        "Rappel : votre lien de test expire bientôt",
        "noreply@assessfirst.com",
    ),
    Case(
        "assessment",
        "acknowledgement",
        "es",
        "Hola Sam:\n\nTe recordamos que tienes pendiente la prueba técnica del proceso de selección de Acme. El enlace "
        "caduca en 24 horas.\n\nRealizar la prueba\n\nSi ya la has completado, no tengas en cuenta este mensaje.",
        "Recordatorio: prueba técnica pendiente",
        "noreply@coderbyte.com",
        AUTO,
    ),
    Case(
        "assessment",
        "acknowledgement",
        "nl",
        "Beste Sam,\n\nJe hebt de online assessment voor je sollicitatie bij Acme nog niet afgerond. De link is nog "
        "geldig tot en met zondag 8 juni.\n\nGa naar de assessment\n\nDit bericht is automatisch verstuurd.",
        "Herinnering: rond je assessment af",
        "noreply@ixly.nl",
    ),
    Case(
        "assessment",
        "acknowledgement",
        "it",
        "Ciao Sam,\n\nnon hai ancora completato il test online per la selezione Acme. Il link scadrà il 7 giugno alle "
        "23:59.\n\nInizia il test\n\nQuesta è una comunicazione automatica.",
        "Promemoria: il tuo test scade a breve",
        "noreply@testgorilla.com",
        AUTO,
    ),
    Case(
        "assessment",
        "acknowledgement",
        "pt",
        "Olá Sam,\n\nAinda não concluiu o teste online do processo de recrutamento da Acme. O seu link expira em "
        "48 horas.\n\nIniciar teste\n\nSe já concluiu o teste, ignore esta mensagem.",
        "Lembrete: o seu link de teste expira em breve",
        "noreply@codility.com",
        AUTO,
    ),
]

# ------------------------------------------------------------------ "your status changed, log in to see it"

STATUS_UPDATES = [
    Case(
        "status",
        "acknowledgement",
        "en",
        "Hi Sam,\n\nThere has been an update to your application for Senior Analyst (R-20417) at Acme.\n\n"
        "Please sign in to your candidate account to view your application status.\n\nView my application\n\n"
        "Please do not reply to this message.",
        "An update on your application",
        PORTAL,
        AUTO,
    ),
    Case(
        "status",
        "acknowledgement",
        "en",
        "The status of your application has changed.\n\nJob: Field Service Technician\nCompany: Acme Corp\n\n"
        "Log in to the careers portal to see the latest status: https://acme.taleo.net/careersection/login",
        "Your application status has been updated",
        "noreply@taleo.net",
    ),
    Case(
        "status",
        "acknowledgement",
        "de",
        "Hallo Sam,\n\nder Status Ihrer Bewerbung als Projektingenieur (m/w/d) hat sich geändert. Den aktuellen "
        "Stand finden Sie in Ihrem Bewerberkonto.\n\nZum Bewerberkonto\n\nDies ist eine automatisch generierte "
        "Nachricht.",
        "Statusänderung Ihrer Bewerbung",
        "noreply@successfactors.eu",
        AUTO,
    ),
    Case(
        "status",
        "acknowledgement",
        "fr",
        "Bonjour,\n\nLe statut de votre candidature au poste d'Ingénieur qualité a été mis à jour. Connectez-vous à "
        "votre espace candidat pour en prendre connaissance.\n\nMon espace candidat\n\nNe pas répondre.",
        "Mise à jour de votre candidature",
        "ne-pas-repondre@talent-soft.com",
    ),
    Case(
        "status",
        "acknowledgement",
        "es",
        "Hola Sam:\n\nEl estado de tu candidatura al puesto de Ingeniero/a de Procesos ha cambiado. Accede a tu área "
        "de candidato para consultarlo.\n\nVer mi candidatura\n\nEste correo se ha generado automáticamente.",
        "Actualización del estado de tu candidatura",
        "noreply@successfactors.eu",
        AUTO,
    ),
    Case(
        "status",
        "acknowledgement",
        "nl",
        "Beste Sam,\n\nEr is een update over je sollicitatie voor de functie Data Analist. Log in op je "
        "kandidatenportaal om de status te bekijken.\n\nNaar mijn sollicitaties\n\nDit is een automatisch bericht.",
        "Update over je sollicitatie",
        PORTAL,
    ),
    Case(
        "status",
        "acknowledgement",
        "it",
        "Gentile Sam,\n\nlo stato della tua candidatura per la posizione di Controller è stato aggiornato. Accedi "
        "alla tua area personale per visualizzarlo.\n\nAccedi\n\nNon rispondere a questa e-mail.",
        "Aggiornamento sulla tua candidatura",
        "noreply@inrecruiting.com",
        AUTO,
    ),
    Case(
        "status",
        "acknowledgement",
        "pt",
        "Olá Sam,\n\nHouve uma atualização no status da sua candidatura para a vaga de Analista de Marketing. Acesse "
        "sua conta para conferir.\n\nVer minha candidatura\n\nEste é um e-mail automático.",
        "Atualização na sua candidatura",
        "noreply@gupy.io",
    ),
]

# ------------------------------------------------------------------ job alerts

JOB_ALERTS = [
    Case(
        "alert",
        "bulk",
        "en",
        "Jobs similar to Senior Data Engineer at Acme\n\nData Engineer - Globex - London (Hybrid)\n"
        "Analytics Engineer - Initech - Remote\nSenior Data Engineer - Umbrella - Manchester\n\n"
        "See all jobs\n\nYou're receiving this because you applied to Senior Data Engineer at Acme. Unsubscribe.",
        "Sam, jobs like Senior Data Engineer at Acme",
        BOARD,
        LIST,
    ),
    Case(
        "alert",
        "bulk",
        "en",
        "New jobs at Acme that match your profile\n\nProduct Analyst - Berlin\nSenior Product Analyst - Remote EU\n\n"
        "Because you applied to Acme, we think you'll like these roles. Apply now before they fill up!",
        "3 new jobs at Acme",
        "jobs@acme-careers.example",
        UNSUB,
    ),
    Case(
        "alert",
        "bulk",
        "de",
        "Neue Jobs für Sie: Ähnlich wie Werkstudent Controlling bei Acme\n\nWerkstudent Finanzen - Globex - Hamburg\n"
        "Praktikant Controlling - Initech - München\n\nAlle Jobs ansehen\n\nJobalarm verwalten oder abbestellen",
        "Jobs ähnlich wie Werkstudent Controlling",
        "jobagent@stepstone.de",
        LIST,
    ),
    Case(
        "alert",
        "bulk",
        "fr",
        "Offres similaires à Chargé de projet chez Acme\n\nChef de projet - Globex - Lyon\n"
        "Chargé de mission - Initech - Paris\n\nVoir les offres\n\nSe désabonner de cette alerte",
        "De nouvelles offres pour vous",
        "alerte@indeed.com",
        LIST,
    ),
    Case(
        "alert",
        "bulk",
        "es",
        "Empleos parecidos a Analista de Datos en Acme\n\nAnalista BI - Globex - Madrid\n"
        "Data Analyst - Initech - Barcelona\n\nVer todas las ofertas\n\nDarse de baja",
        "Sam, empleos como Analista de Datos en Acme",
        BOARD,
        LIST,
    ),
    Case(
        "alert",
        "bulk",
        "nl",
        "Vacatures die lijken op Marketing Specialist bij Acme\n\nMarketeer - Globex - Amsterdam\n"
        "Content Specialist - Initech - Utrecht\n\nBekijk alle vacatures\n\nAfmelden voor vacaturemeldingen",
        "Nieuwe vacatures voor jou",
        "noreply@nationalevacaturebank.nl",
        LIST,
    ),
    Case(
        "alert",
        "bulk",
        "it",
        "Offerte simili a Sviluppatore Frontend presso Acme\n\nFrontend Developer - Globex - Torino\n"
        "Web Developer - Initech - Bologna\n\nVedi tutte le offerte\n\nAnnulla l'iscrizione",
        "Nuove offerte di lavoro per te",
        "avvisi@infojobs.it",
        LIST,
    ),
    Case(
        "alert",
        "bulk",
        "pt",
        "Vagas parecidas com Analista Financeiro na Acme\n\nAnalista Contábil - Globex - São Paulo\n"
        "Assistente Financeiro - Initech - Remoto\n\nVer todas as vagas\n\nCancelar inscrição",
        "Sam, vagas como Analista Financeiro na Acme",
        BOARD,
        LIST,
    ),
]

# ------------------------------------------------------------------ "a recruiter viewed your profile"

PROFILE_VIEWS = [
    Case(
        "viewed",
        "bulk",
        "en",
        "Marta Lopez, Talent Acquisition Partner at Acme, viewed your profile.\n\nSee who's viewed your profile\n\n"
        "You're receiving notification emails. Unsubscribe · Help",
        "A recruiter from Acme viewed your profile",
        "notifications-noreply@linkedin.com",
        LIST,
    ),
    Case(
        "viewed",
        "bulk",
        "en",
        "Your application was viewed by Acme\n\nSenior Data Engineer · Acme · London\nApplied 2 weeks ago\n\n"
        "Check out other jobs at Acme.",
        "Your application was viewed",
        "jobs-noreply@linkedin.com",
        LIST,
    ),
    Case(
        "viewed",
        "bulk",
        "de",
        "Marta Lopez, Recruiterin bei Acme, hat Ihr Profil angesehen.\n\nSehen Sie, wer Ihr Profil angesehen hat"
        "\n\nAbbestellen · Hilfe",
        "Eine Recruiterin von Acme hat Ihr Profil angesehen",
        "notifications-noreply@linkedin.com",
        LIST,
    ),
    Case(
        "viewed",
        "bulk",
        "fr",
        "Votre candidature a été consultée par Acme\n\nChargé de projet · Acme · Paris\n\nVoir d'autres offres "
        "chez Acme\n\nSe désabonner",
        "Votre candidature a été consultée",
        "jobs-noreply@linkedin.com",
        LIST,
    ),
    Case(
        "viewed",
        "bulk",
        "es",
        "Marta López, reclutadora en Acme, ha visto tu perfil.\n\nDescubre quién ha visto tu perfil\n\n"
        "Darse de baja · Ayuda",
        "Una reclutadora de Acme ha visto tu perfil",
        "notifications-noreply@linkedin.com",
        LIST,
    ),
    Case(
        "viewed",
        "bulk",
        "nl",
        "Je sollicitatie is bekeken door Acme\n\nMarketing Specialist · Acme · Amsterdam\n\nBekijk meer vacatures "
        "bij Acme\n\nAfmelden",
        "Je sollicitatie is bekeken",
        "jobs-noreply@linkedin.com",
        LIST,
    ),
    Case(
        "viewed",
        "bulk",
        "it",
        "Marta Lopez, recruiter presso Acme, ha visualizzato il tuo profilo.\n\nScopri chi ha visto il tuo profilo"
        "\n\nAnnulla l'iscrizione",
        "Una recruiter di Acme ha visualizzato il tuo profilo",
        "notifications-noreply@linkedin.com",
        LIST,
    ),
    Case(
        "viewed",
        "bulk",
        "pt",
        "A sua candidatura foi vista pela Acme\n\nAnalista Financeiro · Acme · Lisboa\n\nVeja outras vagas na Acme"
        "\n\nCancelar subscrição",
        "A sua candidatura foi vista",
        "jobs-noreply@linkedin.com",
        LIST,
    ),
]

# ------------------------------------------------------------------ calendar answers, updates, cancellations

CALENDAR = [
    Case(
        "calendar",
        "auto_reply",
        "en",
        "Marta Lopez has declined this invitation.\n\nInterview: Sam Carter / Acme - Final round\n"
        "When: Thu Jun 5, 2025 10am - 11am (CEST)\nCalendar: sam.carter@example.org\n\n"
        "Invitation from Google Calendar",
        "Declined: Interview: Sam Carter / Acme - Final round @ Thu Jun 5, 2025 10am - 11am (CEST)",
        "marta.lopez@acme.example",
        {},
        _ics("REPLY", "Interview: Sam Carter / Acme - Final round", partstat="DECLINED"),
    ),
    Case(
        "calendar",
        "auto_reply",
        "en",
        "This event has been updated\nChanged: video call link\n\nInterview with Acme - Panel\n"
        "Thursday Jun 5, 2025 · 10:00 - 11:00\nJoin Zoom: https://acme.zoom.us/j/99887766\n\n"
        "Invitation from Google Calendar. You are receiving this email because you are an attendee of the event.",
        "Updated invitation: Interview with Acme - Panel @ Thu Jun 5, 2025 10am - 11am",
        "calendar-notification@google.com",
        {},
        _ics("REQUEST", "Interview with Acme - Panel"),
    ),
    Case(
        "calendar",
        "auto_reply",
        "en",
        "Kenji Sato tentatively accepted this invitation.\n\nAcme interview debrief\nFri Jun 6, 2025 4pm - 4:30pm",
        "Tentatively Accepted: Acme interview debrief",
        "kenji.sato@acme.example",
        {},
        _ics("REPLY", "Acme interview debrief", partstat="TENTATIVE"),
    ),
    Case(
        "calendar",
        "auto_reply",
        "de",
        "Marta Lopez hat diese Einladung abgelehnt.\n\nVorstellungsgespräch Sam Carter\n"
        "Wann: Do., 5. Juni 2025 10:00 - 11:00 (MESZ)\n\nEinladung von Google Kalender",
        "Abgelehnt: Vorstellungsgespräch Sam Carter @ Do., 5. Juni 2025 10:00 - 11:00",
        "marta.lopez@acme.example",
        {},
        _ics("REPLY", "Vorstellungsgespräch Sam Carter", partstat="DECLINED"),
    ),
    Case(
        "calendar",
        "auto_reply",
        "fr",
        "Cet événement a été modifié\nModifié : lieu\n\nEntretien Acme - Sam Carter\njeudi 5 juin 2025 · 10:00 - 11:00\n"
        "Lieu : Salle Rivoli, 3e étage\n\nInvitation de Google Agenda",
        "Invitation mise à jour : Entretien Acme - Sam Carter",
        "calendar-notification@google.com",
        {},
        _ics("REQUEST", "Entretien Acme - Sam Carter"),
    ),
    Case(
        "calendar",
        "auto_reply",
        "es",
        "Este evento se ha cancelado.\n\nEntrevista Acme - Sam Carter\njueves, 5 de junio de 2025 · 10:00 - 11:00\n\n"
        "Invitación de Google Calendar",
        "Evento cancelado: Entrevista Acme - Sam Carter @ jue 5 jun 2025 10:00 - 11:00",
        "calendar-notification@google.com",
        {},
        _ics("CANCEL", "Entrevista Acme - Sam Carter", status="CANCELLED"),
    ),
    Case(
        "calendar",
        "auto_reply",
        "nl",
        "Marta Lopez heeft deze uitnodiging geaccepteerd.\n\nSollicitatiegesprek Acme - Sam Carter\n"
        "donderdag 5 juni 2025 10:00 - 11:00",
        "Geaccepteerd: Sollicitatiegesprek Acme - Sam Carter",
        "marta.lopez@acme.example",
        {},
        _ics("REPLY", "Sollicitatiegesprek Acme - Sam Carter", partstat="ACCEPTED"),
    ),
    Case(
        "calendar",
        "auto_reply",
        "it",
        "Marta Lopez ha rifiutato questo invito.\n\nColloquio Acme - Sam Carter\ngiovedì 5 giugno 2025 10:00 - 11:00"
        "\n\nInvito da Google Calendar",
        "Rifiutato: Colloquio Acme - Sam Carter @ gio 5 giu 2025 10:00 - 11:00",
        "marta.lopez@acme.example",
        {},
        _ics("REPLY", "Colloquio Acme - Sam Carter", partstat="DECLINED"),
    ),
    Case(
        "calendar",
        "auto_reply",
        "pt",
        "Este evento foi cancelado.\n\nEntrevista Acme - Sam Carter\nquinta-feira, 5 de junho de 2025 · 10:00 - 11:00"
        "\n\nConvite do Google Agenda",
        "Evento cancelado: Entrevista Acme - Sam Carter",
        "calendar-notification@google.com",
        {},
        _ics("CANCEL", "Entrevista Acme - Sam Carter", status="CANCELLED"),
    ),
]

# ------------------------------------------------------------------ a recruiter's automatic "thanks for applying"

AUTO_THANKS = [
    Case(
        "thanks",
        "acknowledgement",
        "en",
        "Hi there,\n\nThanks so much for applying to Brightwave! I personally read every application, and I'll be in "
        "touch within two weeks if your background is a match for the role.\n\nIn the meantime, feel free to check "
        "out our engineering blog.\n\nCheers,\nLena Hoffmann\nHead of Talent, Brightwave",
        "Thanks for applying to Brightwave",
        RECRUITER,
        AUTO,
    ),
    Case(
        "thanks",
        "acknowledgement",
        "en",
        "Hi Sam,\n\nThank you for your interest in the Account Executive role at Brightwave. This is an automated "
        "note to let you know your application landed safely in my inbox. I'm reviewing applications on a rolling "
        "basis and will reach out if we'd like to chat.\n\nBest,\nLena",
        "Your application to Brightwave",
        RECRUITER,
    ),
    Case(
        "thanks",
        "acknowledgement",
        "de",
        "Hallo,\n\nvielen Dank für Ihre Bewerbung! Dies ist eine automatische Eingangsbestätigung. Ich sichte alle "
        "Unterlagen persönlich und melde mich innerhalb von zwei Wochen bei Ihnen.\n\nBeste Grüße\nLena Hoffmann\n"
        "Talent Acquisition, Brightwave GmbH",
        "Eingangsbestätigung Ihrer Bewerbung",
        RECRUITER,
        AUTO,
    ),
    Case(
        "thanks",
        "acknowledgement",
        "fr",
        "Bonjour,\n\nMerci pour votre candidature ! Ceci est une réponse automatique : je prends connaissance de "
        "chaque dossier personnellement et je reviendrai vers vous sous quinze jours si votre profil correspond.\n\n"
        "Bien à vous,\nLena Hoffmann",
        "Merci pour votre candidature",
        RECRUITER,
    ),
    Case(
        "thanks",
        "acknowledgement",
        "es",
        "Hola:\n\n¡Gracias por postularte! Este es un mensaje automático para confirmarte que he recibido tu "
        "candidatura. Reviso todos los perfiles personalmente y te escribiré en un plazo de dos semanas si encajas "
        "en el puesto.\n\nUn saludo,\nLena Hoffmann",
        "Gracias por tu candidatura",
        RECRUITER,
        AUTO,
    ),
    Case(
        "thanks",
        "acknowledgement",
        "nl",
        "Hoi,\n\nBedankt voor je sollicitatie! Dit is een automatisch bericht om te laten weten dat ik je "
        "sollicitatie goed heb ontvangen. Ik bekijk alle reacties zelf en neem binnen twee weken contact op als je "
        "profiel aansluit.\n\nGroet,\nLena Hoffmann",
        "Bedankt voor je sollicitatie",
        RECRUITER,
    ),
    Case(
        "thanks",
        "acknowledgement",
        "it",
        "Ciao,\n\ngrazie per la tua candidatura! Questo è un messaggio automatico per confermarti che l'ho ricevuta. "
        "Leggo personalmente ogni curriculum e ti ricontatterò entro due settimane se il tuo profilo è in linea.\n\n"
        "A presto,\nLena Hoffmann",
        "Grazie per la candidatura",
        RECRUITER,
        AUTO,
    ),
    Case(
        "thanks",
        "acknowledgement",
        "pt",
        "Olá,\n\nObrigada pela sua candidatura! Esta é uma resposta automática para confirmar que a recebi. Analiso "
        "pessoalmente todos os currículos e entrarei em contacto no prazo de duas semanas se o seu perfil for "
        "adequado.\n\nCumprimentos,\nLena Hoffmann",
        "Obrigada pela sua candidatura",
        RECRUITER,
    ),
]

# ------------------------------------------------------------------ password resets and account confirmations

ACCOUNT = [
    Case(
        "account",
        "bulk",
        "en",
        "Hi Sam,\n\nWe received a request to reset the password for your Acme Careers account. Click the link below "
        "to choose a new password. The link expires in 24 hours.\n\nReset password\n\nIf you didn't request this, "
        "you can safely ignore this email. Your application will not be affected.",
        "Reset your Acme Careers password",
        PORTAL,
        AUTO,
    ),
    Case(
        "account",
        "bulk",
        "en",
        "Welcome to Acme Careers!\n\nPlease confirm your email address to activate your candidate account and keep "
        "track of your applications.\n\nConfirm email address\n\nThis link is valid for 7 days.",
        "Confirm your email address",
        "noreply@smartrecruiters.com",
        AUTO,
    ),
    Case(
        "account",
        "bulk",
        "de",
        "Hallo Sam,\n\nSie haben das Zurücksetzen Ihres Passworts für das Acme Bewerberportal angefordert. Klicken "
        "Sie auf den folgenden Link, um ein neues Passwort zu vergeben:\n\nPasswort zurücksetzen\n\nDer Link ist "
        "24 Stunden gültig. Wenn Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail.",
        "Passwort zurücksetzen",
        "noreply@successfactors.eu",
        AUTO,
    ),
    Case(
        "account",
        "bulk",
        "fr",
        "Bonjour,\n\nMerci de confirmer votre adresse e-mail pour activer votre espace candidat Acme.\n\n"
        "Confirmer mon adresse\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.",
        "Activez votre compte candidat",
        "ne-pas-repondre@talent-soft.com",
        AUTO,
    ),
    Case(
        "account",
        "bulk",
        "es",
        "Hola Sam:\n\nHemos recibido una solicitud para restablecer la contraseña de tu cuenta de candidato en Acme. "
        "Haz clic en el enlace para crear una nueva contraseña:\n\nRestablecer contraseña\n\nSi no has sido tú, "
        "ignora este correo.",
        "Restablece tu contraseña",
        "noreply@successfactors.eu",
        AUTO,
    ),
    Case(
        "account",
        "bulk",
        "nl",
        "Beste Sam,\n\nJe hebt gevraagd om je wachtwoord opnieuw in te stellen voor je kandidatenaccount bij Acme. "
        "Klik op de onderstaande link om een nieuw wachtwoord te kiezen.\n\nWachtwoord opnieuw instellen\n\n"
        "Heb je dit niet aangevraagd? Dan kun je deze e-mail negeren.",
        "Wachtwoord opnieuw instellen",
        PORTAL,
        AUTO,
    ),
    Case(
        "account",
        "bulk",
        "it",
        "Ciao Sam,\n\nconferma il tuo indirizzo e-mail per attivare il tuo account candidato su Acme Careers.\n\n"
        "Conferma indirizzo e-mail\n\nIl link è valido per 48 ore.",
        "Conferma il tuo indirizzo e-mail",
        "noreply@inrecruiting.com",
        AUTO,
    ),
    Case(
        "account",
        "bulk",
        "pt",
        "Olá Sam,\n\nRecebemos um pedido para redefinir a palavra-passe da sua conta de candidato na Acme. Clique no "
        "link abaixo para escolher uma nova palavra-passe.\n\nRedefinir palavra-passe\n\nSe não fez este pedido, "
        "ignore este e-mail.",
        "Redefinir palavra-passe",
        "nao-responder@acme-recrutamento.example",
        AUTO,
    ),
]

# ------------------------------------------------------------------ talent communities and events

COMMUNITY = [
    Case(
        "community",
        "bulk",
        "en",
        "Hi Sam,\n\nThank you for your recent interest in Acme. Even if this role wasn't the one, we'd love to stay in "
        "touch! Join the Acme Talent Community to be the first to hear about new openings, events and life at Acme."
        "\n\nJoin our Talent Community\n\nUnsubscribe",
        "Stay connected with Acme",
        "talent@acme-careers.example",
        LIST,
    ),
    Case(
        "community",
        "bulk",
        "en",
        "You're invited: Acme Engineering Open House\n\nThursday 19 June, 6:00 PM - 8:30 PM\nAcme HQ, 1 Market St\n\n"
        "Meet our engineers, hear about our tech stack and the roles we're hiring for. Drinks and pizza provided.\n\n"
        "RSVP now - spaces are limited!",
        "You're invited: Acme Engineering Open House",
        "events@acme-careers.example",
        UNSUB,
    ),
    Case(
        "community",
        "bulk",
        "de",
        "Hallo Sam,\n\nwerden Sie Teil unseres Talent-Netzwerks! So erfahren Sie als Erstes von neuen Stellen, "
        "Karriere-Events und Neuigkeiten aus der Acme-Welt.\n\nJetzt Mitglied werden\n\nAbmelden",
        "Bleiben Sie mit Acme in Kontakt",
        "talent@acme-karriere.example",
        LIST,
    ),
    Case(
        "community",
        "bulk",
        "fr",
        "Bonjour Sam,\n\nAcme vous invite à son Job Dating le jeudi 19 juin à 18h dans nos locaux lyonnais. Venez "
        "rencontrer nos équipes et découvrir nos postes ouverts !\n\nJe m'inscris\n\nSe désinscrire",
        "Invitation : Job Dating Acme le 19 juin",
        "evenements@acme-recrute.example",
        LIST,
    ),
    Case(
        "community",
        "bulk",
        "es",
        "Hola Sam:\n\nÚnete a la comunidad de talento de Acme y recibe antes que nadie nuestras nuevas ofertas, "
        "eventos y novedades.\n\nUnirme a la comunidad\n\nDarse de baja",
        "Únete a nuestra comunidad de talento",
        "talento@acme.example",
        LIST,
    ),
    Case(
        "community",
        "bulk",
        "nl",
        "Hoi Sam,\n\nJe bent van harte uitgenodigd voor onze Meet & Greet op donderdag 19 juni om 17:00 uur in ons "
        "kantoor in Amsterdam. Maak kennis met het team en ontdek onze vacatures.\n\nMeld je aan\n\nAfmelden",
        "Uitnodiging: Meet & Greet bij Acme",
        "events@werkenbijacme.example",
        LIST,
    ),
    Case(
        "community",
        "bulk",
        "it",
        "Ciao Sam,\n\nentra nella Talent Community di Acme: sarai il primo a scoprire le nuove posizioni aperte e i "
        "nostri eventi di recruiting.\n\nIscriviti\n\nAnnulla l'iscrizione",
        "Resta in contatto con Acme",
        "talent@acme.example",
        LIST,
    ),
    Case(
        "community",
        "bulk",
        "pt",
        "Olá Sam,\n\nConvidamos você para o nosso Open Day de Tecnologia no dia 19 de junho, às 18h, no escritório "
        "de Lisboa. Conheça as nossas equipas e as vagas em aberto.\n\nInscrever-me\n\nCancelar subscrição",
        "Convite: Open Day Acme",
        "eventos@acme.example",
        LIST,
    ),
]

# ------------------------------------------------------------------ read receipts

READ_RECEIPTS = [
    Case(
        "receipt",
        "auto_reply",
        "en",
        "Your message\n\n  To: Marta Lopez\n  Subject: Thank you - Data Engineer interview\n  Sent: Tuesday, June 3, "
        "2025 4:12 PM\n\nwas read on Wednesday, June 4, 2025 9:03 AM.",
        "Read: Thank you - Data Engineer interview",
        "marta.lopez@acme.example",
        MDN,
    ),
    Case(
        "receipt",
        "auto_reply",
        "en",
        "This is a receipt for the mail you sent to marta.lopez@acme.example at 03/06/2025 16:12\n\nThis receipt "
        "verifies that the message has been displayed on the recipient's computer at 04/06/2025 09:03",
        "Return Receipt (displayed) - Following up on my interview",
        "marta.lopez@acme.example",
    ),
    Case(
        "receipt",
        "auto_reply",
        "de",
        "Ihre Nachricht\n\n  An: Marta Lopez\n  Betreff: Vielen Dank für das Gespräch\n  Gesendet: Dienstag, 3. Juni "
        "2025 16:12\n\nwurde am Mittwoch, 4. Juni 2025 09:03 gelesen.",
        "Gelesen: Vielen Dank für das Gespräch",
        "marta.lopez@acme.example",
        MDN,
    ),
    Case(
        "receipt",
        "auto_reply",
        "fr",
        "Votre message\n\n  À : Marta Lopez\n  Objet : Merci pour l'entretien\n  Envoyé : mardi 3 juin 2025 16:12\n\n"
        "a été lu le mercredi 4 juin 2025 09:03.",
        "Lu : Merci pour l'entretien",
        "marta.lopez@acme.example",
        MDN,
    ),
    Case(
        "receipt",
        "auto_reply",
        "es",
        "Su mensaje\n\n  Para: Marta López\n  Asunto: Gracias por la entrevista\n  Enviado: martes, 3 de junio de "
        "2025 16:12\n\nha sido leído el miércoles, 4 de junio de 2025 9:03.",
        "Leído: Gracias por la entrevista",
        "marta.lopez@acme.example",
    ),
    Case(
        "receipt",
        "auto_reply",
        "nl",
        "Uw bericht\n\n  Aan: Marta Lopez\n  Onderwerp: Bedankt voor het gesprek\n  Verzonden: dinsdag 3 juni 2025 "
        "16:12\n\nis gelezen op woensdag 4 juni 2025 09:03.",
        "Gelezen: Bedankt voor het gesprek",
        "marta.lopez@acme.example",
        MDN,
    ),
    Case(
        "receipt",
        "auto_reply",
        "it",
        "Il messaggio\n\n  A: Marta Lopez\n  Oggetto: Grazie per il colloquio\n  Inviato: martedì 3 giugno 2025 "
        "16:12\n\nè stato letto mercoledì 4 giugno 2025 09:03.",
        "Letto: Grazie per il colloquio",
        "marta.lopez@acme.example",
    ),
    Case(
        "receipt",
        "auto_reply",
        "pt",
        "A sua mensagem\n\n  Para: Marta Lopez\n  Assunto: Obrigado pela entrevista\n  Enviada: terça-feira, 3 de "
        "junho de 2025 16:12\n\nfoi lida na quarta-feira, 4 de junho de 2025 09:03.",
        "Lida: Obrigado pela entrevista",
        "marta.lopez@acme.example",
        MDN,
    ),
]

# ------------------------------------------------------------------ look-alikes that ARE hearing back

HEARD = [
    Case(
        "heard",
        "next_step",
        "en",
        "Hi Sam,\n\nThanks again for your time on Monday. Great news: the team would like to move you forward to the "
        "final round! Please use the link below to pick a 2-hour slot next week with the leadership panel.\n\n"
        "Schedule your final interview: https://app.goodtime.io/s/4fa1\n\nThis is an automated reminder; the link "
        "expires in 5 days.",
        "Reminder: schedule your final round with Acme",
        SCHEDULER,
        AUTO,
    ),
    Case(
        "heard",
        "rejection",
        "en",
        "Dear Sam,\n\nThank you for interviewing for the Product Designer role. After careful consideration, we have "
        "decided not to move forward with your application at this time.\n\nWe'd value your feedback on the "
        "process: the survey below takes two minutes.\n\nTake the survey\n\nAcme Recruiting",
        "Your application to Acme",
        NOREPLY,
        UNSUB,
    ),
    Case(
        "heard",
        "rejection",
        "en",
        "Your application status has been updated.\n\nJob: Senior Analyst (R-20417)\nStatus: Not selected - position "
        "filled\n\nThank you for your interest in Acme. We encourage you to apply for future openings.",
        "Your application status has been updated",
        PORTAL,
        AUTO,
    ),
    Case(
        "heard",
        "rejection",
        "es",
        "Hola Sam:\n\nAcme Servicios ha revisado tu candidatura a la oferta «Contable».\n\nEstado: Cerrada – no "
        "seleccionada\n\nSigue buscando: cada día se publican ofertas nuevas.\n\nEl equipo de Acme Empleo",
        "Tu candidatura ha cambiado de estado",
        NOREPLY,
    ),
    Case(
        "heard",
        "rejection",
        "en",
        "Hi Sam, I'm cancelling our final-round slot on Thursday: after Monday's interviews the team decided to go "
        "with another candidate. I'm sorry to bring this news, and thank you for all the time you gave us.\n\nMarta",
        "Canceled: Final round - Sam Carter",
        "marta.lopez@acme.example",
        {},
        _ics("CANCEL", "Final round - Sam Carter", status="CANCELLED"),
    ),
    Case(
        "heard",
        "offer",
        "en",
        "Congratulations, Sam! We're delighted to offer you the position of Backend Engineer at Acme. To prepare your "
        "contract, please log in to the onboarding portal and upload your ID and bank details by 11 June.\n\n"
        "Upload documents\n\nAcme People Team",
        "Action required: upload your documents",
        PORTAL,
    ),
    Case(
        "heard",
        "next_step",
        "de",
        "Hallo Sam,\n\nvielen Dank für das angenehme Gespräch. Wir möchten Sie gerne zu einem zweiten Gespräch mit "
        "unserer Geschäftsführung einladen. Bitte wählen Sie über den folgenden Link einen passenden Termin aus.\n\n"
        "Termin auswählen\n\nDiese Nachricht wurde automatisch versendet.",
        "Einladung zum Zweitgespräch",
        "noreply@personio.de",
        AUTO,
    ),
    Case(
        "heard",
        "rejection",
        "de",
        "Der Status Ihrer Bewerbung als Projektingenieur (m/w/d) hat sich geändert: Leider können wir Ihre Bewerbung "
        "nicht weiter berücksichtigen. Wir wünschen Ihnen für Ihre Zukunft alles Gute.",
        "Statusänderung Ihrer Bewerbung",
        "noreply@successfactors.eu",
        AUTO,
    ),
    Case(
        "heard",
        "rejection",
        "fr",
        "Bonjour Sam,\n\nNous vous remercions pour l'entretien. Malheureusement, nous ne donnerons pas suite à votre "
        "candidature. Afin d'améliorer notre processus, nous vous invitons à répondre à un court questionnaire.\n\n"
        "Répondre au questionnaire\n\nL'équipe Recrutement Acme",
        "Votre candidature chez Acme",
        "ne-pas-repondre@talent-soft.com",
        UNSUB,
    ),
    Case(
        "heard",
        "next_step",
        "es",
        "Hola Sam:\n\n¡Enhorabuena! Has superado la entrevista y queremos invitarte a la última fase del proceso. "
        "Reserva tu entrevista final con la directora del área en el siguiente enlace.\n\nReservar entrevista\n\n"
        "Este es un mensaje automático.",
        "Recordatorio: reserva tu entrevista final",
        "no-reply@teamtailor.com",
    ),
    Case(
        "heard",
        "rejection",
        "nl",
        "Beste Sam,\n\nBedankt voor je sollicitatie en het gesprek. Helaas hebben we besloten niet verder te gaan met "
        "je sollicitatie. We horen graag hoe je het sollicitatieproces hebt ervaren: vul onze korte vragenlijst in."
        "\n\nStart de vragenlijst\n\nTeam Acme",
        "Je sollicitatie bij Acme",
        "noreply@recruitee.com",
        UNSUB,
    ),
    Case(
        "heard",
        "next_step",
        "it",
        "Gentile Sam,\n\nsiamo lieti di comunicarti che hai superato il primo colloquio. Ti invitiamo al colloquio "
        "finale: scegli data e ora dal link qui sotto.\n\nScegli l'orario\n\nMessaggio automatico, non rispondere.",
        "Promemoria: prenota il colloquio finale",
        "noreply@inrecruiting.com",
        AUTO,
    ),
    Case(
        "heard",
        "rejection",
        "pt",
        "Olá Sam,\n\nHouve uma atualização no status da sua candidatura para a vaga de Analista de Marketing: "
        "infelizmente, o seu perfil não foi selecionado para as próximas etapas. Agradecemos a sua participação.",
        "Atualização na sua candidatura",
        "noreply@gupy.io",
    ),
]

CASES = (
    REMINDERS
    + SURVEYS
    + PORTAL_NAGS
    + ASSESSMENTS
    + STATUS_UPDATES
    + JOB_ALERTS
    + PROFILE_VIEWS
    + CALENDAR
    + AUTO_THANKS
    + ACCOUNT
    + COMMUNITY
    + READ_RECEIPTS
    + HEARD
)


def _ids(cases: list[Case]) -> list[str]:
    seen: dict[str, int] = {}
    ids = []
    for c in cases:
        key = f"{c.group}-{c.lang}"
        seen[key] = seen.get(key, 0) + 1
        ids.append(f"{key}-{seen[key]}")
    return ids


def _classify(case: Case):  # noqa: ANN202 - the classifier's own result type
    mail = received(case.body, subject=case.subject, sender=case.sender, headers=case.headers, calendar=case.calendar)
    return classify(mail)


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_automatic_mail_about_an_application_is_read_for_what_it_says(case: Case) -> None:
    result = _classify(case)
    assert result.kind == case.kind, result.reasons


QUIET = [c for c in CASES if c.kind not in HEARD_BACK_KINDS]


@pytest.mark.parametrize("case", QUIET, ids=_ids(QUIET))
def test_automatic_mail_that_states_no_answer_never_counts_as_hearing_back(case: Case) -> None:
    assert _classify(case).kind not in HEARD_BACK_KINDS


@pytest.mark.parametrize("case", REMINDERS, ids=_ids(REMINDERS))
def test_a_reminder_of_a_booked_interview_promises_no_date_for_news(case: Case) -> None:
    # An acknowledgement's date becomes the date news was promised by; the interview's own
    # day is not that date.
    assert _classify(case).date is None


def test_every_group_is_written_in_seven_languages() -> None:
    groups = {c.group for c in CASES}
    for group in groups:
        assert {c.lang for c in CASES if c.group == group} == {"en", "de", "fr", "es", "nl", "it", "pt"}, group
    assert len(CASES) >= 100


def _invitation(sequence: int) -> str:
    return _ics("REQUEST", "Final round - Sam Carter / Acme").replace("SEQUENCE:2", f"SEQUENCE:{sequence}")


def test_a_first_calendar_invitation_is_a_next_step_and_its_revision_is_not() -> None:
    body = "Invitation: Final round - Sam Carter / Acme\nThursday Jun 5, 2025 10:00 - 11:00\nJoin Zoom"
    first = Case("calendar", "next_step", "en", body, "Invitation: Final round with Acme", RECRUITER, {}, _invitation(0))
    changed = "This event has been updated\nChanged: video call link\n\n" + body
    revised = Case("calendar", "auto_reply", "en", changed, "Updated invitation: Final round", RECRUITER, {}, _invitation(1))
    # The same revision with a person's own words only is read as they wrote it.
    assert _classify(Case("calendar", "", "en", body, "Final round", RECRUITER, {}, _invitation(1))).kind == "next_step"
    assert _classify(first).kind == "next_step", _classify(first).reasons
    assert _classify(revised).kind == "auto_reply", _classify(revised).reasons


@pytest.mark.parametrize("lang,changed", [
    ("en", "This event has been changed.\n\nWhen: CHANGED: Friday Jun 6, 2025 3pm - 3:45pm"),
    ("en", "This event has been updated\nChanged: time\n\nFriday Jun 6, 2025 3pm - 3:45pm"),
    ("de", "Dieser Termin wurde geändert.\n\nWann: GEÄNDERT: Freitag, 6. Juni 2025 15:00 - 15:45"),
    ("fr", "Cet événement a été modifié.\n\nQuand : MODIFIÉ : vendredi 6 juin 2025 15:00 - 15:45"),
])
def test_a_calendar_revision_that_moves_the_time_is_a_step_moved(lang: str, changed: str) -> None:
    # The calendar marks the time as changed: the step moved, news (a link or a room changed is none).
    body = changed + "\nFinal round - Sam Carter / Acme\nJoin Zoom"
    case = Case("calendar", "next_step", lang, body, "Updated invitation: Final round", RECRUITER, {}, _invitation(1))
    assert _classify(case).kind == "next_step", _classify(case).reasons


def test_a_person_who_writes_a_reminder_is_read_as_they_wrote_it() -> None:
    # Only a machine's reminder is a notice: a recruiter confirming tomorrow's final round sets a step.
    body = "Hi Sam, just a reminder: your final round with our CTO is tomorrow, Thursday 5 June at 10:00. See you then!"
    case = Case("reminder", "next_step", "en", body, "Re: Final round", RECRUITER)
    assert _classify(case).kind == "next_step", _classify(case).reasons
