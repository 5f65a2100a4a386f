"""The phrase engine's shortcuts find exactly what searching every pattern finds.

- ``compile_phrase`` writes ``(?<!\\w)FIRST...`` as ``FIRST(?<!\\wFIRST)...`` for speed:
  both forms' matches are compared for every bundled phrase over the corpus's texts and
  a few texts made to sit on word boundaries.
- ``PhraseBook.find`` searches only the phrases whose words a text holds, finds phrases
  without "*" with ``str.find``, and compiles a pattern only when first searched: its
  hits are compared with those of every group's every pattern, compiled and searched,
  over every tuned corpus message (tests/corpus, corpus_second, corpus_third) and the
  fuzz generator's malformed messages.
- The date reader's patterns, skipped in texts that lack their words, find what they
  find when always searched, and a language skipped for a text has no pattern matching
  it; ``fold``'s shortcut for ASCII folds as the full way does.
- Finds remembered while one message is classified are the hits a fresh find gives.
- Where a body's own words end (``classify._first_cut``) is found with each list of cut
  patterns joined into one (``PhraseBook.cut_finders``): the same cut as each pattern
  searched, on every tuned corpus body and every tail of it.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from pathlib import Path

import pytest

from tests.fuzz.mutations import malformed
from tests.test_corpus import read_labels
from watcher.classify import _date_patterns, _first_cut, _notice_cut, _plain, new_part
from watcher.parse import UnparseableMessage, parse_message
from watcher import phrases
from watcher.phrases import (
    WILDCARD_GAP,
    Hit,
    Phrase,
    PhraseBook,
    fold,
    fold_body,
    load_phrases,
    plain_gender_forms,
    remembering_finds,
)

TESTS = Path(__file__).parent
# corpus_twin for its Polish and Swedish mail: every language's date words are found somewhere
CORPORA = (TESTS / "corpus", TESTS / "corpus_second", TESTS / "corpus_third", TESTS / "corpus_twin")
FUZZ_SEED = 20261130
ME = frozenset({"user@example.org"})


def plain(text: str) -> re.Pattern[str]:
    body = WILDCARD_GAP.join(re.escape(part) for part in fold(text).split(" * "))
    return re.compile(rf"(?<!\w){body}(?!\w)")


def full_fold(text: str) -> str:
    """``fold`` as written before its shortcut for ASCII text (gender-inclusive forms read first)."""
    text = unicodedata.normalize("NFKC", plain_gender_forms(text)).casefold()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ").replace("\u0142", "l")
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    decomposed = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text).strip()


@functools.cache
def messages() -> tuple[tuple[str, str, str], ...]:
    """(whole message, subject, new part of the body) of every tuned corpus message and of
    200 malformed ones (whole: "" for those), as the classifier reads them (before folding)."""
    book = load_phrases()
    out = []
    where = {"account": "c", "folder": "INBOX", "arrival": None, "me": ME, "sent_folder": False}
    raws = [(corpus / name).read_bytes() for corpus in CORPORA for name in sorted(read_labels(corpus))]
    tuned = len(raws)
    raws += [item.raw for item in malformed(FUZZ_SEED, 200)]
    for uid, raw in enumerate(raws, start=1):
        try:
            mail = parse_message(raw, uid=uid, **where)  # type: ignore[arg-type]
        except UnparseableMessage:
            continue
        whole = raw.decode("utf-8", errors="replace") if uid <= tuned else ""
        out.append((whole, mail.subject, new_part(mail.body or "", book)))
    return tuple(out)


@functools.cache
def folded_texts() -> tuple[str, ...]:
    """The texts the classifier searches: subjects and whole texts folded, bodies folded by paragraph;
    with the Polish and Swedish replies of tests/test_classify_polish_swedish.py, whose dates the
    corpora name only a few times."""
    from tests import test_classify_polish_swedish as polish_swedish

    out: list[str] = []
    for whole, subject, body in messages():
        out.extend([fold(whole), fold(subject), fold_body(body)])
    for cases in (polish_swedish.POLISH, polish_swedish.SWEDISH):
        out.extend(fold_body(body) for body, _kind in cases)
    for cases in (polish_swedish.POLISH_AWAY, polish_swedish.SWEDISH_AWAY):
        out.extend(fold_body(f"{subject}\n\n{body}") for subject, body, _back in cases)
    return tuple(dict.fromkeys(out))


def every_pattern_searched(book: PhraseBook, group: str, text: str) -> list[Hit]:
    """``PhraseBook.find`` without shortcuts: every phrase's compiled pattern, searched."""
    hits = []
    for phrase in book.groups.get(group, ()):
        for m in phrase.pattern.finditer(text):
            words = " * ".join(g for g in m.groups() if g) if phrase.crossed else phrase.text
            hits.append(Hit(words, m.start(), m.end(), phrase.language))
    return sorted(hits, key=lambda hit: (hit.start, -hit.end))


