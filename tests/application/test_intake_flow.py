"""The intake record's rules and the table-driven intake flow (issue 18 §1), without a camera:
the photo step is driven by its events."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from kiosk.application.machine import IntakeFlow
from kiosk.application.records import (
    BasicDetails,
    Delivery,
    DetailsIncompleteError,
    DocumentsInsufficientError,
    EmailInvalidError,
    IntakeMode,
    IntakeRecord,
    check_documents,
    check_email,
    make_record,
)
from kiosk.application.table import CALLABLE, CANCELLABLE, TRANSITIONS
from kiosk.application.table import IntakeEvent as E
from kiosk.application.table import IntakeState as S
from kiosk.card.kenhojo import Sex
from kiosk.counter.applications import ApplicationIdError, make_application_id
from kiosk.counter.notice_qr import make_notice_qr_text
from kiosk.flow.engine import InvalidTransition
from kiosk.messages import MESSAGES, SAME_AS

NOW = datetime(2025, 6, 2, 10, 30, tzinfo=UTC)
APPLICATION_ID = make_application_id(1234567890123456789012)
DETAILS = BasicDetails("番号　花子", "東京都千代田区千代田１－１", date(1948, 3, 31), Sex.FEMALE)
PHOTO = b"\xff\xd8\xff\xe0 jpeg bytes"


class Recorder:
    """Effects that only remember which states were entered."""

    def __init__(self) -> None:
        self.states: list[S] = []

    def entered(self, machine: Any, state: S, ctx: Any, payload: dict[str, Any]) -> None:
        self.states.append(state)

    def left(self, machine: Any, state: S, ctx: Any, target: S) -> None:
        pass

    def handled(self, machine: Any, event: E, ctx: Any, payload: dict[str, Any]) -> None:
        pass


def flow(mode: IntakeMode = IntakeMode.OFFICE) -> IntakeFlow:
    return IntakeFlow(Recorder(), mode=mode, staff_id="clerk01", clock=lambda: NOW)


def to_delivery(machine: IntakeFlow, documents: tuple[str, ...] = ("driving_license",)) -> None:
    machine.send(E.START)
    machine.send(E.QR_READ, text=make_notice_qr_text(APPLICATION_ID))
    machine.send(E.DETAILS_ENTERED, details=DETAILS)
    machine.send(E.RESIDENT_CONFIRMED)
    machine.send(E.EMAIL_ENTERED, email="hanako@example.jp")
    machine.send(E.DOCUMENTS_CHECKED, documents=documents)


# -- the record ------------------------------------------------------------------------------------

def record(**changes: Any) -> IntakeRecord:
    values: dict[str, Any] = dict(mode=IntakeMode.OUTREACH, application_id=APPLICATION_ID, details=DETAILS,
                                  email=None, documents=("passport",), delivery=Delivery.MAIL, photo_jpeg=PHOTO,
                                  taken_at=NOW, staff_id="clerk01")
    return make_record(**{**values, **changes})


def test_a_record_round_trips_and_keeps_personal_data_out_of_its_repr():
    taken = record(email=" hanako@example.jp ")
    assert IntakeRecord.from_bytes(taken.to_bytes()) == taken
    assert taken.email == "hanako@example.jp" and taken.details.name == "番号 花子"  # full-width space folded
    assert "花子" not in repr(taken) and "example" not in repr(taken) and "千代田" not in repr(taken)


def test_without_an_application_id_all_four_basic_details_are_needed():
    with pytest.raises(DetailsIncompleteError, match="sex"):
        record(application_id=None, details=BasicDetails("番号 花子", "東京都", date(1948, 3, 31)))
    assert record(application_id=None).application_id is None
    assert record(details=BasicDetails("番号 花子", "東京都", date(1948, 3, 31))).details.sex is None


@pytest.mark.parametrize("details", [BasicDetails(" ", "東京都", date(1948, 3, 31), Sex.MALE),
                                     BasicDetails("番号 太郎", "", date(1948, 3, 31), Sex.MALE),
                                     BasicDetails("番号 太郎", "東京都", date(2030, 1, 1), Sex.MALE),
                                     BasicDetails("番号 太郎", "東京都", date(1899, 12, 31), Sex.MALE)])
def test_impossible_details_are_refused_without_echoing_them(details):
    with pytest.raises(DetailsIncompleteError) as caught:
        record(details=details)
    assert "番号" not in caught.value.detail and "東京" not in caught.value.detail


def test_a_wrong_application_id_is_refused():
    with pytest.raises(ApplicationIdError):
        record(application_id="1234-5678")


@pytest.mark.parametrize("email", ["hanako", "hanako@", "@example.jp", "a b@example.jp", "x@" + "e" * 260 + ".jp"])
def test_email_must_be_an_address(email):
    with pytest.raises(EmailInvalidError):
        check_email(email)
    assert check_email("") is None and check_email(None) is None


def test_identity_documents_a_once_or_b_twice():
    assert check_documents(["passport"], required=True) == ("passport",)
    assert check_documents(["pension", "insurance", "pension"], required=True) == ("insurance", "pension")
    for documents in ([], ["insurance"]):
        with pytest.raises(DocumentsInsufficientError):
            check_documents(documents, required=True)
    with pytest.raises(DocumentsInsufficientError):
        check_documents(["library_card"], required=False)


def test_mail_and_outreach_need_identity_checked_at_intake():
    with pytest.raises(DocumentsInsufficientError):
        record(documents=("insurance",))  # outreach, mailed
    with pytest.raises(DocumentsInsufficientError):
        record(documents=(), delivery=Delivery.COUNTER)  # outreach: identity is always checked there
    office = record(mode=IntakeMode.OFFICE, documents=(), delivery=Delivery.COUNTER)
    assert office.documents == () and office.delivery is Delivery.COUNTER
    with pytest.raises(DocumentsInsufficientError):
        record(mode=IntakeMode.OFFICE, documents=(), delivery=Delivery.MAIL)


# -- the flow --------------------------------------------------------------------------------------

def test_every_cancellable_step_and_the_table_are_consistent():
    machine = flow()
    assert {state for state, _ in TRANSITIONS} | {S.DONE} >= CANCELLABLE
    for state, event, _ in machine.transitions():
        assert (state, event) in TRANSITIONS or (event is E.CANCEL and state in CANCELLABLE) \
            or (event is E.CALL_STAFF and state in CALLABLE)


def test_an_office_intake_with_the_qr_code_reaches_the_photo_and_is_saved():
    machine = flow()
    to_delivery(machine)
    assert machine.state is S.DELIVERY and machine.ctx.application_id == APPLICATION_ID
    assert machine.ctx.email == "hanako@example.jp" and machine.ctx.documents == ("driving_license",)
    machine.send(E.DELIVERY_CHOSEN, delivery="mail")
    assert machine.state is S.PHOTO
    machine.send(E.PHOTO_TAKEN, photo=PHOTO)
    machine.send(E.PHOTO_RETAKE)
    assert machine.state is S.PHOTO and machine.ctx.photo_jpeg is None
    machine.send(E.PHOTO_TAKEN, photo=PHOTO)
    machine.send(E.PHOTO_ACCEPTED)
    assert machine.state is S.SAVING
    machine.send(E.SAVED, record_id="0123456789abcdef")
    assert machine.state is S.DONE and machine.ctx.photo_jpeg is None  # stored: not kept in memory
    machine.send(E.NEXT)
    assert machine.state is S.IDLE and machine.ctx.record_id is None and machine.ctx.details is None
    assert machine.effects.states == [S.IDENTIFY, S.DETAILS, S.CONFIRM, S.CONTACT, S.DOCUMENTS, S.DELIVERY, S.PHOTO,
                                      S.PHOTO_REVIEW, S.PHOTO, S.PHOTO_REVIEW, S.SAVING, S.DONE, S.IDLE]


def test_a_typed_id_or_no_form_and_what_is_wrong_stays_with_its_reason():
    machine = flow()
    machine.send(E.START)
    machine.send(E.ID_TYPED, text="1234")
    assert machine.state is S.IDENTIFY and machine.ctx.message_code == "APPLICATION_ID_INVALID"
    machine.send(E.QR_READ, text="https://example.com/")
    assert machine.state is S.IDENTIFY and machine.ctx.message_code == "APPLICATION_QR_INVALID"
    machine.send(E.NO_FORM)
    assert machine.state is S.DETAILS and machine.ctx.application_id is None
    machine.send(E.DETAILS_ENTERED, details=BasicDetails("番号 花子", "東京都", date(1948, 3, 31)))
    assert machine.state is S.DETAILS and machine.ctx.message_code == "APPLICATION_DETAILS_INCOMPLETE"
    machine.send(E.DETAILS_ENTERED, details=DETAILS)
    machine.send(E.RESIDENT_CORRECTS)
    assert machine.state is S.DETAILS
    machine.send(E.DETAILS_ENTERED, details=DETAILS)
    machine.send(E.RESIDENT_CONFIRMED)
    machine.send(E.EMAIL_ENTERED, email="not an address")
    assert machine.state is S.CONTACT and machine.ctx.message_code == "APPLICATION_EMAIL_INVALID"
    machine.send(E.EMAIL_SKIPPED)
    machine.send(E.DOCUMENTS_CHECKED, documents=())  # at the office: none checked is allowed
    machine.send(E.DELIVERY_CHOSEN, delivery="mail")
    assert machine.state is S.DELIVERY and machine.ctx.message_code == "APPLICATION_DOCUMENTS_INSUFFICIENT"
    machine.send(E.DELIVERY_CHOSEN, delivery="counter")
    assert machine.state is S.PHOTO and machine.ctx.delivery is Delivery.COUNTER


def test_outreach_refuses_to_go_on_without_identity_documents():
    machine = flow(IntakeMode.OUTREACH)
    to_delivery(machine, documents=("insurance",))
    assert machine.state is S.DOCUMENTS and machine.ctx.message_code == "APPLICATION_DOCUMENTS_INSUFFICIENT"
    machine.send(E.DOCUMENTS_CHECKED, documents=("insurance", "pension"))
    assert machine.state is S.DELIVERY


def test_cancel_drops_the_visit_but_not_while_saving():
    machine = flow()
    to_delivery(machine)
    machine.send(E.DELIVERY_CHOSEN, delivery="mail")
    machine.send(E.PHOTO_TAKEN, photo=PHOTO)
    machine.send(E.CANCEL)
    assert machine.state is S.IDLE and machine.ctx.photo_jpeg is None and machine.ctx.details is None
    to_delivery(machine)
    machine.send(E.DELIVERY_CHOSEN, delivery="mail")
    machine.send(E.PHOTO_TAKEN, photo=PHOTO)
    machine.send(E.PHOTO_ACCEPTED)
    with pytest.raises(InvalidTransition):
        machine.send(E.CANCEL)
    machine.send(E.SAVE_FAILED, code="APPLICATION_RECORD_DAMAGED")
    assert machine.state is S.SAVE_FAILED and machine.ctx.photo_jpeg == PHOTO  # kept for the retry
    machine.send(E.RETRY)
    assert machine.state is S.SAVING


def test_every_message_code_of_the_flow_has_japanese_text():
    for code in ("APPLICATION_ID_INVALID", "APPLICATION_QR_INVALID", "APPLICATION_DETAILS_INCOMPLETE",
                 "APPLICATION_EMAIL_INVALID", "APPLICATION_DOCUMENTS_INSUFFICIENT"):
        assert MESSAGES[SAME_AS.get(code, code)]
