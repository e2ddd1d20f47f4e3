"""generator/normalize/unions.py, discriminators.py and all_of.py: union members, their names,
the property that tells them apart, and allOf merged into one object."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.ir import Api, NamedType


def spec(schemas: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": schemas}}


def named(api: Api, name: str) -> NamedType:
    (found,) = [t for t in api.types if t.name == name]
    return found


def class_of(api: Api, type_id: str | None) -> str:
    """The class name of the named type a TypeRef points at (by its id)."""
    (found,) = [t.name for t in api.types if t.id == type_id]
    return found


def test_members_are_named_by_title_then_discriminator_value_then_their_own_property(api_of: Callable[..., Api]) -> None:
    api = api_of(spec({
        "Pet": {"oneOf": [
            {"title": "house cat", "type": "object", "properties": {"type": {"const": "cat"}, "purrs": {"type": "boolean"}}, "required": ["type"]},
            {"type": "object", "properties": {"type": {"const": "dog"}, "barks": {"type": "boolean"}}, "required": ["type"]},
            {"type": "object", "properties": {"wings": {"type": "integer"}}, "required": ["wings"]},
        ]},
    }))  # fmt: skip
    names = {t.name for t in api.types}
    assert {"PetHouseCat", "PetDog", "PetWings"} <= names
    assert not any("Variant" in n for n in names)


def test_a_number_only_when_nothing_tells_members_apart(api_of: Callable[..., Api]) -> None:
    same = {"type": "object", "properties": {"a": {"type": "string"}}}
    api = api_of(spec({"U": {"anyOf": [same, {**same, "description": "the other"}]}}))
    assert {t.name for t in api.types} >= {"UVariant0", "UVariant1"}


def test_null_members_make_the_union_optional_and_a_sole_member_takes_its_name(api_of: Callable[..., Api]) -> None:
    api = api_of(spec({"Box": {"type": "object", "properties": {"inner": {"anyOf": [{"type": "object", "properties": {"x": {"type": "integer"}}}, {"type": "null"}]}}}}))
    field = named(api, "Box").fields[0]
    assert field.type.nullable and field.type.kind == "named" and class_of(api, field.type.name) == "BoxInner"


def test_declared_discriminator_maps_values_to_members(api_of: Callable[..., Api]) -> None:
    members = {
        "Cat": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["cat"]}}, "required": ["kind"]},
        "Dog": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["dog"]}}, "required": ["kind"]},
    }
    api = api_of(spec({**members, "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}], "discriminator": {"propertyName": "kind"}}}))
    union = named(api, "Pet").alias_of
    assert union is not None and union.discriminator is not None
    assert union.discriminator.property == "kind" and {v: class_of(api, i) for v, i in union.discriminator.mapping} == {"cat": "Cat", "dog": "Dog"}
    assert not union.discriminator.inferred and api.warnings == []


def test_a_declared_discriminator_that_cannot_work_is_warned_about(api_of: Callable[..., Api]) -> None:
    members = {
        "Cat": {"type": "object", "properties": {"kind": {"type": "string"}}},
        "Dog": {"type": "object", "properties": {"kind": {"type": "string"}}},
    }
    api = api_of(spec({**members, "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}], "discriminator": {"propertyName": "kind"}}}))
    union = named(api, "Pet").alias_of
    assert union is not None and union.discriminator is None
    (warning,) = api.warnings
    assert "(/components/schemas/Pet): warning: discriminator 'kind' ignored" in warning


def test_an_inferred_discriminator_prefers_type(api_of: Callable[..., Api]) -> None:
    def member(value: str) -> dict[str, Any]:
        return {"type": "object", "properties": {"type": {"const": value}, "object": {"const": "event"}}, "required": ["type", "object"]}

    api = api_of(spec({"A": member("a"), "B": member("b"), "E": {"anyOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]}}))
    union = named(api, "E").alias_of
    assert union is not None and union.discriminator is not None
    assert union.discriminator.property == "type" and union.discriminator.inferred


def test_all_of_merges_properties_required_and_keeps_descriptions(api_of: Callable[..., Api]) -> None:
    api = api_of(spec({
        "Base": {"type": "object", "properties": {"id": {"type": "string", "description": "The id."}}, "required": ["id"]},
        "Named": {"allOf": [
            {"$ref": "#/components/schemas/Base"},
            {"type": "object", "properties": {"id": {"maxLength": 40}, "name": {"type": "string"}}, "required": ["name"]},
        ]},
    }))  # fmt: skip
    fields = {f.name: f for f in named(api, "Named").fields}
    assert set(fields) == {"id", "name"} and fields["id"].required and fields["name"].required
    assert fields["id"].description == "The id."


def test_all_of_of_one_reference_and_nullable_is_that_type(api_of: Callable[..., Api]) -> None:
    api = api_of(spec({
        "Inner": {"type": "object", "properties": {"x": {"type": "integer"}}},
        "Outer": {"type": "object", "properties": {"inner": {"allOf": [{"$ref": "#/components/schemas/Inner"}, {"nullable": True}]}}},
    }))  # fmt: skip
    (field,) = named(api, "Outer").fields
    assert field.type.kind == "named" and class_of(api, field.type.name) == "Inner" and field.type.nullable
