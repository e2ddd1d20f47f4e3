"""Report, per spec, the list operations oasgen finds and how each one pages.

    python scripts/sweep_pagination.py SPEC... [-v] [--markdown]

For each spec: the GET operations returning an array of items (list operations), how many got
each scheme (`next_url`, `token`, `link`, `cursor`, `offset`, `page_number`, `page`), and the
ones that look like lists that page (paging-like query parameters or body fields) but got no
scheme: those are left to a warning. `-v` lists every list operation with its scheme;
`--markdown` prints the table the README shows.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.ir import Api, Operation  # noqa: E402
from generator.load.loader import load_spec  # noqa: E402
from generator.normalize.normalizer import normalize  # noqa: E402
from generator.normalize.pagination import find_items, looks_paged  # noqa: E402
from generator.normalize.selection import success_response  # noqa: E402

SCHEMES = ("next_url", "token", "link", "cursor", "offset", "page_number", "page")


def list_operations(api: Api) -> list[Operation]:
    """GET operations whose success response holds an array of items."""
    types = {t.id: t for t in api.types}
    out = []
    for op in api.operations:
        ok = success_response(op.responses)
        if op.method != "get" or ok is None or ok.kind != "json" or ok.type is None:
            continue
        if op.pagination is not None or find_items(ok.type, types) is not None:
            out.append(op)
    return out


def sweep(path: str) -> tuple[Counter[str], list[tuple[Operation, str]]]:
    api = normalize(load_spec(path))
    types = {t.id: t for t in api.types}
    counts: Counter[str] = Counter()
    rows = []
    for op in list_operations(api):
        counts["lists"] += 1
        if op.pagination is not None:
            scheme = op.pagination.kind
        elif looks_paged(op, types):
            scheme = "warning"
        else:
            scheme = "unpaged"
        counts[scheme] += 1
        rows.append((op, scheme))
    return counts, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="+")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    cols = ("lists", *SCHEMES, "warning", "unpaged")
    if args.markdown:
        print("| spec | " + " | ".join(cols) + " |")
        print("|---|" + "---:|" * len(cols))
    for path in args.specs:
        counts, rows = sweep(path)
        name = Path(path).name
        if args.markdown:
            print(f"| {name} | " + " | ".join(str(counts[c]) for c in cols) + " |")
        else:
            print(f"{name}: " + ", ".join(f"{c} {counts[c]}" for c in cols if counts[c]))
        if args.verbose:
            for op, scheme in rows:
                p = op.pagination
                where = ""
                if p is not None:
                    where = f" items={'.'.join(p.items) or '(body)'}"
                    where += f" next_url={'.'.join(p.next_url)}" if p.next_url else ""
                    where += f" token={'.'.join(p.next_token)}" if p.next_token else ""
                    where += f" cursor={p.cursor_param}" if p.cursor_param else ""
                    where += f" offset={p.offset_param}" if p.offset_param else ""
                    where += f" page={p.page_param}" if p.page_param else ""
                    where += f" total={'.'.join(p.total)}" if p.total else ""
                print(f"  {scheme:12} {op.method.upper()} {op.key}{where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
