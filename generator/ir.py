"""The intermediate model (IR): every name and type decision, made once.

The normalizer builds it from a loaded spec; every emitter (models, params,
client, server stubs, docs, diff) reads it and decides nothing on its own.
It is plain dataclasses so it can be dumped to JSON (`oasgen inspect --json`)
and compared in snapshot tests. Lists are kept in a stable, sorted order.
"""

from __future__ import annotations

import dataclasses
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

TypeKind = Literal[
    "str", "int", "float", "bool", "bytes", "datetime", "date", "any", "null",
    "literal", "array", "map", "named", "union",
]  # fmt: skip


@dataclass(frozen=True)
class Discriminator:
    """How a union picks its member: the property and the value naming each member."""

    property: str  # wire name
    py_property: str  # the member models' Python field name for it
    mapping: tuple[tuple[str, str], ...] = ()  # (wire value, named type id)
    inferred: bool = False  # True when found from members' const properties, not declared


@dataclass(frozen=True)
class Constraints:
    """Validation keywords kept for validation (models, server) and docs."""

    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    min_items: int | None = None
    max_items: int | None = None

    def is_empty(self) -> bool:
        return all(v is None for v in dataclasses.astuple(self))


@dataclass(frozen=True)
class TypeRef:
    """A type expression.

    kind "literal": `values` are the allowed values; `open` means any other string is
    accepted too (anyOf string + enum). kind "named": `name` is the id of a NamedType.
    `nullable` means null is allowed, which is unrelated to a field being optional.
    """

    kind: TypeKind
    format: str | None = None
    values: tuple[Any, ...] = ()
    open: bool = False
    item: TypeRef | None = None  # array item or map value
    name: str | None = None  # named type id
    members: tuple[TypeRef, ...] = ()  # union members
    discriminator: Discriminator | None = None
    nullable: bool = False
    #: limits of a union member (`minItems` on the array member of a oneOf); a field or a
    #: parameter keeps its own limits on the Field or Parameter
    constraints: Constraints | None = None

    def with_nullable(self, nullable: bool = True) -> TypeRef:
        return dataclasses.replace(self, nullable=nullable)


@dataclass
class Field:
    """An object property. `required`: may not be omitted; `type.nullable`: may be null."""

    name: str  # wire name
    py_name: str  # valid, non-keyword identifier (aliased when different)
    type: TypeRef
    required: bool
    description: str | None = None
    deprecated: bool = False
    has_default: bool = False
    default: Any = None
    read_only: bool = False
    write_only: bool = False
    constraints: Constraints = field(default_factory=Constraints)


@dataclass
class NamedType:
    """A type that gets a Python name: an object model, or an alias (enum, union, other).

    `id` is stable and unique ("#/components/schemas/Foo", or an inline path such as
    "#/components/schemas/Foo/properties/bar"). `name` is the unique Python class name;
    `module` the unique snake_case module name. Inline types have an `owner` (the named
    component or operation they sit in).
    """

    id: str
    name: str
    module: str
    kind: Literal["object", "alias"]
    fields: list[Field] = field(default_factory=list)
    additional: TypeRef | None = None  # object: type of extra keys (additionalProperties)
    alias_of: TypeRef | None = None  # alias: the type it names
    description: str | None = None
    deprecated: bool = False
    owner: str | None = None
    source: str = ""  # "file#pointer" it was built from
    used_in_request: bool = False
    used_in_response: bool = False
    param_name: str | None = None  # TypedDict name for request use, e.g. "ThreadParam"
    param_module: str | None = None
    rules: list[str] = field(
        default_factory=list
    )  # validation-only constraints, e.g. oneOf-required


