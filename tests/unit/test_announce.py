"""The sentence and clip list of a call announcement, in Indonesian."""

from __future__ import annotations

import pytest

from counter_app import announce


@pytest.mark.parametrize(
    ("code", "loket", "expected"),
    [
        ("A-001", 2, "Nomor antrean A nol nol satu, silakan menuju loket dua"),
        ("B-120", 11, "Nomor antrean B satu dua nol, silakan menuju loket sebelas"),
        ("C-045", 12, "Nomor antrean C nol empat lima, silakan menuju loket dua belas"),
        ("LB-007", 20, "Nomor antrean L B nol nol tujuh, silakan menuju loket dua puluh"),
        ("A-1000", 1, "Nomor antrean A satu nol nol nol, silakan menuju loket satu"),
        ("K-369", 10, "Nomor antrean K tiga enam sembilan, silakan menuju loket sepuluh"),
        ("S-258", 21, "Nomor antrean S dua lima delapan, silakan menuju loket dua puluh satu"),
    ],
)
def test_announcement_text_reads_each_digit_and_the_loket_as_a_number(code: str, loket: int, expected: str) -> None:
    assert announce.announcement_text(code, loket) == expected


def test_a_001_at_loket_2_is_the_exact_sentence() -> None:
    assert announce.announcement_text("A-001", 2) == "Nomor antrean A nol nol satu, silakan menuju loket dua"


def test_clip_list_names_one_clip_per_spoken_piece() -> None:
    assert announce.announcement_clips("A-001", 2) == [
        "nomor antrean",
        "A",
        "nol",
        "nol",
        "satu",
        "silakan menuju loket",
        "dua",
    ]
    assert announce.announcement_clips("SB-010", 12)[-2:] == ["dua", "belas"]


def test_lower_case_prefix_is_read_as_the_letter() -> None:
    assert announce.code_words("b-010") == ["B", "nol", "satu", "nol"]


@pytest.mark.parametrize("code", ["A-", "", "A-0é1", "A_001"])
def test_codes_that_are_not_ticket_numbers_are_refused(code: str) -> None:
    with pytest.raises(ValueError):
        announce.announcement_text(code, 1)


def test_loket_zero_is_refused() -> None:
    with pytest.raises(ValueError):
        announce.loket_words(0)
