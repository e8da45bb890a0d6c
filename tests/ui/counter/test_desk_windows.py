"""The counter desk's two windows driven by hand on the simulators and the real store: the staff
console and the resident's screen through a whole handover (with PINs, and a 顔認証マイナンバー
カード), a wrong login, the idle lock. Every screen is saved under build/screenshots/
(counter-staff-*.png, counter-resident-*.png) and checked for clipped text.

No face image is ever written: the face-check screenshot shows a synthetic placeholder photo."""

from __future__ import annotations

import dataclasses
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.counter import assemble_desk
from kiosk.counter.machine import CounterContext
from kiosk.counter.records import StaffMember
from kiosk.counter.table import CounterState as S
from kiosk.counter.view import resident_view, staff_view
from kiosk.flow.executors import InlineExecutor
from kiosk.i18n.controls import control_text
from simulators.card.slot import VirtualCardSlot
from simulators.card_management import SimulatedCardManagement, application_id_for
from simulators.eligibility import SimulatedEligibilityService
from ui.counter.console_widgets import staff_japanese
from ui.counter.resident_screen import ResidentScreen
from ui.counter.staff_console import StaffConsole

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "flow"))
from flow_fakes import ManualScheduler  # noqa: E402
from layout_checks import layout_problems  # noqa: E402

STAFF = ("clerk01", "窓口1 山田", "counter", "counter-pass-01")
SIGN_PASSWORD = "K7P3X9Q2"  # noqa: S105 (a simulated card's test value)
FOUR_DIGITS = "5821"


ALREADY_SET_LINE = "前から 設定済みの 暗証番号（今回は 設定しません）: 住民基本台帳用、署名用"


def placeholder_photo() -> np.ndarray:
    """A grey card-photo-sized gradient with an oval: no one's face."""
    y, x = np.mgrid[0:400, 0:320]
    photo = (150 + 60 * y / 400).astype(np.uint8)
    inside = ((x - 160) / 95) ** 2 + ((y - 170) / 125) ** 2 < 1
    photo[inside] = 215
    return photo


