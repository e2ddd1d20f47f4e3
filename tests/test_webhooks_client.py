"""`client.webhooks.unwrap` / `verify_signature` against signatures made outside the generated code.

Signatures are computed here with hmac, and by the `standardwebhooks` package (the scheme's own
reference library) as an independent oracle; the OpenAI target is checked against the signed
test vector the official SDK publishes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib
import json
import sys
import time
from pathlib import Path
from typing import Any, Iterator

import pytest
import standardwebhooks

from gen_support import ALL_PARTS, ROOT, generate_into

FIXTURE = ROOT / "tests" / "fixtures" / "webhooks" / "hooks.yaml"
KEY = b"a key of thirty-two random bytes"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
EVENT = {
    "id": "evt_1",
    "type": "order.created",
    "created_at": 1700000000,
    "data": {"id": "ord_1", "item": "tea", "status": "placed"},
}
BODY = json.dumps(EVENT)


def sign(body: str | bytes, *, msg_id: str = "msg_1", timestamp: int | None = None, key: bytes = KEY) -> dict[str, str]:
    """Standard Webhooks headers, computed with hmac alone."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    raw = body.encode() if isinstance(body, str) else body
    digest = hmac.new(key, f"{msg_id}.{stamp}.".encode() + raw, hashlib.sha256).digest()
    return {"webhook-id": msg_id, "webhook-timestamp": stamp, "webhook-signature": "v1," + base64.b64encode(digest).decode()}


@pytest.fixture(scope="module")
def hooks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    out = tmp_path_factory.mktemp("hooks")
    generate_into(FIXTURE, out, "hooks_client", emit=ALL_PARTS)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("hooks_client")
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == "hooks_client" or m.startswith("hooks_client.")]:
            del sys.modules[name]


@pytest.fixture()
def client(hooks: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.delenv("HOOKS_WEBHOOK_SECRET", raising=False)
    return hooks.Client(webhook_secret=SECRET)


def errors(hooks: Any) -> Any:
    return importlib.import_module("hooks_client._exceptions")


def test_a_correctly_signed_payload_unwraps_to_its_typed_event(hooks: Any, client: Any) -> None:
    from hooks_client.types.order_created_event import OrderCreatedEvent

    event = client.webhooks.unwrap(BODY, sign(BODY))
    assert type(event) is OrderCreatedEvent
    assert (event.id, event.type, event.data.item, event.data.status) == ("evt_1", "order.created", "tea", "placed")
    other = {"id": "evt_2", "type": "order.cancelled", "data": {"id": "o", "item": "x", "status": "cancelled"}}
    body = json.dumps(other).encode()
    cancelled = client.webhooks.unwrap(body, sign(body))  # bytes too
    assert type(cancelled).__name__ == "OrderCancelledWebhookRequest" and cancelled.data.status == "cancelled"


def test_headers_of_any_case_and_httpx_headers(hooks: Any, client: Any) -> None:
    import httpx2

    headers = {k.upper(): v for k, v in sign(BODY).items()}
    assert client.webhooks.unwrap(BODY, headers).id == "evt_1"
    assert client.webhooks.unwrap(BODY, httpx2.Headers(sign(BODY))).id == "evt_1"


def test_the_reference_library_signs_what_the_client_accepts(hooks: Any, client: Any) -> None:
    from datetime import datetime, timezone

    oracle = standardwebhooks.Webhook(SECRET)
    now = datetime.now(tz=timezone.utc)
    signature = oracle.sign("msg_oracle", now, BODY)
    headers = {"webhook-id": "msg_oracle", "webhook-timestamp": str(int(now.timestamp())), "webhook-signature": signature}
    client.webhooks.verify_signature(BODY, headers)
    assert client.webhooks.unwrap(BODY, headers).id == "evt_1"
    # and the other way round: what the library verifies is what this test signs
    assert oracle.verify(BODY, sign(BODY)) == EVENT


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("tampered body", "does not match"),
        ("wrong secret", "does not match"),
        ("stale timestamp", "too old"),
        ("future timestamp", "too new"),
        ("no signature header", "Could not find webhook-signature header"),
        ("no id header", "Could not find webhook-id header"),
        ("no timestamp header", "Could not find webhook-timestamp header"),
        ("timestamp not a number", "Invalid webhook timestamp"),
        ("signature without version", "Malformed webhook-signature header"),
        ("other scheme version only", "does not match"),
        ("signature of another id", "does not match"),
    ],
)
def test_what_does_not_verify_raises_a_typed_error(hooks: Any, client: Any, case: str, message: str) -> None:
    body, headers = BODY, sign(BODY)
    if case == "tampered body":
        body = BODY.replace("tea", "TEA")
    elif case == "wrong secret":
        headers = sign(BODY, key=b"another key of thirty-two bytes!")
    elif case == "stale timestamp":
        headers = sign(BODY, timestamp=int(time.time()) - 301)
    elif case == "future timestamp":
        headers = sign(BODY, timestamp=int(time.time()) + 301)
    elif case.startswith("no "):
        del headers["webhook-" + case.split()[1]]
    elif case == "timestamp not a number":
        headers["webhook-timestamp"] = "yesterday"
    elif case == "signature without version":
        headers["webhook-signature"] = headers["webhook-signature"].split(",", 1)[1]
    elif case == "other scheme version only":
        headers["webhook-signature"] = headers["webhook-signature"].replace("v1,", "v1a,")
    elif case == "signature of another id":
        headers["webhook-id"] = "msg_2"
    exc = errors(hooks)
    for call in (client.webhooks.verify_signature, client.webhooks.unwrap):
        with pytest.raises(exc.InvalidWebhookSignatureError, match=message) as info:
            call(body, headers)
        assert isinstance(info.value, exc.WebhookError) and isinstance(info.value, exc.ClientError)
        assert isinstance(info.value, ValueError)


