"""The event verifier: what it reads, how it rescores, the shipped model and the command that trains it."""

from __future__ import annotations

import copy
import datetime as dt
import json

import numpy as np
import pytest

from eventlens.assemble.train_verifier import (
    VerifierData, article_probabilities_out_of_fold, cross_validate, fit, train_article_classifier,
    with_article_probabilities)
from eventlens.assemble.verify import (
    ARTICLE_MIN_WORDS, FEATURES, MIN_SENTENCES, ArticleView, EventVerifier, article_probability, event_features,
    load_article_classifier)
from eventlens.schema import Article

STORY = (
    "MAIDUGURI, Nigeria (AP) — Gunmen killed nine farmers in a village near Maiduguri on Sunday, "
    "a local official said.\n"
    "The attackers arrived on motorcycles and opened fire on workers in the rice fields.\n"
    "Residents said the gunmen also burned several granaries before fleeing into the bush.\n"
    "The state governor condemned the killings and promised more patrols.\n"
    "Farmers in the area have asked for armed escorts during the harvest.\n"
)
NOTE = "On 12 May 2024, gunmen killed nine farmers in a village near Maiduguri (Borno)."
# two stories long enough for the article classifier (written for these tests)
LONG_ATTACK = (
    "GAO, Mali (AFP) — Suspected jihadists on motorbikes attacked a village near Gao on Tuesday, killing at least "
    "fourteen civilians and burning houses and granaries, local officials and a security source said.\n"
    "The gunmen arrived at dawn and opened fire on villagers gathered near the well, a resident told AFP by "
    "telephone, asking not to be named for his safety. Several women and children were among the dead, and "
    "about twenty people were wounded and taken to the hospital in Gao.\n"
    "The attackers also stole cattle and set fire to the market before fleeing towards the border with Niger, "
    "the security source said. No group has claimed the attack, but the area has seen repeated raids by "
    "fighters linked to the Islamic State in the Sahel.\n"
    "The army said it had sent reinforcements and that soldiers were pursuing the assailants. A local official "
    "said families had begun to flee towards Gao, fearing another attack, and called for more troops to protect "
    "the villages along the road.\n"
)
LONG_MATCH = (
    "MANCHESTER, England (AP) — Manchester City beat Arsenal 3-1 on Sunday to go top of the Premier League, with "
    "Erling Haaland scoring twice in the second half as the champions turned the game around after a slow start.\n"
    "Arsenal took the lead after twenty minutes when Bukayo Saka curled a shot into the far corner, and the visitors "
    "could have doubled it before the break when Kai Havertz shot wide from close range.\n"
    "City's coach Pep Guardiola changed his midfield at half time and his side pressed higher. Phil Foden equalised "
    "with a low strike, and Haaland headed in a corner before adding a third late on.\n"
    "The win moves City two points clear at the top with ten games left. Arsenal play Liverpool next weekend, while "
    "City travel to Brighton. Guardiola said his players had shown character and that the title race was far from "
    "over, with several difficult away games still to come.\n"
)


def _doubting(bias: float) -> EventVerifier:
    """A verifier that ignores its features: its probability is the logistic of ``bias``."""
    return EventVerifier(np.zeros(len(FEATURES)), bias)


@pytest.fixture(scope="module")
def with_verifier(pipeline):
    def make(verifier):
        pipe = copy.copy(pipeline)
        pipe.verifier = verifier
        return pipe
    return make


def _article(text: str, doc_id: str = "v") -> Article:
    return Article(id=doc_id, text=text, published=dt.date(2024, 5, 14))


def test_a_story_is_rescored_and_a_doubted_event_dropped(with_verifier):
    # a verifier sure of nothing (p ~ 0) halves the rules' confidence: under the 0.5 floor
    doubting = with_verifier(_doubting(-30.0))
    assert doubting.extract(_article(STORY)) == []
    # one sure of everything (p ~ 1) lifts it halfway to 1
    sure = with_verifier(_doubting(30.0))
    rules, _ = sure.candidates(_article(STORY))
    events = sure.extract(_article(STORY))
    assert rules and len(events) == len(rules)
    for rule_event, event in zip(rules, events):
        assert event.confidence == pytest.approx((rule_event.confidence + 1.0) / 2, abs=1e-3)


def test_a_short_note_keeps_the_rules_confidence(with_verifier):
    # a coder's note of one sentence is outside what the verifier learned from: left alone
    doubting = with_verifier(_doubting(-30.0))
    events = doubting.extract(_article(NOTE))
    assert events and events[0].sub_event_type == "Attack"
    rules, view = doubting.candidates(_article(NOTE))
    assert len(view.sentences) < MIN_SENTENCES
    assert [e.confidence for e in events] == [e.confidence for e in rules if e.confidence >= 0.5]


