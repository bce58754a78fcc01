/**
 * The lead days before the deadline are checked in five places: the options page as the person
 * types, the background when the change arrives, the store on every write and read, the
 * organisation's policy and an import. They must agree, or a value one accepts is lost by another
 * (a policy of 75 days shown, an import of 90 stored, then refused by the options page).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManagedSettings } from '../../lib/core/managed-settings';
import { mergeSettings } from '../../lib/background/settings-patch';
import { settingsSchema } from '../../lib/store/schemas';
import { defaultSettings } from '../../lib/store/settings';
import { parseLeadDays } from './lead-days';

function verdicts(days: number[]) {
  const settings = defaultSettings();
  return {
    options: parseLeadDays(days.join(', ')).ok,
    background: mergeSettings(settings, { reminders: { leadDays: days } }).ok,
    store: settingsSchema.safeParse({ ...settings, reminders: { ...settings.reminders, leadDays: [...new Set(days)] } }).success,
    policy: parseManagedSettings({ reminderLeadDays: days }).managed.reminderLeadDays !== undefined,
  };
}

describe('lead days: one rule everywhere', () => {
  it('60 days before the deadline is accepted by all, 61 by none', () => {
    expect(verdicts([60, 7])).toEqual({ options: true, background: true, store: true, policy: true });
    expect(verdicts([61, 7])).toEqual({ options: false, background: false, store: false, policy: false });
    expect(verdicts([90])).toEqual({ options: false, background: false, store: false, policy: false });
  });

  it('any set of whole days gets the same verdict from each check', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 25 }), (days) => {
        const all = Object.values(verdicts(days));
        expect(new Set(all).size).toBe(1);
      }),
    );
  });
});
