"""A saved PDF page as pixels (QtPdf), for tests that read what a desk wrote: the QR code of a
reissued 交付申請書 decoded by the counter's reader from the file itself."""

from __future__ import annotations

from pathlib import Path

import numpy as np


def pdf_page_pixels(path: Path, dpi: int = 200) -> np.ndarray:
    """The first page of the PDF at ``path`` as an H×W×3 RGB uint8 array (a Qt application must exist)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_, f"cannot load {path}"
    points = document.pagePointSize(0)
    image = document.render(0, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)))
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    document.close()
    return rows[:, :image.width() * 3].reshape(image.height(), image.width(), 3).copy()
