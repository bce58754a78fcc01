/**
 * Where to send the person for a page kind: the shop's own addresses, so they live with the shop's
 * other words here. Only a few shop paths are known; for the others the address of that page as
 * Vinkje last saw it is used, else the account page.
 */
import type { PageKind } from '../core/observation';
import type { YearProgress } from '../core/progress';

export const SHOP_ORIGIN = 'https://www.slbdiensten.nl';

const KNOWN_PATHS: Partial<Record<PageKind, string>> = {
  login: '/login/?redirect=%2Faccount%2F',
  account: '/account/',
  licenses: '/account/licenties/',
  renewals: '/account/licenties-verlengen/',
};

export function shopUrlFor(target: PageKind, progress: YearProgress | null): string {
  const seen = progress?.lastPages[target]?.url;
  if (seen && seen.startsWith(SHOP_ORIGIN + '/')) return seen;
  return SHOP_ORIGIN + (KNOWN_PATHS[target] ?? '/account/');
}
