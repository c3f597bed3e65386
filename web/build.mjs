// Bundles the dashboard into dist/ (what `dyad serve` serves): one script with every library,
// the page and its style sheet. No network at run time: the map's shapes are bundled too.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

const dist = new URL('./dist/', import.meta.url);
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  outfile: 'dist/app.js',
  loader: { '.json': 'json' },
  logLevel: 'warning',
});
for (const file of ['index.html', 'style.css']) copyFileSync(`src/${file}`, new URL(file, dist));
console.log('web: built dist/ (index.html, app.js, style.css)');
