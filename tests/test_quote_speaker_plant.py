"""The speaker-swap planter of the quality bench: where a quote's speaker is named (after
the quote, before it in its sentence, between two quotes) and whom it may swap in."""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "quality"))

import injection  # noqa: E402
import plants_quotes  # noqa: E402

SHARED = "We will keep the plant open for as long as the workers need it"
OTHER = "Mayor Tom Reyes spoke later. Mr. Reyes said the budget was fine."


def _event(line: str) -> injection.Event:
    files = {"a.md": [line, OTHER], "b.md": [f"“{SHARED},” Ms. Ford said on Monday.",
                                             "Union leader Ann Ford spoke first."]}
    return injection.Event("e", files, {f: range(len(lines)) for f, lines in files.items()})


def _swapped(line: str) -> list[str]:
    event = _event(line)
    return sorted({event.text(site[5]) for site in plants_quotes.speaker_sites(event)
                   if site[0] == "a.md"})


def test_a_speaker_named_before_the_quote_in_its_sentence_is_a_site() -> None:
    assert _swapped(f"Ford told reporters, “{SHARED}.”") == ["Ford"]
    assert _swapped(f"Ford said that “{SHARED}.”") == ["Ford"]
    assert _swapped(f"Ford said: “{SHARED}.”") == ["Ford"]
    assert _swapped(f"“It is done,” Ford said. “{SHARED}.”") == ["Ford"]


def test_a_name_that_does_not_attribute_the_quote_is_no_site() -> None:
    # whom someone told; a name past other words after the quote; a second sentence
    assert _swapped(f"Reyes told “{SHARED}” about the vote.") == []
    assert _swapped(f"“{SHARED},” he added, then left. Ford said nothing.") == []
    assert _swapped(f"Ford spoke on Monday. Later, “{SHARED}.”") == []


def test_the_surname_after_an_honorific_or_title_is_the_site() -> None:
    assert _swapped(f"“{SHARED},” said Ms. Ford.") == ["Ford"]
    assert _swapped(f"“{SHARED},” Gov. Ford said.") == ["Ford"]
    assert _swapped(f"“{SHARED},” the White House said.") == []


def test_whom_to_swap_in_is_a_full_name_whose_surname_speaks() -> None:
    # "Tom Reyes" is named once, "Mr. Reyes said" later: a person the event quotes
    assert plants_quotes._speakers(_event(f"“{SHARED},” Ford said.")) == ["Ann Ford",
                                                                          "Tom Reyes"]
    event = _event(f"“{SHARED},” Ford said.")
    plan = plants_quotes.quote_speaker(event, random.Random(1))
    assert plan is not None and plan.edits[0].new == "Reyes"