def test_every_phrase_matches_as_its_plain_form() -> None:
    book = load_phrases()
    texts = [fold(path.read_text(encoding="utf-8", errors="replace")) for path in sorted(CORPORA[0].glob("*.eml"))]
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


def test_find_gives_the_hits_of_every_pattern_searched() -> None:
    book = load_phrases()
    texts = folded_texts()
    assert len(texts) > 1000
    found = 0
    for group in book.groups:
        for text in texts:
            hits = book.find(group, text)
            assert hits == every_pattern_searched(book, group, text), (group, text[:120])
            found += len(hits)
    assert found > 2000  # real hits compared, not only misses


def edge_texts(phrase: Phrase) -> list[str]:
    words = fold(phrase.text).replace(" * ", " very much ") if not phrase.crossed else ""
    if not words:
        return []
    return [
        words, f"x{words}", f"{words}x", f" {words}.", f"_{words}", f"{words}{words}", f"{words} {words}",
        f"é{words} ", f"{words}é", f"1{words}", f"{words}\n{words}", f"{words[:-1]}", f"a {words[1:]}",
    ]


def test_find_gives_the_hits_of_every_pattern_searched_on_word_edges() -> None:
    book = load_phrases()
    compared = found = 0
    for group, phrases in book.groups.items():
        for phrase in phrases:
            for text in edge_texts(phrase):
                hits = book.find(group, text)
                assert hits == every_pattern_searched(book, group, text), (group, phrase.text, text)
                compared += 1
                found += bool(hits)
    assert compared > 5000
    assert found > 2000


def test_find_of_a_group_no_file_fills_finds_nothing() -> None:
    assert load_phrases().find("no.such_group", "we regret to inform you") == []


@pytest.mark.parametrize("language", range(9))
def test_date_patterns_skipped_by_their_words_find_what_searching_finds(language: int) -> None:
    words = load_phrases().date_words[language]
    patterns = _date_patterns(words)
    every = [
        patterns.day_month, patterns.month_day, *patterns.weekdays, patterns.tomorrow, patterns.next_week,
        patterns.end_of_week, patterns.end_of_month, patterns.span, patterns.day_of_month,
    ]
    found = 0
    for text in folded_texts():
        for pattern in every:
            spans = [m.span() for m in pattern.finditer(text)]
            assert spans == [m.span() for m in pattern.pattern.finditer(text)], (pattern.source, text[:120])
            found += len(spans)
    assert found > 10


@pytest.mark.parametrize("language", range(9))
def test_a_language_skipped_for_a_text_has_no_date_pattern_matching_it(language: int) -> None:
    patterns = _date_patterns(load_phrases().date_words[language])
    every = [
        patterns.day_month, patterns.month_day, *patterns.weekdays, patterns.tomorrow, patterns.next_week,
        patterns.end_of_week, patterns.end_of_month, patterns.span, patterns.day_of_month,
    ]
    skipped = calendar_skipped = 0
    for text in folded_texts():
        if not patterns.may_match(text):
            skipped += 1
            assert not any(pattern.pattern.search(text) for pattern in every), text[:120]
        if not patterns.may_match(text, calendar_only=True):
            calendar_skipped += 1
            assert not any(p.pattern.search(text) for p in (patterns.day_month, patterns.month_day)), text[:120]
        else:
            assert patterns.may_match(text)
    assert skipped > 10  # the test saw texts skipped, not only texts read
    assert calendar_skipped > skipped


