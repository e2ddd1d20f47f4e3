"""The generated client of the 2026 OpenAI spec against the Prism mock server of that spec.

Prism validates each request against the spec (an invalid one gets a 422) and answers
with a body built from the response schema, so a passing call shows that the client
sent what the spec asks for, on the method and path of the right operation, and that
it parsed the answer into the right type.

Prism cannot answer some operations of this spec: it fails with a 500 ("Invalid
reference token ...") on many `retrieve`/`update` responses, sends a header
`Transfer-Encoding: string` for `audio.speech` (no HTTP client accepts that), and
has no event streams. Those operations are left out here.
"""

from __future__ import annotations

import asyncio
import io
import itertools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import httpx2
import pytest

from prism_support import OPENAI_SPEC, PrismServer, import_generated, unimport_generated

pytest_plugins = ["prism_support"]
pytestmark = pytest.mark.filterwarnings("ignore:.* is deprecated:DeprecationWarning")

PNG = ("otter.png", b"\x89PNG\r\n\x1a\n-otter-", "image/png")
MP3 = ("speech.mp3", b"ID3-speech", "audio/mpeg")
MIN_OPERATIONS = 30


@dataclass
class Case:
    op: str  # operationId in the spec
    call: Callable[[Any], Any]
    returns: str  # a type name in `types`, "page:<item type>", "str" or "None"
    check: Callable[[Any], Any] = lambda result: True
    requests: int = 1  # HTTP requests the call makes
    marks: list[Any] = field(default_factory=list)


