"""A generated client, imported and used against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, Iterator

import pytest

from gen_support import ROOT, generate_into, loopback

SPEC = ROOT / "tests" / "fixtures" / "client" / "petstore-features.yaml"
PETS = [{"id": f"pet_{i}", "object": "pet", "name": f"n{i}"} for i in range(5)]


class Recorder(BaseHTTPRequestHandler):
    requests: list[dict[str, Any]] = []

    def log_message(self, *args: Any) -> None:  # keep test output clean
        pass

    def _reply(self, status: int, body: Any, content_type: str = "application/json") -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-request-id", "req_123")
        self.end_headers()
        self.wfile.write(data)

    def _record(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        self.requests.append({"method": self.command, "path": self.path, "headers": dict(self.headers), "body": raw})
        return raw

    def do_GET(self) -> None:
        self._record()
        path, _, query = self.path.partition("?")
        if path == "/v1/pets":
            start = 0
            if "after=" in query:
                after = query.split("after=")[1].split("&")[0]
                start = int(after.split("_")[1]) + 1
            page = PETS[start : start + 2]
            self._reply(200, {"object": "list", "data": page, "has_more": start + 2 < len(PETS),
                              "first_id": page[0]["id"], "last_id": page[-1]["id"]})
        elif path == "/v1/pets/events":
            events = b"".join(
                b"event: pet.born\ndata: " + json.dumps({"type": "pet.born", "pet": p}).encode() + b"\n\n"
                for p in PETS[:3]
            )
            self._reply(200, events, "text/event-stream")
        elif path.endswith("/photo"):
            self._reply(200, b"\x89PNG-bytes", "application/octet-stream")
        elif path.startswith("/v1/pets/"):
            self._reply(200, {"id": path.rsplit("/", 1)[1], "object": "pet", "name": "x", "kind": "hamster"})
        else:
            self._reply(404, {"error": {"message": "no such path"}})

    def do_POST(self) -> None:
        raw = self._record()
        if self.path.endswith("/photo"):
            self._reply(200, {"id": "pet_1", "object": "pet", "name": str(len(raw))})
        else:
            body = json.loads(raw)
            self._reply(201, {"id": "pet_9", "object": "pet", "name": body["name"], "tag": body.get("tag")})

    def do_DELETE(self) -> None:
        self._record()
        self._reply(200, {"id": "pet_1", "deleted": True})


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with loopback(Recorder) as url:
        yield url + "/v1"


@pytest.fixture(scope="module")
def pets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    out = tmp_path_factory.mktemp("pets")
    generate_into(SPEC, out, "pets")
    sys.path.insert(0, str(out))
    yield importlib.import_module("pets")
    sys.path.remove(str(out))


@pytest.fixture()
def client(pets: Any, server: str) -> Iterator[Any]:
    Recorder.requests.clear()
    with pets.Client(api_key="sk-secret", base_url=server, max_retries=0) as c:
        yield c


def test_create_sends_given_fields_and_explicit_null_only(client: Any) -> None:
    pet = client.pets.create(name="Rex", tag=None, class_="mammal", x_trace="t-1")
    assert pet.id == "pet_9" and pet.tag is None
    req = Recorder.requests[-1]
    assert json.loads(req["body"]) == {"name": "Rex", "tag": None, "class": "mammal"}
    assert req["headers"]["X-Trace"] == "t-1"
    assert req["headers"]["Authorization"] == "Bearer sk-secret"
    client.pets.create(name="Solo")
    assert json.loads(Recorder.requests[-1]["body"]) == {"name": "Solo"}


def test_path_params_are_percent_encoded(client: Any) -> None:
    pet = client.pets.retrieve("a/../b?c#d")
    assert Recorder.requests[-1]["path"] == "/v1/pets/a%2F..%2Fb%3Fc%23d"
    assert pet.kind == "hamster"  # open enum: unknown values accepted
    client.pets.retrieve("..")
    assert Recorder.requests[-1]["path"] == "/v1/pets/%2E%2E"
    with pytest.raises(ValueError):
        client.pets.retrieve("")


def test_list_iterates_over_every_page(client: Any) -> None:
    page = client.pets.list(limit=2)
    assert [p.id for p in page.data] == ["pet_0", "pet_1"] and page.has_next_page()
    assert [p.id for p in client.pets.list(limit=2)] == [p["id"] for p in PETS]
    assert any("after=pet_3" in r["path"] and "limit=2" in r["path"] for r in Recorder.requests)


def test_explode_false_arrays_and_cookies(client: Any) -> None:
    from urllib.parse import parse_qs, urlsplit

    client.pets.list(limit=1, tags=["a", "b"], ids=["x", "y"], session="s;1\r\nX: y")
    sent = Recorder.requests[-1]
    query = parse_qs(urlsplit(sent["path"]).query)
    assert query["tags"] == ["a", "b"]  # explode (the default): repeated keys
    assert query["ids"] == ["x,y"]  # explode: false: one comma-joined value
    assert sent["headers"]["Cookie"] == "session=s%3B1%0D%0AX%3A%20y"
    client.pets.list(limit=1)
    assert "Cookie" not in Recorder.requests[-1]["headers"]


def test_multipart_upload_and_binary_download(client: Any, tmp_path: Path) -> None:
    client.pets.upload_photo("pet_1", file=("cat.png", b"\x89PNG", "image/png"), caption="hi")
    req = Recorder.requests[-1]
    assert req["headers"]["Content-Type"].startswith("multipart/form-data; boundary=")
    assert b'filename="cat.png"' in req["body"] and b"\x89PNG" in req["body"] and b"hi" in req["body"]
    photo = client.pets.download_photo("pet_1")
    assert photo.content == b"\x89PNG-bytes"
    target = tmp_path / "photo.png"
    client.pets.download_photo("pet_1").write_to_file(target)
    assert target.read_bytes() == b"\x89PNG-bytes"


def test_stream_yields_typed_events(client: Any, pets: Any) -> None:
    with client.pets.events.list() as stream:
        events = list(stream)
    assert [type(e).__name__ for e in events] == ["PetEvent"] * 3
    assert [e.pet.id for e in events] == ["pet_0", "pet_1", "pet_2"]


def test_raw_response_and_errors(client: Any, pets: Any) -> None:
    raw = client.pets.with_raw_response.retrieve("pet_1")
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "req_123"
    assert raw.parse().id == "pet_1"
    assert "sk-secret" not in repr(client)


def test_api_key_from_environment_or_clear_error(pets: Any, server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PETS_API_KEY", raising=False)
    client = pets.Client(base_url=server)  # the first call needs the key, not the constructor
    with pytest.raises(pets.ClientError, match="pass api_key=... or set the PETS_API_KEY environment"):
        client.pets.delete("pet_1")
    monkeypatch.setenv("PETS_API_KEY", "sk-env")
    monkeypatch.setenv("PETS_BASE_URL", server)
    with pets.Client() as c:
        assert c.pets.delete("pet_1").deleted is True
    assert Recorder.requests[-1]["headers"]["Authorization"] == "Bearer sk-env"


def test_async_client(pets: Any, server: str) -> None:
    async def main() -> list[str]:
        async with pets.AsyncClient(api_key="k", base_url=server) as c:
            created = await c.pets.create(name="Async")
            assert created.name == "Async"
            return [p.id async for p in c.pets.list(limit=2)]

    assert asyncio.run(main()) == [p["id"] for p in PETS]
