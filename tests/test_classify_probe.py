"""Whole, realistic replies of every received kind in seven languages, read as a person would.

The examples were written the way recruiters, hiring managers and applicant-tracking
platforms write, without looking at the phrase lists: greetings, long thanks before the
decision, passive and hedged decisions, non-native English, offers in plain text and in
HTML, the many shapes of a next step (a proposed time, a take-home, references, a booking
link), holding replies that promise news by a date or mention a step already done,
out-of-office replies told only by their wording (no auto-reply headers, a plain "Re:"
subject), personal replies that decide nothing, and newsletters and job alerts, some
dressed in the words of a rejection. About a third are English; the rest are German,
French, Spanish, Dutch, Italian and Portuguese.

The mail is dated Wednesday 4 June 2025, so a named date such as "16 June" is 2025-06-16.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from tests.test_classify import received
from watcher.classify import classify
from watcher.model import HEARD_BACK_KINDS

PERSON = "priya.sharma@northwind.example"
GMAIL = "elena.ruiz.recruiting@gmail.com"
LIST_HEADERS = {"list-unsubscribe": "<https://mail.example/u/8f2c>", "precedence": "bulk"}


@dataclass(frozen=True)
class Probe:
    """One message: what a careful reader takes it for, and the date it names (when it names one)."""

    kind: str
    lang: str
    body: str
    subject: str = "Re: Your interview"
    sender: str = PERSON
    headers: dict[str, str] = field(default_factory=dict)
    date: date | None = None


# ------------------------------------------------------------------ rejections

REJECTIONS = [
    Probe(
        "rejection",
        "en",
        "Dear Sam,\n\nThank you so much for the time you invested in our process over the past few weeks. "
        "The team really enjoyed meeting you, and we were impressed by your portfolio and the thought you put "
        "into the design exercise. It was a genuinely difficult decision, as the pool of candidates was very "
        "strong.\n\nAfter careful consideration, we have decided to offer the position to another candidate "
        "whose experience more closely matches our current needs.\n\nWe'll keep your details on file and hope "
        "our paths cross again.\n\nBest regards,\nPriya",
    ),
    Probe(
        "rejection",
        "en",
        "Hi Sam,\n\nI'm writing to let you know that your application for the Data Engineer role will not be "
        "taken forward. Thank you for your interest in Northwind.\n\nKind regards,\nTalent Acquisition",
    ),
    Probe(
        "rejection",
        "en",
        "Hi Sam, thanks again for chatting with us on Tuesday. Honestly it was a close call, but I'm afraid "
        "we're going to pass for now - the team felt they need someone with more hands-on Kubernetes "
        "experience at this stage. I'd be happy to reconnect in a few months if something else opens up.",
    ),
    Probe(
        "rejection",
        "en",
        "Dear Mr. Sam,\n\nthank you for your participation to our selection. Unfortunately we have to inform "
        "you that we have chosen to continue with other profile which fit better to the requirements of the "
        "position. We wish you good luck for your future career.\n\nBest regards\nHR Department",
    ),
    Probe(
        "rejection",
        "en",
        "Hey Sam - wanted to give you a quick update. We ended up going in another direction for this role. "
        "Really appreciated your time and the great conversation with Marco. Best of luck with the search!",
    ),
    Probe(
        "rejection",
        "en",
        "Hello Sam,\n\nThank you for your interest in the Senior Analyst position at Contoso. We wanted to let "
        "you know that this position has been closed and we are no longer reviewing applications for it. We "
        "encourage you to visit our careers site for other openings.\n\nContoso Talent Acquisition",
        subject="Your application to Contoso",
        sender="no-reply@contoso.wd3.myworkdayjobs.com",
    ),
    Probe(
        "rejection",
        "en",
        "Hi Sam,\n\nThanks for applying to Fabrikam. We've reviewed your application and unfortunately it's "
        "not a match at this time. We'll keep your resume in our system and reach out if a suitable role "
        "comes up.\n\nAll the best,\nThe Fabrikam Team",
        subject="Your application to Fabrikam",
        sender="no-reply@hire.lever.co",
    ),
    Probe(
        "rejection",
        "en",
        "Hi Sam,\n\nThank you for interviewing with us for the Backend Engineer role. We appreciate the effort "
        "you put into the process. The hiring team has reviewed all feedback, and at this time we won't be "
        "moving you forward to the next round.\n\nRegards,\nRecruiting",
        sender="notifications@ashbyhq.com",
    ),
    Probe(
        "rejection",
        "de",
        "Sehr geehrter Herr Weber,\n\nvielen Dank für Ihr Interesse an unserem Unternehmen und die Zeit, die "
        "Sie sich für die Gespräche mit uns genommen haben. Nach sorgfältiger Prüfung müssen wir Ihnen leider "
        "mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben. Wir wünschen Ihnen für Ihren "
        "weiteren beruflichen Weg alles Gute.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
    ),
    Probe(
        "rejection",
        "de",
        "Hallo Jonas,\n\ndanke nochmal für das nette Gespräch letzte Woche. Leider müssen wir dir eine Absage "
        "geben - wir haben die Stelle intern besetzt. Wir würden uns freuen, wenn du dich bei passenden "
        "Stellen wieder bewirbst.\n\nViele Grüße\nAnna",
    ),
    Probe(
        "rejection",
        "de",
        "Sehr geehrte Frau Schmidt,\n\nleider können wir Sie im weiteren Auswahlverfahren nicht "
        "berücksichtigen. Diese Entscheidung ist keine Bewertung Ihrer fachlichen Qualifikation. Ihre "
        "Unterlagen werden gemäß den Datenschutzbestimmungen gelöscht.\n\nMit freundlichen Grüßen",
        sender="noreply@personio.de",
    ),
    Probe(
        "rejection",
        "fr",
        "Bonjour Claire,\n\nNous vous remercions pour l'intérêt que vous portez à notre société et pour le "
        "temps consacré à nos entretiens. Après étude attentive de votre dossier, nous sommes au regret de "
        "vous informer que nous ne donnerons pas suite à votre candidature. Nous vous souhaitons plein succès "
        "dans vos recherches.\n\nCordialement,\nService Recrutement",
    ),
    Probe(
        "rejection",
        "fr",
        "Bonjour,\n\nMalgré l'intérêt de votre profil, nous avons retenu une autre candidature dont "
        "l'expérience correspond davantage aux besoins du poste. Nous conservons vos coordonnées pour de "
        "futures opportunités.\n\nBien à vous,",
    ),
    Probe(
        "rejection",
        "fr",
        "Bonjour Claire, je reviens vers vous suite à notre échange de mardi. Le poste a finalement été "
        "pourvu en interne, je suis désolée de ne pas avoir de meilleure nouvelle. Bonne continuation !",
    ),
    Probe(
        "rejection",
        "es",
        "Hola Lucía:\n\nQueremos agradecerte el tiempo que dedicaste a las entrevistas con nuestro equipo. "
        "Tras valorar todas las candidaturas, lamentamos comunicarte que en esta ocasión no continuarás en el "
        "proceso de selección. Guardaremos tu CV para futuras oportunidades.\n\nUn saludo,\nEquipo de Talento",
    ),
    Probe(
        "rejection",
        "es",
        "Estimada Lucía:\n\nLe informamos de que la vacante a la que se postuló ha sido cerrada. Agradecemos "
        "sinceramente su interés en formar parte de nuestra empresa.\n\nAtentamente,",
        sender="no-reply@smartrecruiters.com",
    ),
    Probe(
        "rejection",
        "es",
        "Hola Lucía, hemos decidido seguir adelante con otros perfiles que se ajustan más a lo que buscamos "
        "ahora mismo. Te deseamos mucha suerte.",
    ),
    Probe(
        "rejection",
        "nl",
        "Beste Daan,\n\nHartelijk dank voor je sollicitatie en de tijd die je hebt genomen voor de gesprekken. "
        "Na zorgvuldige overweging hebben we besloten om niet verder te gaan met je sollicitatie. We wensen je "
        "veel succes met je zoektocht.\n\nMet vriendelijke groet,\nRecruitment",
    ),
    Probe(
        "rejection",
        "nl",
        "Beste Daan,\n\nHelaas moeten we je laten weten dat we voor een andere kandidaat hebben gekozen. Het "
        "was een lastige keuze.\n\nGroet,\nSanne",
    ),
    Probe(
        "rejection",
        "nl",
        "Hoi Daan, de vacature is inmiddels vervuld, dus we zetten het proces met jou helaas niet voort. "
        "Bedankt voor je interesse!",
    ),
    Probe(
        "rejection",
        "it",
        "Gentile Marco,\n\nla ringraziamo per l'interesse dimostrato verso la nostra azienda e per il tempo "
        "dedicato ai colloqui. Dopo un'attenta valutazione, siamo spiacenti di comunicarle che abbiamo deciso "
        "di proseguire con altri candidati il cui profilo è più in linea con le esigenze attuali. Le auguriamo "
        "il meglio per il suo futuro professionale.\n\nCordiali saluti",
    ),
    Probe(
        "rejection",
        "it",
        "Ciao Marco, purtroppo la tua candidatura non è stata selezionata per la fase successiva. Grazie "
        "comunque per l'interesse e in bocca al lupo!",
    ),
    Probe(
        "rejection",
        "it",
        "Gentile Marco,\n\nla ringraziamo per il tempo dedicato. Purtroppo non siamo in grado di offrirle la "
        "posizione, che è stata nel frattempo coperta.\n\nUn cordiale saluto",
    ),
    Probe(
        "rejection",
        "pt",
        "Olá Ana,\n\nAgradecemos o seu interesse na nossa empresa e o tempo dedicado às entrevistas. Após uma "
        "análise cuidadosa, informamos que não vamos avançar com a sua candidatura neste momento. "
        "Desejamos-lhe muito sucesso.\n\nCumprimentos,\nEquipa de Recrutamento",
    ),
    Probe(
        "rejection",
        "pt",
        "Oi Ana, tudo bem? Infelizmente optamos por seguir com outro candidato para a vaga. Agradecemos muito "
        "sua participação no processo!",
    ),
    Probe(
        "rejection",
        "pt",
        "Prezada Ana,\n\ninformamos que a vaga para a qual você se candidatou foi encerrada. Agradecemos o seu "
        "interesse.\n\nAtenciosamente,",
        sender="no-reply@gupy.io",
    ),
]

# ------------------------------------------------------------------ offers

OFFERS = [
    Probe(
        "offer",
        "en",
        "Hi Sam,\n\nGreat news - I'm thrilled to let you know the team would love to have you on board! I just "
        "got off the phone with the hiring manager and we're putting together a formal offer for the Senior "
        "Engineer role. I'll send the paperwork over tomorrow, but wanted to tell you right away. "
        "Congratulations!\n\nBest,\nPriya",
    ),
    Probe(
        "offer",
        "en",
        "Dear Sam,\n\nOn behalf of Northwind Traders, I am pleased to offer you the position of Product Manager, "
        "reporting to Elena Ruiz. Your starting salary will be EUR 72,000 per year. Please find your offer "
        "letter attached; we ask that you sign and return it by 13 June 2025.\n\nWe look forward to welcoming "
        "you.\n\nSincerely,\nMark Chen\nHead of People",
        subject="Offer of employment",
        date=date(2025, 6, 13),
    ),
    Probe(
        "offer",
        "en",
        "<html><body><div style=\"font-family:Arial\"><p>Hi Sam,</p><p><strong>Congratulations!</strong> We are "
        "excited to extend you an offer to join <b>Contoso</b> as a Data Analyst.</p><p>Please review and "
        "e-sign your offer via the link below before <b>June 11</b>.</p><p><a href=\"https://contoso.example/"
        "offer/abc\">Review your offer</a></p></div></body></html>",
        subject="Your offer from Contoso",
        sender="no-reply@us.greenhouse-mail.io",
        date=date(2025, 6, 11),
    ),
    Probe(
        "offer",
        "en",
        "Hi Sam, happy to say you got the job! Let's talk about a start date - are you free for a quick call "
        "tomorrow morning?",
    ),
    Probe(
        "offer",
        "en",
        "Dear Sam,\n\nFollowing your interviews, we'd like to make you an offer for the role of UX Designer. "
        "The details are below:\n\n- Base salary: GBP 58,000\n- Start date: 1 September 2025\n- 28 days of "
        "annual leave\n\nLet me know if you have any questions.\n\nWarm regards,\nPriya",
    ),
    Probe(
        "offer",
        "en",
        "Hi Sam,\n\nYou have received an offer from Fabrikam. Please review the offer letter using the link "
        "below. This offer expires on June 18, 2025.\n\nView offer",
        subject="Offer letter from Fabrikam",
        sender="no-reply@ashbyhq.com",
        date=date(2025, 6, 18),
    ),
    Probe(
        "offer",
        "en",
        "Hi Sam, I'm delighted to confirm that we'd like to offer you the position. Our HR team will follow "
        "up with the contract in the next couple of days.",
    ),
    Probe(
        "offer",
        "de",
        "Hallo Jonas,\n\nich freue mich sehr, dir mitteilen zu können, dass wir dir die Stelle als "
        "Backend-Entwickler anbieten möchten! Der Vertrag kommt in den nächsten Tagen per Post. Herzlichen "
        "Glückwunsch!\n\nViele Grüße\nAnna",
    ),
    Probe(
        "offer",
        "de",
        "Sehr geehrte Frau Schmidt,\n\nwir freuen uns, Ihnen hiermit ein Vertragsangebot für die Position als "
        "Projektmanagerin zu unterbreiten. Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. "
        "Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20. Juni 2025 zurück.\n\nMit freundlichen "
        "Grüßen",
        date=date(2025, 6, 20),
    ),
    Probe(
        "offer",
        "de",
        "Sehr geehrter Herr Weber,\n\nwir freuen uns, Ihnen eine Zusage für die Stelle als Data Scientist geben "
        "zu können. Die Vertragsunterlagen senden wir Ihnen gesondert zu.\n\nMit besten Grüßen",
    ),
    Probe(
        "offer",
        "fr",
        "Bonjour Claire,\n\nJ'ai le plaisir de vous annoncer que nous souhaitons vous proposer le poste de "
        "cheffe de projet. Vous trouverez ci-joint notre proposition d'embauche. Merci de nous faire part de "
        "votre réponse avant le 16 juin.\n\nBien cordialement,",
        date=date(2025, 6, 16),
    ),
    Probe(
        "offer",
        "fr",
        "Bonjour Claire, bonne nouvelle : l'équipe a été conquise et nous aimerions vous faire une offre ! Je "
        "vous appelle demain pour en discuter les détails.",
    ),
    Probe(
        "offer",
        "fr",
        "Madame,\n\nNous avons le plaisir de vous adresser notre promesse d'embauche pour le poste de "
        "développeuse full-stack, en CDI, à compter du 1er septembre 2025.\n\nVeuillez agréer, Madame, "
        "l'expression de nos salutations distinguées.",
    ),
    Probe(
        "offer",
        "es",
        "Hola Lucía:\n\n¡Enhorabuena! Nos complace ofrecerte el puesto de Analista de Datos. Te adjuntamos la "
        "carta oferta con las condiciones. Te agradeceríamos una respuesta antes del 13 de junio.\n\nUn abrazo,",
        date=date(2025, 6, 13),
    ),
    Probe(
        "offer",
        "es",
        "Estimada Lucía, nos alegra comunicarte que has sido seleccionada para el puesto de Diseñadora UX. En "
        "breve te enviaremos la propuesta formal con todas las condiciones.",
    ),
    Probe(
        "offer",
        "es",
        "Hola Lucía, el equipo ha quedado encantado contigo y queremos hacerte una oferta. ¿Podemos hablar "
        "mañana por teléfono?",
    ),
    Probe(
        "offer",
        "nl",
        "Beste Daan,\n\nMet veel plezier bieden we je de functie van Data Engineer aan! In de bijlage vind je "
        "ons aanbod. Laat je ons vóór 13 juni weten of je akkoord gaat?\n\nHartelijke groet,\nSanne",
        date=date(2025, 6, 13),
    ),
    Probe(
        "offer",
        "nl",
        "Hoi Daan, goed nieuws: we willen je graag een aanbod doen voor de rol van product owner. Ik bel je "
        "morgen om de details door te nemen.",
    ),
    Probe(
        "offer",
        "nl",
        "Beste Daan,\n\nWe zijn blij dat je ons team komt versterken! Hierbij ontvang je de "
        "arbeidsovereenkomst ter ondertekening.\n\nMet vriendelijke groet,\nHR",
    ),
    Probe(
        "offer",
        "it",
        "Gentile Marco,\n\nsiamo lieti di offrirle la posizione di Sviluppatore Senior presso la nostra sede di "
        "Milano. In allegato trova la lettera di offerta; la preghiamo di restituircela firmata entro il 20 "
        "giugno.\n\nCordiali saluti",
        date=date(2025, 6, 20),
    ),
    Probe(
        "offer",
        "it",
        "Ciao Marco, ottime notizie! Abbiamo deciso di farti un'offerta per il ruolo di data analyst. Ti chiamo "
        "domani per parlarne.",
    ),
    Probe(
        "offer",
        "it",
        "Gentile Marco,\n\ncon piacere le comunichiamo che è stato selezionato per la posizione di Project "
        "Manager. Le invieremo a breve la proposta contrattuale.\n\nCordiali saluti",
    ),
    Probe(
        "offer",
        "pt",
        "Olá Ana,\n\nTemos o prazer de lhe apresentar uma proposta para a posição de Engenheira de Software. Em "
        "anexo segue a carta com as condições. Agradecemos a sua resposta até 13 de junho.\n\nCumprimentos,",
        date=date(2025, 6, 13),
    ),
    Probe(
        "offer",
        "pt",
        "Oi Ana! Que alegria: você foi aprovada no processo seletivo e queremos fazer uma proposta para você. "
        "Te ligo amanhã para conversarmos sobre os detalhes.",
    ),
    Probe(
        "offer",
        "pt",
        "Prezada Ana,\n\ngostaríamos de lhe oferecer o cargo de Analista de Dados na nossa equipa de Lisboa. "
        "As condições seguem em anexo.\n\nCom os melhores cumprimentos,",
    ),
]

# ------------------------------------------------------------------ next steps

NEXT_STEPS = [
    Probe(
        "next_step",
        "en",
        "Hi Sam,\n\nThanks for your time on Monday! The team would like to invite you to a second interview "
        "with our CTO. Could you send me a few time slots that work for you next week?\n\nBest,\nPriya",
    ),
    Probe(
        "next_step",
        "en",
        "Hi Sam,\n\nAs the next stage of the process we'd like you to complete a short take-home assignment. "
        "You'll find the brief attached; please send your solution back within five days. Let me know if "
        "anything is unclear.\n\nCheers,\nPriya",
    ),
    Probe(
        "next_step",
        "en",
        "Hi Sam, we're at the final stage and would like to speak with two of your references. Could you send "
        "me their names, emails and phone numbers, ideally including a former manager?",
    ),
    Probe(
        "next_step",
        "en",
        "Hi Sam, Elena would love to chat with you about the role. Could you do Thursday 14:00 CET? It'd be a "
        "45-minute video call.",
    ),
    Probe(
        "next_step",
        "en",
        "Hi Sam, great to hear from you. Please pick a slot for your technical interview using my calendar "
        "link: https://calendly.com/priya-northwind/60min\n\nLooking forward to it!",
    ),
    Probe(
        "next_step",
        "en",
        "Hi Sam,\n\nFabrikam has invited you to schedule your onsite interview. Please use the link below to "
        "select a time that works for you.\n\nSchedule interview",
        subject="Schedule your interview with Fabrikam",
        sender="no-reply@us.greenhouse-mail.io",
    ),
    Probe(
        "next_step",
        "en",
        "Hi Sam - the panel enjoyed meeting you and we'd like to move you forward to the final round. Are you "
        "available on 12 or 13 June for a half-day onsite?",
    ),
    Probe(
        "next_step",
        "de",
        "Hallo Jonas,\n\nvielen Dank für das angenehme Gespräch. Wir würden dich gerne zu einem zweiten "
        "Gespräch mit unserem Teamleiter einladen. Passt dir Donnerstag um 14 Uhr?\n\nViele Grüße\nAnna",
    ),
    Probe(
        "next_step",
        "de",
        "Sehr geehrte Frau Schmidt,\n\nals nächsten Schritt bitten wir Sie, die beigefügte Fallstudie zu "
        "bearbeiten und uns Ihre Lösung bis zum 12. Juni zuzusenden.\n\nMit freundlichen Grüßen",
    ),
    Probe(
        "next_step",
        "de",
        "Sehr geehrter Herr Weber,\n\nbitte buchen Sie über folgenden Link einen Termin für das Fachinterview: "
        "https://outlook.office365.com/book/Recruiting@firma.example/\n\nMit freundlichen Grüßen",
    ),
    Probe(
        "next_step",
        "fr",
        "Bonjour Claire,\n\nSuite à notre premier échange, nous aimerions vous rencontrer pour un deuxième "
        "entretien avec la directrice technique. Seriez-vous disponible jeudi à 14h ?\n\nBien à vous,",
    ),
    Probe(
        "next_step",
        "fr",
        "Bonjour Claire, pourriez-vous me transmettre les coordonnées de deux personnes de référence ? C'est la "
        "dernière étape avant notre décision.",
    ),
    Probe(
        "next_step",
        "fr",
        "Bonjour,\n\nVous êtes invitée à réserver un créneau pour votre entretien technique via le lien "
        "ci-dessous :\nhttps://app.welcometothejungle.example/booking/42\n\nÀ bientôt,",
    ),
    Probe(
        "next_step",
        "es",
        "Hola Lucía, nos gustaría invitarte a una segunda entrevista con el responsable del equipo. ¿Te vendría "
        "bien el jueves a las 14:00?",
    ),
    Probe(
        "next_step",
        "es",
        "Hola Lucía:\n\nEl siguiente paso del proceso es una prueba técnica. Te la enviamos adjunta; tienes "
        "hasta el lunes para entregarla.\n\nSaludos,",
    ),
    Probe(
        "next_step",
        "es",
        "Estimada Lucía, por favor, reserve una franja horaria para la entrevista final en el siguiente enlace: "
        "https://calendly.com/talento-empresa/entrevista",
    ),
    Probe(
        "next_step",
        "nl",
        "Hoi Daan, we willen je graag uitnodigen voor een tweede gesprek. Zou donderdag om 14:00 uur je "
        "uitkomen?",
    ),
    Probe(
        "next_step",
        "nl",
        "Beste Daan,\n\nAls volgende stap vragen we je om een korte thuisopdracht te maken. Je vindt de opdracht "
        "in de bijlage; lever hem uiterlijk vrijdag in.\n\nGroet,\nSanne",
    ),
    Probe(
        "next_step",
        "nl",
        "Beste Daan, kun je ons de contactgegevens van twee referenties sturen? Dan nemen we deze week nog "
        "contact met hen op.",
    ),
    Probe(
        "next_step",
        "it",
        "Ciao Marco, ci piacerebbe invitarti a un secondo colloquio con il responsabile tecnico. Saresti "
        "disponibile giovedì alle 14:00?",
    ),
    Probe(
        "next_step",
        "it",
        "Gentile Marco,\n\ncome prossimo passo le chiediamo di svolgere un breve esercizio pratico, che trova in "
        "allegato. Ci invii la sua soluzione entro lunedì.\n\nCordiali saluti",
    ),
    Probe(
        "next_step",
        "it",
        "Gentile Marco, la invitiamo a prenotare un orario per il colloquio finale tramite il link seguente: "
        "https://calendly.com/hr-azienda/colloquio",
    ),
    Probe(
        "next_step",
        "pt",
        "Olá Ana, gostaríamos de a convidar para uma segunda entrevista com o diretor técnico. Teria "
        "disponibilidade na quinta-feira às 14h?",
    ),
    Probe(
        "next_step",
        "pt",
        "Oi Ana! A próxima etapa do processo é um teste técnico. Você consegue entregar até segunda-feira?",
    ),
    Probe(
        "next_step",
        "pt",
        "Olá Ana, poderia enviar-nos o contacto de duas referências profissionais? É o último passo do "
        "processo.",
    ),
]

# ------------------------------------------------------------------ holding replies

HOLDING = [
    Probe(
        "acknowledgement",
        "en",
        "Hi Sam, thanks for your patience. The hiring team is wrapping up interviews this week and we expect "
        "to have a decision by Friday, 13 June. I'll be in touch then.",
        date=date(2025, 6, 13),
    ),
    Probe(
        "acknowledgement",
        "en",
        "Hi Sam, just a quick note to say we're still reviewing applications and haven't made any decisions "
        "yet. I'll update you as soon as I hear more.",
    ),
    Probe(
        "acknowledgement",
        "en",
        "Hi Sam, thanks for following up! The team is meeting next week to go through all the candidates, so "
        "I should have news for you after that.",
    ),
    Probe(
        "acknowledgement",
        "en",
        "Thank you for applying to the Senior Engineer position at Contoso. We have received your application "
        "and our team will review it shortly. If your profile matches our requirements, we will contact you.",
        subject="Thank you for your application",
        sender="no-reply@contoso.wd3.myworkdayjobs.com",
    ),
    # A holding reply that names steps already taken: the past steps make no next step.
    Probe(
        "acknowledgement",
        "en",
        "Hi Sam, thanks again for completing the technical interview and the take-home last week. The panel is "
        "still collecting feedback, and I'll get back to you by the end of next week.",
    ),
    Probe(
        "acknowledgement",
        "en",
        "Hi Sam, apologies for the delay - our hiring manager has been travelling. We haven't forgotten about "
        "you and hope to share an update early next week.",
    ),
    Probe(
        "acknowledgement",
        "en",
        "Hi Sam, we'll let you know about next steps by Friday. Thanks for bearing with us!",
    ),
    Probe(
        "acknowledgement",
        "de",
        "Hallo Jonas, danke für deine Nachfrage. Wir sind noch mitten im Auswahlprozess und melden uns "
        "spätestens bis zum 13. Juni bei dir.",
        date=date(2025, 6, 13),
    ),
    Probe(
        "acknowledgement",
        "de",
        "Sehr geehrte Frau Schmidt,\n\nvielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten und "
        "werden sie sorgfältig prüfen. Bitte haben Sie etwas Geduld.\n\nMit freundlichen Grüßen",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        sender="noreply@personio.de",
    ),
    Probe(
        "acknowledgement",
        "de",
        "Hallo Jonas, das Team trifft sich nächste Woche, um alle Gespräche auszuwerten. Danach melde ich mich "
        "bei dir.",
    ),
    Probe(
        "acknowledgement",
        "fr",
        "Bonjour Claire, merci pour votre relance. Nous sommes toujours en train d'étudier les candidatures et "
        "reviendrons vers vous d'ici le 13 juin.",
        date=date(2025, 6, 13),
    ),
    Probe(
        "acknowledgement",
        "fr",
        "Bonjour,\n\nNous accusons bonne réception de votre candidature et vous remercions de l'intérêt que "
        "vous portez à notre entreprise. Elle sera étudiée avec attention.\n\nL'équipe Recrutement",
        subject="Votre candidature",
        sender="no-reply@jobs.teamtailor-mail.com",
    ),
    Probe(
        "acknowledgement",
        "fr",
        "Bonjour Claire, merci encore pour l'entretien de mardi dernier. L'équipe se réunit la semaine "
        "prochaine pour faire le point ; je vous tiens au courant.",
    ),
    Probe(
        "acknowledgement",
        "es",
        "Hola Lucía, gracias por tu paciencia. Todavía estamos revisando candidaturas y esperamos darte una "
        "respuesta antes del 13 de junio.",
        date=date(2025, 6, 13),
    ),
    Probe(
        "acknowledgement",
        "es",
        "Hemos recibido tu candidatura para el puesto de Analista. Nuestro equipo la revisará y, si tu perfil "
        "encaja, nos pondremos en contacto contigo.",
        subject="Gracias por tu candidatura",
        sender="no-reply@smartrecruiters.com",
    ),
    Probe(
        "acknowledgement",
        "es",
        "Hola Lucía, gracias por completar la prueba técnica la semana pasada. Seguimos recopilando opiniones "
        "del equipo y te diré algo la semana que viene.",
    ),
    Probe(
        "acknowledgement",
        "nl",
        "Hoi Daan, bedankt voor je geduld. We zijn nog volop in gesprek met kandidaten en verwachten uiterlijk "
        "13 juni een besluit te nemen.",
        date=date(2025, 6, 13),
    ),
    Probe(
        "acknowledgement",
        "nl",
        "Beste Daan,\n\nBedankt voor je sollicitatie! We hebben je gegevens in goede orde ontvangen en nemen zo "
        "snel mogelijk contact met je op.\n\nMet vriendelijke groet",
        subject="Bedankt voor je sollicitatie",
        sender="no-reply@recruitee.com",
    ),
    Probe(
        "acknowledgement",
        "nl",
        "Hoi Daan, het team komt volgende week bij elkaar om alle gesprekken te bespreken. Daarna hoor je van "
        "mij.",
    ),
    Probe(
        "acknowledgement",
        "it",
        "Ciao Marco, grazie per la pazienza. Stiamo ancora valutando le candidature e contiamo di darti una "
        "risposta entro il 13 giugno.",
        date=date(2025, 6, 13),
    ),
    Probe(
        "acknowledgement",
        "it",
        "Gentile candidato,\n\nconfermiamo di aver ricevuto la sua candidatura. Il nostro team la esaminerà con "
        "attenzione.\n\nCordiali saluti",
        subject="Conferma candidatura",
        sender="noreply@inrecruiting.example",
    ),
    Probe(
        "acknowledgement",
        "it",
        "Ciao Marco, grazie ancora per il colloquio tecnico di martedì. Il team si riunisce la prossima "
        "settimana per decidere; ti aggiorno appena possibile.",
    ),
    Probe(
        "acknowledgement",
        "pt",
        "Olá Ana, obrigado pela paciência. Ainda estamos a analisar as candidaturas e contamos dar-lhe uma "
        "resposta até 13 de junho.",
        date=date(2025, 6, 13),
    ),
    Probe(
        "acknowledgement",
        "pt",
        "Recebemos a sua candidatura para a vaga de Engenheira de Software. A nossa equipa irá analisá-la e "
        "entraremos em contacto caso o seu perfil corresponda.",
        subject="Candidatura recebida",
        sender="no-reply@gupy.io",
    ),
    Probe(
        "acknowledgement",
        "pt",
        "Oi Ana, obrigada por fazer o teste técnico na semana passada! O time ainda está avaliando e te dou um "
        "retorno na próxima semana.",
    ),
]

# ------------------------------------------------------------------ out-of-office, told by wording alone

AWAY = [
    Probe(
        "auto_reply",
        "en",
        "Thank you for your email. I am currently out of the office with limited access to email and will "
        "return on Monday 16 June. For urgent matters please contact talent@northwind.example.",
        date=date(2025, 6, 16),
    ),
    Probe(
        "auto_reply",
        "en",
        "Hi, I'm away from my desk until the 10th and will reply when I'm back. If it's urgent, call "
        "+44 20 7946 0000.",
    ),
    Probe(
        "auto_reply",
        "en",
        "I'm on annual leave until Friday, 20 June 2025, without access to my emails. Your message will not be "
        "forwarded.",
    ),
    Probe(
        "auto_reply",
        "en",
        "Thanks for your message. I'm travelling and will be back in the office on June 9. I'll get back to "
        "you as soon as I can.",
        date=date(2025, 6, 9),
    ),
    Probe(
        "auto_reply",
        "en",
        "I am currently on parental leave and will be back in September. During my absence, please reach out "
        "to my colleague Mark Chen (mark.chen@contoso.example).",
    ),
    # An auto-reply that mentions the interview it was sent about is still an auto-reply.
    Probe(
        "auto_reply",
        "en",
        "Hello, I'm out of office from 2 to 13 June. If your message concerns interview scheduling, please "
        "write to recruiting@contoso.example; otherwise I'll respond upon my return.",
    ),
    Probe(
        "auto_reply",
        "en",
        "Hi there, I'm on vacation and won't be checking email until June 23. Talk soon!\n- Priya",
    ),
    Probe(
        "auto_reply",
        "de",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 13.06.2025 nicht im Büro und habe keinen "
        "Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an recruiting@firma.example.",
    ),
    Probe(
        "auto_reply",
        "de",
        "Guten Tag, ich bin ab dem 16. Juni wieder im Büro und beantworte Ihre E-Mail dann schnellstmöglich.",
        date=date(2025, 6, 16),
    ),
    Probe(
        "auto_reply",
        "de",
        "Hallo, ich bin derzeit im Urlaub und ab Montag, 23. Juni wieder erreichbar. Ihre Nachricht wird nicht "
        "weitergeleitet.",
        date=date(2025, 6, 23),
    ),
    Probe(
        "auto_reply",
        "fr",
        "Bonjour, je suis en congé jusqu'au 16 juin inclus, avec un accès limité à mes e-mails. Pour toute "
        "urgence, merci de contacter rh@societe.example.",
    ),
    Probe(
        "auto_reply",
        "fr",
        "Je suis actuellement absente du bureau et serai de retour le lundi 16 juin. Je traiterai votre message "
        "à mon retour.",
        date=date(2025, 6, 16),
    ),
    Probe(
        "auto_reply",
        "fr",
        "Merci pour votre message. Je suis en déplacement et n'aurai qu'un accès limité à ma messagerie "
        "jusqu'au 12 juin.",
    ),
    Probe(
        "auto_reply",
        "es",
        "Gracias por tu mensaje. Estoy fuera de la oficina hasta el 16 de junio y responderé a mi regreso.",
    ),
    Probe(
        "auto_reply",
        "es",
        "Hola, estoy de vacaciones y volveré el lunes 23 de junio. Para asuntos urgentes, escribe a "
        "rrhh@empresa.example.",
        date=date(2025, 6, 23),
    ),
    Probe(
        "auto_reply",
        "es",
        "En este momento me encuentro fuera de la oficina con acceso limitado al correo. Estaré de vuelta el "
        "10 de junio.",
        date=date(2025, 6, 10),
    ),
    Probe(
        "auto_reply",
        "nl",
        "Bedankt voor je bericht. Ik ben afwezig tot en met 13 juni en heb beperkt toegang tot mijn e-mail. "
        "Voor dringende zaken kun je contact opnemen met hr@bedrijf.example.",
    ),
    Probe(
        "auto_reply",
        "nl",
        "Ik ben met vakantie en weer aanwezig op maandag 16 juni.",
        date=date(2025, 6, 16),
    ),
    Probe(
        "auto_reply",
        "nl",
        "Hallo, ik ben momenteel niet op kantoor. Vanaf 10 juni ben ik weer bereikbaar.",
        date=date(2025, 6, 10),
    ),
    Probe(
        "auto_reply",
        "it",
        "Grazie per il messaggio. Sono in ferie fino al 16 giugno con accesso limitato alla posta. Per urgenze "
        "contattare hr@azienda.example.",
    ),
    Probe(
        "auto_reply",
        "it",
        "Sono fuori ufficio e rientrerò lunedì 16 giugno. Risponderò al suo messaggio al mio rientro.",
        date=date(2025, 6, 16),
    ),
    Probe(
        "auto_reply",
        "it",
        "Buongiorno, sarò assente dall'ufficio fino al 10 giugno compreso. Il suo messaggio non verrà "
        "inoltrato.",
    ),
    Probe(
        "auto_reply",
        "pt",
        "Obrigado pela sua mensagem. Estou fora do escritório até 16 de junho, com acesso limitado ao e-mail.",
    ),
    Probe(
        "auto_reply",
        "pt",
        "Olá! Estou de férias e volto no dia 23 de junho. Em caso de urgência, contacte rh@empresa.example.",
        date=date(2025, 6, 23),
    ),
    Probe(
        "auto_reply",
        "pt",
        "No momento estou ausente do escritório e retornarei em 10 de junho. Responderei sua mensagem assim "
        "que possível.",
        date=date(2025, 6, 10),
    ),
]

# ------------------------------------------------------------------ personal replies that decide nothing

OTHER = [
    Probe(
        "other",
        "en",
        "Hi Sam, great to meet you yesterday too! Here's the article on event sourcing I mentioned: "
        "https://martinfowler.com/eaaDev/EventSourcing.html - enjoy!",
    ),
    Probe(
        "other",
        "en",
        "Thanks Sam - glad you enjoyed the conversation. Good luck with the move to Berlin!",
    ),
    Probe(
        "other",
        "en",
        "Hi Sam, sure, happy to answer: the team is eight engineers, mostly remote, and we deploy several times "
        "a day. Let me know if you have other questions.",
    ),
    Probe(
        "other",
        "en",
        "Hey Sam, you left your umbrella in our meeting room - shall I keep it at reception for you?",
    ),
    Probe(
        "other",
        "en",
        "Hi Sam, thanks for sharing your GitHub. I had a look at the parser project, really neat work.",
    ),
    Probe(
        "other",
        "en",
        "Hello Sam, of course! The salary range for this role is 65-75k depending on experience.",
    ),
    Probe(
        "other",
        "en",
        "Sam, lovely to hear from you! No need to apologise for the typo in your note, it made me smile.",
        sender=GMAIL,
    ),
    Probe(
        "other",
        "de",
        "Hallo Jonas, gern geschehen! Hier noch der Link zu dem Vortrag, von dem ich erzählt habe: "
        "https://media.example/talk. Schönes Wochenende!",
    ),
    Probe(
        "other",
        "de",
        "Hallo Jonas, gute Frage: Wir arbeiten hybrid, zwei Tage pro Woche im Büro. Frag gern, wenn du noch "
        "mehr wissen willst.",
    ),
    Probe(
        "other",
        "de",
        "Hi Jonas, danke dir für die netten Worte! Das Gespräch hat mir auch Spaß gemacht.",
    ),
    Probe(
        "other",
        "fr",
        "Bonjour Claire, merci pour votre message ! Pour répondre à votre question, le poste est basé à Lyon "
        "avec deux jours de télétravail par semaine.",
    ),
    Probe(
        "other",
        "fr",
        "Avec plaisir Claire ! Voici le lien vers l'article dont je vous parlais : https://blog.example/archi",
    ),
    Probe(
        "other",
        "fr",
        "Merci beaucoup pour vos mots, c'était un plaisir d'échanger avec vous aussi.",
    ),
    Probe(
        "other",
        "es",
        "¡Hola Lucía! Gracias a ti por la conversación. Te paso el enlace al libro que te comenté: "
        "https://libros.example/123",
    ),
    Probe(
        "other",
        "es",
        "Hola Lucía, respondiendo a tu pregunta: el equipo es de seis personas y trabajamos en remoto casi "
        "siempre.",
    ),
    Probe(
        "other",
        "es",
        "Muchas gracias por tus palabras, Lucía. Fue un placer charlar contigo.",
    ),
    Probe(
        "other",
        "nl",
        "Hoi Daan, graag gedaan! Hier is de link naar het artikel waar ik het over had: https://blog.example/x",
    ),
    Probe(
        "other",
        "nl",
        "Hoi Daan, goede vraag: we werken hybride, twee dagen per week op kantoor.",
    ),
    Probe(
        "other",
        "nl",
        "Dank je voor je vriendelijke woorden, het was voor mij ook een leuk gesprek.",
    ),
    Probe(
        "other",
        "it",
        "Ciao Marco, grazie a te! Ecco il link all'articolo di cui ti parlavo: https://blog.example/y",
    ),
    Probe(
        "other",
        "it",
        "Ciao Marco, per rispondere alla tua domanda: il team è composto da sette persone e lavoriamo in "
        "modalità ibrida.",
    ),
    Probe(
        "other",
        "it",
        "Grazie mille per le belle parole, è stato un piacere anche per me.",
    ),
    Probe(
        "other",
        "pt",
        "Olá Ana, obrigado eu! Aqui está o link do artigo de que lhe falei: https://blog.example/z",
    ),
    Probe(
        "other",
        "pt",
        "Oi Ana, respondendo à sua pergunta: o time tem oito pessoas e trabalhamos de forma híbrida.",
    ),
    Probe(
        "other",
        "pt",
        "Muito obrigada pelas suas palavras, foi um prazer conversar com você também.",
    ),
]

# ------------------------------------------------------------------ newsletters and job alerts

BULK = [
    # A newsletter that quotes a rejection's words is not a rejection.
    Probe(
        "bulk",
        "en",
        "This week on The Job Hunt: \"Unfortunately, we have decided not to move forward\" - how to read a "
        "rejection email and what to do next. Plus: 12 companies hiring now.\n\nUnsubscribe | Manage preferences",
        subject="The Job Hunt #112: reading between the lines",
        sender="newsletter@thejobhunt.example",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "en",
        "New jobs for you: Senior Engineer at Contoso, Data Engineer at Northwind, Platform Engineer at "
        "Fabrikam.\n\nYou're receiving this because you created a job alert.",
        subject="3 new jobs match your search",
        sender="jobalerts-noreply@linkedin.com",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "en",
        "Life at Contoso - June edition. Our summer hackathon, a new office in Lisbon, and the interview tips "
        "our recruiters wish every candidate knew.",
        subject="Life at Contoso: June",
        sender="careers@contoso.example",
        headers={"list-id": "Contoso Talent Community <talent.contoso.example>"},
    ),
    Probe(
        "bulk",
        "en",
        "Congratulations on taking the next step in your career! Upgrade to Premium to see who viewed your "
        "profile and get noticed by recruiters.",
        subject="Sam, you're in the top 10% of applicants",
        sender="messages-noreply@linkedin.com",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "en",
        "Our webinar \"Handling the offer stage\" starts on Thursday at 14:00. Save your seat: "
        "https://events.example/offer-stage\n\nYou are receiving this email because you subscribed to our "
        "career updates. Unsubscribe here.",
        subject="Webinar this Thursday: handling the offer stage",
        sender="events@careercoach.example",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "en",
        "Weekly digest: 5 roles you might like. Not interested anymore? Update your job alert settings.",
        subject="Your weekly job digest",
        sender="alerts@indeed.com",
        headers={"list-unsubscribe": "<mailto:unsubscribe@indeed.com>"},
    ),
    Probe(
        "bulk",
        "en",
        "We regret to inform you that our Spring Career Fair has been cancelled. We hope to see you at our "
        "autumn event instead.",
        subject="Spring Career Fair cancelled",
        sender="events@university-careers.example",
        headers={"precedence": "bulk", "list-id": "<careers-fair.university.example>"},
    ),
    Probe(
        "bulk",
        "de",
        "Karriere-Newsletter Juni: So gehen Sie mit einer Absage um - und warum „leider haben wir uns für einen "
        "anderen Kandidaten entschieden“ nicht das Ende ist.\n\nNewsletter abbestellen",
        subject="Karriere-Newsletter Juni",
        sender="newsletter@karriere.example",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "de",
        "Neue Jobs für Sie: Backend-Entwickler (m/w/d) in Berlin, Data Engineer (m/w/d) in Hamburg. "
        "Jobagent verwalten | Abmelden",
        subject="2 neue Jobs für Ihre Suche",
        sender="jobagent@stepstone.de",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "de",
        "Einladung zu unserem Karriere-Webinar am Donnerstag um 14 Uhr: Wie Sie im Vorstellungsgespräch "
        "überzeugen. Jetzt anmelden!",
        subject="Einladung: Karriere-Webinar",
        sender="events@jobportal.example",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "fr",
        "Nouvelles offres pour vous : Développeur backend à Lyon, Data engineer à Paris. Gérer mes alertes | Se "
        "désabonner",
        subject="2 nouvelles offres correspondent à votre recherche",
        sender="alertes@welcometothejungle.com",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "fr",
        "La lettre carrière de juin : « Nous ne donnerons pas suite à votre candidature » - comment rebondir "
        "après un refus.\n\nSe désinscrire",
        subject="La lettre carrière - juin",
        sender="lettre@cadres.example",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "es",
        "Nuevas ofertas para ti: Analista de datos en Madrid, Desarrollador backend en Barcelona. Darse de baja "
        "de estas alertas.",
        subject="Nuevas ofertas que encajan contigo",
        sender="alertas@infojobs.net",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "es",
        "Boletín de empleo: cómo preparar la entrevista final y qué hacer si recibes una oferta. Cancelar "
        "suscripción.",
        subject="Boletín de empleo de junio",
        sender="boletin@empleo.example",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "nl",
        "Nieuwe vacatures voor jou: Data Engineer in Utrecht, Backend Developer in Amsterdam. Afmelden voor "
        "deze e-mails.",
        subject="Nieuwe vacatures voor jou",
        sender="vacatures@nationalevacaturebank.nl",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "nl",
        "Nieuwsbrief juni: zo ga je om met een afwijzing, en vijf tips voor je tweede gesprek. Uitschrijven",
        subject="Nieuwsbrief juni",
        sender="nieuwsbrief@carriere.example",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "it",
        "Nuove offerte per te: Sviluppatore backend a Milano, Data analyst a Torino. Gestisci i tuoi avvisi | "
        "Annulla l'iscrizione",
        subject="Nuove offerte di lavoro per te",
        sender="avvisi@infojobs.it",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "it",
        "Newsletter carriere: come rispondere a un'offerta di lavoro e cosa chiedere prima di firmare. "
        "Disiscriviti.",
        subject="Newsletter carriere di giugno",
        sender="newsletter@carriere.example",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "pt",
        "Novas vagas para si: Engenheira de Software em Lisboa, Analista de Dados no Porto. Cancelar a "
        "subscrição.",
        subject="Novas vagas para si",
        sender="alertas@net-empregos.example",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "pt",
        "Newsletter de carreira: infelizmente não foi desta vez? Veja como pedir feedback depois de uma recusa. "
        "Descadastrar.",
        subject="Newsletter de carreira",
        sender="newsletter@carreira.example",
        headers=LIST_HEADERS,
    ),
    Probe(
        "bulk",
        "pt",
        "Vagas recomendadas para você: Desenvolvedora Backend em São Paulo. Gerenciar alertas.",
        subject="Vagas recomendadas",
        sender="alertas@vagas.example",
        headers=LIST_HEADERS,
    ),
]

PROBES = REJECTIONS + OFFERS + NEXT_STEPS + HOLDING + AWAY + OTHER + BULK


def _ids(probes: list[Probe]) -> list[str]:
    seen: dict[str, int] = {}
    ids = []
    for p in probes:
        key = f"{p.kind}-{p.lang}"
        seen[key] = seen.get(key, 0) + 1
        ids.append(f"{key}-{seen[key]}")
    return ids


@pytest.mark.parametrize("probe", PROBES, ids=_ids(PROBES))
def test_a_realistic_message_is_read_for_what_it_says(probe: Probe) -> None:
    mail = received(probe.body, subject=probe.subject, sender=probe.sender, headers=probe.headers)
    result = classify(mail)
    assert result.kind == probe.kind, result.reasons
    if probe.date is not None:
        assert result.date == probe.date, result.reasons


@pytest.mark.parametrize(
    "probe",
    [p for p in PROBES if p.kind not in HEARD_BACK_KINDS],
    ids=_ids([p for p in PROBES if p.kind not in HEARD_BACK_KINDS]),
)
def test_no_holding_reply_notice_or_newsletter_counts_as_hearing_back(probe: Probe) -> None:
    mail = received(probe.body, subject=probe.subject, sender=probe.sender, headers=probe.headers)
    assert classify(mail).kind not in HEARD_BACK_KINDS


def test_every_kind_has_twenty_examples_in_seven_languages() -> None:
    for kind in ("rejection", "offer", "next_step", "acknowledgement", "auto_reply", "other", "bulk"):
        probes = [p for p in PROBES if p.kind == kind]
        assert len(probes) >= 20, kind
        assert {p.lang for p in probes} == {"en", "de", "fr", "es", "nl", "it", "pt"}, kind


# ------------------------------------------------------------------ the look-alikes of the kinds above


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # Chosen to be interviewed is a next step; chosen for the job is an offer; a
        # condition right before it, or a "not", is neither.
        ("You have been selected to interview for the position of Systems Analyst II.", "next_step"),
        ("Has sido seleccionada para una entrevista para el puesto de analista.", "next_step"),
        ("Wir freuen uns, dass Sie für ein Vorstellungsgespräch ausgewählt wurden.", "next_step"),
        ("You have been selected for the role - congratulations!", "offer"),
        ("Ti faremo sapere se sei stato selezionato per la posizione.", "acknowledgement"),
        ("Le avisaremos si ha sido seleccionada para el puesto.", "acknowledgement"),
        ("Informaremos se foi selecionada para a vaga.", "acknowledgement"),
        ("Unfortunately you were not selected for the role.", "rejection"),
        ("Purtroppo non è stato selezionato per la posizione.", "rejection"),
        ("Je bent helaas niet geselecteerd voor de functie.", "rejection"),
        # The role closed, named by what the candidate did
        ("The position for which you applied has now been filled.", "rejection"),
        ("Die Stelle, auf die Sie sich beworben haben, wurde inzwischen besetzt.", "rejection"),
        ("De vacature waarop je hebt gesolliciteerd is inmiddels vervuld.", "rejection"),
        ("The role that you interviewed for has not yet been filled, we are still interviewing.", "acknowledgement"),
        # Thanks for the message alone holds; with an answer to the candidate's question a person replied
        ("Thanks for your message, much appreciated.", "acknowledgement"),
        ("Vielen Dank für Ihre Nachricht! Zu Ihrer Frage: die Stelle ist in Hamburg, mit zwei Tagen Homeoffice.", "other"),
        ("Gracias por tu mensaje. Respondiendo a tu pregunta, no hay que viajar.", "other"),
        ("Merci pour votre message. Pour répondre à votre question, nous reviendrons vers vous vendredi.", "acknowledgement"),
        # Kept posted, away, welcomed to the team, in their other wordings
        ("I'll keep you in the loop.", "acknowledgement"),
        ("Das Team bespricht nächste Woche alle Kandidaten, ich halte Sie auf dem Laufenden.", "acknowledgement"),
        ("Te mantengo informada.", "acknowledgement"),
        ("Ik hou je op de hoogte.", "acknowledgement"),
        ("La terrò aggiornata.", "acknowledgement"),
        ("Vou mantê-lo informado.", "acknowledgement"),
        ("Je suis en congé maternité jusqu'en septembre.", "auto_reply"),
        ("Ik ben tot en met 20 juni met verlof en lees mijn mail niet.", "auto_reply"),
        ("Wir freuen uns, Sie ab dem 1. September in unserem Team begrüßen zu dürfen.", "offer"),
        ("Nos encantaría que te unieras al equipo; te enviamos la oferta por escrito mañana.", "offer"),
    ],
)
def test_each_fixed_kind_keeps_its_look_alikes_apart(body: str, kind: str) -> None:
    assert classify(received(body, sender=PERSON)).kind == kind


@pytest.mark.parametrize(
    "body",
    [
        "We regret to inform you that our Spring Career Fair has been cancelled.",
        'Our guide: what "we have decided not to move forward" really means, and what to do next.',
        "« Nous ne donnerons pas suite à votre candidature » : comment rebondir après un refus.",
        "Wie Sie mit „leider haben wir uns für einen anderen Kandidaten entschieden“ umgehen.",
    ],
)
def test_a_newsletter_that_announces_or_quotes_a_no_is_bulk(body: str) -> None:
    mail = received(body, sender="news@careers.example", headers=LIST_HEADERS)
    assert classify(mail).kind == "bulk"


def test_a_general_word_about_who_will_be_interviewed_is_no_step() -> None:
    body = "Applicants selected for an interview will be contacted."
    assert classify(received(body, sender=PERSON)).kind != "next_step"


def test_a_platform_rejection_under_list_headers_still_counts() -> None:
    body = "We regret to inform you that we will not be moving forward with your candidacy."
    mail = received(body, sender="no-reply@hire.lever.co", headers=LIST_HEADERS)
    assert classify(mail).kind == "rejection"


def test_a_holding_replys_date_is_the_one_promised_not_the_first_named() -> None:
    body = "We're wrapping up interviews this week and expect to have a decision by Friday, 13 June."
    assert classify(received(body)).date == date(2025, 6, 13)


@pytest.mark.parametrize(
    "body",
    [
        "We ended up going in another direction for this role.",
        "Wir haben uns letztlich anders entschieden.",
        "Leider müssen wir diesmal passen.",
        "Nous avons finalement fait un autre choix pour ce poste.",
        "Hemos decidido tomar otra dirección con esta posición.",
        "Uiteindelijk hebben we een andere keuze gemaakt voor deze functie.",
        "Je profiel sluit op dit moment niet aan bij wat we zoeken.",
        "Alla fine abbiamo fatto un'altra scelta per questa posizione.",
        "Decidimos seguir outra direção para esta vaga.",
    ],
)
def test_another_way_taken_is_a_rejection_in_seven_languages(body: str) -> None:
    assert classify(received(body, sender=PERSON)).kind == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Sie haben sich anders entschieden? Kein Problem, melden Sie sich gern.",
        "Wir haben uns noch nicht entschieden und melden uns nächste Woche.",
        "Je profiel past goed bij ons, niet alleen qua ervaring.",
    ],
)
def test_a_choice_not_made_or_the_candidates_own_is_no_rejection(body: str) -> None:
    assert classify(received(body, sender=PERSON)).kind != "rejection"


def test_asking_the_candidate_to_keep_them_posted_is_no_holding_reply() -> None:
    for body in ("Bitte halten Sie uns auf dem Laufenden, ob der Donnerstag passt.", "Hou je ons op de hoogte?"):
        assert classify(received(body, sender=PERSON)).kind != "acknowledgement", body
