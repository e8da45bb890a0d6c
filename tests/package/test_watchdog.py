"""app/watchdog.py: READY=1 and WATCHDOG=1 reach ``$NOTIFY_SOCKET`` from the Qt event loop, as
``myna-kiosk.service`` (Type=notify, WatchdogSec=) expects; nothing happens without the socket."""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import watchdog


class Listener:
    """A datagram socket like systemd's notify socket, and what arrived on it."""

    def __init__(self, address: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(address.replace("@", "\0", 1) if address.startswith("@") else address)
        self.sock.setblocking(False)
        self.messages: list[str] = []

    def received(self) -> list[str]:
        while True:
            try:
                self.messages.append(self.sock.recv(4096).decode())
            except BlockingIOError:
                return self.messages


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The test run's application; the watchdog's timer is taken off it again afterwards."""
    yield qapp
    for timer in qapp.findChildren(QTimer, "_myna_watchdog"):
        timer.stop()
        timer.setParent(None)


@pytest.fixture
def listener(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Listener]:
    path = str(tmp_path / "notify")
    heard = Listener(path)
    monkeypatch.setenv("NOTIFY_SOCKET", path)
    yield heard
    heard.sock.close()


def test_ready_then_watchdog_pings_from_the_event_loop(app: QApplication, listener: Listener, qtbot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "40000")  # pings every 20 ms
    watchdog.attach(app)
    assert listener.received() == []  # nothing before the event loop runs
    qtbot.waitUntil(lambda: listener.received().count("WATCHDOG=1") >= 3, timeout=5000)
    first = listener.messages[0].split("\n")
    assert first[0] == "READY=1" and first[1] == f"STATUS=kiosk running (pid {os.getpid()})"
    assert set(listener.messages[1:]) == {"WATCHDOG=1"}


def test_ready_alone_when_systemd_watches_nothing(app: QApplication, listener: Listener, qtbot,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    watchdog.attach(app)
    qtbot.waitUntil(lambda: bool(listener.received()), timeout=5000)
    qtbot.wait(50)
    assert [message.split("\n")[0] for message in listener.received()] == ["READY=1"]


def test_attached_once_per_application(app: QApplication, listener: Listener, qtbot,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "30000000")
    watchdog.attach(app)
    watchdog.attach(app)
    qtbot.waitUntil(lambda: bool(listener.received()), timeout=5000)
    qtbot.wait(50)
    assert [message.split("\n")[0] for message in listener.received()] == ["READY=1", "WATCHDOG=1"]
    assert len(app.findChildren(QTimer, "_myna_watchdog")) == 1


def test_nothing_without_a_notify_socket(app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    monkeypatch.setenv("WATCHDOG_USEC", "40000")
    watchdog.attach(app)
    assert app.findChildren(QTimer, "_myna_watchdog") == []
    assert watchdog.notify("READY=1") is False


def test_an_abstract_socket_address() -> None:
    name = f"@myna-kiosk-test-{uuid.uuid4().hex}"
    heard = Listener(name)
    try:
        assert watchdog.notify("WATCHDOG=1", {"NOTIFY_SOCKET": name}) is True
        assert heard.received() == ["WATCHDOG=1"]
    finally:
        heard.sock.close()


def test_a_failed_notification_is_logged_never_raised(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="app.watchdog"):
        assert watchdog.notify("READY=1", {"NOTIFY_SOCKET": str(tmp_path / "gone")}) is False
    assert "READY" in caplog.text
    assert watchdog.notify("READY=1", {"NOTIFY_SOCKET": "relative/path"}) is False


@pytest.mark.parametrize(("usec", "expected"), [("30000000", 15000), ("1000", 1), ("0", None), ("", None),
                                                ("x", None)])
def test_pings_every_half_watchdog_period(usec: str, expected: int | None) -> None:
    assert watchdog.ping_interval_ms({"WATCHDOG_USEC": usec}) == expected
