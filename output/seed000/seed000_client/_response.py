"""Response wrappers: raw access to a response, lazy binary downloads, body parsing."""

from __future__ import annotations

import datetime
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
    overload,
)

import httpx2
from typing_extensions import ParamSpec

from ._exceptions import APIResponseValidationError, transport_errors
from ._models import FinalRequestOptions, construct_type
from ._streaming import AsyncStream, Stream
from ._types import NoneType, NotGiven, StreamMode
from ._utils import request_id

__all__ = [
    "RAW_RESPONSE_HEADER",
    "BaseAPIResponse",
    "APIResponse",
    "AsyncAPIResponse",
    "BinaryAPIResponse",
    "AsyncBinaryAPIResponse",
    "StreamedBinaryAPIResponse",
    "AsyncStreamedBinaryAPIResponse",
    "ResponseContextManager",
    "AsyncResponseContextManager",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
    "to_streamed_response_wrapper",
    "async_to_streamed_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")
_T = TypeVar("_T")
_C = TypeVar("_C")

RAW_RESPONSE_HEADER = "X-Oasgen-Raw-Response"
"""Request header asking the client for an ``APIResponse``, its body read (``raw``) or
left to read (``stream``); never sent."""


class BinaryAPIResponse:
    """A binary download. The body is read lazily: stream it with ``iter_bytes()`` or
    ``write_to_file()``, or read it whole with ``read()`` / ``content``.
    """

    def __init__(self, response: httpx2.Response) -> None:
        self.http_response = response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx2.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx2.Request:
        return self.http_response.request

    @property
    def request_id(self) -> Optional[str]:
        return _request_id(self.http_response.headers)

    def read(self) -> bytes:
        """The whole body (as `.content`), for code written against the official SDK."""
        return _read(self.http_response)

    @property
    def content(self) -> bytes:
        """The whole body (read now if it was not yet)."""
        return _read(self.http_response)

    @property
    def text(self) -> str:
        _read(self.http_response)
        return self.http_response.text

    @property
    def encoding(self) -> Optional[str]:
        return self.http_response.encoding

    def json(self) -> Any:
        _read(self.http_response)
        return self.http_response.json()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        """The body in chunks, read from the network as they are consumed."""
        return _iterate(self.http_response, self.http_response.iter_bytes(chunk_size))

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        return _iterate(self.http_response, self.http_response.iter_text(chunk_size))

    def iter_lines(self) -> Iterator[str]:
        return _iterate(self.http_response, self.http_response.iter_lines())

    def write_to_file(self, file: Union[str, os.PathLike[str]]) -> None:
        """Stream the body into ``file`` (created or truncated)."""
        _write(self.http_response, file, None)

    def stream_to_file(
        self, file: Union[str, os.PathLike[str]], *, chunk_size: Optional[int] = None
    ) -> None:
        """Stream the body into ``file`` (created or truncated) in ``chunk_size`` pieces."""
        _write(self.http_response, file, chunk_size)

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

    def __init__(self, response: httpx2.Response) -> None:
        self.http_response = response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx2.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx2.Request:
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
        return await _aread(self.http_response)

    async def json(self) -> Any:
        await _aread(self.http_response)
        return self.http_response.json()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        return _aiterate(self.http_response, self.http_response.aiter_bytes(chunk_size))

    def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        return _aiterate(self.http_response, self.http_response.aiter_text(chunk_size))

    def iter_lines(self) -> AsyncIterator[str]:
        return _aiterate(self.http_response, self.http_response.aiter_lines())

    async def write_to_file(self, file: Union[str, os.PathLike[str]]) -> None:
        """Stream the body into ``file`` (created or truncated)."""
        await _awrite(self.http_response, file, None)

    async def stream_to_file(
        self, file: Union[str, os.PathLike[str]], *, chunk_size: Optional[int] = None
    ) -> None:
        """Stream the body into ``file`` (created or truncated) in ``chunk_size`` pieces."""
        await _awrite(self.http_response, file, chunk_size)

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


# Reading a body after the call returned: transport failures become APIConnectionError
# (APITimeoutError for a stalled read), as they do while the request is sent.


def _read(response: httpx2.Response) -> bytes:
    with transport_errors(response.request):
        return response.read()


async def _aread(response: httpx2.Response) -> bytes:
    with transport_errors(response.request):
        return await response.aread()


def _iterate(response: httpx2.Response, chunks: Iterator[_C]) -> Iterator[_C]:
    with transport_errors(response.request):
        yield from chunks


async def _aiterate(
    response: httpx2.Response, chunks: AsyncIterator[_C]
) -> AsyncIterator[_C]:
    with transport_errors(response.request):
        async for chunk in chunks:
            yield chunk


