"""A spec kept in many files (tests/fixtures/cloud): one file per operation, shared parameter,
header and response files, schema files referring to each other, every ref relative to the
file it is written in. Read through the refs, validated as one document, generated whole
(client, models, server) and called end to end; and each way such a spec can be broken is
reported where it is."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
from gen_support import ALL_PARTS, ROOT, generate_into
from test_server_streaming import serve

from generator.load.loader import load_spec
from generator.normalize.normalizer import normalize
from generator.load.validate import validate_spec

CLOUD = ROOT / "tests" / "fixtures" / "cloud"
SPEC = CLOUD / "openapi.yaml"
PACKAGE = "cloud_client"
OPERATIONS = {
    "keys_list": ("get", "/v2/keys"),
    "keys_create": ("post", "/v2/keys"),
    "keys_get": ("get", "/v2/keys/{key_id}"),
    "keys_delete": ("delete", "/v2/keys/{key_id}"),
    "folders_get": ("get", "/v2/folders/{folder_id}"),
    "folders_delete": ("delete", "/v2/folders/{folder_id}"),
}


@pytest.fixture(scope="module")
def api() -> Any:
    return normalize(load_spec(SPEC))


# -- the IR --------------------------------------------------------------------------------------


def test_every_operation_is_read_through_its_refs(api: Any) -> None:
    ops = {op.id: op for op in api.operations}
    assert {k: (op.method, op.path) for k, op in ops.items()} == OPERATIONS
    # the one thing not generated is said where it is: the link in a response file
    assert [w.split(str(CLOUD) + "/", 1)[-1] for w in api.warnings] == [
        "resources/keys/responses/key_one.yml:14:1 (/links): warning: response `links` are not generated"
    ]
    # shared parameters (`../../shared/parameters.yml#/per_page`), defaults and bounds kept
    listing = {p.name: p for p in ops["keys_list"].parameters}
    assert list(listing) == ["per_page", "page"]
    assert (listing["per_page"].default, listing["per_page"].constraints.maximum) == (20, 200)
    # parameters/key_id.yml -> its schema in ../models/attributes.yml#/key_id
    (key_id,) = ops["keys_get"].parameters
    assert (key_id.name, key_id.location, key_id.type.kind, key_id.constraints.minimum) == ("key_id", "path", "int", 1)
    # a path item in a file of its own, with parameters for all its operations
    for op_id in ("folders_get", "folders_delete"):
        assert [(p.name, p.type.kind) for p in ops[op_id].parameters] == [("folder_id", "int")]
    types = api.type_by_id()

    def returns(op_id: str) -> dict[str, str | None]:
        return {r.status: r.type and types[r.type.name].name for r in ops[op_id].responses}

    assert returns("keys_list") == {"200": "KeysAllResponse", "401": "Error", "default": "Error"}
    assert returns("keys_create") == {"201": "KeyOneResponse", "401": "Error"}
    assert returns("keys_get") == {"200": "KeyOneResponse", "404": "Error"}
    assert returns("keys_delete") == {"204": None, "404": "Error"}
    assert returns("folders_get") == {"200": "Folder", "404": "Error"}
    (body,) = ops["keys_create"].request_bodies
    assert (body.content_type, types[body.type.name].name, body.required) == ("application/json", "KeyCreate", True)
    # the operation's callback is a `$ref` to shared/callbacks/, whose payload refers back to keys/models/
    (callback,) = api.callbacks
    assert (callback.key, callback.operation, callback.method) == ("keyRotated", "keys_create", "post")
    assert callback.payload is not None and types[callback.payload.type.name].name == "Key"


def test_schemas_in_other_files_have_stable_names(api: Any) -> None:
    by_name = {t.name: t for t in api.types}
    # a file holding one schema is named after the file, a file of named schemas by the name,
    # a response or request body file names the object inside it; `Owner`, re-exported by the
    # root's components, is one model (not an alias of `Owner2`)
    assert sorted(by_name) == [
        "Error", "Folder", "Key", "KeyCreate", "KeyOneResponse", "KeysAllResponse",
        "KeysAllResponseMeta", "Owner", "PageLinks",
    ]  # fmt: skip
    assert by_name["Key"].id == "resources/keys/models/key.yml#"
    assert by_name["Owner"].id == "shared/models.yml#/Owner"
    assert by_name["PageLinks"].id == "shared/pages.yml#/page_links"  # `#/page_links` inside pages.yml
    # key.yml's `properties` is a `$ref` into attributes.yml, whose own refs are relative to it
    key = {f.name: f for f in by_name["Key"].fields}
    assert list(key) == ["id", "name", "fingerprint", "folder"]
    assert (key["id"].required, key["id"].type.kind, key["name"].constraints.max_length) == (True, "int", 255)
    assert key["folder"].type.name == by_name["Folder"].id  # keys/ refers to folders/ ...
    folder = {f.name: f for f in by_name["Folder"].fields}
    assert folder["keys"].type.item is not None and folder["keys"].type.item.name == by_name["Key"].id  # ... and back
    assert folder["parent"].type.name == by_name["Folder"].id
    # allOf over three files: the page's own fields, pages.yml#/pagination, meta.yml
    page = {f.name: f.type for f in by_name["KeysAllResponse"].fields}
    assert list(page) == ["keys", "links", "meta"]
    assert page["links"].name == by_name["PageLinks"].id and page["meta"].name == by_name["KeysAllResponseMeta"].id


def test_clashing_names_from_other_files_are_told_apart_by_where_they_sit(tmp_path: Path) -> None:
    refs = ["shared/attributes/urn.yml", "vpcs/attributes/urn.yml", "pets.yml#/Owner", "people.yml#/Owner"]
    paths = "".join(
        f"  /r{i}:\n    get:\n      responses:\n        '200':\n          description: ok\n"
        f"          content:\n            application/json:\n              schema: {{$ref: '{ref}'}}\n"
        for i, ref in enumerate(refs)
    )
    (tmp_path / "openapi.yaml").write_text('openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n' + paths)
    obj = "type: object\nproperties:\n  id: {type: string}\n"
    for rel in ("shared/attributes/urn.yml", "vpcs/attributes/urn.yml"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(obj)
    for rel in ("pets.yml", "people.yml"):
        (tmp_path / rel).write_text("Owner:\n  " + obj.replace("\n", "\n  ").rstrip() + "\n")
    api = normalize(load_spec(tmp_path / "openapi.yaml"))
    assert {t.id: t.name for t in api.types} == {
        "shared/attributes/urn.yml#": "Urn",  # the first keeps the plain name
        "vpcs/attributes/urn.yml#": "VpcsUrn",  # then its folder ("attributes" says nothing)
        "pets.yml#/Owner": "Owner",
        "people.yml#/Owner": "PeopleOwner",  # one of several schemas in a file: the file's name
    }


def test_the_same_names_from_any_working_folder(tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere" / "cloud"
    shutil.copytree(CLOUD, copy)
    here = os.getcwd()
    try:
        os.chdir(tmp_path)
        moved = normalize(load_spec(Path("elsewhere/cloud/openapi.yaml")))
    finally:
        os.chdir(here)
    original = normalize(load_spec(SPEC))
    assert [(t.id, t.name, t.module) for t in moved.types] == [(t.id, t.name, t.module) for t in original.types]


# -- validation ------------------------------------------------------------------------------------


def test_validation_reads_every_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OASGEN_CACHE_DIR", str(tmp_path / "cache"))
    assert validate_spec(load_spec(SPEC)) == []
    broken = tmp_path / "cloud"
    shutil.copytree(CLOUD, broken)
    edit(broken / "shared" / "parameters.yml", "page:\n  name: page\n  in: query", "page:\n  name: page\n  in: body")
    edit(broken / "shared" / "models.yml", "    email:\n      type: string", "    email:\n      type: strang")
    edit(broken / "resources" / "keys" / "responses" / "key_one.yml", "description: One key.\n", "")
    found = {(Path(p.location.file).relative_to(broken).as_posix(), p.location.line, p.location.pointer) for p in validate_spec(load_spec(broken / "openapi.yaml"))}
    # each where it is, once, though key_one.yml and models.yml are reached from several operations
    assert ("shared/parameters.yml", 11, "/page") in found  # `in: body` is no parameter location
    assert ("shared/models.yml", 9, "/Owner/properties/email/type") in found
    assert ("resources/keys/responses/key_one.yml", 1, "") in found  # a response needs a description
    assert {file for file, _, _ in found} == {
        "shared/parameters.yml", "shared/models.yml", "resources/keys/responses/key_one.yml"
    }  # fmt: skip


def test_a_long_chain_of_schema_files_validates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """800 files, each schema's property the next file: the bundle copies them one after another."""
    monkeypatch.setenv("OASGEN_NO_CACHE", "1")
    (tmp_path / "s").mkdir()
    (tmp_path / "openapi.yaml").write_text(
        'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n'
        '        "200":\n          description: ok\n          content:\n            application/json:\n'
        '              schema: {$ref: "s/m0.yaml"}\n'
    )
    for i in range(800):
        last = "    v: {type: strang}\n" if i == 799 else f'    next: {{$ref: "m{i + 1}.yaml"}}\n'
        (tmp_path / "s" / f"m{i}.yaml").write_text("type: object\nproperties:\n" + last)
    found = {(Path(p.location.file).name, p.location.pointer) for p in validate_spec(load_spec(tmp_path / "openapi.yaml"))}
    assert ("m799.yaml", "/properties/v/type") in found and {f for f, _ in found} == {"m799.yaml"}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, (path, old)
    path.write_text(text.replace(old, new))


