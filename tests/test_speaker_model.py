"""The speaker model on real copy: a name in apposition to a role, a time phrase between a
subject and its verb, pronouns that follow one person over several paragraphs."""

from __future__ import annotations

from conftest import SEEDS
from newslint.extract import extract_article
from newslint.index.quote_text import words_of
from realcopy import paragraph
from test_quotes import article_of, quotes_of

MUELLER = "2019-mueller-s-office-disputes-buzzfeed-report"
SOCIAL = "2018-trump-accuses-social-media-firms-of-discriminati"


def test_name_in_apposition_after_an_inverted_role_is_the_speaker():
    """`," said the spokesman, Peter Carr.`: the spokesman is Peter Carr."""
    [quote] = quotes_of(paragraph(MUELLER, "nyt.md", 14) + "\n")
    assert (quote.speaker_key, quote.speaker_kind) == ("Peter Carr", "name")
    assert quote.speaker_role == "spokesman"


def test_role_without_a_name_stays_the_speaker():
    [quote] = quotes_of("“We will appeal,” said a spokesman for the ministry.\n")
    assert quote.speaker_kind == "generic"
    [quote] = quotes_of("“We will appeal,” said the spokesman, who declined to be named.\n")
    assert quote.speaker_kind == "generic"


def test_time_phrase_between_subject_and_verb():
    """`Trump on Saturday accused social media sites of "..."`."""
    [quote] = quotes_of(paragraph(SOCIAL, "fox.md", 28) + "\n")
    assert quote.speaker_key == "Trump"
    text = "Ana Ruiz on Tuesday said the plan was “a disaster for every family here.”\n"
    assert [q.speaker_key for q in quotes_of(text)] == ["Ana Ruiz"]


def test_day_after_a_thing_is_not_stripped_off_a_subject():
    text = ("Ann Ford released a statement late Tuesday saying: “We will appeal the ruling "
            "in every court we can.”\n")
    assert [q.speaker_key for q in quotes_of(text)] == ["Ann Ford"]


CHAIN = ("Governor Ana Ruiz said Friday that she will sign the bill.\n\n"
         "“I am proud of what we did together,” she said.\n\n"
         "She said the deal would keep the clinics open for a year.\n\n"
         "She called the vote “a turning point for every family in the state.”\n")


def test_pronoun_follows_one_person_over_several_paragraphs():
    speakers = [q.speaker_key for q in quotes_of(CHAIN)]
    assert speakers == ["Ana Ruiz", "Ana Ruiz"]


def test_pronoun_chain_broken_by_a_paragraph_without_it():
    broken = CHAIN.replace("She said the deal", "The deal")
    assert [q.speaker_key for q in quotes_of(broken)] == ["Ana Ruiz", None]
    other = CHAIN.replace("She said the deal", "He said the deal")
    assert [q.speaker_key for q in quotes_of(other)] == ["Ana Ruiz", None]


def test_quoted_sentence_goes_on_from_reported_speech_before_it():
    """`Lenahan says he sees a bigger issue at work here. "There is ..."`."""
    text = paragraph("2012-michele-bachmann-and-other-gop-reps-show-support", "fox.md", 28)
    [quote] = quotes_of(text + "\n")
    assert quote.speaker_key == "Lenahan"
    # A sentence with no speech verb before it passes on no one.
    [quote] = quotes_of("Lenahan sees a bigger issue at work. “There is a culture war going "
                        "on here and nobody listens.”\n")
    assert quote.speaker_key is None


def test_sentence_subject_speaks_past_an_earlier_quote_in_the_sentence():
    """`President Trump ... took aim at ... for "discriminating" ... -- saying that "..."`."""
    quotes = quotes_of(paragraph(SOCIAL, "fox.md", 10) + "\n")
    assert [(q.text, q.speaker_key) for q in quotes] == [
        ("too many voices are being destroyed", "Trump")]