@dataclass
class Parameter:
    name: str  # wire name
    py_name: str
    location: Literal["path", "query", "header", "cookie"]
    type: TypeRef
    required: bool
    style: str
    explode: bool
    description: str | None = None
    deprecated: bool = False
    constraints: Constraints = field(default_factory=Constraints)
    default: Any = None  # the schema's default, kept only when it fits the type
    has_default: bool = False
    sdk_name: str | None = None  # the argument name the spec asks for (`x-stainless-param`)
    #: a required query or header parameter whose schema allows one string (a single `enum`
    #: value or `const`: Azure's `api-version`): every call sends it, and it is no argument
    fixed: str | None = None


BodyKind = Literal["json", "multipart", "form", "binary", "text"]
ResponseKind = Literal["json", "sse", "binary", "text", "empty"]
#: How one argument travels in a body: "field" a JSON property or a form field (objects and
#: arrays as `name[key]` / `name[]` form fields), "json" a multipart part holding JSON, "text"
#: a multipart part of its own media type (`encoding` contentType), "file" a file part,
#: "files" several file parts under one name, "indexed_files" file parts named
#: `stem[0]`, `stem[1]`, ... from one list, "whole" the body itself (raw bytes or text, or a
#: JSON or form value that is no object with properties).
PartKind = Literal["field", "json", "text", "file", "files", "indexed_files", "whole"]


@dataclass
class BodyPart:
    """One argument's place in one request body."""

    argument: str  # the method's argument (py_name) holding the value
    wire_name: str  # the property or part name; for "indexed_files" the stem (`files`)
    kind: PartKind
    type: TypeRef  # the value's type in this body
    required: bool
    content_type: str | None = None  # the part's media type, where `encoding` names one
    base64: bool = False  # a file part whose content is sent base64-encoded (`contentEncoding`)
    #: a form field holding an object (JSON text or `name[key]` fields) / a list of scalars
    structured: bool = False
    many: bool = False
    #: a form field's `encoding` style and explode (deepObject arrays: the array format)
    style: str | None = None
    explode: bool = True


@dataclass
class RequestBody:
    content_type: str
    kind: BodyKind
    type: TypeRef  # usually a named object type
    required: bool
    description: str | None = None
    file_fields: list[str] = field(default_factory=list)  # multipart: wire names holding files
    #: multipart: (property, media type) of each `encoding` entry naming a contentType
    part_types: list[tuple[str, str]] = field(default_factory=list)
    #: multipart: properties whose files are base64 text (`contentEncoding: base64`)
    base64_fields: list[str] = field(default_factory=list)
    #: what the method sends in this body, argument by argument (decided with the arguments)
    parts: list[BodyPart] = field(default_factory=list)
    #: form: property -> (style, explode) its `encoding` entry gives
    encoding: dict[str, tuple[str, bool]] = field(default_factory=dict)


@dataclass
class Response:
    status: str  # "200", "2XX", "default"
    content_type: str | None
    kind: ResponseKind
    type: TypeRef | None
    description: str | None = None


@dataclass
class Streaming:
    """How an operation streams: always (SSE response) or when a body field is true."""

    event_type: TypeRef
    mode: Literal["data", "event"]  # "event": items built from the SSE event name + data
    param: str | None = None  # body field that turns streaming on (e.g. "stream"), if any


PagingKind = Literal["page", "cursor", "next_url", "token", "link", "offset", "page_number"]


