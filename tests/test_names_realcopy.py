"""NL101 on real copy: the slips an editor would correct, and the real words and names it
must leave alone (articles of ../shared/corpora/basil, read by event and file)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from newslint.rules import name_evidence
from realcopy import article_copy, edit_line, span

COWAN = "2013-william-cowan-named-interim-senator-in-massachus"
ELEPHANTS = "2017-trump-reverses-decision-to-allow-import-of-eleph"


def _flagged(run_json, folder) -> dict[str, dict]:
    _, diagnostics = run_json(folder, "--select", "NL101")
    return {d["message"].split('"')[1]: d for d in diagnostics}


def test_slips_beside_the_right_spelling_in_the_same_article(tmp_path, run_json):
    # "Cowmen" opens a sentence and is two letters from "Cowan", a five-letter name: no
    # English word, in an article that writes Cowan three times. "Cowen" is one letter off.
    assert span(COWAN, "fox.md", 32, 1, 7) == "Cowmen"
    flagged = _flagged(run_json, article_copy(tmp_path, COWAN))
    assert {"Cowen", "Cowmen"} <= flagged.keys()
    cowmen = flagged["Cowmen"]
    assert (cowmen["line"], cowmen["col"]) == (32, 1) and '"Cowan"' in cowmen["message"]
    # The writer's own spelling nearest before the slip is shown beside it.
    assert any(r["path"].endswith("fox.md") and r["line"] == 24 for r in cowmen["related"])


def test_a_four_letter_slip_of_a_name_the_article_uses(tmp_path, run_json):
    assert span(ELEPHANTS, "hpo.md", 14, 44, 48) == "Tump"
    flagged = _flagged(run_json, article_copy(tmp_path, ELEPHANTS))
    assert (flagged["Tump"]["line"], flagged["Tump"]["col"]) == (14, 44)


def test_real_words_and_other_names_are_left_alone(tmp_path, run_json):
    # Democrats / Democratic / Democracy, Texans / Texas, Presidency / President, DREAMers
    # (an acronym in capitals), Feinstein (a senator; "Bernstein" is a lexicon name the
    # story never uses), R-Mass. / D-Mass. (party tags), R-Texas / Texas, Calderon /
    # Calderón (an accent dropped), Whitehouse (a senator) / White House.
    events = {
        "2011-rick-perry-claims-to-defend-feith-in-america-aft": None,
        "2016-trump-criticizes-obama-and-clinton-over-orlando": None,
        "2018-schumer-bashed-by-the-left-over-shutdown-ending": None,
        COWAN: {"Cowen", "Cowmen"},
        "2017-donald-trump-considers-joe-lieberman-for-fbi-dir": None,
        "2018-blake-farenthold-resigns-from-congress": None,
        "2016-fox-and-calder-say-mexico-isn-t-paying-for-borde": {"Vincente"},
    }
    for event, expected in events.items():
        flagged = _flagged(run_json, article_copy(tmp_path / "x", event))
        assert set(flagged) == (expected or set()), event


def test_compounds_split_or_joined(corpus, run_json):
    root = corpus({
        "a.txt": "Airbus said on Monday that Airbus would build jets in Alabama. Airbus "
                 "shares rose, and Deep Seek was not mentioned.\n",
        "b.txt": "Boeing and Airbus compete. An Air Bus spokesman declined to comment. "
                 "Airbus plans a new plant. DeepSeek DeepSeek DeepSeek.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL101")
    found = {d["message"].split('"')[1]: (d["path"].rsplit("/", 1)[-1], d["col"])
             for d in diagnostics}
    assert found == {"Air Bus": ("b.txt", 31), "Deep Seek": ("a.txt", 88)}


@given(st.text(alphabet="abcdeo", min_size=1, max_size=7),
       st.lists(st.text(alphabet="abcdeo", min_size=1, max_size=8), max_size=30, unique=True))
@settings(max_examples=200, deadline=None)
def test_candidate_search_finds_every_form_within_the_budget(form, choices):
    found = {c for c, _ in name_evidence.candidates(form, sorted(choices), 2)}
    assert found == {c for c in choices if OSA.distance(form, c) <= 2}


def test_a_non_word_one_letter_from_a_word_the_story_uses(corpus, run_json):
    # Each article writes "House of Representatives" once; the garble is no English word.
    root = corpus({
        "a.txt": "The bill passed the House of Representatives on Tuesday, Speaker Ryan said.\n",
        "b.txt": "Speaker Ryan said the House of Rerpesentatives would vote on Tuesday.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL101")
    assert [d["message"].split('"')[1:4:2] for d in diagnostics] == [
        ["Rerpesentatives", "Representatives"]]


def test_a_title_case_headline_is_house_style(corpus, run_json):
    root = corpus({
        "a.md": "# Chick-Fil-A Fans Line Up\n\nFans of Chick-fil-A lined up on Wednesday. "
                "Chick-fil-A said sales rose. Chick-fil-A thanked them.\n",
        "b.md": "Protesters gathered outside Chick-fil-A restaurants on Wednesday.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL101")
    assert diagnostics == []


MATTIS = "2018-james-mattis-quits-as-defense-secretary"


def test_a_three_letter_slip_of_a_first_name_beside_its_surname(tmp_path, run_json):
    # The Times names "Mike Pompeo" once, Fox once: "Mke Pompeo" is no name of its own, and
    # the story writes the same surname with the given name "Mike". "Parris Island" beside
    # "Paris Island" stays unflagged: Paris is no given name, and Parris a name of its own.
    folder = article_copy(tmp_path, MATTIS)
    assert "Mke" not in _flagged(run_json, folder)
    path = folder / "nyt.md"
    lines = path.read_text(encoding="utf-8").split("\n")
    assert "Mike Pompeo" in lines[21]
    lines[21] = lines[21].replace("Mike Pompeo", "Mke Pompeo", 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    mke = _flagged(run_json, folder)["Mke"]
    assert mke["line"] == 22 and '"Mike"' in mke["message"]
    blumenthal = "2010-richard-blumenthal-lies-about-serving-in-vietnam"
    assert span(blumenthal, "hpo.md", 36, 146, 152) == "Parris"
    assert _flagged(run_json, article_copy(tmp_path / "b", blumenthal)) == {}


def test_a_common_misspelling_of_a_given_name_written_once_each(corpus, run_json):
    # "Micheal" is frequent enough in the word list to pass for a word, but it is no name
    # of its own beside "Michael" with the same surname: one use of each is enough.
    root = corpus({
        "a.txt": "Former New York City Mayor Michael Bloomberg spoke on Thursday night.\n",
        "b.txt": "Micheal Bloomberg told the convention on Thursday that he backed her.\n",
        "c.txt": "The convention heard from a former mayor on Thursday night, aides said.\n",
    })
    assert set(_flagged(run_json, root)) == {"Micheal"}


def _spellings(run_json, root) -> set[tuple[str, str]]:
    _, diagnostics = run_json(root, "--select", "NL101")
    return {tuple(d["message"].split('"')[1:4:2]) for d in diagnostics}


def test_a_name_run_together_against_the_story_written_apart(corpus, run_json):
    root = corpus({
        "a.txt": "Planned Parenthood said on Tuesday that the cuts would close clinics in "
                 "Texas. A Planned Parenthood spokeswoman declined to comment.\n",
        "b.txt": "House Republicans voted to strip funding from Plannedparenthood, the "
                 "women's health group, on Wednesday.\n",
    })
    assert _spellings(run_json, root) == {("Plannedparenthood", "Planned Parenthood")}


def test_a_surname_is_a_name_of_its_own_beside_the_compound(corpus, run_json):
    # A senator's surname beside the White House: two names, whichever is rarer.
    senator = corpus({
        "a.txt": "Sen. Sheldon Whitehouse, a Rhode Island Democrat, said on Tuesday that "
                 "the White House had not answered his letter. Whitehouse said he would "
                 "press the nominee.\n",
        "b.txt": "Sheldon Whitehouse questioned the nominee for two hours. Whitehouse asked "
                 "about the memo, and Whitehouse said he was not satisfied.\n",
    })
    assert _spellings(run_json, senator) == set()


def test_two_forms_each_used_in_several_articles_are_two_names(corpus, run_json):
    # No given name here, and "White House" is rarer: both in running prose of two articles.
    both = corpus({
        "c.txt": "The White House said on Monday that the senator, Whitehouse, had been "
                 "briefed. Whitehouse disputed that. Whitehouse, a former prosecutor, said "
                 "the White House had not replied. Whitehouse wants the memo, Whitehouse said.\n",
        "d.txt": "Whitehouse, who sits on the Judiciary Committee, said the White House "
                 "owed the panel an answer. Whitehouse spoke for an hour. Whitehouse left "
                 "at noon, and Whitehouse declined to comment.\n",
    })
    assert _spellings(run_json, both) == set()


def test_a_compound_in_the_word_list_is_still_a_slip_beside_the_story_s_own(corpus, run_json):
    # "Whitehouse" is in the word list (a surname), but no common word: beside the story's
    # "White House", written three times as often, it is the name run together.
    root = corpus({
        "a.txt": "The White House said on Friday that the president would sign the bill. A "
                 "White House official said the vote was close. The White House declined to "
                 "comment further.\n",
        "b.txt": "The filibuster threat increases pressure on the Whitehouse to offer a more "
                 "realistic agenda for the remaining weeks of the year.\n",
    })
    assert _spellings(run_json, root) == {("Whitehouse", "White House")}


def test_the_word_list_ranks_two_forms_the_story_uses_once_each(corpus, run_json):
    # One use of each: "Benghazi" is a name English writers use, "Bengazi" rare in English,
    # and "Bcuk" (four letters) no word at all beside "Buck".
    root = corpus({
        "a.txt": "The committee questioned her about the attack in Benghazi on Tuesday. Rep. "
                 "Ken Buck asked about the cables.\n",
        "b.txt": "Republicans on the committee pressed her on Bengazi for eleven hours, and "
                 "Bcuk, a Colorado Republican, asked about the cables.\n",
    })
    assert _spellings(run_json, root) == {("Bengazi", "Benghazi"), ("Bcuk", "Buck")}


def test_a_rare_given_name_beside_another_surname_is_a_name_of_its_own(tmp_path, run_json):
    # "Mikie Sherrill" (The Times) and "Mike Pence": a rare given name one letter from a
    # common one, each written once, with different surnames: two people.
    event = "2019-trump-continues-government-shutdown-for-border-w"
    assert span(event, "nyt.md", 76, 169, 174) == "Mikie"
    assert "Mikie" not in _flagged(run_json, article_copy(tmp_path, event))


def test_a_dropped_letter_is_read_before_a_changed_one(corpus, run_json):
    # "Republicas" is one edit from both "Republicans" (a letter dropped) and "Republican"
    # (a letter changed), and the story writes "Republican" more often: the plural it
    # shares every letter with is the spelling meant.
    root = corpus({
        "a.txt": "Republicans said on Friday that the Republican plan would pass. Republican "
                 "leaders agreed, Republican aides said, and a Republican senator, the "
                 "Republican whip and the Republican caucus chair stayed silent.\n",
        "b.txt": "Republicans in the Senate met on Friday. Republicans said the Republicas "
                 "in the House would follow, and Republicans cheered.\n",
    })
    assert _spellings(run_json, root) == {("Republicas", "Republicans")}


HUNTER = "2018-congressman-hunter-and-wife-indicted-on-corrupti"
NEWSWEEK = "2011-newsweek-publishes-unflattering-cover-of-michele"
JACKSON = "2013-jackson-pleads-guilty-over-illegal-campaign-spen"


def test_a_form_no_word_list_knows_beside_a_rare_name_it_knows(tmp_path, run_json):
    """basil 2018 Hunter: "Riverdance" once in HuffPost (hpo.md:14) and once in the Times
    (nyt.md:40). Written "Riverdaance", the slip is no word at all, one letter from a name
    the word list knows, however seldom: the slip."""
    folder = article_copy(tmp_path, HUNTER)
    assert "Riverdaance" not in _flagged(run_json, folder)
    edit_line(folder, "hpo.md", 14, "Riverdance", "Riverdaance")
    flagged = _flagged(run_json, folder)
    assert '"Riverdance"' in flagged["Riverdaance"]["message"]


def test_the_nearest_spelling_in_the_slip_s_own_capitals(tmp_path, run_json):
    """basil 2011 Newsweek cover: the story writes "Queen" in prose and "QUEEN" once; a
    "Qeen" in the Times (nyt.md:10) is a slip of "Queen", the form in its own capitals;
    a "Jcaksons" (nyt.md:44) of "Jacksons", one letter away, not of "Jackson", two."""
    folder = article_copy(tmp_path, NEWSWEEK)
    edit_line(folder, "nyt.md", 10, "Queen", "Qeen")
    assert '"Queen"' in _flagged(run_json, folder)["Qeen"]["message"]
    folder = article_copy(tmp_path / "j", JACKSON)
    edit_line(folder, "nyt.md", 44, "Jacksons", "Jcaksons")
    assert '"Jacksons"' in _flagged(run_json, folder)["Jcaksons"]["message"]


STEELE = "2010-michael-steele-about-to-announce-whether-he-ll-r"
LAWMAKERS = "2019-lawmakers-react-to-trump-s-immigration-proposal"
STONE = "2019-roger-stone-has-been-indicted-by-mueller"


def test_a_word_of_its_own_inside_a_name_the_story_writes_right(tmp_path, run_json):
    """basil 2010 Steele: all three articles name "Ann Wagner" (fox.md:20, hpo.md:24,
    nyt.md:24). "Wager" is an English word, never a slip on its own; in "Ann Wager" beside
    the story's "Ann Wagner" it is. "Deferred Acton" beside the story's "Deferred Action"
    (2019 lawmakers, fox.md:12) is the same slip in a programme's name. Fox's "Reince
    Priebus" (fox.md:20) beside "Reince Preibus" in the other two is left alone: the word
    list knows "Priebus" better than the story's majority spelling."""
    folder = article_copy(tmp_path, STEELE)
    assert _flagged(run_json, folder) == {}
    edit_line(folder, "nyt.md", 24, "Ann Wagner", "Ann Wager")
    found = _flagged(run_json, folder)["Ann Wager"]
    assert '"Ann Wagner"' in found["message"] and (found["line"], found["col"]) == (24, 102)
    assert any(r["path"].endswith(("fox.md", "hpo.md")) for r in found["related"])
    folder = article_copy(tmp_path / "l", LAWMAKERS)
    edit_line(folder, "fox.md", 12, "Deferred Action", "Deferred Acton")
    assert '"Deferred Action"' in _flagged(run_json, folder)["Deferred Acton"]["message"]


