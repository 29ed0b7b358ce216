"""Child process for the crash test: starts a long run, reports, then keeps streaming
until the parent kills it with SIGKILL.
Usage: python -m tests.integration.crash_child DIR SCRIPT [DATABASE_URL]"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from services import assistants, runs, threads
from services.config import Settings
from services.engine.engine import Engine


def main(data_dir: Path, script: Path, database_url: str = "") -> None:
    engine = Engine(
        Settings(
            _env_file=None,
            data_dir=data_dir,  # type: ignore[call-arg]
            database_url=database_url,
            scripted_script=script,
            sandbox_warm_kernels=0,
        )
    ).start()
    with engine.db.session() as session:
        assistant = assistants.create(session=session, model_backend="scripted", model="endless")
        for number in range(20):
            other = threads.create(session=session)
            threads.create_message(
                session=session, thread_id=other.id, content=f"committed message {number}"
            )
        thread = threads.create(session=session, messages=[{"content": "Tell me everything"}])
        run = runs.create(session=session, thread_id=thread.id, assistant_id=assistant.id)
    deltas = 0
    for event in engine.subscribe(run.id):
        if event.event == "thread.message.delta":
            deltas += 1
            if deltas == 5:
                sys.stdout.write(f"READY {thread.id} {run.id}\n")
                sys.stdout.flush()
    threading.Event().wait()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:4])
