"""Many counters, one database (issue 5 §8): desk processes hand over distinct residents on one
PostgreSQL database while all of them race for the same application. Every handover is recorded
exactly once; the race is lost cleanly, with a message naming why."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kiosk.store.counter import open_counter_store
from simulators.card_management import application_id_for

ROOT = Path(__file__).resolve().parents[2]
DESKS = 4


def desk(application_id: str, desk_id: str, database_url: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "app", "simulate", "counter", "--application-id", application_id,
                             "--desk", desk_id, "--database-url", database_url, "--json"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_desk_processes_race_on_postgresql(postgres_url):
    store = open_counter_store(postgres_url)  # migrate once, before the desks start
    store.staff.create("clerk01", "窓口1 (シミュレーター)", "counter", "counter-pass-01")
    own = [application_id_for(r) for r in ("R002", "R003", "R008", "R011")]
    shared = application_id_for("R014")
    processes = [desk(app, f"DESK-{n}", postgres_url) for n, app in enumerate(own, start=1)]
    processes += [desk(shared, f"DESK-{n}", postgres_url) for n in range(1, DESKS + 1)]
    results = [json.loads(p.communicate(timeout=120)[0]) for p in processes]
    mine, race = results[:DESKS], results[DESKS:]
    assert all(r["outcome"] == "handed-over" for r in mine)
    winners = [r for r in race if r["outcome"] == "handed-over"]
    losers = [r for r in race if r["outcome"] != "handed-over"]
    assert len(winners) == 1
    assert {r["code"] for r in losers} <= {"COUNTER_ALREADY_IN_PROGRESS", "COUNTER_ALREADY_HANDED_OVER"}
    assert all(r["message"] and "Traceback" not in r["message"] for r in losers)
    for application in own + [shared]:
        completed = [h for h in store.handovers_of(application) if h.state == "completed"]
        assert len(completed) == 1, application
    assert store.verify_audit().ok
    store.close()