# -- broken refs: located, exit 2, nothing written ---------------------------------------------------


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "generator.cli", *args],
        cwd=cwd, env={**os.environ, "PYTHONPATH": str(ROOT), "OASGEN_NO_CACHE": "1"},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def broken_spec(tmp_path: Path, get_op: str, files: dict[str, str]) -> Path:
    """The cloud fixture with `GET /v2/keys` replaced by `get_op` and extra `files` written."""
    spec = tmp_path / "spec"
    shutil.copytree(CLOUD, spec)
    (spec / "resources" / "keys" / "keys_list.yml").write_text(get_op)
    for rel, text in files.items():
        (spec / rel).parent.mkdir(parents=True, exist_ok=True)
        (spec / rel).write_text(text)
    return spec


_OP = "operationId: keys_list\nresponses:\n  '200':\n    $ref: {ref}\n"


@pytest.mark.parametrize(
    ("ref", "files", "message", "where"),
    [
        (
            "'../../../outside.yml'",
            {},
            "$ref '../../../outside.yml' leaves the spec's root folder",
            "spec/resources/keys/keys_list.yml:4:5 (/responses/200/$ref)",
        ),
        (
            "'responses/gone.yml'",
            {},
            "$ref 'responses/gone.yml': file 'resources/keys/responses/gone.yml' not found",
            "spec/resources/keys/keys_list.yml:4:5 (/responses/200/$ref)",
        ),
        (
            "'../../shared/responses/more.yml'",
            {"shared/responses/more.yml": "description: more\ncontent:\n  application/json:\n    schema:\n      $ref: '../models.yml#/Nothing'\n"},
            "$ref '../models.yml#/Nothing' points at nothing: 'Nothing' not found",
            "spec/shared/responses/more.yml:5:7 (/content/application~1json/schema/$ref)",
        ),
        (
            "'../../shared/responses/loop_a.yml'",
            {"shared/responses/loop_a.yml": "$ref: 'loop/b.yml'\n", "shared/responses/loop/b.yml": "$ref: '../loop_a.yml'\n"},
            "$ref cycle with no schema in it",
            "spec/shared/responses/loop",
        ),
    ],
    ids=["leaves-root", "missing-file", "missing-pointer", "cycle"],
)
def test_broken_refs_are_located(tmp_path: Path, ref: str, files: dict[str, str], message: str, where: str) -> None:
    broken_spec(tmp_path, _OP.format(ref=ref), files)
    for args in (["generate", "spec/openapi.yaml", "-o", "out"], ["validate", "spec/openapi.yaml"], ["inspect", "spec/openapi.yaml"]):
        proc = cli(*args, cwd=tmp_path)
        assert proc.returncode == 2, (args, proc.stdout, proc.stderr)
        (line,) = proc.stderr.strip().splitlines()
        assert message in line and line.startswith("oasgen: error: " + where), line
    assert not (tmp_path / "out").exists()


