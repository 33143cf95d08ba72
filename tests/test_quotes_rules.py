"""NL301-NL304 on the seeds and on small wire corpora written with traps."""

from __future__ import annotations

from conftest import SEEDS, seed
from test_quotes import quotes_of


def at(diagnostic: dict) -> tuple[str, int]:
    return diagnostic["path"], diagnostic["line"]


def related_at(diagnostic: dict) -> set[tuple[str, int]]:
    return {(r["path"], r["line"]) for r in diagnostic["related"]}


def test_seeds_done_when(run_json):
    _, diagnostics = run_json(SEEDS, "--select", "NL3")
    wording = [d for d in diagnostics if d["code"] == "NL302"]
    pairs = {frozenset({at(d), *related_at(d)}) for d in wording}
    assert pairs == {
        frozenset({(seed("000"), 6), (seed("001"), 14)}),  # "state psyop" / "CCP state psyop"
        frozenset({(seed("003"), 19), (seed("004"), 17)}),  # "AI's Sputnik moment" / "Second"
    }
    # A tie (one article each) is anchored by the wording, not the file name, unless a text
    # spinner's phrase has rewritten one copy: "Sputnik Second" in the spun 004 is flagged.
    psyop = next(d for d in wording if at(d) == (seed("001"), 14))
    assert "Neal Khosla" in psyop["message"] and '"CCP" here only' in psyop["message"]
    sputnik = next(d for d in wording if at(d) == (seed("004"), 17))
    assert '"Second" here, "moment" there' in sputnik["message"]
    # a name or a noun changed at a fragment's edge is content: warnings, not notes
    assert psyop["severity"] == sputnik["severity"] == "warning"

    (quote_set,) = [d for d in diagnostics if d["code"] == "NL303"]
    assert quote_set["severity"] == "info"
    assert "Marc Andreessen" in quote_set["message"] and "3 different quotes" in quote_set[
        "message"]
    places = {at(quote_set), *related_at(quote_set)}
    assert (seed("002"), 2) in places  # "profound gift to the world"
    assert {(seed("000"), 6), (seed("001"), 13), (seed("003"), 19), (seed("004"), 17)} <= places

    # The identical "amazing and impressive breakthroughs" quotes are consistent.
    assert not [d for d in diagnostics if d["code"] == "NL301"]
    for d in wording:
        assert "amazing" not in d["message"]

    # The seeds' one long unattributed quote (004:4) is a fragment of the writer's sentence.
    assert [at(d) for d in diagnostics if d["code"] == "NL304"] == []


A = """WASHINGTON (Wire) - Senator Ann Ford said on Tuesday the budget deal was "a betrayal of
every family that trusted us" and vowed to vote against it.

"We were promised a fair process," Ford said. "We did not get one."

Treasury Secretary Paul Grant called the deal "the best we could get" in a divided Congress.
"""

B = """WASHINGTON (Wire) - The budget deal drew fire from both parties on Tuesday.

"A betrayal of every family that trusted us," Senator Tom Reyes said of the deal.

Ford, a Democrat, said the deal was "a betrayal of every family who trusted us."
Grant said the deal was "the best we could get," adding that talks had been hard.
"""

C = """WASHINGTON (Wire) - Ann Ford, the senator leading opposition to the budget deal, spoke
to reporters for an hour on Tuesday.

"We were promised a fair process," Ford said, adding that the talks were "rushed."

Ford also said the deal was "a betrayal of every family that trusted us."
"""


