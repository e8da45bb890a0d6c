"""Result files in the shared folder the clinic system reads (spec §A1; port
:class:`kiosk.reception.ports.ResultSink`).

Each file appears whole or not at all: it is written to a dot-prefixed ``.tmp`` file in the same
folder, flushed and fsynced, renamed over its final name with ``os.replace`` (atomic on one file
system), and the folder is fsynced. Readers that take ``*.xml``/``*.json`` never see a partial
file, and a failure leaves neither the temp file nor a half-written one.
"""

from __future__ import annotations

import errno
import glob
import logging
import os
import re
import secrets
import stat
from pathlib import Path

from kiosk.handoff.document import FILE_ID_PATTERN, unconfirmed_document
from kiosk.handoff.errors import HandoffConflictError, HandoffError, handoff_error
from kiosk.handoff.json_result import build_result_json, document_to_json
from kiosk.handoff.xml_result import build_result_xml, document_to_xml
from kiosk.reception.model import ReceptionFailure, ReceptionResult
from kiosk.reception.ports import DeliveredFiles, OutgoingResult

logger = logging.getLogger(__name__)

TEMP_NAME = re.compile(r"\.[A-Za-z0-9][A-Za-z0-9_-]{0,63}\.(xml|json)\.[0-9a-f]{8}\.tmp", re.ASCII)
FILE_MODE = 0o640  # personal data: owner and the clinic system's group only
# fsync on a directory is refused by some file systems (e.g. network shares); the rename is
# still atomic there, only its durability across a power cut is the file system's business.
_DIR_FSYNC_UNSUPPORTED = {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP}


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old state or all of ``data``.

    :raises HandoffError: (a subclass for a missing folder, refused write or full disk); the
        temp file is gone and ``path`` is untouched (or removed again if the final folder
        fsync failed).
    """
    folder = path.parent
    tmp = folder / f".{path.name}.{secrets.token_hex(4)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except OSError as exc:
        raise handoff_error(exc, folder) from exc
    try:
        try:
            os.fchmod(fd, FILE_MODE)  # whatever the process umask: the clinic system's group reads it
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise handoff_error(exc, folder) from exc
    try:
        _fsync_folder(folder)
    except OSError as exc:
        _discard(path)
        raise handoff_error(exc, folder) from exc


def read_regular_file(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of ``path`` (one more than allowed tells "too large"), only if it
    is a regular file: a symlink is not followed, and a FIFO or device is never read (it could
    block forever or never end).

    :raises FileNotFoundError: no such file.
    :raises OSError: ``ELOOP`` for a symlink, ``EINVAL`` for anything but a regular file, and the
        ordinary read errors.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(65536, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory for fsync
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _DIR_FSYNC_UNSUPPORTED:
            raise
    finally:
        os.close(fd)


def _discard(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError as exc:  # nothing more can be done; the caller reports the first failure
        logger.error("could not remove %s: %s", path.name, exc)


def same_file_content(path: Path, data: bytes) -> bool:
    """True if ``path`` holds ``data``, False if it does not exist.

    :raises HandoffConflictError: it exists with other content.
    :raises HandoffError: it cannot be read.
    """
    try:
        existing = read_regular_file(path, len(data))  # a symlink, FIFO or endless file is never read
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise handoff_error(exc, path.parent) from exc
    if existing != data:
        raise HandoffConflictError(f"{path.name} exists with different content")
    return True


def _check_file_id(file_id: str) -> str:
    """:raises HandoffError: ``file_id`` could not name a file in the share."""
    if not FILE_ID_PATTERN.fullmatch(file_id):
        raise HandoffError("file_id must be 1-64 letters, digits, '-' or '_', not starting with a symbol")
    return file_id


class FolderResultSink:
    """:class:`~kiosk.reception.ports.ResultSink` writing ``<file_id>.xml`` and ``<file_id>.json``.

    Delivering the same result again is a no-op (files written by a call that failed half-way
    are completed); a different result under the same ``file_id`` raises
    :class:`HandoffConflictError` and leaves the existing files alone.

    :param results_dir: the shared folder; it must exist (it is never created, so a missing
        share is reported instead of filling the local disk).
    """

    def __init__(self, results_dir: Path | str) -> None:
        self.results_dir = Path(results_dir)

    def render(self, result: ReceptionResult) -> OutgoingResult:
        """The result's XML and JSON documents.

        :raises HandoffError: bad ``file_id`` or unrenderable result (``HANDOFF_FAILED``).
        """
        _check_file_id(result.file_id)
        try:
            return OutgoingResult(result.file_id, build_result_xml(result), build_result_json(result))
        except ValueError as exc:
            raise HandoffError(f"result cannot be rendered: {exc}") from exc

    def render_unconfirmed(self, failure: ReceptionFailure, institution_code: str) -> OutgoingResult:
        """The documents telling the clinic system a verified resident's qualification is unconfirmed.

        :raises HandoffError: the failure has no valid ``file_id``.
        """
        file_id = _check_file_id(failure.file_id or "")
        document = unconfirmed_document(failure, institution_code)
        return OutgoingResult(file_id, document_to_xml(document), document_to_json(document))

    def write(self, outgoing: OutgoingResult) -> DeliveredFiles:
        """Write both files, each atomically; on failure none written by this call remains.

        :raises HandoffError: bad ``file_id``, folder missing, not writable, disk full, or
            conflicting files.
        """
        _check_file_id(outgoing.file_id)
        contents = {"xml": outgoing.xml, "json": outgoing.json}
        paths = {kind: self.results_dir / f"{outgoing.file_id}.{kind}" for kind in contents}
        missing = [kind for kind in contents if not same_file_content(paths[kind], contents[kind])]
        written: list[Path] = []
        try:
            for kind in missing:
                write_file_atomically(paths[kind], contents[kind])
                written.append(paths[kind])
        except HandoffError:
            for path in written:
                _discard(path)
            raise
        if missing:
            logger.info("result %s delivered (%s)", outgoing.file_id, ", ".join(missing))
        return DeliveredFiles(xml=paths["xml"], json=paths["json"])

    def remove_stale_temp_files(self, file_id_prefix: str) -> list[str]:
        """Temp files that a crash left behind mid-write (``.<file_id>.<kind>.<random>.tmp``) for
        file ids starting with ``file_id_prefix`` (this kiosk's terminal id: another kiosk on the
        same share may be writing its own right now). Returns the names removed."""
        removed = []
        for path in self.results_dir.glob(f".{glob.escape(file_id_prefix)}*.tmp"):
            if TEMP_NAME.fullmatch(path.name) and path.is_file() and not path.is_symlink():
                _discard(path)
                removed.append(path.name)
        if removed:
            logger.warning("removed %d temp files left by an interrupted delivery", len(removed))
        return removed

    def deliver(self, result: ReceptionResult) -> DeliveredFiles:
        """:meth:`render` then :meth:`write`."""
        return self.write(self.render(result))
