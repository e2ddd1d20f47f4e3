"""FastAPI server stubs from the IR: app factory, routers, handler Protocols, runtime, scaffold.

Layout, relative to the package root (all regenerated every time, except the scaffold):

- `server/__init__.py`: `create_app`, `Handlers`, `ApiError` and every handler Protocol
- `server/app.py`: `Handlers` (one implementation object per resource) and `create_app`
- `server/handlers/<resource>.py`: the Protocol a resource's implementation satisfies
- `server/routers/<resource>.py`: the FastAPI routes calling that implementation
- `server/security.py`: the spec's security schemes
- `server/_runtime.py`: handler calls, JSON errors, server-sent events, credentials

`scaffold_handlers` writes the user's module (`server_impl.py`): one class per resource
with `raise NotImplementedError` bodies, and `handlers: Handlers = Handlers(...)`, so a
type checker run over it points at every method that no longer matches its Protocol.
It is written only when missing; the caller never overwrites it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.emit.docs import described, docstring_text, operation_text
from generator.emit.formatter import LINE_LENGTH
from generator.emit.models import docstring
from generator.emit.pytypes import Imports, TypeRenderer, literal_text, py_string, tuple_literal
from generator.emit.render import Renderer
from generator.ir import (
    Api,
    Condition,
    HandlerArgument,
    NamedType,
    Operation,
    Parameter,
    RequestBody,
    Route,
    SecurityScheme,
    ServerHandler,
    ServerResource,
    TypeRef,
    media_type,
    resolve_alias,
)

__all__ = [
    "SCAFFOLD_MODULE",
    "ServerEmitter",
    "emit_server",
    "scaffold_handlers",
]

SCAFFOLD_MODULE = "server_impl"


# -- views of the IR's handlers, as text ---------------------------------------------------


@dataclass
class Arg:
    """One keyword argument of a handler method as text, and how the route reads it."""

    name: str  # keyword argument name (handler and route)
    wire: str
    source: str  # ir.HandlerSource, or "bodies" (the call's `**read_body(...)`)
    handler_type: str  # annotation in the Protocol
    route_type: str  # annotation in the route function
    default: str | None = None  # route default ("None") for optional arguments
    value: str | None = None  # expression passed to the handler when not the argument itself
    doc: str | None = None  # its text in the handler's `Args:` (the spec's, as the client's)


@dataclass
class OpPlan:
    op: Operation
    method: str  # handler method name
    function: str  # route function name
    constant: str  # module constant holding the Endpoint
    path: str  # route path (placeholders renamed to argument names)
    args: list[Arg]
    returns: str  # handler return annotation
    is_async: bool
    response_model: str | None
    response_type: TypeRef | None  # the success answer's type (JSON, before streaming)
    status_code: int
    response: str
    media_type: str | None
    stream: str | None  # "data" / "event"
    stream_param: str | None
    needs_request: bool
    doc: str  # the handler's docstring text, laid out by `docstring_text`
    route: str | None = None  # module constant holding its `dispatch(...)` rule, if it has one
    bodies: str | None = None  # module constant holding the bodies it accepts (several of them)


@dataclass
class ResourcePlan:
    key: tuple[str, ...]
    module: str  # module name under server/handlers and server/routers
    label: str  # "threads.runs"
    protocol: str  # Protocol class name
    impl: str  # scaffold class name
    attribute: str  # `Handlers` field name
    ops: list[OpPlan] = field(default_factory=list)


class _Names(TypeRenderer):
    """Model-flavour annotations, with the models that clash with server names aliased."""

    def __init__(self, types: dict[str, NamedType], aliases: dict[str, str]) -> None:
        super().__init__(types, "model")
        self.aliases = aliases

    def name_of(self, tid: str) -> str:
        name = super().name_of(tid)
        return self.aliases.get(name, name)


@dataclass
class _ModuleImports:
    """What one generated module imports, rendered in a fixed, black-stable order."""

    typing: set[str] = field(default_factory=set)
    typing_extensions: set[str] = field(default_factory=set)
    datetime: set[str] = field(default_factory=set)
    pydantic: set[str] = field(default_factory=set)
    fastapi: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)

    def absorb(self, imports: Imports) -> None:
        self.typing |= imports.typing
        self.datetime |= imports.datetime
        self.pydantic |= imports.pydantic
        self.types |= imports.types
        # Annotated comes from typing (the same object on Python 3.9+)
        self.typing |= {n for n in imports.typing_extensions if n == "Annotated"}
        self.typing_extensions |= {n for n in imports.typing_extensions if n != "Annotated"}


_FILE_PARTS = frozenset({"file", "files", "indexed_files"})


class ServerEmitter:
    def __init__(self, api: Api, package: str, renderer: Renderer) -> None:
        self.api = api
        self.package = package
        self.renderer = renderer
        self.types = api.type_by_id()
        self.aliases = dict(api.server_aliases)
        by_name = {s.name: s for s in api.security_schemes}
        self.schemes: dict[str, tuple[str, SecurityScheme]] = {
            name: (constant, by_name[name]) for constant, name in api.server_schemes
        }
        self.routes: dict[str, Route] = {op_id: r for r in api.routes for op_id in r.operations}
        self.ops = {op.id: op for op in api.operations}
        self.resources = [self._resource(r) for r in api.server]

    # -- the IR's handlers as text ----------------------------------------------------------

    def _resource(self, r: ServerResource) -> ResourcePlan:
        plan = ResourcePlan(r.key, r.module, r.label, r.protocol, r.impl, r.attribute)
        plan.ops = [self._handler(h) for h in r.handlers]
        return plan

    def _handler(self, h: ServerHandler) -> OpPlan:
        op = self.ops[h.operation]
        args = [self._arg(op, a) for a in h.arguments]
        if h.bodies is not None:
            args.append(Arg("", "", "bodies", "", "", value=self._accepted(op, h)))
        renderer = _Names(self.types, self.aliases)
        scratch = Imports()
        rtype = h.response_type
        response_model = None
        if h.response == "json" and rtype is not None:
            response_model = renderer.render(rtype, scratch)
            returns = response_model
        elif h.response in ("json", "events"):
            returns = "Any"
        elif h.response == "empty" and op.method == "head":
            returns = "Optional[Response]"  # a HEAD answer says what it says in its headers
        elif h.response == "empty":
            returns = "None"
        elif h.response == "binary":
            returns = "Union[bytes, AsyncIterator[bytes]]"
        else:
            returns = "str"
        stream = op.streaming.mode if op.streaming is not None else None
        stream_param = op.streaming.param if op.streaming is not None else None
        if op.streaming is not None:
            event = renderer.render(op.streaming.event_type, scratch)
            if h.response == "events":
                returns = f"AsyncIterator[{event}]"
                response_model = None
            else:
                returns = f"Union[{returns}, AsyncIterator[{event}]]"
        return OpPlan(
            op=op,
            method=h.method,
            function=h.function,
            constant=h.constant,
            path=h.path,
            args=args,
            returns=returns,
            is_async=h.is_async,
            response_model=response_model,
            response_type=rtype,
            status_code=h.status_code,
            response=h.response,
            media_type=h.media_type,
            stream=stream,
            stream_param=stream_param,
            needs_request=h.needs_request,
            doc=self._op_doc(op, args, stream_param if stream is not None else None, h.is_async),
            route=h.route,
            bodies=h.bodies,
        )

    def _arg(self, op: Operation, a: HandlerArgument) -> Arg:
        renderer = _Names(self.types, self.aliases)
        scratch = Imports()
        doc = described(a.description, a.deprecated)
        optional = "None" if not a.required else None
        required = "True" if a.required else "False"
        name, wire = a.name, py_string(a.wire)
        if a.source == "credentials":
            return self._credentials(op, a)
        if a.source in ("path", "query", "header", "cookie"):
            p = next(p for p in op.parameters if p.location == a.source and p.name == a.wire)
            annotation = renderer.render(
                a.type or TypeRef("any"), scratch, nullable=True if optional else None
            )
            kwargs = []
            if p.location == "header" or (p.location in ("query", "cookie") and p.name != name):
                kwargs.append(f"alias={wire}")
            kwargs.extend(self._constraint_args(p))
            if p.deprecated:
                kwargs.append("deprecated=True")
            factory = {"path": "Path", "query": "Query", "header": "Header", "cookie": "Cookie"}[
                p.location
            ]
            route_type = f"Annotated[{annotation}, {factory}({', '.join(kwargs)})]"
            default = literal_text(p.default) if p.has_default else optional
            return Arg(name, a.wire, a.source, annotation, route_type, default, doc=doc)
        annotation = renderer.render(
            a.type or TypeRef("any"), scratch, nullable=True if optional else None
        )
        if a.source == "query_object":
            value = f"await query_object(request, {wire}, {annotation}, {required})"
            return Arg(name, a.wire, a.source, annotation, "", value=value, doc=doc)
        if a.source == "text_object":
            p = next(
                p for p in op.parameters if p.name == a.wire and p.location in ("header", "cookie")
            )
            where = py_string(p.location)
            value = f"await text_object(request, {where}, {wire}, {annotation}, {required})"
            return Arg(name, a.wire, a.source, annotation, "", value=value, doc=doc)
        if a.source == "path_object":
            p = next(p for p in op.parameters if p.location == "path" and p.name == a.wire)
            explode = "True" if p.explode else "False"
            value = f"await path_object(request, {py_string(name)}, {annotation}, {py_string(a.shape or 'value')}, {explode})"
            return Arg(name, a.wire, a.source, annotation, "", value=value, doc=doc)
        body = op.request_bodies[0] if op.request_bodies else None
        if a.source == "body":
            route = f"Annotated[{annotation}, Body()]"
            arg = Arg("body", "body", "body", annotation, route, optional)
            arg.doc = a.description or (self._body_doc(body, arg) if body else None)
            return arg
        if a.source == "raw_body":
            if a.media == "form":
                value = "dict((await request.form()).multi_items())"
                arg = Arg("body", "body", "raw_body", "Dict[str, Any]", "", value=value)
            else:
                py = "bytes" if a.media == "binary" else "str"
                reader = (
                    "await request.body()"
                    if a.media == "binary"
                    else "(await request.body()).decode()"
                )
                ann = py if a.required else f"Optional[{py}]"
                value = reader if a.required else f"{reader} or None"
                arg = Arg("body", "body", "raw_body", ann, "", value=value)
            arg.doc = a.description or (self._body_doc(body, arg) if body else None)
            return arg
        alias = [f"alias={wire}"] if a.wire != name else []
        if a.source == "file":
            base = "List[UploadFile]" if a.many else "UploadFile"
            ann = f"Optional[{base}]" if optional else base
            route = f"Annotated[{ann}, File({', '.join(alias)})]"
            return Arg(name, a.wire, "file", ann, route, optional, doc=doc)
        if a.source == "form":
            route = f"Annotated[{annotation}, Form({', '.join(alias)})]"
            return Arg(name, a.wire, "form", annotation, route, optional, doc=doc)
        if a.source == "form_list":
            value = f"await form_list(request, {wire}, {annotation}, {required})"
            return Arg(name, a.wire, "form_list", annotation, "", "None", value=value, doc=doc)
        if a.source == "form_object":
            value = f"await form_object(request, {wire}, {name}, {annotation}, {required})"
            route = f"Annotated[Optional[str], Form({', '.join(alias)})]"
            return Arg(name, a.wire, "form_object", annotation, route, "None", value=value, doc=doc)
        # body_field: one of several bodies' fields, read by `read_body`
        shown = [renderer.render(a.type, scratch, nullable=False)] if a.type is not None else []
        if a.files:
            shown.append("List[UploadFile]" if a.many else "UploadFile")
        if a.media:
            shown.append("bytes" if a.media == "binary" else "str")
        ann = shown[0] if len(shown) == 1 else f"Union[{', '.join(shown)}]"
        if optional:
            ann = f"Optional[{ann}]"
        return Arg(name, a.wire, "body_field", ann, "", doc=doc)

    def _accepted(self, op: Operation, h: ServerHandler) -> str:
        """The bodies `op` accepts, as `read_body` takes them (see server/_bodies.py)."""
        renderer = _Names(self.types, self.aliases)
        scratch = Imports()
        keyword = {a.wire: a.name for a in h.arguments if a.source == "body_field"}
        accepted = []
        for body in op.request_bodies:
            parts = []
            for part in body.parts:
                if part.kind in _FILE_PARTS:
                    value = "None"
                elif part.kind == "whole" and body.kind in ("binary", "text"):
                    value = "bytes" if body.kind == "binary" else "str"
                else:
                    value = renderer.render(part.type, scratch)
                fields = [py_string(keyword[part.argument]), py_string(part.wire_name)]
                fields += [py_string(part.kind), value, "True" if part.required else "False"]
                if part.structured or part.many:
                    fields.append("True" if part.structured else "False")
                if part.many:
                    fields.append("True")
                parts.append(f"Part({', '.join(fields)})")
            inner = ", ".join(parts) + ("," if len(parts) == 1 else "")
            accepted.append(
                f"Accepted({py_string(body.content_type)}, {py_string(body.kind)}, ({inner})"
                + (", True)" if body.required else ")")
            )
        return "(" + ", ".join(accepted) + ("," if len(accepted) == 1 else "") + ")"

    def _op_doc(
        self, op: Operation, args: list[Arg], stream_param: str | None, is_async: bool
    ) -> str:
        """The client's text for the operation and for each argument both sides share, with
        what only the handler needs to know: how to stream, HEAD answers, its route."""
        parts = operation_text(op)
        if op.streaming is not None and not is_async:
            parts.append("Yield the events of the stream (an `async def` generator fits).")
        elif op.streaming is not None and stream_param:
            parts.append(
                f"With `{stream_param}: true` in the body, return an async iterator of the "
                "stream's events (e.g. an async generator)."
            )
        if op.method == "head":
            parts.append(
                "Return None, or a `Response` carrying the headers: a HEAD answer has no body."
            )
        parts.append(f"`{op.method.upper()} {op.target}` ({op.id})")
        described_args = [(a.name, a.doc) for a in args if a.doc]
        return docstring_text(parts, described_args, LINE_LENGTH - 8)

    def _body_doc(self, body: RequestBody, arg: Arg) -> str:
        """What a body argument is, where the spec says nothing about it."""
        if arg.source == "body":
            shown = _Names(self.types, self.aliases).render(body.type, Imports(), nullable=False)
            return f"The `{shown}` request body ({body.content_type})."
        if arg.handler_type.startswith("Dict"):
            return f"The request body's fields as sent ({body.content_type})."
        return f"The request body as sent ({body.content_type})."

    def _constraint_args(self, p: Parameter) -> list[str]:
        c = p.constraints
        kind = resolve_alias(p.type, self.types).kind
        out = []
        if kind == "str":
            if c.min_length is not None:
                out.append(f"min_length={c.min_length}")
            if c.max_length is not None:
                out.append(f"max_length={c.max_length}")
            if c.pattern is not None:  # checked when the app is built: see usable_pattern
                out.append(f"pattern=usable_pattern({py_string(c.pattern)})")
        elif kind in ("int", "float"):
            for key, value in (
                ("ge", c.minimum),
                ("le", c.maximum),
                ("gt", c.exclusive_minimum),
                ("lt", c.exclusive_maximum),
            ):
                if value is not None:
                    out.append(f"{key}={literal_text(value)}")
        elif kind == "array":
            if c.min_items is not None:
                out.append(f"min_length={c.min_items}")
            if c.max_items is not None:
                out.append(f"max_length={c.max_items}")
        return out

    def _alternatives(self, op: Operation) -> list[list[str]]:
        """The operation's requirements as scheme constants (the ones the server can read)."""
        out = []
        for requirement in op.requirements:
            if requirement and all(s in self.schemes for s in requirement):
                out.append([self.schemes[s][0] for s in requirement])
        return out

    def _credentials(self, op: Operation, a: HandlerArgument) -> Arg:
        alternatives = self._alternatives(op)
        kinds = {self.schemes[s][1].kind for r in op.requirements for s in r if s in self.schemes}
        what = " or ".join(
            w
            for w, k in (
                ("bearer token", {"bearer", "oauth2", "openIdConnect"}),
                ("API key", {"apiKey"}),
                ("`username:password`", {"basic"}),
            )
            if kinds & k
        )
        doc = f"The {what or 'credential'} the request was authorised with"
        if any(len(r) > 1 for r in alternatives):
            doc += " (of the first scheme where several are sent together)"
        args = ", ".join(c[0] if len(c) == 1 else "(" + ", ".join(c) + ")" for c in alternatives)
        if a.optional_credentials:
            route = f"Annotated[Optional[str], Depends(requires({args}, optional=True))]"
            return Arg(
                "credentials",
                "",
                "credentials",
                "Optional[str]",
                route,
                doc=doc + ", None without one.",
            )
        route = f"Annotated[str, Depends(requires({args}))]"
        return Arg("credentials", "", "credentials", "str", route, doc=doc + ".")

    # -- rendering --------------------------------------------------------------------

    def emit(self) -> dict[str, str]:
        files: dict[str, str] = {}
        render = self.renderer.render
        files["server/_runtime.py"] = render("server/_runtime.py.jinja", {"package": self.package})
        files["server/_bodies.py"] = render("server/_bodies.py.jinja", {})
        files["server/security.py"] = render(
            "server/security.py.jinja",
            {"schemes": [self._scheme_line(c, s) for c, s in self.schemes.values()]},
        )
        for plan in self.resources:
            files[f"server/handlers/{plan.module}.py"] = self._handler_module(plan)
            files[f"server/routers/{plan.module}.py"] = self._router_module(plan)
        files["server/handlers/__init__.py"] = render(
            "server/handlers_init.py.jinja",
            {
                "imports": [_import_line(f".{p.module}", [p.protocol]) for p in self.resources],
                "all_line": _all_line([p.protocol for p in self.resources]),
            },
        )
        files["server/routers/__init__.py"] = render("server/routers_init.py.jinja", {})
        files["server/app.py"] = render("server/app.py.jinja", self._app_context())
        exports = ["ApiError", "Handlers", "create_app", "request_id"]
        exports += [p.protocol for p in self.resources]
        files["server/__init__.py"] = render(
            "server/init.py.jinja",
            {
                "title": _docstring_words(self.api.title),
                "package": self.package,
                "handler_imports": [
                    _import_line(".handlers", sorted(p.protocol for p in self.resources))
                ]
                if self.resources
                else [],
                "all_line": _all_line(sorted(exports)),
            },
        )
        return files

    def _scheme_line(self, constant: str, s: SecurityScheme) -> str:
        kind = "bearer" if s.kind in ("bearer", "oauth2", "openIdConnect") else s.kind
        args = [py_string(s.name), py_string(kind)]
        if kind == "apiKey":
            args += [py_string(s.location or "header"), py_string(s.param_name or "")]
        if kind == "bearer" and s.auth_scheme != "Bearer":
            args.append(f"prefix={py_string(s.auth_scheme)}")
        return _call(f"{constant} = Scheme", args, 0)

    def _app_context(self) -> dict[str, object]:
        prefix = self.api.base_path
        taken = {"install", "include_routers", "routers", "dataclass", "Handlers", "create_app"}
        taken |= {"Any", "Optional", "FastAPI", "Dict", "Mapping"}
        taken |= {"BODIES", "BodyLimits", "BodyRule", "MAX_BODY_SIZE", "MAX_UPLOAD_SIZE"}
        taken |= {"limits", "max_body_size", "max_upload_size", "operation_limits"}
        taken |= {"HOST_PATHS", "OPERATION_HOSTS", "host_paths", "paths", "unknown", "own"}
        taken |= {"handlers", "app", "prefix", "settings", "annotations"} | {
            p.protocol for p in self.resources
        }
        routers = {
            p.module: p.module if p.module not in taken else f"{p.module}_routes"
            for p in self.resources
        }
        return {
            "title": py_string(self.api.title),
            "version": py_string(self.api.version or "0.1.0"),  # FastAPI needs one
            "prefix": py_string(prefix),
            "protocol_imports": [
                _import_line(".handlers", sorted(p.protocol for p in self.resources))
            ]
            if self.resources
            else [],
            "router_imports": [
                _import_line(
                    ".routers", [m if m == a else f"{m} as {a}" for m, a in sorted(routers.items())]
                )
            ]
            if self.resources
            else [],
            "routers_line": _list_line(
                "routers",
                [
                    f"{routers[p.module]}.build_router(handlers.{p.attribute})"
                    for p in self.resources
                ],
                quote=False,
                indent=1,
            ).lstrip()
            if self.resources
            else "",  # no operations: no routers to include
            "fields": [
                _statement(f"{p.attribute}: Optional[{p.protocol}] = None", 1)
                for p in self.resources
            ],
            "bodies": body_rules(self.api),
            "hosts": _dict_literal({h.name: h.path for h in self.api.hosts}),
            "operation_hosts": _dict_literal(
                {_route_id(op.id): op.host for op in self.api.operations if op.host is not None}
            ),
        }

    def _type_import_lines(self, type_ids: set[str], prefix: str) -> list[str]:
        lines = []
        for tid in sorted(type_ids, key=lambda i: self.types[i].name):
            t = self.types[tid]
            name = t.name
            alias = self.aliases.get(name)
            text = f"{name} as {alias}" if alias else name
            lines.append(_import_line(f"{prefix}{t.module}", [text]))
        return lines

    def _std_lines(self, imports: _ModuleImports) -> list[str]:
        lines = []
        if imports.datetime:
            lines.append(_import_line("datetime", sorted(imports.datetime)))
        if imports.typing:
            lines.append(_import_line("typing", sorted(imports.typing)))
        if imports.typing_extensions:
            lines.append(_import_line("typing_extensions", sorted(imports.typing_extensions)))
        return lines

    def _handler_module(self, plan: ResourcePlan) -> str:
        imports = _ModuleImports(typing={"Protocol"})
        methods = []
        for op in plan.ops:
            methods.append(self._protocol_method(op, imports, "        ...", "    "))
        third = []
        if imports.fastapi:
            third.append(_import_line("fastapi", sorted(imports.fastapi)))
        if imports.pydantic:
            third.append(_import_line("pydantic", sorted(imports.pydantic)))
        blocks = [
            self._std_lines(imports),
            third,
            self._type_import_lines(imports.types, "...types."),
        ]
        doc = docstring(
            f"The operations of `{plan.label}`: implement them in a class of your own "
            f"(see `{SCAFFOLD_MODULE}.py`)."
        )
        return self.renderer.render(
            "server/handlers.py.jinja",
            {
                "doc": doc,
                "import_blocks": [b for b in blocks if b],
                "all_line": _all_line([plan.protocol]),
                "protocol": plan.protocol,
                "protocol_doc": docstring(f"The operations of `{plan.label}`.", "    "),
                "methods": methods,
            },
        )

    def _protocol_method(self, op: OpPlan, imports: _ModuleImports, body: str, indent: str) -> str:
        """A method of the Protocol (or of the scaffold: same signature, other body)."""
        args = [a for a in op.args if a.source != "bodies"]
        self._absorb_types(op, imports, " ".join([a.handler_type for a in args] + [op.returns]))
        params = ["self", "*"] + [f"{a.name}: {a.handler_type}" for a in args] if args else ["self"]
        head = f"{indent}{'async ' if op.is_async else ''}def {op.method}"
        signature = _signature(head, params, op.returns)
        doc = docstring(op.doc, indent + "    ", keep_indent=True)
        lines = [signature]
        if doc:
            lines.append(f"{indent}    {doc}")
        lines.append(body)
        return "\n".join(lines)

    def _absorb_types(self, op: OpPlan, imports: _ModuleImports, text: str) -> None:
        """Imports of what `text` (annotations and expressions about `op`) names."""
        renderer = _Names(self.types, self.aliases)
        scratch = Imports()
        for p in op.op.parameters:
            renderer.render(p.type, scratch)
        for body in op.op.request_bodies:
            if body.kind == "json":
                renderer.render(body.type, scratch)
            elif body.type.kind == "named" and body.type.name in self.types:
                for f in self.types[body.type.name].fields:
                    if not f.read_only and f.name not in body.file_fields:
                        renderer.render(f.type, scratch)
            for part in body.parts:
                renderer.render(part.type, scratch)
        if op.response_type is not None:
            renderer.render(op.response_type, scratch)
        if op.op.streaming is not None:
            renderer.render(op.op.streaming.event_type, scratch)
        names = {
            tid: self.aliases.get(self.types[tid].name, self.types[tid].name)
            for tid in scratch.types
        }
        scratch.types = {tid for tid in scratch.types if _mentions(text, names[tid])}
        scratch.typing = {n for n in scratch.typing if _mentions(text, n)}
        scratch.typing_extensions = {n for n in scratch.typing_extensions if _mentions(text, n)}
        scratch.datetime = {n for n in scratch.datetime if _mentions(text, n)}
        scratch.pydantic = {n for n in scratch.pydantic if _mentions(text, n)}
        imports.absorb(scratch)
        for name in ("Annotated", "Optional", "Union", "List", "Dict", "Any", "AsyncIterator"):
            if f"{name}[" in text or (name == "Any" and _mentions(text, "Any")):
                imports.typing.add(name)
        if "UploadFile" in text:
            imports.fastapi.add("UploadFile")
        if _mentions(text, "Response"):  # models of that name are imported aliased
            imports.fastapi.add("Response")

    def _router_module(self, plan: ResourcePlan) -> str:
        imports = _ModuleImports(typing={"Any", "Optional"}, fastapi={"APIRouter"})
        runtime = {"Endpoint", "call"}
        fixed = any(op.route for op in plan.ops)
        if fixed:
            runtime |= {"DispatchedRoute", "dispatch"}
        constants = []
        routes = []
        schemes: set[str] = set()
        bodies = set()
        for op in plan.ops:
            constants.append(self._endpoint_constant(op))
            if op.route:
                constants.append(self._route_constant(op))
            accepted = next((a for a in op.args if a.source == "bodies"), None)
            if accepted is not None and accepted.value:
                constants.append(f"{op.bodies} = {accepted.value}")
                bodies.add(accepted.value)
                self._absorb_types(op, imports, accepted.value)
            route = self._route(op, imports, runtime, schemes)
            self._absorb_types(op, imports, route)
            routes.append(route)
        std = self._std_lines(imports)
        third = [_import_line("fastapi", sorted(imports.fastapi))]
        if imports.pydantic:
            third.append(_import_line("pydantic", sorted(imports.pydantic)))
        local = self._type_import_lines(imports.types, "...types.")
        readers = {"form_list"} & runtime
        if bodies:
            readers |= {"Accepted", "Part", "read_body"}
        if readers:
            local.append(_import_line(".._bodies", sorted(readers)))
        local.append(_import_line(".._runtime", sorted(runtime - readers)))
        local.append(_import_line(f"..handlers.{plan.module}", [plan.protocol]))
        if schemes:
            local.append(_import_line("..security", sorted(schemes)))
        doc = docstring(f"The routes of `{plan.label}`, calling its `{plan.protocol}`.")
        return self.renderer.render(
            "server/router.py.jinja",
            {
                "doc": doc,
                "import_blocks": [b for b in (std, third, local) if b],
                "constants": constants,
                "signature": _signature(
                    "def build_router", [f"handler: Optional[{plan.protocol}]"], "APIRouter"
                ),
                "router_line": _call(
                    "router = APIRouter",
                    [f"tags=[{py_string(plan.label)}]"]
                    + (["route_class=DispatchedRoute"] if fixed else []),
                    1,
                ),
                "routes": routes,
            },
        )

    def _endpoint_constant(self, op: OpPlan) -> str:
        args = [py_string(op.op.id), py_string(op.method)]
        if op.status_code != 200 or op.response != "json" or op.media_type or op.stream:
            args.append(str(op.status_code))
        if op.response != "json" or op.media_type or op.stream:
            args.append(py_string(op.response))
        if op.media_type:
            args.append(f"media_type={py_string(op.media_type)}")
        if op.stream:
            args.append(f"stream={py_string(op.stream)}")
        return _call(f"{op.constant} = Endpoint", args, 0)

    def _route_constant(self, op: OpPlan) -> str:
        """`_X_ROUTE = dispatch(order, doc_suffix, conditions...)`: where the op sits on its Route."""
        route = self.routes[op.op.id]
        args = [str(route.operations.index(op.op.id)), py_string(_key_suffix(op.op))]
        args += [_condition_text(c) for c in op.op.dispatch]
        return f"{op.route} = dispatch({', '.join(args)})"

    def _route(
        self, op: OpPlan, imports: _ModuleImports, runtime: set[str], schemes: set[str]
    ) -> str:
        # FastAPI names a model after the operation id (Body_<id>), and a type name may hold no NUL
        # an operation behind a Dispatch has a route under its whole key, for the OpenAPI document
        path = op.path + _key_suffix(op.op) if op.route else op.path
        deco = [py_string(path), f"operation_id={py_string(_route_id(op.op.id))}"]
        if op.response_model is not None:
            deco.append(f"response_model={op.response_model}")
        else:
            deco.append("response_model=None")
        deco.append(f"status_code={op.status_code}")
        if op.op.summary and "\n" not in op.op.summary:
            deco.append(f"summary={py_string(op.op.summary)}")
        if op.op.deprecated:
            deco.append("deprecated=True")
        if op.route:
            deco.append(f"openapi_extra={op.route}")
        if op.response_model is None and (op.stream or op.response in ("binary", "text")):
            imports.fastapi.add("Response")
            deco.append("response_class=Response")
        lines = [_call(f"@router.{op.op.method}", deco, 1)]
        params = []
        values = []
        for a in op.args:
            if a.route_type:
                params.append(
                    f"{a.name}: {a.route_type}" + (f" = {a.default}" if a.default else "")
                )
                for factory in (
                    "Path",
                    "Query",
                    "Header",
                    "Cookie",
                    "Body",
                    "File",
                    "Form",
                    "Depends",
                ):
                    if re.search(rf"(?<![\w.]){factory}\(", a.route_type):
                        imports.fastapi.add(factory)
                if "usable_pattern(" in a.route_type:
                    runtime.add("usable_pattern")
            if a.source == "credentials":
                runtime.add("requires")
                schemes.update(c for r in self._alternatives(op.op) for c in r)
            if a.source in ("query_object", "path_object", "text_object"):
                runtime.add(a.source)
            if a.source == "form_object":
                runtime.add("form_object")
            if a.source == "body_field":
                continue  # read with the others by `read_body`
            if a.source == "bodies":
                values.append(f"**(await read_body(request, {op.bodies}))")
                continue
            if a.source == "form_list":
                runtime.add("form_list")
            values.append(f"{a.name}={a.value or a.name}")
        if op.needs_request:
            imports.fastapi.add("Request")
            params.insert(0, "request: Request")
        # required arguments first: the route function takes keywords only
        required = [p for p in params if " = " not in p]
        optional = [p for p in params if " = " in p]
        params = ["*"] + required + optional if params else []
        lines.append(_signature(f"    async def {op.function}", params, "Any"))
        lines.append(_call("return await call", ["handler", op.constant] + values, 2))
        return "\n".join(lines)

    # -- scaffold ---------------------------------------------------------------------

    def scaffold(self) -> dict[str, str]:
        imports = _ModuleImports()
        classes = []
        for plan in self.resources:
            methods = []
            for op in plan.ops:
                methods.append(
                    self._protocol_method(op, imports, "        raise NotImplementedError", "    ")
                )
            classes.append(
                {
                    "name": plan.impl,
                    "doc": docstring(
                        f"The operations of `{plan.label}` (`{plan.protocol}`).", "    "
                    ),
                    "methods": methods,
                }
            )
        third = []
        if imports.fastapi:
            third.append(_import_line("fastapi", sorted(imports.fastapi)))
        if imports.pydantic:
            third.append(_import_line("pydantic", sorted(imports.pydantic)))
        local = [_import_line(f"{self.package}.server", ["Handlers", "create_app"])]
        local += self._type_import_lines(imports.types, f"{self.package}.types.")
        blocks = [self._std_lines(imports), third, local]
        handlers = _call(
            "handlers: Handlers = Handlers",
            [f"{p.attribute}={p.impl}()" for p in self.resources],
            0,
        )
        text = self.renderer.render(
            "server/impl.py.jinja",
            {
                "package": self.package,
                "title": _docstring_words(self.api.title),
                "module": SCAFFOLD_MODULE,
                "import_blocks": [b for b in blocks if b],
                "classes": classes,
                "handlers_line": handlers,
            },
        )
        return {f"{SCAFFOLD_MODULE}.py": text}