def test_conflicting_speaker_is_an_error_pointing_at_the_odd_one(corpus, run_json):
    root = corpus({"a.txt": A, "b.txt": B, "c.txt": C})
    _, diagnostics = run_json(root, "--select", "NL301")
    (conflict,) = diagnostics
    assert conflict["severity"] == "error"
    # Two articles credit Ann Ford, one credits Tom Reyes: the finding is at Reyes.
    assert conflict["path"].endswith("b.txt") and conflict["line"] == 3
    assert "Tom Reyes" in conflict["message"] and "Ann Ford" in conflict["message"]
    assert {r["path"].rsplit("/", 1)[-1] for r in conflict["related"]} == {"a.txt", "c.txt"}
    # The other places point at their words, to compare, not at the speaker's name.
    texts = {"a.txt": A, "c.txt": C}
    for r in conflict["related"]:
        line = texts[r["path"].rsplit("/", 1)[-1]].split("\n")[r["line"] - 1]
        assert line[r["col"] - 1:].lower().startswith("a betrayal"), line


def test_same_speaker_same_words_is_consistent(corpus, run_json):
    root = corpus({"a.txt": A, "c.txt": C})
    _, diagnostics = run_json(root, "--select", "NL301,NL302")
    assert diagnostics == []  # "Ford" is "Ann Ford"; the quotes are identical


def test_short_identical_phrase_is_not_a_conflict(corpus, run_json):
    # "the best we could get" is five words: long enough. Three words are not.
    root = corpus({
        "x.txt": 'Paul Grant called it "a good deal" on Monday.\n',
        "y.txt": 'Tom Reyes called it "a good deal" on Monday.\n',
    })
    _, diagnostics = run_json(root, "--select", "NL301")
    assert diagnostics == []


def test_generic_speaker_or_post_is_not_a_conflict(corpus, run_json):
    post_intro = ("The senator's office answered on Friday in a post that drew thousands of "
                  "replies from constituents, many of them angry about the budget and the "
                  "closed-door process that produced it late on Monday night.\n\n")
    root = corpus({
        "a.txt": A,
        "g.txt": 'A Treasury spokesperson said it was "a betrayal of every family that '
                 'trusted us" to delay.\n',
        "p.txt": post_intro + 'Ford says this deal is "a betrayal of every family that '
                              'trusted us." She is right.\n— Tom Reyes (@reyes) March 6, '
                              '2025\n',
    })
    _, diagnostics = run_json(root, "--select", "NL301")
    assert diagnostics == []


def test_wording_variant_of_a_pronoun_only_is_info(corpus, run_json):
    root = corpus({"a.txt": A, "b.txt": B})
    _, diagnostics = run_json(root, "--select", "NL302")
    (variant,) = diagnostics
    # "that" for "who": only a relative pronoun changed, not what was said
    assert variant["severity"] == "info"
    assert variant["path"].endswith("a.txt") and variant["line"] == 1
    assert "Ann Ford" in variant["message"]
    assert '"that" here, "who" there' in variant["message"]
    assert [r["path"].rsplit("/", 1)[-1] for r in variant["related"]] == ["b.txt"]
    # "the best we could get" is identical in both: no finding for Paul Grant.
    assert "Paul Grant" not in variant["message"]


