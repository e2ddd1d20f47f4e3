"""Security schemes -> what the client sends and the constructor arguments that hold it.

Every scheme the spec (or the target's `auth` config) declares is decided here, once:

- http bearer, oauth2 and openIdConnect: one token argument, sent as `Authorization: Bearer`;
  an oauth2 scheme with a `clientCredentials` flow also takes `client_id` and `client_secret`,
  with which the client fetches its token from the flow's `tokenUrl` (RFC 6749 section 4.4);
- http basic: a user and a password argument, sent as `Basic base64(user:password)`;
- apiKey: one argument per scheme, sent in its header, query parameter or cookie.

Default argument names: an http bearer token is `api_key` (`token` where the scheme's name or
description speaks of a token and not of an API key), an oauth2 or openIdConnect one `token`
(`api_key` where they speak of an API key); basic is `username`/`password`, or the two halves of a name like
`accountSid_authToken` (`account_sid`, `auth_token`), or `api_key` alone with an empty
password where the description shows `api_key:`; a lone apiKey scheme is `api_key`, several
are named after their schemes. Schemes whose parts get the same name share the argument.
Each argument is also read from an environment variable, `<PREFIX>_<ARGUMENT>` where the
prefix is the package's name in capitals (`k8s_client` -> `K8S`); the config renames both.

Requirements (`security`) are alternatives, each a set of schemes sent together; an
operation's own `security` replaces the spec's, and `security: []` sends nothing.

The client-credentials flow is generated into the package's `_auth.py` rather than taken from
a library. The two maintained candidates were measured (authlib 1.9.6, httpx2-auth 0.23.1):
authlib's `OAuth2Client`/`AsyncOAuth2Client` are `httpx2.Client` subclasses, so the generated
client would have to own that class (no `http_client=` of the user's), and it brings 3.2 MB
plus joserfc and cryptography, about 180 ms more at import; httpx2-auth fetches tokens through a
blocking `httpx2.Client` even under `AsyncClient`, keeps them in one process-wide cache and does
not retry a 401. An `httpx2.Auth` flow of about 150 lines does what is needed on both clients,
through the client's own transport, with no dependency beyond httpx2.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from generator import naming
from generator.errors import Location, Problem
from generator.ir import Api, Credential, SecurityScheme
from generator.load.loader import Node, Spec

#: What the generated constructor takes besides credentials: an argument may not be named so.
_CONSTRUCTOR = frozenset(
    {
        "self", "base_url", "timeout", "max_retries", "default_headers", "default_query",
        "http_client", "webhook_secret",
    }
)  # fmt: skip
_API_KEY = re.compile(r"api[ _-]?key", re.IGNORECASE)
_TOKEN = re.compile(r"token", re.IGNORECASE)
_KEY_AS_USER = re.compile(r"api[_ ]?key:", re.IGNORECASE)  # "base64 hash of `api_key:`"
_TWO_NAMES = re.compile(r"^([A-Za-z][A-Za-z0-9]*)_([A-Za-z][A-Za-z0-9]*)$")
_STOP_WORDS = frozenset({"the", "a", "an"})


@dataclass
class AuthConfig:
    """The target's `[auth]` table: schemes to declare, argument and variable names."""

    schemes: dict[str, dict[str, Any]] = field(default_factory=dict)  # OpenAPI scheme objects
    security: list[list[str]] | None = None  # default requirements for declared schemes
    arguments: dict[str, str] = field(default_factory=dict)  # "scheme.part" -> argument
    env: dict[str, str] = field(default_factory=dict)  # argument -> environment variable
    token_auth: dict[str, str] = field(default_factory=dict)  # scheme -> "basic" or "body"
    where: str = "[tool.oasgen.targets.NAME.auth]"  # how messages name the table


def env_prefix(package: str) -> str:
    """`openai_client` -> `OPENAI`, `k8s_client` -> `K8S`: variables' names start so."""
    base = re.sub(r"_(client|sdk|api)$", "", package.lower()) or package.lower()
    return re.sub(r"[^A-Za-z0-9]+", "_", base).strip("_").upper() or "API"


