"""datamodel-code-generator as a differential oracle for our Pydantic models (seed 000's spec).

Both generators turn `specs/seed000-create-thread-and-run.yaml` into Pydantic v2 models, once
per session, into a temporary folder. For a dozen schemas, every instance below is validated
by both models and by a JSON Schema reference (jsonschema, Draft 2020-12, over the spec's
components converted as `reference_schema` explains); the two models must agree.

Instances, per schema:

- the spec's own example (RunObject's `x-oaiMeta.example`);
- a valid base instance and mechanical mutations of it: each property dropped, set to null,
  given a value of the wrong type or an unknown string, and an unexpected extra property;
- hand-made cases for nested places (enums, unions, constraints, oneOf rules);
- instances generated from the JSON Schema with hypothesis-jsonschema (at most 30 per schema,
  `derandomize=True`), kept in `tests/fixtures/oracle/seed000-generated.json` so the run is
  the same everywhere (and needs no hypothesis-jsonschema); `python
  tests/test_models_oracle.py --write-corpus` rewrites it. With `OASGEN_ORACLE_LIVE=1` (and
  hypothesis-jsonschema installed), `test_generated_corpus_is_reproducible` regenerates it,
  which takes about a minute, and checks it is the stored one (or, drawn by other library
  versions, that it brings no new disagreement).

Every validation is `TypeAdapter(model).validate_json(text, strict=True)`: the instances are
JSON documents, and strict mode keeps pydantic's lax coercions ("1" -> 1) out of the
comparison.

datamodel-codegen runs with `--strict-nullable` and `--use-missing-sentinel`: without the
first it ignores `nullable: true` on required properties, without the second it lets every
optional property be null; both are its documented defaults, not findings. What still differs
is listed in `DISAGREEMENTS`, each with its explanation starting "ours right" or "theirs
right" (the side that agrees with the JSON Schema reference, which the test checks). Cases
where both models agree with each other but not with the reference are in `BOTH_DEVIATE`. A
new entry in either fails the test, and so does a listed one that no longer happens.

The expectations are keyed on datamodel-code-generator's version: the lists above hold for
every version in `CALIBRATED` (the lock's), and what one release does differently is listed
under its version in `DISAGREEMENTS_BY_VERSION` / `BOTH_DEVIATE_BY_VERSION`. Another release
is compared as the newest calibrated one before it; a failure then names the version and says
it was not calibrated for, so a peer's release is told apart from a change of ours.
"""

from __future__ import annotations

import contextlib
import copy
import importlib
import importlib.metadata
import importlib.util
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import pydantic
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "specs" / "seed000-create-thread-and-run.yaml"
CORPUS = ROOT / "tests" / "fixtures" / "oracle" / "seed000-generated.json"
OURS = "oasgen_oracle_seed000"
THEIRS = "oasgen_oracle_dmc_seed000"
MAX_EXAMPLES = 30

SCHEMAS = [
    "RunObject",
    "CreateThreadAndRunRequest",
    "CreateThreadRequest",
    "CreateMessageRequest",
    "TruncationObject",
    "AssistantsApiToolChoiceOption",
    "AssistantsNamedToolChoice",
    "AssistantsApiResponseFormatOption",
    "ResponseFormatJsonSchema",
    "RunToolCallObject",
    "AssistantToolsFunction",
    "AssistantToolsFileSearch",
    "FileSearchRankingOptions",
    "Metadata",
]

_CONST_DEFAULT = (
    "theirs right: `{field}` is required; our model gives a required single-value enum marked "
    "`x-stainless-const` a default, so an object without it validates"
)
_CLOSED = (
    "theirs right: the schema has `additionalProperties: false`; our models keep unknown "
    "properties (extra='allow') on every object"
)
_NULLABLE_IDIOM = (
    "ours right: `allOf: [$ref, {nullable: true}]` is OpenAPI 3.0's way to make a reference "
    "nullable (the reference reads it so); datamodel-codegen drops the nullable member"
)
_ONE_OF_REQUIRED = (
    "theirs right: file_search needs `vector_store_ids` or `vector_stores` (a oneOf of "
    "`required` lists); ours keeps that rule in the IR (`NamedType.rules`) but not in the model"
)

