"""Who is acting, and what they may touch. Every session carries its actor
(`Database.session(actor=…)`); the services look rows up through `find()` and list through
`mine()`, so ownership is enforced below the pages and the HTTP routes, for every verb.

- A user reaches their own objects. Another user's object is "not found", exactly as if it
  did not exist, so ids cannot be probed.
- Assistants shared with the team are readable (and usable in runs) by every user; only
  their owner or an admin may change them (anyone else gets a plain "read-only" error).
- Threads shared by link are read through `services/shares.py`, which checks the link.
- The engine's own work (runs, ingestion, retention) opens sessions without an actor and
  acts as SYSTEM. In single-user local mode the pages act as the local user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from services.errors import ForbiddenError, NotFoundError
from services.store.models import AssistantRow

LOCAL_USER = "user_local"


@dataclass(frozen=True)
class Actor:
    user_id: str
    role: str = "member"  # "member", "admin", or "system" (the engine itself)
    name: str | None = None
    email: str | None = None

    @property
    def is_system(self) -> bool:
        return self.role == "system"

    @property
    def is_admin(self) -> bool:
        return self.role in ("admin", "system")

    @property
    def label(self) -> str:
        return self.name or self.email or self.user_id


SYSTEM = Actor(user_id="system", role="system", name="Workbench")
LOCAL = Actor(user_id=LOCAL_USER, role="admin", name="Local user")


def actor_of(session: Session) -> Actor:
    actor: Actor = session.info.get("actor") or SYSTEM
    return actor


@contextmanager
def as_system(session: Session) -> Iterator[None]:
    """Act as the workbench itself for a moment (its own objects: the team's default
    assistant). Only services use this, never for a user's request as such."""
    before = session.info.get("actor")
    session.info["actor"] = SYSTEM
    try:
        yield
    finally:
        if before is None:
            session.info.pop("actor", None)
        else:
            session.info["actor"] = before


def owner_for(session: Session, owner: str | None = None) -> str:
    """The owner of an object made now: the acting user; for the engine's own writes, the
    `owner` it names (a run's output belongs to the thread's owner), else the local user."""
    actor = actor_of(session)
    if actor.is_system:
        return owner or LOCAL_USER
    return actor.user_id


def mine(session: Session, model: Any) -> list[Any]:
    """Conditions selecting the rows the actor may list: their own (assistants: also those
    shared with the team). Nothing is filtered for the engine."""
    actor = actor_of(session)
    if actor.is_system:
        return []
    if model is AssistantRow:
        return [or_(AssistantRow.owner == actor.user_id, AssistantRow.shared == "team")]
    return [model.owner == actor.user_id]


def find(
    session: Session, model: Any, object_id: str, kind: str, *scope: Any, write: bool = False
) -> Any:
    """The row with this id if the actor may read it (and, with `write`, change it);
    otherwise NotFoundError, or ForbiddenError for a team assistant they may only use."""
    row = session.scalar(select(model).where(model.id == object_id, *scope))
    if row is None:
        raise NotFoundError(kind, object_id)
    check(session, row, kind, write=write)
    return row


def check(session: Session, row: Any, kind: str, *, write: bool = False) -> None:
    actor = actor_of(session)
    if actor.is_system or row.owner == actor.user_id:
        return
    if isinstance(row, AssistantRow) and row.shared == "team":
        if not write or actor.is_admin:
            return
        raise ForbiddenError(
            f"The assistant '{row.name or row.id}' is shared with the team; only its owner or "
            "an admin can change or delete it. Make a copy of your own to change it."
        )
    raise NotFoundError(kind, row.id)
