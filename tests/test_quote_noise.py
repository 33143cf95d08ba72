"""NL302 on real copy: a wording difference is a misquote only when it changes content.

Written pairs in the style of wire copy for each shape of transcription noise (no finding)
and each shape of a real change (a finding, graded), then real dev paragraphs of basil.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from newslint.index.quote_noise import Change, change_of, changed_passages, same_word
from newslint.index.quote_style import house_style
from newslint.index.quote_text import carries_meaning, gapped
from quote_findings import nl302_at
from realcopy import article_copy


def change(a: str, b: str) -> Change:
    x, y = house_style(gapped(a), gapped(b))
    return change_of(x, y, carries_meaning)


NOISE = [
    # an extra complementiser
    ("I'm not ashamed to admit that I'm a Christian and I say so",
     "I'm not ashamed to admit I'm a Christian and I say so"),
    # "and" for a comma in a list
    ("Brady, Clooney, James Bond and the president have nothing on him",
     "Brady, Clooney, James Bond, the president have nothing on him"),
    # an interjection one transcript keeps
    ("It's about some phony theology. Oh, not a theology based on the Bible",
     "It's about some phony theology. Not a theology based on the Bible"),
    # a plural, and a spelling with a doubled letter
    ("you don't need to be in the pews every Sunday to know",
     "you don't need to be in the pew every Sunday to know"),
    ("when your son says, 'Mama, look, you won the seat'",
     "when your son says, 'Momma, look you won the seat'"),
]

# closed-class words that change a quote a little: an article, a degree or focus word
SLIGHT = [
    ("we are not going to pay a single cent for such a stupid wall",
     "we are not going to pay any single cent for such a stupid wall"),
    ("With all due respect, that's just a bunch of malarkey today",
     "With all due respect, that's a bunch of malarkey today"),
    ("I think the President Pena is taking an enormous political risk",
     "I think President Pena is taking an enormous political risk"),
    ("Censorship is a very dangerous thing and we will not allow it",
     "Censorship is a dangerous thing and we will not allow it"),
    ("she will of course stay on as chair until the spring",
     "she will stay on as chair until the spring"),
]

CHANGED = [
    # tense and aspect of one verb, regular or irregular: how, not what; info
    ("he wants to run the nation like he's run his business", "he wants to run the nation like "
     "he's running his business", Change.MINOR),
    ("and I say, 'Baby, they don't win, not in this house'",
     "and I said, 'Baby, they don't win, not in this house'", Change.MINOR),
    # another verb: content, warning
    ("what have you guys been debating, John, all this week",
     "what have you guys been doing, John, all this week", Change.CONTENT),
    # a negation dropped
    ("we will not raise taxes on the middle class this year",
     "we will raise taxes on the middle class this year", Change.CONTENT),
    # a number changed
    ("there is a 1 in 3 chance that we could lose the House",
     "there is a 2 in 3 chance that we could lose the House", Change.CONTENT),
    # a content word changed
    ("we've got a real challenge and we've got work to do",
     "we've got a big challenge and we've got work to do", Change.CONTENT),
    # a personal pronoun of another person: who is blamed, warning
    ("Flynn lied and it's like they ruined his life, very unfair",
     "Flynn lied and it's like it ruined his life, very unfair", Change.CONTENT),
    # a modal for another: how sure, warning
    ("the agency will review the rule before it takes effect",
     "the agency may review the rule before it takes effect", Change.CONTENT),
    ("if they don't pass it it will materially increase the odds",
     "if they don't pass it it would materially increase the odds", Change.CONTENT),
    # one pronoun's other form ("we" / "us" is one referent): info
    ("they told us that the plant would close in the spring",
     "they told we that the plant would close in the spring", Change.MINOR),
    # a function word put in or left out, a compound of one: info
    ("in the next couple weeks it will materially increase the odds",
     "in the next couple of weeks it will materially increase the odds", Change.MINOR),
    ("I don't think it's any worse than what the president said",
     "I don't think it's anything worse than what the president said", Change.MINOR),
    # but a negation, or a function word put for another, is content
    ("we did it with their help and we would do it again",
     "we did it without their help and we would do it again", Change.CONTENT),
    ("the vote came before the recess and nobody was happy",
     "the vote came after the recess and nobody was happy", Change.CONTENT),
    ("I think there is any chance that we could lose the House",
     "I think there is no chance that we could lose the House", Change.CONTENT),
]


def test_transcription_noise_is_no_change() -> None:
    for a, b in NOISE:
        assert change(a, b) is Change.NOISE, (a, b)


def test_a_slight_word_put_in_or_left_out_is_info() -> None:
    for a, b in SLIGHT:
        assert change(a, b) is Change.MINOR, (a, b)


def test_a_change_of_content_pronoun_or_modal_is_graded() -> None:
    for a, b, grade in CHANGED:
        assert change(a, b) is grade, (a, b)


def test_forms_of_one_word() -> None:
    assert same_word("pew", "pews") and same_word("Mama", "Momma")
    # tense, aspect and other words are not forms of one word
    assert not same_word("run", "running") and not same_word("say", "said")
    assert not same_word("farm", "form") and not same_word("it", "its")


def test_a_name_dropped_at_an_end_counts_and_a_cut_does_not() -> None:
    x, y = house_style(gapped("CCP state psyop"), gapped("state psyop"))
    assert change_of(x, y, lambda words: carries_meaning(words, frozenset({"ccp"}))) \
        is Change.CONTENT
    assert change_of(x, y, lambda words: False) is Change.NOISE


def test_the_message_shows_the_changed_stretch_only() -> None:
    here = ("I just saw the reports that he had previously said he opposed it and now, "
            "according to ABC News, he said that he supports it today.").split()
    there = ("I just saw the reports that he had previously said he opposed it and now "
             "according to ABC News he is saying that he supports it today.").split()
    mine, theirs = changed_passages(here, there)
    assert "said" in mine and "saying" in theirs
    assert "reports" not in mine and len(mine.split()) < 12


WORDS = st.lists(st.sampled_from("we will build the wall and they pay for it now".split()),
                 min_size=3, max_size=12)


@given(WORDS, WORDS)
def test_change_is_symmetric_and_nothing_for_the_same_words(a: list[str], b: list[str]) -> None:
    x, y = tuple(a), tuple(b)
    assert change_of(x, x, carries_meaning) is Change.NOISE
    assert change_of(x, y, carries_meaning) is change_of(y, x, carries_meaning)


@given(WORDS, st.sampled_from(["that", "oh", "and", "you know"]), st.integers(1, 10))
def test_a_noise_word_put_inside_is_no_change(words: list[str], noise: str, at: int) -> None:
    at = min(at, len(words) - 1)
    assert change_of(tuple(words), (*words[:at], *noise.split(), *words[at:]),
                     carries_meaning) is Change.NOISE


@given(WORDS, st.sampled_from(["just", "the", "very", "of course"]), st.integers(0, 12))
# difflib aligns "build just build" among repeated words as "build" and "just" put in and
# a "build" dropped at the end: one word moved is no change
@example(["we", "build", "build", "build", "build"], "just", 2)
def test_a_slight_word_put_in_is_at_most_info(words: list[str], slight: str, at: int) -> None:
    at = min(at, len(words))
    assert change_of(tuple(words), (*words[:at], *slight.split(), *words[at:]),
                     carries_meaning) <= Change.MINOR


def test_pair_rule_noise_is_silent_content_warns_slight_informs(corpus, run_json) -> None:
    text = ('Senator Ann Ford said on Tuesday: "I think {0}the deal is {1}a betrayal of every '
            'family in this state."\n\nTom Reyes said: "I think {2} ruined the budget for every '
            'family in this county."\n\nMaria Lopez said "we will {3} the tax on fuel by next '
            'spring for every driver."\n')
    root = corpus({"a.txt": text.format("that ", "", "it has", "cut"),
                   "b.txt": text.format("", "you know, ", "it", "raise")})
    _, diagnostics = run_json(root, "--select", "NL302")
    found = {d["message"].split(" quoted")[0]: d for d in diagnostics}
    assert set(found) == {"Tom Reyes", "Maria Lopez"}
    assert found["Tom Reyes"]["severity"] == "info"
    assert found["Maria Lopez"]["severity"] == "warning"
    assert "every driver" not in found["Maria Lopez"]["message"]  # not the quote in full


def _nl302_lines(tmp_path, run_json, event: str) -> set[tuple[str, int]]:
    _, diagnostics = run_json(str(article_copy(tmp_path, event)), "--select", "NL302")
    return {(d["path"].rsplit("/", 1)[-1], d["line"]) for d in diagnostics}


def test_real_dev_noise_is_silent(tmp_path, run_json) -> None:
    # "and the president" / ", the president": a conjunction for a comma
    assert ("nyt.md", 40) not in _nl302_lines(
        tmp_path, run_json, "2013-william-cowan-named-interim-senator-in-massachus")


def test_real_dev_slight_change_is_info(tmp_path, run_json) -> None:
    # "that's just a bunch of malarkey" / "That's a bunch of malarkey"
    found = nl302_at(tmp_path, run_json, "2012-biden-and-ryan-debate", "hpo.md", 46)
    assert found["severity"] == "info" and '"just"' in found["message"]
    # "I think the President Peña" / "I think President Peña"
    found = nl302_at(tmp_path / "b", run_json,
                     "2016-trump-gets-into-twitter-feud-with-vicente-fox", "fox.md", 16)
    assert found["severity"] == "info" and '"the"' in found["message"]
    # "a very dangerous thing" in two outlets, "a dangerous thing" in the third
    found = nl302_at(tmp_path / "c", run_json,
                     "2018-trump-accuses-social-media-firms-of-discriminati", "fox.md", 32)
    assert found["severity"] == "info" and "2 other articles" in found["message"]


def test_real_dev_change_is_found(tmp_path, run_json) -> None:
    # "like he's run his business" / "like he's running his business"
    _, diagnostics = run_json(str(article_copy(tmp_path, "2016-bloomberg-criticizes-trump-at-dnc")),
                              "--select", "NL302")
    (finding,) = [d for d in diagnostics if d["path"].endswith("nyt.md") and d["line"] == 12]
    assert finding["severity"] == "info" and "running" in finding["message"]
