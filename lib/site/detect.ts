/**
 * Which shop page is this? Each kind has a small detector that adds up evidence a person would use:
 * the page title, a distinctive form or button, a table's header set, a sentence only that page
 * says. The URL path is a weak hint that only breaks ties, because the real paths are unknown.
 * Anything unrecognised — or a page Vinkje deliberately leaves alone — is `unknown`.
 */

import type { PageKind } from '../core/observation';
import { createContext, type PageContext } from './context';
import { COLUMNS } from './labels/columns';
import { CONTROLS } from './labels/controls';
import { FIELD_LABELS, TEXTS } from './labels/texts';
import { PATH_HINTS, TITLES } from './labels/titles';
import { elementText } from './dom/element-text';
import { fieldByLabel } from './dom/fields';
import type { Control } from './dom/headings-controls';
import { labelText, matchesAny } from './dom/normalize';
import type { Line } from './dom/page-walk';
import { hasVisiblePassword } from './dom/visibility';

/** A match of the page title. */
const TITLE = 6;
/** A match of a lower heading (section title). */
const SUBHEADING = 2;
/** The URL path hint. */
const PATH = 1;
/** Below this, nothing on the page is convincing: unknown. */
const THRESHOLD = 5;

type Scored = Exclude<PageKind, 'unknown'> | 'unknown';

function titleScore(ctx: PageContext, patterns: readonly RegExp[]): number {
  if (ctx.titles().some((h) => matchesAny(h.norm, patterns))) return TITLE;
  if (ctx.headings().some((h) => !h.chrome && matchesAny(h.norm, patterns))) return SUBHEADING;
  return 0;
}

/** A control with this text outside the chrome; hidden ones only when allowHidden. */
function hasControl(ctx: PageContext, patterns: readonly RegExp[], allowHidden = false): boolean {
  const all = ctx.controls();
  // Controls before the first candidate match none of the patterns (line-search.ts).
  for (let i = ctx.controlSearch().firstCandidate(...patterns); i < all.length; i++) {
    const c = all[i] as Control;
    if (!c.chrome && (allowHidden || !c.hidden) && matchesAny(c.norm, patterns)) return true;
  }
  return false;
}

function hasLine(ctx: PageContext, pattern: RegExp): boolean {
  return ctx.contentSearch().some(pattern);
}

/**
 * Whether a line's label text (its norm without a trailing colon or star) matches. The label text
 * is a start of the norm followed only by non-word characters, so without `$` in the pattern a
 * match in the label text is also one in the norm, and hasLine's search may skip lines.
 */
function hasLabelLine(ctx: PageContext, pattern: RegExp): boolean {
  const lines = ctx.contentLines();
  const from = pattern.source.includes('$') ? 0 : ctx.contentSearch().firstCandidate(pattern);
  for (let i = from; i < lines.length; i++) {
    if (pattern.test(labelText((lines[i] as Line).text))) return true;
  }
  return false;
}

function hasHeader(ctx: PageContext, patterns: readonly RegExp[]): boolean {
  for (const label of ctx.headerLabels()) if (matchesAny(label, patterns)) return true;
  return false;
}

function visiblePassword(ctx: PageContext): boolean {
  return hasVisiblePassword(ctx.root);
}

function loggedOutForm(ctx: PageContext): boolean {
  const logout = ctx.controls().some((c) => !c.hidden && matchesAny(c.norm, CONTROLS.logout));
  return visiblePassword(ctx) && !logout;
}

/** The licences filter: a select (or radios/tabs) offering current and future licences. */
function hasLicenceFilter(ctx: PageContext): boolean {
  for (const select of Array.from(ctx.root.querySelectorAll('select'))) {
    const text = elementText(select, true).toLowerCase();
    if (TEXTS.futureFilter.test(text) && TEXTS.currentFilter.test(text)) return true;
  }
  return hasLine(ctx, TEXTS.futureFilter) && hasLine(ctx, TEXTS.currentFilter);
}

