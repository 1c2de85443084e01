"""The cue families that each language's words in data/lookups/monitor_words.yaml must list (``filter_cues``: the
monitor's statistical filter; ``alert_cues``: its alert model). Named here, in the data layer, so that the loader checks
the lookups without importing the monitor (the layers run one way); monitor/mfilter.py holds the English patterns under
the same names, and a test checks the two agree."""

from __future__ import annotations

#: ``filter_cues``: the filter's families read by words (``mfilter.CUES`` less its wordless families).
FILTER_CUE_FAMILIES: tuple[str, ...] = ("neg", "modal", "cond", "future", "perfect", "pluperfect", "said", "call", "cancel",
                                        "deny", "background", "application", "court", "warrant", "domestic", "fear")
#: ``alert_cues``: the alert model's further families (``mfilter.EXTRA_CUES``).
ALERT_CUE_FAMILIES: tuple[str, ...] = ("hedge", "invite", "underway", "gathering", "trip")


def cue_families(key: str) -> list[str]:
    """The cue families a language's ``key`` table in monitor_words.yaml lists (``filter_cues`` or ``alert_cues``)."""
    if key == "filter_cues":
        return list(FILTER_CUE_FAMILIES)
    if key == "alert_cues":
        return list(ALERT_CUE_FAMILIES)
    raise ValueError(f"no cue table {key!r}: give filter_cues or alert_cues")
