"""``myna-kiosk audit verify``: check the audit hash chain (product.md "Lines we never cross" 6)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine, inspect

from kiosk.store.db import database_url, make_engine
from kiosk.store.repositories import SqlReceptionStore
from kiosk.store.retry import DEFAULT_POLICY, retrying


def verify_audit_cli(url: str | None = None, *, expected_head: str | None = None, as_json: bool = False) -> int:
    """Verify the chain at ``url`` (default: see ``kiosk.store.db.database_url``) and print one line
    (or, ``as_json``, one JSON object: ``ok``, ``events``, ``head_hash``, ``first_bad_id``, ``problem``,
    ``database``). ``expected_head``: a head hash kept from an earlier run that must still be there.

    Never creates or migrates a database: a wrong URL must not look like an empty, valid log.

    :returns: 0 when the chain is intact; 1 when it is broken or missing.
    :raises StoreError: the database cannot be read.
    """
    engine = make_engine(database_url(url))
    where = engine.url.render_as_string(hide_password=True)
    store = SqlReceptionStore(engine)
    try:
        if not _has_log(engine):
            _say(as_json, f"audit: no audit log at {where}", ok=False, events=0, head_hash=None, first_bad_id=None,
                 problem="no audit log", database=where)
            return 1
        report = store.verify_audit(expected_head)
    finally:
        store.close()
    if report.ok:
        _say(as_json, f"audit ok: {report.events} events intact at {where}; head {report.head_hash} "
             "(keep it: `audit verify --head` checks it later)", ok=True, events=report.events,
             head_hash=report.head_hash, first_bad_id=None, problem=None, database=where)
        return 0
    _say(as_json, f"audit BROKEN at event {report.first_bad_id}: {report.problem} ({report.events} events at {where})",
         ok=False, events=report.events, head_hash=None, first_bad_id=report.first_bad_id, problem=report.problem,
         database=where)
    return 1


def _say(as_json: bool, line: str, **fields: object) -> None:
    print(json.dumps(fields, ensure_ascii=False, indent=2) if as_json else line)


def _has_log(engine: Engine) -> bool:
    if engine.dialect.name == "sqlite" and not Path(engine.url.database or "").is_file():
        return False  # connecting would create an empty file
    return retrying(DEFAULT_POLICY, lambda: inspect(engine).has_table("audit_chain_head"))
