"""How a list operation pages: its items and the signals that lead to the next page.

Read from the operation's query parameters, its success response's schema and declared
headers, once, into `ir.Pagination`; the client's pages, the docs and `oasgen inspect` read
that. The schemes, in the order a response's signals are tried:

- a next URL in the body, absolute or relative (`next`, `links.pages.next`, `next_page_uri`,
  `next_page.uri`, `_links.next.href`, any `next...Url`), followed as given;
- a next-page token in the body sent back as a query parameter (`response_metadata.next_cursor`
  -> `cursor`, `metadata.continue` -> `continue`, `next_page_token` -> `page_token`,
  `next_marker` -> `marker`, `meta.next_token` -> `pagination_token`, `bookmark`; a token
  named as a parameter, `pages.next.starting_after`, goes back in that parameter where the
  spec declares no query parameter at all);
- an RFC 8288 `Link` response header with `rel="next"`;
- the last item's id sent as `starting_after` / `after` while `has_more` is true;
- offset and limit (`offset` + `limit`), stopping at the total (`total`, `total_count`) or on
  a short or empty page;
- page number and size (`page` + `per_page` / `page_size`), stopping at the total pages or
  items, or on a short or empty page.

The items are the response's array: the whole body, or its `data`, `items`, `entries`,
`results`, ... field, or its only array of objects (`droplets`).

A search sent as a POST with a JSON body (Notion's `start_cursor`, HubSpot's `after`, Jira's
`startAt`) pages the same way through that body's fields (`cursor_in="body"`): the whole
body is sent again with the cursor, offset or page number changed; URLs and `Link` headers,
which a POST cannot follow, are not used for it.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from generator.errors import Location
from generator.ir import Field, NamedType, Operation, Pagination, Parameter, TypeRef
from generator.normalize.selection import success_response


def norm(name: str) -> str:
    """A name as compared here: lower case, letters and digits only (`PageSize` = `page_size`)."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


#: Fields that hold a list's items, most usual first.
ITEM_FIELDS = (
    "data", "items", "entries", "results", "records", "values", "elements", "list", "objects",
    "result",
    "nodes", "resources", "rows", "content", "hits",
)  # fmt: skip
#: Query parameters that take the last item's id (the cursor goes after it).
ITEM_CURSOR_PARAMS = ("startingafter", "after")
#: Query parameters that take a token the previous page gave.
TOKEN_PARAMS = (
    "cursor", "pagetoken", "continue", "continuationtoken", "marker", "nexttoken", "pagecursor",
    "token", "starttoken", "skiptoken", "nextcursor", "nextpagetoken", "pagingtoken", "next",
    "startcursor", "after", "startingafter", "startafter", "pagekey", "nextkey", "startkey", "pageinfo", "maxid",
    "paginationtoken", "bookmark",
)  # fmt: skip
#: How the names of token parameters end, beyond those listed (`pagination_token`).
TOKEN_PARAM_ENDS = ("token", "cursor", "marker", "bookmark")
OFFSET_PARAMS = ("offset", "skip", "startindex", "startat", "start", "from")
LIMIT_PARAMS = (
    "limit", "pagesize", "perpage", "maxresults", "count", "size", "top", "take", "maxitems",
    "rows", "pagelimit", "max",
)  # fmt: skip
PAGE_PARAMS = ("page", "pagenumber", "pagenum", "pageno", "pageindex")
SIZE_PARAMS = ("perpage", "pagesize", "limit", "size", "count", "pagelimit", "maxresults")
#: Body fields holding the next page's URL.
URL_FIELDS = (
    "nexturl", "nextpageurl", "nextpageuri", "nexturi", "nextlink", "odatanextlink", "nexthref",
    "nextpagelink",
)  # fmt: skip
#: Body fields holding the next page's URL or a token for it, as their format, their description
#: or the query parameters tell (`next_page` -> `page`).
NEXT_FIELDS = ("next", "nextpage")
_URL_WORDS = re.compile(r"\b(?:url|uri|link|href)s?\b", re.IGNORECASE)
_TOKEN_WORDS = re.compile(r"\b(?:token|cursor|marker)s?\b", re.IGNORECASE)
#: In an object named like `next` / `next_page`: the field holding its URL.
URL_LEAVES = ("href", "uri", "url", "link")
TOKEN_FIELDS = (
    "nextcursor", "nextpagetoken", "nexttoken", "continue", "continuationtoken", "nextmarker",
    "nextcontinuationtoken", "nextpagecursor", "endcursor", "nextkey", "nextpagekey", "cursor",
    "after", "startingafter", "nextstart", "nextoffset", "bookmark",
)  # fmt: skip
HAS_MORE_FIELDS = (
    "hasmore", "hasnext", "hasnextpage", "moreresults", "hasmoreitems", "moreitemsincollection",
    "more",
)  # fmt: skip
TOTAL_FIELDS = (
    "total", "totalcount", "totalresults", "totalitems", "totalrecords", "totalentries",
    "totalelements", "totalsize",
)  # fmt: skip
TOTAL_PAGES_FIELDS = ("totalpages", "pagecount", "numpages", "lastpage", "pages", "pagestotal")
#: A token field's name without its `next` prefix, for the parameter taking it back.
_TOKEN_BASE = {"endcursor": "after", "nextkey": "startkey"}
#: How deep in the body paging fields are looked for (`links.pages.next` is 3).
_DEPTH = 3


