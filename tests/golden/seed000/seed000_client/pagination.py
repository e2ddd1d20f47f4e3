"""Page types returned by list methods.

``for item in client.things.list(): ...`` walks every page; ``async for`` does the same
with the ``async`` client. ``iter_pages()``, ``has_next_page()`` and ``get_next_page()``
give page-level control.
"""

from __future__ import annotations

from typing import Any, Generic, List, Mapping, Optional, TypeVar

from ._base_client import BaseAsyncPage, BaseSyncPage, PageInfo

__all__ = [
    "SyncPage",
    "AsyncPage",
    "SyncCursorPage",
    "AsyncCursorPage",
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
