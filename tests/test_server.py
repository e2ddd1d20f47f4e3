"""The generated FastAPI server: its files, its types, and how it answers (in-process ASGI)."""

from __future__ import annotations

import asyncio
import base64
import importlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import black
import httpx2
import pytest

from generator.emit.formatter import format_files
from generator.emit.render import Renderer
from generator.emit.server import emit_server, scaffold_handlers
from generator.ir import TypeRef
from generator.pipeline import render_package, render_scaffold
from generator.workflow.writer import GENERATED_MARK
from test_server_support import Built, Samples, built, sample_handlers

BEARER = {"Authorization": "Bearer sk-test"}


def request(app: Any, method: str, url: str, **kwargs: Any) -> httpx2.Response:
    async def go() -> httpx2.Response:
        transport = httpx2.ASGITransport(app=app)
        async with httpx2.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.request(method, url, **kwargs)

    return asyncio.run(go())


@pytest.fixture(scope="module")
def runs() -> Built:
    return built("runs")


def types_of(b: Built, module: str) -> Any:
    return importlib.import_module(f"{b.package}.types.{module}")


# -- the files -------------------------------------------------------------------------------


def test_layout(runs: Built) -> None:
    files = emit_server(runs.api, runs.package, Renderer())
    for rel in (
        "server/__init__.py",
        "server/app.py",
        "server/_runtime.py",
        "server/security.py",
        "server/handlers/__init__.py",
        "server/handlers/runs.py",
        "server/routers/runs.py",
        "server/routers/runs_files.py",
    ):
        assert rel in files, rel
    assert all(text.startswith(GENERATED_MARK) for text in files.values())
    scaffold = scaffold_handlers(runs.api, runs.package, Renderer())
    assert list(scaffold) == ["server_impl.py"]
    # the user's module must never look like a generated one (the writer would own it)
    assert not scaffold["server_impl.py"].startswith(GENERATED_MARK)
    assert "handlers: Handlers = Handlers(" in scaffold["server_impl.py"]
    assert "raise NotImplementedError" in scaffold["server_impl.py"]


def test_emitting_twice_gives_the_same_text(runs: Built) -> None:
    assert emit_server(runs.api, runs.package, Renderer()) == emit_server(runs.api, runs.package, Renderer())


@pytest.mark.generation
@pytest.mark.parametrize("name", ["runs", "seed000"])
def test_stable_under_ruff_and_black(name: str) -> None:
    b = built(name)
    files = {
        rel: text
        for rel, text in render_package(b.api, b.package, emit=("models", "client", "stubs")).items()
        if rel.startswith(f"{b.package}/server/")
    }
    files.update(render_scaffold(b.api, b.package))
    assert len(files) > 5
    assert format_files(files) == files
    unstable = [rel for rel, text in files.items() if black.format_str(text, mode=black.Mode()) != text]
    assert unstable == []


def test_protocol_signatures(runs: Built) -> None:
    text = (runs.out / runs.package / "server" / "handlers" / "runs.py").read_text()
    assert "class RunsHandler(Protocol):" in text
    # keyword arguments: params with their Python names, the body model, the credential
    assert "x_request_id: Optional[str]," in text
    assert "include: Optional[List[Literal[\"steps\", \"usage\"]]]," in text
    assert "body: CreateRunRequest," in text
    assert "credentials: str," in text
    # a stream switched on by `stream: true` returns the model or an async iterator of events
    assert ") -> Union[Run, AsyncIterator[RunStreamEvent]]:" in text
    assert "async def delete(self, *, run_id: str, credentials: str) -> None:" in text
    events = (runs.out / runs.package / "server" / "handlers" / "runs_events.py").read_text()
    assert "    def list(self, *, run_id: str, credentials: str) -> AsyncIterator[Progress]:" in events
    files = (runs.out / runs.package / "server" / "handlers" / "runs_files.py").read_text()
    assert "file: UploadFile," in files


def test_routes_declare_locations_aliases_and_constraints(runs: Built) -> None:
    text = (runs.out / runs.package / "server" / "routers" / "runs.py").read_text()
    assert "Query(ge=1, le=100)" in text
    assert 'min_length=4, max_length=32, pattern=usable_pattern("^run_[a-z0-9]+$")' in text
    assert 'Query(alias="include[]", max_length=2)' in text
    assert 'Header(alias="X-Request-Id", max_length=16)' in text
    assert "Cookie()" in text
    assert 'Path(pattern=usable_pattern("^run_[a-z0-9]+$"))' in text
    assert "status_code=201," in text and "status_code=204," in text
    assert 'operation_id="createRun",' in text and "response_model=Run," in text


