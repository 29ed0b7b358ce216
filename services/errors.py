"""The workbench's one exception hierarchy. Services raise these; pages show them."""

from __future__ import annotations


class WorkbenchError(Exception):
    """Base of every error a user may see. `code` mirrors the Assistants API error codes."""

    code = "server_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(WorkbenchError):
    code = "not_found"

    def __init__(self, kind: str, object_id: str) -> None:
        super().__init__(f"No {kind} with id '{object_id}'.")
        self.kind = kind
        self.object_id = object_id


class ConflictError(WorkbenchError):
    """The request clashes with the current state (e.g. a run is already active)."""

    code = "conflict"


class InvalidInputError(WorkbenchError):
    """The request itself is wrong: fix the input and try again."""

    code = "invalid_request_error"

    def __init__(self, message: str, *, param: str | None = None) -> None:
        super().__init__(message)
        self.param = param


class FileRejectedError(InvalidInputError):
    """An upload was refused; the message names the file and the reason."""

    def __init__(self, filename: str, reason: str) -> None:
        super().__init__(f"{filename}: {reason}", param="file")
        self.filename = filename
        self.reason = reason


class SandboxError(WorkbenchError):
    code = "sandbox_error"


class ConfigurationError(WorkbenchError):
    """A setting or an assistant's configuration is wrong; the message says which."""

    code = "invalid_configuration"


class ModelProviderError(WorkbenchError):
    """A model backend failed. `code` is one of the run `last_error` codes."""

    def __init__(self, message: str, *, code: str = "server_error") -> None:
        super().__init__(message)
        self.code = code


class ForbiddenError(WorkbenchError):
    """The object is visible to this user but not theirs to change (a team assistant, a
    thread shared with them read-only)."""

    code = "permission_denied"


class QuotaExceededError(WorkbenchError):
    """A user reached one of their limits; the message names it, the use, and when it frees
    up (`retry_after` seconds, or None when it frees only as the user acts)."""

    code = "quota_exceeded"

    def __init__(self, message: str, *, limit: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.limit = limit
        self.retry_after = retry_after
