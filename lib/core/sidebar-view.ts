/**
 * Builds what the sidebar shows on one page from the stored progress: pure, so every state of the
 * sidebar can be tested without a browser.
 */
import { sameProductName } from './catalogue';
import { institutionAt } from './institution-records';
import { daysLeft, deadlineDateOf, type Campaign } from './campaign';
import { isoDay, type CalendarDate } from './amsterdam-time';
import { formatDateEn, formatDateNl } from './dutch-date';
import { evidenceMoment, weekdayAndTime } from './moment-text';
import type { PageKind } from './observation';
import { emptyInstitutionProgress, findInstitutionKey, takesPart, type InstitutionProgress, type YearProgress } from './progress';
import { currentStep, isComplete, stepStates } from './steps';
import { nextAction, nonPrimaryExplanation, secondClaimWarning } from './next-action';
import { warnings } from './warnings';
import type { CartCheckView, DeadlineView, InstitutionSummary, Language, Notice, PossibleOrderView, SidebarView } from './view';
import { checkCart } from './cart-check';
import type { PageObservation } from './observation';
import { newContractNotice } from './contract-years';
import { evidenceText, unreadText } from './phrase-english';
import { attributeFromContext, attributePage, isCartPage, type Attribution } from './attribution';

export interface SidebarViewInput {
  now: number;
  progress: YearProgress;
  campaign: Campaign;
  /** The page being shown, or null when the view is asked for without a new reading. */
  observation: PageObservation | null;
  page: PageKind;
  language: Language;
  collapsed: boolean;
  /** The institution the person picked in the switcher, if any. */
  selectedKey: string | null;
  /** Problems of the store the person must know about (e.g. no IndexedDB). */
  storeNotices: Notice[];
  /** Reminders held back until then (settings), or null. */
  snoozedUntil?: number | null;
}

export function summarise(inst: InstitutionProgress, progress: YearProgress): InstitutionSummary {
  const steps = stepStates(inst, progress.account);
  return {
    key: inst.key,
    name: inst.institution.name,
    customerNumber: inst.institution.customerNumber,
    stepsDone: steps.filter((s) => s.state !== 'todo').length,
    currentStep: currentStep(inst, progress.account),
    complete: isComplete(inst, progress.account),
    orderNumber: inst.orderNumber,
    orderStatus: inst.orderStatus,
    takingPart: takesPart(inst),
  };
}

/** When the person last did something for this institution that Vinkje saw. */
function lastActivity(inst: InstitutionProgress): number {
  const times = [
    ...Object.values(inst.evidence).map((e) => e?.at ?? 0),
    ...Object.values(inst.overrides).map((o) => o?.at ?? 0),
    inst.orderStatusAt ?? 0,
    inst.cartSeenAt ?? 0,
  ];
  return Math.max(0, ...times);
}

/**
 * Which institution this page is about: the one the page names, else the one context gives
 * (attribution.ts: the claimed cart, the only institution, the person's choice). Pages that are not
 * about one institution (the account, order lists) fall back to the one worked on last, else the
 * first unfinished; that is a default for the switcher, not an attribution.
 */
function pageAttribution(input: SidebarViewInput): Attribution | null {
  const { progress, observation, page, selectedKey } = input;
  return observation ? attributePage(progress, observation, selectedKey) : attributeFromContext(progress, page, selectedKey);
}

function defaultInstitutionKey(progress: YearProgress): string | null {
  const all = Object.values(progress.institutions);
  const recent = all.reduce<InstitutionProgress | null>((best, i) => (lastActivity(i) > (best ? lastActivity(best) : 0) ? i : best), null);
  if (recent) return recent.key;
  return all.find((i) => !isComplete(i, progress.account))?.key ?? all[0]?.key ?? null;
}


/**
 * The cart check for an institution. On the quantity page the typed value replaces that product's
 * line (or is added as a new line), so the person sees the result before pressing "Ga verder".
 */
export function cartCheckFor(inst: InstitutionProgress | null, licenceYear: number, observation: PageObservation | null): CartCheckView | null {
  // On the cart page the cart it shows is checked, whoever it turns out to belong to (an emptied
  // cart is not checked from what was stored before); elsewhere the stored one.
  const onCart = observation?.kind === 'cart';
  const pageLines = onCart && observation.cartLines.length > 0 ? observation.cartLines : null;
  const live = observation?.kind === 'quantity' ? observation.quantityForm : null;
  const cartLines = onCart ? pageLines : (inst?.cartLines ?? (live ? [] : null));
  if (!cartLines) return null;
  const prepared = (product: string) => inst?.preparedLines?.find((l) => sameProductName(l.product, product))?.quantity ?? null;
  const lines = cartLines.map((l) => ({ product: l.product, quantity: l.quantity, quantityText: l.quantityText, prepared: prepared(l.product) }));
  if (live) {
    const index = lines.findIndex((l) => sameProductName(l.product, live.product));
    const edited = { product: live.product, quantity: null, quantityText: live.value, prepared: prepared(live.product) };
    if (index < 0) lines.push(edited);
    else lines[index] = edited;
  }
  const result = checkCart({
    licenceYear,
    lines,
    futureLicenses: inst?.futureLicenses ?? null,
    preparedKnown: Boolean(inst?.preparedLines),
  });
  return {
    status: 'checked',
    complete: result.complete,
    live: live !== null,
    liveProduct: live?.product ?? null,
    findings: result.findings,
    notices: result.notices,
    lines: lines.map((l) => ({ product: l.product, prepared: l.prepared, quantity: l.quantity })),
  };
}

