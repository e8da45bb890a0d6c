"""Text with furigana: :class:`RubyLabel` paints each :class:`~kiosk.i18n.furigana.Segment`'s ruby
above its base, and wraps lines like :class:`ui.widgets.PhraseLabel` does."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy

from kiosk.i18n.furigana import Segment

RUBY_SCALE = 0.45  # ruby size / base size, at least (rounded up to whole pixels; issue 16 §3)
RUBY_GAP = 0.04  # between the ruby's ink and the kanji's, of the base font's height
RUBY_SPACING = 0.15  # between the rubies of two neighbouring words, of the ruby size
HINT_EMS = 24  # sizeHint's width at most: 24 full-width characters, the rest wraps
# A line may break after a space or after 、。, except at the space between a number and its
# counter (「1 回」): the rule of PhraseLabel (and of the wrapping buttons).
_BREAK = re.compile(r"(?<=[、。])(?=\S)|(?<=(?<!\d)\s)(?=\S)")


def break_points(text: str) -> list[int]:
    """0, every index where a line of ``text`` may start, and ``len(text)``."""
    return sorted({0, len(text), *(m.start() for m in _BREAK.finditer(text))})


def phrases(text: str) -> list[str]:
    """``text`` cut where a line may break; each piece keeps its trailing space, so joining them
    gives the text back."""
    cuts = break_points(text)
    return [text[low:high] for low, high in zip(cuts, cuts[1:], strict=False) if high > low]


@dataclass(frozen=True)
class RubyBox:
    """One run as laid out: ``base`` drawn in ``base_rect``, its ``ruby`` (if any) in ``ruby_rect``."""

    base: str
    ruby: str
    base_rect: QRectF
    ruby_rect: QRectF


@dataclass(frozen=True)
class RubyLayout:
    """The runs of a text laid out in a given width, and the height they take."""

    boxes: tuple[RubyBox, ...]
    lines: int
    height: float


class RubyLabel(QLabel):
    """A word-wrapping label for segments with furigana (``kiosk.i18n.furigana``).

    Takes the font, colour and padding of its style-sheet rule (``QLabel#<object_name>``) as
    :class:`~ui.widgets.PhraseLabel` does; the ruby is :data:`RUBY_SCALE` of the base size and
    every line keeps room for it when any segment has one. A ruby wider than its kanji reaches
    over the kana of the same phrase, pushing its neighbours' rubies aside; only when a phrase's
    rubies do not fit over it is the phrase spaced out. Lines break at the spaces between phrases
    and after 、。; a phrase wider than the line breaks between characters instead.
    :meth:`plain_text` gives the base text (``text()`` stays empty).

    :param object_name: the style-sheet name (``title``, ``body`` ...).
    :param align: horizontal and vertical alignment of the lines in the label.
    """

    def __init__(self, object_name: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
        super().__init__(alignment=align)
        self.setObjectName(object_name)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._segments: tuple[Segment, ...] = ()
        self._cache: dict[tuple[float, str], RubyLayout] = {}
        self._colour: QColor | None = None

    # -- content

    def set_segments(self, segments: Iterable[Segment]) -> None:
        """Show ``segments`` (from :func:`kiosk.i18n.furigana.furigana`)."""
        segments = tuple(segments)
        if segments == self._segments:
            return
        self._segments = segments
        self.setAccessibleName(self.plain_text())
        self._changed()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        """Show ``text`` without ruby (a language with no furigana)."""
        self.set_segments((Segment(text),) if text else ())

    def set_colour(self, colour: QColor | None) -> None:
        """Draw in ``colour`` instead of the style sheet's (words on a button follow its state)."""
        if colour != self._colour:
            self._colour = colour
            self.update()

    def segments(self) -> tuple[Segment, ...]:
        """The segments shown."""
        return self._segments

    def plain_text(self) -> str:
        """The base text, as a resident reads it without the ruby."""
        return "".join(segment.base for segment in self._segments)

    # -- fonts

    def base_font(self) -> QFont:
        """The font of the base text: the style sheet's."""
        self.ensurePolished()  # the style sheet's font-size arrives with polish
        return self.font()

    def ruby_font(self) -> QFont:
        """The font of the ruby: at least :data:`RUBY_SCALE` of the base font's size."""
        font = QFont(self.base_font())
        font.setPixelSize(max(1, math.ceil(QFontInfo(self.base_font()).pixelSize() * RUBY_SCALE)))
        return font

    # -- layout

    def layout_for(self, width: float) -> RubyLayout:
        """The runs laid out in ``width`` pixels of content, at the origin of the content rect."""
        key = (round(width, 2), self.base_font().key())
        if key not in self._cache:
            if len(self._cache) >= 64:  # a window being resized asks for many widths
                self._cache.clear()
            self._cache[key] = self._layout(width)
        return self._cache[key]

    def _metrics(self) -> _Metrics:
        return _Metrics(QFontMetricsF(self.base_font()), QFontMetricsF(self.ruby_font()))

    def _layout(self, width: float) -> RubyLayout:
        metrics = self._metrics()
        base, ruby = metrics.base, metrics.ruby
        band, ruby_top = _ruby_band(base, ruby) if any(s.ruby for s in self._segments) else (0.0, 0.0)
        pitch = band + base.lineSpacing()
        lines = _break_lines(_phrases(self._segments, metrics), width, metrics)
        horizontal = self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
        boxes = []
        for row, line in enumerate(lines):
            spare = width - (sum(unit.width for unit in line) - line[-1].trailing)
            x = max(0.0, {Qt.AlignmentFlag.AlignHCenter: spare / 2,
                          Qt.AlignmentFlag.AlignRight: spare}.get(horizontal, 0.0)) if math.isfinite(width) else 0.0
            top = row * pitch
            for unit in line:
                for piece, base_x, ruby_x in zip(unit.pieces, unit.base_xs, unit.ruby_xs, strict=True):
                    base_rect = QRectF(x + base_x, top + band, piece.ink, base.height())
                    ruby_rect = QRectF(x + ruby_x, top + ruby_top, piece.ruby_width, ruby.height()) if piece.ruby \
                        else QRectF()
                    boxes.append(RubyBox(piece.base, piece.ruby, base_rect, ruby_rect))
                x += unit.width
        height = len(lines) * pitch - (base.lineSpacing() - base.height() if lines else 0.0)
        return RubyLayout(tuple(boxes), len(lines), height)

    def _content_width(self, width: int) -> float:
        margins = self.contentsMargins()
        return float(width - margins.left() - margins.right())

    def _frame_size(self, width: float, height: float) -> QSize:
        margins = self.contentsMargins()
        return QSize(math.ceil(width) + margins.left() + margins.right(),
                     math.ceil(height) + margins.top() + margins.bottom())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._frame_size(0, self.layout_for(self._content_width(width)).height).height()

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = self._metrics()
        natural = sum(_unit(phrase, metrics).width for phrase in _phrases(self._segments, metrics))
        width = self._frame_size(min(natural, QFontInfo(self.base_font()).pixelSize() * HINT_EMS), 0).width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As narrow as the widest run that cannot be broken (a word with its ruby), as low as one
        line (as QLabel's: the layout asks :meth:`heightForWidth` for the real height)."""
        metrics = self._metrics()
        widest = max((unit.width - unit.trailing for phrase in _phrases(self._segments, metrics)
                      for unit in _clusters(phrase, metrics)), default=0.0)
        return self._frame_size(widest, self.layout_for(math.inf).height)

    # -- painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)  # the style sheet's background and border; text() is empty
        content = QRectF(self.contentsRect())
        layout = self.layout_for(content.width())
        vertical = self.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
        spare = max(0.0, content.height() - layout.height)
        dy = {Qt.AlignmentFlag.AlignVCenter: spare / 2, Qt.AlignmentFlag.AlignBottom: spare}.get(vertical, 0.0)
        origin = content.topLeft() + QPointF(0, dy)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(self._colour or self.palette().color(QPalette.ColorRole.WindowText))
        base_font, ruby_font = self.base_font(), self.ruby_font()
        base_ascent, ruby_ascent = QFontMetricsF(base_font).ascent(), QFontMetricsF(ruby_font).ascent()
        for box in layout.boxes:
            painter.setFont(base_font)
            painter.drawText(origin + box.base_rect.topLeft() + QPointF(0, base_ascent), box.base)
            if box.ruby:
                painter.setFont(ruby_font)
                painter.drawText(origin + box.ruby_rect.topLeft() + QPointF(0, ruby_ascent), box.ruby)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._changed()
        super().changeEvent(event)

    def _changed(self) -> None:
        self._cache.clear()
        self.updateGeometry()
        self.update()


# -- layout of the runs, independent of the widget


@dataclass(frozen=True)
class _Metrics:
    base: QFontMetricsF
    ruby: QFontMetricsF


@dataclass(frozen=True)
class _Piece:
    """A segment's part in one phrase: plain text, or a run of kanji with its ruby."""

    base: str
    ruby: str
    advance: float  # of the base text, spaces included
    ink: float  # of the base text without the spaces at its end
    ruby_width: float


@dataclass(frozen=True)
class _Unit:
    """Pieces that stay on one line (a phrase, or in an emergency one cluster), placed from 0."""

    pieces: tuple[_Piece, ...]
    base_xs: tuple[float, ...]
    ruby_xs: tuple[float, ...]
    width: float  # base and rubies, spaces at the end included
    trailing: float  # the spaces at the end, not counted at the end of a line


def _phrases(segments: Sequence[Segment], metrics: _Metrics) -> list[list[_Piece]]:
    """The text cut at its break opportunities, each phrase as pieces."""
    text = "".join(segment.base for segment in segments)
    cuts = break_points(text)
    phrases: list[list[_Piece]] = [[] for _ in cuts[1:]]
    start = 0
    for segment in segments:
        end = start + len(segment.base)
        for index, (low, high) in enumerate(zip(cuts, cuts[1:], strict=False)):
            part = text[max(start, low):min(end, high)]
            if part:
                phrases[index].append(_piece(part, segment.ruby, metrics))
        start = end
    return [phrase for phrase in phrases if phrase]


def _piece(base_text: str, ruby_text: str, metrics: _Metrics) -> _Piece:
    return _Piece(base_text, ruby_text, metrics.base.horizontalAdvance(base_text),
                  metrics.base.horizontalAdvance(base_text.rstrip()),
                  metrics.ruby.horizontalAdvance(ruby_text) if ruby_text else 0.0)


def _unit(pieces: Sequence[_Piece], metrics: _Metrics) -> _Unit:
    """Place the bases side by side and each ruby as near the centre of its base as the rubies
    around it allow, all within the phrase; space the phrase out when its rubies need more room."""
    base_xs, x = [], 0.0
    for piece in pieces:
        base_xs.append(x)
        x += piece.advance
    trailing = x - base_xs[-1] - pieces[-1].ink
    ink = x - trailing
    spacing = RUBY_SPACING * metrics.ruby.height()
    rubies = [i for i, piece in enumerate(pieces) if piece.ruby]
    ruby_xs = [base_xs[i] + (pieces[i].ink - pieces[i].ruby_width) / 2 for i in range(len(pieces))]
    right = 0.0
    for i in rubies:  # push right past the previous ruby
        ruby_xs[i] = max(ruby_xs[i], right)
        right = ruby_xs[i] + pieces[i].ruby_width + spacing
    left = ink
    for i in reversed(rubies):  # then back left, inside the phrase
        ruby_xs[i] = min(ruby_xs[i], left - pieces[i].ruby_width)
        left = ruby_xs[i] - spacing
    short = max(0.0, -min((ruby_xs[i] for i in rubies), default=0.0))
    if short:  # the rubies are wider than the phrase: centre the bases under them
        base_xs = [bx + short / 2 for bx in base_xs]
        ruby_xs = [rx + short for rx in ruby_xs]
    return _Unit(tuple(pieces), tuple(base_xs), tuple(ruby_xs), x + short, trailing)


def _clusters(phrase: Sequence[_Piece], metrics: _Metrics) -> list[_Unit]:
    """A phrase as the smallest units it may break into: a kanji run with its ruby, or one character."""
    units: list[_Unit] = []
    for piece in phrase:
        parts = [piece] if piece.ruby or len(piece.base) == 1 else [_piece(c, "", metrics) for c in piece.base]
        units.extend(_unit([part], metrics) for part in parts)
    return units


def _break_lines(phrases: list[list[_Piece]], width: float, metrics: _Metrics) -> list[list[_Unit]]:
    """Greedy line filling: whole phrases while they fit; a phrase wider than a line by cluster."""
    lines: list[list[_Unit]] = []
    line: list[_Unit] = []
    used = 0.0  # width of ``line`` including the spaces at its end

    def place(unit: _Unit) -> None:
        nonlocal line, used
        if line and used + unit.width - unit.trailing > width + 0.01:
            lines.append(line)
            line, used = [], 0.0
        line.append(unit)
        used += unit.width

    for phrase in phrases:
        whole = _unit(phrase, metrics)
        if whole.width - whole.trailing <= width + 0.01:
            place(whole)
        else:
            for unit in _clusters(phrase, metrics):
                place(unit)
    if line:
        lines.append(line)
    return lines


def _ruby_band(base: QFontMetricsF, ruby: QFontMetricsF) -> tuple[float, float]:
    """The height a line adds above its base text for the ruby, and where the ruby's box starts.

    CJK fonts leave about a quarter em of empty ascent above a kanji; the ruby sits just above
    the kanji's ink, in that space, rather than above the whole font box.
    """
    ink_top = -base.tightBoundingRect("漢").top()
    rise = ink_top + RUBY_GAP * base.height() + max(0.0, ruby.tightBoundingRect("ぎょう").bottom())
    band = max(0.0, rise + ruby.ascent() - base.ascent())
    return band, band + base.ascent() - rise - ruby.ascent()
