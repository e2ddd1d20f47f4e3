"""Credentials: what each security scheme of the API sends, chosen for each request.

The client keeps its credentials in an ``Authenticator``. Each request names its operation's
requirements (alternatives, each a set of schemes sent together); the first alternative whose
credentials were all given is sent, through an ``httpx2.Auth`` that adds them to the request:

- ``bearer``: ``Authorization: Bearer <token>`` (or the scheme's own word: ``Token <token>``);
- ``basic``: ``Authorization: Basic base64(user:password)``;
- ``apiKey``: the key in its header, query parameter or cookie;
- ``bearer`` with a token URL and no token given (OAuth2 client credentials, RFC 6749
  section 4.4): a token fetched from the token endpoint with the client id and secret, kept
  until it expires and fetched again then, or once after a 401. Concurrent requests wait for
  one fetch (a lock per client, in threads and in tasks alike).
"""

from __future__ import annotations

import asyncio
import base64
import threading
import time
from dataclasses import dataclass, field
from typing import (
    AsyncGenerator,
    Dict,
    Generator,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
)
from urllib.parse import quote

import httpx2

from ._exceptions import ClientError, make_status_error
from ._utils import check_header

__all__ = ["Authenticator", "Requirements", "Scheme"]

#: Alternatives, each the names of the schemes sent together (``()``: nothing).
Requirements = Tuple[Tuple[str, ...], ...]


@dataclass(frozen=True)
class Scheme:
    """A security scheme: its kind, where it is sent, and the arguments holding its parts."""

    name: str
    kind: str  # "bearer", "basic" or "apiKey"
    # part ("token", "username", "password", "key", ...) -> constructor argument
    arguments: Mapping[str, str]
    location: str = "header"  # apiKey: header, query or cookie
    param_name: str = "Authorization"
    token_url: Optional[str] = None  # OAuth2 client credentials: the token endpoint
    # the client id and secret go in an Authorization header ("basic") or the "body"
    token_auth: str = "basic"
    # bearer: the auth-scheme word before the token ("Bearer", or the spec's own: "Token")
    prefix: str = "Bearer"


@dataclass
class _Token:
    """An OAuth2 access token fetched with client credentials, shared by a client's requests."""

    url: str
    client_id: str
    client_secret: str
    token_auth: str
    scopes: Tuple[str, ...] = ()  # asked for in the token request (`scope`)
    value: Optional[str] = None
    # the time.monotonic() after which it is fetched again
    expires_at: Optional[float] = None
    lock: threading.Lock = field(default_factory=threading.Lock)
    async_locks: Dict[int, asyncio.Lock] = field(default_factory=dict)

    def current(self) -> Optional[str]:
        if self.expires_at is not None and time.monotonic() >= self.expires_at:
            return None
        return self.value

    def forget(self, value: str) -> None:
        """Drop `value` after a 401 (unless another request already replaced it)."""
        if self.value == value:
            self.value = None

    def async_lock(self) -> asyncio.Lock:
        loop = id(asyncio.get_running_loop())
        lock = self.async_locks.get(loop)
        if lock is None:
            lock = self.async_locks[loop] = asyncio.Lock()
        return lock

    def request(self, base_url: httpx2.URL, like: httpx2.Request) -> httpx2.Request:
        data = {"grant_type": "client_credentials"}
        if self.scopes:  # RFC 6749 section 4.4.2: space-delimited
            data["scope"] = " ".join(self.scopes)
        headers = {"Accept": "application/json"}
        if self.token_auth == "body":
            data.update(client_id=self.client_id, client_secret=self.client_secret)
        else:  # RFC 6749 section 2.3.1: each form-encoded, then HTTP basic
            pair = (
                f"{quote(self.client_id, safe='')}:{quote(self.client_secret, safe='')}"
            )
            headers["Authorization"] = (
                "Basic " + base64.b64encode(pair.encode()).decode()
            )
        return httpx2.Request(
            "POST",
            base_url.join(self.url),
            data=data,
            headers=headers,
            extensions={k: v for k, v in like.extensions.items() if k == "timeout"},
        )

    def store(self, response: httpx2.Response) -> str:
        body: object = None
        try:
            body = response.json()
        except ValueError:
            body = response.text or None
        token = body.get("access_token") if isinstance(body, dict) else None
        if response.is_error or not isinstance(token, str) or not token:
            raise make_status_error(
                f"The token request to {self.url} failed (status {response.status_code})",
                response=response,
                body=body,
            )
        expires_in = body.get("expires_in") if isinstance(body, dict) else None
        self.value = token
        self.expires_at = None
        if isinstance(expires_in, (int, float)) and not isinstance(expires_in, bool):
            margin = min(30.0, float(expires_in) / 10)
            self.expires_at = time.monotonic() + float(expires_in) - margin
        return token


