"""Replies worded as recruiters and hiring managers write them, apart from every list, in seven languages.

Read whole as a scan reads them (quoted thanks below them, HTML only, quoted-printable,
windows-1252; built by the builder of tests/test_classify_people_replies.py). What they say:

- an offer stated indirectly: the team would love to have the candidate, a contract being
  prepared, the job "yours", a welcome aboard (offer);
- a rejection after long kind paragraphs, or after a question about keeping the CV on file
  or about the process (rejection);
- decisions in non-native English, from people whose first language is another (rejection,
  offer, next step as they are);
- a next step asked as a question: would you be available to meet the CTO, how would you feel
  about a day with the team (next_step);
- questions that are no step: salary, notice period, a reference letter, a work permit (other);
- small talk after the thanks, a person's reply with no news (other), against a holding reply
  that says the decision is still to come (acknowledgement);
- a step offered with an offer's verb ("pleased to offer you a second interview": next_step), the
  other one of two finalists chosen, the role named and given to someone, the application closed
  (rejection), whom or whether to invite still to be decided, everything received and passed on
  (acknowledgement), a step already taken and praised, a question relayed by a platform, details
  asked for the contract (other), and the user's thanks passed on to the interviewer (thank_you).
"""

from __future__ import annotations

from itertools import cycle

import pytest

from tests.test_classify_people_replies import ARRIVED, FORMS, LANGS, THANKS_SUBJECT, Reply, _ids, read
from tests.test_reply_kinds_fresh import _sent, marek, posted, said
from watcher.classify import classify
from watcher.model import HEARD_BACK_KINDS
from watcher.parse import parse_message

_FORMS = cycle(FORMS[1:] + FORMS[:1])

# People writing English as a second language, each for an employer of their own country.
ABROAD = {
    "it": ("Luca Bianchi <luca.bianchi@velasoftware.example>", "Vela Software"),
    "fr": ("Claire Dubois <claire.dubois@lumiere-conseil.example>", "Lumière Conseil"),
    "de": ("Julia Hartmann <j.hartmann@brandt-logistik.example>", "Brandt Logistik"),
    "es": ("Lucía Fernández <lucia.fernandez@solaria.example>", "Solaria"),
    "nl": ("Daan de Vries <daan.devries@polderdata.example>", "Polder Data"),
    "pt": ("Ana Souza <ana.souza@ipedigital.example>", "Ipê Digital"),
}


def in_english(kind: str, native: str, text: str) -> Reply:
    """A reply in English by someone whose own language is ``native``, quoting the English thanks."""
    sender, company = ABROAD[native]
    return Reply(kind, "en", text, sender, company, "RE: " + THANKS_SUBJECT["en"], quote="outlook",
                 form=next(_FORMS))


OFFERS = [
    said("offer", "en", "Hi Sam,\n\nI've got some lovely news: the team would be thrilled to have you on board as "
         "our next Data Engineer. HR is preparing your contract now and it should land in your inbox by "
         "Friday.\n\nPriya"),
    said("offer", "en", "Hi Sam,\n\nJust to put in writing what I said on the phone - the job is yours if you want "
         "it! Paperwork to follow.\n\nPriya"),
    said("offer", "en", "Hi Sam,\n\nWelcome aboard (almost)! Legal is drafting your employment agreement and I'll "
         "send it over for signature on Monday.\n\nPriya"),
    said("offer", "de", "Hallo Sam,\n\nich freue mich sehr, Ihnen mitteilen zu können, dass wir Sie gerne in "
         "unserem Team begrüßen würden. Unsere Personalabteilung bereitet gerade Ihren Arbeitsvertrag "
         "vor.\n\nViele Grüße\nJulia"),
    said("offer", "de", "Hallo Sam,\n\ndie Entscheidung ist gefallen, und zwar für Sie! Den Vertragsentwurf "
         "schicke ich Ihnen bis Ende der Woche.\n\nJulia"),
    said("offer", "fr", "Bonjour Sam,\n\nJ'ai le plaisir de vous annoncer que nous serions ravis de vous accueillir "
         "dans l'équipe. Notre service RH prépare actuellement votre contrat de travail.\n\nBien à vous,\nClaire"),
    said("offer", "fr", "Bonjour Sam,\n\nBonne nouvelle : le comité a validé votre embauche ! Vous recevrez la "
         "promesse d'embauche dans les prochains jours.\n\nClaire"),
    said("offer", "es", "Hola Sam:\n\n¡Enhorabuena! Nos encantaría que te unieras al equipo como Data Engineer. "
         "Ya estamos preparando tu contrato y te lo enviaremos esta semana.\n\nUn saludo,\nLucía"),
    said("offer", "es", "Hola Sam:\n\nTe confirmo que el puesto es tuyo. Recursos Humanos te hará llegar la carta "
         "oferta en los próximos días.\n\nLucía"),
    said("offer", "nl", "Hoi Sam,\n\nGoed nieuws: we zouden je heel graag in ons team verwelkomen! We zijn je "
         "arbeidsovereenkomst aan het opstellen en sturen die deze week naar je toe.\n\nGroet,\nDaan"),
    said("offer", "nl", "Hoi Sam,\n\nHet team is unaniem: we willen jou als onze nieuwe Data Engineer. Ik bel je "
         "morgen om de arbeidsvoorwaarden door te nemen.\n\nDaan"),
    said("offer", "it", "Ciao Sam,\n\nsono felice di dirti che saremmo contentissimi di averti nel nostro team! "
         "Stiamo preparando il contratto e te lo invieremo entro venerdì.\n\nUn saluto,\nGiulia"),
    said("offer", "it", "Ciao Sam,\n\nabbiamo deciso di puntare su di te per il ruolo di Data Engineer. A breve "
         "riceverai la lettera di assunzione.\n\nGiulia"),
    said("offer", "pt", "Olá Sam,\n\nTemos o prazer de informar que gostaríamos muito de o ter na nossa equipa! "
         "Estamos a preparar o seu contrato e enviamo-lo até sexta-feira.\n\nCumprimentos,\nAna"),
    said("offer", "pt", "Olá Sam,\n\nA vaga é sua! Os Recursos Humanos vão enviar-lhe a carta-proposta nos "
         "próximos dias.\n\nAna"),
]

