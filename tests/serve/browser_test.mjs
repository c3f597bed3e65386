// The dashboard in Debian's Chromium, driven by playwright-core, over a real `dyad serve` on a
// database made by `dyad code`: the page loads, the timeline shows one point per month of the
// dyad, the map has a point per place where events happened, clicking a network node, a timeline
// bar or a map point narrows the event table, the evidence span is highlighted; a screenshot is
// kept as a test artifact (and one of the map with its points).
// Usage: node browser_test.mjs --dyad BIN --web WEB_SOURCE_DIR --artifacts DIR
// Exits 77 (CTest: skipped) when Chromium, node_modules or the built page are missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (i % 2 ? pairs : [...pairs, [arg.slice(2), all[i + 1]]]), []));
const chromium = '/usr/bin/chromium';
function skip(why) {
  console.log(`SKIPPED: ${why}`);
  process.exit(77);
}
if (!existsSync(chromium)) skip(`${chromium} is not installed (scripts/install-deps installs it)`);
if (!existsSync(join(args.web, 'node_modules', 'playwright-core')))
  skip('web/node_modules is missing: run scripts/build-web');
if (!existsSync(join(args.web, 'dist', 'index.html'))) skip('web/dist is not built: run scripts/build-web');
const { chromium: browserType } = createRequire(join(args.web, 'package.json'))('playwright-core');

const ARTICLES = [
  ['iran-condemns', '2024-01-10', 'https://first.example/1', 'Iran condemned Azerbaijan on Monday.'],
  ['baku-accuses', '2024-01-20', 'https://first.example/2', 'Azerbaijan accused Iran of espionage in Baku.'],
  ['iran-praises', '2024-02-05', 'https://second.example/8', 'Iran praised Azerbaijan in Baku for the agreement.'],
  ['iran-condemns-march', '2024-03-15', 'https://first.example/3', 'Iran condemned Azerbaijan over the border drills.'],
  ['armenia-turkey', '2024-02-10', 'https://third.example/1', 'In Ankara, Armenia met with Turkey.'],
  ['russia-threatens', '2024-03-01', 'https://third.example/2', 'Russia threatened Armenia with sanctions.'],
];

