"""A decision said as what became of the process or of the other candidates: every process for
the post closed ("we have decided to close all ongoing application processes for this role",
"we hebben besloten alle lopende procedures af te sluiten", in seven languages), the post put
on hold with the verb last ("dat de functie on hold is gezet"), another candidacy chosen ("für
eine Kandidatur entschieden, die ...") and no better news to give ("keinen positiveren
Bescheid"): a rejection, over a promise to write if the post reopens and over a step named as
done. Examples written for these tests alone; the look-alikes (a decision still to come, a
closing not decided, a step offered after it) keep their kind.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

DECIDED = [
    "Due to a budget review, we have decided to close all ongoing application processes for this role. Should it "
    "reopen, we'll be in touch.",
    "Aufgrund einer Budgetprüfung haben wir entschieden, alle laufenden Bewerbungsverfahren für diese Stelle "
    "abzubrechen. Sollte sie wieder ausgeschrieben werden, melden wir uns.",
    "Suite à une révision budgétaire, nous avons décidé de clôturer tous les processus de recrutement en cours pour "
    "ce poste. Si le poste rouvre, nous reviendrons vers vous.",
    "Por una revisión presupuestaria, hemos decidido cerrar todos los procesos de selección en curso para este "
    "puesto. Si se reabre, te contactaremos.",
    "A causa di una revisione del budget, abbiamo deciso di chiudere tutti i processi di selezione in corso per "
    "questa posizione. Se dovesse riaprirsi, ti ricontatteremo.",
    "Door een reorganisatie hebben we besloten alle lopende procedures voor deze vacature af te sluiten. Als de "
    "vacature terugkomt, nemen we graag contact met je op.",
    "Devido a uma revisão do orçamento, decidimos encerrar todos os processos seletivos em andamento para esta "
    "vaga. Se ela reabrir, entraremos em contato.",
    "Helaas moet ik je laten weten dat de functie on hold is gezet. Mocht die weer opengaan, dan nemen we contact "
    "met je op.",
    "Vielen Dank für Ihre Geduld und die Unterlagen zu den Referenzen. Wir haben uns nach langer Abwägung für eine "
    "Kandidatur entschieden, die mehr Erfahrung im Bankwesen mitbringt.",
    "Danke für das Gespräch und die Arbeitsprobe. Wir bedauern, Ihnen keinen positiveren Bescheid geben zu können.",
]


@pytest.mark.parametrize("body", DECIDED)
def test_a_process_closed_or_another_chosen_is_a_rejection(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "rejection", result.reasons


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Sobald wir uns für eine Kandidatur entschieden haben, melden wir uns bei Ihnen.", "acknowledgement"),
        ("If we decide to close the search for this role, I'll tell you right away. For now we're still reviewing.",
         "acknowledgement"),
        ("Nous n'avons pas décidé de clôturer le recrutement : nous revenons vers vous vendredi.", "acknowledgement"),
        ("Wir haben entschieden, das Auswahlverfahren abzuschließen, und möchten Sie zu einem zweiten Gespräch am "
         "Montag um 10 Uhr einladen.", "next_step"),
    ],
)
def test_no_decision_or_a_step_after_it_keeps_its_kind(body: str, kind: str) -> None:
    result = classify(received(body))
    assert result.kind == kind, result.reasons