def test_mypy_strict_over_server_and_scaffold(tmp_path: Path) -> None:
    for name in ("runs", "seed000"):
        b = built(name)
        env = {**os.environ, "MYPYPATH": str(b.out)}
        result = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(tmp_path / "cache"),
             f"{b.package}/server", f"{b.package}/server_impl.py"],
            cwd=b.out, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr


# -- how it answers ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def app(runs: Built) -> Any:
    """The runs API with sample handlers, some replaced to show each behaviour."""
    samples = Samples(runs.api)
    run = types_of(runs, "run").Run
    seen: dict[str, Any] = {}

    async def list_runs(self: Any, **kwargs: Any) -> Any:
        seen["list"] = kwargs
        return types_of(runs, "run_list").RunList(object="list", data=[], has_more=False)

    async def retrieve(self: Any, *, run_id: str, credentials: str) -> Any:
        if run_id == "run_missing":
            raise runs.server.ApiError(404, f"No run {run_id}", type="not_found")
        if run_id == "run_broken":
            raise RuntimeError("the database is down")
        if run_id == "run_wrong":
            return {"id": run_id}  # not a Run: the response model refuses it
        return run.model_validate({**samples.of(TypeRef("named", name="#/components/schemas/Run")), "id": run_id})

    async def cancel(self: Any, *, run_id: str, credentials: str) -> Any:
        raise NotImplementedError

    async def upload(self: Any, **kwargs: Any) -> Any:
        upload = kwargs["file"]
        content = await upload.read()
        seen["upload"] = {k: v for k, v in kwargs.items() if k != "file"}
        return types_of(runs, "run_file").RunFile(
            id="file_1", filename=upload.filename, bytes=len(content), purpose=kwargs["purpose"], labels=kwargs["labels"]
        )

    async def logs(self: Any, *, run_id: str, credentials: str) -> Any:
        async def chunks() -> Any:
            yield b"line 1\n"
            yield b"line 2\n"

        return chunks()

    async def check(self: Any, *, credentials: str) -> Any:
        return {"valid": credentials == "key-1"}

    async def stats(self: Any, *, credentials: str) -> Any:
        return {"runs": len(credentials)}

    handlers = sample_handlers(
        runs.api,
        runs.server,
        runs.package,
        {
            "listRuns": list_runs,
            "getRun": retrieve,
            "cancelRun": cancel,
            "uploadRunFile": upload,
            "downloadRunLogs": logs,
            "checkKey": check,
            "getAdminStats": stats,
        },
    )
    handlers.health = None  # a resource without an implementation
    application = runs.server.create_app(handlers)
    application.state.seen = seen
    return application


def error_of(response: httpx2.Response) -> dict[str, Any]:
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and {"message", "type"} <= set(body["error"])
    return body["error"]  # type: ignore[no-any-return]


def test_parameters_arrive_by_python_name(app: Any) -> None:
    r = request(
        app,
        "GET",
        "/v2/runs?limit=5&include[]=steps&include[]=usage&after=run_abcd&metadata[team]=red",
        headers={**BEARER, "X-Request-Id": "req-1", "Cookie": "session=s-1"},
    )
    assert r.status_code == 200, r.text
    assert app.state.seen["list"] == {
        "limit": 5,
        "order": "desc",  # the spec's default
        "after": "run_abcd",
        "include": ["steps", "usage"],
        "metadata": {"team": "red"},
        "x_request_id": "req-1",
        "session": "s-1",
        "credentials": "sk-test",
    }


