"""Kiosks for the UI tests: the virtual slot doubling as the card-face scanner, a face runner the
test drives by hand, and every resident screen as the flow itself produces it (for screenshots
and layout checks)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import numpy as np
from flow_fakes import STAFF_PIN, FakeEligibility, UnreadableCardFace, build_kiosk

from kiosk.reception.config import ReceptionConfig
from kiosk.reception.events import Event
from kiosk.reception.model import ConsentItem
from kiosk.reception.states import FlowState
from kiosk.reception.view import ScreenView, build_view
from simulators.residents import resident

# The kiosk screens every resident screen must fit.
SIZES = {"1280x800": (1280, 800), "1024x768": (1024, 768)}





class StubFaceRunner:
    """A face runner whose reports and outcomes the test sends (no camera, no matcher)."""

    def __init__(self) -> None:
        self.on_report = self.on_outcome = None

    def start(self, photo, attempts, on_report, on_outcome) -> None:
        self.on_report, self.on_outcome = on_report, on_outcome

    def report(self, prompt: str, progress: float) -> None:
        self.on_report(SimpleNamespace(prompt=prompt, progress=progress))

    def stop(self) -> None:
        pass

    def ready(self) -> bool:
        return True


class SilentVoice:
    """A voice guide that only records what it was asked to say (「もう一度 聞く」 shows with it)."""

    def __init__(self) -> None:
        self.said: list[tuple[list[str], str]] = []

    def say(self, texts, language: str) -> None:
        self.said.append((list(texts), language))

    def replay(self) -> None:
        if self.said:
            self.said.append(self.said[-1])


class FakeSimulator:
    """Records the panel's calls."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def residents(self) -> list[tuple[str, str]]:
        return [("R001", "R001 テスト 一郎"), ("R002", "R002 テスト 二郎")]

    def insert(self, resident_id: str) -> None:
        self.calls.append(("insert", resident_id))

    def remove(self) -> None:
        self.calls.append(("remove",))

    def camera_scenes(self) -> list[tuple[str, str]]:
        return [("right-person-video", "本人の動画"), ("card-photo-still", "写真をかざす"),
                ("no-face", "顔なし")]

    def set_camera_scene(self, scene_id: str) -> None:
        self.calls.append(("scene", scene_id))

    def faults(self) -> list[tuple[str, str]]:
        return [("reader-lost", "読み取り機が外れる"), ("eligibility-down", "資格確認が止まる")]

    def set_fault(self, fault_id: str, on: bool) -> None:
        self.calls.append(("fault", fault_id, on))


def scanning_kiosk(face=None, **options):
    """``build_kiosk`` whose effects read the card photo (so face and staff check have it)."""
    return build_kiosk(face=face, scan_card_face=True, **options)


def wrong_pin(resident_id: str) -> str:
    return "0000" if resident(resident_id).auth_pin != "0000" else "9999"


