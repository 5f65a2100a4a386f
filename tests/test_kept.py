"""A checked file's result, kept while the file is unchanged (watcher/kept.py): the
interviews file on every scan. The config's kept result is tested in test_config.py."""

from __future__ import annotations

import json
import mailbox
from dataclasses import replace
from pathlib import Path

import pytest
import structlog

from watcher.cli import main

GOOD = '[[interview]]\nid = "acme"\ncompany = "Acme"\nwhen = 2026-11-02T10:00:00+00:00\ncontacts = ["jane@acme.example"]\n'
BAD = '[[interview]]\nid = "globex"\ncompany = "Globex"\nwhen = 2026-11-03\n'


@pytest.fixture(autouse=True)
def _logging_as_it_was():
    """main() configures structlog for the process: give the next tests theirs back."""
    saved = structlog.get_config()
    yield
    structlog.configure(**saved)


def _scan(config: Path, capsys) -> dict:
    assert main(["-q", "--config", str(config), "scan", "--json", "--no-notify"]) == 0
    return json.loads(capsys.readouterr().out)


def _not_read(path: Path) -> None:
    raise AssertionError(f"{path} was read again")


def test_the_interviews_file_is_read_again_only_when_it_changes_and_its_errors_are_told_each_scan(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    mailbox.Maildir(tmp_path / "Maildir", create=True)
    interviews = tmp_path / "interviews.toml"
    interviews.write_text(GOOD + BAD)
    config = tmp_path / "config.toml"
    config.write_text(
        f'interviews_file = "{interviews}"\n[me]\naddresses = ["me@example.org"]\n'
        f'[database]\npath = "{tmp_path / "w.db"}"\n'
        f'[[account]]\nname = "local"\ntype = "maildir"\npath = "{tmp_path / "Maildir"}"\n'
        '[policy]\ntimezone = "UTC"\ncountry = ""\n'
    )
    first = _scan(config, capsys)
    with monkeypatch.context() as patch:  # the second scan reads nothing: the first's rows are kept
        patch.setattr("watcher.interviews_file.load_interviews", _not_read)
        second = _scan(config, capsys)
    for result in (first, second):  # the second from the kept read: the same rows, the same error
        assert [i["id"] for i in result["interviews"]] == ["acme"]
        assert len(result["import_errors"]) == 1 and "line 9: " in result["import_errors"][0]
        assert "has no time" in result["import_errors"][0]
    interviews.write_text(GOOD + BAD.replace("2026-11-03", "2026-11-03T09:00:00+00:00"))
    third = _scan(config, capsys)
    assert [i["id"] for i in third["interviews"]] == ["acme", "globex"]
    assert third["import_errors"] == []


def test_an_interview_read_again_as_it_is_stored_writes_nothing(tmp_path: Path) -> None:
    from watcher.interviews_file import load_interviews
    from watcher.store import Store

    interviews = tmp_path / "interviews.toml"
    interviews.write_text(GOOD)
    (acme,), _ = load_interviews(interviews)
    with Store.open(tmp_path / "w.db") as store:
        assert store.upsert_interview(acme, origin="file") is True
        written = store.conn.total_changes
        assert store.upsert_interview(acme, origin="file") is False
        assert store.conn.total_changes == written  # the scan's import of an unchanged file
        moved = replace(acme, role="Platform engineer")
        assert store.upsert_interview(moved, origin="file") is False
        assert store.conn.total_changes == written + 1
        assert [i.role for i in store.interviews()] == ["Platform engineer"]


class _Unpickled:
    """Records whether the cyclic garbage collector ran while it was read back."""

    seen: list[bool] = []

    def __setstate__(self, state: dict) -> None:
        import gc

        _Unpickled.seen.append(gc.isenabled())
        self.__dict__.update(state)


def test_a_kept_result_is_read_with_the_collector_paused_and_it_runs_again_after(
    tmp_path: Path, monkeypatch
) -> None:
    import gc

    from watcher.kept import kept_result

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    checked = tmp_path / "checked.toml"
    checked.write_text("a = 1\n")

    def check():
        result = _Unpickled()
        result.value = 1
        return result, None

    kept_result("probe", checked, check, checked_by=("kept.py",))  # checked, then kept
    _Unpickled.seen.clear()
    assert gc.isenabled()
    assert kept_result("probe", checked, check, checked_by=("kept.py",)).value == 1
    assert _Unpickled.seen == [False]  # read back from the kept copy, the collector paused
    assert gc.isenabled()
    gc.disable()
    try:  # a caller's choice stays: off before, off after
        kept_result("probe", checked, check, checked_by=("kept.py",))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_result_that_cannot_be_kept_is_still_returned_and_checked_again_next_time(tmp_path: Path) -> None:
    from watcher.kept import kept_result

    checked = tmp_path / "checked.toml"
    checked.write_text("x = 1\n")
    calls = []

    def check():
        calls.append(1)
        return (lambda: "not picklable"), None  # pickle refuses a lambda

    for _ in range(2):
        result = kept_result("unpicklable", checked, check, checked_by=("kept.py",))
        assert result() == "not picklable"
    assert len(calls) == 2  # nothing was kept, so the file was checked each time


class Vanishing:
    """A class a kept result names, taken away to play an older watcher's class that is gone."""

    def __init__(self) -> None:
        self.value = 1


class BrokenState:
    """A result whose own code is wrong: reading it back raises AttributeError."""

    def __init__(self) -> None:
        self.value = 1

    def __setstate__(self, state: dict) -> None:
        raise AttributeError("a bug in reading back the result")


def _checks(calls: list[str], make):
    def check():
        calls.append("checked")
        return make(), None
    return check


def test_a_kept_result_naming_a_class_this_watcher_lacks_is_checked_again(tmp_path: Path, monkeypatch) -> None:
    from watcher.kept import kept_result

    checked = tmp_path / "checked.toml"
    checked.write_text("x = 1\n")
    calls: list[str] = []
    kept_result("vanishing", checked, _checks(calls, Vanishing), checked_by=("kept.py",))
    monkeypatch.delattr(f"{__name__}.Vanishing")
    result = kept_result("vanishing", checked, _checks(calls, lambda: "fresh"), checked_by=("kept.py",))
    assert (result, calls) == ("fresh", ["checked", "checked"])


def test_a_result_kept_under_another_key_is_never_unpickled(tmp_path: Path) -> None:
    """The key is read first: a result kept for other content (or by other code) is not read
    back at all, so its classes, gone or changed, cannot matter."""
    from watcher.kept import kept_result

    checked = tmp_path / "checked.toml"
    checked.write_text("x = 1\n")
    calls: list[str] = []
    kept_result("broken", checked, _checks(calls, BrokenState), checked_by=("kept.py",))
    checked.write_text("x = 2\n")
    assert kept_result("broken", checked, _checks(calls, lambda: "fresh"), checked_by=("kept.py",)) == "fresh"


def test_an_attribute_error_in_the_code_is_not_taken_for_nothing_kept(tmp_path: Path) -> None:
    """Before, any AttributeError while a kept result was read back meant "nothing kept":
    a fault in the code reading it was hidden, the file checked again on every start."""
    from watcher.kept import kept_result

    checked = tmp_path / "checked.toml"
    checked.write_text("x = 1\n")
    calls: list[str] = []
    kept_result("broken", checked, _checks(calls, BrokenState), checked_by=("kept.py",))
    with pytest.raises(AttributeError, match="a bug in reading back"):
        kept_result("broken", checked, _checks(calls, BrokenState), checked_by=("kept.py",))
    assert calls == ["checked"]
