"""A table too big to load whole is analysed inside the default 2 GB kernel: the offline
analyst profiles it with DuckDB and reads only the columns a question needs."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from services import assistants, runs, threads
from services.config import Settings
from services.engine.engine import Engine

pytestmark = pytest.mark.slow


def test_a_big_csv_is_answered_by_column_within_the_kernel_memory_limit(tmp_path):
    rng = np.random.default_rng(3)
    rows = 1_200_000
    frame = pd.DataFrame(
        {
            "order_id": np.arange(rows),
            "region": rng.choice(["North", "South", "East", "West"], rows),
            "amount": np.round(rng.uniform(1, 1000, rows), 2),
            "note": rng.choice(["gift wrapped", "express", "standard delivery"], rows),
        }
    )
    path = tmp_path / "orders.csv"
    frame.to_csv(path, index=False)
    gold = frame.groupby("region")["amount"].sum()
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        data_dir=tmp_path / "data",
        sandbox_warm_kernels=1,
        big_file_mb=10,  # the 45 MB file counts as big: analysed by column
        sandbox_memory_mb=1024,
    )
    engine = Engine(settings).start()
    try:
        with engine.db.session() as session, path.open("rb") as handle:
            stored = engine.files.put(session=session, data=handle, filename="orders.csv")
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
                content="What is the total amount by region?",
                attachments=[{"file_id": stored.id, "tools": [{"type": "code_interpreter"}]}],
            )
            run = runs.create(session=session, thread_id=thread.id, assistant_id=assistant.id)
        assert '"big": true' in engine.code_interpreter.describe(thread.id)
        list(engine.subscribe(run.id, timeout=180))
        with engine.db.reader() as session:
            done = runs.retrieve(session=session, thread_id=thread.id, run_id=run.id)
            assert done.status == "completed", done.last_error
            steps = runs.list_steps(
                session=session, thread_id=thread.id, run_id=run.id, order="asc"
            ).data
            reply = threads.list_messages(session=session, thread_id=thread.id)
        codes = [
            call.code_interpreter.input
            for step in steps
            if step.type == "tool_calls"
            for call in step.step_details.tool_calls
        ]
        outputs = [
            call.code_interpreter.outputs
            for step in steps
            if step.type == "tool_calls"
            for call in step.step_details.tool_calls
        ]
        assert len(codes) == 2, (outputs, reply.data[0].content)
        assert "profile('" in codes[0], "the inspection profiles the big file, not loads it"
        assert "columns=['region', 'amount']" in codes[1]
        text = reply.data[0].content[0].text.value
        for region, total in gold.items():
            assert region in text
            assert f"{total:,.0f}"[:6] in text.replace(" ", ""), (region, total, text)
    finally:
        engine.shutdown()
