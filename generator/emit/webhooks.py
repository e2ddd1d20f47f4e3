"""Webhooks and callbacks from the IR: the signature runtime, `client.webhooks`, api.md's part.

The signing scheme is not in OpenAPI, so it comes from the target's configuration
(`Signing`); everything else (keys, payload types, the event union) is the IR's.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.emit.docs import docstring_text, summary_and_description
from generator.emit.formatter import LINE_LENGTH
from generator.emit.pytypes import Imports, TypeRenderer, py_string
from generator.emit.render import Renderer, prune_unused_imports
from generator.ir import Api, Webhook

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
    return {"_webhooks.py": renderer.render("client/_webhooks.py.jinja", ctx)}


def client_files(api: Api, renderer: Renderer, signing: Signing) -> dict[str, str]:
    """`resources/webhooks.py`: `client.webhooks.unwrap` and `verify_signature`."""
    if not api.webhooks:
        return {}
    types = api.type_by_id()
    event = types.get(api.webhook_event or "")
    lines = [f"from ..types.{event.module} import {event.name}"] if event is not None else []
    ctx = {
        "signed": signing.scheme != "none",
        "event": event.name if event is not None else "object",
        "event_type": event.name if event is not None else "object",
        "type_import_lines": lines,
    }
    text = prune_unused_imports(renderer.render("client/webhooks.py.jinja", ctx))
    return {"resources/webhooks.py": text}


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
                where = (
                    f"`client.{'.'.join(op.resource)}.{op.py_name}(...)`"
                    if op is not None
                    else f"`{current}`"
                )
                lines += [f"### Callbacks of {where}", ""]
            lines += _entry(hook, f"#### `{hook.key}`", types)
    return lines


def _entry(hook: Webhook, heading: str, types: TypeRenderer) -> list[str]:
    payload = "no payload"
    if hook.payload is not None:
        payload = f"`{types.render(hook.payload.type, Imports())}` ({hook.payload.content_type})"
    lines = [heading, ""]
    target = (
        f"`{hook.method.upper()} {hook.expression}`"
        if hook.expression
        else f"`{hook.method.upper()}`"
    )
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


# -- the receiver (server side) ------------------------------------------------------------------

#: Names `server/webhooks.py` defines or imports; a model named so is imported under an alias.
_RECEIVER_NAMES = frozenset(
    {
        "APIRouter", "Any", "Awaitable", "CallbackHandlers", "DEFAULT_TOLERANCE", "Dict", "FastAPI",
        "JSONResponse", "Optional", "Protocol", "Request", "Response", "SCHEME", "WebhookError",
        "WebhookHandlers", "annotations", "build_callback_router", "build_webhook_router",
        "create_receiver_app", "dataclass", "inspect", "load_payload", "pydantic", "urllib",
        "validate_type", "verify_signature", "webhook_secret", "List", "Union", "Literal",
        "Annotated", "Field", "date", "datetime", "MAX_BODY_SIZE",
    }
)  # fmt: skip


class _AliasingRenderer(TypeRenderer):
    def __init__(self, api: Api, aliases: dict[str, str]) -> None:
        super().__init__(api.type_by_id(), "model")
        self.aliases = aliases

    def name_of(self, tid: str) -> str:
        name = super().name_of(tid)
        return self.aliases.get(name, name)


def server_files(api: Api, renderer: Renderer, signing: Signing) -> dict[str, str]:
    """`server/webhooks.py`: a handler Protocol per webhook and callback, routers, an app."""
    if not has_hooks(api):
        return {}
    from generator.emit.models import docstring

    types = api.type_by_id()
    taken = set(_RECEIVER_NAMES) | {h.protocol for h in [*api.webhooks, *api.callbacks]}
    aliases = {t.name: _free(t.name + "Model", taken) for t in api.types if t.name in taken}
    names = _AliasingRenderer(api, aliases)
    imports = Imports()
    hooks, groups = [], []
    for kind, items in (("webhooks", api.webhooks), ("callbacks", api.callbacks)):
        if not items:
            continue
        entries, fields = [], []
        for hook in items:
            body = _receiver_body(hook)
            annotation = (
                names.render(hook.payload.type, imports)
                if body != "raw" and hook.payload
                else "bytes"
            )
            call = f"    def __call__(self, event: {annotation}, /) -> Optional[Awaitable[None]]:"
            call_doc = docstring(_call_doc(hook, annotation), "        ", keep_indent=True)
            call += f"\n        {call_doc}\n        ..."
            hooks.append(
                {"protocol": hook.protocol, "call": call, "doc": docstring(_about(hook), "    ")}
            )
            fields.append(f"    {hook.handler}: Optional[{hook.protocol}] = None")
            args = [
                py_string(hook.handler),
                py_string(hook.method),
                py_string(hook.route),
                annotation,
            ]
            entries.append(
                f"    {py_string(hook.handler)}: _Hook({', '.join(args)}, {py_string(body)},"
                f" {_ack_status(hook)}),"
            )
        cls = "WebhookHandlers" if kind == "webhooks" else "CallbackHandlers"
        constant = "_WEBHOOKS" if kind == "webhooks" else "_CALLBACKS"
        build = "build_webhook_router" if kind == "webhooks" else "build_callback_router"
        dispatch = kind == "webhooks" and _discriminator(api) is not None
        what = "webhook" if kind == "webhooks" else "callback"
        doc = f"The routes receiving every {what}: `{{prefix}}/<name>` each"
        if dispatch:
            doc += f",\nand `{{prefix}}` any of them, by its `{_discriminator(api)}`"
        groups.append(
            {
                "kind": kind,
                "what": what,
                "cls": cls,
                "constant": constant,
                "build": build,
                "prefix": py_string("/" + kind),
                "dispatch": "True" if dispatch else "False",
                "fields": fields,
                "table": f"{constant}: Dict[str, _Hook] = {{\n" + "\n".join(entries) + "\n}",
                "build_doc": docstring(doc + ".", "    "),
            }
        )
    disc = _discriminator(api)
    events_line = ""
    if disc is not None:
        pairs = list(_events(api).items())
        events_line = (
            "_EVENTS: Dict[str, str] = {\n"
            + "".join(f"    {py_string(v)}: {py_string(h)},\n" for v, h in pairs)
            + "}"
        )
    type_lines = []
    for tid in sorted(imports.types, key=lambda i: types[i].name):
        t = types[tid]
        alias = aliases.get(t.name)
        type_lines.append(
            f"from ..types.{t.module} import {t.name}" + (f" as {alias}" if alias else "")
        )
    typing_names = sorted(
        imports.typing | {"Any", "Awaitable", "Dict", "List", "Optional", "Protocol"}
    )
    std = ["import inspect", "import urllib.parse", "from dataclasses import dataclass"]
    if imports.datetime:
        std.append(f"from datetime import {', '.join(sorted(imports.datetime))}")
    std.append(f"from typing import {', '.join(typing_names)}")
    if imports.typing_extensions:
        std.append(f"from typing_extensions import {', '.join(sorted(imports.typing_extensions))}")
    if imports.pydantic:
        std.append(f"from pydantic import {', '.join(sorted(imports.pydantic))}")
    exports: list[str] = [str(g["cls"]) for g in groups] + [str(g["build"]) for g in groups]
    exports += ["create_receiver_app", *(str(h["protocol"]) for h in hooks)]
    routers = [f"`{g['build']}({g['cls']}(...))`" for g in groups]
    ctx = {
        "title": api.title.replace('"""', "'''").replace("\\", "/"),
        "env_secret": signing.env_secret,
        "routers_doc": routers,
        "std_lines": std,
        "type_import_lines": type_lines,
        "all_line": "__all__ = [" + ", ".join(py_string(n) for n in exports) + "]",
        "hooks": hooks,
        "groups": groups,
        "discriminator": py_string(disc or ""),
        "events_line": events_line,
        "receives": " and ".join(str(g["kind"]) for g in groups),
        "each": " and ".join(str(g["what"]) for g in groups),
    }
    text = prune_unused_imports(renderer.env.get_template("server/webhooks.py.jinja").render(**ctx))
    return {"server/webhooks.py": text}


