"""IT's commands (issue 15 §5): the schema upgraded by the database owner while the kiosk's own
account has no DDL rights, staff accounts from the command line (passwords never on it), and a
private backup of the whole database."""

from __future__ import annotations

import io
import json
import sqlite3

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app.cli import main
from kiosk.store.db import SchemaOutdatedError, open_engine
from kiosk.store.staff import StaffDirectory


def run(capsys, *args: str) -> tuple[int, dict]:
    status = main([*args, "--json"])
    out = capsys.readouterr().out
    return status, json.loads(out) if out.strip() else {}


def test_the_kiosk_account_needs_no_ddl_once_the_owner_has_upgraded(postgres_server, postgres_url, capsys):
    database = make_url(postgres_url).database
    with postgres_server.connect() as admin:
        admin.execute("DO $$ BEGIN CREATE ROLE kiosk LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    kiosk_url = postgres_url.replace("postgres@", "kiosk@")
    with pytest.raises(SchemaOutdatedError) as raised:
        open_engine(kiosk_url)
    assert "myna-kiosk db upgrade" in raised.value.detail
    status, _ = run(capsys, "db", "status", "--database-url", postgres_url)
    assert status == 1
    status, upgraded = run(capsys, "db", "upgrade", "--database-url", postgres_url)
    assert status == 0 and upgraded["from"] is None and upgraded["to"]
    with psycopg.connect(host=str(postgres_server.socket_dir), port=postgres_server.port, user="postgres",
                         dbname=database, autocommit=True) as owner:
        owner.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO kiosk")
        owner.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO kiosk")
    engine = open_engine(kiosk_url)  # at head: no DDL tried
    StaffDirectory(engine).create("clerk01", "窓口1", "counter", "a-long-password")
    engine.dispose()
    assert run(capsys, "db", "status", "--database-url", kiosk_url)[0] == 0
    with postgres_server.connect() as admin:
        admin.execute(f'REVOKE ALL ON DATABASE "{database}" FROM kiosk')


def test_staff_accounts_from_the_command_line(sqlite_url, capsys, monkeypatch):
    def with_password(*args: str, typed: str = "correct horse") -> tuple[int, dict]:
        monkeypatch.setattr("sys.stdin", io.StringIO(typed + "\n"))
        return run(capsys, "staff", *args, "--password-stdin", "--database-url", sqlite_url)

    assert with_password("add", "clerk07", "--name", "窓口７ 山田")[0] == 0
    assert with_password("add", "clerk07", "--name", "again")[0] == 4  # exists already
    assert with_password("add", "clerk08", "--name", "短い", typed="short")[0] == 4  # too short
    assert with_password("reset", "clerk07", typed="another horse")[0] == 0
    assert run(capsys, "staff", "disable", "clerk07", "--database-url", sqlite_url)[0] == 0
    status, listed = run(capsys, "staff", "list", "--database-url", sqlite_url)
    assert status == 0 and listed["staff"] == [{"staff_id": "clerk07", "name": "窓口７ 山田", "role": "counter",
                                                 "active": False}]
    status, error = run(capsys, "staff", "disable", "nobody", "--database-url", sqlite_url)
    assert status != 0 and "error" in error


def test_a_backup_is_whole_and_private(sqlite_url, tmp_path, capsys, postgres_url):
    engine = open_engine(sqlite_url)
    StaffDirectory(engine).create("clerk01", "窓口1", "counter", "a-long-password")
    engine.dispose()
    target = tmp_path / "backup.db"
    status, done = run(capsys, "db", "backup", str(target), "--database-url", sqlite_url)
    assert status == 0 and target.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT staff_id FROM staff").fetchall() == [("clerk01",)]
    assert run(capsys, "db", "backup", str(target), "--database-url", sqlite_url)[0] == 4  # never overwritten
    open_engine(postgres_url).dispose()
    dump = tmp_path / "kiosk.dump"
    status, done = run(capsys, "db", "backup", str(dump), "--database-url", postgres_url)
    assert status == 0 and done["bytes"] > 1000 and dump.read_bytes()[:5] == b"PGDMP"
    assert dump.stat().st_mode & 0o777 == 0o600
