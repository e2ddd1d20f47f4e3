"""Server-sent events: the decoder's WHATWG rules and limits, and typed streams over HTTP."""

from __future__ import annotations

import asyncio
import functools
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, Dict, List

import pytest
import yaml

SPEC = (
    Path(__file__).resolve().parents[1]
    / "fixtures"
    / "upstream"
    / "openapi-2024-12-18-25be478.yaml"
)


@functools.lru_cache(maxsize=1)
def spec_stream_examples() -> Dict[str, str]:
    """The SSE response examples of ``POST /threads/runs`` in the SDK reference, by title."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with SPEC.open(encoding="utf-8") as handle:
        spec = yaml.load(handle, Loader=loader)
    examples = spec["paths"]["/threads/runs"]["post"]["x-oaiMeta"]["examples"]
    return {
        example["title"]: example["response"]
        for example in examples
        if "event: " in str(example.get("response", ""))
    }


def decode(rt: SimpleNamespace, chunks: List[bytes], **limits: int) -> List[Any]:
    decoder = rt.streaming.SSEDecoder(**limits)
    return list(decoder.iter_bytes(chunks))


def sse(rt: SimpleNamespace, **kwargs: Any) -> Any:
    return rt.streaming.ServerSentEvent(**kwargs)


# --- decoder ---------------------------------------------------------------------


def test_decodes_named_events_and_json(rt: SimpleNamespace) -> None:
    events = decode(rt, [b'event: created\ndata: {"a": 1}\n\ndata: [DONE]\n\n'])
    assert events == [sse(rt, event="created", data='{"a": 1}'), sse(rt, data="[DONE]")]
    assert events[0].json() == {"a": 1}


def test_multi_line_data_is_joined_with_newlines(rt: SimpleNamespace) -> None:
    events = decode(rt, [b"data: first\ndata: second\ndata:\ndata: fourth\n\n"])
    assert [e.data for e in events] == ["first\nsecond\n\nfourth"]


def test_comments_are_ignored(rt: SimpleNamespace) -> None:
    events = decode(rt, [b": keep-alive\n\n:another\ndata: x\n: mid-event\n\n"])
    assert events == [sse(rt, data="x")]


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"])
def test_line_endings(rt: SimpleNamespace, eol: bytes) -> None:
    body = eol.join([b"event: e", b"data: 1", b"data: 2", b"", b"data: 3", b"", b""])
    events = decode(rt, [body])
    assert events == [sse(rt, event="e", data="1\n2"), sse(rt, data="3")]


def test_lines_split_across_chunk_boundaries(rt: SimpleNamespace) -> None:
    body = b'event: delta\r\ndata: {"text": "h\xc3\xa9llo"}\r\n\r\nid: 9\r\ndata: tail\r\n\r\n'
    expected = [
        sse(rt, event="delta", data='{"text": "h\u00e9llo"}'),
        sse(rt, data="tail", id="9"),
    ]
    assert decode(rt, [body]) == expected
    # One byte at a time: CR and LF of one CRLF arrive in different chunks, and so
    # do the two bytes of a UTF-8 character.
    assert decode(rt, [body[i : i + 1] for i in range(len(body))]) == expected
    for cut in range(1, len(body)):
        assert decode(rt, [body[:cut], body[cut:]]) == expected


def test_cr_at_chunk_end_followed_by_lf_is_one_line_ending(
    rt: SimpleNamespace,
) -> None:
    events = decode(rt, [b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n"])
    assert events == [sse(rt, data="a\nb")]


def test_field_without_colon_and_single_leading_space(rt: SimpleNamespace) -> None:
    events = decode(rt, [b"event\ndata\n\ndata:no-space\n\ndata:  two\n\n"])
    assert events == [
        sse(rt, event="", data=""),
        sse(rt, data="no-space"),
        sse(rt, data=" two"),
    ]


def test_id_and_retry_fields(rt: SimpleNamespace) -> None:
    events = decode(
        rt,
        [b"id: 7\nretry: 1500\ndata: a\n\nretry: soon\nunknown: x\ndata: b\n\n"],
    )
    assert events == [
        sse(rt, data="a", id="7", retry=1500),
        sse(rt, data="b", id="7", retry=1500),
    ]
    # Blocks with only an id or retry dispatch nothing.
    assert decode(rt, [b"id: 1\n\nretry: 10\n\n"]) == []


def test_byte_order_mark_is_dropped(rt: SimpleNamespace) -> None:
    assert decode(rt, [b"\xef\xbb\xbfdata: x\n\n"]) == [sse(rt, data="x")]


def test_last_event_without_blank_line_is_delivered(rt: SimpleNamespace) -> None:
    assert decode(rt, [b"data: a\n\ndata: b"]) == [sse(rt, data="a"), sse(rt, data="b")]


def test_overlong_line_raises_instead_of_buffering(rt: SimpleNamespace) -> None:
    decoder = rt.streaming.SSEDecoder(max_line_bytes=64)
    decoder.feed(b"data: " + b"x" * 40)
    with pytest.raises(rt.exceptions.SSEError, match="longer than 64 bytes"):
        decoder.feed(b"x" * 40)
    with pytest.raises(rt.exceptions.SSEError, match="longer than 64 bytes"):
        decode(rt, [b"data: " + b"y" * 100 + b"\n\n"], max_line_bytes=64)
    assert rt.streaming.SSEDecoder().max_line_bytes == 4 * 1024 * 1024
    assert rt.streaming.SSEDecoder().max_event_bytes == 16 * 1024 * 1024


def test_oversized_event_raises(rt: SimpleNamespace) -> None:
    with pytest.raises(rt.exceptions.SSEError, match="larger than 100 bytes"):
        decode(rt, [b"data: 0123456789\n" * 20 + b"\n"], max_event_bytes=100)
    # The limit is per event, not per stream.
    events = decode(rt, [b"data: 0123456789\n\n" * 50], max_event_bytes=100)
    assert len(events) == 50


# --- typed streams over HTTP -----------------------------------------------------


def test_data_stream_yields_typed_items_until_done(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    body = (
        b'data: {"id": "c1", "delta": "Hel"}\n\n'
        b': ping\n\ndata: {"id": "c1", "delta": "lo", "new_field": 1}\n\n'
        b"data: [DONE]\n\n"
        b'data: {"id": "after", "delta": "never seen"}\n\n'
    )
    server.add(chunks=[body[i : i + 7] for i in range(0, len(body), 7)])
    client = make_client()
    stream = client.widgets.stream(prompt="hi")
    assert isinstance(stream, rt.streaming.Stream)
    items = list(stream)
    assert [type(i) for i in items] == [rt.widget.WidgetChunk] * 2
    assert "".join(i.delta for i in items) == "Hello"
    assert items[1].new_field == 1
    assert stream.response.is_closed
    assert server.requests[0].json() == {"prompt": "hi", "stream": True}


def test_stream_context_manager_closes_response(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(
        chunks=[
            b'data: {"id": "1", "delta": "a"}\n\n',
            b'data: {"id": "2", "delta": "b"}\n\n',
        ]
    )
    with make_client().widgets.stream(prompt="x") as stream:
        first = next(stream)
        assert first.id == "1"
    assert stream.response.is_closed


def test_error_event_raises_api_error(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(
        chunks=[
            b'data: {"id": "1", "delta": "a"}\n\n',
            b'event: error\ndata: {"error": {"message": "overloaded", "type": "server"}}\n\n',
        ]
    )
    received: List[Any] = []
    with pytest.raises(rt.exceptions.APIError, match="overloaded") as info:
        for item in make_client().widgets.stream(prompt="x"):
            received.append(item)
    assert len(received) == 1
    assert info.value.type == "server"
    assert info.value.body == {"message": "overloaded", "type": "server"}


def test_error_object_in_data_raises_api_error(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(chunks=[b'data: {"error": {"message": "quota exceeded"}}\n\n'])
    with pytest.raises(rt.exceptions.APIError, match="quota exceeded"):
        list(make_client().widgets.stream(prompt="x"))


def test_malformed_json_raises_sse_error_naming_the_event(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(
        chunks=[
            b'data: {"id": "1", "delta": "a"}\n\n',
            b'data: {"id": "2", "delta": \n\n',
        ]
    )
    with pytest.raises(rt.exceptions.SSEError) as info:
        list(make_client().widgets.stream(prompt="x"))
    message = str(info.value)
    assert "#2" in message
    assert '{"id": "2", "delta":' in message
    assert info.value.index == 2
    assert isinstance(info.value, rt.exceptions.APIError)


def test_overlong_line_over_http(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(chunks=[b'data: {"id": "1", "delta": "' + b"z" * 5000 + b'"}\n\n'])
    client = make_client()
    client._make_sse_decoder = lambda: rt.streaming.SSEDecoder(max_line_bytes=1024)
    with pytest.raises(rt.exceptions.SSEError, match="longer than 1024 bytes"):
        list(client.widgets.stream(prompt="x"))


def _event_stream(
    client: Any, rt: SimpleNamespace, server: Any, body: str, chunk: int = 97
) -> Any:
    data = body.encode()
    server.add(chunks=[data[i : i + chunk] for i in range(0, len(data), chunk)])
    Stream = rt.streaming.Stream
    return client.post(
        "/threads/runs",
        body={"assistant_id": "asst_123", "stream": True},
        cast_to=object,
        stream=True,
        stream_cls=Stream[rt.widget.AssistantStreamEvent],
        stream_mode="event",
    )


def test_event_mode_parses_the_reference_stream(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    example = spec_stream_examples()["Streaming"]
    # The reference's run.completed block lacks its "data:" prefix; repaired here.
    repaired = example.replace(
        'event: thread.run.completed\n{"id"', 'event: thread.run.completed\ndata: {"id"'
    )
    assert repaired != example
    w = rt.widget
    items = list(_event_stream(make_client(), rt, server, repaired))
    assert len(items) == 14
    assert isinstance(items[0], w.ThreadCreated)
    assert items[0].data.id == "thread_123"
    assert isinstance(items[1], w.RunEvent)
    assert items[1].event == "thread.run.created"
    assert items[1].data.status == "queued"
    assert items[1].data.tool_choice == "auto"  # kept as an extra field
    assert isinstance(items[4], w.OtherEvent)
    assert items[-1].event == "thread.run.completed"
    assert items[-1].data.status == "completed"


def test_event_mode_block_without_data_line_raises(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    example = spec_stream_examples()["Streaming"]
    assert 'event: thread.run.completed\n{"id"' in example
    items: List[Any] = []
    with pytest.raises(rt.exceptions.SSEError) as info:
        for item in _event_stream(make_client(), rt, server, example):
            items.append(item)
    assert len(items) == 13
    assert info.value.event == "thread.run.completed"
    assert "'thread.run.completed'" in str(info.value)
    assert "no data" in str(info.value)


def test_event_mode_stray_brace_raises_naming_the_event(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    example = spec_stream_examples()["Streaming with Functions"]
    items: List[Any] = []
    with pytest.raises(rt.exceptions.SSEError) as info:
        for item in _event_stream(make_client(), rt, server, example):
            items.append(item)
    assert len(items) == 1  # thread.created is fine
    message = str(info.value)
    assert "'thread.run.created'" in message
    assert "Extra data" in message
    assert '{"id":"run_123","object":"thread.run"' in message
    assert info.value.event == "thread.run.created"
    assert info.value.index == 2


def test_event_without_data_raises_and_done_event_ends(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    client = make_client()
    body = 'event: thread.created\ndata: {"id":"t","object":"thread","created_at":1}\n\nevent: done\n\nevent: thread.run.created\n\n'
    items = list(_event_stream(client, rt, server, body))
    assert len(items) == 1
    with pytest.raises(rt.exceptions.SSEError, match="'thread.run.created'.*no data"):
        list(_event_stream(client, rt, server, "event: thread.run.created\n\n"))


def test_unknown_event_kind_is_kept_raw(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    body = 'event: thread.brand_new\ndata: {"x": 1}\n\ndata: [DONE]\n\n'
    items = list(_event_stream(make_client(), rt, server, body))
    assert items == [{"event": "thread.brand_new", "data": {"x": 1}}]


def test_async_stream(rt: SimpleNamespace, server: Any) -> None:
    body = b'data: {"id": "1", "delta": "a"}\r\n\r\ndata: {"id": "2", "delta": "b"}\r\n\r\ndata: [DONE]\r\n\r\n'
    server.add(chunks=[body[i : i + 5] for i in range(0, len(body), 5)])
    server.add(chunks=[b'data: {"id": "1", "delta": "a"}\n\ndata: {oops}\n\n'])

    async def main() -> None:
        async with rt.client.AsyncRtClient(api_key="k", base_url=server.url) as client:
            stream = await client.widgets.stream(prompt="x")
            assert isinstance(stream, rt.streaming.AsyncStream)
            items = [item async for item in stream]
            assert [i.id for i in items] == ["1", "2"]
            assert stream.response.is_closed
            bad = await client.widgets.stream(prompt="y")
            with pytest.raises(rt.exceptions.SSEError, match="#2"):
                async for _ in bad:
                    pass

    asyncio.run(main())


def test_stream_request_is_retried_and_errors_carry_the_body(
    rt: SimpleNamespace,
    server: Any,
    make_client: Callable[..., Any],
    delays: List[float],
) -> None:
    server.add(status=429, headers={"retry-after-ms": "10"})
    server.add(chunks=[b'data: {"id": "1", "delta": "a"}\n\ndata: [DONE]\n\n'])
    server.add(status=400, body={"error": {"message": "bad prompt"}})
    client = make_client()
    assert [c.delta for c in client.widgets.stream(prompt="x")] == ["a"]
    assert delays == [0.01]
    with pytest.raises(rt.exceptions.BadRequestError, match="bad prompt") as info:
        client.widgets.stream(prompt="y")
    assert info.value.body == {"message": "bad prompt"}
