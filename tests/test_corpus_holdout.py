"""The held-out corpus (tests/corpus_holdout/): mail nobody tuned on, held to the product's promises.

Written apart from the classifier and matcher and never used to tune them (see the
folder's README.md). The same figures as tests/test_corpus.py, on this split alone, in
this process, through `watcher scan --json` on a Maildir, and through a real Dovecot.

The product's targets are heard-back precision 1.00, recall >= 0.98, kind accuracy >= 0.95
and no message tied to the wrong interview. Only the last is met today: the run after the
classification fixes this set judges gave precision 0.913, recall 0.875 and kind accuracy
0.873 (0.881 over the messages the scan ties), and the README says so. The set is not tuned
on, so those figures cannot be raised here without spending it; the tests hold every run
to them as floors (a fall below is a regression) and to the target of no wrong tie.
Over the scan's report, kind accuracy counts the messages it ties.

``pytest -s`` prints the figures and every miss.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.corpus_scan import (
    build_maildir, config_text, deliver, maildir_account, message_ids, run_scan, scan_figures,
)
from tests.test_corpus import Outcome, figures, print_report, read_labels, run_corpus
from tests.test_corpus_imap import imap_account
from watcher.interviews_file import load_interviews
from watcher.model import RECEIVED_KINDS, SENT_KINDS

HOLDOUT = Path(__file__).parent / "corpus_holdout"
# Floors: the figures of the run after the fixes (not the targets; see the docstring).
PRECISION, RECALL, KIND_ACCURACY, KIND_ACCURACY_TIED = 0.913, 0.875, 0.873, 0.881


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return run_corpus(HOLDOUT)


@pytest.fixture(scope="module")
def holdout(outcomes: list[Outcome]) -> dict[str, float | int]:
    print_report(outcomes, label="held-out corpus")
    return figures([o for o in outcomes if o.split == "holdout"])


def assert_targets(numbers: dict[str, Any], kind_accuracy_key: str) -> None:
    assert numbers["wrong_attributions"] == 0
    assert numbers["heard_back_precision"] >= PRECISION
    assert numbers["heard_back_recall"] >= RECALL
    floor = KIND_ACCURACY_TIED if kind_accuracy_key == "kind_accuracy_tied" else KIND_ACCURACY
    assert numbers[kind_accuracy_key] >= floor


def print_scan(label: str, numbers: dict[str, Any]) -> None:
    print(f"\nheld-out corpus via {label}: " + " ".join(
        f"{key}={value}" for key, value in numbers.items() if key not in ("misses", "wrong")))
    for miss in numbers["misses"]:
        print(f"  miss {miss['name']}: kind {miss['kind']} (want {miss['expected_kind']}),"
              f" interview {miss['interview']} (want {miss['expected_interview']})")


def test_holdout_is_labelled_sensibly() -> None:
    labels = read_labels(HOLDOUT)
    assert set(labels) == {path.name for path in HOLDOUT.glob("*.eml")}
    assert len(labels) >= 70
    interview_ids = {interview.id for interview in load_interviews(HOLDOUT / "interviews.toml")[0]}
    for name, label in labels.items():
        assert label["split"] == "holdout", name
        assert label["kind"] in RECEIVED_KINDS + SENT_KINDS, name
        assert label["interview"] in interview_ids | {"none", "review"}, name


def test_holdout_in_process(holdout: dict[str, float | int]) -> None:
    assert_targets(holdout, "kind_accuracy")


def test_holdout_through_the_scan_command_on_a_maildir(tmp_path: Path) -> None:
    inbox, sent = build_maildir(HOLDOUT, tmp_path / "mail")
    config = tmp_path / "config.toml"
    config.write_text(config_text(HOLDOUT, maildir_account(inbox, sent)))
    numbers = scan_figures(run_scan(config), message_ids(HOLDOUT), read_labels(HOLDOUT))
    print_scan("Maildir", numbers)
    assert_targets(numbers, "kind_accuracy_tied")


def test_holdout_through_dovecot_and_the_scan_command(tmp_path: Path, dovecot) -> None:
    ids = deliver(dovecot.append, HOLDOUT)
    config = tmp_path / "config.toml"
    config.write_text(config_text(HOLDOUT, imap_account(dovecot)))
    numbers = scan_figures(run_scan(config, {"CORPUS_PW": dovecot.password}), ids, read_labels(HOLDOUT))
    print_scan("IMAP", numbers)
    assert_targets(numbers, "kind_accuracy_tied")
