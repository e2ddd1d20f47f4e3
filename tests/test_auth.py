"""Credentials on the wire: every kind of security scheme, generated clients against a
loopback server that checks what each request carries (sync and async)."""

from __future__ import annotations

import asyncio
import base64
import importlib
import inspect
import json
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx2
import pytest
from gen_support import ROOT, generate_into, import_generated, loopback

from generator.normalize.security import AuthConfig, env_prefix

FIXTURES = ROOT / "tests" / "fixtures" / "auth"


class Api(BaseHTTPRequestHandler):
    """Records every request; `/oauth/token` hands out tokens, `/cc` wants the current one."""

    requests: list[dict[str, Any]] = []
    tokens: list[str] = []  # issued, in order
    scope_of: dict[str, str] = {}  # token -> the `scope` it was asked with
    expires_in: float | None = 3600
    reject: int = 0  # answer 401 to this many more `/cc` calls
    lock = threading.Lock()

    def log_message(self, *args: Any) -> None:
        pass

    def _reply(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        url = urlsplit(self.path)
        with Api.lock:
            Api.requests.append(
                {
                    "path": url.path,
                    "query": parse_qs(url.query),
                    "headers": {k.lower(): v for k, v in self.headers.items()},
                    "body": body,
                }
            )
        if url.path == "/oauth/token":
            time.sleep(0.05)  # long enough for concurrent callers to meet at the lock
            form = parse_qs(body)
            good = "Basic " + base64.b64encode(b"cid:c%40secret").decode()
            if form.get("grant_type") != ["client_credentials"] or self.headers.get("Authorization") != good:
                self._reply(401, {"error": "invalid_client"})
                return
            with Api.lock:
                token = f"tok{len(Api.tokens) + 1}"
                Api.tokens.append(token)
                Api.scope_of[token] = form.get("scope", [""])[0]
            reply: dict[str, Any] = {"access_token": token, "token_type": "bearer"}
            if Api.expires_in is not None:
                reply["expires_in"] = Api.expires_in
            self._reply(200, reply)
            return
        if url.path == "/cc":
            with Api.lock:
                rejected = Api.reject > 0
                Api.reject -= rejected
            # the latest token asked with the scopes the operation requires (GET: things.read)
            needed = "things.read" if self.command == "GET" else ""
            issued = [t for t in Api.tokens if Api.scope_of[t] == needed]
            current = f"Bearer {issued[-1]}" if issued else None
            if rejected or self.headers.get("Authorization") != current:
                self._reply(401, {"error": {"message": "bad token"}})
                return
        self._reply(200, {"ok": True})

    do_GET = do_POST = _handle


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with loopback(Api) as url:
        yield url


@pytest.fixture(autouse=True)
def fresh() -> None:
    Api.requests.clear()
    Api.tokens.clear()
    Api.scope_of.clear()
    Api.expires_in = 3600
    Api.reject = 0


def _generate(out: Path, spec: Path, package: str, auth: AuthConfig | None = None) -> Any:
    """The package, imported, with its IR as `API` (the tests read its credentials)."""
    from generator.pipeline import Target, build_api

    generate_into(spec, out / package, package, auth=auth)
    module = import_generated(out / package, package)
    module.API = build_api(Target(str(spec), package, auth=auth))
    return module


@pytest.fixture(scope="module")
def pkgs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    out = tmp_path_factory.mktemp("auth")
    github = AuthConfig(schemes={"token": {"type": "http", "scheme": "bearer"}}, env={"token": "GITHUB_TOKEN"})
    twilio_auth = AuthConfig(env={"account_sid": "TWILIO_ACCOUNT_SID", "auth_token": "TWILIO_AUTH_TOKEN"})
    yield {
        "schemes": _generate(out, FIXTURES / "schemes.yaml", "schemes_client"),
        "spotify": _generate(out, FIXTURES / "spotify.yaml", "spotify"),
        "box": _generate(out, FIXTURES / "box.yaml", "box_sdk"),
        "plaid": _generate(out, FIXTURES / "plaid.yaml", "plaid"),
        "twilio": _generate(out, FIXTURES / "twilio.yaml", "twilio", twilio_auth),
        "stripe": _generate(out, FIXTURES / "stripe.yaml", "stripe_client"),
        "github_bare": _generate(out, FIXTURES / "github.yaml", "github_bare"),
        "github": _generate(out, FIXTURES / "github.yaml", "github_client", github),
    }
    for entry in [p for p in sys.path if p.startswith(str(out))]:
        sys.path.remove(entry)


def _last(path: str) -> dict[str, Any]:
    return [r for r in Api.requests if r["path"] == path][-1]


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def _both(pkg: Any, server: str, call: Any, **kwargs: Any) -> None:
    """`call(client)` with the sync client, then awaited with the async one."""
    with pkg.Client(base_url=server, max_retries=0, **kwargs) as client:
        call(client)

    async def main() -> None:
        async with pkg.AsyncClient(base_url=server, max_retries=0, **kwargs) as client:
            await call(client)

    asyncio.run(main())


# -- each kind of scheme -----------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_bearer_and_per_operation_security(pkgs: dict[str, Any], server: str, mode: str) -> None:
    pkg = pkgs["schemes"]

    def calls(client: Any) -> Any:
        return [client.things.list(), client.public.list(), client.oidc.list()]

    async def acalls(client: Any) -> None:
        for c in calls(client):
            await c

    _both_one(pkg, server, mode, calls, acalls, api_key="t-123", token="oidc-456")
    assert _last("/things")["headers"]["authorization"] == "Bearer t-123"
    assert "authorization" not in _last("/public")["headers"]  # `security: []`
    assert _last("/oidc")["headers"]["authorization"] == "Bearer oidc-456"  # openIdConnect


def _both_one(pkg: Any, server: str, mode: str, calls: Any, acalls: Any, **kwargs: Any) -> None:
    if mode == "sync":
        with pkg.Client(base_url=server, max_retries=0, **kwargs) as client:
            calls(client)
        return

    async def main() -> None:
        async with pkg.AsyncClient(base_url=server, max_retries=0, **kwargs) as client:
            await acalls(client)

    asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_requirement_of_two_schemes_sends_both(pkgs: dict[str, Any], server: str, mode: str) -> None:
    pkg = pkgs["schemes"]
    _both_one(
        pkg,
        server,
        mode,
        lambda c: c.keys.list(),
        lambda c: c.keys.list(),
        key_header="kh",
        key_query="kq",
        username="u",
        password="p",
    )
    got = _last("/keys")
    assert got["headers"]["x-key"] == "kh" and got["query"] == {"key": ["kq"]}
    assert "authorization" not in got["headers"]  # the first alternative given, only


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_alternative_basic_when_the_first_is_not_given(pkgs: dict[str, Any], server: str, mode: str) -> None:
    pkg = pkgs["schemes"]
    _both_one(
        pkg, server, mode, lambda c: c.keys.list(), lambda c: c.keys.list(), username="u", password="p:w"
    )
    got = _last("/keys")
    assert got["headers"]["authorization"] == _basic("u", "p:w")
    assert "x-key" not in got["headers"] and got["query"] == {}


def test_cookie_key_and_anonymous_alternative(pkgs: dict[str, Any], server: str) -> None:
    pkg = pkgs["schemes"]
    with pkg.Client(base_url=server, key_cookie="c0ok", key_header="kh") as client:
        client.cookie.list(extra_headers={"Cookie": "theme=dark"})
        client.maybe.list()
    assert _last("/cookie")["headers"]["cookie"] == "theme=dark; session=c0ok"
    assert _last("/maybe")["headers"]["x-key"] == "kh"  # `{}` first, yet the key is sent
    with pkg.Client(base_url=server) as client:
        client.maybe.list()  # nothing given: the anonymous alternative
    assert "x-key" not in _last("/maybe")["headers"]


def test_headers_the_caller_sets_win(pkgs: dict[str, Any], server: str) -> None:
    pkg = pkgs["schemes"]
    with pkg.Client(base_url=server, api_key="mine", key_header="kh", key_query="kq", default_headers={"X-Key": "dh"}) as client:
        client.things.list(extra_headers={"Authorization": "Bearer per-call"})
        client.keys.list(extra_query={"key": "q2"})
    assert _last("/things")["headers"]["authorization"] == "Bearer per-call"
    assert _last("/keys")["headers"]["x-key"] == "dh" and _last("/keys")["query"] == {"key": ["q2"]}
    with pkg.Client(base_url=server, max_retries=0, client_id="cid", client_secret="c@secret") as client:
        with pytest.raises(pkg.AuthenticationError):  # the server knows no such token
            client.cc.list(extra_headers={"Authorization": "Bearer own"})
    assert _last("/cc")["headers"]["authorization"] == "Bearer own"
    assert Api.tokens == []  # an Authorization of the caller's: no token fetched


def test_missing_credential_fails_at_the_first_call(
    pkgs: dict[str, Any], server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pkg = pkgs["schemes"]
    monkeypatch.delenv("SCHEMES_API_KEY", raising=False)
    client = pkg.Client(base_url=server)  # building it needs no credential
    client.public.list()
    with pytest.raises(pkg.ClientError, match=r"pass api_key=\.\.\. or set the SCHEMES_API_KEY environment variable"):
        client.things.list()
    with pytest.raises(pkg.ClientError, match=r"key_header=\.\.\. and key_query=\.\.\..*username=\.\.\. and password"):
        client.keys.list()
    assert [r["path"] for r in Api.requests] == ["/public"]
    monkeypatch.setenv("SCHEMES_API_KEY", "from-env")
    with pkg.Client(base_url=server) as client:
        client.things.list()
    assert _last("/things")["headers"]["authorization"] == "Bearer from-env"


def test_credentials_never_in_repr_and_header_injection_refused(pkgs: dict[str, Any], server: str) -> None:
    pkg = pkgs["schemes"]
    client = pkg.Client(base_url=server, api_key="secret-tok")
    assert "secret-tok" not in repr(client)
    bad = pkg.Client(base_url=server, api_key="a\r\nX-Evil: 1")
    with pytest.raises(ValueError, match="Authorization") as info:
        bad.things.list()
    assert "X-Evil" not in str(info.value)
    assert Api.requests == []
    copied = client.copy(api_key="other")
    copied.things.list()
    assert _last("/things")["headers"]["authorization"] == "Bearer other"


# -- OAuth2 client credentials -------------------------------------------------------------


def _cc(pkg: Any, server: str) -> dict[str, Any]:
    return {"base_url": server, "max_retries": 0, "client_id": "cid", "client_secret": "c@secret"}


def test_client_credentials_one_token_for_two_calls(pkgs: dict[str, Any], server: str) -> None:
    pkg = pkgs["schemes"]
    with pkg.Client(**_cc(pkg, server)) as client:
        client.cc.list()
        client.cc.list()
    token_requests = [r for r in Api.requests if r["path"] == "/oauth/token"]
    assert len(token_requests) == 1
    # the scopes the operation's requirement names (`security: [{cc: [things.read]}]`)
    assert parse_qs(token_requests[0]["body"]) == {"grant_type": ["client_credentials"], "scope": ["things.read"]}
    assert token_requests[0]["headers"]["content-type"] == "application/x-www-form-urlencoded"
    assert [r["headers"]["authorization"] for r in Api.requests if r["path"] == "/cc"] == ["Bearer tok1"] * 2


def test_client_credentials_one_token_per_set_of_scopes(pkgs: dict[str, Any], server: str) -> None:
    pkg = pkgs["schemes"]
    with pkg.Client(**_cc(pkg, server)) as client:
        client.cc.list()  # things.read
        client.cc.create(name="a")  # no scope named
        client.cc.list()
        client.cc.create(name="b")
    forms = [parse_qs(r["body"]) for r in Api.requests if r["path"] == "/oauth/token"]
    assert [f.get("scope") for f in forms] == [["things.read"], None]
    sent = [(r["body"] != "", r["headers"]["authorization"]) for r in Api.requests if r["path"] == "/cc"]
    assert sent == [(False, "Bearer tok1"), (True, "Bearer tok2"), (False, "Bearer tok1"), (True, "Bearer tok2")]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_copy_of_the_client_shares_its_fetched_token(pkgs: dict[str, Any], server: str, mode: str) -> None:
    pkg = pkgs["schemes"]

    def calls(client: Any) -> None:
        client.cc.list()
        client.with_options(timeout=5).cc.list()
        client.copy(default_headers={"X-Trace": "1"}).cc.list()
        with pytest.raises(pkg.AuthenticationError, match="token request"):
            client.copy(client_secret="other").cc.list()  # other credentials: its own token

    async def acalls(client: Any) -> None:
        await client.cc.list()
        await client.with_options(timeout=5).cc.list()
        await client.copy(default_headers={"X-Trace": "1"}).cc.list()
        with pytest.raises(pkg.AuthenticationError, match="token request"):
            await client.copy(client_secret="other").cc.list()

    _both_one(pkg, server, mode, calls, acalls, client_id="cid", client_secret="c@secret")
    assert len([r for r in Api.requests if r["path"] == "/oauth/token"]) == 2
    assert Api.tokens == ["tok1"]
    assert [r["headers"]["authorization"] for r in Api.requests if r["path"] == "/cc"] == ["Bearer tok1"] * 3


def test_client_credentials_concurrent_calls_share_one_fetch(pkgs: dict[str, Any], server: str) -> None:
    pkg = pkgs["schemes"]
    with pkg.Client(**_cc(pkg, server)) as client:
        threads = [threading.Thread(target=client.cc.list) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert Api.tokens == ["tok1"]
    assert len([r for r in Api.requests if r["path"] == "/cc"]) == 4

    Api.tokens.clear()

    async def main() -> None:
        async with pkg.AsyncClient(**_cc(pkg, server)) as client:
            await asyncio.gather(*(client.cc.list() for _ in range(4)))

    asyncio.run(main())
    assert Api.tokens == ["tok1"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_client_credentials_refresh_on_expiry_and_on_401(pkgs: dict[str, Any], server: str, mode: str) -> None:
    pkg = pkgs["schemes"]
    Api.expires_in = 0.5

    def calls(client: Any) -> None:
        client.cc.list()
        time.sleep(0.6)
        client.cc.list()  # expired: a new token
        Api.reject = 1
        client.cc.list()  # 401: one more token, the call sent again

    async def acalls(client: Any) -> None:
        await client.cc.list()
        await asyncio.sleep(0.6)
        await client.cc.list()
        Api.reject = 1
        await client.cc.list()

    kwargs = {"client_id": "cid", "client_secret": "c@secret"}
    _both_one(pkg, server, mode, calls, acalls, **kwargs)
    assert Api.tokens == ["tok1", "tok2", "tok3"]
    sent = [r["headers"]["authorization"] for r in Api.requests if r["path"] == "/cc"]
    assert sent == ["Bearer tok1", "Bearer tok2", "Bearer tok2", "Bearer tok3"]


def test_client_credentials_a_second_401_is_the_callers(pkgs: dict[str, Any], server: str) -> None:
    pkg = pkgs["schemes"]
    Api.reject = 5
    with pkg.Client(**_cc(pkg, server)) as client, pytest.raises(pkg.AuthenticationError):
        client.cc.list()
    assert Api.tokens == ["tok1", "tok2"]  # one retry, not more
    Api.requests.clear()
    Api.reject = 1
    with pkg.Client(**_cc(pkg, server)) as client:
        client.cc.create(name="sent twice")  # the body goes again with the new token
    bodies = [json.loads(r["body"]) for r in Api.requests if r["path"] == "/cc"]
    assert bodies == [{"name": "sent twice"}] * 2 and Api.tokens[2:] == ["tok3", "tok4"]
    wrong = _cc(pkg, server)
    wrong["client_secret"] = "wrong"
    with pkg.Client(**wrong) as client:
        with pytest.raises(pkg.AuthenticationError, match="token request"):
            client.cc.list()


# -- trimmed public specs -------------------------------------------------------------------


def test_spotify_and_box_oauth2_send_the_token(pkgs: dict[str, Any], server: str) -> None:
    _both(pkgs["spotify"], server, lambda c: c.me.list(), token="sp-tok")
    assert [r["headers"]["authorization"] for r in Api.requests] == ["Bearer sp-tok"] * 2
    Api.requests.clear()
    box = pkgs["box"]
    with box.Client(base_url=server, token="box-tok") as client:
        client.users.me.list()
        client.oauth2.revoke(body={"token": "x"})  # `security: []`
    assert _last("/users/me")["headers"]["authorization"] == "Bearer box-tok"
    assert "authorization" not in _last("/oauth2/revoke")["headers"]
    assert box.API.credentials[0].env == "BOX_TOKEN"


def test_plaid_sends_its_three_headers_together(pkgs: dict[str, Any], server: str) -> None:
    plaid = pkgs["plaid"]
    creds = {"client_id": "cid", "secret": "sec", "plaid_version": "2020-09-14"}
    _both(plaid, server, lambda c: c.institutions.get(), **creds)
    for r in Api.requests:
        h = r["headers"]
        assert (h["plaid-client-id"], h["plaid-secret"], h["plaid-version"]) == ("cid", "sec", "2020-09-14")
    with plaid.Client(base_url=server, client_id="cid") as client:
        client.categories.get()  # `security: []`: sent bare
        with pytest.raises(plaid.ClientError, match="secret=... and plaid_version=.*PLAID_SECRET and PLAID_VERSION"):
            client.institutions.get()
    assert "plaid-client-id" not in _last("/categories/get")["headers"]


def test_twilio_and_stripe_basic(pkgs: dict[str, Any], server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC123")
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "tok")
    _both(pkgs["twilio"], server, lambda c: c.accounts.retrieve("AC123"))
    assert [r["headers"]["authorization"] for r in Api.requests] == [_basic("AC123", "tok")] * 2
    Api.requests.clear()
    _both(pkgs["stripe"], server, lambda c: c.balance.list(), api_key="sk_test_1")
    assert [r["headers"]["authorization"] for r in Api.requests] == [_basic("sk_test_1", "")] * 2


def test_github_without_schemes_takes_no_credential_until_declared(
    pkgs: dict[str, Any], server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    bare = pkgs["github_bare"]
    assert any("declares no security scheme" in w and "github.yaml:1:1" in w for w in bare.API.warnings)
    with pytest.raises(TypeError, match="api_key"):
        bare.Client(base_url=server, api_key="ghp_x")
    monkeypatch.setenv("GITHUB_TOKEN", "ghp_env")
    _both(pkgs["github"], server, lambda c: c.user.list())
    assert [r["headers"]["authorization"] for r in Api.requests] == ["Bearer ghp_env"] * 2


def test_env_prefix_is_the_package_in_capitals() -> None:
    assert env_prefix("k8s_client") == "K8S"
    assert env_prefix("openai_client") == "OPENAI"
    assert env_prefix("box_sdk") == "BOX"
    assert env_prefix("my-api2") == "MY_API2"


# -- the generated server checks the same schemes -------------------------------------------


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, str]]:
    """The schemes spec's client and its generated server, on 127.0.0.1 (handlers: none, so a
    call that passes the credential check answers 501)."""
    import uvicorn

    from generator.pipeline import Target, build_api, render_package
    from generator.workflow.writer import write

    out = tmp_path_factory.mktemp("served")
    api = build_api(Target(str(FIXTURES / "schemes.yaml"), "schemes_served"))
    write(out, render_package(api, "schemes_served", emit=("models", "client", "stubs")))
    sys.path.insert(0, str(out))
    pkg = importlib.import_module("schemes_served")
    app = importlib.import_module("schemes_served.server").create_app(prefix="")
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield pkg, f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)
    sys.path.remove(str(out))


def _status(call: Any) -> int:
    try:
        call()
    except Exception as exc:  # the client's APIStatusError
        return int(exc.status_code)
    return 200


def test_generated_server_checks_what_the_client_sends(served: tuple[Any, str]) -> None:
    pkg, url = served
    bare = pkg.Client(base_url=url, max_retries=0)
    assert _status(bare.public.list) == 501  # `security: []`: no check
    assert _status(bare.maybe.list) == 501  # `{}` among the alternatives
    assert httpx2.get(f"{url}/things").status_code == 401
    assert httpx2.get(f"{url}/keys", headers={"X-Key": "k"}).status_code == 401  # one of two
    assert httpx2.get(f"{url}/keys?key=q", headers={"X-Key": "k"}).status_code == 501
    assert httpx2.get(f"{url}/cc", headers={"Authorization": "Basic eDp5"}).status_code == 401
    full = pkg.Client(base_url=url, max_retries=0, api_key="t", key_header="k", key_query="q", key_cookie="c")
    for call in (full.things.list, full.keys.list, full.cookie.list):
        assert _status(call) == 501
    basic = pkg.Client(base_url=url, max_retries=0, username="u", password="p", token="o")
    assert _status(basic.keys.list) == 501 and _status(basic.oidc.list) == 501


# -- warnings and the config table ----------------------------------------------------------


def _warnings(tmp_path: Path, text: str) -> list[str]:
    from generator.load.loader import load_spec
    from generator.normalize.normalizer import normalize

    spec = tmp_path / "spec.yaml"
    spec.write_text(text)
    return normalize(load_spec(spec)).warnings


_OPS = 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses: {"204": {description: ok}}\n'


def test_schemes_nobody_requires_and_unknown_names_are_warned(tmp_path: Path) -> None:
    found = _warnings(
        tmp_path,
        _OPS.replace("      responses", "      security: [{nope: []}, {used: []}]\n      responses")
        + "components:\n  securitySchemes:\n    used: {type: http, scheme: bearer}\n"
        "    spare: {type: apiKey, in: header, name: X-Spare}\n"
        "    tls: {type: mutualTLS}\n",
    )
    assert any(":6:19 (/paths/~1a/get/security/0/nope)" in w and "'nope'" in w for w in found), found
    assert any("'spare' is required by no operation" in w and "(/components/securitySchemes/spare)" in w for w in found)
    assert any("'tls' (mutualTLS) is not generated" in w for w in found)


def test_schemes_without_any_requirement_are_sent_on_every_operation(tmp_path: Path) -> None:
    from generator.load.loader import load_spec
    from generator.normalize.normalizer import normalize

    spec = tmp_path / "spec.yaml"
    spec.write_text(_OPS + "components:\n  securitySchemes:\n    key: {type: apiKey, in: query, name: k}\n")
    api = normalize(load_spec(spec), env_prefix="K8S")
    assert api.operations[0].requirements == [["key"]]
    assert [(c.name, c.env) for c in api.credentials] == [("api_key", "K8S_API_KEY")]
    assert any("no `security` requirement" in w for w in api.warnings)


def test_auth_config_is_checked(tmp_path: Path) -> None:
    from generator.workflow.config import ConfigError, parse_config

    def target(auth: str) -> Any:
        text = f'[targets.x]\nspec = "s.yaml"\npackage = "x"\noutput = "out"\n{auth}'
        import tomllib

        return parse_config(tomllib.loads(text), tmp_path / "oasgen.toml", "").targets["x"].auth

    auth = target(
        '[targets.x.auth]\nenv = { token = "GITHUB_TOKEN" }\n'
        'arguments = { "basicAuth.password" = "" }\n'
        '[targets.x.auth.schemes.token]\ntype = "http"\nscheme = "bearer"\n'
    )
    assert auth.env == {"token": "GITHUB_TOKEN"} and auth.schemes["token"]["scheme"] == "bearer"
    assert auth.where == "[targets.x.auth]"
    for bad, message in [
        ('[targets.x.auth]\nenv = { token = "not a name" }\n', "not an environment variable name"),
        ('[targets.x.auth]\narguments = { "basicAuth.user" = "x" }\n', "is not scheme.part"),
        ('[targets.x.auth.schemes.t]\ntype = "magic"\n', "must be one of http"),
        ('[targets.x.auth]\nsecurity = [["nope"]]\n', "names 'nope'"),
        ('[targets.x.auth]\ntoken_auth = { cc = "header" }\n', 'must be "basic" or "body"'),
    ]:
        with pytest.raises(ConfigError, match=message):
            target(bad)


TOKEN_SCHEME = """
openapi: 3.1.0
info: {title: Tokens, version: "1"}
servers: [{url: "http://localhost/api"}]
security: [{drf: []}]
paths:
  /me:
    get:
      operationId: getMe
      responses: {"200": {description: ok, content: {application/json: {schema: {type: object, properties: {who: {type: string}}}}}}}
components:
  securitySchemes:
    drf: {type: http, scheme: Token, description: "Authorization: Token <key>"}
    signed: {type: http, scheme: Digest}
"""


def test_an_http_scheme_of_its_own_sends_and_reads_its_word(
    api_of: Callable[..., Any], package_of: Callable[..., Any]
) -> None:
    """`scheme: Token` is `Authorization: Token <key>` on both sides; Digest cannot be sent."""
    import importlib

    from gen_support import ALL_PARTS
    from test_server_streaming import serve

    api = api_of(TOKEN_SCHEME)
    drf = next(s for s in api.security_schemes if s.name == "drf")
    assert (drf.kind, drf.auth_scheme) == ("bearer", "Token")
    assert any("'signed' (http Digest) is not generated" in w for w in api.warnings)
    pkg = package_of(TOKEN_SCHEME, "tokens_client", emit=ALL_PARTS)
    app_module = importlib.import_module("tokens_client.server.app")
    seen: list[str] = []

    class Me:
        async def retrieve(self, *, credentials: str) -> Any:
            seen.append(credentials)
            return {"who": credentials}

    app = app_module.create_app(app_module.Handlers(me=Me()))
    with serve(app) as url:
        with pkg.Client(base_url=url + "/api", **{_token_argument(pkg): "k1"}) as client:
            assert client.me.retrieve().who == "k1"
        wrong = httpx2.get(url + "/api/me", headers={"Authorization": "Bearer k1"}, timeout=10)
        assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Token"
        assert "Authorization: Token <token>" in wrong.json()["error"]["message"]
    assert seen == ["k1"]


def _token_argument(pkg: Any) -> str:
    params = inspect.signature(pkg.Client).parameters
    (name,) = [n for n, p in params.items() if n in ("api_key", "token", "drf")]
    return name
