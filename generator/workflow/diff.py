"""Semantic diff of two versions of a spec, computed on their IRs (`normalize(load_spec(...))`).

Operations are matched by method and path, then (for those left over) by operationId; an
operation matched only by its id has moved. Types are matched by identity, never by likeness
(`_Identity`): the same pointer; across a component's rename in the spec, the same generated
class name; for an inline type, the same owner and slot. Each type is compared with itself
only and its changes are reported once, under its name; a field, parameter, body or response
that now holds another object type is one change there, listing what the new type lacks and
adds (`_Types._switch`).

Every change says what users of the generated SDK see (`client.beta.threads.create_and_run(
truncation_strategy=...)`, `types.RunObject.status`) and is classified twice, by the direction
the data flows. **Clients** are code built against the old spec talking to a server of the new
one: a call they make may now be rejected, a response may no longer fit their models, or a
name they use in the SDK is gone. **Servers** are an implementation of the old spec receiving
requests from clients built against the new one: a request may carry what the old code never
had to handle in a value it reads, or a response it sends may be invalid under the new spec.
Widening what is allowed breaks the reader, narrowing it the writer; a type used in requests
and responses gets both classifications. The README's "What `oasgen diff` calls breaking" has
the table of rules, next to oasdiff's for the same changes.

The parts, by concern: `_Operations` / `_OperationPair` (operations, parameters, bodies,
responses, streaming), `_webhooks`, `_NamedTypes` (each type against itself, components only
one side has), `_Types` (type expressions, giving `Finding`s judged for a side), `_Report`
(the `Change`s, added by keyword).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from generator.errors import Problem
from generator.ir import Api, NamedType, Operation, Response, TypeRef, Webhook
from generator.load.loader import join_pointer
from generator.normalize.naming_file import NamingEntry

if TYPE_CHECKING:
    from generator.pipeline import Target

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
    type_id: str | None = None  # the named type it happens in (its id in the new spec)
    wire_name: str | None = None  # the field's or parameter's wire name
    old_type: str | None = None  # a value that switched types: the old and the new type's id,
    new_type: str | None = None
    lacks: list[str] = field(default_factory=list)  # and the fields the new type lacks
    adds: list[str] = field(default_factory=list)  # and adds

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
    warnings: list[str] = field(default_factory=list)  # the specs' broken documentation refs

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
                "renamed": len(schemas.get("renamed", ())),
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
            "warnings": self.warnings,
        }


# -- entry points ---------------------------------------------------------------------------


def load_api(
    path: str | Path,
    *,
    naming: Mapping[str, NamingEntry] | None = None,
    streaming: Mapping[str, Mapping[str, Any]] | None = None,
    allow_remote: bool = False,
    loader_warnings: list[Problem] | None = None,
    target: Target | None = None,
) -> Api:
    """The IR of a spec file; `loader_warnings` collects what the loader read past (broken
    `$ref`s in documentation), the normalizer's own warnings being about generated code.
    With a configured `target`, the spec is read with all its settings (naming, pagination,
    auth...), as its code is generated."""
    from generator.load.loader import load_spec
    from generator.pipeline import build_api, spec_to_api

    spec = load_spec(path, allow_remote=allow_remote)
    if loader_warnings is not None:
        loader_warnings.extend(spec.warnings)
    if target is not None:
        return build_api(target, spec)
    return spec_to_api(spec, naming=naming, streaming=streaming)


def diff_files(old: str | Path, new: str | Path, **kwargs: Any) -> SpecDiff:
    found: list[Problem] = []
    old_api = load_api(old, loader_warnings=found, **kwargs)
    new_api = load_api(new, loader_warnings=found, **kwargs)
    result = diff_apis(old_api, new_api)
    result.old["file"], result.new["file"] = str(old), str(new)
    result.warnings = [str(p) for p in found]
    return result


def diff_apis(old: Api, new: Api) -> SpecDiff:
    return _differ_run(old, new)


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


def _response(r: Response) -> str:
    return f"{r.status} {r.kind} response" + (f" ({r.content_type})" if r.content_type else "")


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


# -- identity ------------------------------------------------------------------------------------


class _Identity:
    """Which old type is which new type. Never guessed from shapes: a type is the same when
    its pointer is the same; a component renamed in the spec is the same when its generated
    class name is; an inline type is the same when its owner is and it sits in the same slot
    (the rest of its pointer), its owner being a renamed component or a moved operation."""

    def __init__(self, old: Api, new: Api, moved: Iterable[tuple[Operation, Operation]]) -> None:
        ot, nt = old.type_by_id(), new.type_by_id()
        self.to_new: dict[str, str] = {i: i for i in ot if i in nt}
        self.renamed: list[tuple[NamedType, NamedType]] = []  # components, same class name
        fresh = {t.name: t for t in new.types if _is_component(t) and t.id not in ot}
        owners = [(_op_pointer(o), _op_pointer(n)) for o, n in moved]
        for t in old.types:
            if _is_component(t) and t.id not in nt and t.name in fresh:
                n = fresh.pop(t.name)
                self.to_new[t.id] = n.id
                self.renamed.append((t, n))
                owners.append((t.id, n.id))
        for tid in sorted(ot):
            if tid in self.to_new:
                continue
            for a, b in owners:
                moved_id = b + tid[len(a) :]
                if tid.startswith(a + "/") and moved_id in nt and moved_id not in ot:
                    self.to_new[tid] = moved_id
                    break
        self.to_old = {n: o for o, n in self.to_new.items()}

    def same(self, old_id: str | None, new_id: str | None) -> bool:
        return old_id is not None and self.to_new.get(old_id) == new_id


def _op_pointer(op: Operation) -> str:
    return "#" + join_pointer("", "paths", op.path, op.method)


# -- type expressions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One difference between two type expressions, judged for the side its data flows on.
    A switch from one object type to another is one finding: the fields the new type lacks
    and adds, and those of both whose type or requiredness differs."""

    detail: str
    breaks_clients: bool
    breaks_servers: bool
    old_type: str | None = None  # a switch: the old and the new type's id
    new_type: str | None = None
    lacks: tuple[str, ...] = ()  # wire names of the fields the new type lacks
    adds: tuple[str, ...] = ()  # and of those it adds
    same_fields: bool = False  # a switch to a type of another name and the same fields


