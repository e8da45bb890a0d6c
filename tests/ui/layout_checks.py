"""Layout checks on a shown window: text that does not fit, widgets outside their parent,
overlapping widgets, touch targets under 15 mm, controls scrolled out of sight."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QWidget

from kiosk.accessibility import touch_target_px
from ui.ruby import RubyLabel
from ui.widgets import ScrollingText

MIN_TARGET_PX = touch_target_px(96)  # 15 mm at the default DPI

FLOATING = {"staffHotspot", "staffOverlay"}  # drawn above the page on purpose


def _overflowing_lines(label: QLabel) -> list[str]:
    """Lines of a word-wrapped label wider than its box (an unbreakable run), or more lines than fit."""
    width = label.contentsRect().width()
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    problems, height = [], 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        height += line.height()
        if line.naturalTextWidth() > width + 0.5:
            problems.append(f"a line is {line.naturalTextWidth():.0f} px wide in {width}")
    layout.endLayout()
    if height > label.contentsRect().height() + 1:
        problems.append(f"needs {height:.0f} px high, has {label.contentsRect().height()}")
    return problems


def _latin(character: str) -> bool:
    return character.isalpha() and ord(character) < 0x250  # Latin letters, accented ones too


def _overflowing_runs(label: RubyLabel) -> list[str]:
    """Runs of a ruby label outside its box, or more lines than fit."""
    box = label.contentsRect()
    layout = label.layout_for(box.width())
    problems = [f"{run.base!r} ends at {run.base_rect.right():.0f} px in {box.width()}"
                for run in layout.boxes if run.base_rect.right() > box.width() + 0.5]
    # A word of a spaced language cut over two lines ("a / uthentication"): its line is too narrow.
    problems += [f"{before.base!r}/{after.base!r}: a word cut at the end of a line"
                 for before, after in zip(layout.boxes, layout.boxes[1:], strict=False)
                 if after.base_rect.top() > before.base_rect.top() and _latin(before.base[-1:])
                 and _latin(after.base[:1])]
    if layout.height > box.height() + 1:
        problems.append(f"needs {layout.height:.0f} px high, has {box.height()}")
    return problems


def layout_problems(window) -> list[str]:
    """Everything visible that is clipped: labels and buttons whose text does not fit their box,
    and any widget reaching outside its parent (the parent clips it)."""
    problems = []
    for widget in window.centralWidget().findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        text = widget.text() if isinstance(widget, QLabel | QPushButton) else ""
        shown = text[:20]
        name = f"{type(widget).__name__} {widget.objectName()} {shown!r}"
        parent = widget.parentWidget()
        scrolled = parent.objectName() == "qt_scrollarea_viewport"  # words taller than their box scroll
        if not widget.isWindow() and not scrolled and not parent.rect().contains(widget.geometry()):
            problems.append(f"{name} reaches outside its parent: {widget.geometry()} in {parent.rect()}")
        if isinstance(widget, RubyLabel) and text:
            problems += [f"{name}: {p}" for p in _overflowing_runs(widget)]
        elif isinstance(widget, QLabel) and text and widget.wordWrap():
            problems += [f"{name}: {p}" for p in _overflowing_lines(widget)]
        elif text and widget.hasHeightForWidth():  # wraps: as narrow as a word, then as tall as it needs
            needed = (widget.minimumSizeHint().width(), widget.heightForWidth(widget.width()))
            if needed[0] > widget.width() or needed[1] > widget.height():
                problems.append(f"{name} needs {needed}, has {widget.size().toTuple()}")
        elif text:
            needed = widget.sizeHint()
            if needed.width() > widget.width() or needed.height() > widget.height():
                problems.append(f"{name} needs {needed.toTuple()}, has {widget.size().toTuple()}")
    return problems


def overlapping_siblings(window) -> list[str]:
    """Visible widgets that cover part of a visible sibling (floating overlays excepted)."""
    problems = []
    for parent in [window.centralWidget(), *window.centralWidget().findChildren(QWidget)]:
        children = [c for c in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                    if c.isVisibleTo(window) and not c.isWindow() and c.objectName() not in FLOATING]
        for i, a in enumerate(children):
            for b in children[i + 1:]:
                if a.geometry().intersects(b.geometry()):
                    problems.append(f"{type(a).__name__} {a.objectName()} overlaps {type(b).__name__} {b.objectName()}")
    return problems


def buttons_out_of_sight(window) -> list[str]:
    """Visible buttons that a resident would have to scroll to: in a scroll area, not wholly
    inside its viewport."""
    problems = []
    for area in window.findChildren(QScrollArea):
        if not area.isVisibleTo(window):
            continue
        viewport = area.viewport()
        for button in area.widget().findChildren(QPushButton):
            if button.isVisibleTo(window):
                box = button.rect().translated(button.mapTo(viewport, button.rect().topLeft()))
                if not viewport.rect().contains(box):
                    problems.append(f"{str(button.text())!r} at {box} in a viewport of {viewport.rect()}")
    return problems


def scrolled_words(window) -> list[str]:
    """Word boxes (``ui.widgets.ScrollingText``) that need scrolling: the text is longer than the
    room left beside the buttons and keypads."""
    return [f"{area.verticalScrollBar().maximum()} px more than fits" for area in window.findChildren(ScrollingText)
            if area.isVisibleTo(window) and area.verticalScrollBar().maximum() > 0]


def assert_usable(window) -> None:
    """Nothing clipped, nothing overlapping, every visible button a touch target in plain sight."""
    problems = layout_problems(window) + overlapping_siblings(window) + buttons_out_of_sight(window)
    problems += [f"{button.text()!r} is {button.size().toTuple()}, under {MIN_TARGET_PX} px"
                 for button in window.findChildren(QPushButton) if button.isVisibleTo(window)
                 and min(button.width(), button.height()) < MIN_TARGET_PX]
    assert not problems, problems


def language_row_problems(window) -> list[str]:
    """The language row in one place (issue 16 §4): the window's only language buttons are the
    access bar's, in one row, right above the bar's tools at the foot of the window."""
    from kiosk.i18n.languages import LANGUAGES
    from ui.access_bar import AccessBar

    names = {language.native_name for language in LANGUAGES.values()}
    bars = window.findChildren(AccessBar)
    if len(bars) != 1:
        return [f"{len(bars)} access bars"]
    bar = bars[0]
    problems = [f"{button.text()!r} outside the access bar" for button in window.findChildren(QPushButton)
                if button.text() in names and button.isVisibleTo(window) and not bar.isAncestorOf(button)]
    shown = [button for button in bar.language_buttons.values() if button.isVisibleTo(window)]
    if not shown:
        return problems
    tools = [button for button in (bar.replay_button, bar.size_button, bar.furigana_button, bar.contrast_button)
             if button.isVisibleTo(window)]

    def top(widget) -> int:
        return widget.mapTo(window, widget.rect().topLeft()).y()

    rows = {top(button) for button in shown}
    if len(rows) != 1:
        problems.append(f"the languages stand in {len(rows)} rows")
    row_bottom = max(top(button) + button.height() for button in shown)
    tools_top = min(top(button) for button in tools)
    if not 0 <= tools_top - row_bottom <= 16:
        problems.append(f"the languages end at {row_bottom} px, the tools start at {tools_top} px")
    if window.height() - max(top(button) + button.height() for button in tools) > 16:
        problems.append("the tools are not at the foot of the window")
    return problems


def next_step_button(window, next_text: str) -> QPushButton | None:
    """The visible 「つぎへ」 (worded ``next_text``) of a screen whose words come in steps."""
    found = [button for button in window.findChildren(QPushButton)
             if button.isVisibleTo(window) and button.text() == next_text]
    return found[0] if found else None


def walk_steps(window, qtbot, check, next_text: str, resize=None) -> dict[int, str]:
    """Show each step of the screen's words in turn (tapping 「つぎへ」) and ``check(window, number)``
    it; the assertion messages by step number. ``resize``: the kiosk's size, restored before each
    check (a page's minimum size may have grown the window)."""
    from PySide6.QtCore import Qt

    failures: dict[int, str] = {}
    for number in range(1, 11):
        qtbot.wait(20)  # the layout, and the steps planned again on it, settle
        if resize is not None:
            window.resize(*resize)
            qtbot.wait(10)
        try:
            check(window, number)
        except AssertionError as error:
            failures[number] = str(error)
        button = next_step_button(window, next_text)
        if button is None:
            return failures
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    raise AssertionError("the steps never end")
