"""The adversarial corpus: hostile specs, each with what oasgen must do with it.

Every spec in `tests/adversarial/` (and the few built here because they are huge or
generated) is listed in `CASES` with its expectation:

- `Error`: `oasgen generate` exits 2 with one `oasgen: error: WHERE: WHAT` line naming the
  problem and its place (file:line:column and/or JSON pointer), prints no traceback and
  leaves the output folder as it was (absent, or byte-identical when it held user files).
- `Ok`: generation succeeds, writes nothing outside the output folder, and the package
  compiles, imports (every module, every model complete), is black-stable and passes
  `mypy --strict` (one mypy run over every ok case, stubs included).

The CLI always runs as a subprocess, the way users run it. Specs are copied into a
sandbox folder first, so a stray write would show up next to them.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import typing
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import black
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "adversarial"
EMIT = "models,client,stubs"


@dataclass(frozen=True)
class Error:
    """Exit 2; the message's location (a regex, after `oasgen: error: `) and words."""

    where: str
    what: str
    naming: str | None = None  # a naming file next to the spec


@dataclass(frozen=True)
class Ok:
    """Generation succeeds; `naming` is a naming file next to the spec."""

    naming: str | None = None


# -- specs built at test time (too big, too deep or too random to commit) ---------------------

HEAD = 'openapi: 3.0.3\ninfo: {title: built, version: "1"}\n'


def deep_list() -> bytes:
    return ("[" * 100_000 + "]" * 100_000).encode()


def deep_object() -> bytes:
    return ('{"a": ' * 100_000 + "1" + "}" * 100_000).encode()


def deep_schema() -> bytes:
    """Legal, deep schemas (YAML depth under the 400 limit): objects nested 100 deep (models
    importing models), `items` of `items` 396 deep and `oneOf` inside `oneOf` 197 deep."""
    objects, arrays, unions = "{type: integer}", "{type: integer}", "{type: string}"
    for _ in range(100):
        objects = "{type: object, properties: {a: " + objects + "}}"
    for _ in range(396):
        arrays = "{type: array, items: " + arrays + "}"
    for i in range(197):
        unions = "{oneOf: [" + unions + ", {type: integer, minimum: " + str(i) + "}]}"
    return (
        HEAD + "paths:\n  /deep:\n    post:\n      operationId: deep\n      requestBody:\n"
        "        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Deep'}\n"
        "      responses:\n        '200':\n          description: ok\n          content:\n"
        "            application/json:\n              schema: {$ref: '#/components/schemas/Deep'}\n"
        "components:\n  schemas:\n    Deep: " + objects + "\n    DeepArray: " + arrays + "\n    DeepUnion: " + unions + "\n"
    ).encode()


BIG_SCHEMAS = 1500
BIG_OPERATIONS = 300


