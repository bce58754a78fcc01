import { describe, expect, it } from 'vitest';
import { applyObservation } from './apply-observation';
import { resolveCampaign } from './campaign';
import type { PageObservation } from './observation';
import { emptyYearProgress, type YearProgress } from './progress';
import { reattributePage } from './reattribute';
import { buildSidebarView } from './sidebar-view';
import { stepStates } from './steps';
import { accountPage, BAKEN, cartLine, cartPage, LYCEUM, renewalsPage, ROC, thankYouPage } from './test-support/observations';

const T = Date.UTC(2025, 10, 20, 10);
const campaign = resolveCampaign(2026);

/** A cart whose A3 medewerkers exceed the base packages once those are known, and A5 above A3 (R01). */
const ROC_CART = [
  cartLine('Microsoft 365 A3 medewerkers', 1996),
  cartLine('Microsoft 365 A5 medewerkers (step-up)', 2010),
  cartLine('Microsoft 365 A3 leerlingen/studenten', 21000),
];

function after(pages: PageObservation[], chosenKey: string | null = null, start = emptyYearProgress(2026)): YearProgress {
  return pages.reduce((p, o) => applyObservation(p, o, { chosenKey }), start);
}

function sidebar(progress: YearProgress, observation: PageObservation, selectedKey: string | null = null) {
  return buildSidebarView({
    now: T,
    progress,
    campaign,
    observation,
    page: observation.kind,
    language: 'nl',
    collapsed: false,
    selectedKey,
    storeNotices: [],
  });
}

const three = renewalsPage(T - 9000, [
  { institution: BAKEN, canClaim: true },
  { institution: ROC, canClaim: true },
  { institution: LYCEUM, canClaim: true },
]);
const rocClaimed = renewalsPage(T - 8000, [
  { institution: BAKEN, canClaim: true },
  { institution: ROC, canClaim: false },
  { institution: LYCEUM, canClaim: true },
]);

