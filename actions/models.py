"""Tables of the clinic database."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Boolean, Column, DateTime, Integer, String
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
