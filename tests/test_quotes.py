"""Quote extraction: the forms of attribution in wire copy, and what is not a quote."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.extract import extract_article
from newslint.extract.quotes.quotes import extract_quotes
from newslint.facts import Quote
from newslint.load.article import Article
from newslint.load.markup import mask_markup
from newslint.load.reader import normalise_newlines
from newslint.load.segment import segment


def article_of(text: str, path: str = "a.txt") -> Article:
    text = normalise_newlines(text)
    article = Article(path=path, id=path, text=text,
                      analysis=mask_markup(text, 0, markdown=path.endswith(".md")))
    segment(article)
    return article


def quotes_of(text: str) -> list[Quote]:
    return list(extract_article(article_of(text)).quotes)


def pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_key) for q in quotes_of(text)]


def test_said_after_the_quote_with_straight_and_curly_marks():
    assert pairs('"We will appeal," Jane Doe said on Monday.\n') == [
        ("We will appeal", "Jane Doe")]
    assert pairs("“We will appeal,” said Jane Doe, a lawyer for the family.\n") == [
        ("We will appeal", "Jane Doe")]


def test_split_quote_keeps_its_speaker_and_verb():
    (first, second) = quotes_of('"The rate is too high," he said. "We cannot wait."\n'
                                .replace("he said", "Governor Amy Stone said"))
    assert (first.speaker_key, second.speaker_key) == ("Amy Stone", "Amy Stone")
    assert second.speaker_kind == "continued" and first.speaker_kind == "name"
    assert first.speaker_role == "Governor"
    assert not first.partial and not second.partial


def test_nested_single_quotes_stay_inside_the_double_ones():
    (quote,) = quotes_of("“When they say ‘trust us,’ I check,” Ruth Adler said.\n")
    assert quote.text == "When they say ‘trust us,’ I check"
    assert quote.speaker_key == "Ruth Adler"


def test_quote_reopened_in_the_next_paragraph():
    text = ('Mayor Ted Wheeler spoke after the vote. "We have the money. We will build.\n\n'
            '"And we will not stop there," Wheeler said.\n')
    found = pairs(text)
    assert found == [("We have the money. We will build.", "Ted Wheeler"),
                     ("And we will not stop there", "Ted Wheeler")]


def test_unclosed_quote_takes_the_speaker_of_its_paragraph():
    text = ('"Prices will keep rising this year," said Ana Ruiz, an economist. "Wages will '
            "not keep up.\n\n"
            '"Families will feel it first."\n')
    assert [k for _, k in pairs(text)] == ["Ana Ruiz"] * 3


def test_verb_before_the_quote_with_role_and_apposition():
    text = ("Venture capitalist Marc Andreessen called it “a profound gift to the world.” "
            "Yann LeCun, Meta's chief AI scientist, said open models were “winning the "
            "race, clearly.”\n")
    quotes = quotes_of(text)
    assert [(q.speaker_key, q.verb) for q in quotes] == [("Marc Andreessen", "called"),
                                                         ("Yann LeCun", "said")]
    assert quotes[0].speaker_role == "Venture capitalist"
    assert quotes[0].partial and quotes[1].partial


def test_according_to_and_colon_forms():
    text = ("According to Sen. Ann Ford, “the bill is dead for this year.”\n\n"
            "Ford: “We will try again in January.”\n")
    assert pairs(text) == [("the bill is dead for this year.", "Ann Ford"),
                           ("We will try again in January.", "Ann Ford")]


def test_pronoun_resolves_to_the_subject_before_it():
    text = ("Paul Ngata criticised Maria Olsen on Tuesday. "
            "“She has not read the report,” he said.\n")
    assert pairs(text) == [("She has not read the report", "Paul Ngata")]


def test_epithet_resolves_to_the_person_before_it():
    text = ("Gerald Pruitt, 61, was sentenced on Monday. The former manager said: “I am "
            "ashamed of what I did.” “It was wrong,” the 61-year-old added.\n")
    quotes = quotes_of(text)
    assert [(q.speaker_key, q.speaker_kind) for q in quotes] == [
        ("Gerald Pruitt", "pronoun"), ("Gerald Pruitt", "pronoun")]


def test_surname_gets_the_full_name_the_article_gives():
    text = ("Curai CEO Neal Khosla posted on Sunday. Later, Khosla said it was a "
            "“coordinated campaign against American companies.”\n")
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.speaker_key) == ("Khosla", "Neal Khosla")


def test_spun_speech_verb_is_read_as_the_verb_meant():
    (quote,) = quotes_of("“Markets had grown complacent,” mentioned Michael Block, a "
                         "strategist.\n")
    assert (quote.speaker_key, quote.verb) == ("Michael Block", "said")


def test_scare_quotes_and_titles_are_not_quotes():
    text = ("The so-called “AI bubble” worries some. Her book “The Age of Open Models” "
            "sold well. The plan looks “unworkable” on paper.\n")
    assert pairs(text) == []
    # Attributed, even to a group, a short quote is someone's words.
    (quote,) = quotes_of("Critics say the plan is “unworkable.”\n")
    assert (quote.speaker_key, quote.speaker_kind) == ("Critics", "generic")


def test_short_quote_with_a_speaker_is_a_quote():
    assert pairs("Judge Ellen Park said the claim was “plainly false.”\n") == [
        ("plainly false.", "Ellen Park")]


def test_clause_after_a_quote_is_not_its_attribution():
    text = ("Jo Hart called it “a historic step for the region,” while union leader Sam "
            "Ortiz said the plan was “a giveaway to developers.”\n")
    assert pairs(text) == [("a historic step for the region", "Jo Hart"),
                           ("a giveaway to developers.", "Sam Ortiz")]


def test_unattributed_long_quote_has_no_speaker():
    (quote,) = quotes_of("Along the road, “no farmers, no food, no future” was painted on "
                         "every barn.\n")
    assert quote.speaker is None and quote.speaker_key is None


def test_words_on_a_banner_or_in_a_report_are_the_documents():
    assert [(q.speaker_key, q.speaker_kind) for q in quotes_of(
        "Banners read “no farmers, no food, no future” along the road. “Such talks are "
        "fully consistent with the law,” the report read.\n")] == [
        ("Banners", "generic"), ("report", "generic")]


def test_reported_speech_is_the_subjects():
    """Words quoted inside reported speech, far from the verb, are its subject's."""
    text = ("Mr. Lane said that Ms. Ortiz, 68, will leave at the end of February, and that "
            "Ms. Ortiz “was a great help to me in getting allies to pay their share.”\n\n"
            "Ann Ford has defended the bill, claiming that the measure has been “grossly "
            "misconstrued by its critics.”\n")
    assert [q.speaker_key for q in quotes_of(text)] == ["Lane", "Ann Ford"]


