"""Naming from an SDK's api.md, the naming file's long form, the argument convention, and the
OpenAI client against the official SDK's reference (`specs/sdk/openai-python/api.md`)."""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator

import pytest

from gen_support import OPENAI_2026, ROOT

OPENAI_API_MD = ROOT / "specs" / "sdk" / "openai-python" / "api.md"
OPENAI_NAMING = ROOT / "specs" / "openai-2026-08-21.naming.yaml"
OPENAI_OUTPUT = ROOT / "output" / "openai"

SPEC = """\
openapi: 3.1.0
info: {title: Shop, version: "1"}
paths:
  /stores/{store_id}/items/{item_id}:
    get:
      operationId: getItem
      parameters:
        - {name: store_id, in: path, required: true, schema: {type: string}}
        - {name: item_id, in: path, required: true, schema: {type: string}}
        - {name: X-Shop-Beta, in: header, schema: {type: array, items: {type: string}}}
        - {name: bytes, in: query, schema: {type: integer}}
      responses: {"200": {description: ok}}
  /stores/{store_id}/items/{item_id}/content:
    get:
      operationId: getItemContent
      parameters:
        - {name: store_id, in: path, required: true, schema: {type: string}}
        - {name: item_id, in: path, required: true, schema: {type: string}}
      responses: {"200": {description: ok}}
  /stores/{shop}/validate?beta=true:
    post:
      operationId: validateStore
      parameters:
        - {name: shop, in: path, required: true, schema: {type: string}}
        - {name: openai-beta, in: header, schema: {type: string, x-stainless-param: betas}}
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {import: {type: string}, type: {type: string}}}
      responses: {"200": {description: ok}}
  /stores:
    get:
      operationId: listStores
      responses: {"200": {description: ok}}
  /stores/{store_id}/archive:
    post:
      operationId: archiveStore
      parameters:
        - {name: store_id, in: path, required: true, schema: {type: string}}
      responses: {"200": {description: ok}}
"""

API_MD = """\
# Stores

Methods:

- <code title="get /stores">client.admin.stores.<a href="./x.py">list</a>() -> SyncPage[Store]</code>
- <code title="post /stores/{store_id}/validate?beta=true">client.beta.stores.<a href="x">validate</a>(store_id, \\*\\*<a href="p">params</a>) -> None</code>
- <code>client.admin.stores.<a href="x">wait_for_it</a>(\\*args) -> Store</code>
- <code title="delete /stores/{store_id}">client.admin.stores.<a href="x">delete</a>(store_id) -> None</code>
- <code title="get /stores">not a call at all</code>

# [Items](items/api.md)
"""

ITEMS_MD = """\
- <code title="get /stores/{store_id}/items/{item_id}">client.admin.stores.items.<a href="x">retrieve</a>(item_id, \\*, store_id, \\*\\*<a href="p">params</a>) -> Item</code>
- <code title="get /stores/{store_id}/items/{item_id}/content">client.admin.stores.items.<a href="x">content</a>(store_id, item_id) -> str</code>
- <code title="get /stores/{store_id}/items/{item_id}/content">client.admin.stores.items.<a href="x">retrieve_content</a>(store_id, item_id) -> str</code>
"""


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    (tmp_path / "spec.yaml").write_text(SPEC)
    (tmp_path / "api.md").write_text(API_MD)
    (tmp_path / "items").mkdir()
    (tmp_path / "items" / "api.md").write_text(ITEMS_MD)
    return tmp_path


def _api(spec: Path, naming: Path | None = None) -> Any:
    from generator.pipeline import Target, build_api

    return build_api(Target(str(spec), "shop", naming=str(naming) if naming else None))


def oasgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "OASGEN_NO_CACHE": "1", "PATH": "/usr/bin:/bin"},
    )


# -- the reference --------------------------------------------------------------------------


