"""Semantic diff of two versions of a spec, computed on their IRs (`normalize(load_spec(...))`).

Operations are matched by method and path, then (for those left over) by operationId; an
operation matched only by its id has moved. Named types are matched by their stable id
(`#/components/schemas/Foo`, or the inline path inside one); when a matched operation or
field now points at a differently named object type, the two are compared field by field too.

Every change says what users of the generated SDK see (`client.beta.threads.create_and_run(
truncation_strategy=...)`, `types.RunObject.status`) and is classified twice.

**Clients** are code built against the old spec (the generated SDK and the code calling it)
talking to a server that implements the new spec. A change breaks them when a call they make
may now be rejected, a response may no longer fit their models, or a name they use in the SDK
(method, keyword, type, attribute) is gone.

**Servers** are an implementation of the old spec receiving requests from clients built
against the new spec. A change breaks them when a request valid under the new spec may carry
what the old code never had to handle in a value it reads (null, a new enum value or union
member, a missing value that used to be required, a field that is no longer sent), or when a
response it sends may be invalid under the new spec. New operations and new optional fields
are new work for a server, not a break of what it already serves.

So a change is classified by the direction data flows. A type used in requests is written by
clients and read by servers; one used in responses the other way round; a type used in both
gets both classifications. Widening what is allowed (nullable, enum value or union member
added, required becoming optional, int becoming number, enum becoming any string) breaks the
reader; narrowing it breaks the writer:

| change                          | in a request       | in a response        |
|---------------------------------|--------------------|----------------------|
| field/parameter added, required | clients            | servers              |
| field/parameter added, optional | -                  | -                    |
| field/parameter removed         | clients (SDK name gone); servers too if it was required | clients |
| optional -> required            | clients            | servers              |
| required -> optional            | servers            | clients              |
| nullable added / removed        | servers / clients  | clients / servers    |
| enum value added / removed      | servers / clients  | clients* / servers   |
| union member added / removed    | servers / clients  | clients / servers    |
| type widened / narrowed         | servers / clients  | clients / servers    |
| type changed incompatibly       | both               | both                 |

(*) An enum value added to a response breaks strict clients: the generated models validate
enums as `Literal`s, so an unknown value fails to parse. Open enums (any string accepted)
are not broken by it.

Operations: removed, or its SDK method renamed -> clients; moved to another URL or method ->
both (a path whose only change is a parameter's name is the same URL; the parameter rename is
reported on its own); deprecated or added -> neither. Webhooks and callbacks flow like
responses: one removed breaks clients (its handler's name is gone), a payload that widens too. A component schema removed breaks clients
(`types.Foo` no longer imports), and so does a type whose class is renamed, a component's or
an inline one's (a new component may take an inline type's name). Streaming removed breaks clients (`stream=True`). A success
response removed breaks clients; one changing its kind (JSON, SSE, binary, empty) breaks both.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from generator.ir import Api, NamedType, Operation, TypeRef, Webhook
from generator.normalize.naming_file import NamingEntry

Side = Literal["request", "response", "both", "none"]
Relation = Literal["wider", "narrower", "incompatible", "info"]
FORMATS = ("text", "markdown", "json")
FAIL_ON = ("breaking", "breaking-clients", "breaking-servers", "any")
_COMPONENT = re.compile(r"^#/components/schemas/[^/]+$")


@dataclass
class Change:
    kind: str  # e.g. "operation-removed", "field-added", "field-type"
    subject: str  # where: "POST /threads/runs (createThreadAndRun)", "RunObject.status"
    detail: str  # what: "enum value 'expired' added"
    side: str  # request, response, both, none (the direction the data flows)
    breaks_clients: bool
    breaks_servers: bool
    sdk: list[str] = field(default_factory=list)  # as SDK users see it
    operation: str | None = None  # operationId, for operation-level changes

    @property
    def breaking(self) -> bool:
        return self.breaks_clients or self.breaks_servers


@dataclass
class SpecDiff:
    old: dict[str, Any]
    new: dict[str, Any]
    operations: dict[str, Any]
    schemas: dict[str, Any]
    changes: list[Change]

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    def summary(self) -> dict[str, Any]:
        ops, schemas = self.operations, self.schemas
        return {
            "operations": {
                "old": ops["old"],
                "new": ops["new"],
                "added": len(ops["added"]),
                "removed": len(ops["removed"]),
                "moved": len(ops["moved"]),
                "deprecated": len(ops["deprecated"]),
            },
            "component_schemas": {
                "old": schemas["old"],
                "new": schemas["new"],
                "added": len(schemas["added"]),
                "removed": len(schemas["removed"]),
            },
            "changes": len(self.changes),
            "breaking": len(self.breaking),
            "breaking_clients": sum(c.breaks_clients for c in self.changes),
            "breaking_servers": sum(c.breaks_servers for c in self.changes),
        }

    def fails(self, fail_on: str | None) -> bool:
        if fail_on is None:
            return False
        if fail_on == "any":
            return bool(self.changes)
        if fail_on == "breaking-clients":
            return any(c.breaks_clients for c in self.changes)
        if fail_on == "breaking-servers":
            return any(c.breaks_servers for c in self.changes)
        return bool(self.breaking)

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "summary": self.summary(),
            "operations": self.operations,
            "component_schemas": self.schemas,
            "changes": [dict(asdict(c), breaking=c.breaking) for c in self.changes],
        }


# -- entry points ---------------------------------------------------------------------------


def load_api(
    path: str | Path,
    *,
    naming: Mapping[str, NamingEntry] | None = None,
    streaming: Mapping[str, Mapping[str, Any]] | None = None,
    allow_remote: bool = False,
) -> Api:
    from generator.pipeline import spec_to_api

    return spec_to_api(path, allow_remote=allow_remote, naming=naming, streaming=streaming)


def diff_files(old: str | Path, new: str | Path, **kwargs: Any) -> SpecDiff:
    result = diff_apis(load_api(old, **kwargs), load_api(new, **kwargs))
    result.old["file"], result.new["file"] = str(old), str(new)
    return result


def diff_apis(old: Api, new: Api) -> SpecDiff:
    return _Differ(old, new).run()


# -- helpers ------------------------------------------------------------------------------------


def flags(relation: Relation, side: str) -> tuple[bool, bool]:
    """(breaks clients, breaks servers) for a widening/narrowing change on one side."""
    if relation == "info" or side == "none":
        return False, False
    if relation == "incompatible":
        return True, True
    request = (relation == "narrower", relation == "wider")
    response = (relation == "wider", relation == "narrower")
    if side == "request":
        return request
    if side == "response":
        return response
    return request[0] or response[0], request[1] or response[1]


def removed_flags(side: str, was_required: bool) -> tuple[bool, bool]:
    """A field or parameter removed: the SDK name is gone; servers miss it if it was required."""
    if side == "none":
        return False, False
    if side == "response":
        return True, False
    return True, was_required


def sdk_call(op: Operation, arg: str | None = None) -> str:
    path = ".".join(("client", *op.resource, op.py_name))
    return f"{path}({arg}=...)" if arg else f"{path}()"


def argument_name(op: Operation, wire_name: str, sources: tuple[str, ...], default: str) -> str:
    """The generated method's keyword for a parameter or body field (renamed when it clashes)."""
    for arg in getattr(op, "arguments", None) or ():
        if arg.wire_name == wire_name and arg.source in sources:
            return str(arg.py_name)
    return default


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _is_success(status: str) -> bool:
    return status.startswith("2")