REJECTIONS = [
    said("rejection", "en", "Hi Sam,\n\nI hope you had a lovely weekend. I wanted to start by saying how much the "
         "team enjoyed your session on Thursday - your walkthrough of the pipeline migration sparked a long "
         "discussion afterwards, and Tom is still talking about your idea for data contracts.\n\nThis was a "
         "genuinely difficult call. We had a very strong shortlist, and in the end the panel felt that another "
         "candidate's background in streaming systems lined up a little more closely with what the team needs "
         "over the next year, so we've offered the role to them.\n\nI'd really like to stay in touch, and I'll "
         "keep you in mind for the platform roles we expect to open in the spring.\n\nWarm regards,\nPriya"),
    said("rejection", "en", "Hi Sam,\n\nHow did you find the process overall? We're always keen to hear what "
         "candidates think. On the role itself, I'm sorry to say the hiring manager has decided to pursue "
         "another applicant.\n\nPriya"),
    said("rejection", "en", "Hi Sam,\n\nWould it be OK if we kept your details on file for future openings? For "
         "this position, unfortunately, we won't be moving your application to the next stage.\n\nBest,\nPriya"),
    said("rejection", "de", "Hallo Sam,\n\nzunächst einmal herzlichen Dank für das angenehme Gespräch und die Zeit, "
         "die Sie sich für uns genommen haben. Ihre Fragen zu unserer Lagerlogistik haben gezeigt, wie gründlich "
         "Sie sich vorbereitet haben, und auch im Team kamen Sie sehr gut an.\n\nNach reiflicher Überlegung haben "
         "wir uns jedoch für eine Bewerberin entschieden, deren Erfahrung noch etwas besser zu unseren aktuellen "
         "Anforderungen passt.\n\nFür Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.\n\nViele "
         "Grüße\nJulia"),
    said("rejection", "de", "Hallo Sam,\n\ndürfen wir Ihre Unterlagen für künftige Stellen in unserem Talentpool "
         "behalten? Für die aktuelle Position können wir Sie leider nicht weiter berücksichtigen.\n\nJulia"),
    said("rejection", "fr", "Bonjour Sam,\n\nJe tenais d'abord à vous remercier chaleureusement pour le temps que "
         "vous nous avez consacré et pour la qualité de nos échanges. Toute l'équipe a apprécié votre présentation "
         "et votre connaissance du secteur.\n\nAprès mûre réflexion, nous avons cependant décidé de poursuivre le "
         "processus avec un autre candidat dont le parcours correspond davantage à nos besoins actuels.\n\nNous "
         "vous souhaitons une pleine réussite dans vos projets.\n\nCordialement,\nClaire"),
    said("rejection", "fr", "Bonjour Sam,\n\nAccepteriez-vous que nous conservions votre CV pour de futures "
         "opportunités ? Concernant ce poste, nous ne sommes malheureusement pas en mesure de donner une suite "
         "favorable à votre candidature.\n\nClaire"),
    said("rejection", "es", "Hola Sam:\n\nAntes de nada, quiero agradecerte de corazón el tiempo y el interés que "
         "has dedicado a nuestro proceso. Al equipo le gustó mucho tu forma de explicar el proyecto de migración y "
         "tu experiencia con datos en tiempo real.\n\nHa sido una decisión muy difícil, pero finalmente nos hemos "
         "decantado por otra persona cuyo perfil se ajusta algo más a lo que buscamos en este momento.\n\nTe "
         "deseamos muchísima suerte en tu búsqueda.\n\nUn abrazo,\nLucía"),
    said("rejection", "es", "Hola Sam:\n\n¿Te importaría que guardáramos tu CV para futuras vacantes? En cuanto a "
         "esta posición, lamentablemente hemos decidido no seguir adelante con tu candidatura.\n\nLucía"),
    said("rejection", "nl", "Hoi Sam,\n\nAllereerst heel erg bedankt voor je tijd en je enthousiasme tijdens het "
         "gesprek. Het team vond je casus sterk uitgewerkt en we hebben er na afloop nog lang over "
         "doorgepraat.\n\nHet was een lastige afweging, maar we hebben uiteindelijk gekozen voor een kandidaat met "
         "net wat meer ervaring in de logistieke sector.\n\nIk wens je veel succes met je verdere "
         "zoektocht.\n\nGroet,\nDaan"),
    said("rejection", "nl", "Hoi Sam,\n\nMogen we je cv bewaren voor toekomstige vacatures? Voor deze functie gaan "
         "we helaas niet met je verder.\n\nDaan"),
    said("rejection", "it", "Ciao Sam,\n\ninnanzitutto grazie di cuore per il tempo che ci hai dedicato e per "
         "l'entusiasmo dimostrato durante i colloqui. Il team ha apprezzato molto la tua presentazione e la "
         "chiarezza con cui hai risposto alle domande tecniche.\n\nDopo un'attenta valutazione, abbiamo però "
         "deciso di proseguire con un altro profilo, più in linea con le esigenze attuali del gruppo.\n\nTi "
         "auguriamo il meglio per il tuo percorso professionale.\n\nUn caro saluto,\nGiulia"),
    said("rejection", "it", "Ciao Sam,\n\nti andrebbe se conservassimo il tuo CV per future opportunità? Per questa "
         "posizione, purtroppo, non potremo proseguire con la tua candidatura.\n\nGiulia"),
    said("rejection", "pt", "Olá Sam,\n\nAntes de mais, muito obrigada pelo tempo e pela disponibilidade ao longo "
         "de todo o processo. A equipa gostou muito da conversa e da forma como apresentou o seu projeto de "
         "migração de dados.\n\nFoi uma decisão difícil, mas acabámos por optar por um candidato com mais "
         "experiência no setor.\n\nDesejamos-lhe as maiores felicidades.\n\nCumprimentos,\nAna"),
    said("rejection", "pt", "Olá Sam,\n\nPodemos manter o seu currículo na nossa base de dados para futuras "
         "oportunidades? Quanto a esta vaga, infelizmente não vamos avançar com a sua candidatura.\n\nAna"),
    posted("rejection", "nl", "Beste Sam,\n\nHartelijk dank voor je sollicitatie en voor de tijd die je hebt "
           "gestoken in de gesprekken met ons team. We hebben veel reacties ontvangen en alle kandidaten "
           "zorgvuldig bekeken.\n\nNa zorgvuldige overweging hebben we besloten de procedure met andere "
           "kandidaten voort te zetten.\n\nMet vriendelijke groet,\nPolder Data Werving"),
    posted("rejection", "it", "Gentile Sam,\n\nti ringraziamo per l'interesse dimostrato verso Vela Software e per "
           "il tempo dedicato ai colloqui.\n\nCi dispiace comunicarti che la tua candidatura non è stata "
           "selezionata per le fasi successive.\n\nCordiali saluti,\nVela Software HR"),
    posted("rejection", "pt", "Caro Sam,\n\nAgradecemos o seu interesse na Ipê Digital e o tempo dedicado às "
           "entrevistas.\n\nInformamos que o seu perfil não foi selecionado para prosseguir no processo.\n\n"
           "Com os melhores cumprimentos,\nIpê Digital Talentos"),
]

