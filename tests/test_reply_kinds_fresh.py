"""Replies worded apart from the phrase lists, read whole as a scan reads them, in seven languages.

Each message is written the way people and platforms write after an interview, not from the
lists the classifier holds, and travels as real mail does (quoted thanks below it, HTML only,
quoted-printable, windows-1252; built by the same builder as tests/test_classify_people_replies.py).
What they say, per language:

- decisions worded indirectly or in non-native English, buried after paragraphs of thanks, with
  the negation far from its verb ("we are not, at this point, able to move you forward"), or
  sent from a no-reply address (a no-reply sender makes a holding reply only of mail with no
  decision);
- a role paused, frozen or on hold: the process ends, a rejection;
- offers, and their look-alikes "not in a position to make you an offer" (a rejection);
- next steps asked as a question, proposed as days, given as a booking link, or an interview
  moved or called off with new times to come;
- holding replies and bare receipts ("thanks, got it": an acknowledgement) beside other
  personal replies (a question, a document asked for: other);
- job alerts without list headers (bulk);
- a call offered to give feedback after a rejection: not a step of the hiring process (other);
- sent mail: thanks after the interview, chasers, and other mail of the user's.
"""

from __future__ import annotations

from datetime import datetime, timezone
from email.header import Header
from itertools import cycle
from zlib import crc32

import pytest

from tests.test_classify_people_replies import FORMS, LANGS, MAREK, SENDERS, THANKS_SUBJECT, Reply, _short, read
from watcher.classify import classify
from watcher.parse import parse_message

# The employer's own no-reply address and its job-alert address, per language.
NO_REPLY = {
    "en": "Northwind Talent Acquisition <no-reply@northwind.example>",
    "de": "Brandt Logistik Recruiting <noreply@brandt-logistik.example>",
    "fr": "Lumière Conseil Recrutement <ne-pas-repondre@lumiere-conseil.example>",
    "es": "Solaria Selección <no-responder@solaria.example>",
    "nl": "Polder Data Werving <noreply@polderdata.example>",
    "it": "Vela Software HR <noreply@velasoftware.example>",
    "pt": "Ipê Digital Talentos <nao-responda@ipedigital.example>",
}
ALERTS = {
    "en": "Northwind Careers <jobs@northwind.example>",
    "de": "Brandt Logistik Karriere <jobs@brandt-logistik.example>",
    "fr": "Lumière Conseil Carrières <offres@lumiere-conseil.example>",
    "es": "Solaria Empleo <empleo@solaria.example>",
    "nl": "Polder Data Vacatures <vacatures@polderdata.example>",
    "it": "Vela Software Lavora con noi <careers@velasoftware.example>",
    "pt": "Ipê Digital Carreiras <vagas@ipedigital.example>",
}
PLATFORM_SUBJECT = {
    "en": "Your application for Data Engineer at Northwind",
    "de": "Ihre Bewerbung als Data Engineer (m/w/d)",
    "fr": "Votre candidature au poste de Data Engineer",
    "es": "Tu candidatura para Data Engineer",
    "nl": "Je sollicitatie voor Data Engineer",
    "it": "La tua candidatura per Data Engineer",
    "pt": "Sua candidatura para Engenheiro de Dados",
}

_QUOTES = cycle(("gmail", "outlook", "apple", "iphone", "none", "gmail", "outlook"))
_FORMS = cycle(FORMS)


def said(kind: str, lang: str, text: str) -> Reply:
    """A person's reply on top of the user's quoted thanks; quote and form vary by turns."""
    sender, company = SENDERS[lang]
    return Reply(kind, lang, text, sender, company, "Re: " + THANKS_SUBJECT[lang],
                 quote=next(_QUOTES), form=next(_FORMS))


def posted(kind: str, lang: str, text: str) -> Reply:
    """The employer's mail from a no-reply address, quoting nothing."""
    return Reply(kind, lang, text, NO_REPLY[lang], SENDERS[lang][1], PLATFORM_SUBJECT[lang],
                 quote="none", form=next(_FORMS))


def alert(lang: str, subject: str, text: str) -> Reply:
    """A job alert from the employer's careers address, without list headers."""
    return Reply("bulk", lang, text, ALERTS[lang], SENDERS[lang][1], subject, quote="none", form=next(_FORMS))


def marek(kind: str, text: str) -> Reply:
    return Reply(kind, "en", text, MAREK, "Vistula Soft", "RE: Thank you - Data Engineer interview",
                 quote="outlook", form=next(_FORMS))


