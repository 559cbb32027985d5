"""`eventlens train sentence-classifier`: train the shipped sentence classifier reproducibly.

Only data whose licence allows a shipped model is read (see ../shared/data/README.md):
- sentences written by the eventlens project (``eventlens/data/training/sentences.jsonl``),
- UCDP GED headlines (CC BY 4.0; Sundberg & Melander 2013, Hogbladh 2019) as "violence",
- PLOVER gold-standard sentences (CC BY-SA 4.0, Open Event Data Alliance), mapped by type.
ACLED and CASE 2021 data are never read here: they are for evaluation only.

Needs scikit-learn (the ``train`` extra); the model it writes needs only numpy.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import random
from collections import Counter
from pathlib import Path

import numpy as np
import typer

from eventlens.extract.classifier import LABELS, SentenceClassifier, features

PLOVER_LABEL = {
    "ASSAULT": "violence",
    "FIGHT": "violence",
    "PROTEST": "protest",
    # statements, meetings, threats and demands report no ACLED event
    "AGREE": None,  # mostly diplomatic agreement to talk: ambiguous for ACLED, left out
    "DEMAND": "none",
    "REJECT": "none",
    "THREATEN": "none",
    "DISAPPROVE": "none",
    "SUPPORT": "none",
    "CONCEDE": "none",
    "CONSULT": "none",
    "AID": "none",
    "INVESTIGATE": "none",
    "COOPERATE": "none",
    "SANCTION": "none",
    "RETREAT": None,
    "COERCE": None,
    "MOBILIZE": None,
}



def _project_sentences(path: Path) -> list[tuple[str, str, str]]:
    out = []
    if not path.is_file():
        return out
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out.append((rec["text"], rec["label"], "eventlens-written"))
    return out


def _ucdp(path: Path, limit: int, rng: random.Random) -> list[tuple[str, str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        heads = sorted({row["source_headline"].strip() for row in csv.DictReader(fh) if row.get("source_headline")})
    heads = [h for h in heads if len(h.split()) >= 4]
    rng.shuffle(heads)
    return [(h, "violence", "ucdp-ged-19.1-syria") for h in heads[:limit]]


def _plover(path: Path) -> list[tuple[str, str, str]]:
    if not path.is_file():
        return []
    out = []
    for rec in json.loads(path.read_text("utf-8")):
        label = PLOVER_LABEL.get(rec.get("event", ""))
        if label and rec.get("text"):
            out.append((rec["text"], label, "plover-gsr"))
    return out


def train_classifier(
    examples: list[tuple[str, str, str]], n_buckets: int = 1 << 17, c: float = 4.0, seed: int = 13,
    labels: tuple[str, ...] = LABELS,
) -> tuple[SentenceClassifier, dict]:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    rows, cols = [], []
    y = []
    for i, (text, label, _) in enumerate(examples):
        ids = np.unique(features(text, n_buckets))
        rows.extend([i] * len(ids))
        cols.extend(ids.tolist())
        y.append(labels.index(label))
    x = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(examples), n_buckets))
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced", random_state=seed)
    model.fit(x, np.array(y))
    weights = np.zeros((n_buckets, len(labels)), dtype=np.float32)
    bias = np.full(len(labels), -20.0, dtype=np.float32)  # a label with no data is never predicted
    for k, cls in enumerate(model.classes_):
        coef = model.coef_[k] if len(model.classes_) > 2 else (model.coef_[0] if k == 1 else -model.coef_[0])
        weights[:, cls] = coef
        bias[cls] = model.intercept_[k] if len(model.classes_) > 2 else (model.intercept_[0] if k == 1 else -model.intercept_[0])
    clf = SentenceClassifier(weights=weights, bias=bias, labels=labels)
    acc = float((model.predict(x) == np.array(y)).mean())
    return clf, {"train_accuracy": round(acc, 4), "n_buckets": n_buckets, "C": c}


def collect_plover_examples(repo: Path, shared_data: Path) -> list[tuple[str, str, str]]:
    """Sentences typed with PLOVER's 16 types (or none): ours, and the PLOVER gold records."""
    from eventlens.evaluate.devsets import PLOVER_LEGACY
    from eventlens.extract.plover import PLOVER_LABELS

    out = [(t, lab, "eventlens-written") for t, lab, _ in
           _project_sentences(repo / "eventlens" / "data" / "training" / "plover_sentences.jsonl")]
    path = shared_data / "plover_gold" / "PLOVER_GSR_CAMEO.txt"
    if path.is_file():
        for rec in json.loads(path.read_text("utf-8")):
            label = PLOVER_LEGACY.get(rec.get("event", ""), rec.get("event", ""))
            if label in PLOVER_LABELS and rec.get("text"):
                out.append((rec["text"], label, "plover-gsr"))
    return out


