"""Handing receptions to the clinic system through shared folders (spec §A1, §A9).

- :class:`FolderResultSink` (:mod:`.files`): each completed reception as ``<file_id>.xml`` and
  ``<file_id>.json``, written atomically (port :class:`kiosk.reception.ports.ResultSink`).
- :class:`RequestFolderProcessor` (:mod:`.requests`): answers request files the レセコン drops
  in REQ into RES.
- :func:`build_result_xml` / :func:`parse_result_xml` / :func:`build_result_json`: the file
  formats, one schema (:mod:`.document`). Layout, codes and guarantees: ``docs/handoff.md``.
"""

from kiosk.handoff.errors import (
    HandoffConflictError,
    HandoffDiskFullError,
    HandoffError,
    HandoffFolderMissingError,
    HandoffNotWritableError,
)
from kiosk.handoff.files import FolderResultSink
from kiosk.handoff.json_result import build_result_json
from kiosk.handoff.request_xml import AnswerError
from kiosk.handoff.requests import InsuranceLookup, Outcome, ProcessedRequest, RequestFolderProcessor
from kiosk.handoff.xml_result import ResultFormatError, build_result_xml, parse_result_xml

__all__ = [
    "AnswerError",
    "FolderResultSink",
    "HandoffConflictError",
    "HandoffDiskFullError",
    "HandoffError",
    "HandoffFolderMissingError",
    "HandoffNotWritableError",
    "InsuranceLookup",
    "Outcome",
    "ProcessedRequest",
    "RequestFolderProcessor",
    "ResultFormatError",
    "build_result_json",
    "build_result_xml",
    "parse_result_xml",
]
