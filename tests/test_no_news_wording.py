"""Mail whose wording looks like news and is none, and the reverse, in seven languages.

Written for these tests from how employers, recruiters and applicant-tracking platforms
word such mail, before the classifier was read for them. Read whole as a scan reads them
(built by the builder of tests/test_classify_people_replies.py: quotes, HTML only,
quoted-printable, windows-1252). The mail is dated Wednesday 4 June 2025.

No news (never a kind of ``HEARD_BACK_KINDS``):

- a condition about a decision not taken yet: "if you do not progress to the next stage, we
  will let you know", "should you not be selected", "falls wir uns nicht melden", "si vous
  n'avez pas de nouvelles", "se não receber resposta" (a holding reply);
- a condition about a step: "if your profile matches, a recruiter will contact you to
  arrange an interview" (a holding reply);
- a reminder of a step already booked, from the employer's careers address (not a no-reply
  one) and without "this is an automated message": an interview, an assessment to finish
  by its closing day (a holding reply: the booking was the news);
- "we'll be in touch about next steps" (a holding reply);
- a survey about the candidate's experience (a mailing);
- the confirmation that the candidate's own withdrawal was recorded (a holding reply);
- a deadline extended for an assessment already sent (a holding reply);
- "only shortlisted candidates will be contacted", and the process described in a receipt ("our
  process consists of a screening call, a technical interview and a final round");
- a step on a hypothesis ("were we to move forward, the next step would be ..."), or for whoever
  the team still has to choose ("we will then decide who we invite to a final interview", "we will
  let you know whether we would like to invite you to a first interview");
- documents received and passed on ("ricevuto tutto, grazie. Inoltro i documenti al responsabile").

News beside them: a step offered on the candidate's own condition ("if you are still
interested, we'd like to invite you to a final interview"), an interview moved to another
day, a slot confirmed by a scheduling platform (the labelling conventions of every corpus
here have such a confirmation a next step), "next step: a call with Jordan on Tuesday", and a step that waits only on the candidate ("if you're
happy to continue, the next step is a technical interview: could you send me a few slots?").
"""

from __future__ import annotations

from itertools import cycle

import pytest

from tests.test_classify_people_replies import FORMS, LANGS, SENDERS, THANKS_SUBJECT, Reply, _ids, read
from tests.test_reply_kinds_fresh import NO_REPLY
from watcher.model import HEARD_BACK_KINDS

_QUOTES = cycle(("gmail", "outlook", "apple", "iphone", "none"))
_FORMS = cycle(FORMS)

# The employer's careers address: a person may read it, and a system sends from it too.
CAREERS = {
    "en": "Northwind Careers <careers@northwind.example>",
    "de": "Brandt Logistik Karriere <karriere@brandt-logistik.example>",
    "fr": "Lumière Conseil Recrutement <recrutement@lumiere-conseil.example>",
    "es": "Solaria Talento <talento@solaria.example>",
    "nl": "Polder Data Recruitment <recruitment@polderdata.example>",
    "it": "Vela Software Selezione <selezione@velasoftware.example>",
    "pt": "Ipê Digital Recrutamento <recrutamento@ipedigital.example>",
}
# A scheduling or tracking platform sending for the employer.
PLATFORM = {
    "en": "Northwind <no-reply@ashbyhq.com>",
    "de": "Brandt Logistik <noreply@personio.de>",
    "fr": "Lumière Conseil <no-reply@teamtailor-mail.com>",
    "es": "Solaria <noreply@smartrecruiters.com>",
    "nl": "Polder Data <polderdata@recruitee-mail.com>",
    "it": "Vela Software <noreply@workablemail.com>",
    "pt": "Ipê Digital <no-reply@us.greenhouse-mail.io>",
}


def person(kind: str, lang: str, text: str) -> Reply:
    """A person's reply on top of the user's quoted thanks."""
    sender, company = SENDERS[lang]
    return Reply(kind, lang, text, sender, company, "Re: " + THANKS_SUBJECT[lang], quote=next(_QUOTES),
                 form=next(_FORMS))


def sent_from(addresses: dict[str, str]):
    def make(kind: str, lang: str, subject: str, text: str) -> Reply:
        return Reply(kind, lang, text, addresses[lang], SENDERS[lang][1], subject, quote="none", form=next(_FORMS))
    return make


careers, noreply, platform = sent_from(CAREERS), sent_from(NO_REPLY), sent_from(PLATFORM)

