"""Small specs for the generator bugs property-based fuzzing found (tests/test_fuzz_generation.py).

Each test generates a package in-process, checks the fuzzing property on it (compiles,
imports, models complete, client and server build: see fuzz_support) and then the
behaviour the bug broke.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import re
import sys
import typing
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

import pytest
import typing_extensions

from fuzz_support import Checker, Outcome, _overloads
from generator.ir import Api
from generator.pipeline import Target, build_api, render_package
from spec_strategies import GeneratedSpec


@pytest.fixture
def generate(tmp_path: Path) -> Callable[..., Outcome]:
    """Run the property on a document; `inspect(package, api)` sees the imported package."""
    checker = Checker(tmp_path, package="oasgen_regression_pkg")

    def run(
        doc: dict[str, Any],
        inspect: Callable[[ModuleType, Api], None] | None = None,
        **kwargs: Any,
    ) -> Outcome:
        return checker.run(GeneratedSpec(doc, **kwargs), inspect)

    return run


_ANY_OBJECT_OK = {
    "description": "ok",
    "content": {"application/json": {"schema": {"type": "object", "additionalProperties": True}}},
}


def _doc(
    schemas: dict[str, Any], paths: dict[str, Any] | None = None, version: str = "3.1.0"
) -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def test_a_spec_without_operations_gets_a_client_module_that_compiles(
    generate: Callable[..., Outcome],
) -> None:
    """No resources: `_client.py` had an `if TYPE_CHECKING:` with nothing under it."""

    def inspect(package: ModuleType, api: Api) -> None:
        assert package.Client(base_url="http://127.0.0.1:9")

    outcome = generate(
        _doc({"Thing": {"type": "object", "properties": {"a": {"type": "string"}}}}),
        inspect,
    )
    assert outcome.operations == 0 and outcome.modules > 0


def test_characters_beyond_the_bmp_are_escaped_whole(
    generate: Callable[..., Outcome],
) -> None:
    """`\\uXXXX` takes four digits: U+E0061 was written `\\ue0061`, i.e. U+E006 then "1"."""
    odd = "tag\U000e0061\U0010418b"
    doc = _doc(
        {
            "Thing": {
                "type": "object",
                "required": [odd],
                "properties": {odd: {"type": "string", "enum": [odd]}},
            }
        }
    )
    outcome = generate(doc)
    assert outcome.instances == 1  # {odd: odd} validated and dumped back unchanged


def test_a_hostile_title_stays_inside_the_server_docstrings(
    generate: Callable[..., Outcome],
) -> None:
    """The title went into `server/__init__.py`'s docstring and `server_impl.py`'s comment as it was."""
    title = 'Evil """ API\nimport os  # \\'
    doc = _doc(
        {}, {"/things": {"get": {"responses": {"204": {"description": "none"}}}}}
    )
    doc["info"]["title"] = title

    def inspect(package: ModuleType, api: Api) -> None:
        server = importlib.import_module(f"{package.__name__}.server")
        assert 'Evil """ API import os # \\' in server.__doc__
        impl = importlib.import_module(f"{package.__name__}.server_impl")
        assert impl.__doc__ == 'Handlers of the Evil """ API import os # \\ server.'

    generate(doc, inspect)


def test_an_allof_member_whose_property_leads_back_into_the_merge(
    generate: Callable[..., Outcome],
) -> None:
    """A = allOf [B, ...] where B.x = allOf [A, ...]: each merge made a new type under a longer pointer, forever."""
    doc = _doc(
        {
            "A": {
                "allOf": [
                    {"$ref": "#/components/schemas/B"},
                    {"type": "object", "properties": {"a": {"type": "string"}}},
                ]
            },
            "B": {
                "type": "object",
                "properties": {
                    "x": {
                        "allOf": [
                            {"$ref": "#/components/schemas/A"},
                            {"type": "object", "properties": {"y": {"type": "string"}}},
                        ]
                    }
                },
            },
        }
    )

    def inspect(package: ModuleType, api: Api) -> None:
        a = package.types.A.model_validate({"a": "1", "x": {"y": "2", "x": {"a": "3"}}})
        assert type(a.x) is type(a.x.x) is package.types.AX
        assert a.x.x.a == "3"

    generate(doc, inspect)


