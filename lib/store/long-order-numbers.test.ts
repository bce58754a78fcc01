/**
 * An order number as long as a page may send (found by apply-observation.property.test.ts): after a
 * cart that is not the registration, its thank-you page marks the order as another order. The year's
 * progress must still be storable, or the observation fails and what was seen is lost.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { applyObservation } from '../core/apply-observation';
import { LIMITS } from '../core/bounded-observation';
import { emptyYearProgress } from '../core/progress';
import { ADOBE_CART, cartPage, thankYouPage } from '../core/test-support/observations';
import { openStore } from './db';
import { freshFactory, T0 } from './store.testutil';

beforeEach(() => fakeBrowser.reset());

describe('another order with a long order number', () => {
  it('is stored and read back with the year’s progress', async () => {
    const longNumber = '1'.repeat(LIMITS.orderField);
    let progress = applyObservation(emptyYearProgress(2026), cartPage(T0, null, '', ADOBE_CART));
    progress = applyObservation(progress, thankYouPage(T0 + 60_000, null, longNumber));
    expect(progress.otherOrderNumbers).toEqual([longNumber]);

    const store = await openStore({ indexedDB: freshFactory(), now: () => T0 });
    await store.putProgress(progress);
    expect(await store.getProgress(2026)).toEqual(progress);
    expect(store.problems()).toEqual([]);
  });
});