RECEIVED = [
    # ------------------------------------------------------------------ English
    said("rejection", "en", "Hi Sam,\n\nThank you so much for the time you invested in our process, and for the "
         "thoughtful questions you asked the panel. Everyone enjoyed meeting you, and your case study was one of "
         "the clearest we saw this round.\n\nHaving weighed everything carefully, we won't be taking your "
         "application further at this stage.\n\nWishing you all the best,\nPriya"),
    marek("rejection", "Dear Sam,\n\nthank you for your patience. We have take the decision to continue with "
          "other candidate which profile is more near to our needs in this moment. We wish you success in your "
          "search.\n\nRegards,\nMarek"),
    said("rejection", "en", "Hi Sam,\n\nI'm afraid that, after discussing it at length with the hiring manager "
         "and the wider team this morning, we are not, at this point, able to move you forward to the final "
         "round.\n\nBest,\nPriya"),
    said("rejection", "en", "Hi Sam,\n\nA quick update I'm sorry to share: the Data Engineer opening has been "
         "paused following our reorganisation, so we are closing all applications for it. I'll reach out "
         "if it ever reopens.\n\nPriya"),
    posted("rejection", "en", "Dear Sam,\n\nThank you for your interest in Northwind and for the time you "
           "spent with our team.\n\nWe have reviewed your candidacy carefully and regret that it will not be "
           "progressed any further.\n\nKind regards,\nNorthwind Talent Acquisition\n\nThis mailbox is not "
           "monitored."),
    posted("acknowledgement", "en", "Dear Sam,\n\nThank you for completing your interview. Your application is "
           "now with the hiring team for review, and we aim to get back to every candidate within 10 working "
           "days.\n\nNorthwind Talent Acquisition\n\nThis mailbox is not monitored."),
    said("rejection", "en", "Hi Sam,\n\nI'm sorry to say we're not in a position to offer you the role at this "
         "time. The team felt another candidate's experience was a closer match.\n\nPriya"),
    said("offer", "en", "Hi Sam,\n\nGreat news - the team would love to have you join as our Data Engineer! "
         "I'll send the written offer with all the details tomorrow; let me know a good time to talk it "
         "through.\n\nPriya"),
    said("next_step", "en", "Hi Sam,\n\nWould you be free to meet our Head of Data for a 45-minute chat "
         "sometime next week? Let me know what suits you.\n\nPriya"),
    said("next_step", "en", "Hi Sam,\n\nThe team enjoyed meeting you. Please grab a slot for the technical "
         "round here: https://calendly.com/northwind-hiring/technical-round\n\nThanks,\nPriya"),
    said("next_step", "en", "Hi Sam,\n\nApologies - something came up for our CTO on Thursday. Could we move "
         "your final interview to Monday 9 June at 14:00 instead?\n\nPriya"),
    said("next_step", "en", "Hi Sam,\n\nI have to cancel tomorrow's interview as the interviewer is off sick. "
         "I'll come back to you with new times early next week.\n\nSorry for the short notice,\nPriya"),
    said("acknowledgement", "en", "Thanks Sam, got it!"),
    said("other", "en", "Hi Sam,\n\nCould you send me your updated CV with the dates of your last role? The "
         "hiring manager asked for it.\n\nThanks,\nPriya"),
    said("other", "en", "Hi Sam,\n\nQuick question: what is your notice period at your current "
         "employer?\n\nPriya"),
    alert("en", "New jobs at Northwind that match your profile", "Hi Sam,\n\nHere are new roles we think you'll "
          "like:\n\nSenior Data Engineer - Berlin\nAnalytics Engineer - Remote\nML Platform Engineer - "
          "Amsterdam\n\nView all jobs: https://careers.northwind.example/jobs\n\nYou are receiving this because "
          "you created a job alert. Manage your alerts: https://careers.northwind.example/alerts"),
    said("other", "en", "Hi Sam,\n\nAs promised in my last email, I'm happy to walk you through the panel's "
         "feedback. Would Thursday at 4pm work for a 15-minute call?\n\nPriya"),
    said("auto_reply", "en", "Hi,\n\nI'm away from my desk until Monday 16 June with limited access to email. "
         "For anything urgent please contact talent@northwind.example.\n\nPriya"),
    # ------------------------------------------------------------------ German
    said("rejection", "de", "Hallo Sam,\n\nvielen Dank für das angenehme Gespräch und die Zeit, die Sie sich "
         "für uns genommen haben. Ihr Profil hat uns gut gefallen, und die Fallstudie war sehr "
         "überzeugend.\n\nNach reiflicher Überlegung haben wir uns jedoch entschieden, den Prozess mit einer "
         "anderen Kandidatin fortzusetzen.\n\nViele Grüße\nJulia"),
    said("rejection", "de", "Hallo Sam,\n\nleider sind wir derzeit nicht in der Lage, Ihnen ein Angebot zu "
         "machen.\n\nViele Grüße\nJulia"),
    said("rejection", "de", "Hallo Sam,\n\nwir werden Ihre Bewerbung, nach intensiver Abstimmung im Team und "
         "mit der Fachabteilung, nicht weiter berücksichtigen.\n\nBeste Grüße\nJulia"),
    said("rejection", "de", "Hallo Sam,\n\ndie Stelle wurde intern vorerst auf Eis gelegt, daher können wir "
         "das Verfahren aktuell nicht weiterführen. Das tut mir sehr leid.\n\nJulia"),
    posted("rejection", "de", "Sehr geehrte/r Sam Taylor,\n\nvielen Dank für Ihr Interesse an Brandt Logistik. "
           "Nach sorgfältiger Prüfung müssen wir Ihnen mitteilen, dass Ihre Kandidatur nicht weiter verfolgt "
           "wird.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n\nDiese E-Mail wurde automatisch erstellt. "
           "Bitte antworten Sie nicht auf diese Nachricht."),
    said("offer", "de", "Hallo Sam,\n\nwir freuen uns sehr, Ihnen die Position als Data Engineer anbieten zu "
         "können! Den Vertragsentwurf schicke ich Ihnen morgen.\n\nJulia"),
    said("next_step", "de", "Hallo Sam,\n\nwir würden Sie gern zu einer zweiten Runde einladen. Passt Ihnen "
         "Dienstag, 10. Juni, 14 Uhr oder Mittwoch, 11. Juni, 9 Uhr?\n\nJulia"),
    said("next_step", "de", "Hallo Sam,\n\nleider muss ich unseren Termin am Donnerstag verschieben. Ginge "
         "stattdessen Freitag um 11 Uhr?\n\nJulia"),
    said("acknowledgement", "de", "Danke, ist angekommen! Ich leite es weiter.\n\nVG Julia"),
    said("acknowledgement", "de", "Hallo Sam,\n\nwir haben intern noch nicht final entschieden. Ich melde mich "
         "spätestens bis Freitag, 13. Juni bei Ihnen.\n\nJulia"),
    said("other", "de", "Hallo Sam,\n\nkönnen Sie mir noch Ihre Gehaltsvorstellung und den frühestmöglichen "
         "Eintrittstermin nennen?\n\nDanke und Gruß\nJulia"),
    alert("de", "Neue Stellen für Sie", "Hallo Sam,\n\ndiese neuen Stellenangebote passen zu Ihrem "
          "Suchprofil:\n\n- Data Analyst (m/w/d) - Hamburg\n- Senior Data Engineer (m/w/d) - Remote\n\nAlle "
          "Stellen ansehen: https://karriere.brandt-logistik.example\n\nSie erhalten diese E-Mail, weil Sie "
          "einen Job-Alert angelegt haben. Abmelden: https://karriere.brandt-logistik.example/alert/abmelden"),
    said("other", "de", "Hallo Sam,\n\nwie versprochen gebe ich Ihnen gern noch ein ausführliches Feedback zum "
         "Gespräch. Hätten Sie Montag kurz Zeit für ein Telefonat?\n\nJulia"),
    said("next_step", "de", "Hallo Sam,\n\nbitte buchen Sie sich über diesen Link einen Termin für das "
         "Fachgespräch: https://outlook.office365.com/owa/calendar/Recruiting@brandt-logistik.example/bookings/"
         "\n\nJulia"),
    # ------------------------------------------------------------------ French
    said("rejection", "fr", "Bonjour Sam,\n\nMerci pour votre temps. Après échange avec l'équipe, votre "
         "candidature ne passe pas à l'étape suivante. Nous vous souhaitons une bonne continuation.\n\nClaire"),
    said("rejection", "fr", "Bonjour Sam,\n\nUn grand merci pour votre disponibilité et la qualité de nos "
         "échanges. L'équipe a beaucoup apprécié votre présentation.\n\nNous avons toutefois fait le choix de "
         "poursuivre avec un autre profil, plus proche de nos besoins immédiats.\n\nBien cordialement,\nClaire"),
    said("rejection", "fr", "Bonjour Sam,\n\nNous ne sommes malheureusement pas, à l'issue de cette dernière "
         "étape et après de longues discussions, en mesure de donner une suite favorable à votre "
         "candidature.\n\nClaire"),
    said("rejection", "fr", "Bonjour Sam,\n\nLe recrutement sur ce poste est mis en pause jusqu'à nouvel ordre ; "
         "nous clôturons donc les candidatures en cours. J'en suis désolée.\n\nClaire"),
    posted("rejection", "fr", "Madame, Monsieur,\n\nNous vous remercions de l'intérêt que vous portez à Lumière "
           "Conseil. Après examen attentif, nous avons le regret de vous informer que votre candidature n'a pas "
           "été retenue.\n\nL'équipe Recrutement\n\nCe message est envoyé automatiquement, merci de ne pas y "
           "répondre."),
    said("offer", "fr", "Bonjour Sam,\n\nJ'ai le plaisir de vous annoncer que nous souhaitons vous faire une "
         "proposition d'embauche pour le poste de Data Engineer !\n\nClaire"),
    said("rejection", "fr", "Bonjour Sam,\n\nNous ne sommes pas en mesure de vous faire une offre pour ce poste. "
         "Merci encore pour votre intérêt.\n\nClaire"),
    said("next_step", "fr", "Bonjour Sam,\n\nSeriez-vous disponible pour un dernier entretien avec notre "
         "directeur technique la semaine prochaine ?\n\nClaire"),
    said("next_step", "fr", "Bonjour Sam,\n\nJe dois malheureusement décaler notre entretien de jeudi. Seriez-"
         "vous disponible lundi 9 juin à 10h ?\n\nClaire"),
    said("acknowledgement", "fr", "Bien reçu, merci Sam ! Je transmets à l'équipe.\n\nClaire"),
    said("acknowledgement", "fr", "Bonjour Sam,\n\nNous n'avons pas encore pris de décision, je reviens vers vous "
         "d'ici la fin de la semaine prochaine.\n\nClaire"),
    said("other", "fr", "Bonjour Sam,\n\nPourriez-vous me transmettre votre portfolio en PDF ? Le manager "
         "souhaite le revoir.\n\nMerci,\nClaire"),
    alert("fr", "Nouvelles offres pour vous", "Bonjour Sam,\n\nDe nouvelles offres correspondent à vos "
          "critères :\n\n- Consultant Data (H/F) - Lyon\n- Chef de projet BI (H/F) - Paris\n\nVoir toutes les "
          "offres : https://carrieres.lumiere-conseil.example\n\nVous recevez cet e-mail car vous avez créé une "
          "alerte emploi. Se désabonner : https://carrieres.lumiere-conseil.example/alertes"),
    said("next_step", "fr", "Bonjour Sam,\n\nVous pouvez réserver un créneau pour l'entretien technique "
         "directement ici : https://calendly.com/lumiere-rh/entretien-technique\n\nClaire"),
    said("other", "fr", "Bonjour Sam,\n\nComme convenu, je vous propose un court échange téléphonique pour vous "
         "faire un retour détaillé sur votre entretien. Jeudi 16h vous conviendrait ?\n\nClaire"),
    # ------------------------------------------------------------------ Spanish
    said("rejection", "es", "Hola Sam:\n\nMuchas gracias por tu tiempo y por el interés mostrado. Nos gustó "
         "mucho conocerte y tu prueba técnica estaba muy bien planteada.\n\nDicho esto, hemos decidido seguir "
         "adelante con otra persona cuyo perfil encaja mejor en este momento.\n\nUn saludo,\nLucía"),
    said("rejection", "es", "Hola Sam:\n\nLamentablemente, y tras valorarlo con todo el equipo durante esta "
         "semana, no vamos a continuar con tu candidatura.\n\nLucía"),
    posted("rejection", "es", "Estimado/a candidato/a:\n\nGracias por tu interés en Solaria. Te comunicamos que "
           "tu candidatura no ha sido seleccionada para continuar en el proceso.\n\nEquipo de Selección\n\nEste "
           "correo se ha generado automáticamente; por favor, no respondas a este mensaje."),
    said("rejection", "es", "Hola Sam:\n\nEl proceso para este puesto se ha paralizado por decisión de la "
         "dirección y no vamos a cubrir la vacante este año. Siento no traerte mejores noticias.\n\nLucía"),
    said("offer", "es", "Hola Sam:\n\n¡Enhorabuena! Nos encantaría ofrecerte el puesto de Data Engineer. Te "
         "envío la propuesta por escrito esta tarde.\n\nLucía"),
    said("rejection", "es", "Hola Sam:\n\nPor ahora no estamos en condiciones de hacerte una oferta. Gracias de "
         "nuevo por todo.\n\nLucía"),
    said("next_step", "es", "Hola Sam:\n\n¿Te vendría bien una última entrevista con nuestro CTO el martes 10 o "
         "el miércoles 11 por la mañana?\n\nLucía"),
    said("next_step", "es", "Hola Sam:\n\nTe escribo para cambiar la entrevista del jueves: ¿podríamos pasarla "
         "al lunes 9 a las 12:00?\n\nLucía"),
    said("acknowledgement", "es", "Recibido, ¡gracias Sam! Se lo paso al equipo.\n\nLucía"),
    said("acknowledgement", "es", "Hola Sam:\n\nSeguimos revisando las candidaturas. Te diremos algo antes del "
         "viernes 13.\n\nLucía"),
    said("other", "es", "Hola Sam:\n\nUna pregunta: ¿cuál sería tu disponibilidad para incorporarte y tu banda "
         "salarial?\n\nLucía"),
    alert("es", "Nuevas ofertas que te pueden interesar", "Hola Sam:\n\nEstas son las nuevas ofertas que "
          "encajan con tu búsqueda:\n\n- Analista de Datos - Madrid\n- Data Engineer Senior - Remoto\n\nVer "
          "todas las ofertas: https://empleo.solaria.example\n\nRecibes este correo porque creaste una alerta de "
          "empleo. Darte de baja: https://empleo.solaria.example/alertas"),
    said("other", "es", "Hola Sam:\n\nComo te comenté, me gustaría darte feedback sobre el proceso. ¿Tienes 15 "
         "minutos el jueves para una llamada?\n\nLucía"),
    said("next_step", "es", "Hola Sam:\n\nPuedes elegir el hueco que mejor te venga para la entrevista técnica "
         "aquí: https://calendly.com/solaria-talento/entrevista-tecnica\n\nLucía"),
    # ------------------------------------------------------------------ Dutch
    said("rejection", "nl", "Hoi Sam,\n\nDank je wel voor je tijd en de fijne gesprekken. Het team was onder de "
         "indruk van je ervaring.\n\nUiteindelijk hebben we er toch voor gekozen om verder te gaan met een "
         "andere kandidaat.\n\nGroet,\nDaan"),
    said("rejection", "nl", "Hoi Sam,\n\nNa lang wikken en wegen, en na overleg met het hele team, nemen we je "
         "sollicitatie helaas niet verder in behandeling.\n\nDaan"),
    posted("rejection", "nl", "Beste Sam,\n\nBedankt voor je interesse in Polder Data. Helaas moeten we je laten "
           "weten dat je sollicitatie niet is geselecteerd voor de volgende ronde.\n\nTeam Werving\n\nDit is een "
           "automatisch bericht; je kunt hier niet op reageren."),
    said("rejection", "nl", "Hoi Sam,\n\nDe vacature is voorlopig stopgezet in verband met een reorganisatie. "
         "Vervelend om je dit te moeten laten weten.\n\nDaan"),
    said("offer", "nl", "Hoi Sam,\n\nGoed nieuws: we willen je graag een aanbod doen voor de functie van Data "
         "Engineer! Ik bel je morgen om het door te nemen.\n\nDaan"),
    said("rejection", "nl", "Hoi Sam,\n\nWe zijn op dit moment helaas niet in de positie om je een aanbod te "
         "doen.\n\nDaan"),
    said("next_step", "nl", "Hoi Sam,\n\nZou je volgende week een keer langs willen komen om kennis te maken met "
         "het team?\n\nDaan"),
    said("next_step", "nl", "Hoi Sam,\n\nPlan hier een moment in voor het tweede gesprek: "
         "https://calendly.com/polderdata/tweede-gesprek\n\nDaan"),
    said("next_step", "nl", "Hoi Sam,\n\nHelaas moet ik ons gesprek van donderdag verzetten. Kan het ook "
         "vrijdag 13 juni om 10:00?\n\nDaan"),
    said("acknowledgement", "nl", "Top, ontvangen! Dank je.\n\nDaan"),
    said("acknowledgement", "nl", "Hoi Sam,\n\nWe zijn er nog niet uit. Ik laat het je uiterlijk volgende week "
         "vrijdag weten.\n\nDaan"),
    said("other", "nl", "Hoi Sam,\n\nKun je me nog een kopie van je diploma sturen? Dat hebben we nodig voor "
         "het dossier.\n\nDaan"),
    alert("nl", "Nieuwe vacatures voor jou", "Hoi Sam,\n\nDeze nieuwe vacatures passen bij je zoekprofiel:\n\n"
          "- Data Analist - Utrecht\n- Senior Data Engineer - Amsterdam\n\nBekijk alle vacatures: "
          "https://werkenbij.polderdata.example\n\nJe ontvangt deze e-mail omdat je een vacature-alert hebt "
          "ingesteld. Afmelden: https://werkenbij.polderdata.example/alerts"),
    said("other", "nl", "Hoi Sam,\n\nZoals beloofd wil ik je graag wat feedback geven over je gesprek. Schikt "
         "het morgen om 16:00 voor een belletje?\n\nDaan"),
    # ------------------------------------------------------------------ Italian
    said("rejection", "it", "Ciao Sam,\n\ngrazie ancora per il tempo che ci hai dedicato e per la bella "
         "chiacchierata. Il team ha apprezzato molto la tua preparazione.\n\nAbbiamo però deciso di proseguire "
         "con un altro profilo, più in linea con le esigenze attuali.\n\nUn caro saluto,\nGiulia"),
    said("rejection", "it", "Ciao Sam,\n\npurtroppo, dopo un'attenta valutazione insieme al responsabile del "
         "team, la tua candidatura non è stata, in questa occasione, selezionata per la fase successiva.\n\n"
         "Giulia"),
    posted("rejection", "it", "Gentile candidato,\n\nla ringraziamo per l'interesse dimostrato verso Vela "
           "Software. Siamo spiacenti di comunicarle che la sua candidatura non è stata ritenuta in linea con il "
           "profilo ricercato.\n\nUfficio Risorse Umane\n\nQuesta è una email automatica, si prega di non "
           "rispondere."),
    said("rejection", "it", "Ciao Sam,\n\nla posizione è stata sospesa a causa di una riorganizzazione interna, "
         "quindi chiudiamo la selezione. Mi dispiace molto.\n\nGiulia"),
    said("offer", "it", "Ciao Sam,\n\nsono felice di comunicarti che vorremmo offrirti la posizione di Data "
         "Engineer! Ti mando la proposta scritta domani.\n\nGiulia"),
    said("rejection", "it", "Ciao Sam,\n\nal momento non siamo nelle condizioni di farti un'offerta. Grazie "
         "ancora per il tuo tempo.\n\nGiulia"),
    said("next_step", "it", "Ciao Sam,\n\nti andrebbe bene un secondo colloquio martedì 10 o mercoledì 11 giugno "
         "nel pomeriggio?\n\nGiulia"),
    said("next_step", "it", "Ciao Sam,\n\npurtroppo dobbiamo annullare il colloquio di domani per un imprevisto. "
         "Ti propongo di spostarlo a venerdì alle 11:00, ti va bene?\n\nGiulia"),
    said("acknowledgement", "it", "Ricevuto, grazie! Lo giro al team.\n\nGiulia"),
    said("acknowledgement", "it", "Ciao Sam,\n\nnon abbiamo ancora preso una decisione, ti aggiorno entro "
         "venerdì 13 giugno.\n\nGiulia"),
    said("other", "it", "Ciao Sam,\n\nmi potresti dire il tuo periodo di preavviso e la RAL attuale?\n\nGrazie,\n"
         "Giulia"),
    alert("it", "Nuove offerte di lavoro per te", "Ciao Sam,\n\necco le nuove offerte in linea con la tua "
          "ricerca:\n\n- Data Analyst - Milano\n- Senior Data Engineer - Da remoto\n\nVedi tutte le offerte: "
          "https://lavora.velasoftware.example\n\nRicevi questa email perché hai attivato un avviso di lavoro. "
          "Disattiva: https://lavora.velasoftware.example/avvisi"),
    said("next_step", "it", "Ciao Sam,\n\npuoi prenotare lo slot per il colloquio tecnico qui: "
         "https://calendly.com/vela-hr/colloquio-tecnico\n\nGiulia"),
    said("other", "it", "Ciao Sam,\n\ncome promesso, mi farebbe piacere darti un feedback sul colloquio. Hai "
         "dieci minuti giovedì per una telefonata?\n\nGiulia"),
    said("auto_reply", "it", "Buongiorno,\n\nsono in ferie fino al 16 giugno con accesso limitato alla posta. "
         "Per urgenze scrivete a hr@velasoftware.example.\n\nGiulia Rossi"),
    # ------------------------------------------------------------------ Portuguese
    said("offer", "pt", "Olá Sam,\n\ntemos o prazer de lhe fazer uma proposta para a vaga de Engenheiro de Dados "
         "no nosso time! Te ligo amanhã para conversarmos.\n\nAna"),
    said("rejection", "pt", "Olá Sam,\n\nmuito obrigada pela sua participação e pelo tempo dedicado. Gostamos "
         "bastante da conversa e do seu case.\n\nNo entanto, optamos por seguir com outro candidato cujo perfil "
         "está mais alinhado neste momento.\n\nAbraços,\nAna"),
    said("rejection", "pt", "Olá Sam,\n\ninfelizmente, depois de muita conversa com a liderança e o time técnico "
         "nesta semana, não vamos dar sequência à sua candidatura.\n\nAna"),
    posted("rejection", "pt", "Prezado(a) candidato(a),\n\nagradecemos o seu interesse na Ipê Digital. Informamos "
           "que o seu perfil não foi selecionado para as próximas etapas.\n\nEquipe de Talentos\n\nEsta é uma "
           "mensagem automática, por favor não responda."),
    said("rejection", "pt", "Olá Sam,\n\na vaga foi congelada por tempo indeterminado, por isso encerramos o "
         "processo. Sinto muito.\n\nAna"),
    said("rejection", "pt", "Olá Sam,\n\nno momento não temos condições de fazer uma proposta para você. Obrigada "
         "por tudo.\n\nAna"),
    said("acknowledgement", "pt", "Olá Sam,\n\nno momento ainda estamos avaliando os candidatos; te dou um retorno "
         "até sexta, dia 13.\n\nAna"),
    said("next_step", "pt", "Olá Sam,\n\nvocê teria disponibilidade para uma conversa com o nosso CTO na próxima "
         "semana?\n\nAna"),
    said("next_step", "pt", "Olá Sam,\n\nprecisamos remarcar a entrevista de quinta. Pode ser na segunda, dia 9, "
         "às 14h?\n\nAna"),
    said("acknowledgement", "pt", "Recebido, obrigada! Já encaminhei para o time.\n\nAna"),
    said("other", "pt", "Oi Sam,\n\npode me mandar seu portfólio atualizado? O gestor pediu para dar mais uma "
         "olhada.\n\nAna"),
    alert("pt", "Novas vagas para você", "Olá Sam,\n\nconfira as novas vagas que combinam com o seu perfil:\n\n"
          "- Analista de Dados - São Paulo\n- Engenheiro de Dados Sênior - Remoto\n\nVer todas as vagas: "
          "https://carreiras.ipedigital.example\n\nVocê recebe este e-mail porque criou um alerta de vagas. "
          "Cancelar: https://carreiras.ipedigital.example/alertas"),
    said("next_step", "pt", "Olá Sam,\n\nagende aqui o melhor horário para a entrevista técnica: "
         "https://calendly.com/ipedigital/entrevista-tecnica\n\nAna"),
    said("other", "pt", "Olá Sam,\n\ncomo prometido, gostaria de te dar um feedback sobre o processo. Você tem 15 "
         "minutos na quinta para uma ligação?\n\nAna"),
]


