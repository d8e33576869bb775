"""Real servers for notification tests: an SMTP server (aiosmtpd) and a webhook receiver
(http.server), each on a free local port."""
from __future__ import annotations

import datetime as dt
import ipaddress
import json
import ssl
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.helpers import free_port
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from clinic.notify import verify_signature
from clinic.settings import get_settings

SECRET = "test-webhook-secret"
PORTAL = "https://portal.clinic.test"


@pytest.fixture
def configure(monkeypatch):
    """Set environment variables and rebuild the settings from them."""

    def apply(**values) -> None:
        for name, value in values.items():
            monkeypatch.setenv(name, str(value))
        get_settings.cache_clear()

    return apply


@pytest.fixture(autouse=True)
def no_channels(configure):
    # Each test turns on the channels it needs; a developer's .env must not add others.
    configure(SMTP_HOST="", NOTIFY_EMAIL_TO="", SMTP_USERNAME="", SMTP_PASSWORD="", WEBHOOK_URL="",
              WEBHOOK_SECRET="", PORTAL_URL=PORTAL, CLINIC_TIMEZONE="Australia/Sydney",
              NOTIFY_MAX_ATTEMPTS=12, HTTP_TIMEOUT_SECONDS=5)


class Inbox:
    """aiosmtpd handler that keeps every accepted message."""

    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted"


@pytest.fixture
def smtp_server(configure):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    configure(SMTP_HOST="127.0.0.1", SMTP_PORT=controller.port,
              NOTIFY_EMAIL_TO="front-desk@clinic.test, physio@clinic.test", SMTP_FROM="assistant@clinic.test")
    yield inbox
    controller.stop()


def _self_signed(tmp_path):
    """A certificate for 127.0.0.1, written where the client will trust it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "smtp-cert.pem", tmp_path / "smtp-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


@pytest.fixture
def tls_smtp_server(configure, monkeypatch, tmp_path):
    """An SMTP server that offers STARTTLS and accepts one login only after it."""
    cert_file, key_file = _self_signed(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    # The client trusts the system store; point that store at our certificate.
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, auth_data.password, session.ssl is not None))
        return AuthResult(success=(auth_data.login, auth_data.password) == (b"clinic", b"s3cret"))

    inbox = Inbox()
    inbox.logins = logins
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), tls_context=context,
                            require_starttls=True, authenticator=authenticator, auth_require_tls=True)
    controller.start()
    configure(SMTP_HOST="127.0.0.1", SMTP_PORT=controller.port, NOTIFY_EMAIL_TO="front-desk@clinic.test",
              SMTP_USERNAME="clinic", SMTP_PASSWORD="s3cret")
    yield inbox
    controller.stop()


class Receiver:
    """A webhook endpoint on a fixed port that can be taken down and brought back.

    `deliveries` counts accepted notifications by delivery id; `status` is what it answers."""

    def __init__(self, secret: str):
        self.secret = secret
        self.port = free_port()
        self.status = 200
        self.deliveries: Counter = Counter()
        self.requests: list[tuple[dict, bytes]] = []
        self.bad_signatures = 0
        self._lock = threading.Lock()
        self._server = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/clinic"

    def start(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with receiver._lock:
                    receiver.requests.append((dict(self.headers), body))
                    if not verify_signature(receiver.secret, body, self.headers.get("X-Clinic-Signature")):
                        receiver.bad_signatures += 1
                        status = 401
                    else:
                        status = receiver.status
                        if 200 <= status < 300:
                            receiver.deliveries[json.loads(body)["id"]] += 1
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._server = None


@pytest.fixture
def receiver(configure):
    receiver = Receiver(SECRET)
    receiver.start()
    configure(WEBHOOK_URL=receiver.url, WEBHOOK_SECRET=SECRET)
    yield receiver
    if receiver._server:
        receiver.stop()
