"""Initial schema: receptions, consents, registrations, the audit chain (``kiosk.store.models``).

Self-contained on purpose: later model changes must not rewrite what this migration did. The audit
table gets triggers that refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL): the log is
append-only for the application; ``verify`` catches whoever bypasses them.

Revision ID: 0001
Revises: -
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
WHEN = sa.DateTime(timezone=True)
GENESIS_HASH = "0" * 64

SQLITE_TRIGGERS = [
    f"CREATE TRIGGER audit_events_no_{action.lower()} BEFORE {action} ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END"
    for action in ("UPDATE", "DELETE")
]
POSTGRESQL_TRIGGERS = [
    "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$",
    "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events "
    "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()",
    "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()",
]


def upgrade() -> None:
    op.create_table(
        "reception_sessions",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("file_id", sa.String(64), nullable=True),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("started_at", WHEN, nullable=True),
        sa.Column("ended_at", WHEN, nullable=False),
        sa.Column("method", sa.String(8), nullable=True),
        sa.Column("outcome", sa.String(9), nullable=False),
        sa.Column("failure_code", sa.String(64), nullable=True),
        sa.Column("cert_hash", sa.String(64), nullable=True),
        sa.Column("validity", sa.String(1), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_reception_sessions"),
        sa.UniqueConstraint("file_id", name="uq_reception_sessions_file_id"),
        sa.CheckConstraint("outcome IN ('completed', 'failed')", name="ck_reception_sessions_outcome"),
        sa.CheckConstraint("(outcome = 'completed' AND failure_code IS NULL AND file_id IS NOT NULL)"
                           " OR (outcome = 'failed' AND failure_code IS NOT NULL)",
                           name="ck_reception_sessions_outcome_fields"),
        sa.CheckConstraint("method IN ('face', 'pin', 'staff')", name="ck_reception_sessions_method"),
        sa.CheckConstraint("validity IN ('1', '2', '3', '4', '5')", name="ck_reception_sessions_validity"),
        sa.CheckConstraint("length(cert_hash) = 64", name="ck_reception_sessions_cert_hash"),
    )
    op.create_table(
        "consents",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("session_id", ID, nullable=False),
        sa.Column("item", sa.String(16), nullable=False),
        sa.Column("agreed", sa.Boolean(), nullable=False),
        sa.Column("at", WHEN, nullable=False),
        sa.Column("expires_at", WHEN, nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("method", sa.String(8), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_consents"),
        sa.ForeignKeyConstraint(["session_id"], ["reception_sessions.id"],
                                name="fk_consents_session_id_reception_sessions"),
        sa.UniqueConstraint("session_id", "item", name="uq_consents_session_id"),
        sa.CheckConstraint("item IN ('medication', 'surgery', 'checkup', 'limit')", name="ck_consents_item"),
        sa.CheckConstraint("method IN ('face', 'pin', 'staff')", name="ck_consents_method"),
        sa.CheckConstraint("expires_at > at", name="ck_consents_expiry"),
    )
    op.create_index("ix_consents_session_id", "consents", ["session_id"])
    op.create_table(
        "registrations",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("session_id", ID, nullable=False),
        sa.Column("cert_hash", sa.String(64), nullable=False),
        sa.Column("registered_at", WHEN, nullable=False),
        sa.Column("idempotency_key", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_registrations"),
        sa.ForeignKeyConstraint(["session_id"], ["reception_sessions.id"],
                                name="fk_registrations_session_id_reception_sessions"),
        sa.UniqueConstraint("session_id", name="uq_registrations_session_id"),
        sa.UniqueConstraint("idempotency_key", name="uq_registrations_idempotency_key"),
        sa.CheckConstraint("length(cert_hash) = 64", name="ck_registrations_cert_hash"),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("at", WHEN, nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("event", sa.String(64), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_events"),
        sa.UniqueConstraint("hash", name="uq_audit_events_hash"),
    )
    head = op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("last_id", sa.BigInteger(), nullable=True),
        sa.Column("last_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_chain_head"),
        sa.CheckConstraint("id = 1", name="ck_audit_chain_head_single_row"),
    )
    op.bulk_insert(head, [{"id": 1, "last_id": None, "last_hash": GENESIS_HASH}])
    dialect = op.get_bind().dialect.name
    for statement in POSTGRESQL_TRIGGERS if dialect == "postgresql" else SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    for table in ("audit_chain_head", "audit_events", "registrations", "consents", "reception_sessions"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION audit_events_append_only()")
