/**
 * The local cart check: what would the institution own after this order, and does that break a
 * rule (R01–R15)? It compares totals after the order = future licences already owned (including
 * the base packages invoiced in October) + the cart's quantities, per product family and user type.
 *
 * Never guesses: a quantity that does not parse is reported (R08) and every rule that would need
 * that total is skipped; rules that need the base packages are skipped, with a notice, while the
 * future licences are not known. What is not known is never zero: a future licence Vinkje cannot
 * count (a name it does not know, a Basispakket without a user type, a quantity it cannot read)
 * makes the totals it may belong to unknown, and R03, R04 and R07 then say what is unknown and
 * where to check it instead of naming a shortfall. Pure and deterministic; never throws on odd input.
 */

import { CATALOGUE, type CatalogueData } from './catalogue-data';
import {
  USER_TYPE_LABELS,
  normaliseProductName,
  productLabel,
  recogniseProduct,
  userTypeOf,
  type ProductFamily,
  type RecognisedProduct,
  type UserType,
} from './catalogue';
import { forCount, formatSignedQuantity, type LocalText } from './format';
import { MAX_QUANTITY, NOT_READ_REASONS, QUANTITY_ERROR_MESSAGES, parseQuantity, type QuantityError } from './quantity';
import { fillText, ruleById, ruleMessage, severityOf, type RuleId, type Severity, type TemplateValues } from './rules';
import {
  A3_LICENCES,
  ADD_ON_GROUP_LABELS,
  ANY_BASE_LABEL,
  BASE_LABELS,
  CORES,
  NOTICE_TEXTS,
  type NoticeCode,
} from './rules-data';

export type { NoticeCode } from './rules-data';

export interface CartLineInput {
  product: string;
  quantityText: string;
  /** Parsed by the page reader; null means "read quantityText yourself". */
  quantity: number | null;
  /** The quantity the prepared cart had (last year's), when known. */
  prepared?: number | null;
}

export interface FutureLicenseInput {
  product: string;
  quantity: number | null;
}

export interface CartCheckInput {
  licenceYear: number;
  lines: CartLineInput[];
  /** null: not yet known (the user has not opened Licenties → Toekomstige licenties). */
  futureLicenses: FutureLicenseInput[] | null;
  /**
   * false: last year's prepared quantities are not known (Licenties verlengen not seen for this
   * institution), so R09 and R10 cannot run; a notice says so. Default true.
   */
  preparedKnown?: boolean;
}

export interface CartCheckOptions {
  /** Relative change vs the prepared quantity that earns an R10 warning; default 0.25 (±25%). */
  changeThreshold?: number;
  /** Product data; the built-in catalogue unless a test supplies another. */
  catalogue?: CatalogueData;
}

export interface Finding {
  rule: RuleId;
  /** The rule's severity, or its message variant's (e.g. info where a number is not known). */
  severity: Severity;
  /** Which of the rule's messages this is: `default`, or e.g. `base-unknown`. */
  variant: string;
  /** The cart line (0-based) the finding belongs to, or null when it concerns no single line. */
  lineIndex: number | null;
  /** The product as the shop names it on that line, or a canonical name. */
  product: string | null;
  numbers: Record<string, number>;
  message: LocalText;
  fix: LocalText | null;
  /** The manual's step the texts refer to ("zie stap 3 van het stappenplan"), for a link; null when none. */
  manualStep: number | null;
}

export interface Notice {
  code: NoticeCode;
  /** The product a notice is about, when it is about one. */
  product: string | null;
  message: LocalText;
}

export interface CartCheckResult {
  findings: Finding[];
  notices: Notice[];
  /**
   * Every line was read and recognised and every rule could run (no notice): only then may a view
   * say "no errors found" without a reservation.
   */
  complete: boolean;
}

export const DEFAULT_CHANGE_THRESHOLD = 0.25;
/** R09: a new total below this share of the prepared quantity probably means "+N" was meant. */
const FAR_BELOW_SHARE = 0.1;
/** R09 only for lines where "+N" and "total N" differ enough to tell apart. */
const FAR_BELOW_MIN_PREPARED = 20;
const CORE_MINIMUM: Partial<Record<ProductFamily, { rule: RuleId; minimum: number }>> = {
  'windows-server': { rule: 'R11', minimum: 16 },
  'sql-server': { rule: 'R12', minimum: 4 },
};
const USER_TYPES: readonly UserType[] = ['staff', 'students'];
/** Families needing base packages (R07); A3 is covered by R03/R04, which also give the shortfall. */
const NEEDS_BASE: ReadonlySet<ProductFamily> = new Set<ProductFamily>([
  'a5', 'security', 'compliance', 'copilot', 'windows-server', 'sql-server', 'other-known',
]);
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const MAX_TEXT_IN_MESSAGE = 40;

