"""Precision on injected copies: each finding there is at the plant, as on the untouched
event, or new; plant findings count as true and the others take their judgements."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "quality"))

import injected_precision  # noqa: E402
import judge  # noqa: E402
from score import Finding, Loc  # noqa: E402

EVENT = "2019-some-event"
COPY = f"{EVENT}~role"
MANIFEST = {"injections": [{
    "event": EVENT, "kind": "role", "file": "fox.md", "dir": f"s1/{COPY}",
    "spans": [{"file": "fox.md", "line": 5, "col": 10, "end_col": 20, "sha": "x"},
              {"file": "nyt.md", "line": 7, "col": 3, "end_col": 13, "sha": "y"}]}]}


def _finding(code: str, file: str, line: int, col: int, message: str, *, copy: bool = True,
             related: tuple[Loc, ...] = ()) -> Finding:
    folder, root = (COPY, "s1") if copy else (EVENT, "basil")
    return Finding(code, "warning", message, Loc(folder, file, line, col, col + 5, root),
                   related)


def test_findings_are_at_the_plant_unchanged_or_new_and_take_their_judgements() -> None:
    at_plant = _finding("NL601", "fox.md", 5, 12, "X is president here but Y is",
                        related=(Loc(COPY, "nyt.md", 7, 4, None, "s1"),))
    unchanged = _finding("NL603", "hpo.md", 3, 1, "a vague source")
    new_true = _finding("NL601", "hpo.md", 9, 2, "Z is chair here")
    new_unjudged = _finding("NL601", "nyt.md", 2, 2, "W is chair here")
    natural = [_finding("NL603", "hpo.md", 3, 1, "a vague source", copy=False),
               _finding("NL603", "hpo.md", 4, 1, "another vague source", copy=False)]
    classified = injected_precision.classify(
        MANIFEST, [at_plant, unchanged, new_true, new_unjudged], natural)
    assert [c for _, c, _ in classified] == ["plant", "unchanged", "new", "new"]
    assert classified[1][2] == natural[0]

    judged = {judge.key(natural[0]): {"verdict": False},
              injected_precision.key(new_true): {"verdict": True}}
    p = injected_precision.precision(classified, judged)
    assert p["NL601"]["findings"] == 3 and p["NL601"]["judged"] == 2
    assert p["NL601"]["unjudged_new"] == 1 and p["NL601"]["precision"] == 1.0
    assert p["NL603"]["precision"] == 0.0
    assert injected_precision.todo(classified, judged) == [new_unjudged]
    assert injected_precision.key(new_true).startswith(f"NL601 s1/{COPY}/hpo.md:9:2 ")


def test_a_finding_of_another_family_at_the_plant_is_not_true_by_construction() -> None:
    name_finding = _finding("NL101", "fox.md", 5, 12, "looks like a misspelling",
                            related=(Loc(COPY, "nyt.md", 7, 4, None, "s1"),))
    [(_, cls, _)] = injected_precision.classify(MANIFEST, [name_finding], [])
    assert cls == "new"


def test_the_findings_to_judge_carry_their_passages_from_the_injected_copy(tmp_path) -> None:
    import yaml

    copy = tmp_path / "s1" / COPY
    copy.mkdir(parents=True)
    (copy / "hpo.md").write_text("# Title\n\nThe chair, Z, spoke.\n", encoding="utf-8")
    (copy / "nyt.md").write_text("Y chairs it.\n", encoding="utf-8")
    f = _finding("NL601", "hpo.md", 3, 5, "Z is chair here",
                 related=(Loc(COPY, "nyt.md", 1, 1, None, "s1"),))
    out = tmp_path / "todo.yaml"
    assert injected_precision.write_todo(out, [f], tmp_path) == 1
    [entry] = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert entry["key"] == injected_precision.key(f) and entry["verdict"] is None
    assert entry["passage"] == "The chair, Z, spoke."
    assert entry["related"] == ["nyt.md:1:1: Y chairs it."]