@dataclass
class _Body:
    """The success response's object fields, by path, besides the items."""

    fields: list[tuple[tuple[str, ...], Field]]

    def find(self, names: Sequence[str], kinds: Sequence[str]) -> tuple[str, ...] | None:
        """The shallowest field whose name is one of `names` (earlier ones first) and whose
        type is of one of `kinds`."""
        best: tuple[int, int, tuple[str, ...]] | None = None
        for path, f in self.fields:
            key = norm(path[-1])
            if key not in names or _kind(f.type) not in kinds:
                continue
            rank = (len(path), names.index(key), path)
            if best is None or rank < best:
                best = rank
        return best[2] if best else None


def _kind(t: TypeRef) -> str:
    if t.kind == "union":
        kinds = {m.kind for m in t.members if m.kind != "null"}
        return kinds.pop() if len(kinds) == 1 else "union"
    return t.kind


def _resolved(t: TypeRef | None, types: Mapping[str, NamedType]) -> TypeRef | NamedType | None:
    """What a type is once aliases and `[X, null]` unions are looked through: an object model,
    another type, or None (a cycle, a real union, a name with no type)."""
    seen: set[str] = set()
    while t is not None:
        if t.kind == "union":
            members = [m for m in t.members if m.kind != "null"]
            t = members[0] if len(members) == 1 else None
            continue
        if t.kind != "named":
            return t
        if not t.name or t.name in seen:
            return None
        seen.add(t.name)
        named = types.get(t.name)
        if named is None or named.kind == "object":
            return named
        t = named.alias_of
    return None


def _object(t: TypeRef | None, types: Mapping[str, NamedType]) -> NamedType | None:
    """The object model a type is (through aliases and a `[X, null]` union), if any."""
    found = _resolved(t, types)
    return found if isinstance(found, NamedType) else None


def _array_item(t: TypeRef | None, types: Mapping[str, NamedType]) -> TypeRef | None:
    """The item type of an array type (through aliases), if it is one."""
    found = _resolved(t, types)
    return found.item if isinstance(found, TypeRef) and found.kind == "array" else None


def _objects(t: TypeRef | None, types: Mapping[str, NamedType]) -> list[NamedType]:
    """The object models a type may be: itself, or each member of its union (DigitalOcean's
    `pages` is `anyOf: [forward_links, backward_links, {}]`)."""
    if t is not None and t.kind == "union":
        return [m for member in t.members for m in _objects(member, types)]
    model = _object(t, types)
    return [model] if model is not None else []


def _walk(
    model: NamedType, types: Mapping[str, NamedType], skip: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], Field]]:
    """Every field of `model` and of the objects below it, to `_DEPTH`; arrays are not
    entered, nor objects holding a list of their own (a nested page is not this one's)."""
    stack: list[tuple[tuple[str, ...], NamedType, frozenset[str]]] = [
        ((), model, frozenset({model.id}))
    ]
    while stack:
        prefix, current, seen = stack.pop(0)
        for f in current.fields:
            path = (*prefix, f.name)
            if path == skip:
                continue
            yield path, f
            if len(path) >= _DEPTH:
                continue
            for inner in _objects(f.type, types):
                if inner.id not in seen and not _holds_list(inner, types):
                    stack.append((path, inner, seen | {inner.id}))


