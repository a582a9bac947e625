"""Pure report helpers against hand-computed fixtures: percentiles, means, 5-minute buckets, within-limit share."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from counter_app import report_data
from counter_app.report_data import DurationStats


def h(*values: int) -> dict[int, int]:
    return report_data.histogram(values)


def test_percentile_interpolates_linearly() -> None:
    assert report_data.percentile(h(1, 2, 3, 4), 0.5) == 2.5  # rank 1.5: between 2 and 3
    assert report_data.percentile(h(*range(1, 11)), 0.9) == pytest.approx(9.1)  # rank 8.1
    assert report_data.percentile(h(3600, 600, 3000, 600, 600), 0.9) == pytest.approx(3360)  # rank 3.6
    assert report_data.percentile({600: 3, 3000: 1, 3600: 1}, 0.5) == 600  # repeated values count each time
    assert report_data.percentile({10: 1, 20: 2, 40: 1}, 0.5) == 20
    assert report_data.percentile(h(7), 0.9) == 7
    assert report_data.percentile(h(1, 5), 0.0) == 1
    assert report_data.percentile(h(1, 5), 1.0) == 5
    assert report_data.percentile({}, 0.5) is None
    with pytest.raises(ValueError):
        report_data.percentile(h(1), 1.5)


def test_mean_and_stats() -> None:
    assert report_data.mean(h(600, 1200, 2400, 2400)) == 1650
    assert report_data.mean({}) is None
    assert DurationStats.of(h(600, 1200, 2400, 2400)) == DurationStats(4, 1650.0, 1800.0, 2400.0)
    assert DurationStats.of({}) == DurationStats(0, None, None, None)


def test_buckets_of_five_minutes() -> None:
    # 0 and 299 -> 0-5; 300 -> 5-10 (an edge starts its bucket); 600 -> 10-15; 3599 -> 55-60; 3600, 10000 -> >= 60
    assert report_data.buckets(h(0, 299, 300, 600, 3599, 3600, 10000)) == (2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2)
    assert report_data.buckets({}) == (0,) * 13
    assert report_data.buckets(h(59, 60, 61), width=60, count=3) == (1, 2, 0)
    assert [report_data.bucket_label(i) for i in (0, 1, 12)] == ["0-5", "5-10", "≥ 60"]


def test_within_share_counts_the_limit_itself() -> None:
    assert report_data.within_share(h(60, 120, 300, 301), 300) == 0.75
    assert report_data.within_share(h(1200, 2400, 2400), 1800) == pytest.approx(1 / 3)
    assert report_data.within_share({}, 300) is None


def test_joined_values_and_merging() -> None:
    assert report_data.split_joined("300,60,60") == ["300", "60", "60"]
    assert report_data.split_joined(None) == [] and report_data.split_joined("") == []
    counts: Counter[str] = Counter(["60"])
    report_data.count_into(counts, report_data.split_joined("60,60,5"))
    assert report_data.int_histogram(counts) == {60: 3, 5: 1}


def test_period_and_number_texts() -> None:
    assert report_data.period_label(dt.date(2026, 11, 25), dt.date(2026, 11, 25)) == "25 November 2026"
    assert report_data.period_label(dt.date(2026, 2, 1), dt.date(2026, 2, 28)) == "Februari 2026"
    assert report_data.period_label(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == "Tahun 2026"
    assert report_data.period_label(dt.date(2026, 11, 1), dt.date(2026, 11, 25)) == "1 November 2026 - 25 November 2026"
    assert report_data.minutes_text(1650) == "27,5"
    assert report_data.minutes_text(None) == "-"
    assert report_data.share_text(1 / 3) == "33,3%"
    assert report_data.share_text(None) == "-"


def test_a_one_page_image_stops_at_the_first_block_that_does_not_fit() -> None:
    """The preview image has no next page: a later, smaller block must not be drawn below a skipped one."""
    from counter_app.print import report_pdf

    page = report_pdf._Page(None, None, 100)  # type: ignore[arg-type]  # room() paints nothing
    assert page.room(10.0)
    assert not page.room(report_pdf.PAGE_H_MM)  # a block taller than what is left: skipped
    assert not page.room(1.0)  # and so is everything after it, however small
