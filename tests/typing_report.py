"""What a typing test prints when it fails: each event's sub-type, background flag and confidence."""

from __future__ import annotations


def subs(events):
    return [(e.sub_event_type, e.background, round(e.confidence, 2)) for e in events]