def _label(op: Operation) -> str:
    return f"{op.method.upper()} {op.path} ({op.id})"


def _hook_label(h: Webhook) -> str:
    if h.kind == "callback":
        return f"callback {h.key!r} of {h.operation} ({h.method.upper()} {h.expression})"
    return f"webhook {h.key!r} ({h.method.upper()})"


def _hook_sdk(h: Webhook) -> list[str]:
    group = "WebhookHandlers" if h.kind == "webhook" else "CallbackHandlers"
    return [f"server.webhooks.{group}.{h.handler}"]


def _is_component(t: NamedType) -> bool:
    return bool(_COMPONENT.match(t.id))


def _schema_key(t: NamedType) -> str:
    return t.id.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


def _vals(values: Iterable[Any], limit: int = 10) -> str:
    items = list(values)
    text = ", ".join(json.dumps(v) if not isinstance(v, str) else repr(v) for v in items[:limit])
    return text + (f" (+{len(items) - limit} more)" if len(items) > limit else "")


class _Differ:
    def __init__(self, old: Api, new: Api) -> None:
        self.old, self.new = old, new
        self.ot = old.type_by_id()
        self.nt = new.type_by_id()
        self.changes: list[Change] = []
        self.queue: list[tuple[str, str]] = []
        self.seen_pairs: set[tuple[str, str]] = set()
        self.body_ops = self._body_ops(new)
        self.old_body_ops = self._body_ops(old)

    @staticmethod
    def _body_ops(api: Api) -> dict[str, list[Operation]]:
        out: dict[str, list[Operation]] = {}
        for op in api.operations:
            for body in op.request_bodies:
                name = body.type.name if body.type.kind == "named" else None
                if name and op not in out.setdefault(name, []):
                    out[name].append(op)
        return out

    def add(
        self,
        kind: str,
        subject: str,
        detail: str,
        side: str,
        fl: tuple[bool, bool],
        sdk: list[str] | None = None,
        operation: str | None = None,
    ) -> None:
        self.changes.append(
            Change(kind, subject, detail, side, fl[0], fl[1], list(sdk or []), operation)
        )

    # -- the run ------------------------------------------------------------------------------

    def run(self) -> SpecDiff:
        old_ops, new_ops = self.old.operations, self.new.operations
        by_route = {(op.method, op.path): op for op in new_ops}
        matched: list[tuple[Operation, Operation, bool]] = []
        left_old: list[Operation] = []
        used_new: set[int] = set()
        for op in old_ops:
            other = by_route.get((op.method, op.path))
            if other is not None:
                matched.append((op, other, False))
                used_new.add(id(other))
            else:
                left_old.append(op)
        left_new = {op.id: op for op in new_ops if id(op) not in used_new}
        removed: list[Operation] = []
        for op in left_old:
            other = left_new.pop(op.id, None)
            if other is not None:
                matched.append((op, other, True))
            else:
                removed.append(op)
        added = sorted(left_new.values(), key=lambda o: (o.path, o.method))

        for op in sorted(removed, key=lambda o: (o.path, o.method)):
            self.add(
                "operation-removed",
                _label(op),
                "operation removed",
                "request",
                (True, False),
                [sdk_call(op)],
                op.id,
            )
        for op in added:
            self.add(
                "operation-added",
                _label(op),
                "operation added",
                "request",
                (False, False),
                [sdk_call(op)],
                op.id,
            )
        deprecated: list[str] = []
        for o, n, moved in sorted(matched, key=lambda m: (m[1].path, m[1].method)):
            if n.deprecated and not o.deprecated:
                deprecated.append(n.id)
            self.operation(o, n, moved)

        self.webhooks(
            self.old.webhooks + self.old.callbacks, self.new.webhooks + self.new.callbacks
        )
        for tid in sorted(set(self.ot) & set(self.nt), key=lambda i: self.nt[i].name):
            self.pair(tid, tid)
        while self.queue:
            a, b = self.queue.pop(0)
            self.named(self.ot[a], self.nt[b])

        old_components = {t.id: t for t in self.old.types if _is_component(t)}
        new_components = {t.id: t for t in self.new.types if _is_component(t)}
        schemas_removed = sorted(
            _schema_key(old_components[i]) for i in set(old_components) - set(new_components)
        )
        schemas_added = sorted(
            _schema_key(new_components[i]) for i in set(new_components) - set(old_components)
        )
        for tid in sorted(
            set(old_components) - set(new_components), key=lambda i: old_components[i].name
        ):
            t = old_components[tid]
            self.add(
                "type-removed",
                _schema_key(t),
                "component schema removed",
                self._side(t, None),
                (True, False),
                [f"types.{t.name}"],
            )
        for tid in sorted(
            set(new_components) - set(old_components), key=lambda i: new_components[i].name
        ):
            t = new_components[tid]
            self.add(
                "type-added",
                _schema_key(t),
                "component schema added",
                self._side(None, t),
                (False, False),
                [f"types.{t.name}"],
            )

        info = {
            "old": {
                "title": self.old.title,
                "version": self.old.version,
                "openapi": self.old.openapi,
            },
            "new": {
                "title": self.new.title,
                "version": self.new.version,
                "openapi": self.new.openapi,
            },
        }
        return SpecDiff(
            old=info["old"],
            new=info["new"],
            operations={
                "old": len(old_ops),
                "new": len(new_ops),
                "added": [op.id for op in added],
                "removed": [op.id for op in sorted(removed, key=lambda o: (o.path, o.method))],
                "moved": [n.id for o, n, moved in matched if moved],
                "deprecated": sorted(deprecated),
            },
            schemas={
                "old": len(old_components),
                "new": len(new_components),
                "added": schemas_added,
                "removed": schemas_removed,
            },
            changes=_dedupe(self.changes),
        )

    # -- webhooks and callbacks ----------------------------------------------------------------

    def webhooks(self, old: list[Webhook], new: list[Webhook]) -> None:
        """Webhooks and callbacks flow from the API to its users, as responses do: a payload
        that widens breaks receivers built against the old spec; one removed takes its
        handler's name (`WebhookHandlers.<name>`) away from them."""

        def key(h: Webhook) -> tuple[str, str, str, str]:
            return (h.kind, h.operation or "", h.key, h.method)

        before = {key(h): h for h in old}
        after = {key(h): h for h in new}
        for k in sorted(set(before) - set(after)):
            h = before[k]
            self.add(
                f"{h.kind}-removed",
                _hook_label(h),
                f"{h.kind} removed",
                "response",
                (True, False),
                _hook_sdk(h),
            )
        for k in sorted(set(after) - set(before)):
            h = after[k]
            self.add(
                f"{h.kind}-added",
                _hook_label(h),
                f"{h.kind} added",
                "response",
                (False, False),
                _hook_sdk(h),
            )
        for k in sorted(set(before) & set(after)):
            o, n = before[k], after[k]
            label, sdk = _hook_label(n), _hook_sdk(n)
            if n.deprecated and not o.deprecated:
                self.add(
                    f"{n.kind}-deprecated",
                    label,
                    f"{n.kind} deprecated",
                    "none",
                    (False, False),
                    sdk,
                )
            if o.payload is not None and n.payload is not None:
                for relation, detail in self.compare(o.payload.type, n.payload.type):
                    self.add(
                        f"{n.kind}-payload",
                        label,
                        f"payload: {detail}",
                        "response",
                        flags(relation, "response"),
                        sdk,
                    )
            elif (o.payload is None) != (n.payload is None):
                detail = "payload added" if o.payload is None else "payload removed"
                self.add(f"{n.kind}-payload", label, detail, "response", (True, True), sdk)

    # -- operations ---------------------------------------------------------------------------

    def operation(self, o: Operation, n: Operation, moved: bool) -> None:
        label = _label(n)
        call = sdk_call(n)
        if moved:
            if o.method != n.method:
                self.add(
                    "operation-moved",
                    label,
                    f"method {o.method.upper()} -> {n.method.upper()}",
                    "request",
                    (True, True),
                    [call],
                    n.id,
                )
            if o.path != n.path:
                if _template(o.path) == _template(n.path):
                    self.add(
                        "operation-path-renamed",
                        label,
                        f"path template {o.path} -> {n.path} (same URL)",
                        "request",
                        (False, False),
                        [call],
                        n.id,
                    )
                else:
                    self.add(
                        "operation-moved",
                        label,
                        f"path {o.path} -> {n.path}",
                        "request",
                        (True, True),
                        [call],
                        n.id,
                    )
        if (o.resource, o.py_name) != (n.resource, n.py_name):
            self.add(
                "operation-renamed",
                label,
                f"SDK method {sdk_call(o)} -> {call}",
                "request",
                (True, False),
                [sdk_call(o), call],
                n.id,
            )
        if n.deprecated and not o.deprecated:
            self.add(
                "operation-deprecated",
                label,
                "operation deprecated",
                "request",
                (False, False),
                [call],
                n.id,
            )
        self.parameters(o, n, label)
        self.bodies(o, n, label)
        self.responses(o, n, label)
        self.streaming(o, n, label)

    def parameters(self, o: Operation, n: Operation, label: str) -> None:
        old = {(p.location, p.name): p for p in o.parameters}
        new = {(p.location, p.name): p for p in n.parameters}
        for key in sorted(set(old) | set(new)):
            po, pn = old.get(key), new.get(key)
            what = f"{key[0]} parameter {key[1]!r}"
            if po is None and pn is not None:
                req = "required" if pn.required else "optional"
                fl = flags("narrower" if pn.required else "info", "request")
                self.add(
                    "parameter-added",
                    label,
                    f"{what} added ({req}, {self.show_new(pn.type)})",
                    "request",
                    fl,
                    [sdk_call(n, argument_name(n, pn.name, (pn.location,), pn.py_name))],
                    n.id,
                )
            elif pn is None and po is not None:
                self.add(
                    "parameter-removed",
                    label,
                    f"{what} removed",
                    "request",
                    removed_flags("request", po.required),
                    [sdk_call(o, argument_name(o, po.name, (po.location,), po.py_name))],
                    n.id,
                )
            elif po is not None and pn is not None:
                sdk = [sdk_call(n, argument_name(n, pn.name, (pn.location,), pn.py_name))]
                if po.required != pn.required:
                    rel: Relation = "narrower" if pn.required else "wider"
                    self.add(
                        "parameter-required" if pn.required else "parameter-optional",
                        label,
                        f"{what} is now {'required' if pn.required else 'optional'}",
                        "request",
                        flags(rel, "request"),
                        sdk,
                        n.id,
                    )
                for relation, detail in self.compare(po.type, pn.type):
                    self.add(
                        "parameter-type",
                        label,
                        f"{what}: {detail}",
                        "request",
                        flags(relation, "request"),
                        sdk,
                        n.id,
                    )
                if pn.deprecated and not po.deprecated:
                    self.add(
                        "parameter-deprecated",
                        label,
                        f"{what} deprecated",
                        "request",
                        (False, False),
                        sdk,
                        n.id,
                    )

    def bodies(self, o: Operation, n: Operation, label: str) -> None:
        old = {b.content_type: b for b in o.request_bodies}
        new = {b.content_type: b for b in n.request_bodies}
        call = [sdk_call(n)]
        if old and new and not set(old) & set(new):
            first_old, first_new = o.request_bodies[0], n.request_bodies[0]
            self.add(
                "body-content-type",
                label,
                f"request body {first_old.content_type} -> {first_new.content_type}",
                "request",
                (True, True),
                call,
                n.id,
            )
            self.compare(
                first_old.type, first_new.type
            )  # pairs the body models: their fields get compared
            return
        for ct in sorted(set(old) | set(new)):
            bo, bn = old.get(ct), new.get(ct)
            if bo is None and bn is not None:
                if old:
                    self.add(
                        "body-added",
                        label,
                        f"request body {ct} accepted too",
                        "request",
                        (False, False),
                        call,
                        n.id,
                    )
                else:
                    fl = flags("narrower" if bn.required else "info", "request")
                    self.add(
                        "body-added",
                        label,
                        f"request body added ({ct}, {'required' if bn.required else 'optional'})",
                        "request",
                        fl,
                        call,
                        n.id,
                    )
            elif bn is None and bo is not None:
                fl = (True, False) if new else removed_flags("request", bo.required)
                self.add(
                    "body-removed",
                    label,
                    f"request body {ct} removed",
                    "request",
                    fl,
                    [sdk_call(o)],
                    n.id,
                )
            elif bo is not None and bn is not None:
                if bo.required != bn.required:
                    rel: Relation = "narrower" if bn.required else "wider"
                    self.add(
                        "body-required" if bn.required else "body-optional",
                        label,
                        f"request body is now {'required' if bn.required else 'optional'}",
                        "request",
                        flags(rel, "request"),
                        call,
                        n.id,
                    )
                for relation, detail in self.compare(bo.type, bn.type):
                    self.add(
                        "body-type",
                        label,
                        f"request body: {detail}",
                        "request",
                        flags(relation, "request"),
                        call,
                        n.id,
                    )

    def responses(self, o: Operation, n: Operation, label: str) -> None:
        old = {(r.status, r.kind): r for r in o.responses}
        new = {(r.status, r.kind): r for r in n.responses}
        call = [sdk_call(n)]
        pairs = [(old[k], new[k]) for k in sorted(set(old) & set(new))]
        gone = [old[k] for k in sorted(set(old) - set(new))]
        fresh = [new[k] for k in sorted(set(new) - set(old))]
        # a success response whose status or kind changed: pair it with the new success response
        for ro in [r for r in gone if _is_success(r.status)]:
            rn = next((r for r in fresh if _is_success(r.status) and r.kind == ro.kind), None)
            rn = rn or next(
                (
                    r
                    for r in fresh
                    if _is_success(r.status)
                    and not any(_is_success(x.status) and x.kind == r.kind for x in gone)
                ),
                None,
            )
            if rn is None:
                continue
            gone.remove(ro)
            fresh.remove(rn)
            if ro.status != rn.status:
                self.add(
                    "response-status",
                    label,
                    f"success status {ro.status} -> {rn.status}",
                    "response",
                    (False, False),
                    call,
                    n.id,
                )
            if ro.kind != rn.kind:
                self.add(
                    "response-kind",
                    label,
                    f"{rn.status} response: {ro.kind} -> {rn.kind}",
                    "response",
                    (True, True),
                    call,
                    n.id,
                )
            else:
                pairs.append((ro, rn))
        for ro, rn in pairs:
            if ro.type is not None and rn.type is not None:
                for relation, detail in self.compare(ro.type, rn.type):
                    self.add(
                        "response-type",
                        label,
                        f"{rn.status} response: {detail}",
                        "response",
                        flags(relation, "response"),
                        call,
                        n.id,
                    )
        for r in gone:
            fl = (True, False) if _is_success(r.status) else (False, False)
            self.add(
                "response-removed",
                label,
                f"{r.status} {r.kind} response removed",
                "response",
                fl,
                call,
                n.id,
            )
        for r in fresh:
            self.add(
                "response-added",
                label,
                f"{r.status} {r.kind} response added",
                "response",
                (False, False),
                call,
                n.id,
            )

    def streaming(self, o: Operation, n: Operation, label: str) -> None:
        so, sn = o.streaming, n.streaming
        if so is None and sn is None:
            return
        call = [sdk_call(n, sn.param) if sn is not None and sn.param else sdk_call(n)]
        if so is None:
            self.add(
                "streaming-added",
                label,
                "streams responses now",
                "response",
                (False, False),
                call,
                n.id,
            )
        elif sn is None:
            self.add(
                "streaming-removed",
                label,
                "no longer streams",
                "response",
                (True, False),
                [sdk_call(o, so.param) if so.param else sdk_call(o)],
                n.id,
            )
        else:
            if so.param != sn.param:
                self.add(
                    "streaming-param",
                    label,
                    f"streaming switch {so.param!r} -> {sn.param!r}",
                    "request",
                    (True, False),
                    call,
                    n.id,
                )
            for relation, detail in self.compare(so.event_type, sn.event_type):
                self.add(
                    "streaming-type",
                    label,
                    f"stream events: {detail}",
                    "response",
                    flags(relation, "response"),
                    call,
                    n.id,
                )

    # -- named types -------------------------------------------------------------------------

    def pair(self, a: str, b: str) -> None:
        if (a, b) not in self.seen_pairs and a in self.ot and b in self.nt:
            self.seen_pairs.add((a, b))
            self.queue.append((a, b))

    @staticmethod
    def _side(ot: NamedType | None, nt: NamedType | None) -> str:
        req = any(t is not None and t.used_in_request for t in (ot, nt))
        resp = any(t is not None and t.used_in_response for t in (ot, nt))
        return "both" if req and resp else "request" if req else "response" if resp else "none"

    def field_sdk(
        self, t: NamedType, py_name: str, wire_name: str, *, old: bool = False
    ) -> list[str]:
        ops = (self.old_body_ops if old else self.body_ops).get(t.id, [])
        out = [sdk_call(op, argument_name(op, wire_name, ("body", "file"), py_name)) for op in ops]
        if not ops or t.used_in_response:
            out.append(f"types.{t.name}.{py_name}")
        return out

    def named(self, ot: NamedType, nt: NamedType) -> None:
        side = self._side(ot, nt)
        subject = nt.name if ot.name == nt.name else f"{nt.name} (was {ot.name})"
        if ot.id == nt.id and ot.name != nt.name:
            # an inline type too: its class is imported by name (`types.RunObjectUsage`)
            self.add(
                "type-renamed",
                _schema_key(nt) if _is_component(nt) else nt.id,
                f"SDK class {ot.name} -> {nt.name}",
                side,
                (True, False),
                [f"types.{ot.name}", f"types.{nt.name}"],
            )
        if ot.kind != nt.kind or ot.kind == "alias":
            old_ref = (
                ot.alias_of
                if ot.kind == "alias" and ot.alias_of is not None
                else TypeRef("named", name=ot.id)
            )
            new_ref = (
                nt.alias_of
                if nt.kind == "alias" and nt.alias_of is not None
                else TypeRef("named", name=nt.id)
            )
            for relation, detail in self.compare(old_ref, new_ref):
                self.add(
                    "type-changed",
                    subject,
                    detail,
                    side,
                    flags(relation, side),
                    [f"types.{nt.name}"],
                )
            return
        old_fields = {f.name: f for f in ot.fields}
        new_fields = {f.name: f for f in nt.fields}
        for name in list(old_fields) + [k for k in new_fields if k not in old_fields]:
            fo, fn = old_fields.get(name), new_fields.get(name)
            if fo is None and fn is not None:
                fl = flags("narrower" if fn.required else "info", side)
                req = "required" if fn.required else "optional"
                self.add(
                    "field-added",
                    f"{subject}.{fn.py_name}",
                    f"field {name!r} added ({req}, {self.show_new(fn.type)})",
                    side,
                    fl,
                    self.field_sdk(nt, fn.py_name, fn.name),
                )
            elif fn is None and fo is not None:
                self.add(
                    "field-removed",
                    f"{subject}.{fo.py_name}",
                    f"field {name!r} removed",
                    side,
                    removed_flags(side, fo.required),
                    self.field_sdk(ot, fo.py_name, fo.name, old=True),
                )
            elif fo is not None and fn is not None:
                where = f"{subject}.{fn.py_name}"
                sdk = self.field_sdk(nt, fn.py_name, fn.name)
                if fo.required != fn.required:
                    rel: Relation = "narrower" if fn.required else "wider"
                    self.add(
                        "field-required" if fn.required else "field-optional",
                        where,
                        f"field {name!r} is now {'required' if fn.required else 'optional'}",
                        side,
                        flags(rel, side),
                        sdk,
                    )
                for relation, detail in self.compare(fo.type, fn.type):
                    self.add(
                        "field-type",
                        where,
                        f"field {name!r}: {detail}",
                        side,
                        flags(relation, side),
                        sdk,
                    )
                if fn.deprecated and not fo.deprecated:
                    self.add(
                        "field-deprecated",
                        where,
                        f"field {name!r} deprecated",
                        side,
                        (False, False),
                        sdk,
                    )
        if (ot.additional is None) != (nt.additional is None):
            rel2: Relation = "wider" if nt.additional is not None else "narrower"
            what = (
                "now accepts extra keys"
                if nt.additional is not None
                else "no longer accepts extra keys"
            )
            self.add(
                "additional-properties",
                subject,
                what,
                side,
                flags(rel2, side),
                [f"types.{nt.name}"],
            )
        elif ot.additional is not None and nt.additional is not None:
            for relation, detail in self.compare(ot.additional, nt.additional):
                self.add(
                    "additional-properties",
                    subject,
                    f"extra keys: {detail}",
                    side,
                    flags(relation, side),
                    [f"types.{nt.name}"],
                )

    # -- type expressions --------------------------------------------------------------------

    def show_old(self, ref: TypeRef | None) -> str:
        return show(ref, self.ot)

    def show_new(self, ref: TypeRef | None) -> str:
        return show(ref, self.nt)

    def _resolve(self, ref: TypeRef, types: Mapping[str, NamedType]) -> TypeRef:
        """Follow named aliases (enum, union, ...) to what they name; keep objects named."""
        nullable = ref.nullable
        for _ in range(16):
            if ref.kind != "named" or ref.name not in types:
                break
            t = types[ref.name or ""]
            if t.kind != "alias" or t.alias_of is None:
                break
            ref = t.alias_of
            nullable = nullable or ref.nullable
        return ref.with_nullable(nullable) if ref.nullable != nullable else ref

    def compare(self, o: TypeRef, n: TypeRef, at: str = "") -> list[tuple[Relation, str]]:
        out: list[tuple[Relation, str]] = []
        self._compare(o, n, at, out, 0)
        return out

    def _compare(
        self, o: TypeRef, n: TypeRef, at: str, out: list[tuple[Relation, str]], depth: int
    ) -> None:
        pre = f"{at}: " if at else ""
        if depth > 12:
            return
        if o.kind == "named" and n.kind == "named" and o.name == n.name:
            self._nullable(o, n, pre, out)
            return  # the same named type: its own changes are reported once, under its name
        o, n = self._canon(o, self.ot), self._canon(n, self.nt)
        self._nullable(o, n, pre, out)
        if o.kind == "named" and n.kind == "named":
            if o.name != n.name and o.name and n.name:
                self.pair(o.name, n.name)
                old_name, new_name = (
                    self.show_old(o.with_nullable(False)),
                    self.show_new(n.with_nullable(False)),
                )
                if old_name != new_name:
                    out.append(("info", f"{pre}type {old_name} -> {new_name}"))
            return
        if o.kind == "union" or n.kind == "union":
            self._union(o, n, pre, at, out, depth)
            return
        if o.kind == n.kind:
            if o.kind == "literal":
                self._literal(o, n, pre, out)
            elif o.kind in ("array", "map") and o.item is not None and n.item is not None:
                inner = "items" if o.kind == "array" else "values"
                self._compare(o.item, n.item, f"{at} {inner}".strip(), out, depth + 1)
            return
        out.append(self._kind_change(o, n, pre))

    def _nullable(self, o: TypeRef, n: TypeRef, pre: str, out: list[tuple[Relation, str]]) -> None:
        if o.nullable != n.nullable:
            out.append(
                ("wider", f"{pre}now nullable")
                if n.nullable
                else ("narrower", f"{pre}no longer nullable")
            )

    def _kind_change(self, o: TypeRef, n: TypeRef, pre: str) -> tuple[Relation, str]:
        a, b = o.with_nullable(False), n.with_nullable(False)
        was = f"{self.show_old(a)} -> {self.show_new(b)}"
        if o.kind == "literal" and n.kind == "str":
            if o.open:  # an open enum already took any string: only the listed values are gone
                return "info", f"{pre}known enum values no longer listed ({was})"
            return "wider", f"{pre}enum opened to any string ({was})"
        if o.kind == "str" and n.kind == "literal":
            if n.open:
                return "info", f"{pre}known enum values listed ({was})"
            return "narrower", f"{pre}restricted to enum values ({was})"
        if (o.kind, n.kind) == ("int", "float"):
            return "wider", f"{pre}type widened ({was})"
        if (o.kind, n.kind) == ("float", "int"):
            return "narrower", f"{pre}type narrowed ({was})"
        if n.kind == "any":
            return "wider", f"{pre}type widened ({was})"
        if o.kind == "any":
            return "narrower", f"{pre}type narrowed ({was})"
        return "incompatible", f"{pre}type changed ({was})"

    def _literal(self, o: TypeRef, n: TypeRef, pre: str, out: list[tuple[Relation, str]]) -> None:
        ov = {json.dumps(v, sort_keys=True): v for v in o.values}
        nv = {json.dumps(v, sort_keys=True): v for v in n.values}
        added = [nv[k] for k in nv if k not in ov]
        removed = [ov[k] for k in ov if k not in nv]
        if added:
            word = "value" if len(added) == 1 else "values"
            out.append(("info" if o.open else "wider", f"{pre}enum {word} {_vals(added)} added"))
        if removed:
            word = "value" if len(removed) == 1 else "values"
            out.append(
                ("info" if n.open else "narrower", f"{pre}enum {word} {_vals(removed)} removed")
            )
        if o.open != n.open:
            out.append(
                ("wider", f"{pre}enum now open (any string)")
                if n.open
                else ("narrower", f"{pre}enum no longer open")
            )

    @staticmethod
    def _member_key(m: TypeRef) -> tuple[str, str]:
        if m.kind == "named":
            return ("named", m.name or "")
        if m.kind in ("literal", "str"):
            return ("str", "")
        if m.kind in ("int", "float"):
            return ("number", "")
        return (m.kind, "")

    def _union(
        self, o: TypeRef, n: TypeRef, pre: str, at: str, out: list[tuple[Relation, str]], depth: int
    ) -> None:
        om = list(o.members) if o.kind == "union" else [o.with_nullable(False)]
        nm = list(n.members) if n.kind == "union" else [n.with_nullable(False)]
        okeys = {self._member_key(m): m for m in om}
        nkeys = {self._member_key(m): m for m in nm}
        added = [m for k, m in nkeys.items() if k not in okeys]
        removed = [m for k, m in okeys.items() if k not in nkeys]
        # named object members replaced one for one (a renamed variant): compare them field by field
        if len(added) == len(removed) == 1 and added[0].kind == removed[0].kind == "named":
            self._compare(removed[0], added[0], at, out, depth + 1)
            added, removed = [], []
        if added:
            names = ", ".join(self.show_new(m) for m in added)
            out.append(("wider", f"{pre}union member{'s' if len(added) > 1 else ''} {names} added"))
        if removed:
            names = ", ".join(self.show_old(m) for m in removed)
            out.append(
                ("narrower", f"{pre}union member{'s' if len(removed) > 1 else ''} {names} removed")
            )
        for key in okeys.keys() & nkeys.keys():
            self._compare(okeys[key], nkeys[key], at, out, depth + 1)

    def _canon(self, ref: TypeRef, types: Mapping[str, NamedType]) -> TypeRef:
        """Aliases followed, nested unions flattened, null members made `nullable`, and
        `str | Literal[...]` merged into one open enum, so equal types compare equal."""
        r = self._resolve(ref, types)
        if r.kind != "union":
            return r
        nullable = r.nullable
        members: list[TypeRef] = []
        stack = list(reversed(r.members))
        while stack and len(members) < 200:
            m = self._resolve(stack.pop(), types)
            if m.kind == "union":
                nullable = nullable or m.nullable
                stack.extend(reversed(m.members))
            elif m.kind == "null":
                nullable = True
            else:
                nullable = nullable or m.nullable
                m = m.with_nullable(False)
                if m not in members:
                    members.append(m)
        strs = [m for m in members if m.kind == "str" and not m.format]
        lits = [
            m for m in members if m.kind == "literal" and all(isinstance(v, str) for v in m.values)
        ]
        if lits and (strs or len(lits) > 1):
            values = tuple(dict.fromkeys(v for lit in lits for v in lit.values))
            merged = TypeRef(
                "literal", values=values, open=bool(strs) or any(lit.open for lit in lits)
            )
            first = (
                members.index(lits[0])
                if not strs
                else min(members.index(lits[0]), members.index(strs[0]))
            )
            rest = [m for m in members if m not in strs and m not in lits]
            members = rest[:first] + [merged] + rest[first:]
        if len(members) == 1:
            return members[0].with_nullable(nullable)
        return dataclasses.replace(r, members=tuple(members), nullable=nullable)


