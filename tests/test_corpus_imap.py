"""The labelled corpus end to end: delivered to a real Dovecot by APPEND, read by `watcher scan --json`.

The same figures as tests/test_corpus.py, but through everything a user runs: IMAP
sync (sent folder and inbox), header test, whole-message fetch, match, classify, store
and report. A message the report does not list was not tied to any interview.
"""

from __future__ import annotations

from tests.corpus_scan import config_text, deliver, run_scan, scan_figures, sent_names
from tests.test_corpus import CORPUS, read_labels


def imap_account(dovecot) -> str:
    return (
        f'[[account]]\nname = "corpus"\ntype = "imap"\nhost = "{dovecot.host}"\nport = {dovecot.port}\n'
        f'tls = "none"\nusername = "{dovecot.user}"\npassword_env = "CORPUS_PW"\nlookback_days = 3650\n'
    )


def test_corpus_through_dovecot_and_the_scan_command(tmp_path, dovecot):
    ids = deliver(dovecot.append, CORPUS)
    config = tmp_path / "config.toml"
    config.write_text(config_text(CORPUS, imap_account(dovecot)))
    report = run_scan(config, {"CORPUS_PW": dovecot.password}, now="2025-12-31T12:00")
    numbers = scan_figures(report, ids, read_labels(CORPUS), sent_names(CORPUS))
    print(f"\ncorpus via IMAP: precision={numbers['heard_back_precision']:.3f} "
          f"recall={numbers['heard_back_recall']:.3f} kind_accuracy(tied)={numbers['kind_accuracy_tied']:.3f} "
          f"tied={numbers['tied']} wrong={numbers['wrong_attributions']}")
    assert numbers["listed"] >= 60, "most of the corpus concerns an interview"
    assert numbers["wrong"] == []
    assert numbers["heard_back_precision"] == 1.0
    assert numbers["heard_back_recall"] >= 0.95
    assert numbers["kind_accuracy_tied"] >= 0.90