def collect_examples(repo: Path, shared_data: Path, ucdp_limit: int, seed: int) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    examples = (
        _project_sentences(repo / "eventlens" / "data" / "training" / "sentences.jsonl")
        + _ucdp(shared_data / "ucdp_ged_syria" / "ged_syria_v19_1_2016-2019.csv", ucdp_limit, rng)
        + _plover(shared_data / "plover_gold" / "PLOVER_GSR_CAMEO.txt")
    )
    return examples


def cross_validate(examples: list[tuple[str, str, str]], folds: int = 5, seed: int = 13,
                   labels: tuple[str, ...] = LABELS, c: float = 4.0) -> dict:
    """Held-out accuracy and per-label F1 by k-fold over the training examples (and the accuracy
    on each source's held-out rows)."""
    rng = random.Random(seed)
    idx = list(range(len(examples)))
    rng.shuffle(idx)
    gold, pred, sources = [], [], []
    for f in range(folds):
        test = set(idx[f::folds])
        train = [examples[i] for i in idx if i not in test]
        clf, _ = train_classifier(train, labels=labels, c=c)
        for i in test:
            text, label, src = examples[i]
            p = clf.predict_proba(text)
            gold.append(label)
            pred.append(max(p, key=p.get))
            sources.append(src)
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    by_source = {src: round(sum(g == p for g, p, s in zip(gold, pred, sources) if s == src)
                            / sum(1 for s in sources if s == src), 4) for src in sorted(set(sources))}
    f1 = {}
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, pred))
        fp = sum(p == label != g for g, p in zip(gold, pred))
        fn = sum(g == label != p for g, p in zip(gold, pred))
        f1[label] = round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0
    return {"cv_accuracy": round(acc, 4), "cv_accuracy_by_source": by_source, "cv_f1": f1}


def _train_and_write(examples: list[tuple[str, str, str]], out: Path, labels: tuple[str, ...], c: float, seed: int,
                     cv: bool, provenance) -> None:
    """Train a sentence model, save it, write its provenance beside it (``provenance(by_label,
    by_source, info, sha256)`` gives the text) and echo the figures."""
    if not examples:
        raise typer.BadParameter("no training data found")
    clf, info = train_classifier(examples, c=c, seed=seed, labels=labels)
    out.parent.mkdir(parents=True, exist_ok=True)
    clf.save(out)
    if cv:
        info.update(cross_validate(examples, seed=seed, labels=labels, c=c))
    by_label = Counter(label for _, label, _ in examples)
    by_source = Counter(src for _, _, src in examples)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    out.with_suffix(".md").write_text(provenance(by_label, by_source, info, digest), "utf-8")
    typer.echo(json.dumps({"out": str(out), "examples": len(examples), "labels": by_label, "sources": by_source, **info}, indent=1))