def _write(
    response: httpx2.Response,
    file: Union[str, os.PathLike[str]],
    chunk_size: Optional[int],
) -> None:
    with open(file, mode="wb") as out:
        for chunk in _iterate(response, response.iter_bytes(chunk_size)):
            out.write(chunk)


async def _awrite(
    response: httpx2.Response,
    file: Union[str, os.PathLike[str]],
    chunk_size: Optional[int],
) -> None:
    with open(file, mode="wb") as out:
        async for chunk in _aiterate(response, response.aiter_bytes(chunk_size)):
            out.write(chunk)


def _request_id(headers: httpx2.Headers) -> Optional[str]:
    return request_id(headers)


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
    response: httpx2.Response,
    client: Any,
    mode: StreamMode,
) -> Any:
    cls = stream_cls if stream_cls is not None else default_cls
    item_type = _stream_item_type(cls, cast_to)
    factory = get_origin(cls) or cls
    return factory(cast_to=item_type, response=response, client=client, mode=mode)


def parse_body(response: httpx2.Response, cast_to: Any) -> Any:
    """Turn a fully read (or, for binary types, unread) response into ``cast_to``."""
    if cast_to is NoneType or cast_to is None:
        return None
    if cast_to is httpx2.Response:
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

    http_response: httpx2.Response
    retries_taken: int

    def __init__(
        self,
        *,
        raw: httpx2.Response,
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
        self._parsed: Dict[Any, Any] = {}

    @property
    def headers(self) -> httpx2.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx2.Request:
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx2.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time from sending the request to the end of the response (once it is read)."""
        return self.http_response.elapsed

    @property
    def request_id(self) -> Optional[str]:
        return _request_id(self.http_response.headers)

    @property
    def is_closed(self) -> bool:
        """False while part of the body is still unread (``with_streaming_response``)."""
        return self.http_response.is_closed

    def _make_stream(self, default_cls: Any, to: Any) -> Any:
        stream_cls = to if to is not None else self._stream_cls
        return _make_stream(
            default_cls,
            stream_cls,
            cast_to=self._cast_to,
            response=self.http_response,
            client=self._client,
            mode=self._stream_mode,
        )

    def _finish(self, key: Any, value: Any) -> Any:
        post_parser = self._options.post_parser
        if not isinstance(post_parser, NotGiven):
            value = post_parser(value)
        self._parsed[key] = value
        return value

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} [{self.status_code} {self.http_response.reason_phrase}]"
            f" type={_type_name(self._cast_to)}>"
        )


class APIResponse(BaseAPIResponse[R]):
    """The HTTP response of a call; ``parse()`` gives what the method would return.

    From ``with_raw_response`` the body has been read already; from
    ``with_streaming_response`` it is read on demand (``iter_bytes()``, ``iter_text()``,
    ``iter_lines()``, ``read()``, ``parse()``) and ``close()`` drops the rest.
    """

    @overload
    def parse(self, *, to: Type[_T]) -> _T: ...

    @overload
    def parse(self) -> R: ...

    def parse(self, *, to: Optional[Type[_T]] = None) -> Union[R, _T]:
        """The value the method returns without the wrapper (a ``Stream`` when streaming).

        ``to`` parses the body into another type instead (a model, ``dict``, ``str``...).
        """
        key = self._cast_to if to is None else to
        if key in self._parsed:
            return cast(R, self._parsed[key])
        if self._stream:
            value = self._make_stream(Stream, to)
        else:
            target = key
            if not is_binary_type(target):
                self.read()
            value = parse_body(self.http_response, target)
        return cast(R, self._finish(key, value))

    @property
    def content(self) -> bytes:
        """The whole body (read now if it was not yet)."""
        return self.read()

    def read(self) -> bytes:
        """The whole body, read now if it was not yet."""
        return _read(self.http_response)

    def text(self) -> str:
        """The whole body decoded as text."""
        self.read()
        return self.http_response.text

    def json(self) -> Any:
        """The whole body decoded as JSON."""
        self.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        """The body in (decompressed) chunks, read from the network as they are consumed."""
        return _iterate(self.http_response, self.http_response.iter_bytes(chunk_size))

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        """The body as decoded text chunks, read as they are consumed."""
        return _iterate(self.http_response, self.http_response.iter_text(chunk_size))

    def iter_lines(self) -> Iterator[str]:
        """The body line by line, read as the lines are consumed."""
        return _iterate(self.http_response, self.http_response.iter_lines())

    def close(self) -> None:
        """Release the connection without reading the rest of the body."""
        self.http_response.close()


class AsyncAPIResponse(BaseAPIResponse[R]):
    """The HTTP response of an ``async`` call; ``await parse()`` gives the method's value."""

    @overload
    async def parse(self, *, to: Type[_T]) -> _T: ...

    @overload
    async def parse(self) -> R: ...

    async def parse(self, *, to: Optional[Type[_T]] = None) -> Union[R, _T]:
        """The value the method returns without the wrapper (an ``AsyncStream`` when streaming)."""
        key = self._cast_to if to is None else to
        if key in self._parsed:
            return cast(R, self._parsed[key])
        if self._stream:
            value = self._make_stream(AsyncStream, to)
        else:
            target = key
            if target is BinaryAPIResponse or not is_binary_type(target):
                await self.read()
            value = parse_body(self.http_response, target)
        return cast(R, self._finish(key, value))

    @property
    def content(self) -> bytes:
        """The body (available once read: ``await read()``)."""
        return self.http_response.content

    async def read(self) -> bytes:
        """The whole body, read now if it was not yet."""
        return await _aread(self.http_response)

    async def text(self) -> str:
        """The whole body decoded as text."""
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        """The whole body decoded as JSON."""
        await self.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        """The body in (decompressed) chunks, read from the network as they are consumed."""
        return _aiterate(self.http_response, self.http_response.aiter_bytes(chunk_size))

    def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        """The body as decoded text chunks, read as they are consumed."""
        return _aiterate(self.http_response, self.http_response.aiter_text(chunk_size))

    def iter_lines(self) -> AsyncIterator[str]:
        """The body line by line, read as the lines are consumed."""
        return _aiterate(self.http_response, self.http_response.aiter_lines())

    async def close(self) -> None:
        """Release the connection without reading the rest of the body."""
        await self.http_response.aclose()


class StreamedBinaryAPIResponse(APIResponse[R]):
    """A download from ``with_streaming_response``: ``stream_to_file()`` besides ``iter_bytes()``."""

    def stream_to_file(
        self, file: Union[str, os.PathLike[str]], *, chunk_size: Optional[int] = None
    ) -> None:
        """Stream the body into ``file`` (created or truncated)."""
        _write(self.http_response, file, chunk_size)

    write_to_file = stream_to_file


class AsyncStreamedBinaryAPIResponse(AsyncAPIResponse[R]):
    """The ``async`` counterpart of ``StreamedBinaryAPIResponse``."""

    async def stream_to_file(
        self, file: Union[str, os.PathLike[str]], *, chunk_size: Optional[int] = None
    ) -> None:
        """Stream the body into ``file`` (created or truncated)."""
        await _awrite(self.http_response, file, chunk_size)

    write_to_file = stream_to_file


_ResponseT = TypeVar("_ResponseT", bound=APIResponse[Any])
_AsyncResponseT = TypeVar("_AsyncResponseT", bound=AsyncAPIResponse[Any])


class ResponseContextManager(Generic[_ResponseT]):
    """``with``: sends the request on entry, closes the response on exit."""

    def __init__(self, request_func: Callable[[], _ResponseT]) -> None:
        self._request_func = request_func
        self._response: Optional[_ResponseT] = None

    def __enter__(self) -> _ResponseT:
        self._response = self._request_func()
        return self._response

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[_AsyncResponseT]):
    """``async with``: sends the request on entry, closes the response on exit."""

    def __init__(self, request: Awaitable[_AsyncResponseT]) -> None:
        self._request = request
        self._response: Optional[_AsyncResponseT] = None

    async def __aenter__(self) -> _AsyncResponseT:
        self._response = await self._request
        return self._response

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._response is not None:
            await self._response.close()


