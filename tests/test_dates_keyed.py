"""Dates keyed by their event (head word, names, content words) and compared across and
within articles: NL501 (dates), NL502 (weekdays), NL504 (one event dated twice)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from dated import dated_facts
from findings import graded_places, related
from newslint.facts.event_key import event_key, head_agreement, lemma
from newslint.index.date_agreement import STRONG, agreement
from newslint.index.date_conflicts import keyed_conflicts, sure
from realcopy import article_copy, edit_line, paragraph

_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _md(date: str, body: str) -> str:
    return f"---\ntitle: Hostages\ndate: {date}\nsource: Wire\n---\n{body}\n"


_facts = dated_facts


def _key(sentence: str, date: str):
    start = sentence.index(date)
    return event_key(sentence, 0, len(sentence), start, start + len(date))


def test_head_is_the_verb_before_the_date_else_the_one_after():
    assert _key("The hostages were freed in March by the Hamas negotiators.",
                "March").head_text == "freed"
    assert _key("The White House on Wednesday released the full set of emails.",
                "Wednesday").head_text == "released"
    # a date right after a document noun dates the document, not the verb
    assert _key("Mueller's team disputed the BuzzFeed report Thursday that said so.",
                "Thursday").head_text == "report"
    # a date before a noun dates that noun; a schedule verb points back to its noun
    assert _key("He is favoured to win the June 25 special election in Boston.",
                "June 25").head_text == "election"
    assert _key("Kerry will not run in the general election slated for June 25.",
                "June 25").head_text == "election"


def test_plans_are_marked_and_synonyms_weigh():
    assert _key("Lynch is expected to announce his bid Thursday for the seat.",
                "Thursday").planned
    assert not _key("Lynch announced his bid Thursday for the seat.", "Thursday").planned
    assert head_agreement(lemma("freed"), lemma("released")) == 0.9
    assert head_agreement(lemma("freed"), lemma("frees")) == 1.0
    assert head_agreement(lemma("freed"), lemma("announced")) == 0.0


FREED = "The hostages were freed on {day} by Hamas negotiators in Gaza, officials said."
RELEASED = "Hamas released the hostages in Gaza on {day} after talks, the army said."


@settings(max_examples=40, deadline=None)
@given(event=st.dates(dt.date(2010, 1, 1), dt.date(2030, 1, 1)),
       lag_a=st.integers(1, 6), lag_b=st.integers(1, 6), shift=st.integers(0, 6))
def test_weekdays_are_read_from_each_article_own_date(event, lag_a, lag_b, shift):
    """Articles published days apart name the event's weekday: they disagree exactly when
    the weekdays they name fall on different days, unless b's day is after a was published
    (a follow-up may report a later event)."""
    said = _DAYS[(event.weekday() + shift) % 7]
    a = _facts("a.md", event + dt.timedelta(days=lag_a),
               FREED.format(day=_DAYS[event.weekday()]))
    b = _facts("b.md", event + dt.timedelta(days=lag_b), RELEASED.format(day=said))
    conflicts = keyed_conflicts([a, b])
    b_day = event + dt.timedelta(days=shift)
    if b_day > event + dt.timedelta(days=lag_b):  # that weekday was last week for b
        b_day -= dt.timedelta(days=7)
    a_published = event + dt.timedelta(days=lag_a)
    assert bool(conflicts) == (b_day != event and b_day <= a_published)


def test_plan_and_later_event_are_not_compared():
    a = _facts("a.md", dt.date(2025, 3, 10),
               "Hamas is expected to free the hostages in Gaza on Thursday, officials said.")
    b = _facts("b.md", dt.date(2025, 3, 13),
               "Hamas freed the hostages in Gaza on Wednesday, officials said.")
    assert keyed_conflicts([a, b]) == []


def test_one_event_dated_twice_in_one_article():
    body = ("Officials said Hamas freed the three hostages from the tunnel in Gaza on Monday."
            "\n\nAid workers said Hamas freed the three hostages from the tunnel in Gaza on "
            "Wednesday.")
    (conflict, *_) = keyed_conflicts([_facts("a.md", dt.date(2025, 3, 14), body)])
    assert conflict.within
    # two filings of one case on two days are two events, not one dated twice
    body = ("Prosecutors filed court papers against Jackson on Friday.\n\n"
            "As the hearing began Wednesday, newly filed court papers showed more.")
    assert keyed_conflicts([_facts("a.md", dt.date(2025, 3, 14), body)]) == []


def test_weekday_conflict_on_real_copy(tmp_path, run_json):
    """Fox (dated Sunday) has the apology on Saturday, HuffPost (dated Saturday) on Friday;
    the Times's later report of the resignation on Monday is a follow-up, not a conflict."""
    folder = article_copy(tmp_path, "2014-elizabeth-lauten-apologizes-for-criticizing-obam")
    _, diagnostics = run_json(str(folder), "--select", "NL5")
    # one against one: one finding for the pair, at the earlier day, the other related
    found = [(d["path"].rsplit("/", 1)[-1], d["line"], d["code"]) for d in diagnostics]
    assert found == [("hpo.md", 10, "NL502")]
    assert related(diagnostics[0]) == [("fox.md", 10)]
    assert diagnostics[0]["message"].startswith(
        '"Friday ... apologized" puts it on 28 November 2014 here, but fox.md '
        '("apologize ... Saturday") puts it on 29 November 2014.')


