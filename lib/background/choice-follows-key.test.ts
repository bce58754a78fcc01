/**
 * An institution first seen by name moves to its customer number once a page shows it; the person's
 * choice in the sidebar follows it instead of pointing at a record that is gone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accountPage, cartPage } from '../core/test-support/observations';
import type { SidebarView } from '../core/view';
import { bootBackground } from './background.testutil';

const T = Date.parse('2025-11-20T10:00+01:00');
const SHOP = 'https://www.slbdiensten.nl/account/';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the sidebar’s choice of institution', () => {
  it('follows the record when it moves from its name to its customer number', async () => {
    const bg = await bootBackground({ at: T });
    const named = [{ name: 'Het Baken College', customerNumber: null }, { name: 'ROC Rivierland', customerNumber: null }];
    await bg.see({ ...accountPage(T), institutions: named });
    await bg.fromShop({ type: 'sidebar-action', url: SHOP, action: { type: 'select-institution', key: 'het baken college' } });

    await bg.see(cartPage(T + 60_000, { name: 'Het Baken College', customerNumber: '100231' }));
    const answer = await bg.fromShop({ type: 'view', url: SHOP });
    const view = answer.view as SidebarView;
    expect(view.institutions.map((i) => i.key).sort()).toEqual(['100231', 'roc rivierland']);
    expect(view.institution?.key).toBe('100231');
    const settings = await bg.fromExtensionPage({ type: 'get-settings' });
    expect((settings.data as { settings: { selectedInstitution: Record<string, string> } }).settings.selectedInstitution['2026']).toBe('100231');
  });
});
