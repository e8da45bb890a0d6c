"""Counter staff accounts (product.md "The counter visit": staff login): create, authenticate with a
lockout, change the password, deactivate — every change and every login attempt audited with the
staff id only.

Passwords are kept as a salted scrypt hash in a self-describing string
``scrypt$16384$8$1$<salt>$<hash>`` (n, r, p; salt and hash in unpadded base64; 16-byte salt, 32-byte
hash), so that stronger parameters can be introduced later without a migration. Login:

- an unknown id, a wrong password and a deactivated account all give the same
  :class:`~kiosk.counter.records.LoginFailedError` after the same work (a dummy hash is computed for
  an unknown id), and the hashes are compared in constant time;
- :data:`LOCK_AFTER` consecutive wrong passwords lock the account for :data:`LOCK_FOR`
  (:class:`~kiosk.counter.records.LoginLockedError`, raised by the failure that locks it too); while
  locked the password is not even checked. A success, or a new password, resets the count.

The audit log gets ``staff.login_failed`` with the ``staff_id`` only when it names an account (a
mistyped id may be a password typed into the wrong field: it is never logged); ``failure_code`` says
``UNKNOWN_STAFF``, ``WRONG_PASSWORD``, ``INACTIVE`` or ``LOCKED``.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from kiosk.clock import SYSTEM_CLOCK
from kiosk.counter.records import (
    STAFF_ROLES,
    LoginFailedError,
    LoginLockedError,
    StaffInactiveError,
    StaffMember,
)
from kiosk.store import audit
from kiosk.store.models import Staff
from kiosk.store.repositories import SqlStore
from kiosk.store.retry import DEFAULT_POLICY, RetryPolicy

__all__ = ["LOCK_AFTER", "LOCK_FOR", "LoginFailedError", "LoginLockedError", "StaffDirectory",
           "StaffInactiveError", "StaffMember", "hash_password", "verify_password"]

logger = logging.getLogger(__name__)

LOCK_AFTER = 5
LOCK_FOR = timedelta(minutes=5)
MIN_PASSWORD = 8
MAX_PASSWORD = 128

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES, HASH_BYTES = 16, 32
# Upper bounds for parameters read back from the database: a tampered row must not make a login
# allocate gigabytes.
MAX_N, MAX_R, MAX_P = 2**20, 32, 16

STAFF_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")
MY_NUMBER_LIKE = re.compile(r"[0-9]{12}")
# Shown at desks and written into the statistics CSV: no control characters, and no leading = + - @
# that a spreadsheet would run as a formula.
LABEL = re.compile(r"[^=+\-@\s][^\x00-\x1f\x7f]{0,63}")


def hash_password(password: str) -> str:
    """The self-describing scrypt string for ``password`` with a new random salt."""
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, credential: str) -> bool:
    """Whether ``password`` matches ``credential`` (from :func:`hash_password`), compared in
    constant time. A malformed credential never matches."""
    try:
        scheme, n, r, p, salt, expected = credential.split("$")
        n_, r_, p_ = int(n), int(r), int(p)
        salt_bytes, expected_bytes = _unb64(salt), _unb64(expected)
    except ValueError:
        return False
    if scheme != "scrypt" or not (2 <= n_ <= MAX_N and n_ & (n_ - 1) == 0 and 1 <= r_ <= MAX_R
                                  and 1 <= p_ <= MAX_P and expected_bytes):
        return False
    actual = _scrypt(password, salt_bytes, n_, r_, p_, len(expected_bytes))
    return hmac.compare_digest(actual, expected_bytes)


@functools.cache
def _dummy_credential() -> str:
    """Checked against for an unknown staff id: the same scrypt work as a known one, so the time a
    login takes does not tell which ids exist."""
    return hash_password(secrets.token_urlsafe(16))


@dataclass(frozen=True)
class _Attempt:
    member: StaffMember | None = None
    error: LoginFailedError | None = None


class StaffDirectory(SqlStore):
    """Staff accounts in a migrated database (``kiosk.store.db.open_engine``), shared by every desk.

    :param engine: from ``kiosk.store.db.open_engine``.
    :param policy: bounded retry while the database is locked or unreachable.
    :param clock: the current time (aware); tests pass a fake one to step through a lockout.
    """

    def __init__(self, engine: Engine, policy: RetryPolicy = DEFAULT_POLICY,
                 clock: Callable[[], datetime] = SYSTEM_CLOCK) -> None:
        super().__init__(engine, policy)
        self._clock = clock

    def create(self, staff_id: str, display_name: str, role: str, password: str, *,
               desk_id: str = "counter") -> StaffMember:
        """Add an active account.

        :param staff_id: 1–32 letters, digits, ``.``, ``_`` or ``-`` (no 12-digit runs).
        :param display_name: what desks and statistics show (e.g. 「窓口２ 山田」), 1–64 characters.
        :param role: ``counter`` or ``supervisor``.
        :param password: 8–128 characters; only its scrypt hash is kept.
        :param desk_id: where it was done, for the audit log.
        :raises ValueError: a field out of range, or the id exists already.
        :raises StoreUnavailableError | StoreError: nothing was written.
        """
        _check_staff_id(staff_id)
        if not LABEL.fullmatch(display_name):
            raise ValueError("display_name must be 1-64 printable characters, not starting with = + - @")
        if role not in STAFF_ROLES:
            raise ValueError(f"role must be one of {STAFF_ROLES}")
        credential = hash_password(_check_password(password))
        member = StaffMember(staff_id, display_name, role)  # type: ignore[arg-type]

        def work(session: Session) -> StaffMember:
            if session.get(Staff, staff_id) is not None:
                raise ValueError(f"staff id {staff_id} exists already")
            session.add(Staff(staff_id=staff_id, label=display_name, role=role, credential=credential,
                              active=True, failed_logins=0, locked_until=None, created_at=self._clock()))
            session.flush()
            audit.append(session, audit.STAFF_CREATED, desk_id, {"staff_id": staff_id, "role": role})
            return member
        return self._transaction(work)

    def authenticate(self, staff_id: str, password: str, *, desk_id: str = "counter") -> StaffMember:
        """The active account ``staff_id`` if ``password`` is its password.

        :param desk_id: where the login happens, for the audit log.
        :raises LoginLockedError: locked (now, or by this attempt) after repeated wrong passwords.
        :raises LoginFailedError: unknown id, wrong password or deactivated account — one error.
        :raises StoreUnavailableError | StoreError: the attempt could not be recorded.
        """
        credential = None
        if STAFF_ID.fullmatch(staff_id):
            credential = self._snapshot(lambda session: session.scalar(
                select(Staff.credential).where(Staff.staff_id == staff_id)))
        # The slow hash runs outside any transaction: no desk waits for it.
        matches = verify_password(password, credential or _dummy_credential()) and credential is not None
        result = self._transaction(lambda session: self._record_attempt(
            session, staff_id, credential, matches, desk_id))
        if result.error is not None:
            raise result.error
        assert result.member is not None
        return result.member

    def set_password(self, staff_id: str, password: str, *, desk_id: str = "counter") -> None:
        """Replace the password (a supervisor resets it); unlocks the account.

        :raises StaffInactiveError: no such account.
        :raises ValueError: the password is out of range.
        """
        credential = hash_password(_check_password(password))

        def work(session: Session) -> None:
            row = self._row(session, staff_id)
            row.credential, row.failed_logins, row.locked_until = credential, 0, None
            audit.append(session, audit.STAFF_PASSWORD_SET, desk_id, {"staff_id": staff_id})
        self._transaction(work)

    def deactivate(self, staff_id: str, *, desk_id: str = "counter") -> None:
        """Close the account for good (it stays for the records and statistics); takes effect at
        every desk at once: it can no longer log in, claim or decide.

        :raises StaffInactiveError: no such account.
        """
        def work(session: Session) -> None:
            row = self._row(session, staff_id)
            if row.active:
                row.active = False
                audit.append(session, audit.STAFF_DEACTIVATED, desk_id, {"staff_id": staff_id})
        self._transaction(work)

    def get(self, staff_id: str) -> StaffMember | None:
        """The account ``staff_id``, active or not; None if there is none."""
        row = self._snapshot(lambda session: session.get(Staff, staff_id))
        return _member(row) if row is not None else None

    def members(self) -> list[StaffMember]:
        """Every account, by id."""
        rows = self._snapshot(lambda session: list(session.scalars(select(Staff).order_by(Staff.staff_id))))
        return [_member(row) for row in rows]

    def _record_attempt(self, session: Session, staff_id: str, credential: str | None, matches: bool,
                        desk_id: str) -> _Attempt:
        row = None
        if credential is not None:
            row = session.scalars(select(Staff).where(Staff.staff_id == staff_id).with_for_update()).one()
        now = self._clock()

        def failed(code: str, error: LoginFailedError | None = None) -> _Attempt:
            data = {"staff_id": staff_id, "failure_code": code} if row is not None else {"failure_code": code}
            audit.append(session, audit.STAFF_LOGIN_FAILED, desk_id, data)
            # One detail for every reason: only the audit log tells them apart.
            return _Attempt(error=error or LoginFailedError("staff login failed"))

        if row is None:
            return failed("UNKNOWN_STAFF")
        if row.credential != credential:  # a new password was set while we hashed: refused, not counted
            return failed("WRONG_PASSWORD")
        if row.locked_until is not None and row.locked_until > now:
            return failed("LOCKED", LoginLockedError(row.locked_until))
        if not row.active:
            return failed("INACTIVE")
        if not matches:
            row.failed_logins += 1
            if row.failed_logins < LOCK_AFTER:
                return failed("WRONG_PASSWORD")
            row.failed_logins, row.locked_until = 0, now + LOCK_FOR
            logger.warning("staff account %s locked after %d wrong passwords", staff_id, LOCK_AFTER)
            attempt = failed("WRONG_PASSWORD", LoginLockedError(row.locked_until))
            audit.append(session, audit.STAFF_LOCKED, desk_id, {"staff_id": staff_id})
            return attempt
        row.failed_logins, row.locked_until = 0, None
        audit.append(session, audit.STAFF_LOGIN_SUCCEEDED, desk_id, {"staff_id": staff_id})
        return _Attempt(member=_member(row))

    @staticmethod
    def _row(session: Session, staff_id: str) -> Staff:
        row = session.scalars(select(Staff).where(Staff.staff_id == staff_id).with_for_update()).one_or_none()
        if row is None:
            raise StaffInactiveError(f"no staff account {staff_id}")
        return row


def active_member(session: Session, staff_id: str) -> StaffMember:
    """The active account ``staff_id`` inside the caller's transaction (``kiosk.store.counter``).

    :raises StaffInactiveError: unknown or deactivated.
    """
    row = session.get(Staff, staff_id)
    if row is None or not row.active:
        raise StaffInactiveError(f"staff {staff_id} is unknown or deactivated")
    return _member(row)


def _member(row: Staff) -> StaffMember:
    return StaffMember(row.staff_id, row.label, row.role, row.active)  # type: ignore[arg-type]


def _check_staff_id(staff_id: str) -> None:
    if not STAFF_ID.fullmatch(staff_id) or MY_NUMBER_LIKE.search(staff_id):
        raise ValueError("staff_id must be 1-32 letters, digits, '.', '_' or '-'")


def _check_password(password: str) -> str:
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise ValueError(f"a staff password has {MIN_PASSWORD}-{MAX_PASSWORD} characters")
    return password


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, dklen: int = HASH_BYTES) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=dklen,
                          maxmem=128 * r * (n + p + 2) + 1024 * 1024)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
