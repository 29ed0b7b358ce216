"""How an assistant reaches an OpenAI-compatible server: a preset, an optional base URL, a
key *reference* and extra headers. Stored on the assistant; the key itself never is."""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from services.errors import ConfigurationError, InvalidInputError
from services.secrets import SecretStore, check_ref


@dataclass(frozen=True)
class Preset:
    label: str
    base_url: str | None  # None: the SDK's own (OPENAI_BASE_URL, else api.openai.com)
    key_env: str | None  # where the key usually is; None: the server needs no key
    example_model: str
    # Older servers (llama.cpp, LM Studio, Ollama, vLLM) take `max_tokens`.
    token_parameter: str = "max_tokens"
    hint: str = ""


PRESETS: dict[str, Preset] = {
    "openai": Preset("OpenAI", None, "OPENAI_API_KEY", "gpt-4.1-mini", "max_completion_tokens"),
    "azure": Preset(
        "Azure OpenAI",
        "https://YOUR-RESOURCE.openai.azure.com/openai/v1/",
        "AZURE_OPENAI_API_KEY",
        "your-deployment-name",
        "max_completion_tokens",
        hint="Base URL: https://<resource>.openai.azure.com/openai/v1/; model: the deployment.",
    ),
    "ollama": Preset(
        "Ollama",
        "http://localhost:11434/v1",
        None,
        "qwen2.5-coder:7b",
        hint="Pick a model with tool support (ollama.com/search?c=tools).",
    ),
    "vllm": Preset(
        "vLLM",
        "http://localhost:8000/v1",
        None,
        "Qwen/Qwen2.5-7B-Instruct",
        hint="Start vLLM with --enable-auto-tool-choice --tool-call-parser <parser>.",
    ),
    "llamacpp": Preset(
        "llama.cpp server",
        "http://localhost:8080/v1",
        None,
        "default",
        hint="Start llama-server with --jinja so the model can call tools.",
    ),
    "lmstudio": Preset("LM Studio", "http://localhost:1234/v1", None, "local-model"),
    "custom": Preset("Other OpenAI-compatible server", None, None, ""),
}
AUTH_HEADERS = {"authorization", "api-key", "x-api-key", "proxy-authorization"}


class Connection(BaseModel):
    """An assistant's `connection`. `key` and header values may be references
    (`env:NAME`, `secret:NAME`); headers that carry credentials must be."""

    model_config = ConfigDict(extra="forbid")

    preset: str = "openai"
    base_url: str | None = None
    key: str | None = None
    headers: dict[str, str] = Field(default_factory=dict)

    @field_validator("preset")
    @classmethod
    def _known_preset(cls, value: str) -> str:
        if value not in PRESETS:
            raise ValueError(f"unknown preset '{value}' (choose from {', '.join(PRESETS)})")
        return value

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        if not value.startswith(("http://", "https://")) or " " in value:
            raise ValueError(f"'{value}' is not an http(s) URL (e.g. http://localhost:8000/v1)")
        return value

    @field_validator("key")
    @classmethod
    def _reference(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        return check_ref(value.strip())

    @field_validator("headers")
    @classmethod
    def _headers(cls, value: dict[str, str]) -> dict[str, str]:
        for name, header in value.items():
            if not name or any(c in name for c in " :\r\n"):
                raise ValueError(f"'{name}' is not a header name")
            if "\n" in header or "\r" in header:
                raise ValueError(f"the value of header '{name}' has a line break")
            if name.lower() in AUTH_HEADERS:
                check_ref(header)
        return value


def parse_connection(value: Any) -> dict[str, Any] | None:
    """Validate a connection for storage; raises InvalidInputError naming the field."""
    if value is None:
        return None
    try:
        return Connection.model_validate(value).model_dump(exclude_defaults=False)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "connection"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise InvalidInputError(f"Connection {where}: {message}", param="connection") from None
    except InvalidInputError as error:
        raise InvalidInputError(f"Connection: {error.message}", param="connection") from None


@dataclass(frozen=True)
class Endpoint:
    """A connection with its references resolved: only ever held in memory."""

    preset: Preset
    base_url: str | None
    api_key: str
    headers: dict[str, str]

    def describe(self) -> str:
        return self.base_url or os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1"


def resolve(connection: dict[str, Any] | None, secrets: SecretStore) -> Endpoint:
    conn = Connection.model_validate(connection or {})
    preset = PRESETS[conn.preset]
    base_url = conn.base_url or preset.base_url
    if base_url and "YOUR-RESOURCE" in base_url:
        raise ConfigurationError(
            f"The assistant's {preset.label} connection has no base URL. Set it on the "
            "Assistants page (https://<resource>.openai.azure.com/openai/v1/)."
        )
    ref = conn.key or (f"env:{preset.key_env}" if preset.key_env else None)
    api_key = secrets.resolve(ref) if ref else None
    if api_key is None:
        if ref is not None and (conn.key or preset.key_env):
            kind, _, name = ref.partition(":")
            where = (
                f"the environment variable {name} is not set"
                if kind == "env"
                else f"no key named '{name}' is saved"
            )
            raise ConfigurationError(
                f"No API key for the assistant's {preset.label} connection: {where}. Set it, or "
                "choose the key on the Assistants page."
            )
        api_key = "not-needed"  # local servers ignore it; the SDK wants one
    headers = {
        name: (secrets.resolve(value) or "") if _is_ref(value) else value
        for name, value in conn.headers.items()
    }
    return Endpoint(preset=preset, base_url=base_url, api_key=api_key, headers=headers)


def _is_ref(value: str) -> bool:
    return value.startswith(("env:", "secret:"))


class Clients:
    """One SDK client per endpoint, reused across turns (a client holds its connection
    pool; building one per call would cost a TLS handshake each time)."""

    def __init__(self, *, timeout: float) -> None:
        self.timeout = timeout
        self._clients: dict[str, Any] = {}
        self._lock = threading.Lock()

    def get(self, endpoint: Endpoint) -> Any:
        import openai

        fingerprint = hashlib.sha256(
            repr((endpoint.base_url, endpoint.api_key, sorted(endpoint.headers.items()))).encode()
        ).hexdigest()
        with self._lock:
            client = self._clients.get(fingerprint)
            if client is None:
                client = openai.OpenAI(
                    api_key=endpoint.api_key,
                    base_url=endpoint.base_url,
                    default_headers=endpoint.headers or None,
                    max_retries=0,  # retries are ours: bounded, cancellable, reported
                    timeout=self.timeout,
                )
                self._clients[fingerprint] = client
            return client

    def close(self) -> None:
        with self._lock:
            clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            client.close()
