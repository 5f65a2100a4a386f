"""Database trouble: each case gets a clear error with the path, the cause and what to do,
and nothing of the user's is overwritten. Full and read-only disks are real tmpfs mounts
(root can write through any permission bit, but not through a read-only or full file system)."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.test_cli import watcher
from watcher.model import Interview
from watcher.store import MIGRATIONS, Store, StoreError

T0 = datetime(2026, 11, 2, 14, 0, tzinfo=timezone.utc)


@contextmanager
def tmpfs(where: Path, options: str) -> Iterator[Path]:
    """A tmpfs mounted at ``where`` with mount ``options``; skip when this user cannot mount."""
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _interview(n: int) -> Interview:
    return Interview(id=f"acme-{n}", company="Acme " + "x" * 2000, when=T0, notes="n" * 4000)


def _config(tmp_path: Path, database: Path) -> Path:
    config = tmp_path / "config.toml"
    config.write_text(f'[me]\naddresses = ["me@example.org"]\n[database]\npath = "{database}"\n'
                      '[policy]\ntimezone = "Europe/Berlin"\n')
    return config


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "watcher.db"
    text = b"my notes about interviews, not a database\n" * 10
    path.write_bytes(text)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    message = str(caught.value)
    assert str(path) in message and "not a SQLite database" in message and "left untouched" in message
    assert path.read_bytes() == text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["watcher.db"]  # no -wal, no -shm


def test_the_command_says_so_and_exits_2(tmp_path):
    path = tmp_path / "watcher.db"
    path.write_bytes(b"\x00garbage" * 100)
    result = watcher("status", config=_config(tmp_path, path))
    assert result.returncode == 2
    assert str(path) in result.stderr and "not a SQLite database" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == b"\x00garbage" * 100


def test_a_database_of_a_newer_watcher_is_refused_not_downgraded(tmp_path):
    path = tmp_path / "w.db"
    with Store.open(path) as store:
        store.upsert_interview(_interview(1))
    newer = len(MIGRATIONS) + 3
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {newer}")
    conn.close()
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert str(path) in str(caught.value) and "upgrade watcher" in str(caught.value)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == newer
    assert conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 1


def test_a_folder_that_cannot_be_written(tmp_path):
    with tmpfs(tmp_path / "ro", "ro,size=1m") as mount:
        path = mount / "state" / "watcher.db"
        with pytest.raises(StoreError) as caught:
            Store.open(path)
        message = str(caught.value)
        assert str(path) in message and "Read-only file system" in message and "writable" in message
        result = watcher("status", config=_config(tmp_path, path))
        assert result.returncode == 2 and str(path) in result.stderr and "Traceback" not in result.stderr


def test_a_full_disk_is_named_and_loses_nothing_written_before(tmp_path):
    with tmpfs(tmp_path / "small", "size=256k") as mount:
        path = mount / "watcher.db"
        with Store.open(path) as store:
            store.upsert_interview(_interview(0))
            with pytest.raises(StoreError) as caught:
                for n in range(1, 1000):
                    store.upsert_interview(_interview(n))
            message = str(caught.value)
            assert str(path) in message and "disk is full" in message
            written = len(store.interviews())
        assert written >= 1
        with Store.open(path) as store:  # nothing half-written: the file still opens and reads
            assert len(store.interviews()) == written
            assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_full_disk_through_the_command(tmp_path):
    with tmpfs(tmp_path / "small", "size=256k") as mount:
        path = mount / "watcher.db"
        Store.open(path).close()
        filler = mount / "filler"
        fd = os.open(filler, os.O_CREAT | os.O_WRONLY)  # fill the rest of the disk
        try:
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        result = watcher("interview", "add", "--company", "Acme " + "x" * 100_000, "--when",
                         "2026-11-03T10:00", config=_config(tmp_path, path))
        assert result.returncode == 2, result.stderr
        assert str(path) in result.stderr and "disk is full" in result.stderr
        assert "Traceback" not in result.stderr


def test_a_new_state_folder_and_database_are_private(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "state" / "watcher" / "watcher.db"
        with Store.open(path) as store:
            store.upsert_interview(_interview(1))
            files = sorted(path.parent.iterdir())
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in files}
        assert stat.S_IMODE((tmp_path / "state").stat().st_mode) == 0o700
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert modes == {name: 0o600 for name in modes} and "watcher.db" in modes
    finally:
        os.umask(old)


def test_the_state_folder_is_private_when_a_kept_check_makes_it_first(tmp_path):
    # `interview list` keeps the checked config in $XDG_STATE_HOME/watcher/kept before any
    # database is opened there: every folder it makes must be 0700 as the database's are.
    config = tmp_path / "config.toml"
    config.write_text('[me]\naddresses = ["me@example.org"]\n[database]\npath = "w.db"\n'
                      '[policy]\ntimezone = "Europe/Berlin"\n')
    state = tmp_path / "xdg-state"
    old = os.umask(0o022)
    try:
        result = watcher("interview", "list", config=config, env={"XDG_STATE_HOME": str(state)})
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    folders = [state, state / "watcher", state / "watcher" / "kept"]
    assert all(f.is_dir() for f in folders), sorted(map(str, state.rglob("*")))
    assert {str(f): stat.S_IMODE(f.stat().st_mode) for f in folders} == {str(f): 0o700 for f in folders}
