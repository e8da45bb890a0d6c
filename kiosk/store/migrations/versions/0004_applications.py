"""The handover queue imported from the municipality's own system (issue 17 §1;
``kiosk.store.applications``, ``kiosk.store.models.ApplicationRow``).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "applications",
        sa.Column("application_id", sa.String(28), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("name_kana", sa.String(100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("address", sa.String(200), nullable=False),
        sa.Column("sex", sa.String(1), nullable=False),
        sa.Column("face_card", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(11), nullable=False),
        sa.Column("desk_id", sa.String(64), nullable=True),
        sa.Column("imported_at", WHEN, nullable=False),
        sa.Column("source_digest", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("application_id", name="pk_applications"),
        sa.CheckConstraint("status IN ('applied', 'card-ready', 'handed-over', 'returned')",
                           name="ck_applications_status"),
        sa.CheckConstraint("(status IN ('applied', 'card-ready') AND desk_id IS NULL)"
                           " OR (status IN ('handed-over', 'returned') AND desk_id IS NOT NULL)",
                           name="ck_applications_desk"),
        sa.CheckConstraint("sex IN ('1', '2', '9')", name="ck_applications_sex"),
        sa.CheckConstraint("length(application_id) = 28", name="ck_applications_application_id"),
        sa.CheckConstraint("length(source_digest) = 64", name="ck_applications_source_digest"),
    )
    op.create_index("ix_applications_status", "applications", ["status"])


def downgrade() -> None:
    op.drop_index("ix_applications_status", table_name="applications")
    op.drop_table("applications")