def test_a_short_slip_in_a_name_phrase_the_word_list_ranks(tmp_path, run_json):
    """basil 2019 Stone, hpo.md:16: "New York City" is written once in the story. "Yrk" is
    no word and "York" is: the slip, though each phrase is written once."""
    folder = article_copy(tmp_path, STONE)
    edit_line(folder, "hpo.md", 16, "New York City", "New Yrk City")
    assert '"New York"' in _flagged(run_json, folder)["New Yrk"]["message"]


def test_name_phrases_that_are_two_things_are_left_alone(tmp_path, run_json):
    """Two-word names one letter apart that name two things: Fox's "ABC News" (2011 birther
    meeting, fox.md:32) beside "NBC News" in the other two (the letters of an abbreviation),
    "Tea Parties" beside "Tea Partiers" (2010 NAACP, fox.md:12: a plural the word list knows
    better than the other form), "Reince Priebus" (2010 Steele, fox.md:20) beside the
    others' "Reince Preibus"."""
    assert span("2011-trump-holds-birther-meeting", "fox.md", 32, 17, 25) == "ABC News"
    for event in ("2011-trump-holds-birther-meeting",
                  "2010-n-a-a-c-p-challenges-tea-party-on-racism", STEELE):
        flagged = _flagged(run_json, article_copy(tmp_path / event[:4], event))
        assert not {"ABC News", "Tea Parties", "Reince Priebus"} & flagged.keys(), event