def test_allof_properties_from_another_file_resolve_their_refs_there(
    generate: Callable[..., Outcome],
) -> None:
    """Merged properties kept the merging file as their place, so their local refs pointed at nothing."""
    shared = {
        "components": {
            "schemas": {
                "Base": {
                    "type": "object",
                    "properties": {"tag": {"$ref": "#/components/schemas/Tag"}},
                },
                "Tag": {"type": "string", "enum": ["x", "y"]},
            }
        }
    }
    doc = _doc(
        {
            "Child": {
                "allOf": [
                    {"$ref": "shared/models.json#/components/schemas/Base"},
                    {"type": "object", "properties": {"n": {"type": "integer"}}},
                ]
            }
        }
    )

    def inspect(package: ModuleType, api: Api) -> None:
        child = package.types.Child.model_validate({"tag": "y", "n": 1})
        assert child.tag == "y"
        assert "Tag" in package.types.__all__

    generate(doc, inspect, extra_files={"shared/models.json": shared})


def test_refs_inside_specification_extensions_are_data(
    generate: Callable[..., Outcome],
) -> None:
    """`x-...` values were searched for `$ref`s, so an extension's own `$ref` that points nowhere refused the spec."""
    doc = _doc(
        {
            "Thing": {
                "type": "object",
                "properties": {
                    "a": {"type": "string", "x-meta": {"$ref": "#/not/here"}}
                },
            }
        },
        {
            "/things": {
                "get": {
                    "x-codeSamples": [{"$ref": "samples.yaml#/get"}],
                    "responses": {"204": {"description": "none"}},
                }
            }
        },
    )
    doc["x-tagGroups"] = {"$ref": "#/nowhere"}
    outcome = generate(doc)
    assert outcome.operations == 1


def test_array_and_object_path_parameters_are_served(
    generate: Callable[..., Outcome],
) -> None:
    """FastAPI refuses non-scalar path parameters, so building the app failed for the whole spec."""
    from fastapi.testclient import TestClient

    obj = {
        "type": "object",
        "properties": {"a": {"type": "string"}, "n": {"type": "integer"}},
    }
    params = [
        {
            "name": "ids",
            "in": "path",
            "required": True,
            "schema": {"type": "array", "items": {"type": "integer"}},
        },
        {
            "name": "filter",
            "in": "path",
            "required": True,
            "explode": True,
            "schema": obj,
        },
        {"name": "pair", "in": "path", "required": True, "schema": obj},
    ]
    doc = _doc(
        {},
        {
            "/things/{ids}/{filter}/{pair}": {
                "get": {
                    "operationId": "getThings",
                    "parameters": params,
                    "responses": {"200": _ANY_OBJECT_OK},
                }
            }
        },
    )
    doc["info"]["version"] = ""  # FastAPI needs a version: the app gets a default one

    def inspect(package: ModuleType, api: Api) -> None:
        server = importlib.import_module(f"{package.__name__}.server")

        class Things:
            async def retrieve(self, *, ids: Any, filter: Any, pair: Any) -> Any:
                return {"ids": ids, "filter": filter.to_dict(), "pair": pair.to_dict()}

        app = server.create_app(server.Handlers(things=Things()))
        answer = TestClient(app).get("/things/1,2,3/a=x,n=4/n,5")
        assert answer.status_code == 200, answer.text
        assert answer.json() == {
            "ids": [1, 2, 3],
            "filter": {"a": "x", "n": 4},
            "pair": {"n": 5},
        }
        assert (
            TestClient(app).get("/things/1,x/a=x/n,5").status_code == 400
        )  # invalid request

    generate(doc, inspect)


