"""Applications at the counter: the 申請書ID rule, the domain types and the simulated
card-management service (statuses, atomic handover, returns)."""

from __future__ import annotations

import re
import threading
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.card.apdu import CardChannel
from kiosk.card.issuance import issuance_for
from kiosk.card.kenhojo import KenhojoAp
from kiosk.counter.applications import (
    AlreadyHandedOverError,
    ApplicationClosedError,
    ApplicationIdError,
    ApplicationStatus,
    CardManagementService,
    NotReadyError,
    UnknownApplicationError,
    format_application_id,
    luhn_check_digit,
    make_application_id,
    normalise_application_id,
)
from kiosk.counter.notice_qr import parse_notice_qr
from kiosk.counter.pin_rules import choose_pins, requirements
from simulators.card import VirtualCardConnection
from simulators.card_management import PRESET_STATUS, SimulatedCardManagement, application_id_for
from simulators.residents import all_residents

CANONICAL = re.compile(r"[0-9]{4}(-[0-9]{4}){4}-[0-9]{3}")
payloads = st.integers(0, 10**22 - 1)


@pytest.fixture
def service() -> SimulatedCardManagement:
    return SimulatedCardManagement()


# -- 申請書ID --------------------------------------------------------------------------------

def test_luhn_known_vectors():
    assert luhn_check_digit("7992739871") == 3
    assert luhn_check_digit("4539 1488 0343 646".replace(" ", "")) == 7


@given(payloads)
def test_made_ids_are_canonical_and_valid(payload):
    application_id = make_application_id(payload)
    assert CANONICAL.fullmatch(application_id)
    assert normalise_application_id(application_id) == application_id
    assert not re.search(r"[0-9]{12,}", application_id)  # no long digit run for the privacy scans


@given(payloads, st.data())
def test_typed_forms_normalise(payload, data):
    digits = make_application_id(payload).replace("-", "")
    separator = st.sampled_from(["", " ", "-", "　", "－", "ー"])
    separators = data.draw(st.lists(separator, min_size=23, max_size=23))
    full_width = data.draw(st.booleans())
    typed = "".join(chr(ord(d) + 0xFEE0) if full_width else d for d in digits)
    typed = "".join(c + sep for c, sep in zip(typed, separators, strict=True))
    assert normalise_application_id(typed) == format_application_id(digits)


@given(payloads, st.integers(0, 22), st.integers(1, 9))
def test_a_single_wrong_digit_is_caught(payload, position, delta):
    digits = make_application_id(payload).replace("-", "")
    typo = digits[:position] + str((int(digits[position]) + delta) % 10) + digits[position + 1:]
    with pytest.raises(ApplicationIdError) as caught:
        normalise_application_id(typo)
    assert caught.value.reason == "check" and typo not in str(caught.value)


@given(payloads, st.integers(0, 21))
def test_swapped_neighbours_are_caught_except_09_90(payload, position):
    digits = make_application_id(payload).replace("-", "")
    a, b = digits[position], digits[position + 1]
    swapped = digits[:position] + b + a + digits[position + 2:]
    if a == b or {a, b} == {"0", "9"}:  # Luhn's known blind spot
        return
    with pytest.raises(ApplicationIdError):
        normalise_application_id(swapped)


@pytest.mark.parametrize(("typed", "reason"), [
    ("", "length"), ("1234-5678", "length"), ("1" * 24, "length"),
    ("1234-5678-9012-3456-7890-12a", "characters"), ("1234_5678_9012_3456_7890_123", "characters"),
])
def test_invalid_ids_say_why_without_repeating_the_input(typed, reason):
    with pytest.raises(ApplicationIdError) as caught:
        normalise_application_id(typed)
    assert caught.value.reason == reason and caught.value.code == "COUNTER_APPLICATION_ID_INVALID"
    assert not re.search(r"[0-9]{5,}", str(caught.value))


# -- the simulated service -------------------------------------------------------------------

def test_every_resident_has_one_valid_application(service):
    residents = all_residents()
    applications = service.queue()
    assert isinstance(service, CardManagementService)
    assert len(applications) == len(residents)
    assert len({a.application_id for a in applications}) == len(residents)
    assert [a.application_id for a in applications] == sorted(a.application_id for a in applications)
    for person in residents:
        application = service.find(application_id_for(person.id))
        assert application.resident_id == person.id and application.name == person.name
        assert application.birth_date == person.birth_date and application.sex.value == person.sex
        assert application.face_card_chosen is person.face_card
    assert application_id_for("R001") == application_id_for("R001")  # deterministic


