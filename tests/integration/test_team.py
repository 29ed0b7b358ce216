"""Team hosting in the services: users from sign-in claims, threads shared by link (read,
download, fork, revoke), per-user quotas with messages that say which limit, the use and
when it frees up, and the audit log."""

from __future__ import annotations

import pytest

from services import assistants, audit, chat, quotas, runs, shares, threads, users
from services.access import Actor
from services.errors import ForbiddenError, NotFoundError, QuotaExceededError
from services.store.models import RunRow
from tests.integration.test_retention import wait_for_run

CSV = b"region,sales\nnorth,10\nsouth,20\n"
ISSUER = "https://id.example.com"


def claims(sub: str, email: str, name: str) -> dict:
    return {"iss": ISSUER, "sub": sub, "email": email, "name": name, "is_logged_in": True}


@pytest.fixture
def engine(make_engine):
    return make_engine({"analyst": [[{"type": "text", "text": "Done."}]] * 30})


def sign_in(engine, sub: str, email: str, name: str, **options) -> Actor:
    with engine.db.session() as session:
        return users.sign_in(session, claims(sub, email, name), **options).actor()


def thread_with_file(engine, who: Actor, text: str = "What are sales by region?"):
    with engine.db.session(who) as session:
        stored = engine.files.put(session=session, data=CSV, filename="sales.csv")
        thread = threads.create(
            session=session,
            messages=[
                {
                    "content": text,
                    "attachments": [
                        {"file_id": stored.id, "tools": [{"type": "code_interpreter"}]}
                    ],
                }
            ],
        )
    return thread, stored


# -- users ---------------------------------------------------------------------------------
def test_the_first_user_is_admin_and_a_sign_in_refreshes_the_profile(engine):
    ana = sign_in(engine, "1", "Ana@Example.com", "Ana")
    bo = sign_in(engine, "2", "bo@example.com", "Bo")
    assert (ana.role, bo.role) == ("admin", "member")
    again = sign_in(engine, "1", "ana@example.com", "Ana Lima")
    assert again.user_id == ana.user_id and again.name == "Ana Lima"
    cy = sign_in(engine, "3", "cy@example.com", "Cy", admin_emails=["CY@example.com"])
    assert cy.role == "admin"  # named in WORKBENCH_ADMIN_EMAILS
    with engine.db.reader(ana) as session:
        assert {u.email for u in users.list_users(session=session)} >= {
            "ana@example.com", "bo@example.com", "cy@example.com",
        }  # fmt: skip
        signed = [e for e in audit.entries(session=session) if e.action == "user.signed_in"]
        assert {e.actor for e in signed} == {ana.user_id, bo.user_id, cy.user_id}
    with engine.db.reader(bo) as session, pytest.raises(ForbiddenError):
        users.list_users(session=session)


def test_a_user_made_for_an_email_is_claimed_at_their_first_sign_in(engine):
    from services import keys

    with engine.db.session() as session:  # an admin's CLI: a key for someone not seen yet
        made, _ = keys.create(session=session, user="dee@example.com")
    dee = sign_in(engine, "dee-sub", "dee@example.com", "Dee")
    assert dee.user_id == made.user
    with pytest.raises(Exception, match="iss"):
        sign_in(engine, "", "x@example.com", "X")


