"""The `workbench` command: the HTTP API server, its keys, and retention.

    workbench serve [--host H] [--port P]
    workbench keys create --user EMAIL [--name NAME]   (the key alone on the last line)
    workbench keys list [--user EMAIL]
    workbench keys revoke KEY_ID
    workbench retention [--dry-run] [--thread-days N] [--file-days N]

Settings come from the environment and `.env`, as for the app."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from datetime import UTC, datetime
from typing import Any

from services import keys, retention, users
from services.common import now
from services.config import Settings
from services.errors import WorkbenchError
from services.files import FileStore
from services.store.db import Database


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="workbench", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the Assistants-compatible HTTP API")
    serve.add_argument("--host", help="address to bind (default: WORKBENCH_API_HOST)")
    serve.add_argument("--port", type=int, help="port (default: WORKBENCH_API_PORT)")
    key = commands.add_parser("keys", help="API keys").add_subparsers(dest="action", required=True)
    create = key.add_parser("create", help="make a key for a user; prints it once")
    create.add_argument("--user", required=True, help="the user the key acts for (an email)")
    create.add_argument("--name", help="what the key is for")
    listed = key.add_parser("list", help="list keys (never the keys themselves)")
    listed.add_argument("--user")
    revoke = key.add_parser("revoke", help="revoke a key by its id")
    revoke.add_argument("key_id")
    keep = commands.add_parser("retention", help="delete unused threads and files, expired stores")
    keep.add_argument("--dry-run", action="store_true", help="list what would go; delete nothing")
    keep.add_argument(
        "--thread-days", type=_days, metavar="N", help="default: WORKBENCH_RETENTION_THREAD_DAYS"
    )
    keep.add_argument(
        "--file-days", type=_days, metavar="N", help="default: WORKBENCH_RETENTION_FILE_DAYS"
    )
    args = parser.parse_args(argv)
    settings = Settings()
    try:
        if args.command == "serve":
            return _serve(settings, args.host or settings.api_host, args.port or settings.api_port)
        if args.command == "retention":
            return _retention(settings, args)
        return _keys(settings, args)
    except WorkbenchError as error:
        sys.stderr.write(f"workbench: {error.message}\n")
        return 1


def _keys(settings: Settings, args: Any) -> int:
    db = Database(settings.resolved_database_url)
    db.migrate()
    try:
        with db.session() as session:
            if args.action == "create":
                made, secret = keys.create(session=session, user=args.user, name=args.name)
                label = users.names(session, [made.user]).get(made.user, made.user)
                _say(f"Key {made.id} for {label}. Keep it now: it is not shown again.")
                _say(secret)
            elif args.action == "list":
                owner = users.resolve(session, args.user).id if args.user else None
                found = keys.list_keys(session=session, user=owner)
                labels = users.names(session, [item.user for item in found])
                for item in found:
                    state = f"revoked {_day(item.revoked_at)}" if item.revoked_at else "active"
                    used = _day(item.last_used_at) if item.last_used_at else "never"
                    name = f" ({item.name})" if item.name else ""
                    who = labels.get(item.user, item.user)
                    _say(f"{item.id}  {who}{name}  {item.hint}  {state}  used {used}")
            else:
                revoked = keys.revoke(session=session, key_id=args.key_id)
                label = users.names(session, [revoked.user]).get(revoked.user, revoked.user)
                _say(f"Revoked {revoked.id} of {label}.")
    finally:
        db.dispose()
    return 0


def _days(text: str) -> int:
    days = int(text)
    if days < 0:
        raise argparse.ArgumentTypeError("days must be 0 (keep forever) or more")
    return days


def _retention(settings: Settings, args: Any) -> int:
    thread_days = settings.retention_thread_days if args.thread_days is None else args.thread_days
    file_days = settings.retention_file_days if args.file_days is None else args.file_days
    if not thread_days and not file_days:
        _say(
            "No retention policy: set WORKBENCH_RETENTION_THREAD_DAYS or "
            "WORKBENCH_RETENTION_FILE_DAYS, or pass --thread-days / --file-days. Nothing deleted."
        )
        return 0
    db = Database(settings.resolved_database_url)
    db.migrate()
    try:
        if args.dry_run:
            with db.reader() as session:
                due = retention.plan(
                    session, thread_days=thread_days, file_days=file_days, now=now()
                )
            if due.items:
                _table(due.items)
            _say(
                f"Would delete {retention.counts_text(due.counts())}, freeing "
                f"{_size(due.blob_bytes)} on disk (dry run: nothing was deleted)."
            )
            return 0
        files = FileStore(blob_dir=settings.blob_dir, max_bytes=settings.max_upload_bytes)
        result = retention.run(db, files, thread_days=thread_days, file_days=file_days)
    finally:
        db.dispose()
    if result.total:
        _say(
            f"Deleted {retention.counts_text(result.deleted)}, freeing {_size(result.bytes_freed)}."
        )
    elif not result.failed:
        _say("Nothing is due: nothing was deleted.")
    if result.failed:
        sys.stderr.write(
            f"workbench: {len(result.failed)} could not be deleted (see the log): "
            f"{', '.join(result.failed)}\n"
        )
        return 1
    return 0


def _table(items: list[retention.Item]) -> None:
    header = ("kind", "id", "owner", "name", "size", "last used", "reason")
    rows = [
        (
            item.kind.replace("_", " "),
            item.id,
            item.owner or "-",
            _cut(item.name or "-", 40),
            _plural(item.size, "message") if item.kind == "thread" else _size(item.size),
            _day(item.last_used),
            item.reason,
        )
        for item in items
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)]
        _say("  ".join([*cells, row[-1]]))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    value, unit = size / 1024, "KB"
    for bigger in ("MB", "GB"):
        if value < 1024:
            break
        value, unit = value / 1024, bigger
    return f"{value:.1f} {unit}"


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")


def _day(stamp: int | None) -> str:
    return datetime.fromtimestamp(stamp or 0, UTC).strftime("%Y-%m-%d %H:%M")


def _serve(settings: Settings, host: str, port: int) -> int:
    import uvicorn

    from services.api.app import create_app
    from services.engine.engine import Engine

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    with Engine(settings) as engine:
        uvicorn.run(create_app(engine), host=host, port=port, log_level="info")
    return 0


def serve_in_thread(engine: Any, host: str, port: int) -> Any:
    """The API beside another server in this process (the Streamlit app): a uvicorn server
    on a daemon thread, on the same engine. Returns the server (its `should_exit` stops it)."""
    import uvicorn

    from services.api.app import create_app

    config = uvicorn.Config(create_app(engine), host=host, port=port, log_level="warning")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, name="workbench-api", daemon=True).start()
    return server


if __name__ == "__main__":
    sys.exit(main())
