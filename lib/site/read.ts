/**
 * Reads a shop page into a PageObservation. Every field has its own reader; a reader that fails
 * or finds nothing leaves the field empty and says what it missed in `unread` (Dutch), so one odd
 * page element never costs the whole observation. readPage never throws.
 */

import {
  emptyObservation,
  type CartLine,
  type Institution,
  type OrderRow,
  type PageKind,
  type PageObservation,
  type PreparedOrder,
  type ProductQuantity,
} from '../core/observation';
import { createContext, type PageContext } from './context';
import { detectKind } from './detect';
import { customerNumberIn, fromLabelledLine, readPageInstitution } from './institution';
import { COLUMNS, CONTROL_SELECTOR, CONTROLS, FIELD_LABELS, INSTITUTION, MESSAGE_SELECTOR, TEXTS } from './labels';
import { hasCustomerNumber, parseInstitution, productQuantity, readCents, readOrderNumber, readStatus } from './parse';
import {
  collapse,
  controlText,
  elementText,
  fieldByLabel,
  fieldValue,
  firstAfter,
  hasVisiblePassword,
  isHidden,
  labelText,
  matchesAny,
  normalize,
  positionOf,
  readRecords,
  selectAll,
  valueAfterLabel,
  type Control,
  type Line,
  type RecordRow,
} from './text';

// ---------------------------------------------------------------------------------------------
// Fields every page may show.
// ---------------------------------------------------------------------------------------------

