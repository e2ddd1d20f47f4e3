"""What generated clients put on the wire beside the body's fields, against loopback servers and
in-process transports: the host each operation reaches (its own `servers`, overridable by name),
server variables, arrays in form bodies and queries, idempotency keys across retries, and the
request id each vendor's header carries. Sync and async.

Specs: `fixtures/wire/requests.yaml` (ours) and trimmed excerpts of Box, GitHub, Stripe and
Twilio's public specs in `fixtures/vendors/` (see its SOURCE.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import uuid
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import parse_qsl

import httpx2
import pytest
from gen_support import ROOT, generate_into, import_generated, loopback

WIRE = ROOT / "tests" / "fixtures" / "wire" / "requests.yaml"
VENDORS = ROOT / "tests" / "fixtures" / "vendors"


def _generate(tmp: Path, spec: Path, package: str, **requests: Any) -> Any:
    from generator.normalize.wire import RequestSettings

    generate_into(spec, tmp, package, requests=RequestSettings(**requests))
    return import_generated(tmp, package, keep_on_path=False)


@pytest.fixture(scope="module")
def wire(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return _generate(tmp_path_factory.mktemp("wire"), WIRE, "wire_pkg")


@pytest.fixture(scope="module")
def vendors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = {}
    for name, file, extra in (
        ("box", "box-uploads.json", {}),
        ("github", "github-release-assets.json", {}),
        ("stripe", "stripe-files-forms.json", {"idempotency_header": "Idempotency-Key", "idempotency_methods": ("post",)}),
        ("twilio", "twilio-accounts.json", {}),
    ):
        out[name] = _generate(tmp_path_factory.mktemp(name), VENDORS / file, f"{name}_wire", **extra)
    return out


#: Each vendor excerpt's credential arguments (named from its security schemes).
CREDENTIALS: dict[str, dict[str, str]] = {
    "box": {"token": "t"},
    "github": {},
    "stripe": {"api_key": "sk_test"},
    "twilio": {"account_sid": "AC1", "auth_token": "t"},
}


# -- a loopback server that records requests and answers from a script ------------------------


class Server:
    """Records every request; answers each with the next scripted (status, headers), else 200."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.script: list[tuple[int, dict[str, str]]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                owner.requests.append(
                    {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body}
                )
                status, headers = owner.script.pop(0) if owner.script else (200, {})
                data = json.dumps({"ok": status < 400, "path": self.path}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _any

        self._running = contextlib.ExitStack()
        self.url = self._running.enter_context(loopback(Handler))

    def close(self) -> None:
        self._running.close()


@pytest.fixture()
def servers() -> Iterator[tuple[Server, Server]]:
    main, other = Server(), Server()
    yield main, other
    main.close()
    other.close()


def _recording(seen: list[httpx2.Request], headers: dict[str, str] | None = None) -> Callable[[httpx2.Request], httpx2.Response]:
    def handle(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(200, json={"ok": True}, headers=headers or {})

    return handle


def _run(aio: bool, make: Callable[[], Any], call: Callable[[Any], Any]) -> Any:
    """`call(client)` on a sync client, or awaited on an async one (then closed)."""
    if not aio:
        client = make()
        try:
            return call(client)
        finally:
            client.close()

    async def main() -> Any:
        client = make()
        try:
            return await call(client)
        finally:
            await client.close()

    return asyncio.run(main())


# -- hosts ----------------------------------------------------------------------------------


@pytest.mark.parametrize("aio", [False, True])
def test_operations_reach_their_own_servers_with_variables_filled(wire: Any, aio: bool) -> None:
    seen: list[httpx2.Request] = []
    transport = httpx2.MockTransport(_recording(seen))
    cls = wire.AsyncClient if aio else wire.Client
    http = (httpx2.AsyncClient if aio else httpx2.Client)(transport=transport)

    async def calls_async(c: Any) -> None:
        await c.uploads.create(body=b"data")
        await c.reports.retrieve()
        await c.payments.create(amount=1)

    def calls(c: Any) -> Any:
        if aio:
            return calls_async(c)
        c.uploads.create(body=b"data")
        c.reports.retrieve()
        c.payments.create(amount=1)

    _run(aio, lambda: cls(http_client=http), calls)
    assert [str(r.url) for r in seen] == [
        "https://uploads.example.com/v1/uploads",
        "https://us.api.example.com/reporting/reports",  # relative: against the base URL
        "https://us.api.example.com/v1/payments",
    ]
    seen.clear()
    http = (httpx2.AsyncClient if aio else httpx2.Client)(transport=transport)
    _run(aio, lambda: cls(http_client=http, region="eu", api_version="v2"), calls)
    assert [str(r.url) for r in seen] == [
        "https://uploads.example.com/v2/uploads",
        "https://eu.api.example.com/reporting/reports",
        "https://eu.api.example.com/v2/payments",
    ]


def test_server_variable_outside_its_enum_is_refused(wire: Any) -> None:
    from wire_pkg._exceptions import ClientError

    with pytest.raises(ClientError, match=r"region='asia' is not allowed: use one of 'us', 'eu'"):
        wire.Client(region="asia")
    with pytest.raises(ClientError, match=r"base_urls: no host named 'upload' \(hosts: 'reporting', 'uploads'\)"):
        wire.Client(base_urls={"upload": "http://127.0.0.1:9"})


@pytest.mark.parametrize("aio", [False, True])
def test_base_url_and_named_hosts_are_overridden_on_loopback(wire: Any, servers: tuple[Server, Server], aio: bool) -> None:
    main, uploads = servers
    cls = wire.AsyncClient if aio else wire.Client

    def make() -> Any:
        return cls(base_url=main.url + "/v1", base_urls={"uploads": uploads.url + "/up"}, max_retries=0)

    async def calls_async(c: Any) -> Any:
        return [await c.uploads.create(body=b"data"), await c.reports.retrieve(), await c.copy().uploads.create(body=b"again")]

    _run(aio, make, lambda c: calls_async(c) if aio else [c.uploads.create(body=b"data"), c.reports.retrieve(), c.copy().uploads.create(body=b"again")])
    assert [(r["method"], r["path"], r["body"]) for r in uploads.requests] == [
        ("POST", "/up/uploads", b"data"),
        ("POST", "/up/uploads", b"again"),  # a copy keeps the hosts
    ]
    assert [r["path"] for r in main.requests] == ["/reporting/reports"]


@pytest.mark.parametrize("aio", [False, True])
def test_vendor_uploads_reach_their_upload_hosts(vendors: dict[str, Any], aio: bool) -> None:
    seen: list[httpx2.Request] = []
    transport = httpx2.MockTransport(_recording(seen))

    def client(name: str) -> Any:
        module = vendors[name]
        http = (httpx2.AsyncClient if aio else httpx2.Client)(transport=transport)
        return (module.AsyncClient if aio else module.Client)(http_client=http, **CREDENTIALS[name])

    calls = {
        "box": lambda c: c.files.upload(attributes={"name": "a.txt", "parent": {"id": "0"}}, file=("a.txt", b"x")),
        "github": lambda c: c.repos.releases.assets.create(1, owner="o", repo="r", name="a.zip", body="x"),
        "stripe": lambda c: c.files.create(file="x", purpose="dispute_evidence"),
    }
    ordinary = {
        "box": lambda c: c.files.retrieve("12"),
        "github": lambda c: c.repos.releases.retrieve(1, owner="o", repo="r"),
        "stripe": lambda c: c.customers.list(),
    }
    for name in ("box", "github", "stripe"):
        for call in (calls[name], ordinary[name]):
            if aio:

                async def once(c: Any, call: Any = call) -> Any:
                    return await call(c)

                _run(True, lambda name=name: client(name), once)
            else:
                _run(False, lambda name=name: client(name), call)
    assert [str(r.url).split("?")[0] for r in seen] == [
        "https://upload.box.com/api/2.0/files/content",
        "https://api.box.com/2.0/files/12",
        "https://uploads.github.com/repos/o/r/releases/1/assets",
        "https://api.github.com/repos/o/r/releases/1",
        "https://files.stripe.com/v1/files",
        "https://api.stripe.com/v1/customers",
    ]


def test_box_upload_session_server_is_a_variable(vendors: dict[str, Any]) -> None:
    seen: list[httpx2.Request] = []
    http = httpx2.Client(transport=httpx2.MockTransport(_recording(seen)))
    box = vendors["box"]
    with box.Client(http_client=http, token="t") as c:
        c.files.upload_sessions.retrieve("s1")
    with box.Client(http_client=httpx2.Client(transport=httpx2.MockTransport(_recording(seen))), token="t", box_upload_server="upload.eu.box.com") as c:
        c.files.upload_sessions.retrieve("s2")
    assert [str(r.url) for r in seen] == [
        "https://upload.box.com/api/2.0/files/upload_sessions/s1",
        "https://upload.eu.box.com/api/2.0/files/upload_sessions/s2",
    ]


# -- form and query encoding -------------------------------------------------------------------


ORDER = {
    "line_items": [{"price": "A", "quantity": 1}, {"price": "B", "quantity": 2}],
    "expand": ["x", "y"],
    "tags": ["a", "b"],
    "colors": ["r", "g"],
    "metadata": {"k": "v"},
}


@pytest.mark.parametrize("aio", [False, True])
def test_form_arrays_carry_indices_and_follow_the_spec(wire: Any, servers: tuple[Server, Server], aio: bool) -> None:
    main, _ = servers
    cls = wire.AsyncClient if aio else wire.Client

    async def call_async(c: Any) -> Any:
        await c.orders.create(**ORDER)
        await c.search.retrieve(expand=["a", "b"], ids=["1", "2"], filter={"kinds": ["x", "y"]})

    def call(c: Any) -> Any:
        if aio:
            return call_async(c)
        c.orders.create(**ORDER)
        c.search.retrieve(expand=["a", "b"], ids=["1", "2"], filter={"kinds": ["x", "y"]})

    _run(aio, lambda: cls(base_url=main.url, max_retries=0), call)
    form, query = main.requests
    assert form["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(form["body"].decode()) == [
        ("line_items[0][price]", "A"),
        ("line_items[0][quantity]", "1"),
        ("line_items[1][price]", "B"),
        ("line_items[1][quantity]", "2"),
        ("expand[0]", "x"),  # style deepObject: the array format
        ("expand[1]", "y"),
        ("tags", "a,b"),  # style form, explode false
        ("colors", "r"),  # not said: style form, exploded
        ("colors", "g"),
        ("metadata[k]", "v"),
    ]
    assert parse_qsl(query["path"].partition("?")[2]) == [
        ("expand[0]", "a"),
        ("expand[1]", "b"),
        ("ids", "1"),
        ("ids", "2"),
        ("filter[kinds][0]", "x"),
        ("filter[kinds][1]", "y"),
    ]


@pytest.mark.parametrize(
    ("array_format", "expected"),
    [
        ("brackets", [("line_items[][price]", "A"), ("line_items[][quantity]", "1"), ("expand[]", "x"), ("expand[]", "y")]),
        ("repeat", [("line_items[price]", "A"), ("line_items[quantity]", "1"), ("expand", "x"), ("expand", "y")]),
        ("comma", [("line_items[0][price]", "A"), ("line_items[0][quantity]", "1"), ("expand", "x,y")]),
    ],
)
def test_array_format_is_configurable(tmp_path: Path, servers: tuple[Server, Server], array_format: str, expected: list[tuple[str, str]]) -> None:
    main, _ = servers
    module = _generate(tmp_path, WIRE, f"wire_{array_format}", array_format=array_format)
    with module.Client(base_url=main.url, max_retries=0) as c:
        c.orders.create(line_items=[{"price": "A", "quantity": 1}], expand=["x", "y"])
    assert parse_qsl(main.requests[0]["body"].decode()) == expected


def test_stripe_line_items_arrive_indexed(vendors: dict[str, Any], servers: tuple[Server, Server]) -> None:
    main, _ = servers
    with vendors["stripe"].Client(api_key="sk_test", base_url=main.url, max_retries=0) as c:
        c.checkout.sessions.create(
            cancel_url="https://e/c",
            success_url="https://e/s",
            mode="payment",
            payment_method_types=["card"],
            line_items=[{"price": "price_A", "quantity": 1}, {"price": "price_B", "quantity": 3}],
            expand=["line_items"],
        )
        c.customers.list(expand=["data.default_source"])
    form = dict(parse_qsl(main.requests[0]["body"].decode()))
    assert {k: v for k, v in form.items() if k.startswith(("line_items", "expand", "payment_method_types"))} == {
        "line_items[0][price]": "price_A",
        "line_items[0][quantity]": "1",
        "line_items[1][price]": "price_B",
        "line_items[1][quantity]": "3",
        "expand[0]": "line_items",
        "payment_method_types[0]": "card",
    }
    assert main.requests[1]["path"] == "/v1/customers?expand%5B0%5D=data.default_source"


# -- idempotency ------------------------------------------------------------------------------


@pytest.mark.parametrize("aio", [False, True])
def test_one_idempotency_key_across_retries(wire: Any, servers: tuple[Server, Server], aio: bool) -> None:
    main, _ = servers
    main.script = [(500, {}), (200, {}), (500, {}), (200, {})]
    cls = wire.AsyncClient if aio else wire.Client

    def make() -> Any:
        client = cls(base_url=main.url, max_retries=2)
        client._sleep = (lambda s: asyncio.sleep(0)) if aio else (lambda s: None)
        return client

    async def call_async(c: Any) -> Any:
        await c.payments.create(amount=5)
        await c.payments.create(amount=6, idempotency_key="given-key")

    _run(aio, make, lambda c: call_async(c) if aio else (c.payments.create(amount=5), c.payments.create(amount=6, idempotency_key="given-key")))
    keys = [r["headers"].get("Idempotency-Key") for r in main.requests]
    assert len(keys) == 4
    assert keys[0] == keys[1] and uuid.UUID(keys[0])  # generated once, sent on the retry
    assert keys[2:] == ["given-key", "given-key"]


def test_stripe_posts_carry_the_configured_idempotency_header(vendors: dict[str, Any], servers: tuple[Server, Server]) -> None:
    main, _ = servers
    main.script = [(500, {}), (200, {})]
    client = vendors["stripe"].Client(api_key="sk_test", base_url=main.url, max_retries=1)
    client._sleep = lambda s: None
    with client as c:
        c.customers.create(email="a@example.com")
        c.customers.list()
        c.customers.create(email="b@example.com")
    first, retry, listing, second = main.requests
    assert first["headers"]["Idempotency-Key"] == retry["headers"]["Idempotency-Key"]
    assert "Idempotency-Key" not in listing["headers"]  # GET: not a write
    assert second["headers"]["Idempotency-Key"] != first["headers"]["Idempotency-Key"]


def _view(resource: Any, raw: bool) -> Any:
    return resource.with_raw_response if raw else resource


# -- request ids ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("vendor", "header", "call"),
    [
        ("stripe", "Request-Id", lambda c, raw: _view(c.customers, raw).list()),
        ("github", "X-GitHub-Request-Id", lambda c, raw: _view(c.repos.releases, raw).retrieve(1, owner="o", repo="r")),
        ("twilio", "Twilio-Request-Id", lambda c, raw: _view(c.accounts, raw).retrieve("AC1")),
        ("box", "box-request-id", lambda c, raw: _view(c.files, raw).retrieve("1")),
    ],
)
@pytest.mark.parametrize("aio", [False, True])
def test_request_id_from_each_vendors_header(vendors: dict[str, Any], vendor: str, header: str, call: Any, aio: bool) -> None:
    module = vendors[vendor]
    status = {"code": 404}

    def handle(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(status["code"], json={"error": {"message": "no"}}, headers={header: f"req_{vendor}"})

    cls = module.AsyncClient if aio else module.Client
    transport = httpx2.MockTransport(handle)

    def make() -> Any:
        return cls(max_retries=0, **CREDENTIALS[vendor], http_client=(httpx2.AsyncClient if aio else httpx2.Client)(transport=transport))

    async def failing_async(c: Any) -> Any:
        try:
            await call(c, False)
        except module.APIStatusError as err:
            return err
        return None

    def failing(c: Any) -> Any:
        if aio:
            return failing_async(c)
        try:
            call(c, False)
        except module.APIStatusError as err:
            return err
        return None

    err = _run(aio, make, failing)
    assert err is not None and err.request_id == f"req_{vendor}"
    status["code"] = 200

    async def raw_async(c: Any) -> Any:
        return await call(c, True)

    raw = _run(aio, make, raw_async if aio else (lambda c: call(c, True)))
    assert raw.request_id == f"req_{vendor}"


def test_generated_packages_type_check_and_are_formatted(wire: Any, vendors: dict[str, Any], tmp_path: Path) -> None:
    """Hosts, server variables, idempotency keys and array wrappers pass `mypy --strict`, laid
    out as black lays them out."""
    import subprocess

    folders = {Path(m.__file__).parent for m in (wire, vendors["box"], vendors["stripe"])}
    for folder in sorted(folders):
        result = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(tmp_path / "cache"), folder.name],
            cwd=folder.parent,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        black = subprocess.run([sys.executable, "-m", "black", "--check", "--quiet", str(folder)], capture_output=True, text=True)
        assert black.returncode == 0, black.stdout + black.stderr


def test_an_httpx_client_is_refused_with_the_way_to_httpx2(wire: Any) -> None:
    """A client built for the predecessor of httpx2 (whose module the class names; it need not
    be installed) gets a TypeError saying to build the same client with httpx2."""
    stale = type("Client", (), {"__module__": "httpx._client"})()  # an httpx, not httpx2, client
    with pytest.raises(TypeError, match=r"got an httpx\.Client: this client runs on httpx2, which keeps httpx's API"):
        wire.Client(http_client=stale)
    stale_async = type("AsyncClient", (), {"__module__": "httpx._client"})()  # not httpx2
    with pytest.raises(TypeError, match=r"must be an httpx2\.AsyncClient, got an httpx\.AsyncClient"):
        wire.AsyncClient(http_client=stale_async)
    with pytest.raises(TypeError, match=r"must be an httpx2\.Client, got dict$"):
        wire.Client(http_client={})


def test_a_server_variable_named_like_a_credential_gets_another_argument(tmp_path: Path) -> None:
    spec = tmp_path / "clash.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: Clash, version: '1'}\n"
        "servers: [{url: 'https://{username}.example.com', variables: {username: {default: eu}}}]\n"
        "components: {securitySchemes: {basic: {type: http, scheme: basic}}}\nsecurity: [{basic: []}]\n"
        "paths: {/a: {get: {operationId: getA, responses: {'204': {description: none}}}}}\n",
        encoding="utf-8",
    )
    module = _generate(tmp_path / "out", spec, "clash_pkg")
    seen: list[httpx2.Request] = []
    with module.Client(username="u", password="p", username_server="us", http_client=httpx2.Client(transport=httpx2.MockTransport(_recording(seen)))) as c:
        c.a.list()
    assert str(seen[0].url) == "https://us.example.com/a"
    assert seen[0].headers["Authorization"] == "Basic dTpw"  # base64 of u:p


