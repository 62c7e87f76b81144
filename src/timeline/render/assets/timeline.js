// The chronology page: a zoomable date axis, the event cards, a map, filters by actor and place.
// Everything from the data is put in the page with textContent or setAttribute, never as HTML.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("timeline-data").textContent);
  const DAY = 86400000;
  const SVG = "http://www.w3.org/2000/svg";
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const BROAD = new Set(["month", "quarter", "half", "season", "year", "decade", "century"]);

  const dayNumber = (iso) =>
    Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
  const events = data.events.map((event, index) => ({
    ...event,
    index,
    t0: event.start ? dayNumber(event.start) : null,
    t1: event.end ? dayNumber(event.end) + 1 : null,
    broad: BROAD.has(event.precision),
  }));
  const dated = events.filter((e) => e.t0 !== null);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // State -----------------------------------------------------------------------------------
  const state = { actor: "", place: "", selected: null, view: null };
  const visible = () =>
    events.filter(
      (e) =>
        (!state.actor || e.actors.includes(state.actor)) &&
        (!state.place || e.places.some((p) => p.name === state.place))
    );

  // Filters ---------------------------------------------------------------------------------
  function fillSelect(select, values) {
    const counts = new Map();
    for (const value of values) counts.set(value, (counts.get(value) || 0) + 1);
    const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const [value, count] of sorted) select.add(new Option(`${value} (${count})`, value));
  }
  const actorSelect = document.getElementById("actor-filter");
  const placeSelect = document.getElementById("place-filter");
  fillSelect(actorSelect, events.flatMap((e) => e.actors));
  fillSelect(placeSelect, events.flatMap((e) => [...new Set(e.places.map((p) => p.name))]));
  actorSelect.addEventListener("change", () => {
    state.actor = actorSelect.value;
    update(true);
  });
  placeSelect.addEventListener("change", () => {
    state.place = placeSelect.value;
    update(true);
  });
  document.getElementById("clear-filters").addEventListener("click", () => {
    state.actor = state.place = "";
    actorSelect.value = placeSelect.value = "";
    update(true);
  });

  // Event cards -----------------------------------------------------------------------------
  const list = document.getElementById("event-list");
  const cards = new Map();
  for (const event of events) {
    const card = el("li", event.broad ? "event broad" : "event");
    card.id = `event-${event.id}`;
    card.dataset.id = event.id;
    card.append(el("div", "when", event.display));
    card.append(el("h3", "headline", event.headline));
    if (event.places.length)
      card.append(el("p", "meta places", `Where: ${event.places.map((p) => p.name).join(", ")}`));
    if (event.actors.length)
      card.append(el("p", "meta actors", `Who: ${event.actors.join(", ")}`));
    if (event.conflicts.length) {
      const figures = event.conflicts
        .map((c) => `${c.what}: ${c.figure} (${c.outlet || c.document})`)
        .join("; ");
      card.append(el("p", "conflict", `Figures differ: ${figures}`));
    }
    const sources = el("ul", "sources");
    for (const source of event.sources) {
      const item = el("li", "source");
      item.append(el("span", "outlet", source.outlet || source.document));
      const details = [source.published, source.date_text ? `“${source.date_text}”` : ""];
      item.append(document.createTextNode(` ${details.filter(Boolean).join(", ")}: `));
      item.append(el("q", "sentence", source.sentence));
      item.append(document.createTextNode(" "));
      item.append(el("span", "document", `(${source.document})`));
      sources.append(item);
    }
    card.append(sources);
    card.addEventListener("click", () => select(event, true));
    cards.set(event.id, card);
    list.append(card);
  }

  function select(event, center) {
    state.selected = state.selected === event.id ? null : event.id;
    if (center && state.selected && event.t0 !== null && state.view) {
      const span = state.view[1] - state.view[0];
      const middle = (event.t0 + event.t1) / 2;
      state.view = [middle - span / 2, middle + span / 2];
    }
    update(false);
  }

  // The date axis ---------------------------------------------------------------------------
  const view = document.getElementById("timeline-view");
  const chart = document.getElementById("chart");
  const AXIS = 26;
  const LANE = 18;
  const MAX_LANES = 14;
  const PAD = 12;

  function extent(items) {
    const withDates = items.filter((e) => e.t0 !== null);
    if (!withDates.length) return [dayNumber("2000-01-01"), dayNumber("2001-01-01")];
    const lo = Math.min(...withDates.map((e) => e.t0));
    const hi = Math.max(...withDates.map((e) => e.t1));
    const pad = Math.max((hi - lo) * 0.03, 2);
    return [lo - pad, hi + pad];
  }

  const STEPS = [
    ["day", 1], ["day", 2], ["day", 7], ["day", 14], ["month", 1], ["month", 3], ["month", 6],
    ["year", 1], ["year", 2], ["year", 5], ["year", 10], ["year", 25], ["year", 50], ["year", 100],
  ];
  const STEP_DAYS = { day: 1, month: 30.44, year: 365.25 };

  function ticks(t0, t1, width) {
    const perDay = width / (t1 - t0);
    const [unit, step] =
      STEPS.find(([u, n]) => STEP_DAYS[u] * n * perDay >= 90) || STEPS[STEPS.length - 1];
    const result = [];
    const first = new Date(Math.floor(t0) * DAY);
    if (unit === "day") {
      let t = Math.floor(t0);
      if (step === 7) t -= (new Date(t * DAY).getUTCDay() + 6) % 7; // Mondays
      else t -= t % step;
      for (; t <= t1; t += step) {
        const d = new Date(t * DAY);
        result.push([t, `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`]);
      }
    } else if (unit === "month") {
      let y = first.getUTCFullYear();
      let m = first.getUTCMonth() - (first.getUTCMonth() % step);
      for (;;) {
        const t = Date.UTC(y, m, 1) / DAY;
        if (t > t1) break;
        result.push([t, `${MONTHS[m]} ${y}`]);
        m += step;
        if (m > 11) {
          y += Math.floor(m / 12);
          m %= 12;
        }
      }
    } else {
      let y = first.getUTCFullYear();
      y -= ((y % step) + step) % step;
      for (; Date.UTC(y, 0, 1) / DAY <= t1; y += step) result.push([Date.UTC(y, 0, 1) / DAY, `${y}`]);
    }
    return result.filter(([t]) => t >= t0);
  }

  function drawChart(shown) {
    const width = Math.max(chart.clientWidth || view.clientWidth || 800, 200);
    const [t0, t1] = state.view;
    const x = (t) => PAD + ((t - t0) / (t1 - t0)) * (width - 2 * PAD);
    // Lanes: each event goes in the first lane where it does not overlap the previous one.
    const lanes = [];
    const placed = [];
    for (const event of shown.filter((e) => e.t0 !== null).sort((a, b) => a.t0 - b.t0 || a.index - b.index)) {
      const left = x(event.t0);
      const right = Math.max(x(event.t1), left + 10);
      if (right < 0 || left > width) continue;
      let lane = lanes.findIndex((end) => end + 3 <= left);
      if (lane === -1) lane = lanes.length < MAX_LANES ? lanes.length : lanes.indexOf(Math.min(...lanes));
      lanes[lane] = right;
      placed.push([event, left, right, lane]);
    }
    const height = AXIS + Math.max(lanes.length, 1) * LANE + 10;
    chart.replaceChildren();
    chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
    chart.setAttribute("height", height);
    for (const [t, label] of ticks(t0, t1, width - 2 * PAD)) {
      const tick = svg("g", { class: "tick", transform: `translate(${x(t).toFixed(1)},0)` });
      tick.append(svg("line", { y1: AXIS - 6, y2: height }));
      tick.append(svg("text", { x: 3, y: 12 }, label));
      chart.append(tick);
    }
    chart.append(svg("line", { class: "axis-base", x1: 0, x2: width, y1: AXIS - 6, y2: AXIS - 6 }));
    for (const [event, left, right, lane] of placed) {
      const classes = ["marker"];
      if (event.broad) classes.push("broad");
      if (event.id === state.selected) classes.push("selected");
      const marker = svg("rect", {
        class: classes.join(" "),
        x: left.toFixed(1),
        y: AXIS + lane * LANE,
        width: (right - left).toFixed(1),
        height: LANE - 5,
        rx: 6,
        "data-id": event.id,
      });
      marker.append(svg("title", {}, `${event.display}: ${event.headline}`));
      marker.addEventListener("click", (click) => {
        click.stopPropagation();
        select(event, false);
        if (state.selected) cards.get(event.id).scrollIntoView({ block: "nearest" });
      });
      marker.addEventListener("dblclick", (click) => {
        click.stopPropagation();
        const pad = Math.max((event.t1 - event.t0) * 2, 10);
        state.view = [event.t0 - pad, event.t1 + pad];
        update(false);
      });
      chart.append(marker);
    }
    if (!placed.length) chart.append(svg("text", { class: "hint", x: PAD, y: AXIS + 12 }, "No event in view."));
  }

  function zoom(factor, centre) {
    const [t0, t1] = state.view;
    const full = extent(events);
    const span = Math.min(Math.max((t1 - t0) * factor, 3), (full[1] - full[0]) * 4);
    const at = centre === undefined ? (t0 + t1) / 2 : centre;
    const share = (at - t0) / (t1 - t0);
    state.view = [at - share * span, at - share * span + span];
    update(false);
  }
  const timeAt = (clientX) => {
    const box = chart.getBoundingClientRect();
    const [t0, t1] = state.view;
    return t0 + ((clientX - box.left - PAD) / (box.width - 2 * PAD)) * (t1 - t0);
  };
  chart.addEventListener(
    "wheel",
    (wheel) => {
      wheel.preventDefault();
      zoom(Math.exp(wheel.deltaY * 0.002), timeAt(wheel.clientX));
    },
    { passive: false }
  );
  let drag = null;
  chart.addEventListener("pointerdown", (down) => {
    drag = { x: down.clientX, view: state.view.slice() };
    view.classList.add("dragging");
  });
  window.addEventListener("pointermove", (move) => {
    if (!drag || Math.abs(move.clientX - drag.x) < 4) return; // a click is not a drag
    const box = chart.getBoundingClientRect();
    const shift = ((move.clientX - drag.x) / Math.max(box.width - 2 * PAD, 1)) * (drag.view[1] - drag.view[0]);
    state.view = [drag.view[0] - shift, drag.view[1] - shift];
    drawChart(visible());
  });
  window.addEventListener("pointerup", () => {
    drag = null;
    view.classList.remove("dragging");
  });
  document.getElementById("zoom-in").addEventListener("click", () => zoom(0.5));
  document.getElementById("zoom-out").addEventListener("click", () => zoom(2));
  document.getElementById("zoom-fit").addEventListener("click", () => {
    state.view = extent(visible());
    update(false);
  });
  window.addEventListener("resize", () => drawChart(visible()));

  // The map: an equirectangular projection of the geocoded places, drawn without any tiles --
  const map = document.getElementById("map");
  const geocoded = new Map();
  for (const event of events)
    for (const place of event.places)
      if (typeof place.lat === "number" && typeof place.lon === "number" && !geocoded.has(place.name))
        geocoded.set(place.name, place);
  const mapMarks = new Map();

  function drawMapFrame() {
    let places = [...geocoded.values()];
    if (!places.length) {
      document.getElementById("map-view").hidden = true;
      return;
    }
    // Frame the towns and regions; a country's centroid far away would shrink them to a dot.
    const local = places.filter((p) => p.geo_precision !== "country");
    const framed = local.length ? local : places;
    const lats = framed.map((p) => p.lat);
    const lons = framed.map((p) => p.lon);
    const pad = 1.5;
    let [south, north] = [Math.min(...lats) - pad, Math.max(...lats) + pad];
    let [west, east] = [Math.min(...lons) - pad, Math.max(...lons) + pad];
    const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
    const W = 400;
    const H = Math.min(Math.max(((north - south) / ((east - west) * k)) * W, 160), 420);
    // Keep the aspect: widen the narrower dimension around its centre.
    const wantLon = (north - south) * (W / H) / k;
    if (wantLon > east - west) {
      const mid = (east + west) / 2;
      [west, east] = [mid - wantLon / 2, mid + wantLon / 2];
    } else {
      const wantLat = ((east - west) * k * H) / W;
      const mid = (north + south) / 2;
      [south, north] = [mid - wantLat / 2, mid + wantLat / 2];
    }
    const px = (lon) => ((lon - west) / (east - west)) * W;
    const py = (lat) => ((north - lat) / (north - south)) * H;
    map.setAttribute("viewBox", `0 0 ${W} ${H.toFixed(0)}`);
    const span = Math.max(east - west, north - south);
    const step = [1, 2, 5, 10, 15, 30, 45].find((s) => span / s <= 8) || 60;
    for (let lon = Math.ceil(west / step) * step; lon <= east; lon += step) {
      map.append(svg("line", { class: "graticule", x1: px(lon), x2: px(lon), y1: 0, y2: H }));
      map.append(svg("text", { class: "graticule-label", x: px(lon) + 2, y: H - 3 }, `${lon}°`));
    }
    for (let lat = Math.ceil(south / step) * step; lat <= north; lat += step) {
      map.append(svg("line", { class: "graticule", x1: 0, x2: W, y1: py(lat), y2: py(lat) }));
      map.append(svg("text", { class: "graticule-label", x: 2, y: py(lat) - 2 }, `${lat}°`));
    }
    places = places.filter((p) => p.lat >= south && p.lat <= north && p.lon >= west && p.lon <= east);
    // Countries under towns, so a town's dot stays clickable.
    places.sort((a, b) => (a.geo_precision === "country" ? 0 : 1) - (b.geo_precision === "country" ? 0 : 1));
    for (const place of places) {
      const country = place.geo_precision === "country";
      const mark = svg("g", {
        class: country ? "place country" : "place",
        "data-place": place.name,
        transform: `translate(${px(place.lon).toFixed(1)},${py(place.lat).toFixed(1)})`,
      });
      const circle = svg("circle", { r: 4 });
      const title = svg("title");
      circle.append(title);
      mark.append(circle, svg("text", { x: 6, y: 3 }, place.name));
      mark.addEventListener("click", () => {
        state.place = state.place === place.name ? "" : place.name;
        placeSelect.value = state.place;
        update(true);
      });
      map.append(mark);
      mapMarks.set(place.name, { mark, circle, title });
    }
  }

  function drawMap(shown) {
    const counts = new Map();
    for (const event of shown)
      for (const name of new Set(event.places.map((p) => p.name)))
        counts.set(name, (counts.get(name) || 0) + 1);
    for (const [name, { mark, circle, title }] of mapMarks) {
      const count = counts.get(name) || 0;
      circle.setAttribute("r", (3 + 2 * Math.sqrt(count)).toFixed(1));
      title.textContent = `${name}: ${count} event${count === 1 ? "" : "s"}`;
      mark.classList.toggle("empty", count === 0);
      mark.classList.toggle("selected", name === state.place);
    }
  }

  // Everything ------------------------------------------------------------------------------
  function update(refit) {
    const shown = visible();
    const ids = new Set(shown.map((e) => e.id));
    for (const [id, card] of cards) {
      card.hidden = !ids.has(id);
      card.classList.toggle("selected", id === state.selected);
    }
    if (refit || !state.view) state.view = extent(shown.length ? shown : events);
    document.getElementById("visible-count").textContent =
      `${shown.length} of ${events.length} events shown`;
    drawChart(shown);
    drawMap(shown);
  }

  document.getElementById("summary").textContent = data.summary;
  drawMapFrame();
  state.view = extent(dated.length ? dated : events);
  update(false);
  document.body.dataset.ready = "true";
})();