DISAGREEMENTS: dict[tuple[str, str], str] = {
    ("RunObject", "drop object"): _CONST_DEFAULT.format(field="object"),
    ("RunObject", "truncation_strategy: null"): _NULLABLE_IDIOM,
    ("RunObject", "tool_choice: null"): _NULLABLE_IDIOM,
    ("CreateThreadAndRunRequest", "truncation_strategy: null"): _NULLABLE_IDIOM,
    ("CreateThreadAndRunRequest", "tool_choice: null"): _NULLABLE_IDIOM,
    ("CreateThreadAndRunRequest", "parallel_tool_calls: null"): (
        "ours right: ParallelToolCalls is a plain boolean; datamodel-codegen makes a property "
        "with a default nullable (`ParallelToolCalls | None`)"
    ),
    ("CreateThreadAndRunRequest", "extra property"): _CLOSED,
    ("CreateThreadAndRunRequest", "thread with an extra property"): _CLOSED,
    ("CreateThreadRequest", "extra property"): _CLOSED,
    ("CreateThreadRequest", "file_search without ids or stores"): _ONE_OF_REQUIRED,
    ("CreateThreadRequest", "static chunking with an extra property"): _CLOSED,
    ("CreateMessageRequest", "extra property"): _CLOSED,
    ("CreateMessageRequest", "image_url.url not a URL"): (
        "ours right: `format: uri` is an annotation, not an assertion, in JSON Schema and "
        "OpenAPI; datamodel-codegen types the URL as pydantic's AnyUrl"
    ),
    ("ResponseFormatJsonSchema", "drop type"): _CONST_DEFAULT.format(field="type"),
    ("RunToolCallObject", "drop type"): _CONST_DEFAULT.format(field="type"),
    ("AssistantToolsFunction", "drop type"): _CONST_DEFAULT.format(field="type"),
    ("AssistantToolsFileSearch", "drop type"): _CONST_DEFAULT.format(field="type"),
    ("Metadata", "null"): (
        "ours right: Metadata is `nullable: true`; datamodel-codegen's root model for it does "
        "not admit None (only the places that use it do)"
    ),
    ("Metadata", "generated: theirs rejects at (root)"): "ours right: a null Metadata, see (Metadata, null)",
    ("RunObject", "generated: theirs rejects at truncation_strategy"): _NULLABLE_IDIOM,
    ("CreateThreadAndRunRequest", "generated: theirs rejects at truncation_strategy"): _NULLABLE_IDIOM,
    ("RunObject", "generated: theirs rejects at tool_choice"): _NULLABLE_IDIOM,
}

#: What one datamodel-code-generator release does differently from the others, by version; the
#: lists above hold for every version in CALIBRATED. A release the lists were not calibrated
#: for is compared with the newest calibrated one before it, and a failure says so.
DISAGREEMENTS_BY_VERSION: dict[str, dict[tuple[str, str], str]] = {
    "0.89.0": {
        ("CreateMessageRequest", "content: []"): (
            "ours right: the array member of `content`'s oneOf has `minItems: 1`; "
            "datamodel-codegen 0.89 drops the limit inside the union (0.97 keeps it)"
        ),
    },
    "0.97.0": {},
}
BOTH_DEVIATE_BY_VERSION: dict[str, dict[tuple[str, str], str]] = {"0.89.0": {}, "0.97.0": {}}

BOTH_DEVIATE: dict[tuple[str, str], str] = {
    ("RunObject", "created_at: 1.0"): (
        "JSON Schema counts 1.0 as an integer; pydantic's strict mode does not (lax mode would)"
    ),
    ("CreateThreadRequest", "file_search with ids and stores"): (
        "oneOf means exactly one of the two `required` lists; both models accept both at once"
    ),
}


# -- the peer's version ---------------------------------------------------------------------------

PEER = "datamodel-code-generator"
#: The versions the expectations are calibrated for: the lock's (0.89.0 on Python 3.10, 0.97.0 on 3.11+).
CALIBRATED = ("0.89.0", "0.97.0")


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in version.split(".")[:3])


def peer_version() -> str | None:
    try:
        return importlib.metadata.version(PEER)
    except importlib.metadata.PackageNotFoundError:
        return None


def calibration() -> str:
    """The calibrated version whose expectations apply to the installed peer."""
    installed = _version_key(peer_version() or "0")
    older = [v for v in CALIBRATED if _version_key(v) <= installed]
    return max(older or CALIBRATED[:1], key=_version_key)


def expected(common: dict[tuple[str, str], str], by_version: dict[str, dict[tuple[str, str], str]]) -> dict[tuple[str, str], str]:
    return {**common, **by_version[calibration()]}


def _uncalibrated_note() -> str:
    version = peer_version()
    if version in CALIBRATED:
        return ""
    return (
        f"{PEER} {version} is not a version these expectations were calibrated for "
        f"({', '.join(CALIBRATED)}; compared as {calibration()}). Check each case below against the "
        f"JSON Schema reference, then list what {version} does differently under its version in "
        "DISAGREEMENTS_BY_VERSION / BOTH_DEVIATE_BY_VERSION and add it to CALIBRATED.\n"
    )


# -- the reference JSON Schema ------------------------------------------------------------------