def _holds_list(model: NamedType, types: Mapping[str, NamedType]) -> bool:
    return any(_object(_array_item(f.type, types), types) is not None for f in model.fields)


def json_body(op: Operation) -> TypeRef | None:
    """The type of the operation's success response when it is JSON (a list's page), else None."""
    ok = success_response(op.responses)
    return ok.type if ok is not None and ok.kind == "json" else None


def find_items(
    rtype: TypeRef | None, types: Mapping[str, NamedType]
) -> tuple[tuple[str, ...], TypeRef, NamedType | None] | None:
    """(path to the items, their type, the body's object model) of a list response."""
    item = _array_item(rtype, types)
    if item is not None:
        return (), item, None
    model = _object(rtype, types)
    if model is None:
        return None
    arrays = [(f, _array_item(f.type, types)) for f in model.fields]
    arrays = [(f, i) for f, i in arrays if i is not None]
    for name in ITEM_FIELDS:
        for f, i in arrays:
            if norm(f.name) == name and i is not None:
                return (f.name,), i, model
    of_objects = [(f, i) for f, i in arrays if i is not None and _object(i, types) is not None]
    if len(of_objects) == 1:
        f, i = of_objects[0]
        return (f.name,), i, model
    return None


def _param(query: Mapping[str, Parameter | Field], names: Sequence[str]) -> str | None:
    """The first of `names` the operation takes as a number."""
    for name in names:
        p = query.get(name)
        if p is not None and _kind(p.type) in ("int", "float"):
            return p.name
    return None


def _named_param(
    query: Mapping[str, Parameter | Field], field: str, strings: bool = False
) -> str | None:
    """The query parameter named like a body token (`next_page_token` -> `page_token`);
    `strings`: only one that takes a string (a token, not a page number)."""
    key = norm(field)
    base = _TOKEN_BASE.get(key) or (key[4:] if key.startswith("next") and len(key) > 4 else key)
    for name in (key, base, f"page{base}"):
        if name in query and (not strings or _kind(query[name].type) == "str"):
            return query[name].name
    return None


def _token_param(query: Mapping[str, Parameter | Field], field: str | None) -> str | None:
    """The query parameter a body token is sent back in: the one named like the token,
    else the only token-like one."""
    if field is not None:
        named = _named_param(query, field)
        if named is not None:
            return named
    found = [query[n].name for n in TOKEN_PARAMS if n in query and n not in ITEM_CURSOR_PARAMS]
    if not found:  # `pagination_token`, `page_cursor`: named like one, taking a string
        found = [
            p.name
            for n, p in query.items()
            if n.endswith(TOKEN_PARAM_ENDS) and _kind(p.type) == "str"
        ]
    if not found:  # `after` taking a cursor the body gives (Twitch's `pagination.cursor`)
        found = [query[n].name for n in ITEM_CURSOR_PARAMS if n in query]
    return found[0] if len(found) == 1 else None


