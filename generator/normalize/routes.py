"""The server's routes: operations that meet on one method and wire path, and what tells them apart.

Path keys can differ only by a fixed query (`/responses` and `/responses?beta=true`) or by a
fragment, which never reaches the wire (`/oauth2/token` and `/oauth2/token#refresh`). A server
can have one route per method and path, so such operations share a `Route` that picks the
operation for each request: by its fixed query, else by what else differs in every request
(the media type of the body, a parameter or body field with a constant value). Where nothing
does, the route answers with one of them and a warning names the ones it cannot reach.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from generator.ir import (
    Condition,
    NamedType,
    Operation,
    Route,
    constant_value,
    media_type,
)

Warn = Callable[[str, str], None]  # (message, operation id)


def build_routes(ops: list[Operation], types: dict[str, NamedType], warn: Warn) -> list[Route]:
    """One Route per method and path shape, in spec order; sets each operation's `dispatch`."""
    groups: dict[tuple[str, str], list[Operation]] = {}
    for op in ops:
        groups.setdefault((op.method, _shape(op.path)), []).append(op)
    return [_route(group, types, warn) for group in groups.values()]


def _shape(path: str) -> str:
    """`/files/{file_id}` and `/files/{id}` match the same requests."""
    return re.sub(r"\{[^{}]*\}", "{}", path)


def _route(group: list[Operation], types: dict[str, NamedType], warn: Warn) -> Route:
    first = group[0]
    route = Route(first.method, first.path)
    for op in group:
        op.dispatch = [Condition("query", k, v) for k, v in op.fixed_query]
    if len(group) == 1:
        route.operations = [first.id]
        route.fallback = None if first.dispatch else first.id
        return route
    by_query: dict[tuple[Condition, ...], list[Operation]] = {}
    for op in group:
        by_query.setdefault(tuple(sorted(op.dispatch, key=repr)), []).append(op)
    unreachable: list[tuple[Operation, Operation]] = []  # (operation, the one answering instead)
    for same in by_query.values():
        # the one whose key is its plain path answers what nothing tells apart
        left = sorted(_tell_apart(same, types), key=lambda op: op.key.partition("#")[0] != op.key)
        unreachable += [(op, left[0]) for op in left[1:]]
    lost = {op.id for op, _ in unreachable}
    reached = sorted((op for op in group if op.id not in lost), key=lambda op: -len(op.dispatch))
    route.operations = [op.id for op in reached] + [op.id for op, _ in unreachable]
    route.fallback = next((op.id for op in reached if not op.dispatch), None)
    label = f"{first.method.upper()} {first.path}"
    for op in reached:
        if any(c.source != "query" for c in op.dispatch):
            warn(
                f"{op.id} shares {label} with {_others(op, group)}; the server tells it apart by {_describe(op.dispatch)}",
                op.id,
            )
    for op, winner in unreachable:
        warn(
            f"{op.id} shares {label} with {_others(op, group)} and no request tells it from {winner.id} "
            f"(no fixed query, media type or constant field differs): the server answers such requests "
            f"with {winner.id}, never with {op.id}",
            op.id,
        )
    return route


def _others(op: Operation, group: list[Operation]) -> str:
    return ", ".join(o.id for o in group if o is not op)


def _describe(conditions: list[Condition]) -> str:
    parts = []
    for c in conditions:
        if c.source == "content_type":
            parts.append("the media type " + " or ".join(c.value))
        else:
            where = {"query": "query parameter", "header": "header", "body": "body field"}[c.source]
            parts.append(f"the {where} {c.name} = {c.value!r}")
    return " and ".join(parts)


def _tell_apart(ops: list[Operation], types: dict[str, NamedType]) -> list[Operation]:
    """Conditions for operations with the same fixed query: media type, then constants.

    Returns the operations still not told apart (one or none when every one is).
    """
    media = {op.id: {media_type(b.content_type) for b in op.request_bodies} for op in ops}
    left = []
    for op in ops:
        others = set().union(*(media[o.id] for o in ops if o is not op))
        if len(ops) > 1 and all(media[o.id] for o in ops) and not media[op.id] & others:
            op.dispatch = op.dispatch + [Condition("content_type", "", tuple(sorted(media[op.id])))]
        else:
            left.append(op)
    while len(left) > 1:
        best = _best_constant(left, types)
        if best is None:
            break
        (source, name), values = best
        for op in list(left):
            if op.id in values:
                op.dispatch = op.dispatch + [Condition(source, name, values[op.id])]  # type: ignore[arg-type]
                left.remove(op)
    return left


def _best_constant(
    ops: list[Operation], types: dict[str, NamedType]
) -> tuple[tuple[str, str], dict[str, Any]] | None:
    """The parameter or body field whose constant value tells most of `ops` apart.

    Each operation that has it required and constant claims the requests carrying that value;
    the values must differ; the operations without it are told apart by something else, or not.
    """
    constants: dict[tuple[str, str], dict[str, Any]] = {}
    for op in ops:
        for where, value in _constants(op, types).items():
            constants.setdefault(where, {})[op.id] = value
    best = None
    for where in sorted(constants):
        values = constants[where]
        distinct = len({repr(v) for v in values.values()}) == len(values)
        if not distinct:
            continue
        if best is None or len(values) > len(best[1]):
            best = (where, values)
    return best


def _constants(op: Operation, types: dict[str, NamedType]) -> dict[tuple[str, str], Any]:
    """(source, wire name) -> constant of the required query/header parameters and body fields."""
    out: dict[tuple[str, str], Any] = {}
    for p in op.parameters:
        value = constant_value(p.type, types)
        if p.required and p.location in ("query", "header") and value is not None:
            out[(p.location, p.name)] = value
    for body in op.request_bodies:
        if body.kind not in ("json", "form") or body.type.kind != "named":
            continue
        model = types.get(body.type.name or "")
        for f in model.fields if model is not None else []:
            value = constant_value(f.type, types)
            if f.required and value is not None:
                out[("body", f.name)] = value
    return out