_KEYWORDS = frozenset(
    {
        "type", "properties", "required", "additionalProperties", "items", "enum", "const",
        "oneOf", "anyOf", "allOf", "not", "minimum", "maximum", "exclusiveMinimum",
        "exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems",
        "uniqueItems", "minProperties", "maxProperties", "$ref", "format", "multipleOf",
    }
)  # fmt: skip
_MODIFIERS = frozenset({"nullable", "description", "title", "default", "deprecated", "example"})


def reference_schema(node: Any) -> Any:
    """An OpenAPI 3.0 schema as a self-contained JSON Schema (Draft 2020-12).

    Refs to `#/components/schemas/X` become `#/$defs/X`; keywords JSON Schema does not
    know (descriptions, `x-*`, `discriminator`, examples) are dropped; `nullable: true` adds
    null to the type (or wraps the schema in `anyOf [..., null]` when it has no type), also
    when it stands alone in an `allOf` next to a `$ref`; boolean `exclusiveMinimum` /
    `exclusiveMaximum` become the numeric form.
    """
    if isinstance(node, list):
        return [reference_schema(v) for v in node]
    if not isinstance(node, dict):
        return node
    nullable = node.get("nullable") is True
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key not in _KEYWORDS:
            continue
        if key == "properties":
            out[key] = {name: reference_schema(s) for name, s in value.items()}
        elif key == "$ref":
            out[key] = value.replace("#/components/schemas/", "#/$defs/")
        elif key == "allOf":
            members = [m for m in value if not (isinstance(m, dict) and m and set(m) <= _MODIFIERS)]
            nullable = nullable or any(isinstance(m, dict) and m.get("nullable") is True for m in value)
            out[key] = [reference_schema(m) for m in members]
        elif key in ("enum", "const", "required", "type", "format", "pattern"):
            out[key] = value
        else:
            out[key] = reference_schema(value)
    for flag, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if out.get(flag) is True and bound in out:
            out[flag] = out.pop(bound)
        elif isinstance(out.get(flag), bool):
            out.pop(flag)
    if nullable:
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
            if isinstance(out.get("enum"), list) and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def load_spec_document() -> dict[str, Any]:
    return yaml.safe_load(SPEC.read_text(encoding="utf-8"))


def json_schema_for(document: dict[str, Any], name: str) -> dict[str, Any]:
    defs = {n: reference_schema(s) for n, s in document["components"]["schemas"].items()}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$defs": defs,
        "$ref": f"#/$defs/{name}",
    }


# -- instances ------------------------------------------------------------------------------------


def _spec_example(document: dict[str, Any]) -> dict[str, Any]:
    return json.loads(document["components"]["schemas"]["RunObject"]["x-oaiMeta"]["example"])


def bases(document: dict[str, Any]) -> dict[str, Any]:
    """A valid instance per schema (the test checks they are valid)."""
    run = dict(_spec_example(document), instructions="You are a helpful assistant.", required_action=None)
    return {
        "RunObject": run,
        "CreateThreadAndRunRequest": {
            "assistant_id": "asst_abc123",
            "thread": {"messages": [{"role": "user", "content": "Hello"}]},
            "model": "gpt-4o",
            "tools": [{"type": "code_interpreter"}],
            "tool_choice": "auto",
            "response_format": {"type": "json_object"},
            "truncation_strategy": {"type": "last_messages", "last_messages": 3},
            "metadata": {"k": "v"},
            "temperature": 1,
            "parallel_tool_calls": True,
        },
        "CreateThreadRequest": {
            "messages": [{"role": "user", "content": "hi"}],
            "tool_resources": {
                "code_interpreter": {"file_ids": ["file-1"]},
                "file_search": {"vector_store_ids": ["vs_1"]},
            },
            "metadata": {},
        },
        "CreateMessageRequest": {
            "role": "user",
            "content": [
                {"type": "text", "text": "hi"},
                {"type": "image_url", "image_url": {"url": "https://example.com/a.png", "detail": "low"}},
            ],
            "attachments": [{"file_id": "file-1", "tools": [{"type": "file_search"}]}],
        },
        "TruncationObject": {"type": "last_messages", "last_messages": 5},
        "AssistantsApiToolChoiceOption": {"type": "function", "function": {"name": "lookup"}},
        "AssistantsNamedToolChoice": {"type": "function", "function": {"name": "lookup"}},
        "AssistantsApiResponseFormatOption": {
            "type": "json_schema",
            "json_schema": {"name": "answer", "schema": {"type": "object"}, "strict": True},
        },
        "ResponseFormatJsonSchema": {"type": "json_schema", "json_schema": {"name": "answer", "schema": {}}},
        "RunToolCallObject": {
            "id": "call_1",
            "type": "function",
            "function": {"name": "lookup", "arguments": "{}"},
        },
        "AssistantToolsFunction": {
            "type": "function",
            "function": {
                "name": "lookup",
                "description": "d",
                "parameters": {"type": "object"},
                "strict": False,
            },
        },
        "AssistantToolsFileSearch": {
            "type": "file_search",
            "file_search": {
                "max_num_results": 5,
                "ranking_options": {"ranker": "auto", "score_threshold": 0.5},
            },
        },
        "FileSearchRankingOptions": {"ranker": "default_2024_08_21", "score_threshold": 0.5},
        "Metadata": {"a": "b"},
    }