# -- request bodies --------------------------------------------------------------------------


def body_rules(api: Api) -> str:
    """`BODIES = {...}` of the app module: each operation's request body media types (the
    IR's, in its order), whether one is required, and its own size limit, by the
    operation id its route carries."""
    entries = []
    for op in api.operations:
        media = list(dict.fromkeys(media_type(b.content_type) for b in op.request_bodies))
        if not media:
            continue
        args = [tuple_literal([py_string(m) for m in media])]
        if any(b.required for b in op.request_bodies):
            args.append("required=True")
        if op.max_body is not None:
            args.append(f"max_size={op.max_body}")
        key = py_string(_route_id(op.id))
        entries.append(f"{key}: BodyRule({', '.join(args)})")
    return f"BODIES: Dict[str, BodyRule] = {{{', '.join(entries)}}}"


# -- code text ------------------------------------------------------------------------------


def _docstring_words(text: str) -> str:
    """Spec text for the middle of a one-line docstring or comment: one line, quotes escaped."""
    words = "".join(c if c.isprintable() else " " for c in " ".join(text.split()))
    return " ".join(words.split()).replace("\\", "\\\\").replace('"', '\\"')


def _key_suffix(op: Operation) -> str:
    """What the spec's path key adds to the path: `?beta=true`, `#refresh` (braces escaped,
    which FastAPI would read as placeholders)."""
    suffix = op.key[len(op.path) :] if op.key.startswith(op.path) else ""
    return suffix.replace("{", "%7B").replace("}", "%7D")


