"""A table too big to load whole is analysed inside the default 2 GB kernel: the offline
analyst profiles it with DuckDB and reads only the columns a question needs."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from services import threads
from services.config import Settings
from services.engine.engine import Engine
from tests.analyst import OfflineAnalyst

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
        analyst = OfflineAnalyst(engine)
        with path.open("rb") as handle:
            thread_id, file_id = analyst.thread("orders.csv", handle)
        with engine.db.session() as session:  # attached before the question, for describe()
            threads.create_message(
                session=session,
                thread_id=thread_id,
                content="(the data)",
                attachments=[{"file_id": file_id, "tools": [{"type": "code_interpreter"}]}],
            )
        assert '"big": true' in engine.code_interpreter.describe(thread_id)
        answer = analyst.ask(thread_id, "What is the total amount by region?", timeout=180)
    finally:
        engine.shutdown()
    assert answer.run.status == "completed", answer.run.last_error
    assert len(answer.codes) == 2, answer.text
    assert "profile('" in answer.codes[0], "the inspection profiles the big file, not loads it"
    assert "columns=['region', 'amount']" in answer.codes[1]
    for region, total in gold.items():
        assert region in answer.text
        assert f"{total:,.0f}"[:6] in answer.text.replace(" ", ""), (region, total, answer.text)
