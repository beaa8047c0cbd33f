"""The text rules of the listing checker: extreme words the Advertising Law bans
(phrases, with an allow-list) and keywords a title repeats (Latin words, Chinese
2–4-character sequences). Pure functions over strings."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# Extreme words China's Advertising Law (广告法 art. 9) forbids, as phrases, so 最近
# (recently) or 第一次 (allow-listed by the seller) are not flagged.
BANNED_WORDS = (
    "最好",
    "最佳",
    "最优",
    "最强",
    "最高级",
    "最高档",
    "最顶级",
    "最便宜",
    "最低价",
    "最先进",
    "最受欢迎",
    "最畅销",
    "最时尚",
    "最流行",
    "最舒适",
    "最奢侈",
    "最大程度",
    "史上最",
    "全网最",
    "全国最",
    "第一",
    "唯一",
    "首个",
    "首选",
    "独一无二",
    "国家级",
    "世界级",
    "全球级",
    "顶级",
    "顶尖",
    "极品",
    "极致",
    "终极",
    "绝对",
    "万能",
    "百分百",
    "100%",
    "销量冠军",
    "领导品牌",
    "王牌",
    "史无前例",
    "前无古人",
    "特供",
    "专供",
    "国家免检",
    "No.1",
    "#1",
    "world's best",
    "best in the world",
)


def banned_in(text: str, banned: Iterable[str], allowed: Iterable[str] = ()) -> list[str]:
    """The banned phrases in ``text`` outside allowed phrases (case-insensitive), in order."""
    folded = text.casefold()
    hits: list[tuple[int, str]] = []
    allowed_spans: list[tuple[int, int]] | None = None
    for phrase in banned:
        needle = phrase.casefold()
        if not needle or needle not in folded:  # the common case, and a cheap one
            continue
        if allowed_spans is None:
            allowed_spans = [
                (m.start(), m.end())
                for allow in allowed
                if allow and allow.casefold() in folded
                for m in re.finditer(re.escape(allow.casefold()), folded)
            ]
        for m in re.finditer(re.escape(needle), folded):
            inside = any(a <= m.start() and m.end() <= b for a, b in allowed_spans)
            if not inside and _whole_word(folded, m.start(), m.end()):
                hits.append((m.start(), phrase))
                break
    return [phrase for _, phrase in sorted(hits)]


def _whole_word(text: str, start: int, end: int) -> bool:
    """Latin phrases match whole words only ("best" is not in "bestow"); Chinese anywhere."""

    def latin(ch: str) -> bool:
        return ch.isascii() and ch.isalnum()

    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    edge_ok = not (latin(text[start]) and before and latin(before))
    return edge_ok and not (latin(text[end - 1]) and after and latin(after))


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_STOPWORDS = frozenset(
    {"and", "the", "for", "with", "of", "a", "an", "in", "on", "to", "or", "by", "&"}
)


def repeated_keywords(text: str) -> list[str]:
    """Words a title repeats: Latin words, and 2–4-character sequences in Chinese text
    (only the longest repeated sequence is named, not its pieces)."""
    words = [w.casefold() for w in _LATIN_WORD.findall(text)]
    counts = Counter(w for w in words if w not in _STOPWORDS and len(w) > 1)
    found = [w for w, n in counts.items() if n > 1]
    runs = _HAN_RUN.findall(text)
    chinese: list[str] = []
    for size in (4, 3, 2):
        for gram, n in _gram_counts(runs, size).items():
            if n > 1 and not any(gram in longer for longer in chinese):
                chinese.append(gram)
    return found + chinese


def _gram_counts(runs: list[str], size: int) -> Counter:
    """Non-overlapping occurrences of each ``size``-character sequence across the runs."""
    counts: Counter = Counter()
    last_end: dict[str, int] = {}
    offset = 0
    for run in runs:
        for i in range(len(run) - size + 1):
            gram = run[i : i + size]
            if last_end.get(gram, -1) <= offset + i:
                counts[gram] += 1
                last_end[gram] = offset + i + size
        offset += len(run) + 1
    return counts