def _condition_text(c: Condition) -> str:
    """A dispatch condition as the runtime's `dispatch` takes it: (source, name, value)."""
    if isinstance(c.value, tuple):
        value = "[" + ", ".join(py_string(v) for v in c.value) + "]"
    else:
        value = literal_text(c.value)
    return f"({py_string(c.source)}, {py_string(c.name)}, {value})"


def _mentions(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w.]){word}(?!\w)", text) is not None


def _statement(line: str, indent: int) -> str:
    return "    " * indent + line


def _call(head: str, args: list[str], indent: int) -> str:
    return f"{'    ' * indent}{head}({', '.join(args)})"


def _signature(head: str, params: list[str], returns: str) -> str:
    return f"{head}({', '.join(params)}) -> {returns}:"


def _dict_literal(values: dict[str, str]) -> str:
    """`{"a": "b", ...}` of strings, sorted, for a constant (the formatter lays it out);
    "" when there are none."""
    items = ", ".join(f"{py_string(k)}: {py_string(v)}" for k, v in sorted(values.items()))
    return "{" + items + "}" if values else ""


def _route_id(op_id: str) -> str:
    """The operation id a route carries: a NUL, which no route name may hold, is U+FFFD (the
    body rules and the hosts' table key their entries by it)."""
    return op_id.replace(chr(0), chr(0xFFFD))


def _import_line(module: str, names: list[str]) -> str:
    return f"from {module} import {', '.join(names)}"


def _all_line(names: list[str]) -> str:
    return _list_line("__all__", names)


def _list_line(target: str, names: list[str], *, quote: bool = True, indent: int = 0) -> str:
    items = [py_string(n) for n in names] if quote else names
    return f"{'    ' * indent}{target} = [{', '.join(items)}]"


# -- entry points ----------------------------------------------------------------------------


def emit_server(api: Api, package: str, renderer: Renderer) -> dict[str, str]:
    """The generated server: {path relative to the package root: text}; regenerated every time."""
    return ServerEmitter(api, package, renderer).emit()


def scaffold_handlers(api: Api, package: str, renderer: Renderer) -> dict[str, str]:
    """The user's implementation module, {path relative to the package root: text}.

    Write it only when the file is missing: after that it belongs to the user.
    """
    return ServerEmitter(api, package, renderer).scaffold()