describe('a cart page that names no institution', () => {
  it('belongs to the claimed cart: recorded there, and the sidebar says so', () => {
    // The cart was first seen with its name, then the page (re-rendered) without it.
    const progress = after([accountPage(T - 10000), three, cartPage(T - 5000, ROC), cartPage(T, null, '', ROC_CART)]);
    expect(progress.institutions['100587']?.cartLines?.map((l) => l.quantity)).toEqual([1996, 2010, 21000]);
    const view = sidebar(progress, cartPage(T, null, '', ROC_CART));
    expect(view.institution?.name).toBe('ROC Rivierland');
    expect(view.attribution).toBe('claimed-cart');
  });

  it('is the only institution’s when Vinkje knows one', () => {
    const progress = after([accountPage(T - 10000), renewalsPage(T - 9000, [{ institution: ROC, canClaim: true }]), cartPage(T, null, '', ROC_CART)]);
    expect(stepStates(progress.institutions['100587']!, progress.account)[1]?.state).toBe('done');
    expect(sidebar(progress, cartPage(T, null, '', ROC_CART)).attribution).toBe('only-institution');
  });

  it('is the chosen institution’s when several are known and none is claimed', () => {
    const progress = after([accountPage(T - 10000), three, cartPage(T, null, '', ROC_CART)], '100912');
    expect(progress.institutions['100912']?.cartLines).toHaveLength(3);
    expect(sidebar(progress, cartPage(T, null, '', ROC_CART), '100912').attribution).toBe('chosen');
  });

  it('is kept, not dropped, when nothing tells whose it is, and attached on the next page that names it', () => {
    const unknown = after([accountPage(T - 10000), three, cartPage(T - 1000, null, 'PO-77', ROC_CART)]);
    expect(Object.values(unknown.institutions).some((i) => i.cartLines)).toBe(false);
    expect(unknown.unattributed).toHaveLength(1);
    const view = sidebar(unknown, cartPage(T - 1000, null, 'PO-77', ROC_CART));
    expect(view.institution).toBeNull();
    expect(view.pageUnattributed).toBe(true);

    const quantityForRoc: PageObservation = { ...cartPage(T, ROC), kind: 'quantity', cartLines: [], quantityForm: { product: 'Microsoft 365 A3 medewerkers', value: '2000' } };
    const known = applyObservation(unknown, quantityForRoc);
    expect(known.institutions['100587']?.cartLines?.map((l) => l.quantity)).toEqual([1996, 2010, 21000]);
    expect(known.institutions['100587']?.reference).toBe('PO-77');
    expect(known.unattributed).toBeUndefined();
  });

  it('is attached when the person chooses the institution in the sidebar', () => {
    const page = cartPage(T, null, '', ROC_CART);
    const unknown = after([accountPage(T - 10000), three, page]);
    const chosen = reattributePage(unknown, page, null, '100587');
    expect(chosen.institutions['100587']?.cartLines).toHaveLength(3);
    expect(chosen.activeCartKey).toBe('100587');
    expect(chosen.unattributed).toBeUndefined();
  });

  it('moves to the institution the person corrects it to', () => {
    const page = cartPage(T, null, 'PO-1', ROC_CART);
    const wrong = after([accountPage(T - 10000), three, page], '100231');
    expect(wrong.institutions['100231']?.cartLines).toHaveLength(3);
    const fixed = reattributePage(wrong, page, '100231', '100587');
    expect(fixed.institutions['100231']?.cartLines).toBeNull();
    expect(fixed.institutions['100231']?.evidence[2]).toBeUndefined();
    expect(fixed.institutions['100231']?.reference).toBeNull();
    expect(fixed.institutions['100587']?.cartLines).toHaveLength(3);
    expect(fixed.institutions['100587']?.reference).toBe('PO-1');
    // Asked again, nothing more moves.
    expect(reattributePage(fixed, page, '100587', '100587')).toBe(fixed);
  });

  it('a page that names its institution is never moved by a choice', () => {
    const page = cartPage(T, ROC, '', ROC_CART);
    const progress = after([accountPage(T - 10000), three, page]);
    expect(reattributePage(progress, page, null, '100231')).toBe(progress);
  });
});

describe('a claim pressed on Licenties verlengen', () => {
  const claim = (at: number, institution = ROC): PageObservation => ({ ...three, seenAt: at, claiming: institution });

  it('makes the next cart page that names no institution that institution’s', () => {
    const progress = after([accountPage(T - 10000), three, claim(T - 2000), cartPage(T, null, '', ROC_CART)]);
    expect(progress.institutions['100587']?.cartLines).toHaveLength(3);
    expect(progress.activeCartKey).toBe('100587');
    expect(progress.claimIntent).toBeUndefined();
    expect(sidebar(progress, cartPage(T, null, '', ROC_CART)).attribution).toBe('claimed-cart');
  });

  it('says nothing about a cart seen more than an hour later', () => {
    const progress = after([accountPage(T - 10000), three, claim(T - 2 * 3_600_000), cartPage(T, null, '', ROC_CART)]);
    expect(progress.institutions['100587']?.cartLines).toBeNull();
    expect(progress.unattributed).toHaveLength(1);
  });

  it('does not move a cart that is still claimed for another institution', () => {
    const progress = after([accountPage(T - 10000), three, cartPage(T - 5000, BAKEN), claim(T - 2000), cartPage(T, null, '', ROC_CART)]);
    expect(progress.activeCartKey).toBe('100231');
    expect(progress.institutions['100587']?.cartLines).toBeNull();
  });
});

