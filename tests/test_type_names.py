"""Names of inline types: from what a schema means, never from its position, and stable.

A union member is named by its slot (when it is the only real member), its title, its
discriminator value or a property no sibling has; a number is the last resort. Component names
are claimed before any inline name, so a change elsewhere in a spec renames nothing unrelated.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from generator.ir import Api
from generator.load.loader import load_spec
from generator.normalize.normalizer import normalize
from tests.test_normalizer import build, fields, model, named

ROOT = Path(__file__).resolve().parent.parent
OPENAI = ROOT / "specs" / "openai-2026-08-21.yaml"


def names(api: Api) -> dict[str, str]:
    """Type id (file and pointer of its schema) -> class name."""
    return {t.id: t.name for t in api.types}


def test_the_only_real_member_of_a_nullable_union_takes_the_slot_name(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Assistant:
          type: object
          properties:
            tool_resources:
              anyOf:
                - type: object
                  properties:
                    code_interpreter: {type: object, properties: {file_ids: {type: array, items: {type: string}}}}
                - type: "null"
            attachments:
              oneOf:
                - type: array
                  items: {type: object, properties: {file_id: {type: string}}}
                - {nullable: true}
        """,
        version="3.1.0",
    )
    got = set(names(api).values())
    assert {"AssistantToolResources", "AssistantToolResourcesCodeInterpreter", "AssistantAttachment"} <= got
    assert not [n for n in got if re.search(r"Variant\d", n)]
    tool_resources = fields(model(api, "Assistant"))["tool_resources"]
    assert tool_resources == named("#/components/schemas/Assistant/properties/tool_resources/anyOf/0", nullable=True)


def test_a_component_that_is_one_object_or_null_is_that_object(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Prompt:
          description: A prompt template.
          anyOf:
            - type: object
              required: [id]
              properties: {id: {type: string}, version: {type: string}}
            - type: "null"
        Request:
          type: object
          properties:
            prompt: {$ref: "#/components/schemas/Prompt"}
            copy:
              description: A prompt template.
              anyOf:
                - type: object
                  required: [id]
                  properties: {id: {type: string}, version: {type: string}}
                - type: "null"
        """,
        version="3.1.0",
    )
    prompt = model(api, "Prompt")
    assert prompt.kind == "object" and [f.name for f in prompt.fields] == ["id", "version"]
    assert prompt.description == "A prompt template."
    assert not [n for n in names(api).values() if n.startswith("Prompt") and n != "Prompt"]
    request = fields(model(api, "Request"))
    # null stays allowed wherever the component is used, also through an inline copy of it
    assert request["prompt"] == named("#/components/schemas/Prompt", nullable=True)
    assert request["copy"] == named("#/components/schemas/Prompt", nullable=True)


def test_members_are_named_by_title_discriminator_value_or_distinguishing_property(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Source:
          type: object
          properties:
            origin:
              oneOf:
                - {type: object, title: Raw bytes, properties: {data: {type: string}}}
                - type: object
                  required: [channel, address]
                  properties: {channel: {type: string, enum: [e-mail]}, address: {type: string}}
                - type: object
                  required: [url]
                  properties: {url: {type: string}, note: {type: string}}
                - type: object
                  properties: {note: {type: string}, file_id: {type: string}}
                - type: object
                  properties: {note: {type: string}}
              discriminator: {propertyName: channel}
        """,
        version="3.1.0",
    )
    by_pointer = {tid.rsplit("/", 1)[-1]: name for tid, name in names(api).items() if "/oneOf/" in tid}
    assert by_pointer == {
        "0": "SourceOriginRawBytes",  # title
        "1": "SourceOriginEMail",  # value of the declared discriminator
        "2": "SourceOriginUrl",  # the required property no sibling has
        "3": "SourceOriginFileId",  # a property no sibling has
        "4": "SourceOriginVariant4",  # nothing tells it apart: its place
    }


def test_members_whose_meanings_clash_fall_back_to_the_next_meaning(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Event:
          type: object
          properties:
            payload:
              anyOf:
                - type: object
                  title: Message
                  required: [type, text]
                  properties: {type: {type: string, enum: [message]}, text: {type: string}}
                - type: object
                  title: Message
                  required: [type, image]
                  properties: {type: {type: string, enum: [image]}, image: {type: string}}
        """,
        version="3.1.0",
    )
    got = sorted(n for n in names(api).values() if n.startswith("EventPayload"))
    # both step past the shared title to what tells them apart
    assert got == ["EventPayloadImage", "EventPayloadText"]


def test_the_one_array_of_models_lends_its_items_the_union_name(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Moderation:
          type: object
          properties:
            input:
              anyOf:
                - type: string
                - {type: array, items: {type: string}}
                - type: array
                  items:
                    oneOf:
                      - type: object
                        required: [type, image_url]
                        properties: {type: {type: string, enum: [image_url]}, image_url: {type: string}}
                      - type: object
                        required: [type, text]
                        properties: {type: {type: string, enum: [text]}, text: {type: string}}
        """,
        version="3.1.0",
    )
    assert {"ModerationInputImageUrl", "ModerationInputText"} <= set(names(api).values())


