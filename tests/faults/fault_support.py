"""What the fault tests share: the crashing child process, a kiosk built in this process with fixed
keys, the "restart" (open the store again, one outbox round) and the consistency checks every
fault ends with."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner
from fault_child import CRASH_STATUS, OUTBOX_KEY_BYTES, fixed_secrets
from sqlalchemy import select

from app.cli import cli
from app.reception import assemble
from kiosk.handoff.files import FolderResultSink
from kiosk.handoff.outbox import DeliveryRound, ResultOutbox, Sealer
from kiosk.handoff.xml_result import parse_result_xml
from kiosk.reception.config import ReceptionConfig, hash_staff_pin
from kiosk.reception.face_runner import ThreadFaceRunner
from kiosk.settings import Settings
from kiosk.store import audit
from kiosk.store.db import open_store
from kiosk.store.models import AuditEvent, OutboxEntry, ReceptionVisit, Registration
from kiosk.store.repositories import SqlReceptionStore
from simulators.camera import scene
from simulators.card.slot import VirtualCardSlot
from simulators.eligibility import SimulatedEligibilityService
from simulators.residents import resident
from simulators.scenarios import ResidentScript, ScenarioOutcome, run_scenario

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
TERMINAL = "KIOSK-01"
STAFF_PIN = "246813"
BOOTSTRAP = f"import sys; sys.path.insert(0, {str(HERE)!r}); import fault_child; fault_child.main(sys.argv[1:])"


# -- the crashing child ------------------------------------------------------------------------------

def child_env(home: Path) -> dict[str, str]:
    """The child's environment: its user folders (settings, default request folders) in ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MYNA_KIOSK")}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env["HOME"] = str(home)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def start_child(point: str, command: list[str], home: Path) -> subprocess.Popen[str]:
    home.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen([sys.executable, "-c", BOOTSTRAP, point, *command], cwd=ROOT, env=child_env(home),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish_child(process: subprocess.Popen[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    out, err = process.communicate(timeout=timeout)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def run_child(point: str, command: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    return finish_child(start_child(point, command, home))


class Children:
    """Crashing children started together (each takes about a second of start-up, mostly imports):
    they run side by side and each test waits for its own."""

    def __init__(self) -> None:
        self._running: dict[str, subprocess.Popen[str]] = {}
        self._done: dict[str, subprocess.CompletedProcess[str]] = {}

    def start(self, key: str, point: str, command: list[str], home: Path) -> None:
        self._running[key] = start_child(point, command, home)

    def result(self, key: str) -> subprocess.CompletedProcess[str]:
        if key not in self._done:
            self._done[key] = finish_child(self._running.pop(key))
        return self._done[key]

    def stop(self) -> None:
        """Kill the children no test waited for (a failed or deselected test)."""
        for process in self._running.values():
            if process.poll() is None:
                process.kill()
            process.communicate()
        self._running.clear()


def assert_crashed(done: subprocess.CompletedProcess[str]) -> None:
    """The armed point was reached: the child died there, not at the end of a normal run."""
    assert done.returncode == CRASH_STATUS, f"exit {done.returncode}, the crash point was not reached:\n" \
                                            f"{done.stdout[-1500:]}\n{done.stderr[-3000:]}"
    assert "Traceback" not in done.stderr, done.stderr[-3000:]


def reception_command(url: str, share: Path, resident_id: str = "R002", method: str = "pin") -> list[str]:
    return ["simulate", "reception", "--resident", resident_id, "--method", method, "--json",
            "--database-url", url, "--results-dir", str(share)]


# -- a kiosk in this process -------------------------------------------------------------------------

def settings_for(tmp_path: Path, url: str, share: Path, **reception: object) -> Settings:
    return Settings(database_url=url, results_dir=share, requests_dir=tmp_path / "REQ", responses_dir=tmp_path / "RES",
                    log_dir=tmp_path / "logs",
                    reception=ReceptionConfig(staff_pin_hash=hash_staff_pin(STAFF_PIN), **reception))  # type: ignore[arg-type]


@dataclass
class Visit:
    outcome: ScenarioOutcome
    kiosk: object
    service: object


def build_kiosk(settings: Settings, *, eligibility=None, executor=None, service_executor=None, scheduler=None):
    """The real composition (``app.reception.assemble``) on the simulators, with the fixed keys."""
    from kiosk.flow.executors import InlineExecutor

    slot = VirtualCardSlot()
    service = eligibility or SimulatedEligibilityService()
    kiosk = assemble(settings, slot=slot, eligibility=service, secrets=fixed_secrets(), collation=slot,
                     face=ThreadFaceRunner(lambda: scene("right-person-present", loop=True)),
                     executor=executor or InlineExecutor(), service_executor=service_executor,
                     scheduler=scheduler)
    return kiosk, slot, service


def drive(kiosk, slot, resident_id: str = "R002", method: str = "pin", timeout: float = 30.0) -> ScenarioOutcome:
    """One resident through the kiosk; the previous resident's card is taken out first."""
    slot.remove()
    person = resident(resident_id)
    script = ResidentScript(resident_id, method, pin=person.auth_pin, staff_pin=STAFF_PIN)
    return run_scenario(kiosk.flow, slot.insert_resident, script, timeout=timeout)


def run_visit(settings: Settings, resident_id: str = "R002", **build) -> ScenarioOutcome:
    kiosk, slot, _ = build_kiosk(settings, **build)
    try:
        return drive(kiosk, slot, resident_id)
    finally:
        kiosk.close()


# -- restart and consistency -------------------------------------------------------------------------

def outbox_round(store: SqlReceptionStore, share: Path) -> DeliveryRound:
    """What the kiosk does at start-up: one pass over the outbox with the same sealing key."""
    return ResultOutbox(store, FolderResultSink(share), Sealer(OUTBOX_KEY_BYTES), TERMINAL).deliver_pending()


def rows(store: SqlReceptionStore, model) -> list:
    with store.engine.connect() as connection:
        return list(connection.execute(select(model).order_by(model.id)))


def on_share(share: Path) -> list[str]:
    return sorted(path.name for path in share.iterdir())


def audit_verify_cli(url: str) -> dict:
    """``myna-kiosk audit verify --json`` (in-process): exit 0 and ``ok``."""
    result = CliRunner().invoke(cli, ["audit", "verify", "--database-url", url, "--json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    report = json.loads(result.stdout)
    assert result.exit_code == 0 and report["ok"], result.output
    return report


def assert_reception_consistent(store: SqlReceptionStore, url: str, share: Path, *,
                                completed: int | None = None) -> list:
    """Either no visit and no file, or completed (or unconfirmed) visits whose two files are each
    on the share exactly once, whole, delivered and audited once, and no temp file; no "failed" row next to a
    completed one; nothing left pending; the audit chain intact (API and CLI).

    :param completed: how many completed visits there must be (None: any).
    :returns: the completed visits' rows.
    """
    visits = rows(store, ReceptionVisit)
    done = [v for v in visits if v.outcome == "completed"]
    failed = [v for v in visits if v.outcome == "failed"]
    if completed is not None:
        assert len(done) == completed, visits
    if done:
        assert not failed, f"a completed visit has a second, failed row: {visits}"
    # The clinic system gets a file for every completed visit, and an "unconfirmed" one for a
    # resident who proved who they are while the service could not confirm the qualification.
    handed = done + [v for v in failed if v.file_id]
    expected = sorted(f"{v.file_id}.{kind}" for v in handed for kind in ("json", "xml"))
    assert on_share(share) == expected, "the share must hold each visit's two files, nothing else"
    for visit in handed:
        xml = (share / f"{visit.file_id}.xml").read_bytes()
        document = json.loads((share / f"{visit.file_id}.json").read_bytes())
        assert parse_result_xml(xml) == document  # both whole, and of the same result
        if visit.outcome == "failed":
            assert document["message_header"]["error_code"] == "QUALIFICATION_UNCONFIRMED"
    entries = rows(store, OutboxEntry)
    assert sorted(e.file_id for e in entries) == sorted(v.file_id for v in handed)
    assert all(e.delivered_at is not None and e.xml is None and e.json is None for e in entries), entries
    events = rows(store, AuditEvent)
    delivered = [json.loads(e.data)["file_id"] for e in events if e.event == audit.RESULT_DELIVERED]
    assert sorted(delivered) == sorted(v.file_id for v in handed), "one result.delivered event per result"
    completed_events = [e for e in events if e.event == audit.RECEPTION_COMPLETED]
    assert len(completed_events) == len(done)
    assert len(rows(store, Registration)) <= len(done)
    assert store.pending_results() == []
    report = store.verify_audit()
    assert report.ok, report
    assert audit_verify_cli(url)["events"] == len(events)
    return done


def restart(url: str) -> SqlReceptionStore:
    return open_store(url)
