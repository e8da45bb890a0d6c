"""PC/SC readers through pyscard: the only module that imports ``smartcard`` (style guide
"Drivers", after yubikit's ``ykman/pcsc``).

* :class:`PcscCardConnection` — a :class:`~kiosk.card.connection.CardConnection` on one reader:
  exclusive connect (shared as fallback), T=1, PC/SC transactions, and a disconnect that resets
  the card so no verified PIN state outlives the session.
* :class:`PcscReaderMonitor` — a thread on ``SCardGetStatusChange`` that reports readers added or
  removed and cards inserted or removed.
* PC/SC return codes become the card layer's domain errors.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from smartcard import scard

from kiosk.card.connection import ReaderEvent, ReaderEventKind
from kiosk.card.errors import (
    CardError,
    CardRemovedError,
    NoCardError,
    ReaderBusyError,
    ReaderUnavailableError,
)

logger = logging.getLogger(__name__)

PNP_NOTIFICATION = "\\\\?PnP?\\Notification"

# NOT_TRANSACTED / COMM_DATA_LOST: the exchange broke off, which with a card on a reader means it
# moved or left before pcscd's presence poll noticed (seen with vpcd). Never retried either way.
_CARD_GONE = {scard.SCARD_W_REMOVED_CARD, scard.SCARD_W_RESET_CARD, scard.SCARD_W_UNPOWERED_CARD,
              scard.SCARD_W_UNRESPONSIVE_CARD, scard.SCARD_E_NO_SMARTCARD, scard.SCARD_E_NOT_TRANSACTED,
              scard.SCARD_E_COMM_DATA_LOST}
_READER_GONE = {scard.SCARD_E_READER_UNAVAILABLE, scard.SCARD_E_UNKNOWN_READER, scard.SCARD_E_NO_SERVICE,
                scard.SCARD_E_SERVICE_STOPPED, scard.SCARD_E_NO_READERS_AVAILABLE,
                scard.SCARD_E_INVALID_HANDLE}


def translate(hresult: int, what: str, *, connecting: bool = False) -> CardError:
    """The domain error for a PC/SC return code."""
    message = f"{what}: {scard.SCardGetErrorMessage(hresult)} ({hresult & 0xFFFFFFFF:08X})"
    if hresult in _CARD_GONE:
        return NoCardError(message) if connecting else CardRemovedError(message)
    if hresult in _READER_GONE:
        return ReaderUnavailableError(message)
    if hresult == scard.SCARD_E_SHARING_VIOLATION:
        return ReaderBusyError(message)
    return CardError(message)


def _context() -> int:
    context: int  # SCARDCONTEXT, an int (pyscard ships no type information)
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        raise translate(hresult, "establish PC/SC context")
    return context


def list_readers() -> list[str]:
    """Names of the readers pcscd knows; empty when none.

    :raises ReaderUnavailableError: the PC/SC service is not running.
    """
    context = _context()
    try:
        hresult, readers = scard.SCardListReaders(context, [])
        if hresult in (scard.SCARD_E_NO_READERS_AVAILABLE,):
            return []
        if hresult != scard.SCARD_S_SUCCESS:
            raise translate(hresult, "list readers")
        return list(readers)
    finally:
        scard.SCardReleaseContext(context)


def reader_has_card(reader: str) -> bool | None:
    """Whether pcscd currently sees a card on ``reader`` (None: reader or service unknown)."""
    try:
        context = _context()
    except CardError:
        return None
    try:
        hresult, states = scard.SCardGetStatusChange(context, 0, [(reader, scard.SCARD_STATE_UNAWARE)])
        if hresult != scard.SCARD_S_SUCCESS:
            return None
        state = states[0][1]
        if state & (scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_UNAVAILABLE):
            return None
        return bool(state & scard.SCARD_STATE_PRESENT)
    finally:
        scard.SCardReleaseContext(context)


class PcscCardConnection:
    """The card on ``reader``.

    :param reader: the PC/SC reader name.
    :param exclusive: connect exclusively (other programs wait); falls back to shared when the
        reader is shared-locked.
    :param extended_length: whether extended APDUs pass this reader; vpcd and most CCID readers
        do. Set False for a reader that chokes on them (then reads go in 256-byte chunks).
    :raises NoCardError: no card on the reader.
    :raises ReaderUnavailableError: reader or service gone.
    """

    def __init__(self, reader: str, *, exclusive: bool = True, extended_length: bool = True) -> None:
        self.reader = reader
        self.extended_length = extended_length
        self._context: int | None = _context()
        self._card: int | None = None
        try:
            self._connect(exclusive)
            hresult, _, _, _, atr = scard.SCardStatus(self._card)
            if hresult != scard.SCARD_S_SUCCESS:
                raise translate(hresult, "card status", connecting=True)
            self.atr = bytes(atr)
        except CardError:
            self.close()
            raise

    def _connect(self, exclusive: bool) -> None:
        protocols = scard.SCARD_PROTOCOL_T1 | scard.SCARD_PROTOCOL_T0
        mode = scard.SCARD_SHARE_EXCLUSIVE if exclusive else scard.SCARD_SHARE_SHARED
        hresult, card, protocol = scard.SCardConnect(self._context, self.reader, mode, protocols)
        if hresult == scard.SCARD_E_SHARING_VIOLATION and exclusive:
            logger.info("reader %s is shared by another program; connecting shared", self.reader)
            hresult, card, protocol = scard.SCardConnect(self._context, self.reader, scard.SCARD_SHARE_SHARED,
                                                         protocols)
        if hresult != scard.SCARD_S_SUCCESS:
            raise translate(hresult, f"connect to {self.reader}", connecting=True)
        self._card = card
        self._pci = scard.SCARD_PCI_T1 if protocol == scard.SCARD_PROTOCOL_T1 else scard.SCARD_PCI_T0

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        if self._card is None:
            raise CardRemovedError("connection closed")
        hresult, response = scard.SCardTransmit(self._card, self._pci, list(apdu))
        if hresult != scard.SCARD_S_SUCCESS:
            raise translate(hresult, "transmit")
        if len(response) < 2:
            raise CardRemovedError("response without status word")
        return bytes(response[:-2]), (response[-2] << 8) | response[-1]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """PC/SC transaction: no other program's command interleaves with ours."""
        if self._card is None:
            raise CardRemovedError("connection closed")
        hresult = scard.SCardBeginTransaction(self._card)
        if hresult != scard.SCARD_S_SUCCESS:
            raise translate(hresult, "begin transaction")
        try:
            yield
        finally:
            if self._card is not None:
                scard.SCardEndTransaction(self._card, scard.SCARD_LEAVE_CARD)

    def close(self) -> None:
        """Disconnect with a card reset (clears every verified PIN), release the context."""
        if self._card is not None:
            scard.SCardDisconnect(self._card, scard.SCARD_RESET_CARD)
            self._card = None
        if self._context is not None:
            scard.SCardReleaseContext(self._context)
            self._context = None

    def __enter__(self) -> PcscCardConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(reader: str | None = None, **options: bool) -> PcscCardConnection:
    """Connect to ``reader``, or to the first reader holding a card.

    :raises ReaderUnavailableError: no reader (or no service).
    :raises NoCardError: readers exist but none holds a card.
    """
    if reader is not None:
        return PcscCardConnection(reader, **options)
    readers = list_readers()
    if not readers:
        raise ReaderUnavailableError("no PC/SC reader")
    for name in readers:
        try:
            return PcscCardConnection(name, **options)
        except NoCardError:
            continue
    raise NoCardError("no card on any reader")


