/**
 * What the content script hands the background instead of reading the page itself: the page's HTML
 * as the browser holds it now, plus what HTML does not carry (what a person has typed or chosen in a
 * field, and which element they clicked). Reading a page is most of Vinkje's cost on a page load
 * (the readers run cold in every new page); serialising it is one native call, so the shop's main
 * thread pays about a millisecond and the reading runs in the extension's own document.
 *
 * Nothing here knows the shop: it copies the page, the readers in lib/site make sense of it.
 */
import type { FieldState, PageSnapshot } from '../messages';
import { SNAPSHOT_LIMITS } from '../core/snapshot-limits';
import { CONTROL_SELECTOR, FIELD_SELECTOR } from '../site/labels/structure';

/**
 * The fields whose state differs from what their HTML says: typed values, ticked boxes, chosen
 * options. Fields left as the page wrote them are not listed (their attributes say it all).
 */
function changedFields(doc: Document): FieldState[] {
  const out: FieldState[] = [];
  // Numbered in document order: the reader numbers the fields of its copy with the same selector.
  const fields = doc.querySelectorAll(FIELD_SELECTOR);
  for (let at = 0; at < fields.length && out.length < SNAPSHOT_LIMITS.fields; at++) {
    const state = changedState(fields[at] as Element, at);
    if (state) out.push(state);
  }
  return out;
}

/** Tags rather than instanceof: the field may come from another realm (a frame, a test's document). */
function changedState(el: Element, at: number): FieldState | null {
  const tag = el.tagName.toUpperCase();
  if (tag === 'SELECT') {
    const select = el as HTMLSelectElement;
    const options = Array.from(select.querySelectorAll('option'));
    const changed = options.some((o) => (o.selected ?? false) !== (o.defaultSelected ?? o.hasAttribute('selected')));
    return changed ? { at, tag, selected: options.findIndex((o) => o.selected === true) } : null;
  }
  if (tag === 'TEXTAREA') {
    const area = el as HTMLTextAreaElement;
    const typed = typeof area.value === 'string' ? area.value : null;
    return typed !== null && typed !== (area.defaultValue ?? area.textContent ?? '') ? { at, tag, value: typed.slice(0, SNAPSHOT_LIMITS.fieldValue) } : null;
  }
  if (tag !== 'INPUT') return null;
  const input = el as HTMLInputElement;
  const type = (input.getAttribute('type') ?? '').toLowerCase();
  if (type === 'checkbox' || type === 'radio') {
    const written = input.defaultChecked ?? input.hasAttribute('checked');
    return typeof input.checked === 'boolean' && input.checked !== written ? { at, tag, checked: input.checked } : null;
  }
  const typed = typeof input.value === 'string' ? input.value : null;
  const written = input.defaultValue ?? input.getAttribute('value') ?? '';
  return typed !== null && typed !== written ? { at, tag, value: typed.slice(0, SNAPSHOT_LIMITS.fieldValue) } : null;
}

/** The position of an element among all elements of the document (document order), or -1. */
function elementIndex(doc: Document, el: Element): number {
  const all = doc.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) if (all[i] === el) return i;
  return -1;
}

/**
 * The page as it is now. `clicked`: the element a person just pressed, so the reader can tell what
 * the press was about (a cart claimed for one institution). A page over the size limit is cut: the
 * reader reads what came and says the rest was not read.
 */
export function takeSnapshot(doc: Document, url: string, now: number, clicked?: Element): PageSnapshot {
  // Read, never assigned: the copy is parsed only into an inert document in the extension (no
  // scripts, no loads; lib/site/snapshot.ts) and read there as text, never shown as HTML.
  // eslint-disable-next-line no-restricted-syntax
  const full = doc.documentElement.outerHTML;
  const truncated = full.length > SNAPSHOT_LIMITS.html;
  const snapshot: PageSnapshot = {
    html: truncated ? full.slice(0, SNAPSHOT_LIMITS.html) : full,
    url: url.slice(0, SNAPSHOT_LIMITS.url),
    seenAt: now,
    fields: changedFields(doc),
    truncated,
  };
  if (clicked) {
    const at = elementIndex(doc, clicked);
    if (at >= 0) snapshot.clicked = { at, tag: clicked.tagName.toUpperCase() };
  }
  return snapshot;
}

/**
 * The control a press on this element went to, if any: the readers care about presses on controls
 * (a claim), not clicks on text. What counts as a control is the readers' own definition.
 */
export function pressedControl(target: Element): Element | null {
  return target.closest(CONTROL_SELECTOR);
}