# --- conditions about a decision not taken yet --------------------------------------------
CONDITION_PERSON = [
    person("acknowledgement", "en", "Hi Sam,\n\nThanks for your note. The panel meets on Monday. If you do not "
           "progress to the next stage, I'll let you know either way, so you won't be left hanging.\n\nPriya"),
    person("acknowledgement", "de", "Hallo Sam,\n\ndanke für Ihre Nachricht. Das Team bespricht sich am Montag. "
           "Falls wir uns nicht für Sie entscheiden, sage ich Ihnen natürlich trotzdem Bescheid.\n\nJulia"),
    person("acknowledgement", "fr", "Bonjour Sam,\n\nMerci pour votre message. L'équipe se réunit lundi. Si votre "
           "candidature n'est pas retenue pour l'étape suivante, je vous préviendrai de toute façon.\n\nClaire"),
    person("acknowledgement", "es", "Hola Sam:\n\nGracias por tu mensaje. El equipo se reúne el lunes. Si no pasas "
           "a la siguiente fase, te avisaré igualmente.\n\nLucía"),
    person("acknowledgement", "nl", "Hoi Sam,\n\nDank voor je bericht. Het team komt maandag bij elkaar. Mocht je "
           "niet door gaan naar de volgende ronde, dan laat ik het je hoe dan ook weten.\n\nDaan"),
    person("acknowledgement", "it", "Ciao Sam,\n\ngrazie del messaggio. Il team si riunisce lunedì. Se non dovessi "
           "passare alla fase successiva, te lo farò sapere comunque.\n\nGiulia"),
    person("acknowledgement", "pt", "Olá Sam,\n\nObrigada pela mensagem. A equipa reúne-se na segunda-feira. Caso "
           "não avance para a próxima fase, aviso-o na mesma.\n\nAna"),
]
CONDITION_POSTED = [
    noreply("acknowledgement", "en", "Your application to Northwind",
            "Dear Sam,\n\nThank you for applying for the Data Engineer role. Our team is reviewing applications. "
            "Should you not be selected for the next stage, we will inform you by email.\n\nNorthwind Talent "
            "Acquisition"),
    noreply("acknowledgement", "de", "Ihre Bewerbung bei Brandt Logistik",
            "Guten Tag Sam Taylor,\n\nvielen Dank für Ihre Bewerbung als Data Engineer. Falls wir uns innerhalb von "
            "vier Wochen nicht bei Ihnen melden, konnten wir Ihre Bewerbung leider nicht berücksichtigen.\n\nIhr "
            "Recruiting-Team"),
    noreply("acknowledgement", "fr", "Votre candidature chez Lumière Conseil",
            "Bonjour Sam,\n\nNous avons bien reçu votre candidature au poste de Data Engineer. Si vous n'avez pas "
            "de nouvelles de notre part d'ici trois semaines, considérez que votre candidature n'a pas été "
            "retenue.\n\nL'équipe Recrutement"),
    noreply("acknowledgement", "es", "Tu candidatura en Solaria",
            "Hola Sam:\n\nHemos recibido tu candidatura para Data Engineer. Si en un plazo de 15 días no has "
            "recibido noticias nuestras, entiende que en esta ocasión no has sido seleccionado.\n\nEquipo de "
            "Selección"),
    noreply("acknowledgement", "nl", "Je sollicitatie bij Polder Data",
            "Beste Sam,\n\nBedankt voor je sollicitatie als Data Engineer. Mocht je binnen drie weken niets van "
            "ons horen, dan ben je helaas niet geselecteerd.\n\nTeam Werving"),
    noreply("acknowledgement", "it", "La tua candidatura in Vela Software",
            "Gentile Sam,\n\nabbiamo ricevuto la tua candidatura per Data Engineer. Qualora non ricevessi nostre "
            "notizie entro 30 giorni, la tua candidatura non sarà stata selezionata.\n\nTeam HR"),
    noreply("acknowledgement", "pt", "A sua candidatura na Ipê Digital",
            "Olá Sam,\n\nRecebemos a sua candidatura para Engenheiro de Dados. Se não receber resposta no prazo de "
            "30 dias, considere que a sua candidatura não foi selecionada.\n\nEquipa de Talentos"),
]
CONDITION_STEP = [
    careers("acknowledgement", "en", "Thank you for applying",
            "Hi Sam,\n\nThanks for applying to Northwind. If your profile matches what the team is looking for, a "
            "recruiter will contact you to arrange a first interview.\n\nNorthwind Careers"),
    careers("acknowledgement", "de", "Danke für Ihre Bewerbung",
            "Hallo Sam,\n\ndanke für Ihre Bewerbung. Sollte Ihr Profil passen, meldet sich jemand aus dem Recruiting "
            "bei Ihnen, um ein erstes Gespräch zu vereinbaren.\n\nIhr Karriere-Team"),
    careers("acknowledgement", "fr", "Merci pour votre candidature",
            "Bonjour Sam,\n\nMerci pour votre candidature. Si votre profil correspond, un recruteur vous contactera "
            "pour convenir d'un premier entretien.\n\nL'équipe Recrutement"),
    careers("acknowledgement", "es", "Gracias por tu candidatura",
            "Hola Sam:\n\nGracias por tu candidatura. Si tu perfil encaja, una persona del equipo te contactará para "
            "concertar una primera entrevista.\n\nEquipo de Talento"),
    careers("acknowledgement", "nl", "Bedankt voor je sollicitatie",
            "Hoi Sam,\n\nBedankt voor je sollicitatie. Als je profiel aansluit, neemt een recruiter contact met je "
            "op om een eerste gesprek in te plannen.\n\nTeam Recruitment"),
    careers("acknowledgement", "it", "Grazie per la candidatura",
            "Ciao Sam,\n\ngrazie per la candidatura. Se il tuo profilo è in linea, un recruiter ti contatterà per "
            "fissare un primo colloquio.\n\nTeam Selezione"),
    careers("acknowledgement", "pt", "Obrigado pela sua candidatura",
            "Olá Sam,\n\nObrigado pela sua candidatura. Se o seu perfil corresponder, um recrutador entrará em "
            "contacto para agendar uma primeira entrevista.\n\nEquipa de Recrutamento"),
]
# A step offered on the candidate's own condition is news.
CONDITION_CANDIDATE = [
    person("next_step", "en", "Hi Sam,\n\nIf you're still interested, we'd like to invite you to a final interview "
           "with our CTO on Tuesday 10 June at 14:00. Let me know if that works.\n\nPriya"),
    person("next_step", "de", "Hallo Sam,\n\nwenn Sie weiterhin Interesse haben, laden wir Sie gerne zu einem "
           "zweiten Gespräch am Dienstag, 10. Juni, um 14 Uhr ein.\n\nJulia"),
    person("next_step", "fr", "Bonjour Sam,\n\nSi le poste vous intéresse toujours, nous aimerions vous inviter à un "
           "dernier entretien mardi 10 juin à 14 h.\n\nClaire"),
    person("next_step", "es", "Hola Sam:\n\nSi sigues interesado, nos gustaría invitarte a una entrevista final el "
           "martes 10 de junio a las 14:00.\n\nLucía"),
    person("next_step", "nl", "Hoi Sam,\n\nAls je nog interesse hebt, nodigen we je graag uit voor een laatste "
           "gesprek op dinsdag 10 juni om 14.00 uur.\n\nDaan"),
    person("next_step", "it", "Ciao Sam,\n\nse sei ancora interessato, vorremmo invitarti a un colloquio finale "
           "martedì 10 giugno alle 14:00.\n\nGiulia"),
    person("next_step", "pt", "Olá Sam,\n\nSe ainda tiver interesse, gostaríamos de o convidar para uma entrevista "
           "final na terça-feira, 10 de junho, às 14h.\n\nAna"),
]

