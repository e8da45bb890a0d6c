"""Rules for the PINs a resident chooses at 交付 (spec B3; design "The counter visit").

| kind | format | who |
| --- | --- | --- |
| 署名用 パスワード | 6–16 of A–Z, 0–9; a letter and a digit at least | 15 and over, not a face card |
| 利用者証明用 / 住基用 / 券面事項入力補助用 | 4 digits, may be the same | all but a face card |

* Input is normalised as clients do: NFKC (full-width ``１２３４`` becomes ``1234``) and, for the
  signing password, upper case.
* Each PIN is typed twice (:func:`confirm`).
* :func:`warnings_for` flags easily guessed choices (``1111``, ``1234``, the birth date, the year).
  Warnings are advice: the resident may keep a warned PIN.
* A 顔認証マイナンバーカード has no PINs at all (:func:`choose_pins`).

Errors never carry the PIN in their detail: it goes to logs.
"""

from __future__ import annotations

import hmac
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from kiosk.card.collation import era_of
from kiosk.card.issuance import FOUR_DIGITS, SIGN_PASSWORD
from kiosk.clock import SYSTEM_CLOCK
from kiosk.errors import KioskError

SIGN_MIN_AGE = 15
SIGN_MIN_LENGTH, SIGN_MAX_LENGTH = 6, 16


class PinKind(Enum):
    SIGN = "sign"  # 署名用電子証明書 パスワード
    AUTH = "auth"  # 利用者証明用電子証明書 暗証番号
    JUKI = "juki"  # 住民基本台帳用 暗証番号
    KENHOJO = "kenhojo"  # 券面事項入力補助用 暗証番号


FOUR_DIGIT_KINDS = (PinKind.AUTH, PinKind.JUKI, PinKind.KENHOJO)


# -- errors ------------------------------------------------------------------------------------

class PinRuleError(KioskError):
    """A chosen PIN breaks a rule; the resident types again. ``kind`` says which PIN."""

    code = "COUNTER_PIN_RULE"

    def __init__(self, kind: PinKind | None, detail: str = "") -> None:
        super().__init__(detail or self.code)
        self.kind = kind


class FourDigitFormatError(PinRuleError):
    """Not exactly 4 digits."""

    code = "COUNTER_PIN_FORMAT"


class SignPasswordFormatError(PinRuleError):
    """Not 6–16 A–Z/0–9 with a letter and a digit. ``reason``: ``length``, ``characters``,
    ``no-letter`` or ``no-digit`` (the first that applies), for a precise hint."""

    code = "COUNTER_SIGN_PASSWORD_FORMAT"

    def __init__(self, reason: str) -> None:
        super().__init__(PinKind.SIGN, f"signing password: {reason}")
        self.reason = reason


class PinConfirmationError(PinRuleError):
    """The second entry differs from the first."""

    code = "COUNTER_PIN_CONFIRM_MISMATCH"


class SignPasswordNotAllowedError(PinRuleError):
    """Under 15 (or a face card): no signing certificate, so no signing password."""

    code = "COUNTER_SIGN_UNDER_15"


class FaceCardNoPinsError(PinRuleError):
    """A 顔認証マイナンバーカード has no PINs; a PIN was given anyway."""

    code = "COUNTER_FACE_CARD_NO_PINS"


class PinMissingError(PinRuleError):
    """A PIN the card needs was not chosen. ``kinds`` lists them."""

    code = "COUNTER_PIN_MISSING"

    def __init__(self, kinds: tuple[PinKind, ...]) -> None:
        super().__init__(kinds[0] if kinds else None, f"missing PINs {[k.value for k in kinds]}")
        self.kinds = kinds


# -- format --------------------------------------------------------------------------------------

def normalise(kind: PinKind, text: str) -> str:
    """What the card would receive for ``text``: NFKC, upper case for the signing password."""
    value = unicodedata.normalize("NFKC", text)
    return value.upper() if kind is PinKind.SIGN else value


def validate(kind: PinKind, text: str) -> str:
    """The normalised PIN, or an error naming the broken rule (never the PIN itself).

    :raises FourDigitFormatError: a 4-digit kind that is not 4 ASCII digits after normalising.
    :raises SignPasswordFormatError: a signing password breaking the B3 rule.
    """
    value = normalise(kind, text)
    if kind is not PinKind.SIGN:
        if not (value.isascii() and FOUR_DIGITS.fullmatch(value)):
            raise FourDigitFormatError(kind, f"{kind.value}: 4 digits expected, got {len(value)} characters")
        return value
    if not SIGN_MIN_LENGTH <= len(value) <= SIGN_MAX_LENGTH:
        raise SignPasswordFormatError("length")
    if not (value.isascii() and re.fullmatch(r"[A-Z0-9]+", value)):
        raise SignPasswordFormatError("characters")
    if not any(c.isalpha() for c in value):
        raise SignPasswordFormatError("no-letter")
    if not any(c.isdigit() for c in value):
        raise SignPasswordFormatError("no-digit")
    assert SIGN_PASSWORD.fullmatch(value)  # the card's own rule, kiosk.card.issuance
    return value


