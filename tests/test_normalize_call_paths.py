"""generator/normalize/call_paths.py: where each call sits on the client and what its method is
called, on excerpts of public specs (tests/fixtures/names/README.md says which)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from generator.ir import Api, Operation
from generator.load.loader import load_spec
from generator.normalize.call_paths import default_call_path, version_prefixes
from generator.normalize.normalizer import normalize

FIXTURES = Path(__file__).parent / "fixtures" / "names"


@cache
def api(name: str) -> Api:
    return normalize(load_spec(str(FIXTURES / name)), problems=[])


def op(name: str, method: str, path: str) -> Operation:
    return next(o for o in api(name).operations if o.method == method and o.path == path)


def call(name: str, method: str, path: str) -> str:
    o = op(name, method, path)
    return ".".join([*o.resource, o.py_name])


def test_twilio_list_messages_reads_like_twilio_python() -> None:
    messages = "/2010-04-01/Accounts/{AccountSid}/Messages.json"
    assert call("twilio.json", "get", messages) == "accounts.messages.list"
    listed = {a.py_name: a for a in op("twilio.json", "get", messages).arguments}
    for name, wire in [
        ("account_sid", "AccountSid"),
        ("page_size", "PageSize"),
        ("date_sent", "DateSent"),
        ("date_sent_before", "DateSent<"),
        ("date_sent_after", "DateSent>"),
        ("from_", "From"),
    ]:
        assert listed[name].wire_name == wire  # sent under the wire name
    created = {a.py_name: a.wire_name for a in op("twilio.json", "post", messages).arguments}
    assert created["body"] == "Body" and created["from_"] == "From"
    assert not any(n[-1].isdigit() for o in api("twilio.json").operations for n in (a.py_name for a in o.arguments))


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("get", "/2010-04-01/Accounts.json", "accounts.list"),
        ("post", "/2010-04-01/Accounts.json", "accounts.create"),
        ("get", "/2010-04-01/Accounts/{Sid}.json", "accounts.retrieve"),
        ("get", "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json", "accounts.messages.retrieve"),
        ("post", "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json", "accounts.messages.update"),
        ("delete", "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json", "accounts.messages.delete"),
        ("get", "/2010-04-01/Accounts/{AccountSid}/Balance.json", "accounts.balance.retrieve"),
        # a POST beside a GET of the same singular path creates in that resource, not an action
        ("post", "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json", "accounts.incoming_phone_numbers.mobile.create"),
        ("get", "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json", "accounts.incoming_phone_numbers.mobile.list"),
    ],
)
def test_twilio_calls_have_no_version_segment_or_extension(method: str, path: str, expected: str) -> None:
    assert call("twilio.json", method, path) == expected


def test_twilio_comparison_parameters_of_calls_are_spelled_out() -> None:
    names = [a.py_name for a in op("twilio.json", "get", "/2010-04-01/Accounts/{AccountSid}/Calls.json").arguments]
    assert {"start_time", "start_time_before", "start_time_after", "end_time_before", "end_time_after"} <= set(names)


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("get", "/user", "user.retrieve"),  # one user: not `list`
        ("patch", "/user", "user.update"),
        ("delete", "/repos/{owner}/{repo}/actions/caches/{cache_id}", "repos.actions.caches.delete"),
        ("delete", "/repos/{owner}/{repo}/actions/caches", "repos.actions.caches.delete_by_key"),
        ("get", "/orgs/{org}/actions/oidc/customization/sub", "orgs.actions.oidc.customization.sub.retrieve"),
        ("put", "/orgs/{org}/actions/oidc/customization/sub", "orgs.actions.oidc.customization.sub.update"),
        ("get", "/repos/{owner}/{repo}/codespaces/new", "repos.codespaces.pre_flight_with_repo_for_authenticated_user"),
        ("get", "/repos/{owner}/{repo}/readme", "repos.readme.retrieve"),
        ("get", "/repos/{owner}/{repo}/readme/{dir}", "repos.readme.retrieve_in_directory"),
        ("get", "/gists/{gist_id}", "gists.retrieve"),
        ("get", "/gists/{gist_id}/{sha}", "gists.retrieve_revision"),
        ("put", "/gists/{gist_id}/star", "gists.star"),
        ("delete", "/gists/{gist_id}/star", "gists.unstar"),
        ("get", "/gists/{gist_id}/star", "gists.check_is_starred"),
        ("patch", "/repos/{owner}/{repo}/import", "repos.import_.update"),
        ("get", "/repos/{owner}/{repo}/import", "repos.import_.retrieve"),  # one import's status
        ("put", "/repos/{owner}/{repo}/import", "repos.start_import"),
        ("delete", "/repos/{owner}/{repo}/import", "repos.cancel_import"),
        ("get", "/search/code", "search.code"),
        ("get", "/meta", "meta.retrieve"),
    ],
)
def test_github_calls_read_like_its_sdks(method: str, path: str, expected: str) -> None:
    assert call("github.json", method, path) == expected


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("post", "/files/content", "files.upload"),  # "Upload file", not `post_files_content`
        ("post", "/files/{file_id}/content", "files.upload_version"),
        ("get", "/files/{file_id}/content", "files.download"),
        ("get", "/folders/{folder_id}/items", "folders.items.list"),
        ("get", "/files/{file_id}", "files.retrieve"),
    ],
)
def test_box_calls_keep_the_meaning_its_spec_gives(method: str, path: str, expected: str) -> None:
    assert call("box.json", method, path) == expected


@pytest.mark.parametrize(
    ("spec", "method", "path", "expected"),
    [
        ("stripe.json", "get", "/v1/coupons", "coupons.list"),
        ("stripe.json", "post", "/v1/coupons", "coupons.create"),
        ("stripe.json", "get", "/v1/coupons/{coupon}", "coupons.retrieve"),
        ("stripe.json", "post", "/v1/coupons/{coupon}", "coupons.update"),
        ("stripe.json", "delete", "/v1/coupons/{coupon}", "coupons.delete"),
        ("stripe.json", "get", "/v1/tax_rates", "tax_rates.list"),
        ("digitalocean.json", "get", "/v2/droplets", "droplets.list"),
        ("digitalocean.json", "get", "/v2/droplets/{droplet_id}", "droplets.retrieve"),
        ("digitalocean.json", "get", "/v2/account", "account.retrieve"),
        ("digitalocean.json", "get", "/v2/projects/default", "projects.default.retrieve"),
        ("digitalocean.json", "put", "/v2/projects/default", "projects.default.update"),
        ("digitalocean.json", "patch", "/v2/projects/default", "projects.default.patch"),
        ("spotify.json", "get", "/me", "me.retrieve"),
        ("spotify.json", "get", "/me/playlists", "me.playlists.list"),
        ("spotify.json", "get", "/browse/categories", "browse.categories.list"),  # a page inside `categories`
        ("spotify.json", "get", "/browse/categories/{category_id}", "browse.categories.retrieve"),
    ],
)
def test_other_apis_keep_plain_crud_names(spec: str, method: str, path: str, expected: str) -> None:
    assert call(spec, method, path) == expected


@pytest.mark.parametrize("spec", ["twilio.json", "github.json", "box.json", "stripe.json", "digitalocean.json", "spotify.json"])
def test_no_name_is_numbered_or_holds_a_version_or_extension(spec: str) -> None:
    for o in api(spec).operations:
        for part in [*o.resource, o.py_name]:
            assert not part.endswith(("_json", "2")) and not part.startswith("_"), (o.path, part)
        for a in o.arguments:
            assert a.py_name == a.py_name.lower() and not (a.py_name[-1].isdigit() and not a.wire_name[-1:].isdigit())


def test_date_and_version_prefixes_are_dropped_path_by_path() -> None:
    paths = frozenset({"/2010-04-01/Accounts.json", "/2010-04-01/Accounts/{Sid}.json", "/v1/x", "/20240601/y/z"})
    assert version_prefixes(paths) == {
        "/2010-04-01/Accounts.json": "/2010-04-01",
        "/2010-04-01/Accounts/{Sid}.json": "/2010-04-01",
        "/v1/x": "/v1",
        "/20240601/y/z": "/20240601",
    }


@pytest.mark.parametrize(
    ("method", "path", "many", "expected"),
    [
        ("get", "/reports/daily.csv", None, (("reports", "daily"), "retrieve")),
        ("get", "/reports/daily.csv", True, (("reports", "daily"), "list")),
        ("get", "/things", False, (("things",), "retrieve")),
        ("get", "/things", True, (("things",), "list")),
        ("get", "/things/{id}.json", None, (("things",), "retrieve")),
        ("post", "/threads/{id}/runs/{rid}/cancel", None, (("threads", "runs"), "cancel")),
        ("get", "/v1.2/things", None, (("things",), "list")),  # a dotted version is no extension
        ("get", "/files/{id}/thumbnail.png", None, (("files", "thumbnail"), "retrieve")),
    ],
)
def test_default_call_paths(method: str, path: str, many: bool | None, expected: tuple[tuple[str, ...], str]) -> None:
    assert default_call_path(method, path, {path}, many) == expected


def test_a_spec_s_verb_names_an_action_the_path_only_hints_at() -> None:
    paths = {"/gists/{id}/star"}
    assert default_call_path("put", "/gists/{id}/star", paths, None, ["star"]) == (("gists",), "star")
    assert default_call_path("delete", "/gists/{id}/star", paths, None, ["unstar"]) == (("gists",), "unstar")
    assert default_call_path("get", "/gists/{id}/star", paths, None, ["get", "star"]) == (("gists", "star"), "retrieve")
    # without the spec's words the path's singular word is a resource of its own
    assert default_call_path("put", "/gists/{id}/star", paths, None, []) == (("gists", "star"), "update")
