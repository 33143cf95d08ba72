"""Compiled patterns kept between runs, as Python keeps compiled modules in __pycache__.

Most of a short run's start-up went to compiling the extractors' patterns: several hundred,
some of thousands of characters, each parsed in Python by `regex` or `re` before their C
engines get its opcodes. The opcodes depend only on the pattern, its flags and the versions
of Python and the library, so they are recorded once (in the user's cache folder, one file
per version set) and handed straight to the C engine in later runs.

This leans on the libraries' internals (`regex._main._compile`, `re._compile` and the C
`compile` they call), checked when installed: anything unexpected (internals that moved, a
damaged or foreign file, a pattern with named lists or a locale) is compiled as usual. A
pattern is the same object either way; nothing a run finds depends on this module.
"""

from __future__ import annotations

import inspect
import marshal
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

try:  # internals of the libraries, checked in _hooks()
    import re._compiler as re_compiler

    import regex
    import regex._main as regex_main
except ImportError:  # moved: every pattern is compiled as usual
    regex = regex_main = re_compiler = None

from newslint import usercache

# (library, pattern, flags) → the arguments of the library's C compile
Entries = dict[tuple[str, str, int], tuple[Any, ...]]

_FORMAT = 1
# Bounds for a program that builds patterns from its input (a name, a phrase): the file
# keeps the patterns of one version of newslint (about 600), not every name ever checked.
_MAX_KEPT = 5_000
_MAX_MEMO = 2_000
_lock = threading.Lock()
_stored: Entries = {}  # read from the file
_new: Entries = {}  # compiled in this process, not in the file
_memo: dict[tuple[str, str, int], Any] = {}  # every pattern compiled through the hooks
served = 0  # how many were made from stored opcodes
_installed: Path | None = None


def cache_file() -> Path | None:
    """The file for this Python and these library versions (usercache.py)."""
    if regex is None:
        return None
    return usercache.path_for("patterns", f"{sys.version}|{regex.__version__}|"
                              f"{regex.DEFAULT_VERSION}|{_FORMAT}")


def install(path: Path | None = None) -> bool:
    """Serve compiles from the file at `path` (default: cache_file()) and record new ones.
    Returns whether the hooks are in place; once per process."""
    global _installed
    path = path or cache_file()
    if path is None or _installed is not None:
        return False
    hooks = _hooks()
    if hooks is None:
        return False
    _stored.update(read(path))
    for apply in hooks:
        apply()
    _installed = path
    return True


def save() -> None:
    """Write what this process compiled that the file lacked (merged with the file as it
    is now: another run may have added to it). Never raises."""
    if _installed is None or not _new:
        return
    with _lock:
        entries = {**read(_installed), **_new}
        if len(entries) > _MAX_KEPT:  # start again from what this process used
            entries = {k: _stored[k] for k in _memo if k in _stored}
        _new.clear()
    usercache.write(_installed, _FORMAT, list(entries.items()))


def read(path: Path) -> Entries:
    """The entries of a file; nothing when it is missing, damaged or of another format."""
    try:
        return {(kind, pattern, flags): tuple(args)
                for (kind, pattern, flags), args in usercache.read(path, _FORMAT) or ()
                if kind in ("regex", "re") and type(pattern) is str and type(flags) is int}
    except (ValueError, TypeError):
        return {}


class _Recorder:
    """Stands in for a C module: its `compile` is noted (per thread), the rest delegated."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.calls = threading.local()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def compile(self, *args: Any) -> Any:
        self.calls.last = args
        return self.real.compile(*args)


def _serve(kind: str, real_c: Any, recorder: _Recorder, key: tuple[str, str, int],
           compile_: Callable[[], Any], cacheable: Callable[[], bool]) -> Any:
    """The pattern for `key`: made from stored opcodes, or compiled and its opcodes noted."""
    global served
    found = _memo.get(key)
    if found is not None:
        return found
    args = _stored.get(key)
    if args is not None:
        try:
            made = real_c.compile(*args)
        except Exception:  # opcodes this engine refuses: compile as usual
            _stored.pop(key, None)
        else:
            if len(_memo) >= _MAX_MEMO:
                _memo.clear()
            _memo[key] = made
            served += 1
            return made
    recorder.calls.last = None
    made = compile_()
    if len(_memo) >= _MAX_MEMO:
        _memo.clear()  # the patterns live on with their users; only this index goes
    _memo[key] = made
    noted = recorder.calls.last
    if noted is not None and noted[0] == key[1] and len(_new) < _MAX_KEPT and cacheable():
        noted = tuple(_plain(a) for a in noted)
        try:
            marshal.dumps(noted)
        except ValueError:
            return made
        with _lock:
            _new[key] = noted
            _stored[key] = noted
    return made


def _plain(value: Any) -> Any:
    """Flags and opcodes come as int subclasses (enum members, named constants): plain
    ints to the C engine and to marshal alike."""
    if isinstance(value, int) and type(value) is not int and type(value) is not bool:
        return int(value)
    if type(value) is list:
        return [_plain(v) for v in value]
    return value


def _hooks() -> list[Callable[[], None]] | None:
    """Functions that put the hooks in place, or None when the internals are not as
    expected."""
    try:
        regex_c, sre = regex_main._regex, re_compiler._sre
        regex_compile, re_compile = regex_main._compile, re._compile
        locale_sensitive = regex_main._locale_sensitive
        if not (callable(regex_c.compile) and callable(sre.compile)
                and isinstance(locale_sensitive, dict)
                and list(inspect.signature(regex_compile).parameters)
                == ["pattern", "flags", "ignore_unused", "kwargs", "cache_it"]
                and list(inspect.signature(re_compile).parameters) == ["pattern", "flags"]):
            return None
    except (AttributeError, TypeError, ValueError):  # moved, or the imports above failed
        return None
    regex_recorder, re_recorder = _Recorder(regex_c), _Recorder(sre)
    debug = int(regex.DEBUG) | int(re.DEBUG)
    version = regex.DEFAULT_VERSION  # the file's (cache_file); a change would alter opcodes

    def regex_hook(pattern: Any, flags: Any, ignore_unused: Any, kwargs: Any,
                   cache_it: Any) -> Any:
        if (type(pattern) is not str or kwargs or not cache_it or not isinstance(flags, int)
                or int(flags) & debug or version != regex.DEFAULT_VERSION):
            return regex_compile(pattern, flags, ignore_unused, kwargs, cache_it)
        return _serve("regex", regex_c, regex_recorder, ("regex", pattern, int(flags)),
                      lambda: regex_compile(pattern, flags, ignore_unused, kwargs, cache_it),
                      lambda: locale_sensitive.get((str, pattern)) is False)

    def re_hook(pattern: Any, flags: Any) -> Any:
        if type(pattern) is not str or not isinstance(flags, int) or int(flags) & debug:
            return re_compile(pattern, flags)
        return _serve("re", sre, re_recorder, ("re", pattern, int(flags)),
                      lambda: re_compile(pattern, flags), lambda: True)

    def apply_regex() -> None:
        regex_main._regex = regex_recorder
        regex_main._compile = regex_hook

    def apply_re() -> None:
        re_compiler._sre = re_recorder
        re._compile = re_hook

    return [apply_regex, apply_re]