def test_a_capitalisation_used_only_inside_quotation_marks_is_left_alone(tmp_path, run_json):
    """basil 2019 BuzzFeed report, fox.md:38: Giuliani's statement quoted as "correcting
    the Buzzfeed false story". The quoted writer's styling is not the article's to
    restyle: no finding (an editor judged even a note there a false alarm). The same
    spelling also in the article's own prose (one finding, at the first use) is a warning."""
    event = "2019-mueller-s-office-disputes-buzzfeed-report"
    assert span(event, "fox.md", 38, 88, 96) == "Buzzfeed"
    folder = article_copy(tmp_path, event)
    assert "Buzzfeed" not in _flagged(run_json, folder)
    edit_line(folder, "fox.md", 40, "BuzzFeed spokesman", "Buzzfeed spokesman")
    _, diagnostics = run_json(folder, "--select", "NL101")
    assert {(d["line"], d["severity"]) for d in diagnostics
            if '"Buzzfeed"' in d["message"]} == {(38, "warning")}
    # A letter slip inside a quotation (nyt.md:36, a tweet quoted in prose) is the
    # transcriber's: a warning.
    edit_line(folder, "nyt.md", 36, "President Trump must", "President Trupm must")
    _, diagnostics = run_json(folder, "--select", "NL101")
    assert {(d["line"], d["severity"]) for d in diagnostics
            if '"Trupm"' in d["message"]} == {(36, "warning")}


