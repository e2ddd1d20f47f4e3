"""Byte-identical output whatever the machine state: hash seed, folders, locale, time zone,
umask, caches, serial or forked rendering. Nothing machine-specific is written into the code."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from gen_support import ALL_PARTS, OPENAI_2026, ROOT, SEED001


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _generate(spec: Path, out: Path, cwd: Path, env: dict[str, str]) -> dict[str, bytes]:
    subprocess.run(
        [sys.executable, "-m", "generator.cli", "generate", str(spec), "-o", str(out), "--package", "pkg",
         "--emit", ",".join(ALL_PARTS)],
        cwd=cwd,
        env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
        check=True,
        capture_output=True,
    )  # fmt: skip
    return _tree(out)


def test_machine_state_does_not_change_a_byte(tmp_path: Path) -> None:
    # The same spec under another name, deep in another folder, as on another machine.
    elsewhere = tmp_path / "some where" / "else" / "api.yaml"
    elsewhere.parent.mkdir(parents=True)
    shutil.copy(SEED001, elsewhere)
    runs = [
        (SEED001, ROOT, {"PYTHONHASHSEED": "0", "OASGEN_CACHE_DIR": str(tmp_path / "cache-a")}),
        (SEED001, ROOT, {"PYTHONHASHSEED": "0", "OASGEN_CACHE_DIR": str(tmp_path / "cache-a")}),  # warm cache
        (elsewhere, tmp_path, {"PYTHONHASHSEED": "987", "OASGEN_NO_CACHE": "1", "LC_ALL": "C", "LANG": "C",
                               "TZ": "Pacific/Kiritimati", "OASGEN_JOBS": "1"}),
        (elsewhere, elsewhere.parent, {"PYTHONHASHSEED": "31337", "LC_ALL": "C.UTF-8", "TZ": "America/Adak",
                                       "HOME": str(tmp_path / "home")}),
    ]  # fmt: skip
    trees = [_generate(spec, tmp_path / f"out{i}", cwd, env) for i, (spec, cwd, env) in enumerate(runs)]
    assert len(trees[0]) > 400
    for other in trees[1:]:
        assert other.keys() == trees[0].keys()
        assert [k for k in other if other[k] != trees[0][k]] == []


def test_no_paths_or_dates_of_the_generating_machine(tmp_path: Path) -> None:
    tree = _generate(SEED001, tmp_path / "out", ROOT, {"OASGEN_NO_CACHE": "1"})
    today = time.strftime("%Y-%m-%d").encode()
    needles = [str(ROOT).encode(), str(tmp_path).encode(), os.path.expanduser("~").encode(), today]
    leaks = [(rel, n) for rel, data in tree.items() for n in needles if n in data]
    assert leaks == []


def test_forked_and_serial_rendering_agree_on_the_openai_spec(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from generator.pipeline import Target, build_api, render_package

    api = build_api(Target(str(OPENAI_2026), "openai_client"))
    monkeypatch.setenv("OASGEN_JOBS", "1")
    serial = render_package(api, "openai_client", emit=ALL_PARTS)
    monkeypatch.delenv("OASGEN_JOBS")
    forked = render_package(api, "openai_client", emit=ALL_PARTS)
    assert len(serial) > 2500
    assert list(forked) == list(serial)
    assert [k for k in serial if forked[k] != serial[k]] == []


def test_new_output_folders_get_the_modes_of_the_umask(tmp_path: Path) -> None:
    """Files and folders are created as `open()` and `mkdir` would, whatever the umask."""
    import stat

    from generator.workflow.writer import write

    for umask, file_mode, dir_mode in ((0o022, 0o644, 0o755), (0o077, 0o600, 0o700)):
        old = os.umask(umask)
        try:
            out = tmp_path / f"out{umask:o}"
            write(out, {"pkg/__init__.py": "x = 1\n", "pkg/types/a.py": "y = 2\n"})
        finally:
            os.umask(old)
        assert stat.S_IMODE((out / "pkg" / "types" / "a.py").stat().st_mode) == file_mode
        assert stat.S_IMODE((out / "pkg" / "types").stat().st_mode) == dir_mode
        assert stat.S_IMODE(out.stat().st_mode) == dir_mode
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no staging left
