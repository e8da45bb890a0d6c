"""drivers.eligibility_http against the simulated service on 127.0.0.1 (docs/eligibility-api.md):
the wire round trip, every fault knob mapped to its domain error or recovered by a retry, bounded
time under latency, exactly-once registration, strict validation of every answer field."""

from __future__ import annotations

import base64
import dataclasses
import http.client
import json
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from functools import cache
from typing import Any

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drivers.eligibility_http import HttpEligibilityService
from kiosk.clock import TOKYO
from kiosk.services.eligibility import (
    CertificateRevokedError,
    EligibilityAnswer,
    EligibilityBadAnswerError,
    EligibilityError,
    EligibilityUnavailableError,
    JpkiMaintenanceError,
    RegistrationReceipt,
    Validity,
)
from simulators.card import pki
from simulators.card.personalise import CardBuilder
from simulators.eligibility import (
    EligibilityHttpServer,
    Malformed,
    SimulatedEligibilityService,
    encode_answer,
    encode_receipt,
)
from simulators.residents import resident

TIMEOUT, RETRIES, BACKOFF = 0.2, 2, 0.02
SLACK = 1.0  # scheduling noise on a loaded CI machine (the suite runs one worker per core)


@cache
def der(resident_id: str) -> bytes:
    r = resident(resident_id)
    return pki.auth_certificate(r, CardBuilder(r).key("auth")).public_bytes(Encoding.DER)


@pytest.fixture
def service() -> SimulatedEligibilityService:
    return SimulatedEligibilityService()


@pytest.fixture
def server(service: SimulatedEligibilityService) -> Iterator[EligibilityHttpServer]:
    with EligibilityHttpServer(service) as running:
        yield running


def client_for(server: EligibilityHttpServer, **options: Any) -> HttpEligibilityService:
    return HttpEligibilityService(server.url, **{"timeout": TIMEOUT, "retries": RETRIES, "backoff": BACKOFF,
                                                 **options})


@pytest.fixture
def client(server: EligibilityHttpServer) -> HttpEligibilityService:
    return client_for(server)


def same_but_time(a: EligibilityAnswer, b: EligibilityAnswer) -> bool:
    epoch = datetime(2000, 1, 1, tzinfo=TOKYO)
    return dataclasses.replace(a, processed_at=epoch) == dataclasses.replace(b, processed_at=epoch)


# -- the wire round trip ------------------------------------------------------------------------
@pytest.mark.parametrize("resident_id", ["R002", "R007", "R015", "R016", "R017", "R018"])
@pytest.mark.parametrize("consent", [False, True])
def test_answers_over_http_equal_the_in_process_ones(service, client, resident_id, consent):
    remote = client.check(der(resident_id), limit_consent=consent)
    assert same_but_time(remote, service.check(der(resident_id), limit_consent=consent))
    assert remote.processed_at.tzinfo is not None


def test_branch_and_copay_stay_strings(client):
    (q,) = client.check(der("R002"), limit_consent=False).qualifications
    assert (q.branch, q.copay_ratio, q.limit_category) == ("02", "030", None)


def test_register_over_http(service, client):
    assert client.check(der("R007"), limit_consent=False).registered is False
    receipt = client.register(der("R007"), "key-1")
    assert isinstance(receipt, RegistrationReceipt) and receipt.replayed is False
    assert client.check(der("R007"), limit_consent=False).registered is True
    assert client.register(der("R007"), "key-1") == dataclasses.replace(receipt, replayed=True)
    assert service.registrations("R007") == 1


def test_unknown_certificate_over_http(client):
    answer = client.check(b"not a certificate", limit_consent=True)
    assert (answer.validity, answer.qualifications, answer.reference_number) == (Validity.NOT_FOUND, (), "")
    with pytest.raises(CertificateRevokedError):
        client.register(b"not a certificate", "key-x")


def test_refusals_map_to_domain_errors_without_retry(service, server, client):
    with pytest.raises(CertificateRevokedError):
        client.check(der("R005"), limit_consent=False)
    service.faults.jpki_maintenance = True
    with pytest.raises(JpkiMaintenanceError):
        client.check(der("R007"), limit_consent=False)
    with pytest.raises(JpkiMaintenanceError):
        client.register(der("R007"), "key-1")
    assert server.requests == 3  # refusals are final: no retries
    assert service.registrations("R007") == 0