type LineQuantity = { ok: true; value: number } | { ok: false; reason: QuantityError };

interface ReadLine {
  index: number;
  name: string;
  /** What the page showed as the quantity, for messages. */
  quantityText: string;
  product: Readonly<RecognisedProduct> | null;
  quantity: LineQuantity;
  prepared: number | null;
}

/**
 * A total after the order for one family and user type. Every quantity is 0 or more, so `total` is
 * always a lower bound: a rule that only needs "at least" may still pass while a part is unknown.
 */
interface Group {
  /** The part that could be counted. */
  total: number;
  /** Some part of it could not be counted: no finding may be computed as if that part were 0. */
  unknown: boolean;
  /** Future licences that may belong here but could not be counted (names, for messages). */
  unplaced: string[];
  /** Cart lines that add to it, with a readable quantity. */
  lines: ReadLine[];
  /** Catalogue entries seen in it, to name the group by its one product when it has one. */
  ids: Set<string>;
}

function readLineQuantity(line: CartLineInput): LineQuantity {
  const q = line.quantity;
  if (typeof q === 'number') {
    if (Number.isNaN(q)) return { ok: false, reason: 'not-a-number' };
    if (q < 0) return { ok: false, reason: 'negative' };
    if (q > MAX_QUANTITY) return { ok: false, reason: 'too-large' };
    if (!Number.isInteger(q)) return { ok: false, reason: 'decimal' };
    return { ok: true, value: q };
  }
  return parseQuantity(typeof line.quantityText === 'string' ? line.quantityText : '');
}

function readPrepared(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_QUANTITY
    ? value
    : null;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_TEXT_IN_MESSAGE ? `${flat.slice(0, MAX_TEXT_IN_MESSAGE - 1)}…` : flat;
}

function groupKey(family: ProductFamily, userType: UserType | null): string {
  return `${family}|${userType ?? '-'}`;
}

/** Whether a recognised product can be placed in a group (a per-user product needs its user type). */
function isCountable(product: RecognisedProduct): boolean {
  return !product.perUserType || product.userType !== null;
}

class Totals {
  private readonly groups = new Map<string, Group>();

  get(family: ProductFamily, userType: UserType | null): Group {
    const key = groupKey(family, userType);
    let group = this.groups.get(key);
    if (!group) {
      group = { total: 0, unknown: false, unplaced: [], lines: [], ids: new Set() };
      this.groups.set(key, group);
    }
    return group;
  }

  add(product: RecognisedProduct, quantity: number | null, line: ReadLine | null): void {
    const group = this.get(product.family, product.userType);
    group.ids.add(product.id);
    if (quantity === null) group.unknown = true;
    else group.total += quantity;
    if (line && quantity !== null) group.lines.push(line);
  }

  /** A future licence that may add to these groups by an amount Vinkje does not know. */
  addUnplaced(family: ProductFamily, userTypes: readonly (UserType | null)[], name: string): void {
    for (const userType of userTypes) {
      const group = this.get(family, userType);
      group.unknown = true;
      if (!group.unplaced.includes(name)) group.unplaced.push(name);
    }
  }
}

/** The cart lines' own part of a group's total (without the future licences). */
function cartPart(group: Group): number {
  let sum = 0;
  for (const line of group.lines) sum += quantityOf(line);
  return sum;
}

const MAX_NAMES_IN_MESSAGE = 3;

/** "'A', 'B' en 'C'" / "'A', 'B' and 'C'": the licences a message says it could not count. */
function nameList(names: readonly string[]): LocalText {
  const quoted = names.slice(0, MAX_NAMES_IN_MESSAGE).map((n) => `'${shorten(n)}'`);
  const more = names.length - quoted.length;
  const join = (and: string, others: (n: number) => string) => {
    if (more > 0) return `${quoted.join(', ')} ${and} ${others(more)}`;
    if (quoted.length <= 1) return quoted.join('');
    return `${quoted.slice(0, -1).join(', ')} ${and} ${quoted[quoted.length - 1]}`;
  };
  return {
    nl: join('en', (n) => (n === 1 ? 'nog 1 andere' : `nog ${n} andere`)),
    en: join('and', (n) => (n === 1 ? '1 other' : `${n} others`)),
  };
}

