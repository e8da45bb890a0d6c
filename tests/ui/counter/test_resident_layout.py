"""The counter desk's resident screen (1024×768) at the largest text size in every language
(issue 6 §2, §5): every question the resident sees, built by the view model, fits — nothing
clipped or overlapping, every button and key a 15 mm target in plain sight, and no words to scroll
(issue 16 §3) — except the screens still listed in STILL_SCROLL (the warning comes first there,
the voice reads them all).
Screenshots (build/screenshots/counter-resident-LOOK-SCREEN.png) of every screen in Japanese at the
standard and the largest size, with furigana, in high contrast, and in English."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.counter import assemble_desk
from kiosk.accessibility import TextSize
from kiosk.counter.machine import CounterContext
from kiosk.counter.pin_entry import PinCollector, Step
from kiosk.counter.pin_rules import PinWarning, requirements
from kiosk.counter.table import CounterState as S
from kiosk.counter.view import ResidentView, resident_view
from kiosk.flow.executors import InlineExecutor
from kiosk.i18n.languages import LANGUAGES
from simulators.card.slot import VirtualCardSlot
from simulators.card_management import SimulatedCardManagement
from simulators.eligibility import SimulatedEligibilityService
from ui.counter.resident_screen import WINDOW_SIZE, ResidentScreen

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from layout_checks import assert_usable, scrolled_words  # noqa: E402

BORN = date(1948, 5, 3)  # an adult: the 署名用 password too


def _entry(kind_index: int = 0, step: Step = Step.FIRST, **fields) -> PinCollector:
    return PinCollector(requirements(BORN), BORN, kind_index=kind_index, step=step, **fields)


def resident_gallery() -> dict[str, ResidentView]:
    """Every screen of the resident's side of a visit, as the view model builds it (no Qt)."""
    ctx = CounterContext(visit=1, started_at=datetime(2026, 11, 23, 10, tzinfo=UTC))

    def at(state: S, **fields) -> ResidentView:
        return resident_view(state, CounterContext(**{**ctx.__dict__, **fields}))

    every = ("auth", "juki", "kenhojo", "sign")
    full_card = {"pins_already": every, "requirements": requirements(BORN).without(every)}
    return {
        "wait": at(S.QUEUE),
        "choice": at(S.PIN_CHOICE),
        "choice-face-card": at(S.PIN_CHOICE, face_card=True),
        "choice-some-already-set": at(S.PIN_CHOICE, pins_already=("juki", "sign")),
        "sign-first": at(S.PIN_ENTRY, pin_entry=_entry(0)),
        "sign-rule": at(S.PIN_ENTRY, pin_entry=_entry(0, error_code="COUNTER_PIN_RULE")),
        "auth-first": at(S.PIN_ENTRY, pin_entry=_entry(1)),
        "auth-second": at(S.PIN_ENTRY, pin_entry=_entry(1, Step.SECOND)),
        "auth-mismatch": at(S.PIN_ENTRY, pin_entry=_entry(1, error_code="COUNTER_PIN_CONFIRM_MISMATCH")),
        "warned": at(S.PIN_ENTRY, pin_entry=_entry(1, Step.WARNED,
                                                   warnings=(PinWarning.BIRTH_DATE, PinWarning.SEQUENCE))),
        "same-digits": at(S.PIN_ENTRY, pin_entry=_entry(1, Step.SAME_DIGITS)),
        "juki-first": at(S.PIN_ENTRY, pin_entry=_entry(2)),
        "kenhojo-first": at(S.PIN_ENTRY, pin_entry=_entry(3)),
        "writing": at(S.WRITING_PINS),
        "registration": at(S.REGISTRATION),
        "handing-over-all-already-set": at(S.HANDING_OVER, **full_card),
        "registration-all-already-set": at(S.REGISTRATION, **full_card),
        "done": at(S.DONE),
    }


GALLERY = resident_gallery()


@pytest.fixture(scope="module")
def screen(qapp, tmp_path_factory):
    """One resident screen on a simulated desk; each test renders views on it directly."""
    from ui.app import create_application

    create_application()
    slot = VirtualCardSlot()
    desk = assemble_desk(f"sqlite:///{tmp_path_factory.mktemp('desk') / 'counter.db'}", desk_id="DESK-01",
                         slot=slot, collation=slot, cards=SimulatedCardManagement(),
                         eligibility=SimulatedEligibilityService(), executor=InlineExecutor(), simulated_cards=True)
    window = ResidentScreen(desk.flow, simulator=True)
    window.resize(*WINDOW_SIZE)
    window.show()
    yield window
    window.close()
    desk.close()


