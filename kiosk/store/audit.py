"""The append-only audit log as a SHA-256 hash chain (product.md "Lines we never cross" 6).

Each event's ``hash`` is SHA-256 over the canonical JSON of ``[prev_hash, at, terminal_id, event,
data]`` (``at`` in UTC ISO 8601 with microseconds); the first event's ``prev_hash`` is 64 zeros.
``audit_chain_head`` holds the newest id and hash. Appends lock that row (``SELECT ... FOR UPDATE``
on PostgreSQL; on SQLite every transaction starts with ``BEGIN IMMEDIATE``, see ``kiosk.store.db``),
so concurrent desks extend one chain, and ids increase in chain order.

:func:`verify` finds an event whose content was changed, an event removed, inserted or reordered
(its successor no longer follows it) and newest events removed (the head points past the end). A
complete rewrite by someone who can write every table is out of reach of any in-database chain;
the head hash printed by ``myna-kiosk audit verify`` can be kept elsewhere to catch that too.

``data`` holds only whitelisted keys whose values match a strict pattern (codes, enum values, ids),
and no value may contain 12 or more consecutive digits: nothing personal can enter the log.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Executable, Row, String, select, type_coerce
from sqlalchemy.orm import Session

from kiosk.clock import SYSTEM_CLOCK
from kiosk.counter.records import DECISIONS, IDENTITY_DOCUMENTS, PIN_KINDS, STAFF_ROLES
from kiosk.reception.model import ConsentItem, Method
from kiosk.reception.ports import AuditReport
from kiosk.store.models import GENESIS_HASH, AuditChainHead, AuditEvent

RECEPTION_COMPLETED = "reception.completed"
RECEPTION_FAILED = "reception.failed"
CONSENT_RECORDED = "consent.recorded"
REGISTRATION_RECORDED = "registration.recorded"
RESULT_DELIVERED = "result.delivered"  # both result files are on the clinic share
# The municipal counter (kiosk.store.staff, kiosk.store.counter); terminal_id is the desk.
STAFF_CREATED = "staff.created"
STAFF_DEACTIVATED = "staff.deactivated"
STAFF_PASSWORD_SET = "staff.password_set"  # noqa: S105 - an event name
STAFF_LOGIN_SUCCEEDED = "staff.login_succeeded"
STAFF_LOGIN_FAILED = "staff.login_failed"
STAFF_LOCKED = "staff.locked"
COUNTER_CLAIMED = "counter.claimed"
COUNTER_IDENTITY_CHECKED = "counter.identity_checked"
COUNTER_HANDED_OVER = "counter.handed_over"
COUNTER_FAILED = "counter.failed"
COUNTER_RELEASED = "counter.released"
# The imported handover queue (kiosk.store.applications): counts and ids only, never its content.
APPLICATIONS_IMPORTED = "applications.imported"
APPLICATIONS_RETURNED = "applications.returned"  # a card came back to the counter

_CODE = r"[A-Z][A-Z0-9_]{0,63}"


def _list_of(words: Iterable[str]) -> str:
    """A pattern for a comma-separated list of ``words``."""
    one = "|".join(sorted(words, key=len, reverse=True))
    return f"(?:{one})(?:,(?:{one}))*"


_ID = r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}"
FIELDS: dict[str, re.Pattern[str]] = {key: re.compile(pattern) for key, pattern in {
    "session_id": r"[1-9][0-9]{0,17}",  # reception_sessions.id
    "file_id": _ID,
    "method": "|".join(m.value for m in Method),
    "validity": "[1-5]",
    "item": "|".join(i.value for i in ConsentItem),
    "agreed": "true|false",
    "failure_code": _CODE,
    "state": _CODE,  # flow state a failure happened in
    "session": r"[0-9]{1,18}",  # the flow's visit number on this terminal
    "cert_hash": r"[0-9a-f]{64}",  # kiosk.secrets.cert_hash: keyed, so never the serial itself
    "cert_valid": "true|false",
    "tries_left": r"[0-9]{1,2}|None",
    # the counter: staff and desks are ids; a handover is known by its claim and 申請書ID (hyphenated,
    # so never 12 digits in a row); PINs by their kinds only; documents by their codes.
    "staff_id": _ID,
    "role": "|".join(STAFF_ROLES),
    "claim_id": r"[1-9][0-9]{0,17}",  # handovers.id
    "application_id": r"[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}",
    "decision": "|".join(DECISIONS),
    "documents": _list_of(IDENTITY_DOCUMENTS),
    "card_kind": "standard|face_auth",
    "pin_kinds": f"({_list_of(PIN_KINDS)})?",
    "registered": "true|false",
    # an import of the handover queue: how many rows, and the SHA-256 of the file (not its content)
    "inserted": r"[0-9]{1,9}",
    "updated": r"[0-9]{1,9}",
    "unchanged": r"[0-9]{1,9}",
    "source_digest": r"[0-9a-f]{64}",
    # application intake: an intake session and a record are random ids (kiosk.application.vault), a
    # bundle is known by its SHA-256; mode and delivery are enum values, counts are counts
    "intake_session": r"[0-9a-f]{16}",
    "record_id": r"[0-9a-f]{16}",
    "intake_mode": "office|outreach",
    "delivery": "counter|mail",
    "count": r"[0-9]{1,6}",
    "expected": r"[0-9]{1,6}",
    "bundle_digest": r"[0-9a-f]{64}",
}.items()}
# A keyed hash is hex noise that can hold 12 decimal digits in a row by chance (≈17 % of hashes);
# it cannot be a My Number, so the 12-digit guard does not apply to it.
NOT_DIGIT_GUARDED = frozenset({"cert_hash", "source_digest", "intake_session", "record_id", "bundle_digest"})
EVENT_NAME = re.compile(r"[a-z][a-z_]*(\.[a-z][a-z_]*)+")
TERMINAL_ID = re.compile(_ID)
MY_NUMBER_LIKE = re.compile(r"[0-9]{12}")


def check_event(event: str, terminal_id: str, data: Mapping[str, str]) -> None:
    """:raises ValueError: a name, key or value outside the whitelist (the value is never echoed:
    it might be the personal data being kept out)."""
    if len(event) > 64 or not EVENT_NAME.fullmatch(event):
        raise ValueError(f"audit event name {event!r} is not of the form area.action")
    if not TERMINAL_ID.fullmatch(terminal_id) or MY_NUMBER_LIKE.search(terminal_id):
        raise ValueError("audit terminal_id must be 1-64 letters, digits, '.', '_' or '-'")
    for key, value in data.items():
        pattern = FIELDS.get(key)
        if pattern is None:
            raise ValueError(f"audit data key {key!r} is not whitelisted")
        if not isinstance(value, str) or not pattern.fullmatch(value) or (
                key not in NOT_DIGIT_GUARDED and MY_NUMBER_LIKE.search(value)):
            raise ValueError(f"audit data value for {key!r} is not allowed")


def canonical_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(prev_hash: str, at: datetime, terminal_id: str, event: str, data: Mapping[str, str]) -> str:
    """SHA-256 (hex) of one event, chained to ``prev_hash``."""
    at_text = at.astimezone(UTC).isoformat(timespec="microseconds")
    payload = canonical_json([prev_hash, at_text, terminal_id, event, dict(data)])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(session: Session, event: str, terminal_id: str, data: Mapping[str, str]) -> AuditEvent:
    """Add one event inside the caller's transaction, holding the chain head until it commits.

    :raises ValueError: see :func:`check_event`; the caller's transaction must then roll back.
    """
    check_event(event, terminal_id, data)
    head = session.scalars(select(AuditChainHead).where(AuditChainHead.id == 1).with_for_update()).one()
    at = SYSTEM_CLOCK.now()
    row = AuditEvent(at=at, terminal_id=terminal_id, event=event, data=canonical_json(dict(data)),
                     prev_hash=head.last_hash,
                     hash=event_hash(head.last_hash, at, terminal_id, event, data))
    session.add(row)
    session.flush()
    head.last_id, head.last_hash = row.id, row.hash
    return row


def verify(session: Session, expected_head: str | None = None) -> AuditReport:
    """Recompute the chain from the genesis hash; the caller provides a consistent snapshot.

    ``events`` counts every stored event; ``first_bad_id`` is the first event that fails, or for
    removed newest events the id the head still names. ``head_hash`` is the hash of the newest
    event (to be kept elsewhere: printed at close of day, sent to the clinic system). With
    ``expected_head`` (such a kept hash) the chain must still contain that event: deleting the
    newest events and moving the stored head back is caught. A malformed row (a timestamp or a
    column that is not what was written) is reported as such, never raised.
    """
    expected_prev, last_id = GENESIS_HASH, None
    count, first_bad_id, problem = 0, None, ""
    anchored = expected_head is None
    for row in session.execute(_raw_rows(session)):
        count += 1
        if problem:
            continue
        problem = _problem(row, expected_prev)
        if problem:
            first_bad_id, problem = row.id, f"event {row.id} {problem}"
        else:
            expected_prev, last_id = row.hash, row.id
            anchored = anchored or row.hash == expected_head
    if not problem:
        head = session.get(AuditChainHead, 1)
        if head is None:
            problem = "the chain head row is missing"
        elif (head.last_id, head.last_hash) != (last_id, expected_prev):
            first_bad_id = head.last_id
            problem = (f"the chain head names event {head.last_id} but the log ends at {last_id}: "
                       "newest events were removed or the head was changed")
        elif not anchored:
            problem = (f"the kept head {expected_head} is no longer in the chain: events were removed "
                       "after it or the chain was rewritten")
    if not problem:
        return AuditReport(ok=True, events=count, head_hash=expected_prev if count else None)
    return AuditReport(ok=False, events=count, first_bad_id=first_bad_id, problem=problem)


def _raw_rows(session: Session) -> Executable:
    """Every event in order, its time as stored: SQLite keeps any text in a DATETIME column, and a
    tampered one must be reported, not crash the reading of the rows."""
    at = AuditEvent.at
    raw_at = type_coerce(at, String()) if session.get_bind().dialect.name == "sqlite" else at
    columns = (AuditEvent.id, raw_at.label("at"), AuditEvent.terminal_id, AuditEvent.event, AuditEvent.data,
               AuditEvent.prev_hash, AuditEvent.hash)
    return select(*columns).order_by(AuditEvent.id).execution_options(yield_per=1000)


def _moment(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
    except ValueError:
        return None


def _problem(row: Row[Any], expected_prev: str) -> str:
    if row.prev_hash != expected_prev:
        return "does not follow the event before it: an event was removed, inserted or changed before it"
    at = _moment(row.at)
    if at is None:
        return f"has a malformed timestamp {str(row.at)[:40]!r}: it was changed"
    if not all(isinstance(value, str) for value in (row.terminal_id, row.event, row.data, row.hash)):
        return "has a column that is not text: it was changed"
    try:
        data = json.loads(row.data)
    except ValueError:
        return "has data that is not JSON"
    if not isinstance(data, dict) or canonical_json(data) != row.data:
        return "has data that is not canonical JSON: it was changed"
    if event_hash(row.prev_hash, at, row.terminal_id, row.event, data) != row.hash:
        return "does not match its hash: it was changed after it was written"
    return ""
