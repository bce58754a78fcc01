import { describe, expect, it } from 'vitest';
import { applyObservation } from './apply-observation';
import { resolveCampaign } from './campaign';
import type { PageObservation } from './observation';
import { emptyYearProgress, type YearProgress } from './progress';
import { stepStates } from './steps';
import { nextAction } from './next-action';
import { BAKEN, ADOBE_CART, accountPage, cartPage, historyPage, openOrdersPage, orderRow, thankYouPage } from './test-support/observations';
import { warnings } from './warnings';

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

describe('the order gone from Openstaande bestellingen, with the message without a number', () => {
  /** "Je bestelling is goedgekeurd." and the rows still open. */
  function approvedWithout(at: number, rows: ReturnType<typeof orderRow>[]): PageObservation {
    return { ...openOrdersPage(at, rows), messages: ['Je bestelling is goedgekeurd.'], approvedWithoutNumber: true };
  }

  it('ticks step 6 for the open order that left the list', () => {
    const p = seen(...ordered, openOrdersPage(T + 3 * minute, [orderRow('204517', BAKEN, 'open')]), approvedWithout(T + 4 * minute, []));
    expect(states(p)[5]).toBe('done');
    expect(p.institutions['100231']!.orderStatus).toBe('approved');
    expect(p.institutions['100231']!.evidence[6]?.what).toContain('staat niet meer bij Openstaande bestellingen');
  });

  it('not while the order is still listed', () => {
    const p = seen(...ordered, approvedWithout(T + 3 * minute, [orderRow('204517', BAKEN, 'open')]));
    expect(states(p)[5]).toBe('todo');
    expect(p.institutions['100231']!.orderStatus).toBe('open');
  });

  it('not from a list Vinkje could not read whole', () => {
    const cut = { ...approvedWithout(T + 3 * minute, []), unread: ['bestellingen: 12 niet meegestuurd'] };
    expect(states(seen(...ordered, cut))[5]).toBe('todo');
  });

  it('an order gone from the list without any message is not taken as approved', () => {
    expect(states(seen(...ordered, openOrdersPage(T + 3 * minute, [])))[5]).toBe('todo');
  });
});

describe('after approval, the hint to check Bestelhistorie', () => {
  it('stays until the status is seen there', () => {
    const approved = seen(...ordered, approvedPage(T + 3 * minute, '204517'));
    const hint = nextAction(approved, '100231').text;
    expect(hint.nl).toContain('Controleer nog in Bestelhistorie dat bestelling 204517 de status ‘Goedgekeurd’ of ‘Afgehandeld’ heeft.');
    expect(hint.en).toContain('Still check in Bestelhistorie');
    expect(hint.nl).not.toContain('Openstaande bestellingen');
    const checked = applyObservation(approved, historyPage(T + 4 * minute, [orderRow('204517', BAKEN, 'approved')]));
    expect(nextAction(checked, '100231').text.nl).not.toContain('Bestelhistorie');
  });
});