def title_prefix(title: str) -> str:
    """The prefix when no package is named: the title's first word (`The Plaid API` -> `PLAID`)."""
    for word in re.split(r"[^A-Za-z0-9]+", title):
        if word and word.lower() not in _STOP_WORDS and word.lower() != "s":
            return word.upper()
    return "API"


def build_security(
    spec: Spec,
    api: Api,
    op_nodes: Mapping[str, Node],
    problems: list[Problem],
    *,
    prefix: str | None = None,
    config: AuthConfig | None = None,
) -> None:
    """Fill `api.security_schemes`, `api.requirements`, `api.credentials` and each
    operation's `requirements` (and `security` for schemes the config declares)."""
    config = config or AuthConfig()
    prefix = prefix or title_prefix(api.title)
    root = spec.root
    schemes = _spec_schemes(spec, problems)
    declared = [
        _scheme(name, raw, None, problems, config.where) for name, raw in config.schemes.items()
    ]
    for s in declared:
        s.declared = True
    schemes += [s for s in declared if all(s.name != t.name for t in schemes)]
    if not schemes and api.operations:
        problems.append(
            Problem(
                "the spec declares no security scheme: the client sends no credentials and "
                f"takes none (declare one under {config.where} if the API needs one)",
                spec.locate(spec.root_doc, ""),
            )
        )
    by_name = {s.name: s for s in schemes}
    root_node = spec.root_node.child("security")
    if "security" in root:
        default = _requirements(spec, root_node, by_name, problems)
    elif declared:
        default = config.security or [[s.name] for s in declared]
    else:
        default = []
    api.security_schemes = schemes
    api.requirements = default
    for op in api.operations:
        node = op_nodes.get(op.id)
        own = node.child("security") if node is not None else None
        op.scopes = _scopes(
            own.value if own is not None and own.value is not None else root.get("security"),
            by_name,
        )
        if own is not None and own.value is not None:
            op.requirements = _requirements(spec, own, by_name, problems)
        else:
            op.requirements = [list(r) for r in default]
            if "security" not in root and declared:
                op.security = list(dict.fromkeys(n for r in default for n in r))
                op.security_optional = any(not r for r in default) and bool(op.security)
    used = {n for r in default for n in r} | {
        n for op in api.operations for r in op.requirements for n in r
    }
    sendable = [s for s in schemes if s.kind != "other"]
    if sendable and not used and not any("security" in n.value for n in op_nodes.values()):
        # schemes but no requirement anywhere: every operation sends the first one given
        names = ", ".join(repr(s.name) for s in sendable)
        problems.append(
            Problem(
                f"the spec declares security schemes ({names}) but no `security` requirement: "
                "every operation sends the first of them the client is given",
                spec.locate(spec.root_doc, ""),
            )
        )
        default = [[s.name] for s in sendable]
        api.requirements = default
        for op in api.operations:
            op.requirements = [list(r) for r in default]
            op.security = [s.name for s in sendable]
        used = {s.name for s in sendable}
    for s in sendable:
        if s.name not in used:
            node = spec.get(spec.root_node, "components", "securitySchemes", s.name)
            problems.append(
                Problem(
                    f"security scheme {s.name!r} is required by no operation: the client takes "
                    "no credentials for it",
                    spec.locate(node.doc, node.pointer)
                    if not s.declared
                    else Location(config.where),
                )
            )
    _name_arguments(api, [s for s in schemes if s.name in used], prefix, config)
    _free_resources(api)


def _spec_schemes(spec: Spec, problems: list[Problem]) -> list[SecurityScheme]:
    out: list[SecurityScheme] = []
    for name, scheme in spec.get(spec.root_node, "components", "securitySchemes").items():
        node = spec.get(scheme)
        if isinstance(node.value, dict):
            out.append(_scheme(name, node.value, (spec, node), problems))
    return out