# -- sharing -------------------------------------------------------------------------------
def test_a_shared_thread_is_read_only_by_link_forkable_and_revocable(engine):
    ana = sign_in(engine, "1", "ana@example.com", "Ana")
    bo = sign_in(engine, "2", "bo@example.com", "Bo")
    thread, stored = thread_with_file(engine, ana)
    with engine.db.session(ana) as session:
        link = shares.share(session=session, thread_id=thread.id)
        assert shares.share(session=session, thread_id=thread.id).token == link.token  # one link
    with engine.db.session(bo) as session:
        with pytest.raises(NotFoundError):  # the id alone reaches nothing
            chat.view(session=session, files=engine.files, thread_id=thread.id)
        with pytest.raises(NotFoundError):  # only the owner shares
            shares.share(session=session, thread_id=thread.id)
        seen = shares.open_link(session=session, files=engine.files, token=link.token)
        assert seen.owner == "Ana"
        assert [m.content[0].text.value for m in seen.view.messages] == [
            "What are sales by region?"
        ]
        meta, data = shares.file(
            session=session, files=engine.files, token=link.token, file_id=stored.id
        )
        assert (meta.filename, data) == ("sales.csv", CSV)
        with pytest.raises(NotFoundError):  # read-only: the link gives no write access
            threads.create_message(session=session, thread_id=thread.id, content="mine now")
        fork = shares.fork(session=session, token=link.token)
    with engine.db.reader(bo) as session:
        view = chat.view(session=session, files=engine.files, thread_id=fork.id)
        (attachment,) = view.messages[0].attachments
        assert attachment.file_id != stored.id  # Bo's own copy of the file …
        assert engine.files.read_bytes(session=session, file_id=attachment.file_id) == CSV
        assert fork.owner == bo.user_id and fork.title.startswith("Fork of")
    with engine.db.session(ana) as session:
        assert shares.revoke(session=session, thread_id=thread.id) == 1
        assert shares.current(session=session, thread_id=thread.id) is None
    with engine.db.session(bo) as session:
        for call in (
            lambda: shares.open_link(session=session, files=engine.files, token=link.token),
            lambda: shares.file(
                session=session, files=engine.files, token=link.token, file_id=stored.id
            ),
            lambda: shares.fork(session=session, token=link.token),
        ):
            with pytest.raises(NotFoundError):  # revoked: stops at once
                call()
        # … and the fork survives the revocation, with the content (the blob is shared).
        assert engine.files.read_bytes(session=session, file_id=attachment.file_id) == CSV
    with engine.db.reader(ana) as session:
        actions = [e.action for e in audit.entries(session=session)]
    assert {"thread.shared", "thread.forked", "thread.unshared"} <= set(actions)


def test_a_share_link_reaches_only_files_of_its_thread(engine):
    ana = sign_in(engine, "1", "ana@example.com", "Ana")
    bo = sign_in(engine, "2", "bo@example.com", "Bo")
    thread, _ = thread_with_file(engine, ana)
    _, private = thread_with_file(engine, ana, "Another question")
    with engine.db.session(ana) as session:
        link = shares.share(session=session, thread_id=thread.id)
    with engine.db.reader(bo) as session, pytest.raises(NotFoundError):
        shares.file(session=session, files=engine.files, token=link.token, file_id=private.id)


# -- quotas --------------------------------------------------------------------------------
def team_assistant(engine) -> str:
    with engine.db.session() as session:
        return assistants.create(
            session=session, model_backend="scripted", model="analyst", shared="team"
        ).id


def start(engine, who: Actor, assistant_id: str) -> str:
    with engine.db.session(who) as session:
        thread = threads.create(session=session, messages=[{"content": "hi"}])
        return runs.create(session=session, thread_id=thread.id, assistant_id=assistant_id).id


def test_runs_per_minute_is_per_user_and_says_when_it_frees_up(make_engine):
    engine = make_engine({"analyst": [[{"type": "text", "text": "ok"}]] * 10},
                         quota_runs_per_minute=2)  # fmt: skip
    ana = sign_in(engine, "1", "ana@example.com", "Ana")
    bo = sign_in(engine, "2", "bo@example.com", "Bo")
    assistant = team_assistant(engine)
    start(engine, ana, assistant)
    start(engine, ana, assistant)
    with pytest.raises(QuotaExceededError) as refused:
        start(engine, ana, assistant)
    assert refused.value.limit == "runs_per_minute"
    assert "2 runs in the last minute" in refused.value.message
    assert 1 <= refused.value.retry_after <= 61
    start(engine, bo, assistant)  # nobody else is slowed down
    with engine.db.session() as session:  # an admin raises Ana's limit: it applies at once
        users.set_quotas(session=session, user_id=ana.user_id, quotas={"runs_per_minute": 5})
    start(engine, ana, assistant)


def test_concurrent_runs_frees_up_when_a_run_ends(make_engine):
    engine = make_engine({}, quota_concurrent_runs=1)
    ana = sign_in(engine, "1", "ana@example.com", "Ana")
    assistant = team_assistant(engine)
    first = start(engine, ana, assistant)
    wait_for_run(engine, first)  # its worker done, so nothing writes its status after us
    with engine.db.session() as session:  # hold it active (as if still executing)
        session.query(RunRow).filter(RunRow.id == first).update({"status": "in_progress"})
    with pytest.raises(QuotaExceededError, match="runs going, your limit of runs at once"):
        start(engine, ana, assistant)
    with engine.db.session() as session:
        session.query(RunRow).filter(RunRow.id == first).update({"status": "completed"})
    start(engine, ana, assistant)


