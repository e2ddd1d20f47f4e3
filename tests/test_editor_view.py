"""The generated SDK as an editor shows it: method docstrings with `Args:`, absolute links,
deprecations a type checker reports, and pyright (from npm, like Prism) next to mypy."""

from __future__ import annotations

import ast
import asyncio
import functools
import importlib
import inspect
import json
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any, Iterator

import pytest

from gen_support import ALL_PARTS, ROOT, SEED000
from prism_support import free_port

NOTES = ROOT / "tests" / "fixtures" / "editor" / "notes.yaml"
DOCS_URL = "https://docs.example.com"
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
REQUEST_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")


@functools.cache
def _built(name: str) -> tuple[Any, Any]:
    """(target, IR) of a configured target, built once for this module."""
    from generator.workflow.check import build_target
    from generator.workflow.config import load_config

    target = load_config(ROOT / "pyproject.toml").targets[name]
    return target, build_target(target).api


def _pyright(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    assert PYRIGHT.exists(), f"{PYRIGHT} is missing: run `npm ci` (package.json pins pyright)"
    return subprocess.run(
        [str(PYRIGHT), "--pythonpath", sys.executable, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Any]]:
    from generator.pipeline import Target, build_api, render_package, render_scaffold
    from generator.workflow.writer import write

    out = tmp_path_factory.mktemp("notes")
    api = build_api(Target(str(NOTES), "notes_client", docs_url=DOCS_URL))
    write(out, render_package(api, "notes_client", emit=ALL_PARTS))
    for rel, text in render_scaffold(api, "notes_client").items():
        (out / rel).write_text(text)
    sys.path.insert(0, str(out))
    yield out, api
    sys.path.remove(str(out))
    for name in [m for m in sys.modules if m == "notes_client" or m.startswith("notes_client.")]:
        del sys.modules[name]


# -- the IR's prose ----------------------------------------------------------------------


def test_absolute_links_in_every_form_markdown_and_html_have() -> None:
    from generator.normalize.prose import absolute_links

    text = (
        "See [threads](/docs/threads), [runs]( </docs/runs#create>) and <a href=\"/docs/x\">x</a>.\n"
        "[ref]: /docs/ref\n"
        "Left alone: [web](https://example.com/a), [cdn](//cdn.example.com/x), [here](#anchor), "
        "a path `/v1/threads` and (/not/a/link)."
    )
    assert absolute_links(text, "https://docs.example.com/") == (
        "See [threads](https://docs.example.com/docs/threads), [runs]( <https://docs.example.com/docs/runs#create>) "
        "and <a href=\"https://docs.example.com/docs/x\">x</a>.\n"
        "[ref]: https://docs.example.com/docs/ref\n"
        "Left alone: [web](https://example.com/a), [cdn](//cdn.example.com/x), [here](#anchor), "
        "a path `/v1/threads` and (/not/a/link)."
    )


def test_deprecation_reason_from_an_extension_or_the_description() -> None:
    from generator.normalize.prose import deprecation_reason

    assert deprecation_reason({"x-deprecation-reason": " Use  v2. "}, "Deprecated: old.") == "Use v2."
    assert deprecation_reason({}, "Lists files. **Deprecated:** use `list_v2` instead. More.") == (
        "Deprecated: use `list_v2` instead."
    )
    assert deprecation_reason({}, "Lists files.") is None
    assert deprecation_reason({}, None) is None


def test_links_stay_relative_without_a_docs_url() -> None:
    from generator.pipeline import Target, build_api

    api = build_api(Target(str(NOTES), "notes_client"))
    op = next(op for op in api.operations if op.id == "createNote")
    assert op.description is not None and "[notebook](/docs/api/notebooks)" in op.description
    assert api.description is not None and "(/docs/guide)" in api.description


# -- docstrings ---------------------------------------------------------------------------


def _method_docstrings(package: Path, api: Any) -> Iterator[tuple[str, Any, str | None]]:
    """(where, operation, docstring) of every def of every client method: sync and async,
    overloads and implementations."""
    ops = {op.id: op for op in api.operations}
    for res in api.resources:
        tree = ast.parse((package / (res.module.replace(".", "/") + ".py")).read_text())
        classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
        for cls in (res.class_name, "Async" + res.class_name):
            for op_id in res.operations:
                op = ops[op_id]
                defs = [
                    n
                    for n in classes[cls].body
                    if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == op.py_name
                ]
                assert defs, f"{cls}.{op.py_name} not found"
                for n in defs:
                    yield f"{res.module}.{cls}.{op.py_name}:{n.lineno}", op, ast.get_docstring(n)


def _check_docstrings(package: Path, api: Any) -> int:
    count = 0
    problems = []
    for where, op, doc in _method_docstrings(package, api):
        count += 1
        if doc is None or "\nArgs:\n" not in doc:
            problems.append(f"{where}: no Args section")
            continue
        args = doc.split("\nArgs:\n", 1)[1]
        described = [a.py_name for a in op.arguments if a.description or a.deprecated]
        for name in described + list(REQUEST_OPTIONS):
            if not re.search(rf"^    {re.escape(name)}:( |$)", args, re.M):
                problems.append(f"{where}: argument {name} is not described")
        if op.summary and op.summary.split()[0] not in doc.split("\nArgs:\n", 1)[0]:
            problems.append(f"{where}: the summary is missing")
        if "](/" in doc:
            problems.append(f"{where}: a relative link is left")
    assert problems == []
    return count


def test_every_method_def_documents_its_arguments(notes: tuple[Path, Any]) -> None:
    out, api = notes
    # createNote streams: three overloads and the implementation, sync and async
    assert _check_docstrings(out / "notes_client", api) == 2 * (4 + 1 + 1)


def test_openai_methods_document_their_arguments() -> None:
    """The committed OpenAI package (kept in step by `oasgen check`): every def of every method."""
    target, api = _built("openai")
    count = _check_docstrings(target.output / target.package, api)
    assert count >= 2 * len(api.operations)
    run = next(op for op in api.operations if op.id == "createThreadAndRun")
    assert sum(1 for a in run.arguments if a.description) >= 14  # nullable members' texts too


def test_docstring_layout(notes: tuple[Path, Any]) -> None:
    pkg: Any = importlib.import_module("notes_client")
    client = pkg.Client()
    doc = inspect.getdoc(client.notes.create)
    assert doc is not None
    assert doc.startswith("Create a note.\n\nWrites a note to a [notebook](https://docs.example.com/docs/api/notebooks),")
    assert "Deprecated: Notes are written as drafts now; use client.drafts.create()." in doc
    args = doc.split("\nArgs:\n", 1)[1]
    # wrapped, with the text's own paragraphs and list kept, hanging under the name
    assert "    text: The note's text, in markdown." in args
    assert "\n        Rules:\n        - at most 10,000 characters," in args
    assert "\n          plain text by the server\n        - no HTML\n" in args
    assert "    colour: The note's colour, as a CSS colour name." in args  # from the non-null member
    assert "    legacy_tag: Deprecated. A tag, from the time before notebooks." in args
    assert all(len(line) <= 80 for line in doc.splitlines() if "](" not in line)
    assert inspect.getdoc(pkg.AsyncClient().notes.create) == doc


def test_api_md_says_the_same(notes: tuple[Path, Any]) -> None:
    out, _ = notes
    md = (out / "notes_client" / "api.md").read_text()
    section = md.split("### `client.notes.create(", 1)[1].split("\n### ", 1)[0]
    assert "Writes a note to a [notebook](https://docs.example.com/docs/api/notebooks)," in section
    assert "Deprecated: Notes are written as drafts now" in section
    assert "- `colour: Optional[str]` (optional):\n  The note's colour, as a CSS colour name.\n" in section
    assert "- `legacy_tag: str` (optional):\n  Deprecated. A tag, from the time before notebooks.\n" in section
    assert "  Rules:\n  - at most 10,000 characters" in section
    assert "](/" not in md


def test_models_mark_deprecated_fields(notes: tuple[Path, Any]) -> None:
    out, _ = notes
    text = (out / "notes_client" / "types" / "note.py").read_text()
    assert 'legacy_tag: Annotated[Optional[str], NotNull] = Field(default=None, deprecated=True)\n    """Deprecated."""' in text


# -- named aliases for long enums ---------------------------------------------------------


def test_long_inline_enums_are_named_once(notes: tuple[Path, Any]) -> None:
    out, api = notes
    alias = next(t for t in api.types if t.name == "CreateNoteRequestFont")
    assert alias.kind == "alias" and alias.alias_of is not None and alias.alias_of.open  # any other string too
    source = (out / "notes_client" / "resources" / "notes.py").read_text()
    assert "font: Union[CreateNoteRequestFontParam, NotGiven] = NOT_GIVEN," in source
    assert 'size: Union[Literal["small", "medium", "large"], NotGiven] = NOT_GIVEN,' in source  # short: inline
    model = (out / "notes_client" / "types" / "create_note_request.py").read_text()
    assert re.search(r"^    font: .*\bCreateNoteRequestFont\b", model, re.M)
    assert "Literal" not in re.search(r"^    font: .*$", model, re.M).group(0)  # type: ignore[union-attr]


def test_alias_threshold_is_a_setting() -> None:
    from generator.pipeline import Target, build_api

    inline = build_api(Target(str(NOTES), "notes_client", alias_threshold=0))
    assert not any(t.name.startswith("CreateNoteRequestFont") for t in inline.types)
    low = build_api(Target(str(NOTES), "notes_client", alias_threshold=2))
    assert {"CreateNoteRequestFont", "CreateNoteRequestSize"} <= {t.name for t in low.types}


def test_no_openai_signature_spells_out_a_long_enum() -> None:
    target, _ = _built("openai")
    longest = 0
    for path in (target.output / target.package / "resources").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "Literal":
                size = len(node.slice.elts) if isinstance(node.slice, ast.Tuple) else 1
                longest = max(longest, size)
    assert 0 < longest <= target.alias_threshold


# -- deprecations -------------------------------------------------------------------------


def test_deprecated_methods_warn_at_run_time(notes: tuple[Path, Any]) -> None:
    pkg: Any = importlib.import_module("notes_client")
    base = f"http://127.0.0.1:{free_port()}"  # nothing listens: the call fails after the warning
    client = pkg.Client(base_url=base, max_retries=0)
    with pytest.warns(DeprecationWarning, match="notes are read through drafts now"):
        with pytest.raises(pkg.APIConnectionError):
            client.notes.retrieve("n1")
    with pytest.warns(DeprecationWarning, match="use client.drafts.create"):
        with pytest.raises(pkg.APIConnectionError):
            client.notes.create(text="a", stream=True)

    async def call() -> None:
        aclient = pkg.AsyncClient(base_url=base, max_retries=0)
        with pytest.raises(pkg.APIConnectionError):
            await aclient.notes.retrieve("n1")

    with pytest.warns(DeprecationWarning, match="notes are read through drafts now"):
        asyncio.run(call())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(pkg.APIConnectionError):
            client.drafts.create(text="a")  # not deprecated: no warning


USER_SCRIPT = """\
from notes_client import AsyncClient, Client

client = Client()
client.notes.create(text="a")
client.notes.create(text="a", stream=True)
client.notes.retrieve("n1")
client.drafts.create(text="a")


async def main() -> None:
    aclient = AsyncClient()
    await aclient.notes.retrieve("n1", verbose=True)
    await aclient.drafts.create(text="a")
"""
DEPRECATED_LINES = [4, 5, 6, 12]


def test_type_checkers_report_deprecated_calls(notes: tuple[Path, Any], tmp_path: Path) -> None:
    out, _ = notes
    script = out / "user_script.py"
    script.write_text(USER_SCRIPT)
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--enable-error-code", "deprecated",
         "--cache-dir", str(tmp_path / "mypy"), "notes_client", script.name],
        cwd=out, capture_output=True, text=True,
    )  # fmt: skip
    lines = sorted(int(m) for m in re.findall(r"^user_script\.py:(\d+): error: .* is deprecated", mypy.stdout, re.M))
    assert lines == DEPRECATED_LINES, mypy.stdout[-3000:]
    assert mypy.stdout.count(": error:") == len(DEPRECATED_LINES), mypy.stdout[-3000:]  # none in the package
    (out / "pyrightconfig.json").write_text(json.dumps({"reportDeprecated": "error"}))
    try:
        pyright = _pyright("--outputjson", script.name, cwd=out)
    finally:
        (out / "pyrightconfig.json").unlink()
    found = json.loads(pyright.stdout)["generalDiagnostics"]
    deprecated = sorted(d["range"]["start"]["line"] + 1 for d in found if d.get("rule") == "reportDeprecated")
    assert deprecated == DEPRECATED_LINES, pyright.stdout[-3000:]
    assert len(found) == len(DEPRECATED_LINES), pyright.stdout[-3000:]


