"""The reissued 交付申請書 (issue 18 §4): its QR code holds the resident's 申請書ID and the counter's
own reader decodes it from the printed page (``drivers.qr`` + ``kiosk.counter.notice_qr``); the
official note that no bank details are ever asked for is on it; it saves as a PDF."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from drivers.qr import decode_qr
from kiosk.application.form import ANTI_FRAUD_NOTE, ONLINE_APPLICATION, ReissueForm
from kiosk.card.kenhojo import Sex
from kiosk.counter.applications import make_application_id
from kiosk.counter.notice_qr import parse_notice_qr
from simulators.card_management import in_camera_frame
from ui.application.printing import form_pixels, paint_form, write_form_pdf

FORM = ReissueForm(make_application_id(9876543210987654321098), "申請 太郎", "東京都千代田区千代田１－１",
                   date(1944, 11, 3), Sex.MALE, datetime(2025, 6, 2, 1, 0, tzinfo=UTC))


@pytest.fixture(autouse=True)
def _styled(qapp):
    from ui.app import create_application

    create_application()


@pytest.mark.parametrize("dpi", [150, 200])
def test_the_counters_reader_decodes_the_printed_qr_code(dpi):
    texts = decode_qr(form_pixels(FORM, dpi))
    assert [parse_notice_qr(text).application_id for text in texts] == [FORM.application_id]


def test_the_qr_code_is_read_from_a_camera_view_of_the_page():
    page = form_pixels(FORM, 200)
    corner = page[page.shape[0] // 2:, page.shape[1] // 2:]  # the lower right, held up to the camera
    frame = in_camera_frame(corner, (1280, 720), scale=0.9, rotation=4, noise=3, seed=2)
    assert [parse_notice_qr(t).application_id for t in decode_qr(frame)] == [FORM.application_id]


def test_the_page_carries_the_details_and_the_anti_fraud_note(qapp):
    from PySide6.QtGui import QImage, QPainter

    image = QImage(827, 1169, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        texts = [block.text for block in paint_form(painter, FORM)]
    finally:
        painter.end()
    assert ANTI_FRAUD_NOTE in texts and ONLINE_APPLICATION in texts
    assert "口座番号" in ANTI_FRAUD_NOTE and "一切ありません" in ANTI_FRAUD_NOTE
    for value in (FORM.application_id, FORM.name, FORM.address, "1944年11月3日", "男"):
        assert value in texts


def test_the_form_saves_as_a_pdf(tmp_path):
    path = write_form_pdf(FORM, tmp_path / "交付申請書.pdf")
    assert path.read_bytes().startswith(b"%PDF") and path.stat().st_size > 2000


def test_personal_details_stay_out_of_the_forms_repr():
    assert "太郎" not in repr(FORM) and "千代田" not in repr(FORM)
