"""The phrase patterns' literal-first form finds exactly what the plain form finds.

``compile_phrase`` writes ``(?<!\\w)FIRST...`` as ``FIRST(?<!\\wFIRST)...`` for speed; this
compares both forms' matches for every bundled phrase over the corpus's texts and a few
texts made to sit on word boundaries.
"""

from __future__ import annotations

import re
from pathlib import Path

from watcher.phrases import WILDCARD_GAP, fold, load_phrases

CORPUS = Path(__file__).parent / "corpus"


def plain(text: str) -> re.Pattern[str]:
    body = WILDCARD_GAP.join(re.escape(part) for part in fold(text).split(" * "))
    return re.compile(rf"(?<!\w){body}(?!\w)")


def test_every_phrase_matches_as_its_plain_form() -> None:
    book = load_phrases()
    texts = [fold(path.read_text(encoding="utf-8", errors="replace")) for path in sorted(CORPUS.glob("*.eml"))]
    phrases = [p for group in book.groups.values() for p in group if not p.crossed]
    assert len(phrases) > 100
    compared = found = 0
    for phrase in phrases:
        reference = plain(phrase.text)
        words = fold(phrase.text).replace(" * ", " very much ")
        edges = [f"x{words}", f"{words}x", f" {words}.", f"_{words}", f"{words}{words}", f"é{words} "]
        for text in [*texts, *edges]:
            spans = [m.span() for m in phrase.pattern.finditer(text)]
            assert spans == [m.span() for m in reference.finditer(text)], (phrase.text, text[:80])
            compared += 1
            found += bool(spans)
    assert found > 50  # the comparison saw real hits, not only misses
    assert compared > 1000
