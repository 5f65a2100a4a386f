"""Mail around the replies, read right: what the user sent, bulk, auto-replies, platform notices.

Examples written for these tests alone, as real mail has them, in seven languages (English,
German, French, Spanish, Dutch, Italian, Portuguese): thank-yous, chasers and other mail the
user sent; newsletters, job alerts, event invitations and talent-community mail from logged
employers and platforms, with and without list headers; out-of-office replies as Exchange,
Gmail and Apple Mail write them, with and without auto-reply headers; applicant-tracking
acknowledgements next to the platform's real decisions; and the traps of tying them: a
recruiter writing from a new address in the thread, bare Message-IDs, two employers on one
platform sharing a word, agency recruiters.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from tests.test_classify import received, sent
from tests.test_match import interview
from tests.test_match import mail as match_mail
from watcher.classify import classify
from watcher.match import build_index, match
from watcher.model import HEARD_BACK_KINDS, Mail
from watcher.parse import parse_message

RECRUITER = "jane.doe@acme.example"
NO_REPLY = "no-reply@careers.acme.example"
LIST_HEADERS = {
    "list-unsubscribe": "<https://email.acme.example/unsub?u=8f3a>, <mailto:unsub-8f3a@email.acme.example>",
    "list-unsubscribe-post": "List-Unsubscribe=One-Click",
    "list-id": "Acme Careers News <careers-news.acme.example>",
    "precedence": "bulk",
}


def mine(body: str, subject: str, to: tuple[str, ...] = (RECRUITER,)) -> Mail:
    return replace(sent(body, subject=subject), to=to)


def theirs(
    body: str,
    subject: str = "Your application",
    *,
    sender: str = RECRUITER,
    from_name: str = "",
    headers: dict[str, str] | None = None,
) -> Mail:
    return replace(received(body, subject=subject, sender=sender, headers=headers), from_name=from_name)


# ================================================================ what the user sent

THANK_YOUS = [
    # (subject, body)
    (
        "Thank you - Data Engineer interview",
        "Hi Jane,\n\nThank you for taking the time to speak with me today about the Data Engineer role. "
        "I really enjoyed hearing how the team is moving its pipelines to streaming, and our conversation "
        "made me even more excited about the position.\n\nBest regards,\nAlex",
    ),
    (
        "Thanks - Acme interview today",
        "Hi Anna,\n\nGreat to meet you and the team today. I appreciated the candid answers about on-call "
        "and the roadmap.\n\nAll the best,\nAlex",
    ),
    (
        "Thank you",
        "Dear all,\n\nMany thanks to each of you for the conversations this afternoon. It was a pleasure to "
        "meet the panel and to dig into the system design question together.\n\nKind regards,\nAlex Morgan",
    ),
    (
        "Re: Interview confirmation - Tuesday 10:00",
        "Hi Jane, thanks again for today - it was great to meet Priya and Tom.\n\nBest,\nAlex\n\n"
        "On Mon, 2 Jun 2025 at 09:12, Jane Doe <jane.doe@acme.example> wrote:\n"
        "> Looking forward to seeing you tomorrow at 10:00. Please bring a photo ID to reception.\n"
        "> Could you confirm you can make it?\n",
    ),
    (
        "Following our conversation",
        "Hello Mark,\n\nI wanted to say thank you for your time yesterday and for walking me through the "
        "product. I left our chat with a clear picture of the role.\n\nRegards,\nAlex",
    ),
    (
        "Vielen Dank für das Gespräch",
        "Sehr geehrte Frau Müller,\n\nvielen Dank für das angenehme Gespräch heute und die Zeit, die Sie sich "
        "genommen haben. Der Einblick in Ihr Team hat mich in meinem Interesse an der Stelle bestärkt.\n\n"
        "Mit freundlichen Grüßen\nAlex Morgan",
    ),
    (
        "Danke für das Kennenlernen",
        "Hallo Herr Schmidt,\n\nherzlichen Dank für das nette Kennenlernen gestern! Ich habe mich sehr "
        "gefreut, Sie und das Team zu treffen.\n\nViele Grüße\nAlex",
    ),
    (
        "Merci pour l'échange",
        "Bonjour Madame Dupont,\n\nJe tenais à vous remercier pour l'entretien de ce matin et pour le temps "
        "que vous m'avez accordé. Notre échange a confirmé mon intérêt pour le poste.\n\n"
        "Bien cordialement,\nAlex Morgan",
    ),
    (
        "Re: Entretien du 3 juin",
        "Bonjour Julien,\n\nMerci encore pour votre accueil et pour la visite des locaux hier.\n\n"
        "Belle journée,\nAlex\n\nLe lun. 2 juin 2025 à 18:04, Julien Martin <julien@acme.example> a écrit :\n"
        "> Pouvez-vous confirmer votre présence demain à 14h ?\n",
    ),
    (
        "Gracias por la entrevista",
        "Hola Lucía:\n\nQuería agradecerte el tiempo que me dedicaste ayer en la entrevista. Me encantó "
        "conocer al equipo y el proyecto.\n\nUn saludo,\nAlex",
    ),
    (
        "Entrevista de hoy",
        "Buenas tardes, Carlos:\n\nMuchas gracias por la entrevista de esta mañana, fue un placer conocerle.\n\n"
        "Atentamente,\nAlex Morgan",
    ),
    (
        "Bedankt voor het gesprek",
        "Beste Sanne,\n\nBedankt voor het prettige gesprek van vandaag. Ik heb een goed beeld gekregen van "
        "het team en de functie.\n\nMet vriendelijke groet,\nAlex",
    ),
    (
        "Grazie per il colloquio",
        "Gentile Dott.ssa Rossi,\n\nLa ringrazio per il colloquio di oggi e per il tempo che mi ha dedicato. "
        "È stato un piacere conoscere il team.\n\nCordiali saluti,\nAlex Morgan",
    ),
    (
        "Obrigado pela entrevista",
        "Olá Ana,\n\nMuito obrigado pela entrevista de hoje e pelo tempo dispensado. Gostei muito de conhecer "
        "a equipa.\n\nCumprimentos,\nAlex",
    ),
]


MORE_THANK_YOUS = [
    "Un grand merci pour ce bel échange, j'ai beaucoup apprécié.",
    "Merci à toute l'équipe pour l'accueil chaleureux de ce matin.",
    "Mil gracias por la charla de ayer, me gustó mucho.",
    "Gracias a todo el equipo por la entrevista de hoy.",
    "Grazie ancora per la bella chiacchierata di ieri.",
    "Danke nochmal für das tolle Gespräch gestern!",
    "Dank voor het fijne gesprek gisteren.",
    "Muito obrigada pela conversa de ontem, adorei conhecer a equipa.",
    "Hi Jane, it was a pleasure meeting you and the team this afternoon. Thanks for having me!",
]


MORE_CHASERS = [
    "I was wondering whether the team has reached a decision yet.",
    "Hi Jane, hope you had a good weekend! Do you know when I might hear back about the role?",
    "Ich wollte mich erkundigen, wie der aktuelle Stand ist.",
    "Gibt es schon eine Entscheidung bezüglich meiner Bewerbung?",
    "Avez-vous pu avancer sur ma candidature ?",
    "¿Sabéis ya algo del proceso?",
    "Is er al een beslissing genomen over mijn sollicitatie?",
    "Ci sono novità riguardo alla selezione?",
    "Já há novidades sobre a minha candidatura?",
]


@pytest.mark.parametrize(("subject", "body"), THANK_YOUS, ids=[s for s, _ in THANK_YOUS])
def test_a_thank_you_after_the_interview_is_a_thank_you(subject: str, body: str) -> None:
    result = classify(mine(body, subject))
    assert result.kind == "thank_you", result.reasons


def test_a_thank_you_to_the_panel_in_copy_is_a_thank_you() -> None:
    body = "Dear Priya, Tom and Jane,\n\nThank you all for meeting me today; I enjoyed every conversation.\n\nAlex"
    message = replace(mine(body, "Thank you for today", to=("priya@acme.example",)),
                      cc=("tom@acme.example", RECRUITER))
    assert classify(message).kind == "thank_you"


FOLLOW_UPS = [
    (
        "Following up - Data Engineer",
        "Hi Jane,\n\nI hope you're well. I just wanted to check in on the status of the Data Engineer position "
        "following my interview on 3 June. I remain very interested in the role.\n\nBest,\nAlex",
    ),
    ("Re: Interview", "Hi Jane, any update on my application? Thanks, Alex"),
    (
        "Checking in",
        "Hi Mark,\n\nJust checking in to see if there's any news since our conversation last week.\n\nThanks,\nAlex",
    ),
    (
        "Re: Thank you - Data Engineer interview",
        "Hi Jane,\n\nThank you again for the interview last week. I wanted to follow up and ask whether there "
        "is any update on the next steps.\n\nKind regards,\nAlex",
    ),
    (
        "Status of my application",
        "Hello,\n\nI'm writing to ask whether a decision has been made regarding the Senior Analyst role. "
        "I'd be grateful for any update you can share.\n\nBest regards,\nAlex Morgan",
    ),
    (
        "Nachfrage zu meiner Bewerbung",
        "Sehr geehrte Frau Müller,\n\nich wollte mich kurz nach dem aktuellen Stand meiner Bewerbung "
        "erkundigen. Gibt es schon Neuigkeiten?\n\nMit freundlichen Grüßen\nAlex Morgan",
    ),
    (
        "Kurze Nachfrage",
        "Hallo Herr Schmidt,\n\nich möchte gerne nachfragen, ob Sie schon eine Entscheidung getroffen haben.\n\n"
        "Viele Grüße\nAlex",
    ),
    (
        "Relance - candidature Data Engineer",
        "Bonjour Madame Dupont,\n\nJe me permets de revenir vers vous concernant ma candidature au poste de "
        "Data Engineer. Auriez-vous des nouvelles ?\n\nBien cordialement,\nAlex",
    ),
    (
        "Suivi de mon entretien",
        "Bonjour Julien,\n\nJe souhaitais savoir où en est le processus de recrutement suite à notre "
        "entretien.\n\nMerci d'avance,\nAlex",
    ),
    (
        "Seguimiento candidatura",
        "Hola Lucía:\n\nQuería saber si hay alguna novedad sobre el proceso de selección.\n\nUn saludo,\nAlex",
    ),
    (
        "Proceso de selección",
        "Buenos días, Carlos:\n\nMe pongo en contacto para preguntar por el estado de mi candidatura.\n\n"
        "Gracias,\nAlex",
    ),
    (
        "Stand van zaken sollicitatie",
        "Beste Sanne,\n\nIk wilde even informeren naar de stand van zaken rondom mijn sollicitatie.\n\n"
        "Groet,\nAlex",
    ),
    (
        "Aggiornamenti sulla candidatura",
        "Gentile Dott.ssa Rossi,\n\nvolevo sapere se ci sono aggiornamenti sulla mia candidatura.\n\n"
        "Cordiali saluti,\nAlex",
    ),
    (
        "Ponto de situação",
        "Olá Ana,\n\nGostaria de saber se já há alguma novidade sobre o processo.\n\nObrigado,\nAlex",
    ),
]


@pytest.mark.parametrize(
    ("subject", "body"), FOLLOW_UPS + [("Re: Interview", body) for body in MORE_CHASERS],
    ids=[s for s, _ in FOLLOW_UPS] + [f"chaser-{n}" for n in range(len(MORE_CHASERS))],
)
def test_a_chaser_is_a_follow_up(subject: str, body: str) -> None:
    result = classify(mine(body, subject))
    assert result.kind == "follow_up", result.reasons


SENT_OTHER = [
    ("Re: Second interview - availability", "Hi Jane, Tuesday at 10:00 works well for me. See you then!\n\nAlex"),
    (
        "Re: Invitation to interview",
        "Thanks for the invitation! Thursday at 2pm suits me perfectly.\n\nBest,\nAlex",
    ),
    (
        "References",
        "Hi Jane,\n\nPlease find attached my references and a copy of my degree certificate.\n\nBest,\nAlex",
    ),
    (
        "Re: Offer - Data Engineer",
        "Hi Jane,\n\nThank you so much for the offer! I'm delighted to accept and look forward to starting on "
        "1 September. I've signed and attached the contract.\n\nBest,\nAlex",
    ),
    (
        "Re: Offer",
        "Dear Mark,\n\nAfter careful consideration I have decided to decline the offer. Thank you for your time "
        "and kindness throughout the process.\n\nKind regards,\nAlex",
    ),
    (
        "Withdrawing my application",
        "Hello Jane,\n\nI would like to withdraw my application, as I have accepted another position.\n\nAlex",
    ),
    (
        "Re: Terminvorschlag",
        "Hallo Frau Müller,\n\nder Termin am Donnerstag um 14 Uhr passt mir gut. Ich freue mich auf das "
        "Gespräch.\n\nViele Grüße\nAlex",
    ),
    (
        "Unterlagen",
        "Sehr geehrte Frau Müller,\n\nanbei sende ich Ihnen wie besprochen meine Arbeitszeugnisse.\n\n"
        "Mit freundlichen Grüßen\nAlex Morgan",
    ),
    (
        "Re: Disponibilités",
        "Bonjour Julien,\n\nJe vous confirme ma disponibilité pour mardi 10 juin à 15h.\n\nCordialement,\nAlex",
    ),
    (
        "Re: Proposition d'embauche",
        "Bonjour Madame Dupont,\n\nJ'ai le plaisir d'accepter votre proposition et vous retourne le contrat "
        "signé.\n\nBien cordialement,\nAlex",
    ),
    ("Re: Entrevista", "Hola Lucía, el jueves a las 11 me va perfecto. ¡Nos vemos!\nAlex"),
    ("Documentación", "Hola Carlos:\n\nTe adjunto el certificado que me pediste.\n\nUn saludo,\nAlex"),
    ("Re: Uitnodiging tweede gesprek", "Hoi Sanne,\n\nDinsdag om 10 uur komt mij goed uit.\n\nGroet,\nAlex"),
    (
        "Re: Offerta",
        "Gentile Dott.ssa Rossi,\n\ndopo un'attenta riflessione devo purtroppo declinare l'offerta.\n\n"
        "Cordiali saluti,\nAlex",
    ),
    ("Documentos", "Olá Ana,\n\nEnvio em anexo os documentos solicitados.\n\nCumprimentos,\nAlex"),
    ("Re: Entrevista", "Olá Ana, quinta-feira às 10h está ótimo para mim.\n\nAlex"),
]


@pytest.mark.parametrize(("subject", "body"), SENT_OTHER, ids=[s for s, _ in SENT_OTHER])
def test_sent_mail_that_neither_thanks_nor_chases_is_other(subject: str, body: str) -> None:
    result = classify(mine(body, subject))
    assert result.kind == "other", result.reasons


# ================================================================ bulk

BULK_WITH_HEADERS = [
    # (sender, from name, subject, body)
    (
        "jobs@acme.example",
        "Acme Careers",
        "New jobs matching 'data engineer' at Acme",
        "Hi Alex,\n\n3 new jobs match your saved search:\n- Senior Data Engineer, Berlin\n"
        "- Analytics Engineer, Remote\n- Data Platform Lead, Lisbon\n\nApply now\n\n"
        "You are receiving this email because you created a job alert. Unsubscribe | Manage preferences",
    ),
    (
        "talent@acme.example",
        "Acme Talent Community",
        "Welcome to the Acme Talent Community",
        "Thanks for joining our talent community! We'll keep you posted about roles, events and stories "
        "from our teams.\n\nUpdate your preferences or unsubscribe at any time.",
    ),
    (
        "events@acme.example",
        "Acme Engineering",
        "You're invited: Acme Tech Talks live on 19 June",
        "Join our engineers for an evening of talks on data platforms. Register now - places are limited!\n\n"
        "View in browser · Unsubscribe",
    ),
    (
        "newsletter@acme.example",
        "Acme",
        "Acme Insider - June edition",
        "In this issue: our new Lisbon office, an interview with our CTO and the summer hackathon winners.\n\n"
        "Read more on our blog.\n\nUnsubscribe",
    ),
    (
        "karriere@acme.example",
        "Acme Karriere",
        "Neue Stellenangebote, die zu Ihrem Suchauftrag passen",
        "Hallo Alex,\n\nwir haben 4 neue Stellen für Sie gefunden, die zu Ihrem Profil passen.\n"
        "Jetzt bewerben!\n\nE-Mail-Benachrichtigungen abbestellen",
    ),
    (
        "carrieres@acme.example",
        "Acme Carrières",
        "Nouvelles offres correspondant à votre alerte",
        "Bonjour,\n\n5 nouvelles offres correspondent à votre alerte emploi « Data ». Postulez dès maintenant !\n\n"
        "Se désabonner",
    ),
    (
        "empleo@acme.example",
        "Acme Empleo",
        "Nuevas ofertas que coinciden con tu alerta",
        "Hola Alex:\n\nTenemos 2 nuevas ofertas que encajan con tu perfil. ¡Inscríbete ya!\n\nDarse de baja",
    ),
    (
        "vacatures@acme.example",
        "Acme Werken bij",
        "Nieuwe vacatures die passen bij je zoekopdracht",
        "Hoi Alex,\n\nEr staan 3 nieuwe vacatures voor je klaar. Solliciteer direct!\n\nAfmelden",
    ),
    (
        "lavora@acme.example",
        "Acme Lavora con noi",
        "Nuove offerte di lavoro in linea con il tuo profilo",
        "Ciao Alex,\n\nabbiamo trovato 6 nuove posizioni per te. Candidati ora!\n\nAnnulla l'iscrizione",
    ),
    (
        "carreiras@acme.example",
        "Acme Carreiras",
        "Novas vagas que correspondem ao seu perfil",
        "Olá Alex,\n\nencontrámos 3 novas vagas para si. Candidate-se já!\n\nCancelar subscrição",
    ),
    (
        "no-reply@greenhouse.io",
        "Greenhouse",
        "Jobs you might like",
        "Based on your recent applications, here are roles you might be interested in. Apply with one click.",
    ),
]


@pytest.mark.parametrize(("sender", "from_name", "subject", "body"), BULK_WITH_HEADERS,
                         ids=[row[2] for row in BULK_WITH_HEADERS])
def test_bulk_with_list_headers_is_bulk(sender: str, from_name: str, subject: str, body: str) -> None:
    result = classify(theirs(body, subject, sender=sender, from_name=from_name, headers=LIST_HEADERS))
    assert result.kind == "bulk", result.reasons


BULK_WITHOUT_HEADERS = [
    (
        "jobs@acme.example",
        "New jobs matching your search",
        "Hi Alex,\n\nNew jobs matching 'data engineer' were posted this week:\n- Senior Data Engineer (Berlin)\n"
        "- Data Engineer II (Remote)\n\nSee all jobs\n\nYou can manage your job alerts in your candidate profile.",
    ),
    (
        "events@acme.example",
        "Invitation: Acme Open Day for graduates",
        "We'd love to see you at our virtual Open Day on 26 June. Meet our teams, ask questions and hear "
        "about our graduate programme. Sign up here.",
    ),
    (
        "talent@acme.example",
        "Stay in touch with Acme",
        "Even if the timing wasn't right this time, we'd love to stay in touch. Join our talent community "
        "to hear first about new openings.",
    ),
    (
        "karriere@acme.example",
        "Einladung zum Karriere-Event",
        "Besuchen Sie uns am 26. Juni beim Acme Karrieretag! Lernen Sie unsere Teams kennen. Jetzt anmelden.",
    ),
    (
        "carrieres@acme.example",
        "Les actus d'Acme",
        "Découvrez nos dernières actualités : nouveaux bureaux, portraits de collaborateurs et offres du moment.",
    ),
    (
        "empleo@acme.example",
        "Te invitamos a nuestro evento online",
        "Apúntate a nuestro webinar del 26 de junio sobre la cultura de ingeniería en Acme. Plazas limitadas.",
    ),
    (
        "vacatures@acme.example",
        "Nieuws van Acme",
        "Benieuwd wat er speelt bij Acme? Lees het laatste nieuws en bekijk onze openstaande vacatures.",
    ),
    (
        "lavora@acme.example",
        "Iscriviti al nostro evento di recruiting",
        "Partecipa al nostro Career Day del 26 giugno: conosci i team e scopri le posizioni aperte. Iscriviti ora.",
    ),
    (
        "carreiras@acme.example",
        "Novidades da Acme",
        "Fique a par das novidades da Acme: novos escritórios, histórias da equipa e vagas em aberto.",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), BULK_WITHOUT_HEADERS,
                         ids=[row[1] for row in BULK_WITHOUT_HEADERS])
def test_bulk_without_list_headers_is_still_bulk(sender: str, subject: str, body: str) -> None:
    result = classify(theirs(body, subject, sender=sender))
    assert result.kind == "bulk", result.reasons
    assert result.kind not in HEARD_BACK_KINDS


# ================================================================ out of office

EXCHANGE = {"auto-submitted": "auto-replied", "x-auto-response-suppress": "All",
            "x-ms-exchange-inbox-rules-loop": "jane.doe@acme.example"}
GMAIL = {"auto-submitted": "auto-replied"}
APPLE_ICLOUD = {"auto-submitted": "auto-replied", "x-autoreply": "yes"}

OUT_OF_OFFICE = [
    # (subject, headers, body, return day or None)
    (
        "Automatic reply: Thank you - Data Engineer interview",
        EXCHANGE,
        "Thank you for your email. I am out of the office until Monday 16 June with limited access to email. "
        "For urgent matters please contact recruiting@acme.example.",
        date(2025, 6, 16),
    ),
    (
        "Automatische Antwort: Vielen Dank für das Gespräch",
        EXCHANGE,
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 13.06.2025 nicht im Büro. "
        "In dringenden Fällen wenden Sie sich bitte an personal@acme.example.",
        None,
    ),
    (
        "Réponse automatique : Merci pour l'échange",
        EXCHANGE,
        "Bonjour, je suis absente du bureau jusqu'au 16 juin inclus. Pour toute urgence, merci de contacter "
        "rh@acme.example.",
        None,
    ),
    (
        "Respuesta automática: Gracias por la entrevista",
        EXCHANGE,
        "Estoy fuera de la oficina hasta el 16 de junio. Para asuntos urgentes, escribe a rrhh@acme.example.",
        None,
    ),
    (
        "Automatisch antwoord: Bedankt voor het gesprek",
        EXCHANGE,
        "Ik ben afwezig tot en met 13 juni en heb beperkt toegang tot mijn e-mail.",
        None,
    ),
    (
        "Risposta automatica: Grazie per il colloquio",
        EXCHANGE,
        "Sono fuori ufficio fino al 16 giugno. Per urgenze contattare hr@acme.example.",
        None,
    ),
    (
        "Resposta automática: Obrigado pela entrevista",
        EXCHANGE,
        "Estou fora do escritório até 16 de junho, com acesso limitado ao e-mail.",
        None,
    ),
    (
        "Re: Thank you - Data Engineer interview",
        GMAIL,
        "Hi, thanks for your message! I'm on vacation until June 16 and will reply when I'm back.",
        date(2025, 6, 16),
    ),
    (
        "Out of Office",
        APPLE_ICLOUD,
        "I'm away from my desk until the 16th of June. I'll get back to you as soon as I can.",
        date(2025, 6, 16),
    ),
    # Apple Mail rules and hand-made responders: no header at all, the wording alone tells.
    (
        "Re: Following up - Data Engineer",
        {},
        "I am currently out of the office with limited access to email, returning on 16 June 2025. "
        "Your message will not be forwarded.",
        date(2025, 6, 16),
    ),
    (
        "Re: Nachfrage zu meiner Bewerbung",
        {},
        "Ich bin derzeit im Urlaub und ab dem 16. Juni wieder erreichbar. Ihre E-Mail wird nicht "
        "weitergeleitet.",
        date(2025, 6, 16),
    ),
    (
        "Re: Relance - candidature",
        {},
        "Je suis en congé jusqu'au 16 juin inclus et n'aurai pas accès à mes e-mails.",
        None,
    ),
    (
        "Re: Seguimiento candidatura",
        {},
        "Me encuentro de vacaciones hasta el 16 de junio. Responderé a tu correo a mi regreso.",
        None,
    ),
    (
        "Re: Stand van zaken sollicitatie",
        {},
        "Ik ben met vakantie tot en met 16 juni. Je e-mail wordt niet doorgestuurd.",
        None,
    ),
    (
        "Re: Aggiornamenti sulla candidatura",
        {},
        "Sono in ferie fino al 16 giugno con accesso limitato alla posta. Risponderò al mio rientro.",
        None,
    ),
    (
        "Re: Ponto de situação",
        {},
        "Encontro-me de férias até dia 16 de junho, com acesso limitado ao correio eletrónico.",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "headers", "body", "back"), OUT_OF_OFFICE,
                         ids=[row[0] for row in OUT_OF_OFFICE])
def test_an_out_of_office_in_any_form_is_an_auto_reply(
    subject: str, headers: dict[str, str], body: str, back: date | None
) -> None:
    result = classify(theirs(body, subject, headers=headers))
    assert result.kind == "auto_reply", result.reasons
    assert result.kind not in HEARD_BACK_KINDS
    if back is not None:
        assert result.date == back, result.reasons


def test_a_person_mentioning_their_holiday_in_a_real_reply_is_not_an_auto_reply() -> None:
    body = ("Hi Alex, I'm off from Friday until 16 June, so before I go: we'd love to invite you to a final "
            "interview with our CTO. Could you do Thursday at 3pm?")
    result = classify(theirs(body, "Re: Thank you - Data Engineer interview"))
    assert result.kind == "next_step", result.reasons


# ================================================================ platform notices and decisions

PLATFORM_ACKNOWLEDGEMENTS = [
    # (sender, subject, body)
    (
        "no-reply@us.greenhouse-mail.io",
        "Thank you for applying to Acme",
        "Hi Alex,\n\nThank you for your interest in Acme! We have received your application for the Data Engineer "
        "position. Our hiring team is reviewing applications and will be in touch if your qualifications match "
        "our needs.\n\nBest,\nAcme Recruiting",
    ),
    (
        "no-reply@hire.lever.co",
        "Acme - application received",
        "Thanks for applying to Acme. Your application has been received and we'll review it as soon as "
        "possible.",
    ),
    (
        "noreply@myworkday.com",
        "Thank you for completing the assessment",
        "Thank you for completing the online assessment for the Data Engineer role. Your results have been "
        "shared with the hiring team, who will contact you about next steps.",
    ),
    (
        "notifications@app.ashbyhq.com",
        "Your video interview was submitted",
        "Thanks for recording your video interview! The Acme team will review it and get back to you.",
    ),
    (
        "noreply@smartrecruiters.com",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Vielen Dank für Ihre Bewerbung als Data Engineer. Wir haben Ihre Unterlagen erhalten und melden uns "
        "so schnell wie möglich bei Ihnen.",
    ),
    (
        "noreply@jobs.personio.de",
        "Online-Test abgeschlossen",
        "Vielen Dank, dass Sie den Online-Test abgeschlossen haben. Das Ergebnis wird nun vom Fachbereich "
        "geprüft.",
    ),
    (
        "no-reply@teamtailor.com",
        "Nous avons bien reçu votre candidature",
        "Bonjour Alex,\n\nNous avons bien reçu votre candidature pour le poste de Data Engineer et vous en "
        "remercions. Notre équipe l'étudiera avec attention.",
    ),
    (
        "noreply@candidates.workablemail.com",
        "Hemos recibido tu candidatura",
        "Hola Alex:\n\nGracias por tu interés en Acme. Hemos recibido tu candidatura y la revisaremos en los "
        "próximos días.",
    ),
    (
        "no-reply@recruitee.com",
        "Bedankt voor je sollicitatie",
        "Hoi Alex,\n\nBedankt voor je sollicitatie. We hebben deze in goede orde ontvangen en nemen zo snel "
        "mogelijk contact met je op.",
    ),
    (
        "noreply@smartrecruiters.com",
        "Conferma ricezione candidatura",
        "Gentile Alex,\n\ngrazie per la tua candidatura: l'abbiamo ricevuta correttamente e la valuteremo con "
        "attenzione.",
    ),
    (
        "noreply@myworkday.com",
        "Candidatura recebida",
        "Olá Alex,\n\nRecebemos a sua candidatura para a vaga de Data Engineer. Obrigado pelo seu interesse "
        "na Acme.",
    ),
    (
        "noreply@hackerrank.com",
        "Test submitted",
        "Thank you for completing the Acme coding test. Your submission has been recorded and shared with "
        "the recruiter.",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), PLATFORM_ACKNOWLEDGEMENTS,
                         ids=[row[1] for row in PLATFORM_ACKNOWLEDGEMENTS])
def test_a_platform_acknowledgement_is_a_holding_reply(sender: str, subject: str, body: str) -> None:
    result = classify(theirs(body, subject, sender=sender, headers={"auto-submitted": "auto-generated"}))
    assert result.kind == "acknowledgement", result.reasons


PLATFORM_DECISIONS = [
    # (sender, subject, body, kind)
    (
        "no-reply@us.greenhouse-mail.io",
        "Your application to Acme",
        "Hi Alex,\n\nThank you for your interest in Acme and for the time you invested in our process. After "
        "careful review, we have decided not to move forward with your application at this time.\n\nWe wish "
        "you the best in your search.",
        "rejection",
    ),
    (
        "noreply@myworkday.com",
        "Update zu Ihrer Bewerbung",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihr Interesse. Nach sorgfältiger Prüfung müssen wir "
        "Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
        "rejection",
    ),
    (
        "no-reply@teamtailor.com",
        "Votre candidature chez Acme",
        "Bonjour Alex,\n\nNous vous remercions pour l'intérêt porté à Acme. Après étude attentive, nous sommes "
        "au regret de ne pas pouvoir donner une suite favorable à votre candidature.",
        "rejection",
    ),
    (
        "no-reply@hire.lever.co",
        "Schedule your interview with Acme",
        "Hi Alex,\n\nThe Acme team would like to invite you to a 45-minute technical interview. Please use the "
        "link below to choose a time that works for you.",
        "next_step",
    ),
    (
        "noreply@jobs.personio.de",
        "Einladung zum Vorstellungsgespräch",
        "Hallo Alex,\n\nwir möchten Sie gerne zu einem Vorstellungsgespräch einladen. Bitte wählen Sie über den "
        "folgenden Link einen passenden Termin aus.",
        "next_step",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "kind"), PLATFORM_DECISIONS,
                         ids=[row[1] for row in PLATFORM_DECISIONS])
def test_a_platform_decision_is_the_decision(sender: str, subject: str, body: str, kind: str) -> None:
    result = classify(theirs(body, subject, sender=sender, headers={"auto-submitted": "auto-generated"}))
    assert result.kind == kind, result.reasons


# ================================================================ tying: the traps

T0 = datetime(2026, 11, 3, 14, 0, tzinfo=UTC)
ME = frozenset({"me@example.org"})
CONTOSO = interview("contoso-2026-11", "Contoso Logistics", domains=("contoso-logistics.com",))
NORTHWIND = interview("northwind-2026-11", "Northwind Traders GmbH")
GLOBEX = interview("globex-2026-11", "Globex", via="jane@talentfind.io", domains=("globex.com",))
INITECH = interview("initech-2026-11", "Initech", via="jane@talentfind.io")
ACME = interview("acme-2026-11", "Acme Corp.", contacts=("anna@acme.com",), domains=("acme.com",))
INDEX = build_index((CONTOSO, NORTHWIND, GLOBEX, INITECH, ACME), tuple(ME))
THANKS_ID = "<thanks-1@example.org>"
THREADS = {THANKS_ID: ACME.id}


def raw_reply(from_line: str, threading: str, body: str, subject: str = "Re: Thank you") -> bytes:
    text = (
        f"From: {from_line}\nTo: me@example.org\nSubject: {subject}\n"
        "Date: Thu, 05 Nov 2026 09:30:00 +0100\nMessage-ID: <r-77@mail.example>\n"
        f"{threading}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    )
    return text.replace("\n", "\r\n").encode("utf-8")


def parsed(raw: bytes) -> Mail:
    return parse_message(raw, account="work", folder="INBOX", uid=9, arrival=T0, me=ME, sent_folder=False)


@pytest.mark.parametrize(
    ("from_line", "threading"),
    [
        ("Anna Berg <anna.berg.1987@gmail.com>", f"In-Reply-To: {THANKS_ID}\n"),
        ("Anna Berg <anna@acme-group.com>", f"In-Reply-To: {THANKS_ID}\nReferences: {THANKS_ID}\n"),
        ("Anna Berg <anna@acme-group.com>", "In-Reply-To: thanks-1@example.org\n"),
        ("Anna Berg <anna.berg@outlook.com>", "References: <x1@acme.com> thanks-1@example.org\n"),
        (
            "Anna Berg <anna.berg@outlook.com>",
            'In-Reply-To: Your message of "Tue, 03 Nov 2026 16:00:00 +0100" <thanks-1@example.org>\n',
        ),
    ],
    ids=["freemail-in-thread", "new-domain-in-thread", "bare-in-reply-to", "bare-in-references", "comment-text"],
)
def test_a_recruiter_replying_from_a_new_address_in_the_thread_is_tied(from_line: str, threading: str) -> None:
    message = parsed(raw_reply(from_line, threading, "Great to meet you too! We'd love to invite you to a "
                               "final round next week - does Tuesday at 10:00 work?"))
    result = match(message, INDEX, THREADS)
    assert result.interview == ACME.id, result.reasons
    assert classify(message).kind == "next_step"


def test_an_out_of_office_from_a_new_address_in_the_thread_is_tied_but_no_reply() -> None:
    raw = raw_reply("Anna Berg <anna@acme-group.com>",
                    "In-Reply-To: thanks-1@example.org\nAuto-Submitted: auto-replied\n",
                    "I am out of the office until 16 November with no access to email.",
                    subject="Automatic reply: Thank you")
    message = parsed(raw)
    assert match(message, INDEX, THREADS).interview == ACME.id
    assert classify(message).kind == "auto_reply"


def test_a_new_address_without_the_thread_is_not_tied() -> None:
    message = parsed(raw_reply("Anna Berg <anna@acme-group.com>", "", "Hi Alex, quick question about your notice "
                               "period.", subject="Quick question"))
    assert match(message, INDEX, THREADS).interview is None


@pytest.mark.parametrize(
    ("sender", "from_name", "subject"),
    [
        ("no-reply@myworkday.com", "Contoso Pharma Careers", "Your application"),
        ("no-reply@myworkday.com", "Workday", "Thank you for applying to Contoso Pharmaceuticals"),
        ("no-reply@us.greenhouse-mail.io", "Contoso Health Recruiting", "Next steps"),
        ("no-reply@hire.lever.co", "", "Update on your application to Northwind Health"),
        ("noreply@smartrecruiters.com", "Northwind Energy AG", "Ihre Bewerbung"),
        ("no-reply@teamtailor.com", "Northwind Traders Logistics", "Votre candidature"),
    ],
    ids=["contoso-pharma-name", "contoso-pharma-subject", "contoso-health", "northwind-health",
         "northwind-energy", "northwind-longer"],
)
def test_another_employer_on_the_same_platform_sharing_a_word_is_not_tied(
    sender: str, from_name: str, subject: str
) -> None:
    message = match_mail(sender, subject, from_name=from_name, body="Thank you for your interest.")
    result = match(message, INDEX, {})
    assert result.interview is None, result.reasons
    assert result.interview not in (CONTOSO.id, NORTHWIND.id)


@pytest.mark.parametrize(
    ("sender", "from_name", "subject", "expected"),
    [
        ("no-reply@myworkday.com", "Contoso Logistics Careers", "Your application", CONTOSO.id),
        ("noreply@smartrecruiters.com", "Northwind Traders", "Ihre Bewerbung", NORTHWIND.id),
        ("no-reply@teamtailor.com", "", "Votre candidature chez NORTHWIND TRADERS", NORTHWIND.id),
    ],
)
def test_the_logged_employer_on_the_platform_is_tied(sender: str, from_name: str, subject: str,
                                                     expected: str) -> None:
    result = match(match_mail(sender, subject, from_name=from_name), INDEX, {})
    assert result.interview == expected, result.reasons


@pytest.mark.parametrize(
    ("sender", "subject", "body", "allowed"),
    [
        ("jane@talentfind.io", "Globex - feedback", "Hi Alex, Globex came back to me with great feedback!",
         (GLOBEX.id,)),
        ("jane@talentfind.io", "Update", "Quick update on Initech: they'd like a second interview.", (INITECH.id,)),
        # A role nobody logged: never tied to one of the recruiter's logged interviews by guess.
        ("jane@talentfind.io", "Exciting new role", "Hi Alex, I have a new role at Vandelay Industries that could "
         "suit you - fancy a chat?", (None,)),
        # A colleague at the agency, not logged: tied to the employer named, or held, never the other one.
        ("mark@talentfind.io", "Globex", "Hi Alex, I'm covering for Jane this week: Globex would like to meet "
         "you again on Tuesday.", (None, GLOBEX.id)),
    ],
    ids=["agency-names-globex", "agency-names-initech", "agency-other-role", "agency-colleague"],
)
def test_an_agency_recruiters_mail_is_tied_only_by_the_employer_it_names(
    sender: str, subject: str, body: str, allowed: tuple[str | None, ...]
) -> None:
    result = match(match_mail(sender, subject, body=body), INDEX, {})
    assert result.interview in allowed, result.reasons


def test_an_agency_newsletter_is_bulk() -> None:
    body = ("This week's top jobs in data: 12 new roles in Berlin, Amsterdam and Lisbon. Browse all jobs on our "
            "site.\n\nYou are receiving this because you registered with TalentFind. Unsubscribe")
    message = theirs(body, "This week's top jobs", sender="jobs@talentfind.io",
                     headers={"list-unsubscribe": "<https://talentfind.io/u/1>", "precedence": "bulk"})
    assert classify(message).kind == "bulk"


@pytest.mark.parametrize(
    "sender",
    ["no-reply@us.greenhouse-mail.io", "noreply@myworkday.com", "no-reply@teamtailor.com", "noreply@jobs.personio.de"],
)
def test_a_platforms_machine_notice_without_wording_is_a_holding_reply_not_an_out_of_office(sender: str) -> None:
    body = "Hi Alex,\n\nYour candidate profile at Acme has a new look. Log in to see it.\n\nAcme Talent Acquisition"
    result = classify(theirs(body, "Your candidate profile", sender=sender,
                             headers={"auto-submitted": "auto-generated"}))
    assert result.kind == "acknowledgement", result.reasons


def test_an_exchange_out_of_office_marked_auto_generated_stays_an_auto_reply() -> None:
    body = "I am out of the office until 16 June. For urgent matters, contact recruiting@acme.example."
    headers = {"auto-submitted": "auto-generated", "x-auto-response-suppress": "All"}
    result = classify(theirs(body, "Automatic reply: Thank you", headers=headers))
    assert result.kind == "auto_reply" and result.date == date(2025, 6, 16), result.reasons


# ================================================================ every fix in seven languages

THANKS_FOR_THE_DAY = [
    "Thanks again for today, I really enjoyed it.",
    "Vielen Dank für heute, es war ein sehr schöner Austausch.",
    "Merci pour aujourd'hui, ce fut un plaisir.",
    "Muchas gracias por lo de hoy, me encantó conocer al equipo.",
    "Bedankt voor vandaag, het was erg leuk om het team te ontmoeten.",
    "Grazie per oggi, è stato un piacere.",
    "Obrigado por hoje, foi um prazer conhecer a equipa.",
    "Thank you to each of you for the conversations this morning.",
]


@pytest.mark.parametrize("body", THANKS_FOR_THE_DAY + MORE_THANK_YOUS)
def test_thanks_for_the_day_or_the_conversations_is_a_thank_you(body: str) -> None:
    assert classify(mine(body, "Re: Interview")).kind == "thank_you"


OFFERS_ANSWERED = [
    "Thank you so much for the offer! I'm happy to accept.",
    "Vielen Dank für Ihr Angebot, das ich sehr gerne annehme.",
    "Leider muss ich das Angebot ablehnen. Vielen Dank für Ihre Zeit.",
    "Merci beaucoup pour l'offre, j'accepte avec plaisir.",
    "Muchas gracias por la oferta, la acepto encantado.",
    "Tras pensarlo mucho, he decidido rechazar la oferta. Gracias por tu tiempo.",
    "Dank je wel voor het aanbod! Ik neem het graag aan.",
    "Grazie mille per l'offerta, accetto volentieri.",
    "Muito obrigado pela proposta, aceito com todo o gosto.",
    "Decidi recusar a oferta. Obrigado pelo seu tempo.",
    "Ich möchte meine Bewerbung zurückziehen, vielen Dank für Ihre Zeit.",
    "Je souhaite retirer ma candidature. Merci pour votre temps.",
]


@pytest.mark.parametrize("body", OFFERS_ANSWERED)
def test_an_offer_answered_or_an_application_withdrawn_is_other_however_it_thanks(body: str) -> None:
    result = classify(mine(body, "Re: Offer"))
    assert result.kind == "other", result.reasons


def test_a_chaser_about_an_offer_still_chases() -> None:
    body = "Thank you for the offer discussion last week; is there any update on the written offer?"
    assert classify(mine(body, "Offer")).kind == "follow_up"


TESTS_HANDED_IN = [
    "Thank you for completing the assessment. The hiring team will review your results.",
    "Vielen Dank, dass Sie den Online-Test abgeschlossen haben.",
    "Merci d'avoir complété le test en ligne. L'équipe examinera vos résultats.",
    "Gracias por completar la prueba online. El equipo revisará tus resultados.",
    "Bedankt voor het invullen van de online assessment.",
    "Grazie per aver completato il test online.",
    "Obrigado por concluir a avaliação online.",
]


@pytest.mark.parametrize("body", TESTS_HANDED_IN)
def test_a_test_handed_in_is_acknowledged_not_news(body: str) -> None:
    for headers in ({}, {"auto-submitted": "auto-generated"}):
        result = classify(theirs(body, "Assessment", sender="noreply@myworkday.com", headers=headers))
        assert result.kind == "acknowledgement", (headers, result.reasons)


def test_a_test_handed_in_then_a_decision_is_the_decision() -> None:
    body = ("Thank you for completing the assessment. Unfortunately, we have decided not to move forward with "
            "your application.")
    assert classify(theirs(body, sender="noreply@myworkday.com")).kind == "rejection"


@pytest.mark.parametrize(
    "signature",
    [
        "Jane Doe\nTalent Partner | Acme\nWe're hiring! Join our talent community and see all jobs at acme.example/careers",
        "Jane Doe\nRecruiting | Acme\nNous recrutons ! Rejoignez notre communauté de talents.",
        "Jane Doe\nAcme GmbH | Wir stellen ein - alle Jobs ansehen: acme.example/karriere",
    ],
)
def test_a_persons_reply_with_a_careers_banner_in_the_signature_is_not_bulk(signature: str) -> None:
    body = f"Hi Alex,\n\nLovely to meet you too, and thanks for the kind words!\n\n{signature}"
    result = classify(theirs(body, "Re: Thank you"))
    assert result.kind not in ("bulk", "auto_reply"), result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for the invitation! Thursday at 2pm suits me perfectly.",
        "Vielen Dank für die Einladung! Der Donnerstag um 14 Uhr passt mir gut.",
        "Merci pour l'invitation, jeudi à 14h me convient parfaitement.",
        "Gracias por la invitación, el jueves a las 14:00 me va bien.",
        "Bedankt voor de uitnodiging, donderdag om 14.00 uur komt mij goed uit.",
        "Grazie per l'invito, giovedì alle 14 va benissimo.",
        "Obrigado pelo convite, quinta-feira às 14h é ótimo para mim.",
    ],
)
def test_thanks_for_an_invitation_with_a_slot_is_a_scheduling_answer(body: str) -> None:
    result = classify(mine(body, "Re: Invitation"))
    assert result.kind == "other", result.reasons


# ================================================================ more of the same kinds

def test_a_thank_you_that_looks_forward_to_a_decision_stays_a_thank_you() -> None:
    body = "Thank you for the interview today. I look forward to hearing from you once you have made a decision."
    assert classify(mine(body, "Thank you")).kind == "thank_you"


# A read receipt (Outlook's "Read:", RFC 8098), a mailbox nobody reads any more, a survey about
# the application: nobody answered, whoever the sender is.
READ_RECEIPTS = [
    ("Read: Thank you", "Your message\n\n  To: Jane Doe\n  Subject: Thank you\n  Sent: Wednesday, 4 June 2025 "
     "09:00\n\nwas read on Wednesday, 4 June 2025 10:12."),
    ("Lu : Merci", "Votre message\n\n  À : Jane Doe\n  Objet : Merci\n\na été lu le mercredi 4 juin 2025 10:12."),
    ("Leído: Gracias", "Su mensaje\n\n  Para: Jane Doe\n  Asunto: Gracias\n\nse leyó el miércoles, 4 de junio de 2025."),
    ("Gelezen: Bedankt", "Uw bericht\n\n  Aan: Jane Doe\n  Onderwerp: Bedankt\n\nis gelezen op woensdag 4 juni 2025."),
    ("Letto: Grazie", "Il messaggio\n\n  A: Jane Doe\n  Oggetto: Grazie\n\nè stato letto mercoledì 4 giugno 2025."),
    ("Lida: Obrigado", "A sua mensagem\n\n  Para: Jane Doe\n  Assunto: Obrigado\n\nfoi lida em quarta-feira, 4 de junho."),
]


@pytest.mark.parametrize(("subject", "body"), READ_RECEIPTS, ids=[s for s, _ in READ_RECEIPTS])
def test_a_read_receipt_is_no_reply(subject: str, body: str) -> None:
    result = classify(theirs(body, subject))
    assert result.kind == "auto_reply", result.reasons


def test_a_read_or_delivery_report_is_known_by_its_content_type() -> None:
    raw = raw_reply(
        "Anna Berg <anna@acme.com>",
        "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"b1\"\n",
        "--b1\nContent-Type: text/plain; charset=utf-8\n\nIhre Nachricht\n\n  An: Anna Berg\n  Betreff: Danke\n\n"
        "wurde am Donnerstag, 5. November 2026 09:30:00 (UTC+01:00) gelesen.\n--b1\n"
        "Content-Type: message/disposition-notification\n\nFinal-Recipient: rfc822;anna@acme.com\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n--b1--",
        subject="Gelesen: Danke",
    ).replace(b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n", b"MIME-Version: 1.0\r\n")
    message = parsed(raw)
    assert match(message, INDEX, {}).interview == ACME.id
    result = classify(message)
    assert result.kind == "auto_reply" and result.kind not in HEARD_BACK_KINDS, result.reasons


LEFT_THE_COMPANY = [
    "Thank you for your email. Please note that I no longer work at Acme. Please contact hr@acme.example instead.",
    "Bitte beachten Sie, dass ich nicht mehr bei Acme tätig bin. Wenden Sie sich bitte an hr@acme.example.",
    "Je ne fais plus partie de la société Acme. Merci de contacter rh@acme.example.",
    "Ya no trabajo en Acme. Para cualquier consulta, escribe a rrhh@acme.example.",
    "Ik werk niet meer bij Acme. Neem voor vragen contact op met hr@acme.example.",
    "Non lavoro più in Acme. Per informazioni scrivere a hr@acme.example.",
    "Já não trabalho na Acme. Por favor contacte rh@acme.example.",
]


@pytest.mark.parametrize("body", LEFT_THE_COMPANY)
def test_a_mailbox_whose_owner_left_answers_automatically(body: str) -> None:
    result = classify(theirs(body, "Re: Thank you"))
    assert result.kind == "auto_reply", result.reasons


def test_an_out_of_office_while_working_remotely() -> None:
    body = "Thank you for your email. I am currently working remotely with limited access until 16 June."
    result = classify(theirs(body, "Re: Thank you"))
    assert result.kind == "auto_reply" and result.date == date(2025, 6, 16), result.reasons


SURVEYS = [
    ("How was your interview experience?", "Hi Alex,\n\nThank you for interviewing with Acme. We'd love to hear "
     "about your experience - it only takes 2 minutes. Take the survey\n\nAcme Talent Team"),
    ("Wie war Ihr Bewerbungsprozess?", "Hallo Alex,\n\nwir möchten unseren Bewerbungsprozess verbessern. Nehmen "
     "Sie an unserer kurzen Umfrage teil (2 Minuten)."),
    ("Votre avis compte", "Bonjour Alex,\n\nAidez-nous à améliorer notre processus de recrutement en répondant à "
     "ce court questionnaire."),
    ("Tu opinión nos importa", "Hola Alex:\n\nAyúdanos a mejorar nuestro proceso de selección respondiendo a esta "
     "breve encuesta."),
    ("Hoe was je sollicitatie-ervaring?", "Hoi Alex,\n\nHelp ons ons sollicitatieproces te verbeteren en vul deze "
     "korte enquête in."),
    ("La tua opinione conta", "Ciao Alex,\n\naiutaci a migliorare il nostro processo di selezione compilando questo "
     "breve sondaggio."),
    ("A sua opinião conta", "Olá Alex,\n\najude-nos a melhorar o nosso processo de recrutamento respondendo a este "
     "breve inquérito."),
]


@pytest.mark.parametrize(("subject", "body"), SURVEYS, ids=[s for s, _ in SURVEYS])
def test_a_survey_about_the_application_is_no_reply(subject: str, body: str) -> None:
    for sender in ("candidate-experience@acme.example", "no-reply@greenhouse.io"):
        result = classify(theirs(body, subject, sender=sender))
        assert result.kind not in HEARD_BACK_KINDS, (sender, result.reasons)


# ================================================================ a platform's List-Unsubscribe

UNSUBSCRIBE_ONLY = {"list-unsubscribe": "<https://app.example-ats.com/unsub/1>, <mailto:unsub-1@example-ats.com>",
                    "list-unsubscribe-post": "List-Unsubscribe=One-Click"}

CANDIDATE_NOTICES_WITH_UNSUBSCRIBE = [
    # (sender, body, kind)
    ("no-reply@teamtailor.com", "Hi Alex,\n\nWe'd like to invite you to a second interview with the team. Please pick "
     "a time using the link below.\n\nUnsubscribe", "next_step"),
    ("noreply@jobs.personio.de", "Hallo Alex,\n\nwir möchten Sie zu einem zweiten Gespräch einladen. Bitte wählen Sie "
     "einen Termin.", "next_step"),
    ("no-reply@teamtailor.com", "Bonjour Alex,\n\nNous souhaitons vous inviter à un second entretien. Merci de choisir "
     "un créneau.\n\nSe désabonner", "next_step"),
    ("no-reply@ashbyhq.com", "Hi Alex,\n\nWe are delighted to offer you the position of Data Engineer. Your offer "
     "letter is attached.", "offer"),
    ("noreply@candidates.workablemail.com", "Hola Alex:\n\nNos gustaría invitarte a una segunda entrevista con el "
     "equipo.", "next_step"),
]


@pytest.mark.parametrize(("sender", "body", "kind"), CANDIDATE_NOTICES_WITH_UNSUBSCRIBE)
def test_a_platforms_notice_to_the_candidate_with_only_an_unsubscribe_header_is_read(
    sender: str, body: str, kind: str
) -> None:
    result = classify(theirs(body, "Acme - your application", sender=sender, headers=UNSUBSCRIBE_ONLY))
    assert result.kind == kind, result.reasons


@pytest.mark.parametrize(
    ("sender", "headers", "subject", "body"),
    [
        ("no-reply@teamtailor.com", UNSUBSCRIBE_ONLY, "Acme Open Day",
         "We'd like to invite you to our Open Day on 26 June. Register now, places are limited!"),
        ("no-reply@teamtailor.com", UNSUBSCRIBE_ONLY, "New jobs at Acme",
         "Hi Alex, we'd love to invite you to apply: 3 new jobs match your profile."),
        ("no-reply@teamtailor.com", {**UNSUBSCRIBE_ONLY, "list-id": "Acme talent <talent.acme.example>"},
         "Acme news", "We'd like to invite you to meet the team at our summer party."),
        ("no-reply@teamtailor.com", {**UNSUBSCRIBE_ONLY, "precedence": "bulk"}, "Acme news",
         "We'd like to invite you to meet the team at our summer party."),
        ("events@acme.example", UNSUBSCRIBE_ONLY, "Meet the team",
         "We'd like to invite you to meet the team at our summer party."),
    ],
    ids=["open-day", "job-alert", "list-id", "precedence", "employer-marketing"],
)
def test_marketing_with_list_headers_stays_bulk(
    sender: str, headers: dict[str, str], subject: str, body: str
) -> None:
    result = classify(theirs(body, subject, sender=sender, headers=headers))
    assert result.kind == "bulk", result.reasons


# ================================================================ answers nobody wrote

CALENDAR_REPLY = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nBEGIN:VEVENT\nSUMMARY:Call with Alex\nDTSTART:20250612T120000Z\n"
                  "ATTENDEE;PARTSTAT=ACCEPTED:mailto:jane.doe@acme.example\nEND:VEVENT\nEND:VCALENDAR")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Accepted: Call with Alex", "Jane Doe has accepted this invitation."),
        ("Accepted: Call with Alex", ""),
        ("Angenommen: Telefonat mit Alex", "Jane Doe hat diese Einladung angenommen."),
        ("Accepté: Appel avec Alex", "Jane Doe a accepté cette invitation."),
        ("Aceptado: Llamada con Alex", "Jane Doe ha aceptado esta invitación."),
        ("Geaccepteerd: Gesprek met Alex", "Jane Doe heeft deze uitnodiging geaccepteerd."),
        ("Accettato: Chiamata con Alex", "Jane Doe ha accettato questo invito."),
        ("Aceite: Chamada com Alex", "Jane Doe aceitou este convite."),
    ],
)
def test_a_calendar_answer_to_an_invitation_is_no_reply(subject: str, body: str) -> None:
    message = replace(theirs(body, subject), calendar=CALENDAR_REPLY)
    result = classify(message)
    assert result.kind == "auto_reply" and result.invitation is None, result.reasons


def test_a_calendar_decline_is_read_as_a_person_wrote_it() -> None:
    declined = CALENDAR_REPLY.replace("PARTSTAT=ACCEPTED", "PARTSTAT=DECLINED")
    message = replace(theirs("Sorry, I can't make it then.", "Declined: Call with Alex"), calendar=declined)
    assert classify(message).kind != "auto_reply"
    asks = replace(theirs("Sorry, can we reschedule to Friday at 10:00?", "Accepted: Call with Alex"),
                   calendar=CALENDAR_REPLY)
    assert classify(asks).kind == "next_step"


def test_an_inboxs_automatic_promise_to_answer_is_a_holding_reply() -> None:
    body = "Thank you for contacting Acme Talent Acquisition. We aim to respond to all enquiries within 48 hours."
    result = classify(theirs(body, "Re: Thank you", sender="talent@acme.example"))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "I'm out of the office until 16/06 with limited access to email.",
        "Ik ben afwezig t/m 16-06-2025.",
        "Je suis absente jusqu'au 16/06 inclus.",
        "Ich bin bis zum 16.6. im Urlaub.",
    ],
)
def test_an_out_of_office_return_day_written_in_numbers(body: str) -> None:
    result = classify(theirs(body, "Automatic reply: Thank you", headers=GMAIL))
    assert result.kind == "auto_reply" and result.date == date(2025, 6, 16), result.reasons


@pytest.mark.parametrize("body", ["We're here for you 24/7.", "The process takes 5-10 days.", "Call me at 10.30."])
def test_numbers_that_are_no_day_name_none(body: str) -> None:
    assert classify(theirs(body, "Automatic reply: Thank you", headers=GMAIL)).date is None


@pytest.mark.parametrize(("subject", "headers", "body", "back"), OUT_OF_OFFICE[:7],
                         ids=[row[0] for row in OUT_OF_OFFICE[:7]])
def test_an_out_of_office_marked_precedence_bulk_is_still_an_out_of_office(
    subject: str, headers: dict[str, str], body: str, back: date | None
) -> None:
    for precedence in ("bulk", "junk"):
        result = classify(theirs(body, subject, headers={"precedence": precedence}))
        assert result.kind == "auto_reply", result.reasons
        assert back is None or result.date == back


def test_a_newsletter_with_list_headers_and_holiday_words_stays_bulk() -> None:
    body = "Out of office this summer? Here are five tips to switch off. I am on vacation until 16 June too!"
    assert classify(theirs(body, "Out of office tips", headers=LIST_HEADERS)).kind == "bulk"


@pytest.mark.parametrize(
    ("from_name", "subject", "body"),
    [
        ("Contoso", "Your application to Contoso", "Thank you for applying to Contoso Pharma. Our team will review."),
        ("Workday", "Your application", "Thank you for applying to Contoso Pharmaceuticals AG."),
        ("", "Ihre Bewerbung bei Northwind Traders Logistik GmbH", "Vielen Dank für Ihre Bewerbung."),
        ("", "Your application to Acme Corporation Health", "Thanks for applying."),
    ],
    ids=["part-of-the-name", "body-names-another", "added-word-and-legal-form", "lookalike-of-acme"],
)
def test_a_platform_mail_that_names_only_part_or_another_employer_is_never_tied(
    from_name: str, subject: str, body: str
) -> None:
    result = match(match_mail("no-reply@myworkday.com", subject, from_name=from_name, body=body), INDEX, {})
    assert result.interview is None, result.reasons


def test_saying_yes_to_the_offer_is_no_thank_you() -> None:
    body = "Thank you so much, Jane! I'm thrilled to say yes to the offer and can start on 1 September."
    assert classify(mine(body, "Re: Your offer")).kind == "other"
