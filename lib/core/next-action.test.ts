import { describe, expect, it } from 'vitest';
import { applyObservation } from './apply-observation';
import { nextAction, nonPrimaryExplanation, secondClaimWarning } from './next-action';
import type { PageObservation } from './observation';
import { emptyYearProgress, type YearProgress } from './progress';
import { BAKEN, ROC, accountPage, cartPage, historyPage, loginPage, orderRow, renewalsPage, thankYouPage } from './test-support/observations';
import { applyUserAction } from './user-actions';

const T = Date.UTC(2025, 10, 20, 8, 0);
const minute = 60_000;

function seen(...observations: PageObservation[]): YearProgress {
  return observations.reduce((p, o) => applyObservation(p, o), emptyYearProgress(2026));
}

const both = [
  { institution: BAKEN, canClaim: true },
  { institution: ROC, canClaim: true },
];

describe('secondClaimWarning', () => {
  it('warns before claiming ROC Rivierland while Het Baken College’s cart is claimed and not ordered', () => {
    const p = seen(accountPage(T), renewalsPage(T + minute, both), cartPage(T + 2 * minute, BAKEN));
    expect(secondClaimWarning(p, '100587')).toEqual({
      nl: 'Er kan maar 1 winkelwagen tegelijk worden geclaimd. Rond eerst Het Baken College af (stap 3 t/m 6).',
      en: 'Only one cart can be claimed at a time. First finish Het Baken College (steps 3 to 6).',
    });
    expect(nextAction(p, '100587')).toMatchObject({ step: 2, target: 'cart', text: secondClaimWarning(p, '100587') });
  });

  it('does not warn for the institution whose cart is claimed, nor once its order is placed', () => {
    const claimed = seen(accountPage(T), renewalsPage(T + minute, both), cartPage(T + 2 * minute, BAKEN));
    expect(secondClaimWarning(claimed, '100231')).toBeNull();
    const ordered = applyObservation(claimed, thankYouPage(T + 3 * minute, BAKEN, '204517'));
    expect(secondClaimWarning(ordered, '100587')).toBeNull();
  });

  it('does not warn when no cart is claimed', () => {
    expect(secondClaimWarning(seen(accountPage(T), renewalsPage(T + minute, both)), '100587')).toBeNull();
  });
});

describe('nextAction', () => {
  it('before anything is known: log in as 1e contactpersoon', () => {
    expect(nextAction(seen(loginPage(T)), null)).toMatchObject({ step: 1, target: 'login' });
  });

  it('for a colleague: explains that only the 1e contactpersoon can register', () => {
    const p = seen({ ...accountPage(T, false), institution: BAKEN });
    expect(nextAction(p, '100231')).toEqual({ step: 1, text: nonPrimaryExplanation(), target: 'account' });
    expect(nonPrimaryExplanation().nl).toContain('servicedesk@slbdiensten.nl');
    expect(nonPrimaryExplanation().nl).toContain('020-420 1396');
  });

  it('walks through the manual’s instructions for one institution', () => {
    let p = seen(accountPage(T), renewalsPage(T + minute, [{ institution: BAKEN, canClaim: true }]));
    expect(nextAction(p, '100231')).toMatchObject({ step: 2, target: 'renewals' });
    expect(nextAction(p, '100231').text.nl).toBe(
      'Ga naar Licenties verlengen, klap de order van Het Baken College open en klik op ‘Toevoegen aan winkelwagen’.',
    );

    p = applyObservation(p, cartPage(T + 2 * minute, BAKEN));
    expect(nextAction(p, '100231', 'cart').text.nl).toMatch(/^Controleer de aantallen\. Klik op Wijzigen en vul het totaal gewenste aantal in\./);
    expect(nextAction(p, '100231', 'renewals').text.nl).toMatch(/^Open de winkelwagen\./);

    p = applyUserAction(p, { type: 'confirm-quantities', key: '100231' }, T + 3 * minute);
    expect(nextAction(p, '100231')).toMatchObject({ step: 4, target: 'cart' });

    p = applyUserAction(p, { type: 'no-reference', key: '100231' }, T + 4 * minute);
    expect(nextAction(p, '100231')).toMatchObject({ step: 5, target: 'cart' });
    expect(nextAction(p, '100231').text.nl).toContain('Plaats bestelling');

    p = applyObservation(p, thankYouPage(T + 5 * minute, BAKEN, '204517'));
    expect(nextAction(p, '100231', 'thank-you').text.nl).toContain('Bestelling goedkeuren');
    expect(nextAction(p, '100231')).toMatchObject({
      step: 6,
      target: 'open-orders',
      text: { nl: 'Keur de bestelling goed via Openstaande bestellingen.' },
    });

    p = applyObservation(p, historyPage(T + 6 * minute, [orderRow('204517', BAKEN, 'completed')]));
    expect(nextAction(p, '100231')).toMatchObject({ step: 7, target: 'order-history' });
    expect(nextAction(p, '100231').text.nl).toContain('afgerond');
  });
});
