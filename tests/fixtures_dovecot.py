"""A real Dovecot IMAP server on loopback, for tests and benchmarks.

``DovecotServer`` is a plain class (start/stop/restart) usable outside pytest. Each server
takes any user name with one password (a static passdb), so every test gets a fresh,
empty mailbox by picking a new name: no passwd-file to reload, no one-second wait.

Fixtures:
  dovecot          a fresh user on the shared plaintext server (``DovecotMailbox``)
  dovecot_tls      a fresh user on the shared TLS server (``ssl = required``; ``ca_file``,
                   ``tls_port`` for implicit TLS, ``port`` for STARTTLS)
  dovecot_no_idle  a fresh user on a server whose capabilities lack IDLE
  imap_account(mailbox, **overrides) -> an object with the ImapAccount attribute names
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import time
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from imapclient import IMAPClient

from tests.child_process import dies_with_this_process, stop_child
from tests.scratch import scratch_dir

DOVECOT = "/usr/sbin/dovecot"
PASSWORD = "Correct-Horse-7-Battery"
STANDARD_FOLDERS = ("Sent", "Drafts")
# Given \Sent in the config but absent from STANDARD_FOLDERS' usual names:
# lets a test prove discovery by SPECIAL-USE rather than by name.
UNUSUAL_SENT_NAME = "Outgoing Archive"

CAPABILITIES_WITHOUT_IDLE = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE SORT SORT=DISPLAY THREAD=REFERENCES "
    "THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN "
    "NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES "
    "WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SNIPPET=FUZZY PREVIEW=FUZZY PREVIEW "
    "STATUS=SIZE SAVEDATE LITERAL+ NOTIFY SPECIAL-USE"
)

_user_numbers = itertools.count(1)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class DovecotError(RuntimeError):
    pass


class DovecotServer:
    """One private Dovecot instance in its own temp folder.

    The master process runs in the foreground as a child of the thread that calls ``start``
    and gets SIGTERM when that thread ends (tests/child_process.py): start it from the main
    thread, or from one that outlives the server.
    """

    def __init__(self, *, tls: bool = False, idle: bool = True, base: Path | None = None) -> None:
        if not Path(DOVECOT).exists():
            raise DovecotError(
                f"{DOVECOT} not found: install Debian's dovecot-imapd (apt-get install dovecot-imapd)"
            )
        self.tls = tls
        self.idle = idle
        self.host = "127.0.0.1"
        self.password = PASSWORD
        self._own_base = base is None
        # Not under pytest's tmp_path: that is mode 0700, and Dovecot's unprivileged
        # processes must reach the mail folders. A run killed first: the next one removes it.
        self.base = base or scratch_dir("watcher-dovecot-")
        self.base.chmod(0o755)
        self.port = 0
        self.tls_port = 0
        self.ca_file: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None

    # -- lifecycle -----------------------------------------------------------

    def start(self) -> DovecotServer:
        """Start the server (no-op if running); raises DovecotError with Dovecot's words if it fails."""
        if self._process is not None:
            return self
        # Ports are kept across restarts so accounts made earlier still point here.
        self.port = self.port or free_port()
        self.tls_port = self.tls_port or (free_port() if self.tls else 0)
        self._prepare_dirs()
        if self.tls and self.ca_file is None:
            self.ca_file = make_certificates(self.base / "tls")
        (self.base / "dovecot.conf").write_text(self._config())
        # In the foreground (-F) as our child, so that it dies with this process even when
        # the test run is killed and no teardown runs (see tests/child_process.py). A
        # daemonized Dovecot outlived killed runs, with its folder under /tmp.
        # Output goes to a file, not a pipe: nobody reads a pipe while the server runs.
        with open(self.base / "startup.log", "w") as startup_log:
            self._process = subprocess.Popen(
                [DOVECOT, "-F", "-c", str(self.base / "dovecot.conf")],
                stdin=subprocess.DEVNULL,
                stdout=startup_log,
                stderr=subprocess.STDOUT,
                preexec_fn=dies_with_this_process(),
            )
        try:
            self._wait_until_listening(self.port)
            if self.tls_port:
                self._wait_until_listening(self.tls_port)
        except DovecotError:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            # Dovecot's own processes (imap-login, auth...) exit once their master is gone.
            stop_child(process, timeout=10)

    def restart(self) -> None:
        """Stop, wait for the exit, and start again on the same ports."""
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        if self._own_base:
            shutil.rmtree(self.base, ignore_errors=True)

    @property
    def running(self) -> bool:
        return self._process is not None

    @property
    def pid(self) -> int | None:
        """The master process's pid while running."""
        return self._process.pid if self._process is not None else None

    def __enter__(self) -> DovecotServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- users and mail ------------------------------------------------------

    def new_mailbox(self, folders: Iterable[str] = STANDARD_FOLDERS) -> DovecotMailbox:
        """A user never seen before on this server, with the given folders created."""
        user = f"user{os.getpid()}x{next(_user_numbers)}"
        mailbox = DovecotMailbox(self, user)
        for folder in folders:
            mailbox.create_folder(folder)
        return mailbox

    def log_text(self) -> str:
        log = self.base / "dovecot.log"
        return log.read_text(errors="replace") if log.exists() else ""

    # -- internals -----------------------------------------------------------

    def _prepare_dirs(self) -> None:
        for name in ("run", "state", "home"):
            (self.base / name).mkdir(exist_ok=True)
        owner = _mail_owner()
        os.chown(self.base / "home", owner.pw_uid, owner.pw_gid)

    def _config(self) -> str:
        owner = _mail_owner()
        login_user = "dovenull" if os.geteuid() == 0 else owner.pw_name
        internal_user = "dovecot" if os.geteuid() == 0 else owner.pw_name
        internal_group = "dovecot" if os.geteuid() == 0 else _group_name(owner.pw_gid)
        lines = [
            f"base_dir = {self.base / 'run'}",
            f"state_dir = {self.base / 'state'}",
            f"log_path = {self.base / 'dovecot.log'}",
            "protocols = imap",
            "listen = 127.0.0.1",
            f"default_login_user = {login_user}",
            f"default_internal_user = {internal_user}",
            f"default_internal_group = {internal_group}",
            "first_valid_uid = 0",
            "auth_failure_delay = 0",
            "auth_mechanisms = plain login",
            # IDLE hears of new mail through inotify; when the user's inotify instances run out
            # (max_user_instances, shared by every process of that user: on a busy machine, many
            # servers and browsers of other test runs), Dovecot falls back to looking every
            # mailbox_idle_check_interval, 30 s by default: as long as the tests' own waits.
            "mailbox_idle_check_interval = 1 secs",
            "mail_location = maildir:~/Maildir",
            "passdb {",
            "  driver = static",
            f"  args = password={self.password}",
            "}",
            "userdb {",
            "  driver = static",
            f"  args = uid={owner.pw_uid} gid={owner.pw_gid} home={self.base / 'home'}/%u",
            "}",
            "namespace inbox {",
            "  inbox = yes",
            "  separator = /",
            "  mailbox Sent {\n    special_use = \\Sent\n  }",
            f'  mailbox "{UNUSUAL_SENT_NAME}" {{\n    special_use = \\Sent\n  }}',
            "  mailbox Drafts {\n    special_use = \\Drafts\n  }",
            "  mailbox Trash {\n    special_use = \\Trash\n  }",
            "}",
            "service imap-login {",
            f"  inet_listener imap {{\n    port = {self.port}\n  }}",
            f"  inet_listener imaps {{\n    port = {self.tls_port}\n  }}",
            "}",
        ]
        lines += self._tls_lines()
        if not self.idle:
            lines.append(f"imap_capability = {CAPABILITIES_WITHOUT_IDLE}")
        return "\n".join(lines) + "\n"

    def _tls_lines(self) -> list[str]:
        if not self.tls:
            return ["ssl = no", "disable_plaintext_auth = no"]
        tls_dir = self.base / "tls"
        return [
            "ssl = required",
            f"ssl_cert = <{tls_dir / 'server.crt'}",
            f"ssl_key = <{tls_dir / 'server.key'}",
            "disable_plaintext_auth = yes",
        ]

    def _wait_until_listening(self, port: int) -> None:
        assert self._process is not None
        for _ in range(400):
            if self._process.poll() is not None:
                startup = (self.base / "startup.log").read_text(errors="replace").strip()
                raise DovecotError(
                    f"dovecot did not start (exit {self._process.returncode}): {startup} {self._log_tail()}"
                )
            try:
                with socket.create_connection((self.host, port), timeout=1):
                    return
            except OSError:
                time.sleep(0.05)
        raise DovecotError(f"dovecot is not listening on port {port} {self._log_tail()}")

    def _log_tail(self) -> str:
        return "log: " + " | ".join(self.log_text().splitlines()[-5:])


