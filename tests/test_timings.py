"""`--timings`: wall and CPU seconds per stage, CPU counted per process and summed over
workers, read back by the benchmark (newslint.timing.parse_timings)."""

from __future__ import annotations

import subprocess
import sys
import time

from hypothesis import given
from hypothesis import strategies as st

from newslint.timing import Timings, format_timings, parse_timings
from realcopy import article_copy

# Stages that run per file, inside "files (wall)" when the files are checked in-process.
_PER_FILE = ("load", "article rules")


def test_a_waiting_stage_uses_no_cpu_a_working_one_does():
    timings = Timings()
    with timings.stage("waiting"):
        time.sleep(0.05)
    with timings.stage("working"):
        sum(i * i for i in range(200_000))
    assert timings.seconds["waiting"] >= 0.05
    assert timings.cpu["waiting"] < timings.seconds["waiting"] / 2
    assert timings.cpu["working"] > 0
    timings.add({"working": (1.0, 0.5)})  # a worker's figures are summed in
    assert timings.both()["working"][1] > 0.5


@given(st.dictionaries(st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1,
                                max_size=20).map(lambda s: f"corpus rule {s}"),
                       st.tuples(st.floats(0, 1e4), st.floats(0, 1e4)), max_size=8))
def test_the_table_reads_back(stages):
    read = parse_timings(format_timings(stages, 3.0, 2.0))
    assert read.pop("wall time") == (3.0, 2.0)
    assert read.keys() == stages.keys()
    for name, (wall, cpu) in stages.items():
        assert abs(read[name][0] - wall) <= 0.0005 and abs(read[name][1] - cpu) <= 0.0005


def test_a_real_run_records_cpu_per_stage_and_it_adds_up(tmp_path):
    folder = article_copy(tmp_path, "2012-biden-and-ryan-debate")
    done = subprocess.run([sys.executable, "-m", "newslint", str(folder), "--no-cache",
                           "--timings", "--jobs", "1", "--exit-zero"],
                          capture_output=True, text=True, cwd=tmp_path, check=True)
    stages = parse_timings(done.stderr)
    run_wall, run_cpu = stages.pop("wall time")
    assert {"discover", "files (wall)", "load", "extract quotes", "report"} <= stages.keys()
    assert any(name.startswith("corpus rule") for name in stages)
    tolerance = 0.02  # the table's rounding, summed over a few stages
    for wall, cpu in stages.values():
        assert 0 <= cpu <= wall + tolerance  # one process, one thread: no more CPU than time
    per_file = sum(cpu for name, (_, cpu) in stages.items()
                   if name in _PER_FILE or name.startswith("extract "))
    # Ran inside "files (wall)": in its wall figure, not in its CPU figure, which is only
    # what that stage spent outside them.
    assert 0 < per_file <= stages["files (wall)"][0] + tolerance
    assert stages["files (wall)"][1] < per_file
    # Each CPU second is in one stage at most: the column adds up to no more than the run.
    assert sum(cpu for _, cpu in stages.values()) <= run_cpu + tolerance
    assert run_cpu <= run_wall + tolerance


def test_a_nested_stage_is_left_out_of_the_cpu_of_the_one_around_it():
    outer, inner = Timings(), Timings()  # as a file's stages inside the run's
    with outer.stage("outer"), inner.stage("inner"):
        sum(i * i for i in range(300_000))
    assert inner.cpu["inner"] > 0
    assert outer.cpu["outer"] < inner.cpu["inner"]
    assert outer.seconds["outer"] >= inner.seconds["inner"]  # wall: the whole stage
    between = Timings()
    with between.stage("between", between=True), inner.stage("inner"):
        time.sleep(0.05)
    assert between.seconds["between"] < 0.05 <= inner.seconds["inner"]


def test_worker_processes_record_packing_and_the_main_one_unpacking(tmp_path, monkeypatch):
    """Results cross from the workers in stages of their own, facts and all."""
    from newslint.engine import local
    from newslint.engine.pipeline import run
    from newslint.settings import Settings

    folder = article_copy(tmp_path, "2012-biden-and-ryan-debate")
    monkeypatch.setattr(local, "MIN_ARTICLES_PER_WORKER", 1)  # workers even for 3 articles
    result = run([folder], Settings(jobs=2, cache=False))
    assert {"pack", "unpack", "load", "extract", "story signature"} <= result.timings.keys()
    # Wall time always advances; CPU time may not, where the kernel charges a process's
    # CPU by the clock tick and a small article packs within one.
    assert result.timings["pack"][0] > 0 and result.timings["unpack"][0] > 0
