"""NL302 finds the content changes of real copy: a remark reworded in a few places, a cut
made without an ellipsis, the same text quoted with no person named, and not words only
moved or an ellipsis that stands for the other version's words.

Each shape is written in the style of wire copy, then checked on the real dev paragraph it
was found on (basil, by event, file and line).
"""

from __future__ import annotations

from newslint.index.quote_diff import word_diff
from newslint.index.quote_noise import Change, change_of, name_variant, same_word, verb_form
from newslint.index.quote_text import carries_meaning, normalise
from quote_findings import nl302, wire_pair
from realcopy import article_copy, edit_line


def _at(diagnostics: list[dict]) -> set[tuple[str, int]]:
    return {(d["path"].rsplit("/", 1)[-1], d["line"]) for d in diagnostics}


def test_a_remark_reworded_in_three_places_is_one_remark(corpus, run_json) -> None:
    # the shared words come in phrases of several words each, none half the quote long
    root = wire_pair(
        corpus, 'Ann Ford wrote that the memo "could be used by critics to beat up the '
        'agency for not paying attention to warnings, so why would we want to feed that '
        'again?"',
        'Ann Ford wrote that the memo could be used "to beat the agency for not paying '
        'attention to field warnings so why do we want to feed that again?"')
    (finding,) = nl302(run_json, root)
    # the content words are told; the particle "up" beside them is slight
    assert finding["severity"] == "warning" and '"field"' in finding["message"]


def test_real_dev_remark_reworded_in_three_places(tmp_path, run_json) -> None:
    # Nuland's e-mail: "beat up ... warnings, so why would we" / "beat ... agency warnings
    # so why do we"
    root = article_copy(tmp_path, "2013-e-mails-show-jostling-over-benghazi-talking-poin")
    assert {("nyt.md", 46), ("hpo.md", 20)} & _at(nl302(run_json, root))


def test_real_dev_content_word_changed_in_a_list(tmp_path, run_json) -> None:
    # Bloomberg: "and angry shareholders and contractors" / ", angry stockholders and
    # contractors"
    root = article_copy(tmp_path, "2016-bloomberg-criticizes-trump-at-dnc")
    found = [d for d in nl302(run_json, root) if "stockholders" in d["message"]]
    assert found and found[0]["severity"] == "warning"


def test_words_left_out_without_an_ellipsis(corpus, run_json) -> None:
    root = wire_pair(corpus, '"I went too far. I made a mistake and I was wrong," Ann Ford said.',
                     '"I went too far and I was wrong," Ann Ford said.')
    (finding,) = nl302(run_json, root)
    assert '"I made a mistake" there only' in finding["message"] or (
        '"I made a mistake" here only' in finding["message"])


def test_a_cut_longer_than_what_is_kept_is_another_remark(corpus, run_json) -> None:
    # "I don't think it's OK" is not "I don't think that's OK. You might think it's OK"
    root = wire_pair(corpus, '"I don\'t think it\'s OK," Ann Ford said of the deal.',
                     '"I don\'t think that\'s OK. You might think it\'s OK," Ann Ford said.')
    assert not nl302(run_json, root)


def test_real_dev_words_left_out_without_an_ellipsis(tmp_path, run_json) -> None:
    # Griffin: "I went too far and I was wrong" / "I went too far. I made a mistake and I
    # was wrong."; Lauten: "I quickly judged" / "I reacted to an article and quickly judged"
    griffin = article_copy(tmp_path, "2017-kathy-griffin-apologizes-for-photo-shoot-with-a")
    assert {("fox.md", 20), ("nyt.md", 22)} & _at(nl302(run_json, griffin))
    lauten = article_copy(tmp_path, "2014-elizabeth-lauten-apologizes-for-criticizing-obam")
    assert ("fox.md", 18) in _at(nl302(run_json, lauten))


def test_the_same_text_with_nobody_named_is_compared(corpus, run_json) -> None:
    text = ('The resolution asks members "to educate the community that this movement is not '
            'just about {} taxes and limited government in the state."')
    root = wire_pair(corpus, text.format("higher"), text.format("lower"))
    (finding,) = nl302(run_json, root)
    assert finding["message"].startswith("the same quotation given as")
    assert '"lower" here, "higher" there' in finding["message"] or (
        '"higher" here, "lower" there' in finding["message"])


def test_real_dev_resolution_quoted_without_a_speaker(tmp_path, run_json) -> None:
    event = "2010-n-a-a-c-p-challenges-tea-party-on-racism"
    root = article_copy(tmp_path, event)
    assert ("hpo.md", 20) not in _at(nl302(run_json, root))  # the same words: nothing
    edit_line(root, "hpo.md", 20, "higher taxes", "lower taxes")
    assert {("hpo.md", 20), ("fox.md", 28)} & _at(nl302(run_json, root))


def test_a_word_moved_is_a_slight_change() -> None:
    a = normalise("no one would be a tougher negotiator for workers with either our partners "
                  "or the Congress")
    b = normalise("no one would be a tougher negotiator for workers, either with our partners "
                  "or the Congress")
    assert change_of(a, b, carries_meaning) is Change.MINOR
    swapped = normalise("the senator beat the governor in the primary last spring")
    assert change_of(swapped, normalise("the governor beat the senator in the primary last "
                                        "spring"), carries_meaning) is Change.CONTENT