def _judged(relation: Relation, detail: str, side: str) -> Finding:
    return Finding(detail, *flags(relation, side))


class _Types:
    """Type expressions of the old and the new spec, compared. A named type met on both sides
    is either the same type (its own changes are reported once, under its name) or another
    one: then what the new type lacks and adds is the change, judged for the side at hand."""

    def __init__(self, old: Api, new: Api, ids: _Identity) -> None:
        self.ot, self.nt, self.ids = old.type_by_id(), new.type_by_id(), ids

    def show_old(self, ref: TypeRef | None) -> str:
        return show(ref, self.ot)

    def show_new(self, ref: TypeRef | None) -> str:
        return show(ref, self.nt)

    def compare(self, o: TypeRef, n: TypeRef, side: str, at: str = "") -> list[Finding]:
        out: list[Finding] = []
        self._compare(o, n, side, at, out, 0, frozenset())
        return out

    def _compare(
        self,
        o: TypeRef,
        n: TypeRef,
        side: str,
        at: str,
        out: list[Finding],
        depth: int,
        seen: frozenset[tuple[str, str]],
    ) -> None:
        pre = f"{at}: " if at else ""
        if depth > 12:
            return
        if o.kind == "named" and n.kind == "named" and self.ids.same(o.name, n.name):
            self._nullable(o, n, pre, side, out)
            return  # the same named type: its own changes are reported once, under its name
        o, n = self._canon(o, self.ot), self._canon(n, self.nt)
        self._nullable(o, n, pre, side, out)
        if o.kind == "named" and n.kind == "named":
            if not self.ids.same(o.name, n.name):
                found = self._switch(o, n, side, pre, depth, seen)
                if found is not None:
                    out.append(found)
            return
        if o.kind == "union" or n.kind == "union":
            self._union(o, n, side, pre, at, out, depth, seen)
            return
        if o.kind == n.kind:
            if o.kind == "literal":
                self._literal(o, n, pre, side, out)
            elif o.kind in ("array", "map") and o.item is not None and n.item is not None:
                inner = "items" if o.kind == "array" else "values"
                self._compare(o.item, n.item, side, f"{at} {inner}".strip(), out, depth + 1, seen)
            return
        out.append(_judged(*self._kind_change(o, n, pre), side))

    def _switch(
        self,
        o: TypeRef,
        n: TypeRef,
        side: str,
        pre: str,
        depth: int,
        seen: frozenset[tuple[str, str]],
    ) -> Finding | None:
        """A value that now has another object type: what the new type lacks and adds."""
        a, b = self.ot.get(o.name or ""), self.nt.get(n.name or "")
        was = f"{self.show_old(o.with_nullable(False))} -> {self.show_new(n.with_nullable(False))}"
        if a is None or b is None or a.kind != "object" or b.kind != "object":
            return _judged("incompatible", f"{pre}type changed ({was})", side)
        new_fields = {f.name: f for f in b.fields}
        old_names = {f.name for f in a.fields}
        lacks = [f.name for f in a.fields if f.name not in new_fields]
        adds = [f.name for f in b.fields if f.name not in old_names]
        effects = [removed_flags(side, f.required) for f in a.fields if f.name not in new_fields]
        effects += [
            flags("narrower" if f.required else "info", side)
            for f in b.fields
            if f.name not in old_names
        ]
        changed: list[str] = []
        inner = seen | {(a.id, b.id)}
        for f in a.fields:
            g = new_fields.get(f.name)
            if g is None:
                continue
            sub: list[Finding] = []
            if f.required != g.required:
                sub.append(_judged("narrower" if g.required else "wider", "", side))
            if (a.id, b.id) not in seen:
                self._compare(f.type, g.type, side, "", sub, depth + 1, inner)
                sub = [x for x in sub if not x.same_fields]
            if sub:
                changed.append(f.name)
                effects += [(x.breaks_clients, x.breaks_servers) for x in sub]
        if (a.additional is None) != (b.additional is None):
            changed.append("(extra keys)")
            effects.append(flags("wider" if b.additional is not None else "narrower", side))
        if not (lacks or adds or changed) and a.name == b.name:
            return None
        parts = [
            f"lacks {_count(lacks, 'field')} ({_names(lacks)})" if lacks else "",
            f"adds {_count(adds, 'field')} ({_names(adds)})" if adds else "",
            f"{_count(changed, 'field')} changed ({_names(changed)})" if changed else "",
        ]
        what = "; ".join(p for p in parts if p) or "same fields"
        return Finding(
            f"{pre}type {was}: {what}",
            any(c for c, _ in effects),
            any(s for _, s in effects),
            old_type=a.id,
            new_type=b.id,
            lacks=tuple(lacks),
            adds=tuple(adds),
            same_fields=what == "same fields",
        )

    def _nullable(self, o: TypeRef, n: TypeRef, pre: str, side: str, out: list[Finding]) -> None:
        if o.nullable != n.nullable:
            if n.nullable:
                out.append(_judged("wider", f"{pre}now nullable", side))
            else:
                out.append(_judged("narrower", f"{pre}no longer nullable", side))

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

    def _literal(self, o: TypeRef, n: TypeRef, pre: str, side: str, out: list[Finding]) -> None:
        ov = {json.dumps(v, sort_keys=True): v for v in o.values}
        nv = {json.dumps(v, sort_keys=True): v for v in n.values}
        added = [nv[k] for k in nv if k not in ov]
        removed = [ov[k] for k in ov if k not in nv]
        if added:
            word = "value" if len(added) == 1 else "values"
            relation: Relation = "info" if o.open else "wider"
            out.append(_judged(relation, f"{pre}enum {word} {_vals(added)} added", side))
        if removed:
            word = "value" if len(removed) == 1 else "values"
            relation = "info" if n.open else "narrower"
            out.append(_judged(relation, f"{pre}enum {word} {_vals(removed)} removed", side))
        if o.open != n.open:
            if n.open:
                out.append(_judged("wider", f"{pre}enum now open (any string)", side))
            else:
                out.append(_judged("narrower", f"{pre}enum no longer open", side))

    def _member_key(self, m: TypeRef, *, old: bool) -> tuple[str, str]:
        if m.kind == "named":
            name = m.name or ""
            return ("named", self.ids.to_new.get(name, "old:" + name) if old else name)
        if m.kind in ("literal", "str"):
            return ("str", "")
        if m.kind in ("int", "float"):
            return ("number", "")
        return (m.kind, "")

    def _union(
        self,
        o: TypeRef,
        n: TypeRef,
        side: str,
        pre: str,
        at: str,
        out: list[Finding],
        depth: int,
        seen: frozenset[tuple[str, str]],
    ) -> None:
        om = list(o.members) if o.kind == "union" else [o.with_nullable(False)]
        nm = list(n.members) if n.kind == "union" else [n.with_nullable(False)]
        okeys = {self._member_key(m, old=True): m for m in om}
        nkeys = {self._member_key(m, old=False): m for m in nm}
        added = [m for k, m in nkeys.items() if k not in okeys]
        removed = [m for k, m in okeys.items() if k not in nkeys]
        # one object member replaced by another: what the new one lacks and adds
        if len(added) == len(removed) == 1 and added[0].kind == removed[0].kind == "named":
            self._compare(removed[0], added[0], side, at, out, depth + 1, seen)
            added, removed = [], []
        if added:
            names = ", ".join(self.show_new(m) for m in added)
            detail = f"{pre}union member{'s' if len(added) > 1 else ''} {names} added"
            out.append(_judged("wider", detail, side))
        if removed:
            names = ", ".join(self.show_old(m) for m in removed)
            detail = f"{pre}union member{'s' if len(removed) > 1 else ''} {names} removed"
            out.append(_judged("narrower", detail, side))
        for key in okeys.keys() & nkeys.keys():
            self._compare(okeys[key], nkeys[key], side, at, out, depth + 1, seen)

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


