"""The typed client: `_client.py`, the `resources/` tree and `api.md`, from the IR."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from generator.emit.docs import (
    argument_docs,
    docstring_text,
    method_docstring_text,
    operation_text,
    wrap_markdown,
)
from generator.emit.formatter import LINE_LENGTH
from generator.emit.models import docstring
from generator.emit.pytypes import Imports, TypeRenderer, py_string, tuple_literal
from generator.emit.render import Renderer, prune_unused_imports
from generator.emit.webhooks import Signing, api_md, client_files
from generator.ir import (
    Api,
    NamedType,
    Operation,
    Pagination,
    RequestBody,
    Resource,
    TypeRef,
    media_type,
)


@dataclass
class MethodContext:
    name: str
    doc: str | None
    deprecation: str | None  # the `typing_extensions.deprecated` decorator's argument
    http_method: str
    path_expr: str  # f-string or plain string literal
    params: list[str]  # signature lines after `self,` (already `name: T = default,`)
    positional: list[str]
    body_lines: list[str]  # `"wire": value,` entries
    query_lines: list[str]
    header_lines: list[str]
    file_lines: list[str]
    raw_body: str | None
    content_type: str | None
    body_kind: str | None
    returns: str  # sync return annotation
    async_returns: str
    cast_to: str
    page: str | None = None  # "SyncCursorPage[Item]"
    page_cls: str | None = None
    async_page_cls: str | None = None
    async_page: str | None = None
    item: str | None = None
    paging: str | None = None  # ListPage: the `paging` argument's literal
    list_body: str | None = None  # ListPage: the type the whole body is parsed as
    stream_param: str | None = None  # the stream flag's Python name
    stream_body_line: str = ""  # `"stream": stream,`
    stream_always: bool = False
    stream_cls: str | None = None
    async_stream_cls: str | None = None
    stream_mode: str = "data"
    fixed_header_lines: list[str] = field(default_factory=list)  # Content-Type, Accept
    async_cast_to: str = ""  # differs from cast_to for downloads (AsyncBinaryAPIResponse)
    return_cast: bool = False  # cast_to is a type expression: cast the result to the return type
    request_fn: str = (
        ""  # the resource's sender: `_get`, `_post`, ... or `_send` for the other methods
    )
    request_verb: str | None = None  # `_send`'s method argument: `"head"`
    security: str | None = None  # its security requirements, where they are not the API's
    scopes: str | None = None  # the scopes its fetched tokens are asked with, by scheme
    paging_in_body: bool = False  # its pages go on through its JSON body (a POST search)
    #: several request bodies: the call for each ({"media": literal, "m": context}), the last
    #: one sent when no other is picked; `pick_body`'s given arguments and choices
    variants: list[dict[str, Any]] = field(default_factory=list)
    selector: str | None = None  # the argument naming the body's media type
    pick_given: list[str] = field(default_factory=list)
    pick_choices: list[str] = field(default_factory=list)
    body_overloads: list[list[str]] = field(default_factory=list)  # params of each
    #: `make_request_options` arguments sending the idempotency key (generated when not given)
    idempotency_lines: list[str] = field(default_factory=list)


_MD_WIDTH = 100  # api.md's prose is wrapped as wide as this


def path_fstring(path: str, args: dict[str, str]) -> str:
    """The request path as a Python literal; each parameter goes through `path_param`.

    An f-string keeps double quotes (the formatter never moves quotes into its `path_param('...')`
    expressions), so its text escapes `"`; a path without parameters is a plain literal.
    """
    parts = re.split(r"\{([^{}]*)\}", path)
    if not any(part in args for part in parts[1::2]):
        return py_string(path)
    out = []
    for i, part in enumerate(parts):
        if i % 2 and part in args:
            out.append("{path_param('" + args[part] + "', " + args[part] + ")}")
        else:
            text = part if i % 2 == 0 else "{" + part + "}"
            out.append(py_string(text, quote='"')[1:-1].replace("{", "{{").replace("}", "}}"))
    return 'f"' + "".join(out) + '"'


def _encoded(name: str, t: TypeRef, explode: bool, style: str | None) -> str:
    """A query or form value, wrapped where the spec asks its array be written otherwise
    than as repeated keys: comma-joined (`explode: false`) or in the client's array format
    (`style: deepObject`)."""
    if t.kind == "array" and not explode:
        return f"comma_separated({name})"
    if t.kind == "array" and style == "deepObject":
        return f"deep_object({name})"
    return name


def _accept(op: Operation, kind: str) -> str | None:
    """The Accept header of a download: its media types (JSON is the client's default)."""
    if kind not in ("binary", "text"):
        return None
    types = [
        r.content_type
        for r in op.responses
        if r.status.startswith("2") and r.kind == kind and r.content_type
    ]
    return ", ".join(dict.fromkeys(types)) or "*/*"


def _declared_media_type(kind: str | None, content_type: str | None) -> str | None:
    """The Content-Type the method sets: its body's, where the client's JSON default is not it
    (`application/json-patch+json` is JSON too, and may be what tells an operation apart)."""
    if kind in ("form", "binary", "text"):
        return content_type
    if kind == "json" and content_type:
        media = media_type(content_type)
        return None if media == "application/json" else content_type
    return None


_BODY_SOURCES = frozenset({"body", "file", "raw_body", "content_type"})
_FILE_PARTS = frozenset({"file", "files", "indexed_files"})


def _names(names: list[str]) -> str:
    """A tuple of strings as Python text."""
    if len(names) == 1:
        return f"({py_string(names[0])},)"
    return "(" + ", ".join(py_string(n) for n in names) + ")"


def _body_lines(body: RequestBody, skip: str | None) -> tuple[list[str], list[str], str | None]:
    """(JSON or form fields, multipart parts, the argument sent whole) of one request body;
    `skip` is the stream flag, which the template adds itself."""
    fields: list[str] = []
    parts: list[str] = []
    whole = None
    for part in body.parts:
        if part.argument == skip:
            continue
        wire, arg = py_string(part.wire_name), part.argument
        if part.kind == "whole":
            whole = arg
        elif part.kind == "field" and body.kind == "form":
            fields.append(f"{wire}: {_encoded(arg, part.type, part.explode, part.style)},")
        elif part.kind == "field":
            fields.append(f"{wire}: {arg},")
        elif part.kind == "indexed_files":
            parts.append(f"**indexed_files({wire}, {arg}),")
        elif part.kind == "json":
            parts.append(f"{wire}: json_part({arg}),")
        elif part.kind == "text":
            parts.append(f"{wire}: typed_part({arg}, {py_string(part.content_type or '')}),")
        elif part.base64:
            parts.append(f"{wire}: base64_file({arg}),")
        else:
            parts.append(f"{wire}: {arg},")
    return fields, parts, whole


def _success(op: Operation) -> tuple[str, TypeRef | None]:
    """(kind, type) of the response the method returns."""
    r = op.success
    return (r.kind, r.type) if r is not None else ("empty", None)


#: Methods the runtime's clients send by name (`self._post(...)`), as openai-python's do.
_NAMED_SENDERS = frozenset({"get", "post", "put", "patch", "delete"})


def scopes_literal(scopes: dict[str, list[str]]) -> str:
    """`{"oauth": ("read", "write")}`: the scopes of fetched tokens, as the client's `Scopes`."""
    items = [
        f"{py_string(name)}: {tuple_literal([py_string(s) for s in v])}"
        for name, v in scopes.items()
    ]
    return "{" + ", ".join(items) + "}"


def security_literal(requirements: list[list[str]]) -> str:
    """`(("a", "b"), ("c",))`: requirements as the client's `Security` tuples."""
    return tuple_literal([tuple_literal([py_string(n) for n in r]) for r in requirements])


def _schemes_line(api: Api) -> str:
    """`SECURITY_SCHEMES = (Scheme(...), ...)`: the schemes the client's `_auth` runtime sends."""
    calls = []
    for s in api.security_schemes:
        if not s.arguments:
            continue
        kind = "basic" if s.kind == "basic" else "apiKey" if s.kind == "apiKey" else "bearer"
        args = [py_string(s.name), py_string(kind)]
        parts = ", ".join(f"{py_string(k)}: {py_string(v)}" for k, v in s.arguments.items())
        args.append("{" + parts + "}")
        if kind == "apiKey":
            args.append(f"location={py_string(s.location or 'header')}")
            args.append(f"param_name={py_string(s.param_name or '')}")
        if kind == "bearer" and s.auth_scheme != "Bearer":
            args.append(f"prefix={py_string(s.auth_scheme)}")
        if s.fetches_token and s.token_url is not None:
            args.append(f"token_url={py_string(s.token_url)}")
            if s.token_auth != "basic":
                args.append(f"token_auth={py_string(s.token_auth)}")
        calls.append("Scheme(" + ", ".join(args) + ")")
    tail = "," if len(calls) == 1 else ""
    return "SECURITY_SCHEMES = (" + ", ".join(calls) + tail + ")"  # laid out by the formatter


def credentials_note(api: Api) -> str:
    """Where `Client()` finds its credentials, for the READMEs: "the API key from X, "."""
    if not api.credentials:
        return ""
    if [c.name for c in api.credentials] == ["api_key"]:
        return f"the API key from {api.credentials[0].env}, "
    names = " and ".join(f"`{c.name}`" for c in api.credentials)
    variables = " and ".join(c.env for c in api.credentials)
    return f"{names} from {variables}, "


def _client_doc(api: Api) -> str:
    """The client's docstring: the API, and each credential argument with its variable."""
    args = [
        (c.name, f"{c.description} Default: the `{c.env}` environment variable.")
        for c in api.credentials
    ]
    return docstring_text([f"Client for {api.title}."], args, LINE_LENGTH - 4)


def _sender(method: str) -> tuple[str, str | None]:
    """The resource call that sends `method`: `_post`, or `_send` with the method named."""
    if method in _NAMED_SENDERS:
        return f"_{method}", None
    return "_send", py_string(method)


class ClientEmitter:
    def __init__(
        self,
        api: Api,
        renderer: Renderer,
        package: str,
        env_base_url: str,
        signing: Signing | None = None,
    ) -> None:
        self.api = api
        self.signing = signing or Signing()
        self.renderer = renderer
        self.package = package
        self.env_base_url = env_base_url
        self.types: dict[str, NamedType] = api.type_by_id()
        self.ops = {op.id: op for op in api.operations}
        self.resources = {r.path: r for r in api.resources}
        self._type_imports: set[tuple[str, str]] = set()

    def emit(self) -> dict[str, str]:
        files: dict[str, str] = {}
        for res in self.api.resources:
            rel = res.module.replace(".", "/") + ".py"
            files[rel] = self._resource_module(res)
        folders = {"resources"}
        for res in self.api.resources:
            parts = res.module.split(".")[:-1]
            for i in range(1, len(parts) + 1):
                folders.add("/".join(parts[:i]))
        for folder in sorted(folders):
            files[f"{folder}/__init__.py"] = self.renderer.render(
                "client/resources_init.py.jinja", {}
            )
        files.update(client_files(self.api, self.renderer, self.signing))
        files["_client.py"] = self._client_module()
        files["api.md"] = self._api_md()
        files["README.md"] = self.renderer.env.get_template("client/README.md.jinja").render(
            package=self.package,
            title=self.api.title,
            version=self.api.version,
            credentials=self.api.credentials,
            credentials_note=credentials_note(self.api),
            token_schemes=[s for s in self.api.security_schemes if s.fetches_token],
            env_base_url=self.env_base_url,
            hosts=self.api.hosts,
            variables=self.api.server_variables,
        )
        return files

    # -- resources ----------------------------------------------------------------------

    def _resource_module(self, res: Resource) -> str:
        imports = Imports()
        methods = [self._method(self.ops[op_id], imports) for op_id in res.operations]
        methods += [self._method(self.ops[op_id], imports, name) for name, op_id in res.aliases]
        up = "." * len(res.module.split("."))  # relative prefix to the package root
        children = []
        for child_path in res.children:
            child = self.resources[child_path]
            rel = child.module.split(".")
            mine = res.module.split(".")[:-1]
            module = "." + ".".join(rel[len(mine) :])
            children.append({"attr": child_path[-1], "cls": child.class_name, "module": module})
        type_imports = sorted(self._type_imports)
        self._type_imports = set()
        ctx = {
            "res": res,
            "methods": methods,
            "children": children,
            "up": up,
            "typing": sorted(imports.typing | {"Any"}),
            "typing_extensions": sorted(imports.typing_extensions),
            "pydantic": sorted(imports.pydantic),
            "datetime": sorted(imports.datetime),
            "type_import_lines": [f"from {up}types.{m} import {n}" for m, n in type_imports],
            "doc": docstring(f"Operations under `client.{'.'.join(res.path)}`.", "    "),
        }
        text = self.renderer.env.get_template("client/resource.py.jinja").render(**ctx)
        return prune_unused_imports(text)

    def _annotation(
        self, t: TypeRef, imports: Imports, flavour: str, *, annotated: bool = True
    ) -> str:
        """Annotation text; the named types it uses are noted for this module's imports."""
        renderer = TypeRenderer(self.types, flavour, annotated=annotated)  # type: ignore[arg-type]
        sub = Imports()
        text = renderer.render(t, sub)
        imports.typing |= sub.typing
        imports.typing_extensions |= sub.typing_extensions
        imports.datetime |= sub.datetime
        imports.runtime |= sub.runtime
        imports.pydantic |= sub.pydantic
        for tid in sub.types:
            named = self.types[tid]
            if flavour == "param" and named.param_module and named.param_name:
                self._type_imports.add((named.param_module, named.param_name))
            else:
                self._type_imports.add((named.module, named.name))
        return text

    def _method(self, op: Operation, imports: Imports, name: str | None = None) -> MethodContext:
        """One method of a resource: the operation's own, or another name for it (`name`)."""
        params: list[str] = []
        positional: list[str] = []
        body_lines: list[str] = []
        query_lines: list[str] = []
        header_lines: list[str] = []
        cookie_lines: list[str] = []
        file_lines: list[str] = []
        raw_body = None
        idempotency: list[str] = []
        path_args: dict[str, str] = {}
        stream_param = op.streaming.param if op.streaming else None
        # the stream flag's Python name is its body argument's (`stream2` beside a path parameter `stream`)
        stream_arg = next(
            (a for a in op.arguments if a.source == "body" and a.wire_name == stream_param), None
        )
        stream_name = stream_arg.py_name if stream_arg is not None else stream_param
        body_args = {a.py_name for a in op.arguments if a.source in _BODY_SOURCES}
        param_of: dict[str, int] = {}  # body argument -> its line in `params`
        for a in op.arguments:
            if a is stream_arg:
                continue
            ann = self._annotation(a.type, imports, "param")
            if a.positional:
                positional.append(f"        {a.py_name}: {ann},")
            if a.source == "path":
                path_args[a.wire_name] = a.py_name
                if not a.positional:
                    params.append(f"        {a.py_name}: {ann},")
                continue
            if a.idempotency:
                imports.typing.add("Union")
                params.append(f"        {a.py_name}: Union[str, NotGiven] = NOT_GIVEN,")
                idempotency = [
                    f"idempotency_key={a.py_name},",
                    f"idempotency_header={py_string(a.wire_name)},",
                ]
                continue
            if not a.positional:
                if a.py_name in body_args:
                    param_of[a.py_name] = len(params)
                params.append(self._param_line(a.py_name, ann, a.required, imports))
            if a.source == "query":
                query_lines.append(
                    f"{py_string(a.wire_name)}: {_encoded(a.py_name, a.type, a.explode, a.style)},"
                )
            elif a.source == "header":
                value = f"comma_separated({a.py_name})" if a.type.kind == "array" else a.py_name
                header_lines.append(f"{py_string(a.wire_name)}: {value},")
            elif a.source == "cookie":
                cookie_lines.append(f"{py_string(a.wire_name)}: {a.py_name}")
        skip = stream_arg.py_name if stream_arg is not None else None
        if len(op.request_bodies) == 1:
            body_lines, file_lines, raw_body = _body_lines(op.request_bodies[0], skip)
        if cookie_lines:
            header_lines.append(f'"Cookie": cookie_header({{{", ".join(cookie_lines)}}}),')
        path_literal = path_fstring(op.path, path_args)
        if op.host is not None:  # sent to a server of its own: the client knows its URL
            path_literal = f"self._client._url_on_host({py_string(op.host)}, {path_literal})"
        for k, v in op.fixed_query:
            query_lines.append(f"{py_string(k)}: {py_string(v)},")
        for p in op.parameters:  # the parameters whose one value every call sends
            if p.fixed is not None and p.location == "query":
                query_lines.append(f"{py_string(p.name)}: {py_string(p.fixed)},")
            elif p.fixed is not None and p.location == "header":
                header_lines.append(f"{py_string(p.name)}: {py_string(p.fixed)},")
        kind, rtype = _success(op)
        cast_to, returns = "_NoneType", "None"
        page = async_page = item = None
        cls = ""
        if kind == "json" and rtype is not None:
            # the method's type for checkers (the target of its `cast`) and what the response
            # is parsed as at run time: they differ only by a discriminated union's Annotated
            returns = self._annotation(rtype, imports, "model", annotated=False)
            parsed = self._annotation(rtype, imports, "model")
            model = (
                rtype.kind == "named"
                and self.types[rtype.name or ""].kind == "object"
                and not rtype.nullable
            )
            cast_to = parsed if model else f"cast(Any, {parsed})"
        elif kind == "binary":
            returns, cast_to = "BinaryAPIResponse", "BinaryAPIResponse"
        elif kind == "text":
            returns, cast_to = "str", "str"
        async_returns = "AsyncBinaryAPIResponse" if kind == "binary" else returns
        async_cast = async_returns
        paging = list_body = None
        if op.pagination is not None:
            item = self._annotation(op.pagination.item_type, imports, "model")
            cls = op.pagination.page_class
            page = f"Sync{cls}[{item}]"
            async_page = f"AsyncPaginator[{item}, Async{cls}[{item}]]"
            if cls == "ListPage":
                async_page = f"AsyncListPaginator[{item}]"
                paging = paging_literal(op.pagination)
                list_body = "None" if not op.pagination.items else cast_to
            returns = page
            async_returns = async_page
        ctx = MethodContext(
            name=name or op.py_name,
            doc=docstring(method_docstring_text(op, LINE_LENGTH - 8), "        ", keep_indent=True),
            deprecation=py_string(op.deprecation or _deprecated_call(op))
            if op.deprecated
            else None,
            http_method=op.method,
            path_expr=path_literal,
            params=params,
            positional=positional,
            body_lines=body_lines,
            query_lines=query_lines,
            header_lines=header_lines,
            file_lines=file_lines,
            raw_body=raw_body,
            content_type=_declared_media_type(op.body_kind, op.body_content_type),
            body_kind=op.body_kind,
            returns=returns,
            async_returns=async_returns,
            cast_to=cast_to if kind != "binary" else "BinaryAPIResponse",
            page=page,
            async_page=async_page,
            paging_in_body=op.pagination is not None and op.pagination.cursor_in == "body",
            page_cls=f"Sync{cls}" if op.pagination else None,
            async_page_cls=f"Async{cls}" if op.pagination else None,
            item=item,
            paging=paging,
            list_body=list_body,
        )
        ctx.request_fn, ctx.request_verb = _sender(op.method)
        if op.requirements != self.api.requirements:
            ctx.security = security_literal(op.requirements)
        ctx.scopes = self._scopes_literal(op)
        ctx.idempotency_lines = idempotency
        ctx.return_cast = ctx.cast_to.startswith("cast(") and op.streaming is None
        if ctx.content_type or op.body_kind == "multipart":
            ctx.fixed_header_lines.append(
                f'"Content-Type": {py_string(ctx.content_type or "multipart/form-data")},'
            )
        accept = op.accept or _accept(op, kind)
        if accept:
            ctx.fixed_header_lines.append(f'"Accept": {py_string(accept)},')

        ctx.async_cast_to = async_cast if kind == "binary" else ctx.cast_to
        if op.streaming is not None:
            event = self._annotation(op.streaming.event_type, imports, "model")
            ctx.stream_cls = f"Stream[{event}]"
            ctx.async_stream_cls = f"AsyncStream[{event}]"
            ctx.stream_mode = op.streaming.mode
            ctx.stream_param = stream_name
            ctx.stream_always = stream_param is None
            if stream_param is not None:
                ctx.stream_body_line = f"{py_string(stream_param)}: {stream_name},"
            if ctx.stream_always:
                ctx.returns = ctx.stream_cls
                ctx.async_returns = ctx.async_stream_cls
            else:
                imports.typing.add("Literal")  # the overloads' `stream: Literal[True]`
        if len(op.request_bodies) > 1:
            self._variants(op, ctx, skip, accept, imports, param_of)
        return ctx

    def _scopes_literal(self, op: Operation) -> str | None:
        """The scopes the operation's fetched tokens are asked with, if it names any."""
        fetched = {s.name for s in self.api.security_schemes if s.fetches_token}
        scopes = {name: v for name, v in op.scopes.items() if name in fetched}
        return scopes_literal(scopes) if scopes else None

    @staticmethod
    def _param_line(name: str, ann: str, required: bool, imports: Imports) -> str:
        if required:
            return f"        {name}: {ann},"
        imports.typing.add("Union")
        return f"        {name}: Union[{ann}, NotGiven] = NOT_GIVEN,"

    def _variants(
        self,
        op: Operation,
        ctx: MethodContext,
        skip: str | None,
        accept: str | None,
        imports: Imports,
        param_of: dict[str, int],
    ) -> None:
        """An operation with several request bodies: the call picks one (`pick_body`) and
        sends it; where the bodies take different arguments, one `@overload` for each."""
        selector = op.body_selector or "content_type"
        ctx.selector = selector
        takes = [a.py_name for a in op.arguments if a.source in ("body", "file", "raw_body")]
        ctx.pick_given = [f"{py_string(n)}: {n}," for n in takes]
        groups: dict[tuple[str, ...], list[str]] = {}
        for body in op.request_bodies:
            parts = {p.argument: p for p in body.parts}
            ctx.pick_choices.append(
                f"({py_string(body.content_type)}, {_names([p.argument for p in body.parts])}, "
                f"{_names([p.argument for p in body.parts if p.required])}, "
                f"{_names([p.argument for p in body.parts if p.kind in _FILE_PARTS])}),"
            )
            fields, files, whole = _body_lines(body, skip)
            media = _declared_media_type(body.kind, body.content_type)
            if body.kind == "multipart":
                media = "multipart/form-data"
            headers = [f'"Content-Type": {py_string(media)},'] if media else []
            if accept:
                headers.append(f'"Accept": {py_string(accept)},')
            variant = dataclasses.replace(
                ctx,
                body_lines=fields,
                file_lines=files,
                raw_body=whole,
                body_kind=body.kind,
                fixed_header_lines=headers,
                variants=[],
            )
            ctx.variants.append({"media": py_string(body.content_type), "m": variant})
            lines = list(ctx.params)
            for name, index in param_of.items():
                part = parts.get(name)
                if name == selector or part is None:
                    lines[index] = ""
                else:
                    ann = self._annotation(part.type, imports, "param")
                    lines[index] = self._param_line(name, ann, part.required, imports)
            groups.setdefault(tuple(lines), []).append(body.content_type)
        if len(groups) > 1:
            imports.typing.add("Literal")
            for key, medias in groups.items():
                literal = "Literal[" + ", ".join(py_string(m) for m in medias) + "]"
                narrowed = list(key)
                narrowed[param_of[selector]] = self._param_line(selector, literal, False, imports)
                ctx.body_overloads.append([line for line in narrowed if line])

    # -- client --------------------------------------------------------------------------

    def _client_module(self) -> str:
        top = [r for r in self.api.resources if len(r.path) == 1]
        ctx = {
            "title": self.api.title,
            "doc": docstring(_client_doc(self.api), "    ", keep_indent=True),
            "env_base_url": self.env_base_url,
            "default_base_url": py_string(
                self.api.servers[0] if self.api.servers else "http://localhost"
            ),
            "credentials": self.api.credentials,
            "schemes_line": _schemes_line(self.api),
            "default_security": security_literal(self.api.requirements),
            "resources": [
                {"attr": r.path[0], "cls": r.class_name, "module": r.module} for r in top
            ],
            "webhooks": bool(self.api.webhooks),
            "env_webhook_secret": self.signing.env_secret,
            "hosts": [{"name": h.name, "url_literal": py_string(h.url)} for h in self.api.hosts],
            "variables": [
                {
                    "name_literal": py_string(v.name),
                    "py_name": v.py_name,
                    "default_literal": py_string(v.default),
                    "enum_literals": [py_string(e) for e in v.enum],
                }
                for v in self.api.server_variables
            ],
        }
        return prune_unused_imports(
            self.renderer.env.get_template("client/_client.py.jinja").render(**ctx)
        )

    def _api_md(self) -> str:
        """Every method with its arguments (param types) and what it returns."""
        params = TypeRenderer(self.types, "param")
        models = TypeRenderer(self.types, "model")
        lines = [f"# {self.api.title}: Python API", ""]
        for res in self.api.resources:
            if not res.operations:
                continue
            lines += [f"## `client.{'.'.join(res.path)}`", ""]
            for name, op_id in [(self.ops[o].py_name, o) for o in res.operations] + res.aliases:
                op = self.ops[op_id]
                kind, rtype = _success(op)
                ret = {"binary": "BinaryAPIResponse", "text": "str"}.get(kind, "None")
                if rtype is not None and kind == "json":
                    ret = models.render(rtype, Imports())
                if op.pagination is not None:
                    page = f"Sync{op.pagination.page_class}"
                    ret = f"{page}[{models.render(op.pagination.item_type, Imports())}]"
                if op.streaming is not None:
                    event = models.render(op.streaming.event_type, Imports())
                    ret = (
                        f"Stream[{event}]"
                        if op.streaming.param is None
                        else f"{ret} | Stream[{event}]"
                    )
                lines.append(f"### `client.{'.'.join(res.path)}.{name}(...) -> {ret}`")
                lines.append("")
                lines.append(f"`{op.method.upper()} {op.target}`")
                lines.append("")
                if op.method == "head":
                    lines.append(
                        "A HEAD answer has no body: read its status and headers through `with_raw_response`."
                    )
                    lines.append("")
                for part in operation_text(op):
                    lines += [*wrap_markdown(part, _MD_WIDTH), ""]
                texts = dict(argument_docs(op))
                for arg in op.arguments:
                    optional = "" if arg.required else " (optional)"
                    head = f"- `{arg.py_name}: {params.render(arg.type, Imports())}`{optional}"
                    text = texts.get(arg.py_name)
                    if text is None:
                        lines.append(head)
                        continue
                    lines.append(head + ":")  # the text goes on in the list item, below
                    lines += [
                        ("  " + line) if line else "" for line in wrap_markdown(text, _MD_WIDTH - 2)
                    ]
                lines.append("")
        lines += api_md(self.api)
        return "\n".join(lines).rstrip() + "\n"


def paging_literal(p: Pagination) -> str:
    """The `paging` argument of a list call: what the runtime's pages read (see `ir.Pagination`)."""
    entries: list[tuple[str, object]] = [("items", list(p.items))]
    for key in ("next_url", "next_token", "has_more", "total", "total_pages"):
        value = getattr(p, key)
        if value is not None:
            entries.append((key, list(value)))
    if p.cursor_param is not None:
        entries.append(("cursor_param", p.cursor_param))
    if p.link:
        entries.append(("link", True))
    if p.item_cursor:
        entries.append(("item_cursor", True))
    for key in ("offset_param", "limit_param", "page_param", "size_param"):
        value = getattr(p, key)
        if value is not None:
            entries.append((key, value))
    if p.page_param is not None:
        entries.append(("first_page", p.first_page))
    if p.cursor_in == "body":
        entries.append(("cursor_in", "body"))
    return "{" + ", ".join(f"{py_string(k)}: {_literal(v)}" for k, v in entries) + "}"


def _literal(value: object) -> str:
    if isinstance(value, str):
        return py_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    return repr(value)


def _deprecated_call(op: Operation) -> str:
    """What the `deprecated` decorator says when the spec gives no reason."""
    return f"client.{'.'.join((*op.resource, op.py_name))}() is deprecated."
