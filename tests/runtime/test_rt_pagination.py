"""Cursor and single pages, sync and async, across real HTTP requests."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any, Callable, Dict, List, Optional

import pytest

PAGES: Dict[Optional[str], Dict[str, Any]] = {
    None: {"ids": ["w1", "w2"], "has_more": True},
    "w2": {"ids": ["w3", "w4"], "has_more": True},
    "w4": {"ids": ["w5"], "has_more": False},
}


def _widget(widget_id: str) -> Dict[str, Any]:
    # w3 carries a kind newer than the model's Literal: its page must still parse.
    kind = "jumbo" if widget_id == "w3" else "small"
    return {"id": widget_id, "name": f"name {widget_id}", "kind": kind}


@pytest.fixture
def paged_server(server: Any) -> Any:
    def handler(received: Any) -> Any:
        query = dict(received.query)
        page = PAGES[query.get("after")]
        return server.make(
            body={
                "object": "list",
                "data": [_widget(i) for i in page["ids"]],
                "first_id": page["ids"][0],
                "last_id": page["ids"][-1],
                "has_more": page["has_more"],
            }
        )

    server.handler = handler
    return server


def _afters(server: Any) -> List[Optional[str]]:
    return [dict(r.query).get("after") for r in server.requests]


def test_sync_cursor_pagination_across_three_pages(
    rt: SimpleNamespace, paged_server: Any, make_client: Callable[..., Any]
) -> None:
    page = make_client().widgets.list(limit=2, extra_query={"order": "asc"})
    assert isinstance(page, rt.pagination.SyncCursorPage)
    assert [w.id for w in page.data] == ["w1", "w2"]
    assert page.has_next_page()
    assert page.next_page_info().params == {"after": "w2"}
    assert page.object == "list"  # unknown field kept as an extra
    widgets = list(page)
    assert [w.id for w in widgets] == ["w1", "w2", "w3", "w4", "w5"]
    assert all(isinstance(w, rt.widget.Widget) for w in widgets)
    assert widgets[2].kind == "jumbo"
    assert _afters(paged_server) == [None, "w2", "w4"]
    for received in paged_server.requests:
        query = dict(received.query)
        assert query["limit"] == "2" and query["order"] == "asc"
        assert received.path == "/v1/widgets"


def test_sync_iter_pages_and_get_next_page(
    rt: SimpleNamespace, paged_server: Any, make_client: Callable[..., Any]
) -> None:
    first = make_client().widgets.list(limit=2)
    pages = list(first.iter_pages())
    assert [[w.id for w in p.data] for p in pages] == [
        ["w1", "w2"],
        ["w3", "w4"],
        ["w5"],
    ]
    assert not pages[-1].has_next_page()
    with pytest.raises(RuntimeError):
        pages[-1].get_next_page()
    second = first.get_next_page()
    assert [w.id for w in second.data] == ["w3", "w4"]


def test_raw_response_of_a_list(
    rt: SimpleNamespace, paged_server: Any, make_client: Callable[..., Any]
) -> None:
    raw = make_client().widgets.with_raw_response.list(limit=2)
    assert isinstance(raw, rt.response.APIResponse)
    assert raw.json()["last_id"] == "w2"
    page = raw.parse()
    assert [w.id for w in page] == ["w1", "w2", "w3", "w4", "w5"]


def test_cursor_falls_back_to_last_id(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(body={"data": [{"name": "no id"}], "last_id": "cur-1", "has_more": True})
    server.add(body={"data": [], "has_more": None})
    client = make_client()
    page = client.get_api_list(
        "/things", model=object, page=rt.pagination.SyncCursorPage[object]
    )
    assert list(page) == [{"name": "no id"}]
    assert dict(server.requests[1].query) == {"after": "cur-1"}


def test_single_page(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(body={"object": "list", "data": [_widget("a"), _widget("b")]})
    page = make_client().get_api_list(
        "/models", model=rt.widget.Widget, page=rt.pagination.SyncPage[rt.widget.Widget]
    )
    assert not page.has_next_page()
    assert [w.id for w in page] == ["a", "b"]
    assert len(server.requests) == 1


def test_post_list(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(body={"data": [_widget("a")], "has_more": False})
    page = make_client().get_api_list(
        "/search",
        model=rt.widget.Widget,
        page=rt.pagination.SyncCursorPage[rt.widget.Widget],
        body={"q": "x"},
        method="post",
    )
    assert [w.id for w in page] == ["a"]
    assert server.requests[0].method == "POST"
    assert server.requests[0].json() == {"q": "x"}


def test_async_cursor_pagination_across_three_pages(
    rt: SimpleNamespace, paged_server: Any
) -> None:
    async def main() -> None:
        async with rt.client.AsyncRtClient(
            api_key="k", base_url=paged_server.url
        ) as client:
            paginator = client.widgets.list(limit=2)
            assert isinstance(paginator, rt.base.AsyncPaginator)
            ids = [w.id async for w in paginator]
            assert ids == ["w1", "w2", "w3", "w4", "w5"]
            first = await client.widgets.list(limit=2)
            assert isinstance(first, rt.pagination.AsyncCursorPage)
            assert first.has_next_page()
            pages = [p async for p in first.iter_pages()]
            assert [len(p.data) for p in pages] == [2, 2, 1]
            second = await first.get_next_page()
            assert [w.id for w in second.data] == ["w3", "w4"]
            ids_again = [w.id async for w in first]
            assert ids_again == ids
            raw = await client.widgets.with_raw_response.list(limit=2)
            assert isinstance(raw, rt.response.AsyncAPIResponse)
            parsed = await raw.parse()
            assert [w.id async for w in parsed] == ids

    asyncio.run(main())
    assert _afters(paged_server)[:3] == [None, "w2", "w4"]
    for received in paged_server.requests:
        assert dict(received.query)["limit"] == "2"
