"""Fleet configuration (issue 15 §3): /etc settings, drop-ins, the terminal's own file and the
environment in layers; every mistake reported at once; secrets only in private files; and every
terminal of one clinic hashing a card the same way, without a desktop keyring."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.reception.config import check_staff_pin, hash_staff_pin
from kiosk.secrets import new_key_text
from kiosk.settings import ConfigError, Paths, load_settings

ROOT = Path(__file__).resolve().parents[2]


def fleet(tmp_path: Path) -> tuple[Paths, Path]:
    system = tmp_path / "etc"
    (system / "settings.d").mkdir(parents=True)
    (system / "secrets").mkdir(mode=0o700)
    user = tmp_path / "user"
    user.mkdir()
    return Paths(tmp_path / "data", user, tmp_path / "logs", system), system


def private(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)


def test_layers_apply_in_order_and_the_environment_wins(tmp_path):
    paths, system = fleet(tmp_path)
    (system / "settings.toml").write_text(
        'time_zone = "Asia/Tokyo"\n[reception]\nterminal_id = "CLINIC"\ninstitution_code = "1312345678"\n'
        'face_attempts = 3\n', encoding="utf-8")
    (system / "settings.d" / "20-terminal.toml").write_text('[reception]\nterminal_id = "K-02"\n', encoding="utf-8")
    (system / "settings.d" / "10-site.toml").write_text('[reception]\nterminal_id = "SITE"\nface_attempts = 2\n',
                                                       encoding="utf-8")
    (paths.config / "settings.toml").write_text('[camera]\nface = 0\ncard_face = "same"\n', encoding="utf-8")
    settings = load_settings(paths=paths, environ={"MYNA_KIOSK_RECEPTION__FACE_ATTEMPTS": "5",
                                                   "MYNA_KIOSK_ELIGIBILITY_URL": "https://oqs.example.jp/api"})
    assert settings.reception.terminal_id == "K-02"  # drop-ins in name order, after the shared file
    assert settings.reception.institution_code == "1312345678" and settings.reception.face_attempts == 5
    assert settings.camera.face == 0 and settings.camera.same_camera
    assert settings.eligibility_url == "https://oqs.example.jp/api"
    assert {"reception.terminal_id", "reception.institution_code", "camera.face", "eligibility_url"} \
        <= settings.configured


def test_every_mistake_in_every_layer_is_reported_at_once(tmp_path):
    paths, system = fleet(tmp_path)
    (system / "settings.toml").write_text('[reception]\nterminal_id = "bad id!"\n', encoding="utf-8")
    (system / "settings.d" / "k.toml").write_text('[camera]\nface = "video0"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_settings(paths=paths, environ={"MYNA_KIOSK_RECEPTION__WAIT_SECONDS": "90", "MYNA_KIOSK_COLOUR": "red"})
    detail = raised.value.detail
    for named in ("reception.terminal_id", "camera.face", "reception.wait_seconds", "unknown key colour",
                  str(system / "settings.toml"), "k.toml"):
        assert named in detail


def test_passwords_live_in_private_secret_files_only(tmp_path):
    paths, system = fleet(tmp_path)
    shared = system / "settings.toml"
    shared.write_text('database_url = "postgresql+psycopg://kiosk:hunter2@db/kiosk"\n', encoding="utf-8")
    shared.chmod(0o644)
    with pytest.raises(ConfigError, match="holds a password others may read"):
        load_settings(paths=paths, environ={})
    shared.write_text('database_url = "postgresql+psycopg://kiosk@db/kiosk"\n', encoding="utf-8")
    private(system / "secrets" / "database-password", "s3cret/with:odd@chars\n")
    private(system / "secrets" / "staff-pin-hash", hash_staff_pin("8642") + "\n")
    settings = load_settings(paths=paths, environ={})
    from sqlalchemy.engine import make_url

    assert make_url(settings.database_url).password == "s3cret/with:odd@chars"
    assert check_staff_pin("8642", settings.reception.staff_pin_hash)
    (system / "secrets" / "database-password").chmod(0o644)
    with pytest.raises(ConfigError, match="may be read by others"):
        load_settings(paths=paths, environ={})


def test_two_terminals_hash_a_card_alike_without_any_keyring(tmp_path):
    _, system = fleet(tmp_path)
    private(system / "secrets" / "cert-hash-key", new_key_text() + "\n")
    program = ("import json; from app.ports import secret_store; from kiosk.secrets import CERT_HASH_KEY, cert_hash;"
               "from kiosk.card.visit import CardVisit; from simulators.residents import resident;"
               "from simulators.card import VirtualCardConnection, card_for;"
               "store = secret_store(simulator=False);"
               "der = CardVisit(VirtualCardConnection(card_for(resident('R002')))).read_identity().certificate_der;"
               "store.get_or_create('outbox-key');"  # the terminal's own key: made on first use
               "print(json.dumps([type(store).__name__, cert_hash(der, store.get_or_create(CERT_HASH_KEY))]))")
    answers = []
    for terminal in ("k1", "k2"):
        home = tmp_path / terminal
        env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "PYTHONPATH": str(ROOT),
               "MYNA_KIOSK_SYSTEM_DIR": str(system), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        done = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True, timeout=60,
                              check=True)
        answers.append(json.loads(done.stdout))
        own = home / "data" / "myna-kiosk" / "secrets" / "outbox-key"
        assert own.stat().st_mode & 0o777 == 0o600
    assert answers[0] == answers[1] and answers[0][0] == "FileSecretStore"


def test_secret_files_are_written_private_and_never_echoed(tmp_path, monkeypatch, capsys):
    import io

    from app.cli import main

    folder = tmp_path / "secrets"
    assert main(["secrets", "create-key", "--dir", str(folder), "--json"]) == 0
    assert (folder / "cert-hash-key").stat().st_mode & 0o777 == 0o600
    key = (folder / "cert-hash-key").read_text()
    assert main(["secrets", "create-key", "--dir", str(folder)]) == 4
    assert (folder / "cert-hash-key").read_text() == key  # never replaced by accident
    monkeypatch.setattr("sys.stdin", io.StringIO("24681357\n24681357\n"))
    assert main(["secrets", "set-staff-pin", "--dir", str(folder)]) == 0
    assert "24681357" not in capsys.readouterr().out
    assert check_staff_pin("24681357", (folder / "staff-pin-hash").read_text().strip())
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n12\n"))
    assert main(["secrets", "set-staff-pin", "--dir", str(folder)]) == 2


def test_a_secrets_folder_the_kiosk_user_may_not_enter_is_passed_over():
    import pwd
    import shutil
    import subprocess as sp
    import tempfile

    from kiosk.secrets import read_secret_file

    if os.geteuid() != 0:
        pytest.skip("needs root to run as another user")
    nobody = pwd.getpwnam("nobody")
    top = Path(tempfile.mkdtemp(prefix="myna-secrets-"))  # outside pytest's root-only tmp folders
    try:
        top.chmod(0o755)
        closed, credentials = top / "etc-secrets", top / "credentials"
        closed.mkdir(mode=0o700)  # root's, as /etc/myna-kiosk/secrets
        (closed / "database-password").write_text("root-only", encoding="utf-8")
        (closed / "database-password").chmod(0o600)
        credentials.mkdir(mode=0o700)  # systemd's credentials folder: the service user's
        key = credentials / "cert-hash-key"
        key.write_text(new_key_text(), encoding="utf-8")
        key.chmod(0o600)
        for path in (credentials, key):
            os.chown(path, nobody.pw_uid, nobody.pw_gid)
        program = ("import sys; from pathlib import Path; from kiosk.secrets import FileSecretStore;"
                   "s = FileSecretStore([Path(sys.argv[1]), Path(sys.argv[2])]);"
                   "print(s.has('cert-hash-key'), s.has('database-password'))")
        done = sp.run(["setpriv", f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups",
                       sys.executable, "-c", program, str(credentials), str(closed)],
                      env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=60,
                      check=False)
        assert done.stdout.split() == ["True", "False"], done.stderr  # the closed folder: not there, no error
        assert read_secret_file("database-password", [credentials, closed]) == "root-only"  # root sees it
    finally:
        shutil.rmtree(top)