def _count(items: list[str], word: str) -> str:
    return f"{len(items)} {word}{'' if len(items) == 1 else 's'}"


def _names(items: list[str], limit: int = 8) -> str:
    shown = ", ".join(repr(i) if not i.startswith("(") else i for i in items[:limit])
    return shown + (f", +{len(items) - limit} more" if len(items) > limit else "")


# -- the report ---------------------------------------------------------------------------------


class _Report:
    """The changes found, each with what it says, whom it breaks and the SDK names it touches."""

    def __init__(self) -> None:
        self.changes: list[Change] = []

    def add(
        self,
        kind: str,
        subject: str,
        detail: str,
        *,
        side: str,
        breaks: tuple[bool, bool],
        sdk: Iterable[str] = (),
        operation: str | None = None,
        type_id: str | None = None,
        wire_name: str | None = None,
        switch: Finding | None = None,
    ) -> None:
        self.changes.append(
            Change(
                kind=kind,
                subject=subject,
                detail=detail,
                side=side,
                breaks_clients=breaks[0],
                breaks_servers=breaks[1],
                sdk=list(sdk),
                operation=operation,
                type_id=type_id,
                wire_name=wire_name,
                old_type=switch.old_type if switch else None,
                new_type=switch.new_type if switch else None,
                lacks=list(switch.lacks) if switch else [],
                adds=list(switch.adds) if switch else [],
            )
        )

    def findings(
        self,
        found: Iterable[Finding],
        kind: str,
        subject: str,
        *,
        prefix: str = "",
        side: str,
        sdk: Iterable[str] = (),
        operation: str | None = None,
        type_id: str | None = None,
        wire_name: str | None = None,
    ) -> None:
        for f in found:
            self.add(
                kind,
                subject,
                prefix + f.detail,
                side=side,
                breaks=(f.breaks_clients, f.breaks_servers),
                sdk=sdk,
                operation=operation,
                type_id=type_id,
                wire_name=wire_name,
                switch=f if f.new_type is not None else None,
            )


