"""JSON encoding of the simulated service's answers (``docs/eligibility-api.md``), and the ways
the ``malformed`` knob spoils them."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from kiosk.services.eligibility import EligibilityAnswer, RegistrationReceipt
from simulators.eligibility.faults import Malformed


def _day(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def encode_answer(answer: EligibilityAnswer) -> dict[str, Any]:
    """The JSON object of a ``/v1/check`` answer."""
    return {
        "validity": answer.validity.value,
        "registered": answer.registered,
        "reference_number": answer.reference_number,
        "processed_at": answer.processed_at.isoformat(),
        "notice": answer.notice,
        "qualifications": [{
            "insurer_number": q.insurer_number, "symbol": q.symbol, "number": q.number, "branch": q.branch,
            "copay_ratio": q.copay_ratio, "limit_category": q.limit_category, "insurer_name": q.insurer_name,
            "name_kana": q.name_kana, "birth_date": _day(q.birth_date), "valid_from": _day(q.valid_from),
            "valid_to": _day(q.valid_to),
        } for q in answer.qualifications],
    }


def encode_receipt(receipt: RegistrationReceipt) -> dict[str, Any]:
    """The JSON object of a ``/v1/register`` answer."""
    return {"registered_at": receipt.registered_at.isoformat(), "idempotency_key": receipt.idempotency_key,
            "replayed": receipt.replayed}


def _other_type(value: object) -> object:
    """A JSON value of another type than ``value``'s."""
    if isinstance(value, str):
        return 1
    if isinstance(value, bool):
        return "1"
    if isinstance(value, list):
        return {"items": value}
    return [value]


def spoil(document: dict[str, Any], how: Malformed) -> bytes:
    """``document`` as a body spoiled the way ``how`` says."""
    if how is Malformed.GARBAGE:
        return b"<html>\x00\xff upstream error</html>"
    if how is Malformed.WRONG_TYPES:  # every value swapped for one of a different JSON type
        return json.dumps({k: _other_type(v) for k, v in document.items()}).encode()
    if how is Malformed.MISSING_FIELD:
        return json.dumps(dict(list(document.items())[1:])).encode()
    text = json.dumps(document, ensure_ascii=False).encode()
    return text[: len(text) // 2]