def test_reference_lines_are_read_with_their_endpoints_and_linked_files(shop: Path) -> None:
    from generator.workflow.sdk_reference import read_reference

    ref = read_reference(shop / "api.md")
    calls = {line.dotted: line for line in ref.lines}
    assert list(calls) == [
        "admin.stores.list", "beta.stores.validate", "admin.stores.wait_for_it", "admin.stores.delete",
        "admin.stores.items.retrieve", "admin.stores.items.content", "admin.stores.items.retrieve_content",
    ]  # fmt: skip
    validate = calls["beta.stores.validate"]
    assert (validate.http_method, validate.path, validate.query) == ("post", "/stores/{store_id}/validate", (("beta", "true"),))
    assert validate.positional == ("store_id",) and validate.keyword == ()
    retrieve = calls["admin.stores.items.retrieve"]
    assert retrieve.positional == ("item_id",) and retrieve.keyword == ("store_id",)
    assert str(retrieve.where) == f"{shop / 'items' / 'api.md'}:1:3"
    assert calls["admin.stores.wait_for_it"].http_method is None  # written by hand: no endpoint
    assert [str(w) for w, _ in ref.unreadable] == [f"{shop / 'api.md'}:9:3"]


def test_matching_names_operations_and_reports_what_is_left(shop: Path) -> None:
    from generator.normalize.naming_file import OperationNaming
    from generator.workflow.sdk_reference import match_reference, read_reference

    ref = read_reference(shop / "api.md")
    result = match_reference(ref, _api(shop / "spec.yaml"), params={"X-Shop-Beta": "betas"})
    assert result.naming["listStores"] == "admin.stores.list"
    # the reference calls the path parameter `store_id` where the spec says `shop`
    assert result.naming["validateStore"] == OperationNaming(call="beta.stores.validate", params=(("shop", "store_id"),))
    assert result.naming["getItem"] == "admin.stores.items.retrieve"  # the convention: nothing to say
    # two lines, one operation; both path parameters positional, unlike the convention
    assert result.naming["getItemContent"] == OperationNaming(
        call="admin.stores.items.content", also=("admin.stores.items.retrieve_content",), positional=("store_id", "item_id")
    )
    # no line: the default call path, under the prefix the reference gives `stores`
    assert result.naming["archiveStore"] == "admin.stores.archive"
    assert result.naming["*"] == OperationNaming(params=(("X-Shop-Beta", "betas"),))
    assert [line.dotted for line in result.unmatched_lines] == ["admin.stores.delete"]
    assert [line.dotted for line in result.handwritten] == ["admin.stores.wait_for_it"]
    assert result.unmatched_operations == [("archiveStore", "admin.stores.archive")]
    report = "\n".join(result.report(ref))
    assert "1 line(s) match no operation; 1 operation(s) have no line" in report
    assert f"{shop / 'api.md'}:8:3: no operation for delete /stores/{{store_id}} (client.admin.stores.delete)" in report


def test_the_command_writes_a_naming_file_the_generator_follows(shop: Path) -> None:
    proc = oasgen(
        "naming", "from-api-md", "api.md", "spec.yaml", "-o", "shop.naming.yaml", "--param", "X-Shop-Beta=betas", cwd=shop
    )
    assert proc.returncode == 0, proc.stderr
    assert "1 line(s) match no operation" in proc.stderr and "Traceback" not in proc.stderr
    strict = oasgen("naming", "from-api-md", "api.md", "spec.yaml", "--strict", "--param", "X-Shop-Beta=betas", cwd=shop)
    assert strict.returncode == 1 and strict.stdout == (shop / "shop.naming.yaml").read_text()
    api = _api(shop / "spec.yaml", shop / "shop.naming.yaml")
    ops = {op.id: op for op in api.operations}
    assert (ops["getItemContent"].resource, ops["getItemContent"].py_name) == (("admin", "stores", "items"), "content")
    assert ops["getItemContent"].aliases == [(("admin", "stores", "items"), "retrieve_content")]
    assert [(a.py_name, a.positional) for a in ops["getItemContent"].arguments] == [("store_id", True), ("item_id", True)]
    assert [(a.py_name, a.positional) for a in ops["validateStore"].arguments] == [
        ("store_id", True), ("import_", False), ("type", False), ("betas", False),
    ]  # fmt: skip
    # the convention: the last path parameter positional, the others keyword-only, first
    assert [(a.py_name, a.positional) for a in ops["getItem"].arguments] == [
        ("item_id", True), ("store_id", False), ("bytes", False), ("betas", False),
    ]  # fmt: skip


