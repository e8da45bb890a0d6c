"""Clock sanity (issue 13 §7): a clock before this version's release day, or behind the newest
stored event, stops the kiosk with a clear message before any certificate is judged."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
import time_machine
from click.testing import CliRunner

from app.cli import cli
from app.cli.output import Exit
from kiosk.clock import BACKWARD_TOLERANCE, RELEASED, TOKYO, ClockError, check_plausible
from kiosk.store.db import open_store

NOW = datetime(2027, 6, 1, 9, 0, tzinfo=TOKYO)


def test_a_plausible_clock_passes():
    check_plausible(NOW)
    check_plausible(NOW, NOW - timedelta(days=1))
    check_plausible(NOW, NOW + BACKWARD_TOLERANCE / 2)  # an NTP step back is tolerated


@pytest.mark.parametrize(("now", "newest", "says"), [
    (datetime(2000, 1, 1, tzinfo=TOKYO), None, "before this version's release"),  # a dead RTC battery
    (datetime.combine(RELEASED, datetime.min.time(), TOKYO) - timedelta(seconds=1), None, "release"),
    (NOW, NOW + timedelta(days=400), "already recorded an event"),  # the clock went back a year
])
def test_an_implausible_clock_is_refused(now, newest, says):
    with pytest.raises(ClockError, match=says):
        check_plausible(now, newest)


def test_run_refuses_to_open_when_the_clock_is_behind_the_log(tmp_path):
    url = f"sqlite:///{tmp_path / 'k.db'}"
    store = open_store(url)
    with time_machine.travel(NOW + timedelta(days=30), tick=False):
        store.audit("staff.override", "KIOSK-01", {"method": "staff", "state": "X"})
    store.close()
    settings = tmp_path / "s.toml"
    settings.write_text(f'database_url = "{url}"\n', encoding="utf-8")
    with time_machine.travel(NOW, tick=False):
        result = CliRunner().invoke(cli, ["run", "--simulator", "--smoke", "--settings", str(settings), "--json"],
                                    standalone_mode=False)
    assert result.return_value == Exit.FAILED
    error = json.loads(result.output)["error"]
    assert error["code"] == "CLOCK_IMPLAUSIBLE" and "already recorded" in error["message"]
