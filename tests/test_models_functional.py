"""The generated seed 000 models, imported and used."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import typing_extensions

import pydantic
import pytest


@pytest.fixture(scope="module")
def types(seed000_package: tuple[Path, dict[str, str]]):  # type: ignore[no-untyped-def]
    return importlib.import_module("seed000_client.types")


RUN = {
    "id": "run_abc123",
    "object": "thread.run",
    "created_at": 1699063290,
    "assistant_id": "asst_abc123",
    "thread_id": "thread_abc123",
    "status": "queued",
    "started_at": 1699063290,
    "expires_at": None,
    "cancelled_at": None,
    "failed_at": None,
    "completed_at": 1699063291,
    "last_error": None,
    "model": "gpt-4o",
    "instructions": "You are a helpful assistant.",
    "incomplete_details": None,
    "tools": [{"type": "code_interpreter"}],
    "metadata": {},
    "usage": None,
    "temperature": 1.0,
    "top_p": 1.0,
    "max_prompt_tokens": 1000,
    "max_completion_tokens": 1000,
    "truncation_strategy": {"type": "auto", "last_messages": None},
    "response_format": "auto",
    "tool_choice": "auto",
    "parallel_tool_calls": True,
    "required_action": None,
}


def test_run_object_parses_and_round_trips(types) -> None:  # type: ignore[no-untyped-def]
    run = types.RunObject.model_validate(RUN)
    assert run.status == "queued"
    assert type(run.tools[0]).__name__ == "AssistantToolsCode"
    assert run.model_dump(mode="json", by_alias=True) == RUN


def test_discriminated_union_picks_member_by_type(types) -> None:  # type: ignore[no-untyped-def]
    run = types.RunObject.model_validate({**RUN, "tools": [{"type": "function", "function": {"name": "f"}}]})
    assert type(run.tools[0]).__name__ == "AssistantToolsFunction"
    with pytest.raises(pydantic.ValidationError) as err:
        types.RunObject.model_validate({**RUN, "tools": [{"type": "nope"}]})
    assert "tools" in str(err.value)


def test_required_nullable_is_not_optional_to_omit(types) -> None:  # type: ignore[no-untyped-def]
    incomplete = dict(RUN)
    del incomplete["expires_at"]  # required, nullable
    with pytest.raises(pydantic.ValidationError):
        types.RunObject.model_validate(incomplete)


def test_omitted_optional_field_is_unset_and_not_dumped(types) -> None:  # type: ignore[no-untyped-def]
    obj = types.TruncationObject.model_validate({"type": "auto"})
    assert "last_messages" not in obj.model_fields_set
    assert obj.model_dump() == {"type": "auto"}
    explicit = types.TruncationObject.model_validate({"type": "auto", "last_messages": None})
    assert explicit.model_dump() == {"type": "auto", "last_messages": None}


def test_omitted_field_reads_none_and_null_stays_refused_where_the_spec_forbids_it(types) -> None:  # type: ignore[no-untyped-def]
    tool = types.AssistantToolsFileSearch.model_validate({"type": "file_search"})
    assert tool.file_search is None and not tool.file_search  # falsy, as in the official SDK
    assert tool.model_fields_set == {"type"}
    assert tool.model_dump() == {"type": "file_search"}  # no null invented for the omitted field
    assert tool.model_dump_json() == '{"type":"file_search"}'
    with pytest.raises(pydantic.ValidationError) as err:  # `file_search` is not nullable
        types.AssistantToolsFileSearch.model_validate_json('{"type": "file_search", "file_search": null}')
    assert err.value.errors()[0]["loc"] == ("file_search",)
    nested = types.AssistantToolsFileSearch.model_validate(
        {"type": "file_search", "file_search": {"max_num_results": 3}}
    )
    assert nested.file_search is not None and nested.file_search.ranking_options is None
    assert nested.model_dump(by_alias=True) == {"type": "file_search", "file_search": {"max_num_results": 3}}
    run = types.RunObject.model_validate({k: v for k, v in RUN.items() if k != "temperature"})
    assert run.temperature is None and "temperature" not in run.model_fields_set
    assert "temperature" not in run.model_dump() and run.to_dict()["top_p"] == 1.0
    # a None put there without validation (model_construct) dumps as null, without a warning
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert types.AssistantToolsFileSearch.model_construct(file_search=None).model_dump()["file_search"] is None


def test_unknown_fields_are_kept(types) -> None:  # type: ignore[no-untyped-def]
    run = types.RunObject.model_validate({**RUN, "brand_new_field": {"x": 1}})
    assert run.model_extra == {"brand_new_field": {"x": 1}}


def test_closed_enum_rejects_and_open_enum_accepts_unknown_values(types) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(pydantic.ValidationError):
        types.RunObject.model_validate({**RUN, "status": "teleported"})
    req = types.CreateThreadAndRunRequest.model_validate({"assistant_id": "a", "model": "gpt-99-future"})
    assert req.model == "gpt-99-future"


def test_const_field_has_its_value_as_default(types) -> None:  # type: ignore[no-untyped-def]
    tool = types.AssistantToolsCode.model_validate({})
    assert tool.type == "code_interpreter"


def test_params_are_typeddicts_with_required_keys(types) -> None:  # type: ignore[no-untyped-def]
    params = types.CreateThreadAndRunRequestParam
    assert typing_extensions.is_typeddict(params)
    hints = typing_extensions.get_type_hints(params, include_extras=True)
    assert typing_extensions.get_origin(hints["assistant_id"]) is typing_extensions.Required
    assert typing_extensions.get_origin(hints["thread"]) is not typing_extensions.Required


def test_union_members_keep_their_own_limits(types) -> None:  # type: ignore[no-untyped-def]
    # `content` is oneOf [string, array with minItems: 1]: the member's limit holds as on a property
    message = {"role": "user", "content": [{"type": "text", "text": "hi"}]}
    assert types.CreateMessageRequest.model_validate(message).content[0].text == "hi"
    assert types.CreateMessageRequest.model_validate({**message, "content": ""}).content == ""
    with pytest.raises(pydantic.ValidationError) as err:
        types.CreateMessageRequest.model_validate({**message, "content": []})
    assert "at least 1 item" in str(err.value)


def test_limits_of_every_kind_of_union_member(tmp_path: Path, package_of: Callable[..., ModuleType]) -> None:
    spec = tmp_path / "limits.yaml"
    spec.write_text(
        'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Limited:\n'
        "      type: object\n      properties:\n"
        "        items: {oneOf: [{type: integer}, {type: array, items: {type: string}, minItems: 2, maxItems: 3}]}\n"
        "        text: {anyOf: [{type: string, minLength: 2, maxLength: 4}, {type: 'null'}]}\n"
        "        number: {anyOf: [{type: number, exclusiveMinimum: 0, maximum: 1}, {type: boolean}]}\n"
        "        count: {oneOf: [{type: integer, minimum: 1, exclusiveMaximum: 10}, {type: array, items: {}}]}\n",
        encoding="utf-8",
    )
    package_of(spec, "limits_client", emit=("models",))
    limited = importlib.import_module("limits_client.types").Limited
    good = {"items": ["a", "b"], "text": "abc", "number": 0.5, "count": 9}
    assert limited.model_validate(good).model_dump(exclude_unset=True) == good
    for ok in ({"items": 5}, {"text": None}, {"number": True}, {"items": ["a", "b", "c"]}):
        limited.model_validate(ok)
    for bad in (
        {"items": ["a"]}, {"items": ["a", "b", "c", "d"]}, {"text": "a"}, {"text": "abcde"},
        {"number": -0.5}, {"number": 1.5}, {"count": 0}, {"count": 10},
    ):  # fmt: skip
        with pytest.raises(pydantic.ValidationError):
            limited.model_validate(bad)
