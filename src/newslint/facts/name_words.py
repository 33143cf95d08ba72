"""Capitalised words that sit in or beside a name without being one: the calendar's days
and months ("Twitter Sunday", "late Tuesday saying") and the honorifics written before a
surname ("Mr. Obama", "Ms. Lauten").

One home for the words the speaker readers (extract/quotes/) and the party tags
(extract/sourcing/) share, written out in English rather than read from `calendar`, whose
names follow the process locale.
"""

from __future__ import annotations

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
# Full names, as written: a day or a month capitalised like a name.
CALENDAR_NAMES = frozenset((*DAY_NAMES, *MONTH_NAMES))
CALENDAR_NAMES_LOWER = frozenset(name.lower() for name in CALENDAR_NAMES)
# With the short forms ("Tue", "Sept" is not one of them: `calendar` writes "Sep"). Only
# where a single word right after lower-case text is read: elsewhere "Sun" or "Jan" may be
# a name of its own ("Lena Sun").
CALENDAR_NAMES_ABBREVIATED = CALENDAR_NAMES | frozenset(
    (*(day[:3] for day in DAY_NAMES), *(month[:3] for month in MONTH_NAMES)))

# The honorifics written before a surname; "Mr" says a man, the others a woman.
MALE_HONORIFICS = ("Mr",)
FEMALE_HONORIFICS = ("Mrs", "Ms", "Miss")
HONORIFICS = (*MALE_HONORIFICS, *FEMALE_HONORIFICS, "Dr")
# Each as written, with or without its full stop ("Mr.", "Mr", "Miss").
HONORIFIC_WORDS = frozenset((*HONORIFICS, *(h + "." for h in HONORIFICS)))
HONORIFIC_ALTERNATION = "|".join(HONORIFICS)