def infer(
    op: Operation, types: Mapping[str, NamedType], headers: Sequence[str] = ()
) -> Pagination | None:
    """The operation's paging, or None when it is not a list the client can page through.

    `headers` are the names of the headers its success response declares (`Link`).
    """
    body_type = json_body(op)
    found = find_items(body_type, types)
    if found is None:
        return None
    items, item, model = found
    cursor_in: Literal["query", "body"] = "query"
    query: Mapping[str, Parameter | Field]
    if op.method == "get":
        query = {norm(p.name): p for p in op.parameters if p.location == "query"}
    else:  # a search sent as a JSON body pages through that body's fields
        query = {norm(f.name): f for f in _request_fields(op, types)}
        cursor_in = "body"
        if not query:
            return None
    body = _Body(list(_walk(model, types, items)) if model is not None else [])
    has_more = body.find(HAS_MORE_FIELDS, ("bool",))
    total = body.find(TOTAL_FIELDS, ("int", "float"))
    total_pages = body.find(TOTAL_PAGES_FIELDS, ("int", "float"))
    next_url = body.find(URL_FIELDS, ("str",)) or _url_object(body) or _url_named(body)
    token = body.find(TOKEN_FIELDS, ("str", "int"))
    item_param = next((query[n].name for n in ITEM_CURSOR_PARAMS if n in query), None)
    bare = body.find(NEXT_FIELDS, ("str",))
    if bare is not None and next_url is None and token is None:
        f = dict(body.fields)[bare]
        text = f.description or ""
        if f.type.format in ("uri", "url", "uri-reference", "iri") or _URL_WORDS.search(text):
            next_url = bare
        elif _named_param(query, bare[-1], strings=True) is not None:
            token = bare  # `next_page` taken back as a string `page` (Stripe search)
        elif _TOKEN_WORDS.search(text):
            token = bare if not (has_more and item_param) else None
        elif not (has_more and item_param):
            next_url = bare  # a URL, or a token where a response's value does not look like one
    if cursor_in == "body":
        next_url = None  # a POST's next page is its body sent again, not a URL to GET
    if token is None and next_url is None:
        token = _echoed(body, query)  # `offset` in the body, sent back as `offset` (Airtable)
    token_param = _token_param(query, token[-1] if token else None)
    if token is not None and token_param is None and cursor_in == "query":
        # a token named as the parameter it goes back in (Intercom's `pages.next.starting_after`
        # for `starting_after`), where the spec declares no such parameter: sent under its name
        leaf, key = token[-1], norm(token[-1])
        named = key in TOKEN_PARAMS and not key.startswith("next")  # not `next_cursor`
        listed = not items or norm(items[-1]) in ITEM_FIELDS  # not an object's one array
        token_param = leaf if named and listed and not query else None
    if token is not None and token_param is None:
        token = None
    link = any(h.lower() == "link" for h in headers)
    offset_param = _param(query, OFFSET_PARAMS)
    limit_param = _param(query, LIMIT_PARAMS)
    page_param = _param(query, PAGE_PARAMS)
    size_param = _param(query, SIZE_PARAMS)
    if page_param is not None and page_param == offset_param:
        page_param = None
    item_cursor = item_param is not None and (
        has_more is not None or (model is not None and "last_id" in {f.name for f in model.fields})
    )
    first_page = 1
    if page_param is not None:
        default = query[norm(page_param)].default
        if isinstance(default, int) and not isinstance(default, bool) and default in (0, 1):
            first_page = default
    cursor_param = token_param or (item_param if item_cursor else None)
    if next_url is not None and cursor_param is None:
        cursor_param = _token_param(query, None)
    if next_url is not None:
        kind = "next_url"
    elif token is not None:
        kind = "token"
    elif item_cursor:
        kind = "cursor"
    elif link:
        kind = "link"
    elif offset_param is not None:
        kind = "offset"
    elif page_param is not None:
        kind = "page_number"
    elif items == ("data",) and not {"after", "before", "page", "cursor", "offset"} & set(query):
        kind = "page"  # one page holding `data`, nothing to ask for another
    elif any(n in query for n in TOKEN_PARAMS):
        kind = "link"  # a cursor the body never gives back: the Link header carries it (Shopify)
    else:
        return None
    if cursor_in == "body" and kind in ("next_url", "link", "page"):
        return None  # a URL or a header to follow is not where a POST's body goes on
    page_class = "ListPage"
    if kind == "page":
        page_class = "Page"
    elif kind == "cursor" and items == ("data",) and cursor_param == "after":
        page_class = "CursorPage"  # the shape of `SyncCursorPage` (OpenAI's lists)
    return Pagination(
        kind=kind,  # type: ignore[arg-type]
        item_type=item,
        cursor_param=cursor_param if kind != "page" else None,
        items=items,
        page_class=page_class,  # type: ignore[arg-type]
        next_url=next_url,
        next_token=token,
        has_more=has_more,
        link=link or page_class == "ListPage",  # read wherever it is sent, declared or not
        item_cursor=item_cursor,
        offset_param=offset_param,
        limit_param=limit_param if offset_param else None,
        page_param=page_param,
        size_param=size_param if page_param else None,
        total=total,
        total_pages=total_pages,
        first_page=first_page,
        cursor_in=cursor_in,
    )


