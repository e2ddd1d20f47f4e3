"""Handler methods as an editor shows them: the operation's text, then `Args:` with every
parameter of the handler the spec describes, in the words and the layout of the client.

Checked on the committed OpenAI package and on a small spec with every kind of handler
argument (path, header, query object, renamed and clashing names, form fields, files, a raw
body, a described body, optional credentials) and webhooks.
"""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import black
import pytest

from gen_support import ALL_PARTS, ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "editor" / "handlers.yaml"
DOCS_URL = "https://docs.example.com"


@functools.cache
def _openai() -> tuple[Path, Any]:
    """(package folder, IR) of the committed OpenAI output."""
    from generator.workflow.check import build_target
    from generator.workflow.config import load_config

    target = load_config(ROOT / "pyproject.toml").targets["openai"]
    return target.output / target.package, build_target(target).api


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    from generator.pipeline import Target, build_api, render_package, render_scaffold
    from generator.workflow.writer import write

    out = tmp_path_factory.mktemp("library")
    api = build_api(Target(str(FIXTURE), "library_client", docs_url=DOCS_URL))
    write(out, render_package(api, "library_client", emit=ALL_PARTS))
    for rel, text in render_scaffold(api, "library_client").items():
        (out / rel).write_text(text)
    return out / "library_client", api


# -- reading docstrings ------------------------------------------------------------------------


def _methods(path: Path, cls: str) -> dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]]:
    tree = ast.parse(path.read_text())
    found = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls]
    assert found, f"{path}: class {cls} not found"
    out: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
    for n in found[0].body:
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
            out.setdefault(n.name, []).append(n)
    return out


def _split(doc: str | None) -> tuple[str, dict[str, str]]:
    """(prose before `Args:`, {argument name: its text as laid out, hanging indent removed})."""
    if doc is None:
        return "", {}
    if "\nArgs:\n" not in doc:
        return doc, {}
    prose, section = doc.split("\nArgs:\n", 1)
    args: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in section.split("\n"):
        head = re.match(r"^    (\w+): ?(.*)$", line)
        if head:
            current = args.setdefault(head.group(1), [head.group(2)])
        elif current is not None:
            assert not line or line.startswith("        "), f"not hanging under its name: {line!r}"
            current.append(line[8:])
    return prose, {name: "\n".join(lines).strip("\n") for name, lines in args.items()}


def _flat(text: str) -> str:
    return " ".join(text.split())


# -- what the spec describes, keyed the same on both sides -------------------------------------


def _server_key(op: Any, arg: Any) -> tuple[str, ...]:
    """What spec item a handler argument carries: a parameter, a body field, the body whole."""
    location = {"path": "path", "path_object": "path", "query": "query", "query_object": "query"}
    if arg.source in location:
        return ("param", location[arg.source], arg.wire)
    if arg.source in ("header", "cookie"):
        return ("param", arg.source, arg.wire)
    if arg.source == "text_object":
        p = next(p for p in op.parameters if p.name == arg.wire and p.location in ("header", "cookie"))
        return ("param", p.location, p.name)
    if arg.source in ("file", "form", "form_object", "form_list"):
        return ("field", arg.wire)
    if arg.source == "body_field":  # one of several bodies' fields, by the client's name
        return ("argument", arg.wire)
    return (arg.source,)  # body, raw_body, credentials


def _client_key(op: Any, arg: Any) -> tuple[str, ...] | None:
    if arg.source in ("path", "query", "header", "cookie"):
        return ("param", arg.source, arg.wire_name)
    if arg.source in ("body", "file") and op.body_kind in ("multipart", "form"):
        return ("field", arg.wire_name)
    if arg.source == "raw_body" and op.body_kind in ("binary", "text"):
        return ("raw_body",)
    return None  # a JSON body's fields: the handler takes the model whole


def _only_body(op: Any) -> Any:
    return op.request_bodies[0] if len(op.request_bodies) == 1 else None


