"""IR types as Python annotation text, in the two flavours the SDK uses.

"model": response models (Pydantic): `List[...]`, discriminated unions annotated.
"param": request params (TypedDict): `Iterable[...]`, `FileTypes`, `...Param` names.
The renderer also collects what each annotation needs imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from generator.ir import Constraints, NamedType, TypeRef

Flavour = Literal["model", "param"]

_PRIMITIVE = {"str": "str", "int": "int", "float": "float", "bool": "bool", "null": "None"}


@dataclass
class Imports:
    typing: set[str] = field(default_factory=set)
    typing_extensions: set[str] = field(default_factory=set)
    datetime: set[str] = field(default_factory=set)
    pydantic: set[str] = field(default_factory=set)
    runtime: set[tuple[str, str]] = field(
        default_factory=set
    )  # (module, name), relative to package root
    types: set[str] = field(default_factory=set)  # named type ids
    not_null: bool = False  # the runtime's NotNull marker (fields that may be omitted, never null)


def literal_text(value: object) -> str:
    if isinstance(value, str):
        return py_string(value)
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if value == value and value not in (float("inf"), float("-inf")) else "0"
    return py_string(str(value))


def tuple_literal(items: Sequence[str]) -> str:
    """A tuple of code texts: `("a",)`, `("a", "b")`, `()`."""
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


def py_string(text: str, quote: str | None = None) -> str:
    """A Python string literal as black would write it: double quotes unless single need fewer escapes.

    `quote` forces the quote character (for the text of an f-string, whose quotes black keeps).
    """
    quote = quote or ("'" if text.count('"') > text.count("'") else '"')
    out = text.replace("\\", "\\\\").replace(quote, "\\" + quote)
    out = out.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    if not out.isprintable():
        out = "".join(c if c.isprintable() or c == " " else _escape(c) for c in out)
    return f"{quote}{out}{quote}"


def _escape(c: str) -> str:
    """`\\uXXXX`, or `\\UXXXXXXXX` beyond the BMP (`\\u` takes exactly four digits)."""
    code = ord(c)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def limit_args(t: TypeRef, c: Constraints) -> list[str]:
    """pydantic Field arguments for the numeric, length and item-count limits of a value of type `t`.

    Patterns are left out: ECMA-262 regexes do not all compile as Rust or Python regexes.
    """
    out: list[str] = []
    if t.kind in ("int", "float"):
        for name, value in (
            ("ge", c.minimum),
            ("le", c.maximum),
            ("gt", c.exclusive_minimum),
            ("lt", c.exclusive_maximum),
        ):
            if value is not None:
                out.append(f"{name}={value!r}")
    elif t.kind == "str" and t.format is None:
        for name, value in (("min_length", c.min_length), ("max_length", c.max_length)):
            if value is not None:
                out.append(f"{name}={value!r}")
    elif t.kind == "array":
        for name, value in (("min_length", c.min_items), ("max_length", c.max_items)):
            if value is not None:
                out.append(f"{name}={value!r}")
    return out


class TypeRenderer:
    """`annotated=False` leaves out the `Annotated[..., Field(discriminator=...)]` that tells
    pydantic how to pick a union's member: the same type to a checker, and the only form
    mypy takes as the target of `cast()` ("Cast target is not a type" otherwise)."""

    def __init__(
        self, types: dict[str, NamedType], flavour: Flavour, *, annotated: bool = True
    ) -> None:
        self.types = types
        self.flavour = flavour
        self.annotated = annotated

    def _annotates(self) -> bool:
        """Does a discriminated union keep its `Annotated[..., Field(discriminator=...)]`?"""
        return self.flavour == "model" and self.annotated

    def name_of(self, tid: str) -> str:
        t = self.types[tid]
        if self.flavour == "param" and t.param_name:
            return t.param_name
        return t.name

    def render(self, t: TypeRef, imports: Imports, *, nullable: bool | None = None) -> str:
        text = self._render(t, imports)
        if t.nullable if nullable is None else nullable:
            if t.kind in ("any", "null"):
                return text
            imports.typing.add("Optional")
            return f"Optional[{text}]"
        return text

    def _render(self, t: TypeRef, imports: Imports) -> str:
        text = self._render_type(t, imports)
        if t.constraints is not None and self.flavour == "model":
            # a union member's own limits, where pydantic applies them to that member alone
            args = limit_args(t, t.constraints)
            if args:
                imports.typing_extensions.add("Annotated")
                imports.pydantic.add("Field")
                return f"Annotated[{text}, Field({', '.join(args)})]"
        return text

    def _render_type(self, t: TypeRef, imports: Imports) -> str:
        kind = t.kind
        if kind in _PRIMITIVE:
            return _PRIMITIVE[kind]
        if kind == "any":
            imports.typing.add("Any")
            return "Any"
        if kind == "bytes":
            if self.flavour == "param":
                imports.runtime.add(("_types", "FileTypes"))
                return "FileTypes"
            return "bytes"
        if kind in ("datetime", "date"):
            imports.datetime.add(kind)
            if self.flavour == "param":
                imports.typing.add("Union")
                return f"Union[str, {kind}]"
            return kind
        if kind == "literal":
            imports.typing.add("Literal")
            lit = "Literal[" + ", ".join(literal_text(v) for v in t.values) + "]"
            if t.open:
                imports.typing.add("Union")
                return f"Union[{lit}, str]"
            return lit
        if kind == "array":
            assert t.item is not None
            inner = self.render(t.item, imports)
            if self.flavour == "param":
                imports.typing.add("Iterable")
                return f"Iterable[{inner}]"
            imports.typing.add("List")
            return f"List[{inner}]"
        if kind == "map":
            assert t.item is not None
            imports.typing.add("Dict")
            return f"Dict[str, {self.render(t.item, imports)}]"
        if kind == "named":
            assert t.name is not None
            imports.types.add(t.name)
            return self.name_of(t.name)
        if kind == "union":
            members: list[str] = []
            for m in t.members:
                if (
                    m.kind == "union"
                    and not m.nullable
                    and (m.discriminator is None or not self._annotates())
                ):
                    members.extend(
                        self.render(x, imports) for x in m.members
                    )  # Union[A, Union[B, C]]
                else:
                    members.append(self.render(m, imports))
            members = list(dict.fromkeys(members))
            if len(members) == 1:
                return members[0]
            imports.typing.add("Union")
            text = "Union[" + ", ".join(members) + "]"
            if t.discriminator is not None and self._annotates():
                imports.typing_extensions.add("Annotated")
                imports.pydantic.add("Field")
                return f"Annotated[{text}, Field(discriminator={py_string(t.discriminator.py_property)})]"
            return text
        raise ValueError(f"unknown type kind {kind!r}")  # pragma: no cover
