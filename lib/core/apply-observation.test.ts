import { describe, expect, it } from 'vitest';
import { applyObservation, countsForCampaign } from './apply-observation';
import { registrationYearOfOrderDate } from './order-rows';
import { resolveCampaign } from './campaign';
import { emptyObservation, type PageObservation } from './observation';
import { emptyYearProgress, type StepState, type YearProgress } from './progress';
import { currentStep, stepStates } from './steps';
import {
  BAKEN,
  LYCEUM,
  ROC,
  accountPage,
  cartPage,
  emptyCartPage,
  historyPage,
  loginPage,
  openOrdersPage,
  orderRow,
  renewalsPage,
  thankYouPage,
} from './test-support/observations';
import { applyUserAction } from './user-actions';

const T = Date.UTC(2025, 10, 20, 8, 0); // Thu 20 Nov 2025 09:00 Amsterdam, registration 2026 open
const minute = 60_000;

function apply(progress: YearProgress, ...observations: PageObservation[]): YearProgress {
  return observations.reduce((p, o) => applyObservation(p, o), progress);
}

function states(progress: YearProgress, key: string): StepState[] {
  const inst = progress.institutions[key];
  if (!inst) throw new Error(`no institution ${key}`);
  return stepStates(inst, progress.account).map((v) => v.state);
}

function evidenceTexts(progress: YearProgress, key: string): Array<string | null> {
  const inst = progress.institutions[key];
  if (!inst) throw new Error(`no institution ${key}`);
  return stepStates(inst, progress.account).map((v) => v.evidence?.what ?? null);
}

/** The account page with its role line read into a list of institutions. */
function accountWithRoleLine(at: number, primary: boolean, institutions: Array<{ name: string; customerNumber: string | null }>) {
  return Object.assign(accountPage(at, primary), { institutions });
}

