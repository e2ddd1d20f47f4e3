"""List calls page through every item, for every scheme, sync and async.

Each case is a list operation of a public API (an excerpt of its spec, tests/fixtures/pagination/)
served by a loopback server in that API's real page shape: 6 items in 3 pages of 2. Iterating the
list call must yield the 6 items, in order, in exactly 3 requests; `async for` too. The generated
method is found through the IR (its call path and argument names), so the cases read the API's
wire names only.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import sys
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from gen_support import ROOT, loopback

FIXTURES = ROOT / "tests" / "fixtures" / "pagination"
SPECS = {  # fixture -> package
    "stripe.json": "stripe_pages",
    "github.json": "github_pages",
    "digitalocean.json": "digitalocean_pages",
    "twilio.json": "twilio_pages",
    "spotify.json": "spotify_pages",
    "box.json": "box_pages",
    "slack.json": "slack_pages",
    "kubernetes.json": "kubernetes_pages",
    "shapes.yaml": "shapes_pages",
    "declared.yaml": "declared_pages",  # paging declared in declared.naming.yaml
}
TOTAL, SIZE = 6, 2

Reply = tuple[Any, dict[str, str]]  # (JSON body, headers)


@dataclass
class Case:
    """One list call: its spec, route, arguments (wire names) and the server's pages."""

    name: str
    spec: str
    operation: str  # "get /path" as in the spec
    args: dict[str, Any]
    #: (request path, query, server root URL) -> the page's body and headers
    reply: Callable[[str, dict[str, str], str], Reply]
    key: Callable[[Any], Any] = lambda item: item.id
    base: str = ""  # the base URL's path under the server root ("/v1")
    total: int = TOTAL
    requests: int = 3
    kind: str = ""  # the scheme the IR is expected to say
    items: list[Any] = field(default_factory=list)


def _ids(prefix: str, total: int = TOTAL) -> list[str]:
    return [f"{prefix}_{i}" for i in range(1, total + 1)]


def _slice(after: int, total: int = TOTAL) -> tuple[list[int], bool]:
    """Indexes of the page starting at `after`, and whether more follow."""
    idx = list(range(after, min(after + SIZE, total)))
    return idx, after + SIZE < total


# -- each API's page shape -------------------------------------------------------------------


def stripe_list(path: str, q: dict[str, str], root: str) -> Reply:
    ids = _ids("cus")
    after = ids.index(q["starting_after"]) + 1 if "starting_after" in q else 0
    idx, more = _slice(after)
    data = [{"id": ids[i], "object": "customer", "created": 1, "livemode": False} for i in idx]
    return {"object": "list", "url": "/v1/customers", "has_more": more, "data": data}, {}


def stripe_search(path: str, q: dict[str, str], root: str) -> Reply:
    ids = _ids("cus")
    after = int(q["page"].removeprefix("page_")) if "page" in q else 0
    idx, more = _slice(after)
    data = [{"id": ids[i], "object": "customer", "created": 1, "livemode": False} for i in idx]
    body = {
        "object": "search_result", "url": "/v1/customers/search", "has_more": more,
        "next_page": f"page_{after + SIZE}" if more else None, "total_count": TOTAL, "data": data,
    }  # fmt: skip
    return body, {}


def _github_links(root: str, path: str, page: int, last: int) -> str:
    def url(n: int) -> str:
        return f"{root}{path}?per_page={SIZE}&page={n}"

    links = []
    if page < last:  # quoted and bare params, in any order, as servers write them
        links += [f'<{url(page + 1)}>; rel="next"', f"<{url(last)}>; title=\"last, page\"; rel=last"]
    if page > 1:
        links += [f'<{url(page - 1)}>; rel="prev"', f'<{url(1)}>; rel="first"']
    return ", ".join(links)


