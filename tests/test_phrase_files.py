"""Each phrase of a phrase file stands once in its group.

A phrase written twice in one group of one language file finds nothing more: it only
doubles the file's upkeep and hides which of the two copies a change should go to. The
phrases are compared as the phrase engine reads them (``fold``); a crossed phrase
(``[[kind.cross]]``) counts as every one of its word combinations, so the same
combination in two crossed tables of one group, or twice in one table, is a duplicate
too. A crossed table of a single part finds its words as plain phrases do, and is
compared with them.
"""

from __future__ import annotations

import itertools
import tomllib
from collections import Counter
from collections.abc import Iterator, Mapping

import pytest

from watcher.phrases import CROSS_DEFAULT_GROUP, CROSS_GAP_WORDS, PHRASE_GROUPS, bundled_phrase_files, fold

# How a phrase finds its words: plain (a "*" being up to four words), or crossed, with its
# table's start of sentence and gap (the same words crossed differently find different text).
Key = tuple[str, tuple[str, ...], bool, int]


def phrases_by_group(data: Mapping[str, object]) -> Iterator[tuple[str, Key]]:
    """(group, key) of every phrase of one phrase file, crossed tables expanded."""
    for group in PHRASE_GROUPS:
        kind, strength = group.split(".")
        table = data.get(kind, {})
        for phrase in table.get(strength, []) if isinstance(table, dict) else []:
            folded = fold(phrase)
            if " * " in folded:
                yield group, ("plain", tuple(folded.split(" * ")), False, 0)
            else:
                yield group, ("words", (folded,), False, 0)
    for kind, table in data.items():
        if not isinstance(table, dict):
            continue
        for cross in table.get("cross", []):
            group = f"{kind}.{cross.get('into', CROSS_DEFAULT_GROUP.get(kind, 'phrases'))}"
            parts = [[fold(str(word)) for word in part] for part in cross["parts"]]
            start = bool(cross.get("sentence_start"))
            gap = int(cross.get("gap", CROSS_GAP_WORDS))
            for words in itertools.product(*parts):
                if len(words) == 1:
                    yield group, ("words", words, start, 0)
                else:
                    yield group, ("crossed", words, start, gap)


def duplicates(text: str) -> list[str]:
    """Each phrase found more than once in one group of the phrase file ``text``, described."""
    counts = Counter(phrases_by_group(tomllib.loads(text)))
    return sorted(f"{group}: {' * '.join(words)}" for (group, (_how, words, _start, _gap)), n in counts.items() if n > 1)


@pytest.mark.parametrize("name", [name for name, _text in bundled_phrase_files()])
def test_no_phrase_stands_twice_in_a_group(name: str) -> None:
    text = dict(bundled_phrase_files())[name]
    assert duplicates(text) == [], f"{name}: phrases written twice in one group"


def test_duplicates_are_found_after_folding_and_across_crossed_tables() -> None:
    text = """
[offer]
strong = ["Die Stelle gehört Ihnen", "die stelle gehort ihnen", "welcome * aboard"]

[[offer.cross]]
parts = [["the job", "the role"], ["is yours"]]

[[offer.cross]]
parts = [["the job"], ["is yours", "is yours"]]

[[offer.cross]]
gap = 5
parts = [["the role"], ["is yours"]]

[[offer.cross]]
parts = [["welcome aboard", "Die Stelle gehört Ihnen"]]
"""
    assert duplicates(text) == [
        "offer.strong: die stelle gehort ihnen",
        "offer.strong: the job * is yours",
    ]