# --- reminders of a step already booked, from the careers address --------------------------
REMINDERS = [
    careers("acknowledgement", "en", "Reminder: your interview on Tuesday",
            "Hi Sam,\n\nA quick reminder of your interview with Northwind for the Data Engineer role on Tuesday "
            "10 June at 14:00 (BST). Video link: https://meet.northwind.example/j/4417\n\nSee you soon,\n"
            "Northwind Careers"),
    careers("acknowledgement", "de", "Erinnerung an Ihr Gespräch am Dienstag",
            "Hallo Sam,\n\nwir erinnern Sie an Ihr Vorstellungsgespräch als Data Engineer am Dienstag, 10. Juni "
            "2025, um 14:00 Uhr. Den Link zur Videokonferenz finden Sie hier: https://meet.brandt-logistik.example/"
            "4417\n\nIhr Karriere-Team"),
    careers("acknowledgement", "fr", "Rappel : votre entretien de mardi",
            "Bonjour Sam,\n\nPetit rappel de votre entretien pour le poste de Data Engineer, mardi 10 juin à 14 h, "
            "dans nos locaux (12 rue des Arts, Lyon).\n\nÀ bientôt,\nL'équipe Recrutement"),
    careers("acknowledgement", "es", "Recordatorio: tu entrevista del martes",
            "Hola Sam:\n\nTe recordamos tu entrevista para el puesto de Data Engineer el martes 10 de junio a las "
            "14:00. Enlace de la videollamada: https://meet.solaria.example/4417\n\nEquipo de Talento"),
    careers("acknowledgement", "nl", "Herinnering: je gesprek op dinsdag",
            "Hoi Sam,\n\nEen herinnering aan je gesprek voor de functie Data Engineer op dinsdag 10 juni om 14.00 "
            "uur. Hier is de link: https://meet.polderdata.example/4417\n\nTeam Recruitment"),
    careers("acknowledgement", "it", "Promemoria: il tuo colloquio di martedì",
            "Ciao Sam,\n\nti ricordiamo il colloquio per la posizione di Data Engineer martedì 10 giugno alle "
            "14:00. Link alla videochiamata: https://meet.velasoftware.example/4417\n\nTeam Selezione"),
    careers("acknowledgement", "pt", "Lembrete: a sua entrevista de terça-feira",
            "Olá Sam,\n\nRelembramos a sua entrevista para a vaga de Engenheiro de Dados na terça-feira, 10 de "
            "junho, às 14h. Link da videochamada: https://meet.ipedigital.example/4417\n\nEquipa de Recrutamento"),
]
ASSESSMENT_REMINDERS = [
    careers("acknowledgement", "en", "Your coding test closes in 3 days",
            "Hi Sam,\n\nJust a nudge: your coding test for the Data Engineer role is still open and closes on "
            "Saturday 7 June at 23:59. You can pick up where you left off.\n\nGood luck!\nNorthwind Careers"),
    careers("acknowledgement", "de", "Ihr Online-Test läuft bald ab",
            "Hallo Sam,\n\nkleine Erinnerung: Ihr Online-Test für die Stelle Data Engineer ist noch offen und kann "
            "bis Samstag, 7. Juni, 23:59 Uhr abgeschlossen werden.\n\nViel Erfolg!\nIhr Karriere-Team"),
    careers("acknowledgement", "fr", "Votre test en ligne expire bientôt",
            "Bonjour Sam,\n\nPetit rappel : votre test en ligne pour le poste de Data Engineer est à terminer avant "
            "le samedi 7 juin à 23 h 59.\n\nBonne chance !\nL'équipe Recrutement"),
    careers("acknowledgement", "es", "Tu prueba técnica vence pronto",
            "Hola Sam:\n\nTe recordamos que tu prueba técnica para Data Engineer sigue abierta hasta el sábado 7 de "
            "junio a las 23:59.\n\n¡Mucha suerte!\nEquipo de Talento"),
    careers("acknowledgement", "nl", "Je assessment sluit binnenkort",
            "Hoi Sam,\n\nEen herinnering: je online assessment voor de functie Data Engineer staat nog open tot "
            "zaterdag 7 juni, 23.59 uur.\n\nSucces!\nTeam Recruitment"),
    careers("acknowledgement", "it", "Il tuo test scade a breve",
            "Ciao Sam,\n\nti ricordiamo che il test online per la posizione di Data Engineer è ancora aperto fino a "
            "sabato 7 giugno alle 23:59.\n\nIn bocca al lupo!\nTeam Selezione"),
    careers("acknowledgement", "pt", "O seu teste expira em breve",
            "Olá Sam,\n\nLembramos que o seu teste online para a vaga de Engenheiro de Dados está disponível até "
            "sábado, 7 de junho, às 23h59.\n\nBoa sorte!\nEquipa de Recrutamento"),
]
# The same step moved to another day is news.
RESCHEDULED = [
    careers("next_step", "en", "Change to your interview time",
            "Hi Sam,\n\nUnfortunately our CTO has a conflict on Tuesday, so we've moved your interview to Thursday "
            "12 June at 11:00. The video link stays the same.\n\nNorthwind Careers"),
    careers("next_step", "de", "Verschiebung Ihres Gesprächs",
            "Hallo Sam,\n\nleider müssen wir Ihr Gespräch verschieben: neuer Termin ist Donnerstag, 12. Juni, um "
            "11:00 Uhr. Der Link bleibt gleich.\n\nIhr Karriere-Team"),
    careers("next_step", "fr", "Modification de votre entretien",
            "Bonjour Sam,\n\nNous devons décaler votre entretien : il aura lieu le jeudi 12 juin à 11 h. Le lien "
            "reste le même.\n\nL'équipe Recrutement"),
    careers("next_step", "es", "Cambio en tu entrevista",
            "Hola Sam:\n\nTenemos que cambiar la hora de tu entrevista: la nueva fecha es el jueves 12 de junio a "
            "las 11:00. El enlace es el mismo.\n\nEquipo de Talento"),
    careers("next_step", "nl", "Je gesprek is verplaatst",
            "Hoi Sam,\n\nWe moeten je gesprek helaas verzetten naar donderdag 12 juni om 11.00 uur. De link blijft "
            "hetzelfde.\n\nTeam Recruitment"),
    careers("next_step", "it", "Modifica del tuo colloquio",
            "Ciao Sam,\n\ndobbiamo spostare il tuo colloquio a giovedì 12 giugno alle 11:00. Il link resta lo "
            "stesso.\n\nTeam Selezione"),
    careers("next_step", "pt", "Alteração da sua entrevista",
            "Olá Sam,\n\nTemos de remarcar a sua entrevista para quinta-feira, 12 de junho, às 11h. O link mantém-se."
            "\n\nEquipa de Recrutamento"),
]
# A platform's confirmation of a slot: the corpora's labels have it a next step.
CONFIRMED = [
    platform("next_step", "en", "Interview confirmed: Final round with Northwind",
             "Hi Sam,\n\nYour interview is confirmed.\n\nFinal round - Data Engineer\nTuesday, June 10, 2025, "
             "2:00 PM - 3:00 PM BST\nInterviewers: Jordan Lee, Priya Sharma\nLocation: "
             "https://meet.google.com/abc-defg-hij\n\nNeed to reschedule? Use the link in your invitation."),
    platform("next_step", "de", "Terminbestätigung: Zweitgespräch bei Brandt Logistik",
             "Hallo Sam,\n\nIhr Termin ist bestätigt: Zweitgespräch Data Engineer am Dienstag, 10. Juni 2025, "
             "14:00 - 15:00 Uhr, per Microsoft Teams.\n\nViele Grüße\nBrandt Logistik"),
    platform("next_step", "fr", "Confirmation de votre entretien avec Lumière Conseil",
             "Bonjour Sam,\n\nVotre entretien est confirmé : mardi 10 juin 2025 de 14 h à 15 h, en visio avec "
             "Claire Dubois.\n\nÀ bientôt,\nLumière Conseil"),
    platform("next_step", "es", "Entrevista confirmada con Solaria",
             "Hola Sam:\n\nTu entrevista ha quedado confirmada para el martes 10 de junio de 2025 de 14:00 a 15:00, "
             "por videollamada con Lucía Fernández.\n\nSolaria"),
    platform("next_step", "nl", "Bevestiging van je gesprek bij Polder Data",
             "Hoi Sam,\n\nJe gesprek is bevestigd: dinsdag 10 juni 2025 van 14.00 tot 15.00 uur, via Teams met Daan "
             "de Vries.\n\nPolder Data"),
    platform("next_step", "it", "Colloquio confermato con Vela Software",
             "Ciao Sam,\n\nil tuo colloquio è confermato per martedì 10 giugno 2025 dalle 14:00 alle 15:00, in "
             "videochiamata con Giulia Rossi.\n\nVela Software"),
    platform("next_step", "pt", "Entrevista confirmada com a Ipê Digital",
             "Olá Sam,\n\nA sua entrevista está confirmada para terça-feira, 10 de junho de 2025, das 14h às 15h, "
             "por videochamada com Ana Souza.\n\nIpê Digital"),
]

