"""Every HTTP method, and path keys with a fixed query or a fragment, end to end.

The generated client talks to the generated server (uvicorn on 127.0.0.1) over real HTTP,
sync and async, parsed and raw; plain httpx2 checks what goes over the wire.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Iterator

import httpx2
import pytest

from generator.emit.render import Renderer
from generator.emit.server import ServerEmitter
from generator.ir import Api, Condition
from generator.load.loader import load_spec
from generator.normalize.normalizer import normalize
from test_server_streaming import serve
from generator.pipeline import render_package
from generator.workflow.writer import write
from test_server_support import import_fresh

SPEC = Path(__file__).parent / "fixtures" / "routes" / "methods-and-keys.yaml"
PACKAGE = "mk_routes"


@pytest.fixture(scope="module")
def api() -> Api:
    return normalize(load_spec(str(SPEC)))


@pytest.fixture(scope="module")
def package(api: Api, tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("routes")
    write(out, render_package(api, PACKAGE, emit=("models", "client", "docs", "stubs")))
    server = import_fresh(out, PACKAGE)
    import importlib

    return importlib.import_module(PACKAGE), server


def echo_handlers(api: Api, server: Any) -> Any:
    """Handlers whose every method answers `Echo(operation=<its operation id>, detail=<args>)`;
    `headThing` answers with a header only (a HEAD answer has no body)."""
    from fastapi.responses import Response

    emitter = ServerEmitter(api, PACKAGE, Renderer())
    objects = {}
    for plan in emitter.resources:
        methods = {}
        for op in plan.ops:

            def make(op_id: str) -> Any:
                async def method(self: Any, **kwargs: Any) -> Any:
                    if op_id == "headThing":
                        return Response(status_code=200, headers={"x-thing": kwargs["thing_id"]})
                    detail = json.dumps(
                        {k: v.model_dump(mode="json") if hasattr(v, "model_dump") else v for k, v in kwargs.items()},
                        default=str,
                        sort_keys=True,
                    )
                    return {"operation": op_id, "detail": detail}

                return method

            methods[op.method] = make(op.op.id)
        objects[plan.attribute] = type(plan.impl, (), methods)()
    return server.Handlers(**objects)


@pytest.fixture(scope="module")
def base_url(api: Api, package: Any) -> Iterator[str]:
    _, server = package
    with serve(server.create_app(echo_handlers(api, server))) as url:
        yield url + "/api"


# -- every method ----------------------------------------------------------------------------------

CALLS = [
    ("get", "getThing", "retrieve", {}),
    ("put", "putThing", "update", {"text": "put"}),
    ("post", "postThing", "post", {"text": "post"}),
    ("delete", "deleteThing", "delete", {}),
    ("options", "optionsThing", "options", {"probe": "p", "text": "options"}),
    ("patch", "patchThing", "patch", {"text": "patch"}),
    ("trace", "traceThing", "trace", {}),
]


@pytest.mark.parametrize("method,op_id,name,kwargs", CALLS, ids=[c[0] for c in CALLS])
def test_each_method_sync_async_and_raw(package: Any, base_url: str, method: str, op_id: str, name: str, kwargs: dict[str, Any]) -> None:
    client_mod, _ = package
    with client_mod.Client(base_url=base_url, max_retries=0) as client:
        result = getattr(client.things, name)("t-1", **kwargs)
        assert result.operation == op_id
        detail = json.loads(result.detail)
        assert detail["thing_id"] == "t-1"
        if "text" in kwargs:
            assert detail["body"] == {"text": kwargs["text"]}
        if "probe" in kwargs:
            assert detail["probe"] == "p"
        raw = getattr(client.things.with_raw_response, name)("t-2", **kwargs)
        assert raw.status_code == 200
        assert raw.http_request.method == method.upper()
        assert raw.parse().operation == op_id

    async def run() -> tuple[Any, Any]:
        async with client_mod.AsyncClient(base_url=base_url, max_retries=0) as aclient:
            parsed = await getattr(aclient.things, name)("t-3", **kwargs)
            raw = await getattr(aclient.things.with_raw_response, name)("t-4", **kwargs)
            return parsed, raw, await raw.parse()

    parsed, raw, raw_parsed = asyncio.run(run())
    assert parsed.operation == op_id and json.loads(parsed.detail)["thing_id"] == "t-3"
    assert raw.http_request.method == method.upper()
    assert raw_parsed.operation == op_id and json.loads(raw_parsed.detail)["thing_id"] == "t-4"


def test_head_returns_no_body_only_status_and_headers(package: Any, base_url: str) -> None:
    client_mod, _ = package
    with client_mod.Client(base_url=base_url, max_retries=0) as client:
        assert client.things.head("t-5") is None
        raw = client.things.with_raw_response.head("t-5")
        assert (raw.status_code, raw.http_request.method, raw.headers["x-thing"]) == (200, "HEAD", "t-5")
        assert raw.parse() is None

    async def run() -> Any:
        async with client_mod.AsyncClient(base_url=base_url, max_retries=0) as aclient:
            assert await aclient.things.head("t-6") is None
            raw = await aclient.things.with_raw_response.head("t-6")
            return raw, await raw.parse()

    raw, parsed = asyncio.run(run())
    assert (raw.status_code, raw.http_request.method, raw.headers["x-thing"], parsed) == (200, "HEAD", "t-6", None)
    wire = httpx2.head(f"{base_url}/things/t-7")
    assert wire.status_code == 200 and wire.content == b"" and wire.headers["x-thing"] == "t-7"
    protocol = (Path(client_mod.__file__).parent / "server" / "handlers" / "things.py").read_text()
    assert "async def head(self, *, thing_id: str) -> Optional[Response]:" in protocol


def test_head_error_raises_typed_error_without_a_body(package: Any, api: Api) -> None:
    """A HEAD the server does not implement: 501 on the wire, no body, a typed error."""
    client_mod, server = package
    with serve(server.create_app()) as url:
        wire = httpx2.head(f"{url}/api/things/x")
        assert wire.status_code == 501 and wire.content == b""
        with client_mod.Client(base_url=url + "/api", max_retries=0) as client:
            with pytest.raises(client_mod.APIStatusError) as caught:
                client.things.head("x")
    assert caught.value.status_code == 501


def test_bodiless_methods_take_no_body_and_warn(api: Api, package: Any) -> None:
    import inspect

    client_mod, _ = package
    ops = {op.id: op for op in api.operations}
    assert ops["traceThing"].request_bodies == [] and ops["traceThing"].arguments[0].py_name == "thing_id"
    assert "text" not in inspect.signature(client_mod.Client().things.trace).parameters
    assert [r.kind for r in ops["headThing"].responses] == ["empty", "empty"]
    warnings = "\n".join(api.warnings)
    assert "methods-and-keys.yaml:58:7 (/paths/~1things~1{thing_id}/trace/requestBody)" in warnings
    assert "methods-and-keys.yaml:47:11 (/paths/~1things~1{thing_id}/head/responses/200/content)" in warnings


def test_api_md_documents_every_method(package: Any, api: Api) -> None:
    client_mod, _ = package
    text = (Path(client_mod.__file__).parent / "api.md").read_text()
    for method in ("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"):
        assert f"`{method} /things/{{thing_id}}`" in text
    assert "`POST /items?beta=true`" in text and "`GET /previews?beta=true`" in text
    assert "#refresh" not in text


# -- the IR's routes -------------------------------------------------------------------------------


def test_routes_in_the_ir(api: Api) -> None:
    routes = {(r.method, r.path): r for r in api.routes}
    ops = {op.id: op for op in api.operations}
    assert routes[("post", "/items")].operations == ["createItemBeta", "createItem"]
    assert routes[("post", "/items")].fallback == "createItem"
    assert ops["createItemBeta"].dispatch == [Condition("query", "beta", "true")]
    assert routes[("get", "/items/{item_id}")].operations == ["getItemBeta", "getItem"]
    assert routes[("get", "/previews")].fallback is None
    assert ops["refreshToken"].path == "/token" and ops["refreshToken"].key == "/token#refresh"
    assert ops["refreshToken"].dispatch == [Condition("body", "grant_type", "refresh_token")]
    assert ops["requestToken"].dispatch == []
    assert ops["patchDoc"].dispatch == [Condition("content_type", "", ("application/json-patch+json",))]
    assert ops["replaceDoc"].dispatch == [Condition("content_type", "", ("application/json",))]
    assert routes[("put", "/docs/{doc_id}")].fallback is None
    assert {ops["eventCreated"].dispatch[0].value, ops["eventDeleted"].dispatch[0].value} == {"created", "deleted"}
    assert routes[("get", "/reports")].operations == ["listReports", "summarizeReports"]
    assert routes[("get", "/reports")].fallback == "listReports"
    assert len(api.routes) == len({(op.method, op.path) for op in api.operations}) - 1  # items/{id} twice


def test_fragments_and_collisions_are_warned_where_they_are(api: Api) -> None:
    warnings = "\n".join(api.warnings)
    assert "methods-and-keys.yaml:118:3 (/paths/~1token#refresh): warning: path key '/token#refresh'" in warnings
    assert "refreshToken shares POST /token with requestToken; the server tells it apart by the body field grant_type" in warnings
    unreachable = [w for w in api.warnings if "never with summarizeReports" in w]
    assert len(unreachable) == 1 and "methods-and-keys.yaml:187:5 (/paths/~1reports#summary/get)" in unreachable[0]
    assert not any("createItemBeta" in w for w in api.warnings)  # a fixed query is no finding


# -- the server's routes over loopback ------------------------------------------------------------


def test_fixed_query_routes_reach_their_own_handlers(package: Any, base_url: str) -> None:
    client_mod, _ = package
    with client_mod.Client(base_url=base_url, max_retries=0) as client:
        assert client.items.create(text="a").operation == "createItem"
        beta = client.items.create_beta(text="b", tone="t")
        assert beta.operation == "createItemBeta" and json.loads(beta.detail)["body"] == {"text": "b", "tone": "t"}
        assert client.items.retrieve("i1").operation == "getItem"
        beta_get = client.items.retrieve_beta("i2")
        assert beta_get.operation == "getItemBeta" and json.loads(beta_get.detail)["id"] == "i2"
        assert client.previews.retrieve().operation == "listPreviews"
    assert httpx2.get(f"{base_url}/items/i3", params={"beta": "true"}).json()["operation"] == "getItemBeta"
    assert httpx2.get(f"{base_url}/items/i3", params={"beta": "false"}).json()["operation"] == "getItem"
    assert httpx2.get(f"{base_url}/previews").status_code == 404  # only `?beta=true` is an operation
    assert httpx2.delete(f"{base_url}/items/i3?beta=true").status_code == 405
    # HEAD beside a dispatched GET reaches its own operation, with or without the query
    assert httpx2.head(f"{base_url}/items/i4").status_code == 204
    assert httpx2.head(f"{base_url}/items/i4?beta=true").status_code == 204


def test_fragment_routes_dispatch_on_what_tells_them_apart(package: Any, base_url: str) -> None:
    client_mod, _ = package

    async def run() -> list[str]:
        async with client_mod.AsyncClient(base_url=base_url, max_retries=0) as c:
            return [
                (await c.token.create(grant_type="authorization_code", code="c")).operation,
                (await c.token.refresh(grant_type="refresh_token", refresh_token="r")).operation,
                (await c.docs.update("d1", text="x")).operation,
                (await c.docs.patch("d1", body=[{"op": "remove", "path": "/text"}])).operation,
                (await c.events.create(kind="created", name="n")).operation,
                (await c.events.event_deleted(kind="deleted")).operation,
                (await c.reports.retrieve()).operation,
                (await c.reports.summarize_reports()).operation,
            ]

    assert asyncio.run(run()) == [
        "requestToken", "refreshToken", "replaceDoc", "patchDoc", "eventCreated", "eventDeleted",
        "listReports", "listReports",  # told apart by nothing: warned, answered by the plain one
    ]  # fmt: skip
    sent = httpx2.put(f"{base_url}/docs/d2", content=b"[]", headers={"Content-Type": "application/json-patch+json"})
    assert sent.json()["operation"] == "patchDoc"
    bad = httpx2.post(f"{base_url}/events", json={"kind": "other"})
    assert bad.status_code == 400 and bad.json()["error"]["type"] == "invalid_request_error"


def test_constant_header_and_query_parameters_tell_operations_apart(package: Any, base_url: str, api: Api) -> None:
    client_mod, _ = package
    ops = {op.id: op for op in api.operations}
    assert ops["searchV1"].dispatch == [Condition("header", "x-api-version", "1")]
    assert ops["lookupGroups"].dispatch == [Condition("query", "kind", "group")]
    with client_mod.Client(base_url=base_url, max_retries=0) as client:
        # each value is the only one its parameter allows: every call sends it, no argument
        assert client.search.retrieve().operation == "searchV2"
        assert client.search.search_v1().operation == "searchV1"
        assert client.lookup.retrieve().operation == "lookupUsers"
        assert client.lookup.lookup_groups().operation == "lookupGroups"
        with pytest.raises(TypeError):
            client.search.retrieve(x_api_version="1")  # type: ignore[call-arg]
    # nothing claims a request without them, and there is no plain operation to answer it
    assert httpx2.get(f"{base_url}/search").status_code == 404
    assert httpx2.get(f"{base_url}/lookup", params={"kind": "team"}).status_code == 404


def test_openapi_lists_every_operation(package: Any, api: Api) -> None:
    _, server = package
    doc = server.create_app().openapi()
    listed = {
        op["operationId"]: (method, path)
        for path, item in doc["paths"].items()
        for method, op in item.items()
    }
    assert sorted(listed) == sorted(op.id for op in api.operations)
    assert listed["createItemBeta"] == ("post", "/api/items?beta=true")
    assert listed["createItem"] == ("post", "/api/items")
    assert listed["refreshToken"] == ("post", "/api/token#refresh")
    assert listed["traceThing"] == ("trace", "/api/things/{thing_id}")
    assert doc["paths"]["/api/token#refresh"]["post"]["x-dispatch"]["when"] == [["body", "grant_type", "refresh_token"]]


def test_generated_package_is_mypy_strict_clean(package: Any, tmp_path: Path) -> None:
    """The methods HEAD, OPTIONS and TRACE call exist (`self._send`), and the Dispatch types check."""
    import os
    import subprocess
    import sys

    client_mod, _ = package
    out = Path(client_mod.__file__).parent.parent
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(tmp_path / "cache"), PACKAGE],
        cwd=out, env={**os.environ, "MYPYPATH": str(out)}, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
