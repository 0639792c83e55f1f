"""The Dask executor: a real LocalCluster on loopback, two worker processes, the
same JSON report byte for byte as a local run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_scale import corpus  # noqa: F401  (the fixture)
from validator.cli import main

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, silence_logs=40) as local:
        yield local


def test_a_dask_run_reports_what_a_local_run_does(corpus: Path, tmp_path: Path, cluster) -> None:  # noqa: F811
    local, remote = tmp_path / "local.json", tmp_path / "dask.json"
    code = main(["check", str(corpus), "--format", "json", "-o", str(local), "--jobs", "1", "-q"])
    assert main(["check", str(corpus), "--format", "json", "-o", str(remote), "-q", "--executor", "dask",
                 "--scheduler", cluster.scheduler_address]) == code == 1
    assert remote.read_bytes() == local.read_bytes()
    assert len(cluster.scheduler_info["workers"]) == 2
    assert cluster.scheduler.task_prefixes["work"].all_durations["compute"] > 0  # the workers did the checking


def test_dask_needs_a_scheduler(corpus: Path, capsys) -> None:  # noqa: F811
    assert main(["check", str(corpus), "--executor", "dask", "-q"]) == 2
    assert "--scheduler" in capsys.readouterr().err