CASES = [
    # models
    Case(
        "listModels",
        lambda c: c.models.list(),
        "page:Model",
        lambda p: p.object == "list",
    ),
    Case(
        "retrieveModel",
        lambda c: c.models.retrieve("gpt-4o"),
        "Model",
        lambda m: m.object == "model",
    ),
    Case(
        "deleteModel",
        lambda c: c.models.delete("ft:gpt-4o-mini:acme::abc"),
        "DeleteModelResponse",
        lambda d: d.deleted is True,
    ),
    # files
    Case(
        "listFiles",
        lambda c: c.files.list(purpose="batch", limit=10, order="asc"),
        "page:OpenAIFile",
        lambda p: p.has_more is False,
    ),
    Case(
        "retrieveFile",
        lambda c: c.files.retrieve("file-abc123"),
        "OpenAIFile",
        lambda f: f.object == "file" and isinstance(f.bytes_, int),
    ),
    Case(
        "deleteFile",
        lambda c: c.files.delete("file-abc123"),
        "DeleteFileResponse",
        lambda d: d.deleted is True,
    ),
    Case(
        "downloadFile",
        lambda c: c.files.content("file-abc123"),
        "str",
        lambda s: "string" in s,
    ),
    # assistants and threads
    Case(
        "createAssistant",
        lambda c: c.beta.assistants.create(
            model="gpt-4o",
            name="Math Tutor",
            tools=[{"type": "code_interpreter"}],
            temperature=0.2,
            tool_resources={"code_interpreter": {"file_ids": ["file-1"]}},
            metadata={"team": "x"},
        ),
        "AssistantObject",
        lambda a: a.object == "assistant",
    ),
    Case(
        "listAssistants",
        lambda c: c.beta.assistants.list(limit=20, order="desc"),
        "page:AssistantObject",
    ),
    Case(
        "deleteAssistant",
        lambda c: c.beta.assistants.delete("asst_abc123"),
        "DeleteAssistantResponse",
        lambda d: d.deleted is True,
    ),
    Case(
        "createThread",
        lambda c: c.beta.threads.create(
            messages=[{"role": "user", "content": "Hello, what is AI?"}]
        ),
        "ThreadObject",
        lambda t: t.object == "thread",
    ),
    Case(
        "getThread", lambda c: c.beta.threads.retrieve("thread_abc123"), "ThreadObject"
    ),
    Case(
        "deleteThread",
        lambda c: c.beta.threads.delete("thread_abc123"),
        "DeleteThreadResponse",
        lambda d: d.deleted is True,
    ),
    Case(
        "createThreadAndRun",
        lambda c: c.beta.threads.create_and_run(
            assistant_id="asst_abc123",
            thread={
                "messages": [
                    {
                        "role": "user",
                        "content": "Explain deep learning to a 5 year old.",
                    }
                ]
            },
            truncation_strategy={"type": "auto"},
        ),
        "RunObject",
        lambda r: r.object == "thread.run" and r.status == "queued",
    ),
    Case(
        "createMessage",
        lambda c: c.beta.threads.messages.create(
            "thread_abc123",
            role="user",
            content=[{"type": "text", "text": "How does AI work?"}],
        ),
        "MessageObject",
        lambda m: m.object == "thread.message",
    ),
    Case(
        "listMessages",
        lambda c: c.beta.threads.messages.list("thread_abc123", run_id="run_1"),
        "page:MessageObject",
    ),
    Case(
        "deleteMessage",
        lambda c: c.beta.threads.messages.delete("msg_1", thread_id="thread_abc123"),
        "DeleteMessageResponse",
    ),
    Case(
        "listRuns",
        lambda c: c.beta.threads.runs.list("thread_abc123", limit=5),
        "page:RunObject",
    ),
    Case(
        "listRunSteps",
        lambda c: c.beta.threads.runs.steps.list("run_abc123", thread_id="thread_abc123"),
        "page:RunStepObject",
    ),
    Case(
        "getRunStep",
        lambda c: c.beta.threads.runs.steps.retrieve(
            "step_1", thread_id="thread_abc123", run_id="run_abc123"
        ),
        "RunStepObject",
    ),
    # batches
    Case(
        "createBatch",
        lambda c: c.batches.create(
            input_file_id="file-abc123",
            endpoint="/v1/chat/completions",
            completion_window="24h",
        ),
        "Batch",
        lambda b: b.object == "batch",
    ),
    # chat and completions
    Case(
        "createChatCompletion",
        lambda c: c.chat.completions.create(
            model="gpt-4o",
            messages=[
                {"role": "developer", "content": "You are a helpful assistant."},
                {"role": "user", "content": [{"type": "text", "text": "Hello!"}]},
            ],
            tools=[
                {
                    "type": "function",
                    "function": {"name": "f", "parameters": {"type": "object"}},
                }
            ],
            tool_choice="auto",
            response_format={"type": "json_object"},
            logprobs=True,
            top_logprobs=2,
        ),
        "CreateChatCompletionResponse",
        lambda r: r.object == "chat.completion"
        and isinstance(r.choices[0].message.content, str),
    ),
    Case(
        "listChatCompletions",
        lambda c: c.chat.completions.list(model="gpt-4o", limit=1),
        "page:CreateChatCompletionResponse",
    ),
    Case(
        "deleteChatCompletion",
        lambda c: c.chat.completions.delete("chatcmpl-1"),
        "ChatCompletionDeleted",
        lambda d: d.deleted is True,
    ),
    Case(
        "getChatCompletionMessages",
        lambda c: c.chat.completions.messages.list("chatcmpl-1"),
        "page:ChatCompletionMessageListData",
    ),
    Case(
        "createCompletion",
        lambda c: c.completions.create(
            model="gpt-3.5-turbo-instruct",
            prompt="Say this is a test",
            max_tokens=7,
            stop=["\n"],
        ),
        "CreateCompletionResponse",
        lambda r: r.object == "text_completion",
    ),
    Case(
        "createEmbedding",
        lambda c: c.embeddings.create(
            model="text-embedding-3-small", input=["a", "b"], encoding_format="float"
        ),
        "CreateEmbeddingResponse",
        lambda r: isinstance(r.data[0].embedding, list),
    ),
    Case(
        "createModeration",
        lambda c: c.moderations.create(
            model="omni-moderation-latest",
            input=[
                {"type": "text", "text": "hi"},
                {
                    "type": "image_url",
                    "image_url": {"url": "https://example.com/a.png"},
                },
            ],
        ),
        "CreateModerationResponse",
        lambda r: isinstance(r.results[0].flagged, bool),
    ),
    # containers
    Case(
        "CreateContainer",
        lambda c: c.containers.create(
            name="box", expires_after={"anchor": "last_active_at", "minutes": 20}
        ),
        "ContainerResource",
    ),
    Case(
        "ListContainers", lambda c: c.containers.list(limit=1), "page:ContainerResource"
    ),
    Case(
        "RetrieveContainer",
        lambda c: c.containers.retrieve("cntr_1"),
        "ContainerResource",
    ),
    Case("DeleteContainer", lambda c: c.containers.delete("cntr_1"), "None"),
    Case(
        "ListContainerFiles",
        lambda c: c.containers.files.list("cntr_1"),
        "page:ContainerFileResource",
    ),
    # conversations
    Case(
        "createConversation",
        lambda c: c.conversations.create(
            metadata={"topic": "demo"},
            items=[{"type": "message", "role": "user", "content": "Hello!"}],
        ),
        "ConversationResource",
        lambda r: r.object == "conversation",
    ),
    Case(
        "getConversation",
        lambda c: c.conversations.retrieve("conv_123"),
        "ConversationResource",
    ),
    Case(
        "updateConversation",
        lambda c: c.conversations.update("conv_123", metadata={"topic": "x"}),
        "ConversationResource",
    ),
    Case(
        "deleteConversation",
        lambda c: c.conversations.delete("conv_123"),
        "DeletedConversationResource",
        lambda d: d.deleted is True,
    ),
    Case(
        "createConversationItems",
        lambda c: c.conversations.items.create(
            "conv_123",
            items=[
                {
                    "type": "message",
                    "role": "user",
                    "content": [{"type": "input_text", "text": "Hello!"}],
                }
            ],
        ),
        "ConversationItemList",
        lambda r: r.object == "list",
    ),
    # evals
    Case(
        "listEvals", lambda c: c.evals.list(limit=1, order_by="created_at"), "page:Eval"
    ),
    Case(
        "deleteEval",
        lambda c: c.evals.delete("eval_abc123"),
        "DeleteEvalResponse",
        lambda d: d.deleted is True,
    ),
    Case(
        "getEvalRuns",
        lambda c: c.evals.runs.list("eval_abc123", status="completed"),
        "page:EvalRun",
    ),
    # fine-tuning
    Case(
        "createFineTuningJob",
        lambda c: c.fine_tuning.jobs.create(
            model="gpt-4o-mini",
            training_file="file-abc123",
            method={
                "type": "supervised",
                "supervised": {"hyperparameters": {"n_epochs": 2}},
            },
        ),
        "FineTuningJob",
        lambda j: j.object == "fine_tuning.job",
    ),
    Case(
        "listPaginatedFineTuningJobs",
        lambda c: c.fine_tuning.jobs.list(limit=2),
        "page:FineTuningJob",
    ),
    Case(
        "listFineTuningEvents",
        lambda c: c.fine_tuning.jobs.list_events("ftjob-abc123", limit=2),
        "page:FineTuningJobEvent",
    ),
    Case(
        "listFineTuningJobCheckpoints",
        lambda c: c.fine_tuning.jobs.checkpoints.list("ftjob-abc123"),
        "page:FineTuningJobCheckpoint",
    ),
    Case(
        "createFineTuningCheckpointPermission",
        lambda c: c.fine_tuning.checkpoints.permissions.create(
            "ft:gpt-4o-mini:org::ck", project_ids=["proj_1"]
        ),
        "ListFineTuningCheckpointPermissionResponse",
    ),
    Case(
        "validateGrader",
        lambda c: c.fine_tuning.alpha.graders.validate(
            grader={
                "type": "string_check",
                "name": "g",
                "input": "{{item.label}}",
                "reference": "x",
                "operation": "eq",
            }
        ),
        "ValidateGraderResponse",
    ),
    # images
    Case(
        "createImage",
        lambda c: c.images.generate(
            model="gpt-image-1", prompt="A cute baby sea otter", n=1, size="1024x1024"
        ),
        "ImagesResponse",
        lambda r: isinstance(r.data[0].b64_json, str),
    ),
    Case(
        "createImageVariation",
        lambda c: c.images.create_variation(image=PNG, n=2, size="1024x1024"),
        "ImagesResponse",
    ),
    # responses
    Case(
        "createResponse",
        lambda c: c.responses.create(
            model="gpt-5",
            input=[
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": "what is in this image?"},
                        {
                            "type": "input_image",
                            "image_url": "https://example.com/a.png",
                            "detail": "auto",
                        },
                    ],
                }
            ],
            tools=[{"type": "file_search", "vector_store_ids": ["vs_1"]}],
            reasoning={"effort": "high"},
        ),
        "Response",
        lambda r: r.object == "response",
    ),
    Case("getResponse", lambda c: c.responses.retrieve("resp_123"), "Response"),
    Case("deleteResponse", lambda c: c.responses.delete("resp_123"), "None"),
    Case("cancelResponse", lambda c: c.responses.cancel("resp_123"), "Response"),
    Case(
        "Compactconversation",
        lambda c: c.responses.compact(model="gpt-5", input="Hello"),
        "CompactResource",
    ),
    Case(
        "Getinputtokencounts",
        lambda c: c.responses.input_tokens.count(
            model="gpt-5", input="Tell me a joke."
        ),
        "TokenCountsResource",
        lambda r: isinstance(r.input_tokens, int),
    ),
    # uploads
    Case(
        "createUpload",
        lambda c: c.uploads.create(
            filename="train.jsonl",
            purpose="fine-tune",
            bytes=2048,
            mime_type="text/jsonl",
        ),
        "Upload",
        lambda u: u.object == "upload",
    ),
    Case("cancelUpload", lambda c: c.uploads.cancel("upload_abc123"), "Upload"),
    # vector stores
    Case(
        "createVectorStore",
        lambda c: c.vector_stores.create(name="Support FAQ", file_ids=["file-1"]),
        "VectorStoreObject",
    ),
    Case(
        "listVectorStores", lambda c: c.vector_stores.list(), "page:VectorStoreObject"
    ),
    Case(
        "deleteVectorStore",
        lambda c: c.vector_stores.delete("vs_abc123"),
        "DeleteVectorStoreResponse",
        lambda d: d.deleted is True,
    ),
    Case(
        "searchVectorStore",
        lambda c: c.vector_stores.search(
            "vs_abc123",
            query="refund policy",
            max_num_results=3,
            filters={"type": "eq", "key": "region", "value": "eu"},
        ),
        "VectorStoreSearchResultsPage",
    ),
    Case(
        "listVectorStoreFiles",
        lambda c: c.vector_stores.files.list("vs_abc123", filter="completed"),
        "page:VectorStoreFileObject",
    ),
    Case(
        "deleteVectorStoreFile",
        lambda c: c.vector_stores.files.delete("file-abc123", vector_store_id="vs_abc123"),
        "DeleteVectorStoreFileResponse",
    ),
    Case(
        "retrieveVectorStoreFileContent",
        lambda c: c.vector_stores.files.content("file-abc123", vector_store_id="vs_abc123"),
        "page:VectorStoreFileContentResponseData",
    ),
    Case(
        "createVectorStoreFileBatch",
        lambda c: c.vector_stores.file_batches.create(
            "vs_abc123",
            files=[{"file_id": "file-1", "attributes": {"category": "finance"}}],
        ),
        "VectorStoreFileBatchObject",
    ),
    Case(
        "getVectorStoreFileBatch",
        lambda c: c.vector_stores.file_batches.retrieve("vsfb_1", vector_store_id="vs_abc123"),
        "VectorStoreFileBatchObject",
    ),
    Case(
        "listFilesInVectorStoreBatch",
        lambda c: c.vector_stores.file_batches.list_files("vsfb_1", vector_store_id="vs_abc123"),
        "page:VectorStoreFileObject",
    ),
    # videos and skills
    Case(
        "createVideo",
        lambda c: c.videos.create(prompt="A calico cat playing a piano", seconds="4"),
        "VideoResource",
        lambda v: v.object == "video",
    ),
    Case("ListVideos", lambda c: c.videos.list(), "page:VideoResource"),
    Case("GetVideo", lambda c: c.videos.retrieve("video_123"), "VideoResource"),
    Case(
        "DeleteVideo",
        lambda c: c.videos.delete("video_123"),
        "DeletedVideoResource",
        lambda d: d.deleted is True,
    ),
    Case(
        "CreateVideoRemix",
        lambda c: c.videos.remix("video_123", prompt="Extend the scene"),
        "VideoResource",
    ),
    Case("ListSkills", lambda c: c.skills.list(), "page:SkillResource"),
    Case(
        "ListSkillVersions",
        lambda c: c.skills.versions.list("skill_1"),
        "page:SkillVersionResource",
    ),
    # organization administration
    Case("list-users", lambda c: c.admin.organization.users.list(limit=1), "page:User"),
    Case("list-projects", lambda c: c.admin.organization.projects.list(), "page:Project"),
    Case(
        "list-audit-logs", lambda c: c.admin.organization.audit_logs.list(), "page:AuditLog"
    ),
    Case(
        "usage-completions",
        lambda c: c.admin.organization.usage.completions(
            start_time=1730419200, bucket_width="1d"
        ),
        "UsageResponse",
    ),
    Case(
        "usage-costs",
        lambda c: c.admin.organization.usage.costs(start_time=1730419200),
        "UsageResponse",
    ),
    Case(
        "inviteUser",
        lambda c: c.admin.organization.invites.create(email="ada@example.com", role="reader"),
        "Invite",
    ),
    # audio, realtime, chatkit, provenance
    Case(
        "createTranslation",
        lambda c: c.audio.translations.create(file=MP3, model="whisper-1"),
        "CreateTranslationResponseJson",
    ),
    Case(
        "listVoiceConsents",
        lambda c: c.audio.voice_consents.list(),
        "page:VoiceConsentResource",
    ),
    Case(
        "create-realtime-client-secret",
        lambda c: c.realtime.client_secrets.create(),
        "RealtimeCreateClientSecretResponse",
    ),
    Case("hangup-realtime-call", lambda c: c.realtime.calls.hangup("rtc_123"), "None"),
    Case(
        "CreateChatSessionMethod",
        lambda c: c.beta.chatkit.sessions.create(user="user", workflow={"id": "wf_1"}),
        "ChatSessionResource",
    ),
    Case(
        "ListThreadsMethod",
        lambda c: c.beta.chatkit.threads.list(),
        "page:ThreadResource",
    ),
    Case(
        "Createcontentprovenancecheck",
        lambda c: c.content_provenance_checks.create(file=PNG),
        "ProvenanceResource",
    ),
]

