"""Normalizer unit tests: one small spec per construct, checked in the IR.

Each test writes a few lines of YAML to a temporary folder, loads and normalises it,
and looks at the named types, fields and operations the IR holds.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator import naming
from generator.errors import Problem
from generator.ir import Api, NamedType, Operation, TypeRef
from generator.load.loader import load_spec
from generator.normalize.normalizer import normalize

ROOT = Path(__file__).resolve().parent.parent


def build(tmp_path: Path, schemas: str = "", paths: str = "", version: str = "3.0.3") -> Api:
    """Normalise a spec made of `components.schemas` and `paths` given as indented YAML."""
    text = f'openapi: {version}\ninfo: {{title: t, version: "1"}}\n'
    text += "paths:\n" + textwrap.indent(textwrap.dedent(paths), "  ") if paths.strip() else "paths: {}\n"
    if schemas.strip():
        text += "components:\n  schemas:\n" + textwrap.indent(textwrap.dedent(schemas), "    ")
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    return normalize(load_spec(path))


def model(api: Api, name: str) -> NamedType:
    matches = [t for t in api.types if t.name == name]
    assert matches, f"no type {name!r} in {[t.name for t in api.types]}"
    return matches[0]


def fields(t: NamedType) -> dict[str, TypeRef]:
    return {f.name: f.type for f in t.fields}


def op(api: Api, op_id: str) -> Operation:
    return next(o for o in api.operations if o.id == op_id)


def named(tid: str, nullable: bool = False) -> TypeRef:
    return TypeRef("named", name=tid, nullable=nullable)


# -- primitives, enums, literals -------------------------------------------------------------


def test_primitives_and_formats(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Prims:
          type: object
          properties:
            when: {type: string, format: date-time}
            day: {type: string, format: date}
            blob: {type: string, format: binary}
            uuid: {type: string, format: uuid}
            big: {type: integer, format: int64}
            ratio: {type: number, format: double}
            flag: {type: boolean}
            anything: {}
        """,
    )
    f = fields(model(api, "Prims"))
    assert f["when"] == TypeRef("datetime", format="date-time")
    assert f["day"] == TypeRef("date", format="date")
    assert f["blob"] == TypeRef("bytes", format="binary")
    assert f["uuid"] == TypeRef("str", format="uuid")
    assert f["big"] == TypeRef("int", format="int64")  # int64 stays a Python int
    assert f["ratio"] == TypeRef("float", format="double")
    assert f["flag"] == TypeRef("bool")
    assert f["anything"] == TypeRef("any")


def test_closed_enum_is_a_literal(tmp_path: Path) -> None:
    api = build(tmp_path, "Color: {type: string, enum: [red, green, red]}\nMaybe: {type: string, nullable: true, enum: [a, null]}\n")
    assert model(api, "Color").alias_of == TypeRef("literal", values=("red", "green"))
    assert model(api, "Maybe").alias_of == TypeRef("literal", values=("a",), nullable=True)


def test_open_enum_anyof_string_and_enum(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Model:
          anyOf:
            - type: string
            - type: string
              enum: [gpt-4o, gpt-5]
        """,
    )
    assert model(api, "Model").alias_of == TypeRef("literal", values=("gpt-4o", "gpt-5"), open=True)


def test_const_single_enum_and_stainless_const(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Event:
          type: object
          required: [object, kind, type]
          properties:
            object: {const: event}
            kind: {type: string, enum: [thing]}
            type: {type: string, enum: [done], x-stainless-const: true}
        """,
        version="3.1.0",
    )
    t = model(api, "Event")
    assert fields(t) == {
        "object": TypeRef("literal", values=("event",)),
        "kind": TypeRef("literal", values=("thing",)),
        "type": TypeRef("literal", values=("done",)),
    }
    defaults = {f.name: (f.has_default, f.default) for f in t.fields}
    assert defaults["object"] == (True, "event")  # const: the one value is the default
    assert defaults["type"] == (True, "done")  # x-stainless-const: likewise
    assert defaults["kind"] == (False, None)  # a one-value enum alone is no default


# -- arrays, maps, objects -------------------------------------------------------------------


