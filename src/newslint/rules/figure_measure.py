"""Whether two figures can be one measure, by what each says of itself: the one judgement
every NL401 comparison (keyed buckets, same wording, aligned sentences, counts paired by
their words) and NL403 make before comparing values, whatever key brought them together.

What tells two figures apart is their meaning, not the path that paired them: their
modifiers ("the initial 23", "the revised 24"; "per share", "in all"; a hypothetical), their
tense (said of the past or of the future), a clock time's zone, a party's caucus counted
against the party where either sentence names members outside it ("all 47 members of the
Democratic caucus, including the independents"), and the names of their
clauses ("Jeb Bush released 33 years", "Clinton released eight years"). A name one clause
gives and the other sentence never does leaves them one measure less surely: the figure
may be of a part ("its iPhone sales ... were $40.7 billion", "its revenue ... was $83
billion").
"""

from __future__ import annotations

from newslint.facts import Quantity
from newslint.facts.context import names_agree
from newslint.facts.figure_groups import outside_party

APART = 0  # something tells them apart: never compared
BRIDGED = 1  # their clauses name different things; only their sentences share a name
PART = 2  # one clause names what the other sentence never does: maybe a part
SURE = 3  # nothing tells them apart


def told_apart(a: Quantity, b: Quantity) -> bool:
    """Modifiers, tense, a clock's zone, or a caucus that holds members outside its party
    say the two are different measures."""
    if not modifiers_agree(a.modifiers, b.modifiers) or a.future != b.future:
        return True
    if _counts_a_caucus(a) or _counts_a_caucus(b):
        # A caucus is its party's members only when neither sentence names others in it.
        return outside_party(a.sentence_words) or outside_party(b.sentence_words)
    return a.dimension == "clock" and a.unit != b.unit


def one_measure(a: Quantity, b: Quantity) -> int:
    """How surely two mentions can be one measure (APART, BRIDGED, PART or SURE). The
    keyed buckets admit a BRIDGED pair ("his demands for $5.7 billion ... along the
    U.S.-Mexico border": the clause names the border, the sentence whose demand it is);
    comparisons that key by wording or alignment need clause names that can be one."""
    if told_apart(a, b):
        return APART
    if not names_agree(a.names, b.names):
        return BRIDGED if shared_sentence_names(a, b) else APART
    return PART if one_sided_name(a, b) else SURE


def _counts_a_caucus(q: Quantity) -> bool:
    """A count of members of a party's body, under a head other than the party's members."""
    return q.group is not None and q.head != f"n:{q.group}"


def shared_sentence_names(a: Quantity, b: Quantity) -> set[str]:
    """The names both sentences give, an initialism one writes counting as the phrase its
    article spells it out as, where the other writes that phrase ("T.P.S.", which The Times
    spells out as "Temporary Protected Status", and "temporary protected status")."""
    return set(a.sentence_names) & set(b.sentence_names) | (
        set(a.initialisms) & set(b.spelled)) | (set(b.initialisms) & set(a.spelled))


def one_sided_name(a: Quantity, b: Quantity) -> bool:
    """A name in one figure's clause that the other's sentence never gives."""
    return bool(set(a.names) - set(b.sentence_names) or set(b.names) - set(a.sentence_names))


def modifiers_agree(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """The same modifiers, and the same years where both clauses name some."""
    years_a = {m for m in first if m.startswith("year ")}
    years_b = {m for m in second if m.startswith("year ")}
    if set(first) - years_a != set(second) - years_b:
        return False
    return not years_a or not years_b or years_a == years_b


def counts_of_two_nouns(a: Quantity, b: Quantity) -> bool:
    """Two counts whose counted nouns differ are two measures, however alike their words
    ("about 300 e-mails", "roughly 900 pages")."""
    heads = (a.head or "", b.head or "")
    return a.dimension == "count" and all(h.startswith("n:") for h in heads) \
        and heads[0] != heads[1]
