"""Serve a virtual card to the system's ``pcscd`` through vsmartcard's ``vpcd`` (spec §11).

``vpcd`` (the pcsc-lite IFD handler from Debian's ``vsmartcard-vpcd``) listens on TCP 35963 for
reader slot 0 ("Virtual PCD 00 00") and 35964 for slot 1. A card is present while a client is
connected. Framing: 2-byte big-endian length + payload; a 1-byte payload is a control message
(``00`` power off, ``01`` power on, ``02`` reset, ``04`` get ATR, answered with the ATR).

Latency: vpcd writes each command as two segments (length, then body) with Nagle's algorithm
on, so the body waits until the card side ACKs the length — and Linux delays that ACK by ~40 ms.
That was 44 ms per APDU. The bridge re-arms TCP_QUICKACK before every read so the ACK goes out
at once, sets TCP_NODELAY, and writes each reply frame with one ``sendall``.
"""

from __future__ import annotations

import logging
import socket
import threading
import time

from simulators.card.card import VirtualMyNumberCard
from simulators.pcscd import VPCD_PORT

logger = logging.getLogger(__name__)

POWER_OFF, POWER_ON, RESET, GET_ATR = 0, 1, 2, 4
QUICKACK = getattr(socket, "TCP_QUICKACK", None)  # Linux only


def _recv_exact(sock: socket.socket, n: int) -> bytes | None:
    buf = bytearray()
    while len(buf) < n:
        # vpcd writes the length and the APDU with two send()s while Nagle holds the second
        # until our ACK; Linux would delay that ACK ~40 ms. Re-arm QUICKACK before every read.
        if QUICKACK is not None:
            sock.setsockopt(socket.IPPROTO_TCP, QUICKACK, 1)
        chunk = sock.recv(n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return bytes(buf)


class VpcdBridge:
    """Inserts ``card`` into a vpcd slot until :meth:`remove` (or :meth:`stop`).

    :param host: where vpcd listens (this machine).
    :param port: 35963 for slot 0, 35964 for slot 1.
    """

    def __init__(self, card: VirtualMyNumberCard, host: str = "127.0.0.1", port: int = VPCD_PORT) -> None:
        self.card = card
        self.host, self.port = host, port
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.connected = threading.Event()
        self.commands = 0

    def insert(self, timeout: float = 10.0) -> None:
        """Connect to vpcd (retrying while pcscd is starting); the card then appears inserted."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                sock = socket.create_connection((self.host, self.port), timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(None)
        self._sock = sock
        self._stop.clear()
        self._thread = threading.Thread(target=self._serve, name=f"vpcd-{self.port}", daemon=True)
        self._thread.start()
        self.connected.set()

    def _serve(self) -> None:
        sock = self._sock
        assert sock is not None
        try:
            while not self._stop.is_set():
                header = _recv_exact(sock, 2)
                if header is None:
                    break
                payload = _recv_exact(sock, int.from_bytes(header, "big"))
                if payload is None:
                    break
                reply = self._handle(payload)
                if reply is not None:
                    sock.sendall(len(reply).to_bytes(2, "big") + reply)
        except OSError as exc:
            if not self._stop.is_set():
                logger.warning("vpcd connection lost: %s", exc)
        finally:
            self.connected.clear()

    def _handle(self, payload: bytes) -> bytes | None:
        if len(payload) == 1:
            control = payload[0]
            if control == POWER_OFF:
                self.card.power_off()
            elif control == POWER_ON:
                self.card.power_on()
            elif control == RESET:
                self.card.reset()
            elif control == GET_ATR:
                return self.card.atr
            return None
        self.commands += 1
        return self.card.process(payload)

    def remove(self) -> None:
        """Disconnect: pcscd sees the card removed."""
        self._stop.set()
        if self._sock is not None:
            try:
                self._sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self._sock.close()
            self._sock = None
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None
        self.card.power_off()

    stop = remove

    def __enter__(self) -> VpcdBridge:
        self.insert()
        return self

    def __exit__(self, *exc: object) -> None:
        self.remove()