def _wrong_type(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, str):
        return 123
    if isinstance(value, (int, float)):
        return "1"
    if isinstance(value, list):
        return "not a list"
    if isinstance(value, dict):
        return ["not", "an", "object"]
    return 0


def mutations(base: Any) -> Iterator[tuple[str, Any]]:
    yield "base", base
    if not isinstance(base, dict):
        return
    for key, value in base.items():
        dropped = dict(base)
        del dropped[key]
        yield f"drop {key}", dropped
        if value is not None:
            yield f"{key}: null", {**base, key: None}
        yield f"{key}: wrong type", {**base, key: _wrong_type(value)}
        if isinstance(value, str):
            yield f"{key}: unknown string", {**base, key: "not-a-valid-value"}
    yield "extra property", {**base, "unexpected_field": 1}


DROP = object()


def _set(instance: Any, path: str, value: Any) -> Any:
    """A copy of `instance` with the dotted `path` set to `value` (or removed, for DROP)."""
    out = copy.deepcopy(instance)
    node = out
    steps = [int(s) if s.isdigit() else s for s in path.split(".")]
    for step in steps[:-1]:
        node = node[step]
    if value is DROP:
        del node[steps[-1]]
    else:
        node[steps[-1]] = value
    return out


def hand_made(document: dict[str, Any], base: dict[str, Any]) -> list[tuple[str, str, Any]]:
    run, request = base["RunObject"], base["CreateThreadAndRunRequest"]
    thread, message = base["CreateThreadRequest"], base["CreateMessageRequest"]
    call = {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    action = {"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": [call]}}
    static = {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}
    return [
        ("RunObject", "spec example (x-oaiMeta)", _spec_example(document)),
        ("RunObject", "required_action set", {**run, "status": "requires_action", "required_action": action}),
        (
            "RunObject",
            "required_action.type not in enum",
            {**run, "required_action": {**action, "type": "run_tool"}},
        ),
        (
            "RunObject",
            "required_action without submit_tool_outputs",
            {**run, "required_action": {"type": "submit_tool_outputs"}},
        ),
        ("RunObject", "last_error set", {**run, "last_error": {"code": "server_error", "message": "boom"}}),
        (
            "RunObject",
            "last_error.code not in enum",
            {**run, "last_error": {"code": "oops", "message": "boom"}},
        ),
        ("RunObject", "tool of an unknown type", {**run, "tools": [{"type": "retrieval"}]}),
        ("RunObject", "function tool without function", {**run, "tools": [{"type": "function"}]}),
        ("RunObject", "21 tools", {**run, "tools": [{"type": "code_interpreter"}] * 21}),
        ("RunObject", "max_prompt_tokens below 256", {**run, "max_prompt_tokens": 100}),
        ("RunObject", "usage: null (nullable component)", {**run, "usage": None}),
        (
            "RunObject",
            "truncation_strategy.type not in enum",
            _set(run, "truncation_strategy.type", "middle"),
        ),
        (
            "RunObject",
            "tool_choice: named function",
            {**run, "tool_choice": {"type": "function", "function": {"name": "f"}}},
        ),
        (
            "RunObject",
            "response_format: json_schema",
            {**run, "response_format": {"type": "json_schema", "json_schema": {"name": "x"}}},
        ),
        ("RunObject", "created_at: 1.0", {**run, "created_at": 1.0}),
        ("RunObject", "created_at: 1.5", {**run, "created_at": 1.5}),
        ("CreateThreadAndRunRequest", "model: a custom name", {**request, "model": "my-fine-tune"}),
        ("CreateThreadAndRunRequest", "temperature above 2", {**request, "temperature": 2.5}),
        (
            "CreateThreadAndRunRequest",
            "message role not in enum",
            _set(request, "thread.messages.0.role", "system"),
        ),
        ("CreateThreadAndRunRequest", "tool_choice: unknown string", {**request, "tool_choice": "sometimes"}),
        ("CreateThreadAndRunRequest", "response_format: {}", {**request, "response_format": {}}),
        (
            "CreateThreadAndRunRequest",
            "response_format with an extra property",
            {**request, "response_format": {"type": "json_object", "x": 1}},
        ),
        ("CreateThreadAndRunRequest", "thread with an extra property", _set(request, "thread.unexpected", 1)),
        (
            "CreateThreadAndRunRequest",
            "function tool",
            {**request, "tools": [{"type": "function", "function": {"name": "f"}}]},
        ),
        (
            "CreateThreadRequest",
            "file_search without ids or stores",
            _set(thread, "tool_resources.file_search", {}),
        ),
        (
            "CreateThreadRequest",
            "file_search with ids and stores",
            _set(thread, "tool_resources.file_search", {"vector_store_ids": ["vs_1"], "vector_stores": [{}]}),
        ),
        (
            "CreateThreadRequest",
            "static chunking",
            _set(thread, "tool_resources.file_search", {"vector_stores": [{"chunking_strategy": static}]}),
        ),
        (
            "CreateThreadRequest",
            "static chunking with an extra property",
            _set(
                thread,
                "tool_resources.file_search",
                {"vector_stores": [{"chunking_strategy": {**static, "x": 1}}]},
            ),
        ),
        ("CreateMessageRequest", "content: []", {**message, "content": []}),
        ("CreateMessageRequest", "content: a string", {**message, "content": "hello"}),
        (
            "CreateMessageRequest",
            "image_url.url not a URL",
            _set(message, "content.1.image_url.url", "not a url"),
        ),
        (
            "CreateMessageRequest",
            "image_url.detail not in enum",
            _set(message, "content.1.image_url.detail", "max"),
        ),
        ("CreateMessageRequest", "content part of an unknown type", _set(message, "content.0.type", "audio")),
        (
            "CreateMessageRequest",
            "attachment tool of the wrong kind",
            _set(message, "attachments.0.tools.0.type", "function"),
        ),
        ("TruncationObject", "last_messages: 0", {"type": "last_messages", "last_messages": 0}),
        ("TruncationObject", "auto without last_messages", {"type": "auto"}),
        ("AssistantsApiToolChoiceOption", "auto", "auto"),
        ("AssistantsApiToolChoiceOption", "unknown string", "sometimes"),
        ("AssistantsApiToolChoiceOption", "file_search", {"type": "file_search"}),
        ("AssistantsApiToolChoiceOption", "function without a name", {"type": "function", "function": {}}),
        ("AssistantsApiToolChoiceOption", "{}", {}),
        ("AssistantsNamedToolChoice", "type not in enum", {"type": "web_search"}),
        ("AssistantsApiResponseFormatOption", "auto", "auto"),
        ("AssistantsApiResponseFormatOption", "unknown string", "json"),
        ("AssistantsApiResponseFormatOption", "{}", {}),
        ("AssistantsApiResponseFormatOption", "text", {"type": "text"}),
        ("AssistantsApiResponseFormatOption", "json_schema without json_schema", {"type": "json_schema"}),
        (
            "ResponseFormatJsonSchema",
            "json_schema without a name",
            _set(base["ResponseFormatJsonSchema"], "json_schema.name", DROP),
        ),
        (
            "AssistantToolsFileSearch",
            "max_num_results 51",
            _set(base["AssistantToolsFileSearch"], "file_search.max_num_results", 51),
        ),
        ("FileSearchRankingOptions", "score_threshold above 1", {"ranker": "auto", "score_threshold": 1.5}),
        ("Metadata", "null", None),
        ("Metadata", "a value that is not a string", {"a": 1}),
    ]


