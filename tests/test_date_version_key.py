"""index/date_versions.py `version_key` holds everything the comparison of two date
mentions reads of one of them: two mentions that differ in any such field are two versions,
never one (a year that dates a thing and one that does not; a passive with a "by" doer and
one without)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from dated import dated_facts
from newslint.index.date_conflicts import keyed_entries
from newslint.index.date_versions import version_key


def test_fields_the_comparison_reads_tell_two_versions_apart() -> None:
    facts = dated_facts("a.md", dt.date(2016, 3, 1),
                        "Mr. Smith ran for the Senate in 2010, the campaign said on Monday.")
    entry = keyed_entries([facts])[0]
    key = version_key(entry, 0, False)
    for change in ({"thing": "contest" if entry.mention.thing is None else None},
                   {"by_agent": not entry.mention.by_agent},
                   {"act": "resign" if entry.mention.act is None else None}):
        other = dataclasses.replace(entry, mention=dataclasses.replace(entry.mention, **change))
        assert version_key(other, 0, False) != key, change
