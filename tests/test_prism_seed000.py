"""Seed 000's generated client against the Prism mock server of its own spec.

Prism builds the `RunObject` it answers from the spec's schema (static mode: the
first enum value, `0` for integers, `"string"` for strings), so the values below
are the ones the spec implies.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Iterator

import httpx2
import pytest

from prism_support import PrismServer, import_generated, unimport_generated

pytest_plugins = ["prism_support"]

THREAD = {
    "messages": [{"role": "user", "content": "Explain deep learning to a 5 year old."}],
    "metadata": {"topic": "ml"},
}


@pytest.fixture(scope="module")
def seed000(seed000_client_dir: Path) -> Iterator[Any]:
    module = import_generated(seed000_client_dir, "seed000_client")
    yield module
    unimport_generated(seed000_client_dir, "seed000_client")


@pytest.fixture()
def sent() -> list[httpx2.Request]:
    return []


@pytest.fixture()
def client(
    seed000: Any, seed000_prism: PrismServer, sent: list[httpx2.Request]
) -> Iterator[Any]:
    http = httpx2.Client(event_hooks={"request": [sent.append]})
    with seed000.Client(
        api_key="sk-prism", base_url=seed000_prism.url, max_retries=0, http_client=http
    ) as c:
        yield c


def check_run(run: Any, seed000: Any) -> None:
    assert type(run) is seed000.types.RunObject
    assert run.object == "thread.run"
    assert run.status == "queued"  # the first value of the status enum
    assert isinstance(run.id, str) and isinstance(run.created_at, int)
    assert (
        run.required_action is not None
        and run.required_action.type == "submit_tool_outputs"
    )
    call = run.required_action.submit_tool_outputs.tool_calls[0]
    assert call.type == "function" and isinstance(call.function.arguments, str)
    assert run.last_error is not None and run.last_error.code == "server_error"
    assert (
        run.incomplete_details is not None
        and run.incomplete_details.reason == "max_completion_tokens"
    )
    assert run.usage is not None and run.usage.total_tokens == 0
    assert (
        run.truncation_strategy is not None and run.truncation_strategy.type == "auto"
    )
    assert run.max_prompt_tokens == 256 and run.max_completion_tokens == 256
    assert run.parallel_tool_calls is True
    assert isinstance(run.tools, list)


def test_create_and_run_returns_a_parsed_run(
    client: Any, seed000: Any, sent: list[httpx2.Request]
) -> None:
    run = client.beta.threads.create_and_run(
        assistant_id="asst_abc123",
        thread=THREAD,
        model="gpt-4o",
        instructions="Be brief.",
        tools=[{"type": "code_interpreter"}],
        temperature=0.5,
        max_prompt_tokens=512,
        truncation_strategy={"type": "last_messages", "last_messages": 3},
        tool_choice="auto",
    )
    check_run(run, seed000)
    (request,) = sent
    assert request.method == "POST" and request.url.path == "/threads/runs"
    assert request.headers["Authorization"] == "Bearer sk-prism"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {
        "assistant_id": "asst_abc123",
        "thread": THREAD,
        "model": "gpt-4o",
        "instructions": "Be brief.",
        "tools": [{"type": "code_interpreter"}],
        "temperature": 0.5,
        "max_prompt_tokens": 512,
        "truncation_strategy": {"type": "last_messages", "last_messages": 3},
        "tool_choice": "auto",
    }


def test_create_and_run_with_raw_response(client: Any, seed000: Any) -> None:
    raw = client.beta.threads.with_raw_response.create_and_run(
        assistant_id="asst_abc123", thread=THREAD
    )
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert json.loads(raw.text())["object"] == "thread.run"
    check_run(raw.parse(), seed000)


def test_create_and_run_async(seed000: Any, seed000_prism: PrismServer) -> None:
    async def main() -> tuple[Any, Any, int]:
        async with seed000.AsyncClient(
            api_key="sk-prism", base_url=seed000_prism.url, max_retries=0
        ) as c:
            run = await c.beta.threads.create_and_run(
                assistant_id="asst_abc123", thread=THREAD, metadata={"a": "b"}
            )
            raw = await c.beta.threads.with_raw_response.create_and_run(
                assistant_id="asst_abc123"
            )
            return run, await raw.parse(), raw.status_code

    run, parsed, status = asyncio.run(main())
    check_run(run, seed000)
    assert status == 200
    check_run(parsed, seed000)


def test_api_key_and_base_url_from_the_environment(
    seed000: Any, seed000_prism: PrismServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the package is `seed000_client`: its variables are SEED000_API_KEY and SEED000_BASE_URL
    monkeypatch.setenv(seed000._client.CREDENTIAL_ENV["api_key"], "sk-env")
    monkeypatch.setenv(seed000._client.ENV_BASE_URL, seed000_prism.url)
    with seed000.Client(max_retries=0) as c:
        check_run(c.beta.threads.create_and_run(assistant_id="asst_1"), seed000)


def test_missing_credentials_are_rejected_by_prism(
    seed000: Any, seed000_prism: PrismServer
) -> None:
    # An empty Authorization header does not meet the spec's bearer scheme: Prism answers 401.
    with seed000.Client(
        api_key="sk-prism",
        base_url=seed000_prism.url,
        max_retries=0,
        default_headers={"Authorization": ""},
    ) as c:
        with pytest.raises(seed000.AuthenticationError) as info:
            c.beta.threads.create_and_run(assistant_id="asst_1")
    assert info.value.status_code == 401