describe('one institution, step by step', () => {
  it('ticks 1 → 7 in order, each with what was seen', () => {
    let p = emptyYearProgress(2026);

    p = apply(p, loginPage(T));
    expect(p.institutions).toEqual({});
    expect(p.account.login).toBeNull();

    p = apply(p, accountWithRoleLine(T + minute, true, [BAKEN]));
    expect(states(p, '100231')).toEqual(['done', 'todo', 'todo', 'todo', 'todo', 'todo', 'todo']);
    expect(p.account.login).toMatchObject({ what: 'Ingelogd als 1e contactpersoon', page: 'account', at: T + minute });

    p = apply(p, renewalsPage(T + 2 * minute, [{ institution: BAKEN, canClaim: true }]));
    expect(currentStep(p.institutions['100231']!, p.account)).toBe(2);
    expect(p.institutions['100231']!.preparedLines).toHaveLength(1);

    p = apply(p, cartPage(T + 3 * minute, BAKEN));
    expect(states(p, '100231')).toEqual(['done', 'done', 'todo', 'todo', 'todo', 'todo', 'todo']);
    expect(p.activeCartKey).toBe('100231');
    expect(p.institutions['100231']!.claimedAt).toBe(T + 3 * minute);

    p = applyUserAction(p, { type: 'confirm-quantities', key: '100231' }, T + 4 * minute);
    expect(currentStep(p.institutions['100231']!, p.account)).toBe(4);

    p = apply(p, cartPage(T + 5 * minute, BAKEN, 'PO-2026-17'));
    expect(states(p, '100231')).toEqual(['done', 'done', 'done', 'done', 'todo', 'todo', 'todo']);

    p = apply(p, thankYouPage(T + 6 * minute, BAKEN, '204517'));
    expect(currentStep(p.institutions['100231']!, p.account)).toBe(6);
    expect(p.activeCartKey).toBeNull();
    expect(p.institutions['100231']).toMatchObject({ orderNumber: '204517', orderStatus: 'open', placedAt: T + 6 * minute });

    p = apply(p, openOrdersPage(T + 7 * minute, [orderRow('204517', BAKEN, 'open')]));
    expect(currentStep(p.institutions['100231']!, p.account)).toBe(6);

    p = apply(p, historyPage(T + 8 * minute, [orderRow('204517', BAKEN, 'approved')]));
    expect(states(p, '100231')).toEqual(['done', 'done', 'done', 'done', 'done', 'done', 'done']);
    expect(evidenceTexts(p, '100231')).toEqual([
      'Ingelogd als 1e contactpersoon',
      'Winkelwagen geclaimd',
      'Aantallen gecontroleerd',
      'Referentie ‘PO-2026-17’ ingevuld',
      'Bestelling 204517 geplaatst',
      'Status Goedgekeurd gezien in Bestelhistorie',
      'Registratie afgerond',
    ]);
    expect(p.institutions['100231']!.evidence[6]?.url).toBe('https://www.slbdiensten.nl/account/bestelhistorie/');
  });

  it('placing the order also completes "check the quantities", and without a reference step 4 is skipped', () => {
    const p = apply(
      emptyYearProgress(2026),
      accountPage(T),
      cartPage(T + minute, BAKEN),
      thankYouPage(T + 2 * minute, BAKEN, '204517'),
    );
    expect(states(p, '100231')).toEqual(['done', 'done', 'done', 'skipped', 'done', 'todo', 'todo']);
  });

  it('a reference typed and cleared again before ordering does not count', () => {
    let p = apply(emptyYearProgress(2026), accountPage(T), cartPage(T + minute, BAKEN, 'PO-1'));
    expect(states(p, '100231')[3]).toBe('done');
    p = apply(p, cartPage(T + 2 * minute, BAKEN, '  '));
    expect(states(p, '100231')[3]).toBe('todo');
    expect(p.institutions['100231']!.reference).toBeNull();
  });

  it('a reference typed before checking the quantities does not tick step 3', () => {
    const p = apply(emptyYearProgress(2026), accountPage(T), cartPage(T + minute, BAKEN, 'PO-1'));
    expect(states(p, '100231')).toEqual(['done', 'done', 'todo', 'done', 'todo', 'todo', 'todo']);
    expect(currentStep(p.institutions['100231']!, p.account)).toBe(3);
  });

  it('a thank-you page without an institution belongs to the claimed cart', () => {
    const p = apply(emptyYearProgress(2026), accountPage(T), cartPage(T + minute, ROC), thankYouPage(T + 2 * minute, null, '204600'));
    expect(p.institutions['100587']!.orderNumber).toBe('204600');
  });

  it('an empty cart means no cart is claimed any more', () => {
    let p = apply(emptyYearProgress(2026), accountPage(T), cartPage(T + minute, BAKEN));
    expect(p.activeCartKey).toBe('100231');
    p = apply(p, emptyCartPage(T + 2 * minute));
    expect(p.activeCartKey).toBeNull();
    expect(states(p, '100231')[1]).toBe('done');
  });

  it('a prepared order that can no longer be claimed counts as claimed', () => {
    const p = apply(emptyYearProgress(2026), accountPage(T), renewalsPage(T + minute, [{ institution: BAKEN, canClaim: false }]));
    expect(states(p, '100231').slice(0, 3)).toEqual(['done', 'done', 'todo']);
  });
});

describe('a colleague who is not the 1e contactpersoon', () => {
  const refusal =
    'Alleen de 1e contactpersoon kan deze winkelwagen claimen. Is de 1e contactpersoon veranderd? Stuur een e-mail naar servicedesk@slbdiensten.nl.';

  it('is logged in, but step 1 stays open and nothing the colleague sees ticks a step', () => {
    const renewals = { ...renewalsPage(T + minute, [{ institution: BAKEN, canClaim: false }]), isPrimaryContact: false, messages: [refusal] };
    const p = apply(emptyYearProgress(2026), accountWithRoleLine(T, false, [{ name: 'Het Baken College', customerNumber: null }]), renewals);
    expect(p.account.primaryContact).toBe(false);
    expect(p.account.refusal).toBe(refusal);
    expect(Object.keys(p.institutions)).toEqual(['100231']);
    expect(states(p, '100231')).toEqual(['todo', 'todo', 'todo', 'todo', 'todo', 'todo', 'todo']);
  });

  it('when the 1e contactpersoon logs in afterwards, step 1 is done', () => {
    const p = apply(emptyYearProgress(2026), accountWithRoleLine(T, false, [BAKEN]), accountWithRoleLine(T + minute, true, [BAKEN]));
    expect(p.account).toMatchObject({ primaryContact: true, refusal: null });
    expect(states(p, '100231')[0]).toBe('done');
  });
});