def test_parameter_defaults_reach_the_handler_and_mismatched_ones_are_ignored(app: Any, tmp_path: Path) -> None:
    r = request(app, "GET", "/v2/runs", headers=BEARER)
    assert r.status_code == 200, r.text
    assert (app.state.seen["list"]["limit"], app.state.seen["list"]["order"]) == (20, "desc")

    from generator.load.loader import load_spec
    from generator.normalize.normalizer import normalize

    spec = tmp_path / "defaults.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      operationId: getX\n"
        "      parameters:\n"
        "        - {name: n, in: query, schema: {type: integer, default: 'abc'}}\n"
        "        - {name: flag, in: query, schema: {type: boolean, default: 1}}\n"
        "        - {name: mode, in: query, schema: {type: string, enum: [a, b], default: c}}\n"
        "        - {name: size, in: query, schema: {type: number, default: 1}}\n"
        "      responses: {'204': {description: ok}}\n"
    )
    problems: list[Any] = []
    api = normalize(load_spec(str(spec)), problems=problems)
    params = {p.name: p for p in api.operations[0].parameters}
    assert [(n, params[n].has_default) for n in ("n", "flag", "mode", "size")] == [
        ("n", False), ("flag", False), ("mode", False), ("size", True)
    ]
    assert params["size"].default == 1
    warnings = [str(p) for p in problems if "default does not match" in str(p)]
    assert len(warnings) == 3 and all("defaults.yaml:" in w for w in warnings)


@pytest.mark.parametrize(
    "query, param",
    [("limit=0", "limit"), ("limit=101", "limit"), ("after=abc", "after"), ("after=xxxx", "after"),
     ("order=up", "order"), ("include[]=steps&include[]=usage&include[]=steps", "include[]")],
)  # fmt: skip
def test_constraints_answer_400_with_a_json_error(app: Any, query: str, param: str) -> None:
    r = request(app, "GET", f"/v2/runs?{query}", headers=BEARER)
    assert r.status_code == 400
    error = error_of(r)
    assert error["type"] == "invalid_request_error" and error["param"] == param


def test_header_and_path_constraints(app: Any) -> None:
    r = request(app, "GET", "/v2/runs", headers={**BEARER, "X-Request-Id": "x" * 17})
    assert r.status_code == 400 and error_of(r)["param"] == "X-Request-Id"
    r = request(app, "GET", "/v2/runs/NOT-A-RUN", headers=BEARER)
    assert r.status_code == 400 and error_of(r)["param"] == "run_id"


def test_invalid_body_answers_400(app: Any) -> None:
    r = request(app, "POST", "/v2/runs", json={"name": "no model"}, headers=BEARER)
    assert r.status_code == 400 and error_of(r)["param"] == "model"


def test_missing_credentials_answer_401_with_a_json_error(app: Any) -> None:
    r = request(app, "GET", "/v2/runs")
    assert r.status_code == 401
    assert error_of(r)["type"] == "authentication_error"
    assert r.headers["www-authenticate"] == "Bearer"
    assert request(app, "GET", "/v2/admin/stats", headers=BEARER).status_code == 401


def test_each_kind_of_credential_reaches_the_handler(app: Any) -> None:
    basic = base64.b64encode(b"ada:secret").decode()
    r = request(app, "GET", "/v2/admin/stats", headers={"Authorization": f"Basic {basic}"})
    assert r.status_code == 200 and r.json() == {"runs": len("ada:secret")}
    assert request(app, "GET", "/v2/keys/check", headers={"X-Api-Key": "key-1"}).json() == {"valid": True}
    assert request(app, "GET", "/v2/keys/check?api_key=key-1").json() == {"valid": True}
    # `security: [..., {}]`: a call without a key is allowed and the handler gets None.
    anonymous = request(app, "GET", "/v2/keys/check")
    assert (anonymous.status_code, anonymous.json()) == (200, {"valid": False})
    assert request(app, "GET", "/v2/admin/stats").status_code == 401


def test_status_codes_as_declared(app: Any) -> None:
    r = request(app, "POST", "/v2/runs", json={"model": "m"}, headers=BEARER)
    assert r.status_code == 201 and r.json()["object"] == "run"
    r = request(app, "DELETE", "/v2/runs/run_1", headers=BEARER)
    assert r.status_code == 204 and r.content == b""


def test_not_implemented_answers_501(app: Any) -> None:
    # NotImplementedError from the handler
    r = request(app, "POST", "/v2/runs/run_1/cancel", headers=BEARER)
    assert r.status_code == 501
    assert error_of(r) == {
        "message": "cancelRun is not implemented by this server",
        "type": "not_implemented",
        "param": None,
        "code": None,
        "request_id": r.headers["x-request-id"],
    }
    # a resource left as None
    r = request(app, "GET", "/v2/health")
    assert r.status_code == 501 and error_of(r)["type"] == "not_implemented"


def test_missing_method_answers_501(runs: Built) -> None:
    class Partial:  # implements nothing of RunsHandler
        pass

    application = runs.server.create_app(runs.server.Handlers(runs=Partial()))
    r = request(application, "GET", "/v2/runs", headers=BEARER)
    assert r.status_code == 501 and "listRuns" in error_of(r)["message"]


