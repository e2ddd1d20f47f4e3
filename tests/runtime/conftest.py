"""Fixtures for the generated client's private runtime.

``rt`` renders every template in ``templates/client/runtime/`` into a temporary package
``rtpkg`` (plus a small hand-written client, resource and models shaped like generated
code) and imports it. ``server`` is a scripted HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import importlib
import json
import socket
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, Deque, Dict, Iterator, List, Optional, Tuple, Union
from urllib.parse import parse_qsl, urlsplit

import jinja2
import pytest

from generator.normalize.wire import RequestSettings

ROOT = Path(__file__).resolve().parents[2]
RUNTIME_TEMPLATES = ROOT / "templates" / "client" / "runtime"
PACKAGE = "rtpkg"

# ---------------------------------------------------------------------------
# Code shaped like what the generator emits around the runtime.
# ---------------------------------------------------------------------------

WIDGET_TYPES = """\
from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from pydantic import Field
from typing_extensions import Annotated

from .._models import BaseModel


class Widget(BaseModel):
    id: str
    name: str
    kind: Literal["small", "large"]
    size: Optional[int] = None
    from_: Optional[str] = Field(default=None, alias="from")


class WidgetChunk(BaseModel):
    id: str
    delta: str


class Circle(BaseModel):
    type: Literal["circle"]
    radius: float


class Square(BaseModel):
    type: Literal["square"]
    side: float


Shape = Annotated[Union[Circle, Square], Field(discriminator="type")]


class Drawing(BaseModel):
    id: str
    shapes: List[Shape]
    owner: Optional["Owner"] = None


class Owner(BaseModel):
    name: str
    tier: Literal["free", "pro"]


class Thread(BaseModel):
    id: str
    object: Literal["thread"]
    created_at: int
    metadata: Optional[Dict[str, str]] = None


class Run(BaseModel):
    id: str
    object: Literal["thread.run"]
    status: Literal["queued", "in_progress", "requires_action", "completed"]
    model: str


class ThreadCreated(BaseModel):
    event: Literal["thread.created"]
    data: Thread


class RunEvent(BaseModel):
    event: Literal[
        "thread.run.created",
        "thread.run.queued",
        "thread.run.in_progress",
        "thread.run.requires_action",
        "thread.run.completed",
    ]
    data: Run


class OtherEvent(BaseModel):
    event: Literal[
        "thread.run.step.created",
        "thread.run.step.in_progress",
        "thread.run.step.delta",
        "thread.run.step.completed",
        "thread.message.created",
        "thread.message.in_progress",
        "thread.message.delta",
        "thread.message.completed",
    ]
    data: Dict[str, Any]


AssistantStreamEvent = Annotated[
    Union[ThreadCreated, RunEvent, OtherEvent], Field(discriminator="event")
]

Drawing.model_rebuild()
"""

WIDGET_RESOURCE = """\
from __future__ import annotations

from functools import cached_property
from typing import List, Optional

import httpx2

