import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../bench/budgets.mjs';

type Result = { id: string; pass: boolean; allowed: number; meetsTarget: boolean };

/** Results with only the local page-load ratio measured. */
const withLoadRatio = (loadRatio: number) => ({ navigation: { loadRatio, perKind: {} } });
const loadRatioBudget = (results: unknown, quick: boolean) =>
  (checkBudgets(results, { quick }) as Result[]).find((b) => b.id === 'page-load-ratio') as Result;

describe('the benchmark budgets', () => {
  it('judge the page-load ratio at its ceiling in the full run', () => {
    expect(loadRatioBudget(withLoadRatio(1.32), false).pass).toBe(false);
    expect(loadRatioBudget(withLoadRatio(1.12), false)).toMatchObject({ pass: true, meetsTarget: false });
  });

  it('let the quick run (3 navigations a kind) pass a noisy ratio, and still fail a script that slows every load by half', () => {
    expect(loadRatioBudget(withLoadRatio(1.32), true).pass).toBe(true);
    expect(loadRatioBudget(withLoadRatio(1.5), true).pass).toBe(true);
    expect(loadRatioBudget(withLoadRatio(1.65), true).pass).toBe(false);
  });
});
