"""The `oasgen` command, run as a subprocess: --version, --help, exit codes, and bad input.

Every bad input exits with code 2, prints `oasgen: error: FILE[:LINE[:COLUMN]] ...` on
stderr (never a traceback), prints nothing on stdout and writes no files.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import __version__
from generator.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
SEED000 = "specs/seed000-create-thread-and-run.yaml"
HEAD = 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\n'


def oasgen(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("OASGEN_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sorted(action.choices)  # type: ignore[union-attr]


# -- version, help, usage ----------------------------------------------------------------------


def test_version() -> None:
    proc = oasgen("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"oasgen {__version__}"


def test_top_level_help_lists_the_commands() -> None:
    proc = oasgen("--help")
    assert proc.returncode == 0
    for name in subcommands():
        assert name in proc.stdout
    assert {"validate", "inspect"} <= set(subcommands())


@pytest.mark.parametrize("command", subcommands())
def test_help_for_every_subcommand(command: str) -> None:
    proc = oasgen(command, "--help")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"usage: oasgen {command}")
    assert "Traceback" not in proc.stderr


def test_usage_errors_exit_2() -> None:
    for args in ([], ["frobnicate"], ["inspect"], ["validate", "--no-such-flag", SEED000]):
        proc = oasgen(*args)
        assert proc.returncode == 2, args
        assert "usage: oasgen" in proc.stderr and "Traceback" not in proc.stderr


# -- good input ------------------------------------------------------------------------------------


def test_inspect_prints_counts() -> None:
    proc = oasgen("inspect", SEED000)
    assert proc.returncode == 0, proc.stderr
    counts = dict(re.findall(r"^\s*(\w+): (.*)$", proc.stdout, flags=re.M))
    assert counts["operations"] == "1" and counts["openapi"] == "3.0.0"
    assert int(counts["component_types"]) >= 27
    assert int(counts["named_types"]) == int(counts["component_types"]) + int(counts["inline_types"])
    assert counts["warnings"] == "0" and proc.stderr == ""


def test_inspect_json_is_the_ir() -> None:
    proc = oasgen("inspect", "--json", SEED000)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert [o["id"] for o in data["operations"]] == ["createThreadAndRun"]
    assert len(data["types"]) >= 27


def test_inspect_prints_located_warnings() -> None:
    proc = oasgen("inspect", "tests/fixtures/specs/seed004-create-thread-and-run.yaml")
    assert proc.returncode == 0
    lines = [line for line in proc.stdout.splitlines() if "thread_id" in line]
    assert len(lines) == 1
    assert re.search(r"seed004-create-thread-and-run\.yaml:\d+:\d+ \(/paths/[^)]*/required\)", lines[0])
    assert lines[0].count("warning:") == 1


def test_generate_reads_past_a_broken_ref_in_an_example(tmp_path: Path) -> None:
    """An example is documentation: its `$ref` pointing at nothing is a located warning."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        HEAD + "paths:\n  /items:\n    get:\n      operationId: listItems\n      responses:\n"
        "        '200':\n          description: ok\n          content:\n            application/json:\n"
        "              schema: {type: object, properties: {id: {type: string}}}\n"
        "              examples: {default: {$ref: '#/components/examples/gone'}}\n"
    )
    proc = oasgen("generate", str(spec), "-o", str(tmp_path / "out"), "--package", "items", "-v")
    assert proc.returncode == 0, proc.stderr
    assert re.search(
        r"spec\.yaml:13:\d+ \(/paths/~1items/get/responses/200/content/application~1json/"
        r"examples/default/\$ref\): warning: \$ref '#/components/examples/gone' points at nothing",
        proc.stderr,
    )
    assert (tmp_path / "out" / "items" / "__init__.py").exists()


# -- bad input ------------------------------------------------------------------------------------

BAD_INPUTS: dict[str, tuple[str | bytes, str, int | None]] = {
    # name: (file content, expected words in the message, expected line or None)
    "empty.yaml": ("", "the file is empty", None),
    "junk.yaml": (bytes(range(256)) * 4, "not a text file", None),
    "malformed.yaml": (HEAD + "paths:\n  /a:\n   - x\n  b: [\n", "malformed YAML", 7),
    "malformed.json": ('{"openapi": "3.0.0",\n "info": {"title": "x",, "version": "1"}}\n', "malformed JSON", 2),
    "duplicate.yaml": (HEAD + "paths: {}\npaths: {}\n", "duplicate key 'paths'", 4),
    "duplicate.json": ('{"openapi": "3.0.0",\n "paths": {},\n "paths": {}}', "duplicate key 'paths'", 3),
    "shape.yaml": (HEAD + "paths: []\n", "`paths` must be a mapping, found a list", 3),
    "swagger.yaml": ('swagger: "2.0"\ninfo: {title: t, version: "1"}\n', "Swagger 2.0 is not supported", 1),
    "version4.yaml": ('info: {title: t, version: "1"}\nopenapi: 4.0.0\n', "'4.0.0' is not supported", 2),
    "bomb.yaml": (
        "openapi: 3.0.0\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"{c}: &{c} [{', '.join([f'*{p}'] * 10)}]\n" for p, c in zip("abcdefg", "bcdefgh")),
        "alias bomb",
        8,  # `g` is the first level past 5,000,000 nodes
    ),
    "recursive.yaml": ("openapi: 3.0.0\nx: &x\n  self: *x\n", "recursive YAML alias", 3),
    "deep.yaml": ("[" * 50_000 + "]" * 50_000, "nested deeper than", 1),
    "missing-ref.yaml": (
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: '#/components/schemas/B'\n",
        "'#/components/schemas/B' points at nothing",
        7,
    ),
    "missing-file-ref.yaml": (
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: 'other.yaml#/A'\n",
        "file 'other.yaml' not found",
        7,
    ),
    "cycle.yaml": (
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n"
        "    B: {$ref: '#/components/schemas/A'}\n",
        "$ref cycle with no schema",
        None,
    ),
    "remote.yaml": (
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: 'https://example.com/a.yaml#/A'\n",
        "remote $ref 'https://example.com/a.yaml#/A' refused (pass --allow-remote-refs",
        7,
    ),
    "escape.yaml": (
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: '../../etc/passwd'\n",
        "leaves the spec's root folder",
        7,
    ),
}


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bad") / "specs"
    folder.mkdir()
    for name, (content, _words, _line) in BAD_INPUTS.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def assert_clean_error(proc: subprocess.CompletedProcess[str], file: str, words: str, line: int | None) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
    message = proc.stderr.strip()
    assert message.startswith(f"oasgen: error: {file}"), message
    assert len(message.splitlines()) == 1, message
    assert words in message, message
    if line is not None:
        assert re.match(rf"oasgen: error: {re.escape(file)}:{line}(:\d+)?[ :]", message), message


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
@pytest.mark.parametrize("command", ["inspect", "validate"])
def test_bad_input_exits_2_with_a_located_message(bad_folder: Path, name: str, command: str) -> None:
    _content, words, line = BAD_INPUTS[name]
    proc = oasgen(command, f"specs/{name}", cwd=bad_folder.parent, env={"OASGEN_NO_CACHE": "1"})
    assert_clean_error(proc, f"specs/{name}", words, line)


