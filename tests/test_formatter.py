"""ruff lays out the generated code: the pinned version, isolated from any configuration, and
its output is stable under black as well (black is the oracle, as it was for the templates).

Two layouts are known to differ, neither of which the pinned specs have: an annotated
assignment whose target alone nearly fills the line (black parenthesises the annotation), and
a signature whose parameters fit on one line but whose return type does not (black keeps the
parameters on the `def` line). `test_the_known_differences_from_black` keeps them in view."""

from __future__ import annotations

import ast
import random
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import black
import pytest

from gen_support import ROOT, SEED000
from generator.emit import formatter
from generator.emit.formatter import RUFF_VERSION, FormatterError, format_files
from generator.emit.models import docstring
from generator.errors import OasgenError

def black_stable(rel: str, text: str) -> bool:
    return black.format_str(text, mode=black.Mode(is_pyi=rel.endswith(".pyi"))) == text


# -- what is formatted, and how ------------------------------------------------------------


def test_python_files_are_laid_out_and_other_files_left_as_they_are() -> None:
    files = {
        "pkg/a.py": "x = [1,\n2]\ndef f(a,b): return {'a':a}\n",
        "pkg/b.pyi": "def f(a:int)->int:\n    ...\nclass A: ...\n",
        "pkg/api.md": "x = [1,\n2]\n",
        "pyproject.toml": "[project]\nname='x'\n",
    }
    out = format_files(files)
    assert out["pkg/a.py"] == 'x = [1, 2]\n\n\ndef f(a, b):\n    return {"a": a}\n'
    assert out["pkg/b.pyi"] == "def f(a: int) -> int: ...\n\nclass A: ...\n"  # stub style
    assert out["pkg/api.md"] == files["pkg/api.md"]
    assert out["pyproject.toml"] == files["pyproject.toml"]
    assert list(out) == list(files)
    assert format_files({}) == {}


def test_paths_ruff_would_exclude_are_laid_out_too() -> None:
    """Generated paths are never matched against ruff's default exclusions (`build`, `dist`,
    `.venv`, ...) or a `.gitignore`: every file is staged under a number."""
    names = ["build", "dist", ".venv", "venv", "node_modules", "site-packages", "_build", ".git"]
    files = {f"pkg/resources/{n}/x.py": "y=1\n" for n in names}
    files["pkg/.gitignore.py"] = "y=1\n"
    assert set(format_files(files).values()) == {"y = 1\n"}


SAMPLE = {
    "pkg/m.py": (
        "from typing import Optional\n"
        "class Model:\n"
        "    def method(self, first_argument: Optional[int] = None, second_argument: str = 'a') -> None:\n"
        "        value = call_something(first_argument, second_argument, 'a third argument', 42, None)\n"
    )
}


def test_user_configuration_cannot_change_the_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = format_files(SAMPLE)
    assert "\n        value = call_something(\n" in expected["pkg/m.py"]
    settings = (
        "line-length = 40\nindent-width = 2\n"
        '[format]\nquote-style = "single"\nindent-style = "tab"\nskip-magic-trailing-comma = true\n'
    )
    hostile = tmp_path / "project"
    hostile.mkdir()
    (hostile / "ruff.toml").write_text(settings)
    (hostile / ".ruff.toml").write_text(settings)
    (hostile / "pyproject.toml").write_text(
        "[tool.ruff]\n" + settings.replace("[format]", "[tool.ruff.format]")
    )
    (hostile / ".gitignore").write_text("*\n")
    user = tmp_path / "config" / "ruff"
    user.mkdir(parents=True)
    (user / "ruff.toml").write_text(settings)
    monkeypatch.chdir(hostile)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(tempfile, "tempdir", str(hostile))  # the staging folder sits inside it
    assert format_files(SAMPLE) == expected
    # nothing left behind: no staging folder, no .ruff_cache
    assert sorted(p.name for p in hostile.iterdir()) == [".gitignore", ".ruff.toml", "pyproject.toml", "ruff.toml"]


