"""The layout checks themselves catch what they are for: a Latin word cut over two lines, a
button scrolled out of sight (and leave a Chinese sentence broken between characters alone)."""

from __future__ import annotations

from layout_checks import buttons_out_of_sight, layout_problems
from PySide6.QtWidgets import QMainWindow, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ui.widgets import PhraseLabel


def _window(qtbot, *widgets: QWidget, height: int = 400) -> QMainWindow:
    window, central = QMainWindow(), QWidget()
    layout = QVBoxLayout(central)
    for widget in widgets:
        layout.addWidget(widget)
    window.setCentralWidget(central)
    qtbot.addWidget(window)
    window.resize(300, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_latin_word_cut_over_two_lines_is_a_problem(qtbot):
    label = PhraseLabel("title")
    label.setText("the user authentication certificate")
    label.setFixedWidth(200)  # narrower than "authentication" at the title size
    label.setMinimumHeight(600)
    problems = layout_problems(_window(qtbot, label, height=700))
    assert any("a word cut at the end of a line" in p for p in problems), problems


def test_a_chinese_sentence_may_break_between_characters(qtbot):
    label = PhraseLabel("title")
    label.setText("请选择用户证明用电子证书的密码并输入")
    label.setFixedWidth(200)
    label.setMinimumHeight(600)
    assert layout_problems(_window(qtbot, label, height=700)) == []


def test_a_button_below_the_fold_of_a_scroll_area_is_out_of_sight(qtbot):
    page = QWidget()
    column = QVBoxLayout(page)
    column.addSpacing(900)
    column.addWidget(QPushButton("下の ボタン"))
    area = QScrollArea(widgetResizable=True)
    area.setWidget(page)
    problems = buttons_out_of_sight(_window(qtbot, area))
    assert len(problems) == 1 and "下の ボタン" in problems[0]
