"""TLS is verified, and a refusal says which host and, when a ca_file was given, that it
was tried: IMAP against Dovecot with `ssl = required`, SMTP against aiosmtpd, each with a
certificate from an unknown CA, for another host name, and expired."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import tests.fixtures_smtp as fixtures_smtp
from tests.fixtures_dovecot import DovecotServer
from tests.fixtures_smtp import make_certificates
from tests.test_notify_smtp import FOLLOW_UP, settings_for
from watcher.notify import NotifyError
from watcher.notify.smtp import SmtpChannel

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Case:
    """A server certificate that must be refused, and the ca_file the client is given."""

    name: str
    names: tuple[str, ...]
    valid_days: tuple[int, int]
    client_trusts: str  # "its CA", "another CA" or "nothing" (the system's CAs only)
    reason: str  # what OpenSSL says, in the message


CASES = [
    Case("unknown CA", ("localhost", "127.0.0.1"), (-1, 2), "nothing", "unable to get local issuer certificate"),
    Case("unknown CA, other ca_file", ("localhost", "127.0.0.1"), (-1, 2), "another CA",
         "unable to get local issuer certificate"),
    Case("wrong host name", ("mail.elsewhere.example",), (-1, 2), "its CA", "mismatch, certificate is not valid"),
    Case("expired", ("localhost", "127.0.0.1"), (-10, -1), "its CA", "certificate has expired"),
]


def _certificates(case: Case, folder: Path) -> tuple[fixtures_smtp.TestCertificates, Path | None]:
    """The server's certificates, and the ca_file the client gets (None: none given)."""
    (folder / "server").mkdir(parents=True)
    served = make_certificates(folder / "server", names=case.names, valid_days=case.valid_days)
    if case.client_trusts == "its CA":
        return served, served.ca_file
    if case.client_trusts == "another CA":
        (folder / "other").mkdir()
        return served, make_certificates(folder / "other").ca_file
    return served, None


def _assert_refusal(message: str, case: Case, ca_file: Path | None) -> None:
    assert "127.0.0.1" in message, message
    assert case.reason in message, message
    if ca_file is not None:
        assert f"ca_file {ca_file}" in message, message
    else:
        assert "set" in message and "ca_file" in message, message


@contextlib.contextmanager
def _dovecot_with(certificates: fixtures_smtp.TestCertificates) -> Iterator[DovecotServer]:
    server = DovecotServer(tls=True)
    tls = server.base / "tls"
    tls.mkdir(parents=True)
    (tls / "server.crt").write_bytes(certificates.cert_file.read_bytes())
    (tls / "server.key").write_bytes(certificates.key_file.read_bytes())
    server.ca_file = certificates.ca_file  # given: the server does not make its own
    try:
        server.start()
        yield server
    finally:
        server.close()


def _check(server: DovecotServer, ca_file: Path | None, folder: Path) -> subprocess.CompletedProcess[str]:
    """`watcher check` of one account on the server's implicit-TLS port."""
    mailbox = server.new_mailbox(folders=())
    config = folder / "config.toml"
    config.write_text(
        '[me]\naddresses = ["me@example.org"]\n[database]\npath = "w.db"\n[policy]\ntimezone = "Europe/Berlin"\n'
        f'[[account]]\nname = "work"\ntype = "imap"\nhost = "127.0.0.1"\nport = {server.tls_port}\n'
        f'tls = "implicit"\nusername = "{mailbox.user}"\npassword_env = "IMAP_PW"\n'
        + (f'ca_file = "{ca_file}"\n' if ca_file else "")
    )
    return subprocess.run([sys.executable, "-m", "watcher", "--config", str(config), "check"],
                          capture_output=True, text=True, timeout=120, cwd=REPO,
                          env={"PATH": "/usr/bin:/bin", "IMAP_PW": server.password})


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_imap_refuses_the_certificate_and_says_why(case, tmp_path):
    served, ca_file = _certificates(case, tmp_path)
    with _dovecot_with(served) as server:
        result = _check(server, ca_file, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("account work:"))
    _assert_refusal(line, case, ca_file)
    assert server.password not in result.stdout + result.stderr


def test_imap_accepts_the_right_certificate(tmp_path):
    """The same set-up with a good certificate and its CA logs in: the refusals above are
    about the certificates, not the set-up."""
    served, ca_file = _certificates(Case("good", ("localhost", "127.0.0.1"), (-1, 2), "its CA", ""), tmp_path)
    with _dovecot_with(served) as server:
        result = _check(server, ca_file, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "account work: ok" in result.stdout


@contextlib.contextmanager
def _smtp_with(certificates: fixtures_smtp.TestCertificates, tls: str) -> Iterator[fixtures_smtp.SmtpServer]:
    context = fixtures_smtp._server_context(certificates)
    options = ({"tls_context": context, "require_starttls": True, "auth_require_tls": True} if tls == "starttls"
               else {"ssl_context": context, "auth_require_tls": False})
    with contextlib.contextmanager(fixtures_smtp._run)(options, certificates) as server:
        yield server


@pytest.mark.parametrize("tls", ["starttls", "implicit"])
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_smtp_refuses_the_certificate_and_says_why(case, tls, tmp_path):
    served, ca_file = _certificates(case, tmp_path)
    with _smtp_with(served, tls) as server:
        settings = settings_for(server, tls)
        settings = type(settings)(**{**settings.__dict__, "ca_file": ca_file})
        with pytest.raises(NotifyError) as refused:
            SmtpChannel(settings, lambda: server.password).send([FOLLOW_UP])
        assert server.messages == []
    _assert_refusal(str(refused.value), case, ca_file)
    assert server.password not in str(refused.value)