def test_arrays_and_maps(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Bag:
          type: object
          properties:
            tags: {type: array, items: {type: string}}
            grid: {type: array, items: {type: array, items: {type: integer}}}
            counts: {type: object, additionalProperties: {type: integer}}
            loose: {type: object}
            free: {type: object, additionalProperties: true}
        Meta:
          type: object
          additionalProperties: {type: string}
        """,
    )
    f = fields(model(api, "Bag"))
    assert f["tags"] == TypeRef("array", item=TypeRef("str"))
    assert f["grid"] == TypeRef("array", item=TypeRef("array", item=TypeRef("int")))
    assert f["counts"] == TypeRef("map", item=TypeRef("int"))
    assert f["loose"] == TypeRef("map", item=TypeRef("any"))
    assert f["free"] == TypeRef("map", item=TypeRef("any"))
    assert model(api, "Meta").alias_of == TypeRef("map", item=TypeRef("str"))


def test_required_optional_and_nullable_are_kept_apart(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        User:
          type: object
          required: [id, nickname]
          properties:
            id: {type: string}
            nickname: {type: string, nullable: true}
            email: {type: string}
            bio: {type: string, nullable: true}
        """,
    )
    got = {f.name: (f.required, f.type.nullable) for f in model(api, "User").fields}
    assert got == {
        "id": (True, False),
        "nickname": (True, True),  # required, but may be null
        "email": (False, False),  # optional, but never null when present
        "bio": (False, True),
    }


def test_object_with_additional_properties_keeps_both(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Labels:
          type: object
          properties: {name: {type: string}}
          additionalProperties: {type: integer}
        """,
    )
    t = model(api, "Labels")
    assert t.kind == "object" and list(fields(t)) == ["name"] and t.additional == TypeRef("int")


def test_field_constraints_defaults_and_flags(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Page:
          type: object
          properties:
            limit: {type: integer, minimum: 1, maximum: 100, default: 20}
            name: {type: string, minLength: 1, maxLength: 64, pattern: '^[a-z]+$', readOnly: true}
            old: {type: string, deprecated: true, description: '  Do not use.  '}
        """,
    )
    by = {f.name: f for f in model(api, "Page").fields}
    limit, name, old = by["limit"], by["name"], by["old"]
    assert (limit.constraints.minimum, limit.constraints.maximum, limit.has_default, limit.default) == (1, 100, True, 20)
    assert (name.constraints.min_length, name.constraints.max_length, name.constraints.pattern) == (1, 64, "^[a-z]+$")
    assert name.read_only and not name.write_only
    assert old.deprecated and old.description == "Do not use."


# -- unions -------------------------------------------------------------------------------------

PETS = """
Cat:
  type: object
  required: [kind]
  properties: {kind: {type: string, enum: [cat]}, meows: {type: boolean}}
Dog:
  type: object
  required: [kind]
  properties: {kind: {type: string, enum: [dog]}}
"""


