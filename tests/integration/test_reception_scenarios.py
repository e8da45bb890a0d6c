"""Each reception scenario end to end on the simulators, with the real store (SQLite, and
PostgreSQL for one), the real result folder and the simulated eligibility service; then a privacy
scan of everything those runs wrote (issue 4 "Done when")."""

from __future__ import annotations

import logging
import re
import sqlite3
import tempfile
from pathlib import Path

import pytest

from app.reception import assemble
from kiosk import logs
from kiosk.flow.executors import InlineExecutor
from kiosk.handoff.xml_result import parse_result_xml
from kiosk.reception.config import ReceptionConfig, hash_staff_pin
from kiosk.reception.face_runner import ThreadFaceRunner
from kiosk.reception.states import FlowState
from kiosk.secrets import MemorySecretStore
from kiosk.settings import Settings
from kiosk.store.db import open_store
from simulators.camera import scene
from simulators.card.slot import VirtualCardSlot
from simulators.eligibility import EligibilityHttpServer, SimulatedEligibilityService
from simulators.fixtures import face_fixture
from simulators.residents import resident
from simulators.scenarios import ResidentScript, run_scenario

STAFF_PIN = "246813"


def settings_for(tmp_path: Path, database_url: str | None = None) -> Settings:
    return Settings(database_url=database_url or f"sqlite:///{tmp_path / 'kiosk.db'}",
                    results_dir=tmp_path / "results", requests_dir=tmp_path / "REQ",
                    responses_dir=tmp_path / "RES", log_dir=tmp_path / "logs",
                    reception=ReceptionConfig(staff_pin_hash=hash_staff_pin(STAFF_PIN)))


def run(tmp_path: Path, resident_id: str, method: str, *, eligibility=None, database_url=None, pin=None,
        register=True):
    settings = settings_for(tmp_path, database_url)
    slot = VirtualCardSlot()
    service = eligibility or SimulatedEligibilityService()
    kiosk = assemble(settings, slot=slot, eligibility=service, secrets=MemorySecretStore(), collation=slot,
                     face=ThreadFaceRunner(lambda: scene("right-person-present", loop=True)),
                     executor=InlineExecutor())
    person = resident(resident_id)
    script = ResidentScript(resident_id, method, pin=pin or person.auth_pin, staff_pin=STAFF_PIN,
                            register=register)
    try:
        return run_scenario(kiosk.flow, slot.insert_resident, script), kiosk, settings
    finally:
        kiosk.close()


@pytest.mark.parametrize(("resident_id", "method", "final", "code"), [
    ("R002", "pin", FlowState.DONE, ""),
    ("R006", "staff", FlowState.DONE, ""),  # 顔認証マイナンバーカード, staff visual check
    ("R015", "pin", FlowState.DONE, ""),  # 資格 無効: still handed to the clinic
    ("R017", "pin", FlowState.DONE, ""),  # 該当資格なし
    ("R004", "pin", FlowState.PIN_BLOCKED, ""),
    ("R005", "pin", FlowState.ERROR, "CARD_CERT_EXPIRED"),
])
def test_scenarios_on_the_simulators(tmp_path, resident_id, method, final, code):
    outcome, kiosk, settings = run(tmp_path, resident_id, method)
    assert outcome.final_state is final and outcome.error_code == code
    if final is FlowState.DONE:
        xml = settings.results_dir / f"{outcome.file_id}.xml"
        assert xml.is_file() and (settings.results_dir / f"{outcome.file_id}.json").is_file()
    else:
        assert not outcome.file_id and not any(settings.results_dir.iterdir())
    assert kiosk.store.verify_audit().ok


def test_the_face_path_with_the_video(tmp_path):
    if face_fixture("lin_manuel_miranda_clip.mp4") is None:
        pytest.skip("shared face fixtures absent: the face path needs the video")
    outcome, _, _ = run(tmp_path, "R001", "face")
    assert outcome.completed and "face-capture" in outcome.states


def test_unregistered_resident_registers_exactly_once(tmp_path):
    service = SimulatedEligibilityService()
    outcome, _, _ = run(tmp_path, "R007", "pin", eligibility=service)
    assert outcome.completed and "registration" in outcome.states
    assert service.registrations("R007") == 1


def test_declined_registration_ends_without_a_result(tmp_path):
    outcome, kiosk, settings = run(tmp_path, "R007", "pin", register=False)
    assert outcome.final_state is FlowState.DONE and not outcome.file_id
    assert not any(settings.results_dir.iterdir())


def test_service_down_leaves_nothing_half_written(tmp_path):
    service = SimulatedEligibilityService()
    service.faults.timeout = True
    outcome, kiosk, settings = run(tmp_path, "R002", "pin", eligibility=service)
    assert outcome.final_state is FlowState.ERROR and outcome.error_code == "ELIGIBILITY_UNAVAILABLE"
    assert not [p for p in settings.results_dir.iterdir() if p.name.startswith(".")]  # no temp file
    rows = sqlite3.connect(tmp_path / "kiosk.db").execute("select outcome, failure_code from reception_sessions")
    assert rows.fetchall() == [("failed", "ELIGIBILITY_UNAVAILABLE")]