NON_NATIVE = [
    marek("rejection", "Dear Sam,\n\nthank you for the interview. After discussion with the team we are decided "
          "to not continue with your application, because we search a more senior person. Good luck for the "
          "future.\n\nMarek"),
    in_english("rejection", "it", "Hello Sam,\n\nI write you to inform that unfortunately your profile was not "
               "retained for the position. We thank you for the interest in our company.\n\nBest regards,\nLuca"),
    in_english("rejection", "fr", "Dear Sam,\n\nFollowing our interview, I am sorry to announce you that we will "
               "not give a favourable answer to your application.\n\nRegards,\nClaire"),
    in_english("rejection", "de", "Dear Mr. Taylor,\n\nunfortunately we must inform you that we have decided for "
               "another applicant. We wish you all the best for your further career.\n\nKind regards\nJulia "
               "Hartmann"),
    in_english("rejection", "es", "Hi Sam,\n\nThanks for participate in our process. Finally the company decided to "
               "continue only with other candidates who have more experience in the sector.\n\nBest,\nLucía"),
    in_english("rejection", "nl", "Hi Sam,\n\nThanks for your time last week. We have decided to not go further "
               "with you in the procedure, we found a candidate who fits better.\n\nGreetings,\nDaan"),
    in_english("rejection", "pt", "Hello Sam,\n\nWe appreciate your participation in our selection process. "
               "Unfortunately you were not approved to the next phase.\n\nBest regards,\nAna"),
    marek("offer", "Dear Sam,\n\nwe are happy to inform that you are selected for the position of Data Engineer. "
          "Our HR will prepare the contract and send to you next week.\n\nRegards,\nMarek"),
    in_english("offer", "it", "Hello Sam,\n\nI am glad to communicate you that we want you in our team! I will "
               "send you the proposal of contract in these days.\n\nLuca"),
    marek("next_step", "Dear Sam,\n\nwe are glad to inform you passed to the next phase. Please tell me when you "
          "are available for a meeting with our CTO.\n\nMarek"),
    in_english("next_step", "de", "Dear Mr. Taylor,\n\nwe would like to get to know you better in a second "
               "appointment at our office. Would you have time on one of the next days?\n\nKind regards\nJulia "
               "Hartmann"),
]

STEPS_ASKED = [
    said("next_step", "en", "Hi Sam,\n\nWould you be available to meet our CTO next week? She's keen to talk "
         "architecture with you.\n\nPriya"),
    said("next_step", "en", "Hi Sam,\n\nAre you up for one more conversation, this time with the founders? Tuesday "
         "or Wednesday afternoon both work on our side.\n\nPriya"),
    said("next_step", "en", "Hi Sam,\n\nHow would you feel about coming into the office to meet the rest of the "
         "team? Happy to fit it around your schedule.\n\nPriya"),
    said("next_step", "de", "Hallo Sam,\n\nhätten Sie Lust, unseren CTO in einem weiteren Gespräch "
         "kennenzulernen? Nennen Sie mir gern ein paar Termine, die Ihnen passen.\n\nJulia"),
    said("next_step", "de", "Hallo Sam,\n\nwären Sie bereit, eine kleine Fallstudie zu bearbeiten, bevor wir uns "
         "ein letztes Mal treffen?\n\nJulia"),
    said("next_step", "fr", "Bonjour Sam,\n\nSeriez-vous disponible pour rencontrer notre directeur technique la "
         "semaine prochaine ?\n\nClaire"),
    said("next_step", "fr", "Bonjour Sam,\n\nQue diriez-vous de venir passer une demi-journée avec l'équipe dans "
         "nos locaux ?\n\nClaire"),
    said("next_step", "es", "Hola Sam:\n\n¿Tendrías disponibilidad para reunirte con nuestro CTO la semana que "
         "viene?\n\nLucía"),
    said("next_step", "es", "Hola Sam:\n\n¿Te animarías a hacer una última entrevista con la directora del "
         "área?\n\nLucía"),
    said("next_step", "nl", "Hoi Sam,\n\nZou je volgende week beschikbaar zijn voor een kennismaking met onze "
         "CTO?\n\nDaan"),
    said("next_step", "nl", "Hoi Sam,\n\nHeb je zin om een dagje mee te lopen met het team? Laat maar weten welke "
         "dag je schikt.\n\nDaan"),
    said("next_step", "it", "Ciao Sam,\n\nsaresti disponibile a incontrare il nostro CTO la prossima "
         "settimana?\n\nGiulia"),
    said("next_step", "it", "Ciao Sam,\n\nte la sentiresti di fare un ultimo colloquio con il direttore generale? "
         "Dimmi tu quando ti è più comodo.\n\nGiulia"),
    said("next_step", "pt", "Olá Sam,\n\nTeria disponibilidade para conhecer o nosso CTO na próxima "
         "semana?\n\nAna"),
    said("next_step", "pt", "Olá Sam,\n\nPodia vir cá ao escritório para uma última conversa com a direção? "
         "Diga-me que dias lhe dão mais jeito.\n\nAna"),
]

