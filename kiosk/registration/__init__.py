"""The registration support desk (issue 17 §3; seed 003 §4 (3)): a resident who already holds a
card registers it as their health-insurance card (健康保険証利用の申込, 初回登録) at a municipal
desk, helped by staff — the 後期高齢者医療 desk, or a venue that hands out cards.

* :mod:`kiosk.registration.table` — the states, events and transition table, as data;
* :mod:`kiosk.registration.machine` — the flow and its context;
* :mod:`kiosk.registration.effects` — the card, the face check, the eligibility service, the audit;
* :mod:`kiosk.registration.view` — the staff console's and the resident screen's view models;
* :mod:`kiosk.registration.slip` — the take-home slip.

The 利用申込 itself (PIN or face proof, then :func:`kiosk.services.registration.register_card`) is the
one the counter makes after a handover; the resident texts live with the counter's
(``kiosk.counter.texts``, ``counter.support.*``).
"""
