"""The counter's paper: the receipt and the slip as PDF with real text, page images for review,
nothing clipped with a long name, and printing that falls back to PDF when no printer is there.

The test machines have no pdftotext: :func:`pdf_text` reads the text of the PDFs Qt writes."""

from __future__ import annotations

import re
import unicodedata
import zlib
from datetime import datetime
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QLabel

from kiosk.clock import TOKYO
from kiosk.counter.pin_rules import PinKind
from kiosk.counter.receipts import HandoverSummary
from ui.counter.printing import (
    MARGIN,
    PAGE_H,
    PAGE_W,
    PDF_FAILED,
    PRINTER_MISSING,
    SIGNATURE_LINE,
    TextBlock,
    page_font,
    page_image,
    paint_receipt,
    paint_slip,
    print_documents,
    print_on,
    receipt_rows,
    write_receipt_pdf,
    write_slip_pdf,
)

LONG_NAME = "𠮷田 アレクサンドラ・エカテリーナ・マリア・ファン・デル・ヴェステルハウゼン＝シュミット 花子"
LONG_PLACE = "鹿児島県 熊毛郡 屋久島町 宮之浦 市民課 マイナンバーカード 交付・申請受付 特設窓口（第二庁舎 三階）"


def handover(**changes) -> HandoverSummary:
    """A completed handover with every PIN set; keyword arguments override fields."""
    values = dict(application_id="1234-5678-9012-3456-7890-123", resident_name="山本 さくら",
                  handed_over_at=datetime(2026, 11, 23, 10, 5, 30, tzinfo=TOKYO), desk_id="第3窓口",
                  staff_name="窓口 一郎", face_card=False, pins_set=tuple(PinKind), registered_for_insurance=True)
    return HandoverSummary(**{**values, **changes})


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def painted(paint, summary) -> list[TextBlock]:
    """The text blocks ``paint`` lays out for ``summary`` (on a page image)."""
    blocks = []
    page_image(lambda painter, s: blocks.extend(paint(painter, s)), summary)
    return blocks


def page_count(path) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", path.read_bytes()))


def test_receipt_pdf_carries_the_handover_as_text(tmp_path):
    path = write_receipt_pdf(handover(), tmp_path / "receipt.pdf")
    assert path.read_bytes().startswith(b"%PDF-") and page_count(path) == 1
    text = pdf_text(path)
    for phrase in ("マイナンバーカード 受領書", "1234-5678-9012-3456-7890-123", "山本 さくら",
                   "2026年11月23日 10時05分", "第3窓口", "窓口 一郎", "署名用電子証明書の パスワード",
                   "利用者証明用電子証明書の 暗証番号", "住民基本台帳用の 暗証番号", "券面事項入力補助用の 暗証番号",
                   "顔認証マイナンバーカードいいえ", "健康保険証の 利用登録済み", nfkc(SIGNATURE_LINE)):
        assert phrase in text, phrase
    assert "受け取りました 署名:____" in text  # the signature line, as the brief words it


def test_receipt_names_only_the_pin_kinds_set():
    under_15 = [b.text for b in painted(paint_receipt, handover(pins_set=(PinKind.AUTH, PinKind.JUKI)))]
    assert "利用者証明用電子証明書の 暗証番号\n住民基本台帳用の 暗証番号" in under_15
    face = painted(paint_receipt, handover(face_card=True, pins_set=(), registered_for_insurance=False))
    assert {"はい", "なし（顔認証マイナンバーカード）", "まだ"} <= {b.text for b in face}


def test_the_slip_gives_each_kind_of_pin_its_own_number_of_tries():
    """Four-digit PINs lock after 3 wrong tries, the signing password after 5 (docs/card-interface.md §4.1)."""
    with_sign = " ".join(handover().slip_lines())
    assert "数字 4けたの 暗証番号は 3回、署名用の パスワードは 5回" in with_sign
    under_15 = " ".join(handover(pins_set=(PinKind.AUTH, PinKind.JUKI, PinKind.KENHOJO)).slip_lines())
    assert "暗証番号を 3回 まちがえると" in under_15 and "5回" not in under_15


