"""YAML house-rule packs: existence and substitution rules, validation, pattern time limits."""

from __future__ import annotations

from newslint.rules.pack import pack_rules


def write_pack(tmp_path, body: str):
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "house.yaml").write_text(body)
    return folder


def test_builtin_tk_and_malapropism(corpus, run_json):
    root = corpus({"a.txt": "Revenue rose TK percent, irregardless of what analysts could of "
                            "said. Tk is not a mark; TKTK is.\n"})
    _, diagnostics = run_json(root, "--select", "NL21")
    assert [(d["code"], d["col"], d["message"]) for d in diagnostics] == [
        ("NL210", 14, "'TK' marks material still to come; fill it in before publishing"),
        ("NL211", 26, "use 'regardless' instead of 'irregardless'"),
        ("NL211", 56, "use 'could have' instead of 'could of'"),
        ("NL210", 89, "'TKTK' marks material still to come; fill it in before publishing"),
    ]


def test_user_pack_adds_rules(tmp_path, corpus, run_cli, run_json):
    folder = write_pack(tmp_path, """
rules:
  - code: HS001
    name: house-nvidia
    kind: substitution
    level: info
    ignorecase: false
    message: "house style is '%s', not '%s'"
    swap: {NVIDIA: Nvidia}
  - code: HS002
    name: no-slams
    kind: existence
    patterns: ['slam(?:s|med)?']
    message: "'%s' is headline-speak"
""")
    root = corpus({"a.txt": "NVIDIA shares fell as critics slammed the plan. Nvidia said.\n"})
    _, diagnostics = run_json(root, "--rule-pack", folder, "--select", "HS")
    assert [(d["code"], d["severity"], d["message"]) for d in diagnostics] == [
        ("HS001", "info", "house style is 'Nvidia', not 'NVIDIA'"),
        ("HS002", "warning", "'slammed' is headline-speak"),
    ]
    _, out, _ = run_cli("rules", "--rule-pack", folder)
    assert "HS001  house-nvidia" in out


def test_bad_pack_is_a_usage_error_naming_the_file(tmp_path, corpus, run_cli):
    folder = write_pack(tmp_path, "rules:\n  - code: HS001\n    name: x-y\n    kind: existence\n"
                                  "    patterns: ['(unclosed']\n")
    code, _, err = run_cli(corpus({"a.txt": "x"}), "--rule-pack", folder)
    assert code == 2 and "house.yaml" in err and "bad pattern" in err
    # the position is counted in the pattern as written, not in newslint's wrapped form
    assert "'(unclosed': missing ) at position 9" in err


def test_unknown_key_and_duplicate_code(tmp_path, corpus, run_cli):
    folder = write_pack(tmp_path, "rules:\n  - code: NL101\n    name: clash\n    kind: existence\n"
                                  "    tokens: [x]\n")
    code, _, err = run_cli(corpus({"a.txt": "x"}), "--rule-pack", folder)
    assert code == 2 and "NL101" in err
    other = tmp_path / "other"
    other.mkdir()
    (other / "p.yaml").write_text("rules:\n  - code: HS9\n    name: a-b\n    kind: existence\n"
                                  "    tokens: [x]\n    colour: red\n")
    code, _, err = run_cli(corpus({"a.txt": "x"}), "--rule-pack", other)
    assert code == 2 and "colour" in err


def test_unsafe_yaml_tags_are_refused(tmp_path, corpus, run_cli):
    folder = write_pack(tmp_path, "rules: !!python/object/apply:os.system ['echo pwned']\n")
    code, _, err = run_cli(corpus({"a.txt": "x"}), "--rule-pack", folder)
    assert code == 2 and "invalid YAML" in err