def all_cases(document: dict[str, Any]) -> list[tuple[str, str, Any]]:
    base = bases(document)
    cases = [(schema, case, value) for schema in SCHEMAS for case, value in mutations(base[schema])]
    return cases + hand_made(document, base)


# -- generated instances ----------------------------------------------------------------------------


@contextlib.contextmanager
def _no_local_constants() -> Iterator[None]:
    """Keep hypothesis from drawing constants out of the local modules loaded at the time.

    Hypothesis mixes into its draws literals it finds in every non-library module in
    `sys.modules` (this file, other tests, generated packages), so what else is loaded would
    change the corpus. Without them the draws depend only on the schema and the versions.
    """
    try:
        from hypothesis.internal.conjecture import providers
    except ImportError:  # pragma: no cover - a hypothesis without that machinery
        yield
        return
    original = getattr(providers, "_get_local_constants", None)
    if original is None or not hasattr(providers, "Constants"):  # pragma: no cover
        yield
        return
    providers._get_local_constants = providers.Constants  # an empty set of constants
    try:
        yield
    finally:
        providers._get_local_constants = original


def generate_corpus(document: dict[str, Any]) -> dict[str, Any]:
    """Instances of every schema from hypothesis-jsonschema, deterministic."""
    import hypothesis
    import hypothesis_jsonschema
    from hypothesis import HealthCheck, given, settings

    instances: dict[str, list[Any]] = {}
    with _no_local_constants():
        for name in SCHEMAS:
            found: list[Any] = []

            @settings(
                max_examples=MAX_EXAMPLES,
                derandomize=True,
                database=None,
                deadline=None,
                suppress_health_check=list(HealthCheck),
            )
            @given(hypothesis_jsonschema.from_schema(json_schema_for(document, name)))
            def collect(value: Any) -> None:
                found.append(value)

            collect()
            unique: dict[str, Any] = {}
            for value in found:
                unique.setdefault(json.dumps(value, sort_keys=True), value)
            instances[name] = list(unique.values())
    versions = {
        "hypothesis": hypothesis.__version__,
        "hypothesis-jsonschema": importlib.metadata.version("hypothesis-jsonschema"),
    }
    return {"generated_by": versions, "max_examples": MAX_EXAMPLES, "instances": instances}


