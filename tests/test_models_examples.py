"""Every response example in the pinned 2026 OpenAI spec, validated against its generated model.

Where the examples come from:

- operations: each `x-oaiMeta.examples[*].response` (JSON text), checked against the model
  of the operation's 2xx `application/json` response; examples whose text is not JSON
  (server-sent event streams, `...` elisions, comments, trailing commas, binary
  placeholders) are counted and listed, not validated;
- media types: `example` / `examples` under `responses.*.content.application/json` of every
  operation (inline or through `components/responses`), against that response's model;
- component schemas: a top-level `example` (or `examples` item) that is a whole object, and
  the `x-oaiMeta.example` text, each against the component's own model.

The package is generated once per session into a temporary folder; an operation's model is
found through the IR (`Operation.responses[i].type`). Validation is pydantic's own
(`TypeAdapter(model).validate_python`), not the lenient fallback of the runtime.

Many examples in the spec are older than their schemas. A failing example must be listed in
`KNOWN_BAD` (operations) or `KNOWN_BAD_SCHEMAS` (component examples) with the reason, and
every listed one must still fail, so the lists cannot go stale. A failure only counts as the
spec's fault when an independent JSON Schema validator (jsonschema, Draft 2020-12, with
OpenAPI 3.0's `nullable: true` read as "null allowed") rejects the same example at the same
places; a pydantic error without a matching JSON Schema error is reported as a model bug.

Run with `-rP` (or `-s`) to see the figures.
"""

from __future__ import annotations

import datetime
import importlib
import json
import re
import sys
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import pydantic
import pytest

from generator.ir import Api, TypeRef
from generator.load.loader import Spec, join_pointer, load_spec
from generator.normalize.normalizer import normalize

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "specs" / "openai-2026-08-21.yaml"
PACKAGE = "oasgen_examples_openai"

# -- known spec-example defects ---------------------------------------------------------------
# Keys are operationIds; the reason covers every failing example of the operation (`#N` is the
# example's position among those with a response). Each reason was checked against the schema.

_RUN_NOT_NULL = "`instructions` is null (a string, not nullable)"
_RESPONSE = (
    "`user` is null (a string, not nullable){more}; output_text parts lack the required "
    "`logprobs` (OutputTextContent)"
)
_CHAT_MESSAGE = (
    "choices[].message lacks the required `refusal`, and its `tool_calls` and `function_call` are "
    "null, which ChatCompletionResponseMessage does not allow"
)
_EVAL_RUN = (
    "`per_model_usage`, `per_testing_criteria_results` and `error` are null; the schema types "
    "them array, array and EvalApiError, none nullable"
)
_FT_JOB_STALE = "lacks the required `error`, `finished_at`, `hyperparameters`, `trained_tokens` and `seed`"
_GROUP = "lacks the required `group_type`"
_ROLE_ASSIGNMENTS = "roles lack the required `assignment_sources`"
_INVITE = "lacks the required `projects`"
_MESSAGE = "lacks the required `status`, `incomplete_details`, `completed_at` and `incomplete_at`"
_VECTOR_STORE = "lacks the required `usage_bytes`, `status`, `last_active_at` and `metadata`"
_VECTOR_STORE_FILES = "files lack the required `usage_bytes`, `status` and `last_error`"
_RUN_STEP = "lacks the required `metadata`"
_CREATE_RESPONSE = (
    "`user` is null (a string, not nullable) in every example; output_text parts lack the "
    "required `logprobs` (#0, #1, #3, #4, #7); #3's web_search_call lacks the required `action`; "
    "#6's usage lacks the required `input_tokens_details`"
)

