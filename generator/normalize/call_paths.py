"""Call paths: where each operation sits on the client's call tree, and its method's name.

Decided once, after the types are built: whether a GET returns many things (`list`) or one
(`retrieve`) is read from its success response.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from generator import naming
from generator.errors import Location, Problem
from generator.ir import NamedType, Operation, TypeRef, resolve_alias
from generator.normalize.naming_file import OperationNaming
from generator.normalize.operations import split_key
from generator.normalize.selection import success_response

#: Array fields that hold a page's items, whatever else the page carries.
ITEM_FIELDS = frozenset(
    {"data", "items", "entries", "results", "records", "values", "elements", "rows", "nodes"}
)
#: Fields and parameters that say a response is one page of many (snake_case).
_PAGING_NAMES = frozenset(
    {
        "next", "next_page", "next_page_uri", "next_page_url", "next_page_token", "next_cursor",
        "next_marker", "next_url", "previous", "previous_page_uri", "prev", "has_more", "more",
        "total", "total_count", "total_results", "total_pages", "count", "page", "pages",
        "per_page", "page_size", "limit", "offset", "cursor", "marker", "links", "meta",
        "after", "before", "starting_after", "ending_before", "page_token", "continue",
        "first_page_uri", "start", "since",
    }
)  # fmt: skip


def _resolved(t: TypeRef | None, types: dict[str, NamedType]) -> TypeRef | None:
    return None if t is None else resolve_alias(t, types)


def returns_many(op: Operation, types: dict[str, NamedType]) -> bool | None:
    """Does the operation's success response hold many things (an array, a map, or a page of
    items), or one? An object holding arrays is many when one of them is its items (`data`,
    `items`, the path's own word, or the only array beside paging fields or parameters) or when
    the spec calls the operation a list. None when it returns no JSON to tell by."""
    response = success_response(op.responses)
    if response is None or response.kind != "json" or response.type is None:
        return None
    t = _resolved(response.type, types)
    return None if t is None else _holds_many(op, t, types, 0)


def _holds_many(op: Operation, t: TypeRef, types: dict[str, NamedType], depth: int) -> bool:
    t = _resolved(t, types) or t
    if t.kind in ("array", "map"):
        return True
    if t.kind == "union":  # one object of several kinds, unless a member is a list
        return any((m := _resolved(u, types)) is not None and m.kind == "array" for u in t.members)
    named = types.get(t.name or "") if t.kind == "named" else None
    if named is None or named.kind != "object":
        return False
    if len(named.fields) == 1 and depth < 2:  # `{"categories": {"items": [...], "next": ...}}`
        inner = _resolved(named.fields[0].type, types)
        if inner is not None and inner.kind == "named":
            return _holds_many(op, inner, types, depth + 1)
    arrays = [
        f
        for f in named.fields
        if (ft := _resolved(f.type, types)) is not None and ft.kind == "array"
    ]
    if not arrays:
        return False
    at = _verb_at(words := meaning(op))
    if at is not None and words[at] == "list":
        return True  # arrays, and the spec calls it a list (`pulls/list-requested-reviewers`)
    if any(f.name.lower() in ITEM_FIELDS for f in arrays):
        return True
    if len(arrays) != 1:
        return False
    segments = [s for s in op.path.split("/") if s and not s.startswith("{")]
    last = naming.snake(strip_extension(segments[-1])) if segments else ""
    if naming.snake(arrays[0].name) == last:
        return True  # `GET /droplets` -> `{"droplets": [...], ...}`
    others = {naming.python_snake(f.name) for f in named.fields if f is not arrays[0]}
    asked = {naming.python_snake(p.name) for p in op.parameters if p.location == "query"}
    # RPC-style APIs page through a POSTed body (the first the spec lists: the method's default)
    body = op.request_bodies[0] if op.request_bodies else None
    model = (
        types.get(body.type.name or "") if body is not None and body.type.kind == "named" else None
    )
    asked |= {naming.python_snake(f.name) for f in (model.fields if model else [])}
    return bool((others | asked) & _PAGING_NAMES)


def strip_extension(segment: str) -> str:
    """A path segment without a file extension: `Messages.json` -> `Messages`, `{Sid}.json` ->
    `{Sid}`; a segment that is only an extension or a version (`v1.2`) stays."""
    stem, dot, ext = segment.rpartition(".")
    if dot and stem and ext.isalpha() and ext.isascii() and len(ext) <= 5:
        return stem
    return segment


# -- the path's own words -----------------------------------------------------------------

#: A leading segment that names a version of the API, not a resource: `v2`, `api`, `rest`,
#: `v1beta1`, or a date (`2010-04-01`, `2024-06`, `20240601`).
_VERSION_SEGMENT = re.compile(
    r"(api|rest|v\d+(?:[._-]?(?:alpha|beta)?\d+)*(?:alpha|beta)?\d*"
    r"|\d{4}-\d{2}(?:-\d{2})?|(?:19|20)\d{6})",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1)  # asked once per operation, about the same spec's paths
def version_prefixes(paths: frozenset[str]) -> dict[str, str]:
    """Each path's leading version segments (`/v2`, `/api/v1`, `/2010-04-01`), which name no
    resource.

    A prefix is kept (given as empty) when dropping it would leave nothing, or would make the
    path read like one under another prefix (`/v1/keys` beside `/v2/keys`: both keep theirs,
    so each version stays reachable under its own name).
    """
    stripped: dict[str, tuple[str, str]] = {}
    for path in paths:
        prefix = ""
        segments = path.split("/")[1:]
        for segment in segments[:-1]:
            if not _VERSION_SEGMENT.fullmatch(segment):
                break
            prefix = f"{prefix}/{segment}"
        rest = _without_extension(path[len(prefix) :])
        stripped[path] = (prefix, re.sub(r"\{[^}]*\}", "{}", rest))
    owners: dict[str, set[str]] = {}
    for prefix, shape in stripped.values():
        owners.setdefault(shape, set()).add(prefix)
    return {
        path: prefix if len(owners[shape]) == 1 else ""
        for path, (prefix, shape) in stripped.items()
    }


def _without_extension(path: str) -> str:
    head, _, last = path.rpartition("/")
    return f"{head}/{strip_extension(last)}" if last else path


@functools.lru_cache(maxsize=1)
def _shapes(paths: frozenset[str]) -> frozenset[str]:
    """The paths as `default_call_path` reads them: no version prefix, no extension."""
    prefixes = version_prefixes(paths)
    return frozenset(_without_extension(p[len(prefixes[p]) :]) for p in paths)


# -- what the spec says an operation does ------------------------------------------------------

#: Verbs an operation's summary or operationId may start with, and the plain method each of
#: the common ones is (None: a verb of its own, kept as the method's name).
VERBS: dict[str, str | None] = {
    **dict.fromkeys(("get", "fetch", "retrieve", "read", "show", "list", "find"), "retrieve"),
    **dict.fromkeys(("create", "add", "post", "new", "make", "insert"), "create"),
    **dict.fromkeys(("update", "set", "edit", "modify", "patch", "put", "replace", "change"), "update"),
    **dict.fromkeys(("delete", "remove", "destroy", "del"), "delete"),
    **dict.fromkeys(
        (
            "upload", "download", "cancel", "start", "stop", "pause", "resume", "restart", "copy",
            "move", "lock", "unlock", "check", "verify", "validate", "send", "reset", "revoke",
            "enable", "disable", "merge", "star", "unstar", "approve", "reject", "archive",
            "unarchive", "restore", "close", "open", "run", "rerun", "retry", "suspend",
            "unsuspend", "sync", "test", "trigger", "export", "import", "generate", "refresh",
            "rename", "transfer", "assign", "unassign", "submit", "apply", "attach", "detach",
            "block", "unblock", "follow", "unfollow", "mark", "ping", "redeliver", "render",
            "preview", "count", "promote", "search", "query", "execute", "invoke", "publish",
            "unpublish", "subscribe", "unsubscribe", "join", "leave", "invite", "accept",
            "decline", "confirm", "complete", "finalize", "void", "pay", "capture", "refund",
            "authorize", "convert", "estimate", "calculate", "compare", "install", "uninstall",
            "request", "dismiss", "resolve", "review", "deploy", "rollback", "rotate", "scan",
            "sign", "login", "logout", "register", "exchange", "initiate", "terminate", "reboot",
            "resize", "snapshot", "rebuild", "attest", "claim", "release", "reopen", "hide",
            "unhide", "pin", "unpin", "mute", "unmute", "share", "unshare", "batch", "bulk",
            "save", "skip", "toggle", "seek", "play", "regenerate", "recycle", "upgrade", "purge",
            "expire", "consume", "crosspost", "prune", "evaluate", "enrich", "simulate", "schedule",
        ),
        None,
    ),
}  # fmt: skip
_FILLER = frozenset({"a", "an", "the", "s"})
#: Words that link others; a name does not end with one.
_LINKS = frozenset({"for", "of", "in", "on", "with", "by", "to", "from", "and", "or", "at"})
#: Words that are HTTP methods, as a method name says them.
_PLAIN_HTTP = {"get": "retrieve", "put": "update", "patch": "update", "post": "create"}


def _path_words(op: Operation) -> set[str]:
    """The words of an operation's path, its parameters' names included."""
    return {w for part in op.path.split("/") for w in naming.python_snake(part).split("_")}


def _id_words(op: Operation) -> list[str]:
    words = naming.python_snake(re.split(r"[/#]", op.id)[-1]).split("_")
    return [w for w in words if w and w not in _FILLER]


def meaning(op: Operation) -> list[str]:
    """The words the spec names an operation with: its operationId after any tag prefix or
    fragment (`repos/get-branch-protection` -> get, branch, protection). Where that only spells
    the method and path (`post_files_content`, `get_metadata_taxonomies_id_id`), its summary
    when it starts with a verb (`Upload file` -> upload, file) says more."""
    words = _id_words(op)
    path_words = _path_words(op) | {"id", "ids", "by", "and"}
    spelt = not words or (words[0] == op.method and set(words[1:]) <= path_words)
    if spelt:
        summary = [w for w in naming.python_snake(op.summary or "").split("_") if w]
        summary = [w for w in summary if w not in _FILLER][:8]
        if summary and summary[0] in VERBS:
            return summary
    return words if any(w.isalpha() for w in words) else []


def says_more(op: Operation) -> bool:
    """Do the spec's words for an operation say more than its path and a plain verb
    (`get-readme-in-directory` beside `get-readme`, `start-import` beside `update-import`)?"""
    path_words = _path_words(op)
    return any(
        (VERBS[w] is None if w in VERBS else naming.singular(w) not in path_words)
        and w + "s" not in path_words
        for w in _id_words(op)
        if w not in path_words
    )


def _named_by_resource(word: str, resource: tuple[str, ...]) -> bool:
    names = {w for part in resource for w in [*part.split("_"), part.replace("_", "")] if w}
    return word in names or word + "s" in names or naming.singular(word) in names


def _verb_at(words: list[str], resource: tuple[str, ...] = ()) -> int | None:
    """Where the verb is among the spec's words: a known verb among the first three, or after
    words naming the resource (`droplets_list`, `addons_get_app_metadata`); a word naming the
    resource is not its verb (`transferMigrateAccount` under `transfer`, `rerequest-run` under
    `check_runs`)."""
    for i, w in enumerate(words):
        if _named_by_resource(w, resource):
            continue
        if w in VERBS:
            return i if i < 3 or all(_named_by_resource(x, resource) for x in words[:i]) else None
    return None


def meaning_name(words: list[str], resource: tuple[str, ...], plain: bool = True) -> str | None:
    """A method name from the spec's words for an operation sitting under `resource`: its
    verb and what the resource's names do not already say (`delete-actions-cache-by-key` under
    `repos.actions.caches` is `delete_by_key`; `Upload file version` under `files` is
    `upload_version`). HTTP methods among them read as plain methods (`get-revision` is
    `retrieve_revision`) unless `plain` is False."""
    if not words:
        return None
    start = _verb_at(words, resource)
    if start is None:  # no verb to lead it (`pre-flight-with-repo-...`): the spec's words whole
        name = "_".join(words)
        return naming.member_name(name) if naming.words(name) else None
    verb, rest = words[start], words[start + 1 :]
    verb = _PLAIN_HTTP.get(verb, verb) if plain else verb
    kept: list[str] = []
    for w in rest:  # words naming the resource go, with a link before them (`…_for_repo`)
        if _named_by_resource(w, resource[-2:]):
            while kept and kept[-1] in _LINKS:
                kept.pop()
        else:
            kept.append(w)
    while kept and kept[-1] in _LINKS:  # `update-attribute-for-enterprise-group`: not `…_for`
        kept.pop()
    name = "_".join([verb, *kept])
    return naming.member_name(name) if naming.words(name) else None


def _plain_verb(words: list[str], resource: tuple[str, ...] = ()) -> str | None:
    """The plain method (`retrieve`, `create`, `update`, `delete`) the spec's verb is; None for
    a verb of its own (`star`, `lock`, `pre-flight`)."""
    start = _verb_at(words, resource)
    return VERBS[words[start]] if start is not None else None


# -- the default call path ---------------------------------------------------------------------


_ITEM_VERB = {"get": "retrieve", "delete": "delete", "put": "update", "patch": "update", "post": "update"}  # fmt: skip
_COLLECTION_VERB = {"get": "list", "post": "create", "put": "update", "patch": "update", "delete": "delete"}  # fmt: skip


def default_call_path(
    method: str,
    path: str,
    item_paths: set[str],
    many: bool | None = None,
    words: list[str] | None = None,
) -> tuple[tuple[str, ...], str]:
    """`/threads/{id}/runs/{rid}/cancel` POST -> (("threads", "runs"), "cancel").

    Segments with no letter or digit in them (`..`, `~`, `名前`) name nothing and are skipped,
    and so do leading version segments (`/v2`, `/api/v1`, `/2010-04-01`; see
    `version_prefixes`) and a file extension of the last segment (`Messages.json`): an SDK's
    user writes `client.account.keys.list()`, not `client.v_2.account.keys.list()`.

    A GET is `list` when it returns many things (`many`, see `returns_many`), else
    `retrieve`; a path ending in a singular word (`/gists/{id}/star`) is an action when
    POSTed, else a resource of its own (`repos.branches.protection.retrieve()`), unless the
    spec's `words` (see `meaning`) give it a verb of its own (`gists.star()`).
    """
    paths = frozenset(item_paths | {path})
    prefixes = version_prefixes(paths)
    path = _without_extension(path[len(prefixes[path]) :])
    shapes = _shapes(paths)
    segments = [s for s in path.split("/") if s and (s.startswith("{") or naming.words(s))]
    statics = [naming.member_name(s) for s in segments if not s.startswith("{")]
    ends_with_param = bool(segments) and segments[-1].startswith("{")
    read = "retrieve" if many is False else "list"
    if not statics:
        return ("root",), {"get": "retrieve", "post": "create"}.get(method, method)
    if ends_with_param:
        return tuple(statics), _ITEM_VERB.get(method, method)
    last = segments[-1]
    is_collection = any(p.startswith(path + "/{") for p in shapes) or (
        last.lower().endswith("s") and not last.lower().endswith(("ss", "us", "is"))
    )
    if is_collection or len(statics) == 1:
        verb = _COLLECTION_VERB.get(method, method)
        return tuple(statics), read if verb == "list" else verb
    words = words or []
    spelt = {w for s in segments for w in naming.python_snake(s).split("_")}
    own = meaning_name(words, tuple(statics[:-1])) if set(words) - spelt else None
    plain = _plain_verb(words, tuple(statics))
    # the path's last word is the spec's own verb (`/workflows/{id}/disable`, `disable-workflow`)
    last_words = naming.python_snake(last).split("_")
    at = _verb_at(words, tuple(statics))
    if at is not None:
        said = last_words[:1] == words[at : at + 1]
    else:  # no known verb: the path's word among the spec's (`sandboxItemApplicationSeed`)
        said = bool(last_words) and last_words[0] in words
    if method == "post":
        if own and plain is None and not said and not (last_words and last_words[0] in VERBS):
            return tuple(statics[:-1]), own  # `POST /files/content`, "Upload file": `files.upload`
        return tuple(statics[:-1]), statics[-1]
    if plain is None and words:  # `PUT /gists/{id}/star` (`gists/star`): `gists.star`
        if said:
            return tuple(statics[:-1]), statics[-1]
        if own:
            return tuple(statics[:-1]), own  # `DELETE /gists/{id}/star` (`gists/unstar`)
    verb = _COLLECTION_VERB.get(method, method)  # a singular word: one thing unless it says
    return tuple(statics), ("list" if many else "retrieve") if verb == "list" else verb


def call_path_of(
    op: Operation, item_paths: set[str], types: dict[str, NamedType]
) -> tuple[tuple[str, ...], str]:
    """The default call path of an operation, from its path, response and the spec's words."""
    return default_call_path(op.method, op.path, item_paths, returns_many(op, types), meaning(op))


