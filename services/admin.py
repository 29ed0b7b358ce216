"""The admin's view of the team: each user's use (runs, tokens and estimated cost per user,
assistant and day; storage), what is running now (runs and code sessions) with a way to
stop it, and the audit log. Every function refuses anyone but an admin.

Use is summed in SQL, grouped by owner, assistant and UTC day, so the page costs one query
over the window's runs whatever the number of users and threads."""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services import access, audit, runs, users
from services.access import LOCAL_USER
from services.common import now
from services.errors import ForbiddenError, InvalidInputError, NotFoundError
from services.schemas import ACTIVE_RUN_STATUSES, Run
from services.store.models import AssistantRow, AuditRow, FileRow, RunRow, UserRow

if TYPE_CHECKING:
    from services.sandbox.pool import SandboxPool

DAY = 86_400
MAX_DAYS = 366
EPOCH = dt.date(1970, 1, 1)


@dataclass(frozen=True)
class UserUsage:
    """One user's row of the users table; runs, tokens and cost are within the window."""

    user_id: str
    label: str
    email: str | None
    role: str
    last_seen_at: int | None
    runs: int
    tokens: int
    cost_usd: float
    storage_bytes: int
    quotas: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Series:
    """Daily values of one user, one assistant, or everyone; aligned with `Usage.days`."""

    key: str
    name: str
    runs: list[int]
    tokens: list[int]
    cost_usd: list[float]

    @property
    def total_tokens(self) -> int:
        return sum(self.tokens)

    @property
    def total_cost_usd(self) -> float:
        return round(sum(self.cost_usd), 6)


@dataclass(frozen=True)
class Usage:
    days: list[str]  # ISO dates (UTC), oldest first, today last
    since: int  # the window's first second
    users: list[UserUsage]
    per_user: list[Series]  # users with runs in the window
    per_assistant: list[Series]
    per_day: Series  # everyone


@dataclass(frozen=True)
class ActiveRun:
    id: str
    thread_id: str
    owner: str | None
    owner_label: str
    assistant: str
    status: str
    started_at: int


@dataclass(frozen=True)
class Kernel:
    thread_id: str
    owner: str | None
    owner_label: str
    idle_seconds: int
    busy: bool


@dataclass(frozen=True)
class Active:
    runs: list[ActiveRun]
    kernels: list[Kernel]


@dataclass(frozen=True)
class AuditLine:
    at: int
    actor: str | None
    actor_label: str
    action: str
    target: str | None
    detail: dict[str, Any]


@dataclass(frozen=True)
class AuditLog:
    entries: list[AuditLine]  # newest first
    actions: list[str]  # every action in the log, for the filter