def _request_fields(op: Operation, types: Mapping[str, NamedType]) -> list[Field]:
    """The top-level fields of the operation's JSON body (none when it takes another kind
    of body too: which one a call sends is decided later, by its arguments)."""
    if not op.request_bodies or any(b.kind != "json" for b in op.request_bodies):
        return []
    model = _object(op.request_bodies[0].type, types)
    return list(model.fields) if model is not None else []


def _echoed(body: _Body, query: Mapping[str, Parameter | Field]) -> tuple[str, ...] | None:
    """A string body field named like a string query parameter that takes a token."""
    for path, f in body.fields:
        key = norm(path[-1])
        p = query.get(key)
        if (
            p is not None
            and key in (*TOKEN_PARAMS, "offset")
            and _kind(f.type) == "str"
            and _kind(p.type) == "str"
        ):
            return path
    return None


def _url_named(body: _Body) -> tuple[str, ...] | None:
    """A string field named `next...url` (`nextRecordsUrl`, `next_results_uri`): a URL."""
    for path, f in body.fields:
        key = norm(path[-1])
        if key.startswith("next") and key.endswith(URL_LEAVES) and _kind(f.type) == "str":
            return path
    return None


def _url_object(body: _Body) -> tuple[str, ...] | None:
    """`next_page.uri`, `_links.next.href`: a URL in an object named like the next page."""
    for path, f in body.fields:
        if (
            len(path) >= 2
            and norm(path[-2]) in ("next", "nextpage", "nextlink")
            and (norm(path[-1]) in URL_LEAVES and _kind(f.type) == "str")
        ):
            return path
    return None


#: Query parameters and body fields that say a list pages (for operations left without a scheme).
_PAGING_WORDS = frozenset(
    TOKEN_PARAMS + OFFSET_PARAMS + PAGE_PARAMS + SIZE_PARAMS + ("limit", "perpage")
)
#: (A total alone is not one: with no parameter to ask for more and no next-page signal, the
#: response holds the whole list, as GitHub's `{total_count, labels}` does.)
_PAGING_FIELDS = frozenset(URL_FIELDS + NEXT_FIELDS + TOKEN_FIELDS + HAS_MORE_FIELDS)


def undeclared_message(op: Operation) -> str:
    """The warning for a list that looks paged but has no scheme, saying how to declare one."""
    return (
        f"{op.id} looks like a list that pages (an array of items, paging-like parameters or "
        "fields) but no paging scheme was found: its call returns one page. Declare one in "
        f"the naming file ({op.id}: {{pagination: {{kind: token, next_token: meta.next, "
        'cursor_param: cursor}}, or a rule under "*" for every list of that shape) or in the '
        f"target's config ([tool.oasgen.targets.NAME.pagination] {op.id} = {{...}}); kinds: "
        f'{", ".join(KINDS)} (see the README); "none" silences this'
    )


def looks_paged(op: Operation, types: Mapping[str, NamedType]) -> bool:
    """Whether an operation without a scheme still looks like a list that pages: a response
    holding an array of items, and paging-like query parameters or body fields."""
    if op.pagination is not None:
        return False
    found = find_items(json_body(op), types)
    if found is None:
        return False
    if any(p.location == "query" and norm(p.name) in _PAGING_WORDS for p in op.parameters):
        return True
    items, _, model = found
    if model is None or norm(items[-1]) not in ITEM_FIELDS:
        # an object's one array (a check suite's `pull_requests`) pages only if asked to
        return False
    return any(norm(f.name) in _PAGING_FIELDS for f in model.fields if (f.name,) != items)


#: What a declaration may say: `ir.Pagination`'s fields, paths written dotted (`links.pages.next`).
DECLARED_PATHS = ("items", "next_url", "next_token", "has_more", "total", "total_pages")
DECLARED_NAMES = ("cursor_param", "offset_param", "limit_param", "page_param", "size_param")
DECLARED_FLAGS = ("link", "item_cursor")
DECLARED_KEYS = (
    "kind", *DECLARED_PATHS, *DECLARED_NAMES, *DECLARED_FLAGS, "first_page", "cursor_in",
)  # fmt: skip
#: A rule for all operations of a shape may also narrow the paths it covers (globs).
RULE_KEYS = (*DECLARED_KEYS, "paths")
KINDS = ("page", "cursor", "next_url", "token", "link", "offset", "page_number")
#: A declaration that turns paging off.
NONE = "none"
#: The key under which rules for all operations of a shape are declared.
RULES_KEY = "*"


