"""Response wrappers: raw access to a response, lazy binary downloads, body parsing."""

from __future__ import annotations

import functools
import inspect
import json
import os
from types import TracebackType
from typing import (
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generic,
    Iterator,
    Optional,
    Type,
    TypeVar,
    Union,
    cast,
    get_args,
    get_origin,
)

import httpx
from typing_extensions import ParamSpec

from ._exceptions import APIResponseValidationError
from ._models import FinalRequestOptions, construct_type
from ._streaming import AsyncStream, Stream
from ._types import NoneType, NotGiven, StreamMode

__all__ = [
    "RAW_RESPONSE_HEADER",
    "BaseAPIResponse",
    "APIResponse",
    "AsyncAPIResponse",
    "BinaryAPIResponse",
    "AsyncBinaryAPIResponse",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")

RAW_RESPONSE_HEADER = "X-Oasgen-Raw-Response"
"""Request header (value ``raw``) asking the client for an ``APIResponse``; never sent."""

_UNSET: Any = object()


class BinaryAPIResponse:
    """A binary download. The body is read lazily: stream it with ``iter_bytes()`` or
    ``write_to_file()``, or read it whole with ``content``.
    """

    def __init__(self, response: httpx.Response) -> None:
        self.http_response = response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def request_id(self) -> Optional[str]:
        return _request_id(self.http_response.headers)

    def read(self) -> bytes:
        """The whole body (as `.content`), for code written against the official SDK."""
        return self.http_response.read()

    @property
    def content(self) -> bytes:
        """The whole body (read now if it was not yet)."""
        return self.http_response.read()

    @property
    def text(self) -> str:
        self.http_response.read()
        return self.http_response.text

    @property
    def encoding(self) -> Optional[str]:
        return self.http_response.encoding

    def json(self) -> Any:
        self.http_response.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        """The body in chunks, read from the network as they are consumed."""
        return self.http_response.iter_bytes(chunk_size)

    def write_to_file(self, file: Union[str, os.PathLike[str]]) -> None:
        """Stream the body into ``file`` (created or truncated)."""
        with open(file, mode="wb") as out:
            for chunk in self.http_response.iter_bytes():
                out.write(chunk)

    def close(self) -> None:
        self.http_response.close()

    def __enter__(self) -> BinaryAPIResponse:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}]>"


class AsyncBinaryAPIResponse:
    """The ``async`` binary download: ``await read()``, ``iter_bytes()``, ``write_to_file()``."""

    def __init__(self, response: httpx.Response) -> None:
        self.http_response = response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def request_id(self) -> Optional[str]:
        return _request_id(self.http_response.headers)

    @property
    def content(self) -> bytes:
        """The body; only available after ``await read()``."""
        return self.http_response.content

    @property
    def text(self) -> str:
        """The body as text; only available after ``await read()``."""
        return self.http_response.text

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def json(self) -> Any:
        await self.http_response.aread()
        return self.http_response.json()

    async def iter_bytes(
        self, chunk_size: Optional[int] = None
    ) -> AsyncIterator[bytes]:
        async for chunk in self.http_response.aiter_bytes(chunk_size):
            yield chunk

    async def write_to_file(self, file: Union[str, os.PathLike[str]]) -> None:
        """Stream the body into ``file`` (created or truncated)."""
        with open(file, mode="wb") as out:
            async for chunk in self.http_response.aiter_bytes():
                out.write(chunk)

    async def close(self) -> None:
        await self.http_response.aclose()

    async def __aenter__(self) -> AsyncBinaryAPIResponse:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}]>"


def _request_id(headers: httpx.Headers) -> Optional[str]:
    value = headers.get("x-request-id")
    return value if isinstance(value, str) else None


def is_binary_type(cast_to: object) -> bool:
    """True when ``cast_to`` asks for a lazily streamed binary download."""
    return inspect.isclass(cast_to) and issubclass(
        cast_to, (BinaryAPIResponse, AsyncBinaryAPIResponse)
    )


def _stream_item_type(stream_cls: Any, fallback: Any) -> Any:
    args = get_args(stream_cls)
    if args:
        return args[0]
    for base in getattr(stream_cls, "__orig_bases__", ()):
        if get_origin(base) in (Stream, AsyncStream) and get_args(base):
            return get_args(base)[0]
    return fallback


def _make_stream(
    default_cls: Any,
    stream_cls: Any,
    *,
    cast_to: Any,
    response: httpx.Response,
    client: Any,
    mode: StreamMode,
) -> Any:
    cls = stream_cls if stream_cls is not None else default_cls
    item_type = _stream_item_type(cls, cast_to)
    factory = get_origin(cls) or cls
    return factory(cast_to=item_type, response=response, client=client, mode=mode)


