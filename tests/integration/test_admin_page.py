"""The admin page (AppTest with sign-in configured, a real engine and SQLite): each user's
runs, tokens, estimated cost and storage; the usage charts per user, assistant and day;
stopping another user's run and code session; a user's own limits saved on the page; the
audit log; and members kept out. Then the admin services refuse a member."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from services import admin, assistants, audit, quotas, shares, threads, users
from services.access import LOCAL
from services.common import new_id, now
from services.errors import ForbiddenError, InvalidInputError
from services.store.models import AuditRow, RunRow
from tests.integration.pages import AUTH, actor_of, person, signed_in_app

ROOT = Path(__file__).resolve().parents[2]
DAY = 86_400
SLOW_CELL = "import time\ntime.sleep(60)"
ANA_CSV = b"region,sales\n" + b"north,10\n" * 1000  # 9,013 bytes
BO_CSV = b"a,b\n" + b"1,2\n" * 50_000  # 200,004 bytes
pytestmark = pytest.mark.filterwarnings("ignore:.*deprecated:DeprecationWarning")


ANA, BO = person("1", "Ana"), person("2", "Bo")


def app(user: dict, *, page: str | None = "pages/admin.py") -> AppTest:
    return signed_in_app(user, page=page)


@pytest.fixture
def engine(app_settings):
    from workbench import get_engine

    app_settings()
    return get_engine()


def add_run(session, thread_id, assistant_id, owner, *, at, tokens=None, usd=None,
            status="completed") -> str:  # fmt: skip
    """A run row as the engine leaves it (usage and estimated cost), written directly."""
    run_id = new_id("run")
    session.add(
        RunRow(
            id=run_id, thread_id=thread_id, assistant_id=assistant_id, owner=owner,
            created_at=at, started_at=at, status=status, model_backend="offline",
            model="analyst", tools=[], tool_choice="auto",
            truncation_strategy={"type": "auto", "last_messages": None},
            usage=None if tokens is None else {
                "total_tokens": tokens, "prompt_tokens": tokens - 100, "completion_tokens": 100,
            },
            cost=None if usd is None else {"usd": usd, "container_sessions": 0, "priced": True},
        )
    )  # fmt: skip
    return run_id


@pytest.fixture
def team(engine):
    """Ana (the first user: admin) and Bo (member), their threads, runs of two assistants
    over two days (and one 40 days ago), one run of Bo's still going, files and a share."""
    ana, bo = actor_of(engine, ANA), actor_of(engine, BO)
    today = now() // DAY * DAY + 1
    with engine.db.session() as session:
        analyst, forecaster = (
            assistants.create(session=session, model_backend="offline", model="analyst",
                              name=name, shared="team").id
            for name in ("Analyst", "Forecaster")
        )  # fmt: skip
    with engine.db.session(ana) as session:
        mine = threads.create(session=session, messages=[{"content": "Sales?"}]).id
        engine.files.put(session=session, data=ANA_CSV, filename="sales.csv")
    with engine.db.session(bo) as session:
        his = threads.create(session=session, messages=[{"content": "Costs?"}]).id
        engine.files.put(session=session, data=BO_CSV, filename="costs.csv")
        shares.share(session=session, thread_id=his)
    with engine.db.session() as session:
        add_run(session, mine, analyst, ana.user_id, at=today, tokens=1000, usd=0.01)
        add_run(session, mine, forecaster, ana.user_id, at=today - DAY, tokens=500, usd=0.005)
        add_run(session, mine, analyst, ana.user_id, at=today - 40 * DAY, tokens=9999, usd=1.0)
        add_run(session, his, analyst, bo.user_id, at=today + 100, tokens=300, usd=0.003)
        going = add_run(session, his, analyst, bo.user_id, at=today, status="in_progress")
    return {"ana": ana, "bo": bo, "bo_thread": his, "going": going}


def charts(at: AppTest) -> dict[str, list[dict]]:
    """Each Plotly chart's traces, by the chart's title."""
    found = {}
    for chart in at.get("plotly_chart"):
        spec = json.loads(chart.proto.spec)
        found[spec["layout"]["title"]["text"]] = spec["data"]
    return found


def pairs(trace: dict) -> dict:
    return dict(zip(trace["x"], trace["y"], strict=True))


