"""What every benchmark reports besides the median: the 95th percentile (nearest rank)."""

from __future__ import annotations


def p95(samples: list[float]) -> float:
    """The 95th percentile of ``samples`` by nearest rank (the largest sample of a short run)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
