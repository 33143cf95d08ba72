"""Taking the oath and being inaugurated are not read as one act by their words alone: a
president may take the oath privately the day before the public ceremony (20 January 2013
fell on a Sunday)."""

from __future__ import annotations

import datetime as dt

from dated import dated_facts
from newslint.index.date_conflicts import keyed_conflicts


def test_a_private_oath_and_the_public_inauguration_a_day_apart_are_no_conflict():
    assert keyed_conflicts([
        dated_facts("a.md", dt.date(2013, 1, 22),
                    "Barack Obama took the oath of office Sunday for a second term in a "
                    "private ceremony at the White House."),
        dated_facts("b.md", dt.date(2013, 1, 22),
                    "Barack Obama was inaugurated Monday for a second term at the "
                    "Capitol."),
    ]) == []