RECURSIVE = {
    "Json": {
        "anyOf": [
            {"type": "string"},
            {"type": "number"},
            {"type": "boolean"},
            {"type": "array", "items": {"$ref": "#/components/schemas/Json"}},
            {
                "type": "object",
                "additionalProperties": {"$ref": "#/components/schemas/Json"},
            },
        ]
    },
    "Tree": {
        "oneOf": [
            {"$ref": "#/components/schemas/Leaf"},
            {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
        ]
    },
    "Leaf": {
        "type": "object",
        "required": ["leaf value"],
        "properties": {
            "leaf value": {"type": "string"},
            "next tree": {"$ref": "#/components/schemas/Tree"},
        },
    },
    "Holder": {
        "type": "object",
        "properties": {
            "j": {"$ref": "#/components/schemas/Json"},
            "tree": {"$ref": "#/components/schemas/Tree"},
        },
    },
}


def test_recursive_aliases_and_functional_typeddicts_in_a_cycle(
    generate: Callable[..., Outcome],
) -> None:
    """`Json = Union[str, List[Json]]` named itself before it existed (NameError), and a functional
    TypedDict (a property name that is no identifier) named a later member of its cycle at once.
    """
    holder = {"$ref": "#/components/schemas/Holder"}
    ok = {"description": "ok", "content": {"application/json": {"schema": holder}}}
    body = {"content": {"application/json": {"schema": holder}}}
    doc = _doc(
        RECURSIVE,
        {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": body,
                    "responses": {"200": _ANY_OBJECT_OK},
                }
            }
        },
    )

    def inspect(package: ModuleType, api: Api) -> None:
        types = package.types
        value = {
            "j": {"a": [1, "x", {"b": True}]},
            "tree": [{"leaf value": "x", "next tree": [[{"leaf value": "y"}]]}],
        }
        assert types.Holder.model_validate(value).to_dict(mode="json") == value
        hints = typing_extensions.get_type_hints(types.LeafParam, include_extras=True)
        assert hints["next tree"] is types.TreeParam
        assert types.LeafParam.__required_keys__ == {"leaf value"}

    generate(doc, inspect)


def test_long_entries_of_a_functional_typeddict(
    generate: Callable[..., Outcome],
) -> None:
    """Each entry was laid out as if it were a statement; black cannot parse `"a b": T,` alone."""
    values = [f"value number {i} of a long enum" for i in range(6)]
    thing = {
        "type": "object",
        "required": ["a b"],
        "properties": {"a b": {"type": "string", "enum": values}},
    }
    body = {
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
        }
    }
    doc = _doc(
        {"Thing": thing},
        {
            "/things": {
                "post": {
                    "requestBody": body,
                    "responses": {"204": {"description": "none"}},
                }
            }
        },
    )

    def inspect(package: ModuleType, api: Api) -> None:
        hints = typing_extensions.get_type_hints(package.types.ThingParam)
        assert typing.get_args(hints["a b"]) == tuple(values)

    generate(doc, inspect)


def test_modules_of_a_cycle_are_black_stable(tmp_path: Path) -> None:
    """A re-export module lacked the blank line before `__all__`; an alias after a class, the second blank line."""
    import black

    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(_doc(RECURSIVE)), encoding="utf-8")
    files = render_package(build_api(Target(str(spec), "pkg")), "pkg")
    cyclic = {
        rel: text
        for rel, text in files.items()
        if rel.startswith("pkg/types/") and rel.endswith(".py")
    }
    assert any("refers to in a cycle" in text for text in cyclic.values())
    assert any(
        re.search(r"^class .*\n(.+\n)+\n\n\w+ = TypeAliasType", t, re.M)
        for t in cyclic.values()
    )
    for rel, text in cyclic.items():
        assert black.format_str(text, mode=black.Mode()) == text, rel


