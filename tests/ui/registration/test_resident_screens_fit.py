"""The resident's screens that issue 17 adds — the registration support desk's, and the counter's
J-LIS wait and 利用申込 PIN — at the largest text size in every language (issue 6 §2, §5):
nothing clipped or overlapping, every button and key a 15 mm target in plain sight."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.ports import ReceptionPorts
from app.registration import assemble_registration
from kiosk.accessibility import TextSize
from kiosk.card.visit import CardIdentity
from kiosk.counter.machine import CounterContext
from kiosk.counter.table import CounterState as C
from kiosk.counter.view import ResidentView
from kiosk.counter.view import resident_view as counter_view
from kiosk.flow.executors import InlineExecutor
from kiosk.i18n.languages import LANGUAGES
from kiosk.registration.machine import RegistrationContext
from kiosk.registration.table import RegistrationState as S
from kiosk.registration.view import resident_view
from kiosk.secrets import MemorySecretStore
from simulators.card.slot import VirtualCardSlot
from simulators.eligibility import SimulatedEligibilityService
from ui.counter.resident_screen import WINDOW_SIZE, ResidentScreen
from ui.registration.desk_app import RULES

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from layout_checks import assert_usable  # noqa: E402

AT = datetime(2026, 11, 23, 10, tzinfo=UTC)


def gallery() -> dict[str, ResidentView]:
    def desk(state: S, **fields) -> ResidentView:
        return resident_view(state, RegistrationContext(visit=1, started_at=AT, **fields))

    def counter(state: C, **fields) -> ResidentView:
        return counter_view(state, CounterContext(visit=1, started_at=AT, **fields))

    identity = CardIdentity(b"certificate", AT, True, True, 3)
    return {
        "waiting": desk(S.WAITING), "reading": desk(S.READING_CARD), "method": desk(S.CHOOSE_METHOD),
        "pin": desk(S.PIN_ENTRY, identity=identity, pin_tries=3),
        "pin-wrong": desk(S.PIN_ENTRY, identity=identity, pin_tries=2, pin_error="CARD_PIN_WRONG"),
        "face": desk(S.FACE_CAPTURE), "terms": desk(S.TERMS), "registering": desk(S.REGISTERING),
        "consents": desk(S.CONSENTS), "done": desk(S.DONE, registered_at=AT), "already": desk(S.DONE,
                                                                                          already_registered=True),
        "declined": desk(S.DONE, declined=True), "failed": desk(S.FAILED, failure_code="REGISTRATION_NEEDS_FACE"),
        "counter-jlis": counter(C.JLIS_PINS), "counter-registration": counter(C.REGISTRATION),
        "counter-registration-pin": counter(C.REGISTRATION_PIN, pin_tries=3),
        "counter-registration-pin-wrong": counter(C.REGISTRATION_PIN, pin_tries=2, registration_error="CARD_PIN_WRONG"),
    }


GALLERY = gallery()


@pytest.fixture(scope="module")
def screen(qapp, tmp_path_factory):
    from ui.app import create_application

    create_application()
    slot = VirtualCardSlot()
    ports = ReceptionPorts(slot, SimulatedEligibilityService(), MemorySecretStore(), collation=slot)
    desk = assemble_registration(f"sqlite:///{tmp_path_factory.mktemp('desk') / 'desk.db'}", ports,
                                 desk_id="REG-01", executor=InlineExecutor())
    window = ResidentScreen(desk.flow, rules=RULES)
    window.resize(*WINDOW_SIZE)
    window.show()
    yield window
    window.close()
    desk.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_new_resident_screen_fits_at_the_largest_size(screen, qtbot, screenshot, language):
    preferences = screen.presentation.preferences
    preferences.set_language(language)
    while preferences.value.text_size is not TextSize.EXTRA_LARGE:
        preferences.next_text_size()
    qtbot.waitUntil(lambda: screen.follower.language == language, timeout=2000)
    failures = {}
    for name, view in GALLERY.items():
        screen.show_view(view)
        qtbot.waitUntil(lambda state=view.state: screen.view is not None and screen.view.state is state,
                        timeout=2000)
        qtbot.wait(20)
        screen.resize(*WINDOW_SIZE)
        qtbot.wait(10)
        if language in ("ja", "en"):
            screenshot(screen, f"registration-resident-{language}-xl-{name}")
        try:
            assert screen.size().toTuple() == WINDOW_SIZE, "the screen needs more room than it has"
            assert_usable(screen)
        except AssertionError as error:
            failures[name] = str(error)
    assert not failures, "\n".join(f"{name}: {problems}" for name, problems in failures.items())
