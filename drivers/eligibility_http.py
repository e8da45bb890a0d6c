"""The eligibility port over HTTP (issue 4 §2; wire format: ``docs/eligibility-api.md``).

:class:`HttpEligibilityService` is stdlib only (``http.client``). Every request has a socket
timeout and every call an overall deadline (all attempts, backoff and reads together: a service that
answers a byte a second, or never, ends the call in time); failures that may be transient
(connection refused or dropped, timeouts, 5xx) are retried a bounded number of times with
exponential backoff. That is safe for both calls: ``/v1/check``
changes nothing, and ``/v1/register`` always carries its idempotency key, so the service answers a
retry with the original receipt (``replayed``) instead of registering twice.

Answers are validated field by field (§A9 codes, digit strings, ISO dates); anything off raises
:class:`EligibilityBadAnswerError`, so no ``KeyError``/``TypeError``/``ValueError`` escapes. Refusals
map back to the domain errors (``certificate_revoked`` → :class:`CertificateRevokedError`,
``jpki_maintenance`` → :class:`JpkiMaintenanceError`, §A7). Logs name statuses and error classes,
never certificate bytes or answer contents.
"""

from __future__ import annotations

import base64
import http.client
import json
import logging
import math
import re
import time
import urllib.parse
from datetime import date, datetime
from typing import Any

from kiosk.services.eligibility import (
    CertificateRevokedError,
    EligibilityAnswer,
    EligibilityBadAnswerError,
    EligibilityError,
    EligibilityUnavailableError,
    JpkiMaintenanceError,
    Qualification,
    RegistrationReceipt,
    Validity,
)

logger = logging.getLogger(__name__)

