"""The REQ/RES folder exchange with the clinic's レセコン (spec §A1; layout §A9).

The clinic system drops ``*.xml`` request files in REQ (:mod:`kiosk.handoff.request_xml`);
:meth:`RequestFolderProcessor.process_once` answers each in RES under the same file name, then
moves the request to ``REQ/done/`` (or ``REQ/error/`` when malformed). Names starting with ``.``
or not ending in ``.xml`` are partial or temp files and are left alone.

One request that cannot be answered under its name (a name too long for the answer's temp file,
a directory where its answer should go, a symlink or FIFO put in its place) is quarantined in
``REQ/error/`` with the reason logged, and never holds up the others; only a folder-wide problem
(missing, read-only or full) stops a round. Stored results are read only as regular files of at
most :data:`MAX_RESULT_BYTES`. Without an insurance lookup (no service that answers 照会区分 2) the
exchange still runs: 照会区分 1 is answered from the stored results, 照会区分 2 with
``SERVICE_UNAVAILABLE``.

Idempotent by file name: the answer is first archived next to the moved request as
``<name>.res``; a name that has an archived answer is never computed again, its answer is only
re-published. Every file is written atomically (:func:`kiosk.handoff.files.write_file_atomically`),
so a crash at any point leaves a state the next run completes without a second, different answer.
"""

from __future__ import annotations

import errno
import filecmp
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Protocol

from kiosk.clock import SYSTEM_CLOCK
from kiosk.handoff.document import (
    INSTITUTION_CODE_PATTERN,
    REFERENCE_NUMBERS,
    error_document,
    query_answer_document,
)
from kiosk.handoff.errors import HandoffConflictError, HandoffError, handoff_error
from kiosk.handoff.files import read_regular_file, same_file_content, write_file_atomically
from kiosk.handoff.request_xml import (
    MAX_REQUEST_BYTES,
    AnswerError,
    InsuranceQuery,
    Request,
    RequestRejected,
    parse_request,
)
from kiosk.handoff.xml_result import ResultFormatError, document_to_xml, parse_result_xml
from kiosk.services.eligibility import (
    EligibilityAnswer,
    EligibilityError,
    EligibilityUnavailableError,
    JpkiMaintenanceError,
)

logger = logging.getLogger(__name__)

DONE, ERROR = "done", "error"
MAX_RESULT_BYTES = 1024 * 1024  # a result file is a few kB
ANSWER_SUFFIX = ".res"


class InsuranceLookup(Protocol):
    """Qualification by the numbers on an insurance card (照会区分 2). The eligibility simulator
    implements it; ``None`` means no such insured person."""

    def lookup(self, insurer_number: str, symbol: str, number: str, branch: str,
               birth_date: date) -> EligibilityAnswer | None:
        """:raises EligibilityError: (unavailable, maintenance, bad answer) as in the port."""
        ...


class Outcome(Enum):
    ANSWERED = "answered"  # valid request; the answer may still be an error (service, not found)
    REJECTED = "rejected"  # malformed request: error answer, request moved to REQ/error/
    REPLAYED = "replayed"  # the name was answered before: the same answer published again
    QUARANTINED = "quarantined"  # cannot be answered under this name: moved to REQ/error/, reason logged


@dataclass(frozen=True)
class ProcessedRequest:
    name: str
    outcome: Outcome
    error_code: str | None = None  # ``ErrorCode`` of the answer, None when normal or replayed


