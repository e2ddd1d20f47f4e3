"""JSON Schema (OpenAPI flavour) to IR types.

One `SchemaConverter` per spec. Component schemas become named types; inline
objects become named types called after where they sit (owner + property);
an inlined copy of a component (a fully resolved spec) becomes that component,
matched by structure.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from typing import Any

from generator import naming
from generator.errors import Location, Problem
from generator.ir import Constraints, Field, NamedType, TypeRef
from generator.load.loader import Node, Spec
from generator.normalize.all_of import merge_all_of
from generator.normalize.descriptions import nonblank, schema_description
from generator.normalize.discriminators import discriminator
from generator.normalize.naming_file import NamingError
from generator.normalize.unions import (
    dedupe,
    in_union,
    is_null,
    member_names,
    only_member,
    only_required,
)
from generator.normalize.unsupported import schema_findings

_MODIFIER_KEYS = frozenset(
    {
        "nullable", "description", "title", "default", "deprecated", "readOnly", "writeOnly",
        "example", "examples", "externalDocs", "x-oaiExpandable", "x-oaiTypeLabel",
        "x-oaiMeta", "x-stainless-naming", "$comment",
    }
)  # fmt: skip
_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
#: Named types built one inside the other before deeper ones are queued (a few frames each).
_EAGER_DEPTH = 40
#: Schemas nested inside one type (`items` of `items`...) before the rest is any value: each
#: level may add brackets (`Optional[List[...]]`), and Python parses no more than 200 levels.
MAX_TYPE_NESTING = 50


def _is_dict(v: Any) -> bool:
    return isinstance(v, dict)


def structure_key(value: Any, memo: dict[int, Any], table: dict[tuple[Any, ...], int]) -> Any:
    """A key equal for schemas of equal content: each distinct dict or list is interned to
    a small int (exact, unlike a digest), and shared objects are keyed once."""
    key = id(value)
    hit = memo.get(key)
    if hit is not None:
        return hit
    if isinstance(value, dict):
        memo[key] = -1  # recursion guard for self-referencing data
        parts: tuple[Any, ...] = ("{",) + tuple(
            (k, structure_key(value[k], memo, table)) for k in sorted(value)
        )
    elif isinstance(value, list):
        memo[key] = -1
        parts = ("[",) + tuple(structure_key(v, memo, table) for v in value)
    else:
        return (type(value).__name__, value)
    result = table.setdefault(parts, len(table))
    memo[key] = result
    return result


#: Inline enums of more values than this become named aliases in `types/` (a config option).
DEFAULT_ALIAS_THRESHOLD = 12


class SchemaConverter:
    def __init__(
        self,
        spec: Spec,
        problems: list[Problem],
        alias_threshold: int = DEFAULT_ALIAS_THRESHOLD,
        renames: Mapping[str, tuple[str, Location]] | None = None,
    ) -> None:
        self.spec = spec
        self.renames = dict(
            renames or {}
        )  # type id -> (class name the naming file gives, where it says so)
        self.problems = problems
        self.alias_threshold = (
            alias_threshold  # inline enums longer than this get a name (0: never)
        )
        self.types: dict[str, NamedType] = {}
        self.class_names = naming.NameRegistry()
        self.module_names = naming.NameRegistry(casefold=True)
        self._structure_memo: dict[int, Any] = {}
        self._structure_table: dict[tuple[Any, ...], int] = {}
        self._by_structure: dict[Any, str] = {}  # structure key -> component id
        self._component_ids: dict[tuple[str, str], str] = {}  # (doc, pointer) -> id
        self._in_progress: set[str] = set()
        self._values_in_progress: dict[
            int, str
        ] = {}  # id() of a schema being converted -> its type id
        self._component_nodes: dict[str, tuple[Node, str]] = {}  # component id -> (node, name)
        self._depth = 0  # named types being built, one inside the other
        self._nesting = 0  # schemas being converted inside the named type being built
        self._queued: dict[
            str, tuple[Node, str, str | None]
        ] = {}  # built by `finish`, not recursively
        self._lent_names: dict[
            str, str
        ] = {}  # id of a schema in another file -> the component naming it
        self._reserved: dict[
            str, tuple[str, str]
        ] = {}  # component id -> (class, module), claimed first
        self._audited: set[tuple[str, str]] = (
            set()
        )  # (doc, pointer) of schemas checked for unsupported keywords

    # -- entry points -----------------------------------------------------------

    def add_components(self) -> None:
        """Register every component schema first, so components win names and structures."""
        components = self.spec.root_node.child("components", "schemas")
        if not _is_dict(components.value):
            return
        entries: list[tuple[str, str | None, Node]] = []
        for name, node in components.items():
            target = self._reexported(node)
            if target is not None:
                # `Pet: {$ref: "models/pet.yaml"}` names the schema in the other file: one model `Pet`
                self._lent_names[self._id(target.doc, target.pointer)] = name
                entries.append((name, None, node))
                continue
            tid = self._id(node.doc, node.pointer)
            self._component_ids[(node.doc, node.pointer)] = tid
            entries.append((name, tid, node))
            self._component_nodes[tid] = (node, name)
        self._reserve_names(entries)
        for _, cid, node in entries:
            value = node.value
            if (
                cid is not None
                and _is_dict(value)
                and "$ref" not in value
                and self._dedupable(value)
            ):
                self._by_structure.setdefault(
                    structure_key(value, self._structure_memo, self._structure_table), cid
                )
        for name, cid, node in entries:
            if cid is None:
                self.convert(node, name, None)
            else:
                self.named(node, name)
        self.finish()

    def _reserve_names(self, entries: list[tuple[str, str | None, Node]]) -> None:
        """Claim every component's class and module name before any inline type is named, so a
        component keeps its name whatever inline types elsewhere in the spec are called (an
        inline `A.b` is `AB2` beside a component `AB`, and adding `A.b` never renames `AB`)."""
        for name, cid, node in entries:
            target = node if cid is not None else self.spec.deref(node)
            tid = cid if cid is not None else self._id(target.doc, target.pointer)
            if tid in self._reserved or tid in self.renames:
                continue
            cls = self.class_names.claim(self._class_name(name, target))
            self._reserved[tid] = (cls, self.module_names.claim(naming.module_name(cls)))
        for tid, (cls, where) in sorted(self.renames.items()):
            if cls in self.class_names:
                raise NamingError(
                    f"naming file: type {tid!r}: the class name {cls!r} is already taken", where
                )
            self._reserved[tid] = (
                self.class_names.claim(cls),
                self.module_names.claim(naming.module_name(cls)),
            )

    def unknown_renames(self) -> None:
        """A located warning for each class name the naming file gives a schema that is no type."""
        for tid, (cls, where) in sorted(self.renames.items()):
            if tid not in self.types:
                self.problems.append(
                    Problem(f"naming file: {tid!r} is no generated type; {cls} not used", where)
                )

    def _reexported(self, node: Node) -> Node | None:
        """The schema in another file a component only refers to (the first component to do so)."""
        if not node.is_ref:
            return None
        target = self.spec.deref(node)
        tid = self._id(target.doc, target.pointer)
        if (
            target.doc == self.spec.root_doc
            or tid in self._lent_names
            or not _is_dict(target.value)
        ):
            return None
        return target

    def finish(self) -> None:
        """Build the named types that were queued because they sat too deep to recurse into."""
        while self._queued:
            node, name, owner = next(iter(self._queued.values()))
            self.named(node, name, owner, now=True)

    def convert(self, node: Node, hint: str, owner: str | None) -> TypeRef:
        """Type of the schema at `node`; `hint` names inline objects, `owner` groups them."""
        if self._nesting >= MAX_TYPE_NESTING:
            # Python refuses brackets nested 200 deep: `List[List[...]]` has to end somewhere
            self._warn(
                f"schema nested more than {MAX_TYPE_NESTING} levels inside one type: any value",
                node,
            )
            return TypeRef("any")
        self._nesting += 1
        try:
            t = self._convert(node, hint, owner)
        finally:
            self._nesting -= 1
        return (
            self._aliased(node, t, hint, owner) if self._too_long(t) and not in_union(node) else t
        )

    def _too_long(self, t: TypeRef) -> bool:
        """An enum of more values than the threshold, alone or beside other union members."""
        if not self.alias_threshold:
            return False
        literals = [t] if t.kind == "literal" else [m for m in t.members if m.kind == "literal"]
        return any(len(m.values) > self.alias_threshold for m in literals)

    def _aliased(self, node: Node, t: TypeRef, hint: str, owner: str | None) -> TypeRef:
        """`t`, a long inline enum, as a named alias (`CreateRunRequestModel`) so that
        signatures and models name it once instead of spelling every value out."""
        tid = self._id(node.doc, node.pointer)
        if tid not in self.types:
            value = node.value if _is_dict(node.value) else {}
            cls, module = self._names(tid, lambda: naming.class_name(hint))
            self.types[tid] = NamedType(
                id=tid,
                name=cls,
                module=module,
                kind="alias",
                alias_of=t.with_nullable(False),
                description=nonblank(value.get("description"))
                or nonblank(only_member(value).get("description")),
                owner=owner,
                source=f"{self.spec.display(node.doc)}#{node.pointer}",
            )
        return self._named_ref(tid, nullable=t.nullable)

    def _convert(self, node: Node, hint: str, owner: str | None) -> TypeRef:
        value = node.value
        if value is True or value is None or value == {}:
            return TypeRef("any")
        if value is False:
            return TypeRef("any")
        if not _is_dict(value):
            self._warn(f"schema must be an object, found {type(value).__name__}", node)
            return TypeRef("any")
        if "$ref" in value and isinstance(value["$ref"], str):
            return self._ref(node, hint, owner)
        if self._dedupable(value):
            tid = self._by_structure.get(
                structure_key(value, self._structure_memo, self._structure_table)
            )
            if tid is not None and tid != self._id(node.doc, node.pointer):
                if tid not in self.types and tid in self._component_nodes:
                    self.named(*self._component_nodes[tid], now=True)  # unions look at its fields
                return self._named_ref(tid, nullable=self._null_allowed(value))
        return self._inline(node, hint, owner)

    # -- named types ---------------------------------------------------------------

    def _id(self, doc: str, pointer: str) -> str:
        return f"{'' if doc == self.spec.root_doc else doc}#{pointer}"

    def _named_ref(self, tid: str, nullable: bool = False) -> TypeRef:
        return TypeRef("named", name=tid, nullable=nullable)

    def named(
        self, node: Node, name: str, owner: str | None = None, *, now: bool = False
    ) -> TypeRef:
        """Create (once) the named type for `node` and return a reference to it.

        Past `_EAGER_DEPTH` types being built one inside the other (a chain of 1,500 components
        each referring to the next, or objects nested 200 deep), the type is queued for
        `finish` instead, unless it is needed `now`: recursion stays shallow.
        """
        tid = self._id(node.doc, node.pointer)
        if tid in self.types or tid in self._in_progress:
            return self._named_ref(tid)
        if self._depth >= _EAGER_DEPTH and not now:
            self._queued.setdefault(tid, (node, name, owner))
            return self._named_ref(tid)
        self._queued.pop(tid, None)
        # the same schema met again, under another pointer, while it is being converted: an
        # allOf merge copies a member's properties under the merged object's pointer, so a
        # property leading back into the merge would otherwise be a new type every time
        again = self._values_in_progress.get(id(node.value)) if _is_dict(node.value) else None
        if again is not None:
            return self._named_ref(again)
        self._in_progress.add(tid)
        if _is_dict(node.value):
            self._values_in_progress[id(node.value)] = tid
        cls, module = self._names(
            tid, lambda: self._class_name(self._lent_names.get(tid, name), node)
        )
        value = node.value if _is_dict(node.value) else {}
        self._audit(node)
        named = NamedType(
            id=tid,
            name=cls,
            module=module,
            kind="alias",
            description=nonblank(value.get("description")),
            deprecated=bool(value.get("deprecated")),
            owner=owner,
            source=f"{self.spec.display(node.doc)}#{node.pointer}",
        )
        self.types[tid] = named  # registered before conversion: recursion finds it
        self._depth += 1
        nesting, self._nesting = self._nesting, 0  # a reference to it is just its name
        try:
            if isinstance(value.get("$ref"), str):  # `Foo: {$ref: ...}`: an alias of the target
                named.alias_of = self._ref(node, cls, owner or tid)
            elif self._is_object(value) and not self._composition(value):
                self._fill_object(named, node, value)
            elif (sole := self._sole_object(node)) is not None:
                # `Prompt: anyOf: [{object}, null]` is the object `Prompt`, nullable where used
                self._fill_object(named, sole, sole.value)
                named.description = named.description or nonblank(sole.value.get("description"))
            elif "allOf" in value and self._merge_all_of_needed(node):
                merged, origins, texts = merge_all_of(self.spec, node, self._audit)
                self._fill_object(named, node.with_value(merged), merged, origins, texts)
            else:
                named.alias_of = self._inline(node, cls, owner or tid, top=True)
        finally:
            self._depth -= 1
            self._nesting = nesting
        self._in_progress.discard(tid)
        if self._values_in_progress.get(id(node.value)) == tid:
            del self._values_in_progress[id(node.value)]
        return self._named_ref(tid)

    def _names(self, tid: str, wanted: Callable[[], str]) -> tuple[str, str]:
        """(class, module) of type `tid`: those reserved for it, else `wanted()` made unique."""
        reserved = self._reserved.pop(tid, None)
        if reserved is not None:
            return reserved
        cls = self.class_names.claim(wanted())
        return cls, self.module_names.claim(naming.module_name(cls))

    def _class_name(self, name: str, node: Node) -> str:
        """The class name for `name`; a schema from another file whose name is taken is told
        apart by where it sits (`vpcs/attributes/urn.yml` next to `shared/attributes/urn.yml`
        is `VpcsUrn`), as bundlers prefix clashing names with their file, before any number."""
        cls = naming.class_name(name)
        if node.doc == self.spec.root_doc or cls not in self.class_names:
            return cls
        for qualifier in _qualifiers(node):
            candidate = naming.class_name(f"{qualifier} {cls}")
            if candidate not in self.class_names:
                return candidate
        return cls

    def _fill_object(
        self,
        named: NamedType,
        node: Node,
        value: dict[str, Any],
        origins: dict[str, Node] | None = None,
        texts: dict[str, str] | None = None,
    ) -> None:
        """Fields of an object model; `origins` places merged keys that come from other files."""
        named.kind = "object"
        props_node = self.spec.get(node, "properties", default={})  # `properties: {$ref: ...}` too
        props = props_node.value if props_node.value is not None else {}
        required = value.get("required") or []
        if not isinstance(required, list):
            required = []
        if not _is_dict(props):
            self._warn("`properties` must be a mapping", node)
            props = {}
        for wire in required:
            if (
                isinstance(wire, str)
                and wire not in props
                and not value.get("additionalProperties")
            ):
                self._warn(
                    f"`required` names {wire!r}, which is not a property",
                    node.child("required"),
                )
        fields: list[Field] = []
        # names that need no change are claimed first, so `foo_bar` keeps its name next to `foo-bar`
        taken = naming.NameRegistry()
        py_names = {
            w: taken.claim(naming.field_name(w)) for w in props if naming.field_name(w) == w
        }
        for w in props:
            if w not in py_names:
                py_names[w] = taken.claim(naming.field_name(w))
        owner = named.owner or named.id
        for wire, prop in props.items():
            origin = (origins or {}).get(f"properties/{wire}")
            pnode = origin or props_node.child(wire)
            ftype = self.convert(pnode, named.name + naming.pascal(wire), owner)
            pval = self.spec.deref(pnode).value if _is_dict(prop) else {}
            pval = pval if _is_dict(pval) else {}
            local = prop if _is_dict(prop) else {}
            field = Field(
                name=wire,
                py_name=py_names[wire],
                type=ftype,
                required=wire in required,
                description=(texts or {}).get(wire) or schema_description(self.spec, pnode, wire),
                deprecated=bool(local.get("deprecated", pval.get("deprecated"))),
                read_only=bool(local.get("readOnly")),
                write_only=bool(local.get("writeOnly")),
                constraints=constraints_of(pval),
            )
            if "default" in local or "default" in pval:
                field.has_default = True
                field.default = local.get("default", pval.get("default"))
            single = ftype.kind == "literal" and len(ftype.values) == 1 and not ftype.open
            if single and (
                "const" in pval or "x-stainless-const" in pval or "x-stainless-const" in local
            ):
                field.has_default = True
                field.default = ftype.values[0]
            fields.append(field)
        named.fields = fields
        extra = value.get("additionalProperties")
        if _is_dict(extra) and extra:
            named.additional = self.convert(
                (origins or {}).get("additionalProperties") or node.child("additionalProperties"),
                named.name + "Item",
                owner,
            )
        one_of = value.get("oneOf") or value.get("anyOf")
        if isinstance(one_of, list) and one_of and all(only_required(m) for m in one_of):
            named.rules.append(
                "one of: " + " | ".join("+".join(m.get("required", [])) for m in one_of)
            )

    # -- conversion ------------------------------------------------------------------

    def _ref(self, node: Node, hint: str, owner: str | None) -> TypeRef:
        value = node.value
        target = self.spec.deref(node)
        nullable = self._nullable_flag(value)
        tid = self._component_id(target)
        if tid is not None:
            if tid not in self.types:
                self.named(target, target.key)
            if _is_dict(target.value) and (
                self._is_object(target.value) or self._sole_object(target)
            ):
                # a nullable object component: null is allowed wherever it is used
                nullable = nullable or self._null_allowed(target.value)
            return self._named_ref(tid, nullable=nullable)
        result = self.convert(target, _pointer_name(target.tokens) or hint, owner)
        return result.with_nullable(True) if nullable else result

    def _component_id(self, target: Node) -> str | None:
        tokens = target.tokens
        if len(tokens) == 3 and tokens[:2] == ["components", "schemas"]:
            return self._id(target.doc, target.pointer)
        if target.pointer == "" and target.doc != self.spec.root_doc:
            return self._id(target.doc, "")
        if len(tokens) == 2 and tokens[0] in ("definitions", "$defs"):
            return self._id(target.doc, target.pointer)
        return None

    def _inline(self, node: Node, hint: str, owner: str | None, top: bool = False) -> TypeRef:
        value: dict[str, Any] = node.value
        self._audit(node)
        nullable = self._nullable_flag(value)
        t = self._inline_type(node, hint, owner, top)
        return t.with_nullable(True) if nullable and not t.nullable else t

    def _inline_type(self, node: Node, hint: str, owner: str | None, top: bool) -> TypeRef:
        value: dict[str, Any] = node.value
        if "const" in value:
            if value["const"] is None or _literal_value(value["const"]):
                return TypeRef("literal", values=(value["const"],))
            # a float, object or list is no typing.Literal value: the schema's type stands for it
            self._warn(
                "`const` is not generated (a Literal cannot hold its value): any value of its type is accepted",
                node.child("const"),
            )
            rest = node.with_value({k: v for k, v in value.items() if k != "const"})
            return self._inline_type(rest, hint, owner, top)
        enum = value.get("enum")
        if isinstance(enum, list) and enum:
            if not all(v is None or _literal_value(v) for v in enum):
                self._warn(
                    "`enum` is not generated (a Literal cannot hold its values): any value of its type is accepted",
                    node.child("enum"),
                )
                rest = node.with_value({k: v for k, v in value.items() if k != "enum"})
                t = self._inline_type(rest, hint, owner, top)
                return t.with_nullable(True) if None in enum else t
            values = tuple(
                dict.fromkeys((type(v), v) for v in enum if v is not None)
            )  # 1 and true both stay
            if not values:
                return TypeRef("null")  # `enum: [null]`
            return TypeRef("literal", values=tuple(v for _, v in values), nullable=None in enum)
        for key in ("oneOf", "anyOf"):
            members = value.get(key)
            if isinstance(members, list) and members and not all(only_required(m) for m in members):
                return self._union(node, key, members, hint, owner)
        if "allOf" in value and isinstance(value["allOf"], list):
            single = self._all_of_single(node, hint, owner)
            if single is not None:
                return single
            if not top:
                return self.named(node, hint, owner)
        types = value.get("type")
        type_list = types if isinstance(types, list) else [types] if types else []
        nullable = "null" in type_list
        type_list = [t for t in type_list if t != "null"]
        if len(type_list) > 1:
            members = tuple(
                self._inline_type(node.with_value({**value, "type": t}), hint, owner, top)
                for t in type_list
            )
            return TypeRef("union", members=members, nullable=nullable)
        kind = type_list[0] if type_list else None
        if kind is None and ("properties" in value or "additionalProperties" in value):
            kind = "object"
        if kind is None and "items" in value:
            kind = "array"
        if kind in _PRIMITIVES:
            t = _primitive(kind, value)
        elif kind == "array":
            item = self.convert(
                node.child("items", default={}),
                naming.singular(hint) if not hint.endswith("Item") else hint,
                owner,
            )
            t = TypeRef("array", item=item)
        elif kind == "object":
            props = value.get("properties")
            if _is_dict(props) and props:
                if top:
                    raise AssertionError(
                        "objects at the top are filled by `named`"
                    )  # pragma: no cover
                return self.named(node, hint, owner).with_nullable(nullable)
            extra = value.get("additionalProperties")
            if _is_dict(extra) and extra:
                item = self.convert(
                    node.child("additionalProperties"),
                    hint + "Item",
                    owner,
                )
                t = TypeRef("map", item=item)
            else:
                t = TypeRef("map", item=TypeRef("any"))
        elif kind is None:
            t = TypeRef("any")
        else:
            self._warn(f"unknown schema type {kind!r}", node)
            t = TypeRef("any")
        return t.with_nullable(True) if nullable else t

    def _union(
        self, node: Node, key: str, members: list[Any], hint: str, owner: str | None
    ) -> TypeRef:
        refs: list[TypeRef] = []
        nullable = any(is_null(m) for m in members)
        real = [i for i, m in enumerate(members) if not is_null(m) and not only_required(m)]
        suffixes = member_names(self.spec, node, key, real)
        for i in real:
            mnode = node.child(key, i)
            ref = self.convert(mnode, naming.extend(hint, suffixes[i]), owner)
            refs.append(self._with_limits(ref, mnode))
        refs = dedupe(refs)
        for r in refs:  # the checks below look at the members' fields
            if r.kind == "named" and r.name in self._queued:
                queued_node, queued_name, queued_owner = self._queued[r.name]
                self.named(queued_node, queued_name, queued_owner, now=True)
        # anyOf [string, enum of strings]: an open enum
        plain = [r for r in refs if r.kind == "str" and r.format is None and not r.nullable]
        lits = [
            r for r in refs if r.kind == "literal" and all(isinstance(v, str) for v in r.values)
        ]
        if plain and lits and len(plain) + len(lits) == len(refs):
            values = tuple(dict.fromkeys(v for lit in lits for v in lit.values))
            nullable = nullable or any(r.nullable for r in lits)
            return TypeRef("literal", values=values, open=True, nullable=nullable)
        if not refs:
            return TypeRef("any", nullable=nullable)
        if len(refs) == 1:
            return refs[0].with_nullable(True) if nullable else refs[0]
        declared = node.value.get("discriminator")
        objects = [r for r in refs if self._object_member(r)]
        if 2 <= len(objects) < len(refs):
            # e.g. Union["auto", TextFormat, JsonFormat]: the models among the members still get
            # a discriminator of their own, so `{}` is not taken for the first model with a default
            inner = discriminator(self.types, declared, objects)
            if inner is not None:
                rest = [r for r in refs if r not in objects]
                nested = TypeRef("union", members=tuple(objects), discriminator=inner)
                return TypeRef("union", members=(*rest, nested), nullable=nullable)
        disc = discriminator(self.types, declared, refs, lambda m: self._warn(m, node))
        return TypeRef("union", members=tuple(refs), discriminator=disc, nullable=nullable)

    def _with_limits(self, ref: TypeRef, node: Node) -> TypeRef:
        """A union member with the limits its schema sets on its own value (a field keeps its
        limits on the Field, but a member has nowhere else to keep them)."""
        if ref.kind not in _LIMITED_KINDS:
            return ref
        value = self.spec.deref(node).value
        limits = constraints_of(value) if _is_dict(value) else None
        return (
            ref
            if limits is None or limits.is_empty()
            else dataclasses.replace(ref, constraints=limits)
        )

    def _object_member(self, ref: TypeRef) -> bool:
        named = self.types.get(ref.name or "") if ref.kind == "named" else None
        return named is not None and named.kind == "object" and not ref.nullable

    # -- allOf ---------------------------------------------------------------------------

    def _all_of_single(
        self, node: Node, hint: str = "", owner: str | None = None
    ) -> TypeRef | None:
        """`allOf: [X]` or `allOf: [X, {nullable: true}]`: X itself (nullable or not)."""
        value = node.value
        members = value["allOf"]
        real = [m for m in members if not (_is_dict(m) and all(_is_modifier(k) for k in m))]
        extra_keys = {k for k in value if not _is_modifier(k)} - {"allOf", "type"}
        if len(real) != 1 or extra_keys:
            return None
        nullable = any(_is_dict(m) and m.get("nullable") is True for m in members)
        index = members.index(real[0])
        t = self.convert(node.child("allOf", index), hint or "Model", owner)
        return t.with_nullable(True) if nullable else t

    def _merge_all_of_needed(self, node: Node) -> bool:
        return self._all_of_single(node) is None if "allOf" in node.value else False

    # -- helpers ---------------------------------------------------------------------------

    def _is_object(self, value: dict[str, Any]) -> bool:
        t = value.get("type")
        props = value.get("properties")
        has_props = _is_dict(props) and bool(props)
        if isinstance(t, list):
            return "object" in t and has_props
        return (t == "object" or t is None) and has_props

    def _composition(self, value: dict[str, Any]) -> bool:
        for key in ("oneOf", "anyOf"):
            m = value.get(key)
            if isinstance(m, list) and m and not all(only_required(x) for x in m):
                return True
        return "allOf" in value

    def _dedupable(self, value: dict[str, Any]) -> bool:
        return self._is_object(value) or any(
            isinstance(value.get(k), list) and value[k] for k in ("oneOf", "anyOf", "allOf")
        )

    def _sole_object(self, node: Node) -> Node | None:
        """The inline object that is the only real member of this schema's union, if that is
        all the schema is (`anyOf: [{type: object, ...}, {type: null}]`)."""
        place = self._sole_object_place(node.value)
        return None if place is None else node.child(*place)

    def _sole_object_place(self, value: Any) -> tuple[str, int] | None:
        if not _is_dict(value) or "allOf" in value or "properties" in value:
            return None
        keys = [k for k in ("anyOf", "oneOf") if isinstance(value.get(k), list) and value[k]]
        if len(keys) != 1:
            return None
        members = value[keys[0]]
        real = [i for i, m in enumerate(members) if not is_null(m) and not only_required(m)]
        if len(real) != 1:
            return None
        member = members[real[0]]
        if (
            not _is_dict(member)
            or "$ref" in member
            or not self._is_object(member)
            or self._composition(member)
        ):
            return None
        return keys[0], real[0]

    def _null_allowed(self, value: Any) -> bool:
        """Does a reference to this schema accept null (the schema says so, or it is an object
        whose union with null was turned into the object itself)?"""
        if self._nullable_flag(value):
            return True
        place = self._sole_object_place(value)
        return place is not None and any(is_null(m) for m in value[place[0]])

    @staticmethod
    def _nullable_flag(value: Any) -> bool:
        if not _is_dict(value):
            return False
        if value.get("nullable") is True:
            return True
        t = value.get("type")
        return isinstance(t, list) and "null" in t

    def _warn(self, message: str, node: Node) -> None:
        self.problems.append(Problem(message, self.spec.locate(node.doc, node.pointer)))

    def _audit(self, node: Node) -> None:
        """A located warning for each keyword of this schema that no type or field expresses."""
        if not _is_dict(node.value) or (node.doc, node.pointer) in self._audited:
            return
        self._audited.add((node.doc, node.pointer))
        for key, message in schema_findings(node.value):
            self._warn(message, node.child(key))


def _primitive(kind: str, value: dict[str, Any]) -> TypeRef:
    fmt = value.get("format") if isinstance(value.get("format"), str) else None
    if kind == "string":
        if fmt == "date-time":
            return TypeRef("datetime", format=fmt)
        if fmt == "date":
            return TypeRef("date", format=fmt)
        if (
            fmt == "binary"
            or value.get("contentEncoding") == "binary"
            or value.get("contentMediaType") == "application/octet-stream"
        ):
            return TypeRef("bytes", format="binary")
        return TypeRef("str", format=fmt)
    return TypeRef(_PRIMITIVES[kind], format=fmt)  # type: ignore[arg-type]


#: Kinds whose values the constraint keywords limit (lengths, bounds, item counts).
_LIMITED_KINDS = frozenset(("str", "int", "float", "array"))


def constraints_of(value: dict[str, Any]) -> Constraints:
    def num(key: str) -> Any:
        v = value.get(key)  # an infinite bound (1e999) bounds nothing
        return (
            v
            if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
            else None
        )

    def count(key: str) -> int | None:
        v = num(key)  # `maxLength: 1e3` is 1000; a fraction or a negative count is no limit
        return int(v) if v is not None and v >= 0 and float(v).is_integer() else None

    def exclusive(key: str, bound: Any) -> tuple[Any, Any]:
        """(inclusive, exclusive): 3.0 flags the inclusive bound, 3.1 gives a number of its own."""
        flag = value.get(key)
        if flag is True and bound is not None:
            return None, bound
        if isinstance(flag, (int, float)) and not isinstance(flag, bool) and math.isfinite(flag):
            return bound, flag
        return bound, None

    minimum, exclusive_minimum = exclusive("exclusiveMinimum", num("minimum"))
    maximum, exclusive_maximum = exclusive("exclusiveMaximum", num("maximum"))
    return Constraints(
        min_length=count("minLength"),
        max_length=count("maxLength"),
        pattern=value.get("pattern") if isinstance(value.get("pattern"), str) else None,
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=exclusive_minimum,
        exclusive_maximum=exclusive_maximum,
        min_items=count("minItems"),
        max_items=count("maxItems"),
    )


def _literal_value(value: Any) -> bool:
    """Can `typing.Literal` hold it? Strings, booleans and 64-bit integers (pydantic validates no
    bigger literal); not floats or containers."""
    return isinstance(value, str) or (isinstance(value, int) and -(2**63) <= value < 2**63)


def _is_modifier(key: Any) -> bool:
    """A keyword that says something about a schema without changing its type (extensions too)."""
    return key in _MODIFIER_KEYS or (isinstance(key, str) and key.startswith("x-"))


#: Folder names that say what a file holds, not what it is about.
_GENERIC_FOLDERS = frozenset(
    {
        "models", "schemas", "responses", "requests", "requestbodies", "parameters", "attributes",
        "definitions", "components", "shared", "common", "resources", "headers", "examples", "paths",
        "types", "specs", "spec", "openapi", ".", "..",
    }
)  # fmt: skip


def _qualifiers(node: Node) -> list[str]:
    """Words that tell a schema in another file apart: its file's stem (for a schema among
    several in one file), then its folders, innermost first, leaving out generic ones."""
    parts = node.doc.split("/")
    out = [parts[-1].split(".", 1)[0]] if len(node.tokens) == 1 else []
    out += [d for d in reversed(parts[:-1]) if d.lower() not in _GENERIC_FOLDERS]
    return [q for q in dict.fromkeys(out) if naming.words(q)]


def _pointer_name(tokens: list[str]) -> str:
    tokens = [
        t
        for t in tokens
        if not t.isdigit()
        and t
        not in (
            "properties",
            "items",
            "schema",
            "content",
            "components",
            "schemas",
            "allOf",
            "anyOf",
            "oneOf",
        )
    ]
    return naming.pascal("_".join(tokens[-2:])) if tokens else ""
