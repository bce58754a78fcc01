/**
 * How big a page snapshot may be (lib/content/page-snapshot.ts). The HTML bound is far above any
 * shop page (the 2,000-row order history of the benchmark is under 1 MB) and keeps one message, and
 * the parse behind it, within what a browser handles without a stall.
 */
export const SNAPSHOT_LIMITS = {
  html: 8_000_000,
  url: 4000,
  /** Fields with a typed or chosen state; a page with more is read with the rest as the HTML says. */
  fields: 2000,
  fieldValue: 2000,
} as const;
