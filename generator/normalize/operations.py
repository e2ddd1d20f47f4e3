"""Paths and operations to IR operations: names, params, bodies, responses, streaming, pages."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from generator import naming
from generator.errors import Problem
from generator.ir import (
    NamedType,
    Operation,
    Pagination,
    Parameter,
    RequestBody,
    Response,
    Streaming,
    TypeRef,
    constant_value,
    media_type,
)
from generator.load.loader import Node, Spec
from generator.normalize import pagination
from generator.normalize.descriptions import nonblank, parameter_description, schema_description
from generator.normalize.prose import deprecation_reason
from generator.normalize.schemas import SchemaConverter, constraints_of
from generator.normalize.selection import success_response
from generator.normalize.unsupported import encoding_findings, parameter_findings

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: Methods whose requests carry no body (RFC 9110 gives one no meaning, or forbids it).
BODILESS_METHODS = frozenset({"get", "head", "trace"})
_LOCATIONS = ("path", "query", "header", "cookie")
#: Header parameters OpenAPI says to ignore, and what decides each header instead.
_RESERVED_HEADERS = {
    "accept": "the responses' media types decide it",
    "content-type": "the request body's media type decides it",
    "authorization": "the security schemes decide it",
}


def _fixed(t: TypeRef, types: Mapping[str, NamedType]) -> str | None:
    """The string a required query or header parameter always takes (its type's one value,
    as the server's routes read it: `routes.py`), else None."""
    value = constant_value(t, types)
    return value if isinstance(value, str) else None


def _accept_value(schema: Any) -> str | None:
    """The Accept an ignored `Accept` parameter's schema still fixes: its only `enum` value,
    its `const`, or its default (read from the schema: the parameter gets no type)."""
    if not isinstance(schema, dict):
        return None
    enum = schema.get("enum")
    only = enum if isinstance(enum, list) and len(enum) == 1 else []
    for value in (*only, schema.get("const"), schema.get("default")):
        if isinstance(value, str) and value:
            return value
    return None


#: The extension giving an operation's request body a size limit of its own (see `byte_size`).
MAX_BODY_KEY = "x-oasgen-max-body"
_BYTE_UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9}
_BYTE_UNITS |= {"kib": 2**10, "mib": 2**20, "gib": 2**30}


