"""Faults while a body is read, and `with_streaming_response`, on a real loopback server.

The scripted server cuts a chunked body mid-way (the socket is shut down before the last
chunk) or stalls between chunks longer than the client's timeout. Whatever the body is
(server-sent events, a download, a streamed JSON response), the caller sees the client's
own `APIConnectionError` / `APITimeoutError`, never an httpx2 exception.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, List

import httpx2
import pytest

EVENT = b'data: {"id": "1", "delta": "a"}\n\n'
HALF_EVENT = b'data: {"id": "2", "del'


def _check_connection_error(rt: SimpleNamespace, error: BaseException) -> None:
    assert type(error) is rt.exceptions.APIConnectionError
    assert isinstance(error.__cause__, httpx2.TransportError)
    assert error.request.url.path.startswith("/v1/widgets")


# --- server-sent events -------------------------------------------------------------


def test_sse_cut_mid_stream_raises_connection_error(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(chunks=[EVENT, HALF_EVENT], cut=True)
    received: List[Any] = []
    with pytest.raises(rt.exceptions.APIError) as info:
        for item in make_client().widgets.stream(prompt="x"):
            received.append(item)
    assert [item.id for item in received] == ["1"]
    _check_connection_error(rt, info.value)


def test_sse_stalled_past_the_timeout_raises_timeout_error(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(chunks=[EVENT, EVENT], chunk_delay=2.0)
    stream = make_client(timeout=0.5, max_retries=0).widgets.stream(prompt="x")
    assert next(stream).id == "1"
    with pytest.raises(rt.exceptions.APITimeoutError) as info:
        next(stream)
    assert isinstance(info.value.__cause__, httpx2.TimeoutException)
    assert stream.response.is_closed


def test_async_sse_cut_and_stall(rt: SimpleNamespace, server: Any) -> None:
    server.add(chunks=[EVENT, HALF_EVENT], cut=True)
    server.add(chunks=[EVENT, EVENT], chunk_delay=2.0)

    async def main() -> None:
        async with rt.client.AsyncRtClient(
            api_key="k", base_url=server.url + "/v1", timeout=0.5, max_retries=0
        ) as client:
            received: List[Any] = []
            with pytest.raises(rt.exceptions.APIError) as cut:
                async for item in await client.widgets.stream(prompt="x"):
                    received.append(item)
            assert [item.id for item in received] == ["1"]
            _check_connection_error(rt, cut.value)
            stream = await client.widgets.stream(prompt="y")
            assert (await stream.__anext__()).id == "1"
            with pytest.raises(rt.exceptions.APITimeoutError):
                await stream.__anext__()

    asyncio.run(main())


# --- downloads and streamed responses -----------------------------------------------


def test_download_cut_mid_body_raises_connection_error(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any], tmp_path: Path
) -> None:
    binary = {"Content-Type": "application/octet-stream"}
    server.add(chunks=[b"x" * 1000, b"y" * 1000], cut=True, headers=binary)
    server.add(chunks=[b"x" * 1000, b"y" * 1000], cut=True, headers=binary)
    client = make_client()
    with pytest.raises(rt.exceptions.APIError) as info:
        client.widgets.download("w1").write_to_file(tmp_path / "out.bin")
    _check_connection_error(rt, info.value)
    with client.widgets.with_streaming_response.download("w1") as response:
        with pytest.raises(rt.exceptions.APIError) as info:
            b"".join(response.iter_bytes())
    _check_connection_error(rt, info.value)


def test_streaming_response_reads_the_body_lazily(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any], tmp_path: Path
) -> None:
    gate = threading.Event()
    server.add(
        chunks=[b"first-", b"second-", b"third"],
        headers={"Content-Type": "application/octet-stream"},
        gate=gate,
    )
    client = make_client(timeout=20)
    with client.widgets.with_streaming_response.download("w1") as response:
        assert isinstance(response, rt.response.StreamedBinaryAPIResponse)
        assert response.status_code == 200 and not response.is_closed
        chunks = response.iter_bytes()
        # the server holds back the rest until the gate opens: only the first chunk exists yet
        assert next(chunks) == b"first-"
        gate.set()
        assert b"".join(chunks) == b"second-third"
    assert response.is_closed

    server.add(chunks=[b"ab", b"cd"], headers={"Content-Type": "application/octet-stream"})
    with client.widgets.with_streaming_response.download("w1") as response:
        response.stream_to_file(tmp_path / "out.bin", chunk_size=1)
    assert (tmp_path / "out.bin").read_bytes() == b"abcd"


def test_streaming_response_parse_read_and_lines(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    widget = b'{"id": "w1", "name": "n", "kind": "small"}'
    server.add(chunks=[widget[:10], widget[10:]], headers={"Content-Type": "application/json"})
    server.add(chunks=[b"line one\nline ", b"two\n"], headers={"Content-Type": "text/plain"})
    server.add(chunks=[widget], headers={"Content-Type": "application/json"})
    server.add(chunks=[EVENT, b"data: [DONE]\n\n"])
    client = make_client()
    with client.widgets.with_streaming_response.retrieve("w1") as response:
        assert type(response) is rt.response.APIResponse
        assert not response.is_closed
        parsed = response.parse()
        assert isinstance(parsed, rt.widget.Widget) and parsed.id == "w1"
        assert response.parse() is parsed
        assert response.json()["kind"] == "small"
    assert response.is_closed
    with client.widgets.with_streaming_response.retrieve("w2") as response:
        assert list(response.iter_lines()) == ["line one", "line two"]
    with client.widgets.with_streaming_response.retrieve("w3") as response:
        assert response.read() == widget and response.text() == widget.decode()
    with client.widgets.with_streaming_response.stream(prompt="x") as response:
        assert [item.delta for item in response.parse()] == ["a"]
    assert all(r.header("X-Oasgen-Raw-Response") is None for r in server.requests)


def test_streaming_response_closes_an_unread_body_and_raises_status_errors(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(chunks=[b"a" * 100, b"b" * 100], headers={"Content-Type": "application/octet-stream"})
    server.add(status=404, body={"error": {"message": "no such widget", "code": "nf"}})
    client = make_client(max_retries=0)
    with client.widgets.with_streaming_response.download("w1") as response:
        assert not response.is_closed
    assert response.is_closed
    with pytest.raises(rt.exceptions.NotFoundError) as info:
        with client.widgets.with_streaming_response.retrieve("missing"):
            pass  # pragma: no cover - the request fails on entry
    assert info.value.body == {"message": "no such widget", "code": "nf"}
    assert info.value.code == "nf"


def test_async_streaming_response(rt: SimpleNamespace, server: Any) -> None:
    widget = b'{"id": "w1", "name": "n", "kind": "large"}'
    server.add(chunks=[widget[:5], widget[5:]], headers={"Content-Type": "application/json"})
    server.add(chunks=[b"ab", b"cd"], headers={"Content-Type": "application/octet-stream"})
    server.add(chunks=[b"x" * 10, HALF_EVENT], cut=True, headers={"Content-Type": "text/plain"})
    server.add(chunks=[b"one\n", b"two"], headers={"Content-Type": "text/plain"})

    async def main() -> None:
        async with rt.client.AsyncRtClient(
            api_key="k", base_url=server.url + "/v1", max_retries=0
        ) as client:
            async with client.widgets.with_streaming_response.retrieve("w1") as response:
                assert type(response) is rt.response.AsyncAPIResponse
                assert not response.is_closed
                parsed = await response.parse()
                assert parsed.kind == "large"
            assert response.is_closed
            async with client.widgets.with_streaming_response.download("w1") as response:
                assert [c async for c in response.iter_bytes()] in ([b"ab", b"cd"], [b"abcd"])
            async with client.widgets.with_streaming_response.retrieve("w2") as response:
                with pytest.raises(rt.exceptions.APIError) as info:
                    await response.read()
                _check_connection_error(rt, info.value)
            async with client.widgets.with_streaming_response.retrieve("w3") as response:
                assert [line async for line in response.iter_lines()] == ["one", "two"]

    asyncio.run(main())


def test_raw_response_of_a_download_has_its_body_read(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(chunks=[b"ab", b"cd"], headers={"Content-Type": "application/octet-stream"})
    response = make_client().widgets.with_raw_response.download("w1")
    assert response.is_closed  # read whole, as with_raw_response promises
    download = response.parse()
    assert isinstance(download, rt.response.BinaryAPIResponse) and download.read() == b"abcd"