describe('three institutions of one school board', () => {
  const roleLine = [
    { name: 'Het Baken College', customerNumber: null },
    { name: 'ROC Rivierland', customerNumber: null },
    { name: 'Lyceum Zuiderpark', customerNumber: null },
  ];

  const p = apply(
    emptyYearProgress(2026),
    accountWithRoleLine(T, true, roleLine),
    renewalsPage(T + minute, [
      { institution: BAKEN, canClaim: true },
      { institution: ROC, canClaim: true },
    ]),
    cartPage(T + 2 * minute, BAKEN),
    thankYouPage(T + 3 * minute, BAKEN, '204517'),
    cartPage(T + 4 * minute, ROC),
    historyPage(T + 5 * minute, [orderRow('204517', BAKEN, 'open'), orderRow('203988', LYCEUM, 'approved', '14-11-2025')]),
  );

  it('keeps one record per institution, moved to its customer number once a page shows it', () => {
    expect(Object.keys(p.institutions).sort()).toEqual(['100231', '100587', '100912']);
    expect(p.institutions['100231']!.institution).toEqual(BAKEN);
  });

  it('tracks each institution separately', () => {
    expect(states(p, '100231')).toEqual(['done', 'done', 'done', 'skipped', 'done', 'todo', 'todo']);
    expect(states(p, '100587')).toEqual(['done', 'done', 'todo', 'todo', 'todo', 'todo', 'todo']);
    expect(states(p, '100912')).toEqual(['done', 'done', 'done', 'skipped', 'done', 'done', 'done']);
    expect(p.activeCartKey).toBe('100587');
  });

  it('an approved order seen only in Bestelhistorie completes an institution', () => {
    expect(p.institutions['100912']).toMatchObject({ orderNumber: '203988', orderStatus: 'approved' });
    expect(evidenceTexts(p, '100912')[5]).toBe('Status Goedgekeurd gezien in Bestelhistorie');
  });
});

describe('Licenties, toekomstige licenties', () => {
  const lines = (staff: number) => [{ product: 'Basispakket medewerkers', quantity: staff, quantityText: String(staff) }];

  it('stores each institution’s future licences for the cart check', () => {
    const page = {
      ...emptyObservation('licenses', 'https://www.slbdiensten.nl/account/licenties/', T),
      loggedIn: true,
      futureLicensesByInstitution: [
        { institution: BAKEN, lines: lines(2050) },
        { institution: ROC, lines: lines(1990) },
      ],
    };
    const p = apply(emptyYearProgress(2026), page);
    expect(p.institutions['100231']!.futureLicenses).toEqual(lines(2050));
    expect(p.institutions['100587']!.futureLicenses).toEqual(lines(1990));
  });

  it('a page for one institution without headings gives its lines to that institution', () => {
    const page = { ...emptyObservation('licenses', 'https://www.slbdiensten.nl/account/licenties/', T), institution: LYCEUM, futureLicenses: lines(800) };
    expect(apply(emptyYearProgress(2026), page).institutions['100912']!.futureLicenses).toEqual(lines(800));
  });
});

