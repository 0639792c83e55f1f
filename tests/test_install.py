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
