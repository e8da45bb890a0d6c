"""The result outbox (issue 13 §2): a completed visit's result documents, stored in the visit's
own transaction and kept until they are delivered to the clinic share (``kiosk.store.models``).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
WHEN = sa.DateTime(timezone=True)
PENDING = "delivered_at IS NULL"


def upgrade() -> None:
    op.create_table(
        "result_outbox",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("file_id", sa.String(64), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("delivered_at", WHEN, nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(64), nullable=True),
        sa.Column("xml", sa.LargeBinary(), nullable=True),
        sa.Column("json", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_result_outbox"),
        sa.ForeignKeyConstraint(["file_id"], ["reception_sessions.file_id"],
                                name="fk_result_outbox_file_id_reception_sessions"),
        sa.UniqueConstraint("file_id", name="uq_result_outbox_file_id"),
        sa.CheckConstraint("(delivered_at IS NULL AND xml IS NOT NULL AND json IS NOT NULL)"
                           " OR (delivered_at IS NOT NULL AND xml IS NULL AND json IS NULL)",
                           name="ck_result_outbox_documents"),
    )
    op.create_index("ix_result_outbox_pending", "result_outbox", ["id"],
                    sqlite_where=sa.text(PENDING), postgresql_where=sa.text(PENDING))


def downgrade() -> None:
    op.drop_index("ix_result_outbox_pending", table_name="result_outbox")
    op.drop_table("result_outbox")
