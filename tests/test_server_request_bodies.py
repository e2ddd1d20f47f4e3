"""Every request body an operation accepts goes from the generated client to the generated server.

For every operation of the pinned OpenAI spec that has a request body, and for each of its
bodies (JSON, form, multipart, raw), the client's method is called with `content_type=` naming
that body (or with no selector where there is only one) and with a value for each of the
body's arguments; the server (uvicorn on 127.0.0.1) reads the body by its media type and the
handler records what it receives. Each argument sent arrives, with its value. A Discord excerpt
checks files sent as `files[0]`, ... beside the JSON fields, and JSON when no file is given.
"""

from __future__ import annotations

import asyncio
import importlib
import json
from pathlib import Path
from typing import Any, Iterator

import pydantic
import pytest

from gen_support import OPENAI_2026, ROOT
from generator.emit.render import Renderer
from generator.emit.server import ServerEmitter
from generator.ir import Api, BodyPart, Operation, RequestBody, TypeRef
from generator.pipeline import Target, build_api, render_package
from generator.workflow.writer import write
from test_server_streaming import serve
from test_server_support import Samples, import_fresh

OPENAI_NAMING = ROOT / "specs" / "openai-2026-08-21.naming.yaml"
DISCORD = ROOT / "tests" / "fixtures" / "bodies" / "discord-messages.json"
FILE = b"\x89PNG\r\n\x1a\nfile bytes"


class Recorder:
    """`Handlers` whose every method records its keywords and answers `{}`."""

    def __init__(self, api: Api, server: Any, package: str) -> None:
        from fastapi.responses import Response

        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.plans = {}
        emitter = ServerEmitter(api, package, Renderer())
        objects = {}
        for plan in emitter.resources:
            methods = {}
            for op in plan.ops:
                self.plans[op.op.id] = op

                def make(op_id: str) -> Any:
                    async def method(_self: Any, **kwargs: Any) -> Any:
                        self.calls.append((op_id, {k: await _plain(v) for k, v in kwargs.items()}))
                        return Response(b"{}", 200, media_type="application/json")

                    return method

                methods[op.method] = make(op.op.id)
            objects[plan.attribute] = type(plan.impl, (), methods)()
        self.handlers = server.Handlers(**objects)


async def _plain(value: Any) -> Any:
    """What a handler received, as JSON-like data; an UploadFile as ("file", its bytes)."""
    from starlette.datastructures import UploadFile

    if isinstance(value, UploadFile):
        return ("file", await value.read())
    if isinstance(value, list):
        return [await _plain(v) for v in value]
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, bytes):
        return value
    return pydantic.TypeAdapter(Any).dump_python(value, mode="json")


class Values:
    """A value of each argument's type that survives every encoding: lists and maps hold one
    item, objects their required fields, files are bytes."""

    def __init__(self, api: Api) -> None:
        self.samples = Samples(api)
        self.types = api.type_by_id()

    def of(self, t: TypeRef, depth: int = 0) -> Any:
        if t.kind == "array" and t.item is not None and depth < 6:
            return [self.of(t.item, depth + 1)]
        if t.kind == "map" and t.item is not None and depth < 6:
            return {"k": self.of(t.item, depth + 1)}
        if t.kind == "named" and t.name is not None:
            named = self.types[t.name]
            if named.kind == "alias" and named.alias_of is not None:
                return self.of(named.alias_of, depth + 1)
        if t.kind == "bytes":
            return FILE
        if t.kind == "union" and t.members:
            plain = [m for m in t.members if "bytes" not in repr(m)]  # a file: not in JSON
            return self.of((plain or list(t.members))[0], depth + 1)
        value = self.samples.of(t, depth)
        c = t.constraints
        if c is not None and isinstance(value, int) and not isinstance(value, bool) and c.minimum is not None:
            value = max(value, int(c.minimum))
        return value

    def part(self, part: BodyPart, body: RequestBody) -> Any:
        if part.kind == "file":
            return ("picture.png", FILE, "image/png")
        if part.kind in ("files", "indexed_files"):
            return [("a.png", FILE, "image/png"), ("b.png", FILE + b"2", "image/png")]
        if part.kind == "whole" and body.kind == "binary":
            return FILE if part.type.kind == "bytes" else "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n"
        if part.kind == "whole" and body.kind == "text":
            return "some text"
        value = self.of(part.type)
        model = self.types.get(body.type.name or "")
        field = next((f for f in model.fields if f.name == part.wire_name), None) if model else None
        c = field.constraints if field is not None else None
        if c is not None and isinstance(value, (int, float)) and not isinstance(value, bool):
            if c.minimum is not None:
                value = max(value, type(value)(c.minimum))
            if c.maximum is not None:
                value = min(value, type(value)(c.maximum))
        if c is not None and isinstance(value, str) and c.min_length:
            value = value * c.min_length
        return value


