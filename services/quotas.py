"""Per-user quotas: runs per minute, concurrent runs, concurrent kernels, tokens per day and
storage. The team's defaults come from the settings (the engine puts them in every
session's `info["quotas"]`); an admin may override any of them per user (`users.quotas`).
0 means no limit. A user at a limit gets a QuotaExceededError naming the limit, their use,
and when it frees up; the check reads only that user's rows, so nobody else waits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.common import now
from services.errors import InvalidInputError, QuotaExceededError
from services.schemas import ACTIVE_RUN_STATUSES
from services.store.models import FileRow, RunRow, UserRow

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    runs_per_minute: int = 0
    concurrent_runs: int = 0
    concurrent_kernels: int = 0
    tokens_per_day: int = 0
    storage_mb: int = 0

    @classmethod
    def from_settings(cls, settings: Any) -> Limits:
        return cls(
            runs_per_minute=settings.quota_runs_per_minute,
            concurrent_runs=settings.quota_concurrent_runs,
            concurrent_kernels=settings.sandbox_max_kernels_per_owner,
            tokens_per_day=settings.quota_tokens_per_day,
            storage_mb=settings.quota_storage_mb,
        )


NAMES = tuple(asdict(Limits()))
LABELS = {
    "runs_per_minute": "runs per minute",
    "concurrent_runs": "runs at once",
    "concurrent_kernels": "code sessions at once",
    "tokens_per_day": "tokens per day",
    "storage_mb": "storage (MB)",
}


def check_overrides(values: Mapping[str, Any]) -> dict[str, int]:
    """A user's overrides: known names, whole numbers ≥ 0 (None or "" drops an override)."""
    found: dict[str, int] = {}
    for name, value in values.items():
        if name not in NAMES:
            raise InvalidInputError(f"Unknown quota '{name}'; the quotas are {', '.join(NAMES)}.")
        if value is None or value == "":
            continue
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise InvalidInputError(f"The quota {name} must be a whole number.") from None
        if number < 0:
            raise InvalidInputError(f"The quota {name} cannot be negative (0: no limit).")
        found[name] = number
    return found


def limits_for(session: Session, user_id: str | None) -> Limits:
    """The team's limits with this user's overrides."""
    team: Limits = session.info.get("quotas") or Limits()
    if user_id is None:
        return team
    overrides = session.scalar(select(UserRow.quotas).where(UserRow.id == user_id))
    return replace(team, **overrides) if overrides else team


@dataclass(frozen=True)
class Usage:
    runs_last_minute: int
    active_runs: int
    tokens_today: int
    storage_bytes: int


def usage(session: Session, user_id: str) -> Usage:
    stamp = now()
    return Usage(
        runs_last_minute=_started_since(session, user_id, stamp - 60)[0],
        active_runs=_active_runs(session, user_id),
        tokens_today=tokens_since(session, user_id, _midnight(stamp)),
        storage_bytes=storage(session, user_id),
    )


def _active_runs(session: Session, user_id: str) -> int:
    active = (RunRow.owner == user_id, RunRow.status.in_(ACTIVE_RUN_STATUSES))
    return session.scalar(select(func.count()).select_from(RunRow).where(*active)) or 0


def _started_since(session: Session, user_id: str, since: int) -> tuple[int, int | None]:
    """(how many runs the user started after `since`, when the first of them started)."""
    count, first = session.execute(
        select(func.count(), func.min(RunRow.created_at)).where(
            RunRow.owner == user_id, RunRow.created_at > since
        )
    ).one()
    return count or 0, first


def tokens_since(session: Session, user_id: str, since: int) -> int:
    rows = session.scalars(
        select(RunRow.usage).where(RunRow.owner == user_id, RunRow.created_at >= since)
    )
    return sum(int((u or {}).get("total_tokens") or 0) for u in rows)


def storage(session: Session, user_id: str) -> int:
    total = session.scalar(select(func.sum(FileRow.bytes)).where(FileRow.owner == user_id))
    return int(total or 0)


def check_run(session: Session, user_id: str | None) -> None:
    """Refuse a new run of this user's when one of their run limits is reached."""
    if user_id is None:
        return
    limits = limits_for(session, user_id)
    stamp = now()
    if limits.concurrent_runs:
        active = _active_runs(session, user_id)
        if active >= limits.concurrent_runs:
            raise QuotaExceededError(
                f"You have {active} runs going, your limit of runs at once "
                f"({limits.concurrent_runs}). It frees up as soon as one of them ends (or you "
                "cancel one).",
                limit="concurrent_runs",
            )
    if limits.runs_per_minute:
        recent, first = _started_since(session, user_id, stamp - 60)
        if recent >= limits.runs_per_minute and first is not None:
            wait = max(1, first + 60 - stamp + 1)
            raise QuotaExceededError(
                f"You started {recent} runs in the last minute, your limit of runs per "
                f"minute ({limits.runs_per_minute}). Try again in {wait} s.",
                limit="runs_per_minute",
                retry_after=wait,
            )
    if limits.tokens_per_day:
        midnight = _midnight(stamp)
        used = tokens_since(session, user_id, midnight)
        if used >= limits.tokens_per_day:
            wait = midnight + 86_400 - stamp
            raise QuotaExceededError(
                f"You used {used:,} tokens today, your daily limit of {limits.tokens_per_day:,}. "
                f"It resets at midnight UTC, in {_duration(wait)}.",
                limit="tokens_per_day",
                retry_after=wait,
            )


def check_storage(session: Session, user_id: str, adding: int) -> None:
    """Refuse a file that would take this user past their storage limit."""
    limit = limits_for(session, user_id).storage_mb
    if not limit:
        return
    used = storage(session, user_id)
    if used + adding > limit * MB:
        raise QuotaExceededError(
            f"This file ({_mb(adding)}) would take your storage to {_mb(used + adding)}, over "
            f"your limit of {limit:,} MB (you use {_mb(used)}). Delete files or threads you no "
            "longer need to free space, or ask an admin to raise your limit.",
            limit="storage_mb",
        )


def kernel_limit(session: Session, user_id: str | None) -> int | None:
    """How many code sessions this user may hold at once (None: the pool's own cap)."""
    if user_id is None:
        return None
    return limits_for(session, user_id).concurrent_kernels or None


def _midnight(stamp: int) -> int:
    day = dt.datetime.fromtimestamp(stamp, dt.UTC).date()
    return int(dt.datetime.combine(day, dt.time(), dt.UTC).timestamp())


def _mb(size: int) -> str:
    return f"{size / MB:,.1f} MB"


def _duration(seconds: int) -> str:
    hours, rest = divmod(max(0, seconds), 3600)
    return f"{hours} h {rest // 60} min" if hours else f"{rest // 60} min"
