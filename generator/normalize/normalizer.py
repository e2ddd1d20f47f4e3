"""Loaded spec -> IR (`ir.Api`). The one place where names and types are decided."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from generator import naming
from generator.errors import Location, Problem, ordered
from generator.ir import Api, NamedType, TypeRef
from generator.load.loader import Spec
from generator.normalize import pagination
from generator.normalize.call_paths import assign_call_paths
from generator.normalize.naming_file import DEFAULTS_KEY, NamingEntry, OperationNaming, entry_of
from generator.normalize.operations import OperationBuilder
from generator.normalize.prose import make_links_absolute
from generator.normalize.resources import build_arguments, build_resources
from generator.normalize.routes import build_routes
from generator.normalize.schemas import DEFAULT_ALIAS_THRESHOLD, SchemaConverter
from generator.normalize.security import AuthConfig, build_security
from generator.normalize.server_signatures import build_server
from generator.normalize.servers import ServerBuilder, keep_apart_from_credentials
from generator.normalize.webhooks import WebhookBuilder, free_client_attribute
from generator.normalize.wire import RequestSettings, apply_request_settings


def normalize(
    spec: Spec,
    *,
    naming_overrides: Mapping[str, NamingEntry] | None = None,
    streaming_overrides: Mapping[str, Mapping[str, Any]] | None = None,
    pagination_overrides: Mapping[str, Any] | None = None,
    problems: list[Problem] | None = None,
    docs_base_url: str | None = None,
    alias_threshold: int = DEFAULT_ALIAS_THRESHOLD,
    env_prefix: str | None = None,
    auth: AuthConfig | None = None,
    requests: RequestSettings | None = None,
) -> Api:
    """Build the IR. Lint findings are appended to `problems` (and listed in `Api.warnings`).

    `docs_base_url` (`https://platform.openai.com`) makes the descriptions' root-relative
    links absolute; an inline enum of more than `alias_threshold` values (0: none) becomes a
    named alias. `env_prefix` (`OPENAI`) starts the credentials' environment variables (default:
    from the title) and `auth` is the target's auth config (see `security`). `requests` holds
    the target's settings for what requests carry (array format, idempotency header, request-id
    headers)."""
    found: list[Problem] = [] if problems is None else problems
    found.extend(spec.warnings)  # documentation refs that do not resolve
    root = spec.root
    info = root.get("info") if isinstance(root.get("info"), dict) else {}
    entries = {k: entry_of(v) for k, v in (naming_overrides or {}).items()}
    defaults = entries.get(DEFAULTS_KEY)
    renames = {tid: (cls, where) for tid, cls, where in (defaults.types if defaults else ())}
    schemas = SchemaConverter(spec, found, alias_threshold, renames)
    schemas.add_components()
    declared, rules = _pagination_declarations(pagination_overrides or {}, entries, found)
    builder = OperationBuilder(spec, schemas, found, streaming_overrides, declared, rules)
    operations = builder.build_all()
    hooks = WebhookBuilder(spec, schemas, builder, found)
    schemas.finish()  # the types of operations' schemas queued too deep to build at once
    calls = {k: v for k, v in entries.items() if k != DEFAULTS_KEY}
    assign_call_paths(operations, builder.item_paths, calls, schemas.types, found)
    api = Api(
        title=str(info.get("title") or "API"),
        version=str(info.get("version") or ""),
        openapi=spec.version,
        description=info.get("description") if isinstance(info.get("description"), str) else None,
        servers=builder.servers,
        security=_default_security(root.get("security")),
        operations=operations,
    )
    hosts = ServerBuilder(spec, found)
    hosts.build(api.servers[0] if api.servers else None, operations, builder.server_nodes)
    api.hosts = sorted(hosts.hosts.values(), key=lambda h: h.name)
    api.base_path = hosts.base_path
    api.server_variables = list(hosts.variables.values())
    apply_request_settings(api, requests)
    hooks.build(api)  # after the operations: their inline types keep their names
    build_security(spec, api, builder.nodes, found, prefix=env_prefix, config=auth)
    keep_apart_from_credentials(api)  # server variables are constructor arguments too
    schemas.unknown_renames()
    free_client_attribute(api)
    types = schemas.types
    _unshadow_fields(types)
    _mark_usage(api, types)
    for t in sorted(types.values(), key=lambda t: t.name):
        if t.used_in_request:
            t.param_name = schemas.class_names.claim(t.name + "Param")
            t.param_module = schemas.module_names.claim(t.module + "_param")
    api.types = sorted(types.values(), key=lambda t: t.name)
    for op in api.operations:
        build_arguments(op, types, entries.get(op.id), defaults, found)
    api.resources = build_resources(api)
    make_links_absolute(api, docs_base_url)

    def warn_at(message: str, op_id: str) -> None:
        node = builder.nodes[op_id]
        found.append(Problem(message, spec.locate(node.doc, node.pointer)))

    api.routes = build_routes(api.operations, types, warn_at)
    build_server(api)
    api.warnings = list(dict.fromkeys(str(p) for p in ordered(found)))
    return api


def _pagination_declarations(
    config: Mapping[str, Any], entries: Mapping[str, OperationNaming], found: list[Problem]
) -> tuple[dict[str, Any], list[pagination.Rule]]:
    """The target config's and the naming file's paging declarations, as one set: per
    operation (the config's over the naming file's) and rules for operations of a shape (the
    config's first)."""
    declared = {k: v for k, v in config.items() if k != pagination.RULES_KEY}
    rules = [pagination.Rule(r) for r in config.get(pagination.RULES_KEY, ())]
    for op_id, entry in entries.items():
        rules += entry.pagination_rules
        if entry.pagination is None:
            continue
        if op_id in declared and declared[op_id] != entry.pagination:
            message = (
                f"pagination of {op_id} is declared in the target's config and in the naming "
                "file; the config's is used"
            )
            found.append(Problem(message, entry.where or Location("naming file")))
            continue
        declared[op_id] = entry.pagination
    return declared, rules


def _default_security(security: Any) -> list[str]:
    names: list[str] = []
    for req in security or []:
        if isinstance(req, dict):
            names.extend(n for n in req if n not in names)
    return names


def iter_type_refs(t: TypeRef | None) -> Iterator[TypeRef]:
    """Every TypeRef inside `t`, itself included."""
    if t is None:
        return
    stack = [t]
    while stack:
        cur = stack.pop()
        yield cur
        if cur.item is not None:
            stack.append(cur.item)
        stack.extend(cur.members)


def named_dependencies(t: NamedType) -> set[str]:
    """Ids of the named types a named type refers to directly."""
    out: set[str] = set()
    roots = [f.type for f in t.fields] + [t.additional, t.alias_of]
    for root in roots:
        for ref in iter_type_refs(root):
            if ref.kind == "named" and ref.name:
                out.add(ref.name)
    return out


def _unshadow_fields(types: dict[str, NamedType]) -> None:
    """A field named like a class its model's annotations use (`Tags: Optional[Tags] = None`,
    common in PascalCase APIs) would be read as its own default when pydantic
    evaluates them: such a field gets another Python name (the wire name stays its alias)."""
    for t in types.values():
        if t.kind != "object":
            continue
        used = {types[r].name for r in named_dependencies(t) if r in types}
        clashing = [f for f in t.fields if f.py_name in used]
        if clashing:
            names = naming.NameRegistry({f.py_name for f in t.fields} | used)
            for f in clashing:
                f.py_name = names.claim(f.py_name + "_")


def _mark_usage(api: Api, types: dict[str, NamedType]) -> None:
    def walk(starts: list[TypeRef | None], attr: str) -> None:
        stack = [r.name for s in starts for r in iter_type_refs(s) if r.kind == "named" and r.name]
        while stack:
            tid = stack.pop()
            t = types.get(tid)
            if t is None or getattr(t, attr):
                continue
            setattr(t, attr, True)
            stack.extend(named_dependencies(t))

    requests: list[TypeRef | None] = []
    responses: list[TypeRef | None] = []
    for op in api.operations:
        requests.extend(p.type for p in op.parameters)
        requests.extend(b.type for b in op.request_bodies)
        responses.extend(r.type for r in op.responses)
        if op.streaming is not None:
            responses.append(op.streaming.event_type)
    for hook in [*api.webhooks, *api.callbacks]:  # received by the client's users, like responses
        if hook.payload is not None:
            responses.append(hook.payload.type)
    if api.webhook_event is not None:
        responses.append(TypeRef("named", name=api.webhook_event))
    walk(requests, "used_in_request")
    walk(responses, "used_in_response")
