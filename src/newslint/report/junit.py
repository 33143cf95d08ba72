"""JUnit XML, as CI servers (GitLab, Jenkins, Azure) display test reports.

One test case per article; each finding is a failure of its article's case.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import TextIO

from newslint.diagnostics import Diagnostic
from newslint.engine.result import RunResult


def write_junit(result: RunResult, stream: TextIO) -> None:
    by_path: dict[str, list[Diagnostic]] = defaultdict(list)
    for d in result.diagnostics:
        by_path[d.path].append(d)
    paths = sorted(set(by_path) | set(result.article_paths))
    failures = sum(1 for p in paths if by_path.get(p))
    suites = ET.Element("testsuites", name="newslint", tests=str(len(paths)),
                        failures=str(failures), errors="0")
    suite = ET.SubElement(suites, "testsuite", name="newslint", tests=str(len(paths)),
                          failures=str(failures), errors="0", skipped="0")
    for path in paths:
        case = ET.SubElement(suite, "testcase", classname="newslint", name=path, file=path)
        found = by_path.get(path, [])
        if not found:
            continue
        lines = []
        for d in found:
            lines.append(f"{d.location.line}:{d.location.col}: {d.code} [{d.severity.label}] "
                         f"{d.message}")
            lines.extend(f"  --> {r.path}:{r.line}:{r.col}: {r.message}" for r in d.related)
        failure = ET.SubElement(case, "failure", type=found[0].code,
                                message=f"{len(found)} finding{'s' if len(found) != 1 else ''}")
        failure.text = "\n".join(lines)
    ET.indent(suites)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(suites, encoding="unicode"))
    stream.write("\n")