#: Runs the CLI with the YAML event source swapped, as on a machine without (or with) libyaml.
RUN_WITH_LOADER = (
    "import sys, yaml\n"
    "from generator.load import yaml_reader\n"
    "yaml_reader.EventSource = getattr(yaml, sys.argv[1])\n"
    "from generator.cli import main\n"
    "sys.exit(main(sys.argv[2:]))\n"
)
DEEP_FILES = {
    "deep.yaml": ("[" * 50_000 + "]" * 50_000, "1:401", "/0" * 400),
    "deep.json": ('{"a": ' * 50_000 + "1" + "}" * 50_000, "1:2401", "/a" * 400),
}


@pytest.mark.parametrize("name", sorted(DEEP_FILES))
@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize("command", ["validate", "inspect", "generate", "check"])
def test_deep_nesting_is_the_same_located_error_through_every_command(
    tmp_path: Path, command: str, loader: str, name: str
) -> None:
    text, place, pointer = DEEP_FILES[name]
    (tmp_path / ".git").mkdir()  # the config search stops here
    (tmp_path / name).write_text(text)
    (tmp_path / "oasgen.toml").write_text(f'[targets.deep]\nspec = "{name}"\npackage = "deep"\noutput = "out"\n')
    args = {"generate": ["generate", name, "-o", "out"], "check": ["check"]}.get(command, [command, name])
    env = {k: v for k, v in os.environ.items() if k != "OASGEN_DEBUG"}
    proc = subprocess.run(
        [sys.executable, "-c", RUN_WITH_LOADER, loader, *args],
        cwd=tmp_path, env={**env, "OASGEN_NO_CACHE": "1"}, capture_output=True, text=True, timeout=120,
    )
    # `check` names the spec by its full path (as the configured target resolves it)
    shown = str(tmp_path / name) if command == "check" else name
    assert (proc.returncode, proc.stdout) == (2, ""), proc.stderr
    assert proc.stderr == f"oasgen: error: {shown}:{place} ({pointer}): document nested deeper than 400 levels\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([".git", name, "oasgen.toml"])


def test_file_not_found(tmp_path: Path) -> None:
    proc = oasgen("inspect", "nothere.yaml", cwd=tmp_path)
    assert_clean_error(proc, "nothere.yaml", "file not found", None)


def test_generate_writes_nothing_for_bad_input(bad_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    for name in ("malformed.yaml", "missing-ref.yaml", "swagger.yaml"):
        _content, words, line = BAD_INPUTS[name]
        proc = oasgen("generate", f"specs/{name}", "-o", str(out), cwd=bad_folder.parent)
        assert_clean_error(proc, f"specs/{name}", words, line)
        assert not out.exists()


def test_remote_ref_that_cannot_be_fetched(tmp_path: Path) -> None:
    # allowed, but nothing listens on the discard port: still a located, clean error
    spec = tmp_path / "remote.yaml"
    spec.write_text(HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: 'http://127.0.0.1:9/a.yaml#/A'\n")
    proc = oasgen("inspect", "remote.yaml", "--allow-remote-refs", cwd=tmp_path)
    assert_clean_error(proc, "remote.yaml", "cannot fetch remote $ref 'http://127.0.0.1:9/a.yaml#/A'", 7)


def test_odd_but_loadable_spec_is_inspected_without_a_crash(tmp_path: Path) -> None:
    # not valid OpenAPI, but readable: `inspect` reports what it can, `validate` flags it
    spec = tmp_path / "odd.yaml"
    spec.write_text(HEAD + "paths:\n  /a:\n    get:\n      parameters: 7\n      tags: 5\n      requestBody: 5\n      responses: []\n")
    proc = oasgen("inspect", str(spec))
    assert proc.returncode == 0, proc.stderr
    assert "operations: 1" in proc.stdout and "Traceback" not in proc.stderr
    proc = oasgen("validate", "--strict", str(spec), env={"OASGEN_NO_CACHE": "1"})
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert re.search(r"odd\.yaml:\d+:\d+ \(/paths/~1a/get[^)]*\): error: ", proc.stderr)
