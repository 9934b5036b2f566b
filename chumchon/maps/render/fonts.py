"""The shipped Noto Sans fonts: measuring shaped text, and the CSS that embeds them.

Label boxes are measured by shaping with HarfBuzz (uharfbuzz) the same woff2 files
the PDF embeds and browsers download, so a box is as wide as the printed word:
Thai and Lao marks have no advance of their own and must not widen a label.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parents[2] / "static" / "vendor" / "fonts"

# (CSS family, file stem): the Latin subset first, so digits and Latin take it.
FAMILIES = (
    ("Noto Sans Latin", "noto-sans-thai-latin"),
    ("Noto Sans Thai", "noto-sans-thai-thai"),
    ("Noto Sans Lao", "noto-sans-lao-lao"),
)
FONT_STACK = ", ".join(f"'{family}'" for family, _ in FAMILIES) + ", sans-serif"
WEIGHTS = (400, 700)

# Ascent and descent as a share of the font size, with room for Thai stacked marks
# above and Lao/Thai descenders below (Noto Sans Thai UI metrics are tighter).
ASCENT = 1.02
DESCENT = 0.38
LINE_HEIGHT = ASCENT + DESCENT


def font_path(stem: str, weight: int) -> Path:
    return FONT_DIR / f"{stem}-{weight}-normal.woff2"


@dataclass
class _Font:
    hb_font: object
    upem: int
    cmap: dict[int, str]


@cache
def _load(stem: str, weight: int) -> _Font:
    import uharfbuzz as hb
    from fontTools.ttLib import TTFont

    font = TTFont(str(font_path(stem, weight)))
    font.flavor = None  # woff2 to plain sfnt: HarfBuzz reads sfnt only
    out = io.BytesIO()
    font.save(out)
    face = hb.Face(out.getvalue())
    return _Font(hb_font=hb.Font(face), upem=face.upem, cmap=font.getBestCmap() or {})


def _font_for(char: str, weight: int) -> str:
    code = ord(char)
    for _, stem in FAMILIES:
        if code in _load(stem, weight).cmap:
            return stem
    return FAMILIES[0][1]


def _runs(text: str, weight: int) -> list[tuple[str, str]]:
    """Split `text` into runs that one font covers (as the CSS font stack would)."""
    runs: list[tuple[str, str]] = []
    for char in text:
        stem = _font_for(char, weight)
        # Combining marks and spaces stay with the run they follow.
        if runs and (char.isspace() or not char.isprintable() or _is_mark(char)):
            stem = runs[-1][0]
        if runs and runs[-1][0] == stem:
            runs[-1] = (stem, runs[-1][1] + char)
        else:
            runs.append((stem, char))
    return runs


def _is_mark(char: str) -> bool:
    import unicodedata

    return unicodedata.category(char) in ("Mn", "Mc", "Me")


@cache
def text_width(text: str, size: float, weight: int = 400) -> float:
    """Advance width of `text` set at `size` points, shaped by HarfBuzz."""
    import uharfbuzz as hb

    total = 0.0
    for stem, run in _runs(text, weight):
        font = _load(stem, weight)
        buf = hb.Buffer()
        buf.add_str(run)
        buf.guess_segment_properties()
        hb.shape(font.hb_font, buf, {"kern": True, "liga": True})
        total += sum(p.x_advance for p in buf.glyph_positions) / font.upem * size
    return total


def scripts_in(text: str) -> tuple[str, ...]:
    """The poster languages whose fonts `text` needs: a Lao poster may still print a
    Thai name (a place not yet translated), and it must not come out as empty boxes."""
    found = ["en"]
    if any("\u0e00" <= ch <= "\u0e7f" for ch in text):
        found.append("th")
    if any("\u0e80" <= ch <= "\u0eff" for ch in text):
        found.append("lo")
    return tuple(found)


def _stems(languages: tuple[str, ...]) -> set[str]:
    stems = {"noto-sans-thai-latin"}
    if "th" in languages:
        stems.add("noto-sans-thai-thai")
    if "lo" in languages:
        stems.add("noto-sans-lao-lao")
    return stems


@cache
def ttf_path(stem: str, weight: int) -> Path:
    """The font as plain TrueType in a cache folder, decompressed from woff2 once.

    WeasyPrint subsets every embedded font; from woff2 it would first decompress the
    whole file on each render, which costs more than the rest of the text layout.
    """
    import tempfile

    from fontTools.ttLib import TTFont

    source = font_path(stem, weight)
    folder = Path(tempfile.gettempdir()) / "chumchon-fonts"
    folder.mkdir(exist_ok=True)
    target = folder / f"{stem}-{weight}-{int(source.stat().st_mtime)}.ttf"
    if not target.exists():
        font = TTFont(str(source))
        font.flavor = None
        partial = target.with_suffix(f".{id(font)}.tmp")
        font.save(str(partial))
        partial.replace(target)  # atomic: a parallel render never reads half a file
    return target


def font_files_css(languages: tuple[str, ...]) -> str:
    """@font-face rules pointing at local TrueType files (for WeasyPrint)."""
    rules = []
    for family, stem in FAMILIES:
        if stem not in _stems(languages):
            continue
        for weight in WEIGHTS:
            rules.append(
                f"@font-face{{font-family:'{family}';font-weight:{weight};"
                f"src:url('{ttf_path(stem, weight).as_uri()}') format('truetype');}}"
            )
    return "\n".join(rules)


def font_faces_css(languages: tuple[str, ...] = ("th", "lo", "en")) -> str:
    """@font-face rules with the fonts inline as data: URIs (self-contained SVG or HTML)."""
    stems = _stems(languages)
    rules = []
    for family, stem in FAMILIES:
        if stem not in stems:
            continue
        for weight in WEIGHTS:
            data = base64.b64encode(font_path(stem, weight).read_bytes()).decode("ascii")
            rules.append(
                f"@font-face{{font-family:'{family}';font-weight:{weight};"
                f"src:url(data:font/woff2;base64,{data}) format('woff2');}}"
            )
    return "\n".join(rules)


LEADING_VOWELS = set("เแโใไເແໂໃໄ")  # always start a syllable: a decent place to break


def _clusters(word: str) -> list[str]:
    """Grapheme-ish clusters: a base character with the marks stacked on it."""
    out: list[str] = []
    for char in word:
        if out and _is_mark(char):
            out[-1] += char
        else:
            out.append(char)
    return out


def _split_long(word: str, size: float, weight: int, width: float) -> list[str]:
    """Break a word wider than `width`, before a leading vowel if possible."""
    pieces: list[str] = []
    current = ""
    last_break = 0  # position in `current` where a syllable starts
    for cluster in _clusters(word):
        if current and text_width(current + cluster, size, weight) > width:
            if last_break > 0:
                pieces.append(current[:last_break])
                current = current[last_break:]
            else:
                pieces.append(current)
                current = ""
            last_break = 0
        if cluster[0] in LEADING_VOWELS and current:
            last_break = len(current)
        current += cluster
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, size: float, width: float, weight: int = 400) -> list[str]:
    """Lines of `text` no wider than `width`: breaks at spaces, then between syllables.

    Thai and Lao put no spaces between words, only between phrases; a phrase too long
    for the line is broken before a leading vowel (เ แ โ ใ ไ), which starts a syllable.
    """
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, weight) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            pieces = _split_long(word, size, weight, width)
            lines.extend(pieces[:-1])
            line = pieces[-1] if pieces else ""
        lines.append(line)
    return [ln for ln in lines if ln] or [""]


def ellipsize(text: str, size: float, width: float, weight: int = 400) -> str:
    """`text`, shortened with an ellipsis to fit `width`."""
    if text_width(text, size, weight) <= width:
        return text
    clusters = _clusters(text)
    while clusters and text_width("".join(clusters) + "…", size, weight) > width:
        clusters.pop()
    return "".join(clusters).rstrip() + "…"