# --- next steps promised against next steps named -------------------------------------------
STEPS_PROMISED = [
    person("acknowledgement", "en", "Hi Sam,\n\nThanks for the lovely note! We'll be in touch about next steps "
           "soon.\n\nPriya"),
    person("acknowledgement", "de", "Hallo Sam,\n\ndanke für die nette Nachricht! Wir melden uns bald wegen der "
           "nächsten Schritte.\n\nJulia"),
    person("acknowledgement", "fr", "Bonjour Sam,\n\nMerci pour votre gentil message ! Nous reviendrons vers vous "
           "très vite pour la suite.\n\nClaire"),
    person("acknowledgement", "es", "Hola Sam:\n\n¡Gracias por tu mensaje! Pronto te contaremos los próximos "
           "pasos.\n\nLucía"),
    person("acknowledgement", "nl", "Hoi Sam,\n\nBedankt voor je fijne bericht! We laten je binnenkort weten wat de "
           "volgende stappen zijn.\n\nDaan"),
    person("acknowledgement", "it", "Ciao Sam,\n\ngrazie per il bel messaggio! Ti aggiorneremo a breve sui "
           "prossimi passi.\n\nGiulia"),
    person("acknowledgement", "pt", "Olá Sam,\n\nObrigada pela simpática mensagem! Em breve damos notícias sobre os "
           "próximos passos.\n\nAna"),
]
STEPS_NAMED = [
    person("next_step", "en", "Hi Sam,\n\nThanks for your note! Next step: a 30-minute call with our CTO, Jordan, on "
           "Tuesday 10 June at 15:00. A calendar invite will follow.\n\nPriya"),
    person("next_step", "de", "Hallo Sam,\n\ndanke! Nächster Schritt: ein 30-minütiges Gespräch mit unserem CTO "
           "am Dienstag, 10. Juni, um 15 Uhr. Die Einladung kommt per Kalender.\n\nJulia"),
    person("next_step", "fr", "Bonjour Sam,\n\nMerci ! Prochaine étape : un échange de 30 minutes avec notre CTO "
           "mardi 10 juin à 15 h. Je vous envoie l'invitation.\n\nClaire"),
    person("next_step", "es", "Hola Sam:\n\n¡Gracias! Siguiente paso: una llamada de 30 minutos con nuestro CTO el "
           "martes 10 de junio a las 15:00. Te envío la invitación.\n\nLucía"),
    person("next_step", "nl", "Hoi Sam,\n\nBedankt! Volgende stap: een gesprek van 30 minuten met onze CTO op dinsdag "
           "10 juni om 15.00 uur. De uitnodiging volgt.\n\nDaan"),
    person("next_step", "it", "Ciao Sam,\n\ngrazie! Prossimo passo: una call di 30 minuti con il nostro CTO martedì "
           "10 giugno alle 15:00. Ti mando l'invito.\n\nGiulia"),
    person("next_step", "pt", "Olá Sam,\n\nObrigada! Próximo passo: uma chamada de 30 minutos com o nosso CTO na "
           "terça-feira, 10 de junho, às 15h. Envio-lhe o convite.\n\nAna"),
]

