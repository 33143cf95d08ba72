"""The `newslint` command. `newslint --version` is answered before the linter's modules are
imported: a version check (editors, pre-commit, CI) should not pay the start-up of a run."""

from __future__ import annotations

import sys


def main() -> int:
    if sys.argv[1:] == ["--version"]:
        from newslint import __version__

        print(f"newslint {__version__}")
        return 0
    from newslint.cli import main as check

    return check()