class PcscReaderMonitor:
    """Reports reader and card changes to ``callback`` from a background thread.

    Uses ``SCardGetStatusChange`` with pcsc-lite's PnP notification pseudo-reader, waking every
    ``poll_ms`` to notice :meth:`stop`. If the service goes away it reports SERVICE_LOST once and
    keeps retrying.
    """

    def __init__(self, callback: Callable[[ReaderEvent], None], poll_ms: int = 250) -> None:
        self.callback = callback
        self.poll_ms = poll_ms
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="pcsc-monitor", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _emit(self, kind: ReaderEventKind, reader: str, atr: bytes = b"") -> None:
        try:
            self.callback(ReaderEvent(kind, reader, atr))
        except Exception:  # a broken observer must not kill the monitor thread
            logger.exception("reader event callback failed")

    def _run(self) -> None:
        present: dict[str, bool] = {}
        service_up = True
        while not self._stop.is_set():
            try:
                context = _context()
            except CardError:
                if service_up:
                    self._emit(ReaderEventKind.SERVICE_LOST, "")
                    service_up = False
                self._stop.wait(1.0)
                continue
            try:
                service_up = self._watch(context, present)
            finally:
                scard.SCardReleaseContext(context)
            if not service_up:
                for reader in list(present):
                    self._emit(ReaderEventKind.READER_REMOVED, reader)
                present.clear()
                self._emit(ReaderEventKind.SERVICE_LOST, "")
                self._stop.wait(1.0)

    def _watch(self, context: int, present: dict[str, bool]) -> bool:
        """Follow changes until the reader list changes (True) or the service dies (False)."""
        hresult, readers = scard.SCardListReaders(context, [])
        if hresult not in (scard.SCARD_S_SUCCESS, scard.SCARD_E_NO_READERS_AVAILABLE):
            return hresult not in _READER_GONE or hresult == scard.SCARD_E_NO_READERS_AVAILABLE
        readers = list(readers) if hresult == scard.SCARD_S_SUCCESS else []
        for gone in set(present) - set(readers):
            if present.pop(gone):
                self._emit(ReaderEventKind.CARD_REMOVED, gone)
            self._emit(ReaderEventKind.READER_REMOVED, gone)
        for new in readers:
            if new not in present:
                present[new] = False
                self._emit(ReaderEventKind.READER_ADDED, new)
        states = [(name, scard.SCARD_STATE_UNAWARE) for name in readers]
        states.append((PNP_NOTIFICATION, scard.SCARD_STATE_UNAWARE))
        while not self._stop.is_set():
            hresult, new_states = scard.SCardGetStatusChange(context, self.poll_ms, states)
            if hresult == scard.SCARD_E_TIMEOUT:
                continue
            if hresult != scard.SCARD_S_SUCCESS:
                return hresult not in (scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED,
                                       scard.SCARD_E_INVALID_HANDLE)
            states = []
            for name, event_state, atr in new_states:
                states.append((name, event_state & ~scard.SCARD_STATE_CHANGED))
                if name == PNP_NOTIFICATION:
                    if event_state & scard.SCARD_STATE_CHANGED:
                        return True  # reader list changed: re-list
                    continue
                if event_state & (scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_UNAVAILABLE):
                    return True
                has_card = bool(event_state & scard.SCARD_STATE_PRESENT)
                if has_card != present.get(name, False):
                    present[name] = has_card
                    if has_card:
                        self._emit(ReaderEventKind.CARD_INSERTED, name, bytes(atr))
                    else:
                        self._emit(ReaderEventKind.CARD_REMOVED, name)
        return True


class PcscCardSlot:
    """:class:`~kiosk.card.slot.CardSlot` on a PC/SC reader (the first one with a card when
    ``reader`` is None)."""

    def __init__(self, reader: str | None = None, **options: bool) -> None:
        self.reader = reader
        self.options = options
        self._callbacks: list[Callable[[ReaderEvent], None]] = []
        self._monitor = PcscReaderMonitor(self._on_event)

    def subscribe(self, callback: Callable[[ReaderEvent], None]) -> None:
        self._callbacks.append(callback)

    def _on_event(self, event: ReaderEvent) -> None:
        if self.reader is None or event.reader in (self.reader, ""):
            for callback in list(self._callbacks):
                callback(event)

    def start(self) -> None:
        self._monitor.start()

    def stop(self) -> None:
        self._monitor.stop()

    def connect(self) -> PcscCardConnection:
        return connect(self.reader, **self.options)
