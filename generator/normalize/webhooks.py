"""Webhooks and callbacks to IR: the requests an API makes to its users.

OpenAPI 3.1 `webhooks` (also `x-webhooks`, as 3.0 specs write them) and every operation's
`callbacks` become `ir.Webhook`s with a typed payload; the webhook payloads are joined in one
named union (`UnwrapWebhookEvent`), discriminated by a constant property such as `type` where
every payload has one, which `client.webhooks.unwrap` returns and the receiver dispatches on.
"""

from __future__ import annotations

from typing import Any

from generator import naming
from generator.errors import Problem
from generator.ir import Api, NamedType, Operation, TypeRef, Webhook
from generator.load.loader import Node, Spec
from generator.normalize.descriptions import nonblank
from generator.normalize.discriminators import discriminator
from generator.normalize.operations import HTTP_METHODS, OperationBuilder
from generator.normalize.schemas import SchemaConverter

#: Name of the union of every webhook payload (what the official OpenAI SDK calls it).
EVENT_UNION = "UnwrapWebhookEvent"
#: Id of that union among the named types: no component or inline schema can have it.
EVENT_UNION_ID = "#/webhooks"


class WebhookBuilder:
    """Builds `Api.webhooks`, `Api.callbacks` and the webhook union, after the operations."""

    def __init__(
        self,
        spec: Spec,
        schemas: SchemaConverter,
        operations: OperationBuilder,
        problems: list[Problem],
    ):
        self.spec = spec
        self.schemas = schemas
        self.operations = operations
        self.problems = problems
        self.handlers = {"webhook": naming.NameRegistry(), "callback": naming.NameRegistry()}

    def build(self, api: Api) -> None:
        api.webhooks = self._webhooks()
        api.callbacks = self._callbacks(api.operations)
        union = self._union(api.webhooks)
        if union is not None:
            api.webhook_event = union.id

    # -- webhooks -------------------------------------------------------------------------

    def _webhooks(self) -> list[Webhook]:
        root = self.spec.root
        key = "webhooks" if "webhooks" in root else "x-webhooks"
        raw = root.get(key)
        if raw is None:
            return []
        node = self.spec.get(self.spec.root_node, key)
        if not isinstance(node.value, dict):
            self._warn(
                f"`{key}` must be a mapping of names to path items; no webhook generated", node
            )
            return []
        out: list[Webhook] = []
        for name, item in node.items():
            inode = self.spec.get(item)  # a path item, or a `$ref` to one (in another file, say)
            out.extend(self._item("webhook", str(name), inode, None, None))
        return out

    # -- callbacks ------------------------------------------------------------------------

    def _callbacks(self, ops: list[Operation]) -> list[Webhook]:
        by_id = {op.id: op for op in ops}
        out: list[Webhook] = []
        for op_id, cnode in self.operations.callback_nodes:
            op = by_id.get(op_id)
            callbacks = self.spec.get(cnode)
            if op is None:
                continue
            if not isinstance(callbacks.value, dict):
                self._warn(
                    "`callbacks` must be a mapping of names to callbacks; no callback generated",
                    callbacks,
                )
                continue
            for name, callback in callbacks.items():
                bnode = self.spec.get(callback)
                if not isinstance(bnode.value, dict):
                    self._warn(
                        f"callback {name!r} must map URL expressions to path items; not generated",
                        bnode,
                    )
                    continue
                expressions = [e for e in bnode.value if not str(e).startswith("x-")]
                for expression in expressions:
                    inode = self.spec.get(bnode, expression)
                    label = str(name) if len(expressions) == 1 else f"{name} {expression}"
                    out.extend(self._item("callback", str(name), inode, op, str(expression), label))
        return out

    # -- one path item --------------------------------------------------------------------

    def _item(
        self,
        kind: str,
        key: str,
        inode: Node,
        op: Operation | None,
        expression: str | None,
        label: str | None = None,
    ) -> list[Webhook]:
        item = inode.value
        what = f"{kind} {key!r}"
        if not isinstance(item, dict):
            self._warn(f"{what} must be a path item; not generated", inode)
            return []
        operations = {
            m: self.spec.get(inode, m) for m in HTTP_METHODS if m in item
        }  # each may be a `$ref`
        methods = [m for m, onode in operations.items() if isinstance(onode.value, dict)]
        if not methods:
            self._warn(f"{what} has no operation (post, put, ...); not generated", inode)
            return []
        out: list[Webhook] = []
        base = label or key
        if op is not None:
            base = f"{op.id} {base}"
        for method in methods:
            onode = operations[method]
            value: dict[str, Any] = onode.value
            stem = base if len(methods) == 1 else f"{base} {method}"
            handler = self.handlers[kind].claim(naming.method_name(stem))
            protocol = self.schemas.class_names.claim(
                naming.class_name(stem) + naming.pascal(kind) + "Handler"
            )
            hint = naming.pascal(naming.snake(stem)) + naming.pascal(kind)
            bodies = self.operations._bodies(onode, hint, method)
            body = next((b for b in bodies if b.kind == "json"), None) or (
                bodies[0] if bodies else None
            )
            if len(bodies) > 1 and body is not None:
                others = ", ".join(b.content_type for b in bodies if b is not body)
                self._warn(
                    f"{what}: only the {body.content_type} payload is generated, not {others}",
                    onode,
                )
            if body is not None and body.kind != "json":
                # unwrap's event union holds JSON models; the receiver decodes JSON and forms only
                where = "" if body.kind == "form" else ", and reaches the server handler as bytes"
                self._warn(
                    f"{what}: the {body.content_type} payload is not parsed by client.webhooks.unwrap "
                    f"(JSON payloads only){where}",
                    onode.child("requestBody"),
                )
            for owner in (inode, onode):
                params = self.spec.get(owner, "parameters")
                if isinstance(params.value, list) and params.value:
                    self._warn(
                        f"{what}: parameters are not generated (the receiver reads the payload only)",
                        params,
                    )
            responses = self.operations._responses(onode, hint + "Ack", method)
            if any(r.kind != "empty" for r in responses):
                self._warn(
                    f"{what}: the reply's body is not generated (the receiver answers with a status only)",
                    onode.child("responses"),
                )
            out.append(
                Webhook(
                    kind=kind,  # type: ignore[arg-type]
                    key=key,
                    method=method,
                    handler=handler,
                    protocol=protocol,
                    route="/" + handler,
                    operation=op.id if op is not None else None,
                    expression=expression,
                    payload=body,
                    responses=responses,
                    summary=nonblank(value.get("summary")),
                    description=nonblank(value.get("description")),
                    deprecated=bool(value.get("deprecated")),
                    source=f"{self.spec.display(onode.doc)}#{onode.pointer}",
                )
            )
        return out

    # -- the union of webhook payloads ------------------------------------------------------

    def _union(self, hooks: list[Webhook]) -> NamedType | None:
        """One named union of the webhooks' JSON payload models, discriminated where it can be."""
        self.schemas.finish()  # the discriminator looks at the members' fields
        refs: list[TypeRef] = []
        for hook in hooks:
            t = (
                hook.payload.type
                if hook.payload is not None and hook.payload.kind == "json"
                else None
            )
            if t is not None and t.kind == "named" and not t.nullable and t not in refs:
                refs.append(t)
        if not refs:
            return None
        disc = discriminator(self.schemas.types, None, refs)
        cls = self.schemas.class_names.claim(EVENT_UNION)
        union = NamedType(
            id=EVENT_UNION_ID,
            name=cls,
            module=self.schemas.module_names.claim(naming.module_name(cls)),
            kind="alias",
            alias_of=refs[0]
            if len(refs) == 1
            else TypeRef("union", members=tuple(refs), discriminator=disc),
            description="Any of the webhook events this API sends.",
            source=f"{self.spec.display(self.spec.root_doc)}#/webhooks",
        )
        self.schemas.types[union.id] = union
        if disc is not None:
            values = {tid: value for value, tid in disc.mapping}
            for hook in hooks:
                if hook.payload is not None and hook.payload.type.kind == "named":
                    hook.event_type = values.get(hook.payload.type.name or "")
        return union

    def _warn(self, message: str, node: Node) -> None:
        self.problems.append(Problem(message, self.spec.locate(node.doc, node.pointer)))


#: The client's attribute holding `unwrap` and `verify_signature`, and its classes' names.
CLIENT_ATTRIBUTE = "webhooks"
CLIENT_CLASSES = ("Webhooks", "AsyncWebhooks")


def free_client_attribute(api: Api) -> None:
    """`client.webhooks` is the webhook helper when the spec has webhooks: operations under a
    top-level resource of that name (endpoints that manage webhooks, say) move to `webhooks_`."""
    if not api.webhooks:
        return
    taken = {op.resource[0] for op in api.operations if op.resource}
    if CLIENT_ATTRIBUTE not in taken:
        return
    free = CLIENT_ATTRIBUTE + "_"
    while free in taken:
        free += "_"
    for op in api.operations:
        if op.resource and op.resource[0] == CLIENT_ATTRIBUTE:
            op.resource = (free, *op.resource[1:])
