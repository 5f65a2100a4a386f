"""Replies on the boundaries between kinds, written apart from the phrase lists, in seven languages.

Read whole as a scan reads them (quoted thanks below them, HTML only, quoted-printable,
windows-1252; built by the builder of tests/test_classify_people_replies.py). The boundaries:

- a holding reply that names who will be in touch "for the next steps" (acknowledgement) against
  an invitation to a further round, and a candidate moved on with a coordinator to book it
  (next_step);
- a recruiter's questions before a round already set (notice period, salary): other;
- good wishes after the candidate turned an offer down: other, no rejection;
- offers made in a modal or a noun ("möchte Ihnen ein Angebot ... machen"), and offers with a
  negation beside them ("no need to keep you waiting");
- rejections with asides and negations ("not an easy decision, and no reflection on you, but"),
  from a person or a no-reply address, in non-native English, or after paragraphs of thanks;
- steps already taken ("thanks for sending back the case study"): no next step;
- mail nobody can read (encrypted, an image alone, bytes in no charset): unknown.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from itertools import cycle

import pytest

from tests.test_classify_people_replies import FORMS, LANGS, SENDERS, THANKS_SUBJECT, Reply, _ids, read
from tests.test_reply_kinds_fresh import marek, posted, said
from watcher.classify import classify
from watcher.model import HEARD_BACK_KINDS, UNKNOWN_KIND
from watcher.parse import parse_message

_FORMS = cycle(FORMS[::-1])

OFFER_SUBJECT = {
    "en": "Re: Offer - Data Engineer",
    "de": "AW: Angebot - Data Engineer",
    "fr": "RE: Proposition - Data Engineer",
    "es": "RE: Oferta - Data Engineer",
    "nl": "Re: Aanbod - Data Engineer",
    "it": "R: Proposta - Data Engineer",
    "pt": "RE: Proposta - Engenheiro de Dados",
}


def after_offer(kind: str, lang: str, text: str) -> Reply:
    """A person's answer to the candidate's mail about an offer (its quote written in the text)."""
    sender, company = SENDERS[lang]
    return Reply(kind, lang, text, sender, company, OFFER_SUBJECT[lang], quote="none", form=next(_FORMS))


HOLDING = [
    said("acknowledgement", "en", "Hi Sam,\n\nThanks for your note. I've passed your details on to Jordan, our "
         "hiring manager, who will contact you for the next steps.\n\nBest,\nPriya"),
    said("acknowledgement", "en", "Hi Sam, thanks! The team is still meeting candidates this week; someone from "
         "HR will reach out about next steps once a decision is made.\n\nPriya"),
    said("acknowledgement", "de", "Hallo Sam,\n\nvielen Dank für Ihre Nachricht. Frau Weber aus der "
         "Personalabteilung wird sich bezüglich der nächsten Schritte bei Ihnen melden.\n\nViele Grüße\nJulia"),
    said("acknowledgement", "fr", "Bonjour Sam,\n\nMerci pour votre message. Notre responsable RH, Marc, "
         "reviendra vers vous pour la suite du processus.\n\nCordialement,\nClaire"),
    said("acknowledgement", "es", "Hola Sam:\n\nGracias por tu mensaje. Nuestra responsable de RR. HH. se pondrá "
         "en contacto contigo para los próximos pasos.\n\nUn saludo,\nLucía"),
    said("acknowledgement", "nl", "Hoi Sam,\n\nBedankt voor je bericht. Onze HR-collega Eva neemt contact met je "
         "op over de vervolgstappen.\n\nGroet,\nDaan"),
    said("acknowledgement", "it", "Ciao Sam,\n\ngrazie per il messaggio. La collega delle risorse umane ti "
         "contatterà per i prossimi passi.\n\nUn saluto,\nGiulia"),
    said("acknowledgement", "pt", "Olá Sam,\n\nObrigada pela mensagem. A nossa equipa de RH entrará em contacto "
         "consigo para os próximos passos.\n\nCumprimentos,\nAna"),
]

FURTHER_ROUND = [
    said("next_step", "en", "Hi Sam,\n\nGood news: we'd like to invite you to a second round with the "
         "engineering leads. I'll send over a few time options tomorrow.\n\nPriya"),
    said("next_step", "en", "Hi Sam,\n\nThe panel would like to move you forward to the final stage. Our "
         "coordinator, Jordan, will contact you to find a time.\n\nPriya"),
    said("next_step", "de", "Hallo Sam,\n\nwir würden Sie gerne zu einem zweiten Gespräch mit unserem "
         "Teamleiter einladen. Passt Ihnen Dienstag, der 10. Juni, um 14 Uhr?\n\nJulia"),
    said("next_step", "de", "Hallo Sam,\n\nSie sind eine Runde weiter! Frau Weber meldet sich bei Ihnen, um "
         "einen Termin für das Gespräch mit der Geschäftsführung zu vereinbaren.\n\nJulia"),
    said("next_step", "fr", "Bonjour Sam,\n\nNous aimerions vous convier à un second entretien avec l'équipe "
         "technique. Seriez-vous disponible mardi 10 juin à 14 h ?\n\nClaire"),
    said("next_step", "fr", "Bonjour Sam,\n\nVotre candidature a été retenue pour l'étape suivante. Marc vous "
         "contactera pour fixer un créneau.\n\nClaire"),
    said("next_step", "es", "Hola Sam:\n\nNos gustaría invitarte a una segunda entrevista con el equipo técnico. "
         "¿Te vendría bien el martes 10 de junio a las 14:00?\n\nLucía"),
    said("next_step", "es", "Hola Sam:\n\nHas pasado a la siguiente fase. Nuestra coordinadora te escribirá "
         "para cerrar una fecha.\n\nLucía"),
    said("next_step", "nl", "Hoi Sam,\n\nWe willen je graag uitnodigen voor een tweede gesprek met het team. "
         "Past dinsdag 10 juni om 14.00 uur?\n\nDaan"),
    said("next_step", "nl", "Hoi Sam,\n\nJe bent door naar de volgende ronde! Eva neemt contact met je op om "
         "een moment te plannen.\n\nDaan"),
    said("next_step", "it", "Ciao Sam,\n\nvorremmo invitarti a un secondo colloquio con il responsabile "
         "tecnico. Saresti disponibile martedì 10 giugno alle 14:00?\n\nGiulia"),
    said("next_step", "it", "Ciao Sam,\n\nsei passato alla fase successiva! La collega delle risorse umane ti "
         "contatterà per fissare una data.\n\nGiulia"),
    said("next_step", "pt", "Olá Sam,\n\nGostaríamos de convidá-lo para uma segunda entrevista com a equipa "
         "técnica. Terça-feira, 10 de junho, às 14h seria possível?\n\nAna"),
    said("next_step", "pt", "Olá Sam,\n\nPassou para a próxima fase! A nossa equipa de RH vai contactá-lo para "
         "marcar uma data.\n\nAna"),
]

BEFORE_A_ROUND = [
    said("other", "en", "Hi Sam,\n\nBefore your final round, could you tell me your notice period and your "
         "salary expectations?\n\nThanks,\nPriya"),
    said("other", "de", "Hallo Sam,\n\nvor Ihrem finalen Gespräch hätte ich noch zwei Fragen: Wie lang ist Ihre "
         "Kündigungsfrist, und was sind Ihre Gehaltsvorstellungen?\n\nJulia"),
    said("other", "fr", "Bonjour Sam,\n\nAvant votre dernier entretien, pourriez-vous me préciser votre préavis "
         "et vos prétentions salariales ?\n\nClaire"),
    said("other", "es", "Hola Sam:\n\nAntes de tu entrevista final, ¿podrías indicarme tu periodo de preaviso y "
         "tu banda salarial?\n\nLucía"),
    said("other", "nl", "Hoi Sam,\n\nVoor je laatste gesprek nog een vraag: wat is je opzegtermijn en wat zijn "
         "je salariswensen?\n\nDaan"),
    said("other", "it", "Ciao Sam,\n\nprima del colloquio finale, potresti dirmi qual è il tuo preavviso e la "
         "tua RAL attuale?\n\nGiulia"),
    said("other", "pt", "Olá Sam,\n\nAntes da sua entrevista final, pode dizer-me qual é o seu período de aviso "
         "prévio e a sua expectativa salarial?\n\nAna"),
]

AFTER_DECLINING = [
    after_offer("other", "en", "Hi Sam,\n\nThanks for letting me know - sorry to hear it, but I completely "
                "understand. Best of luck in the new role, and do stay in touch!\n\nPriya\n\n"
                "On Tue, 3 Jun 2025 at 18:02, Sam Taylor <sam.taylor@example.org> wrote:\n> Hi Priya,\n>\n"
                "> After a lot of thought I have decided to decline the offer, as I have accepted another "
                "position.\n>\n> Sam"),
    after_offer("other", "en", "Hi Sam, that's a shame for us, but congratulations on your new job. We wish you "
                "every success and hope our paths cross again.\n\nPriya"),
    after_offer("other", "de", "Hallo Sam,\n\nschade, aber ich verstehe Ihre Entscheidung natürlich. Ich wünsche "
                "Ihnen viel Erfolg bei Ihrer neuen Stelle!\n\nJulia\n\nAm 03.06.2025 um 18:02 schrieb Sam Taylor "
                "<sam.taylor@example.org>:\n> Hallo Frau Hartmann,\n> leider muss ich Ihr Angebot ablehnen, da "
                "ich mich für eine andere Stelle entschieden habe.\n> Sam Taylor"),
    after_offer("other", "fr", "Bonjour Sam,\n\nMerci de nous avoir prévenus. C'est dommage pour nous, mais nous "
                "comprenons votre choix. Nous vous souhaitons pleine réussite dans votre nouveau poste.\n\n"
                "Claire"),
    after_offer("other", "es", "Hola Sam:\n\nGracias por avisarnos. Es una pena, pero entendemos tu decisión. ¡Te "
                "deseamos mucho éxito en tu nuevo trabajo!\n\nLucía"),
    after_offer("other", "nl", "Hoi Sam,\n\nJammer, maar ik begrijp je keuze helemaal. Veel succes bij je nieuwe "
                "werkgever!\n\nDaan"),
    after_offer("other", "it", "Ciao Sam,\n\npeccato, ma capisco perfettamente la tua scelta. Ti auguro tanto "
                "successo nel nuovo lavoro!\n\nGiulia"),
    after_offer("other", "pt", "Olá Sam,\n\nQue pena, mas compreendo perfeitamente a sua decisão. Desejo-lhe "
                "muito sucesso no novo emprego!\n\nAna"),
]

OFFERS = [
    said("offer", "en", "Hi Sam,\n\nI won't keep you waiting: we'd like to offer you the Data Engineer position. "
         "Not everyone gets a unanimous yes from the panel, but you did!\n\nPriya"),
    said("offer", "en", "Hi Sam,\n\nI'm delighted to let you know that we are extending you an offer for the "
         "role. Paperwork to follow.\n\nPriya"),
    said("offer", "de", "Hallo Sam,\n\nich freue mich, Ihnen mitteilen zu können: Wir möchten Ihnen ein Angebot "
         "für die Stelle als Data Engineer machen. Den Vertragsentwurf schicke ich Ihnen morgen.\n\nJulia"),
    said("offer", "de", "Hallo Sam,\n\nohne lange Umschweife: Wir würden Ihnen die Stelle sehr gerne anbieten. "
         "Wann können wir über die Details sprechen?\n\nJulia"),
    said("offer", "fr", "Bonjour Sam,\n\nJ'ai le plaisir de vous annoncer que nous souhaitons vous faire une "
         "proposition d'embauche pour le poste de Data Engineer. Je vous envoie la promesse d'embauche dans la "
         "journée.\n\nClaire"),
    said("offer", "es", "Hola Sam:\n\n¡Enhorabuena! Nos encantaría que te unieras al equipo: queremos hacerte una "
         "oferta para el puesto. Te envío los detalles por la tarde.\n\nLucía"),
    said("offer", "nl", "Hoi Sam,\n\nGoed nieuws: we willen je graag een aanbod doen voor de functie van data "
         "engineer. Het contract stuur ik je morgen.\n\nDaan"),
    said("offer", "it", "Ciao Sam,\n\nsono felice di comunicarti che vorremmo farti una proposta di assunzione per "
         "il ruolo di Data Engineer. Ti mando la lettera domani.\n\nGiulia"),
    said("offer", "pt", "Olá Sam,\n\nTenho o prazer de lhe comunicar que gostaríamos de lhe fazer uma proposta "
         "para a posição de Engenheiro de Dados. Envio-lhe a carta-proposta amanhã.\n\nAna"),
]

REJECTIONS = [
    posted("rejection", "en", "Dear Sam,\n\nThank you for your interest in Northwind. We will not be proceeding "
           "with your candidacy.\n\nNorthwind Talent Acquisition"),
    said("rejection", "en", "Hi Sam,\n\nIt was not an easy decision, and it's no reflection on your skills, but "
         "we won't be moving forward with your application.\n\nPriya"),
    posted("rejection", "en", "Dear Sam,\n\nUnfortunately you have not been selected for the next stage of the "
           "process.\n\nNorthwind Talent Acquisition"),
    said("rejection", "de", "Hallo Sam,\n\nes war keine leichte Entscheidung, und sie sagt nichts über Ihre "
         "Fähigkeiten aus, aber wir werden Ihre Bewerbung nicht weiter berücksichtigen.\n\nJulia"),
    posted("rejection", "de", "Sehr geehrter Herr Taylor,\n\nwir bedauern, Ihnen mitteilen zu müssen, dass wir "
           "Ihre Kandidatur nicht weiterverfolgen werden.\n\nIhr Recruiting-Team"),
    said("rejection", "fr", "Bonjour Sam,\n\nCe n'était pas une décision facile, et cela ne remet pas en cause vos "
         "compétences, mais nous ne donnerons pas suite à votre candidature.\n\nClaire"),
    posted("rejection", "fr", "Bonjour Sam,\n\nNous sommes au regret de vous informer que votre candidature n'a pas "
           "été retenue.\n\nL'équipe Recrutement"),
    said("rejection", "es", "Hola Sam:\n\nNo ha sido una decisión fácil y no tiene que ver con tu valía, pero no "
         "seguiremos adelante con tu candidatura.\n\nLucía"),
    posted("rejection", "es", "Hola Sam:\n\nLamentamos comunicarte que el puesto ya ha sido cubierto. Gracias por "
           "tu interés.\n\nEquipo de Selección"),
    said("rejection", "nl", "Hoi Sam,\n\nHet was geen makkelijke beslissing en het zegt niets over je kwaliteiten, "
         "maar we gaan niet verder met je sollicitatie.\n\nDaan"),
    posted("rejection", "nl", "Beste Sam,\n\nHelaas moeten we je laten weten dat de vacature inmiddels is "
           "vervuld.\n\nTeam Werving"),
    said("rejection", "it", "Ciao Sam,\n\nnon è stata una decisione facile e non riguarda le tue competenze, ma non "
         "procederemo con la tua candidatura.\n\nGiulia"),
    posted("rejection", "it", "Gentile Sam,\n\nci dispiace informarti che la tua candidatura non è stata "
           "selezionata per le fasi successive.\n\nTeam HR"),
    said("rejection", "pt", "Olá Sam,\n\nNão foi uma decisão fácil e não tem a ver com as suas competências, mas "
         "não vamos avançar com a sua candidatura.\n\nAna"),
    posted("rejection", "pt", "Olá Sam,\n\nInformamos que a vaga já foi preenchida. Agradecemos o seu "
           "interesse.\n\nEquipa de Talentos"),
]

PLAIN_ENGLISH = [
    marek("rejection", "Dear Sam,\n\nthank you for your time. After internal discussion we have chosen to "
                  "continue the process with other profile. We wish you good luck.\n\nMarek"),
    marek("rejection", "Hello Sam,\n\nI inform you that the company decided to go ahead with another "
                  "candidate more aligned. Thanks anyway for your availability.\n\nMarek"),
    marek("rejection", "Dear Sam,\n\nwe regret to inform that your profile is not retained for the "
                  "position.\n\nBest regards,\nMarek"),
    marek("rejection", "Hi Sam,\n\nsorry but the client has preferred other candidate for this role. I will "
                  "keep your CV for future opportunity.\n\nMarek"),
    marek("next_step", "Dear Sam,\n\nwe are happy to inform you that you pass to the next phase. The "
                  "technical interview will be on 12 June at 10:00.\n\nMarek"),
]

LONG_THANKS = (
    ("en", "Hi Sam,\n\nThank you so much for the time you gave us over the last few weeks. The panel really "
     "enjoyed your presentation and the conversation about data contracts afterwards.\n\nWe know how much "
     "effort goes into a process like ours, and we are grateful for your patience while we met everyone.\n\n"
     "It has been a very close call. {decision}\n\nAll the best,\nPriya",
     "In the end we have decided to proceed with a candidate whose experience is closer to what the team needs "
     "right now."),
    ("de", "Hallo Sam,\n\nherzlichen Dank für die Zeit, die Sie sich in den letzten Wochen für uns genommen "
     "haben. Ihre Präsentation hat dem ganzen Team sehr gefallen.\n\nWir wissen, wie viel Aufwand ein solches "
     "Verfahren bedeutet, und danken Ihnen für Ihre Geduld.\n\nDie Entscheidung war knapp. {decision}\n\n"
     "Viele Grüße\nJulia",
     "Am Ende haben wir uns für eine Kandidatin entschieden, deren Erfahrung besser zu den aktuellen Aufgaben "
     "passt."),
    ("fr", "Bonjour Sam,\n\nMerci beaucoup pour le temps que vous nous avez consacré ces dernières semaines. "
     "Votre présentation a beaucoup plu à l'équipe.\n\nNous savons l'investissement que représente un tel "
     "processus et vous remercions de votre patience.\n\nLa décision a été serrée. {decision}\n\nBien à vous,\n"
     "Claire",
     "Nous avons finalement retenu un candidat dont l'expérience correspond davantage à nos besoins actuels."),
    ("es", "Hola Sam:\n\nMuchas gracias por el tiempo que nos has dedicado estas semanas. Al equipo le gustó "
     "mucho tu presentación.\n\nSabemos el esfuerzo que supone un proceso como el nuestro y te agradecemos la "
     "paciencia.\n\nHa estado muy reñido. {decision}\n\nUn abrazo,\nLucía",
     "Finalmente nos hemos decantado por otra persona cuya experiencia encaja mejor con lo que necesitamos "
     "ahora."),
    ("nl", "Hoi Sam,\n\nHartelijk dank voor de tijd die je de afgelopen weken in ons hebt gestoken. Het team vond "
     "je presentatie erg sterk.\n\nWe weten hoeveel moeite zo'n traject kost en danken je voor je geduld.\n\n"
     "Het was een nek-aan-nekrace. {decision}\n\nGroet,\nDaan",
     "Uiteindelijk hebben we gekozen voor een andere kandidaat wiens ervaring beter aansluit bij wat het team "
     "nu nodig heeft."),
    ("it", "Ciao Sam,\n\ngrazie di cuore per il tempo che ci hai dedicato in queste settimane. La tua "
     "presentazione è piaciuta molto al team.\n\nSappiamo quanto impegno richieda un percorso come il nostro e "
     "ti ringraziamo per la pazienza.\n\nLa scelta è stata difficile. {decision}\n\nUn caro saluto,\nGiulia",
     "Alla fine abbiamo deciso di proseguire con un altro candidato, con un'esperienza più vicina alle nostre "
     "esigenze attuali."),
    ("pt", "Olá Sam,\n\nMuito obrigada pelo tempo que nos dedicou nas últimas semanas. A equipa gostou muito da "
     "sua apresentação.\n\nSabemos o esforço que um processo destes exige e agradecemos a sua paciência.\n\n"
     "A decisão foi difícil. {decision}\n\nUm abraço,\nAna",
     "No final, optámos por outro candidato cuja experiência se ajusta melhor ao que a equipa precisa neste "
     "momento."),
)
AFTER_THANKS = [said("rejection", lang, body.format(decision=decision)) for lang, body, decision in LONG_THANKS]

PAST_STEPS = [
    said("acknowledgement", "en", "Hi Sam,\n\nThanks for sending back the case study - it arrived safely. The "
         "panel will review it this week and I'll be in touch by Friday.\n\nPriya"),
    said("acknowledgement", "en", "Hi Sam,\n\nThanks again for coming in for the second interview on Monday; the "
         "team enjoyed it. We are seeing two more candidates and will decide next week.\n\nPriya"),
    said("acknowledgement", "de", "Hallo Sam,\n\ndanke für die Zusendung der Fallstudie. Das Team schaut sie sich "
         "diese Woche an, ich melde mich bis Freitag.\n\nJulia"),
    said("acknowledgement", "fr", "Bonjour Sam,\n\nMerci de nous avoir renvoyé l'étude de cas. L'équipe l'examine "
         "cette semaine et je reviens vers vous d'ici vendredi.\n\nClaire"),
    said("acknowledgement", "es", "Hola Sam:\n\nGracias por enviarnos el caso práctico. El equipo lo revisará esta "
         "semana y te daré respuesta antes del viernes.\n\nLucía"),
    said("acknowledgement", "nl", "Hoi Sam,\n\nBedankt voor het terugsturen van de case. Het team bekijkt hem deze "
         "week; ik laat je uiterlijk vrijdag iets weten.\n\nDaan"),
    said("acknowledgement", "it", "Ciao Sam,\n\ngrazie per averci rimandato il caso di studio. Il team lo valuterà "
         "questa settimana e ti faccio sapere entro venerdì.\n\nGiulia"),
    said("acknowledgement", "pt", "Olá Sam,\n\nObrigada por nos ter enviado o estudo de caso. A equipa vai "
         "analisá-lo esta semana e dou-lhe notícias até sexta-feira.\n\nAna"),
]

# The same boundaries worded again, to read each kind and not its first example.
DECLINED_AGAIN = [
    after_offer("other", "en", "Hi Sam,\n\nThat's a pity, but thank you for being upfront. We wish you the best in "
                "your new job!\n\nPriya"),
    after_offer("other", "de", "Hallo Sam,\n\ndanke für Ihre offene Rückmeldung. Wir bedauern Ihre Absage, wünschen "
                "Ihnen aber alles Gute und viel Erfolg in Ihrer neuen Stelle.\n\nJulia"),
    after_offer("other", "fr", "Bonjour Sam,\n\nNous regrettons votre décision mais la respectons. Bonne continuation "
                "et pleine réussite dans vos nouvelles fonctions !\n\nClaire"),
    after_offer("other", "es", "Hola Sam:\n\nGracias por tu sinceridad. Lamentamos que no vayas a incorporarte, pero "
                "respetamos tu decisión. ¡Mucha suerte en tu nuevo puesto!\n\nLucía"),
    after_offer("other", "nl", "Hoi Sam,\n\nBedankt voor je eerlijke bericht. Jammer dat je ons aanbod niet aanneemt, "
                "maar we respecteren je keuze. Veel succes in je nieuwe baan!\n\nDaan"),
    after_offer("other", "it", "Ciao Sam,\n\nci dispiace che tu abbia deciso di non accettare la nostra offerta, ma "
                "rispettiamo la tua scelta. In bocca al lupo per il nuovo ruolo!\n\nGiulia"),
    after_offer("other", "pt", "Olá Sam,\n\nÉ pena que não aceite a nossa proposta, mas respeitamos a sua decisão. "
                "Desejamos-lhe muito sucesso no novo desafio!\n\nAna"),
]
BEFORE_AGAIN = [
    said("other", "en", "Hi Sam,\n\nAhead of your onsite, could you confirm your current salary and your notice "
         "period?\n\nPriya"),
    said("other", "de", "Hallo Sam,\n\nim Vorfeld Ihres Gesprächs mit der Geschäftsführung eine Frage: Ab wann "
         "könnten Sie bei uns anfangen?\n\nJulia"),
    said("other", "fr", "Bonjour Sam,\n\nEn amont de votre entretien avec le directeur, pouvez-vous m'indiquer votre "
         "date de prise de poste possible ?\n\nClaire"),
    said("other", "es", "Hola Sam:\n\nDe cara a tu entrevista con el director, ¿cuál es tu salario actual?\n\nLucía"),
    said("other", "nl", "Hoi Sam,\n\nVoorafgaand aan je gesprek met de directeur: wat is je opzegtermijn?\n\nDaan"),
    said("other", "it", "Ciao Sam,\n\nin vista del colloquio con il direttore, qual è il tuo periodo di "
         "preavviso?\n\nGiulia"),
    said("other", "pt", "Olá Sam,\n\nAntes da entrevista com a diretora, qual é a sua pretensão salarial?\n\nAna"),
]
OFFERS_AGAIN = [
    said("offer", "en", "Hi Sam,\n\nThe hiring committee signed it off this morning: we're making you an offer! I'll "
         "call you at 3pm to go through it.\n\nPriya"),
    said("offer", "de", "Hallo Sam,\n\ndie Geschäftsführung würde Ihnen gerne ein Angebot für die Position "
         "unterbreiten. Ich rufe Sie morgen an.\n\nJulia"),
    said("offer", "fr", "Bonjour Sam,\n\nLe comité a validé votre candidature : nous voulons vous faire une offre pour "
         "le poste de Data Engineer.\n\nClaire"),
    said("offer", "es", "Hola Sam:\n\nLa dirección ha dado el visto bueno: te queremos ofrecer el puesto de Data "
         "Engineer. Te llamo mañana.\n\nLucía"),
    said("offer", "nl", "Hoi Sam,\n\nDe directie is akkoord: we bieden je graag de functie van data engineer aan. Ik "
         "bel je morgen.\n\nDaan"),
    said("offer", "it", "Ciao Sam,\n\nla direzione ha approvato: ti vogliamo offrire il ruolo di Data Engineer. Ti "
         "chiamo domani.\n\nGiulia"),
    said("offer", "pt", "Olá Sam,\n\nA direção aprovou: queremos oferecer-lhe a posição de Engenheiro de Dados. "
         "Ligo-lhe amanhã.\n\nAna"),
]
PLAIN_ENGLISH_AGAIN = [
    marek("rejection", "Dear Sam,\n\nunfortunately the position is already covered. Thank you for your "
          "interest.\n\nMarek"),
    marek("rejection", "Hello Sam,\n\nthe feedback of the team is negative, so we stop here the process with "
          "you.\n\nMarek"),
    marek("offer", "Dear Sam,\n\nwe are glad to inform you that you have been selected for the position. We will "
          "send you the contract in next days.\n\nMarek"),
    marek("next_step", "Dear Sam,\n\nyou passed the technical test, so we invite you to the final interview with our "
          "CEO.\n\nMarek"),
]
THROUGH = [
    said("next_step", "en", "Hi Sam,\n\nYou made it through to the final round! Jordan will be in touch to set a "
         "date.\n\nPriya"),
    said("next_step", "de", "Hallo Sam,\n\nherzlichen Glückwunsch, Sie haben die nächste Runde erreicht. Frau Weber "
         "meldet sich wegen eines Termins.\n\nJulia"),
    said("next_step", "fr", "Bonjour Sam,\n\nBonne nouvelle, vous passez à l'étape suivante ! Marc vous contactera "
         "pour convenir d'une date.\n\nClaire"),
    said("next_step", "es", "Hola Sam:\n\n¡Enhorabuena, pasas a la última fase! Nuestra coordinadora te contactará "
         "para cuadrar fecha.\n\nLucía"),
    said("next_step", "nl", "Hoi Sam,\n\nGefeliciteerd, je gaat door naar de laatste ronde! Eva neemt contact op om "
         "een datum te prikken.\n\nDaan"),
    said("next_step", "it", "Ciao Sam,\n\ncomplimenti, accedi alla fase finale! La collega ti contatterà per fissare "
         "la data.\n\nGiulia"),
    said("next_step", "pt", "Olá Sam,\n\nParabéns, avançou para a fase final! A nossa equipa vai contactá-lo para "
         "marcar a data.\n\nAna"),
]
HOLDING_AGAIN = [
    said("acknowledgement", "en", "Hi Sam,\n\nThanks for the update. Our HR partner will be in touch regarding next "
         "steps in the coming days.\n\nPriya"),
    said("acknowledgement", "de", "Hallo Sam,\n\ndanke! Zu den weiteren Schritten kommt unsere Personalabteilung in "
         "den nächsten Tagen auf Sie zu.\n\nJulia"),
    said("acknowledgement", "fr", "Bonjour Sam,\n\nMerci. Concernant les prochaines étapes, notre service RH "
         "reviendra vers vous dans les prochains jours.\n\nClaire"),
    said("acknowledgement", "es", "Hola Sam:\n\nGracias. Sobre los siguientes pasos, el equipo de RR. HH. te "
         "contactará en los próximos días.\n\nLucía"),
    said("acknowledgement", "nl", "Hoi Sam,\n\nDank je. Over de vervolgstappen hoor je de komende dagen van onze "
         "HR-afdeling.\n\nDaan"),
    said("acknowledgement", "it", "Ciao Sam,\n\ngrazie. Per i prossimi step ti ricontatterà l'ufficio HR nei "
         "prossimi giorni.\n\nGiulia"),
    said("acknowledgement", "pt", "Olá Sam,\n\nObrigada. Quanto aos próximos passos, o RH vai entrar em contacto "
         "consigo nos próximos dias.\n\nAna"),
]
PAST_AGAIN = [
    said("acknowledgement", "en", "Hi Sam,\n\nGreat to get your take-home back so quickly! I've shared it with the "
         "team and will come back to you next week.\n\nPriya"),
    said("acknowledgement", "de", "Hallo Sam,\n\ndie Fallstudie ist angekommen, vielen Dank! Ich gebe sie an das Team "
         "weiter und melde mich nächste Woche.\n\nJulia"),
    said("acknowledgement", "fr", "Bonjour Sam,\n\nJ'ai bien reçu votre cas pratique, merci ! Je le transmets à "
         "l'équipe et reviens vers vous la semaine prochaine.\n\nClaire"),
    said("acknowledgement", "es", "Hola Sam:\n\nHe recibido tu prueba técnica, ¡gracias! La comparto con el equipo y "
         "te digo algo la semana que viene.\n\nLucía"),
    said("acknowledgement", "nl", "Hoi Sam,\n\nJe opdracht is binnen, dank je! Ik stuur hem door naar het team en laat "
         "volgende week iets weten.\n\nDaan"),
    said("acknowledgement", "it", "Ciao Sam,\n\nho ricevuto la tua prova tecnica, grazie! La giro al team e ti "
         "aggiorno la prossima settimana.\n\nGiulia"),
    said("acknowledgement", "pt", "Olá Sam,\n\nRecebi o seu teste técnico, obrigada! Vou partilhá-lo com a equipa e "
         "dou-lhe notícias na próxima semana.\n\nAna"),
]
ASIDES_AGAIN = [
    said("rejection", "en", "Hi Sam,\n\nI wish I had better news. The team decided not to move forward - not "
         "because of anything you did, but because the role was re-scoped.\n\nPriya"),
    said("rejection", "de", "Hallo Sam,\n\nich hätte Ihnen gern etwas anderes geschrieben: Wir haben uns nach langer "
         "Diskussion gegen Ihre Bewerbung entschieden.\n\nJulia"),
    said("rejection", "fr", "Bonjour Sam,\n\nJ'aurais aimé vous annoncer une autre nouvelle : après de longues "
         "discussions, nous avons décidé de ne pas poursuivre avec votre candidature.\n\nClaire"),
    said("rejection", "es", "Hola Sam:\n\nMe habría gustado darte otra noticia: tras mucho debate, hemos decidido no "
         "continuar con tu candidatura.\n\nLucía"),
    said("rejection", "nl", "Hoi Sam,\n\nIk had je graag ander nieuws gebracht: na lang overleg hebben we besloten je "
         "sollicitatie niet verder door te zetten.\n\nDaan"),
    said("rejection", "it", "Ciao Sam,\n\navrei voluto darti un'altra notizia: dopo una lunga discussione abbiamo "
         "deciso di non proseguire con la tua candidatura.\n\nGiulia"),
    said("rejection", "pt", "Olá Sam,\n\nGostaria de lhe dar outra notícia: depois de muita discussão, decidimos não "
         "prosseguir com a sua candidatura.\n\nAna"),
]
AGAIN = [DECLINED_AGAIN, BEFORE_AGAIN, OFFERS_AGAIN, THROUGH, HOLDING_AGAIN, PAST_AGAIN, ASIDES_AGAIN]

# A negation beside an offer that negates something else ("no need to keep you in suspense").
OFFER_ASIDES = [
    said("offer", "en", "Hi Sam,\n\nNo need to keep you in suspense any longer - we'd love to have you on the team! "
         "The offer letter is attached.\n\nPriya"),
    said("offer", "de", "Hallo Sam,\n\nich will Sie nicht länger auf die Folter spannen: Wir möchten Ihnen die Stelle "
         "anbieten!\n\nJulia"),
    said("offer", "fr", "Bonjour Sam,\n\nJe ne vais pas vous faire attendre plus longtemps : nous souhaitons vous "
         "proposer le poste !\n\nClaire"),
    said("offer", "es", "Hola Sam:\n\nNo te hago esperar más: ¡queremos ofrecerte el puesto!\n\nLucía"),
    said("offer", "nl", "Hoi Sam,\n\nIk zal je niet langer laten wachten: we bieden je graag de functie aan!\n\nDaan"),
    said("offer", "it", "Ciao Sam,\n\nnon ti faccio aspettare oltre: vorremmo offrirti la posizione!\n\nGiulia"),
    said("offer", "pt", "Olá Sam,\n\nNão o vou fazer esperar mais: queremos oferecer-lhe a vaga!\n\nAna"),
]
# A decision from a no-reply address: a rejection, never a holding reply.
NO_REPLY_DECISIONS = [
    posted("rejection", "en", "Dear Sam,\n\nThank you for applying. The Data Engineer requisition has been closed and "
           "your application is no longer under consideration.\n\nNorthwind Talent Acquisition"),
    posted("rejection", "de", "Sehr geehrter Herr Taylor,\n\ndie ausgeschriebene Stelle wurde zwischenzeitlich "
           "besetzt. Wir danken Ihnen für Ihr Interesse.\n\nIhr Recruiting-Team"),
    posted("rejection", "fr", "Bonjour Sam,\n\nLe poste de Data Engineer est désormais pourvu. Nous vous remercions "
           "de l'intérêt porté à notre entreprise.\n\nL'équipe Recrutement"),
    posted("rejection", "es", "Hola Sam:\n\nTras revisar tu perfil, no has sido seleccionado para continuar en el "
           "proceso.\n\nEquipo de Selección"),
    posted("rejection", "nl", "Beste Sam,\n\nNa zorgvuldige overweging ben je helaas niet geselecteerd voor de "
           "volgende ronde.\n\nTeam Werving"),
    posted("rejection", "it", "Gentile Sam,\n\nla posizione per cui ti sei candidato è stata chiusa. Grazie per "
           "l'interesse.\n\nTeam HR"),
    posted("rejection", "pt", "Olá Sam,\n\nApós análise, a sua candidatura não foi selecionada para as próximas "
           "etapas.\n\nEquipa de Talentos"),
]
PLAIN_ENGLISH_THIRD = [
    marek("rejection", "Dear Sam,\n\nafter the interviews we have done, we have taken the decision to hire other "
          "person.\n\nMarek"),
    marek("rejection", "Hello Sam,\n\nI write you to inform that unfortunately your candidature was not "
          "accepted.\n\nMarek"),
    marek("offer", "Dear Sam,\n\nwe are pleasure to offer you the job of Data Engineer. Please confirm.\n\nMarek"),
    marek("rejection", "Hi Sam,\n\nthe process for this position is concluded and we selected another "
          "profile.\n\nMarek"),
    marek("rejection", "Dear Sam,\n\nI am sorry, the company has decided to stop the selection for this "
          "position.\n\nMarek"),
]
AGAIN += [OFFER_ASIDES, NO_REPLY_DECISIONS]

PROBES = HOLDING + FURTHER_ROUND + BEFORE_A_ROUND + AFTER_DECLINING + OFFERS + REJECTIONS + PLAIN_ENGLISH
PROBES += AFTER_THANKS + PAST_STEPS + PLAIN_ENGLISH_AGAIN + PLAIN_ENGLISH_THIRD + [case for group in AGAIN for case in group]


@pytest.mark.parametrize("case", PROBES, ids=_ids(PROBES))
def test_a_reply_on_a_boundary_is_read_for_what_it_says(case: Reply) -> None:
    mail, result = read(case)
    assert mail.unreadable is None
    assert result.kind == case.kind, result.reasons


def test_the_boundaries_are_probed_in_seven_languages() -> None:
    for group in (HOLDING, FURTHER_ROUND, BEFORE_A_ROUND, AFTER_DECLINING, OFFERS, REJECTIONS, AFTER_THANKS,
                  PAST_STEPS, *AGAIN):
        assert {case.lang for case in group} == set(LANGS)


# ------------------------------------------------------------------ mail nobody can read
HEAD = (
    "From: Priya Sharma <priya.sharma@northwind.example>\r\nTo: Sam Taylor <sam.taylor@example.org>\r\n"
    "Subject: Re: Thank you - Data Engineer interview\r\nDate: Wed, 04 Jun 2025 11:30:00 +0200\r\n"
    "Message-ID: <{n}.unread@northwind.example>\r\nIn-Reply-To: <thanks-0603@example.org>\r\n"
    "MIME-Version: 1.0\r\n"
)
PGP = (
    'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="enc"\r\n\r\n'
    "--enc\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n\r\n"
    '--enc\r\nContent-Type: application/octet-stream; name="encrypted.asc"\r\n\r\n'
    "-----BEGIN PGP MESSAGE-----\r\n\r\nhQEMA1b2c3d4e5f6ARAAk7v0Qm1Zs9x2dE4u0Q8Tn3bQy0L1kq8GZx+Jm3uVv7Wc\r\n"
    "0QpL8i6q2Nf9xR5cTj4kYb1sA7mD3oPq+HnE2vW9uK0tZ6yBc=\r\n=a1b2\r\n-----END PGP MESSAGE-----\r\n--enc--\r\n"
)
SMIME = (
    'Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"\r\n'
    'Content-Disposition: attachment; filename="smime.p7m"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
    + "\r\n".join(base64.b64encode(bytes(range(256)) * 3).decode()[i:i + 76] for i in range(0, 1024, 76))
    + "\r\n"
)
IMAGE_ONLY = (
    "Content-Type: text/html; charset=utf-8\r\n\r\n"
    '<html><body><img src="https://mail.northwind.example/letter-7f3a.png" width="600" height="800">'
    "</body></html>\r\n"
)
UNREADABLE = {"pgp": PGP, "smime": SMIME, "image-only": IMAGE_ONLY}


@pytest.mark.parametrize("name", list(UNREADABLE))
def test_a_reply_nobody_can_read_is_unknown(name: str) -> None:
    raw = (HEAD.format(n=len(name)) + UNREADABLE[name]).encode("ascii")
    mail = parse_message(raw, account="work", folder="INBOX", uid=11, arrival=datetime(2025, 6, 4, 9, 30, tzinfo=UTC),
                         me=frozenset({"sam.taylor@example.org"}), sent_folder=False)
    result = classify(mail, interview_company="Northwind")
    assert result.kind == UNKNOWN_KIND
    assert result.kind not in HEARD_BACK_KINDS


# A reply with nothing written above the quoted message (sent by mistake, or its words lost on
# the way): nothing says what it is, so it is for the user to look at, never "they replied".
NOTHING_SAID = [
    Reply(UNKNOWN_KIND, lang, "", SENDERS[lang][0], SENDERS[lang][1], "Re: " + THANKS_SUBJECT[lang], quote=quote,
          form=form)
    for lang, quote, form in (("en", "gmail", "plain"), ("de", "outlook", "html"), ("fr", "apple", "qp"),
                              ("es", "iphone", "alternative"), ("nl", "none", "plain"), ("it", "gmail", "cp1252"),
                              ("pt", "outlook", "alternative"))
]


@pytest.mark.parametrize("case", NOTHING_SAID, ids=_ids(NOTHING_SAID))
def test_a_reply_that_says_nothing_above_the_quote_is_unknown(case: Reply) -> None:
    result = read(case)[1]
    assert result.kind == UNKNOWN_KIND, result.reasons
    assert result.reasons[0].startswith("could not read this message: ")