class DovecotMailbox:
    """One user's mailbox on a DovecotServer: what a test talks to."""

    def __init__(self, server: DovecotServer, user: str) -> None:
        self.server = server
        self.user = user

    host = property(lambda self: self.server.host)
    port = property(lambda self: self.server.port)
    tls_port = property(lambda self: self.server.tls_port)
    ca_file = property(lambda self: self.server.ca_file)
    password = property(lambda self: self.server.password)

    def client(self) -> IMAPClient:
        """A logged-in client (the caller logs out)."""
        if self.server.tls:
            import ssl

            context = ssl.create_default_context(cafile=str(self.server.ca_file))
            client = IMAPClient(self.host, port=self.tls_port, ssl=True, ssl_context=context, timeout=10)
        else:
            client = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        client.login(self.user, self.password)
        return client

    def append(
        self, folder: str, raw: bytes, flags: Iterable[str | bytes] = (), msg_time: datetime | None = None
    ) -> int:
        """Deliver a message; returns its UID."""
        with self.client() as client:
            response = client.append(folder, raw, flags=tuple(flags), msg_time=msg_time)
        return _uid_from_append(response)

    def create_folder(self, folder: str) -> None:
        with self.client() as client:
            client.create_folder(folder)

    def delete_folder(self, folder: str) -> None:
        with self.client() as client:
            client.delete_folder(folder)

    def flags(self, folder: str) -> dict[int, tuple[bytes, ...]]:
        """UID -> flags, read without changing anything."""
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            return {
                uid: data[b"FLAGS"] for uid, data in client.fetch(client.search("ALL"), ["FLAGS"]).items()
            }

    def uidvalidity(self, folder: str) -> int:
        with self.client() as client:
            return int(client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def restart(self) -> None:
        self.server.restart()

    def stop(self) -> None:
        self.server.stop()


def _uid_from_append(response: bytes) -> int:
    # "[APPENDUID <uidvalidity> <uid>] Append completed." (UIDPLUS)
    text = response.decode(errors="replace")
    if "APPENDUID" in text:
        return int(text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])
    return 0


