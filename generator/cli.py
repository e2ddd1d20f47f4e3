"""The `oasgen` command. Exit codes: 0 ok, 1 findings, 2 bad input or usage, 3 internal error."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence

from generator import __version__, report
from generator.errors import OasgenError, ordered
from generator.ir import Api


def _load(path: str, allow_remote: bool):  # type: ignore[no-untyped-def]
    from generator.load.loader import load_spec

    return load_spec(path, allow_remote=allow_remote)


def cmd_validate(args: argparse.Namespace) -> int:
    from generator.load.validate import validate_spec
    from generator.normalize.normalizer import normalize

    spec = _load(args.spec, args.allow_remote_refs)
    problems = validate_spec(spec)
    normalize(spec, problems=problems)
    problems = ordered(problems)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    # a schema error is always a failure; lint warnings are one only with --strict
    failed = errors > 0 or (args.strict and warnings > 0)
    for p in problems:
        print(str(p), file=sys.stderr if failed else sys.stdout)
    verdict = "invalid" if failed else "ok"
    print(f"{args.spec}: {verdict}: {errors} schema error(s), {warnings} warning(s)")
    return 1 if failed else 0


def summarize(api: Api) -> dict[str, object]:
    kinds: Counter[str] = Counter()
    for t in api.types:
        if t.kind == "object":
            kinds["models"] += 1
        elif t.alias_of is not None and t.alias_of.kind == "union":
            kinds["unions"] += 1
        elif t.alias_of is not None and t.alias_of.kind == "literal":
            kinds["enums"] += 1
        else:
            kinds["aliases"] += 1
    named_components = sum(1 for t in api.types if t.owner is None)
    return {
        "title": api.title,
        "version": api.version,
        "openapi": api.openapi,
        "operations": len(api.operations),
        "streaming_operations": sum(op.streaming is not None for op in api.operations),
        "paginated_operations": sum(op.pagination is not None for op in api.operations),
        "named_types": len(api.types),
        "component_types": named_components,
        "inline_types": len(api.types) - named_components,
        "models": kinds["models"],
        "unions": kinds["unions"],
        "discriminated_unions": sum(
            1 for t in api.types if t.alias_of is not None and t.alias_of.discriminator is not None
        ),
        "enums": kinds["enums"],
        "aliases": kinds["aliases"],
        "resources": len({op.resource for op in api.operations}),
        "webhooks": len(api.webhooks),
        "callbacks": len(api.callbacks),
        "warnings": len(api.warnings),
    }


def cmd_inspect(args: argparse.Namespace) -> int:
    from generator.normalize.naming_file import load_naming
    from generator.normalize.pagination import describe
    from generator.pipeline import spec_to_api

    naming = load_naming(args.naming) if args.naming else None
    api = spec_to_api(_load(args.spec, args.allow_remote_refs), naming=naming)
    if args.json:
        json.dump(api.to_dict(), sys.stdout, indent=1, sort_keys=True, default=str)
        sys.stdout.write("\n")
        return 0
    for key, value in summarize(api).items():
        print(f"{key:>22}: {value}")
    paged = [op for op in api.operations if op.pagination is not None]
    if paged:
        print("list operations:")
    for op in paged:
        assert op.pagination is not None
        call = ".".join(("client", *op.resource, op.py_name))
        print(f"  {op.method.upper()} {op.target}  {call}()  {describe(op.pagination)}")
    report.Options.of(args).report(args.spec, api.warnings, sys.stdout)
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    """`generate SPEC -o DIR` for a one-off; `generate [TARGET...]` for configured targets."""
    import os
    import time
    from pathlib import Path

    if not (args.output or (args.items and os.path.isfile(args.items[0]))):
        from generator.workflow.check import generate_targets

        return generate_targets(args.items, config=args.config, warnings=report.Options.of(args))
    if len(args.items) != 1 or not args.output:
        raise OasgenError(
            "usage: oasgen generate SPEC -o DIR [--package NAME], or oasgen generate [TARGET...]"
        )
    from generator.pipeline import (
        Target,
        build_api,
        check_package_name,
        render_package,
        render_scaffold,
    )
    from generator.workflow.config import default_distribution
    from generator.workflow.writer import write, write_scaffold

    start = time.perf_counter()
    package = check_package_name(args.package)
    if args.docs_url and not args.docs_url.startswith(("http://", "https://")):
        raise OasgenError(f"--docs-url {args.docs_url!r} is not an http:// or https:// URL")
    api = build_api(
        Target(
            args.items[0],
            package,
            args.allow_remote_refs,
            naming=args.naming,
            docs_url=args.docs_url,
        )
    )
    report.Options.of(args).report(args.items[0], api.warnings, sys.stderr)
    emit = tuple(args.emit.split(",")) if args.emit else ("models", "client", "docs")
    files = render_package(api, package, emit=emit, distribution=default_distribution(package))
    result = write(Path(args.output), files)
    if "stubs" in emit:
        for rel in write_scaffold(Path(args.output), render_scaffold(api, package)):
            print(f"{args.output}: scaffolded {rel} (yours to edit: never overwritten)")
    elapsed = time.perf_counter() - start
    print(
        f"{args.output}: {len(result.written)} written, {len(result.unchanged)} unchanged, "
        f"{len(result.removed)} removed ({elapsed:.2f} s)"
    )
    return 0


def cmd_naming_from_api_md(args: argparse.Namespace) -> int:
    """A naming file from an SDK's api.md, matched to the spec's operations by method and path."""
    from pathlib import Path

    from generator.normalize.naming_file import load_naming
    from generator.normalize.normalizer import normalize
    from generator.workflow.sdk_reference import match_reference, read_reference, render_naming
    from generator.workflow.writer import atomic_write

    params: dict[str, str] = {}
    for item in args.param or []:
        wire, sep, name = item.partition("=")
        if not sep or not wire or not name.isidentifier():
            raise OasgenError(f"--param {item!r}: expected WIRE=NAME, such as OpenAI-Beta=betas")
        params[wire] = name
    reference = read_reference(args.api_md)
    api = normalize(_load(args.spec, args.allow_remote_refs))
    base = load_naming(args.base) if args.base else None
    result = match_reference(reference, api, base=base, params=params)
    text = render_naming(result, Path(args.api_md).name)
    for line in result.report(reference):
        print(line, file=sys.stderr)
    if args.output:
        atomic_write(Path(args.output), text)
        print(f"{args.output}: {len(result.naming)} entries written", file=sys.stderr)
    else:
        sys.stdout.write(text)
    incomplete = reference.unreadable or result.unmatched_lines or result.unmatched_operations
    return 1 if args.strict and incomplete else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oasgen",
        description="Generate typed Python clients, Pydantic models and FastAPI stubs from OpenAPI 3.0/3.1.",
    )
    parser.add_argument("--version", action="version", version=f"oasgen {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    def spec_command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("spec", metavar="SPEC", help="OpenAPI file (YAML or JSON)")
        p.add_argument(
            "--allow-remote-refs",
            action="store_true",
            help="fetch http(s) $refs (refused by default)",
        )
        return p

    p = spec_command(
        "validate",
        "Validate a spec: schema errors (exit 1) and lint warnings, with file:line:column.",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 on lint warnings too (schema errors always fail)",
    )
    p.set_defaults(func=cmd_validate)

    p = spec_command(
        "inspect", "Summarise what oasgen sees in a spec (or dump the IR with --json)."
    )
    p.add_argument("--json", action="store_true", help="dump the intermediate model as JSON")
    _naming_option(p)
    report.add_options(p)
    p.set_defaults(func=cmd_inspect)
    p = sub.add_parser(
        "generate",
        help="Generate code: a spec into a folder (-o), or the configured targets.",
        description="oasgen generate SPEC -o DIR [--package NAME] | oasgen generate [TARGET...] (all by default)",
    )
    p.add_argument(
        "items", nargs="*", metavar="SPEC|TARGET", help="a spec file (with -o), or target names"
    )
    p.add_argument("-o", "--output", metavar="DIR", help="output folder (one-off mode)")
    p.add_argument(
        "--config", metavar="FILE", help="pyproject.toml or oasgen.toml (default: found upwards)"
    )
    p.add_argument(
        "--allow-remote-refs", action="store_true", help="fetch http(s) $refs (refused by default)"
    )
    p.add_argument("--package", default="client", help="import name of the generated package")
    p.add_argument(
        "--emit",
        metavar="PARTS",
        help="comma-separated: models,client,docs,stubs (default models,client,docs)",
    )
    _naming_option(p)
    report.add_options(p)
    p.add_argument(
        "--docs-url",
        metavar="URL",
        help="base URL that root-relative links in descriptions are joined to",
    )
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("naming", help="Write naming files (how operations appear on the client).")
    naming_sub = p.add_subparsers(dest="naming_command", metavar="SUBCOMMAND")
    naming_sub.required = True
    text = (
        "A naming file from an SDK's API reference (a Stainless-style api.md): call paths matched to "
        "operations by HTTP method and path, other names, path parameter names and positional parameters. "
        "Unmatched lines and operations are listed on stderr."
    )
    p = naming_sub.add_parser("from-api-md", help=text, description=text)
    p.add_argument(
        "api_md",
        metavar="API_MD",
        help="the reference (api.md); api.md files its headings link to are read too",
    )
    p.add_argument("spec", metavar="SPEC", help="OpenAPI file (YAML or JSON)")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="naming file to write (default: standard output)"
    )
    p.add_argument(
        "--base", metavar="FILE", help="naming file whose entries operations without a line keep"
    )
    p.add_argument(
        "--param",
        action="append",
        metavar="WIRE=NAME",
        help="rename an argument everywhere (OpenAI-Beta=betas); repeatable",
    )
    p.add_argument(
        "--strict", action="store_true", help="exit 1 when a line or an operation is left unmatched"
    )
    p.add_argument(
        "--allow-remote-refs", action="store_true", help="fetch http(s) $refs (refused by default)"
    )
    p.set_defaults(func=cmd_naming_from_api_md)

    from generator.workflow import commands as workflow_cli

    workflow_cli.register(sub)
    return parser


def _naming_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--naming",
        metavar="FILE",
        help="YAML file: operationId -> call path (beta.threads.create_and_run), arguments, pagination",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except OasgenError as exc:
        print(f"oasgen: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("oasgen: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if os.environ.get("OASGEN_DEBUG"):
            raise
        print(
            f"oasgen: internal error: {type(exc).__name__}: {exc} (set OASGEN_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