def test_pattern_time_limit(tmp_path, corpus, run_json, monkeypatch):
    import newslint.rules.pack as pack

    folder = write_pack(tmp_path, """
rules:
  - code: HS003
    name: slow
    kind: existence
    patterns: ['(?:x+x+)+y']
""")
    monkeypatch.setattr(pack, "PATTERN_TIMEOUT_SECONDS", 0.05)
    pack_rules.cache_clear()
    root = corpus({"a.txt": "x" * 5000 + "\n", "b.txt": "The index rose 2 p.c. on Friday.\n"})
    _, diagnostics = run_json(root, "--rule-pack", folder, "--jobs", "1")
    codes = {(d["path"].rsplit("/", 1)[-1], d["code"]) for d in diagnostics}
    assert ("a.txt", "NL008") in codes
    assert ("b.txt", "NL201") in codes  # the rest of the corpus is still checked


def test_literal_rules_match_in_any_case_and_script(tmp_path, corpus, run_json):
    # Literal rules skip articles without their words; the skip must not lose a match that
    # only case-folding finds ("ſ" is an "s" under IGNORECASE) or one in another script.
    folder = write_pack(tmp_path, """
rules:
  - code: HS010
    name: no-cafe-talk
    kind: existence
    tokens: [café society, stale news]
  - code: HS011
    name: one-word
    kind: substitution
    swap: {"per cent": percent}
""")
    root = corpus({"a.txt": "CAFÉ SOCIETY met. The ſtale news spread. Prices rose 3 PER  CENT.\n",
                   "b.txt": "Nothing here.\n"})
    _, diagnostics = run_json(root, "--rule-pack", folder, "--select", "HS")
    assert [(d["path"].rsplit("/", 1)[-1], d["code"], d["col"]) for d in diagnostics] == [
        ("a.txt", "HS010", 1), ("a.txt", "HS010", 23), ("a.txt", "HS011", 56)]


def test_an_upper_case_literal_matches_a_dotless_i(tmp_path, corpus, run_json):
    # Under IGNORECASE an upper-case "I" also matches "ı", which lower-cases to itself: the
    # skip for articles without the rule's words must still let this one through.
    folder = write_pack(tmp_path, """
rules:
  - code: HS020
    name: acronym
    kind: existence
    tokens: [IMF]
""")
    root = corpus({"a.txt": "The ıMF said so on Monday.\n"})
    _, diagnostics = run_json(root, "--rule-pack", folder, "--select", "HS")
    assert [(d["code"], d["col"]) for d in diagnostics] == [("HS020", 5)]


def test_a_match_across_lines_is_shown_on_one_line(tmp_path, corpus, run_json):
    # A pattern may match across a line break or a whole paragraph: the finding stays one
    # line of the report, the match cut to a readable length.
    folder = write_pack(tmp_path, """
rules:
  - code: HS003
    name: long-run
    kind: existence
    message: "run-on: '%s'"
    patterns: ['which\\s+\\w+\\s+\\w+', 'because[^.]+']
""")
    root = corpus({"a.txt": "The board, which\nmet Tuesday, agreed. It failed because "
                            + "the vote " * 30 + "was lost.\n"})
    _, found = run_json(root, "--rule-pack", str(folder), "--select", "HS003")
    messages = [d["message"] for d in found]
    assert "run-on: 'which met Tuesday'" in messages
    assert all("\n" not in m for m in messages)
    long = next(m for m in messages if "because" in m)
    assert long.endswith("…'") and len(long) < 100


def test_rule_and_rules_read_the_projects_packs(tmp_path, run_cli, monkeypatch):
    # `newslint rule CODE` explains a rule of a pack the project configures, as a run uses it.
    write_pack(tmp_path, """
rules:
  - code: HS004
    name: our-percent
    kind: substitution
    description: Our style writes "percent" in full.
    swap: {"per cent": percent}
""")
    (tmp_path / "newslint.yaml").write_text("rule-packs: [pack]\n")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli("rule", "HS004")
    assert code == 0 and out.startswith("# HS004 our-percent")
    code, out, _ = run_cli("rules")
    assert any(line.startswith("HS004  our-percent") for line in out.splitlines())
    monkeypatch.chdir(tmp_path / "pack")  # below the project: the same configuration
    assert run_cli("rule", "HS004")[0] == 0
