"""Tables of the clinic database."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, Boolean, Column, DateTime, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Feedback(Base):
    """Whether an education answer helped. No free text and no conversation id: content
    review needs only the topic and the verdict."""

    __tablename__ = "feedback"

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    topic = Column(String(64), nullable=False, index=True)
    helpful = Column(Boolean, nullable=False)


class UrgentCase(Base):
    """A screening that ended in emergency or urgent advice, queued for the clinic.

    `answers` maps each screening question (slot name) to yes, no or unsure; `signs` lists
    the red-flag signs the patient reported in their own words."""

    __tablename__ = "urgent_cases"

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    conversation_id = Column(String(128), nullable=False, index=True)
    outcome = Column(String(16), nullable=False)
    answers = Column(JSON, nullable=False, default=dict)
    signs = Column(JSON, nullable=False, default=list)
    status = Column(String(16), nullable=False, default="new")
