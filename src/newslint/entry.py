"""The `newslint` command. `newslint --version` is answered before the linter's modules are
imported: a version check (editors, pre-commit, CI) should not pay the start-up of a run."""

from __future__ import annotations

import gc
import sys

from newslint import __version__


def main() -> int:
    if sys.argv[1:] == ["--version"]:
        print(f"newslint {__version__}")
        return 0
    # One short process: at its default pace the cyclic collector scans the imported
    # modules and every cached result again and again (about a tenth of a re-check's CPU
    # at 10,000 articles); it runs at the pace worker processes use (engine/workers.py).
    gc.set_threshold(50_000, 20, 100)
    # Before the linter's modules compile their patterns at import: most are then made
    # from opcodes kept by an earlier run (compiled.py).
    from newslint import compiled, frequencies

    compiled.install()
    try:
        # Deferred: the whole linter (its rule data, pint, dateparser) is not needed to
        # print a version.
        from newslint.cli import main as check

        return check()
    finally:
        compiled.save()
        frequencies.save()
