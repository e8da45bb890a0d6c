"""What the simulated service answers for a resident, following
``docs/card-interface.md`` §A9.

資格有効性 codes 1–5 come from ``Insurance.validity``; qualification numbers are strings (枝番
keeps its leading zero, 一部負担金割合 is three digits ``"030"``); 限度額適用区分 only with 限度額
consent (§A4); a stable 照会番号 per resident; a notice when the certificate expires within three
months. Every derived value is a digest of the resident id, so it is the same in every process.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, datetime, timedelta

from kiosk.clock import local_zone
from kiosk.services.eligibility import Qualification, Validity
from simulators.residents import Resident, birthday_in

VALIDITY_BY_LABEL = {v.label: v for v in Validity}
# (?) The spec gives no duration; our choice.
EXPIRY_NOTICE = timedelta(days=90)  # J-LIS sends its renewal notice about three months ahead


def _digest(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256(":".join(parts).encode()).digest()[:8], "big")


def reference_number(resident_id: str) -> str:
    """照会番号: 10 digits, stable per resident in every process. (The real length is not public;
    10 keeps it from ever looking like a 12-digit My Number in the kiosk's privacy scans.)"""
    return f"{_digest('reference', resident_id) % 10**10:010d}"


def insurer_name(insurer_number: str) -> str:
    """A synthetic 保険者名 from the 法別番号 (first two of eight digits; six digits = 国保)."""
    if len(insurer_number) == 6:
        return "テスト市国民健康保険"
    return {"01": "全国健康保険協会テスト支部", "06": "テスト健康保険組合",
            "39": "テスト県後期高齢者医療広域連合"}.get(insurer_number[:2], "テスト保険者")


def expiry_notice(not_valid_after: datetime, now: datetime) -> str:
    """The notice an answer carries for a certificate valid until ``not_valid_after``: a renewal
    reminder within :data:`EXPIRY_NOTICE` of the end, else empty."""
    if not_valid_after - now > EXPIRY_NOTICE:
        return ""
    expiry = not_valid_after.astimezone(local_zone()).date()
    return f"利用者証明用電子証明書の有効期限が近づいています（{expiry.isoformat()}まで）"


def qualifications(r: Resident, validity: Validity, limit_consent: bool,
                   today: date) -> tuple[Qualification, ...]:
    """The qualifications a result carries for ``validity`` (§A9 "Per result")."""
    ins = r.insurance
    if ins is None or validity is Validity.NOT_FOUND:
        return ()
    if r.age(today) >= 75:  # 後期高齢者医療 starts on the 75th birthday
        valid_from = birthday_in(r.birth_date, r.birth_date.year + 75)
    else:  # a 4月1日 some years back, never before birth
        valid_from = max(r.birth_date, date(today.year - 1 - _digest("from", r.id) % 8, 4, 1))
    valid_to = None
    if validity in (Validity.INVALID, Validity.INVALID_NEW_AVAILABLE):  # 資格喪失 10–59 days ago
        valid_to = max(valid_from, today - timedelta(days=10 + _digest("to", r.id) % 50))
    first = Qualification(
        insurer_number=ins.insurer_number, symbol=ins.symbol, number=ins.number, branch=ins.branch,
        copay_ratio=f"{ins.copay_percent:03d}", limit_category=ins.limit_category if limit_consent else None,
        insurer_name=insurer_name(ins.insurer_number), name_kana=r.kana, birth_date=r.birth_date,
        valid_from=valid_from, valid_to=valid_to)
    if validity is not Validity.MULTIPLE:
        return (first,)
    h = _digest("second", r.id)  # a second, overlapping qualification with another insurer
    other = f"01{130000 + h % 10000}" if len(ins.insurer_number) == 6 else f"{130000 + h % 10000}"
    second = replace(first, insurer_number=other, symbol=f"{h % 9999 + 1:04d}", number=f"{h % 999999 + 1}",
                     branch="00", insurer_name=insurer_name(other),
                     valid_from=max(r.birth_date, today - timedelta(days=h % 60 + 1)))
    return first, second