def test_speaker_forms_after_the_quote():
    text = ("“He had his coffee. He certainly had his sugar,” Sen. Jon Tyne (R-S.D.) said "
            "after the debate.\n\n"
            "“We are seeing a lot of it coming over the line,” said Sheriff Adam Hale of "
            "Deuel County, Neb., who said he was worried.\n\n"
            "“They lost the debate tonight,” said Obama campaign manager Jim Messer.\n\n"
            "“Two words sum it up, and that is categorically false,” the White House press "
            "secretary, Sara Sanderson, told reporters on Friday.\n\n"
            "\"Almost a year ago, the motto was 'E pluribus unum,'\" Forbes said.\n")
    assert [q.speaker_key for q in quotes_of(text)] == [
        "Jon Tyne", "Adam Hale", "Jim Messer", "Sara Sanderson", "Forbes"]


def test_quote_inside_an_embedded_post_is_its_authors():
    text = ("The senator answered critics on Friday in a long thread about the bill, one of "
            "many she has posted this month about children's safety online and the "
            "companies she says have ignored parents' complaints for years.\n\n"
            "They call it “unworkable.” I say “protecting kids online is not optional.”\n"
            "— Ann Ford (@SenFord) March 6, 2025\n")
    (quote,) = quotes_of(text)
    assert quote.context == "post"
    assert (quote.text, quote.speaker_key) == ("protecting kids online is not optional.",
                                               "Ann Ford")


def test_generic_speakers_are_kept_as_described():
    text = ("A spokesperson for the American Chemistry Council said the industry wanted "
            "“a balanced agreement that protects jobs.”\n")
    (quote,) = quotes_of(text)
    assert quote.speaker_kind == "generic"
    assert quote.speaker_key == "American Chemistry Council spokesperson"


