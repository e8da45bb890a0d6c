"""One local time for the whole product (issue 11): a handover's receipt, the day's statistics and
a visit's result XML agree on the local date and time, whatever the host's clock and zone say, at
the hours where UTC and Asia/Tokyo disagree on the date. Time is moved with time-machine (the whole
process's clock, as a host clock would be); no part of the product is told the test's time."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # noqa: S405 - our own output
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine

from app.counter import assemble_desk
from kiosk.card.errors import CertificateExpiredError
from kiosk.card.jpki import check_validity
from kiosk.clock import SYSTEM_CLOCK, TOKYO, Clock
from kiosk.counter.table import CounterState
from kiosk.counter.view import staff_view
from kiosk.flow.executors import InlineExecutor
from simulators.card.keys import named_rsa_key
from simulators.card.pki import auth_certificate
from simulators.card.slot import VirtualCardSlot
from simulators.card_management import SimulatedCardManagement, application_id_for
from simulators.counter_scenarios import DeskScript, run_desk
from simulators.eligibility import SimulatedEligibilityService
from simulators.residents import resident

ROOT = Path(__file__).resolve().parents[2]

# The four hours, and both sides of both midnights (UTC midnight is 09:00 in Tokyo).
MOMENTS = {
    "23:30 JST": datetime(2026, 3, 31, 23, 30, tzinfo=TOKYO),
    "00:30 JST": datetime(2026, 4, 1, 0, 30, tzinfo=TOKYO),
    "08:30 JST": datetime(2026, 4, 1, 8, 30, tzinfo=TOKYO),
    "15:30 JST": datetime(2026, 4, 1, 15, 30, tzinfo=TOKYO),
    "last second before JST midnight": datetime(2026, 3, 31, 23, 59, 59, tzinfo=TOKYO),
    "JST midnight": datetime(2026, 4, 1, 0, 0, tzinfo=TOKYO),
    "last second before UTC midnight": datetime(2026, 4, 1, 8, 59, 59, tzinfo=TOKYO),
    "UTC midnight": datetime(2026, 4, 1, 9, 0, tzinfo=TOKYO),
}


@pytest.fixture(params=list(MOMENTS), ids=list(MOMENTS))
def moment(request) -> datetime:
    return MOMENTS[request.param]


def test_today_is_the_local_date(moment):
    with time_machine.travel(moment, tick=False):
        assert SYSTEM_CLOCK.today() == moment.date()
        assert SYSTEM_CLOCK.now() == moment and SYSTEM_CLOCK.now().utcoffset() == timedelta(hours=9)


def test_the_time_zone_setting_moves_today(moment, time_zone):
    time_zone("UTC")
    with time_machine.travel(moment, tick=False):
        assert SYSTEM_CLOCK.today() == moment.astimezone(UTC).date()


def test_receipt_statistics_and_slip_show_one_local_time(moment, tmp_path):
    from ui.counter.printing import receipt_rows

    with time_machine.travel(moment, tick=False):  # the synthetic residents are built for "today" too
        cards = SimulatedCardManagement()
        slot = VirtualCardSlot()
        desk = assemble_desk(f"sqlite:///{tmp_path / 'counter.db'}", desk_id="DESK-01", slot=slot, collation=slot,
                             cards=cards, eligibility=SimulatedEligibilityService(), executor=InlineExecutor(),
                             simulated_cards=True)
        desk.store.staff.create("clerk01", "窓口 一郎", "counter", "counter-pass-01")
        try:
            outcome = run_desk(desk.flow, slot, cards, DeskScript(application_id_for("R002")))
            assert outcome.handed_over
            summary = staff_view(CounterState.DONE, desk.flow.ctx, desk.flow.staff, "DESK-01").summary
            statistics = desk.store.day_statistics(SYSTEM_CLOCK.today())
        finally:
            desk.close()
    assert summary is not None
    when = f"{moment.year}年{moment.month}月{moment.day}日 {moment.hour}時{moment.minute:02d}分"
    assert dict(receipt_rows(summary))["交付日時"] == when
    assert summary.slip_lines()[0].startswith(f"{moment:%Y年%m月%d日} ")
    assert statistics.day == moment.date() and statistics.total.handovers == 1
    assert [row.hour for row in statistics.by_hour] == [moment.hour]


def test_result_xml_and_file_id_show_the_local_time(moment, tmp_path):
    from test_reception_scenarios import run

    with time_machine.travel(moment, tick=False):
        outcome, _, settings = run(tmp_path, "R002", "pin")
    assert outcome.completed
    assert re.fullmatch(rf"KIOSK-01-{moment:%Y%m%d-%H%M%S}-[0-9a-f]{{8}}", outcome.file_id)
    header = ET.parse(settings.results_dir / f"{outcome.file_id}.xml").getroot().find("MessageHeader")  # noqa: S314
    assert header is not None
    assert header.findtext("ProcessExecutionTime") == f"{moment:%Y%m%d%H%M%S}"
    assert header.findtext("QualificationConfirmationDate") == f"{moment:%Y%m%d}"


def test_a_certificate_is_valid_to_the_end_of_its_last_local_day():
    person = resident("R002")
    certificate = auth_certificate(person, named_rsa_key("test:R002:auth"))
    last_day = person.auth_cert_expiry
    late = Clock.fixed(datetime(last_day.year, last_day.month, last_day.day, 23, 30, tzinfo=TOKYO))
    check_validity(certificate, late.now())  # 23:30 JST on the last day (14:30 UTC): still valid
    after = Clock.fixed(late.now() + timedelta(hours=1))  # 00:30 JST the next day (15:30 UTC, same UTC date)
    with pytest.raises(CertificateExpiredError):
        check_validity(certificate, after.now())


# --- no second notion of "now" -----------------------------------------------------------------------

FORBIDDEN = re.compile(r"\bdate\.today\(|\bdatetime\.(now|today|utcnow|utcfromtimestamp)\(|\btime\.localtime\("
                       r"|timezone\(timedelta\(hours=9")


def test_no_product_code_asks_the_host_for_the_time():
    """Only ``kiosk/clock.py`` reads the system clock; everything else goes through it."""
    offenders = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
                 for package in ("kiosk", "drivers", "ui", "simulators")
                 for path in sorted((ROOT / package).rglob("*.py")) if path != ROOT / "kiosk" / "clock.py"
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                 if FORBIDDEN.search(line)]
    assert offenders == []


def test_the_grep_finds_what_it_forbids():
    assert all(FORBIDDEN.search(line) for line in (
        "today = date.today()", "now = datetime.now()", "datetime.now(UTC)", "JST = timezone(timedelta(hours=9))",
        "datetime.utcnow()", "time.localtime()"))
    assert not FORBIDDEN.search("SYSTEM_CLOCK.today()")