def github_issues(path: str, q: dict[str, str], root: str) -> Reply:
    page = int(q.get("page", "1"))
    idx, _ = _slice((page - 1) * SIZE)
    body = [{"id": 100 + i, "number": i + 1, "title": f"Issue {i + 1}", "state": "open"} for i in idx]
    return body, {"Link": _github_links(root, path, page, TOTAL // SIZE)}


def github_repos_short_page(path: str, q: dict[str, str], root: str) -> Reply:
    """No Link header: the last page is short (5 items)."""
    page = int(q.get("page", "1"))
    idx, _ = _slice((page - 1) * SIZE, 5)
    return [{"id": 200 + i, "name": f"repo{i}", "full_name": f"o/repo{i}"} for i in idx], {}


def github_search(path: str, q: dict[str, str], root: str) -> Reply:
    page = int(q.get("page", "1"))
    idx, _ = _slice((page - 1) * SIZE)
    items = [{"id": 300 + i, "name": f"repo{i}", "full_name": f"o/repo{i}"} for i in idx]
    return {"total_count": TOTAL, "incomplete_results": False, "items": items}, {}


def digitalocean_droplets(path: str, q: dict[str, str], root: str) -> Reply:
    page = int(q.get("page", "1"))
    idx, more = _slice((page - 1) * SIZE)
    url = f"{root}/v2/droplets?page={{}}&per_page={SIZE}"
    pages: dict[str, str] = {}
    if page > 1:
        pages |= {"first": url.format(1), "prev": url.format(page - 1)}
    if more:
        pages |= {"last": url.format(TOTAL // SIZE), "next": url.format(page + 1)}
    droplets = [{"id": 1000 + i, "name": f"droplet-{i}", "memory": 1024, "status": "active"} for i in idx]
    return {"droplets": droplets, "links": {"pages": pages}, "meta": {"total": TOTAL}}, {}


def twilio_messages(path: str, q: dict[str, str], root: str) -> Reply:
    page = int(q.get("Page", "0"))
    idx, more = _slice(page * SIZE)
    base = "/2010-04-01/Accounts/AC123/Messages.json"
    messages = [{"sid": f"SM{i}", "body": f"Message {i}", "account_sid": "AC123"} for i in idx]
    body = {
        "messages": messages, "page": page, "page_size": SIZE, "start": page * SIZE,
        "end": page * SIZE + len(idx) - 1, "uri": f"{base}?PageSize={SIZE}&Page={page}",
        "first_page_uri": f"{base}?PageSize={SIZE}&Page=0",
        "next_page_uri": f"{base}?PageSize={SIZE}&Page={page + 1}&PageToken=PASM{idx[-1]}" if more else None,
        "previous_page_uri": None,
    }  # fmt: skip
    return body, {}


def spotify_playlists(path: str, q: dict[str, str], root: str) -> Reply:
    offset = int(q.get("offset", "0"))
    idx, more = _slice(offset)
    url = f"{root}/v1/me/playlists?offset={{}}&limit={SIZE}"
    items = [{"id": f"pl{i}", "name": f"Playlist {i}", "type": "playlist"} for i in idx]
    body = {
        "href": url.format(offset), "items": items, "limit": SIZE, "offset": offset, "total": TOTAL,
        "next": url.format(offset + SIZE) if more else None,
        "previous": url.format(offset - SIZE) if offset else None,
    }  # fmt: skip
    return body, {}


def spotify_recent(path: str, q: dict[str, str], root: str) -> Reply:
    after = int(q.get("after", "0"))
    idx, more = _slice(after)
    items = [{"track": {"id": f"tr{i}", "name": f"Track {i}"}, "played_at": "2024-01-01T00:00:00Z"} for i in idx]
    cursors = {"after": str(after + SIZE), "before": str(after)} if more else None
    body = {"href": f"{root}/v1/me/player/recently-played", "items": items, "limit": SIZE, "cursors": cursors}
    return body, {}


def box_items(path: str, q: dict[str, str], root: str) -> Reply:
    if q.get("usemarker") == "true":
        after = int(q["marker"].removeprefix("m")) if "marker" in q else 0
        idx, more = _slice(after)
        entries = [{"id": str(500 + i), "type": "file", "name": f"f{i}.txt"} for i in idx]
        return {"entries": entries, "limit": SIZE, "next_marker": f"m{after + SIZE}" if more else None}, {}
    offset = int(q.get("offset", "0"))
    idx, _ = _slice(offset)
    entries = [{"id": str(500 + i), "type": "file", "name": f"f{i}.txt"} for i in idx]
    order = [{"by": "type", "direction": "ASC"}]
    return {"entries": entries, "limit": SIZE, "offset": offset, "total_count": TOTAL, "order": order}, {}


def box_comments(path: str, q: dict[str, str], root: str) -> Reply:
    offset = int(q.get("offset", "0"))
    idx, _ = _slice(offset)
    entries = [{"id": str(700 + i), "type": "comment", "message": f"c{i}"} for i in idx]
    return {"entries": entries, "limit": SIZE, "offset": offset, "total_count": TOTAL}, {}


def slack_conversations(path: str, q: dict[str, str], root: str) -> Reply:
    after = int(q["cursor"].removeprefix("dGVhbTpD")) if q.get("cursor") else 0
    idx, more = _slice(after)
    channels = [{"id": f"C0{i}", "name": f"chan-{i}", "is_channel": True, "created": 1} for i in idx]
    cursor = f"dGVhbTpD{after + SIZE}" if more else ""
    return {"ok": True, "channels": channels, "response_metadata": {"next_cursor": cursor}}, {}


def kubernetes_leases(path: str, q: dict[str, str], root: str) -> Reply:
    after = int(q["continue"].removeprefix("eyJ2")) if q.get("continue") else 0
    idx, more = _slice(after)
    meta: dict[str, Any] = {"resourceVersion": "42"}
    if more:
        meta |= {"continue": f"eyJ2{after + SIZE}", "remainingItemCount": TOTAL - after - SIZE}
    items = [{"metadata": {"name": f"lease-{i}", "namespace": "default"}, "spec": {"holderIdentity": f"h{i}"}} for i in idx]
    return {"apiVersion": "coordination.k8s.io/v1", "kind": "LeaseList", "metadata": meta, "items": items}, {}


CASES = [
    Case("stripe-starting-after", "stripe.json", "get /v1/customers", {"limit": 2}, stripe_list, kind="cursor"),
    Case("stripe-search-next-page", "stripe.json", "get /v1/customers/search", {"query": "name:'a'", "limit": 2},
         stripe_search, kind="token"),
    Case("github-link-header", "github.json", "get /repos/{owner}/{repo}/issues",
         {"owner": "o", "repo": "r", "per_page": 2}, github_issues, kind="link"),
    Case("github-short-page", "github.json", "get /user/repos", {"per_page": 2}, github_repos_short_page,
         total=5, kind="page_number"),
    Case("github-page-total", "github.json", "get /search/repositories", {"q": "x", "per_page": 2}, github_search,
         kind="page_number"),
    Case("digitalocean-links-pages-next", "digitalocean.json", "get /v2/droplets", {"per_page": 2},
         digitalocean_droplets, kind="next_url"),
    Case("twilio-relative-next-page-uri", "twilio.json", "get /2010-04-01/Accounts/{AccountSid}/Messages.json",
         {"AccountSid": "AC123", "PageSize": 2}, twilio_messages, key=lambda m: m.sid, kind="next_url"),
    Case("spotify-absolute-next", "spotify.json", "get /me/playlists", {"limit": 2}, spotify_playlists,
         base="/v1", kind="next_url"),
    Case("spotify-cursors-after", "spotify.json", "get /me/player/recently-played", {"limit": 2}, spotify_recent,
         key=lambda i: i.track.id, base="/v1", kind="token"),
    Case("box-marker", "box.json", "get /folders/{folder_id}/items", {"folder_id": "0", "limit": 2, "usemarker": True},
         box_items, kind="token"),
    Case("box-offset-total", "box.json", "get /folders/{folder_id}/items", {"folder_id": "0", "limit": 2},
         box_items, kind="token"),
    Case("box-offset", "box.json", "get /files/{file_id}/comments", {"file_id": "9", "limit": 2}, box_comments,
         kind="offset"),
    Case("slack-next-cursor", "slack.json", "get /conversations.list", {"limit": 2}, slack_conversations,
         kind="token"),
    Case("kubernetes-continue", "kubernetes.json", "get /apis/coordination.k8s.io/v1/namespaces/{namespace}/leases",
         {"namespace": "default", "limit": 2}, kubernetes_leases, key=lambda lease: lease.metadata.name, kind="token"),
]  # fmt: skip
CASE_IDS = [c.name for c in CASES]


# -- page shapes of more APIs (tests/fixtures/pagination/shapes.yaml) ---------------------------


def _things(idx: list[int]) -> list[dict[str, str]]:
    return [{"id": f"t{i}", "name": f"thing {i}"} for i in idx]


def notion(path: str, q: dict[str, str], root: str) -> Reply:
    after = int(q.get("start_cursor", "c0")[1:])
    idx, more = _slice(after)
    cursor = f"c{after + SIZE}" if more else None
    return {"object": "list", "results": _things(idx), "next_cursor": cursor, "has_more": more}, {}


def jira(path: str, q: dict[str, str], root: str) -> Reply:
    start = int(q.get("startAt", "0"))
    idx, _ = _slice(start)
    return {"startAt": start, "maxResults": SIZE, "total": TOTAL, "issues": _things(idx)}, {}


def twitch(path: str, q: dict[str, str], root: str) -> Reply:
    after = int(q.get("after", "x0")[1:])
    idx, more = _slice(after)
    return {"data": _things(idx), "pagination": {"cursor": f"x{after + SIZE}"} if more else {}}, {}


def airtable(path: str, q: dict[str, str], root: str) -> Reply:
    after = int(q.get("offset", "itr0")[3:])
    idx, more = _slice(after)
    return {"records": _things(idx), **({"offset": f"itr{after + SIZE}"} if more else {})}, {}


def gitlab(path: str, q: dict[str, str], root: str) -> Reply:
    page = int(q.get("page", "1"))
    idx, more = _slice((page - 1) * SIZE)
    return _things(idx), {"X-Next-Page": str(page + 1) if more else "", "X-Page": str(page)}


def json_server(path: str, q: dict[str, str], root: str) -> Reply:
    page = int(q.get("_page", "1"))
    idx, _ = _slice((page - 1) * SIZE)
    return _things(idx), {"X-Total-Count": str(TOTAL)}


def hubspot(path: str, q: dict[str, str], root: str) -> Reply:
    after = int(q.get("after", "0"))
    idx, more = _slice(after)
    paging = {"next": {"after": str(after + SIZE), "link": f"?after={after + SIZE}&limit={SIZE}"}} if more else None
    return {"results": _things(idx), **({"paging": paging} if paging else {})}, {}


def zendesk(path: str, q: dict[str, str], root: str) -> Reply:
    page = int(q.get("page", "1"))
    idx, more = _slice((page - 1) * SIZE)
    following = f"{root}/zendesk/tickets?page={page + 1}&per_page={SIZE}" if more else None
    return {"tickets": _things(idx), "next_page": following, "previous_page": None, "count": TOTAL}, {}


def pipedrive(path: str, q: dict[str, str], root: str) -> Reply:
    start = int(q.get("start", "0"))
    idx, more = _slice(start)
    pagination = {"start": start, "limit": SIZE, "more_items_in_collection": more}
    if more:
        pagination["next_start"] = start + SIZE
    return {"success": True, "data": _things(idx), "additional_data": {"pagination": pagination}}, {}


def cloudflare(path: str, q: dict[str, str], root: str) -> Reply:
    page = int(q.get("page", "1"))
    idx, _ = _slice((page - 1) * SIZE)
    info = {"page": page, "per_page": SIZE, "count": len(idx), "total_count": TOTAL, "total_pages": 3.0}
    return {"success": True, "result": _things(idx), "result_info": info}, {}


def twitter(path: str, q: dict[str, str], root: str) -> Reply:
    after = int(q.get("pagination_token", "7140dibdnow9c7btw0")[18:] or 0)
    idx, more = _slice(after)
    meta: dict[str, Any] = {"result_count": len(idx)}
    if more:
        meta["next_token"] = f"7140dibdnow9c7btw0{after + SIZE}"
    return {"data": _things(idx), "meta": meta}, {}


def salesforce(path: str, q: dict[str, str], root: str) -> Reply:
    after = int(path.rsplit("-", 1)[1]) if "-" in path else 0
    idx, more = _slice(after)
    body: dict[str, Any] = {"totalSize": TOTAL, "done": not more, "records": _things(idx)}
    if more:  # a path on the same host, followed as given
        body["nextRecordsUrl"] = f"/salesforce/query/01gRO0000016PIAYA2-{after + SIZE}"
    return body, {}


def pinterest(path: str, q: dict[str, str], root: str) -> Reply:
    after = int(q.get("bookmark", "b0")[1:])
    idx, more = _slice(after)
    return {"items": _things(idx), "bookmark": f"b{after + SIZE}" if more else None}, {}


def asana(path: str, q: dict[str, str], root: str) -> Reply:
    after = int(q.get("offset", "o0")[1:])
    idx, more = _slice(after)
    following = None
    if more:
        token = f"o{after + SIZE}"
        following = {"offset": token, "path": f"/asana/tasks?limit=2&offset={token}",
                     "uri": f"{root}/asana/tasks?limit=2&offset={token}"}  # fmt: skip
    return {"data": _things(idx), "next_page": following}, {}


def graph(path: str, q: dict[str, str], root: str) -> Reply:
    after = int(q.get("$skiptoken", "0"))
    idx, more = _slice(after)
    body: dict[str, Any] = {"@odata.context": f"{root}/$metadata#users", "value": _things(idx)}
    if more:
        body["@odata.nextLink"] = f"{root}/graph/users?$top=2&$skiptoken={after + SIZE}"
    return body, {}


def mailchimp(path: str, q: dict[str, str], root: str) -> Reply:
    offset = int(q.get("offset", "0"))
    idx, _ = _slice(offset)
    return {"lists": _things(idx), "total_items": TOTAL}, {}


def intercom(path: str, q: dict[str, str], root: str) -> Reply:
    after = int(q.get("starting_after", "WzE2MDAwMDAwMDAsMF0=0")[20:] or 0)
    idx, more = _slice(after)
    pages: dict[str, Any] = {"page": after // SIZE + 1, "per_page": SIZE, "total_pages": 3}
    if more:
        pages["next"] = {"page": after // SIZE + 2, "starting_after": f"WzE2MDAwMDAwMDAsMF0={after + SIZE}"}
    return {"type": "list", "data": _things(idx), "total_count": TOTAL, "pages": pages}, {}


def hubspot_search(path: str, q: dict[str, str], root: str) -> Reply:
    after = int(q.get("after", "0"))
    idx, more = _slice(after)
    paging = {"next": {"after": str(after + SIZE), "link": f"?after={after + SIZE}"}} if more else None
    return {"total": TOTAL, "results": _things(idx), **({"paging": paging} if paging else {})}, {}


CASES += [
    Case("notion-start-cursor", "shapes.yaml", "get /notion/search", {"page_size": 2}, notion, kind="token"),
    Case("jira-start-at", "shapes.yaml", "get /jira/search", {"maxResults": 2}, jira, kind="offset"),
    Case("twitch-pagination-cursor", "shapes.yaml", "get /twitch/streams", {"first": 2}, twitch, kind="token"),
    Case("airtable-offset-token", "shapes.yaml", "get /airtable/records", {"pageSize": 2}, airtable, kind="token"),
    Case("gitlab-x-next-page", "shapes.yaml", "get /gitlab/projects", {"per_page": 2}, gitlab, kind="page_number"),
    Case("json-server-x-total-count", "shapes.yaml", "get /json-server/posts", {"_limit": 2}, json_server,
         kind="page_number"),
    Case("hubspot-paging-next-link", "shapes.yaml", "get /hubspot/contacts", {"limit": 2}, hubspot, kind="next_url"),
    Case("zendesk-next-page-url", "shapes.yaml", "get /zendesk/tickets", {"per_page": 2}, zendesk, kind="next_url"),
    Case("pipedrive-next-start", "shapes.yaml", "get /pipedrive/deals", {"limit": 2}, pipedrive, kind="token"),
    Case("cloudflare-result-info", "shapes.yaml", "get /cloudflare/zones", {"per_page": 2}, cloudflare,
         kind="page_number"),
    Case("twitter-meta-next-token", "shapes.yaml", "get /twitter/tweets", {"max_results": 2}, twitter, kind="token"),
    Case("salesforce-next-records-url", "shapes.yaml", "get /salesforce/query", {"q": "SELECT Id FROM Account"},
         salesforce, kind="next_url"),
    Case("pinterest-bookmark", "shapes.yaml", "get /pinterest/boards", {"page_size": 2}, pinterest, kind="token"),
    Case("asana-next-page-uri", "shapes.yaml", "get /asana/tasks", {"limit": 2}, asana, kind="next_url"),
    Case("graph-odata-next-link", "shapes.yaml", "get /graph/users", {"$top": 2}, graph, kind="next_url"),
    Case("mailchimp-offset-total-items", "shapes.yaml", "get /mailchimp/lists", {"count": 2}, mailchimp, kind="offset"),
    Case("intercom-undeclared-starting-after", "shapes.yaml", "get /intercom/contacts", {}, intercom, kind="token"),
    # searches sent as a POST whose JSON body carries the cursor or the offset
    Case("notion-post-search-start-cursor", "shapes.yaml", "post /notion/v1/search", {"query": "x", "page_size": 2},
         notion, kind="token"),
    Case("hubspot-post-search-after", "shapes.yaml", "post /hubspot/contacts/search", {"query": "x", "limit": 2},
         hubspot_search, kind="token"),
    Case("jira-post-search-start-at", "shapes.yaml", "post /jira/search-post", {"jql": "x", "maxResults": 2}, jira,
         kind="offset"),
]  # fmt: skip


# -- pages inference cannot read, declared in tests/fixtures/pagination/declared.naming.yaml -----


def chat_messages(path: str, q: dict[str, str], root: str) -> Reply:
    """`paging.older`: a token sent back as `before` (one rule declares it for every list)."""
    after = int(q.get("before", "m0")[1:])
    idx, more = _slice(after)
    return {"messages": _things(idx), "paging": {"older": f"m{after + SIZE}" if more else None}}, {}


def chat_members(path: str, q: dict[str, str], root: str) -> Reply:
    """The whole body is the page; `after` takes the last member's id; a short page is the last."""
    after = int(q.get("after", "t-1")[1:]) + 1
    idx, _ = _slice(after, total=5)
    return _things(idx)[: int(q.get("limit", "100"))], {}


CASES += [
    Case("declared-rule-token", "declared.yaml", "get /channels/{channel_id}/messages",
         {"channel_id": "c1", "limit": 2}, chat_messages, kind="token"),
    Case("declared-rule-same-shape", "declared.yaml", "get /channels/{channel_id}/pins", {"channel_id": "c1"},
         chat_messages, kind="token"),
    Case("declared-last-id-short-page", "declared.yaml", "get /guilds/{guild_id}/members",
         {"guild_id": "g1", "limit": 2}, chat_members, total=5, kind="cursor"),
]  # fmt: skip
CASE_IDS = [c.name for c in CASES]


# -- the server ----------------------------------------------------------------------------------


class Pages(BaseHTTPRequestHandler):
    """Answers every GET with the current case's page for its path and query."""

    reply: Callable[[str, dict[str, str], str], Reply] | None = None
    seen: list[str] = []
    bodies: list[dict[str, Any]] = []  # the JSON bodies of POST searches, in order

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 (the handler's name)
        self._answer({})

    def do_POST(self) -> None:  # noqa: N802
        """A search sent as a JSON body: its fields read as the query's."""
        length = int(self.headers.get("Content-Length") or 0)
        sent = json.loads(self.rfile.read(length) or b"{}")
        Pages.bodies.append(sent)
        self._answer({k: str(v) for k, v in sent.items()})

    def _answer(self, fields: dict[str, str]) -> None:
        Pages.seen.append(self.path)
        url = urllib.parse.urlsplit(self.path)
        query = {**dict(urllib.parse.parse_qsl(url.query)), **fields}
        root = f"http://127.0.0.1:{self.server.server_address[1]}"
        assert Pages.reply is not None
        body, headers = Pages.reply(url.path, query, root)
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with loopback(Pages) as url:
        yield url


# -- the generated packages ----------------------------------------------------------------------


@dataclass
class Generated:
    api: Any  # the IR
    package: str


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Generated]]:
    from generator.pipeline import Target, build_api, render_package
    from generator.workflow.writer import write

    out = tmp_path_factory.mktemp("pages")
    made: dict[str, Generated] = {}
    for spec, package in SPECS.items():
        naming = FIXTURES / (Path(spec).stem + ".naming.yaml")
        api = build_api(Target(str(FIXTURES / spec), package, naming=str(naming) if naming.exists() else None))
        write(out / package, render_package(api, package, emit=("models", "client")))
        sys.path.insert(0, str(out / package))
        made[spec] = Generated(api, package)
    yield made
    for package in SPECS.values():
        sys.path.remove(str(out / package))


def _credentials(cls: Any) -> dict[str, str]:
    """A value for every credential argument the client's constructor takes (the loopback
    servers check pages, not credentials)."""
    skip = {"base_url", "timeout", "max_retries", "default_headers", "default_query", "http_client"}
    params = inspect.signature(cls).parameters
    return {
        name: "k"
        for name, p in params.items()
        if name not in skip and p.kind is p.KEYWORD_ONLY and p.default is None
    }


def _call(gen: Generated, case: Case, server: str, aio: bool) -> tuple[Any, Any]:
    """(the client, the bound list method with the case's arguments applied)."""
    method, _, path = case.operation.partition(" ")
    op = next(o for o in gen.api.operations if o.method == method and o.key == path)
    module = importlib.import_module(gen.package)
    cls = module.AsyncClient if aio else module.Client
    client = cls(base_url=server + case.base, **_credentials(cls))
    target = client
    for attr in op.resource:
        target = getattr(target, attr)
    names = {a.wire_name: a.py_name for a in op.arguments}
    kwargs = {names[k]: v for k, v in case.args.items()}
    return client, (lambda: getattr(target, op.py_name)(**kwargs))


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_the_ir_names_the_scheme(generated: dict[str, Generated], case: Case) -> None:
    method, _, path = case.operation.partition(" ")
    op = next(o for o in generated[case.spec].api.operations if o.method == method and o.key == path)
    assert op.pagination is not None and op.pagination.kind == case.kind


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_iterating_a_list_call_yields_every_item_in_three_requests(
    generated: dict[str, Generated], server: str, case: Case
) -> None:
    Pages.reply, Pages.seen, Pages.bodies = case.reply, [], []
    _, call = _call(generated[case.spec], case, server, aio=False)
    keys = [case.key(item) for item in call()]
    assert len(keys) == case.total and len(set(keys)) == case.total, keys
    assert len(Pages.seen) == case.requests, Pages.seen


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_async_for_over_a_list_call_yields_every_item_in_three_requests(
    generated: dict[str, Generated], server: str, case: Case
) -> None:
    Pages.reply, Pages.seen = case.reply, []
    client, call = _call(generated[case.spec], case, server, aio=True)

    async def walk() -> list[Any]:
        keys = [case.key(item) async for item in call()]
        first = await call()  # awaiting the call gives its first page
        pages = [page async for page in first.iter_pages()]
        await client.close()
        return [keys, pages]

    keys, pages = asyncio.run(walk())
    assert len(keys) == case.total and len(set(keys)) == case.total, keys
    assert len(pages) == 3
    assert len(Pages.seen) == case.requests * 2, Pages.seen


def test_a_post_search_sends_its_whole_body_again_with_the_next_cursor(
    generated: dict[str, Generated], server: str
) -> None:
    case = next(c for c in CASES if c.name == "notion-post-search-start-cursor")
    Pages.reply, Pages.seen, Pages.bodies = case.reply, [], []
    _, call = _call(generated[case.spec], case, server, aio=False)
    assert len(list(call())) == 6
    assert Pages.bodies == [
        {"query": "x", "page_size": 2},
        {"query": "x", "page_size": 2, "start_cursor": "c2"},
        {"query": "x", "page_size": 2, "start_cursor": "c4"},
    ]
    assert Pages.seen == ["/notion/v1/search"] * 3


def test_a_page_reads_its_own_fields_and_steps_page_by_page(generated: dict[str, Generated], server: str) -> None:
    case = next(c for c in CASES if c.name == "digitalocean-links-pages-next")
    Pages.reply, Pages.seen, Pages.bodies = case.reply, [], []
    _, call = _call(generated[case.spec], case, server, aio=False)
    page = call()
    assert page.meta.total == TOTAL  # the response's own fields stay readable
    assert [d.name for d in page.page_items] == ["droplet-0", "droplet-1"]
    assert page.has_next_page()
    second = page.get_next_page()
    assert [d.id for d in second.page_items] == [1002, 1003]
    third = second.get_next_page()
    assert not third.has_next_page()
    with pytest.raises(RuntimeError):
        third.get_next_page()
    assert [len(p.page_items) for p in page.iter_pages()] == [2, 2, 2]
    assert all(not isinstance(item, tuple) for item in page)  # items, never field tuples


def test_the_stripe_page_keeps_has_more_and_the_cursor_is_the_last_id(
    generated: dict[str, Generated], server: str
) -> None:
    case = next(c for c in CASES if c.name == "stripe-starting-after")
    Pages.reply, Pages.seen, Pages.bodies = case.reply, [], []
    _, call = _call(generated[case.spec], case, server, aio=False)
    page = call()
    assert page.has_more is True and page.url == "/v1/customers"
    list(page)
    assert [urllib.parse.parse_qs(urllib.parse.urlsplit(p).query).get("starting_after") for p in Pages.seen] == [
        None, ["cus_2"], ["cus_4"],
    ]  # fmt: skip


def test_raw_response_of_a_list_call_parses_to_its_page(generated: dict[str, Generated], server: str) -> None:
    case = next(c for c in CASES if c.name == "slack-next-cursor")
    Pages.reply, Pages.seen = case.reply, []
    gen = generated[case.spec]
    op = next(o for o in gen.api.operations if o.key == "/conversations.list")
    cls = importlib.import_module(gen.package).Client
    client = cls(base_url=server, **_credentials(cls))
    resource = client
    for attr in op.resource:
        resource = getattr(resource, attr)
    raw = getattr(resource.with_raw_response, op.py_name)(limit=2)
    assert raw.status_code == 200
    assert [c.id for c in raw.parse()] == [f"C0{i}" for i in range(TOTAL)]
    assert len(Pages.seen) == 3


def test_link_headers_are_parsed_whatever_their_layout(generated: dict[str, Generated]) -> None:
    pagination = importlib.import_module(f"{SPECS['github.json']}.pagination")
    links = pagination.parse_link_header(
        [
            '<https://a.test/x?page=2>; title="next, or; not"; rel="next last",'
            " <https://a.test/x?page=1>;rel=first",
            "<https://a.test/x?page=9>; REL=prev; title*=UTF-8'de'n%c3%a4chstes",
        ]
    )
    assert links == [
        ("https://a.test/x?page=2", {"title": "next, or; not", "rel": "next last"}),
        ("https://a.test/x?page=1", {"rel": "first"}),
        ("https://a.test/x?page=9", {"rel": "prev", "title": "UTF-8'de'n%c3%a4chstes"}),
    ]


def test_the_generated_list_calls_type_check(generated: dict[str, Generated], tmp_path: Path) -> None:
    import subprocess

    folders = [p for p in sys.path if Path(p).name in SPECS.values()]
    env_path = ":".join(folders)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(tmp_path / "c"),
         "-p", "stripe_pages", "-p", "slack_pages", "-p", "digitalocean_pages"],
        capture_output=True, text=True, timeout=900, env={"MYPYPATH": env_path, "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]


# -- declared pagination and the warning for lists left without a scheme -----------------------

DISCORD_LIKE = """
openapi: 3.0.3
info: {title: Chat, version: "1"}
paths:
  /channels/{id}/messages:
    get:
      operationId: listMessages
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: before, in: query, schema: {type: string}}
        - {name: limit, in: query, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  messages: {type: array, items: {$ref: "#/components/schemas/Message"}}
                  paging:
                    type: object
                    properties: {older: {type: string, nullable: true}}
components:
  schemas:
    Message:
      type: object
      properties: {id: {type: string}, text: {type: string}}
"""


def _api(tmp_path: Path, overrides: dict[str, Any] | None = None) -> Any:
    from generator.load.loader import load_spec
    from generator.normalize.normalizer import normalize

    spec = tmp_path / "chat.yaml"
    spec.write_text(DISCORD_LIKE)
    return normalize(load_spec(spec), pagination_overrides=overrides)


def test_a_list_that_looks_paged_without_a_scheme_is_warned_about_where_it_is(tmp_path: Path) -> None:
    api = _api(tmp_path)
    (op,) = api.operations
    assert op.pagination is None
    (warning,) = [w for w in api.warnings if "looks like a list that pages" in w]
    assert warning.startswith(f"{tmp_path / 'chat.yaml'}:6:") and "(/paths/~1channels~1{id}~1messages/get)" in warning
    assert "the naming file (listMessages: {pagination: {kind: token" in warning
    assert 'a rule under "*" for every list of that shape' in warning
    assert "[tool.oasgen.targets.NAME.pagination] listMessages = " in warning


@pytest.mark.parametrize(
    ("params", "properties", "warned"),
    [
        # GitHub's runner labels: a total, the whole list, nothing to ask for more with
        ([], {"total_count": {"type": "integer"}, "labels": {"type": "array", "items": {"$ref": "#/components/schemas/Message"}}}, False),
        # a check suite: one object whose one array is not a page, `before`/`after` are commits
        ([], {"before": {"type": "string"}, "after": {"type": "string"},
              "pull_requests": {"type": "array", "items": {"$ref": "#/components/schemas/Message"}}}, False),
        # Discord's pins: a page's items and `has_more`, but no scheme that says how to go on
        ([], {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Message"}}, "has_more": {"type": "boolean"}}, True),
        # a paging parameter says so whatever the body's array is called
        ([{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
         {"pull_requests": {"type": "array", "items": {"$ref": "#/components/schemas/Message"}}}, True),
    ],
)  # fmt: skip
def test_what_looks_like_a_list_that_pages(
    api_of: Callable[..., Any], params: list[Any], properties: dict[str, Any], warned: bool
) -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things": {"get": {"operationId": "getThings", "parameters": params, "responses": {"200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"type": "object", "properties": properties}}},
        }}}}},
        "components": {"schemas": {"Message": {"type": "object", "properties": {"id": {"type": "string"}}}}},
    }  # fmt: skip
    api = api_of(spec)
    assert api.operations[0].pagination is None
    assert any("looks like a list that pages" in w for w in api.warnings) is warned


