"""Six languages (issue 6 §3, §5): every resident message translated with the same placeholders,
a reception run scripted through the window in each language, and bad translation input (a
missing file, a broken file, an unknown code) leaving the kiosk in Japanese with a staff warning."""

from __future__ import annotations

import pytest
from flow_fakes import build_kiosk
from message_catalogs import all_messages

from kiosk.i18n.languages import LANGUAGES, TRANSLATED
from kiosk.reception.states import FlowState
from simulators.residents import resident
from ui.i18n import Translations, placeholders


@pytest.fixture(scope="module")
def translations():
    loaded = Translations()
    assert loaded.warnings == [], "build the .qm files first (make does)"
    return loaded


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated(translations, language):
    missing = []
    for message in all_messages():
        template = translations._translators[language].translate(message.id, message.source)
        if not template.strip() or placeholders(template) != placeholders(message.source):
            missing.append(message.id)
        else:
            assert translations.text(message, language) != str(message) or message.id.startswith("key.count")
    assert missing == []


def test_an_unknown_code_and_a_missing_file_fall_back_to_japanese(tmp_path):
    (tmp_path / "myna_en.qm").write_bytes(b"not a qm file")
    loaded = Translations(("ja", "en", "xx", "ko"), folder=tmp_path)
    assert loaded.languages == ("ja",)
    assert len(loaded.warnings) == 3  # xx unknown, en broken, ko missing
    message = all_messages()[0]
    assert loaded.text(message, "en") == str(message)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_scripted_reception_run_completes_in_each_language(reception, language):
    driver = reception(build_kiosk())
    window = driver.window
    driver.click(window.access_bar.language_buttons[language])
    driver.qtbot.waitUntil(lambda: window.presentation.language == language, timeout=2000)
    driver.insert("R002")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    shown = window.page.title.plain_text()
    assert (shown == window._raw_view.title) is (language == "ja")  # the title is in the resident's language
    driver.click(window.view.actions[-1].label)  # the PIN
    driver.wait_for(FlowState.PIN_ENTRY)
    keypad = window.page.keypad
    driver.type_pin(keypad, resident("R002").auth_pin)
    driver.click(keypad.submit_key)
    for _ in range(10):
        driver.qtbot.waitUntil(lambda: window.view.state in (FlowState.CONSENT_BUNDLE, FlowState.CONSENT,
                                                             FlowState.LIMIT, FlowState.REGISTRATION, FlowState.DONE),
                               timeout=5000)
        if window.view.state is FlowState.DONE:
            break
        driver.click(window.view.actions[0].label)
        driver.qtbot.wait(5)
    driver.wait_for(FlowState.DONE)
    assert window.presentation.language == language
    assert driver.kiosk.store.results, "the visit's result reached the clinic"


def test_the_language_row_is_in_one_place(reception):
    """On the first screen only, in the access bar above its tools; gone once the card is read."""
    from layout_checks import language_row_problems

    driver = reception(build_kiosk())
    window = driver.window
    assert window.access_bar.language_row.isVisible()
    assert language_row_problems(window) == []
    driver.insert("R002")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    assert not window.access_bar.language_row.isVisible()
    assert language_row_problems(window) == []
