"""Who is who: people's posts, in the three shapes news copy uses for them:

- pre-modifier: "Meta's Chief AI Scientist Yann LeCun", "Curai CEO Neal Khosla";
- appositive: "Yann LeCun, Meta's Chief AI Scientist,", "Sam Altman, the CEO of OpenAI";
- copula: "LeCun is the chief executive of Meta".

There is no parser: each pattern is anchored on a role word from rules/roles.yaml and reads
the capitalised names right next to it. What cannot be read with confidence is left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from newslint.extract.scan import Scan, scan
from newslint.extract.sourcing import full_names as names
from newslint.extract.sourcing.name_patterns import prose_sentences
from newslint.extract.sourcing.party_tags import extract_party_tags
from newslint.extract.sourcing.role_patterns import matches, role_patterns, shapes
from newslint.extract.sourcing.role_reading import roles_of
from newslint.facts import NamePhrase, Role
from newslint.facts.rolevocab import vocabulary
from newslint.load.article import Article


def extract_roles(article: Article, phrases: Iterable[NamePhrase] = (),
                  found_words: Scan | None = None) -> tuple[Role, ...]:
    """Roles in the writer's own sentences; `found_words`: the article's scan, if made."""
    vocab = vocabulary()
    patterns = role_patterns()
    full_names: dict[str, set[str]] | None = None  # built at the first match: most have none
    text = article.analysis
    found: dict[tuple[int, str], Role] = {}
    prose = list(prose_sentences(article))
    words = found_words or scan(text)
    openers = patterns.role_openers.starts(words)
    copula_verbs = patterns.copula_verb.starts(words)
    for sentence, may_match in zip(prose, patterns.trigger.flags(words, prose), strict=True):
        if not may_match:
            continue
        for shape, pattern in shapes(patterns, text, openers, copula_verbs, sentence.start,
                                     sentence.end):
            for match in matches(pattern, shape, text, openers, sentence.start,
                                 sentence.end):
                if full_names is None:
                    full_names = names.full_names(phrases)
                for role in roles_of(article, match, shape, vocab, full_names):
                    found.setdefault((role.person_span.start, role.role_key), role)
    people = names.with_titled(
        full_names if full_names is not None else names.full_names(phrases), found.values())
    for role in extract_party_tags(article, people):
        found.setdefault((role.person_span.start, role.role_key), role)
    return _drop_nested(sorted(found.values(), key=lambda r: (r.span.start, r.role_key)))


def _drop_nested(roles: list[Role]) -> tuple[Role, ...]:
    """"LeCun" inside "Yann LeCun, Meta's Chief AI Scientist" is the same finding."""
    # Each role meets only the roles of its person's mention or of its role key: a long
    # story holds thousands of roles, and all pairs of them would not scale.
    by_person: dict[tuple[int, int], list[Role]] = defaultdict(list)
    by_key: dict[str, list[Role]] = defaultdict(list)
    for role in roles:
        by_person[(role.person_span.start, role.person_span.end)].append(role)
        by_key[role.role_key].append(role)
    kept: list[Role] = []
    for role in roles:
        # "economist" inside "Goldman Sachs chief economist Jan Hatzius".
        # Another title inside it stays: "chairman, Representative Trey Gowdy".
        if any(other is not role and other.person_span == role.person_span
               and other.span.start < role.span.start and role.span.end <= other.span.end
               and role.role.lower() in other.role.lower()
               for other in by_person[(role.person_span.start, role.person_span.end)]):
            continue
        if any(other is not role
               and other.person_span.start <= role.person_span.start
               and role.person_span.end <= other.person_span.end
               and other.person_span.end - other.person_span.start
               > role.person_span.end - role.person_span.start
               for other in by_key[role.role_key]):
            continue
        kept.append(role)
    return tuple(kept)
