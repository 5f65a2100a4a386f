"""The methods dataclasses writes, kept compiled between runs (watcher/method_code.py):
the classes made with the kept code are the classes the standard library makes."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from watcher import method_code


def _make_classes() -> list[type]:
    """Dataclasses of every kind of generated method: defaults and factories, keyword-only
    fields, frozen (``__setattr__``, ``__delattr__``, ``__hash__``), ordered, unhashable."""

    @dataclass(frozen=True)
    class Point:
        x: int
        y: int = 0
        tags: tuple[str, ...] = ()

    @dataclass(order=True)
    class Row:
        name: str
        items: list[int] = field(default_factory=list)
        note: str = field(default="", kw_only=True)

    @dataclass(eq=False)
    class Plain:
        value: object = None

    return [Point, Row, Plain]


def _methods(cls: type) -> dict[str, object]:
    found = {}
    for name in ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__", "__delattr__"):
        method = cls.__dict__.get(name)
        method = getattr(method, "__wrapped__", method)  # __repr__ is wrapped by reprlib
        if method is not None:
            found[name] = method.__code__
    return found


@pytest.fixture
def fresh(monkeypatch, tmp_path: Path):
    """method_code as in a new process, its kept file under tmp_path."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    monkeypatch.setattr(method_code, "_codes", {})
    monkeypatch.setattr(method_code, "_used", set())
    monkeypatch.setattr(method_code, "_loaded", False)
    monkeypatch.setattr(method_code, "_compiled", 0)
    return tmp_path


def test_importing_watcher_has_dataclasses_compile_through_the_kept_code() -> None:
    import watcher.model  # noqa: F401  # its dataclasses, made after watcher's own start

    assert dataclasses.exec is method_code._exec  # type: ignore[attr-defined]
    assert method_code._used, "no dataclass method was made through the kept code"


def test_the_methods_made_are_the_standard_librarys_code_for_code(fresh, monkeypatch) -> None:
    made = [_methods(cls) for cls in _make_classes()]
    assert method_code._compiled > 0
    monkeypatch.delattr(dataclasses, "exec")  # the standard library's own compiling
    plain = [_methods(cls) for cls in _make_classes()]
    assert made == plain
    assert all(made)


def test_the_classes_work_as_dataclasses_do(fresh) -> None:
    point, row, plain = _make_classes()
    assert point(1, tags=("a",)) == point(1, 0, ("a",))
    assert hash(point(1)) == hash(point(1))
    assert repr(point(2, 3)).endswith("Point(x=2, y=3, tags=())")
    with pytest.raises(dataclasses.FrozenInstanceError):
        point(1).x = 2  # type: ignore[misc]
    assert row("a", note="n") < row("b")
    assert row("a").items is not row("a").items
    assert plain(1) != plain(1)


def test_kept_code_is_used_by_the_next_start_and_written_privately(fresh) -> None:
    _make_classes()
    method_code.keep()
    kept = method_code.kept_file()
    assert kept.is_relative_to(fresh)
    assert kept.stat().st_mode & 0o777 == 0o600
    assert kept.parent.stat().st_mode & 0o777 == 0o700
    assert method_code._compiled == 0  # written: not written again

    method_code._codes.clear()
    method_code._loaded = False
    before = [_methods(cls) for cls in _make_classes()]
    assert method_code._compiled == 0  # every text came from the kept file
    method_code._codes.clear()
    method_code._loaded = True  # nothing kept: compiled again
    assert [_methods(cls) for cls in _make_classes()] == before
    assert method_code._compiled > 0


@pytest.mark.parametrize("kept_as", ["empty", "not marshal", "another interpreter", "bad code"])
def test_a_kept_file_of_another_interpreter_or_unreadable_is_compiled_again(fresh, kept_as) -> None:
    import marshal

    _make_classes()  # the texts, then forgotten
    texts = list(method_code._codes)
    method_code._codes.clear()
    kept = method_code.kept_file()
    kept.parent.mkdir(parents=True)
    content = {"empty": b"", "not marshal": b"not marshal",
               "another interpreter": marshal.dumps(("cpython-00 0.0", {text: b"" for text in texts})),
               "bad code": marshal.dumps((method_code.INTERPRETER, {text: b"\x00cut" for text in texts}))}[kept_as]
    kept.write_bytes(content)
    method_code._loaded = False
    method_code._compiled = 0
    classes = _make_classes()
    assert method_code._compiled == len(texts)
    assert classes[0](1) == classes[0](1)


def test_a_command_keeps_the_code_for_the_next_start(tmp_path: Path) -> None:
    """A command in a new process writes the kept file when it compiled a method; the
    next process making the same classes compiles none."""
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path)}
    probe = "import watcher.cli; from watcher import method_code; print(method_code._compiled)"
    first = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert int(first.stdout) > 0
    subprocess.run([sys.executable, "-m", "watcher", "--config", str(tmp_path / "absent.toml"), "status"],
                   env=env, capture_output=True, check=False)
    assert (tmp_path / "watcher" / "kept" / "method_code").is_dir()
    again = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert int(again.stdout) == 0
