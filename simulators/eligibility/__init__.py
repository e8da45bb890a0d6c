"""Simulated オンライン資格確認 (issue 4 §2): the eligibility port in-process, and the same service
over HTTP on loopback, with fault knobs for both.

* :mod:`.service`: :class:`SimulatedEligibilityService`, the records and registration state, and
  the §A7 refusals;
* :mod:`.answers`: what it answers for a resident (§A9 codes, qualifications, 照会番号, notices);
* :mod:`.faults`: the fault knobs (:class:`Faults`, :class:`Malformed`);
* :mod:`.wire`: the JSON encoding of answers, and how a malformed answer is spoiled;
* :mod:`.server`: :class:`EligibilityHttpServer`, the service over HTTP (wire format:
  ``docs/eligibility-api.md``).
"""

from simulators.eligibility.answers import insurer_name, reference_number
from simulators.eligibility.faults import Faults, Malformed
from simulators.eligibility.server import EligibilityHttpServer
from simulators.eligibility.service import SimulatedEligibilityService, check_idempotency_key
from simulators.eligibility.wire import encode_answer, encode_receipt, spoil

__all__ = [
    "EligibilityHttpServer",
    "Faults",
    "Malformed",
    "SimulatedEligibilityService",
    "check_idempotency_key",
    "encode_answer",
    "encode_receipt",
    "insurer_name",
    "reference_number",
    "spoil",
]
