"""The analyzer version stored with each analysis, so a model or rule change is detectable.

It is ``onrecord.analyze.pipeline.ANALYZER_VERSION`` when the analyze stage declares one, else the
package version, the spaCy model name and a short hash of the analyze package's code and lexicons:
editing a pass or a lexicon changes it, and ``articles_needing_analysis`` finds what to redo.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

from onrecord import __version__

HASHED_SUFFIXES = (".py", ".json", ".txt", ".tsv")


@lru_cache(maxsize=1)
def analyzer_version() -> str:
    """The current analyzer version string."""
    from onrecord.analyze import pipeline

    declared = getattr(pipeline, "ANALYZER_VERSION", None)
    if declared:
        return str(declared)
    digest = hashlib.sha256()
    root = resources.files("onrecord.analyze")
    for path in sorted(_files(root), key=lambda p: str(p)):
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes())
    return f"{__version__}+{pipeline.MODEL}+{digest.hexdigest()[:12]}"


def _files(folder):  # a Traversable tree walk (works for installed and editable packages)
    for item in folder.iterdir():
        if item.is_dir():
            if item.name != "__pycache__":
                yield from _files(item)
        elif item.name.endswith(HASHED_SUFFIXES):
            yield item
