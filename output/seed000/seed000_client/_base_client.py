"""The HTTP machinery behind the generated client: requests, retries, errors, pages.

The generated ``_client.py`` subclasses ``SyncAPIClient`` / ``AsyncAPIClient``, overrides
``_auth_for()`` (the credentials of each request, from ``_auth.py``) and, to support
``copy()``, ``_copy_kwargs()``; the generated resources subclass ``SyncAPIResource`` /
``AsyncAPIResource``. ``auth_headers`` / ``auth_query`` remain for clients written by hand.
"""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import logging
import os
import random
import time
import uuid
from types import TracebackType
from typing import (
    Any,
    AsyncIterator,
    Dict,
    Generator,
    Generic,
    Iterator,
    List,
    Literal,
    Mapping,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
    cast,
    overload,
)
from urllib.parse import urlencode

import httpx2
import pydantic
from typing_extensions import Self

from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    make_status_error,
    transport_errors,
)
from ._files import is_file_content, to_form_fields, to_httpx_files
from ._models import BaseModel, FinalRequestOptions
from ._qs import Querystring
from ._response import (
    RAW_RESPONSE_HEADER,
    APIResponse,
    AsyncAPIResponse,
    AsyncStreamedBinaryAPIResponse,
    StreamedBinaryAPIResponse,
    is_binary_type,
)
from ._streaming import AsyncStream, SSEDecoder, Stream
from ._types import (
    NOT_GIVEN,
    Body,
    Headers,
    NotGiven,
    Omit,
    PostParser,
    Query,
    RequestFiles,
    RequestOptions,
    ResponseT,
    Scopes,
    Security,
    StreamMode,
    Timeout,
)
from ._utils import check_header, json_dumps
from ._utils import strip_not_given as strip_not_given

__all__ = [
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "BaseClient",
    "SyncAPIClient",
    "AsyncAPIClient",
    "SyncAPIResource",
    "AsyncAPIResource",
    "PageInfo",
    "BasePage",
    "BaseSyncPage",
    "BaseAsyncPage",
    "AsyncPaginator",
    "make_request_options",
    "strip_not_given",
]

log = logging.getLogger(__package__ or __name__)

