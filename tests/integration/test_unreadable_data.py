"""A file the reader cannot read is reported once, in words, with what to try: the analyst
runs no code on it and never retries."""

from __future__ import annotations

import pytest

from services import assistants, runs, threads
from services.engine.engine import Engine
from tests.conftest import make_settings

pytestmark = pytest.mark.slow

UNCLOSED = b'id,author,comment\n1,Anna,fine\n2,Ben,"it broke, again\n3,Cleo,ok\n4,Dan,good\n'


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("comments.csv", UNCLOSED, "a quote opened on line 3 is never closed"),
        ("blank.csv", b"  \n\n \n", "the file is empty"),
    ],
)
def test_an_unreadable_file_is_reported_once_in_words_without_running_code(
    tmp_path, name, data, reason
):
    engine = Engine(make_settings(tmp_path, sandbox_warm_kernels=0)).start()
    try:
        ask(engine, name, data, reason)
    finally:
        engine.shutdown()


def ask(engine: Engine, name: str, data: bytes, reason: str) -> None:
    with engine.db.session() as session:
        stored = engine.files.put(session=session, data=data, filename=name)
        assistant = assistants.create(
            session=session,
            model_backend="offline",
            model="offline-analyst",
            tools=[{"type": "code_interpreter"}],
        )
        thread = threads.create(session=session)
        threads.create_message(
            session=session,
            thread_id=thread.id,
            content="What is the average rating?",
            attachments=[{"file_id": stored.id, "tools": [{"type": "code_interpreter"}]}],
        )
        run = runs.create(session=session, thread_id=thread.id, assistant_id=assistant.id)
    list(engine.subscribe(run.id, timeout=60))
    with engine.db.reader() as session:
        finished = runs.retrieve(session=session, thread_id=thread.id, run_id=run.id)
        steps = runs.list_steps(session=session, thread_id=thread.id, run_id=run.id).data
        reply = threads.list_messages(session=session, thread_id=thread.id).data[0]
    assert finished.status == "completed", finished.last_error
    assert [s.type for s in steps] == ["message_creation"], "no code ran"
    text = reply.content[0].text.value
    assert text.startswith("I cannot analyse the attached data")
    assert f"{name} cannot be read: {reason}" in text
    assert "export it again as CSV or Excel" in text
