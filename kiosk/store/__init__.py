"""Durable reception records and the audit hash chain (product.md "Lines we never cross" 5–7):
SQLAlchemy on a SQLite file by default or on PostgreSQL, schema by Alembic migrations at open.

``kiosk.store.db.open_store(url)`` gives the :class:`~kiosk.reception.ports.ReceptionStore`;
``kiosk.store.counter.open_counter_store(url)`` the municipal counter's handovers, statistics and
staff accounts (``kiosk.store.staff``) on the same database;
``kiosk.store.cli.verify_audit_cli`` backs ``myna-kiosk audit verify``.
"""