DEFAULT_TIMEOUT = httpx2.Timeout(timeout=600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx2.Limits(
    max_connections=1000, max_keepalive_connections=100
)
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

_T = TypeVar("_T")
_StreamT = TypeVar("_StreamT", bound=Stream[Any])
_AsyncStreamT = TypeVar("_AsyncStreamT", bound=AsyncStream[Any])


def new_idempotency_key() -> str:
    """A fresh idempotency key: a random UUID, as the official SDKs send."""
    return str(uuid.uuid4())


def make_request_options(
    *,
    query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    idempotency_key: str | NotGiven | None = None,
    idempotency_header: str | None = None,
    post_parser: PostParser | NotGiven = NOT_GIVEN,
    security: Security | None = None,
    scopes: Scopes | None = None,
) -> RequestOptions:
    """Build the ``options`` of one call from a generated method's keyword arguments.

    With an ``idempotency_header``, the call carries ``idempotency_key`` in it, or a key
    generated here when none is given: made once per call, it is the same on every retry.
    """
    options: RequestOptions = {}
    if extra_headers is not None:
        options["headers"] = extra_headers
    if extra_body is not None:
        if not isinstance(extra_body, Mapping):
            raise TypeError("extra_body must be a mapping of additional JSON fields")
        options["extra_json"] = cast(Mapping[str, object], extra_body)
    if query is not None:
        options["params"] = query
    if extra_query is not None:
        options["params"] = {**options.get("params", {}), **extra_query}
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout
    if idempotency_header is not None:
        options["idempotency_header"] = idempotency_header
        if idempotency_key is None or isinstance(idempotency_key, NotGiven):
            idempotency_key = new_idempotency_key()
    if idempotency_key is not None and not isinstance(idempotency_key, NotGiven):
        options["idempotency_key"] = idempotency_key
    if not isinstance(post_parser, NotGiven):
        options["post_parser"] = post_parser
    if security is not None:
        options["security"] = security
    if scopes is not None:
        options["scopes"] = scopes
    return options


@dataclasses.dataclass
class PageInfo:
    """How to request the next page: query parameters to merge into the last request."""

    params: Mapping[str, object] = dataclasses.field(default_factory=dict)


class BasePage(BaseModel, Generic[_T]):
    """A page of a list response. Subclasses say where the items and next cursor are."""

    _options: FinalRequestOptions = pydantic.PrivateAttr()
    _model: Any = pydantic.PrivateAttr()

    def has_next_page(self) -> bool:
        if not self._get_page_items():
            return False
        return self.next_page_info() is not None

    def next_page_info(self) -> Optional[PageInfo]:
        raise NotImplementedError

    def _get_page_items(self) -> List[_T]:
        raise NotImplementedError

    def _info_to_options(self, info: PageInfo) -> FinalRequestOptions:
        return dataclasses.replace(
            self._options, params={**self._options.params, **info.params}
        )


class BaseSyncPage(BasePage[_T], Generic[_T]):
    """A page that can fetch the following ones; iterating it yields every item."""

    _client: SyncAPIClient = pydantic.PrivateAttr()

    def _set_private_attributes(
        self, client: SyncAPIClient, model: Any, options: FinalRequestOptions
    ) -> None:
        self._model = model
        self._client = client
        self._options = options

    def __iter__(self) -> Iterator[_T]:  # type: ignore[override]
        for page in self.iter_pages():
            yield from page._get_page_items()

    def iter_pages(self) -> Iterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def get_next_page(self) -> Self:
        info = self.next_page_info()
        if info is None:
            raise RuntimeError(
                "There is no next page; check has_next_page() before get_next_page()."
            )
        options = self._info_to_options(info)
        return self._client._request_api_list(
            self._model, page=type(self), options=options
        )


class BaseAsyncPage(BasePage[_T], Generic[_T]):
    """The ``async`` page: ``async for item in page`` yields every item of every page."""

    _client: AsyncAPIClient = pydantic.PrivateAttr()

    def _set_private_attributes(
        self, client: AsyncAPIClient, model: Any, options: FinalRequestOptions
    ) -> None:
        self._model = model
        self._client = client
        self._options = options

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page._get_page_items():
                yield item

    async def iter_pages(self) -> AsyncIterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def get_next_page(self) -> Self:
        info = self.next_page_info()
        if info is None:
            raise RuntimeError(
                "There is no next page; check has_next_page() before get_next_page()."
            )
        options = self._info_to_options(info)
        return await self._client._request_api_list(
            self._model, page=type(self), options=options
        )


SyncPageT = TypeVar("SyncPageT", bound=BaseSyncPage[Any])
AsyncPageT = TypeVar("AsyncPageT", bound=BaseAsyncPage[Any])


class AsyncPaginator(Generic[_T, AsyncPageT]):
    """What an ``async`` list method returns: ``await`` it for the first page, or
    ``async for`` over it for every item of every page.
    """

    def __init__(
        self,
        client: AsyncAPIClient,
        options: FinalRequestOptions,
        page_cls: Type[AsyncPageT],
        model: Type[_T],
    ) -> None:
        self._client = client
        self._options = options
        self._page_cls = page_cls
        self._model = model

    def __await__(self) -> Generator[Any, None, AsyncPageT]:
        return self._get_page().__await__()

    async def _get_page(self) -> AsyncPageT:
        return await self._client._request_api_list(
            self._model, page=self._page_cls, options=self._options
        )

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self
        async for item in page:
            yield item


def _parse_retry_after(headers: Optional[httpx2.Headers]) -> Optional[float]:
    """Seconds asked by ``retry-after-ms`` or ``Retry-After`` (seconds or HTTP date)."""
    if headers is None:
        return None
    milliseconds = headers.get("retry-after-ms")
    if milliseconds:
        try:
            return float(milliseconds) / 1000.0
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return float(email.utils.mktime_tz(parsed)) - time.time()


def _error_body(response: httpx2.Response) -> object:
    if not response.content:
        return None
    try:
        decoded: object = response.json()
        return decoded
    except ValueError:
        return response.text


def _error_message(status_code: int, body: object) -> str:
    detail: object = body
    if isinstance(body, Mapping):
        inner = body.get("error")
        if isinstance(inner, Mapping) and inner.get("message"):
            detail = inner["message"]
        elif isinstance(inner, str) and inner:
            detail = inner
        elif body.get("message"):
            detail = body["message"]
    if detail is None or detail == "":
        return f"Error code: {status_code}"
    text = detail if isinstance(detail, str) else json_dumps(detail).decode("utf-8")
    if len(text) > 1000:
        text = text[:1000] + "..."
    return f"Error code: {status_code} - {text}"


def _encode_multipart(fields: Mapping[str, Union[str, List[str]]]) -> Tuple[bytes, str]:
    boundary = os.urandom(16).hex()
    parts: List[bytes] = []
    for name, values in fields.items():
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        for value in [values] if isinstance(values, str) else values:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{quoted}"\r\n\r\n'.encode()
                + value.encode("utf-8")
                + b"\r\n"
            )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


_PREDECESSOR = "httpx"  # the library httpx2 succeeds: its clients cannot be used


def _http_client_error(given: object, wanted: str) -> str:
    """Why ``http_client`` is refused; an ``httpx`` client gets the way over to ``httpx2``."""
    kind = type(given)
    if kind.__module__.split(".")[0] == _PREDECESSOR:
        return (
            f"http_client must be an httpx2.{wanted}, got an httpx.{kind.__name__}: this "
            f"client runs on httpx2, which keeps httpx's API (pip install httpx2, then "
            f"httpx2.{wanted}(...) with the same arguments)"
        )
    return f"http_client must be an httpx2.{wanted}, got {kind.__name__}"