/** The line of a group with the largest quantity: lowering that one can fix the most. */
function largestLine(group: Group): ReadLine | null {
  let best: ReadLine | null = null;
  for (const line of group.lines) {
    if (!line.quantity.ok) continue;
    if (!best || (best.quantity.ok && line.quantity.value > best.quantity.value)) best = line;
  }
  return best;
}

/** The line to lower for a surplus: the largest, and never one already at 0 (R13 covers that). */
function lineToLower(group: Group): ReadLine | null {
  const line = largestLine(group);
  return line && quantityOf(line) > 0 ? line : null;
}

function quantityOf(line: ReadLine): number {
  return line.quantity.ok ? line.quantity.value : 0;
}

class FindingList {
  readonly items: Finding[] = [];

  add(
    rule: RuleId,
    line: ReadLine | null,
    product: string | null,
    numbers: Record<string, number>,
    texts: TemplateValues,
    fixVariant: string | null,
    messageVariant = 'default',
  ): void {
    const definition = ruleById(rule);
    const values: TemplateValues = { ...numbers, ...texts, product: product ?? '' };
    const variant = definition.messages[messageVariant] ? messageVariant : 'default';
    const fixTemplate = fixVariant === null ? undefined : definition.fixes[fixVariant];
    this.items.push({
      rule,
      severity: severityOf(rule, variant),
      variant,
      lineIndex: line ? line.index : null,
      product,
      numbers,
      message: fillText(ruleMessage(rule, variant), values),
      fix: fixTemplate ? fillText(fixTemplate, values) : null,
      manualStep: definition.manualStep ?? null,
    });
  }
}

function validThreshold(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_CHANGE_THRESHOLD;
}

function readInput(input: CartCheckInput, catalogue: CatalogueData): ReadLine[] {
  const lines = Array.isArray(input?.lines) ? input.lines : [];
  const year = typeof input?.licenceYear === 'number' ? input.licenceYear : Number.NaN;
  return lines.map((line, index) => {
    const name = textOf(line?.product);
    return {
      index,
      name,
      quantityText: textOf(line?.quantityText) || (typeof line?.quantity === 'number' ? String(line.quantity) : ''),
      product: recogniseProduct(name, year, catalogue),
      quantity: line ? readLineQuantity(line) : { ok: false, reason: 'empty' },
      prepared: readPrepared(line?.prepared),
    };
  });
}

function addFutureLicenses(
  future: FutureLicenseInput[],
  year: number,
  catalogue: CatalogueData,
  totals: Totals,
  notices: Notice[],
): void {
  for (const licence of future) {
    const name = textOf(licence?.product);
    if (name.trim() === '') continue;
    const product = recogniseProduct(name, year, catalogue);
    if (!product) {
      // A name Vinkje does not know may be a Basispakket under a new name: the base totals it could
      // belong to (its user type, when the name states one) are unknown, not short by its quantity.
      notices.push(notice('future-license-not-recognised', name));
      const userType = userTypeOf(name, catalogue);
      totals.addUnplaced('base', userType ? [userType] : USER_TYPES, name);
      continue;
    }
    if (!isCountable(product)) {
      notices.push(notice('future-license-no-user-type', name));
      totals.addUnplaced(product.family, USER_TYPES, name);
      continue;
    }
    const q = licence.quantity;
    const readable = typeof q === 'number' && Number.isInteger(q) && q >= 0 && q <= MAX_QUANTITY;
    if (readable) {
      totals.add(product, q, null);
    } else {
      notices.push(notice('future-license-unreadable', name));
      totals.get(product.family, product.userType).ids.add(product.id);
      totals.addUnplaced(product.family, [product.userType], name);
    }
  }
}

function notice(code: NoticeCode, product: string | null): Notice {
  return { code, product, message: fillText(NOTICE_TEXTS[code], { product: product ?? '' }) };
}

