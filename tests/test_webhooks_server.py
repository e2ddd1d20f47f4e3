"""The generated webhook and callback receiver, over real HTTP from uvicorn on loopback.

Requests are signed here with hmac (and once by the `standardwebhooks` reference library), and
the handlers receive the same models as the client.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib
import json
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

import httpx2
import pytest
import standardwebhooks

from gen_support import ALL_PARTS, ROOT, generate_into
from test_server_streaming import serve

FIXTURE = ROOT / "tests" / "fixtures" / "webhooks" / "hooks.yaml"
KEY = b"another key, thirty-two bytes.."
SECRET = "whsec_" + base64.b64encode(KEY).decode()
CREATED = {"id": "evt_1", "type": "order.created", "created_at": 1, "data": {"id": "o1", "item": "tea", "status": "placed"}}
CANCELLED = {"id": "evt_2", "type": "order.cancelled", "data": {"id": "o1", "item": "tea", "status": "cancelled"}, "reason": "late"}


def signed(payload: Any, *, key: bytes = KEY, timestamp: int | None = None, msg_id: str = "msg_1") -> tuple[bytes, dict[str, str]]:
    body = json.dumps(payload).encode()
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(key, f"{msg_id}.{stamp}.".encode() + body, hashlib.sha256).digest()
    headers = {
        "content-type": "application/json",
        "webhook-id": msg_id,
        "webhook-timestamp": stamp,
        "webhook-signature": "v1," + base64.b64encode(digest).decode(),
    }
    return body, headers


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Any]]:
    out = tmp_path_factory.mktemp("shop")
    generate_into(FIXTURE, out, "shop_client", emit=ALL_PARTS)
    sys.path.insert(0, str(out))
    try:
        yield out, importlib.import_module("shop_client.server.webhooks")
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == "shop_client" or m.startswith("shop_client.")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def receiver(shop: tuple[Path, Any]) -> Iterator[tuple[str, list[tuple[str, Any]]]]:
    _, hooks = shop
    seen: list[tuple[str, Any]] = []

    async def on_created(event: Any) -> None:
        seen.append(("order_created", event))

    def on_cancelled(event: Any) -> None:  # a plain function will do too
        seen.append(("order_cancelled", event))

    def on_status(event: Any) -> None:
        seen.append(("status", event))

    app = hooks.create_receiver_app(
        hooks.WebhookHandlers(order_created=on_created, order_cancelled=on_cancelled),
        hooks.CallbackHandlers(create_order_status_changed=on_status),
        secret=SECRET,
    )
    with serve(app) as url:
        yield url, seen


def post(url: str, path: str, body: bytes, headers: dict[str, str], method: str = "POST") -> httpx2.Response:
    return httpx2.request(method, url + path, content=body, headers=headers, timeout=10)


def test_a_signed_webhook_reaches_its_handler_as_the_model(receiver: tuple[str, list[Any]]) -> None:
    from shop_client.types.order_created_event import OrderCreatedEvent

    url, seen = receiver
    seen.clear()
    r = post(url, "/webhooks/order_created", *signed(CREATED))
    assert r.status_code == 200, r.text
    ((name, event),) = seen
    assert name == "order_created" and type(event) is OrderCreatedEvent and event.data.item == "tea"


def test_the_webhooks_route_dispatches_on_the_event_type(receiver: tuple[str, list[Any]]) -> None:
    url, seen = receiver
    seen.clear()
    assert post(url, "/webhooks", *signed(CANCELLED)).status_code == 200
    assert post(url, "/webhooks", *signed(CREATED)).status_code == 200
    assert [(n, e.type) for n, e in seen] == [("order_cancelled", "order.cancelled"), ("order_created", "order.created")]
    assert seen[0][1].reason == "late"
    r = post(url, "/webhooks", *signed({"id": "x", "type": "order.lost", "data": {}}))
    assert r.status_code == 400 and r.json()["error"]["type"] == "unknown_event"


def test_the_reference_library_signs_what_the_receiver_accepts(receiver: tuple[str, list[Any]]) -> None:
    url, seen = receiver
    seen.clear()
    body = json.dumps(CREATED)
    now = datetime.now(tz=timezone.utc)
    headers = {
        "webhook-id": "msg_oracle",
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": standardwebhooks.Webhook(SECRET).sign("msg_oracle", now, body),
    }
    assert post(url, "/webhooks/order_created", body.encode(), headers).status_code == 200
    assert len(seen) == 1


@pytest.mark.parametrize("case", ["tampered", "wrong key", "stale", "future", "no signature", "malformed"])
def test_what_does_not_verify_answers_400_and_reaches_no_handler(receiver: tuple[str, list[Any]], case: str) -> None:
    url, seen = receiver
    seen.clear()
    body, headers = signed(CREATED)
    if case == "tampered":
        body = body.replace(b"tea", b"TEA")
    elif case == "wrong key":
        body, headers = signed(CREATED, key=b"x" * 32)
    elif case == "stale":
        body, headers = signed(CREATED, timestamp=int(time.time()) - 600)
    elif case == "future":
        body, headers = signed(CREATED, timestamp=int(time.time()) + 600)
    elif case == "no signature":
        del headers["webhook-signature"]
    elif case == "malformed":
        headers["webhook-signature"] = "not-a-signature"
    r = post(url, "/webhooks/order_created", body, headers)
    assert r.status_code == 400 and r.json()["error"]["type"] == "invalid_webhook", r.text
    assert seen == []


def test_payload_that_does_not_match_its_model_answers_422(receiver: tuple[str, list[Any]]) -> None:
    url, seen = receiver
    seen.clear()
    r = post(url, "/webhooks/order_created", *signed({"id": "evt", "type": "order.created"}))
    assert r.status_code == 422
    assert {tuple(d["loc"]) for d in r.json()["error"]["details"]} >= {("created_at",), ("data",)}
    assert seen == []


def test_callbacks_are_received_with_their_method_and_ack_status(receiver: tuple[str, list[Any]]) -> None:
    from shop_client.types.order_status_changed import OrderStatusChanged

    url, seen = receiver
    seen.clear()
    r = post(url, "/callbacks/create_order_status_changed", *signed({"order_id": "o1", "status": "shipped"}))
    assert r.status_code == 204 and r.content == b""
    assert [(n, type(e)) for n, e in seen] == [("status", OrderStatusChanged)]
    shipped = {"order_id": "o1", "carrier": "post"}
    r = post(url, "/callbacks/create_order_shipped", *signed(shipped), method="PUT")
    assert r.status_code == 501 and r.json()["error"]["type"] == "not_implemented"  # no handler given
    assert post(url, "/callbacks/create_order_shipped", *signed(shipped)).status_code == 405


def test_the_secret_is_required_unless_verification_is_off(shop: tuple[Path, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    from shop_client._exceptions import WebhookSecretError

    _, hooks = shop
    monkeypatch.delenv("SHOP_WEBHOOK_SECRET", raising=False)
    with pytest.raises(WebhookSecretError, match="SHOP_WEBHOOK_SECRET"):
        hooks.create_receiver_app()
    monkeypatch.setenv("SHOP_WEBHOOK_SECRET", SECRET)
    got: list[Any] = []
    app = hooks.create_receiver_app(hooks.WebhookHandlers(order_created=got.append))
    with TestClient(app) as http:
        assert http.post("/webhooks/order_created", content=signed(CREATED)[0]).status_code == 400  # unsigned
        assert http.post("/webhooks/order_created", content=signed(CREATED)[0], headers=signed(CREATED)[1]).status_code == 200
    open_app = hooks.create_receiver_app(hooks.WebhookHandlers(order_created=got.append), verify=False)
    with TestClient(open_app) as http:
        assert http.post("/webhooks/order_created", json=CREATED).status_code == 200
    assert len(got) == 2


def test_a_body_over_the_limit_is_refused_before_it_is_read_whole(shop: tuple[Path, Any]) -> None:
    _, hooks = shop
    got: list[Any] = []
    big = {**CREATED, "data": {**CREATED["data"], "item": "x" * 5000}}
    small_app = hooks.create_receiver_app(hooks.WebhookHandlers(order_created=got.append), secret=SECRET, max_body_size=2000)
    default_app = hooks.create_receiver_app(hooks.WebhookHandlers(order_created=got.append), secret=SECRET)
    with serve(small_app) as url, serve(default_app) as default_url:
        r = post(url, "/webhooks/order_created", *signed(big))
        assert r.status_code == 413 and r.json()["error"]["type"] == "request_too_large", r.text
        assert "larger than 2000 bytes" in r.json()["error"]["message"]
        body, headers = signed(big)

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
            for i in range(0, len(body), 500):
                yield body[i : i + 500]

        r = httpx2.post(url + "/webhooks/order_created", content=chunks(), headers=headers, timeout=10)
        assert r.status_code == 413, r.text
        assert post(url, "/webhooks/order_created", *signed(CREATED)).status_code == 200
        assert post(default_url, "/webhooks/order_created", *signed(big)).status_code == 200
        huge = {**CREATED, "data": {**CREATED["data"], "item": "x" * (4 * 1024 * 1024)}}
        assert post(default_url, "/webhooks/order_created", *signed(huge)).status_code == 413
    assert [len(e.data.item) for e in got] == [3, 5000]
    with pytest.raises(ValueError, match="max_body_size"):
        hooks.create_receiver_app(hooks.WebhookHandlers(), secret=SECRET, max_body_size=-1)


def test_receiver_is_typed_black_stable_and_mypy_strict(shop: tuple[Path, Any], tmp_path: Path) -> None:
    """Handlers of the wrong type are caught by mypy; the generated module passes --strict."""
    out, _ = shop
    text = (out / "shop_client" / "server" / "webhooks.py").read_text(encoding="utf-8")
    import black

    assert black.format_str(text, mode=black.Mode()) == text
    user = tmp_path / "receiver_app.py"
    user.write_text(
        "from shop_client.server.webhooks import CallbackHandlers, WebhookHandlers, create_receiver_app\n"
        "from shop_client.types.order_created_event import OrderCreatedEvent\n"
        "from shop_client.types.order_status_changed import OrderStatusChanged\n\n\n"
        "async def created(event: OrderCreatedEvent) -> None:\n    print(event.data.item)\n\n\n"
        "def status(event: OrderStatusChanged) -> None:\n    print(event.status)\n\n\n"
        "app = create_receiver_app(WebhookHandlers(order_created=created), CallbackHandlers(create_order_status_changed=status), verify=False)\n"
        "wrong = WebhookHandlers(order_cancelled=created)\n",
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "shop_client/server/webhooks.py", str(user)],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=600,
    )
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    wrong = user.read_text(encoding="utf-8").splitlines().index("wrong = WebhookHandlers(order_cancelled=created)") + 1
    assert len(errors) == 1 and f"receiver_app.py:{wrong}:" in errors[0] and "order_cancelled" in errors[0], proc.stdout


SHARED = """\
openapi: 3.1.0
info: {title: Shared, version: "1"}
paths: {}
webhooks:
  first:
    post:
      requestBody: {content: {application/json: {schema: {$ref: "#/components/schemas/Change"}}}}
  second:
    post:
      requestBody: {content: {application/json: {schema: {$ref: "#/components/schemas/Change"}}}}
  other:
    post:
      requestBody: {content: {application/json: {schema: {$ref: "#/components/schemas/Other"}}}}