# -- every operation's place -------------------------------------------------------------------

#: What the generated Client has besides resources: a top-level resource may not hide one.
CLIENT_ATTRIBUTES = frozenset(
    {
        "api_key", "auth_headers", "auth_query", "base_url", "base_urls", "close", "copy", "default_headers",
        "default_query", "delete", "get", "get_api_list", "is_closed", "max_retries", "patch", "post",
        "put", "request", "timeout", "user_agent", "webhook_secret", "with_options",
    }
)  # fmt: skip
#: What every generated resource class has besides its methods and sub-resources.
RESOURCE_ATTRIBUTES = frozenset({"with_raw_response", "with_streaming_response"})
#: The HTTP methods each plain method name is made for, ranked (which of two operations
#: meeting on one name keeps it: PATCH or PUT over POST for `update`).
_NATURAL: dict[str, dict[str, int]] = {
    "list": {"get": 0},
    "retrieve": {"get": 0},
    "create": {"post": 0, "put": 1},
    "update": {"patch": 0, "put": 0, "post": 1},
    "delete": {"delete": 0},
}


def free_resource(resource: tuple[str, ...]) -> tuple[str, ...]:
    """`client.close` stays the client's method: a resource named so is `client.close_`; and
    `client.x.with_raw_response` the raw-response view: a sub-resource named so is `with_raw_response_`."""
    parts = list(resource)
    if parts and parts[0] in CLIENT_ATTRIBUTES:
        parts[0] += "_"
    for i in range(1, len(parts)):
        if parts[i] in RESOURCE_ATTRIBUTES:
            parts[i] += "_"
    return tuple(parts)


