/**
 * Which institution a page is about when the page itself does not say. The page first: an
 * institution the page names always wins. When it is silent, context decides, in this order:
 *  1. the institution whose prepared cart was claimed (the shop allows one claimed cart at a time,
 *     so a cart, quantity form or thank-you page without a name is that cart's),
 *  2. the only institution Vinkje knows,
 *  3. the one the person chose in the sidebar.
 * Pure: the same answer for the same progress, page and choice, so the background records and the
 * sidebar shows one and the same attribution.
 */
import { institutionAt } from './institution-records';
import type { PageKind, PageObservation } from './observation';
import { findInstitutionKey, type YearProgress } from './progress';

export const ATTRIBUTION_SOURCES = ['page', 'claimed-cart', 'only-institution', 'chosen'] as const;
export type AttributionSource = (typeof ATTRIBUTION_SOURCES)[number];

export interface Attribution {
  key: string;
  source: AttributionSource;
}

/** Pages that show the claimed cart or what became of it: a page of these is the claimed cart's. */
const CART_PAGES: ReadonlySet<PageKind> = new Set<PageKind>(['cart', 'quantity', 'thank-you']);

export function isCartPage(kind: PageKind): boolean {
  return CART_PAGES.has(kind);
}

/** A claim pressed longer ago than this no longer says which cart the shop shows. */
export const CLAIM_INTENT_MS = 60 * 60 * 1000;

/** The institution from context alone (the page named none). `at`: when the page was seen. */
export function attributeFromContext(progress: YearProgress, kind: PageKind, chosenKey: string | null, at: number | null = null): Attribution | null {
  const active = CART_PAGES.has(kind) ? institutionAt(progress, progress.activeCartKey) : undefined;
  if (active) {
    // A claimed cart that was itself attributed from context keeps saying how.
    return { key: active.key, source: progress.activeCartSource ?? 'claimed-cart' };
  }
  const intent = progress.claimIntent;
  if (CART_PAGES.has(kind) && intent && institutionAt(progress, intent.key) && (at === null || (at >= intent.at && at - intent.at < CLAIM_INTENT_MS))) {
    return { key: intent.key, source: 'claimed-cart' };
  }
  const keys = Object.keys(progress.institutions);
  if (keys.length === 1) return { key: keys[0] as string, source: 'only-institution' };
  const chosen = institutionAt(progress, chosenKey);
  if (chosen) return { key: chosen.key, source: 'chosen' };
  return null;
}

/** The institution this page belongs to: the one it names when Vinkje knows it, else from context. */
export function attributePage(progress: YearProgress, observation: PageObservation, chosenKey: string | null): Attribution | null {
  if (observation.institution) {
    const named = findInstitutionKey(progress, observation.institution);
    if (named) return { key: named, source: 'page' };
  }
  // A thank-you page's order number, once recorded, says whose order it is (placing it ended the claim).
  if (observation.kind === 'thank-you' && observation.orderNumber) {
    const placed = Object.values(progress.institutions).find((i) => i.orderNumber === observation.orderNumber);
    if (placed) return { key: placed.key, source: 'claimed-cart' };
  }
  return attributeFromContext(progress, observation.kind, chosenKey, observation.seenAt);
}