def parse_body(response: httpx.Response, cast_to: Any) -> Any:
    """Turn a fully read (or, for binary types, unread) response into ``cast_to``."""
    if cast_to is NoneType or cast_to is None:
        return None
    if cast_to is httpx.Response:
        return response
    if is_binary_type(cast_to):
        return cast_to(response)
    if cast_to is str:
        return response.text
    if cast_to is bytes:
        return response.content
    content = response.content
    content_type = response.headers.get("content-type", "")
    if not content.strip():
        if cast_to is object:
            return None
        raise APIResponseValidationError(
            response,
            None,
            message=f"The response has no body, but a value of type {_type_name(cast_to)} was expected.",
        )
    try:
        data = json.loads(content)
    except ValueError:
        if cast_to is object:
            return response.text
        raise APIResponseValidationError(
            response,
            response.text,
            message=f"Expected a JSON response, got content-type {content_type!r} that does not decode as JSON.",
        ) from None
    return construct_type(cast_to, data)


def _type_name(type_: Any) -> str:
    return getattr(type_, "__name__", None) or repr(type_)


class BaseAPIResponse(Generic[R]):
    """What is common to ``APIResponse`` and ``AsyncAPIResponse``."""

    http_response: httpx.Response
    retries_taken: int

    def __init__(
        self,
        *,
        raw: httpx.Response,
        cast_to: Any,
        client: Any,
        stream: bool,
        stream_cls: Any,
        stream_mode: StreamMode,
        options: FinalRequestOptions,
        retries_taken: int = 0,
    ) -> None:
        self.http_response = raw
        self.retries_taken = retries_taken
        self._cast_to = cast_to
        self._client = client
        self._stream = stream
        self._stream_cls = stream_cls
        self._stream_mode: StreamMode = stream_mode
        self._options = options
        self._parsed: Any = _UNSET

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def request_id(self) -> Optional[str]:
        return _request_id(self.http_response.headers)

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    def json(self) -> Any:
        """The body decoded as JSON (the body must have been read)."""
        return self.http_response.json()

    def _finish(self, value: Any) -> R:
        post_parser = self._options.post_parser
        if not isinstance(post_parser, NotGiven):
            value = post_parser(value)
        self._parsed = value
        return cast(R, value)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} [{self.status_code} {self.http_response.reason_phrase}]"
            f" type={_type_name(self._cast_to)}>"
        )


class APIResponse(BaseAPIResponse[R]):
    """The raw HTTP response of a call; ``parse()`` gives what the method would return."""

    @property
    def content(self) -> bytes:
        return self.http_response.read()

    @property
    def text(self) -> str:
        self.http_response.read()
        return self.http_response.text

    def read(self) -> bytes:
        return self.http_response.read()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def close(self) -> None:
        self.http_response.close()

    def parse(self) -> R:
        """The value the method returns without the raw wrapper (a ``Stream`` when streaming)."""
        if self._parsed is not _UNSET:
            return cast(R, self._parsed)
        if self._stream:
            value = _make_stream(
                Stream,
                self._stream_cls,
                cast_to=self._cast_to,
                response=self.http_response,
                client=self._client,
                mode=self._stream_mode,
            )
        else:
            if not is_binary_type(self._cast_to):
                self.http_response.read()
            value = parse_body(self.http_response, self._cast_to)
        return self._finish(value)


class AsyncAPIResponse(BaseAPIResponse[R]):
    """The raw HTTP response of an ``async`` call; ``await parse()`` gives the method's value."""

    @property
    def content(self) -> bytes:
        """The body (available once read; non-streaming calls read it before returning)."""
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def iter_bytes(
        self, chunk_size: Optional[int] = None
    ) -> AsyncIterator[bytes]:
        async for chunk in self.http_response.aiter_bytes(chunk_size):
            yield chunk

    async def close(self) -> None:
        await self.http_response.aclose()

    async def parse(self) -> R:
        """The value the method returns without the raw wrapper (an ``AsyncStream`` when streaming)."""
        if self._parsed is not _UNSET:
            return cast(R, self._parsed)
        if self._stream:
            value = _make_stream(
                AsyncStream,
                self._stream_cls,
                cast_to=self._cast_to,
                response=self.http_response,
                client=self._client,
                mode=self._stream_mode,
            )
        else:
            if self._cast_to is BinaryAPIResponse or not is_binary_type(self._cast_to):
                await self.http_response.aread()
            value = parse_body(self.http_response, self._cast_to)
        return self._finish(value)


def _with_raw_header(kwargs: Dict[str, Any]) -> None:
    extra_headers: Dict[str, Any] = dict(kwargs.get("extra_headers") or {})
    extra_headers[RAW_RESPONSE_HEADER] = "raw"
    kwargs["extra_headers"] = extra_headers


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Make a resource method return the ``APIResponse`` instead of the parsed value.

    The method must accept ``extra_headers`` and pass it to the request options.
    """

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        _with_raw_header(kwargs)
        return cast(APIResponse[R], func(*args, **kwargs))

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    """The ``async`` counterpart of ``to_raw_response_wrapper``."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        _with_raw_header(kwargs)
        return cast(AsyncAPIResponse[R], await func(*args, **kwargs))

    return wrapped
