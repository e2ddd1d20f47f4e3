"""The generated server serves each operation where the generated client sends it: under the
path of its own host (Box's uploads: `https://upload.box.com/api/2.0`) or of the base URL
(`https://api.box.com/2.0`), decided once in the IR (`Host.path`, `Api.base_path`)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx2
import pytest

from gen_support import ALL_PARTS, ROOT
from test_server_streaming import serve

BOX = ROOT / "tests" / "fixtures" / "vendors" / "box-uploads.json"


class Files:
    """Answers the upload with the file's name and size, and any file by its id."""

    def __init__(self) -> None:
        self.uploads: list[tuple[str, int]] = []

    async def upload(self, *, file: Any, attributes: Any, **_: Any) -> Any:
        self.uploads.append((attributes.name, len(await file.read())))
        return {"type": "files", "total_count": 1, "entries": [{"id": "1", "type": "file", "name": attributes.name}]}

    async def retrieve(self, *, file_id: str, **_: Any) -> Any:
        return {"id": file_id, "type": "file", "name": "a.txt"}


@pytest.fixture
def box(package_of: Callable[..., ModuleType]) -> ModuleType:
    return package_of(BOX, "box_hosts", emit=ALL_PARTS)


def test_the_ir_gives_the_base_path_and_each_hosts_path(api_of: Callable[..., Any]) -> None:
    api = api_of(BOX)
    assert api.base_path == "/2.0"
    assert {h.name: h.path for h in api.hosts} == {"upload": "/api/2.0", "box_upload_server": "/api/2.0"}


def test_an_upload_reaches_its_handler_under_the_upload_hosts_path(box: ModuleType) -> None:
    app_module = importlib.import_module("box_hosts.server.app")
    files = Files()
    app = app_module.create_app(app_module.Handlers(files=files))
    with serve(app) as url:
        client = box.Client(token="t", base_url=url + "/2.0", base_urls={"upload": url + "/api/2.0"})
        uploaded = client.files.upload(attributes={"name": "a.txt", "parent": {"id": "0"}}, file=("a.txt", b"hello"))
        assert uploaded.entries[0].name == "a.txt"
        assert client.files.retrieve("12").id == "12"
        assert files.uploads == [("a.txt", 5)]
        # the main host's path does not serve the upload (`/files/{file_id}` takes only GET
        # there), nor the upload host's path the file
        assert httpx2.post(url + "/2.0/files/content", timeout=10).status_code == 405
        assert httpx2.get(url + "/api/2.0/files/12", headers={"Authorization": "Bearer t"}, timeout=10).status_code == 404


def test_host_paths_move_a_hosts_operations(box: ModuleType) -> None:
    app_module = importlib.import_module("box_hosts.server.app")
    files = Files()
    app = app_module.create_app(app_module.Handlers(files=files), host_paths={"upload": "/up"})
    with serve(app) as url:
        client = box.Client(token="t", base_url=url + "/2.0", base_urls={"upload": url + "/up"})
        client.files.upload(attributes={"name": "b.txt", "parent": {"id": "0"}}, file=("b.txt", b"hi"))
    assert files.uploads == [("b.txt", 2)]
    with pytest.raises(ValueError, match="no host named 'uploads'"):
        app_module.create_app(host_paths={"uploads": "/x"})


def test_a_spec_without_hosts_keeps_the_plain_prefix(tmp_path: Path, package_of: Callable[..., ModuleType]) -> None:
    spec = 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\nservers: [{url: "https://x.example/v3/"}]\npaths: {}\n'
    package_of(spec, "plain_hosts", emit=ALL_PARTS)
    text = (tmp_path / "out" / "plain_hosts" / "plain_hosts" / "server" / "app.py").read_text()
    assert 'prefix: str = "/v3",' in text and "HOST_PATHS" not in text