def test_features_read_the_event_and_its_article(pipeline):
    events, view = pipeline.candidates(_article(STORY))
    attack = next(e for e in events if e.sub_event_type == "Attack")
    x = dict(zip(FEATURES, event_features(attack, view, events)))
    assert len(view.sentences) == 5 and len(view.p_event) == 5
    assert x["in_lead"] == 1.0 and x["position"] < 0.2
    assert x["dated"] == 1.0 and x["day_precision"] == 1.0
    assert x["fatalities"] == 1.0 and x["attribution"] == 1.0
    assert x["type=Violence against civilians"] == 1.0 and x["type=Battles"] == 0.0
    assert 0.5 < x["p_event_trigger"] <= 1.0


def test_verifier_round_trips_and_refuses_a_model_of_other_features():
    model = EventVerifier(np.linspace(-1, 1, len(FEATURES)), 0.25)
    again = EventVerifier.from_json(model.to_json())
    x = np.full(len(FEATURES), 0.5)
    assert again.probability(x) == pytest.approx(model.probability(x), abs=1e-6)
    raw = json.loads(model.to_json())
    raw["features"] = raw["features"][:-1]
    raw["weights"] = raw["weights"][:-1]
    with pytest.raises(ValueError, match="retrain"):
        EventVerifier.from_json(json.dumps(raw))


def test_fit_learns_which_candidates_coders_keep():
    # matched candidates come from sentences the classifier reads as events, unmatched ones not
    rng = np.random.default_rng(3)
    data = VerifierData()
    trig = FEATURES.index("p_event_trigger")
    for i in range(120):
        matched = i % 3 != 0
        x = rng.uniform(0, 1, len(FEATURES))
        x[trig] = rng.uniform(0.6, 1.0) if matched else rng.uniform(0.0, 0.4)
        x[FEATURES.index("rule_confidence")] = 0.6  # the rules keep every candidate
        data.x.append(x)
        data.y.append(int(matched))
        data.doc.append(f"d{i // 2}")
    model = fit(data)
    low, high = np.full(len(FEATURES), 0.5), np.full(len(FEATURES), 0.5)
    low[trig], high[trig] = 0.1, 0.9
    assert model.probability(high) > 0.8 and model.probability(low) < 0.5
    cv = cross_validate(data, 0.5, negative_docs=set())
    assert cv["candidates_matched"] == 80 and cv["candidates_unmatched"] == 40
    assert cv["rules_kept_matched"] == 80 and cv["rules_kept_unmatched"] == 40
    assert cv["cv_kept_matched"] >= 75 and cv["cv_kept_unmatched"] <= 30


def test_fit_needs_both_kinds_of_candidate():
    data = VerifierData([np.zeros(len(FEATURES))] * 3, [1, 1, 1], ["a", "b", "c"])
    with pytest.raises(ValueError, match="both"):
        fit(data)


def test_view_without_a_classifier_is_neutral():
    view = ArticleView.build(_article(STORY), [(0, 10), (11, 20)], None)
    assert list(view.p_event) == [0.5, 0.5] and view.p_event_headline == 0.5 and view.p_event_article == 0.5
    assert view.sentence_of(12) == 1 and view.sentence_of(500) is None


def test_shipped_verifier_has_its_provenance_beside_it(shipped_provenance):
    provenance = shipped_provenance("event_verifier.json")
    assert "ACLED, CASE 2021 and the other ../shared/data sets were not used" in provenance
    assert EventVerifier.load() is not None
    article = shipped_provenance("article_clf.npz")
    assert "ACLED, CASE 2021 and the other ../shared/data sets were not used" in article
    assert load_article_classifier() is not None


def test_article_classifier_reads_whole_stories_and_leaves_short_texts_neutral():
    model = load_article_classifier()
    attack, match = _article(LONG_ATTACK), _article(LONG_MATCH)
    assert len(LONG_ATTACK.split()) >= ARTICLE_MIN_WORDS and len(LONG_MATCH.split()) >= ARTICLE_MIN_WORDS
    assert article_probability(model, attack) > 0.5 > article_probability(model, match)
    # a note or a short story: the summed word weights have too little to go on
    assert article_probability(model, _article(NOTE)) == 0.5 == article_probability(model, _article(STORY))
    assert article_probability(None, attack) == 0.5


def test_the_article_feature_reaches_the_verifier(pipeline):
    events, view = pipeline.candidates(_article(LONG_ATTACK))
    assert events and view.p_event_article > 0.5
    x = dict(zip(FEATURES, event_features(events[0], view, events)))
    assert x["p_event_article"] == view.p_event_article


