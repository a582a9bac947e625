"""Pure SKM rules: NRR, IKM with the exact weight 1/9, conversion x25, mutu bands, Krejcie-Morgan sample size."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from counter_app import jobseekers, survey
from counter_app.errors import UserError
from counter_app.survey import Mutu

# Five respondents, hand-worked. Respondent 5 skipped unsur 4 (a paper form), so NRR 4 is over four people.
FORMS: list[list[int | None]] = [
    [4, 3, 3, 4, 3, 4, 4, 3, 3],
    [3, 3, 2, 4, 3, 3, 4, 2, 3],
    [4, 4, 3, 4, 4, 4, 4, 3, 4],
    [3, 2, 2, 4, 3, 3, 3, 2, 2],
    [4, 3, 3, None, 3, 4, 4, 3, 3],
]
# Column sums: 18 15 13 16 16 18 19 13 15; answered: 5 5 5 4 5 5 5 5 5.
# NRR: 3.6 3.0 2.6 4.0 3.2 3.6 3.8 2.6 3.0; their sum is 29.4, so IKM = 29.4 / 9 = 3.26666...
# IKM konversi = 3.26666... x 25 = 81.6666... -> 81,67 -> mutu B (76,61-88,30), kinerja "Baik".
HAND_NRR = [3.6, 3.0, 2.6, 4.0, 3.2, 3.6, 3.8, 2.6, 3.0]


def test_nrr_counts_only_those_who_answered() -> None:
    assert survey.nrr([4, 4, None, 3]) == Fraction(11, 3)
    assert survey.nrr([None, None]) is None
    assert [survey.nrr(row[i] for row in FORMS) for i in range(9)] == [Fraction(str(v)) for v in HAND_NRR]


def test_hand_computed_fixture() -> None:
    result = survey.score_of_answers("Contoh", FORMS)
    assert [u.nrr for u in result.unsur] == pytest.approx(HAND_NRR)
    assert [u.answered for u in result.unsur] == [5, 5, 5, 4, 5, 5, 5, 5, 5]
    assert [u.total for u in result.unsur] == [18, 15, 13, 16, 16, 18, 19, 13, 15]
    assert result.unsur[0].weighted == pytest.approx(3.6 / 9)
    assert result.ikm == Decimal("3.2667")
    assert result.konversi == Decimal("81.67")
    assert result.mutu is Mutu.B
    assert result.kinerja == "Baik"
    assert result.respondents == 5


def test_all_fours_give_exactly_100_with_the_exact_weight() -> None:
    result = survey.score_of_answers("Semua 4", [[4] * 9] * 3)
    assert result.konversi == Decimal("100.00")
    assert result.mutu is Mutu.A
    # The regulation's rounded weight 0,111 would give 99,90: the exact 1/9 is what is used.
    assert Fraction(1, 9) == survey.WEIGHT
    assert survey.konversi(Fraction(4)) == Decimal("100.00")


def test_all_ones_give_25_mutu_d() -> None:
    result = survey.score_of_answers("Semua 1", [[1] * 9])
    assert result.konversi == Decimal("25.00")
    assert result.mutu is Mutu.D
    assert result.kinerja == "Tidak baik"


@pytest.mark.parametrize(
    ("value", "band"),
    [
        ("100.00", Mutu.A),
        ("88.31", Mutu.A),
        ("88.30", Mutu.B),
        ("76.61", Mutu.B),
        ("76.60", Mutu.C),
        ("65.00", Mutu.C),
        ("64.99", Mutu.D),
        ("25.00", Mutu.D),
        ("88.305", Mutu.A),  # looked up after rounding half up to 2 decimals: 88,31
        ("88.3049", Mutu.B),
    ],
)
def test_mutu_band_edges(value: str, band: Mutu) -> None:
    assert survey.mutu(Decimal(value)) is band


def test_konversi_rounds_to_two_decimals_half_up() -> None:
    # 3.5324 x 25 = 88.31 exactly: band A; one ten-thousandth lower is 88.3075 -> 88.31 too, 3.5319 -> 88.30.
    assert survey.konversi(Fraction("3.5324")) == Decimal("88.31")
    assert survey.konversi(Fraction("3.5319")) == Decimal("88.30")
    assert survey.mutu(survey.konversi(Fraction("3.5319"))) is Mutu.B


def test_incomplete_index_when_an_unsur_has_no_answer() -> None:
    result = survey.score_of_answers("Kurang", [[4, 4, 4, 4, 4, 4, 4, 4, None]])
    assert result.konversi is None and result.mutu is None and not result.complete
    assert result.unsur[8].nrr is None


@pytest.mark.parametrize(
    ("population", "sample"),
    [(0, 0), (1, 1), (10, 10), (100, 80), (500, 218), (1000, 278), (10_000, 370), (1_000_000, 384)],
)
def test_krejcie_morgan_sample_size_rounded_up(population: int, sample: int) -> None:
    # Rounded up (ceiling): 500 gives 217.47 -> 218 (the printed table says 217; we never ask for fewer).
    assert survey.sample_size(population) == sample


def test_answers_must_all_be_one_to_four() -> None:
    assert survey.check_answers([1, 2, 3, 4, 4, 3, 2, 1, 4]) == (1, 2, 3, 4, 4, 3, 2, 1, 4)
    with pytest.raises(UserError, match=r"nomor 3, 9 belum dijawab"):
        survey.check_answers([1, 2, None, 4, 4, 3, 2, 1, None])
    with pytest.raises(UserError, match="nomor 5 harus 1 sampai 4"):
        survey.check_answers([1, 2, 3, 4, 5, 3, 2, 1, 4])
    with pytest.raises(UserError, match="nomor 1 harus 1 sampai 4"):
        survey.check_answers([0, 2, 3, 4, 4, 3, 2, 1, 4])
    with pytest.raises(UserError, match="9 jawaban"):
        survey.check_answers([4] * 8)


def test_ticket_codes_are_normalised() -> None:
    assert survey.normalise_ticket_code("a1") == "A-001"
    assert survey.normalise_ticket_code(" B-012 ") == "B-012"
    assert survey.normalise_ticket_code("") == ""
    with pytest.raises(UserError, match="tidak dikenali"):
        survey.normalise_ticket_code("123")


def test_age_bands() -> None:
    assert [survey.age_band_of(a) for a in (17, 20, 29, 35, 59, 60, 80)] == [
        "U20",
        "20_29",
        "20_29",
        "30_39",
        "50_59",
        "60P",
        "60P",
    ]
    assert set(survey.AGE_BANDS) >= {survey.age_band_of(a) for a in range(10, 100)}


def test_nine_unsur_with_four_labels_each() -> None:
    assert [u.number for u in survey.UNSUR] == list(range(1, 10))
    assert survey.UNSUR[3].answers == ("Sangat mahal", "Cukup mahal", "Murah", "Gratis")
    assert survey.UNSUR[7].answers[0] == "Tidak ada"
    assert all(len(u.answers) == 4 and u.question.endswith("?") for u in survey.UNSUR)


def test_education_codes_are_those_of_the_ak1_register() -> None:
    assert survey.EDUCATION_LEVELS == jobseekers.EDUCATION_LEVELS