def synthetic_frame(width: int = 640, height: int = 480) -> np.ndarray:
    """A camera-like RGB frame with no face in it (screenshots never hold a face image)."""
    y, x = np.mgrid[0:height, 0:width]
    frame = np.stack([60 + x * 80 // width, 70 + y * 60 // height, np.full_like(x, 90)], axis=2)
    return frame.astype(np.uint8)


def _view(kiosk) -> ScreenView:
    flow = kiosk.flow
    return build_view(flow.state, flow.ctx, flow.config)


def _inserted(resident_id: str, *, scanner: bool = True, **options):
    kiosk = scanning_kiosk(**options) if scanner else build_kiosk(**options)
    kiosk.slot.insert_resident(resident_id)
    kiosk.flow.send(Event.CARD_INSERTED)
    return kiosk


def gallery() -> dict[str, ScreenView]:
    """Every resident screen, in visit order, as the flow builds it (no Qt)."""
    views: dict[str, ScreenView] = {}
    idle = build_kiosk()
    views["01-idle"] = _view(idle)
    views["02-reading"] = build_view(FlowState.READING_CARD, idle.flow.ctx, idle.flow.config)

    face = StubFaceRunner()
    both = _inserted("R002", face=face)
    views["03-method"] = _view(both)
    views["03-method-pin-only"] = _view(_inserted("R002", face=None))
    views["03-method-face-card"] = _view(_inserted("R006", face=StubFaceRunner()))
    both.flow.send(Event.WARN)
    views["03-method-warning"] = _view(both)
    both.flow.send(Event.CHOOSE_FACE)
    face.report("お顔を 画面の 枠の 中に 入れてください", 0.35)
    views["04-face-capture"] = _view(both)
    both.flow.send(Event.FACE_RETRY)
    face.report("そのまま お待ちください", 0.8)
    views["04-face-capture-retry"] = _view(both)
    both.flow.send(Event.FACE_EXHAUSTED)
    views["05-face-failed"] = _view(both)

    pin = _inserted("R002")
    pin.flow.send(Event.CHOOSE_PIN)
    views["06-pin"] = _view(pin)
    views["06-pin-verifying"] = build_view(FlowState.PIN_VERIFYING, pin.flow.ctx, pin.flow.config)
    for name in ("06-pin-wrong", "06-pin-last-try"):
        pin.flow.send(Event.PIN_ENTERED, pin=wrong_pin("R002"))
        views[name] = _view(pin)
    pin.flow.send(Event.WARN)
    views["06-pin-last-try-warning"] = _view(pin)
    pin.flow.send(Event.PIN_ENTERED, pin=wrong_pin("R002"))
    views["07-pin-blocked"] = _view(pin)

    staff = _inserted("R006", face=StubFaceRunner())
    staff.flow.send(Event.STAFF_OPEN, pin=wrong_pin("R006"))
    views["08-method-staff-pin-refused"] = _view(staff)
    staff.flow.send(Event.STAFF_OPEN, pin=STAFF_PIN)
    views["08-staff-check"] = _view(staff)
    no_photo = _inserted("R006", scanner=False)
    no_photo.flow.send(Event.STAFF_OPEN, pin=STAFF_PIN)
    views["08-staff-check-no-photo"] = _view(no_photo)
    unreadable = build_kiosk(face=StubFaceRunner(), collation=UnreadableCardFace())  # staff type 照合番号B
    unreadable.slot.insert_resident("R006")
    unreadable.flow.send(Event.CARD_INSERTED)
    unreadable.flow.send(Event.STAFF_OPEN, pin=STAFF_PIN)
    views["08-staff-check-collation"] = _view(unreadable)
    views["09-checking"] = build_view(FlowState.CHECKING, staff.flow.ctx, staff.flow.config)

    unregistered = _inserted("R007", eligibility=FakeEligibility(registered=False))
    unregistered.flow.send(Event.CHOOSE_PIN)
    unregistered.flow.send(Event.PIN_ENTERED, pin=resident("R007").auth_pin)
    views["10-registration"] = _view(unregistered)
    flow = unregistered.flow
    views["10-registering"] = build_view(FlowState.REGISTERING, flow.ctx, flow.config)
    unregistered.flow.send(Event.DECLINE_REGISTRATION)
    views["14-done-registration-declined"] = _view(unregistered)

    config = ReceptionConfig(staff_pin_hash=idle.flow.config.staff_pin_hash, prescription_screen=True,
                             consent_items=tuple(ConsentItem))
    visit = _inserted("R002", config=config)
    visit.flow.send(Event.CHOOSE_PIN)
    visit.flow.send(Event.PIN_ENTERED, pin=resident("R002").auth_pin)
    views["11-consent-bundle"] = _view(visit)
    visit.flow.send(Event.CONSENT_EACH)
    while visit.flow.state is FlowState.CONSENT:
        views[f"11-consent-{visit.flow.ctx.consent_queue[0].value}"] = _view(visit)
        visit.flow.send(Event.CONSENT_ANSWER, agreed=visit.flow.ctx.consent_queue[0] is not ConsentItem.SURGERY)
    views["12-prescription"] = _view(visit)
    views["13-finishing"] = build_view(FlowState.FINISHING, visit.flow.ctx, visit.flow.config)
    visit.flow.send(Event.PRESCRIPTION_CHOSEN, form=views["12-prescription"].actions[0].payload["form"])
    views["13-limit"] = _view(visit)
    visit.flow.send(Event.CONSENT_ANSWER, agreed=True)
    views["14-done"] = _view(visit)
    visit.scheduler.fire_all()
    views["14-done-alarm"] = _view(visit)

    form_2021 = _inserted("R002", config=ReceptionConfig(checkup_screen="2021"),
                          eligibility=FakeEligibility(birth=date(1995, 4, 1)))
    form_2021.flow.send(Event.CHOOSE_PIN)
    form_2021.flow.send(Event.PIN_ENTERED, pin=resident("R002").auth_pin)
    form_2021.flow.send(Event.CONSENT_EACH)
    form_2021.flow.send(Event.CONSENT_ANSWER, agreed=True)
    views["11-consent-checkup-2021"] = _view(form_2021)

    views["15-error-expired-certificate"] = _view(_inserted("R005"))
    outage = _inserted("R002", eligibility=FakeEligibility(down=True))
    outage.flow.send(Event.CHOOSE_PIN)
    outage.flow.send(Event.PIN_ENTERED, pin=resident("R002").auth_pin)
    views["15-error-service-down"] = _view(outage)
    return views
