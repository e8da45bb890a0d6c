"""Delivery of stored results to the clinic share (issue 13 §2): the outbox.

A completed visit's result documents are committed with the visit itself
(``ReceptionStore.record_result(result, outgoing)``); putting them on the share is this separate
step. It is idempotent — the same file id, the same bytes, never a second copy, never a temp file
left behind (``FolderResultSink.write``) — and is retried: right after the visit, at start-up,
and every few seconds by the kiosk's poller. A result is marked delivered only once both files
are on the share, so the database never claims a delivery that did not happen.

The documents hold names, birth dates and insurance numbers, which the database otherwise never
keeps (product.md "Lines we never cross" 5): in the outbox they are sealed with AES-256-GCM under a
key from the secret store (:data:`OUTBOX_KEY`), bound to their file id, and deleted once delivered.
A result whose key is gone (a simulator run without a keyring, restarted) cannot be opened: it is
reported to staff as ``OUTBOX_KEY_LOST`` and never delivered garbled.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kiosk.handoff.errors import HandoffError
from kiosk.reception.model import ReceptionFailure, ReceptionResult
from kiosk.reception.ports import DeliveredFiles, OutgoingResult, ReceptionStore, ResultSink
from kiosk.sealing import SealedBox
from kiosk.store.errors import StoreError

logger = logging.getLogger(__name__)

OUTBOX_KEY = "outbox-key"  # name of the sealing key in the SecretStore


class Sealer:
    """AES-256-GCM for the outbox: each document gets its own random nonce, and its file id and
    kind as associated data (a sealed XML cannot be replayed as another result's JSON)."""

    def __init__(self, key: bytes) -> None:
        self._box = SealedBox(key)

    def seal(self, outgoing: OutgoingResult) -> OutgoingResult:
        file_id = outgoing.file_id
        return OutgoingResult(file_id, self._box.seal(outgoing.xml, f"{file_id}.xml"),
                              self._box.seal(outgoing.json, f"{file_id}.json"))

    def open(self, sealed: OutgoingResult) -> OutgoingResult | None:
        """The documents, or None when they cannot be opened (another key, or altered)."""
        xml = self._box.open(sealed.xml, f"{sealed.file_id}.xml")
        json = self._box.open(sealed.json, f"{sealed.file_id}.json")
        return OutgoingResult(sealed.file_id, xml, json) if xml is not None and json is not None else None


@dataclass(frozen=True)
class DeliveryRound:
    """What one pass over the outbox did."""

    delivered: int = 0
    failed: int = 0


class ResultOutbox:
    """The :class:`~kiosk.reception.ports.Outbox` on the store and a folder share.

    :param store: where results wait (``pending_results``, ``mark_delivered``).
    :param sink: the clinic share.
    :param sealer: seals documents for the database and opens them again.
    :param terminal_id: this kiosk, for the audit event of each delivery.
    """

    def __init__(self, store: ReceptionStore, sink: ResultSink, sealer: Sealer, terminal_id: str) -> None:
        self.store, self.sink, self.sealer, self.terminal_id = store, sink, sealer, terminal_id
        self._swept = False  # temp files an earlier run's crash left on the share: removed once

    def render(self, result: ReceptionResult) -> OutgoingResult:
        """The result's documents (``ResultSink.render``)."""
        return self.sink.render(result)

    def render_unconfirmed(self, failure: ReceptionFailure, institution_code: str) -> OutgoingResult:
        """The "unconfirmed" documents (``ResultSink.render_unconfirmed``)."""
        return self.sink.render_unconfirmed(failure, institution_code)

    def seal(self, outgoing: OutgoingResult) -> OutgoingResult:
        """``outgoing`` as the database keeps it until delivery."""
        return self.sealer.seal(outgoing)

    def deliver(self, outgoing: OutgoingResult) -> DeliveredFiles | None:
        """Put one stored result on the share and mark it delivered; None when the share refused
        (the result stays pending, with the error code, for the next round). A database that
        cannot take the mark now changes nothing for the visit: the files are there, and the next
        round finds them identical and marks them."""
        try:
            files = self.sink.write(outgoing)
        except HandoffError as error:
            logger.warning("result %s not delivered: %s %s", outgoing.file_id, error.code, error.detail)
            self._note_failure(outgoing.file_id, error.code)
            return None
        try:
            self.store.mark_delivered(outgoing.file_id, self.terminal_id)
        except StoreError as error:  # the files are on the share; the next round marks them (same bytes)
            logger.warning("result %s delivered but not yet marked: %s", outgoing.file_id, error.code)
        return files

    def deliver_pending(self) -> DeliveryRound:
        """One pass over every pending result, oldest first (at start-up and by the poller). The
        first pass that reaches the share removes this kiosk's temp files that a crash mid-write
        left there (only a crash of an earlier run leaves them: the share is not listed every round).

        :raises StoreError: the database cannot be read or written.
        """
        if not self._swept:
            try:
                self.sink.remove_stale_temp_files(f"{self.terminal_id}-")
                self._swept = True
            except OSError as error:  # the share is away: this round's deliveries will say so
                logger.warning("outbox: cannot look for temp files: %s", error)
        delivered = failed = 0
        for sealed in self.store.pending_results():
            outgoing = self.sealer.open(sealed)
            if outgoing is None:
                logger.error("result %s cannot be opened: its sealing key is gone", sealed.file_id)
                self._note_failure(sealed.file_id, "OUTBOX_KEY_LOST")
                failed += 1
            elif self.deliver(outgoing) is None:
                failed += 1
            else:
                delivered += 1
        if delivered or failed:
            logger.info("outbox: %d delivered, %d still pending", delivered, failed)
        return DeliveryRound(delivered, failed)

    def _note_failure(self, file_id: str, code: str) -> None:
        try:
            self.store.note_delivery_failure(file_id, code)
        except StoreError as error:  # the attempt count is for staff; the result itself is safe
            logger.error("outbox: could not note the failed delivery of %s: %s", file_id, error.code)
