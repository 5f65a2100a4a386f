"""Mail that brings no news, and its look-alikes that do, in seven languages.

Out-of-office replies told by their wording alone (no Auto-Submitted or X-Autoreply header,
no "Automatic reply:" subject) as Outlook, Gmail's vacation responder and Apple Mail write
them, with the return date they name; a person's receipt or "we'll be in touch"; a platform's
reminder of a step already booked; an acknowledgement whose only decision is conditional
("if you have not heard from us within two weeks ..."); job alerts and newsletters from the
employer's own careers domain; watcher's own digest come back without its marks. Beside them,
messages that mention an absence, a condition or a reminder and still carry a decision or a
next step. Examples written for these tests alone, before the rules were read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from tests.test_classify import received
from watcher.classify import classify
from watcher.model import HEARD_BACK_KINDS, Draft, Notice
from watcher.notify.digest import email_subject
from watcher.notify.smtp import digest_body

# A Thursday.
WHEN = datetime(2026, 11, 5, 10, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Probe:
    """One received message and its verdict. ``back``: the return date an out-of-office names."""

    name: str
    body: str
    kind: str
    sender: str
    subject: str = "Re: Thank you for today"
    back: date | None = None


def nov(day: int) -> date:
    return date(2026, 11, day)


EN, EN_NR = "maya.chen@quillon.io", "no-reply@quillon.io"
DE, DE_NR = "k.vogel@brunnhofer-logistik.de", "karriere@brunnhofer-logistik.de"
FR, FR_NR = "camille.rousseau@maison-verlaine.fr", "recrutement@maison-verlaine.fr"
ES, ES_NR = "jruiz@ceramicasolmedo.es", "empleo@ceramicasolmedo.es"
IT, IT_NR = "g.romano@ferraresi-automazione.it", "careers@ferraresi-automazione.it"
NL, NL_NR = "sanne.devries@dijkstrahavens.nl", "werkenbij@dijkstrahavens.nl"
PT, PT_NR = "joao.martins@caravelaseguros.pt", "carreiras@caravelaseguros.pt"

PROBES = [
    # ------------------------------------------------------------------ English
    Probe("en-ooo-outlook",
          "Thank you for your email. I am currently out of the office with limited access to email, returning on "
          "Monday 16 November. For urgent matters please contact Priya Shah at priya.shah@quillon.io.",
          "auto_reply", EN, back=nov(16)),
    Probe("en-ooo-gmail", "Hi,\n\nI'm on annual leave until 20/11 and will reply when I'm back.\n\nCheers,\nMaya",
          "auto_reply", EN, back=nov(20)),
    Probe("en-ooo-apple", "I'm travelling and away from my desk until the 14th. I'll get back to you as soon as I can.",
          "auto_reply", EN, back=nov(14)),
    Probe("en-ooo-leave",
          "I am on parental leave and will be back in the office on 4 January 2027. In the meantime, please reach "
          "out to talent@quillon.io.", "auto_reply", EN, back=date(2027, 1, 4)),
    Probe("en-holding",
          "Hi Alex,\n\nThanks for your note! The team is still meeting the other candidates this week, so I expect "
          "to have an update for you by the end of next week.\n\nBest,\nMaya", "acknowledgement", EN),
    Probe("en-receipt",
          "Thanks Alex, received with thanks. I'll pass it on to the hiring manager and we'll be in touch.",
          "acknowledgement", EN),
    Probe("en-reminder",
          "Reminder: your interview with Quillon Systems is tomorrow, Friday 6 November at 14:00 CET.\n\nJoin: "
          "https://quillon.zoom.us/j/81234567\n\nIf you need to reschedule, use the link in your confirmation email.",
          "acknowledgement", EN_NR, subject="Reminder: your interview tomorrow"),
    Probe("en-conditional",
          "Thank you for applying to Quillon Systems. We receive a large number of applications and will only "
          "contact shortlisted candidates. If you have not heard from us within two weeks, please assume your "
          "application has not been successful on this occasion.",
          "acknowledgement", EN_NR, subject="Your application to Quillon Systems"),
    Probe("en-job-alert",
          "New jobs at Quillon Systems that match your profile:\n\nSenior Data Engineer - Berlin\nAnalytics Engineer "
          "- Remote\n\nView all jobs: https://careers.quillon.io/jobs\n\nYou are receiving this email because you "
          "created a job alert. Unsubscribe: https://careers.quillon.io/alerts/unsubscribe",
          "bulk", EN_NR, subject="3 new jobs at Quillon Systems"),
    Probe("en-newsletter",
          "Inside Quillon - November edition\n\nThis month: our new Lisbon office, meet the platform team, and "
          "upcoming events near you.\n\nManage your email preferences | Unsubscribe",
          "bulk", EN_NR, subject="Life at Quillon: November"),
    Probe("en-ooo-with-invite",
          "I'm out of the office from tomorrow until the 16th, so before I go: we'd like to invite you to a final "
          "interview. Could you do Wednesday 18 November at 10:00?", "next_step", EN),
    Probe("en-ooo-with-rejection",
          "Thanks for your patience. Unfortunately we will not be moving forward with your application. I'm on "
          "leave from tomorrow until Monday, but feel free to reach out after that for feedback.", "rejection", EN),
    # ------------------------------------------------------------------ German
    Probe("de-ooo-outlook",
          "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 13.11.2026 im Urlaub und habe keinen Zugriff "
          "auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@brunnhofer-logistik.de.",
          "auto_reply", DE, subject="AW: Danke für das Gespräch", back=nov(13)),
    Probe("de-ooo-back-on",
          "Ich bin derzeit auf Dienstreise und lese meine E-Mails nur unregelmäßig. Ab Montag, 16.11., bin ich "
          "wieder im Büro.", "auto_reply", DE, subject="AW: Danke für das Gespräch", back=nov(16)),
    Probe("de-ooo-gmail", "Hallo,\n\nich bin gerade in Elternzeit und ab dem 7. Januar 2027 wieder da.\n\nViele Grüße\n"
          "Katrin", "auto_reply", DE, subject="Re: Danke für das Gespräch", back=date(2027, 1, 7)),
    Probe("de-ooo-apple", "Ich bin bis zum 20. November außer Haus. Ihre E-Mail wird nicht weitergeleitet.",
          "auto_reply", DE, subject="Re: Danke für das Gespräch", back=nov(20)),
    Probe("de-holding",
          "Hallo Herr Doe,\n\ndanke für Ihre Nachricht. Wir sprechen diese Woche noch mit weiteren Kandidaten und "
          "melden uns spätestens Ende nächster Woche bei Ihnen.\n\nViele Grüße\nKatrin Vogel",
          "acknowledgement", DE, subject="AW: Danke für das Gespräch"),
    Probe("de-receipt",
          "Vielen Dank, Ihre Unterlagen sind angekommen. Ich leite sie an die Fachabteilung weiter, wir kommen dann "
          "auf Sie zu.", "acknowledgement", DE, subject="AW: Unterlagen"),
    Probe("de-reminder",
          "Erinnerung: Ihr Vorstellungsgespräch bei Brunnhofer Logistik findet morgen, am Freitag, 6. November 2026 "
          "um 10:00 Uhr statt. Den Link zum Videocall finden Sie in Ihrer Einladung.",
          "acknowledgement", DE_NR, subject="Erinnerung an Ihr Vorstellungsgespräch"),
    Probe("de-conditional",
          "Vielen Dank für Ihre Bewerbung. Aufgrund der Vielzahl an Bewerbungen melden wir uns nur bei Kandidaten "
          "in der engeren Auswahl. Sollten Sie innerhalb von vier Wochen nichts von uns hören, betrachten Sie Ihre "
          "Bewerbung bitte als nicht erfolgreich.", "acknowledgement", DE_NR, subject="Ihre Bewerbung"),
    Probe("de-job-alert",
          "Neue Stellenangebote bei Brunnhofer Logistik, die zu Ihrem Suchprofil passen:\n\nData Engineer (m/w/d) - "
          "Hamburg\nBI-Entwickler (m/w/d) - Bremen\n\nSie erhalten diese E-Mail, weil Sie einen Job-Alert abonniert "
          "haben. Abmelden: https://karriere.brunnhofer-logistik.de/abmelden",
          "bulk", DE_NR, subject="2 neue Jobs für Sie"),
    Probe("de-newsletter",
          "Brunnhofer Karriere-Newsletter November\n\nEinblicke in unser IT-Team, unsere nächsten Karriere-Events "
          "und neue Standorte.\n\nNewsletter abbestellen | Datenschutz",
          "bulk", DE_NR, subject="Karriere-Newsletter November"),
    Probe("de-ooo-with-rejection",
          "Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben. Ich bin ab "
          "morgen bis zum 20. November im Urlaub.", "rejection", DE, subject="AW: Danke für das Gespräch"),
    Probe("de-ooo-with-invite",
          "Bevor ich in den Urlaub gehe (bis 20.11.): Wir würden Sie gerne zu einem zweiten Gespräch einladen. "
          "Passt Ihnen Dienstag, der 24.11., um 10 Uhr?", "next_step", DE, subject="AW: Danke für das Gespräch"),
    # ------------------------------------------------------------------ French
    Probe("fr-ooo-outlook",
          "Bonjour,\n\nJe suis absente du bureau jusqu'au 16 novembre avec un accès limité à mes e-mails. Pour toute "
          "urgence, merci de contacter rh@maison-verlaine.fr.", "auto_reply", FR, back=nov(16)),
    Probe("fr-ooo-conge", "Je suis en congé jusqu'au 13 novembre. Je traiterai votre message à mon retour.",
          "auto_reply", FR, back=nov(13)),
    Probe("fr-ooo-retour",
          "Merci pour votre message. Je suis actuellement en déplacement et serai de retour le lundi 16 novembre.",
          "auto_reply", FR, back=nov(16)),
    Probe("fr-ooo-maternite",
          "Je suis en congé maternité et serai de retour le 4 janvier 2027. En mon absence, vous pouvez écrire à "
          "recrutement@maison-verlaine.fr.", "auto_reply", FR, back=date(2027, 1, 4)),
    Probe("fr-holding",
          "Bonjour Alex,\n\nMerci pour votre message. Nous finalisons les entretiens cette semaine et je reviens vers "
          "vous d'ici la fin de la semaine prochaine.\n\nBien à vous,\nCamille", "acknowledgement", FR),
    Probe("fr-receipt", "Bien reçu, merci ! Je transmets au manager et nous reviendrons vers vous rapidement.",
          "acknowledgement", FR),
    Probe("fr-reminder",
          "Rappel : votre entretien avec Maison Verlaine est prévu demain, vendredi 6 novembre à 11h00. Le lien de "
          "connexion se trouve dans votre invitation.", "acknowledgement", FR_NR, subject="Rappel de votre entretien"),
    Probe("fr-conditional",
          "Nous vous remercions pour votre candidature. Sans réponse de notre part dans un délai de trois semaines, "
          "vous pourrez considérer que votre candidature n'a pas été retenue.",
          "acknowledgement", FR_NR, subject="Votre candidature"),
    Probe("fr-job-alert",
          "Nouvelles offres chez Maison Verlaine correspondant à votre alerte :\n\nChef de projet e-commerce - Paris\n"
          "Product Owner - Lyon\n\nVous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner",
          "bulk", FR_NR, subject="2 nouvelles offres pour vous"),
    Probe("fr-newsletter",
          "La lettre carrières de Maison Verlaine - novembre\n\nDécouvrez nos métiers, nos ateliers et nos prochains "
          "forums de recrutement.\n\nSe désinscrire de cette lettre", "bulk", FR_NR,
          subject="La lettre carrières de novembre"),
    Probe("fr-ooo-with-rejection",
          "Je suis absente à partir de demain jusqu'au 16 novembre, mais je tenais à vous le dire avant : nous ne "
          "donnerons pas suite à votre candidature.", "rejection", FR),
    Probe("fr-ooo-with-invite",
          "Nous souhaitons vous proposer un second entretien. Seriez-vous disponible mardi 10 novembre à 14h ? Je "
          "serai en congé à partir du 12.", "next_step", FR),
    # ------------------------------------------------------------------ Spanish
    Probe("es-ooo-outlook",
          "Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 16 de noviembre, con acceso limitado al "
          "correo.", "auto_reply", ES, back=nov(16)),
    Probe("es-ooo-vacaciones", "Estoy de vacaciones hasta el lunes 16 de noviembre. Responderé a tu correo a mi regreso.",
          "auto_reply", ES, back=nov(16)),
    Probe("es-ooo-baja",
          "Hola, estoy de baja hasta el 20 de noviembre. Para cualquier asunto urgente, escribe a rrhh@ceramicasolmedo.es.",
          "auto_reply", ES, back=nov(20)),
    Probe("es-ooo-vuelta", "En este momento no me encuentro en la oficina. Estaré de vuelta el 13/11.",
          "auto_reply", ES, back=nov(13)),
    Probe("es-holding",
          "Hola Alex,\n\nGracias por tu mensaje. Todavía estamos entrevistando a otros candidatos; te escribo en "
          "cuanto tengamos una decisión, previsiblemente la semana que viene.\n\nUn saludo,\nJavier",
          "acknowledgement", ES),
    Probe("es-receipt", "Recibido, ¡gracias! Se lo paso al responsable del equipo y te decimos algo.",
          "acknowledgement", ES),
    Probe("es-reminder",
          "Recordatorio: tu entrevista con Cerámicas Olmedo es mañana, viernes 6 de noviembre a las 12:00. "
          "Encontrarás el enlace a la videollamada en la invitación.",
          "acknowledgement", ES_NR, subject="Recordatorio de tu entrevista"),
    Probe("es-conditional",
          "Gracias por tu interés en Cerámicas Olmedo. Si en el plazo de 15 días no has recibido noticias nuestras, "
          "entiende que tu candidatura no ha sido seleccionada en esta ocasión.",
          "acknowledgement", ES_NR, subject="Tu candidatura"),
    Probe("es-job-alert",
          "Nuevas ofertas en Cerámicas Olmedo que encajan con tu perfil:\n\nIngeniero de datos - Castellón\nTécnico "
          "de sistemas - Valencia\n\nRecibes este correo porque te suscribiste a las alertas de empleo. Darse de baja",
          "bulk", ES_NR, subject="Nuevas ofertas para ti"),
    Probe("es-newsletter",
          "Boletín de empleo de Cerámicas Olmedo - noviembre\n\nConoce a nuestro equipo de sistemas y nuestras "
          "próximas ferias de empleo.\n\nCancelar suscripción", "bulk", ES_NR, subject="Boletín de empleo de noviembre"),
    Probe("es-ooo-with-rejection",
          "Lamentablemente hemos decidido continuar el proceso con otros candidatos. Estaré fuera de la oficina hasta "
          "el 16 de noviembre.", "rejection", ES),
    Probe("es-ooo-with-invite",
          "Antes de irme de vacaciones quería proponerte una segunda entrevista: ¿te viene bien el martes 10 de "
          "noviembre a las 10:00?", "next_step", ES),
    # ------------------------------------------------------------------ Italian
    Probe("it-ooo-outlook",
          "Grazie per la sua email. Sono fuori ufficio fino al 16 novembre con accesso limitato alla posta.",
          "auto_reply", IT, back=nov(16)),
    Probe("it-ooo-ferie", "Sono in ferie fino al 13 novembre compreso e risponderò al mio rientro.",
          "auto_reply", IT, back=nov(13)),
    Probe("it-ooo-assente",
          "Buongiorno, sarò assente dall'ufficio fino a lunedì 16 novembre. Per urgenze contattare "
          "hr@ferraresi-automazione.it.", "auto_reply", IT, back=nov(16)),
    Probe("it-ooo-trasferta", "Sono in trasferta, rientrerò in ufficio il 20/11. Risponderò appena possibile.",
          "auto_reply", IT, back=nov(20)),
    Probe("it-holding",
          "Ciao Alex,\n\ngrazie del messaggio. Stiamo ancora completando i colloqui con gli altri candidati, ti "
          "aggiorno entro la fine della prossima settimana.\n\nUn saluto,\nGiulia", "acknowledgement", IT),
    Probe("it-receipt", "Ricevuto, grazie! Lo inoltro al responsabile e ti faremo sapere.", "acknowledgement", IT),
    Probe("it-reminder",
          "Promemoria: il tuo colloquio con Ferraresi Automazione è domani, venerdì 6 novembre alle 16:00. Trovi il "
          "link nella tua convocazione.", "acknowledgement", IT_NR, subject="Promemoria colloquio"),
    Probe("it-conditional",
          "La ringraziamo per la candidatura. Qualora non ricevesse notizie entro 30 giorni, la sua candidatura è da "
          "intendersi non selezionata.", "acknowledgement", IT_NR, subject="La sua candidatura"),
    Probe("it-job-alert",
          "Nuove offerte di lavoro presso Ferraresi Automazione in linea con il tuo profilo:\n\nSviluppatore PLC - "
          "Modena\nIngegnere software - Bologna\n\nRicevi questa email perché hai attivato un avviso di lavoro. "
          "Annulla l'iscrizione", "bulk", IT_NR, subject="Nuove offerte per te"),
    Probe("it-newsletter",
          "La newsletter di Ferraresi Automazione - novembre\n\nI nostri progetti, le persone e i prossimi career "
          "day.\n\nDisiscriviti", "bulk", IT_NR, subject="Newsletter di novembre"),
    Probe("it-ooo-with-rejection",
          "Purtroppo abbiamo deciso di proseguire con altri candidati. Sarò in ferie fino al 16 novembre.",
          "rejection", IT),
    Probe("it-ooo-with-invite",
          "Prima delle ferie volevo invitarti a un secondo colloquio: saresti disponibile martedì 10 novembre alle 15?",
          "next_step", IT),
    # ------------------------------------------------------------------ Dutch
    Probe("nl-ooo-outlook",
          "Bedankt voor je bericht. Ik ben afwezig tot en met 13 november en heb beperkt toegang tot mijn e-mail.",
          "auto_reply", NL, back=nov(13)),
    Probe("nl-ooo-vakantie", "Ik ben met vakantie tot maandag 16 november. Je e-mail wordt niet doorgestuurd.",
          "auto_reply", NL, back=nov(16)),
    Probe("nl-ooo-verlof",
          "Hoi, ik ben tot 20 november met ouderschapsverlof. Voor dringende zaken kun je contact opnemen met "
          "hr@dijkstrahavens.nl.", "auto_reply", NL, back=nov(20)),
    Probe("nl-ooo-terug", "Ik ben vanaf maandag 16 november weer op kantoor en zal je bericht dan beantwoorden.",
          "auto_reply", NL, back=nov(16)),
    Probe("nl-holding",
          "Hoi Alex,\n\nDank voor je bericht. We spreken deze week nog een paar kandidaten en ik laat je uiterlijk "
          "eind volgende week iets weten.\n\nGroet,\nSanne", "acknowledgement", NL),
    Probe("nl-receipt", "Ontvangen, dank je! Ik stuur het door naar de hiring manager en we komen bij je terug.",
          "acknowledgement", NL),
    Probe("nl-reminder",
          "Herinnering: je sollicitatiegesprek bij Dijkstra Havens is morgen, vrijdag 6 november om 13:00. De link "
          "vind je in je uitnodiging.", "acknowledgement", NL_NR, subject="Herinnering: je gesprek morgen"),
    Probe("nl-conditional",
          "Bedankt voor je sollicitatie. Heb je binnen drie weken niets van ons gehoord, dan ben je helaas niet "
          "geselecteerd.", "acknowledgement", NL_NR, subject="Je sollicitatie"),
    Probe("nl-job-alert",
          "Nieuwe vacatures bij Dijkstra Havens die passen bij jouw profiel:\n\nData Engineer - Rotterdam\nBI-"
          "specialist - Amsterdam\n\nJe ontvangt deze e-mail omdat je je hebt aangemeld voor vacaturemeldingen. "
          "Afmelden", "bulk", NL_NR, subject="Nieuwe vacatures voor jou"),
    Probe("nl-newsletter",
          "De Dijkstra Havens nieuwsbrief - november\n\nMaak kennis met ons datateam en kom naar onze open dag.\n\n"
          "Uitschrijven", "bulk", NL_NR, subject="Nieuwsbrief november"),
    Probe("nl-ooo-with-rejection",
          "Helaas hebben we besloten om verder te gaan met een andere kandidaat. Ik ben vanaf morgen tot 16 november "
          "afwezig.", "rejection", NL),
    Probe("nl-ooo-with-invite",
          "Voordat ik op vakantie ga: we willen je graag uitnodigen voor een tweede gesprek. Past dinsdag 10 november "
          "om 14:00?", "next_step", NL),
    # ------------------------------------------------------------------ Portuguese
    Probe("pt-ooo-outlook",
          "Obrigado pela sua mensagem. Estou fora do escritório até 16 de novembro, com acesso limitado ao email.",
          "auto_reply", PT, back=nov(16)),
    Probe("pt-ooo-ferias",
          "Estou de férias até segunda-feira, 16 de novembro. Responderei ao seu email quando regressar.",
          "auto_reply", PT, back=nov(16)),
    Probe("pt-ooo-br", "Olá, estou ausente até o dia 20/11 e responderei assim que possível.",
          "auto_reply", PT, back=nov(20)),
    Probe("pt-ooo-licenca",
          "Encontro-me de licença até 13 de novembro. Para assuntos urgentes, contacte rh@caravelaseguros.pt.",
          "auto_reply", PT, back=nov(13)),
    Probe("pt-holding",
          "Olá Alex,\n\nObrigado pela mensagem. Ainda estamos a entrevistar outros candidatos; darei notícias até ao "
          "final da próxima semana.\n\nCumprimentos,\nJoão", "acknowledgement", PT),
    Probe("pt-receipt", "Recebido, obrigado! Vou reencaminhar ao responsável da equipa e entraremos em contacto.",
          "acknowledgement", PT),
    Probe("pt-reminder",
          "Lembrete: a sua entrevista com a Caravela Seguros é amanhã, sexta-feira, 6 de novembro às 17:00. O link "
          "está no seu convite.", "acknowledgement", PT_NR, subject="Lembrete da sua entrevista"),
    Probe("pt-conditional",
          "Agradecemos a sua candidatura. Caso não receba notícias nossas no prazo de 30 dias, considere que a sua "
          "candidatura não foi selecionada.", "acknowledgement", PT_NR, subject="A sua candidatura"),
    Probe("pt-job-alert",
          "Novas vagas na Caravela Seguros compatíveis com o seu perfil:\n\nAnalista de dados - Lisboa\nEngenheiro "
          "de dados - Porto\n\nEstá a receber este email porque criou um alerta de emprego. Cancelar subscrição",
          "bulk", PT_NR, subject="Novas vagas para si"),
    Probe("pt-newsletter",
          "Newsletter de carreiras Caravela Seguros - novembro\n\nConheça a nossa equipa de dados e os próximos "
          "eventos.\n\nCancelar a subscrição", "bulk", PT_NR, subject="Newsletter de novembro"),
    Probe("pt-ooo-with-rejection",
          "Infelizmente decidimos avançar com outro candidato. Estarei de férias até 16 de novembro.",
          "rejection", PT),
    Probe("pt-ooo-with-invite",
          "Antes de entrar de férias queria convidá-lo para uma segunda entrevista: terça-feira, 10 de novembro, às "
          "15h, é possível?", "next_step", PT),
]


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p.name)
def test_the_kind_of_a_message(probe: Probe) -> None:
    result = classify(received(probe.body, subject=probe.subject, sender=probe.sender, when=WHEN))
    assert result.kind == probe.kind, result.reasons
    if probe.back is not None:
        assert result.date == probe.back, result.reasons


def test_every_language_has_ten_probes() -> None:
    counts: dict[str, int] = {}
    for probe in PROBES:
        counts[probe.name[:2]] = counts.get(probe.name[:2], 0) + 1
    assert sorted(counts) == ["de", "en", "es", "fr", "it", "nl", "pt"]
    assert min(counts.values()) >= 10


NOTICES = [
    Notice(interview="quillon", action="follow_up_1", key="", company="Quillon Systems",
           title="Quillon Systems: follow up on your interview", why="No reply after 7 business days.",
           draft=Draft(to=("maya.chen@quillon.io",), subject="Platform Engineer interview",
                       body="Dear Maya,\n\nI wanted to follow up on our interview for the Platform Engineer role.\n")),
    Notice(interview="brunnhofer", action="heard", key="m1", company="Brunnhofer Logistik",
           title="Brunnhofer Logistik replied: next step", why="They asked for a second interview."),
]


@pytest.mark.parametrize(
    ("sender", "subject", "wrap"),
    [
        ("watcher@example.org", None, "{}"),
        ("alex.doe@example.net", "Fwd: {}",
         "---------- Forwarded message ---------\nFrom: watcher <watcher@example.org>\nSubject: {{s}}\n\n{}"),
    ],
    ids=["as-sent", "forwarded"],
)
def test_watchers_own_digest_without_its_marks_is_not_hearing_back(sender: str, subject: str | None,
                                                                   wrap: str) -> None:
    title = email_subject(NOTICES)
    body = wrap.format(digest_body(NOTICES)).replace("{s}", title)
    result = classify(received(body, subject=(subject or "{}").format(title), sender=sender, when=WHEN))
    assert result.kind not in HEARD_BACK_KINDS, result.reasons