class _RequestAuth(httpx2.Auth):
    """The credentials of one request: static ones, and at most one fetched token."""

    def __init__(
        self,
        sends: List[Tuple[Scheme, Dict[str, str]]],
        token: Optional[_Token],
        base_url: httpx2.URL,
    ) -> None:
        self._sends = sends
        self._token = token
        self._base_url = base_url

    def _apply(self, request: httpx2.Request) -> Optional[_Token]:
        """Add the static credentials; the token to fetch, if any. A header or query
        parameter the caller set (``default_headers``, ``extra_headers``) is left as it is.
        """
        given = set(request.headers.keys())  # lower case
        for scheme, values in self._sends:
            if scheme.kind == "bearer" or scheme.kind == "basic":
                if "authorization" in given:
                    continue
                if scheme.kind == "bearer":
                    value = f"{scheme.prefix} {values['token']}"
                else:
                    pair = f"{values['username']}:{values.get('password', '')}"
                    value = "Basic " + base64.b64encode(pair.encode("utf-8")).decode()
                _set_header(request, "Authorization", value)
            elif scheme.location == "query":
                if scheme.param_name not in request.url.params:
                    params = {scheme.param_name: values["key"]}
                    request.url = request.url.copy_merge_params(params)
            elif scheme.location == "cookie":
                check_header(scheme.param_name, values["key"])
                cookie = f"{scheme.param_name}={values['key']}"
                old = request.headers.get("Cookie")
                request.headers["Cookie"] = f"{old}; {cookie}" if old else cookie
            elif scheme.param_name.lower() not in given:
                _set_header(request, scheme.param_name, values["key"])
        return None if "authorization" in given else self._token

    def sync_auth_flow(
        self, request: httpx2.Request
    ) -> Generator[httpx2.Request, httpx2.Response, None]:
        token = self._apply(request)
        if token is None:
            yield request
            return
        request.read()  # the body is sent again after a 401
        for attempt in range(2):
            with token.lock:
                value = token.current()
                if value is None:
                    response = yield token.request(self._base_url, request)
                    response.read()
                    value = token.store(response)
            _set_header(request, "Authorization", f"Bearer {value}")
            response = yield request
            if response.status_code != 401 or attempt:
                return
            with token.lock:
                token.forget(value)

    async def async_auth_flow(
        self, request: httpx2.Request
    ) -> AsyncGenerator[httpx2.Request, httpx2.Response]:
        token = self._apply(request)
        if token is None:
            yield request
            return
        await request.aread()  # the body is sent again after a 401
        for attempt in range(2):
            async with token.async_lock():
                value = token.current()
                if value is None:
                    response = yield token.request(self._base_url, request)
                    await response.aread()
                    value = token.store(response)
            _set_header(request, "Authorization", f"Bearer {value}")
            response = yield request
            if response.status_code != 401 or attempt:
                return
            token.forget(value)


def _set_header(request: httpx2.Request, name: str, value: str) -> None:
    check_header(name, value)
    request.headers[name] = value