class BaseClient:
    """What the sync and async clients share: URLs, headers, bodies, retry policy."""

    max_retries: int
    timeout: Timeout
    _qs: Querystring

    def __init__(
        self,
        *,
        base_url: str | httpx2.URL,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str | Omit] | None = None,
        default_query: Mapping[str, object] | None = None,
        custom_headers: Mapping[str, str | Omit] | None = None,
        custom_query: Mapping[str, object] | None = None,
    ) -> None:
        if not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError("max_retries must be a non-negative integer")
        self._base_url = self._enforce_trailing_slash(httpx2.URL(base_url))
        self.timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        self.max_retries = max_retries
        self._custom_headers: Dict[str, str | Omit] = {
            **(default_headers or {}),
            **(custom_headers or {}),
        }
        for name, value in self._custom_headers.items():
            if not isinstance(value, Omit):
                check_header(name, str(value))
        self._custom_query: Dict[str, object] = {
            **(default_query or {}),
            **(custom_query or {}),
        }
        self._qs = Querystring()
        self._shares_http_client = False

    @staticmethod
    def _enforce_trailing_slash(url: httpx2.URL) -> httpx2.URL:
        if url.raw_path.endswith(b"/"):
            return url
        return url.copy_with(raw_path=url.raw_path + b"/")

    @property
    def base_url(self) -> httpx2.URL:
        return self._base_url

    @base_url.setter
    def base_url(self, url: str | httpx2.URL) -> None:
        self._base_url = self._enforce_trailing_slash(httpx2.URL(url))

    @property
    def auth_headers(self) -> Dict[str, str]:
        """Headers carrying the credentials; overridden by the generated client."""
        return {}

    @property
    def auth_query(self) -> Dict[str, str]:
        """Query parameters carrying the credentials; overridden by the generated client."""
        return {}

    def _auth_for(self, options: FinalRequestOptions) -> Any:
        """The ``httpx2.Auth`` sending this request's credentials (its operation's schemes).

        The generated client overrides it; by default, the HTTP client's own auth is used.
        """
        return httpx2.USE_CLIENT_DEFAULT

    @property
    def user_agent(self) -> str:
        return "seed000_client/python"

    @property
    def default_headers(self) -> Dict[str, str | Omit]:
        """Headers sent with every request (per-call headers override them)."""
        return {
            "Accept": "application/json",
            "User-Agent": self.user_agent,
            **self.auth_headers,
            **self._custom_headers,
        }

    @property
    def default_query(self) -> Dict[str, object]:
        """Query parameters sent with every request (per-call ones override them)."""
        return dict(self._custom_query)

    def _copied_from(self, original: Any) -> None:
        """Take over what a copy shares with the client it was made from (fetched tokens)."""

    def _copy_kwargs(self) -> Dict[str, Any]:
        """Extra constructor arguments ``copy()`` must pass (e.g. the API key)."""
        return {}

    def _make_sse_decoder(self) -> SSEDecoder:
        """The decoder used for server-sent events; override to change its limits."""
        return SSEDecoder()

    def __repr__(self) -> str:
        url = self.base_url
        if url.userinfo:
            url = url.copy_with(userinfo=b"")
        return f"<{type(self).__name__} base_url={str(url)!r} max_retries={self.max_retries}>"

    def _prepare_url(self, url: str) -> httpx2.URL:
        merge_url = httpx2.URL(url)
        if merge_url.is_relative_url:
            raw_path = self.base_url.raw_path + merge_url.raw_path.lstrip(b"/")
            return self.base_url.copy_with(raw_path=raw_path)
        return merge_url

    def _build_headers(self, options: FinalRequestOptions) -> httpx2.Headers:
        headers = httpx2.Headers()
        for source in (self.default_headers, options.headers):
            for name, value in source.items():
                if value is None or isinstance(value, Omit):
                    if name in headers:
                        del headers[name]
                    continue
                text = str(value)
                check_header(name, text)
                headers[name] = text
        name = options.idempotency_header
        if options.idempotency_key is not None and name not in headers:
            check_header(name, options.idempotency_key)
            headers[name] = options.idempotency_key
        return headers

    # -- hosts: operations sent to a server of their own --------------------------------

    #: host name -> its URL, as the generated client fills it in (relative URLs are
    #: resolved against the base URL when a request is made)
    _host_urls: Dict[str, str] = {}

    def _url_on_host(self, host: str, path: str) -> str:
        """The absolute URL of ``path`` on the named host (``client.base_urls[host]``)."""
        url = httpx2.URL(self._host_urls[host])
        if url.is_relative_url:
            url = self.base_url.join(url)
        url = self._enforce_trailing_slash(url)
        merge = httpx2.URL(path)
        return str(url.copy_with(raw_path=url.raw_path + merge.raw_path.lstrip(b"/")))

    @property
    def base_urls(self) -> Dict[str, str]:
        """The URL of each host some operations are sent to instead of the base URL."""
        return {name: self._url_on_host(name, "") for name in self._host_urls}

    def _build_request_kwargs(
        self, options: FinalRequestOptions, headers: httpx2.Headers
    ) -> Dict[str, Any]:
        kwargs: Dict[str, Any] = {}
        body = options.json_data
        if options.extra_json is not None:
            if body is None:
                body = dict(options.extra_json)
            elif isinstance(body, Mapping):
                body = {**body, **options.extra_json}
        content_type = headers.get("content-type", "").lower()
        if options.files is not None or content_type.startswith("multipart/"):
            if "content-type" in headers:
                del headers["content-type"]
            files = to_httpx_files(options.files) or []
            fields = to_form_fields(body)
            if files:
                kwargs["files"] = files
                kwargs["data"] = fields
            else:
                content, multipart_type = _encode_multipart(fields)
                headers["Content-Type"] = multipart_type
                kwargs["content"] = content
            return kwargs
        if body is None:
            return kwargs
        if isinstance(body, (bytes, bytearray)) or is_file_content(body):
            kwargs["content"] = self._read_raw_body(body)
            if "content-type" not in headers:
                headers["Content-Type"] = "application/octet-stream"
            return kwargs
        if content_type.startswith("application/x-www-form-urlencoded"):
            if not isinstance(body, Mapping):
                raise TypeError("A form-urlencoded body must be a mapping")
            kwargs["content"] = urlencode(self._qs.stringify_items(body)).encode()
            return kwargs
        if isinstance(body, str) and content_type and "json" not in content_type:
            kwargs["content"] = body.encode("utf-8")
            return kwargs
        kwargs["content"] = json_dumps(body)
        if "content-type" not in headers:
            headers["Content-Type"] = "application/json"
        return kwargs

    @staticmethod
    def _read_raw_body(body: object) -> bytes:
        if isinstance(body, (bytes, bytearray)):
            return bytes(body)
        if isinstance(body, os.PathLike):
            with open(body, "rb") as file:
                return file.read()
        read = getattr(body, "read", None)
        if callable(read):
            data = read()
            if isinstance(data, str):
                return data.encode("utf-8")
            if isinstance(data, (bytes, bytearray)):
                return bytes(data)
        raise TypeError(f"Cannot send a {type(body).__name__} as a raw request body")

    def _request_parts(
        self, options: FinalRequestOptions
    ) -> Tuple[httpx2.URL, httpx2.Headers, Dict[str, Any]]:
        headers = self._build_headers(options)
        params = {**self._custom_query, **self.auth_query, **options.params}
        query = self._qs.stringify_items(params)
        kwargs = self._build_request_kwargs(options, headers)
        url = self._prepare_url(options.url)
        if query:
            url = url.copy_merge_params(tuple(query))
        return url, headers, kwargs

    def _timeout_for(self, options: FinalRequestOptions) -> Timeout:
        if isinstance(options.timeout, NotGiven):
            return self.timeout
        return options.timeout

    @staticmethod
    def _take_raw_flag(
        options: FinalRequestOptions,
    ) -> Tuple[FinalRequestOptions, str]:
        """The options without the raw-response marker, and its value.

        ``"raw"``: return the ``APIResponse`` with its body read; ``"stream"``: return it
        with the body unread (``with_streaming_response``); ``""``: the parsed value.
        """
        mode = ""
        headers = dict(options.headers)
        found = False
        for name in list(headers):
            if name.lower() == RAW_RESPONSE_HEADER.lower():
                found = True
                value = headers.pop(name)
                if isinstance(value, str) and value in ("raw", "stream"):
                    mode = value
        if not found:
            return options, ""
        return dataclasses.replace(options, headers=headers), mode

    def _should_retry(self, response: httpx2.Response) -> bool:
        should_retry = response.headers.get("x-should-retry")
        if should_retry == "true":
            return True
        if should_retry == "false":
            return False
        status = response.status_code
        return status in (408, 409, 429) or status >= 500

    def _retry_delay(
        self, retries_taken: int, response_headers: Optional[httpx2.Headers]
    ) -> float:
        """Seconds to wait before retry number ``retries_taken + 1``."""
        retry_after = _parse_retry_after(response_headers)
        if retry_after is not None and retry_after > 0:
            return min(retry_after, MAX_RETRY_AFTER)
        delay = min(INITIAL_RETRY_DELAY * pow(2.0, retries_taken), MAX_RETRY_DELAY)
        jitter = 1 - 0.25 * random.random()
        return max(delay * jitter, 0.0)

    def _make_status_error(self, response: httpx2.Response) -> APIStatusError:
        body = _error_body(response)
        return make_status_error(
            _error_message(response.status_code, body), response=response, body=body
        )


