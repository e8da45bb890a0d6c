"""Simulated card-management system for the counter (issue 5): one application per synthetic
resident, their 交付通知書 (QR text and a printed-card image), and their cards before 交付.

Every resident has an application whose 申請書ID is derived from the resident id (deterministic,
valid under the Luhn rule of ``kiosk.counter.applications``). Statuses (:data:`PRESET_STATUS`):
most cards are ``card-ready``; a few are still ``applied`` (the card has not arrived); one was
already handed over at another desk; one card was returned. Residents with a 顔認証マイナンバーカード
(``resident.face_card``) chose it on their application (``face_card_chosen``).

Thread-safe: one lock makes :meth:`SimulatedCardManagement.mark_handed_over` atomic within the
process (across processes the database decides; not here).
"""

from __future__ import annotations

import csv
import hashlib
import io
import threading
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from drivers.qr import render_qr
from kiosk.card.kenhojo import Sex
from kiosk.counter.applications import (
    Application,
    ApplicationStatus,
    UnknownApplicationError,
    make_application_id,
    may_hand_over,
    may_return,
    normalise_application_id,
)
from kiosk.counter.import_file import REQUIRED
from kiosk.counter.notice_qr import DEFAULT_MUNICIPALITY, make_notice_qr_text
from simulators.card.card import VirtualMyNumberCard
from simulators.card.images import CJK_FONTS
from simulators.card.personalise import card_for
from simulators.residents import Resident, all_residents

PRESET_STATUS: dict[str, ApplicationStatus] = {
    "R019": ApplicationStatus.APPLIED,
    "R027": ApplicationStatus.APPLIED,
    "R035": ApplicationStatus.APPLIED,
    "R020": ApplicationStatus.HANDED_OVER,
    "R021": ApplicationStatus.RETURNED,
}
EARLIER_DESK = "DESK-09"  # where the preset handed-over card went
NOTICE_SIZE = (1000, 640)  # width, height: a postcard-like card at ~7 px/mm


def application_id_for(resident_id: str) -> str:
    """The deterministic canonical 申請書ID of a synthetic resident's application."""
    digest = hashlib.sha256(f"申請書ID:{resident_id}".encode()).digest()
    return make_application_id(int.from_bytes(digest[:12], "big"))


def application_for(resident: Resident, status: ApplicationStatus | None = None) -> Application:
    return Application(
        application_id=application_id_for(resident.id),
        name=resident.name,
        address=resident.address,
        birth_date=resident.birth_date,
        sex=Sex(resident.sex),
        status=status or PRESET_STATUS.get(resident.id, ApplicationStatus.CARD_READY),
        face_card_chosen=resident.face_card,
        resident_id=resident.id,
    )


def applications_csv(residents: Iterable[Resident]) -> str:
    """The municipality's handover queue for ``residents`` as ``myna-kiosk applications import``
    reads it (``docs/applications-import.md``): each application as :func:`application_for` makes it."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow((*REQUIRED, "status"))
    for person in residents:
        application = application_for(person)
        writer.writerow((application.application_id, person.name, person.kana, f"{person.birth_date:%Y-%m-%d}",
                         person.address, person.sex, "true" if person.face_card else "false",
                         application.status.value))
    return out.getvalue()


class SimulatedCardManagement:
    """:class:`~kiosk.counter.applications.CardManagementService` over the synthetic residents.

    :param residents: default ``all_residents(today)``.
    :param statuses: per resident id, overriding :data:`PRESET_STATUS`.
    """

    def __init__(self, residents: Iterable[Resident] | None = None, *, today: date | None = None,
                 statuses: dict[str, ApplicationStatus] | None = None,
                 municipality_code: str = DEFAULT_MUNICIPALITY) -> None:
        people = tuple(residents if residents is not None else all_residents(today))
        overrides = statuses or {}
        self.municipality_code = municipality_code
        self._residents = {application_id_for(p.id): p for p in people}
        self._applications = {aid: application_for(p, overrides.get(p.id))
                              for aid, p in self._residents.items()}
        self._desks: dict[str, str] = {aid: EARLIER_DESK for aid, a in self._applications.items()
                                       if a.status is ApplicationStatus.HANDED_OVER}
        self._lock = threading.Lock()

    # -- the port --------------------------------------------------------------------------
    def find(self, application_id: str) -> Application:
        """:raises UnknownApplicationError: no such application.
        :raises ApplicationIdError: ``application_id`` is not a valid 申請書ID at all."""
        key = normalise_application_id(application_id)
        with self._lock:
            return self._get(key)

    def queue(self, status: ApplicationStatus | None = None) -> list[Application]:
        with self._lock:
            return [a for _, a in sorted(self._applications.items()) if status is None or a.status is status]

    def mark_handed_over(self, application_id: str, desk_id: str) -> None:
        key = normalise_application_id(application_id)
        with self._lock:
            application = self._get(key)
            if may_hand_over(key, application.status, self._desks.get(key), desk_id):
                self._applications[key] = replace(application, status=ApplicationStatus.HANDED_OVER)
                self._desks[key] = desk_id

    def mark_returned(self, application_id: str, desk_id: str) -> None:
        key = normalise_application_id(application_id)
        with self._lock:
            application = self._get(key)
            if may_return(key, application.status):
                self._applications[key] = replace(application, status=ApplicationStatus.RETURNED)
                self._desks[key] = desk_id

    def _get(self, key: str) -> Application:
        try:
            return self._applications[key]
        except KeyError:
            raise UnknownApplicationError(f"{key}: no such application") from None

    # -- simulator extras ------------------------------------------------------------------
    def desk_of(self, application_id: str) -> str | None:
        """The desk that handed the card over or took it back, if any."""
        with self._lock:
            return self._desks.get(normalise_application_id(application_id))

    def resident_of(self, application_id: str) -> Resident:
        key = normalise_application_id(application_id)
        with self._lock:
            self._get(key)
            return self._residents[key]

    def card_for(self, application_id: str) -> VirtualMyNumberCard:
        """The card waiting for this application, before 交付: no PIN set yet."""
        return card_for(self.resident_of(application_id), issued=False)

    def notice_text(self, application_id: str) -> str:
        """The QR payload printed on this application's 交付通知書."""
        return make_notice_qr_text(self.find(application_id), self.municipality_code)

    def notice_image(self, application_id: str) -> np.ndarray:
        """The 交付通知書 as printed (RGB, in memory only)."""
        return notice_image(self.find(application_id), self.municipality_code)


