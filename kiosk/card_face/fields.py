"""The fields of 照合番号B found in OCR text by pattern, and the checks that make a reading certain
(spec §5, §12).

Text is matched by what it says, never by where it is on the card:

* birth date — 「昭和55年 2月17日生」: an era name, the era year (``元`` for 1), month and day;
* the card's expiry — 「2035年 2月17日まで有効」: a 4-digit Gregorian year, month and day, then
  まで or 有効 (so a certificate-expiry sticker's bare date is not taken for it);
* the security code — a line that is four digits alone.

Before matching, text is NFKC-normalised (full-width digits become ASCII) and every space is
removed (OCR puts them between any two characters; the card pads single digits). OCR confusions
are undone **only inside the dates**, where the checks below catch a wrong guess:
``O o 〇 → 0``, ``I l | → 1``, ``今和 → 令和``. The security code has no check of its own, so it is
taken only from real digits.

A reading is certain, and ``collation_b`` set, only when all of these hold (else ``collation_b`` is
``None`` and :class:`~kiosk.card_face.reading.Problem` codes say why):

1. each field was found, with exactly one distinct value (the same text read twice is one value):
   two different dates or codes make a reading ambiguous, never a choice;
2. the birth date is a real date, its era year lies inside the era (平成31年 ends on 30 April,
   令和元年 starts on 1 May: the date converts back to the same era and year with
   ``kiosk.card.collation.from_era``), and it is not after today;
3. the expiry is a real date on the birthday's month and day. Choice for 29 February births (the
   card's rule is unknown, spec §12): in a leap year the expiry must be 29 February; in a common
   year 28 February or 1 March are accepted (the simulator uses 28 February) — any other day is
   ``EXPIRY_LEAP_DAY``;
4. the expiry year fits a card issued between :data:`CARDS_SINCE` (and the birth) and today: the
   10th birthday after an issue at 18 or older, or the 5th after an issue under 18;
5. the code is exactly four ASCII digits (a line of three or five is not a candidate);
6. every line a field came from was read with OCR confidence ≥ ``min_confidence``.

The driver adds a seventh: a second, independent reading of the field lines agrees
(:func:`same_fields`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from kiosk.card.collation import ERAS, collation_number_b, from_era
from kiosk.card_face.reading import CardFaceReading, Problem

CARDS_SINCE = date(2016, 1, 1)
"""The first My Number Cards were issued in January 2016: no card's issue date is earlier."""
MIN_CONFIDENCE = 0.5
"""Default lowest OCR line confidence (0–1) a field may come from (see ``docs/card-face.md``)."""
ADULT_AGE, ADULT_YEARS, MINOR_YEARS = 18, 10, 5

_ERA_NAMES = "|".join(name for _, name in ERAS)
_D = r"[0-9OoIl|〇]"  # a digit, or a letter OCR confuses with one (dates only)
# Matched on normalise()d text: no spaces.
_BIRTH = re.compile(rf"({_ERA_NAMES})(元|{_D}{{1,2}})年({_D}{{1,2}})月({_D}{{1,2}})日")
_EXPIRY = re.compile(rf"(?<![0-9])({_D}{{4}})年({_D}{{1,2}})月({_D}{{1,2}})日(?:まで|有効)")
_CODE = re.compile(r"^([0-9]{4})$")  # [0-9] is ASCII only
_DIGIT_CONFUSIONS = str.maketrans("OoIl|〇", "001110")

T = TypeVar("T")


@dataclass(frozen=True)
class OcrLine:
    """One line of recognised text and the engine's confidence in it (0–1)."""

    text: str
    confidence: float


