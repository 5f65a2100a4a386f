"""The fourth tuning corpus (tests/corpus_fourth/): once held out, tuned on since its misses were read.

The same figures as tests/test_corpus.py, in this process, through `watcher scan --json`
on a Maildir, and through a real Dovecot. The floors below are the figures it scored when
it was last measured; as fixes for its kinds of mail land they rise toward the targets the
other tuning corpora are held to (precision 1.00, recall >= 0.95, kind accuracy >= 0.90),
and no message may ever be tied to the wrong interview. Over the scan's report, kind
accuracy counts the messages it ties.

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

FOURTH = Path(__file__).parent / "corpus_fourth"
# Floors: the figures it scored when it was last measured (see the docstring).
PRECISION, RECALL, KIND_ACCURACY, KIND_ACCURACY_TIED = 1.0, 1.0, 1.0, 1.0


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return run_corpus(FOURTH)


@pytest.fixture(scope="module")
def fourth(outcomes: list[Outcome]) -> dict[str, float | int]:
    print_report(outcomes, label="fourth tuning corpus")
    return figures([o for o in outcomes if o.split == "tune"])


def assert_targets(numbers: dict[str, Any], kind_accuracy_key: str) -> None:
    assert numbers["wrong_attributions"] == 0
    assert numbers["heard_back_precision"] >= PRECISION
    assert numbers["heard_back_recall"] >= RECALL
    floor = KIND_ACCURACY_TIED if kind_accuracy_key == "kind_accuracy_tied" else KIND_ACCURACY
    assert numbers[kind_accuracy_key] >= floor


def print_scan(label: str, numbers: dict[str, Any]) -> None:
    print(f"\nfourth tuning corpus via {label}: " + " ".join(
        f"{key}={value}" for key, value in numbers.items() if key not in ("misses", "wrong")))
    for miss in numbers["misses"]:
        print(f"  miss {miss['name']}: kind {miss['kind']} (want {miss['expected_kind']}),"
              f" interview {miss['interview']} (want {miss['expected_interview']})")


def test_fourth_is_labelled_sensibly() -> None:
    labels = read_labels(FOURTH)
    assert set(labels) == {path.name for path in FOURTH.glob("*.eml")}
    assert len(labels) >= 70
    interview_ids = {interview.id for interview in load_interviews(FOURTH / "interviews.toml")[0]}
    for name, label in labels.items():
        assert label["split"] == "tune", name
        assert label["kind"] in RECEIVED_KINDS + SENT_KINDS, name
        assert label["interview"] in interview_ids | {"none", "review"}, name


def test_fourth_in_process(fourth: dict[str, float | int]) -> None:
    assert_targets(fourth, "kind_accuracy")


def test_fourth_through_the_scan_command_on_a_maildir(tmp_path: Path) -> None:
    inbox, sent = build_maildir(FOURTH, tmp_path / "mail")
    config = tmp_path / "config.toml"
    config.write_text(config_text(FOURTH, maildir_account(inbox, sent)))
    numbers = scan_figures(run_scan(config), message_ids(FOURTH), read_labels(FOURTH))
    print_scan("Maildir", numbers)
    assert_targets(numbers, "kind_accuracy_tied")


def test_fourth_through_dovecot_and_the_scan_command(tmp_path: Path, dovecot) -> None:
    ids = deliver(dovecot.append, FOURTH)
    config = tmp_path / "config.toml"
    config.write_text(config_text(FOURTH, imap_account(dovecot)))
    numbers = scan_figures(run_scan(config, {"CORPUS_PW": dovecot.password}), ids, read_labels(FOURTH))
    print_scan("IMAP", numbers)
    assert_targets(numbers, "kind_accuracy_tied")