def test_code_ruff_cannot_parse_is_named_by_its_generated_path() -> None:
    with pytest.raises(RuntimeError) as caught:
        format_files({"pkg/good.py": "y = 1\n", "pkg/resources/broken.py": "x = (\n"})
    assert "pkg/resources/broken.py:2:1" in str(caught.value)
    assert "oasgen-format-" not in str(caught.value)  # no staging name


# -- which ruff --------------------------------------------------------------------------------


@pytest.fixture
def no_packaged_ruff(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """The ruff package finds no binary, and PATH holds only an empty folder."""
    import ruff

    def missing() -> str:
        raise FileNotFoundError("no ruff")

    monkeypatch.setattr(ruff, "find_ruff_bin", missing)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", str(bin_dir))
    formatter.ruff_binary.cache_clear()
    yield bin_dir
    formatter.ruff_binary.cache_clear()


def test_missing_ruff_is_a_clear_error(no_packaged_ruff: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(FormatterError, match=rf"ruff not found.*pip install ruff=={re.escape(RUFF_VERSION)}"):
        format_files(SAMPLE)
    assert issubclass(FormatterError, OasgenError)
    from generator.cli import main

    out = tmp_path / "out"
    assert main(["generate", str(SEED000), "-o", str(out), "--package", "p", "-q"]) == 2
    err = capsys.readouterr().err
    assert "oasgen: error: ruff not found" in err and "Traceback" not in err
    assert not out.exists()  # nothing written


def test_ruff_of_another_version_is_refused(no_packaged_ruff: Path) -> None:
    fake = no_packaged_ruff / "ruff"
    fake.write_text("#!/bin/sh\necho 'ruff 0.0.1'\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    with pytest.raises(FormatterError, match=rf"is ruff 0\.0\.1: oasgen needs ruff {re.escape(RUFF_VERSION)}"):
        format_files(SAMPLE)


def test_the_packaged_ruff_comes_before_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "ruff"
    fake.write_text("#!/bin/sh\necho 'ruff 0.0.1'\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", str(tmp_path))
    formatter.ruff_binary.cache_clear()
    try:
        assert Path(formatter.ruff_binary()) != fake
        assert format_files(SAMPLE)["pkg/m.py"].startswith("from typing import Optional\n\n\nclass")
    finally:
        formatter.ruff_binary.cache_clear()


def test_the_pin_is_the_dependency_in_pyproject() -> None:
    pins = re.findall(r'"ruff==([^"]+)"', (ROOT / "pyproject.toml").read_text())
    assert pins == [RUFF_VERSION]


# -- stable under ruff and black -------------------------------------------------------------

NAMES = ["Union", "Optional", "List", "Dict", "Literal", "Annotated", "Iterable", "Required"]
WORDS = [
    "assistant_id", "CreateThreadAndRunRequestToolResources", "ChatCompletionRequestMessage",
    "vector_store_ids", "FileSearchRankingOptions", "x", "MISSING", "NotGiven", "str", "int",
]  # fmt: skip

#: Long statements of the shapes the templates and emitters write on one line.
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
    ("CreateAssistantRequestToolResourcesVariant0FileSearchVectorStore: TypeAlias = Union[A, B, C, D]", 0),
    ("value: Annotated[Optional[List[Literal[\"step_details.tool_calls[*].file_search.results[*].content\"]]], Query(alias=\"include[]\")] = None", 1),
    ("from .resources.content_provenance_checks import AsyncContentProvenanceChecks, ContentProvenanceChecks", 0),
    ("result = client.beta.threads.runs.submit_tool_outputs(thread_id=thread_id, run_id=run_id, tool_outputs=outputs)", 1),
    ("def f(self) -> Union[CreateTranscriptionResponseJson, CreateTranscriptionResponseDiarizedJson] | Stream[X]: ...", 1),
    ('compute_multiplier: Annotated[Optional[Union[Literal["auto"], Annotated[float, Field(le=10, gt=1e-05)]]], NotNull] = None', 1),
    ("limits: Annotated[float, Field(ge=-1.5e300, le=2e-07, multiple_of=1e3)] = Field(default=None, description=\"x\")", 1),
    ("return await call(handler, _CREATE_CHARACTER, video=video, name=name, credentials=credentials)", 2),
    ("async def update(self, *, group_id: str, body: UpdateGroupBody, credentials: str) -> GroupResourceWithSuccess:", 1),
    ("def __call__(self, event: ResponseCompletedWebhookEventPayload, /) -> Optional[Awaitable[None]]:", 1),
]  # fmt: skip


def _module(statement: str, depth: int, modern: bool) -> str:
    """`statement` at `depth` classes deep, with a body when it opens a block."""
    head = "from __future__ import annotations\n\n" if modern else ""
    nest = "".join(f"{'    ' * i}class _{i}:\n" for i in range(depth))
    body = "    " * (depth + 1) + "pass\n" if statement.endswith(":") else ""
    lines = "".join("    " * depth + line + "\n" for line in statement.split("\n"))
    return head + nest + lines + body


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
    shape = rng.randrange(9)
    if shape == 0:
        return f"{target}: {annotation}"
    if shape == 1:
        return f"{target}: {annotation} = None"
    if shape == 2:
        kwargs = ", ".join(f'{w}="{rng.choice(WORDS)}"' for w in rng.sample(WORDS[:6], rng.randint(1, 4)))
        return f"{target}: {annotation} = Field(default=MISSING, {kwargs})"
    if shape == 3:
        return f"{target} = {annotation}"
    if shape == 4:  # a server stub's signature: one line, its return type a name or two
        params = ", ".join(f"{w}: {_random_annotation(rng, 2)}" for w in rng.sample(WORDS, rng.randint(1, 4)))
        returns = " | ".join(rng.sample(WORDS, rng.randint(1, 2)))
        return f"async def {target}(self, *, {params}) -> {returns}:"
    if shape == 7:  # a client method's: one parameter a line, any return type
        params = "".join(f"    {w}: {_random_annotation(rng, 2)},\n" for w in rng.sample(WORDS, rng.randint(1, 4)))
        return f"def {target}(\n    self,\n{params}) -> {annotation}: ..."
    if shape == 5:
        names = ", ".join(rng.sample(WORDS, rng.randint(2, 6)))
        return f"from ..types.{target.lower()} import {names}"
    if shape == 6:
        args = ", ".join(f"{w}={w}" for w in rng.sample(WORDS, rng.randint(2, 6)))
        return f"return await call(handler, _{target.upper()}, {args})"
    return f"class {target}({', '.join(rng.sample(WORDS, rng.randint(1, 3)))}, total=False):"


def _cases() -> list[tuple[str, int, bool]]:
    rng = random.Random(20261206)
    cases = [(s, d, m) for s, d in HAND_CASES for m in (False, True)]
    while len(cases) < 500:
        statement, depth = _random_statement(rng), rng.randint(0, 3)
        if max(len(line) for line in statement.split("\n")) + 4 * depth > 88:  # needs a layout
            cases.append((statement, depth, rng.random() < 0.5))
    return cases


@pytest.mark.generation
def test_long_statements_are_laid_out_as_black_keeps_them() -> None:
    """Each long one-line statement, laid out by ruff (one process for all), is left as it is
    by black and by ruff itself."""
    sources = {f"case{i}.py": _module(*case) for i, case in enumerate(_cases())}
    laid_out = format_files(sources)
    split = sum(laid_out[rel] != sources[rel] for rel in sources)
    assert split > 0.9 * len(sources)  # laid out anew, not left long
    assert format_files(laid_out) == laid_out
    unstable = [sources[rel] for rel, text in laid_out.items() if not black_stable(rel, text)]
    assert unstable == []


@pytest.mark.generation
def test_every_file_of_a_package_is_stable_under_ruff_and_black(seed000_package: tuple[Path, dict[str, str]]) -> None:
    _out, files = seed000_package
    python = {rel: text for rel, text in files.items() if rel.endswith((".py", ".pyi"))}
    assert any(rel.endswith(".pyi") for rel in python) and len(python) > 50
    assert format_files(python) == python
    assert [rel for rel, text in python.items() if not black_stable(rel, text)] == []


# -- what the formatters would otherwise move or change ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Lowercase ISO-4217 currency e.g. "usd"',
        '"""Starts with triple quotes and ends with a quote"',
        'ends with triple quotes """',
        '"quoted"',
        'a backslash and a quote \\"',
        "two backslashes \\\\",
        'Several lines.\n\nThe last one ends with a quote: "x"',
        'Several lines.\n\nThe last ends with triple quotes """',
    ],
)
def test_docstrings_ending_in_quotes_are_stable_under_ruff_and_black(text: str) -> None:
    """Class and attribute docstrings alike: ruff drops the space black keeps after an escaped
    quote, so no docstring ends with one."""
    doc = docstring(text, "    ")
    assert doc is not None
    source = f"class A:\n    {doc}\n\n    x: int\n    {doc}\n"
    assert format_files({"m.py": source}) == {"m.py": source}
    assert black_stable("m.py", source)
    tree = ast.parse(source)
    values = [n.value.value for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)]
    expected = "\n".join(line.strip() for line in text.split("\n"))
    assert [" ".join(v.split()) for v in values] == [" ".join(expected.split())] * 2


