"""Response models (Pydantic) and request params (TypedDict) from the IR, one module per type.

Types that refer to each other in a cycle cannot import each other at module
level, so each strongly connected group shares one module (the first member's)
and the others' modules re-export from it; the group's models are rebuilt at
its end. Everything else is one type per module, imported normally.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from generator.emit.docs import described
from generator.emit.pytypes import (
    Flavour,
    Imports,
    TypeRenderer,
    limit_args,
    literal_text,
    py_string,
)
from generator.emit.render import Renderer
from generator.ir import Api, Field, NamedType, TypeRef
from generator.normalize.normalizer import iter_type_refs, named_dependencies


@dataclass
class ModuleItem:
    kind: str  # "model", "alias", "typeddict", "typeddict_functional"
    name: str
    doc: str | None = None
    annotation: str = ""  # alias: the aliased type
    fields: list[dict[str, Any]] = field(default_factory=list)
    deprecated: bool = False


def docstring(text: str | None, indent: str = "", *, keep_indent: bool = False) -> str | None:
    """A triple-quoted docstring that ruff and black leave as it is.

    Continuation lines are flat, or with `keep_indent` keep their indentation (laid-out text
    such as an `Args:` section, whose unindented lines stop them from re-indenting it)."""
    if not text:
        return None
    body = (
        text.replace("\\", "\\\\").replace("\t", "    ").replace("\r\n", "\n").replace("\r", "\n")
    )
    if not body.replace("\n", "").isprintable():
        body = "".join(c if c.isprintable() or c == "\n" else " " for c in body)
    body = body.replace('"""', '\\"\\"\\"')
    lines = [line.rstrip() for line in body.strip().split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    if not lines:
        return None
    # the formatters strip indentation common to the continuation lines: keep it flat
    lines = [lines[0]] + [
        (indent + (line if keep_indent else line.strip())) if line.strip() else ""
        for line in lines[1:]
    ]
    last = lines[-1]
    if last.endswith('\\"') and (len(last) - 1 - len(last[:-1].rstrip("\\"))) % 2:
        # an escaped quote just before the closing quotes: ruff drops the space black keeps
        # after it. Unescaped, it is safe before a space or a line break, for both of them.
        lines[-1] = last[:-2] + '"'
    if lines[0].startswith('"'):
        lines[0] = " " + lines[0]  # both pad a quote next to the opening quotes
    if len(lines) == 1:
        return f'"""{lines[0]} """' if lines[0].endswith('"') else f'"""{lines[0]}"""'
    return '"""' + "\n".join(lines) + "\n" + indent + '"""'


def constraint_args(f: Field) -> list[str]:
    """pydantic Field arguments for the spec's numeric, length and item-count limits."""
    return limit_args(f.type, f.constraints)


def strongly_connected(nodes: list[str], edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative; groups in a deterministic order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    counter = 0
    for start in nodes:
        if start in index:
            continue
        work: list[tuple[str, Iterable[str]]] = [(start, iter(sorted(edges.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, it = work[-1]
            advanced = False
            for nxt in it:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(edges.get(nxt, ())))))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                groups.append(sorted(group))
    return groups


class ModelEmitter:
    def __init__(self, api: Api, renderer: Renderer, package: str) -> None:
        self.api = api
        self.renderer = renderer
        self.package = package
        self.types = api.type_by_id()

    def emit(self) -> dict[str, str]:
        files: dict[str, str] = {}
        model_types = list(self.api.types)
        param_types = [t for t in self.api.types if t.param_name and t.param_module]
        files.update(self._emit_flavour(model_types, "model"))
        files.update(self._emit_flavour(param_types, "param"))
        files.update(self._types_index(model_types, param_types))
        return files

    # -- per flavour ----------------------------------------------------------------

    def _module_of(self, t: NamedType, flavour: Flavour) -> str:
        return (t.param_module if flavour == "param" else t.module) or t.module

    def _name_of(self, t: NamedType, flavour: Flavour) -> str:
        return (t.param_name if flavour == "param" else t.name) or t.name

    def _emit_flavour(self, members: list[NamedType], flavour: Flavour) -> dict[str, str]:
        ids = [t.id for t in sorted(members, key=lambda t: t.name)]
        present = set(ids)
        edges = {
            tid: {d for d in named_dependencies(self.types[tid]) if d in present} for tid in ids
        }
        home: dict[str, str] = {}  # type id -> module that defines it
        groups = strongly_connected(ids, edges)
        files: dict[str, str] = {}
        for group in groups:
            group_types = sorted((self.types[g] for g in group), key=lambda t: t.name)
            module = self._module_of(group_types[0], flavour)
            for t in group_types:
                home[t.id] = module
        preload = _preloads(
            {
                home[g]: {home[d] for t in group for d in edges[t]} - {home[g]}
                for group in groups
                for g in group[:1]
            }
        )
        for group in groups:
            group_types = sorted((self.types[g] for g in group), key=lambda t: t.name)
            module = home[group_types[0].id]
            cyclic = len(group) > 1 or group[0] in edges[group[0]]
            files[f"types/{module}.py"] = self._module(
                group_types, flavour, home, cyclic, preload.get(module)
            )
            for t in group_types[1:]:
                name = self._name_of(t, flavour)
                files[f"types/{self._module_of(t, flavour)}.py"] = self.renderer.render(
                    "models/reexport.py.jinja", {"module": module, "names": [name]}
                )
        return files

    def _module(
        self,
        group: list[NamedType],
        flavour: Flavour,
        home: dict[str, str],
        cyclic: bool,
        preload: str | None = None,
    ) -> str:
        renderer = TypeRenderer(self.types, flavour)
        imports = Imports()
        items: list[ModuleItem] = []
        classes = [t for t in group if t.kind == "object"]
        aliases = _alias_order([t for t in group if t.kind == "alias"])
        pending = {t.id for t in group}  # this module's types not defined yet, at each item
        for t in classes + aliases:
            items.append(self._item(t, renderer, imports, flavour, pending))
            pending.discard(t.id)
        own = {t.id for t in group}
        dep_lines = []
        for tid in sorted(imports.types - own, key=lambda i: self._name_of(self.types[i], flavour)):
            dep_lines.append(
                (
                    home.get(tid) or self._module_of(self.types[tid], flavour),
                    self._name_of(self.types[tid], flavour),
                )
            )
        rebuild = (
            [self._name_of(t, flavour) for t in classes] if cyclic and flavour == "model" else []
        )
        blocks: list[list[str]] = []
        std: list[str] = []
        if imports.datetime:
            std.append(f"from datetime import {', '.join(sorted(imports.datetime))}")
        if imports.typing:
            std.append(f"from typing import {', '.join(sorted(imports.typing))}")
        if imports.typing_extensions:
            std.append(
                f"from typing_extensions import {', '.join(sorted(imports.typing_extensions))}"
            )
        blocks.append(std)
        pydantic_names = sorted(imports.pydantic)
        if pydantic_names:
            blocks.append([f"from pydantic import {', '.join(pydantic_names)}"])
        runtime_models = (["BaseModel"] if flavour == "model" and classes else []) + (
            ["NotNull"] if imports.not_null else []
        )
        local = [f"from .._models import {', '.join(runtime_models)}"] if runtime_models else []
        local += [f"from ..{m} import {n}" for m, n in sorted(imports.runtime)]
        if preload is not None:
            std.insert(0, "import importlib")
            blocks.append(local)
            local = [
                f"importlib.import_module({py_string('.' + preload)}, __package__)  # see _preloads"
            ]
        local += [f"from .{m} import {n}" for m, n in dep_lines]
        blocks.append(local)
        names = ", ".join(py_string(item.name) for item in items)
        ctx = {
            "flavour": flavour,
            "items": items,
            "import_blocks": [b for b in blocks if b],
            "all_line": f"__all__ = [{names}]",
            "rebuild": rebuild,
        }
        return self.renderer.render("models/module.py.jinja", ctx)

    def _item(
        self,
        t: NamedType,
        renderer: TypeRenderer,
        imports: Imports,
        flavour: Flavour,
        pending: set[str],
    ) -> ModuleItem:
        """One type of a module; `pending` holds the module's types not defined before it."""
        name = self._name_of(t, flavour)
        if t.kind == "alias":
            assert t.alias_of is not None
            annotation = renderer.render(t.alias_of, imports)
            if named_dependencies(t) & pending:
                # recursive through aliases only (`Json = Union[str, List[Json]]`): a plain alias
                # would name itself before it exists, so the value is a string read on first use
                imports.typing_extensions.add("TypeAliasType")
                line = f"{name} = TypeAliasType({py_string(name)}, {py_string(annotation)})"
                return ModuleItem("alias", name, docstring(t.description), line)
            imports.typing_extensions.add("TypeAlias")
            return ModuleItem(
                "alias",
                name,
                docstring(t.description),
                f"{name}: TypeAlias = {annotation}",
            )
        if flavour == "param":
            return self._typeddict(t, name, renderer, imports, pending)
        fields = []
        for f in t.fields:
            fields.append(self._model_field(f, renderer, imports))
        return ModuleItem(
            "model", name, docstring(t.description, "    "), fields=fields, deprecated=t.deprecated
        )

    def _model_field(self, f: Field, renderer: TypeRenderer, imports: Imports) -> dict[str, Any]:
        annotation = renderer.render(f.type, imports)
        checks = constraint_args(f)
        if checks:
            # on the value's own type, inside Optional/MISSING, where pydantic can apply them
            base = renderer.render(f.type, imports, nullable=False)
            imports.typing_extensions.add("Annotated")
            imports.pydantic.add("Field")
            annotation = f"Annotated[{base}, Field({', '.join(checks)})]"
            if f.type.nullable:
                imports.typing.add("Optional")
                annotation = f"Optional[{annotation}]"
        args: list[str] = []
        default: str | None = None
        if (
            f.has_default
            and f.type.kind == "literal"
            and len(f.type.values) == 1
            and not f.type.open
        ):
            default = literal_text(f.default)
        elif not f.required:
            # may be omitted: reads None when it is (as in the official SDK), stays out of
            # `model_fields_set` and of dumps; a field the spec never allows to be null
            # still refuses an explicit null (`NotNull`)
            default = "None"
            if not self._admits_null(f.type):
                imports.typing.add("Optional")
                imports.typing_extensions.add("Annotated")
                imports.not_null = True
                annotation = f"Annotated[Optional[{annotation}], NotNull]"
        if f.py_name != f.name:
            args.append(f"alias={py_string(f.name)}")
        if f.deprecated:
            args.append("deprecated=True")
        value: str | None = default
        if args:
            imports.pydantic.add("Field")
            if default is not None:
                args.insert(0, f"default={default}")
            value = f"Field({', '.join(args)})"
        line = f"{f.py_name}: {annotation}" + (f" = {value}" if value is not None else "")
        return {
            "line": f"    {line}",
            "doc": docstring(described(f.description, f.deprecated), "    "),
        }

    def _admits_null(self, t: TypeRef, seen: frozenset[str] = frozenset()) -> bool:
        """Whether the annotation of `t` already takes None (nullable, any, a null member)."""
        if t.nullable or t.kind in ("any", "null"):
            return True
        if t.kind == "union":
            return any(self._admits_null(m, seen) for m in t.members)
        if t.kind == "named" and t.name is not None and t.name not in seen:
            named = self.types[t.name]
            if named.kind == "alias" and named.alias_of is not None:
                return self._admits_null(named.alias_of, seen | {t.name})
        return False

    def _typeddict(
        self, t: NamedType, name: str, renderer: TypeRenderer, imports: Imports, pending: set[str]
    ) -> ModuleItem:
        imports.typing_extensions.add("TypedDict")
        fields = []
        functional = any(
            not f.name.isidentifier() or not f.name.isascii() or f.py_name != f.name
            for f in t.fields
        )
        for f in t.fields:
            if f.read_only:
                continue
            annotation = renderer.render(f.type, imports)
            if functional and any(
                r.kind == "named" and r.name in pending for r in iter_type_refs(f.type)
            ):
                # the functional form evaluates its annotations at once: a type of this module
                # not defined yet (itself, or a later member of a cycle) is named by a string
                annotation = py_string(annotation)
            if f.required:
                imports.typing_extensions.add("Required")
                annotation = f"Required[{annotation}]"
            if functional:
                line = f"        {py_string(f.name)}: {annotation},"
            else:
                line = f"    {f.name}: {annotation}"
            fields.append(
                {"line": line, "doc": docstring(described(f.description, f.deprecated), "    ")}
            )
        kind = "typeddict_functional" if functional else "typeddict"
        return ModuleItem(kind, name, docstring(t.description, "    "), fields=fields)

    # -- package index ----------------------------------------------------------------

    def _types_index(
        self, model_types: list[NamedType], param_types: list[NamedType]
    ) -> dict[str, str]:
        """`types/__init__.py` (a lazy table) and its `.pyi` (the re-exports type checkers read)."""
        exports = sorted(
            [(t.name, t.module) for t in model_types]
            + [(t.param_name or "", t.param_module or "") for t in param_types]
        )
        ctx = {"exports": exports}
        return {
            "types/__init__.py": self.renderer.render("models/types_init.py.jinja", ctx),
            "types/__init__.pyi": self.renderer.render("models/types_init.pyi.jinja", ctx),
        }


def _alias_order(aliases: list[NamedType]) -> list[NamedType]:
    """Aliases in an order where each is defined before another alias of the group uses it."""
    by_id = {t.id: t for t in aliases}
    done: list[NamedType] = []
    seen: set[str] = set()

    def visit(t: NamedType, path: set[str]) -> None:
        if t.id in seen or t.id in path:
            return
        path.add(t.id)
        for dep in sorted(named_dependencies(t) & set(by_id)):
            visit(by_id[dep], path)
        seen.add(t.id)
        done.append(t)

    for t in aliases:
        visit(t, set())
    return done


#: Module imports nested deeper than this would near Python's recursion limit (each nested
#: import takes several frames), so such a module first imports a module this far down its chain.
PRELOAD_DEPTH = 40


def _preloads(deps: dict[str, set[str]]) -> dict[str, str]:
    """For modules whose chain of imports is deeper than PRELOAD_DEPTH: a module
    PRELOAD_DEPTH steps down the deepest chain, to import first. Once it is loaded, the
    module's own imports stop there, so no import nests much deeper than PRELOAD_DEPTH."""
    depth: dict[str, int] = {}
    deepest: dict[str, str | None] = {}
    for start in sorted(deps):
        stack = [start]
        while stack:  # iterative: the chains this is for are too deep to recurse over
            module = stack[-1]
            if module in depth:
                stack.pop()
                continue
            todo = [d for d in sorted(deps.get(module, ())) if d not in depth and d in deps]
            if todo:
                stack.extend(todo)
                continue
            below = [(depth[d], d) for d in sorted(deps.get(module, ())) if d in depth]
            best = max(below, default=None)
            depth[module] = best[0] + 1 if best else 0
            deepest[module] = best[1] if best else None
            stack.pop()
    out: dict[str, str] = {}
    for module in sorted(deps):
        if depth[module] <= PRELOAD_DEPTH:
            continue
        target: str | None = module
        for _ in range(PRELOAD_DEPTH):
            target = deepest[target] if target is not None else None
        if target is not None:
            out[module] = target
    return out