def test_handler_errors(app: Any) -> None:
    r = request(app, "GET", "/v2/runs/run_missing", headers=BEARER)
    assert r.status_code == 404 and error_of(r)["type"] == "not_found"
    r = request(app, "GET", "/v2/runs/run_broken", headers=BEARER)
    assert r.status_code == 500 and error_of(r)["type"] == "server_error"
    assert "database" not in r.text  # no internals leak
    r = request(app, "GET", "/v2/runs/run_wrong", headers=BEARER)
    assert r.status_code == 500 and error_of(r)["type"] == "server_error"
    # and the server goes on serving
    assert request(app, "GET", "/v2/runs/run_ok", headers=BEARER).status_code == 200


def test_unknown_path_answers_json_404(app: Any) -> None:
    r = request(app, "GET", "/v2/nothing-here")
    assert r.status_code == 404 and error_of(r)["type"] == "not_found"


def test_multipart_files_arrive_as_upload_files(app: Any) -> None:
    r = request(
        app,
        "POST",
        "/v2/runs/run_1/files",
        files={"file": ("notes.txt", b"hello world", "text/plain")},
        data={"purpose": "input", "labels[team]": "red"},
        headers=BEARER,
    )
    assert r.status_code == 200, r.text
    assert r.json() == {"id": "file_1", "filename": "notes.txt", "bytes": 11, "purpose": "input", "labels": {"team": "red"}}
    assert app.state.seen["upload"]["note"] is None
    # structured fields may come as JSON text too
    r = request(
        app,
        "POST",
        "/v2/runs/run_1/files",
        files={"file": ("a.bin", b"\x00\x01")},
        data={"purpose": "output", "labels": '{"k": "v"}', "note": "n"},
        headers=BEARER,
    )
    assert r.status_code == 200 and r.json()["labels"] == {"k": "v"}
    r = request(
        app, "POST", "/v2/runs/run_1/files", data={"purpose": "input"}, files={"other": ("x", b"")}, headers=BEARER
    )
    assert r.status_code == 400 and error_of(r)["param"] == "file"
    # the fields without a file, form-encoded: a media type the operation does not take
    r = request(app, "POST", "/v2/runs/run_1/files", data={"purpose": "input"}, headers=BEARER)
    assert r.status_code == 415 and "multipart/form-data" in error_of(r)["message"]


def test_binary_responses_stream_bytes(app: Any) -> None:
    r = request(app, "GET", "/v2/runs/run_1/logs", headers=BEARER)
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.content == b"line 1\nline 2\n"


def test_fixed_paths_win_over_templated_ones() -> None:
    """`POST /threads/runs` is createThreadAndRun, not modifyThread of thread "runs"."""
    b = built("openai")
    called: list[str] = []

    class Threads:
        async def update(self, **kwargs: Any) -> Any:
            called.append("modifyThread")
            raise NotImplementedError

    class ThreadsRuns:  # `runs.create` is createRun (`POST /threads/{thread_id}/runs`)
        async def create_thread_and_run(self, **kwargs: Any) -> Any:
            called.append("createThreadAndRun")
            raise NotImplementedError

    application = b.server.create_app(b.server.Handlers(threads=Threads(), threads_runs=ThreadsRuns()))
    r = request(application, "POST", "/v1/threads/runs", json={"assistant_id": "asst_1"}, headers=BEARER)
    assert r.status_code == 501 and called == ["createThreadAndRun"]


def test_openapi_document_of_the_app(app: Any) -> None:
    r = request(app, "GET", "/openapi.json")
    assert r.status_code == 200
    doc = r.json()
    assert doc["paths"]["/v2/runs"]["get"]["operationId"] == "listRuns"
    assert {"BearerAuth", "BasicAuth", "KeyHeader", "KeyQuery"} <= set(doc["components"]["securitySchemes"])


def test_deep_object_query_keeps_an_empty_map_key() -> None:
    runtime = importlib.import_module(f"{built('runs').package}.server._runtime")
    pairs = [("metadata[]", "a"), ("metadata[S]", "b"), ("tags[]", "x"), ("tags[]", "y")]
    assert runtime._nest(pairs, "metadata") == {"": "a", "S": "b"}
    assert runtime._nest(pairs, "tags") == ["x", "y"]