def test_a_naming_file_written_over_a_base_keeps_its_paging_declarations(shop: Path) -> None:
    from generator.normalize.naming_file import load_naming

    (shop / "base.yaml").write_text(
        '"*":\n  pagination:\n    - {kind: page_number, page_param: page, paths: ["/stores/*"], link: true}\n'
        'listStores:\n  pagination: {kind: offset, offset_param: skip, items: ""}\narchiveStore: {pagination: none}\n'
    )
    proc = oasgen("naming", "from-api-md", "api.md", "spec.yaml", "--base", "base.yaml", "-o", "out.yaml", cwd=shop)
    assert proc.returncode == 0, proc.stderr
    written, base = load_naming(shop / "out.yaml"), load_naming(shop / "base.yaml")
    for key in ("listStores", "archiveStore"):  # one named by a line, one without
        assert written[key].pagination == base[key].pagination  # type: ignore[union-attr]
    assert [r.entry for r in written["*"].pagination_rules] == [  # type: ignore[union-attr]
        {"kind": "page_number", "page_param": "page", "paths": ["/stores/*"], "link": True}
    ]
    assert written["listStores"].call == "admin.stores.list"  # type: ignore[union-attr]


def test_the_command_refuses_bad_input_with_a_located_message(shop: Path) -> None:
    proc = oasgen("naming", "from-api-md", "missing.md", "spec.yaml", cwd=shop)
    assert proc.returncode == 2 and proc.stderr == "oasgen: error: missing.md: API reference not found\n"
    proc = oasgen("naming", "from-api-md", "api.md", "spec.yaml", "--param", "X-Shop-Beta", cwd=shop)
    assert proc.returncode == 2 and "expected WIRE=NAME" in proc.stderr
    assert not (shop / "shop.naming.yaml").exists()


# -- the naming file's long form ---------------------------------------------------------------


def test_long_form_renames_and_positional_override(shop: Path) -> None:
    naming = shop / "n.yaml"
    naming.write_text(
        textwrap.dedent(
            """\
            "*":
              params: {x-shop-beta: flags}
            getItem:
              call: stores.items.get
              params: {bytes: size, store_id: store}
              positional: [store, item_id]
            listStores: stores.list
            nowhere: a.b
            archiveStore:
              call: stores.list
              positional: [missing]
            """
        )
    )
    api = _api(shop / "spec.yaml", naming)
    ops = {op.id: op for op in api.operations}
    assert [(a.py_name, a.positional) for a in ops["getItem"].arguments] == [
        ("store", True), ("item_id", True), ("size", False), ("flags", False),
    ]  # fmt: skip
    warnings = "\n".join(api.warnings)
    assert f"{naming}:8:1 (/nowhere): warning: naming file: the spec has no operation 'nowhere'" in warnings
    assert f"{naming}:9:1 (/archiveStore): warning: naming file: 'stores.list' is named twice" in warnings
    assert "archiveStore: positional 'missing' is not a required argument" in warnings
    assert [(a.py_name, a.positional) for a in ops["archiveStore"].arguments] == [("store_id", True)]


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("getItem:\n  cal: a.b\n", ":2:3 (/getItem/cal)", "unknown key 'cal' (expected call, also, params, positional, pagination)"),
        ("getItem:\n  params: {bytes: 2x}\n", ":2:12 (/getItem/params/bytes)", "parameter 'bytes': '2x' is not a Python name"),
        ("getItem:\n  positional: store\n", ":2:3 (/getItem/positional)", "`positional` must be a list of argument names"),
        ("getItem:\n  also: [a..b]\n", ":2:3 (/getItem/also)", "'a..b' is not a call path"),
        ('"*": a.b\n', ":1:1 (/*)", "takes a mapping with `params`"),
        ('"*":\n  call: a.b\n', ":2:3 (/*/call)", "unknown key 'call' (expected params, types, pagination)"),
    ],
)
def test_long_form_errors_are_located(tmp_path: Path, text: str, where: str, message: str) -> None:
    from generator.errors import OasgenError
    from generator.normalize.naming_file import load_naming

    path = tmp_path / "n.yaml"
    path.write_text(text)
    with pytest.raises(OasgenError) as info:
        load_naming(path)
    assert str(info.value).startswith(f"{path}{where}: naming file: ")
    assert message in str(info.value)