def test_an_admin_sees_each_users_runs_tokens_cost_and_storage(engine, team):
    at = app(ANA)
    assert not at.exception
    assert [t.value for t in at.title] == ["Admin"]
    table = at.dataframe[0].value.set_index("User")
    assert table.loc["Ana", ["Role", "Runs", "Tokens"]].tolist() == ["admin", 2, 1500]
    assert table.loc["Bo", ["Role", "Runs", "Tokens"]].tolist() == ["member", 2, 300]
    assert table.loc["Ana", "Cost (USD)"] == pytest.approx(0.015)
    assert table.loc["Bo", "Cost (USD)"] == pytest.approx(0.003)
    assert table.loc[["Ana", "Bo"], "Storage (MB)"].tolist() == [0.009, 0.191]  # see the CSVs
    assert table.loc["Bo", "Email"] == "bo@example.com"

    shown = charts(at)
    assert pairs(shown["Tokens per user"][0]) == {"Ana": 1500, "Bo": 300}
    assert pairs(shown["Tokens per assistant"][0]) == {"Analyst": 1300, "Forecaster": 500}
    daily = {trace["name"]: trace["y"] for trace in shown["Tokens per day, by user"]}
    assert len(daily["Ana"]) == 30 and sum(daily["Ana"]) == 1500
    assert (daily["Ana"][-2:], daily["Bo"][-2:]) == ([500, 1000], [0, 300])
    assert pairs(shown["Storage per user (MB)"][0]) == {"Bo": 0.191, "Ana": 0.009}

    at.radio(key="admin-measure").set_value("cost_usd").run()
    shown = charts(at)
    assert pairs(shown["Estimated cost (USD) per user"][0]) == {"Ana": 0.015, "Bo": 0.003}
    at.radio(key="admin-measure").set_value("runs").run()
    assert pairs(charts(at)["Runs per assistant"][0]) == {"Analyst": 3, "Forecaster": 1}

    at.selectbox(key="admin-days").set_value(90).run()  # the run of 40 days ago comes in
    table = at.dataframe[0].value.set_index("User")
    assert table.loc["Ana", ["Runs", "Tokens"]].tolist() == [3, 11_499]
    assert len(charts(at)["Runs per day, by user"][0]["x"]) == 90


def test_an_admin_stops_another_users_run_and_it_is_in_the_audit_log(engine, team):
    at = app(ANA)
    running = [m.value for m in at.markdown if team["going"] in m.value]
    assert len(running) == 1 and running[0].startswith("**Bo** · Analyst · `in_progress`")
    at.button(key=f"stop-run-{team['going']}").click().run()
    assert not at.exception and not at.error
    assert [s.value for s in at.success] == [f"Asked run {team['going']} to stop."]
    with engine.db.reader() as session:
        row = session.query(RunRow).filter(RunRow.id == team["going"]).one()
        assert row.status in ("cancelling", "cancelled")
    assert f"`{row.status}`" in next(m.value for m in at.markdown if team["going"] in m.value)

    at.selectbox(key="admin-action").set_value("admin.stopped_run").run()
    log = at.dataframe[1].value
    assert log[["Who", "Action", "Target"]].values.tolist() == [
        ["Ana", "admin.stopped_run", team["going"]]
    ]
    assert json.loads(log["Detail"][0]) == {
        "owner": team["bo"].user_id, "thread": team["bo_thread"],
    }  # fmt: skip
    at.selectbox(key="admin-action").set_value("").run()
    actions = set(at.dataframe[1].value["Action"])
    assert {"user.signed_in", "thread.shared", "admin.stopped_run"} <= actions


def test_an_admin_stops_another_users_code_session(engine, team):
    bo = team["bo"]
    result = engine.code_interpreter.run(
        thread_id=team["bo_thread"], code="print(6 * 7)", owner=bo.user_id
    )
    assert result.output.strip() == "42"
    at = app(ANA)
    sessions = [m.value for m in at.markdown if f"thread `{team['bo_thread']}`" in m.value]
    assert any(line.startswith("**Bo** · thread") and "idle" in line for line in sessions)
    at.button(key=f"stop-kernel-{team['bo_thread']}").click().run()
    assert not at.exception and not at.error
    assert engine.sandbox.get(team["bo_thread"]) is None
    assert not any(b.key == f"stop-kernel-{team['bo_thread']}" for b in at.button)
    with engine.db.reader(team["ana"]) as session:
        (entry,) = audit.entries(session=session, action="admin.stopped_kernel")
    assert (entry.actor, entry.target) == (team["ana"].user_id, team["bo_thread"])


def test_limits_and_role_saved_on_the_page_apply(engine, team):
    bo = team["bo"].user_id
    at = app(ANA)
    at.selectbox(key="admin-user").set_value(bo).run()
    at.number_input(key=f"quota-{bo}-tokens_per_day").set_value(5000)
    at.number_input(key=f"quota-{bo}-storage_mb").set_value(10)
    at.selectbox(key=f"role-{bo}").set_value("admin")
    next(b for b in at.button if b.label == "Save").click().run()
    assert not at.exception and not at.error
    assert [s.value for s in at.success] == ["Saved Bo's role and limits."]
    with engine.db.reader(team["ana"]) as session:
        limits = quotas.limits_for(session, bo)
        assert (limits.tokens_per_day, limits.storage_mb) == (5000, 10)
        assert limits.runs_per_minute == quotas.limits_for(session, None).runs_per_minute
        assert users.get(session, bo).role == "admin"
        logged = {
            e.action: e.detail for e in audit.entries(session=session, actor=team["ana"].user_id)
        }
    assert logged["admin.set_quotas"] == {"quotas": {"tokens_per_day": 5000, "storage_mb": 10}}
    assert logged["admin.set_role"] == {"role": "admin"}
    table = at.dataframe[0].value.set_index("User")
    assert table.loc["Bo", "Own limits"] == "tokens per day: 5,000, storage (MB): 10"