def _fit(op: Operation, resource: tuple[str, ...], name: str) -> tuple[int, bool, bool, bool]:
    """How well a plain method name fits an operation (lower is better): its HTTP method, then
    whether the spec's verb for it is another plain one (`add-guild-member` is no `update`),
    whether the spec's words for it say no more than its path (`get-readme` over
    `get-readme-in-directory`, `update-import` over `start-import`), then whether it acts on
    one item (`delete` of `/caches/{id}` over `/caches?key=`)."""
    methods = _NATURAL.get(name)
    if methods is None:
        return (9, False, says_more(op), False)
    rank = methods.get(op.method, 9)
    plain = _plain_verb(meaning(op), resource)
    other_verb = plain is not None and plain != ("retrieve" if name == "list" else name)
    on_item = op.path.rstrip("/").split("/")[-1].startswith("{")
    wants_item = name in ("retrieve", "update", "delete")
    return (rank, other_verb, says_more(op), on_item != wants_item)


def assign_call_paths(
    ops: list[Operation],
    item_paths: set[str],
    entries: Mapping[str, OperationNaming],
    types: dict[str, NamedType],
    problems: list[Problem],
) -> None:
    """Every operation's resource and method name: the naming file's first, then the defaults.

    Where two operations would meet on one name, the one it fits best keeps it (see `_fit`)
    and the others are named by the spec's words for them (`meaning_name`), then by their
    operationId; a method never hides a sub-resource of its own resource.
    """
    taken: set[tuple[tuple[str, ...], str]] = set()

    def warn(entry: OperationNaming, message: str) -> None:
        problems.append(Problem(message, entry.where or Location("naming file")))

    known = {op.id for op in ops}
    for op_id, entry in entries.items():
        if op_id not in known:
            warn(entry, f"naming file: the spec has no operation {op_id!r}; entry ignored")

    def claim(call: str, entry: OperationNaming) -> tuple[tuple[str, ...], str] | None:
        parts = [naming.given_member_name(p) for p in call.split(".") if p]
        if parts and parts[0] == "client":
            parts = parts[1:]
        if not parts:
            return None
        place = free_resource(tuple(parts[:-1])), parts[-1]
        if place in taken:
            warn(entry, f"naming file: {call!r} is named twice; this one gets another name")
            return None
        taken.add(place)
        return place

    named = [(op, entries[op.id]) for op in ops if op.id in entries]
    for op, entry in named:
        place = claim(entry.call, entry) if entry.call else None
        if place is not None:
            op.resource, op.py_name = place
    for op, entry in named:  # other names after every operation's own
        for call in entry.also:
            place = claim(call, entry)
            if place is not None:
                op.aliases.append(place)
    paths = {split_key(p)[0] for p in item_paths}
    wanted: dict[tuple[tuple[str, ...], str], list[Operation]] = {}
    for op in ops:
        if not op.py_name:
            resource, name = call_path_of(op, paths, types)
            wanted.setdefault((free_resource(resource), name), []).append(op)
    resources = {r[:i] for r, _ in wanted for i in range(1, len(r) + 1)}
    for (resource, name), group in list(wanted.items()):
        if (*resource, name) in resources and all(op.method == "post" for op in group):
            # `POST /numbers/mobile` beside `GET /numbers/mobile`: a resource, not an action
            del wanted[(resource, name)]
            wanted.setdefault(((*resource, name), "create"), []).extend(group)
    later: list[tuple[Operation, tuple[str, ...], str]] = []
    for (resource, name), group in wanted.items():
        fits = sorted(group, key=lambda op: _fit(op, resource, name))
        best = fits[0] if (resource, name) not in taken else None
        if (
            best is not None
            and len(fits) > 1
            and _fit(fits[1], resource, name) == _fit(best, resource, name)
        ):
            # nothing tells them apart: a plain method stays the first's (in the spec's
            # order), a word of the path (`files.content`) is no one's: each gets its own
            best = best if name in _NATURAL else None
        for op in group:
            if op is best:
                op.resource, op.py_name = resource, name
                taken.add((resource, name))
            else:
                later.append((op, resource, name))
    for op, resource, name in later:
        words = meaning(op)
        on_item = op.path.rstrip("/").endswith("}")  # a POST to one item creates nothing
        candidates = [
            meaning_name(words, resource, plain=not (on_item and op.method == "post")),
            meaning_name(words, resource, plain=False),  # `patch` where `update` is taken
            name,
            naming.member_name(op.id),
        ]
        choice = next((c for c in candidates if c and (resource, c) not in taken), None)
        if choice is None:
            choice = candidates[-1] or name
            while (resource, choice) in taken:
                choice += "_"
        op.resource, op.py_name = resource, choice
        taken.add((resource, choice))
    # a method may not hide a sub-resource of its own resource (or the raw-response views)
    children: dict[tuple[str, ...], set[str]] = {}
    for op in ops:
        for resource in [op.resource, *(r for r, _ in op.aliases)]:
            for i in range(1, len(resource)):
                children.setdefault(resource[:i], set()).add(resource[i])

    def unhidden(resource: tuple[str, ...], name: str) -> str:
        hidden = children.get(resource or ("root",), set()) | RESOURCE_ATTRIBUTES
        if name not in hidden:
            return name
        taken.discard((resource, name))
        name += "_"
        while (resource, name) in taken or name in hidden:
            name += "_"
        taken.add((resource, name))
        return name

    for op in ops:
        op.py_name = unhidden(op.resource, op.py_name)
        op.aliases = [
            (r, unhidden(r, n)) for r, n in op.aliases if (r, n) != (op.resource, op.py_name)
        ]