# operations covered by the dedicated tests below
OTHER_OPERATIONS = {
    "createFile",
    "addUploadPart",
    "createTranscription",
    "listBatches",
    "RetrieveVideoContent",
    "GetSkillContent",
    "GetSkillVersionContent",
}


class Recorder:
    """Every request the client sends (an httpx2 event hook)."""

    def __init__(self) -> None:
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> None:
        request.read()
        self.requests.append(request)

    def clear(self) -> None:
        self.requests.clear()


@pytest.fixture(scope="module")
def oa(openai_client_dir: Path) -> Iterator[Any]:
    module = import_generated(openai_client_dir, "openai_client")
    yield module
    unimport_generated(openai_client_dir, "openai_client")


@pytest.fixture(scope="module")
def spec_ops() -> dict[str, tuple[str, str]]:
    """operationId -> (METHOD, path template)."""
    from generator.load.loader import load_spec

    ops = {}
    for path, item in load_spec(str(OPENAI_SPEC)).root["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and isinstance(op.get("operationId"), str):
                ops[op["operationId"]] = (method.upper(), path)
    return ops


@pytest.fixture(scope="module")
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture(scope="module")
def client(oa: Any, openai_prism: PrismServer, recorder: Recorder) -> Iterator[Any]:
    http = httpx2.Client(event_hooks={"request": [recorder]}, timeout=30)
    with oa.Client(
        api_key="sk-prism", base_url=openai_prism.url, max_retries=0, http_client=http
    ) as c:
        yield c


def path_pattern(template: str) -> re.Pattern[str]:
    path, _, _query = template.partition("?")
    parts = re.split(r"\{[^{}]+\}", path)
    return re.compile("^" + "[^/]+".join(re.escape(p) for p in parts) + "$")


def check_type(oa: Any, result: Any, returns: str) -> None:
    if returns == "None":
        assert result is None
    elif returns == "str":
        assert isinstance(result, str)
    elif returns.startswith("page:"):
        item = getattr(oa.types, returns[5:])
        assert isinstance(
            result, (oa.pagination.SyncCursorPage, oa.pagination.SyncPage)
        ), type(result)
        assert result.data, "Prism sends one item"
        assert all(type(x) is item for x in result.data), [type(x) for x in result.data]
    else:
        assert type(result) is getattr(oa.types, returns), (type(result), returns)


def test_enough_operations_are_covered(spec_ops: dict[str, tuple[str, str]]) -> None:
    covered = {case.op for case in CASES} | OTHER_OPERATIONS
    assert covered <= set(spec_ops), covered - set(spec_ops)
    assert len(covered) >= MIN_OPERATIONS, len(covered)


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=c.op, marks=c.marks) for c in CASES]
)
def test_operation(
    case: Case,
    client: Any,
    oa: Any,
    recorder: Recorder,
    spec_ops: dict[str, tuple[str, str]],
) -> None:
    recorder.clear()
    result = case.call(client)
    check_type(oa, result, case.returns)
    assert case.check(result), result
    method, template = spec_ops[case.op]
    assert len(recorder.requests) == case.requests
    request = recorder.requests[0]
    assert request.method == method and path_pattern(template).match(
        request.url.path
    ), f"{case.op} is {method} {template}; the client sent {request.method} {request.url.path}"
    assert request.headers["Authorization"] == "Bearer sk-prism"
    if method in ("POST", "PUT", "PATCH") and request.headers.get(
        "content-type", ""
    ).startswith("application/json"):
        json.loads(request.content)


