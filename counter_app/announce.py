"""What the TV display says for a call: "Nomor antrean A nol nol satu, silakan menuju loket dua" (no Qt).

The ticket number is read character by character (letters as letters, each digit as its word), so
"A-010" never becomes "sepuluh"; the loket is read as an Indonesian number (num2words), so loket 11 is
"sebelas". The same words come as a clip list for offices that assemble recorded clips instead of a
speech engine.
"""

from __future__ import annotations

from num2words import num2words

DIGIT_WORDS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
OPENING = "Nomor antrean"
DIRECTION = "silakan menuju loket"


def code_words(code: str) -> list[str]:
    """The ticket number as spoken pieces: 'B-120' -> ['B', 'satu', 'dua', 'nol'].

    Raises:
        ValueError: the code has no digit or holds something other than letters, digits and '-'.
    """
    words: list[str] = []
    for char in code.strip():
        if char.isascii() and char.isdigit():
            words.append(DIGIT_WORDS[int(char)])
        elif char.isascii() and char.isalpha():
            words.append(char.upper())
        elif char in "- ":
            continue
        else:
            raise ValueError(f"unexpected character {char!r} in ticket code {code!r}")
    if not any(w in DIGIT_WORDS for w in words):
        raise ValueError(f"ticket code without a number: {code!r}")
    return words


def loket_words(counter_number: int) -> list[str]:
    """The loket number as Indonesian words: 2 -> ['dua'], 11 -> ['sebelas'], 12 -> ['dua', 'belas']."""
    if counter_number < 1:
        raise ValueError(f"loket numbers start at 1, not {counter_number}")
    return str(num2words(counter_number, lang="id")).split()


def announcement_clips(code: str, counter_number: int) -> list[str]:
    """The announcement as clip names, in order (one recorded clip per name).

    Example: ``announcement_clips("A-001", 2)`` ->
    ``["nomor antrean", "A", "nol", "nol", "satu", "silakan menuju loket", "dua"]``.
    """
    return [OPENING.lower(), *code_words(code), DIRECTION, *loket_words(counter_number)]


def announcement_text(code: str, counter_number: int) -> str:
    """The sentence a speech engine reads: 'Nomor antrean A nol nol satu, silakan menuju loket dua'."""
    return f"{OPENING} {' '.join(code_words(code))}, {DIRECTION} {' '.join(loket_words(counter_number))}"
