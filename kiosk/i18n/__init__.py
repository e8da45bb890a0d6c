"""Resident-facing text in six languages (issue 6 §3).

Texts are Japanese source strings keyed by a stable message id (:mod:`kiosk.i18n.message`);
translations are Qt ``.ts`` files under ``assets/i18n`` built to ``.qm`` by the set-up, looked up
by the UI with the id as the Qt *context* and the Japanese text as the source.
"""
