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
