"""The audit events that close a visit to the registration support desk, one per visit: written by
:func:`kiosk.registration.effects.outcome_event`, counted by the monthly dashboard
(``kiosk.store.monthly``). The event's ``terminal_id`` is the desk."""

from __future__ import annotations

REGISTERED = "registration_desk.registered"  # 初回登録 made
ALREADY_REGISTERED = "registration_desk.already_registered"  # the card was registered before
DECLINED = "registration_desk.declined"  # the resident chose 申し込まない
FAILED = "registration_desk.failed"  # the visit ended without an answer (card, PIN, service, cancel)

#: Every outcome, in the dashboard's order.
OUTCOME_EVENTS = (REGISTERED, ALREADY_REGISTERED, DECLINED, FAILED)