def test_words_inside_an_earlier_quote_are_not_the_subject():
    """`"Social Media is totally discriminating ...," Mr. Trump wrote on Twitter, saying that
    "censorship is ..."`: Social Media is the quote's words, not a speaker."""
    text = paragraph(SOCIAL, "nyt.md", 12)
    assert [q.speaker_key for q in quotes_of(text + "\n")] == ["Trump", "Trump"]


def _lines(event: str, file: str, first: int, last: int) -> str:
    return "\n\n".join(paragraph(event, file, n) for n in range(first, last + 1, 2)) + "\n"


def test_pronoun_skips_a_title_cut_off_by_its_full_stop():
    """`Colorado Gov. John Hickenlooper told ...` then `"...," he said.`: "Colorado Gov" is
    no person, and "Colorado" elsewhere is not one either."""
    text = _lines("2014-nebraska-and-oklahoma-fight-colorado-s-recreatio", "fox.md", 42, 44)
    assert [q.speaker_key for q in quotes_of(text)] == ["John Hickenlooper"]


def test_two_letter_first_name_is_a_person():
    """`California Rep. Ed Royce on Friday questioned ...` then `," the committee chairman
    said`: the epithet resolves to Ed Royce."""
    text = _lines("2017-trump-reverses-decision-to-allow-import-of-eleph", "fox.md", 18, 20)
    assert {q.speaker_key for q in quotes_of(text)} == {"Ed Royce"}
    # A sentence that opens with a two-letter word is not a person: "On Medicare".
    text = ("Joe Biden spoke first.\n\nOn Medicare, he was blunt. “Their ideas are old and "
            "their ideas are bad,” he said.\n")
    assert [q.speaker_key for q in quotes_of(text)] == ["Joe Biden"]


def test_an_organisation_named_after_a_person_is_not_them():
    text = ("Michael Cohen worked for the Trump Organization for a decade. Mr. Trump "
            "spoke on Friday.\n\n“There was a good chance that I would not have won,” he "
            "said.\n")
    [quote] = quotes_of(text)
    assert quote.speaker_key != "Trump Organization"


def test_single_marks_quote_in_headlines_and_british_copy():
    head = "# " + paragraph(SOCIAL, "fox.md", 8) + "\n\nTrump spoke on Saturday.\n"
    [quote] = extract_article(article_of(head, "a.md")).quotes
    assert (quote.text, quote.speaker_key, quote.context) == (
        "too many voices are being destroyed", "Trump", "heading")
    british = "‘We will appeal the ruling in every court,’ said Jane Doe, a lawyer.\n"
    assert [(q.text, q.speaker_key) for q in quotes_of(british)] == [
        ("We will appeal the ruling in every court", "Jane Doe")]


def test_apostrophes_and_nested_marks_are_not_quotes():
    assert quotes_of("The Joneses' house was sold, and Smith's 'plan' didn't help.\n") == []
    nested = "“He told me ‘we will win this case’ and left,” said Jane Doe.\n"
    assert [q.text for q in quotes_of(nested)] == ["He told me ‘we will win this case’ and left"]


def test_unattributed_single_marks_are_left_out():
    assert quotes_of("So you are coming up short in the ‘good role model’ department.\n") == []


def test_ampersand_is_house_style():
    assert words_of("some good & some bad") == words_of("some good and some bad")


def test_role_run_into_a_name_is_the_same_person():
    text = ("National Security Adviser Susan Rice warned on Monday that the speech would do "
            "harm.\n\n“It's destructive to the fabric of the relationship,” Rice said.\n\n"
            "# Susan Rice calls the speech ‘destructive’ to relations\n")
    keys = {q.speaker_key for q in extract_article(article_of(text, "a.md")).quotes}
    assert keys == {"Susan Rice"}


def test_name_opening_a_clause_of_appositives_is_the_speaker():
    """`," Michael Elliott, the executive director of the Marijuana Industry Group, a
    Colorado-based trade group, said in a statement.`"""
    text = paragraph("2014-nebraska-and-oklahoma-fight-colorado-s-recreatio", "nyt.md", 28)
    [quote] = quotes_of(text + "\n")
    assert (quote.speaker_key, quote.speaker_kind) == ("Michael Elliott", "name")