KNOWN_BAD: dict[str, str] = {
    "listChatCompletions": _CHAT_MESSAGE,
    "getChatCompletion": _CHAT_MESSAGE,
    "updateChatCompletion": _CHAT_MESSAGE,
    "createChatCompletion": (
        "#3, #4: choices[].message lacks the required `refusal`; #4's `logprobs` lacks the "
        "required `refusal` and its `system_fingerprint` is null (a string, not nullable)"
    ),
    "getChatCompletionMessages": (
        "the message lacks the required `refusal` and has `role: user`, but "
        "ChatCompletionResponseMessage only allows `assistant`"
    ),
    "getEvalRuns": "`error` and `data_source.sampling_params` are null; neither is nullable",
    "createEvalRun": _EVAL_RUN,
    "getEvalRun": _EVAL_RUN,
    "cancelEvalRun": _EVAL_RUN,
    "getEvalRunOutputItems": "`sample.error` is null; EvalApiError is not nullable",
    "getEvalRunOutputItem": "`sample.error` is null; EvalApiError is not nullable",
    "runGrader": "`metadata.token_usage` is an object of token counts; the schema says integer or null",
    "createFineTuningJob": (
        "`error` must be null or an object with string `code`, `message` (and `param`): #1 and #2 "
        "give null code and message, #3 gives `{}`; #2 has `hyperparameters: null` (not nullable) "
        "and lacks the required `trained_tokens`; #3 lacks the required `hyperparameters`"
    ),
    "retrieveFineTuningJob": "lacks the required `error` (nullable, but required)",
    "cancelFineTuningJob": _FT_JOB_STALE,
    "resumeFineTuningJob": _FT_JOB_STALE,
    "pauseFineTuningJob": _FT_JOB_STALE + "; `status: paused` is not in the status enum",
    "listFineTuningEvents": "the events' `data` is null; the schema types it object, not nullable",
    "createModeration": (
        "the result lacks the required `category_applied_input_types` and the `illicit` and "
        "`illicit/violent` categories and scores"
    ),
    "admin-api-keys-get": "lacks the required `expires_at`",
    "list-groups": _GROUP,
    "create-group": _GROUP,
    "list-project-groups": _GROUP,
    "add-project-group": _GROUP,
    "list-group-role-assignments": _ROLE_ASSIGNMENTS,
    "list-user-role-assignments": _ROLE_ASSIGNMENTS,
    "list-project-group-role-assignments": _ROLE_ASSIGNMENTS,
    "list-project-user-role-assignments": _ROLE_ASSIGNMENTS,
    "list-invites": _INVITE,
    "retrieve-invite": _INVITE,
    "create-realtime-session": "`turn_detection` is null; the schema does not allow null",
    "create-realtime-transcription-session": (
        "`client_secret` and `input_audio_transcription.language` are null; neither is nullable"
    ),
    "createResponse": _CREATE_RESPONSE,
    "beta_createResponse": _CREATE_RESPONSE,
    "getResponse": _RESPONSE.format(more=""),
    "beta_getResponse": _RESPONSE.format(more=""),
    "cancelResponse": _RESPONSE.format(more=" and so is `usage`"),
    "beta_cancelResponse": _RESPONSE.format(more=" and so is `usage`"),
    "listMessages": "messages " + _MESSAGE.replace("lacks", "lack"),
    "createMessage": _MESSAGE,
    "getMessage": _MESSAGE,
    "modifyMessage": _MESSAGE.replace(" and `incomplete_at`", ", `incomplete_at` and `attachments`"),
    "listRuns": "runs lack the required `required_action`; " + _RUN_NOT_NULL,
    "createRun": "#0 lacks the required `required_action`; " + _RUN_NOT_NULL,
    "getRun": "lacks the required `required_action`; " + _RUN_NOT_NULL,
    "modifyRun": "lacks the required `required_action`; " + _RUN_NOT_NULL,
    "cancelRun": (
        "lacks the required `required_action`, `incomplete_details`, `max_prompt_tokens`, "
        "`max_completion_tokens` and `truncation_strategy`"
    ),
    "submitToolOuputsToRun": (
        "#0 lacks the required `required_action` and `incomplete_details`; " + _RUN_NOT_NULL
    ),
    "listRunSteps": "steps " + _RUN_STEP.replace("lacks", "lack"),
    "getRunStep": _RUN_STEP,
    "listVectorStores": "stores " + _VECTOR_STORE.replace("lacks", "lack"),
    "createVectorStore": _VECTOR_STORE,
    "modifyVectorStore": _VECTOR_STORE,
    "getVectorStore": _VECTOR_STORE.replace("`usage_bytes`", "`name`, `usage_bytes`, `file_counts`"),
    "listFilesInVectorStoreBatch": _VECTOR_STORE_FILES,
    "listVectorStoreFiles": _VECTOR_STORE_FILES,
    "getVectorStoreFile": "lacks the required `usage_bytes`",
    "searchVectorStore": "`search_query` is a string; the schema says an array of strings",
    "createVideo": (
        "lacks the required `completed_at`, `expires_at`, `prompt`, `remixed_from_video_id` and `error`"
    ),
    "CreateVideoRemix": "lacks the required `completed_at`, `expires_at`, `prompt` and `error`",
    "ListVideos": (
        "videos lack the required `progress`, `created_at`, `completed_at`, `expires_at`, `prompt`, "
        "`size`, `seconds`, `remixed_from_video_id` and `error`; the page lacks `first_id`, "
        "`last_id` and `has_more`"
    ),
    "CancelChatSessionMethod": (
        "lacks the required `expires_at`, `client_secret`, `user`, `rate_limits` and "
        "`chatkit_configuration`; `workflow` lacks the required `state_variables` and `tracing`"
    ),
    "CreateChatSessionMethod": (
        "lacks the required `id`, `object`, `user`, `rate_limits` and `chatkit_configuration`; "
        "`workflow` lacks the required `state_variables` and `tracing`"
    ),
    "ListThreadItemsMethod": (
        "items have `type: user_message` / `assistant_message` where the schema says "
        "`chatkit.user_message` / `chatkit.assistant_message`, and lack `created_at` and "
        "`thread_id`; the page lacks `first_id` and `last_id`"
    ),
    "GetThreadMethod": "lacks the required `created_at`, `status` and `user`",
    "ListThreadsMethod": (
        "threads lack the required `created_at`, `status` and `user`; the page lacks `first_id` "
        "and `last_id`"
    ),
}