# -- operations ---------------------------------------------------------------------------------


class _Operations:
    """Operations matched by method and path, then by operationId (those have moved)."""

    def __init__(self, old: Api, new: Api) -> None:
        by_route = {(op.method, op.path): op for op in new.operations}
        self.matched: list[tuple[Operation, Operation, bool]] = []
        left_old: list[Operation] = []
        used_new: set[int] = set()
        for op in old.operations:
            other = by_route.get((op.method, op.path))
            if other is not None:
                self.matched.append((op, other, False))
                used_new.add(id(other))
            else:
                left_old.append(op)
        left_new = {op.id: op for op in new.operations if id(op) not in used_new}
        self.removed: list[Operation] = []
        for op in left_old:
            other = left_new.pop(op.id, None)
            if other is not None:
                self.matched.append((op, other, True))
            else:
                self.removed.append(op)
        self.removed.sort(key=lambda o: (o.path, o.method))
        self.added = sorted(left_new.values(), key=lambda o: (o.path, o.method))
        self.matched.sort(key=lambda m: (m[1].path, m[1].method))
        self.deprecated = sorted(
            n.id for o, n, _ in self.matched if n.deprecated and not o.deprecated
        )

    def moved(self) -> list[tuple[Operation, Operation]]:
        return [(o, n) for o, n, moved in self.matched if moved]

    def report(self, out: _Report, types: _Types) -> None:
        for op in self.removed:
            out.add(
                "operation-removed",
                _label(op),
                "operation removed",
                side="request",
                breaks=(True, False),
                sdk=[sdk_call(op)],
                operation=op.id,
            )
        for op in self.added:
            out.add(
                "operation-added",
                _label(op),
                "operation added",
                side="request",
                breaks=(False, False),
                sdk=[sdk_call(op)],
                operation=op.id,
            )
        for o, n, moved in self.matched:
            _OperationPair(o, n, out, types).report(moved)