def _mail_owner() -> pwd.struct_passwd:
    if os.geteuid() == 0:
        return pwd.getpwnam("dovecot")
    return pwd.getpwuid(os.geteuid())


def _group_name(gid: int) -> str:
    import grp

    return grp.getgrgid(gid).gr_name


def make_certificates(folder: Path) -> Path:
    """A test CA and a server certificate for 127.0.0.1/localhost; returns the CA file."""
    folder.mkdir(parents=True, exist_ok=True)
    ca_key, ca_crt = folder / "ca.key", folder / "ca.crt"
    key, csr, crt = folder / "server.key", folder / "server.csr", folder / "server.crt"
    _openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        ca_key,
        "-out",
        ca_crt,
        "-days",
        "2",
        "-subj",
        "/CN=watcher test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    )
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr, "-subj", "/CN=localhost")
    extensions = folder / "server.ext"
    extensions.write_text(
        "basicConstraints=critical,CA:FALSE\n"
        "keyUsage=critical,digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth\n"
        "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
        "authorityKeyIdentifier=keyid\n"
        "subjectKeyIdentifier=hash\n"
    )
    _openssl(
        "x509",
        "-req",
        "-in",
        csr,
        "-CA",
        ca_crt,
        "-CAkey",
        ca_key,
        "-CAcreateserial",
        "-out",
        crt,
        "-days",
        "2",
        "-extfile",
        extensions,
    )
    for path in (ca_crt, crt, key):
        path.chmod(0o644 if path.suffix == ".crt" else 0o600)
    return ca_crt


def _openssl(*args: object) -> None:
    result = subprocess.run(["openssl", *map(str, args)], capture_output=True, text=True)
    if result.returncode != 0:
        raise DovecotError(f"openssl {args[0]} failed: {result.stderr.strip()}")


def imap_account(mailbox: DovecotMailbox, **overrides: object) -> SimpleNamespace:
    """An object with ImapAccount's attribute names, pointing at the mailbox."""
    values: dict[str, object] = dict(
        name="test",
        type="imap",
        host=mailbox.host,
        port=mailbox.port,
        tls="none",
        ca_file=None,
        username=mailbox.user,
        folders=("INBOX",),
        sent_folder=None,
        lookback_days=90,
        auth="password",
        password_command=None,
        password_env=None,
        poll_interval=300,
        idle=True,
        timeout=10.0,
    )
    values.update(overrides)
    return SimpleNamespace(**values)


# -- pytest fixtures -----------------------------------------------------------


def _server(**options: bool) -> Iterator[DovecotServer]:
    server = DovecotServer(**options)
    try:
        server.start()
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotServer]:
    yield from _server()


@pytest.fixture(scope="session")
def dovecot_tls_server() -> Iterator[DovecotServer]:
    yield from _server(tls=True)


@pytest.fixture(scope="session")
def dovecot_no_idle_server() -> Iterator[DovecotServer]:
    yield from _server(idle=False)


def _fresh(server: DovecotServer) -> DovecotMailbox:
    # A test may have stopped the shared server; bring it back for the next one.
    server.start()
    return server.new_mailbox()


@pytest.fixture
def dovecot(dovecot_server: DovecotServer) -> DovecotMailbox:
    return _fresh(dovecot_server)


@pytest.fixture
def dovecot_tls(dovecot_tls_server: DovecotServer) -> DovecotMailbox:
    return _fresh(dovecot_tls_server)


@pytest.fixture
def dovecot_no_idle(dovecot_no_idle_server: DovecotServer) -> DovecotMailbox:
    return _fresh(dovecot_no_idle_server)