# JSON examples of operations whose 2xx response declares no JSON schema at all.
NO_RESPONSE_SCHEMA: dict[str, str] = {
    "DeleteContainer": "the 200 response has no content, but the example shows a JSON body",
    "DeleteContainerFile": "the 200 response has no content, but the example shows a JSON body",
    "deleteResponse": "the 200 response has no content, but the example shows a JSON body",
    "beta_deleteResponse": "the 200 response has no content, but the example shows a JSON body",
}

_RESPONSE_EVENT = "`response.user` and `response.usage` are null; neither is nullable"
_NO_SEQUENCE = "lacks the required `sequence_number`"
_NO_LOGPROBS = "lacks the required `logprobs`"
_PART_LOGPROBS = "the output_text `part` lacks the required `logprobs`"
_ITEM_LOGPROBS = "the message's output_text part lacks the required `logprobs`"
_QUEUED = (
    "`response` is a stub: it lacks 11 required properties (`object`, `model`, `output`, ...) "
    "and its `created_at` is a date-time string where the schema says a number"
)
_COMPLETED_EVENT = (
    "`response.user` is null (not nullable); `response` lacks the required "
    "`parallel_tool_calls`; its output message lacks `status`, its output_text part `logprobs`, "
    "and its usage `input_tokens_details`"
)
_FAILED_EVENT = (
    _NO_SEQUENCE + "; " + _RESPONSE_EVENT + "; `response` lacks the required `parallel_tool_calls`"
)
_INCOMPLETE_EVENT = (
    _RESPONSE_EVENT + "; `response` lacks the required `parallel_tool_calls`; "
    "`incomplete_details.reason: max_tokens` is not in the enum (`max_output_tokens`, `content_filter`)"
)
_COMPACT = (
    "the output messages lack the required `id` and `status`; usage lacks the required "
    "`input_tokens_details` and `output_tokens_details`"
)
_REALTIME_ITEM = (
    "the assistant message item has a content part of type `{kind}`, which the assistant "
    "message schema does not allow (it expects `output_text` / `output_audio`)"
)