def confirm(kind: PinKind, first: str, second: str) -> str:
    """The PIN typed twice: validated, and both entries equal after normalising.

    :raises PinConfirmationError: the entries differ (the first is valid).
    """
    value = validate(kind, first)
    again = normalise(kind, second)
    if not hmac.compare_digest(value.encode("utf-8"), again.encode("utf-8")):
        raise PinConfirmationError(kind, f"{kind.value}: second entry differs")
    return value


# -- warnings ------------------------------------------------------------------------------------

class PinWarning(Enum):
    """Advice on an easily guessed PIN; the value is the message code (proposed texts in the
    report of issue 5). The resident may keep the PIN."""

    REPEATED = "PIN_WARN_REPEATED"  # 1111, 1212, AAAAA1
    SEQUENCE = "PIN_WARN_SEQUENCE"  # 1234, 4321, 0123, 7890, ABC123
    BIRTH_DATE = "PIN_WARN_BIRTH_DATE"  # MMDD, DDMM, YYMM, MMYY (Western or era year), YYMMDD…
    YEAR = "PIN_WARN_YEAR"  # the birth year or this year, e.g. 1948, 2026
    COMMON = "PIN_WARN_COMMON"  # well-known choices: 2580, 0000-style keypad columns, PASSWORD1


COMMON_FOUR_DIGITS = frozenset({"2580", "0852", "1470", "0741", "3690", "0963", "1397", "1004", "5683"})
COMMON_WORDS = ("PASSWORD", "PASS", "QWERTY", "ASDF", "ADMIN", "MYNUMBER", "MYNA", "LOGIN")


def _steps(text: str) -> set[int]:
    return {(ord(b) - ord(a)) for a, b in zip(text, text[1:], strict=False)}


def _is_run(text: str, modulo: int | None = None) -> bool:
    """Consecutive ascending or descending characters (digits wrap 9→0 when ``modulo`` is 10)."""
    if len(text) < 2:
        return False
    steps = _steps(text) if modulo is None else {(int(b) - int(a)) % modulo for a, b in
                                                   zip(text, text[1:], strict=False)}
    ups, downs = ({1}, {-1}) if modulo is None else ({1}, {modulo - 1})
    return steps == ups or steps == downs


