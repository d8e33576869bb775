"""The audit trail of the portal: who looked at or changed which record."""
from __future__ import annotations

from typing import Optional

from sqlalchemy.orm import Session

from clinic.models import AuditLog


def record(
    session: Session, actor: str, action: str, item_type: Optional[str] = None, item_id: Optional[int] = None, **detail
) -> None:
    """Add an audit row. `detail` must hold ids and codes only, never patient details,
    because the audit log is kept longer than the records it describes."""
    session.add(AuditLog(actor=actor[:254], action=action, item_type=item_type, item_id=item_id, detail=detail))
