"""A decision about the candidate said in other words, weighed against step words elsewhere.

Examples written for these tests alone, in the seven languages watcher reads, each a short
reply as a recruiter writes it: warm words about the interview, the decision, and often
something that reads like a step but is about something else (a call offered to talk the
feedback through, references already taken, the contract to be sent).

- A rejection said without the usual phrases: the job gone to someone else ("in the end it
  went to someone else"), the process ended for the candidate ("so this is where the process
  stops for you"), the answer said as not possible this time ("so this time it won't work
  out"), a no said by the team ("the team said no").
- An offer said without the usual phrases: everyone wants to work with the candidate and
  the terms follow, approval given and the draft contract on its way, "we're going to be
  colleagues", congratulations beside the terms (salary, contract, start date).
- Look-alikes that keep their kind: a decision to move the candidate on to a step ("we
  decided to move you forward to the final round"), a decision about the post that is no
  "no" ("we decided to keep the position open a bit longer"), congratulations on a step done
  ("congratulations on finishing the case study"), a day that is not possible this time
  ("Thursday at 10 won't work out this time: could we do Friday at 11?"), the team wanting
  to meet the candidate again.

- Look-alikes with a step offered beside words that read like a decision: "for you the
  process ends with a short call with our CEO: could you do Thursday at 16:00?", "the team
  said no to a fully remote setup", "it won't be possible this time to meet in person; can we
  do a video call on Tuesday at 10:00?", congratulations beside the final round and the salary.

First run, before the classifier learnt these, on the first 84 examples: 49 failed. All 28
rejections (read ``other``; ``next_step`` for the case study or the references praised;
``acknowledgement`` for the feedback call offered next week), 20 of the 21 offers (read
``other``, ``next_step`` or ``acknowledgement`` for "HR will be in touch"; the German draft
contract sent was read already), and 1 of the 35 look-alikes ("Glückwunsch zum Abschluss der
Fallstudie" read as a step to come). The 21 look-alikes with a step offered beside words
that read like a decision were written after, to try the new wording: they kept their kind
before it and after.

Then a softer "no", or a choice of someone else, beside a step named in passing ("your case
study was one of the strongest we saw, but ..."), one per language: 4 of the 7 failed first
(English read ``next_step`` for the case study named; Spanish, Dutch and Italian for wording
not read: "nos hemos decidido por otra opción", "voor een andere kandidaat gekozen", "non è
del tutto in linea"), with two English look-alikes where regret is announced about a step
that goes on, which kept their kind.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

SUBJECT = "Re: Our conversation"

# ------------------------------------------------ rejections said in other words

REJECTED = {
    "en": [
        ("Thank you for the time you gave us: the panel really enjoyed the system design discussion.\n\n"
         "In the end it came down to someone else, a candidate who has run exactly this kind of migration "
         "before. So this is where the process ends for you.\n\n"
         "If it helps, I'm happy to jump on a call next week and go through the feedback in detail."),
        ("Thanks for lining up your references so quickly, both calls went really well.\n\n"
         "Leadership has since decided that the role goes to a colleague from the data team, so it won't "
         "work out this time.\n\nI'll keep you in mind for the next opening."),
        ("I argued for you, honestly, but the team said no. They felt the gap in people management was "
         "too big for now.\n\nHappy to share more on a short call if you'd like."),
        ("Your case study was one of the strongest we saw. Even so, it didn't work out this time, and I "
         "wanted you to hear it from me rather than from the portal."),
    ],
    "de": [
        ("Ihr Gespräch mit Frau Kühn war wirklich stark, das möchte ich ausdrücklich sagen.\n\n"
         "Am Ende ist es jemand anderes geworden, eine Kandidatin mit viel Erfahrung im Zahlungsverkehr. "
         "Für Sie endet der Prozess damit an dieser Stelle.\n\n"
         "Wenn Sie möchten, rufe ich Sie nächste Woche kurz an und erläutere Ihnen das Feedback des Teams."),
        ("Vielen Dank, dass Sie uns Ihre Referenzen so schnell genannt haben; beide Gespräche waren sehr "
         "positiv.\n\nDie Geschäftsführung hat entschieden, dass die Stelle an einen Kollegen aus dem "
         "Controlling geht. Diesmal wird es also nichts."),
        ("Ich habe mich sehr für Sie eingesetzt, aber leider hat das Team abgesagt. Gern erkläre ich Ihnen "
         "die Gründe in einem kurzen Telefonat."),
        ("Ihre Fallstudie war eine der besten, die wir gesehen haben. Trotzdem hat es diesmal nicht "
         "gereicht, und das wollte ich Ihnen persönlich sagen."),
    ],
    "fr": [
        ("Votre entretien avec l'équipe a vraiment marqué les esprits, je tenais à vous le dire.\n\n"
         "Finalement, c'est une autre personne qui rejoindra l'équipe : quelqu'un qui a déjà mené ce type "
         "de migration. Le processus s'arrête donc ici pour vous.\n\n"
         "Si vous le souhaitez, je peux vous appeler la semaine prochaine pour vous faire un retour détaillé."),
        ("Merci d'avoir transmis vos références si rapidement, les deux échanges se sont très bien passés.\n\n"
         "La direction a décidé que le poste irait à une collègue du service financier. Cette fois-ci, ce "
         "ne sera donc pas possible."),
        ("Je me suis battue pour vous, mais l'équipe a dit non. Je peux vous en dire plus lors d'un court "
         "appel si vous le souhaitez."),
        ("Votre étude de cas était l'une des meilleures. Malgré tout, votre parcours avec nous s'arrête à "
         "cette étape, et je voulais vous l'annoncer moi-même."),
    ],
    "es": [
        ("Tu entrevista con el equipo dejó muy buena impresión, de verdad.\n\n"
         "Al final ha sido otra persona: alguien que ya ha liderado una migración igual. Así que para ti "
         "el proceso termina aquí.\n\n"
         "Si quieres, te llamo la semana que viene y te cuento con calma lo que vio el equipo."),
        ("Gracias por pasarnos las referencias tan rápido; las dos conversaciones fueron muy bien.\n\n"
         "La gerencia ha decidido que el puesto sea para un compañero del área de finanzas, así que esta "
         "vez no podrá ser."),
        ("Defendí tu candidatura, pero el equipo ha dicho que no. Si te sirve, te explico los motivos en "
         "una llamada corta."),
        ("Tu caso práctico fue de los mejores que vimos. Aun así, esta vez no ha podido ser, y quería "
         "decírtelo yo."),
    ],
    "nl": [
        ("Je gesprek met het team maakte echt indruk, dat wil ik eerst zeggen.\n\n"
         "Uiteindelijk gaat iemand anders de rol invullen: een kandidaat die zo'n migratie al eens heeft "
         "geleid. Voor jou houdt de procedure hier dus op.\n\n"
         "Als je wilt, bel ik je volgende week om de feedback toe te lichten."),
        ("Dank dat je je referenties zo snel doorgaf; beide gesprekken waren erg positief.\n\n"
         "De directie heeft besloten dat de functie naar een collega van finance gaat. Deze keer lukt het "
         "dus helaas niet."),
        ("Ik heb me echt voor je ingezet, maar het team heeft nee gezegd. Als je wilt, licht ik het toe in "
         "een kort telefoongesprek."),
        ("Je casus was een van de sterkste die we zagen. Toch is het deze keer niet gelukt, en dat wilde ik "
         "je zelf vertellen."),
    ],
    "it": [
        ("Il tuo colloquio con il team ha lasciato davvero il segno, ci tengo a dirtelo.\n\n"
         "Alla fine è toccato a un'altra persona, qualcuno che ha già guidato una migrazione simile. Per te "
         "il percorso si chiude quindi qui.\n\n"
         "Se ti fa piacere, ti chiamo la settimana prossima per raccontarti con calma il feedback del team."),
        ("Grazie per averci passato le referenze così in fretta; entrambe le telefonate sono andate "
         "benissimo.\n\nLa direzione ha deciso che il posto vada a una collega dell'area finanza, quindi "
         "stavolta non sarà possibile."),
        "Ho spinto molto per te, ma il team ha detto di no. Se vuoi ti spiego i motivi in una breve telefonata.",
        ("Il tuo caso di studio era tra i migliori che abbiamo visto. Eppure questa volta non è andata, e "
         "volevo dirtelo io."),
    ],
    "pt": [
        ("A sua entrevista com a equipa deixou mesmo boa impressão, faço questão de lho dizer.\n\n"
         "No fim, acabou por ser outra pessoa: alguém que já liderou uma migração igual. Para si, o "
         "processo termina aqui.\n\n"
         "Se quiser, ligo-lhe na próxima semana para lhe dar o feedback com calma."),
        ("Obrigado por nos ter passado as referências tão depressa; as duas conversas correram muito bem.\n\n"
         "A direção decidiu que a vaga fica para um colega da área financeira, por isso desta vez não vai "
         "ser possível."),
        "Eu defendi muito você, mas o time disse não. Se quiser, te explico os motivos numa ligação rápida.",
        ("O seu estudo de caso foi dos melhores que vimos. Ainda assim, desta vez não deu, e quis ser eu a "
         "dizer-lhe."),
    ],
}

# A softer "no", or a choice of someone else, beside a step named in passing (praised, done)
NO_BESIDE_A_STEP_NAMED = {
    "en": [
        ("Your case study was one of the strongest we saw, but we feel it's not the right fit at this time. "
         "We wish you the best in your job search."),
    ],
    "de": [
        ("Ihre Fallstudie hat uns sehr gefallen. Leider passt Ihr Profil derzeit nicht ganz zu unseren "
         "Anforderungen. Wir wünschen Ihnen für Ihre weitere Suche alles Gute."),
    ],
    "fr": [
        ("Votre étude de cas nous a beaucoup plu. Malheureusement, votre profil ne correspond pas tout à fait "
         "à nos besoins actuels. Nous vous souhaitons une bonne continuation."),
    ],
    "es": [
        "Tus referencias fueron estupendas, pero nos hemos decidido por otra opción. Te deseo mucha suerte.",
    ],
    "nl": [
        "Je referenties waren erg goed, maar we hebben uiteindelijk voor een andere kandidaat gekozen.",
    ],
    "it": [
        ("Il tuo caso di studio ci è piaciuto molto. Purtroppo il tuo profilo al momento non è del tutto in "
         "linea con ciò che cerchiamo. Ti auguriamo buona fortuna per la tua ricerca."),
    ],
    "pt": [
        ("Gostámos muito do seu estudo de caso. Infelizmente, o seu perfil não se enquadra totalmente no que "
         "procuramos neste momento. Desejamos-lhe boa sorte na sua procura."),
    ],
}

# ------------------------------------------------ offers said in other words

OFFERED = {
    "en": [
        ("Quick update after this morning's debrief: the whole panel wants to work with you. Priya will send "
         "the paperwork (salary, stock options, benefits) on Monday; in the meantime, have a think about when "
         "you could start.\n\nCongratulations!"),
        ("Everything is signed off on our side. Tomorrow I'll send you the draft contract with the numbers we "
         "discussed. Looks like we're going to be colleagues!"),
        ("Congratulations! The CFO approved the budget for your hire, and HR will be in touch about the "
         "contract and your start date."),
    ],
    "de": [
        ("Kurzes Update nach unserer Runde heute früh: alle im Team wollen mit Ihnen arbeiten. Frau Brandt "
         "schickt Ihnen Anfang nächster Woche die Eckdaten (Gehalt, Urlaub, Bonus); überlegen Sie sich schon "
         "einmal, wann Sie anfangen könnten.\n\nHerzlichen Glückwunsch!"),
        ("Von unserer Seite ist alles freigegeben. Morgen schicke ich Ihnen den Vertragsentwurf mit den "
         "besprochenen Konditionen. Sieht so aus, als würden wir Kollegen!"),
        ("Herzlichen Glückwunsch! Die Geschäftsführung hat Ihre Einstellung genehmigt; die Personalabteilung "
         "meldet sich wegen Vertrag und Starttermin."),
    ],
    "fr": [
        ("Petit point après le débrief de ce matin : toute l'équipe a envie de travailler avec vous. Claire "
         "vous enverra lundi les éléments écrits (salaire, variable, avantages) ; d'ici là, réfléchissez à une "
         "date d'arrivée possible.\n\nFélicitations !"),
        ("Tout est validé de notre côté. Je vous envoie demain le projet de contrat avec les conditions dont "
         "nous avons parlé. On dirait bien que nous allons être collègues !"),
        ("Félicitations ! La direction a validé votre embauche ; les RH vous contacteront pour le contrat et "
         "la date de démarrage."),
    ],
    "es": [
        ("Te cuento tras la reunión de esta mañana: todo el equipo quiere trabajar contigo. Marta te enviará "
         "el lunes los detalles por escrito (salario, variable y beneficios); mientras tanto, piensa en una "
         "fecha de incorporación.\n\n¡Enhorabuena!"),
        ("Está todo aprobado por nuestra parte. Mañana te mando el borrador del contrato con las condiciones "
         "que hablamos. ¡Parece que vamos a ser compañeros!"),
        ("¡Enhorabuena! Dirección ha aprobado tu contratación; Recursos Humanos te escribirá para el contrato "
         "y la fecha de incorporación."),
    ],
    "nl": [
        ("Even een update na de bespreking van vanochtend: het hele team wil graag met je werken. Sanne "
         "stuurt je maandag de details op papier (salaris, bonus, secundaire voorwaarden); denk intussen "
         "alvast na over een startdatum.\n\nGefeliciteerd!"),
        ("Aan onze kant is alles goedgekeurd. Morgen stuur ik je het conceptcontract met de bedragen die we "
         "besproken hebben. Het ziet ernaar uit dat we collega's worden!"),
        ("Gefeliciteerd! De directie heeft je aanstelling goedgekeurd; HR neemt contact met je op over het "
         "contract en je startdatum."),
    ],
    "it": [
        ("Ti aggiorno dopo la riunione di stamattina: tutto il team vuole lavorare con te. Giulia ti manderà "
         "lunedì i dettagli per iscritto (RAL, bonus, benefit); nel frattempo pensa a una data di inizio.\n\n"
         "Congratulazioni!"),
        ("Da parte nostra è tutto approvato. Domani ti mando la bozza del contratto con le cifre di cui "
         "abbiamo parlato. Sembra proprio che saremo colleghi!"),
        ("Congratulazioni! La direzione ha approvato la tua assunzione; le risorse umane ti contatteranno per "
         "il contratto e la data di inizio."),
    ],
    "pt": [
        ("Atualização rápida depois da reunião de hoje cedo: todo mundo no time quer trabalhar com você. A "
         "Carla vai te mandar na segunda os detalhes por escrito (salário, bônus e benefícios); enquanto isso, "
         "pense numa data de início.\n\nParabéns!"),
        ("Do nosso lado está tudo aprovado. Amanhã mando-lhe o rascunho do contrato com as condições que "
         "combinámos. Tudo indica que em breve seremos colegas!"),
        ("Parabéns! A direção aprovou a sua contratação; os recursos humanos vão contactá-lo por causa do "
         "contrato e da data de início."),
    ],
}

# ------------------------------------------------ look-alikes that keep their kind

# A decision to move the candidate on, a day not possible this time, the team wanting to meet again
STEPS = {
    "en": [
        "Good news: we decided to move you forward to the final round. Could you do Thursday at 15:00 with our CTO?",
        ("I'm sorry, Thursday at 10 won't work out this time: the interviewer is travelling. Could we do Friday "
         "at 11:00 instead?"),
        ("The team would love to meet you again: can you come in next Tuesday at 14:00 for a final conversation "
         "with the founders?"),
    ],
    "de": [
        ("Gute Nachrichten: wir haben entschieden, Sie in die letzte Runde einzuladen. Passt Ihnen Donnerstag um "
         "15 Uhr mit unserem CTO?"),
        ("Donnerstag um 10 Uhr klappt diesmal leider nicht, der Interviewer ist auf Reisen. Ginge stattdessen "
         "Freitag um 11 Uhr?"),
        ("Das Team möchte Sie gern noch einmal treffen: hätten Sie nächsten Dienstag um 14 Uhr Zeit für ein "
         "letztes Gespräch mit den Gründern?"),
    ],
    "fr": [
        ("Bonne nouvelle : nous avons décidé de vous faire passer au dernier tour. Seriez-vous disponible jeudi "
         "à 15h avec notre CTO ?"),
        ("Jeudi à 10h ne sera pas possible cette fois-ci, l'intervieweur est en déplacement. Pourrions-nous faire "
         "vendredi à 11h à la place ?"),
        ("L'équipe aimerait beaucoup vous revoir : seriez-vous disponible mardi prochain à 14h pour un dernier "
         "entretien avec les fondateurs ?"),
    ],
    "es": [
        ("Buenas noticias: hemos decidido pasarte a la ronda final. ¿Te vendría bien el jueves a las 15:00 con "
         "nuestro CTO?"),
        ("El jueves a las 10 esta vez no va a poder ser, el entrevistador está de viaje. ¿Podríamos hacerlo el "
         "viernes a las 11:00?"),
        ("Al equipo le encantaría volver a verte: ¿puedes venir el martes que viene a las 14:00 para una última "
         "entrevista con los fundadores?"),
    ],
    "nl": [
        ("Goed nieuws: we hebben besloten je door te laten naar de laatste ronde. Kun je donderdag om 15:00 met "
         "onze CTO?"),
        ("Donderdag om 10 uur lukt deze keer helaas niet, de interviewer is op reis. Kunnen we vrijdag om 11:00 "
         "doen?"),
        ("Het team wil je graag nog een keer spreken: kun je volgende week dinsdag om 14:00 langskomen voor een "
         "laatste gesprek met de oprichters?"),
    ],
    "it": [
        ("Buone notizie: abbiamo deciso di farti passare al colloquio finale. Ti andrebbe bene giovedì alle "
         "15:00 con il nostro CTO?"),
        ("Giovedì alle 10 stavolta non sarà possibile, l'intervistatore è in trasferta. Potremmo fare venerdì "
         "alle 11:00?"),
        ("Il team vorrebbe tanto rivederti: potresti passare martedì prossimo alle 14:00 per un ultimo colloquio "
         "con i fondatori?"),
    ],
    "pt": [
        "Boas notícias: decidimos passá-lo à fase final. Pode ser na quinta-feira às 15:00 com o nosso CTO?",
        ("Quinta às 10h desta vez não vai ser possível, o entrevistador está em viagem. Podemos fazer sexta às "
         "11:00?"),
        ("A equipa gostava muito de voltar a falar consigo: pode vir na próxima terça às 14:00 para uma última "
         "entrevista com os fundadores?"),
    ],
}

# Words that read like a decision beside a step offered: how the process ends, a meeting not
# possible this time, someone else running the interview, congratulations with the next round
STEPS_BESIDE_DECISION_WORDS = {
    "en": [
        ("Just so you know how it works: for you the process ends with a short call with our CEO. Could you do "
         "Thursday at 16:00?"),
        ("I asked about a fully remote setup and the team said no to that, but two office days are fine. Shall we "
         "go ahead with the final interview on Monday at 10:00?"),
        ("Congratulations! You're through to the final round: the founders would like to meet you on Tuesday at "
         "14:00 to talk about the role, the salary and a start date."),
    ],
    "de": [
        ("Zum Ablauf: für Sie endet der Prozess mit einem Gespräch mit unserer Geschäftsführerin. Passt Ihnen "
         "Donnerstag um 16 Uhr?"),
        "Diesmal hat es mit dem Link nicht geklappt, hier ein neuer Link für unser Gespräch am Dienstag um 14 Uhr.",
        "Das Team hat den Termin am Freitag leider abgesagt; können wir auf Montag um 10 Uhr ausweichen?",
    ],
    "fr": [
        ("Pour info, pour vous le processus se termine par un échange avec notre CEO. Seriez-vous disponible "
         "jeudi à 16h ?"),
        ("Ce ne sera pas possible cette fois de faire l'entretien sur place ; pouvons-nous le faire en visio "
         "mardi à 10h ?"),
        ("Félicitations ! Vous passez à l'étape suivante : un entretien avec l'équipe jeudi à 15h pour parler du "
         "poste et du salaire."),
    ],
    "es": [
        ("Te explico cómo funciona: para ti el proceso termina con una charla con nuestra CEO. ¿Te iría bien el "
         "jueves a las 16:00?"),
        "Al final la entrevista será con otra persona del equipo, Marta, el viernes a las 11:00.",
        ("Esta vez no va a poder ser en la oficina; ¿hacemos la entrevista final por videollamada el martes a "
         "las 10:00?"),
    ],
    "nl": [
        "Ter info: voor jou eindigt de procedure met een gesprek met onze directeur. Kun je donderdag om 16:00?",
        "Deze keer lukt het niet op kantoor, dus we doen het tweede gesprek online: dinsdag om 10:00.",
        ("Gefeliciteerd! Je bent door naar de laatste ronde: de oprichters willen je dinsdag om 14:00 spreken "
         "over de rol, het salaris en een startdatum."),
    ],
    "it": [
        "Per info, per te il percorso si chiude con un colloquio con il CEO. Ti andrebbe bene giovedì alle 16:00?",
        "Stavolta non sarà possibile fare il colloquio in sede: lo facciamo in videochiamata martedì alle 10:00?",
        ("Congratulazioni! Passi alla fase finale: i fondatori vorrebbero incontrarti martedì alle 14:00 per "
         "parlare del ruolo, della RAL e della data di inizio."),
    ],
    "pt": [
        "Para si, o processo termina com uma conversa com o nosso CEO. Pode ser na quinta às 16:00?",
        ("Desta vez não vai ser possível fazer a entrevista presencial; podemos fazê-la por vídeo na terça às "
         "10:00?"),
        ("Parabéns! Passou à fase final: os fundadores gostariam de falar consigo na terça às 14:00 sobre a "
         "função, o salário e a data de início."),
    ],
}

# Regret announced about a step, which goes on
STEPS_AFTER_REGRET = {
    "en": [
        "We regret to inform you that the office is closed on Friday, so the final round will be held online.",
        "We regret to inform you that our office is closed. The final round will be held online on Friday.",
    ],
}

# A decision about the post that is no "no", congratulations on a step done: holding replies
HOLDING = {
    "en": [
        ("Quick update: we decided to keep the position open a bit longer, as two more candidates are still "
         "interviewing. I'll get back to you by the end of next week."),
        ("Congratulations on finishing the case study, and thanks for the effort you put in! The team will "
         "review it this week and I'll get back to you after that."),
    ],
    "de": [
        ("Kurzes Update: wir haben entschieden, die Stelle noch etwas länger offen zu halten, da noch zwei "
         "Gespräche laufen. Ich melde mich bis Ende nächster Woche bei Ihnen."),
        ("Glückwunsch zum Abschluss der Fallstudie und danke für Ihre Mühe! Das Team sieht sie sich diese Woche "
         "an, danach melde ich mich bei Ihnen."),
    ],
    "fr": [
        ("Petit point : nous avons décidé de laisser le poste ouvert encore un peu, deux candidats sont encore "
         "en entretien. Je reviens vers vous d'ici la fin de la semaine prochaine."),
        ("Félicitations pour avoir terminé l'étude de cas, et merci pour le travail fourni ! L'équipe la "
         "regarde cette semaine et je reviens vers vous ensuite."),
    ],
    "es": [
        ("Te cuento: hemos decidido mantener la vacante abierta un poco más, porque aún hay dos candidatos en "
         "entrevistas. Te escribo antes del final de la semana que viene."),
        ("¡Enhorabuena por terminar el caso práctico y gracias por el esfuerzo! El equipo lo revisará esta "
         "semana y después te escribo."),
    ],
    "nl": [
        ("Korte update: we hebben besloten de vacature nog wat langer open te houden, er lopen nog twee "
         "gesprekken. Ik laat je voor het eind van volgende week iets weten."),
        ("Gefeliciteerd met het afronden van de casus, en dank voor je inzet! Het team bekijkt hem deze week en "
         "daarna laat ik je iets weten."),
    ],
    "it": [
        ("Un breve aggiornamento: abbiamo deciso di tenere la posizione aperta ancora un po', perché ci sono "
         "ancora due colloqui in corso. Ti scrivo entro la fine della prossima settimana."),
        ("Complimenti per aver completato il caso di studio e grazie per l'impegno! Il team lo guarderà questa "
         "settimana e poi ti faccio sapere."),
    ],
    "pt": [
        ("Uma breve atualização: decidimos manter a vaga aberta mais algum tempo, porque ainda há duas "
         "entrevistas a decorrer. Dou-lhe notícias até ao fim da próxima semana."),
        ("Parabéns por ter concluído o estudo de caso e obrigado pelo empenho! A equipa vai analisá-lo esta "
         "semana e depois dou-lhe notícias."),
    ],
}


# Each table with the kind its messages are: a decision said in other words changes the kind,
# a look-alike keeps its own.
KINDS = {
    "rejection": REJECTED,
    "rejection beside a step named": NO_BESIDE_A_STEP_NAMED,
    "offer": OFFERED,
    "next_step": STEPS,
    "next_step beside decision words": STEPS_BESIDE_DECISION_WORDS,
    "next_step after regret": STEPS_AFTER_REGRET,
    "acknowledgement": HOLDING,
}


def _cases() -> list[object]:
    return [
        pytest.param(body, kind.split()[0], id=f"{kind.replace(' ', '-')}-{lang}-{n}")
        for kind, table in KINDS.items()
        for lang, bodies in table.items()
        for n, body in enumerate(bodies)
    ]


@pytest.mark.parametrize(("body", "kind"), _cases())
def test_a_decision_in_other_words_is_read_and_a_look_alike_keeps_its_kind(body: str, kind: str) -> None:
    result = classify(received(body, subject=SUBJECT))
    assert result.kind == kind, result.reasons