def test_a_declared_scheme_is_used_and_silences_the_warning(tmp_path: Path) -> None:
    api = _api(tmp_path, {"listMessages": {"kind": "token", "next_token": "paging.older", "cursor_param": "before"}})
    (op,) = api.operations
    page = op.pagination
    assert page is not None and (page.kind, page.items, page.next_token, page.cursor_param) == (
        "token", ("messages",), ("paging", "older"), "before",
    )  # fmt: skip
    assert page.page_class == "ListPage" and page.item_type.name == "#/components/schemas/Message"
    assert not [w for w in api.warnings if "looks like a list" in w]
    assert _api(tmp_path, {"listMessages": "none"}).operations[0].pagination is None
    assert not [w for w in _api(tmp_path, {"listMessages": "none"}).warnings if "looks like a list" in w]


def test_a_declaration_that_cannot_be_used_is_warned_about(tmp_path: Path) -> None:
    api = _api(tmp_path, {"listMessages": {"kind": "token", "items": "nowhere"}, "noSuchOp": "none"})
    assert any("pagination of listMessages: its response has no array of items at nowhere" in w for w in api.warnings)
    assert any("pagination declared for 'noSuchOp': no such operation" in w for w in api.warnings)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('{kind = "sideways"}', "must be one of page, cursor, next_url, token, link, offset, page_number"),
        ('{next_tokn = "a.b"}', "next_tokn"),
        ('{link = "yes"}', "must be true or false"),
        ("{first_page = 2}", "must be 0 or 1"),
        ('"off"', '"none" or a table'),
    ],
)
def test_the_config_checks_declared_pagination(tmp_path: Path, entry: str, message: str) -> None:
    from generator.errors import OasgenError
    from generator.workflow.config import load_config

    (tmp_path / "chat.yaml").write_text(DISCORD_LIKE)
    config = tmp_path / "oasgen.toml"
    config.write_text(
        '[targets.chat]\nspec = "chat.yaml"\npackage = "chat"\noutput = "out"\n'
        f"[targets.chat.pagination]\nlistMessages = {entry}\n"
    )
    with pytest.raises(OasgenError) as info:
        load_config(config)
    assert message in str(info.value)


