"""The alert threshold aimed at a target precision (session 27, issue 12): ``mfilter_train.smoothed_precision`` makes the
out-of-fold precision of the alerts kept monotone in the alert model's score, so "the lowest threshold reaching the
target" (``alert_threshold``) is one crossing, not the first of several noisy ones. Written curves ([threshold, raised,
right], thresholds rising, counts summed over the repeated cross-validation); the dev half's own curve is checked by
tests/monitor/test_mfilter_alerts.py."""

from __future__ import annotations

import random

import pytest

from iccwatch.monitor import mfilter_train


def _curve(bins: list[tuple[int, int]], start: float = 0.5, step: float = 0.1) -> list[list[float]]:
    """A cumulative curve from bins (alerts, right) of rising score: at each threshold, the alerts of its bin and above."""
    out = []
    for k in range(len(bins)):
        out.append([round(start + step * k, 2), sum(n for n, _ in bins[k:]), sum(ok for _, ok in bins[k:])])
    return out


def test_a_monotone_curve_is_left_as_it_is() -> None:
    curve = _curve([(30, 12), (20, 12), (20, 18), (40, 38), (20, 20)])
    assert mfilter_train.smoothed_precision(curve) == pytest.approx([ok / n for _, n, ok in curve])


def test_a_dip_is_pooled_with_the_bin_below_it() -> None:
    # bins 0.6 (10 / 10) and 0.7 (30 / 21) violate the order: pooled, 40 / 31 each at 0.775
    curve = _curve([(30, 10), (10, 10), (30, 21), (40, 38), (20, 20)])
    smooth = mfilter_train.smoothed_precision(curve)
    assert smooth[1] == pytest.approx((31 + 58) / 100)  # a block's start: the raw precision
    assert smooth[2] == pytest.approx((30 * 31 / 40 + 58) / 90)  # inside the block: the pooled bin's precision
    assert smooth[2] > curve[2][2] / curve[2][1]  # the dip is lifted


def test_empty_bins_and_thresholds_keeping_no_alert() -> None:
    curve = [[0.5, 10, 8], [0.6, 10, 8], [0.7, 4, 4], [0.8, 0, 0], [0.9, 0, 0]]
    smooth = mfilter_train.smoothed_precision(curve)
    assert smooth[3:] == [None, None]
    assert smooth[:3] == pytest.approx([0.8, 0.8, 1.0])


@pytest.mark.parametrize("seed", range(20))
def test_the_smoothed_precision_never_falls_as_the_threshold_rises_and_never_lies_under_the_raw(seed: int) -> None:
    """On random curves: non-decreasing in the threshold (so the target is crossed once), at or above the raw precision
    everywhere (each suffix of a pooled block is at most the block's mean), and equal to it at the lowest threshold (every
    alert kept: the fit keeps the total)."""
    rng = random.Random(seed)
    bins = []
    for _ in range(rng.randint(3, 30)):
        n = rng.randint(0, 40)
        bins.append((n, rng.randint(0, n)))
    bins[0] = (bins[0][0] + 1, bins[0][1])  # at least one alert
    curve = _curve(bins, 0.05, 0.01)
    smooth = mfilter_train.smoothed_precision(curve)
    kept = [(p, ok / n) for p, (_, n, ok) in zip(smooth, curve, strict=True) if n]
    assert all(a <= b + 1e-12 for (a, _), (b, _) in zip(kept, kept[1:], strict=False))
    assert all(p >= raw - 1e-12 for p, raw in kept)
    assert kept[0][0] == pytest.approx(kept[0][1])
    got = mfilter_train.alert_threshold(curve, curve[0][2])
    if got["rule"] == "target":
        assert got["smoothed_precision"] >= mfilter_train.ALERT_PRECISION - 5e-4
        lower = [p for (t, n, ok), p in zip(curve, smooth, strict=True) if t < got["threshold"] and n
                 and ok >= mfilter_train.ALERT_MIN_SHARE * curve[0][2]]
        assert all(p < mfilter_train.ALERT_PRECISION for p in lower)

