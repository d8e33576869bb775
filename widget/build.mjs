// Bundles src/ into the single file clinic websites load: dist/clinic-chat.js.
import { build, transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const outfile = 'dist/clinic-chat.js';

// The stylesheet goes into the widget's shadow root as a string, minified first.
const cssAsText = {
  name: 'css-as-text',
  setup(bundle) {
    bundle.onLoad({ filter: /\.css$/ }, async ({ path }) => {
      const { code } = await transform(await readFile(path, 'utf8'), { loader: 'css', minify: true });
      return { contents: code, loader: 'text' };
    });
  },
};

await build({
  entryPoints: ['src/index.js'],
  outfile,
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  plugins: [cssAsText],
  // Licence notices of the bundled libraries stay in the file.
  legalComments: 'eof',
  logLevel: 'warning',
});

const bytes = readFileSync(outfile);
const kib = (size) => `${(size / 1024).toFixed(1)} KiB`;
console.log(`${outfile}: ${kib(bytes.length)} (${kib(gzipSync(bytes, { level: 9 }).length)} gzipped)`);