const DETECTORS: Record<Scored, (ctx: PageContext) => number> = {
  login: (ctx) => {
    const password = visiblePassword(ctx);
    return (
      titleScore(ctx, TITLES.login) +
      (password ? 3 : 0) +
      (password && loggedOutForm(ctx) ? 3 : 0) +
      (password && hasControl(ctx, CONTROLS.login) ? 1 : 0)
    );
  },
  account: (ctx) =>
    titleScore(ctx, TITLES.account) + (hasLine(ctx, TEXTS.roleLine) ? 2 : 0) + (hasLine(ctx, TEXTS.greeting) ? 1 : 0),
  licenses: (ctx) =>
    titleScore(ctx, TITLES.licenses) +
    (hasLicenceFilter(ctx) ? 4 : 0) +
    (hasHeader(ctx, COLUMNS.startDate) && hasHeader(ctx, COLUMNS.quantity) ? 2 : 0),
  renewals: (ctx) =>
    titleScore(ctx, TITLES.renewals) +
    (hasControl(ctx, CONTROLS.claim, true) ? 3 : 0) +
    (hasControl(ctx, CONTROLS.viewOrder, true) ? 1 : 0) +
    (hasLine(ctx, TEXTS.preparedOrderPrefix) ? 2 : 0),
  cart: (ctx) =>
    titleScore(ctx, TITLES.cart) +
    (hasControl(ctx, CONTROLS.placeOrder) ? 4 : 0) +
    (hasLine(ctx, TEXTS.emptyCart) ? 3 : 0) +
    (hasHeader(ctx, COLUMNS.quantity) && hasHeader(ctx, COLUMNS.unitPrice) ? 2 : 0) +
    (fieldByLabel(ctx.root, FIELD_LABELS.reference) ? 1 : 0),
  quantity: (ctx) =>
    titleScore(ctx, TITLES.quantity) +
    (hasLabelLine(ctx, TEXTS.quantityQuestion) ? 5 : 0) +
    (hasLine(ctx, TEXTS.quantityNow) ? 1 : 0),
  'thank-you': (ctx) =>
    titleScore(ctx, TITLES['thank-you']) +
    (hasLine(ctx, TEXTS.orderNumberIs) ? 3 : 0) +
    (hasLine(ctx, TEXTS.needsApproval) ? 1 : 0),
  'open-orders': (ctx) =>
    titleScore(ctx, TITLES['open-orders']) +
    (hasLine(ctx, TEXTS.noOpenOrders) ? 3 : 0) +
    (hasHeader(ctx, COLUMNS.orderNumber) && hasHeader(ctx, COLUMNS.date) ? 2 : 0) +
    (hasControl(ctx, CONTROLS.approve) ? 1 : 0),
  'order-history': (ctx) =>
    titleScore(ctx, TITLES['order-history']) +
    (hasHeader(ctx, COLUMNS.orderNumber) && hasHeader(ctx, COLUMNS.status) ? 2 : 0),
  unknown: (ctx) =>
    titleScore(ctx, TITLES.unknown) +
    (hasLine(ctx, TEXTS.confirmDelete) ? 3 : 0) +
    (hasControl(ctx, CONTROLS.confirmDelete) ? 1 : 0),
};

/** Every kind's evidence score (for diagnostics and tests). */
export function scorePage(ctx: PageContext): Record<Scored, number> {
  const scores = {} as Record<Scored, number>;
  for (const [kind, detector] of Object.entries(DETECTORS) as [Scored, (c: PageContext) => number][]) {
    scores[kind] = detector(ctx);
  }
  for (const hint of PATH_HINTS) {
    if (hint.pattern.test(ctx.path)) {
      const kind = hint.kind as Scored;
      if (kind in scores) scores[kind] += PATH;
      break;
    }
  }
  return scores;
}

/** The page kind for a prepared context (shared with the readers). */
export function detectKind(ctx: PageContext): PageKind {
  const scores = scorePage(ctx);
  if (scores.login >= THRESHOLD && loggedOutForm(ctx)) return 'login';
  let best: Scored = 'unknown';
  let bestScore = -1;
  let tie = false;
  for (const [kind, score] of Object.entries(scores) as [Scored, number][]) {
    if (score > bestScore) {
      best = kind;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) {
      tie = true;
    }
  }
  // Two kinds equally likely: say so rather than guess.
  if (bestScore < THRESHOLD || tie) return 'unknown';
  return best;
}

/** Which shop page the document shows. Never throws; anything unrecognised is `unknown`. */
export function detectPage(doc: Document, url: string): PageKind {
  try {
    return detectKind(createContext(doc, url));
  } catch {
    return 'unknown';
  }
}