def test_explicit_discriminator_with_mapping(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        PETS
        + """
Pet:
  oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
  discriminator:
    propertyName: kind
    mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}
""",
    )
    union = model(api, "Pet").alias_of
    assert union is not None and union.kind == "union"
    assert union.members == (named("#/components/schemas/Cat"), named("#/components/schemas/Dog"))
    assert union.discriminator is not None
    assert union.discriminator.property == "kind" and not union.discriminator.inferred
    assert dict(union.discriminator.mapping) == {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"}


def test_explicit_discriminator_without_mapping(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        PETS + "Pet:\n  oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]\n"
        "  discriminator: {propertyName: kind}\n",
    )
    disc = model(api, "Pet").alias_of.discriminator  # type: ignore[union-attr]
    assert disc is not None and disc.property == "kind" and not disc.inferred
    assert dict(disc.mapping) == {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"}


def test_discriminator_is_inferred_from_const_type(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Text:
          type: object
          required: [type, text]
          properties: {type: {type: string, const: text}, text: {type: string}}
        Image:
          type: object
          required: [type]
          properties: {type: {type: string, const: image}, url: {type: string}}
        Part:
          anyOf: [{$ref: '#/components/schemas/Text'}, {$ref: '#/components/schemas/Image'}]
        """,
        version="3.1.0",
    )
    disc = model(api, "Part").alias_of.discriminator  # type: ignore[union-attr]
    assert disc is not None and disc.property == "type" and disc.inferred
    assert dict(disc.mapping) == {"text": "#/components/schemas/Text", "image": "#/components/schemas/Image"}


def test_plain_union_without_a_common_literal(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        PETS
        + """
Input:
  oneOf:
    - type: string
    - type: array
      items: {type: string}
    - $ref: '#/components/schemas/Cat'
Either:
  oneOf:
    - type: object
      properties: {a: {type: string}}
    - type: object
      properties: {b: {type: integer}}
""",
    )
    union = model(api, "Input").alias_of
    assert union is not None and union.kind == "union" and union.discriminator is None
    assert union.members == (TypeRef("str"), TypeRef("array", item=TypeRef("str")), named("#/components/schemas/Cat"))
    either = model(api, "Either").alias_of
    assert either is not None and either.discriminator is None and len(either.members) == 2


def test_union_member_with_null_makes_the_union_nullable(tmp_path: Path) -> None:
    api = build(tmp_path, "Id:\n  oneOf: [{type: string}, {type: integer}, {type: 'null'}]\n", version="3.1.0")
    assert model(api, "Id").alias_of == TypeRef("union", members=(TypeRef("str"), TypeRef("int")), nullable=True)


def test_oneof_of_required_only_is_a_rule_not_a_union(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Target:
          type: object
          properties:
            file_id: {type: string}
            url: {type: string}
          oneOf:
            - required: [file_id]
            - required: [url]
        """,
    )
    t = model(api, "Target")
    assert t.kind == "object" and t.alias_of is None
    assert set(fields(t)) == {"file_id", "url"}
    assert t.rules == ["one of: file_id | url"]


# -- allOf and nullable references ---------------------------------------------------------------


def test_allof_is_merged_into_one_model(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Base:
          type: object
          required: [id]
          properties: {id: {type: string}, created: {type: integer}}
        Named:
          allOf:
            - $ref: '#/components/schemas/Base'
            - type: object
              required: [name]
              properties: {name: {type: string}}
          description: A base with a name.
        """,
    )
    t = model(api, "Named")
    assert t.kind == "object" and t.description == "A base with a name."
    assert [(f.name, f.required) for f in t.fields] == [("id", True), ("created", False), ("name", True)]
    assert not [x for x in api.types if x.owner == "#/components/schemas/Named"]  # no helper types


@pytest.mark.parametrize(
    ("version", "field_schema"),
    [
        ("3.0.3", "{allOf: [{$ref: '#/components/schemas/Base'}, {nullable: true}]}"),
        ("3.0.3", "{allOf: [{$ref: '#/components/schemas/Base'}], nullable: true}"),
        ("3.0.3", "{$ref: '#/components/schemas/Base', nullable: true}"),
        ("3.1.0", "{anyOf: [{$ref: '#/components/schemas/Base'}, {type: 'null'}]}"),
        ("3.1.0", "{oneOf: [{type: 'null'}, {$ref: '#/components/schemas/Base'}]}"),
    ],
)
def test_nullable_reference_spellings(tmp_path: Path, version: str, field_schema: str) -> None:
    api = build(
        tmp_path,
        "Base:\n  type: object\n  properties: {id: {type: string}}\n"
        f"Holder:\n  type: object\n  properties:\n    base: {field_schema}\n",
        version=version,
    )
    assert fields(model(api, "Holder"))["base"] == named("#/components/schemas/Base", nullable=True)
    assert [t.name for t in api.types] == ["Base", "Holder"]


def test_31_type_list_with_null_on_an_inline_object(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Holder:
          type: object
          properties:
            point:
              type: [object, 'null']
              properties: {x: {type: number}}
            name: {type: [string, 'null']}
            id: {type: [string, integer]}
        """,
        version="3.1.0",
    )
    f = fields(model(api, "Holder"))
    assert f["point"] == named("#/components/schemas/Holder/properties/point", nullable=True)
    assert fields(model(api, "HolderPoint")) == {"x": TypeRef("float")}
    assert f["name"] == TypeRef("str", nullable=True)
    assert f["id"] == TypeRef("union", members=(TypeRef("str"), TypeRef("int")))


def test_component_that_is_a_ref_is_an_alias_of_its_target(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        "Base:\n  type: object\n  properties: {id: {type: string}}\n"
        "Alias:\n  $ref: '#/components/schemas/Base'\n"
        "NullableAlias:\n  $ref: '#/components/schemas/Base'\n  nullable: true\n",
    )
    assert model(api, "Alias").alias_of == named("#/components/schemas/Base")
    assert model(api, "NullableAlias").alias_of == named("#/components/schemas/Base", nullable=True)


# -- names ------------------------------------------------------------------------------------------


def test_names_escape_keywords_and_invalid_identifiers(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        class: {type: object, properties: {x: {type: string}}}
        foo-bar: {type: object, properties: {x: {type: string}}}
        1Thing: {type: object, properties: {x: {type: string}}}
        Fields:
          type: object
          properties:
            class: {type: string}
            foo-bar: {type: string}
            2fa: {type: string}
            model_config: {type: string}
            self: {type: string}
            ok_name: {type: string}
        """,
    )
    names = {t.id.rsplit("/", 1)[-1]: t.name for t in api.types}
    assert names == {"class": "Class", "foo-bar": "FooBar", "1Thing": "Model1Thing", "Fields": "Fields"}
    py = {f.name: f.py_name for f in model(api, "Fields").fields}
    digit = py.pop("2fa")  # starts with a digit: made valid, and not `_`-private for pydantic
    assert digit.isidentifier() and not digit.startswith("_") and "2" in digit
    assert py == {
        "class": "class_",
        "foo-bar": "foo_bar",
        "model_config": "model_config_",  # would shadow pydantic's BaseModel attribute
        "self": "self_",
        "ok_name": "ok_name",
    }
    for name in [t.name for t in api.types] + list(py.values()):
        assert name.isidentifier()


def test_runtime_class_names_are_not_shadowed(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        "".join(f"{n}: {{type: object, properties: {{x: {{type: string}}}}}}\n" for n in ("BaseModel", "Field", "Client", "Literal")),
    )
    assert sorted(t.name for t in api.types) == ["BaseModelModel", "ClientModel", "FieldModel", "LiteralModel"]


def test_name_collisions_are_resolved_deterministically(tmp_path: Path) -> None:
    schemas = """
    Foo: {type: object, properties: {a-b: {type: string}, a_b: {type: integer}}}
    foo: {type: object, properties: {x: {type: string}}}
    """
    paths = """
    /users:
      get:
        operationId: getUser
        responses: {'200': {description: ok}}
    /users/:
      get:
        operationId: get_user
        responses: {'200': {description: ok}}
    /accounts:
      get:
        operationId: getUser
        responses: {'200': {description: ok}}
    """
    first = build(tmp_path, schemas, paths)
    by_id = first.type_by_id()
    assert by_id["#/components/schemas/Foo"].name == "Foo"
    assert by_id["#/components/schemas/foo"].name == "Foo2"
    modules = {by_id["#/components/schemas/Foo"].module, by_id["#/components/schemas/foo"].module}
    assert len({m.lower() for m in modules}) == 2  # distinct even on case-insensitive file systems
    # the wire name that is already an identifier keeps it; the other one gets a suffix
    assert [(f.name, f.py_name) for f in by_id["#/components/schemas/Foo"].fields] == [("a-b", "a_b2"), ("a_b", "a_b")]
    assert [o.id for o in first.operations] == ["getUser", "get_user", "getUser2"]
    calls = [(o.resource, o.py_name) for o in first.operations]
    assert len(set(calls)) == 3  # `/users` and `/users/` both list users: one gets another name
    assert calls[0] == (("users",), "list")
    # the same input gives the same names again
    second = build(tmp_path, schemas, paths)
    assert second.to_dict() == first.to_dict()


def test_inline_objects_are_named_after_where_they_sit(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Run:
          type: object
          properties:
            usage:
              type: object
              properties:
                tokens: {type: object, properties: {input: {type: integer}}}
            steps:
              type: array
              items:
                type: object
                properties: {id: {type: string}}
        """,
    )
    by_id = api.type_by_id()
    usage = by_id["#/components/schemas/Run/properties/usage"]
    tokens = by_id["#/components/schemas/Run/properties/usage/properties/tokens"]
    step = by_id["#/components/schemas/Run/properties/steps/items"]
    assert (usage.name, tokens.name, step.name) == ("RunUsage", "RunUsageTokens", "RunStep")
    assert {usage.owner, tokens.owner, step.owner} == {"#/components/schemas/Run"}


def test_seed000_inline_types_get_path_derived_names() -> None:
    api = normalize(load_spec(ROOT / "specs" / "seed000-create-thread-and-run.yaml"))
    by_id = api.type_by_id()
    base = "#/components/schemas/CreateThreadAndRunRequest"
    code = by_id[base + "/properties/tool_resources/properties/code_interpreter"]
    assert code.name.startswith("CreateThreadAndRunRequest") and code.name.endswith("CodeInterpreter")
    assert code.owner == base
    # the rule: an inline object's name is its owner's name + the PascalCase property path
    for t in api.types:
        if t.owner is None or "/properties/" not in t.id:
            continue
        owner = by_id[t.owner]
        assert t.name.startswith(owner.name), (t.id, t.name)
        last_prop = t.id.rsplit("/properties/", 1)[1].split("/")[0]
        assert naming.pascal(naming.singular(last_prop)) in t.name, (t.id, t.name)  # array items: singular


# -- operations --------------------------------------------------------------------------------------

OPS = """
/items:
  get:
    operationId: listItems
    parameters:
      - {name: after, in: query, schema: {type: string}}
      - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100}}
      - {name: ids, in: query, style: spaceDelimited, explode: false, schema: {type: array, items: {type: string}}}
      - {name: X-Trace-Id, in: header, schema: {type: string}}
      - {name: session, in: cookie, schema: {type: string}}
    responses:
      '200':
        description: ok
        content:
          application/json:
            schema:
              type: object
              required: [data, has_more]
              properties:
                object: {type: string, enum: [list]}
                data: {type: array, items: {$ref: '#/components/schemas/Item'}}
                has_more: {type: boolean}
  post:
    operationId: createItem
    requestBody:
      required: true
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Item'}
        multipart/form-data:
          schema:
            type: object
            required: [file]
            properties:
              file: {type: string, format: binary}
              more: {type: array, items: {type: string, format: binary}}
              purpose: {type: string}
        application/x-www-form-urlencoded:
          schema: {type: object, properties: {name: {type: string}}}
        application/octet-stream:
          schema: {type: string, format: binary}
    responses:
      '201':
        description: created
        content:
          application/json: {schema: {$ref: '#/components/schemas/Item'}}
          text/plain: {schema: {type: string}}
      '204': {description: nothing}
      4XX:
        description: client error
        content:
          application/json: {schema: {type: object, properties: {message: {type: string}}}}
      default:
        description: error
        content:
          application/problem+json: {schema: {type: object, properties: {title: {type: string}}}}
/items/{item_id}:
  parameters:
    - {name: item_id, in: path, required: true, schema: {type: string}}
  get:
    operationId: downloadItem
    responses:
      '200':
        description: the bytes
        content: {application/octet-stream: {schema: {type: string, format: binary}}}
/chat:
  post:
    operationId: chat
    requestBody:
      content:
        application/json:
          schema: {type: object, properties: {stream: {type: boolean}, prompt: {type: string}}}
    responses:
      '200':
        description: ok
        content:
          application/json: {schema: {$ref: '#/components/schemas/Item'}}
          text/event-stream: {schema: {$ref: '#/components/schemas/Chunk'}}
"""
OP_SCHEMAS = """
Item: {type: object, required: [id], properties: {id: {type: string}}}
Chunk: {type: object, properties: {delta: {type: string}}}
"""


@pytest.fixture()
def ops_api(tmp_path: Path) -> Api:
    return build(tmp_path, OP_SCHEMAS, OPS)


def test_parameters_style_and_explode_defaults(ops_api: Api) -> None:
    params = {p.name: p for p in op(ops_api, "listItems").parameters}
    got = {n: (p.location, p.style, p.explode, p.required, p.py_name) for n, p in params.items()}
    assert got == {
        "after": ("query", "form", True, False, "after"),
        "limit": ("query", "form", True, False, "limit"),
        "ids": ("query", "spaceDelimited", False, False, "ids"),
        "X-Trace-Id": ("header", "simple", False, False, "x_trace_id"),
        "session": ("cookie", "form", True, False, "session"),
    }
    assert (params["limit"].constraints.minimum, params["limit"].constraints.maximum) == (1, 100)
    assert params["ids"].type == TypeRef("array", item=TypeRef("str"))
    # path-level parameters apply to the operation, and path parameters are always required
    (item_id,) = op(ops_api, "downloadItem").parameters
    assert (item_id.name, item_id.location, item_id.style, item_id.explode, item_id.required) == (
        "item_id", "path", "simple", False, True,
    )  # fmt: skip


def test_request_body_per_content_type(ops_api: Api) -> None:
    bodies = {b.content_type: b for b in op(ops_api, "createItem").request_bodies}
    assert {ct: b.kind for ct, b in bodies.items()} == {
        "application/json": "json",
        "multipart/form-data": "multipart",
        "application/x-www-form-urlencoded": "form",
        "application/octet-stream": "binary",
    }
    assert bodies["application/json"].type == named("#/components/schemas/Item")
    assert bodies["multipart/form-data"].file_fields == ["file", "more"]
    assert bodies["application/octet-stream"].type == TypeRef("bytes", format="binary")
    assert all(b.required for b in bodies.values())
    multipart = ops_api.type_by_id()[bodies["multipart/form-data"].type.name or ""]
    assert fields(multipart)["file"] == TypeRef("bytes", format="binary")


def test_responses_per_status_and_content_type(ops_api: Api) -> None:
    got = [(r.status, r.content_type, r.kind) for r in op(ops_api, "createItem").responses]
    assert got == [
        ("201", "application/json", "json"),
        ("201", "text/plain", "text"),
        ("204", None, "empty"),
        ("4XX", "application/json", "json"),
        ("default", "application/problem+json", "json"),
    ]
    types = [r.type for r in op(ops_api, "createItem").responses]
    assert types[0] == named("#/components/schemas/Item") and types[1] == TypeRef("str") and types[2] is None
    (download,) = op(ops_api, "downloadItem").responses
    assert (download.kind, download.type) == ("binary", TypeRef("bytes", format="binary"))


def test_streaming_is_detected_from_an_event_stream_response(ops_api: Api) -> None:
    chat = op(ops_api, "chat")
    assert chat.streaming is not None
    assert chat.streaming.event_type == named("#/components/schemas/Chunk")
    assert chat.streaming.mode == "data"
    assert chat.streaming.param == "stream"  # JSON or a stream, chosen by the body's `stream`
    assert op(ops_api, "createItem").streaming is None and op(ops_api, "listItems").streaming is None


def test_cursor_pagination_is_detected(ops_api: Api) -> None:
    page = op(ops_api, "listItems").pagination
    assert page is not None
    assert (page.kind, page.cursor_param, page.item_type) == ("cursor", "after", named("#/components/schemas/Item"))
    assert op(ops_api, "createItem").pagination is None
    assert op(ops_api, "downloadItem").pagination is None


def test_call_paths_and_inline_operation_types(ops_api: Api) -> None:
    calls = {o.id: (o.method, o.resource, o.py_name) for o in ops_api.operations}
    assert calls == {
        "listItems": ("get", ("items",), "list"),
        "createItem": ("post", ("items",), "create"),
        "downloadItem": ("get", ("items",), "retrieve"),
        "chat": ("post", ("chat",), "create"),
    }
    # inline response/body objects are named after the operation
    names = {t.name for t in ops_api.types if t.owner is None and t.id.startswith("#/paths/")}
    assert {"ListItemsResponse", "ChatRequest"} <= names


def test_usage_marks_request_and_response_types(ops_api: Api) -> None:
    by_id = ops_api.type_by_id()
    assert by_id["#/components/schemas/Item"].used_in_request and by_id["#/components/schemas/Item"].used_in_response
    assert by_id["#/components/schemas/Chunk"].used_in_response and not by_id["#/components/schemas/Chunk"].used_in_request


# -- warnings -------------------------------------------------------------------------------------


def test_required_naming_no_property_is_a_located_warning(tmp_path: Path) -> None:
    text = 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n' \
        "    Run:\n      type: object\n      required: [id, thread_id]\n      properties:\n        id: {type: string}\n"
    path = tmp_path / "spec.yaml"
    path.write_text(text)
    problems: list[Problem] = []
    api = normalize(load_spec(path), problems=problems)
    (problem,) = problems
    assert "'thread_id'" in problem.message and problem.severity == "warning"
    assert (problem.location.line, problem.location.pointer) == (8, "/components/schemas/Run/required")
    assert api.warnings == [str(problem)]
    assert [(f.name, f.required) for f in model(api, "Run").fields] == [("id", True)]


def test_inline_copy_of_a_later_component_is_that_component(tmp_path: Path) -> None:
    # A fully resolved spec repeats components inline. `Assistant` sorts before the tools it
    # copies, and its union must still see the tools' fields to find the discriminator.
    tool_x = "{type: object, required: [type], properties: {type: {type: string, enum: [x]}}}"
    tool_y = "{type: object, required: [type], properties: {type: {type: string, enum: [y]}, y: {type: integer}}}"
    api = build(
        tmp_path,
        f"""
        Assistant:
          type: object
          properties:
            tools:
              type: array
              items:
                oneOf: [{tool_x}, {tool_y}]
        ToolX: {tool_x}
        ToolY: {tool_y}
        """,
    )
    assert sorted(t.name for t in api.types) == ["Assistant", "ToolX", "ToolY"]
    union = fields(model(api, "Assistant"))["tools"].item
    assert union is not None
    assert union.members == (named("#/components/schemas/ToolX"), named("#/components/schemas/ToolY"))
    assert union.discriminator is not None and union.discriminator.property == "type"
    assert dict(union.discriminator.mapping) == {"x": "#/components/schemas/ToolX", "y": "#/components/schemas/ToolY"}


def test_enum_of_objects_and_lists(tmp_path: Path) -> None:
    # JSON Schema allows any JSON value in `enum`, but typing.Literal holds no object, list or
    # float: such an enum is typed by the schema's own type (none here: any value)
    api = build(tmp_path, "Shape:\n  enum: [{a: 1}, [1, 2], {a: 1}, 'x', 3]\n", version="3.1.0")
    assert model(api, "Shape").alias_of == TypeRef("any")
    api = build(tmp_path, "Shape:\n  type: object\n  enum: [{a: 1}, null]\n", version="3.1.0")
    assert model(api, "Shape").alias_of == TypeRef("map", item=TypeRef("any"), nullable=True)
    # duplicates go, order stays, and `true` is not the duplicate of `1`
    api = build(tmp_path, "Shape:\n  enum: [1, true, 'x', 1, true]\n", version="3.1.0")
    assert model(api, "Shape").alias_of == TypeRef("literal", values=(1, True, "x"))


@pytest.mark.parametrize(
    "paths",
    [
        "/a: {get: {tags: 5, responses: {}}}",
        "/a: {get: {parameters: [{name: q, in: query, content: {application/json: 5}}], responses: {}}}",
        "/a: {get: {parameters: [5, {name: 1, in: query}, {name: q, in: body}], responses: {}}}",
        "/a: {post: {requestBody: {content: {multipart/form-data: {schema: {properties: 5}}}}, responses: {}}}",
        "/a: {post: {requestBody: {content: 5}, responses: {}}}",
        "/a: {get: {responses: {'200': {content: {text/plain: {schema: 5}}}}}}",
        "/a: {get: {responses: {'200': {content: {application/json: 5}}}}}",
        "/a: {get: {responses: []}}",
        "/a: 5",
    ],
)
def test_malformed_operations_do_not_crash(tmp_path: Path, paths: str) -> None:
    # not valid OpenAPI (`oasgen validate` says so), but `inspect` must not fall over
    api = build(tmp_path, "", paths)
    assert len(api.operations) <= 1
    for o in api.operations:
        assert o.tags == [] or all(isinstance(t, str) for t in o.tags)


@pytest.mark.parametrize(
    ("prefix", "kept"),
    [("/v2", ""), ("/api/v1", ""), ("/v1beta1", ""), ("/users", "users"), ("", "")],
)
def test_a_version_prefix_every_path_shares_is_not_a_resource(tmp_path: Path, prefix: str, kept: str) -> None:
    """`/v2/account/keys` is `client.account.keys`; a shared prefix that is no version stays."""
    ok = "responses: {'204': {description: ok}}"
    api = build(
        tmp_path,
        paths=f"""
        {prefix}/account/keys:
          get: {{operationId: keys_list, {ok}}}
        {prefix}/account/keys/{{key_id}}:
          get: {{operationId: keys_get, parameters: [{{name: key_id, in: path, required: true, schema: {{type: string}}}}], {ok}}}
        {prefix}/droplets:
          post: {{operationId: droplets_create, {ok}}}
        """,
    )
    calls = {o.id: (o.resource, o.py_name) for o in api.operations}
    head = (kept,) if kept else ()
    assert calls == {
        "keys_list": (head + ("account", "keys"), "list"),
        "keys_get": (head + ("account", "keys"), "retrieve"),
        "droplets_create": (head + ("droplets",), "create"),
    }


def test_a_version_prefix_not_shared_by_every_path_stays(tmp_path: Path) -> None:
    ok = "responses: {'204': {description: ok}}"
    api = build(
        tmp_path,
        paths=f"""
        /v2/keys:
          get: {{operationId: keys_list, {ok}}}
        /v3/keys:
          get: {{operationId: keys_list_v3, {ok}}}
        """,
    )
    assert {o.id: o.resource for o in api.operations} == {"keys_list": ("v2", "keys"), "keys_list_v3": ("v3", "keys")}


def test_version_prefixes_go_path_by_path_unless_two_paths_would_read_alike(tmp_path: Path) -> None:
    """Most paths under `/v2`, some under `/v1` or `/api/v1` (as a cloud API that grew a second
    product has them): each drops its own prefix, except where two prefixes hold the same path."""
    ok = "responses: {'204': {description: ok}}"
    param = "parameters: [{name: id, in: path, required: true, schema: {type: string}}]"
    api = build(
        tmp_path,
        paths=f"""
        /v2/droplets:
          get: {{operationId: droplets_list, {ok}}}
        /v2/droplets/{{id}}:
          get: {{operationId: droplets_get, {param}, {ok}}}
        /v1/batches/{{id}}:
          get: {{operationId: batches_get, {param}, {ok}}}
        /v1/chat/completions:
          post: {{operationId: chat_v1, {ok}}}
        /api/v1/chat/completions:
          post: {{operationId: chat_api, {ok}}}
        /v1:
          get: {{operationId: root_v1, {ok}}}
        """,
    )
    calls = {o.id: (o.resource, o.py_name) for o in api.operations}
    assert calls == {
        "droplets_list": (("droplets",), "list"),
        "droplets_get": (("droplets",), "retrieve"),
        "batches_get": (("batches",), "retrieve"),
        "chat_v1": (("v1", "chat", "completions"), "create"),
        "chat_api": (("api", "v1", "chat", "completions"), "create"),
        "root_v1": (("v1",), "list"),
    }


def test_a_wildcard_response_with_an_object_schema_is_json(tmp_path: Path) -> None:
    """`*/*` (as Spring's generators write every body) with an object schema returns the model;
    with a binary string, or under a concrete non-JSON type, it stays bytes."""
    api = build(
        tmp_path,
        schemas="Thing: {type: object, properties: {id: {type: string}}}\n",
        paths="""
        /things:
          get:
            operationId: wild
            responses:
              '200': {description: ok, content: {'*/*': {schema: {$ref: '#/components/schemas/Thing'}}}}
        /things/any:
          get:
            operationId: wild_app
            responses:
              '200': {description: ok, content: {'application/*': {schema: {type: array, items: {type: string}}}}}
        /files:
          get:
            operationId: wild_file
            responses:
              '200': {description: ok, content: {'*/*': {schema: {type: string, format: binary}}}}
        /octets:
          get:
            operationId: octets
            responses:
              '200': {description: ok, content: {application/octet-stream: {schema: {$ref: '#/components/schemas/Thing'}}}}
        """,
    )
    kinds = {o.id: [(r.kind, r.type.kind if r.type else None) for r in o.responses] for o in api.operations}
    assert kinds == {
        "wild": [("json", "named")],
        "wild_app": [("json", "array")],
        "wild_file": [("binary", "bytes")],
        "octets": [("binary", "bytes")],
    }
