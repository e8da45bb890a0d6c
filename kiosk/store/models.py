"""Tables of the reception store (product.md "Lines we never cross" 5 and 6; reception-and-counter-
flows.md §A3, §A4). ``migrations/versions`` creates exactly this schema; a test compares the two.

What is kept, and why — nothing else:

- ``reception_sessions``: one row per visit at a terminal, completed or failed: when, where, the
  method (顔認証 / 暗証番号 / 目視), the 資格有効性 code and the failure code, for the day's numbers and
  for linking consents. The card appears only as ``cert_hash``. Not kept: the 照会番号, the
  qualifications (保険者番号, 記号・番号, name, birth date) and the 処方箋 choice — the clinic system
  receives those in the result files (``ResultSink``) and the kiosk has no further use for them.
- ``consents``: what was agreed, when, until when (24 h, §A3), where and by which method (line 5).
- ``registrations``: a 健康保険証利用の初回登録 made during a visit.
- ``audit_events`` + ``audit_chain_head``: the append-only hash chain (line 6, ``kiosk.store.audit``).
- ``result_outbox``: a completed visit's result documents (XML and JSON, exactly as the clinic
  system receives them), written in the visit's own transaction and kept only until they are on
  the share: delivery empties the documents and keeps when it happened (issue 13 §2).

The municipal counter (product.md "The counter visit"; §B2–B4; ``kiosk.store.counter``, ``.staff``):

- ``staff``: counter accounts — id, the display label the desk and the statistics show, role, a
  salted scrypt credential (never the password), the lockout counter. Never deleted, only deactivated.
- ``handovers``: one row per attempt to hand over one application (交付): the 申請書ID (hyphenated),
  desk, staff, times, and the outcome: the card kind chosen, which PIN *kinds* were set (never
  values), whether the insurance registration was made in the same visit, or the failure code. A
  unique partial index allows one open or completed row per application across all desks.
- ``identity_checks``: the staff's decision for one attempt: document codes (list A/B), the face
  similarity score shown to them (no image, no template), who decided and when.

Not kept for the counter: the resident's name, address, birth date, My Number, PINs, photos —
except in the handover queue itself:

- ``applications`` (migration 0004, ``kiosk.store.applications``): the queue imported from the
  municipality's own system (docs/applications-import.md) — 申請書ID (hyphenated), name, name in
  kana, birth date, address, sex code, the face-card choice, the status, the desk that handed the
  card over or took it back, when the row was last imported and the SHA-256 of that file. It is the
  municipality's data for its counter; none of it goes into logs or audit events (ids and counts only).

Timestamps are stored in UTC and always come back timezone-aware.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

GENESIS_HASH = "0" * 64
HASH_LENGTH = 64

# Stable constraint names on every backend, so later migrations can name what they alter.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit identity.
Id = BigInteger().with_variant(Integer(), "sqlite")


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as UTC. SQLite has no time zones, so the value is stored
    as naive UTC there and given ``tzinfo=UTC`` back; naive input is refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the store needs timezone-aware timestamps")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ReceptionVisit(Base):
    __tablename__ = "reception_sessions"
    __table_args__ = (
        CheckConstraint("outcome IN ('completed', 'failed')", name="outcome"),
        CheckConstraint("(outcome = 'completed' AND failure_code IS NULL AND file_id IS NOT NULL)"
                        " OR (outcome = 'failed' AND failure_code IS NOT NULL)", name="outcome_fields"),
        CheckConstraint("method IN ('face', 'pin', 'staff')", name="method"),
        CheckConstraint("validity IN ('1', '2', '3', '4', '5')", name="validity"),
        CheckConstraint(f"length(cert_hash) = {HASH_LENGTH}", name="cert_hash"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    file_id: Mapped[str | None] = mapped_column(String(64), unique=True)  # names the result files
    terminal_id: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime())  # ReceptionResult has none
    ended_at: Mapped[datetime] = mapped_column(UtcDateTime())
    method: Mapped[str | None] = mapped_column(String(8))
    outcome: Mapped[str] = mapped_column(String(9))
    failure_code: Mapped[str | None] = mapped_column(String(64))
    cert_hash: Mapped[str | None] = mapped_column(String(HASH_LENGTH))
    validity: Mapped[str | None] = mapped_column(String(1))


class ConsentRecord(Base):
    __tablename__ = "consents"
    __table_args__ = (
        UniqueConstraint("session_id", "item"),  # one answer per screen per visit
        CheckConstraint("item IN ('medication', 'surgery', 'checkup', 'limit')", name="item"),
        CheckConstraint("method IN ('face', 'pin', 'staff')", name="method"),
        CheckConstraint("expires_at > at", name="expiry"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("reception_sessions.id"), index=True)
    item: Mapped[str] = mapped_column(String(16))
    agreed: Mapped[bool] = mapped_column(Boolean())
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
    terminal_id: Mapped[str] = mapped_column(String(64))
    method: Mapped[str] = mapped_column(String(8))


class Registration(Base):
    __tablename__ = "registrations"
    __table_args__ = (CheckConstraint(f"length(cert_hash) = {HASH_LENGTH}", name="cert_hash"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("reception_sessions.id"), unique=True)
    cert_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime())
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)


class AuditEvent(Base):
    """One link of the chain. ``data`` is canonical JSON of whitelisted string values."""

    __tablename__ = "audit_events"
    __table_args__ = (
        # The monthly dashboard (migration 0006, kiosk.store.monthly): a month's events of some names
        # per terminal, index-only.
        Index("ix_audit_events_event_at", "event", "at", "terminal_id"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    terminal_id: Mapped[str] = mapped_column(String(64))
    event: Mapped[str] = mapped_column(String(64))
    data: Mapped[str] = mapped_column(Text())
    prev_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    hash: Mapped[str] = mapped_column(String(HASH_LENGTH), unique=True)


class AuditChainHead(Base):
    """The single row every append locks (PostgreSQL ``FOR UPDATE``) and moves forward, so that
    appends from several desks form one chain, and removing the newest events is detectable."""

    __tablename__ = "audit_chain_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_id: Mapped[int | None] = mapped_column(BigInteger())
    last_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))


# --- the municipal counter (migration 0002) --------------------------------------------------------

# The one open or completed handover an application may have (kiosk.store.counter): a second desk's
# claim fails on this index, in the database, whichever process gets there second.
LIVE_HANDOVER = "state IN ('open', 'completed')"


class Staff(Base):
    __tablename__ = "staff"
    __table_args__ = (
        CheckConstraint("role IN ('counter', 'supervisor')", name="role"),
        CheckConstraint("failed_logins >= 0", name="failed_logins"),
    )

    staff_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(String(64))  # StaffMember.display_name
    role: Mapped[str] = mapped_column(String(10))
    credential: Mapped[str] = mapped_column(String(160))  # scrypt$n$r$p$salt$hash (kiosk.store.staff)
    active: Mapped[bool] = mapped_column(Boolean())
    failed_logins: Mapped[int] = mapped_column(Integer())  # consecutive, since the last success or lock
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Handover(Base):
    __tablename__ = "handovers"
    __table_args__ = (
        CheckConstraint("state IN ('open', 'completed', 'failed')", name="state"),
        CheckConstraint(
            "(state = 'open' AND ended_at IS NULL AND card_kind IS NULL AND registered IS NULL"
            " AND failure_code IS NULL)"
            " OR (state = 'completed' AND ended_at IS NOT NULL AND card_kind IS NOT NULL"
            " AND registered IS NOT NULL AND failure_code IS NULL)"
            " OR (state = 'failed' AND ended_at IS NOT NULL AND card_kind IS NULL AND registered IS NULL"
            " AND failure_code IS NOT NULL)", name="outcome_fields"),
        CheckConstraint("card_kind IN ('standard', 'face_auth')", name="card_kind"),
        CheckConstraint("card_kind IS NULL OR card_kind = 'standard' OR codes_set = ''",
                        name="face_auth_codes"),
        CheckConstraint("length(application_id) = 28", name="application_id"),
        Index("ix_handovers_live_application", "application_id", unique=True,
              sqlite_where=text(LIVE_HANDOVER), postgresql_where=text(LIVE_HANDOVER)),
        Index("ix_handovers_ended_at", "ended_at"),
        Index("ix_handovers_open_claimed_at", "claimed_at",
              sqlite_where=text("state = 'open'"), postgresql_where=text("state = 'open'")),
        # The monthly dashboard (migration 0005, kiosk.store.monthly): a month's handovers, index-only.
        Index("ix_handovers_completed_month", "ended_at", "desk_id", "registered", "card_kind", "application_id",
              sqlite_where=text("state = 'completed'"), postgresql_where=text("state = 'completed'")),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)  # the claim id
    application_id: Mapped[str] = mapped_column(String(28))  # 申請書ID, hyphenated
    desk_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.staff_id"))
    state: Mapped[str] = mapped_column(String(9))
    claimed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    card_kind: Mapped[str | None] = mapped_column(String(9))
    codes_set: Mapped[str] = mapped_column(String(64))  # PIN kinds set, comma-separated; never values
    registered: Mapped[bool | None] = mapped_column(Boolean())
    failure_code: Mapped[str | None] = mapped_column(String(64))


class IdentityCheckRecord(Base):
    __tablename__ = "identity_checks"
    __table_args__ = (
        CheckConstraint("decision IN ('confirmed', 'refused')", name="decision"),
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 1)", name="score"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id"), unique=True)  # one decision
    documents: Mapped[str] = mapped_column(String(160))  # document codes, comma-separated
    score: Mapped[float | None] = mapped_column(Float())  # face similarity shown to the staff, 0–1
    decision: Mapped[str] = mapped_column(String(9))
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.staff_id"))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime())


class OutboxEntry(Base):
    """One completed visit's result on its way to the clinic share. ``delivered_at`` is set only
    after both files are on the share; then the documents are emptied."""

    __tablename__ = "result_outbox"
    __table_args__ = (
        CheckConstraint("(delivered_at IS NULL AND xml IS NOT NULL AND json IS NOT NULL)"
                        " OR (delivered_at IS NOT NULL AND xml IS NULL AND json IS NULL)", name="documents"),
        Index("ix_result_outbox_pending", "id", sqlite_where=text("delivered_at IS NULL"),
              postgresql_where=text("delivered_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    file_id: Mapped[str] = mapped_column(ForeignKey("reception_sessions.file_id"), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    attempts: Mapped[int] = mapped_column(Integer(), default=0)
    last_error: Mapped[str | None] = mapped_column(String(64))  # an error code, never content
    xml: Mapped[bytes | None] = mapped_column(LargeBinary())
    json: Mapped[bytes | None] = mapped_column(LargeBinary())


# --- the imported handover queue (migration 0004) --------------------------------------------------

APPLICATION_STATUSES = ("applied", "card-ready", "handed-over", "returned")


class ApplicationRow(Base):
    __tablename__ = "applications"
    __table_args__ = (
        CheckConstraint("status IN ('applied', 'card-ready', 'handed-over', 'returned')", name="status"),
        CheckConstraint("(status IN ('applied', 'card-ready') AND desk_id IS NULL)"
                        " OR (status IN ('handed-over', 'returned') AND desk_id IS NOT NULL)", name="desk"),
        CheckConstraint("sex IN ('1', '2', '9')", name="sex"),
        CheckConstraint("length(application_id) = 28", name="application_id"),
        CheckConstraint(f"length(source_digest) = {HASH_LENGTH}", name="source_digest"),
        Index("ix_applications_status", "status"),
        Index("ix_applications_received_on", "received_on"),
        Index("ix_applications_preissuance_set_on", "preissuance_set_on"),
        Index("ix_applications_notice_sent_on", "notice_sent_on"),
    )

    application_id: Mapped[str] = mapped_column(String(28), primary_key=True)  # 申請書ID, hyphenated
    name: Mapped[str] = mapped_column(String(100))
    name_kana: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date] = mapped_column(Date())
    address: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(1))
    face_card: Mapped[bool] = mapped_column(Boolean())
    status: Mapped[str] = mapped_column(String(11))
    desk_id: Mapped[str | None] = mapped_column(String(64))  # who handed the card over or took it back
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime())  # the last import that wrote the row
    source_digest: Mapped[str] = mapped_column(String(HASH_LENGTH))  # SHA-256 of that file
    # Issuance dates from the municipality's export (migration 0005; docs/applications-import.md), None
    # when not given: seed 004's ①②③ on the monthly dashboard (kiosk.store.monthly).
    received_on: Mapped[date | None] = mapped_column(Date())  # 交付申請受付日
    preissuance_set_on: Mapped[date | None] = mapped_column(Date())  # 交付前設定日
    notice_sent_on: Mapped[date | None] = mapped_column(Date())  # 交付通知書送付日