def test_spans_point_at_the_quoted_words():
    text = "Intro line.\n\n“We will appeal,” Jane Doe said.\n"
    (quote,) = quotes_of(text)
    assert text[quote.span.start:quote.span.end] == "We will appeal"
    assert (quote.span.line, quote.span.col) == (3, 2)
    assert text[quote.speaker_span.start:quote.speaker_span.end] == "Jane Doe"


_PIECES = [*"abcXYZ .,:;!?\n\"'“”‘’—-@()", "said ", "He ", "Ann Lee ", "according to ",
           "called it ", "— Ann Lee (@ann) March 6, 2025\n", "pic.twitter.com/x1 ", "\n\n"]
_TEXT = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=80).map("".join),
    st.text(max_size=200),
)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_never_raises_and_spans_stay_inside_the_text(text):
    article = article_of(text)
    facts = extract_article(article)
    lines = article.text.count("\n") + 1
    for quote in facts.quotes:
        assert 0 <= quote.span.start < quote.span.end <= len(article.text)
        assert 1 <= quote.span.line <= quote.span.end_line <= lines
        assert quote.text == " ".join(article.analysis[quote.span.start:quote.span.end].split())
        if quote.speaker_span is not None:
            assert 0 <= quote.speaker_span.start < quote.speaker_span.end <= len(article.text)
    assert extract_quotes(article, facts.name_phrases) == facts.quotes  # deterministic


def test_possessive_organisation_is_the_role_of_the_person_after_it():
    (quote,) = quotes_of('Morgan Stanley\'s Erik Woodring said the launch "puts real '
                         'pressure on rivals".\n')
    assert (quote.speaker_key, quote.speaker_role) == ("Erik Woodring", "Morgan Stanley")
    # A possessive before something that is not a person's name still points at a thing.
    (thing,) = quotes_of('Meta\'s Llama said the model was "the best open model ever made".\n')
    assert thing.speaker is None


def test_real_copy_pronoun_after_a_name_with_its_state():
    """"Representative Nancy Pelosi of California ... "...," she said." and "Mr. Obama": the
    person is known by the name before "of" and by the honorific form."""
    from realcopy import paragraph

    text = paragraph("2016-senate-set-to-override-obama-s-veto-on-9-11-bill", "nyt.md", 16)
    keys = {q.speaker_key for q in quotes_of(text + "\n")}
    assert keys == {"Nancy Pelosi"}


def test_real_copy_speaker_after_a_nested_quote():
    """`'E pluribus unum,'" Forbes said.`: the nested quote's comma opens the attribution."""
    from realcopy import paragraph

    text = paragraph("2011-obama-taunts-gop-for-ignoring-jobs", "hpo.md", 22)
    assert [q.speaker for q in quotes_of(text + "\n")] == ["Forbes", "Forbes"]


def test_epithet_and_day_are_not_names():
    text = ("Jonas Hartmann scored twice on Saturday.\n\n"
            "“It is a dream to play in the Premier League,” the German told the club's "
            "channel.\n\n"
            "Ann Ford released a statement late Tuesday saying: “We will appeal the ruling "
            "in every court we can.”\n")
    speakers = [(q.speaker_key, q.speaker_kind) for q in quotes_of(text)]
    assert speakers[0] == ("Jonas Hartmann", "pronoun")
    assert speakers[1] == ("Ann Ford", "name")  # the subject of "saying", not the day


def test_subject_of_the_sentence_speaks_when_no_verb_of_speech_does():
    text = ("After the vote failed, Ann Ford signaled that a \u201clarge down payment on the "
            "wall\u201d could end the standoff.\n\n"
            "Notable figures such as Tom Reyes have praised the plan, labeling it a "
            "\u201cprofound gift to the world.\u201d\n")
    found = [(q.speaker_key, q.speaker_kind) for q in quotes_of(text)]
    assert found == [("Ann Ford", "reported"), ("Tom Reyes", "name")]


