"""NL603: a vague group that carries on from a named claimant is sourced; anonymous and
impersonal sourcing get their own advice."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newslint.extract.sourcing import sourced_groups
from realcopy import article_copy, span

HEAD = "---\ntitle: Offer\ndate: 2010-06-02\n---\n"


def _flags(corpus, run_json, body: str) -> list[tuple[int, str]]:
    _, diagnostics = run_json(corpus({"a.md": HEAD + body}), "--select", "NL603")
    return [(d["line"], d["message"]) for d in diagnostics]


def test_critics_after_a_named_critic_on_the_same_topic_are_sourced(corpus, run_json):
    body = ("Rep. Darrell Issa said the job offer was a felony and demanded answers.\n\n"
            "The White House said nothing improper happened.\n\n"
            "Critics say the job offer may have broken federal law.\n")
    assert _flags(corpus, run_json, body) == []


def test_critics_on_another_topic_or_too_far_back_are_still_vague(corpus, run_json):
    other_topic = ("Rep. Darrell Issa said the hearing would start in June.\n\n"
                   "Critics say the job offer may have broken federal law.\n")
    assert [line for line, _ in _flags(corpus, run_json, other_topic)] == [7]
    far = ("Rep. Darrell Issa said the job offer was a felony.\n\n"
           "The campaign declined to comment.\n\nThe primary is in May.\n\n"
           "Turnout is expected to be low.\n\n"
           "Critics say the job offer may have broken federal law.\n")
    assert [line for line, _ in _flags(corpus, run_json, far)] == [13]


def test_text_without_paragraph_breaks_is_scanned_only_near_each_cue(corpus, run_json,
                                                                     monkeypatch):
    """A transcript or a page of one paragraph: each vague cue looks for a claimant only
    within NEAR characters, so the work grows with the text, not with its square (a
    128 KB paragraph took 47 s before, 2.7 s after)."""
    real = sourced_groups._claim_pattern()
    scanned: list[int] = []

    class Recording:
        def finditer(self, text: str):
            scanned.append(len(text))
            return real.finditer(text)

    monkeypatch.setattr(sourced_groups, "_claim_pattern", lambda: Recording())
    line = ("Critics say the job offer may have broken federal law, "
            "Rep. Darrell Issa said on Tuesday. ")
    run_json(corpus({"a.md": HEAD + line * 400 + "\n"}), "--select", "NL603", "--jobs", "1")
    assert scanned and max(scanned) <= 2 * sourced_groups.NEAR + 1


def test_a_party_named_as_a_group_does_not_source_a_vague_group(corpus, run_json):
    """"Democrats said" names a group, not a claimant: the strategists stay vague."""
    body = ("Some leading Democrats said the mosque dispute was a local issue.\n\n"
            "But strategists said the mosque dispute could help Republicans.\n")
    assert [line for line, _ in _flags(corpus, run_json, body)] == [7]


def test_a_named_ruling_in_the_same_paragraph_backs_most_experts(corpus, run_json):
    body = ("An order ending birthright citizenship would face a legal battle, in which "
            "most experts think the president would fail. The Supreme Court ruled in 1898 "
            "that a child born here to immigrant parents was a citizen.\n")
    assert _flags(corpus, run_json, body) == []


def test_other_lawmakers_carry_on_from_a_named_lawmaker(corpus, run_json):
    body = ("But Rep. Dana Rohrabacher said any suggestion of a budget issue was political.\n\n"
            "Other lawmakers complained that the department spent millions elsewhere.\n")
    assert _flags(corpus, run_json, body) == []


def test_a_party_tag_with_dots_between_commas_still_names_the_lawmaker(corpus, run_json):
    """"Rep. Dana Rohrabacher, R-Calif., said": the tag's dots are no sentence end. Named
    without a claim of his own, he sources nothing."""
    body = ("But Rep. Dana Rohrabacher, R-Calif., said any suggestion of a budget issue was "
            "political.\n\n"
            "Other lawmakers complained that the department spent millions elsewhere.\n")
    assert _flags(corpus, run_json, body) == []
    silent = body.replace("said any suggestion of a budget issue was political",
                          "chaired the hearing")
    assert [line for line, _ in _flags(corpus, run_json, silent)] == [7]


def test_real_copy_other_lawmakers_after_rohrabacher(tmp_path, run_json):
    """basil 2013 Clinton budget claims, fox.md:48 "Other lawmakers further complained"
    after "Rep. Dana Rohrabacher, R-Calif., said" (46)."""
    event = "2013-republicans-challenge-clinton-claims-on-budget-c"
    assert span(event, "fox.md", 46, 1, 38) == "But Rep. Dana Rohrabacher, R-Calif., "
    assert span(event, "fox.md", 48, 1, 16) == "Other lawmakers"
    _, diagnostics = run_json(article_copy(tmp_path, event, ["fox.md"]), "--select", "NL603")
    assert not [d for d in diagnostics if d["line"] == 48]


def test_an_anonymous_source_is_asked_for_corroboration_not_a_name(corpus, run_json):
    body = ("A person briefed on the matter said prosecutors had issued more subpoenas.\n\n"
            "Some experts say the inquiry could last a year.\n")
    flags = _flags(corpus, run_json, body)
    assert [line for line, _ in flags] == [5, 7]
    assert "anonymous sourcing" in flags[0][1] and "corroborated" in flags[0][1]
    assert "name the source" in flags[1][1]


def test_widely_believed_gets_the_common_knowledge_advice(corpus, run_json):
    body = "The senator is widely believed to be the front-runner for the nomination.\n"
    flags = _flags(corpus, run_json, body)
    assert len(flags) == 1 and "common knowledge" in flags[0][1]


def test_widely_expected_to_do_something_is_a_forecast_not_a_claim(corpus, run_json):
    """An expectation with a to-infinitive is about an event to come; one about the past
    ("expected to have") is a belief stated as fact, and so is a bare expectation."""
    assert _flags(corpus, run_json, "Her run for president is widely expected to be "
                  "announced this spring.\n") == []
    assert _flags(corpus, run_json, "The hearing falls in the weeks in which she is "
                  "widely expected to make her candidacy official.\n") == []
    past = _flags(corpus, run_json, "The donor is widely expected to have known of the "
                  "payments.\n")
    assert len(past) == 1 and "common knowledge" in past[0][1]
    assert len(_flags(corpus, run_json, "A cut in rates is widely expected.\n")) == 1


def test_real_copy_widely_expected_candidacy(tmp_path, run_json):
    """basil 2015 Benghazi committee, nyt.md:30: her announcement is a forecast."""
    event = "2015-benghazi-committee-wants-to-interview-clinton-ab"
    assert span(event, "nyt.md", 30, 447, 465) == "is widely expected"
    _, diagnostics = run_json(article_copy(tmp_path, event, ["nyt.md"]), "--select", "NL603")
    assert not [d for d in diagnostics if d["line"] == 30]


def test_real_copy_critics_after_issa_and_toomey(tmp_path, run_json):
    """basil 2010 Sestak job offer, fox.md:40: Issa and Toomey make the charge just before."""
    folder = article_copy(tmp_path, "2010-white-house-asked-bill-clinton-to-urge-joe-sesta",
                          ["fox.md"])
    _, diagnostics = run_json(folder, "--select", "NL603")
    assert not [d for d in diagnostics if d["line"] == 40]


def test_real_copy_person_briefed_on_the_matter(tmp_path, run_json):
    """basil 2014 Christie subpoenas, nyt.md:12: a deliberate anonymous source."""
    folder = article_copy(tmp_path, "2014-christ-christie-campaign-documents-subpoenaed",
                          ["nyt.md"])
    _, diagnostics = run_json(folder, "--select", "NL603")
    found = [d["message"] for d in diagnostics if d["line"] == 12]
    assert len(found) == 1 and "anonymous sourcing" in found[0]


def test_it_was_reported_is_a_report_to_source_not_a_belief(corpus, run_json):
    body = "After the ruling, it was reported that the agency owed the widow $363,053.\n"
    flags = _flags(corpus, run_json, body)
    assert len(flags) == 1 and "name the source" in flags[0][1]


def _outlet(source: str) -> str:
    return f"---\ntitle: Summit\nsource: \"{source}\"\ndate: 2018-07-13\n---\n"


def test_a_source_who_told_another_outlet_is_relayed_reporting(corpus, run_json):
    """"A source told CNN" in another outlet's copy credits CNN's reporting; told to the
    article's own outlet, or with the outlet unknown, it is the article's own sourcing."""
    relayed = "A senior administration source told NBC on Friday that the talks would go on.\n"
    own = "A senior administration source told The Times on Friday that the talks would go on.\n"

    def flags(source: str, body: str) -> list[int]:
        _, diagnostics = run_json(corpus({"a.md": _outlet(source) + body}), "--select", "NL603")
        return [d["line"] for d in diagnostics]

    assert flags("HuffPost", relayed) == []
    assert flags("The New York Times", own) == [6]
    assert flags("HuffPost", "A senior administration source said the talks would go on.\n") \
        == [6]
    _, unknown = run_json(corpus({"a.md": HEAD + relayed}), "--select", "NL603")
    assert len(unknown) == 1


def test_real_copy_source_told_nbc(tmp_path, run_json):
    """basil 2018 Putin meeting, hpo.md:12: HuffPost relays what a source told NBC."""
    folder = article_copy(tmp_path, "2018-democrats-say-trump-should-cancel-putin-meeting",
                          ["hpo.md"])
    _, diagnostics = run_json(folder, "--select", "NL603")
    assert not [d for d in diagnostics if d["line"] == 12]


def test_sources_a_named_outlet_reported_citing_are_relayed(corpus, run_json):
    """The outlet whose reporting cites the sources, named in the same sentence, answers
    for them; the article's own outlet reporting so is its own anonymous sourcing, and
    "Fox News" is not "NBC News" though both are news."""

    def flags(source: str, body: str) -> list[int]:
        _, diagnostics = run_json(corpus({"a.md": _outlet(source) + body}), "--select", "NL603")
        return [d["line"] for d in diagnostics]

    cited = ("The administration offered him a board seat to stay out of the primary, The "
             "Denver Post has reported, citing unnamed sources.\n\n"
             "Politico reported on Friday that the offer was made in March, according to "
             "sources.\n")
    assert flags("The New York Times", cited) == []
    assert flags("The New York Times", "The New York Times reported, citing unnamed sources, "
                 "that the offer was made twice.\n") == [6]
    assert flags("Fox News", "A law enforcement source told NBC News the suspect fled.\n") == []
    assert flags("Fox News", "A law enforcement source told Fox News the suspect fled.\n") \
        == [6]


def test_real_copy_the_denver_post_reported_citing_unnamed_sources(tmp_path, run_json):
    """basil 2010 Sestak job offer, nyt.md:36: The Times relays The Denver Post's report."""
    event = "2010-white-house-asked-bill-clinton-to-urge-joe-sesta"
    assert span(event, "nyt.md", 36, 598, 613) == "unnamed sources"
    _, diagnostics = run_json(article_copy(tmp_path, event, ["nyt.md"]), "--select", "NL603")
    assert not [d for d in diagnostics if d["line"] == 36]



