import { describe, expect, it } from 'vitest';
import { yearProgressSchema } from '../store/schemas';
import { applyObservation } from './apply-observation';
import { resolveCampaign } from './campaign';
import type { PageObservation } from './observation';
import { showsRegistrationLicences } from './other-orders';
import { emptyYearProgress, type YearProgress } from './progress';
import { stepStates } from './steps';
import { ADOBE_CART, BAKEN, accountPage, cartLine, cartPage, historyPage, openOrdersPage, orderRow, renewalsPage, thankYouPage } from './test-support/observations';
import { warnings } from './warnings';

const T = Date.UTC(2025, 10, 20, 8, 0); // Thu 20 Nov 2025, registration 2026 open
const minute = 60_000;
const ADOBE = ADOBE_CART;

function seen(...observations: PageObservation[]): YearProgress {
  return observations.reduce((p, o) => applyObservation(p, o), emptyYearProgress(2026));
}

function states(progress: YearProgress): string[] {
  const inst = progress.institutions['100231'];
  if (!inst) throw new Error('no institution');
  return stepStates(inst, progress.account).map((v) => v.state);
}

describe('an order that is not the registration', () => {
  it('an Adobe cart and its thank-you page tick no registration step', () => {
    const p = seen(accountPage(T), cartPage(T + minute, BAKEN, '', ADOBE), thankYouPage(T + 2 * minute, BAKEN, '204777'));
    expect(states(p)).toEqual(['done', 'todo', 'todo', 'todo', 'todo', 'todo', 'todo']);
    expect(p.institutions['100231']!.orderNumber).toBeNull();
  });

  it('the Adobe order approved in Bestelhistorie ticks neither step 6 nor 7', () => {
    const p = seen(
      accountPage(T),
      cartPage(T + minute, BAKEN, '', ADOBE),
      thankYouPage(T + 2 * minute, BAKEN, '204777'),
      openOrdersPage(T + 3 * minute, [orderRow('204777', BAKEN, 'open')]),
      historyPage(T + 4 * minute, [orderRow('204777', BAKEN, 'completed')]),
    );
    expect(states(p).slice(4)).toEqual(['todo', 'todo', 'todo']);
  });

  it('an Adobe order placed between claiming and ordering leaves the registration cart waiting, and its reminder', () => {
    const p = seen(
      accountPage(T),
      renewalsPage(T + minute, [{ institution: BAKEN, canClaim: true }]),
      cartPage(T + 2 * minute, BAKEN),
      cartPage(T + 3 * minute, BAKEN, '', ADOBE),
      thankYouPage(T + 4 * minute, BAKEN, '204777'),
    );
    expect(states(p)[1]).toBe('done');
    expect(states(p)[4]).toBe('todo');
    const near = Date.UTC(2025, 11, 5, 8, 0);
    expect(warnings(near, resolveCampaign(2026), p).map((w) => w.id)).toContain('D02');
  });

  it('the registration ordered after an Adobe order ticks step 5 with its own number', () => {
    const p = seen(
      accountPage(T),
      cartPage(T + minute, BAKEN, '', ADOBE),
      thankYouPage(T + 2 * minute, BAKEN, '204777'),
      cartPage(T + 3 * minute, BAKEN),
      thankYouPage(T + 4 * minute, BAKEN, '204780'),
    );
    expect(p.institutions['100231']!.orderNumber).toBe('204780');
    expect(states(p)[4]).toBe('done');
  });

  it('a second order of an institution whose registration order is known is another order, also when its page is seen again', () => {
    const extra = [cartLine('Basispakket medewerkers', 40)];
    for (const named of [BAKEN, null]) {
      const p = seen(
        accountPage(T),
        renewalsPage(T + minute, [{ institution: BAKEN, canClaim: true }]),
        cartPage(T + 2 * minute, BAKEN),
        thankYouPage(T + 3 * minute, BAKEN, '204780'),
        // Later the same week: extra base packages, ordered from an ordinary cart.
        cartPage(T + 60 * minute, named, '', extra),
        thankYouPage(T + 61 * minute, named, '204790'),
      );
      const inst = p.institutions['100231']!;
      expect(inst.orderNumber).toBe('204780');
      expect(p.otherOrderNumbers).toEqual(['204790']);
      expect(p.unattributed).toBeUndefined();
      // Seen again (a reload of the thank-you page): nothing changes.
      expect(applyObservation(p, thankYouPage(T + 62 * minute, named, '204790'))).toBe(p);
    }
  });

  it('a cart of a second order leaves the registration with what it ordered and its reference', () => {
    const registration = [cartLine('Microsoft 365 A3 medewerkers', 1996), cartLine('Basispakket medewerkers', 2000)];
    const extra = [cartLine('Microsoft 365 A3 medewerkers', 40), cartLine('Basispakket medewerkers', 40)];
    const p = seen(
      accountPage(T),
      renewalsPage(T + minute, [{ institution: BAKEN, canClaim: true }]),
      cartPage(T + 2 * minute, BAKEN, 'REG-2026', registration),
      thankYouPage(T + 3 * minute, BAKEN, '204780'),
      // Later: 40 more licences of the same kind, with a reference of their own.
      cartPage(T + 60 * minute, BAKEN, 'EXTRA-40', extra),
    );
    const inst = p.institutions['100231']!;
    expect(inst.cartLines).toEqual(registration);
    expect(inst.cartSeenAt).toBe(T + 2 * minute);
    expect(inst.reference).toBe('REG-2026');
  });

  it('is still known as another order after storing, so the history cannot take it for the registration', () => {
    const p = seen(accountPage(T), cartPage(T + minute, BAKEN, '', ADOBE), thankYouPage(T + 2 * minute, BAKEN, '204777'));
    const stored = yearProgressSchema.parse(JSON.parse(JSON.stringify(p))) as YearProgress;
    const later = applyObservation(stored, historyPage(T + 3 * minute, [orderRow('204777', BAKEN, 'approved')]));
    expect(states(later).slice(4)).toEqual(['todo', 'todo', 'todo']);
  });

  it('a thank-you page that names no institution after an Adobe cart is not kept for later', () => {
    const p = seen(accountPage(T), cartPage(T + minute, null, '', ADOBE), thankYouPage(T + 2 * minute, null, '204777'), cartPage(T + 3 * minute, BAKEN));
    expect(p.institutions['100231']!.orderNumber).toBeNull();
    expect(p.unattributed).toBeUndefined();
  });
});

describe('which cart lines show the registration licences', () => {
  it.each([
    ['a Microsoft product the catalogue knows', ['Microsoft 365 A3 medewerkers'], true],
    ['a Microsoft product new this year', ['Microsoft Fabric Premium medewerkers'], true],
    ['Adobe only', ['Adobe Creative Cloud All Apps leerlingen'], false],
    ['a name that could not be read', [''], true],
  ] as const)('%s', (_label, names, expected) => {
    const lines = names.map((n) => ({ product: n, quantity: 1, quantityText: '1' }));
    expect(showsRegistrationLicences(lines, 2026)).toBe(expected);
  });
});
