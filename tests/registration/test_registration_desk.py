"""The registration support desk end to end on the simulators and the real store (issue 17 §3): a
card holder not yet registered proves who they are with the PIN (or the face), reads the terms,
registers, has the consents explained and gets a slip; one already registered is told so; the
refusals (expired certificate, blocked PIN, a face card where there is no face path, the service
down) end with a next step; the audit chain records each visit without anything personal; and
``myna-kiosk simulate registration`` runs one visit headless."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cli import main
from app.ports import ReceptionPorts
from app.registration import assemble_registration
from kiosk.card.apdu import CardChannel
from kiosk.card.jpki import JpkiAp
from kiosk.flow.executors import InlineExecutor
from kiosk.reception.face_runner import ThreadFaceRunner
from kiosk.registration.table import RegistrationState as S
from kiosk.registration.view import slip_of, staff_view
from kiosk.secrets import MemorySecretStore
from kiosk.store.models import AuditEvent
from simulators.camera import scene
from simulators.card.connection import VirtualCardConnection
from simulators.card.slot import VirtualCardSlot
from simulators.eligibility import Faults, SimulatedEligibilityService
from simulators.registration_scenarios import HolderScript, run_holder


@pytest.fixture
def desk(tmp_path):
    desks = []

    def build(*, face: bool = False, faults: Faults | None = None):
        slot = VirtualCardSlot()
        eligibility = SimulatedEligibilityService(faults=faults)
        runner = ThreadFaceRunner(lambda: scene("right-person-present", loop=True)) if face else None
        ports = ReceptionPorts(slot, eligibility, MemorySecretStore(), collation=slot, face=runner)
        built = assemble_registration(f"sqlite:///{tmp_path / 'desk.db'}", ports,
                                      desk_id="REG-02", executor=InlineExecutor())
        desks.append(built)
        return built, slot, eligibility

    yield build
    for built in desks:
        built.close()


def test_a_holder_not_yet_registered_registers_with_the_pin(desk):
    built, slot, eligibility = desk()
    outcome = run_holder(built.flow, slot, HolderScript("R007"))
    assert outcome.final_state is S.DONE and outcome.registered and outcome.method == "pin"
    assert outcome.states == ["waiting", "reading-card", "pin-entry", "verifying", "checking", "terms",
                              "registering", "consents", "done"]
    card = slot._card
    assert JpkiAp(CardChannel(VirtualCardConnection(card))).auth_pin_status().tries_left == 3
    lines = slip_of(built.flow.ctx, "REG-02").slip_lines()
    assert "申し込みを しました" in lines[0]
    assert any("0120-95-0178" in line for line in lines)
    assert any("資格確認書" in line for line in lines)  # what to do when the card cannot be used
    with Session(built.store.engine) as session:
        events = [(e.event, e.terminal_id, json.loads(e.data)) for e in session.scalars(select(AuditEvent))]
    [(event, desk_id, data)] = [e for e in events if e[0].startswith("registration_desk.")]
    assert (event, desk_id) == ("registration_desk.registered", "REG-02")
    assert set(data) == {"session", "cert_hash", "method"} and data["method"] == "pin"
    assert built.store.verify_audit().ok


def test_a_wrong_pin_shows_the_tries_left_and_the_right_one_goes_through(desk):
    built, slot, _ = desk()
    outcome = run_holder(built.flow, slot, HolderScript("R007", pins=("0000",)))
    assert outcome.registered and outcome.states.count("pin-entry") == 2


def test_a_holder_already_registered_is_told_so(desk):
    built, slot, _ = desk()
    outcome = run_holder(built.flow, slot, HolderScript("R002"))
    assert outcome.final_state is S.DONE and outcome.already_registered and not outcome.registered
    assert "terms" not in outcome.states
    assert staff_view(S.DONE, built.flow.ctx).title.startswith("すでに 登録済みでした")


def test_declining_the_terms_registers_nothing_and_says_how_to_later(desk):
    built, slot, eligibility = desk()
    outcome = run_holder(built.flow, slot, HolderScript("R007", agree=False))
    assert outcome.final_state is S.DONE and outcome.declined and not outcome.registered
    assert "あとからでも" in slip_of(built.flow.ctx, "REG-02").slip_lines()[1]


def test_the_face_path_where_the_terminal_has_one(desk):
    built, slot, _ = desk(face=True)
    outcome = run_holder(built.flow, slot, HolderScript("R001", method="face"))
    assert outcome.method == "face" and "face-capture" in outcome.states and "pin-entry" not in outcome.states
    assert outcome.final_state is S.DONE and outcome.already_registered


@pytest.mark.parametrize(("resident_id", "code"), [
    ("R005", "CARD_CERT_EXPIRED"), ("R004", "CARD_PIN_BLOCKED"), ("R013", "REGISTRATION_NEEDS_FACE")])
def test_refusals_end_with_the_next_step(desk, resident_id, code):
    built, slot, _ = desk()
    outcome = run_holder(built.flow, slot, HolderScript(resident_id))
    assert outcome.final_state is S.FAILED and outcome.failure_code == code
    view = staff_view(S.FAILED, built.flow.ctx, "REG-02")
    assert view.slip is not None and view.actions[0].label == "次の 方"


def test_the_service_down_is_a_failure_the_slip_explains(desk):
    built, slot, _ = desk(faults=Faults(timeout=True))
    outcome = run_holder(built.flow, slot, HolderScript("R007"))
    assert outcome.final_state is S.FAILED and outcome.failure_code == "ELIGIBILITY_UNAVAILABLE"


def test_simulate_registration_on_the_command_line(tmp_path, capsys):
    status = main(["simulate", "registration", "--resident", "R007", "--database-url",
                   f"sqlite:///{tmp_path / 'cli.db'}", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert status == 0 and out["outcome"] == "registered" and out["method"] == "pin"
    assert out["states"][-1] == "done" and any("0120-95-0178" in line for line in out["slip"])
    declined = main(["simulate", "registration", "--resident", "R007", "--decline", "--database-url",
                     f"sqlite:///{tmp_path / 'cli.db'}", "--json"])
    assert declined == 1 and json.loads(capsys.readouterr().out)["outcome"] == "declined"
