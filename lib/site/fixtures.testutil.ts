/**
 * Saved shop pages for the tests: every `test/fixtures/<set>/<kind>--<state>.html`, with the kind
 * taken from the file name and the optional `.expected.json` sidecar. New files are picked up
 * automatically.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { PAGE_KINDS, type PageKind } from '../core/observation';

export const FIXTURES_DIR = resolve(__dirname, '../../test/fixtures');

export interface Fixture {
  /** "alt-a", "alt-b", "sim", … */
  set: string;
  /** File name without extension, e.g. "cart--clean". */
  name: string;
  kind: PageKind;
  state: string;
  path: string;
  html: string;
  expected: Record<string, unknown> | null;
}

function isKind(value: string): value is PageKind {
  return (PAGE_KINDS as readonly string[]).includes(value);
}

export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  if (!existsSync(FIXTURES_DIR)) return out;
  for (const set of readdirSync(FIXTURES_DIR, { withFileTypes: true })) {
    if (!set.isDirectory()) continue;
    const dir = join(FIXTURES_DIR, set.name);
    for (const file of readdirSync(dir)) {
      const m = /^([a-z-]+?)--(.+)\.html$/.exec(file);
      if (!m || !m[1] || !m[2] || !isKind(m[1])) continue;
      const path = join(dir, file);
      const sidecar = path.replace(/\.html$/, '.expected.json');
      out.push({
        set: set.name,
        name: file.replace(/\.html$/, ''),
        kind: m[1],
        state: m[2],
        path,
        html: readFileSync(path, 'utf8'),
        expected: existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, unknown>) : null,
      });
    }
  }
  return out.sort((a, b) => (a.set + a.name).localeCompare(b.set + b.name));
}

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A URL that gives the detector no hint: real shop paths are unknown. */
export const NEUTRAL_URL = 'https://www.slbdiensten.nl/pagina/';
