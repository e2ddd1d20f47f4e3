"""Hypothesis strategies for random, structurally valid OpenAPI 3.0 and 3.1 documents.

`specs()` draws a `GeneratedSpec`: the document (a dict), the other files its `$ref`s
reach, an optional naming file, and what generating code from it must do. A spec marked
"valid" must generate without any exception; a spec marked "rejected:<why>" (a valid one
with one defect put in) must fail with the `OasgenError` subclass it names.

What a valid document is built from (everything the IR has a place for):

- component schemas: objects (required, optional and nullable properties, additionalProperties
  true, false or a schema, `required` naming a missing property, oneOf-of-required rules),
  arrays (item counts), maps, strings (date-time, date, binary, uri, uuid, byte; lengths,
  patterns), integers and numbers (inclusive and exclusive limits, 3.0 and 3.1 flavours),
  booleans, string, integer, mixed and number enums (closed, open through anyOf string +
  enum, nullable; values that need escaping), `const`, free-form `{}`, 3.1 multi-type
  (`type: [string, integer]`), defaults, readOnly/writeOnly, deprecated, examples holding
  `$ref`-like data, titles and descriptions with hostile text;
- `$ref`s between components anywhere, recursive and mutually recursive through
  properties, items and map values; aliases (`A: {$ref: B}`), `$ref` with sibling
  keywords; components in other files (a whole-file schema, a components section);
- allOf (merged objects, single-member wrappers, nullable wrappers), anyOf and oneOf
  with and without a discriminator (with mapping by ref or by name, variants built with
  allOf), unions of primitives, mixed unions, nullable unions (3.0 `nullable: true`,
  3.1 `type: [x, "null"]` and `{type: "null"}` members);
- operations (get, post, put, patch, delete) on paths with templated segments (several
  per segment, at path-item or operation level, fixed query parts such as
  `/things?beta=true`); path, query, header and cookie parameters (arrays with
  form/spaceDelimited/pipeDelimited and explode, deepObject objects, `content` instead
  of `schema`, `$ref`s to component parameters); JSON, multipart (binary fields, arrays
  of files, 3.1 contentMediaType), form, octet-stream and text request bodies, shared
  through `components/requestBodies`; JSON, binary, text, empty (204), SSE
  (`text/event-stream`, always or behind a `stream` body flag, event-mode unions) and
  default/4XX error responses, shared through `components/responses`; list responses
  that look paginated (`data` + `has_more` with an `after` query parameter, or plain
  pages); security schemes (bearer, basic, apiKey in header/query/cookie, oauth2,
  openIdConnect) at the root and per operation (including optional `{}`); servers
  with variables; naming files mapping operationIds to call paths (clashing ones too).

Names (component names, property, parameter and path-segment names, operationIds) come
from alphabets with Python keywords and soft keywords, builtins, names the generated
code itself uses, dunders, digits first, unicode, dashes, dots, spaces, brackets and
pairs that collide after case or underscore conversion (`fooBar` / `foo_bar`), drawn so
the document stays valid where validity is required: component names match
`^[A-Za-z0-9._-]+$`, operationIds are unique, every template variable of a path is a
declared required path parameter, no two paths differ only in their variable names.

Defects of rejected specs: a `$ref` that dangles, a cycle of `$ref`s with no schema in it,
a remote ref, refs that leave the folder, are absolute or name a missing file, a fragment
that is no JSON pointer, an unsupported, missing or numeric `openapi` version, Swagger 2,
a document, `paths` or `components/schemas` that is not a mapping, truncated text, and a
naming file that is not a mapping of operationIds to dotted Python names.

Left out: webhooks and callbacks (the IR ignores them), `links`, XML, `not`,
`if`/`then`/`else`, `patternProperties`, `prefixItems`, `$dynamicRef`, remote documents
that resolve (there is no network in tests), YAML-only features (anchors, tags: the
documents are written as JSON) and streaming overrides from the config.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from hypothesis import strategies as st

from generator.errors import OasgenError, RefError, SpecError, UnsupportedSpecError

# -- alphabets -------------------------------------------------------------------------

KEYWORDS = [
    "class", "def", "from", "import", "return", "None", "True", "False", "async", "await",
    "lambda", "yield", "global", "nonlocal", "pass", "in", "is", "not", "and", "or", "with",
    "del", "try", "raise", "match", "case", "type", "_",
]  # fmt: skip
BUILTINS = [
    "str", "int", "float", "bool", "bytes", "list", "dict", "id", "object", "property",
    "len", "set", "input", "format", "hash", "range", "iter", "next", "filter", "map",
    "print", "super", "tuple", "date", "datetime",
]  # fmt: skip
GENERATED_CODE_NAMES = [
    "model_config", "model_fields", "model_dump", "model_validate", "model_extra",
    "schema", "json", "copy", "fields", "construct", "validate", "to_dict", "to_json",
    "self", "cls", "MISSING", "Optional", "Literal", "Any", "Field", "BaseModel", "Union",
    "List", "Dict", "Annotated", "TypedDict", "Required", "extra_headers", "extra_query",
    "extra_body", "timeout", "cast", "stream", "body", "files", "headers", "query",
    "options", "path_param", "make_request_options", "strip_not_given", "NOT_GIVEN",
    "NotGiven", "client", "response", "request", "warnings", "handler", "credentials",
    "router", "app", "Headers", "Stream", "overload", "httpx2",
]  # fmt: skip
DUNDERS = [
    "__init__",
    "__class__",
    "__dict__",
    "__slots__",
    "__root__",
    "_private",
    "__",
    "___",
    "__x",
]
DIGITS_FIRST = ["1st", "2fa", "123", "0", "9lives", "3d_model", "1"]
UNICODE = [
    "ünïcode",
    "名前",
    "Ωmega",
    "café",
    "naïve-name",
    "emoji🎉",
    "ß",
    "Ａbc",
    "ﬁle",
]
PUNCTUATED = [
    "foo-bar", "x-request-id", "foo bar", " ", "a.b", "a/b", "a[b]", "filter[status]",
    "@type", "#hash", "%percent", "a'b", 'a"b', "a\\b", "", "{x}", "$ref", "a:b",
]  # fmt: skip
COLLIDING = [
    "fooBar", "foo_bar", "FooBar", "foo__bar", "FOO_BAR", "fooBAR", "foo_bar_", "foo_bar2",
    "class_", "def_", "field_1_st", "field", "field_", "type_",
]  # fmt: skip
PLAIN = [
    "id",
    "name",
    "value",
    "data",
    "items",
    "kind",
    "object",
    "event",
    "created_at",
    "url",
    "status",
    "count",
]
LONG = [
    "x" * 95,
    "a_rather_long_property_name_that_needs_black_to_wrap_the_line_it_sits_on_" * 2,
]

PROPERTY_NAMES = (
    PLAIN
    + KEYWORDS
    + BUILTINS
    + GENERATED_CODE_NAMES
    + DUNDERS
    + DIGITS_FIRST
    + UNICODE
    + PUNCTUATED
    + COLLIDING
    + LONG
)

COMPONENT_NAMES = [
    "Foo", "foo", "FOO", "Foo_Bar", "FooBar", "foo_bar", "foo-bar", "Foo.Bar", "fooBar", "Foo2", "Foo_2",
    "Client", "AsyncClient", "BaseModel", "Field", "Stream", "AsyncStream", "Any", "Literal",
    "Optional", "List", "Dict", "Union", "None", "True", "False", "TypeAlias", "Annotated",
    "TypedDict", "NotGiven", "APIResponse", "Required", "Mapping", "Iterable", "Sequence",
    "FileTypes", "SyncCursorPage", "SyncPage", "CursorPage", "Handlers", "Endpoint", "MISSING",
    "datetime", "date", "str", "int", "object", "type", "class", "def", "import", "_",
    "__init__", "__", "1Model", "123", "2fa", "Error", "APIError", "NotFoundError", "Model",
    "Response", "Request", "Page", "Param", "FooParam", "FooResponse", "Item", "Items",
    "types", "resources", "_client", "models", "pagination", "Things", "ThingsResource",
    "Threads", "Beta", "Root", "Pet", "Pets", "PetList", "User", "Event", "ErrorResponse",
    "X" * 90,
]  # fmt: skip
COMPONENT_NAME_RE = re.compile(r"^[A-Za-z0-9._-]+$")
assert all(COMPONENT_NAME_RE.match(n) for n in COMPONENT_NAMES)

OPERATION_IDS = [
    "getThing", "get_thing", "get-thing", "GetThing", "list", "create", "retrieve", "update",
    "delete", "class", "def", "import", "None", "__init__", "1st-op", "op with spaces",
    "ünïcode-op", "list things", "with_raw_response", "with_streaming_response", "self",
    "_client", "client.foo", "a/b", "listThings", "list_things", "createThing", "create_thing",
    "post", "get", "stream", "cast", "Any", "types", "extra_headers", "op" * 40,
]  # fmt: skip
PATH_SEGMENTS = [
    "things", "users", "class", "def", "1st", "foo-bar", "foo_bar", "fooBar", "v1", "items",
    "with_raw_response", "__init__", "self", "types", "resources", "client", "beta", "a.b",
    "ünï", "%20", "root", "runs", "cancel", "search", "list", "files", "content", "async",
    "import", "None", "_private", "Things",
]  # fmt: skip
PATH_PARAM_NAMES = [
    "id", "thing_id", "class", "from", "self", "1st", "foo-bar", "fooBar", "foo_bar", "ünï",
    "path", "body", "timeout", "extra_headers", "cast", "path_param", "x", "id2", "name.ext",
    "None", "_", "__init__",
]  # fmt: skip
HEADER_NAMES = [
    "X-Request-Id", "X-Foo_Bar", "class", "If-Match", "X-1st", "X-Api-Key", "Idempotency-Key",
    "x-stainless-x", "OpenAI-Beta", "timeout", "X-None", "Accept", "Content-Type", "Authorization",
    "user-agent",
]  # fmt: skip
COOKIE_NAMES = ["session", "class", "foo-bar", "1st", "sid", "_ga", "None"]
DISCRIMINATOR_PROPS = [
    "type",
    "kind",
    "object",
    "event",
    "class",
    "foo-bar",
    "1st",
    "role",
    "$type",
    "@type",
    "_t",
]

HOSTILE_TEXT = [
    "plain text", 'Ends with a quote"', 'Triple """ quotes', "'''single triple'''", "back\\slash",
    "trailing backslash\\", "line\nbreak", "CRLF\r\nline", "tab\tcharacter", "{{ jinja }}",
    "{% if x %}block{% endif %}", "{# comment #}", "{% raw %}", "{%- endraw %}",
    "unicode ünïcode 名前 🎉", "\u2028line separator\u2029", "null\x00byte", "bell\x07",
    "    indented\n        more\n", "", "  ", '"', "\\", '"""', '\\"""', "${dollar} %s {0} {}",
    "`backticks` *md* <b>html</b>", "# not a comment", "*/ /* */", "r'raw'", 'ends """',
    "x" * 300, "\\N{BULLET} \\u0041 \\x41", "'", "\f form feed \v vtab", "\x1b[31mred",
]  # fmt: skip
ENUM_STRINGS = [
    "a", "A", "b", "", " ", "class", "None", "True", 'with "quote"', "back\\slash", "new\nline",
    "{{ x }}", "{% y %}", "ünï", "名前", "1st", "foo-bar", "foo_bar", "fooBar", "\\", '"', "'",
    '"""', "tab\t", "z" * 100, "null", "list", "\x00", "\x85next line", "line\u2028sep", "\u2029",
    "\ufeffbom", "cr\r", "\x0bvt\x0cff", "fs\x1cgs\x1drs\x1e", "\x7f\x80\x9f", "nbsp\xa0", "\u200b",
]  # fmt: skip

#: Draws for choices: hypothesis draws small integers far more often than others (an index in
#: `range(16)` is 0 almost half the time), so choices take a 32-bit integer modulo their count:
#: nearly even, and still shrinking towards the first option.
_U32 = st.integers(0, 2**32 - 1)


def uniform(options: Sequence[Any]) -> st.SearchStrategy[Any]:
    """One of `options`, about evenly (`st.sampled_from` favours the first ones heavily)."""
    options = list(options)
    return _U32.map(lambda x: copy.deepcopy(options[x % len(options)]))


#: Characters that text handling gets wrong: line breaks to YAML 1.1 or to `str.splitlines`
#: (NEL, LS, PS, VT, FF, FS, GS, RS), C0 and C1 controls, NUL, BOM, zero-width, bidi
#: and other invisible characters, noncharacters, the last code point, quotes, backslash,
#: and what Jinja, str.format or %-formatting would read.
AWKWARD_CHARS = (
    "\x85\u2028\u2029\x0b\x0c\x1c\x1d\x1e\r\n\t\x00\x01\x07\x08\x1b\x7f\x80\x9f\xa0\xad"
    "\ufeff\u200b\u200d\u200e\u202e\u2066\u3000\ufffd\ufffe\uffff\U0001f389\U0010ffff"
    "\\\"'{}%$#`"
)
# characters that can be written to a UTF-8 file (no lone surrogates); awkward ones a third of the time
_TEXT_CHARS = st.one_of(
    uniform(AWKWARD_CHARS),
    st.characters(blacklist_categories=("Cs",)),
    st.characters(blacklist_categories=("Cs",)),
)
hostile_text = st.one_of(
    uniform(HOSTILE_TEXT),
    st.lists(uniform(HOSTILE_TEXT), min_size=2, max_size=4).map("".join),
    st.text(_TEXT_CHARS, max_size=20),
)
enum_string = st.one_of(uniform(ENUM_STRINGS), st.text(_TEXT_CHARS, max_size=8))
property_name = st.one_of(uniform(PROPERTY_NAMES), st.text(_TEXT_CHARS, max_size=6))
int_value = st.one_of(
    uniform([0, 1, -1, 2**31, -(2**31), 2**63 - 1, 10**20]),
    st.integers(-1000, 1000),
)


# -- the result ------------------------------------------------------------------------


@dataclass
class GeneratedSpec:
    """A drawn spec and what generating code from it must do."""

    document: Any  # normally a dict; anything at all for some rejected ones
    kind: str = "valid"  # "valid", or "rejected:<defect>"
    expected_error: type[OasgenError] | None = None
    text: str | None = (
        None  # raw text of the spec file, when it is not `document` as JSON
    )
    extra_files: dict[str, Any] = field(
        default_factory=dict
    )  # relative path -> JSON data
    naming: Any = None  # naming file content (operationId -> call path), if any
    naming_text: str | None = None

    @property
    def valid(self) -> bool:
        return self.kind == "valid"

    def __repr__(self) -> str:
        parts = [
            f"kind={self.kind!r}",
            f"document={json.dumps(self.document, ensure_ascii=False)}",
        ]
        for name in ("text", "extra_files", "naming", "naming_text"):
            if getattr(self, name):
                parts.append(f"{name}={getattr(self, name)!r}")
        return f"GeneratedSpec({', '.join(parts)})"

    def _repr_pretty_(
        self, printer: Any, cycle: bool
    ) -> None:  # how hypothesis shows a failing example
        printer.text(repr(self))

    def write(self, folder: Path) -> tuple[Path, Path | None]:
        """The spec (and its other files, and the naming file) written into `folder`."""
        folder.mkdir(parents=True, exist_ok=True)
        spec = folder / "spec.json"
        text = (
            self.text
            if self.text is not None
            else json.dumps(self.document, ensure_ascii=False, indent=1)
        )
        spec.write_text(text, encoding="utf-8")
        for rel, data in self.extra_files.items():
            target = folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(
                json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8"
            )
        naming = None
        if self.naming is not None or self.naming_text is not None:
            naming = folder / "naming.json"
            naming.write_text(
                (
                    self.naming_text
                    if self.naming_text is not None
                    else json.dumps(self.naming, ensure_ascii=False)
                ),
                encoding="utf-8",
            )
        return spec, naming


# -- building one document ---------------------------------------------------------------

#: What a schema gets after its kind: nullable and/or modifiers (descriptions, examples...).
_FINISHES = (
    "",
    "",
    "",
    "",
    "",
    "",
    "modifiers",
    "modifiers",
    "nullable",
    "nullable modifiers",
)
#: A property: required, readOnly, writeOnly (about 40%, 5%, 5%).
_PROPERTY_FLAGS = (
    "", "", "", "", "", "", "", "", "", "", "", "required", "required", "required", "required",
    "required", "required", "required", "required", "readOnly", "writeOnly", "required readOnly",
)  # fmt: skip


MAX_DEPTH = 3
SCHEMAS = "#/components/schemas/"


class _Builder:
    """Draws the parts of one document; keeps the component names refs may point at."""

    def __init__(self, draw: Callable[..., Any], version: str) -> None:
        self.draw = draw
        self.version = version
        self.v31 = version.startswith("3.1")
        self.names: list[str] = (
            []
        )  # component schema names, in the order they are filled
        self.schemas: dict[str, Any] = {}
        self.filling: int | None = None  # index of the component being filled, if any
        self.parameters: dict[str, Any] = {}
        self.request_bodies: dict[str, Any] = {}
        self.shared_responses: dict[str, Any] = {}
        self.security_schemes: dict[str, Any] = {}
        self.extra_files: dict[str, Any] = {}

    # small helpers

    def p(self, probability: float) -> bool:
        """True with about this probability (shrinks towards False)."""
        return self.draw(_U32) % 1000 >= (1 - probability) * 1000

    def one(self, options: list[Any]) -> Any:
        """One of `options` (shrinks towards the first)."""
        if len(options) == 1:
            return options[0]
        return options[self.draw(_U32) % len(options)]

    def new_name(self, base: str | None = None) -> str:
        """A component name not used yet."""
        name = base if base is not None else self.draw(uniform(COMPONENT_NAMES))
        candidate, n = name, 2
        while candidate in self.schemas or candidate in self.names:
            candidate = f"{name}{n}" if self.p(0.5) else f"{name}_{n}"
            n += 1
        return candidate

    def text(self) -> str:
        return self.draw(hostile_text)

    def ref(self, name: str) -> dict[str, Any]:
        return {"$ref": SCHEMAS + _escape_pointer(name)}

    def ref_target(self, guarded: bool, objects: bool = False) -> str | None:
        """A component a `$ref` may point at from here.

        Behind a property, an item or a map value any component will do (recursion is
        fine there); elsewhere only one filled before the current one, so no component is
        an alias or a union member of itself. `objects`: only object components (what
        allOf merges: an object and a string at once is a schema nothing satisfies).
        """
        pool = (
            self.names
            if guarded or self.filling is None
            else self.names[: self.filling]
        )
        pool = [n for n in pool if n in self.schemas or guarded]
        if objects:
            pool = [n for n in pool if self.is_object(n)]
        return self.one(pool) if pool else None

    def is_object(self, name: str, hops: int = 0) -> bool:
        schema = self.schemas.get(name)
        if not isinstance(schema, dict) or hops > 20:
            return False
        if isinstance(schema.get("$ref"), str) and schema["$ref"].startswith(SCHEMAS):
            target = (
                schema["$ref"][len(SCHEMAS) :].replace("~1", "/").replace("~0", "~")
            )
            return self.is_object(target, hops + 1)
        if "allOf" in schema:
            return all(
                not isinstance(m, dict)
                or "$ref" not in m
                or self.is_object(m["$ref"][len(SCHEMAS) :], hops + 1)
                for m in schema["allOf"]
            ) and any(
                isinstance(m, dict) and ("properties" in m or "$ref" in m)
                for m in schema["allOf"]
            )
        return (
            schema.get("type") == "object"
            and "properties" in schema
            or (
                "type" not in schema
                and "properties" in schema
                and not any(k in schema for k in ("oneOf", "anyOf"))
            )
        )

    def add_component(self, name: str, make: Callable[[], Any]) -> str:
        """Register a component and fill it now (for components an operation needs)."""
        self.names.append(name)
        saved = self.filling
        self.filling = len(self.names) - 1
        self.schemas[name] = make()
        self.filling = saved
        return name

    # schemas

    def schema(self, depth: int = 0, guarded: bool = False) -> dict[str, Any]:
        leaf = depth >= MAX_DEPTH
        kinds = [
            "string",
            "integer",
            "number",
            "boolean",
            "enum",
            "int_enum",
            "const",
            "any",
            "ref",
        ]
        if not leaf:
            kinds += [
                "object",
                "object",
                "array",
                "array",
                "map",
                "union",
                "allof",
                "open_enum",
                "disc_union",
            ]
            if self.v31:
                kinds += ["multitype"]
        kinds += ["other_enum", "ref", "ref"]
        kind = self.one(kinds)
        s = self._schema_of_kind(kind, depth, guarded)
        finish = self.one(_FINISHES)  # one draw for what would be two
        if "nullable" in finish:
            s = self.nullable(s)
        return self.modifiers(s, gate=False) if "modifiers" in finish else s

    def _schema_of_kind(self, kind: str, depth: int, guarded: bool) -> dict[str, Any]:
        if kind == "string":
            return self.string()
        if kind == "integer":
            return self.number("integer")
        if kind == "number":
            return self.number("number")
        if kind == "boolean":
            s: dict[str, Any] = {"type": "boolean"}
            if self.p(0.2):
                s["default"] = self.draw(st.booleans())
            return s
        if kind == "enum":
            return self.enum()
        if kind == "int_enum":
            values = self.draw(st.lists(int_value, min_size=1, max_size=4, unique=True))
            return {"type": "integer", "enum": values}
        if kind == "other_enum":
            values = self.one(
                [
                    [1.5, 2.5],
                    [True, False],
                    ["a", 1],
                    [True],
                    [0.5],
                    ["x", None],
                    [{"a": 1}],
                    [[1, 2]],
                ]
            )
            return {"enum": values}
        if kind == "const":
            value = self.draw(st.one_of(enum_string, int_value, st.booleans()))
            if self.v31:
                return (
                    {"const": value}
                    if self.p(0.5)
                    else {"type": _json_type(value), "const": value}
                )
            return {"type": _json_type(value), "enum": [value]}
        if kind == "any":
            return self.one(
                [
                    {},
                    {"description": "anything"},
                    {"type": "object"},
                    {"nullable": True} if not self.v31 else {},
                ]
            )
        if kind == "ref":
            target = self.ref_target(guarded)
            if target is None:
                return self.string()
            s = self.ref(target)
            if self.p(0.15):
                s["description"] = self.text()
            return s
        if kind == "object":
            return self.object(depth + 1)
        if kind == "array":
            return self.array(depth)
        if kind == "map":
            value = self.schema(depth + 1, guarded=True)
            return {"type": "object", "additionalProperties": value}
        if kind == "union":
            return self.union(depth, guarded)
        if kind == "allof":
            return self.all_of(depth, guarded)
        if kind == "open_enum":
            enum = self.enum()
            enum.pop("nullable", None)
            if isinstance(enum.get("type"), list):
                enum["type"] = "string"
            members = [{"type": "string"}, enum]
            if self.p(0.5):
                members.reverse()
            return {"anyOf": members}
        if kind == "disc_union":
            return self.discriminated_union(depth)
        if kind == "multitype":
            types = self.draw(
                st.lists(
                    uniform(
                        ["string", "integer", "number", "boolean", "array", "object"]
                    ),
                    min_size=2,
                    max_size=3,
                    unique=True,
                )
            )
            s = {"type": types}
            if "array" in types:
                s["items"] = {"type": "string"}
            return s
        raise AssertionError(kind)  # pragma: no cover

    def string(self) -> dict[str, Any]:
        s: dict[str, Any] = {"type": "string"}
        fmt = self.one(
            [
                None,
                None,
                "date-time",
                "date",
                "binary",
                "uri",
                "uuid",
                "byte",
                "email",
                "password",
            ]
        )
        if fmt:
            s["format"] = fmt
        if not self.p(0.45):
            return s
        if self.v31 and fmt is None and self.p(0.1):
            s["contentMediaType"] = "application/octet-stream"
        if fmt is None and self.p(0.6):
            low = self.draw(st.integers(0, 5))
            s["minLength"] = low
            if self.p(0.5):
                s["maxLength"] = low + self.draw(st.integers(0, 50))
        if self.p(0.35):
            s["pattern"] = self.one(
                [
                    "^[a-z]+$",
                    "^\\d{3}-\\d{4}$",
                    "^(?!\\s*$).+",
                    "[\"'\\\\]",
                    "^\\p{L}+$",
                ]
            )
        if self.p(0.35) and fmt is None:
            s["default"] = "x" * s["minLength"] if "minLength" in s else self.text()
        return s

    def number(self, kind: str) -> dict[str, Any]:
        s: dict[str, Any] = {"type": kind}
        if not self.p(0.6):
            return s
        if self.p(0.3):
            s["format"] = self.one(
                ["int32", "int64"] if kind == "integer" else ["float", "double"]
            )
        bound = (
            st.integers(-100, 100)
            if kind == "integer"
            else st.one_of(st.integers(-100, 100), uniform([0.5, -1.25, 1e-3]))
        )
        if self.p(0.4):
            low = self.draw(bound)
            exclusive = self.p(0.3)
            if exclusive and self.v31:
                s["exclusiveMinimum"] = low
            else:
                s["minimum"] = low
                if exclusive:
                    s["exclusiveMinimum"] = True
        if self.p(0.3):
            high = 1000 + self.draw(st.integers(0, 100))
            if self.p(0.3) and self.v31:
                s["exclusiveMaximum"] = high
            else:
                s["maximum"] = high
                if self.p(0.3) and not self.v31:
                    s["exclusiveMaximum"] = True
        if self.p(0.15):
            s["default"] = _lowest(s)
        if self.p(0.05) and kind == "integer":
            s["multipleOf"] = 2
        return s

    def enum(self) -> dict[str, Any]:
        values: list[Any] = self.draw(
            st.lists(enum_string, min_size=1, max_size=5, unique=True)
        )
        s: dict[str, Any] = {"type": "string", "enum": values}
        if self.p(0.2):
            s["default"] = values[0]
        if self.p(0.1):
            s = self.nullable(s)
        return s

    def nullable(self, s: dict[str, Any]) -> dict[str, Any]:
        """The schema, null allowed: 3.0 `nullable: true`, 3.1 `type: [x, "null"]` or a null member."""
        if "$ref" in s:
            if self.v31:
                return {self.one(["oneOf", "anyOf"]): [s, {"type": "null"}]}
            if self.p(0.2):
                return {
                    **s,
                    "nullable": True,
                }  # common in the wild although 3.0 ignores it
            return {self.one(["allOf", "oneOf", "anyOf"]): [s], "nullable": True}
        s = dict(s)
        if "enum" in s and None not in s["enum"] and self.p(0.5):
            s["enum"] = [*s["enum"], None]
        if not self.v31:
            s["nullable"] = True
            return s
        t = s.get("type")
        if isinstance(t, str):
            s["type"] = [t, "null"]
            return s
        if isinstance(t, list):
            if "null" not in t:
                s["type"] = [*t, "null"]
            return s
        for key in ("oneOf", "anyOf"):
            if key in s:
                s[key] = [*s[key], {"type": "null"}]
                return s
        return {"anyOf": [s, {"type": "null"}]}

    def modifiers(self, s: dict[str, Any], gate: bool = True) -> dict[str, Any]:
        """Descriptions, titles, examples... (about a third of the time when `gate`)."""
        if "$ref" in s or (gate and not self.p(0.35)):
            return s
        if self.p(0.6):
            s["description"] = self.text()
        if self.p(0.3):
            s["title"] = self.text()
        if self.p(0.15):
            s["deprecated"] = True
        if self.p(0.15):
            s["example"] = self.one(
                [{"$ref": "#/nowhere"}, "ex", 1, None, [{"$ref": "x.yaml"}]]
            )
        if self.p(0.1):
            s["x-vendor"] = {"$ref": "#/not/followed"} if self.p(0.5) else "x"
        return s

    def object(
        self,
        depth: int,
        *,
        props: dict[str, Any] | None = None,
        required: list[str] | None = None,
    ) -> dict[str, Any]:
        names = self.draw(
            st.lists(property_name, max_size=6 if depth < 2 else 3, unique=True)
        )
        properties = dict(props or {})
        req = list(required or [])
        for name in names:
            if name in properties:
                continue
            prop = self.schema(depth, guarded=True)
            flags = self.one(_PROPERTY_FLAGS)  # one draw for what would be three
            if "$ref" not in prop and flags.endswith(("readOnly", "writeOnly")):
                prop[flags.rsplit(" ", 1)[-1]] = True
            if flags.startswith("required"):
                req.append(name)
            properties[name] = prop
        s: dict[str, Any] = {"type": "object"} if self.p(0.9) else {}
        s["properties"] = properties
        if self.p(0.03):
            req.append("not_a_property")
        if req:
            s["required"] = req
        extra = self.one([None, None, None, True, False, "schema"])
        if extra == "schema":
            s["additionalProperties"] = (
                self.schema(depth + 1, guarded=True)
                if depth < MAX_DEPTH
                else {"type": "string"}
            )
        elif extra is not None:
            s["additionalProperties"] = extra
        if len(properties) >= 2 and self.p(0.05):
            a, b = list(properties)[:2]
            s["oneOf"] = [{"required": [a]}, {"required": [b]}]
        return s

    def array(self, depth: int) -> dict[str, Any]:
        s: dict[str, Any] = {
            "type": "array",
            "items": self.schema(depth + 1, guarded=True),
        }
        if self.p(0.2):
            s["minItems"] = self.draw(st.integers(0, 2))
        if self.p(0.2):
            s["maxItems"] = s.get("minItems", 0) + self.draw(st.integers(0, 20))
        if self.p(0.05):
            s["uniqueItems"] = True
        if self.p(0.05):
            del s["items"]  # an array of anything
        return s

    def union(self, depth: int, guarded: bool) -> dict[str, Any]:
        key = self.one(["oneOf", "anyOf"])
        members = [
            self.schema(depth + 1, guarded) for _ in range(self.draw(st.integers(1, 3)))
        ]
        if self.p(0.2):
            members.append({"type": "null"} if self.v31 else {"nullable": True})
        s: dict[str, Any] = {key: members}
        if self.p(0.1) and not self.v31:
            s["nullable"] = True
        return s

    def all_of(self, depth: int, guarded: bool) -> dict[str, Any]:
        target = self.ref_target(guarded, objects=True)
        shape = self.one(
            ["ref+object", "ref", "ref+ref", "object+object", "ref+nullable"]
        )
        if target is None:
            shape = "object+object"
        if shape == "ref+object":
            return {"allOf": [self.ref(target), self.object(depth + 1)]}
        if shape == "ref":
            return {"allOf": [self.ref(target)], "description": self.text()}
        if shape == "ref+nullable":
            return (
                {"allOf": [self.ref(target), {"nullable": True}]}
                if not self.v31
                else {"allOf": [self.ref(target)], "deprecated": True}
            )
        if shape == "ref+ref":
            other = self.ref_target(guarded, objects=True) or target
            return {"allOf": [self.ref(target), self.ref(other)]}
        return {"allOf": [self.object(depth + 1), self.object(depth + 1)]}

    def discriminated_union(self, depth: int) -> dict[str, Any]:
        """oneOf/anyOf of object components, each with a distinct literal in one property."""
        prop = self.one(DISCRIMINATOR_PROPS)
        n = self.draw(st.integers(2, 3))
        values = self.draw(st.lists(enum_string, min_size=n, max_size=n, unique=True))
        variants = []
        for value in values:
            literal: dict[str, Any] = {"type": "string", "enum": [value]}
            if self.v31 and self.p(0.5):
                literal = (
                    {"type": "string", "const": value}
                    if self.p(0.5)
                    else {"const": value}
                )
            name = self.new_name()
            base = (
                self.ref_target(False, objects=True) if self.p(0.2) else None
            )  # allOf: no cycles
            if base is not None:
                self.add_component(
                    name,
                    lambda: {
                        "allOf": [
                            self.ref(base),
                            {
                                "type": "object",
                                "required": [prop],
                                "properties": {prop: literal},
                            },
                        ]
                    },
                )
            else:
                self.add_component(
                    name,
                    lambda: self.object(
                        depth + 1, props={prop: literal}, required=[prop]
                    ),
                )
            variants.append(name)
        s: dict[str, Any] = {
            self.one(["oneOf", "anyOf"]): [self.ref(v) for v in variants]
        }
        if self.p(0.8):
            disc: dict[str, Any] = {"propertyName": prop}
            if self.p(0.6):
                by_name = self.p(0.5)
                disc["mapping"] = {
                    v: (name if by_name else SCHEMAS + _escape_pointer(name))
                    for v, name in zip(values, variants)
                }
            s["discriminator"] = disc
        return s

    # components

    def component(self, index: int) -> Any:
        kind = self.one(
            [
                "object",
                "object",
                "object",
                "schema",
                "alias",
                "enum",
                "union",
                "disc_union",
                "allof",
                "array",
                "recursive",
                "mutual",
            ]
        )
        if kind == "object":
            return self.modifiers(self.object(1))
        if kind == "schema":
            return self.schema(1)
        if kind == "alias":
            target = self.ref_target(False)
            return self.ref(target) if target else self.string()
        if kind == "enum":
            return self.modifiers(self.enum())
        if kind == "union":
            return self.modifiers(self.union(1, False))
        if kind == "disc_union":
            return self.modifiers(self.discriminated_union(1))
        if kind == "allof":
            return self.modifiers(self.all_of(1, False))
        if kind == "array":
            return self.array(1)
        me = self.ref(self.names[index])
        if (
            kind == "mutual"
        ):  # A -> B -> A through properties (B nullable or optional back to A)
            partner = self.new_name()
            self.add_component(
                partner,
                lambda: self.object(
                    2,
                    props={
                        "back": self.nullable(me),
                        "peers": {"type": "array", "items": me},
                    },
                ),
            )
            return self.object(
                1,
                props={"partner": self.ref(partner)},
                required=["partner"] if self.p(0.5) else None,
            )
        # self-recursive through a property, an item or a map value
        shape = self.one(["property", "items", "map", "json"])
        if shape == "property":
            return self.object(
                1,
                props={
                    "next": self.nullable(me) if self.p(0.5) else me,
                    "children": {"type": "array", "items": me},
                },
            )
        if shape == "items":
            return {"type": "array", "items": me}
        if shape == "map":
            return {"type": "object", "additionalProperties": me}
        return {
            "anyOf": [
                {"type": "string"},
                {"type": "number"},
                {"type": "boolean"},
                {"type": "array", "items": me},
                {"type": "object", "additionalProperties": me},
            ]
        }

    def external(self) -> dict[str, Any]:
        """A `$ref` into another file: a whole-file schema or a components section there."""
        if self.p(0.5):
            rel = self.one(["ext_thing.json", "shared/ext-model.json"])
            self.extra_files[rel] = {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}, "self": {"$ref": "#"}},
            }
            return {"$ref": rel}
        rel = "shared/models.json"
        self.extra_files[rel] = {
            "components": {
                "schemas": {
                    "Ext": {
                        "type": "object",
                        "properties": {"tag": {"$ref": "#/components/schemas/ExtTag"}},
                    },
                    "ExtTag": {"type": "string", "enum": ["x", "y"]},
                }
            }
        }
        return {"$ref": rel + "#/components/schemas/Ext"}

    # operations

    def parameter_schema(self, location: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """(schema, extra parameter keys: style, explode)."""
        kind = self.one(
            [
                "string",
                "integer",
                "number",
                "boolean",
                "enum",
                "array",
                "ref",
                "datetime",
            ]
            + (["object"] if location == "query" else [])
        )
        extra: dict[str, Any] = {}
        if kind == "string":
            s = self.string()
            if s.get("format") == "binary":
                s.pop("format")
        elif kind in ("integer", "number"):
            s = self.number(kind)
        elif kind == "boolean":
            s = {"type": "boolean"}
        elif kind == "enum":
            s = self.enum()
        elif kind == "datetime":
            s = {"type": "string", "format": "date-time"}
        elif kind == "ref":
            target = self.ref_target(True)
            s = self.ref(target) if target else {"type": "string"}
        elif kind == "array":
            item = self.one(
                [
                    {"type": "string"},
                    {"type": "integer"},
                    {"type": "string", "enum": ["a", "b c"]},
                ]
            )
            s = {"type": "array", "items": item}
            if location == "query":
                extra["style"] = self.one(
                    ["form", "form", "spaceDelimited", "pipeDelimited"]
                )
                extra["explode"] = extra["style"] == "form" and self.p(0.5)
            elif self.p(0.3):
                extra["explode"] = self.draw(st.booleans())
        else:
            s = {
                "type": "object",
                "properties": {
                    self.draw(property_name): {"type": "string"},
                    "n": {"type": "integer"},
                },
            }
            if self.p(0.5):
                s["additionalProperties"] = {"type": "string"}
            extra["style"] = self.one(["deepObject", "form"])
            extra["explode"] = True
        if self.p(0.1) and "$ref" not in s:
            s = self.nullable(s)
        return s, extra

    def parameter(
        self, name: str, location: str, required: bool | None = None
    ) -> dict[str, Any]:
        schema, extra = self.parameter_schema(location)
        p: dict[str, Any] = {"name": name, "in": location}
        if location == "path":
            p["required"] = True
            if self.p(0.1):
                p["style"] = self.one(["simple", "label", "matrix"])
        elif required if required is not None else self.p(0.3):
            p["required"] = True
        if self.p(0.1):
            p["content"] = {"application/json": {"schema": schema}}
        else:
            p["schema"] = schema
            p.update(extra)
        if self.p(0.2):
            p["description"] = self.text()
        if self.p(0.05) and location != "path":
            p["deprecated"] = True
        if self.p(0.1) and location != "path":
            key = self.new_param_name()
            self.parameters[key] = p
            return {"$ref": "#/components/parameters/" + _escape_pointer(key)}
        return p

    def new_param_name(self) -> str:
        name = self.one(COMPONENT_NAMES)
        candidate, n = name, 2
        while candidate in self.parameters:
            candidate, n = f"{name}{n}", n + 1
        return candidate

    def path(self, used: set[str]) -> tuple[str, list[str]] | None:
        segments: list[str] = []
        params: list[str] = []
        for _ in range(self.draw(st.integers(0, 4))):
            kind = self.one(["static", "static", "param", "mixed"])
            if kind == "static":
                segments.append(self.one(PATH_SEGMENTS))
                continue
            fresh = [n for n in PATH_PARAM_NAMES if n not in params]
            if not fresh:
                continue
            name = self.one(fresh)
            params.append(name)
            if kind == "param":
                segments.append("{" + name + "}")
            else:
                others = [n for n in fresh if n != name]
                if others and self.p(0.5):
                    second = self.one(others)
                    params.append(second)
                    segments.append("{" + name + "}-{" + second + "}")
                else:
                    segments.append(
                        self.one(["file-{%s}", "{%s}.json", "v{%s}"]) % name
                    )
        path = "/" + "/".join(segments)
        shape = re.sub(r"\{[^}]*\}", "{}", path)
        if shape in used:
            return None
        used.add(shape)
        if self.p(0.05):
            path += self.one(["?beta=true", "?a=1&b=", "?x=%20y"])
        return path, params

    def request_body(self, op_hint: str) -> dict[str, Any]:
        kinds = self.draw(
            st.lists(
                uniform(["json", "json", "multipart", "form", "binary", "text"]),
                min_size=1,
                max_size=2,
                unique=True,
            )
        )
        content: dict[str, Any] = {}
        for kind in kinds:
            if kind == "json":
                content[
                    self.one(
                        [
                            "application/json",
                            "application/json",
                            "application/merge-patch+json",
                            "application/json; charset=utf-8",
                        ]
                    )
                ] = {"schema": self.body_schema()}
            elif kind == "multipart":
                content["multipart/form-data"] = {"schema": self.multipart_schema()}
                if self.p(0.2):
                    content["multipart/form-data"]["encoding"] = {
                        "file": {"contentType": "image/png"}
                    }
            elif kind == "form":
                content["application/x-www-form-urlencoded"] = {
                    "schema": self.object(2)
                }
            elif kind == "binary":
                ct = self.one(["application/octet-stream", "image/png", "audio/mpeg"])
                content[ct] = (
                    {"schema": {"type": "string", "format": "binary"}}
                    if self.p(0.7)
                    else {}
                )
            else:
                content["text/plain"] = (
                    {"schema": {"type": "string"}} if self.p(0.7) else {}
                )
        body: dict[str, Any] = {"content": content}
        if self.p(0.6):
            body["required"] = True
        if self.p(0.2):
            body["description"] = self.text()
        if self.p(0.1):
            key = self.one(COMPONENT_NAMES)
            while key in self.request_bodies:
                key += "_"
            self.request_bodies[key] = body
            return {"$ref": "#/components/requestBodies/" + _escape_pointer(key)}
        return body

    def body_schema(self) -> dict[str, Any]:
        shape = self.one(
            [
                "ref",
                "ref",
                "object",
                "object",
                "array",
                "primitive",
                "union",
                "map",
                "stream",
            ]
        )
        if shape == "ref":
            target = self.ref_target(True)
            if target is not None:
                return self.ref(target)
            shape = "object"
        if shape == "object":
            return self.object(1)
        if shape == "stream":
            return self.object(1, props={"stream": {"type": "boolean"}})
        if shape == "array":
            return self.array(1)
        if shape == "primitive":
            return self.one(
                [self.string(), self.number("integer"), {"type": "boolean"}]
            )
        if shape == "union":
            return self.union(1, True)
        return {"type": "object", "additionalProperties": self.schema(2, True)}

    def multipart_schema(self) -> dict[str, Any]:
        files: dict[str, Any] = {}
        for name in self.draw(
            st.lists(
                uniform(
                    [
                        "file",
                        "image",
                        "files",
                        "class",
                        "1st",
                        "foo-bar",
                        "mask",
                        "data",
                    ]
                ),
                min_size=1,
                max_size=3,
                unique=True,
            )
        ):
            shape = self.one(["binary", "binary", "array", "media", "union"])
            if shape == "binary" or (shape == "media" and not self.v31):
                files[name] = {"type": "string", "format": "binary"}
            elif shape == "media":
                files[name] = {"type": "string", "contentMediaType": "image/png"}
            elif shape == "array":
                files[name] = {
                    "type": "array",
                    "items": {"type": "string", "format": "binary"},
                }
            else:
                files[name] = {
                    "oneOf": [
                        {"type": "string", "format": "binary"},
                        {"type": "string"},
                    ]
                }
        s = self.object(2, props=files, required=[n for n in files if self.p(0.5)])
        s.pop("oneOf", None)
        return s

    def response_content(self, kind: str) -> dict[str, Any] | None:
        if kind == "json":
            return {"application/json": {"schema": self.body_schema()}}
        if kind == "binary":
            ct = self.one(
                [
                    "application/octet-stream",
                    "audio/mpeg",
                    "image/png",
                    "application/pdf",
                ]
            )
            return {
                ct: (
                    {"schema": {"type": "string", "format": "binary"}}
                    if self.p(0.7)
                    else {}
                )
            }
        if kind == "text":
            return {
                self.one(["text/plain", "text/csv", "text/html"]): (
                    {"schema": {"type": "string"}} if self.p(0.7) else {}
                )
            }
        if kind == "sse":
            return {"text/event-stream": {"schema": self.event_schema()}}
        if kind == "json+sse":
            return {
                "application/json": {"schema": self.body_schema()},
                "text/event-stream": {"schema": self.event_schema()},
            }
        return None

    def event_schema(self) -> dict[str, Any]:
        """What an SSE stream carries: a model, a union, or event-mode objects (`event` + `data`)."""
        shape = self.one(["ref", "object", "event_union", "union"])
        if shape == "ref":
            target = self.ref_target(True)
            if target:
                return self.ref(target)
            shape = "object"
        if shape == "object":
            return self.object(2)
        if shape == "union":
            return self.discriminated_union(2)
        members = []
        for event in self.draw(
            st.lists(
                uniform(
                    [
                        "thread.created",
                        "done",
                        "error",
                        "message.delta",
                        "class",
                        "ping",
                    ]
                ),
                min_size=2,
                max_size=3,
                unique=True,
            )
        ):
            data = self.ref_target(True)
            name = self.new_name(_pascal_ascii(event) + "Event")
            self.add_component(
                name,
                lambda: {
                    "type": "object",
                    "required": ["event", "data"],
                    "properties": {
                        "event": {"type": "string", "enum": [event]},
                        "data": self.ref(data) if data else {"type": "string"},
                    },
                },
            )
            members.append(self.ref(name))
        return {"oneOf": members}

    def responses(self, method: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        kind = self.one(
            ["json", "json", "json", "empty", "binary", "text", "sse", "json+sse"]
        )
        status = {"empty": "204"}.get(
            kind, self.one(["200", "200", "201", "2XX", "202"])
        )
        content = self.response_content(kind)
        resp: dict[str, Any] = {"description": self.text() if self.p(0.3) else "ok"}
        if content is not None:
            resp["content"] = content
        if self.p(0.1):
            resp["headers"] = {
                "X-Rate-Limit": {"schema": {"type": "integer"}, "description": "limit"}
            }
        out[status] = resp
        if self.p(0.3):
            error = {
                "description": "error",
                "content": {"application/json": {"schema": self.error_schema()}},
            }
            status = self.one(["default", "400", "404", "4XX", "5XX"])
            if self.p(0.2):
                key = self.one(COMPONENT_NAMES)
                while key in self.shared_responses:
                    key += "_"
                self.shared_responses[key] = error
                out[status] = {"$ref": "#/components/responses/" + _escape_pointer(key)}
            else:
                out[status] = error
        if self.p(0.05) and "204" not in out:
            out["204"] = {"description": "nothing"}
        return out

    def error_schema(self) -> dict[str, Any]:
        if "Error" not in self.schemas and "Error" not in self.names:
            self.add_component(
                "Error",
                lambda: {
                    "type": "object",
                    "required": ["message"],
                    "properties": {
                        "message": {"type": "string"},
                        "code": (
                            {"type": "string", "nullable": True}
                            if not self.v31
                            else {"type": ["string", "null"]}
                        ),
                    },
                },
            )
        return self.ref("Error")

    def paginated(self, used: set[str]) -> tuple[str, dict[str, Any]] | None:
        """A list operation that looks paginated: `data` + `has_more` with `after`, or a plain page."""
        found = self.path(used)
        if found is None:
            return None
        path, params = found
        item = self.ref_target(True)
        item_schema = self.ref(item) if item and self.p(0.8) else self.object(2)
        cursor = self.p(0.7)
        props: dict[str, Any] = {
            "object": {"type": "string", "enum": ["list"]},
            "data": {"type": "array", "items": item_schema},
        }
        if cursor:
            props["has_more"] = {"type": "boolean"}
            props["first_id"] = {"type": "string"}
            props["last_id"] = {"type": "string"}
        name = self.new_name(
            self.one(
                ["PetList", "ListThingsResponse", "Page", "SyncCursorPage", "List"]
            )
        )
        self.add_component(
            name,
            lambda: {
                "type": "object",
                "required": ["object", "data"] + (["has_more"] if cursor else []),
                "properties": props,
            },
        )
        parameters = [self.parameter(p, "path") for p in params]
        if cursor:
            parameters.append(
                {"name": "after", "in": "query", "schema": {"type": "string"}}
            )
            if self.p(0.5):
                parameters.append(
                    {"name": "before", "in": "query", "schema": {"type": "string"}}
                )
        if self.p(0.7):
            parameters.append(
                {
                    "name": "limit",
                    "in": "query",
                    "schema": {
                        "type": "integer",
                        "default": 20,
                        "minimum": 1,
                        "maximum": 100,
                    },
                }
            )
        if self.p(0.5):
            parameters.append(
                {
                    "name": "order",
                    "in": "query",
                    "schema": {"type": "string", "enum": ["asc", "desc"]},
                }
            )
        op = {
            "operationId": self.one(
                ["listThings", "list", "list_things", "listPets", "class"]
            ),
            "parameters": parameters,
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": self.ref(name)}},
                }
            },
        }
        return path, {"get": op}


def _escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"


def _pascal_ascii(text: str) -> str:
    return (
        "".join(p[:1].upper() + p[1:] for p in re.split(r"[^A-Za-z0-9]+", text) if p)
        or "X"
    )


def _lowest(s: dict[str, Any]) -> Any:
    """The smallest value a numeric schema allows (both flavours of exclusive limits)."""
    step = 1 if s.get("type") == "integer" else 0.5
    if "minimum" in s:
        return s["minimum"] + (step if s.get("exclusiveMinimum") is True else 0)
    if isinstance(s.get("exclusiveMinimum"), (int, float)) and not isinstance(
        s.get("exclusiveMinimum"), bool
    ):
        return s["exclusiveMinimum"] + step
    if "maximum" in s:
        return s["maximum"] - (step if s.get("exclusiveMaximum") is True else 0)
    if isinstance(s.get("exclusiveMaximum"), (int, float)) and not isinstance(
        s.get("exclusiveMaximum"), bool
    ):
        return s["exclusiveMaximum"] - step
    return 0


# -- documents -----------------------------------------------------------------------------

HTTP_METHODS = ["get", "post", "put", "patch", "delete"]
#: Naming-file call paths: dotted Python names, clashing ones included (several operations
#: may get the same one, and names that mean something to the client or to Python).
CALL_PATHS = [
    "beta.things.create", "client.class.def", "with_raw_response.x", "types.list", "resources.get",
    "__init__.self", "root.retrieve", "Any", "beta.things", "beta.things.list.more", "_client.x",
    "class", "None.True", "close", "with_options", "__x.__y", "beta.with_raw_response",
    "copy.copy", "a1.b2.c3.d4", "Client.AsyncClient",
]  # fmt: skip
#: Call paths a naming file may not hold (not dotted Python names).
BAD_CALL_PATHS = ["a..b", "foo-bar.1st", "ünï.café", "", ".x", "x.", "a b", "1st"]


@st.composite
def valid_documents(draw: Callable[..., Any]) -> GeneratedSpec:
    """A structurally valid OpenAPI 3.0 or 3.1 document, with its other files and naming file."""
    version = draw(uniform(["3.0.0", "3.0.3", "3.1.0", "3.1.1"]))
    b = _Builder(draw, version)
    # component schemas: names first (refs may point forwards), then each filled
    for name in draw(st.lists(uniform(COMPONENT_NAMES), max_size=7, unique=True)):
        b.names.append(name)
    i = 0
    while i < len(b.names):
        name = b.names[i]
        if name not in b.schemas:
            b.filling = i
            b.schemas[name] = b.component(i)
            b.filling = None
        i += 1
    if b.p(0.1):
        b.add_component(b.new_name("External"), b.external)

    # security
    if b.p(0.3):
        for name in draw(
            st.lists(
                uniform(
                    [
                        "bearer",
                        "ApiKeyAuth",
                        "basic",
                        "oauth",
                        "oidc",
                        "class",
                        "api-key",
                        "cookieAuth",
                    ]
                ),
                min_size=1,
                max_size=3,
                unique=True,
            )
        ):
            b.security_schemes[name] = draw(
                uniform(
                    [
                        {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
                        {"type": "http", "scheme": "basic"},
                        {"type": "apiKey", "in": "header", "name": "X-API-Key"},
                        {"type": "apiKey", "in": "query", "name": "api_key"},
                        {"type": "apiKey", "in": "cookie", "name": "class"},
                        {
                            "type": "oauth2",
                            "flows": {
                                "clientCredentials": {
                                    "tokenUrl": "https://example.com/token",
                                    "scopes": {"read": "r"},
                                }
                            },
                        },
                        {
                            "type": "openIdConnect",
                            "openIdConnectUrl": "https://example.com/.well-known/openid-configuration",
                        },
                    ]
                )
            )

    # paths and operations
    paths: dict[str, Any] = {}
    used_shapes: set[str] = set()
    op_ids: set[str] = set()
    for _ in range(draw(st.integers(0, 4))):
        if b.p(0.15):
            found = b.paginated(used_shapes)
            if found is not None:
                path, item = found
                op = item["get"]
                while op["operationId"] in op_ids:
                    op["operationId"] += "_"
                op_ids.add(op["operationId"])
                paths[path] = item
            continue
        found = b.path(used_shapes)
        if found is None:
            continue
        path, params = found
        item: dict[str, Any] = {}
        at_item_level = bool(params) and b.p(0.3)
        if at_item_level:
            item["parameters"] = [b.parameter(p, "path") for p in params]
        if b.p(0.1):
            item["summary"] = b.text()
        for method in draw(
            st.lists(uniform(HTTP_METHODS), min_size=1, max_size=3, unique=True)
        ):
            op: dict[str, Any] = {}
            if b.p(0.85):
                op_id = (
                    b.one(OPERATION_IDS)
                    if b.p(0.9)
                    else draw(st.text(_TEXT_CHARS, min_size=1, max_size=8))
                )
                while op_id in op_ids:
                    op_id += "_"
                op_ids.add(op_id)
                op["operationId"] = op_id
            for key in ("summary", "description"):
                if b.p(0.3):
                    op[key] = b.text()
            if b.p(0.2):
                op["tags"] = draw(
                    st.lists(
                        uniform(["things", "class", "Beta Things", "ünï"]),
                        min_size=1,
                        max_size=2,
                        unique=True,
                    )
                )
            if b.p(0.05):
                op["deprecated"] = True
            parameters = (
                [] if at_item_level else [b.parameter(p, "path") for p in params]
            )
            seen: set[tuple[str, str]] = set()
            for _ in range(draw(st.integers(0, 4))):
                location = b.one(["query", "query", "header", "cookie"])
                name = {
                    "query": lambda: draw(property_name),
                    "header": lambda: b.one(HEADER_NAMES),
                    "cookie": lambda: b.one(COOKIE_NAMES),
                }[location]()
                key = (location, name.lower() if location == "header" else name)
                if key in seen or not name:
                    continue
                seen.add(key)
                parameters.append(b.parameter(name, location))
            if parameters:
                op["parameters"] = parameters
            if (
                method in ("post", "put", "patch")
                and b.p(0.8)
                or method == "delete"
                and b.p(0.1)
            ):
                op["requestBody"] = b.request_body(method)
            op["responses"] = b.responses(method)
            if b.security_schemes and b.p(0.3):
                op["security"] = b.one(
                    [
                        [],
                        [{}],
                        [{name: []} for name in b.security_schemes],
                        [{}, {next(iter(b.security_schemes)): []}],
                    ]
                )
            item[method] = op
        paths[path] = item

    doc: dict[str, Any] = {
        "openapi": version,
        "info": {
            "title": b.text() if b.p(0.3) else "Fuzz API",
            "version": b.text() if b.p(0.2) else "1.0",
        },
    }
    if b.p(0.2):
        doc["info"]["description"] = b.text()
    if b.p(0.4):
        doc["servers"] = draw(
            uniform(
                [
                    [{"url": "https://api.example.com/v1"}],
                    [{"url": "/relative/base"}],
                    [
                        {
                            "url": "https://{region}.example.com/{version}",
                            "variables": {
                                "region": {"default": "us"},
                                "version": {"default": "v2", "enum": ["v1", "v2"]},
                            },
                        }
                    ],
                    [
                        {"url": "http://localhost:8080"},
                        {"url": "https://example.com/api/"},
                    ],
                ]
            )
        )
    if b.security_schemes and b.p(0.7):
        doc["security"] = [{name: []} for name in b.security_schemes][:2]
    if b.p(0.2):
        doc["tags"] = [{"name": "things", "description": b.text()}]
    doc["paths"] = paths
    components: dict[str, Any] = {}
    if b.schemas:
        components["schemas"] = {name: b.schemas[name] for name in b.names}
    for key, value in (
        ("parameters", b.parameters),
        ("requestBodies", b.request_bodies),
        ("responses", b.shared_responses),
        ("securitySchemes", b.security_schemes),
    ):
        if value:
            components[key] = value
    if components or b.p(0.1):
        doc["components"] = components
    naming = None
    if op_ids and b.p(0.15):
        naming = {
            op_id: draw(uniform(CALL_PATHS)) for op_id in sorted(op_ids) if b.p(0.5)
        }
    return GeneratedSpec(doc, extra_files=b.extra_files, naming=naming)


# -- rejected documents ----------------------------------------------------------------------


def _all_refs(value: Any, out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        if isinstance(value.get("$ref"), str):
            out.append(value)
        for k, v in value.items():
            if k not in ("example", "examples", "x-vendor"):
                _all_refs(v, out)
    elif isinstance(value, list):
        for v in value:
            _all_refs(v, out)
    return out


def _put_ref(doc: dict[str, Any], ref: str, draw: Callable[..., Any]) -> None:
    """Point an existing `$ref` at `ref`, or add a component holding one."""
    refs = _all_refs(doc, [])
    if refs and draw(st.booleans()):
        refs[draw(_U32) % len(refs)][
            "$ref"
        ] = ref  # that very dict: uniform() hands out copies
    else:
        doc.setdefault("components", {}).setdefault("schemas", {})["ZzBroken"] = {
            "type": "object", "properties": {"x": {"$ref": ref}},
        }  # fmt: skip


REJECTIONS: dict[str, type[OasgenError]] = {
    "dangling-ref": RefError,
    "ref-cycle": RefError,
    "remote-ref": RefError,
    "ref-leaves-folder": RefError,
    "absolute-file-ref": RefError,
    "missing-file-ref": RefError,
    "non-pointer-fragment": RefError,
    "unsupported-version": UnsupportedSpecError,
    "swagger-2": UnsupportedSpecError,
    "version-as-number": UnsupportedSpecError,
    "no-version": UnsupportedSpecError,
    "not-a-mapping": UnsupportedSpecError,
    "paths-not-a-mapping": SpecError,
    "schemas-not-a-mapping": SpecError,
    "malformed-text": SpecError,
    "bad-naming-file": OasgenError,
}


@st.composite
def rejected_documents(draw: Callable[..., Any]) -> GeneratedSpec:
    """A valid document with one defect oasgen must refuse, and the error it must raise."""
    spec = draw(valid_documents())
    doc = spec.document
    defects = sorted(REJECTIONS)
    defect = defects[draw(_U32) % len(defects)]
    if defect == "dangling-ref":
        _put_ref(
            doc,
            "#/components/schemas/DoesNotExist"
            + draw(uniform(["", "/properties/x", "~1y"])),
            draw,
        )
    elif defect == "ref-cycle":
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        schemas["CycleA"] = {"$ref": "#/components/schemas/CycleB"}
        schemas["CycleB"] = (
            {"$ref": "#/components/schemas/CycleA"}
            if draw(st.booleans())
            else {"$ref": "#/components/schemas/CycleB"}
        )
    elif defect == "remote-ref":
        _put_ref(
            doc,
            draw(
                uniform(
                    [
                        "https://example.com/schemas.yaml#/Foo",
                        "http://127.0.0.1:9/x.json",
                    ]
                )
            ),
            draw,
        )
    elif defect == "ref-leaves-folder":
        _put_ref(
            doc,
            draw(
                uniform(["../outside.json#/Foo", "shared/../../x.json", "..%2Fx.json"])
            ),
            draw,
        )
    elif defect == "absolute-file-ref":
        _put_ref(doc, "/etc/passwd#/x", draw)
    elif defect == "missing-file-ref":
        _put_ref(doc, "missing.json#/components/schemas/X", draw)
    elif defect == "non-pointer-fragment":
        _put_ref(doc, "#Foo", draw)
    elif defect == "unsupported-version":
        doc["openapi"] = draw(
            uniform(["2.0", "3.2.0", "4.0.0", "3.10.0", "3", "", "3.0.x"])
        )
    elif defect == "swagger-2":
        doc.pop("openapi")
        doc["swagger"] = "2.0"
    elif defect == "version-as-number":
        doc["openapi"] = draw(uniform([3.0, 3.1]))
    elif defect == "no-version":
        doc.pop("openapi")
    elif defect == "not-a-mapping":
        spec.document = draw(uniform([[], ["openapi"], "openapi: 3.0.0", 3, None]))
    elif defect == "paths-not-a-mapping":
        doc["paths"] = draw(uniform([[], "paths", 1]))
    elif defect == "schemas-not-a-mapping":
        doc.setdefault("components", {})["schemas"] = draw(
            uniform([[], "x", [{"type": "object"}]])
        )
    elif defect == "malformed-text":
        text = json.dumps(doc, ensure_ascii=False)
        cut = draw(st.integers(1, max(1, len(text) - 1)))
        spec.text = text[:cut]  # never closes the outer `{`
    elif defect == "bad-naming-file":
        bad = ["[1, 2]", '{"op": 1}', "{: bad", '"just text"', '{"a": ["b"]}']
        bad += [json.dumps({"someOperation": call}) for call in BAD_CALL_PATHS]
        spec.naming_text = draw(uniform(bad))
    spec.kind = f"rejected:{defect}"
    spec.expected_error = REJECTIONS[defect]
    return spec


@st.composite
def specs(draw: Callable[..., Any], rejected: float = 0.1) -> GeneratedSpec:
    """Valid documents, and about `rejected` of the time a rejected one (shrinks to valid)."""
    if draw(_U32) % 1000 >= (1 - rejected) * 1000:
        return draw(rejected_documents())
    return draw(valid_documents())
