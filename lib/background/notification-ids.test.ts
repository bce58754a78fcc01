import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PAGE_KINDS } from '../core/observation';
import { makeNotificationId, readNotificationId } from './notification-ids';

describe('notification ids', () => {
  it('read back exactly what they were made from, whatever the keys contain', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PAGE_KINDS), fc.option(fc.string()), fc.string(), (target, institutionKey, key) => {
        expect(readNotificationId(makeNotificationId({ target, institutionKey, key }))).toEqual({ target, institutionKey, key });
      }),
      { numRuns: 300 },
    );
  });

  it('an institution key with the separator in it does not shift the event', () => {
    const ref = { target: 'open-orders' as const, institutionKey: 'A|B|D01', key: 'D02|A|B|D01|2025-12-01' };
    expect(readNotificationId(makeNotificationId(ref))).toEqual(ref);
    expect(readNotificationId(makeNotificationId({ ...ref, institutionKey: '' }))?.institutionKey).toBe('');
  });

  it('ids that are not Vinkje’s are not read as ours', () => {
    for (const id of ['', 'other|cart||x', 'vinkje|cart', 'vinkje|cart|%E0%A4%A|x', 'vinkje||=a|x']) expect(readNotificationId(id)).toBeNull();
  });
});
