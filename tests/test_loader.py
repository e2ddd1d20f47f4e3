"""Loader tests: YAML read with JSON semantics, positions, anchors, `$ref`s across files, bad input.

Every bad input must raise a `SpecError` that says what is wrong and where (file, line,
column and/or JSON pointer); the CLI side of the same inputs is in `test_cli.py`.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import yaml

from generator.load import yaml_reader
from generator.errors import RefError, SpecError, UnsupportedSpecError
from generator.load.loader import Node, load_spec, split_pointer
from generator.normalize.normalizer import normalize
from generator.load.yaml_reader import (
    MAX_DEPTH,
    YamlSyntaxError,
    YList,
    YMap,
    parse_yaml,
    position_of,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SPECS = FIXTURES / "specs"

HEAD = 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\n'


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def load_error(path: Path, **kwargs: object) -> SpecError:
    with pytest.raises(SpecError) as info:
        load_spec(path, **kwargs)  # type: ignore[arg-type]
    return info.value


# -- YAML with JSON semantics ----------------------------------------------------------


def test_yaml_1_1_scalars_stay_strings() -> None:
    data = parse_yaml(
        "a: on\nb: off\nc: yes\nd: no\ne: 2024-01-01\nf: 0777\ng: 1_000\nh: 0x1F\ni: .inf\nj: ~\n"
        "k: true\nl: 12\nm: -3.5\nn: 1e3\no: Null\np: y\n",
        "x.yaml",
    )
    assert data == {
        "a": "on", "b": "off", "c": "yes", "d": "no", "e": "2024-01-01", "f": "0777",
        "g": "1_000", "h": "0x1F", "i": ".inf", "j": None, "k": True, "l": 12, "m": -3.5,
        "n": 1000.0, "o": None, "p": "y",
    }  # fmt: skip
    assert type(data["l"]) is int and type(data["n"]) is float


def test_quoted_and_block_scalars_are_strings() -> None:
    data = parse_yaml("a: 'true'\nb: \"12\"\nc: |\n  null\nd: >\n  3\n", "x.yaml")
    assert data == {"a": "true", "b": "12", "c": "null\n", "d": "3\n"}


def test_integer_and_other_keys_become_strings() -> None:
    data = parse_yaml("responses:\n  200: {description: ok}\n  4XX: {}\n  true: 1\n  1.5: 2\n  ~: 3\n", "x.yaml")
    assert list(data["responses"]) == ["200", "4XX", "true", "1.5", "~"]
    assert all(isinstance(k, str) for k in data["responses"])


def test_explicit_core_tags() -> None:
    assert parse_yaml("a: !!str 12\nb: !!int '7'\nc: !!float 1\n", "x.yaml") == {"a": "12", "b": "7", "c": 1.0}
    with pytest.raises(SpecError, match=r"x\.yaml:1:4: .*'0x1F' is not a JSON value of type !!int"):
        parse_yaml("a: !!int 0x1F\n", "x.yaml")
    with pytest.raises(SpecError, match=r"x\.yaml:2:4 \(/a\): YAML tag !custom has no JSON meaning"):
        parse_yaml("b: 1\na: !custom 3\n", "x.yaml")
    assert parse_yaml("a: !!map {b: !!seq [1]}\n", "x.yaml") == {"a": {"b": [1]}}


@pytest.mark.parametrize(
    ("text", "where", "tag"),
    [
        ("a: !!python/object/apply:os.system [echo]\n", "1:4 (/a)", "!!python/object/apply:os.system"),
        ("a:\n  - !!python/name:os.system ''\n", "2:5 (/a/0)", "!!python/name:os.system"),
        ("a: !!binary aGVsbG8=\n", "1:4 (/a)", "!!binary"),
        ("a: !!binary 'aGVsbG8='\n", "1:4 (/a)", "!!binary"),
        ("a: !!set {x: null}\n", "1:4 (/a)", "!!set"),
        ("a: !!omap [x: 1]\n", "1:4 (/a)", "!!omap"),
        ("a: !!timestamp 2001-12-14\n", "1:4 (/a)", "!!timestamp"),
        ("a: {b: !local [1, 2]}\n", "1:8 (/a/b)", "!local"),
        ("a: !!seq {b: 1}\n", "1:4 (/a)", "!!seq"),
    ],
)
def test_tags_outside_json_are_refused_where_they_are(text: str, where: str, tag: str) -> None:
    with pytest.raises(SpecError) as caught:
        parse_yaml(text, "x.yaml")
    assert str(caught.value).startswith(f"x.yaml:{where}: YAML tag {tag} has no JSON meaning")


def test_plain_scalars_keep_their_json_reading() -> None:
    data = parse_yaml("a: 2001-12-14\nb: yes\nc: 0x1F\nd: 1e3\ne: ~\n", "x.yaml")
    assert data == {"a": "2001-12-14", "b": "yes", "c": "0x1F", "d": 1000.0, "e": None}


def test_positions_of_keys_and_items() -> None:
    data = parse_yaml("top:\n  first: 1\n  second:\n    - a\n    - {b: 2}\n", "x.yaml")
    assert isinstance(data, YMap) and isinstance(data["top"]["second"], YList)
    assert position_of(data, "top") == (1, 1)
    assert position_of(data["top"], "second") == (3, 3)
    assert position_of(data["top"]["second"], 1) == (5, 7)
    assert (data["top"]["second"][1].line, data["top"]["second"][1].column) == (5, 7)
    assert position_of(data["top"], "missing") is None


def test_json_input_loads_with_positions(tmp_path: Path) -> None:
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}},
    }
    path = write(tmp_path, "spec.json", json.dumps(doc, indent=2))
    spec = load_spec(path)
    assert spec.root == doc and spec.is_31
    loc = spec.locate("spec.json", "/paths/~1a/get/responses/200")
    assert (loc.line, loc.column) == (11, 11)


def test_duplicate_key_yaml(tmp_path: Path) -> None:
    path = write(tmp_path, "dup.yaml", HEAD + "paths: {}\ncomponents:\n  schemas: {}\n  schemas: {}\n")
    err = load_error(path)
    assert "duplicate key 'schemas' (first defined at line 5)" in err.message
    assert (err.location.file, err.location.line) == (str(path), 6)


def test_duplicate_key_json_keeps_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "dup.json", '{"openapi": "3.0.0",\n "paths": {},\n "paths": {}}\n')
    err = load_error(path)
    assert "duplicate key 'paths'" in err.message
    assert err.location.line == 3


# -- anchors and aliases ------------------------------------------------------------------


def test_anchors_aliases_and_merge_keys() -> None:
    data = parse_yaml(
        "base: &b {x: 1, y: 2}\nuse: *b\nmerged:\n  <<: *b\n  y: 3\nmany:\n  <<: [{p: 1}, {p: 2, q: 2}]\n",
        "x.yaml",
    )
    assert data["use"] is data["base"]  # aliases stay shared, not copied
    assert data["merged"] == {"x": 1, "y": 3}  # keys written in the mapping win
    assert data["many"] == {"p": 1, "q": 2}  # earlier merge sources win


def test_resolved_seed001_with_anchors_loads() -> None:
    spec = load_spec(FIXTURES / "seed001-resolved.yaml")
    schemas = spec.root["components"]["schemas"]
    assert len(schemas) == 152
    # `properties: *4` in AssistantToolsCode is the very object anchored inline in AssistantObject
    inline_tools = schemas["AssistantObject"]["properties"]["tools"]["items"]["oneOf"]
    assert schemas["AssistantToolsCode"]["properties"] is inline_tools[0]["properties"]


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['openapi: 3.0.0', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, cur in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    path = write(tmp_path, "bomb.yaml", "\n".join(lines) + "\n")
    start = time.perf_counter()
    err = load_error(path)
    assert time.perf_counter() - start < 2.0
    assert "alias bomb" in err.message and "refusing" in err.message
    assert err.location.file == str(path) and err.location.line is not None


def test_recursive_alias_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "rec.yaml", "openapi: 3.0.0\nx: &x\n  self: *x\n")
    err = load_error(path)
    assert "recursive YAML alias" in err.message and "*x" in err.message
    assert (err.location.line, err.location.column) == (3, 9)


def test_undefined_alias_is_a_syntax_error(tmp_path: Path) -> None:
    path = write(tmp_path, "alias.yaml", "openapi: 3.0.0\nx: *nowhere\n")
    err = load_error(path)
    assert "nowhere" in err.message and err.location.line == 2


#: Deep documents, with where the first level past the limit opens and the pointer there.
DEEP = {
    # libyaml scans `[[[[` ahead for a possible key and refuses 1,000 levels before any event
    "flow-list.yaml": ("[" * 100_000 + "]" * 100_000, (1, MAX_DEPTH + 1), "/0" * MAX_DEPTH),
    "flow-object.json": ('{"a": ' * 100_000 + "1" + "}" * 100_000, (1, 6 * MAX_DEPTH + 1), "/a" * MAX_DEPTH),
    "block.yaml": (
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n"
        + "".join(" " * (6 + 2 * i) + "items:\n" for i in range(MAX_DEPTH)) + " " * (6 + 2 * MAX_DEPTH) + "x: 1\n",
        (4 + MAX_DEPTH, 7 + 2 * (MAX_DEPTH - 3)),  # the 401st level: /components/schemas/A is the 4th
        "/components/schemas/A" + "/items" * (MAX_DEPTH - 3),
    ),
    # a tab YAML refuses before the deep part: the JSON reader measures it (json.loads recurses)
    "tab-then-deep.json": ('{\n\t"a": ' + "[" * 50_000 + "]" * 50_000 + "}", (2, 7 + MAX_DEPTH - 1), "/a" + "/0" * (MAX_DEPTH - 1)),
    # ... and here it would read it (500 levels is within Python's recursion limit), past the limit
    "tab-then-500.json": ('{\n\t"a": ' + "[" * 500 + "]" * 500 + "}", (2, 7 + MAX_DEPTH - 1), "/a" + "/0" * (MAX_DEPTH - 1)),
}


@pytest.mark.parametrize("name", sorted(DEEP))
@pytest.mark.parametrize("loader", [yaml.CSafeLoader, yaml.SafeLoader], ids=lambda c: c.__name__)
def test_deep_nesting_is_one_located_error_whatever_the_yaml_library(
    name: str, loader: type, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yaml_reader, "EventSource", loader)
    text, (line, column), pointer = DEEP[name]
    path = write(tmp_path, name, text)
    start = time.process_time()  # CPU time: the machine may be busy
    err = load_error(path)
    assert time.process_time() - start < 10
    assert err.message == f"document nested deeper than {MAX_DEPTH} levels"
    assert (err.location.file, err.location.line, err.location.column) == (str(path), line, column)
    assert err.location.pointer == pointer


def test_libyaml_refuses_flow_nesting_before_the_first_event() -> None:
    # why the reader hands libyaml's own depth error to the pure-Python reader
    with pytest.raises(YamlSyntaxError, match="exceeded maximum nesting depth"):
        yaml_reader._read(yaml.CSafeLoader, "[" * 1001 + "]" * 1001, "x.yaml")
    assert parse_yaml("[" * MAX_DEPTH + "]" * MAX_DEPTH, "x.yaml", yaml.CSafeLoader) is not None


def test_nesting_through_aliases_is_bounded() -> None:
    lines = ["a0: &a0 [1]"] + [f"a{i}: &a{i} [*a{i - 1}]" for i in range(1, MAX_DEPTH + 5)]
    with pytest.raises(SpecError, match="nested deeper"):
        parse_yaml("\n".join(lines), "x.yaml")


# -- $ref pointers and files ---------------------------------------------------------------


def test_split_pointer_unescapes() -> None:
    assert split_pointer("/components/schemas/a~1b/~0x") == ["components", "schemas", "a/b", "~x"]
    assert split_pointer("") == []


def test_ref_pointer_escapes_and_percent_encoding(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "spec.yaml",
        HEAD
        + "paths:\n  /items/{id}:\n    get:\n      responses: {'200': {description: ok}}\n"
        "components:\n  schemas:\n    a/b: {type: string}\n    c~d: {type: integer}\n    'sp ace': {type: boolean}\n"
        "    UsesSlash: {$ref: '#/components/schemas/a~1b'}\n"
        "    UsesTilde: {$ref: '#/components/schemas/c~0d'}\n"
        "    UsesSpace: {$ref: '#/components/schemas/sp%20ace'}\n"
        "  x-path-copy: {$ref: '#/paths/~1items~1%7Bid%7D'}\n",
    )
    spec = load_spec(path)
    doc = spec.root_doc
    assert spec.deref(Node({"$ref": "#/components/schemas/a~1b"}, doc, "")).value == {"type": "string"}
    assert spec.resolve("#/components/schemas/c~0d", doc).value == {"type": "integer"}
    assert spec.resolve("#/components/schemas/sp%20ace", doc).value == {"type": "boolean"}
    target = spec.resolve("#/paths/~1items~1%7Bid%7D", doc)
    assert target.pointer == "/paths/~1items~1{id}" and "get" in target.value


def test_refs_across_files_and_folders_load_each_file_once() -> None:
    spec = load_spec(SPECS / "multifile" / "openapi.yaml")
    # reached as `schemas/pet.yaml`, `common/error.yaml`, `./common/./error.yaml` and
    # `../common/error.yaml` (from schemas/), each file is one document
    assert sorted(spec.documents) == ["common/error.yaml", "openapi.yaml", "schemas/pet.yaml"]
    pet = spec.deref(Node(spec.root["components"]["schemas"]["Pet"], spec.root_doc, "/components/schemas/Pet"))
    assert pet.doc == "schemas/pet.yaml" and pet.pointer == "/Pet"
    err = spec.deref(Node(pet.value["properties"]["last_error"], pet.doc, "/Pet/properties/last_error"))
    assert err.doc == "common/error.yaml" and err.value["required"] == ["code", "message"]
    # the error model is the same object whichever way it was reached
    assert err.value is spec.documents["common/error.yaml"]["Error"]
    loc = spec.locate("common/error.yaml", "/Error/properties/code")
    assert loc.file.endswith("common/error.yaml") and loc.line == 5


def test_nodes_walk_down_and_spec_get_follows_refs_on_the_way(tmp_path: Path) -> None:
    (tmp_path / "ops").mkdir()
    (tmp_path / "openapi.yaml").write_text(
        'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get: {$ref: "ops/get.yml"}\n'
    )
    (tmp_path / "ops" / "get.yml").write_text(
        "parameters: {$ref: '../shared.yml#/list'}\nresponses:\n  '200': {description: ok}\n"
    )
    (tmp_path / "shared.yml").write_text("list:\n  - {name: a/b, in: query}\n")
    spec = load_spec(tmp_path / "openapi.yaml")
    item = spec.root_node.child("paths", "/a")
    assert (item.doc, item.pointer) == ("openapi.yaml", "/paths/~1a")
    # child() keeps a `$ref` as written; Spec.get lands where each ref points, file by file
    assert item.child("get").is_ref
    params = spec.get(item, "get", "parameters")
    assert (params.doc, params.pointer) == ("shared.yml", "/list")
    ((index, first),) = params.items()
    assert (index, first.pointer, first.value["name"]) == (0, "/list/0", "a/b")
    assert spec.get(first, "name").value == "a/b"
    missing = spec.get(item, "get", "requestBody", "content", default={})
    assert (missing.doc, missing.pointer, missing.value) == ("ops/get.yml", "/requestBody/content", {})
    assert (spec.get(item, "get").key, spec.root_node.child("paths", "/a").key) == ("get", "/a")
    assert Node({}, "models/ssh_key.yml", "").key == "ssh_key"


def test_refs_across_files_normalise_to_one_model_per_schema() -> None:
    api = normalize(load_spec(SPECS / "multifile" / "openapi.yaml"))
    by_id = api.type_by_id()
    pet = by_id["schemas/pet.yaml#/Pet"]
    assert pet.kind == "object"
    assert {f.name: f.type.name for f in pet.fields if f.type.kind == "named"} == {
        "owner": "schemas/pet.yaml#/Owner",
        "last_error": "common/error.yaml#/Error",
    }
    # `components.schemas.Pet: {$ref: ...}` names the model in the other file: one model `Pet`,
    # not an alias `Pet` of a model `Pet2`
    assert "#/components/schemas/Pet" not in by_id and "#/components/schemas/Error" not in by_id
    assert (pet.name, by_id["common/error.yaml#/Error"].name) == ("Pet", "Error")
    assert sorted(t.name for t in api.types) == ["Error", "Owner", "Pet"]
    responses = {r.status: r.type.name for r in api.operations[0].responses if r.type}
    assert responses == {"200": "schemas/pet.yaml#/Pet", "default": "common/error.yaml#/Error"}


def test_recursive_schema_normalises_to_one_named_type(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "tree.yaml",
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    Node:\n      type: object\n      properties:\n"
        "        value: {type: string}\n        children: {type: array, items: {$ref: '#/components/schemas/Node'}}\n"
        "        parent: {$ref: '#/components/schemas/Node', nullable: true}\n",
    )
    api = normalize(load_spec(path))
    assert [t.name for t in api.types] == ["Node"]
    fields = {f.name: f.type for f in api.types[0].fields}
    assert fields["children"].item is not None and fields["children"].item.name == "#/components/schemas/Node"
    assert fields["parent"].name == "#/components/schemas/Node" and fields["parent"].nullable


def test_remote_ref_is_refused_with_its_location(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "remote.yaml",
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: 'https://example.com/s.yaml#/A'\n",
    )
    err = load_error(path)
    assert isinstance(err, RefError)
    assert "https://example.com/s.yaml#/A" in err.message and "--allow-remote-refs" in err.message
    assert (err.location.line, err.location.pointer) == (7, "/components/schemas/A/$ref")


@pytest.mark.parametrize("ref", ["../../etc/passwd", "sub/../../outside.yaml", "/etc/passwd"])
def test_file_ref_leaving_the_root_folder_is_refused(tmp_path: Path, ref: str) -> None:
    write(tmp_path, "outside.yaml", "A: {type: string}\n")
    path = write(tmp_path / "root", "spec.yaml", HEAD + f"paths: {{}}\ncomponents:\n  schemas:\n    A: {{$ref: '{ref}'}}\n")
    err = load_error(path)
    assert isinstance(err, RefError)
    assert "leaves the spec's root folder" in err.message or "absolute file paths are not allowed" in err.message
    assert err.location.line == 6 and err.location.pointer == "/components/schemas/A/$ref"


def test_symlink_out_of_the_root_folder_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "secret.yaml", "A: {type: string}\n")
    root = tmp_path / "root"
    root.mkdir()
    (root / "link.yaml").symlink_to(tmp_path / "secret.yaml")
    path = write(root, "spec.yaml", HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'link.yaml#/A'}\n")
    assert "leaves the spec's root folder" in load_error(path).message


def test_missing_ref_names_file_line_and_pointer(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "missing.yaml",
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n"
        "        b:\n          $ref: '#/components/schemas/B'\n",
    )
    err = load_error(path)
    assert "'#/components/schemas/B' points at nothing" in err.message
    assert str(err).startswith(f"{path}:10:11 (/components/schemas/A/properties/b/$ref)")


def test_missing_ref_file(tmp_path: Path) -> None:
    path = write(tmp_path, "spec.yaml", HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'nope.yaml#/A'}\n")
    err = load_error(path)
    assert "file 'nope.yaml' not found" in err.message and err.location.line == 6


def test_missing_pointer_in_another_file(tmp_path: Path) -> None:
    write(tmp_path, "other.yaml", "A: {type: string}\n")
    path = write(tmp_path, "spec.yaml", HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'other.yaml#/B'}\n")
    err = load_error(path)
    assert "'other.yaml#/B' points at nothing: 'B' not found" in err.message


def test_ref_cycle_without_a_schema(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "cycle.yaml",
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n"
        "    B: {$ref: '#/components/schemas/A'}\n",
    )
    err = load_error(path)
    assert isinstance(err, RefError)
    assert "$ref cycle with no schema in it" in err.message
    assert "#/components/schemas/A" in err.message and "#/components/schemas/B" in err.message
    assert err.location.file == str(path) and err.location.line in (6, 7)


def test_refs_inside_a_property_named_example_are_followed(tmp_path: Path) -> None:
    # `example`/`examples` values are literal data, but here they are property names
    path = write(
        tmp_path,
        "spec.yaml",
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n"
        "        example: {$ref: 'other.yaml#/B'}\n      example: {$ref: 'not-a-file.yaml'}\n",
    )
    write(tmp_path, "other.yaml", "B: {type: string}\n")
    spec = load_spec(path)
    assert "other.yaml" in spec.documents and "not-a-file.yaml" not in spec.documents


_DOCS_REFS = HEAD + """paths:
  /items:
    get:
      externalDocs: {$ref: '#/components/x-docs/missing'}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
              examples:
                default: {$ref: '#/components/examples/gone'}
          links:
            next: {$ref: '#/components/links/gone'}
