"""Counter staff accounts on SQLite and PostgreSQL (product.md "The counter visit": staff login):
scrypt credentials, one error for every failed login, the 5-failure lockout, deactivation, and an
audit trail that names staff ids only."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.counter.records import LoginFailedError, LoginLockedError, StaffInactiveError, StaffMember
from kiosk.store import staff as staff_module
from kiosk.store.counter import SqlCounterStore
from kiosk.store.db import make_engine, open_engine
from kiosk.store.models import AuditEvent, Staff
from kiosk.store.staff import LOCK_FOR, StaffDirectory, hash_password, verify_password

T0 = datetime(2025, 3, 3, 8, 30, tzinfo=UTC)
PASSWORD = "madoguchi-2025"  # noqa: S105 - a test account
UNKNOWN_ID = "Sakura2025pw"  # what a password typed into the id field looks like: never logged


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
def staff(store_url: str, clock: Clock) -> Iterator[StaffDirectory]:
    directory = StaffDirectory(open_engine(store_url), clock=clock)
    directory.create("c001", "窓口 一郎", "counter", PASSWORD, desk_id="desk-1")
    yield directory
    directory.close()


def events(url: str) -> list[tuple[str, str, dict[str, str]]]:
    engine = make_engine(url)
    with Session(engine) as session:
        rows = [(e.event, e.terminal_id, json.loads(e.data))
                for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    engine.dispose()
    return rows


def staff_row(url: str, staff_id: str) -> Staff:
    engine = make_engine(url)
    with Session(engine) as session:
        row = session.get(Staff, staff_id)
    engine.dispose()
    assert row is not None
    return row


# --- credentials ----------------------------------------------------------------------------------

def test_passwords_are_kept_as_self_describing_salted_scrypt():
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    scheme, n, r, p, salt, digest = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(base64.b64decode(salt + "==")) == 16 and len(base64.b64decode(digest + "=")) == 32
    assert first != second  # a new salt every time
    assert verify_password(PASSWORD, first) and verify_password(PASSWORD, second)
    assert not verify_password(PASSWORD + "x", first)
    assert PASSWORD not in first


@pytest.mark.parametrize("credential", [
    "", "plain", "md5$x$y", "scrypt$16384$8$1$c2FsdA$",  # no hash
    "scrypt$16385$8$1$c2FsdA$aGFzaA",  # n not a power of two
    "scrypt$1073741824$8$1$c2FsdA$aGFzaA",  # a tampered row must not allocate gigabytes
    "scrypt$16384$8$1$!!$aGFzaA",
])
def test_a_malformed_credential_never_matches(credential):
    assert not verify_password(PASSWORD, credential)


def test_create_stores_the_account_without_the_password(staff, store_url):
    row = staff_row(store_url, "c001")
    assert (row.label, row.role, row.active, row.failed_logins, row.locked_until, row.created_at) == (
        "窓口 一郎", "counter", True, 0, None, T0)
    assert row.credential.startswith("scrypt$16384$8$1$") and PASSWORD not in row.credential
    assert staff.get("c001") == StaffMember("c001", "窓口 一郎", "counter", True)
    assert staff.get("nobody") is None
    assert events(store_url) == [("staff.created", "desk-1", {"staff_id": "c001", "role": "counter"})]


BAD_ACCOUNTS = [
    (("c 001", "名前", "counter", PASSWORD), "staff_id"),
    (("c123456789012", "名前", "counter", PASSWORD), "staff_id"),  # 12 digits in a row
    (("c002", "", "counter", PASSWORD), "display_name"),
    (("c002", "=HYPERLINK(\"x\")", "counter", PASSWORD), "display_name"),  # a formula in the CSV
    (("c002", "名前\n", "counter", PASSWORD), "display_name"),
    (("c002", "名前", "admin", PASSWORD), "role"),
    (("c002", "名前", "counter", "short"), "password"),
    (("c001", "二人目", "counter", PASSWORD), "exists"),
]


def test_create_refuses_bad_fields_and_writes_nothing(staff, store_url):
    for args, problem in BAD_ACCOUNTS:
        with pytest.raises(ValueError, match=problem):
            staff.create(*args)
    assert [m.staff_id for m in staff.members()] == ["c001"]
    assert len(events(store_url)) == 1


# --- login ----------------------------------------------------------------------------------------

def test_login_returns_the_member_and_is_audited(staff, store_url):
    member = staff.authenticate("c001", PASSWORD, desk_id="desk-2")
    assert member == StaffMember("c001", "窓口 一郎", "counter")
    assert events(store_url)[-1] == ("staff.login_succeeded", "desk-2", {"staff_id": "c001"})


def test_unknown_id_and_wrong_password_are_one_error_after_the_same_work(staff, store_url, monkeypatch):
    staff_module._dummy_credential()  # made once per process, on the first unknown id
    hashed = []
    real = staff_module._scrypt
    monkeypatch.setattr(staff_module, "_scrypt", lambda *a, **k: hashed.append(1) or real(*a, **k))
    errors = []
    for staff_id, password in (("c001", "wrong-password"), (UNKNOWN_ID, PASSWORD), ("bad id!", PASSWORD)):
        with pytest.raises(LoginFailedError) as caught:
            staff.authenticate(staff_id, password, desk_id="desk-1")
        errors.append(caught.value)
    assert {type(e) for e in errors} == {LoginFailedError}
    assert {(e.code, e.detail) for e in errors} == {("COUNTER_LOGIN_FAILED", "staff login failed")}
    assert len(hashed) == 3  # an unknown id costs a scrypt too: timing does not reveal which ids exist
    assert events(store_url)[1:] == [
        ("staff.login_failed", "desk-1", {"staff_id": "c001", "failure_code": "WRONG_PASSWORD"}),
        ("staff.login_failed", "desk-1", {"failure_code": "UNKNOWN_STAFF"}),
        ("staff.login_failed", "desk-1", {"failure_code": "UNKNOWN_STAFF"})]
    assert UNKNOWN_ID not in repr(events(store_url))


def test_five_wrong_passwords_lock_the_account_for_five_minutes(staff, store_url, clock):
    for _ in range(4):
        with pytest.raises(LoginFailedError) as caught:
            staff.authenticate("c001", "wrong-password")
        assert type(caught.value) is LoginFailedError
    assert staff_row(store_url, "c001").failed_logins == 4
    with pytest.raises(LoginLockedError) as caught:
        staff.authenticate("c001", "wrong-password")  # the fifth locks, and says so
    assert caught.value.code == "COUNTER_LOGIN_LOCKED" and caught.value.until == T0 + LOCK_FOR
    assert caught.value.message_values == {"until": "17:35"}  # 08:35 UTC, said in Japan time
    assert isinstance(caught.value, LoginFailedError)
    row = staff_row(store_url, "c001")
    assert (row.failed_logins, row.locked_until) == (0, T0 + LOCK_FOR)

    clock.now = T0 + LOCK_FOR - timedelta(seconds=1)
    with pytest.raises(LoginLockedError):
        staff.authenticate("c001", PASSWORD)  # while locked even the right password is refused
    clock.now = T0 + LOCK_FOR
    assert staff.authenticate("c001", PASSWORD).staff_id == "c001"
    assert staff_row(store_url, "c001").locked_until is None

    assert [(e, d.get("failure_code")) for e, _, d in events(store_url)[1:]] == [
        *[("staff.login_failed", "WRONG_PASSWORD")] * 5, ("staff.locked", None),
        ("staff.login_failed", "LOCKED"), ("staff.login_succeeded", None)]
    assert staff.verify_audit().ok


def test_a_success_resets_the_count_of_consecutive_failures(staff):
    for _ in range(4):
        with pytest.raises(LoginFailedError):
            staff.authenticate("c001", "wrong-password")
    staff.authenticate("c001", PASSWORD)
    for _ in range(4):
        with pytest.raises(LoginFailedError) as caught:
            staff.authenticate("c001", "wrong-password")
        assert type(caught.value) is LoginFailedError  # never locked: not 5 in a row


def test_a_new_password_unlocks_and_replaces_the_old_one(staff, store_url):
    for _ in range(5):
        with pytest.raises(LoginFailedError):
            staff.authenticate("c001", "wrong-password")
    staff.set_password("c001", "new-password-1", desk_id="desk-9")
    assert staff.authenticate("c001", "new-password-1").staff_id == "c001"
    with pytest.raises(LoginFailedError):
        staff.authenticate("c001", PASSWORD)
    assert ("staff.password_set", "desk-9", {"staff_id": "c001"}) in events(store_url)
    with pytest.raises(StaffInactiveError):
        staff.set_password("nobody", "new-password-1")


def test_a_deactivated_account_fails_like_any_other_and_cannot_act(staff, store_url):
    staff.create("s001", "係長 三郎", "supervisor", PASSWORD)
    staff.deactivate("c001", desk_id="desk-9")
    staff.deactivate("c001", desk_id="desk-9")  # once is enough: audited once
    with pytest.raises(LoginFailedError) as caught:
        staff.authenticate("c001", PASSWORD)
    assert type(caught.value) is LoginFailedError
    assert staff.members() == [StaffMember("c001", "窓口 一郎", "counter", False),
                               StaffMember("s001", "係長 三郎", "supervisor", True)]
    counter = SqlCounterStore(staff.engine)
    with pytest.raises(StaffInactiveError):
        counter.claim("1234-5678-9012-3456-7890-123", "desk-1", "c001", T0)
    assert [e for e in events(store_url) if e[0] == "staff.deactivated"] == [
        ("staff.deactivated", "desk-9", {"staff_id": "c001"})]
    assert events(store_url)[-1] == ("staff.login_failed", "counter",
                                     {"staff_id": "c001", "failure_code": "INACTIVE"})
    with pytest.raises(StaffInactiveError):
        staff.deactivate("nobody")
