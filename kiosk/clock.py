"""The product's one notion of local time (issue 11).

Every date boundary — the supervisors' day statistics, consent times, certificate and card expiry
judgements, receipt and slip times, result-file times and file ids — is taken in one time zone, the
``time_zone`` setting (an IANA name, default ``Asia/Tokyo``). This module owns that zone, "now" and
"today" in it; nothing else in the product asks the host for the time or its local zone, so a server
on UTC and a kiosk on JST count the same day (a test greps for stray ``date.today()`` and
``datetime.now()``).

Stored times stay in UTC (``kiosk.store.models``); they become local only when shown or counted.
Tests move time with :meth:`Clock.fixed` or a :class:`Clock` over their own source.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.errors import KioskError

DEFAULT_TIME_ZONE = "Asia/Tokyo"
#: This version's release day: a clock showing an earlier day is wrong (a dead RTC battery, no NTP).
RELEASED = date(2026, 12, 1)
#: How far behind the newest stored event the clock may be (an NTP step back) before it is refused.
BACKWARD_TOLERANCE = timedelta(minutes=10)
#: The default zone, also what tests pin times in.
TOKYO = ZoneInfo(DEFAULT_TIME_ZONE)

_zone: ZoneInfo = TOKYO


def zone_named(name: str) -> ZoneInfo:
    """The IANA zone ``name``; :raises ValueError: no such zone on this machine."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r} (an IANA name such as {DEFAULT_TIME_ZONE})") from exc


def set_time_zone(name: str) -> ZoneInfo:
    """Make ``name`` the product's zone (the composition root calls this once, from the settings)."""
    global _zone
    _zone = zone_named(name)
    return _zone


def local_zone() -> ZoneInfo:
    """The product's time zone."""
    return _zone


def local(moment: datetime) -> datetime:
    """``moment`` in the product's zone; a naive ``moment`` is taken as local time already."""
    return moment.astimezone(_zone) if moment.tzinfo else moment.replace(tzinfo=_zone)


def day_span(day: date, zone: tzinfo | None = None) -> tuple[datetime, datetime]:
    """Local midnight at the start of ``day`` and at the start of the next day (half-open)."""
    zone = zone or _zone
    return datetime.combine(day, time(0), zone), datetime.combine(day + timedelta(days=1), time(0), zone)


class ClockError(KioskError):
    """The system clock is not plausible: before this version's release day, or behind what the
    kiosk has already recorded. Certificates and consents would be judged on a wrong date."""

    code = "CLOCK_IMPLAUSIBLE"


def check_plausible(now: datetime, newest_record: datetime | None = None) -> None:
    """Refuse to start on a clock that cannot be right.

    :param newest_record: the time of the newest event the kiosk stored (its audit log).
    :raises ClockError: naming the clock's time and what it contradicts.
    """
    if local(now).date() < RELEASED:
        raise ClockError(f"the clock says {local(now):%Y-%m-%d %H:%M}, before this version's release "
                         f"({RELEASED}): set the date (NTP) and start again")
    if newest_record is not None and now < newest_record - BACKWARD_TOLERANCE:
        raise ClockError(f"the clock says {local(now):%Y-%m-%d %H:%M}, but the kiosk already recorded an event "
                         f"at {local(newest_record):%Y-%m-%d %H:%M}: set the date (NTP) and start again")


def _system_now() -> datetime:
    return datetime.now(UTC)


class Clock:
    """Now and today in the product's zone. Calling a clock gives :meth:`now`, so a ``Clock`` serves
    wherever a ``Callable[[], datetime]`` is injected."""

    def __init__(self, source: Callable[[], datetime] = _system_now) -> None:
        """:param source: the current instant, timezone-aware (default: the system clock)."""
        self._source = source

    @classmethod
    def fixed(cls, moment: datetime) -> Clock:
        """A clock stopped at ``moment`` (aware; a naive one is taken as local time)."""
        at = local(moment)
        return cls(lambda: at)

    def now(self) -> datetime:
        """The current moment, aware, in the product's zone."""
        return local(self._source())

    def today(self) -> date:
        """The local date now."""
        return self.now().date()

    __call__ = now


SYSTEM_CLOCK = Clock()
