"""Page types returned by list methods.

``for item in client.things.list(): ...`` walks every page; ``async for`` does the same
with the ``async`` client. ``iter_pages()``, ``has_next_page()`` and ``get_next_page()``
give page-level control.
"""

from __future__ import annotations

import dataclasses
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Dict,
    Generator,
    Generic,
    Iterable,
    Iterator,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    TypeVar,
    cast,
)

import httpx2

from ._base_client import BaseAsyncPage, BaseSyncPage, PageInfo
from ._models import FinalRequestOptions, construct_type

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient
    from ._types import RequestOptions

__all__ = [
    "SyncPage",
    "AsyncPage",
    "SyncCursorPage",
    "AsyncCursorPage",
    "SyncListPage",
    "AsyncListPage",
    "AsyncListPaginator",
    "NextPageInfo",
    "parse_link_header",
]

_T = TypeVar("_T")


def _item_id(item: object) -> Optional[str]:
    if isinstance(item, Mapping):
        value: object = item.get("id")
    else:
        value = getattr(item, "id", None)
    return value if isinstance(value, str) and value else None


def _cursor_next(
    data: List[Any], has_more: Optional[bool], last_id: Optional[str]
) -> Optional[PageInfo]:
    if has_more is False or not data:
        return None
    cursor = _item_id(data[-1]) or last_id
    if not cursor:
        return None
    return PageInfo(params={"after": cursor})


class SyncPage(BaseSyncPage[_T], Generic[_T]):
    """A list response without a cursor: a single page holding ``data``."""

    data: List[_T]
    object: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def next_page_info(self) -> Optional[PageInfo]:
        return None


class AsyncPage(BaseAsyncPage[_T], Generic[_T]):
    """A list response without a cursor: a single page holding ``data``."""

    data: List[_T]
    object: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def next_page_info(self) -> Optional[PageInfo]:
        return None


class SyncCursorPage(BaseSyncPage[_T], Generic[_T]):
    """A cursor-paginated list: the next page is requested with ``after=<last id>``."""

    data: List[_T]
    has_more: Optional[bool] = None
    first_id: Optional[str] = None
    last_id: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        return _cursor_next(self.data or [], self.has_more, self.last_id)


class AsyncCursorPage(BaseAsyncPage[_T], Generic[_T]):
    """A cursor-paginated list: the next page is requested with ``after=<last id>``."""

    data: List[_T]
    has_more: Optional[bool] = None
    first_id: Optional[str] = None
    last_id: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        return _cursor_next(self.data or [], self.has_more, self.last_id)


# -- pages of any API -----------------------------------------------------------
#
# ``SyncListPage`` / ``AsyncListPage`` wrap one response of a list call whose paging
# the generator read from the spec: ``paging`` says where the items are and which
# signals tell the next page (a next URL or token in the body, a ``Link`` header, the
# last item's id, offset or page number). Signals are tried in that order; each one
# the response carries decides, one it lacks leaves the decision to the next.


@dataclasses.dataclass
class NextPageInfo:
    """The next page's request: a URL to follow as given, or query parameters, or fields
    of the JSON body (a list sent as a POST search)."""

    url: Optional[str] = None
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)
    json: Mapping[str, object] = dataclasses.field(default_factory=dict)


_MISSING = object()


def _dig(data: object, path: Optional[Sequence[str]]) -> object:
    """The value at ``path`` in decoded JSON, ``_MISSING`` where it is not."""
    if path is None:
        return _MISSING
    value = data
    for key in path:
        if not isinstance(value, Mapping) or key not in value:
            return _MISSING
        value = value[key]
    return value


def _as_int(value: object) -> Optional[int]:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _split_outside_quotes(text: str, sep: str) -> List[str]:
    """``text`` split at ``sep`` outside quoted strings and ``<...>``."""
    parts: List[str] = []
    current: List[str] = []
    quoted = angled = False
    escaped = False
    for ch in text:
        if escaped:
            current.append(ch)
            escaped = False
            continue
        if quoted and ch == "\\":
            current.append(ch)
            escaped = True
            continue
        if ch == '"' and not angled:
            quoted = not quoted
        elif ch == "<" and not quoted:
            angled = True
        elif ch == ">" and not quoted:
            angled = False
        if ch == sep and not quoted and not angled:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        inner = value[1:-1]
        out: List[str] = []
        escaped = False
        for ch in inner:
            if escaped or ch != "\\":
                out.append(ch)
                escaped = False
            else:
                escaped = True
        return "".join(out)
    return value


