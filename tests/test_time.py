"""Time expressions: finding spans and resolving them against a fixed publication date."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.resolve.time import (
    TimeExpression,
    find_time_expressions,
    is_future_tense,
    resolve_event_time,
)

PUB = date(2022, 1, 8)  # a Saturday
D = date.fromisoformat


def only(text: str, published: date | None = PUB) -> TimeExpression:
    found = find_time_expressions(text, published)
    assert len(found) == 1, found
    e = found[0]
    assert text[e.start:e.end] == e.text
    return e


def check(e: TimeExpression, start: str, end: str, event: str, precision: str) -> None:
    assert (e.date_start, e.date_end, e.event_date, e.precision) == (
        D(start), D(end), D(event), precision
    ), e


# --- one expression: (sentence, span text, date_start, date_end, event_date, precision) -----

CASES = [
    # weekdays: the most recent such day on or before publication
    ("Gunmen on Saturday shot two protesters.", "on Saturday", "2022-01-08", "2022-01-08", "2022-01-08", "day"),
    ("Police fired tear gas on Friday.", "on Friday", "2022-01-07", "2022-01-07", "2022-01-07", "day"),
    ("Protesters gathered on Monday in Kut.", "on Monday", "2022-01-03", "2022-01-03", "2022-01-03", "day"),
    ("Gunmen Sunday attacked a checkpoint.", "Sunday", "2022-01-02", "2022-01-02", "2022-01-02", "day"),
    ("Friday's bombing killed five.", "Friday's", "2022-01-07", "2022-01-07", "2022-01-07", "day"),
    ("They were arrested last Saturday.", "last Saturday", "2022-01-01", "2022-01-01", "2022-01-01", "day"),
    ("They were arrested last Friday.", "last Friday", "2022-01-07", "2022-01-07", "2022-01-07", "day"),
    # nights: dated by the evening on which they began
    ("Late on Friday, a bomb exploded.", "Late on Friday", "2022-01-07", "2022-01-07", "2022-01-07", "day"),
    ("Clashes erupted Friday night in Basra.", "Friday night", "2022-01-07", "2022-01-07", "2022-01-07", "day"),
    ("Clashes erupted on Thursday evening.", "on Thursday evening", "2022-01-06", "2022-01-06", "2022-01-06", "day"),
    ("Clashes erupted overnight in Basra.", "overnight", "2022-01-07", "2022-01-07", "2022-01-07", "day"),
    ("Clashes erupted overnight Thursday to Friday.", "overnight Thursday to Friday", "2022-01-06", "2022-01-06", "2022-01-06", "day"),
    ("He was killed last night.", "last night", "2022-01-07", "2022-01-07", "2022-01-07", "day"),
    ("He was killed on the night of January 5.", "on the night of January 5", "2022-01-05", "2022-01-05", "2022-01-05", "day"),
    ("He was killed on the night of 3-4 January.", "on the night of 3-4 January", "2022-01-03", "2022-01-03", "2022-01-03", "day"),
    ("Protests took place on the eve of Friday's vote.", "on the eve of Friday's", "2022-01-06", "2022-01-06", "2022-01-06", "day"),
    # today / yesterday / ago
    ("Protesters gathered today.", "today", "2022-01-08", "2022-01-08", "2022-01-08", "day"),
    ("Protesters gathered this morning.", "this morning", "2022-01-08", "2022-01-08", "2022-01-08", "day"),
    ("Protesters gathered yesterday.", "yesterday", "2022-01-07", "2022-01-07", "2022-01-07", "day"),
    ("Early yesterday, gunmen attacked.", "Early yesterday", "2022-01-07", "2022-01-07", "2022-01-07", "day"),
    ("The day before yesterday, he died.", "The day before yesterday", "2022-01-06", "2022-01-06", "2022-01-06", "day"),
    ("The day before, police fired tear gas.", "The day before", "2022-01-07", "2022-01-07", "2022-01-07", "day"),
    ("He was killed two days ago.", "two days ago", "2022-01-06", "2022-01-06", "2022-01-06", "day"),
    ("He was killed 10 days ago.", "10 days ago", "2021-12-29", "2021-12-29", "2021-12-29", "day"),
    ("He was killed three weeks ago.", "three weeks ago", "2021-12-15", "2021-12-21", "2021-12-18", "week"),
    ("He was killed a month ago.", "a month ago", "2021-12-01", "2021-12-31", "2021-12-16", "month"),
    ("He was killed two years ago.", "two years ago", "2020-01-01", "2020-12-31", "2020-07-01", "year"),
    ("A few days ago protesters marched.", "A few days ago", "2022-01-01", "2022-01-06", "2022-01-03", "range"),
    # calendar periods
    ("Two were killed last week.", "last week", "2021-12-27", "2022-01-02", "2021-12-30", "week"),
    ("This week, protests spread.", "This week", "2022-01-03", "2022-01-08", "2022-01-05", "week"),
    ("Earlier this week, protests spread.", "Earlier this week", "2022-01-03", "2022-01-07", "2022-01-05", "week"),
    ("Earlier this month, protesters blocked roads.", "Earlier this month", "2022-01-01", "2022-01-07", "2022-01-04", "month"),
    ("This month saw many protests.", "This month", "2022-01-01", "2022-01-08", "2022-01-04", "month"),
    ("Last month saw many protests.", "Last month", "2021-12-01", "2021-12-31", "2021-12-16", "month"),
    ("Last year saw many protests.", "Last year", "2021-01-01", "2021-12-31", "2021-07-02", "year"),
    ("Clashes began late last month.", "late last month", "2021-12-21", "2021-12-31", "2021-12-26", "range"),
    ("Protesters marched last weekend.", "last weekend", "2022-01-01", "2022-01-02", "2022-01-01", "range"),
    # vague ranges ending at publication
    # "in recent days" / "in recent weeks": the 7 / 28 days before publication (samples/README.md)
    ("In recent days, protests spread.", "In recent days", "2022-01-01", "2022-01-07", "2022-01-04", "week"),
    ("Protests spread in recent weeks.", "in recent weeks", "2021-12-11", "2022-01-07", "2021-12-24", "month"),
    ("In the past few days, protests spread.", "In the past few days", "2022-01-01", "2022-01-08", "2022-01-04", "range"),
    ("Protests spread over the past two weeks.", "over the past two weeks", "2021-12-25", "2022-01-08", "2022-01-01", "range"),
    ("In the past 24 hours, 12 were killed.", "In the past 24 hours", "2022-01-07", "2022-01-08", "2022-01-07", "range"),
    ("Protests have continued since Monday.", "since Monday", "2022-01-03", "2022-01-08", "2022-01-03", "range"),
    ("Fighting since 2014 has killed 300.", "since 2014", "2014-01-01", "2022-01-08", "2014-01-01", "range"),
    # absolute dates
    ("He was killed on Jan. 3.", "on Jan. 3", "2022-01-03", "2022-01-03", "2022-01-03", "day"),
    ("He was killed January 3, 2020.", "January 3, 2020", "2020-01-03", "2020-01-03", "2020-01-03", "day"),
    ("He was killed on 3 January 2020.", "on 3 January 2020", "2020-01-03", "2020-01-03", "2020-01-03", "day"),
    ("He was killed on the 3rd of January 2020.", "3rd of January 2020", "2020-01-03", "2020-01-03", "2020-01-03", "day"),
    ("He was killed on Oct. 25.", "on Oct. 25", "2021-10-25", "2021-10-25", "2021-10-25", "day"),
    ("He was killed on 25 Oct.", "on 25 Oct.", "2021-10-25", "2021-10-25", "2021-10-25", "day"),
    ("He was killed on Sept. 11, 2001.", "on Sept. 11, 2001", "2001-09-11", "2001-09-11", "2001-09-11", "day"),
    ("He was killed on 2020-01-03.", "on 2020-01-03", "2020-01-03", "2020-01-03", "2020-01-03", "day"),
    ("He was killed on 13/01/2020.", "on 13/01/2020", "2020-01-13", "2020-01-13", "2020-01-13", "day"),
    ("He was killed on 01/13/2020.", "on 01/13/2020", "2020-01-13", "2020-01-13", "2020-01-13", "day"),
    ("He was killed on 12.03.2021.", "on 12.03.2021", "2021-03-12", "2021-03-12", "2021-03-12", "day"),
    ("He was killed on Feb. 29, 2020.", "on Feb. 29, 2020", "2020-02-29", "2020-02-29", "2020-02-29", "day"),
    ("He was killed in 2019.", "in 2019", "2019-01-01", "2019-12-31", "2019-07-02", "year"),
    ("He was killed in late 2019.", "in late 2019", "2019-09-01", "2019-12-31", "2019-10-31", "range"),
    ("He was killed in March.", "in March", "2021-03-01", "2021-03-31", "2021-03-16", "month"),
    ("He fled in March 2020.", "in March 2020", "2020-03-01", "2020-03-31", "2020-03-16", "month"),
    ("In mid-March 2020, he fled.", "In mid-March 2020", "2020-03-11", "2020-03-20", "2020-03-15", "range"),
    ("He was killed in early January.", "in early January", "2022-01-01", "2022-01-08", "2022-01-04", "range"),
    ("He was killed in December.", "in December", "2021-12-01", "2021-12-31", "2021-12-16", "month"),
    # explicit ranges: event_date is the first day
    ("Protests from 3 to 5 January.", "from 3 to 5 January", "2022-01-03", "2022-01-05", "2022-01-03", "range"),
    ("Protests between January 3 and January 5, 2021.", "between January 3 and January 5, 2021", "2021-01-03", "2021-01-05", "2021-01-03", "range"),
    ("He was held from Dec. 30 to Jan. 2.", "from Dec. 30 to Jan. 2", "2021-12-30", "2022-01-02", "2021-12-30", "range"),
    # a weekday with its date: the written date wins
    ("Protesters on Saturday (Jan. 8) marched.", "on Saturday (Jan. 8)", "2022-01-08", "2022-01-08", "2022-01-08", "day"),
    ("Clashes on Sunday, January 2 left five dead.", "on Sunday, January 2", "2022-01-02", "2022-01-02", "2022-01-02", "day"),
]


@pytest.mark.parametrize("text,span,start,end,event,precision", CASES, ids=[c[0] for c in CASES])
def test_resolves(text, span, start, end, event, precision):
    e = only(text)
    assert e.text == span
    check(e, start, end, event, precision)
    assert not e.future
    # nothing resolves after publication unless future-marked
    assert e.date_end <= PUB and e.event_date <= PUB


def test_relative_flag():
    assert only("Gunmen on Saturday shot two protesters.").relative
    assert only("He was killed in March.").relative
    assert not only("He was killed on 3 January 2020.").relative
    assert not only("He was killed in 2019.").relative


def test_background_date_keeps_its_value():
    e = only("Soleimani was killed on January 3, 2020 in a drone strike.", D("2022-01-08"))
    check(e, "2020-01-03", "2020-01-03", "2020-01-03", "day")
    assert not e.future


def test_yearless_date_after_publication_goes_back_a_year():
    e = only("Protests that began on Jan. 10 continued.")
    assert e.event_date == D("2021-01-10")


# --- future ----------------------------------------------------------------------------------

FUTURE = [
    ("Protesters will rally next Monday.", "next Monday", "2022-01-10"),
    ("Protesters will march on Monday.", "on Monday", "2022-01-10"),
    ("Organisers called on supporters to rally on Tuesday.", "on Tuesday", "2022-01-11"),
    ("Protesters are expected to gather on Sunday.", "on Sunday", "2022-01-09"),
    ("He will be tried on Jan. 10.", "on Jan. 10", "2022-01-10"),
    ("Elections will be held in March.", "in March", "2022-03-16"),
    ("They plan to march tomorrow.", "tomorrow", "2022-01-09"),
    ("They will march next week.", "next week", "2022-01-13"),
]


@pytest.mark.parametrize("text,span,event", FUTURE, ids=[c[0] for c in FUTURE])
def test_future(text, span, event):
    e = only(text)
    assert e.text == span
    assert e.future
    assert e.event_date == D(event)


def test_future_clause_is_local():
    found = find_time_expressions(
        "Protesters will return on Friday after police killed two on Monday.", PUB
    )
    assert [(e.text, e.event_date, e.future) for e in found] == [
        ("on Friday", D("2022-01-14"), True),
        ("on Monday", D("2022-01-03"), False),
    ]
    # a statement in the past about a future march
    found = find_time_expressions("Police said on Friday that protesters will march on Monday.", PUB)
    assert [(e.event_date, e.future) for e in found] == [(D("2022-01-07"), False), (D("2022-01-10"), True)]


def test_coming_days_is_future_range():
    e = only("They vowed to march in the coming days.")
    assert e.future and e.precision == "range"
    assert e.date_start == PUB and e.date_end > PUB


def test_explicit_future_year_is_marked_future():
    e = only("The elections are due in 2023.")
    assert e.future and e.date_start == D("2023-01-01")


def test_is_future_tense():
    assert is_future_tense("Protesters will march on Monday.")
    assert is_future_tense("They're going to rally in Basra.")
    assert is_future_tense("The rally is scheduled for Sunday.")
    assert not is_future_tense("Protesters marched on Monday.")
    assert not is_future_tense("Gunmen shot and wounded two protesters.")


# --- anchors ---------------------------------------------------------------------------------


def test_day_before_counts_from_previous_date():
    text = "Police clashed with protesters on Thursday. The day before, police fired tear gas."
    found = find_time_expressions(text, PUB)
    assert [(e.text, e.event_date) for e in found] == [
        ("on Thursday", D("2022-01-06")),
        ("The day before", D("2022-01-05")),
    ]


def test_next_day_needs_an_anchor():
    assert find_time_expressions("The next day, five more died.", PUB) == []
    found = find_time_expressions("Clashes broke out on Monday. The next day, five died.", PUB)
    assert [e.event_date for e in found] == [D("2022-01-03"), D("2022-01-04")]


# --- things that are not dates, and absurd dates ---------------------------------------------

NOT_DATES = [
    "He was killed on January 3, 3021.",
    "He was killed on 2020-13-03.",
    "He was killed on February 30.",
    "He was killed on 32 January.",
    "He was killed on 03/01/2020.",  # d/m or m/d: both possible, both before publication
    "The Sunday Times reported that Bloody Sunday is remembered every Friday.",
    "Theresa May spoke. March organisers said 2000 people came.",
    "An overnight curfew was imposed.",
    "The last week of the campaign was quiet.",
    "Around 1,500 people marched, carrying 12 flags.",
    "A day after the vote, protests grew.",
    "",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert find_time_expressions(text, PUB) == []


def test_ambiguous_numeric_date_settled_by_publication_or_dayfirst():
    # only 3 January 2020 is on or before a 2020-01-08 publication
    e = only("He was killed on 03/01/2020.", D("2020-01-08"))
    assert e.event_date == D("2020-01-03")
    found = find_time_expressions("He was killed on 03/01/2020.", PUB, dayfirst=False)
    assert [e.event_date for e in found] == [D("2020-03-01")]
    found = find_time_expressions("He was killed on 03/01/2020.", PUB, dayfirst=True)
    assert [e.event_date for e in found] == [D("2020-01-03")]


def test_no_publication_date():
    found = find_time_expressions(
        "He died on Saturday, three days ago, last week, in March, and on 3 January 2020.", None
    )
    assert [e.text for e in found] == [
        "on Saturday", "three days ago", "last week", "in March", "on 3 January 2020"
    ]
    assert all(e.precision == "unknown" and e.event_date is None for e in found[:-1])
    assert found[-1].event_date == D("2020-01-03")


def test_publication_on_other_weekday():
    wed = D("2022-01-12")
    assert only("Gunmen on Saturday shot two.", wed).event_date == D("2022-01-08")
    assert only("Gunmen on Wednesday shot two.", wed).event_date == wed
    assert only("Gunmen last Wednesday shot two.", wed).event_date == D("2022-01-05")
    assert only("Two were killed last week.", wed).date_start == D("2022-01-03")


def test_year_boundary():
    pub = D("2022-01-02")
    assert only("He was killed on Dec. 30.", pub).event_date == D("2021-12-30")
    assert only("Last month saw protests.", pub).date_start == D("2021-12-01")
    assert only("He was killed on Jan. 5.", pub).event_date == D("2021-01-05")


def test_offsets_point_into_the_text():
    text = "KUT, Iraq — Gunmen on Saturday shot two protesters, police said late on Friday.\n"
    found = find_time_expressions(text, PUB)
    assert [text[e.start:e.end] for e in found] == ["on Saturday", "late on Friday"]
    assert found[1].reporting and not found[0].reporting


# --- choosing the date of an event -----------------------------------------------------------


def test_resolve_event_time_prefers_same_sentence_nearest_trigger():
    text = (
        "Police said on Sunday they arrested two people on Friday. "
        "Protests have continued since Monday."
    )
    found = find_time_expressions(text, PUB)
    s1_end = text.index(". ") + 1
    arrested = text.index("arrested")
    e = resolve_event_time(found, 0, s1_end, PUB, trigger_start=arrested)
    assert e is not None and e.text == "on Friday"
    # the statement date is used when the sentence has nothing else
    text2 = "Two protesters were killed in Basra, police said on Sunday."
    found2 = find_time_expressions(text2, PUB)
    e2 = resolve_event_time(found2, 0, len(text2), PUB, trigger_start=text2.index("killed"))
    assert e2 is not None and e2.event_date == D("2022-01-02")
    # nothing in the sentence: the caller falls back
    s2 = text.index("Protests")
    assert resolve_event_time(found, 0, s1_end, PUB) is not None
    assert resolve_event_time(found, s2, s2 + 9, PUB) is None


def test_resolve_event_time_nearest_of_two():
    text = "Gunmen on Saturday shot two protesters who had camped in the square since Monday."
    found = find_time_expressions(text, PUB)
    e = resolve_event_time(found, 0, len(text), PUB, trigger_start=text.index("shot"))
    assert e.text == "on Saturday"
    e = resolve_event_time(found, 0, len(text), PUB, trigger_start=text.index("camped"))
    assert e.text == "since Monday"
    # without a trigger the most precise wins
    assert resolve_event_time(found, 0, len(text), PUB).text == "on Saturday"


def test_resolve_event_time_skips_unresolved():
    text = "Gunmen on Saturday shot two protesters."
    found = find_time_expressions(text, None)
    assert resolve_event_time(found, 0, len(text), None) is None


# --- speed -----------------------------------------------------------------------------------

ARTICLE = (
    "KUT, Iraq — Gunmen on Saturday shot and wounded two protesters in the southern city of Kut, "
    "a security source said, the latest in a wave of attacks on activists in recent weeks. "
    "The protesters had been camped in the main square since Monday, demanding jobs and services. "
    "Police said late on Friday that they had arrested three suspects in connection with an "
    "attack earlier this month, in which a prominent activist was killed. Demonstrations first "
    "erupted in October 2019 and at least 600 people were killed in the months that followed, "
    "according to rights groups. Organisers said they will march again next week and called on "
    "supporters to rally in Baghdad on Tuesday. The United Nations mission condemned the violence "
    "in a statement issued on Jan. 7, urging the authorities to protect peaceful demonstrators. "
) * 5  # ~ 700 words


def test_long_article_finds_every_expression():
    # speed is measured in bench/, not asserted here
    found = find_time_expressions(ARTICLE, PUB)
    assert len(found) == 45


def test_month_and_year_ranges():
    e = only("Protests went on from March to May 2020.")
    check(e, "2020-03-01", "2020-05-31", "2020-03-01", "range")
    e = only("Protests went on from November to February 2020.")
    check(e, "2019-11-01", "2020-02-29", "2019-11-01", "range")
    e = only("Fighting raged from 2019 to 2021.")
    check(e, "2019-01-01", "2021-12-31", "2019-01-01", "range")


def test_future_clause_over_a_period_containing_publication():
    e = only("He will become chief justice in 2022.")
    assert e.future and e.date_start == PUB and e.date_end == D("2022-12-31")
    e = only("Protesters will march again this week.")
    assert e.future and e.date_start == PUB and e.date_end == D("2022-01-09")


@pytest.mark.parametrize("text", [
    "Residents of the 25 of March sector gathered on Friday.",
    "Police patrolled Colonia 20 de Noviembre on Friday.",
    "Members of the 6 April Youth Movement met on Friday.",
])
def test_a_date_that_names_a_place_or_group_dates_nothing(text):
    found = find_time_expressions(text, date(2020, 5, 9))
    assert [e.text for e in found] == ["on Friday"]


# --- weekdays as modifiers, days set for later -------------------------------------------------


def test_weekday_rite_dates_a_happening_during_it():
    e = only("A grenade went off during a Sunday service in the cathedral.")
    assert e.event_date == D("2022-01-02") and e.precision == "day"
    # a custom, not a time
    assert find_time_expressions("The mayor rarely misses Sunday Mass.", PUB) == []


def test_weekday_a_thing_is_set_for_is_future():
    e = only("Teachers' unions have called a national strike for Tuesday.")
    assert e.future and e.event_date == D("2022-01-11")
    # "for" + a possessive or a noun is no schedule
    assert not only("Two men were charged for Tuesday's arson.").future
    assert not only("Worshippers gathered for Friday prayers.").future


def test_reported_future_with_would():
    found = find_time_expressions("The federation said on Friday it would hold a strike on Feb. 2.", PUB)
    assert [(e.text, e.future) for e in found] == [("on Friday", False), ("on Feb. 2", True)]
    assert found[1].event_date == D("2022-02-02")
    assert not only("Rescuers said they would have reached the village on Monday.").future


# --- which expression dates an event (needs the parser) ----------------------------------------


def test_relative_clause_on_the_event_itself_keeps_its_time(extract):
    events = extract(
        "MOGADISHU (AP) - Al-Shabaab on Tuesday claimed a car bombing that tore through an army "
        "checkpoint in Mogadishu the previous day, killing nine soldiers.\n",
        "2024-05-14",
        dateline="MOGADISHU",
    )
    assert [str(e.event_date) for e in events if not e.background] == ["2024-05-13"]


def test_time_of_a_later_happening_does_not_date_what_came_after(extract):
    # Sunday dates the detentions; the mob acted before them
    events = extract(
        "SYLHET, Bangladesh - Police detained 40 people in Sylhet on Sunday after a mob set fire to a "
        "police station and looted shops in the town.\n",
        "2024-05-13",
        dateline="SYLHET, Bangladesh",
    )
    mob = [e for e in events if e.event_type == "Riots"]
    assert mob and all(e.event_date != D("2024-05-12") for e in mob)


def test_undated_sentence_takes_the_time_the_story_stands_at(extract):
    events = extract(
        "NAIROBI - Riot police fired tear gas at protesters in Nairobi on Wednesday as crowds "
        "denounced a new finance bill.\n"
        "In Mombasa, hundreds of people marched peacefully to the county offices, witnesses said.\n",
        "2024-06-27",
        dateline="NAIROBI",
    )
    assert len(events) == 2 and all(e.event_date == D("2024-06-26") for e in events)


def test_undated_sentence_after_background_falls_back_to_publication(extract):
    events = extract(
        "LAGOS - Gunmen shot dead two traders at a market in Lagos on Friday, police said.\n"
        "The city saw deadly riots in 2020.\n"
        "Residents said soldiers later beat several youths in the area.\n",
        "2024-06-29",
        dateline="LAGOS",
    )
    recent = [e for e in events if not e.background]
    assert recent and all(e.event_date >= D("2024-06-28") for e in recent)


def test_a_season_of_a_named_year_is_its_three_months():
    e = only("The 56-day siege in the spring of 1954 ended in surrender.")
    assert (e.date_start, e.date_end, e.precision) == (D("1954-03-01"), D("1954-05-31"), "range")
    winter = only("Rebels overran the town in winter 2019.")
    assert (winter.date_start, winter.date_end) == (D("2019-12-01"), D("2020-02-29"))
    assert find_time_expressions("They sang about the summer of love.", PUB) == []


def test_decades_ago_counts_in_years():
    e = only("The massacres were carried out more than four decades ago.")
    assert e.precision == "year" and e.event_date.year == PUB.year - 40


@pytest.mark.parametrize(
    "text, span, start, end, event, precision",
    [
        # a year word after a year-less date sets its year (publication 2022-01-08)
        ("Rebels burned the depot in March last year.", "in March last year",
         "2021-03-01", "2021-03-31", "2021-03-16", "month"),
        ("On 2 January last year, a drone hit the depot.", "On 2 January last year",
         "2021-01-02", "2021-01-02", "2021-01-02", "day"),
        ("Troops left the town in January this year.", "in January this year",
         "2022-01-01", "2022-01-08", "2022-01-04", "month"),
    ],
)
def test_a_year_word_sets_the_year_of_a_date(text, span, start, end, event, precision):
    e = only(text)
    assert e.text == span
    check(e, start, end, event, precision)


@pytest.mark.parametrize(
    "text, span, start, end, event, precision",
    [
        ("The raid was the bloodiest since August 2019, when militia fighters burned a market.",
         "since August 2019", "2019-08-01", "2019-08-31", "2019-08-16", "month"),
        ("It was the worst bombing in the city since 2017 when a truck bomb killed 90 people.",
         "since 2017", "2017-01-01", "2017-12-31", "2017-07-02", "year"),
    ],
)
def test_since_a_date_when_something_happened_is_that_moment(text, span, start, end, event, precision):
    # "the worst since X, when Y": X is the recalled moment of Y, not the start of a period up to now
    e = only(text)
    assert e.text == span
    check(e, start, end, event, precision)


def test_since_a_date_without_when_is_still_a_period():
    e = only("Rebels have held the town since August 2019.")
    assert (e.date_start, e.date_end, e.event_date) == (D("2019-08-01"), PUB, D("2019-08-01"))