def multipart_parts(
    request: httpx2.Request,
) -> dict[str, list[tuple[str | None, bytes]]]:
    """field name -> [(filename, content)] of a multipart/form-data request."""
    boundary = request.headers["content-type"].split("boundary=", 1)[1].encode()
    parts: dict[str, list[tuple[str | None, bytes]]] = {}
    for chunk in request.content.split(b"--" + boundary)[1:-1]:
        assert chunk.startswith(b"\r\n") and chunk.endswith(b"\r\n")
        head, _, body = chunk[2:-2].partition(b"\r\n\r\n")
        name = re.search(rb'name="([^"]*)"', head)
        filename = re.search(rb'filename="([^"]*)"', head)
        assert name is not None
        parts.setdefault(name.group(1).decode(), []).append(
            (filename.group(1).decode() if filename else None, body)
        )
    return parts


def test_multipart_upload(
    client: Any, oa: Any, recorder: Recorder, tmp_path: Path
) -> None:
    data = tmp_path / "mydata.jsonl"
    data.write_bytes(b'{"prompt": "a", "completion": "b"}\n')
    recorder.clear()
    with open(data, "rb") as fh:
        uploaded = client.files.create(file=fh, purpose="fine-tune")
    assert type(uploaded) is oa.types.OpenAIFile and uploaded.object == "file"
    (request,) = recorder.requests
    assert (request.method, request.url.path) == ("POST", "/files")
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    parts = multipart_parts(request)
    assert parts["file"] == [("mydata.jsonl", data.read_bytes())]
    assert parts["purpose"] == [(None, b"fine-tune")]

    # bytes, a tuple with a content type, a path
    assert (
        type(client.files.create(file=b"raw", purpose="batch")) is oa.types.OpenAIFile
    )
    assert (
        type(
            client.files.create(
                file=("b.jsonl", io.BytesIO(b"{}"), "application/jsonl"),
                purpose="batch",
            )
        )
        is oa.types.OpenAIFile
    )
    assert client.files.create(file=data, purpose="user_data").object == "file"
    assert multipart_parts(recorder.requests[-1])["file"] == [
        ("mydata.jsonl", data.read_bytes())
    ]

    part = client.uploads.parts.create(
        "upload_abc123", data=("chunk", b"\x00\x01binary", "application/octet-stream")
    )
    assert type(part) is oa.types.UploadPart and part.object == "upload.part"
    assert multipart_parts(recorder.requests[-1])["data"] == [
        ("chunk", b"\x00\x01binary")
    ]
    assert recorder.requests[-1].url.path == "/uploads/upload_abc123/parts"


