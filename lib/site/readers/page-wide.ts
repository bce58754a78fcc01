/**
 * Fields every page may show, read on every page whatever its kind: logged in, the role, the
 * renewals waiting, messages and the deadline.
 */

import type { PageKind } from '../../core/observation';
import type { PageContext } from '../context';
import { hasVisiblePassword, isHidden } from '../dom/visibility';
import { elementText } from '../dom/element-text';
import { matchesAny, normalize } from '../dom/normalize';
import type { Line } from '../dom/page-walk';
import { CONTROLS } from '../labels/controls';
import { MESSAGE_SELECTOR } from '../labels/structure';
import { TEXTS } from '../labels/texts';

export function readLoggedIn(ctx: PageContext): boolean | null {
  const all = ctx.controls();
  const visible = all.filter((c) => !c.hidden);
  if (visible.some((c) => matchesAny(c.norm, CONTROLS.logout))) return true;
  if (visible.some((c) => matchesAny(c.norm, CONTROLS.accountMenu) || TEXTS.renewalsCount.test(c.norm))) return true;
  if (hasVisiblePassword(ctx.root) || visible.some((c) => matchesAny(c.norm, CONTROLS.login))) return false;
  // A log-out link in a closed account menu: logged in all the same.
  if (all.some((c) => matchesAny(c.norm, CONTROLS.logout))) return true;
  return null;
}

/** The role line on /account/ pages, and the refusal a non-primary contact gets. False wins: it is the safe side. */
export function readPrimaryContact(ctx: PageContext): boolean | null {
  let result: boolean | null = null;
  const lines = ctx.pageText().lines;
  // Lines before the first candidate match neither sentence (line-search.ts).
  for (let i = ctx.allLinesSearch().firstCandidate(TEXTS.onlyPrimaryMay, TEXTS.roleLine); i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.hidden) continue;
    if (TEXTS.onlyPrimaryMay.test(line.norm)) return false;
    const m = TEXTS.roleLine.exec(line.norm);
    if (m) {
      if (!m[1]) return false;
      result = true;
    }
  }
  return result;
}

/** "Licenties verlengen (3)" in the account menu; 0 when the menu item shows no number. */
export function readRenewalsWaiting(ctx: PageContext): number | null {
  let found: number | null = null;
  for (const c of ctx.controls()) {
    const m = TEXTS.renewalsCount.exec(c.norm);
    if (!m) continue;
    const count = m[1] ?? m[2];
    const n = count ? Number(count) : 0;
    if (!c.hidden) return n;
    found ??= n;
  }
  return found;
}

export function readMessages(ctx: PageContext): string[] {
  const out: string[] = [];
  const boxes: Element[] = [];
  // Asked of the document itself rather than taken from the walk: one scan, and a page whose DOM
  // misbehaves shows up here as an unread entry instead of silently reading no messages.
  for (const el of Array.from(ctx.root.querySelectorAll(MESSAGE_SELECTOR))) {
    if (isHidden(el) || boxes.some((b) => b.contains(el))) continue;
    // The message as a sentence: its buttons ("Basispakketten toevoegen", "×") are not part of it.
    const text = elementText(el, false, true);
    if (!text) continue;
    boxes.push(el);
    if (!out.includes(text)) out.push(text);
  }
  // Known shop messages shown without an ARIA role (lines before the first candidate match none).
  const lines = ctx.contentLines();
  for (let i = ctx.contentSearch().firstCandidate(...TEXTS.knownMessages); i < lines.length; i++) {
    const line = lines[i] as Line;
    if (!matchesAny(line.norm, TEXTS.knownMessages)) continue;
    if (boxes.some((b) => b.contains(line.el))) continue;
    if (!out.some((m) => m.includes(line.text))) out.push(line.text);
  }
  return out;
}

/** The order numbers the shop's messages say were just approved. */
export function readApprovedOrders(messages: readonly string[]): string[] {
  const numbers: string[] = [];
  for (const message of messages) {
    const number = TEXTS.approvedMessage.exec(normalize(message))?.[1];
    if (number && !numbers.includes(number)) numbers.push(number);
  }
  return numbers;
}

/** Whether a message says an order was approved without naming it ("Je bestelling is goedgekeurd."). */
export function saysApprovedWithoutNumber(messages: readonly string[]): boolean {
  return messages.some((m) => TEXTS.approvedWithoutNumber.test(normalize(m)));
}

/**
 * The deadline sentence in the registration's own words ("Rond de registratie uiterlijk … af");
 * a "uiterlijk" elsewhere on the page (a webinar, a promotion) is not the deadline. Usually no line
 * matches: the search then skips every line.
 */
export function readDeadline(ctx: PageContext, kind: PageKind): string | null {
  const lines = ctx.contentLines();
  // On the registration's own pages every "uiterlijk" line is about it; elsewhere only one that says so.
  const registrationPage = kind === 'renewals' || kind === 'cart' || kind === 'quantity';
  for (let i = ctx.contentSearch().firstCandidate(TEXTS.deadline); i < lines.length; i++) {
    const line = lines[i] as Line;
    const m = TEXTS.deadline.exec(line.norm);
    // A promotion or webinar is never the deadline, whatever other words it uses.
    if (!m || TEXTS.notTheDeadline.test(line.norm)) continue;
    if (!registrationPage && !TEXTS.deadlineContext.test(line.norm)) continue;
    return line.text.length === line.norm.length ? line.text.slice(m.index, m.index + m[0].length) : m[0];
  }
  return null;
}