_OUTLET_WORDS = st.sampled_from(["Fox", "News", "NBC", "Denver", "Post", "Times", "New",
                                 "York", "Politico", "HuffPost", "Reuters"])


@given(st.lists(_OUTLET_WORDS, min_size=1, max_size=3, unique=True),
       st.lists(_OUTLET_WORDS, min_size=1, max_size=3, unique=True), st.booleans())
def test_another_outlet_is_symmetric_and_ignores_the_article(name, own, article):
    a, b = " ".join(name), " ".join(own)
    other = sourced_groups._another_outlet(a, b)
    assert other == sourced_groups._another_outlet(b, a)
    assert other == sourced_groups._another_outlet(("The " if article else "the ") + a + ".", b)
    # A name is never another outlet than itself, nor than a longer name holding it.
    assert not sourced_groups._another_outlet(a, a + " " + b)


def test_the_sites_outlet_is_the_articles_own_when_source_is_an_abbreviation(corpus, run_json):
    """basil's upper-case files give `source: "HPO"`: the url's site says the outlet is
    HuffPost, so a source who "told HuffPost" is the article's own anonymous sourcing."""

    def flags(source: str, url: str, body: str) -> list[int]:
        head = (f'---\ntitle: Summit\nsource: "{source}"\nurl: "{url}"\n'
                "date: 2018-07-13\n---\n")
        _, diagnostics = run_json(corpus({"a.md": head + body}), "--select", "NL603")
        return [d["line"] for d in diagnostics]

    huffpost = "http://www.huffingtonpost.com/2018/07/13/summit_n_1146267.html"
    told = "A senior administration source told {} on Friday that the talks would go on.\n"
    assert flags("HPO", huffpost, told.format("HuffPost")) == [7]
    assert flags("HPO", huffpost, told.format("The Huffington Post")) == [7]
    assert flags("HPO", huffpost, told.format("NBC")) == []
    assert flags("NYT", "http://thecaucus.blogs.nytimes.com/2018/07/13/summit/",
                 told.format("The New York Times")) == [7]
    assert flags("NYT", "http://thecaucus.blogs.nytimes.com/2018/07/13/summit/",
                 told.format("The New York Post")) == []


