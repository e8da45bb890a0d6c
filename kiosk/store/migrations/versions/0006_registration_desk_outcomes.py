"""The monthly dashboard's registration support desk block (docs/monthly-dashboard.md "Registration
support desk"): an index to count a month's audit events by name (``kiosk.store.monthly``).

- ``ix_audit_events_event_at`` on ``(event, at, terminal_id)``: the month's events of the four
  ``registration_desk.*`` outcome names are four ranges of it, and the count per desk (the terminal)
  reads the index alone (PostgreSQL: an index-only scan). Without it the query reads the whole
  audit chain, which grows by every event of every desk.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_events_event_at", "audit_events", ["event", "at", "terminal_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_events_event_at", table_name="audit_events")
