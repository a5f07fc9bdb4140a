"""The one error handler: every failure leaves the server as ``{"error": {code, message, status}}``.

``BilatError`` carries its own code and HTTP status; framework errors (unknown path, bad
query parameter, wrong method) get the nearest bilat code. Pages under ``/`` get the same
message as an HTML page instead of JSON.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from bilat.errors import BilatError, Errors, Forbidden

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger("bilat.api")


class Unauthorized(Forbidden):
    """A write without credentials: the client may retry with a bearer token."""

    http_status = 401


class ErrorDetail(BaseModel):
    code: str
    message: str
    status: int


class ErrorResponse(BaseModel):
    error: ErrorDetail


#: Documented on every API route so that clients (and the schema tests) know the error shape.
ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    404: {"model": ErrorResponse, "description": "No such item."},
    422: {"model": ErrorResponse, "description": "A parameter or body is invalid."},
    503: {"model": ErrorResponse, "description": "The knowledge base cannot be read."},
}


def _strip_code(message: str) -> str:
    if message.startswith("[E") and "] " in message:
        return message[message.index("] ") + 2 :]
    return message


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body")]
        name = ".".join(loc) or "request"
        value = err.get("input")
        shown = value if isinstance(value, str | int | float) else None
        parts.append(Errors.E802.format(name=name, value=shown, detail=err.get("msg", "invalid")))
    return "; ".join(parts) or Errors.E802.format(name="request", value=None, detail="invalid")


def describe(exc: Exception, request: Request) -> tuple[str, str, int]:
    """(code, message without the code prefix, HTTP status) of any exception."""
    if isinstance(exc, BilatError):
        return exc.code, _strip_code(exc.message), exc.http_status
    if isinstance(exc, RequestValidationError):
        return "E802", _strip_code(_validation_message(exc)), 422
    if isinstance(exc, StarletteHTTPException):
        if exc.status_code == 404:
            msg = Errors.E801.format(what="page", key=request.url.path)
            return "E801", _strip_code(msg), 404
        if exc.status_code == 405:
            return "E805", f"Method {request.method} is not allowed on {request.url.path}.", 405
        return f"E8{exc.status_code % 100:02d}", str(exc.detail), exc.status_code
    log.exception("unexpected error on %s", request.url.path, exc_info=exc)
    return "E000", "Internal error; the server log has the details.", 500


def wants_html(request: Request) -> bool:
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return False
    return "text/html" in request.headers.get("accept", "")


def install(app: FastAPI, html_renderer: Callable[[Request, str, str, int], Response] | None = None) -> None:
    """Register the one handler for bilat errors, framework errors and anything unexpected."""

    async def handle(request: Request, exc: Exception) -> Response:
        code, message, status = describe(exc, request)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        if html_renderer is not None and wants_html(request):
            return html_renderer(request, code, message, status)
        body = ErrorResponse(error=ErrorDetail(code=code, message=message, status=status))
        return JSONResponse(body.model_dump(), status_code=status, headers=headers)

    for exc_class in (BilatError, RequestValidationError, StarletteHTTPException, Exception):
        app.add_exception_handler(exc_class, handle)
