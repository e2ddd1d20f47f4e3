"""`oasgen diff`: the semantic diff of two spec versions, one fixture per rule, and the real
upstream history of the OpenAI spec (2024-12-18 -> the pinned 2026-08-21)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main
from generator.normalize.naming_file import load_naming
from generator.workflow.diff import SpecDiff, diff_files, render

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "diff"
BASE = FIX / "base.yaml"
NAMING = load_naming(FIX / "naming.yaml")
UPSTREAM_2024 = ROOT / "tests" / "fixtures" / "upstream" / "openapi-2024-12-18-25be478.yaml"
OPENAI_2026 = ROOT / "specs" / "openai-2026-08-21.yaml"
OPENAI_NAMING = ROOT / "specs" / "openai-2026-08-21.naming.yaml"

# fixture: (kind, subject, breaks clients, breaks servers, SDK name users see)
RULES = {
    "operation_removed": ("operation-removed", "GET /threads/{thread_id}/runs/{run_id} (getRun)", True, False, "client.beta.threads.runs.retrieve()"),
    "operation_added": ("operation-added", "GET /threads/{thread_id}/runs (listRuns)", False, False, "client.threads.runs.list()"),
    "operation_deprecated": ("operation-deprecated", "GET /threads/{thread_id}/runs/{run_id} (getRun)", False, False, "client.beta.threads.runs.retrieve()"),
    "operation_moved": ("operation-moved", "GET /threads/{thread_id}/run-details/{run_id} (getRun)", True, True, "client.beta.threads.runs.retrieve()"),
    "parameter_added_required": ("parameter-added", "POST /threads/runs (createThreadAndRun)", True, False, "client.beta.threads.create_and_run(tenant=...)"),
    "parameter_added_optional": ("parameter-added", "POST /threads/runs (createThreadAndRun)", False, False, "client.beta.threads.create_and_run(order=...)"),
    "parameter_removed": ("parameter-removed", "POST /threads/runs (createThreadAndRun)", True, False, "client.beta.threads.create_and_run(include=...)"),
    "parameter_required": ("parameter-required", "POST /threads/runs (createThreadAndRun)", True, False, "client.beta.threads.create_and_run(include=...)"),
    "request_field_added_required": ("field-added", "CreateThreadAndRunRequest.instructions", True, False, "client.beta.threads.create_and_run(instructions=...)"),
    "request_field_removed": ("field-removed", "CreateThreadAndRunRequest.truncation_strategy", True, False, "client.beta.threads.create_and_run(truncation_strategy=...)"),
    "request_field_optional": ("field-optional", "CreateThreadAndRunRequest.assistant_id", False, True, "client.beta.threads.create_and_run(assistant_id=...)"),
    "request_enum_removed": ("field-type", "CreateThreadAndRunRequest.priority", True, False, "client.beta.threads.create_and_run(priority=...)"),
    "request_enum_added": ("field-type", "CreateThreadAndRunRequest.priority", False, True, "client.beta.threads.create_and_run(priority=...)"),
    "request_nullable": ("field-type", "CreateThreadAndRunRequest.truncation_strategy", False, True, "client.beta.threads.create_and_run(truncation_strategy=...)"),
    "request_union_member_added": ("type-changed", "Tool", False, True, "types.Tool"),
    "request_union_member_removed": ("type-changed", "Tool", True, False, "types.Tool"),
    "response_field_removed": ("field-removed", "RunObject.note", True, False, "types.RunObject.note"),
    "response_field_added_required": ("field-added", "RunObject.thread_id", False, True, "types.RunObject.thread_id"),
    "response_field_added_optional": ("field-added", "RunObject.model", False, False, "types.RunObject.model"),
    "response_enum_added": ("field-type", "RunObject.status", True, False, "types.RunObject.status"),
    "response_enum_removed": ("field-type", "RunObject.status", False, True, "types.RunObject.status"),
    "response_nullable": ("field-type", "RunObject.note", True, False, "types.RunObject.note"),
    "response_optional": ("field-optional", "RunObject.created_at", True, False, "types.RunObject.created_at"),
    "response_union_member_added": ("field-type", "RunObject.content", True, False, "types.RunObject.content"),
    "response_type_widened": ("field-type", "RunObject.created_at", True, False, "types.RunObject.created_at"),
    "response_type_changed": ("field-type", "RunObject.created_at", True, True, "types.RunObject.created_at"),
    "schema_removed": ("type-removed", "LegacyThing", True, False, "types.LegacyThing"),
}  # fmt: skip


def test_every_fixture_has_a_rule() -> None:
    files = {p.stem for p in FIX.glob("*.yaml")} - {"base", "naming"}
    assert files == set(RULES)


def test_same_spec_has_no_changes() -> None:
    d = diff_files(BASE, BASE, naming=NAMING)
    assert d.changes == []
    assert not d.fails("any")


@pytest.mark.parametrize("name", sorted(RULES))
def test_rule(name: str) -> None:
    kind, subject, clients, servers, sdk = RULES[name]
    d = diff_files(BASE, FIX / f"{name}.yaml", naming=NAMING)
    found = [c for c in d.changes if c.kind == kind and c.subject == subject]
    assert len(found) == 1, [(c.kind, c.subject, c.detail) for c in d.changes]
    change = found[0]
    assert (change.breaks_clients, change.breaks_servers) == (clients, servers), change
    assert sdk in change.sdk
    # nothing else breaks: the one change of the fixture is the only breaking one
    others = [c for c in d.breaking if c is not change]
    assert others == []
    assert d.fails("breaking") == (clients or servers)
    assert d.fails("breaking-clients") == clients
    assert d.fails("breaking-servers") == servers


def test_enum_details_name_the_values() -> None:
    d = diff_files(BASE, FIX / "response_enum_added.yaml", naming=NAMING)
    assert [c.detail for c in d.changes] == ["field 'status': enum value 'expired' added"]
    d = diff_files(BASE, FIX / "request_enum_removed.yaml", naming=NAMING)
    assert [c.detail for c in d.changes] == ["field 'priority': enum value 'high' removed"]


def test_moved_operation_is_matched_by_operation_id() -> None:
    d = diff_files(BASE, FIX / "operation_moved.yaml", naming=NAMING)
    assert d.operations["moved"] == ["getRun"]
    assert d.operations["removed"] == [] and d.operations["added"] == []


def test_without_naming_the_default_call_path_is_shown() -> None:
    d = diff_files(BASE, FIX / "request_field_removed.yaml")
    (change,) = d.breaking
    assert change.sdk == ["client.threads.runs.create(truncation_strategy=...)"]


# -- the command -------------------------------------------------------------------------------


def test_cli_text_and_fail_on(capsys: pytest.CaptureFixture[str]) -> None:
    new = str(FIX / "request_field_removed.yaml")
    naming = str(FIX / "naming.yaml")
    assert main(["diff", str(BASE), new, "--naming", naming]) == 0
    out = capsys.readouterr().out
    assert "Breaking for clients (1):" in out
    assert "client.beta.threads.create_and_run(truncation_strategy=...)" in out
    assert main(["diff", str(BASE), new, "--naming", naming, "--fail-on", "breaking"]) == 1
    capsys.readouterr()
    assert main(["diff", str(BASE), new, "--fail-on", "breaking-servers"]) == 0
    capsys.readouterr()
    additive = str(FIX / "response_field_added_optional.yaml")
    assert main(["diff", str(BASE), additive, "--fail-on", "breaking"]) == 0
    assert main(["diff", str(BASE), additive, "--fail-on", "any"]) == 1


def test_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(BASE), str(FIX / "response_enum_added.yaml"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["breaking_clients"] == 1
    assert data["summary"]["breaking_servers"] == 0
    (change,) = data["changes"]
    assert change["kind"] == "field-type" and change["breaking"] is True
    assert change["sdk"] == ["types.RunObject.status"]
    assert change["side"] == "response"


def test_cli_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(BASE), str(FIX / "schema_removed.yaml"), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("### API changes: Diff fixture 1.0")
    assert "| component schemas | 11 | 10 | 0 | 1 |" in out
    assert "#### Breaking for clients (1)" in out
    assert "`types.LegacyThing`" in out


def test_cli_reads_both_specs_with_a_targets_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`listMembers = "none"` in the target: the call never pages, whatever the specs infer."""
    old = (Path(__file__).parent / "fixtures" / "pagination" / "declared.yaml").read_text()
    (tmp_path / "old.yaml").write_text(old)
    (tmp_path / "new.yaml").write_text(old.replace("        - {name: after, in: query, schema: {type: string}}\n", ""))
    (tmp_path / "oasgen.toml").write_text(
        '[targets.chat]\nspec = "old.yaml"\npackage = "chat"\noutput = "out"\n'
        '[targets.chat.pagination]\nlistMembers = "none"\n'
    )
    monkeypatch.chdir(tmp_path)
    assert main(["diff", "old.yaml", "new.yaml"]) == 0
    plain = capsys.readouterr().out
    assert "no longer returns a page" in plain  # inferred paging went with `after`
    assert main(["diff", "old.yaml", "new.yaml", "--target", "chat", "--config", "oasgen.toml"]) == 0
    declared = capsys.readouterr().out
    assert "query parameter 'after' removed" in declared and "page" not in declared
    assert main(["diff", "old.yaml", "new.yaml", "--target", "chat", "--naming", "n.yaml"]) == 2
    assert "give --naming or --target" in capsys.readouterr().err
    assert main(["diff", "old.yaml", "new.yaml", "--target", "nope"]) == 2