def test_titled_surname_is_the_person_everywhere_and_openers_are_not_names():
    """`Vice President Biden` makes every other "Biden" a person; "After Biden" is not a
    name for him."""
    text = ("Vice President Biden met Paul Ryan on stage.\n\n"
            "After Biden spoke, the crowd cheered.\n\n"
            "On Medicare, Biden charged that the plan would cost more. “Their ideas are old "
            "and their ideas are bad,” he said.\n")
    [quote] = quotes_of(text)
    assert quote.speaker_key == "Biden"


CONTINUED_A = ("Senator Ann Ford spoke after the vote on Tuesday.\n\n"
               "“We fought for this bill for a year,” said Ann Ford. “The families who waited "
               "for it deserve every cent of the money.”\n")
CONTINUED_B = ("Lawmakers passed the bill on Tuesday.\n\n"
               "“The families who waited for it deserve every cent of the money,” said Tom "
               "Reyes, who voted against it.\n")


def test_a_quote_continuing_a_named_one_is_compared_for_its_speaker(corpus, run_json):
    root = corpus({"a.txt": CONTINUED_A, "b.txt": CONTINUED_B})
    _, diagnostics = run_json(root, "--select", "NL301")
    (conflict,) = diagnostics
    assert "Tom Reyes" in conflict["message"] and "Ann Ford" in conflict["message"]
    # A quote continuing one credited to "she" in its paragraph is hers, the senator named
    # just before: compared with the name elsewhere, at warning (found through a pronoun).
    root = corpus({"a.txt": CONTINUED_A.replace("said Ann Ford", "she said"),
                   "b.txt": CONTINUED_B})
    (conflict,) = run_json(root, "--select", "NL301")[1]
    assert "Ann Ford" in conflict["message"] and conflict["severity"] == "warning"
    # Both credited only through pronouns: not compared.
    root = corpus({"a.txt": CONTINUED_A.replace("said Ann Ford", "she said"),
                   "b.txt": CONTINUED_B.replace("said Tom Reyes, who voted against it",
                                                "he said").replace(
                       "Lawmakers passed", "Tom Reyes voted against")})
    assert run_json(root, "--select", "NL301")[1] == []


def test_quote_set_is_opt_in(run_json):
    """NL303 leaves the default selection; the seeds still give Andreessen's quotes: the
    Sputnik wording by default (NL302), the three remarks when NL303 is asked for."""
    _, default = run_json(SEEDS)
    assert "NL303" not in {d["code"] for d in default}
    assert any(d["code"] == "NL302" and "Marc Andreessen" in d["message"] for d in default)
    _, extended = run_json(SEEDS, "--extend-select", "NL303")
    assert [d["code"] for d in extended if "3 different quotes" in d["message"]] == ["NL303"]


def test_they_is_never_one_person():
    text = ("Forty senators signed a letter to Majority Leader Harry Reid on Wednesday.\n\n"
            "“We cannot agree to take up any other matter first,” they wrote.\n")
    [quote] = quotes_of(text)
    # the group that signed, never the one person named with it
    assert quote.speaker_key == "senators" and quote.speaker_kind == "pronoun"


def test_spokesperson_for_an_organisation_with_a_long_name():
    text = ("“We will enhance the survival of the species in the wild,” said a spokesperson "
            "for the U.S. Fish and Wildlife Service.\n")
    [quote] = quotes_of(text)
    assert quote.speaker_kind == "generic"
    assert quote.speaker_key == "U.S. Fish and Wildlife Service spokesperson"


