"""API keys: kept out of the database, events and logs. An assistant's connection refers to
a key by name: `env:NAME` (an environment variable of the app) or `secret:NAME` (a key saved
in the workbench's secret file, `<data dir>/secrets.json`, readable by the app's user only).
Every log record is scrubbed of the values the store knows about."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import threading
from pathlib import Path

from services.errors import ConfigurationError, InvalidInputError

REF = re.compile(r"^(env|secret):([A-Za-z_][A-Za-z0-9_.-]{0,127})$")
MASK = "[redacted]"
# Environment variables whose values are always treated as secrets, set or referenced.
KNOWN_ENV = ("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY")


def check_ref(ref: str) -> str:
    if not REF.match(ref):
        raise InvalidInputError(
            f"'{_shown(ref)}' is not a key reference. Use env:NAME for an environment variable "
            "or secret:NAME for a key saved on the Assistants page (never the key itself).",
            param="key",
        )
    return ref


def _shown(ref: str) -> str:
    """A mistaken reference may be a pasted key: show only its first characters."""
    return ref if len(ref) <= 8 else ref[:4] + "…"


class SecretStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._env_refs: set[str] = set(KNOWN_ENV)
        self._cache: tuple[tuple[int, int, int], dict[str, str]] | None = None

    # -- the file ------------------------------------------------------------------------
    def _load(self) -> dict[str, str]:
        """The saved keys; read again only when the file changed (logging asks often)."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return {}
        stamp = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        if self._cache is not None and self._cache[0] == stamp:
            return dict(self._cache[1])
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            raise ConfigurationError(
                f"The secret file {self.path} cannot be read ({type(error).__name__}). Fix or "
                "remove it and save the keys again on the Assistants page."
            ) from None
        keys = {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
        self._cache = (stamp, keys)
        return dict(keys)

    def _save(self, data: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_suffix(".tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out)
        os.replace(temp, self.path)

    def set(self, name: str, value: str) -> str:
        """Save a key; returns the reference to put on an assistant (`secret:NAME`)."""
        ref = check_ref(f"secret:{name}")
        if not value.strip():
            raise InvalidInputError("The key is empty.", param="key")
        with self._lock:
            data = self._load()
            data[name] = value.strip()
            self._save(data)
        return ref

    def delete(self, name: str) -> None:
        with self._lock:
            data = self._load()
            if data.pop(name, None) is not None:
                self._save(data)

    def names(self) -> list[str]:
        return sorted(self._load())

    # -- references ----------------------------------------------------------------------
    def resolve(self, ref: str) -> str | None:
        """The key a reference names, or None when it is not set."""
        kind, name = REF.match(check_ref(ref)).groups()  # type: ignore[union-attr]
        if kind == "env":
            self._env_refs.add(name)
            return os.environ.get(name) or None
        return self._load().get(name)

    def values(self) -> list[str]:
        """Every secret value known now (for scrubbing); short values are not secrets."""
        found = [os.environ.get(name, "") for name in self._env_refs]
        with contextlib.suppress(ConfigurationError):
            found += list(self._load().values())
        return [value for value in found if len(value) >= 8]


def scrub(text: str, secrets: list[str]) -> str:
    for value in secrets:
        if value in text:
            text = text.replace(value, MASK)
    return text


_installed: list[SecretStore] = []
_FORMAT = logging.Formatter()
_factory_lock = threading.Lock()


def install_log_scrubbing(store: SecretStore) -> None:
    """Scrub every log record of the store's secrets when it is created, so no handler
    (file, console, a test's capture) ever sees one."""
    with _factory_lock:
        if not _installed:
            previous = logging.getLogRecordFactory()

            def factory(*args, **kwargs):
                record = previous(*args, **kwargs)
                secrets = [v for s in list(_installed) for v in s.values()]
                if secrets:
                    message = record.getMessage()
                    clean = scrub(message, secrets)
                    if clean != message:
                        record.msg, record.args = clean, None
                    if record.exc_info and record.exc_info[0] is not None:
                        record.exc_text = scrub(_FORMAT.formatException(record.exc_info), secrets)
                return record

            logging.setLogRecordFactory(factory)
        if store not in _installed:
            _installed.append(store)


def uninstall_log_scrubbing(store: SecretStore) -> None:
    with _factory_lock:
        if store in _installed:
            _installed.remove(store)