#: http auth-schemes whose credentials are no token sent as is: a challenge and answer, a
#: signature of each request, or a negotiation (RFC 7235's registry and AWS's signing).
_CHALLENGED = frozenset(
    {
        "digest", "hoba", "mutual", "negotiate", "ntlm", "scram-sha-1", "scram-sha-256", "vapid",
        "aws4-hmac-sha256", "concealed", "dpop", "gnap", "privatetoken", "oauth", "signature",
        "hmac", "hawk", "mutualtls",
    }
)  # fmt: skip
#: An auth-scheme name (RFC 7235's `token`).
_TOKEN68 = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def _scheme(
    name: str,
    v: Mapping[str, Any],
    where: tuple[Spec, Node] | None,
    problems: list[Problem],
    config_where: str = "",
) -> SecurityScheme:
    kind = v.get("type")
    desc = v.get("description") if isinstance(v.get("description"), str) else None
    http = str(v.get("scheme", "")).lower()
    if kind == "http" and http == "bearer":
        return SecurityScheme(name, "bearer", "header", "Authorization", desc)
    if kind == "http" and http == "basic":
        return SecurityScheme(name, "basic", "header", "Authorization", desc)
    written = str(v.get("scheme", "")).strip()
    if kind == "http" and _TOKEN68.fullmatch(written) and http not in _CHALLENGED:
        # another auth-scheme carrying a token as is (`Token`, `ApiKey`, `sso-key`)
        out = SecurityScheme(name, "bearer", "header", "Authorization", desc)
        out.auth_scheme = written
        return out
    if (
        kind == "apiKey"
        and v.get("in") in ("header", "query", "cookie")
        and isinstance(v.get("name"), str)
        and v.get("name")
    ):
        return SecurityScheme(name, "apiKey", v.get("in"), v.get("name"), desc)
    if kind in ("oauth2", "openIdConnect"):
        out = SecurityScheme(name, kind, "header", "Authorization", desc)
        flows = v.get("flows")
        flow = flows.get("clientCredentials") if isinstance(flows, dict) else None
        if isinstance(flow, dict) and isinstance(flow.get("tokenUrl"), str):
            out.token_url = flow["tokenUrl"]
        return out
    what = f"{kind} {v.get('scheme')}" if kind == "http" else str(kind)
    if kind == "apiKey":
        what = f"apiKey in {v.get('in')!r} named {v.get('name')!r}"
    message = (
        f"security scheme {name!r} ({what}) is not generated: requests carry no credentials for it"
    )
    if where is not None:
        spec, node = where
        problems.append(Problem(message, spec.locate(node.doc, node.pointer)))
    else:
        problems.append(Problem(message, Location(config_where)))
    return SecurityScheme(name, "other", None, None, desc)


def _requirements(
    spec: Spec, node: Node, schemes: Mapping[str, SecurityScheme], problems: list[Problem]
) -> list[list[str]]:
    """A `security` list: alternatives, each the schemes sent together. A requirement naming
    a scheme the spec does not declare, or one the client cannot send, is left out (warned)."""
    out: list[list[str]] = []
    if not isinstance(node.value, list):
        return out
    for i, req in enumerate(node.value):
        if not isinstance(req, dict):
            continue
        names = list(req)
        unknown = [n for n in names if n not in schemes]
        if unknown:
            where = spec.locate(node.doc, node.child(i, unknown[0]).pointer)
            problems.append(
                Problem(
                    f"security requirement names {unknown[0]!r}, which components/securitySchemes "
                    "does not declare: the client never sends it",
                    where,
                )
            )
            continue
        if any(schemes[n].kind == "other" for n in names):
            continue  # the scheme itself is warned about
        if names not in out:
            out.append(names)
    return out


