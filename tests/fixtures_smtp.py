"""Test fixtures: real SMTP servers on loopback (aiosmtpd), with TLS and AUTH.

``smtp_server`` offers STARTTLS and requires it before AUTH; ``smtps_server`` speaks TLS from
the first byte (implicit TLS, port-465 style). Both present a certificate for 127.0.0.1 and
localhost signed by a CA made for the test; ``ca_file`` is what a client must trust.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from ipaddress import IPv4Address
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

HOST = "127.0.0.1"
USER = "watcher-test"
PASSWORD = "s3cret-Pa55-for-tests"


@dataclass
class SmtpServer:
    host: str
    port: int
    ca_file: Path
    user: str
    password: str
    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (MAIL FROM, RCPT TOs)


@dataclass(frozen=True)
class TestCertificates:
    ca_file: Path
    cert_file: Path
    key_file: Path


class RecordingHandler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or envelope.content
        assert isinstance(content, bytes)
        message = message_from_bytes(content, policy=default)
        assert isinstance(message, EmailMessage)
        self.server.messages.append(message)
        self.server.envelopes.append((str(envelope.mail_from), tuple(envelope.rcpt_tos)))
        return "250 OK"


def _accept_test_user(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    accepted = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == USER.encode()
        and auth_data.password == PASSWORD.encode()
    )
    return AuthResult(success=accepted, handled=False)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _write_key(key: ec.EllipticCurvePrivateKey, path: Path) -> None:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )


def make_certificates(
    folder: Path, *, names: tuple[str, ...] = ("localhost", HOST), valid_days: tuple[int, int] = (-1, 2)
) -> TestCertificates:
    """A CA and a server certificate for ``names`` (host names or IP addresses), valid from
    and until these days from now, shaped to pass strict X.509 checks otherwise."""
    now = datetime.now(UTC)
    alt_names: list[x509.GeneralName] = []
    for name in names:
        try:
            alt_names.append(x509.IPAddress(IPv4Address(name)))
        except ValueError:
            alt_names.append(x509.DNSName(name))
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("watcher test CA"))
        .issuer_name(_name("watcher test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = (
        x509.CertificateBuilder()
        .subject_name(_name(names[0]))
        .issuer_name(ca_cert.subject)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now + timedelta(days=valid_days[0]))
        .not_valid_after(now + timedelta(days=valid_days[1]))
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    certificates = TestCertificates(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    certificates.ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    certificates.cert_file.write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
    _write_key(server_key, certificates.key_file)
    return certificates


def _server_context(certificates: TestCertificates) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificates.cert_file, certificates.key_file)
    return context


@pytest.fixture(scope="session")
def smtp_certificates(tmp_path_factory: pytest.TempPathFactory) -> TestCertificates:
    return make_certificates(tmp_path_factory.mktemp("smtp-tls"))


def _run(controller_options: dict[str, Any], certificates: TestCertificates) -> Iterator[SmtpServer]:
    server = SmtpServer(
        host=HOST, port=free_port(), ca_file=certificates.ca_file, user=USER, password=PASSWORD
    )
    controller = Controller(
        RecordingHandler(server),
        hostname=HOST,
        port=server.port,
        authenticator=_accept_test_user,
        **controller_options,
    )
    controller.start()
    try:
        yield server
    finally:
        controller.stop()


@pytest.fixture
def smtp_server(smtp_certificates: TestCertificates) -> Iterator[SmtpServer]:
    """STARTTLS required before anything else; AUTH accepts only USER/PASSWORD."""
    yield from _run(
        {
            "tls_context": _server_context(smtp_certificates),
            "require_starttls": True,
            "auth_require_tls": True,
        },
        smtp_certificates,
    )


@pytest.fixture
def smtps_server(smtp_certificates: TestCertificates) -> Iterator[SmtpServer]:
    """Implicit TLS from the first byte; AUTH accepts only USER/PASSWORD."""
    # aiosmtpd counts only STARTTLS as TLS for auth_require_tls; here every byte is already
    # encrypted, so AUTH is allowed from the start.
    yield from _run(
        {"ssl_context": _server_context(smtp_certificates), "auth_require_tls": False}, smtp_certificates
    )


@pytest.fixture
def plain_smtp_server(smtp_certificates: TestCertificates) -> Iterator[SmtpServer]:
    """No TLS and no AUTH: the loopback-only case."""
    server = SmtpServer(host=HOST, port=free_port(), ca_file=smtp_certificates.ca_file, user="", password="")
    controller = Controller(RecordingHandler(server), hostname=HOST, port=server.port)
    controller.start()
    try:
        yield server
    finally:
        controller.stop()