def test_a_cycle_across_files_names_each_file_on_it(tmp_path: Path) -> None:
    broken_spec(
        tmp_path,
        _OP.format(ref="'../../shared/responses/loop_a.yml'"),
        {"shared/responses/loop_a.yml": "$ref: 'loop/b.yml'\n", "shared/responses/loop/b.yml": "$ref: '../loop_a.yml'\n"},
    )
    (line,) = cli("inspect", "spec/openapi.yaml", cwd=tmp_path).stderr.strip().splitlines()
    assert line == (
        "oasgen: error: spec/shared/responses/loop_a.yml:1:1 (/$ref): $ref cycle with no schema in it: "
        "spec/shared/responses/loop_a.yml# -> spec/shared/responses/loop/b.yml# -> spec/shared/responses/loop_a.yml#"
    )


# -- generated end to end ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("cloud")
    generate_into(SPEC, out, PACKAGE, emit=ALL_PARTS)
    from generator.emit.render import Renderer
    from generator.emit.server import scaffold_handlers
    from generator.pipeline import Target, build_api

    for rel, text in scaffold_handlers(build_api(Target(str(SPEC), PACKAGE)), PACKAGE, Renderer()).items():
        (out / PACKAGE / rel).write_text(text, encoding="utf-8")
    sys.path.insert(0, str(out))
    try:
        yield out
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def test_api_md_lists_every_operation(generated: Path) -> None:
    doc = (generated / PACKAGE / "api.md").read_text()
    for method, path in OPERATIONS.values():
        assert f"`{method.upper()} {path}`" in doc