_LOWER_WORDS = st.lists(st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8),
                        min_size=1, max_size=4)


@given(_LOWER_WORDS)
def test_a_name_spells_its_own_site_written_out_or_by_initials(words):
    name = " ".join(w.capitalize() for w in words)
    assert sourced_groups.names_site(name, "".join(words))
    assert sourced_groups.names_site("The " + name, "".join(w[0] for w in words[:-1])
                                     + words[-1])
    # Every letter of the site is the name's: none before its first word, none after its
    # last word written out.
    assert not sourced_groups.names_site(name, "9" + "".join(words))
    assert not sourced_groups.names_site(name, "".join(words) + "9")


def test_site_of_reads_the_registered_label():
    assert sourced_groups.site_of("http://thecaucus.blogs.nytimes.com/2011/12/13/x/") == \
        "nytimes"
    assert sourced_groups.site_of("https://www.bbc.co.uk/news/world") == "bbc"
    assert sourced_groups.site_of("not a url") == ""
    assert sourced_groups.site_of("http://[::1") == ""


def test_critics_as_background_where_the_article_names_a_critic(corpus, run_json):
    """"Critics" named for what they do are background where the article names one doing
    it on the same topic, however far away; a named speaker who only spoke, or a critic
    of something else, leaves them vague."""
    critics = ("But when Ohio passed a broader version, which critics said could allow "
               "discrimination by businesses, its governor vowed to clarify it.\n\n")
    filler = "The governor spoke in Columbus.\n\nThe session ends in May.\n\n"
    named = ("Retail giant Acme Stores, which complained that the Ohio measure was "
             "discriminatory, urged a veto.\n")
    assert _flags(corpus, run_json, critics + filler + named) == []
    assert _flags(corpus, run_json, named + "\n" + filler + critics) == []
    spoke = ("Retail giant Acme Stores, which said that the Ohio measure was "
             "discriminatory, urged a veto.\n")
    assert [line for line, _ in _flags(corpus, run_json, critics + filler + spoke)] == [5]
    other = ("Retail giant Acme Stores, which complained that the tax on sugar was "
             "unfair, urged a veto.\n")
    assert [line for line, _ in _flags(corpus, run_json, critics + filler + other)] == [5]