class _OperationPair:
    """One operation in both specs: its URL, method name, parameters, bodies, responses."""

    def __init__(self, o: Operation, n: Operation, out: _Report, types: _Types) -> None:
        self.o, self.n, self.out, self.types = o, n, out, types
        self.label, self.call = _label(n), sdk_call(n)

    def add(
        self,
        kind: str,
        detail: str,
        *,
        side: str,
        breaks: tuple[bool, bool],
        sdk: Iterable[str] | None = None,
        wire_name: str | None = None,
    ) -> None:
        self.out.add(
            kind,
            self.label,
            detail,
            side=side,
            breaks=breaks,
            sdk=[self.call] if sdk is None else sdk,
            operation=self.n.id,
            wire_name=wire_name,
        )

    def findings(
        self,
        found: Iterable[Finding],
        kind: str,
        prefix: str,
        *,
        side: str,
        sdk: Iterable[str] | None = None,
        wire_name: str | None = None,
    ) -> None:
        self.out.findings(
            found,
            kind,
            self.label,
            prefix=prefix,
            side=side,
            sdk=[self.call] if sdk is None else sdk,
            operation=self.n.id,
            wire_name=wire_name,
        )

    def report(self, moved: bool) -> None:
        o, n = self.o, self.n
        if moved and o.method != n.method:
            detail = f"method {o.method.upper()} -> {n.method.upper()}"
            self.add("operation-moved", detail, side="request", breaks=(True, True))
        if moved and o.path != n.path:
            if _template(o.path) == _template(n.path):
                detail = f"path template {o.path} -> {n.path} (same URL)"
                self.add("operation-path-renamed", detail, side="request", breaks=(False, False))
            else:
                detail = f"path {o.path} -> {n.path}"
                self.add("operation-moved", detail, side="request", breaks=(True, True))
        if (o.resource, o.py_name) != (n.resource, n.py_name):
            self.add(
                "operation-renamed",
                f"SDK method {sdk_call(o)} -> {self.call}",
                side="request",
                breaks=(True, False),
                sdk=[sdk_call(o), self.call],
            )
        if n.deprecated and not o.deprecated:
            self.add(
                "operation-deprecated",
                "operation deprecated",
                side="request",
                breaks=(False, False),
            )
        self.parameters()
        self.bodies()
        self.responses()
        self.streaming()
        self.pagination()

    def parameters(self) -> None:
        o, n = self.o, self.n
        old = {(p.location, p.name): p for p in o.parameters}
        new = {(p.location, p.name): p for p in n.parameters}
        for key in sorted(set(old) | set(new)):
            po, pn = old.get(key), new.get(key)
            what = f"{key[0]} parameter {key[1]!r}"
            sdk = (
                [sdk_call(n, argument_name(n, pn.name, (pn.location,), pn.py_name))]
                if pn is not None
                else []
            )
            if po is None and pn is not None:
                req = "required" if pn.required else "optional"
                self.add(
                    "parameter-added",
                    f"{what} added ({req}, {self.types.show_new(pn.type)})",
                    side="request",
                    breaks=flags("narrower" if pn.required else "info", "request"),
                    sdk=sdk,
                    wire_name=pn.name,
                )
            elif pn is None and po is not None:
                self.add(
                    "parameter-removed",
                    f"{what} removed",
                    side="request",
                    breaks=removed_flags("request", po.required),
                    sdk=[sdk_call(o, argument_name(o, po.name, (po.location,), po.py_name))],
                    wire_name=po.name,
                )
            elif po is not None and pn is not None:
                if po.required != pn.required:
                    now = "required" if pn.required else "optional"
                    self.add(
                        f"parameter-{now}",
                        f"{what} is now {now}",
                        side="request",
                        breaks=flags("narrower" if pn.required else "wider", "request"),
                        sdk=sdk,
                        wire_name=pn.name,
                    )
                self.findings(
                    self.types.compare(po.type, pn.type, "request"),
                    "parameter-type",
                    f"{what}: ",
                    side="request",
                    sdk=sdk,
                    wire_name=pn.name,
                )
                if pn.deprecated and not po.deprecated:
                    self.add(
                        "parameter-deprecated",
                        f"{what} deprecated",
                        side="request",
                        breaks=(False, False),
                        sdk=sdk,
                        wire_name=pn.name,
                    )

    def bodies(self) -> None:
        o, n = self.o, self.n
        old = {b.content_type: b for b in o.request_bodies}
        new = {b.content_type: b for b in n.request_bodies}
        if old and new and not set(old) & set(new):
            first_old, first_new = o.request_bodies[0], n.request_bodies[0]
            detail = f"request body {first_old.content_type} -> {first_new.content_type}"
            self.add("body-content-type", detail, side="request", breaks=(True, True))
            self.findings(
                self.types.compare(first_old.type, first_new.type, "request"),
                "body-type",
                "request body: ",
                side="request",
            )
            return
        for ct in sorted(set(old) | set(new)):
            bo, bn = old.get(ct), new.get(ct)
            if bo is None and bn is not None:
                if old:
                    detail = f"request body {ct} accepted too"
                    self.add("body-added", detail, side="request", breaks=(False, False))
                else:
                    req = "required" if bn.required else "optional"
                    self.add(
                        "body-added",
                        f"request body added ({ct}, {req})",
                        side="request",
                        breaks=flags("narrower" if bn.required else "info", "request"),
                    )
            elif bn is None and bo is not None:
                self.add(
                    "body-removed",
                    f"request body {ct} removed",
                    side="request",
                    breaks=(True, False) if new else removed_flags("request", bo.required),
                    sdk=[sdk_call(o)],
                )
            elif bo is not None and bn is not None:
                if bo.required != bn.required:
                    now = "required" if bn.required else "optional"
                    self.add(
                        f"body-{now}",
                        f"request body is now {now}",
                        side="request",
                        breaks=flags("narrower" if bn.required else "wider", "request"),
                    )
                self.findings(
                    self.types.compare(bo.type, bn.type, "request"),
                    "body-type",
                    "request body: ",
                    side="request",
                )

    def responses(self) -> None:
        o, n = self.o, self.n
        old = {(r.status, r.kind, r.content_type or ""): r for r in o.responses}
        new = {(r.status, r.kind, r.content_type or ""): r for r in n.responses}
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
                detail = f"success status {ro.status} -> {rn.status}"
                self.add("response-status", detail, side="response", breaks=(False, False))
            if ro.kind != rn.kind:
                detail = f"{rn.status} response: {ro.kind} -> {rn.kind}"
                self.add("response-kind", detail, side="response", breaks=(True, True))
            else:
                pairs.append((ro, rn))
        for ro, rn in pairs:
            if ro.type is not None and rn.type is not None:
                self.findings(
                    self.types.compare(ro.type, rn.type, "response"),
                    "response-type",
                    f"{rn.status} response: ",
                    side="response",
                )
        kept = {(r.status, r.kind) for r in n.responses}
        for r in gone:  # a success response breaks clients unless one of its status and kind stays
            breaks = _is_success(r.status) and (r.status, r.kind) not in kept
            self.add(
                "response-removed",
                f"{_response(r)} removed",
                side="response",
                breaks=(breaks, False),
            )
        for r in fresh:
            detail = f"{_response(r)} added"
            self.add("response-added", detail, side="response", breaks=(False, False))

    def streaming(self) -> None:
        o, n = self.o, self.n
        so, sn = o.streaming, n.streaming
        if so is None and sn is None:
            return
        call = [sdk_call(n, sn.param) if sn is not None and sn.param else self.call]
        if so is None:
            self.add(
                "streaming-added",
                "streams responses now",
                side="response",
                breaks=(False, False),
                sdk=call,
            )
        elif sn is None:
            self.add(
                "streaming-removed",
                "no longer streams",
                side="response",
                breaks=(True, False),
                sdk=[sdk_call(o, so.param) if so.param else sdk_call(o)],
            )
        else:
            if so.param != sn.param:
                detail = f"streaming switch {so.param!r} -> {sn.param!r}"
                self.add("streaming-param", detail, side="request", breaks=(True, False), sdk=call)
            self.findings(
                self.types.compare(so.event_type, sn.event_type, "response"),
                "streaming-type",
                "stream events: ",
                side="response",
                sdk=call,
            )

    def pagination(self) -> None:
        """A list call that starts or stops returning a page changes what callers get back;
        another scheme for the same page changes nothing they write."""
        po, pn = self.o.pagination, self.n.pagination
        if po is None and pn is None:
            return
        if po is None or pn is None:
            kind = "pagination-added" if po is None else "pagination-removed"
            what = "returns a page now" if po is None else "no longer returns a page"
            self.add(kind, what, side="response", breaks=(True, False), sdk=[self.call])
        elif po.page_class != pn.page_class:
            detail = f"page type Sync{po.page_class} -> Sync{pn.page_class}"
            self.add(
                "pagination-page", detail, side="response", breaks=(True, False), sdk=[self.call]
            )
        elif po.kind != pn.kind:
            detail = f"pages by {po.kind} -> {pn.kind}"
            self.add(
                "pagination-scheme", detail, side="response", breaks=(False, False), sdk=[self.call]
            )