def test_pronoun_skips_places_days_and_titles():
    """"Trump Tower" (real copy: 2019-mueller-s-office-disputes-buzzfeed-report fox.md:10-12)
    is not the person "he" is."""
    from realcopy import paragraph

    event = "2019-mueller-s-office-disputes-buzzfeed-report"
    text = "\n\n".join(paragraph(event, "fox.md", n) for n in (10, 12))
    assert {q.speaker_key for q in quotes_of(text + "\n")} == {"Trump"}


def test_pronoun_agrees_with_the_honorific_of_its_person():
    """"she" is not the Mr. Dalton named last: the article's honorifics tell the gender."""
    text = ("Ms. Okafor met Mr. Dalton on Friday. Mr. Dalton left early. "
            "“We will meet again,” she said.\n")
    assert pairs(text) == [("We will meet again", "Okafor")]
    # Without an honorific nothing is known, and the nearest subject stays the speaker.
    text = ("Ann Okafor met Tom Dalton on Friday. Dalton left early. "
            "“We will meet again,” she said.\n")
    assert pairs(text) == [("We will meet again", "Tom Dalton")]


def test_honorific_gender_stays_with_the_name_as_written():
    """"Mr. Trump" does not make Melania Trump a man: "she" after her full name is hers."""
    text = ("Mr. Trump spoke on Monday. In a statement, the first lady, Melania Trump, "
            "questioned Ms. Griffin’s judgment. “That photo is very disturbing,” she said.\n")
    assert pairs(text) == [("That photo is very disturbing", "Melania Trump")]


def test_speech_verb_forms_used_as_nouns_are_not_attributions():
    """"the United States" and "his notes" hold no speech verb: the quote's speaker is the
    one who says it."""
    text = ("Ana Ruiz met Tom Dalton. The report he wrote in his notes “was never meant to "
            "be public at all.”\n")
    ((_, speaker),) = pairs(text)
    assert speaker in ("Ana Ruiz", "Tom Dalton", None)  # not "report he wrote in his"
    from newslint.extract.quotes.verb_use import speech_verbs
    from newslint.facts.speech import lexicon

    said = [m[0] for m in speech_verbs(lexicon().say, "The United States says, his notes say")]
    assert said == ["says", "say"]


def test_pronoun_in_a_relative_clause_is_not_the_person_it_describes():
    """"Reyes, whom she called ..." and "Ford, who he said ...": the clause says something
    about the person before "who", so its pronoun is someone else."""
    assert pairs('Ann Ford, who chairs the committee, spent the week attacking Tom Reyes, '
                 'whom she called "a man with no plan" and "a danger to the state."\n') == [
        ("a man with no plan", "Ann Ford"), ("a danger to the state.", "Ann Ford")]
    assert pairs('Paul Grant said he regretted the vote. He said he had acted out of loyalty '
                 'to Senator Ann Ford, who he said "never once asked me to lie."\n') == [
        ("never once asked me to lie.", "Paul Grant")]
    # Without the relative clause, the pronoun still takes the subject before it.
    assert pairs('Paul Grant met Ann Ford on Monday. He said she "never once asked me to '
                 'lie."\n') == [("never once asked me to lie.", "Paul Grant")]


def test_real_copy_pronoun_in_a_relative_clause():
    from realcopy import paragraph

    event = "2016-bloomberg-criticizes-trump-at-dnc"
    text = paragraph(event, "fox.md", 14) + "\n\n" + paragraph(event, "fox.md", 16) + "\n"
    assert {q.speaker_key for q in quotes_of(text)} == {"Bloomberg"}
    event = "2019-mueller-s-office-disputes-buzzfeed-report"
    text = paragraph(event, "nyt.md", 62) + "\n"
    assert [q.speaker_key for q in quotes_of(text)] == ["Cohen"]


def test_pronoun_takes_a_titled_role_that_is_the_nearer_subject():
    """"the governor said that she ... '...,' she said": the role the article titles a
    person with is nearer the pronoun than the last person named."""
    text = ("Gov. Jan Brewer signed the bill on Friday.\n\nCritics, including Mayor Greg "
            "Stanton, called it cruel. Asked about the criticism, the governor said she had "
            "no regrets. “I would sign it again,” she said.\n")
    assert pairs(text) == [("I would sign it again", "Jan Brewer")]
    text = ("Gov. Jan Brewer signed the bill on Friday.\n\nCritics, including Mayor Greg "
            "Stanton, called it cruel. The mayor, a Democrat, said he would sue. “This will "
            "not stand,” he said.\n")
    assert pairs(text) == [("This will not stand", "Greg Stanton")]