def test_multipart_transcription_parses_the_union(
    client: Any, oa: Any, recorder: Recorder
) -> None:
    transcript = client.audio.transcriptions.create(
        file=MP3, model="gpt-4o-transcribe", language="en", temperature=0
    )
    # the response is a oneOf of three shapes; Prism sends the first
    assert type(transcript) is oa.types.CreateTranscriptionResponseJson
    assert isinstance(transcript.text, str)
    parts = multipart_parts(recorder.requests[-1])
    assert parts["file"] == [("speech.mp3", MP3[1])] and parts["model"] == [
        (None, b"gpt-4o-transcribe")
    ]
    assert parts["temperature"] == [(None, b"0")]


def test_binary_download(
    client: Any, oa: Any, recorder: Recorder, tmp_path: Path
) -> None:
    video = client.videos.download_content(
        "video_123", variant="video", extra_headers={"Accept": "video/mp4"}
    )
    assert isinstance(video, oa._response.BinaryAPIResponse)
    assert video.status_code == 200 and video.headers["content-type"] == "video/mp4"
    assert video.content == b"string"  # Prism's body for a binary string
    target = tmp_path / "video.mp4"
    client.videos.download_content(
        "video_123", extra_headers={"Accept": "video/mp4"}
    ).write_to_file(target)
    assert target.read_bytes() == b"string"
    assert recorder.requests[-1].url.path == "/videos/video_123/content"

    archive = client.skills.content.retrieve(
        "skill_1", extra_headers={"Accept": "application/zip"}
    )
    assert archive.headers["content-type"] == "application/zip"
    assert b"".join(archive.iter_bytes()) == b"string"
    version = client.skills.versions.content.retrieve(
        "2", skill_id="skill_1", extra_headers={"Accept": "application/zip"}
    )
    assert (
        version.content == b"string"
        and recorder.requests[-1].url.path == "/skills/skill_1/versions/2/content"
    )