def test_eligibility_over_http_on_loopback(tmp_path):
    from drivers.eligibility_http import HttpEligibilityService

    with EligibilityHttpServer(SimulatedEligibilityService()) as server:
        outcome, _, _ = run(tmp_path, "R002", "pin", eligibility=HttpEligibilityService(server.url, timeout=2))
    assert outcome.completed


def test_a_reception_on_postgresql(tmp_path, postgres_url):
    outcome, kiosk, _ = run(tmp_path, "R002", "pin", database_url=postgres_url)
    assert outcome.completed


IMAGE_MAGIC = (b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xdb", b"\x00\x00\x00\x0cjP  \r\n", b"\xff\x4f\xff\x51\x00",
               b"\x89PNG\r\n\x1a\n")
# Twelve digits standing alone; runs inside hex (hashes) or longer digit runs (timestamps) are not.
TWELVE_DIGITS = re.compile(rb"(?<![0-9A-Fa-f])\d{12}(?![0-9A-Fa-f])")
DATABASE_FILES = (".db", ".db-wal", ".db-shm")


def files_under(folder: Path) -> set[Path]:
    found = set()
    for path in folder.rglob("*") if folder.exists() else ():
        try:
            if path.is_file():
                found.add(path)
        except OSError:  # another process's temporary file, gone meanwhile
            continue
    return found


def read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:  # vanished (another process's temporary file) or not ours to read
        return b""


@pytest.mark.alone  # scans the machine's temp folder: no other test may write there meanwhile
def test_privacy_scan_after_end_to_end_runs(tmp_path):
    """No image bytes, PINs, 12-digit numbers or My Numbers in the database, logs, result files or
    the temp folder after face, PIN and staff receptions (design "Lines we never cross" 1–3)."""
    temp_before = files_under(Path(tempfile.gettempdir()))
    log_file = logs.configure(tmp_path / "logs")
    people = ["R002", "R006"] + (["R001"] if face_fixture("lin_manuel_miranda_clip.mp4") else [])
    try:
        for resident_id, method in zip(people, ["pin", "staff", "face"][:len(people)], strict=True):
            outcome, _, _ = run(tmp_path, resident_id, method)
            assert outcome.completed
        run(tmp_path, "R004", "pin")  # blocked card: failure path
        run(tmp_path, "R002", "pin", pin="0000" if resident("R002").auth_pin != "0000" else "1111")
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", None) == str(log_file):
                root.removeHandler(handler)
                handler.close()
    written = files_under(tmp_path) | (files_under(Path(tempfile.gettempdir())) - temp_before)
    assert log_file.stat().st_size > 0
    database = sqlite3.connect(tmp_path / "kiosk.db")
    dump = "\n".join(database.iterdump()).encode()
    secrets = [resident(r).my_number.encode() for r in people + ["R004"]]
    pins = [resident(r).auth_pin.encode() for r in people + ["R004"] if resident(r).auth_pin]
    for blob, where in [(dump, "database")] + [(read(p), str(p)) for p in written]:
        assert not any(magic in blob for magic in IMAGE_MAGIC), f"image bytes in {where}"
        assert not any(number in blob for number in secrets), f"a My Number in {where}"
        if where.endswith(DATABASE_FILES):  # binary pages: numbers and PINs are checked in the dump
            continue
        assert not TWELVE_DIGITS.search(blob), f"a 12-digit number in {where}"
        for pin in pins:
            # standing alone: inside hex (hashes) or longer digit runs (timestamps) it is noise
            assert not re.search(rb"(?<![0-9A-Fa-f])" + pin + rb"(?![0-9A-Fa-f])", blob), f"a PIN in {where}"


def test_an_outage_still_hands_the_clinic_an_unconfirmed_result(tmp_path):
    """Issue 13 §9: the resident proved who they are, the service is down: the visit ends with a
    next step, and the clinic system gets a result file saying the qualification is unconfirmed."""
    from simulators.eligibility import Faults

    outcome, kiosk, settings = run(tmp_path, "R002", "pin",
                                   eligibility=SimulatedEligibilityService(faults=Faults(timeout=True)))
    assert outcome.final_state is FlowState.ERROR and outcome.error_code == "ELIGIBILITY_UNAVAILABLE"
    [xml] = sorted(settings.results_dir.glob("*.xml"))
    header = parse_result_xml(xml.read_bytes())["message_header"]
    assert (header["segment_of_result"], header["error_code"]) == ("9", "QUALIFICATION_UNCONFIRMED")
    assert "資格確認書" in header["error_message"] and xml.with_suffix(".json").exists()
    store = open_store(settings.database_url)
    try:
        assert store.pending_results() == [] and store.verify_audit().ok
    finally:
        store.close()
