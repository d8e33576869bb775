"""Tables of the clinic database. Change them only together with a migration in
clinic/migrations/versions (`make migration MSG="..."`)."""
from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import declarative_base, relationship

from clinic.crypto import Encrypted
from clinic.timeutil import utcnow

# Stable constraint names, so migrations can alter them on SQLite and PostgreSQL alike.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
Base = declarative_base(metadata=MetaData(naming_convention=NAMING))

# Status of an item in the staff queue.
NEW, ACKNOWLEDGED, RESOLVED = "new", "acknowledged", "resolved"


class Feedback(Base):
    """Whether an education answer helped. No free text and no conversation id: content
    review needs only the topic and the verdict."""

    __tablename__ = "feedback"

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    topic = Column(String(64), nullable=False, index=True)
    helpful = Column(Boolean, nullable=False)


class QueueItem:
    """Columns shared by everything staff work through: urgent cases, bookings, callbacks.

    `transcript` is the conversation up to the moment the item was made, as a list of
    {"by": "patient"|"assistant", "text": ..., "at": ISO time}, so staff see what was said
    even after the chat history is rotated."""

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    conversation_id = Column(String(128), nullable=False, index=True)
    transcript = Column(Encrypted, nullable=True)
    status = Column(String(16), nullable=False, default=NEW, index=True)
    acknowledged_at = Column(DateTime(timezone=True))
    acknowledged_by = Column(String(128))
    resolved_at = Column(DateTime(timezone=True))
    resolved_by = Column(String(128))


class Contact:
    """Contact details, encrypted at rest with DATA_ENCRYPTION_KEY."""

    name = Column(Encrypted)
    phone = Column(Encrypted)
    email = Column(Encrypted)
    reason = Column(Encrypted)
    consent_at = Column(DateTime(timezone=True))


class UrgentCase(QueueItem, Base):
    """A screening that ended in emergency or urgent advice, queued for the clinic.

    `answers` maps each screening question (slot name) to yes, no or unsure; `signs` lists
    the red-flag signs the patient reported in their own words."""

    __tablename__ = "urgent_cases"

    outcome = Column(String(16), nullable=False)
    answers = Column(JSON, nullable=False, default=dict)
    signs = Column(JSON, nullable=False, default=list)


class AppointmentSlot(Base):
    """A bookable time. Created from the opening hours by `make slots` or the portal."""

    __tablename__ = "appointment_slots"
    __table_args__ = (UniqueConstraint("starts_at", "clinician"),)

    id = Column(Integer, primary_key=True)
    starts_at = Column(DateTime(timezone=True), nullable=False, index=True)
    ends_at = Column(DateTime(timezone=True), nullable=False)
    clinician = Column(String(128), nullable=False, default="")
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)

    booking = relationship("Booking", back_populates="slot", uselist=False)


class Booking(QueueItem, Contact, Base):
    """An appointment. `slot_id` is unique, so the database itself refuses a second booking
    of one slot; cancelling clears it (keeping `starts_at`) and frees the slot."""

    __tablename__ = "bookings"

    reference = Column(String(16), nullable=False, unique=True)
    slot_id = Column(Integer, ForeignKey("appointment_slots.id"), unique=True)
    starts_at = Column(DateTime(timezone=True), nullable=False)
    cancelled_at = Column(DateTime(timezone=True))

    slot = relationship("AppointmentSlot", back_populates="booking")

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None


class CallbackRequest(QueueItem, Contact, Base):
    """A request for a staff member to call or email the patient back.

    `due_by` is when the patient was told to expect contact: soon during opening hours,
    otherwise the next opening time."""

    __tablename__ = "callback_requests"

    reference = Column(String(16), nullable=False, unique=True)
    during_hours = Column(Boolean, nullable=False)
    due_by = Column(DateTime(timezone=True), nullable=False)


class StaffUser(Base):
    __tablename__ = "staff_users"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), nullable=False, unique=True)
    password_hash = Column(String(255), nullable=False)
    active = Column(Boolean, nullable=False, default=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_login_at = Column(DateTime(timezone=True))


class AuditLog(Base):
    """Who did what to which record. Never holds patient details, only ids."""

    __tablename__ = "audit_log"

    id = Column(Integer, primary_key=True)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    actor = Column(String(254), nullable=False)
    action = Column(String(64), nullable=False)
    item_type = Column(String(32))
    item_id = Column(Integer)
    detail = Column(JSON, nullable=False, default=dict)


class OutboxMessage(Base):
    """A notification to staff, written in the same transaction as the record it is about,
    and delivered by the notification worker (clinic/notify.py) until it succeeds.

    One row per record and channel (`email` or `webhook`); the unique key stops a record
    from being queued twice."""

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("event", "item_type", "item_id", "channel"),
        Index("ix_outbox_due", "status", "next_attempt_at"),
    )

    PENDING, SENT, FAILED = "pending", "sent", "failed"

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    event = Column(String(32), nullable=False)
    item_type = Column(String(32), nullable=False)
    item_id = Column(Integer, nullable=False)
    channel = Column(String(16), nullable=False)
    status = Column(String(16), nullable=False, default=PENDING)
    attempts = Column(Integer, nullable=False, default=0)
    next_attempt_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    claimed_until = Column(DateTime(timezone=True))
    sent_at = Column(DateTime(timezone=True))
    last_error = Column(Text)