def test_the_config_keeps_a_declaration(tmp_path: Path) -> None:
    from generator.workflow.config import load_config

    (tmp_path / "chat.yaml").write_text(DISCORD_LIKE)
    config = tmp_path / "oasgen.toml"
    config.write_text(
        '[targets.chat]\nspec = "chat.yaml"\npackage = "chat"\noutput = "out"\n'
        '[targets.chat.pagination]\nlistMessages = {kind = "link", items = ""}\nother = "none"\n'
    )
    target = load_config(config).targets["chat"]
    assert target.pagination == {"listMessages": {"items": "", "kind": "link"}, "other": "none"}
    assert target.settings()["pagination"] == target.pagination


DECLARED = FIXTURES / "declared.yaml"


def _declared_api(tmp_path: Path, naming: str, config: dict[str, Any] | None = None) -> Any:
    from generator.normalize.naming_file import load_naming
    from generator.pipeline import spec_to_api

    path = tmp_path / "naming.yaml"
    path.write_text(naming)
    return spec_to_api(DECLARED, naming=load_naming(path), pagination=config)


def _schemes(api: Any) -> dict[str, Any]:
    return {
        op.id: op.pagination
        and (op.pagination.kind, op.pagination.next_token, op.pagination.cursor_param)
        for op in api.operations
    }


