"""Speaker forms that dev copy chosen by rule showed wrong, each pinned on its real paragraph
and on a passage of the same shape written in the style of wire copy: a party tag after a
name, an organisation's acronym, a sentence that opens with a word that is no one's name."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

FLYNN = "2017-flynn-pleaded-guilty"
HR1 = "2019-democrats-pass-campaign-finance-and-voting-right"


def _lines(event: str, file: str, first: int, last: int) -> str:
    return "\n\n".join(paragraph(event, file, n) for n in range(first, last + 1, 2)) + "\n"


def _keys(text: str) -> list[str | None]:
    return [q.speaker_key for q in quotes_of(text)]


# --- a party and state after a name are not the speaker ------------------------------------

def test_a_party_tag_between_commas_is_not_the_speaker():
    """"Sen. Dianne Feinstein, D-Calif., the top Democrat on ..., said ... "...": Feinstein,
    not "D-Calif"."""
    quotes = quotes_of(paragraph(FLYNN, "fox.md", 54) + "\n")
    speech = [q for q in quotes if q.text.startswith("the putting together")]
    assert [q.speaker_key for q in speech] == ["Dianne Feinstein"]


def test_a_party_tag_in_a_written_passage():
    text = ("Rep. Carla Munoz, R-Texas, the ranking member of the panel, said the agency had "
            "been given “every chance to explain itself and chose not to.”\n")
    assert _keys(text) == ["Carla Munoz"]


# --- an acronym is an organisation, known by its name in full ------------------------------

def test_the_acronym_of_an_organisation_the_article_names_in_full():
    """"The American Civil Liberties Union, in a recent letter ..." then ""...," the ACLU
    wrote": the union's words, not those of the last person named (Mitch McConnell)."""
    keys = _keys(_lines(HR1, "fox.md", 14, 24))
    assert keys[-2:] == ["American Civil Liberties Union"] * 2


def test_an_acronym_in_a_written_passage():
    text = ("Senator Ruth Alder said the rules were clear.\n\n"
            "The National Farmers Union asked the board to wait.\n\n"
            "“Growers need a season to adjust,” the NFU said in a letter.\n")
    assert _keys(text) == ["National Farmers Union"]


def test_an_acronym_the_article_never_spells_out_stays_as_written():
    text = "“Growers need a season to adjust,” the NFU said in a letter.\n"
    assert _keys(text) == ["NFU"]


# --- a sentence's first word is no one's name ---------------------------------------------

def test_this_opening_a_lead_in_is_not_a_speaker():
    """"This was after Trump's account tweeted Saturday: "...": not a quote of "This"."""
    keys = _keys(paragraph(FLYNN, "fox.md", 32) + "\n")
    assert "This" not in keys


def test_this_in_a_written_lead_in():
    text = "This came after the council posted on Friday: “The vote will go ahead as planned.”\n"
    assert "This" not in _keys(text)


# --- an office of several words before a name -------------------------------------------

CLINTON = "2013-republicans-challenge-clinton-claims-on-budget-c"


def test_an_office_with_of_before_a_name_keeps_the_person():
    """"Secretary of State Hillary Clinton" is a person, so the "she" that speaks after
    "Rep. Jeff Duncan ... Clinton urged that he read ..." is Clinton, not Duncan."""
    keys = _keys(_lines(CLINTON, "hpo.md", 10, 34))
    assert keys[-2:] == ["Hillary Clinton", "Hillary Clinton"]


def test_an_office_with_of_in_a_written_passage():
    text = ("Secretary of State Ana Ortiz testified on Tuesday.\n\n"
            "Questioned by Rep. Tom Hale (R-Ohio), Ortiz urged that he read the full report.\n\n"
            "“Every member should read it before the vote,” she said.\n")
    assert _keys(text) == ["Ana Ortiz"]


# --- an epithet with a capital is not a person's name -----------------------------------

WEINER = "2011-weiner-denies-sending-photo"


def test_a_capitalised_epithet_after_the_is_no_person():
    """"The New York Democrat, who is known for ..., granted ..." then "he ... described
    as a "prank"": the pronoun is Weiner's, not a person called "New York Democrat"."""
    quotes = quotes_of(_lines(WEINER, "fox.md", 10, 20))
    assert quotes[-1].text == "prank"
    assert quotes[-1].speaker_key == "Anthony Weiner"


def test_a_capitalised_epithet_in_a_written_passage():
    text = ("Sen. Carl Ortiz spoke first.\n\n"
            "The Ohio Republican, who chairs the panel, took questions for an hour.\n\n"
            "At the end, he said the plan was “a step toward a fairer budget for everyone.”\n")
    assert _keys(text) == ["Carl Ortiz"]


