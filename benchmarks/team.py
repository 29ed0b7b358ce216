"""Team hosting costs: a signed-in user opening the chat page, what the ownership checks add
to a service call, and a user's thread list on a full server.

- signed_in_page_ready_p50_ms: a signed-in user (st.user claims, `[auth]` configured) loads
  the chat page (app.py → sign-in gate → chat page, through AppTest), warm engine.
- access_check_overhead_p50_us: the same service calls (retrieve a thread, list its
  messages, retrieve a file) as the owner minus as the engine itself (no check), measured
  interleaved in one run; the p50 of the per-call difference.
- thread_list_p50_ms: threads.list_ (the chat sidebar's 50 newest) for a user with 1,000
  threads on a server with 100 users (100,000 threads).

    python benchmarks/team.py [--users 100] [--threads 1000] [--json]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from benchmarks._report import emit, percentile  # noqa: E402
from services import threads, users  # noqa: E402
from services.access import Actor  # noqa: E402
from services.common import new_id  # noqa: E402
from services.config import Settings  # noqa: E402
from services.engine.engine import Engine  # noqa: E402
from services.store.models import ThreadRow, UserRow  # noqa: E402

ISSUER = "https://id.example.com"


def seed(engine: Engine, user_count: int, per_user: int) -> list[Actor]:
    """`user_count` users with `per_user` threads each, written in bulk."""
    stamp = int(time.time())
    actors = []
    with engine.db.session() as session:
        for number in range(user_count):
            user_id = new_id("user")
            session.execute(
                insert(UserRow).values(
                    id=user_id, issuer=ISSUER, subject=f"s{number}", email=f"u{number}@x.com",
                    name=f"User {number}", role="member", created_at=stamp,
                    last_seen_at=stamp, quotas={},
                )
            )  # fmt: skip
            actors.append(Actor(user_id=user_id, role="member"))
        for actor in actors:
            session.execute(
                insert(ThreadRow),
                [
                    {"id": new_id("thread"), "created_at": stamp - n, "owner": actor.user_id,
                     "title": f"Question {n}", "tool_resources": {}, "metadata_": {}}
                    for n in range(per_user)
                ],
            )  # fmt: skip
    return actors


def thread_list(engine: Engine, actor: Actor, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        with engine.db.reader(actor) as session:
            found = threads.list_(session=session, limit=50)
        times.append((time.perf_counter() - started) * 1000)
        assert len(found.data) == 50 and all(t.owner == actor.user_id for t in found.data)
    return times


def access_overhead(engine: Engine, actor: Actor, rounds: int) -> list[float]:
    """Per-call microseconds as the owner minus as the engine (no ownership check)."""
    with engine.db.session(actor) as session:
        thread = threads.create(session=session, messages=[{"content": "Sales by region?"}])
        stored = engine.files.put(session=session, data=b"a,b\n1,2\n", filename="t.csv")

    def calls(who: Actor | None) -> float:
        started = time.perf_counter()
        with engine.db.reader(who) as session:
            threads.retrieve(session=session, thread_id=thread.id)
            threads.list_messages(session=session, thread_id=thread.id)
            engine.files.retrieve(session=session, file_id=stored.id)
        return (time.perf_counter() - started) * 1e6 / 3

    differences = []
    for number in range(rounds + 20):
        if number % 2:  # alternate the order, so neither side always runs second
            with_check, without = calls(actor), calls(None)
        else:
            without, with_check = calls(None), calls(actor)
        if number >= 20:  # warm-up rounds are not counted
            differences.append(with_check - without)
    return differences


def page_ready(engine_env: dict[str, str], actor_claims: dict, rounds: int) -> list[float]:
    from streamlit.testing.v1 import AppTest

    os.environ.update(engine_env)
    auth = {
        "redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "bench",
        "client_id": "workbench", "client_secret": "bench",
        "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
    }  # fmt: skip
    times = []
    for number in range(rounds + 3):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.secrets["auth"] = auth
        at.user = {"is_logged_in": True, **actor_claims}
        started = time.perf_counter()
        at.run()
        elapsed = (time.perf_counter() - started) * 1000
        assert not at.exception and at.chat_input, "the chat page did not render"
        if number >= 3:
            times.append(elapsed)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--threads", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    import logging

    logging.disable(logging.INFO)
    with tempfile.TemporaryDirectory() as temp:
        data_dir = Path(temp) / "data"
        env = {"WORKBENCH_DATA_DIR": str(data_dir), "WORKBENCH_SANDBOX_WARM_KERNELS": "0"}
        settings = Settings(_env_file=None, data_dir=data_dir, sandbox_warm_kernels=0)  # type: ignore[call-arg]
        with Engine(settings) as engine:
            actors = seed(engine, args.users, args.threads)
            listed = thread_list(engine, actors[len(actors) // 2], args.rounds)
            overhead = access_overhead(engine, actors[0], args.rounds * 5)
            claims = {"iss": ISSUER, "sub": "s1", "email": "u1@x.com", "name": "User 1"}
            with engine.db.session() as session:  # signed in a moment ago, as a user would be
                users.sign_in(session, claims)
        pages = page_ready(env, claims, max(10, args.rounds // 10))
    figures = {
        "signed_in_page_ready_p50_ms": round(statistics.median(pages), 1),
        "signed_in_page_ready_p95_ms": round(percentile(pages, 0.95), 1),
        "access_check_overhead_p50_us": round(statistics.median(overhead), 1),
        "access_check_overhead_p95_us": round(percentile(overhead, 0.95), 1),
        "thread_list_p50_ms": round(statistics.median(listed), 2),
        "thread_list_p95_ms": round(percentile(listed, 0.95), 2),
        "users": args.users,
        "threads": args.users * args.threads,
    }
    emit(figures, as_json=args.json)


if __name__ == "__main__":
    main()