def _sendable(part: BodyPart, body: RequestBody, types: dict[str, Any]) -> bool:
    """A JSON or form field holding bytes cannot be sent (the spec's JSON twin of a file)."""
    if part.kind in ("field", "json", "text") and body.kind in ("json", "form"):
        members = part.type.members if part.type.kind == "union" else (part.type,)
        return any("'bytes'" not in repr(m) for m in members)
    if body.kind == "form" and part.kind not in ("field", "whole"):
        return False
    return True


def _call_kwargs(op: Operation, body: RequestBody, values: Values, api: Api) -> tuple[list[Any], dict[str, Any]]:
    types = api.type_by_id()
    positional: list[Any] = []
    kwargs: dict[str, Any] = {}
    for a in op.arguments:
        if a.source in ("path", "query", "header", "cookie") and (a.required or a.source == "path"):
            value = values.of(a.type)
            if a.source == "path":
                value = str(value) if not isinstance(value, (int, float)) else value
            if a.positional:
                positional.append(value)
            else:
                kwargs[a.py_name] = value
    for part in body.parts:
        if op.streaming is not None and part.wire_name == op.streaming.param:
            continue  # the stream flag: a stream answers with events, not `{}`
        if _sendable(part, body, types):
            kwargs[part.argument] = values.part(part, body)
    if op.body_selector is not None:
        kwargs[op.body_selector] = body.content_type
    return positional, kwargs


def _expected(value: Any, part: BodyPart, body: RequestBody) -> Any:
    """What the handler should hold for a value sent (a raw body is its bytes)."""
    if part.kind == "whole" and body.kind == "binary" and isinstance(value, str):
        return value.encode("utf-8")
    if part.kind == "file":
        return ("file", value[1])
    if part.kind in ("files", "indexed_files"):
        return [("file", v[1]) for v in value]
    if isinstance(value, bytes):
        return value
    return json.loads(json.dumps(value))


