"""Users: the people who sign in (by OIDC, through Streamlit's `st.login`), the one local
user of single-user mode, and users named by email before their first sign-in (an API key
made for them). A user is found by their provider identity (issuer + subject); an email
row without one is claimed by the first sign-in with that email.

The first person to sign in, and everyone named in WORKBENCH_ADMIN_EMAILS, is an admin."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services import access, audit
from services.access import LOCAL_USER, Actor
from services.common import new_id, now
from services.errors import ForbiddenError, InvalidInputError, NotFoundError
from services.store.models import UserRow

SEEN_SECONDS = 300  # last_seen_at is written at most this often per user
ROLES = ("member", "admin")


@dataclass(frozen=True)
class User:
    id: str
    email: str | None
    name: str | None
    picture: str | None
    role: str
    issuer: str | None
    created_at: int
    last_seen_at: int | None
    quotas: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return self.name or self.email or self.id

    def actor(self) -> Actor:
        return Actor(user_id=self.id, role=self.role, name=self.name, email=self.email)


def sign_in(
    session: Session, claims: Mapping[str, Any], *, admin_emails: Iterable[str] = ()
) -> User:
    """The user these ID-token claims name (made on their first sign-in), with their name,
    email and picture refreshed. Needs `iss` and `sub`."""
    issuer, subject = str(claims.get("iss") or ""), str(claims.get("sub") or "")
    if not issuer or not subject:
        raise InvalidInputError("The sign-in did not say who you are (no 'iss' or 'sub' claim).")
    email = _email(claims.get("email"))
    admins = {e.strip().lower() for e in admin_emails if e.strip()}
    row = session.scalar(
        select(UserRow).where(UserRow.issuer == issuer, UserRow.subject == subject)
    )
    first = row is None
    if row is None and email:
        row = session.scalar(
            select(UserRow).where(UserRow.email == email, UserRow.subject.is_(None))
        )  # made for this email before (an API key): claim it
    if row is None:
        anyone = session.scalar(
            select(func.count()).select_from(UserRow).where(UserRow.id != LOCAL_USER,
                                                             UserRow.subject.is_not(None))
        )  # fmt: skip
        row = UserRow(
            id=new_id("user"), created_at=now(), quotas={},
            role="admin" if not anyone or email in admins else "member",
        )  # fmt: skip
        session.add(row)
    row.issuer, row.subject = issuer, subject
    row.email = email or row.email
    row.name = str(claims.get("name") or "").strip()[:256] or row.name
    picture = str(claims.get("picture") or "")
    row.picture = picture[:2048] if picture.startswith("https://") else row.picture
    if email in admins:
        row.role = "admin"
    stamp = now()
    if first or row.last_seen_at is None or stamp - row.last_seen_at >= SEEN_SECONDS:
        row.last_seen_at = stamp
        session.flush()
        audit.record(session, "user.signed_in", row.id, by=row.id, email=row.email,
                     issuer=issuer)  # fmt: skip
    session.flush()
    return _public(row)


def known(session: Session, issuer: str, subject: str) -> User | None:
    """A user already signed in recently by this identity (a read: no write per page view),
    or None when `sign_in` should run (first sign-in, or last seen a while ago)."""
    row = session.scalar(
        select(UserRow).where(UserRow.issuer == issuer, UserRow.subject == subject)
    )
    if row is None or row.last_seen_at is None or now() - row.last_seen_at >= SEEN_SECONDS:
        return None
    return _public(row)


def resolve(session: Session, who: str) -> User:
    """A user by id, or by email (a user is made for an email not seen before, to be
    claimed at their first sign-in). Used where an admin names a user (keys, quotas)."""
    who = (who or "").strip()
    if not who:
        raise InvalidInputError("Name the user: their email or user id.", param="user")
    if who.startswith("user_"):
        return get(session, who)
    email = _email(who)
    if not email:
        raise InvalidInputError(f"'{who}' is neither a user id nor an email.", param="user")
    row = session.scalar(select(UserRow).where(UserRow.email == email).order_by(UserRow.pk))
    if row is None:
        row = UserRow(id=new_id("user"), email=email, role="member", created_at=now(), quotas={})
        session.add(row)
        session.flush()
    return _public(row)


def get(session: Session, user_id: str) -> User:
    return _public(_row(session, user_id))


def list_users(*, session: Session) -> list[User]:
    _admin_only(session)
    return [_public(row) for row in session.scalars(select(UserRow).order_by(UserRow.pk))]


def names(session: Session, user_ids: Iterable[str]) -> dict[str, str]:
    """Display names of these users (for the admin page and shared views)."""
    ids = list(set(user_ids))
    rows = session.execute(
        select(UserRow.id, UserRow.name, UserRow.email).where(UserRow.id.in_(ids))
    ).all()
    return {row.id: row.name or row.email or row.id for row in rows}


def set_role(*, session: Session, user_id: str, role: str) -> User:
    _admin_only(session)
    if role not in ROLES:
        raise InvalidInputError(f"role must be one of {', '.join(ROLES)}.", param="role")
    row = _row(session, user_id)
    if row.role == "admin" and role != "admin":
        admins = session.scalar(
            select(func.count())
            .select_from(UserRow)
            .where(UserRow.role == "admin", UserRow.id != LOCAL_USER)
        )
        if (admins or 0) <= 1:
            raise InvalidInputError(
                "This is the last admin: make someone else an admin first, so the team keeps one."
            )
    row.role = role
    session.flush()
    audit.record(session, "admin.set_role", user_id, role=role)
    return _public(row)


def set_quotas(*, session: Session, user_id: str, quotas: Mapping[str, Any]) -> User:
    """Per-user overrides of the team's quotas (None or missing: the team default)."""
    from services.quotas import check_overrides

    _admin_only(session)
    row = _row(session, user_id)
    row.quotas = check_overrides(quotas)
    session.flush()
    audit.record(session, "admin.set_quotas", user_id, quotas=dict(row.quotas))
    return _public(row)


def _admin_only(session: Session) -> None:
    if not access.actor_of(session).is_admin:
        raise ForbiddenError("Only an admin can see or change users.")


def _row(session: Session, user_id: str) -> UserRow:
    row = session.scalar(select(UserRow).where(UserRow.id == user_id))
    if row is None:
        raise NotFoundError("user", user_id)
    return row


def _email(value: Any) -> str | None:
    text = str(value or "").strip().lower()
    return text[:320] if "@" in text else None


def _public(row: UserRow) -> User:
    return User(
        id=row.id, email=row.email, name=row.name, picture=row.picture, role=row.role,
        issuer=row.issuer, created_at=row.created_at, last_seen_at=row.last_seen_at,
        quotas=dict(row.quotas or {}),
    )  # fmt: skip