def test_client_and_server_end_to_end(generated: Path) -> None:
    server = importlib.import_module(f"{PACKAGE}.server")
    client_mod = importlib.import_module(PACKAGE)
    types = importlib.import_module(f"{PACKAGE}.types")
    store: dict[int, Any] = {}
    seen: dict[str, Any] = {}

    class Keys:
        async def list(self, *, per_page: int | None, page: int | None, credentials: str) -> Any:
            seen["list"] = (per_page, page, credentials)
            return types.KeysAllResponse(keys=list(store.values()), links=types.PageLinks(first="/v2/keys?page=1"), meta={"total": len(store)})

        async def create(self, *, body: Any, credentials: str) -> Any:
            seen["create"] = body
            key = types.Key(id=len(store) + 1, name=body.name, fingerprint="ab:cd")
            store[key.id] = key
            return types.KeyOneResponse(key=key)

        async def retrieve(self, *, key_id: int, credentials: str) -> Any:
            if key_id not in store:
                raise server.ApiError(404, f"no key {key_id}", type="not_found")
            return types.KeyOneResponse(key=store[key_id])

        async def delete(self, *, key_id: int, credentials: str) -> None:
            store.pop(key_id)

    class Folders:
        async def retrieve(self, *, folder_id: int, credentials: str) -> Any:
            parent = types.Folder(id=1, keys=[])
            return types.Folder(id=folder_id, keys=list(store.values()), parent=parent, owner={"uuid": "u-1"})

        async def delete(self, *, folder_id: int, credentials: str) -> None:
            raise NotImplementedError

    app = server.create_app(server.Handlers(keys=Keys(), folders=Folders()))
    # the app's own OpenAPI document has every operation of the spec
    listed = {(m, p) for p, item in app.openapi()["paths"].items() for m in item}
    assert listed == set(OPERATIONS.values())

    with serve(app) as url, client_mod.Client(api_key="tok-1", base_url=url, max_retries=0) as client:
        created = client.keys.create(name="laptop", public_key="ssh-ed25519 AAAA", owner={"uuid": "u-1"})
        assert isinstance(created, types.KeyOneResponse) and isinstance(created.key, types.Key)
        assert (created.key.id, created.key.name) == (1, "laptop")
        assert seen["create"].owner.uuid == "u-1"  # the request body model, with the Owner from shared/models.yml

        page = client.keys.list(per_page=5)
        assert isinstance(page.to_model(), types.KeysAllResponse)  # a page over the response
        assert [k.name for k in page.keys] == ["laptop"] and page.meta.total == 1 and page.links is not None
        assert [k.name for k in page] == ["laptop"]  # iterating it yields the keys of every page
        assert seen["list"] == (5, 1, "tok-1")  # `page` took its default from the shared parameter

        got = client.keys.retrieve(1)
        assert got.key.fingerprint == "ab:cd"

        folder = client.folders.retrieve(7)
        assert isinstance(folder, types.Folder) and isinstance(folder.keys[0], types.Key)
        assert isinstance(folder.parent, types.Folder) and folder.owner is not None and folder.owner.uuid == "u-1"

        assert client.keys.delete(1) is None
        with pytest.raises(client_mod.NotFoundError):
            client.keys.retrieve(1)
        with pytest.raises(client_mod.APIStatusError) as info:
            client.folders.delete(7)
        assert info.value.status_code == 501


def test_generated_package_is_mypy_clean(generated: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(tmp_path / "cache"), PACKAGE],
        cwd=generated, env={**os.environ, "MYPYPATH": str(generated)}, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