def test_cli_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(BASE), str(tmp_path / "missing.yaml")]) == 2
    err = capsys.readouterr().err
    assert "missing.yaml: file not found" in err and "Traceback" not in err


# -- the real upstream history ----------------------------------------------------------------


@pytest.fixture(scope="session")
def upstream_diff() -> SpecDiff:
    return diff_files(UPSTREAM_2024, OPENAI_2026, naming=load_naming(OPENAI_NAMING))


REMOVED_SCHEMAS = [
    "BatchRequestInput", "BatchRequestOutput", "CancelUploadRequest", "CreateChatCompletionFunctionResponse",
    "CreateChatCompletionImageResponse", "DefaultProjectErrorResponse", "FineTuneChatRequestInput",
    "FineTuneCompletionRequestInput", "FineTunePreferenceRequestInput", "ListThreadsResponse",
]  # fmt: skip


def test_upstream_counts(upstream_diff: SpecDiff) -> None:
    s = upstream_diff.summary()
    assert (s["operations"]["old"], s["operations"]["new"]) == (110, 288)
    assert (s["component_schemas"]["old"], s["component_schemas"]["new"]) == (284, 1422)
    assert upstream_diff.schemas["removed"] == REMOVED_SCHEMAS
    assert s["component_schemas"]["added"] == 1422 - 284 + 10
    # by method + path, two operations disappear: their path parameter was renamed
    assert sorted(upstream_diff.operations["moved"]) == ["delete-project-api-key", "retrieve-project-api-key"]
    assert s["operations"]["added"] == 288 - 110
    assert s["breaking_clients"] > 50 and s["breaking_servers"] > 50