def write_corpus(path: Path = CORPUS) -> None:
    """Store the corpus, one instance a line (valid JSON, readable diffs)."""
    corpus = generate_corpus(load_spec_document())

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    blocks = []
    for name in SCHEMAS:
        lines = ",\n".join(dump(v) for v in corpus["instances"][name])
        blocks.append(f"{dump(name)}:[\n{lines}\n]")
    head = f'"generated_by":{dump(corpus["generated_by"])},\n"max_examples":{corpus["max_examples"]}'
    text = "{" + head + ',\n"instances":{\n' + ",\n".join(blocks) + "\n}}\n"
    assert json.loads(text) == json.loads(json.dumps(corpus))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"{path}: {sum(len(v) for v in corpus['instances'].values())} instances")


# -- the two generators -----------------------------------------------------------------------------


@dataclass
class Oracle:
    document: dict[str, Any]
    reference: dict[str, Callable[[Any], bool]]
    ours: dict[str, pydantic.TypeAdapter[Any]]
    theirs: dict[str, pydantic.TypeAdapter[Any]]

    def verdicts(self, schema: str, value: Any) -> tuple[bool, tuple[bool, str], tuple[bool, str]]:
        text = json.dumps(value)
        return (
            self.reference[schema](value),
            _verdict(self.ours[schema], text),
            _verdict(self.theirs[schema], text),
        )


def _verdict(adapter: pydantic.TypeAdapter[Any], text: str) -> tuple[bool, str]:
    """Accepted or not, and where the first error is (a data path, `*` for an index)."""
    try:
        adapter.validate_json(text, strict=True)
    except pydantic.ValidationError as exc:
        return False, data_path(json.loads(text), exc.errors()[0])
    return True, ""


def data_path(value: Any, error: Any) -> str:
    """A pydantic error location as a path in the data: union member names are left out."""
    steps = []
    loc = tuple(error["loc"])
    for i, step in enumerate(loc):
        if isinstance(value, dict) and isinstance(step, str) and step in value:
            value = value[step]
        elif isinstance(value, list) and isinstance(step, int) and 0 <= step < len(value):
            value = value[step]
        elif not (error["type"] == "missing" and i == len(loc) - 1):
            continue
        steps.append("*" if isinstance(step, int) else str(step))
    return ".".join(steps) or "(root)"


def _drop_modules(prefix: str) -> None:
    for name in [m for m in sys.modules if m == prefix or m.startswith(prefix + ".")]:
        del sys.modules[name]


@pytest.fixture(scope="session")
def oracle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Oracle]:
    import jsonschema

    from generator.load.loader import load_spec
    from generator.normalize.normalizer import normalize
    from generator.pipeline import render_package
    from generator.workflow.writer import write

    out = tmp_path_factory.mktemp("oracle")
    theirs_file = out / f"{THEIRS}.py"
    command = [
        sys.executable, "-m", "datamodel_code_generator",
        "--input", str(SPEC), "--input-file-type", "openapi",
        "--output-model-type", "pydantic_v2.BaseModel",
        "--strict-nullable", "--use-missing-sentinel", "--disable-timestamp",
        "--output", str(theirs_file),
    ]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if run.returncode == 1 and "No module named" in run.stderr:
        pytest.skip("datamodel-code-generator is not installed")
    assert run.returncode == 0, f"datamodel-codegen failed:\n{run.stderr[-3000:]}"
    module_spec = importlib.util.spec_from_file_location(THEIRS, theirs_file)
    assert module_spec is not None and module_spec.loader is not None
    theirs = importlib.util.module_from_spec(module_spec)
    sys.modules[THEIRS] = theirs
    module_spec.loader.exec_module(theirs)

    api = normalize(load_spec(str(SPEC)))
    write(out, render_package(api, OURS))
    sys.path.insert(0, str(out))
    try:
        types = importlib.import_module(f"{OURS}.types")
        by_id = api.type_by_id()
        document = load_spec_document()
        reference = {}
        for name in SCHEMAS:
            validator = jsonschema.Draft202012Validator(json_schema_for(document, name))
            reference[name] = validator.is_valid
        yield Oracle(
            document=document,
            reference=reference,
            ours={
                n: pydantic.TypeAdapter(getattr(types, by_id[f"#/components/schemas/{n}"].name))
                for n in SCHEMAS
            },
            theirs={n: pydantic.TypeAdapter(getattr(theirs, n)) for n in SCHEMAS},
        )
    finally:
        sys.path.remove(str(out))
        _drop_modules(OURS)
        _drop_modules(THEIRS)


