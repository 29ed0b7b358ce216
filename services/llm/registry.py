"""Backends by name. The engine asks the registry for an assistant's `model_backend`."""

from __future__ import annotations

from services.errors import ConfigurationError
from services.llm.base import Backend


class BackendRegistry:
    def __init__(self) -> None:
        self._backends: dict[str, Backend] = {}

    def register(self, backend: Backend) -> None:
        self._backends[backend.name] = backend

    def get(self, name: str) -> Backend:
        try:
            return self._backends[name]
        except KeyError:
            available = ", ".join(sorted(self._backends)) or "none"
            raise ConfigurationError(
                f"Model backend '{name}' is not available in this workbench "
                f"(available: {available}). Choose another backend for the assistant, or "
                "set WORKBENCH_DEFAULT_BACKEND."
            ) from None

    def names(self) -> list[str]:
        return sorted(self._backends)

    def __contains__(self, name: str) -> bool:
        return name in self._backends