def register(app: typer.Typer) -> None:
    from eventlens.assemble.train_verifier import UNMATCHED_WEIGHT, VERIFIER_C

    train_app = typer.Typer(help="Train the models that ship with eventlens.", no_args_is_help=True)

    @train_app.command("sentence-classifier")
    def sentence_classifier(
        out: Path = typer.Option(Path("eventlens/data/sentence_clf.npz"), "--out", "-o"),
        shared_data: Path = typer.Option(Path("../shared/data"), help="Folder with ucdp_ged_syria/ and plover_gold/."),
        repo: Path = typer.Option(Path("."), help="eventlens checkout (training sentences, sample negatives)."),
        ucdp_limit: int = typer.Option(2500, help="UCDP headlines to use (the rest would swamp the other classes)."),
        seed: int = typer.Option(13),
        cv: bool = typer.Option(False, help="Also report 5-fold cross-validated accuracy and F1."),
    ) -> None:
        """Train the sentence classifier from licensed data and write it with its provenance."""
        _train_and_write(
            collect_examples(repo, shared_data, ucdp_limit, seed), out, LABELS, 4.0, seed, cv,
            lambda by_label, by_source, info, digest: _provenance(by_label, by_source, info, digest, ucdp_limit, seed))

    @train_app.command("plover-typer")
    def plover_typer(
        out: Path = typer.Option(Path("eventlens/data/plover_clf.npz"), "--out", "-o"),
        shared_data: Path = typer.Option(Path("../shared/data"), help="Folder with plover_gold/ (CC BY-SA 4.0)."),
        repo: Path = typer.Option(Path("."), help="eventlens checkout (eventlens/data/training/plover_sentences.jsonl)."),
        c: float = typer.Option(4.0, help="Inverse L2 strength of the logistic regression."),
        seed: int = typer.Option(13),
        cv: bool = typer.Option(True, help="Also report 5-fold cross-validated accuracy, per source too."),
    ) -> None:
        """Train the PLOVER sentence typer (16 types and none) from licensed data, with its provenance."""
        from eventlens.extract.plover import PLOVER_LABELS

        _train_and_write(
            collect_plover_examples(repo, shared_data), out, PLOVER_LABELS, c, seed, cv,
            lambda by_label, by_source, info, digest: _plover_provenance(by_label, by_source, info, digest, c, seed))

    @train_app.command("event-verifier")
    def event_verifier(
        articles: list[Path] = typer.Argument(..., help="Folders or files of articles the project wrote (samples/articles, samples/negatives)."),
        gold: Path = typer.Option(Path("samples/gold.jsonl"), help="Hand-coded gold events for those articles."),
        manifest: Path = typer.Option(Path("samples/manifest.jsonl"), help="Which articles report no event."),
        out: Path = typer.Option(Path("eventlens/data/event_verifier.json"), "--out", "-o"),
        c: float = typer.Option(VERIFIER_C, help="Inverse L2 strength of the logistic regression."),
        unmatched_weight: float = typer.Option(UNMATCHED_WEIGHT, help="Weight of a candidate that matches no gold event."),
        article_classifier: bool = typer.Option(True, help="Also train the article classifier (its P(event) a feature)."),
        seed: int = typer.Option(13),
    ) -> None:
        """Train the event verifier on the rules' candidate events, labelled by hand-coded gold, and the
        article classifier whose P(event) for the whole story is one of the verifier's features."""
        from eventlens.assemble.train_verifier import (
            article_probabilities_out_of_fold, collect, cross_validate, fit, train_article_classifier,
            with_article_probabilities)
        from eventlens.assemble.verify import ARTICLE_MODEL
        from eventlens.engine.local import Pipeline
        from eventlens.evaluate.gold import load_gold, read_manifest
        from eventlens.ingest import read_inputs
        from eventlens.schema import Article

        pipe = Pipeline.load(verify=False)  # learn from the rules' own candidates
        arts = [a for a in read_inputs(articles) if isinstance(a, Article)]
        negative_docs = {row["id"] for row in read_manifest(manifest) if row.get("kind") == "negative"}
        try:
            article_model = train_article_classifier(arts, negative_docs, seed=seed) if article_classifier else None
            # the verifier learns from held-out article probabilities, as it will meet them on new stories
            data = with_article_probabilities(
                collect(pipe, arts, load_gold(gold).events),
                article_probabilities_out_of_fold(arts, negative_docs, seed=seed) if article_model is not None
                else dict.fromkeys((a.id for a in arts), 0.5))
            model = fit(data, c=c, seed=seed, unmatched_weight=unmatched_weight)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(model.to_json() + "\n", "utf-8")
        article_out = out.with_name(ARTICLE_MODEL)
        if article_model is not None:
            article_model.save(article_out)
        else:
            article_out.unlink(missing_ok=True)  # a verifier trained without it must not be paired with an old one
        info = {"articles": len(arts), "negative_articles": len(negative_docs & {a.id for a in arts}), "c": c,
                "unmatched_weight": unmatched_weight, "seed": seed,
                "candidates_matched": sum(data.y), "candidates_unmatched": len(data) - sum(data.y),
                "negative_articles_with_candidates": len({d for d in data.doc if d in negative_docs})}
        try:
            info.update(cross_validate(data, 0.5, negative_docs, c=c, seed=seed, unmatched_weight=unmatched_weight))
        except ValueError as exc:  # a fold without both kinds of candidate: too few articles
            info["cross_validation"] = f"skipped: {exc}"
        digest = hashlib.sha256(out.read_bytes()).hexdigest()
        article_digest = hashlib.sha256(article_out.read_bytes()).hexdigest() if article_model is not None else None
        out.with_suffix(".md").write_text(
            _verifier_provenance(model, info, digest, articles, gold, article_out.name, article_digest), "utf-8")
        if article_digest:
            article_out.with_suffix(".md").write_text(
                _article_provenance(article_out.name, article_digest, out.name, arts, negative_docs), "utf-8")
        else:
            article_out.with_suffix(".md").unlink(missing_ok=True)
        typer.echo(json.dumps({"out": str(out), "article_model": str(article_out), **info}, indent=1))

    app.add_typer(train_app, name="train")


