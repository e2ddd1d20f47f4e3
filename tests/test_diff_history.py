"""`oasgen diff` on real history: consecutive published versions of GitHub's REST description
(octokit's copy, `tests/fixtures/github-history/`) and OpenAI's 2024-12-18 -> 2026-08-21.

Every breaking claim is checked here against the IRs themselves, independently of how the
differ reached it: what it says was removed is absent from the new version, what it says
changed did change. And every response value that now holds an object type lacking fields of
the old one (a narrowed response model) is found in the IRs and must be reported as breaking
clients."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.ir import Api, NamedType, Operation, TypeRef
from generator.normalize.naming_file import load_naming
from generator.workflow.diff import Change, SpecDiff, diff_apis, load_api, sdk_call

ROOT = Path(__file__).resolve().parent.parent
HISTORY = ROOT / "tests" / "fixtures" / "github-history"
#: octokit/openapi commits of generated/api.github.com.json, oldest first
VERSIONS = [
    "2021-02-02-2b23d97",
    "2021-04-20-5ec4357",
    "2021-09-27-420a694",
    "2021-09-30-36575f6",
    "2021-10-07-e5a0b00",
    "2022-06-20-84799f8",
    "2022-07-18-5859285",
]
PAIRS = list(zip(VERSIONS, VERSIONS[1:]))
OPENAI_2022 = ROOT / "tests" / "fixtures" / "upstream" / "openapi-2022-01-25-69dcc8d.yaml"
OPENAI_2024 = ROOT / "tests" / "fixtures" / "upstream" / "openapi-2024-12-18-25be478.yaml"
OPENAI_2026 = ROOT / "specs" / "openai-2026-08-21.yaml"
OPENAI_NAMING = ROOT / "specs" / "openai-2026-08-21.naming.yaml"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def github(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Api]:
    folder = tmp_path_factory.mktemp("github-history")
    apis: dict[str, Api] = {}
    for version in VERSIONS:
        spec = folder / f"{version}.json"
        spec.write_bytes(gzip.decompress((HISTORY / f"{version}.json.gz").read_bytes()))
        apis[version] = load_api(spec)
    return apis


@pytest.fixture(scope="module")
def openai() -> tuple[Api, Api]:
    naming = load_naming(OPENAI_NAMING)
    return load_api(OPENAI_2024, naming=naming), load_api(OPENAI_2026, naming=naming)


# -- what the IRs say, independently of the differ ---------------------------------------------


class Versions:
    """Two IRs and which type is which: the same pointer, or a component renamed in the spec
    whose class name stayed."""

    def __init__(self, old: Api, new: Api) -> None:
        self.old, self.new = old, new
        self.ot, self.nt = old.type_by_id(), new.type_by_id()
        self.renamed: dict[str, str] = {}  # new component id -> old component id
        old_names = {
            t.name: t.id for t in old.types if _component(t.id) and t.id not in self.nt
        }
        for t in new.types:
            if _component(t.id) and t.id not in self.ot and t.name in old_names:
                self.renamed[t.id] = old_names[t.name]
        self.old_ops = {op.id: op for op in old.operations}
        self.new_ops = {op.id: op for op in new.operations}
        self.new_routes = {(op.method, op.path) for op in new.operations}
        self.old_routes = {(op.method, op.path) for op in old.operations}

    def old_type(self, new_id: str | None) -> NamedType | None:
        if new_id is None:
            return None
        if new_id in self.ot:
            return self.ot[new_id]
        for new_owner, old_owner in self.renamed.items():
            if new_id == new_owner or new_id.startswith(new_owner + "/"):
                return self.ot.get(old_owner + new_id[len(new_owner) :])
        return None

    def pairs(self) -> Iterator[tuple[NamedType, NamedType]]:
        for t in self.new.types:
            o = self.old_type(t.id)
            if o is not None:
                yield o, t

    def same(self, old_id: str, new_id: str) -> bool:
        o = self.old_type(new_id)
        return o is not None and o.id == old_id


def _component(tid: str) -> bool:
    return tid.startswith("#/components/schemas/") and tid.count("/") == 3


def object_held(ref: TypeRef | None, types: dict[str, NamedType]) -> NamedType | None:
    """The object type a value holds: through aliases, arrays, maps, `X | None`."""
    for _ in range(20):
        if ref is None:
            return None
        if ref.kind == "named":
            t = types.get(ref.name or "")
            if t is None or t.kind == "object":
                return t
            ref = t.alias_of
        elif ref.kind in ("array", "map"):
            ref = ref.item
        elif ref.kind == "union":
            members = [m for m in ref.members if m.kind != "null"]
            if len(members) != 1:
                return None
            ref = members[0]
        else:
            return None
    return None


def narrowings(v: Versions) -> list[tuple[str, str, str, frozenset[str]]]:
    """Response values that now hold another object type, one lacking fields of the old:
    (where, type id or operation id, field or status, the fields lacking)."""
    found = []

    def check(where: str, anchor: str, slot: str, a: TypeRef | None, b: TypeRef | None) -> None:
        old_t, new_t = object_held(a, v.ot), object_held(b, v.nt)
        if old_t is None or new_t is None or v.same(old_t.id, new_t.id):
            return
        lacking = {f.name for f in old_t.fields} - {f.name for f in new_t.fields}
        if lacking:
            found.append((where, anchor, slot, frozenset(lacking)))

    for o, n in v.pairs():
        if n.kind != "object" or not n.used_in_response:
            continue
        old_fields = {f.name: f for f in o.fields}
        for f in n.fields:
            if f.name in old_fields:
                check(f"{n.name}.{f.py_name}", n.id, f.name, old_fields[f.name].type, f.type)
    for op in v.new.operations:
        old_op = v.old_ops.get(op.id)
        if old_op is None or (old_op.method, old_op.path) != (op.method, op.path):
            continue
        before = {(r.status, r.kind, r.content_type): r for r in old_op.responses}
        for r in op.responses:
            was = before.get((r.status, r.kind, r.content_type))
            if was is not None and r.status.startswith("2"):
                check(f"{op.id} {r.status}", op.id, r.status, was.type, r.type)
    return found


# -- each claim checked against the IRs -----------------------------------------------------------


def _field(t: NamedType | None, wire: str | None) -> object:
    return next((f for f in t.fields if f.name == wire), None) if t is not None else None


def _param(op: Operation | None, wire: str | None, detail: str) -> object:
    if op is None:
        return None
    location = detail.split(" ", 1)[0]
    return next((p for p in op.parameters if (p.location, p.name) == (location, wire)), None)


def untrue(c: Change, v: Versions) -> str | None:
    """Why the claim is false in the IRs, or None when they bear it out."""
    k = c.kind
    old_op, new_op = v.old_ops.get(c.operation or ""), v.new_ops.get(c.operation or "")
    new_t = v.nt.get(c.type_id or "")
    old_t = v.old_type(c.type_id) if k != "type-removed" else v.ot.get(c.type_id or "")
    if c.new_type is not None:  # a value that switched types: the fields said to be lacking
        a, b = v.ot.get(c.old_type or ""), v.nt.get(c.new_type)
        if a is None or b is None or v.same(a.id, b.id):
            return "the two types are one, or missing"
        if set(c.lacks) - {f.name for f in a.fields} or set(c.lacks) & {f.name for f in b.fields}:
            return "a field said to be lacking is there"
        if set(c.adds) & {f.name for f in a.fields} or set(c.adds) - {f.name for f in b.fields}:
            return "a field said to be added is not new"
        if c.lacks and c.side in ("response", "both") and not c.breaks_clients:
            return "a narrowed response not breaking clients"
        return None
    if k == "operation-removed":
        method, path = c.subject.split(" ")[:2]
        if (method.lower(), path) in v.new_routes:
            return "the operation is still there"
        if new_op is not None and (new_op.method, new_op.path) not in v.old_routes:
            return "the operation moved, keeping its id"  # its id now names another, else
        return None
    if k in ("operation-moved", "operation-renamed"):
        if old_op is None or new_op is None:
            return "operation not in both"
        if k == "operation-moved":
            same = (old_op.method, old_op.path) == (new_op.method, new_op.path)
        else:
            same = sdk_call(old_op) == sdk_call(new_op)
        return "nothing moved" if same else None
    if k.startswith("parameter-"):
        po, pn = _param(old_op, c.wire_name, c.detail), _param(new_op, c.wire_name, c.detail)
        if k == "parameter-removed":
            return "the parameter is still there" if pn is not None or po is None else None
        if pn is None:
            return "no such parameter in the new version"
        if k == "parameter-added":
            return "the parameter was there" if po is not None else None
        if k in ("parameter-required", "parameter-optional"):
            return None if getattr(pn, "required") == (k == "parameter-required") else "wrong"
        return None if po is not None and getattr(po, "type") != getattr(pn, "type") else "same"
    if k.startswith(("body-", "response-", "streaming-")):
        if new_op is None or old_op is None:
            return "operation not in both"
        if k == "response-removed":
            status, kind = c.detail.split(" ")[:2]
            ct = c.detail.split("(")[1].split(")")[0] if "(" in c.detail else None
            gone = all((r.status, r.kind, r.content_type) != (status, kind, ct) for r in new_op.responses)
            if c.breaks_clients and any((r.status, r.kind) == (status, kind) for r in new_op.responses):
                return "a response of that status and kind is still there"
            return None if gone else "the response is still there"
        if k == "body-removed":
            ct = c.detail.split(" ")[2]
            gone = all(b.content_type != ct for b in new_op.request_bodies)
            return None if gone else "the body is still there"
        if k in ("body-required", "body-optional"):
            now = any(b.required for b in new_op.request_bodies)
            return None if now == (k == "body-required") else "wrong"
        if k == "streaming-removed":
            return "still streams" if new_op.streaming is not None else None
        return None
    if k.startswith("pagination-"):
        if old_op is None or new_op is None:
            return "operation not in both"
        po, pn = old_op.pagination, new_op.pagination
        if k == "pagination-added":
            return None if po is None and pn is not None else "it paged before, or does not now"
        if k == "pagination-removed":
            return None if po is not None and pn is None else "it pages still, or did not before"
        if po is None or pn is None:
            return "it does not page in both"
        if k == "pagination-page":
            return None if po.page_class != pn.page_class else "the same page class"
        return None if po.kind != pn.kind else "the same scheme"
    if k == "type-removed":
        if c.type_id in v.nt:
            return "the type is still there"
        if any(_component(t.id) and f"types.{t.name}" in c.sdk for t in v.new.types):
            return "a component of the same class is there"
        return None
    if k == "type-renamed":
        if new_t is None or old_t is None or old_t.name == new_t.name:
            return "the class name did not change"
        return None
    if new_t is None or old_t is None:
        return "the type is not in both versions"
    if k == "field-removed":
        return "the field is still there" if _field(new_t, c.wire_name) is not None else None
    if k.startswith("field-"):
        fo, fn = _field(old_t, c.wire_name), _field(new_t, c.wire_name)
        if fn is None:
            return "no such field in the new version"
        if k == "field-added":
            return "the field was there" if fo is not None else None
        if k in ("field-required", "field-optional"):
            return None if getattr(fn, "required") == (k == "field-required") else "wrong"
        return None if fo is not None and getattr(fo, "type") != getattr(fn, "type") else "same"
    if k in ("type-changed", "additional-properties"):
        same = (old_t.kind, old_t.alias_of, old_t.additional) == (
            new_t.kind,
            new_t.alias_of,
            new_t.additional,
        )
        return "nothing changed" if same else None
    return f"no check for {k}"


def audit(old: Api, new: Api) -> tuple[SpecDiff, list[tuple[Change, str]], list[object]]:
    """The diff, its untrue breaking claims, and the narrowed responses it did not report."""
    d = diff_apis(old, new)
    v = Versions(old, new)
    wrong = []
    for c in d.changes:
        if c.breaking or c.kind.endswith("-removed"):
            why = untrue(c, v)
            if why is not None:
                wrong.append((c, why))
    missed = []
    for where, anchor, slot, lacking in narrowings(v):
        reported = [
            c
            for c in d.changes
            if c.breaks_clients
            and (c.type_id, c.wire_name) in ((anchor, slot), (anchor, None))
            or (c.operation == anchor and c.detail.startswith(f"{slot} response"))
        ]
        if not any(c.breaks_clients and lacking <= set(c.lacks) for c in reported):
            missed.append((where, sorted(lacking)[:5]))
    return d, wrong, missed


# -- the tests -----------------------------------------------------------------------------------


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{a[:10]}->{b[:10]}" for a, b in PAIRS])
def test_github_history_claims_are_true(github: dict[str, Api], pair: tuple[str, str]) -> None:
    d, wrong, missed = audit(github[pair[0]], github[pair[1]])
    assert [(c.kind, c.subject, c.detail, why) for c, why in wrong] == []
    assert missed == []
    assert d.breaking, "each of these pairs breaks something"


def test_openai_2022_to_2024_claims_are_true() -> None:
    d, wrong, missed = audit(load_api(OPENAI_2022), load_api(OPENAI_2024))
    assert [(c.kind, c.subject, c.detail, why) for c, why in wrong] == []
    assert missed == []
    # its operationId now names the operation at another path, matched there by its route
    assert "createCompletion" in d.operations["removed"]


def test_openai_history_claims_are_true(openai: tuple[Api, Api]) -> None:
    d, wrong, missed = audit(*openai)
    assert [(c.kind, c.subject, c.detail, why) for c, why in wrong] == []
    assert missed == []
    switched = [c for c in d.changes if c.new_type and c.lacks and c.breaks_clients]
    assert {c.subject for c in switched} >= {"ProjectApiKeyOwner.service_account"}


def test_a_field_moved_to_a_smaller_model_is_one_breaking_change(github: dict[str, Api]) -> None:
    """2022-06-20 -> 2022-07-18: two `repository` fields now refer to `simple-repository`
    instead of `minimal-repository`, which itself is unchanged."""
    d = diff_apis(github["2022-06-20-84799f8"], github["2022-07-18-5859285"])
    moved = [c for c in d.changes if c.new_type == "#/components/schemas/simple-repository"]
    assert sorted(c.subject for c in moved) == [
        "CodeScanningOrganizationAlertItems.repository",
        "OrganizationSecretScanningAlert.repository",
    ]
    for c in moved:
        assert c.breaks_clients and c.kind == "field-type" and c.wire_name == "repository"
        assert c.old_type == "#/components/schemas/minimal-repository"
        assert len(c.lacks) == 39 and "git_url" in c.lacks and not c.adds
        assert c.sdk == [f"types.{c.subject}"]
    assert not [c for c in d.changes if "MinimalRepository" in c.subject]
    # components renamed in the spec whose class stays: nothing for the SDK
    renamed = {c.subject: c for c in d.changes if c.kind == "type-renamed-in-spec"}
    assert sorted(renamed) == [
        "author-association",
        "auto-merge",
        "deployment-branch-policy",
        "referenced-workflow",
    ]
    assert renamed["author-association"].sdk == ["types.AuthorAssociation"]
    assert not any(c.breaking for c in renamed.values())
    assert d.schemas["removed"] == []
    assert "author_association -> author-association" in d.schemas["renamed"]


def test_a_response_model_replaced_by_a_larger_one_is_judged_by_its_fields(
    github: dict[str, Api],
) -> None:
    """2021-02 -> 2021-04: responses that held `repository` now hold `full-repository` or
    `minimal-repository`; what the new model lacks breaks clients, what it adds does not."""
    d = diff_apis(github["2021-02-02-2b23d97"], github["2021-04-20-5ec4357"])
    fork = next(c for c in d.changes if c.operation == "repos/create-fork" and c.new_type)
    assert fork.old_type == "#/components/schemas/repository"
    assert fork.new_type == "#/components/schemas/full-repository"
    assert fork.lacks == ["starred_at"] and fork.breaks_clients
    assert "parent" in fork.adds
