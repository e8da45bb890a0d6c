"""Staff entry of 照合番号B on the staff check (issue 14 §3): the card-face fields as printed — 生年月日
(元号, 年, 月, 日), the year of 「…まで有効」 and the security code under the photo — typed on a touch
screen with their own digit pad. The form only collects; the flow checks and sends.

Staff words, so in Japanese whatever the resident's language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.card.collation import ERAS
from kiosk.card_face.entry import CollationEntry

# (key, label before, digits, label after)
FIELDS = (("year", "", 2, "年"), ("month", "", 2, "月"), ("day", "", 2, "日"),
          ("expiry_year", "有効期限", 4, "年"), ("security_code", "セキュリティコード", 4, ""))
READ = "この番号で 写真を 読む"


class CollationForm(QWidget):
    """Era buttons, five digit fields (tap one to type into it; full fields move on) and a pad."""

    def __init__(self, on_entry: Callable[[CollationEntry], None]) -> None:
        super().__init__()
        self.setObjectName("collationForm")
        self.on_entry = on_entry
        self.title = QLabel("券面の 数字で 写真を 読む（1回だけ）")
        self._digits = {key: digits for key, _, digits, _ in FIELDS}
        self.eras = QButtonGroup(self)
        era_row = QHBoxLayout()
        for _, name in ERAS:
            button = self._button(name, checkable=True)
            button.setAccessibleName(f"元号 {name}")
            self.eras.addButton(button)
            era_row.addWidget(button)
        self.eras.buttonClicked.connect(lambda _: self._show())
        self.fields: dict[str, QPushButton] = {}
        self.values: dict[str, str] = {}
        self.current = "year"
        group = QButtonGroup(self)
        birth, rest = QHBoxLayout(), QHBoxLayout()
        for key, before, _, after in FIELDS:
            row = birth if key in ("year", "month", "day") else rest
            if before:
                row.addWidget(QLabel(before))
            field = self._button("", checkable=True)
            field.setObjectName("collationField")
            field.setProperty("digits", self._digits[key])
            field.setAccessibleName(f"{before or '生年月日の'}{after} の 入力欄")
            field.clicked.connect(lambda _=False, k=key: self._focus(k))
            group.addButton(field)
            self.fields[key] = field
            row.addWidget(field)
            if after:
                row.addWidget(QLabel(after))
        pad = QGridLayout()
        for index, digit in enumerate("1234567890"):
            digit_key = self._button(digit)
            digit_key.clicked.connect(lambda _=False, d=digit: self.type(d))
            pad.addWidget(digit_key, index // 5, index % 5)
        erase = self._button("1つ消す")
        erase.clicked.connect(self.erase)
        self.read = self._button(READ)
        self.read.setProperty("primary", True)
        self.read.clicked.connect(self.submit)
        actions = QHBoxLayout()
        actions.addWidget(erase)
        actions.addWidget(self.read, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        birth.insertWidget(0, QLabel("生年月日"))
        for part in (era_row, birth, rest, pad, actions):
            layout.addLayout(part)
        self.clear()

    @staticmethod
    def _button(text: str, *, checkable: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(checkable)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def clear(self) -> None:
        """Empty every field (a new resident, or the page left)."""
        self.values = {key: "" for key in self.fields}
        checked = self.eras.checkedButton()
        if checked is not None:
            self.eras.setExclusive(False)
            checked.setChecked(False)
            self.eras.setExclusive(True)
        self._focus("year")
        self._show()

    def _focus(self, key: str) -> None:
        self.current = key
        self.fields[key].setChecked(True)

    def type(self, digit: str) -> None:
        """Add ``digit`` to the current field; a full field moves on to the next."""
        value = self.values[self.current]
        if len(value) < self._digits[self.current]:
            self.values[self.current] = value + digit
        keys = list(self.fields)
        if len(self.values[self.current]) == self._digits[self.current] and self.current != keys[-1]:
            self._focus(keys[keys.index(self.current) + 1])
        self._show()

    def erase(self) -> None:
        """Take back the current field's last digit (or the previous field's, when it is empty)."""
        keys = list(self.fields)
        if not self.values[self.current] and self.current != keys[0]:
            self._focus(keys[keys.index(self.current) - 1])
        self.values[self.current] = self.values[self.current][:-1]
        self._show()

    def _show(self) -> None:
        for key, field in self.fields.items():
            field.setText(self.values[key].rjust(self._digits[key], "_"))
        self.read.setEnabled(self.eras.checkedButton() is not None
                             and all(len(self.values[k]) == self._digits[k] for k in ("expiry_year", "security_code"))
                             and all(self.values[k] for k in ("year", "month", "day")))

    def submit(self) -> None:
        """Hand the fields to ``on_entry`` (the flow checks them) and forget them here."""
        era = self.eras.checkedButton()
        if era is None:
            return
        v = self.values
        entry = CollationEntry(era.text(), int(v["year"] or 0), int(v["month"] or 0), int(v["day"] or 0),
                               int(v["expiry_year"] or 0), v["security_code"])
        self.clear()
        self.on_entry(entry)
