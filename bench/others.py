"""Other prose linters, run on the same files with the same number of processes as newslint.

proselint (PyPI) and write-good and alex (npm) are installed into the benchmark's work
folder on first use. Each tool gets the files split into as many shares as newslint gets
worker processes, one process per share, all started at once; the wall time runs until the
last one ends (these tools have no --jobs of their own).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

NPM_TOOLS = ("write-good", "alex")

# Started inside the timing wrapper: the shares at once, exit when the last one ends.
_SHARDS = """
import json, subprocess, sys
commands = json.loads(sys.argv[1])
running = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
           for c in commands]
sys.exit(max(p.wait() for p in running))
"""


def commands(workdir: Path) -> dict[str, list[str]]:
    """{tool: command prefix} for every tool that could be installed."""
    found: dict[str, list[str]] = {}
    proselint = shutil.which("proselint")
    if proselint is None:
        venv = workdir / "proselint-venv"
        binary = venv / "bin" / "proselint"
        if not binary.exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "proselint"],
                           check=True)
        proselint = str(binary)
    found["proselint"] = [proselint, "check", "-o", "compact"]
    npm = workdir / "npm"
    missing = [t for t in NPM_TOOLS if not (npm / "node_modules" / ".bin" / t).exists()]
    if missing and shutil.which("npm"):
        npm.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", *missing],
                       cwd=npm, check=False, capture_output=True)
    for tool in NPM_TOOLS:
        binary = npm / "node_modules" / ".bin" / tool
        if binary.exists():
            found[tool] = [str(binary)]
    return found


def sharded(prefix: list[str], files: list[Path], jobs: int) -> list[str]:
    """A command that runs `prefix` on `jobs` shares of the files at once."""
    shares = [files[n::jobs] for n in range(jobs)]
    batch = [[*prefix, *map(str, share)] for share in shares if share]
    return [sys.executable, "-c", _SHARDS, json.dumps(batch)]