# -- comparing ------------------------------------------------------------------------------------


def compare(oracle: Oracle, cases: list[tuple[str, str, Any]]) -> tuple[dict, dict, int]:
    """(disagreements, both-deviate), each {(schema, case): (spec, ours, theirs)}, and a count."""
    disagree: dict[tuple[str, str], tuple[bool, bool, bool]] = {}
    deviate: dict[tuple[str, str], tuple[bool, bool, bool]] = {}
    for schema, case, value in cases:
        spec_ok, (ours_ok, ours_why), (theirs_ok, theirs_why) = oracle.verdicts(schema, value)
        verdict = (spec_ok, ours_ok, theirs_ok)
        if ours_ok != theirs_ok:
            disagree[(schema, case)] = verdict
        elif ours_ok != spec_ok:
            deviate[(schema, case)] = verdict
    return disagree, deviate, len(cases)


def _generated_cases(instances: dict[str, list[Any]], oracle: Oracle) -> list[tuple[str, str, Any]]:
    """Generated instances named by what happens to them, so names survive regeneration."""
    cases = []
    for schema, values in instances.items():
        for value in values:
            _, (ours_ok, ours_why), (theirs_ok, theirs_why) = oracle.verdicts(schema, value)
            if ours_ok and theirs_ok:
                name = "generated: both accept"
            elif ours_ok:
                name = f"generated: theirs rejects at {theirs_why}"
            elif theirs_ok:
                name = f"generated: ours rejects at {ours_why}"
            else:
                name = f"generated: both reject (ours at {ours_why}; theirs at {theirs_why})"
            cases.append((schema, name, value))
    return cases


def _table(found: dict[tuple[str, str], tuple[bool, bool, bool]], known: dict[tuple[str, str], str]) -> str:
    def word(ok: bool) -> str:
        return "accepts" if ok else "rejects"

    lines = []
    for (schema, case), (spec_ok, ours_ok, theirs_ok) in sorted(found.items()):
        note = known.get((schema, case), "NOT LISTED")
        verdicts = f"spec {word(spec_ok)}, ours {word(ours_ok)}, theirs {word(theirs_ok)}"
        lines.append(f"  {schema} / {case}: {verdicts} -- {note}")
    return "\n".join(lines)


def check(found: dict, known: dict, what: str, *, stale_ok: bool = False) -> None:
    new = {k: v for k, v in found.items() if k not in known}
    assert not new, f"{_uncalibrated_note()}new {what} ({PEER} {peer_version()}):\n{_table(new, known)}"
    if not stale_ok:
        stale = sorted(k for k in known if k not in found)
        assert not stale, (
            f"{_uncalibrated_note()}listed {what} that no longer happen with {PEER} {peer_version()} "
            f"(remove them, or move them to the versions they still hold for): {stale}"
        )


def _check_explanations(found: dict[tuple[str, str], tuple[bool, bool, bool]]) -> None:
    """Each "ours right" / "theirs right" agrees with the JSON Schema reference."""
    for key, (spec_ok, ours_ok, theirs_ok) in found.items():
        note = expected(DISAGREEMENTS, DISAGREEMENTS_BY_VERSION)[key]
        side = note.split(":", 1)[0]
        assert side in (
            "ours right",
            "theirs right",
        ), f"{key}: explanation must start with the side: {note!r}"
        right = ours_ok if side == "ours right" else theirs_ok
        assert right == spec_ok, f"{key}: says {side!r}, but the JSON Schema reference disagrees"


# -- tests --------------------------------------------------------------------------------------------