def test_pins_the_card_already_held_are_never_printed_as_set_now(tmp_path):
    """A card that came with the signing password and the 住基 PIN set: the receipt says which PINs
    this visit set and, in a row of their own, which were set already; so does the slip."""
    some = handover(pins_set=(PinKind.AUTH, PinKind.KENHOJO), pins_already_set=(PinKind.SIGN, PinKind.JUKI))
    rows = dict(receipt_rows(some))
    assert rows["設定した暗証番号"] == "利用者証明用電子証明書の 暗証番号\n券面事項入力補助用の 暗証番号"
    assert rows["設定済みだった暗証番号"] == ("署名用電子証明書の パスワード\n住民基本台帳用の 暗証番号\n"
                                           "（今回は 設定していません）")
    assert any("前から 設定されていた 暗証番号" in line for line in some.slip_lines())
    every = handover(pins_set=(), pins_already_set=tuple(PinKind))
    rows = dict(receipt_rows(every))
    assert rows["設定した暗証番号"] == "なし"  # not 顔認証 either
    assert all(label in rows["設定済みだった暗証番号"] for label in (
        "署名用電子証明書の パスワード", "利用者証明用電子証明書の 暗証番号"))
    assert not any("暗証番号を 設定しました" in line for line in every.slip_lines())
    assert "設定済みだった暗証番号" not in dict(receipt_rows(handover()))  # only when there were any
    path = write_receipt_pdf(some, tmp_path / "receipt.pdf")
    text = pdf_text(path)
    assert "設定済みだった暗証番号" in text and "(今回は 設定していません)" in nfkc(text)
    blocks = painted(paint_receipt, every)
    content = QRectF(MARGIN, MARGIN, PAGE_W - 2 * MARGIN, PAGE_H - 2 * MARGIN)
    assert all(content.contains(block.rect) for block in blocks)


def test_slip_pdf_has_every_slip_line_in_text(tmp_path):
    for summary in (handover(), handover(face_card=True, pins_set=(), registered_for_insurance=False)):
        path = write_slip_pdf(summary, tmp_path / "slip.pdf")
        assert path.read_bytes().startswith(b"%PDF-") and page_count(path) == 1
        text = squeezed(pdf_text(path))
        assert "マイナンバーカードのお知らせ" in text
        for line in summary.slip_lines():
            assert squeezed(nfkc(line)) in text, line


@pytest.mark.parametrize("paint", [paint_receipt, paint_slip], ids=["receipt", "slip"])
def test_long_name_and_place_stay_inside_the_page(paint):
    blocks = painted(paint, handover(resident_name=LONG_NAME, municipality=LONG_PLACE))
    content = QRectF(MARGIN, MARGIN, PAGE_W - 2 * MARGIN, PAGE_H - 2 * MARGIN)
    for block in blocks:
        assert content.contains(block.rect), (block.text, block.rect)
        assert squeezed("".join(block.lines)) == squeezed(block.text), "text dropped"
        metrics = QFontMetricsF(page_font(block.px))
        assert all(metrics.horizontalAdvance(line) <= block.rect.width() for line in block.lines), block.text
    overlapping = [(a.text, b.text) for a, b in combinations(blocks, 2) if a.rect.intersects(b.rect)]
    assert overlapping == []
    if paint is paint_receipt:
        name = next(block for block in blocks if block.text == LONG_NAME)
        assert len(name.lines) > 1 and name.lines[0].startswith("𠮷田")
        assert QFontMetricsF(page_font(name.px)).inFontUcs4(ord("𠮷"))  # drawn, not a box


def test_page_screenshots(screenshot, qtbot):
    summary = handover(resident_name=LONG_NAME)
    for name, paint in (("counter_receipt", paint_receipt), ("counter_slip", paint_slip)):
        image = page_image(paint, summary)
        assert image.width() == 827 and image.height() == 1169  # A4 at 100 dpi
        view = QLabel()
        qtbot.addWidget(view)
        view.setPixmap(QPixmap.fromImage(image))
        view.resize(image.size())
        screenshot(view, name)


def test_no_printer_saves_both_pdfs_and_tells_staff(tmp_path):
    folder = tmp_path / "印刷できなかった分"
    outcome = print_documents(handover(resident_name=LONG_NAME), fallback_dir=folder, printers=lambda: [])
    assert not outcome.printed and outcome.code == PRINTER_MISSING == "COUNTER_PRINTER_MISSING"
    assert outcome.message == f"プリンターが見つかりません。PDFを保存しました：{folder}"
    receipt, slip = outcome.pdf_paths
    assert {p.parent for p in outcome.pdf_paths} == {folder}
    assert all("𠮷" not in p.name and "1234-5678-9012-3456-7890-123" in p.name for p in outcome.pdf_paths)
    assert "受領書" in pdf_text(receipt) and "マイナンバーカードの お知らせ" in pdf_text(slip)


def test_a_configured_printer_that_is_missing_is_not_replaced(tmp_path):
    # A null QPrinterInfo stands for "some other printer": it must not receive the receipt.
    outcome = print_documents(handover(), fallback_dir=tmp_path, printer_name="窓口3",
                              printers=lambda: [QPrinterInfo()])
    assert outcome.code == PRINTER_MISSING and len(outcome.pdf_paths) == 2


def test_unwritable_fallback_folder_is_reported_not_raised(tmp_path):
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    outcome = print_documents(handover(), fallback_dir=blocked, printers=lambda: [])
    assert (outcome.printed, outcome.code, outcome.pdf_paths) == (False, PDF_FAILED, ())
    assert outcome.message == "プリンターが見つかりません。PDFも保存できませんでした。管理者に連絡してください。"