def entry_problem(entry: object, *, rule: bool = False) -> tuple[str, str] | None:
    """What is wrong with a declaration, for the config and the naming file to locate:
    (the key at fault, '' for the entry itself; what is wrong with it), or None when it is
    usable. An operation's declaration is "none" or a table of the scheme's fields; a rule is
    a table that may also say `paths`."""
    if entry == NONE and not rule:
        return None
    if not isinstance(entry, Mapping):
        table = "a table of the scheme's fields"
        either = table if rule else f'"{NONE}" or {table}'
        return "", f"must be {either}, not {entry!r}"
    allowed = RULE_KEYS if rule else DECLARED_KEYS
    for key, value in entry.items():
        if key not in allowed:
            return str(key), f"is not a key of a declaration (allowed: {', '.join(allowed)})"
        expected = _value_problem(str(key), value)
        if expected is not None:
            return str(key), f"must be {expected}, not {value!r}"
    return None


def _value_problem(key: str, value: object) -> str | None:
    """What a declaration's value must be, when it is not."""
    if key in DECLARED_FLAGS:
        return None if isinstance(value, bool) else "true or false"
    if key == "first_page":
        ok = value in (0, 1) and not isinstance(value, bool)
        return None if ok else "0 or 1"
    if key == "kind":
        return None if value in KINDS else f"one of {', '.join(KINDS)}"
    if key == "cursor_in":
        return None if value in ("query", "body") else "query or body"
    if key == "items":
        return None if isinstance(value, str) else "a dotted path ('' for the whole body)"
    if key == "paths":
        globs = [value] if isinstance(value, str) else value
        ok = (
            isinstance(globs, list) and bool(globs) and all(isinstance(g, str) and g for g in globs)
        )
        return None if ok else "a path glob like /v1/* or a list of them"
    return None if isinstance(value, str) and value else "a non-empty string"


@dataclass(frozen=True)
class Rule:
    """A scheme declared for every operation of a shape: each GET operation whose query takes
    every parameter the rule names (with `cursor_in = "body"`: each POST, PUT... operation
    whose JSON body has every field it names), whose success response has every field it
    names (and an array of items), and whose path matches one of its `paths` globs when it
    has any."""

    entry: Mapping[str, object]
    where: Location | None = None  # where it is declared (None: the target's config)

    def fits(self, op: Operation, types: Mapping[str, NamedType]) -> bool:
        in_body = self.entry.get("cursor_in") == "body"
        if (op.method == "get") == in_body:
            return False
        globs = self.entry.get("paths")
        if globs is not None:
            patterns = [globs] if isinstance(globs, str) else list(globs)  # type: ignore[call-overload]
            if not any(fnmatch.fnmatchcase(op.key, str(g)) for g in patterns):
                return False
        if in_body:
            sent = {f.name for f in _request_fields(op, types)}
        else:
            sent = {p.name for p in op.parameters if p.location == "query"}
        if in_body and not sent:
            return False  # no JSON body to page through
        if any(self.entry[k] not in sent for k in DECLARED_NAMES if k in self.entry):
            return False
        body_type = json_body(op)
        if body_type is None or _declared_items(self.entry, body_type, types)[1] is None:
            return False
        return all(
            _field_at(body_type, _dotted(self.entry[k]), types)
            for k in DECLARED_PATHS
            if k in self.entry and k != "items"
        )


def _dotted(value: object) -> tuple[str, ...]:
    return tuple(p for p in str(value).split(".") if p)


def _field_at(rtype: TypeRef, path: tuple[str, ...], types: Mapping[str, NamedType]) -> bool:
    """Whether a response type has a field at `path` (through objects, aliases and unions)."""
    level = [rtype]
    for key in path:
        level = [
            f.type for t in level for m in _objects(t, types) for f in m.fields if f.name == key
        ]
        if not level:
            return False
    return bool(path)