def test_a_rule_in_the_naming_file_declares_every_list_of_its_shape(tmp_path: Path) -> None:
    api = _declared_api(
        tmp_path,
        '"*":\n  pagination:\n    - {kind: token, next_token: paging.older, cursor_param: before}\n',
    )
    assert _schemes(api) == {
        "listMessages": ("token", ("paging", "older"), "before"),
        "listPins": ("token", ("paging", "older"), "before"),
        "getChannel": None,  # no `paging.older`, no `before`: not of the shape
        "listMembers": ("link", None, "after"),  # inferred, the rule does not fit it
    }
    assert not [w for w in api.warnings if "looks like a list" in w]


SEARCHES = """
openapi: 3.1.0
info: {title: Search, version: "1"}
paths:
  /orders/search:
    post:
      operationId: searchOrders
      requestBody:
        content: {application/json: {schema: {type: object, properties: {q: {type: string}, resume: {type: string}}}}}
      responses: &page
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  hits: {type: array, items: {type: object, properties: {id: {type: string}}}}
                  resume_from: {type: string}
  /refunds/search:
    post:
      operationId: searchRefunds
      requestBody:
        content: {application/json: {schema: {type: object, properties: {resume: {type: string}}}}}
      responses: *page
  /refunds:
    get:
      operationId: listRefunds
      parameters: [{name: resume, in: query, schema: {type: string}}]
      responses: *page
"""


