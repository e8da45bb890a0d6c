"""The reissued 交付申請書 on paper (issue 18 §4), painted like the counter's receipts
(``ui.counter.printing``: A4 in 0.1 mm page units, the same page, fonts and wrapping), so a
printer (any ``QPainter`` device), a PDF and a test image show the same page.

The QR code is painted as filled squares of :data:`MODULE` page units with a 4-module quiet zone,
in the lower right as on the real form; the counter's own QR reader (``drivers.qr``) decodes it
from an image of the page at 150 dpi and up (tests/application/test_reissue_form.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtPrintSupport import QPrinterInfo

from kiosk.application.form import ANTI_FRAUD_NOTE, ONLINE_APPLICATION, PHOTO_NOTE, TITLE, ReissueForm
from kiosk.application.records import BasicDetails
from kiosk.card.kenhojo import Sex
from kiosk.clock import SYSTEM_CLOCK, local
from ui import theme
from ui.counter.printing import (
    CELL_PAD,
    LABEL_W,
    MARGIN,
    PAGE_H,
    PAGE_W,
    RECEIPT_PX,
    RECEIPT_TITLE_PX,
    SMALL_PX,
    Page,
    Printers,
    PrintOutcome,
    TextBlock,
    print_page,
    write_pdf,
)

MODULE = 10  # page units (1 mm) per QR module: a version-3 code is 29 mm wide
QUIET = 4  # modules of white around the code
PHOTO_W, PHOTO_H = 350, 450  # the photo box for a mailed application: 3.5 × 4.5 cm
NOTE_PX = 46  # the anti-fraud note: bold, larger than the body, on two whole lines


def paint_qr(painter: QPainter, modules: list[list[bool]], left: float, top: float) -> QRectF:
    """The code with its quiet zone, top-left at (``left``, ``top``); returns the area painted."""
    size = (len(modules) + 2 * QUIET) * MODULE
    area = QRectF(left, top, size, size)
    painter.fillRect(area, QColor("#ffffff"))
    painter.setPen(Qt.PenStyle.NoPen)
    for row, line in enumerate(modules):
        for column, dark in enumerate(line):
            if dark:
                painter.fillRect(QRectF(left + (QUIET + column) * MODULE, top + (QUIET + row) * MODULE,
                                        MODULE, MODULE), QColor("#000000"))
    return area


def paint_form(painter: QPainter, form: ReissueForm) -> list[TextBlock]:
    """Paint the 交付申請書 on an open painter; returns the text blocks as laid out."""
    page = Page(painter)
    page.flow(form.municipality, SMALL_PX, after=40)
    page.flow(TITLE, RECEIPT_TITLE_PX, bold=True, after=60, align=Qt.AlignmentFlag.AlignHCenter)
    page.rule()
    value_x = MARGIN + LABEL_W + CELL_PAD
    for label, value in form.rows():
        top = page.y + CELL_PAD
        label_block = page.text(label, RECEIPT_PX, bold=True, top=top, width=LABEL_W)
        value_block = page.text(value, RECEIPT_PX, x=value_x, top=top, width=PAGE_W - MARGIN - value_x)
        page.y = max(label_block.rect.bottom(), value_block.rect.bottom()) + CELL_PAD
        page.rule(width=1)
    page.y += 60
    page.flow(ONLINE_APPLICATION, RECEIPT_PX, after=40)
    note = page.text(ANTI_FRAUD_NOTE, NOTE_PX, bold=True, x=MARGIN + 30, width=PAGE_W - 2 * MARGIN - 60,
                     top=page.y + 30)
    painter.setPen(QPen(QColor(theme.TEXT), 6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(note.rect.adjusted(-30, -30, 30, 30))
    page.y = note.rect.bottom() + 100
    page.flow(PHOTO_NOTE, RECEIPT_PX, after=40)
    photo = QRectF(MARGIN, page.y, PHOTO_W, PHOTO_H)
    painter.setPen(QPen(QColor(theme.TEXT), 3, Qt.PenStyle.DashLine))
    painter.drawRect(photo)
    page.text("写真\n縦4.5cm\n横3.5cm", SMALL_PX, x=photo.left(), top=photo.top() + 140, width=PHOTO_W,
              align=Qt.AlignmentFlag.AlignHCenter)
    modules = form.qr_modules()
    side = (len(modules) + 2 * QUIET) * MODULE
    qr = paint_qr(painter, modules, PAGE_W - MARGIN - side, PAGE_H - MARGIN - side - 80)
    page.text("オンライン申請用 QRコード", SMALL_PX, x=qr.left() - 200, top=qr.bottom() + 10, width=qr.width() + 200,
              align=Qt.AlignmentFlag.AlignRight)
    return page.blocks


def form_image(form: ReissueForm, dpi: int = 150) -> QImage:
    """The page painted onto an image at ``dpi`` (previews, tests, the simulated camera)."""
    image = QImage(round(PAGE_W / 254 * dpi), round(PAGE_H / 254 * dpi), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        paint_form(painter, form)
    finally:
        painter.end()
    return image


def form_pixels(form: ReissueForm, dpi: int = 150) -> np.ndarray:
    """The page as an H×W×3 RGB uint8 array (what a camera or a scanner would see of it)."""
    image = form_image(form, dpi).convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def write_form_pdf(form: ReissueForm, path: Path) -> Path:
    """Save the 交付申請書 as a one-page A4 PDF (with real text); returns ``path``.

    :raises OSError: the file cannot be written.
    """
    return write_pdf(lambda painter: paint_form(painter, form), Path(path), TITLE)


FORM_PDF_PREFIX = "交付申請書"  # kiosk.handoff.retention.RECEIPT_NAMES purges these
NOT_CONFIGURED = "APPLICATION_FORM_NOT_CONFIGURED"


def print_form(form: ReissueForm, *, fallback_dir: Path, printer_name: str | None = None,
               printers: Printers = QPrinterInfo.availablePrinters) -> PrintOutcome:
    """The 交付申請書 on the printer; without one, saved as a PDF in ``fallback_dir``, named by the
    申請書ID and the time, never by the resident's name. Never raises for a printer or folder
    problem (``ui.counter.printing.print_documents``)."""
    name = f"{FORM_PDF_PREFIX}_{form.application_id}_{local(form.issued_at):%Y%m%d-%H%M%S}.pdf"
    return print_page(lambda painter: paint_form(painter, form), TITLE, name, "交付申請書",
                      fallback_dir=fallback_dir, printer_name=printer_name, printers=printers)


@dataclass(frozen=True)
class FormPrinter:
    """Reissues a desk's 交付申請書 (the staff window's 再発行 button).

    :param municipality: whose office issues it (``[counter] municipality``); "" refuses to print.
    :param municipality_code: for the QR code (``[application] municipality_code``); "" refuses.
    :param folder: where the form goes as a PDF when there is no printer (the receipts folder).
    :param printer: the desk's printer (``[application] printer``); None: the system default.
    :param reissued: told the 申請書ID of each form printed or saved (the audit chain).
    """

    municipality: str
    municipality_code: str
    folder: Path
    printer: str | None = None
    clock: Callable[[], datetime] = SYSTEM_CLOCK
    printers: Printers = QPrinterInfo.availablePrinters
    reissued: Callable[[str], None] | None = None

    def __call__(self, application_id: str, details: BasicDetails) -> PrintOutcome:
        """Print (or save) the form of ``application_id`` with the resident's confirmed ``details``
        (the sex printed as 「—」 when it was not entered)."""
        if not (self.municipality and self.municipality_code):
            return PrintOutcome(False, NOT_CONFIGURED, "市区町村名か 団体コードが 設定されていません（設定の "
                                                       "[counter] municipality と [application] municipality_code）。"
                                                       "印刷できません。")
        form = ReissueForm(application_id, details.name, details.address, details.birth_date,
                           details.sex or Sex.NOT_APPLICABLE, self.clock(), self.municipality, self.municipality_code)
        outcome = print_form(form, fallback_dir=self.folder, printer_name=self.printer, printers=self.printers)
        if self.reissued is not None and (outcome.printed or outcome.pdf_paths):
            self.reissued(application_id)
        return outcome