def _dedupe(changes: list[Change]) -> list[Change]:
    seen: set[tuple[str, str, str]] = set()
    out: list[Change] = []
    for c in changes:
        key = (c.kind, c.subject, c.detail)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def show(ref: TypeRef | None, types: Mapping[str, NamedType], depth: int = 0) -> str:
    """A type as the SDK spells it, briefly: `list[RunObject]`, `Literal['a', 'b'] | None`."""
    if ref is None:
        return "None"
    if depth > 4:
        return "..."
    k = ref.kind
    if k == "named":
        t = types.get(ref.name or "")
        text = t.name if t is not None else str(ref.name)
    elif k == "literal":
        vals = _vals(ref.values[:4]) + (", ..." if len(ref.values) > 4 else "")
        text = f"Literal[{vals}]" + (" | str" if ref.open else "")
    elif k == "array":
        text = f"list[{show(ref.item, types, depth + 1)}]"
    elif k == "map":
        text = f"dict[str, {show(ref.item, types, depth + 1)}]"
    elif k == "union":
        parts = [show(m, types, depth + 1) for m in ref.members[:4]]
        text = " | ".join(parts) + (" | ..." if len(ref.members) > 4 else "")
    else:
        text = {"any": "Any", "null": "None", "datetime": "datetime", "date": "date"}.get(k, k)
    if ref.nullable and k not in ("null", "any"):
        text += " | None"
    return text