def test_a_rule_for_searches_sent_as_a_post_pages_through_their_bodies(api_of: Callable[..., Any], tmp_path: Path) -> None:
    naming = tmp_path / "n.yaml"
    naming.write_text('"*":\n  pagination:\n    - {kind: token, next_token: resume_from, cursor_param: resume, cursor_in: body}\n')
    api = api_of(SEARCHES, naming=naming)
    found = {op.id: op.pagination and (op.pagination.kind, op.pagination.cursor_in) for op in api.operations}
    # the GET list takes `resume` in its query: not of the rule's shape (and not inferred: `resume`
    # is no word of paging)
    assert found == {"searchOrders": ("token", "body"), "searchRefunds": ("token", "body"), "listRefunds": None}


def test_a_rule_narrowed_by_paths_and_an_operations_own_declaration_over_it(tmp_path: Path) -> None:
    api = _declared_api(
        tmp_path,
        '"*":\n  pagination:\n    - {kind: token, next_token: paging.older, cursor_param: before, paths: "*/pins"}\n'
        "listMembers: {pagination: {kind: cursor, item_cursor: true, cursor_param: after}}\n"
        "listPins: {pagination: none}\n",
    )
    schemes = _schemes(api)
    assert schemes["listMessages"] is None  # outside the rule's paths
    assert schemes["listPins"] is None  # its own "none" over the rule
    assert schemes["listMembers"] == ("cursor", None, "after")
    assert api.operations[3].pagination.item_cursor is True


