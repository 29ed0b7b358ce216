"""The `workbench` command: the HTTP API server and its keys.

    workbench serve [--host H] [--port P]
    workbench keys create --user EMAIL [--name NAME]   (the key alone on the last line)
    workbench keys list [--user EMAIL]
    workbench keys revoke KEY_ID

Settings come from the environment and `.env`, as for the app."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from datetime import UTC, datetime
from typing import Any

from services import keys, users
from services.config import Settings
from services.errors import WorkbenchError
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
    args = parser.parse_args(argv)
    settings = Settings()
    try:
        if args.command == "serve":
            return _serve(settings, args.host or settings.api_host, args.port or settings.api_port)
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