def test_majority_weekday_is_not_flagged_on_real_copy(tmp_path, run_json):
    """HuffPost puts the House's motto vote on Wednesday; Fox and the Times on Tuesday. Fox
    shares one name and one word with HuffPost ("motto"): too little for a conflict of its
    own, but it agrees with the Times, so it is named beside it."""
    folder = article_copy(tmp_path, "2011-obama-taunts-gop-for-ignoring-jobs")
    _, diagnostics = run_json(str(folder), "--select", "NL5")
    assert [(d["path"].rsplit("/", 1)[-1], d["line"]) for d in diagnostics] == [("hpo.md", 18)]
    assert related(diagnostics[0]) == [("nyt.md", 12), ("fox.md", 24)]
    assert "but 2 other articles put it on 1 November 2011: nyt.md" in \
        diagnostics[0]["message"]
    assert "(house)" not in diagnostics[0]["message"]  # no key terms in the message


def test_one_name_and_one_word_are_two_announcements(tmp_path, run_json):
    """Fox has Trump announce a compromise plan on Saturday (Jan. 19), HuffPost a short-term
    plan on Friday (Jan. 25): one name and the word "plan" do not make them one event."""
    folder = article_copy(tmp_path, "2019-donald-trump-announces-end-to-government-shutdow",
                          ["fox.md", "hpo.md"])
    _, diagnostics = run_json(str(folder), "--select", "NL502")
    assert diagnostics == []


def test_followups_stay_unflagged_on_real_copy(tmp_path, run_json):
    """The earliest piece expected the House vote on Thursday; the later ones report it on
    Wednesday. A schedule is not compared with what happened."""
    folder = article_copy(tmp_path, "2016-senate-set-to-override-obama-s-veto-on-9-11-bill")
    _, diagnostics = run_json(str(folder), "--select", "NL5")
    assert diagnostics == []


def test_year_before_its_verb_and_quoted_titles():
    a = _facts("a.md", dt.date(2015, 3, 31),
               "They note that President Bill Clinton in 1993 signed similar federal law.")
    b = _facts("b.md", dt.date(2015, 3, 30),
               "It mirrors the federal law that President Bill Clinton signed in 1994.")
    assert [m.text for m in a.dates] == ["1993"]
    (conflict, *_) = keyed_conflicts([a, b])
    assert {conflict.entry.mention.text, conflict.others[0].mention.text} == {"1993", "1994"}
    # a slogan in quotation marks names nothing the event is about
    key = _key("He tweaked House Republicans for passing a resolution on Tuesday "
               "reaffirming the motto, “In God We Trust,” again.", "Tuesday")
    assert "god" not in key.names and "house" in key.names


def test_relative_clause_is_about_its_antecedent():
    key = _key("They sued to stop Colorado from enforcing Amendment 64, which was approved "
               "by voters in 2012 and allows it.", "2012")
    assert key.head_text == "approved" and {"amendment", "colorado"} <= set(key.names)


def test_a_date_opening_its_sentence_reaches_past_the_subject_to_its_verb():
    sentence = ("On Saturday, Senate Majority Leader Harry Reid (D-Nev.) received a letter "
                "signed by all 42 Senate Republicans.")
    assert _key(sentence, "Saturday").head_text == "received"
    # a date after its verb keeps the short reach: no verb within three words, no head
    assert _key("The hearing ran long on Saturday before Senate Majority Leader Harry Reid "
                "received it.", "Saturday").head_text == "ran"


