"""How the generated server bounds request bodies, in-process: its limits as `create_app` sets
them, `x-oasgen-max-body` from the spec to the IR to the app, media types and request ids.

(`test_server_limits.py` measures what bad input costs under uvicorn.)
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from fastapi import Request
from test_server_support import Built, built, generate, import_fresh, sample_handlers

from generator.load.loader import load_spec
from generator.normalize.normalizer import normalize
from generator.normalize.operations import byte_size

BEARER = {"Authorization": "Bearer sk-test"}
MIB = 1024 * 1024


def request(app: Any, method: str, url: str, **kwargs: Any) -> httpx2.Response:
    async def go() -> httpx2.Response:
        transport = httpx2.ASGITransport(app=app)
        async with httpx2.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.request(method, url, **kwargs)

    return asyncio.run(go())


async def pieces(size: int) -> AsyncIterator[bytes]:
    """`size` bytes, sent chunked (no Content-Length)."""
    while size > 0:
        yield b"x" * min(size, 65536)
        size -= 65536


def error_of(r: httpx2.Response, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text[:300]
    error = r.json()["error"]
    assert error["request_id"] == r.headers["x-request-id"]
    return error  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def runs() -> Built:
    return built("runs")


def app_of(b: Built, **limits: Any) -> Any:
    return b.server.create_app(sample_handlers(b.api, b.server, b.package), **limits)


def upload(size: int) -> dict[str, Any]:
    return {"files": {"file": ("a.bin", b"\0" * size)}, "data": {"purpose": "input"}, "headers": BEARER}


def test_create_app_sets_the_limits(runs: Built) -> None:
    small = app_of(runs, max_body_size=1000, max_upload_size=3000)
    assert request(small, "POST", "/v2/runs", json={"model": "m" * 900}, headers=BEARER).status_code == 201
    error = error_of(request(small, "POST", "/v2/runs", json={"model": "m" * 1000}, headers=BEARER), 413)
    assert error["code"] == "request_too_large" and "1000 bytes" in error["message"]
    assert error["type"] == "invalid_request_error"
    # counted as it arrives when no Content-Length says
    sent = request(small, "POST", "/v2/runs", content=pieces(5000), headers={**BEARER, "Content-Type": "application/json"})
    assert error_of(sent, 413)["code"] == "request_too_large"
    # a multipart body has the upload limit
    assert request(small, "POST", "/v2/runs/run_1/files", **upload(2000)).status_code == 200
    assert "3000 bytes" in error_of(request(small, "POST", "/v2/runs/run_1/files", **upload(4000)), 413)["message"]
    # and an operation its own
    one = app_of(runs, max_body_size=1000, operation_limits={"createRun": 2000})
    assert request(one, "POST", "/v2/runs", json={"model": "m" * 1500}, headers=BEARER).status_code == 201
    # the defaults: 4 MiB, 100 MiB
    default = app_of(runs)
    assert request(default, "POST", "/v2/runs", json={"model": "m" * (4 * MIB - 100)}, headers=BEARER).status_code == 201
    assert "4194304 bytes" in error_of(request(default, "POST", "/v2/runs", json={"model": "m" * 4 * MIB}, headers=BEARER), 413)["message"]
    assert request(default, "POST", "/v2/runs/run_1/files", **upload(5 * MIB)).status_code == 200


def test_a_route_of_your_own_has_the_limits(runs: Built) -> None:
    app = app_of(runs, max_body_size=1000)

    @app.post("/mine")
    async def mine(request: Request) -> dict[str, int]:
        return {"read": len(await request.body())}

    assert request(app, "POST", "/mine", content=b"x" * 1000, headers={"Content-Type": "text/plain"}).json() == {"read": 1000}
    sent = request(app, "POST", "/mine", content=pieces(1001), headers={"Content-Type": "text/plain"})
    assert error_of(sent, 413)["code"] == "request_too_large"


def test_create_app_refuses_wrong_limits(runs: Built) -> None:
    with pytest.raises(ValueError, match="bytes"):
        app_of(runs, max_body_size=-1)
    with pytest.raises(ValueError, match="noSuchOperation"):
        app_of(runs, operation_limits={"noSuchOperation": 10})


def test_media_types_of_the_operation(runs: Built) -> None:
    app = app_of(runs)
    error = error_of(request(app, "POST", "/v2/runs", content=b'{"model": "m"}', headers={**BEARER, "Content-Type": "text/plain"}), 415)
    assert error == {
        "message": "Unsupported Content-Type 'text/plain': this operation accepts application/json",
        "type": "invalid_request_error",
        "param": None,
        "code": "unsupported_media_type",
        "request_id": error["request_id"],
    }
    # a multipart operation names its type, and takes none other
    sent = request(app, "POST", "/v2/runs/run_1/files", json={"purpose": "input"}, headers=BEARER)
    assert "accepts multipart/form-data" in error_of(sent, 415)["message"]
    # no Content-Type
    sent = request(app, "POST", "/v2/runs", content=b'{"model": "m"}', headers=BEARER)
    assert error_of(sent, 400)["message"] == "Missing Content-Type: send the request body as application/json"
    sent = request(app, "POST", "/v2/runs", headers=BEARER)
    assert error_of(sent, 400)["message"] == "Missing request body: this operation requires one, sent as application/json"
    # operations without a body do not look at it
    assert request(app, "GET", "/v2/runs", headers={**BEARER, "Content-Type": "text/plain"}).status_code == 200


def test_request_ids_in_answers_and_logs(runs: Built, caplog: pytest.LogCaptureFixture) -> None:
    app = app_of(runs)
    with caplog.at_level(logging.INFO, logger=f"{runs.package}.server"):
        ok = request(app, "GET", "/v2/runs", headers={**BEARER, "X-Request-Id": "abc-123"})
        missing = request(app, "GET", "/v2/nothing")
        broken = request(app, "GET", "/v2/runs", headers={**BEARER, "X-Request-Id": "x\ty"})
    assert ok.status_code == 200 and ok.headers["x-request-id"] == "abc-123"
    assert error_of(missing, 404)["request_id"] == missing.headers["x-request-id"]
    assert re.fullmatch(r"req_[0-9a-f]{32}", broken.headers["x-request-id"])
    lines = [r.getMessage() for r in caplog.records]
    assert any(re.fullmatch(r"GET /v2/runs 200 \d+ ms request_id=abc-123", line) for line in lines), lines
    rid = missing.headers["x-request-id"]
    assert any(line.endswith(f"request_id={rid}") and " 404 " in line for line in lines), lines
    assert all(r.request_id != "-" for r in caplog.records)  # type: ignore[attr-defined]


def test_the_handler_reads_the_request_id(runs: Built) -> None:
    seen = []

    async def list_runs(self: Any, **kwargs: Any) -> Any:
        seen.append(runs.server.request_id())
        return {"object": "list", "data": [], "has_more": False}

    app = runs.server.create_app(sample_handlers(runs.api, runs.server, runs.package, {"listRuns": list_runs}))
    r = request(app, "GET", "/v2/runs", headers={**BEARER, "X-Request-Id": "trace-1"})
    assert r.status_code == 200 and seen == ["trace-1"]
    assert runs.server.request_id() is None  # outside a request


SPEC = """\
openapi: 3.1.0
info: {title: Limits, version: "1"}
paths:
  /notes:
    post:
      operationId: createNote
      x-oasgen-max-body: 2KiB
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, properties: {text: {type: string}}}
      responses:
        "204": {description: done}
  /files:
    post:
      operationId: putFile
      requestBody:
        x-oasgen-max-body: 3000
        content:
          application/octet-stream: {}
          image/*: {}
      responses:
        "204": {description: done}
  /wrong:
    post:
      operationId: wrong
      x-oasgen-max-body: lots
      requestBody:
        content: {text/plain: {}}
      responses:
        "204": {description: done}
    get:
      operationId: bodiless
      x-oasgen-max-body: 100
      responses:
        "204": {description: done}
"""


def test_x_oasgen_max_body(tmp_path: Path) -> None:
    spec = tmp_path / "limits.yaml"
    spec.write_text(SPEC)
    api = normalize(load_spec(spec))
    limits = {op.id: op.max_body for op in api.operations}
    assert limits == {"createNote": 2048, "putFile": 3000, "wrong": None, "bodiless": None}
    warnings = api.warnings
    assert any(
        re.search(r"limits\.yaml:28:\d+ \(/paths/~1wrong/post/x-oasgen-max-body\): warning: .*positive number of bytes", w)
        for w in warnings
    ), warnings
    assert any(
        re.search(r"limits\.yaml:35:\d+ \(/paths/~1wrong/get/x-oasgen-max-body\): warning: .*reads none", w) for w in warnings
    ), warnings
    files = generate(api, tmp_path / "out", "limits_pkg")
    app_text = files["limits_pkg/server/app.py"]
    assert '"createNote": BodyRule(("application/json",), required=True, max_size=2048)' in app_text
    assert '"putFile": BodyRule(("application/octet-stream", "image/*"), max_size=3000)' in app_text
    server = import_fresh(tmp_path / "out", "limits_pkg")
    app = server.create_app()
    assert request(app, "POST", "/notes", json={"text": "x" * 2000}).status_code == 501  # within: reaches the handler
    assert "2048 bytes" in error_of(request(app, "POST", "/notes", json={"text": "x" * 2100}), 413)["message"]
    # a wildcard takes its family; a body is optional here, so none at all is fine
    assert request(app, "POST", "/files", content=b"png", headers={"Content-Type": "image/png"}).status_code == 501
    assert request(app, "POST", "/files").status_code == 501
    sent = request(app, "POST", "/files", content=b"x" * 3001, headers={"Content-Type": "image/png"})
    assert "3000 bytes" in error_of(sent, 413)["message"]
    sent = request(app, "POST", "/files", content=b"{}", headers={"Content-Type": "application/json"})
    assert "accepts application/octet-stream or image/*" in error_of(sent, 415)["message"]
    # create_app's own limit for an operation wins over the spec's
    bigger = server.create_app(operation_limits={"createNote": 10_000})
    assert request(bigger, "POST", "/notes", json={"text": "x" * 5000}).status_code == 501


@pytest.mark.parametrize(
    ("value", "size"),
    [(1, 1), (4194304, 4194304), ("4MiB", 4 * MIB), ("500 KB", 500_000), ("2gb", 2 * 10**9), ("12", 12)],
)
def test_byte_sizes(value: Any, size: int) -> None:
    assert byte_size(value) == size


@pytest.mark.parametrize("value", [0, -1, True, 1.5, "", "lots", "5 MBs", "1.5MB", None, [1]])
def test_not_byte_sizes(value: Any) -> None:
    assert byte_size(value) is None


def test_readme_states_the_defaults(runs: Built) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    runtime = (runs.out / runs.package / "server" / "_runtime.py").read_text()
    assert "MAX_BODY_SIZE = 4 * 1024 * 1024" in runtime and "MAX_UPLOAD_SIZE = 100 * 1024 * 1024" in runtime
    section = readme.split("## Server stubs", 1)[1].split("\n## ", 1)[0]
    for words in ("4 MiB", "100 MiB", "x-oasgen-max-body", "max_body_size", "max_upload_size", "operation_limits",
                  "413", "415", "x-request-id"):  # fmt: skip
        assert words in section, words
