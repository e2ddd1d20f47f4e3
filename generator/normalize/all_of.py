"""`allOf` merged into one object schema: properties, `required`, and where each came from."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.load.loader import Node, Spec
from generator.normalize.descriptions import schema_description


def merge_all_of(
    spec: Spec, node: Node, audit: Callable[[Node], None]
) -> tuple[dict[str, Any], dict[str, Node], dict[str, str]]:
    """Merge allOf members (refs followed) into one object schema.

    Also returns where the merged properties (`properties/<name>`) and
    `additionalProperties` that come from another file sit, so the `$ref`s inside
    them are resolved in that file; and each property's description, which a later
    part that only narrows the property (`name: {maxLength: 40}`) does not take away.
    """
    merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
    origins: dict[str, Node] = {}
    texts: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()

    def place(key: str, at: Node) -> None:
        if at.doc != node.doc:
            origins[key] = at
        else:
            origins.pop(key, None)

    def add(n: Node) -> None:
        n = spec.deref(n)
        key = (n.doc, n.pointer)
        if key in seen or not isinstance(n.value, dict):
            return
        seen.add(key)
        audit(n)
        v = n.value
        for _, m in n.child("allOf").items() if isinstance(v.get("allOf"), list) else ():
            add(m)
        for k, p in spec.get(n, "properties").items():
            merged["properties"][k] = p.value
            place(f"properties/{k}", p)
            text = schema_description(spec, p, k)
            if text:
                texts[k] = text
        for r in v.get("required") or []:
            if r not in merged["required"]:
                merged["required"].append(r)
        for k in ("description", "additionalProperties", "nullable", "deprecated"):
            if k in v and n is not node and k not in merged:
                merged[k] = v[k]
                if k == "additionalProperties":
                    place(k, n.child(k))

    add(node)
    for k in ("description", "nullable", "deprecated"):
        if k in node.value:
            merged[k] = node.value[k]
    return merged, origins, texts