/** R08, R09, R10, R11, R12, R13, R14: what one line says on its own. */
function checkLine(line: ReadLine, threshold: number, findings: FindingList): void {
  const { product, quantity } = line;
  if (!quantity.ok) {
    const text = shorten(line.quantityText);
    if (!NOT_READ_REASONS.has(quantity.reason)) {
      findings.add('R08', line, line.name, {}, { text, reason: QUANTITY_ERROR_MESSAGES[quantity.reason] }, 'edit');
    } else {
      findings.add('R08', line, line.name, {}, { text }, 'check-cart', text === '' ? 'not-found' : 'not-read');
    }
  }
  if (!product) findings.add('R14', line, line.name, {}, {}, null);
  else if (!isCountable(product)) findings.add('R14', line, line.name, {}, {}, null, 'no-user-type');
  if (!quantity.ok) return;

  const entered = quantity.value;
  if (entered === 0) {
    findings.add('R13', line, line.name, {}, {}, 'remove');
    return;
  }

  const prepared = line.prepared;
  if (prepared !== null && prepared > 0) {
    if (prepared >= FAR_BELOW_MIN_PREPARED && entered < prepared * FAR_BELOW_SHARE) {
      findings.add('R09', line, line.name, { entered, prepared, likelyTotal: prepared + entered }, {}, 'enter-total');
    } else {
      const change = (entered - prepared) / prepared;
      if (Math.abs(change) > threshold) {
        const changePercent = Math.round(change * 100);
        const changeText = { nl: formatSignedQuantity(changePercent, 'nl'), en: formatSignedQuantity(changePercent, 'en') };
        findings.add('R10', line, line.name, { entered, prepared, changePercent }, { change: changeText }, 'check');
      }
    }
  }

  const cores = product ? CORE_MINIMUM[product.family] : undefined;
  if (product && cores) {
    const total = entered * product.coresPerUnit;
    if (total < cores.minimum || total % 2 !== 0) {
      const targetCores = Math.max(cores.minimum, total + (total % 2));
      const target = Math.ceil(targetCores / product.coresPerUnit);
      findings.add(cores.rule, line, line.name, { quantity: entered, cores: total, minimum: cores.minimum, target }, { coresWord: forCount(total, CORES) }, 'raise');
    }
  }
}

/**
 * R01/R02: never more A5 (step-up) than A3 of the same user type. The fix changes one cart line
 * (its target is what that line must become); a line that must go to 0 is removed instead, and
 * A5 without any A3 asks for A3 or the removal of the A5.
 */
function checkA5(totals: Totals, findings: FindingList): void {
  for (const userType of USER_TYPES) {
    const a5 = totals.get('a5', userType);
    const a3 = totals.get('a3', userType);
    if (a5.unknown || a3.unknown || a5.total <= a3.total) continue;
    const excess = a5.total - a3.total;
    const rule: RuleId = userType === 'staff' ? 'R01' : 'R02';
    const numbers = { a5: a5.total, a3: a3.total, excess };
    const texts = { a5Label: productLabel('Microsoft 365 A5', userType), a3Label: productLabel('Microsoft 365 A3', userType) };
    const message = a3.total === 0 ? 'no-a3' : 'default';
    const a5Line = lineToLower(a5);
    const a3Line = largestLine(a3);
    if (a5Line && a3.total === 0) {
      findings.add(rule, a5Line, a5Line.name, numbers, texts, 'order-a3-or-remove-a5', message);
    } else if (a5Line) {
      const target = Math.max(0, quantityOf(a5Line) - excess);
      findings.add(rule, a5Line, a5Line.name, { ...numbers, target }, texts, target === 0 ? 'remove-a5' : 'lower-a5', message);
    } else if (a3Line) {
      findings.add(rule, a3Line, a3Line.name, { ...numbers, target: quantityOf(a3Line) + excess }, texts, 'raise-a3', message);
    } else {
      // Both totals come from the future licences: the cart can only add A3.
      findings.add(rule, null, texts.a5Label, numbers, texts, 'order-a3', message);
    }
  }
}

/**
 * R03/R04: every A3 licence needs a base package of the same user type. The base total counted so
 * far is a lower bound: when it already covers the A3, the rule passes whatever else is unknown.
 * Otherwise a base licence that could not be counted turns the error into info: Vinkje says what
 * it could not count and how many base packages Licenties → Toekomstige licenties must show.
 */