def test_words_that_single_out_one_of_a_series_keep_events_apart():
    first = _key("WikiLeaks sent Jones its first message on Sept. 20, 2016, a report said.",
                 "Sept. 20, 2016")
    last = _key("The last message Jones received from WikiLeaks was sent in July.", "July")
    assert first.sequence == ("first",) and last.sequence == ("last",)
    # "last week" is a date, not the last of a series
    assert _key("The debate on Tuesday followed his debate last week.", "Tuesday").sequence == ()


def test_two_messages_of_one_correspondence_are_not_one_event_on_real_copy(tmp_path, run_json):
    """Fox dates the first WikiLeaks message (September 2016), the Times the last one (July):
    two messages, not one misdated."""
    folder = article_copy(tmp_path, "2017-donald-trump-jr-messaged-with-wikileaks-during-p")
    _, diagnostics = run_json(str(folder), "--select", "NL501")
    assert diagnostics == []


def test_many_shared_names_date_one_publication_on_real_copy(tmp_path, run_json):
    """Fox has the Times interview published on Saturday, HuffPost on Sunday: no word of
    the two clauses is shared but the paper's three-word name; that is info, not a warning."""
    folder = article_copy(tmp_path, "2016-ruth-bader-ginsburg-criticizes-trump")
    _, diagnostics = run_json(str(folder), "--select", "NL502")
    found = set(graded_places(diagnostics))
    assert ("fox.md", 18, "info") in found


def test_an_election_set_for_a_day_is_a_schedule_the_date_names():
    key = _key("Voters will choose a successor to Kerry in a special election set for "
               "June 25.", "June 25")
    assert key.head_text == "election" and key.planned and key.bound
    assert not _key("The House voted on the bill on June 25 after a long debate.",
                    "June 25").bound


def test_a_day_that_names_its_noun_takes_no_tense_from_the_verb_on_real_copy(tmp_path,
                                                                           run_json):
    """HuffPost (Dec. 13) says Trump "has announced" he is pulling out of "his own Dec.
    27th debate": that is this month's debate, which Fox puts "later this month", not a
    debate of the year before."""
    folder = article_copy(tmp_path, "2011-donald-trump-drops-plans-to-moderate-presidentia")
    _, diagnostics = run_json(str(folder), "--select", "NL501")
    assert diagnostics == []


def test_a_participle_set_off_by_a_comma_continues_the_verb_before_it():
    # in the style of 2014-nebraska-and-oklahoma-fight-colorado-s-recreatio/hpo.md:26
    key = _key("Colorado voters approved Amendment 64, legalizing recreational marijuana in "
               "the state, in 2012.", "2012")
    assert key.head_text == "legalizing" and key.alt_head == lemma("approved")
    assert _key("The House voted on Monday, debating the bill in 2012.", "2012").alt_head \
        == lemma("voted")
    assert _key("Officials began enforcing the rule in 2012.", "2012").alt_head is None


def test_a_year_before_names_and_its_noun_dates_that_noun_on_real_copy():
    """HuffPost's "documents related to the 2012 Benghazi attack": the year dates the
    attack, past the name that qualifies it."""
    text = paragraph("2015-benghazi-committee-wants-to-interview-clinton-ab", "hpo.md", 22)
    facts = _facts("hpo.md", dt.date(2015, 3, 31), text)
    (year,) = [m for m in facts.dates if m.text == "2012"]
    assert year.head_text == "attack" and "benghazi" in year.names
    assert year.start == dt.date(2012, 1, 1)


def test_a_verb_ends_the_noun_phrase_after_a_date():
    key = _key("The committee sent a formal interview request to Clinton's lawyer on Tuesday "
               "regarding emails she exchanged.", "Tuesday")
    assert key.head_text != "emails"


def test_weekdays_of_one_act_told_with_different_heads():
    """One letter, told with its request in one article and its sending in the other (in
    the style of 2015-benghazi-committee-wants-to-interview-clinton-ab): the verb of one
    is a word of the other, and they share another; a conflict, at info."""
    a = _facts("a.md", dt.date(2015, 3, 31),
               "WASHINGTON -- The House Select Committee on Benghazi sent a formal interview "
               "request to Hillary Clinton's lawyer on Tuesday regarding her emails.")
    b = _facts("b.md", dt.date(2015, 3, 31),
               "Committee Chairman Trey Gowdy made the request in a letter sent Saturday to "
               "Clinton's lawyer.")
    (conflict,) = keyed_conflicts([a, b])  # one against one: reported once
    assert {conflict.entry.mention.text, *(o.mention.text for o in conflict.others)} == {
        "Tuesday", "Saturday"}
    assert not sure(conflict)


