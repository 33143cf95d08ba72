"""NL401 on figures written in the same words (rules/figure_wording.py): a sentence two
articles restate with another number, whatever its clause head; real paragraphs of basil
(unlabelled events) with one number changed, and written look-alikes that must stay clean."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newslint.facts.context import FUNCTION_WORDS
from newslint.facts.frame import frame_words
from realcopy import article_copy, edit_line


def _links(found: list[dict]) -> list[set[tuple[str, int]]]:
    return [{(Path(d["path"]).name, d["line"]),
             *((Path(r["path"]).name, r["line"]) for r in d["related"])} for d in found]


def test_a_restated_quotation_with_another_count_is_flagged(tmp_path, run_json):
    # Both outlets quote one sentence of the Speaker ("... of our members in tough races");
    # the count is the only clue to its measure: no verb or noun of its clause keys it.
    event = "2012-john-boehner-discusses-chance-gop-will-lose-hous"
    folder = article_copy(tmp_path, event)
    _, before = run_json(str(folder), "--select", "NL401")
    assert not any(("nyt.md", 18) in link for link in _links(before))
    edit_line(folder, "nyt.md", 18, "have 50 of", "have 70 of")
    _, found = run_json(str(folder), "--select", "NL401")
    assert any({("nyt.md", 18), ("hpo.md", 14)} <= link for link in _links(found))


def test_a_quotation_is_compared_across_publication_days(tmp_path, run_json):
    # An advertisement quoted a day apart: a quotation, once said, does not move.
    event = "2012-obama-and-romney-campaigns-argue-on-medicare"
    folder = article_copy(tmp_path, event)
    edit_line(folder, "nyt.md", 16, "$716 billion", "$916 billion")
    _, found = run_json(str(folder), "--select", "NL401")
    assert any({("nyt.md", 16), ("fox.md", 22)} <= link for link in _links(found))


def test_the_nearer_wording_decides_between_two_amounts_of_one_sentence(tmp_path, run_json):
    # "paid $X in federal taxes and $Y in state and local taxes": the federal amount is
    # paired with the other article's federal amount (its words on the same side), not with
    # the state one, which shares the same words on its other side.
    event = "2015-hillary-clinton-releases-tax-returns"
    folder = article_copy(tmp_path, event)
    edit_line(folder, "hpo.md", 12, "$43,885,310", "$63,885,310")
    _, found = run_json(str(folder), "--select", "NL401")
    assert any({("hpo.md", 12), ("nyt.md", 24)} <= link for link in _links(found))


def test_one_word_on_its_side_is_no_restated_sentence(tmp_path, run_json):
    # "trade deals with 11 Pacific Rim nations" and "the 12-nation Pacific trade deal": the
    # partners and the whole pact; they share "Pacific" after the figure, "trade" and
    # "deal" on different sides. A total and its parts, not one measure.
    event = "2015-questions-raised-about-clinton-s-stance-on-the-t"
    _, found = run_json(str(article_copy(tmp_path, event)), "--select", "NL401")
    assert not any(("fox.md", 14) in link for link in _links(found))


def _article(body: str) -> str:
    return f"---\ndate: 2024-05-02\nsource: Wire\n---\n{body}\n"


def test_written_restatement_flagged_and_look_alikes_left_alone(corpus, run_json):
    root = corpus({
        "wire.md": _article(
            "The council said the couple paid $41,250 in county fees over the decade. "
            "Flooding left 50 people killed and 12 missing along the river."),
        "daily.md": _article(
            "Records show the couple paid $61,250 in county fees, the council said. "
            "Officials said 50 people were killed, 53 injured and 12 missing along the "
            "river."),
    })
    _, found = run_json(root, "--select", "NL401")
    assert len(found) == 1
    assert '"$41,250"' in found[0]["message"] and '"$61,250"' in found[0]["message"]


def test_counts_of_two_nouns_in_one_sentence_are_two_measures(corpus, run_json):
    """The committee's release counted e-mails in one report and pages in the other: the
    same words around both numbers, but two things counted."""
    root = corpus({
        "wire.md": _article(
            "The committee released about 300 emails from the State Department on Friday."),
        "daily.md": _article(
            "The committee released roughly 900 pages from the State Department on Friday."),
    })
    assert run_json(root, "--select", "NL401")[1] == []
    (root / "daily.md").write_text(_article(
        "The committee released roughly 900 emails from the State Department on Friday."))
    _, found = run_json(root, "--select", "NL401", "--no-cache")
    assert len(found) == 1 and '"roughly 900"' in found[0]["message"]


@given(st.lists(st.sampled_from(["the", "paid", "Couple", "in", "federal", "taxes", "of",
                                 "years", "Obama", "were", "million", "cut", "and"]),
                min_size=0, max_size=12),
       st.lists(st.sampled_from(["the", "paid", "in", "federal", "taxes", "for", "years",
                                 "members", "were", "tough", "races"]), max_size=12))
def test_frame_words_are_marked_content_words_of_the_sentence(before, after):
    text = " ".join([*before, "$5 million", *after]) + "."
    start = len(" ".join(before)) + (1 if before else 0)
    end = start + len("$5 million")
    frame = frame_words(text, start, end, (0, len(text)))
    assert all(w[0] in "<>" and len(w) > 2 for w in frame)
    assert not {w[1:] for w in frame} & FUNCTION_WORDS
    # The words before it do not depend on what follows the figure.
    assert {w for w in frame if w.startswith("<")} == set(frame_words(text, start, end,
                                                                      (0, end)))


def test_a_rank_is_read_and_compared_by_its_wording(tmp_path, run_json):
    # "remained in No. 3 position of assistant leader" and "in the No. 3 spot as the
    # assistant Democratic leader": one person's place in the leadership.
    event = "2016-nancy-pelosi-wins-house-minority-leadership-agai"
    folder = article_copy(tmp_path, event)
    _, before = run_json(str(folder), "--select", "NL401")
    assert not any(("fox.md", 58) in link for link in _links(before))
    edit_line(folder, "fox.md", 58, "No. 3 position", "No. 6 position")
    _, found = run_json(str(folder), "--select", "NL401")
    assert any({("fox.md", 58), ("nyt.md", 28)} <= link for link in _links(found))


def test_ranks_are_read_where_a_number_gives_a_place_in_an_order():
    from newslint.extract.figures.words import read_ranks

    read = [(f.text, f.value) for f in read_ranks(
        "He moves up to No. 2 in the leadership; the No. 12 seed lost. A letter reached "
        "No. 10 Downing Street, filed as form No. 3-B.")]
    assert read == [("No. 2", 2.0), ("No. 12", 12.0)]