def test_list_iterates_over_pages(client: Any, oa: Any, recorder: Recorder) -> None:
    # has_more is false in the spec's example for /files: one page
    recorder.clear()
    files = list(client.files.list())
    assert [type(f) for f in files] == [oa.types.OpenAIFile] and len(
        recorder.requests
    ) == 1

    # has_more is true in Prism's answer for /batches: every page asks for the next one
    recorder.clear()
    batches = list(itertools.islice(client.batches.list(limit=1), 3))
    assert [type(b) for b in batches] == [oa.types.Batch] * 3
    urls = [r.url for r in recorder.requests]
    assert [u.path for u in urls] == ["/batches"] * 3
    assert urls[0].params.get("after") is None
    assert urls[1].params["after"] == batches[0].id and urls[1].params["limit"] == "1"

    page = client.batches.list(limit=1)
    assert page.has_next_page()
    assert type(page.get_next_page()) is type(page)


def test_raw_response(client: Any, oa: Any) -> None:
    raw = client.files.with_raw_response.retrieve("file-abc123")
    assert raw.status_code == 200 and raw.headers["content-type"].startswith(
        "application/json"
    )
    assert json.loads(raw.text())["object"] == "file"
    assert type(raw.parse()) is oa.types.OpenAIFile
    raw = client.beta.threads.with_raw_response.create_and_run(assistant_id="asst_1")
    assert type(raw.parse()) is oa.types.RunObject


