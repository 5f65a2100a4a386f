"""A body's own words (``watcher.classify.new_part``) read once for the tying and the
classifier: the answers remembered are those of reading it again, for the same book only."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default
from pathlib import Path

from watcher import classify
from watcher.classify import _first_cut, _own_words, _plain, new_part
from watcher.phrases import build_phrase_book, bundled_phrase_files, load_phrases

CORPUS = Path(__file__).parent / "corpus"


def _bodies() -> list[str]:
    bodies = []
    for path in sorted(CORPUS.glob("*.eml")):
        message = message_from_bytes(path.read_bytes(), policy=default)
        part = message.get_body(preferencelist=("plain", "html"))
        if part is not None:
            bodies.append(part.get_content())
    return bodies


def _read_afresh(body: str, book) -> str:
    plain = _plain(body)
    return _own_words(plain, book, _first_cut(plain, book)[0])


def test_own_words_remembered_are_those_read_afresh() -> None:
    book = load_phrases()
    bodies = _bodies()
    assert len(bodies) > 200
    for _ in range(2):  # the second round answers from memory where it still holds the body
        for body in bodies:
            assert new_part(body, book) == _read_afresh(body, book)
    assert 0 < len(classify._cuts) <= classify._CUTS_KEPT


def test_a_body_read_with_another_book_is_read_with_that_book(tmp_path) -> None:
    body = "Thanks, see you Monday.\n\n--- Quoted by our tracker ---\nEarlier words: we regret to inform you."
    bundled = load_phrases()
    assert new_part(body, bundled) == body  # the bundled book cuts nothing here
    extra = tmp_path / "phrases"
    extra.mkdir()
    (extra / "tracker.toml").write_text('[quote]\npatterns = ["^--- quoted by our tracker ---$"]\n')
    own = build_phrase_book(bundled_phrase_files() + [("tracker.toml", (extra / "tracker.toml").read_text())])
    assert new_part(body, own) == "Thanks, see you Monday.\n\n"
    assert new_part(body, bundled) == body  # and the bundled book's answer is not the other's