# Keys are "<component> (example)" for a schema's `example`, "<component> (x-oaiMeta)" for its
# `x-oaiMeta.example`.
KNOWN_BAD_SCHEMAS: dict[str, str] = {
    "Response (example)": _RESPONSE.format(more=""),
    "BetaResponse (example)": _RESPONSE.format(more=""),
    "CompactResource (example)": _COMPACT,
    "BetaCompactResource (example)": _COMPACT,
    "ChatSessionResource (example)": "`workflow` lacks the required `state_variables` and `tracing`",
    "AdminApiKey (x-oaiMeta)": "lacks the required `expires_at`",
    "ChatCompletionList (x-oaiMeta)": _CHAT_MESSAGE,
    "ChatCompletionMessageList (x-oaiMeta)": KNOWN_BAD["getChatCompletionMessages"],
    "CreateEvalCompletionsRunDataSource (x-oaiMeta)": (
        "the example is a whole create-run request (`name`, `data_source`), not the data source: "
        "it lacks the required `type` and `source`"
    ),
    "CreateEvalResponsesRunDataSource (x-oaiMeta)": (
        "the example is a whole create-run request (`name`, `data_source`), not the data source: "
        "it lacks the required `type` and `source`"
    ),
    "EvalRun (x-oaiMeta)": _EVAL_RUN,
    "EvalRunList (x-oaiMeta)": (
        "the run lacks the required `data_source`; its `per_model_usage` and `error` are null "
        "(not nullable)"
    ),
    "FineTuningJob (x-oaiMeta)": "lacks the required `error` (nullable, but required)",
    "GraderMulti (x-oaiMeta)": "`graders` is a list; the schema says one grader object",
    "GroupListResource (x-oaiMeta)": "groups " + _GROUP.replace("lacks", "lack"),
    "ProjectGroupListResource (x-oaiMeta)": "groups " + _GROUP.replace("lacks", "lack"),
    "MessageObject (x-oaiMeta)": _MESSAGE,
    "RunObject (x-oaiMeta)": "lacks the required `required_action`; " + _RUN_NOT_NULL,
    "RunStepObject (x-oaiMeta)": _RUN_STEP,
    "ThreadObject (x-oaiMeta)": "lacks the required `tool_resources`",
    "VectorStoreObject (x-oaiMeta)": "lacks the required `metadata`",
    "RealtimeBetaClientEventSessionUpdate (x-oaiMeta)": "`session` lacks the required `client_secret`",
    "RealtimeBetaServerEventTranscriptionSessionCreated (x-oaiMeta)": (
        "`session` lacks the required `client_secret`"
    ),
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed (x-oaiMeta)": (
        "`error.param` is null (a string, not nullable)"
    ),
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailed (x-oaiMeta)": (
        "`error.param` is null (a string, not nullable)"
    ),
    "RealtimeBetaServerEventConversationItemRetrieved (x-oaiMeta)": (
        "`type` is `conversation.item.created`; this event's type is `conversation.item.retrieved`"
    ),
    "RealtimeBetaServerEventResponseCreated (x-oaiMeta)": (
        "`response.status_details` and `response.usage` are null; neither is nullable"
    ),
    "RealtimeBetaServerEventResponseDone (x-oaiMeta)": (
        "`response.status_details` is null (not nullable); "
        + _REALTIME_ITEM.format(kind="text").replace("the assistant", "the output's assistant")
    ),
    "RealtimeServerEventResponseDone (x-oaiMeta)": "`response.status_details` is null (not nullable)",
    "RealtimeBetaServerEventResponseOutputItemDone (x-oaiMeta)": _REALTIME_ITEM.format(kind="text"),
    "RealtimeServerEventResponseOutputItemDone (x-oaiMeta)": _REALTIME_ITEM.format(kind="text"),
    "RealtimeServerEventConversationItemRetrieved (x-oaiMeta)": _REALTIME_ITEM.format(kind="audio"),
    "RealtimeCreateClientSecretResponse (x-oaiMeta)": (
        "`session.audio.input.transcription`, `session.audio.input.noise_reduction` and "
        "`session.include` are null; none is nullable"
    ),
    "RealtimeSessionCreateRequest (x-oaiMeta)": "`turn_detection` is null; not nullable here",
    "RealtimeSessionCreateResponse (x-oaiMeta)": (
        "`audio.input.noise_reduction` and `audio.input.turn_detection` are null; neither is nullable"
    ),
    "RealtimeTranscriptionSessionCreateResponse (x-oaiMeta)": (
        KNOWN_BAD["create-realtime-transcription-session"]
    ),
    "RealtimeTranscriptionSessionCreateResponseGA (x-oaiMeta)": (
        "`audio.input.format` is the string `pcm16` where the schema says an audio format object; "
        "`audio.input.transcription.language` and `audio.input.noise_reduction` are null (not nullable)"
    ),
    "ResponseCompletedEvent (x-oaiMeta)": _COMPLETED_EVENT,
    "BetaResponseCompletedEvent (x-oaiMeta)": _COMPLETED_EVENT,
    "ResponseContentPartAddedEvent (x-oaiMeta)": _PART_LOGPROBS,
    "BetaResponseContentPartAddedEvent (x-oaiMeta)": _PART_LOGPROBS,
    "ResponseContentPartDoneEvent (x-oaiMeta)": _PART_LOGPROBS,
    "BetaResponseContentPartDoneEvent (x-oaiMeta)": _PART_LOGPROBS,
    "ResponseCreatedEvent (x-oaiMeta)": _RESPONSE_EVENT,
    "BetaResponseCreatedEvent (x-oaiMeta)": _RESPONSE_EVENT,
    "ResponseInProgressEvent (x-oaiMeta)": _RESPONSE_EVENT,
    "BetaResponseInProgressEvent (x-oaiMeta)": _RESPONSE_EVENT,
    "ResponseFailedEvent (x-oaiMeta)": _FAILED_EVENT,
    "BetaResponseFailedEvent (x-oaiMeta)": _FAILED_EVENT,
    "ResponseIncompleteEvent (x-oaiMeta)": _INCOMPLETE_EVENT,
    "BetaResponseIncompleteEvent (x-oaiMeta)": _INCOMPLETE_EVENT,
    "ResponseCustomToolCallInputDeltaEvent (x-oaiMeta)": _NO_SEQUENCE,
    "BetaResponseCustomToolCallInputDeltaEvent (x-oaiMeta)": _NO_SEQUENCE,
    "ResponseCustomToolCallInputDoneEvent (x-oaiMeta)": _NO_SEQUENCE,
    "BetaResponseCustomToolCallInputDoneEvent (x-oaiMeta)": _NO_SEQUENCE,
    "ResponseOutputItemDoneEvent (x-oaiMeta)": _ITEM_LOGPROBS,
    "BetaResponseOutputItemDoneEvent (x-oaiMeta)": _ITEM_LOGPROBS,
    "ResponseQueuedEvent (x-oaiMeta)": _QUEUED,
    "BetaResponseQueuedEvent (x-oaiMeta)": _QUEUED,
    "ResponseTextDeltaEvent (x-oaiMeta)": _NO_LOGPROBS,
    "BetaResponseTextDeltaEvent (x-oaiMeta)": _NO_LOGPROBS,
    "ResponseTextDoneEvent (x-oaiMeta)": _NO_LOGPROBS,
    "BetaResponseTextDoneEvent (x-oaiMeta)": _NO_LOGPROBS,
}