def parse_link_header(values: Iterable[str]) -> List[Tuple[str, Dict[str, str]]]:
    """The links of RFC 8288 ``Link`` header values: ``(target, {param: value})`` each.

    Several headers and several links per header are read; parameters may come in any
    order and be quoted (``rel="next"``, ``title="a, b; c"``); names are lower-cased.
    """
    links: List[Tuple[str, Dict[str, str]]] = []
    for value in values:
        for link in _split_outside_quotes(value, ","):
            link = link.strip()
            if not link.startswith("<") or ">" not in link:
                continue
            end = link.index(">")
            target = link[1:end].strip()
            params: Dict[str, str] = {}
            for param in _split_outside_quotes(link[end + 1 :], ";"):
                name, sep, raw = param.partition("=")
                name = name.strip().lower().rstrip("*")
                if name and name not in params:
                    params[name] = _unquote(raw) if sep else ""
            links.append((target, params))
    return links


_PAGE_RELS = frozenset({"next", "prev", "previous", "first", "last"})


def _link_next(headers: httpx2.Headers) -> Tuple[bool, Optional[str]]:
    """(whether ``Link`` headers link pages, the target of ``rel="next"``)."""
    paged = False
    for target, params in parse_link_header(headers.get_list("link")):
        rels = params.get("rel", "").lower().split()
        if "next" in rels:
            return True, target
        paged = paged or bool(_PAGE_RELS.intersection(rels))
    return paged, None


_TOTAL_HEADERS = ("x-total-count", "x-total", "x-wp-total")
_PAGES_HEADERS = ("x-total-pages", "x-wp-totalpages", "x-page-count")


def _first_int(headers: httpx2.Headers, names: Sequence[str]) -> Optional[int]:
    for name in names:
        value = _as_int(headers.get(name))
        if value is not None:
            return value
    return None


def _looks_like_url(value: str) -> bool:
    return "://" in value or value.startswith("/") or "?" in value


