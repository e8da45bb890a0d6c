"""The protocol reads a virtual card end to end in-process (fast smoke test)."""

from kiosk.card.apdu import CardChannel
from kiosk.card.jpki import JpkiAp
from simulators.card import VirtualCardConnection, card_for


def test_reads_auth_certificate_and_tries_in_three_apdus(person):
    channel = CardChannel(VirtualCardConnection(card_for(person)))
    session = JpkiAp(channel)
    certificate = session.read_auth_certificate()
    status = session.auth_pin_status()
    assert status.tries_left == 3
    assert certificate.serial_number > 0
    assert channel.apdu_count == 3