def _expected(op: Any, body: Any, types: dict[str, Any]) -> dict[tuple[str, ...], str]:
    """Spec items with something to say, and what: the parameters', the form fields' and the
    body's descriptions (deprecated ones at least say so)."""
    out: dict[tuple[str, ...], str] = {}
    for p in op.parameters:
        if p.description or p.deprecated:
            out[("param", p.location, p.name)] = p.description or "Deprecated."
    if len(op.request_bodies) > 1:  # the handler takes each of the client's body arguments
        for a in op.arguments:
            if a.source in ("body", "file", "raw_body") and (a.description or a.deprecated):
                out[("argument", a.py_name)] = a.description or "Deprecated."
        return out
    if body is None:
        return out
    model = types.get(body.type.name or "") if body.type.kind == "named" else None
    if body.kind in ("multipart", "form") and model is not None and model.kind == "object":
        for f in model.fields:
            if not f.read_only and (f.description or f.deprecated):
                out[("field", f.name)] = f.description or "Deprecated."
    else:
        out[("raw_body",) if body.kind in ("binary", "text", "multipart", "form") else ("body",)] = (
            body.description or ""
        )
    return out


@dataclass
class Figures:
    methods: int = 0  # handler methods (webhooks and callbacks included)
    described: int = 0  # arguments the spec describes, each found in its handler's docstring
    same_as_client: int = 0  # of them, compared with the client's text for the same parameter


def _check(package: Path, api: Any) -> Figures:
    from generator.emit.render import Renderer
    from generator.emit.server import ServerEmitter

    emitter = ServerEmitter(api, package.name, Renderer())
    types = api.type_by_id()
    resources = {res.path: res for res in api.resources}
    figures = Figures()
    problems: list[str] = []
    scaffold = package / "server_impl.py"
    for plan in emitter.resources:
        handlers = _methods(package / "server" / "handlers" / f"{plan.module}.py", plan.protocol)
        impl = _methods(scaffold, plan.impl) if scaffold.exists() else None
        for op_plan in plan.ops:
            op = op_plan.op
            where = f"{plan.protocol}.{op_plan.method} ({op.id})"
            (node,) = handlers[op_plan.method]
            figures.methods += 1
            doc = ast.get_docstring(node)
            prose, documented = _split(doc)
            signature = {a.arg for a in node.args.kwonlyargs}
            if not prose.strip():
                problems.append(f"{where}: no docstring")
            if op.summary and _flat(op.summary).split()[0] not in prose:
                problems.append(f"{where}: the summary is missing")
            if op.deprecated and "Deprecated" not in prose:
                problems.append(f"{where}: not said to be deprecated")
            if doc is not None and "](/" in doc:
                problems.append(f"{where}: a relative link is left")
            if impl is not None and ast.get_docstring(impl[op_plan.method][0]) != doc:
                problems.append(f"{where}: the scaffold's docstring differs")
            if set(documented) - signature:
                problems.append(f"{where}: documents {sorted(set(documented) - signature)}, not in its signature")
            keyed = {_server_key(op, a): a.name for a in op_plan.args}
            for key, text in _expected(op, _only_body(op), types).items():
                name = keyed.get(key)
                if name is None:
                    problems.append(f"{where}: the handler takes no argument for {key}")
                elif name not in documented:
                    problems.append(f"{where}: argument {name} ({key}) is not described")
                elif _flat(text) not in _flat(documented[name]):
                    problems.append(f"{where}: argument {name} does not say {_flat(text)[:60]!r}")
                else:
                    figures.described += 1
            # the client's method for the same operation says the same of the same parameter
            res = resources[op.resource]
            client = _methods(package / (res.module.replace(".", "/") + ".py"), res.class_name)[op.py_name][-1]
            _, client_documented = _split(ast.get_docstring(client))
            body = _only_body(op)
            same_body = body is not None and body.content_type == op.body_content_type
            for a in op.arguments:
                key = _client_key(op, a)
                if key is None or (key[0] != "param" and not same_body) or a.py_name not in client_documented:
                    continue
                name = keyed.get(key)
                if name is None or (key == ("raw_body",) and not (body is not None and body.description)):
                    continue
                figures.same_as_client += 1
                ours, theirs = documented.get(name) or "", client_documented[a.py_name]
                if name != a.py_name:  # wrapped after a name of another length
                    ours, theirs = _flat(ours), _flat(theirs)
                if ours != theirs:
                    problems.append(
                        f"{where}: {name} reads {documented.get(name)!r}, the client's {a.py_name} "
                        f"{client_documented[a.py_name]!r}"
                    )
    for hook in [*api.webhooks, *api.callbacks]:
        where = f"{hook.protocol}.__call__"
        (node,) = _methods(package / "server" / "webhooks.py", hook.protocol)["__call__"]
        figures.methods += 1
        prose, documented = _split(ast.get_docstring(node))
        said = hook.summary or hook.description
        if said and _flat(said).split()[0] not in prose:
            problems.append(f"{where}: the summary is missing")
        if hook.deprecated and "Deprecated" not in prose:
            problems.append(f"{where}: not said to be deprecated")
        if "event" not in documented:
            problems.append(f"{where}: event is not described")
        elif hook.payload is not None and _flat(hook.payload.description or "") not in _flat(documented["event"]):
            problems.append(f"{where}: event does not say {hook.payload.description!r}")
        else:
            figures.described += 1 if hook.payload is not None and hook.payload.description else 0
    assert not problems, "\n".join(problems)
    return figures


