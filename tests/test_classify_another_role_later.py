"""News promised only on the condition of another role ("if we open a second role on the
team in spring, I'll get back to you directly"), as a recruiter writes it when answering a
question after a decision, is no holding reply: the person answered, in seven languages.
Examples written for these tests alone; a condition about this application ("if we decide
to move forward, you'll hear from us") still makes a holding reply.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

ANSWERED = [
    "Sehr gern. Ausschlaggebend war am Ende die Erfahrung mit Zeitreihendatenbanken, die die andere Kandidatin "
    "mitbringt. Falls wir im Frühjahr die zweite Stelle im Team freigeben, melde ich mich gern direkt bei Ihnen.",
    "Of course. What tipped it was the other candidate's payments experience. If we open a second role on the team "
    "in spring, I'll get back to you directly.",
    "Bien sûr. Ce qui a fait la différence, c'est l'expérience en paiements. Si nous ouvrons un second poste au "
    "printemps, je reviendrai vers vous directement.",
    "Claro. Lo decisivo fue la experiencia en pagos. Si abrimos una nueva vacante en primavera, te escribiré "
    "directamente.",
    "Certo. A fare la differenza è stata l'esperienza nei pagamenti. Se apriremo una seconda posizione in primavera, "
    "ti ricontatterò direttamente.",
    "Graag. De doorslag gaf de ervaring met betalingen. Als we in het voorjaar een tweede functie openen, neem ik "
    "direct contact met je op.",
    "Claro. O que fez a diferença foi a experiência em pagamentos. Se abrirmos uma segunda vaga na primavera, volto "
    "a contactá-la diretamente.",
]


@pytest.mark.parametrize("body", ANSWERED)
def test_news_only_on_another_role_is_a_persons_reply(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "other", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "If you have any questions in the meantime, let me know. We'll get back to you by Friday.",
        "Unless something unexpected comes up, you'll hear from us by Friday.",
        "In case you're wondering, we're still interviewing and will get back to you next week.",
        "Falls Sie Fragen haben, melden Sie sich gern. Wir melden uns bis Freitag bei Ihnen.",
        "Si vous avez des questions, n'hésitez pas. Nous reviendrons vers vous d'ici vendredi.",
        "Thanks for checking in. If all goes well, we'll have an update for you next week.",
        "If we decide to move forward, you'll hear from us.",
        "If we decide to move forward with your application for the role, we'll be in touch.",
        "Should the hiring manager want to move forward for this position, I'll get back to you.",
    ],
)
def test_a_condition_about_this_application_still_holds(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "acknowledgement", result.reasons