# The figures of the pinned spec, so that a change in how examples are found shows up.
EXPECTED_FIGURES = {
    "operations": {"examples": 297, "json": 244, "not json": 53, "no schema": 4},
    "media types": {"examples": 0, "json": 0, "not json": 0, "no schema": 0},
    "schemas": {"examples": 391, "json": 359, "not json": 32, "no schema": 0},
}


# -- collecting the examples ----------------------------------------------------------------------


@dataclass
class Example:
    key: str  # KNOWN_BAD / KNOWN_BAD_SCHEMAS key
    label: str  # unique: key plus the example's position
    value: Any  # the example (parsed, when the spec gives JSON text)
    type: TypeRef | None = None  # the model, from the IR
    pointer: str | None = None  # the schema in the spec, for the JSON Schema check


@dataclass
class Source:
    name: str
    examples: list[Example] = field(default_factory=list)
    not_json: list[tuple[str, str]] = field(default_factory=list)  # (label, why)
    no_schema: list[str] = field(default_factory=list)

    @property
    def validated(self) -> list[Example]:
        return [e for e in self.examples if e.type is not None]

    def figures(self) -> dict[str, int]:
        return {
            "examples": len(self.examples) + len(self.not_json),
            "json": len(self.examples),
            "not json": len(self.not_json),
            "no schema": len(self.no_schema),
        }


