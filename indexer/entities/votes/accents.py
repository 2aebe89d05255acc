"""Vote words whose å and ö an OCR or a font lost: "JA-ROSTER", "Avstar", "rostade" read as "JA-RÖSTER",
"Avstår", "röstade", so the readers' labels match. Each replacement keeps the word's length and case,
so every offset holds; names are left alone ("Rost" is a vote column only alone in a tab cell).
"""

from __future__ import annotations

import re

#: Vote words printed without their å/ö, and the letter each one lost at which position.
_WORDS = re.compile(
    r"(?i)(?:(?<=ja-)|(?<=nej-)|(?<=ja )|(?<=nej )|\b)(?:rost(?:er|ar|ade|erna)?)\b"
    r"|\bavsta(?:r|ende)\b|(?:^|(?<=\t))rost(?=\t|$)",
    re.MULTILINE,
)


def _restore(word: str) -> str:
    """The word with its lost letter back ("rost…" -> "röst…", "avstar" -> "avstår"), in its case."""
    low = word.casefold()
    at = 1 if low.startswith("rost") else 4
    letter = {"o": "ö", "a": "å"}[low[at]]
    return word[:at] + (letter.upper() if word[at].isupper() else letter) + word[at + 1 :]


def restore_accents(text: str) -> str:
    """`text` with the vote words that lost their å or ö restored (see the module docstring)."""
    if "rost" not in text.casefold() and "avsta" not in text.casefold():
        return text
    return _WORDS.sub(lambda m: _restore(m.group(0)), text)