def test_client_methods_annotations_resolve(generate: Callable[..., Outcome]) -> None:
    """A discriminated union returned by a method needs pydantic's Field, and the stream overloads
    `Literal`: resource modules imported neither unless something else used them."""
    a = {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"type": "string", "enum": ["a"]}},
    }
    b = {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"type": "string", "enum": ["b"]}},
    }
    union = {
        "oneOf": [
            {"$ref": "#/components/schemas/A"},
            {"$ref": "#/components/schemas/B"},
        ]
    }
    body = {
        "type": "object",
        "properties": {"stream": {"type": "boolean"}, "n": {"type": "integer"}},
    }
    responses = {
        "200": {
            "description": "ok",
            "content": {
                "application/json": {"schema": union},
                "text/event-stream": {"schema": union},
            },
        }
    }
    op = {
        "operationId": "makeThing",
        "requestBody": {"content": {"application/json": {"schema": body}}},
        "responses": responses,
    }
    doc = _doc({"A": a, "B": b}, {"/things": {"post": op}})

    def inspect(package: ModuleType, api: Api) -> None:
        things = importlib.import_module(f"{package.__name__}.resources.things")
        for cls in (things.Things, things.AsyncThings):
            overloads = _overloads(cls.create)
            assert len(overloads) == (3 if sys.version_info >= (3, 11) else 0)
            for fn in [cls.create, *overloads]:
                typing.get_type_hints(fn, include_extras=True)

    generate(doc, inspect)


def test_resource_classes_never_shadow_each_other_or_runtime_names(
    generate: Callable[..., Outcome],
) -> None:
    """`/async/async/users`: the child's `AsyncAsync` was also the parent's async class, imported
    into the parent's module and then redefined there, so `client.async_.async_` had no `users`.
    A resource named `body` or `timeout` hid the runtime's `Body` and `Timeout` in its module.
    """
    get = {"get": {"responses": {"204": {"description": "none"}}}}
    doc = _doc(
        {},
        {
            p: get
            for p in ("/async/async/users", "/async/things", "/body", "/timeout/items")
        },
    )

    def inspect(package: ModuleType, api: Api) -> None:
        client = package.Client(base_url="http://127.0.0.1:9")
        assert callable(client.async_.async_.users.list)
        assert type(client.async_.async_) is not type(client.async_)
        names = {r.class_name for r in api.resources}
        assert {"Async", "AsyncAsyncResource"} <= names and not {
            "Body",
            "Timeout",
        } & names
        hints = typing.get_type_hints(type(client.body).list)
        assert (
            hints["extra_body"]
            == typing.Optional[
                importlib.import_module(f"{package.__name__}._types").Body
            ]
        )

    generate(doc, inspect)


def test_path_placeholders_renamed_in_one_pass_and_patterns_pydantic_cannot_compile(
    generate: Callable[..., Outcome],
) -> None:
    """`/{foo-bar}/{foo_bar}`: renaming `foo-bar` to `foo_bar` and then `foo_bar` to `foo_bar2` renamed
    both placeholders (FastAPI: duplicated param name). A lookahead pattern stopped the app from being built.
    """
    from fastapi.testclient import TestClient

    params = [
        {
            "name": "foo-bar",
            "in": "path",
            "required": True,
            "schema": {"type": "string"},
        },
        {
            "name": "foo_bar",
            "in": "path",
            "required": True,
            "schema": {"type": "string", "pattern": "^[a-z]+$"},
        },
        {
            "name": "q",
            "in": "query",
            "schema": {"type": "string", "pattern": "^(?!\\s*$).+"},
        },
    ]
    doc = _doc(
        {},
        {
            "/{foo-bar}/x-{foo_bar}": {
                "get": {
                    "operationId": "getIt",
                    "parameters": params,
                    "responses": {"200": _ANY_OBJECT_OK},
                }
            }
        },
    )

    def inspect(package: ModuleType, api: Api) -> None:
        server = importlib.import_module(f"{package.__name__}.server")

        async def handle(
            self: Any, *, foo_bar: str, foo_bar2: str, q: Any = None
        ) -> Any:
            return {"a": foo_bar, "b": foo_bar2, "q": q}

        impl = type("Impl", (), {api.operations[0].py_name: handle})()
        (field,) = dataclasses.fields(server.Handlers)
        client = TestClient(server.create_app(server.Handlers(**{field.name: impl})))
        answer = client.get("/one/x-two", params={"q": " "})
        assert answer.status_code == 200, answer.text
        assert answer.json() == {"a": "one", "b": "two", "q": " "}
        assert (
            client.get("/one/x-TWO").status_code == 400
        )  # the pattern pydantic can compile still applies

    generate(doc, inspect)