def _why_not_json(text: str) -> str | None:
    """None if `text` is JSON, else a short reason."""
    try:
        json.loads(text)
        return None
    except ValueError as exc:
        error = exc
    stripped = text.strip()
    if not stripped:
        return "empty"
    if stripped.startswith(("data:", "event:")):
        return "server-sent event stream"
    if re.search(r"^\s*(//|/\*)", text, re.M):
        return "JSON with comments"
    if "..." in text or "…" in text:
        return "elided with `...`"
    if not stripped.startswith(("{", "[")):
        return "not JSON text: " + stripped.splitlines()[0][:40]
    return f"malformed JSON ({error})"


def _response_pointer(spec: Spec, op_pointer: str, status: str) -> str:
    """Pointer of a response object, following a `$ref` to `components/responses`."""
    resp = _at(spec.root, op_pointer)["responses"][status]
    ref = resp.get("$ref") if isinstance(resp, dict) else None
    if isinstance(ref, str) and ref.startswith("#/"):
        return ref[1:]
    return join_pointer(op_pointer, "responses", status)


def _at(root: Any, pointer: str) -> Any:
    node = root
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def _media_examples(root: Any, media: dict[str, Any]) -> Iterator[Any]:
    if "example" in media:
        yield media["example"]
    examples = media.get("examples")
    if isinstance(examples, dict):
        for item in examples.values():
            if isinstance(item, dict) and isinstance(item.get("$ref"), str) and item["$ref"].startswith("#/"):
                item = _at(root, item["$ref"][1:])
            if isinstance(item, dict) and "value" in item:
                yield item["value"]


def collect(spec: Spec, api: Api) -> list[Source]:
    root = spec.root
    ops = Source("operations")
    media_source = Source("media types")
    schemas = Source("schemas")
    by_id = {op.id: op for op in api.operations}
    for path, item in root["paths"].items():
        for method, raw in item.items():
            if not isinstance(raw, dict) or "operationId" not in raw:
                continue
            op = by_id[raw["operationId"]]
            op_pointer = join_pointer("/paths", path, method)
            json_responses = [r for r in op.responses if r.kind == "json" and r.type is not None]
            ok = [r for r in json_responses if r.status.startswith("2") or r.status.upper() == "2XX"]
            meta = raw.get("x-oaiMeta") or {}
            listed = meta.get("examples") or []
            listed = listed if isinstance(listed, list) else [listed]
            with_response = [e for e in listed if isinstance(e, dict) and "response" in e]
            for i, ex in enumerate(with_response):
                label = op.id if len(with_response) == 1 else f"{op.id}#{i}"
                text = str(ex["response"])
                why = _why_not_json(text)
                if why is not None:
                    ops.not_json.append((label, why))
                    continue
                example = Example(op.id, label, json.loads(text))
                if ok:
                    example.type = ok[0].type
                    example.pointer = join_pointer(
                        _response_pointer(spec, op_pointer, ok[0].status),
                        "content",
                        ok[0].content_type or "",
                        "schema",
                    )
                else:
                    ops.no_schema.append(label)
                ops.examples.append(example)
            for r in json_responses:
                rpointer = _response_pointer(spec, op_pointer, r.status)
                media = _at(root, rpointer).get("content", {}).get(r.content_type)
                if not isinstance(media, dict):
                    continue
                for i, value in enumerate(_media_examples(root, media)):
                    label = f"{op.id} {r.status} #{i}"
                    schema_pointer = join_pointer(rpointer, "content", r.content_type or "", "schema")
                    media_source.examples.append(Example(op.id, label, value, r.type, schema_pointer))
    for name, schema in (root.get("components", {}).get("schemas") or {}).items():
        if not isinstance(schema, dict):
            continue
        pointer = join_pointer("/components/schemas", name)
        ref = TypeRef("named", name="#" + pointer)
        values = [schema["example"]] if "example" in schema else []
        if isinstance(schema.get("examples"), list):
            values += schema["examples"]
        for i, value in enumerate(v for v in values if isinstance(v, dict)):
            label = f"{name} (example)" + (f"#{i}" if i else "")
            schemas.examples.append(Example(f"{name} (example)", label, value, ref, pointer))
        meta = schema.get("x-oaiMeta")
        meta_text = meta.get("example") if isinstance(meta, dict) else None
        if isinstance(meta_text, str):
            label = f"{name} (x-oaiMeta)"
            why = _why_not_json(meta_text)
            if why is not None:
                schemas.not_json.append((label, why))
            else:
                schemas.examples.append(Example(label, label, json.loads(meta_text), ref, pointer))
    return [ops, media_source, schemas]


