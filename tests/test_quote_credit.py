"""NL302 compares the wording of quotes credited the ways real copy credits them: a
statement a described speaker names ("the statement said") is the words of the person
who issued it.

Each shape is written in the style of wire copy, then checked on a real dev paragraph
(basil, by event, file and line) with one word changed, as an editor's slip would.
"""

from __future__ import annotations

from findings import showing
from realcopy import article_copy, edit_line

ZINKE = "2017-trump-reverses-decision-to-allow-import-of-eleph"



def test_a_statement_is_its_issuers_words(corpus, run_json) -> None:
    root = corpus({
        "a.txt": "WASHINGTON (Wire) - Interior Secretary Ann Ford issued a statement on Friday "
                 'about the permits.\n\n"We both believe that careful planning and healthy '
                 'forests are critical to the region," the statement said.\n',
        "b.txt": "WASHINGTON (Wire) - Interior Secretary Ann Ford said on Twitter that she and "
                 'the governor "both believe that careful planning and healthy rivers are '
                 'critical to the region."\n'})
    _, (finding,) = run_json(str(root), "--select", "NL302")
    assert '"rivers" here, "forests" there' in finding["message"] or (
        '"forests" here, "rivers" there' in finding["message"])


def test_real_dev_statement_changed_against_its_issuers_post(tmp_path, run_json) -> None:
    # Zinke's statement ("the statement said", nyt) and his post (fox): one word changed
    root = article_copy(tmp_path, ZINKE)
    edit_line(root, "nyt.md", 18, "healthy herds", "healthy elephants")
    assert {("nyt.md", 18), ("fox.md", 14)} <= showing(run_json, root, "NL302", "elephants")


LAUTEN = "2014-elizabeth-lauten-apologizes-for-criticizing-obam"
STEELE = "2010-michael-steele-about-to-announce-whether-he-ll-r"


def test_a_word_put_for_another_in_a_fragment_as_long(corpus, run_json) -> None:
    # the fragment "a little more care" is given word for word inside the full post, and
    # the same article gives it with one word put for another
    root = corpus({
        "a.txt": 'DENVER (Wire) - Ann Ford told them to "take a little more care" on Friday.\n',
        "b.txt": 'DENVER (Wire) - Ann Ford told them to "take a basic more care" on Friday.\n\n'
                 '"You are leaders now, so take a little more care with your words," Ann Ford '
                 "wrote in the post.\n"})
    assert ("b.txt", 1) in showing(run_json, root, "NL302", "basic")


def test_a_word_left_out_of_a_short_fragment(corpus, run_json) -> None:
    root = corpus({
        "a.txt": 'DENVER (Wire) - Ann Ford asked members to join her "for a conference call" '
                 "on Monday.\n",
        "b.txt": 'DENVER (Wire) - "Please join me for a private conference call," Ann Ford '
                 "wrote to members.\n"})
    assert ("a.txt", 1) in showing(run_json, root, "NL302", "private")


def test_real_dev_fragment_changed_where_the_full_post_is_also_quoted(tmp_path,
                                                                    run_json) -> None:
    # Lauten: nyt gives the fragment (line 12) and the whole post (line 28)
    root = article_copy(tmp_path, LAUTEN)
    edit_line(root, "nyt.md", 12, "a little class", "a basic class")
    assert ("nyt.md", 12) in showing(run_json, root, "NL302", "basic")


def test_real_dev_word_left_out_of_a_short_fragment(tmp_path, run_json) -> None:
    # Steele's note: "for a private conference call" (fox) / "Please join me for a private
    # conference call" (nyt)
    root = article_copy(tmp_path, STEELE)
    edit_line(root, "fox.md", 16, "a private conference", "a conference")
    assert {("fox.md", 16), ("nyt.md", 18)} <= showing(run_json, root, "NL302", "private")