class _ListPageState(Generic[_T]):
    """What sync and async list pages share: the response, its items, the next."""

    _options: FinalRequestOptions
    _paging: Mapping[str, Any]

    def _load(
        self,
        response: httpx2.Response,
        *,
        options: FinalRequestOptions,
        item: Any,
        body: Any,
        paging: Mapping[str, Any],
    ) -> None:
        self._response = response
        self._options = options
        self._item = item
        self._body_type = body
        self._paging = paging
        data: object = response.json() if response.content.strip() else None
        self._data = data
        self._body: Any = construct_type(body, data) if body is not None else data
        raw_items = _dig(data, paging.get("items") or ())
        self._items: List[_T] = (
            [construct_type(item, value) for value in raw_items]
            if isinstance(raw_items, list)
            else []
        )

    @property
    def http_response(self) -> httpx2.Response:
        """The HTTP response this page was read from (its headers, status, URL)."""
        return self._response

    def _get_page_items(self) -> List[_T]:
        return self._items

    @property
    def page_items(self) -> List[_T]:
        """This page's items only (iterating the page walks every page)."""
        return self._items

    def to_model(self) -> Any:
        """The whole response body, parsed as the operation's response type."""
        return self._body

    def __getattr__(self, name: str) -> Any:
        # the response's own fields stay readable: ``page.meta.total``
        if name.startswith("_"):
            raise AttributeError(name)
        body = self.__dict__.get("_body")
        if body is None or isinstance(body, (list, str, int, float, bool)):
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}"
            )
        return getattr(body, name)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(items={len(self._items)},"
            f" has_next_page={self.has_next_page()}, url={str(self._response.url)!r})"
        )

    def has_next_page(self) -> bool:
        return self.next_page_info() is not None

    def next_page_info(self) -> Optional[NextPageInfo]:
        """How to request the page after this one, or None on the last page."""
        paging = self._paging
        data = self._data
        if not self._items:
            return None
        sent = self._sent()
        has_more = _dig(data, paging.get("has_more"))
        if has_more is False:
            return None
        cursor_param: Optional[str] = paging.get("cursor_param")
        # a next URL in the body (absolute or relative), followed as given
        url_path = paging.get("next_url")
        if url_path:
            value = _dig(data, url_path)
            if isinstance(value, str) and value.strip():
                value = value.strip()
                if _looks_like_url(value) or not cursor_param:
                    return self._follow(value)
                return self._with_params({cursor_param: value})
            if _dig(data, url_path[:-1]) is not _MISSING:
                return None  # the body says where the next page is, and says: nowhere
        # a next-page token in the body, sent back as a query parameter
        token_path = paging.get("next_token")
        if token_path and cursor_param:
            value = _dig(data, token_path)
            if (
                isinstance(value, (str, int))
                and not isinstance(value, bool)
                and str(value)
            ):
                if isinstance(value, str) and "://" in value:
                    return self._follow(value)  # a URL where a token was expected
                return self._with_params({cursor_param: value})
            if cursor_param in sent:
                return None
        # an RFC 8288 Link header with rel="next"
        if paging.get("link"):
            present, target = _link_next(self._response.headers)
            if target:
                return self._follow(target)
            if present:
                return None
        # the cursor is the last item's id
        if paging.get("item_cursor") and cursor_param:
            last = self._items[-1]
            key = paging.get("item_id") or "id"
            cursor = (
                last.get(key) if isinstance(last, Mapping) else getattr(last, key, None)
            )
            if cursor is None or cursor == "":
                return None
            limit_param = paging.get("limit_param")
            limit = _as_int(sent.get(limit_param)) if limit_param else None
            if limit is not None and len(self._items) < limit:
                return None  # a short page is the last (no `has_more` to say so)
            return self._with_params({cursor_param: cursor})
        count = len(self._items)
        headers = self._response.headers
        total = _as_int(_dig(data, paging.get("total")))
        if total is None:  # X-Total-Count (JSON Server, GitLab's X-Total, WordPress)
            total = _first_int(headers, _TOTAL_HEADERS)
        # offset and limit
        offset_param: Optional[str] = paging.get("offset_param")
        if offset_param:
            offset = _as_int(sent.get(offset_param)) or 0
            limit = (
                _as_int(sent.get(paging.get("limit_param") or ""))
                if paging.get("limit_param")
                else None
            )
            following = offset + count
            if total is not None and following >= total:
                return None
            if limit is not None and count < limit:
                return None
            return self._with_params({offset_param: following})
        # page number and page size
        page_param: Optional[str] = paging.get("page_param")
        if page_param:
            first = _as_int(paging.get("first_page"))
            first = 1 if first is None else first
            page = _as_int(sent.get(page_param))
            page = first if page is None else page
            size = (
                _as_int(sent.get(paging.get("size_param") or ""))
                if paging.get("size_param")
                else None
            )
            pages = _as_int(_dig(data, paging.get("total_pages")))
            if pages is None:
                pages = _first_int(headers, _PAGES_HEADERS)
            if (
                "x-next-page" in headers
            ):  # GitLab: the next page number, empty on the last
                announced = _as_int(headers["x-next-page"])
                if announced is None or announced == page:
                    return None
                return self._with_params({page_param: announced})
            done = page - first + 1
            if pages is not None and done >= pages:
                return None
            if total is not None and done * (size or count) >= total:
                return None
            if size is not None and count < size:
                return None
            return self._with_params({page_param: page + 1})
        return None

    def _follow(self, target: str) -> Optional[NextPageInfo]:
        url = str(self._response.request.url.join(target))
        if url == str(self._response.request.url):
            return None  # the same page again: the server would loop
        return NextPageInfo(url=url)

    def _sent(self) -> Mapping[str, object]:
        """What the request sent where the cursor goes: its query, or its JSON body."""
        if self._paging.get("cursor_in") == "body":
            body = self._options.json_data
            return body if isinstance(body, Mapping) else {}
        return self._response.request.url.params

    def _with_params(self, params: Mapping[str, object]) -> Optional[NextPageInfo]:
        sent = self._sent()
        if all(str(sent.get(k)) == str(v) for k, v in params.items()):
            return None  # the same page again: the server would loop
        if self._paging.get("cursor_in") == "body":
            return NextPageInfo(json=params)
        return NextPageInfo(params=params)

    def _next_options(self, info: NextPageInfo) -> FinalRequestOptions:
        if info.url is not None:
            return dataclasses.replace(self._options, url=info.url, params={})
        if info.json:
            body = self._options.json_data
            merged = {**(body if isinstance(body, Mapping) else {}), **info.json}
            return dataclasses.replace(self._options, json_data=merged)
        return dataclasses.replace(
            self._options, params={**self._options.params, **info.params}
        )