# -- the generated package and the two validators --------------------------------------------------


@dataclass
class Generated:
    spec: Spec
    api: Api
    types: Any  # the generated `types` module
    sources: list[Source]


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    from generator.pipeline import render_package
    from generator.workflow.writer import write

    spec = load_spec(str(SPEC))
    api = normalize(spec)
    out = tmp_path_factory.mktemp("examples")
    write(out, render_package(api, PACKAGE))
    sys.path.insert(0, str(out))
    try:
        types = importlib.import_module(f"{PACKAGE}.types")
        yield Generated(spec, api, types, collect(spec, api))
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def python_type(gen: Generated, ref: TypeRef) -> Any:
    """The annotation the generator writes for `ref`, as a live object."""
    types = gen.api.type_by_id()
    if ref.kind == "named" and not ref.nullable:
        return getattr(gen.types, types[ref.name or ""].name)
    from generator.emit.pytypes import Imports, TypeRenderer

    imports = Imports()
    text = TypeRenderer(types, "model").render(ref, imports)
    namespace: dict[str, Any] = dict(vars(typing))
    namespace.update(
        Annotated=typing.Annotated, Field=pydantic.Field, datetime=datetime.datetime, date=datetime.date
    )
    for tid in imports.types:
        namespace[types[tid].name] = getattr(gen.types, types[tid].name)
    return eval(text, namespace)  # noqa: S307 - text made by our own renderer


def validation_errors(gen: Generated, example: Example) -> list[dict[str, Any]]:
    assert example.type is not None
    try:
        pydantic.TypeAdapter(python_type(gen, example.type)).validate_python(example.value)
    except pydantic.ValidationError as exc:
        return [dict(e) for e in exc.errors()]
    return []


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


_LITERAL_KEYS = frozenset({"example", "examples", "x-oaiMeta", "enum", "const", "default"})


