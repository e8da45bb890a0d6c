"""The reissued 交付申請書 (issue 18 §4), as plain data: what the page says and its QR code's
modules. The Qt side paints it to a printer, a PDF or an image (``ui/application/printing.py``),
as the counter's receipts are (``kiosk.counter.receipts``).

Seed 002: 「市区町村の窓口でも、交付申請書を再発行しています。本人確認書類（運転免許証、パスポート等）を
持参の上、お住まいの市区町村へ行きましょう。」 The form carries the resident's 申請書ID as a QR code, and the
official note against fraud printed beside it on the real form (seeds 000 and 002):
「申請にあたり、口座番号など上記以外の個人情報の登録を求めることは一切ありません。」 — the "above" being the
sentence before it, which is printed with it (:data:`ONLINE_APPLICATION`).

The QR payload is the product's own 申請書ID format (``kiosk.counter.notice_qr``, the counter's
reader parses it); the real form's QR content is not public.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import segno

from kiosk.card.kenhojo import Sex
from kiosk.clock import local
from kiosk.counter.notice_qr import DEFAULT_MUNICIPALITY, make_notice_qr_text

TITLE = "個人番号カード交付申請書（再発行）"
ONLINE_APPLICATION = ("交付申請書の右下にあるQRコードをスマートフォンなどで読み取り、メールアドレスとメール連絡用氏名、"
                      "顔写真データ、生年月日を登録するだけで、オンラインで簡単に申請ができます。")  # seeds 000, 002
ANTI_FRAUD_NOTE = "申請にあたり、口座番号など上記以外の個人情報の登録を求めることは一切ありません。"  # seed 002
PHOTO_NOTE = "郵便で申請するときは、6ヶ月以内に撮影した顔写真（縦4.5cm×横3.5cm）を貼ってください。"  # seed 002
SEX_LABELS = {Sex.MALE: "男", Sex.FEMALE: "女", Sex.NOT_APPLICABLE: "—"}


def japanese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass(frozen=True)
class ReissueForm:
    """A 交付申請書 reissued at the counter for one resident. Personal fields stay out of ``repr``."""

    application_id: str
    name: str = field(repr=False)
    address: str = field(repr=False)
    birth_date: date = field(repr=False)
    sex: Sex = field(repr=False)
    issued_at: datetime
    municipality: str = "テスト市"
    municipality_code: str = DEFAULT_MUNICIPALITY

    @property
    def qr_text(self) -> str:
        """The QR code's payload: the 申請書ID in the counter's format."""
        return make_notice_qr_text(self.application_id, self.municipality_code)

    def qr_modules(self) -> list[list[bool]]:
        """The QR code's modules, row by row, True for dark, without the quiet zone (the painter
        leaves 4 modules of white around it)."""
        code = segno.make(self.qr_text, error="m", micro=False)
        return [[bool(module) for module in row] for row in code.matrix_iter(scale=1, border=0)]

    def rows(self) -> list[tuple[str, str]]:
        """The form's (label, value) rows, as printed."""
        return [("申請書ID", self.application_id), ("氏名", self.name), ("住所", self.address),
                ("生年月日", japanese_date(self.birth_date)), ("性別", SEX_LABELS[self.sex]),
                ("発行日", japanese_date(local(self.issued_at).date()))]
