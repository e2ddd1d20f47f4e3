"""Subcommands of the regeneration workflow (config targets, check, diff, upstream)."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def _config_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--config",
        metavar="FILE",
        help="pyproject.toml or oasgen.toml to read (default: found from the current folder upwards)",
    )


def cmd_check(args: argparse.Namespace) -> int:
    from generator.report import Options
    from generator.workflow.check import check_targets

    return check_targets(
        args.targets, config=args.config, full=args.full, warnings=Options.of(args)
    )


def cmd_diff(args: argparse.Namespace) -> int:
    from pathlib import Path

    from generator.errors import OasgenError
    from generator.normalize.naming_file import load_naming
    from generator.report import report_warnings
    from generator.workflow.config import load_config
    from generator.workflow.diff import diff_files, render

    if args.target and args.naming:
        raise OasgenError("--target reads the target's own naming file: give --naming or --target")
    naming = load_naming(Path(args.naming)) if args.naming else None
    target = None
    if args.target:  # both specs read with the target's settings, as its code is generated
        target = load_config(args.config).select([args.target])[0].pipeline_target()
    result = diff_files(
        args.old, args.new, naming=naming, target=target, allow_remote=args.allow_remote_refs
    )
    report_warnings("oasgen diff", result.warnings, sys.stderr)
    sys.stdout.write(render(result, args.format))
    return 1 if result.fails(args.fail_on) else 0


def cmd_upstream_check(args: argparse.Namespace) -> int:
    from generator.workflow.upstream import upstream_check

    return upstream_check(args.target, url=args.url, fmt=args.format, config=args.config)


def cmd_upstream_update(args: argparse.Namespace) -> int:
    from generator.workflow.upstream import upstream_update

    return upstream_update(
        args.target,
        url=args.url,
        commit=args.commit,
        fmt=args.format,
        config=args.config,
        generate=not args.no_generate,
    )


def register(sub: Any) -> None:
    """Add the workflow subcommands to the `oasgen` parser."""
    from generator.report import add_options
    from generator.workflow.diff import FAIL_ON, FORMATS

    text = (
        "Check that generated code is in sync with its spec, config and templates (exit 1 if not)."
    )
    p = sub.add_parser("check", help=text, description=text)
    p.add_argument("targets", nargs="*", metavar="TARGET", help="configured targets (default: all)")
    p.add_argument(
        "--full", action="store_true", help="always regenerate and compare (skip the fingerprint)"
    )
    add_options(p)
    _config_option(p)
    p.set_defaults(func=cmd_check)

    text = (
        "Semantic diff of two versions of a spec: operations, parameters, types; breaking or not."
    )
    p = sub.add_parser("diff", help=text, description=text)
    p.add_argument("old", metavar="OLD", help="the older spec file")
    p.add_argument("new", metavar="NEW", help="the newer spec file")
    p.add_argument(
        "--format", choices=FORMATS, default="text", help="output format (default: text)"
    )
    p.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        help="exit 1 on breaking changes (for clients or servers), on those for one side, or on any change",
    )
    p.add_argument(
        "--naming",
        metavar="FILE",
        help="naming file (operationId: call path) applied to both specs",
    )
    p.add_argument(
        "--target",
        metavar="NAME",
        help="read both specs with a configured target's settings (naming, pagination, auth...)",
    )
    _config_option(p)
    p.add_argument(
        "--allow-remote-refs", action="store_true", help="fetch http(s) $refs (refused by default)"
    )
    p.set_defaults(func=cmd_diff)

    text = "Compare a pinned spec with its upstream source, or update it."
    up = sub.add_parser("upstream", help=text, description=text)
    up_sub = up.add_subparsers(dest="upstream_command", metavar="ACTION")
    up_sub.required = True
    for action, helptext, func in (
        (
            "check",
            "Fetch the upstream spec and show the semantic diff (exit 0 same, 1 drift).",
            cmd_upstream_check,
        ),
        (
            "update",
            "Pin the upstream spec: rewrite the spec and lock file, then regenerate.",
            cmd_upstream_update,
        ),
    ):
        q = up_sub.add_parser(action, help=helptext, description=helptext)
        q.add_argument(
            "target",
            nargs="?",
            metavar="TARGET",
            help="target with an upstream (default: the only one)",
        )
        q.add_argument(
            "--url", help="fetch this URL instead of the configured one (e.g. pinned to a commit)"
        )
        q.add_argument(
            "--format", choices=FORMATS, default="text", help="report format (default: text)"
        )
        _config_option(q)
        if action == "update":
            q.add_argument("--commit", help="upstream commit to record in the lock file")
            q.add_argument(
                "--no-generate", action="store_true", help="do not regenerate the target"
            )
        q.set_defaults(func=func)