# --- "the congressman" is who the story titles "Representative" ----------------------------

def test_a_pronoun_after_a_titled_epithet_and_a_named_object():
    """"The congressman also expressed concern about ... his wife, Huma Abedin, ..." then
    "he told CNN", and "Asked ..., he said" after it: all Weiner's."""
    keys = _keys(_lines(WEINER, "nyt.md", 10, 26))
    assert keys[-3:] == ["Anthony D. Weiner"] * 3


def test_a_pronoun_after_a_titled_epithet_in_a_written_passage():
    text = ("Representative Dan Kline met voters on Monday.\n\n"
            "The congressman also spoke about his sister, Maria Kline Ross, a nurse in Toledo. "
            "“She works harder than anyone I know,” he told reporters.\n\n"
            "Asked whether he would run again, he said, “That is a question for next year.”\n")
    assert _keys(text) == ["Dan Kline", "Dan Kline"]


# --- a clause whose subject is "the <title>" speaks for the words it quotes ---------------

RUBIO = "2015-marco-rubio-announces-his-foreign-policy"


def test_a_titled_epithet_past_a_parenthetical_speaks_for_a_fragment():
    """"The president, without offering specifics, said his 2016 Democratic rival "lied many
    times"": the president the story titles so."""
    quotes = quotes_of(_lines(FLYNN, "fox.md", 10, 18))
    assert quotes[-1].text == "lied many times"
    assert quotes[-1].speaker_key == "Trump"  # "President Trump" in the lines read


def test_a_titled_epithet_with_a_parenthetical_in_a_written_passage():
    text = ("Gov. Ana Ruiz signed the budget on Monday.\n\n"
            "The governor, speaking to reporters in Dayton, said the cuts were "
            "“painful but necessary for the state.”\n")
    assert _keys(text) == ["Ana Ruiz"]


def test_a_titled_epithet_after_a_short_opening_takes_a_participle():
    """"In Wednesday's speech the senator also took a swipe at ... Hillary Clinton, calling
    her tenure ... "ineffective ..."": Rubio's words, not Clinton's."""
    quotes = quotes_of(_lines(RUBIO, "hpo.md", 10, 26))
    assert quotes[-1].speaker_key == "Marco Rubio"


def test_a_titled_epithet_takes_a_participle_in_a_written_passage():
    text = ("Sen. Carl Ortiz, a Republican, opened the hearing.\n\n"
            "On Tuesday the senator also criticized Gov. Ana Ruiz, calling her plan "
            "“a tax increase dressed up as reform.”\n")
    assert _keys(text) == ["Carl Ortiz"]


def test_an_organisation_opening_the_sentence_speaks_for_a_clause_it_quotes():
    """"The American Civil Liberties Union, in a recent letter to Congress, encouraged
    lawmakers ... because of "provisions that ..."": the union's words."""
    quotes = quotes_of(paragraph(HR1, "fox.md", 16) + "\n")
    assert [q.speaker_key for q in quotes] == ["American Civil Liberties Union"]


def test_a_pronoun_after_a_fronted_phrase_speaks_for_the_clause():
    """"In his speech, he will promise to use American power "to oppose ..."": Rubio."""
    keys = _keys(_lines(RUBIO, "nyt.md", 12, 20))
    assert keys[-2:] == ["Marco Rubio", "Marco Rubio"]


def test_a_pronoun_after_a_fronted_phrase_in_a_written_passage():
    text = ("Mayor Dan Kline spoke on Monday.\n\n"
            "In his address, he will pledge to keep every branch library "
            "“open seven days a week, whatever the budget.”\n")
    assert _keys(text) == ["Dan Kline"]


# --- "is expected to say", "was quoted as saying" ------------------------------------------

def test_a_speaker_expected_to_say_the_words():
    """"“...,” Mr. Rubio is expected to say." and "“...,” he is expected to say."."""
    keys = _keys(_lines(RUBIO, "nyt.md", 12, 24))
    assert keys[1] == "Marco Rubio" and keys[-1] == "Marco Rubio"


def test_a_speaker_quoted_as_saying_in_a_written_passage():
    text = "“We will not close a single school,” Ms. Ana Ruiz was quoted as saying.\n"
    assert _keys(text) == ["Ana Ruiz"]


# --- a question put to someone is not their words -----------------------------------------