function checkA3AgainstBase(totals: Totals, findings: FindingList): void {
  for (const userType of USER_TYPES) {
    const a3 = totals.get('a3', userType);
    const base = totals.get('base', userType);
    if (a3.unknown || a3.total <= base.total) continue;
    // An unreadable base line in the cart: R08 on that line says so, no guess here.
    if (base.unknown && base.unplaced.length === 0) continue;
    const rule: RuleId = userType === 'staff' ? 'R03' : 'R04';
    const a3Label = productLabel('Microsoft 365 A3', userType);
    const labels = BASE_LABELS[userType];
    const baseLine = largestLine(base);
    const line = largestLine(a3) ?? baseLine;
    const product = line ? line.name : a3Label;
    const texts: TemplateValues = { a3Label, basePlural: labels.other };
    if (baseLine) texts.baseProduct = baseLine.name;

    if (base.unplaced.length > 0) {
      const needed = a3.total - cartPart(base);
      texts.unknownNames = nameList(base.unplaced);
      const numbers = { a3: a3.total, needed };
      findings.add(rule, line, product, numbers, texts, baseLine ? 'check-future-raise' : 'check-future', 'base-unknown');
      continue;
    }

    const shortfall = a3.total - base.total;
    const numbers: Record<string, number> = { a3: a3.total, base: base.total, shortfall };
    texts.baseLabel = forCount(base.total, labels);
    texts.shortfallLabel = forCount(shortfall, labels);
    if (baseLine) numbers.baseTarget = quantityOf(baseLine) + shortfall;
    findings.add(rule, line, product, numbers, texts, baseLine ? 'raise-base' : 'order-base');
  }
}

function addOnLabel(family: 'security' | 'compliance' | 'copilot', group: Group, userType: UserType): LocalText {
  const only = group.lines[0]?.product;
  if (group.ids.size === 1 && only) return { nl: only.label, en: only.label };
  if (family === 'copilot') {
    const label = productLabel('Microsoft 365 Copilot', userType);
    return { nl: label, en: label };
  }
  const words = ADD_ON_GROUP_LABELS[family];
  const who = USER_TYPE_LABELS[userType];
  return { nl: `${words.nl} ${who.nl}`, en: `${words.en} ${who.en}` };
}

/** R05 (security, compliance) and R06 (Copilot): one add-on per qualifying licence, the A3 count. */
function checkAddOns(totals: Totals, findings: FindingList): void {
  const checks: Array<{ family: 'security' | 'compliance' | 'copilot'; rule: RuleId }> = [
    { family: 'security', rule: 'R05' },
    { family: 'compliance', rule: 'R05' },
    { family: 'copilot', rule: 'R06' },
  ];
  for (const { family, rule } of checks) {
    for (const userType of USER_TYPES) {
      const addOn = totals.get(family, userType);
      const a3 = totals.get('a3', userType);
      if (addOn.unknown || a3.unknown) continue;
      // An A5 step-up turns an A3 licence into A5: step-ups are a subset of the A3 count, not extra.
      // (The catalogue knows no full, non-step-up A5 product; one would count on top here.)
      const qualifying = a3.total;
      if (addOn.total <= qualifying) continue;
      const excess = addOn.total - qualifying;
      const numbers = { addon: addOn.total, qualifying, excess };
      const a3Label = productLabel('Microsoft 365 A3', userType);
      const texts = {
        addonLabel: addOnLabel(family, addOn, userType),
        a3Licences: forCount(qualifying, A3_LICENCES),
        a3Label,
        userType: USER_TYPE_LABELS[userType],
      };
      const line = lineToLower(addOn);
      const a3Line = largestLine(a3);
      if (line) {
        const target = Math.max(0, quantityOf(line) - excess);
        findings.add(rule, line, line.name, { ...numbers, target }, texts, target === 0 ? 'remove' : 'lower');
      } else if (a3Line) {
        // The add-ons are already owned (future licences): the cart can only add A3.
        findings.add(rule, a3Line, a3Line.name, { ...numbers, a3Target: quantityOf(a3Line) + excess }, texts, 'raise-a3');
      } else {
        findings.add(rule, null, texts.addonLabel.nl, numbers, texts, 'order-a3');
      }
    }
  }
}

/**
 * R07: an additional product needs base packages. Per user type when the product has one (A5
 * medewerkers needs Basispakket medewerkers); otherwise base packages of either user type. Any
 * base package counted is enough; none counted while one could not be, is info with where to look.
 */
