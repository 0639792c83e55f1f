"""A non-editable install finds the rule packs shipped with the package."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # pip installs the package into a fresh virtual environment

REPO = Path(__file__).resolve().parent.parent


def test_non_editable_install_ships_the_packs(tmp_path):
    target = tmp_path / "site"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(REPO)],
        capture_output=True, text=True, cwd=tmp_path)
    if build.returncode != 0 and "setuptools" in build.stderr:
        build = subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(REPO)],
            capture_output=True, text=True, cwd=tmp_path)
    assert build.returncode == 0, build.stderr
    assert (target / "validator" / "rules" / "default.yaml").is_file()
    probe = ("import validator, validator.policy as p; "
             "print(validator.__file__); print(sorted(p.builtin_packs())); "
             "print(len(p.load_policy(None).rules))")
    env = dict(os.environ, PYTHONPATH=str(target))
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    file, packs, count = done.stdout.splitlines()
    assert file.startswith(str(target))  # the installed copy, not the source tree
    assert "default" in packs and int(count) >= 9


def test_every_subpackage_is_listed_for_installation():
    """pyproject.toml lists the packages by hand (validator.rules maps to rules/): a new
    subpackage missing there installs without its modules, which only a non-editable
    install shows."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "validator").rglob("__init__.py")}
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
