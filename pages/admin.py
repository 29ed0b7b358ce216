"""Admin: every user's use (runs, tokens, estimated cost, storage) with their role and own
limits, usage charts per user, assistant and day, what is running now with a way to stop
it, and the audit log. Only admins reach it; app.py lists it only for them."""

import streamlit as st

from components import admin as view
from services import admin, quotas, users
from services.errors import WorkbenchError
from workbench import get_engine, signed_in

engine = get_engine()
me = signed_in()
if not me.is_admin:  # reached by URL
    st.warning("Only admins can see this page.")
    st.stop()
state = st.session_state
st.title("Admin")
if notice := state.pop("admin-notice", None):
    st.success(notice)


def done(message: str) -> None:
    state["admin-notice"] = message
    st.rerun()


days = st.selectbox(
    "Period", [7, 30, 90, 365], index=1, format_func=lambda d: f"Last {d} days", key="admin-days"
)
with engine.db.reader(me) as session:
    use = admin.usage(session, days=days)
    running = admin.active(session, engine.sandbox)
    log = admin.audit_log(session, action=state.get("admin-action") or None)
    team = quotas.limits_for(session, None)

users_tab, usage_tab, storage_tab, active_tab, audit_tab = st.tabs(
    ["Users", "Usage", "Storage", "Active now", "Audit log"]
)

with users_tab:
    view.users_table(use.users, days)
    st.subheader("Role and own limits")
    labels = {u.user_id: u.label for u in use.users}
    if not labels:
        st.info("No users yet.")
    else:
        who = st.selectbox("User", list(labels), format_func=labels.__getitem__, key="admin-user")
        user = next(u for u in use.users if u.user_id == who)
        with st.form(f"limits-{who}"):
            yourself = who == me.user_id
            role = st.selectbox(
                "Role", users.ROLES, index=users.ROLES.index(user.role), key=f"role-{who}",
                disabled=yourself,
                help="Not your own: so the team always keeps an admin." if yourself else None,
            )  # fmt: skip
            limits = {
                name: st.number_input(
                    f"{quotas.LABELS[name].capitalize()} (empty: the team's "
                    f"{getattr(team, name) or 'no limit'}; 0: no limit)",
                    min_value=0,
                    step=1,
                    value=user.quotas.get(name),
                    key=f"quota-{who}-{name}",
                )
                for name in quotas.NAMES
            }
            if st.form_submit_button("Save"):
                try:
                    with engine.db.session(me) as session:
                        if role != user.role:
                            users.set_role(session=session, user_id=who, role=role)
                        if limits != {n: user.quotas.get(n) for n in quotas.NAMES}:
                            users.set_quotas(session=session, user_id=who, quotas=limits)
                except WorkbenchError as error:
                    st.error(f"{user.label}'s role and limits were not saved: {error.message}")
                else:
                    done(f"Saved {user.label}'s role and limits.")

with usage_tab:
    measure = st.radio(
        "Show", list(view.MEASURES), format_func=view.MEASURES.__getitem__, horizontal=True,
        key="admin-measure",
    )  # fmt: skip
    view.usage_charts(use, measure)

with storage_tab:
    view.storage_chart(use.users)

with active_tab:
    st.subheader("Runs")
    if run_id := view.active_runs(running.runs):
        try:
            with engine.db.session(me) as session:
                admin.stop_run(session, run_id)
        except WorkbenchError as error:
            st.error(f"Run {run_id} was not stopped: {error.message}")
        else:
            done(f"Asked run {run_id} to stop.")
    st.subheader("Code sessions")
    if thread_id := view.kernels(running.kernels):
        try:
            with engine.db.session(me) as session:
                admin.stop_kernel(engine.sandbox, session, thread_id)
        except WorkbenchError as error:
            st.error(f"The code session of thread {thread_id} was not stopped: {error.message}")
        else:
            done(f"Closed the code session of thread {thread_id}.")

with audit_tab:
    st.selectbox(
        "Action", [""] + log.actions, format_func=lambda a: a or "All actions", key="admin-action"
    )
    view.audit_table(log)