RESERVED_HEADERS = """
openapi: 3.0.3
info: {title: Pager, version: "2"}
servers: [{url: "https://api.example.com"}]
components:
  parameters:
    accept: {name: Accept, in: header, required: true, schema: {type: string, default: "application/vnd.pager+json;version=2"}}
    content_type: {name: Content-Type, in: header, required: true, schema: {type: string, enum: [application/json]}}
paths:
  /incidents:
    parameters: [{$ref: "#/components/parameters/accept"}, {$ref: "#/components/parameters/content_type"}]
    get:
      operationId: listIncidents
      parameters:
        - {name: Authorization, in: header, required: true, schema: {type: string}}
        - {name: X-Trace, in: header, schema: {type: string}}
        - {name: api-version, in: query, required: true, schema: {type: string, enum: ["2024-05-01"]}}
        - {name: X-Early-Access, in: header, required: true, schema: {type: string, const: incidents}}
        - {name: view, in: query, schema: {type: string, enum: [full]}}
      responses: {"200": {description: ok, content: {application/json: {schema: {type: object}}}}}
"""


def test_accept_content_type_authorization_and_single_valued_parameters_are_no_arguments(
    api_of: Callable[..., Any], package_of: Callable[..., Any]
) -> None:
    """OpenAPI says to ignore the first three; a fixed Accept (PagerDuty's version) is still
    sent, as is every required parameter with one value (Azure's `api-version`)."""
    api = api_of(RESERVED_HEADERS)
    (op,) = api.operations
    assert op.accept == "application/vnd.pager+json;version=2"
    assert [(p.name, p.fixed) for p in op.parameters] == [
        ("api-version", "2024-05-01"), ("view", None), ("X-Early-Access", "incidents"), ("X-Trace", None),
    ]  # fmt: skip
    assert [a.wire_name for a in op.arguments] == ["view", "X-Trace"]  # one value each: sent, not asked
    ignored = [w for w in api.warnings if "is ignored, as OpenAPI says" in w]
    assert len(ignored) == 2 and any("'Content-Type'" in w and "(/components/parameters/content_type)" in w for w in ignored)
    assert any("'Authorization'" in w and "security schemes decide it" in w for w in ignored)
    pkg = package_of(RESERVED_HEADERS, "pager_client")
    seen: list[httpx2.Request] = []
    with pkg.Client(http_client=httpx2.Client(transport=httpx2.MockTransport(_recording(seen)))) as client:
        client.incidents.list()  # nothing to pass: no accept=, content_type= or authorization=
        client.incidents.list(extra_headers={"Accept": "application/json"})
    assert [r.headers["accept"] for r in seen] == ["application/vnd.pager+json;version=2", "application/json"]
    assert [(r.url.params.get("api-version"), r.headers.get("x-early-access")) for r in seen] == [
        ("2024-05-01", "incidents"), ("2024-05-01", "incidents"),
    ]  # fmt: skip
