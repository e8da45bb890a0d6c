"""A counter desk on a real reader (issue 17 "Done when"): the handover queue imported with
``myna-kiosk applications import``, the card on the PC/SC reader (the virtual card served through
vsmartcard's vpcd to the system's pcscd), its first PINs set the way J-LIS's 統合端末 sets them
during the desk's J-LIS step, read back through pcscd before the handover, then the 利用申込 with
the PIN the resident has just set. A card that comes back with a PIN not set is refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.counter import assemble_desk
from drivers.pcsc import PcscCardSlot
from kiosk.counter.applications import ApplicationStatus
from kiosk.counter.table import CounterState as S
from kiosk.counter.view import staff_view
from kiosk.flow.executors import WorkerExecutor
from kiosk.store.applications import open_application_queue
from simulators.card_management import SimulatedCardManagement, application_id_for, applications_csv
from simulators.counter_scenarios import DeskScript, run_desk
from simulators.eligibility import SimulatedEligibilityService
from simulators.residents import resident
from simulators.served_cards import ServedCards

ROOT = Path(__file__).resolve().parents[2]
STAFF = ("clerk07", "窓口7 高橋", "counter", "counter-pass-07")
SLOT1_PORT = 35964


@pytest.fixture
def real_desk(pcscd, tmp_path):
    """A desk for real cards on the vpcd reader, its queue imported from the municipality's file."""
    url = f"sqlite:///{tmp_path / 'counter.db'}"
    queue_file = tmp_path / "queue.csv"
    queue_file.write_text(applications_csv(resident(r) for r in ("R002", "R007")), encoding="utf-8")
    imported = subprocess.run([sys.executable, "-m", "app", "applications", "import", str(queue_file),
                               "--database-url", url, "--json"], cwd=ROOT, capture_output=True, text=True,
                              timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert json.loads(imported.stdout)["inserted"] == 2
    hands = ServedCards(port=SLOT1_PORT)
    slot = PcscCardSlot(hands.reader)
    executor = WorkerExecutor("card-io")
    desk = assemble_desk(url, desk_id="DESK-07", slot=slot, collation=hands, cards=None,
                         eligibility=SimulatedEligibilityService(), executor=executor)
    desk.store.staff.create(*STAFF)  # the administrator's account: nothing is made for the simulator
    slot.start()
    yield desk, hands, url
    hands.remove()
    desk.close()
    executor.shutdown()


def script(resident_id: str, **options) -> DeskScript:
    return DeskScript(application_id_for(resident_id), staff_id=STAFF[0], password=STAFF[3], four_digits="7350",
                      **options)


def test_a_real_card_is_handed_over_after_the_jlis_step_and_the_read_back(real_desk):
    desk, hands, url = real_desk
    assert desk.flow.pins_on_jlis
    outcome = run_desk(desk.flow, hands, SimulatedCardManagement(), script("R007"), timeout=90)
    assert outcome.final_state is S.DONE, outcome
    assert outcome.states[outcome.states.index("face-check"):outcome.states.index("registration")] == [
        "face-check", "jlis-pins", "confirming-pins", "handing-over"]
    assert set(outcome.pins_set) == {"sign", "auth", "juki", "kenhojo"}
    assert outcome.registered  # with the 利用者証明用 PIN set on the 統合端末, verified through pcscd
    queue = open_application_queue(url)
    try:
        assert queue.find(application_id_for("R007")).status is ApplicationStatus.HANDED_OVER
        assert queue.desk_of(application_id_for("R007")) == "DESK-07"
    finally:
        queue.close()
    [handover] = desk.store.handovers_of(application_id_for("R007"))
    assert handover.state == "completed" and handover.registered


def test_a_card_whose_pin_was_not_set_is_refused_with_a_staff_message(real_desk):
    desk, hands, url = real_desk
    outcome = run_desk(desk.flow, hands, SimulatedCardManagement(), script("R002", jlis_leaves_unset=("auth",)),
                       timeout=90)
    assert outcome.final_state is S.JLIS_PINS and outcome.message_code == "COUNTER_PINS_NOT_SET"
    assert outcome.pins_missing == ("auth",)
    view = staff_view(desk.flow.state, desk.flow.ctx, desk.flow.staff, desk.flow.desk_id)
    assert "まだ 設定されていない 暗証番号: 利用者証明用" in view.lines
    assert [action.label for action in view.actions] == ["設定しました", "中止"]
    queue = open_application_queue(url)
    try:
        assert queue.find(application_id_for("R002")).status is ApplicationStatus.CARD_READY
    finally:
        queue.close()
    assert desk.store.handovers_of(application_id_for("R002"))[0].state == "open"  # until staff cancel


def test_run_counter_starts_on_the_reader_and_creates_no_simulator_account(pcscd, tmp_path):
    """``run --mode counter`` without ``--simulator``: the PC/SC reader, the imported queue, the
    configured service; the simulator's staff accounts are never made in a real database."""
    from kiosk.store.counter import open_counter_store

    url = f"sqlite:///{tmp_path / 'desk.db'}"
    settings = tmp_path / "settings.toml"
    settings.write_text(f'database_url = "{url}"\neligibility_url = "http://127.0.0.1:9/"\n', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    started = subprocess.run([sys.executable, "-m", "app", "run", "--mode", "counter", "--desk", "DESK-08",
                              "--reader", ServedCards(SLOT1_PORT).reader, "--smoke", "--settings", str(settings)],
                             cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert started.returncode == 0, started.stderr
    assert "照合番号Bは 職員が 入力します" in started.stderr  # what this desk runs without, said at start
    store = open_counter_store(url)
    try:
        assert store.staff.members() == []
    finally:
        store.close()