def test_real_copy_critics_of_indianas_law_named_later(tmp_path, run_json):
    """basil 2015 Arkansas religious freedom bill, fox.md:18: Wal-Mart's complaint, named
    five paragraphs on, is the criticism the clause recalls."""
    event = "2015-arkansas-republican-gov-asa-hutchinson-urged-sta"
    assert span(event, "fox.md", 18, 305, 317) == "critics said"
    _, diagnostics = run_json(article_copy(tmp_path, event, ["fox.md"]), "--select", "NL603")
    assert not [d for d in diagnostics if d["line"] == 18]


def test_critics_carry_on_from_a_party_named_as_a_whole(corpus, run_json):
    """A group named for what its members do carries on from its members named together
    (a party, a body) making the claim just before; a sentence opener ("Many lawmakers")
    names no one, and a named group on another topic sources nothing."""
    named = ("Republican lawmakers have argued that the White House altered the talking "
             "points for political reasons.\n\n"
             "Critics have said the changes to the talking points show an administration "
             "protecting its record.\n")
    assert _flags(corpus, run_json, named) == []
    opener = named.replace("Republican lawmakers", "Many lawmakers")  # vague itself
    assert [line for line, _ in _flags(corpus, run_json, opener)] == [5, 7]
    elsewhere = ("Republican lawmakers have argued that the hearing should start in June.\n\n"
                 "Critics have said the changes to the talking points show an administration "
                 "protecting its record.\n")
    assert [line for line, _ in _flags(corpus, run_json, elsewhere)] == [7]


def test_real_copy_critics_are_the_republican_lawmakers_just_named(tmp_path, run_json):
    """basil 2013 Benghazi talking points: hpo.md:18 "Critics have said" right after
    "Republican lawmakers have argued" (16); nyt.md:26 "critics say" after "Republicans
    seized on snippets ... to suggest" (20), on the same talking points."""
    event = "2013-e-mails-show-jostling-over-benghazi-talking-poin"
    assert span(event, "hpo.md", 18, 1, 18) == "Critics have said"
    assert span(event, "hpo.md", 16, 1, 37) == "Republican lawmakers have argued tha"
    assert span(event, "nyt.md", 26, 188, 199) == "critics say"
    _, diagnostics = run_json(article_copy(tmp_path, event), "--select", "NL603")
    assert not [(d["path"], d["line"]) for d in diagnostics
                if (d["path"].endswith("hpo.md") and d["line"] == 18)
                or (d["path"].endswith("nyt.md") and d["line"] == 26)]