def test_generated_methods_follow_the_convention_and_aliases(shop: Path, package_of: Callable[..., ModuleType]) -> None:
    naming = shop / "n.yaml"
    naming.write_text("getItemContent:\n  call: items.content\n  also: [items.retrieve_content, stores.validate]\n")
    shop_client = package_of(shop / "spec.yaml", "shop_client", naming=naming)
    for client in (shop_client.Client(), shop_client.AsyncClient()):
        for method in (client.items.content, client.items.retrieve_content, client.stores.validate):
            assert _shape(method) == (["item_id"], {"store_id"})
        assert _shape(client.stores.items.retrieve) == (["item_id"], {"store_id", "x_shop_beta", "bytes"})
        # the default call path `stores.validate` is taken: the operationId names it
        assert _shape(client.stores.validate_store) == (["shop"], {"import_", "type", "betas"})
        assert client.items.with_raw_response.retrieve_content is not None
        for name in [m for m in sys.modules if m == "shop_client" or m.startswith("shop_client.")]:
            del sys.modules[name]


def _shape(method: Any) -> tuple[list[str], set[str]]:
    """(positional parameters, keyword-only parameters) of a method, the runtime's own left out."""
    params = inspect.signature(method).parameters.values()
    positional = [p.name for p in params if p.kind == p.POSITIONAL_OR_KEYWORD]
    keyword = {p.name for p in params if p.kind == p.KEYWORD_ONLY}
    return positional, keyword - {"extra_headers", "extra_query", "extra_body", "timeout"}


# -- the OpenAI client against the official SDK's reference ------------------------------------