# -- webhooks and callbacks ---------------------------------------------------------------------


def _webhooks(old: list[Webhook], new: list[Webhook], out: _Report, types: _Types) -> None:
    """Webhooks and callbacks flow from the API to its users, as responses do: a payload
    that widens breaks receivers built against the old spec; one removed takes its
    handler's name (`WebhookHandlers.<name>`) away from them."""

    def key(h: Webhook) -> tuple[str, str, str, str]:
        return (h.kind, h.operation or "", h.key, h.method)

    before = {key(h): h for h in old}
    after = {key(h): h for h in new}
    for k in sorted(set(before) - set(after)):
        h = before[k]
        out.add(
            f"{h.kind}-removed",
            _hook_label(h),
            f"{h.kind} removed",
            side="response",
            breaks=(True, False),
            sdk=_hook_sdk(h),
        )
    for k in sorted(set(after) - set(before)):
        h = after[k]
        out.add(
            f"{h.kind}-added",
            _hook_label(h),
            f"{h.kind} added",
            side="response",
            breaks=(False, False),
            sdk=_hook_sdk(h),
        )
    for k in sorted(set(before) & set(after)):
        o, n = before[k], after[k]
        label, sdk = _hook_label(n), _hook_sdk(n)
        if n.deprecated and not o.deprecated:
            detail = f"{n.kind} deprecated"
            out.add(
                f"{n.kind}-deprecated", label, detail, side="none", breaks=(False, False), sdk=sdk
            )
        if o.payload is not None and n.payload is not None:
            out.findings(
                types.compare(o.payload.type, n.payload.type, "response"),
                f"{n.kind}-payload",
                label,
                prefix="payload: ",
                side="response",
                sdk=sdk,
            )
        elif (o.payload is None) != (n.payload is None):
            detail = "payload added" if o.payload is None else "payload removed"
            out.add(
                f"{n.kind}-payload", label, detail, side="response", breaks=(True, True), sdk=sdk
            )


