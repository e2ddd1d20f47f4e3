"""What a spec may say that oasgen reads past without turning it into code, and the warning
each gets. The normalizer calls these where it reads each object, so every such part is
reported with its location rather than dropped silently.

Annotations that change no value or request (`title`, `example`, `externalDocs`, `xml`,
`x-` extensions, ...) are ignored without a word: they are documentation.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

#: Schema keywords the normalizer turns into types, fields or constraints.
SCHEMA_USED = frozenset(
    {
        "type", "properties", "required", "additionalProperties", "items", "enum", "const", "oneOf",
        "anyOf", "allOf", "discriminator", "nullable", "format", "$ref", "default", "deprecated",
        "readOnly", "writeOnly", "minLength", "maxLength", "pattern", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "contentMediaType",
    }
)  # fmt: skip
#: Schema keywords that describe without constraining: ignored silently.
SCHEMA_ANNOTATIONS = frozenset(
    {
        "title", "description", "example", "examples", "externalDocs", "xml", "$comment", "$schema",
        "$id", "$anchor", "$defs", "definitions", "contentEncoding", "contentSchema",
        "unevaluatedProperties", "then", "else", "$recursiveAnchor", "$dynamicAnchor", "$vocabulary",
    }
)  # fmt: skip
#: Keywords that constrain values but are not generated: what the generated code does instead.
SCHEMA_NOT_GENERATED = {
    "not": "the values it excludes are accepted",
    "if": "the conditional `if`/`then`/`else` is not checked",
    "patternProperties": "keys matching its patterns are typed as any other extra key",
    "dependentSchemas": "the schemas a present property brings in are not checked",
    "dependentRequired": "properties a present property requires are not required",
    "dependencies": "properties a present property requires are not required",
    "prefixItems": "array items are not typed by position",
    "additionalItems": "array items past the listed ones are not checked",
    "unevaluatedItems": "array items are not checked against it",
    "propertyNames": "key names are not checked",
    "contains": "no item is required to match it",
    "minContains": "no count of matching items is checked",
    "maxContains": "no count of matching items is checked",
    "multipleOf": "any number is accepted",
    "uniqueItems": "repeated items are accepted",
    "minProperties": "objects with fewer properties are accepted",
    "maxProperties": "objects with more properties are accepted",
    "$dynamicRef": "it is not followed: any value is accepted",
    "$recursiveRef": "it is not followed: any value is accepted",
}


def schema_findings(value: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(keyword, message) for each keyword of one schema object that is not generated."""
    for key in value:
        if (
            not isinstance(key, str)
            or key.startswith("x-")
            or key in SCHEMA_USED
            or key in SCHEMA_ANNOTATIONS
        ):
            continue
        if key in SCHEMA_NOT_GENERATED:
            yield key, f"`{key}` is not generated: {SCHEMA_NOT_GENERATED[key]}"
        else:
            yield key, f"unknown schema keyword `{key}` ignored"
    if isinstance(value.get("discriminator"), dict) and not any(
        isinstance(value.get(k), list) for k in ("oneOf", "anyOf")
    ):
        yield (
            "discriminator",
            (
                "`discriminator` without `oneOf`/`anyOf` is not generated: a reference to this schema "
                "takes this schema's own fields, not the schemas that extend it"
            ),
        )
    unevaluated = value.get("unevaluatedProperties")
    if unevaluated is not None and unevaluated is not False:
        yield (
            "unevaluatedProperties",
            "`unevaluatedProperties` is not generated: extra keys are not checked against it",
        )


#: Parameter styles the client and the server stubs send and read, by location.
PARAMETER_STYLES = {
    "path": {"simple"},
    "query": {"form", "deepObject"},
    "header": {"simple"},
    "cookie": {"form"},
}


def parameter_findings(
    location: str, value: dict[str, Any], is_object: bool
) -> Iterator[tuple[str, str]]:
    """(key, message) for what one parameter asks that is not generated as asked."""
    style = value.get("style")
    if isinstance(style, str) and style not in PARAMETER_STYLES.get(location, set()):
        sent = "style form" if location in ("query", "cookie") else "style simple"
        yield (
            "style",
            f"parameter style {style!r} is not generated for a {location} parameter: it is sent in {sent}",
        )
    elif location == "query" and is_object and style == "form":
        yield (
            "style",
            (
                "style 'form' for an object query parameter is not generated: its keys are sent "
                "in style deepObject (`name[key]=value`)"
            ),
        )
    if value.get("allowEmptyValue") is True:
        yield (
            "allowEmptyValue",
            "`allowEmptyValue` is not generated: an empty value is sent as any other",
        )


def encoding_findings(prop: str, value: Any, kind: str = "form") -> Iterator[tuple[str, str]]:
    """(key, message) for an `encoding` entry of a form or multipart body the client does not
    follow. A form body follows style form (exploded or not) and deepObject."""
    if not isinstance(value, dict):
        return
    style = value.get("style")
    if isinstance(style, str) and style not in ("form", "deepObject"):
        yield (
            "style",
            f"encoding style {style!r} of {prop!r} is not generated: it is sent in style form",
        )
    if value.get("explode") is False and kind != "form":
        yield (
            "explode",
            f"`explode: false` for {prop!r} is not generated: arrays are sent as repeated keys",
        )
    if isinstance(value.get("headers"), dict) and value["headers"]:
        yield (
            "headers",
            f"part headers of {prop!r} are not generated: the part is sent without them",
        )
