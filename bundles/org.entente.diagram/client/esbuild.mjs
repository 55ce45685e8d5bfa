// Bundles src/main.ts into ../web/ (bundle.js, bundle.css, fonts) and copies index.html.
// Usage: node esbuild.mjs [--dev]   (--dev: not minified, with inline source maps)
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(here, '..', 'web');
const dev = process.argv.includes('--dev');

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const result = await esbuild.build({
    absWorkingDir: here,
    entryPoints: { bundle: 'src/main.ts' },
    outdir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'safari15'],
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    tsconfig: 'tsconfig.json',
    loader: {
        '.ttf': 'file',
        '.woff': 'file',
        '.woff2': 'file',
        '.eot': 'file',
        '.svg': 'file',
        '.png': 'file',
        '.gif': 'file'
    },
    assetNames: 'assets/[name]-[hash]',
    define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
    metafile: true,
    logLevel: 'warning'
});

copyFileSync(join(here, 'index.html'), join(outdir, 'index.html'));

for (const [file, info] of Object.entries(result.metafile.outputs)) {
    console.log(`${file.padEnd(40)} ${(info.bytes / 1024).toFixed(1).padStart(9)} KiB`);
}