def test_quote_left_open_closes_before_its_own_attribution():
    """`"I am proud of the progress ..., he wrote.` with no closing mark (real copy: the
    Mattis letter in HuffPost)."""
    text = ("Defense Secretary James Mattis sent his letter to the president on Thursday.\n\n"
            + paragraph("2018-james-mattis-quits-as-defense-secretary", "hpo.md", 18) + "\n")
    quotes = quotes_of(text)
    assert [(q.speaker_key, q.text.endswith("performance")) for q in quotes] == [
        ("James Mattis", True)]
    # Words of the quote that only look like an attribution stay in it.
    [quote] = quotes_of("“We will win this fight, we said.\n")
    assert quote.text == "We will win this fight, we said." and quote.speaker is None


def test_lamented_is_a_speech_verb():
    text = paragraph("2019-donald-trump-announces-end-to-government-shutdow", "nyt.md", 70)
    assert {q.speaker_key for q in quotes_of(text + "\n")} == {"Johnny Isakson"}


def test_short_sentence_after_an_attributed_quote_goes_on_from_it():
    text = paragraph("2019-donald-trump-announces-end-to-government-shutdow", "hpo.md", 24)
    assert [q.speaker_key for q in quotes_of(text + "\n")] == ["Pelosi", "Pelosi"]
    # A two-word scare quote in the same sentence is not a sentence of its own.
    text = "“We are not there yet,” said Nancy Pelosi, calling it “very sad.”\n"
    assert [q.text for q in quotes_of(text)] == ["We are not there yet"]


def test_paragraph_going_on_with_a_quote_without_its_opening_mark():
    """A quote left open at the end of a paragraph goes on in the next one, whose opening
    mark was left out: its closing mark ends it there (real copy: Fox, BuzzFeed's
    statement)."""
    event = "2019-mueller-s-office-disputes-buzzfeed-report"
    text = "\n\n".join(paragraph(event, "fox.md", n) for n in (40, 42, 44)) + "\n"
    quotes = quotes_of(text)
    assert [q.span.line for q in quotes][-2:] == [3, 5]
    assert quotes[-1].text.startswith("We remain confident") and quotes[-1].speaker == "he"
    # Without a quote left open before it, a closing mark alone opens nothing.
    assert quotes_of("We remain confident in what we reported,” he said.\n") == []


def test_a_lawyer_speaks_for_the_quote_and_its_continuation():
    """`"...," Stone's attorney said.` then a quote over two paragraphs whose second lacks
    its opening mark: one speaker for all three, so no NL304."""
    event = "2019-roger-stone-has-been-indicted-by-mueller"
    text = "\n\n".join(paragraph(event, "fox.md", n) for n in (24, 26, 28)) + "\n"
    quotes = quotes_of(text)
    assert len(quotes) == 3
    assert {q.speaker for q in quotes} == {"Stone’s attorney"}


def test_pronoun_takes_the_subject_of_the_sentence_before():
    """`With the moderator, ABC News' Martha Raddatz, opening the debate ..., Ryan criticized
    ...` then `"...," he said.`: the subject is Ryan, not the first name in the sentence."""
    event = "2012-biden-and-ryan-debate"
    text = ("Paul Ryan and Joe Biden met on stage.\n\n"
            + "\n\n".join(paragraph(event, "fox.md", n) for n in (38, 40)) + "\n")
    assert quotes_of(text)[0].speaker_key == "Paul Ryan"


def test_nickname_in_marks_does_not_split_a_person():
    """`William "Mo" Cowan` ... `Cowan said ..., and he accepted.` then `He said ...`."""
    event = "2013-william-cowan-named-interim-senator-in-massachus"
    text = "\n\n".join(paragraph(event, "hpo.md", n) for n in (12, 28, 30)) + "\n"
    assert {q.speaker_key for q in quotes_of(text)} == {"William Cowan"}


def test_it_is_no_speakers_name():
    """"It" is no name: it stands for the document mentioned before (the cable)."""
    [quote] = quotes_of("The cable was sent in June. It said requests for guards “have gone "
                        "unanswered for many weeks.”\n")
    assert quote.speaker_key == "cable" and quote.speaker_kind == "pronoun"


