"""Regular expressions kept in compiled form between runs, given back without compiling.

``re`` compiles a pattern in Python (it parses the pattern, then generates the code its
matching engine runs), and only the last step is native: for the classifier's phrases,
whose crossed phrases are alternations of dozens of words, compiling the 110 patterns a
first scan of 10,000 messages needs took 0.036 s of its processor time, more than
searching with them. ``compiled_forms`` records, for each pattern, what that compiling
produces (``CompiledForms``, kept with the phrase book by ``watcher.phrases``);
``compile_pattern`` hands the recorded code to the engine as ``re.compile`` itself does
at its end, which costs microseconds. The pattern so made is the same pattern:
``re.Pattern`` equality compares the code, and tests/test_compiled_patterns.py checks
every phrase's against ``re.compile``'s.

The code's form belongs to the interpreter that generated it (``re``'s private
``_parser`` and ``_compiler``, the ``_sre`` engine): forms are used only by the exact
interpreter, version and engine that recorded them (``INTERPRETER``); any other, a
pattern without a form, or code the engine refuses, is compiled by ``re.compile``.
"""

from __future__ import annotations

import array
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field

try:  # re's own compiler, in the layout of Python 3.11 to 3.13
    import _sre
    from re import _compiler, _parser
except ImportError:  # another interpreter: every pattern is compiled by re.compile
    _sre = _compiler = _parser = None  # type: ignore[assignment]

_ENGINE = (getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))
INTERPRETER = (sys.implementation.name, sys.version, *_ENGINE)
# The engine's code words: CODESIZE bytes each (4 on CPython).
_WORD_TYPE = {2: "H", 4: "I", 8: "Q"}.get(_ENGINE[1] or 0)
_USABLE = (
    _WORD_TYPE is not None
    and hasattr(_sre, "compile")
    and hasattr(_parser, "parse")
    and hasattr(_compiler, "_code")
)


@dataclass(frozen=True)
class CompiledForm:
    """What ``re.compile(source, flags)`` hands its engine: the flags with those the pattern
    sets inline, the code (machine words as bytes), the number of groups and their names."""

    flags: int
    code: bytes
    groups: int
    groupindex: dict[str, int]
    indexgroup: tuple[str | None, ...]


@dataclass(frozen=True)
class CompiledForms:
    """Compiled forms by (pattern source, flags), and the interpreter that made them."""

    interpreter: tuple[object, ...] = ()
    forms: dict[tuple[str, int], CompiledForm] = field(default_factory=dict)


def compiled_forms(patterns: Iterable[tuple[str, int]]) -> CompiledForms:
    """The compiled forms of ``patterns`` ((source, flags) pairs), as this interpreter's
    ``re`` compiles them; none when it cannot say (another interpreter)."""
    if not _USABLE:
        return CompiledForms()
    forms = {}
    for source, flags in dict.fromkeys(patterns):
        tree = _parser.parse(source, flags)
        code = _compiler._code(tree, flags)  # noqa: SLF001  # re.compile's own step
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, number in tree.state.groupdict.items():
            indexgroup[number] = name
        forms[source, flags] = CompiledForm(
            flags=flags | tree.state.flags,
            code=array.array(_WORD_TYPE, code).tobytes(),
            groups=tree.state.groups - 1,
            groupindex=dict(tree.state.groupdict),
            indexgroup=tuple(indexgroup),
        )
    return CompiledForms(INTERPRETER, forms)


_known: dict[tuple[str, int], CompiledForm] = {}


def use_forms(kept: CompiledForms) -> None:
    """Let ``compile_pattern`` use ``kept``'s forms, if this interpreter made them."""
    if _USABLE and kept.interpreter == INTERPRETER:
        _known.update(kept.forms)


def compile_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from its kept compiled form when there is one
    (``use_forms``). Raises ``re.error`` as ``re.compile`` does for a bad pattern."""
    form = _known.get((source, flags))
    if form is not None:
        try:
            return _sre.compile(  # type: ignore[no-any-return]
                source, form.flags, array.array(_WORD_TYPE, form.code).tolist(), form.groups,  # type: ignore[arg-type]
                form.groupindex, form.indexgroup,
            )
        except (RuntimeError, TypeError, ValueError):  # code the engine refuses: compile it
            _known.pop((source, flags), None)
    return re.compile(source, flags)
