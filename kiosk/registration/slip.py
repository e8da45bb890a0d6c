"""The registration support desk's take-home slip (issue 17 §3): what was done today, what to do
when the card cannot be used at a clinic, and whom to call. Plain data in big-type plain
Japanese; the Qt side prints it (``ui/counter/printing.py``). Nothing personal is on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.clock import local
from kiosk.counter.insurance import CALL_CENTRE
from kiosk.messages import message_for_code

TITLE = "健康保険証としての 利用申込の お知らせ"


@dataclass(frozen=True)
class RegistrationSlip:
    """One visit's outcome: ``registered`` today, ``already`` registered before, or neither
    (``declined``, or ``failure_code`` says why not)."""

    at: datetime
    desk_id: str
    registered: bool = False
    already: bool = False
    declined: bool = False
    failure_code: str = ""
    municipality: str = "テスト市"

    @property
    def slip_title(self) -> str:
        return TITLE

    def slip_lines(self) -> list[str]:
        day = f"{local(self.at):%Y年%m月%d日}"
        if self.registered:
            lines = [f"{day} マイナンバーカードを 健康保険証として 使う 申し込みを しました。",
                     "病院・薬局では、受付の 読み取り機に この カードを 置いてください。"
                     "顔認証か 暗証番号で ご本人と 確かめます。"]
        elif self.already:
            lines = [f"{day} 確かめました: この カードは すでに 健康保険証として 使えます。",
                     "病院・薬局では、受付の 読み取り機に この カードを 置いてください。"]
        elif self.declined:
            lines = [f"{day} 健康保険証として 使う 申し込みは しませんでした。",
                     "あとからでも、病院・薬局の 受付の 読み取り機や 市区町村の 窓口で 申し込めます。"]
        else:
            lines = [f"{day} 健康保険証として 使う 申し込みは できませんでした。",
                     f"理由: {message_for_code(self.failure_code or 'KIOSK_ERROR')}"]
        lines += [
            "お薬や 健診の 情報を 医師・薬剤師に 見せるかどうかは、受付の 読み取り機で その たびに 選べます。",
            "カードが 使えない とき（読み取れない、暗証番号を 忘れた、電子証明書の 期限が 切れた）は、"
            "資格確認書 または「資格情報のお知らせ」を 受付に お出しください。",
            "暗証番号の 再設定や 電子証明書の 更新は、市区町村の 窓口で できます。",
            f"わからない ことは {CALL_CENTRE} へ。",
        ]
        return lines
