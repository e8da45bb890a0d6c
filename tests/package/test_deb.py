"""The Debian package (issue 15 items 1, 2, 6; packaging/README.md), as a clinic's IT person meets it:
``make package`` builds it (or finds it up to date), ``dpkg -i`` installs it on this machine with
the network cut off (a network namespace of its own: nothing can be downloaded), and the kiosk
then runs from the installed files alone — ``--version``, ``doctor --json``, a window on Qt's
offscreen screen and one inside cage, each telling systemd it is ready and alive. Reinstalling
keeps a changed setting; removing keeps data and settings; purging removes them and the user.

Marked ``alone``: it installs into this machine's root (and removes what it installed). Needs root,
dpkg and ``unshare``; skipped without them, failed under CI (``CI`` set).
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.alone

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "myna-kiosk"
VENV = Path("/opt/myna-kiosk/venv")
UNITS = Path("/lib/systemd/system")
# What a terminal must never get (issue 15 §1): compilers, headers, test tools, a database server.
BUILD_OR_TEST_ONLY = ("gcc", "python3-dev", "libpcsclite-dev", "xvfb", "xauth", "vsmartcard-vpcd", "postgresql",
                      "sox", "lintian")
# A clean environment for what runs from the installed files (not this test run's, which points
# the kiosk at a test system folder and may carry a display or a notify socket).
CLEAN_ENV = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"}
# Left by this test (and removed by its purge): a leftover install from an interrupted run is ours.
OURS = Path("/var/lib/myna-kiosk/.installed-by-tests-package")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"the package test is required in CI: {reason}")
    pytest.skip(reason)


def _run(*command: str | Path, env: dict[str, str] | None = None, timeout: float = 120,
         check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, timeout=timeout,
                            env=env, check=False)
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, command))} -> {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


def _installed() -> bool:
    status = _run("dpkg-query", "-W", "-f=${Status}", PACKAGE, check=False)
    return "install ok installed" in status.stdout


def _offline(*command: str | Path) -> list[str]:
    """``command`` in a network namespace of its own: only a loopback that is down."""
    return ["unshare", "--net", "--", *map(str, command)]


@pytest.fixture(scope="module")
def deb() -> Path:
    if os.geteuid() != 0:
        _unavailable("installs a .deb: needs root")
    for tool in ("dpkg", "dpkg-deb", "unshare", "make"):
        if shutil.which(tool) is None:
            _unavailable(f"{tool} is not installed")
    if _run("unshare", "--net", "true", check=False).returncode != 0:
        _unavailable("unshare --net is not permitted here (cannot prove an offline install)")
    started = time.monotonic()
    _run("make", "-C", ROOT, "package", timeout=900)
    print(f"make package: {time.monotonic() - started:.0f} s")
    debs = list((ROOT / "dist").glob(f"{PACKAGE}_*.deb"))
    assert len(debs) == 1, debs
    return debs[0]


@pytest.fixture(scope="module")
def installed(deb: Path) -> Iterator[float]:
    """Installs ``deb`` offline; yields the seconds it took. Purges it afterwards."""
    if _installed():
        if not OURS.exists():
            pytest.skip(f"{PACKAGE} is installed on this machine and not by this test: left alone")
        _run("dpkg", "--purge", PACKAGE)
    started = time.monotonic()
    _run(*_offline("dpkg", "-i", deb), timeout=300)
    seconds = time.monotonic() - started
    print(f"offline install: {seconds:.0f} s")
    OURS.touch()
    yield seconds
    if _installed():
        _run("dpkg", "--purge", PACKAGE, timeout=300)


@pytest.fixture
def reachable() -> Iterator[Path]:
    """A folder the kiosk user can reach (pytest's own temporary folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="myna-kiosk-package-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _fields(deb: Path) -> dict[str, str]:
    out = _run("dpkg-deb", "-f", deb, "Package", "Version", "Depends", "Installed-Size").stdout
    return dict(line.split(": ", 1) for line in out.splitlines())


def test_the_package_depends_on_runtime_packages_only(deb: Path) -> None:
    fields = _fields(deb)
    depends = {entry.split()[0] for entry in fields["Depends"].split(", ")}
    listed = {line.strip() for line in (ROOT / "installer" / "runtime-packages.txt").read_text().splitlines()
              if line.strip() and not line.startswith("#")}
    assert listed <= depends  # the list is the Depends: they cannot drift apart
    assert not depends & set(BUILD_OR_TEST_ONLY)
    assert not any(name.endswith("-dev") for name in depends)
    assert {"python3", "cage", "pcscd", "tesseract-ocr-jpn", "fonts-noto-cjk"} <= depends
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert fields["Version"].startswith(f"{version}-")


def test_nothing_is_fetched_or_built_on_the_terminal_and_settings_are_kept(deb: Path, tmp_path: Path) -> None:
    _run("dpkg-deb", "--control", deb, tmp_path)
    scripts = " ".join((tmp_path / name).read_text() for name in ("postinst", "prerm", "postrm"))
    for word in ("pip", "curl", "wget", "apt-get", "venv", "gcc"):
        assert word not in scripts.split(), word
    contents = _run("dpkg-deb", "--contents", deb, timeout=60).stdout
    in_etc = {line.split()[-1][1:] for line in contents.splitlines() if line.startswith("-") and " ./etc/" in line}
    assert set((tmp_path / "conffiles").read_text().split()) == in_etc  # never overwritten when changed
    assert "/etc/myna-kiosk/settings.toml" in in_etc
    assert "./opt/myna-kiosk/venv/bin/myna-kiosk" in contents
    assert "/assets/i18n/myna_en.qm" in contents  # the wheel's translations
    assert "QtWebEngine" not in contents  # pruned (packaging/build-deb.sh)


def test_installs_offline_and_reports_its_version(installed: float) -> None:
    assert installed < 120
    assert (VENV / "bin" / "python3").resolve() == Path("/usr/bin/python3.11")  # Debian's python3
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    for command in (VENV / "bin" / "myna-kiosk", Path("/usr/bin/myna-kiosk")):
        out = _run(*_offline(command, "--version"), env=CLEAN_ENV)
        assert out.stdout.strip() == f"myna-kiosk, version {version}"


def test_the_system_user_and_folders(installed: float) -> None:
    user = pwd.getpwnam("myna-kiosk")
    assert user.pw_uid < 1000 and user.pw_shell == "/usr/sbin/nologin"
    data = Path("/var/lib/myna-kiosk").stat()
    assert (data.st_uid, data.st_mode & 0o777) == (user.pw_uid, 0o750)
    settings = Path("/etc/myna-kiosk/settings.toml").stat()
    assert (settings.st_uid, settings.st_gid, settings.st_mode & 0o777) == (0, user.pw_gid, 0o640)
    tomllib.loads(Path("/etc/myna-kiosk/settings.toml").read_text())  # the example parses


def test_doctor_runs_from_the_installed_files_as_the_kiosk_user(installed: float) -> None:
    out = _run(*_offline("/usr/bin/myna-kiosk", "doctor", "--json"), env=CLEAN_ENV, check=False)
    assert out.returncode in (0, 1), out.stderr  # 1: a check failed (no reader, no service here)
    report = json.loads(out.stdout)
    checks = {check["name"]: check for check in report["checks"]}
    assert checks["settings"]["status"] == "ok"
    assert "/var/lib/myna-kiosk/" in checks["database"]["detail"]  # the appliance's folders


def _notifications(command: list[str], env: dict[str, str], folder: Path) -> tuple[subprocess.CompletedProcess[str],
                                                                                   list[str]]:
    """Run ``command`` with ``$NOTIFY_SOCKET`` on a socket of ours in ``folder``; what it said there."""
    path = folder / "notify"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(str(path))
        path.chmod(0o777)
        result = subprocess.run(command, env={**env, "NOTIFY_SOCKET": str(path), "WATCHDOG_USEC": "30000000"},
                                capture_output=True, text=True, timeout=120, check=False)
        sock.setblocking(False)
        said = []
        while True:
            try:
                said.append(sock.recv(4096).decode())
            except BlockingIOError:
                return result, said


@pytest.mark.parametrize("mode", ["clinic", "counter"])
def test_the_installed_kiosk_opens_and_tells_systemd(installed: float, mode: str, reachable: Path) -> None:
    """The whole application from /opt — Qt, the fonts, the flow, the database in /var/lib — as the
    kiosk user, offline; the first screen painted, READY=1 and WATCHDOG=1 from its event loop."""
    env = {**CLEAN_ENV, "QT_QPA_PLATFORM": "offscreen"}
    result, said = _notifications(_offline("/usr/bin/myna-kiosk", "run", "--mode", mode, "--simulator", "--smoke"),
                                  env, reachable)
    assert result.returncode == 0, result.stderr[-3000:]
    assert [message.split("\n")[0] for message in said] == ["READY=1", "WATCHDOG=1", "STOPPING=1"]


def _session(unit: str, reachable: Path, extra: dict[str, str],
             options: tuple[str, ...] = ()) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """The unit's ExecStart (and ``options``) as the kiosk user, with the unit's folders and ``extra``."""
    kiosk = pwd.getpwnam("myna-kiosk")
    runtime = reachable / "runtime"
    runtime.mkdir(mode=0o700)
    os.chown(runtime, kiosk.pw_uid, kiosk.pw_gid)
    text = (UNITS / unit).read_text()
    exec_start = next(line.split("=", 1)[1] for line in text.splitlines() if line.startswith("ExecStart="))
    env = {**CLEAN_ENV, "XDG_RUNTIME_DIR": str(runtime), "QT_QPA_PLATFORM": "wayland", **extra}
    for line in Path("/usr/lib/myna-kiosk/kiosk.env").read_text().splitlines():
        if line and not line.startswith("#"):
            key, value = line.split("=", 1)
            env[key] = value
    return _notifications(_offline("runuser", "-u", "myna-kiosk", "--", *exec_start.split(), *options), env, reachable)


def test_the_kiosk_session_runs_under_cage(installed: float, reachable: Path) -> None:
    """myna-kiosk.service's own command line (cage, then the session script) as the kiosk user, on
    wlroots' headless backend instead of the screen: a Wayland window that tells systemd it runs."""
    result, said = _session("myna-kiosk.service", reachable, {
        "WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1", "WLR_RENDERER": "pixman",
        "KIOSK_RUN_MODE": "clinic", "KIOSK_RUN_OPTIONS": "--simulator --smoke"})
    assert [message.split("\n")[0] for message in said] == ["READY=1", "WATCHDOG=1", "STOPPING=1"], \
        result.stderr[-3000:]


def test_the_counter_desk_session_runs_under_westons_kiosk_shell(installed: float, reachable: Path) -> None:
    """myna-kiosk-counter@.service's weston with the packaged weston-counter.ini (kiosk shell,
    [autolaunch] of the session script): the desk opens, tells systemd, and weston ends with it."""
    if shutil.which("weston") is None:
        _unavailable("weston is not installed (make system)")
    result, said = _session("myna-kiosk-counter@.service", reachable, {
        "KIOSK_RUN_MODE": "counter", "KIOSK_RUN_DESK": "DESK-02", "KIOSK_RUN_OPTIONS": "--simulator --smoke"},
        ("--backend=headless-backend.so",))
    assert [message.split("\n")[0] for message in said] == ["READY=1", "WATCHDOG=1", "STOPPING=1"], \
        result.stderr[-3000:]
    assert "kiosk-shell.so" in result.stderr and result.returncode == 0


def test_the_units_pass_systemd_analyze_verify(installed: float, tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed")
    desk = tmp_path / "myna-kiosk-counter@DESK-01.service"  # a template is verified as an instance
    desk.write_text((UNITS / "myna-kiosk-counter@.service").read_text())
    out = _run("systemd-analyze", "verify", UNITS / "myna-kiosk.service", desk, UNITS / "myna-kiosk-purge.service",
               UNITS / "myna-kiosk-purge.timer", check=False)
    assert (out.returncode, out.stderr.strip()) == (0, "")


def test_the_retention_timer_is_enabled_and_its_service_purges_as_the_kiosk_user(installed: float) -> None:
    """myna-kiosk-purge.timer is enabled by the installation (no systemd runs here: the link
    deb-systemd-helper made is what systemd starts from), and the command of its service, with the
    package's default days and the service's user and environment, deletes an old receipt PDF and
    keeps a new one."""
    assert Path("/etc/systemd/system/timers.target.wants/myna-kiosk-purge.timer").is_symlink()
    service = (UNITS / "myna-kiosk-purge.service").read_text().splitlines()
    assert "User=myna-kiosk" in service
    env = dict(line.split("=", 1) for line in Path("/usr/lib/myna-kiosk/kiosk.env").read_text().splitlines()
               if line and not line.startswith("#"))
    command = next(line.split("=", 1)[1] for line in service if line.startswith("ExecStart="))
    argv = command.replace("${KIOSK_RETENTION_DAYS}", env["KIOSK_RETENTION_DAYS"]).split()
    user = pwd.getpwnam("myna-kiosk")
    receipts = Path("/var/lib/myna-kiosk/receipts")
    for folder in (receipts, Path("/var/lib/myna-kiosk/results")):
        folder.mkdir(mode=0o750, exist_ok=True)
        os.chown(folder, user.pw_uid, user.pw_gid)
    old, new = receipts / "受領書_DESK-01-20250801-1015.pdf", receipts / "お知らせ_DESK-01-20261130-1015.pdf"
    for path, age_days in ((old, 400), (new, 1)):
        path.write_bytes(b"%PDF-1.4 test")
        stamp = time.time() - age_days * 86400
        os.utime(path, (stamp, stamp))
    out = _run(*_offline("runuser", "-u", "myna-kiosk", "--", "env", "-i", *(f"{k}={v}" for k, v in CLEAN_ENV.items()),
                         *(f"{k}={v}" for k, v in env.items()), *argv, "--json"), check=False)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)[str(receipts)] == {"deleted": 1, "kept": 1}
    assert not old.exists() and new.exists()


def test_lintian_finds_nothing_in_what_was_written_for_debian(deb: Path) -> None:
    """Quick: without the environment's third-party files (``make package-lint`` checks all of it)."""
    if shutil.which("lintian") is None:
        _unavailable("lintian is not installed (make system)")
    out = _run(ROOT / "packaging" / "lint-deb.sh", "--quick", deb, check=False, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr


def test_reinstall_keeps_settings_remove_keeps_data_purge_removes_all(installed: float, deb: Path) -> None:
    settings = Path("/etc/myna-kiosk/settings.toml")
    changed = settings.read_text() + '\ntime_zone = "Asia/Tokyo"  # set by tests/package\n'
    settings.write_text(changed)
    # An upgrade in place, as dpkg runs it (prerm upgrade, unpack over the old files, postinst
    # configure); without fsync after every file, to save CI time: its semantics are tested, not its disk.
    _run(*_offline("dpkg", "--force-unsafe-io", "-i", deb), timeout=300)
    assert settings.read_text() == changed
    assert OURS.exists()  # the data folder's files

    _run("dpkg", "--remove", PACKAGE, timeout=300)
    assert not VENV.exists() and not Path("/usr/bin/myna-kiosk").exists()
    assert settings.read_text() == changed and OURS.exists()

    _run("dpkg", "--purge", PACKAGE, timeout=300)
    for gone in ("/etc/myna-kiosk", "/var/lib/myna-kiosk", "/var/log/myna-kiosk", "/opt/myna-kiosk",
                 "/etc/systemd/system/timers.target.wants/myna-kiosk-purge.timer"):
        assert not os.path.lexists(gone), gone  # a link whose unit is gone would not "exist"
    assert _run("getent", "passwd", "myna-kiosk", check=False).returncode == 2
    assert "myna-kiosk" not in _run("dpkg-statoverride", "--list").stdout
