"""The result as a JSON file: the same document as the XML file (spec §A1, §A9).

Keys are the snake_case names of the XML elements (``InsuredBranchNumber`` →
``insured_branch_number``), listed with types and examples in ``docs/handoff.md``. Every key of
the schema is always present; an element the XML leaves out is ``null`` here (``[]`` for
``result_list``). Values are the XML strings unchanged, so ``json.loads`` of this file equals
:func:`kiosk.handoff.xml_result.parse_result_xml` of the XML file.
"""

from __future__ import annotations

import json

from kiosk.handoff.document import result_document
from kiosk.reception.model import ReceptionResult


def build_result_json(result: ReceptionResult) -> bytes:
    """The JSON result file of a completed reception: UTF-8, kana kept as is, keys in schema order.

    :raises ValueError: the institution code is not 10 digits.
    """
    return document_to_json(result_document(result))


def document_to_json(document: dict) -> bytes:
    """Any result document (``kiosk.handoff.document``) as the JSON file."""
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
