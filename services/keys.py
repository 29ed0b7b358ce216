"""API keys of the HTTP API: made for a user, shown once, kept as a SHA-256 digest, revoked
by id. A key is 43 random URL-safe characters after `wb-`; with that much randomness a
plain hash is as strong as a slow one and lets every request be checked in one lookup."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from services import access, audit, users
from services.common import get_row, new_id, now
from services.errors import ForbiddenError, InvalidInputError, NotFoundError
from services.store.models import ApiKeyRow, UserRow

PREFIX = "wb-"
TOUCH_SECONDS = 60  # last_used_at is written at most this often per key


@dataclass(frozen=True)
class ApiKey:
    id: str
    user: str
    name: str | None
    hint: str  # "…" and the last 4 characters
    created_at: int
    last_used_at: int | None
    revoked_at: int | None
    role: str = "member"  # its user's role (found with the key, for the HTTP API)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create(
    *, session: Session, user: str | None = None, name: str | None = None
) -> tuple[ApiKey, str]:
    """A new key: its record and the key itself (never stored, shown once). It acts for the
    acting user; an admin (or the `workbench keys` command) may name another `user` by
    email or id (a user is made for an email not seen before)."""
    actor = access.actor_of(session)
    named = (user or "").strip()
    itself = named.lower() in ("", actor.user_id.lower(), (actor.email or "").lower())
    if itself and not actor.is_system:
        owner = actor.user_id
    elif not named:
        raise InvalidInputError("A key needs the user it acts for (their email).")
    elif not actor.is_admin:
        raise ForbiddenError("Only an admin can make a key for someone else.")
    else:
        owner = users.resolve(session, named).id
    secret = PREFIX + secrets.token_urlsafe(32)
    row = ApiKeyRow(
        id=new_id("key"),
        user=owner,
        name=(name or "").strip()[:256] or None,
        digest=digest(secret),
        hint="…" + secret[-4:],
        created_at=now(),
    )
    session.add(row)
    session.flush()
    audit.record(session, "key.created", row.id, user=owner, name=row.name)
    return _public(row), secret


def find(session: Session, secret: str) -> ApiKey | None:
    """The live key with this secret, or None (a read: any session will do)."""
    if not secret.startswith(PREFIX):
        return None
    found = session.execute(
        select(ApiKeyRow, UserRow.role)
        .outerjoin(UserRow, UserRow.id == ApiKeyRow.user)
        .where(ApiKeyRow.digest == digest(secret), ApiKeyRow.revoked_at.is_(None))
    ).first()
    return _public(found[0], found[1]) if found is not None else None


def stale(key: ApiKey) -> bool:
    """Whether the key's last use is worth writing down again (at most once a minute)."""
    return key.last_used_at is None or now() - key.last_used_at >= TOUCH_SECONDS


def touch(session: Session, key: ApiKey) -> None:
    session.execute(update(ApiKeyRow).where(ApiKeyRow.id == key.id).values(last_used_at=now()))


def authenticate(session: Session, secret: str) -> ApiKey | None:
    """The live key with this secret, noting that it was used (a writing session), or None."""
    found = find(session, secret)
    if found is not None and stale(found):
        touch(session, found)
    return found


def list_keys(*, session: Session, user: str | None = None) -> list[ApiKey]:
    """The acting user's keys (an admin's: everyone's, or `user`'s)."""
    actor = access.actor_of(session)
    query = select(ApiKeyRow).order_by(ApiKeyRow.pk)
    if not actor.is_admin:
        query = query.where(ApiKeyRow.user == actor.user_id)
    elif user is not None:
        query = query.where(ApiKeyRow.user == user)
    return [_public(row) for row in session.scalars(query)]


def revoke(*, session: Session, key_id: str) -> ApiKey:
    actor = access.actor_of(session)
    row = get_row(session, ApiKeyRow, key_id, "API key")
    if row.user != actor.user_id and not actor.is_admin:
        raise NotFoundError("API key", key_id)
    if row.revoked_at is None:
        row.revoked_at = now()
        session.flush()
        audit.record(session, "key.revoked", row.id, user=row.user)
    return _public(row)


def _public(row: ApiKeyRow, role: str | None = None) -> ApiKey:
    return ApiKey(
        id=row.id,
        user=row.user,
        name=row.name,
        hint=row.hint,
        created_at=row.created_at,
        last_used_at=row.last_used_at,
        revoked_at=row.revoked_at,
        role=role or "member",
    )