def test_the_verifier_learns_from_held_out_article_probabilities():
    # six stories of each kind, variations of the two above; each article's probability comes from
    # a model that never saw it, so it is not the in-sample certainty of the full model
    events = [_article(LONG_ATTACK.replace("Gao", town), f"e{i}") for i, town in
              enumerate(["Gao", "Menaka", "Ansongo", "Bourem", "Tessit", "Hombori"])]
    matches = [_article(LONG_MATCH.replace("Arsenal", team), f"m{i}") for i, team in
               enumerate(["Arsenal", "Chelsea", "Everton", "Fulham", "Brentford", "Wolves"])]
    arts = events + matches
    negative = {a.id for a in matches}
    held_out = article_probabilities_out_of_fold(arts, negative, folds=3)
    assert set(held_out) == {a.id for a in arts}
    assert all(held_out[a.id] > 0.5 for a in events) and all(held_out[a.id] < 0.5 for a in matches)
    full = train_article_classifier(arts, negative)
    assert article_probability(full, events[0]) > held_out["e0"]  # in-sample it is surer
    # a fold whose training part holds one kind only gives the neutral 0.5
    assert set(article_probabilities_out_of_fold([arts[0], arts[-1]], negative, folds=2).values()) == {0.5}
    col = FEATURES.index("p_event_article")
    data = VerifierData([np.zeros(len(FEATURES)), np.zeros(len(FEATURES))], [1, 0], ["e0", "m0"])
    replaced = with_article_probabilities(data, held_out)
    assert [x[col] for x in replaced.x] == [held_out["e0"], held_out["m0"]] and data.x[0][col] == 0.0


def test_train_command_writes_a_verifier_that_loads(tmp_path):
    from typer.testing import CliRunner

    from eventlens.cli import app

    arts, negs = tmp_path / "articles", tmp_path / "negatives"
    arts.mkdir()
    negs.mkdir()
    (arts / "a1_maiduguri.txt").write_text(" date 2024-05-14 Gunmen kill farmers\n\n" + STORY, "utf-8")
    # a story whose protest the gold leaves out: its candidate is one coders did not keep
    (negs / "n1_kano.txt").write_text(
        " date 2024-05-14 Traders march\n\nKANO, Nigeria (AP) — Hundreds of traders marched through Kano on Monday "
        "to protest against a new market levy. The marchers carried placards and sang. Police watched from a "
        "distance. The state government said it would review the levy.\n", "utf-8")
    gold_event = {
        "event_id": "a1-e1", "doc_ids": ["a1_maiduguri"], "event_date": "2024-05-12", "date_precision": "day",
        "event_type": "Violence against civilians", "sub_event_type": "Attack", "plover_type": "ASSAULT",
        "location": {"name": "Maiduguri", "admin1": "Borno", "country": "Nigeria", "iso3": "NGA",
                     "latitude": 11.8469, "longitude": 13.1571, "geo_precision": 2},
        "confidence": 1.0,
    }
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold_event) + "\n", "utf-8")
    (tmp_path / "manifest.jsonl").write_text(
        json.dumps({"id": "a1_maiduguri", "kind": "event", "n_events": 1}) + "\n"
        + json.dumps({"id": "n1_kano", "kind": "negative", "n_events": 0}) + "\n", "utf-8")
    out = tmp_path / "verifier.json"
    result = CliRunner().invoke(app, ["train", "event-verifier", str(arts), str(negs), "--gold", str(tmp_path / "gold.jsonl"),
                                      "--manifest", str(tmp_path / "manifest.jsonl"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output[result.output.index("{"):])
    assert report["candidates_matched"] >= 1 and report["candidates_unmatched"] >= 1
    assert report["negative_articles_with_candidates"] == 1
    assert report["cross_validation"].startswith("skipped")  # two articles make no five folds
    assert EventVerifier.load(out) is not None
    assert "sha256" in out.with_suffix(".md").read_text("utf-8")
    article_model = tmp_path / "article_clf.npz"
    assert article_model.is_file() and "sha256" in article_model.with_suffix(".md").read_text("utf-8")
    # without the article classifier: no model file left beside the verifier, and the provenance says so
    result = CliRunner().invoke(app, ["train", "event-verifier", str(arts), str(negs), "--gold", str(tmp_path / "gold.jsonl"),
                                      "--manifest", str(tmp_path / "manifest.jsonl"), "--out", str(out),
                                      "--no-article-classifier"])
    assert result.exit_code == 0, result.output
    assert not article_model.exists() and not article_model.with_suffix(".md").exists()
    assert "--no-article-classifier" in out.with_suffix(".md").read_text("utf-8")