class SyncListPage(_ListPageState[_T], Generic[_T]):
    """One page of a list call; iterating it yields every item of every page, lazily.

    ``has_next_page()``, ``get_next_page()`` and ``iter_pages()`` give page-level
    control; the response's own fields read as attributes (``page.meta``),
    ``page_items`` is this page's items and ``to_model()`` the whole response body.
    """

    def __init__(
        self,
        response: httpx2.Response,
        *,
        client: SyncAPIClient,
        options: FinalRequestOptions,
        item: Any,
        body: Any,
        paging: Mapping[str, Any],
    ) -> None:
        self._client = client
        self._load(response, options=options, item=item, body=body, paging=paging)

    @classmethod
    def request(
        cls,
        client: SyncAPIClient,
        path: str,
        *,
        item: Any,
        body: Any,
        paging: Mapping[str, Any],
        options: RequestOptions,
        method: str = "get",
        json: Optional[Mapping[str, object]] = None,
    ) -> SyncListPage[_T]:
        """Send a list call's first request (a GET, or a POST search with its `json`
        body); its answer is the first page."""
        opts = FinalRequestOptions.build(
            method=method, url=path, options=options, body=json
        )
        return cls._send(client, opts, item=item, body=body, paging=paging)

    @classmethod
    def _send(
        cls,
        client: SyncAPIClient,
        options: FinalRequestOptions,
        *,
        item: Any,
        body: Any,
        paging: Mapping[str, Any],
    ) -> SyncListPage[_T]:
        page_options = client._take_raw_flag(options)[0]

        def _parser(response: httpx2.Response) -> SyncListPage[_T]:
            return cls(
                response,
                client=client,
                options=page_options,
                item=item,
                body=body,
                paging=paging,
            )

        options = dataclasses.replace(options, post_parser=_parser)
        return cast("SyncListPage[_T]", client.request(httpx2.Response, options))

    def __iter__(self) -> Iterator[_T]:
        for page in self.iter_pages():
            yield from page._get_page_items()

    def iter_pages(self) -> Iterator[SyncListPage[_T]]:
        page: SyncListPage[_T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def get_next_page(self) -> SyncListPage[_T]:
        info = self.next_page_info()
        if info is None:
            raise RuntimeError(
                "There is no next page; check has_next_page() before get_next_page()."
            )
        return type(self)._send(
            self._client,
            self._next_options(info),
            item=self._item,
            body=self._body_type,
            paging=self._paging,
        )


class AsyncListPage(_ListPageState[_T], Generic[_T]):
    """One page of an ``async`` list call; ``async for`` over it yields every item of
    every page, lazily. See ``SyncListPage``."""

    def __init__(
        self,
        response: httpx2.Response,
        *,
        client: AsyncAPIClient,
        options: FinalRequestOptions,
        item: Any,
        body: Any,
        paging: Mapping[str, Any],
    ) -> None:
        self._client = client
        self._load(response, options=options, item=item, body=body, paging=paging)

    @classmethod
    async def _send(
        cls,
        client: AsyncAPIClient,
        options: FinalRequestOptions,
        *,
        item: Any,
        body: Any,
        paging: Mapping[str, Any],
    ) -> AsyncListPage[_T]:
        page_options = client._take_raw_flag(options)[0]

        def _parser(response: httpx2.Response) -> AsyncListPage[_T]:
            return cls(
                response,
                client=client,
                options=page_options,
                item=item,
                body=body,
                paging=paging,
            )

        options = dataclasses.replace(options, post_parser=_parser)
        return cast("AsyncListPage[_T]", await client.request(httpx2.Response, options))

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page._get_page_items():
                yield item

    async def iter_pages(self) -> AsyncIterator[AsyncListPage[_T]]:
        page: AsyncListPage[_T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def get_next_page(self) -> AsyncListPage[_T]:
        info = self.next_page_info()
        if info is None:
            raise RuntimeError(
                "There is no next page; check has_next_page() before get_next_page()."
            )
        return await type(self)._send(
            self._client,
            self._next_options(info),
            item=self._item,
            body=self._body_type,
            paging=self._paging,
        )


class AsyncListPaginator(Generic[_T]):
    """What an ``async`` list call returns: ``await`` it for the first page, or
    ``async for`` over it for every item of every page."""

    def __init__(
        self,
        client: AsyncAPIClient,
        path: str,
        *,
        item: Any,
        body: Any,
        paging: Mapping[str, Any],
        options: RequestOptions,
        method: str = "get",
        json: Optional[Mapping[str, object]] = None,
    ) -> None:
        self._client = client
        self._options = FinalRequestOptions.build(
            method=method, url=path, options=options, body=json
        )
        self._item = item
        self._body = body
        self._paging = paging

    def __await__(self) -> Generator[Any, None, AsyncListPage[_T]]:
        return self._first_page().__await__()

    async def _first_page(self) -> AsyncListPage[_T]:
        page: AsyncListPage[_T] = await AsyncListPage._send(
            self._client,
            self._options,
            item=self._item,
            body=self._body,
            paging=self._paging,
        )
        return page

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self
        async for item in page:
            yield item