def test_a_sub_resource_named_with_raw_response(
    generate: Callable[..., Outcome],
) -> None:
    """`/things/with_raw_response/{id}`: `client.things.with_raw_response` is the raw-response view,
    so the sub-resource of that name could not be reached."""
    get = {"get": {"responses": {"204": {"description": "none"}}}}
    doc = _doc(
        {}, {"/things/with_raw_response/{id}": {"delete": get["get"]}, "/things": get}
    )

    def inspect(package: ModuleType, api: Api) -> None:
        client = package.Client(base_url="http://127.0.0.1:9")
        assert callable(client.things.with_raw_response_.delete)
        assert callable(client.things.with_raw_response.list)

    generate(doc, inspect)


def test_object_and_object_list_parameters_in_query_header_and_cookie(
    generate: Callable[..., Outcome],
) -> None:
    """FastAPI takes a list of models in the query for no supported type (building the app failed),
    and a model in a header or cookie for a group of headers (cookies) named after its fields.
    """
    from fastapi.testclient import TestClient

    obj = {"$ref": "#/components/schemas/Obj"}
    params = [
        {"name": "objs", "in": "query", "schema": {"type": "array", "items": obj}},
        {"name": "X-Obj", "in": "header", "schema": obj},
        {"name": "c", "in": "cookie", "schema": obj},
    ]
    schemas = {"Obj": {"type": "object", "properties": {"a": {"type": "string"}}}}
    doc = _doc(
        schemas,
        {
            "/things": {
                "get": {
                    "operationId": "getThings",
                    "parameters": params,
                    "responses": {"200": _ANY_OBJECT_OK},
                }
            }
        },
    )

    def inspect(package: ModuleType, api: Api) -> None:
        server = importlib.import_module(f"{package.__name__}.server")

        async def handle(
            self: Any, *, objs: Any = None, x_obj: Any = None, c: Any = None
        ) -> Any:
            return {
                "objs": [o.to_dict() for o in objs],
                "x_obj": x_obj.to_dict(),
                "c": c.to_dict(),
            }

        impl = type("Impl", (), {api.operations[0].py_name: handle})()
        (field,) = dataclasses.fields(server.Handlers)
        client = TestClient(
            server.create_app(server.Handlers(**{field.name: impl})),
            cookies={"c": '{"a":"z"}'},
        )
        answer = client.get(
            "/things", params={"objs": '[{"a": "x"}]'}, headers={"X-Obj": '{"a": "y"}'}
        )
        assert answer.status_code == 200, answer.text
        assert answer.json() == {
            "objs": [{"a": "x"}],
            "x_obj": {"a": "y"},
            "c": {"a": "z"},
        }

    generate(doc, inspect)


def test_an_operation_id_holding_a_nul_character(
    generate: Callable[..., Outcome],
) -> None:
    """FastAPI names the model of a form body `Body_<operation id>`: a NUL in it failed the app's build."""
    form = {
        "type": "object",
        "properties": {"a": {"type": "string"}, "b": {"type": "integer"}},
    }
    op = {
        "operationId": "send\x00it",
        "requestBody": {
            "content": {"application/x-www-form-urlencoded": {"schema": form}}
        },
        "responses": {"204": {"description": "none"}},
    }
    outcome = generate(_doc({}, {"/things": {"post": op}}))
    assert outcome.operations == 1


def test_an_extension_beside_a_single_allof_member_keeps_the_member_type(
    generate: Callable[..., Outcome],
) -> None:
    """`{allOf: [{$ref: Name}], nullable: true, x-vendor: ...}`: the extension made the wrapper an
    allOf to merge, so a string component became an (empty) object model."""
    name = {"type": "string", "minLength": 1}
    holder = {
        "type": "object",
        "properties": {
            "name": {
                "allOf": [{"$ref": "#/components/schemas/Name"}],
                "nullable": True,
                "x-vendor": {"a": 1},
            }
        },
    }
    doc = _doc({"Name": name, "Holder": holder}, version="3.0.3")

    def inspect(package: ModuleType, api: Api) -> None:
        assert package.types.Holder.model_validate({"name": "x"}).name == "x"
        assert package.types.Holder.model_validate({"name": None}).name is None

    generate(doc, inspect)