QUESTIONS = [
    said("other", "en", "Hi Sam,\n\nOne thing the hiring manager asked me to check: do you currently have the right "
         "to work in the UK, or would you need visa sponsorship?\n\nThanks,\nPriya"),
    said("other", "en", "Hi Sam,\n\nWhat salary range are you looking for? I want to make sure we're aligned before "
         "I go back to the team.\n\nPriya"),
    said("other", "en", "Hi Sam,\n\nCould you send me a reference letter from your previous employer, if you have "
         "one?\n\nPriya"),
    said("other", "en", "Hi Sam,\n\nHow much notice would you have to give your current employer?\n\nPriya"),
    said("other", "de", "Hallo Sam,\n\nbenötigen Sie für eine Tätigkeit in Deutschland eine "
         "Arbeitserlaubnis?\n\nJulia"),
    said("other", "de", "Hallo Sam,\n\nwie sieht Ihr Gehaltswunsch aus, und ab wann wären Sie frühestens "
         "verfügbar?\n\nJulia"),
    said("other", "fr", "Bonjour Sam,\n\nDisposez-vous d'un permis de travail valable en France ?\n\nClaire"),
    said("other", "fr", "Bonjour Sam,\n\nQuelle est votre rémunération actuelle, et quel est votre délai de "
         "préavis ?\n\nClaire"),
    said("other", "es", "Hola Sam:\n\n¿Cuentas con permiso de trabajo en España o necesitarías que tramitáramos el "
         "visado?\n\nLucía"),
    said("other", "es", "Hola Sam:\n\n¿Cuánto preaviso tienes que dar en tu empresa actual? ¿Y cuál es tu salario "
         "actual?\n\nLucía"),
    said("other", "nl", "Hoi Sam,\n\nHeb je een werkvergunning voor Nederland, of zou je sponsoring nodig "
         "hebben?\n\nDaan"),
    said("other", "nl", "Hoi Sam,\n\nWat is je huidige salaris en hoe lang is je opzegtermijn?\n\nDaan"),
    said("other", "it", "Ciao Sam,\n\nhai già un permesso di lavoro valido in Italia?\n\nGiulia"),
    said("other", "it", "Ciao Sam,\n\nquanto preavviso devi dare al tuo attuale datore di lavoro? E che "
         "retribuzione ti aspetti?\n\nGiulia"),
    said("other", "pt", "Olá Sam,\n\nTem autorização de residência e de trabalho em Portugal?\n\nAna"),
    said("other", "pt", "Olá Sam,\n\nQual é a sua pretensão salarial e quanto tempo de pré-aviso tem de dar à sua "
         "empresa atual?\n\nAna"),
]

SMALL_TALK = [
    said("other", "en", "Hi Sam,\n\nHa, glad someone else appreciates a good sourdough! I'll dig out the name of "
         "that bakery near the office and send it over.\n\nPriya"),
    said("other", "de", "Hallo Sam,\n\nschön, dass Sie gut nach Hause gekommen sind! Der Stau auf der A7 war "
         "gestern wirklich legendär.\n\nJulia"),
    said("other", "fr", "Bonjour Sam,\n\nAvec plaisir ! Et bon courage pour votre déménagement ce "
         "week-end.\n\nClaire"),
    said("other", "es", "Hola Sam:\n\n¡Qué bien que te gustara la oficina! La terraza es lo mejor que tenemos, sobre "
         "todo en verano.\n\nLucía"),
    said("other", "nl", "Hoi Sam,\n\nLeuk om te horen! En succes zaterdag met de halve marathon, ik ben benieuwd "
         "naar je tijd.\n\nDaan"),
    said("other", "it", "Ciao Sam,\n\nfigurati, è stato un piacere! Poi fammi sapere com'è andata la partita di "
         "domenica.\n\nGiulia"),
    said("other", "pt", "Olá Sam,\n\nO prazer foi todo meu! Espero que a viagem de regresso a Lisboa tenha corrido "
         "bem.\n\nAna"),
]

HOLDING = [
    said("acknowledgement", "en", "Hi Sam,\n\nThanks for checking in. Nothing to report just yet - the panel "
         "hasn't met to compare notes, but I'll be in touch as soon as I hear anything.\n\nPriya"),
    said("acknowledgement", "en", "Hi Sam,\n\nLovely to hear from you. We're still working through the last couple "
         "of interviews, so bear with us a little longer.\n\nPriya"),
    said("acknowledgement", "en", "Hi Sam,\n\nGlad you got home safely! No decision on our side yet; I'll let you "
         "know the minute there is one.\n\nPriya"),
    said("acknowledgement", "de", "Hallo Sam,\n\ndanke für Ihre Nachfrage. Wir sind noch mitten in der Auswahl und "
         "melden uns, sobald es etwas Neues gibt.\n\nJulia"),
    said("acknowledgement", "de", "Hallo Sam,\n\nschön, dass Sie gut angekommen sind! Eine Entscheidung haben wir "
         "noch nicht getroffen, ich halte Sie auf dem Laufenden.\n\nJulia"),
    said("acknowledgement", "fr", "Bonjour Sam,\n\nMerci pour votre relance. Les entretiens se terminent cette "
         "semaine ; je reviens vers vous dès que j'ai un retour de l'équipe.\n\nClaire"),
    said("acknowledgement", "es", "Hola Sam:\n\nGracias por escribir. Todavía estamos cerrando las últimas "
         "entrevistas; en cuanto sepa algo te aviso.\n\nLucía"),
    said("acknowledgement", "nl", "Hoi Sam,\n\nDank voor je berichtje. We zijn er nog niet uit, maar ik laat het je "
         "weten zodra er meer duidelijkheid is.\n\nDaan"),
    said("acknowledgement", "it", "Ciao Sam,\n\ngrazie per il messaggio. Stiamo ancora valutando gli ultimi "
         "candidati: appena ho novità ti scrivo.\n\nGiulia"),
    said("acknowledgement", "pt", "Olá Sam,\n\nObrigada pelo contacto. Ainda não temos uma decisão, mas assim que "
         "souber alguma coisa dou-lhe notícias.\n\nAna"),
]

# Look-alikes of the words above that are no offer and no step: the candidate's own contract asked
# for, a way of working asked about (coming to an office now and then), the meeting remembered.
LOOK_ALIKES = [
    said("other", "en", "Hi Sam,\n\nFor our salary benchmarking, could you send us a copy of your current "
         "employment contract?\n\nPriya"),
    said("other", "en", "Hi Sam,\n\nIt was great to get to know you better on Tuesday - and thanks for the book "
         "tip!\n\nPriya"),
    said("other", "de", "Hallo Sam,\n\nkönnten Sie uns für die Gehaltseinstufung Ihren aktuellen Arbeitsvertrag "
         "schicken?\n\nJulia"),
    said("other", "fr", "Bonjour Sam,\n\nAccepteriez-vous de venir travailler sur site trois jours par "
         "semaine ?\n\nClaire"),
    said("other", "es", "Hola Sam:\n\n¿Tendrías disponibilidad para venir a Madrid una vez al mes? El equipo "
         "trabaja en remoto el resto del tiempo.\n\nLucía"),
    said("other", "nl", "Hoi Sam,\n\nZou je het leuk vinden om twee dagen per week op kantoor te werken? De rest "
         "van de week werkt het team thuis.\n\nDaan"),
    said("other", "it", "Ciao Sam,\n\nsaresti disponibile a venire a Milano una volta al mese? Per il resto si "
         "lavora da remoto.\n\nGiulia"),
    said("other", "pt", "Olá Sam,\n\nConseguiria vir ao escritório duas vezes por semana? A equipa trabalha em "
         "regime híbrido.\n\nAna"),
    said("next_step", "en", "Hi Sam,\n\nThe team would love to have you meet a few more people - could you do "
         "Thursday at 10:00 with our Head of Data?\n\nPriya"),
]

