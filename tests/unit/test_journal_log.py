"""Logs to the systemd journal with structured fields (issue 15 §5), still masked for privacy."""

from __future__ import annotations

import logging
import socket
import struct

from kiosk.logs import JournalHandler, PrivacyFilter


def parse(datagram: bytes) -> dict[str, str]:
    fields, rest = {}, datagram
    while rest:
        line, _, after = rest.partition(b"\n")
        if b"=" in line:
            key, _, value = line.partition(b"=")
            fields[key.decode()], rest = value.decode(), after
        else:
            size = struct.unpack("<Q", after[:8])[0]
            fields[line.decode()], rest = after[8:8 + size].decode(), after[8 + size + 1:]
    return fields


def test_records_arrive_as_journal_fields(tmp_path):
    path = tmp_path / "journal.socket"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(str(path))
    handler = JournalHandler(path)
    handler.addFilter(PrivacyFilter())
    logger = logging.getLogger("kiosk.test.journal")
    logger.addHandler(handler)
    try:
        logger.error("card 123456789012 refused\nsecond line", extra={"fields": {"code": "CARD_ERROR"}})
        fields = parse(server.recv(65536))
    finally:
        logger.removeHandler(handler)
        handler.close()
        server.close()
    assert fields["PRIORITY"] == "3" and fields["LOGGER"] == "kiosk.test.journal"
    assert fields["SYSLOG_IDENTIFIER"] == "myna-kiosk" and fields["MYNA_CODE"] == "CARD_ERROR"
    assert fields["MESSAGE"] == "card ************ refused\nsecond line"  # masked, newline kept