def test_own_role_cannot_be_changed_on_the_page(engine, team):
    at = app(ANA)
    assert at.selectbox(key=f"role-{team['ana'].user_id}").disabled


def test_a_member_has_no_admin_page(engine, team):
    at = app(BO, page=None)
    assert not at.exception
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("pages/admin.py")
    page = AppTest.from_file(str(ROOT / "pages" / "admin.py"), default_timeout=30)
    page.secrets["auth"] = AUTH
    page.user = BO
    page.run()  # reached by URL
    assert not page.exception
    assert [w.value for w in page.warning] == ["Only admins can see this page."]
    assert len(page.main.children) == 1  # and nothing else
    assert not page.dataframe and not page.get("plotly_chart") and not page.button


# -- the services ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "call",
    [
        lambda session, engine, run_id: admin.usage(session),
        lambda session, engine, run_id: admin.active(session, engine.sandbox),
        lambda session, engine, run_id: admin.stop_run(session, run_id),
        lambda session, engine, run_id: admin.stop_kernel(engine.sandbox, session, "thread_x"),
        lambda session, engine, run_id: admin.audit_log(session),
    ],
    ids=["usage", "active", "stop_run", "stop_kernel", "audit_log"],
)
def test_admin_services_refuse_a_member(engine, team, call):
    with engine.db.session(team["bo"]) as session, pytest.raises(ForbiddenError):
        call(session, engine, team["going"])
    with engine.db.reader() as session:
        row = session.query(RunRow).filter(RunRow.id == team["going"]).one()
        assert row.status == "in_progress"
        stops = session.query(AuditRow).filter(AuditRow.action.like("admin.stopped%"))
        assert stops.count() == 0


def test_usage_sums_per_user_assistant_and_day(engine, team):
    with engine.db.reader(team["ana"]) as session:
        use = admin.usage(session, days=7)
    assert len(use.days) == 7
    assert {s.name: (sum(s.runs), s.total_tokens) for s in use.per_user} == {
        "Ana": (2, 1500), "Bo": (2, 300),
    }  # fmt: skip
    assert {s.name: s.total_cost_usd for s in use.per_assistant} == {
        "Analyst": 0.013, "Forecaster": 0.005,
    }  # fmt: skip
    assert use.per_day.tokens[-2:] == [500, 1300] and use.per_day.runs[-2:] == [1, 3]
    with engine.db.reader(team["ana"]) as session, pytest.raises(InvalidInputError):
        admin.usage(session, days=0)


def test_stopping_a_code_session_busy_running_code_does_not_wait_for_the_code(engine, team):
    thread_id, bo = team["bo_thread"], team["bo"].user_id
    done: list = []
    cell = threading.Thread(
        target=lambda: done.append(
            engine.code_interpreter.run(thread_id=thread_id, code=SLOW_CELL, owner=bo)
        )
    )
    cell.start()
    deadline = time.monotonic() + 30
    while not ((found := engine.sandbox.get(thread_id)) and found.lock.locked()):
        assert time.monotonic() < deadline, "the cell never started"
        time.sleep(0.05)
    time.sleep(0.5)  # well inside the cell
    with engine.db.reader(team["ana"]) as session:
        (kernel,) = admin.active(session, engine.sandbox).kernels
    assert (kernel.owner_label, kernel.busy) == ("Bo", True)
    started = time.monotonic()
    with engine.db.session(team["ana"]) as session:
        admin.stop_kernel(engine.sandbox, session, thread_id)
    assert time.monotonic() - started < 10  # the cell sleeps for 60 s
    cell.join(timeout=30)
    assert not cell.is_alive() and engine.sandbox.get(thread_id) is None


def test_in_single_user_mode_the_local_user_is_the_admin(engine):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    at.switch_page("pages/admin.py").run()  # listed: the local user is an admin
    assert not at.exception
    assert [i.value for i in at.info][:1] == ["No users yet."]  # nothing used so far
    with engine.db.session(LOCAL) as session:
        engine.files.put(session=session, data=ANA_CSV, filename="sales.csv")
    at.run()
    table = at.dataframe[0].value
    assert table[["User", "Role", "Runs", "Storage (MB)"]].values.tolist() == [
        ["Local user", "admin", 0, 0.009]
    ]
    assert at.selectbox(key=f"role-{LOCAL.user_id}").disabled
