import { describe, expect, it } from 'vitest';
import { yearProgressSchema } from '../store/schemas';
import { applyObservation } from './apply-observation';
import { resolveCampaign } from './campaign';
import { emptyYearProgress } from './progress';
import { buildSidebarView } from './sidebar-view';
import { applyUserAction } from './user-actions';
import { accountPage, cartLine, cartPage } from './test-support/observations';

const T = Date.UTC(2025, 10, 20, 10);
const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
/** The keys: normalised names, with a prefix for the two every object answers to. */
const KEYS = ['naam:__proto__', 'naam:constructor', 'tostring', 'hasownproperty'];

describe('institution names that are also names of every object', () => {
  const pages = NAMES.map((name, i) => cartPage(T + i * 1000, { name, customerNumber: null }, '', [cartLine('Microsoft 365 A3 medewerkers', 10 + i)]));
  const progress = [accountPage(T - 1000), ...pages].reduce((p, o) => applyObservation(p, o), emptyYearProgress(2026));

  it('are kept as institutions like any other, each with its own cart', () => {
    expect(Object.keys(progress.institutions).sort()).toEqual([...KEYS].sort());
    expect(Object.getPrototypeOf(progress.institutions)).toBe(Object.prototype);
    for (const [i, key] of KEYS.entries()) {
      const record = Object.getOwnPropertyDescriptor(progress.institutions, key)?.value as { institution: { name: string }; cartLines: { quantity: number }[] } | undefined;
      expect(record?.institution.name, key).toBe(NAMES[i]);
      expect(record?.cartLines[0]?.quantity, key).toBe(10 + i);
    }
  });

  it('survive storing (schema and JSON) unchanged', () => {
    const stored = yearProgressSchema.parse(JSON.parse(JSON.stringify(progress)));
    expect(Object.keys(stored.institutions).sort()).toEqual([...KEYS].sort());
  });

  it('work as the sidebar’s choice and as a user action’s key', () => {
    const view = buildSidebarView({
      now: T,
      progress,
      campaign: resolveCampaign(2026),
      observation: null,
      page: 'account',
      language: 'nl',
      collapsed: false,
      selectedKey: 'naam:constructor',
      storeNotices: [],
    });
    expect(view.institutions.map((i) => i.name).sort()).toEqual([...NAMES].sort());
    expect(view.institution?.name).toBe('constructor');
    const confirmed = applyUserAction(progress, { type: 'confirm-quantities', key: 'naam:__proto__' }, T + 9000);
    expect(Object.getOwnPropertyDescriptor(confirmed.institutions, 'naam:__proto__')?.value.evidence[3]?.what).toBe('Aantallen gecontroleerd');
    // A key no record has is nobody, even when every object answers to it.
    expect(applyUserAction(emptyYearProgress(2026), { type: 'confirm-quantities', key: 'constructor' }, T)).toEqual(emptyYearProgress(2026));
  });
});
