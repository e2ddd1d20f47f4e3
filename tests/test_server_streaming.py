"""Server-sent events from the generated server, read over real HTTP from uvicorn on loopback."""

from __future__ import annotations

import contextlib
import importlib
import json
import socket
import threading
import time
from typing import Any, AsyncIterator, Iterator

import httpx2
import pytest
import uvicorn

from generator.ir import TypeRef
from test_server_support import Built, Samples, built

BEARER = {"Authorization": "Bearer sk-test"}


@contextlib.contextmanager
def serve(app: Any) -> Iterator[str]:
    """Run `app` with uvicorn on 127.0.0.1 (a free port) in a thread; yields the base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        assert thread.is_alive(), "uvicorn stopped"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def model(b: Built, module: str, name: str) -> Any:
    return getattr(importlib.import_module(f"{b.package}.types.{module}"), name)


def sample(b: Built, component: str) -> Any:
    return Samples(b.api).of(TypeRef("named", name=f"#/components/schemas/{component}"))


# -- the apps ------------------------------------------------------------------------------------


def openai_app() -> Any:
    """createThreadAndRun of the 2026 spec: `stream: true` yields `AssistantStreamEvent`s."""
    b = built("openai")
    thread = model(b, "thread_object", "ThreadObject").model_validate(sample(b, "ThreadObject"))
    run = model(b, "run_object", "RunObject").model_validate(sample(b, "RunObject"))
    thread_created = model(b, "thread_stream_event", "ThreadStreamEvent")
    run_created = model(b, "run_stream_event_thread_run_created", "RunStreamEventThreadRunCreated")
    done = model(b, "done_event", "DoneEvent")

    class ThreadsRuns:  # without the naming file, `runs.create` is createRun
        async def create_thread_and_run(self, *, body: Any, credentials: str) -> Any:
            if body.stream is not True:
                return run

            async def events() -> AsyncIterator[Any]:
                yield thread_created(data=thread)
                yield run_created(data=run.model_copy(update={"assistant_id": body.assistant_id}))
                yield done()

            return events()

    return b.server.create_app(b.server.Handlers(threads_runs=ThreadsRuns()))


def runs_app() -> Any:
    b = built("runs")
    run = model(b, "run", "Run")(id="run_1", object="run", status="queued", created_at=1)
    created = model(b, "run_created_event", "RunCreatedEvent")
    progress = model(b, "progress", "Progress")

    class Runs:
        async def create(self, *, body: Any, credentials: str) -> Any:
            if body.stream is not True:
                return run

            async def events() -> AsyncIterator[Any]:
                yield created(data=run)
                if body.name == "fail-later":
                    raise RuntimeError("lost the worker")

            return events()

    class RunsEvents:
        async def list(self, *, run_id: str, credentials: str) -> AsyncIterator[Any]:
            if run_id == "run_none":
                raise NotImplementedError
            if run_id == "run_broken":
                raise RuntimeError("cannot start")
            for step in range(3):
                yield progress(step=f"step {step}", percent=step * 50)

    return b.server.create_app(b.server.Handlers(runs=Runs(), runs_events=RunsEvents()))


@pytest.fixture(scope="module")
def urls() -> Iterator[dict[str, str]]:
    with contextlib.ExitStack() as stack:
        yield {"openai": stack.enter_context(serve(openai_app())), "runs": stack.enter_context(serve(runs_app()))}


def read_events(response: httpx2.Response) -> list[dict[str, str]]:
    """The events of an SSE body, read as it arrives: {"event": ..., "data": ...}."""
    events: list[dict[str, str]] = []
    current: dict[str, str] = {}
    for line in response.iter_lines():
        if not line:
            if current:
                events.append(current)
            current = {}
            continue
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        current[name] = current[name] + "\n" + value if name in current else value
    if current:
        events.append(current)
    return events


# -- the tests -------------------------------------------------------------------------------------


def test_create_thread_and_run_streams_assistant_stream_events(urls: dict[str, str]) -> None:
    b = built("openai")
    body = {"assistant_id": "asst_123", "stream": True}
    with httpx2.stream("POST", f"{urls['openai']}/v1/threads/runs", json=body, headers=BEARER, timeout=10) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        events = read_events(r)
    assert [e["event"] for e in events] == ["thread.created", "thread.run.created", "done"]
    assert events[-1]["data"] == "[DONE]"
    # each event parses back into the typed union it was yielded as
    import pydantic

    union = pydantic.TypeAdapter(model(b, "assistant_stream_event", "AssistantStreamEvent"))
    parsed = [
        union.validate_python({"event": e["event"], "data": e["data"] if e["data"] == "[DONE]" else json.loads(e["data"])})
        for e in events
    ]
    assert [type(p).__name__ for p in parsed] == [
        "ThreadStreamEvent",
        "RunStreamEventThreadRunCreated",
        "DoneEvent",
    ]
    assert parsed[1].data.assistant_id == "asst_123"
    assert parsed[1].data.object == "thread.run"


def test_without_stream_the_same_operation_answers_json(urls: dict[str, str]) -> None:
    r = httpx2.post(f"{urls['openai']}/v1/threads/runs", json={"assistant_id": "asst_1"}, headers=BEARER, timeout=10)
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    assert r.json()["object"] == "thread.run"


def test_data_mode_stream_ends_with_done(urls: dict[str, str]) -> None:
    with httpx2.stream("GET", f"{urls['runs']}/v2/runs/run_1/events", headers=BEARER, timeout=10) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = read_events(r)
    assert [e.get("event") for e in events] == [None, None, None, None]
    assert [json.loads(e["data"]) for e in events[:-1]] == [
        {"step": "step 0", "percent": 0.0},
        {"step": "step 1", "percent": 50.0},
        {"step": "step 2", "percent": 100.0},
    ]
    assert events[-1]["data"] == "[DONE]"


def test_event_mode_stream_with_a_declared_status(urls: dict[str, str]) -> None:
    body = {"model": "m", "stream": True}
    with httpx2.stream("POST", f"{urls['runs']}/v2/runs", json=body, headers=BEARER, timeout=10) as r:
        assert r.status_code == 201
        events = read_events(r)
    assert [e["event"] for e in events] == ["run.created"]  # no [DONE] in event mode
    assert json.loads(events[0]["data"])["id"] == "run_1"


def test_stream_failures(urls: dict[str, str]) -> None:
    # failing before the first event: a real status and a JSON error
    r = httpx2.get(f"{urls['runs']}/v2/runs/run_none/events", headers=BEARER, timeout=10)
    assert r.status_code == 501 and r.json()["error"]["type"] == "not_implemented"
    r = httpx2.get(f"{urls['runs']}/v2/runs/run_broken/events", headers=BEARER, timeout=10)
    assert r.status_code == 500 and r.json()["error"]["type"] == "server_error"
    # failing mid-stream: an `error` event ends the stream
    body = {"model": "m", "stream": True, "name": "fail-later"}
    with httpx2.stream("POST", f"{urls['runs']}/v2/runs", json=body, headers=BEARER, timeout=10) as r:
        events = read_events(r)
    assert [e["event"] for e in events] == ["run.created", "error"]
    assert json.loads(events[1]["data"])["error"]["type"] == "server_error"
    # and the server is still up
    assert httpx2.get(f"{urls['runs']}/v2/runs/run_1/events", headers=BEARER, timeout=10).status_code == 200