def test_the_configs_rules_and_declarations_come_before_the_naming_files(tmp_path: Path) -> None:
    naming = "listMembers: {pagination: {kind: offset, offset_param: after}}\n"
    config = {
        "*": [
            {
                "kind": "token",
                "next_token": "paging.older",
                "cursor_param": "before",
                "paths": ["*/messages"],
            }
        ],
        "listMembers": {"kind": "cursor", "item_cursor": True, "cursor_param": "after"},
    }
    api = _declared_api(tmp_path, naming, config)
    schemes = _schemes(api)
    assert schemes["listMessages"] == ("token", ("paging", "older"), "before")
    assert schemes["listPins"] is None
    assert schemes["listMembers"] == ("cursor", None, "after")
    (clash,) = [
        w for w in api.warnings if "declared in the target's config and in the naming file" in w
    ]
    assert clash.startswith(f"{tmp_path / 'naming.yaml'}:1:1")


def test_a_rule_that_fits_no_operation_is_warned_about_where_it_is(tmp_path: Path) -> None:
    api = _declared_api(
        tmp_path,
        '"*":\n  pagination:\n    - {kind: token, next_token: paging.newer, cursor_param: before}\n',
    )
    (warning,) = [w for w in api.warnings if "fits no operation" in w]
    assert warning.startswith(f"{tmp_path / 'naming.yaml'}:3:7 (/*/pagination/0)"), warning
    assert "paging.newer" in warning


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("listMembers: {pagination: {kind: sideways}}\n", ":1:28 (/listMembers/pagination/kind)",
         "`kind` must be one of page, cursor, next_url, token, link, offset, page_number, not 'sideways'"),
        ("listMembers:\n  pagination: off\n", ":2:3 (/listMembers/pagination)",
         "`pagination` must be \"none\" or a table of the scheme's fields, not 'off'"),
        ("listMembers:\n  pagination: {next_tokn: a}\n", ":2:16 (/listMembers/pagination/next_tokn)",
         "`next_tokn` is not a key of a declaration"),
        ('"*": {pagination: {kind: token}}\n', ":1:7 (/*/pagination)", "must be a list of rules"),
        ('"*": {pagination: [none]}\n', ":1:20 (/*/pagination/0)", "the rule must be a table"),
        ('"*": {pagination: [{kind: token, paths: []}]}\n', ":1:34 (/*/pagination/0/paths)",
         "`paths` must be a path glob like /v1/* or a list of them"),
        ("listMembers: {pagination: {kind: token, paths: /x}}\n", ":1:41 (/listMembers/pagination/paths)",
         "`paths` is not a key of a declaration"),
    ],
)  # fmt: skip
def test_the_naming_file_checks_declared_pagination_where_it_is(
    tmp_path: Path, text: str, where: str, message: str
) -> None:
    from generator.normalize.naming_file import NamingError, load_naming

    path = tmp_path / "naming.yaml"
    path.write_text(text)
    with pytest.raises(NamingError) as info:
        load_naming(path)
    assert message in str(info.value)
    assert str(info.value.location).endswith(where), info.value.location