def big_spec() -> bytes:
    """About 11 MB of JSON: 1,500 schemas of 8 documented properties, each referring to the next
    (one chain 1,500 long), and 300 operations."""
    words = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor".split()
    rnd = random.Random(10)
    text = " ".join(rnd.choice(words) for _ in range(120))
    schemas: dict[str, Any] = {}
    for i in range(BIG_SCHEMAS):
        props: dict[str, Any] = {
            f"field_{j}": {"type": ["string", "integer", "number", "boolean"][j % 4], "description": f"{i}.{j} {text}"}
            for j in range(7)
        }
        props["next"] = {"$ref": f"#/components/schemas/Schema{(i + 1) % BIG_SCHEMAS}"}
        schemas[f"Schema{i}"] = {"type": "object", "description": text, "properties": props, "required": ["field_0"]}
    paths: dict[str, Any] = {}
    for i in range(BIG_OPERATIONS):
        ref = {"$ref": f"#/components/schemas/Schema{i * 5}"}
        paths[f"/group{i % 20}/items{i}/{{item_id}}"] = {
            "post": {
                "operationId": f"operation{i}",
                "description": text,
                "parameters": [{"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {"content": {"application/json": {"schema": ref}}},
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": ref}}}},
            }
        }
    doc = {"openapi": "3.0.3", "info": {"title": "big", "version": "1"}, "paths": paths,
           "components": {"schemas": schemas}}  # fmt: skip
    return json.dumps(doc, indent=1).encode()


def random_bytes() -> bytes:
    rnd = random.Random(20260821)
    return bytes(rnd.randrange(256) for _ in range(4096))


BUILT: dict[str, Callable[[], bytes]] = {
    "deep-list.yaml": deep_list,
    "deep-object.json": deep_object,
    "random-bytes.bin": random_bytes,
    "deep-schema.yaml": deep_schema,
    "big.json": big_spec,
}

# -- the corpus -----------------------------------------------------------------------------------

CASES: dict[str, Error | Ok] = {
    # unreadable, or not an OpenAPI 3 document
    "empty.yaml": Error(r"empty\.yaml", "the file is empty"),
    "comments-only.yaml": Error(r"comments-only\.yaml", "the file is empty"),
    "random-bytes.bin": Error(r"random-bytes\.bin", "not a text file"),
    "png-header.png": Error(r"png-header\.png", "not a text file"),
    "latin1.yaml": Error(r"latin1\.yaml:2:19", "not UTF-8 text (byte 33)"),
    "utf16-no-bom.yaml": Error(r"utf16-no-bom\.yaml", "UTF-16 text without a byte-order mark"),
    "top-level-list.yaml": Error(r"top-level-list\.yaml:1:1", "the top level must be a mapping"),
    "top-level-scalar.yaml": Error(r"top-level-scalar\.yaml:1:1", "the top level must be a mapping"),
    "swagger2.yaml": Error(r"swagger2\.yaml:1:1 \(/swagger\)", "Swagger 2.0 is not supported"),
    "openapi-4.yaml": Error(r"openapi-4\.yaml:2:1 \(/openapi\)", "OpenAPI version '4.0.0' is not supported"),
    "openapi-number.yaml": Error(r"openapi-number\.yaml:1:1 \(/openapi\)", "found the number 3.1 (quote it"),
    # malformed text
    "malformed.yaml": Error(r"malformed\.yaml:7:3", "malformed YAML"),
    "malformed.json": Error(r"malformed\.json:5:63", "malformed JSON: Expecting ',' delimiter"),
    "trailing-comma.json": Error(r"trailing-comma\.json:5:1", "malformed JSON"),  # YAML would forgive it
    "duplicate-keys.yaml": Error(r"duplicate-keys\.yaml:10:9", "duplicate key 'name' (first defined at line 9)"),
    "alias-bomb.yaml": Error(r"alias-bomb\.yaml:10:\d+", "alias bomb"),
    "recursive-alias.yaml": Error(r"recursive-alias\.yaml:5:9", "recursive YAML alias: *x is used inside its own anchor"),
    "python-tag.yaml": Error(
        r"python-tag\.yaml:11:24 \(/paths/~1things/get/responses/200/content/application~1json/example\)",
        "YAML tag !!python/object/apply:os.makedirs has no JSON meaning",
    ),
    # the pointer of the first level past the limit, whichever YAML library (or json) read it
    "deep-list.yaml": Error(r"deep-list\.yaml:1:401 \((/0){400}\)", "document nested deeper than 400 levels"),
    "deep-object.json": Error(r"deep-object\.json:1:2401 \((/a){400}\)", "document nested deeper than 400 levels"),
    # references
    "missing-ref.yaml": Error(
        r"missing-ref\.yaml:11:24 \(/paths/~1pets/get/responses/200/content/application~1json/schema/\$ref\)",
        "'#/components/schemas/Nowhere' points at nothing",
    ),
    "ref-cycle.yaml": Error(r"ref-cycle\.yaml:\d+:9 \(/components/schemas/[AB]/\$ref\)", "$ref cycle with no schema"),
    "ref-fragment.yaml": Error(
        r"ref-fragment\.yaml:7:7 \(/components/schemas/Pet/\$ref\)", "only JSON-pointer fragments are supported"
    ),
    "remote-ref.yaml": Error(
        r"remote-ref\.yaml:7:7 \(/components/schemas/Pet/\$ref\)",
        "remote $ref 'http://127.0.0.1:1/x.yaml' refused (pass --allow-remote-refs",
    ),
    "escaping-ref.yaml": Error(
        r"escaping-ref\.yaml:7:7 \(/components/schemas/Secret/\$ref\)", "'../../etc/passwd' leaves the spec's root folder"
    ),
    "absolute-ref.yaml": Error(
        r"absolute-ref\.yaml:7:7 \(/components/schemas/Secret/\$ref\)", "absolute file paths are not allowed"
    ),
    # a naming file whose call paths are file paths
    "naming-escape.yaml": Error(
        r"naming-escape\.naming\.yaml:2:1 \(/upAndOut\)",
        "'../../../../tmp/evil.pwned' is not a call path",
        naming="naming-escape.naming.yaml",
    ),
    # names
    "names-keywords.yaml": Ok(),  # keywords, builtins, dunders, unicode, emoji, digits, 300 characters
    "name-collisions.yaml": Ok(),  # getUser/get_user, foo-bar/foo_bar, a/A, Tags: Tags
    "runtime-names.yaml": Ok(),  # Client, BaseModel, Stream, Field, MISSING, SyncPage, Body...
    "reserved-arguments.yaml": Ok(),  # timeout, extra_headers, self, stream as parameters
    "call-path-clashes.yaml": Ok(naming="call-path-clashes.naming.yaml"),  # close, with_raw_response
    "path-traversal.yaml": Ok(),  # ../../evil, /etc/passwd, .., con, nul as ids, tags, paths
    # text
    "hostile-text.yaml": Ok(),  # triple quotes, backslashes, CR, NUL, {{ jinja }} in text and paths
    "utf16-bom.yaml": Ok(),
    # shapes and values
    "empty-paths.yaml": Ok(),
    "type-lists.yaml": Ok(),
    "unknown-formats.yaml": Ok(),
    "additional-properties.yaml": Ok(),
    "enums.yaml": Ok(),
    "numbers.yaml": Ok(),
    # size
    "deep-schema.yaml": Ok(),
    "big.json": Ok(),
}

OK_CASES = sorted(name for name, case in CASES.items() if isinstance(case, Ok))
ERROR_CASES = sorted(name for name, case in CASES.items() if isinstance(case, Error))
#: Too big for the compile, import, black and mypy checks (checked by counting its files instead).
HEAVY = {"big.json"}


def package_of(name: str) -> str:
    return "adv_" + re.sub(r"\W", "_", name.rsplit(".", 1)[0])


def spec_bytes(name: str) -> bytes:
    return BUILT[name]() if name in BUILT else (CORPUS / name).read_bytes()


def sandbox(root: Path, name: str) -> tuple[Path, Path]:
    """`root/NAME/spec/` holding the spec (and its naming file), and `root/NAME/out` (not created)."""
    box = root / name
    spec_dir = box / "spec"
    spec_dir.mkdir(parents=True)
    (spec_dir / name).write_bytes(spec_bytes(name))
    naming = CASES[name].naming
    if naming:
        shutil.copy(CORPUS / naming, spec_dir / naming)
    return spec_dir, box / "out"


def oasgen(spec_dir: Path, name: str, out: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OASGEN_NO_CACHE": "1"}
    env.pop("OASGEN_DEBUG", None)
    naming = CASES[name].naming
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", "generate", name, "-o", str(out), "--package", package_of(name),
         "--emit", EMIT, *(("--naming", naming) if naming else ())],
        cwd=spec_dir, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_clean_error(proc: subprocess.CompletedProcess[str], name: str) -> None:
    case = CASES[name]
    assert isinstance(case, Error)
    output = proc.stdout + proc.stderr
    assert "Traceback" not in output, output
    assert proc.returncode == 2, (proc.returncode, output)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert re.match(rf"oasgen: error: {case.where}: ", lines[0]), lines[0]
    assert case.what in lines[0], lines[0]


# -- error cases ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ERROR_CASES)
def test_error_case(name: str, tmp_path: Path) -> None:
    spec_dir, out = sandbox(tmp_path, name)
    proc = oasgen(spec_dir, name, out)
    assert_clean_error(proc, name)
    assert not out.exists()
    assert sorted(p.name for p in spec_dir.iterdir()) == sorted({name, CASES[name].naming or name})
    assert sorted(p.name for p in spec_dir.parent.iterdir()) == ["spec"]


@pytest.mark.parametrize("name", ["malformed.yaml", "missing-ref.yaml", "swagger2.yaml"])
def test_error_leaves_an_existing_output_folder_as_it_was(name: str, tmp_path: Path) -> None:
    spec_dir, out = sandbox(tmp_path, name)
    (out / package_of(name)).mkdir(parents=True)
    (out / "notes.txt").write_bytes(b"mine\r\n\x00")
    (out / package_of(name) / "__init__.py").write_text("# my own package\n")
    before = snapshot(out)
    assert_clean_error(oasgen(spec_dir, name, out), name)
    assert snapshot(out) == before


def test_a_user_file_in_the_way_is_an_error_and_nothing_is_written(tmp_path: Path) -> None:
    # a good spec, but the output folder holds a package module oasgen did not write
    name = "empty-paths.yaml"
    spec_dir, out = sandbox(tmp_path, name)
    (out / package_of(name)).mkdir(parents=True)
    (out / package_of(name) / "_client.py").write_text("# my own client\n")
    before = snapshot(out)
    proc = oasgen(spec_dir, name, out)
    assert proc.returncode == 2 and "Traceback" not in proc.stdout + proc.stderr, proc.stderr
    assert re.match(
        rf"oasgen: error: {re.escape(str(out / package_of(name) / '_client.py'))}: exists and was not written by oasgen",
        proc.stderr,
    ), proc.stderr
    assert snapshot(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["out", "spec"]


def test_an_allowed_remote_ref_that_cannot_be_fetched_is_a_located_error(tmp_path: Path) -> None:
    spec_dir, out = sandbox(tmp_path, "remote-ref.yaml")
    proc = subprocess.run(
        [sys.executable, "-m", "generator.cli", "generate", "remote-ref.yaml", "-o", str(out), "--allow-remote-refs"],
        cwd=spec_dir, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(
        "oasgen: error: remote-ref.yaml:7:7 (/components/schemas/Pet/$ref): "
        "cannot fetch remote $ref 'http://127.0.0.1:1/x.yaml'"
    ), proc.stderr
    assert not out.exists()


@pytest.mark.parametrize(("package", "kind"), [("json", "standard-library"), ("httpx2", "dependency")])
def test_a_package_named_like_a_module_it_would_hide_is_refused(tmp_path: Path, package: str, kind: str) -> None:
    spec_dir, out = sandbox(tmp_path, "empty-paths.yaml")
    proc = subprocess.run(
        [sys.executable, "-m", "generator.cli", "generate", "empty-paths.yaml", "-o", str(out), "--package", package],
        cwd=spec_dir, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr == f"oasgen: error: --package {package!r} would hide the {kind} module of that name; choose another name\n"
    assert not out.exists()


# -- ok cases ----------------------------------------------------------------------------------------


@dataclass
class Generated:
    root: Path
    procs: dict[str, subprocess.CompletedProcess[str]]

    def out(self, name: str) -> Path:
        return self.root / name / "out"

    def package(self, name: str) -> Path:
        return self.out(name) / package_of(name)

    def python_files(self, name: str) -> list[Path]:
        """Modules and stubs."""
        return sorted(p for p in self.package(name).rglob("*.py*") if p.suffix in (".py", ".pyi"))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    """Every ok case generated (in parallel) into its own sandbox; importable for the checks."""
    root = tmp_path_factory.mktemp("adversarial")

    def run(name: str) -> subprocess.CompletedProcess[str]:
        spec_dir, out = sandbox(root, name)
        return oasgen(spec_dir, name, out)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        procs = dict(zip(OK_CASES, pool.map(run, OK_CASES)))
    gen = Generated(root, procs)
    paths = [str(gen.out(name)) for name in OK_CASES]
    sys.path[:0] = paths
    yield gen
    for p in paths:
        sys.path.remove(p)


@pytest.mark.parametrize("name", OK_CASES)
def test_ok_case_generates_inside_its_output_folder(generated: Generated, name: str) -> None:
    proc = generated.procs[name]
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    box = generated.root / name
    assert sorted(p.name for p in box.iterdir()) == ["out", "spec"]
    assert sorted(p.name for p in (box / "spec").iterdir()) == sorted({name, CASES[name].naming or name})
    beside = [".oasgen-manifest.json", "README.md", "pyproject.toml"]  # the package's distribution files
    assert sorted(p.name for p in generated.out(name).iterdir()) == sorted([*beside, package_of(name)])
    package = generated.package(name).resolve()
    for path in generated.out(name).rglob("*"):
        assert path.resolve().is_relative_to(package) or path.name in beside, path


_BLACK_STABLE: set[str] = set()  # texts (package name masked) already found black-stable


@pytest.mark.parametrize("name", sorted(set(OK_CASES) - HEAVY))
def test_ok_case_compiles_and_is_black_stable(generated: Generated, name: str) -> None:
    for path in generated.python_files(name):
        text = path.read_text(encoding="utf-8")
        compile(text, str(path), "exec")
        masked = path.suffix + text.replace(package_of(name), "PACKAGE")  # the runtime is the same in every case
        if masked not in _BLACK_STABLE:
            assert black.format_str(text, mode=black.Mode(is_pyi=path.suffix == ".pyi")) == text, path
            _BLACK_STABLE.add(masked)


IMPORT_CHECK = """
import importlib, json, pkgutil, sys
import pydantic
problems = {}
for name in sys.argv[1:]:
    found = problems.setdefault(name, [])
    try:
        package = importlib.import_module(name)
        modules = [name, name + ".types"] + [
            m.name for m in pkgutil.walk_packages(package.__path__, name + ".") if not m.name.endswith("server_impl")
        ]
        for module_name in modules:
            module = importlib.import_module(module_name)
            for attr, value in vars(module).items():
                if isinstance(value, type) and issubclass(value, pydantic.BaseModel) and value.__module__ == module_name:
                    value.model_rebuild(raise_errors=True)
                    if not value.__pydantic_complete__:
                        found.append(f"{module_name}.{attr} is not complete")
    except Exception as exc:
        found.append(f"{type(exc).__name__}: {exc}")
print(json.dumps(problems))
"""


@pytest.fixture(scope="module")
def import_problems(generated: Generated) -> dict[str, list[str]]:
    """Every module of every ok package imported in one fresh interpreter; what went wrong, per case."""
    names = sorted(set(OK_CASES) - HEAVY)
    packages = [package_of(name) for name in names]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(generated.out(n)) for n in names)}
    proc = subprocess.run(
        [sys.executable, "-c", IMPORT_CHECK, *packages], env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    by_package = json.loads(proc.stdout.splitlines()[-1])
    return {name: by_package[package_of(name)] for name in names}


@pytest.mark.parametrize("name", sorted(set(OK_CASES) - HEAVY))
def test_ok_case_imports(import_problems: dict[str, list[str]], name: str) -> None:
    assert import_problems[name] == []


@pytest.fixture(scope="module")
def mypy_errors(generated: Generated, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """One `mypy --strict` run over every (light) ok package; its error lines, per case."""
    names = sorted(set(OK_CASES) - HEAVY)
    cache = tmp_path_factory.mktemp("mypy-cache")
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(cache),
         *(arg for n in names for arg in ("-p", package_of(n)))],
        cwd=generated.root, capture_output=True, text=True, timeout=600,
        env={**os.environ, "MYPYPATH": os.pathsep.join(str(generated.out(n)) for n in names)},
    )  # fmt: skip
    errors: dict[str, list[str]] = {name: [] for name in names}
    for line in proc.stdout.splitlines():
        owner = next((n for n in names if f"{os.sep}{package_of(n)}{os.sep}" in line or line.startswith(package_of(n))), None)
        errors.setdefault(owner or "?", []).append(line)
    assert proc.returncode in (0, 1), proc.stderr
    return errors


@pytest.mark.parametrize("name", sorted(set(OK_CASES) - HEAVY))
def test_ok_case_type_checks(mypy_errors: dict[str, list[str]], name: str) -> None:
    assert mypy_errors[name] == []
    assert "?" not in mypy_errors, mypy_errors["?"]


# -- what the generated code means, case by case --------------------------------------------------


def load(generated: Generated, name: str, module: str = "") -> Any:
    import importlib

    return importlib.import_module(package_of(name) + (f".{module}" if module else ""))


def test_colliding_names_stay_distinct(generated: Generated) -> None:
    pkg = load(generated, "name-collisions.yaml")
    client = pkg.Client(base_url="http://127.0.0.1:9")
    # getUser, get_user, GetUser, get-user, get_User: five operations, five methods
    assert "retrieve" in set(dir(client.users)) and callable(client.users.again.retrieve)
    assert {"retrieve", "create", "update"} <= set(dir(client.things))
    types = load(generated, "name-collisions.yaml", "types")
    # foo-bar, foo_bar, FooBar, fooBar, FOO_BAR: five schemas, five Python names
    names = {"FooBar", "FooBar2", "FooBar3", "FooBar4", "FOOBAR"}
    assert names <= set(dir(types))
    assert len({id(getattr(types, n)) for n in names}) == 5
    assert types.FooBarParam is not types.FooBarParam2  # the component and foo-bar's request shape
    # foo-bar, foo_bar, fooBar, FooBar, "foo bar": five properties, five fields
    model = types.FooBar
    assert len(model.model_fields) == 5
    wire = {"foo-bar": "s", "foo_bar": 1, "fooBar": True, "FooBar": 1.5, "foo bar": "t"}
    assert model.model_validate(wire).model_dump(by_alias=True) == wire
    letter = model_field_values(types.Letters, "letter")
    assert {"a", "A", "a ", ""} <= set(letter)
    # a field named like the class it holds is no longer read as its own default
    pet = {"Owner": {"Name": "x"}, "Tags": ["a"], "Status": "a", "Field": "abc", "Limit": 5}
    assert types.Pet.model_validate(pet).model_dump(by_alias=True) == pet
    with pytest.raises(ValueError):
        types.Pet.model_validate({**pet, "Field": "abcd"})


def model_field_values(model: Any, field: str) -> tuple[Any, ...]:
    """The values of the Literal in a model field's annotation (inside Optional or Annotated)."""
    annotation = model.model_fields[field].annotation
    stack = [annotation]
    while stack:
        t = stack.pop()
        if typing.get_origin(t) is typing.Literal:
            return typing.get_args(t)
        stack.extend(typing.get_args(t))
    raise AssertionError(f"no Literal in {annotation}")


def test_reserved_argument_names_reach_the_wire(generated: Generated) -> None:
    import httpx2

    requests: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        requests.append(request)
        return httpx2.Response(200, json={"timeout": 1.5, "self": "me"})

    pkg = load(generated, "reserved-arguments.yaml")
    client = pkg.Client(base_url="http://test", http_client=httpx2.Client(transport=httpx2.MockTransport(answer)))
    # the last path parameter is positional, the others are keywords (made distinct like the rest)
    result = client.jobs.update(
        True, timeout_="t", extra_headers_="h", self_="s", body_timeout=2.5, body_self="body-self", extra_query_="q",
        cast_="c", not_given="n", warnings_="w", body="b", query_body="query-body", timeout=7,
    )  # fmt: skip
    assert (result.timeout, result.self_) == (1.5, "me")
    (request,) = requests
    assert request.url.path == "/jobs/t/h/s/true"
    assert dict(request.url.params) == {"extra_query": "q", "cast": "c", "body": "query-body"}
    assert request.headers["NOT_GIVEN"] == "n" and request.headers["cookie"] == "warnings=w"
    assert json.loads(request.content) == {"timeout": 2.5, "self": "body-self", "body": "b"}
    assert request.extensions["timeout"]["read"] == 7
    # a streaming operation whose path has a parameter named stream: the flag is body_stream
    requests.clear()
    chunk = client.chats.update("t", stream="s", body_stream=False, body_timeout=1, stream_cls="q")
    assert isinstance(chunk, pkg.types.Chunk)
    assert requests[0].url.path == "/chats/s/t" and dict(requests[0].url.params) == {"stream_cls": "q"}
    assert json.loads(requests[0].content) == {"stream": False, "timeout": 1}


def test_utf16_spec_is_read_through_its_byte_order_mark(generated: Generated) -> None:
    assert (CORPUS / "utf16-bom.yaml").read_bytes()[:2] == b"\xff\xfe"
    text = (generated.package("utf16-bom.yaml") / "types" / "ping_response.py").read_text(encoding="utf-8")
    assert '"""café"""' in text
    assert load(generated, "utf16-bom.yaml", "types").PingResponse.model_validate({"msg": "é"}).msg == "é"


def test_hostile_text_is_kept_literally(generated: Generated) -> None:
    import httpx2
    import yaml  # type: ignore[import-untyped]

    spec = yaml.safe_load((CORPUS / "hostile-text.yaml").read_text(encoding="utf-8"))
    types = load(generated, "hostile-text.yaml", "types")
    assert typing.get_args(types.Mode) == tuple(spec["components"]["schemas"]["Mode"]["enum"])
    assert types.Text.__doc__.rstrip() == '"""Starts with triple quotes and ends with a quote"'
    requests: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        requests.append(request)
        return httpx2.Response(200, json={"plain": "{{ x }}\x00"})

    pkg = load(generated, "hostile-text.yaml")
    client = pkg.Client(base_url="http://test", http_client=httpx2.Client(transport=httpx2.MockTransport(answer)))
    assert client.quote_d.back_slash.single.retrieve("x", mode="{% raw %}").plain == "{{ x }}\x00"
    assert requests[0].url.path == "/quote\"d/back\\slash/x/{{brace}}/\'single\'"
    assert requests[0].url.params["mode"] == "{% raw %}"


def test_paths_and_names_that_look_like_files_stay_inside_the_package(generated: Generated) -> None:
    package = generated.package("path-traversal.yaml")
    windows_devices = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
    for path in package.rglob("*"):
        parts = path.relative_to(package).with_suffix("").parts
        assert all(part.isidentifier() and part.lower() not in windows_devices for part in parts), path
    pkg = load(generated, "path-traversal.yaml")
    client = pkg.Client(base_url="http://127.0.0.1:9")
    assert callable(client.evil.retrieve) and callable(client.root.retrieve)  # /../../evil and /..
    assert callable(client.nul.aux.prn.com1.lpt1.retrieve)


def test_call_paths_never_hide_the_client_or_a_sub_resource(generated: Generated) -> None:
    pkg = load(generated, "call-path-clashes.yaml")
    resources = load(generated, "call-path-clashes.yaml", "resources.threads.threads")
    client = pkg.Client(base_url="http://127.0.0.1:9")
    assert client.close.__func__ is pkg.Client.close and callable(client.close_.list)
    assert client.with_options(max_retries=0).max_retries == 0 and callable(client.with_options_.list)
    assert callable(client.api_key_.copy)  # resources are plain classes: only keywords get a `_`
    threads = client.threads
    assert isinstance(threads.with_raw_response, resources.ThreadsWithRawResponse)
    assert callable(threads.raw_thread)  # `POST /threads/with_raw_response`, named by its operationId
    assert callable(threads.runs.create) and callable(threads.runs_)  # a sub-resource and a method
    assert callable(threads.threads.retrieve) and callable(threads.threads.threads.create)
    assert callable(client.import_.class_.def_) and callable(client.init.class_.dict)
    assert callable(client.with_raw_response.close)
    client.close()


def test_schemas_named_like_runtime_classes_do_not_shadow_them(generated: Generated) -> None:
    pkg = load(generated, "runtime-names.yaml")
    types = load(generated, "runtime-names.yaml", "types")
    renamed = {"ClientModel", "AsyncClientModel", "BaseModelModel", "StreamModel", "FieldModel", "LiteralModel",
               "OptionalModel", "NotGivenModel", "MISSINGModel", "SyncPageModel", "AsyncPageModel", "BodyModel"}  # fmt: skip
    assert renamed <= set(dir(types))
    assert pkg.Client is not types.ClientModel and callable(pkg.Client(base_url="http://127.0.0.1:9").things.create)
    stream = types.StreamModel.model_validate({"next": {"next": {}}})
    assert isinstance(stream.next.next, types.StreamModel)
    wire = {"missing": {"x": 1}, "field": "field", "literal": "literal", "date": "2024-01-02", "self_": {"x": 2}}
    assert types.Everything.model_validate(wire).model_dump(mode="json", by_alias=True) == wire


def test_enums_of_every_kind(generated: Generated) -> None:
    types = load(generated, "enums.yaml", "types")
    assert types.IntEnum is int  # 10**20 is past what pydantic validates in a Literal
    assert typing.get_args(types.SmallIntEnum) == (-(2**63), 2**63 - 1)
    assert typing.get_args(types.BoolEnum) == (True, False)
    assert typing.get_args(types.CaseEnum) == ("a", "A", "aa", "AA", "a-b", "a_b", "A_B")
    assert typing.get_args(types.DuplicateEnum) == ("same", "other")
    # floats, objects and lists cannot be Literal values: the schema's own type stands in
    assert (types.FloatEnum, types.OnlyNull) == (float, None)
    assert model_field_values(types.Enums, "inline_mixed") == (1, "1", True)
    wire = {"int_enum": 10**20, "bool_enum": False, "case_enum": "A", "float_enum": 0.5, "null_enum": None,
            "mixed_enum": 2.5, "object_enum": {"a": 1}, "array_enum": [], "only_null": None}  # fmt: skip
    assert types.Enums.model_validate(wire).model_dump(by_alias=True) == {**wire, "inline_bool": False}
    with pytest.raises(ValueError):
        types.Enums.model_validate({"case_enum": "B"})


def test_numbers_at_the_edges(generated: Generated) -> None:
    types = load(generated, "numbers.yaml", "types")
    ok = {"bounded": 1e300, "length": "x" * 1000, "float_items": [1] * 10, "negative_length": "",
          "infinite_enum": 0.5, "int_bounds": 10**22}  # fmt: skip
    assert types.Numbers.model_validate(ok).model_dump(by_alias=True) == ok
    bad: dict[str, Any]
    for bad in ({"length": "x" * 1001}, {"float_items": []}, {"int_bounds": 999}):
        with pytest.raises(ValueError):
            types.Numbers.model_validate(bad)


def test_type_lists(generated: Generated) -> None:
    types = load(generated, "type-lists.yaml", "types")
    wire = {"nullable_string": None, "string_or_int": 1, "only_null": None, "array_or_null": [1, None],
            "object_or_null": None, "const_number": 2.5, "nullable_ref": None, "ref_with_type_list": "x",
            "everything": ["a"]}  # fmt: skip
    dumped = types.Values.model_validate(wire).model_dump(by_alias=True)
    assert dumped == {**wire, "const_string": "fixed", "const_null": None}
    assert types.Values.model_validate({"nullable_string": "s", "string_or_int": "t"}).string_or_int == "t"
    with pytest.raises(ValueError):
        types.Values.model_validate({})  # nullable_string is required, null or not


def test_a_spec_without_operations_gives_a_working_client_and_server(generated: Generated) -> None:
    pkg = load(generated, "empty-paths.yaml")
    with pkg.Client(base_url="http://127.0.0.1:9") as client:
        assert repr(client) == "Client(base_url='http://127.0.0.1:9')"
    assert load(generated, "empty-paths.yaml", "server").create_app().title == "empty"


def test_keywords_builtins_dunders_unicode_and_digits_as_names(generated: Generated) -> None:
    import keyword

    import httpx2

    types = load(generated, "names-keywords.yaml", "types")
    long_name = "L" + "o" * 297 + "ng"
    wire = {"class": 1, "1st": 2, "def": "d", "None": "n", "True": True, "async": "a", "await": "w", "match": "m",
            "case": "c", "_": "u", "type": "t", "list": ["l"], "id": "i", "print": "p", "__init__": "i",
            "__class__": "c", "__dict__": "d", "_private": "p", "naïve": "n", "名前": "n", "🐍": "s", "🐍🐍": "ss",
            "2": 2, "": "e", " ": "sp", "a.b": "ab", "a b": "a b", "$ref-ish": "r", long_name: "long"}  # fmt: skip
    model = types.Keywords
    assert len(model.model_fields) == len(wire)
    assert model.model_validate(wire).model_dump(by_alias=True) == wire
    assert model.model_validate({"class": 1, "1st": 2}).class_ == 1
    for name in model.model_fields:
        assert name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("_"), name
    # schemas named list, type, print, __init__, class, naïve, 名前, 🐍, 1st and 300 characters long
    assert {"ListModel", "Type", "Print", "Init", "Class", "Naive", "Model", "Model2", "Model1st"} <= set(dir(types))
    requests: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        requests.append(request)
        return httpx2.Response(200, json={"class": 3, "1st": 4})

    pkg = load(generated, "names-keywords.yaml")
    client = pkg.Client(base_url="http://test", http_client=httpx2.Client(transport=httpx2.MockTransport(answer)))
    assert client.class_.retrieve("i", lambda_=1, print="p", naive="n", field_1st="f").field_1_st == 4
    assert dict(requests[0].url.params) == {"lambda": "1", "print": "p", "naïve": "n"}
    assert requests[0].url.path == "/class/i" and requests[0].headers["1st"] == "f"
    client.root.delete("x")
    assert requests[1].url.path == "/名前/x"


def test_every_shape_of_additional_properties(generated: Generated) -> None:
    types = load(generated, "additional-properties.yaml", "types")
    wire = {"true_map": {"a": [1]}, "empty_map": {"b": None}, "string_map": {"c": "s"}, "ref_map": {"d": {"v": 1}},
            "list_map": {"e": [1, 2]}, "map_of_maps": {"f": {"g": 1.5}}, "nullable_map": None,
            "inline_object_map": {"h": {"v": "x"}}, "no_type_map": {"i": True},
            "union_map": {"j": "s", "k": {"v": 2}}, "mixed": {"name": "n", "extra": 1}}  # fmt: skip
    assert types.Maps.model_validate(wire).model_dump(by_alias=True, exclude_unset=True) == wire
    with pytest.raises(ValueError):
        types.Maps.model_validate({"string_map": {"c": 1}})
    assert types.Closed.model_validate({"name": "n"}).name == "n"


def test_big_spec_generates_every_schema_and_operation(generated: Generated) -> None:
    assert len(spec_bytes("big.json")) > 10_000_000
    types = generated.package("big.json") / "types"
    assert len([p for p in types.glob("schema_*.py") if not p.name.endswith("_param.py")]) == BIG_SCHEMAS
    text = "".join(p.read_text(encoding="utf-8") for p in (generated.package("big.json") / "resources").rglob("*.py"))
    assert sum(f"/items{i}/" in text for i in range(BIG_OPERATIONS)) == BIG_OPERATIONS
    # the chain of 1,500 schemas, each referring to the next, is complete (one cycle: one module)
    models = "".join(p.read_text(encoding="utf-8") for p in types.glob("schema_*.py") if "_param" not in p.name)
    assert len(re.findall(r"^class Schema\d+\(BaseModel\):$", models, flags=re.M)) == BIG_SCHEMAS
    next_field = r"^    next: (?:Annotated\[Optional\[Schema\d+\], NotNull\]|Optional\[Schema\d+\]) = None$"
    assert len(re.findall(next_field, models, flags=re.M)) == BIG_SCHEMAS


def test_deep_schemas(generated: Generated) -> None:
    types = load(generated, "deep-schema.yaml", "types")
    value: dict[str, Any] = {"a": 1}
    for _ in range(99):
        value = {"a": value}
    assert types.Deep.model_validate(value).model_dump(by_alias=True) == value
    nested: Any = 7
    for _ in range(396):
        nested = [nested]
    import pydantic

    assert pydantic.TypeAdapter(types.DeepArray).validate_python(nested) == nested
    assert pydantic.TypeAdapter(types.DeepUnion).validate_python("s") == "s"