def test_a_printer_gets_one_job_of_two_pages(tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "job.pdf"))
    assert print_on(printer, handover())
    assert printer.duplex() == QPrinter.DuplexMode.DuplexNone
    assert page_count(tmp_path / "job.pdf") == 2
    text = pdf_text(tmp_path / "job.pdf")
    assert text.index("マイナンバーカード 受領書") < text.index("マイナンバーカードの お知らせ")


# --- reading a Qt PDF's text ----------------------------------------------------------------------

# Code points Qt's ToUnicode map gives for glyphs it shares with a common character (NFKC folds
# the Kangxi radicals such as ⽥, not these).
LOOK_ALIKES = str.maketrans({"\u2027": "・", "\u2ea0": "民"})


def _objects(data: bytes) -> dict[int, tuple[bytes, bytes | None]]:
    """Object number -> (dictionary, decoded stream or None), found through the xref table."""
    xref = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    table = re.match(rb"xref\s+(\d+) (\d+)\s+", data[xref:])
    first, count = int(table.group(1)), int(table.group(2))
    entries = data[xref + table.end():xref + table.end() + 20 * count]
    starts = {first + i: int(entries[20 * i:20 * i + 10]) for i in range(count)
              if entries[20 * i + 17:20 * i + 18] == b"n"}

    def body(number: int) -> int:
        return starts[number] + re.match(rb"\d+ \d+ obj\s*", data[starts[number]:]).end()

    objects = {}
    for number in starts:
        start = body(number)
        head = data[start:data.index(b"endobj", start)]
        stream = None
        if (at := head.find(b"stream")) >= 0:
            size = re.search(rb"/Length (\d+)( 0 R)?", head)
            length = int(re.match(rb"\d+", data[body(int(size.group(1))):]).group()) if size.group(2) \
                else int(size.group(1))
            begin = start + at + len(b"stream") + (2 if data[start + at + 6:start + at + 8] == b"\r\n" else 1)
            raw = data[begin:begin + length]
            head = head[:at]
            stream = zlib.decompress(raw) if b"/FlateDecode" in head else raw
        objects[number] = (head, stream)
    return objects


def _to_unicode(cmap: bytes) -> dict[int, str]:
    """Glyph id -> text from a ToUnicode CMap's bfrange/bfchar sections."""
    table: dict[int, str] = {}

    def text(hexes: bytes) -> str:
        return bytes.fromhex(hexes.decode()).decode("utf-16-be")

    for lo, hi, target in re.findall(rb"<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)> (\[[^\]]*\]|<[0-9A-Fa-f]+>)", cmap):
        first, last = int(lo, 16), int(hi, 16)
        if target.startswith(b"["):
            for offset, item in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", target)):
                table[first + offset] = text(item)
        else:
            start = int(target[1:-1], 16)
            table.update({gid: chr(start + gid - first) for gid in range(first, last + 1)})
    for code, target in re.findall(rb"(?m)^<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]+)>$", cmap):
        table[int(code, 16)] = text(target)
    return table


def pdf_text(path: Path) -> str:
    """The text of a Qt-written PDF, a line per baseline (left to right), NFKC-normalised (compare
    with NFKC text: ``：`` reads ``:``), runs of white space as one space.

    Only as good as Qt's ToUnicode map: a glyph left out (a character outside the BMP such as 𠮷)
    reads U+FFFD, and a glyph shared by two characters may be named by the other one; the ones
    seen in our pages are folded back (:data:`LOOK_ALIKES`)."""
    objects = _objects(Path(path).read_bytes())
    fonts = {}
    for head, _ in objects.values():
        for name, number in re.findall(rb"/(F\d+) (\d+) 0 R", head):
            unicode_ref = re.search(rb"/ToUnicode (\d+) 0 R", objects[int(number)][0])
            if unicode_ref:
                fonts[name.decode()] = _to_unicode(objects[int(unicode_ref.group(1))][1])
    rows: dict[tuple[int, float], list[tuple[float, str]]] = {}
    for number, (_, stream) in objects.items():
        if stream is None or b"BT" not in stream:
            continue
        for block in re.findall(rb"BT(.*?)ET", stream, re.S):
            table = fonts[re.search(rb"/(F\d+) [\d.]+ Tf", block).group(1).decode()]
            x, y = (float(v) for v in re.search(rb"([-\d.]+) ([-\d.]+) Td", block).groups())
            glyphs = b"".join(re.findall(rb"<([0-9A-Fa-f]+)> Tj", block)).decode()
            text = "".join(table.get(int(glyphs[i:i + 4], 16), "\ufffd") for i in range(0, len(glyphs), 4))
            rows.setdefault((number, round(y)), []).append((x, text))
    lines = ("".join(text for _, text in sorted(runs)) for _, runs in sorted(rows.items(), key=_reading_order))
    return "\n".join(re.sub(r"\s+", " ", unicodedata.normalize("NFKC", line).translate(LOOK_ALIKES)).strip()
                     for line in lines)


def _reading_order(item):
    (stream, y), _ = item
    return stream, -y  # Qt's text space is flipped: a lower line has a more negative y