def test_invalid_idempotency_key_is_never_sent(server, client):
    with pytest.raises(ValueError):
        client.register(der("R007"), "two words")
    assert server.requests == 0


# -- fault knobs --------------------------------------------------------------------------------
def test_5xx_then_success_after_retries(service, server, client):
    service.faults.fail_5xx_times = RETRIES
    assert client.check(der("R002"), limit_consent=False).validity is Validity.VALID
    assert server.requests == RETRIES + 1


def test_5xx_beyond_the_retries_is_unavailable(service, server, client):
    service.faults.fail_5xx_times = RETRIES + 1
    with pytest.raises(EligibilityUnavailableError):
        client.check(der("R002"), limit_consent=False)
    assert server.requests == RETRIES + 1
    assert client.check(der("R002"), limit_consent=False).validity is Validity.VALID


def test_register_is_retried_under_its_key_after_5xx(service, server, client):
    service.faults.fail_5xx_times = 1
    assert client.register(der("R007"), "key-1").replayed is False  # the 5xx came before any commit
    assert service.registrations("R007") == 1 and server.requests == 2


@pytest.mark.parametrize("how", list(Malformed))
@pytest.mark.parametrize("call", ["check", "register"])
def test_malformed_answers_are_bad_answers_and_not_retried(service, server, client, how, call):
    service.faults.malformed = how
    with pytest.raises(EligibilityBadAnswerError):
        if call == "check":
            client.check(der("R002"), limit_consent=True)
        else:
            client.register(der("R007"), "key-1")
    assert server.requests == 1


def _bounded(started: float) -> float:
    elapsed = time.monotonic() - started
    worst = (RETRIES + 1) * TIMEOUT + BACKOFF * (2**RETRIES - 1)
    assert (RETRIES + 1) * TIMEOUT <= elapsed <= worst + SLACK
    return elapsed


@pytest.mark.parametrize("knob", ["latency", "timeout"])
def test_slow_or_hanging_service_is_unavailable_in_bounded_time(service, server, client, knob):
    if knob == "latency":
        service.faults.latency = TIMEOUT * 3
    else:
        service.faults.timeout = True
    started = time.monotonic()
    with pytest.raises(EligibilityUnavailableError):
        client.check(der("R002"), limit_consent=False)
    _bounded(started)
    assert server.requests == RETRIES + 1


def test_latency_below_the_timeout_is_fine(service, client):
    service.faults.latency = TIMEOUT / 4
    assert client.check(der("R002"), limit_consent=False).validity is Validity.VALID


def test_dropped_answer_after_commit_is_replayed_on_retry(service, server, client):
    service.faults.drop_after_commit = 1
    receipt = client.register(der("R007"), "key-1")
    assert receipt.replayed is True  # the first attempt committed; the retry got the original
    assert service.registrations("R007") == 1 and server.requests == 2
    assert client.check(der("R007"), limit_consent=False).registered is True


def test_dropped_answers_without_retries_leave_one_registration(service, server):
    once = client_for(server, retries=0)
    service.faults.drop_after_commit = 1
    with pytest.raises(EligibilityUnavailableError):
        once.register(der("R007"), "key-1")
    assert service.registrations("R007") == 1
    assert once.register(der("R007"), "key-1").replayed is True
    assert service.registrations("R007") == 1


def test_dropped_check_is_retried(service, server, client):
    service.faults.drop_after_commit = 1
    assert client.check(der("R002"), limit_consent=False).validity is Validity.VALID
    assert server.requests == 2


def test_commits_landing_after_client_timeouts_register_once(service, server, client):
    service.faults.latency = TIMEOUT * 1.5  # every attempt times out, each one commits (or replays) later
    with pytest.raises(EligibilityUnavailableError):
        client.register(der("R007"), "key-1")
    service.faults.latency = 0
    assert client.register(der("R007"), "key-1").replayed is True
    time.sleep(TIMEOUT * 1.5)  # let the last straggling attempt land
    assert service.registrations("R007") == 1