# -- pyright ------------------------------------------------------------------------------


def _pyright_errors(folder: Path, package: str) -> list[str]:
    result = _pyright("--outputjson", package, cwd=folder)
    report = json.loads(result.stdout)
    return [
        f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] in ("error", "warning")
    ]


def test_pyright_basic_is_clean_on_small_packages(notes: tuple[Path, Any], tmp_path: Path) -> None:
    from gen_support import generate_into

    out, _ = notes
    assert _pyright_errors(out, "notes_client") == []
    generate_into(SEED000, tmp_path, "seed_client", emit=ALL_PARTS)
    assert _pyright_errors(tmp_path, "seed_client") == []


def test_pyright_basic_is_clean_on_the_openai_package() -> None:
    """Models, client and server stubs of the committed package, its example scaffold included."""
    assert _pyright_errors(ROOT / "output" / "openai", "openai_client") == []


def test_pyright_verifytypes_rates_the_openai_package_complete() -> None:
    folder = ROOT / "output" / "openai"
    result = _pyright(
        "--verifytypes", "openai_client", "--ignoreexternal", "--outputjson", cwd=folder, env={"PYTHONPATH": str(folder)}
    )
    report = json.loads(result.stdout)["typeCompleteness"]
    assert report["packageRootDirectory"] == str(folder / "openai_client")
    assert report["completenessScore"] >= 0.95, report["exportedSymbolCounts"]


# -- example scaffolds --------------------------------------------------------------------


def test_committed_scaffolds_are_in_step_with_their_handlers() -> None:
    """`server_impl.py` is written once and then left to its user; the committed examples are
    the generator's own, so they must be what it writes today."""
    from generator.workflow.config import load_config
    from generator.pipeline import render_scaffold

    stale = []
    for name, config in sorted(load_config(ROOT / "pyproject.toml").targets.items()):
        if "stubs" not in config.emit:
            continue
        target, api = _built(name)
        for rel, text in render_scaffold(api, target.package).items():
            path = target.output / rel
            if not path.exists() or path.read_text() != text:
                stale.append(target.rel(path))
    assert stale == [], f"regenerate them: rm {' '.join(stale)} && oasgen generate"
