"""照合番号B and Japanese era years (spec §5, §4.3).

照合番号B = birth date as YYMMDD with an **era** year + the card's expiry year (Gregorian YYYY) +
the 4-digit security code printed under the photo, 14 digits. Sources conflict on the birth-date
part (jpki-rs code comment: YYYYMMDD; its README, JSA, ritou and MC: era YYMMDD); we follow the
majority, era YYMMDD, and the virtual card uses the same rule.
"""

from __future__ import annotations

from datetime import date

# (first day of the era, name); the year of the first day is era year 1.
ERAS = (
    (date(2019, 5, 1), "令和"),
    (date(1989, 1, 8), "平成"),
    (date(1926, 12, 25), "昭和"),
    (date(1912, 7, 30), "大正"),
    (date(1868, 10, 23), "明治"),
)


def era_of(day: date) -> tuple[str, int]:
    """Return ``(era name, era year)`` for a Gregorian date."""
    for start, name in ERAS:
        if day >= start:
            return name, day.year - start.year + 1
    raise ValueError("dates before 明治 are not supported")


def from_era(era: str, year: int, month: int, day: int) -> date:
    """The Gregorian date of an era date as printed (元年 is year 1).

    :raises ValueError: an unknown era, a date that does not exist, or one outside the era
        (平成31年5月1日 is 令和元年).
    """
    starts = {name: start for start, name in ERAS}
    if era not in starts or year < 1:
        raise ValueError(f"no era date {era}{year}")
    start = starts[era]
    found = date(start.year + year - 1, month, day)  # ValueError for 2月30日 and the like
    if era_of(found) != (era, year):
        raise ValueError(f"{era}{year}年{month}月{day}日 is outside {era}")
    return found


def era_yymmdd(day: date) -> str:
    """The 6-digit era-year birth date used by 照合番号B and the 生年月日 key."""
    _, year = era_of(day)
    return f"{year % 100:02d}{day.month:02d}{day.day:02d}"


def collation_number_b(birth_date: date, expiry: date | int, security_code: str) -> str:
    """Compose 照合番号B from the birth date, the card's expiry (a date, or only its year as staff
    type it) and the security code. Example (spec §5): 1980-02-17, 2035, 2285 → ``55021720352285``."""
    if not (len(security_code) == 4 and security_code.isascii() and security_code.isdigit()):
        raise ValueError("the security code has 4 digits")
    year = expiry if isinstance(expiry, int) else expiry.year
    return f"{era_yymmdd(birth_date)}{year:04d}{security_code}"
