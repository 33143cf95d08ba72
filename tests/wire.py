"""Small wire-copy corpora shared by the workflow tests."""

from __future__ import annotations

A = """---
title: Chip stocks slide
id: wire-a
date: 2025-01-28
---
Shares of Nvidia fell sharply on Monday after DeepSeek released its R1 model.

DeepSeek said the model cost far less to train than rival systems from OpenAI.

Analysts at Bernstein said DeepSeek had shown that cheaper training was possible.
"""

B = """---
title: Markets react
id: wire-b
date: 2025-01-28
---
DeepSeek, founded in 2023, is backed by the hedge fund High-Flyer.

The DeepSeek assistant topped the App Store on Sunday, ahead of ChatGPT.

Investors asked whether DeepSeek could keep its costs low.
"""

C = """---
title: Analysts weigh in
id: wire-c
date: 2025-01-28
---
The release by DeepSeek rattled investors in Europe as well.

Executives at DeepSeek declined to comment.

A spokesman for DeekSeek said the company would publish its research.
"""


def corpus_files() -> dict[str, str]:
    return {"a.md": A, "b.md": B, "c.md": C}