def test_real_copy_pronoun_after_the_governor_said():
    from realcopy import paragraph

    event = "2015-mike-pence-seeks-legislation-to-clarify-the-reli"
    text = "\n\n".join(paragraph(event, "nyt.md", n) for n in (10, 36, 38, 40)) + "\n"
    assert quotes_of(text)[-1].speaker_key == "Mike Pence"


def test_pronoun_follows_a_pronoun_that_is_the_subject_before_it():
    """"Asked about Ford, he said ...": Ford is not the sentence's subject, "he" is, and
    the quote's "he" refers to whom that one does."""
    assert pairs('Mayor Greg Stanton met Ann Ford on Monday. Asked about Ford, he said the '
                 'talks went well. “We found common ground,” he said.\n') == [
        ("We found common ground", "Greg Stanton")]
    assert pairs('Mayor Greg Stanton met Ann Ford on Monday.\n\nAfter the meeting with Ford, '
                 'he told reporters the talks went well.\n\n“We found common ground,” he '
                 'said.\n') == [("We found common ground", "Greg Stanton")]
    # A named subject still speaks.
    assert pairs('Ann Ford met Mayor Greg Stanton on Monday. Ford said she had asked for the '
                 'meeting. “We found common ground,” she said.\n') == [
        ("We found common ground", "Ann Ford")]


def test_real_copy_pronoun_through_a_chain_of_pronouns():
    from realcopy import paragraph

    event = "2017-kathy-griffin-apologizes-for-photo-shoot-with-a"
    text = "\n\n".join(paragraph(event, "fox.md", n) for n in (10, 38, 40, 42)) + "\n"
    assert {q.speaker_key for q in quotes_of(text)[-2:]} == {"Tyler Shields"}


def test_participle_takes_the_named_subject_over_its_appositive_role():
    """`Tom Reyes, a senior campaign spokesman, sent his reply, saying, "..."`: the role
    between commas describes the name; the named subject speaks."""
    assert pairs('An hour later, Tom Reyes, a senior campaign spokesman, sent his reply, '
                 'saying, “We need more time before we sign anything.”\n') == [
        ("We need more time before we sign anything.", "Tom Reyes")]
    assert pairs("On Monday, Ann Ford, the committee's lead attorney, filed a motion, arguing "
                 "that the order was “plainly beyond the court's power.”\n") == [
        ("plainly beyond the court's power.", "Ann Ford")]
    # With no name, the role still speaks.
    assert pairs("After the vote, a spokesman for the party posted a long statement online, "
                 "saying the result was “a dark day for this chamber and for the country.”\n"
                 ) == [("a dark day for this chamber and for the country.", "spokesman")]


def test_real_copy_participle_after_a_name_and_its_role():
    from realcopy import paragraph

    text = paragraph("2013-e-mails-show-jostling-over-benghazi-talking-poin", "nyt.md", 50)
    assert quotes_of(text + "\n")[-1].speaker_key == "Benjamin J. Rhodes"


def test_adverbs_of_sequence_between_speaker_and_verb():
    """"Mrs. Clinton first said she ...", "Reyes originally told them ...": an adverb of
    sequence stands between the speaker and the verb, after a long fronted phrase too."""
    assert pairs('At a news conference in Albany a week after the report, Mrs. Ford first '
                 'said she “had nothing to hide.”\n') == [("had nothing to hide.", "Ford")]
    assert pairs('Speaking to donors in the spring, well before the primary, Tom Reyes '
                 'originally told them the plan was “dead on arrival” in the Senate.\n') == [
        ("dead on arrival", "Tom Reyes")]


def test_real_copy_speaker_before_an_adverb_of_sequence():
    from realcopy import paragraph

    text = paragraph("2015-benghazi-committee-wants-to-interview-clinton-ab", "nyt.md", 22)
    # (alone, the paragraph names only Bill Clinton in full; the article names both)
    assert (quotes_of(text + "\n")[0].speaker, quotes_of(text + "\n")[0].speaker_kind) == (
        "Clinton", "name")
