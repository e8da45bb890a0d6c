"""``myna-kiosk audit verify``: check the audit hash chain (product.md "Lines we never cross" 6)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect

from kiosk.store.db import database_url, make_engine
from kiosk.store.errors import StoreError
from kiosk.store.repositories import SqlReceptionStore
from kiosk.store.retry import DEFAULT_POLICY, retrying


def verify_audit_cli(url: str | None = None) -> int:
    """Verify the chain at ``url`` (default: see ``kiosk.store.db.database_url``) and print one line.

    Never creates or migrates a database: a wrong URL must not look like an empty, valid log.

    :returns: 0 when the chain is intact; 1 when it is broken, missing or cannot be read.
    """
    engine = make_engine(database_url(url))
    where = engine.url.render_as_string(hide_password=True)
    store = SqlReceptionStore(engine)
    try:
        if not _has_log(engine):
            print(f"audit: no audit log at {where}")
            return 1
        report = store.verify_audit()
    except StoreError as exc:
        print(f"audit: cannot read {where} ({exc.code}: {exc.detail})")
        return 1
    finally:
        store.close()
    if report.ok:
        print(f"audit ok: {report.events} events intact at {where}")
        return 0
    print(f"audit BROKEN at event {report.first_bad_id}: {report.problem}"
          f" ({report.events} events at {where})")
    return 1


def _has_log(engine: Engine) -> bool:
    if engine.dialect.name == "sqlite" and not Path(engine.url.database or "").is_file():
        return False  # connecting would create an empty file
    return retrying(DEFAULT_POLICY, lambda: inspect(engine).has_table("audit_chain_head"))