function checkBaseExists(lines: ReadLine[], totals: Totals, findings: FindingList): void {
  for (const line of lines) {
    const { product } = line;
    if (!product || !isCountable(product) || !NEEDS_BASE.has(product.family)) continue;
    if (!line.quantity.ok || line.quantity.value === 0) continue;
    const bases = product.userType ? [totals.get('base', product.userType)] : USER_TYPES.map((u) => totals.get('base', u));
    if (bases.some((b) => b.total > 0)) continue;
    const unplaced = [...new Set(bases.flatMap((b) => b.unplaced))];
    if (unplaced.length === 0 && bases.some((b) => b.unknown)) continue;
    const baseLabel = product.userType ? BASE_LABELS[product.userType].other : ANY_BASE_LABEL;
    if (unplaced.length > 0) {
      findings.add('R07', line, line.name, {}, { baseLabel, unknownNames: nameList(unplaced) }, 'check-future', 'base-unknown');
    } else {
      findings.add('R07', line, line.name, {}, { baseLabel }, 'order-base');
    }
  }
}

/**
 * R15: the same product (catalogue entry and user type, or the same name) on more than one line.
 * The fix moves the total of all those lines to the first one, so what is ordered stays the same.
 */
function checkDuplicates(lines: ReadLine[], findings: FindingList): void {
  const byKey = new Map<string, ReadLine[]>();
  for (const line of lines) {
    // Recognised products compare by catalogue entry, so an old and a new name count as one.
    const key = line.product
      ? `id:${line.product.id}|${line.product.userType ?? '-'}`
      : `name:${normaliseProductName(line.name)}`;
    if (key === 'name:') continue;
    const same = byKey.get(key);
    if (same) same.push(line);
    else byKey.set(key, [line]);
  }
  for (const same of byKey.values()) {
    const [first, ...others] = same;
    if (!first || others.length === 0) continue;
    const readable = same.every((l) => l.quantity.ok);
    const total = same.reduce((sum, l) => sum + quantityOf(l), 0);
    for (const line of others) {
      const numbers: Record<string, number> = { otherLine: first.index + 1 };
      if (readable) numbers.total = total;
      findings.add('R15', line, line.name, numbers, {}, readable ? 'merge-total' : 'merge');
    }
  }
}

function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity !== 0) return bySeverity;
  const lineA = a.lineIndex ?? Number.MAX_SAFE_INTEGER;
  const lineB = b.lineIndex ?? Number.MAX_SAFE_INTEGER;
  if (lineA !== lineB) return lineA - lineB;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  const productA = a.product ?? '';
  const productB = b.product ?? '';
  return productA < productB ? -1 : productA > productB ? 1 : 0;
}

/**
 * Checks a cart. Findings are sorted: errors, then warnings, then info; within each by line.
 * Notices say what could not be checked (e.g. future licences not yet known).
 */
export function checkCart(input: CartCheckInput, options: CartCheckOptions = {}): CartCheckResult {
  const catalogue = options?.catalogue ?? CATALOGUE;
  const threshold = validThreshold(options?.changeThreshold);
  const year = typeof input?.licenceYear === 'number' ? input.licenceYear : Number.NaN;
  const lines = readInput(input, catalogue);
  const findings = new FindingList();
  const notices: Notice[] = [];

  const totals = new Totals();
  const future = Array.isArray(input?.futureLicenses) ? input.futureLicenses : null;
  if (future) addFutureLicenses(future, year, catalogue, totals, notices);
  else notices.push(notice('future-licenses-unknown', null));

  for (const line of lines) {
    if (line.product && isCountable(line.product)) {
      totals.add(line.product, line.quantity.ok ? line.quantity.value : null, line);
    }
    checkLine(line, threshold, findings);
  }

  checkA5(totals, findings);
  checkAddOns(totals, findings);
  if (future) {
    checkA3AgainstBase(totals, findings);
    checkBaseExists(lines, totals, findings);
  }
  checkDuplicates(lines, findings);
  if (input?.preparedKnown === false && lines.length > 0) notices.push(notice('prepared-lines-unknown', null));

  const unchecked = findings.items.some((f) => f.rule === 'R08' || f.rule === 'R14');
  return {
    findings: findings.items.sort(compareFindings),
    notices,
    complete: lines.length > 0 && notices.length === 0 && !unchecked,
  };
}
