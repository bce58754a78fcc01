/**
 * The institution a page is about, read from wherever a person would see it, strongest first:
 *  1. an inline label in the content ("Onderwijsinstelling: X", "Organisatie" / "X" in a card or
 *     definition list, "Bestelling voor X", "namens X" in a sentence),
 *  2. the page title or the subtitle under it ("Winkelwagen – X", "X (klantnummer N)"),
 *  3. the current entry of an organisation switcher (the selected option, the item marked current),
 *  4. the header or account menu that says for whom you are logged in ("Ingelogd als J. de Vries ·
 *     X", "Ingelogd voor X").
 * Identifiers after the name (klantnummer, debiteurnummer, BRIN, a city in brackets) are taken off
 * the name; a customer number becomes the institution's. Null when the page names none: the
 * background then attributes the page from context.
 */

import type { Institution } from '../core/observation';
import type { PageContext } from './context';
import { INSTITUTION } from './labels/institution';
import { FIELD_LABELS } from './labels/texts';
import { TITLES } from './labels/titles';
import { parseInstitution } from './parse';
import { elementText } from './dom/element-text';
import { collapse, labelText, normalize } from './dom/normalize';
import type { Line } from './dom/page-walk';
import { isHidden } from './dom/visibility';

/** A name as a person would accept it: some letters, not a sentence, not a pronoun. */
function plausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 120) return false;
  if (!/\p{L}{2}/u.test(name)) return false;
  return !INSTITUTION.notAName.test(normalize(name));
}

function institutionFrom(value: string | null | undefined): Institution | null {
  if (!value) return null;
  const institution = parseInstitution(value.replace(INSTITUTION.trailingPunctuation, ''));
  return institution && plausibleName(institution.name) ? institution : null;
}

/** Whether a line sits in the page footer, where labels name the shop itself, not the customer. */
function inFooter(line: Line): boolean {
  return line.el.closest('footer,[role=contentinfo]') !== null;
}

/** "Label: value" or "Label value" on one line, or the label alone with the value on the next line. */
export function fromLabelledLine(lines: readonly Line[], i: number): Institution | null {
  const line = lines[i] as Line;
  const colon = line.text.indexOf(':');
  if (colon > 0 && colon < 40 && INSTITUTION.label.test(labelText(line.text.slice(0, colon)))) {
    const rest = collapse(line.text.slice(colon + 1));
    return institutionFrom(rest || lines[i + 1]?.text);
  }
  const label = labelText(line.text);
  if (INSTITUTION.label.test(label)) {
    const next = lines[i + 1];
    // The value is the next line (dt/dd, a label cell and a value cell), unless that is a label too.
    if (next && !INSTITUTION.label.test(labelText(next.text)) && next.text.indexOf(':') < 0) return institutionFrom(next.text);
    return null;
  }
  // "Organisatie Het Baken College": a label word, then a name that starts with a capital or digit.
  const m = INSTITUTION.labelThenName.exec(line.text);
  if (m?.[1] && /^[\p{Lu}\d]/u.test(m[1]) && INSTITUTION.label.test(labelText(line.text.slice(0, m.index + m[0].length - m[1].length)))) return institutionFrom(m[1]);
  return null;
}

/** Where a sentence ends: a full stop that does not close an initial or abbreviation ("J.", "St."). */
const SENTENCE_END = /(?<!(?:^|\s)\p{Lu}\p{Ll}?)[.!?;](?:\s|$)/u;
/** Names start with a capital (a sentence goes on in lower case: "voor je bestelling"). */
const STARTS_WITH_CAPITAL = /^\p{Lu}/u;

/** Lower-case words that belong inside a name ("Stichting voor Openbaar Onderwijs", "College de Meer"). */
const NAME_PARTICLES = new Set(['de', 'het', 'van', 'der', 'den', 'voor', 'en', "'t", 'op', 'aan', 'ter', 'te', '&']);

/**
 * The name at the start of a sentence's rest: capitalised words and the particles between them,
 * up to the first word that goes on with the sentence ("Lyceum Zuiderpark in goede orde ontvangen").
 */
function leadingName(text: string): string {
  const words = (text.split(SENTENCE_END)[0] ?? '').split(' ');
  const kept: string[] = [];
  for (const word of words) {
    if (/^[\p{Lu}\d(]/u.test(word) || NAME_PARTICLES.has(word)) kept.push(word);
    else break;
  }
  while (kept.length > 0 && NAME_PARTICLES.has(kept[kept.length - 1] as string)) kept.pop();
  return kept.join(' ');
}

/** "Bestelling voor X", "U bestelt namens X.", "Ingelogd voor X". */
function fromSentence(line: Line): Institution | null {
  for (const pattern of INSTITUTION.sentences) {
    const m = pattern.exec(line.text);
    if (m?.[1] && STARTS_WITH_CAPITAL.test(m[1])) return institutionFrom(leadingName(m[1]));
  }
  return null;
}

/** The label forms and sentences in the given lines, first match wins. */
function fromLines(lines: readonly Line[], skip: (line: Line) => boolean): Institution | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text.length > 300 || skip(line)) continue;
    if (!INSTITUTION.mayName.test(line.norm)) continue;
    const found = fromLabelledLine(lines, i) ?? fromSentence(line);
    if (found) return found;
  }
  return null;
}

