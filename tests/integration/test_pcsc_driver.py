"""drivers.pcsc end to end through the system pcscd and vpcd, and the CLI on top of it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kiosk.card.apdu import CardChannel
from kiosk.card.connection import ReaderEventKind
from kiosk.card.errors import CardRemovedError, NoCardError, ReaderUnavailableError
from kiosk.card.jpki import JpkiAp
from simulators.card import card_for
from simulators.pcscd import wait_card_state
from simulators.residents import resident

ROOT = Path(__file__).resolve().parents[2]
SLOT1_PORT = 35964


def test_translate_maps_pcsc_codes_to_domain_errors():
    from smartcard import scard

    from drivers.pcsc import translate

    assert isinstance(translate(scard.SCARD_W_REMOVED_CARD, "x"), CardRemovedError)
    assert isinstance(translate(scard.SCARD_W_REMOVED_CARD, "x", connecting=True), NoCardError)
    assert isinstance(translate(scard.SCARD_E_NO_SERVICE, "x"), ReaderUnavailableError)
    assert isinstance(translate(scard.SCARD_E_UNKNOWN_READER, "x"), ReaderUnavailableError)
    assert translate(scard.SCARD_E_SHARING_VIOLATION, "x").code == "READER_BUSY"


def test_unknown_reader_and_empty_slot(pcscd):
    from drivers.pcsc import PcscCardConnection

    with pytest.raises(ReaderUnavailableError):
        PcscCardConnection("No Such Reader 00 00")
    with pytest.raises(NoCardError):
        PcscCardConnection("Virtual PCD 00 01")


def test_monitor_reports_insert_and_remove(pcscd):
    from drivers.pcsc import PcscReaderMonitor
    from simulators.vpcd import VpcdBridge

    events, seen = [], threading.Condition()

    def record(event):
        with seen:
            events.append(event)
            seen.notify_all()

    def wait_for(kind):
        with seen:
            assert seen.wait_for(lambda: any(e.kind is kind and e.reader == "Virtual PCD 00 01" for e in events), 5)

    monitor = PcscReaderMonitor(record, poll_ms=100)
    monitor.start()
    try:
        with seen:
            assert seen.wait_for(lambda: any(e.kind is ReaderEventKind.READER_ADDED for e in events), 5)
        bridge = VpcdBridge(card_for(resident("R002")), port=SLOT1_PORT)
        bridge.insert()
        wait_for(ReaderEventKind.CARD_INSERTED)
        inserted = next(e for e in events if e.kind is ReaderEventKind.CARD_INSERTED)
        assert inserted.atr == bytes.fromhex("3BE000FF8131FE4514")
        bridge.remove()
        wait_for(ReaderEventKind.CARD_REMOVED)
        assert wait_card_state("Virtual PCD 00 01", present=False)
    finally:
        monitor.stop()


def _connect_when_present(reader: str):
    from drivers.pcsc import PcscCardConnection

    deadline = time.monotonic() + 5
    while True:
        try:
            return PcscCardConnection(reader)
        except NoCardError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def test_card_pulled_mid_session_is_a_domain_error_and_no_pin_is_retried(pcscd):
    from simulators.vpcd import VpcdBridge

    person = resident("R002")
    card = card_for(person)
    sent: list[bytes] = []
    process = card.process
    card.process = lambda apdu: sent.append(apdu) or process(apdu)
    bridge = VpcdBridge(card, port=SLOT1_PORT)
    bridge.insert()
    connection = _connect_when_present("Virtual PCD 00 01")
    try:
        session = JpkiAp(CardChannel(connection))
        assert session.auth_pin_status().tries_left == 3
        bridge.remove()
        # vpcd only learns of the removal at pcscd's next presence poll; a command sent before
        # then breaks the vpcd slot until pcscd restarts (a vpcd quirk, not a card behaviour).
        assert wait_card_state("Virtual PCD 00 01", present=False)
        with pytest.raises(CardRemovedError):
            session.verify_auth_pin(person.auth_pin)
    finally:
        connection.close()
        bridge.remove()
        assert wait_card_state("Virtual PCD 00 01", present=False)
    verifies_with_data = [apdu for apdu in sent if apdu[1] == 0x20 and len(apdu) > 5]
    assert verifies_with_data == []


def _cli(*args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_cli_serves_a_card_and_card_info_reads_it_through_pcscd(pcscd):
    server = subprocess.Popen([sys.executable, "-m", "app", "sim", "card", "serve", "--resident", "R006",
                               "--port", str(SLOT1_PORT)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert "Virtual PCD 00 01" in server.stdout.readline()
        for _ in range(50):
            result = _cli("card", "info", "--reader", "Virtual PCD 00 01", "--json")
            if result.returncode == 0:
                break
            time.sleep(0.1)
        assert result.returncode == 0, result.stderr
        info = json.loads(result.stdout)
        assert info["kind"] == "mynumber-card"
        assert info["atr"] == "3B E0 00 FF 81 31 FE 45 14"
        assert info["auth_pin_usable"] is False  # R006 holds a 顔認証マイナンバーカード
        assert info["auth_valid_now"] is True
        assert "not J-LIS" in info["auth_issuer"]
        text = _cli("card", "info", "--reader", "Virtual PCD 00 01")
        assert "Auth PIN tries" in text.stdout and "no usable PIN" in text.stdout
    finally:
        server.terminate()
        server.wait(timeout=10)
    for _ in range(50):
        gone = _cli("card", "info", "--reader", "Virtual PCD 00 01")
        if gone.returncode == 5:
            break
        time.sleep(0.1)
    assert gone.returncode == 5  # a device problem, said to the administrator precisely
    assert "myna-kiosk: error [" in gone.stderr and "Traceback" not in gone.stderr
    as_json = json.loads(_cli("card", "info", "--reader", "Virtual PCD 00 01", "--json").stdout)
    assert set(as_json) == {"error"} and as_json["error"]["code"].startswith(("CARD_", "READER_"))