# An offer's verb whose object is a step offers the step: "we're happy to offer you the next stage".
STEP_OFFERED = [
    said("next_step", "en", "Hi Sam,\n\nWe're happy to offer you the next stage of our process: a pairing session "
         "with two of our engineers. Let me know which day suits.\n\nPriya"),
    said("next_step", "de", "Hallo Sam,\n\nwir freuen uns, Ihnen ein zweites Gespräch mit unserem Teamleiter anbieten "
         "zu können.\n\nJulia"),
    said("next_step", "fr", "Bonjour Sam,\n\nNous avons le plaisir de vous proposer un entretien avec notre directrice "
         "produit mardi prochain.\n\nClaire"),
    said("next_step", "es", "Hola Sam:\n\nNos complace ofrecerte una entrevista con nuestro director técnico la "
         "semana que viene.\n\nLucía"),
    said("next_step", "nl", "Hoi Sam,\n\nWe bieden je graag een tweede gesprek aan met ons managementteam.\n\nDaan"),
    said("next_step", "it", "Ciao Sam,\n\nsiamo lieti di proporti un colloquio con il nostro responsabile tecnico la "
         "prossima settimana.\n\nGiulia"),
    said("next_step", "pt", "Olá Sam,\n\nTemos o prazer de lhe oferecer uma entrevista com a nossa diretora técnica "
         "na próxima semana.\n\nAna"),
    said("offer", "en", "Hi Sam,\n\nWe're delighted to offer you the role - and a call with HR next week to go through "
         "the details.\n\nPriya"),
    said("offer", "en", "Hi Sam,\n\nAttached is your employment contract for the Senior Data Engineer role. Please "
         "sign it by Friday.\n\nPriya"),
    said("offer", "de", "Hallo Sam,\n\nwir möchten dich unbedingt bei uns haben! Den Vertrag schicke ich dir morgen "
         "per DocuSign.\n\nJulia"),
]

# The other one of two chosen, the role named and given to someone, the application closed.
OTHER_ONE_CHOSEN = [
    said("rejection", "en", "Hi Sam,\n\nIt came down to you and one other person, and in the end the team went with "
         "the other candidate, mostly for her domain experience.\n\nPriya"),
    said("rejection", "en", "Hi Sam,\n\nThe hiring manager has decided to give the Data Engineer role to someone who "
         "has run this kind of migration before.\n\nPriya"),
    said("rejection", "en", "Hi Sam,\n\nThe team felt the gap in streaming experience was too big for now, so we've "
         "closed your application for this role.\n\nPriya"),
    said("rejection", "de", "Hallo Sam,\n\nam Ende haben wir uns für die andere Kandidatin entschieden, die bereits "
         "Erfahrung in unserer Branche mitbringt.\n\nJulia"),
    said("rejection", "fr", "Bonjour Sam,\n\nNous avons finalement retenu l'autre candidat, dont l'expérience du "
         "secteur a fait la différence.\n\nClaire"),
    said("rejection", "es", "Hola Sam:\n\nAl final hemos elegido a la otra candidata, que ya conocía nuestro "
         "sector.\n\nLucía"),
    said("rejection", "nl", "Hoi Sam,\n\nHet was nek aan nek, maar we hebben gekozen voor de andere kandidate.\n\nDaan"),
    said("rejection", "it", "Ciao Sam,\n\nalla fine abbiamo scelto l'altra candidata, che ha più esperienza nel "
         "settore.\n\nGiulia"),
    said("rejection", "pt", "Olá Sam,\n\nNo final, escolhemos a outra candidata, que já trabalhou no setor.\n\nAna"),
]

# The same in the other languages: the candidacy closed, the role named and given to someone else.
CLOSED_OR_GIVEN = [
    said("rejection", "de", "Hallo Sam,\n\nnach Rücksprache mit dem Fachbereich schließen wir Ihre Bewerbung für diese "
         "Stelle leider ab.\n\nJulia"),
    said("rejection", "fr", "Bonjour Sam,\n\nAprès échange avec l'équipe, nous clôturons votre candidature pour ce "
         "poste.\n\nClaire"),
    said("rejection", "es", "Hola Sam:\n\nTras hablarlo con el equipo, cerramos tu candidatura para este "
         "puesto.\n\nLucía"),
    said("rejection", "nl", "Hoi Sam,\n\nNa overleg met het team sluiten we je sollicitatie voor deze functie "
         "af.\n\nDaan"),
    said("rejection", "it", "Ciao Sam,\n\ndopo un confronto con il team, chiudiamo la tua candidatura per questa "
         "posizione.\n\nGiulia"),
    said("rejection", "pt", "Olá Sam,\n\nDepois de falar com a equipa, vamos encerrar a sua candidatura para esta "
         "vaga.\n\nAna"),
    said("rejection", "en", "Hi Sam,\n\nAfter a long debrief we have closed your application for the Data Engineer "
         "role.\n\nPriya"),
    said("rejection", "de", "Hallo Sam,\n\nwir haben die Stelle als Data Engineer an eine Kandidatin mit mehr "
         "Branchenerfahrung vergeben.\n\nJulia"),
    said("rejection", "fr", "Bonjour Sam,\n\nNous avons confié le poste de Data Engineer à une personne ayant plus "
         "d'expérience du secteur.\n\nClaire"),
    said("rejection", "es", "Hola Sam:\n\nHemos ofrecido el puesto de Data Engineer a una persona con más experiencia "
         "en el sector.\n\nLucía"),
    said("rejection", "nl", "Hoi Sam,\n\nWe hebben de functie van Data Engineer aangeboden aan iemand met meer "
         "ervaring in de sector.\n\nDaan"),
    said("rejection", "it", "Ciao Sam,\n\nabbiamo offerto la posizione di Data Engineer a una persona con più "
         "esperienza nel settore.\n\nGiulia"),
    said("rejection", "pt", "Olá Sam,\n\nOferecemos a vaga de Data Engineer a uma pessoa com mais experiência no "
         "setor.\n\nAna"),
]

