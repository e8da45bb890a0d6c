"""The counter's paper (issue 5 §5, §6): the handover receipt (受領書) the resident signs and the
desk keeps, and the take-home slip in big type — the handover's, or the registration support
desk's (:class:`SlipPage`, issue 17 §3). Both are painted with QPainter in one page
coordinate system, so a printer, a PDF and a test image show the same page.

Page units are 0.1 mm on A4 portrait (2100 × 2970); fonts are sized in those units (pixel size),
so no device resolution changes the layout. The receipt shows which PINs were set by kind only:
:class:`~kiosk.counter.receipts.HandoverSummary` never carries a PIN value. "設定した" lists only
the PINs written in this visit; PINs the card already held get their own row.

When no printer is there (or the configured one is missing), :func:`print_documents` saves both
pages (:func:`print_slip` its one) as PDF files and says so in plain Japanese with a stable code,
instead of failing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.clock import local
from kiosk.counter.pin_rules import PinKind
from kiosk.counter.receipts import HandoverSummary
from ui import theme

logger = logging.getLogger(__name__)

PAGE_SIZE = QPageSize.PageSizeId.A4
PAGE_W, PAGE_H = 2100, 2970  # page units (0.1 mm)
MARGIN = 180
CONTENT_W = PAGE_W - 2 * MARGIN
PDF_DPI = 300

# Font sizes in page units: 44 ≈ 12.5 pt, 64 ≈ 18 pt (the slip, for elderly readers).
SMALL_PX, RECEIPT_PX, RECEIPT_TITLE_PX = 36, 44, 80
SLIP_PX, SLIP_TITLE_PX = 64, 84
LABEL_W = 560  # the receipt's label column
CELL_PAD = 28

PRINTER_MISSING = "COUNTER_PRINTER_MISSING"
PRINT_FAILED = "COUNTER_PRINT_FAILED"
PDF_FAILED = "COUNTER_PDF_FAILED"

PIN_KIND_LABELS: dict[PinKind, str] = {
    PinKind.SIGN: "署名用電子証明書の パスワード",
    PinKind.AUTH: "利用者証明用電子証明書の 暗証番号",
    PinKind.JUKI: "住民基本台帳用の 暗証番号",
    PinKind.KENHOJO: "券面事項入力補助用の 暗証番号",
}
SIGNATURE_LINE = "受け取りました　署名：" + "＿" * 14


class SlipPage(Protocol):
    """A take-home slip: whose paper, its title, and its lines in plain Japanese
    (:class:`~kiosk.counter.receipts.HandoverSummary`, ``kiosk.registration.slip.RegistrationSlip``)."""

    @property
    def municipality(self) -> str: ...

    @property
    def slip_title(self) -> str: ...

    def slip_lines(self) -> list[str]: ...


@dataclass(frozen=True)
class TextBlock:
    """Text as painted: where (page units), at which size, broken into which lines."""

    text: str
    rect: QRectF
    px: int
    lines: tuple[str, ...]


@dataclass(frozen=True)
class PrintOutcome:
    """What :func:`print_documents` did. ``code`` is None when printed; ``message`` is for staff."""

    printed: bool
    code: str | None
    message: str
    pdf_paths: tuple[Path, ...] = ()
    printer: str | None = None


# --- painting -------------------------------------------------------------------------------------

def page_font(px: int, bold: bool = False) -> QFont:
    """The pages' font at ``px`` page units."""
    font = QFont(theme.application_font().family())
    font.setPixelSize(px)
    font.setBold(bold)
    # Unhinted glyphs scale linearly, so widths measured in page units hold on every device.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


# A line may break after a space (between phrases, 分かち書き) or after 、。.
_BREAK = re.compile(r"(?<= )|(?<=[、。])")


def wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """``text`` in lines no wider than ``width``: breaks at newlines, at the spaces between phrases
    (as in ``slip_lines``) and after 、。; inside a phrase only when it is wider than a line."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in filter(None, _BREAK.split(paragraph)):
            if metrics.horizontalAdvance((line + token).rstrip()) <= width:
                line += token
                continue
            if line.strip():
                lines.append(line.rstrip())
            while metrics.horizontalAdvance(token.rstrip()) > width and len(token.rstrip()) > 1:
                cut = next((n for n in range(len(token) - 1, 0, -1)
                            if metrics.horizontalAdvance(token[:n]) <= width), 1)
                lines.append(token[:cut])
                token = token[cut:]
            line = token
        lines.append(line.rstrip())
    return lines


class Page:
    """Paints top to bottom on ``painter`` in page units and records every :class:`TextBlock`."""

    def __init__(self, painter: QPainter) -> None:
        device = painter.device()
        # Keep the A4 aspect on any device (a printer may report slightly different paper).
        scale = min(device.width() / PAGE_W, device.height() / PAGE_H)
        painter.setWindow(0, 0, PAGE_W, PAGE_H)
        painter.setViewport(0, 0, round(PAGE_W * scale), round(PAGE_H * scale))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, PAGE_W, PAGE_H), QColor(theme.BACKGROUND))
        self.painter, self.y = painter, float(MARGIN)
        self.blocks: list[TextBlock] = []

    def text(self, text: str, px: int, *, bold: bool = False, x: float = MARGIN, width: float = CONTENT_W,
             top: float | None = None, spacing: float = 1.0,
             align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> TextBlock:
        """Draw ``text`` wrapped to ``width`` from ``top`` (default: the current line); the current
        line is not moved (see :meth:`flow`)."""
        font = page_font(px, bold)
        metrics = QFontMetricsF(font)
        line_h = metrics.lineSpacing() * spacing
        top = self.y if top is None else top
        lines = wrap(text, metrics, width)
        self.painter.setFont(font)
        self.painter.setPen(QColor(theme.TEXT))
        for i, line in enumerate(lines):
            self.painter.drawText(QRectF(x, top + i * line_h, width, line_h),
                                  align | Qt.AlignmentFlag.AlignVCenter, line)
        block = TextBlock(text, QRectF(x, top, width, line_h * len(lines)), px, tuple(lines))
        self.blocks.append(block)
        return block

    def flow(self, text: str, px: int, *, after: float = 0, **options) -> TextBlock:
        """:meth:`text` at the current line, then move below it by ``after``."""
        block = self.text(text, px, **options)
        self.y = block.rect.bottom() + after
        return block

    def rule(self, width: float = 3, after: float = 0) -> None:
        self.painter.setPen(QPen(QColor(theme.TEXT), width))
        self.painter.drawLine(QPointF(MARGIN, self.y), QPointF(PAGE_W - MARGIN, self.y))
        self.y += after


def _when(at: datetime) -> str:
    at = local(at)
    return f"{at.year}年{at.month}月{at.day}日 {at.hour}時{at.minute:02d}分"


def _pins_text(summary: HandoverSummary) -> str:
    if summary.pins_set:
        return "\n".join(PIN_KIND_LABELS[kind] for kind in summary.pins_set)
    return "なし（顔認証マイナンバーカード）" if summary.face_card else "なし"


def _already_row(summary: HandoverSummary) -> list[tuple[str, str]]:
    """PINs the card held before this visit: a row of their own (none when there were none)."""
    if not summary.pins_already_set:
        return []
    kinds = "\n".join(PIN_KIND_LABELS[kind] for kind in summary.pins_already_set)
    return [("設定済みだった暗証番号", f"{kinds}\n（今回は 設定していません）")]


def receipt_rows(summary: HandoverSummary) -> list[tuple[str, str]]:
    """The receipt's (label, value) rows."""
    return [
        ("申請書ID", summary.application_id),
        ("氏名", summary.resident_name),
        ("交付日時", _when(summary.handed_over_at)),
        ("交付窓口", summary.desk_id),
        ("担当職員", summary.staff_name),
        ("顔認証マイナンバーカード", "はい" if summary.face_card else "いいえ"),
        ("設定した暗証番号", _pins_text(summary)),
        *_already_row(summary),
        ("健康保険証の 利用登録", "済み" if summary.registered_for_insurance else "まだ"),
    ]


