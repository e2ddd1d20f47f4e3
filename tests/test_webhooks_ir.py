"""Webhooks and callbacks in the IR: keys, payload models, the discriminated event union, warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import Problem
from generator.ir import Api
from generator.load.loader import load_spec
from generator.normalize.normalizer import normalize

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "webhooks" / "hooks.yaml"
OPENAI = ROOT / "specs" / "openai-2026-08-21.yaml"


def build(path: Path) -> tuple[Api, list[Problem]]:
    """The IR and its problems, less the warning for a spec without security schemes."""
    problems: list[Problem] = []
    api = normalize(load_spec(path), problems=problems)
    return api, [p for p in problems if "declares no security scheme" not in p.message]


def write_spec(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text('openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths: {}\n' + body, encoding="utf-8")
    return path


def test_openai_webhooks_enter_the_ir_with_typed_payloads_and_a_union() -> None:
    api, _ = build(OPENAI)
    spec = load_spec(OPENAI)
    assert [h.key for h in api.webhooks] == list(spec.root["webhooks"])
    assert len(api.webhooks) == 16
    types = api.type_by_id()
    union = types[api.webhook_event or ""]
    assert union.name == "UnwrapWebhookEvent"
    assert union.alias_of is not None and union.alias_of.discriminator is not None
    assert union.alias_of.discriminator.property == "type"
    members = {m.name for m in union.alias_of.members}
    for hook in api.webhooks:
        assert hook.kind == "webhook" and hook.method == "post" and hook.payload is not None
        model = types[hook.payload.type.name or ""]
        assert model.name.startswith("Webhook") and model.used_in_response
        assert model.id in members
        type_field = next(f for f in model.fields if f.name == "type")
        assert hook.event_type == type_field.type.values[0]  # batch_completed -> "batch.completed"
        assert hook.description and hook.source.endswith(f"#/webhooks/{hook.key}/post")
    assert {h.event_type for h in api.webhooks} >= {"batch.completed", "response.completed"}
    assert len({h.protocol for h in api.webhooks}) == 16


def test_fixture_webhooks_and_callbacks() -> None:
    api, problems = build(FIXTURE)
    assert problems == []
    hooks = {h.key: h for h in api.webhooks}
    assert list(hooks) == ["order_created", "order_cancelled"]
    assert hooks["order_cancelled"].deprecated and not hooks["order_created"].deprecated
    assert hooks["order_created"].summary == "An order was placed."
    assert hooks["order_created"].description == "Sent once per order."
    assert (hooks["order_created"].event_type, hooks["order_cancelled"].event_type) == ("order.created", "order.cancelled")
    types = api.type_by_id()
    cancelled = types[hooks["order_cancelled"].payload.type.name or ""]  # type: ignore[union-attr]
    assert cancelled.kind == "object" and {f.name for f in cancelled.fields} == {"id", "type", "data", "reason"}
    calls = {c.key: c for c in api.callbacks}
    assert list(calls) == ["statusChanged", "shipped"]
    assert all(c.kind == "callback" and c.operation == "createOrder" for c in calls.values())
    assert calls["statusChanged"].expression == "{$request.body#/callback_url}"
    assert calls["statusChanged"].payload is not None and calls["statusChanged"].payload.required
    assert types[calls["statusChanged"].payload.type.name or ""].name == "OrderStatusChanged"
    shipped = calls["shipped"]  # through components/callbacks
    assert shipped.method == "put" and shipped.expression == "{$request.body#/callback_url}/shipped"
    assert {f.name for f in types[shipped.payload.type.name or ""].fields} == {"order_id", "carrier", "tracking"}  # type: ignore[union-attr]
    assert shipped.event_type is None
    names = [h.handler for h in [*api.webhooks, *api.callbacks]]
    assert len(set(names)) == len(names) and all(n.isidentifier() for n in names)
    # the spec's own `/webhooks` resource gives way to `client.webhooks`
    assert {op.resource[0] for op in api.operations} == {"orders", "webhooks_"}
    assert "webhooks" not in {r.path[0] for r in api.resources}


def test_a_spec_without_webhooks_has_none(tmp_path: Path) -> None:
    api, problems = build(write_spec(tmp_path, ""))
    assert (api.webhooks, api.callbacks, api.webhook_event, problems) == ([], [], None, [])


def test_payloads_without_a_common_constant_make_a_plain_union(tmp_path: Path) -> None:
    path = write_spec(
        tmp_path,
        """
webhooks:
  a:
    post:
      requestBody: {content: {application/json: {schema: {type: object, properties: {x: {type: string}}}}}}
  b:
    post:
      requestBody: {content: {application/json: {schema: {type: object, properties: {y: {type: integer}}}}}}
  c:
    post:
      requestBody: {content: {application/json: {schema: {type: object, properties: {y: {type: integer}}}}}}
