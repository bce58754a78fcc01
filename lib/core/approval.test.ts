import { describe, expect, it } from 'vitest';
import { applyObservation } from './apply-observation';
import { resolveCampaign } from './campaign';
import type { PageObservation } from './observation';
import { emptyYearProgress, type YearProgress } from './progress';
import { stepStates } from './steps';
import { BAKEN, ADOBE_CART, accountPage, cartPage, historyPage, openOrdersPage, orderRow, thankYouPage } from './test-support/observations';
import { warnings } from './urgency';

const T = Date.UTC(2025, 10, 20, 8, 0); // Thu 20 Nov 2025, registration 2026 open
const minute = 60_000;

function seen(...observations: PageObservation[]): YearProgress {
  return observations.reduce((p, o) => applyObservation(p, o), emptyYearProgress(2026));
}

function states(progress: YearProgress): string[] {
  const inst = progress.institutions['100231'];
  if (!inst) throw new Error('no institution');
  return stepStates(inst, progress.account).map((v) => v.state);
}

/** Openstaande bestellingen right after "Goedkeuren": the order is gone, the shop's message says why. */
function approvedPage(at: number, orderNumber: string): PageObservation {
  const page = openOrdersPage(at, []);
  return { ...page, messages: [`Bestelling ${orderNumber} is goedgekeurd.`], approvedOrders: [orderNumber] };
}

const ordered = [accountPage(T), cartPage(T + minute, BAKEN), thankYouPage(T + 2 * minute, BAKEN, '204517')];

describe('approval as the shop confirms it', () => {
  it('the message after approving ticks step 6 while the order has left Openstaande bestellingen', () => {
    const p = seen(...ordered, openOrdersPage(T + 3 * minute, [orderRow('204517', BAKEN, 'open')]), approvedPage(T + 4 * minute, '204517'));
    expect(states(p)[5]).toBe('done');
    expect(p.institutions['100231']!.orderStatus).toBe('approved');
  });

  it('once approved, no warning sends the user back to Openstaande bestellingen', () => {
    const near = Date.UTC(2025, 11, 11, 8, 0); // a day before the deadline
    const before = seen(...ordered);
    expect(warnings(near, resolveCampaign(2026), before).map((w) => w.id)).toContain('D01');
    const after = seen(...ordered, approvedPage(T + 3 * minute, '204517'));
    expect(warnings(near, resolveCampaign(2026), after).map((w) => w.id)).not.toContain('D01');
  });

  it('a message about another number approves nothing', () => {
    const p = seen(...ordered, approvedPage(T + 3 * minute, '299999'));
    expect(states(p)[5]).toBe('todo');
  });

  it('the message for an order placed from another cart ticks nothing', () => {
    const p = seen(accountPage(T), cartPage(T + minute, BAKEN, '', ADOBE_CART), thankYouPage(T + 2 * minute, BAKEN, '204777'), approvedPage(T + 3 * minute, '204777'));
    expect(states(p).slice(4)).toEqual(['todo', 'todo', 'todo']);
  });

  it('an order seen Afgehandeld stays so after an old message', () => {
    const p = seen(...ordered, historyPage(T + 3 * minute, [orderRow('204517', BAKEN, 'completed')]), approvedPage(T + 4 * minute, '204517'));
    expect(p.institutions['100231']!.orderStatus).toBe('completed');
  });
});