# --- the employer's other mail that brings no news ------------------------------------------
SURVEYS = [
    careers("bulk", "en", "How was your interview experience?",
            "Hi Sam,\n\nYou recently interviewed with Northwind. We'd love to hear how it went for you: would you "
            "take 2 minutes to answer our candidate experience survey? https://survey.northwind.example/c/88\n\n"
            "Your answers are anonymous and have no bearing on your application.\n\nNorthwind Careers"),
    careers("bulk", "de", "Wie war Ihr Bewerbungsprozess?",
            "Hallo Sam,\n\nIhre Meinung ist uns wichtig: Wie haben Sie unseren Bewerbungsprozess erlebt? Die Umfrage "
            "dauert nur 2 Minuten: https://umfrage.brandt-logistik.example/88\n\nDie Teilnahme ist anonym und hat "
            "keinen Einfluss auf Ihre Bewerbung.\n\nIhr Karriere-Team"),
    careers("bulk", "fr", "Votre avis sur notre processus de recrutement",
            "Bonjour Sam,\n\nVotre avis nous intéresse : pourriez-vous répondre à notre questionnaire sur votre "
            "expérience candidat ? Cela prend 2 minutes : https://avis.lumiere-conseil.example/88\n\nVos réponses "
            "sont anonymes et sans effet sur votre candidature.\n\nL'équipe Recrutement"),
    careers("bulk", "es", "¿Qué tal tu experiencia como candidato?",
            "Hola Sam:\n\nNos encantaría conocer tu opinión sobre nuestro proceso de selección. ¿Nos dedicas 2 "
            "minutos para responder a esta encuesta? https://encuesta.solaria.example/88\n\nTus respuestas son "
            "anónimas y no influyen en tu candidatura.\n\nEquipo de Talento"),
    careers("bulk", "nl", "Hoe heb je onze sollicitatieprocedure ervaren?",
            "Hoi Sam,\n\nWe horen graag hoe je onze sollicitatieprocedure hebt ervaren. Wil je 2 minuten nemen voor "
            "deze korte enquête? https://enquete.polderdata.example/88\n\nJe antwoorden zijn anoniem en hebben geen "
            "invloed op je sollicitatie.\n\nTeam Recruitment"),
    careers("bulk", "it", "Com'è andato il tuo colloquio?",
            "Ciao Sam,\n\nci piacerebbe sapere com'è stata la tua esperienza di selezione. Ci dedichi 2 minuti per "
            "rispondere a un breve questionario? https://sondaggio.velasoftware.example/88\n\nLe risposte sono "
            "anonime e non influiscono sulla tua candidatura.\n\nTeam Selezione"),
    careers("bulk", "pt", "Como foi a sua experiência de candidatura?",
            "Olá Sam,\n\nGostaríamos de saber como foi a sua experiência no nosso processo de recrutamento. Pode "
            "dedicar 2 minutos a este inquérito? https://inquerito.ipedigital.example/88\n\nAs respostas são "
            "anónimas e não têm influência na sua candidatura.\n\nEquipa de Recrutamento"),
]
WITHDRAWN = [
    noreply("acknowledgement", "en", "Your application has been withdrawn",
            "Dear Sam,\n\nThis confirms that your application for the Data Engineer role has been withdrawn, as you "
            "requested. Thank you for your interest in Northwind.\n\nNorthwind Talent Acquisition"),
    noreply("acknowledgement", "de", "Rückzug Ihrer Bewerbung",
            "Guten Tag Sam Taylor,\n\nhiermit bestätigen wir, dass Sie Ihre Bewerbung als Data Engineer "
            "zurückgezogen haben. Vielen Dank für Ihr Interesse an Brandt Logistik.\n\nIhr Recruiting-Team"),
    noreply("acknowledgement", "fr", "Retrait de votre candidature",
            "Bonjour Sam,\n\nNous vous confirmons le retrait de votre candidature au poste de Data Engineer, à votre "
            "demande. Merci de l'intérêt porté à Lumière Conseil.\n\nL'équipe Recrutement"),
    noreply("acknowledgement", "es", "Has retirado tu candidatura",
            "Hola Sam:\n\nTe confirmamos que has retirado tu candidatura al puesto de Data Engineer, tal como "
            "solicitaste. Gracias por tu interés en Solaria.\n\nEquipo de Selección"),
    noreply("acknowledgement", "nl", "Je sollicitatie is ingetrokken",
            "Beste Sam,\n\nHierbij bevestigen we dat je je sollicitatie voor Data Engineer op eigen verzoek hebt "
            "ingetrokken. Bedankt voor je interesse in Polder Data.\n\nTeam Werving"),
    noreply("acknowledgement", "it", "Ritiro della candidatura",
            "Gentile Sam,\n\nti confermiamo che la tua candidatura per Data Engineer è stata ritirata su tua "
            "richiesta. Grazie per l'interesse verso Vela Software.\n\nTeam HR"),
    noreply("acknowledgement", "pt", "A sua candidatura foi retirada",
            "Olá Sam,\n\nConfirmamos que a sua candidatura para Engenheiro de Dados foi retirada, conforme pedido. "
            "Obrigado pelo interesse na Ipê Digital.\n\nEquipa de Talentos"),
]
EXTENDED = [
    careers("acknowledgement", "en", "More time for your assessment",
            "Hi Sam,\n\nWe've extended the deadline for your take-home assessment to Sunday 15 June, as several "
            "candidates asked for more time. The link you received still works.\n\nNorthwind Careers"),
    careers("acknowledgement", "de", "Mehr Zeit für Ihre Fallstudie",
            "Hallo Sam,\n\nwir haben die Frist für Ihre Fallstudie bis Sonntag, 15. Juni, verlängert. Der Link, "
            "den Sie erhalten haben, bleibt gültig.\n\nIhr Karriere-Team"),
    careers("acknowledgement", "fr", "Délai prolongé pour votre étude de cas",
            "Bonjour Sam,\n\nNous avons prolongé le délai de votre étude de cas jusqu'au dimanche 15 juin. Le lien "
            "reçu reste valable.\n\nL'équipe Recrutement"),
    careers("acknowledgement", "es", "Más tiempo para tu prueba",
            "Hola Sam:\n\nHemos ampliado el plazo de tu prueba técnica hasta el domingo 15 de junio. El enlace que "
            "recibiste sigue siendo válido.\n\nEquipo de Talento"),
    careers("acknowledgement", "nl", "Meer tijd voor je opdracht",
            "Hoi Sam,\n\nWe hebben de deadline voor je opdracht verlengd tot zondag 15 juni. De link die je hebt "
            "ontvangen blijft geldig.\n\nTeam Recruitment"),
    careers("acknowledgement", "it", "Più tempo per il tuo test",
            "Ciao Sam,\n\nabbiamo prorogato la scadenza del tuo test fino a domenica 15 giugno. Il link che hai "
            "ricevuto resta valido.\n\nTeam Selezione"),
    careers("acknowledgement", "pt", "Mais tempo para o seu teste",
            "Olá Sam,\n\nProrrogámos o prazo do seu teste até domingo, 15 de junho. O link que recebeu continua "
            "válido.\n\nEquipa de Recrutamento"),
]