export function buildSidebarView(input: SidebarViewInput): SidebarView {
  const { now, progress, campaign, observation, page } = input;
  const attribution = pageAttribution(input);
  const key = attribution?.key ?? (isCartPage(page) ? null : defaultInstitutionKey(progress));
  const inst = institutionAt(progress, key) ?? null;
  const notices: Notice[] = [...input.storeNotices];

  if (progress.account.primaryContact === false) {
    notices.push({ id: 'not-primary', level: 'critical', text: nonPrimaryExplanation() });
  }
  // About to claim a second cart while another is unfinished: the shop allows only one at a time.
  if (page === 'renewals' && observation) {
    for (const order of observation.preparedOrders) {
      if (!order.canClaim || !order.institution) continue;
      const claimingKey = findInstitutionKey(progress, order.institution);
      const warning = claimingKey ? secondClaimWarning(progress, claimingKey) : null;
      if (warning) {
        notices.push({ id: 'second-claim', level: 'warning', text: warning });
        break;
      }
    }
  }
  const contract = newContractNotice(progress.licenceYear, campaign, progress.contractNoticeDismissedAt);
  if (contract) notices.push(contract);
  for (const w of warnings(now, campaign, progress)) {
    if (w.institutionKey !== null && w.institutionKey !== key) continue;
    notices.push({ id: w.id, level: w.level, text: { nl: `${w.message.nl} ${w.action.nl}`, en: `${w.message.en} ${w.action.en}` } });
  }

  const next = nextAction(progress, key, page, {
    cart: Boolean(observation && (observation.cartLines.length > 0 || observation.quantityForm)),
    placedOrder: Boolean(observation?.orderNumber),
  }).text;
  // A notice that says no more than the next action is left out; an informational one that only
  // adds context to it ("not started yet: claim the cart") too. A warning with its own news (days
  // left, an Open order) always shows, even when its advice is the next action.
  const repeats = (n: Notice) => next.nl.includes(n.text.nl) || (n.level === 'info' && n.text.nl.endsWith(next.nl));
  const distinct = notices.filter((n) => !repeats(n));

  const snoozed = input.snoozedUntil && input.snoozedUntil > now ? input.snoozedUntil : null;

  return {
    language: input.language,
    collapsed: input.collapsed,
    page,
    unread: (observation?.unread ?? []).map((u) => unreadText(u, input.language)),
    licenceYear: progress.licenceYear,
    deadline: deadlineView(now, campaign),
    possibleOrders: possibleOrdersToShow(progress, inst, page),
    institutions: Object.values(progress.institutions).map((i) => summarise(i, progress)),
    institution: inst ? summarise(inst, progress) : null,
    // Before any institution is known, step 1 (the login) can still show its state.
    steps: stepStates(inst ?? emptyInstitutionProgress(progress.licenceYear, { name: '', customerNumber: null }), progress.account).map((s) => ({
      ...s,
      evidence: s.evidence ? { ...s.evidence, what: evidenceText(s.evidence.what, input.language) } : null,
      seenAt: s.evidence ? evidenceMoment(s.evidence.at) : null,
    })),
    nextAction: next,
    notices: distinct,
    snoozedUntil: snoozed,
    snoozedUntilText: snoozed ? weekdayAndTime(snoozed) : null,
    attribution: attribution && inst ? attribution.source : null,
    pageUnattributed: isCartPage(page) && !inst && Boolean(observation && pageShowsSomething(observation)),
    cartCheck: page === 'cart' || page === 'quantity' ? cartCheckOnPage(inst, progress.licenceYear, observation) : null,
  };
}

/** On the order lists every unclear order is asked about; elsewhere only those of the institution shown. */
function possibleOrdersToShow(progress: YearProgress, inst: InstitutionProgress | null, page: PageKind): PossibleOrderView[] {
  const onOrderList = page === 'open-orders' || page === 'order-history';
  const institutions = onOrderList ? Object.values(progress.institutions) : inst ? [inst] : [];
  return institutions.flatMap((i) =>
    (i.possibleOrders ?? []).map((p) => ({ key: i.key, institutionName: i.institution.name, orderNumber: p.orderNumber, date: p.date, status: p.status })),
  );
}

function dateText(date: CalendarDate): { nl: string; en: string } {
  return { nl: formatDateNl(date), en: formatDateEn(date) };
}

/** The deadline with its source, and both dates when the shop's page and the user disagree. */
export function deadlineView(now: number, campaign: Campaign): DeadlineView {
  const conflict = campaign.conflict;
  return {
    at: campaign.deadlineAt,
    daysLeft: daysLeft(now, campaign),
    confirmed: campaign.confirmed,
    dateText: dateText(deadlineDateOf(campaign)),
    source: campaign.source,
    conflict: conflict
      ? { pageDate: isoDay(conflict.pageDate), pageDateText: dateText(conflict.pageDate), userDateText: dateText(conflict.userDate) }
      : null,
  };
}

/** Whether a cart, quantity or thank-you page showed anything that belongs to an institution. */
function pageShowsSomething(observation: PageObservation): boolean {
  return observation.cartLines.length > 0 || observation.quantityForm !== null || observation.orderNumber !== null;
}

/**
 * The cart check on a cart or quantity page, never absent without a word: the check itself, or
 * the cart is empty, or Vinkje could not read its lines (and says so).
 */
function cartCheckOnPage(inst: InstitutionProgress | null, licenceYear: number, observation: PageObservation | null): CartCheckView {
  const check = cartCheckFor(inst, licenceYear, observation);
  if (check) return check;
  const empty = observation?.kind === 'cart' && observation.cartLines.length === 0 && observation.unread.length === 0;
  return {
    status: empty ? 'empty-cart' : 'no-lines',
    complete: false,
    live: false,
    liveProduct: null,
    findings: [],
    notices: [],
    lines: [],
  };
}