def test_the_openai_naming_file_is_what_the_reference_gives() -> None:
    """specs/openai-2026-08-21.naming.yaml is the command's output (regenerate it so)."""
    proc = oasgen(
        "naming", "from-api-md", str(OPENAI_API_MD), str(OPENAI_2026), "--base", str(OPENAI_NAMING),
        "--param", "openai-beta=betas", cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == OPENAI_NAMING.read_text()
    assert "283 method line(s) matched to 281 operation(s)" in proc.stderr
    assert "0 line(s) match no operation; 7 operation(s) have no line" in proc.stderr


@pytest.fixture(scope="module")
def openai_clients() -> Iterator[list[Any]]:
    sys.path.insert(0, str(OPENAI_OUTPUT))
    try:
        import openai_client

        yield [openai_client.Client(api_key="k"), openai_client.AsyncClient(api_key="k")]
    finally:
        sys.path.remove(str(OPENAI_OUTPUT))


def test_every_reference_method_exists_with_its_positional_parameters(openai_clients: list[Any]) -> None:
    from generator.workflow.sdk_reference import read_reference

    lines = [line for line in read_reference(OPENAI_API_MD).lines if line.http_method]
    assert len(lines) == 283
    wrong = []
    for client in openai_clients:
        for line in lines:
            target = client
            try:
                for part in line.call:
                    target = getattr(target, part)
            except AttributeError:
                wrong.append(f"{type(client).__name__}: client.{line.dotted} is missing")
                continue
            positional, keyword = _shape(target)
            if positional != list(line.positional) or not set(line.keyword) <= keyword:
                wrong.append(f"{type(client).__name__}: client.{line.dotted}{inspect.signature(target)}")
    assert wrong == []


def test_sdk_keyword_names(openai_clients: list[Any]) -> None:
    """Names the SDK's callers use where the spec's own would differ."""
    for client in openai_clients:
        assert "bytes" in _shape(client.uploads.create)[1]
        assert "betas" in _shape(client.beta.responses.create)[1]
        assert _shape(client.fine_tuning.alpha.graders.validate)[0] == []


# -- any spec: its client documented as a reference names the same client again ------------------


def reference_of(api: Any) -> str:
    """A Stainless-style api.md of a generated client: one line per method with its endpoint."""
    import html
    import urllib.parse

    lines = ["# Reference", ""]
    for op in api.operations:
        query = "?" + urllib.parse.urlencode(op.fixed_query) if op.fixed_query else ""
        title = html.escape(f"{op.method} {op.path}{query}", quote=True).replace("\n", "&#10;").replace("\r", "&#13;")
        positional = [a.py_name for a in op.arguments if a.positional]
        keyword = [a.py_name for a in op.arguments if a.source == "path" and not a.positional]
        args = ", ".join(positional + (["\\*", *keyword] if keyword else []) + ["\\*\\*params"])
        for resource, name in [(op.resource, op.py_name), *op.aliases]:
            call = f'client.{".".join(resource)}.<a href="./x.py">{name}</a>({args})'
            lines.append(f'- <code title="{title}">{call} -> <a href="./y.py">None</a></code>')
    return "\n".join(lines) + "\n"


def _call_tree(api: Any) -> dict[str, Any]:
    return {
        op.id: (op.resource, op.py_name, sorted(op.aliases), [a.wire_name for a in op.arguments if a.positional])
        for op in api.operations
    }


def _named_again(spec_path: Path, naming_path: Path | None, folder: Path) -> tuple[Any, Any]:
    """(the client of the spec and naming file, the client named by the naming file its api.md
    gives, written to `folder/named.yaml`)."""
    from generator.load.loader import load_spec
    from generator.normalize.naming_file import load_naming
    from generator.normalize.normalizer import normalize
    from generator.workflow.sdk_reference import match_reference, read_reference, render_naming

    original = normalize(load_spec(str(spec_path)), naming_overrides=load_naming(naming_path) if naming_path else None)
    (folder / "api.md").write_text(reference_of(original), encoding="utf-8")
    reference = read_reference(folder / "api.md")
    result = match_reference(reference, normalize(load_spec(str(spec_path))))
    assert reference.unreadable == [] and result.unmatched_lines == [] and result.unmatched_operations == []
    (folder / "named.yaml").write_text(render_naming(result, "api.md"), encoding="utf-8")
    again = normalize(load_spec(str(spec_path)), naming_overrides=load_naming(folder / "named.yaml"))
    return original, again


#: Names made safe meeting another argument's wire name: path `class` (`class_`) and body
#: `class_`, body `import` and query `import_`, query `for` and header `for_`, query `X-Tag`
#: (`x_tag`) and header `x_tag`.
ESCAPED_SPEC = """\
openapi: 3.1.0
info: {title: Escapes, version: "1"}
paths:
  /things/{class}/things:
    put:
      operationId: updateThing
      parameters:
        - {name: class, in: path, required: true, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, required: [class_], properties: {class_: {type: string}}}
      responses: {"200": {description: ok}}
  /imports/{id}:
    post:
      operationId: createImport
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: import_, in: query, required: true, schema: {type: string}}
        - {name: for, in: query, required: true, schema: {type: string}}
        - {name: for_, in: header, required: true, schema: {type: string}}
        - {name: X-Tag, in: query, required: true, schema: {type: string}}
        - {name: x_tag, in: header, required: true, schema: {type: string}}
        - {name: _page, in: query, required: true, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, required: [import], properties: {import: {type: string}}}
      responses: {"200": {description: ok}}
"""

ESCAPED_NAMING = """\
updateThing:
  call: things.update
  positional: [class_]
createImport:
  call: imports.create
  positional: [import_, for_, x_tag, id]
"""


def test_positional_names_are_the_methods_before_wire_names(tmp_path: Path) -> None:
    """`positional` lists the method's names: `class_` is path `class` (made safe), not the
    body field whose wire name is `class_` and which the method calls `body_class_`."""
    (tmp_path / "spec.yaml").write_text(ESCAPED_SPEC)
    (tmp_path / "n.yaml").write_text(ESCAPED_NAMING)
    api = _api(tmp_path / "spec.yaml", tmp_path / "n.yaml")
    ops = {op.id: op for op in api.operations}
    assert [(a.py_name, a.wire_name, a.positional) for a in ops["updateThing"].arguments] == [
        ("class_", "class", True), ("body_class_", "class_", False),
    ]  # fmt: skip
    assert [(a.py_name, a.wire_name, a.source) for a in ops["createImport"].arguments if a.positional] == [
        ("import_", "import", "body"), ("for_", "for", "query"), ("x_tag", "X-Tag", "query"), ("id", "id", "path"),
    ]  # fmt: skip
    assert not any("positional" in w.split(": warning: ", 1)[-1] for w in api.warnings)
    # a wire name still names the argument whose own name no argument has (`_page` is `page`)
    (tmp_path / "n.yaml").write_text("createImport:\n  positional: [_page, header_for_]\n")
    op = _api(tmp_path / "spec.yaml", tmp_path / "n.yaml").operations[1]
    assert [(a.py_name, a.wire_name) for a in op.arguments if a.positional] == [("page", "_page"), ("header_for_", "for_")]


def test_escaped_names_are_named_again_from_the_reference(tmp_path: Path) -> None:
    """The round trip below, on names made safe that meet other wire names; the last path
    parameter listed as the method calls it (`update(class_)`) is the convention, not written."""
    (tmp_path / "spec.yaml").write_text(ESCAPED_SPEC)
    (tmp_path / "n.yaml").write_text(ESCAPED_NAMING)
    original, again = _named_again(tmp_path / "spec.yaml", tmp_path / "n.yaml", tmp_path)
    assert _call_tree(original) == {
        "updateThing": (("things",), "update", [], ["class"]),
        "createImport": (("imports",), "create", [], ["import", "for", "X-Tag", "id"]),
    }
    assert _call_tree(again) == _call_tree(original)
    named = (tmp_path / "named.yaml").read_text()
    assert "updateThing: things.update\n" in named
    assert "  positional: [import_, for_, x_tag, id]\n" in named
    original, again = _named_again(tmp_path / "spec.yaml", None, tmp_path)
    assert _call_tree(again) == _call_tree(original) and "positional" not in (tmp_path / "named.yaml").read_text()


def test_any_client_documented_as_a_reference_is_named_again_from_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Spec -> client -> api.md -> naming file -> the same call tree and positional parameters,
    for random specs (odd paths, fixed queries, clashing names, naming files of their own)."""
    from hypothesis import HealthCheck, given, settings

    from spec_strategies import GeneratedSpec, valid_documents

    seen = {"examples": 0, "operations": 0}

    @settings(
        max_examples=100,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )
    @given(valid_documents())
    def roundtrip(drawn: GeneratedSpec) -> None:
        folder = tmp_path_factory.mktemp("roundtrip")
        spec_path, naming_path = drawn.write(folder)
        original, again = _named_again(spec_path, naming_path, folder)
        assert _call_tree(again) == _call_tree(original)
        seen["examples"] += 1
        seen["operations"] += len(original.operations)

    roundtrip()
    assert seen["examples"] >= 100 and seen["operations"] >= 100
