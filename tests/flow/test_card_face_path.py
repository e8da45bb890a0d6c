"""照合番号B at the reception (issue 14 §2, §3): a scan that is not certain is never sent to the card,
a number is sent at most once per card insertion, staff can type it from the card face, and the
face path is offered exactly when the camera is there."""

from __future__ import annotations

from flow_fakes import STAFF_PIN, UnreadableCardFace, build_kiosk, entry_for

from kiosk.reception.events import Event
from kiosk.reception.states import FlowState
from kiosk.reception.view import build_view
from simulators.card.personalise import CardBuilder
from simulators.residents import resident


class Face:
    """A face runner the test answers for; ``present`` is whether its camera is plugged in."""

    def __init__(self, present: bool = True) -> None:
        self.present = present
        self.on_outcome = None
        self.photos: list = []

    def start(self, photo, attempts, on_report, on_outcome) -> None:
        self.photos.append(photo)
        self.on_outcome = on_outcome

    def stop(self) -> None:
        pass

    def ready(self) -> bool:
        return self.present


class ReadsNumber:
    """A scanner that was certain of ``number`` (right or, as a test of the card's refusal, wrong)."""

    def __init__(self, number: str) -> None:
        self.number = number

    def collation_number_b(self) -> str | None:
        return self.number

    def collation_problem(self) -> str:
        return ""


def collation_verifies(kiosk) -> int:
    """VERIFY commands that carried 14 bytes: 照合番号B."""
    return sum(1 for apdu in kiosk.sent if apdu[1] == 0x20 and len(apdu) > 5 and apdu[4] == 14)


def inserted(resident_id: str, face: Face, collation) -> object:
    kiosk = build_kiosk(face=face, collation=collation)
    kiosk.slot.insert_resident(resident_id)
    kiosk.flow.send(Event.CARD_INSERTED)
    return kiosk


def view(kiosk):
    return build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config)


def test_an_unreadable_face_only_card_ends_in_staff_entry_then_face_at_the_kiosk():
    face = Face()
    kiosk = inserted("R006", face, UnreadableCardFace())  # 顔認証マイナンバーカード: no PINs
    assert kiosk.flow.state is FlowState.CHOOSE_METHOD and not kiosk.flow.ctx.face_available
    assert view(kiosk).actions == () and collation_verifies(kiosk) == 0
    kiosk.flow.send(Event.STAFF_OPEN, pin=STAFF_PIN)
    staff = view(kiosk)
    assert staff.collation_entry and "券面を 読み取れませんでした" in staff.staff_note
    kiosk.flow.send(Event.STAFF_COLLATION, entry=entry_for("R006"))
    assert kiosk.flow.state is FlowState.FACE_CAPTURE and collation_verifies(kiosk) == 1
    assert face.photos[0] is not None and face.photos[0].ndim == 2
    face.on_outcome("matched")
    assert kiosk.flow.state in (FlowState.CHECKING, FlowState.CONSENT_BUNDLE, FlowState.CONSENT,
                                FlowState.REGISTRATION, FlowState.DONE)
    assert kiosk.flow.ctx.method.value == "face"


def test_a_typo_the_card_refuses_is_not_tried_again_in_that_insertion():
    kiosk = inserted("R006", Face(), UnreadableCardFace())
    kiosk.flow.send(Event.STAFF_OPEN, pin=STAFF_PIN)
    wrong = entry_for("R006", security_code=f"{(int(resident('R006').security_code) + 1) % 10000:04d}")
    kiosk.flow.send(Event.STAFF_COLLATION, entry=wrong)
    assert kiosk.flow.state is FlowState.STAFF_CHECK and collation_verifies(kiosk) == 1
    staff = view(kiosk)
    assert not staff.collation_entry and "受け付けませんでした" in staff.staff_note
    kiosk.flow.send(Event.STAFF_COLLATION, entry=entry_for("R006"))  # even the right number: not now
    assert kiosk.flow.state is FlowState.STAFF_CHECK and collation_verifies(kiosk) == 1
    kiosk.flow.send(Event.STAFF_CONFIRM)  # the visual check is still there
    assert kiosk.flow.ctx.method.value == "staff"