def test_statuses_cover_every_case(service):
    counts = Counter(a.status for a in service.queue())
    assert counts[ApplicationStatus.HANDED_OVER] == 1 and counts[ApplicationStatus.RETURNED] == 1
    assert counts[ApplicationStatus.APPLIED] >= 2
    assert counts[ApplicationStatus.CARD_READY] > len(all_residents()) // 2
    assert len(service.queue(ApplicationStatus.APPLIED)) == counts[ApplicationStatus.APPLIED]
    face_cards = [a for a in service.queue() if a.face_card_chosen]
    assert face_cards and all(a.status is ApplicationStatus.CARD_READY for a in face_cards)
    for resident_id, status in PRESET_STATUS.items():
        assert service.find(application_id_for(resident_id)).status is status


def test_repr_keeps_personal_data_out(service):
    application = service.queue()[0]
    text = repr(application)
    assert application.application_id in text
    assert application.name not in text and application.address not in text
    assert str(application.birth_date) not in text and (application.resident_id or "R") not in text


def test_handover_lifecycle(service):
    ready = service.queue(ApplicationStatus.CARD_READY)[0].application_id
    service.mark_handed_over(ready, "DESK-01")
    service.mark_handed_over(ready, "DESK-01")  # a retry from the same desk
    assert service.find(ready).status is ApplicationStatus.HANDED_OVER and service.desk_of(ready) == "DESK-01"
    with pytest.raises(AlreadyHandedOverError) as caught:
        service.mark_handed_over(ready, "DESK-02")
    assert caught.value.desk_id == "DESK-01" and caught.value.code == "COUNTER_ALREADY_HANDED_OVER"
    service.mark_returned(ready, "DESK-02")
    service.mark_returned(ready, "DESK-02")
    assert service.find(ready).status is ApplicationStatus.RETURNED
    with pytest.raises(ApplicationClosedError):
        service.mark_handed_over(ready, "DESK-01")


def test_refusals(service):
    applied = service.queue(ApplicationStatus.APPLIED)[0].application_id
    with pytest.raises(NotReadyError) as caught:
        service.mark_handed_over(applied, "DESK-01")
    assert caught.value.code == "COUNTER_NOT_READY"
    with pytest.raises(NotReadyError):
        service.mark_returned(applied, "DESK-01")
    earlier = service.queue(ApplicationStatus.HANDED_OVER)[0].application_id
    with pytest.raises(AlreadyHandedOverError):
        service.mark_handed_over(earlier, "DESK-01")
    unknown = make_application_id(42)
    calls = (service.find, lambda a: service.mark_handed_over(a, "D"),
             lambda a: service.mark_returned(a, "D"))
    for call in calls:
        with pytest.raises(UnknownApplicationError) as caught_unknown:
            call(unknown)
        assert caught_unknown.value.code == "COUNTER_UNKNOWN_APPLICATION"
    with pytest.raises(ApplicationIdError):
        service.find("1234")
    typed = service.queue()[3].application_id.replace("-", " ")
    assert service.find(typed).application_id == service.queue()[3].application_id


def test_two_desks_racing_one_wins(service):
    ready = service.queue(ApplicationStatus.CARD_READY)
    def desk(n: int, application_id: str, start: threading.Barrier, outcomes: list[str]) -> None:
        start.wait()
        try:
            service.mark_handed_over(application_id, f"DESK-{n:02d}")
            outcomes.append(f"DESK-{n:02d}")
        except AlreadyHandedOverError:
            outcomes.append("lost")

    for application in ready[:5]:
        start = threading.Barrier(8)
        outcomes: list[str] = []
        threads = [threading.Thread(target=desk, args=(n, application.application_id, start, outcomes))
                   for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        winners = [o for o in outcomes if o != "lost"]
        assert len(outcomes) == 8 and len(winners) == 1
        assert service.desk_of(application.application_id) == winners[0]


def test_a_whole_counter_visit_on_the_simulators(service):
    """QR → application → blank card → PINs the resident chose → card checked against the record."""
    application = next(a for a in service.queue(ApplicationStatus.CARD_READY) if not a.face_card_chosen)
    scanned = parse_notice_qr(service.notice_text(application.application_id))
    found = service.find(scanned.application_id)
    assert found == application
    card = service.card_for(found.application_id)
    connection = VirtualCardConnection(card)
    needed = requirements(found.birth_date)
    choices = choose_pins(needed, sign="KOFU7X2Q" if needed.sign else None, same_four_digits="5820")
    assert issuance_for(connection).set_initial_pins(**choices.as_kwargs()).complete
    session = KenhojoAp(CardChannel(connection))
    session.verify_pin("5820")
    assert found.differences(session.read_basic_info()) == ()
    service.mark_handed_over(found.application_id, "DESK-01")
    assert service.find(found.application_id).status is ApplicationStatus.HANDED_OVER


def test_statuses_can_be_overridden():
    service = SimulatedCardManagement(statuses={"R001": ApplicationStatus.APPLIED})
    assert service.find(application_id_for("R001")).status is ApplicationStatus.APPLIED