# -- reports ---------------------------------------------------------------------------------


def _both(c: Change) -> bool:
    return c.breaks_clients and c.breaks_servers


def _clients_only(c: Change) -> bool:
    return c.breaks_clients and not c.breaks_servers


def _servers_only(c: Change) -> bool:
    return c.breaks_servers and not c.breaks_clients


_SECTIONS: tuple[tuple[str, Callable[[Change], bool]], ...] = (
    ("Breaking for clients and servers", _both),
    ("Breaking for clients", _clients_only),
    ("Breaking for servers", _servers_only),
)


def _headline(d: SpecDiff) -> list[str]:
    s = d.summary()
    ops, sch = s["operations"], s["component_schemas"]
    old = f"{d.old['title']} {d.old['version']}".strip()
    new = f"{d.new['title']} {d.new['version']}".strip()
    return [
        f"{old} (OpenAPI {d.old['openapi']}) -> {new} (OpenAPI {d.new['openapi']})",
        f"operations: {ops['old']} -> {ops['new']}: {ops['added']} added, {ops['removed']} removed, "
        f"{ops['moved']} moved, {ops['deprecated']} newly deprecated",
        f"component schemas: {sch['old']} -> {sch['new']}: {sch['added']} added, {sch['removed']} removed",
        f"changes: {s['changes']}: {s['breaking']} breaking ({s['breaking_clients']} for clients, "
        f"{s['breaking_servers']} for servers)",
    ]


