"""Every error code has resident text in plain Japanese with no hex or English jargon."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import kiosk
from kiosk.card.errors import PinMismatchError
from kiosk.errors import all_error_classes
from kiosk.messages import MESSAGES, SAME_AS, message_for

# Import every kiosk module so that every KioskError subclass is registered.
for _module in pkgutil.walk_packages(kiosk.__path__, "kiosk."):
    importlib.import_module(_module.name)


@pytest.mark.parametrize("error_class", all_error_classes(), ids=lambda c: c.code)
def test_every_code_has_japanese_text(error_class):
    text = MESSAGES[SAME_AS.get(error_class.code, error_class.code)]
    assert re.search(r"[ぁ-んァ-ン一-龥]", text)
    assert not re.search(r"\b[0-9A-F]{4}\b|Error|Exception|SW", text)
    assert text.rstrip().endswith(("。", "い。"))


def test_codes_are_unique():
    codes = [c.code for c in all_error_classes()]
    assert len(codes) == len(set(codes))


def test_wrong_pin_message_names_the_remaining_tries():
    assert "あと 2 回" in message_for(PinMismatchError(2))
