"""The names a clause lists after a colon are its own (facts/clause_lists.py): "Trump met on
Wednesday with Lieberman and three other candidates: current acting FBI Director Andrew
McCabe; Frank Keating, ...; and Richard McFeely" met McCabe, Keating and McFeely."""

from __future__ import annotations

from newslint.facts.clause_lists import listed_spans
from newslint.facts.event_key import event_key
from realcopy import article_copy, edit_line, paragraph

LIEBERMAN = "2017-donald-trump-considers-joe-lieberman-for-fbi-dir"


def _names(sentence: str, date: str) -> set[str]:
    start = sentence.index(date)
    key = event_key(sentence, 0, len(sentence), start, start + len(date))
    assert key is not None
    return set(key.names)


def test_the_people_listed_after_a_colon_are_the_clause_s_on_real_copy():
    text = paragraph(LIEBERMAN, "hpo.md", 14)
    assert "three other candidates: current acting FBI Director Andrew McCabe;" in text
    names = _names(text, "Wednesday")
    assert {"lieberman", "mccabe", "keating", "mcfeely"} <= names
    # what follows an item's comma describes it: not who was met
    assert not {"justice", "department", "oklahoma"} & names


def test_a_quotation_or_a_sentence_after_a_colon_is_no_list():
    quoted = "Mary Cheney wrote on Friday: “For the record, I love my sister; she is wrong.”"
    assert listed_spans(quoted, quoted.index(":"), len(quoted)) == []
    assert "mary" in _names(quoted, "Friday")
    plain = "The House met on Tuesday: Speaker Paul Ryan spoke first, and the vote followed."
    assert listed_spans(plain, plain.index(":"), len(plain)) == []
    assert "ryan" not in _names(plain, "Tuesday")


def test_a_meeting_with_the_listed_candidates_on_another_day_is_flagged_on_real_copy(
        tmp_path, run_json):
    """HuffPost's list of the candidates Trump met and Fox's "Trump also met Wednesday with
    current acting FBI Director Andrew McCabe, former Oklahoma Gov. Frank Keating and FBI
    official Richard McFeely" share the people met: HuffPost moved to Thursday is flagged."""
    folder = article_copy(tmp_path, LIEBERMAN, ["fox.md", "hpo.md"])
    _, before = run_json(str(folder), "--select", "NL502")
    assert not [d for d in before if d["path"].endswith("hpo.md") and d["line"] == 14]
    edit_line(folder, "hpo.md", 14, "Trump met on Wednesday", "Trump met on Thursday")
    _, after = run_json(str(folder), "--select", "NL502")
    (found,) = [d for d in after if d["path"].endswith("hpo.md") and d["line"] == 14]
    assert any(r["path"].endswith("fox.md") and r["line"] == 16 for r in found["related"])
