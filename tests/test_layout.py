"""The layout port splits long statements exactly as black does, and declines what it can't model."""

from __future__ import annotations

import random

import black
import pytest

from generator.emit import layout
from generator.emit.render import finish, relayout_long_lines

MODE = black.Mode()

NAMES = ["Union", "Optional", "List", "Dict", "Literal", "Annotated", "Iterable", "Required"]
WORDS = [
    "assistant_id", "CreateThreadAndRunRequestToolResources", "ChatCompletionRequestMessage",
    "vector_store_ids", "FileSearchRankingOptions", "x", "MISSING", "NotGiven", "str", "int",
]  # fmt: skip


def black_statement(statement: str, depth: int) -> str:
    body = "    " * (depth + 1) + "pass\n" if statement.endswith(":") else ""
    source = "".join(f"{'    ' * i}class _{i}:\n" for i in range(depth)) + "    " * depth + statement + "\n" + body
    out = black.format_str(source, mode=MODE).rstrip("\n").split("\n")[depth:]
    return "\n".join(out[:-1] if body else out)


HAND_CASES = [
    ("class WebSearchApproximateLocationWebSearchApproximateLocationParam(TypedDict, total=False):", 0),
    ('summary: Optional[List[Literal["project_id", "user_id", "api_key_id", "model", "batch"]]] = None', 1),
    ('group_by: Union[List[Literal["project_id", "user_id", "api_key_id", "model", "context_level"]], MISSING] = MISSING', 1),
    ('instructions: Union[Optional[str], MISSING] = Field(default=MISSING, description="Override the default system message of the assistant.")', 1),
    ("chunking_strategy: Union[CreateAssistantRequestToolResourcesVariant0FileSearchVectorStoreChunkingStrategy, MISSING] = MISSING", 1),
    ("__all__ = [\"CreateThreadAndRunRequest\", \"CreateThreadAndRunRequestToolResources\", \"ToolChoice\", \"Truncation\"]", 0),
    ("self.get_data_retention = async_to_raw_response_wrapper(resource.get_data_retention_for_the_organization)", 2),
    ("return HostedToolPermissionsWithRawResponse(self._resource.hosted_tool_permissions_of_the_organization)", 2),
    ("def create_and_run(self, *, assistant_id: str, thread: Union[CreateThreadRequestParam, NotGiven] = NOT_GIVEN) -> RunObject: ...", 1),
    ("async def list(self, after: Union[str, NotGiven] = NOT_GIVEN) -> AsyncPaginator[ChatCompletionMessageListData, AsyncCursorPage[ChatCompletionMessageListData]]:", 1),
    ("fine_tuning_checkpoints_permissions: Optional[FineTuningCheckpointsPermissionsHandler] = None", 1),
    ("CreateAssistantRequestToolResourcesVariant0FileSearchVectorStoreChunkingStrategyStaticChunkingStrategyAlias: TypeAlias = Union[A, B]", 0),
    ("value: Annotated[Optional[List[Literal[\"step_details.tool_calls[*].file_search.results[*].content\"]]], Query(alias=\"include[]\")] = None", 1),
    ("from .resources.content_provenance_checks import AsyncContentProvenanceChecks, ContentProvenanceChecks", 1),
    ("x = {\"alpha\": alpha_value_that_is_long, \"beta\": beta_value_that_is_long, \"gamma\": gamma_value_long}", 1),
    ("result = client.beta.threads.runs.submit_tool_outputs(thread_id=thread_id, run_id=run_id, tool_outputs=outputs)", 1),
    ("def f(self) -> Union[CreateTranscriptionResponseJson, CreateTranscriptionResponseDiarizedJson] | Stream[X]: ...", 1),
    ('compute_multiplier: Annotated[Optional[Union[Literal["auto"], Annotated[float, Field(le=10, gt=1e-05)]]], NotNull] = None', 1),
    ("limits: Annotated[float, Field(ge=-1.5e300, le=2e-07, multiple_of=1e3)] = Field(default=None, description=\"x\")", 1),
]  # fmt: skip


@pytest.mark.parametrize(("statement", "depth"), HAND_CASES)
def test_statements_split_as_black_does(statement: str, depth: int) -> None:
    ours = layout.split_statement(statement, depth)
    if ours is None:
        pytest.fail(f"declined: {statement}")
    assert ours == black_statement(statement, depth)


def _random_annotation(rng: random.Random, depth: int = 0) -> str:
    roll = rng.random()
    if depth > 3 or roll < 0.3:
        return rng.choice(WORDS)
    if roll < 0.45:
        values = ", ".join(f'"{rng.choice(WORDS)}"' for _ in range(rng.randint(1, 6)))
        return f"Literal[{values}]"
    name = rng.choice(NAMES)
    args = ", ".join(_random_annotation(rng, depth + 1) for _ in range(rng.randint(1, 4)))
    return f"{name}[{args}]"


def _random_statement(rng: random.Random) -> str:
    target = rng.choice(WORDS)
    annotation = _random_annotation(rng)
    shape = rng.randrange(6)
    if shape == 0:
        return f"{target}: {annotation}"
    if shape == 1:
        return f"{target}: {annotation} = None"
    if shape == 2:
        kwargs = ", ".join(f'{w}="{rng.choice(WORDS)}"' for w in rng.sample(WORDS[:6], rng.randint(1, 4)))
        return f"{target}: {annotation} = Field(default=MISSING, {kwargs})"
    if shape == 3:
        return f"{target} = {annotation}"
    if shape == 4:
        params = ", ".join(f"{w}: {_random_annotation(rng, 2)}" for w in rng.sample(WORDS, rng.randint(1, 4)))
        return f"def {target}(self, {params}) -> {annotation}:"
    return f"class {target}({', '.join(rng.sample(WORDS, rng.randint(1, 3)))}, total=False):"


