"""The municipal counter: staff accounts, handovers (交付), identity decisions (``kiosk.store.models``).

Self-contained like 0001. The rule "one open or completed handover per application, across every
desk" is a unique partial index, which SQLite (3.8+) and PostgreSQL both enforce.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
WHEN = sa.DateTime(timezone=True)
LIVE_HANDOVER = "state IN ('open', 'completed')"
OPEN = "state = 'open'"


def upgrade() -> None:
    op.create_table(
        "staff",
        sa.Column("staff_id", sa.String(32), nullable=False),
        sa.Column("label", sa.String(64), nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("credential", sa.String(160), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", WHEN, nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("staff_id", name="pk_staff"),
        sa.CheckConstraint("role IN ('counter', 'supervisor')", name="ck_staff_role"),
        sa.CheckConstraint("failed_logins >= 0", name="ck_staff_failed_logins"),
    )
    op.create_table(
        "handovers",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("application_id", sa.String(28), nullable=False),
        sa.Column("desk_id", sa.String(64), nullable=False),
        sa.Column("staff_id", sa.String(32), nullable=False),
        sa.Column("state", sa.String(9), nullable=False),
        sa.Column("claimed_at", WHEN, nullable=False),
        sa.Column("ended_at", WHEN, nullable=True),
        sa.Column("card_kind", sa.String(9), nullable=True),
        sa.Column("codes_set", sa.String(64), nullable=False),
        sa.Column("registered", sa.Boolean(), nullable=True),
        sa.Column("failure_code", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_handovers"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.staff_id"], name="fk_handovers_staff_id_staff"),
        sa.CheckConstraint("state IN ('open', 'completed', 'failed')", name="ck_handovers_state"),
        sa.CheckConstraint(
            "(state = 'open' AND ended_at IS NULL AND card_kind IS NULL AND registered IS NULL"
            " AND failure_code IS NULL)"
            " OR (state = 'completed' AND ended_at IS NOT NULL AND card_kind IS NOT NULL"
            " AND registered IS NOT NULL AND failure_code IS NULL)"
            " OR (state = 'failed' AND ended_at IS NOT NULL AND card_kind IS NULL AND registered IS NULL"
            " AND failure_code IS NOT NULL)", name="ck_handovers_outcome_fields"),
        sa.CheckConstraint("card_kind IN ('standard', 'face_auth')", name="ck_handovers_card_kind"),
        sa.CheckConstraint("card_kind IS NULL OR card_kind = 'standard' OR codes_set = ''",
                           name="ck_handovers_face_auth_codes"),
        sa.CheckConstraint("length(application_id) = 28", name="ck_handovers_application_id"),
    )
    op.create_index("ix_handovers_live_application", "handovers", ["application_id"], unique=True,
                    sqlite_where=sa.text(LIVE_HANDOVER), postgresql_where=sa.text(LIVE_HANDOVER))
    op.create_index("ix_handovers_ended_at", "handovers", ["ended_at"])
    op.create_index("ix_handovers_open_claimed_at", "handovers", ["claimed_at"],
                    sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN))
    op.create_table(
        "identity_checks",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("handover_id", ID, nullable=False),
        sa.Column("documents", sa.String(160), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("decision", sa.String(9), nullable=False),
        sa.Column("staff_id", sa.String(32), nullable=False),
        sa.Column("decided_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_identity_checks"),
        sa.ForeignKeyConstraint(["handover_id"], ["handovers.id"],
                                name="fk_identity_checks_handover_id_handovers"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.staff_id"], name="fk_identity_checks_staff_id_staff"),
        sa.UniqueConstraint("handover_id", name="uq_identity_checks_handover_id"),
        sa.CheckConstraint("decision IN ('confirmed', 'refused')", name="ck_identity_checks_decision"),
        sa.CheckConstraint("score IS NULL OR (score >= 0 AND score <= 1)", name="ck_identity_checks_score"),
    )


def downgrade() -> None:
    op.drop_table("identity_checks")
    for index in ("ix_handovers_open_claimed_at", "ix_handovers_ended_at", "ix_handovers_live_application"):
        op.drop_index(index, table_name="handovers")
    op.drop_table("handovers")
    op.drop_table("staff")