def test_the_governor_is_the_person_the_article_titles_so():
    event = "2015-mike-pence-seeks-legislation-to-clarify-the-reli"
    text = "\n\n".join(paragraph(event, "nyt.md", n) for n in (10, 12, 14, 16)) + "\n"
    assert {q.speaker_key for q in quotes_of(text) if q.span.line == 7} == {"Mike Pence"}
    # "Lt. Gov." is second in rank: not "the governor".
    text = ("Gov. Deval Patrick named his choice on Wednesday.\n\n“He’s cool,” Lt. Gov. "
            "Timothy Murray said.\n\n“I’m not that cool,” the governor said.\n")
    assert [q.speaker_key for q in quotes_of(text)] == ["Timothy Murray", "Deval Patrick"]


def test_the_statement_speaks_for_whoever_made_it():
    """`Ryan Zinke, the interior secretary, said in a statement ...` then `"...," the
    statement said.`"""
    event = "2017-trump-reverses-decision-to-allow-import-of-eleph"
    text = "\n\n".join(paragraph(event, "nyt.md", n) for n in (16, 18)) + "\n"
    quotes = quotes_of(text)
    assert (quotes[0].speaker_key, quotes[0].speaker_kind) == ("Ryan Zinke", "generic")
    # A statement nobody is said to have made stays the statement.
    [quote] = quotes_of("Officials met on Friday.\n\n“We will reopen the park on Monday for "
                        "every visitor,” the statement said.\n")
    assert quote.speaker_key == "statement"


def test_participle_after_a_dash_takes_the_clause_subject():
    """`"...," Johnson told Fox News -- referring to ... – "And he gets negativity ..."`:
    the second quote is Johnson's, not the news channel's."""
    text = paragraph("2012-michele-bachmann-and-other-gop-reps-show-support", "fox.md", 16)
    assert [q.speaker_key for q in quotes_of(text + "\n")] == ["Chris Johnson"] * 2


def test_subject_after_a_fronted_clause():
    """`After bills to re-open the government failed in the Senate Thursday, Trump
    signaled that a "large down payment" ...`; not a name after a later comma (`the theme
    that, as Axelrod said, Biden showed "a great concern"`)."""
    text = paragraph("2019-donald-trump-announces-end-to-government-shutdow", "fox.md", 30)
    assert [q.speaker_key for q in quotes_of(text + "\n")] == ["Trump"]
    text = paragraph("2012-biden-and-ryan-debate", "hpo.md", 30)
    assert "Joe Biden" not in {q.speaker_key for q in quotes_of(text + "\n")}
    assert "Biden" not in {q.speaker_key for q in quotes_of(text + "\n")}


def test_one_name_among_appositives_is_the_speaker():
    """`," Rep. Jerrold Nadler, D-N.Y., the former chairman of ..., told The Washington
    Post.` and `," the committee's chairman, Representative Trey Gowdy, Republican of South
    Carolina, wrote`."""
    text = paragraph("2011-house-reading-of-constitution-is-not-without-iss", "fox.md", 40)
    assert [q.speaker_key for q in quotes_of(text + "\n")] == ["Jerrold Nadler"]
    text = paragraph("2015-benghazi-committee-wants-to-interview-clinton-ab", "nyt.md", 12)
    assert quotes_of(text + "\n")[0].speaker_key == "Trey Gowdy"


def test_a_clause_between_commas_is_not_an_appositive_role():
    """`On Tuesday, she walked out ..., saying`: "On Tuesday" is no speaker with the role
    "she walked out"; the words between the commas open with their own subject."""
    text = ("On Tuesday, she walked out of the courthouse smiling, saying she bore no grudge. "
            "“The company may be a big one, and there is no doubt of that.”\n")
    assert all(q.speaker_key != "On Tuesday" for q in quotes_of(text))
    text = ("Dana Ruiz, a store greeter for a decade, said she bore no grudge. “The company "
            "may be a big one, and there is no doubt of that.”\n")
    assert [q.speaker_key for q in quotes_of(text)] == ["Dana Ruiz"]
