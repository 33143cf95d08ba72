"""rules/roles.yaml as compiled lookups: roles, organisation names, places, hedging cues."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from newslint.ruledata import builtin


@dataclass(frozen=True, slots=True)
class RoleInfo:
    key: str
    exclusive: bool
    executive: bool
    profession: bool
    office: bool = False  # a public office: one person holds one at a time
    # A title before a name with no organisation is an office: "President Obama".
    office_untitled: bool = False
    # Read only when capitalised or after an organisation: "Speaker Boehner", "House
    # speaker", not "a speaker at the rally".
    title_case: bool = False
    # The places the office is held at ("city", "state", "country"): two past offices at
    # one place on a shared level are a career, not a conflict.
    levels: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str
    city: str | None  # None when the text names only the country (or its demonym)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    roles: dict[str, RoleInfo]  # canonical key → info
    role_forms: dict[str, str]  # lower-cased form → canonical key
    role_pattern: str  # regex alternation of every form, longest first
    compatible: frozenset[frozenset[str]]
    compatible_at_org: frozenset[frozenset[str]]  # only where an organisation is named
    any_post: frozenset[str]
    not_current: frozenset[str]
    qualified_posts: frozenset[str]  # "acting", "deputy": such posts compared among themselves
    left_behind: frozenset[str]  # "Sen. John Kerry's seat": a post its holder has left
    role_modifiers: frozenset[str]
    org_aliases: dict[str, str]  # lower-cased form → canonical lower-cased name
    org_suffixes: tuple[tuple[str, ...], ...]  # lower-cased token sequences, longest first
    not_organisations: frozenset[str]  # lower-cased
    kinds: frozenset[str]
    kind_pattern: str
    places: dict[str, Place]  # lower-cased place or demonym → place
    country_forms: tuple[str, ...]  # countries, their aliases and demonyms, as written
    within: dict[str, str]  # country → the country it is part of
    data: dict
    # Head nouns of organisation names, lower-cased: every one, and those of public bodies.
    org_heads: frozenset[str] = frozenset()
    public_heads: frozenset[str] = frozenset()

    def role(self, text: str) -> RoleInfo | None:
        key = self.role_forms.get(" ".join(text.lower().split()))
        return self.roles.get(key) if key else None

    def roles_compatible(self, a: str, b: str, at_organisation: bool = True) -> bool:
        """Whether one person holds posts `a` and `b` at once; `at_organisation`: an
        organisation is named for them (some posts go together only there)."""
        pair = frozenset((a, b))
        return (a == b or a in self.any_post or b in self.any_post or pair in self.compatible
                or (at_organisation and pair in self.compatible_at_org))

    def in_sequence(self, a: str, b: str) -> bool:
        """Whether one person may have held offices `a` and `b` one after the other at
        one place: both held on a level they share ("former Arkansas Rep." and "former
        Arkansas Sen."). A city's office and a state's are not one place's."""
        info_a, info_b = self.roles.get(a), self.roles.get(b)
        return bool(info_a and info_b and info_a.levels & info_b.levels)

    def public_body(self, name: str | None) -> bool:
        """Whether an organisation is a public body ("FBI", "the Senate Judiciary
        Committee"): a head noun of `organisation_heads.public` in its name or in the
        full name its alias stands for. A post there is an office, not a board seat."""
        if not name:
            return False
        words = {w.strip(".,’'") for w in self.org_key(name).split()}
        words |= set(" ".join(name.lower().split()).split())
        return bool(words & self.public_heads)

    def org_key(self, name: str) -> str:
        """Lower-cased organisation name, aliases resolved and legal endings dropped."""
        low = " ".join(name.lower().replace("’", "'").split())
        if low in self.org_aliases:
            return self.org_aliases[low]
        tokens = low.split()
        changed = True
        while changed and len(tokens) > 1:
            changed = False
            for suffix in self.org_suffixes:
                if len(tokens) > len(suffix) and tuple(tokens[-len(suffix):]) == suffix:
                    tokens = tokens[: -len(suffix)]
                    changed = True
                    break
        low = " ".join(tokens)
        return self.org_aliases.get(low, low)

    def place(self, name: str) -> Place | None:
        return self.places.get(" ".join(name.lower().split()))

    def same_or_within(self, a: str, b: str) -> bool:
        """Countries that do not contradict each other: equal, or one part of the other."""
        return a == b or self.within.get(a) == b or self.within.get(b) == a


def _alternation(forms: list[str]) -> str:
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    return "|".join(r"\s+".join(regex.escape(w) for w in f.split()) for f in ordered)


@functools.cache
def vocabulary() -> Vocabulary:
    data = builtin("roles.yaml")
    roles: dict[str, RoleInfo] = {}
    forms: dict[str, str] = {}
    for key, spec in (data.get("roles") or {}).items():
        spec = spec or {}
        key = str(key)
        roles[key] = RoleInfo(key, bool(spec.get("exclusive")), bool(spec.get("executive")),
                              bool(spec.get("profession")), bool(spec.get("office")),
                              bool(spec.get("office_untitled")), bool(spec.get("title_case")),
                              frozenset(str(v) for v in spec.get("levels") or ()))
        for form in spec.get("forms") or [key]:
            forms[" ".join(str(form).lower().split())] = key
    aliases: dict[str, str] = {}
    for canonical, variants in (data.get("organisations") or {}).items():
        target = str(canonical).lower()
        aliases[target] = target
        for variant in variants or []:
            aliases[" ".join(str(variant).lower().split())] = target
    suffixes = sorted({tuple(str(s).lower().split()) for s in data.get("org_suffixes") or []},
                      key=lambda t: (-len(t), t))
    places: dict[str, Place] = {}
    within: dict[str, str] = {}
    country_forms: set[str] = set()
    for country, spec in (data.get("places") or {}).items():
        spec = spec or {}
        country_key = str(country).lower()
        if spec.get("within"):
            within[country_key] = str(spec["within"]).lower()
        for name in [country, *(spec.get("aliases") or []), *(spec.get("demonyms") or [])]:
            country_forms.add(str(name))
            places.setdefault(str(name).lower(), Place(str(country), country_key, None))
        for city in spec.get("cities") or []:
            places.setdefault(str(city).lower(), Place(str(city), country_key,
                                                       str(city).lower()))
    kinds = [str(k) for k in data.get("kinds") or []]
    heads = data.get("organisation_heads") or {}
    public = frozenset(str(w).lower() for w in heads.get("public") or [])
    return Vocabulary(
        roles=roles,
        role_forms=forms,
        role_pattern=_alternation(list(forms)),
        compatible=frozenset(frozenset(map(str, pair)) for pair in data.get("compatible") or []),
        compatible_at_org=frozenset(frozenset(map(str, pair))
                                    for pair in data.get("compatible_at_organisation") or []),
        any_post=frozenset(map(str, data.get("any_post") or [])),
        not_current=frozenset(str(w).lower() for w in data.get("not_current") or []),
        qualified_posts=frozenset(str(w).lower() for w in data.get("qualified_posts") or []),
        left_behind=frozenset(str(w).lower() for w in data.get("left_behind") or []),
        role_modifiers=frozenset(str(w).lower() for w in data.get("role_modifiers") or []),
        org_aliases=aliases,
        org_suffixes=tuple(suffixes),
        not_organisations=frozenset(str(w).lower() for w in data.get("not_organisations") or []),
        kinds=frozenset(k.lower() for k in kinds),
        kind_pattern=_alternation(kinds),
        places=places,
        country_forms=tuple(sorted(country_forms, key=lambda f: (-len(f), f))),
        within=within,
        data=data,
        org_heads=public | {str(w).lower() for w in heads.get("other") or []},
        public_heads=public,
    )
