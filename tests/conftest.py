"""Shared fixtures: the heavy stages load once per test session."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlens.schema import Article


@pytest.fixture(scope="session")
def nlp():
    from eventlens.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def pipeline():
    from eventlens.engine.local import Pipeline

    return Pipeline.load()


@pytest.fixture(scope="session")
def extract(pipeline):
    """extract(text, published="2022-01-08", dateline=None) -> list[Event]"""

    def run(text: str, published: str | None = "2022-01-08", dateline: str | None = None, doc_id: str = "t"):
        pub = dt.date.fromisoformat(published) if published else None
        return pipeline.extract(Article(id=doc_id, text=text, published=pub, dateline=dateline))

    return run


@pytest.fixture(scope="session")
def gaz():
    """The packaged gazetteer index (memory-mapped; built by setup)."""
    from eventlens.resolve.geo import Gazetteer

    return Gazetteer.load()


@pytest.fixture(scope="session")
def resolve_names(gaz):
    """Resolve the first occurrence of each surface string in ``text``, in one call."""

    def run(text: str, *surfaces: str):
        spans = [(text.index(s), text.index(s) + len(s)) for s in surfaces]
        return gaz.resolve_mentions(text, spans)

    return run


@pytest.fixture(scope="session")
def shipped_provenance():
    """shipped_provenance("sentence_clf.npz") -> the text of its provenance file (the .md beside
    it), after checking that the sha256 it records is the model file's."""
    import hashlib
    import re
    from importlib import resources

    def read(model_name: str) -> str:
        data = resources.files("eventlens.data")
        model = data.joinpath(model_name).read_bytes()
        provenance = data.joinpath(model_name.rsplit(".", 1)[0] + ".md").read_text("utf-8")
        digest = re.search(r"sha256 `([0-9a-f]{64})`", provenance).group(1)
        assert digest == hashlib.sha256(model).hexdigest(), f"{model_name} differs from the model its provenance describes"
        return provenance

    return read
