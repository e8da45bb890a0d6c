"""照合番号B typed by staff from the card face (issue 14 §3): for worn cards and failed scans.

The fields are the ones printed on the card — 生年月日 in its era form, the year of 「…まで有効」
and the 4-digit security code under the photo — and pass the same kind of checks as a scan
before anything reaches the card: the card's retry limit for 照合番号B is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.card.collation import collation_number_b, from_era
from kiosk.errors import KioskError

LONGEST_VALIDITY = 10  # years: an adult's card runs to the 10th birthday after issue


class CollationEntryError(KioskError):
    """What staff typed cannot be the card's 照合番号B; ``problem`` names the field."""

    code = "COLLATION_ENTRY_INVALID"

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(detail or problem)
        self.problem = problem


@dataclass(frozen=True)
class CollationEntry:
    """The card-face fields as staff read them."""

    era: str
    year: int
    month: int
    day: int
    expiry_year: int
    security_code: str

    def number(self, today: date) -> str:
        """照合番号B, after the checks.

        :raises CollationEntryError: ``birth_date`` (no such era date, or not yet born),
            ``expiry_year`` (before the birth year, already past, or further than a card runs),
            ``security_code`` (not four ASCII digits).
        """
        try:
            birth = from_era(self.era, self.year, self.month, self.day)
        except ValueError as exc:
            raise CollationEntryError("birth_date", str(exc)) from exc
        if birth > today:
            raise CollationEntryError("birth_date", "born after today")
        if not (birth.year < self.expiry_year and today.year <= self.expiry_year <= today.year + LONGEST_VALIDITY):
            raise CollationEntryError("expiry_year")
        if not (len(self.security_code) == 4 and self.security_code.isascii() and self.security_code.isdigit()):
            raise CollationEntryError("security_code")
        return collation_number_b(birth, self.expiry_year, self.security_code)
