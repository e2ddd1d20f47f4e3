"""The base client over real loopback HTTP: retries, errors, headers, bodies, responses."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import socket
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, List

import httpx2
import pytest

SECRET = "sk-test-secret-123"


# --- retries ---------------------------------------------------------------------


def test_retries_server_errors_with_backoff(
    server: Any, make_client: Callable[..., Any], delays: List[float]
) -> None:
    server.add(status=503, body={"error": {"message": "busy"}})
    server.add(status=500, body="oops")
    server.add(body={"id": "w1", "name": "n", "kind": "small"})
    widget = make_client().widgets.retrieve("w1")
    assert widget.id == "w1"
    assert len(server.requests) == 3
    assert len(delays) == 2
    assert 0.375 <= delays[0] <= 0.5  # 0.5 s with up to 25 % jitter
    assert 0.75 <= delays[1] <= 1.0


@pytest.mark.parametrize("status", [408, 409, 429, 502])
def test_retryable_statuses(
    server: Any, make_client: Callable[..., Any], delays: List[float], status: int
) -> None:
    server.add(status=status, body={})
    server.add(body={"id": "w1", "name": "n", "kind": "small"})
    assert make_client().widgets.retrieve("w1").id == "w1"
    assert len(server.requests) == 2


def test_retry_after_headers(
    server: Any, make_client: Callable[..., Any], delays: List[float]
) -> None:
    date = email.utils.formatdate(time.time() + 30, usegmt=True)
    server.add(status=429, headers={"Retry-After": "2"})
    server.add(status=429, headers={"retry-after-ms": "1500", "Retry-After": "9"})
    server.add(status=429, headers={"Retry-After": date})
    server.add(status=429, headers={"Retry-After": "3600"})
    server.add(body={"id": "w1", "name": "n", "kind": "small"})
    make_client(max_retries=4).widgets.retrieve("w1")
    assert delays[0] == 2.0
    assert delays[1] == 1.5
    assert 27 <= delays[2] <= 31
    assert delays[3] == 60.0  # capped
    assert len(server.requests) == 5


def test_gives_up_after_max_retries(
    rt: SimpleNamespace,
    server: Any,
    make_client: Callable[..., Any],
    delays: List[float],
) -> None:
    for _ in range(4):
        server.add(status=500, body={"error": {"message": "down"}})
    with pytest.raises(rt.exceptions.InternalServerError):
        make_client().widgets.retrieve("w1")
    assert len(server.requests) == 3
    assert len(delays) == 2


def test_no_retry_on_400(
    rt: SimpleNamespace,
    server: Any,
    make_client: Callable[..., Any],
    delays: List[float],
) -> None:
    server.add(status=400, body={"error": {"message": "bad", "param": "name"}})
    with pytest.raises(rt.exceptions.BadRequestError) as info:
        make_client().widgets.retrieve("w1")
    assert info.value.param == "name"
    assert len(server.requests) == 1
    assert delays == []


def test_x_should_retry_header_wins(
    rt: SimpleNamespace,
    server: Any,
    make_client: Callable[..., Any],
    delays: List[float],
) -> None:
    server.add(status=503, headers={"x-should-retry": "false"})
    with pytest.raises(rt.exceptions.InternalServerError):
        make_client().widgets.retrieve("w1")
    assert len(server.requests) == 1
    server.add(status=400, headers={"x-should-retry": "true"})
    server.add(body={"id": "w1", "name": "n", "kind": "small"})
    make_client().widgets.retrieve("w1")
    assert len(server.requests) == 3


def test_per_call_max_retries(
    rt: SimpleNamespace,
    server: Any,
    make_client: Callable[..., Any],
    delays: List[float],
) -> None:
    server.add(status=500)
    client = make_client()
    with pytest.raises(rt.exceptions.InternalServerError):
        client.get("/widgets/w1", cast_to=object, options={"max_retries": 0})
    assert len(server.requests) == 1
    with pytest.raises(rt.exceptions.InternalServerError):
        client.with_options(max_retries=0).widgets.retrieve("w1")
    assert len(server.requests) == 2


# --- errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "status,name",
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
        (503, "InternalServerError"),
        (418, "APIStatusError"),
    ],
)
def test_status_errors(
    rt: SimpleNamespace,
    server: Any,
    make_client: Callable[..., Any],
    status: int,
    name: str,
) -> None:
    body = {"error": {"message": f"failed {status}", "code": "c1", "type": "t"}}
    server.add(status=status, body=body, headers={"x-request-id": "req_42"})
    with pytest.raises(rt.exceptions.APIStatusError) as info:
        make_client(max_retries=0).widgets.retrieve("w1")
    error = info.value
    assert type(error).__name__ == name
    assert error.status_code == status
    assert error.request_id == "req_42"
    assert error.body == body["error"]  # the error object, as the official SDK has it
    assert error.response.json() == body
    assert error.code == "c1"
    assert error.headers["x-request-id"] == "req_42"
    assert error.response.status_code == status
    assert error.request.url.path == "/v1/widgets/w1"
    assert str(error) == f"Error code: {status} - failed {status}"


def test_error_with_text_body(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(status=404, body="no such widget")
    with pytest.raises(rt.exceptions.NotFoundError) as info:
        make_client().widgets.retrieve("w1")
    assert info.value.body == "no such widget"
    assert info.value.request_id is None
    assert "no such widget" in str(info.value)


def test_timeout_raises_api_timeout_error(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(delay=1.0, body={})
    started = time.monotonic()
    with pytest.raises(rt.exceptions.APITimeoutError):
        make_client(timeout=0.2, max_retries=0).widgets.retrieve("w1")
    assert time.monotonic() - started < 0.9


def test_per_call_timeout_and_timeout_retries(
    rt: SimpleNamespace,
    server: Any,
    make_client: Callable[..., Any],
    delays: List[float],
) -> None:
    server.add(delay=1.0, body={})
    server.add(body={"id": "w1", "name": "n", "kind": "small"})
    assert make_client().widgets.retrieve("w1", timeout=0.2).id == "w1"
    assert len(delays) == 1


def test_connection_refused_raises_api_connection_error(
    rt: SimpleNamespace, delays: List[float]
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with rt.client.RtClient(
        api_key=SECRET, base_url=f"http://127.0.0.1:{port}"
    ) as client:
        with pytest.raises(rt.exceptions.APIConnectionError) as info:
            client.widgets.retrieve("w1")
    assert not isinstance(info.value, rt.exceptions.APITimeoutError)
    assert len(delays) == 2  # connection errors are retried


def test_api_key_never_in_repr_logs_or_errors(
    rt: SimpleNamespace,
    server: Any,
    make_client: Callable[..., Any],
    caplog: pytest.LogCaptureFixture,
    delays: List[float],
) -> None:
    caplog.set_level(logging.DEBUG)
    client = make_client()
    assert SECRET not in repr(client)
    assert SECRET not in repr(client.with_options(timeout=5))
    server.add(status=401, body={"error": {"message": "Incorrect API key"}})
    with pytest.raises(rt.exceptions.AuthenticationError) as info:
        client.widgets.retrieve("w1")
    assert server.requests[0].header("Authorization") == f"Bearer {SECRET}"
    texts = [str(info.value), repr(info.value), repr(info.value.request)]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    query_client = rt.client.QueryKeyClient(
        api_key=SECRET, base_url=f"http://127.0.0.1:{port}"
    )
    with pytest.raises(rt.exceptions.APIConnectionError) as conn_info:
        query_client.get("/x", cast_to=object)
    query_client.close()
    texts += [str(conn_info.value), repr(conn_info.value), repr(query_client)]
    texts += [record.getMessage() for record in caplog.records]
    assert caplog.records  # the client does log requests
    for text in texts:
        assert SECRET not in text


# --- headers ---------------------------------------------------------------------


def test_default_and_per_call_headers(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(body={"id": "w1", "name": "n", "kind": "small"})
    client = make_client(default_headers={"X-Team": "blue", "X-Drop": "1"})
    client.widgets.retrieve(
        "w1", extra_headers={"X-Call": "yes", "X-Drop": rt.types.Omit()}
    )
    got = server.requests[0]
    assert got.header("User-Agent") == "rtpkg/python"
    assert got.header("Accept") == "application/json"
    assert got.header("X-Team") == "blue"
    assert got.header("X-Call") == "yes"
    assert got.header("X-Drop") is None
    assert got.header("X-Oasgen-Raw-Response") is None


@pytest.mark.parametrize("bad", ["a\r\nX-Injected: 1", "a\nb", "a\rb"])
def test_header_values_with_cr_or_lf_are_refused(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any], bad: str
) -> None:
    with pytest.raises(ValueError, match="X-Custom") as info:
        make_client(default_headers={"X-Custom": bad})
    assert bad not in str(info.value)
    client = make_client()
    with pytest.raises(ValueError, match="X-Per-Call"):
        client.widgets.retrieve("w1", extra_headers={"X-Per-Call": bad})
    secret_client = make_client(api_key="sk-" + bad)
    with pytest.raises(ValueError, match="Authorization") as auth_info:
        secret_client.widgets.retrieve("w1")
    assert "sk-" not in str(auth_info.value)
    assert server.requests == []


def test_idempotency_key_header(server: Any, make_client: Callable[..., Any]) -> None:
    server.add(body={"id": "w1", "name": "n", "kind": "small"})
    make_client().post(
        "/widgets",
        cast_to=object,
        body={},
        options={"idempotency_key": "idem-1"},
    )
    assert server.requests[0].header("Idempotency-Key") == "idem-1"


# --- bodies and queries ----------------------------------------------------------


def test_not_given_is_dropped_and_none_is_sent_as_null(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(body={"id": "w1", "name": "n", "kind": "small"})
    server.add(body={"id": "w2", "name": "n", "kind": "small"})
    client = make_client()
    client.widgets.create(name="a")
    client.widgets.create(name="b", size=None, tags=["x"], extra_body={"beta": True})
    assert server.requests[0].json() == {"name": "a"}
    assert server.requests[1].json() == {
        "name": "b",
        "size": None,
        "tags": ["x"],
        "beta": True,
    }
    assert server.requests[0].header("Content-Type") == "application/json"


def test_query_encoding_over_http(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(body={})
    client = make_client(default_query={"api-version": "2"})
    client.get(
        "/search",
        cast_to=object,
        options=rt.base.make_request_options(
            query={
                "ids": ["a", "b"],
                "tags": rt.qs.comma_separated(["x", "y"]),
                "filter": {"status": "open", "owner": {"name": "ann"}},
                "archived": False,
                "skip": None,
                "limit": rt.types.NOT_GIVEN,
            },
            extra_query={"page": 2},
        ),
    )
    assert server.requests[0].query == [
        ("api-version", "2"),
        ("ids", "a"),
        ("ids", "b"),
        ("tags", "x,y"),
        ("filter[status]", "open"),
        ("filter[owner][name]", "ann"),
        ("archived", "false"),
        ("page", "2"),
    ]


def test_querystring_rules(rt: SimpleNamespace) -> None:
    qs = rt.qs
    assert qs.stringify({"a": [1, 2], "b": True, "c": None, "d": qs.NotGiven()}) == (
        "a=1&a=2&b=true"
    )
    # the array format: arrays inside objects, of objects, or marked deepObject
    assert qs.Querystring(array_format="comma").stringify({"a": [1, 2]}) == "a=1&a=2"
    assert qs.Querystring(array_format="comma").stringify({"a": qs.deep_object([1, 2])}) == "a=1%2C2"
    assert qs.stringify_items({"f": {"a": 1, "b": {"c": [True, False]}}}) == [
        ("f[a]", "1"),
        ("f[b][c][0]", "true"),
        ("f[b][c][1]", "false"),
    ]
    assert qs.Querystring(array_format="brackets").stringify_items({"l": [{"p": "A"}, {"p": "B"}]}) == [
        ("l[][p]", "A"),
        ("l[][p]", "B"),
    ]
    assert qs.comma_separated(None) is None


def test_auth_query_is_sent(rt: SimpleNamespace, server: Any) -> None:
    server.add(body={})
    client = rt.client.QueryKeyClient(api_key="k1", base_url=server.url)
    client.get("/x?fixed=1", cast_to=object, options={"params": {"extra": "2"}})
    client.close()
    assert sorted(server.requests[0].query) == [
        ("extra", "2"),
        ("fixed", "1"),
        ("key", "k1"),
    ]


def test_form_urlencoded_body(server: Any, make_client: Callable[..., Any]) -> None:
    server.add(body={})
    make_client().post(
        "/oauth/token",
        cast_to=object,
        body={"grant_type": "client_credentials", "scope": ["a", "b"], "x": None},
        options={"headers": {"Content-Type": "application/x-www-form-urlencoded"}},
    )
    got = server.requests[0]
    assert got.body == b"grant_type=client_credentials&scope=a&scope=b"
    assert got.header("Content-Type") == "application/x-www-form-urlencoded"


def test_octet_stream_body(
    server: Any, make_client: Callable[..., Any], tmp_path: Path
) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\x00\x01from-path")
    server.add(body={})
    server.add(body={})
    client = make_client()
    headers = {"Content-Type": "application/octet-stream"}
    client.post("/blob", cast_to=object, body=b"\x00raw", options={"headers": headers})
    client.put("/blob", cast_to=object, body=path, options={"headers": headers})
    assert server.requests[0].body == b"\x00raw"
    assert server.requests[1].body == b"\x00\x01from-path"
    assert server.requests[1].method == "PUT"
    assert server.requests[1].header("Content-Type") == "application/octet-stream"


def _multipart_parts(received: Any) -> List[Any]:
    import email.parser
    import email.policy

    raw = (
        b"Content-Type: " + received.header("Content-Type").encode() + b"\r\n\r\n"
    ) + received.body
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    return [
        (
            part.get_param("name", header="content-disposition"),
            part.get_filename(),
            part.get_content_type(),
            part.get_payload(decode=True),
        )
        for part in message.iter_parts()
    ]


def test_multipart_files(
    server: Any, make_client: Callable[..., Any], tmp_path: Path
) -> None:
    import io

    path = tmp_path / "notes.txt"
    path.write_bytes(b"from a path")
    server.add(body={"id": "w1", "name": "n", "kind": "small"})
    make_client().widgets.upload(
        file=b"raw bytes",
        attachments=[
            io.BytesIO(b"file object"),
            path,
            ("report.json", b'{"a": 1}', "application/json"),
            ("x.bin", io.BytesIO(b"tuple with io")),
        ],
        purpose="fine-tune",
    )
    got = server.requests[0]
    assert got.header("Content-Type").startswith("multipart/form-data; boundary=")
    parts = _multipart_parts(got)
    assert ("purpose", None, "text/plain", b"fine-tune") in parts
    files = [p for p in parts if p[0] != "purpose"]
    assert [(p[0], p[3]) for p in files] == [
        ("file", b"raw bytes"),
        ("attachments", b"file object"),
        ("attachments", b"from a path"),
        ("attachments", b'{"a": 1}'),
        ("attachments", b"tuple with io"),
    ]
    assert files[2][1] == "notes.txt"
    assert files[3][1:3] == ("report.json", "application/json")
    assert files[4][1] == "x.bin"


def test_multipart_files_given_as_a_stripped_mapping(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    import io

    server.add(body={})
    files = rt.utils.strip_not_given(
        {
            "file": ("a.csv", b"x,y", "text/csv"),
            "images": [b"img1", ("two.png", io.BytesIO(b"img2"))],
            "optional": rt.types.NOT_GIVEN,
        }
    )
    make_client().post(
        "/upload",
        cast_to=object,
        body={"purpose": "p"},
        files=files,
        options={"headers": {"Content-Type": "multipart/form-data"}},
    )
    parts = _multipart_parts(server.requests[0])
    assert [(p[0], p[1], p[3]) for p in parts] == [
        ("purpose", None, b"p"),
        ("file", "a.csv", b"x,y"),
        ("images", "upload", b"img1"),
        ("images", "two.png", b"img2"),
    ]
    assert parts[1][2] == "text/csv"


def test_none_header_value_is_not_sent(
    server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(body={})
    make_client(default_headers={"X-Default": "1"}).get(
        "/h", cast_to=object, options={"headers": {"X-Default": None, "X-None": None}}
    )
    got = server.requests[0]
    assert got.header("X-Default") is None and got.header("X-None") is None


def test_multipart_form_fields(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(body={})
    make_client().post(
        "/upload",
        cast_to=object,
        body={
            "flag": True,
            "count": 3,
            "meta": {"a": [1, 2]},
            "tags": ["x", "y"],
            "skip": None,
            "gone": rt.types.NOT_GIVEN,
        },
        files=[("file", ("a.txt", b"A"))],
    )
    parts = [(p[0], p[3]) for p in _multipart_parts(server.requests[0])]
    # arrays as repeated `name[]` fields, objects as `name[key]`: how form APIs read them
    assert sorted(parts) == sorted([
        ("flag", b"true"),
        ("count", b"3"),
        ("meta[a][]", b"1"),
        ("meta[a][]", b"2"),
        ("tags[]", b"x"),
        ("tags[]", b"y"),
        ("file", b"A"),
    ])
    fields = rt.files.to_form_fields({"on": False, "n": 1.5})
    assert fields == {"on": "false", "n": "1.5"}


def test_multipart_without_files_is_still_multipart(
    server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(body={})
    make_client().post(
        "/upload",
        cast_to=object,
        body={"name": "x"},
        options={"headers": {"Content-Type": "multipart/form-data"}},
    )
    parts = _multipart_parts(server.requests[0])
    assert [(p[0], p[3]) for p in parts] == [("name", b"x")]


# --- responses -------------------------------------------------------------------


def test_cast_to_variants(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    from typing import List as TList, Union

    w = rt.widget
    client = make_client()
    server.add(status=204)
    assert client.widgets.delete("w1") is None
    assert server.requests[-1].method == "DELETE"
    server.add(body="plain text")
    assert client.get("/t", cast_to=str) == "plain text"
    server.add(body=b"\x00\x01")
    assert client.get("/b", cast_to=bytes) == b"\x00\x01"
    server.add(body={"any": [1]})
    assert client.get("/o", cast_to=object) == {"any": [1]}
    server.add(body=[{"type": "circle", "radius": 1}, {"type": "square", "side": 2}])
    shapes = client.get("/s", cast_to=TList[w.Shape])
    assert [type(s) for s in shapes] == [w.Circle, w.Square]
    server.add(body={"type": "square", "side": 2})
    assert isinstance(client.get("/s", cast_to=Union[w.Circle, w.Square]), w.Square)
    server.add(body={"id": "w", "name": "n", "kind": "new-kind"})
    assert client.get("/w", cast_to=w.Widget).kind == "new-kind"
    server.add(body="<html>", headers={"Content-Type": "text/html"})
    with pytest.raises(rt.exceptions.APIResponseValidationError):
        client.get("/w", cast_to=w.Widget)
    server.add(body="not json", headers={"Content-Type": "text/plain"})
    assert client.get("/o", cast_to=object) == "not json"
    server.add(body={"x": 1})
    raw = client.get("/r", cast_to=httpx2.Response)
    assert isinstance(raw, httpx2.Response) and raw.json() == {"x": 1}


def test_raw_response_wrapper(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    server.add(
        body={"id": "w1", "name": "n", "kind": "small"},
        headers={"x-request-id": "req_raw", "X-Extra": "1"},
    )
    client = make_client()
    response = client.widgets.with_raw_response.retrieve("w1")
    assert isinstance(response, rt.response.APIResponse)
    assert response.status_code == 200
    assert response.headers["X-Extra"] == "1"
    assert response.request_id == "req_raw"
    assert response.http_request.url.path == "/v1/widgets/w1"
    assert response.json()["id"] == "w1"
    assert '"id": "w1"' in response.text()
    assert response.is_closed
    assert response.content.startswith(b"{")
    widget = response.parse()
    assert isinstance(widget, rt.widget.Widget) and widget.id == "w1"
    assert response.parse() is widget
    assert server.requests[0].header("X-Oasgen-Raw-Response") is None

    server.add(status=204)
    deleted = client.widgets.with_raw_response.delete("w1")
    assert deleted.status_code == 204 and deleted.parse() is None

    server.add(chunks=[b'data: {"id": "1", "delta": "a"}\n\ndata: [DONE]\n\n'])
    streamed = client.widgets.with_raw_response.stream(prompt="x")
    assert streamed.headers["content-type"] == "text/event-stream"
    assert [c.delta for c in streamed.parse()] == ["a"]


def test_binary_download_write_to_file(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any], tmp_path: Path
) -> None:
    payload = bytes(range(256)) * 400
    server.add(
        chunks=[payload[i : i + 10_000] for i in range(0, len(payload), 10_000)],
        headers={"Content-Type": "application/octet-stream"},
    )
    server.add(body=b"small", headers={"Content-Type": "audio/mpeg"})
    client = make_client()
    download = client.widgets.download("w1")
    assert isinstance(download, rt.response.BinaryAPIResponse)
    assert download.status_code == 200
    target = tmp_path / "out.bin"
    download.write_to_file(target)
    assert target.read_bytes() == payload
    assert download.http_response.is_closed
    second = client.widgets.download("w2")
    assert second.content == b"small"
    assert second.text == "small"
    assert b"".join(second.iter_bytes(2)) == b"small"  # from the body read above


# --- client lifecycle ------------------------------------------------------------


def test_copy_shares_http_client_and_keeps_credentials(
    rt: SimpleNamespace, server: Any, make_client: Callable[..., Any]
) -> None:
    client = make_client(default_headers={"X-A": "1"})
    copy = client.with_options(max_retries=7, default_headers={"X-B": "2"})
    assert copy._client is client._client
    assert copy.max_retries == 7 and client.max_retries == 2
    assert copy.api_key == client.api_key
    server.add(body={"id": "w1", "name": "n", "kind": "small"})
    copy.widgets.retrieve("w1")
    got = server.requests[0]
    assert (got.header("X-A"), got.header("X-B")) == ("1", "2")
    assert got.header("Authorization") == f"Bearer {SECRET}"
    replaced = client.copy(set_default_headers={"X-C": "3"})
    assert "X-A" not in replaced.default_headers
    copy.close()
    assert not client.is_closed()
    with pytest.raises(ValueError):
        client.copy(default_headers={}, set_default_headers={})
    other = client.copy(api_key="sk-other")
    assert other.api_key == "sk-other" and other.auth_headers["Authorization"].endswith(
        "sk-other"
    )


def test_repr_hides_credentials_in_base_url(rt: SimpleNamespace) -> None:
    client = rt.client.RtClient(
        api_key=SECRET, base_url="https://user:hunter2@api.example.com/v1"
    )
    assert "hunter2" not in repr(client) and SECRET not in repr(client)
    assert "api.example.com/v1/" in repr(client)
    client.close()


def test_context_manager_closes(rt: SimpleNamespace, server: Any) -> None:
    with rt.client.RtClient(api_key="k", base_url=server.url) as client:
        assert not client.is_closed()
    assert client.is_closed()
    with pytest.raises(TypeError):
        rt.client.RtClient(api_key="k", base_url=server.url, http_client=object())


def test_resource_shortcuts(
    rt: SimpleNamespace, make_client: Callable[..., Any]
) -> None:
    client = make_client()
    resource = client.widgets
    assert resource._client is client
    assert resource._get == client.get
    assert resource._post == client.post
    assert resource._get_api_list == client.get_api_list


def test_async_client_requests_retries_and_errors(
    rt: SimpleNamespace, server: Any, delays: List[float], tmp_path: Path
) -> None:
    server.add(status=503)
    server.add(body={"id": "w1", "name": "n", "kind": "small"})
    server.add(
        status=404,
        body={"error": {"message": "missing"}},
        headers={"x-request-id": "r9"},
    )
    server.add(
        body={"id": "w2", "name": "n", "kind": "small"}, headers={"x-request-id": "r10"}
    )
    server.add(
        chunks=[b"abc", b"def"], headers={"Content-Type": "application/octet-stream"}
    )
    server.add(delay=1.0, body={})

    async def main() -> None:
        async with rt.client.AsyncRtClient(
            api_key=SECRET, base_url=server.url
        ) as client:
            widget = await client.widgets.retrieve("w1")
            assert widget.id == "w1" and len(delays) == 1
            with pytest.raises(rt.exceptions.NotFoundError) as info:
                await client.widgets.retrieve("nope")
            assert info.value.request_id == "r9"
            raw = await client.widgets.with_raw_response.retrieve("w2")
            assert isinstance(raw, rt.response.AsyncAPIResponse)
            assert raw.request_id == "r10"
            assert (await raw.parse()).id == "w2"
            download = await client.widgets.download("w3")
            assert isinstance(download, rt.response.AsyncBinaryAPIResponse)
            await download.write_to_file(tmp_path / "a.bin")
            assert (tmp_path / "a.bin").read_bytes() == b"abcdef"
            with pytest.raises(rt.exceptions.APITimeoutError):
                await client.with_options(timeout=0.2, max_retries=0).widgets.retrieve(
                    "w"
                )
            assert SECRET not in repr(client)
        assert client.is_closed()

    asyncio.run(main())