def _is_repetition(text: str) -> bool:
    """One character repeated (1111), or a pair repeated (1212, 1313)."""
    return len(set(text)) == 1 or (len(text) % 2 == 0 and text == text[:2] * (len(text) // 2))


def birth_date_forms(birth: date) -> set[str]:
    """The digit strings a birth date is commonly typed as (Western and era year)."""
    _, era_year = era_of(birth)
    yyyy, mm, dd = f"{birth.year:04d}", f"{birth.month:02d}", f"{birth.day:02d}"
    forms = set()
    for yy in (yyyy[2:], f"{era_year % 100:02d}"):
        forms |= {yy + mm, mm + yy, yy + mm + dd, dd + mm + yy, mm + dd + yy}
    forms |= {mm + dd, dd + mm, yyyy + mm + dd, yyyy + mm, mm + yyyy}
    return forms


def warnings_for(kind: PinKind, value: str, birth_date: date | None = None,
                 today: date | None = None) -> tuple[PinWarning, ...]:
    """Warnings for a valid, normalised PIN (run :func:`validate` first). Never raises for a valid
    PIN; each warning at most once, in :class:`PinWarning` order."""
    today = today or SYSTEM_CLOCK.today()
    found: set[PinWarning] = set()
    years = {f"{today.year:04d}"} | ({f"{birth_date.year:04d}"} if birth_date else set())
    dates = birth_date_forms(birth_date) if birth_date else set()
    if kind is PinKind.SIGN:
        letters = "".join(c for c in value if c.isalpha())
        digits = "".join(c for c in value if c.isdigit())
        if len(set(value)) <= 2:
            found.add(PinWarning.REPEATED)
        if _is_run(letters) and (len(digits) == 1 or _is_run(digits, 10)):
            found.add(PinWarning.SEQUENCE)
        if any(word in value for word in COMMON_WORDS):
            found.add(PinWarning.COMMON)
        if digits in years:
            found.add(PinWarning.YEAR)
        elif digits in dates or any(form in digits for form in dates if len(form) >= 6):
            found.add(PinWarning.BIRTH_DATE)
    else:
        if _is_repetition(value):
            found.add(PinWarning.REPEATED)
        if _is_run(value, 10):
            found.add(PinWarning.SEQUENCE)
        if value in years:
            found.add(PinWarning.YEAR)
        if value in dates:
            found.add(PinWarning.BIRTH_DATE)
        if value in COMMON_FOUR_DIGITS:
            found.add(PinWarning.COMMON)
    return tuple(w for w in PinWarning if w in found)


# -- what a resident sets ------------------------------------------------------------------------

def age_on(birth_date: date, day: date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


@dataclass(frozen=True)
class PinRequirements:
    """Which PINs this resident sets at 交付."""

    face_card: bool
    sign: bool  # 署名用 (15+ and not a face card)
    four_digit: tuple[PinKind, ...]  # 利用者証明用, 住基用, 券面事項入力補助用 (none for a face card)

    @property
    def kinds(self) -> tuple[PinKind, ...]:
        return ((PinKind.SIGN,) if self.sign else ()) + self.four_digit

    def without(self, kinds: Iterable[PinKind | str]) -> PinRequirements:
        """What is still to set when the card already holds the PINs of ``kinds`` (a key with a
        PIN never takes another): the resident is asked for the others only."""
        done = {PinKind(kind) for kind in kinds}
        return PinRequirements(self.face_card, self.sign and PinKind.SIGN not in done,
                               tuple(kind for kind in self.four_digit if kind not in done))


def requirements(birth_date: date, on: date | None = None, *, face_card: bool = False) -> PinRequirements:
    """What to ask for: nothing for a 顔認証マイナンバーカード; no signing password under 15."""
    if face_card:
        return PinRequirements(True, False, ())
    return PinRequirements(False, age_on(birth_date, on or SYSTEM_CLOCK.today()) >= SIGN_MIN_AGE, FOUR_DIGIT_KINDS)


@dataclass(frozen=True)
class PinChoices:
    """The validated PINs to write (None = not set). ``repr`` shows which are present, never
    their values; keep an instance only until the card is written."""

    sign: str | None = field(default=None, repr=False)
    auth: str | None = field(default=None, repr=False)
    juki: str | None = field(default=None, repr=False)
    kenhojo: str | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        present = [k for k in ("sign", "auth", "juki", "kenhojo") if getattr(self, k) is not None]
        return f"PinChoices(present={present})"

    def as_kwargs(self) -> dict[str, str | None]:
        """Keyword arguments of ``CardIssuance.set_initial_pins``."""
        return {"auth": self.auth, "sign": self.sign, "kenhojo": self.kenhojo, "juki": self.juki}


def choose_pins(needed: PinRequirements, *, sign: str | None = None, auth: str | None = None,
                juki: str | None = None, kenhojo: str | None = None,
                same_four_digits: str | None = None) -> PinChoices:
    """Validate a resident's choices against ``needed``.

    :param same_four_digits: one 4-digit PIN for 利用者証明用, 住基用 and 券面事項入力補助用 (B3: they
        may be the same); give it instead of ``auth``/``juki``/``kenhojo``.
    :raises FaceCardNoPinsError: any PIN for a face card.
    :raises SignPasswordNotAllowedError: a signing password where none is issued.
    :raises PinMissingError: a needed PIN not given.
    :raises FourDigitFormatError, SignPasswordFormatError: a PIN with the wrong format.
    """
    if same_four_digits is not None:
        if any(v is not None for v in (auth, juki, kenhojo)):
            raise ValueError("give same_four_digits or the three 4-digit PINs, not both")
        auth = juki = kenhojo = same_four_digits
    given = {PinKind.SIGN: sign, PinKind.AUTH: auth, PinKind.JUKI: juki, PinKind.KENHOJO: kenhojo}
    if needed.face_card:
        if any(v is not None for v in given.values()):
            raise FaceCardNoPinsError(None, "face card: no PINs are set")
        return PinChoices()
    if sign is not None and not needed.sign:
        raise SignPasswordNotAllowedError(PinKind.SIGN, "no signing certificate: under 15")
    missing = tuple(kind for kind in needed.kinds if given[kind] is None)
    if missing:
        raise PinMissingError(missing)
    values = {kind: validate(kind, text) for kind, text in given.items() if text is not None}
    return PinChoices(values.get(PinKind.SIGN), values.get(PinKind.AUTH), values.get(PinKind.JUKI),
                      values.get(PinKind.KENHOJO))