def declaration_for(
    op: Operation,
    types: Mapping[str, NamedType],
    operations: Mapping[str, str | Mapping[str, object]],
    rules: Sequence[Rule],
) -> tuple[str | Mapping[str, object], Rule | None] | None:
    """The declaration that applies to an operation, if any: its own, else the first rule of
    the shape it fits (with that rule)."""
    if op.id in operations:
        return operations[op.id], None
    rule = next((r for r in rules if r.fits(op, types)), None)
    return (rule.entry, rule) if rule is not None else None


def declared(
    op: Operation,
    types: Mapping[str, NamedType],
    inferred: Pagination | None,
    entry: str | Mapping[str, object],
) -> tuple[Pagination | None, str | None]:
    """The paging a target declares for an operation (checked by workflow/config.py), over what
    was inferred: (the result, a message when the declaration cannot be used)."""
    if entry == NONE:
        return None, None
    if not isinstance(entry, Mapping):
        return inferred, f"pagination of {op.id}: expected 'none' or a table, got {entry!r}"
    items, item = _declared_items(entry, json_body(op), types, inferred)
    if items is None or item is None:
        return inferred, (
            f"pagination of {op.id}: its response has no array of items"
            + (f" at {'.'.join(items) or '(the body)'}" if items is not None else "")
            + "; declare `items` as the dotted path to it"
        )
    base = inferred or Pagination(kind="page_number", item_type=item, items=items)
    values: dict[str, object] = {"item_type": item, "items": items, "page_class": "ListPage"}
    for key, value in entry.items():
        if key != "items" and key in DECLARED_KEYS:  # `items` is decided above
            values[key] = _dotted(value) if key in DECLARED_PATHS else value
    result = dataclasses.replace(base, **values)  # type: ignore[arg-type]
    if result.kind == "page" and result.items == ("data",):
        result.page_class = "Page"
    return result, None


def _declared_items(
    entry: Mapping[str, object],
    rtype: TypeRef | None,
    types: Mapping[str, NamedType],
    inferred: Pagination | None = None,
) -> tuple[tuple[str, ...] | None, TypeRef | None]:
    """(path, item type) of the items a declaration pages through: its `items`, else the
    inferred scheme's, else the response's array as found here."""
    if isinstance(entry.get("items"), str):
        items: tuple[str, ...] | None = _dotted(entry["items"])
    elif inferred is not None:
        items = inferred.items
    else:
        found = find_items(rtype, types)
        items = found[0] if found is not None else None
    return items, _item_at(rtype, items, types)


def _item_at(
    rtype: TypeRef | None, path: tuple[str, ...] | None, types: Mapping[str, NamedType]
) -> TypeRef | None:
    """The item type of the array at `path` in a response type."""
    if rtype is None or path is None:
        return None
    t: TypeRef | None = rtype
    for key in path:
        model = _object(t, types)
        f = next((f for f in model.fields if f.name == key), None) if model else None
        if f is None:
            return None
        t = f.type
    return _array_item(t, types)


def describe(p: Pagination) -> str:
    """One line saying how a list call pages, for `oasgen inspect` and api.md."""

    def path(value: tuple[str, ...] | None) -> str:
        return "`" + ".".join(value or ()) + "`"

    items = "the body" if not p.items else path(p.items)
    if p.kind == "page":
        return f"one page: the items are {items}"
    lead = {
        "next_url": f"the next page's URL in {path(p.next_url)}",
        "token": f"{path(p.next_token)} sent back as `{p.cursor_param}`",
        "link": 'the `Link` header\'s rel="next"',
        "cursor": f"the last item's id sent as `{p.cursor_param}`",
        "offset": f"`{p.offset_param}` moved on by each page's items",
        "page_number": f"`{p.page_param}` counted up from {p.first_page}",
    }[p.kind]
    stops = {
        "next_url": ["there is none"],
        "token": ["it is empty"],
        "link": ["there is none"],
    }.get(p.kind, [])
    if p.has_more:
        stops.append(f"{path(p.has_more)} is false")
    if p.kind in ("offset", "page_number"):
        stops += [f"{path(t)} is reached" for t in (p.total, p.total_pages) if t]
        stops.append("a page is short or empty")
    tail = f", until {' or '.join(stops)}" if stops else ""
    where = " (in the JSON body)" if p.cursor_in == "body" else ""
    return f"{p.kind}: {lead}{where}{tail}; the items are {items}"
