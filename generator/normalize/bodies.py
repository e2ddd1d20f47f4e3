"""Every request body an operation accepts, as the method's arguments: decided once here.

Each body of `op.request_bodies` (JSON, form, multipart, raw bytes or text) gets its
`parts`: which argument goes where in it, and how (see `ir.PartKind`). The arguments are
shared between bodies by wire name, so a field that JSON and multipart both carry is one
argument (its type the union of its types, required only where every body requires it).

Which body a call sends is chosen by the arguments given: the first body, in the spec's
order, that takes every argument given and gets its required ones; a body that sends a given
file as a file comes before one that does not. An operation with several bodies also takes
a selector argument (`content_type`) that names the body outright, so each is reachable.

Multipart files are marked however the spec marks them (`format: binary`,
`contentEncoding: binary`/`base64`, `contentMediaType`); file fields named `stem[0]`,
`stem[1]`, ... become one list argument named after the stem, sent under the indexed names.
A property given a JSON `encoding` contentType travels as a JSON part, one given another
media type as a part of that type; other fields are form fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.ir import (
    Argument,
    BodyPart,
    NamedType,
    Operation,
    PartKind,
    RequestBody,
    TypeRef,
    media_type,
    resolve_alias,
)

Claim = Callable[[str, str], str]  # (wire name, source) -> a free argument name

_INDEXED = re.compile(r"(.+)\[(\d+)\]")
_SENT_WHOLE = frozenset({"binary", "text"})


def is_json_media(content_type: str) -> bool:
    media = media_type(content_type)
    return media == "application/json" or media.endswith("+json")


def body_arguments(
    op: Operation, types: dict[str, NamedType], claim: Claim, claim_plain: Callable[[str], str]
) -> list[Argument]:
    """The body arguments of `op`, in signature order; fills each body's `parts` and the
    operation's `body_choice`, `body_kind`, `body_content_type` and `body_selector`."""
    bodies = op.request_bodies
    if not bodies:
        return []
    args: dict[str, Argument] = {}  # by wire name ("" for a body taken whole)
    seen_in: dict[str, list[BodyPart]] = {}
    for body in bodies:
        body.parts = []
        for wire, kind, ftype, required, description, deprecated in _fields(body, types):
            arg = args.get(wire)
            if arg is None:
                name = claim_plain("body") if wire == "" else claim(wire, _source(kind))
                arg = Argument(
                    name,
                    wire,
                    _source(kind),  # type: ignore[arg-type]
                    ftype,
                    required,
                    description,
                    deprecated,
                )
                args[wire] = arg
            elif ftype != arg.type:
                arg.type = merge_types([arg.type, ftype])
            content_type = dict(body.part_types).get(wire) if kind == "field" else None
            part_kind: PartKind = kind
            if content_type is not None and body.kind == "multipart":
                part_kind = "json" if is_json_media(content_type) else "text"
            part = BodyPart(
                arg.py_name,
                wire,
                part_kind,
                ftype,
                required,
                content_type,
                base64=wire in body.base64_fields,
            )
            if body.kind == "form" and wire in body.encoding:
                part.style, explode = body.encoding[wire]
                part.explode = explode or ftype.kind != "array" or part.style != "form"
            body.parts.append(part)
            seen_in.setdefault(wire, []).append(part)
    for wire, arg in args.items():
        # required where every body takes it and requires it
        parts = seen_in[wire]
        arg.required = len(parts) == len(bodies) and all(p.required for p in parts)
    default = bodies[0]
    op.body_kind = default.kind
    op.body_content_type = default.content_type
    op.body_choice = [b.content_type for b in bodies]
    out = list(args.values())
    if len(bodies) > 1:
        op.body_selector = claim_plain("content_type")
        out.append(
            Argument(
                op.body_selector,
                "",
                "content_type",
                TypeRef("literal", values=tuple(op.body_choice)),
                False,
                "The media type of the request body to send. By default, the first of "
                + ", ".join(f"`{c}`" for c in op.body_choice)
                + " that takes every argument given (one that sends a file given as a file "
                "first).",
            )
        )
    return out


def _source(kind: PartKind) -> str:
    if kind == "whole":
        return "raw_body"
    if kind in ("file", "files", "indexed_files"):
        return "file"
    return "body"


def _fields(
    body: RequestBody, types: dict[str, NamedType]
) -> list[tuple[str, PartKind, TypeRef, bool, str | None, bool]]:
    """(wire name, part kind, type, required, description, deprecated) of what `body` sends."""
    model = types.get(body.type.name or "") if body.type.kind == "named" else None
    if body.kind in _SENT_WHOLE or model is None or model.kind != "object":
        return [("", "whole", body.type, body.required, body.description, False)]
    out: list[tuple[str, PartKind, TypeRef, bool, str | None, bool]] = []
    stems = _indexed_stems(body, model) if body.kind == "multipart" else {}
    done: set[str] = set()
    for f in model.fields:
        if f.read_only:
            continue
        required = f.required and body.required
        match = _INDEXED.fullmatch(f.name)
        stem = match[1] if match and f.name in stems.get(match[1], ()) else None
        if stem is not None:
            if stem in done:
                continue
            done.add(stem)
            first = stems[stem][0]
            item = next(g.type for g in model.fields if g.name == first)
            items = TypeRef("array", item=item.with_nullable(False))
            firsts = [g for g in model.fields if g.name == first]
            out.append(
                (
                    stem,
                    "indexed_files",
                    items,
                    bool(firsts and firsts[0].required and body.required),
                    f"Files sent as `{stem}[0]` to `{stems[stem][-1]}`.",
                    f.deprecated,
                )
            )
            continue
        kind: PartKind = "field"
        if f.name in body.file_fields:
            kind = "files" if resolve_alias(f.type, types).kind == "array" else "file"
        out.append((f.name, kind, f.type, required, f.description, f.deprecated))
    return out


def _indexed_stems(body: RequestBody, model: NamedType) -> dict[str, list[str]]:
    """File fields `stem[0]`, `stem[1]`, ... (numbered from 0 without a gap): their wire
    names by stem, in index order."""
    found: dict[str, dict[int, str]] = {}
    for f in model.fields:
        match = _INDEXED.fullmatch(f.name)
        if match and f.name in body.file_fields:
            found.setdefault(match[1], {})[int(match[2])] = f.name
    names = {f.name for f in model.fields}
    out = {}
    for stem, by_index in found.items():
        if sorted(by_index) == list(range(len(by_index))) and stem not in names:
            out[stem] = [by_index[i] for i in range(len(by_index))]
    return out


def merge_types(types: list[TypeRef]) -> TypeRef:
    """One value's type where bodies type it differently: any of them (null where one is),
    two enums joined into one."""
    if len(types) == 1:
        return types[0]
    members: list[TypeRef] = []
    for t in types:
        flat = t.members if t.kind == "union" and t.discriminator is None else (t,)
        for m in flat:
            m = m.with_nullable(False)
            same = next((i for i, x in enumerate(members) if _literals(x, m)), None)
            if same is not None:  # two enums of one field: one enum of both values
                x = members[same]
                values = x.values + tuple(v for v in m.values if v not in x.values)
                members[same] = TypeRef("literal", values=values, open=x.open or m.open)
            elif m not in members:
                members.append(m)
    nullable = any(t.nullable for t in types)
    if len(members) == 1:
        return members[0].with_nullable(nullable)
    return TypeRef("union", members=tuple(members), nullable=nullable)


def _literals(a: TypeRef, b: TypeRef) -> bool:
    return a.kind == b.kind == "literal" and a.constraints is None and b.constraints is None