def paint_receipt(painter: QPainter, summary: HandoverSummary) -> list[TextBlock]:
    """Paint the 受領書 on an open painter; returns the text blocks as laid out."""
    page = Page(painter)
    page.text("窓口控え", SMALL_PX, x=PAGE_W - MARGIN - 300, width=300, align=Qt.AlignmentFlag.AlignRight)
    page.flow(summary.municipality, SMALL_PX, width=CONTENT_W - 340, after=40)
    page.flow("マイナンバーカード 受領書", RECEIPT_TITLE_PX, bold=True, after=60,
              align=Qt.AlignmentFlag.AlignHCenter)
    page.rule()
    value_x = MARGIN + LABEL_W + CELL_PAD
    for label, value in receipt_rows(summary):
        top = page.y + CELL_PAD
        label_block = page.text(label, RECEIPT_PX, bold=True, top=top, width=LABEL_W)
        value_block = page.text(value, RECEIPT_PX, x=value_x, top=top, width=PAGE_W - MARGIN - value_x)
        page.y = max(label_block.rect.bottom(), value_block.rect.bottom()) + CELL_PAD
        page.rule(width=1)
    page.y += 160
    page.flow("上記の とおり、マイナンバーカードを 受け取りました。", RECEIPT_PX, after=120)
    page.flow(SIGNATURE_LINE, RECEIPT_PX + 8, after=0, align=Qt.AlignmentFlag.AlignRight)
    return page.blocks


def paint_slip(painter: QPainter, summary: SlipPage) -> list[TextBlock]:
    """Paint the take-home slip (``summary.slip_lines()``) in big type; returns the text blocks."""
    page = Page(painter)
    page.flow(summary.municipality, SLIP_PX - 16, after=30)
    page.flow(summary.slip_title, SLIP_TITLE_PX, bold=True, after=50)
    page.rule(after=60)
    bullet_w = QFontMetricsF(page_font(SLIP_PX)).horizontalAdvance("・")
    for line in summary.slip_lines():
        page.text("・", SLIP_PX, spacing=1.4, width=bullet_w)
        page.flow(line, SLIP_PX, spacing=1.4, x=MARGIN + bullet_w, width=CONTENT_W - bullet_w, after=40)
    return page.blocks


PagePainter = Callable[[QPainter, HandoverSummary], list[TextBlock]]


def page_image(paint: PagePainter, summary: HandoverSummary, dpi: int = 100) -> QImage:
    """One page painted onto an image at ``dpi`` (for screenshots and previews)."""
    image = QImage(round(PAGE_W / 254 * dpi), round(PAGE_H / 254 * dpi), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        paint(painter, summary)
    finally:
        painter.end()
    return image


# --- PDF and printer ------------------------------------------------------------------------------

def write_pdf(paint: Callable[[QPainter], object], path: Path, title: str) -> Path:
    """One A4 page painted by ``paint`` saved as a PDF with real text; returns ``path``.

    :raises OSError: the file cannot be written.
    """
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(PAGE_SIZE))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF {path}")
    try:
        paint(painter)
    finally:
        painter.end()
    return path


def write_receipt_pdf(summary: HandoverSummary, path: Path) -> Path:
    """Save the 受領書 as a one-page A4 PDF (with real text); returns ``path``.

    :raises OSError: the file cannot be written.
    """
    return write_pdf(lambda painter: paint_receipt(painter, summary), Path(path), "マイナンバーカード 受領書")


def write_slip_pdf(summary: SlipPage, path: Path) -> Path:
    """Save the take-home slip as a one-page A4 PDF; returns ``path``.

    :raises OSError: the file cannot be written.
    """
    return write_pdf(lambda painter: paint_slip(painter, summary), Path(path), summary.slip_title)


def _print_pages(printer: QPrinter, name: str, pages: Sequence[Callable[[QPainter], object]]) -> bool:
    """``pages`` as one single-sided job on ``printer``; False if it would not start."""
    printer.setPageSize(QPageSize(PAGE_SIZE))
    printer.setFullPage(True)
    printer.setDuplex(QPrinter.DuplexMode.DuplexNone)
    printer.setDocName(name)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for number, paint in enumerate(pages):
            if number:
                printer.newPage()
            paint(painter)
    finally:
        painter.end()
    return True


def print_on(printer: QPrinter, summary: HandoverSummary) -> bool:
    """Print the receipt and the slip as one two-page job on ``printer``; False if it would not
    start. Single-sided: the desk keeps the receipt, the resident takes the slip home."""
    return _print_pages(printer, "マイナンバーカード 受領書", (lambda painter: paint_receipt(painter, summary),
                                                      lambda painter: paint_slip(painter, summary)))


def _choose_printer(printers: Sequence[QPrinterInfo], printer_name: str | None) -> QPrinterInfo | None:
    """The named printer, or with no name the default one (else the first). A named printer that is
    missing gives None: printing elsewhere could put a resident's receipt on another desk."""
    if printer_name is not None:
        return next((p for p in printers if p.printerName() == printer_name), None)
    default = next((p for p in printers if p.isDefault()), None)
    return default or (printers[0] if printers else None)


