"""NL302 on a fragment in the writer's sentence that puts a word of its own at its edge
("but 'just with a grain of salt'" where the full quote reads "and watch with a grain of
salt"): words inside the marks the speaker did not say. The look-alikes stay silent: the
writer's sentence bending a word to fit ("looks forward" / "I look forward"), a pronoun
shifted, and a fragment that only starts elsewhere.
"""

from __future__ import annotations

from findings import places
from quote_findings import nl302, wire_pair
from realcopy import article_copy

SALT = "2018-trump-accuses-social-media-firms-of-discriminati"
STONE = "2019-roger-stone-has-been-indicted-by-mueller"


FULL = ('"I read the polls every week and trust them with a pinch of doubt, or not at all," '
        'Ann Ford wrote on Tuesday.')


def test_a_word_of_the_fragments_own_at_its_edge(corpus, run_json) -> None:
    root = wire_pair(corpus, FULL, 'Ann Ford, who said she reads the polls every week, admitted '
                     'she trusts them, but "just with a pinch of doubt."')
    (finding,) = nl302(run_json, root)
    assert '"just"' in finding["message"]
    # An adverb of its own only where the cut starts: a word put inside the marks, or the
    # same words said twice, so a note rather than a warning.
    assert finding["severity"] == "info"


def test_a_noun_of_the_fragments_own_at_its_edge_stays_a_warning(corpus, run_json) -> None:
    # the seeds' case: "Sputnik Second" for "Sputnik moment" changes what is said
    root = wire_pair(corpus, FULL, 'Ann Ford, who said she reads the polls every week, admitted '
                     'she does "distrust them with a pinch of doubt."')
    (finding,) = nl302(run_json, root)
    assert finding["severity"] == "warning" and '"distrust"' in finding["message"]


def test_a_changed_word_inside_a_fragment_stays_a_warning(corpus, run_json) -> None:
    root = wire_pair(corpus, FULL, 'Ann Ford admitted she trusts the polls "with a pinch of '
                     'salt, or not at all."')
    (finding,) = nl302(run_json, root)
    assert finding["severity"] == "warning" and '"salt"' in finding["message"]


def test_the_writers_sentence_bending_a_word_to_fit_is_silent(corpus, run_json) -> None:
    # "reads" for "I read": the verb put in the writer's person; "she" for "I"
    for fragment in ('Ann Ford, who admitted she trusts them, said she "reads the polls every '
                     'week."',
                     'Ann Ford, who said she reads the polls every week, admitted that she '
                     '"trusts them with a pinch of doubt."',
                     'Ann Ford, who said she reads the polls every week, admitted that she '
                     'would "trust them with a pinch of doubt, or not at all."'):
        assert nl302(run_json, wire_pair(corpus, FULL, fragment)) == [], fragment


def test_real_dev_fragment_with_a_word_of_its_own(tmp_path, run_json) -> None:
    # HuffPost's fragment (hpo.md:18) against the full tweet Fox quotes (fox.md:34)
    root = article_copy(tmp_path, SALT)
    found = [d for d in nl302(run_json, root) if '"just"' in d["message"]]
    assert len(found) == 1 and places(found[0]) == {("hpo.md", 18), ("fox.md", 34)}


def test_real_dev_fragment_in_the_writers_person_is_silent(tmp_path, run_json) -> None:
    # fox.md:66 "looks forward to being ..." against "I look forward to being ..."
    root = article_copy(tmp_path, STONE)
    assert not [d for d in nl302(run_json, root) if ("fox.md", 66) in places(d)]