class RequestFolderProcessor:
    """Answers the request files in ``req_dir`` into ``res_dir`` (both must exist).

    :param lookup: answers 照会区分 2 queries (None: they get ``SERVICE_UNAVAILABLE``).
    :param institution_code: this clinic's 医療機関コード; requests for another code are refused.
    :param results_dir: where :class:`~kiosk.handoff.files.FolderResultSink` writes; 照会区分 1
        requests are answered from it (``REQ_RESULT_NOT_FOUND`` when None).
    :param clock: the current time (default: the system clock, in the product's zone).
    """

    def __init__(self, req_dir: Path | str, res_dir: Path | str, lookup: InsuranceLookup | None, *,
                 institution_code: str, results_dir: Path | str | None = None,
                 clock: Callable[[], datetime] = SYSTEM_CLOCK) -> None:
        if not INSTITUTION_CODE_PATTERN.fullmatch(institution_code):
            raise ValueError("institution_code must be 10 digits")
        self.req_dir, self.res_dir = Path(req_dir), Path(res_dir)
        self.results_dir = Path(results_dir) if results_dir is not None else None
        self._lookup = lookup
        self._institution_code = institution_code
        self._clock = clock

    def pending(self) -> list[str]:
        """Names of the complete request files waiting in REQ, in name order.

        :raises HandoffError: REQ missing or unreadable.
        """
        try:
            with os.scandir(self.req_dir) as entries:
                return sorted(e.name for e in entries
                              if not e.name.startswith(".") and e.name.lower().endswith(".xml")
                              and e.is_file(follow_symlinks=False))
        except OSError as exc:
            raise handoff_error(exc, self.req_dir) from exc

    def process_once(self) -> list[ProcessedRequest]:
        """Answer every pending request. Malformed content never raises.

        :raises HandoffError: a folder is missing, not writable or full; the request being
            handled stays in REQ and the next call resumes it.
        """
        processed = []
        for name in self.pending():
            try:
                result = self._process(name)
            except HandoffError as error:
                if type(error) not in (HandoffError, HandoffConflictError):
                    raise  # the folder itself is missing, read-only or full: the next round resumes
                result = self._quarantine(name, error)
            if result is not None:
                logger.info("request %s %s %s", name, result.outcome.value, result.error_code or "")
                processed.append(result)
        return processed

    def _process(self, name: str) -> ProcessedRequest | None:
        for kind in (DONE, ERROR):
            archived = self.req_dir / kind / f"{name}{ANSWER_SUFFIX}"
            try:
                answer = read_regular_file(archived, MAX_RESULT_BYTES)
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise handoff_error(exc, archived.parent) from exc
            self._publish(name, answer)
            self._retire(name, kind, keep_existing=True)
            return ProcessedRequest(name, Outcome.REPLAYED)
        data = self._read(name)
        if data is None:
            return None
        answer, outcome, code = self._answer(data)
        kind = ERROR if outcome is Outcome.REJECTED else DONE
        folder = self.req_dir / kind
        try:
            folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise handoff_error(exc, folder) from exc
        write_file_atomically(folder / f"{name}{ANSWER_SUFFIX}", answer)  # the commit point
        self._publish(name, answer)
        self._retire(name, kind, keep_existing=False)
        return ProcessedRequest(name, outcome, code)

    def _quarantine(self, name: str, error: HandoffError) -> ProcessedRequest:
        """Move a request that cannot be answered under its name out of the way, saying why."""
        logger.warning("request %s quarantined in REQ/%s: %s %s", name, ERROR, error.code, error.detail)
        try:
            (self.req_dir / ERROR).mkdir(exist_ok=True)
            os.replace(self.req_dir / name, self.req_dir / ERROR / name)
        except FileNotFoundError:
            pass
        except OSError as exc:  # it stays in REQ; the others are still answered
            logger.error("request %s cannot be moved to REQ/%s: %s", name, ERROR, exc)
        return ProcessedRequest(name, Outcome.QUARANTINED, error.code)

    def _read(self, name: str) -> bytes | None:
        try:
            return read_regular_file(self.req_dir / name, MAX_REQUEST_BYTES)  # one byte more: "too large"
        except FileNotFoundError:  # taken back by the clinic system meanwhile
            return None
        except OSError as exc:
            raise handoff_error(exc, self.req_dir) from exc

    def _publish(self, name: str, answer: bytes) -> None:
        """Make RES/<name> hold ``answer`` (the archived answer wins over anything there)."""
        target = self.res_dir / name
        try:
            if same_file_content(target, answer):
                return
        except HandoffConflictError:
            logger.warning("RES %s differed from its archived answer; replaced", name)
        write_file_atomically(target, answer)

    def _retire(self, name: str, kind: str, *, keep_existing: bool) -> None:
        """Move the request to REQ/<kind>/; a replayed copy is dropped if the original is there."""
        source, target = self.req_dir / name, self.req_dir / kind / name
        try:
            if keep_existing and target.exists():
                if not filecmp.cmp(source, target, shallow=False):  # the likeliest integration mistake
                    logger.warning("request name %s reused with other content; first answer sent again", name)
                source.unlink()
            else:
                os.replace(source, target)
        except FileNotFoundError:
            pass  # already gone
        except OSError as exc:
            raise handoff_error(exc, self.req_dir) from exc

    def _answer(self, data: bytes) -> tuple[bytes, Outcome, str | None]:
        now = self._clock()
        try:
            request = parse_request(data, institution_code=self._institution_code)
        except RequestRejected as exc:
            return (self._error(exc.error, now, exc.file_id, exc.reference, exc.field), Outcome.REJECTED,
                    exc.error.value)
        query = request.insurance
        reply = self._stored_result(request) if query is None else self._query(request, query, now)
        if isinstance(reply, AnswerError):
            return self._error(reply, now, request.file_id, request.reference), Outcome.ANSWERED, reply.value
        return reply, Outcome.ANSWERED, None

    def _query(self, request: Request, query: InsuranceQuery, now: datetime) -> bytes | AnswerError:
        if self._lookup is None:
            return AnswerError.SERVICE_UNAVAILABLE
        try:
            answer = self._lookup.lookup(query.insurer_number, query.symbol, query.number, query.branch,
                                         query.birth_date)
        except (EligibilityUnavailableError, JpkiMaintenanceError) as exc:
            logger.warning("lookup unavailable: %s", exc.code)
            return AnswerError.SERVICE_UNAVAILABLE
        except EligibilityError as exc:
            logger.warning("lookup failed: %s", exc.code)
            return AnswerError.SERVICE_ERROR
        try:
            return document_to_xml(query_answer_document(
                answer, institution_code=self._institution_code, file_id=request.file_id,
                processed_at=now, limit_consent=query.limit_consent))
        except ValueError as exc:  # the service's values cannot be written (control characters)
            logger.warning("lookup answer not writable: %s", exc)
            return AnswerError.SERVICE_ERROR

    def _stored_result(self, request: Request) -> bytes | AnswerError:
        """The kiosk result file named by the request, checked to be a whole result file."""
        if self.results_dir is None:
            return AnswerError.RESULT_NOT_FOUND
        path = self.results_dir / f"{request.file_id}.xml"
        try:
            data = read_regular_file(path, MAX_RESULT_BYTES)
            if len(data) > MAX_RESULT_BYTES:
                raise ResultFormatError(f"larger than {MAX_RESULT_BYTES} bytes")
            parse_result_xml(data)
        except (FileNotFoundError, ResultFormatError):
            return AnswerError.RESULT_NOT_FOUND
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.EINVAL):  # a symlink or a FIFO put in its place
                logger.warning("result %s is not a regular file: not answered from it", path.name)
                return AnswerError.RESULT_NOT_FOUND
            raise handoff_error(exc, self.results_dir) from exc
        return data

    def _error(self, error: AnswerError, now: datetime, file_id: str | None, reference: str | None,
               field: str = "") -> bytes:
        return document_to_xml(error_document(
            error.value, error.message(field), institution_code=self._institution_code, file_id=file_id,
            reference=reference or REFERENCE_NUMBERS, processed_at=now))