def _received(recorder: Recorder, op: Operation, body: RequestBody, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The handler's keywords by the client's argument names."""
    op_id, got = recorder.calls[-1]
    assert op_id == op.id
    plan = recorder.plans[op.id]
    out: dict[str, Any] = {}
    if len(op.request_bodies) > 1:
        for a in plan.args:
            if a.source == "body_field":
                out[a.wire] = got[a.name]
        return out
    whole = next((a for a in plan.args if a.name == "body"), None)
    if whole is not None and whole.source == "body":
        dumped = got["body"]
        by_wire = {p.wire_name: p.argument for p in body.parts}
        if body.parts and body.parts[0].kind == "whole":
            return {body.parts[0].argument: dumped}
        return {by_wire[k]: v for k, v in (dumped or {}).items() if k in by_wire}
    if whole is not None and whole.source == "raw_body":
        return {body.parts[0].argument: got["body"]}
    by_wire = {p.wire_name: p.argument for p in body.parts}
    for a in plan.args:
        if a.wire in by_wire and a.source in ("form", "form_object", "form_list", "file"):
            out[by_wire[a.wire]] = got[a.name]
    return out


def _method(client: Any, op: Operation) -> Any:
    target = client
    for part in op.resource:
        target = getattr(target, part)
    return getattr(target.with_raw_response, op.py_name)


def _roundtrip(api: Api, out: Path, package: str, ops: list[Operation]) -> list[str]:
    """Each body of each operation sent by the client and received by the handler; the
    problems found (empty when every argument arrives as sent)."""
    server = import_fresh(out, package)
    client_module = importlib.import_module(package)
    recorder = Recorder(api, server, package)
    app = server.create_app(recorder.handlers)
    values = Values(api)
    problems: list[str] = []
    with serve(app) as url:
        base = url + (_prefix(api) or "")
        client = client_module.Client(api_key="sk-test", base_url=base, max_retries=0)
        for op in ops:
            for body in op.request_bodies:
                where = f"{op.id} {body.content_type}"
                positional, kwargs = _call_kwargs(op, body, values, api)
                before = len(recorder.calls)
                try:
                    response = _method(client, op)(*positional, **kwargs)
                except Exception as exc:  # noqa: BLE001 - reported below
                    problems.append(f"{where}: {type(exc).__name__}: {str(exc)[:300]}")
                    continue
                if response.status_code != 200 or len(recorder.calls) != before + 1:
                    problems.append(f"{where}: status {response.status_code} {response.text[:300]}")
                    continue
                got = _received(recorder, op, body, kwargs)
                for part in body.parts:
                    if part.argument not in kwargs:
                        continue
                    want = _expected(kwargs[part.argument], part, body)
                    if got.get(part.argument) != want:
                        problems.append(f"{where}: {part.argument} arrived as {str(got.get(part.argument))[:120]}, sent {str(want)[:120]}")
        client.close()
    return problems


def _prefix(api: Api) -> str:
    if not api.servers:
        return ""
    rest = api.servers[0].split("://", 1)[-1]
    return "/" + rest.split("/", 1)[1] if "/" in rest else ""


@pytest.fixture(scope="module")
def openai(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Api, Path, str]]:
    api = build_api(Target(str(OPENAI_2026), "oa_bodies", naming=str(OPENAI_NAMING)))
    out = tmp_path_factory.mktemp("oa_bodies")
    write(out, render_package(api, "oa_bodies", emit=("models", "client", "stubs")))
    yield api, out, "oa_bodies"


def test_every_openai_request_body_reaches_its_handler(openai: tuple[Api, Path, str]) -> None:
    api, out, package = openai
    ops = [op for op in api.operations if op.request_bodies]
    kinds: dict[str, int] = {}
    for op in ops:
        for body in op.request_bodies:
            kinds[body.kind] = kinds.get(body.kind, 0) + 1
    assert len(ops) == 110
    assert kinds == {"json": 100, "multipart": 18, "binary": 1}
    problems = _roundtrip(api, out, package, ops)
    assert not problems, "\n".join(problems)


def test_images_edit_sends_multipart_or_json_by_the_arguments_given(openai: tuple[Api, Path, str]) -> None:
    api, out, package = openai
    server = import_fresh(out, package)
    recorder = Recorder(api, server, package)
    client_module = importlib.import_module(package)
    with serve(server.create_app(recorder.handlers)) as url:
        client = client_module.Client(api_key="sk-test", base_url=url + _prefix(api), max_retries=0)
        multipart = client.images.with_raw_response.edit(image=("a.png", FILE, "image/png"), prompt="a cat")
        assert multipart.http_request.headers["content-type"].startswith("multipart/form-data; boundary=")
        _, got = recorder.calls[-1]
        assert got["image"] == ("file", FILE) and got["prompt"] == "a cat" and got["images"] is None
        as_json = client.images.with_raw_response.edit(images=[{"image_url": "https://example.com/a.png"}], prompt="a dog")
        assert as_json.http_request.headers["content-type"] == "application/json"
        _, got = recorder.calls[-1]
        assert got["images"] == [{"image_url": "https://example.com/a.png"}] and got["image"] is None
        with pytest.raises(TypeError, match="no request body takes these arguments"):
            client.images.edit(image=FILE, images=[{"file_id": "f"}], prompt="both")
        client.close()


def test_a_media_type_the_operation_does_not_accept_answers_415(openai: tuple[Api, Path, str]) -> None:
    import httpx2

    api, out, package = openai
    server = import_fresh(out, package)
    recorder = Recorder(api, server, package)
    with serve(server.create_app(recorder.handlers)) as url:
        response = httpx2.post(
            url + _prefix(api) + "/images/edits",
            content=b"prompt: x",
            headers={"Content-Type": "text/yaml", "Authorization": "Bearer sk-test"},
        )
    assert response.status_code == 415, response.text
    assert "multipart/form-data" in response.json()["error"]["message"]
    assert recorder.calls == []


# -- Discord: files[0], files[1], ... beside the JSON fields ---------------------------------------


@pytest.fixture(scope="module")
def discord(tmp_path_factory: pytest.TempPathFactory) -> tuple[Api, Path, str]:
    api = build_api(Target(str(DISCORD), "dc_bodies"))
    out = tmp_path_factory.mktemp("dc_bodies")
    write(out, render_package(api, "dc_bodies", emit=("models", "client", "stubs")))
    return api, out, "dc_bodies"


def test_discord_message_with_files_is_multipart_and_without_is_json(discord: tuple[Api, Path, str]) -> None:
    api, out, package = discord
    server = import_fresh(out, package)
    recorder = Recorder(api, server, package)
    client_module = importlib.import_module(package)
    with serve(server.create_app(recorder.handlers)) as url:
        client = client_module.Client(api_key="bot", base_url=url + _prefix(api), max_retries=0)
        messages = client.channels.messages
        sent = messages.with_raw_response.create("123", content="hi", files=[FILE, ("b.txt", b"second")])
        request = sent.http_request
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        raw = request.read()
        assert b'name="files[0]"; filename="upload"' in raw and b'name="files[1]"; filename="b.txt"' in raw
        assert b'name="content"\r\n\r\nhi\r\n' in raw
        _, got = recorder.calls[-1]
        assert got["content"] == "hi"
        assert got["files"] == [("file", FILE), ("file", b"second")]
        plain = messages.with_raw_response.create("123", content="hi", tts=True)
        assert plain.http_request.headers["content-type"] == "application/json"
        assert json.loads(plain.http_request.read()) == {"content": "hi", "tts": True}
        _, got = recorder.calls[-1]
        assert (got["content"], got["tts"], got["files"]) == ("hi", True, None)
        form = messages.with_raw_response.create("123", content="hi", content_type="application/x-www-form-urlencoded")
        assert form.http_request.read() == b"content=hi"
        assert recorder.calls[-1][1]["content"] == "hi"
        client.close()


def test_discord_bodies_are_generated_without_a_warning(discord: tuple[Api, Path, str]) -> None:
    api, _, _ = discord
    assert not [w for w in api.warnings if "is not generated: the client sends" in w]
    op = next(op for op in api.operations if op.id == "create_message")
    assert op.body_choice == ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"]
    files = next(a for a in op.arguments if a.py_name == "files")
    assert files.type.kind == "array" and files.type.item is not None and files.type.item.kind == "bytes"