def normalise(text: str) -> str:
    """NFKC (full-width digits to ASCII), no spaces (OCR puts them between any two characters; the
    card pads single digits with them), and the one era-name confusion, 今和 → 令和."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).replace("今和", "令和")


def _number(text: str) -> int:
    return int(text.translate(_DIGIT_CONFUSIONS))


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class Found(Generic[T]):
    """Distinct values a pattern matched, with the lowest confidence of the lines that gave each."""

    values: dict[T, float]

    @classmethod
    def collect(cls, pairs: Iterable[tuple[T, float]]) -> Found[T]:
        values: dict[T, float] = {}
        for value, confidence in pairs:
            values[value] = min(confidence, values.get(value, 1.0))
        return cls(values)

    def one(self, missing: Problem, ambiguous: Problem, problems: list[str]) -> tuple[T | None, float]:
        """The single value (and its confidence), or None with ``missing`` / ``ambiguous`` noted."""
        if not self.values:
            problems.append(missing)
            return None, 0.0
        if len(self.values) > 1:
            problems.append(ambiguous)
            return None, 0.0
        [(value, confidence)] = self.values.items()
        return value, confidence


def birth_candidates(lines: Sequence[OcrLine]) -> Found[tuple[str, int, int, int]]:
    """Every era date in ``lines`` as ``(era, era year, month, day)``."""
    return Found.collect(
        ((era, 1 if year == "元" else _number(year), _number(month), _number(day)), line.confidence)
        for line in lines for era, year, month, day in _BIRTH.findall(normalise(line.text)))


def expiry_candidates(lines: Sequence[OcrLine]) -> Found[tuple[int, int, int]]:
    """Every 「YYYY年M月D日まで有効」 in ``lines`` as ``(year, month, day)``."""
    return Found.collect(((_number(year), _number(month), _number(day)), line.confidence)
                          for line in lines for year, month, day in _EXPIRY.findall(normalise(line.text)))


def code_candidates(lines: Sequence[OcrLine]) -> Found[str]:
    """Every line that is four ASCII digits alone. A code read with a digit lost or added is not
    one, and then the code is not found: never guessed."""
    found = (_CODE.match(normalise(line.text)) for line in lines)
    return Found.collect((match.group(1), line.confidence) for line, match in zip(lines, found, strict=True) if match)


def birth_date_of(era: str, year: int, month: int, day: int) -> date | None:
    """The Gregorian date of an era date, or None if it is not a real date inside that era."""
    try:
        return from_era(era, year, month, day)
    except ValueError:
        return None


def expiry_day_fits(birth: date, expiry: date) -> Problem | None:
    """Check 3: the expiry falls on the birthday (29 February: the documented candidate days)."""
    if (birth.month, birth.day) != (2, 29):
        return None if (expiry.month, expiry.day) == (birth.month, birth.day) else Problem.EXPIRY_DAY_MISMATCH
    leap = _day(expiry.year, 2, 29) is not None
    allowed = {(2, 29)} if leap else {(2, 28), (3, 1)}
    return None if (expiry.month, expiry.day) in allowed else Problem.EXPIRY_LEAP_DAY


def expiry_year_fits(birth: date, expiry: date, today: date) -> bool:
    """Check 4: some issue day, from :data:`CARDS_SINCE` (and the birth) to ``today``, gives this expiry.

    An expiry ``n`` years on (the ``n``-th birthday after issue) means the card was issued between the
    birthday in ``expiry.year - n`` (inclusive) and the next one (exclusive), at the age
    ``expiry.year - n - birth.year``; ``n`` is 10 from age 18 and 5 below it. Days are compared as
    ``(year, month, day)`` tuples, so a 29 February birthday needs no calendar rule here.
    """
    birthday = (birth.month, birth.day)
    earliest = max((CARDS_SINCE.year, CARDS_SINCE.month, CARDS_SINCE.day), (birth.year, *birthday))
    latest = (today.year, today.month, today.day)
    for years in (MINOR_YEARS, ADULT_YEARS):
        issue_year = expiry.year - years
        age = issue_year - birth.year
        if age < 0 or (age >= ADULT_AGE) != (years == ADULT_YEARS):
            continue
        if (issue_year, *birthday) <= latest and (issue_year + 1, *birthday) > earliest:
            return True
    return False


def read_fields(lines: Sequence[OcrLine], today: date, *, min_confidence: float = MIN_CONFIDENCE
                ) -> CardFaceReading:
    """Find the three fields in ``lines`` and check them (module docstring, checks 1–6).

    :param lines: the OCR lines of one card front, in any order.
    :param today: the local day (issue dates are not in the future; neither is the birth).
    :param min_confidence: lowest OCR confidence a field's line may have.
    """
    problems: list[str] = []
    era_date, birth_conf = birth_candidates(lines).one(Problem.BIRTH_NOT_FOUND, Problem.BIRTH_AMBIGUOUS, problems)
    ymd, expiry_conf = expiry_candidates(lines).one(Problem.EXPIRY_NOT_FOUND, Problem.EXPIRY_AMBIGUOUS, problems)
    code, code_conf = code_candidates(lines).one(Problem.CODE_NOT_FOUND, Problem.CODE_AMBIGUOUS, problems)

    birth = birth_date_of(*era_date) if era_date is not None else None
    if era_date is not None and birth is None:
        problems.append(Problem.BIRTH_INVALID)
    elif birth is not None and birth > today:
        problems.append(Problem.BIRTH_IN_FUTURE)
        birth = None
    expiry = _day(*ymd) if ymd is not None else None
    if ymd is not None and expiry is None:
        problems.append(Problem.EXPIRY_INVALID)
    if birth is not None and expiry is not None:
        mismatch = expiry_day_fits(birth, expiry)
        if mismatch is not None:
            problems.append(mismatch)
        elif not expiry_year_fits(birth, expiry, today):
            problems.append(Problem.EXPIRY_YEAR_IMPLAUSIBLE)
    confidence = min(birth_conf, expiry_conf, code_conf)
    if birth is not None and expiry is not None and code is not None and confidence < min_confidence:
        problems.append(Problem.LOW_CONFIDENCE)
    collation_b = None
    if not problems and birth is not None and expiry is not None and code is not None:
        collation_b = collation_number_b(birth, expiry, code)
    return CardFaceReading(birth_date=birth, expiry=expiry, security_code=code, collation_b=collation_b,
                           confidence=confidence, problems=tuple(problems))


def field_lines(lines: Sequence[OcrLine]) -> list[int]:
    """Indexes of the lines in which any field's pattern matched (for a second look at them)."""
    return [index for index, line in enumerate(lines)
            if any(finder([line]).values for finder in (birth_candidates, expiry_candidates, code_candidates))]


def same_fields(reading: CardFaceReading, other: CardFaceReading) -> bool:
    """Whether two readings found the same birth date, expiry and code (and ``reading`` all three):
    a second, independent reading of the field lines that agrees confirms the first."""
    fields = (reading.birth_date, reading.expiry, reading.security_code)
    return None not in fields and fields == (other.birth_date, other.expiry, other.security_code)
