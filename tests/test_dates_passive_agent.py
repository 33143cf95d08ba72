"""A passive head with a "by" phrase naming its doer (extract/dates/passive_agent.py)."""

from __future__ import annotations

import pytest

from newslint.extract.dates.passive_agent import has_agent


@pytest.mark.parametrize(("sentence", "head", "expected"), [
    ("Donald Trump was rebuked by Mitch McConnell on Wednesday.", "rebuked", True),
    ("Harry Reid was sworn in Tuesday by Joe Biden.", "sworn", True),
    ("The bill was passed by the Senate on Friday.", "passed", True),
    # no doer: a deadline, a margin, nothing, or a "by" of another clause
    ("The bill was passed by Friday.", "passed", False),
    ("The nominee was confirmed by 52 to 48 on Monday.", "confirmed", False),
    ("Donald John Trump was inaugurated as the 45th president on Friday.", "inaugurated",
     False),
    ("He was indicted on Tuesday, prosecutors said by phone.", "indicted", False),
])
def test_a_by_phrase_gives_a_passive_its_doer(sentence: str, head: str, expected: bool):
    head_end = sentence.index(head) + len(head)
    assert has_agent(sentence, head_end, len(sentence)) is expected