def test_excerpt_of_a_full_quote_is_not_a_variant(corpus, run_json):
    root = corpus({
        "a.txt": '"This deal is a betrayal of every family," Ann Ford said on Monday.\n',
        "b.txt": 'Ann Ford said it was "a betrayal of every family" on Monday.\n',
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    assert diagnostics == []


def test_cuts_of_one_remark_are_not_variants(corpus, run_json):
    root = corpus({
        "a.txt": 'Ann Ford said the bond "will add roughly 900 units" to the city.\n',
        "b.txt": 'Ann Ford said it would add "roughly 900 units over five years" to the city.\n',
        "c.txt": 'Ann Ford called it "a profound gift to the city" on Monday.\n',
        "d.txt": 'Ann Ford called it a "profound gift to the city and its people."\n',
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    assert diagnostics == []


def test_meaningful_word_added_in_front_is_a_variant(corpus, run_json):
    # A name, a negation or a number left out in front changes what was said.
    root = corpus({
        "a.txt": 'Ann Ford called the plan "Beijing\'s state propaganda" on Monday.\n',
        "b.txt": 'Ann Ford called the plan "state propaganda" on Monday.\n',
        "c.txt": 'Ann Ford said the bank was "not on a pre-set path to lower rates."\n',
        "d.txt": 'Ann Ford said the bank was "on a pre-set path to lower rates."\n',
        "e.txt": 'Ann Ford said the deal would "add 900 jobs across the region."\n',
        "f.txt": 'Ann Ford said the deal would add "jobs across the region."\n',
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    # one article each way: nothing says which is right, so the message blames neither
    assert sorted(d["message"].split("the two differ: ")[1].split(";")[0]
                  for d in diagnostics) == [
        '"Beijing\'s" here only', '"add 900" here only', '"not" here only']


def test_shorter_slice_of_the_same_words_is_an_excerpt(corpus, run_json):
    # Was flagged: words left out at the start that carry no name, negation or number.
    root = corpus({
        "a.txt": ('LONDON (Wire) - Governor Ruth Marsh said officials would "take a gradual '
                  'and careful approach" to easing.\n'),
        "b.txt": ('LONDON (Wire) - Ruth Marsh stressed a "gradual and careful approach" to '
                  'further cuts.\n'),
        "c.txt": 'Ann Ford called the vote a "truly historic step for the region."\n',
        "d.txt": 'Ann Ford called the vote a "historic step for the region."\n',
        "e.txt": 'Ann Ford said it was "clearly a very bad day for the region" overall.\n',
        "f.txt": 'Ann Ford said it was "a very bad day" for everyone.\n',
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    assert diagnostics == []


def test_quote_set_groups_by_speaker_and_subject(corpus, run_json):
    root = corpus({
        "a.txt": 'Senator Ann Ford said the Medicaid cuts were "cruel and unnecessary."\n',
        "b.txt": 'Ann Ford called the Medicaid plan "a war on the working poor."\n',
        "c.txt": 'Ann Ford said the Yankees were "the best team in baseball this year."\n',
        "d.txt": 'Ann Ford said the Medicaid changes would "leave a million people behind."\n',
    })
    _, diagnostics = run_json(root, "--select", "NL303")
    (quote_set,) = diagnostics
    assert "Ann Ford" in quote_set["message"] and "Medicaid" in quote_set["message"]
    assert "Yankees" not in quote_set["message"]  # another subject, and alone in it
    assert quote_set["path"].endswith("a.txt")
    assert [r["path"].rsplit("/", 1)[-1] for r in quote_set["related"]] == ["b.txt", "d.txt"]


def test_two_outlets_with_different_remarks_are_not_a_quote_set(corpus, run_json):
    """Two remarks, or an article that gives several: how news is written."""
    root = corpus({
        "a.txt": 'Senator Ann Ford said the Medicaid cuts were "cruel and unnecessary."\n',
        "b.txt": 'Ann Ford called the Medicaid plan "a war on the working poor."\n',
        "d.txt": ('Ann Ford said the Medicaid changes would "leave a million people behind." '
                  'She called the Medicaid plan "a war on the working poor."\n'),
    })
    _, diagnostics = run_json(root, "--select", "NL303")
    assert diagnostics == []


def test_longer_interview_in_one_article_is_not_a_quote_set(corpus, run_json):
    root = corpus({
        "a.txt": ('Ann Ford said the Medicaid cuts were "cruel and unnecessary." She said the '
                  'Medicaid plan was "a war on the working poor."\n'),
        "b.txt": 'Ann Ford said the Medicaid cuts were "cruel and unnecessary."\n',
    })
    _, diagnostics = run_json(root, "--select", "NL303")
    assert diagnostics == []  # b.txt quotes less of her, not something else


def test_one_quote_repeated_is_not_a_quote_set(corpus, run_json):
    root = corpus({"a.txt": A, "c.txt": C})
    _, diagnostics = run_json(root, "--select", "NL303")
    assert diagnostics == []


def test_unattributed_long_quote_warns_but_not_scare_or_title(corpus, run_json):
    text = ('Residents slept in cars and tents as temperatures dropped below freezing.\n\n'
            '"We heard a roar and then everything started shaking. The walls came down on '
            'top of us."\n\n'
            'The plan has been called "a betrayal of every worker in this state" in recent '
            'days. The so-called "grand bargain" failed. Her memoir "Ten Years in the '
            'Senate Chamber" is out.\n\n'
            'Residents described the night:\n\n"We ran into the street with nothing on '
            'our feet and waited there until dawn."\n\n'
            'And Mr. Holt? "He is a good man and he will do the job well."\n')
    root = corpus({"a.txt": text})
    _, diagnostics = run_json(root, "--select", "NL304")
    (unattributed,) = diagnostics
    assert unattributed["line"] == 3 and "17 words" in unattributed["message"]


def test_quote_running_past_its_attribution_is_not_unattributed(corpus, run_json):
    """A closing mark left out: the attribution is read into the quote (real copy,
    2018-james-mattis-quits-as-defense-secretary/hpo.md:18-20, written anew here)."""
    text = ('The letter says his last day will be Feb. 28.\n\n'
            '"I am proud of the progress that has been made over the past two years on the '
            'goals of our strategy, he wrote.\n\n'
            '"Our troops continue to provide the capabilities needed to prevail in '
            'conflict."\n')
    root = corpus({"a.txt": text})
    _, diagnostics = run_json(root, "--select", "NL304")
    assert diagnostics == []


def test_findings_do_not_depend_on_file_order(corpus, run_json):
    first = corpus({"1.txt": A, "2.txt": B, "3.txt": C})
    _, one = run_json(first, "--select", "NL3")
    for name in ("1.txt", "2.txt", "3.txt"):
        (first / name).unlink()
    second = corpus({"3.txt": A, "1.txt": B, "2.txt": C})
    _, two = run_json(second, "--select", "NL3")
    assert sorted((d["code"], d["severity"]) for d in one) == sorted(
        (d["code"], d["severity"]) for d in two)
    assert {d["code"] for d in one} == {"NL301", "NL302"}


def test_ellipsis_matches_the_words_it_leaves_out(corpus, run_json):
    root = corpus({
        "a.txt": ('LONDON (Wire) - Governor Ruth Marsh said on Thursday: "We expect to be able '
                  'to cut rates again, but we will need to move slowly and carefully."\n'),
        "b.txt": ('LONDON (Wire) - "We expect to be able to cut rates again ... move slowly '
                  'and carefully," Ruth Marsh said.\n'),
        "c.txt": ('LONDON (Wire) - Ruth Marsh said: "We expect to be able to cut rates '
                  'again […] slowly and carefully."\n'),
        "d.txt": ('LONDON (Wire) - "The bank will hold rates … for longer than markets '
                  'expect," Ruth Marsh said.\n'),
        "e.txt": ('LONDON (Wire) - "The bank will hold rates steady for longer than markets '
                  'expect," Ruth Marsh said.\n'),
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    assert diagnostics == []


def test_ellipsis_does_not_hide_a_changed_word(corpus, run_json):
    root = corpus({
        "a.txt": ('LONDON (Wire) - "The bank will hold rates ... for longer than markets '
                  'expect," Ruth Marsh said.\n'),
        "b.txt": ('LONDON (Wire) - "The bank will hold rates steady for shorter than markets '
                  'expect," Ruth Marsh said.\n'),
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    assert len(diagnostics) == 1


def test_house_style_is_not_rewording(corpus, run_json):
    # British and American spelling, contractions and an editor's bracketed words.
    root = corpus({
        "a.txt": ('LONDON (Wire) - Chief Executive Dora Lane said the firm would "honour every '
                  'warranty and organise a full inquiry."\n\n"We are sorry and we do not '
                  'intend to hide anything," Lane said.\n\nRegulator Ian Cobb said: "We will '
                  'look at why it waited so long to act."\n'),
        "b.txt": ('NEW YORK (Wire) - CEO Dora Lane said the firm would "honor every warranty '
                  'and organize a full inquiry."\n\n"We\'re sorry and we don\'t intend to hide '
                  'anything," Lane said.\n\n"We will look at why [Acme] waited so long to '
                  'act," Ian Cobb said.\n'),
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    assert diagnostics == []


def test_bracket_does_not_hide_a_changed_word(corpus, run_json):
    root = corpus({
        "a.txt": '"We will look at why [Acme] waited so long to act," Ian Cobb said.\n',
        "b.txt": '"We will look at why it waited so long to decide," Ian Cobb said.\n',
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    assert len(diagnostics) == 1


def test_possessive_organisation_before_the_speaker():
    text = ('SAN FRANCISCO (Wire) - Gartner\'s Mark Lee said the headset "was priced '
            'lower than most people expected", and Morgan Stanley\'s Erik Woodring said '
            'the launch "puts real pressure on rivals this year."\n\nOrbit\'s CEO Dana '
            'Fox said the device "will change how people work every day."\n\nMeta\'s '
            'Llama said nothing. The headset has been called "a toy for rich early '
            'adopters only" in reviews.\n')
    assert [q.speaker_key for q in quotes_of(text)] == [
        "Mark Lee", "Erik Woodring", "Dana Fox", None]


def test_one_person_in_two_spellings_is_one_speaker(corpus, run_json):
    root = corpus({
        "a.txt": ('ANKARA (Wire) - Turkish President Recep Tayyip Erdoğan said Turkey was '
                  '"ready to host new talks in Istanbul." Ukrainian President Volodymyr '
                  'Zelenskyy called the meeting "constructive and very honest today."\n'),
        "b.txt": ('ANKARA (Wire) - Mr Erdogan said Turkey was "ready to host new talks in '
                  'Istanbul." Volodymyr Zelensky called the meeting "constructive and very '
                  'honest today."\n'),
        # Different people who share an initial and a short surname a letter apart.
        "c.txt": 'Recruitment chief Jon Smith said: "We are not selling him this summer."\n',
        "d.txt": 'Agent John Smyth said: "We are not selling him this summer."\n',
    })
    _, diagnostics = run_json(root, "--select", "NL301")
    # One article each: the tie goes by the name credited ("John Smyth"), not the file.
    assert [(d["path"].rsplit("/", 1)[-1], d["line"]) for d in diagnostics] == [("d.txt", 1)]


def test_organisation_of_a_place_before_a_title_is_not_the_speaker(corpus, run_json):
    root = corpus({
        "a.txt": ('LONDON (Wire) - Bank of England Governor Ruth Marsh said officials would '
                  '"take a gradual and careful approach" to easing.\n\nBank of Japan Governor '
                  'Kenji Ota said: "We will raise rates if the outlook is realised."\n'),
        "b.txt": ('LONDON (Wire) - Marsh said officials would "take a gradual and careful '
                  'approach" to easing.\n\n"We will raise rates if the outlook is realised," '
                  'Ota told reporters.\n'),
    })
    _, diagnostics = run_json(root, "--select", "NL301")
    assert diagnostics == []


def test_organisation_of_a_place_and_title_are_the_role():
    from test_quotes import quotes_of

    (quote,) = quotes_of('Bank of Japan Governor Kenji Ota said: "We will raise rates."\n')
    assert (quote.speaker_key, quote.speaker_role) == ("Kenji Ota", "Bank of Japan Governor")
    (critics,) = quotes_of('Critics of Governor Kenji Ota said: "He has been far too slow."\n')
    assert critics.speaker_kind == "generic"


def test_organisation_and_its_spokesperson_are_one_source(corpus, run_json):
    root = corpus({
        "a.txt": ('CHICAGO (Wire) - "The safety of our riders is our highest priority," '
                  'Velo Corp said in a statement on Tuesday.\n'),
        "b.txt": ('CHICAGO (Wire) - "The safety of our riders is our highest priority," Velo '
                  'spokeswoman Nina Ross said.\n'),
        "c.txt": ('CHICAGO (Wire) - "The safety of our riders is our highest priority," said '
                  'Omar Haddad, a spokesman for Velo.\n'),
        # Someone who does not speak for Velo is another person.
        "d.txt": ('CHICAGO (Wire) - "The safety of our riders is our highest priority," '
                  'Transit Authority chair Lena Park said.\n'),
    })
    _, diagnostics = run_json(root, "--select", "NL301")
    (conflict,) = diagnostics
    assert conflict["path"].endswith("d.txt") and "Lena Park" in conflict["message"]


def test_fragment_of_a_longer_quote_with_a_word_changed_is_a_variant(corpus, run_json):
    """Shared words are measured against the shorter quote: a fragment meets the quote it
    was cut from (real copy, 2012-biden-and-ryan-debate fox.md:54 / nyt.md:20, written
    anew here)."""
    root = corpus({
        "a.txt": ('"Mr. Vice President, I know you are under a lot of duress to make up for '
                  'lost ground," Ryan said.\n'),
        "b.txt": 'At one point Mr. Ryan told him, "I know you are under duress."\n',
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    (variant,) = diagnostics
    assert '"a lot of"' in variant["message"]  # added or dropped, by where it points


def test_house_style_is_not_a_wording_change(corpus, run_json):
    root = corpus({
        "a.txt": ('"I feel badly for Gen. Flynn and the U.S. work force, and I sent five '
                  'e-mails about it," Ann Ford said.\n'),
        "b.txt": ('"I feel badly for General Flynn and the US workforce, and I sent 5 '
                  'emails about it," Ann Ford said.\n'),
        "c.txt": '"We are gonna win this okay," Tom Reyes said.\n',
        "d.txt": '"We are going to win this OK," Tom Reyes said.\n',
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    assert diagnostics == []


def test_two_remarks_sharing_a_phrase_are_not_a_variant(corpus, run_json):
    root = corpus({
        "a.txt": '"I may do it," Ann Ford said of the order.\n',
        "b.txt": '"But I would rather do it much faster," Ann Ford said.\n',
        "c.txt": ('"There should be no meeting with the minister until the inquiry is done," '
                  'Tom Reyes said.\n'),
        "d.txt": ('"We asked for a meeting with the minister and got nothing back," Tom Reyes '
                  'said.\n'),
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    assert diagnostics == []


def test_quote_with_the_other_speaker_beside_it_is_not_a_conflict(corpus, run_json):
    """A fragment that names the other person inside it: who said it is a matter of
    reading, not a conflict to report as an error."""
    root = corpus({
        "a.txt": ('"Ann Ford is right that this deal is a betrayal of every family," Tom '
                  'Reyes said.\n'),
        "b.txt": '"This deal is a betrayal of every family," Ann Ford said.\n',
    })
    _, diagnostics = run_json(root, "--select", "NL301")
    assert diagnostics == []


def test_asterisks_and_a_spoken_count_are_not_wording(corpus, run_json):
    root = corpus({
        "a.txt": ('"I am not going to pay for that f***ing wall," Ann Ford said.\n\n'
                  '"Number one, you said this is a culture where the head office knows '
                  'everything," Tom Reyes said.\n'),
        "b.txt": ('"I am not going to pay for that fucking wall," Ann Ford said.\n\n'
                  '"You said this is a culture where the head office knows everything," Tom '
                  'Reyes said.\n'),
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    assert diagnostics == []


def test_a_quote_worded_differently_in_two_articles_names_both(corpus, run_json):
    """One finding at the odd quote, naming each article whose wording differs from it."""
    root = corpus({
        "a.txt": 'Senator Ann Ford called the deal "a betrayal of every family that trusted '
                 'us" on Tuesday.\n',
        "b.txt": 'Ann Ford said it was "a betrayal of every family who trusted us" and left.\n',
        "c.txt": 'Ann Ford said the deal was "a betrayal of every family who trusted them."\n',
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    at_a = [d for d in diagnostics if d["path"].endswith("a.txt")]
    assert len(at_a) == 1
    assert {r["path"].rsplit("/", 1)[-1] for r in at_a[0]["related"]} == {"b.txt", "c.txt"}
    named = {p.rsplit("/", 1)[-1] for d in diagnostics
             for p in [d["path"], *(r["path"] for r in d["related"])]}
    assert named == {"a.txt", "b.txt", "c.txt"}


def test_a_short_quote_with_one_word_changed_is_a_variant(corpus, run_json):
    """Four words, one changed in the middle: "under study for years" / "under review for
    years", "we will vigorously defend" / "we will fiercely defend"."""
    root = corpus({
        "a.txt": 'Ann Ford said the rule had been "under study for years" at the agency.\n\n'
                 'Tom Reyes said "we will vigorously defend" the law.\n',
        "b.txt": 'Ann Ford said the rule had been "under review for years" at the agency.\n\n'
                 'Tom Reyes said "we will fiercely defend" the law.\n',
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    messages = sorted(d["message"] for d in diagnostics)
    assert len(messages) == 2
    assert "Ann Ford" in messages[0] and "Tom Reyes" in messages[1]


def test_a_short_list_of_names_reordered_is_not_a_variant(corpus, run_json):
    root = corpus({
        "a.txt": 'Ann Ford called them "Smoothie, Ace and Shifty" in a radio interview.\n',
        "b.txt": 'Ann Ford called them "Ace, Smoothie (and) Shifty" in a radio interview.\n',
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    assert diagnostics == []


def test_a_short_fragment_with_one_word_changed_from_a_full_quote(corpus, run_json):
    root = corpus({
        "a.txt": '"We believe this suit is without merit and we will vigorously defend against '
                 'it in court," Attorney General Tom Reyes said.\n',
        "b.txt": 'Attorney General Tom Reyes said "we will fiercely defend" against the suit.\n',
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    (variant,) = diagnostics
    assert '"fiercely" here, "vigorously" there' in variant["message"] or (
        '"vigorously" here, "fiercely" there' in variant["message"])


def test_wording_two_articles_agree_on_is_not_where_the_finding_sits(corpus, run_json):
    """Two outlets give the remark one way, in full or in part, and a third another: the
    finding sits at the third, naming both others."""
    root = corpus({
        "fox.md": "---\ndate: 2012-08-01\n---\nJohn Boehner spoke to reporters.\n\n"
                  "“I'm being myself. We've got a real challenge, and we've got work to do,” "
                  "Boehner said on Tuesday.\n",
        "hpo.md": "---\ndate: 2012-08-01\n---\nJohn Boehner spoke to reporters.\n\n"
                  "“We've got a real challenge, and we've got work to do,” Boehner said on "
                  "Tuesday.\n",
        "nyt.md": "---\ndate: 2012-08-01\n---\nJohn Boehner spoke to reporters.\n\n"
                  "“We've got a big challenge, and we've got work to do,” Mr. Boehner said "
                  "on Tuesday.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    (finding,) = diagnostics
    assert finding["path"].endswith("nyt.md")
    assert {r["path"].rsplit("/", 1)[-1] for r in finding["related"]} == {"fox.md", "hpo.md"}


def test_a_fragment_the_speaker_says_word_for_word_elsewhere_is_no_misquote(corpus, run_json):
    """She said both "I went way too far" and "I went too far and I was wrong": a third
    outlet's "went too far" quotes the second remark faithfully."""
    root = corpus({
        "fox.md": "---\ndate: 2017-05-30\n---\nThe comedian Ana Ruiz admitted on Tuesday that "
                  "she \"went too far\" with the photo shoot.\n",
        "hpo.md": "---\ndate: 2017-05-30\n---\nThe comedian Ana Ruiz apologized in a video.\n\n"
                  "“I went way too far,” Ruiz said in the video.\n",
        "nyt.md": "---\ndate: 2017-05-30\n---\nThe comedian Ana Ruiz apologized in a video.\n\n"
                  "“I went too far and I was wrong,” Ruiz said later.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL302")
    assert not diagnostics
