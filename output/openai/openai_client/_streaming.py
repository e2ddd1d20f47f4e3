"""Server-sent events: a bounded WHATWG decoder and typed ``Stream`` / ``AsyncStream``."""

from __future__ import annotations

import json
import re
from types import TracebackType
from typing import (
    Any,
    AsyncIterable,
    AsyncIterator,
    Generic,
    Iterable,
    Iterator,
    List,
    Mapping,
    Optional,
    Tuple,
    Type,
    TypeVar,
)

import httpx2

from ._exceptions import APIError, SSEError, error_object, transport_errors
from ._models import construct_type
from ._types import StreamMode

__all__ = [
    "DEFAULT_MAX_LINE_BYTES",
    "DEFAULT_MAX_EVENT_BYTES",
    "ServerSentEvent",
    "SSEDecoder",
    "Stream",
    "AsyncStream",
]

_T = TypeVar("_T")

DEFAULT_MAX_LINE_BYTES = 4 * 1024 * 1024
DEFAULT_MAX_EVENT_BYTES = 16 * 1024 * 1024

_EOL = re.compile(rb"[\r\n]")
_BOM = "\ufeff"
_DONE_DATA = "[DONE]"
_DONE_EVENTS = frozenset({"done"})
_PLACEHOLDER_URL = "http://localhost/"


