"""The simulated eligibility service over HTTP on loopback: :class:`EligibilityHttpServer`.

Wire format (full description with examples: ``docs/eligibility-api.md``). JSON over HTTP/1.0, UTF-8,
one request per connection, loopback only:

``POST /v1/check``
    body ``{"certificate": "<base64 DER>", "limit_consent": <bool>}`` → 200 ``{"validity": "1".."5",
    "registered": bool, "reference_number": "<12 digits>" | "", "processed_at": "<ISO 8601 with
    offset>", "notice": str, "qualifications": [{"insurer_number": "<6 or 8 digits>", "symbol": str,
    "number": str, "branch": "<2 digits>", "copay_ratio": "<3 digits>", "limit_category": str | null,
    "insurer_name": str, "name_kana": str, "birth_date": "YYYY-MM-DD", "valid_from": "YYYY-MM-DD",
    "valid_to": "YYYY-MM-DD" | null}, ...]}``
``POST /v1/register``
    header ``Idempotency-Key: <1–128 visible ASCII characters>``, body ``{"certificate": "<base64
    DER>"}`` → 200 ``{"registered_at": "<ISO 8601>", "idempotency_key": str, "replayed": bool}``
Errors
    ``{"error": <code>, "message": <English text, no personal data>}`` with 400 ``bad_request``,
    404 ``not_found``, 405 ``method_not_allowed``, 411 ``length_required``, 413
    ``payload_too_large``, 422 ``certificate_revoked`` / ``jpki_maintenance`` (refusals: never
    worth retrying), 500 ``internal`` and 503 ``unavailable`` (transient: retry).
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import logging
import socketserver
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from kiosk.services.eligibility import CertificateRevokedError, JpkiMaintenanceError
from simulators.eligibility.faults import HANG_SECONDS
from simulators.eligibility.service import SimulatedEligibilityService, check_idempotency_key
from simulators.eligibility.wire import encode_answer, encode_receipt, spoil

logger = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 64 * 1024  # a certificate is ~1.2 kB; base64 and JSON add little


class _RequestError(Exception):
    def __init__(self, status: HTTPStatus, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class _Handler(BaseHTTPRequestHandler):
    server: EligibilityHttpServer
    server_version = "EligibilitySimulator/1"
    timeout = 10  # a client that stalls mid-request does not hold a thread for long

    def do_POST(self) -> None:
        self.server.count_request()
        faults = self.server.service.faults
        if faults.latency > 0 and self.server.wait_stopping(faults.latency):
            return
        if faults.timeout:
            self.server.wait_stopping(HANG_SECONDS)
            self.close_connection = True
            return
        if faults.consume("fail_5xx_times"):
            if self.server.count_5xx() % 2:
                self._send_error(HTTPStatus.SERVICE_UNAVAILABLE, "unavailable", "simulated failure")
            else:
                self._send_error(HTTPStatus.INTERNAL_SERVER_ERROR, "internal", "simulated failure")
            return
        try:
            document = self._route()
        except _RequestError as exc:
            self._send_error(exc.status, exc.code, exc.message)
            return
        except CertificateRevokedError:
            self._send_error(HTTPStatus.UNPROCESSABLE_ENTITY, "certificate_revoked",
                             "certificate expired or invalid")
            return
        except JpkiMaintenanceError:
            self._send_error(HTTPStatus.UNPROCESSABLE_ENTITY, "jpki_maintenance", "JPKI is in maintenance")
            return
        if faults.consume("drop_after_commit"):
            self.close_connection = True  # processed and committed; the answer is lost
            return
        if faults.answer_body is not None:
            self._send(faults.answer_status, faults.answer_body)
        elif faults.malformed is not None:
            self._send(HTTPStatus.OK, spoil(document, faults.malformed))
        else:
            self._send(HTTPStatus.OK, json.dumps(document, ensure_ascii=False).encode())

    def _method_not_allowed(self) -> None:
        self._send_error(HTTPStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "use POST")

    do_GET = do_PUT = do_DELETE = do_PATCH = _method_not_allowed

    def _route(self) -> dict[str, Any]:
        if self.path not in ("/v1/check", "/v1/register"):
            raise _RequestError(HTTPStatus.NOT_FOUND, "not_found", "no such endpoint")
        body = self._json_body()
        certificate = body.get("certificate")
        if not isinstance(certificate, str):
            raise _RequestError(HTTPStatus.BAD_REQUEST, "bad_request", "certificate must be a base64 string")
        try:
            der = base64.b64decode(certificate, validate=True)
        except binascii.Error as exc:
            raise _RequestError(HTTPStatus.BAD_REQUEST, "bad_request", "certificate is not base64") from exc
        service = self.server.service
        if self.path == "/v1/check":
            consent = body.get("limit_consent")
            if not isinstance(consent, bool):
                raise _RequestError(HTTPStatus.BAD_REQUEST, "bad_request", "limit_consent must be a boolean")
            return encode_answer(service.answer(der, limit_consent=consent))
        try:
            key = check_idempotency_key(self.headers.get("Idempotency-Key"))
        except ValueError as exc:
            raise _RequestError(HTTPStatus.BAD_REQUEST, "bad_request", str(exc)) from exc
        return encode_receipt(service.commit_registration(der, key))

    def _json_body(self) -> dict[str, Any]:
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            raise _RequestError(HTTPStatus.LENGTH_REQUIRED, "length_required", "Content-Length required")
        if int(length) > MAX_REQUEST_BYTES:
            raise _RequestError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "payload_too_large", "request too large")
        raw = self.rfile.read(int(length))
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise _RequestError(HTTPStatus.BAD_REQUEST, "bad_request", "body is not JSON") from exc
        if not isinstance(body, dict):
            raise _RequestError(HTTPStatus.BAD_REQUEST, "bad_request", "body must be a JSON object")
        return body

    def _send_error(self, status: HTTPStatus, code: str, message: str) -> None:
        self._send(status, json.dumps({"error": code, "message": message}).encode())

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("http: " + format, *args)  # request lines carry paths only, no personal data


class EligibilityHttpServer(ThreadingHTTPServer):
    """The simulated service over HTTP (wire format in the module docstring), loopback only.

    Faults (``service.faults``) happen on the wire: late or no answers, 500/503, spoiled bodies,
    connections closed after a registration was committed.

    :param service: the records and registration state behind the server.
    :param host: an IPv4 loopback address (``localhost`` means ``127.0.0.1``).
    :param port: 0 picks a free port; see :attr:`url`.
    :raises ValueError: ``host`` is not a loopback address.
    """

    daemon_threads = True
    request_queue_size = 64  # a burst of kiosk retries must not overflow the listen backlog

    def server_bind(self) -> None:
        """Bind without HTTPServer's host-name look-up (``getfqdn`` can stall on some hosts)."""
        socketserver.TCPServer.server_bind(self)
        host, port = self.socket.getsockname()[:2]  # AF_INET: (address string, port)
        self.server_name, self.server_port = host, port

    def __init__(self, service: SimulatedEligibilityService, host: str = "127.0.0.1", port: int = 0) -> None:
        host = "127.0.0.1" if host == "localhost" else host
        try:
            loopback = ipaddress.IPv4Address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise ValueError(f"the simulated eligibility service binds loopback only, not {host!r}")
        super().__init__((host, port), _Handler)
        self.service = service
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._count_lock = threading.Lock()
        self._requests = 0
        self._failures = 0

    @property
    def url(self) -> str:
        """``http://<host>:<port>`` of the bound socket."""
        return f"http://{self.server_name}:{self.server_port}"

    @property
    def requests(self) -> int:
        """POST requests received so far (faulted ones included)."""
        with self._count_lock:
            return self._requests

    def count_request(self) -> None:
        """Count one POST request (:attr:`requests`)."""
        with self._count_lock:
            self._requests += 1

    def count_5xx(self) -> int:
        """Number this 5xx answer (1, 2, ...): odd ones are 503, even ones 500."""
        with self._count_lock:
            self._failures += 1
            return self._failures

    def wait_stopping(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True (early) if the server is stopping."""
        return self._stopping.wait(seconds)

    def start(self) -> EligibilityHttpServer:
        """Serve on a daemon thread."""
        # A short poll interval: stop() (shutdown) waits for the loop to look at its flag.
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="eligibility-http", daemon=True)
        self._thread.start()
        logger.info("simulated eligibility service on %s", self.url)
        return self

    def stop(self) -> None:
        """Stop serving, wake hanging handlers, close the socket."""
        self._stopping.set()
        if self._thread is not None:
            self.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self.server_close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Log a failed request: a client that went away at debug level, anything else in full."""
        if isinstance(sys.exc_info()[1], ConnectionError):  # a client that gave up: what the knobs are for
            logger.debug("http: client %s went away", client_address)
        else:
            logger.exception("http: request from %s failed", client_address)

    def __enter__(self) -> EligibilityHttpServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
