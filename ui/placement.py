"""The card-placement picture: the configured reader and a card moving onto it, in a loop (issue 6 §4).

One loop (:attr:`PlacementAnimation.LOOP_MS`): the card appears where the resident holds it, glides
onto or into the reader, the reader confirms with an outline pulse and a check mark, a short pause,
again. ``take`` plays it the other way round: the card lifts off the reader.

The card is drawn in its own millimetre coordinates (ID-1, 86 × 54, photo right and IC chip left on
the front) and mapped by a perspective transform onto the reader's surface, so the same drawing serves
a flat pad, a slanted tray and a slot, in either orientation.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import (
    QColor,
    QFont,
    QHideEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QShowEvent,
    QTransform,
)
from PySide6.QtWidgets import QWidget

from kiosk.i18n.controls import control_text
from kiosk.reader_models import DEFAULT_READER_MODEL, ReaderKind, ReaderModel, reader_model
from ui import theme

CARD_W, CARD_H = 86.0, 54.0
DIRECTIONS = ("place", "take")
# Fixed "material" colours of the card itself: it is a light card on any theme; its outline follows
# the theme's foreground so it never disappears.
CARD_FACE, PHOTO, PHOTO_PERSON, CHIP, CHIP_LINES = "#EEF3FA", "#7F9CC2", "#E4ECF6", "#D9A520", "#6B4E00"
PRINT, SLOT_HOLE, SCREEN = "#9AA7B8", "#1A1A1A", "#1E2A38"
CHIP_RECT = QRectF(7, 22, 12, 10)  # card millimetres, on the front
# Loop phases, as fractions of the loop.
HOLD_END, GLIDE_END, PULSE_END = 0.25, 0.75, 0.9
FADE_IN = 0.1


@dataclass(frozen=True)
class Frame:
    """What one moment of the loop shows: how far the card has moved from where the resident holds
    it (0) to where the reader wants it (1), its opacity, and the confirmation."""

    placed: float
    opacity: float
    pulse: float  # 0: none; up to 1 at the height of the outline pulse
    check: bool


def frame_at(t: float, direction: str) -> Frame:
    """The frame at loop progress ``t`` (0–1) for ``place`` or ``take``."""
    t = min(max(t, 0.0), 1.0)
    glide = min(max((t - HOLD_END) / (GLIDE_END - HOLD_END), 0.0), 1.0)
    eased = glide * glide * (3 - 2 * glide)
    opacity = 0.55 + 0.45 * min(t / FADE_IN, 1.0)  # the card appears, after the jump back at the loop's end
    pulse = math.sin(math.pi * (t - GLIDE_END) / (PULSE_END - GLIDE_END)) if GLIDE_END < t < PULSE_END else 0.0
    return Frame(eased if direction == "place" else 1.0 - eased, opacity, pulse, t >= GLIDE_END)


@dataclass(frozen=True)
class _Stage:
    """Where the card moves on one kind of reader, in the 380 × 240 base picture.

    ``plane`` maps the reader surface (millimetres across and in depth, depth growing towards the
    resident) to the picture. The card rests centred at ``rest`` (mm on that surface); where the
    resident holds it, it is ``lift`` pixels higher, ``grow`` times larger (nearer) and ``held_dv`` mm
    further out along the surface. Above ``clip_top`` the card is inside a slot. ``arrow_x``: where
    the direction arrow stands.
    """

    plane: QTransform
    rest: tuple[float, float]
    lift: float = 0.0
    grow: float = 1.0
    held_dv: float = 0.0
    clip_top: float | None = None
    arrow_x: float = 340.0


def _plane(size: tuple[float, float], quad: tuple[tuple[float, float], ...]) -> QTransform:
    w, d = size
    source = QPolygonF([QPointF(0, 0), QPointF(w, 0), QPointF(w, d), QPointF(0, d)])
    target = QPolygonF([QPointF(x, y) for x, y in quad])
    transform = QTransform()
    if not QTransform.quadToQuad(source, target, transform):
        raise ValueError(f"no perspective maps the reader surface onto {quad}")
    return transform


# Screen quads (far left, far right, near right, near left) of each reader's surface.
FLAT_PAD = ((100, 122), (270, 122), (300, 198), (70, 198))
TRAY_BED = ((116, 118), (264, 118), (288, 204), (92, 204))
SLOT_BOX_TOP = ((130, 4), (250, 4), (280, 42), (100, 42))
SLOT_FRONT = QRectF(100, 42, 180, 38)
SLOT_HOLE_RECT = QRectF(136, 56, 108, 11)

STAGES = {
    ReaderKind.FLAT: _Stage(_plane((120, 80), FLAT_PAD), rest=(60, 40), lift=96, grow=1.05, arrow_x=340),
    ReaderKind.TRAY: _Stage(_plane((110, 74), TRAY_BED), rest=(55, 44), lift=40, grow=1.3, arrow_x=334),
    ReaderKind.SLOT: _Stage(_plane((100, 90), ((118, 61.5), (262, 61.5), (290, 236), (90, 236))),
                            rest=(50, -2), held_dv=48, clip_top=SLOT_HOLE_RECT.center().y(), arrow_x=330),
}


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """The colour ``t`` of the way from ``a`` to ``b`` (opaque)."""
    return QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(_rgb(a), _rgb(b), strict=True)))


def _rgb(colour: QColor) -> tuple[float, float, float]:
    return colour.redF(), colour.greenF(), colour.blueF()


class PlacementAnimation(QWidget):
    """The reader of a :class:`~kiosk.reader_models.ReaderModel` with a card going onto it (``place``)
    or coming off it (``take``), looping about every 2.5 s while shown (stopped when hidden, like
    ``BusyIndicator``). :meth:`set_progress` pins one frame instead, for screenshots and tests."""

    BASE = QSize(380, 240)
    LOOP_MS = 2500

    def __init__(self, model: ReaderModel | None = None, direction: str = "place") -> None:
        super().__init__()
        self._model = model or reader_model(DEFAULT_READER_MODEL)
        self._direction = "place"
        self._translate: Callable[[str], str] = str
        self._scale = 1.0
        self._progress = 0.0
        self._pinned = False
        self._fg, self._bg, self._accent = QColor(theme.TEXT), QColor(theme.BACKGROUND), QColor(theme.ACCENT)
        self._animation = QVariantAnimation(self, startValue=0.0, endValue=1.0, duration=self.LOOP_MS,
                                            easingCurve=QEasingCurve(QEasingCurve.Type.Linear))
        self._animation.setLoopCount(-1)  # until stopped
        self._animation.valueChanged.connect(self._advance)
        self._badge_font = QFont(theme.application_font())
        self._badge_font.setPixelSize(10)  # card millimetres: about 20 px on screen
        self._badge_font.setBold(True)
        self.setFixedSize(self.BASE)
        self.set_direction(direction)

    # -- configuration -------------------------------------------------------------------------

    @property
    def model(self) -> ReaderModel:
        """The reader drawn."""
        return self._model

    @property
    def direction(self) -> str:
        """``"place"`` or ``"take"``."""
        return self._direction

    def set_model(self, model: ReaderModel) -> None:
        """Draw ``model``'s reader and placement."""
        self._model = model
        self.update()

    def set_direction(self, direction: str) -> None:
        """``"place"``: the card goes onto the reader; ``"take"``: it lifts off."""
        if direction not in DIRECTIONS:
            raise ValueError(f"direction {direction!r} not in {DIRECTIONS}")
        self._direction = direction
        self.setAccessibleName(self._translate(control_text(f"name.picture.{direction}")))
        self.update()

    def name_in(self, translate: Callable[[str], str]) -> None:
        """Say what the picture shows in the resident's language: ``translate`` renders a message."""
        self._translate = translate
        self.set_direction(self._direction)

    def set_colours(self, foreground: QColor | str, background: QColor | str, accent: QColor | str) -> None:
        """Theme colours (``QColor`` or ``"#RRGGBB"``): outlines and reader shades follow
        ``foreground`` on ``background``; the arrow, target and check mark use ``accent``."""
        self._fg, self._bg, self._accent = QColor(foreground), QColor(background), QColor(accent)
        self.update()

    def set_scale(self, factor: float) -> None:
        """Scale the picture and the widget's fixed size (``ui.theme.PICTURE_SCALE``: smaller at the
        larger text steps, where the words need the room)."""
        if factor <= 0:
            raise ValueError("scale must be positive")
        self._scale = factor
        self.setFixedSize(round(self.BASE.width() * factor), round(self.BASE.height() * factor))
        self.update()

    # -- time ------------------------------------------------------------------------------------

    def progress(self) -> float:
        """Where in the loop the picture is (0–1)."""
        return self._progress

    def set_progress(self, t: float) -> None:
        """Show the frame at loop progress ``t`` and stay there (the loop stops until :meth:`play`)."""
        self._pinned = True
        self._animation.stop()
        self._progress = min(max(t, 0.0), 1.0)
        self.update()

    def play(self) -> None:
        """Loop again (after :meth:`set_progress`); runs only while the widget is shown."""
        self._pinned = False
        if self.isVisible():
            self._animation.start()

    def is_animating(self) -> bool:
        """Whether the loop is running."""
        return self._animation.state() == QVariantAnimation.State.Running

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if not self._pinned:
            self._animation.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self._animation.stop()
        super().hideEvent(event)

    def _advance(self, value: float) -> None:
        self._progress = float(value)
        self.update()

    # -- geometry ----------------------------------------------------------------------------------

    def card_transform(self, placed: float | None = None) -> QTransform:
        """Card millimetres → base-picture pixels, ``placed`` of the way from the resident's hand (0)
        to the reader (1); the current frame's by default."""
        if placed is None:
            placed = frame_at(self._progress, self._direction).placed
        stage, model = STAGES[self._model.kind], self._model
        away = 1.0 - placed
        if model.kind is ReaderKind.SLOT:
            angle = 90.0 if model.insert_edge == "chip" else -90.0  # the leading end points into the slot
        else:
            angle = 0.0 if model.orientation == "landscape" else 90.0
        u, v = stage.rest
        on_plane = (QTransform().translate(-CARD_W / 2, -CARD_H / 2) * QTransform().rotate(angle)
                    * QTransform().translate(u, v + stage.held_dv * away) * stage.plane)
        centre = on_plane.map(QPointF(CARD_W / 2, CARD_H / 2))
        grow = 1.0 + (stage.grow - 1.0) * away
        held = (QTransform().translate(-centre.x(), -centre.y()) * QTransform().scale(grow, grow)
                * QTransform().translate(centre.x(), centre.y() - stage.lift * away))
        return on_plane * held

    def card_bounds(self, placed: float | None = None) -> QRectF:
        """The card's bounding box in widget pixels, a part inside a slot included (see :meth:`card_transform`)."""
        box = self.card_transform(placed).mapRect(QRectF(0, 0, CARD_W, CARD_H))
        return QRectF(box.topLeft() * self._scale, box.size() * self._scale)

    # -- painting ----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), self._bg)
        painter.scale(self._scale, self._scale)
        frame = frame_at(self._progress, self._direction)
        kind = self._model.kind
        {ReaderKind.FLAT: self._paint_flat_reader, ReaderKind.TRAY: self._paint_tray_reader,
         ReaderKind.SLOT: self._paint_slot_reader}[kind](painter)
        rest = self.card_transform(1.0)
        if kind is not ReaderKind.SLOT:
            self._paint_target(painter, rest, frame)
        card = self.card_transform(frame.placed)
        self._paint_arrow(painter, rest, self.card_transform(0.0), STAGES[kind].arrow_x)
        clip_top = STAGES[kind].clip_top
        if clip_top is not None:
            self._paint_hidden_part(painter, card, clip_top, frame.opacity)
        painter.save()
        if clip_top is not None:
            painter.setClipRect(QRectF(0, clip_top, self.BASE.width(), self.BASE.height()))
        painter.setOpacity(frame.opacity)
        self._paint_card(painter, card)
        painter.setOpacity(1.0)
        if frame.pulse:
            self._paint_pulse(painter, card, frame.pulse)
        painter.restore()
        if kind is ReaderKind.TRAY:
            self._paint_tray_lip(painter)
        if frame.check:
            self._paint_check(painter, card)

    def _outline(self, width: float = 2.5) -> QPen:
        return _pen(self._fg, width)

    def _reader_shades(self) -> tuple[QColor, QColor]:
        """(body, top surface): mid greys between the theme's background and foreground, so the light
        card stands out on both a white and a black theme."""
        return _mix(self._bg, self._fg, 0.55), _mix(self._bg, self._fg, 0.3)

    def _paint_flat_reader(self, painter: QPainter) -> None:
        body, top = self._reader_shades()
        (fl, _), (fr, _), (nr, ny), (nl, _) = FLAT_PAD
        painter.setPen(self._outline())
        painter.setBrush(body)
        painter.drawRoundedRect(QRectF(nl, ny - 10, nr - nl, 26), 8, 8)
        painter.setBrush(top)
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in FLAT_PAD]))
        self._paint_contactless_mark(painter, QPointF((nl + nr) / 2, ny + 4))

    def _paint_contactless_mark(self, painter: QPainter, centre: QPointF) -> None:
        """Three arcs on the reader's front edge: "hold the card here" on contactless readers."""
        painter.setPen(_pen(self._bg, 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for radius in (3.0, 6.5, 10.0):
            painter.drawArc(QRectF(centre.x() - 8 - radius, centre.y() - radius, 2 * radius, 2 * radius),
                            -50 * 16, 100 * 16)

    def _paint_tray_reader(self, painter: QPainter) -> None:
        body, top = self._reader_shades()
        painter.setPen(self._outline())
        painter.setBrush(body)
        painter.drawRect(QRectF(150, 100, 80, 22))  # the neck between screen and tray
        painter.drawRoundedRect(QRectF(112, 4, 156, 104), 12, 12)
        painter.setBrush(QColor(SCREEN))
        screen = QRectF(124, 30, 132, 68)
        painter.drawRoundedRect(screen, 6, 6)
        self._paint_camera(painter, QPointF(190, 17))
        # A face frame on the screen: this reader looks at the resident.
        painter.setPen(QPen(QColor(PHOTO_PERSON), 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(190, 56), 10, 12)
        painter.drawArc(QRectF(172, 70, 36, 30), 0, 180 * 16)
        painter.setPen(self._outline())
        painter.setBrush(top)
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in TRAY_BED]))

    def _paint_camera(self, painter: QPainter, centre: QPointF) -> None:
        painter.setPen(self._outline(2))
        painter.setBrush(QColor(SLOT_HOLE))
        painter.drawEllipse(centre, 7, 7)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PHOTO))
        painter.drawEllipse(centre + QPointF(-2, -2), 2.2, 2.2)

    def _paint_tray_lip(self, painter: QPainter) -> None:
        """The front ledge the card rests against, drawn over the card's lower edge."""
        body, _ = self._reader_shades()
        (_, _), (_, _), (nr, ny), (nl, _) = TRAY_BED
        painter.setPen(self._outline())
        painter.setBrush(body)
        painter.drawRoundedRect(QRectF(nl - 8, ny - 6, nr - nl + 16, 22), 6, 6)

    def _paint_slot_reader(self, painter: QPainter) -> None:
        body, top = self._reader_shades()
        painter.setPen(self._outline())
        painter.setBrush(top)
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in SLOT_BOX_TOP]))
        painter.setBrush(body)
        painter.drawRoundedRect(SLOT_FRONT, 6, 6)
        painter.setBrush(QColor(SLOT_HOLE))
        painter.drawRoundedRect(SLOT_HOLE_RECT, 4, 4)

    def _paint_hidden_part(self, painter: QPainter, card: QTransform, clip_top: float, opacity: float) -> None:
        """The part of the card inside the slot as dashed lines, chip included, so the picture still
        says which end went in first once it is in."""
        painter.save()
        painter.setClipRect(QRectF(0, 0, self.BASE.width(), clip_top))
        painter.setOpacity(opacity)
        painter.setTransform(card, combine=True)
        box = card.mapRect(QRectF(0, 0, CARD_W, CARD_H))
        px_per_mm = math.sqrt(max(box.width() * box.height(), 1.0) / (CARD_W * CARD_H))
        painter.setPen(_pen(self._fg, 2.0 / px_per_mm, Qt.PenStyle.DashLine, Qt.PenCapStyle.FlatCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(0, 0, CARD_W, CARD_H), 3.5, 3.5)
        if self._model.face_up:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(CHIP))
            painter.drawRoundedRect(CHIP_RECT, 1.6, 1.6)
        painter.restore()

    def _paint_target(self, painter: QPainter, rest: QTransform, frame: Frame) -> None:
        """Where the card goes: its shadow (darker as it comes nearer) inside a dashed accent outline."""
        outline = rest.map(QPolygonF(QRectF(0, 0, CARD_W, CARD_H)))
        shadow = QColor(self._fg)
        shadow.setAlphaF(0.12 + 0.18 * frame.placed)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(shadow)
        painter.drawPolygon(outline)
        painter.setPen(_pen(self._accent, 3, Qt.PenStyle.DashLine, Qt.PenCapStyle.FlatCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(outline)

    def _paint_card(self, painter: QPainter, transform: QTransform) -> None:
        painter.save()
        painter.setTransform(transform, combine=True)
        # Outline width in card millimetres: about 3 px on screen.
        box = transform.mapRect(QRectF(0, 0, CARD_W, CARD_H))
        px_per_mm = math.sqrt(max(box.width() * box.height(), 1.0) / (CARD_W * CARD_H))
        painter.setPen(_pen(self._fg, 3.0 / px_per_mm))
        painter.setBrush(QColor(CARD_FACE))
        painter.drawRoundedRect(QRectF(0, 0, CARD_W, CARD_H), 3.5, 3.5)
        painter.setPen(Qt.PenStyle.NoPen)
        if self._model.face_up:
            self._paint_card_front(painter)
        else:
            self._paint_card_back(painter)
        painter.restore()

    def _paint_card_front(self, painter: QPainter) -> None:
        """Face photo on the right, IC chip on the left, a few lines of print, and the 「表」 badge."""
        painter.setBrush(QColor(PRINT))
        for y in (16.0, 22.0, 28.0, 34.0, 44.0):
            painter.drawRoundedRect(QRectF(24, y, 28 if y < 40 else 50, 2.6), 1.3, 1.3)
        photo = QRectF(58, 9, 21, 27)
        painter.setBrush(QColor(PHOTO))
        painter.drawRect(photo)
        person = QPainterPath()
        person.addEllipse(QPointF(photo.center().x(), 18.5), 4.6, 5.6)
        person.addEllipse(QRectF(photo.left() + 3, 27, photo.width() - 6, 16))
        painter.setBrush(QColor(PHOTO_PERSON))
        painter.drawPath(person.intersected(_rect_path(photo)))
        chip = CHIP_RECT
        painter.setBrush(QColor(CHIP))
        painter.setPen(QPen(QColor(CHIP_LINES), 0.6))
        painter.drawRoundedRect(chip, 1.6, 1.6)
        painter.drawLine(QPointF(chip.left(), chip.center().y()), QPointF(chip.right(), chip.center().y()))
        painter.drawLine(QPointF(chip.center().x(), chip.top()), QPointF(chip.center().x(), chip.bottom()))
        self._paint_badge(painter, "表")

    def _paint_card_back(self, painter: QPainter) -> None:
        """The back: a 2-D code and print, no photo, and the 「裏」 badge."""
        painter.setBrush(QColor(PRINT))
        for y in (18.0, 25.0, 32.0):
            painter.drawRoundedRect(QRectF(22, y, 34, 2.6), 1.3, 1.3)
        code = QRectF(62, 26, 17, 17)
        painter.setBrush(QColor(SLOT_HOLE))
        for i in range(5):
            for j in range(5):
                if (i * 3 + j * 5 + i * j) % 3 != 1 or (i in (0, 4) and j in (0, 4)):
                    painter.drawRect(QRectF(code.left() + i * 3.4, code.top() + j * 3.4, 3.4, 3.4))
        self._paint_badge(painter, "裏")

    def _paint_badge(self, painter: QPainter, text: str) -> None:
        centre, radius = QPointF(11.5, 11), 7.5
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._accent)
        painter.drawEllipse(centre, radius, radius)
        painter.setFont(self._badge_font)
        painter.setPen(self._bg)
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                         Qt.AlignmentFlag.AlignCenter, text)

    def _paint_arrow(self, painter: QPainter, rest: QTransform, held: QTransform, x: float) -> None:
        """A fixed arrow beside the card's path, pointing the way it moves."""
        start = held.map(QPointF(CARD_W / 2, CARD_H / 2)).y()
        end = rest.map(QPointF(CARD_W / 2, CARD_H / 2)).y()
        if self._direction == "take":
            start, end = end, start
        sign = 1 if end > start else -1
        if abs(end - start) < 64:  # a short path (into a slot) still gets an arrow one can see
            middle = (start + end) / 2
            start, end = middle - 32 * sign, middle + 32 * sign
        tip = QPointF(x, end)
        painter.setPen(_pen(self._accent, 9, cap=Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(x, start), tip - QPointF(0, 16 * sign))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._accent)
        painter.drawPolygon(QPolygonF([tip, tip + QPointF(-15, -20 * sign), tip + QPointF(15, -20 * sign)]))

    def _paint_pulse(self, painter: QPainter, card: QTransform, strength: float) -> None:
        outline = card.map(QPolygonF(QRectF(-3, -3, CARD_W + 6, CARD_H + 6)))
        colour = QColor(self._accent)
        colour.setAlphaF(0.35 + 0.65 * strength)
        painter.setPen(_pen(colour, 3 + 4 * strength))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(outline)

    def _paint_check(self, painter: QPainter, card: QTransform) -> None:
        """A check mark badge at the card's upper right: done, that is right."""
        box = card.mapRect(QRectF(0, 0, CARD_W, CARD_H))
        centre = QPointF(min(box.right() + 4, self.BASE.width() - 20), max(box.top() - 2, 20))
        painter.setPen(self._outline(2.5))
        painter.setBrush(self._accent)
        painter.drawEllipse(centre, 17, 17)
        painter.setPen(_pen(self._bg, 5))
        painter.drawPolyline(QPolygonF([centre + QPointF(-8, 0), centre + QPointF(-2, 6), centre + QPointF(9, -7)]))


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine,
         cap: Qt.PenCapStyle = Qt.PenCapStyle.RoundCap) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCapStyle(cap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _rect_path(rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    path.addRect(rect)
    return path
