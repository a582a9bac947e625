"""Pure report helpers against hand-computed fixtures: percentiles, means, 5-minute buckets, within-limit share."""

from __future__ import annotations

import datetime as dt

import pytest

from counter_app import reports
from counter_app.reports import DurationStats


def test_percentile_interpolates_linearly() -> None:
    assert reports.percentile([1, 2, 3, 4], 0.5) == 2.5  # rank 1.5: between 2 and 3
    assert reports.percentile(list(range(1, 11)), 0.9) == pytest.approx(9.1)  # rank 8.1
    assert reports.percentile([600, 600, 600, 3000, 3600], 0.9) == pytest.approx(3360)  # rank 3.6
    assert reports.percentile([7], 0.9) == 7
    assert reports.percentile([1, 5], 0.0) == 1
    assert reports.percentile([1, 5], 1.0) == 5
    assert reports.percentile([], 0.5) is None
    with pytest.raises(ValueError):
        reports.percentile([1], 1.5)


def test_mean_and_stats() -> None:
    assert reports.mean([600, 1200, 2400, 2400]) == 1650
    assert reports.mean([]) is None
    assert DurationStats.of([600, 1200, 2400, 2400]) == DurationStats(4, 1650.0, 1800.0, 2400.0)
    assert DurationStats.of([]) == DurationStats(0, None, None, None)


def test_buckets_of_five_minutes() -> None:
    # 0 and 299 -> 0-5; 300 -> 5-10 (an edge starts its bucket); 600 -> 10-15; 3599 -> 55-60; 3600, 10000 -> >= 60
    assert reports.buckets([0, 299, 300, 600, 3599, 3600, 10000]) == (2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2)
    assert reports.buckets([]) == (0,) * 13
    assert reports.buckets([59, 60, 61], width=60, count=3) == (1, 2, 0)
    assert [reports.bucket_label(i) for i in (0, 1, 12)] == ["0-5", "5-10", "≥ 60"]


def test_within_share_counts_the_limit_itself() -> None:
    assert reports.within_share([60, 120, 300, 301], 300) == 0.75
    assert reports.within_share([1200, 2400, 2400], 1800) == pytest.approx(1 / 3)
    assert reports.within_share([], 300) is None


def test_joined_values_and_merging() -> None:
    assert reports.parse_joined("300,60,120") == [60, 120, 300]
    assert reports.parse_joined(None) == [] and reports.parse_joined("") == []
    assert reports.merged([[1, 5], [2, 3], []]) == [1, 2, 3, 5]


def test_period_and_number_texts() -> None:
    assert reports.period_label(dt.date(2026, 11, 25), dt.date(2026, 11, 25)) == "25 November 2026"
    assert reports.period_label(dt.date(2026, 2, 1), dt.date(2026, 2, 28)) == "Februari 2026"
    assert reports.period_label(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == "Tahun 2026"
    assert reports.period_label(dt.date(2026, 11, 1), dt.date(2026, 11, 25)) == "1 November 2026 - 25 November 2026"
    assert reports.minutes_text(1650) == "27,5"
    assert reports.minutes_text(None) == "-"
    assert reports.share_text(1 / 3) == "33,3%"
    assert reports.share_text(None) == "-"