# -- named types ----------------------------------------------------------------------------------


class _NamedTypes:
    """Each type of the old spec against the same type of the new one (`_Identity`), and the
    components that only one of them has."""

    def __init__(self, old: Api, new: Api, ids: _Identity, out: _Report, types: _Types) -> None:
        self.old, self.new, self.ids, self.out, self.types = old, new, ids, out, types
        self.body_ops = _body_ops(new)
        self.old_body_ops = _body_ops(old)

    def report(self) -> dict[str, Any]:
        ot, nt = self.types.ot, self.types.nt
        for o_id, n_id in sorted(self.ids.to_new.items(), key=lambda i: (nt[i[1]].name, i[1])):
            self.pair(ot[o_id], nt[n_id])
        old_components = {t.id: t for t in self.old.types if _is_component(t)}
        new_components = {t.id: t for t in self.new.types if _is_component(t)}
        gone = [t for i, t in old_components.items() if i not in self.ids.to_new]
        fresh = [t for i, t in new_components.items() if i not in self.ids.to_old]
        for t in sorted(gone, key=lambda t: t.name):
            self.out.add(
                "type-removed",
                _schema_key(t),
                "component schema removed",
                side=_side(t, None),
                breaks=(True, False),
                sdk=[f"types.{t.name}"],
                type_id=t.id,
            )
        for t in sorted(fresh, key=lambda t: t.name):
            self.out.add(
                "type-added",
                _schema_key(t),
                "component schema added",
                side=_side(None, t),
                breaks=(False, False),
                sdk=[f"types.{t.name}"],
                type_id=t.id,
            )
        return {
            "old": len(old_components),
            "new": len(new_components),
            "added": sorted(_schema_key(t) for t in fresh),
            "removed": sorted(_schema_key(t) for t in gone),
            "renamed": [f"{_schema_key(o)} -> {_schema_key(n)}" for o, n in self.ids.renamed],
        }

    def field_sdk(
        self, t: NamedType, py_name: str, wire_name: str, *, old: bool = False
    ) -> list[str]:
        ops = (self.old_body_ops if old else self.body_ops).get(t.id, [])
        out = [sdk_call(op, argument_name(op, wire_name, ("body", "file"), py_name)) for op in ops]
        if not ops or t.used_in_response:
            out.append(f"types.{t.name}.{py_name}")
        return out

    def pair(self, ot: NamedType, nt: NamedType) -> None:
        side = _side(ot, nt)
        subject = nt.name if ot.name == nt.name else f"{nt.name} (was {ot.name})"
        if ot.id != nt.id and _is_component(ot) and _is_component(nt):
            self.out.add(
                "type-renamed-in-spec",
                _schema_key(nt),
                f"renamed in the spec ({_schema_key(ot)} -> {_schema_key(nt)}), no change to the SDK",
                side=side,
                breaks=(False, False),
                sdk=[f"types.{nt.name}"],
                type_id=nt.id,
            )
        elif ot.name != nt.name:
            # an inline type too: its class is imported by name (`types.RunObjectUsage`)
            self.out.add(
                "type-renamed",
                _schema_key(nt) if _is_component(nt) else nt.id,
                f"SDK class {ot.name} -> {nt.name}",
                side=side,
                breaks=(True, False),
                sdk=[f"types.{ot.name}", f"types.{nt.name}"],
                type_id=nt.id,
            )
        if ot.kind != nt.kind or ot.kind == "alias":
            old_ref = (
                ot.alias_of if ot.kind == "alias" and ot.alias_of else TypeRef("named", name=ot.id)
            )
            new_ref = (
                nt.alias_of if nt.kind == "alias" and nt.alias_of else TypeRef("named", name=nt.id)
            )
            self.out.findings(
                self.types.compare(old_ref, new_ref, side),
                "type-changed",
                subject,
                side=side,
                sdk=[f"types.{nt.name}"],
                type_id=nt.id,
            )
            return
        self.fields(ot, nt, subject, side)

    def fields(self, ot: NamedType, nt: NamedType, subject: str, side: str) -> None:
        old_fields = {f.name: f for f in ot.fields}
        new_fields = {f.name: f for f in nt.fields}
        for name in list(old_fields) + [k for k in new_fields if k not in old_fields]:
            fo, fn = old_fields.get(name), new_fields.get(name)
            if fo is None and fn is not None:
                req = "required" if fn.required else "optional"
                self.out.add(
                    "field-added",
                    f"{subject}.{fn.py_name}",
                    f"field {name!r} added ({req}, {self.types.show_new(fn.type)})",
                    side=side,
                    breaks=flags("narrower" if fn.required else "info", side),
                    sdk=self.field_sdk(nt, fn.py_name, fn.name),
                    type_id=nt.id,
                    wire_name=name,
                )
            elif fn is None and fo is not None:
                self.out.add(
                    "field-removed",
                    f"{subject}.{fo.py_name}",
                    f"field {name!r} removed",
                    side=side,
                    breaks=removed_flags(side, fo.required),
                    sdk=self.field_sdk(ot, fo.py_name, fo.name, old=True),
                    type_id=nt.id,
                    wire_name=name,
                )
            elif fo is not None and fn is not None:
                where = f"{subject}.{fn.py_name}"
                sdk = self.field_sdk(nt, fn.py_name, fn.name)
                if fo.required != fn.required:
                    now = "required" if fn.required else "optional"
                    self.out.add(
                        f"field-{now}",
                        where,
                        f"field {name!r} is now {now}",
                        side=side,
                        breaks=flags("narrower" if fn.required else "wider", side),
                        sdk=sdk,
                        type_id=nt.id,
                        wire_name=name,
                    )
                self.out.findings(
                    self.types.compare(fo.type, fn.type, side),
                    "field-type",
                    where,
                    prefix=f"field {name!r}: ",
                    side=side,
                    sdk=sdk,
                    type_id=nt.id,
                    wire_name=name,
                )
                if fn.deprecated and not fo.deprecated:
                    self.out.add(
                        "field-deprecated",
                        where,
                        f"field {name!r} deprecated",
                        side=side,
                        breaks=(False, False),
                        sdk=sdk,
                        type_id=nt.id,
                        wire_name=name,
                    )
        if (ot.additional is None) != (nt.additional is None):
            wider = nt.additional is not None
            what = "now accepts extra keys" if wider else "no longer accepts extra keys"
            self.out.add(
                "additional-properties",
                subject,
                what,
                side=side,
                breaks=flags("wider" if wider else "narrower", side),
                sdk=[f"types.{nt.name}"],
                type_id=nt.id,
            )
        elif ot.additional is not None and nt.additional is not None:
            self.out.findings(
                self.types.compare(ot.additional, nt.additional, side),
                "additional-properties",
                subject,
                prefix="extra keys: ",
                side=side,
                sdk=[f"types.{nt.name}"],
                type_id=nt.id,
            )


