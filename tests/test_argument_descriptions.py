"""Every argument the spec describes is described, wherever the spec puts the text: on the
parameter's schema, a `$ref`'d parameter or schema (in another file too), beside a `$ref`, the
only part of an `allOf`, the non-null member of a nullable union, or a title alone. Checked on
the IR (what every template lays out) and on the generated method's docstring."""

from __future__ import annotations

import ast
import functools
import re
from typing import Any

import pytest

from gen_support import ROOT

SPEC = ROOT / "tests" / "fixtures" / "argdocs" / "openapi.yaml"


@functools.cache
def _api() -> Any:
    from generator.pipeline import Target, build_api

    return build_api(Target(str(SPEC), "records"))


def _described(op_id: str) -> dict[str, str | None]:
    op = next(op for op in _api().operations if op.id == op_id)
    return {a.py_name: a.description for a in op.arguments}


@pytest.mark.parametrize(
    "op_id, argument, text",
    [
        # a parameter whose text is on its schema only (a `$ref`'d parameter, as Spotify writes them)
        ("getAlbum", "market", "A country code; only what is sold there is returned."),
        # a path-item parameter shared by every operation, described on its schema
        ("getAlbum", "album_id", "The album's id, given on the path item for every operation."),
        # a parameter in another file whose schema is a `$ref` into a third file
        ("getAlbum", "region", "The region whose catalogue is searched."),
        # a description written beside a parameter's `$ref` (OpenAPI 3.1)
        ("getAlbum", "cursor", "Where the previous page ended (written beside the $ref)."),
        # a parameter schema that is a `$ref` to a described enum
        ("getAlbum", "edition", "Which edition of the album to return."),
        # a parameter given as `content`
        ("getAlbum", "locale", "Locale the names are given in."),
    ],
)
def test_parameter_described_on_its_schema(op_id: str, argument: str, text: str) -> None:
    assert _described(op_id)[argument] == text


@pytest.mark.parametrize(
    "op_id, argument, text",
    [
        # a property of an `allOf` part
        ("createAlbum", "name", "The album's name."),
        # a later `allOf` part that only narrows a property keeps the earlier part's text
        ("createAlbum", "genre", "The genre the album is filed under."),
        # `anyOf: [{$ref, description}, null]`: the text beside the member's `$ref`
        ("createAlbum", "format", "The format the album is released in."),
        # `anyOf: [{$ref}, null]`: the text of the schema the member refers to
        ("createAlbum", "tier", "The price tier."),
        # `allOf: [{$ref}]`: the text of the only part
        ("createAlbum", "owner_id", "The id of the user who owns the album."),
        # a `$ref`'d schema with a title only
        ("createAlbum", "extra", "RawMessage holds any JSON, stored as given."),
        # an inline title only
        ("createAlbum", "tracks", "Track names, in the order they play."),
        # a schema that is a whole file, with a title only
        ("createAlbum", "restart", "Components to restart; all of them when left out."),
        # multipart and form bodies: the only `allOf` part, the non-null member
        ("uploadCover", "caption", "The text shown under the image."),
        ("setPrice", "amount", "The price in cents."),
        # a body sent whole: the description of its (`$ref`'d) schema
        ("replaceTracks", "body", "The album's tracks, in the order they play."),
        ("putArt", "body", "The cover art as JPEG bytes."),
    ],
)
def test_body_property_described_where_the_spec_puts_it(op_id: str, argument: str, text: str) -> None:
    assert _described(op_id)[argument] == text


def test_a_title_restating_a_name_describes_nothing() -> None:
    """`limit: {title: Limit}` (as FastAPI writes every parameter) and a title that is the
    referenced schema's own name re-cased say nothing the signature does not."""
    assert _described("getAlbum")["limit"] is None
    assert _described("createAlbum")["filters"] is None


def test_model_fields_get_the_same_text() -> None:
    """A model field reads its description from the same place as the argument."""
    api = _api()
    fields = {f.name: f.description for t in api.types if t.kind == "object" for f in t.fields}
    assert fields["tier"] == "The price tier."
    assert fields["owner_id"] == "The id of the user who owns the album."


def test_every_described_argument_is_in_the_docstring_args() -> None:
    from generator.pipeline import render_package

    api = _api()
    files = render_package(api, "records", emit=("models", "client"))
    checked = 0
    for res in api.resources:
        tree = ast.parse(files[f"records/{res.module.replace('.', '/')}.py"])
        defs = {
            (c.name, f.name): f
            for c in tree.body
            if isinstance(c, ast.ClassDef)
            for f in c.body
            if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
        }
        for op in api.operations:
            if op.id not in res.operations:
                continue
            for cls in (res.class_name, "Async" + res.class_name):
                doc = ast.get_docstring(defs[(cls, op.py_name)]) or ""
                args = doc.split("\nArgs:\n", 1)[1] if "\nArgs:\n" in doc else ""
                for a in op.arguments:
                    if a.description:
                        checked += 1
                        first = a.description.split()[0]
                        assert re.search(rf"^    {a.py_name}: {re.escape(first)}", args, re.M), (cls, op.py_name, a.py_name)
    assert checked == 2 * 19  # 6 + 8 + 2 + 1 + 1 + 1 described arguments, sync and async
