"""Patterns made from their kept compiled form (watcher/compiled_patterns.py) are the
patterns ``re.compile`` makes, and are made without compiling."""

from __future__ import annotations

import dataclasses
import re

import pytest

from watcher import compiled_patterns
from watcher.compiled_patterns import CompiledForms, compile_pattern, compiled_forms, use_forms
from watcher.phrases import build_phrase_book, bundled_phrase_files


@pytest.fixture
def known(monkeypatch) -> dict:
    """The forms compile_pattern uses, empty for the test and given back after it."""
    forms: dict = {}
    monkeypatch.setattr(compiled_patterns, "_known", forms)
    return forms


def _refuse_compiling(monkeypatch) -> list[str]:
    """re.compile refused (its calls noted): a pattern made now came from its form."""
    asked: list[str] = []

    def refused(source, flags=0):
        asked.append(source)
        raise AssertionError(f"compiled: {source[:60]}")

    monkeypatch.setattr(compiled_patterns.re, "compile", refused)
    return asked


def test_every_phrase_made_from_its_form_is_the_pattern_re_compiles(known, monkeypatch) -> None:
    book = build_phrase_book(bundled_phrase_files())
    patterns = [(p.source, p.flags) for group in book.groups.values() for p in group if p.literal is None]
    assert len(patterns) > 500
    use_forms(compiled_forms(patterns))
    compiled = {(source, flags): re.compile(source, flags) for source, flags in patterns}
    _refuse_compiling(monkeypatch)
    for (source, flags), expected in compiled.items():
        made = compile_pattern(source, flags)
        # Pattern equality compares the flags, the source and the engine's code.
        assert made == expected, source
        assert (made.groups, made.groupindex) == (expected.groups, expected.groupindex)


def test_a_made_pattern_finds_what_the_compiled_one_finds(known, monkeypatch) -> None:
    source = r"(?<!\w)(?P<verb>not (?:moving|going)) forward(?: with (your|the) (?:application|candidacy))?(?!\w)"
    expected = re.compile(source, re.IGNORECASE)
    use_forms(compiled_forms([(source, re.IGNORECASE)]))
    _refuse_compiling(monkeypatch)
    made = compile_pattern(source, re.IGNORECASE)
    text = "We are NOT moving forward with your candidacy; not going forward, sorry."
    assert [(m.span(), m.groups(), m.groupdict()) for m in made.finditer(text)] == [
        (m.span(), m.groups(), m.groupdict()) for m in expected.finditer(text)
    ]
    assert made.groupindex == {"verb": 1} and made.groups == 2


def test_forms_of_another_interpreter_are_not_used(known, monkeypatch) -> None:
    source = r"(?<!\w)thank you(?!\w)"
    forms = compiled_forms([(source, 0)])
    use_forms(dataclasses.replace(forms, interpreter=("cpython", "2.7.18", 0, 4)))
    assert known == {}
    asked = _refuse_compiling(monkeypatch)
    with pytest.raises(AssertionError):
        compile_pattern(source)
    assert asked == [source]


def test_code_the_engine_refuses_is_compiled_again(known) -> None:
    source = r"(?<!\w)offer(?!\w)"
    forms = compiled_forms([(source, 0)])
    form = forms.forms[source, 0]
    broken = dataclasses.replace(form, code=form.code[: len(form.code) // 2])
    use_forms(CompiledForms(forms.interpreter, {(source, 0): broken}))
    assert compile_pattern(source) == re.compile(source)
    assert (source, 0) not in known  # asked once, not again


def test_a_pattern_without_a_form_is_compiled_and_a_bad_one_raises_as_re_does(known) -> None:
    assert compile_pattern(r"rejection|offer", re.MULTILINE) == re.compile(r"rejection|offer", re.MULTILINE)
    with pytest.raises(re.error):
        compile_pattern(r"(unclosed")


def test_the_kept_book_brings_its_phrases_forms(known, monkeypatch, tmp_path) -> None:
    """Loading the bundled book (kept or built) lets its phrases' patterns and the date
    reader's be made from their forms: the classifier's first use of one compiles nothing."""
    from watcher import phrases

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    phrases._load_phrases.cache_clear()
    try:
        phrases.load_phrases()  # built and kept
        known.clear()
        phrases._load_phrases.cache_clear()
        book = phrases.load_phrases()  # read back, as a new process would
    finally:
        phrases._load_phrases.cache_clear()
    crossed = [p for group in book.groups.values() for p in group if p.crossed]
    assert len(known) > 500 and crossed
    from watcher.classify import date_pattern_sources  # the date reader's patterns come with them

    dates = date_pattern_sources(book)
    assert len(dates) > 50 and set(dates) <= set(known)
    expected = [re.compile(p.source, p.flags) for p in crossed[:50]]
    _refuse_compiling(monkeypatch)
    fresh = [dataclasses.replace(p) for p in crossed[:50]]  # not compiled yet (cached_property)
    assert [p.pattern for p in fresh] == expected