def usage(session: Session, *, days: int = 30) -> Usage:
    """Every user's use over the last `days` UTC days (today included), and the daily
    series per user, per assistant and for everyone."""
    _admin_only(session)
    if not 1 <= days <= MAX_DAYS:
        raise InvalidInputError(f"Choose between 1 and {MAX_DAYS} days.", param="days")
    first = _today() - days + 1
    since = first * DAY
    day = (RunRow.created_at // DAY).label("day")
    grouped = session.execute(
        select(
            RunRow.owner,
            RunRow.assistant_id,
            day,
            func.count(),
            func.sum(RunRow.usage["total_tokens"].as_integer()),
            func.sum(RunRow.cost["usd"].as_float()),
        )
        .where(RunRow.created_at >= since)
        .group_by(RunRow.owner, RunRow.assistant_id, day)
    ).all()
    by_user: dict[str, _Daily] = defaultdict(lambda: _Daily(days))
    by_assistant: dict[str, _Daily] = defaultdict(lambda: _Daily(days))
    everyone = _Daily(days)
    for owner, assistant_id, number, count, tokens, cost in grouped:
        index = min(max(int(number) - first, 0), days - 1)  # a clock skewed by a second
        for daily in (by_user[owner or ""], by_assistant[assistant_id], everyone):
            daily.add(index, count, int(tokens or 0), float(cost or 0.0))
    stored = {
        owner or "": int(total or 0)
        for owner, total in session.execute(
            select(FileRow.owner, func.sum(FileRow.bytes)).group_by(FileRow.owner)
        )
        .tuples()
        .all()
    }
    rows = list(session.scalars(select(UserRow).order_by(UserRow.pk)))
    labels = {row.id: row.name or row.email or row.id for row in rows}
    listed = [
        _user_usage(row.id, labels[row.id], by_user.get(row.id), stored.get(row.id, 0), row)
        for row in rows
        if row.id != LOCAL_USER or row.id in by_user or stored.get(row.id)
    ]  # the local user of single-user mode only where it was used
    for owner in sorted((set(by_user) | set(stored)) - set(labels)):  # no user row
        listed.append(
            _user_usage(owner, owner or "(no owner)", by_user.get(owner), stored.get(owner, 0))
        )
    names = _assistant_names(session, by_assistant)
    return Usage(
        days=[(EPOCH + dt.timedelta(days=first + i)).isoformat() for i in range(days)],
        since=since,
        users=listed,
        per_user=[
            daily.series(owner, labels.get(owner, owner or "(no owner)"))
            for owner, daily in sorted(by_user.items(), key=lambda item: -item[1].total_tokens)
        ],
        per_assistant=[
            daily.series(assistant_id, names.get(assistant_id) or f"{assistant_id} (deleted)")
            for assistant_id, daily in sorted(
                by_assistant.items(), key=lambda item: -item[1].total_tokens
            )
        ],
        per_day=everyone.series("all", "Everyone"),
    )


def active(session: Session, sandbox: SandboxPool) -> Active:
    """The runs not yet ended, oldest first, and the code sessions open now, most idle
    first."""
    _admin_only(session)
    rows = session.execute(
        select(
            RunRow.id,
            RunRow.thread_id,
            RunRow.owner,
            RunRow.assistant_id,
            RunRow.status,
            RunRow.started_at,
            RunRow.created_at,
        )
        .where(RunRow.status.in_(ACTIVE_RUN_STATUSES))
        .order_by(RunRow.created_at)
        .limit(1000)
    ).all()
    open_now = sandbox.sessions()
    labels = _labels(session, [r.owner for r in rows] + [s.owner for s in open_now])
    names = _assistant_names(session, {r.assistant_id for r in rows})
    clock = time.monotonic()
    kernels = [
        Kernel(
            thread_id=s.thread_id,
            owner=s.owner,
            owner_label=labels.get(s.owner or "", "—"),
            idle_seconds=max(0, int(clock - s.last_used)),
            busy=s.lock.locked(),
        )
        for s in open_now
    ]
    return Active(
        runs=[
            ActiveRun(
                id=r.id,
                thread_id=r.thread_id,
                owner=r.owner,
                owner_label=labels.get(r.owner or "", "—"),
                assistant=names.get(r.assistant_id) or r.assistant_id,
                status=r.status,
                started_at=r.started_at or r.created_at,
            )
            for r in rows
        ],
        kernels=sorted(kernels, key=lambda k: -k.idle_seconds),
    )


def stop_run(session: Session, run_id: str) -> Run:
    """Cancel any user's run (as their own cancel would), and log it."""
    _admin_only(session)
    row = session.scalar(select(RunRow).where(RunRow.id == run_id))
    if row is None:
        raise NotFoundError("run", run_id)
    with access.as_system(session):  # the run is another user's: the admin acts for the team
        run = runs.cancel(session=session, thread_id=row.thread_id, run_id=run_id)
    audit.record(session, "admin.stopped_run", run_id, owner=row.owner, thread=row.thread_id)
    return run


def stop_kernel(sandbox: SandboxPool, session: Session, thread_id: str) -> None:
    """Close a thread's code session (its variables are lost; the next code starts a fresh
    one), and log it. A cell running in it is interrupted first, so this does not wait for
    it to end."""
    _admin_only(session)
    found = sandbox.get(thread_id)
    if found is None:
        raise NotFoundError("code session", thread_id)
    if found.lock.locked():
        found.kernel.interrupt()
    sandbox.close_session(thread_id)
    audit.record(session, "admin.stopped_kernel", thread_id, owner=found.owner)


def audit_log(session: Session, *, action: str | None = None, limit: int = 200) -> AuditLog:
    """The newest audit entries (of one action, if given), with who did each by name."""
    _admin_only(session)
    entries = audit.entries(session=session, limit=limit, action=action or None)
    labels = _labels(session, [e.actor for e in entries])
    actions = list(session.scalars(select(AuditRow.action).distinct().order_by(AuditRow.action)))
    return AuditLog(
        entries=[
            AuditLine(
                at=e.at,
                actor=e.actor,
                actor_label=labels.get(e.actor or "", e.actor or "—"),
                action=e.action,
                target=e.target,
                detail=dict(e.detail or {}),
            )
            for e in entries
        ],
        actions=actions,
    )


class _Daily:
    """Runs, tokens and cost per day of the window, summed as the groups come in."""

    def __init__(self, days: int) -> None:
        self.runs = [0] * days
        self.tokens = [0] * days
        self.cost = [0.0] * days

    def add(self, index: int, runs: int, tokens: int, cost: float) -> None:
        self.runs[index] += runs
        self.tokens[index] += tokens
        self.cost[index] += cost

    @property
    def total_tokens(self) -> int:
        return sum(self.tokens)

    def series(self, key: str, name: str) -> Series:
        return Series(
            key=key,
            name=name,
            runs=list(self.runs),
            tokens=list(self.tokens),
            cost_usd=[round(c, 6) for c in self.cost],
        )


def _user_usage(
    user_id: str, label: str, daily: _Daily | None, storage: int, row: UserRow | None = None
) -> UserUsage:
    return UserUsage(
        user_id=user_id,
        label=label,
        email=row.email if row else None,
        role=row.role if row else "member",
        last_seen_at=row.last_seen_at if row else None,
        runs=sum(daily.runs) if daily else 0,
        tokens=daily.total_tokens if daily else 0,
        cost_usd=round(sum(daily.cost), 6) if daily else 0.0,
        storage_bytes=storage,
        quotas=dict(row.quotas or {}) if row else {},
    )


def _assistant_names(session: Session, ids: Iterable[str]) -> dict[str, str | None]:
    query = select(AssistantRow.id, AssistantRow.name).where(AssistantRow.id.in_(list(ids)))
    return dict(session.execute(query).tuples().all())


def _labels(session: Session, user_ids: list[str | None]) -> dict[str, str]:
    return users.names(session, [user_id for user_id in user_ids if user_id])


def _admin_only(session: Session) -> None:
    if not access.actor_of(session).is_admin:
        raise ForbiddenError("Only an admin can see the team's use, running work and audit log.")


def _today() -> int:
    return now() // DAY