def _sdk_text(c: Change, limit: int = 3) -> str:
    shown = c.sdk[:limit]
    more = f" (+{len(c.sdk) - limit} more)" if len(c.sdk) > limit else ""
    return ", ".join(shown) + more


def render_text(d: SpecDiff, limit: int = 200) -> str:
    lines = _headline(d)
    if d.operations["removed"]:
        lines.append("operations removed: " + ", ".join(d.operations["removed"]))
    if d.operations["moved"]:
        lines.append(
            "operations moved (matched by operationId): " + ", ".join(d.operations["moved"])
        )
    if d.schemas["removed"]:
        lines.append("component schemas removed: " + ", ".join(d.schemas["removed"]))
    for title, pick in _SECTIONS:
        items = [c for c in d.changes if pick(c)]
        if items:
            lines += ["", f"{title} ({len(items)}):"]
            lines += _text_items(items, limit)
    rest = [c for c in d.changes if not c.breaking]
    if rest:
        lines += ["", f"Not breaking ({len(rest)}):"]
        lines += _text_items(rest, limit)
    return "\n".join(lines) + "\n"


def _text_items(items: list[Change], limit: int) -> list[str]:
    out = []
    for c in items[:limit]:
        out.append(f"  - {c.subject}: {c.detail}" + (f"  [{_sdk_text(c)}]" if c.sdk else ""))
    if len(items) > limit:
        out.append(f"  ... and {len(items) - limit} more (--format json lists every change)")
    return out