def test_deprecated_wrappers_keep_their_pragma_on_the_deprecated_line(tmp_path: Path) -> None:
    """mypy reports a deprecated method where it is read: after ruff, the `# type: ignore`
    must still be on that line, however long the method's name."""
    from generator.pipeline import Target, build_api, render_package

    long_name = "list_the_things_of_the_organization_with_a_very_long_name"
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n"
        "  /things:\n    get:\n      operationId: listThings\n"
        "      deprecated: true\n      responses: {'200': {description: ok}}\n"
        "    post:\n      operationId: make\n      deprecated: true\n"
        "      responses: {'200': {description: ok}}\n"
    )
    naming = tmp_path / "naming.yaml"
    naming.write_text(f"listThings: things.{long_name}\nmake: things.make\n")
    files = render_package(build_api(Target(str(spec), "pkg", naming=str(naming))), "pkg")
    resource = files["pkg/resources/things.py"]
    # as one line, the longest wrapper would not fit: ruff would split it
    assert len(f"        self.{long_name} = async_to_streamed_response_wrapper(resource.{long_name})") > 88
    pragmas = [line.strip() for line in resource.splitlines() if "# type: ignore[deprecated" in line]
    assert len(pragmas) == 8  # two methods, four wrappers each
    assert {p.split("  #")[0] for p in pragmas} == {f"resource.{long_name}", "resource.make"}


@pytest.mark.parametrize(
    "source",
    [
        f"class A:\n    {('very_long_property_name_' * 4)[:80]}: int = 0\n",
        "class H:\n    async def create(self, *, body: Body, credentials: str) -> Union["
        f"{'A' * 32}, AsyncIterator[{'B' * 32}]]: ...\n",
    ],
    ids=["long-annotated-name", "long-return-type"],
)
def test_the_known_differences_from_black(source: str) -> None:
    """Where ruff and black part. Ruff's layout is kept (valid, ruff-stable code); should a
    new ruff agree with black, this test says so."""
    laid_out = format_files({"m.py": source})["m.py"]
    assert format_files({"m.py": laid_out})["m.py"] == laid_out
    assert not black_stable("m.py", laid_out)
    compile(laid_out, "m.py", "exec")