def test_words_repeated_at_the_seam_are_said_once(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """
        Session:
          type: object
          properties:
            tracing:
              anyOf:
                - {type: string, enum: [auto]}
                - {type: object, title: Tracing Configuration, properties: {group_id: {type: string}}}
                - {type: object, title: Tracing, properties: {x: {type: string}}}
        """,
        version="3.1.0",
    )
    got = {n for n in names(api).values() if n.startswith("SessionTracing")}
    # a title that only repeats the slot's last word is kept whole: the member keeps a name
    assert got == {"SessionTracingConfiguration", "SessionTracingTracing"}


def test_a_new_inline_type_never_renames_a_component(tmp_path: Path) -> None:
    component = """
        AB:
          type: object
          properties: {y: {type: string}}
    """
    before = build(tmp_path, component)
    after = build(
        tmp_path,
        """
        A:
          type: object
          properties:
            b: {type: object, properties: {x: {type: string}}}
        """
        + component,
    )
    assert names(before)["#/components/schemas/AB"] == names(after)["#/components/schemas/AB"] == "AB"
    assert names(after)["#/components/schemas/A/properties/b"] == "AB2"


def test_a_new_union_member_renames_none_of_its_siblings(tmp_path: Path) -> None:
    members = """
                - type: object
                  required: [type, text]
                  properties: {type: {type: string, enum: [text]}, text: {type: string}}
                - type: object
                  required: [url]
                  properties: {url: {type: string}}
    """
    schema = """
        Part:
          type: object
          properties:
            content:
              oneOf:
    """
    new = """
                - type: object
                  title: Audio clip
                  properties: {audio: {type: string}}
    """
    before = names(build(tmp_path, schema + members, version="3.1.0"))
    after = names(build(tmp_path, schema + new + members, version="3.1.0"))
    assert sorted(before.values()) == ["Part", "PartContentText", "PartContentUrl"]
    assert sorted(after.values()) == ["Part", "PartContentAudioClip", "PartContentText", "PartContentUrl"]


def test_openai_names_survive_unrelated_changes_to_the_spec(api_of: Callable[..., Api]) -> None:
    """Every type of the pinned spec keeps its name when a component whose name one of them
    would have liked is added, when a union gains a member, and when an operation goes."""
    document = yaml.safe_load(OPENAI.read_text(encoding="utf-8"))
    base = names(api_of(document))
    assert not [n for n in base.values() if re.search(r"Variant\d", n) and n != "VideoContentVariant"]

    changed = copy.deepcopy(document)
    schemas = changed["components"]["schemas"]
    # a component named like an inline type, added at the front of the components
    changed["components"]["schemas"] = {
        "AssistantObjectToolResourcesFileSearch": {"type": "object", "properties": {"x": {"type": "string"}}},
        **schemas,
    }
    # a new member at the front of an inline union
    members = schemas["CreateModerationRequest"]["properties"]["input"]["oneOf"]
    members.insert(0, {"type": "object", "title": "Video frames", "properties": {"frames": {"type": "array"}}})
    # an operation removed
    del changed["paths"]["/moderations"]
    after = names(api_of(changed))

    moved = {
        tid: (name, after[tid])
        for tid, name in base.items()
        if tid in after and after[tid] != name and "/CreateModerationRequest/properties/input/oneOf/" not in tid
    }
    # the one inline type whose name the new component took, and the types named inside it
    assert moved == {
        tid: (name, name.replace("AssistantObjectToolResourcesFileSearch", "AssistantObjectToolResourcesFileSearch2"))
        for tid, name in base.items()
        if name.startswith("AssistantObjectToolResourcesFileSearch")
    }
    assert moved, "the clash with the new component was not exercised"
    # members of the union that grew keep their names, now one place further on
    grown = "#/components/schemas/CreateModerationRequest/properties/input/oneOf/"
    in_grown = [tid for tid in base if tid.startswith(grown)]
    assert len(in_grown) >= 2, in_grown
    for tid, name in base.items():
        if tid.startswith(grown):
            index, rest = tid[len(grown) :].split("/", 1)
            assert after[f"{grown}{int(index) + 1}/{rest}"] == name


