"""A toll over a span of weeks or months is a summary, no event's toll."""

from __future__ import annotations


def test_toll_over_months_of_battle_is_no_event(extract):
    text = ("RAQQA, Syria (AFP) — More than 3,000 civilians and fighters were killed in four months of battle for "
            "the city, a monitoring group said on Tuesday.\n")
    events = extract(text, "2017-10-17")
    assert all((e.fatalities.best or 0) < 3000 for e in events)


def test_a_days_toll_still_counts(extract):
    text = ("RAQQA, Syria (AFP) — Air strikes killed 14 civilians in Raqqa on Monday, a monitoring group said, "
            "the heaviest toll in two weeks.\n")
    events = extract(text, "2017-10-17")
    assert [e.fatalities.best for e in events] == [14]