def test_service_down_is_unavailable_quickly(service):
    server = EligibilityHttpServer(service).start()
    url = server.url
    server.stop()
    started = time.monotonic()
    with pytest.raises(EligibilityUnavailableError):
        HttpEligibilityService(url, timeout=TIMEOUT, retries=RETRIES, backoff=BACKOFF).check(
            der("R002"), limit_consent=False)
    assert time.monotonic() - started < (RETRIES + 1) * TIMEOUT + SLACK


def test_concurrent_registrations_with_one_key_register_once(service, server):
    client = client_for(server, timeout=5.0)
    receipts: list[RegistrationReceipt] = []
    barrier = threading.Barrier(8)

    def register() -> None:
        barrier.wait(timeout=5)
        receipts.append(client.register(der("R007"), "same-key"))

    threads = [threading.Thread(target=register) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=15)
    assert len(receipts) == 8
    assert service.registrations("R007") == 1
    assert sorted(r.replayed for r in receipts) == [False] + [True] * 7
    assert len({r.registered_at for r in receipts}) == 1


# -- the server's side of the wire ---------------------------------------------------------------
def raw_request(server: EligibilityHttpServer, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict[str, Any]]:
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=2)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        assert response.getheader("Content-Type").startswith("application/json")
        return response.status, json.loads(response.read())
    finally:
        connection.close()


CERT = base64.b64encode(b"x").decode()


@pytest.mark.parametrize(("method", "path", "body", "headers", "status"), [
    ("GET", "/v1/check", None, {}, 405),
    ("POST", "/v2/check", b"{}", {}, 404),
    ("POST", "/v1/check", b"{not json", {}, 400),
    ("POST", "/v1/check", b"[1, 2]", {}, 400),
    ("POST", "/v1/check", b'{"certificate": "***", "limit_consent": true}', {}, 400),
    ("POST", "/v1/check", json.dumps({"certificate": 12, "limit_consent": True}).encode(), {}, 400),
    ("POST", "/v1/check", json.dumps({"certificate": CERT, "limit_consent": "yes"}).encode(), {}, 400),
    ("POST", "/v1/register", json.dumps({"certificate": CERT}).encode(), {}, 400),
    ("POST", "/v1/register", json.dumps({"certificate": CERT}).encode(), {"Idempotency-Key": "a b"}, 400),
    ("POST", "/v1/check", b"{}", {"Content-Length": "70000"}, 413),
])
def test_bad_requests_get_json_errors(server, method, path, body, headers, status):
    got, document = raw_request(server, method, path, body, headers)
    assert got == status
    assert set(document) == {"error", "message"} and isinstance(document["error"], str)


def test_missing_content_length_is_411(server):
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=2)
    connection.putrequest("POST", "/v1/check")
    connection.endheaders()
    response = connection.getresponse()
    assert response.status == 411 and json.loads(response.read())["error"] == "length_required"
    connection.close()


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.1", "example.com", "::"])  # noqa: S104 - refused
def test_server_binds_loopback_only(service, host):
    with pytest.raises(ValueError):
        EligibilityHttpServer(service, host=host)


def test_localhost_means_ipv4_loopback(service):
    with EligibilityHttpServer(service, host="localhost") as running:
        assert running.url.startswith("http://127.0.0.1:")


@pytest.mark.parametrize("options", [{"timeout": 0}, {"retries": -1}, {"terminal_id": "kiosk 1"}])
def test_client_options_are_checked(options):
    with pytest.raises(ValueError):
        HttpEligibilityService("http://127.0.0.1:1", **options)


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/", "127.0.0.1:8080", "http://", "http://127.0.0.1/a b"])
def test_client_needs_an_http_url(url):
    with pytest.raises(ValueError):
        HttpEligibilityService(url)


# -- strict validation: every field, then fuzzing -------------------------------------------------
@pytest.fixture(scope="module")
def fuzz() -> Iterator[tuple[SimulatedEligibilityService, HttpEligibilityService]]:
    """One server for many forced answers (module scope: Hypothesis runs many examples per test)."""
    service = SimulatedEligibilityService()
    with EligibilityHttpServer(service) as running:
        yield service, HttpEligibilityService(running.url, timeout=1.0, retries=0)


