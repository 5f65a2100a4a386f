"""A thank-you written in English with the thanks said in the interviewer's language is a thank-you.

Candidates writing to a team abroad open with the team's word for thanks and go on in English
("Muito obrigado for this morning's conversation!", "Danke for the interview yesterday!").
"""

from __future__ import annotations

import pytest

from tests.test_classify import sent
from watcher.classify import classify

THANKS = [
    "Hi Juliana,\n\nMuito obrigado for this morning's conversation! It made me even keener on the role.\n\nAlex",
    "Hi Marc,\n\nmerci beaucoup for the interview this morning!\n\nAlex",
    "Hi Jonas,\n\nDanke for the interview yesterday - the pairing session was fun.\n\nAlex",
    "Hola Lucía,\n\nmuchas gracias for the chat this afternoon!\n\nAlex",
    "Ciao Giulia,\n\ngrazie for taking the time to walk me through the platform.\n\nAlex",
    "Hoi Sanne,\n\nbedankt for the conversation today, it was great to hear about the roadmap.\n\nAlex",
]


@pytest.mark.parametrize("body", THANKS)
def test_thanks_in_the_interviewers_language_make_a_thank_you(body: str) -> None:
    result = classify(sent(body))
    assert result.kind == "thank_you", result.reasons


def test_a_chaser_still_wins_over_such_thanks() -> None:
    body = "Hi Giulia,\n\nany news on my application? Grazie again for the interview last week.\n\nAlex"
    assert classify(sent(body)).kind == "follow_up"