def test_streaming_response(client: Any, oa: Any, openai_prism: PrismServer) -> None:
    with client.files.with_streaming_response.retrieve("file-abc123") as response:
        assert not response.is_closed  # nothing of the body read yet
        assert type(response.parse()) is oa.types.OpenAIFile
    assert response.is_closed
    with client.videos.with_streaming_response.download_content(
        "video_123", extra_headers={"Accept": "video/mp4"}
    ) as response:
        assert b"".join(response.iter_bytes()) == b"string"
    with client.admin.organization.with_streaming_response.audit_logs.list() as response:
        page = response.parse()
        assert isinstance(page, oa.pagination.SyncCursorPage)

    async def main() -> Any:
        async with oa.AsyncClient(
            api_key="sk-prism", base_url=openai_prism.url, max_retries=0
        ) as c:
            async with c.models.with_streaming_response.retrieve("gpt-4o") as response:
                assert not response.is_closed
                return await response.parse()

    assert type(asyncio.run(main())) is oa.types.Model


def test_errors_are_typed(client: Any, oa: Any, recorder: Recorder) -> None:
    # Prism answers with the 404 response the spec defines when asked to (`Prefer: code=404`)
    with pytest.raises(oa.NotFoundError) as info:
        client.responses.delete("resp_123", extra_headers={"Prefer": "code=404"})
    assert info.value.status_code == 404 and isinstance(info.value.body, dict)
    # a body that breaks the spec: Prism's request validation answers 422
    with pytest.raises(oa.UnprocessableEntityError) as unprocessable:
        client.embeddings.create(
            model="text-embedding-3-small",
            input="x",
            extra_body={"encoding_format": 12},
        )
    assert "encoding_format" in str(unprocessable.value)
    # the wrong credentials: 401
    with oa.Client(
        api_key="sk",
        base_url=str(client.base_url),
        max_retries=0,
        default_headers={"Authorization": "Basic Zm9vOmJhcg=="},
    ) as other:
        with pytest.raises(oa.AuthenticationError):
            other.models.list()