""",
    )
    api, problems = build(path)
    union = api.type_by_id()[api.webhook_event or ""]
    assert union.alias_of is not None and union.alias_of.kind == "union"
    assert union.alias_of.discriminator is None and len(union.alias_of.members) >= 2
    assert [h.event_type for h in api.webhooks] == [None, None, None]
    assert problems == []


@pytest.mark.parametrize(
    ("body", "message", "pointer"),
    [
        ("x-webhooks: [1, 2]\n", "`x-webhooks` must be a mapping", "/x-webhooks"),
        ("webhooks:\n  ping: {summary: nothing}\n", "webhook 'ping' has no operation", "/webhooks/ping"),
        ("webhooks:\n  ping: 3\n", "webhook 'ping' must be a path item", "/webhooks/ping"),
        (
            "webhooks:\n  ping:\n    post:\n      parameters: [{name: X-Sig, in: header, schema: {type: string}}]\n"
            "      responses: {'200': {description: ok}}\n",
            "parameters are not generated",
            "/webhooks/ping/post/parameters",
        ),
        (
            "webhooks:\n  ping:\n    post:\n      requestBody:\n        content:\n"
            "          application/json: {schema: {type: object}}\n          text/plain: {schema: {type: string}}\n",
            "only the application/json payload is generated, not text/plain",
            "/webhooks/ping/post",
        ),
        (
            "webhooks:\n  ping:\n    post:\n      requestBody:\n        content:\n"
            "          text/plain: {schema: {type: string}}\n",
            "the text/plain payload is not parsed by client.webhooks.unwrap (JSON payloads only), and reaches"
            " the server handler as bytes",
            "/webhooks/ping/post/requestBody",
        ),
        (
            "webhooks:\n  ping:\n    post:\n      requestBody:\n        content:\n"
            "          application/x-www-form-urlencoded: {schema: {type: object, properties: {a: {type: string}}}}\n",
            "the application/x-www-form-urlencoded payload is not parsed by client.webhooks.unwrap (JSON payloads only)",
            "/webhooks/ping/post/requestBody",
        ),
        (
            "webhooks:\n  ping:\n    post:\n      responses:\n        '200':\n          description: ok\n"
            "          content: {application/json: {schema: {type: object}}}\n",
            "the reply's body is not generated",
            "/webhooks/ping/post/responses",
        ),
    ],
)
def test_what_is_not_generated_is_a_located_warning(tmp_path: Path, body: str, message: str, pointer: str) -> None:
    api, problems = build(write_spec(tmp_path, body))
    found = [p for p in problems if message in p.message]
    assert found, [str(p) for p in problems]
    assert found[0].location.pointer == pointer and found[0].location.line is not None
    assert any(message in w for w in api.warnings)


def test_callbacks_that_are_not_mappings_warn(tmp_path: Path) -> None:
    path = write_spec(tmp_path, "")
    path.write_text(
        'openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths:\n  /a:\n    post:\n'
        "      callbacks: {onDone: 5}\n      responses: {'200': {description: ok}}\n",
        encoding="utf-8",
    )
    api, problems = build(path)
    assert api.callbacks == []
    assert any("callback 'onDone'" in p.message and p.location.pointer == "/paths/~1a/post/callbacks/onDone" for p in problems)


def test_x_webhooks_of_openapi_30(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(
        'openapi: 3.0.3\ninfo: {title: T, version: "1"}\npaths: {}\nx-webhooks:\n  ping:\n    post:\n'
        "      requestBody: {content: {application/json: {schema: {type: object, required: [kind],"
        " properties: {kind: {type: string, enum: [ping]}}}}}}\n      responses: {'200': {description: ok}}\n",
        encoding="utf-8",
    )
    api, _ = build(path)
    assert [h.key for h in api.webhooks] == ["ping"] and api.webhooks[0].event_type == "ping"


def test_diff_reports_webhooks_and_callbacks(tmp_path: Path) -> None:
    from generator.workflow.diff import diff_files

    text = FIXTURE.read_text(encoding="utf-8")
    new = text.replace("  order_cancelled:\n", "  order_refunded:\n", 1)  # one removed, one added
    new = new.replace("status: {type: string, enum: [placed, shipped, cancelled]}\n", "status: {type: string, enum: [placed, shipped, cancelled, lost]}\n")
    new = new.replace("carrier: {type: string}\n", "carrier: {type: [string, integer]}\n")
    new = new.replace("      summary: An order was placed.\n", "      summary: An order was placed.\n      deprecated: true\n")
    (tmp_path / "old.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(new, encoding="utf-8")
    changes = {(c.kind, c.subject): c for c in diff_files(tmp_path / "old.yaml", tmp_path / "new.yaml").changes}
    removed = changes[("webhook-removed", "webhook 'order_cancelled' (POST)")]
    assert removed.breaks_clients and not removed.breaks_servers
    assert removed.sdk == ["server.webhooks.WebhookHandlers.order_cancelled"]
    assert not changes[("webhook-added", "webhook 'order_refunded' (POST)")].breaking
    assert ("webhook-deprecated", "webhook 'order_created' (POST)") in changes
    # payload changes are reported on their types, on the response side (the API sends them)
    carrier = changes[("field-type", "CreateOrderShippedCallbackRequest.carrier")]
    assert carrier.side == "response" and carrier.breaks_clients and not carrier.breaks_servers
    assert any(c.subject.startswith("OrderStatusChanged") and "lost" in c.detail and c.side == "response" for c in changes.values())


def test_diff_reports_a_webhook_whose_payload_changes_type(tmp_path: Path) -> None:
    from generator.workflow.diff import diff_files

    text = FIXTURE.read_text(encoding="utf-8")
    new = text.replace('schema: {$ref: "#/components/schemas/OrderCreatedEvent"}', "schema: {type: string}")
    (tmp_path / "old.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(new, encoding="utf-8")
    (change,) = [c for c in diff_files(tmp_path / "old.yaml", tmp_path / "new.yaml").changes if c.kind == "webhook-payload"]
    assert change.subject == "webhook 'order_created' (POST)" and change.breaks_clients and change.breaks_servers