# -- printed 交付通知書 and camera views of it --------------------------------------------------------

def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    for path in CJK_FONTS:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default()


def notice_image(application: Application, municipality_code: str = DEFAULT_MUNICIPALITY) -> np.ndarray:
    """A white 交付通知書 card (H×W×3 RGB uint8) with the QR on the right and a few lines of text.

    The 申請書ID is printed hyphenated; the QR holds the payload of ``make_notice_qr_text``.
    """
    width, height = NOTICE_SIZE
    card = Image.new("RGB", NOTICE_SIZE, (255, 255, 255))
    draw = ImageDraw.Draw(card)
    draw.rectangle((6, 6, width - 7, height - 7), outline=(40, 40, 40), width=3)
    draw.text((40, 40), "個人番号カード 交付通知書", font=_font(40), fill=(0, 0, 0))
    lines = [f"{application.name} 様", "申請書ID", application.application_id,
             "本通知書・本人確認書類をお持ちの上、窓口へお越しください。"]
    for row, line in enumerate(lines):
        draw.text((40, 130 + row * 56), line, font=_font(28 if row < 3 else 20), fill=(0, 0, 0))
    qr = Image.fromarray(render_qr(make_notice_qr_text(application, municipality_code), module_px=8))
    card.paste(qr, (width - qr.width - 40, height - qr.height - 40))
    return np.asarray(card, dtype=np.uint8).copy()


def in_camera_frame(notice: np.ndarray, frame_size: tuple[int, int] = (1280, 720), *, scale: float = 0.6,
                    tilt: float = 0.0, rotation: float = 0.0, noise: float = 0.0, blur: int = 0,
                    brightness: float = 1.0, seed: int = 0) -> np.ndarray:
    """``notice`` held in front of a camera: scaled, rotated (degrees), tilted (0–0.3: one side
    further away), on a grey desk, with Gaussian noise (σ in grey levels), an odd ``blur`` kernel
    and a brightness factor. Deterministic for a given ``seed``. RGB uint8 ``frame_size`` (w, h)."""
    rng = np.random.default_rng(seed)
    fw, fh = frame_size
    h, w = notice.shape[:2]
    k = scale * min(fw / w, fh / h)
    cx, cy = fw / 2, fh / 2
    half = np.array([[-w, -h], [w, -h], [w, h], [-w, h]], dtype=np.float64) * k / 2
    half[[1, 2], 1] *= 1 - tilt  # the right edge recedes
    angle = np.deg2rad(rotation)
    turn = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    corners = (half @ turn.T + [cx, cy]).astype(np.float32)
    source = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(source, corners)
    frame = cv2.warpPerspective(notice, matrix, (fw, fh), flags=cv2.INTER_LINEAR,
                                borderMode=cv2.BORDER_CONSTANT, borderValue=(110, 105, 100))
    out = frame.astype(np.float32) * brightness
    if noise:
        out += rng.normal(0, noise, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    if blur:
        out = cv2.GaussianBlur(out, (blur | 1, blur | 1), 0)
    return out
