"""Showing in-memory images: the live camera preview (mirrored, with the oval face guide) and the
card photo for the staff check. Images are numpy arrays wrapped in a QImage without copying; a
view keeps only the newest array and drops it in :meth:`ImageView.clear` (design line 1: face
images live in memory for one resident, nowhere else)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.face.quality import GateConfig
from ui import theme

GUIDE_CENTRE = GateConfig().guide_centre  # where the quality gate wants the face, as frame fractions
GUIDE_HEIGHT = 0.62  # of the frame height: a face at arm's length
GUIDE_ASPECT = 0.76  # width / height of a face


def to_qimage(image: np.ndarray) -> QImage:
    """A QImage over ``image`` (H×W×3 RGB or H×W grey, uint8); valid while the array lives."""
    image = np.ascontiguousarray(image)
    height, width = image.shape[:2]
    if image.ndim == 2:
        return QImage(image.data, width, height, image.strides[0], QImage.Format.Format_Grayscale8)
    if image.ndim == 3 and image.shape[2] == 3:
        return QImage(image.data, width, height, image.strides[0], QImage.Format.Format_RGB888)
    raise ValueError(f"not an RGB or greyscale image: shape {image.shape}")


class ImageView(QWidget):
    """An image scaled to fit (aspect kept) on a dark background.

    :param mirror: show it mirrored, as a resident expects to see themselves (camera preview).
    :param guide: draw the oval face guide and dim what lies outside it.
    :param background: colour around the image.
    """

    def __init__(self, *, mirror: bool = False, guide: bool = False, background: str = theme.CAMERA_BG
                 ) -> None:
        super().__init__()
        self.mirror = mirror
        self.guide = guide
        self.background = QColor(background)
        self._image: np.ndarray | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 180)

    @property
    def has_image(self) -> bool:
        """Whether an image is shown."""
        return self._image is not None

    def show_image(self, image: np.ndarray | None) -> None:
        """Show ``image`` (see :func:`to_qimage`; kept, not copied, until the next one), or nothing."""
        self._image = image
        self.update()

    def clear(self) -> None:
        """Show nothing and drop the image."""
        self.show_image(None)

    def image_rect(self) -> QRectF:
        """Where the image is drawn (the widget's rect when there is none)."""
        if self._image is None:
            return QRectF(self.rect())
        height, width = self._image.shape[:2]
        scale = min(self.width() / width, self.height() / height)
        w, h = width * scale, height * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.background)
        target = self.image_rect()
        if self._image is not None:
            image = to_qimage(self._image)
            painter.drawImage(target, image.flipped(Qt.Orientation.Horizontal) if self.mirror else image)
        if self.guide:
            self._paint_guide(painter, target)

    def _paint_guide(self, painter: QPainter, frame: QRectF) -> None:
        height = frame.height() * GUIDE_HEIGHT
        width = height * GUIDE_ASPECT
        across = 1 - GUIDE_CENTRE[0] if self.mirror else GUIDE_CENTRE[0]
        centre = QPointF(frame.left() + frame.width() * across,
                         frame.top() + frame.height() * GUIDE_CENTRE[1])
        oval = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
        outside = QPainterPath()
        outside.addRect(frame)
        inside = QPainterPath()
        inside.addEllipse(oval)
        painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 110))
        painter.setPen(QPen(QColor("#FFFFFF"), 8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(oval)
