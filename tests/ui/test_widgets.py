"""The building blocks on their own: keypad, image view, bridges, phrase wrapping."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from flow_fakes import build_kiosk
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication

from kiosk.reception.events import Event
from kiosk.reception.states import FlowState
from ui.flow_bridge import FlowBridge, PreviewBridge
from ui.keypad import PinKeypad
from ui.pictures import ImageView, to_qimage
from ui.widgets import PhraseLabel


@pytest.fixture
def keypad(qtbot):
    submitted: list[str] = []
    pad = PinKeypad(submitted.append)
    qtbot.addWidget(pad)
    pad.show()
    return pad, submitted


def test_the_keypad_submits_four_digits_once_and_forgets_them(keypad, qtbot):
    pad, submitted = keypad
    for digit in "12345":
        qtbot.mouseClick(pad.digit_keys[digit], Qt.MouseButton.LeftButton)
    assert pad.length == 4 and not pad.digit_keys["6"].isEnabled()  # a fifth digit is refused
    qtbot.mouseClick(pad.backspace_key, Qt.MouseButton.LeftButton)
    assert pad.length == 3 and not pad.submit_key.isEnabled()
    qtbot.mouseClick(pad.digit_keys["9"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.submit_key, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.submit_key, Qt.MouseButton.LeftButton)  # a second 確定 has nothing to send
    assert submitted == ["1239"] and pad.length == 0 and pad.dots.filled == 0


def test_the_keypad_takes_a_usb_numeric_keypad(keypad, qtbot):
    pad, submitted = keypad
    pad.setFocus()
    qtbot.keyClicks(pad, "98")
    qtbot.keyClick(pad, Qt.Key.Key_Return)  # two digits: not submitted
    qtbot.keyClick(pad, Qt.Key.Key_Escape)
    assert pad.length == 0 and submitted == []
    qtbot.keyClicks(pad, "a2468")  # letters are ignored
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    qtbot.keyClicks(pad, "0")
    qtbot.keyClick(pad, Qt.Key.Key_Enter)
    assert submitted == ["2460"]


def test_the_preview_is_mirrored_and_converted_without_opencv(qtbot):
    view = ImageView(mirror=True)
    qtbot.addWidget(view)
    view.resize(200, 100)
    frame = np.zeros((100, 200, 3), np.uint8)
    frame[:, :100] = (255, 0, 0)  # left half red
    frame[:, 100:] = (0, 0, 255)  # right half blue
    view.show_image(frame)
    image = view.grab().toImage()
    assert image.pixelColor(10, 50).blue() > 200 and image.pixelColor(190, 50).red() > 200


def test_to_qimage_takes_rgb_and_grey_and_refuses_the_rest():
    assert to_qimage(np.zeros((3, 4, 3), np.uint8)).size().toTuple() == (4, 3)
    assert to_qimage(np.zeros((3, 4), np.uint8)).isGrayscale()
    with pytest.raises(ValueError):
        to_qimage(np.zeros((3, 4, 4), np.uint8))


def test_the_preview_bridge_keeps_only_the_newest_frame(qtbot):
    bridge = PreviewBridge()
    received = []
    bridge.frame.connect(received.append)
    frames = [np.full((2, 2, 3), i % 256, np.uint8) for i in range(300)]
    worker = threading.Thread(target=lambda: [bridge.offer(f) for f in frames])
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(received) and received[-1] is frames[-1], timeout=2000)
    assert len(received) < len(frames)  # the UI thread was busy: frames were dropped, not queued


def test_flow_observations_from_a_worker_thread_arrive_on_the_qt_thread(qtbot):
    kiosk = build_kiosk()
    bridge = FlowBridge(kiosk.flow)
    threads = []
    bridge.changed.connect(lambda view: threads.append((view.state, QThread.currentThread())),
                           Qt.ConnectionType.QueuedConnection)
    bridge.attach()
    kiosk.slot.insert_resident("R002")
    worker = threading.Thread(target=lambda: bridge.send(Event.CARD_INSERTED))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(threads) and threads[-1][0] is FlowState.CHOOSE_METHOD, timeout=2000)
    assert {thread for _, thread in threads} == {QApplication.instance().thread()}


def test_phrase_labels_break_between_phrases_only(qtbot):
    text = "顔写真のある面を 上にして、読み取り機の 上に 置いてください。あと 3 回"
    label = PhraseLabel("body")
    qtbot.addWidget(label)
    label.setText(text)
    assert label.plain_text() == label.text() == text
    for width in (300, 420, 560):
        rows: dict[float, str] = {}
        for run in label.layout_for(width).boxes:
            rows[round(run.base_rect.top())] = rows.get(round(run.base_rect.top()), "") + run.base
        lines = [rows[top] for top in sorted(rows)]
        assert "".join(lines) == text
        starts = [len("".join(lines[:i])) for i in range(1, len(lines))]
        # every line after the first starts after a space, 、 or 。 — never inside 置いて or 「3 回」
        assert all(text[start - 1] in " 、。" for start in starts), (width, lines)



def test_words_scroll_when_the_screen_is_short_and_the_button_below_stays_in_sight(qtbot):
    from layout_checks import buttons_out_of_sight, scrolled_words
    from PySide6.QtWidgets import QMainWindow, QPushButton, QVBoxLayout, QWidget

    from ui.widgets import ScrollingText

    title, body = PhraseLabel("title"), PhraseLabel("body")
    title.setText("これまでの お薬と 受診の 情報を 医師・薬剤師などに 見せてもよいですか")
    body.setText("これまでの お薬や 受診の 記録です。よりよい 診療に 使われます。" * 3)
    window, central = QMainWindow(), QWidget()
    layout = QVBoxLayout(central)
    layout.addWidget(ScrollingText(title, body))
    layout.addWidget(QPushButton("同意する"))
    window.setCentralWidget(central)
    qtbot.addWidget(window)
    window.resize(600, 420)
    window.show()
    qtbot.waitExposed(window)
    assert scrolled_words(window), "the words should need scrolling at 600×420"
    assert buttons_out_of_sight(window) == []
    assert window.size().toTuple() == (600, 420)  # the words shrank, not the window grew
    window.resize(1200, 1000)
    qtbot.waitUntil(lambda: scrolled_words(window) == [], timeout=2000)


def test_a_button_with_furigana_draws_its_words_with_readings_in_the_colour_of_its_state(qtbot):
    from PySide6.QtGui import QColor

    from ui import theme
    from ui.widgets import WrapButton

    button = WrapButton("申し込む")
    button.setStyleSheet(theme.style_sheet())
    qtbot.addWidget(button)
    button.resize(400, 120)
    button.show()
    button.set_furigana(True)
    qtbot.waitExposed(button)
    words = button.findChild(PhraseLabel)
    assert button.text() == "申し込む" and words.plain_text() == "申し込む"
    assert any(segment.ruby for segment in words.segments())  # もう
    assert button.heightForWidth(400) > WrapButton("申し込む").heightForWidth(400)  # room for the readings

    def colour() -> str:
        button.update()
        qtbot.wait(20)  # the paint that picks the colour
        return words._colour.name().upper()

    assert colour() == QColor(theme.STANDARD.accent).name().upper()  # a plain button: blue words
    button.setDown(True)
    assert colour() == QColor(theme.STANDARD.on_accent).name().upper()  # pressed: white on dark blue
    button.setDown(False)
    theme.set_role(button, "primary", True)
    assert colour() == QColor(theme.STANDARD.on_accent).name().upper()
    button.set_furigana(False)
    qtbot.waitUntil(lambda: button.findChild(PhraseLabel) is None, timeout=1000)
    assert super(WrapButton, button).text() == "申し込む"  # drawn by the button itself again
