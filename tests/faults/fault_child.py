"""The crashing child of the fault suite: ``python -c`` imports this module, which arms ONE crash
point (a test hook, never a production code path) and then runs the real command line
(``myna-kiosk simulate reception|counter``) in this process. At the crash point the process dies
with ``os._exit(137)``: no ``finally``, no rollback, no flush — what a power cut or a kill -9 leaves.

The secret store is replaced by one with fixed keys (:data:`OUTBOX_KEY_BYTES`), so that the test
process can open the sealed outbox after the "restart".
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any

CRASH_STATUS = 137
OUTBOX_KEY_BYTES = bytes(range(32))
CERT_HASH_KEY_BYTES = bytes(range(32, 64))

# Reception: every write of a visit, in the order they happen.
RECEPTION_POINTS = (
    "card-read-audited",      # the first audit event committed, nothing else
    "result-flushed",         # record_result: visit, consents, outbox rows flushed, not committed
    "result-committed",       # record_result committed, no file on the share yet
    "xml-temp-written",       # the XML's temp file written, not renamed
    "between-files",          # the XML renamed into place, the JSON not started
    "json-temp-written",      # the XML in place, the JSON's temp file written, not renamed
    "files-written",          # both files on the share, mark_delivered not called
    "delivered-flushed",      # mark_delivered flushed with its audit event, not committed
    "delivered-committed",    # everything committed, the process dies before the visit's end
)

# Counter: every write of a handover (the database's and the card-management system's).
COUNTER_POINTS = (
    "claimed",                # the claim committed
    "identity-checked",       # the confirmed identity decision committed, card not marked handed over
    "marked-handed-over",     # card-management says handed over; store.complete not called
    "complete-flushed",       # store.complete flushed with its audit event, not committed
    "completed",              # store.complete committed
)


def crash() -> None:
    os._exit(CRASH_STATUS)


def _after(owner: Any, name: str, when: Callable[..., bool] = lambda *a, **k: True) -> None:
    """Crash right after ``owner.name`` returns (when ``when(*args)`` holds)."""
    original = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        if when(*args, **kwargs):
            crash()
        return result

    setattr(owner, name, wrapper)


def _before(owner: Any, name: str, nth: int = 1) -> None:
    """Crash when ``owner.name`` is called for the ``nth`` time, before it runs."""
    original = getattr(owner, name)
    calls = [0]

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == nth:
            crash()
        return original(*args, **kwargs)

    setattr(owner, name, wrapper)


def _after_audit_flushed(event: str) -> None:
    """Crash inside the transaction that appends ``event``: its rows flushed, the commit not reached."""
    from kiosk.store import audit

    original = audit.append

    @functools.wraps(original)
    def append(session, name, terminal_id, data):
        row = original(session, name, terminal_id, data)
        if name == event:
            session.flush()
            crash()
        return row

    audit.append = append


def _nth_call_then_crash(owner: Any, name: str, nth: int) -> None:
    """Crash right after the ``nth`` call of ``owner.name`` returned."""
    calls = [0]

    def when(*args: Any, **kwargs: Any) -> bool:
        calls[0] += 1
        return calls[0] == nth

    _after(owner, name, when)


def arm(point: str) -> None:
    from kiosk.handoff import files
    from kiosk.store import audit
    from kiosk.store.counter import SqlCounterStore
    from kiosk.store.repositories import SqlReceptionStore, SqlStore
    from simulators.card_management import SimulatedCardManagement

    if point == "card-read-audited":
        _after(SqlStore, "audit", lambda self, event, *rest: event == "card.read")
    elif point == "result-flushed":
        original = SqlReceptionStore._write_result

        def write_result(self, session, result, outgoing):
            original(self, session, result, outgoing)
            session.flush()
            crash()

        SqlReceptionStore._write_result = write_result  # type: ignore[method-assign]
    elif point == "result-committed":
        from kiosk.handoff.outbox import ResultOutbox

        _before(ResultOutbox, "deliver")
    elif point == "xml-temp-written":
        _nth_call_then_crash(files, "_write_all", 1)
    elif point == "between-files":
        _before(files, "write_file_atomically", 2)
    elif point == "json-temp-written":
        _nth_call_then_crash(files, "_write_all", 2)
    elif point == "files-written":
        _before(SqlReceptionStore, "mark_delivered")
    elif point == "delivered-flushed":
        _after_audit_flushed(audit.RESULT_DELIVERED)
    elif point == "delivered-committed":
        _after(SqlReceptionStore, "mark_delivered")
    elif point == "claimed":
        _after(SqlCounterStore, "claim")
    elif point == "identity-checked":
        _after(SqlCounterStore, "record_identity_check")
    elif point == "marked-handed-over":
        _after(SimulatedCardManagement, "mark_handed_over")
    elif point == "complete-flushed":
        _after_audit_flushed(audit.COUNTER_HANDED_OVER)
    elif point == "completed":
        _after(SqlCounterStore, "complete")
    elif point != "none":
        raise SystemExit(f"unknown crash point {point!r}")


def fixed_secrets():
    from kiosk.handoff.outbox import OUTBOX_KEY
    from kiosk.secrets import CERT_HASH_KEY, MemorySecretStore

    return MemorySecretStore({OUTBOX_KEY: OUTBOX_KEY_BYTES, CERT_HASH_KEY: CERT_HASH_KEY_BYTES})


def main(argv: list[str]) -> None:
    """``argv``: the crash point, then the command line of ``myna-kiosk``."""
    import app.ports
    from app.cli import main as cli_main

    point, command = argv[0], argv[1:]
    app.ports.secret_store = lambda *, simulator: fixed_secrets()  # type: ignore[assignment]
    arm(point)
    sys.exit(cli_main(command))
