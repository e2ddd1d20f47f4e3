"""The client's call tree and each method's arguments, decided once for every emitter."""

from __future__ import annotations

from collections.abc import Callable

from generator import naming
from generator.errors import Problem
from generator.ir import Api, Argument, NamedType, Operation, Resource, TypeRef
from generator.normalize.bodies import body_arguments
from generator.normalize.naming_file import OperationNaming
from generator.normalize.webhooks import CLIENT_ATTRIBUTE, CLIENT_CLASSES

#: Keyword arguments every generated method has; spec names that clash get a `_`.
RESERVED_ARGUMENTS = frozenset(
    {
        "self", "extra_headers", "extra_query", "extra_body", "timeout",
        # names the method bodies use at run time
        "cast", "strip_not_given", "make_request_options", "path_param", "warnings", "Any",
        "Headers", "NOT_GIVEN", "NotGiven", "Stream", "AsyncStream", "True", "False", "None",
        "comma_separated", "cookie_header", "overload", "cached_property", "_NoneType",
        "_media", "pick_body", "indexed_files", "json_part", "typed_part", "base64_file",
        "deep_object",
    }
)  # fmt: skip


#: Names a resource module imports from the runtime, typing and pydantic (templates/client/resource.py.jinja).
_RESOURCE_MODULE_NAMES = frozenset(
    {
        "AsyncAPIResource", "AsyncPaginator", "SyncAPIResource", "APIResponse", "AsyncAPIResponse",
        "AsyncBinaryAPIResponse", "BinaryAPIResponse", "AsyncStream", "Stream", "Body", "FileTypes",
        "Headers", "NotGiven", "Query", "Timeout", "AsyncCursorPage", "AsyncPage", "SyncCursorPage",
        "SyncPage", "SyncListPage", "AsyncListPaginator", "Any", "Dict", "Iterable", "List", "Literal", "Mapping", "Optional", "Union",
        "Annotated", "Field",
    }
)  # fmt: skip

#: Names _client.py defines or imports beside the top-level resources' classes.
_CLIENT_MODULE_NAMES = frozenset(
    {
        "Client",
        "AsyncClient",
        "SyncAPIClient",
        "AsyncAPIClient",
        "ClientError",
        "NotGiven",
        "Timeout",
    }
)


def _variants(base: str) -> tuple[str, str, str, str]:
    """The classes of one resource: sync, async and their raw-response wrappers."""
    return (base, "Async" + base, base + "WithRawResponse", "Async" + base + "WithRawResponse")


def build_arguments(
    op: Operation,
    types: dict[str, NamedType],
    entry: OperationNaming | None = None,
    defaults: OperationNaming | None = None,
    problems: list[Problem] | None = None,
) -> None:
    """The method's arguments: path params, body fields, query, header and cookie params.

    By convention only the last path parameter is positional, as in the official SDKs
    (`files.retrieve("file-abc", vector_store_id="vs_abc")`): a path gaining a parameter
    does not shift the others. The naming file may rename arguments (by wire name) and list
    the positional ones instead (by the method's names, as an SDK's reference shows them).
    """
    renames = dict(defaults.params if defaults else ())
    renames.update(entry.params if entry else ())
    reserved = set(RESERVED_ARGUMENTS) | _RESOURCE_MODULE_NAMES | {t.name for t in types.values()}
    reserved |= {t.param_name for t in types.values() if t.param_name}
    taken: dict[str, str] = {}  # argument name -> where its value goes
    headers = {k.lower(): v for k, v in renames.items()}  # header names are case-insensitive

    def claim(wire: str, location: str, preferred: str | None = None) -> str:
        """The argument's name: its wire name in snake_case (`PageSize` -> `page_size`). A name
        the method body uses gets a `_` (`timeout_`, `import_`); one another argument already
        has says where this one goes (`body_id` beside a path's `id`), else keeps the wire
        name's own spelling (`fooBar` beside `foo_bar`); a number only when nothing else does."""
        renamed = headers.get(wire.lower()) if location == "header" else renames.get(wire)
        if location == "raw_body":
            renamed = None  # a body sent whole has no wire name a naming file could give
        place = "body" if location in ("file", "raw_body") else location
        given = renamed or preferred or wire
        base = naming.argument_name(given)
        name = base
        while name in reserved:
            name += "_"
        if name in taken:
            options = [] if taken[name] == place else [naming.argument_name(f"{place}_{base}")]
            if given.isidentifier() and given.isascii():
                options.append(given)
            options += [f"{base}_{n}" for n in range(2, len(taken) + 3)]
            name = next(o for o in options if o not in taken and o not in reserved)
        taken[name] = place
        return name

    args: list[Argument] = []
    for p in op.parameters:
        if p.location == "path":
            args.append(
                Argument(
                    claim(p.name, "path", p.sdk_name),
                    p.name,
                    "path",
                    p.type,
                    True,
                    p.description,
                    p.deprecated,
                )
            )
    args.extend(body_arguments(op, types, claim, lambda name: claim(name, "raw_body")))
    for p in op.parameters:
        if p.location != "path" and p.fixed is None:  # a fixed one is sent by every call
            args.append(
                Argument(
                    claim(p.name, p.location, p.sdk_name),
                    p.name,
                    p.location,
                    p.type,
                    p.required,
                    p.description,
                    p.deprecated,
                    explode=p.explode or p.type.kind != "array" or p.style != "form",
                    style=p.style if p.location == "query" else None,
                )
            )
    if op.idempotency_header is not None:
        _idempotency_argument(op, args, claim)
    op.arguments = _positional_first(op, args, entry, problems)


