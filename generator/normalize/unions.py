"""Unions (`anyOf`/`oneOf`): which members are real, and what each member's types are named.

A member is named from its meaning (title, discriminator value, a property no sibling has), so
the name depends on the member and its siblings only; `SchemaConverter._union` builds the type.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from generator import naming
from generator.ir import TypeRef
from generator.load.loader import Node, Spec
from generator.normalize.descriptions import nonblank
from generator.normalize.discriminators import DISCRIMINATOR_PREFERENCE


def member_names(spec: Spec, node: Node, key: str, real: list[int]) -> dict[int, str]:
    """What each member adds to the union's name for the types it holds, from its meaning.

    The only real member of a union (`anyOf: [X, null]`) takes the union's own name. Others
    are named by their `title`, then their discriminator value, then a required property
    no other member has, then any property no other member has; a number (their place)
    only when all of these fail or clash. A name depends on the member itself and on its
    siblings, never on anything else in the spec, so unrelated changes rename nothing.
    """
    if len(real) == 1:
        return {real[0]: ""}
    shapes = {i: MemberShape.of(spec, node.child(key, i)) for i in real}
    declared = node.value.get("discriminator")
    prop = declared.get("propertyName") if isinstance(declared, dict) else None
    # the one array holding named items lends them the union's name (items are singular)
    holders = [
        j for j, shape in shapes.items() if shape.kind == "array" and not shape.names_nothing
    ]
    choices: dict[int, list[str]] = {}
    for i, shape in shapes.items():
        if shape.names_nothing:
            continue
        if shape.kind == "array":
            choices[i] = [""] if holders == [i] else []
            continue
        others = [other for j, other in shapes.items() if j != i]
        choices[i] = shape.meanings(prop, others)
    names: dict[int, str] = dict.fromkeys(real, "")
    picked = dict.fromkeys(choices, 0)
    while True:
        for i, options in choices.items():
            names[i] = options[picked[i]] if picked[i] < len(options) else f"Variant{i}"
        clashes = {
            i
            for i in choices
            for j in choices
            if i != j and names[i] == names[j] and picked[i] < len(choices[i])
        }
        if not clashes:
            return names
        for i in clashes:
            picked[i] += 1


def is_null(member: Any) -> bool:
    """`{type: null}` (or `{nullable: true}` alone) among union members: the union is nullable."""
    return isinstance(member, dict) and (
        member.get("type") == "null" or (member.get("nullable") is True and len(member) == 1)
    )


@dataclasses.dataclass
class MemberShape:
    """What tells one inline union member from its siblings (allOf parts and refs followed)."""

    kind: str | None
    title: str | None
    properties: dict[str, Any]
    required: list[str]
    names_nothing: bool  # a ref, a primitive or an array of such: no type is named after it

    @classmethod
    def of(cls, spec: Spec, node: Node) -> MemberShape:
        value = node.value
        if not isinstance(value, dict) or "$ref" in value:
            return cls(None, None, {}, [], True)
        props: dict[str, Any] = {}
        required: list[str] = []
        all_of = value["allOf"] if isinstance(value.get("allOf"), list) else []
        parts = [value] + [spec.deref(node.child("allOf", j)).value for j in range(len(all_of))]
        for part in parts:
            if isinstance(part, dict) and isinstance(part.get("properties"), dict):
                props.update(part["properties"])
            if isinstance(part, dict) and isinstance(part.get("required"), list):
                required += [
                    r for r in part["required"] if isinstance(r, str) and r not in required
                ]
        kind = value.get("type") if isinstance(value.get("type"), str) else None
        if kind is None and ("items" in value):
            kind = "array"
        if kind == "array":
            items = value.get("items")
            nested = (
                isinstance(items, dict)
                and "$ref" not in items
                and any(k in items for k in ("properties", "anyOf", "oneOf", "allOf", "items"))
            )
            return cls("array", None, {}, [], not nested)
        structured = bool(props) or any(
            isinstance(value.get(k), list) for k in ("anyOf", "oneOf", "allOf")
        )
        title = nonblank(value.get("title"))
        return cls(kind or ("object" if props else None), title, props, required, not structured)

    def const(self, prop: str) -> str | None:
        """The single string value the property `prop` takes in this member, if it is fixed."""
        p = self.properties.get(prop)
        if not isinstance(p, dict):
            return None
        enum = p.get("enum")
        value = p.get("const", enum[0] if isinstance(enum, list) and len(enum) == 1 else None)
        return value if isinstance(value, str) else None

    def meanings(self, declared: Any, others: list[MemberShape]) -> list[str]:
        """Candidate names, best first: title, discriminator value, distinguishing property."""
        out: list[str] = []
        if self.title:
            out.append(naming.pascal(self.title))
        preferred = ([declared] if isinstance(declared, str) else []) + list(
            DISCRIMINATOR_PREFERENCE
        )
        for prop in preferred + [p for p in self.properties if p not in preferred]:
            value = self.const(prop)
            if value is not None:
                out.append(naming.pascal(value))
        theirs = {p for other in others for p in other.properties}
        out += [naming.pascal(p) for p in self.required if p not in theirs]
        out += [
            naming.pascal(p) for p in self.properties if p not in theirs and p not in self.required
        ]
        return [n for n in dict.fromkeys(out) if n and n[0].isalpha()]


def only_required(member: Any) -> bool:
    return (
        isinstance(member, dict)
        and bool(member)
        and set(member) <= {"required", "description", "title"}
        and "required" in member
    )


def dedupe(refs: list[TypeRef]) -> list[TypeRef]:
    out: list[TypeRef] = []
    for r in refs:
        if r not in out:
            out.append(r)
    return out


def in_union(node: Node) -> bool:
    """Is `node` a member of an anyOf/oneOf (the union it is in is what gets a name)?"""
    parent = node.pointer.rsplit("/", 2)
    return len(parent) == 3 and parent[1] in ("anyOf", "oneOf")


def only_member(value: dict[str, Any]) -> dict[str, Any]:
    """The inline member of `anyOf`/`oneOf: [X, null]` that is not null, if that is its shape
    (specs put a nullable property's description there), else an empty dict."""
    for key in ("anyOf", "oneOf"):
        members = value.get(key)
        if isinstance(members, list) and len(members) == 2:
            real = [
                m
                for m in members
                if not (isinstance(m, dict) and m.get("type") == "null" and len(m) == 1)
            ]
            if len(real) == 1 and isinstance(real[0], dict) and "$ref" not in real[0]:
                return real[0]
    return {}
