"""Renderers of the admin page: the users table, the usage and storage charts (Plotly), what
is running now with a Stop button each, and the audit log."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import plotly.graph_objects as go
import streamlit as st

from services.admin import ActiveRun, AuditLog, Kernel, Series, Usage, UserUsage
from services.quotas import LABELS

MB = 1024 * 1024
LINES = 10  # users drawn on their own in the per-day chart
MEASURES = {"tokens": "Tokens", "cost_usd": "Estimated cost (USD)", "runs": "Runs"}


def when(stamp: int | None) -> str:
    return datetime.fromtimestamp(stamp, UTC).strftime("%Y-%m-%d %H:%M") if stamp else "never"


def users_table(rows: list[UserUsage], days: int) -> None:
    st.dataframe(
        [
            {
                "User": row.label,
                "Email": row.email or "",
                "Role": row.role,
                "Last seen (UTC)": when(row.last_seen_at),
                "Runs": row.runs,
                "Tokens": row.tokens,
                "Cost (USD)": row.cost_usd,
                "Storage (MB)": round(row.storage_bytes / MB, 3),
                "Own limits": ", ".join(f"{LABELS[k]}: {v:,}" for k, v in row.quotas.items()),
            }
            for row in rows
        ],
        hide_index=True,
        column_config={"Cost (USD)": st.column_config.NumberColumn(format="$%.4f")},
        key="admin-users",
    )
    st.caption(
        f"Runs, tokens and cost are of the last {days} days; cost is an estimate from the "
        "price table in the settings (providers bill the truth). Storage is the files kept now."
    )


def _values(series: Series, measure: str) -> list[int] | list[float]:
    values: list[int] | list[float] = getattr(series, measure)
    return values


def usage_charts(usage: Usage, measure: str) -> None:
    """Totals per user and per assistant (bars) and each user's use per day (lines)."""
    if not usage.per_user:
        st.info(f"No runs in the last {len(usage.days)} days.")
        return
    title = MEASURES[measure]
    for name, rows, key in (
        ("user", usage.per_user, "usage-per-user"),
        ("assistant", usage.per_assistant, "usage-per-assistant"),
    ):
        figure = go.Figure(
            go.Bar(
                x=[s.name for s in rows],
                y=[round(sum(_values(s, measure)), 6) for s in rows],
                name=title,
            )
        )
        figure.update_layout(title=f"{title} per {name}", yaxis_title=title)
        st.plotly_chart(figure, key=key)
    ranked = sorted(usage.per_user, key=lambda s: -sum(_values(s, measure)))
    lines = [(s.name, list(_values(s, measure))) for s in ranked[:LINES]]
    if rest := ranked[LINES:]:  # one line for everyone else keeps the chart readable
        others = [sum(_values(s, measure)[day] for s in rest) for day in range(len(usage.days))]
        lines.append(("Everyone else", others))
    daily = go.Figure(
        [go.Scatter(x=usage.days, y=y, name=name, mode="lines+markers") for name, y in lines]
    )
    daily.update_layout(title=f"{title} per day, by user", yaxis_title=title)
    st.plotly_chart(daily, key="usage-per-day")


def storage_chart(rows: list[UserUsage]) -> None:
    used = sorted((r for r in rows if r.storage_bytes), key=lambda r: -r.storage_bytes)
    if not used:
        st.info("Nobody keeps any files yet.")
        return
    figure = go.Figure(
        go.Bar(
            x=[r.label for r in used], y=[round(r.storage_bytes / MB, 3) for r in used], name="MB"
        )
    )
    figure.update_layout(title="Storage per user (MB)", yaxis_title="MB")
    st.plotly_chart(figure, key="storage-per-user")


def active_runs(runs: list[ActiveRun]) -> str | None:
    """The runs going now, each with a Stop button; the id of the run to stop, if clicked."""
    if not runs:
        st.caption("No runs going.")
    clicked = None
    for run in runs:
        left, right = st.columns([6, 1])
        left.write(
            f"**{run.owner_label}** · {run.assistant} · `{run.status}` · run `{run.id}` in "
            f"thread `{run.thread_id}` · started {when(run.started_at)} UTC"
        )
        if right.button("Stop", key=f"stop-run-{run.id}"):
            clicked = run.id
    return clicked


def kernels(items: list[Kernel]) -> str | None:
    """The code sessions open now, each with a Stop button; the thread to stop, if clicked."""
    if not items:
        st.caption("No code sessions open.")
    clicked = None
    for kernel in items:
        left, right = st.columns([6, 1])
        doing = "running code" if kernel.busy else f"idle {_duration(kernel.idle_seconds)}"
        left.write(f"**{kernel.owner_label}** · thread `{kernel.thread_id}` · {doing}")
        if right.button("Stop", key=f"stop-kernel-{kernel.thread_id}"):
            clicked = kernel.thread_id
    return clicked


def audit_table(log: AuditLog) -> None:
    if not log.entries:
        st.caption("Nothing logged yet.")
        return
    st.dataframe(
        [
            {
                "When (UTC)": when(e.at),
                "Who": e.actor_label,
                "Action": e.action,
                "Target": e.target or "",
                "Detail": json.dumps(e.detail, sort_keys=True) if e.detail else "",
            }
            for e in log.entries
        ],
        hide_index=True,
        key="admin-audit",
    )


def _duration(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"
