"""The audit log: sign-ins, shares, deletions, key creation and admin actions, each with
who did it (the session's actor), when, and to what. Written in the same transaction as
the change it records, so the log never claims what did not happen."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from services import access
from services.common import now
from services.errors import ForbiddenError
from services.store.models import AuditRow


@dataclass(frozen=True)
class Entry:
    at: int
    actor: str | None
    action: str
    target: str | None
    detail: dict[str, Any]


def record(
    session: Session,
    action: str,
    target: str | None = None,
    *,
    by: str | None = None,
    **detail: Any,
) -> None:
    """Log `action` on `target` by the session's actor (or `by`, a user id)."""
    session.add(
        AuditRow(
            at=now(),
            actor=by or access.actor_of(session).user_id,
            action=action,
            target=target,
            detail={k: v for k, v in detail.items() if v is not None},
        )
    )


def entries(
    *, session: Session, limit: int = 200, action: str | None = None, actor: str | None = None
) -> list[Entry]:
    """The newest entries first (admins only)."""
    if not access.actor_of(session).is_admin:
        raise ForbiddenError("Only an admin can read the audit log.")
    query = select(AuditRow).order_by(AuditRow.pk.desc()).limit(limit)
    if action:
        query = query.where(AuditRow.action == action)
    if actor:
        query = query.where(AuditRow.actor == actor)
    return [
        Entry(at=row.at, actor=row.actor, action=row.action, target=row.target, detail=row.detail)
        for row in session.scalars(query)
    ]
