"""A Chinese font that survives into PDF files.

Matplotlib's PDF backend embeds fonts as TrueType (Type 42) and breaks on CFF-outline
collections such as Debian's Noto CJK .ttc (matplotlib issue #20870), so PDFs use a
font with TrueType (``glyf``) outlines: WenQuanYi Zen Hei on Linux
(``apt-get install fonts-wqy-zenhei``), Microsoft YaHei or SimHei on Windows, or any
other installed font with TrueType outlines and Chinese glyphs.
"""

from __future__ import annotations

import functools
import re

from shopkeeper.errors import QT_TRANSLATE_NOOP, UserError

PREFERRED = (
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "SimHei",
    "AR PL UMing CN",
    "AR PL UKai CN",
    "Droid Sans Fallback",
    "Arial Unicode MS",
)
_HAN = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


class NoChineseFont(UserError):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "The PDF has Chinese text, but no Chinese font with TrueType outlines is installed, so "
        "the text would not survive. Install one (on Debian/Ubuntu: apt-get install "
        "fonts-wqy-zenhei; on Windows Microsoft YaHei is built in) or write the report as "
        ".xlsx. Nothing was written.",
    )


def has_chinese(text: str) -> bool:
    return bool(_HAN.search(text))


def _truetype_with_han(path: str) -> bool:
    from fontTools.ttLib import TTFont

    try:
        font = TTFont(path, fontNumber=0, lazy=True)
        try:
            return "glyf" in font and 0x4E2D in (font.getBestCmap() or {})  # 中
        finally:
            font.close()
    except Exception:  # noqa: BLE001 - an unreadable font is simply not a candidate
        return False


@functools.cache
def pdf_cjk_family() -> str | None:
    """The family name of an installed Chinese font with TrueType outlines, or None."""
    from matplotlib import font_manager

    fonts = font_manager.fontManager.ttflist
    for name in PREFERRED:
        for entry in fonts:
            if entry.name == name and _truetype_with_han(entry.fname):
                return entry.name
    # Registered late (installed after matplotlib built its cache): look on disk too.
    for path in font_manager.findSystemFonts():
        lowered = path.lower()
        if any(hint in lowered for hint in ("wqy", "yahei", "simhei", "uming", "ukai")):
            if _truetype_with_han(path):
                font_manager.fontManager.addfont(path)
                return font_manager.FontProperties(fname=path).get_name()
    return None