def test_upstream_names_the_removed_operations_and_schemas(upstream_diff: SpecDiff) -> None:
    text = render(upstream_diff, "text")
    moved_line = next(line for line in text.splitlines() if line.startswith("operations moved"))
    assert "retrieve-project-api-key" in moved_line and "delete-project-api-key" in moved_line
    removed_line = next(line for line in text.splitlines() if line.startswith("component schemas removed:"))
    assert all(name in removed_line for name in REMOVED_SCHEMAS)
    key_id = [c for c in upstream_diff.changes if c.kind == "parameter-removed" and "'key_id'" in c.detail]
    assert len(key_id) == 2 and all(c.breaks_clients and c.breaks_servers for c in key_id)
    assert "client.admin.organization.projects.api_keys.retrieve(key_id=...)" in {s for c in key_id for s in c.sdk}
    removed = [c for c in upstream_diff.changes if c.kind == "type-removed"]
    assert sorted(c.subject for c in removed) == REMOVED_SCHEMAS and all(c.breaks_clients for c in removed)


def test_upstream_sdk_impact(upstream_diff: SpecDiff) -> None:
    by_sdk = {s: c for c in upstream_diff.changes for s in c.sdk}
    metadata = by_sdk["client.beta.threads.create_and_run(metadata=...)"]
    assert metadata.subject == "CreateThreadAndRunRequest.metadata" and metadata.breaks_clients
    status = by_sdk["types.ChatCompletionStreamResponseDelta.role"]
    assert "'developer' added" in status.detail and status.breaks_clients and not status.breaks_servers


def test_upstream_markdown_fits_a_comment(upstream_diff: SpecDiff) -> None:
    md = render(upstream_diff, "markdown")
    assert len(md) < 65536
    assert "Component schemas removed: `BatchRequestInput`" in md
    data = json.loads(render(upstream_diff, "json"))
    assert len(data["changes"]) == len(upstream_diff.changes)


def test_sdk_keyword_is_the_generated_argument_name(tmp_path: Path) -> None:
    """A body field whose name clashes with the method's own keywords is renamed in the SDK."""
    text = (FIX / "request_field_added_required.yaml").read_text().replace("instructions", "timeout")
    new = tmp_path / "new.yaml"
    new.write_text(text)
    (change,) = diff_files(BASE, new, naming=NAMING).breaking
    assert change.subject == "CreateThreadAndRunRequest.timeout"
    assert change.sdk == ["client.beta.threads.create_and_run(timeout_=...)"]


def test_an_inline_type_renamed_by_a_new_component_breaks_clients(tmp_path: Path) -> None:
    """`RunUsage` (the inline `Run.usage`) becomes `RunUsage2` when a component takes its name:
    code importing `types.RunUsage` now gets another class."""
    old_text = """openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    Run:
      type: object
      properties:
        usage: {type: object, properties: {tokens: {type: integer}}}
"""
    new_text = old_text + "    RunUsage:\n      type: object\n      properties: {unit: {type: string}}\n"
    (tmp_path / "old.yaml").write_text(old_text)
    (tmp_path / "new.yaml").write_text(new_text)
    d = diff_files(tmp_path / "old.yaml", tmp_path / "new.yaml")
    renamed = [c for c in d.changes if c.kind == "type-renamed"]
    assert [(c.subject, c.detail, c.breaks_clients) for c in renamed] == [
        ("#/components/schemas/Run/properties/usage", "SDK class RunUsage -> RunUsage2", True)
    ]
    assert renamed[0].sdk == ["types.RunUsage", "types.RunUsage2"]