function readLoggedIn(ctx: PageContext): boolean | null {
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
function readPrimaryContact(ctx: PageContext): boolean | null {
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
function readRenewalsWaiting(ctx: PageContext): number | null {
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

function readMessages(ctx: PageContext): string[] {
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

/**
 * The deadline sentence in the registration's own words ("Rond de registratie uiterlijk … af");
 * a "uiterlijk" elsewhere on the page (a webinar, a promotion) is not the deadline. Usually no line
 * matches: the search then skips every line.
 */
function readDeadline(ctx: PageContext, kind: PageKind): string | null {
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

// ---------------------------------------------------------------------------------------------
// Helpers for grouped pages (one section per institution).
// ---------------------------------------------------------------------------------------------

interface Group {
  institution: Institution | null;
  from: number;
  to: number;
}

/**
 * Institution headings ("Het Baken College (klantnummer 100231)", a heading with "Klantnr. 100231"
 * under it) and labelled lines ("Organisatie" / "Het Baken College" in a card) split the page into
 * groups, one per institution.
 */
function institutionGroups(ctx: PageContext): Group[] {
  const lines = ctx.contentLines();
  const starts: { institution: Institution | null; index: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text.length > 200) continue;
    const labelled = FIELD_LABELS.institution.test(labelText(line.text.split(':')[0] ?? '')) || INSTITUTION.label.test(labelText(line.text.split(':')[0] ?? ''));
    if (labelled) {
      const institution = fromLabelledLine(lines, i);
      if (institution) starts.push({ institution, index: i });
      continue;
    }
    if (hasCustomerNumber(line.text)) starts.push({ institution: parseInstitution(line.text, lines[i - 1]?.text), index: i });
  }
  // One institution named twice in a row (a heading and a labelled line in the same card) is one group.
  const merged = starts.filter((start, k) => {
    const before = starts[k - 1];
    if (!before?.institution || !start.institution) return true;
    const same = before.institution.name === start.institution.name || (start.institution.customerNumber !== null && start.institution.customerNumber === before.institution.customerNumber);
    if (same) before.institution.customerNumber ??= start.institution.customerNumber;
    return !same;
  });
  const groups: Group[] = merged.map((start, k) => {
    const end = merged[k + 1]?.index ?? lines.length;
    const institution = start.institution;
    // A customer number shown as a separate label and value inside the group ("Klantnummer" / "100231").
    if (institution && !institution.customerNumber) institution.customerNumber = customerNumberIn(lines.slice(start.index, end));
    return { institution, from: (lines[start.index] as Line).pos, to: Number.POSITIVE_INFINITY };
  });
  for (let i = 0; i + 1 < groups.length; i++) (groups[i] as Group).to = (groups[i + 1] as Group).from;
  return groups;
}

function inGroup(group: Group, pos: number): boolean {
  return pos >= group.from && pos < group.to;
}

/** Records split over groups; without group headings, one group with institution null. */
function groupRecords(ctx: PageContext, rows: RecordRow[]): { institution: Institution | null; rows: RecordRow[]; group: Group }[] {
  const groups = institutionGroups(ctx);
  if (groups.length === 0) {
    const all: Group = { institution: null, from: -1, to: Number.POSITIVE_INFINITY };
    return rows.length > 0 ? [{ institution: null, rows, group: all }] : [];
  }
  return groups.map((group) => ({
    institution: group.institution,
    rows: rows.filter((r) => inGroup(group, r.pos)),
    group,
  }));
}

function toLines(rows: RecordRow[]): ProductQuantity[] {
  return rows
    .filter((r) => (r.cells['product'] ?? '') !== '' && (r.cells['quantity'] ?? '') !== '')
    .map((r) => productQuantity(r.cells['product'] ?? '', r.cells['quantity'] ?? ''));
}

/** The one institution of a single-institution page, wherever the page names it (institution.ts). */
function readInstitutionField(ctx: PageContext): Institution | null {
  return readPageInstitution(ctx);
}

/** Controls inside an element (by document position). */
function controlsIn(ctx: PageContext, el: Element): Control[] {
  const pt = ctx.pageText();
  const s = pt.start.get(el);
  const e = s === undefined ? undefined : pt.endAt[s];
  if (s === undefined || e === undefined) return [];
  const list = sortedControls(ctx);
  const out: Control[] = [];
  // Binary search for the first control after the element's start: rows × controls stays linear.
  for (let i = firstAfter(list, s); i < list.length; i++) {
    const item = list[i];
    if (!item || item.pos >= e) break;
    out.push(item.control);
  }
  return out;
}

const controlCache = new WeakMap<PageContext, { pos: number; control: Control }[]>();
function sortedControls(ctx: PageContext): { pos: number; control: Control }[] {
  let list = controlCache.get(ctx);
  if (!list) {
    const pt = ctx.pageText();
    list = ctx
      .controls()
      .map((control) => ({ pos: pt.start.get(control.el) ?? -1, control }))
      .sort((a, b) => a.pos - b.pos);
    controlCache.set(ctx, list);
  }
  return list;
}

// ---------------------------------------------------------------------------------------------
// Page kinds.
// ---------------------------------------------------------------------------------------------

/** The columns a reader looks for, by their names in labels.ts (in this order). */
function columns<K extends keyof typeof COLUMNS>(...keys: K[]): Pick<typeof COLUMNS, K> {
  return Object.fromEntries(keys.map((key) => [key, COLUMNS[key]])) as Pick<typeof COLUMNS, K>;
}
const LICENCE_COLUMNS = columns('product', 'quantity', 'startDate', 'endDate');
const RENEWAL_COLUMNS = columns('product', 'quantity');
const CART_COLUMNS = columns('product', 'quantity', 'unitPrice', 'lineTotal', 'actions');
const ORDER_COLUMNS = columns('orderNumber', 'date', 'institution', 'amount', 'status');

/** Which licences the filter shows: 'future', 'current' or null when the page does not say. */
function licenceFilter(ctx: PageContext): 'future' | 'current' | null {
  const isFutureOption = (option: Element) => TEXTS.futureFilter.test(normalize(elementText(option, true)));
  for (const select of Array.from(ctx.root.querySelectorAll('select'))) {
    const options = Array.from(select.querySelectorAll('option'));
    if (!options.some(isFutureOption)) continue;
    // The server-rendered choice (the `selected` attribute) is what the table shows.
    const chosen = options.find((o) => o.hasAttribute('selected')) ?? options[0];
    if (!chosen) continue;
    return isFutureOption(chosen) ? 'future' : 'current';
  }
  // Tabs, toggle buttons or radios that mark the chosen filter.
  for (const el of Array.from(ctx.root.querySelectorAll('[aria-selected=true],[aria-current],[aria-pressed=true],input[checked]'))) {
    if (el.getAttribute('aria-current') === 'false') continue;
    let text = normalize(controlText(el));
    if (el.tagName.toUpperCase() === 'INPUT') {
      const id = el.getAttribute('id');
      const label = id ? ctx.root.querySelector(`label[for="${id.replace(/["\\]/g, '')}"]`) : el.closest('label');
      text = label ? normalize(elementText(label)) : '';
    }
    if (TEXTS.futureFilter.test(text)) return 'future';
    if (TEXTS.currentFilter.test(text)) return 'current';
  }
  for (const h of ctx.headings()) {
    if (h.chrome) continue;
    if (TEXTS.futureFilter.test(h.norm)) return 'future';
    if (TEXTS.currentFilter.test(h.norm)) return 'current';
  }
  return null;
}

function readLicenses(ctx: PageContext, obs: PageObservation): void {
  const filter = licenceFilter(ctx);
  if (filter === null) obs.unread.push('filter huidige/toekomstige licenties niet gevonden');
  const rows = readRecords(ctx.pageText(), ctx.root, LICENCE_COLUMNS, 'quantity', false);
  if (rows.length === 0) obs.unread.push('licentietabel niet gevonden');
  const groups = groupRecords(ctx, rows);
  if (groups.length === 1) obs.institution = groups[0]?.institution ?? null;
  // A page of one institution that names it elsewhere (a switcher, the header).
  if (groups.length <= 1 && !obs.institution) {
    obs.institution = readPageInstitution(ctx);
    const only = groups[0];
    if (only && obs.institution) only.institution = obs.institution;
  }
  if (filter !== 'future') return;
  obs.futureLicensesByInstitution = groups.map((g) => ({ institution: g.institution, lines: toLines(g.rows) }));
  obs.futureLicenses = obs.futureLicensesByInstitution.flatMap((g) => g.lines);
}

function readRenewals(ctx: PageContext, obs: PageObservation): void {
  // The collapsed order keeps its lines in the DOM, hidden until "Bekijk order": read them anyway.
  const rows = readRecords(ctx.pageText(), ctx.root, RENEWAL_COLUMNS, 'quantity', true);
  const groups = groupRecords(ctx, rows);
  const claims = ctx.controls().filter((c) => !c.chrome && matchesAny(c.norm, CONTROLS.claim));
  const lines = ctx.contentLines();
  const orders: PreparedOrder[] = groups.map((g) => {
    const claim = claims.find((c) => inGroup(g.group, positionOf(ctx.pageText(), c.el)));
    const done = lines.some(
      (l) => inGroup(g.group, l.pos) && TEXTS.preparedOrderDone.test(l.norm) && l.text.length < 120 && !hasCustomerNumber(l.text),
    );
    return { institution: g.institution, lines: toLines(g.rows), canClaim: claim !== undefined && !claim.disabled && !done };
  });
  if (orders.length === 1 && orders[0] && !orders[0].institution) orders[0].institution = readPageInstitution(ctx);
  obs.preparedOrders = orders;
  if (orders.length === 0) obs.unread.push('klaargezette bestellingen niet gevonden');
  // An order already claimed or placed may show no lines; one still to claim must.
  else if (orders.some((o) => o.lines.length === 0 && o.canClaim)) obs.unread.push('regels van een klaargezette bestelling niet gevonden');
  if (obs.deadlineText === null) obs.unread.push('uiterste datum niet gevonden');
}

/**
 * The prepared order whose claim control ("Toevoegen aan winkelwagen") contains `target`, the
 * element a person just clicked on Licenties verlengen; null for any other click or page.
 */
export function readClaimClick(doc: Document, url: string, target: Element): Institution | null {
  try {
    // Most clicks are on something else: a look at the clicked control first, no page walk.
    const clicked = target.closest(CONTROL_SELECTOR);
    if (!clicked || !matchesAny(normalize(controlText(clicked)), CONTROLS.claim)) return null;
    const ctx = createContext(doc, url);
    const control = ctx.controls().find((c) => !c.chrome && (c.el === target || c.el.contains(target)) && matchesAny(c.norm, CONTROLS.claim));
    if (!control || control.disabled || detectKind(ctx) !== 'renewals') return null;
    const groups = institutionGroups(ctx);
    const at = positionOf(ctx.pageText(), control.el);
    const group = groups.find((g) => inGroup(g, at));
    if (group?.institution) return group.institution;
    return groups.length <= 1 ? readPageInstitution(ctx) : null;
  } catch {
    return null;
  }
}

/** The action a control's norm (its text, already normalised) names. */
function actionName(norm: string): string {
  const m = /^(wijzigen|verwijderen|aanpassen|opzeggen)\b/.exec(norm);
  return m?.[1] ?? norm;
}

function readCart(ctx: PageContext, obs: PageObservation): void {
  const empty = ctx.contentSearch().some(TEXTS.emptyCart);
  // A cart that names no institution is the claimed cart's: the background attributes it.
  obs.institution = readInstitutionField(ctx);
  const rows = readRecords(ctx.pageText(), ctx.root, CART_COLUMNS, 'quantity', false);
  const cartLines: CartLine[] = [];
  for (const row of rows) {
    const product = row.cells['product'] ?? '';
    const quantityText = row.cells['quantity'] ?? '';
    if (!product || !quantityText) continue;
    const actions = controlsIn(ctx, row.el)
      .filter((c) => !c.hidden)
      .map((c) => actionName(c.norm));
    cartLines.push({ ...productQuantity(product, quantityText), actions });
  }
  obs.cartLines = cartLines;
  if (cartLines.length === 0 && !empty) obs.unread.push('geen winkelwagenregels gevonden');
  for (const line of cartLines) {
    if (line.quantity === null) obs.unread.push(`aantal van "${line.product}" niet gelezen: "${line.quantityText}"`);
  }
  const reference = fieldByLabel(ctx.root, FIELD_LABELS.reference);
  obs.reference = reference ? fieldValue(reference) : null;
  if (!reference && !empty) obs.unread.push('referentieveld niet gevonden');
}

function readQuantityForm(ctx: PageContext, obs: PageObservation): void {
  let field: Element | null = fieldByLabel(ctx.root, TEXTS.quantityQuestion);
  if (!field) {
    // The question as plain text above the only text field of the form.
    const inputs = Array.from(ctx.root.querySelectorAll('input,textarea')).filter((el) => {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      return (type === 'text' || type === 'number' || type === 'tel') && !isHidden(el);
    });
    if (inputs.length === 1 && ctx.contentSearch().some(TEXTS.quantityQuestion)) field = inputs[0] ?? null;
  }
  const lines = ctx.contentLines();
  let product = valueAfterLabel(lines, FIELD_LABELS.product);
  if (!product) product = productUnderTitle(ctx, lines);
  obs.institution = readInstitutionField(ctx);
  if (!field) obs.unread.push('aantalveld niet gevonden');
  if (!product) obs.unread.push('productnaam niet gevonden');
  if (field) obs.quantityForm = { product: product ?? '', value: fieldValue(field) };
}

/** The product name the quantity page shows: in the title after a colon, or the first plain line under it. */
function productUnderTitle(ctx: PageContext, lines: Line[]): string | null {
  const title = ctx.titles()[0];
  if (!title) return null;
  const colon = title.text.indexOf(':');
  if (colon > 0 && collapse(title.text.slice(colon + 1))) return collapse(title.text.slice(colon + 1));
  const from = positionOf(ctx.pageText(), title.el);
  // The question as the title: the product is the small line right above it, in the same card.
  if (TEXTS.quantityQuestion.test(title.norm)) {
    const above = lines.filter((l) => l.pos < from).pop();
    if (above && above.el.parentElement === title.el.parentElement && above.el.parentElement !== null) return above.text;
  }
  const controlTexts = new Set(ctx.controls().map((c) => c.norm));
  const messageBoxes = selectAll(ctx.root, 'messages', ctx.pageText());
  for (const line of lines) {
    if (line.pos <= from || title.el.contains(line.el)) continue;
    if (TEXTS.quantityNow.test(line.norm) || TEXTS.quantityQuestion.test(line.norm) || TEXTS.quantityHint.test(line.norm)) continue;
    if (controlTexts.has(line.norm) || matchesAny(line.norm, TEXTS.knownMessages)) continue;
    if (messageBoxes.some((b) => b.contains(line.el))) continue;
    if (line.el.tagName.toUpperCase() === 'LABEL') continue;
    return line.text;
  }
  return null;
}

function readThankYou(ctx: PageContext, obs: PageObservation): void {
  const lines = ctx.contentLines();
  for (let i = ctx.contentSearch().firstCandidate(TEXTS.orderNumberSentence); i < lines.length; i++) {
    const line = lines[i] as Line;
    const m = TEXTS.orderNumberSentence.exec(line.norm);
    if (m?.[1]) {
      obs.orderNumber = m[1];
      break;
    }
  }
  if (!obs.orderNumber) {
    const value = valueAfterLabel(ctx.contentLines(), /^(bestelnummer|ordernummer)$/);
    const digits = value ? /\d{3,}/.exec(value)?.[0] : undefined;
    obs.orderNumber = digits ?? null;
  }
  if (!obs.orderNumber) obs.unread.push('bestelnummer niet gevonden');
  obs.institution = readInstitutionField(ctx);
}

function readOrders(ctx: PageContext, obs: PageObservation, kind: PageKind): void {
  const rows = readRecords(ctx.pageText(), ctx.root, ORDER_COLUMNS, 'orderNumber', false);
  const orders: OrderRow[] = [];
  for (const row of rows) {
    const orderNumber = readOrderNumber(row.cells['orderNumber'] ?? '');
    if (!orderNumber) continue;
    const statusText = collapse(row.cells['status'] ?? '');
    let status = statusText ? readStatus(statusText) : null;
    // The open-orders page lists orders waiting for approval, even without a status column.
    if (!statusText && kind === 'open-orders') status = 'open';
    if (statusText && status === null) obs.unread.push(`status van bestelling ${orderNumber} niet herkend: "${statusText}"`);
    orders.push({
      orderNumber,
      date: row.cells['date'] ? collapse(row.cells['date']) : null,
      institution: parseInstitution(row.cells['institution']),
      status,
      statusText,
      amountCents: readCents(row.cells['amount']),
    });
  }
  obs.orders = orders;
  if (orders.length === 0) {
    const none = ctx.contentSearch().some(TEXTS.noOpenOrders) || ctx.contentSearch().some(TEXTS.noOrders);
    if (!none) obs.unread.push('geen bestellingen gevonden');
  }
}

/**
 * The institutions the role line names, as a person reads it: inline ("Je bent 1e contactpersoon van:
 * Het Baken College, ROC Rivierland en Lyceum Zuiderpark.") or as a list under "… van:".
 */
function readRoleInstitutions(ctx: PageContext): Institution[] {
  const lines = ctx.pageText().lines;
  for (let i = ctx.allLinesSearch().firstCandidate(TEXTS.roleLine); i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.hidden || !TEXTS.roleLine.test(line.norm)) continue;
    const start = TEXTS.roleListStart.exec(line.text);
    const inline = start ? line.text.slice(start.index + start[0].length) : '';
    let names: string[];
    if (inline.trim()) {
      names = inline.split(TEXTS.roleListEnd)[0]!.split(TEXTS.roleListSeparator);
    } else {
      names = [];
      for (let j = i + 1; j < lines.length && names.length < 200; j++) {
        const item = lines[j] as Line;
        if (item.el.tagName !== 'LI' && item.el.getAttribute('role') !== 'listitem') break;
        if (!item.hidden) names.push(item.text);
      }
    }
    return names
      .map((n) => parseInstitution(n.trim().replace(/[.;]+$/, '')))
      .filter((inst): inst is Institution => inst !== null);
  }
  return [];
}

function readAccount(ctx: PageContext, obs: PageObservation): void {
  obs.institution = readPageInstitution(ctx);
  obs.institutions = readRoleInstitutions(ctx);
  // "… van deze organisatie": a role line that names none is about the page's institution.
  if (obs.institutions.length === 0 && obs.isPrimaryContact !== null && obs.institution) obs.institutions = [obs.institution];
  if (obs.isPrimaryContact === null) obs.unread.push('rol (1e contactpersoon) niet gevonden');
  if (obs.renewalsWaiting === null) obs.unread.push('menu-item "Licenties verlengen" niet gevonden');
}

function readLogin(ctx: PageContext, obs: PageObservation): void {
  if (!hasVisiblePassword(ctx.root)) obs.unread.push('inlogformulier niet gevonden');
}

const KIND_READERS: Partial<Record<PageKind, (ctx: PageContext, obs: PageObservation, kind: PageKind) => void>> = {
  login: readLogin,
  account: readAccount,
  licenses: readLicenses,
  renewals: readRenewals,
  cart: readCart,
  quantity: readQuantityForm,
  'thank-you': readThankYou,
  'open-orders': readOrders,
  'order-history': readOrders,
};

// ---------------------------------------------------------------------------------------------

/** Runs one field reader; a failure becomes an `unread` entry instead of an exception. */
function guarded(obs: PageObservation, what: string, read: () => void): void {
  try {
    read();
  } catch {
    obs.unread.push(`${what} niet gelezen (onverwachte pagina-opbouw)`);
  }
}

/** Everything Vinkje can read from this page. Never throws; an unrecognised page is kind `unknown`. */
export function readPage(doc: Document, url: string, now: number): PageObservation {
  let ctx: PageContext;
  try {
    ctx = createContext(doc, url);
  } catch {
    const obs = emptyObservation('unknown', url, now);
    obs.unread.push('pagina niet gelezen');
    return obs;
  }
  let kind: PageKind = 'unknown';
  try {
    kind = detectKind(ctx);
  } catch {
    kind = 'unknown';
  }
  const obs = emptyObservation(kind, url, now);
  guarded(obs, 'inlogstatus', () => (obs.loggedIn = readLoggedIn(ctx)));
  guarded(obs, 'rol', () => (obs.isPrimaryContact = readPrimaryContact(ctx)));
  guarded(obs, 'licenties verlengen', () => (obs.renewalsWaiting = readRenewalsWaiting(ctx)));
  guarded(obs, 'meldingen', () => (obs.messages = readMessages(ctx)));
  guarded(obs, 'uiterste datum', () => (obs.deadlineText = readDeadline(ctx, kind)));
  const reader = KIND_READERS[kind];
  if (reader) guarded(obs, 'pagina-inhoud', () => reader(ctx, obs, kind));
  return obs;
}