def _side(ot: NamedType | None, nt: NamedType | None) -> str:
    req = any(t is not None and t.used_in_request for t in (ot, nt))
    resp = any(t is not None and t.used_in_response for t in (ot, nt))
    return "both" if req and resp else "request" if req else "response" if resp else "none"


def _body_ops(api: Api) -> dict[str, list[Operation]]:
    out: dict[str, list[Operation]] = {}
    for op in api.operations:
        for body in op.request_bodies:
            name = body.type.name if body.type.kind == "named" else None
            if name and op not in out.setdefault(name, []):
                out[name].append(op)
    return out


def _differ_run(old: Api, new: Api) -> SpecDiff:
    ops = _Operations(old, new)
    ids = _Identity(old, new, ops.moved())
    types = _Types(old, new, ids)
    out = _Report()
    ops.report(out, types)
    _webhooks(old.webhooks + old.callbacks, new.webhooks + new.callbacks, out, types)
    schemas = _NamedTypes(old, new, ids, out, types).report()
    return SpecDiff(
        old={"title": old.title, "version": old.version, "openapi": old.openapi},
        new={"title": new.title, "version": new.version, "openapi": new.openapi},
        operations={
            "old": len(old.operations),
            "new": len(new.operations),
            "added": [op.id for op in ops.added],
            "removed": [op.id for op in ops.removed],
            "moved": [n.id for _, n in ops.moved()],
            "deprecated": ops.deprecated,
        },
        schemas=schemas,
        changes=_dedupe(out.changes),
    )


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
        f"component schemas: {sch['old']} -> {sch['new']}: {sch['added']} added, {sch['removed']} removed"
        + (f", {sch['renamed']} renamed in the spec" if sch["renamed"] else ""),
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
    if d.schemas.get("renamed"):
        lines.append("component schemas renamed in the spec: " + ", ".join(d.schemas["renamed"]))
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
