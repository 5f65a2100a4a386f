"""An assessment platform's receipt that the candidate finished a test ("thank you for
completing the coding test", "your answers were submitted", "je hebt het assessment
afgerond") is a holding reply, not a next step, in seven languages: the test was the step,
and the employer will write about what comes next. Examples written for these tests alone;
the look-alikes (a receipt that also invites, links to a booking page or asks for a second
part, and a person's words) keep the verdict they had.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

PLATFORM = "no-reply@hackerrankforwork.com"

COMPLETED = [
    ("You have completed Backend Engineer - Online Assessment",
     "Hi Sam, thank you for taking the Data Engineer (Senior) - Online Assessment for Acme Corp. Your answers were "
     "submitted successfully on Nov 6 at 9:39 PM. The hiring team at Acme will review your submission and reach out "
     "to you directly about next steps."),
    ("Thank you for completing your test",
     "Thank you for completing the coding test for Acme Corp. Your solutions have been submitted and the results have "
     "been sent to the recruitment team. Acme will contact you directly regarding the next stage of the process."),
    ("Test abgeschlossen",
     "Hallo Sam, vielen Dank für das Absolvieren des Online-Tests für Acme GmbH. Ihre Antworten wurden an das "
     "Recruiting-Team übermittelt. Acme wird sich bezüglich der nächsten Schritte direkt bei Ihnen melden."),
    ("Test terminé",
     "Bonjour Sam, merci d'avoir complété l'évaluation en ligne pour Acme SAS. Vos résultats ont été transmis à "
     "l'équipe de recrutement, qui vous contactera directement pour la suite."),
    ("Prueba completada",
     "Hola Sam, gracias por completar la evaluación en línea de Acme S.L. Tus resultados se han compartido con el "
     "equipo de selección, que se pondrá en contacto contigo sobre los próximos pasos."),
    ("Test completato",
     "Ciao Sam, grazie per aver completato il test tecnico per Acme S.p.A. I tuoi risultati sono stati condivisi con "
     "il team di selezione, che ti contatterà direttamente per i prossimi passi."),
    ("Bedankt voor het voltooien van je assessment",
     "Hallo Sam, je hebt het assessment voor Data Analist bij Acme B.V. afgerond. Goed gedaan! Je resultaten zijn "
     "gedeeld met Acme B.V. Zij nemen zelf contact met je op over het vervolg van de procedure."),
    ("Teste concluído",
     "Olá Sam, obrigado por concluir o teste técnico da Acme Lda. Os seus resultados foram partilhados com a equipa "
     "de recrutamento, que entrará em contacto consigo sobre os próximos passos."),
]


@pytest.mark.parametrize(("subject", "body"), COMPLETED)
def test_a_platforms_receipt_for_a_finished_test_is_a_holding_reply(subject: str, body: str) -> None:
    result = classify(received(body, subject=subject, sender=PLATFORM))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Next step: your interview",
         "Thank you for completing the assessment. Acme would like to invite you to a video interview: please book a "
         "time here: https://calendly.com/acme-talent/interview"),
        ("Next step",
         "Thanks for completing the first test. Please complete the second part of the assessment by Friday: "
         "https://app.testgorilla.com/start/abc"),
        ("Congratulations",
         "You have completed the coding test and passed! We'd like to invite you to the final round."),
        ("Test abgeschlossen",
         "Vielen Dank für das Absolvieren des Tests. Wir möchten Sie zu einem zweiten Gespräch einladen. Bitte wählen "
         "Sie einen Termin: https://calendly.com/acme/gespraech"),
        ("Prova",
         "Grazie per aver completato il test. Ti preghiamo di prenotare il colloquio finale tramite il link: "
         "https://calendly.com/acme/colloquio"),
    ],
)
def test_a_receipt_that_also_offers_a_step_is_a_next_step(subject: str, body: str) -> None:
    result = classify(received(body, subject=subject, sender=PLATFORM))
    assert result.kind == "next_step", result.reasons


def test_a_person_thanking_for_a_finished_test_and_inviting_is_a_next_step() -> None:
    body = "Thanks for completing the take-home! The team liked it; could you do a final interview on Thursday at 14:00?"
    result = classify(received(body, sender="jane.doe@acme.example"))
    assert result.kind == "next_step", result.reasons