# -- identity: types are never paired by guess --------------------------------------------------

_IDENTITY_SPEC = """openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /alerts:
    get:
      operationId: listAlerts
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Alert"}}}
    post:
      operationId: createAlert
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/NewAlert"}}}
      responses: {"204": {description: done}}
components:
  schemas:
    Alert:
      type: object
      properties:
        repository: {$ref: "#/components/schemas/%(repo)s"}
        association: {$ref: "#/components/schemas/%(assoc)s"}
    NewAlert:
      type: object
      properties:
        target: {$ref: "#/components/schemas/%(target)s"}
    %(assoc)s: {type: string, enum: [OWNER, MEMBER]}
    minimal-repository:
      type: object
      required: [id]
      properties: {id: {type: integer}, name: {type: string}, git_url: {type: string}}
    simple-repository:
      type: object
      required: [id]
      properties: {id: {type: integer}, name: {type: string}}
    Target:
      type: object
      properties: {name: {type: string}}
    StrictTarget:
      type: object
      required: [name, owner]
      properties: {name: {type: string}, owner: {type: string}}
"""


def _identity_pair(tmp_path: Path, **new: str) -> SpecDiff:
    before = {"repo": "minimal-repository", "assoc": "author_association", "target": "Target"}
    (tmp_path / "old.yaml").write_text(_IDENTITY_SPEC % before)
    (tmp_path / "new.yaml").write_text(_IDENTITY_SPEC % {**before, **new})
    return diff_files(tmp_path / "old.yaml", tmp_path / "new.yaml")


def test_a_response_field_moved_to_a_model_lacking_fields_is_one_breaking_change(
    tmp_path: Path,
) -> None:
    d = _identity_pair(tmp_path, repo="simple-repository")
    (change,) = d.changes
    assert (change.kind, change.subject) == ("field-type", "Alert.repository")
    assert change.detail == (
        "field 'repository': type MinimalRepository -> SimpleRepository: lacks 1 field ('git_url')"
    )
    assert (change.breaks_clients, change.breaks_servers) == (True, False)
    assert change.lacks == ["git_url"] and change.adds == []
    assert change.sdk == ["types.Alert.repository"]
    # and back: a response model that gains a field breaks nobody
    d = diff_files(tmp_path / "new.yaml", tmp_path / "old.yaml")
    (change,) = d.changes
    assert change.adds == ["git_url"] and not change.breaking


def test_a_request_field_moved_to_a_model_with_more_required_fields_breaks_clients(
    tmp_path: Path,
) -> None:
    d = _identity_pair(tmp_path, target="StrictTarget")
    (change,) = d.changes
    assert change.subject == "NewAlert.target" and change.adds == ["owner"]
    assert (change.breaks_clients, change.breaks_servers) == (True, False)
    assert change.sdk == ["client.alerts.create(target=...)"]


def test_a_component_renamed_in_the_spec_keeping_its_class_changes_nothing(
    tmp_path: Path,
) -> None:
    d = _identity_pair(tmp_path, assoc="author-association")
    (change,) = d.changes
    assert change.kind == "type-renamed-in-spec" and not change.breaking
    assert change.detail == (
        "renamed in the spec (author_association -> author-association), no change to the SDK"
    )
    assert change.sdk == ["types.AuthorAssociation"]
    assert d.schemas["removed"] == [] and d.schemas["added"] == []
    assert d.schemas["renamed"] == ["author_association -> author-association"]


def test_cli_diff_reads_past_a_broken_ref_in_an_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Examples are documentation: a ref in one that points at nothing is a located warning."""
    text = BASE.read_text()
    broken = text.replace(
        "components:\n",
        "components:\n  examples:\n    seen: {value: 1}\n",
        1,
    )
    assert broken != text
    new = tmp_path / "new.yaml"
    new.write_text(
        broken.replace(
            "      responses:\n",
            "      responses:\n        \"418\":\n          description: teapot\n"
            "          content:\n            application/json:\n              schema: {type: object}\n"
            "              examples: {a: {$ref: '#/components/examples/gone'}}\n",
            1,
        )
    )
    assert main(["diff", str(BASE), str(new)]) == 0
    captured = capsys.readouterr()
    assert f"{new}:" in captured.err
    assert "$ref '#/components/examples/gone' points at nothing" in captured.err
    assert "oasgen diff: 1 warning" in captured.err
    assert "418 json response" in captured.out
