"""Every catalog of resident-facing messages, for the checks that each has all six languages and a
spoken prompt (issue 6 §5). A new catalog is added here (and to ``I18N_SOURCES`` in the Makefile)."""

from __future__ import annotations

from kiosk.application.photo import PROMPTS as PHOTO_PROMPTS
from kiosk.application.texts import INTAKE_TEXTS
from kiosk.counter.texts import COUNTER_TEXTS
from kiosk.face.quality import PROMPTS
from kiosk.i18n.controls import CONTROLS
from kiosk.i18n.message import Message
from kiosk.messages import MESSAGES
from kiosk.reception.texts import TEXTS

CATALOGS: dict[str, dict[str, str]] = {"reception": TEXTS, "errors": MESSAGES, "counter": COUNTER_TEXTS,
                                       "face": PROMPTS, "controls": CONTROLS, "application": INTAKE_TEXTS,
                                       "application photo": PHOTO_PROMPTS}
SAMPLE_VALUES = {"tries": 2, "desk": "DESK-01", "until": "10:30", "set": "1", "missing": "2", "typed": 3,
                 "low": 6, "high": 16}


def all_messages() -> list[Message]:
    """Every resident message, with sample values in its placeholders."""
    return [Message(message_id, source, SAMPLE_VALUES) for catalog in CATALOGS.values()
            for message_id, source in catalog.items()]