components:
  schemas:
    Change:
      type: object
      required: [kind]
      properties: {kind: {type: string, enum: [created, updated]}}
    Other:
      type: object
      required: [kind]
      properties: {kind: {type: string, enum: [other]}}
"""


def test_a_payload_shared_by_webhooks_and_a_multi_valued_constant(tmp_path: Path) -> None:
    """Every value of the discriminator dispatches (to the first webhook with that payload), and
    the generated module has no repeated keys or other pyflakes findings."""
    from fastapi.testclient import TestClient

    spec = tmp_path / "shared.yaml"
    spec.write_text(SHARED, encoding="utf-8")
    generate_into(spec, tmp_path / "out", "shared_client", emit=ALL_PARTS)
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", "--select", "F", str(tmp_path / "out")],
        capture_output=True,
        text=True,
    )
    assert lint.returncode == 0, lint.stdout
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        hooks = importlib.import_module("shared_client.server.webhooks")
        got: list[tuple[str, str]] = []
        handlers = hooks.WebhookHandlers(
            first=lambda e: got.append(("first", e.kind)),
            second=lambda e: got.append(("second", e.kind)),
            other=lambda e: got.append(("other", e.kind)),
        )
        with TestClient(hooks.create_receiver_app(handlers, verify=False)) as http:
            for kind in ("created", "updated", "other"):
                assert http.post("/webhooks", json={"kind": kind}).status_code == 200
            assert http.post("/webhooks/second", json={"kind": "updated"}).status_code == 200
        assert got == [("first", "created"), ("first", "updated"), ("other", "other"), ("second", "updated")]
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [m for m in sys.modules if m == "shared_client" or m.startswith("shared_client.")]:
            del sys.modules[name]


def test_hostile_webhook_and_callback_names_generate_clean_code(tmp_path: Path) -> None:
    """Keywords, digits, unicode, dunders, keys that collide once converted, payload models named
    like the receiver's own imports (Request, Response, Protocol, WebhookHandlers), text with
    quotes and Jinja syntax, form, multipart, text and missing payloads: black-stable, no
    pyflakes finding, mypy --strict clean, and every webhook has its own handler."""
    import black

    spec = ROOT / "tests" / "fixtures" / "webhooks" / "hostile.yaml"
    files = generate_into(spec, tmp_path, "hk", emit=ALL_PARTS)
    for rel, text in files.items():
        if rel.endswith(".py"):
            assert black.format_str(text, mode=black.Mode()) == text, rel
    for tool in (["ruff", "check", "--isolated", "--no-cache", "--select", "F", "hk"], ["mypy", "--strict", "--no-incremental", "hk"]):
        proc = subprocess.run([sys.executable, "-m", *tool], cwd=tmp_path, capture_output=True, text=True, timeout=900)
        assert proc.returncode == 0, proc.stdout[-3000:]
    receiver = files["hk/server/webhooks.py"]
    assert "from ..types.request import Request as RequestModel" in receiver
    assert "from ..types.protocol import Protocol as ProtocolModel" in receiver
    fields = [line.split(":")[0].strip() for line in receiver.split("class WebhookHandlers:")[1].split("@dataclass")[0].splitlines() if ": Optional[" in line]
    assert len(fields) == len(set(fields)) == 8
    api_md = files["hk/api.md"]
    for key in ("class", "1st", "order.created", "order-created", "名前", "__init__", "webhooks"):
        assert f"### `{key}`" in api_md