@dataclass
class Pagination:
    """How a list call pages (normalize/pagination.py): where its items are, and each signal
    of the next page its responses carry, tried in this order at run time: `next_url`,
    `next_token`, `link`, `item_cursor`, offset, page number. Paths are wire names from the
    body's top; `kind` is the scheme that leads (the first the spec shows).
    """

    kind: PagingKind  # "page": one page of `data`, no other
    item_type: TypeRef
    cursor_param: str | None = None  # the query parameter a token or the last id goes back in
    items: tuple[str, ...] = ("data",)  # () : the whole body is the array
    page_class: Literal["Page", "CursorPage", "ListPage"] = "Page"  # the runtime's page type
    next_url: tuple[str, ...] | None = None  # `links.pages.next`, `next_page_uri`
    next_token: tuple[str, ...] | None = None  # `response_metadata.next_cursor`
    has_more: tuple[str, ...] | None = None  # false: the last page, whatever else says
    link: bool = False  # the response declares an RFC 8288 `Link` header
    item_cursor: bool = False  # `cursor_param` takes the last item's `id`
    offset_param: str | None = None
    limit_param: str | None = None
    page_param: str | None = None
    size_param: str | None = None
    total: tuple[str, ...] | None = None  # the number of items in all pages
    total_pages: tuple[str, ...] | None = None
    first_page: int = 1  # the page number of the first page (0 or 1)
    #: where the cursor, offset or page number goes: the query, or the JSON body (a POST
    #: search: Notion's `start_cursor`, HubSpot's `after`, Jira's `startAt`)
    cursor_in: Literal["query", "body"] = "query"


@dataclass
class Argument:
    """One argument of a generated method, and where its value goes on the wire."""

    py_name: str
    wire_name: str
    #: "content_type": the media type of the body to send, where there are several
    source: Literal["path", "query", "header", "cookie", "body", "file", "raw_body", "content_type"]
    type: TypeRef
    required: bool
    description: str | None = None
    deprecated: bool = False
    explode: bool = True  # query arrays: False sends one comma-joined value (style form)
    positional: bool = False  # taken by position (before `*`); the others are keyword-only
    #: the spec's `style` for a query parameter or a form body property, where it names one
    #: ("deepObject": an array is written in the API's `array_format`, `a[0]=x`)
    style: str | None = None
    #: the idempotency key header: optional, a fresh key is generated for a call without one
    idempotency: bool = False


@dataclass(frozen=True)
class Condition:
    """What a request must carry to reach its operation where several share a method and path.

    source "query" / "header": the parameter `name` equals `value`; "body": the body field
    `name` equals `value`; "content_type": the request's media type is one of `value` (a tuple).
    """

    source: Literal["query", "header", "body", "content_type"]
    name: str  # wire name; "" for content_type
    value: Any


@dataclass
class Route:
    """Operations that meet on one method and path on the wire: one server route.

    The route tries `operations` in order and takes the first whose `dispatch` conditions a
    request meets; `fallback` answers what none of them claims. An operation neither claims
    requests nor is the fallback is unreachable on the server (the normalizer warns).
    """

    method: str
    path: str
    operations: list[str] = field(default_factory=list)  # operation ids, most specific first
    fallback: str | None = None