MAX_ANSWER_BYTES = 1024 * 1024
REFUSALS: dict[str, type[EligibilityError]] = {
    "certificate_revoked": CertificateRevokedError,
    "jpki_maintenance": JpkiMaintenanceError,
}
_PATH = re.compile(r"[\x21-\x7e]*")  # a path prefix http.client accepts as is
_HEADER_TOKEN = re.compile(r"[\x21-\x7e]{1,128}")  # idempotency keys and terminal ids
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})", re.ASCII)
_INSURER = re.compile(r"\d{6}|\d{8}", re.ASCII)  # 国保 6 digits, others 8
_BRANCH = re.compile(r"\d{2}", re.ASCII)
_COPAY = re.compile(r"\d{3}", re.ASCII)
_LIMIT = re.compile(r"A0[1-6]|B0[1-9]|B10", re.ASCII)  # §A9 限度額適用区分
_REFERENCE = re.compile(r"\d{10}", re.ASCII)
_KANA = re.compile(r"[\u30a0-\u30ff\uff66-\uff9f \u3000]+")  # full- or half-width katakana, spaces
# Control characters, and what XML 1.0 cannot hold at all (lone surrogates, U+FFFE, U+FFFF): the
# answer ends up in the clinic's result XML, which must never fail to be written at the last step.
_CONTROL = re.compile("[\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


class _Transient(Exception):
    """A failure worth another attempt (transport error or 5xx)."""


class HttpEligibilityService:
    """:class:`~kiosk.services.eligibility.EligibilityService` against an HTTP service.

    :param base_url: ``http://host:port`` or ``https://...``, optionally with a path prefix.
    :param timeout: seconds per socket operation of one attempt (connect, send, each read).
    :param deadline: seconds for the whole call, whatever the service does (default 20).
    :param retries: further attempts after the first for transient failures, within the deadline.
    :param backoff: seconds before the first retry, doubling for each further one.
    :param terminal_id: sent as ``X-Terminal-Id`` (visible ASCII, no personal data).
    """

    def __init__(self, base_url: str, *, timeout: float = 3.0, deadline: float = 20.0, retries: int = 2,
                 backoff: float = 0.2, terminal_id: str = "KIOSK-01") -> None:
        url = urllib.parse.urlsplit(base_url)
        if url.scheme not in ("http", "https") or not url.hostname or not _PATH.fullmatch(url.path):
            raise ValueError("base_url must be an http:// or https:// URL")
        if not (0 < timeout < math.inf and 0 < deadline < math.inf) or retries < 0 or not 0 <= backoff < math.inf:
            raise ValueError("timeout and deadline must be positive and finite, retries and backoff non-negative")
        if not _HEADER_TOKEN.fullmatch(terminal_id):
            raise ValueError("terminal_id must be 1-128 visible ASCII characters")
        self._https = url.scheme == "https"
        self._host, self._port = url.hostname, url.port
        self._prefix = url.path.rstrip("/")
        self.timeout, self.deadline, self.retries, self.backoff = timeout, deadline, retries, backoff
        self.terminal_id = terminal_id

    # -- the port ---------------------------------------------------------------------------
    def check(self, certificate_der: bytes, *, limit_consent: bool) -> EligibilityAnswer:
        """``POST /v1/check`` (§A9 result).

        :raises EligibilityUnavailableError | EligibilityBadAnswerError | JpkiMaintenanceError |
            CertificateRevokedError:
        """
        body = {"certificate": _b64(certificate_der), "limit_consent": bool(limit_consent)}
        document = self._call("/v1/check", body, {})
        return _parse_answer(document, limit_consent=bool(limit_consent))

    def register(self, certificate_der: bytes, idempotency_key: str) -> RegistrationReceipt:
        """``POST /v1/register`` with ``Idempotency-Key``; retried safely under the same key.

        :raises EligibilityUnavailableError | EligibilityBadAnswerError | JpkiMaintenanceError |
            CertificateRevokedError:
        :raises ValueError: the key is not 1–128 visible ASCII characters (a caller's bug).
        """
        if not isinstance(idempotency_key, str) or not _HEADER_TOKEN.fullmatch(idempotency_key):
            raise ValueError("idempotency key must be 1-128 visible ASCII characters")
        document = self._call("/v1/register", {"certificate": _b64(certificate_der)},
                              {"Idempotency-Key": idempotency_key})
        return _parse_receipt(document, idempotency_key)

    # -- transport --------------------------------------------------------------------------
    def _call(self, path: str, body: dict[str, Any], headers: dict[str, str]) -> Any:
        payload = json.dumps(body).encode()
        headers = {"Content-Type": "application/json", "Accept": "application/json",
                   "X-Terminal-Id": self.terminal_id, **headers}
        attempts, attempt = self.retries + 1, 1
        end = time.monotonic() + self.deadline
        while True:
            try:
                return self._attempt(path, payload, headers, end)
            except _Transient as exc:
                delay = self.backoff * 2 ** (attempt - 1)
                if attempt == attempts or time.monotonic() + delay >= end:
                    raise EligibilityUnavailableError(f"{path}: {exc} (after {attempt} of {attempts} attempts, "
                                                      f"deadline {self.deadline:g} s)") from None
                logger.warning("eligibility %s attempt %d/%d failed (%s); retrying in %.2f s",
                               path, attempt, attempts, exc, delay)
                time.sleep(delay)
                attempt += 1

    def _attempt(self, path: str, payload: bytes, headers: dict[str, str], end: float) -> Any:
        """One request, done by ``end`` (``time.monotonic()``): the decoded JSON of a 200 answer.

        :raises _Transient: transport failure, 5xx, or the deadline passed.
        :raises EligibilityError: a refusal or a bad answer.
        """
        factory = http.client.HTTPSConnection if self._https else http.client.HTTPConnection
        connection = factory(self._host, self._port, timeout=self._socket_timeout(end))
        try:
            connection.request("POST", self._prefix + path, body=payload, headers=headers)
            self._arm(connection, end)
            response = connection.getresponse()
            status = response.status
            content_type = response.getheader("Content-Type", "")
            raw = self._read_by(connection, response, end)
        except (OSError, http.client.HTTPException) as exc:  # timeouts, refused, reset, cut short
            raise _Transient(type(exc).__name__) from None
        finally:
            connection.close()
        if status >= 500:
            raise _Transient(f"HTTP {status}")
        if len(raw) > MAX_ANSWER_BYTES:
            raise EligibilityBadAnswerError(f"{path}: answer larger than {MAX_ANSWER_BYTES} bytes")
        if content_type.split(";")[0].strip().lower() != "application/json":
            raise EligibilityBadAnswerError(f"{path}: HTTP {status}, not JSON")
        document = _decode(raw, path)
        if status == 200:
            return document
        code = document.get("error") if isinstance(document, dict) else None
        if 400 <= status < 500 and isinstance(code, str) and code in REFUSALS:
            raise REFUSALS[code](f"{path}: {code}")
        shown = code[:40] if isinstance(code, str) else "?"
        raise EligibilityBadAnswerError(f"{path}: HTTP {status} {shown!r}")


    def _socket_timeout(self, end: float) -> float:
        remaining = end - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("deadline passed")
        return min(self.timeout, remaining)

    def _arm(self, connection: http.client.HTTPConnection, end: float) -> None:
        if connection.sock is not None:
            connection.sock.settimeout(self._socket_timeout(end))

    def _read_by(self, connection: http.client.HTTPConnection, response: http.client.HTTPResponse,
                 end: float) -> bytes:
        """The body, at most ``MAX_ANSWER_BYTES + 1`` bytes whatever Content-Length claims, read in
        chunks so that the deadline holds even when every single read is quick but the body is not."""
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_ANSWER_BYTES:
            self._arm(connection, end)
            chunk = response.read1(min(65536, MAX_ANSWER_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)


def _b64(certificate_der: bytes) -> str:
    if not isinstance(certificate_der, bytes | bytearray | memoryview):
        raise TypeError("certificate_der must be bytes")
    return base64.b64encode(bytes(certificate_der)).decode("ascii")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document = dict(pairs)
    if len(document) != len(pairs):
        raise ValueError("duplicate key")
    return document


def _reject_constant(name: str) -> None:
    raise ValueError(f"non-standard JSON constant {name}")


def _decode(raw: bytes, path: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates,
                          parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise EligibilityBadAnswerError(f"{path}: answer is not valid JSON ({type(exc).__name__})") from None


# -- strict answer validation -----------------------------------------------------------------
class _Fields:
    """Typed access to one JSON object; every failure is an :class:`EligibilityBadAnswerError`."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise EligibilityBadAnswerError(f"{where}: not an object")
        self.value, self.where = value, where

    def _get(self, name: str) -> Any:
        if name not in self.value:
            raise EligibilityBadAnswerError(f"{self.where}.{name}: missing")
        return self.value[name]

    def fail(self, name: str, why: str) -> EligibilityBadAnswerError:
        return EligibilityBadAnswerError(f"{self.where}.{name}: {why}")

    def boolean(self, name: str) -> bool:
        value = self._get(name)
        if not isinstance(value, bool):
            raise self.fail(name, "not a boolean")
        return value

    def text(self, name: str, pattern: re.Pattern[str] | None = None, *, max_length: int = 100,
             empty: bool = False) -> str:
        value = self._get(name)
        if not isinstance(value, str):
            raise self.fail(name, "not a string")
        if (not value and not empty) or len(value) > max_length or _CONTROL.search(value):
            raise self.fail(name, "empty, too long or with control characters")
        if pattern is not None and value and not pattern.fullmatch(value):
            raise self.fail(name, "wrong format")
        return value

    def optional_text(self, name: str, pattern: re.Pattern[str]) -> str | None:
        return None if self._get(name) is None else self.text(name, pattern)

    def day(self, name: str) -> date:
        value = self.text(name, _DAY)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(name, "not a calendar date") from None

    def optional_day(self, name: str) -> date | None:
        return None if self._get(name) is None else self.day(name)

    def instant(self, name: str) -> datetime:
        value = self.text(name, _INSTANT)
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(name, "not a valid time") from None

    def items(self, name: str) -> list[Any]:
        value = self._get(name)
        if not isinstance(value, list):
            raise self.fail(name, "not a list")
        return value


def _parse_qualification(value: Any, where: str, limit_consent: bool) -> Qualification:
    q = _Fields(value, where)
    limit = q.optional_text("limit_category", _LIMIT)
    if limit is not None and not limit_consent:
        raise q.fail("limit_category", "returned without 限度額 consent")
    copay = q.text("copay_ratio", _COPAY)
    if int(copay) > 100:
        raise q.fail("copay_ratio", "above 100 %")
    qualification = Qualification(
        insurer_number=q.text("insurer_number", _INSURER), symbol=q.text("symbol", max_length=38, empty=True),
        number=q.text("number", max_length=38), branch=q.text("branch", _BRANCH), copay_ratio=copay,
        limit_category=limit, insurer_name=q.text("insurer_name"), name_kana=q.text("name_kana", _KANA),
        birth_date=q.day("birth_date"), valid_from=q.day("valid_from"), valid_to=q.optional_day("valid_to"))
    if qualification.valid_to is not None and qualification.valid_to < qualification.valid_from:
        raise q.fail("valid_to", "before valid_from")
    return qualification


def _parse_answer(document: Any, *, limit_consent: bool) -> EligibilityAnswer:
    a = _Fields(document, "answer")
    code = a.text("validity", max_length=1)
    try:
        validity = Validity(code)
    except ValueError:
        raise a.fail("validity", "not a 資格有効性 code 1-5") from None
    raw = a.items("qualifications")
    quals = tuple(_parse_qualification(v, f"answer.qualifications[{i}]", limit_consent)
                  for i, v in enumerate(raw))
    expected = {Validity.NOT_FOUND: (0, 0), Validity.MULTIPLE: (2, 20)}.get(validity, (1, 1))
    if not expected[0] <= len(quals) <= expected[1]:
        raise a.fail("qualifications", f"{len(quals)} for 資格有効性 {validity.value}")
    reference = a.text("reference_number", _REFERENCE, empty=True)
    if not reference and validity is not Validity.NOT_FOUND:
        raise a.fail("reference_number", "missing for a found qualification")
    processed_at = a.instant("processed_at")
    return EligibilityAnswer(validity, quals, a.boolean("registered"), reference, processed_at,
                             a.text("notice", max_length=200, empty=True))


def _parse_receipt(document: Any, idempotency_key: str) -> RegistrationReceipt:
    r = _Fields(document, "receipt")
    if r.text("idempotency_key", max_length=128) != idempotency_key:
        raise r.fail("idempotency_key", "not the key sent")
    return RegistrationReceipt(r.instant("registered_at"), idempotency_key, r.boolean("replayed"))