# --- only some will be contacted, the process described, a step on a hypothesis -------------
ONLY_SHORTLISTED = [
    noreply("acknowledgement", "en", "Application received - Data Engineer",
            "Dear Sam,\n\nThank you for your application. Due to the high volume of applications, only shortlisted "
            "candidates will be contacted. We appreciate your interest in Northwind.\n\nNorthwind Talent "
            "Acquisition"),
    noreply("acknowledgement", "de", "Eingangsbestätigung Ihrer Bewerbung",
            "Guten Tag Sam Taylor,\n\nvielen Dank für Ihre Bewerbung. Aufgrund der hohen Zahl an Bewerbungen melden "
            "wir uns nur bei Kandidatinnen und Kandidaten, die in die engere Auswahl kommen.\n\nIhr Recruiting-Team"),
    noreply("acknowledgement", "fr", "Accusé de réception de votre candidature",
            "Bonjour Sam,\n\nMerci pour votre candidature. En raison du nombre important de candidatures, seules les "
            "personnes présélectionnées seront contactées.\n\nL'équipe Recrutement"),
    noreply("acknowledgement", "es", "Hemos recibido tu candidatura",
            "Hola Sam:\n\nGracias por tu candidatura. Debido al elevado número de solicitudes, solo nos pondremos en "
            "contacto con las personas preseleccionadas.\n\nEquipo de Selección"),
    noreply("acknowledgement", "nl", "Ontvangstbevestiging van je sollicitatie",
            "Beste Sam,\n\nBedankt voor je sollicitatie. Vanwege het grote aantal reacties nemen we alleen contact "
            "op met kandidaten die door zijn naar de volgende ronde.\n\nTeam Werving"),
    noreply("acknowledgement", "it", "Conferma di ricezione della candidatura",
            "Gentile Sam,\n\ngrazie per la candidatura. Dato l'elevato numero di candidature, saranno ricontattati "
            "solo i profili ritenuti in linea.\n\nTeam HR"),
    noreply("acknowledgement", "pt", "Confirmação de receção da candidatura",
            "Olá Sam,\n\nObrigado pela sua candidatura. Devido ao elevado número de candidaturas, apenas os "
            "candidatos pré-selecionados serão contactados.\n\nEquipa de Talentos"),
]
PROCESS_DESCRIBED = [
    careers("acknowledgement", "en", "We've received your application",
            "Hi Sam,\n\nThanks for applying to Northwind! Here's how our process works: a 30-minute screening call, "
            "a technical interview and a final round with the team. Our recruiters review every application and "
            "aim to get back to you within two weeks.\n\nNorthwind Careers"),
    careers("acknowledgement", "de", "Ihre Bewerbung ist eingegangen",
            "Hallo Sam,\n\ndanke für Ihre Bewerbung! So geht es weiter: Nach Sichtung Ihrer Unterlagen laden wir "
            "passende Kandidatinnen und Kandidaten zu einem ersten Gespräch ein, danach folgt ein Fachgespräch. Wir "
            "melden uns innerhalb von zwei Wochen.\n\nIhr Karriere-Team"),
    careers("acknowledgement", "fr", "Nous avons bien reçu votre candidature",
            "Bonjour Sam,\n\nMerci pour votre candidature ! Notre processus se déroule en trois étapes : un premier "
            "échange téléphonique, un entretien technique puis une rencontre avec l'équipe. Nous revenons vers vous "
            "sous deux semaines.\n\nL'équipe Recrutement"),
    careers("acknowledgement", "es", "Hemos recibido tu candidatura",
            "Hola Sam:\n\n¡Gracias por tu candidatura! Nuestro proceso consta de una llamada inicial, una entrevista "
            "técnica y una entrevista final con el equipo. Te daremos respuesta en un plazo de dos semanas.\n\n"
            "Equipo de Talento"),
    careers("acknowledgement", "nl", "We hebben je sollicitatie ontvangen",
            "Hoi Sam,\n\nBedankt voor je sollicitatie! Onze procedure bestaat uit een kennismakingsgesprek, een "
            "technisch gesprek en een laatste gesprek met het team. Binnen twee weken hoor je van ons.\n\n"
            "Team Recruitment"),
    careers("acknowledgement", "it", "Abbiamo ricevuto la tua candidatura",
            "Ciao Sam,\n\ngrazie per la candidatura! Il nostro processo prevede una prima call conoscitiva, un "
            "colloquio tecnico e un colloquio finale con il team. Ti daremo un riscontro entro due settimane.\n\n"
            "Team Selezione"),
    careers("acknowledgement", "pt", "Recebemos a sua candidatura",
            "Olá Sam,\n\nObrigado pela sua candidatura! O nosso processo tem uma conversa inicial, uma entrevista "
            "técnica e uma entrevista final com a equipa. Damos-lhe uma resposta no prazo de duas semanas.\n\n"
            "Equipa de Recrutamento"),
]
HYPOTHETICAL = [
    person("acknowledgement", "en", "Hi Sam,\n\nThanks for your note. The team hasn't met yet. Were we to move "
           "forward, the next step would be a short technical interview with Jordan. I'll update you next week."
           "\n\nPriya"),
    person("acknowledgement", "de", "Hallo Sam,\n\ndanke für Ihre Nachricht. Das Team hat sich noch nicht "
           "abgestimmt. Sollten wir weitermachen, wäre der nächste Schritt ein Fachgespräch mit Herrn Weber. Ich "
           "melde mich nächste Woche.\n\nJulia"),
    person("acknowledgement", "fr", "Bonjour Sam,\n\nMerci pour votre message. L'équipe ne s'est pas encore "
           "réunie. Si nous poursuivons, la prochaine étape serait un entretien technique avec Marc. Je reviens "
           "vers vous la semaine prochaine.\n\nClaire"),
    person("acknowledgement", "es", "Hola Sam:\n\nGracias por tu mensaje. El equipo aún no se ha reunido. Si "
           "seguimos adelante, el siguiente paso sería una entrevista técnica con Jorge. Te digo algo la semana "
           "que viene.\n\nLucía"),
    person("acknowledgement", "nl", "Hoi Sam,\n\nDank voor je bericht. Het team heeft nog niet overlegd. Als we "
           "verder gaan, zou de volgende stap een technisch gesprek met Eva zijn. Ik laat volgende week iets "
           "weten.\n\nDaan"),
    person("acknowledgement", "it", "Ciao Sam,\n\ngrazie del messaggio. Il team non si è ancora confrontato. Se "
           "andiamo avanti, il prossimo passo sarebbe un colloquio tecnico con Marco. Ti aggiorno la prossima "
           "settimana.\n\nGiulia"),
    person("acknowledgement", "pt", "Olá Sam,\n\nObrigada pela mensagem. A equipa ainda não reuniu. Se avançarmos, "
           "o próximo passo seria uma entrevista técnica com o Pedro. Dou-lhe notícias na próxima semana.\n\nAna"),
]
# A step that waits only on the candidate's answer is news.
THEIR_CONDITION = [
    person("next_step", "en", "Hi Sam,\n\nGreat chatting today. If you're happy to continue, the next step is a "
           "technical interview with Jordan; could you send me a few slots for next week?\n\nPriya"),
    person("next_step", "de", "Hallo Sam,\n\nschön, dass wir gesprochen haben. Wenn Sie weiterhin Interesse haben, "
           "wäre der nächste Schritt ein Fachgespräch mit Herrn Weber. Wann hätten Sie nächste Woche Zeit?"
           "\n\nJulia"),
    person("next_step", "fr", "Bonjour Sam,\n\nRavie de notre échange. Si vous souhaitez poursuivre, la prochaine "
           "étape est un entretien technique avec Marc : quelles sont vos disponibilités la semaine prochaine ?"
           "\n\nClaire"),
    person("next_step", "es", "Hola Sam:\n\nEncantada de hablar contigo. Si quieres seguir adelante, el siguiente "
           "paso es una entrevista técnica con Jorge. ¿Qué disponibilidad tienes la semana que viene?\n\nLucía"),
    person("next_step", "nl", "Hoi Sam,\n\nLeuk je te spreken. Als je door wilt, is de volgende stap een technisch "
           "gesprek met Eva. Wanneer kun je volgende week?\n\nDaan"),
    person("next_step", "it", "Ciao Sam,\n\npiacere di averti sentito. Se vuoi proseguire, il prossimo passo è un "
           "colloquio tecnico con Marco. Che disponibilità hai la prossima settimana?\n\nGiulia"),
    person("next_step", "pt", "Olá Sam,\n\nFoi um prazer falar consigo. Se quiser continuar, o próximo passo é uma "
           "entrevista técnica com o Pedro. Que disponibilidade tem na próxima semana?\n\nAna"),
]