def render_markdown(d: SpecDiff, limit: int = 150, max_chars: int = 60000) -> str:
    """For a pull-request comment or body; kept under GitHub's size limit."""
    head = _headline(d)
    s = d.summary()
    lines = [
        f"### API changes: {head[0]}",
        "",
        "| | old | new | added | removed |",
        "|---|---:|---:|---:|---:|",
        *(
            f"| {label} | {row['old']} | {row['new']} | {row['added']} | {row['removed']} |"
            for label, row in (
                ("operations", s["operations"]),
                ("component schemas", s["component_schemas"]),
            )
        ),
        "",
        f"**{s['breaking']} breaking change(s)**: {s['breaking_clients']} for clients, {s['breaking_servers']} for "
        f"servers, out of {s['changes']}.",
    ]
    if d.operations["removed"]:
        lines += ["", "Operations removed: " + ", ".join(f"`{x}`" for x in d.operations["removed"])]
    if d.operations["moved"]:
        lines += [
            "",
            "Operations moved (matched by operationId): "
            + ", ".join(f"`{x}`" for x in d.operations["moved"]),
        ]
    if d.schemas["removed"]:
        lines += [
            "",
            "Component schemas removed: " + ", ".join(f"`{x}`" for x in d.schemas["removed"]),
        ]
    for title, pick in _SECTIONS:
        items = [c for c in d.changes if pick(c)]
        if items:
            lines += ["", f"#### {title} ({len(items)})", ""]
            lines += _md_items(items, limit)
    rest = [c for c in d.changes if not c.breaking]
    if rest:
        lines += ["", f"<details><summary>Not breaking ({len(rest)})</summary>", ""]
        lines += _md_items(rest, limit)
        lines += ["", "</details>"]
    text = "\n".join(lines) + "\n"
    if len(text) > max_chars:
        cut = text.rfind("\n", 0, max_chars - 200)
        text = (
            text[:cut]
            + "\n\n_(report truncated; run `oasgen diff --format json` for every change)_\n"
        )
    return text


def _md_items(items: list[Change], limit: int) -> list[str]:
    out = []
    for c in items[:limit]:
        sdk = (
            f" — `{c.sdk[0]}`" + (f" (+{len(c.sdk) - 1} more)" if len(c.sdk) > 1 else "")
            if c.sdk
            else ""
        )
        out.append(f"- **{_md(c.subject)}**: {_md(c.detail)}{sdk}")
    if len(items) > limit:
        out.append(f"- ... and {len(items) - limit} more")
    return out


def _md(text: str) -> str:
    return re.sub(r"([\\`*<|\[\]])", r"\\\1", text)


def render(d: SpecDiff, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(d.to_dict(), indent=1, sort_keys=True, default=str) + "\n"
    if fmt == "markdown":
        return render_markdown(d)
    return render_text(d)
