"""Every failure as the API answered it: `{"error": {"message", "type", "param", "code"}}`
with its status code (400 bad input, 401 no or wrong key, 404 not found, 409 a thread
with an active run, 403 a team assistant only its owner may change, 413 a body too large,
429 a rate limit or a user's quota, with Retry-After when it frees up at a known time)."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from services.errors import (
    ConfigurationError,
    ConflictError,
    ForbiddenError,
    InvalidInputError,
    NotFoundError,
    QuotaExceededError,
    WorkbenchError,
)

log = logging.getLogger(__name__)


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"body over {limit} bytes")
        self.limit = limit


class APIError(Exception):
    """A failure of the HTTP layer itself (auth, limits)."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.type, self.code = status, message, type, code
        self.headers = headers or {}


def body(message: str, type: str, *, param: str | None = None, code: str | None = None) -> dict:
    return {"error": {"message": message, "type": type, "param": param, "code": code}}


def status_of(error: WorkbenchError) -> int:
    if isinstance(error, NotFoundError):
        return 404
    if isinstance(error, ForbiddenError):
        return 403
    if isinstance(error, QuotaExceededError):
        return 429
    if isinstance(error, ConflictError):
        return 409
    if isinstance(error, InvalidInputError | ConfigurationError):
        return 400
    return 500


def install(app: FastAPI) -> None:
    @app.exception_handler(APIError)
    async def api_error(_: Request, error: APIError) -> JSONResponse:
        return JSONResponse(
            body(error.message, error.type, code=error.code),
            status_code=error.status,
            headers=error.headers,
        )

    @app.exception_handler(BodyTooLarge)
    async def too_large(_: Request, error: BodyTooLarge) -> JSONResponse:
        return JSONResponse(
            body(
                f"The request body is larger than this server accepts ({error.limit // 1024:,} "
                "KB). Send less at once, or ask the operator to raise the limit.",
                "invalid_request_error",
                code="request_too_large",
            ),
            status_code=413,
        )

    @app.exception_handler(WorkbenchError)
    async def workbench_error(_: Request, error: WorkbenchError) -> JSONResponse:
        status = status_of(error)
        kind = "invalid_request_error" if status < 500 else "server_error"
        param = getattr(error, "param", None)
        wait = getattr(error, "retry_after", None)
        return JSONResponse(
            body(error.message, kind, param=param, code=_code(error, status)),
            status_code=status,
            headers={"Retry-After": str(wait)} if wait else None,
        )

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        first: dict[str, Any] = error.errors()[0] if error.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query"))
        message = f"Invalid request: {where + ': ' if where else ''}{first.get('msg', 'bad input')}"
        return JSONResponse(
            body(message, "invalid_request_error", param=where or None), status_code=400
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, error: StarletteHTTPException) -> JSONResponse:
        kind = "invalid_request_error" if error.status_code < 500 else "server_error"
        return JSONResponse(
            body(str(error.detail), kind), status_code=error.status_code, headers=error.headers
        )

    @app.exception_handler(Exception)
    async def unexpected(_: Request, error: Exception) -> JSONResponse:
        log.exception("HTTP API request failed")
        return JSONResponse(
            body(
                f"The workbench hit an internal error ({type(error).__name__}); the details "
                "are in the server log.",
                "server_error",
            ),
            status_code=500,
        )


def _code(error: WorkbenchError, status: int) -> str | None:
    if isinstance(error, NotFoundError):
        return None
    if status == 409:
        return "conflict"
    return error.code if error.code != "invalid_request_error" else None