from .._base_client import (
    AsyncAPIResource,
    AsyncPaginator,
    SyncAPIResource,
    make_request_options,
)
from .._response import (
    AsyncBinaryAPIResponse,
    BinaryAPIResponse,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, Body, FileTypes, Headers, NoneType, NotGiven, Query
from .._utils import strip_not_given
from ..pagination import AsyncCursorPage, SyncCursorPage
from ..types.widget import Widget, WidgetChunk


class Widgets(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> WidgetsWithRawResponse:
        return WidgetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> WidgetsWithStreamingResponse:
        return WidgetsWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        size: Optional[int] | NotGiven = NOT_GIVEN,
        tags: List[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Widget:
        return self._post(
            "/widgets",
            body=strip_not_given({"name": name, "size": size, "tags": tags}),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Widget,
        )

    def retrieve(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Widget:
        return self._get(
            f"/widgets/{widget_id}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
            ),
            cast_to=Widget,
        )

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> SyncCursorPage[Widget]:
        return self._get_api_list(
            "/widgets",
            page=SyncCursorPage[Widget],
            options=make_request_options(
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            model=Widget,
        )

    def upload(
        self,
        *,
        file: FileTypes,
        attachments: List[FileTypes] | NotGiven = NOT_GIVEN,
        purpose: str,
        extra_headers: Headers | None = None,
    ) -> Widget:
        files: List[tuple[str, FileTypes]] = [("file", file)]
        if not isinstance(attachments, NotGiven):
            files.extend(("attachments", item) for item in attachments)
        return self._post(
            "/widgets/upload",
            body=strip_not_given({"purpose": purpose}),
            files=files,
            options=make_request_options(
                extra_headers={
                    "Content-Type": "multipart/form-data",
                    **(extra_headers or {}),
                }
            ),
            cast_to=Widget,
        )

    def download(
        self, widget_id: str, *, extra_headers: Headers | None = None
    ) -> BinaryAPIResponse:
        return self._get(
            f"/widgets/{widget_id}/content",
            options=make_request_options(extra_headers=extra_headers),
            cast_to=BinaryAPIResponse,
        )

    def stream(
        self, *, prompt: str, extra_headers: Headers | None = None
    ) -> Stream[WidgetChunk]:
        return self._post(
            "/widgets/stream",
            body={"prompt": prompt, "stream": True},
            options=make_request_options(extra_headers=extra_headers),
            cast_to=WidgetChunk,
            stream=True,
            stream_cls=Stream[WidgetChunk],
        )

    def delete(self, widget_id: str, *, extra_headers: Headers | None = None) -> None:
        return self._delete(
            f"/widgets/{widget_id}",
            options=make_request_options(extra_headers=extra_headers),
            cast_to=NoneType,
        )


class WidgetsWithRawResponse:
    def __init__(self, widgets: Widgets) -> None:
        self.create = to_raw_response_wrapper(widgets.create)
        self.retrieve = to_raw_response_wrapper(widgets.retrieve)
        self.list = to_raw_response_wrapper(widgets.list)
        self.stream = to_raw_response_wrapper(widgets.stream)
        self.delete = to_raw_response_wrapper(widgets.delete)
        self.download = to_raw_response_wrapper(widgets.download)


class AsyncWidgets(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncWidgetsWithRawResponse:
        return AsyncWidgetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncWidgetsWithStreamingResponse:
        return AsyncWidgetsWithStreamingResponse(self)

    async def retrieve(
        self, widget_id: str, *, extra_headers: Headers | None = None
    ) -> Widget:
        return await self._get(
            f"/widgets/{widget_id}",
            options=make_request_options(extra_headers=extra_headers),
            cast_to=Widget,
        )

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
    ) -> AsyncPaginator[Widget, AsyncCursorPage[Widget]]:
        return self._get_api_list(
            "/widgets",
            page=AsyncCursorPage[Widget],
            options=make_request_options(
                query={"after": after, "limit": limit}, extra_headers=extra_headers
            ),
            model=Widget,
        )

    async def download(
        self, widget_id: str, *, extra_headers: Headers | None = None
    ) -> AsyncBinaryAPIResponse:
        return await self._get(
            f"/widgets/{widget_id}/content",
            options=make_request_options(extra_headers=extra_headers),
            cast_to=AsyncBinaryAPIResponse,
        )

    async def stream(
        self, *, prompt: str, extra_headers: Headers | None = None
    ) -> AsyncStream[WidgetChunk]:
        return await self._post(
            "/widgets/stream",
            body={"prompt": prompt, "stream": True},
            options=make_request_options(extra_headers=extra_headers),
            cast_to=WidgetChunk,
            stream=True,
            stream_cls=AsyncStream[WidgetChunk],
        )


class AsyncWidgetsWithRawResponse:
    def __init__(self, widgets: AsyncWidgets) -> None:
        self.retrieve = async_to_raw_response_wrapper(widgets.retrieve)
        self.list = async_to_raw_response_wrapper(widgets.list)


class WidgetsWithStreamingResponse:
    def __init__(self, widgets: Widgets) -> None:
        self.retrieve = to_streamed_response_wrapper(widgets.retrieve)
        self.list = to_streamed_response_wrapper(widgets.list)
        self.download = to_streamed_response_wrapper(widgets.download)
        self.stream = to_streamed_response_wrapper(widgets.stream)


class AsyncWidgetsWithStreamingResponse:
    def __init__(self, widgets: AsyncWidgets) -> None:
        self.retrieve = async_to_streamed_response_wrapper(widgets.retrieve)
        self.list = async_to_streamed_response_wrapper(widgets.list)
        self.download = async_to_streamed_response_wrapper(widgets.download)
        self.stream = async_to_streamed_response_wrapper(widgets.stream)
"""

TEST_CLIENT = '''\
from __future__ import annotations

from typing import Any, Dict, Mapping

import httpx2

from ._base_client import DEFAULT_MAX_RETRIES, AsyncAPIClient, SyncAPIClient
from ._types import NOT_GIVEN, NotGiven, Omit, Timeout
from .resources.widgets import AsyncWidgets, Widgets


class RtClient(SyncAPIClient):
    widgets: Widgets

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str | httpx2.URL,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str | Omit] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx2.Client | None = None,
    ) -> None:
        self.api_key = api_key
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
        )
        self.widgets = Widgets(self)

    @property
    def auth_headers(self) -> Dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}

    def _copy_kwargs(self) -> Dict[str, Any]:
        return {"api_key": self.api_key}


class AsyncRtClient(AsyncAPIClient):
    widgets: AsyncWidgets

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str | httpx2.URL,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str | Omit] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx2.AsyncClient | None = None,
    ) -> None:
        self.api_key = api_key
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
        )
        self.widgets = AsyncWidgets(self)

    @property
    def auth_headers(self) -> Dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}

    def _copy_kwargs(self) -> Dict[str, Any]:
        return {"api_key": self.api_key}


class QueryKeyClient(SyncAPIClient):
    """Sends its key as a query parameter instead of a header."""

    def __init__(self, *, api_key: str, base_url: str, max_retries: int = 0) -> None:
        self.api_key = api_key
        super().__init__(base_url=base_url, max_retries=max_retries)

    @property
    def auth_query(self) -> Dict[str, str]:
        return {"key": self.api_key}
'''

EXTRA_FILES: Dict[str, str] = {
    "__init__.py": '"""Package assembled by the runtime tests."""\n',
    "types/__init__.py": "",
    "types/widget.py": WIDGET_TYPES,
    "resources/__init__.py": "",
    "resources/widgets.py": WIDGET_RESOURCE,
    "_client.py": TEST_CLIENT,
}

RUNTIME_MODULES = [
    "_types",
    "_exceptions",
    "_utils",
    "_models",
    "_qs",
    "_files",
    "_streaming",
    "_response",
    "_base_client",
    "pagination",
]


def render_runtime(
    dest: Path, *, package: str = PACKAGE, title: str = "Test API"
) -> Dict[str, str]:
    """Render every runtime template into ``dest``; returns ``{file name: source}``."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(RUNTIME_TEMPLATES)),
        keep_trailing_newline=True,
        trim_blocks=True,  # as the generator's renderer
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    dest.mkdir(parents=True, exist_ok=True)
    rendered: Dict[str, str] = {}
    for template in sorted(RUNTIME_TEMPLATES.glob("*.py.jinja")):
        name = template.name[: -len(".jinja")]
        source = env.get_template(template.name).render(
            package=package,
            title=title,
            # the defaults of a target's `[requests]` table (generator/normalize/wire.py)
            array_format=RequestSettings().array_format,
            request_id_headers=list(RequestSettings().request_id_headers),
        )
        (dest / name).write_text(source, encoding="utf-8")
        rendered[name] = source
    return rendered


@pytest.fixture(scope="session")
def rendered_package(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Tuple[Path, Dict[str, str]]]:
    """``(root folder holding rtpkg/, {runtime file name: rendered source})``."""
    root = tmp_path_factory.mktemp("runtime")
    package_dir = root / PACKAGE
    rendered = render_runtime(package_dir)
    for relative, source in EXTRA_FILES.items():
        path = package_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    try:
        yield root, rendered
    finally:
        sys.path.remove(str(root))
        for name in list(sys.modules):
            if name == PACKAGE or name.startswith(PACKAGE + "."):
                del sys.modules[name]


@pytest.fixture(scope="session")
def rt(rendered_package: Tuple[Path, Dict[str, str]]) -> SimpleNamespace:
    """The rendered runtime modules, e.g. ``rt.base`` is ``rtpkg._base_client``."""
    modules = {
        name.lstrip("_"): importlib.import_module(f"{PACKAGE}.{name}")
        for name in RUNTIME_MODULES
    }
    modules["base"] = modules.pop("base_client")
    modules["client"] = importlib.import_module(f"{PACKAGE}._client")
    modules["widget"] = importlib.import_module(f"{PACKAGE}.types.widget")
    modules["widgets"] = importlib.import_module(f"{PACKAGE}.resources.widgets")
    return SimpleNamespace(**modules)


# ---------------------------------------------------------------------------
# Scripted HTTP server on the loopback interface.
# ---------------------------------------------------------------------------

BodyLike = Union[bytes, str, Dict[str, Any], List[Any], None]


@dataclass
class Reply:
    """One scripted answer. ``chunks`` are sent with chunked encoding, flushed one by one."""

    status: int = 200
    body: BodyLike = None
    headers: Dict[str, str] = field(default_factory=dict)
    chunks: Optional[List[bytes]] = None
    chunk_delay: float = 0.0
    delay: float = 0.0
    cut: bool = False  # drop the connection after the chunks, leaving the body incomplete
    gate: Optional[threading.Event] = None  # chunks after the first wait for it


@dataclass
class Received:
    method: str
    path: str
    query: List[Tuple[str, str]]
    headers: Dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def header(self, name: str) -> Optional[str]:
        for key, value in self.headers.items():
            if key.lower() == name.lower():
                return value
        return None


class ScriptedServer:
    """Answers requests from a queue of ``Reply`` (or from ``handler``) and records them."""

    def __init__(self) -> None:
        self.replies: Deque[Reply] = deque()
        self.handler: Optional[Callable[[Received], Reply]] = None
        self.requests: List[Received] = []
        self._lock = threading.Lock()
        script = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _read_body(self) -> bytes:
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    data = b""
                    while True:
                        size = int(self.rfile.readline().strip().split(b";")[0], 16)
                        if size == 0:
                            self.rfile.readline()
                            return data
                        data += self.rfile.read(size)
                        self.rfile.readline()
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

            def _handle(self) -> None:
                parts = urlsplit(self.path)
                received = Received(
                    method=self.command,
                    path=parts.path,
                    query=parse_qsl(parts.query, keep_blank_values=True),
                    headers=dict(self.headers.items()),
                    body=self._read_body(),
                )
                reply = script._next(received)
                if reply.delay:
                    time.sleep(reply.delay)
                self.send_response(reply.status)
                headers = dict(reply.headers)
                if reply.chunks is not None:
                    headers.setdefault("Content-Type", "text/event-stream")
                    headers["Transfer-Encoding"] = "chunked"
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    for index, chunk in enumerate(reply.chunks):
                        if not chunk:
                            continue
                        if index and reply.gate is not None:
                            reply.gate.wait(10)
                        self.wfile.write(
                            f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
                        )
                        self.wfile.flush()
                        if reply.chunk_delay:
                            time.sleep(reply.chunk_delay)
                    if reply.cut:
                        self.close_connection = True
                        self.connection.shutdown(socket.SHUT_RDWR)
                        return
                    self.wfile.write(b"0\r\n\r\n")
                    self.wfile.flush()
                    return
                body = reply.body
                if isinstance(body, (dict, list)):
                    data = json.dumps(body).encode()
                    headers.setdefault("Content-Type", "application/json")
                elif isinstance(body, str):
                    data = body.encode()
                    headers.setdefault("Content-Type", "text/plain; charset=utf-8")
                else:
                    data = body or b""
                if reply.status not in (204, 304):
                    headers["Content-Length"] = str(len(data))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                if reply.status not in (204, 304):
                    self.wfile.write(data)
                self.wfile.flush()

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            block_on_close = False

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass

        self._httpd = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}
        )
        self._thread.daemon = True

    def _next(self, received: Received) -> Reply:
        with self._lock:
            self.requests.append(received)
            if self.replies:
                return self.replies.popleft()
        if self.handler is not None:
            return self.handler(received)
        return Reply(status=599, body={"error": {"message": "no scripted reply"}})

    def reply(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    def add(self, **kwargs: Any) -> None:
        """Queue one ``Reply(**kwargs)``."""
        self.replies.append(Reply(**kwargs))

    @staticmethod
    def make(**kwargs: Any) -> Reply:
        return Reply(**kwargs)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer()
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def make_client(
    rt: SimpleNamespace, server: ScriptedServer
) -> Iterator[Callable[..., Any]]:
    """Build ``RtClient`` instances pointed at ``server``; closed at teardown."""
    made: List[Any] = []

    def factory(**kwargs: Any) -> Any:
        kwargs.setdefault("api_key", "sk-test-secret-123")
        kwargs.setdefault("base_url", server.url + "/v1")
        client = rt.client.RtClient(**kwargs)
        made.append(client)
        return client

    yield factory
    for client in made:
        client.close()


@pytest.fixture
def delays(rt: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> List[float]:
    """Records the retry pauses instead of sleeping (sync and async clients)."""
    recorded: List[float] = []

    def fake_sleep(self: Any, seconds: float) -> None:
        recorded.append(seconds)

    async def fake_async_sleep(self: Any, seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(rt.base.SyncAPIClient, "_sleep", fake_sleep)
    monkeypatch.setattr(rt.base.AsyncAPIClient, "_sleep", fake_async_sleep)
    return recorded