def _idempotency_argument(op: Operation, args: list[Argument], claim: Callable[..., str]) -> None:
    """The idempotency key: the declared header parameter's argument, else one of its own.
    Optional either way: a call without one sends a generated key (the same on each retry)."""
    header = (op.idempotency_header or "").lower()
    for a in args:
        if a.source == "header" and a.wire_name.lower() == header:
            a.idempotency, a.required = True, False
            return
    args.append(
        Argument(
            claim("idempotency_key", "body"),
            op.idempotency_header or "",
            "header",
            TypeRef("str"),
            False,
            "A key that makes retrying this request safe: the server applies it once. A new "
            "one is generated for each call that does not give one, and sent on its retries.",
            idempotency=True,
        )
    )


def _positional_first(
    op: Operation,
    args: list[Argument],
    entry: OperationNaming | None,
    problems: list[Problem] | None,
) -> list[Argument]:
    """Mark the positional arguments and put them first, in their order."""
    path_args = [a for a in args if a.source == "path"]
    chosen: list[Argument] = path_args[-1:]
    if entry is not None and entry.positional is not None:
        # the names are the method's: a wire name counts only where no argument is called so
        # (path `class` is `class_`, before a body field whose wire name is `class_`)
        by_name: dict[str, Argument] = {}
        for arg in args:
            if arg.wire_name:
                by_name.setdefault(arg.wire_name, arg)
        by_name.update({arg.py_name: arg for arg in args})
        wanted = [by_name.get(n) for n in entry.positional]
        bad = [
            n for n, a in zip(entry.positional, wanted, strict=False) if a is None or not a.required
        ]
        if bad and problems is not None and entry.where is not None:
            problems.append(
                Problem(
                    f"naming file: {op.id}: positional {', '.join(map(repr, bad))} is not a required argument "
                    "of this operation; the convention applies",
                    entry.where,
                )
            )
        if not bad:
            chosen = []
            for a in wanted:
                if a is not None and all(a is not c for c in chosen):
                    chosen.append(a)
    for a in chosen:
        a.positional = True
    # the other path parameters come first among the keyword-only arguments, as in the path
    rest = [a for a in path_args if not a.positional] + [
        a for a in args if a.source != "path" and not a.positional
    ]
    return chosen + rest


def build_resources(api: Api) -> list[Resource]:
    """One node per call-path prefix; modules laid out like openai-python's `resources/`."""
    nodes: dict[tuple[str, ...], Resource] = {}

    def node(path: tuple[str, ...]) -> Resource:
        if path not in nodes:
            nodes[path] = Resource(path=path, class_name="", module="")
            if len(path) > 1:
                parent = node(path[:-1])
                if path not in parent.children:
                    parent.children.append(path)
        return nodes[path]

    for op in api.operations:
        if not op.resource:
            op.resource = ("root",)
        node(op.resource).operations.append(op.id)
        for resource, name in op.aliases:
            node(resource).aliases.append((name, op.id))
    type_names = {t.name for t in api.types} | {t.param_name for t in api.types if t.param_name}
    # names inside each folder of resources/: a resource with children is a folder holding its
    # own module, so `/users/users/{id}` needs the child renamed (`users/users2.py`)
    in_folder: dict[tuple[str, ...], naming.NameRegistry] = {}
    if api.webhooks:  # resources/webhooks.py holds the client's webhook helper
        in_folder[()] = naming.NameRegistry({"__init__", CLIENT_ATTRIBUTE})
    stems: dict[tuple[str, ...], str] = {}

    def stem(path: tuple[str, ...]) -> str:
        """The file or folder name of resource `path` inside its parent's folder."""
        if path not in stems:
            names = in_folder.setdefault(path[:-1], naming.NameRegistry({"__init__"}))
            stems[path] = names.claim(naming.file_stem(path[-1]))
        return stems[path]

    # class names that meet in one module: a resource's module defines its four classes and
    # imports those of its children and the runtime's names; _client.py, the top-level ones
    in_module: dict[tuple[str, ...], set[str]] = {(): set(_CLIENT_MODULE_NAMES)}
    if api.webhooks:
        in_module[()].update(CLIENT_CLASSES)

    def clashes(base: str, scope: set[str]) -> bool:
        return any(
            v in type_names or v in scope or v in _RESOURCE_MODULE_NAMES for v in _variants(base)
        )

    for path in sorted(nodes):
        res = nodes[path]
        base = naming.class_name(path[-1])
        if len(path) > 1 and base == nodes[path[:-1]].class_name:
            base = naming.class_name("_".join(path[-2:]))
        scope = in_module.setdefault(path[:-1], set())
        if clashes(base, scope):
            base += "Resource"
        candidate, n = base, 2
        while clashes(candidate, scope):
            candidate, n = f"{base}{n}", n + 1
        base = candidate
        scope.update(_variants(base))
        in_module.setdefault(path, set()).update(_variants(base))
        res.class_name = base
        folders = [stem(path[: i + 1]) for i in range(len(path) - 1)]
        if res.children:
            folders.append(stem(path))
            own = in_folder.setdefault(path, naming.NameRegistry({"__init__"})).claim(stems[path])
        else:
            own = stem(path)
        res.module = ".".join(["resources", *folders, own])
        res.children.sort()
    return [nodes[p] for p in sorted(nodes)]
