"""Issue 9 item 3: ``-o`` and ``--report FORMAT=PATH`` write in place when the
target is not a regular file (device, FIFO, symlink → its target), atomically
only for regular files, refuse a read-only target or a missing folder before
any article is read, and turn a failed write (ENOSPC) into exit 2 with a
message.  Device nodes are made by the tests (``mknod``, as root) in tmp_path:
the machine's own /dev/null and /dev/full are never put at risk."""

from __future__ import annotations

import os
import stat
import threading

import pytest

from validator import engine
from validator.cli import main

ARTICLE = "---\ntitle: Council Approves Budget\n---\nThe council approved its budget on Tuesday.\n\nRead more\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


@pytest.fixture
def no_run(monkeypatch):
    """Fail the test if the run starts (articles read)."""
    def boom(*args, **kwargs):
        raise AssertionError("the run started before the output was checked")
    monkeypatch.setattr(engine, "run", boom)


def _device(path, minor: int) -> str:
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    return str(path)


@pytest.mark.parametrize("option", ["-o", "--report"])
def test_a_null_device_stays_a_device(article, tmp_path, option, capsys):
    null = _device(tmp_path / "null", 3)
    args = ["-o", null] if option == "-o" else ["--report", f"json={null}"]
    assert main(["check", article, "--format", "json", *args]) == 0
    assert stat.S_ISCHR(os.stat(null).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "null"]  # no temporary file left


@pytest.mark.parametrize("option", ["-o", "--report"])
def test_a_full_device_is_exit_2_with_a_message(article, tmp_path, option, capsys):
    full = _device(tmp_path / "full", 7)
    args = ["-o", full] if option == "-o" else ["--report", f"json={full}"]
    assert main(["check", article, "--format", "json", *args]) == 2
    err = capsys.readouterr().err
    assert err == f"provcheck: cannot write {full}: No space left on device\n"
    assert stat.S_ISCHR(os.stat(full).st_mode)


def test_a_fifo_reader_gets_the_report(article, tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    try:
        assert main(["check", article, "--format", "json", "-o", str(fifo)]) == 0
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    finally:
        if reader.is_alive() and stat.S_ISFIFO(os.stat(fifo).st_mode):
            reader.join(5)
        if reader.is_alive():  # the report never came: unblock the reader
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            reader.join(5)
    assert got and b'"articles": 1' in got[0]


def test_a_symlink_is_followed_not_replaced(article, tmp_path, capsys):
    (tmp_path / "reports").mkdir()
    target = tmp_path / "reports" / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    assert main(["check", article, "--format", "json", "-o", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8").startswith("{")
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == ["real.json"]


def test_a_regular_file_is_replaced_atomically_keeping_its_mode(article, tmp_path, capsys):
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    assert main(["check", article, "--format", "json", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("{")
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "out.json"]


@pytest.mark.parametrize("option", ["-o", "--report"])
def test_a_read_only_file_is_refused_before_the_run(article, tmp_path, option, capsys, no_run):
    out = tmp_path / "locked.json"
    out.write_text("keep me", encoding="utf-8")
    out.chmod(0o444)  # root could write it anyway: the mode bits decide
    args = ["-o", str(out)] if option == "-o" else ["--report", f"json={out}"]
    assert main(["check", article, *args]) == 2
    name = f"--output {out}" if option == "-o" else f"--report json={out}"
    assert capsys.readouterr().err == f"provcheck: {name}: the file is read-only; not overwriting it\n"
    assert out.read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("option", ["-o", "--report"])
def test_a_missing_folder_is_refused_before_the_run(article, tmp_path, option, capsys, no_run):
    out = tmp_path / "nowhere" / "r.json"
    args = ["-o", str(out)] if option == "-o" else ["--report", f"sarif={out}"]
    assert main(["check", article, *args]) == 2
    name = f"--output {out}" if option == "-o" else f"--report sarif={out}"
    assert capsys.readouterr().err == (f"provcheck: {name}: the folder {tmp_path / 'nowhere'} "
                                       "does not exist\n")


def test_a_folder_as_output_is_refused(article, tmp_path, capsys, no_run):
    assert main(["check", article, "-o", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"provcheck: --output {tmp_path}: is a folder, not a file\n"


def test_baseline_output_is_checked_too(article, tmp_path, capsys, no_run):
    out = tmp_path / "missing" / "baseline.json"
    assert main(["baseline", article, "-o", str(out)]) == 2
    assert "the folder" in capsys.readouterr().err
