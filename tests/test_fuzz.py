"""A few hundred malformed messages (tests/fuzz/mutations.py, seeded) through parsing,
matching and classification, and through real scans of a Maildir and of Dovecot: no
crash, no stopped scan, exit code 0 as for the clean corpus, every skipped message
logged with account, folder and UID. The full run (10,000 + 1,000 + 1,000) is
`python -m tests.fuzz`; its figures are in the README."""

from __future__ import annotations

import random

import pytest

from tests.fuzz.mutations import MUTATIONS, malformed, sample, seeds
from tests.fuzz.run import Crash, through_dovecot_scan, through_maildir_scan, through_pipeline

SEED = 20261130


def test_samples_are_reproducible_and_cover_every_mutation():
    assert sample(SEED, 7).raw == sample(SEED, 7).raw
    assert sample(SEED, 7).raw != sample(SEED + 1, 7).raw
    used = {name for item in malformed(SEED, 400) for name in item.mutations}
    assert used == set(MUTATIONS)
    assert len(seeds()) > 60  # the corpus and the odd seeds


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_each_mutation_changes_the_message(name):
    base = seeds()[3]
    assert MUTATIONS[name](random.Random(1), base) != base


def test_malformed_mail_through_parse_match_and_classify():
    figures = through_pipeline(malformed(SEED, 300))
    assert figures.messages == 300
    assert figures.crashes == [], "\n".join(map(str, figures.crashes))
    assert figures.matched > 100  # the mutations leave most messages recognisable


def test_the_harness_reports_a_crash(monkeypatch):
    from watcher import classify

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(classify, "classify", broken)
    figures = through_pipeline(malformed(SEED, 3))
    assert [c.stage for c in figures.crashes] == ["classify"] * len(figures.crashes) and figures.crashes
    assert isinstance(figures.crashes[0], Crash) and "RuntimeError" in figures.crashes[0].error


def test_malformed_mail_through_a_real_maildir_scan(tmp_path):
    figures = through_maildir_scan(list(malformed(SEED, 150, start=1000)), tmp_path)
    assert figures.problems == [], figures.problems
    assert figures.exit_code == 0 and figures.tied > 30


def test_malformed_mail_through_a_real_dovecot_scan(tmp_path, dovecot):
    figures = through_dovecot_scan(list(malformed(SEED, 150, start=2000)), dovecot, tmp_path)
    assert figures.delivered >= 140
    assert figures.problems == [], figures.problems
    assert figures.exit_code == 0 and figures.tied > 30