@pytest.fixture
def forced(fuzz):
    service, client = fuzz
    yield service, client
    service.faults.clear()


def valid_answer(service: SimulatedEligibilityService) -> dict[str, Any]:
    return encode_answer(service.answer(der("R002"), limit_consent=True))


BAD_TOP = {
    "validity": [1, "6", "", None, "1 "],
    "registered": ["true", 1, None],
    "reference_number": [471648731866, "12345", "１２３４５６７８９０１２", None, ""],
    "processed_at": ["2026-11-23T16:03:58", "2026-13-01T00:00:00+09:00", "2026-11-23 16:03:58+09:00", 0,
                     "2026-11-23T16:03:58+25:00"],
    "notice": [None, "x" * 201, "line\nbreak"],
    "qualifications": [{}, [], None, [1]],
}
BAD_QUALIFICATION = {
    "insurer_number": [135805, "13580", "１３５８０５", "1358050", None],
    "symbol": [None, 5, "x" * 39],
    "number": ["", None, 837201],
    "branch": [2, "2", "002", "０２"],
    "copay_ratio": [30, "30", "101", "3.0"],
    "limit_category": ["C01", "B11", "A00", 1, ""],
    "insurer_name": ["", None, "\x00", "組合\ud800", "組合\ufffe", "\uffff"],  # XML cannot hold these
    "name_kana": ["佐藤", "", "sato", None],
    "birth_date": ["19620712", "1962-02-30", None, "1962-7-12"],
    "valid_from": ["2018/04/01", 20180401],
    "valid_to": ["2017-01-01", 5, "soon"],
}


def _bad_cases() -> list[tuple[str, str, Any]]:
    return ([("answer", k, v) for k, values in BAD_TOP.items() for v in values]
            + [("qualification", k, v) for k, values in BAD_QUALIFICATION.items() for v in values])


@pytest.mark.parametrize(("level", "name", "value"), _bad_cases(), ids=lambda v: repr(v)[:24])
def test_every_answer_field_is_validated(forced, level, name, value):
    service, client = forced
    document = valid_answer(service)
    target = document if level == "answer" else document["qualifications"][0]
    target[name] = value
    service.faults.answer_body = json.dumps(document).encode()
    with pytest.raises(EligibilityBadAnswerError):
        client.check(der("R002"), limit_consent=True)


@pytest.mark.parametrize("level", ["answer", "qualification"])
def test_every_answer_field_is_required(forced, level):
    service, client = forced
    keys = list(valid_answer(service) if level == "answer" else valid_answer(service)["qualifications"][0])
    for name in keys:
        document = valid_answer(service)
        del (document if level == "answer" else document["qualifications"][0])[name]
        service.faults.answer_body = json.dumps(document).encode()
        with pytest.raises(EligibilityBadAnswerError):
            client.check(der("R002"), limit_consent=True)


def test_limit_category_without_consent_is_rejected(forced):
    service, client = forced
    service.faults.answer_body = json.dumps(valid_answer(service)).encode()  # carries B05
    assert client.check(der("R002"), limit_consent=True).qualifications[0].limit_category
    with pytest.raises(EligibilityBadAnswerError):
        client.check(der("R002"), limit_consent=False)


@pytest.mark.parametrize("body", [
    b'{"validity": "1", "validity": "1"}',
    b'{"notice": NaN}',
    b"\xff\xfe",
    b"",
    b"[" * 100_000,
])
def test_undecodable_bodies_are_bad_answers(forced, body):
    service, client = forced
    service.faults.answer_body = body
    with pytest.raises(EligibilityBadAnswerError):
        client.check(der("R002"), limit_consent=False)


@pytest.mark.parametrize(("status", "error", "expected"), [
    (422, "jpki_maintenance", JpkiMaintenanceError),
    (422, "certificate_revoked", CertificateRevokedError),
    (422, "something_new", EligibilityBadAnswerError),
    (400, "bad_request", EligibilityBadAnswerError),
    (302, "moved", EligibilityBadAnswerError),
    (201, "created", EligibilityBadAnswerError),
])
def test_error_statuses_map_to_domain_errors(forced, status, error, expected):
    service, client = forced
    service.faults.answer_status = status
    service.faults.answer_body = json.dumps({"error": error, "message": "x"}).encode()
    with pytest.raises(expected):
        client.check(der("R002"), limit_consent=False)