# -- class names from the naming file --------------------------------------------------------

RENAMED_SPEC = """
Voice:
  type: object
  properties:
    voice:
      anyOf:
        - {type: string}
        - type: object
          required: [id]
          properties:
            id: {type: string}
            settings: {type: object, properties: {speed: {type: number}}}
Prompt:
  anyOf:
    - {type: object, required: [id], properties: {id: {type: string}}}
    - {type: "null"}
"""


def _renamed(tmp_path: Path, naming: str) -> tuple[Api, list[Any]]:
    from generator.errors import Problem
    from generator.normalize.naming_file import load_naming

    (tmp_path / "naming.yaml").write_text(naming, encoding="utf-8")
    (tmp_path / "spec.yaml").write_text(
        'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n'
        + "\n".join("    " + line for line in RENAMED_SPEC.strip().splitlines())
        + "\n",
        encoding="utf-8",
    )
    problems: list[Problem] = []
    api = normalize(load_spec(tmp_path / "spec.yaml"), naming_overrides=load_naming(tmp_path / "naming.yaml"), problems=problems)
    return api, problems


def test_the_naming_file_gives_types_their_class_names(tmp_path: Path) -> None:
    api, problems = _renamed(
        tmp_path,
        '"*":\n  types:\n'
        '    "#/components/schemas/Voice/properties/voice/anyOf/1": CustomVoice\n'
        '    "#/components/schemas/Prompt": PromptTemplate\n',
    )
    got = {t.id: (t.name, t.module) for t in api.types}
    assert got["#/components/schemas/Voice/properties/voice/anyOf/1"] == ("CustomVoice", "custom_voice")
    # the types named after it follow it
    assert got["#/components/schemas/Voice/properties/voice/anyOf/1/properties/settings"][0] == "CustomVoiceSettings"
    assert got["#/components/schemas/Prompt"] == ("PromptTemplate", "prompt_template")
    assert problems == []


def test_a_class_name_for_no_type_is_a_located_warning(tmp_path: Path) -> None:
    _, problems = _renamed(tmp_path, '"*":\n  types:\n    "#/components/schemas/Gone": Gone\n')
    (problem,) = problems
    assert "'#/components/schemas/Gone' is no generated type" in problem.message
    assert problem.location.file.endswith("naming.yaml") and problem.location.line == 3


def test_a_class_name_already_taken_is_refused_where_it_is_given(tmp_path: Path) -> None:
    import pytest

    from generator.normalize.naming_file import NamingError

    with pytest.raises(NamingError) as err:
        _renamed(tmp_path, '"*":\n  types:\n    "#/components/schemas/Voice/properties/voice/anyOf/1": Prompt\n')
    assert "the class name 'Prompt' is already taken" in str(err.value)
    assert err.value.location is not None and err.value.location.line == 3


def test_malformed_type_entries_are_refused(tmp_path: Path) -> None:
    import pytest

    from generator.normalize.naming_file import NamingError, load_naming

    for entry, message in [
        ('"*":\n  types: [Foo]\n', "`types` must map schema pointers"),
        ('"*":\n  types: {Voice: Foo}\n', "not a JSON pointer"),
        ('"*":\n  types: {"#/components/schemas/Voice": lower_case}\n', "is not a class name"),
        ('createVoice:\n  types: {"#/components/schemas/Voice": Foo}\n', "unknown key 'types'"),
    ]:
        (tmp_path / "bad.yaml").write_text(entry, encoding="utf-8")
        with pytest.raises(NamingError, match=message):
            load_naming(tmp_path / "bad.yaml")


def test_type_names_survive_a_naming_file_written_from_an_api_reference(tmp_path: Path) -> None:
    from generator.normalize.naming_file import load_naming
    from generator.workflow.sdk_reference import match_reference, read_reference, render_naming

    api, _ = _renamed(tmp_path, '"*":\n  types:\n    "#/components/schemas/Prompt": PromptTemplate\n')
    (tmp_path / "api.md").write_text("# Things\n", encoding="utf-8")
    base = load_naming(tmp_path / "naming.yaml")
    result = match_reference(read_reference(tmp_path / "api.md"), api, base=base)
    (tmp_path / "again.yaml").write_text(render_naming(result, "api.md"), encoding="utf-8")
    again = load_naming(tmp_path / "again.yaml")["*"]
    assert not isinstance(again, str)
    assert [(p, c) for p, c, _ in again.types] == [("#/components/schemas/Prompt", "PromptTemplate")]