# --- who goes on still to be chosen, and documents received and passed on -------------------
CHOOSING_WHOM = [
    person("acknowledgement", "en", "Hi Sam,\n\nThanks for Monday. We're seeing the last candidates this week and "
           "will then decide with the team who we invite to a final interview. You'll hear from us by Friday 13 "
           "June.\n\nPriya"),
    person("acknowledgement", "de", "Hallo Sam,\n\ndanke für das Gespräch am Montag. Wir sprechen diese Woche mit "
           "den letzten Kandidaten und entscheiden danach im Team, wen wir zu einem Zweitgespräch einladen. Sie "
           "hören bis Freitag, 13. Juni, von uns.\n\nJulia"),
    person("acknowledgement", "fr", "Bonjour Sam,\n\nMerci pour lundi. Nous voyons les derniers candidats cette "
           "semaine, puis nous déciderons avec l'équipe qui nous convions à un second entretien. Vous aurez de nos "
           "nouvelles d'ici le vendredi 13 juin.\n\nClaire"),
    person("acknowledgement", "es", "Hola Sam:\n\nGracias por lo del lunes. Esta semana vemos a los últimos "
           "candidatos y después decidiremos con el equipo a quién invitamos a una segunda entrevista. Tendrás "
           "noticias nuestras antes del viernes 13 de junio.\n\nLucía"),
    person("acknowledgement", "nl", "Hoi Sam,\n\nBedankt voor maandag. We spreken deze week de laatste kandidaten "
           "en bepalen daarna met het team wie we uitnodigen voor een tweede gesprek. Uiterlijk vrijdag 13 juni "
           "hoor je van ons.\n\nDaan"),
    person("acknowledgement", "it", "Ciao Sam,\n\ngrazie per lunedì. Questa settimana incontriamo gli ultimi "
           "candidati e poi decideremo con il team chi invitare al secondo colloquio. Avrai nostre notizie entro "
           "venerdì 13 giugno.\n\nGiulia"),
    person("acknowledgement", "pt", "Olá Sam,\n\nObrigada pela conversa de segunda-feira. Esta semana falamos com "
           "os últimos candidatos e depois decidimos com a equipa quem convidamos para uma segunda entrevista. Terá "
           "notícias nossas até sexta-feira, 13 de junho.\n\nAna"),
]
DOCUMENTS_PASSED_ON = [
    person("acknowledgement", "en", "Hi Sam,\n\nReceived everything, thanks. I'm forwarding the documents to the "
           "hiring manager.\n\nPriya"),
    person("acknowledgement", "de", "Hallo Sam,\n\nalles erhalten, vielen Dank. Ich leite die Unterlagen an die "
           "Fachabteilung weiter.\n\nJulia"),
    person("acknowledgement", "fr", "Bonjour Sam,\n\nTout est bien reçu, merci. Je transmets les documents au "
           "responsable.\n\nClaire"),
    person("acknowledgement", "es", "Hola Sam:\n\nRecibido todo, gracias. Reenvío los documentos al "
           "responsable.\n\nLucía"),
    person("acknowledgement", "nl", "Hoi Sam,\n\nAlles ontvangen, dank je. Ik stuur de documenten door naar de "
           "manager.\n\nDaan"),
    person("acknowledgement", "it", "Ciao Sam,\n\nricevuto tutto, grazie. Inoltro i documenti al "
           "responsabile.\n\nGiulia"),
    person("acknowledgement", "pt", "Olá Sam,\n\nRecebi tudo, obrigada. Vou reencaminhar os documentos para o "
           "responsável.\n\nAna"),
]