# -- tests -------------------------------------------------------------------------------------


def test_every_handler_of_a_small_spec_documents_its_arguments(library: tuple[Path, Any]) -> None:
    package, api = library
    figures = _check(package, api)
    # described: getBook 6, headBook 1, deleteBook 1, createBook's body, uploadCover's path
    # parameter and 3 form fields, uploadScan 2, loan_due's payload; compared with the client:
    # the 12 parameters and form fields, and uploadScan's path parameter
    assert figures == Figures(methods=6 + 2, described=16, same_as_client=13), figures


def test_handler_docstrings_read_as_laid_out(library: tuple[Path, Any]) -> None:
    package, _ = library
    (node,) = _methods(package / "server" / "handlers" / "books.py", "BooksHandler")["retrieve"]
    prose, args = _split(ast.get_docstring(node))
    assert prose.startswith("Read a book.\n\nReturns the book, as the [catalogue](https://docs.example.com/docs/catalogue)")
    assert "`GET /books/{book_id}` (getBook)" in prose
    # the names the handler has: `request_` (the route's own argument is `request`), `fields`
    # (the client calls it `include_fields`), the header's Python name
    assert list(args) == ["book_id", "request_", "fields", "filter", "legacy", "x_branch_id", "credentials"]
    assert args["fields"] == (
        "The fields to return, comma-separated. A long sentence that goes\n"
        "on well past the width of one line of a docstring.\n\n- `title`\n- `author`"
    )
    assert args["legacy"] == "Deprecated."
    (delete,) = _methods(package / "server" / "handlers" / "books.py", "BooksHandler")["delete"]
    assert "Deprecated: Books are archived now." in _split(ast.get_docstring(delete))[0]
    (cover,) = _methods(package / "server" / "handlers" / "books.py", "BooksHandler")["upload_cover"]
    _, args = _split(ast.get_docstring(cover))
    assert args["credit"] == "Deprecated. Who made the cover."
    assert "tags" not in args  # the spec says nothing about it
    assert args["credentials"].endswith("None\nwithout one.")
    (scan,) = _methods(package / "server" / "handlers" / "books.py", "BooksHandler")["scan"]
    assert _split(ast.get_docstring(scan))[1]["body"] == "The request body as sent (application/pdf)."
    (lost,) = _methods(package / "server" / "webhooks.py", "LoanLostWebhookHandler")["__call__"]
    prose, args = _split(ast.get_docstring(lost))
    assert prose == "A loan was reported lost.\n\nDeprecated.\n"
    assert args == {"event": "The `Loan` payload (application/json)."}


def test_handler_modules_are_black_stable(library: tuple[Path, Any]) -> None:
    package, _ = library
    paths = [*(package / "server" / "handlers").glob("*.py"), package / "server" / "webhooks.py"]
    paths.append(package / "server_impl.py")
    mode = black.Mode(line_length=88)
    unstable = [p.name for p in paths if black.format_str(p.read_text(), mode=mode) != p.read_text()]
    assert unstable == []


def test_every_openai_handler_documents_its_arguments() -> None:
    package, api = _openai()
    figures = _check(package, api)
    hooks = len(api.webhooks) + len(api.callbacks)
    assert figures.methods == len(api.operations) + hooks
    assert figures.described >= 700, figures
    assert figures.same_as_client >= 550, figures


def test_the_check_fails_when_a_handler_leaves_a_parameter_out(library: tuple[Path, Any], tmp_path: Path) -> None:
    """The check above is not vacuous: one described parameter taken out of one docstring."""
    import shutil

    package, api = library
    copy = tmp_path / package.name
    shutil.copytree(package, copy)
    handlers = copy / "server" / "handlers" / "books.py"
    text = handlers.read_text()
    cut = "            x_branch_id: The branch whose copy is meant.\n\n"
    assert cut in text
    handlers.write_text(text.replace(cut, ""))
    with pytest.raises(AssertionError, match=r"x_branch_id .* is not described"):
        _check(copy, api)