def _ids(cases: list[Reply]) -> list[str]:
    return [f"{n:03d}-{case.lang}-{case.kind}" for n, case in enumerate(cases)]


@pytest.mark.parametrize("case", RECEIVED, ids=_ids(RECEIVED))
def test_a_reply_worded_apart_from_the_lists_is_read_for_what_it_says(case: Reply) -> None:
    mail, result = read(case)
    assert mail.unreadable is None
    assert result.kind == case.kind, result.reasons


# ------------------------------------------------------------------ sent mail
SAM = "Sam Taylor <sam.taylor@example.org>"
SENT = [
    ("thank_you", "en", "Thanks - Northwind interview today", "Hi Priya,\n\nThank you for taking the time to talk "
     "with me today about the Data Engineer role. I enjoyed hearing how the team works and I'm excited about "
     "the opportunity.\n\nBest,\nSam"),
    ("follow_up", "en", "Data Engineer - checking in", "Hi Priya,\n\nI hope you're well. I wanted to check in on "
     "the Data Engineer role - is there any update on the timeline?\n\nBest,\nSam"),
    ("other", "en", "Re: Second round", "Hi Priya,\n\nTuesday at 10:00 works for me. See you then!\n\nSam"),
    ("thank_you", "de", "Danke für das Gespräch heute", "Hallo Julia,\n\nherzlichen Dank für das offene Gespräch "
     "heute. Die Aufgaben im Team reizen mich sehr.\n\nViele Grüße\nSam"),
    ("follow_up", "de", "Nachfrage zu meiner Bewerbung", "Hallo Julia,\n\nich wollte kurz nachfragen, ob es "
     "schon Neuigkeiten zu meiner Bewerbung gibt.\n\nViele Grüße\nSam"),
    ("follow_up", "fr", "Suite à notre entretien", "Bonjour Claire,\n\nJe me permets de revenir vers vous afin "
     "de savoir si vous aviez des nouvelles concernant ma candidature.\n\nBien cordialement,\nSam"),
    ("thank_you", "es", "Gracias por la entrevista de hoy", "Hola Lucía:\n\nMuchas gracias por la conversación de "
     "hoy, me ha encantado conocer al equipo.\n\nUn saludo,\nSam"),
    ("follow_up", "nl", "Stand van zaken sollicitatie", "Hoi Daan,\n\nIk wilde even informeren hoe het staat met "
     "mijn sollicitatie. Is er al meer bekend?\n\nGroet,\nSam"),
    ("thank_you", "it", "Grazie per il colloquio di oggi", "Ciao Giulia,\n\ngrazie mille per il colloquio di oggi, "
     "è stato un piacere conoscere il team.\n\nA presto,\nSam"),
    ("other", "pt", "Re: Documentos", "Olá Ana,\n\nsegue em anexo o meu portfólio atualizado, conforme "
     "pedido.\n\nAbraços,\nSam"),
]


