"""What the counter prints (issue 5 §5, §6): the handover receipt the resident signs, and the
take-home slip saying what was done today and what to bring to the clinic. Plain data; the Qt
side renders it to PDF or a printer (``ui/counter/printing.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.clock import local
from kiosk.counter.pin_rules import PinKind


@dataclass(frozen=True)
class HandoverSummary:
    """One completed handover. Personal data limited to what the resident's own papers show.

    ``pins_set``: the PINs written in this visit, and only those. ``pins_already_set``: PINs the
    card held when it was placed (an earlier visit), left as they were: never reported as set now.
    """

    application_id: str
    resident_name: str
    handed_over_at: datetime
    desk_id: str
    staff_name: str
    face_card: bool
    pins_set: tuple[PinKind, ...]
    registered_for_insurance: bool
    municipality: str = ""  # the desk's [counter] municipality, filled in when it prints (ui/counter)
    pins_already_set: tuple[PinKind, ...] = ()

    @property
    def slip_title(self) -> str:
        return "マイナンバーカードの お知らせ"

    def slip_lines(self) -> list[str]:
        """The take-home slip in plain Japanese: what was done, what comes next."""
        lines = [f"{local(self.handed_over_at):%Y年%m月%d日} マイナンバーカードを お渡ししました。"]
        if self.face_card:
            lines.append("このカードは 顔認証マイナンバーカードです。暗証番号は ありません。")
            lines.append("病院・薬局では 顔認証で 受付できます。")
        else:
            if self.pins_set:
                lines.append("暗証番号を 設定しました（番号は この紙には 書いていません）。")
            if self.pins_already_set:
                lines.append("前から 設定されていた 暗証番号は、今回は 設定していません（前の 番号の ままです）。")
            if not self.pins_set and not self.pins_already_set:
                lines.append("暗証番号は 設定していません。")
            if PinKind.SIGN in (*self.pins_set, *self.pins_already_set):
                lines.append("数字 4けたの 暗証番号は 3回、署名用の パスワードは 5回 まちがえると ロックされます。"
                             "忘れたときは 市区町村の 窓口へ。")
            else:
                lines.append("暗証番号を 3回 まちがえると ロックされます。忘れたときは 市区町村の 窓口へ。")
        if self.registered_for_insurance:
            lines.append("健康保険証として 使う 申し込みも 済みました。")
            lines.append("病院・薬局には この マイナンバーカードを お持ちください。")
        else:
            lines.append("健康保険証としての 利用申込は まだです。病院・薬局の 受付機でも 申し込めます。")
            lines.append("それまでは 資格確認書などを お持ちください。")
        return lines