def test_tolerance_and_several_signatures(hooks: Any, client: Any) -> None:
    exc = errors(hooks)
    old = sign(BODY, timestamp=int(time.time()) - 100)
    client.webhooks.verify_signature(BODY, old)  # within the default 300 s
    with pytest.raises(exc.InvalidWebhookSignatureError, match="too old"):
        client.webhooks.verify_signature(BODY, old, tolerance=10)
    good = sign(BODY)
    rotated = dict(good, **{"webhook-signature": f"v1,bm90IGl0 v2,xyz {good['webhook-signature']}"})
    client.webhooks.verify_signature(BODY, rotated)
    none_valid = dict(good, **{"webhook-signature": "v1,invalid1 v1,invalid2"})
    with pytest.raises(exc.InvalidWebhookSignatureError, match="does not match"):
        client.webhooks.verify_signature(BODY, none_valid)


def test_the_secret_comes_from_the_call_the_client_or_the_environment(
    hooks: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    exc = errors(hooks)
    monkeypatch.delenv("HOOKS_WEBHOOK_SECRET", raising=False)
    bare = hooks.Client()
    with pytest.raises(exc.WebhookSecretError, match="The webhook secret must either be set.*HOOKS_WEBHOOK_SECRET"):
        bare.webhooks.unwrap(BODY, sign(BODY))
    assert bare.webhooks.unwrap(BODY, sign(BODY), secret=SECRET).id == "evt_1"
    monkeypatch.setenv("HOOKS_WEBHOOK_SECRET", SECRET)
    assert hooks.Client().webhooks.unwrap(BODY, sign(BODY)).id == "evt_1"
    # an explicit secret wins over the client's and the environment's
    with pytest.raises(exc.InvalidWebhookSignatureError):
        hooks.Client().webhooks.verify_signature(BODY, sign(BODY), secret="whsec_" + base64.b64encode(b"x" * 32).decode())
    copied = hooks.Client(webhook_secret=SECRET).copy()
    monkeypatch.delenv("HOOKS_WEBHOOK_SECRET")
    assert copied.webhooks.unwrap(BODY, sign(BODY)).id == "evt_1"
    with pytest.raises(exc.WebhookSecretError, match="malformed"):
        bare.webhooks.verify_signature(BODY, sign(BODY), secret="whsec_not base64!")
    # a secret without the whsec_ prefix is its UTF-8 bytes
    raw = "plain-secret"
    assert bare.webhooks.unwrap(BODY, sign(BODY, key=raw.encode()), secret=raw).id == "evt_1"


def test_a_verified_payload_that_is_not_json(hooks: Any, client: Any) -> None:
    exc = errors(hooks)
    with pytest.raises(exc.InvalidWebhookPayloadError, match="not valid JSON"):
        client.webhooks.unwrap("{oops", sign("{oops"))


def test_the_async_client_has_the_same_webhooks(hooks: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    exc = errors(hooks)
    monkeypatch.delenv("HOOKS_WEBHOOK_SECRET", raising=False)
    client = hooks.AsyncClient(webhook_secret=SECRET)
    assert client.webhooks.unwrap(BODY, sign(BODY)).type == "order.created"
    with pytest.raises(exc.InvalidWebhookSignatureError):
        client.webhooks.verify_signature(BODY + " ", sign(BODY))


def test_api_md_documents_webhooks_under_their_keys_and_callbacks_under_their_operation(tmp_path: Path) -> None:
    files = generate_into(FIXTURE, tmp_path, "hooks_client", emit=("models", "client", "docs"))
    api_md = files["hooks_client/api.md"]
    section = api_md[api_md.index("## Webhooks") :]
    assert section.index("### `order_created`") < section.index("### `order_cancelled`") < section.index("## Callbacks")
    assert "event type: `order.created`" in section and "`OrderCreatedEvent`" in section
    callbacks = section[section.index("## Callbacks") :]
    assert "### Callbacks of `client.orders.create(...)`" in callbacks
    assert "#### `statusChanged`" in callbacks and "`POST {$request.body#/callback_url}`" in callbacks
    assert "`PUT {$request.body#/callback_url}/shipped`" in callbacks
    assert "client.webhooks.unwrap(payload, headers, *, secret=None) -> UnwrapWebhookEvent" in section


def test_the_spec_resource_named_webhooks_moves_aside(hooks: Any, client: Any) -> None:
    assert hasattr(client, "webhooks_") and hasattr(client.webhooks_, "list")
    assert not hasattr(client.webhooks, "list")


# -- the OpenAI target, against the official SDK's published test vector ----------------------

OPENAI_SECRET = "whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c="
OPENAI_PAYLOAD = (
    '{"id": "evt_685c059ae3a481909bdc86819b066fb6", "object": "event", "created_at": 1750861210, '
    '"type": "response.completed", "data": {"id": "resp_123"}}'
)
OPENAI_HEADERS = {
    "webhook-id": "wh_685c059ae39c8190af8c71ed1022a24d",
    "webhook-timestamp": "1750861210",
    "webhook-signature": "v1,gUAg4R2hWouRZqRQG4uJypNS8YK885G838+EHb4nKBY=",
}


@pytest.fixture()
def openai_client(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.syspath_prepend(str(ROOT / "output" / "openai"))
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)
    monkeypatch.setattr(time, "time", lambda: 1750861210.5)
    yield importlib.import_module("openai_client")


def test_openai_target_unwraps_the_sdk_test_vector(openai_client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from openai_client._exceptions import InvalidWebhookSignatureError, WebhookSecretError
    from openai_client.types.webhook_response_completed import WebhookResponseCompleted

    client = openai_client.Client(api_key="k")
    event = client.webhooks.unwrap(OPENAI_PAYLOAD, OPENAI_HEADERS, secret=OPENAI_SECRET)
    assert isinstance(event, WebhookResponseCompleted)
    assert (event.id, event.created_at, event.data.id) == ("evt_685c059ae3a481909bdc86819b066fb6", 1750861210, "resp_123")
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        client.webhooks.unwrap(OPENAI_PAYLOAD.replace("resp_123", "resp_124"), OPENAI_HEADERS, secret=OPENAI_SECRET)
    with pytest.raises(ValueError, match="The webhook secret must either be set.*OPENAI_WEBHOOK_SECRET"):
        client.webhooks.unwrap(OPENAI_PAYLOAD, OPENAI_HEADERS)
    assert issubclass(WebhookSecretError, ValueError)
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", OPENAI_SECRET)
    assert openai_client.AsyncClient(api_key="k").webhooks.unwrap(OPENAI_PAYLOAD, OPENAI_HEADERS).id.startswith("evt_")
    monkeypatch.setattr(time, "time", lambda: 1750861210 + 400)
    with pytest.raises(InvalidWebhookSignatureError, match="too old"):
        client.webhooks.verify_signature(OPENAI_PAYLOAD, OPENAI_HEADERS, secret=OPENAI_SECRET)


# -- the target's configuration ---------------------------------------------------------------

CONFIG = """\
[tool.oasgen.targets.hooks]
spec = "hooks.yaml"
package = "hooks_client"
output = "out"
emit = ["models", "client", "docs", "stubs"]
"""


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('signature = "hmac"', "'tool.oasgen.targets.hooks.webhooks.signature' must be one of standard-webhooks, none"),
        ('env_secret = "NOT A NAME"', "is not an environment variable name"),
        ("secret = 1", "unknown key 'tool.oasgen.targets.hooks.webhooks.secret'"),
        ("signature = 3", "'tool.oasgen.targets.hooks.webhooks.signature' must be a non-empty string"),
    ],
)
def test_bad_webhook_config_is_a_located_error(tmp_path: Path, table: str, message: str) -> None:
    from generator.workflow.config import ConfigError, load_config

    path = tmp_path / "pyproject.toml"
    path.write_text(CONFIG + "\n[tool.oasgen.targets.hooks.webhooks]\n" + table + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert message in str(info.value) and str(path) in str(info.value)


def test_configured_secret_variable_and_unsigned_scheme(tmp_path: Path) -> None:
    from generator.workflow.check import build_target
    from generator.workflow.config import load_config

    (tmp_path / "hooks.yaml").write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    path = tmp_path / "pyproject.toml"
    path.write_text(CONFIG + '\n[tool.oasgen.targets.hooks.webhooks]\nenv_secret = "SHOP_HOOK_KEY"\n', encoding="utf-8")
    (target,) = load_config(path).select([])
    files = build_target(target).files
    assert 'ENV_WEBHOOK_SECRET = "SHOP_HOOK_KEY"' in files["hooks_client/_webhooks.py"]
    assert 'ENV_WEBHOOK_SECRET = "SHOP_HOOK_KEY"' in files["hooks_client/_client.py"]
    assert "def verify_signature" in files["hooks_client/resources/webhooks.py"]
    path.write_text(CONFIG + '\n[tool.oasgen.targets.hooks.webhooks]\nsignature = "none"\n', encoding="utf-8")
    (target,) = load_config(path).select([])
    unsigned_files = build_target(target).files
    unsigned = unsigned_files["hooks_client/resources/webhooks.py"]
    import black

    for rel in ("resources/webhooks.py", "_webhooks.py", "server/webhooks.py", "_client.py", "_exceptions.py"):
        text = unsigned_files["hooks_client/" + rel]
        assert black.format_str(text, mode=black.Mode()) == text, rel
    assert "def verify_signature" not in unsigned and "verify_signature(" not in unsigned
    assert "headers: Optional[HeadersLike] = None" in unsigned
