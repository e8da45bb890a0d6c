"""Monthly dashboard benchmark (issue 17 §4): a year of counter data in PostgreSQL — at least
200 000 handovers, their applications with the seed-004 dates, some failed attempts, the audit
chain of those attempts and of the registration support desks' visits — loaded with COPY, then
each month's dashboard (``kiosk.store.monthly``) built ``--repeats`` times: the report alone and
with both CSV texts, median and p95. Target: ≤ 1 s per month. ``--explain`` prints the
plan of every query of one month (which index each one uses).

Not a test: ``.venv/bin/python bench/dashboard.py [--database-url postgresql+psycopg://...]``.
Without a URL it starts a throwaway PostgreSQL cluster from the installed server binaries (as the
``postgres`` user when run as root) and removes it afterwards. A given database is migrated, and
its ``handovers``, ``identity_checks``, ``applications`` and ``staff`` rows are replaced; the audit
events are appended to its chain (append-only: a second run on the same database counts twice).
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import os
import pwd
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Engine, event  # noqa: E402

from bench.stats import p95  # noqa: E402
from kiosk.clock import TOKYO  # noqa: E402
from kiosk.counter.applications import make_application_id  # noqa: E402
from kiosk.registration.outcomes import OUTCOME_EVENTS  # noqa: E402
from kiosk.store.audit import (  # noqa: E402
    COUNTER_CLAIMED,
    COUNTER_FAILED,
    COUNTER_HANDED_OVER,
    COUNTER_IDENTITY_CHECKED,
    canonical_json,
    event_hash,
)
from kiosk.store.db import open_engine  # noqa: E402
from kiosk.store.monthly import MonthlyStatistics  # noqa: E402

DESKS = tuple(f"DESK-{n:02d}" for n in range(1, 7))
REGISTRATION_DESKS = ("REG-01", "REG-02", "REG-03")
#: How a registration support desk visit ends (``OUTCOME_EVENTS``' order): registered, already
#: registered, declined, failed.
OUTCOME_WEIGHTS = (55, 20, 15, 10)
STAFF = tuple(f"clerk{n:02d}" for n in range(1, 9))
APPLICATION_COLUMNS = ("application_id", "name", "name_kana", "birth_date", "address", "sex", "face_card", "status",
                       "desk_id", "imported_at", "source_digest", "received_on", "preissuance_set_on",
                       "notice_sent_on")
HANDOVER_COLUMNS = ("application_id", "desk_id", "staff_id", "state", "claimed_at", "ended_at", "card_kind",
                    "codes_set", "registered", "failure_code")
AUDIT_COLUMNS = ("at", "terminal_id", "event", "data", "prev_hash", "hash")
Rows = list[tuple[object, ...]]
Event = tuple[datetime, str, str, dict[str, str]]  # at, terminal, event, data: one audit event to chain


@contextlib.contextmanager
def temporary_postgres() -> Iterator[str]:
    """A throwaway cluster on a Unix socket in a temporary folder (like tests/database_fixtures.py)."""
    found = shutil.which("initdb") or max(glob.glob("/usr/lib/postgresql/*/bin/initdb"), default=None)
    if found is None:
        raise SystemExit("PostgreSQL server binaries are not installed: give --database-url")
    bindir = Path(found).parent
    root = Path(tempfile.mkdtemp(prefix="myna-bench-"))
    prefix: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        owner = pwd.getpwnam("postgres")
        os.chown(root, owner.pw_uid, owner.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data = root / "data"
    try:
        subprocess.run([*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E",
                        "UTF8", "--no-locale", "--no-sync"], check=True, capture_output=True)
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w", "-o",
                        f"-k {root} -c listen_addresses='' -c fsync=off -c synchronous_commit=off", "start"],
                       check=True, capture_output=True)
        try:
            yield f"postgresql+psycopg://postgres@/postgres?host={root}"
        finally:
            subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                           capture_output=True, check=False)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def generate(handovers: int, year: int, seed: int = 17) -> tuple[Rows, Rows, list[Event]]:
    """Applications, handover attempts and audit events for ``year``: ``handovers`` completed
    handovers on weekdays 08:30–19:00 local time (one in a thousand at 23:30 on its month's last
    day), each application received, set up and notified 2–10 weeks before; 15 % more applications
    still waiting at the year's end; 5 % failed attempts before a handover; about a fifth of
    residents 75 or older. The audit events in time order: each attempt's claim, identity check
    and end, and the registration support desks' visits (:func:`registration_visits`)."""
    rng = random.Random(seed)  # noqa: S311 - made-up data, not secrets
    first, last = date(year, 1, 1), date(year, 12, 31)
    weekdays = [first + timedelta(days=n) for n in range((last - first).days + 1)
                if (first + timedelta(days=n)).weekday() < 5]
    imported = datetime(year + 1, 1, 5, tzinfo=UTC)
    applications: Rows = []
    attempts: Rows = []
    for n in range(round(handovers * 1.15)):
        application_id = make_application_id(10**20 + n)
        handed = n < handovers
        day = rng.choice(weekdays) if handed else last + timedelta(days=rng.randrange(1, 60))
        notice = day - timedelta(days=rng.randrange(3, 45))
        set_on = notice - timedelta(days=rng.randrange(1, 6))
        received = set_on - timedelta(days=rng.randrange(10, 30))
        born = date(rng.choice(range(1925, 1950) if rng.random() < 0.2 else range(1925, 2020)),
                    rng.randrange(1, 13), rng.randrange(1, 29))
        face, desk = rng.random() < 0.05, rng.choice(DESKS)
        if handed:
            at = datetime.combine(day, clock_time(8, 30), TOKYO) + timedelta(minutes=rng.randrange(0, 630))
            if n % 1000 == 0:  # the evening desk: 23:30 local on the last day belongs to that month
                month_end = (day.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                at = datetime.combine(month_end, clock_time(23, 30), TOKYO)
            staff = rng.choice(STAFF)
            if rng.random() < 0.05:
                attempts.append((application_id, desk, staff, "failed", at - timedelta(minutes=40),
                                 at - timedelta(minutes=25), None, "", None, "RESIDENT_LEFT"))
            registered = rng.random() < (0.7 if born.year < 1951 else 0.55)
            attempts.append((application_id, desk, staff, "completed", at - timedelta(minutes=20), at,
                             "face_auth" if face else "standard", "" if face else "sign,auth,juki,kenhojo",
                             registered, None))
        dates = [d if d <= last else None for d in (received, set_on, notice)]
        applications.append((application_id, "試験　太郎", "シケン　タロウ", born, "東京都千代田区1-1", "1", face,
                             "handed-over" if handed else "card-ready", desk if handed else None, imported,
                             "0" * 64, *dates))
    events = [event for claim, attempt in enumerate(attempts, 1) for event in _counter_events(claim, attempt)]
    events += registration_visits(rng, weekdays)
    events.sort(key=lambda event: event[0])
    return applications, attempts, events


def _counter_events(claim: int, attempt: tuple[object, ...]) -> list[Event]:
    """The audit events of one handover attempt, as ``kiosk.store.counter`` writes them."""
    application_id, desk, staff, state, claimed_at, ended_at, card_kind, codes, registered, failure = attempt
    assert isinstance(claimed_at, datetime) and isinstance(ended_at, datetime) and isinstance(desk, str)
    ids = {"claim_id": str(claim), "application_id": str(application_id)}
    end = ({"card_kind": str(card_kind), "pin_kinds": str(codes), "registered": str(registered).lower()}
           if state == "completed" else {"failure_code": str(failure), "pin_kinds": str(codes)})
    who = {**ids, "staff_id": str(staff)}
    return [(claimed_at, desk, COUNTER_CLAIMED, who),
            (claimed_at + timedelta(minutes=5), desk, COUNTER_IDENTITY_CHECKED,
             {**who, "decision": "confirmed", "documents": "driving_license"}),
            (ended_at, desk, COUNTER_HANDED_OVER if state == "completed" else COUNTER_FAILED, {**who, **end})]


def registration_visits(rng: random.Random, weekdays: list[date]) -> list[Event]:
    """The audit events of the registration support desks: 2–8 visits a weekday at each desk
    between 09:00 and 17:00 local time, each closed by one outcome event (:data:`OUTCOME_WEIGHTS`),
    one in ten with a staff call before it."""
    events: list[Event] = []
    for day in weekdays:
        for desk in REGISTRATION_DESKS:
            for visit in range(rng.randrange(2, 9)):
                at = datetime.combine(day, clock_time(9), TOKYO) + timedelta(seconds=rng.randrange(8 * 3600))
                if rng.random() < 0.1:
                    events.append((at - timedelta(minutes=3), desk, "registration_desk.staff_call",
                                   {"session": str(visit + 1), "state": "PIN_ENTRY"}))
                outcome = rng.choices(OUTCOME_EVENTS, OUTCOME_WEIGHTS)[0]
                data = {"session": str(visit + 1), "cert_hash": f"{rng.getrandbits(256):064x}", "method": "pin"}
                if outcome == OUTCOME_EVENTS[-1]:
                    data["failure_code"] = "SERVICE_UNAVAILABLE"
                events.append((at, desk, outcome, data))
    return events


def _chained(events: list[Event], previous: str) -> Iterator[tuple[object, ...]]:
    """The events as audit rows (:data:`AUDIT_COLUMNS`), each hash chained to the one before as
    ``kiosk.store.audit`` chains them, the first to ``previous``."""
    for at, desk, name, data in events:
        digest = event_hash(previous, at, desk, name, data)
        yield at, desk, name, canonical_json(data), previous, digest
        previous = digest


def load(engine: Engine, applications: Rows, attempts: Rows, events: list[Event]) -> None:
    """Replace the counter tables' rows with these and append the events to the audit chain (moving
    its head), by COPY; then VACUUM (index-only scans need the visibility map) and ANALYZE."""
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        # VACUUM marks a page all-visible only once the commit of its rows is on disk.
        cursor.execute("SET LOCAL synchronous_commit = on")
        cursor.execute("TRUNCATE identity_checks, handovers, applications, staff")
        with cursor.copy("COPY staff (staff_id, label, role, credential, active, failed_logins, created_at)"
                         " FROM STDIN") as copy:
            for staff in STAFF:
                copy.write_row((staff, staff, "counter", "x", True, 0, datetime(2025, 1, 1, tzinfo=UTC)))
        with cursor.copy(f"COPY applications ({', '.join(APPLICATION_COLUMNS)}) FROM STDIN") as copy:
            for row in applications:
                copy.write_row(row)
        with cursor.copy(f"COPY handovers ({', '.join(HANDOVER_COLUMNS)}) FROM STDIN") as copy:
            for row in attempts:
                copy.write_row(row)
        cursor.execute("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
        head = cursor.fetchone()
        assert head is not None
        last = head[0]
        with cursor.copy(f"COPY audit_events ({', '.join(AUDIT_COLUMNS)}) FROM STDIN") as copy:
            for row in _chained(events, last):  # in chain order: ids increase along the chain
                copy.write_row(row)
                last = row[-1]
        cursor.execute("UPDATE audit_chain_head SET last_id = (SELECT max(id) FROM audit_events), last_hash = %s"
                       " WHERE id = 1", (last,))
        connection.commit()
        connection.driver_connection.autocommit = True  # type: ignore[union-attr]
        try:  # VACUUM before any ANALYZE: an asynchronous commit of one could keep the pages from all-visible
            for statement in ("VACUUM", "ANALYZE"):
                for table in ("applications", "handovers", "audit_events"):
                    cursor.execute(f"{statement} {table}")
        finally:
            connection.driver_connection.autocommit = False  # type: ignore[union-attr]
    finally:
        connection.close()


def explain(engine: Engine, dashboard: MonthlyStatistics, month: date) -> None:
    """Run one month's report, then EXPLAIN ANALYZE each statement it sent."""
    sent: list[tuple[str, object]] = []

    def record(_conn: object, _cursor: object, statement: str, parameters: object, _context: object,
               _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        dashboard.report(month)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    with engine.connect() as connection:
        for statement, parameters in sent:
            print("\n" + " ".join(statement.split())[:160] + " ...")
            plan = connection.exec_driver_sql("EXPLAIN (ANALYZE, COSTS OFF) " + statement, parameters)  # type: ignore[arg-type]
            for (line,) in plan:
                print("   ", line)


# month, handed over, follow-up rows, registration desk visits, ms alone, ms with CSV
Timings = tuple[str, int, int, int, list[float], list[float]]


def measure(dashboard: MonthlyStatistics, year: int, repeats: int) -> list[Timings]:
    """Each month of ``year``: its dashboard built ``repeats`` times after one warm-up."""
    rows = []
    for month in range(1, 13):
        first = date(year, month, 1)
        dashboard.report(first)  # warm the caches of this month's pages
        alone, rendered = [], []
        report = None
        for _ in range(repeats):
            started = time.perf_counter()
            report = dashboard.report(first)
            middle = time.perf_counter()
            report.to_csv()
            report.follow_up_csv()
            done = time.perf_counter()
            alone.append((middle - started) * 1000)
            rendered.append((done - started) * 1000)
        assert report is not None
        rows.append((f"{first:%Y-%m}", report.counts.cards_handed_over, len(report.follow_up),
                     report.registration_total.visits, alone, rendered))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", help="a PostgreSQL database to fill (default: a throwaway cluster)")
    parser.add_argument("--handovers", type=int, default=200_000, help="completed handovers in the year")
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--explain", action="store_true", help="print the plan of each query of one month")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        url = args.database_url or stack.enter_context(temporary_postgres())
        engine = open_engine(url)
        if engine.dialect.name != "postgresql":
            raise SystemExit("the benchmark is for PostgreSQL")
        started = time.perf_counter()
        applications, attempts, events = generate(args.handovers, args.year)
        generated = time.perf_counter()
        load(engine, applications, attempts, events)
        loaded = time.perf_counter()
        print(f"{len(applications)} applications, {len(attempts)} handover attempts, {len(events)} audit events: "
              f"generated in {generated - started:.1f} s, loaded (COPY, VACUUM ANALYZE) in {loaded - generated:.1f} s")
        dashboard = MonthlyStatistics(engine)
        if args.explain:
            explain(engine, dashboard, date(args.year, 11, 1))
        rows = measure(dashboard, args.year, args.repeats)
        print(f"\nmonth dashboard, {args.repeats} runs each (ms)")
        print(f"{'month':8} {'handed over':>11} {'follow-up':>9} {'reg. visits':>11} {'report median':>13}"
              f" {'p95':>7} {'+ CSV median':>12} {'p95':>7}")
        for month, handed, follow, visits, alone, rendered in rows:
            print(f"{month:8} {handed:>11} {follow:>9} {visits:>11} {statistics.median(alone):>13.1f}"
                  f" {p95(alone):>7.1f} {statistics.median(rendered):>12.1f} {p95(rendered):>7.1f}")
        worst = max(p95(rendered) for *_, rendered in rows)
        print(f"\nworst p95 with CSV: {worst:.0f} ms (target ≤ 1000 ms)")
        engine.dispose()
        return 0 if worst <= 1000 else 1


if __name__ == "__main__":
    sys.exit(main())