def test_a_title_in_quotation_marks_is_the_writers_own_spelling(tmp_path, run_json):
    """basil 2019 Stone indictment, hpo.md:44: "The Godather: Part II", a film's title the
    writer puts in quotation marks: the writer's slip, a warning like any other."""
    event = "2019-roger-stone-has-been-indicted-by-mueller"
    assert span(event, "hpo.md", 44, 69, 77) == "Godather"
    found = _flagged(run_json, article_copy(tmp_path, event))["Godather"]
    assert (found["line"], found["severity"]) == (44, "warning")


@given(st.lists(st.sampled_from(["The", "Godather", "Part", "II", "of", "the", "Wind"]),
                min_size=1, max_size=6))
@settings(max_examples=50, deadline=None)
def test_capitalised_quoted_words_are_a_title(words):
    """Quoted words all capitalised but for a title's small words name a title; one
    lower-case content word makes them someone's words."""
    from newslint.facts import ArticleFacts, NameMention, Quote
    from newslint.facts.span import Span
    from newslint.rules.name_evidence import in_quoted_words

    def facts(quoted: str) -> ArticleFacts:
        whole = Span(0, len(quoted), 1, 1, 1, len(quoted) + 1)
        quote = Quote(quoted, whole, None, None, None, None, True, "text")
        return ArticleFacts("a.txt", "a", quotes=(quote,))

    text = " ".join(words)
    mention = NameMention(words[0], Span(0, len(words[0]), 1, 1, 1, len(words[0]) + 1),
                          False, "text", False)
    assert not in_quoted_words(facts(text), mention)
    assert in_quoted_words(facts(text + " was false"), mention)