WHETHER = [
    noreply("acknowledgement", "en", "Thank you for applying to Northwind",
            "Dear Sam,\n\nThank you for applying! We review every application carefully and will let you know within "
            "two weeks whether we would like to invite you to a first interview.\n\nNorthwind Talent Acquisition"),
    noreply("acknowledgement", "de", "Vielen Dank für Ihre Bewerbung",
            "Guten Tag Sam Taylor,\n\nvielen Dank für Ihre Bewerbung! Wir prüfen alle Unterlagen sorgfältig und "
            "teilen Ihnen innerhalb von zwei Wochen mit, ob wir Sie zu einem ersten Gespräch einladen möchten.\n\n"
            "Ihr Recruiting-Team"),
    noreply("acknowledgement", "fr", "Merci pour votre candidature",
            "Bonjour Sam,\n\nMerci pour votre candidature ! Nous étudions chaque dossier avec attention et vous "
            "dirons sous deux semaines si nous souhaitons vous rencontrer pour un premier entretien.\n\n"
            "L'équipe Recrutement"),
    noreply("acknowledgement", "es", "Gracias por tu candidatura",
            "Hola Sam:\n\n¡Gracias por tu candidatura! Revisamos cada perfil con atención y te diremos en un plazo "
            "de dos semanas si queremos invitarte a una primera entrevista.\n\nEquipo de Selección"),
    noreply("acknowledgement", "nl", "Bedankt voor je sollicitatie",
            "Beste Sam,\n\nBedankt voor je sollicitatie! We bekijken alle sollicitaties zorgvuldig en laten je binnen "
            "twee weken weten of we je willen uitnodigen voor een kennismaking.\n\nTeam Werving"),
    noreply("acknowledgement", "it", "Grazie per la tua candidatura",
            "Gentile Sam,\n\ngrazie per la candidatura! Valutiamo ogni profilo con attenzione e ti faremo sapere "
            "entro due settimane se vogliamo invitarti a un primo colloquio.\n\nTeam HR"),
    noreply("acknowledgement", "pt", "Obrigado pela sua candidatura",
            "Olá Sam,\n\nObrigado pela sua candidatura! Analisamos cada perfil com atenção e dizemos-lhe no prazo de "
            "duas semanas se queremos convidá-lo para uma primeira entrevista.\n\nEquipa de Talentos"),
]

GROUPS = {
    "condition_person": CONDITION_PERSON, "condition_posted": CONDITION_POSTED, "condition_step": CONDITION_STEP,
    "condition_candidate": CONDITION_CANDIDATE, "reminder": REMINDERS, "assessment_reminder": ASSESSMENT_REMINDERS,
    "rescheduled": RESCHEDULED, "confirmed": CONFIRMED, "steps_promised": STEPS_PROMISED, "steps_named": STEPS_NAMED,
    "survey": SURVEYS, "withdrawn": WITHDRAWN, "extended": EXTENDED, "only_shortlisted": ONLY_SHORTLISTED,
    "process_described": PROCESS_DESCRIBED, "hypothetical": HYPOTHETICAL, "their_condition": THEIR_CONDITION,
    "choosing_whom": CHOOSING_WHOM, "documents_passed_on": DOCUMENTS_PASSED_ON, "whether": WHETHER,
}
PROBES = [case for group in GROUPS.values() for case in group]


@pytest.mark.parametrize("case", PROBES, ids=_ids(PROBES))
def test_news_and_no_news_are_told_apart(case: Reply) -> None:
    mail, result = read(case)
    assert mail.unreadable is None
    assert (result.kind in HEARD_BACK_KINDS) == (case.kind in HEARD_BACK_KINDS), result.reasons
    assert result.kind == case.kind, result.reasons


def test_every_group_is_probed_in_seven_languages() -> None:
    for name, group in GROUPS.items():
        assert [case.lang for case in group] == list(LANGS), name
        assert len({case.kind for case in group}) == 1, name