def _free(name: str, taken: set[str]) -> str:
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}{n}", n + 1
    taken.add(candidate)
    return candidate


def _discriminator(api: Api) -> str | None:
    union = api.type_by_id().get(api.webhook_event or "")
    t = union.alias_of if union is not None else None
    if t is None or t.kind != "union" or t.discriminator is None:
        return None
    return t.discriminator.property


def _events(api: Api) -> dict[str, str]:
    """Each value of the webhook union's discriminator -> the first webhook whose payload has it."""
    union = api.type_by_id()[api.webhook_event or ""]
    assert union.alias_of is not None and union.alias_of.discriminator is not None
    first: dict[str, str] = {}
    for hook in api.webhooks:
        if hook.payload is not None and hook.payload.type.kind == "named":
            first.setdefault(hook.payload.type.name or "", hook.handler)
    out: dict[str, str] = {}
    for value, tid in union.alias_of.discriminator.mapping:
        if tid in first:
            out.setdefault(value, first[tid])
    return out


def _receiver_body(hook: Webhook) -> str:
    if hook.payload is None:
        return "raw"
    return hook.payload.kind if hook.payload.kind in ("json", "form") else "raw"


def _ack_status(hook: Webhook) -> int:
    for r in hook.responses:
        if r.status.isdigit() and r.status.startswith("2"):
            return int(r.status)
    return 200


def _about(hook: Webhook) -> str:
    where = f"{hook.method.upper()} {hook.expression}" if hook.expression else hook.method.upper()
    head = f"`{hook.key}` ({where})"
    if hook.operation:
        head = f"Callback `{hook.key}` of `{hook.operation}` ({where})"
    text = hook.summary or hook.description
    out = head + (f": {text}" if text else ".")
    if hook.deprecated:
        out += "\n\nDeprecated."
    return out


def _call_doc(hook: Webhook, annotation: str) -> str:
    """The handler's docstring text: the spec's words about the hook, then its `event`."""
    parts = summary_and_description(hook.summary, hook.description) or [f"Handle `{hook.key}`."]
    if hook.deprecated:
        parts.append("Deprecated.")
    payload = hook.payload
    if payload is not None and payload.description:
        event = payload.description
    elif payload is not None and annotation != "bytes":
        event = f"The `{annotation}` payload ({payload.content_type})."
    elif payload is not None:
        event = f"The request body as sent ({payload.content_type})."
    else:
        event = "The request body as sent."
    return docstring_text(parts, [("event", event)], LINE_LENGTH - 8)