# Their look-alikes: the post offered to the candidate with its pay after the "to".
OFFERED_WITH_PAY = [
    said("offer", "fr", "Bonjour Sam,\n\nComme convenu au téléphone, nous vous proposons le poste de Data Engineer à "
         "un salaire annuel de 55 000 €.\n\nClaire"),
    said("offer", "es", "Hola Sam:\n\nComo te comenté por teléfono, te hemos ofrecido el puesto de Data Engineer a un "
         "salario de 48.000 € brutos al año; te envío la carta oferta hoy.\n\nLucía"),
    said("offer", "pt", "Olá Sam,\n\nTemos o prazer de lhe oferecer a vaga de Data Engineer a um salário de 3.200 € "
         "por mês.\n\nAna"),
]

# Details asked for the contract after the candidate said yes: a question (other), no step, no offer.
CONTRACT_DETAILS = [
    said("other", "en", "Hi Sam,\n\nThrilled you said yes! For the paperwork, can you send me your home address and "
         "your date of birth?\n\nPriya"),
    said("other", "de", "Hallo Sam,\n\nwie schön, dass Sie zugesagt haben! Für den Vertrag bräuchte ich noch Ihre "
         "Adresse und Ihre Steuer-ID. Können Sie mir diese schicken?\n\nJulia"),
    said("other", "fr", "Bonjour Sam,\n\nRavie de votre accord ! Pour le contrat, pourriez-vous m'envoyer votre "
         "adresse postale et votre numéro de sécurité sociale ?\n\nClaire"),
    said("other", "es", "Hola Sam:\n\n¡Qué alegría que hayas aceptado! Para el contrato, ¿me puedes enviar tu "
         "dirección y tu número de la Seguridad Social?\n\nLucía"),
    said("other", "nl", "Hoi Sam,\n\nSuper dat je ja hebt gezegd! Voor het contract heb ik nog je adres en je BSN "
         "nodig. Kun je die sturen?\n\nDaan"),
    said("other", "it", "Ciao Sam,\n\nche bello che tu abbia accettato! Per il contratto, puoi mandarmi il tuo "
         "indirizzo di residenza e il codice fiscale?\n\nGiulia"),
    said("other", "pt", "Olá Sam,\n\nQue bom que aceitou! Para o contrato, pode enviar-me a sua morada e o seu "
         "NIF?\n\nAna"),
]

# Whom to invite still to be chosen: no step offered, news promised.
WHOM_TO_INVITE = [
    said("acknowledgement", "en", "Hi Sam,\n\nThanks for your patience. The panel meets on Thursday to decide who we "
         "invite to the final round, and I'll write to you on Friday either way.\n\nPriya"),
    said("acknowledgement", "de", "Hallo Sam,\n\nam Donnerstag besprechen wir im Team, wen wir zum zweiten Gespräch "
         "einladen. Sie hören spätestens am Freitag von mir.\n\nJulia"),
    said("acknowledgement", "fr", "Bonjour Sam,\n\nL'équipe se réunit jeudi pour décider qui nous invitons au dernier "
         "entretien ; je vous écris vendredi dans tous les cas.\n\nClaire"),
    said("acknowledgement", "es", "Hola Sam:\n\nEl jueves el equipo decide a quién invitamos a la entrevista final; te "
         "escribo el viernes en cualquier caso.\n\nLucía"),
    said("acknowledgement", "nl", "Hoi Sam,\n\nDonderdag bespreken we met het team wie we uitnodigen voor de laatste "
         "ronde. Vrijdag hoor je hoe dan ook van me.\n\nDaan"),
    said("acknowledgement", "it", "Ciao Sam,\n\ngiovedì il team si riunisce per decidere chi invitare al colloquio "
         "finale; venerdì ti scrivo in ogni caso.\n\nGiulia"),
    said("acknowledgement", "pt", "Olá Sam,\n\nNa quinta-feira a equipa reúne-se para decidir quem convidar para a "
         "entrevista final; na sexta-feira escrevo-lhe de qualquer forma.\n\nAna"),
]

# News promised on whether a step will come: a holding reply, no step ("whether we would like to invite you").
WHETHER = [
    posted("acknowledgement", "en", "Dear Sam,\n\nThank you for applying. We review every application carefully and "
           "will let you know within two weeks whether we would like to invite you to an interview.\n\nNorthwind "
           "Talent Acquisition"),
    posted("acknowledgement", "de", "Hallo Sam,\n\nwir prüfen alle Bewerbungen sorgfältig und teilen Ihnen innerhalb "
           "von zwei Wochen mit, ob wir Sie zu einem Gespräch einladen möchten.\n\nBrandt Logistik Recruiting"),
    posted("acknowledgement", "fr", "Bonjour Sam,\n\nNous étudions chaque candidature avec attention et vous dirons "
           "sous deux semaines si nous souhaitons vous inviter à un entretien.\n\nLumière Conseil Recrutement"),
    posted("acknowledgement", "es", "Hola Sam:\n\nRevisamos todas las candidaturas y te diremos en dos semanas si "
           "queremos invitarte a una entrevista.\n\nSolaria Selección"),
    posted("acknowledgement", "nl", "Beste Sam,\n\nWe bekijken alle sollicitaties zorgvuldig en laten je binnen twee "
           "weken weten of we je willen uitnodigen voor een kennismaking.\n\nPolder Data Werving"),
    posted("acknowledgement", "it", "Gentile Sam,\n\nvalutiamo ogni candidatura con attenzione e ti faremo sapere entro "
           "due settimane se vorremo invitarti a un colloquio.\n\nVela Software HR"),
    posted("acknowledgement", "pt", "Caro Sam,\n\nAnalisamos todas as candidaturas e informamos dentro de duas semanas "
           "se o vamos convidar para uma entrevista.\n\nIpê Digital Talentos"),
    said("next_step", "en", "Hi Sam,\n\nLet me know whether you can make Thursday at 10:00 for the final "
         "interview.\n\nPriya"),
]

