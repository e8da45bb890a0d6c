"""The registration support desk's windows (issue 17 §3): the staff console
(:mod:`ui.registration.staff_console`) and the resident's screen (the counter's
:class:`~ui.counter.resident_screen.ResidentScreen` with this desk's rules)."""
