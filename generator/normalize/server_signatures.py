"""The server's handlers, decided once: names, arguments and what each answers.

For each operation: the resource it is served under (its call path, else its first tag),
the handler Protocol, scaffold class and `Handlers` field of that resource, the handler's
method name, the route function and the router's constants, and each keyword argument with
where the route reads it (`ir.HandlerSource`). `emit/server.py` only writes them out.

A JSON body is taken whole (`body`, its model); a form or multipart body's fields one by one
(files as `UploadFile`); a raw body as bytes or text. An operation with several bodies takes
each field once (`body_field`), whichever body it came in (see `server/_bodies.py` of the
generated package); a field typed differently by two bodies is the union of both.
"""

from __future__ import annotations

import re

from generator import naming
from generator.ir import (
    Api,
    Field,
    HandlerArgument,
    NamedType,
    Operation,
    Parameter,
    RequestBody,
    Route,
    ServerHandler,
    ServerResource,
    TypeRef,
    resolve_alias,
)
from generator.normalize.bodies import merge_types

#: Names the server modules define or import; a model with one of them is imported aliased.
SERVER_NAMES = frozenset(
    {
        "APIRouter", "Annotated", "Any", "ApiError", "AsyncIterator", "Body", "Cookie",
        "Depends", "Dict", "Endpoint", "FastAPI", "Field", "File", "Form", "Handlers",
        "Header", "List", "Literal", "Optional", "Path", "Protocol", "Query", "DispatchedRoute",
        "path_object", "text_object", "usable_pattern", "dispatch", "form_list", "read_body",
        "Accepted", "Part",
        "Request", "Response", "Scheme", "UploadFile", "Union", "app", "build_router", "call",
        "create_app", "dataclass", "form_object", "handlers", "include_routers", "install",
        "query_object", "requires",
    }
)  # fmt: skip

#: Keyword argument names the generated code uses itself.
RESERVED_ARGS = frozenset({"self", "body", "credentials", "request", "handler", "call", "router"})

#: Names a router module uses besides its route functions.
_ROUTER_NAMES = frozenset(
    {
        "router", "handler", "build_router", "call", "requires", "form_object", "query_object",
        "path_object", "text_object", "usable_pattern", "form_list", "read_body",
    }
)  # fmt: skip

_PRIMITIVE_KINDS = frozenset({"str", "int", "float", "bool", "date", "datetime", "literal", "null"})


def resource_key(op: Operation) -> tuple[str, ...]:
    """The resource an operation is grouped under: its call path, else its first tag."""
    if op.resource:
        return op.resource
    if op.tags:
        return (naming.module_name(op.tags[0]),)
    return ("default",)


def arg_name(py_name: str) -> str:
    return naming.safe_identifier(py_name, naming.RESERVED_FIELD_NAMES | RESERVED_ARGS)


def build_server(api: Api) -> None:
    """Fill `api.server`, `api.server_schemes` and `api.server_aliases`."""
    types = api.type_by_id()
    type_names = {t.name for t in api.types}
    registry = naming.NameRegistry(type_names | SERVER_NAMES)
    api.server_aliases = {
        name: registry.claim(name + "Model") for name in sorted(type_names & SERVER_NAMES)
    }
    api.server_schemes = _schemes(api)
    planner = _Planner(api, types, dict(api.server_schemes))
    groups: dict[tuple[str, ...], list[Operation]] = {}
    for op in api.operations:
        groups.setdefault(resource_key(op), []).append(op)
    modules = naming.NameRegistry({"__init__"})
    fields = naming.NameRegistry()
    api.server = []
    for key in sorted(groups):
        joined = "_".join(key)
        base = naming.class_name(joined)
        resource = ServerResource(
            key=key,
            module=modules.claim(naming.module_name(joined)),
            label=".".join(key),
            protocol=registry.claim(base + "Handler"),
            impl=registry.claim(base),
            attribute=fields.claim(
                naming.safe_identifier(naming.snake(joined), naming.RESERVED_FIELD_NAMES)
            ),
        )
        resource.handlers = planner.handlers(groups[key])
        api.server.append(resource)


def _schemes(api: Api) -> list[tuple[str, str]]:
    """Security schemes the server reads, with the constant each is held in."""
    out = []
    constants = naming.NameRegistry()
    for scheme in api.security_schemes:
        readable = scheme.location in ("header", "query", "cookie") and scheme.param_name
        if (scheme.kind == "apiKey" and not readable) or scheme.kind == "other":
            continue
        constant = constants.claim(naming.safe_identifier(naming.snake(scheme.name).upper()))
        out.append((constant, scheme.name))
    return out


