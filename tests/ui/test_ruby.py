"""RubyLabel (issue 6 §2): furigana above the kanji, lines broken like PhraseLabel's, and a size
that layouts can trust (nothing painted outside the widget)."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.i18n.furigana import Segment, furigana
from ui.ruby import RubyLabel
from ui.widgets import PhraseLabel

PIN_TITLE = "暗証番号（数字 4けた）を 入力してください"
BLOCKED = "顔認証か、係員による 確認で 受付できます。暗証番号の 再設定は、お住まいの 市区町村の 窓口で できます。"
NO_SPACES = "マイナンバーカードを保険証として使う申し込みをしますか"
SAMPLES = ("顔写真のある面を 上にして、読み取り機の 上に 置いてください。", PIN_TITLE, BLOCKED,
           "カードの 写真と ご本人を 見比べてください。", "あと 1 回 まちがえると、カードが ロックされます。")


@pytest.fixture
def label(qtbot):
    def make(text: str, name: str = "body", align=Qt.AlignmentFlag.AlignCenter) -> RubyLabel:
        widget = RubyLabel(name, align)
        qtbot.addWidget(widget)
        widget.set_segments(furigana(text))
        return widget

    return make


def lines(layout) -> list[str]:
    """The text of each laid-out line."""
    rows: dict[float, str] = {}
    for box in layout.boxes:
        key = round(box.base_rect.top(), 1)
        rows[key] = rows.get(key, "") + box.base
    return [rows[key] for key in sorted(rows)]


def rendered(widget: RubyLabel, width: int) -> QImage:
    widget.resize(width, widget.heightForWidth(width))
    return widget.grab().toImage()


def ink(image: QImage, xs, ys) -> bool:
    """Whether any pixel at ``xs`` × ``ys`` differs from the background (the top-left pixel)."""
    background = image.pixelColor(0, 0)
    return any(image.pixelColor(x, y) != background for x in xs for y in ys)


@pytest.mark.parametrize("name", ["title", "body", "prompt", "warningBanner"])
def test_font_colour_and_padding_are_those_of_a_phrase_label(qtbot, label, name):
    ruby, phrase = label(PIN_TITLE, name), PhraseLabel(name)
    qtbot.addWidget(phrase)
    phrase.ensurePolished()
    assert ruby.base_font() == phrase.font()
    assert ruby.ruby_font().pixelSize() == math.ceil(phrase.font().pixelSize() * 0.45)
    role = QPalette.ColorRole.WindowText
    assert ruby.palette().color(role) == phrase.palette().color(role)
    assert ruby.contentsMargins() == phrase.contentsMargins()


def test_height_grows_as_the_width_shrinks(label):
    widget = label(BLOCKED, "title")
    heights = [widget.heightForWidth(w) for w in (2400, 1200, 600, 300)]
    assert heights == sorted(heights) and len(set(heights)) == 4
    assert widget.hasHeightForWidth() and widget.sizePolicy().hasHeightForWidth()


@pytest.mark.parametrize("name", ["title", "body", "prompt"])
@pytest.mark.parametrize("text", [*SAMPLES, NO_SPACES])
def test_every_box_lies_within_the_width_and_height(label, name, text):
    widget = label(text, name)
    for width in sorted({widget.minimumSizeHint().width(), 250, 333, 517, 800, 1200}):
        layout = widget.layout_for(width)
        for box in layout.boxes:
            for rect in (box.base_rect, box.ruby_rect) if box.ruby else (box.base_rect,):
                assert rect.left() >= -0.01 and rect.right() <= width + 0.01, (width, box)
                assert rect.top() >= -0.01 and rect.bottom() <= layout.height + 0.01, (width, box)


@pytest.mark.parametrize("width", [200, 300, 450, 700, 1100])
@pytest.mark.parametrize("name", ["title", "body"])
def test_nothing_is_painted_on_the_edges(label, name, width):
    for text in (BLOCKED, NO_SPACES):
        widget = label(text, name)
        image = rendered(widget, max(width, widget.minimumSizeHint().width()))
        w, h = image.width(), image.height()
        assert ink(image, range(w), range(h))
        assert not ink(image, range(w), (0, h - 1)), "ink on the top or bottom row"
        assert not ink(image, (0, w - 1), range(h)), "ink on the left or right column"


@pytest.mark.parametrize("text", SAMPLES)
def test_each_ruby_is_above_its_base_and_the_rubies_never_overlap(label, text):
    widget = label(text, "title")
    base, ruby = QFontMetricsF(widget.base_font()), QFontMetricsF(widget.ruby_font())
    kanji_top = base.ascent() + base.tightBoundingRect("漢").top()
    boxes = [box for box in widget.layout_for(600).boxes if box.ruby]
    assert boxes
    for box in boxes:
        assert box.base_rect.left() <= box.ruby_rect.center().x() <= box.base_rect.right()
        assert box.ruby_rect.top() + ruby.ascent() < box.base_rect.top() + kanji_top  # its baseline over the ink
    for one, other in zip(boxes, boxes[1:], strict=False):
        assert not one.ruby_rect.intersects(other.ruby_rect), (one, other)


def test_a_ruby_that_fits_is_centred_on_its_kanji(label):
    boxes = [box for box in label(PIN_TITLE, "title").layout_for(1200).boxes if box.ruby]
    assert [b.base for b in boxes] == ["暗証", "番号", "数字", "入力"]
    centred = boxes[2]  # すうじ over 数字, nothing around it
    assert abs(centred.ruby_rect.center().x() - centred.base_rect.center().x()) < 0.5


def test_kanji_of_one_phrase_are_not_spaced_out_for_their_ruby(label):
    boxes = label("お住まいの 市区町村の 窓口で", "title").layout_for(1200).boxes
    assert [b.base for b in boxes[3:5]] == ["市区", "町村"]
    assert boxes[3].base_rect.right() == pytest.approx(boxes[4].base_rect.left())


def test_the_ruby_ink_is_a_band_of_its_own_above_the_kanji(label, qtbot):
    widget = RubyLabel("title")
    qtbot.addWidget(widget)
    widget.set_segments((Segment("字", "じ"),))
    image = rendered(widget, 200)
    rows = [y for y in range(image.height()) if ink(image, range(image.width()), (y,))]
    bands = [[rows[0]]]
    for y in rows[1:]:
        bands[-1].append(y) if y == bands[-1][-1] + 1 else bands.append([y])
    assert len(bands) == 2, "the ruby touches the kanji"
    ruby, kanji = bands
    assert len(ruby) < len(kanji) / 2


@pytest.mark.parametrize("width", [420, 560, 700, 900, 1100])  # the widest phrase at 44 px: 352 px
def test_a_long_line_wraps_at_spaces_never_inside_a_phrase(label, width):
    for text in SAMPLES:
        found = lines(label(text, "title").layout_for(width))
        assert "".join(found) == text
        starts = [len("".join(found[:i])) for i in range(1, len(found))]
        for start in starts:
            assert text[start - 1] in " 、。" and not text[start - 2].isdigit(), (text, found)
    assert len(lines(label(BLOCKED, "title").layout_for(560))) > 2


def test_a_phrase_wider_than_the_line_breaks_between_characters(label):
    widget = label(NO_SPACES, "title")
    assert widget.minimumSizeHint().width() < 200
    found = lines(widget.layout_for(200))
    assert len(found) > 4 and "".join(found) == NO_SPACES
    assert all(box.base_rect.right() <= 200.01 for box in widget.layout_for(200).boxes)


def test_alignment(label):
    def left_edge(widget):
        return min(box.base_rect.united(box.ruby_rect).left() for box in widget.layout_for(1200).boxes)

    assert left_edge(label(PIN_TITLE, "body", Qt.AlignmentFlag.AlignLeft)) == 0
    assert left_edge(label(PIN_TITLE, "body")) > 100


def test_plain_text_and_a_text_without_ruby(label):
    widget = label(PIN_TITLE)
    assert widget.plain_text() == PIN_TITLE and widget.text() == ""
    assert widget.accessibleName() == PIN_TITLE
    with_ruby = widget.heightForWidth(1200)
    widget.setText("Please enter your PIN")
    assert widget.segments() == (Segment("Please enter your PIN"),)
    assert widget.heightForWidth(1200) < with_ruby  # no room kept for a ruby there is not
    widget.set_segments(())
    assert widget.heightForWidth(1200) == 0


def test_in_a_layout_every_label_gets_the_height_it_asks_for(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    labels = [RubyLabel("title"), RubyLabel("body"), RubyLabel("prompt")]
    for widget, text in zip(labels, (PIN_TITLE, BLOCKED, SAMPLES[0]), strict=True):
        widget.set_segments(furigana(text))
        column.addWidget(widget)
    column.addStretch()
    window.resize(520, 1000)
    window.show()
    qtbot.waitExposed(window)
    for widget in labels:
        assert widget.height() >= widget.heightForWidth(widget.width())
        assert widget.layout_for(widget.contentsRect().width()).lines > 1


@pytest.mark.parametrize("px", [32, 40, 48])
def test_screenshot(qtbot, screenshot, px):
    sheet = QWidget()
    qtbot.addWidget(sheet)
    column = QVBoxLayout(sheet)
    column.setSpacing(24)
    for index, text in enumerate(SAMPLES):
        widget = RubyLabel("title" if index == 1 else "body", Qt.AlignmentFlag.AlignLeft if index == 2 else
                           Qt.AlignmentFlag.AlignCenter)
        widget.setStyleSheet(f"font-size: {px}px;")
        widget.set_segments(furigana(text))
        column.addWidget(widget)
    sheet.resize(900, sheet.heightForWidth(900) if sheet.hasHeightForWidth() else 1000)
    sheet.show()
    qtbot.waitExposed(sheet)
    for widget in sheet.findChildren(RubyLabel):
        assert widget.base_font().pixelSize() == px
        assert widget.height() >= widget.heightForWidth(widget.width())
    assert screenshot(sheet, f"ruby_{px}").exists()
