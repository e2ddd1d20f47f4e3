"""`oasgen generate [TARGET...]` (config targets) and `oasgen check`: in sync, out of date, and
the fingerprint fast path, on a small spec and on the OpenAI spec."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.workflow.check import FINGERPRINT, _tool_files, check_targets, generate_targets
from generator.cli import main
from generator.workflow.config import load_config
from generator.workflow.writer import MANIFEST

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tests" / "fixtures" / "diff" / "base.yaml"
NAMING = ROOT / "tests" / "fixtures" / "diff" / "naming.yaml"
CONFIG = """\
[targets.demo]
spec = "api.yaml"
package = "demo_client"
output = "out"
naming = "api.naming.yaml"
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with a spec, a naming file and an oasgen.toml; the current folder."""
    shutil.copy(SPEC, tmp_path / "api.yaml")
    shutil.copy(NAMING, tmp_path / "api.naming.yaml")
    (tmp_path / "oasgen.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / ".git").mkdir()  # the config search stops here
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_check(*names: str, full: bool = False) -> tuple[int, str]:
    out = io.StringIO()
    code = check_targets(list(names), full=full, out=out)
    return code, out.getvalue()


def generate(*names: str) -> str:
    out = io.StringIO()
    assert generate_targets(list(names), out=out) == 0
    return out.getvalue()


def test_generate_writes_then_leaves_unchanged_files_alone(project: Path) -> None:
    first = generate()
    assert first.startswith("demo: out: ") and " 0 unchanged, 0 removed" in first
    files = json.loads((project / "out" / MANIFEST).read_text())["files"]
    assert "demo_client/types/run_object.py" in files
    client = (project / "out" / "demo_client" / "resources").rglob("*.py")
    assert any("def create_and_run(" in p.read_text() for p in client)  # the naming file is applied
    second = generate("demo")
    assert f"0 written, {len(files)} unchanged, 0 removed" in second


def test_check_in_sync_uses_the_fingerprint(project: Path) -> None:
    generate()
    record = json.loads((project / "out" / FINGERPRINT).read_text())
    assert record["inputs"] == ["api.yaml", "api.naming.yaml"]
    assert set(record["files"]) == set(json.loads((project / "out" / MANIFEST).read_text())["files"])
    code, out = run_check()
    assert code == 0 and out.startswith("demo: in sync (") and "fingerprint" in out
    code, out = run_check("demo", full=True)
    assert code == 0 and "compared" in out


def test_edited_generated_file_is_reported_with_a_diff(project: Path) -> None:
    generate()
    target = project / "out" / "demo_client" / "types" / "run_object.py"
    target.write_text(target.read_text().replace("class RunObject", "class RunObjectEdited"))
    code, out = run_check()
    assert code == 1
    assert "demo: out of date: out: 0 to add, 1 changed, 0 to remove" in out
    assert "changed: demo_client/types/run_object.py" in out
    assert "--- out/demo_client/types/run_object.py (on disk)" in out
    assert "-class RunObjectEdited" in out and "+class RunObject" in out
    assert "run `oasgen generate demo` to update the generated code" in out
    generate()
    assert run_check()[0] == 0


def test_deleted_generated_file_is_reported(project: Path) -> None:
    generate()
    (project / "out" / "demo_client" / "py.typed").unlink()
    code, out = run_check()
    assert code == 1 and "added: demo_client/py.typed" in out


def test_spec_change_is_detected_including_stale_files(project: Path) -> None:
    generate()
    spec = project / "api.yaml"
    text = spec.read_text()
    legacy = "    LegacyThing:\n      type: object\n      properties:\n        name:\n          type: string\n"
    assert legacy in text
    spec.write_text(
        text.replace(legacy, "").replace(
            "            - completed\n", "            - completed\n            - expired\n"
        )
    )
    code, out = run_check()
    assert code == 1
    assert "removed: demo_client/types/legacy_thing.py" in out
    assert "changed: demo_client/types/run_object.py" in out
    assert '+    status: Literal["queued", "in_progress", "completed", "expired"]' in out
    generate()
    assert not (project / "out" / "demo_client" / "types" / "legacy_thing.py").exists()
    assert run_check()[0] == 0


def test_naming_file_change_is_detected(project: Path) -> None:
    generate()
    naming = project / "api.naming.yaml"
    naming.write_text(naming.read_text().replace("beta.threads.create_and_run", "beta.threads.run_thread"))
    code, out = run_check()
    assert code == 1 and "changed:" in out and "fingerprint" not in out


def test_settings_change_is_detected(project: Path) -> None:
    generate()
    (project / "oasgen.toml").write_text(CONFIG.replace('package = "demo_client"', 'package = "other_client"'))
    code, out = run_check()
    assert code == 1
    assert "added: other_client/__init__.py" in out and "removed: demo_client/__init__.py" in out


def test_stale_fingerprint_falls_back_to_comparing(project: Path) -> None:
    generate()
    path = project / "out" / FINGERPRINT
    record = json.loads(path.read_text())
    record["fingerprint"] = "0" * 64
    path.write_text(json.dumps(record))
    code, out = run_check()
    assert code == 0 and "compared" in out
    path.unlink()
    code, out = run_check()
    assert code == 0 and "compared" in out


def test_cli_check_and_unknown_target(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 1  # nothing generated yet: every file is missing
    assert "to add" in capsys.readouterr().out
    generate()
    assert main(["check", "demo"]) == 0
    assert main(["check", "nope"]) == 2
    assert "unknown target 'nope' (configured: demo)" in capsys.readouterr().err


def test_user_files_in_the_output_folder_are_kept(project: Path) -> None:
    (project / "out").mkdir()
    (project / "out" / "NOTES.md").write_text("mine\n")
    generate()
    assert (project / "out" / "NOTES.md").read_text() == "mine\n"
    assert run_check()[0] == 0


def test_fingerprint_covers_templates_and_generator_sources() -> None:
    labels = {label for label, _path in _tool_files()}
    templates = ROOT / "templates"
    expected = {"templates/" + p.relative_to(templates).as_posix() for p in templates.rglob("*") if p.is_file()}
    assert expected and expected <= labels
    sources = {"generator/" + p.relative_to(ROOT / "generator").as_posix() for p in (ROOT / "generator").rglob("*.py")}
    assert sources <= labels and "generator/workflow/check.py" in labels


# -- the OpenAI target ----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def openai_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The OpenAI target of this project's config, generated into a temporary folder."""
    base = tmp_path_factory.mktemp("openai-target")
    cfg = load_config(ROOT / "pyproject.toml")
    t = cfg.targets["openai"]
    streaming = "".join(
        f'{op} = {{ event_type = "{v["event_type"]}"'
        + "".join(f', {k} = "{v[k]}"' for k in ("mode", "param") if k in v)
        + " }\n"
        for op, v in t.streaming.items()
    )
    (base / "oasgen.toml").write_text(
        f'[targets.openai]\nspec = "{t.spec.as_posix()}"\npackage = "{t.package}"\noutput = "out/openai"\n'
        + (f'naming = "{t.naming.as_posix()}"\n' if t.naming else "")
        + (f"[targets.openai.streaming]\n{streaming}" if streaming else ""),
        encoding="utf-8",
    )
    (base / ".git").mkdir()
    out = io.StringIO()
    generate_targets(["openai"], config=base / "oasgen.toml", out=out)
    return base


def test_openai_check_with_nothing_changed_is_fast(
    openai_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing changed: the fingerprint answers, and the spec is not even read (how fast that
    is, is measured by the benchmarks, not asserted on a shared machine)."""

    def no_load(*args: object, **kwargs: object) -> None:
        raise AssertionError("check loaded the spec although nothing changed")

    monkeypatch.setattr("generator.load.loader.load_spec", no_load)
    out = io.StringIO()
    code = check_targets(["openai"], config=openai_project / "oasgen.toml", out=out)
    assert code == 0 and "fingerprint" in out.getvalue()
    monkeypatch.undo()
    # the whole command, interpreter start-up included
    proc = subprocess.run(
        [sys.executable, "-m", "generator.cli", "check", "openai"],
        cwd=openai_project,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "openai: in sync" in proc.stdout and "fingerprint" in proc.stdout
