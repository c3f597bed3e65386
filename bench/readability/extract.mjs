// Readability.js (jsdom + @mozilla/readability) over every .html file in a directory: the
// reference `dyad clean` is compared with (bench/clean-vs-readability). Prints one JSON line:
// pages, pages extracted, and the seconds spent parsing and extracting (module loading excluded):
// `seconds` of wall-clock time and `cpu_seconds` of CPU time (user + system, every thread).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const dir = process.argv[2];
const files = readdirSync(dir).filter((name) => name.endsWith('.html')).sort();
const quiet = new VirtualConsole();  // pages' CSS and script errors are not ours to print
let extracted = 0;
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
for (const name of files) {
  const html = readFileSync(join(dir, name), 'utf8');
  const dom = new JSDOM(html, { url: 'https://example.org/', virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  if (article && article.textContent.trim()) extracted += 1;
  dom.window.close();
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({ pages: files.length, extracted, seconds, cpu_seconds: cpuSeconds }));
