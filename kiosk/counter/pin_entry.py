"""The resident's PIN dialogue on the privacy keypad (issue 5 §4), no Qt.

For each PIN the counter needs: type it, type it again; an entry that breaks a rule (or a second
entry that differs) is refused on a screen of its own, which says why, before the keypad comes
back (issue 16 §3: the explanation never has to share a 1024×768 screen with the keypad); a
guessable choice gets a warning the resident may accept or replace; after the first 4-digit PIN
the resident may use the same digits for the other two (B3). The collector holds the values only
until :meth:`PinCollector.choices` hands them to the one write to the card.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from kiosk.counter.pin_rules import (
    FOUR_DIGIT_KINDS,
    PinChoices,
    PinKind,
    PinRequirements,
    PinRuleError,
    PinWarning,
    choose_pins,
    confirm,
    validate,
    warnings_for,
)


class Step(Enum):
    FIRST = "first"  # 1回目
    SECOND = "second"  # 確認のため もう一度
    REFUSED = "refused"  # this entry breaks a rule (``error_code``): もう一度 入力する
    WARNED = "warned"  # 当てられやすい番号: このまま / 変える
    SAME_DIGITS = "same-digits"  # 残りの 4けたも 同じにしますか
    COMPLETE = "complete"


@dataclass
class PinCollector:
    """Collects the PINs of ``needed`` one entry at a time."""

    needed: PinRequirements
    birth_date: date | None = None
    kind_index: int = 0
    step: Step = Step.FIRST
    error_code: str = ""
    warnings: tuple[PinWarning, ...] = ()
    _first: str = field(default="", repr=False)
    _values: dict[PinKind, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not self.needed.kinds:
            self.step = Step.COMPLETE

    @property
    def kind(self) -> PinKind | None:
        kinds = self.needed.kinds
        return kinds[self.kind_index] if self.kind_index < len(kinds) else None

    @property
    def digits_only(self) -> bool:
        return self.kind is not PinKind.SIGN

    def enter(self, text: str) -> None:
        """One typed entry (first or second); ignored when no entry is asked for."""
        kind = self.kind
        if kind is None or self.step not in (Step.FIRST, Step.SECOND):
            return
        self.error_code = ""
        try:
            if self.step is Step.FIRST:
                self._first = validate(kind, text)
                self.step = Step.SECOND
            else:
                value = confirm(kind, self._first, text)
                self.warnings = warnings_for(kind, value, self.birth_date)
                self._first = value
                self.step = Step.WARNED if self.warnings else self._accept(kind)
        except PinRuleError as error:
            self.error_code = error.code
            self._first = ""
            self.step = Step.REFUSED

    def keep_warned(self) -> None:
        """The resident keeps the PIN despite the warning."""
        kind = self.kind
        if self.step is Step.WARNED and kind is not None:
            self.step = self._accept(kind)

    def choose_again(self) -> None:
        """The resident types another PIN from the first entry: after a warning (instead of the
        warned one) or after a refused entry."""
        if self.step in (Step.WARNED, Step.REFUSED):
            self._first, self.warnings, self.error_code, self.step = "", (), "", Step.FIRST

    def same_digits(self, use: bool) -> None:
        """After the first 4-digit PIN: use it for the other two as well (B3), or type each."""
        if self.step is not Step.SAME_DIGITS:
            return
        if use:
            for kind in FOUR_DIGIT_KINDS:
                self._values[kind] = self._values[PinKind.AUTH]
            self.kind_index = len(self.needed.kinds)
            self.step = Step.COMPLETE
        else:
            self.kind_index += 1
            self.step = Step.FIRST

    def _accept(self, kind: PinKind) -> Step:
        self._values[kind] = self._first
        self._first, self.warnings = "", ()
        if kind is PinKind.AUTH and set(FOUR_DIGIT_KINDS) <= set(self.needed.kinds):
            return Step.SAME_DIGITS
        self.kind_index += 1
        return Step.COMPLETE if self.kind is None else Step.FIRST

    def choices(self) -> PinChoices:
        """The validated PINs; the collector forgets them."""
        values, self._values = self._values, {}
        return choose_pins(self.needed, sign=values.get(PinKind.SIGN), auth=values.get(PinKind.AUTH),
                           juki=values.get(PinKind.JUKI), kenhojo=values.get(PinKind.KENHOJO))
