"""A spec kept in many files as one document, for the validator.

The validator reads one document: given only the root of a multi-file spec it sees
`{$ref: "resources/x.yml"}` where an operation should be and checks nothing behind it.
`bundle` resolves every ref that leaves its file, as bundlers do: a schema from another
file is added once to `components.schemas` and referred to there (recursive schemas stay
finite, each is checked once), anything else (an operation, a parameter, a response...) is
copied where it is referred to; a ref inside the root to the root stays as written.
`Bundle.locate` maps a path in the bundle back to the file, line and column it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from generator.errors import Location
from generator.load.loader import Node, Spec, _literal_key, join_pointer


@dataclass
class Bundle:
    document: Any
    spec: Spec
    #: id() of an inlined mapping or list -> (document, pointer) it was copied from
    origins: dict[int, tuple[str, str]] = field(default_factory=dict)

    def locate(self, path: list[str]) -> Location:
        """file:line:column (and pointer in that file) of a path in the bundled document."""
        doc, base, rest = self.spec.root_doc, "", []
        value = self.document
        for i, token in enumerate(path):
            if isinstance(value, dict) and token in value:
                value = value[token]
            elif isinstance(value, list) and str(token).isdigit() and int(token) < len(value):
                value = value[int(token)]
            else:  # e.g. through a local `$ref`: `Spec.locate` follows it from here
                rest.extend(path[i:])
                break
            rest.append(token)
            origin = self.origins.get(id(value)) if isinstance(value, (dict, list)) else None
            if origin is not None:
                (doc, base), rest = origin, []
        return self.spec.locate(doc, join_pointer(base, *rest))


def bundle(spec: Spec) -> Bundle:
    """The root document with every cross-file ref resolved (a single-file spec is returned as is)."""
    result = Bundle(spec.root, spec)
    if len(spec.documents) > 1:
        result.document = _Inliner(spec, result.origins).root()
    return result


#: Keys inside a schema whose value is a schema, a mapping of schemas, or a list of schemas.
_SUBSCHEMA = frozenset(
    {
        "items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else",
        "additionalItems", "unevaluatedItems", "unevaluatedProperties", "contentSchema",
    }
)  # fmt: skip
_SCHEMA_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_OTHER, _SCHEMA, _SCHEMA_MAP, _SCHEMA_LIST = range(4)


def _child_kind(kind: int, key: str | int, at: list[str | int]) -> int:
    """What the value under `key` is, in a value of kind `kind` (at bundle path `at`)."""
    if kind in (_SCHEMA_MAP, _SCHEMA_LIST):
        return _SCHEMA
    if kind == _SCHEMA:
        if key in _SUBSCHEMA:
            return _SCHEMA
        if key in _SCHEMA_MAPS:
            return _SCHEMA_MAP
        return _SCHEMA_LIST if key in _SCHEMA_LISTS else _OTHER
    if key == "schema":
        return _SCHEMA
    if key == "schemas" and len(at) == 1 and at[0] == "components":
        return _SCHEMA_MAP
    return _OTHER


class _Inliner:
    """Copies the root document: a schema in another file is added once to
    `components.schemas` (under a made-up name) and referred to there, so that recursion
    stays finite and each schema is checked once; anything else in another file (an
    operation, a parameter, a response...) is copied where it is referred to."""

    def __init__(self, spec: Spec, origins: dict[int, tuple[str, str]]) -> None:
        self.spec = spec
        self.origins = origins
        self.done: dict[tuple[str, str], Any] = {}  # target -> its copy (shared)
        self.open: dict[tuple[str, str], list[str | int]] = {}  # targets being copied -> where
        self.hoisted: dict[
            tuple[str, str], str
        ] = {}  # schema in another file -> its component name
        self.schemas: dict[str, Any] = {}  # component name -> the schema's copy
        self.queued: list[tuple[str, Node]] = []  # schemas named but not copied yet

    def root(self) -> Any:
        out = self.copy(self.spec.root, self.spec.root_doc, "", [], _OTHER)
        while self.queued:  # one at a time: a chain of 1,000 files needs no 1,000 frames
            name, target = self.queued.pop()
            copied = self.copy(
                target.value, target.doc, target.pointer, ["components", "schemas", name], _SCHEMA
            )
            if isinstance(copied, (dict, list)):
                self.origins.setdefault(id(copied), (target.doc, target.pointer))
            self.schemas[name] = copied
        if self.schemas and isinstance(out, dict):
            components = dict(out.get("components") or {})
            components["schemas"] = {**(components.get("schemas") or {}), **self.schemas}
            out["components"] = components
        return out

    def copy(self, value: Any, doc: str, pointer: str, at: list[str | int], kind: int) -> Any:
        """`value` (at `pointer` in `doc`) with its cross-file refs resolved; `at`: path in the bundle."""
        if isinstance(value, list):
            out_list = []
            for i, v in enumerate(value):
                at.append(i)
                out_list.append(
                    self.copy(v, doc, join_pointer(pointer, i), at, _child_kind(kind, i, at))
                )
                at.pop()
            return out_list
        if not isinstance(value, dict):
            return value
        ref = value.get("$ref")
        if isinstance(ref, str):  # in a `properties` mapping too: the mapping is in another file
            return self.ref(ref, value, doc, pointer, at, kind)
        out: dict[str, Any] = {}
        for k, v in value.items():
            if kind != _SCHEMA_MAP and _literal_key(k):
                out[k] = (
                    self.examples(v, doc, pointer) if k == "examples" and isinstance(v, dict) else v
                )
                continue
            at.append(k)
            out[k] = self.copy(v, doc, join_pointer(pointer, k), at, _child_kind(kind, k, at))
            at.pop()
        return out

    def ref(
        self,
        ref: str,
        value: dict[str, Any],
        doc: str,
        pointer: str,
        at: list[str | int],
        kind: int,
    ) -> Any:
        target = self.spec.resolve(ref, doc, pointer + "/$ref")
        if doc == self.spec.root_doc and target.doc == doc:
            return value  # the validator follows refs inside the one document itself
        if target.doc == self.spec.root_doc:
            return {**value, "$ref": "#" + target.pointer}
        key = (target.doc, target.pointer)
        if kind == _SCHEMA:
            return {"$ref": "#/components/schemas/" + self.hoist(target)}
        if key in self.done:
            return self.done[key]
        if key in self.open:  # an object that contains itself: refer to where it is being copied
            return {"$ref": "#" + join_pointer("", *self.open[key])}
        self.open[key] = list(at)
        try:
            out = self.copy(target.value, target.doc, target.pointer, at, kind)
        finally:
            del self.open[key]
        if isinstance(out, (dict, list)):
            self.origins.setdefault(id(out), key)
        self.done[key] = out
        return out

    def hoist(self, target: Node) -> str:
        key = (target.doc, target.pointer)
        name = self.hoisted.get(key)
        if name is None:
            base = (
                re.sub(r"[^A-Za-z0-9._-]+", "_", f"{target.doc}{target.pointer}").strip("_")
                or "schema"
            )
            name = base
            while name in self.schemas or name in self._root_schemas():
                name += "_"
            self.hoisted[key] = name
            self.schemas[name] = (
                None  # claimed now, copied by `root`: the schema may refer to itself
            )
            self.queued.append((name, target))
        return name

    def _root_schemas(self) -> Any:
        components = self.spec.root.get("components")
        schemas = components.get("schemas") if isinstance(components, dict) else None
        return schemas if isinstance(schemas, dict) else {}

    def examples(self, value: dict[str, Any], doc: str, pointer: str) -> dict[str, Any]:
        """An `examples` mapping with its `$ref`ed Example Objects inlined (they are data)."""
        out = {}
        for name, example in value.items():
            if isinstance(example, dict) and isinstance(example.get("$ref"), str):
                target = self.spec.deref(
                    Node(example, doc, join_pointer(pointer, "examples", name))
                )
                out[name] = target.value
            else:
                out[name] = example
        return out
