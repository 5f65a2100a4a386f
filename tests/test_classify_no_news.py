"""Mail that brings no news must never read as hearing back, and its look-alikes that do must.

A false "they replied" cancels the user's follow-ups, so every message here that decides
nothing (a person's holding reply, a platform's acknowledgement or status page, a reminder
of an interview already booked, an out-of-office told only by its wording, a read receipt
or a delivery report, a job alert, a talent newsletter, a survey, an event invitation, the
candidate account's mail) must be ``acknowledgement``, ``auto_reply`` or ``bulk``. Beside
them stand near misses that share their words and do hear back: a holding line with a real
question, an out-of-office whose writer also invites the candidate, a reminder that moves
the interview, a status page that states the decision.

The messages were written as Outlook, Gmail, Apple Mail and applicant-tracking platforms
write them, in English, German, French, Spanish, Dutch, Italian and Portuguese, before the
classifier or its phrase lists were read. Out-of-office replies carry no ``Auto-Submitted``
or ``X-Autoreply`` header and a plain "Re:" subject: only their wording tells them.

The mail is dated Wednesday 4 June 2025: "Friday" is 2025-06-06, "the 16th" 2025-06-16.
A return date "until X" may be read as X or as the working day after it, both are fine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from tests.test_classify import received
from watcher.classify import classify
from watcher.model import HEARD_BACK_KINDS

PERSON = "marta.kowalski@contoso.example"
GMAIL = "lukas.becker.talent@gmail.com"
NOREPLY = "no-reply@contoso.example"
GREENHOUSE = "no-reply@us.greenhouse-mail.io"
WORKDAY = "contoso@myworkday.com"
SMARTRECRUITERS = "notifications@smartrecruiters.com"
PERSONIO = "noreply@contoso.jobs.personio.de"
TEAMTAILOR = "no-reply@teamtailor.com"
LINKEDIN = "jobalerts-noreply@linkedin.com"
INDEED = "alert@indeed.com"
STEPSTONE = "noreply@stepstone.de"
LIST = {"list-unsubscribe": "<https://mail.contoso.example/u/4a7f>", "precedence": "bulk"}
LIST_ONLY = {"list-unsubscribe": "<mailto:unsubscribe@mail.contoso.example>"}
MDN = {"content-type": 'multipart/report; report-type=disposition-notification; boundary="r1"'}
DSN = {"content-type": 'multipart/report; report-type=delivery-status; boundary="r2"'}

HEARD = "heard"  # any kind that counts as hearing back


@dataclass(frozen=True)
class Case:
    kind: str  # the expected kind, or HEARD for any kind in HEARD_BACK_KINDS
    lang: str
    body: str
    subject: str = "Re: Your interview"
    sender: str = PERSON
    headers: dict[str, str] = field(default_factory=dict)
    dates: tuple[date, ...] = ()  # the date it names (any of these), when one is asserted


def _until(*days: int, month: int = 6) -> tuple[date, ...]:
    return tuple(date(2025, month, d) for d in days)


# ------------------------------------------------------------ people's holding replies

HOLDING = [
    Case(
        "acknowledgement",
        "en",
        "Hi Sam,\n\nThanks for checking in. We're still waiting on feedback from the panel - two of "
        "them were out last week, so it's taking a little longer than I'd hoped.\n\n"
        "I'll come back to you by Friday at the latest.\n\nBest,\nMarta",
        dates=_until(6),
    ),
    Case(
        "acknowledgement",
        "en",
        "Hi Sam,\n\nJust a quick note so you don't think we've forgotten you: the hiring manager "
        "is travelling this week and we haven't been able to sit down together to go through "
        "the candidates yet. I expect to have an update for you early next week.\n\nThanks for "
        "your patience,\nMarta",
    ),
    Case(
        "acknowledgement",
        "en",
        "Hello Sam,\n\nNo news yet, I'm afraid. We still have two candidates to see this week "
        "and want to finish all the interviews before anyone makes a decision. You'll hear from "
        "me by 13 June either way.\n\nKind regards,\nMarta Kowalski\nTalent Acquisition",
        dates=_until(13),
    ),
    Case(
        "acknowledgement",
        "en",
        "Thanks Sam, appreciate the nudge! Honestly nothing to report yet - the team is "
        "still discussing internally. I'll keep you posted as soon as I hear anything.\n\nM.\n\n"
        "Sent from my iPhone",
    ),
    Case(
        "acknowledgement",
        "en",
        "Dear Sam,\n\nThank you for your email. I have passed your message on to the hiring "
        "manager, who is currently reviewing the feedback from all interviewers. We aim to "
        "get back to all candidates within the next two weeks.\n\nWith kind regards,\nHR Team",
    ),
    Case(
        "acknowledgement",
        "en",
        "Hi Sam - sorry for the silence. Budget sign-off for the role got pushed to the next "
        "leadership meeting, so we're on hold until then. Nothing has changed on our side about "
        "your application, we just can't move yet. Will update you as soon as I can.\nMarta",
    ),
    Case(
        "acknowledgement",
        "de",
        "Hallo Herr Becker,\n\nvielen Dank für Ihre Nachfrage. Leider haben wir noch keine "
        "Rückmeldung von der Fachabteilung erhalten, da der zuständige Teamleiter diese Woche "
        "auf Dienstreise ist. Ich melde mich spätestens bis Freitag bei Ihnen.\n\n"
        "Mit freundlichen Grüßen\nMarta Kowalski\nPersonalabteilung",
        dates=_until(6),
    ),
    Case(
        "acknowledgement",
        "de",
        "Guten Tag Frau Albers,\n\ndas Auswahlverfahren ist noch nicht abgeschlossen. Wir führen "
        "derzeit noch Gespräche mit weiteren Kandidatinnen und Kandidaten und bitten Sie um "
        "etwas Geduld. Sobald eine Entscheidung gefallen ist, kommen wir unaufgefordert auf Sie "
        "zu.\n\nFreundliche Grüße\nIhr Recruiting-Team",
    ),
    Case(
        "acknowledgement",
        "de",
        "Hi Jonas,\n\nkurzes Update: wir sind noch in der Abstimmung, der Geschäftsführer "
        "möchte sich die Unterlagen der finalen Runde selbst noch einmal anschauen. Ich gebe "
        "dir Bescheid, sobald ich mehr weiß – spätestens Mitte nächster Woche.\n\nViele Grüße\n"
        "Marta",
    ),
    Case(
        "acknowledgement",
        "fr",
        "Bonjour Madame Dubois,\n\nMerci pour votre message. Nous n'avons pas encore de retour "
        "de l'ensemble des personnes que vous avez rencontrées ; le responsable du recrutement "
        "est en déplacement jusqu'à jeudi. Je reviens vers vous d'ici vendredi prochain.\n\n"
        "Bien cordialement,\nMarta Kowalski\nChargée de recrutement",
    ),
    Case(
        "acknowledgement",
        "fr",
        "Bonjour Claire,\n\nJe me permets de vous donner quelques nouvelles : le processus est "
        "toujours en cours et nous rencontrons encore deux candidats cette semaine. Nous "
        "prendrons notre décision la semaine prochaine et je ne manquerai pas de vous tenir "
        "informée.\n\nBelle journée,\nMarta",
    ),
    Case(
        "acknowledgement",
        "es",
        "Hola Lucía,\n\nGracias por escribirnos. Todavía estamos esperando el feedback del "
        "equipo técnico; en cuanto lo tengamos te contamos. Calculo que a finales de la "
        "semana que viene.\n\nUn saludo,\nMarta\nPeople & Talent",
    ),
    Case(
        "acknowledgement",
        "es",
        "Estimado Sr. García:\n\nLe agradecemos su interés. Su candidatura sigue en proceso de "
        "evaluación y le informaremos del resultado a la mayor brevedad posible.\n\n"
        "Atentamente,\nDepartamento de Recursos Humanos",
    ),
    Case(
        "acknowledgement",
        "nl",
        "Hoi Sanne,\n\nDank voor je bericht! We zijn er nog niet helemaal uit: de manager is "
        "deze week op reis en we willen het samen bespreken voordat we een beslissing nemen. "
        "Ik laat je uiterlijk vrijdag 13 juni iets weten.\n\nGroetjes,\nMarta",
        dates=_until(13),
    ),
    Case(
        "acknowledgement",
        "nl",
        "Beste meneer De Vries,\n\nBedankt voor uw geduld. De selectieprocedure loopt nog; we "
        "hebben nog enkele gesprekken gepland staan. U hoort zo spoedig mogelijk van ons.\n\n"
        "Met vriendelijke groet,\nAfdeling HR",
    ),
    Case(
        "acknowledgement",
        "it",
        "Gentile Dott. Rossi,\n\nla ringrazio per il messaggio. Stiamo ancora aspettando il "
        "riscontro del responsabile del team, che in questi giorni è in trasferta. Le farò "
        "sapere entro venerdì.\n\nCordiali saluti,\nMarta Kowalski\nUfficio Risorse Umane",
        dates=_until(6),
    ),
    Case(
        "acknowledgement",
        "it",
        "Ciao Giulia,\n\nnessuna novità per ora, purtroppo: la selezione è ancora in corso e "
        "dobbiamo completare gli ultimi colloqui. Ti aggiorno appena ho notizie.\n\nUn caro "
        "saluto,\nMarta",
    ),
    Case(
        "acknowledgement",
        "pt",
        "Olá Ana,\n\nObrigada pelo contacto. Ainda não temos uma decisão: estamos a aguardar o "
        "feedback da diretora, que está a viajar esta semana. Volto a falar consigo até sexta-"
        "feira.\n\nCumprimentos,\nMarta",
        dates=_until(6),
    ),
    Case(
        "acknowledgement",
        "pt",
        "Oi Pedro, tudo bem?\n\nAinda estamos finalizando as entrevistas com os outros "
        "candidatos, por isso ainda não temos retorno. Assim que tivermos uma posição eu te "
        "aviso.\n\nAbraço,\nMarta",
    ),
    Case(
        "acknowledgement",
        "en",
        "Hey Sam,\n\nGood to hear from you. Still no word from the hiring committee - they only "
        "meet every other Thursday. I'll chase them after the next meeting on 12 June and let "
        "you know straight away.\n\nCheers,\nMarta",
    ),
    Case(
        "acknowledgement",
        "fr",
        "Bonjour Monsieur Martin,\n\nMerci pour votre relance. La décision n'est pas encore "
        "prise : nous attendons la validation du budget par la direction. Je vous tiens au "
        "courant dès que j'ai du nouveau.\n\nBien à vous,\nMarta Kowalski",
    ),
    Case(
        "acknowledgement",
        "es",
        "Hola Pablo,\n\nGracias por tu paciencia. El proceso se ha alargado porque la directora "
        "del área está de baja esta semana. Te escribo en cuanto tengamos novedades, como muy "
        "tarde el viernes 13 de junio.\n\nSaludos,\nMarta",
        dates=_until(13),
    ),
    Case(
        "acknowledgement",
        "it",
        "Buongiorno Luca,\n\ngrazie per averci scritto. Il processo di selezione non è ancora "
        "concluso: stiamo raccogliendo i feedback di tutti i colleghi che ti hanno incontrato. "
        "Ti ricontatteremo al più presto.\n\nCordialmente,\nMarta",
    ),
    Case(
        "acknowledgement",
        "nl",
        "Hoi Daan,\n\nNog even geduld alsjeblieft! De hiring manager zit deze week op een "
        "congres in Londen, dus we hebben nog niet kunnen overleggen. Ik kom er volgende week bij "
        "je op terug.\n\nGroetjes,\nMarta",
    ),
    Case(
        "acknowledgement",
        "de",
        "Hallo Lena,\n\nsorry für die späte Antwort! Es gibt leider noch nichts Neues – wir "
        "warten noch auf das Feedback aus dem Team. Ich halte dich auf dem Laufenden.\n\nLG\n"
        "Marta\n\nVon meinem iPhone gesendet",
    ),
]

# ------------------------------------------------- platforms' acknowledgements and status pages

PLATFORM = [
    Case(
        "acknowledgement",
        "en",
        "Hi Sam,\n\nThank you for applying to the Senior Data Engineer position at Contoso. "
        "Your application is under review. Our team will be in touch if your qualifications "
        "match our needs.\n\nBest,\nContoso Recruiting\n\nPlease do not reply to this email.",
        subject="Thank you for applying to Contoso",
        sender=GREENHOUSE,
    ),
    Case(
        "acknowledgement",
        "en",
        "Application status update\n\nSenior Data Engineer (R-10482)\nStatus changed: In Progress\n\n"
        "Log in to your candidate home to view the details of your application.\n\n"
        "This is an automatically generated email. Please do not reply.",
        subject="Your application status has been updated",
        sender=WORKDAY,
    ),
    Case(
        "acknowledgement",
        "en",
        "Dear Sam,\n\nWe wanted to let you know that your application for Product Analyst is "
        "still being considered. We appreciate your patience as we continue to review "
        "candidates.\n\nThe Contoso Talent Team",
        subject="An update on your application",
        sender=SMARTRECRUITERS,
    ),
    Case(
        "acknowledgement",
        "en",
        "Your application\n\nPosition: Backend Engineer\nStage: Interviewing\nLast updated: "
        "3 June 2025\n\nYou can check your status at any time in your candidate portal.",
        subject="Contoso Careers: status of your application",
        sender=NOREPLY,
    ),
    Case(
        "acknowledgement",
        "de",
        "Hallo Jonas Weber,\n\nvielen Dank für deine Bewerbung als Backend Engineer. Wir haben "
        "deine Unterlagen erhalten und prüfen sie sorgfältig. Wir melden uns innerhalb der "
        "nächsten zwei Wochen bei dir.\n\nDein Contoso Recruiting-Team\n\nDiese E-Mail wurde "
        "automatisch erstellt.",
        subject="Eingangsbestätigung deiner Bewerbung",
        sender=PERSONIO,
    ),
    Case(
        "acknowledgement",
        "de",
        "Status Ihrer Bewerbung: In Bearbeitung\n\nStelle: Controller (m/w/d)\n\nSie können den "
        "aktuellen Stand jederzeit in Ihrem Bewerberkonto einsehen.",
        subject="Ihre Bewerbung bei Contoso – Statusänderung",
        sender=NOREPLY,
    ),
    Case(
        "acknowledgement",
        "fr",
        "Bonjour Claire,\n\nNous vous confirmons la bonne réception de votre candidature au "
        "poste de Chef de projet. Votre dossier est en cours d'étude par nos équipes. Nous "
        "reviendrons vers vous dans les meilleurs délais.\n\nL'équipe Recrutement Contoso\n\n"
        "Merci de ne pas répondre à ce message.",
        subject="Votre candidature chez Contoso",
        sender=TEAMTAILOR,
    ),
    Case(
        "acknowledgement",
        "fr",
        "Le statut de votre candidature a changé.\n\nPoste : Analyste financier\nNouveau statut : "
        "En cours d'évaluation\n\nConnectez-vous à votre espace candidat pour en savoir plus.",
        subject="Mise à jour de votre candidature",
        sender=NOREPLY,
    ),
    Case(
        "acknowledgement",
        "es",
        "Hola Lucía,\n\nHemos recibido tu candidatura para el puesto de Diseñadora UX. Nuestro "
        "equipo la está revisando y nos pondremos en contacto contigo si tu perfil encaja con "
        "lo que buscamos.\n\nGracias,\nEquipo de Talento de Contoso",
        subject="Hemos recibido tu candidatura",
        sender=SMARTRECRUITERS,
    ),
    Case(
        "acknowledgement",
        "es",
        "Estado de tu candidatura: En revisión\n\nPuesto: Analista de datos\n\nPuedes consultar "
        "el estado en cualquier momento desde tu portal de candidato.\n\nEste mensaje se ha "
        "generado automáticamente, por favor no respondas.",
        subject="Actualización del estado de tu candidatura",
        sender=WORKDAY,
    ),
    Case(
        "acknowledgement",
        "nl",
        "Beste Sanne,\n\nBedankt voor je sollicitatie op de functie Data Analist. We hebben je "
        "sollicitatie in goede orde ontvangen en nemen deze zo snel mogelijk in behandeling.\n\n"
        "Met vriendelijke groet,\nTeam Recruitment Contoso",
        subject="Bevestiging van je sollicitatie",
        sender=TEAMTAILOR,
    ),
    Case(
        "acknowledgement",
        "it",
        "Gentile Giulia,\n\ngrazie per aver inviato la tua candidatura per la posizione di "
        "Project Manager. La tua candidatura è attualmente in fase di valutazione. Ti "
        "contatteremo qualora il tuo profilo fosse in linea con le nostre esigenze.\n\n"
        "Il team Talent Acquisition",
        subject="Conferma ricezione candidatura",
        sender=SMARTRECRUITERS,
    ),
    Case(
        "acknowledgement",
        "pt",
        "Olá Ana,\n\nRecebemos a sua candidatura para a vaga de Engenheira de Software. Ela está "
        "em análise pela nossa equipa e entraremos em contacto caso o seu perfil avance no "
        "processo.\n\nEquipa de Recrutamento Contoso\n\nEste é um e-mail automático, por favor "
        "não responda.",
        subject="Candidatura recebida",
        sender=GREENHOUSE,
    ),
]

# ------------------------------------------- reminders of an interview already booked (machine)

REMINDERS = [
    Case(
        "acknowledgement",
        "en",
        "Reminder: your interview with Contoso is tomorrow.\n\nWhen: Thursday 5 June 2025, "
        "10:00 - 11:00 (CEST)\nWhere: Microsoft Teams (link below)\nInterviewers: Marta "
        "Kowalski, Tom Ng\n\nNeed to reschedule? Use the link in your confirmation email.",
        subject="Reminder: Interview with Contoso tomorrow at 10:00",
        sender=GREENHOUSE,
    ),
    Case(
        "acknowledgement",
        "en",
        "Hi Sam, this is a friendly reminder that your video interview for the Product "
        "Analyst role is scheduled for Friday, June 6 at 2:30 PM. Join from a quiet place with "
        "a stable internet connection. Good luck!\n\nThis message was sent automatically.",
        subject="Upcoming interview reminder",
        sender=NOREPLY,
    ),
    Case(
        "acknowledgement",
        "de",
        "Erinnerung an Ihren Termin\n\nIhr Vorstellungsgespräch bei Contoso findet morgen, am "
        "Donnerstag, 5. Juni 2025 um 14:00 Uhr statt.\nOrt: Hauptstraße 12, 80331 München, "
        "Empfang 3. OG\n\nDiese Nachricht wurde automatisch versendet.",
        subject="Erinnerung: Ihr Vorstellungsgespräch morgen",
        sender=PERSONIO,
    ),
    Case(
        "acknowledgement",
        "fr",
        "Rappel : votre entretien avec Contoso a lieu demain, jeudi 5 juin à 11h00, en "
        "visioconférence. Le lien de connexion se trouve dans votre invitation.\n\nCeci est un "
        "message automatique.",
        subject="Rappel de votre entretien",
        sender=TEAMTAILOR,
    ),
    Case(
        "acknowledgement",
        "es",
        "Te recordamos que tu entrevista para el puesto de Diseñadora UX está programada para "
        "mañana jueves 5 de junio a las 16:00 (hora de Madrid).\n\nSi necesitas cambiarla, usa "
        "el enlace de tu confirmación.\n\nMensaje automático, no respondas.",
        subject="Recordatorio: entrevista mañana",
        sender=NOREPLY,
    ),
    Case(
        "acknowledgement",
        "nl",
        "Herinnering: je sollicitatiegesprek bij Contoso is morgen, donderdag 5 juni om 10:30.\n"
        "Locatie: Online via Google Meet.\n\nDit is een automatisch bericht.",
        subject="Herinnering aan je gesprek",
        sender=TEAMTAILOR,
    ),
    Case(
        "acknowledgement",
        "it",
        "Promemoria: il tuo colloquio con Contoso è fissato per domani, giovedì 5 giugno alle "
        "ore 15:00.\nModalità: videochiamata.\n\nQuesto messaggio è stato generato "
        "automaticamente.",
        subject="Promemoria colloquio",
        sender=SMARTRECRUITERS,
    ),
    Case(
        "acknowledgement",
        "pt",
        "Lembrete: a sua entrevista com a Contoso está marcada para amanhã, quinta-feira, 5 de "
        "junho, às 9h30.\nLocal: videochamada (link no convite).\n\nEsta é uma mensagem "
        "automática.",
        subject="Lembrete de entrevista",
        sender=NOREPLY,
    ),
]

# ------------------------------------- out-of-office told by wording only (no headers, "Re:")

AWAY = [
    # Outlook
    Case(
        "auto_reply",
        "en",
        "Thank you for your email. I am currently out of the office with limited access to "
        "email and will return on Monday 16 June. For urgent matters please contact "
        "recruiting@contoso.example.\n\nKind regards,\nMarta Kowalski",
        dates=_until(16),
    ),
    # Gmail vacation responder
    Case(
        "auto_reply",
        "en",
        "Hi,\n\nI'm away from my desk until the 13th with no access to email. I'll reply as "
        "soon as I can when I'm back.\n\nMarta",
        dates=_until(13, 16),
    ),
    # Apple Mail rule
    Case(
        "auto_reply",
        "en",
        "I'm on annual leave until Tuesday 10 June and will respond to your message on my "
        "return. If your email is about an interview, please write to talent@contoso.example.",
        dates=_until(10, 11),
    ),
    Case(
        "auto_reply",
        "en",
        "Hello, thanks for your message! I'm out on parental leave until September and not "
        "checking email. My colleague Tom Ng (tom.ng@contoso.example) is covering my "
        "requisitions in the meantime.",
    ),
    Case(
        "auto_reply",
        "de",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 9. Juni nicht im Büro und "
        "habe keinen Zugriff auf meine E-Mails. Ab dem 10. Juni bin ich wieder erreichbar. In "
        "dringenden Fällen wenden Sie sich bitte an personal@contoso.example.\n\n"
        "Mit freundlichen Grüßen\nMarta Kowalski",
        dates=_until(10),
    ),
    Case(
        "auto_reply",
        "de",
        "Hallo,\n\nich bin im Urlaub und ab dem 16. wieder erreichbar. Ihre E-Mail wird nicht "
        "weitergeleitet.\n\nViele Grüße",
        dates=_until(16),
    ),
    Case(
        "auto_reply",
        "fr",
        "Bonjour,\n\nJe suis actuellement en congé jusqu'au 13 juin inclus, avec un accès limité "
        "à ma messagerie. Je traiterai votre message à mon retour. Pour toute demande urgente, "
        "merci de contacter rh@contoso.example.\n\nCordialement,\nMarta Kowalski",
        dates=_until(13, 16),
    ),
    Case(
        "auto_reply",
        "fr",
        "Bonjour, je suis absente du bureau et serai de retour le lundi 16 juin. Je vous "
        "répondrai dès que possible.",
        dates=_until(16),
    ),
    Case(
        "auto_reply",
        "es",
        "Hola,\n\nEstoy de vacaciones hasta el 13 de junio sin acceso al correo. A mi vuelta "
        "responderé a tu mensaje. Para cualquier urgencia escribe a rrhh@contoso.example.\n\n"
        "Gracias,\nMarta",
        dates=_until(13, 16),
    ),
    Case(
        "auto_reply",
        "es",
        "Gracias por su mensaje. Me encuentro fuera de la oficina y estaré de regreso el lunes "
        "16 de junio. Durante mi ausencia no revisaré el correo.",
        dates=_until(16),
    ),
    Case(
        "auto_reply",
        "nl",
        "Beste afzender,\n\nIk ben met verlof tot en met 13 juni en lees mijn e-mail niet. "
        "Vanaf maandag 16 juni ben ik weer aanwezig. Voor dringende zaken kun je contact "
        "opnemen met hr@contoso.example.\n\nMet vriendelijke groet,\nMarta Kowalski",
        dates=_until(16),
    ),
    Case(
        "auto_reply",
        "nl",
        "Hoi! Ik ben tot en met vrijdag 6 juni afwezig. Je mail wordt na mijn terugkomst "
        "behandeld.",
        dates=_until(6, 9),
    ),
    Case(
        "auto_reply",
        "it",
        "Gentile mittente,\n\nsono in ferie fino al 13 giugno compreso, con accesso limitato alla "
        "posta elettronica. Risponderò al suo messaggio al mio rientro. Per urgenze può "
        "scrivere a hr@contoso.example.\n\nCordiali saluti,\nMarta Kowalski",
        dates=_until(13, 16),
    ),
    Case(
        "auto_reply",
        "it",
        "Buongiorno, sono fuori ufficio e rientrerò lunedì 16 giugno. Grazie.",
        dates=_until(16),
    ),
    Case(
        "auto_reply",
        "pt",
        "Olá,\n\nEstou de férias até 13 de junho, sem acesso regular ao e-mail. Responderei à "
        "sua mensagem assim que regressar. Em caso de urgência, contacte rh@contoso.example.\n\n"
        "Obrigada,\nMarta",
        dates=_until(13, 16),
    ),
    Case(
        "auto_reply",
        "pt",
        "Olá! Estou fora do escritório e volto na segunda-feira, 16 de junho. Obrigado pela "
        "compreensão.",
        dates=_until(16),
    ),
    Case(
        "auto_reply",
        "de",
        "Guten Tag,\n\nich bin derzeit außer Haus und ab Montag, dem 16. Juni 2025, wieder im "
        "Büro. Ihre Nachricht wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\n"
        "Marta Kowalski",
        dates=_until(16),
    ),
    Case(
        "auto_reply",
        "en",
        "Thanks for reaching out! I'm currently travelling for work with intermittent access to "
        "email until Thursday 12 June. I'll get back to you as soon as possible after I return."
        "\n\nSent from Outlook for iOS",
        dates=_until(12, 13),
    ),
    Case(
        "auto_reply",
        "it",
        "Grazie per il messaggio. Sono assente dall'ufficio fino a lunedì 9 giugno e non avrò "
        "accesso alla posta. Per questioni urgenti contattare selezione@contoso.example.",
        dates=_until(9),
    ),
]

# ----------------------------------------------- read receipts, delivery reports, left the firm

RECEIPTS = [
    Case(
        "auto_reply",
        "en",
        "Your message\n\n  To: Marta Kowalski\n  Subject: Following up on my interview\n  Sent: "
        "Tuesday, June 3, 2025 9:14 AM\n\nwas read on Wednesday, June 4, 2025 8:02 AM.",
        subject="Read: Following up on my interview",
        headers=MDN,
    ),
    Case(
        "auto_reply",
        "de",
        "Ihre Nachricht\n\n  An: Marta Kowalski\n  Betreff: Nachfrage zum Vorstellungsgespräch\n"
        "  Gesendet: Dienstag, 3. Juni 2025 09:14\n\nwurde am Mittwoch, 4. Juni 2025 08:02 "
        "gelesen.",
        subject="Gelesen: Nachfrage zum Vorstellungsgespräch",
        headers=MDN,
    ),
    Case(
        "auto_reply",
        "en",
        "This is the mail system at host mx1.contoso.example.\n\nI'm sorry to have to inform "
        "you that your message could not be delivered to one or more recipients.\n\n"
        "<marta.kowalski@contoso.example>: host mail.contoso.example said: 550 5.1.1 User "
        "unknown",
        subject="Undelivered Mail Returned to Sender",
        sender="MAILER-DAEMON@mx1.contoso.example",
        headers=DSN,
    ),
    Case(
        "auto_reply",
        "en",
        "Delivery has failed to these recipients or groups:\n\nmarta.kowalski@contoso.example\n"
        "The email address you entered couldn't be found. Please check the recipient's email "
        "address and try to resend the message.",
        subject="Undeliverable: Following up on my interview",
        sender="postmaster@contoso.example",
        headers=DSN,
    ),
    Case(
        "auto_reply",
        "en",
        "Thank you for your message. Please note that I no longer work at Contoso. For "
        "recruiting questions please contact talent@contoso.example.",
    ),
    Case(
        "auto_reply",
        "fr",
        "Votre message\n\n  À : Marta Kowalski\n  Objet : Suite à notre entretien\n  Envoyé : "
        "mardi 3 juin 2025 09:14\n\na été lu le mercredi 4 juin 2025 08:02.",
        subject="Lu : Suite à notre entretien",
        headers=MDN,
    ),
    Case(
        "auto_reply",
        "nl",
        "Bedankt voor je bericht. Ik ben niet meer werkzaam bij Contoso. Voor vragen over "
        "vacatures kun je mailen naar werken@contoso.example.",
    ),
    Case(
        "auto_reply",
        "es",
        "Gracias por tu mensaje. Ya no formo parte de Contoso y esta dirección dejará de estar "
        "activa próximamente. Para temas de selección escribe a talento@contoso.example.",
    ),
]

# --------------------------------------------- bulk: alerts, newsletters, surveys, events, account

BULK = [
    Case(
        "bulk",
        "en",
        "New jobs for you\n\nData Engineer - Contoso - Berlin (Hybrid)\nSenior Data Engineer - "
        "Fabrikam - Remote\nAnalytics Engineer - Northwind - Munich\n\nSee all jobs\n\nYou're "
        "receiving this because you created a job alert. Unsubscribe",
        subject="Data Engineer: 12 new jobs in Berlin",
        sender=LINKEDIN,
        headers=LIST,
    ),
    Case(
        "bulk",
        "en",
        "Jobs matching your search 'product analyst'\n\nProduct Analyst\nContoso\nApply easily\n\n"
        "We regret to inform you that some jobs you saved have expired.\n\nManage alerts",
        subject="Product Analyst jobs near you",
        sender=INDEED,
        headers=LIST,
    ),
    Case(
        "bulk",
        "de",
        "Neue Jobs für dich\n\nBackend Entwickler (m/w/d) – Contoso GmbH – Hamburg\nSoftware "
        "Engineer Java – Fabrikam AG – Köln\n\nAlle Jobs ansehen\n\nDu erhältst diese E-Mail, weil "
        "du einen Job-Agenten angelegt hast. Abmelden",
        subject="5 neue Jobs für: Backend Entwickler",
        sender=STEPSTONE,
        headers=LIST,
    ),
    Case(
        "bulk",
        "en",
        "Life at Contoso - June edition\n\nMeet our new Head of Engineering, read how our data "
        "team cut cloud costs by 30%, and see the open roles we're hiring for this summer.\n\n"
        "You're receiving this because you joined the Contoso Talent Community. Unsubscribe",
        subject="Life at Contoso: June newsletter",
        sender="talent@news.contoso.example",
        headers=LIST,
    ),
    Case(
        "bulk",
        "fr",
        "La lettre Talents Contoso - juin\n\nDécouvrez nos nouveaux postes, les coulisses de "
        "notre équipe produit et nos prochains événements de recrutement.\n\nVous recevez cet "
        "e-mail car vous êtes inscrit à notre communauté de talents. Se désinscrire",
        subject="Les nouvelles de Contoso",
        sender="talents@news.contoso.example",
        headers=LIST,
    ),
    Case(
        "bulk",
        "nl",
        "Nieuwe vacatures bij Contoso die bij jou passen\n\nMedior Data Engineer – Utrecht\n"
        "Product Owner – Amsterdam\n\nBekijk alle vacatures\n\nJe ontvangt deze e-mail omdat je "
        "je hebt aangemeld voor vacature-alerts. Afmelden",
        subject="Nieuwe vacatures voor jou",
        sender=TEAMTAILOR,
        headers=LIST_ONLY,
    ),
    Case(
        "bulk",
        "en",
        "Hi Sam,\n\nThanks for interviewing with Contoso recently. We'd love to hear about your "
        "experience as a candidate - whatever the outcome. The survey takes 2 minutes and is "
        "anonymous.\n\nTake the survey\n\nThank you!",
        subject="How was your interview experience?",
        sender="surveys@contoso.example",
        headers=LIST_ONLY,
    ),
    Case(
        "bulk",
        "de",
        "Hallo Jonas,\n\nwie zufrieden warst du mit unserem Bewerbungsprozess? Wir freuen uns "
        "über dein Feedback in unserer kurzen Umfrage (ca. 3 Minuten).\n\nZur Umfrage\n\n"
        "Danke, dein Contoso Recruiting-Team",
        subject="Deine Meinung ist uns wichtig",
        sender=PERSONIO,
    ),
    Case(
        "bulk",
        "es",
        "¿Cómo fue tu experiencia con nuestro proceso de selección? Responde a nuestra breve "
        "encuesta de satisfacción, solo te llevará dos minutos.\n\nResponder la encuesta\n\n"
        "Gracias por ayudarnos a mejorar.",
        subject="Cuéntanos tu experiencia como candidato",
        sender=NOREPLY,
    ),
    Case(
        "bulk",
        "en",
        "You're invited: Contoso Engineering Open House\n\nJoin us on Thursday 19 June at 6pm "
        "at our Berlin office for talks, demos and drinks with the team. Places are limited - "
        "register now.\n\nRegister\n\nUnsubscribe from event invitations",
        subject="Invitation: Engineering Open House, 19 June",
        sender="events@contoso.example",
        headers=LIST,
    ),
    Case(
        "bulk",
        "it",
        "Sei invitato al nostro Career Day!\n\nGiovedì 19 giugno, dalle 17:00, nella nostra sede "
        "di Milano: incontra i team, scopri le posizioni aperte e partecipa ai workshop.\n\n"
        "Iscriviti ora\n\nPer non ricevere più queste comunicazioni, clicca qui.",
        subject="Invito: Contoso Career Day",
        sender="eventi@contoso.example",
        headers=LIST,
    ),
    Case(
        "bulk",
        "pt",
        "Participe do nosso webinar \"Como é trabalhar na Contoso\" na quinta-feira, 19 de junho, "
        "às 18h. Inscreva-se gratuitamente pelo link abaixo.\n\nQuero participar\n\nCancelar "
        "inscrição",
        subject="Convite: webinar Carreiras Contoso",
        sender="eventos@contoso.example",
        headers=LIST,
    ),
    Case(
        "bulk",
        "en",
        "Hi Sam,\n\nWe received a request to reset the password for your Contoso candidate "
        "account. Click the link below to choose a new password. This link expires in 24 "
        "hours.\n\nIf you didn't request this, you can ignore this email.",
        subject="Reset your password",
        sender=WORKDAY,
    ),
    Case(
        "bulk",
        "de",
        "Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Bewerberkonto bei Contoso zu "
        "aktivieren.\n\nE-Mail-Adresse bestätigen\n\nFalls Sie kein Konto angelegt haben, können "
        "Sie diese Nachricht ignorieren.",
        subject="Bestätigen Sie Ihre E-Mail-Adresse",
        sender=NOREPLY,
    ),
    Case(
        "bulk",
        "fr",
        "Votre code de vérification est : 482913\n\nIl est valable 10 minutes. Si vous n'êtes pas "
        "à l'origine de cette demande, ignorez cet e-mail.",
        subject="Votre code de connexion à l'espace candidat",
        sender=SMARTRECRUITERS,
    ),
    Case(
        "bulk",
        "nl",
        "Je wachtwoord is gewijzigd.\n\nHeb jij dit niet gedaan? Neem dan direct contact op met "
        "onze support.",
        subject="Je wachtwoord is gewijzigd",
        sender=NOREPLY,
    ),
    Case(
        "bulk",
        "es",
        "Nuevas ofertas que encajan con tu perfil\n\nAnalista de datos – Contoso – Madrid\n"
        "Ingeniero de datos – Fabrikam – Barcelona\n\nVer todas las ofertas\n\nRecibes este "
        "correo porque activaste alertas de empleo. Darse de baja",
        subject="10 nuevas ofertas para ti",
        sender="alertas@infojobs.net",
        headers=LIST,
    ),
    Case(
        "bulk",
        "it",
        "Nuove offerte di lavoro per te\n\nProject Manager – Contoso – Milano\nPMO – Fabrikam – "
        "Roma\n\nVedi tutte le offerte\n\nRicevi questa email perché hai attivato un avviso di "
        "lavoro. Annulla iscrizione",
        subject="Nuove offerte: Project Manager",
        sender=LINKEDIN,
        headers=LIST,
    ),
    Case(
        "bulk",
        "pt",
        "Novas vagas para você\n\nDesenvolvedor Backend – Contoso – São Paulo\nEngenheiro de "
        "Dados – Fabrikam – Remoto\n\nVer todas as vagas\n\nVocê está recebendo este e-mail "
        "porque criou um alerta de vagas. Cancelar inscrição",
        subject="Vagas recomendadas para você",
        sender=LINKEDIN,
        headers=LIST,
    ),
]

NO_NEWS = HOLDING + PLATFORM + REMINDERS + AWAY + RECEIPTS + BULK

# ---------------------------------------- near misses: they share words and DO hear back

NEAR = [
    # A holding line and a real question.
    Case(
        "other",
        "en",
        "Hi Sam,\n\nWe're still waiting on the panel's feedback, so no decision yet. In the "
        "meantime, could you tell me what your notice period is and your salary expectations? "
        "The hiring manager asked.\n\nThanks,\nMarta",
    ),
    Case(
        HEARD,
        "de",
        "Hallo Jonas,\n\nwir sind noch in der Abstimmung. Eine Frage hätte ich aber schon jetzt: "
        "Ab wann könntest du frühestens bei uns anfangen, und wie hoch ist deine Kündigungsfrist?"
        "\n\nViele Grüße\nMarta",
    ),
    Case(
        HEARD,
        "fr",
        "Bonjour Claire,\n\nLe processus est toujours en cours. Pourriez-vous d'ici là m'envoyer "
        "les coordonnées de deux personnes de référence ?\n\nMerci,\nMarta",
    ),
    Case(
        HEARD,
        "es",
        "Hola Lucía,\n\nTodavía no tenemos una decisión final, pero el equipo quiere saber una "
        "cosa: ¿tendrías disponibilidad para viajar a Lisboa una semana al mes?\n\nUn saludo,\n"
        "Marta",
    ),
    Case(
        HEARD,
        "nl",
        "Hoi Sanne,\n\nWe zijn er nog niet uit, maar kun je me alvast je diploma en een "
        "recente loonstrook sturen?\n\nGroet,\nMarta",
    ),
    Case(
        HEARD,
        "it",
        "Ciao Giulia,\n\nla selezione è ancora in corso, però ti chiedo una cosa: qual è la tua "
        "RAL attuale e quali sono le tue aspettative economiche?\n\nGrazie,\nMarta",
    ),
    Case(
        HEARD,
        "pt",
        "Olá Ana,\n\nAinda estamos a avaliar, mas pode enviar-me o link para o seu portfólio "
        "e o seu certificado de habilitações?\n\nObrigada,\nMarta",
    ),
    # An out-of-office written by the recruiter who also invites.
    Case(
        "next_step",
        "en",
        "Hi Sam,\n\nGreat news - the team would like to invite you to a final interview with our "
        "CTO. Could you do Tuesday 17 June at 10:00?\n\nHeads-up: I'm out of the office from "
        "tomorrow until Monday 16 June, so if I'm slow to answer that's why.\n\nBest,\nMarta",
    ),
    Case(
        "next_step",
        "de",
        "Hallo Herr Becker,\n\nwir möchten Sie gerne zu einem zweiten Gespräch einladen. Passt "
        "Ihnen Dienstag, der 17. Juni, um 14 Uhr?\n\nBitte beachten Sie: Ich bin bis zum 13. Juni "
        "im Urlaub und ab dem 16. wieder erreichbar.\n\nMit freundlichen Grüßen\nMarta Kowalski",
    ),
    Case(
        "next_step",
        "fr",
        "Bonjour Claire,\n\nNous souhaitons vous rencontrer pour un second entretien avec la "
        "directrice financière. Seriez-vous disponible le mardi 17 juin à 15h ?\n\nJe serai en "
        "congé jusqu'au 13 juin, ma collègue Julie prendra le relais si besoin.\n\nCordialement,"
        "\nMarta",
    ),
    Case(
        "next_step",
        "es",
        "Hola Lucía,\n\nNos gustaría invitarte a una segunda entrevista con la directora de "
        "producto. ¿Te vendría bien el martes 17 de junio a las 11:00?\n\nTe aviso de que estoy "
        "de vacaciones hasta el 13 de junio, así que puede que tarde en contestar.\n\nUn saludo,"
        "\nMarta",
    ),
    Case(
        "next_step",
        "nl",
        "Hoi Sanne,\n\nWe willen je graag uitnodigen voor een tweede gesprek met ons team. Zou "
        "dinsdag 17 juni om 14:00 uur schikken?\n\nLet op: ik ben met verlof tot en met 13 juni.\n\n"
        "Groet,\nMarta",
    ),
    Case(
        "next_step",
        "it",
        "Ciao Giulia,\n\nvorremmo invitarti a un secondo colloquio con il direttore tecnico. "
        "Saresti disponibile martedì 17 giugno alle 10:00?\n\nTi avviso che sarò in ferie fino "
        "al 13 giugno.\n\nA presto,\nMarta",
    ),
    Case(
        "next_step",
        "pt",
        "Olá Ana,\n\nGostaríamos de a convidar para uma segunda entrevista com o nosso diretor "
        "de engenharia. Terça-feira, 17 de junho, às 10h, seria possível?\n\nNota: estou de "
        "férias até 13 de junho.\n\nCumprimentos,\nMarta",
    ),
    # A decision beside an absence.
    Case(
        "rejection",
        "en",
        "Hi Sam,\n\nThank you again for your time and for the care you put into the case study. "
        "After a lot of discussion we have decided to move forward with another candidate whose "
        "experience is closer to what the team needs right now.\n\nI'm away until the 16th, but "
        "I'm happy to share more feedback when I'm back.\n\nBest wishes,\nMarta",
    ),
    Case(
        "offer",
        "en",
        "Hi Sam,\n\nBefore I head off on holiday (back on the 16th): I'm delighted to tell you "
        "we'd like to offer you the Senior Data Engineer position! The written offer will come "
        "from HR today.\n\nCongratulations,\nMarta",
    ),
    Case(
        "rejection",
        "de",
        "Hallo Herr Becker,\n\nvielen Dank für Ihre Geduld. Leider müssen wir Ihnen mitteilen, "
        "dass wir uns für eine andere Kandidatin entschieden haben.\n\nIch bin ab morgen bis "
        "zum 16. Juni nicht im Büro.\n\nMit freundlichen Grüßen\nMarta Kowalski",
    ),
    Case(
        "rejection",
        "it",
        "Gentile Giulia,\n\ngrazie per la pazienza. Purtroppo abbiamo deciso di proseguire con "
        "un altro candidato. Sarò in ferie fino al 16 giugno, ma resto disponibile per un "
        "feedback al mio rientro.\n\nCordiali saluti,\nMarta",
    ),
    Case(
        "offer",
        "pt",
        "Olá Ana,\n\nTenho o prazer de lhe comunicar que gostaríamos de lhe fazer uma proposta "
        "para a posição de Engenheira de Software! Vou estar de férias até dia 16, mas a "
        "proposta formal segue hoje pelos Recursos Humanos.\n\nParabéns,\nMarta",
    ),
    # A reminder that moves the interview.
    Case(
        "next_step",
        "en",
        "Hi Sam,\n\nQuick one about your interview tomorrow: our CTO has a clash, so we need to "
        "move it to Friday 6 June at 15:00. Does that still work for you?\n\nSorry for the "
        "short notice,\nMarta",
    ),
    Case(
        "next_step",
        "de",
        "Hallo Jonas,\n\nkurze Erinnerung an unser Gespräch morgen – leider müssen wir es "
        "verschieben. Ginge stattdessen Freitag, 6. Juni, um 11 Uhr?\n\nViele Grüße\nMarta",
    ),
    Case(
        "next_step",
        "fr",
        "Bonjour Claire,\n\nPetit rappel concernant votre entretien de demain : nous devons "
        "malheureusement le décaler. Seriez-vous disponible vendredi 6 juin à 10h ?\n\n"
        "Cordialement,\nMarta",
    ),
    Case(
        "next_step",
        "es",
        "Hola Lucía,\n\nTe escribo por la entrevista de mañana: tenemos que cambiarla de hora. "
        "¿Te iría bien el viernes 6 de junio a las 12:00?\n\nPerdona las molestias,\nMarta",
    ),
    Case(
        "next_step",
        "nl",
        "Hoi Sanne,\n\nHerinnering voor morgen, maar helaas moeten we het gesprek verzetten. Kan "
        "je ook vrijdag 6 juni om 9:30?\n\nGroet,\nMarta",
    ),
    Case(
        "next_step",
        "it",
        "Ciao Giulia,\n\nun promemoria per il colloquio di domani: purtroppo dobbiamo spostarlo. "
        "Potresti venerdì 6 giugno alle 14:30?\n\nGrazie,\nMarta",
    ),
    Case(
        "next_step",
        "pt",
        "Olá Ana,\n\nSó um lembrete sobre a entrevista de amanhã: precisamos de a remarcar. "
        "Sexta-feira, 6 de junho, às 16h, dá-lhe jeito?\n\nObrigada,\nMarta",
    ),
    # A status page or platform mail that states the decision or a step.
    Case(
        "rejection",
        "en",
        "Application status update\n\nSenior Data Engineer (R-10482)\nStatus changed: No longer "
        "under consideration\n\nThank you for your interest in Contoso.",
        subject="Your application status has been updated",
        sender=WORKDAY,
    ),
    Case(
        "next_step",
        "en",
        "Hi Sam,\n\nThanks for your patience while we reviewed your application. The hiring team "
        "would like to move you forward to a technical interview. Please pick a time that suits "
        "you using the link below.\n\nSchedule your interview\n\nContoso Recruiting",
        subject="Next steps with Contoso",
        sender=GREENHOUSE,
    ),
    Case(
        "rejection",
        "fr",
        "Bonjour Claire,\n\nNous vous remercions pour l'intérêt que vous portez à Contoso et pour "
        "le temps consacré à nos échanges. Après étude attentive, nous ne sommes pas en mesure "
        "de donner une suite favorable à votre candidature.\n\nL'équipe Recrutement",
        subject="Votre candidature chez Contoso",
        sender=TEAMTAILOR,
    ),
    # A holding word, then the real news.
    Case(
        "next_step",
        "en",
        "Hi Sam,\n\nSorry it took a while - we were still waiting on the panel until this "
        "morning. Good news though: they'd like you to come in for the final round. Are you "
        "free next Wednesday afternoon?\n\nMarta",
    ),
    Case(
        "rejection",
        "es",
        "Hola Lucía,\n\nPerdona la espera, el responsable estaba de viaje. Ya tenemos una "
        "decisión y lamentablemente hemos optado por otra candidata con más experiencia en el "
        "sector.\n\nTe deseo mucha suerte,\nMarta",
    ),
    Case(
        "rejection",
        "nl",
        "Beste Sanne,\n\nExcuses voor het lange wachten. Helaas hebben we besloten om niet met "
        "je verder te gaan in de procedure.\n\nMet vriendelijke groet,\nMarta",
    ),
    Case(
        "offer",
        "de",
        "Hallo Jonas,\n\ndanke für deine Geduld – die Abstimmung hat gedauert, aber jetzt ist es "
        "entschieden: Wir möchten dir die Stelle anbieten! Den Vertrag schicke ich dir morgen.\n\n"
        "Viele Grüße\nMarta",
    ),
    Case(
        "next_step",
        "it",
        "Gentile Giulia,\n\nla ringraziamo per la pazienza. Siamo lieti di invitarla a un "
        "colloquio finale presso la nostra sede di Milano giovedì 12 giugno alle 10:00.\n\n"
        "Cordiali saluti,\nUfficio Risorse Umane",
        sender=NOREPLY,
    ),
]


def _ids(cases: list[Case]) -> list[str]:
    seen: dict[str, int] = {}
    ids = []
    for c in cases:
        key = f"{c.kind}-{c.lang}"
        seen[key] = seen.get(key, 0) + 1
        ids.append(f"{key}-{seen[key]}")
    return ids


def _classify(case: Case):
    return classify(received(case.body, subject=case.subject, sender=case.sender, headers=case.headers))


@pytest.mark.parametrize("case", NO_NEWS, ids=_ids(NO_NEWS))
def test_mail_that_brings_no_news_is_never_hearing_back(case: Case) -> None:
    result = _classify(case)
    assert result.kind not in HEARD_BACK_KINDS, result.reasons
    assert result.kind == case.kind, result.reasons
    if case.dates:
        assert result.date in case.dates, result.reasons


@pytest.mark.parametrize("case", NEAR, ids=_ids(NEAR))
def test_a_look_alike_that_does_hear_back_is_read_so(case: Case) -> None:
    result = _classify(case)
    assert result.kind in HEARD_BACK_KINDS, result.reasons
    if case.kind != HEARD:
        assert result.kind == case.kind, result.reasons


def test_every_language_has_no_news_and_near_misses() -> None:
    langs = {"en", "de", "fr", "es", "nl", "it", "pt"}
    assert {c.lang for c in NO_NEWS} == langs
    assert {c.lang for c in NEAR} == langs
    assert len(NO_NEWS) >= 90
    assert len(NEAR) >= 30


# ------------------------------------------------------------------ each kind in seven languages


# A holding reply that asks for patience or promises to come back, with no date.
PATIENCE = [
    "Hi Sam, please bear with us a little longer: we haven't been able to discuss it yet. I'll come back to you next week.",
    "Hallo Jonas, bitte gedulde dich noch etwas, wir konnten uns noch nicht abstimmen. Ich komme nächste Woche auf dich zurück.",
    "Bonjour Claire, merci de patienter encore un peu : nous n'avons pas encore pu en discuter. Je reviens vers vous la semaine prochaine.",
    "Hola Lucía, ten un poco más de paciencia: todavía no hemos podido hablarlo. Vuelvo a escribirte la semana que viene.",
    "Hoi Daan, nog even geduld alsjeblieft: we hebben het nog niet kunnen bespreken. Ik kom er volgende week bij je op terug.",
    "Ciao Giulia, abbi ancora un po' di pazienza: non siamo ancora riusciti a parlarne. Ti ricontatto la prossima settimana.",
    "Olá Ana, peço só mais um pouco de paciência: ainda não conseguimos falar sobre isso. Volto a contactá-la na próxima semana.",
]


@pytest.mark.parametrize("body", PATIENCE)
def test_patience_asked_and_a_promise_to_come_back_is_a_holding_reply(body: str) -> None:
    assert classify(received(body, sender=PERSON)).kind == "acknowledgement"


# A question put to the candidate beside a holding line: a person answered and asks.
HOLDING_AND_ASKING = [
    "Hi Sam, we're still discussing internally. The team would like to know: would you be open to relocating to Lisbon?",
    "Hallo Jonas, wir sind noch in der Abstimmung. Das Team möchte wissen: wärst du bereit, nach Lissabon umzuziehen?",
    "Bonjour Claire, nous sommes encore en discussion. L'équipe aimerait savoir : seriez-vous prête à déménager à Lisbonne ?",
    "Hola Lucía, todavía lo estamos hablando. El equipo quiere saber: ¿estarías dispuesta a mudarte a Lisboa?",
    "Hoi Sanne, we zijn er nog niet uit. Het team wil graag weten: zou je willen verhuizen naar Lissabon?",
    "Ciao Giulia, stiamo ancora valutando. Ti chiedo una cosa: saresti disposta a trasferirti a Lisbona?",
    "Olá Ana, ainda estamos a avaliar. A equipa gostaria de saber: estaria disposta a mudar-se para Lisboa?",
]


@pytest.mark.parametrize("body", HOLDING_AND_ASKING)
def test_a_holding_line_with_a_question_to_the_candidate_hears_back(body: str) -> None:
    assert classify(received(body, sender=PERSON)).kind in HEARD_BACK_KINDS


# The same holding lines with no question: no news.
@pytest.mark.parametrize("body", [b.split(":")[0].rsplit(".", 1)[0] + "." for b in HOLDING_AND_ASKING])
def test_the_same_holding_line_without_a_question_is_no_news(body: str) -> None:
    assert classify(received(body, sender=PERSON)).kind not in HEARD_BACK_KINDS


# A day and an hour asked of the candidate, however the question opens: a next step.
MOVED = [
    "Hi Sam, about tomorrow's interview: we need to move it. Could you manage Friday 6 June at 14:30?",
    "Hallo Jonas, wegen des Gesprächs morgen: wir müssen es verschieben. Könntest du Freitag, 6. Juni um 14:30 Uhr?",
    "Bonjour Claire, concernant l'entretien de demain : nous devons le décaler. Pourriez-vous vendredi 6 juin à 14h30 ?",
    "Hola Lucía, te escribo por la entrevista de mañana: hay que moverla. ¿Podrías el viernes 6 de junio a las 14:30?",
    "Hoi Sanne, over het gesprek van morgen: we moeten het verzetten. Zou je vrijdag 6 juni om 14:30 kunnen?",
    "Ciao Giulia, per il colloquio di domani: dobbiamo spostarlo. Riusciresti venerdì 6 giugno alle 14:30?",
    "Olá Ana, sobre a entrevista de amanhã: temos de a remarcar. Consegue sexta-feira, 6 de junho, às 14h30?",
]


@pytest.mark.parametrize("body", MOVED)
def test_an_interview_moved_to_a_day_and_hour_asked_is_a_next_step(body: str) -> None:
    assert classify(received(body, sender=PERSON)).kind == "next_step"


# A day and an hour said, not asked: an absence, no step.
@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam, I'm out Friday 6 June at 14:30 for a dentist appointment, no news yet on our side.",
        "Hallo Jonas, ich bin Freitag, 6. Juni um 14:30 Uhr beim Arzt, noch keine Neuigkeiten von uns.",
    ],
)
def test_a_day_and_hour_only_said_moves_nothing(body: str) -> None:
    assert classify(received(body, sender=PERSON)).kind not in HEARD_BACK_KINDS


# An absence with access limited or intermittent, in its writer's words.
ACCESS = [
    ("Hi, I'm travelling for work with intermittent access to email until Thursday 12 June.", "en"),
    ("Hallo, ich bin auf Geschäftsreise mit eingeschränktem Zugriff auf meine E-Mails bis Donnerstag, 12. Juni.", "de"),
    ("Bonjour, je suis en déplacement avec un accès intermittent à mes e-mails jusqu'au jeudi 12 juin.", "fr"),
    ("Hola, estoy de viaje de trabajo con acceso intermitente al correo hasta el jueves 12 de junio.", "es"),
    ("Hallo, ik ben op zakenreis met beperkte toegang tot mijn e-mail tot en met donderdag 12 juni.", "nl"),
    ("Buongiorno, sono in trasferta con accesso saltuario alla posta fino a giovedì 12 giugno.", "it"),
    ("Olá, estou em viagem de trabalho com acesso intermitente ao e-mail até quinta-feira, 12 de junho.", "pt"),
]


@pytest.mark.parametrize(("body", "lang"), ACCESS)
def test_an_absence_with_little_access_to_mail_is_an_out_of_office(body: str, lang: str) -> None:
    result = classify(received(body, sender=PERSON))
    assert result.kind == "auto_reply", (lang, result.reasons)
    assert result.date in _until(12, 13), (lang, result.reasons)


# The day of return as a bare day of the month: "from the 16th".
RETURN_DAY = [
    "I'm on holiday and will be reachable again from the 16th.",
    "Ich bin im Urlaub und ab dem 16. wieder erreichbar.",
    "Je suis en congé et serai de retour à partir du 16.",
    "Estoy de vacaciones y estaré de vuelta a partir del 16.",
    "Ik ben met vakantie en vanaf de 16e weer bereikbaar.",
    "Sono in ferie e sarò di nuovo in ufficio dal 16.",
    "Estou de férias e estarei de volta a partir do dia 16.",
]


@pytest.mark.parametrize("body", RETURN_DAY)
def test_a_return_named_by_its_day_of_the_month_is_read(body: str) -> None:
    result = classify(received(body, sender=PERSON))
    assert result.kind == "auto_reply", result.reasons
    assert result.date == date(2025, 6, 16), result.reasons


# The candidate account's mail: sign-in codes, a password changed.
ACCOUNT = [
    ("Your verification code is 482913. It expires in 10 minutes.", "Your sign-in code"),
    ("Ihr Bestätigungscode lautet 482913. Er ist 10 Minuten gültig.", "Ihr Anmeldecode"),
    ("Votre code de vérification est : 482913. Il est valable 10 minutes.", "Votre code de connexion"),
    ("Tu código de verificación es 482913. Caduca en 10 minutos.", "Tu código de acceso"),
    ("Je verificatiecode is 482913. Hij is 10 minuten geldig.", "Je inlogcode"),
    ("Il tuo codice di verifica è 482913. Scade tra 10 minuti.", "Il tuo codice di accesso"),
    ("O seu código de verificação é 482913. Expira em 10 minutos.", "O seu código de acesso"),
    ("Your password was changed. If you didn't do this, contact support.", "Password changed"),
    ("Ihr Passwort wurde geändert. Falls Sie das nicht waren, wenden Sie sich an den Support.", "Passwort geändert"),
    ("Votre mot de passe a été modifié. Si ce n'était pas vous, contactez le support.", "Mot de passe modifié"),
    ("Tu contraseña ha sido cambiada. Si no fuiste tú, contacta con soporte.", "Contraseña cambiada"),
    ("Je wachtwoord is gewijzigd. Heb jij dit niet gedaan? Neem contact op met support.", "Wachtwoord gewijzigd"),
    ("La tua password è stata modificata. Se non sei stato tu, contatta il supporto.", "Password modificata"),
    ("A sua palavra-passe foi alterada. Se não foi você, contacte o suporte.", "Palavra-passe alterada"),
]


@pytest.mark.parametrize(("body", "subject"), ACCOUNT)
def test_the_candidate_accounts_mail_is_bulk(body: str, subject: str) -> None:
    assert classify(received(body, subject=subject, sender=NOREPLY)).kind == "bulk"


# A holding reply whose news word stands beside an unrelated day before the promise.
@pytest.mark.parametrize(
    "body",
    [
        "No news yet. We meet two more people this week before anyone makes a decision. You'll hear from me by 13 June.",
        "Noch nichts Neues. Diese Woche sprechen wir noch mit zwei Personen vor der Entscheidung. Du hörst spätestens am 13. Juni von mir.",
        "Pas encore de nouvelles. Cette semaine nous voyons encore deux personnes avant la décision. Je reviens vers vous d'ici le 13 juin.",
        "Aún no hay novedades. Esta semana vemos a dos personas más antes de la decisión. Te escribo antes del 13 de junio.",
        "Nog geen nieuws. Deze week spreken we nog twee mensen voor de beslissing. Je hoort uiterlijk 13 juni van me.",
        "Ancora nessuna novità. Questa settimana vediamo altre due persone prima della decisione. Ti faccio sapere entro il 13 giugno.",
        "Ainda sem novidades. Esta semana vemos mais duas pessoas antes da decisão. Dou-lhe notícias até 13 de junho.",
    ],
)
def test_the_promised_day_is_the_one_after_the_promise(body: str) -> None:
    result = classify(received(body, sender=PERSON))
    assert result.kind == "acknowledgement", result.reasons
    assert result.date == date(2025, 6, 13), result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "No decision yet on the role, I'm afraid. Could we have a quick call on Friday 6 June at 10:00?",
        "Noch keine Entscheidung, leider. Können wir am Freitag, 6. Juni um 10 Uhr kurz telefonieren?",
        "Pas encore de décision, hélas. Pourrions-nous nous appeler vendredi 6 juin à 10h ?",
        "Todavía no hay decisión. ¿Podemos hablar el viernes 6 de junio a las 10:00?",
        "Nog geen beslissing helaas. Kunnen we vrijdag 6 juni om 10:00 even bellen?",
        "Ancora nessuna decisione. Possiamo sentirci venerdì 6 giugno alle 10:00?",
        "Ainda sem decisão. Podemos falar sexta-feira, 6 de junho, às 10h?",
    ],
)
def test_a_day_and_hour_asked_beside_a_holding_line_is_a_next_step(body: str) -> None:
    assert classify(received(body, sender=PERSON)).kind == "next_step"


# An out-of-office that thanks first and names its return after a comma or "and".
THANKS_THEN_AWAY = [
    "Thanks for your message. I'm currently on holiday, back on Monday 16 June.",
    "Danke für Ihre Nachricht. Ich bin derzeit im Urlaub, zurück am Montag, 16. Juni.",
    "Merci pour votre message. Je suis actuellement en congés, de retour le lundi 16 juin.",
    "Gracias por tu correo. Estoy disfrutando de unos días libres y vuelvo el lunes 16 de junio.",
    "Bedankt voor je bericht. Ik ben op vakantie en terug op maandag 16 juni.",
    "Grazie per la tua email. Sono in ferie, torno lunedì 16 giugno.",
    "Obrigado pelo seu e-mail. Estou ausente de 5 a 13 de junho. Regresso na segunda-feira, 16 de junho.",
]


@pytest.mark.parametrize("body", THANKS_THEN_AWAY)
def test_an_out_of_office_that_thanks_first_is_an_out_of_office(body: str) -> None:
    result = classify(received(body, sender=PERSON))
    assert result.kind == "auto_reply", result.reasons
    assert result.date == date(2025, 6, 16), result.reasons


# Chased inside the company, still nothing: a holding reply.
CHASED = [
    "Hi Sam, I've chased the hiring manager again this morning, still nothing from her side. Will let you know.",
    "Hallo Jonas, ich habe heute noch einmal beim Fachbereich nachgehakt, leider noch ohne Ergebnis. Ich melde mich.",
    "Bonjour Claire, j'ai relancé le manager ce matin, toujours pas de retour. Je vous tiens au courant.",
    "Hola Lucía, he vuelto a preguntar al responsable esta mañana y aún nada. Te mantengo informada.",
    "Hoi Sanne, ik heb vanochtend nog eens bij de manager nagevraagd, nog steeds niets. Ik houd je op de hoogte.",
    "Ciao Giulia, ho sollecitato di nuovo il responsabile stamattina, ancora niente. Ti tengo aggiornata.",
    "Olá Ana, voltei a insistir com o responsável esta manhã, ainda nada. Mantenho-a informada.",
]


@pytest.mark.parametrize("body", CHASED)
def test_chased_inside_and_still_nothing_is_a_holding_reply(body: str) -> None:
    assert classify(received(body, sender=PERSON)).kind == "acknowledgement"


# The same chase that brings the answer back is news.
@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam, I chased the hiring manager this morning and she'd like to invite you to a final interview.",
        "Hallo Jonas, ich habe beim Fachbereich nachgehakt: Wir möchten Sie zu einem zweiten Gespräch einladen.",
    ],
)
def test_a_chase_that_brings_an_answer_is_news(body: str) -> None:
    assert classify(received(body, sender=PERSON)).kind == "next_step"


# An event's invitation or a job alert without list headers: a mailing's words beside a step's.
EVENTS = [
    "Hi Sam,\n\nYou're invited to our virtual open day on 19 June at 17:00. Meet the team, hear about our culture and ask questions. Save your seat here: https://events.contoso.example/openday\n\nContoso Careers",
    "Hallo Jonas,\n\nwir laden dich zu unserem Tag der offenen Tür am 19. Juni um 17 Uhr ein: Lerne das Team kennen. Jetzt Platz sichern!\n\nDein Contoso Karriere-Team",
    "Bonjour Claire,\n\nVenez rencontrer l'équipe lors de notre journée portes ouvertes le 19 juin à 17h. Les places sont limitées, inscrivez-vous ici.\n\nL'équipe Carrières",
    "Hola Lucía,\n\nTe invitamos a nuestra jornada de puertas abiertas el 19 de junio a las 17:00: conoce al equipo. Las plazas son limitadas, inscríbete aquí.\n\nEquipo de Talento",
]


@pytest.mark.parametrize("body", EVENTS)
def test_an_event_invitation_is_no_step(body: str) -> None:
    result = classify(received(body, sender="careers@contoso.example", subject="Join us on 19 June"))
    assert result.kind not in HEARD_BACK_KINDS, result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nWe'd like to invite you to a final interview to meet the team on Thursday 12 June at 10:00. Does that work?\n\nMarta",
        "Hallo Jonas,\n\nwir möchten Sie zu einem Kennenlernen mit dem Team am Donnerstag, 12. Juni um 10 Uhr einladen. Passt Ihnen das?\n\nMarta",
    ],
)
def test_a_personal_invitation_to_meet_the_team_is_a_step(body: str) -> None:
    assert classify(received(body, sender=PERSON)).kind == "next_step"