def test_the_question_after_asked_is_not_the_replier_s():
    """"Asked point-blank, "Is that picture you?" Weiner replied, "...": the reply is
    Weiner's, the question not."""
    quotes = quotes_of(paragraph(WEINER, "fox.md", 22) + "\n")
    assert [q.speaker_key for q in quotes] == [None, "Weiner"]


def test_the_question_asked_by_someone_is_theirs_in_a_written_passage():
    text = ("Asked by Sen. Carl Ortiz, “Will the plant stay open?” Ms. Ana Ruiz replied, "
            "“Not past the spring.”\n")
    assert _keys(text) == ["Carl Ortiz", "Ana Ruiz"]


# --- an organisation's lead-in ends with a colon ------------------------------------------

def test_an_organisation_s_statement_introduced_by_a_colon():
    """"The Democratic National Committee issued a brief statement shortly after Rubio's
    speech:" then the statement in the next paragraph."""
    keys = _keys(_lines(RUBIO, "fox.md", 26, 28))
    assert keys == ["Democratic National Committee"]


def test_an_organisation_s_statement_in_a_written_passage():
    text = ("The Ohio Farm Bureau released a short reply on Friday:\n\n"
            "“Growers were not consulted, and the rule will cost them a season.”\n")
    assert _keys(text) == ["Ohio Farm Bureau"]


# --- an attribution that closes the sentence wins over a pronoun that opens it -------------

def test_a_closing_attribution_wins_over_a_pronoun_after_an_adverb():
    text = ("Subsequently, he took care “not to overstate his role in any of the talks,” "
            "the prosecutors’ filing said.\n")
    assert [q.speaker for q in quotes_of(text)] == ["filing"]


def test_a_generic_speaker_ends_before_a_finite_verb():
    """"the representative has since taken to calling the incident a "prank"": no speaker
    "representative has since taken to"."""
    quotes = quotes_of(paragraph(WEINER, "fox.md", 32) + "\n")
    assert all("taken" not in (q.speaker or "") for q in quotes)


# --- a quote paragraph after the reported speech that introduces it ------------------------

def test_a_quote_paragraph_after_a_paragraph_of_reported_speech():
    """"Rubio also said that the United States must move decisively ..." then a paragraph
    that is nothing but the quote: Rubio's."""
    keys = _keys(_lines(RUBIO, "fox.md", 22, 24))
    assert keys == ["Rubio"]


def test_a_quote_paragraph_after_reported_speech_in_a_written_passage():
    text = ("Mayor Dan Kline said the library budget would not be cut this year.\n\n"
            "“Every branch stays open, and every librarian keeps a job.”\n")
    assert _keys(text) == ["Dan Kline"]


def test_a_subject_deep_in_the_paragraph_before_passes_on_nothing():
    """"The president downplayed the news via Twitter Saturday evening, saying ..." then the
    tweet: not a speaker "Twitter Saturday"; and "One Facebook user who lives near Austin,
    Tex., posted this status update:" then the post: not "Austin"."""
    quotes = quotes_of(_lines("2018-james-mattis-quits-as-defense-secretary", "fox.md", 50, 52))
    assert "Twitter Saturday" not in [q.speaker_key for q in quotes]
    quotes = quotes_of(_lines("2012-michele-bachmann-and-other-gop-reps-show-support",
                              "nyt.md", 32, 36))
    assert "Austin" not in [q.speaker_key for q in quotes]


# --- quoted words that name a thing, and the subject of a passive ---------------------------

def test_quoted_words_before_the_noun_they_modify_are_a_name():
    """"she had spoken out against the military's former "don't ask, don't tell" policy": a
    policy's name, not Cheney's words."""
    quotes = quotes_of(_lines("2013-mary-cheney-criticizes-sister-liz-on-same-sex-ma",
                              "HPO.md", 20, 22))
    term = [q for q in quotes if q.text.startswith("don't ask")]
    assert [q.speaker_key for q in term] == [None]


def test_a_one_word_quoted_adjective_stays_the_speaker_s():
    text = ("On Wednesday, Mr. Dan Kline expressed disbelief at the plan. He suggested that it "
            "was part of a “desperate and cynical” strategy to win votes.\n")
    assert _keys(text) == ["Dan Kline"]
    named = ("Later in the year, she opposed the state's new “pay as you go” rule for "
             "every county.\n")
    assert [q.speaker for q in quotes_of(named)] == [None]


