"""Webhooks and callbacks from the IR: the signature runtime, `client.webhooks`, api.md's part.

The signing scheme is not in OpenAPI, so it comes from the target's configuration
(`Signing`); everything else (keys, payload types, the event union) is the IR's.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..ir import Api, Webhook
from .pytypes import Imports, TypeRenderer, py_string
from .render import Renderer, black_statement, finish, prune_unused_imports

#: Signing schemes oasgen can verify ("none": payloads are parsed, not verified).
SCHEMES = ("standard-webhooks", "none")


@dataclass(frozen=True)
class Signing:
    """How a target's webhooks are signed, and where the secret comes from."""

    scheme: str = "standard-webhooks"
    env_secret: str = "WEBHOOK_SECRET"


def has_hooks(api: Api) -> bool:
    return bool(api.webhooks or api.callbacks)


def runtime_files(api: Api, renderer: Renderer, signing: Signing) -> dict[str, str]:
    """`_webhooks.py`: the signature check shared by the client and the receiver."""
    if not has_hooks(api):
        return {}
    ctx = {
        "scheme": signing.scheme,
        "scheme_literal": py_string(signing.scheme, quote='"'),
        "env_webhook_secret": py_string(signing.env_secret, quote='"'),
    }
    return {"_webhooks.py": finish(renderer.render("client/_webhooks.py.jinja", ctx))}


def client_files(api: Api, renderer: Renderer, signing: Signing) -> dict[str, str]:
    """`resources/webhooks.py`: `client.webhooks.unwrap` and `verify_signature`."""
    if not api.webhooks:
        return {}
    types = api.type_by_id()
    event = types.get(api.webhook_event or "")
    lines = [black_statement(f"from ..types.{event.module} import {event.name}")] if event is not None else []
    ctx = {
        "signed": signing.scheme != "none",
        "event": event.name if event is not None else "object",
        "event_type": event.name if event is not None else "object",
        "type_import_lines": lines,
    }
    text = prune_unused_imports(renderer.render("client/webhooks.py.jinja", ctx))
    return {"resources/webhooks.py": finish(text)}


def api_md(api: Api) -> list[str]:
    """api.md's sections: every webhook under its key, callbacks under their operation."""
    types = TypeRenderer(api.type_by_id(), "model")
    lines: list[str] = []
    if api.webhooks:
        lines += ["## Webhooks", ""]
        if api.webhook_event is not None:
            name = api.type_by_id()[api.webhook_event].name
            lines += [
                f"`client.webhooks.unwrap(payload, headers, *, secret=None) -> {name}` verifies a request's",
                "signature and returns its typed event; `client.webhooks.verify_signature(payload, headers, *,",
                "secret=None, tolerance=300)` only verifies it.",
                "",
            ]
        for hook in api.webhooks:
            lines += _entry(hook, f"### `{hook.key}`", types)
    if api.callbacks:
        lines += ["## Callbacks", ""]
        ops = {op.id: op for op in api.operations}
        current = None
        for hook in api.callbacks:
            if hook.operation != current:
                current = hook.operation
                op = ops.get(current or "")
                where = f"`client.{'.'.join(op.resource)}.{op.py_name}(...)`" if op is not None else f"`{current}`"
                lines += [f"### Callbacks of {where}", ""]
            lines += _entry(hook, f"#### `{hook.key}`", types)
    return lines


def _entry(hook: Webhook, heading: str, types: TypeRenderer) -> list[str]:
    payload = "no payload"
    if hook.payload is not None:
        payload = f"`{types.render(hook.payload.type, Imports())}` ({hook.payload.content_type})"
    lines = [heading, ""]
    target = f"`{hook.method.upper()} {hook.expression}`" if hook.expression else f"`{hook.method.upper()}`"
    about = hook.summary or hook.description
    lines.append(target + (f": {about}" if about else ""))
    lines.append("")
    if hook.deprecated:
        lines += ["Deprecated.", ""]
    if hook.description and hook.summary:
        lines += [hook.description, ""]
    lines.append(f"- payload: {payload}")
    if hook.event_type is not None:
        lines.append(f"- event type: `{hook.event_type}`")
    lines.append("")
    return lines
