/**
 * The store on damaged data and the import on any file. A record damaged in any field, or replaced by
 * anything at all, is set aside with its raw value and read as missing, never thrown and never
 * half-read; whatever the store holds can be exported and the export imported again. An import of
 * any file either replaces the data with exactly that file or changes nothing and says why.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { browsing } from '../../test/fuzz/observations';
import { fuzzRuns } from '../../test/fuzz/runs';
import { applyObservation } from '../core/apply-observation';
import { emptyYearProgress, type YearProgress } from '../core/progress';
import { TABLES, type TableName } from './backend';
import { openStore } from './db';
import { CURRENT_VERSION } from './migrations';
import { settingsSchema, yearProgressSchema } from './schemas';
import { STORAGE_VERSION_KEY, storageKey } from './storage-local-backend';
import { customSettings, fullProgress, memoryArea, T0 } from './store.testutil';
import { checkImportFile, type ExportFile } from './transfer';
import type { Store } from './types';

type Json = unknown;

/** The value with the thing at one path replaced, or the key there deleted. */
function damage(value: Json, path: number[], replacement: Json | typeof DELETE): Json {
  if (value === null || typeof value !== 'object') return replacement === DELETE ? undefined : replacement;
  if (path.length === 0) return replacement === DELETE ? undefined : replacement;
  const [step, ...rest] = path as [number, ...number[]];
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement === DELETE ? [] : [replacement];
    const i = step % value.length;
    return value.map((v, j) => (j === i ? damage(v, rest, replacement) : v));
  }
  const record = value as Record<string, Json>;
  const keys = Object.keys(record);
  if (keys.length === 0) return replacement === DELETE ? {} : { x: replacement };
  const key = keys[step % keys.length] as string;
  if (rest.length === 0 && replacement === DELETE) {
    const { [key]: _gone, ...others } = record;
    return others;
  }
  return { ...record, [key]: damage(record[key], rest, replacement) };
}
const DELETE = Symbol('delete');

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<Json | typeof DELETE>(DELETE, DELETE, null, undefined, Number.NaN, -1, 1e15, '', 'klaar', '__proto__', [], {}, true),
);
const damagePath = fc.array(fc.nat(), { minLength: 1, maxLength: 6 });

/** A year's progress as browsing would leave it, or the fully filled one of the store tests. */
const progress: fc.Arbitrary<YearProgress> = fc.oneof(
  fc.constant(fullProgress(2027)),
  browsing.map((pages) => pages.reduce((p, page) => applyObservation(p, page), emptyYearProgress(2027))),
);

async function storeHolding(records: Array<[TableName, string, unknown]>): Promise<Store> {
  const initial: Record<string, unknown> = { [STORAGE_VERSION_KEY]: CURRENT_VERSION };
  for (const [table, key, value] of records) initial[storageKey(table, key)] = value;
  return openStore({ indexedDB: null, storageArea: memoryArea(initial), now: () => T0 });
}

const withoutTime = ({ exportedAt: _, ...rest }: ExportFile) => rest;

describe('the store on damaged records', () => {
  it('reads a damaged year as missing, sets the raw value aside, and keeps the other years', async () => {
    await fc.assert(
      fc.asyncProperty(progress, damagePath, oddValue, async (good, path, odd) => {
        const raw = damage(good, path, odd);
        const store = await storeHolding([
          ['progress', '2027', raw],
          ['progress', '2026', fullProgress(2026)],
        ]);
        const read = await store.getProgress(2027);
        if (read === null) {
          expect(await store.quarantined()).toMatchObject([{ table: 'progress', key: '2027', raw }]);
          expect(store.problems().map((p) => p.code)).toContain('corrupt-record');
        } else {
          // Read whole or not at all: what comes back passes the schema and is the record stored.
          expect(yearProgressSchema.safeParse(read).success).toBe(true);
          expect(read).toEqual(raw);
        }
        expect(await store.getProgress(2026)).toEqual(fullProgress(2026));
      }),
      { numRuns: fuzzRuns(60, 2) },
    );
  });

  it('reads damaged settings as the defaults, never as something half-valid', async () => {
    await fc.assert(
      fc.asyncProperty(damagePath, oddValue, async (path, odd) => {
        const store = await storeHolding([['meta', 'settings', damage(customSettings(), path, odd)]]);
        const settings = await store.getSettings();
        expect(settingsSchema.safeParse(settings).success).toBe(true);
      }),
      { numRuns: fuzzRuns(60, 2) },
    );
  });

  it('whatever is stored under any key, every read answers and the export can be imported again', async () => {
    const record = fc.tuple(fc.constantFrom(...TABLES), fc.oneof(fc.constantFrom('2026', '2027', 'settings', 'notified', '__proto__'), fc.string({ maxLength: 8 })), fc.anything({ maxDepth: 3 }));
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 5 }), async (records) => {
        const store = await storeHolding([['progress', '2026', fullProgress(2026)], ...records]);
        await store.allProgress();
        await store.getSettings();
        await store.wasNotified('deadline-7|-|2026-12-04');
        await store.getPageDeadline(2027);
        const exported = await store.exportAll();
        expect(checkImportFile(JSON.parse(JSON.stringify(exported)))).toMatchObject({ ok: true });
      }),
      { numRuns: fuzzRuns(60, 2) },
    );
  });
});

describe('import of any file', () => {
  const goodFile = async (): Promise<ExportFile> => {
    const store = await storeHolding([
      ['progress', '2026', fullProgress(2026)],
      ['progress', '2027', fullProgress(2027)],
      ['meta', 'settings', customSettings()],
      ['pageDeadlines', '2026', { date: '2025-12-12', seenAt: T0 }],
      ['meta', 'notified', ['deadline-7|-|2025-12-05']],
    ]);
    return store.exportAll();
  };
  const anyFile = fc.oneof(
    fc.anything({ maxDepth: 3 }),
    fc.tuple(damagePath, oddValue).map(([path, odd]) => ({ path, odd })),
  );

  it('replaces everything with exactly the file, or changes nothing and says why', async () => {
    const good = await goodFile();
    await fc.assert(
      fc.asyncProperty(anyFile, async (made) => {
        const file = typeof made === 'object' && made !== null && 'path' in made && 'odd' in made ? damage(good, made.path as number[], made.odd) : made;
        const store = await storeHolding([['progress', '2025', fullProgress(2025)]]);
        const before = withoutTime(await store.exportAll());
        const check = checkImportFile(file);
        const result = await store.importAll(file);
        expect(result.ok).toBe(check.ok);
        if (result.ok && check.ok) {
          // A file from before set-aside records were exported has none: the export then lists none.
          expect(withoutTime(await store.exportAll())).toEqual({ ...withoutTime(check.file), quarantine: check.file.quarantine ?? [] });
        } else if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(error.nl).toMatch(/\S/);
            expect(error.en).toMatch(/\S/);
          }
          expect(withoutTime(await store.exportAll())).toEqual(before);
        }
      }),
      { numRuns: fuzzRuns(60, 2) },
    );
  });
});