def test_finds_remembered_within_a_block_are_the_hits_found_each_in_a_new_list() -> None:
    book = load_phrases()
    texts = folded_texts()[:200]
    fresh = {(group, text): book.find(group, text) for group in book.groups for text in texts}
    with remembering_finds():
        for _ in range(2):
            for (group, text), hits in fresh.items():
                found = book.find(group, text)
                assert found == hits, (group, text[:120])
                found.append(Hit("changed by the caller", 0, 0))  # must not reach a later find
        with remembering_finds():  # nested: the outer block's memory, still one
            assert book.find("rejection.strong", texts[0]) == fresh[("rejection.strong", texts[0])]
    assert sum(map(len, fresh.values())) > 100


def test_finds_are_not_remembered_outside_a_block_nor_in_another_thread() -> None:
    book = load_phrases()
    text = fold("Unfortunately we have decided not to move forward with your application.")
    with remembering_finds():
        book.find("rejection.strong", text)
        other: list[object] = []
        thread = threading.Thread(target=lambda: other.append(getattr(phrases._remembered, "hits", None)))
        thread.start()
        thread.join()
        assert other == [None]
        assert phrases._remembered.hits  # this thread's memory holds the find
    assert getattr(phrases._remembered, "hits", None) is None


def test_fold_of_ascii_text_is_the_full_fold() -> None:
    texts = [text for message in messages() for text in message]
    texts += [p.text for group in load_phrases().groups.values() for p in group]
    texts += ["  Tab\tand\x0bvertical\x1c seps\x1f ", "ÀB", "CAFÉ", "ﬁ ligature", "a\u2019b", "\u00a0x\u2010y"]
    ascii_seen = 0
    for text in texts:
        assert fold(text) == full_fold(text), text[:80]
        ascii_seen += text.isascii()
    assert ascii_seen > 100


def test_find_on_phrases_without_words_and_odd_user_phrases(tmp_path: Path) -> None:
    (tmp_path / "odd.toml").write_text(
        '[rejection]\nstrong = ["!!", "?", "* we regret", "no * no", "_x_", "c++", "3 days"]\n'
        '[[rejection.cross]]\nparts = [["-", "--"], ["ok", "fine"]]\n'
        '[[rejection.cross]]\nparts = [["not"], ["", "?"]]\n',
        encoding="utf-8",
    )
    book = load_phrases(tmp_path)
    texts = [
        "wow!! we regret it", "!!!", "a?b ? c", "we regret no, no no", "_x_ and x_x_", "c++ and c+++",
        "in 3 days", "- ok", "--fine", "not ?", "not", "",
    ]
    found = 0
    for text in texts:
        hits = book.find("rejection.strong", fold(text))
        assert hits == every_pattern_searched(book, "rejection.strong", fold(text)), text
        found += len(hits)
    assert found > 8


def test_the_book_is_built_once_however_it_is_asked_for() -> None:
    """The daemon's warm-up (no argument) and the classifier (``None``) share one book."""
    from watcher.phrases import load_phrases

    assert load_phrases() is load_phrases(None)


def test_the_bundled_book_is_kept_between_runs_and_the_kept_copy_is_the_same_book(monkeypatch, tmp_path) -> None:
    """A later run reads the book an earlier one built (watcher/kept.py) instead of
    building it again, and gets the same phrases, patterns, index and date words."""
    import dataclasses

    from watcher import phrases

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    built = []
    real_build = phrases.build_phrase_book
    monkeypatch.setattr(phrases, "build_phrase_book", lambda files: built.append(1) or real_build(files))
    phrases._load_phrases.cache_clear()
    try:
        first = phrases.load_phrases()
        phrases._load_phrases.cache_clear()
        kept = phrases.load_phrases()  # as a new process would: from the kept file
    finally:
        phrases._load_phrases.cache_clear()
    assert built == [1], "the second run built the book again instead of reading the kept one"
    assert kept is not first
    fresh = real_build(phrases.bundled_phrase_files())
    assert kept.groups == fresh.groups and kept._indexes == fresh._indexes
    assert kept.quote_cuts == fresh.quote_cuts and kept.bulk_senders == fresh.bulk_senders
    assert [dataclasses.astuple(words) for words in kept.date_words] == [
        dataclasses.astuple(words) for words in fresh.date_words
    ]


