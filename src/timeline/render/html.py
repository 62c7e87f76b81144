"""One self-contained, offline HTML page: a zoomable timeline, the events with their sources,
filters by actor and place, and a map of the geocoded places drawn in SVG (no tiles, no CDN).

Safety: the events travel as JSON in a <script type="application/json"> block with `<`, `>`
and `&` escaped, and the page's script builds the DOM with textContent only. A Content
Security Policy allows no network request and only this page's own script and style (by hash).
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from importlib.resources import files
from typing import Any, TextIO

from ..model import Timeline
from .display import display_date
from .records import event_record

_ASSETS = files("timeline.render") / "assets"

# Characters that could end the data block or start markup, and the line separators that
# older JavaScript parsers refuse: all as JSON escapes, which JSON.parse turns back.
_SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def script_json(value: Any) -> str:
    """JSON that can sit inside a <script> element: no '<', '>' or '&' character in it."""
    return json.dumps(value, ensure_ascii=False).translate(_SCRIPT_SAFE)


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def page_data(timeline: Timeline) -> dict[str, Any]:
    """What the page shows: the JSON records of the events, each with its display date."""
    window = f", from {timeline.since}" if timeline.since else ""
    if timeline.until:
        window += f" to {timeline.until}"
    return {
        "summary": f"{len(timeline.events)} events from {len(timeline.documents)} documents"
        f"{window}. Scroll or use +/− to zoom the timeline, drag to move it; click an event "
        "or a place.",
        "events": [
            {**event_record(event), "display": display_date(event.span)}
            for event in timeline.events
        ],
    }


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src {script_hash}; style-src {style_hash}; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p id="summary"></p>
<noscript><p>This page needs JavaScript to show the events (it makes no network request).</p></noscript>
</header>
<section id="controls" aria-label="Filters and zoom">
<label>Actor <select id="actor-filter"><option value="">All actors</option></select></label>
<label>Place <select id="place-filter"><option value="">All places</option></select></label>
<button type="button" id="clear-filters">Clear</button>
<button type="button" id="zoom-in" title="Zoom in">+</button>
<button type="button" id="zoom-out" title="Zoom out">−</button>
<button type="button" id="zoom-fit" title="Fit the events shown">Fit</button>
<span id="visible-count" role="status"></span>
</section>
<section id="timeline-view" aria-label="Timeline"><svg id="chart" role="img" aria-label="Events on a date axis"></svg></section>
<div id="layout">
<section id="map-view" aria-label="Map"><h2>Places</h2><svg id="map" role="img" aria-label="Map of the geocoded places"></svg>
<p id="map-note">Positions from the gazetteer (offline); circles grow with the events shown. Countries whose centre lies outside the frame are left out: pick them in the Place filter.</p></section>
<section id="events" aria-label="Events"><h2>Events</h2><ol id="event-list"></ol></section>
</div>
<script type="application/json" id="timeline-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""


def write_html(timeline: Timeline, stream: TextIO, title: str = "Chronology") -> None:
    style = (_ASSETS / "timeline.css").read_text(encoding="utf-8")
    script = (_ASSETS / "timeline.js").read_text(encoding="utf-8")
    stream.write(
        _PAGE.format(
            title=escape(title),
            style=style,
            script=script,
            style_hash=_sha256(style),
            script_hash=_sha256(script),
            data=script_json(page_data(timeline)),
        )
    )