# Everything received and passed on to whoever decides: a holding reply.
PASSED_ON = [
    said("acknowledgement", "en", "Hi Sam,\n\nAll received, thanks! I'm forwarding your documents to the hiring "
         "manager today.\n\nPriya"),
    said("acknowledgement", "de", "Hallo Sam,\n\nalles angekommen, vielen Dank. Ich leite Ihre Unterlagen heute an die "
         "Fachabteilung weiter.\n\nJulia"),
    said("acknowledgement", "fr", "Bonjour Sam,\n\nTout est bien reçu, merci ! Je transmets vos documents à la "
         "responsable aujourd'hui.\n\nClaire"),
    said("acknowledgement", "es", "Hola Sam:\n\nLo he recibido todo, gracias. Le paso tus documentos al responsable hoy "
         "mismo.\n\nLucía"),
    said("acknowledgement", "nl", "Hoi Sam,\n\nAlles goed ontvangen, dank je! Ik stuur je documenten vandaag door naar "
         "de manager.\n\nDaan"),
    said("acknowledgement", "it", "Ciao Sam,\n\ntutto ricevuto, grazie! Giro i documenti al responsabile oggi "
         "stesso.\n\nGiulia"),
    said("acknowledgement", "pt", "Olá Sam,\n\nRecebi tudo, obrigada! Hoje mesmo encaminho os seus documentos para o "
         "responsável.\n\nAna"),
]

# A step already taken, praised, then a question: no step, a person asking (other).
PRAISED_THEN_ASKED = [
    said("other", "en", "Hi Sam,\n\nThe team was really positive about how you tackled the case study. Before we plan "
         "the final round, what are your salary expectations?\n\nPriya"),
    said("other", "de", "Hallo Sam,\n\ndas Team war sehr angetan davon, wie Sie die Fallstudie gelöst haben. Eine Frage "
         "noch: Wie lang ist Ihre Kündigungsfrist?\n\nJulia"),
    said("other", "fr", "Bonjour Sam,\n\nL'équipe a beaucoup apprécié votre étude de cas. Une question : quel est "
         "votre délai de préavis ?\n\nClaire"),
    said("other", "es", "Hola Sam:\n\nAl equipo le gustó mucho cómo resolviste el caso práctico. Una pregunta: ¿cuál es "
         "tu periodo de preaviso?\n\nLucía"),
    said("other", "nl", "Hoi Sam,\n\nHet team was erg positief over hoe je de casus aanpakte. Nog een vraag: wat zijn je "
         "salarisverwachtingen?\n\nDaan"),
    said("other", "it", "Ciao Sam,\n\nil team ha apprezzato molto come hai affrontato il caso di studio. Una domanda: "
         "qual è il tuo periodo di preavviso?\n\nGiulia"),
    said("other", "pt", "Olá Sam,\n\nA equipa gostou muito da forma como resolveu o estudo de caso. Uma pergunta: qual é "
         "a sua pretensão salarial?\n\nAna"),
]

# A step already taken, found good, passed on: no step (other).
PRAISED = [
    said("other", "en", "Hi Sam,\n\nJulia found your take-home really clean - nice work. Just wanted to pass that "
         "on!\n\nPriya"),
    said("other", "fr", "Bonjour Sam,\n\nMarc a trouvé votre cas pratique très convaincant ; je tenais simplement à "
         "vous le dire.\n\nClaire"),
    said("other", "de", "Hallo Sam,\n\nHerr Weber fand Ihre Fallstudie ausgesprochen gut, das wollte ich Ihnen nicht "
         "vorenthalten.\n\nJulia"),
]

PLATFORM_PERSON = "Priya Sharma <northwind@teamtailor-mail.com>"
# A person's question relayed by a platform is a person's reply.
RELAYED_QUESTIONS = [
    Reply("other", "en", "Hi Sam,\n\nOur CTO would like to look at your open-source work - can you send me the link to "
          "your GitHub? And do you need a work permit for the UK?\n\nPriya", PLATFORM_PERSON, "Northwind",
          "Data Engineer - a quick question", quote="none", form="plain"),
]

# Small talk beside a "not yet" is a holding reply; small talk that asks how a weekend went is a person's reply.
CHAT_AND_NEWS = [
    said("acknowledgement", "en", "Hi Sam,\n\nHa, the coffee machine is still broken! No news on the role yet, I'll let "
         "you know.\n\nPriya"),
    said("acknowledgement", "de", "Hallo Sam,\n\nhaha, die Kaffeemaschine ist immer noch kaputt! Zur Stelle gibt es "
         "noch nichts Neues, ich melde mich.\n\nJulia"),
    said("acknowledgement", "fr", "Bonjour Sam,\n\nHa, la machine à café est toujours en panne ! Pas encore de "
         "nouvelles pour le poste, je vous tiens au courant.\n\nClaire"),
    said("acknowledgement", "es", "Hola Sam:\n\n¡Ja, la cafetera sigue rota! Todavía no hay novedades sobre el puesto, "
         "te aviso.\n\nLucía"),
    said("acknowledgement", "nl", "Hoi Sam,\n\nHaha, het koffieapparaat is nog steeds kapot! Nog geen nieuws over de "
         "functie, ik laat het je weten.\n\nDaan"),
    said("acknowledgement", "it", "Ciao Sam,\n\nahah, la macchinetta del caffè è ancora rotta! Ancora nessuna novità "
         "sulla posizione, ti faccio sapere.\n\nGiulia"),
    said("acknowledgement", "pt", "Olá Sam,\n\nAh, a máquina do café continua avariada! Ainda não há novidades sobre a "
         "vaga, depois digo-lhe algo.\n\nAna"),
    said("other", "en", "Hi Sam,\n\nGood luck with the marathon on Sunday! Let me know how it goes.\n\nPriya"),
    said("other", "de", "Hallo Sam,\n\nviel Erfolg beim Marathon am Sonntag! Erzählen Sie mir, wie es gelaufen "
         "ist.\n\nJulia"),
    said("other", "fr", "Bonjour Sam,\n\nBonne chance pour le marathon dimanche ! Dites-moi comment ça s'est "
         "passé.\n\nClaire"),
    said("other", "es", "Hola Sam:\n\n¡Suerte con la maratón del domingo! Ya me contarás qué tal.\n\nLucía"),
    said("other", "nl", "Hoi Sam,\n\nSucces met de marathon zondag! Laat me weten hoe het ging.\n\nDaan"),
    said("other", "it", "Ciao Sam,\n\nin bocca al lupo per la maratona di domenica! Fammi sapere com'è "
         "andata.\n\nGiulia"),
    said("other", "pt", "Olá Sam,\n\nBoa sorte para a maratona de domingo! Depois diga-me como correu.\n\nAna"),
]

