"""NL401 on one figure under two heads (rules/figure_aligned.py; a share under its clause
verb, figure_pairs.share_verb_key): two articles that restate one sentence give one measure
whatever the heads their clauses key it by; real paragraphs of basil (unlabelled events)
with one number changed, and sentences that align but hold two measures, which must stay
apart."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newslint.facts.alignment import ALIGNED_WORDS, words_align
from realcopy import article_copy, edit_line

EVENT = "2019-lawmakers-react-to-trump-s-immigration-proposal"


def _links(found: list[dict]) -> list[set[tuple[str, int]]]:
    return [{(Path(d["path"]).name, d["line"]),
             *((Path(r["path"]).name, r["line"]) for r in d["related"])} for d in found]


def test_one_sum_sought_and_funded_is_compared_at_info(tmp_path, run_json):
    # "in exchange for $5.7 billion in funding for a wall along the southern border" and
    # "in exchange for the $5.7 billion he has been seeking for a barrier along the nation's
    # southern border": funding and seeking key one sum, a day apart.
    folder = article_copy(tmp_path, EVENT)
    _, before = run_json(str(folder), "--select", "NL401")
    assert not any(("nyt.md", 10) in link for link in _links(before))
    edit_line(folder, "nyt.md", 10, "$5.7 billion", "$6.7 billion")
    _, found = run_json(str(folder), "--select", "NL401")
    hits = [d for d, link in zip(found, _links(found), strict=True)
            if {("nyt.md", 10), ("fox.md", 12)} <= link]
    assert hits and all(d["severity"] == "info" for d in hits)


def _article(body: str, date: str = "2019-01-20") -> str:
    return f"---\ndate: {date}\nsource: Wire\n---\n{body}\n"


_OFFER = ("President Trump offered Democrats a deal on Saturday: temporary protections for "
          "young undocumented immigrants in exchange for {sum} in funding for a wall along "
          "the southern border.")


def test_aligned_sentences_with_two_sums_stay_apart(corpus, run_json):
    # The other sentence gives the sum sought and a down payment: its words tell of both,
    # so neither is the first article's sum.
    folder = corpus({
        "a.md": _article(_OFFER.format(sum="$5.7 billion")),
        "b.md": _article("President Trump offered Democrats a deal on Saturday: temporary "
                         "protections for young undocumented immigrants and a down payment "
                         "of $2.5 billion, short of the $5.7 billion he had sought for a "
                         "wall along the southern border."),
    })
    _, found = run_json(str(folder), "--select", "NL401")
    assert not found


def test_aligned_sentences_flag_one_sum_changed(corpus, run_json):
    # The control of the test above: the same sentences, one sum each.
    folder = corpus({
        "a.md": _article(_OFFER.format(sum="$5.7 billion")),
        "b.md": _article("President Trump offered Democrats a deal on Saturday: temporary "
                         "protections for young undocumented immigrants in exchange for the "
                         "$8.7 billion he has been seeking for a barrier along the southern "
                         "border."),
    })
    _, found = run_json(str(folder), "--select", "NL401")
    assert any({("a.md", 5), ("b.md", 5)} <= link for link in _links(found))


def test_counts_of_two_nouns_in_aligned_sentences_stay_apart(corpus, run_json):
    # Aligned sentences, each with one count, of two different nouns: two measures.
    folder = corpus({
        "a.md": _article("Senate Republicans sent Harry Reid a letter on Wednesday signed "
                         "by 42 senators warning that they would block every bill until the "
                         "tax cuts are extended."),
        "b.md": _article("Senate Republicans sent Harry Reid a letter on Wednesday with 32 "
                         "demands, warning that they would block every bill until the tax "
                         "cuts are extended."),
    })
    _, found = run_json(str(folder), "--select", "NL401")
    assert not found


_WORDS = st.text("abcdefgh", min_size=3, max_size=6)


@given(st.sets(_WORDS, max_size=10), st.sets(_WORDS, max_size=12),
       st.sets(_WORDS, max_size=12), st.sets(_WORDS, max_size=3))
def test_alignment_counts_the_words_both_share_besides_the_heads(core, own_a, own_b, heads):
    # Two sentences built around a shared core, each with words of its own (marked apart),
    # so that every count of shared words from none to ten is drawn.
    first, second = core | {f"x{w}" for w in own_a}, core | {f"y{w}" for w in own_b}
    shared = len(core - heads)
    shorter = min(len(first - heads), len(second - heads))
    expected = shared >= ALIGNED_WORDS and shared >= shorter / 3
    assert words_align(first, second, heads) == expected
    assert words_align(second, first, heads) == expected
    if expected:  # one more word both share never undoes it
        assert words_align(first | {"zzzz"}, second | {"zzzz"}, heads)


POLL = "2011-trump-holds-birther-meeting"


def test_a_share_is_compared_under_its_clause_verb_at_info(tmp_path, run_json):
    # "Mitt Romney leads the pack at 21 percent" and "Mitt Romney leads the would-be group
    # of contenders with 21 percent of Republican primary voters surveyed": the share of
    # the voters is what "leads" says of Romney in both.
    folder = article_copy(tmp_path, POLL)
    _, before = run_json(str(folder), "--select", "NL401")
    assert not any(("hpo.md", 14) in link for link in _links(before))
    edit_line(folder, "hpo.md", 14, "at 21 percent", "at 31 percent")
    _, found = run_json(str(folder), "--select", "NL401")
    hits = [d for d, link in zip(found, _links(found), strict=True)
            if {("hpo.md", 14), ("fox.md", 26)} <= link]
    assert hits and all(d["severity"] == "info" for d in hits)


def test_shares_of_two_leaders_under_one_verb_stay_apart(corpus, run_json):
    folder = corpus({
        "a.md": _article("In the poll, Mitt Romney leads the field with 21 percent of "
                         "Republican primary voters surveyed."),
        "b.md": _article("In the same poll, Mike Huckabee leads among evangelical voters at "
                         "27 percent."),
    })
    _, found = run_json(str(folder), "--select", "NL401")
    assert not found


def test_sums_for_two_purposes_in_aligned_sentences_stay_apart(corpus, run_json):
    # The sentences align word for word, but one sum is for disaster relief and the other
    # for border security: two noun heads that differ name two things.
    bill = ("The House passed a sweeping spending bill late Friday that {verb} {sum} for {what}, "
            "averting a government shutdown hours before the midnight deadline.")
    folder = corpus({
        "a.md": _article(bill.format(verb="sets aside", sum="$10 billion", what="disaster relief")),
        "b.md": _article(bill.format(verb="includes", sum="$25 billion", what="border security")),
    })
    _, found = run_json(str(folder), "--select", "NL401")
    assert not found
