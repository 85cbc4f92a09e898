// Bundles the console into one script and one stylesheet with content-hashed names and
// writes index.html pointing at them. Maven runs it in generate-resources; the output
// directory is the first argument (default: the application's static resources).
import * as esbuild from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(process.argv[2] ?? path.join(here, '../../../target/classes/static'));
const assetsDir = path.join(outDir, 'assets');

await rm(assetsDir, { recursive: true, force: true });
await mkdir(assetsDir, { recursive: true });

const result = await esbuild.build({
  entryPoints: [path.join(here, 'src/main.js')],
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: ['es2022'],
  outdir: assetsDir,
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
  metafile: true,
  legalComments: 'linked',
  logLevel: 'warning',
});

const relative = (file) => path.relative(outDir, path.resolve(file)).split(path.sep).join('/');
const [script, meta] = Object.entries(result.metafile.outputs).find(([, m]) => m.entryPoint) ?? [];
const style = meta?.cssBundle;
if (!script || !style) {
  throw new Error(`esbuild produced no script or stylesheet in ${assetsDir}`);
}

await writeFile(path.join(outDir, 'index.html'), `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Scaffold Orchestrator</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${relative(style)}">
<script type="module" src="${relative(script)}"></script>
</head>
<body>
<header class="top"><a class="brand" href="#/">Scaffold Orchestrator</a><span id="session"></span></header>
<main id="app"><p class="loading">Loading…</p></main>
</body>
</html>
`);
console.log(`console: ${relative(script)}, ${relative(style)} in ${outDir}`);