def test_an_ellipsis_for_the_other_versions_words_in_cuts_of_one_remark(corpus, run_json
                                                                        ) -> None:
    root = wire_pair(corpus, 'Ann Ford wrote: "However, we would be remiss … if we did not '
                     'challenge your continuing misuse of our teaching to defend a budget plan."',
                     'Ann Ford wrote, "We would be remiss in our duty to you and our students if '
                     'we did not challenge your continuing misuse of our teaching to defend a '
                     'budget plan."')
    assert not nl302(run_json, root)


def test_forms_of_one_verb_and_of_one_noun() -> None:
    assert verb_form("say", "said") and verb_form("have", "had") and verb_form("go", "went")
    assert verb_form("walk", "walked") and verb_form("stop", "stopped")
    assert verb_form("hope", "hoping") and verb_form("try", "tried")
    assert not verb_form("debating", "doing") and not verb_form("said", "told")
    assert same_word("duty", "duties") and not same_word("duty", "dirty")


def test_a_name_spelt_two_ways_is_not_a_wording_change() -> None:
    names = frozenset({"qaddafi", "gadhafi", "obama", "osama", "muammar", "moammar"})
    a = normalise("what happens when a dictator like al-Qaddafi is going to get away with it")
    b = normalise("what happens when a dictator like Gadhafi is going to get away with it")
    assert change_of(a, b, carries_meaning, names) is Change.NOISE
    c = normalise("we will never let Muammar take the city while the world watches")
    d = normalise("we will never let Moammar take the city while the world watches")
    assert change_of(c, d, carries_meaning, names) is Change.NOISE
    # another name is another person: a content change
    e = normalise("we will never let Obama take the city while the world watches")
    f = normalise("we will never let Osama take the city while the world watches")
    assert change_of(e, f, carries_meaning, names) is Change.CONTENT
    assert name_variant("Zelensky", "Zelenskyy") and not name_variant("Kasich", "Casey")


def test_real_name_respelt_inside_a_quote(tmp_path, run_json) -> None:
    # Trump on Libya: "(Libyan strongman Muammar) al-Qaddafi" / "(... Moammar) Gadhafi"
    root = article_copy(tmp_path, "2011-trump-holds-birther-meeting")
    assert ("fox.md", 40) not in _at(nl302(run_json, root))


def test_real_tense_of_one_verb_is_info(tmp_path, run_json) -> None:
    # Tlaib's story of her son: "And I say" / "And I said", "Mama" / "Momma"
    root = article_copy(tmp_path, "2019-democrats-react-to-rashida-tlaib-s-comments")
    found = [d for d in nl302(run_json, root) if "Baby, they" in d["message"]]
    assert found and all(d["severity"] == "info" for d in found)


def test_one_sentence_of_a_longer_passage_is_compared(corpus, run_json) -> None:
    root = wire_pair(corpus, '"What have you guys been debating, John? You have been debating a '
                     'commemorative coin for baseball," Barack Obama said.',
                     '"In the House of Representatives, what have you guys been doing, John?" '
                     'Barack Obama said.')
    (finding,) = nl302(run_json, root)
    assert '"doing" here, "debating" there' in finding["message"] or (
        '"debating" here, "doing" there' in finding["message"])


def test_a_short_sentence_sharing_a_phrase_is_not_a_piece_of_it(corpus, run_json) -> None:
    root = wire_pair(corpus, '"I don\'t think it\'s OK. We will look at every option we have," Ann '
                     'Ford said.', '"I think it\'s immoral," Ann Ford said.')
    assert not nl302(run_json, root)


def test_a_remark_said_again_later_is_not_a_piece_of_the_first(corpus, run_json) -> None:
    root = wire_pair(
        corpus, '"Ford lied many times to the agency, nothing happened to her. Reyes '
        'lied and they ruined his life," Ann Ford said.',
        '"Ford lied many times to the agency, nothing happened to her. Reyes lied and '
        'they ruined his life," Ann Ford said, before again claiming that Ford "lied '
        'many times, [and] nothing happened to her. Reyes lied, and it is very unfair."')
    assert not nl302(run_json, root)


def test_real_dev_one_sentence_of_a_longer_passage(tmp_path, run_json) -> None:
    # Obama: "what have you guys been debating, John?" (Fox, first of two sentences) /
    # "what have you guys been doing, John?" (HuffPost)
    obama = article_copy(tmp_path, "2011-obama-taunts-gop-for-ignoring-jobs")
    assert {("hpo.md", 16), ("fox.md", 24)} & _at(nl302(run_json, obama))
    # Zinke: "the issuing of permits is put on hold..." (Fox, cut by ellipses) / "is being
    # put on hold" (Times)
    zinke = article_copy(tmp_path, "2017-trump-reverses-decision-to-allow-import-of-eleph")
    assert ("nyt.md", 18) in _at(nl302(run_json, zinke))


def test_a_word_dropped_twice_and_put_in_once_is_moved_once_and_dropped_once() -> None:
    # Copies of a word moved are counted: the second "tax" dropped is a real drop, not
    # hidden under "moved".
    assert word_diff("build wall people fast we tax we",
                     "build wall tax people tax fast we we") == '"tax" moved, drops "tax"'


def test_the_excerpt_shows_the_change_the_message_lists(tmp_path, run_json) -> None:
    # Nuland's e-mail (dev): the message lists the added "agency" and "do" for "would"; the
    # excerpt shows those words, not the slight "up" dropped at the quote's start.
    root = article_copy(tmp_path, "2013-e-mails-show-jostling-over-benghazi-talking-poin")
    (finding,) = [d for d in nl302(run_json, root) if "Nuland" in d["message"]
                  and '"agency"' in d["message"]]
    shown = finding["message"].split("; the two differ")[0].split(" (adds")[0]
    assert "agency warnings" in shown and "why would we" in shown