def test_receipt_must_echo_the_key(forced):
    service, client = forced
    receipt = service.commit_registration(der("R002"), "other-key")
    service.faults.answer_body = json.dumps(encode_receipt(receipt)).encode()
    with pytest.raises(EligibilityBadAnswerError):
        client.register(der("R002"), "my-key")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: (st.lists(children, max_size=4)
                      | st.dictionaries(st.text(max_size=8), children, max_size=4)),
    max_leaves=12,
)
json_bodies = json_values.map(lambda v: json.dumps(v).encode())
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _call_either(client: HttpEligibilityService, register: bool) -> object:
    """The client's result, or the EligibilityError it raised; anything else fails the test."""
    try:
        if register:
            return client.register(der("R002"), "fuzz-key")
        return client.check(der("R002"), limit_consent=True)
    except EligibilityError as exc:
        return exc


@FUZZ
@given(body=st.binary(max_size=512) | json_bodies, register=st.booleans())
def test_random_bodies_raise_only_eligibility_errors(forced, body, register):
    service, client = forced
    service.faults.answer_body = body
    result = _call_either(client, register)
    assert isinstance(result, EligibilityError | EligibilityAnswer | RegistrationReceipt)


@FUZZ
@given(data=st.data())
def test_mutated_answers_raise_only_eligibility_errors(forced, data):
    service, client = forced
    document = valid_answer(service)
    target = data.draw(st.sampled_from([document, document["qualifications"][0]]))
    name = data.draw(st.sampled_from(sorted(target)))
    if data.draw(st.booleans()):
        target[name] = data.draw(json_values)
    else:
        del target[name]
    service.faults.answer_body = json.dumps(document).encode()
    result = _call_either(client, register=False)
    assert isinstance(result, EligibilityError | EligibilityAnswer)


@FUZZ
@given(status=st.integers(min_value=200, max_value=599), body=json_bodies)
def test_random_statuses_raise_only_eligibility_errors(forced, status, body):
    service, client = forced
    service.faults.answer_status, service.faults.answer_body = status, body
    result = _call_either(client, register=True)
    assert isinstance(result, EligibilityError | RegistrationReceipt)


class TricklingServer:
    """A loopback HTTP server that answers a byte at a time, each well inside the socket timeout,
    without ever finishing (bounded: it stops after ``limit`` bytes or when closed)."""

    def __init__(self, interval: float, limit: int = 400) -> None:
        import socket

        self.interval, self.limit = interval, limit
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.connections = 0
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self.listener.settimeout(0.1)
        while not self._stopped.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                continue
            self.connections += 1
            with conn:
                conn.recv(65536)
                body = b'{"validity": "' + b"x" * self.limit
                head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % (
                    len(body) + 10)
                try:
                    conn.sendall(head)
                    for byte in body:
                        if self._stopped.wait(self.interval):
                            break
                        conn.sendall(bytes([byte]))
                except OSError:
                    continue

    def close(self) -> None:
        self._stopped.set()
        self._thread.join(timeout=5)
        self.listener.close()


def test_a_service_trickling_bytes_ends_the_call_at_its_deadline():
    trickle = TricklingServer(interval=TIMEOUT / 4)  # every read is quick; the answer never ends
    try:
        client = HttpEligibilityService(trickle.url, timeout=TIMEOUT, deadline=1.0, retries=RETRIES, backoff=BACKOFF)
        started = time.monotonic()
        with pytest.raises(EligibilityUnavailableError, match="deadline"):
            client.check(der("R002"), limit_consent=False)
        assert 1.0 <= time.monotonic() - started <= 1.0 + SLACK
    finally:
        trickle.close()


@pytest.mark.parametrize("bad", [dict(deadline=0), dict(deadline=float("inf")), dict(timeout=float("nan")),
                                 dict(backoff=float("inf"))], ids=str)
def test_durations_must_be_finite_and_positive(bad):
    with pytest.raises(ValueError):
        HttpEligibilityService("http://127.0.0.1:9", **bad)
