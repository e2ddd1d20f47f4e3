"""generator/normalize/resources.py: each method's arguments, named as the official SDKs name
them and sent under their wire names (checked against a loopback server)."""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
import urllib.parse
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest

from gen_support import ROOT, generate_into, loopback
from generator.ir import Api

TWILIO = ROOT / "tests" / "fixtures" / "names" / "twilio.json"

COLLISIONS = """\
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /items/{id}:
    put:
      operationId: putItem
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: timeout, in: query, schema: {type: number}}
        - {name: Created<, in: query, schema: {type: string}}
        - {name: Created>=, in: query, schema: {type: string}}
        - {name: page-size, in: query, schema: {type: integer}}
        - {name: pageSize, in: query, schema: {type: integer}}
        - {name: X-Page-Size, in: header, schema: {type: integer}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties: {id: {type: string}, Body: {type: string}, From: {type: string}}
      responses: {"200": {description: ok}}
"""


def test_arguments_that_meet_say_where_they_go_before_any_number(api_of: Callable[..., Api]) -> None:
    (op,) = api_of(COLLISIONS).operations
    assert [(a.py_name, a.wire_name) for a in op.arguments] == [
        ("id", "id"),
        ("body_id", "id"),  # the body's `id` beside the path's
        ("body", "Body"),  # `Body` is a type of the module, but the argument is `body`
        ("from_", "From"),
        ("timeout_", "timeout"),  # the method's own `timeout` keeps its name
        ("created_before", "Created<"),
        ("created_gte", "Created>="),
        ("page_size", "page-size"),
        ("pageSize", "pageSize"),  # the same snake_case name, same place: the wire spelling
        ("x_page_size", "X-Page-Size"),
    ]


class Messages(BaseHTTPRequestHandler):
    """Answers Twilio's list and create calls; keeps what it was sent."""

    received: list[tuple[str, str, bytes]] = []

    def log_message(self, *args: Any) -> None:
        pass

    def _answer(self, body: Any) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.received.append((self.command, self.path, self.rfile.read(length) if length else b""))
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._answer({"messages": [{"sid": "SM1", "body": "hi"}], "page_size": 2, "next_page_uri": None})

    def do_POST(self) -> None:
        self._answer({"sid": "SM2", "body": "sent"})


@pytest.fixture(scope="module")
def twilio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    out = tmp_path_factory.mktemp("twilio")
    generate_into(TWILIO, out, "names_twilio", emit=("models", "client"))
    sys.path.insert(0, str(out))
    yield importlib.import_module("names_twilio")
    sys.path.remove(str(out))


@pytest.fixture()
def server() -> Iterator[str]:
    Messages.received.clear()
    with loopback(Messages) as url:
        yield url


def _check_list(received: tuple[str, str, bytes]) -> None:
    method, target, _ = received
    path, _, query = target.partition("?")
    assert (method, path) == ("GET", "/2010-04-01/Accounts/AC1/Messages.json")
    assert urllib.parse.parse_qs(query) == {
        "PageSize": ["2"],
        "DateSent<": ["2024-01-02"],
        "DateSent>": ["2024-01-01"],
        "From": ["+15550001"],
    }


def test_twilio_messages_read_like_twilio_python_and_send_wire_names(twilio: Any, server: str) -> None:
    with twilio.Client(account_sid="AC1", auth_token="t", base_url=server, max_retries=0) as client:
        page = client.accounts.messages.list(
            account_sid="AC1", page_size=2, date_sent_before="2024-01-02", date_sent_after="2024-01-01", from_="+15550001"
        )
        assert page.messages[0].sid == "SM1"
        _check_list(Messages.received[-1])
        sent = client.accounts.messages.create("AC1", to="+15550002", from_="+15550001", body="hi")
        assert sent.sid == "SM2"
    method, target, body = Messages.received[-1]
    assert (method, target) == ("POST", "/2010-04-01/Accounts/AC1/Messages.json")
    assert urllib.parse.parse_qs(body.decode()) == {"To": ["+15550002"], "From": ["+15550001"], "Body": ["hi"]}


def test_the_async_client_has_the_same_names(twilio: Any, server: str) -> None:
    async def run() -> None:
        async with twilio.AsyncClient(account_sid="AC1", auth_token="t", base_url=server, max_retries=0) as client:
            await client.accounts.messages.list(
                account_sid="AC1", page_size=2, date_sent_before="2024-01-02", date_sent_after="2024-01-01", from_="+15550001"
            )

    asyncio.run(run())
    _check_list(Messages.received[-1])
