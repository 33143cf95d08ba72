"""NL302 on discrepancies of real dev copy it used to miss: words moved inside a quote, and
a change in the second sentence of a passage whose first sentence is changed too (the one
finding of the passage names the other article's changed sentence). Each with the
look-alike that must stay as it was: a quote given the same way, a sentence of the flagged
article that only looks changed.
"""

from __future__ import annotations

from quote_findings import nl302, wire_pair
from realcopy import article_copy, edit_line, paragraph


def _covers(finding: dict, file: str, line: int, col: int) -> bool:
    """The finding's span, or one of its related quotes, takes in (file, line, col)."""
    if finding["path"].endswith("/" + file) and finding["line"] == line and (
            finding["col"] <= col < finding["end_col"]):
        return True
    return any(r["path"].endswith("/" + file) and r["line"] == line and r["col"] <= col
               for r in finding["related"])


def test_a_word_moved_inside_a_quote_is_an_info_finding(corpus, run_json) -> None:
    said = ('Ann Ford said: "No mayor would be a tougher negotiator for the city {} the '
            'unions or the state than I would be."')
    root = wire_pair(corpus, said.format("with either"), said.format("either with"))
    (finding,) = nl302(run_json, root)
    assert finding["severity"] == "info" and '"either"' in finding["message"]
    # the same words in the same order: nothing
    root = wire_pair(corpus, said.format("with either"), said.format("with either"))
    assert nl302(run_json, root) == []


def test_real_dev_negotiator_line_with_either_moved(tmp_path, run_json) -> None:
    event = "2015-questions-raised-about-clinton-s-stance-on-the-t"
    assert "either with our trading" in paragraph(event, "hpo.md", 26)
    root = article_copy(tmp_path, event)
    found = [d for d in nl302(run_json, root) if d["line"] in (26, 32)
             and "either" in d["message"]]
    assert found and found[0]["severity"] == "info" and "\"either\" moved" in found[0]["message"]
    # once the two outlets give the same order, the line is not flagged
    edit_line(root, "hpo.md", 26, "workers, either with our", "workers with either our")
    assert not [d for d in nl302(run_json, root) if "either" in d["message"]]


def test_real_dev_second_sentence_change_is_shown_in_the_passage_finding(tmp_path, run_json
                                                                        ) -> None:
    # Fox's apology quote adds "just" in its second sentence; HuffPost gives that sentence
    # as a quote of its own: the passage's one finding names HuffPost's second quote too.
    event = "2014-elizabeth-lauten-apologizes-for-criticizing-obam"
    assert "just how hurtful" in paragraph(event, "fox.md", 18)
    root = article_copy(tmp_path, event)
    passage = [d for d in nl302(run_json, root) if d["path"].endswith("/fox.md")
               and d["line"] == 18]
    assert len(passage) == 1
    col = paragraph(event, "hpo.md", 22).index("how hurtful") + 1
    assert _covers(passage[0], "hpo.md", 22, col)
    assert _covers(passage[0], "fox.md", 18, paragraph(event, "fox.md", 18).index("just") + 1)


def _reaches(finding: dict, file: str, line: int, col: int) -> bool:
    """A related place of the finding quotes the text at (file, line, col)."""
    for r in finding["related"]:
        quoted = r["message"].split('"')[1] if r["message"].count('"') >= 2 else ""
        if r["path"].endswith("/" + file) and r["line"] == line and (
                r["col"] <= col < r["col"] + len(quoted)):
            return True
    return False


def test_real_dev_passage_finding_tells_each_sentences_change(tmp_path, run_json) -> None:
    # Vicente Fox's warning: "the President Peña" in its first sentence, "on the part of" /
    # "on part of" in its last; a sentence between that HuffPost breaks in two ("should
    # not happen. He comes") only looks changed. The passage's one finding tells both
    # changes in the order of the passage and covers them; it names HuffPost's changed
    # words, not the sentence that only looks changed, and does not report its "that".
    event = "2016-trump-gets-into-twitter-feud-with-vicente-fox"
    text, theirs = paragraph(event, "fox.md", 16), paragraph(event, "hpo.md", 22)
    root = article_copy(tmp_path, event)
    (finding,) = [d for d in nl302(run_json, root) if d["path"].endswith("/fox.md")
                  and d["line"] == 16]
    message = finding["message"]
    assert message.index("President Peña is") < message.index("on the part of")
    assert '"that"' not in message and "should not happen" not in message
    assert finding["severity"] == "info"  # an article each time: slight changes
    for at in (text.index("President Peña is"), text.index("the part of President")):
        assert _covers(finding, "fox.md", 16, at + 1)
    for at in (theirs.index("the President Peña"), theirs.index("on part of President")):
        assert _reaches(finding, "hpo.md", 22, at + 1)
    assert not _reaches(finding, "hpo.md", 22, theirs.index("should not happen. He") + 1)


def test_real_dev_passage_finding_is_as_severe_as_its_gravest_sentence(tmp_path, run_json
                                                                      ) -> None:
    # Lauten's apology: Fox cuts "reacted to an article and" (a content change) and adds
    # "just" (slight) two sentences on: one warning, telling both, in the passage's order
    event = "2014-elizabeth-lauten-apologizes-for-criticizing-obam"
    root = article_copy(tmp_path, event)
    (finding,) = [d for d in nl302(run_json, root) if d["path"].endswith("/fox.md")
                  and d["line"] == 18]
    assert finding["severity"] == "warning"
    message = finding["message"]
    assert message.index("reacted to an article") < message.index('"just" here only')


def test_a_passage_finding_tells_each_change_in_order(corpus, run_json) -> None:
    # one quote in one article, two in the other: a slight change in the first sentence
    # and a content change in the last are one finding, a warning, telling both in order
    first = ('"We will build {} new bridge over the river by next spring, whatever the '
             'council decides{}')
    last = 'The city cannot wait {} longer for a crossing that works'
    middle = "The council can argue about the money all it likes."
    root = wire_pair(corpus,
                     f'Mayor Ann Ford said on Monday. {first.format("the", ",")}" Ford said. '
                     f'"{middle} {last.format("any")}."',
                     f'Mayor Ann Ford said on Monday. {first.format("a", ".")} {middle} '
                     f'{last.format("much")}," Ford said.')
    (finding,) = nl302(run_json, root)
    assert finding["severity"] == "warning"
    message = finding["message"]
    assert 0 < message.index('"the" here, "a" there') < message.index('"any" here, "much" there')
    text = (root / "a.txt").read_text(encoding="utf-8")
    for word in ("the new bridge", "any longer"):
        assert _covers(finding, "a.txt", 1, text.index(word) + 1)
    # the same words each time: nothing
    root = wire_pair(corpus, f'Mayor Ann Ford said on Monday. {first.format("a", ",")}" Ford said. '
                         f'"{middle} {last.format("much")}."',
                 f'Mayor Ann Ford said on Monday. {first.format("a", ".")} {middle} '
                 f'{last.format("much")}," Ford said.')
    assert nl302(run_json, root) == []