describe('orders in Bestelhistorie', () => {
  it('ignore last year’s order and orders outside the registration period', () => {
    const p = apply(
      emptyYearProgress(2026),
      accountPage(T),
      historyPage(T + minute, [orderRow('190001', BAKEN, 'completed', '20-11-2024'), orderRow('199999', BAKEN, 'approved', '15-03-2025')]),
    );
    expect(p.institutions['100231']).toBeUndefined();
  });

  it('statuses only move forward: a stale "Open" after "Goedgekeurd" does not undo step 6', () => {
    let p = apply(emptyYearProgress(2026), accountPage(T), thankYouPage(T + minute, BAKEN, '204517'));
    p = apply(p, historyPage(T + 2 * minute, [orderRow('204517', BAKEN, 'approved')]));
    p = apply(p, openOrdersPage(T + 3 * minute, [orderRow('204517', BAKEN, 'open')]));
    expect(p.institutions['100231']).toMatchObject({ orderStatus: 'approved', orderStatusAt: T + 2 * minute });
    expect(states(p, '100231')[5]).toBe('done');

    p = apply(p, historyPage(T + 4 * minute, [orderRow('204517', BAKEN, 'completed')]));
    expect(p.institutions['100231']).toMatchObject({ orderStatus: 'completed', orderStatusAt: T + 4 * minute });
  });

  it('an order row without status on Openstaande bestellingen is open', () => {
    const p = apply(emptyYearProgress(2026), accountPage(T), openOrdersPage(T + minute, [orderRow('204517', BAKEN, null, null)]));
    expect(p.institutions['100231']).toMatchObject({ orderNumber: '204517', orderStatus: 'open' });
    expect(states(p, '100231')[5]).toBe('todo');
  });

  it.each([
    ['21-11-2025', 2026],
    ['05-01-2026', 2026],
    ['01-10-2026', 2027],
    ['15-03-2026', null],
    ['2025-11-21', null],
  ] as const)('%s belongs to the registration of %s', (date, year) => {
    expect(registrationYearOfOrderDate(date)).toBe(year);
  });
});

describe('nothing new, nothing written', () => {
  it('returns the very same object when a page tells nothing new', () => {
    const once = apply(emptyYearProgress(2026), accountPage(T), cartPage(T + minute, BAKEN, 'PO-1'));
    expect(applyObservation(once, cartPage(T + 2 * minute, BAKEN, 'PO-1'))).toBe(once);
    expect(applyObservation(once, accountPage(T + 3 * minute))).toBe(once);
  });

  it('returns a new object, leaving the old one untouched, when something changed', () => {
    const before = apply(emptyYearProgress(2026), accountPage(T));
    const snapshot = structuredClone(before);
    const after = applyObservation(before, cartPage(T + minute, BAKEN));
    expect(after).not.toBe(before);
    expect(before).toEqual(snapshot);
  });

  it('remembers what a page kind could not read, and only rewrites that when it changes', () => {
    const unread = { ...emptyObservation('cart', 'https://www.slbdiensten.nl/winkelwagen/', T), unread: ['Referentie'] };
    const p = applyObservation(emptyYearProgress(2026), unread);
    expect(p.lastPages.cart).toEqual({ at: T, url: 'https://www.slbdiensten.nl/winkelwagen/', unread: ['Referentie'] });
    expect(applyObservation(p, { ...unread, seenAt: T + minute })).toBe(p);
  });
});

describe('countsForCampaign', () => {
  const campaign = resolveCampaign(2026);

  it('a cart or thank-you page counts during the registration season, not for an ordinary order in spring', () => {
    expect(countsForCampaign(cartPage(T, BAKEN), campaign)).toBe(true);
    expect(countsForCampaign(thankYouPage(Date.UTC(2025, 11, 20), BAKEN, '204517'), campaign)).toBe(true);
    expect(countsForCampaign(thankYouPage(Date.UTC(2025, 2, 10), BAKEN, '199999'), campaign)).toBe(false);
    expect(countsForCampaign(cartPage(Date.UTC(2026, 2, 10), BAKEN), campaign)).toBe(false);
  });

  it('other pages always count: order lists are filtered by their dates', () => {
    expect(countsForCampaign(historyPage(Date.UTC(2026, 2, 10), []), campaign)).toBe(true);
    expect(countsForCampaign(accountPage(Date.UTC(2025, 2, 10)), campaign)).toBe(true);
  });
});
