// @ts-check
/** Bundles bench/lib-entry.ts with vite (library mode) into bench/tmp/: lib.iife.js for pages, lib.es.js for Node. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
export const LIB_IIFE = path.join(here, 'tmp/lib.iife.js');
export const LIB_ESM = path.join(here, 'tmp/lib.es.js');

export async function buildLib() {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: here,
    build: {
      outDir: path.join(here, 'tmp'),
      emptyOutDir: false,
      minify: false, // readable names in CPU profiles; V8's speed does not depend on it
      lib: {
        entry: path.join(here, 'lib-entry.ts'),
        name: 'vinkjeBench',
        formats: ['iife', 'es'],
        fileName: (format) => `lib.${format}.js`,
      },
    },
  });
}
