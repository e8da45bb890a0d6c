"""Simulated オンライン資格確認 (issue 4 §2): the eligibility port in-process, and the same service
over HTTP on loopback, with fault knobs for both.

Records are the synthetic residents' (``simulators.residents``), keyed like the real service keys
them: by the issuer and serial of the presented 利用者証明用電子証明書. Serials are derived from the
resident id (``pki.certificate_serial``), so a card personalised in one process is recognised by a
service in another. The signature is deliberately **not** verified: the test CA key is generated
per process (``simulators.card.keys``), so it would reject every card from another process.

Answers follow ``../shared/specs/reception-and-counter-flows.md``:

* §A9 資格有効性 codes 1–5 from ``Insurance.validity``; qualification numbers as strings (枝番 keeps
  its leading zero, 一部負担金割合 as three digits ``"030"``); 限度額適用区分 only with 限度額 consent
  (§A4); a stable 照会番号 per resident; a notice when the certificate expires within three months.
* §A7: an expired (or not yet valid) certificate → :class:`CertificateRevokedError` (code 006 on the
  real readers; the three-month eligibility-only grace for physical cards is not modelled). During
  JPKI maintenance, unregistered residents and freshly issued certificates →
  :class:`JpkiMaintenanceError`.
* An unknown certificate (another issuer, unknown serial, not DER at all) → 資格有効性 4
  該当資格なし with no qualifications, no 照会番号 and ``registered`` false; ``register()`` refuses it
  as an invalid certificate (:class:`CertificateRevokedError`).
* ``register()`` is idempotent per (certificate holder, idempotency key): the same key returns the
  original receipt with ``replayed=True`` and never registers twice.

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
import hashlib
import ipaddress
import json
import logging
import re
import socketserver
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timedelta
from enum import Enum
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from cryptography import x509

from kiosk.clock import SYSTEM_CLOCK, local_zone
from kiosk.services.eligibility import (
    CertificateRevokedError,
    EligibilityAnswer,
    EligibilityBadAnswerError,
    EligibilityUnavailableError,
    JpkiMaintenanceError,
    Qualification,
    RegistrationReceipt,
    Validity,
)
from simulators.card import pki
from simulators.residents import Resident, all_residents, birthday_in

logger = logging.getLogger(__name__)

AUTH_PURPOSE = "user authentication"
VALIDITY_BY_LABEL = {v.label: v for v in Validity}
# (?) The spec gives no durations for these two; our choices.
FRESH_CERTIFICATE = timedelta(days=7)  # "cert just renewed" (§A7 JPKI maintenance)
EXPIRY_NOTICE = timedelta(days=90)  # J-LIS sends its renewal notice about three months ahead
HANG_SECONDS = 60.0  # the ``timeout`` knob: far longer than any client timeout
MAX_REQUEST_BYTES = 64 * 1024  # a certificate is ~1.2 kB; base64 and JSON add little
IDEMPOTENCY_KEY = re.compile(r"[\x21-\x7e]{1,128}")


def check_idempotency_key(key: object) -> str:
    """The key itself if it is 1–128 visible ASCII characters (it travels in an HTTP header).

    :raises ValueError: otherwise (a caller's bug, not a service condition).
    """
    if not isinstance(key, str) or not IDEMPOTENCY_KEY.fullmatch(key):
        raise ValueError("idempotency key must be 1-128 visible ASCII characters")
    return key


class Malformed(Enum):
    """Ways the ``malformed`` knob spoils an answer on the wire."""

    GARBAGE = "garbage"  # not JSON at all
    WRONG_TYPES = "wrong-types"  # JSON of the right shape with wrongly typed fields
    MISSING_FIELD = "missing-field"  # a required field left out
    TRUNCATED = "truncated"  # the JSON cut in half (Content-Length matches what is sent)


@dataclass
class Faults:
    """Fault knobs, changeable while requests run (tests flip them between calls).

    In-process the service raises what a well-behaved adapter would raise for the fault; over
    HTTP the server produces the fault on the wire (see :class:`EligibilityHttpServer`).

    * ``latency``: seconds added before every answer.
    * ``timeout``: hang (``HANG_SECONDS``, or until the server stops) and then close without an
      answer; in-process :class:`EligibilityUnavailableError` at once.
    * ``fail_5xx_times``: the next N requests fail with 500 / 503 alternately (in-process:
      :class:`EligibilityUnavailableError`).
    * ``malformed``: every answer is spoiled as given (in-process: :class:`EligibilityBadAnswerError`).
    * ``answer_status`` + ``answer_body``: every answer is exactly this status and body (HTTP; in-process
      :class:`EligibilityBadAnswerError`), for fuzzing a client.
    * ``jpki_maintenance``: JPKI is down (§A7): unregistered residents and fresh certificates get
      :class:`JpkiMaintenanceError` from check() and register().
    * ``drop_after_commit``: the next N requests are fully processed (a registration is committed),
      then the connection drops before the answer (in-process: :class:`EligibilityUnavailableError`
      after the commit).
    """

    latency: float = 0.0
    timeout: bool = False
    fail_5xx_times: int = 0
    malformed: Malformed | None = None
    answer_status: int = 200
    answer_body: bytes | None = None
    jpki_maintenance: bool = False
    drop_after_commit: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def consume(self, counter: str) -> bool:
        """Atomically take one from the counter knob ``counter``; True if it was positive."""
        with self._lock:
            left = getattr(self, counter)
            if left <= 0:
                return False
            setattr(self, counter, left - 1)
            return True

    def clear(self) -> None:
        """Every knob back to its default."""
        with self._lock:
            for knob in fields(self):
                if knob.name != "_lock":
                    setattr(self, knob.name, knob.default)


def _digest(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256(":".join(parts).encode()).digest()[:8], "big")


def reference_number(resident_id: str) -> str:
    """照会番号: 10 digits, stable per resident in every process. (The real length is not public;
    10 keeps it from ever looking like a 12-digit My Number in the kiosk's privacy scans.)"""
    return f"{_digest('reference', resident_id) % 10**10:010d}"


def insurer_name(insurer_number: str) -> str:
    """A synthetic 保険者名 from the 法別番号 (first two of eight digits; six digits = 国保)."""
    if len(insurer_number) == 6:
        return "テスト市国民健康保険"
    return {"01": "全国健康保険協会テスト支部", "06": "テスト健康保険組合",
            "39": "テスト県後期高齢者医療広域連合"}.get(insurer_number[:2], "テスト保険者")


def _qualifications(r: Resident, validity: Validity, limit_consent: bool,
                    today: date) -> tuple[Qualification, ...]:
    """The qualifications a result carries for ``validity`` (§A9 "Per result")."""
    ins = r.insurance
    if ins is None or validity is Validity.NOT_FOUND:
        return ()
    if r.age(today) >= 75:  # 後期高齢者医療 starts on the 75th birthday
        valid_from = birthday_in(r.birth_date, r.birth_date.year + 75)
    else:  # a 4月1日 some years back, never before birth
        valid_from = max(r.birth_date, date(today.year - 1 - _digest("from", r.id) % 8, 4, 1))
    valid_to = None
    if validity in (Validity.INVALID, Validity.INVALID_NEW_AVAILABLE):  # 資格喪失 10–59 days ago
        valid_to = max(valid_from, today - timedelta(days=10 + _digest("to", r.id) % 50))
    first = Qualification(
        insurer_number=ins.insurer_number, symbol=ins.symbol, number=ins.number, branch=ins.branch,
        copay_ratio=f"{ins.copay_percent:03d}", limit_category=ins.limit_category if limit_consent else None,
        insurer_name=insurer_name(ins.insurer_number), name_kana=r.kana, birth_date=r.birth_date,
        valid_from=valid_from, valid_to=valid_to)
    if validity is not Validity.MULTIPLE:
        return (first,)
    h = _digest("second", r.id)  # a second, overlapping qualification with another insurer
    other = f"01{130000 + h % 10000}" if len(ins.insurer_number) == 6 else f"{130000 + h % 10000}"
    second = replace(first, insurer_number=other, symbol=f"{h % 9999 + 1:04d}", number=f"{h % 999999 + 1}",
                     branch="00", insurer_name=insurer_name(other),
                     valid_from=max(r.birth_date, today - timedelta(days=h % 60 + 1)))
    return first, second


class SimulatedEligibilityService:
    """:class:`~kiosk.services.eligibility.EligibilityService` over the synthetic residents.

    Registration state is per instance: a resident marked unregistered in the dataset becomes
    registered here after a successful :meth:`register`. Thread-safe.

    :param residents: the records (default: ``all_residents()`` as of today).
    :param faults: fault knobs shared with an :class:`EligibilityHttpServer` (default: none set).
    :param clock: the current time, timezone-aware (default: the system clock, in the product's zone).
    """

    def __init__(self, residents: Iterable[Resident] | None = None, *, faults: Faults | None = None,
                 clock: Callable[[], datetime] = SYSTEM_CLOCK) -> None:
        self.faults = faults if faults is not None else Faults()
        self._clock = clock
        self._issuer = pki.ca(AUTH_PURPOSE)[0].subject
        people = all_residents() if residents is None else tuple(residents)
        self._by_serial = {pki.certificate_serial(r.id, AUTH_PURPOSE): r for r in people}
        self._lock = threading.Lock()
        self._registered = {r.id for r in people if r.insurance_registered}
        self._registrations: dict[str, int] = {}
        self._receipts: dict[tuple[str, str], RegistrationReceipt] = {}

    # -- the port ---------------------------------------------------------------------------
    def check(self, certificate_der: bytes, *, limit_consent: bool) -> EligibilityAnswer:
        """The holder's qualification (§A9), with the fault knobs applied as domain errors.

        :raises EligibilityUnavailableError | EligibilityBadAnswerError | JpkiMaintenanceError |
            CertificateRevokedError:
        """
        self._before()
        answer = self.answer(certificate_der, limit_consent=limit_consent)
        self._after()
        return answer

    def register(self, certificate_der: bytes, idempotency_key: str) -> RegistrationReceipt:
        """健康保険証利用の初回登録 (§A3 step 4), with the fault knobs applied as domain errors.

        :raises EligibilityUnavailableError | EligibilityBadAnswerError | JpkiMaintenanceError |
            CertificateRevokedError: (revoked: expired or unknown certificate)
        :raises ValueError: the key is not 1–128 visible ASCII characters.
        """
        check_idempotency_key(idempotency_key)
        self._before()
        receipt = self.commit_registration(certificate_der, idempotency_key)
        self._after()
        return receipt

    # -- fault-free operations (also what the HTTP front calls) -----------------------------
    def answer(self, certificate_der: bytes, *, limit_consent: bool) -> EligibilityAnswer:
        """:meth:`check` without fault knobs except ``jpki_maintenance``."""
        now = self._clock()
        found = self._holder(certificate_der, now)
        if found is None:
            return EligibilityAnswer(Validity.NOT_FOUND, (), False, "", now)
        r, cert = found
        with self._lock:
            registered = r.id in self._registered
        self._refuse_in_maintenance(r, cert, now, registered)
        validity = VALIDITY_BY_LABEL[r.insurance.validity] if r.insurance else Validity.NOT_FOUND
        notice = ""
        if cert.not_valid_after_utc - now <= EXPIRY_NOTICE:
            expiry = cert.not_valid_after_utc.astimezone(local_zone()).date()
            notice = f"利用者証明用電子証明書の有効期限が近づいています（{expiry.isoformat()}まで）"
        quals = _qualifications(r, validity, limit_consent, now.astimezone(local_zone()).date())
        return EligibilityAnswer(validity, quals, registered, reference_number(r.id), now, notice)

    def lookup(self, insurer_number: str, symbol: str, number: str, branch: str,
               birth_date: date) -> EligibilityAnswer | None:
        """照会区分 2: the qualification of whoever holds these insurance-card numbers
        (``kiosk.handoff.requests.InsuranceLookup``); None when nobody does."""
        self._before()
        now = self._clock()
        for r in self._by_serial.values():
            ins = r.insurance
            if ins and (ins.insurer_number, ins.symbol, ins.number, ins.branch, r.birth_date) == (
                    insurer_number, symbol, number, branch, birth_date):
                validity = VALIDITY_BY_LABEL[ins.validity]
                with self._lock:
                    registered = r.id in self._registered
                quals = _qualifications(r, validity, True, now.astimezone(local_zone()).date())
                answer = EligibilityAnswer(validity, quals, registered, reference_number(r.id), now)
                self._after()
                return answer
        self._after()
        return None

    def commit_registration(self, certificate_der: bytes, idempotency_key: str) -> RegistrationReceipt:
        """:meth:`register` without fault knobs except ``jpki_maintenance``."""
        check_idempotency_key(idempotency_key)
        now = self._clock()
        found = self._holder(certificate_der, now)
        if found is None:
            raise CertificateRevokedError("certificate not issued by the JPKI test CA")
        r, cert = found
        with self._lock:  # one lock around look-up and commit: a key can never register twice
            seen = self._receipts.get((r.id, idempotency_key))
            if seen is not None:
                logger.info("registration replayed for %s", r.id)
                return replace(seen, replayed=True)
            self._refuse_in_maintenance(r, cert, now, r.id in self._registered)
            if r.id not in self._registered:
                self._registered.add(r.id)
                self._registrations[r.id] = self._registrations.get(r.id, 0) + 1
                logger.info("registered %s for insurance use", r.id)
            receipt = RegistrationReceipt(now, idempotency_key)
            self._receipts[(r.id, idempotency_key)] = receipt
            return receipt

    def registrations(self, resident_id: str) -> int:
        """How many times this instance registered ``resident_id`` (0 or 1 unless broken)."""
        with self._lock:
            return self._registrations.get(resident_id, 0)

    # -- internals --------------------------------------------------------------------------
    def _holder(self, certificate_der: bytes, now: datetime) -> tuple[Resident, x509.Certificate] | None:
        """The resident the certificate belongs to, None if unknown.

        :raises CertificateRevokedError: a known certificate outside its validity period.
        """
        try:
            cert = x509.load_der_x509_certificate(bytes(certificate_der))
        except (ValueError, TypeError):
            return None
        r = self._by_serial.get(cert.serial_number) if cert.issuer == self._issuer else None
        if r is None:
            return None
        if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
            logger.info("certificate of %s outside its validity period", r.id)
            raise CertificateRevokedError("利用者証明用電子証明書 expired or not yet valid (006)")
        return r, cert

    def _refuse_in_maintenance(self, r: Resident, cert: x509.Certificate, now: datetime,
                               registered: bool) -> None:
        if not self.faults.jpki_maintenance:
            return
        if not registered:
            raise JpkiMaintenanceError(f"{r.id}: not registered, JPKI needed")
        if now - cert.not_valid_before_utc <= FRESH_CERTIFICATE:
            raise JpkiMaintenanceError(f"{r.id}: certificate just issued, JPKI needed")

    def _before(self) -> None:
        faults = self.faults
        if faults.latency > 0:
            time.sleep(faults.latency)
        if faults.timeout:
            raise EligibilityUnavailableError("simulated timeout")
        if faults.consume("fail_5xx_times"):
            raise EligibilityUnavailableError("simulated 5xx")

    def _after(self) -> None:
        faults = self.faults
        if faults.consume("drop_after_commit"):
            raise EligibilityUnavailableError("simulated connection drop after commit")
        if faults.malformed is not None or faults.answer_body is not None:
            raise EligibilityBadAnswerError("simulated malformed answer")


# -- wire encoding ---------------------------------------------------------------------------
def _day(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def encode_answer(answer: EligibilityAnswer) -> dict[str, Any]:
    """The JSON object of a ``/v1/check`` answer."""
    return {
        "validity": answer.validity.value,
        "registered": answer.registered,
        "reference_number": answer.reference_number,
        "processed_at": answer.processed_at.isoformat(),
        "notice": answer.notice,
        "qualifications": [{
            "insurer_number": q.insurer_number, "symbol": q.symbol, "number": q.number, "branch": q.branch,
            "copay_ratio": q.copay_ratio, "limit_category": q.limit_category, "insurer_name": q.insurer_name,
            "name_kana": q.name_kana, "birth_date": _day(q.birth_date), "valid_from": _day(q.valid_from),
            "valid_to": _day(q.valid_to),
        } for q in answer.qualifications],
    }


def encode_receipt(receipt: RegistrationReceipt) -> dict[str, Any]:
    """The JSON object of a ``/v1/register`` answer."""
    return {"registered_at": receipt.registered_at.isoformat(), "idempotency_key": receipt.idempotency_key,
            "replayed": receipt.replayed}


def _other_type(value: Any) -> Any:
    if isinstance(value, str):
        return 1
    if isinstance(value, bool):
        return "1"
    if isinstance(value, list):
        return {"items": value}
    return [value]


def spoil(document: dict[str, Any], how: Malformed) -> bytes:
    """``document`` as a body spoiled the way ``how`` says."""
    if how is Malformed.GARBAGE:
        return b"<html>\x00\xff upstream error</html>"
    if how is Malformed.WRONG_TYPES:  # every value swapped for one of a different JSON type
        return json.dumps({k: _other_type(v) for k, v in document.items()}).encode()
    if how is Malformed.MISSING_FIELD:
        return json.dumps(dict(list(document.items())[1:])).encode()
    text = json.dumps(document, ensure_ascii=False).encode()
    return text[: len(text) // 2]


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
        key = self.headers.get("Idempotency-Key")
        try:
            check_idempotency_key(key)
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
        # HTTPServer.server_bind resolves the host name (getfqdn), which can stall on some hosts.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

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
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def requests(self) -> int:
        """POST requests received so far (faulted ones included)."""
        with self._count_lock:
            return self._requests

    def count_request(self) -> None:
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
        if isinstance(sys.exc_info()[1], ConnectionError):  # a client that gave up: what the knobs are for
            logger.debug("http: client %s went away", client_address)
        else:
            logger.exception("http: request from %s failed", client_address)

    def __enter__(self) -> EligibilityHttpServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
