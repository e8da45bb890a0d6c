"""What the municipal desks tell residents about the 健康保険証利用の申込 (seed 003): the call centre.
The registration itself is :func:`kiosk.services.registration.register_card`, shared by every desk."""

from __future__ import annotations

CALL_CENTRE = "マイナンバー総合フリーダイヤル 0120-95-0178（音声案内で 4番：保険証としての 利用）"
"""Where residents call about using the card as a health-insurance card (seed 003 §3)."""