def test_a_head_read_among_another_dates_words_is_not_crossed_on_real_copy(tmp_path,
                                                                           run_json):
    """Fox's "said in a statement Monday that his client ... was fired Friday afternoon":
    "fired" is the Friday's verb, not the Monday's, so HuffPost's "fired late Friday
    afternoon" is not the Monday's act; and the Times's "a letter to Mr. Gowdy on Friday"
    from Clinton's lawyer is not Gowdy's letter sent on Tuesday (its head is a noun)."""
    for event in ("2018-trump-critic-peter-strzok-fired-from-fbi",
                  "2015-benghazi-committee-wants-to-interview-clinton-ab"):
        _, diagnostics = run_json(str(article_copy(tmp_path, event)), "--select", "NL5")
        assert diagnostics == [], event


def test_many_shared_names_and_a_synonym_head_in_one_voice():
    """"Gov. Deval Patrick on Sunday picked ..." and "Gov. Deval Patrick on Wednesday
    appointed ..." (in the style of 2013-william-cowan-named-interim-senator-in-massachus):
    synonyms, four shared names, no shared word: one act, at info."""
    a = _facts("a.md", dt.date(2013, 1, 30),
               "Massachusetts Gov. Deval Patrick on Sunday picked a former chief of staff to "
               "fill Sen. John Kerry's open seat.")
    b = _facts("b.md", dt.date(2013, 1, 30),
               "BOSTON — Gov. Deval Patrick of Massachusetts on Wednesday appointed William "
               "Cowan, a longtime friend, to serve in place of John Kerry.")
    (conflict,) = keyed_conflicts([a, b])
    assert {conflict.entry.mention.text, *(o.mention.text for o in conflict.others)} == {
        "Sunday", "Wednesday"}
    assert not sure(conflict)


def test_a_passive_head_is_not_its_active_synonym_on_real_copy(tmp_path, run_json):
    """Fox's "Pelosi on Wednesday was appointed to an eighth term" and the Times's "Last
    week Ms. Pelosi selected Representative Ben Ray Luján": Pelosi is appointed in one and
    appoints in the other. (The one finding of the story is another act: Fox's "Pelosi has
    led House Democrats since 2002" against HuffPost's "since 2003", at info.)"""
    assert _key("Pelosi on Wednesday was appointed to an eighth term.", "Wednesday").passive
    assert not _key("Last week Pelosi selected Luján to lead.", "Last week").passive
    folder = article_copy(tmp_path, "2016-nancy-pelosi-wins-house-minority-leadership-agai")
    _, diagnostics = run_json(str(folder), "--select", "NL5")
    assert graded_places(diagnostics) == [("fox.md", 30, "info")]


def test_a_weekday_after_a_name_dates_it_a_named_day_does_not():
    # "endorsed Hillary Clinton Wednesday at the Democratic National Convention": the name
    # is the object the weekday follows, not part of a day's name
    text = paragraph("2016-bloomberg-criticizes-trump-at-dnc", "fox.md", 10)
    facts = _facts("fox.md", dt.date(2016, 7, 27), text)
    weekdays = [m for m in facts.dates if m.key.startswith("weekday:")]
    assert [(m.text, m.start) for m in weekdays] == [("Wednesday", dt.date(2016, 7, 27))]
    written = _facts("a.md", dt.date(2016, 3, 3),
                     "Shoppers lined up for Black Friday deals, and Clinton won Super "
                     "Tuesday votes. The governor told Reuters Tuesday that he signed it.")
    assert [m.text for m in written.dates] == ["Tuesday"]
    assert written.dates[0].start == dt.date(2016, 3, 1)


def test_a_noun_dated_through_in_is_bound_like_a_year_before_it():
    # "his inquiry into the attacks in 2012 on an American diplomatic compound in
    # Benghazi" and "the 2012 Benghazi attack": one attack, dated by its noun either way
    event = "2015-benghazi-committee-wants-to-interview-clinton-ab"
    nyt = _facts("nyt.md", dt.date(2015, 3, 31), paragraph(event, "nyt.md", 30))
    hpo = _facts("hpo.md", dt.date(2015, 3, 31), paragraph(event, "hpo.md", 22))
    first = next(m for m in nyt.dates if m.text == "2012")
    second = next(m for m in hpo.dates if m.text == "2012")
    assert (first.head, first.bound) == ("attack", True)
    assert agreement(first, second) >= STRONG
    # a weekday takes "on", never "in": "the report on Tuesday" may be Tuesday's release
    assert not _key("They released the report on Tuesday.", "Tuesday").bound
    assert _key("Voters approved the measure in November.", "November").head_text \
        == "approved"