def test_async_client(oa: Any, openai_prism: PrismServer, tmp_path: Path) -> None:
    data = tmp_path / "batch.jsonl"
    data.write_bytes(b"{}\n")

    async def main() -> dict[str, Any]:
        async with oa.AsyncClient(
            api_key="sk-prism", base_url=openai_prism.url, max_retries=0
        ) as c:
            out: dict[str, Any] = {}
            out["chat"] = await c.chat.completions.create(
                model="gpt-4o", messages=[{"role": "user", "content": "hi"}]
            )
            out["file"] = await c.files.create(file=data, purpose="batch")
            out["files"] = [f async for f in c.files.list()]
            page = await c.batches.list(limit=1)
            out["page"] = page
            out["batches"] = []
            async for batch in c.batches.list(limit=1):
                out["batches"].append(batch)
                if len(out["batches"]) == 3:
                    break
            video = await c.videos.download_content(
                "video_123", extra_headers={"Accept": "video/mp4"}
            )
            out["video"] = (type(video), await video.read())
            out["deleted"] = await c.vector_stores.delete("vs_abc123")
            raw = await c.models.with_raw_response.retrieve("gpt-4o")
            out["raw"] = (raw.status_code, await raw.parse())
            return out

    out = asyncio.run(main())
    assert type(out["chat"]) is oa.types.CreateChatCompletionResponse
    assert type(out["file"]) is oa.types.OpenAIFile
    assert [type(f) for f in out["files"]] == [oa.types.OpenAIFile]
    assert isinstance(out["page"], oa.pagination.AsyncCursorPage)
    assert [type(b) for b in out["batches"]] == [oa.types.Batch] * 3
    assert out["video"] == (oa._response.AsyncBinaryAPIResponse, b"string")
    assert out["deleted"].deleted is True
    assert out["raw"][0] == 200 and type(out["raw"][1]) is oa.types.Model


# -- files, form fields and downloads: what a generated client once got wrong ------------


def test_images_edit_sends_the_images_as_files(client: Any, recorder: Recorder) -> None:
    client.images.edit(
        image=[PNG, ("b.png", b"\x89PNG-b", "image/png")], prompt="a gift basket"
    )
    parts = multipart_parts(recorder.requests[-1])
    images = parts.get("image[]") or parts.get("image") or []
    assert [name for name, _ in images] == ["otter.png", "b.png"]


def test_container_file_upload_is_multipart(client: Any, oa: Any) -> None:
    created = client.containers.files.create(
        "cntr_1", file=("notes.txt", b"hello", "text/plain")
    )
    assert type(created) is oa.types.ContainerFileResource


def test_transcription_with_an_array_field(client: Any) -> None:
    client.audio.transcriptions.create(
        file=MP3,
        model="gpt-4o-transcribe",
        response_format="json",
        include=["logprobs"],
    )


def test_binary_download_asks_for_the_binary_type(client: Any) -> None:
    video = client.videos.download_content("video_123")
    assert video.headers["content-type"] == "video/mp4"