class ServerSentEvent:
    """One dispatched event: its ``event`` name, ``data`` (lines joined by ``\\n``), ``id``, ``retry``."""

    __slots__ = ("event", "data", "id", "retry")

    def __init__(
        self,
        *,
        event: Optional[str] = None,
        data: str = "",
        id: Optional[str] = None,
        retry: Optional[int] = None,
    ) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def json(self) -> Any:
        """The event's data decoded as JSON."""
        return json.loads(self.data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (self.event, self.data, self.id, self.retry) == (
            other.event,
            other.data,
            other.id,
            other.retry,
        )

    def __repr__(self) -> str:
        return (
            f"ServerSentEvent(event={self.event!r}, data={self.data!r}, "
            f"id={self.id!r}, retry={self.retry!r})"
        )


class SSEDecoder:
    """Incremental decoder for ``text/event-stream`` bodies, following the WHATWG rules.

    Lines may end with LF, CR or CRLF and may be split anywhere across chunks. Lines
    starting with ``:`` are comments. A field without a colon is that field with an empty
    value, and one space after the colon is dropped. ``data`` lines of one event are
    joined with ``\\n``; a blank line dispatches the event. Memory is bounded: a line
    longer than ``max_line_bytes`` or an event larger than ``max_event_bytes`` raises
    ``SSEError`` instead of buffering further. A last event not followed by a blank
    line is still delivered when the body ends.
    """

    def __init__(
        self,
        *,
        max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
        max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES,
        request: Optional[httpx2.Request] = None,
    ) -> None:
        self.max_line_bytes = max_line_bytes
        self.max_event_bytes = max_event_bytes
        self.request = request
        self._buffer = bytearray()
        self._scanned = 0
        self._skip_lf = False
        self._first_line = True
        self._event: Optional[str] = None
        self._data: List[str] = []
        self._event_bytes = 0
        self._last_id: Optional[str] = None
        self._retry: Optional[int] = None

    def _error(self, message: str) -> SSEError:
        request = self.request or httpx2.Request("GET", _PLACEHOLDER_URL)
        return SSEError(message, request, event=self._event)

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        """Add ``chunk`` of the body; returns the events it completed."""
        events: List[ServerSentEvent] = []
        if not chunk:
            return events
        if self._skip_lf:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        buffer = self._buffer
        buffer += chunk
        start = 0
        search_from = self._scanned
        while True:
            match = _EOL.search(buffer, search_from)
            if match is None:
                break
            end = match.start()
            if buffer[end] == 0x0D:
                if end + 1 < len(buffer):
                    following = end + 2 if buffer[end + 1] == 0x0A else end + 1
                else:
                    self._skip_lf = True
                    following = end + 1
            else:
                following = end + 1
            if end - start > self.max_line_bytes:
                raise self._error(self._line_too_long())
            event = self._process_line(bytes(buffer[start:end]))
            if event is not None:
                events.append(event)
            start = search_from = following
        if start:
            del buffer[:start]
        self._scanned = len(buffer)
        if len(buffer) > self.max_line_bytes:
            raise self._error(self._line_too_long())
        return events

    def flush(self) -> List[ServerSentEvent]:
        """Signal the end of the body; returns a last event left without a blank line."""
        events: List[ServerSentEvent] = []
        if self._buffer:
            line = bytes(self._buffer)
            self._buffer.clear()
            self._scanned = 0
            event = self._process_line(line)
            if event is not None:
                events.append(event)
        event = self._dispatch()
        if event is not None:
            events.append(event)
        return events

    def iter_bytes(self, chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
        """Decode a whole body given as byte chunks."""
        for chunk in chunks:
            yield from self.feed(chunk)
        yield from self.flush()

    async def aiter_bytes(
        self, chunks: AsyncIterable[bytes]
    ) -> AsyncIterator[ServerSentEvent]:
        """Decode a whole body given as an async iterable of byte chunks."""
        async for chunk in chunks:
            for event in self.feed(chunk):
                yield event
        for event in self.flush():
            yield event

    def _line_too_long(self) -> str:
        return (
            f"A server-sent event line is longer than {self.max_line_bytes} bytes; "
            "refusing to buffer it"
        )

    def _process_line(self, raw: bytes) -> Optional[ServerSentEvent]:
        line = raw.decode("utf-8", errors="replace")
        if self._first_line:
            self._first_line = False
            if line.startswith(_BOM):
                line = line[1:]
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        self._event_bytes += len(raw) + 1
        if self._event_bytes > self.max_event_bytes:
            raise self._error(
                f"A server-sent event is larger than {self.max_event_bytes} bytes; "
                "refusing to buffer it"
            )
        if name == "event":
            self._event = value
        elif name == "data":
            self._data.append(value)
        elif name == "id":
            if "\0" not in value:
                self._last_id = value
        elif name == "retry":
            if value.isascii() and value.isdigit():
                self._retry = int(value)
        return None

    def _dispatch(self) -> Optional[ServerSentEvent]:
        event, data = self._event, self._data
        self._event = None
        self._data = []
        self._event_bytes = 0
        if event is None and not data:
            return None
        return ServerSentEvent(
            event=event, data="\n".join(data), id=self._last_id, retry=self._retry
        )


def _make_decoder(client: Any, request: httpx2.Request) -> SSEDecoder:
    factory = getattr(client, "_make_sse_decoder", None)
    decoder = factory() if callable(factory) else None
    if not isinstance(decoder, SSEDecoder):
        decoder = SSEDecoder()
    decoder.request = request
    return decoder


def _label(event: ServerSentEvent, index: int) -> str:
    if event.event:
        return f"{event.event!r} (event #{index})"
    return f"#{index}"


def _error_message(body: object, fallback: str) -> str:
    if isinstance(body, Mapping):
        inner = body.get("error")
        if isinstance(inner, Mapping) and inner.get("message"):
            return str(inner["message"])
        if body.get("message"):
            return str(body["message"])
    if isinstance(body, str) and body:
        return body
    return fallback


def _process_event(
    sse: ServerSentEvent,
    index: int,
    *,
    cast_to: Any,
    mode: StreamMode,
    request: httpx2.Request,
) -> Tuple[bool, Any]:
    """``(True, None)`` when the stream ends here, else ``(False, item)``."""
    if sse.data == _DONE_DATA or sse.event in _DONE_EVENTS:
        return True, None
    label = _label(sse, index)
    if sse.event == "error":
        try:
            body: object = json.loads(sse.data) if sse.data else None
        except json.JSONDecodeError:
            body = sse.data
        raise APIError(
            _error_message(body, f"The server sent an error event {label}"),
            request,
            error_object(body),
        )
    if sse.data == "":
        raise SSEError(
            f"Server-sent event {label} has no data: a 'data:' line was expected",
            request,
            event=sse.event,
            index=index,
        )
    try:
        data = json.loads(sse.data)
    except json.JSONDecodeError as exc:
        raise SSEError(
            f"Server-sent event {label} does not hold valid JSON data "
            f"({exc.msg} at position {exc.pos}); data starts with: {sse.data[:200]!r}",
            request,
            sse.data,
            event=sse.event,
            index=index,
        ) from None
    if mode == "event":
        return False, construct_type(cast_to, {"event": sse.event, "data": data})
    if isinstance(data, Mapping) and isinstance(data.get("error"), Mapping):
        raise APIError(
            _error_message(data, f"The server sent an error in event {label}"),
            request,
            error_object(data),
        )
    return False, construct_type(cast_to, data)


class Stream(Generic[_T]):
    """Iterates the items of a server-sent event response, parsed into ``cast_to``.

    ``mode="data"``: each event's data is JSON parsed into ``cast_to``.
    ``mode="event"``: each item is built from ``{"event": name, "data": <data JSON>}``.
    Data ``[DONE]`` (or an event named ``done``) ends the stream. The response is closed
    when the stream is exhausted, on error, on ``close()`` and when leaving ``with``.
    """

    response: httpx2.Response

    def __init__(
        self,
        *,
        cast_to: Any,
        response: httpx2.Response,
        client: Any = None,
        mode: StreamMode = "data",
        decoder: Optional[SSEDecoder] = None,
    ) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._mode: StreamMode = mode
        self._decoder = decoder or _make_decoder(client, response.request)
        self._iterator = self.__stream__()

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        for item in self._iterator:
            yield item

    def _iter_events(self) -> Iterator[ServerSentEvent]:
        yield from self._decoder.iter_bytes(self.response.iter_bytes())

    def __stream__(self) -> Iterator[_T]:
        request = self.response.request
        with transport_errors(request):
            try:
                for index, sse in enumerate(self._iter_events(), start=1):
                    done, item = _process_event(
                        sse,
                        index,
                        cast_to=self._cast_to,
                        mode=self._mode,
                        request=request,
                    )
                    if done:
                        break
                    yield item
            finally:
                self.response.close()

    def __enter__(self) -> Stream[_T]:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the response without reading the rest of the stream."""
        self.response.close()


class AsyncStream(Generic[_T]):
    """The ``async`` counterpart of ``Stream``: ``async for item in stream``."""

    response: httpx2.Response

    def __init__(
        self,
        *,
        cast_to: Any,
        response: httpx2.Response,
        client: Any = None,
        mode: StreamMode = "data",
        decoder: Optional[SSEDecoder] = None,
    ) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._mode: StreamMode = mode
        self._decoder = decoder or _make_decoder(client, response.request)
        self._iterator = self.__stream__()

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for item in self._iterator:
            yield item

    async def _iter_events(self) -> AsyncIterator[ServerSentEvent]:
        async for sse in self._decoder.aiter_bytes(self.response.aiter_bytes()):
            yield sse

    async def __stream__(self) -> AsyncIterator[_T]:
        request = self.response.request
        index = 0
        with transport_errors(request):
            try:
                async for sse in self._iter_events():
                    index += 1
                    done, item = _process_event(
                        sse,
                        index,
                        cast_to=self._cast_to,
                        mode=self._mode,
                        request=request,
                    )
                    if done:
                        break
                    yield item
            finally:
                await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[_T]:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the response without reading the rest of the stream."""
        await self.response.aclose()
