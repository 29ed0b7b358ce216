"""A 500 MB CSV: stored as a stream with progress, and its data card built from the head and
a streamed row count, in a process whose memory never comes near the file's size."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SIZE = 500 * 1024 * 1024
HEADER = b"date,region,product,units,revenue\n"
ROW = b"2024-03-01,North,Widget,3,120.50\n"

# Runs in a fresh interpreter so its peak RSS is this work alone.
CHILD = """
import json, sys
from services.chat import Upload, data_card, upload
from services.config import Settings
from services.files import FileStore
from services.store.db import Database

settings = Settings(_env_file=None, data_dir=sys.argv[2], max_upload_bytes=1024**3)
db = Database(settings.resolved_database_url)
db.migrate()
files = FileStore(blob_dir=settings.blob_dir, max_bytes=settings.max_upload_bytes)
seen = []
with db.session() as session, open(sys.argv[1], "rb") as handle:
    stored = upload(
        session=session, files=files, uploads=[Upload("big.csv", handle)],
        progress=lambda name, done: seen.append(done),
    ).files[0]
with db.session() as session:
    card = data_card(session=session, files=files, file=stored)
print(json.dumps({
    "bytes": stored.bytes, "rows": card.rows, "columns": card.columns,
    "first": card.head[0], "progress_calls": len(seen), "progress_last": seen[-1],
    "progress_sorted": seen == sorted(seen),
    # VmHWM, not ru_maxrss: the latter keeps the forking parent's size across exec.
    "peak_rss_mb": next(int(line.split()[1]) for line in open("/proc/self/status")
                        if line.startswith("VmHWM:")) / 1024,
}))
"""


def test_a_500_mb_csv_gets_its_data_card_without_being_held_in_memory(tmp_path):
    big = tmp_path / "big.csv"
    rows = (SIZE - len(HEADER)) // len(ROW)
    block = ROW * 100_000
    with big.open("wb") as out:
        out.write(HEADER)
        for _ in range(rows // 100_000):
            out.write(block)
        out.write(ROW * (rows % 100_000))
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(big), str(tmp_path / "data")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    report = json.loads(child.stdout.strip().splitlines()[-1])
    assert report["bytes"] == big.stat().st_size
    assert report["rows"] == rows
    assert [name for name, _ in report["columns"]] == [
        "date",
        "region",
        "product",
        "units",
        "revenue",
    ]
    assert report["first"]["region"] == "North"
    assert report["progress_sorted"] and report["progress_last"] == big.stat().st_size
    assert report["progress_calls"] >= 500  # one per MB: enough for a smooth bar
    # Holding the file once would take 500 MB; pandas and SQLAlchemy alone take ~150.
    assert report["peak_rss_mb"] < 300, report