components:
  schemas:
    Item:
      type: object
      properties:
        links: {$ref: '%s'}
"""


def test_a_broken_ref_in_documentation_is_a_located_warning(tmp_path: Path) -> None:
    """Examples, links and externalDocs are documentation oasgen turns into no code: a ref
    in them that points at nothing is reported where it is, and the spec still loads."""
    path = write(tmp_path, "spec.yaml", _DOCS_REFS % "#/components/schemas/Item")
    spec = load_spec(path)
    found = {str(p.location.pointer): p for p in spec.warnings}
    assert sorted(found) == [
        "/paths/~1items/get/externalDocs/$ref",
        "/paths/~1items/get/responses/200/content/application~1json/examples/default/$ref",
        "/paths/~1items/get/responses/200/links/next/$ref",
    ]
    example = found[
        "/paths/~1items/get/responses/200/content/application~1json/examples/default/$ref"
    ]
    assert example.location.file == str(path) and example.location.line == 14
    assert "'#/components/examples/gone' points at nothing" in example.message
    api = normalize(spec)
    assert sum("`externalDocs` are documentation" in w for w in api.warnings) == 3


def test_a_broken_ref_in_a_schema_stays_an_error(tmp_path: Path) -> None:
    """A property that happens to be called `links` is a schema: its ref must resolve."""
    path = write(tmp_path, "spec.yaml", _DOCS_REFS % "#/components/schemas/Gone")
    err = load_error(path)
    assert isinstance(err, RefError) and "'#/components/schemas/Gone' points at nothing" in err.message
    assert err.location.pointer == "/components/schemas/Item/properties/links/$ref"


# -- versions ------------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["3.0.0", "3.0.3", "3.1.0", "3.1.1"])
def test_openapi_3_0_and_3_1_are_accepted(tmp_path: Path, version: str) -> None:
    path = write(tmp_path, "spec.yaml", f'openapi: {version}\ninfo: {{title: t, version: "1"}}\npaths: {{}}\n')
    spec = load_spec(path)
    assert spec.version == version and spec.is_31 == version.startswith("3.1")


@pytest.mark.parametrize("version", ["4.0.0", "3.10.0", "2.0", "'3.2.0'"])
def test_other_openapi_versions_are_refused(tmp_path: Path, version: str) -> None:
    path = write(tmp_path, "spec.yaml", f'info: {{title: t}}\nopenapi: {version}\npaths: {{}}\n')
    err = load_error(path)
    assert isinstance(err, UnsupportedSpecError)
    assert "is not supported" in err.message and "3.0.x and 3.1.x" in err.message
    assert (err.location.line, err.location.pointer) == (2, "/openapi")


def test_unquoted_numeric_version_is_explained(tmp_path: Path) -> None:
    path = write(tmp_path, "spec.yaml", 'openapi: 3.1\ninfo: {title: t, version: "1"}\npaths: {}\n')
    err = load_error(path)
    assert "must be a string" in err.message and "3.1" in err.message and err.location.line == 1


def test_swagger_2_is_not_supported(tmp_path: Path) -> None:
    path = write(tmp_path, "swagger.yaml", 'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n')
    err = load_error(path)
    assert "Swagger 2.0 is not supported" in err.message and err.location.line == 1


def test_not_an_openapi_document(tmp_path: Path) -> None:
    assert "no `openapi` version field" in load_error(write(tmp_path, "a.yaml", "info: {}\n")).message
    assert "top level must be a mapping" in load_error(write(tmp_path, "b.yaml", "- 1\n- 2\n")).message


# -- files that cannot be read -----------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    err = load_error(write(tmp_path, "empty.yaml", ""))
    assert err.message == "the file is empty" and err.location.file.endswith("empty.yaml")
    assert load_error(write(tmp_path, "comments.yaml", "# nothing here\n")).message == "the file is empty"


def test_binary_junk(tmp_path: Path) -> None:
    err = load_error(write(tmp_path, "junk.yaml", bytes(range(256)) * 8))
    assert "not a text file" in err.message and err.location.file.endswith("junk.yaml")
    err = load_error(write(tmp_path, "latin1.yaml", "openapi: 3.0.0\ntitle: caf\xe9\n".encode("latin-1")))
    assert "not UTF-8" in err.message


def test_malformed_yaml_has_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.yaml", "openapi: 3.0.0\ninfo:\n  title: x\n   version: 1\n")
    err = load_error(path)
    assert "malformed YAML" in err.message
    assert err.location.file == str(path) and err.location.line == 4


def test_malformed_json_has_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.json", '{"openapi": "3.0.0",\n "info": {"title": "x",, "version": "1"}}\n')
    err = load_error(path)
    assert "malformed JSON" in err.message
    assert (err.location.line, err.location.column) == (2, 24)


def test_json_mistakes_yaml_would_forgive_are_refused_in_a_json_file(tmp_path: Path) -> None:
    text = '{"openapi": "3.0.0",\n "info": {"title": "x", "version": "1"},\n "paths": {},\n}\n'
    err = load_error(write(tmp_path, "trailing.json", text))
    assert "malformed JSON" in err.message and (err.location.line, err.location.column) == (4, 1)
    load_spec(str(write(tmp_path, "same.yaml", text)))  # as YAML the same text is fine


def test_second_yaml_document_is_refused(tmp_path: Path) -> None:
    err = load_error(write(tmp_path, "two.yaml", HEAD + "paths: {}\n---\nopenapi: 3.0.0\n"))
    assert "second YAML document" in err.message and err.location.line == 4


def test_file_not_found(tmp_path: Path) -> None:
    err = load_error(tmp_path / "nothere.yaml")
    assert err.message == "file not found" and err.location.file.endswith("nothere.yaml")


def test_folder_instead_of_a_file(tmp_path: Path) -> None:
    assert "is a folder" in load_error(tmp_path).message


def test_remote_refs_load_when_allowed(tmp_path: Path) -> None:
    import http.server
    from functools import partial

    from gen_support import loopback

    served = tmp_path / "served"
    write(served, "schemas/pet.yaml", "Pet:\n  type: object\n  properties:\n    tag: {$ref: 'tag.yaml#/Tag'}\n")
    write(served, "schemas/tag.yaml", "Tag: {type: string}\n")
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    with loopback(partial(Quiet, directory=str(served))) as root:
        url = f"{root}/schemas/pet.yaml"
        path = write(tmp_path, "spec.yaml", HEAD + f"paths: {{}}\ncomponents:\n  schemas:\n    Pet: {{$ref: '{url}#/Pet'}}\n")
        with pytest.raises(RefError, match="--allow-remote-refs"):
            load_spec(path)
        spec = load_spec(path, allow_remote=True)
    tag_url = url.replace("pet.yaml", "tag.yaml")
    assert sorted(spec.documents) == sorted(["spec.yaml", url, tag_url])  # relative refs resolve against the URL
    api = normalize(spec)
    pet = api.type_by_id()[f"{url}#/Pet"]
    assert [(f.name, f.type.kind) for f in pet.fields] == [("tag", "str")]


@pytest.mark.parametrize(
    ("text", "message", "pointer", "line"),
    [
        ("paths: []\n", "`paths` must be a mapping, found a list", "/paths", 3),
        ("paths: {}\ncomponents: 5\n", "`components` must be a mapping, found a number", "/components", 4),
        ("paths: {}\ncomponents:\n  securitySchemes: x\n", "`securitySchemes` must be a mapping, found a string", "/components/securitySchemes", 5),
        ("paths: {}\nsecurity: {a: []}\n", "`security` must be a list, found a mapping", "/security", 4),
        ("paths: {}\nservers:\n  - 5\n", "each item of `servers` must be a mapping, found a number", "/servers/0", 5),
    ],
)
def test_top_level_shape_errors(tmp_path: Path, text: str, message: str, pointer: str, line: int) -> None:
    err = load_error(write(tmp_path, "spec.yaml", HEAD + text))
    assert err.message == message
    assert (err.location.pointer, err.location.line) == (pointer, line)


@pytest.mark.parametrize("loader", [yaml.CSafeLoader, yaml.SafeLoader], ids=lambda c: c.__name__)
def test_characters_yaml_1_1_misreads_are_text_and_lines_stay_yaml_1_2(loader: type) -> None:
    # NEL, LS and PS are no line breaks (YAML 1.2, JSON); DEL and C1 controls are text in strings
    text = 'a: "\x85lead"\nb: [x\u2028y, "\x7f\x80\x9f\ufffe\uffff"]\n"k\u2029": |\n  blk\x85z\nc: "\\ue000"\n'
    data = parse_yaml(text, "x.yaml", loader)
    assert data == {"a": "\x85lead", "b": ["x\u2028y", "\x7f\x80\x9f\ufffe\uffff"], "k\u2029": "blk\x85z\n", "c": "\ue000"}
    assert data.key_pos == {"a": (1, 1), "b": (2, 1), "k\u2029": (3, 1), "c": (5, 1)}
    assert data["b"].item_pos == [(2, 5), (2, 10)]