/** "Winkelwagen – X", "Winkelwagen van X", a title with an identifier, or the subtitle under it. */
function fromTitle(ctx: PageContext): Institution | null {
  const title = ctx.titles()[0];
  if (!title) return null;
  const after = INSTITUTION.titleSuffix.exec(title.text);
  if (after?.[1] && STARTS_WITH_CAPITAL.test(after[1])) {
    const found = institutionFrom(after[1]);
    if (found) return found;
  }
  if (INSTITUTION.identifier.test(title.norm)) {
    const found = institutionFrom(title.text);
    if (found) return found;
  }
  // The first content line under the title, when it carries an identifier ("ROC Rivierland (debiteurnummer 100587)").
  const lines = ctx.contentLines();
  const at = lines.findIndex((l) => l.pos > (ctx.pageText().start.get(title.el) ?? -1) && !title.el.contains(l.el));
  const sub = at >= 0 ? lines[at] : undefined;
  if (sub && sub.text.length < 160 && INSTITUTION.identifier.test(sub.norm)) return institutionFrom(sub.text);
  return null;
}

/** The name a switcher shows as current: its label or options say it is about organisations. */
function fromSwitcher(ctx: PageContext): Institution | null {
  for (const select of Array.from(ctx.root.querySelectorAll('select'))) {
    if (isHidden(select) || !switcherLabel(ctx, select)) continue;
    const options = Array.from(select.querySelectorAll('option'));
    const chosen = options.find((o) => (o as HTMLOptionElement).selected === true) ?? options.find((o) => o.hasAttribute('selected')) ?? options[0];
    const found = chosen ? institutionFrom(elementText(chosen, true)) : null;
    if (found) return found;
  }
  // Menus and lists: the item marked current, inside something labelled as an organisation switcher.
  for (const item of Array.from(ctx.root.querySelectorAll(INSTITUTION.currentItemSelector))) {
    if (item.getAttribute('aria-current') === 'false' || isHidden(item)) continue;
    const group = item.closest('[role=menu],[role=listbox],[role=radiogroup],ul,ol,nav,[role=group]');
    if (!group || !switcherLabel(ctx, group)) continue;
    const found = institutionFrom(elementText(item));
    if (found) return found;
  }
  // A menu button whose text is the current organisation: "Het Baken College ▾" opening the switcher.
  for (const button of Array.from(ctx.root.querySelectorAll('[aria-haspopup]'))) {
    if (isHidden(button)) continue;
    const controls = button.getAttribute('aria-controls');
    const menu = controls ? ctx.doc.getElementById(controls) : null;
    const labelled = switcherLabel(ctx, button) || (menu !== null && switcherLabel(ctx, menu));
    if (!labelled) continue;
    const found = institutionFrom(elementText(button).replace(INSTITUTION.menuArrow, ''));
    if (found && !INSTITUTION.label.test(labelText(found.name))) return found;
  }
  return null;
}

/** Whether an element is labelled as choosing an organisation (aria-label, label[for], a title attribute). */
function switcherLabel(ctx: PageContext, el: Element): boolean {
  const texts: string[] = [el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? ''];
  const by = el.getAttribute('aria-labelledby');
  if (by) for (const id of by.split(/\s+/)) texts.push(elementText(ctx.doc.getElementById(id) ?? el.ownerDocument.createElement('i'), true));
  const id = el.getAttribute('id');
  if (id) {
    const label = ctx.root.querySelector(`label[for="${id.replace(/["\\]/g, '')}"]`);
    if (label) texts.push(elementText(label, true));
  }
  return texts.some((t) => t !== '' && INSTITUTION.switcher.test(normalize(t)));
}

/**
 * A breadcrumb that passes through the institution ("Home › Het Baken College › Winkelwagen"):
 * the one entry that is neither the start nor a page of the shop.
 */
function fromBreadcrumb(ctx: PageContext): Institution | null {
  for (const nav of Array.from(ctx.root.querySelectorAll('nav,[role=navigation]'))) {
    if (!INSTITUTION.breadcrumb.test(normalize(nav.getAttribute('aria-label') ?? ''))) continue;
    const items = Array.from(nav.querySelectorAll('li,a'))
      .filter((el) => el.tagName.toUpperCase() === 'LI' || !el.closest('li'))
      .map((el) => collapse(elementText(el)))
      .filter((text) => text !== '');
    const names = items.slice(1).filter((text) => !isShopPageName(normalize(text)));
    if (names.length === 1) return institutionFrom(names[0]);
  }
  return null;
}

function isShopPageName(norm: string): boolean {
  if (INSTITUTION.shopPages.test(norm)) return true;
  return Object.values(TITLES).some((list) => list.some((re: RegExp) => re.test(norm)));
}

/** The visible header and menu lines (site chrome), without the footer. */
function chromeLines(ctx: PageContext): Line[] {
  return ctx.pageText().lines.filter((l) => l.chrome && !l.hidden);
}

/** The institution the page is about, or null when the page names none. */
export function readPageInstitution(ctx: PageContext): Institution | null {
  const institution =
    fromLines(ctx.contentLines(), inFooter) ??
    fromTitle(ctx) ??
    fromSwitcher(ctx) ??
    fromLines(chromeLines(ctx), inFooter) ??
    fromBreadcrumb(ctx);
  if (institution && !institution.customerNumber) institution.customerNumber = customerNumberNear(ctx);
  return institution;
}

/** A customer number the page shows on its own ("Klantnummer: 100231", "Klantnr. 100231", dt/dd). */
function customerNumberNear(ctx: PageContext): string | null {
  return customerNumberIn(ctx.contentLines());
}

/** The first customer number the lines show on their own. */
export function customerNumberIn(lines: readonly Line[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text.length > 80) continue;
    const m = INSTITUTION.customerNumberLine.exec(line.norm);
    if (m?.[1]) return m[1];
    if (FIELD_LABELS.customerNumber.test(labelText(line.text))) {
      const digits = /^\d{3,}$/.exec(lines[i + 1]?.text ?? '');
      if (digits) return digits[0];
    }
  }
  return null;
}
