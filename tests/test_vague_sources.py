"""NL603: vague sources, without flagging ordinary attribution to officials."""

from __future__ import annotations


def test_bare_officials_said_is_wire_style_but_quantified_is_vague(corpus, run_json):
    root = corpus({
        "a.md": "---\ntitle: Quake\ndate: 2025-03-10\n---\n"
                "At least 41 people were killed, officials said on Tuesday.\n\n"
                "Some officials said the toll could rise further.\n\n"
                "Analysts warn that rebuilding will take years.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL603")
    assert [(d["line"], d["message"].split('"')[1]) for d in diagnostics] == [
        (7, "Some officials"),
        (9, "Analysts warn"),
    ]