def test_tokens_per_day_counts_todays_usage(make_engine):
    engine = make_engine({}, quota_tokens_per_day=1000)
    ana = sign_in(engine, "1", "ana@example.com", "Ana")
    assistant = team_assistant(engine)
    first = start(engine, ana, assistant)
    wait_for_run(engine, first)  # its worker done, so nothing writes its usage after us
    with engine.db.session() as session:
        session.query(RunRow).filter(RunRow.id == first).update(
            {
                "status": "completed",
                "usage": {"total_tokens": 1200, "prompt_tokens": 1000, "completion_tokens": 200},
            }  # fmt: skip
        )
    with pytest.raises(QuotaExceededError) as refused:
        start(engine, ana, assistant)
    assert "1,200 tokens today" in refused.value.message and "midnight UTC" in refused.value.message
    assert 0 < refused.value.retry_after <= 86_400
    with engine.db.reader(ana) as session:
        assert quotas.usage(session, ana.user_id).tokens_today == 1200


def test_storage_refuses_the_file_that_would_pass_the_limit(make_engine):
    engine = make_engine({}, quota_storage_mb=1)
    ana = sign_in(engine, "1", "ana@example.com", "Ana")
    bo = sign_in(engine, "2", "bo@example.com", "Bo")
    big = b"a,b\n" + b"1,2\n" * 150_000  # 600 KB
    with engine.db.session(ana) as session:
        engine.files.put(session=session, data=big, filename="one.csv")
    with engine.db.session(ana) as session, pytest.raises(QuotaExceededError) as refused:
        engine.files.put(session=session, data=big, filename="two.csv")
    assert refused.value.limit == "storage_mb" and "limit of 1 MB" in refused.value.message
    with engine.db.session(bo) as session:  # Bo's storage is his own
        engine.files.put(session=session, data=big, filename="two.csv")


def test_quota_overrides_are_checked(engine):
    with pytest.raises(Exception, match="Unknown quota"):
        quotas.check_overrides({"runs_per_hour": 3})
    with pytest.raises(Exception, match="cannot be negative"):
        quotas.check_overrides({"storage_mb": -1})
    assert quotas.check_overrides({"storage_mb": "10", "runs_per_minute": ""}) == {"storage_mb": 10}


def test_concurrent_kernels_follow_the_users_override(make_engine):
    from services.sandbox.pool import SandboxBusyError

    engine = make_engine({}, sandbox_max_kernels=4, sandbox_max_kernels_per_owner=3)
    ana = sign_in(engine, "1", "ana@example.com", "Ana")
    bo = sign_in(engine, "2", "bo@example.com", "Bo")
    with engine.db.session() as session:
        users.set_quotas(session=session, user_id=ana.user_id, quotas={"concurrent_kernels": 1})
    run = engine.code_interpreter.run
    assert run(thread_id="t1", code="print(1)", owner=ana.user_id).output.strip() == "1"
    with pytest.raises(SandboxBusyError, match=r"1 code sessions open, your limit .*\(1\)"):
        run(thread_id="t2", code="print(2)", owner=ana.user_id)
    assert run(thread_id="t3", code="print(3)", owner=bo.user_id).output.strip() == "3"
    assert run(thread_id="t4", code="print(4)", owner=bo.user_id).output.strip() == "4"


def test_the_http_api_answers_a_quota_with_429_and_retry_after(make_engine):
    import openai

    from tests.integration.api_server import serve

    engine = make_engine({"analyst": [[{"type": "text", "text": "ok"}]] * 5},
                         quota_runs_per_minute=1,
                         model_routes={"analyst*": {"backend": "scripted"}})  # fmt: skip
    api = serve(engine)
    try:
        client = api.client()
        assistant = client.beta.assistants.create(model="analyst")
        thread = {"messages": [{"role": "user", "content": "hi"}]}
        client.beta.threads.create_and_run(assistant_id=assistant.id, thread=thread)
        with pytest.raises(openai.RateLimitError) as refused:
            client.beta.threads.create_and_run(assistant_id=assistant.id, thread=thread)
    finally:
        api.stop()
    assert "limit of runs per minute (1)" in refused.value.message
    assert 1 <= int(refused.value.response.headers["retry-after"]) <= 61
