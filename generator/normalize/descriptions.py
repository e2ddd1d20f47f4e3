"""Where a spec describes a parameter or a property, gathered once for every emitter.

Specs put the text in many places: on the parameter, on its `schema`, on the schema a `$ref`
points at (in this file or another), on the only part of an `allOf`, on the non-null member
of `anyOf`/`oneOf: [X, null]` (or beside the `$ref` of that member), on the part of an
`allOf: [X, {nullable: true}]` that is not only an annotation, and some give only a
`title`. A description anywhere along that chain wins over a title; a title that only restates
the name (`limit: {title: Limit}`, or the referenced schema's own name) says nothing and is not
taken.
"""

from __future__ import annotations

import re
from typing import Any

from generator.errors import RefError
from generator.load.loader import Node, Spec

_DEPTH = 8


def parameter_description(spec: Spec, node: Node, name: str) -> str | None:
    """A parameter's text: its own, else its schema's (or that of its `content`'s schema)."""
    schemas = _parameter_schemas(spec, node)
    for key in ("description", "title"):
        own = nonblank(node.value.get(key)) if isinstance(node.value, dict) else None
        if own and (key == "description" or _says_more(own, name, node)):
            return own
        for snode in schemas:
            found = _find(spec, snode, key, name, 0)
            if found:
                return found
    return None


def schema_description(spec: Spec, node: Node, name: Any) -> str | None:
    """A property's text: along its schema's chain of refs, single `allOf` parts and nullable
    unions, a description first, else a title that says more than a name."""
    return _find(spec, node, "description", name, 0) or _find(spec, node, "title", name, 0)


def _parameter_schemas(spec: Spec, node: Node) -> list[Node]:
    value = node.value if isinstance(node.value, dict) else {}
    if isinstance(value.get("schema"), dict):
        return [node.child("schema")]
    content = value.get("content")
    if isinstance(content, dict):
        return [
            node.child("content", ct, "schema")
            for ct, media in content.items()
            if isinstance(media, dict) and isinstance(media.get("schema"), dict)
        ][:1]
    return []


def _find(spec: Spec, node: Node, key: str, name: Any, depth: int) -> str | None:
    value = node.value
    if depth > _DEPTH or not isinstance(value, dict):
        return None
    own = nonblank(value.get(key))
    if own and (key == "description" or _says_more(own, name, node)):
        return own
    ref = value.get("$ref")
    if isinstance(ref, str):
        try:
            target = spec.resolve(ref, node.doc, node.pointer + "/$ref")
        except RefError:
            return None
        return _find(spec, target, key, name, depth + 1)
    parts = value.get("allOf")
    if isinstance(parts, list):
        real = [i for i, part in enumerate(parts) if not _annotation_only(part)]
        if len(real) == 1:  # `allOf: [{$ref: X}, {nullable: true}]` is X
            return _find(spec, node.child("allOf", real[0]), key, name, depth + 1)
    for union in ("anyOf", "oneOf"):
        members = value.get(union)
        if isinstance(members, list) and len(members) == 2:
            real = [i for i, m in enumerate(members) if not _is_null(m)]
            if len(real) == 1:
                return _find(spec, node.child(union, real[0]), key, name, depth + 1)
    return None


#: Keywords that say something about a value without shaping it.
_ANNOTATIONS = frozenset(
    {
        "nullable",
        "description",
        "title",
        "readOnly",
        "writeOnly",
        "deprecated",
        "default",
        "example",
        "examples",
    }
)


def _annotation_only(part: Any) -> bool:
    """An `allOf` part that only annotates (`{nullable: true}`, `{description: ...}`): the
    other part is the type, and its description is the one to find."""
    return isinstance(part, dict) and bool(part) and set(part) <= _ANNOTATIONS


def _is_null(member: Any) -> bool:
    return (
        isinstance(member, dict)
        and member.get("type") == "null"
        and set(member) <= {"type", "description", "title"}
    )


def _says_more(text: str, name: Any, node: Node) -> bool:
    """Is this title more than the name of what it describes, or of the schema it sits on?"""
    key = _key(text)
    if key == _key(name):
        return False
    tokens = node.tokens
    own_name = (
        tokens[-1]
        if len(tokens) >= 2 and tokens[-2] in ("schemas", "parameters", "definitions")
        else None
    )
    if own_name is None and len(tokens) == 0:
        own_name = node.doc.rsplit("/", 1)[-1].split(".", 1)[0]  # a schema that is a whole file
    return own_name is None or key != _key(own_name)


def _key(text: Any) -> str:
    """Letters and digits only: `Page Size`, `page_size` and `pageSize` are one name (a YAML
    property key may be a number)."""
    return re.sub(r"[^0-9a-z]", "", str(text).lower())


def nonblank(value: Any) -> str | None:
    """A spec's text stripped, or None when it is no string or only blanks."""
    return value.strip() if isinstance(value, str) and value.strip() else None
