"""The intake's state machine (table: ``kiosk.application.table``), no Qt.

One staff member and one resident at a time, at the office or on an outreach visit
(:class:`~kiosk.application.records.IntakeMode`). The staff window and the resident's screen are two
views of this one machine. What is entered is checked in the event's handler, with the rules of
:mod:`kiosk.application.records`; the table's ``accepted`` guard then moves on, or the step stays
with the reason in ``message_code``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from kiosk.application import table
from kiosk.application.photo import PhotoCheck
from kiosk.application.records import (
    ApplicationError,
    ApplicationIdInvalidError,
    ApplicationQrError,
    BasicDetails,
    Delivery,
    IntakeMode,
    check_details,
    check_documents,
    check_email,
    documents_required,
)
from kiosk.application.table import IntakeEvent, IntakeState
from kiosk.clock import SYSTEM_CLOCK
from kiosk.counter.applications import ApplicationIdError, normalise_application_id
from kiosk.counter.notice_qr import NoticeQrError, parse_notice_qr
from kiosk.flow.engine import Effects, TableMachine


@dataclass
class IntakeContext:
    """One resident's intake; replaced (photo and all) when the flow returns to idle."""

    visit: int
    message_code: str = ""  # why the last entry was not taken ("" when it was)
    application_id: str | None = None
    details: BasicDetails | None = field(default=None, repr=False)
    email: str | None = field(default=None, repr=False)
    documents: tuple[str, ...] = ()
    delivery: Delivery | None = None
    guidance: PhotoCheck | None = None  # the newest frame's verdict, for the live guidance
    frames_judged: int = 0  # frames judged for the photo taken (or being taken)
    photo_jpeg: bytes | None = field(default=None, repr=False)  # taken, until stored
    record_id: str | None = None  # once stored
    staff_calls: int = 0  # 「係員を 呼ぶ」 taps on the resident's screen in this visit


class IntakeFlow(TableMachine[IntakeState, IntakeEvent, IntakeContext]):
    """An intake desk. ``mode`` decides whether identity documents are required (outreach);
    ``staff_id`` is recorded with every application taken."""

    INITIAL = IntakeState.IDLE
    QUIET = frozenset({IntakeEvent.PHOTO_GUIDANCE})

    def __init__(self, effects: Effects, *, mode: IntakeMode = IntakeMode.OFFICE, staff_id: str = "staff",
                 clock: Callable[[], datetime] = SYSTEM_CLOCK) -> None:
        self.mode = mode
        self.staff_id = staff_id
        self.clock = clock
        super().__init__(effects)

    def candidates(self, state: IntakeState, event: IntakeEvent) -> table.Candidates | None:
        return table.candidates(state, event)

    def new_context(self, visit: int) -> IntakeContext:
        return IntakeContext(visit=visit)

    def today(self) -> date:
        return self.clock().date()

    # -- how events change the context -----------------------------------------------------------
    @staticmethod
    def _take(ctx: IntakeContext, check: Callable[[], None]) -> None:
        """Run ``check`` (which stores what it accepts); a broken rule becomes ``message_code``."""
        try:
            check()
        except ApplicationError as error:
            ctx.message_code = error.code
        else:
            ctx.message_code = ""

    def _on_qr_read(self, ctx: IntakeContext, p: dict[str, Any]) -> None:
        def read() -> None:
            try:
                ctx.application_id = parse_notice_qr(p["text"]).application_id
            except NoticeQrError as exc:
                raise ApplicationQrError(exc.reason) from None
        self._take(ctx, read)

    def _on_id_typed(self, ctx: IntakeContext, p: dict[str, Any]) -> None:
        def typed() -> None:
            try:
                ctx.application_id = normalise_application_id(p["text"])
            except ApplicationIdError as exc:
                raise ApplicationIdInvalidError(exc.reason) from None
        self._take(ctx, typed)

    def _on_no_form(self, ctx: IntakeContext, p: dict[str, Any]) -> None:
        ctx.application_id, ctx.message_code = None, ""

    def _on_details_entered(self, ctx: IntakeContext, p: dict[str, Any]) -> None:
        def details() -> None:
            ctx.details = check_details(p["details"], with_application_id=ctx.application_id is not None,
                                        today=self.today())
        self._take(ctx, details)

    def _on_email_entered(self, ctx: IntakeContext, p: dict[str, Any]) -> None:
        def email() -> None:
            ctx.email = check_email(p["email"])
        self._take(ctx, email)

    def _on_email_skipped(self, ctx: IntakeContext, p: dict[str, Any]) -> None:
        ctx.email, ctx.message_code = None, ""

    def _on_documents_checked(self, ctx: IntakeContext, p: dict[str, Any]) -> None:
        def documents() -> None:
            ctx.documents = check_documents(p["documents"], required=documents_required(self.mode, None))
        self._take(ctx, documents)

    def _on_delivery_chosen(self, ctx: IntakeContext, p: dict[str, Any]) -> None:
        def delivery() -> None:
            chosen = Delivery(p["delivery"])
            if documents_required(self.mode, chosen):
                check_documents(ctx.documents, required=True)
            ctx.delivery = chosen
        self._take(ctx, delivery)

    def _on_photo_guidance(self, ctx: IntakeContext, p: dict[str, Any]) -> None:
        ctx.guidance = p["check"]
        ctx.frames_judged += 1

    def _on_photo_taken(self, ctx: IntakeContext, p: dict[str, Any]) -> None:
        ctx.photo_jpeg, ctx.guidance, ctx.message_code = p["photo"], p.get("check"), ""

    def _on_photo_failed(self, ctx: IntakeContext, p: dict[str, Any]) -> None:
        ctx.message_code = p["code"]

    def _on_photo_retake(self, ctx: IntakeContext, p: dict[str, Any]) -> None:
        ctx.photo_jpeg, ctx.guidance, ctx.frames_judged = None, None, 0

    def _on_saved(self, ctx: IntakeContext, p: dict[str, Any]) -> None:
        ctx.record_id, ctx.photo_jpeg, ctx.message_code = p["record_id"], None, ""

    def _on_save_failed(self, ctx: IntakeContext, p: dict[str, Any]) -> None:
        ctx.message_code = p["code"]

    def _on_call_staff(self, ctx: IntakeContext, p: dict[str, Any]) -> None:
        ctx.staff_calls += 1

    # -- guards --------------------------------------------------------------------------------------
    def _guard_accepted(self) -> bool:
        return not self.ctx.message_code