@dataclass
class Operation:
    id: str  # operationId (or a derived one)
    method: str  # lower case
    path: str  # template without any query part: "/threads/{thread_id}/runs"
    resource: tuple[str, ...]  # call path, e.g. ("beta", "threads")
    py_name: str  # method name, e.g. "create_and_run"
    aliases: list[tuple[tuple[str, ...], str]] = field(
        default_factory=list
    )  # more (resource, method) names
    summary: str | None = None
    description: str | None = None
    deprecated: bool = False
    deprecation: str | None = None  # deprecated: why, in the spec's words (None when it says not)
    tags: list[str] = field(default_factory=list)
    parameters: list[Parameter] = field(default_factory=list)
    request_bodies: list[RequestBody] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    streaming: Streaming | None = None
    pagination: Pagination | None = None
    fixed_query: list[tuple[str, str]] = field(default_factory=list)  # "/responses?beta=true"
    key: str = ""  # the spec's path key as written: "/oauth2/token#refresh", "/responses?beta=true"
    dispatch: list[Condition] = field(default_factory=list)  # what tells it apart on its Route
    arguments: list[Argument] = field(default_factory=list)  # the method's, in signature order
    body_kind: BodyKind | None = None  # how the body arguments are sent by default
    body_content_type: str | None = None
    #: the media types of `request_bodies` the method sends, in the order it prefers them when
    #: the arguments given fit several; more than one: the method takes `body_selector`
    body_choice: list[str] = field(default_factory=list)
    body_selector: str | None = None  # the argument naming the media type to send, if any
    success: Response | None = None  # the response the method returns (None: no 2xx)
    security: list[str] = field(default_factory=list)  # scheme names that may authorise it
    security_optional: bool = False  # `security` lists `{}`: anonymous calls are allowed too
    max_body: int | None = (
        None  # `x-oasgen-max-body`: its body's size limit in bytes (None: the server's)
    )
    # what the client sends: alternatives, each a list of schemes sent together (`[]`: nothing)
    requirements: list[list[str]] = field(default_factory=list)
    #: OAuth2 / OpenID Connect scheme -> the scopes its requirements name for the operation,
    #: asked for with a token the client fetches
    scopes: dict[str, list[str]] = field(default_factory=dict)
    #: the `Host.name` the operation is sent to (its own `servers`); None: the base URL
    host: str | None = None
    #: the Accept header every call sends, where the spec fixes one (an Accept header
    #: parameter's default or only value: PagerDuty's `application/vnd.pagerduty+json;version=2`)
    accept: str | None = None
    #: the header carrying an idempotency key on every call (declared, or named by the config)
    idempotency_header: str | None = None
    source: str = ""

    @property
    def target(self) -> str:
        """The request target as sent: the path and its fixed query (never a fragment)."""
        if not self.fixed_query:
            return self.path
        return self.path + "?" + urllib.parse.urlencode(self.fixed_query)


#: Where a handler argument comes from: a parameter FastAPI reads ("path", "query",
#: "header", "cookie"), one read from the raw request ("query_object", "path_object",
#: "text_object": objects and lists), the JSON body whole ("body"), a raw body ("raw_body"),
#: a form's fields ("form", "form_object", "form_list", "file"), a field of one of several
#: bodies ("body_field", read with the others), or the credential ("credentials").
HandlerSource = Literal[
    "path", "query", "header", "cookie", "query_object", "path_object", "text_object", "body",
    "raw_body", "form", "form_object", "form_list", "file", "body_field", "credentials",
]  # fmt: skip
#: How a handler's result is answered: JSON, no body, bytes, text, or a stream of events.
HandlerResponse = Literal["json", "empty", "binary", "text", "events"]


@dataclass
class HandlerArgument:
    """One keyword argument of a server handler method, and how the route reads it.

    `type` is what the handler receives; for a raw body, a file or the credential it is
    None and `source` (with `many` / `media`) says what arrives. `types` holds the types a
    field of several bodies has, one per body carrying it (besides files, `many`)."""

    name: str  # keyword (handler and route)
    wire: str  # wire name (the client's argument name for "body_field")
    source: HandlerSource
    type: TypeRef | None
    required: bool  # the handler always receives a value (not None)
    description: str | None = None  # the spec's text for it (the handler's `Args:`)
    deprecated: bool = False
    many: bool = False  # files: several (`List[UploadFile]`); form lists
    shape: str | None = None  # path_object: "array", "object" or "value"
    media: str | None = None  # raw_body: "binary", "text" or "form" (a form taken whole)
    files: bool = False  # body_field: some body sends it as a file
    optional_credentials: bool = False


@dataclass
class ServerHandler:
    """An operation as the server serves it: its handler method, route and answer."""

    operation: str  # operation id
    method: str  # the handler's method name
    function: str  # the route function's name
    constant: str  # the router module's constant holding its Endpoint
    path: str  # the route path, placeholders renamed to argument names
    arguments: list[HandlerArgument] = field(default_factory=list)
    response: HandlerResponse = "json"
    status_code: int = 200
    media_type: str | None = None  # binary and text answers
    response_type: TypeRef | None = None  # the success answer's type (JSON, before streaming)
    is_async: bool = True  # False: the handler is an async generator of events
    needs_request: bool = False  # the route reads the raw request
    route: str | None = None  # constant holding its `dispatch(...)` rule, on a shared route
    bodies: str | None = None  # constant holding the bodies it accepts (several of them)


