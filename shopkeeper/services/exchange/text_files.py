"""Delimited text files (.csv .tsv .txt): which encoding, which delimiter, which rows.

Shops meet CSV from many places: UTF-8 with or without a BOM from web
platforms, GB18030/GBK from Chinese desktop tools (Taobao Assistant), UTF-16
"Unicode text" from Excel, Windows-1252 from old Western tools, and
semicolon-separated files from European Excel. Nothing here assumes one of them.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import charset_normalizer

from .cell_limits import GUARD, unguard
from .errors import EmptyFile, UnknownEncoding, UnreadableText

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
DELIMITERS = (",", "\t", ";", "|")

_HEAD_BYTES = 1 << 20  # what encoding guesses look at
_CHUNK = 1 << 20  # what whole-file decode checks read at a time
_SNIFF_CHARS = 64 * 1024
_SNIFF_RECORDS = 200
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)
# charset-normalizer picks among these only when their text decodes; single-byte
# guesses lose to cp1252, which is what Western Windows tools write.
_MULTIBYTE = {"big5", "cp932", "shift_jis", "euc_jp", "cp949", "euc_kr", "gb2312", "gbk"}
# A GB2312 character (lead and trail byte both 0xA1-0xFE): everyday Chinese text
# is almost all of these; Latin text misread as GB18030 almost never is.
_GB_PAIR = re.compile(rb"[\x81-\xfe][\x30-\x39][\x81-\xfe][\x30-\x39]|[\x81-\xfe][\x40-\xfe]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Our name for "UTF-8, with some lines in Windows-1252": decoded line by line.
MIXED_UTF8 = "utf-8+cp1252"


def detect_encoding(path: Path) -> tuple[str, str]:
    """(codec to decode with, name to report) for a text file, or UnknownEncoding."""
    with open(path, "rb") as handle:
        head = handle.read(_HEAD_BYTES)
    if not head:
        raise EmptyFile(name=path.name)
    for bom, codec, reported in _BOMS:
        if head.startswith(bom):
            return codec, reported
    if b"\x00" in head:
        return _utf16_without_bom(head, path)
    if not _decodes(path, "utf-8") and _mixed_utf8(path):
        return MIXED_UTF8, "utf-8"
    for codec in _candidates(path, head):
        if _decodes(path, codec) and _looks_like_text(head, codec):
            return codec, codec
    raise UnknownEncoding(name=path.name)


def _mixed_utf8(path: Path) -> bool:
    """True for a UTF-8 file with some lines in a legacy 8-bit encoding (a sheet pasted
    together from two tools): UTF-8 accents on some lines, invalid UTF-8 on others.
    Decoding it whole as cp1252 would turn every UTF-8 "é" into "Ã©"."""
    utf8_accents = invalid = 0
    with open(path, "rb") as handle:
        for line in handle:
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
                utf8_accents += 1
            except UnicodeDecodeError:
                invalid += 1
            if utf8_accents and invalid:
                return True
    return False


def _decode_line(line: bytes) -> tuple[str, bool]:
    """(text, True if the line was not UTF-8 and was read as Windows-1252)."""
    try:
        return line.decode("utf-8"), False
    except UnicodeDecodeError:
        try:
            return line.decode("cp1252"), True
        except UnicodeDecodeError:
            return line.decode("latin-1"), True  # the five bytes cp1252 leaves undefined


def _candidates(path: Path, head: bytes) -> Iterator[str]:
    yield "utf-8"
    if _looks_chinese(head):
        yield "gb18030"
    guess = charset_normalizer.from_bytes(head).best()
    guessed = guess.encoding if guess is not None else None
    if guessed in _MULTIBYTE:
        yield guessed
    yield "cp1252"
    if guessed:
        yield guessed


def _utf16_without_bom(head: bytes, path: Path) -> tuple[str, str]:
    # Text never contains NUL bytes, except UTF-16 where ASCII letters carry one.
    sample = head[: len(head) // 2 * 2]
    odd_zeros, even_zeros = sample[1::2].count(0), sample[0::2].count(0)
    half = len(sample) // 2
    # Delimiters, digits and Latin letters put their zero byte on one side;
    # CJK characters rarely have a zero byte at all.
    for zeros, other, codec in (
        (odd_zeros, even_zeros, "utf-16-le"),
        (even_zeros, odd_zeros, "utf-16-be"),
    ):
        if zeros > 0.1 * half and zeros > 10 * other and _decodes(path, codec):
            return codec, codec
    raise UnknownEncoding(UnknownEncoding.NOT_TEXT, name=path.name)


def _looks_chinese(head: bytes) -> bool:
    try:
        head.decode("gb18030")
    except UnicodeDecodeError as exc:
        # The 1 MiB sample may end in the middle of a character.
        if exc.start < len(head) - 4:
            return False
    pairs = _GB_PAIR.findall(head)
    if not pairs:
        return False
    gb2312 = sum(1 for pair in pairs if len(pair) == 2 and pair[0] >= 0xA1 and pair[1] >= 0xA1)
    return gb2312 >= 0.9 * len(pairs)


def _decodes(path: Path, codec: str) -> bool:
    try:
        decoder = codecs.getincrementaldecoder(codec)(errors="strict")
        with open(path, "rb") as handle:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _looks_like_text(head: bytes, codec: str) -> bool:
    text = head.decode(codec, errors="ignore")
    return len(_CONTROL.findall(text)) <= max(2, len(text) // 200)


def open_rows(
    path: Path, encoding: str | None = None, fallback_lines: list[int] | None = None
) -> tuple[str, Iterator[tuple[int, list]]]:
    """(reported encoding, iterator of (row number as Excel shows it, cells)). Cells are
    the text as read ("" when empty); ``normalize_cell`` gives what an import reads.

    A mostly-UTF-8 file with some lines in Windows-1252 is decoded line by line; the
    start lines of the records that needed Windows-1252 are appended to
    ``fallback_lines``, so the import can say which rows they were.
    """
    if encoding is None:
        codec, reported = detect_encoding(path)
    else:
        codec = reported = encoding
        _check_chosen_encoding(path, encoding)
    if codec == MIXED_UTF8:
        sample = _mixed_lines(path, [])
        text = "".join(line for _n, line in zip(range(2000), sample, strict=False))
        delimiter = sniff_delimiter(text[:_SNIFF_CHARS], path.suffix.lower())
        return reported, _mixed_rows(path, delimiter, fallback_lines)
    delimiter = sniff_delimiter(_sample(path, codec), path.suffix.lower())
    return reported, _rows(path, codec, delimiter)


def _mixed_lines(path: Path, fallbacks: list[int]) -> Iterator[str]:
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            text, fell_back = _decode_line(line)
            if fell_back:
                fallbacks.append(number)
            yield text.removeprefix("\ufeff") if number == 1 else text


def _mixed_rows(
    path: Path, delimiter: str, fallback_lines: list[int] | None
) -> Iterator[tuple[int, list]]:
    csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))
    fallbacks: list[int] = []
    reader = csv.reader(_mixed_lines(path, fallbacks), delimiter=delimiter)
    previous_line = number = 0
    while True:
        try:
            record = next(reader, None)
        except csv.Error as exc:
            raise UnreadableText(name=path.name, line=previous_line + 1) from exc
        if record is None:
            return
        start, previous_line, number = previous_line + 1, reader.line_num, number + 1
        if fallbacks and fallbacks[-1] >= start and fallback_lines is not None:
            fallback_lines.append(number)
        yield number, record


def _check_chosen_encoding(path: Path, encoding: str) -> None:
    if path.stat().st_size == 0:
        raise EmptyFile(name=path.name)
    if not _decodes(path, encoding):
        raise UnknownEncoding(UnknownEncoding.WRONG_CHOICE, name=path.name, encoding=encoding)


def _sample(path: Path, codec: str) -> str:
    with open(path, encoding=codec, errors="replace", newline="") as handle:
        return handle.read(_SNIFF_CHARS)


def _rows(path: Path, codec: str, delimiter: str) -> Iterator[tuple[int, list]]:
    # Whole descriptions (Etsy, Shopify HTML) can exceed csv's 128 KB default.
    csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))
    # utf-8-sig reads UTF-8 with or without a BOM and drops the BOM itself, so the lines
    # need no filter of ours (one Python step per line less on a large file).
    utf8 = codecs.lookup(codec).name in ("utf-8", "utf-8-sig")
    with open(path, encoding="utf-8-sig" if utf8 else codec, newline="") as handle:
        reader = csv.reader(handle if utf8 else _without_bom(handle), delimiter=delimiter)
        previous_line = number = 0
        try:
            for record in reader:
                # The record's number, as Excel numbers the rows of a CSV: a quoted cell
                # spanning lines is still one row. (line_num is where the record ended.)
                number += 1
                previous_line = reader.line_num
                yield number, record
        except csv.Error as exc:
            raise UnreadableText(name=path.name, line=previous_line + 1) from exc
        except UnicodeDecodeError as exc:  # the file changed since it was checked
            raise UnknownEncoding(name=path.name) from exc


def normalize_cell(text: str | None) -> str | None:
    """Empty cells are None; a formula guard our CSV export added ("'=…") comes off.
    Applied by the caller, once per distinct cell."""
    if not text:
        return None
    return unguard(text) if text[0] == GUARD else text


def _without_bom(lines: Iterator[str]) -> Iterator[str]:
    # A caller-chosen "utf-8" or "utf-16-le" leaves the BOM in the first header.
    first = True
    for line in lines:
        if first:
            line, first = line.removeprefix("\ufeff"), False
        yield line


def sniff_delimiter(sample: str, suffix: str = ".csv") -> str:
    """The delimiter that splits the sample into the most consistent columns.

    Scores parse the sample with each candidate (so quoted cells holding commas
    or line breaks do not mislead); csv.Sniffer, then the file extension, then
    the usual order break ties.
    """
    if len(sample) >= _SNIFF_CHARS:
        # The last line may be cut off; drop it.
        sample = sample[: max(sample.rfind("\n"), sample.rfind("\r")) + 1] or sample
    scores = {delimiter: _score(sample, delimiter) for delimiter in DELIMITERS}
    best = max(scores.values())
    if best == (0, 0.0, 0):
        return "\t" if suffix == ".tsv" else ","
    tied = [delimiter for delimiter in DELIMITERS if scores[delimiter] == best]
    if len(tied) == 1:
        return tied[0]
    for delimiter in (_sniffer_choice(sample), "\t" if suffix == ".tsv" else ","):
        if delimiter in tied:
            return delimiter
    return tied[0]


def _score(sample: str, delimiter: str) -> tuple[int, float, int]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    widths = []
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                widths.append(len(record))
            if len(widths) >= _SNIFF_RECORDS:
                break
    except csv.Error:
        return (0, 0.0, 0)
    if not widths:
        return (0, 0.0, 0)
    width, count = Counter(widths).most_common(1)[0]
    if width < 2:
        return (0, 0.0, 0)
    return (1, round(count / len(widths), 2), width)


def _sniffer_choice(sample: str) -> str | None:
    try:
        # A short sample: Sniffer's regular expressions get slow on long ones.
        return csv.Sniffer().sniff(sample[:8192], delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        return None
