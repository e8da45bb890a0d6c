"""Alembic environment of the reception store. Run through ``kiosk.store.db.migrate``, which passes
an open connection inside a transaction (and holds the migration lock on PostgreSQL)."""

from __future__ import annotations

from alembic import context

from kiosk.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through kiosk.store.db.migrate(engine)")
context.configure(connection=connection, target_metadata=Base.metadata)
with context.begin_transaction():
    context.run_migrations()
