"""`generator/normalize/bodies.py`: every request body an operation accepts, as arguments."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.ir import Api, Operation, TypeRef
from generator.normalize.bodies import merge_types

DISCORD = Path(__file__).parent / "fixtures" / "bodies" / "discord-messages.json"


def _api(api_of: Callable[..., Api], paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> Api:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }
    return api_of(spec)


def _op(api: Api, op_id: str) -> Operation:
    return next(op for op in api.operations if op.id == op_id)


def _post(content: dict[str, Any], required: bool = True) -> dict[str, Any]:
    return {
        "post": {
            "operationId": "send",
            "requestBody": {"required": required, "content": content},
            "responses": {"204": {"description": "done"}},
        }
    }


def test_discord_indexed_files_become_one_list_argument(api_of: Callable[..., Api]) -> None:
    api = api_of(DISCORD)
    op = _op(api, "create_message")
    multipart = op.request_bodies[2]
    assert multipart.file_fields == [f"files[{i}]" for i in range(10)]
    (files,) = [p for p in multipart.parts if p.kind == "indexed_files"]
    assert (files.argument, files.wire_name, files.required) == ("files", "files", False)
    assert files.type == TypeRef("array", item=TypeRef("bytes", format="binary"))
    # the JSON and form bodies take the same fields, without the files
    assert [p.argument for p in op.request_bodies[0].parts] == [p.argument for p in op.request_bodies[1].parts]
    assert [p.argument for p in multipart.parts] == [p.argument for p in op.request_bodies[0].parts] + ["files"]
    assert op.body_choice == ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"]
    assert op.body_selector == "content_type" and op.arguments[-1].source == "content_type"
    assert op.arguments[-1].type.values == tuple(op.body_choice)


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "format": "binary"},
        {"type": "string", "contentEncoding": "binary"},
        {"type": "string", "contentEncoding": "base64"},
        {"type": "string", "contentMediaType": "image/png"},
    ],
)
def test_a_file_however_the_spec_marks_it(api_of: Callable[..., Api], schema: dict[str, Any]) -> None:
    api = _api(
        api_of,
        {"/up": _post({"multipart/form-data": {"schema": {"type": "object", "properties": {"doc": schema, "n": {"type": "integer"}}}}})},
    )
    (body,) = _op(api, "send").request_bodies
    assert body.file_fields == ["doc"]
    kinds = {p.argument: p.kind for p in body.parts}
    assert kinds == {"doc": "file", "n": "field"}
    assert [p.base64 for p in body.parts if p.argument == "doc"] == [schema.get("contentEncoding") == "base64"]


def test_encoding_content_types_make_json_and_typed_parts(api_of: Callable[..., Api]) -> None:
    api = _api(
        api_of,
        {
            "/calls": _post(
                {
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "required": ["sdp"],
                            "properties": {"sdp": {"type": "string"}, "session": {"type": "object", "properties": {"a": {"type": "string"}}}},
                        },
                        "encoding": {"sdp": {"contentType": "application/sdp"}, "session": {"contentType": "application/json"}},
                    },
                    "application/sdp": {"schema": {"type": "string"}},
                }
            )
        },
    )
    op = _op(api, "send")
    parts = {p.argument: (p.kind, p.content_type, p.required) for p in op.request_bodies[0].parts}
    assert parts == {"sdp": ("text", "application/sdp", True), "session": ("json", "application/json", False)}
    (raw,) = op.request_bodies[1].parts
    assert (raw.argument, raw.kind) == ("body", "whole")
    # `sdp` is required by one body only: the method takes it optionally, its overload requires it
    assert {a.py_name: a.required for a in op.arguments} == {"sdp": False, "session": False, "body": False, "content_type": False}


def test_a_field_two_bodies_type_differently_is_either(api_of: Callable[..., Api]) -> None:
    mask_file = {"type": "string", "format": "binary"}
    mask_ref = {"type": "object", "properties": {"file_id": {"type": "string"}}}
    api = _api(
        api_of,
        {
            "/edit": _post(
                {
                    "multipart/form-data": {"schema": {"type": "object", "required": ["image"], "properties": {"image": mask_file, "mask": mask_file, "size": {"enum": ["a", "b"]}}}},
                    "application/json": {"schema": {"type": "object", "required": ["images"], "properties": {"images": {"type": "array", "items": {"type": "string"}}, "mask": mask_ref, "size": {"enum": ["b", "c"]}}}},
                }
            )
        },
    )
    op = _op(api, "send")
    args = {a.py_name: a for a in op.arguments}
    assert args["mask"].type.kind == "union" and [m.kind for m in args["mask"].type.members] == ["bytes", "named"]
    assert args["size"].type == TypeRef("literal", values=("a", "b", "c"))
    assert not args["image"].required and not args["images"].required
    assert [p.required for p in op.request_bodies[0].parts if p.argument == "image"] == [True]


def test_a_single_json_body_is_unchanged(api_of: Callable[..., Api]) -> None:
    api = _api(
        api_of,
        {"/x": _post({"application/json": {"schema": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}}}})},
    )
    op = _op(api, "send")
    assert op.body_selector is None and op.body_choice == ["application/json"]
    assert [(a.py_name, a.source, a.required) for a in op.arguments] == [("a", "body", True)]


def test_merge_types_flattens_and_keeps_null_once() -> None:
    a = TypeRef("str", nullable=True)
    b = TypeRef("union", members=(TypeRef("int"), TypeRef("str")))
    merged = merge_types([a, b])
    assert merged == TypeRef("union", members=(TypeRef("str"), TypeRef("int")), nullable=True)
    assert merge_types([TypeRef("int")]) == TypeRef("int")