def _scopes(security: Any, schemes: Mapping[str, SecurityScheme]) -> dict[str, list[str]]:
    """OAuth2 / OpenID Connect scheme -> the scopes a `security` list names for it (in their
    order, each once, over every requirement that names the scheme)."""
    out: dict[str, list[str]] = {}
    for req in security if isinstance(security, list) else []:
        for name, scopes in req.items() if isinstance(req, dict) else ():
            scheme = schemes.get(name)
            if scheme is None or scheme.kind not in ("oauth2", "openIdConnect"):
                continue
            for scope in scopes if isinstance(scopes, list) else []:
                if isinstance(scope, str) and scope not in out.setdefault(name, []):
                    out[name].append(scope)
    return {name: scopes for name, scopes in out.items() if scopes}


def _defaults(s: SecurityScheme, api_keys: int) -> dict[str, str]:
    """The scheme's parts and their default argument names ("" for an empty password)."""
    text = f"{s.name} {s.description or ''}"
    if s.kind in ("bearer", "oauth2", "openIdConnect"):
        api_key = _API_KEY.search(text) or (s.kind == "bearer" and not _TOKEN.search(text))
        out = {"token": "api_key" if api_key else "token"}
        if s.token_url is not None:
            out.update(client_id="client_id", client_secret="client_secret")
        return out
    if s.kind == "basic":
        two = _TWO_NAMES.match(s.name)
        if two:
            return {"username": naming.snake(two[1]), "password": naming.snake(two[2])}
        if _KEY_AS_USER.search(s.description or ""):
            return {"username": "api_key", "password": ""}
        return {"username": "username", "password": "password"}
    if s.kind == "apiKey":
        return {"key": "api_key" if api_keys == 1 else naming.snake(s.name)}
    return {}


def _name_arguments(
    api: Api, schemes: list[SecurityScheme], prefix: str, config: AuthConfig
) -> None:
    api_keys = sum(1 for s in schemes if s.kind == "apiKey")
    credentials: dict[str, Credential] = {}
    for s in schemes:
        s.token_auth = "body" if config.token_auth.get(s.name) == "body" else "basic"
        for part, default in _defaults(s, api_keys).items():
            name = config.arguments.get(f"{s.name}.{part}", default)
            if not name:
                continue  # an empty password
            name = naming.safe_identifier(name)
            if name in _CONSTRUCTOR:
                name += "_"
            s.arguments[part] = name
            if name not in credentials:
                credentials[name] = Credential(name, _env(name, prefix), _describe(s, part))
    for name, variable in config.env.items():
        if name in credentials:
            credentials[name].env = variable
    api.credentials = list(credentials.values())


def _env(argument: str, prefix: str) -> str:
    upper = argument.strip("_").upper()
    if upper == prefix or upper.startswith(prefix + "_"):
        return upper
    return f"{prefix}_{upper}"


def _describe(s: SecurityScheme, part: str) -> str:
    if part == "token":
        how = "sent as `Authorization: Bearer <token>`"
        return f"The bearer token of the {s.name!r} scheme, {how}."
    if part == "username":
        return f"The user of the {s.name!r} HTTP basic scheme."
    if part == "password":
        return f"The password of the {s.name!r} HTTP basic scheme."
    if part == "key":
        return f"The API key of the {s.name!r} scheme, sent in the {s.param_name!r} {s.location}."
    return (
        f"The OAuth2 {part.replace('_', ' ')} of the {s.name!r} scheme, exchanged at "
        f"{s.token_url} for a token (client credentials)."
    )


def _free_resources(api: Api) -> None:
    """`client.api_key` stays the credential: a top-level resource named like one moves to
    `api_key_` (as resources named like the client's own attributes do)."""
    names = {c.name for c in api.credentials}
    taken = {op.resource[0] for op in api.operations if op.resource}
    for name in sorted(names & taken):
        free = name + "_"
        while free in taken or free in names:
            free += "_"
        for op in api.operations:
            if op.resource and op.resource[0] == name:
                op.resource = (free, *op.resource[1:])


def use_env_api_key(api: Api, variable: str | None) -> None:
    """The target's `env_api_key` names the variable of the `api_key` argument (or of the only
    credential there is)."""
    if not variable:
        return
    named = [c for c in api.credentials if c.name == "api_key"]
    if not named and len(api.credentials) == 1:
        named = api.credentials
    for c in named:
        c.env = variable