def test_four_letter_regular_pasts_are_verbs():
    # "sued", "died", "owed": the -ed of a three-letter base ending in e, read by form
    assert _key("Nebraska and Oklahoma sued Colorado on Thursday.", "Thursday"
                ).head_text == "sued"
    assert _key("The senator, who died Monday in Boston, served five terms.", "Monday"
                ).head_text == "died"


@given(st.sampled_from("bcdfghjklmnpqrstvwxz"), st.sampled_from("bcdfghjklmnprstvwz"))
@settings(max_examples=60, deadline=None)
def test_short_pasts_need_a_vowel_up_front_and_no_doubled_e(first, second):
    # "shed", "bred", "sled" and "need", "seed", "feed" are no pasts of "she", "see", "fee"
    from newslint.facts.clause import short_past

    assert not short_past(f"{first}{second}ed")
    assert not short_past(f"{first}eed")


def test_an_appearance_is_the_event_its_date_names():
    """"during an appearance Sunday" dates the appearance, the noun right before the day,
    not the verb far before it ("failed"); "appeared" is the same act."""
    key = _key("Pence failed to explain the law during an appearance Sunday on ABC.", "Sunday")
    assert key is not None and key.head_text == "appearance"
    assert head_agreement(lemma("appeared"), lemma("appearance")) >= STRONG


def test_an_appearance_dated_on_another_day_is_found_on_real_copy(tmp_path, run_json):
    """Fox has Pence's appearance on the Sunday talk show, the Times has him appear on it on
    Sunday: the Times moved to Monday is flagged against Fox."""
    folder = article_copy(tmp_path, "2015-mike-pence-seeks-legislation-to-clarify-the-reli",
                          ["fox.md", "nyt.md"])
    _, before = run_json(str(folder), "--select", "NL502")
    assert not [d for d in before if d["line"] in (18, 38)]
    edit_line(folder, "nyt.md", 18, "on Sunday", "on Monday")
    _, after = run_json(str(folder), "--select", "NL502")
    flagged = {(d["path"].rsplit("/", 1)[-1], d["line"]) for d in after}
    assert ("nyt.md", 18) in flagged or ("fox.md", 38) in flagged


def test_a_report_is_a_document_with_a_day_of_its_own():
    """"BuzzFeed's explosive report Thursday" dates the report (an event noun as written,
    though "reported" is a routine head), and its words are not an act of that day: the
    office "disputed" it on Friday, which is no second date for the dispute."""
    articles = [
        _facts("a.md", dt.date(2019, 1, 19),
               "In a rare statement, Robert Mueller's team disputed BuzzFeed's explosive "
               "report Thursday that said Trump directed Michael Cohen to lie to Congress."),
        _facts("b.md", dt.date(2019, 1, 19),
               "The special counsel disputed on Friday a report that said Trump had "
               "directed Michael Cohen to lie to Congress."),
    ]
    report = next(m for m in articles[0].dates if m.text == "Thursday")
    assert report.head_text == "report" and report.bound
    assert keyed_conflicts(articles) == []


def test_a_story_and_a_report_of_one_day_on_real_copy(tmp_path, run_json):
    """Fox: "BuzzFeed published the story on Thursday"; HuffPost: "BuzzFeed's Thursday
    night report". Fox moved to Wednesday is flagged against HuffPost's report."""
    folder = article_copy(tmp_path, "2019-mueller-s-office-disputes-buzzfeed-report")
    _, before = run_json(str(folder), "--select", "NL5")
    assert before == []
    edit_line(folder, "fox.md", 18, "the story on Thursday", "the story on Wednesday")
    _, after = run_json(str(folder), "--select", "NL502")
    (fox,) = [d for d in after if d["path"].endswith("fox.md")]
    assert fox["line"] == 18 and ("hpo.md", 18) in related(fox)


def test_a_sentence_without_full_stops_is_read_near_its_date():
    """Text with no full stops (a transcript) is one sentence: a date's key comes from
    the words around it, not from a name thousands of characters away, and each date no
    longer walks the whole text (256 KB took 77 s before, 3 s after)."""
    from newslint.facts.event_key import event_key

    filler = "and then the committee talked about the weather for a while "
    text = ("Senator Mitch McConnell spoke " + filler * 200 + "when Nancy Pelosi voted on "
            "Tuesday to release the report " + filler * 200)
    start = text.index("Tuesday")
    key = event_key(text, 0, len(text), start, start + len("Tuesday"))
    assert key is not None and key.head_text == "voted"
    assert "pelosi" in " ".join(key.names) and "mcconnell" not in " ".join(key.names)
