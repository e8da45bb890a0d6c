"""The on-screen PIN keypad (residents' 暗証番号 and the staff PIN).

Digits typed are never shown, spoken or logged: the keypad shows one dot per digit, and the
buffer is handed to ``on_submit`` once, on an explicit 確定, then cleared (design line 3). A USB
numeric keypad works too (digits, Backspace, Escape, Enter).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.i18n.controls import control_text
from ui.widgets import WrapButton

DOT = 40
KEY_PADDING = 10  # a key's 3 px border each side, and air: keys have no padding
DOT_GAP = 22


class CharacterKey(QPushButton):
    """A key with one character on it."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.message = text  # as given: a window in another language re-translates it
        self.setAccessibleName(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        self.setAccessibleName(text)  # a screen reader says the key as it reads


class WordKey(WrapButton):
    """A key with words on it (全部消す, 確定), which wrap and take furigana."""

    def __init__(self, text: str) -> None:
        super().__init__(text, padding=KEY_PADDING, line_padding=KEY_PADDING)
        self.message = text  # as given: a window in another language re-translates it


def make_key(text: str, object_name: str, slot: Callable[[], None]) -> CharacterKey | WordKey:
    """A keypad key: a character is a plain key; words (全部消す, 確定) wrap and take furigana."""
    key = CharacterKey(text) if len(text) == 1 else WordKey(text)
    key.setObjectName(object_name)
    key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    key.clicked.connect(lambda _=False: slot())
    return key


class MaskedDots(QWidget):
    """One filled circle per digit typed, empty circles for the digits still expected."""

    def __init__(self, slots: int) -> None:
        super().__init__()
        self.slots = slots
        self.filled = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(DOT + 8)
        self.setAccessibleName(f"0/{slots}")

    def set_filled(self, filled: int) -> None:
        """Fill the first ``filled`` circles (a screen reader hears how many: 「2/4」, never which)."""
        self.filled = filled
        self.setAccessibleName(f"{filled}/{self.slots}")
        self.updateGeometry()
        self.update()

    def count(self) -> int:
        """How many circles are drawn: the digits expected, or more if more were typed."""
        return max(self.slots, self.filled)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.count() * (DOT + DOT_GAP), DOT + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 — 16 characters typed: the gaps narrow
        return QSize(self.count() * (DOT + DOT_GAP // 4), DOT + 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        count = self.count()
        gap = min(DOT_GAP, (self.width() - count * DOT) / max(count - 1, 1))
        left = (self.width() - count * DOT - (count - 1) * gap) / 2
        colour = self.palette().color(QPalette.ColorRole.WindowText)  # the style sheet's text colour
        painter.setPen(QPen(colour, 4))
        for i in range(count):
            painter.setBrush(colour if i < self.filled else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(left + i * (DOT + gap), 4, DOT, DOT))


class MaskedEntry:
    """The secret a keypad collects: characters in, masked dots out, the text only on 確定 (then
    forgotten). A keypad calls :meth:`_start_entry` and implements ``_refresh()`` (redraw)."""

    def _start_entry(self, on_submit: Callable[[str], None], min_length: int, max_length: int) -> None:
        self._on_submit = on_submit
        self._bounds = (min_length, max_length)
        self._typed: list[str] = []
        self.dots = MaskedDots(min_length)

    @property
    def full(self) -> bool:
        """No more characters fit."""
        return len(self._typed) >= self._bounds[1]

    @property
    def complete(self) -> bool:
        """Enough characters for 確定."""
        return self._bounds[0] <= len(self._typed) <= self._bounds[1]

    @property
    def length(self) -> int:
        """How many characters are typed (they never leave this object but by 確定)."""
        return len(self._typed)

    def press(self, character: str) -> None:
        """Type ``character`` (ignored when full)."""
        if len(self._typed) < self._bounds[1]:
            self._typed.append(character)
            self._refresh()

    def backspace(self) -> None:
        """Forget the last character typed."""
        if self._typed:
            self._typed.pop()
            self._refresh()

    def clear(self) -> None:
        """Forget everything typed."""
        self._typed.clear()
        self._refresh()

    def submit(self) -> None:
        """Hand the text to ``on_submit`` and forget it (nothing happens until it is complete)."""
        if not self.complete:
            return
        text = "".join(self._typed)
        self.clear()
        self._on_submit(text)

    def _refresh(self) -> None:
        raise NotImplementedError


class PinKeypad(MaskedEntry, QWidget):
    """Keys 1–9, 0, 「1つ消す」, 「全部消す」 and a separate, wide 「確定」.

    :param on_submit: receives the PIN on 確定 (only with ``min_digits``–``max_digits`` digits).
    """

    def __init__(self, on_submit: Callable[[str], None], *, min_digits: int = 4, max_digits: int = 4) -> None:
        super().__init__()
        self._start_entry(on_submit, min_digits, max_digits)
        self.digit_keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        # 4 px between 15 mm keys: beside the inactivity warning at the largest text with furigana
        # the keypad is what runs out of height on a 1280×800 screen (issue 16 §3).
        grid.setSpacing(4)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._digit_key(digit), index // 3, index % 3)
        self.clear_key = make_key(control_text("key.clear"), "keySmall", self.clear)
        self.backspace_key = make_key(control_text("key.backspace"), "keySmall", self.backspace)
        grid.addWidget(self.clear_key, 3, 0)
        grid.addWidget(self._digit_key("0"), 3, 1)
        grid.addWidget(self.backspace_key, 3, 2)
        self.submit_key = make_key(control_text("key.submit"), "key", self.submit)
        self.submit_key.setProperty("primary", True)
        grid.addWidget(self.submit_key, 4, 0, 1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.dots)
        layout.addLayout(grid)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._refresh()

    def _digit_key(self, digit: str) -> QPushButton:
        self.digit_keys[digit] = make_key(digit, "key", lambda: self.press(digit))
        return self.digit_keys[digit]

    def _refresh(self) -> None:
        typed = len(self._typed)
        self.dots.set_filled(typed)
        for key in self.digit_keys.values():
            key.setEnabled(not self.full)
        self.submit_key.setEnabled(self.complete)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key, text = event.key(), event.text()
        if text.isdigit() and len(text) == 1 and text.isascii():
            self.press(text)
        elif key == Qt.Key.Key_Backspace:
            self.backspace()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Delete):
            self.clear()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)