def _with_raw_header(kwargs: Dict[str, Any], value: str = "raw") -> None:
    extra_headers: Dict[str, Any] = dict(kwargs.get("extra_headers") or {})
    extra_headers[RAW_RESPONSE_HEADER] = value
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


def to_streamed_response_wrapper(
    func: Callable[P, R],
) -> Callable[P, ResponseContextManager[APIResponse[R]]]:
    """Make a resource method return a context manager over its unread ``APIResponse``.

    The request is sent when the ``with`` block is entered; the body is read only as the
    block asks for it, and the connection is released when the block ends.
    """

    @functools.wraps(func)
    def wrapped(
        *args: P.args, **kwargs: P.kwargs
    ) -> ResponseContextManager[APIResponse[R]]:
        _with_raw_header(kwargs, "stream")
        request = functools.partial(func, *args, **kwargs)
        return ResponseContextManager(cast(Callable[[], APIResponse[R]], request))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncResponseContextManager[AsyncAPIResponse[R]]]:
    """The ``async`` counterpart of ``to_streamed_response_wrapper`` (``async with``)."""

    @functools.wraps(func)
    def wrapped(
        *args: P.args, **kwargs: P.kwargs
    ) -> AsyncResponseContextManager[AsyncAPIResponse[R]]:
        _with_raw_header(kwargs, "stream")
        request = func(*args, **kwargs)
        return AsyncResponseContextManager(
            cast(Awaitable[AsyncAPIResponse[R]], request)
        )

    return wrapped