def save_pdfs(summary: HandoverSummary, folder: Path) -> tuple[Path, Path]:
    """Write the receipt and the slip into ``folder`` (created if needed), named by 申請書ID and
    time, never by the resident's name.

    :raises OSError: the folder or a file cannot be written.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{summary.application_id}_{summary.handed_over_at:%Y%m%d-%H%M%S}"
    return (write_receipt_pdf(summary, folder / f"受領書_{stem}.pdf"),
            write_slip_pdf(summary, folder / f"お知らせ_{stem}.pdf"))


Printers = Callable[[], Sequence[QPrinterInfo]]


def print_documents(summary: HandoverSummary, *, fallback_dir: Path, printer_name: str | None = None,
                    printers: Printers = QPrinterInfo.availablePrinters) -> PrintOutcome:
    """Print the receipt and the slip; without a printer, save them as PDFs in ``fallback_dir``.

    :param printer_name: the desk's configured printer; None: the system default.
    :param printers: the printers to choose from (tests pass an empty list, so nothing is printed).
    :returns: never raises for a missing or failing printer or an unwritable folder; the outcome's
        ``code`` (:data:`PRINTER_MISSING`, :data:`PRINT_FAILED`, :data:`PDF_FAILED`) and ``message``
        say what happened.
    """
    return _print_or_save(lambda printer: print_on(printer, summary), lambda: save_pdfs(summary, fallback_dir),
                          "受領書と お知らせ", fallback_dir, printer_name, printers)


def print_slip(slip: SlipPage, stem: str, *, fallback_dir: Path, printer_name: str | None = None,
               printers: Printers = QPrinterInfo.availablePrinters) -> PrintOutcome:
    """Print one take-home slip (the registration support desk's); without a printer, save it as
    ``お知らせ_{stem}.pdf`` in ``fallback_dir`` (``stem``: the desk and the time, nothing personal).
    Never raises for a printer or folder problem: see :func:`print_documents`."""
    return print_page(lambda painter: paint_slip(painter, slip), slip.slip_title, f"お知らせ_{stem}.pdf", "お知らせ",
                      fallback_dir=fallback_dir, printer_name=printer_name, printers=printers)


def print_page(paint: Callable[[QPainter], object], title: str, pdf_name: str, what: str, *, fallback_dir: Path,
               printer_name: str | None = None, printers: Printers = QPrinterInfo.availablePrinters) -> PrintOutcome:
    """One A4 page painted by ``paint`` on the printer (job ``title``); without one, saved as
    ``pdf_name`` in ``fallback_dir`` (created if needed). ``what`` names it in the staff message.
    Never raises for a printer or folder problem: see :func:`print_documents`."""
    def save() -> tuple[Path, ...]:
        folder = Path(fallback_dir)
        folder.mkdir(parents=True, exist_ok=True)
        return (write_pdf(paint, folder / pdf_name, title),)

    return _print_or_save(lambda printer: _print_pages(printer, title, (paint,)), save, what, fallback_dir,
                          printer_name, printers)


def _print_or_save(job: Callable[[QPrinter], bool], save: Callable[[], tuple[Path, ...]], what: str,
                   fallback_dir: Path, printer_name: str | None, printers: Printers) -> PrintOutcome:
    chosen = _choose_printer([p for p in printers() if not p.isNull()], printer_name)
    if chosen is not None and job(QPrinter(chosen, QPrinter.PrinterMode.HighResolution)):
        logger.info("%s printed on %s", what, chosen.printerName())
        return PrintOutcome(True, None, f"{what}を 印刷しました（{chosen.printerName()}）。",
                            printer=chosen.printerName())
    code, lead = (PRINTER_MISSING, "プリンターが見つかりません。") if chosen is None else \
        (PRINT_FAILED, "印刷できませんでした。")
    try:
        paths = save()
    except OSError:
        logger.exception("%s, and the PDFs could not be saved in the fallback folder", code)
        return PrintOutcome(False, PDF_FAILED, lead + "PDFも保存できませんでした。管理者に連絡してください。")
    logger.warning("%s: documents saved as PDF", code)
    return PrintOutcome(False, code, f"{lead}PDFを保存しました：{Path(fallback_dir)}", paths)