def byte_size(value: Any) -> int | None:
    """A positive size in bytes: `1048576`, `"1MiB"`, `"1 MB"` (10**6); None when it is none."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if not isinstance(value, str):
        return None
    match = re.fullmatch(r"\s*(\d+)\s*([A-Za-z]*)\s*", value)
    unit = _BYTE_UNITS.get(match[2].lower()) if match else None
    if match is None or unit is None or int(match[1]) == 0:
        return None
    return int(match[1]) * unit


def body_kind(content_type: str) -> str:
    ct = media_type(content_type)
    if ct == "application/json" or ct.endswith("+json"):
        return "json"
    if ct == "multipart/form-data":
        return "multipart"
    if ct == "application/x-www-form-urlencoded":
        return "form"
    if ct.startswith("text/"):
        return "text"
    return "binary"


def response_kind(content_type: str | None) -> str:
    if content_type is None:
        return "empty"
    ct = media_type(content_type)
    if ct == "text/event-stream":
        return "sse"
    if ct == "application/json" or ct.endswith("+json"):
        return "json"
    if ct.startswith("text/"):
        return "text"
    return "binary"


class OperationBuilder:
    def __init__(
        self,
        spec: Spec,
        schemas: SchemaConverter,
        problems: list[Problem],
        streaming_overrides: Mapping[str, Mapping[str, Any]] | None = None,
        pagination_overrides: Mapping[str, Any] | None = None,
        pagination_rules: Sequence[pagination.Rule] = (),
    ) -> None:
        self.spec = spec
        self.schemas = schemas
        self.problems = problems
        self.streaming_overrides = dict(streaming_overrides or {})
        self.pagination_overrides = dict(pagination_overrides or {})
        self.pagination_rules = list(pagination_rules)
        self._rules_used: set[int] = set()  # indexes of the rules some operation fits
        self.callback_nodes: list[
            tuple[str, Node]
        ] = []  # (operation id, its `callbacks`), for webhooks.py
        #: the API's server URLs: the spec's own, or else the first a path or operation names
        self.servers = _server_urls(spec.root.get("servers"))
        self.nodes: dict[str, Node] = {}  # operation id -> its node, to locate later findings
        self.item_paths: set[str] = set()  # the spec's path keys, for the call paths
        #: operation id -> the `servers` it is sent to (its own, else its path's), for servers.py
        self.server_nodes: dict[str, Node] = {}

    def build_all(self) -> list[Operation]:
        paths_node = self.spec.get(self.spec.root_node, "paths", default={})
        paths = paths_node.value
        if not isinstance(paths, dict):
            self._warn("`paths` must be a mapping", paths_node)
            return []
        item_paths = set(paths)
        ops: list[Operation] = []
        op_ids = naming.NameRegistry()
        for path, item in paths_node.items():
            pnode = self.spec.get(item)  # a path item, or a `$ref` to one in another file
            if not isinstance(pnode.value, dict):
                continue
            if "#" in path and any(isinstance(pnode.value.get(m), dict) for m in HTTP_METHODS):
                wire = split_key(path)[0]
                fragment = path.partition("#")[2]
                self._warn(
                    f"path key {path!r}: a URL fragment (#{fragment}) never reaches the server; "
                    f"its operations are sent to {wire!r}",
                    item,
                )
            for method in HTTP_METHODS:
                onode = self.spec.get(pnode, method)  # an operation may be a `$ref` too
                if not isinstance(onode.value, dict):
                    continue
                ops.append(self.build(path, method, onode, pnode, op_ids))
        self.item_paths = item_paths
        known = {op.id for op in ops}
        for op_id in self.pagination_overrides:
            if op_id not in known:
                self._warn(
                    f"pagination declared for {op_id!r}: no such operation", self.spec.root_node
                )
        for n, rule in enumerate(self.pagination_rules):
            if n not in self._rules_used:
                message = (
                    f"pagination rule {dict(rule.entry)!r} fits no operation: no GET operation "
                    "takes every parameter it names and has every field it names"
                )
                if rule.where is None:
                    self._warn(message + " (declared in the target's config)", self.spec.root_node)
                else:
                    self.problems.append(Problem(message, rule.where))
        return ops

    # -- one operation -------------------------------------------------------------

    def build(
        self,
        path: str,
        method: str,
        onode: Node,
        pnode: Node,
        op_ids: naming.NameRegistry,
    ) -> Operation:
        op: dict[str, Any] = onode.value
        raw_id = op.get("operationId")
        if not isinstance(raw_id, str) or not raw_id:
            raw_id = naming.snake(f"{method} {path}")
        op_id = op_ids.claim(raw_id)
        hint = naming.pascal(naming.snake(op_id))
        key = path
        path, fixed = split_key(key)
        result = Operation(
            id=op_id,
            method=method,
            path=path,
            fixed_query=fixed,
            key=key,
            resource=(),
            py_name="",
            summary=nonblank(op.get("summary")),
            description=nonblank(op.get("description")),
            deprecated=bool(op.get("deprecated")),
            deprecation=deprecation_reason(op, nonblank(op.get("description")))
            if op.get("deprecated")
            else None,
            tags=[t for t in op.get("tags") or [] if isinstance(t, str)]
            if isinstance(op.get("tags"), list)
            else [],
            source=f"{self.spec.display(onode.doc)}#{onode.pointer}",
        )
        if "callbacks" in op:
            self.callback_nodes.append((op_id, onode.child("callbacks")))
        self._own_servers(op_id, pnode, onode)
        self.nodes[op_id] = onode
        result.parameters, result.accept = self._parameters(pnode, onode, hint)
        result.request_bodies = self._bodies(onode, hint, method)
        result.max_body = self._max_body(onode, bool(result.request_bodies))
        result.responses = self._responses(onode, hint, method)
        result.success = success_response(result.responses)
        self._audit_responses(onode, result.responses, result.success)
        security = op.get("security", self.spec.root.get("security"))
        result.security = _scheme_names(security)
        result.security_optional = (
            bool(result.security)
            and isinstance(security, list)
            and any(isinstance(req, dict) and not req for req in security)
        )
        result.streaming = self._streaming(result, hint)
        result.pagination = self._pagination(result, onode)
        return result

    def _parameters(
        self, pnode: Node, onode: Node, hint: str
    ) -> tuple[list[Parameter], str | None]:
        """The operation's parameters (its path's too), and the Accept header it fixes: a
        header parameter named Accept, Content-Type or Authorization is no argument (OpenAPI
        says to ignore it; the body, the response and the security schemes decide those), but
        an Accept with a default or a single value is sent as that (PagerDuty's version)."""
        merged: dict[tuple[str, str], Node] = {}
        beside: dict[tuple[str, str], str] = {}  # a description written beside a parameter's `$ref`
        for owner in (pnode, onode):
            params = self.spec.get(owner, "parameters", default=[])
            if not isinstance(params.value, list):
                continue
            for _, p in params.items():
                node = self.spec.get(p)
                v = node.value
                if (
                    not isinstance(v, dict)
                    or not isinstance(v.get("name"), str)
                    or v.get("in") not in _LOCATIONS
                ):
                    self._warn(
                        "parameter needs a `name` and an `in` of path/query/header/cookie", node
                    )
                    continue
                merged[(v["in"], v["name"])] = node
                local = (
                    p.value.get("description")
                    if isinstance(p.value, dict) and "$ref" in p.value
                    else None
                )
                if isinstance(local, str) and local.strip():
                    beside[(v["in"], v["name"])] = local.strip()
                else:
                    beside.pop((v["in"], v["name"]), None)
        out: list[Parameter] = []
        names = naming.NameRegistry()
        accept: str | None = None
        for (loc, name), node in merged.items():
            v = node.value
            if loc == "header" and name.lower() in _RESERVED_HEADERS:
                value = _accept_value(self.spec.deref(self.spec.get(node, "schema")).value)
                if name.lower() == "accept" and value is not None:
                    accept = value
                    continue  # sent as the Accept header of every call
                self._warn(
                    f"header parameter {name!r} is ignored, as OpenAPI says: "
                    + _RESERVED_HEADERS[name.lower()],
                    node,
                )
                continue
            schema = v.get("schema")
            content = self.spec.get(node, "content")
            media_type = None
            if schema is None and isinstance(content.value, dict) and content.value:
                media_type = sorted(content.value)[0]
                snode = self.spec.get(content, media_type).child("schema")
                schema = snode.value
            else:
                snode = node.child("schema")
            snode = snode.with_value(schema or {})
            ptype = self.schemas.convert(snode, hint + naming.pascal(name), None)
            self._audit_parameter(node, loc, ptype, media_type)
            if loc == "path" and v.get("required") is not True:
                self._warn(
                    "a path parameter must say `required: true`; taken as required "
                    "(a path cannot leave it out)",
                    node,
                )
            style = v.get("style") or ("form" if loc in ("query", "cookie") else "simple")
            explode = v.get("explode")
            if not isinstance(explode, bool):
                explode = style == "form"
            sval = self.spec.deref(snode).value if isinstance(schema, dict) else {}
            has_default = (
                isinstance(sval, dict)
                and "default" in sval
                and not (bool(v.get("required")) or loc == "path")
            )
            default = sval.get("default") if has_default else None
            if has_default and not _default_fits(ptype, default):
                self._warn(
                    f"parameter default does not match its type ({default!r}); ignored", snode
                )
                has_default, default = False, None
            out.append(
                Parameter(
                    name=name,
                    py_name=names.claim(
                        naming.field_name(
                            naming.snake(name) if loc == "header" else naming.spell_comparison(name)
                        )
                    ),
                    location=loc,  # type: ignore[arg-type]  # one of _LOCATIONS
                    type=ptype,
                    required=bool(v.get("required")) or loc == "path",
                    style=str(style),
                    explode=explode,
                    description=beside.get((loc, name))
                    or parameter_description(self.spec, node, name),
                    deprecated=bool(v.get("deprecated")),
                    constraints=constraints_of(sval if isinstance(sval, dict) else {}),
                    default=default,
                    has_default=has_default,
                    sdk_name=_sdk_name(v, sval),
                    fixed=_fixed(ptype, self.schemas.types)
                    if v.get("required") is True and loc in ("query", "header")
                    else None,
                )
            )
        order = {loc: i for i, loc in enumerate(_LOCATIONS)}
        out.sort(key=lambda p: (order[p.location], not p.required))
        return out, accept

    def _bodies(self, onode: Node, hint: str, method: str) -> list[RequestBody]:
        bnode = self.spec.get(onode, "requestBody")
        if not isinstance(bnode.value, dict):
            return []
        if method in BODILESS_METHODS:
            if not self._empty_body(bnode):
                self._warn(
                    f"a {method.upper()} request carries no body: this request body is not sent nor read",
                    onode.child("requestBody"),
                )
            return []
        hint = self._shared_name(onode.child("requestBody"), bnode) or hint
        content = self.spec.get(bnode, "content")
        if not isinstance(content.value, dict):
            return []
        out: list[RequestBody] = []
        for ct, media in content.items():
            kind = body_kind(ct)
            snode = self.spec.get(media).child("schema")
            schema = snode.value
            snode = snode.with_value(schema if schema is not None else {})
            if kind == "binary" and (schema is None or _is_binary(self.spec.deref(snode).value)):
                btype = TypeRef("bytes", format="binary")
            elif kind == "text" and schema is None:
                btype = TypeRef("str")
            else:
                btype = self.schemas.convert(snode, hint + "Request", None)
            out.append(
                RequestBody(
                    content_type=ct,
                    kind=kind,  # type: ignore[arg-type]
                    type=btype,
                    required=bool(bnode.value.get("required")),
                    # a body sent whole (`body=`) is described by the request body, else its schema
                    description=nonblank(bnode.value.get("description"))
                    or schema_description(self.spec, snode, "body"),
                    encoding=_form_encoding(self.spec.get(media).value) if kind == "form" else {},
                )
            )
            if kind == "multipart":
                self._multipart_parts(out[-1], snode, self.spec.get(media))
        self._audit_bodies(bnode, out)
        return out

    def _max_body(self, onode: Node, has_body: bool) -> int | None:
        """The body size limit `x-oasgen-max-body` sets, on the operation or its request body
        (the operation's wins): bytes, as a number or a text such as `512MB` or `64 MiB`."""
        found = None
        for owner in (self.spec.get(onode, "requestBody"), onode):
            if isinstance(owner.value, dict) and MAX_BODY_KEY in owner.value:
                found = owner.child(MAX_BODY_KEY)
        if found is None:
            return None
        if not has_body:
            self._warn(f"`{MAX_BODY_KEY}` limits a request body: this operation reads none", found)
            return None
        size = byte_size(found.value)
        if size is None:
            self._warn(
                f"`{MAX_BODY_KEY}` needs a positive number of bytes (`4194304`, `4MiB`, `500KB`): "
                "the server's limit applies",
                found,
            )
        return size

    def _multipart_parts(self, body: RequestBody, snode: Node, media: Node) -> None:
        """The parts of a multipart body that are not plain form fields: files (a binary
        schema), base64 files and parts of a media type of their own (`encoding`)."""
        part_types: dict[str, str] = {}
        encoding = media.value.get("encoding") if isinstance(media.value, dict) else None
        for prop, entry in (encoding or {}).items() if isinstance(encoding, dict) else ():
            ct = entry.get("contentType") if isinstance(entry, dict) else None
            if isinstance(ct, str) and ct.strip():
                part_types[str(prop)] = ct.split(",", 1)[0].strip()
        files: list[str] = []
        base64: list[str] = []
        for name, prop in self._properties(snode, 0):
            if name in files:
                continue
            value = self.spec.deref(prop).value
            if self._holds_file(prop, 0):
                files.append(name)
                if isinstance(value, dict) and value.get("contentEncoding") == "base64":
                    base64.append(name)
        body.file_fields = files
        body.base64_fields = base64
        body.part_types = sorted(part_types.items())

    def _properties(self, node: Node, depth: int) -> list[tuple[str, Node]]:
        """A schema's properties, its `allOf` members' included (in order)."""
        node = self.spec.get(node)
        if not isinstance(node.value, dict) or depth > 8:
            return []
        out = [(str(k), v) for k, v in self.spec.get(node, "properties").items()]
        for _, member in self.spec.get(node, "allOf").items():
            out += self._properties(member, depth + 1)
        return out

    def _empty_body(self, bnode: Node) -> bool:
        """A body that can hold nothing (every schema an object without properties, as some
        specs declare for each GET): leaving it out loses nothing, so it needs no warning."""
        content = self.spec.get(bnode, "content").value
        if not isinstance(content, dict):
            return True
        for ct in content:
            schema = self.spec.get(bnode, "content", ct, "schema").value
            if schema is None:
                continue
            if not isinstance(schema, dict) or set(schema) - {
                "type",
                "properties",
                "additionalProperties",
                "title",
                "description",
            }:
                return False
            if (
                schema.get("properties")
                or schema.get("additionalProperties") not in (None, False)
                or schema.get("type") not in (None, "object")
            ):
                return False
        return True

    def _holds_file(self, node: Node, depth: int) -> bool:
        """A binary string, or an array or oneOf/anyOf that may hold one."""
        node = self.spec.get(node)
        if not isinstance(node.value, dict) or depth > 4:
            return False
        if _is_binary(node.value):
            return True
        subs = [node.child("items")] + [
            m for k in ("oneOf", "anyOf") for _, m in self.spec.get(node, k).items()
        ]
        return any(self._holds_file(s, depth + 1) for s in subs if isinstance(s.value, dict))

    def _responses(self, onode: Node, hint: str, method: str) -> list[Response]:
        responses = self.spec.get(onode, "responses", default={})
        out: list[Response] = []
        if not isinstance(responses.value, dict):
            return out
        for status, resp in responses.items():
            status = str(status)
            if not _STATUS_KEY.fullmatch(status):
                self._warn_at(
                    f"response key {status!r} is not an HTTP status code (200), a range (2XX) "
                    "or `default`: this response is not generated",
                    responses,
                    status,
                )
                continue
            rnode = self.spec.get(resp)
            shared = self._shared_name(resp, rnode)
            rv = rnode.value if isinstance(rnode.value, dict) else {}
            content = self.spec.get(rnode, "content") if rv else rnode.with_value(None)
            desc = nonblank(rv.get("description"))
            if isinstance(rv.get("links"), dict) and rv["links"]:
                self._warn_at("response `links` are not generated", rnode, "links")
            if method == "head" and isinstance(content.value, dict) and content.value:
                self._warn(
                    "a HEAD response has no body: this content is not read (its headers are)",
                    content,
                )
                content = content.with_value(None)
            if not isinstance(content.value, dict) or not content.value:
                out.append(Response(status, None, "empty", None, desc))
                continue
            suffix = (
                "Response"
                if status.startswith("2") or shared
                else naming.pascal(f"{status} Response")
            )
            for ct, media in content.items():
                kind = response_kind(ct)
                snode = self.spec.get(media).child("schema")
                schema = snode.value
                snode = snode.with_value(schema if schema is not None else {})
                if (
                    kind == "binary"
                    and _wildcard(ct)
                    and _structured_schema(self.spec.deref(snode).value)
                ):
                    kind = "json"  # `*/*` with an object schema, as Spring's generators write every JSON body
                if kind in ("binary", "text") and _structured_schema(self.spec.deref(snode).value):
                    self._warn_at(
                        f"the schema of response {status} {ct} is not generated: the client returns its "
                        f"{'raw bytes' if kind == 'binary' else 'text'}",
                        snode,
                    )
                if kind == "binary":
                    rtype: TypeRef | None = TypeRef("bytes", format="binary")
                elif kind == "text" and (
                    schema is None or _type_of(self.spec.deref(snode).value) == "string"
                ):
                    rtype = TypeRef("str")
                else:
                    rtype = self.schemas.convert(
                        snode, (shared or hint) + ("Event" if kind == "sse" else suffix), None
                    )
                out.append(Response(status, ct, kind, rtype, desc))  # type: ignore[arg-type]
        return out

    def _shared_name(self, written: Node, target: Node) -> str | None:
        """The name of a response or request body kept in a file of its own (`responses/key_one.yml`,
        `shared/responses.yml#/not_found`): the types inside it are the same for every operation
        that refers to it, so they are named after it, not after the first such operation."""
        if not written.is_ref or target.doc == self.spec.root_doc:
            return None
        return naming.pascal(target.key) or None

    # -- streaming and pagination ------------------------------------------------------

    def _streaming(self, op: Operation, hint: str) -> Streaming | None:
        override = self.streaming_overrides.get(op.id)
        param = None
        body = next((b for b in op.request_bodies if b.kind in ("json", "multipart", "form")), None)
        if body is not None and body.type.kind == "named":
            model = self.schemas.types.get(body.type.name or "")
            if model is not None and any(f.name == "stream" for f in model.fields):
                param = "stream"
        if override is not None:
            event = override.get("event_type")
            tid = self._type_id_by_name(str(event)) if event else None
            if tid is None:
                self._warn(
                    f"streaming config for {op.id}: unknown event type {event!r}",
                    self.spec.root_node,
                )
                return None
            etype = TypeRef("named", name=tid)
            return Streaming(
                etype, self._stream_mode(etype, override.get("mode")), override.get("param", param)
            )
        sse = next((r for r in op.responses if r.kind == "sse" and r.type is not None), None)
        if sse is None or sse.type is None:
            return None
        other = any(r.kind != "sse" and r.status.startswith("2") for r in op.responses)
        if other and param is None:
            return None  # e.g. audio or SSE by a format field: opt in through the streaming config
        return Streaming(sse.type, self._stream_mode(sse.type, None), param if other else None)

    def _type_id_by_name(self, name: str) -> str | None:
        for tid, t in self.schemas.types.items():
            if t.name == name or tid.endswith("/" + name):
                return tid
        return None

    def _stream_mode(self, etype: TypeRef, forced: Any) -> Literal["data", "event"]:
        if forced == "data" or forced == "event":
            return "data" if forced == "data" else "event"
        t = etype
        if t.kind == "named":
            named = self.schemas.types.get(t.name or "")
            if named is not None and named.alias_of is not None:
                t = named.alias_of
        if t.kind == "union" and t.members:
            members = [self.schemas.types.get(m.name or "") for m in t.members if m.kind == "named"]
            if len(members) == len(t.members) and all(
                m is not None and {"event", "data"} <= {f.name for f in m.fields} for m in members
            ):
                return "event"
        return "data"

    def _pagination(self, op: Operation, onode: Node) -> Pagination | None:
        ok = success_response(op.responses)
        headers: list[str] = []
        for status, resp in self.spec.get(onode, "responses", default={}).items():
            rnode = self.spec.get(resp)
            if ok is not None and str(status) == ok.status and isinstance(rnode.value, dict):
                declared = rnode.value.get("headers")
                headers = [str(h) for h in declared] if isinstance(declared, dict) else []
        inferred = pagination.infer(op, self.schemas.types, headers)
        found = pagination.declaration_for(
            op, self.schemas.types, self.pagination_overrides, self.pagination_rules
        )
        if found is None:
            if inferred is None and pagination.looks_paged(op, self.schemas.types):
                self._warn(pagination.undeclared_message(op), onode)
            return inferred
        entry, rule = found
        if rule is not None:
            self._rules_used.add(self.pagination_rules.index(rule))
        result, problem = pagination.declared(op, self.schemas.types, inferred, entry)
        if problem is not None:
            self._warn(problem, onode)
        return result

    def _warn(self, message: str, node: Node) -> None:
        self.problems.append(Problem(message, self.spec.locate(node.doc, node.pointer)))

    def _warn_at(self, message: str, node: Node, *tokens: Any) -> None:
        self._warn(message, node.child(*tokens))

    # -- what is read but not generated --------------------------------------------------

    def _own_servers(self, op_id: str, pnode: Node, onode: Node) -> None:
        """The `servers` an operation names (its own, else its path's): the base URL when the
        spec names none at its top, and recorded for `servers.py`, which decides its host."""
        for owner in (onode, pnode):
            if _server_urls(owner.value.get("servers")):
                if not self.servers:
                    self.servers = _server_urls(owner.value.get("servers"))
                self.server_nodes[op_id] = self.spec.get(owner, "servers")
                return

    def _audit_parameter(
        self, node: Node, location: str, ptype: TypeRef, media_type: str | None
    ) -> None:
        structured = self._structured(ptype)
        is_object = structured and ptype.kind != "array"
        for key, message in parameter_findings(location, node.value, is_object):
            self._warn_at(message, node, key)
        if media_type is not None and structured and location != "path":
            self._warn_at(
                f"a {location} parameter given as {media_type} content is not generated as such: "
                "the client sends it as it sends any structured parameter, not as encoded text",
                node,
                "content",
                media_type,
            )

    def _structured(self, t: TypeRef) -> bool:
        if t.kind in ("map", "array"):
            return True
        named = self.schemas.types.get(t.name or "") if t.kind == "named" else None
        return named is not None and named.kind == "object"

    def _audit_bodies(self, bnode: Node, bodies: list[RequestBody]) -> None:
        """The schema of a body sent as raw bytes or text, and the `encoding` entries the
        client does not follow, are reported (every body is sent: see `bodies.py`)."""
        content = bnode.value.get("content") if isinstance(bnode.value, dict) else None
        if not isinstance(content, dict):
            return
        for body in bodies:
            media = content.get(body.content_type)
            if (
                body.kind in ("binary", "text")
                and isinstance(media, dict)
                and self._structured(body.type)
            ):
                self._warn_at(
                    f"the schema of request body {body.content_type} is not generated: the client sends it as raw "
                    f"{'bytes' if body.kind == 'binary' else 'text'}",
                    bnode,
                    "content",
                    body.content_type,
                    "schema",
                )
            encoding = media.get("encoding") if isinstance(media, dict) else None
            if isinstance(encoding, dict) and body.kind in ("form", "multipart"):
                for prop, entry in encoding.items():
                    for key, message in encoding_findings(str(prop), entry, body.kind):
                        self._warn_at(
                            message, bnode, "content", body.content_type, "encoding", prop, key
                        )

    def _audit_responses(
        self, onode: Node, responses: list[Response], returned: Response | None
    ) -> None:
        """Success responses the client's method cannot return are reported: another status
        or content type with a different body than the one it returns."""
        if returned is None:
            fallback = next(
                (r for r in responses if r.status == "default" and r.type is not None), None
            )
            if fallback is not None:
                self._warn_at(
                    "the `default` response is not generated as this operation's result: with no 2xx "
                    "response the client returns None (and raises for an error status)",
                    onode,
                    "responses",
                    "default",
                )
            return
        for r in responses:
            if (
                not r.status.startswith("2")
                or r is returned
                or r.kind == "sse"
                or r.type == returned.type
            ):
                continue
            if r.kind in ("binary", "text") and r.kind == returned.kind:
                continue  # one download: every such media type is in its Accept header
            if r.kind == "empty" or r.content_type is None:
                continue
            self._warn_at(
                f"response {r.status} {r.content_type} is not generated: the client returns the "
                f"{returned.status} {returned.content_type or 'empty'} response",
                onode,
                "responses",
                r.status,
                "content",
                r.content_type,
            )


def split_key(key: str) -> tuple[str, list[tuple[str, str]]]:
    """A path key to the path sent and its fixed query: `/a?beta=true#x` -> ("/a", [("beta", "true")]).

    The fragment (after `#`, which ends a URL) is dropped: no client sends one.
    """
    path, _, fixed = key.partition("#")[0].partition("?")
    return path, urllib.parse.parse_qsl(fixed, keep_blank_values=True)


def _sdk_name(param: dict[str, Any], schema: Any) -> str | None:
    """The argument name an SDK-oriented spec gives a parameter (`x-stainless-param: betas`),
    on the parameter or, as in OpenAI's spec, on its schema."""
    for holder in (param, schema):
        name = holder.get("x-stainless-param") if isinstance(holder, dict) else None
        if isinstance(name, str) and name.isidentifier() and name.isascii():
            return name
    return None


def _server_urls(servers: Any) -> list[str]:
    if not isinstance(servers, list):
        return []
    return [s["url"] for s in servers if isinstance(s, dict) and isinstance(s.get("url"), str)]


def _form_encoding(media: Any) -> dict[str, tuple[str, bool]]:
    """(style, explode) of each property a form body's `encoding` names (style form, exploded,
    where it does not say)."""
    encoding = media.get("encoding") if isinstance(media, dict) else None
    out: dict[str, tuple[str, bool]] = {}
    for prop, entry in encoding.items() if isinstance(encoding, dict) else ():
        if not isinstance(entry, dict) or not ({"style", "explode"} & set(entry)):
            continue
        given = entry.get("style")
        style = given if isinstance(given, str) else "form"
        explode = entry.get("explode")
        out[str(prop)] = (style, explode if isinstance(explode, bool) else style == "form")
    return out


def _scheme_names(security: Any) -> list[str]:
    names: list[str] = []
    if isinstance(security, list):
        for requirement in security:
            if isinstance(requirement, dict):
                for name in requirement:
                    if name not in names:
                        names.append(name)
    return names


def _is_binary(value: Any) -> bool:
    """A string of bytes: `format: binary`, `contentEncoding: binary` or `base64`, or a
    `contentMediaType` (OpenAPI 3.1's way to say what a file holds)."""
    return (
        isinstance(value, dict)
        and value.get("type") == "string"
        and (
            value.get("format") == "binary"
            or value.get("contentEncoding") in ("binary", "base64")
            or "contentMediaType" in value
        )
    )


def _wildcard(content_type: str) -> bool:
    """`*/*` or `application/*`: any type, JSON among them."""
    return media_type(content_type) in ("*/*", "application/*")


def _structured_schema(schema: Any) -> bool:
    """Does a schema describe structured data (an object or a list), not a string of bytes?"""
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    return bool({"object", "array"} & set(kinds)) or any(
        k in schema
        for k in ("properties", "items", "allOf", "oneOf", "anyOf", "additionalProperties")
    )


def _type_of(schema: Any) -> Any:
    return schema.get("type") if isinstance(schema, dict) else None


#: A response's key: a status code, a range of them, or `default` (OpenAPI's Responses Object).
_STATUS_KEY = re.compile(r"[1-5](?:[0-9]{2}|XX)|default")

#: Formats whose text a default must match to be a value of the parameter's type.
_FORMAT_TEXT = {
    "uuid": re.compile(r"[0-9a-fA-F]{8}-?(?:[0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}"),
    "date": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "date-time": re.compile(
        r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:?\d{2})?"
    ),
}


def _default_fits(t: TypeRef, value: object) -> bool:
    """A default handlers can receive as is: a scalar of the parameter's own (unnamed) type."""
    if t.kind == "str":
        pattern = _FORMAT_TEXT.get(t.format or "")
        return isinstance(value, str) and (pattern is None or bool(pattern.fullmatch(value)))
    if t.kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if t.kind == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value
    if t.kind == "bool":
        return isinstance(value, bool)
    if t.kind == "literal":
        if t.open and isinstance(value, str):
            return True
        return any(type(v) is type(value) and v == value for v in t.values)
    return False