def test_an_impossible_entry_is_refused_before_any_verify():
    kiosk = inserted("R006", Face(), UnreadableCardFace())
    kiosk.flow.send(Event.STAFF_OPEN, pin=STAFF_PIN)
    for typo, field in ((dict(month=2, day=30), "birth_date"), (dict(era="令和", year=40), "birth_date"),
                        (dict(expiry_year=1990), "expiry_year"), (dict(security_code="12a4"), "security_code"),
                        (dict(security_code="١٢٣٤"), "security_code")):
        kiosk.flow.send(Event.STAFF_COLLATION, entry=entry_for("R006", **typo))
        assert kiosk.flow.state is FlowState.STAFF_CHECK and kiosk.flow.ctx.collation_error == field
        assert view(kiosk).staff_note.splitlines()[0].startswith(
            {"birth_date": "生年月日", "expiry_year": "有効期限", "security_code": "セキュリティコード"}[field])
    assert collation_verifies(kiosk) == 0 and view(kiosk).collation_entry


def test_a_certain_but_wrong_scan_is_sent_once_and_never_again():
    number = CardBuilder(resident("R002")).collation_b()
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    kiosk = inserted("R002", Face(), ReadsNumber(wrong))
    assert kiosk.flow.state is FlowState.CHOOSE_METHOD and collation_verifies(kiosk) == 1
    assert not kiosk.flow.ctx.face_available and kiosk.flow.ctx.face_problem == "COLLATION_REFUSED"
    assert [a.intent for a in view(kiosk).actions] == [Event.CHOOSE_PIN]  # the PIN is still offered
    kiosk.flow.send(Event.STAFF_OPEN, pin=STAFF_PIN)
    assert not view(kiosk).collation_entry


def test_a_right_scan_offers_the_face_and_keeps_the_photo_for_the_staff_check():
    face = Face()
    kiosk = inserted("R002", face, ReadsNumber(CardBuilder(resident("R002")).collation_b()))
    assert kiosk.flow.ctx.face_available and collation_verifies(kiosk) == 1
    assert Event.CHOOSE_FACE in [a.intent for a in view(kiosk).actions]
    kiosk.flow.send(Event.STAFF_OPEN, pin=STAFF_PIN)
    assert view(kiosk).photo is not None and not view(kiosk).collation_entry


def test_face_is_offered_exactly_while_the_camera_is_there():
    face = Face(present=False)
    kiosk = inserted("R002", face, ReadsNumber(CardBuilder(resident("R002")).collation_b()))
    assert not kiosk.flow.ctx.face_available and kiosk.flow.ctx.face_problem == "CAMERA_UNAVAILABLE"
    assert [a.intent for a in view(kiosk).actions] == [Event.CHOOSE_PIN]
    kiosk.flow.send(Event.STAFF_OPEN, pin=STAFF_PIN)
    assert "カメラが 見つかりません" in view(kiosk).staff_note and view(kiosk).photo is not None
    kiosk.slot.remove()
    kiosk.flow.send(Event.CARD_REMOVED)
    face.present = True  # plugged back in: the next resident gets the face path
    kiosk.slot.insert_resident("R002")
    kiosk.flow.send(Event.CARD_INSERTED)
    assert kiosk.flow.ctx.face_available


def test_a_camera_lost_mid_capture_offers_the_pin_and_staff():
    face = Face()
    kiosk = inserted("R002", face, ReadsNumber(CardBuilder(resident("R002")).collation_b()))
    kiosk.flow.send(Event.CHOOSE_FACE)
    face.on_outcome("camera-lost")
    assert kiosk.flow.state is FlowState.FACE_FAILED
    assert [a.intent for a in view(kiosk).actions] == [Event.CHOOSE_PIN] and view(kiosk).staff_entry


class FakeWorker:
    """The face worker process's interface, without the process."""

    def __init__(self) -> None:
        self.on_report = self.on_error = None
        self.ended = 0

    def begin(self, photo) -> None:
        pass

    def submit(self, frame) -> None:
        pass

    def end(self) -> None:
        self.ended += 1


def test_a_camera_unplugged_between_card_and_face_ends_the_attempt_not_the_kiosk(tmp_path):
    import numpy as np

    from drivers.camera import OpenCvCamera
    from kiosk.reception.face_runner import CAMERA_LOST, WorkerFaceRunner

    gone = tmp_path / "video0.mp4"  # never created: the device node of an unplugged camera
    worker, outcomes = FakeWorker(), []
    runner = WorkerFaceRunner(OpenCvCamera(gone), worker, lambda frame: None, ready=gone.exists)
    assert not runner.ready()
    runner.start(np.zeros((8, 8), np.uint8), 3, lambda report: None, outcomes.append)
    assert outcomes == [CAMERA_LOST] and worker.ended == 1