def test_oasgen_inspect_lists_the_schemes_a_naming_file_declares(tmp_path: Path) -> None:
    import subprocess

    naming = FIXTURES / "declared.naming.yaml"
    run = [sys.executable, "-m", "generator.cli"]
    out = subprocess.run(
        [*run, "inspect", str(DECLARED), "--naming", str(naming)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "token: `paging.older` sent back as `before`" in out.stdout
    assert "cursor: the last item's id sent as `after`" in out.stdout


def test_the_config_takes_rules_for_operations_of_a_shape(tmp_path: Path) -> None:
    from generator.errors import OasgenError
    from generator.pipeline import spec_to_api
    from generator.workflow.config import load_config

    (tmp_path / "chat.yaml").write_text(DECLARED.read_text())
    config = tmp_path / "oasgen.toml"
    head = '[targets.chat]\nspec = "chat.yaml"\npackage = "chat"\noutput = "out"\n'
    config.write_text(
        head + '[[targets.chat.pagination."*"]]\nkind = "token"\nnext_token = "paging.older"\n'
        'cursor_param = "before"\npaths = "/channels/*"\n'
    )
    target = load_config(config).targets["chat"]
    assert target.pagination == {
        "*": [{"cursor_param": "before", "kind": "token", "next_token": "paging.older", "paths": "/channels/*"}]
    }
    api = spec_to_api(target.spec, pagination=target.pagination)
    assert {op.id for op in api.operations if op.pagination and op.pagination.kind == "token"} == {
        "listMessages", "listPins",
    }  # fmt: skip
    config.write_text(head + '[targets.chat.pagination]\n"*" = [{kind = "token", paths = 3}]\n')
    with pytest.raises(OasgenError) as info:
        load_config(config)
    assert "'targets.chat.pagination.*[0].paths' must be a path glob like /v1/* or a list of them, not 3" in str(
        info.value
    )
    config.write_text(head + '[targets.chat.pagination]\n"*" = {kind = "token"}\n')
    with pytest.raises(OasgenError, match="must be a list of tables"):
        load_config(config)


def test_diff_reports_a_list_call_that_starts_returning_a_page(tmp_path: Path) -> None:
    from generator.workflow.diff import diff_files

    old = tmp_path / "old.yaml"
    old.write_text(DISCORD_LIKE)
    new = tmp_path / "new.yaml"
    new.write_text(DISCORD_LIKE.replace("{older: {type: string, nullable: true}}", "{next_url: {type: string, format: uri}}"))
    changes = [c for c in diff_files(old, new).changes if c.kind.startswith("pagination")]
    assert [(c.kind, c.detail, c.breaks_clients) for c in changes] == [
        ("pagination-added", "returns a page now", True)
    ]
    assert not [c for c in diff_files(new, new).changes if c.kind.startswith("pagination")]