def test_the_bundled_book_goes_to_the_collectors_permanent_generation_once_loaded(tmp_path) -> None:
    # In a process of its own: the book is loaded once per process.
    import subprocess
    import sys

    code = ("import gc\nfrom watcher.phrases import load_phrases\nbefore = gc.get_freeze_count()\n"
            "book = load_phrases()\nprint(before, gc.get_freeze_count(), len(book.groups))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False,
                          env={**__import__("os").environ, "XDG_STATE_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr[-2000:]
    before, after, groups = map(int, done.stdout.splitlines()[-1].split())  # after the loader's log lines
    assert before == 0 and groups > 0
    assert after > 50_000  # the book's objects with the modules', not a few


def test_the_forward_prefixes_are_kept_apart_and_read_without_loading_the_book(tmp_path) -> None:
    """The IMAP search asks for the forward prefixes before the server searches; a later
    run reads them kept, without the book (loaded meanwhile by the reading's preparation)."""
    import subprocess
    import sys

    code = ("from watcher import phrases\nfrom watcher.candidates import forward_terms\n"
            "terms = forward_terms()\nloaded = phrases._load_phrases.cache_info().currsize\n"
            "print(loaded, terms == [f'{p}{gap}:' for p in phrases.load_phrases().forward_prefixes for gap in ('', ' ')],"
            " len(terms))\n")
    env = {**__import__("os").environ, "XDG_STATE_HOME": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False,
                           env=env) for _ in range(2)]
    assert all(done.returncode == 0 for done in runs), runs[-1].stderr[-2000:]
    first, second = (done.stdout.splitlines()[-1].split() for done in runs)
    assert first[0] == "1" and second[0] == "0"  # built once, then read kept without the book
    assert first[1] == second[1] == "True" and int(second[2]) >= 4


def cut_of_every_pattern(body: str, book: PhraseBook) -> tuple[int, bool]:
    """``classify._first_cut`` as written before its joined patterns: each pattern searched."""
    cut, forward = len(body), False
    for patterns, forwards in ((book.quote_cuts, False), (book.forwards, True)):
        for pattern in patterns:
            found = pattern.search(body)
            if found and (found.start() < cut or (found.start() == cut and forwards)):
                cut, forward = found.start(), forwards
    return _notice_cut(body, book, cut, forward)


def test_the_joined_cut_patterns_cut_where_every_pattern_searched_cuts() -> None:
    book = load_phrases()
    assert all(book.cut_finders), "a list of cut patterns is searched one by one again"
    where = {"account": "c", "folder": "INBOX", "arrival": None, "me": ME, "sent_folder": False}
    bodies = []
    for corpus in sorted(TESTS.glob("corpus_*")) + [TESTS / "corpus"]:
        if corpus.name == "corpus_holdout" or not (corpus / "labels.toml").exists():
            continue
        for uid, name in enumerate(sorted(read_labels(corpus)), start=1):
            body = parse_message((corpus / name).read_bytes(), uid=uid, **where).body  # type: ignore[arg-type]
            if body:
                bodies.append(_plain(body))
    texts = [body[start:] for body in bodies for start in range(0, len(body), max(1, len(body) // 5))]
    texts += ["Dear Alex,\nConfidentiality notice: ...", "", "> quoted\n-----Original Message-----\n"]
    cuts = [_first_cut(text, book) for text in texts]
    assert cuts == [cut_of_every_pattern(text, book) for text in texts]
    assert sum(cut < len(text) for (cut, _), text in zip(cuts, texts)) > 100  # the texts do get cut
    assert any(forward for _, forward in cuts)
