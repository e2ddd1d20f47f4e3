"""The pre-commit hook blocks commits with stale generated code, and the hook and CI files."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.workflow.check import generate_targets

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tests" / "fixtures" / "diff" / "base.yaml"


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false",
         "-c", "core.hooksPath=.git/hooks", *args],
        cwd=repo, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    assert git(tmp_path, "init", "-q").returncode == 0
    shutil.copy(SPEC, tmp_path / "api.yaml")
    (tmp_path / "oasgen.toml").write_text(
        '[targets.demo]\nspec = "api.yaml"\npackage = "demo_client"\noutput = "generated"\n', encoding="utf-8"
    )
    hook = tmp_path / ".git" / "hooks" / "pre-commit"
    hook.parent.mkdir(exist_ok=True)
    hook.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m generator.cli check\n', encoding="utf-8")
    hook.chmod(0o755)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def head(repo: Path) -> str:
    return git(repo, "rev-parse", "HEAD").stdout.strip()


def test_hook_blocks_stale_output_and_allows_it_after_generate(repo: Path) -> None:
    generate_targets([], out=io.StringIO())
    git(repo, "add", "-A")
    first = git(repo, "commit", "-q", "-m", "first")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "demo: in sync" in first.stdout + first.stderr
    committed = head(repo)

    spec = repo / "api.yaml"
    spec.write_text(
        spec.read_text().replace("            - completed\n", "            - completed\n            - expired\n")
    )
    git(repo, "add", "api.yaml")
    blocked = git(repo, "commit", "-q", "-m", "spec change without regenerating")
    assert blocked.returncode != 0
    report = blocked.stdout + blocked.stderr  # git shows the hook's output on stderr
    assert "demo: out of date" in report and "changed: demo_client/types/run_object.py" in report
    assert head(repo) == committed

    generate_targets([], out=io.StringIO())
    git(repo, "add", "-A")
    allowed = git(repo, "commit", "-q", "-m", "spec change, regenerated")
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert head(repo) != committed
    assert git(repo, "status", "--porcelain").stdout == ""


def test_pre_commit_hooks_file() -> None:
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    check = hooks["oasgen-check"]
    assert (check["entry"], check["language"], check["pass_filenames"]) == ("oasgen check", "python", False)
    generate = hooks["oasgen-generate"]
    assert (generate["entry"], generate["language"], generate["pass_filenames"]) == ("oasgen generate", "python", False)


def test_this_project_runs_oasgen_check_before_commits() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())
    (local,) = [r for r in config["repos"] if r["repo"] == "local"]
    hooks = {h["id"]: h for h in local["hooks"]}
    assert hooks["oasgen-check"]["entry"] == "oasgen check"
    assert hooks["oasgen-check"]["pass_filenames"] is False and hooks["oasgen-check"]["always_run"]
    # the project's own code: formatted, linted and type-checked before a commit too
    assert hooks["ruff-format"]["entry"] == "ruff format --check generator"
    assert hooks["ruff-check"]["entry"] == "ruff check generator"
    assert hooks["mypy"]["entry"] == "mypy generator"


def test_ci_workflows() -> None:
    ci = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text())
    triggers = ci[True]  # YAML 1.1 reads the key `on` as true
    assert "push" in triggers and "pull_request" in triggers
    steps = [s.get("run", "") for job in ci["jobs"].values() for s in job["steps"]]
    assert "bash .ci/run" in steps
    drift = yaml.safe_load((ROOT / ".github" / "workflows" / "drift.yml").read_text())
    assert drift[True]["schedule"][0]["cron"]
    steps = [s for job in drift["jobs"].values() for s in job["steps"]]
    runs = "\n".join(s.get("run", "") for s in steps)
    assert "oasgen upstream check openai --format markdown" in runs
    assert "oasgen upstream update openai" in runs
    pr = [s for s in steps if s.get("uses", "").startswith("peter-evans/create-pull-request@")]
    assert pr and pr[0]["if"] == "steps.check.outputs.drift == 'true'"
    assert pr[0]["with"]["body-path"].endswith("drift.md")