class SyncAPIClient(BaseClient):
    """Synchronous client over an ``httpx2.Client``."""

    _client: httpx2.Client

    def __init__(
        self,
        *,
        base_url: str | httpx2.URL,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str | Omit] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx2.Client | None = None,
        custom_headers: Mapping[str, str | Omit] | None = None,
        custom_query: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            custom_headers=custom_headers,
            custom_query=custom_query,
        )
        if http_client is not None and not isinstance(http_client, httpx2.Client):
            raise TypeError(_http_client_error(http_client, "Client"))
        self._client = http_client or httpx2.Client(
            timeout=self.timeout,
            follow_redirects=True,
            limits=DEFAULT_CONNECTION_LIMITS,
        )

    def is_closed(self) -> bool:
        return self._client.is_closed

    def close(self) -> None:
        """Close the underlying HTTP client (unless this is a copy sharing it)."""
        if not self._shares_http_client and not self._client.is_closed:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def copy(
        self,
        *,
        base_url: str | httpx2.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str | Omit] | None = None,
        set_default_headers: Mapping[str, str | Omit] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        http_client: httpx2.Client | None = None,
        **kwargs: Any,
    ) -> Self:
        """A new client with some options changed, sharing this one's HTTP client.

        ``default_headers`` / ``default_query`` are merged into the current ones,
        ``set_default_headers`` / ``set_default_query`` replace them.
        """
        params = _copy_params(
            self,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
        )
        new = type(self)(
            **{**params, "http_client": http_client or self._client, **kwargs}
        )
        new._shares_http_client = http_client is None
        new._copied_from(self)
        return new

    with_options = copy

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Type[_StreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _StreamT:
        """Send one request (with retries) and return its parsed result."""
        options, raw = self._take_raw_flag(options)
        max_retries = options.get_max_retries(self.max_retries)
        # a download's body is left to read unless the raw response (body read) is asked for
        send_stream = (
            stream or raw == "stream" or (is_binary_type(cast_to) and raw != "raw")
        )
        auth = self._auth_for(options)
        retries_taken = 0
        while True:
            url, headers, kwargs = self._request_parts(options)
            request = self._client.build_request(
                options.method.upper(),
                url,
                headers=headers,
                timeout=self._timeout_for(options),
                **kwargs,
            )
            log.debug("HTTP request: %s %s", request.method, options.url)
            try:
                response = self._client.send(request, stream=send_stream, auth=auth)
            except httpx2.TimeoutException as err:
                if retries_taken < max_retries:
                    self._pause(options, retries_taken, None)
                    retries_taken += 1
                    continue
                raise APITimeoutError(request=request) from err
            except httpx2.TransportError as err:
                if retries_taken < max_retries:
                    self._pause(options, retries_taken, None)
                    retries_taken += 1
                    continue
                raise APIConnectionError(request=request) from err
            log.debug(
                "HTTP response: %s %s -> %s",
                request.method,
                options.url,
                response.status_code,
            )
            if response.is_error:
                if retries_taken < max_retries and self._should_retry(response):
                    response.close()
                    self._pause(options, retries_taken, response.headers)
                    retries_taken += 1
                    continue
                if send_stream:
                    with transport_errors(request):
                        response.read()
                raise self._make_status_error(response)
            break
        response_cls = (
            StreamedBinaryAPIResponse
            if raw == "stream" and is_binary_type(cast_to)
            else APIResponse
        )
        api_response: APIResponse[Any] = response_cls(
            raw=response,
            cast_to=cast_to,
            client=self,
            stream=stream,
            stream_cls=stream_cls,
            stream_mode=stream_mode,
            options=options,
            retries_taken=retries_taken,
        )
        if raw:
            return cast(ResponseT, api_response)
        return cast(ResponseT, api_response.parse())

    def _pause(
        self,
        options: FinalRequestOptions,
        retries_taken: int,
        headers: Optional[httpx2.Headers],
    ) -> None:
        delay = self._retry_delay(retries_taken, headers)
        log.info("Retrying %s in %.2f seconds", options.url, delay)
        self._sleep(delay)

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: Literal[False] = False,
        stream_cls: None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT: ...

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_StreamT],
        stream_mode: StreamMode = "data",
    ) -> _StreamT: ...

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Type[_StreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _StreamT: ...

    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Type[_StreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _StreamT:
        """Send a GET request to ``path`` (relative to ``base_url``)."""
        opts = FinalRequestOptions.build(method="get", url=path, options=options)
        return self.request(
            cast_to, opts, stream=stream, stream_cls=stream_cls, stream_mode=stream_mode
        )

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[False] = False,
        stream_cls: None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT: ...

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_StreamT],
        stream_mode: StreamMode = "data",
    ) -> _StreamT: ...

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Type[_StreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _StreamT: ...

    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Type[_StreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _StreamT:
        """Send a POST request to ``path`` (relative to ``base_url``)."""
        opts = FinalRequestOptions.build(
            method="post", url=path, options=options, body=body, files=files
        )
        return self.request(
            cast_to, opts, stream=stream, stream_cls=stream_cls, stream_mode=stream_mode
        )

    @overload
    def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[False] = False,
        stream_cls: None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT: ...

    @overload
    def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_StreamT],
        stream_mode: StreamMode = "data",
    ) -> _StreamT: ...

    @overload
    def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Type[_StreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _StreamT: ...

    def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Type[_StreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _StreamT:
        """Send a PATCH request to ``path`` (relative to ``base_url``)."""
        opts = FinalRequestOptions.build(
            method="patch", url=path, options=options, body=body, files=files
        )
        return self.request(
            cast_to, opts, stream=stream, stream_cls=stream_cls, stream_mode=stream_mode
        )

    @overload
    def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[False] = False,
        stream_cls: None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT: ...

    @overload
    def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_StreamT],
        stream_mode: StreamMode = "data",
    ) -> _StreamT: ...

    @overload
    def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Type[_StreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _StreamT: ...

    def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Type[_StreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _StreamT:
        """Send a PUT request to ``path`` (relative to ``base_url``)."""
        opts = FinalRequestOptions.build(
            method="put", url=path, options=options, body=body, files=files
        )
        return self.request(
            cast_to, opts, stream=stream, stream_cls=stream_cls, stream_mode=stream_mode
        )

    @overload
    def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[False] = False,
        stream_cls: None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT: ...

    @overload
    def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_StreamT],
        stream_mode: StreamMode = "data",
    ) -> _StreamT: ...

    @overload
    def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Type[_StreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _StreamT: ...

    def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Type[_StreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _StreamT:
        """Send a DELETE request to ``path`` (relative to ``base_url``)."""
        opts = FinalRequestOptions.build(
            method="delete", url=path, options=options, body=body, files=files
        )
        return self.request(
            cast_to, opts, stream=stream, stream_cls=stream_cls, stream_mode=stream_mode
        )

    @overload
    def _send(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[False] = False,
        stream_cls: None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT: ...

    @overload
    def _send(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_StreamT],
        stream_mode: StreamMode = "data",
    ) -> _StreamT: ...

    @overload
    def _send(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Type[_StreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _StreamT: ...

    def _send(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Type[_StreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _StreamT:
        """Send a request of any other method (HEAD, OPTIONS, TRACE) to ``path``.

        A HEAD answer has no body: read its headers through ``with_raw_response``.
        """
        opts = FinalRequestOptions.build(
            method=method, url=path, options=options, body=body, files=files
        )
        return self.request(
            cast_to, opts, stream=stream, stream_cls=stream_cls, stream_mode=stream_mode
        )

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[object],
        page: Type[SyncPageT],
        body: Body | None = None,
        options: RequestOptions = {},
        method: str = "get",
    ) -> SyncPageT:
        """Request the first page of a list; iterating the page walks every page."""
        opts = FinalRequestOptions.build(
            method=method, url=path, options=options, body=body
        )
        return self._request_api_list(model, page=page, options=opts)

    def _request_api_list(
        self,
        model: Type[object],
        *,
        page: Type[SyncPageT],
        options: FinalRequestOptions,
    ) -> SyncPageT:
        page_options = self._take_raw_flag(options)[0]

        def _parser(resp: SyncPageT) -> SyncPageT:
            resp._set_private_attributes(client=self, model=model, options=page_options)
            return resp

        options = dataclasses.replace(options, post_parser=_parser)
        return self.request(page, options, stream=False)


class AsyncAPIClient(BaseClient):
    """Asynchronous client over an ``httpx2.AsyncClient``."""

    _client: httpx2.AsyncClient

    def __init__(
        self,
        *,
        base_url: str | httpx2.URL,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str | Omit] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx2.AsyncClient | None = None,
        custom_headers: Mapping[str, str | Omit] | None = None,
        custom_query: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            custom_headers=custom_headers,
            custom_query=custom_query,
        )
        if http_client is not None and not isinstance(http_client, httpx2.AsyncClient):
            raise TypeError(_http_client_error(http_client, "AsyncClient"))
        self._client = http_client or httpx2.AsyncClient(
            timeout=self.timeout,
            follow_redirects=True,
            limits=DEFAULT_CONNECTION_LIMITS,
        )

    def is_closed(self) -> bool:
        return self._client.is_closed

    async def close(self) -> None:
        """Close the underlying HTTP client (unless this is a copy sharing it)."""
        if not self._shares_http_client and not self._client.is_closed:
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    def copy(
        self,
        *,
        base_url: str | httpx2.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str | Omit] | None = None,
        set_default_headers: Mapping[str, str | Omit] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        http_client: httpx2.AsyncClient | None = None,
        **kwargs: Any,
    ) -> Self:
        """A new client with some options changed, sharing this one's HTTP client.

        ``default_headers`` / ``default_query`` are merged into the current ones,
        ``set_default_headers`` / ``set_default_query`` replace them.
        """
        params = _copy_params(
            self,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
        )
        new = type(self)(
            **{**params, "http_client": http_client or self._client, **kwargs}
        )
        new._shares_http_client = http_client is None
        new._copied_from(self)
        return new

    with_options = copy

    async def _sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Type[_AsyncStreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _AsyncStreamT:
        """Send one request (with retries) and return its parsed result."""
        options, raw = self._take_raw_flag(options)
        max_retries = options.get_max_retries(self.max_retries)
        # a download's body is left to read unless the raw response (body read) is asked for
        send_stream = (
            stream or raw == "stream" or (is_binary_type(cast_to) and raw != "raw")
        )
        auth = self._auth_for(options)
        retries_taken = 0
        while True:
            url, headers, kwargs = self._request_parts(options)
            request = self._client.build_request(
                options.method.upper(),
                url,
                headers=headers,
                timeout=self._timeout_for(options),
                **kwargs,
            )
            log.debug("HTTP request: %s %s", request.method, options.url)
            try:
                response = await self._client.send(
                    request, stream=send_stream, auth=auth
                )
            except httpx2.TimeoutException as err:
                if retries_taken < max_retries:
                    await self._pause(options, retries_taken, None)
                    retries_taken += 1
                    continue
                raise APITimeoutError(request=request) from err
            except httpx2.TransportError as err:
                if retries_taken < max_retries:
                    await self._pause(options, retries_taken, None)
                    retries_taken += 1
                    continue
                raise APIConnectionError(request=request) from err
            log.debug(
                "HTTP response: %s %s -> %s",
                request.method,
                options.url,
                response.status_code,
            )
            if response.is_error:
                if retries_taken < max_retries and self._should_retry(response):
                    await response.aclose()
                    await self._pause(options, retries_taken, response.headers)
                    retries_taken += 1
                    continue
                if send_stream:
                    with transport_errors(request):
                        await response.aread()
                raise self._make_status_error(response)
            break
        response_cls = (
            AsyncStreamedBinaryAPIResponse
            if raw == "stream" and is_binary_type(cast_to)
            else AsyncAPIResponse
        )
        api_response: AsyncAPIResponse[Any] = response_cls(
            raw=response,
            cast_to=cast_to,
            client=self,
            stream=stream,
            stream_cls=stream_cls,
            stream_mode=stream_mode,
            options=options,
            retries_taken=retries_taken,
        )
        if raw:
            return cast(ResponseT, api_response)
        return cast(ResponseT, await api_response.parse())

    async def _pause(
        self,
        options: FinalRequestOptions,
        retries_taken: int,
        headers: Optional[httpx2.Headers],
    ) -> None:
        delay = self._retry_delay(retries_taken, headers)
        log.info("Retrying %s in %.2f seconds", options.url, delay)
        await self._sleep(delay)

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: Literal[False] = False,
        stream_cls: None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT: ...

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
        stream_mode: StreamMode = "data",
    ) -> _AsyncStreamT: ...

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Type[_AsyncStreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _AsyncStreamT: ...

    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Type[_AsyncStreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _AsyncStreamT:
        """Send a GET request to ``path`` (relative to ``base_url``)."""
        opts = FinalRequestOptions.build(method="get", url=path, options=options)
        return await self.request(
            cast_to, opts, stream=stream, stream_cls=stream_cls, stream_mode=stream_mode
        )

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[False] = False,
        stream_cls: None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
        stream_mode: StreamMode = "data",
    ) -> _AsyncStreamT: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Type[_AsyncStreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _AsyncStreamT: ...

    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Type[_AsyncStreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _AsyncStreamT:
        """Send a POST request to ``path`` (relative to ``base_url``)."""
        opts = FinalRequestOptions.build(
            method="post", url=path, options=options, body=body, files=files
        )
        return await self.request(
            cast_to, opts, stream=stream, stream_cls=stream_cls, stream_mode=stream_mode
        )

    @overload
    async def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[False] = False,
        stream_cls: None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT: ...

    @overload
    async def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
        stream_mode: StreamMode = "data",
    ) -> _AsyncStreamT: ...

    @overload
    async def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Type[_AsyncStreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _AsyncStreamT: ...

    async def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Type[_AsyncStreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _AsyncStreamT:
        """Send a PATCH request to ``path`` (relative to ``base_url``)."""
        opts = FinalRequestOptions.build(
            method="patch", url=path, options=options, body=body, files=files
        )
        return await self.request(
            cast_to, opts, stream=stream, stream_cls=stream_cls, stream_mode=stream_mode
        )

    @overload
    async def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[False] = False,
        stream_cls: None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT: ...

    @overload
    async def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
        stream_mode: StreamMode = "data",
    ) -> _AsyncStreamT: ...

    @overload
    async def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Type[_AsyncStreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _AsyncStreamT: ...

    async def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Type[_AsyncStreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _AsyncStreamT:
        """Send a PUT request to ``path`` (relative to ``base_url``)."""
        opts = FinalRequestOptions.build(
            method="put", url=path, options=options, body=body, files=files
        )
        return await self.request(
            cast_to, opts, stream=stream, stream_cls=stream_cls, stream_mode=stream_mode
        )

    @overload
    async def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[False] = False,
        stream_cls: None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT: ...

    @overload
    async def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
        stream_mode: StreamMode = "data",
    ) -> _AsyncStreamT: ...

    @overload
    async def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Type[_AsyncStreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _AsyncStreamT: ...

    async def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Type[_AsyncStreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _AsyncStreamT:
        """Send a DELETE request to ``path`` (relative to ``base_url``)."""
        opts = FinalRequestOptions.build(
            method="delete", url=path, options=options, body=body, files=files
        )
        return await self.request(
            cast_to, opts, stream=stream, stream_cls=stream_cls, stream_mode=stream_mode
        )

    @overload
    async def _send(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[False] = False,
        stream_cls: None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT: ...

    @overload
    async def _send(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
        stream_mode: StreamMode = "data",
    ) -> _AsyncStreamT: ...

    @overload
    async def _send(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Type[_AsyncStreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _AsyncStreamT: ...

    async def _send(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        files: RequestFiles | None = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Type[_AsyncStreamT] | None = None,
        stream_mode: StreamMode = "data",
    ) -> ResponseT | _AsyncStreamT:
        """Send a request of any other method (HEAD, OPTIONS, TRACE) to ``path``.

        A HEAD answer has no body: read its headers through ``with_raw_response``.
        """
        opts = FinalRequestOptions.build(
            method=method, url=path, options=options, body=body, files=files
        )
        return await self.request(
            cast_to, opts, stream=stream, stream_cls=stream_cls, stream_mode=stream_mode
        )

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[_T],
        page: Type[AsyncPageT],
        body: Body | None = None,
        options: RequestOptions = {},
        method: str = "get",
    ) -> AsyncPaginator[_T, AsyncPageT]:
        """``await`` the result for the first page, or ``async for`` over every item."""
        opts = FinalRequestOptions.build(
            method=method, url=path, options=options, body=body
        )
        return AsyncPaginator(client=self, options=opts, page_cls=page, model=model)

    async def _request_api_list(
        self,
        model: Type[object],
        *,
        page: Type[AsyncPageT],
        options: FinalRequestOptions,
    ) -> AsyncPageT:
        page_options = self._take_raw_flag(options)[0]

        def _parser(resp: AsyncPageT) -> AsyncPageT:
            resp._set_private_attributes(client=self, model=model, options=page_options)
            return resp

        options = dataclasses.replace(options, post_parser=_parser)
        return await self.request(page, options, stream=False)


def _copy_params(
    client: BaseClient,
    *,
    base_url: str | httpx2.URL | None,
    timeout: Timeout | NotGiven,
    max_retries: int | NotGiven,
    default_headers: Mapping[str, str | Omit] | None,
    set_default_headers: Mapping[str, str | Omit] | None,
    default_query: Mapping[str, object] | None,
    set_default_query: Mapping[str, object] | None,
) -> Dict[str, Any]:
    if default_headers is not None and set_default_headers is not None:
        raise ValueError("Pass default_headers or set_default_headers, not both")
    if default_query is not None and set_default_query is not None:
        raise ValueError("Pass default_query or set_default_query, not both")
    headers: Dict[str, str | Omit] = dict(client._custom_headers)
    if default_headers is not None:
        headers.update(default_headers)
    elif set_default_headers is not None:
        headers = dict(set_default_headers)
    query: Dict[str, object] = dict(client._custom_query)
    if default_query is not None:
        query.update(default_query)
    elif set_default_query is not None:
        query = dict(set_default_query)
    params: Dict[str, Any] = {
        **client._copy_kwargs(),
        "base_url": base_url or client.base_url,
        "timeout": client.timeout if isinstance(timeout, NotGiven) else timeout,
        "max_retries": (
            client.max_retries if isinstance(max_retries, NotGiven) else max_retries
        ),
        "default_headers": headers,
        "default_query": query,
    }
    return params


class SyncAPIResource:
    """Base of the generated synchronous resources (``client.models``, ...)."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self._get = client.get
        self._post = client.post
        self._patch = client.patch
        self._put = client.put
        self._delete = client.delete
        self._send = client._send
        self._get_api_list = client.get_api_list

    def _sleep(self, seconds: float) -> None:
        self._client._sleep(seconds)


class AsyncAPIResource:
    """Base of the generated asynchronous resources."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self._get = client.get
        self._post = client.post
        self._patch = client.patch
        self._put = client.put
        self._delete = client.delete
        self._send = client._send
        self._get_api_list = client.get_api_list

    async def _sleep(self, seconds: float) -> None:
        await self._client._sleep(seconds)