def _provenance(by_label, by_source, info, digest, ucdp_limit, seed) -> str:
    lines = [
        "# sentence_clf.npz: provenance",
        "",
        f"Trained {dt.date.today().isoformat()} by `eventlens train sentence-classifier --ucdp-limit {ucdp_limit} --seed {seed}`",
        f"(run from the repository root with ../shared/data beside it). sha256 `{digest}`.",
        "",
        "Model: multinomial logistic regression (scikit-learn, class-balanced) over binary hashed",
        f"word unigrams and bigrams ({info['n_buckets']} buckets, crc32), weights stored as float16.",
        "",
        "## Training data (all licences allow a shipped model)",
        "",
        "| source | sentences | licence |",
        "|---|---|---|",
    ]
    licences = {
        "eventlens-written": "written by the eventlens project (eventlens/data/training/), Apache-2.0",
        "ucdp-ged-19.1-syria": "UCDP GED 19.1 headlines, CC BY 4.0 (Sundberg & Melander 2013; Hogbladh 2019)",
        "plover-gsr": "PLOVER gold-standard records, CC BY-SA 4.0, Open Event Data Alliance",
    }
    for src, n in sorted(by_source.items()):
        lines.append(f"| {src} | {n} | {licences.get(src, '?')} |")
    lines += ["", "Labels: " + ", ".join(f"{k} {v}" for k, v in sorted(by_label.items())), "",
              "ACLED and CASE 2021 data were not used (evaluation only), nor samples/ (our test data).", "",
              "Because part of the training data is CC BY-SA 4.0 (PLOVER), this model file is offered under",
              "CC BY-SA 4.0, with attribution to the sources above; the code that trains and runs it is Apache-2.0.", "",
              "Figures: " + json.dumps(info), ""]
    return "\n".join(lines)