def test_the_gallery_covers_every_keypad_and_answer():
    assert {view.keypad for view in GALLERY.values()} == {"", "digits", "alnum"}
    assert all(view.title for view in GALLERY.values())
    assert sum(bool(view.warning) for view in GALLERY.values()) == 2


def _prefer(screen, qtbot, language: str, size: TextSize, furigana: bool = False, contrast: bool = False) -> None:
    preferences = screen.presentation.preferences
    preferences.set_language(language)
    while preferences.value.text_size is not size:
        preferences.next_text_size()
    if preferences.value.furigana != furigana:
        preferences.toggle_furigana()
    if preferences.value.high_contrast != contrast:
        preferences.toggle_contrast()
    qtbot.waitUntil(lambda: screen.follower.language == language, timeout=2000)


# Screens whose words still need more height than 1024×768 has beside (or above) a keypad, by
# (text size, language or look): known, issue 16 §3, still to be split into steps. Every other
# screen must fit with nothing to scroll.
_REGISTRATION = {"registration", "registration-all-already-set"}
_PIN_WORDS = {"sign-rule", "auth-mismatch"} | _REGISTRATION
_LONGER = {"choice", "kenhojo-first", "same-digits", "warned"}
STILL_SCROLL: dict[tuple[str, str], set[str]] = {
    ("xl", "ja"): _PIN_WORDS | {"sign-first"},
    ("xl", "en"): _PIN_WORDS | _LONGER - {"warned"},
    ("xl", "zh"): _REGISTRATION | {"sign-rule"},
    ("xl", "ko"): _PIN_WORDS,
    ("xl", "es"): _PIN_WORDS | _LONGER,
    ("xl", "pt"): _PIN_WORDS | _LONGER,
    ("xl", "ja-furigana"): _PIN_WORDS | _LONGER - {"same-digits"} | {"sign-first"},
    ("standard", "ja"): {"registration-all-already-set"},
    ("standard", "ja-furigana"): _REGISTRATION | {"sign-rule"},
    ("standard", "ja-contrast"): {"registration-all-already-set"},
    ("standard", "en"): {"registration-all-already-set", "sign-rule"},
}


def _check_every_screen(screen, qtbot, screenshot, look: str | None, scrolling: set[str] = frozenset()) -> None:
    """Render the gallery; screenshot each screen as ``look`` (None: none); all must be usable, and
    none but ``scrolling`` may have words to scroll."""
    failures = {}
    for name, view in GALLERY.items():
        screen.show_view(view)
        qtbot.waitUntil(lambda state=view.state: screen.view is not None and screen.view.state is state,
                        timeout=2000)
        qtbot.wait(20)  # the layout settles
        screen.resize(*WINDOW_SIZE)
        qtbot.wait(10)
        if look:
            screenshot(screen, f"counter-resident-{look}-{name}")
        try:
            assert screen.size().toTuple() == WINDOW_SIZE, "the screen needs more room than it has"
            assert_usable(screen)
            if name not in scrolling:
                assert scrolled_words(screen) == [], f"words scroll: {scrolled_words(screen)}"
        except AssertionError as error:
            failures[name] = str(error)
    assert not failures, "\n".join(f"{name}: {problems}" for name, problems in failures.items())


@pytest.mark.parametrize("language", [*LANGUAGES, "ja-furigana"])
def test_every_resident_screen_fits_at_the_largest_size(screen, qtbot, screenshot, language):
    code = language.removesuffix("-furigana")
    _prefer(screen, qtbot, code, TextSize.EXTRA_LARGE, furigana=code != language)
    _check_every_screen(screen, qtbot, screenshot, f"{language}-xl" if language in ("ja", "ja-furigana") else None,
                        STILL_SCROLL.get(("xl", language), set()))


# (language, text size, furigana, high contrast) of the screenshots, as for the reception screens
LOOKS = {"ja": ("ja", TextSize.STANDARD, False, False), "ja-furigana": ("ja", TextSize.STANDARD, True, False),
         "ja-contrast": ("ja", TextSize.STANDARD, False, True), "en": ("en", TextSize.STANDARD, False, False)}


@pytest.mark.parametrize("look", LOOKS)
def test_screenshots_of_each_look(screen, qtbot, screenshot, look):
    _prefer(screen, qtbot, *LOOKS[look])
    _check_every_screen(screen, qtbot, screenshot, look, STILL_SCROLL.get(("standard", look), set()))