@dataclass
class ServerResource:
    """The operations of one resource on the server: a handler Protocol and a router."""

    key: tuple[str, ...]
    module: str  # module name under server/handlers and server/routers
    label: str  # "threads.runs"
    protocol: str  # the handler Protocol's class name
    impl: str  # the scaffold's class name
    attribute: str  # the `Handlers` field
    handlers: list[ServerHandler] = field(default_factory=list)


@dataclass
class Resource:
    """A node of the client's call tree: `client.beta.threads` is ("beta", "threads")."""

    path: tuple[str, ...]
    class_name: str  # "Threads" (async: "Async" + class_name)
    module: str  # dotted, relative to the package: "resources.beta.threads.threads"
    children: list[tuple[str, ...]] = field(default_factory=list)
    operations: list[str] = field(default_factory=list)  # operation ids, in spec order
    aliases: list[tuple[str, str]] = field(
        default_factory=list
    )  # (method name, operation id) of other names


@dataclass
class ServerVariable:
    """A variable of a server URL (`https://{region}.example.com`): a constructor argument."""

    name: str  # as written in the URL
    py_name: str  # the client's constructor argument
    default: str
    enum: list[str] = field(default_factory=list)  # the values allowed; empty: any
    description: str | None = None


@dataclass
class Host:
    """A server some operations are sent to instead of the base URL (their own `servers`).

    `name` is the key of the client's `base_urls` that overrides it; `url` is the spec's URL,
    its variables unfilled; a relative one is resolved against the client's base URL."""

    name: str
    url: str
    relative: bool = False
    description: str | None = None
    #: the path the generated server serves its operations under (`/api/2.0`; "" : the root)
    path: str = ""


@dataclass
class SecurityScheme:
    """A security scheme and what the client sends for it.

    `arguments` maps each part of the credential to the client's constructor argument that
    holds it: "token" (bearer, oauth2, openIdConnect), "username" and "password" (basic; no
    "password" when it is always empty), "key" (apiKey), and "client_id" / "client_secret"
    for an oauth2 client-credentials flow, whose token is fetched from `token_url`. An
    empty `arguments` means the client sends nothing for it (and said so in a warning).
    """

    name: str
    kind: Literal["bearer", "basic", "apiKey", "oauth2", "openIdConnect", "other"]
    location: str | None = None  # apiKey: header/query/cookie
    param_name: str | None = None  # apiKey: header or query name
    description: str | None = None
    arguments: dict[str, str] = field(default_factory=dict)  # part -> Credential.name
    token_url: str | None = None  # oauth2 clientCredentials flow: the token endpoint
    token_auth: Literal["basic", "body"] = "basic"  # how the client id and secret go there
    #: the auth-scheme word before a token in `Authorization` (RFC 7235): "Bearer", or an http
    #: scheme's own (`scheme: Token` sends `Authorization: Token <token>`)
    auth_scheme: str = "Bearer"
    declared: bool = False  # declared by the target's config, not by the spec

    @property
    def fetches_token(self) -> bool:
        """Whether the client fetches its token (client credentials it takes as arguments)."""
        return self.token_url is not None and "client_id" in self.arguments


@dataclass
class Credential:
    """A constructor argument of the client holding (part of) a credential."""

    name: str  # "api_key", "account_sid"
    env: str  # "OPENAI_API_KEY": read when the argument is not given
    description: str = ""  # what it is, for the constructor's docstring and the README