def test_the_subject_of_a_passive_is_not_the_speaker():
    """"During Clinton's follow-up evaluations, she was found to have a "transverse sinus
    venous thrombosis"": a diagnosis, not Clinton's words."""
    quotes = quotes_of(paragraph("2015-hillary-clinton-releases-tax-returns", "fox.md", 20)
                       + "\n")
    assert [q.speaker for q in quotes] == [None]
    text = ("After the audit, he was told that the accounts showed “a pattern of late and "
            "missing payments.”\n")
    assert [q.speaker for q in quotes_of(text)] == [None]


# --- "they" after two people named together -------------------------------------------------

def test_they_after_two_people_named_as_the_subject():
    """"On Monday, ... David Long and House Speaker Brian Bosma, both Republicans, held a
    press conference ... They said they will swiftly try to "clarify" its language."."""
    quotes = quotes_of(paragraph("2015-mike-pence-seeks-legislation-to-clarify-the-reli",
                                 "fox.md", 28) + "\n")
    assert (quotes[0].speaker_key or "").endswith("David Long and Brian Bosma")


def test_they_after_two_people_in_a_written_passage():
    text = ("On Friday, Mayor Dan Kline and Sheriff Ana Ruiz, both Democrats, met the "
            "families. They said the county would “pay for every repair, whatever it "
            "costs.”\n")
    assert _keys(text) == ["Dan Kline and Ana Ruiz"]


# --- a letter's issuer past an opening and an inserted phrase -------------------------------

def test_a_letter_speaks_for_who_sent_it_past_an_opening_and_an_inserted_list():
    """"And on Monday, the executives of nine Indiana-based companies, including Angie's
    List and Anthem, sent a letter to Pence ..." then ""...," reads the letter": theirs."""
    keys = _keys(_lines("2015-mike-pence-seeks-legislation-to-clarify-the-reli", "hpo.md",
                        22, 24))
    assert keys[-1] == "executives"


def test_a_letter_sent_by_a_described_group():
    """"Every former secretary of the Department of Homeland Security, including ..., sent a
    letter": the letter's words are the former secretaries'."""
    keys = _keys(_lines("2019-donald-trump-announces-end-to-government-shutdow", "fox.md",
                        42, 46))
    assert keys[-2:] == ["former secretary of the Department of Homeland Security"] * 2


def test_a_letter_sent_by_a_described_group_in_a_written_passage():
    text = ("On Tuesday, every living former mayor of the city, including Dan Kline, sent a "
            "letter to the council.\n\n"
            "“Closing the branch libraries would be a mistake we cannot undo,” the letter "
            "said.\n")
    assert _keys(text) == ["living former mayor of the city"]


# --- "the woman" is a speaker the story describes -----------------------------------------

def test_the_woman_who_told_a_newspaper_speaks_for_her_words():
    """"The woman told the New York Daily News that she had never met Weiner, and that
    there had "never been any inappropriate exchanges" ...": hers, though unnamed."""
    quotes = quotes_of(paragraph(WEINER, "hpo.md", 32) + "\n")
    assert [q.speaker for q in quotes] == ["The woman"]


def test_a_described_man_in_a_written_passage():
    text = ("Another man, standing at the back of the hall, then told the mayor, “We are "
            "only here to film the meeting.”\n")
    assert [q.speaker for q in quotes_of(text)] == ["Another man"]
    text = ("After the man approached the mayor and asked whether she backed the "
            "“plan for the river,” she walked away.\n")
    assert all("approached" not in (q.speaker or "") for q in quotes_of(text))


# --- a participle that opens the sentence shares the main clause's subject -----------------

def test_a_fronted_participle_clause_takes_the_subject_after_the_quote():
    """"A day after telling reporters that he's "not going to talk about this anymore,"
    Congressman Anthony Weiner (D-N.Y.) broke his silence": Weiner's words."""
    quotes = quotes_of(paragraph(WEINER, "hpo.md", 10) + "\n")
    assert [q.speaker_key for q in quotes] == ["Anthony Weiner"]


def test_a_fronted_participle_clause_in_a_written_passage():
    text = ("After promising voters that the plant would stay “open for as long as I am "
            "mayor,” Mayor Dan Kline (D) signed the sale on Friday.\n")
    assert _keys(text) == ["Dan Kline"]
    text = ("After promising voters that the plant would stay “open for as long as I am "
            "mayor,” the sale went through on Friday.\n")
    assert [q.speaker for q in quotes_of(text)] == [None]


def test_the_congressman_as_an_epithet_after_the_quote():
    """"“I had no idea how to run a congressional office,” the four-term congressman said":
    Farenthold, named in the paragraphs before."""
    keys = _keys(_lines("2018-blake-farenthold-resigns-from-congress", "hpo.md", 10, 24))
    assert keys[0] == "Blake Farenthold"