describe('a thank-you page that names no institution', () => {
  it('is the claimed cart’s order', () => {
    const progress = after([accountPage(T - 10000), rocClaimed, cartPage(T - 5000, ROC, '', ROC_CART), thankYouPage(T, null, '204518')]);
    expect(progress.institutions['100587']?.orderNumber).toBe('204518');
    expect(progress.institutions['100231']?.orderNumber).toBeNull();
    // Placing the order ended the claim; the sidebar still knows whose order the page shows.
    const view = sidebar(progress, thankYouPage(T, null, '204518'));
    expect(view.institution?.name).toBe('ROC Rivierland');
    expect(view.attribution).toBe('claimed-cart');
  });

  it('tells the user to approve, not to claim, even when its institution is unknown', () => {
    const unknown = after([accountPage(T - 10000), three, thankYouPage(T, null, '204518')]);
    const view = sidebar(unknown, thankYouPage(T, null, '204518'));
    expect(view.nextAction?.nl).toContain('goedkeuren');
    expect(view.nextAction?.nl).not.toContain('Licenties verlengen');
  });
});

describe('the cart check runs on the cart the page shows', () => {
  it('finds A5 above A3 without knowing the institution, and says what it still needs', () => {
    const page = cartPage(T, null, '', ROC_CART);
    const view = sidebar(after([accountPage(T - 10000), three, page]), page);
    expect(view.cartCheck?.status).toBe('checked');
    expect(view.cartCheck?.findings.map((f) => f.rule)).toContain('R01');
    expect(view.cartCheck?.complete).toBe(false);
    expect(view.cartCheck?.notices.map((n) => n.code)).toEqual(['future-licenses-unknown', 'prepared-lines-unknown']);
    // "Wat nu" fits a person standing in a cart: check the quantities, not "go and claim one".
    expect(view.nextAction?.nl).toContain('Controleer de aantallen');
  });

  it('is complete only when every line was read and every rule could run', () => {
    const lines = [cartLine('Microsoft 365 A3 medewerkers', 1996)];
    const known = after([
      accountPage(T - 10000),
      { ...renewalsPage(T - 9000, [{ institution: ROC, canClaim: false }]) },
      {
        ...cartPage(T - 8000, ROC),
        kind: 'licenses',
        cartLines: [],
        futureLicenses: [{ product: 'Basispakket medewerkers', quantity: 2000, quantityText: '2.000' }, { product: 'Basispakket leerlingen/studenten', quantity: 21500, quantityText: '21.500' }],
      },
      cartPage(T, null, '', lines),
    ]);
    const view = sidebar(known, cartPage(T, null, '', lines));
    expect(view.cartCheck?.findings).toEqual([]);
    expect(view.cartCheck?.complete).toBe(true);
  });

  it('a cart page whose lines could not be read says so instead of showing no check', () => {
    const page: PageObservation = { ...cartPage(T, null, '', []), unread: ['geen winkelwagenregels gevonden'] };
    const view = sidebar(after([accountPage(T - 10000), three]), page);
    expect(view.cartCheck?.status).toBe('no-lines');
  });

  it('an emptied cart is not checked from the lines stored before', () => {
    const progress = after([accountPage(T - 10000), three, cartPage(T - 5000, ROC, '', ROC_CART)]);
    const emptied = cartPage(T, ROC, '', []);
    expect(sidebar(applyObservation(progress, emptied), emptied).cartCheck?.status).toBe('empty-cart');
  });

  it('a claim pressed before the institution\'s customer number was known follows it to its new key', () => {
    const byName = { name: 'ROC Rivierland', customerNumber: null };
    // The account's role line names the three by name only.
    const roleLine = { ...accountPage(T - 10000), institutions: ['Het Baken College', 'ROC Rivierland', 'Lyceum Zuiderpark'].map((name) => ({ name, customerNumber: null })) };
    const claimed = { ...three, preparedOrders: [], seenAt: T - 3000, claiming: byName };
    const progress = after([roleLine, claimed, renewalsPage(T - 2000, [{ institution: ROC, canClaim: false }]), cartPage(T, null, '', ROC_CART)]);
    expect(Object.keys(progress.institutions)).toHaveLength(3);
    expect(progress.institutions['100587']?.cartLines).toHaveLength(3);
  });

  it('an empty cart says it is empty', () => {
    const page = cartPage(T, null, '', []);
    expect(sidebar(after([accountPage(T - 10000), three]), page).cartCheck?.status).toBe('empty-cart');
  });
});