def _nullable_to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0's `nullable: true` (used in this 3.1 spec too) as JSON Schema."""
    if isinstance(node, list):
        return [_nullable_to_json_schema(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: v if k in _LITERAL_KEYS else _nullable_to_json_schema(v) for k, v in node.items()}
    if out.pop("nullable", None) is True:
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
            if isinstance(out.get("enum"), list) and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        elif isinstance(kind, list):
            out["type"] = kind if "null" in kind else [*kind, "null"]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


@pytest.fixture(scope="session")
def json_schema_registry(generated: Generated) -> Any:
    referencing = pytest.importorskip("referencing")
    from referencing.jsonschema import DRAFT202012

    document = _nullable_to_json_schema(_plain(generated.spec.root))
    return referencing.Registry().with_resource("urn:spec", DRAFT202012.create_resource(document))


def json_schema_paths(registry: Any, example: Example) -> set[tuple[Any, ...]]:
    """Data paths the JSON Schema validator objects to (a missing property: its own path)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator({"$ref": f"urn:spec#{example.pointer}"}, registry=registry)
    paths: set[tuple[Any, ...]] = set()
    stack = list(validator.iter_errors(example.value))
    while stack:
        error = stack.pop()
        stack.extend(error.context or ())
        path = tuple(error.absolute_path)
        if error.validator == "required":
            match = re.match(r"'(.*)' is a required property", error.message)
            path += (match.group(1),) if match else ()
        paths.add(path)
    return paths


def data_path(value: Any, loc: tuple[Any, ...], kind: str) -> tuple[Any, ...]:
    """A pydantic error location as a path in the data (union member tags dropped)."""
    path: list[Any] = []
    for i, step in enumerate(loc):
        if isinstance(value, dict) and isinstance(step, str) and step in value:
            value = value[step]
        elif isinstance(value, list) and isinstance(step, int) and 0 <= step < len(value):
            value = value[step]
        elif kind == "missing" and i == len(loc) - 1:
            pass
        else:
            continue  # a union member's name, not a key
        path.append(step)
    return tuple(path)


def unexplained(errors: list[dict[str, Any]], value: Any, schema_paths: set[tuple[Any, ...]]) -> list[str]:
    """Pydantic errors with no JSON Schema error at the same place or below it."""
    out = []
    for error in errors:
        if error["type"] == "missing_sentinel_error":  # the "may be omitted" member of a union
            continue
        path = data_path(value, tuple(error["loc"]), error["type"])
        if not any(p[: len(path)] == path for p in schema_paths):
            out.append(f"{'.'.join(map(str, error['loc']))}: {error['msg']}")
    return out


def _summary(errors: list[dict[str, Any]], limit: int = 4) -> str:
    shown = [f"{'.'.join(map(str, e['loc']))}: {e['type']}" for e in errors[:limit]]
    return "; ".join(shown) + (f"; ... ({len(errors)} errors)" if len(errors) > limit else "")


def check_source(gen: Generated, registry: Any, sources: list[Source], known: dict[str, str]) -> None:
    failures: dict[str, list[tuple[Example, list[dict[str, Any]]]]] = {}
    for source in sources:
        passed = 0
        for example in source.validated:
            errors = validation_errors(gen, example)
            if errors:
                failures.setdefault(example.key, []).append((example, errors))
            else:
                passed += 1
        figures = source.figures()
        print(
            f"\n[{source.name}] {figures['examples']} examples, {figures['json']} JSON, "
            f"{len(source.validated)} with a model, {passed} pass, "
            f"{len(source.validated) - passed} fail (spec defects, listed)"
        )
        for label, why in source.not_json:
            print(f"  not JSON: {label}: {why}")
        for label in source.no_schema:
            print(f"  no JSON response schema: {label}")
    for key, items in sorted(failures.items()):
        for example, errors in items:
            print(f"  fails: {example.label}: {known.get(key, 'NOT LISTED')} [{_summary(errors, 2)}]")

    ours = []
    for items in failures.values():
        for example, errors in items:
            assert example.pointer is not None
            rest = unexplained(errors, example.value, json_schema_paths(registry, example))
            if rest:
                ours.append(f"  {example.label}: {'; '.join(rest[:3])}")
    assert not ours, (
        "the model rejects what the spec's JSON Schema accepts (a generator bug, not the "
        "example's):\n" + "\n".join(ours)
    )
    new = {k: v for k, v in failures.items() if k not in known}
    assert not new, (
        "examples that fail, also by the spec's JSON Schema, and are not in the known-defect "
        "list (check each, then list it with the reason):\n"
        + "\n".join(f"  {e.label}: {_summary(errors)}" for items in new.values() for e, errors in items)
    )
    stale = sorted(set(known) - set(failures))
    assert not stale, f"listed as failing but now pass (remove them from the list): {stale}"


# -- tests ------------------------------------------------------------------------------------------


def test_figures_of_the_pinned_spec(generated: Generated) -> None:
    figures = {s.name: s.figures() for s in generated.sources}
    assert figures == EXPECTED_FIGURES
    ops = generated.sources[0]
    assert sorted(ops.no_schema) == sorted(NO_RESPONSE_SCHEMA)


def test_operation_examples_match_their_response_models(
    generated: Generated, json_schema_registry: Any
) -> None:
    check_source(generated, json_schema_registry, generated.sources[:2], KNOWN_BAD)


def test_component_examples_match_their_models(generated: Generated, json_schema_registry: Any) -> None:
    check_source(generated, json_schema_registry, generated.sources[2:], KNOWN_BAD_SCHEMAS)


def test_examples_round_trip_through_their_models(generated: Generated) -> None:
    """A valid example dumps back (by alias, unset fields left out) to the same JSON."""
    changed = []
    for source in generated.sources:
        for example in source.validated:
            adapter = pydantic.TypeAdapter(python_type(generated, example.type))  # type: ignore[arg-type]
            try:
                model = adapter.validate_python(example.value)
            except pydantic.ValidationError:
                continue
            dumped = adapter.dump_python(
                model, mode="json", by_alias=True, exclude_unset=True, warnings=False
            )
            if dumped != example.value:
                changed.append(example.label)
    assert not changed, f"examples that do not survive a round trip: {changed}"
