"""The benchmark's Dovecot: the tests' loopback server, serving a copy of a cached Maildir.

The cached Maildir is hard-linked into the server's home rather than copied: linking
100,000 files takes seconds, and Dovecot only renames files and writes its own index
files beside them, so the cached tree is never changed.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Self

from imapclient import IMAPClient

from bench.mailgen import GeneratedMailbox
from tests.fixtures_dovecot import DovecotMailbox, DovecotServer

USER = "bench"


def mail_owner_ids() -> tuple[int, int]:
    """The uid and gid Dovecot reads mail as (the same rule as the tests' server)."""
    owner = pwd.getpwnam("dovecot") if os.geteuid() == 0 else pwd.getpwuid(os.geteuid())
    return owner.pw_uid, owner.pw_gid


class BenchServer:
    """A private Dovecot whose user ``bench`` owns the generated mailbox."""

    def __init__(self, mailbox: GeneratedMailbox, work_dir: Path) -> None:
        self.generated = mailbox
        # Beside the cache so that hard links work (same file system).
        self.base = Path(tempfile.mkdtemp(prefix="run-", dir=work_dir))
        self.server = DovecotServer(base=self.base)
        self.mailbox = DovecotMailbox(self.server, USER)

    def start(self) -> Self:
        home = self.base / "home" / USER
        home.mkdir(parents=True)
        subprocess.run(["cp", "-al", str(self.generated.maildir), str(home / "Maildir")], check=True)
        uid, gid = mail_owner_ids()
        for path in (self.base / "home", home):
            os.chown(path, uid, gid)
        self.server.start()
        return self

    def index(self, folders: tuple[str, ...]) -> float:
        """Let Dovecot index the Maildir (its first SELECT of each folder); returns seconds."""
        started = time.perf_counter()
        with self.client() as client:
            for folder in folders:
                client.select_folder(folder, readonly=True)
        return time.perf_counter() - started

    def client(self, timeout: float = 300) -> IMAPClient:
        client = IMAPClient(self.mailbox.host, port=self.mailbox.port, ssl=False, timeout=timeout)
        client.login(USER, self.mailbox.password)
        return client

    def close(self) -> None:
        self.server.stop()
        shutil.rmtree(self.base, ignore_errors=True)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()
