// The dashboard: one set of filters shared by a dyad timeline (A→B and B→A), an actor network,
// a world map and the event table with its evidence. Everything comes from the JSON API
// (docs/api.md) of the `dyad serve` that serves this page.
import * as echarts from 'echarts';
import cytoscape from 'cytoscape';
import { feature } from 'topojson-client';
import worldTopology from 'world-atlas/countries-110m.json';
import isoCodes from 'i18n-iso-countries/codes.json';

const QUAD_CLASSES = [
  ['verbal_cooperation', 'verbal cooperation', '#4c9f70'],
  ['material_cooperation', 'material cooperation', '#1b6e3c'],
  ['verbal_conflict', 'verbal conflict', '#e39b3b'],
  ['material_conflict', 'material conflict', '#b83227'],
];
const FILTER_NAMES = ['from', 'to', 'source', 'target', 'actor', 'root', 'plover', 'quad_class', 'modality',
  'q'];
const PAGE_SIZE = 25;

const form = document.getElementById('filters');
const state = {
  filters: {},      // the form's values
  selection: null,  // what a click on a chart narrowed the table to: {label, params}
  offset: 0,
};

// --- helpers -------------------------------------------------------------------------------

function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(name, value);
  return search.toString();
}

async function api(path, params = {}) {
  const response = await fetch(`/api/${path}?${query(params)}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `${path}: HTTP ${response.status}`);
  return body;
}

function showError(error) {
  document.getElementById('error').textContent = error ? String(error.message || error) : '';
}

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

// Mean Goldstein (-10 conflict … +10 cooperation) as a colour: red, grey, green.
function goldsteinColour(value) {
  const t = Math.max(-1, Math.min(1, value / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [200, 40, 40] : [30, 140, 60];
  const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * Math.abs(t)));
  return `rgb(${mix.join(',')})`;
}

// The shared filters without the dyad (A and B) and period fields, for views that are not a
// dyad's timeline.
function sharedFilters() {
  const { source, target, by, ...rest } = state.filters;
  return rest;
}

// --- timeline ------------------------------------------------------------------------------

const timelineCharts = {
  forward: echarts.init(document.getElementById('timeline-forward')),
  backward: echarts.init(document.getElementById('timeline-backward')),
};
// `data-drawn` tells scripts and tests when the bars have finished growing: a click on a bar
// during ECharts' entry animation can land above the bar's current top.
for (const [name, chart] of Object.entries(timelineCharts)) {
  chart.on('finished', () => { document.getElementById(`timeline-${name}`).dataset.drawn = 'true'; });
}

function drawTimeline(chart, container, points, from, to) {
  container.dataset.points = String(points.length);
  container.dataset.drawn = 'false';
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { fontSize: 10 } },
    grid: { left: 40, right: 40, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: points.map((p) => p.period) },
    yAxis: [{ type: 'value', name: 'events', minInterval: 1 },
            { type: 'value', name: 'Goldstein', min: -10, max: 10 }],
    series: [
      ...QUAD_CLASSES.map(([key, name, colour]) => ({
        name, type: 'bar', stack: 'events', itemStyle: { color: colour },
        data: points.map((p) => p[key]),
      })),
      { name: 'mean Goldstein', type: 'line', yAxisIndex: 1, itemStyle: { color: '#1f3a5f' },
        data: points.map((p) => Number(p.mean_goldstein.toFixed(2))) },
    ],
  }, true);
  chart.off('click');
  chart.on('click', (event) => {
    const point = points[event.dataIndex];
    select(`${from} → ${to}, ${point.period}`,
           { source: from, target: to, from: point.first_date, to: point.last_date });
  });
}

async function loadTimeline() {
  const { source, target } = state.filters;
  const title = document.getElementById('timeline-title');
  if (!source || !target) {
    title.textContent = '(choose actors A and B)';
    return;
  }
  title.textContent = `${source} ↔ ${target}, per ${state.filters.by || 'month'}`;
  const data = await api('timeline', { ...state.filters, actor: undefined });
  document.getElementById('forward-title').textContent = `${source} → ${target}`;
  document.getElementById('backward-title').textContent = `${target} → ${source}`;
  drawTimeline(timelineCharts.forward, document.getElementById('timeline-forward'),
               data.forward, source, target);
  drawTimeline(timelineCharts.backward, document.getElementById('timeline-backward'),
               data.backward, target, source);
}

// --- network -------------------------------------------------------------------------------

const cy = cytoscape({
  container: document.getElementById('network'),
  style: [
    { selector: 'node', style: {
      label: 'data(id)', 'font-size': 10, width: 'data(size)', height: 'data(size)',
      'background-color': '#5b7db1', 'text-valign': 'center', color: '#111' } },
    { selector: 'edge', style: {
      width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.8 } },
    { selector: ':selected', style: { 'border-width': 3, 'border-color': '#f0a500' } },
  ],
  wheelSensitivity: 0.2,
});
cy.on('tap', 'node', (event) => {
  const code = event.target.id();
  select(`events of ${code}`, { actor: code });
  loadMapLines(code);
});
cy.on('tap', 'edge', (event) => {
  const { source, target } = event.target.data();
  select(`${source} → ${target}`, { source, target });
});

async function loadNetwork() {
  const data = await api('network', { ...sharedFilters(), limit: 60 });
  const most = Math.max(1, ...data.nodes.map((n) => n.num_events));
  const heaviest = Math.max(1, ...data.edges.map((e) => e.num_events));
  cy.elements().remove();
  cy.add([
    ...data.nodes.map((n) => ({ data: { id: n.id, size: 16 + 34 * Math.sqrt(n.num_events / most) } })),
    ...data.edges.filter((e) => e.source !== e.target).map((e) => ({
      data: { id: `${e.source}>${e.target}`, source: e.source, target: e.target,
              width: 1 + 6 * (e.num_events / heaviest), colour: goldsteinColour(e.mean_goldstein) },
    })),
  ]);
  cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: 8000 }).run();
  document.getElementById('network').dataset.nodes = String(data.nodes.length);
}

// --- map -----------------------------------------------------------------------------------

const countryNames = Object.fromEntries(
  worldTopology.objects.countries.geometries.map((g) => [g.id, g.properties.name]));
const world = feature(worldTopology, worldTopology.objects.countries);
// Rings that cross the antimeridian (Russia, Fiji) are drawn east of 180° instead of as bands
// across the map.
function unwrap(ring) {
  const longitudes = ring.map(([lon]) => lon);
  if (Math.max(...longitudes) - Math.min(...longitudes) <= 180) return ring;
  return ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
}
function unwrapGeometry(g) {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(unwrap) };
  return { ...g, coordinates: g.coordinates.map((polygon) => polygon.map(unwrap)) };
}
const ANTARCTICA = '010';
// Regions are named by ISO numeric code (unique, stable); the tooltip shows the real name.
world.features = world.features.filter((f) => f.id !== undefined && f.id !== ANTARCTICA)
  .map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry), properties: { name: f.id } }));
echarts.registerMap('world', world);
const numericOf = Object.fromEntries(isoCodes.map(([, alpha3, numeric]) => [alpha3, numeric]));

// A country's label point: the mean of the vertices of its largest ring (good enough for lines).
const centroids = {};
for (const f of world.features) {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let ring = [];
  for (const polygon of polygons) if (polygon[0].length > ring.length) ring = polygon[0];
  const sum = ring.reduce(([x, y], [a, b]) => [x + a, y + b], [0, 0]);
  centroids[f.id] = [sum[0] / ring.length, sum[1] / ring.length];
}

const mapChart = echarts.init(document.getElementById('map'));
let mapLines = [];
let mapData = [];
let mapPlaces = [];
// As for the timelines: a click on a point while it is still growing can miss it.
mapChart.on('finished', () => { document.getElementById('map').dataset.drawn = 'true'; });
mapChart.on('click', 'series.scatter', (event) => {
  const place = mapPlaces[event.dataIndex];
  select(`events in ${place.name} (${place.country})`, { place: place.name, place_country: place.country });
});

function drawMap() {
  const measure = document.getElementById('map-measure').value;
  const values = mapData.map((c) => ({
    name: c.numeric, value: measure === 'events' ? c.num_events : Number(c.mean_goldstein.toFixed(2)),
    country: c.country,
  }));
  const max = Math.max(1, ...mapData.map((c) => c.num_events));
  const busiestPlace = Math.max(1, ...mapPlaces.map((p) => p.num_events));
  document.getElementById('map').dataset.drawn = 'false';
  mapChart.setOption({
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        if (p.seriesType === 'scatter') {
          const place = mapPlaces[p.dataIndex];
          return `${place.name} (${place.country}): ${place.num_events} event(s), mean Goldstein ${place.mean_goldstein.toFixed(1)}`;
        }
        return `${countryNames[p.name] || p.name}${p.data ? ` (${p.data.country}): ${p.value}` : ''}`;
      },
    },
    // The shading is of countries only: places carry their own size and colour.
    visualMap: measure === 'events'
      ? { seriesIndex: 0, min: 0, max, inRange: { color: ['#e0ecf8', '#1f3a5f'] }, left: 10, bottom: 10, calculable: true }
      : { seriesIndex: 0, min: -10, max: 10, inRange: { color: ['#c82828', '#e6e6e6', '#1e8c3c'] }, left: 10, bottom: 10, calculable: true },
    geo: { map: 'world', roam: true, nameProperty: 'name', itemStyle: { areaColor: '#f2f2f2', borderColor: '#aaa' },
           emphasis: { label: { show: false } } },
    series: [
      { type: 'map', geoIndex: 0, data: values },
      { type: 'lines', coordinateSystem: 'geo', zlevel: 2, effect: { show: false },
        lineStyle: { width: 2, curveness: 0.2, opacity: 0.8 },
        data: mapLines },
      // Where events happened: sized by events, coloured by mean Goldstein.
      { type: 'scatter', coordinateSystem: 'geo', zlevel: 3,
        data: mapPlaces.map((p) => ({
          value: [p.lon, p.lat, p.num_events],
          symbolSize: 6 + 18 * Math.sqrt(p.num_events / busiestPlace),
          itemStyle: { color: goldsteinColour(p.mean_goldstein), borderColor: '#222', borderWidth: 0.5, opacity: 0.9 },
        })) },
    ],
  }, true);
}

async function loadMap() {
  const [countries, places] = await Promise.all([api('countries', sharedFilters()),
                                                 api('places', sharedFilters())]);
  mapData = countries.countries
    .map((c) => ({ ...c, numeric: numericOf[c.country] }))
    .filter((c) => c.numeric && countryNames[c.numeric] !== undefined);
  mapPlaces = places.places;
  drawMap();
  document.getElementById('map').dataset.countries = String(mapData.length);
  document.getElementById('map').dataset.points = String(mapPlaces.length);
}

// Lines from the selected actor's country to its partners' countries.
async function loadMapLines(actor) {
  mapLines = [];
  if (actor) {
    const data = await api('partners', { ...sharedFilters(), actor, limit: 30 });
    const home = centroids[numericOf[actor.slice(0, 3)]];
    for (const p of data.partners) {
      const away = centroids[numericOf[p.code.slice(0, 3)]];
      if (home && away && home !== away)
        mapLines.push({ coords: [home, away], lineStyle: { color: goldsteinColour(p.mean_goldstein) } });
    }
  }
  document.getElementById('map').dataset.lines = String(mapLines.length);
  drawMap();
}
document.getElementById('map-measure').addEventListener('change', drawMap);

// --- events table --------------------------------------------------------------------------

function tableParams() {
  return state.selection ? { ...sharedFilters(), ...state.selection.params } : sharedFilters();
}

function evidenceCell(evidence) {
  const cell = element('td');
  if (!evidence) return cell;
  const h = evidence.highlight;
  if (h) {
    cell.append(h.before, element('mark', h.text), h.after);
  } else {
    cell.textContent = evidence.sentence_text;
  }
  return cell;
}

// An event with one side absent (`dyad code --one-sided`) has an empty code there.
function shownCode(code) {
  return code || '—';
}

async function showDetail(id) {
  const detail = document.getElementById('detail');
  const e = await api(`events/${id}`);
  detail.replaceChildren(
    element('strong', `${e.date ?? 'undated'} ${shownCode(e.source_code)} → ${shownCode(e.target_code)}: ${e.label} (CAMEO ${e.cameo}, Goldstein ${e.goldstein})`));
  for (const m of e.mentions) {
    const p = element('p');
    const sentence = element('blockquote');
    if (m.highlight) sentence.append(m.highlight.before, element('mark', m.highlight.text), m.highlight.after);
    else sentence.textContent = m.sentence_text;
    p.append(sentence, element('small', `${m.modality}; rule ${m.rule}; ${m.doc_id}, sentence ${m.sentence}`));
    detail.append(p);
  }
  const list = element('ul');
  for (const a of e.articles) {
    const item = element('li');
    const title = a.title || a.doc_id;
    if (a.url && /^https?:\/\//.test(a.url)) item.append(element('a', title, { href: a.url, rel: 'noreferrer', target: '_blank' }));
    else item.append(title);
    item.append(` — ${a.outlet}${a.date ? `, ${a.date}` : ''}`);
    list.append(item);
  }
  detail.append(element('div', `Reported by ${e.articles.length} article(s):`), list);
  detail.hidden = false;
}

async function loadEvents() {
  const params = { ...tableParams(), limit: PAGE_SIZE, offset: state.offset };
  const data = await api('events', params);
  const body = document.querySelector('#events tbody');
  body.replaceChildren();
  for (const e of data.events) {
    const row = element('tr', undefined, { 'data-id': e.id });
    row.append(
      element('td', e.date ?? 'undated'),
      element('td', shownCode(e.source_code)), element('td', shownCode(e.target_code)),
      element('td', `${e.cameo} ${e.label}`),
      element('td', e.goldstein.toFixed(1), { class: 'num' }),
      element('td', e.num_articles, { class: 'num' }),
      evidenceCell(e.evidence));
    row.addEventListener('click', () => showDetail(e.id).catch(showError));
    body.append(row);
  }
  document.getElementById('events').dataset.total = String(data.total);
  const last = Math.min(data.total, state.offset + data.events.length);
  document.getElementById('page').textContent =
    data.total ? `${state.offset + 1}–${last} of ${data.total}` : 'no events';
  document.getElementById('prev').disabled = state.offset === 0;
  document.getElementById('next').disabled = last >= data.total;
  document.getElementById('csv').href = `/api/events.csv?${query({ ...tableParams(), limit: 100000 })}`;
  document.getElementById('selection').textContent = state.selection ? `— ${state.selection.label}` : '';
  document.getElementById('clear-selection').hidden = !state.selection;
}

function select(label, params) {
  state.selection = { label, params };
  state.offset = 0;
  document.getElementById('detail').hidden = true;
  loadEvents().catch(showError);
}

document.getElementById('prev').addEventListener('click', () => {
  state.offset = Math.max(0, state.offset - PAGE_SIZE);
  loadEvents().catch(showError);
});
document.getElementById('next').addEventListener('click', () => {
  state.offset += PAGE_SIZE;
  loadEvents().catch(showError);
});
document.getElementById('clear-selection').addEventListener('click', () => {
  state.selection = null;
  state.offset = 0;
  loadMapLines(state.filters.actor).catch(showError);
  loadEvents().catch(showError);
});

// --- filters -------------------------------------------------------------------------------

function readForm() {
  const data = new FormData(form);
  state.filters = {};
  for (const name of [...FILTER_NAMES, 'by']) {
    const value = String(data.get(name) || '').trim();
    if (value) state.filters[name] = value;
  }
}

async function refresh() {
  showError(null);
  readForm();
  state.selection = null;
  state.offset = 0;
  history.replaceState(null, '', `?${query(state.filters)}`);
  const jobs = [loadTimeline(), loadNetwork(), loadMap(), loadMapLines(state.filters.actor), loadEvents()];
  const results = await Promise.allSettled(jobs);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) showError(failed.reason);
  document.body.dataset.ready = 'true';
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  refresh();
});
document.getElementById('reset').addEventListener('click', () => {
  form.reset();
  refresh();
});
window.addEventListener('resize', () => {
  for (const chart of [timelineCharts.forward, timelineCharts.backward, mapChart]) chart.resize();
});

// Start from the URL's filters; without a dyad, show the busiest one.
async function start() {
  const meta = await api('meta');
  document.getElementById('summary').textContent =
    `${meta.num_events} events, ${meta.num_mentions} mentions in ${meta.num_documents} articles` +
    (meta.first_date ? `, ${meta.first_date} to ${meta.last_date}` : '');
  const fromUrl = new URLSearchParams(location.search);
  for (const name of [...FILTER_NAMES, 'by'])
    if (fromUrl.has(name) && form.elements[name]) form.elements[name].value = fromUrl.get(name);
  if (!form.elements.source.value || !form.elements.target.value) {
    // (A one-sided event's absent side makes no dyad to draw.)
    const { dyads } = await api('dyads', { limit: 10 });
    const busiest = dyads.find((d) => d.source_code && d.target_code);
    if (busiest) {
      form.elements.source.value = busiest.source_code;
      form.elements.target.value = busiest.target_code;
    }
  }
  await refresh();
}

window.dyadDashboard = { cy, timelineCharts, mapChart, mapPlaces: () => mapPlaces };
start().catch(showError);