class _Planner:
    def __init__(self, api: Api, types: dict[str, NamedType], schemes: dict[str, str]) -> None:
        self.types = types
        self.schemes = {name: constant for constant, name in schemes.items()}
        self.routes: dict[str, Route] = {op_id: r for r in api.routes for op_id in r.operations}

    def handlers(self, ops: list[Operation]) -> list[ServerHandler]:
        methods = naming.NameRegistry()
        functions = naming.NameRegistry(set(_ROUTER_NAMES))
        constants = naming.NameRegistry()
        out = []
        for op in ops:
            method = methods.claim(op.py_name or naming.method_name(op.id))
            constant = constants.claim("_" + method.upper().strip("_"))
            out.append(self.handler(op, method, functions.claim(method), constant))
        for handler, op in zip(out, ops, strict=True):
            route = self.routes.get(op.id)
            if route is not None and (len(route.operations) > 1 or bool(op.dispatch)):
                handler.route = constants.claim(handler.constant + "_ROUTE")
            if handler.bodies is not None:
                handler.bodies = constants.claim(handler.constant + "_BODIES")
        return out

    def handler(self, op: Operation, method: str, function: str, constant: str) -> ServerHandler:
        names = naming.NameRegistry(set(RESERVED_ARGS))
        args: list[HandlerArgument] = []
        placeholders: dict[str, str] = {}
        for p in op.parameters:
            arg = self._parameter(p, names)
            if p.location == "path":
                placeholders[p.name] = arg.name
            args.append(arg)
        # one pass: renaming `{foo-bar}` to `{foo_bar}` first would rename `{foo_bar}` twice after it
        path = re.sub(r"\{([^{}]*)\}", lambda m: "{" + placeholders.get(m[1], m[1]) + "}", op.path)
        several = len(op.request_bodies) > 1
        if several:
            args.extend(self._fields_of_bodies(op, names))
        elif op.request_bodies:
            args.extend(self._body(op.request_bodies[0], names))
        credentials = self._credentials(op)
        if credentials is not None:
            args.append(credentials)
        handler = ServerHandler(op.id, method, function, constant, path, args)
        handler.bodies = "" if several else None  # named with the other constants
        handler.needs_request = several or any(
            a.source in ("query_object", "path_object", "text_object", "form_object", "form_list")
            or (a.source == "raw_body")
            for a in args
        )
        self._answer(op, handler)
        return handler

    def _answer(self, op: Operation, handler: ServerHandler) -> None:
        """What the route answers with: `op.success`, or its stream of events."""
        r = op.success
        handler.status_code = int(r.status) if r is not None and r.status.isdigit() else 200
        if r is not None and r.kind != "sse":
            handler.response = r.kind  # type: ignore[assignment]
            handler.media_type = r.content_type if r.kind in ("binary", "text") else None
            handler.response_type = r.type
        if op.streaming is not None:
            model = handler.response == "json" and handler.response_type is not None
            if op.streaming.param is None or not model:
                handler.response = "events"
                handler.is_async = False

    # -- parameters ------------------------------------------------------------------------

    def _parameter(self, p: Parameter, names: naming.NameRegistry) -> HandlerArgument:
        name = names.claim(arg_name(p.py_name))
        resolved = self.resolve(p.type)
        structured = (
            resolved.kind in ("map", "any")
            or (resolved.kind == "named" and self.types[resolved.name or ""].kind == "object")
            or (
                resolved.kind == "union" and not all(self.is_primitive(m) for m in resolved.members)
            )
        )
        listed = resolved.kind == "array" and not self.is_primitive(resolved)  # a list of objects
        source: str = p.location
        shape = None
        if p.location == "query" and (structured or listed):
            source = "query_object"
        elif p.location in ("header", "cookie") and (structured or listed):
            source = "text_object"  # FastAPI would take an object's fields as headers of their own
        elif p.location == "path" and not self.is_scalar(p.type):
            # FastAPI takes only scalars from the path: arrays and objects are read from the text
            source = "path_object"
            shape = (
                "array"
                if resolved.kind == "array"
                else "object"
                if structured and resolved.kind != "union"
                else "value"
            )
        return HandlerArgument(
            name,
            p.name,
            source,  # type: ignore[arg-type]
            p.type,
            p.required,
            p.description,
            p.deprecated,
            shape=shape,
        )

    # -- bodies ----------------------------------------------------------------------------

    def _body(self, body: RequestBody, names: naming.NameRegistry) -> list[HandlerArgument]:
        """The handler's arguments for an operation's only body."""
        if body.kind == "json":
            return [
                HandlerArgument("body", "body", "body", body.type, body.required, body.description)
            ]
        if body.kind in ("binary", "text"):
            return [
                HandlerArgument(
                    "body",
                    "body",
                    "raw_body",
                    None,
                    body.required,
                    body.description,
                    media=body.kind,
                )
            ]
        named = self.types.get(body.type.name or "") if body.type.kind == "named" else None
        if named is None or named.kind != "object":
            # a form body that is no object: the fields as they came
            return [
                HandlerArgument(
                    "body", "body", "raw_body", None, True, body.description, media="form"
                )
            ]
        out = [
            self._form_field(f, f.name in body.file_fields, names)
            for f in named.fields
            if not f.read_only
        ]
        # the route's own parameters without a default first (FastAPI reads these itself)
        first = [a for a in out if a.required and a.source in ("form", "file")]
        return first + [a for a in out if all(a is not b for b in first)]

    def _form_field(self, f: Field, is_file: bool, names: naming.NameRegistry) -> HandlerArgument:
        name = names.claim(arg_name(f.py_name))
        required = f.required and not f.type.nullable
        resolved = self.resolve(f.type)
        if is_file:
            source, many = "file", resolved.kind == "array"
        elif self.is_primitive(f.type) and resolved.kind == "array":
            source, many = "form_list", True  # repeated keys, `name` or `name[]`
        elif self.is_primitive(f.type):
            source, many = "form", False
        else:
            source, many = "form_object", False
        return HandlerArgument(
            name,
            f.name,
            source,  # type: ignore[arg-type]
            None if is_file else f.type,
            required,
            f.description,
            f.deprecated,
            many=many,
        )

    def _fields_of_bodies(self, op: Operation, names: naming.NameRegistry) -> list[HandlerArgument]:
        """Each of the client's body arguments once: the handler takes it whichever body
        it came in; its type merges the types of the bodies that send it as a value."""
        out = []
        for a in op.arguments:
            if a.source not in ("body", "file", "raw_body"):
                continue
            parts = [p for b in op.request_bodies for p in b.parts if p.argument == a.py_name]
            values = [
                p.type
                for b in op.request_bodies
                for p in b.parts
                if p.argument == a.py_name
                and p.kind not in ("file", "files", "indexed_files")
                and not (p.kind == "whole" and b.kind in ("binary", "text"))
            ]
            raw = [
                b.kind
                for b in op.request_bodies
                for p in b.parts
                if p.argument == a.py_name and p.kind == "whole" and b.kind in ("binary", "text")
            ]
            for b in op.request_bodies:
                for p in b.parts:
                    if p.argument == a.py_name and p.kind == "field" and b.kind != "json":
                        p.many = self.resolve(p.type).kind == "array" and self.is_primitive(p.type)
                        p.structured = not p.many and not self.is_primitive(p.type)
            files = [p for p in parts if p.kind in ("file", "files", "indexed_files")]
            out.append(
                HandlerArgument(
                    names.claim(arg_name(a.py_name)),
                    a.py_name,
                    "body_field",
                    merge_types(values) if values else None,
                    a.required and not any(v.nullable for v in values),
                    a.description,
                    a.deprecated,
                    many=any(p.kind != "file" for p in files),
                    media=raw[0] if raw else None,
                    files=bool(files),
                )
            )
        return out

    def _credentials(self, op: Operation) -> HandlerArgument | None:
        """The credential, where a requirement names only schemes the server reads."""
        if not any(r and all(s in self.schemes for s in r) for r in op.requirements):
            return None
        optional = any(not r for r in op.requirements)
        return HandlerArgument(
            "credentials", "", "credentials", None, not optional, optional_credentials=optional
        )

    # -- types -----------------------------------------------------------------------------

    def resolve(self, t: TypeRef) -> TypeRef:
        return resolve_alias(t, self.types)

    def is_scalar(self, t: TypeRef) -> bool:
        """A type FastAPI reads from a path segment by itself (no arrays, objects or maps)."""
        r = self.resolve(t)
        if r.kind == "union":
            return all(self.is_scalar(m) for m in r.members)
        return r.kind in _PRIMITIVE_KINDS or r.kind in ("any", "bytes")

    def is_primitive(self, t: TypeRef) -> bool:
        r = self.resolve(t)
        if r.kind in _PRIMITIVE_KINDS:
            return True
        if r.kind == "union":
            return all(self.is_primitive(m) for m in r.members)
        if r.kind == "array" and r.item is not None:
            return self.resolve(r.item).kind in _PRIMITIVE_KINDS
        return False