const work = mkdtempSync(join(tmpdir(), 'dyad-browser-'));
let server;
let context;
try {
  const jsonl = join(work, 'articles.jsonl');
  writeFileSync(jsonl, ARTICLES.map(([id, date, url, text]) =>
    JSON.stringify({ id, date, url, title: 'News', text })).join('\n') + '\n');
  const db = join(work, 'events.db');
  const coded = spawnSync(args.dyad, ['code', jsonl, '--db', db, '--jsonl', '/dev/null'], { encoding: 'utf8' });
  assert.equal(coded.status, 0, `dyad code failed: ${coded.stderr}`);

  server = spawn(args.dyad, ['serve', '--db', db, '--port', '0', '--web', join(args.web, 'dist')]);
  const url = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const found = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (found) resolve(found[0]);
    });
    server.on('exit', (code) => reject(new Error(`dyad serve exited (${code}): ${out}`)));
    setTimeout(() => reject(new Error(`dyad serve did not start: ${out}`)), 30000);
  });

  // A fresh profile (--user-data-dir) in the scratch directory, passed the way Playwright wants.
  context = await browserType.launchPersistentContext(join(work, 'profile'), {
    executablePath: chromium,
    headless: true,
    viewport: { width: 1400, height: 1300 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await context.newPage();
  const failures = [];
  page.on('pageerror', (error) => failures.push(String(error)));
  page.on('request', (request) => {
    if (!request.url().startsWith(url)) failures.push(`request outside the server: ${request.url()}`);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  assert.equal(await page.textContent('#error'), '', 'the page shows an error');

  // The busiest dyad is chosen: Iran → Azerbaijan, one point per month (January to March), and
  // Azerbaijan → Iran in January only.
  assert.equal(await page.inputValue('input[name=source]'), 'IRN');
  assert.equal(await page.inputValue('input[name=target]'), 'AZE');
  assert.equal(await page.getAttribute('#timeline-forward', 'data-points'), '3');
  assert.equal(await page.getAttribute('#timeline-backward', 'data-points'), '1');
  const drawnBars = await page.evaluate(() =>
    window.dyadDashboard.timelineCharts.forward.getOption().xAxis[0].data.length);
  assert.equal(drawnBars, 3);
  assert.equal(await page.getAttribute('#events', 'data-total'), '6');
  assert.equal(await page.getAttribute('#network', 'data-nodes'), '5');

  // Clicking the Russia node lists Russia's one event, its evidence span highlighted.
  const node = await page.evaluate(() => {
    const position = window.dyadDashboard.cy.getElementById('RUS').renderedPosition();
    const box = document.getElementById('network').getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  });
  await page.mouse.click(node.x, node.y);
  await page.waitForSelector('#events[data-total="1"]', { timeout: 10000 });
  assert.equal(await page.textContent('#events tbody tr td:nth-child(2)'), 'RUS');
  assert.equal(await page.textContent('#events tbody mark'), 'Russia threatened Armenia with sanctions');
  assert.equal(await page.textContent('#events tbody tr td:last-child'), 'Russia threatened Armenia with sanctions.');

  // Clicking the March bar of Iran → Azerbaijan lists that month's events of the dyad, once the
  // bars have finished their entry animation.
  await page.waitForSelector('#timeline-forward[data-drawn="true"]', { timeout: 10000 });
  const bar = await page.evaluate(() => {
    const chart = window.dyadDashboard.timelineCharts.forward;
    const [x, y] = chart.convertToPixel({ xAxisIndex: 0, yAxisIndex: 0 }, ['2024-03', 0.5]);
    const box = document.getElementById('timeline-forward').getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  });
  await page.mouse.click(bar.x, bar.y);
  await page.waitForFunction(() =>
    document.querySelector('#events tbody tr td:nth-child(1)')?.textContent === '2024-03-15', null, { timeout: 10000 });
  assert.equal(await page.getAttribute('#events', 'data-total'), '1');
  assert.equal(await page.textContent('#events tbody mark'), 'Iran condemned Azerbaijan');

  // The map has a point for each place where events happened (Baku: two events, Ankara: one);
  // clicking Baku's, once drawn, lists the two events there.
  await page.waitForSelector('#map[data-points="2"]', { timeout: 10000 });
  await page.waitForSelector('#map[data-drawn="true"]', { timeout: 10000 });
  const baku = await page.evaluate(() => {
    const place = window.dyadDashboard.mapPlaces().find((p) => p.name === 'Baku');
    const [x, y] = window.dyadDashboard.mapChart.convertToPixel({ geoIndex: 0 }, [place.lon, place.lat]);
    const box = document.getElementById('map').getBoundingClientRect();
    return { x: box.left + x, y: box.top + y, events: place.num_events };
  });
  assert.equal(baku.events, 2);
  await page.mouse.click(baku.x, baku.y);
  await page.waitForSelector('#events[data-total="2"]', { timeout: 10000 });
  assert.match(await page.textContent('#selection'), /Baku/);
  const sources = await page.$$eval('#events tbody tr td:nth-child(2)', (cells) => cells.map((c) => c.textContent).sort());
  assert.deepEqual(sources, ['AZE', 'IRN']);
  mkdirSync(args.artifacts, { recursive: true });
  await page.locator('#map').screenshot({ path: join(args.artifacts, 'map.png') });

  // The PLOVER filter narrows the views: Russia's threat is the one THREATEN event.
  await page.selectOption('select[name=plover]', 'THREATEN');
  await page.click('#filters button[type=submit]');
  await page.waitForSelector('#events[data-total="1"]', { timeout: 10000 });
  assert.equal(await page.textContent('#events tbody tr td:nth-child(2)'), 'RUS');
  assert.equal(await page.textContent('#error'), '');

  mkdirSync(args.artifacts, { recursive: true });
  const screenshot = join(args.artifacts, 'dashboard.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  assert.deepEqual(failures, []);
  console.log(`browser test passed; screenshot: ${screenshot}`);
} finally {
  if (context) await context.close();
  if (server) server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
