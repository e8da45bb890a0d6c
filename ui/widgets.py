"""Small building blocks of the screens: text labels, the action buttons, a busy indicator and the
flashing alarm banner."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.flow.action import Action
from kiosk.i18n.furigana import Segment, furigana
from ui import theme
from ui.ruby import RubyLabel, phrases

ACTIONS_MAX_WIDTH = 860
PAIR_MAX_WIDTH = 1100  # two answers side by side: each half nearly as wide as one button alone


class PhraseLabel(RubyLabel):
    """A word-wrapping label for text written with spaces between phrases (分かち書き, as in
    ``kiosk.reception.texts``): lines break at those spaces or after 、。, never inside a phrase or
    between a number and its counter, so no line starts with a stray 「い。」 or 「回」; a phrase
    wider than the line (a Chinese sentence has no spaces) breaks between characters.

    With :meth:`set_furigana` on, kanji get their reading above them (issue 6 §2). :meth:`text`
    and :meth:`plain_text` give the text as set.
    """

    def __init__(self, object_name: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
        super().__init__(object_name, align)
        self._plain = ""
        self._furigana = False

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        self._plain = text
        self.set_segments(furigana(text) if self._furigana else ((Segment(text),) if text else ()))

    def set_furigana(self, on: bool) -> None:
        """Ruby over the kanji of Japanese text (off for every other language)."""
        if on != self._furigana:
            self._furigana = on
            self.setText(self._plain)

    def text(self) -> str:
        """The text as set (without readings)."""
        return self._plain

    def plain_text(self) -> str:
        """The text as set (without readings)."""
        return self._plain


def wrap_phrases(text: str, fits: Callable[[str], bool]) -> str:
    """``text`` with line breaks so that every line ``fits`` (one phrase per line at worst)."""
    lines: list[str] = []
    for piece in phrases(text):
        if lines and fits(lines[-1] + piece.rstrip()):
            lines[-1] += piece
        else:
            lines.append(piece)
    return "\n".join(line.rstrip() for line in lines)


class WrapButton(QPushButton):
    """A button whose label wraps between phrases when it is wider than the button (a long
    translation, the largest text size) instead of being clipped; its height follows. With
    :meth:`set_furigana` on, the words are drawn by a :class:`PhraseLabel` with readings over the
    kanji, in the colour of the button's state."""

    PADDING = 60  # the style sheet's 24 px each side, the 3 px border, and some air
    LINE_PADDING = 20  # above and below the lines

    def __init__(self, text: str, padding: int = PADDING, line_padding: int = LINE_PADDING) -> None:
        """:param padding: the style's horizontal padding and borders, both sides, plus some air.
        :param line_padding: the same above and below the lines."""
        super().__init__()
        self._text = text
        self._padding, self._line_padding = padding, line_padding
        self._ruby: PhraseLabel | None = None  # furigana on: the words with their readings
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(text)
        super().setText(text)

    def text(self) -> str:
        """The label as set, without the line breaks added to fit the width."""
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        self._text = text
        self.setAccessibleName(text)
        if self._ruby is not None:
            self._ruby.setText(text)
        self._rewrap()
        self.updateGeometry()

    def set_furigana(self, on: bool) -> None:
        """Readings over the kanji of the label (Japanese only; the caller decides)."""
        if on == (self._ruby is not None):
            return
        if self._ruby is None:  # switching on
            self._ruby = PhraseLabel("buttonText")
            self._ruby.setParent(self)
            self._ruby.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self._ruby.set_furigana(True)
            self._ruby.setText(self._text)
            self._ruby.show()
        else:
            self._ruby.deleteLater()
            self._ruby = None
            super().setText(self._text)
        self._rewrap()
        self.updateGeometry()

    def _wrapped(self, width: int) -> str:
        room, metrics = width - self._padding, self.fontMetrics()
        return wrap_phrases(self._text, lambda line: metrics.horizontalAdvance(line) <= room)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if self._ruby is not None:
            words = self._ruby.heightForWidth(width - self._padding)
        else:
            words = (self._wrapped(width).count("\n") + 1) * self.fontMetrics().lineSpacing()
        # the style sheet's min-height is the button's minimum height (one line, a touch target)
        return max(self.minimumHeight(), words + self._line_padding)

    def sizeHint(self) -> QSize:  # noqa: N802
        # Beside other buttons (a row) no layout asks heightForWidth: the hint's height follows the
        # width the button was given, so a label wrapped to two lines gets room for both.
        natural = self._ruby.sizeHint().width() if self._ruby is not None \
            else self.fontMetrics().horizontalAdvance(self._text)
        width = min(natural + self._padding, ACTIONS_MAX_WIDTH)
        given = self.width() if self.testAttribute(Qt.WidgetAttribute.WA_Resized) else width
        return QSize(width, self.heightForWidth(min(width, given)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        widest = self._ruby.minimumSizeHint().width() if self._ruby is not None \
            else max((self.fontMetrics().horizontalAdvance(p) for p in phrases(self._text)), default=0)
        return QSize(min(widest + self._padding, ACTIONS_MAX_WIDTH), self.minimumHeight())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._rewrap()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 — a new style sheet changes the font
        super().changeEvent(event)
        self._rewrap()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self._ruby is not None:
            # The style sheet's colour for this state; pressed, a plain button's words take the
            # colour of its background (on_accent, in both palettes).
            pressed = self.isDown() and not self.property("primary")
            role = QPalette.ColorRole.Button if pressed else QPalette.ColorRole.ButtonText
            self._ruby.set_colour(self.palette().color(role))
        super().paintEvent(event)

    def _rewrap(self) -> None:
        if self._ruby is not None:
            if super().text():
                super().setText("")
            if self._ruby.font() != self.font():
                self._ruby.setFont(self.font())
            half = self._padding // 2
            self._ruby.setGeometry(self.rect().adjusted(half, 0, -half, 0))
            return
        wrapped = self._wrapped(self.width()) if self.width() > self._padding else self._text
        if wrapped != super().text():
            lines_changed = wrapped.count("\n") != super().text().count("\n")
            super().setText(wrapped)
            if lines_changed:
                self.updateGeometry()


def bar_button(slot: Callable[[], None]) -> WrapButton:
    """A button of the bars along the screen's edges (accessibility, help): the bars' fixed type,
    and as tall as the row, so the buttons of one bar are of one height whatever wraps."""
    button = WrapButton("", padding=2 * theme.BAR_PADDING + 14)  # the 3 px border, and air
    button.setObjectName("bar")
    policy = button.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Expanding)
    button.setSizePolicy(policy)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(lambda _=False: slot())
    return button


class ActionBar(QWidget):
    """The screen's buttons, one under the other, primary ones filled. A click calls ``on_action``.
    With ``pairs_side_by_side``, two answers of equal weight (同意する／同意しない) stand side by
    side, as the card readers' leaflets draw them (seed 001).

    Buttons are rebuilt only when the actions change, so a re-render of the same screen (a face
    prompt update) never swaps a button under the resident's finger.
    """

    ROW_SPACING = 24

    def __init__(self, on_action: Callable[[Action], None], *, pairs_side_by_side: bool = False) -> None:
        super().__init__()
        self._on_action = on_action
        self._actions: tuple[Action, ...] = ()
        self._buttons: list[WrapButton] = []
        self._furigana = False
        self._pairs = pairs_side_by_side
        self._row = False  # this set stands side by side whenever its words fit (page turns)
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)
        self.setMaximumWidth(ACTIONS_MAX_WIDTH)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)  # a wrapped button makes the bar taller
        self.setSizePolicy(policy)

    def set_actions(self, actions: tuple[Action, ...], *, row: bool = False) -> None:
        """One button per action, in order (kept as they are when the actions are the same); with
        ``row``, two stand side by side whenever their words fit, whatever their weight."""
        self._row = row
        if actions == self._actions:
            return
        self._actions = actions
        for old in self._buttons:
            self._layout.removeWidget(old)
            old.hide()  # now: a deleted-later button would still be drawn (and tapped) where it was
            old.deleteLater()
        self._buttons = []
        for action in actions:
            button = WrapButton(action.label)
            button.set_furigana(self._furigana)
            button.setProperty("primary", action.primary and action.enabled)
            button.setEnabled(action.enabled)  # drawn as unavailable (the style's disabled colours)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, a=action: self._on_action(a))
            self._layout.addWidget(button, 1)
            self._buttons.append(button)
            button.show()  # now, not at the next event loop turn (a tap may come before it)
        self.setVisible(bool(actions))
        self._fit_height()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().sizeHint()
        if self.in_a_row():  # each half as wide as the wider button wants
            widest = max(button.sizeHint().width() for button in self._buttons)
            hint.setWidth(min(self._row_room(), 2 * widest + self.ROW_SPACING))
        return hint

    def _row_room(self) -> int:
        """The widest a row of two may be: its maximum, or the page's width where that is less."""
        page = self.parentWidget()
        if page is None:
            return PAIR_MAX_WIDTH
        layout = page.layout()
        # The layout's room once it is laid out, else the page's own width (a column beside a
        # picture is laid out after the bar first asks).
        widths = (layout.contentsRect().width() if layout is not None else 0, page.width())
        room = next((width for width in widths if width > 0), PAIR_MAX_WIDTH)
        return min(PAIR_MAX_WIDTH, room)

    def in_a_row(self) -> bool:
        """Whether the buttons stand side by side: a pair of answers of equal weight whose words
        each fit in half the widest bar (else one under the other, as every other set)."""
        half = (self._row_room() - self.ROW_SPACING) // 2
        equal = self._pairs and all(action.primary for action in self._actions)
        return ((equal or self._row) and len(self._actions) == 2
                and all(button.minimumSizeHint().width() <= half for button in self._buttons))

    def _arrange(self) -> bool:
        """Lay the buttons out in a row or a column (the words' widths change with the text size,
        the language and furigana); whether they are in a row."""
        row = self.in_a_row()
        direction = QBoxLayout.Direction.LeftToRight if row else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
            self._layout.setSpacing(self.ROW_SPACING if row else 12)
            self.setMaximumWidth(PAIR_MAX_WIDTH if row else ACTIONS_MAX_WIDTH)
            for button in self._buttons:  # side by side: one height, the taller one's
                policy = button.sizePolicy()
                policy.setVerticalPolicy(QSizePolicy.Policy.Expanding if row else QSizePolicy.Policy.Fixed)
                button.setSizePolicy(policy)
        return row

    def set_furigana(self, on: bool) -> None:
        """Readings over the kanji of these buttons and of the next ones."""
        self._furigana = on
        for button in self._buttons:
            button.set_furigana(on)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_height()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a button's words changed: row or column, height
            self._fit_height()
        return super().event(event)

    def _fit_height(self) -> None:
        """Ask for the height the buttons need at this width: a box layout beside a picture does
        not pass heights-for-width on, so a wrapped button would be squeezed."""
        row = self._arrange()
        gaps = self._layout.spacing() * max(0, len(self._buttons) - 1)
        if row:
            needed = max(b.heightForWidth((self.width() - gaps) // 2) for b in self._buttons)
        else:
            needed = sum(b.heightForWidth(self.width()) for b in self._buttons) + gaps
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class BusyIndicator(QWidget):
    """Twelve dots going round while the kiosk works (reading, checking, registering ...)."""

    DOTS = 12

    def __init__(self) -> None:
        super().__init__()
        self._step = 0
        self._timer = QTimer(self, interval=90)
        self._timer.timeout.connect(self._advance)
        self.setFixedSize(140, 140)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self._timer.stop()
        super().hideEvent(event)

    def _advance(self) -> None:
        self._step = (self._step + 1) % self.DOTS
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        centre, radius = QPointF(self.width() / 2, self.height() / 2), self.width() / 2 - 14
        for i in range(self.DOTS):
            age = (self._step - i) % self.DOTS
            colour = QColor(self.palette().color(QPalette.ColorRole.WindowText))
            colour.setAlpha(255 - age * 18)
            painter.setBrush(colour)
            angle = 2 * math.pi * i / self.DOTS
            painter.drawEllipse(centre + QPointF(math.cos(angle), math.sin(angle)) * radius, 11, 11)


class FlashingBanner(PhraseLabel):
    """The card-left-behind alarm: alternates two high-contrast colour pairs about once a second
    (well under the three flashes a second that can trigger seizures)."""

    INTERVAL_MS = 600

    def __init__(self) -> None:
        super().__init__("alarmBanner")
        self._timer = QTimer(self, interval=self.INTERVAL_MS)
        self._timer.timeout.connect(self._toggle)
        theme.set_role(self, "phase", "1")
        self.hide()

    def set_alarm(self, message: str | None) -> None:
        """Show ``message`` flashing, or hide the banner (None)."""
        if message is None:
            self._timer.stop()
            self.hide()
            return
        self.setText(message)
        if not self._timer.isActive():
            theme.set_role(self, "phase", "1")
            self._timer.start()
        self.show()

    def _toggle(self) -> None:
        theme.set_role(self, "phase", "2" if self.property("phase") == "1" else "1")


class ScrollingText(QScrollArea):
    """A screen's words (title, sentence, picture) one under the other, as tall as they need —
    until the screen runs out: then this box shrinks and its words scroll (a finger drag or the
    wide bar), while the buttons and keypads placed outside it stay in sight. At the largest text
    size a long translation can need more height than the screen has (issue 6 §2); a resident
    must never have to scroll to find a button.

    :param widgets: laid out one under the other, ``spacing`` apart, as wide as the box.
    :param centred: those of ``widgets`` kept at their own width, centred (a picture).
    """

    MIN_HEIGHT = 96  # a line of the largest title stays visible however tight the screen

    def __init__(self, *widgets: QWidget, spacing: int = theme.MARGIN, centred: tuple[QWidget, ...] = ()) -> None:
        super().__init__(widgetResizable=True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("scrollingText")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        inner = self._inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(spacing)
        layout.addStretch(1)
        for widget in widgets:
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter if widget in centred else Qt.AlignmentFlag(0))
        layout.addStretch(1)
        self.setWidget(inner)
        inner.installEventFilter(self)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LayoutRequest:  # new words: ask the page for their height again
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:  # noqa: N802
        inner, width = self._inner, max(self.viewport().width(), 1)
        height = inner.heightForWidth(width) if inner.hasHeightForWidth() else inner.sizeHint().height()
        return QSize(inner.sizeHint().width(), max(height, inner.minimumSizeHint().height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, min(self.MIN_HEIGHT, self.sizeHint().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the words wrap again: another height
            self.updateGeometry()
