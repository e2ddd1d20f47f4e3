"""The committed OpenAI server (output/openai): every operation documented, every one reached.

The spec has operations under `/responses?beta=true` beside `/responses`: one route each on
the wire that dispatches on `beta`. Requests go over real HTTP to uvicorn on 127.0.0.1.
"""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from generator.workflow.config import load_config
from generator.emit.render import Renderer
from generator.emit.server import ServerEmitter
from generator.ir import Api, Operation
from generator.load.loader import load_spec
from generator.normalize.normalizer import normalize
from test_server_streaming import serve
from test_server_support import ROOT, Samples, import_fresh

OUT = ROOT / "output" / "openai"
BEARER = {"Authorization": "Bearer sk-test"}


@pytest.fixture(scope="module")
def api() -> Api:
    target = load_config(ROOT / "pyproject.toml").targets["openai"]
    return normalize(
        load_spec(str(target.spec)),
        naming_overrides=target.naming_overrides(),
        streaming_overrides=target.streaming,
    )


@pytest.fixture(scope="module")
def server() -> Any:
    return import_fresh(OUT, "openai_client")


def test_openapi_lists_all_operations(api: Api, server: Any) -> None:
    doc = server.create_app().openapi()
    listed = [op["operationId"] for item in doc["paths"].values() for op in item.values()]
    assert len(api.operations) == 288
    assert sorted(listed) == sorted(op.id for op in api.operations)
    beta = doc["paths"]["/v1/responses?beta=true"]["post"]
    assert beta["operationId"] == "beta_createResponse"
    assert beta["x-dispatch"]["when"] == [["query", "beta", "true"]]


def test_each_beta_operation_and_its_twin_reach_their_own_handler(api: Api, server: Any) -> None:
    """Every handler of a shared route answers 418 with its operation id: the id that comes
    back says which handler the request reached."""
    routes = {op_id: r for r in api.routes for op_id in r.operations}
    shared = [op for op in api.operations if len(routes[op.id].operations) > 1]
    assert len(shared) == 14 and sum(1 for op in shared if op.fixed_query) == 7
    emitter = ServerEmitter(api, "openai_client", Renderer())
    objects = {}
    for plan in emitter.resources:
        methods = {}
        for p in plan.ops:

            def make(op_id: str) -> Any:
                async def method(self: Any, **kwargs: Any) -> Any:
                    raise server.ApiError(418, op_id, type="reached")

                return method

            methods[p.method] = make(p.op.id)
        objects[plan.attribute] = type(plan.impl, (), methods)()
    app = server.create_app(server.Handlers(**objects))
    samples = Samples(api)
    with serve(app) as url, httpx2.Client(base_url=url + "/v1", headers=BEARER) as http:
        for op in shared:
            response = http.request(op.method.upper(), _target(op), json=_body(op, samples))
            assert (response.status_code, response.json()["error"]["message"]) == (418, op.id), op.id


def _target(op: Operation) -> str:
    path = op.path
    for p in op.parameters:
        if p.location == "path":
            path = path.replace("{" + p.name + "}", "x1")
    return op.target.replace(op.path, path, 1)


def _body(op: Operation, samples: Samples) -> Any:
    body = next((b for b in op.request_bodies if b.kind == "json"), None)
    return samples.of(body.type) if body is not None else None