@dataclass
class Webhook:
    """A request the API makes to its users: an OpenAPI 3.1 webhook or an operation's callback.

    `key` is the `webhooks` key ("batch_completed") or, for a callback, the callback's name in
    its operation's `callbacks`. `handler` is the receiver's attribute for it and `protocol` its
    handler Protocol's class name; `route` is the path the generated receiver serves it under.
    `event_type` is its payload's value of the webhook union's discriminator, when there is one.
    """

    kind: Literal["webhook", "callback"]
    key: str
    method: str  # lower case
    handler: str
    protocol: str
    route: str
    operation: str | None = None  # callbacks: id of the operation that registers it
    expression: str | None = (
        None  # callbacks: runtime URL expression, "{$request.body#/callback_url}"
    )
    payload: RequestBody | None = None
    responses: list[Response] = field(default_factory=list)
    event_type: str | None = None
    summary: str | None = None
    description: str | None = None
    deprecated: bool = False
    source: str = ""


@dataclass
class Api:
    """The whole IR for one spec."""

    title: str
    version: str
    openapi: str
    description: str | None = None
    servers: list[str] = field(default_factory=list)
    #: the base URL's path: where the generated server serves the operations (`/2.0`)
    base_path: str = ""
    server_variables: list[ServerVariable] = field(default_factory=list)  # of every server used
    hosts: list[Host] = field(default_factory=list)  # servers besides the base URL, by name
    #: how arrays are written in query strings and form bodies where the spec does not say:
    #: "indices" (`a[0]=x`), "brackets" (`a[]=x`), "repeat" (`a=x&a=y`) or "comma" (`a=x,y`)
    array_format: str = "indices"
    #: response headers read as the request id, in order (`*` matches any text)
    request_id_headers: list[str] = field(default_factory=list)
    security_schemes: list[SecurityScheme] = field(default_factory=list)
    security: list[str] = field(default_factory=list)  # default schemes for every operation
    # the default requirements: alternatives, each a list of schemes sent together
    requirements: list[list[str]] = field(default_factory=list)
    credentials: list[Credential] = field(default_factory=list)  # the client's arguments
    operations: list[Operation] = field(default_factory=list)
    types: list[NamedType] = field(default_factory=list)
    resources: list[Resource] = field(default_factory=list)
    webhooks: list[Webhook] = field(default_factory=list)  # in spec order
    callbacks: list[Webhook] = field(default_factory=list)  # by operation, in spec order
    webhook_event: str | None = None  # id of the named type every webhook payload belongs to
    routes: list[Route] = field(default_factory=list)  # the server's, one per method and wire path
    server: list[ServerResource] = field(default_factory=list)  # the server's handlers
    #: security schemes the server reads: (constant name, scheme name)
    server_schemes: list[tuple[str, str]] = field(default_factory=list)
    #: model class names the server modules import under another name (they clash with theirs)
    server_aliases: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def type_by_id(self) -> dict[str, NamedType]:
        return {t.id: t for t in self.types}

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def resolve_alias(t: TypeRef, types: Mapping[str, NamedType]) -> TypeRef:
    """`t` with named aliases (enums, unions, arrays... given a name) followed to what they
    name; an object model, a cycle or a name without a type stops the walk."""
    seen: set[str] = set()
    while t.kind == "named" and t.name and t.name not in seen:
        seen.add(t.name)
        named = types.get(t.name)
        if named is None or named.kind != "alias" or named.alias_of is None:
            break
        t = named.alias_of
    return t


def constant_value(t: TypeRef, types: Mapping[str, NamedType]) -> str | int | float | bool | None:
    """The one value a type allows (a single-valued closed enum or a `const`, not nullable),
    else None: what every request sends for it."""
    t = resolve_alias(t, types)
    if t.kind == "literal" and len(t.values) == 1 and not t.open and not t.nullable:
        value = t.values[0]
        return value if isinstance(value, (str, int, float, bool)) else None
    return None


def media_type(content_type: str) -> str:
    """A Content-Type's media type, as every stage compares it: parameters dropped, lower case
    (`Application/JSON; charset=utf-8` is `application/json`)."""
    return content_type.split(";", 1)[0].strip().lower()
