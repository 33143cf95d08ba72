"""Session cues are looked for only where their words are: the periods read must not change."""

from __future__ import annotations

from conftest import DATA, SEEDS
from newslint.extract.figures import period as figure_period

_CUES = [
    "Shares CLOSED down 4.6%", "it ended 3% lower", "up 2% at the close", "Settling 1% up",
    "were down 6.9% in afternoon trading", "At 1000 GMT, the FTSE was up 0.5%",
    "At 2:30 p.m. ET, it was 1% higher", "as of 10.15 am, up 2%", "were last down 3%",
    "was last 4% higher", "at one point rose 7%", "fell 5% after hours", "rose 2% pre-market",
    "In early Asian trading, the Nikkei fell 3%", "fell 2% earlier in the session",
    "on Monday morning rose 1%", "intraday it fell 3%", "by ٣ pm, up 4%", "up 1% in late trade",
    "In light morning dealings, it rose 1%", "in extended trading hours rose 2%",
]


def test_same_periods_as_without_the_word_check(monkeypatch):
    texts = [*_CUES, " ".join(_CUES), *(p.read_text(encoding="utf-8") for p in
                                        sorted(SEEDS.iterdir())[:40])]
    texts += [p.read_text(encoding="utf-8") for p in sorted(DATA.rglob("*.md"))[:40]]
    ends = [(t, i) for t in texts for i in range(1, len(t))
            if t[i - 1] in "%0123456789" and t[i] in " ,."]
    fast = [figure_period.period_after(t, e) for t, e in ends]
    monkeypatch.setattr(figure_period, "_may_hold_cue", lambda text, start, end: True)
    assert fast == [figure_period.period_after(t, e) for t, e in ends]
    assert {"session", "day", "at 1000 GMT", "at 1430 ET"} <= set(fast)