def _verifier_provenance(model, info: dict, digest: str, articles: list[Path], gold: Path, article_name: str,
                         article_digest: str | None) -> str:
    from eventlens.assemble.train_verifier import weights_table

    return "\n".join([
        "# event_verifier.json: provenance",
        "",
        f"Trained {dt.date.today().isoformat()} by `eventlens train event-verifier {' '.join(str(a) for a in articles)}"
        f" --gold {gold} --c {info['c']} --unmatched-weight {info['unmatched_weight']} --seed {info['seed']}"
        f"{'' if article_digest else ' --no-article-classifier'}`"
        f" (from the repository root). sha256 `{digest}`.",
        "",
        "Model: logistic regression (scikit-learn, L2) over the features of `eventlens.assemble.verify.FEATURES`,",
        f"unmatched candidates weighted {info['unmatched_weight']}. Rows: every candidate event the rules assemble",
        "from the articles, labelled 1 when it matches a hand-coded gold event (the matching of `eventlens evaluate`).",
        "",
        *([
            f"The same command writes `{article_name}` (sha256 `{article_digest}`): the sentence classifier's",
            "hashed linear model (class-balanced logistic regression over binary word unigrams and bigrams) over",
            "whole stories, caption and body, labelled event-free (the manifest's negatives) or not. Its P(event)",
            "is the verifier's `p_event_article` for a text of at least `ARTICLE_MIN_WORDS` words (0.5 below);",
            "the verifier learns from out-of-fold values (5 folds of articles).",
            "",
        ] if article_digest else [
            "Trained with `--no-article-classifier`: `p_event_article` is 0.5 throughout.",
            "",
        ]),
        "Training data: only articles and gold written by the eventlens project (samples/, Apache-2.0).",
        "ACLED, CASE 2021 and the other ../shared/data sets were not used, nor samples/holdout/.",
        "Since samples/ trains both models, scores on samples/ are no longer blind for them: the held-out",
        "figures below (5 folds of whole articles) are the honest ones.",
        "",
        "Figures: " + json.dumps(info),
        "",
        "| feature | weight |",
        "|---|---|",
        *weights_table(model),
        "",
    ])


def _article_provenance(name: str, digest: str, verifier_name: str, articles, negative_docs: set[str]) -> str:
    from eventlens.assemble.verify import ARTICLE_MIN_WORDS

    n_negative = sum(a.id in negative_docs for a in articles)
    return "\n".join([
        f"# {name}: provenance",
        "",
        f"Trained {dt.date.today().isoformat()} by `eventlens train event-verifier`, with `{verifier_name}`"
        f" (see its provenance). sha256 `{digest}`.",
        "",
        "Model: the sentence classifier's hashed linear model (class-balanced logistic regression over binary",
        "word unigrams and bigrams, crc32 buckets, float16 weights) over whole stories, caption and body;",
        f"labels none/event. It is read only for texts of at least {ARTICLE_MIN_WORDS} words.",
        "",
        f"Training data: {len(articles)} articles written by the eventlens project (samples/, Apache-2.0):",
        f"{n_negative} event-free (the manifest's negatives) and {len(articles) - n_negative} that report events.",
        "ACLED, CASE 2021 and the other ../shared/data sets were not used, nor samples/holdout/.",
        "",
    ])


def _plover_provenance(by_label, by_source, info, digest, c, seed) -> str:
    return "\n".join([
        "# plover_clf.npz: provenance",
        "",
        f"Trained {dt.date.today().isoformat()} by `eventlens train plover-typer --c {c} --seed {seed}`",
        f"(run from the repository root with ../shared/data beside it). sha256 `{digest}`.",
        "",
        "Model: multinomial logistic regression (scikit-learn, class-balanced) over binary hashed word",
        f"unigrams and bigrams ({info['n_buckets']} buckets, crc32), weights stored as float16; labels: none and",
        "PLOVER's 16 types (the gold's older DEMAND, DISAPPROVE, INVESTIGATE and FIGHT read as REQUEST,",
        "ACCUSE, ACCUSE and ASSAULT).",
        "",
        "## Training data (all licences allow a shipped model)",
        "",
        "| source | sentences | licence |",
        "|---|---|---|",
        *(f"| {src} | {n} | " + ("written by the eventlens project (eventlens/data/training/plover_sentences.jsonl), Apache-2.0"
                                 if src == "eventlens-written" else
                                 "PLOVER gold-standard records, CC BY-SA 4.0, Open Event Data Alliance") + " |"
          for src, n in sorted(by_source.items())),
        "",
        "Labels: " + ", ".join(f"{k} {v}" for k, v in sorted(by_label.items())),
        "",
        "ACLED and CASE 2021 data were not used (evaluation only). The PLOVER gold is also our PLOVER",
        "dev set: scores on it are in-sample; `cv_accuracy_by_source` (5 folds) is the held-out figure.",
        "",
        "Because part of the training data is CC BY-SA 4.0 (PLOVER), this model file is offered under",
        "CC BY-SA 4.0, with attribution to the source; the code that trains and runs it is Apache-2.0.",
        "",
        "Figures: " + json.dumps(info),
        "",
    ])