class Desk:
    """Both windows of one desk on the simulators, and the hands of the staff and the resident."""

    def __init__(self, qtbot, tmp_path, screenshot) -> None:
        self.qtbot, self.screenshot = qtbot, screenshot
        self.slot, self.cards = VirtualCardSlot(), SimulatedCardManagement()
        self.idle = ManualScheduler()  # the desk's idle lock, fired by hand
        self.desk = assemble_desk(f"sqlite:///{tmp_path / 'counter.db'}", desk_id="DESK-01", slot=self.slot,
                                  collation=self.slot, cards=self.cards, eligibility=SimulatedEligibilityService(),
                                  executor=InlineExecutor(), scheduler=self.idle, simulated_cards=True)
        self.desk.store.staff.create(*STAFF)
        self.flow = self.desk.flow
        self.console = StaffConsole(self.flow)
        self.resident = ResidentScreen(self.flow)
        self.resident_texts: list[str] = []  # everything the resident's screen ever showed
        self.console_texts: list[str] = []
        for window, size in ((self.console, (1280, 800)), (self.resident, (1024, 768))):
            qtbot.addWidget(window)
            window.resize(*size)
            window.show()
            qtbot.waitExposed(window)
        self.wait(S.LOCKED)

    def close(self) -> None:
        self.console.close()
        self.resident.close()
        self.desk.close()

    # -- looking -------------------------------------------------------------------------------------
    def wait(self, state: S, timeout: int = 5000) -> None:
        """Until both windows show ``state`` (renders are queued after the flow moves)."""
        self.qtbot.waitUntil(lambda: self.console.view is not None and self.console.view.state is state
                             and self.resident.view is not None and self.resident.view.state is state,
                             timeout=timeout)
        self._record()

    def _record(self) -> None:
        self.qtbot.wait(1)  # let the layouts settle after the render
        self.resident_texts += _texts(self.resident)
        self.console_texts += _texts(self.console)

    def shoot(self, window, name: str) -> None:
        self._record()
        problems = layout_problems(window)
        assert not problems, f"{name}: {problems}"
        self.screenshot(window, name)

    def staff(self, name: str) -> None:
        self.shoot(self.console, f"counter-staff-{name}")

    def res(self, name: str) -> None:
        self.shoot(self.resident, f"counter-resident-{name}")

    # -- hands ---------------------------------------------------------------------------------------
    def click(self, window, text: str) -> None:
        if window is self.resident:
            read_on(self.resident, self.qtbot)
        found = [b for b in window.findChildren(QPushButton) if b.isVisible()
                 and staff_japanese(b.text()) == staff_japanese(text)]  # the console writes it as Japanese
        assert len(found) == 1, f"{text!r} among {[b.text() for b in window.findChildren(QPushButton)]}"
        assert found[0].isEnabled(), f"{text!r} is disabled"
        self.qtbot.mouseClick(found[0], Qt.MouseButton.LeftButton)

    def type_keys(self, text: str) -> None:
        """Type on the resident's keypad (after the words' steps, if any), then 確定."""
        read_on(self.resident, self.qtbot)
        keypad = self.resident.keypad
        assert keypad is not None, self.resident.view
        keys = getattr(keypad, "digit_keys", None) or keypad.keys
        for character in text:
            self.qtbot.mouseClick(keys[character], Qt.MouseButton.LeftButton)
        assert keypad.length == len(text)
        self.qtbot.mouseClick(keypad.submit_key, Qt.MouseButton.LeftButton)
        assert keypad.length == 0  # the buffer is gone once handed over

    def wait_title(self, part: str) -> None:
        self.qtbot.waitUntil(lambda: part in self.resident.view.title, timeout=5000)
        self._record()

    def login(self, password: str = STAFF[3]) -> None:
        page = self.console.login_page
        self.qtbot.keyClicks(page.staff_id, STAFF[0])
        self.qtbot.keyClicks(page.password, password)
        self.click(self.console, "ログイン")

    def look_up(self, text: str) -> None:
        self.qtbot.keyClicks(self.console.lookup_page.field, text)
        self.click(self.console, "検索")

    def to_face_check(self, resident_id: str, *, shots: bool = False, pins: dict[str, str] | None = None) -> str:
        """Login → lookup by the notice QR → start → a list-A document → the card on the reader
        (with ``pins``, by kind: a card on which an earlier visit set those)."""
        application = application_id_for(resident_id)
        self.login()
        self.wait(S.QUEUE)
        if shots:
            self.staff("queue")
            self.res("waiting")
        self.look_up(self.cards.notice_text(application))
        self.wait(S.APPLICATION)
        if shots:
            self.staff("application")
        self.click(self.console, "交付を 始める")
        self.wait(S.DOCUMENTS)
        confirm = self.console.work_page.action_row.buttons["確認した"]
        assert not confirm.isEnabled()  # nothing ticked yet
        boxes = self.console.work_page.documents.boxes
        boxes["insurance"].setChecked(True)
        assert not confirm.isEnabled()  # one list-B document is not enough
        boxes["insurance"].setChecked(False)
        self.qtbot.mouseClick(boxes["driving_license"], Qt.MouseButton.LeftButton,
                              pos=QPoint(16, boxes["driving_license"].height() // 2))  # the box
        assert boxes["driving_license"].isChecked() and confirm.isEnabled()
        if shots:
            self.staff("documents")
        self.click(self.console, "確認した")
        self.wait(S.CARD_WAIT)
        if shots:
            self.staff("card-wait")
        self.slot.insert_resident(self.cards.resident_of(application).id, issued=False, pins=pins)
        self.wait(S.FACE_CHECK)
        return application


def read_on(screen: ResidentScreen, qtbot) -> None:
    """Turn the step's words page by page (「つぎへ」) to its answers, as the resident does: the
    words fit under the call row in fewer lines on some screens."""
    turn = screen.presentation.text(control_text("page.next"))
    for _ in range(10):
        pages = [b for b in screen.action_bar.findChildren(QPushButton) if b.isVisible() and b.text() == turn]
        if not pages:
            return
        qtbot.mouseClick(pages[0], Qt.MouseButton.LeftButton)
        qtbot.wait(10)  # the step's buttons replaced (the old ones are deleted later)
    raise AssertionError("the words never end")


def _texts(window: QWidget) -> list[str]:
    """Visible text as set (a PhraseLabel's text carries word joiners)."""
    return [getattr(w, "plain_text", w.text)() for w in window.findChildren(QLabel) + window.findChildren(QPushButton)
            if w.isVisible()]


@pytest.fixture
def desk(qtbot, tmp_path, screenshot):
    desks = []

    def make(**options) -> Desk:
        desks.append(Desk(qtbot, tmp_path, screenshot, **options))
        return desks[-1]

    yield make
    for built in desks:
        built.close()


def test_full_handover_with_pins_on_both_windows(desk):
    d = desk()
    d.staff("login")
    d.res("waiting-locked")
    application = d.to_face_check("R002", shots=True)

    # The face check: the photo of the card is on screen; screenshot a placeholder instead.
    assert d.console.work_page.face.photo.has_image
    d.console.show_view(dataclasses.replace(d.console.view, photo=placeholder_photo(), face_score=0.87))
    assert d.console.work_page.face.score_bar.value() == 87
    d.staff("face-check")
    d.console.work_page.face.clear()
    d.click(d.console, "ご本人と 確認した")

    d.wait(S.PIN_CHOICE)
    assert not d.console.work_page.face.photo.has_image  # gone with the face-check screen
    d.staff("pins-by-resident")
    d.res("pin-choice")
    d.click(d.resident, "暗証番号を 設定する")

    d.wait(S.PIN_ENTRY)
    assert d.resident.keypad is d.resident.alnum
    d.res("sign-first")
    d.type_keys(SIGN_PASSWORD)
    d.wait_title("もう一度")
    d.res("sign-second")
    d.type_keys("K7P3X9Q3")  # a slip: the two entries differ
    d.qtbot.waitUntil(lambda: bool(d.resident.view.warning))
    d.res("sign-mismatch")
    assert d.resident.keypad is None  # why, on a screen of its own; then the keypad again
    d.click(d.resident, "もう一度 入力する")
    d.qtbot.waitUntil(lambda: d.resident.view.title == "署名用の パスワードを 決めてください")
    d.type_keys(SIGN_PASSWORD)
    d.type_keys(SIGN_PASSWORD)

    d.wait_title("利用者証明用")
    assert d.resident.keypad is d.resident.digits
    d.res("digits-first")
    d.type_keys("1111")
    d.wait_title("もう一度")
    d.res("digits-second")
    d.type_keys("1111")
    d.wait_title("当てられやすい")
    d.res("digits-warned")
    d.click(d.resident, "別の 番号に する")
    d.wait_title("利用者証明用")
    d.type_keys(FOUR_DIGITS)
    d.wait_title("もう一度")
    d.type_keys(FOUR_DIGITS)
    d.wait_title("同じ 数字")
    d.res("same-digits")
    d.click(d.resident, "同じに する")

    d.wait(S.REGISTRATION)
    d.res("registration")
    d.staff("handing-over")
    d.click(d.resident, "申し込む")

    d.wait(S.REGISTRATION_PIN)  # the 利用申込 needs the PIN just set (seed 003)
    assert d.resident.keypad is d.resident.digits
    d.res("registration-pin")
    d.staff("registration-pin")
    d.type_keys("2468")  # a slip: not the PIN just set
    d.qtbot.waitUntil(lambda: "あと 2 回" in d.resident.view.warning)
    d.res("registration-pin-wrong")
    d.type_keys(FOUR_DIGITS)

    d.wait(S.DONE)
    d.staff("done")
    d.res("done")
    assert any(staff_japanese("保険証利用の 申込: 済み") in text for text in d.console_texts)
    [handover] = d.desk.store.handovers_of(application)
    assert handover.state == "completed" and handover.identity.decision == "confirmed"
    assert set(handover.pins_set) >= {"sign", "auth", "juki", "kenhojo"}

    # Staff never saw a PIN; the resident never saw staff data.
    assert not any(SIGN_PASSWORD in t or FOUR_DIGITS in t for t in d.console_texts + d.resident_texts)
    assert not any(STAFF[1] in t or "申請書ID" in t or "類似度" in t for t in d.resident_texts)

    d.click(d.console, "次の 方")
    d.wait(S.QUEUE)


def test_face_card_application_sets_no_pins(desk):
    d = desk()
    application = d.to_face_check("R006")
    assert any(staff_japanese("顔認証マイナンバーカードを 選んだ") in t for t in d.console_texts)
    d.click(d.console, "ご本人と 確認した")
    d.wait(S.PIN_CHOICE)
    assert [b.text() for b in d.resident.action_bar.findChildren(QPushButton)] == [
        "顔認証マイナンバーカードにする（暗証番号なし）"]
    d.res("pin-choice-face-card")
    d.click(d.resident, "顔認証マイナンバーカードにする（暗証番号なし）")
    d.wait(S.REGISTRATION)
    d.click(d.resident, "申し込まない")
    d.wait(S.DONE)
    [handover] = d.desk.store.handovers_of(application)
    assert handover.state == "completed" and handover.face_card is True and not handover.pins_set


ALREADY_SET = "この カードには すでに 設定された 暗証番号が あります。"


def test_a_card_with_some_pins_set_asks_the_resident_only_for_the_others(desk):
    d = desk()
    application = d.to_face_check("R002", pins={"sign": "OLDPASS7", "juki": "9053"})
    assert staff_japanese(ALREADY_SET_LINE) in d.console_texts
    d.click(d.console, "ご本人と 確認した")
    d.wait(S.PIN_CHOICE)
    assert [b.text() for b in d.resident.action_bar.findChildren(QPushButton) if b.isVisible()] == [
        "暗証番号を 設定する"]  # no face card: the card has PINs
    assert any(ALREADY_SET in t for t in d.resident_texts)
    d.res("pin-choice-some-set")
    d.click(d.resident, "暗証番号を 設定する")
    d.wait(S.PIN_ENTRY)
    d.wait_title("利用者証明用")  # not the signing password: it is set already
    assert d.resident.keypad is d.resident.digits
    d.type_keys(FOUR_DIGITS)
    d.wait_title("もう一度")
    d.type_keys(FOUR_DIGITS)
    d.wait_title("券面事項入力補助用")  # not the 住基 PIN either
    d.type_keys(FOUR_DIGITS)
    d.wait_title("もう一度")
    d.type_keys(FOUR_DIGITS)
    d.wait(S.REGISTRATION)
    d.click(d.resident, "申し込まない")
    d.wait(S.DONE)
    d.staff("done-some-already-set")
    assert staff_japanese("今回 設定した 暗証番号: 利用者証明用、券面事項入力補助用") in d.console_texts
    assert staff_japanese(ALREADY_SET_LINE) in d.console_texts
    summary = d.console.view.summary
    assert [k.value for k in summary.pins_set] == ["auth", "kenhojo"]
    assert [k.value for k in summary.pins_already_set] == ["juki", "sign"]
    [handover] = d.desk.store.handovers_of(application)
    assert handover.state == "completed" and handover.pins_set == ("auth", "kenhojo")


def test_a_card_with_every_pin_set_goes_to_the_handover_without_pin_entry(desk):
    d = desk()
    application = d.to_face_check("R003", pins={"sign": "OLDPASS7", "auth": "9053", "juki": "9053",
                                                "kenhojo": "9053"})
    assert staff_japanese("暗証番号は すべて 設定済みです。ご本人の 入力は ありません") in d.console_texts
    d.click(d.console, "ご本人と 確認した")
    d.wait(S.REGISTRATION)  # no PIN choice, no keypad
    assert d.resident.keypad is None
    assert d.resident.view.body.startswith(ALREADY_SET)
    d.res("registration-all-already-set")
    d.click(d.resident, "申し込む")
    d.wait(S.REGISTRATION_PIN)
    d.type_keys("9053")  # the 利用者証明用 PIN the card came with
    d.wait(S.DONE)
    d.staff("done-all-already-set")
    assert staff_japanese("今回 設定した 暗証番号: なし") in d.console_texts
    assert not any("暗証番号を 設定しました" in line for line in d.console.view.summary.slip_lines())
    [handover] = d.desk.store.handovers_of(application)
    assert handover.state == "completed" and handover.pins_set == () and handover.face_card is False


def test_a_wrong_login_says_so_and_stays_locked(desk):
    d = desk()
    d.login(password="not-the-password")  # noqa: S106
    d.qtbot.waitUntil(lambda: d.console.login_page.message.isVisible())
    assert "パスワードがちがいます" in d.console.login_page.message.plain_text()
    assert d.console.login_page.password.text() == ""  # never kept
    assert d.flow.state is S.LOCKED
    d.staff("login-failed")


def test_an_unknown_application_says_why_and_refusals_end_in_failed(desk):
    d = desk()
    d.login()
    d.wait(S.QUEUE)
    d.look_up("1234-5678-9012-3456-7890-123")
    d.qtbot.waitUntil(lambda: d.console.lookup_page.message.isVisible())
    d.staff("queue-not-found")
    d.look_up(d.cards.notice_text(application_id_for("R003")))
    d.wait(S.APPLICATION)
    d.click(d.console, "交付を 始める")
    d.wait(S.DOCUMENTS)
    d.click(d.console, "中止")
    d.wait(S.FAILED)
    d.staff("failed")
    d.res("waiting")
    d.click(d.console, "次の 方")
    d.wait(S.QUEUE)


def test_the_qr_camera_looks_up_through_submit_lookup(desk):
    d = desk()
    d.console.submit_lookup("MYNA-KOFU:ignored")  # locked: nothing happens
    assert d.flow.state is S.LOCKED
    d.login()
    d.wait(S.QUEUE)
    d.console.submit_lookup(d.cards.notice_text(application_id_for("R002")))
    d.wait(S.APPLICATION)


def live_timers(scheduler: ManualScheduler) -> list:
    return [callback for _, callback, cancelled in scheduler.pending if not cancelled[0]]


def test_staff_input_restarts_the_idle_lock_and_idle_locks_the_console(desk):
    d = desk()
    d.login()
    d.wait(S.QUEUE)
    [before] = live_timers(d.idle)
    d.qtbot.mouseClick(d.console.lookup_page.field, Qt.MouseButton.LeftButton)
    [after] = live_timers(d.idle)
    assert after is not before  # the click started the count again
    d.idle.fire_all()
    d.wait(S.LOCKED)
    assert d.flow.staff is None and d.console.stack.currentWidget() is d.console.login_page


def test_states_not_reached_on_the_happy_path_render(desk):
    """PIN write stopped half way and the card being written: rendered from the view models."""
    d = desk()
    ctx = CounterContext(visit=1, started_at=datetime.now(UTC), pins_set=("sign", "auth"),
                         pins_missing=("juki", "kenhojo"), message_code="CARD_REMOVED")
    member = StaffMember("clerk01", "窓口1 山田", "counter")
    d.console.show_view(staff_view(S.PIN_WRITE_FAILED, ctx, member))
    assert d.console.work_page.action_row.buttons["続きを 設定"].isEnabled()
    d.staff("pin-write-failed")
    d.resident.show_view(resident_view(S.WRITING_PINS, ctx))
    assert d.resident.busy.isVisible()
    d.res("writing-pins")


def test_run_counter_opens_both_windows_on_one_screen(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    import ui.counter.desk_app as desk_app

    slot, cards = VirtualCardSlot(), SimulatedCardManagement()
    built = assemble_desk(f"sqlite:///{tmp_path / 'counter.db'}", desk_id="DESK-02", slot=slot, collation=slot,
                          cards=cards, eligibility=SimulatedEligibilityService(), executor=InlineExecutor(),
                          simulated_cards=True)
    seen = {}

    class App:  # the real application, but no exec(): a nested event loop would outlive the test
        def exec(self) -> int:
            seen.update({type(w).__name__: w.geometry() for w in QApplication.topLevelWidgets() if w.isVisible()})
            return 0

    monkeypatch.setattr(desk_app, "create_application", App)
    try:
        assert desk_app.run_counter(built.flow) == 0
    finally:
        built.close()
    console, resident = seen["StaffConsole"], seen["ResidentScreen"]
    assert (console.width(), console.height()) == (1280, 800) and (resident.width(), resident.height()) == (1024, 768)
    area = QApplication.primaryScreen().availableGeometry()
    assert area.contains(console) and area.contains(resident)  # beside it when there is room, else over it


def test_the_done_screen_carries_what_to_print_and_no_printer_means_pdfs(tmp_path):
    """No printer here: the receipt and the slip are saved as PDFs and staff are told where."""
    from datetime import UTC, datetime

    from kiosk.counter.machine import CounterContext
    from kiosk.counter.table import CounterState
    from kiosk.counter.view import staff_view
    from simulators.card_management import SimulatedCardManagement, application_id_for
    from ui.counter.printing import print_documents

    application = SimulatedCardManagement().find(application_id_for("R002"))
    ctx = CounterContext(1, datetime(2026, 11, 23, 10, 0, tzinfo=UTC), application=application,
                         pins_set=("auth", "juki", "kenhojo", "sign"), registered=True)
    view = staff_view(CounterState.DONE, ctx, None, "DESK-01")
    assert view.summary is not None and view.summary.registered_for_insurance
    outcome = print_documents(view.summary, fallback_dir=tmp_path, printers=lambda: [])
    assert not outcome.printed and outcome.code == "COUNTER_PRINTER_MISSING"
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".pdf", ".pdf"]
