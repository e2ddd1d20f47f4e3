"""Exceptions raised by the client. ``ClientError`` is the root of all of them.

Whatever goes wrong on the wire (before the response, or while a body or a stream is
read) surfaces as ``APIConnectionError`` or its ``APITimeoutError``; httpx2's own
exceptions never reach the caller.
"""

from __future__ import annotations

from types import TracebackType
from typing import Mapping, Optional, Type

import httpx2

from ._utils import request_id

__all__ = [
    "ClientError",
    "APIError",
    "APIStatusError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "SSEError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "make_status_error",
    "error_object",
    "transport_errors",
    "WebhookError",
    "InvalidWebhookSignatureError",
    "WebhookSecretError",
    "InvalidWebhookPayloadError",
]


class ClientError(Exception):
    """Root of every exception raised by this package."""


class APIError(ClientError):
    """An error tied to an HTTP request: ``message``, the ``request`` and the decoded ``body``.

    When ``body`` is a JSON object, the common ``code``, ``param`` and ``type`` members of
    its ``error`` object (or of the body itself) are exposed as attributes too.
    """

    message: str
    request: httpx2.Request
    body: object | None
    code: Optional[str]
    param: Optional[str]
    type: Optional[str]

    def __init__(
        self, message: str, request: httpx2.Request, body: object | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body
        details = _error_object(body)
        self.code = _str_or_none(details.get("code"))
        self.param = _str_or_none(details.get("param"))
        self.type = _str_or_none(details.get("type"))

    def __str__(self) -> str:
        return self.message


class WebhookError(ClientError, ValueError):
    """A received webhook or callback cannot be trusted or read (also a ``ValueError``)."""


class InvalidWebhookSignatureError(WebhookError):
    """The signature does not match, its timestamp is out of tolerance, or a header is
    missing or malformed: the request may not come from the API and must be refused."""


class WebhookSecretError(WebhookError):
    """No webhook secret was configured, or it is malformed (``whsec_`` then base64)."""


class InvalidWebhookPayloadError(WebhookError):
    """A verified payload is not the JSON document it should be."""


class APIResponseValidationError(APIError):
    """The server answered with a body that cannot be turned into the expected type."""

    response: httpx2.Response
    status_code: int

    def __init__(
        self,
        response: httpx2.Response,
        body: object | None,
        *,
        message: str | None = None,
    ) -> None:
        super().__init__(
            message or "Data returned by the API is not valid for the expected type.",
            response.request,
            body,
        )
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with a 4xx or 5xx status code.

    ``body`` is the ``error`` object of a JSON body that has one (``{"error": {...}}``),
    else the decoded body (JSON, or text); the whole response stays in ``response``.
    """

    response: httpx2.Response
    status_code: int
    request_id: str | None

    def __init__(
        self, message: str, *, response: httpx2.Response, body: object | None
    ) -> None:
        super().__init__(message, response.request, body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id(response.headers)

    @property
    def headers(self) -> httpx2.Headers:
        return self.response.headers


class APIConnectionError(APIError):
    """The request could not be sent, or the connection failed before the whole
    response (body or stream included) was received."""

    def __init__(
        self, *, request: httpx2.Request, message: str = "Connection error."
    ) -> None:
        super().__init__(message, request, None)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""

    def __init__(self, request: httpx2.Request) -> None:
        super().__init__(request=request, message="Request timed out.")


class SSEError(APIError):
    """A server-sent event stream is malformed or exceeds the configured limits.

    ``event`` is the event's name (when it had one) and ``index`` its 1-based ordinal in
    the stream (when known).
    """

    event: str | None
    index: int | None

    def __init__(
        self,
        message: str,
        request: httpx2.Request,
        body: object | None = None,
        *,
        event: str | None = None,
        index: int | None = None,
    ) -> None:
        super().__init__(message, request, body)
        self.event = event
        self.index = index


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429."""


class InternalServerError(APIStatusError):
    """HTTP 500 and above."""


_STATUS_ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(
    message: str, *, response: httpx2.Response, body: object | None
) -> APIStatusError:
    """Build the ``APIStatusError`` subclass matching ``response.status_code``.

    ``body`` is the whole decoded body; the error keeps its ``error`` object when it has one.
    """
    status = response.status_code
    cls = _STATUS_ERRORS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls(message, response=response, body=error_object(body))


def error_object(body: object | None) -> object | None:
    """The ``error`` object of a decoded body ``{"error": {...}}``, else the body itself."""
    if isinstance(body, Mapping):
        inner = body.get("error")
        if isinstance(inner, Mapping):
            return inner
    return body


def transport_errors(request: httpx2.Request) -> _TransportErrors:
    """``with transport_errors(request):`` turns httpx2's errors into this package's.

    Wraps every place a response body is read after the request returned (streams,
    lazy downloads, ``with_streaming_response``): a read timeout becomes
    ``APITimeoutError``, a dropped connection or a broken body ``APIConnectionError``.
    """
    return _TransportErrors(request)


class _TransportErrors:
    __slots__ = ("request",)

    def __init__(self, request: httpx2.Request) -> None:
        self.request = request

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if exc is None or not isinstance(exc, httpx2.RequestError):
            return None
        if isinstance(exc, httpx2.TimeoutException):
            raise APITimeoutError(request=self.request) from exc
        raise APIConnectionError(request=self.request) from exc


def _error_object(body: object | None) -> Mapping[str, object]:
    if not isinstance(body, Mapping):
        return {}
    inner = body.get("error")
    if isinstance(inner, Mapping):
        return inner
    return body


def _str_or_none(value: object) -> str | None:
    if value is None:
        return None
    return str(value)
