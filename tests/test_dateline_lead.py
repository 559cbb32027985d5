"""The parser reads a story's body with its dateline blanked out; the lead's first word must still
read as the common noun it is ("Gunmen", not a name), or the lexicon loses its lemma."""

from __future__ import annotations

import pytest

from eventlens.engine.local import _blank_dateline


def test_blanked_dateline_keeps_offsets():
    text = "KAMPALA, Uganda (Reuters) — Gunmen killed three traders at a market in Kasese."
    blanked = _blank_dateline(text)
    assert len(blanked) == len(text)
    assert blanked.index("Gunmen") == text.index("Gunmen")
    assert "KAMPALA" not in blanked and "Reuters" not in blanked


@pytest.mark.parametrize("lead,lemma", [
    ("Gunmen killed three traders at a market in Kasese on Sunday, police said.", "gunman"),
    ("Militants stormed a checkpoint near Bunia overnight, the army said.", "militant"),
    ("Protesters blocked the main road into Kasese on Monday.", "protester"),
])
def test_lead_word_after_a_dateline_keeps_its_lemma(nlp, lead, lemma):
    doc = nlp(_blank_dateline("KAMPALA, Uganda (Reuters) — " + lead))
    first = next(t for t in doc if t.is_alpha)
    assert first.lemma_.lower() == lemma and first.pos_ == "NOUN"


def test_killing_at_a_market_under_a_dateline_is_coded(extract):
    # two market words made the sentence read as a markets story once "Gunmen" lost its lemma
    text = "KAMPALA, Uganda (Reuters) — Gunmen killed three traders at a market in Kasese on Sunday, police said.\n"
    events = extract(text, "2024-03-12")
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].fatalities.best == 3