def _sent(subject: str, text: str) -> bytes:
    head = (f"From: {SAM}\r\nTo: recruiter@employer.example\r\nSubject: {Header(subject, 'utf-8').encode()}\r\n"
            f"Message-ID: <{crc32(text.encode())}.sent@example.org>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
    return head.encode("ascii") + text.replace("\n", "\r\n").encode("utf-8")


@pytest.mark.parametrize("kind,lang,subject,text", SENT, ids=[f"{n:03d}-{s[1]}-{s[0]}" for n, s in enumerate(SENT)])
def test_sent_mail_worded_apart_from_the_lists_is_labelled(kind: str, lang: str, subject: str, text: str) -> None:
    mail = parse_message(_sent(subject, text), account="work", folder="Sent", uid=9,
                         arrival=datetime(2025, 6, 4, 9, 30, tzinfo=timezone.utc),
                         me=frozenset({"sam.taylor@example.org"}), sent_folder=True)
    assert classify(mail).kind == kind


def test_the_fresh_replies_cover_seven_languages_and_every_hard_kind() -> None:
    assert len(RECEIVED) + len(SENT) >= 100
    for kind in ("rejection", "offer", "next_step", "acknowledgement", "other", "bulk"):
        assert {case.lang for case in RECEIVED if case.kind == kind} == set(LANGS), kind


# ------------------------------------------------------------------ the words that decide, and their look-alikes
DECIDING = [
    # "kein Angebot", wherever the verb stands; "noch kein Angebot" is a decision still to come.
    _short("rejection", "de", "Hallo Sam,\n\nleider haben wir beschlossen, Ihnen kein Angebot zu machen.\n\nJulia"),
    _short("acknowledgement", "de", "Hallo Sam,\n\nwir können Ihnen noch kein Angebot machen, melden uns aber bis "
          "Freitag, 13. Juni.\n\nJulia"),
    # Spanish "no" is Portuguese "in the": it refuses no Portuguese offer, and a Spanish one it does.
    _short("offer", "pt", "Olá Sam,\n\ndecidimos no comitê te oferecer a vaga de Engenheiro de Dados!\n\nAna"),
    _short("rejection", "es", "Hola Sam:\n\nlamentablemente no podemos ofrecerte el puesto.\n\nLucía"),
    # The role on hold ends the process; the application on hold while others are seen does not.
    _short("rejection", "en", "Hi Sam,\n\nThe role is on hold for now.\n\nPriya"),
    _short("acknowledgement", "en", "Hi Sam,\n\nYour application is on hold while we finish the first round; we "
          "will be in touch by Friday 13 June.\n\nPriya"),
    # An offer made to someone else; an offer decided for the candidate, named.
    _short("rejection", "en", "Hi Sam,\n\nWe have decided to make an offer to another candidate.\n\nPriya"),
    _short("offer", "en", "Hi Sam,\n\nThe panel was unanimous: let's make Sam an offer for the Data Engineer "
          "role.\n\nPriya"),
    _short("offer", "nl", "Hoi Sam,\n\nWe willen je graag aanbieden om bij ons te beginnen als data-analist; het "
          "contract volgt.\n\nDaan"),
    # A recruiter's first approach about another post asks for a call: no step of this process.
    _short("other", "it", "Buongiorno Sam,\n\nho visto il tuo profilo su LinkedIn e credo che potresti essere "
          "interessato a una posizione presso un nostro cliente a Torino. Saresti disponibile per una breve "
          "chiamata giovedì alle 11:00?\n\nMarco"),
    _short("other", "en", "Hi Sam,\n\nI came across your profile and think you'd be a great fit for a Staff "
          "Engineer opening at a fintech client. Do you have 15 minutes on Thursday?\n\nPriya"),
    # A team's own debrief is no feedback offered: the news to share on a call is the step.
    _short("next_step", "en", "Hi Sam,\n\nThe team had their debrief this afternoon and I have some news I'd like "
          "to share over the phone. Would you have 15 minutes tomorrow at 10:00?\n\nPriya"),
    # Feedback beside a step of the process offered: the step.
    _short("next_step", "en", "Hi Sam,\n\nHappy to share the panel's feedback: they'd like to invite you to the "
          "final round. Would Thursday 12 June at 10:00 work?\n\nPriya"),
    _short("next_step", "fr", "Bonjour Sam,\n\nMerci pour votre patience. Nous souhaitons vous proposer un entretien "
          "final avec le directeur associé le 12 juin à 10 h.\n\nClaire"),
]


@pytest.mark.parametrize("case", DECIDING, ids=_ids(DECIDING))
def test_the_deciding_words_and_their_look_alikes(case: Reply) -> None:
    assert read(case)[1].kind == case.kind
