"""The municipal counter desk (issue 5): Qt views of plain counter data (``kiosk.counter``).

* :mod:`ui.counter.staff_console` — the staff's screen of a desk (its pages in
  :mod:`ui.counter.login_page`, :mod:`ui.counter.lookup_page`, :mod:`ui.counter.work_page`);
* :mod:`ui.counter.resident_screen` — the resident's screen of a desk (PIN choice, keypads);
* :mod:`ui.counter.stats_window` — the supervisor's day statistics, chart, table and CSV export;
* :mod:`ui.counter.printing` — the handover receipt and the take-home slip, on paper or as PDF.
"""