def test_random_statements_match_black() -> None:
    rng = random.Random(20261123)
    checked = declined = 0
    for _ in range(600):
        statement = _random_statement(rng)
        depth = rng.randint(0, 3)
        if len(statement) + 4 * depth <= 88:
            continue
        ours = layout.split_statement(statement, depth)
        if ours is None:
            # Only signatures whose return type explodes (black's second pass) are declined.
            assert statement.startswith("def "), statement
            declined += 1
            continue
        assert ours == black_statement(statement, depth), statement
        checked += 1
    assert checked > 300
    assert declined < checked / 4


def test_element_lines_match_black() -> None:
    """A parameter or argument line inside an already split call or signature."""
    rng = random.Random(7)
    checked = 0
    for _ in range(300):
        element = f"{rng.choice(WORDS)}: {_random_annotation(rng)} = NOT_GIVEN,"
        if len(element) + 8 <= 88:
            continue
        source = f"def f(\n    self,\n    {element}\n) -> None:\n    pass\n"
        expected = black.format_str(source, mode=MODE)
        assert finish(source) == expected, element
        checked += 1
    assert checked > 100


def test_random_signature_tails_match_black() -> None:
    rng = random.Random(11)
    checked = 0
    for _ in range(300):
        tail = f") -> {_random_annotation(rng)}:" + rng.choice(["", " ..."])
        if len(tail) + 4 <= 88:
            continue
        body = "" if tail.endswith("...") else "        pass\n"
        source = f"from __future__ import annotations\n\n\nclass A:\n    def f(\n        self,\n    {tail}\n{body}"
        relaid = relayout_long_lines(source)
        if relaid is None:
            continue
        assert relaid.rstrip("\n") + "\n" == black.format_str(source, mode=MODE), tail
        checked += 1
    assert checked > 100


def test_signature_tail_matches_black() -> None:
    source = (
        "class A:\n"
        "    def f(\n"
        "        self,\n"
        "        x: int,\n"
        "    ) -> Union[CreateTranscriptionResponseJson, CreateTranscriptionResponseDiarizedJson, Verbose]: ...\n"
    )
    assert finish(source) == black.format_str(source, mode=MODE)


@pytest.mark.parametrize(
    "statement",
    [
        "x = a_very_long_name_for_a_value + another_very_long_name_for_a_value + yet_another_long_one_here",
        "x = [item for item in some_very_long_iterable_name_here if item is not None and item.enabled_flag]",
        "x = first_value_with_a_long_name if some_condition_that_is_long else other_value_with_long_name",
        "x = call_something(argument_one, argument_two)  # a trailing comment that makes it all too long",
        'x = "implicit" "concatenation" "of strings that is long enough to need a split at some point"',
        "x = call_something(first_argument_of_the_call, second_argument_of_the_call, third_argument,)",
    ],
)
def test_unmodelled_syntax_is_declined_not_guessed(statement: str) -> None:
    assert len(statement) > 88  # long enough that a layout would be needed
    assert layout.split_statement(statement, 0) is None


def test_file_with_unmodelled_line_falls_back_to_black() -> None:
    source = "x = a_very_long_name_for_a_value + another_very_long_name_for_a_value + yet_another_long_one\n"
    assert relayout_long_lines(source) is None
    assert finish(source) == black.format_str(source, mode=MODE)


def test_exploded_return_type_after_split_parameters_matches_black() -> None:
    """Black's second pass sees the exploded return type's magic comma; the layout must agree."""
    source = (
        "from __future__ import annotations\n\n\n"
        "class Transcriptions:\n"
        "    def create(\n"
        "        self,\n"
        "        *,\n"
        "        file: FileTypes,\n"
        "    ) -> Union[CreateTranscriptionResponseJson, CreateTranscriptionResponseDiarizedJson, CreateTranscriptionResponseVerboseJson]: ...\n\n"
        "    def union(\n"
        "        self,\n"
        "    ) -> Union[CreateTranscriptionResponseJson, CreateTranscriptionResponseDiarizedJson, CreateTranscriptionResponseVerboseJson] | Stream[CreateTranscriptionResponseStreamEvent]: ...\n\n"
        "    async def stream(\n"
        "        self,\n"
        "    ) -> Union[Union[CreateTranscriptionResponseJson, CreateTranscriptionResponseDiarizedJson, CreateTranscriptionResponseVerboseJson], AsyncIterator[CreateTranscriptionResponseStreamEvent]]:\n"
        "        pass\n"
    )
    assert relayout_long_lines(source) is not None
    assert finish(source) == black.format_str(source, mode=MODE)


def test_the_pinned_specs_need_no_black(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every long statement of the OpenAI package and seed 001 is laid out by the port."""
    from gen_support import ALL_PARTS, OPENAI_2026, ROOT, SEED001
    from generator.emit import render
    from generator.pipeline import Target, build_api, render_package

    monkeypatch.setenv("OASGEN_JOBS", "1")  # count in this process
    before = render.fallbacks
    for spec, naming in ((OPENAI_2026, ROOT / "specs" / "openai-2026-08-21.naming.yaml"), (SEED001, None)):
        api = build_api(Target(str(spec), "pkg", naming=str(naming) if naming else None))
        render_package(api, "pkg", emit=ALL_PARTS)
    assert render.fallbacks == before