GROUPS = {"offers": OFFERS, "rejections": REJECTIONS, "steps asked": STEPS_ASKED, "questions": QUESTIONS,
          "small talk": SMALL_TALK, "holding": HOLDING, "look-alikes": LOOK_ALIKES, "step offered": STEP_OFFERED,
          "the other one chosen": OTHER_ONE_CHOSEN, "closed or given": CLOSED_OR_GIVEN,
          "contract details": CONTRACT_DETAILS, "chat and news": CHAT_AND_NEWS, "whom to invite": WHOM_TO_INVITE, "whether": WHETHER, "passed on": PASSED_ON,
          "praised then asked": PRAISED_THEN_ASKED}
PROBES = [case for group in GROUPS.values() for case in group] + NON_NATIVE + RELAYED_QUESTIONS + PRAISED
PROBES += OFFERED_WITH_PAY


@pytest.mark.parametrize("case", PROBES, ids=_ids(PROBES))
def test_a_reply_worded_as_people_write_is_read_for_what_it_says(case: Reply) -> None:
    mail, result = read(case)
    assert mail.unreadable is None
    assert result.kind == case.kind, result.reasons


@pytest.mark.parametrize("case", SMALL_TALK + HOLDING, ids=_ids(SMALL_TALK + HOLDING))
def test_small_talk_hears_back_and_a_holding_reply_does_not(case: Reply) -> None:
    assert (read(case)[1].kind in HEARD_BACK_KINDS) == (case.kind == "other")


def test_every_group_is_written_in_seven_languages() -> None:
    for name, group in GROUPS.items():
        assert {case.lang for case in group} == set(LANGS), name
    # Non-native English from seven first languages (Polish, by Marek, and the six of ABROAD).
    assert len({case.sender for case in NON_NATIVE}) == 7


# The user's note after the interview that thanks the recruiter for the preparation and asks to pass
# thanks on, with an open word about feedback: a thank-you, not a chaser.
THANKS_PASSED_ON = [
    ("en", "Interview with Tom this morning", "Hi Priya,\n\nI think the interview with Tom went well - thanks for "
     "prepping me so well. Could you pass on my thanks to him? Happy to hear any feedback whenever there is "
     "some.\n\nSam"),
    ("de", "Gespräch heute Vormittag", "Hallo Julia,\n\ndas Gespräch mit Herrn Weber lief gut, danke für die gute "
     "Vorbereitung! Könnten Sie ihm meinen Dank ausrichten?\n\nSam"),
    ("fr", "Entretien de ce matin", "Bonjour Claire,\n\nL'entretien avec M. Martin s'est bien passé. Pourriez-vous "
     "lui transmettre mes remerciements ?\n\nSam"),
    ("es", "Entrevista de esta mañana", "Hola Lucía:\n\nLa entrevista con Javier fue muy bien. ¿Podrías transmitirle "
     "mi agradecimiento?\n\nSam"),
    ("nl", "Gesprek van vanochtend", "Hoi Daan,\n\nHet gesprek met Eva ging goed. Wil je mijn dank overbrengen aan "
     "haar?\n\nSam"),
    ("it", "Colloquio di stamattina", "Ciao Giulia,\n\nil colloquio con Marco è andato bene. Potresti girare i miei "
     "ringraziamenti anche a lui?\n\nSam"),
    ("pt", "Entrevista desta manhã", "Olá Ana,\n\nA entrevista com o João correu bem. Pode transmitir-lhe o meu "
     "agradecimento?\n\nSam"),
]


@pytest.mark.parametrize("lang,subject,text", THANKS_PASSED_ON, ids=[case[0] for case in THANKS_PASSED_ON])
def test_thanks_passed_on_after_the_interview_is_a_thank_you(lang: str, subject: str, text: str) -> None:
    mail = parse_message(_sent(subject, text), account="work", folder="Sent", uid=9, arrival=ARRIVED,
                         me=frozenset({"sam.taylor@example.org"}), sent_folder=True)
    result = classify(mail)
    assert result.kind == "thank_you", result.reasons


# Thanks that welcome feedback whenever it comes are a thank-you; asking whether there is feedback yet chases.
FEEDBACK_WELCOMED = [
    ("thank_you", "Interview today", "Hi Priya,\n\nThanks so much for the interview today. I'd welcome any feedback "
     "whenever you have a moment.\n\nSam"),
    ("thank_you", "Gespräch heute", "Hallo Julia,\n\nvielen Dank für das angenehme Gespräch heute. Über jedes Feedback "
     "freue ich mich, wann immer es passt.\n\nSam"),
    ("thank_you", "Entretien de ce matin", "Bonjour Claire,\n\nMerci beaucoup pour l'entretien de ce matin. Tout retour "
     "sera le bienvenu, quand vous aurez le temps.\n\nSam"),
    ("thank_you", "Entrevista de hoy", "Hola Lucía:\n\nMuchas gracias por la entrevista de hoy. Cualquier comentario "
     "será bienvenido cuando tengáis un momento.\n\nSam"),
    ("thank_you", "Gesprek van vandaag", "Hoi Daan,\n\nBedankt voor het fijne gesprek vandaag. Alle feedback is welkom, "
     "wanneer het jullie uitkomt.\n\nSam"),
    ("thank_you", "Colloquio di oggi", "Ciao Giulia,\n\ngrazie mille per il colloquio di oggi. Ogni feedback è "
     "benvenuto, quando avrete tempo.\n\nSam"),
    ("thank_you", "Entrevista de hoje", "Olá Ana,\n\nMuito obrigado pela entrevista de hoje. Qualquer feedback será "
     "bem-vindo, quando tiverem tempo.\n\nSam"),
    ("follow_up", "Checking in", "Hi Priya,\n\nThanks again for last week. Is there any feedback from the team "
     "yet?\n\nSam"),
]


@pytest.mark.parametrize("kind,subject,text", FEEDBACK_WELCOMED, ids=[case[1] for case in FEEDBACK_WELCOMED])
def test_feedback_welcomed_is_no_chaser_and_feedback_asked_for_is(kind: str, subject: str, text: str) -> None:
    mail = parse_message(_sent(subject, text), account="work", folder="Sent", uid=9, arrival=ARRIVED,
                         me=frozenset({"sam.taylor@example.org"}), sent_folder=True)
    result = classify(mail)
    assert result.kind == kind, result.reasons