class Authenticator:
    """A client's credentials (argument -> value) and the schemes they are sent by."""

    def __init__(
        self,
        schemes: Sequence[Scheme],
        requirements: Requirements,
        values: Mapping[str, Optional[str]],
        env: Mapping[str, str],
    ) -> None:
        self.schemes = {s.name: s for s in schemes}
        self.requirements = requirements
        self.values = {k: v for k, v in values.items() if v}
        self.env = env
        #: schemes whose token is fetched with the client id and secret given
        self._fetched = {
            s.name
            for s in schemes
            if s.token_url
            and self.values.get(s.arguments.get("client_id", ""))
            and self.values.get(s.arguments.get("client_secret", ""))
        }
        #: (scheme, scopes) -> its token: one per set of scopes asked for
        self._tokens: Dict[Tuple[str, Tuple[str, ...]], _Token] = {}

    def share_tokens(self, other: Authenticator) -> None:
        """Use `other`'s fetched tokens (a copy of a client with the same credentials)."""
        if other.values == self.values and other._fetched == self._fetched:
            self._tokens = other._tokens

    def _token(self, scheme: Scheme, scopes: Tuple[str, ...]) -> _Token:
        key = (scheme.name, scopes)
        token = self._tokens.get(key)
        if token is None:
            token = self._tokens.setdefault(
                key,
                _Token(
                    scheme.token_url or "",
                    self.values[scheme.arguments["client_id"]],
                    self.values[scheme.arguments["client_secret"]],
                    scheme.token_auth,
                    scopes,
                ),
            )
        return token

    def _parts(self, scheme: Scheme) -> Optional[Dict[str, str]]:
        """The values the scheme sends, or None when one was not given."""
        if scheme.kind == "bearer" and scheme.name in self._fetched:
            token = self.values.get(scheme.arguments.get("token", ""))
            return {"token": token} if token else {}
        needed = [
            p for p in ("token", "username", "password", "key") if p in scheme.arguments
        ]
        out = {p: self.values.get(scheme.arguments[p]) for p in needed}
        if not needed or not all(out.values()):
            return None
        return {k: v for k, v in out.items() if v}

    def auth_for(
        self,
        security: Optional[Requirements],
        base_url: httpx2.URL,
        scopes: Optional[Mapping[str, Tuple[str, ...]]] = None,
    ) -> Optional[httpx2.Auth]:
        """What a request with these requirements (None: the API's) sends, a fetched token
        asked with the operation's `scopes`; a ClientError when no alternative has its
        credentials and none is anonymous."""
        requirements = self.requirements if security is None else security
        if not requirements:
            return None
        for requirement in requirements:
            if not requirement:
                continue
            sends: List[Tuple[Scheme, Dict[str, str]]] = []
            token: Optional[_Token] = None
            for name in requirement:
                parts = self._parts(self.schemes[name])
                if parts is None:
                    break
                if parts or name not in self._fetched:
                    sends.append((self.schemes[name], parts))
                else:
                    wanted = tuple((scopes or {}).get(name, ()))
                    token = self._token(self.schemes[name], wanted)
            else:
                return _RequestAuth(sends, token, base_url)
        if any(not r for r in requirements):
            return None
        raise ClientError(self._missing(requirements))

    def _missing(self, requirements: Requirements) -> str:
        options = []
        for requirement in requirements:
            arguments: List[str] = []
            fetched = False
            for name in requirement:
                scheme = self.schemes[name]
                for part in ("token", "username", "password", "key"):
                    argument = scheme.arguments.get(part)
                    if argument and argument not in arguments:
                        arguments.append(argument)
                fetched = fetched or "client_id" in scheme.arguments
            missing = [a for a in arguments if not self.values.get(a)]
            passes = " and ".join(f"{a}=..." for a in missing)
            variables = " and ".join(self.env[a] for a in missing)
            plural = "s" if len(missing) > 1 else ""
            option = (
                f"pass {passes} or set the {variables} environment variable{plural}"
            )
            if fetched:
                option += " (or client_id=... and client_secret=... to fetch a token)"
            options.append(option)
        return "Missing credentials: " + "; or ".join(options)