def test_expectations_are_keyed_on_the_peer_version(monkeypatch: pytest.MonkeyPatch) -> None:
    assert set(DISAGREEMENTS_BY_VERSION) == set(BOTH_DEVIATE_BY_VERSION) == set(CALIBRATED)
    for installed, compared_as in (("0.89.0", "0.89.0"), ("0.97.0", "0.97.0"), ("0.95.1", "0.89.0"),
                                   ("0.99.0", "0.97.0"), ("0.50.0", "0.89.0")):  # fmt: skip
        monkeypatch.setattr(sys.modules[__name__], "peer_version", lambda v=installed: v)
        assert calibration() == compared_as
        note = _uncalibrated_note()
        if installed in CALIBRATED:
            assert note == ""
        else:
            assert note.startswith(f"{PEER} {installed} is not a version these expectations were calibrated for")
            with pytest.raises(AssertionError, match=f"calibrated for.*{installed}"):
                check({("X", "case"): (True, True, False)}, {}, "disagreements")


def test_every_base_instance_is_valid(oracle: Oracle) -> None:
    base = bases(oracle.document)
    for schema in SCHEMAS:
        assert oracle.reference[schema](base[schema]), schema
        _, ours, theirs = oracle.verdicts(schema, base[schema])
        assert ours[0] and theirs[0], (schema, ours, theirs)


def test_spec_examples_and_hand_made_cases(oracle: Oracle) -> None:
    disagree, deviate, count = compare(oracle, all_cases(oracle.document))
    print(
        f"\n{count} spec, mutated and hand-made instances: {len(disagree)} disagreements, "
        f"{len(deviate)} where both deviate from the JSON Schema"
    )
    disagreements = expected(DISAGREEMENTS, DISAGREEMENTS_BY_VERSION)
    both_deviate = expected(BOTH_DEVIATE, BOTH_DEVIATE_BY_VERSION)
    print(_table(disagree, disagreements))
    print(_table(deviate, both_deviate))
    check(
        disagree, _partition_known(disagreements, False), "disagreements between ours and datamodel-codegen"
    )
    check(deviate, _partition_known(both_deviate, False), "cases where both models deviate from the spec")
    _check_explanations(disagree)


def _partition_known(known: dict[tuple[str, str], str], generated: bool) -> dict[tuple[str, str], str]:
    return {k: v for k, v in known.items() if k[1].startswith("generated: ") == generated}


def _check_generated(oracle: Oracle, instances: dict[str, list[Any]], *, stale_ok: bool) -> None:
    cases = _generated_cases(instances, oracle)
    for schema, _, value in cases:
        assert oracle.reference[schema](value), f"a generated {schema} is not valid: {value!r}"
    disagree, deviate, count = compare(oracle, cases)
    print(f"\n{count} generated instances: {len(disagree)} disagreements, {len(deviate)} both deviate")
    disagreements = expected(DISAGREEMENTS, DISAGREEMENTS_BY_VERSION)
    both_deviate = expected(BOTH_DEVIATE, BOTH_DEVIATE_BY_VERSION)
    print(_table(disagree, disagreements))
    print(_table(deviate, both_deviate))
    check(
        disagree,
        _partition_known(disagreements, True),
        "disagreements on generated instances",
        stale_ok=stale_ok,
    )
    check(
        deviate,
        _partition_known(both_deviate, True),
        "generated instances both models reject",
        stale_ok=stale_ok,
    )
    _check_explanations(disagree)


def test_generated_corpus(oracle: Oracle) -> None:
    corpus = json.loads(CORPUS.read_text(encoding="utf-8"))
    assert sorted(corpus["instances"]) == sorted(SCHEMAS), "the corpus is out of date: --write-corpus"
    _check_generated(oracle, corpus["instances"], stale_ok=False)


@pytest.mark.skipif(
    not os.environ.get("OASGEN_ORACLE_LIVE"), reason="set OASGEN_ORACLE_LIVE=1 (about a minute)"
)
def test_generated_corpus_is_reproducible(oracle: Oracle, tmp_path: Path) -> None:
    """Regenerate the instances; with the same library versions they are the stored ones.

    The generation runs as its own process, the way `--write-corpus` runs: inside pytest,
    hypothesis draws other values for the same seed.
    """
    pytest.importorskip("hypothesis_jsonschema")
    out = tmp_path / "corpus.json"
    run = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--write-corpus", str(out)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    fresh = json.loads(out.read_text(encoding="utf-8"))
    stored = json.loads(CORPUS.read_text(encoding="utf-8"))
    if fresh["generated_by"] == stored["generated_by"]:
        assert fresh == stored, (
            "the stored corpus differs from what the spec generates now: "
            "python tests/test_models_oracle.py --write-corpus"
        )
    else:  # other versions draw other instances: compare them all the same
        _check_generated(oracle, fresh["instances"], stale_ok=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--write-corpus"] and len(sys.argv) <= 3:
        write_corpus(Path(sys.argv[2]) if len(sys.argv) == 3 else CORPUS)
    else:
        print("usage: python tests/test_models_oracle.py --write-corpus [FILE]")
        sys.exit(2)
