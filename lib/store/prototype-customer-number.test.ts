/**
 * A customer number that every object answers to ("__proto__"), found by store.property.test.ts: the
 * institution it names must survive the store like any other, not vanish when the year is read back.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { applyObservation } from '../core/apply-observation';
import { emptyYearProgress } from '../core/progress';
import { accountPage } from '../core/test-support/observations';
import { openStore } from './db';
import { freshFactory, T0 } from './store.testutil';

beforeEach(() => fakeBrowser.reset());

describe('an institution whose customer number is a prototype member', () => {
  it.each(['__proto__', 'constructor', 'toString'])('customer number %s is stored and read back', async (number) => {
    const page = { ...accountPage(T0), institutions: [{ name: 'Het Baken College', customerNumber: '100231' }, { name: 'Vreemde School', customerNumber: number }] };
    const progress = applyObservation(emptyYearProgress(2026), page);
    const store = await openStore({ indexedDB: freshFactory(), now: () => T0 });
    await store.putProgress(progress);
    const read = await store.getProgress(2026);
    expect(Object.values(read?.institutions ?? {}).map((i) => i.institution.customerNumber).sort()).toEqual(['100231', number].sort());
    expect(store.problems()).toEqual([]);
  });
});
