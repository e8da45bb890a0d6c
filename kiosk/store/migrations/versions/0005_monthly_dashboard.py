"""The monthly dashboard (issue 17 §4; docs/monthly-dashboard.md): the issuance dates the imported
queue may carry, and the indexes the month's queries use (``kiosk.store.monthly``).

- ``applications.received_on`` (交付申請受付日), ``preissuance_set_on`` (交付前設定日) and
  ``notice_sent_on`` (交付通知書送付日): dates from the municipality's export
  (docs/applications-import.md), NULL when a file did not give them. Each has an index: a month's
  count (①②③ of seed 004) and the count up to a month's end are range scans of one index.
- ``ix_handovers_completed_month``: completed handovers by end time, with the desk, the
  registration flag, the card kind and the 申請書ID in the key, so a month's handovers per desk and
  the join to the queue for the age bands read the index alone (PostgreSQL: an index-only scan).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

DATES = ("received_on", "preissuance_set_on", "notice_sent_on")
COMPLETED = "state = 'completed'"


def upgrade() -> None:
    for name in DATES:  # nullable: a plain ALTER TABLE on SQLite and PostgreSQL alike
        op.add_column("applications", sa.Column(name, sa.Date(), nullable=True))
        op.create_index(f"ix_applications_{name}", "applications", [name])
    op.create_index("ix_handovers_completed_month", "handovers",
                    ["ended_at", "desk_id", "registered", "card_kind", "application_id"],
                    sqlite_where=sa.text(COMPLETED), postgresql_where=sa.text(COMPLETED))


def downgrade() -> None:
    op.drop_index("ix_handovers_completed_month", table_name="handovers")
    for name in DATES:
        op.drop_index(f"ix_applications_{name}", table_name="applications")
    for name in reversed(DATES):  # SQLite 3.35+ drops an unindexed column in place
        op.drop_column("applications", name)
