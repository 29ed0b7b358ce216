"""A file the reader cannot read is reported once, in words, with what to try: the analyst
runs no code on it and never retries."""

from __future__ import annotations

import pytest

from services.engine.engine import Engine
from tests.analyst import OfflineAnalyst
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
        analyst = OfflineAnalyst(engine)
        thread_id, file_id = analyst.thread(name, data)
        answer = analyst.ask(thread_id, "What is the average rating?", file_id, timeout=60)
    finally:
        engine.shutdown()
    assert answer.run.status == "completed", answer.run.last_error
    assert [s.type for s in answer.steps] == ["message_creation"], "no code ran"
    assert answer.text.startswith("I cannot analyse the attached data")
    assert f"{name} cannot be read: {reason}" in answer.text
    assert "export it again as CSV or Excel" in answer.text
