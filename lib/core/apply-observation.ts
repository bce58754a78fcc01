/**
 * Folds one page observation into the year's progress. Pure: returns a new object, or the very same
 * object when the page told nothing new, so the caller can skip the write. Evidence is only ever added
 * (a step that was seen done stays done), except the invoice reference, which can still be cleared
 * before the order is placed. Order statuses only move forward.
 */
import { recordApprovalMessages } from './approval';
import { clearActiveCart, setActiveCart } from './active-cart';
import { ensureInstitution } from './ensure-institution';
import { institutionAt } from './institution-records';
import { recordOrderRow, type MakeEvidence } from './order-rows';
import { allPreparedLines, isOtherOrder, placedFromOtherCart, recordOtherCart, recordOtherOrder, showsRegistrationLicences } from './other-orders';
import { attributeFromContext, isCartPage, type Attribution, type AttributionSource } from './attribution';
import { clearPossibleOrders } from './registration-order';
import type { Campaign } from './campaign';
import { emptyObservation, type Institution, type PageObservation } from './observation';
import { STEP, UNATTRIBUTED_LIMIT, type InstitutionProgress, type UnattributedPage, type YearProgress } from './progress';

/** What the background knows besides the page: the institution the person chose in the sidebar. */
export interface ObservationContext {
  chosenKey?: string | null;
}



function evidenceFor(obs: Pick<PageObservation, 'url' | 'seenAt' | 'kind'>): MakeEvidence {
  return (what) => (obs.url ? { at: obs.seenAt, page: obs.kind, what, url: obs.url } : { at: obs.seenAt, page: obs.kind, what });
}

export function applyObservation(progress: YearProgress, obs: PageObservation, context: ObservationContext = {}): YearProgress {
  const draft = structuredClone(progress);
  const evidence = evidenceFor(obs);
  const chosenKey = context.chosenKey ?? null;

  recordAccount(draft, obs, evidence);
  for (const institution of institutionsNamed(obs)) ensureInstitution(draft, institution);

  // Pages the person saw before the institution could be told come first: this page may be the later one.
  attachUnattributed(draft, obs, chosenKey);
  if (obs.kind === 'licenses') recordFutureLicenses(draft, obs, chosenKey);
  // The claim first: the order whose button was pressed belongs to the institution claimed.
  if (obs.kind === 'renewals') recordClaim(draft, obs);
  if (obs.kind === 'renewals') recordPreparedOrders(draft, obs, evidence, chosenKey);
  if (obs.kind === 'cart') recordCart(draft, obs, evidence, chosenKey);
  if (obs.kind === 'thank-you') recordPlacedOrder(draft, obs, evidence, chosenKey);
  for (const row of obs.orders) recordOrderRow(draft, obs, row, evidence);
  recordApprovalMessages(draft, obs, evidence);
  recordVisit(draft, obs);
  if (draft.unattributed?.length === 0) delete draft.unattributed;

  return JSON.stringify(draft) === JSON.stringify(progress) ? progress : draft;
}

/**
 * The record a page's content belongs to: the institution it names, else the one context gives
 * (see attribution.ts), else null.
 */
function pageRecord(draft: YearProgress, obs: PageObservation, chosenKey: string | null): InstitutionProgress | null {
  return pageAttribution(draft, obs, chosenKey)?.inst ?? null;
}

function pageAttribution(
  draft: YearProgress,
  obs: PageObservation,
  chosenKey: string | null,
): { inst: InstitutionProgress; source: AttributionSource } | null {
  if (obs.institution) {
    const named = ensureInstitution(draft, obs.institution);
    return named ? { inst: named, source: 'page' } : null;
  }
  const attributed = attributeFromContext(draft, obs.kind, chosenKey, obs.seenAt);
  const inst = institutionAt(draft, attributed?.key);
  return attributed && inst ? { inst, source: attributed.source } : null;
}


/** Keeps what a page showed until Vinkje knows whose it is (the latest page of each kind). */
function keepUnattributed(draft: YearProgress, obs: PageObservation): void {
  const page: UnattributedPage = {
    kind: obs.kind,
    url: obs.url,
    seenAt: obs.seenAt,
    cartLines: obs.cartLines,
    reference: obs.reference,
    orderNumber: obs.orderNumber,
    futureLicenses: obs.futureLicenses,
  };
  const others = (draft.unattributed ?? []).filter((p) => p.kind !== obs.kind);
  draft.unattributed = [...others, page].slice(-UNATTRIBUTED_LIMIT);
}

/**
 * Attaches kept pages once their institution can be told: a later cart page that names its
 * institution (the same claimed cart), or context (the claimed cart, the only institution, the choice).
 */
function attachUnattributed(draft: YearProgress, obs: PageObservation, chosenKey: string | null): void {
  const pending = draft.unattributed;
  if (!pending || pending.length === 0) return;
  const namedOnCartPage = obs.institution && isCartPage(obs.kind) ? ensureInstitution(draft, obs.institution) : null;
  draft.unattributed = pending.filter((page) => {
    const attributed: Attribution | null =
      isCartPage(page.kind) && namedOnCartPage ? { key: namedOnCartPage.key, source: 'page' } : attributeFromContext(draft, page.kind, chosenKey);
    const inst = institutionAt(draft, attributed?.key);
    if (!attributed || !inst) return true;
    recordUnattributedPage(draft, inst, page, attributed.source);
    return false;
  });
}

/** Applies a kept page to the institution it turned out to belong to, as if the page had named it. */
export function recordUnattributedPage(draft: YearProgress, inst: InstitutionProgress, page: UnattributedPage, source: AttributionSource): void {
  const obs: PageObservation = {
    ...emptyObservation(page.kind, page.url, page.seenAt),
    institution: inst.institution,
    cartLines: page.cartLines,
    reference: page.reference,
    orderNumber: page.orderNumber,
    futureLicenses: page.futureLicenses,
  };
  const evidence = evidenceFor(obs);
  if (page.kind === 'cart') recordCartFor(draft, inst, obs, evidence, source);
  if (page.kind === 'thank-you') recordPlacedOrderFor(draft, inst, obs, evidence);
  if (page.kind === 'licenses' && page.futureLicenses.length > 0) inst.futureLicenses = page.futureLicenses;
}

function recordAccount(draft: YearProgress, obs: PageObservation, evidence: MakeEvidence): void {
  const account = draft.account;
  if (obs.isPrimaryContact === true) {
    account.primaryContact = true;
    account.refusal = null;
    if (account.login && account.login.what !== LOGIN_AS_PRIMARY) account.login = { ...account.login, what: LOGIN_AS_PRIMARY };
  } else if (obs.isPrimaryContact === false) {
    account.primaryContact = false;
    account.refusal = obs.messages[0] ?? account.refusal;
  }
  if (obs.loggedIn === true && account.login === null) {
    account.login = evidence(account.primaryContact === true ? LOGIN_AS_PRIMARY : 'Ingelogd');
  }
}

const LOGIN_AS_PRIMARY = 'Ingelogd als 1e contactpersoon';

/** Institutions this page names: its own, the prepared orders', and a list such as the account's role line. */
function institutionsNamed(obs: PageObservation): Institution[] {
  const fromList = obs.institutions.filter(isInstitution);
  const fromOrders = obs.preparedOrders.map((o) => o.institution).filter((i): i is Institution => i !== null);
  return [...(obs.institution ? [obs.institution] : []), ...fromOrders, ...fromList];
}

function isInstitution(value: unknown): value is Institution {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && v.name.trim() !== '' && (v.customerNumber === null || typeof v.customerNumber === 'string');
}


function recordFutureLicenses(draft: YearProgress, obs: PageObservation, chosenKey: string | null): void {
  const groups = obs.futureLicensesByInstitution.filter((g) => g.institution !== null && g.lines.length > 0);
  for (const group of groups) {
    const inst = group.institution ? ensureInstitution(draft, group.institution) : null;
    if (inst) inst.futureLicenses = group.lines;
  }
  // A page without institution headings: the lines belong to the institution the page names, else context.
  if (groups.length === 0 && obs.futureLicenses.length > 0) {
    const inst = pageRecord(draft, obs, chosenKey);
    if (inst) inst.futureLicenses = obs.futureLicenses;
    else keepUnattributed(draft, obs);
  }
}

/**
 * A claim pressed on Licenties verlengen: the next cart page is that institution's (for an hour, see
 * attribution.ts). A cart still claimed for another institution wins over it, as in the shop, which
 * refuses a second claim; a refusal because this login is not the 1e contactpersoon undoes it.
 */
function recordClaim(draft: YearProgress, obs: PageObservation): void {
  if (obs.claiming && obs.isPrimaryContact !== false) {
    const inst = ensureInstitution(draft, obs.claiming);
    if (inst) draft.claimIntent = { key: inst.key, at: obs.seenAt };
  } else if (draft.claimIntent && obs.isPrimaryContact === false) {
    delete draft.claimIntent;
  }
}

function recordPreparedOrders(draft: YearProgress, obs: PageObservation, evidence: MakeEvidence, chosenKey: string | null): void {
  const unnamed = obs.preparedOrders.filter((o) => !o.institution);
  for (const order of obs.preparedOrders) {
    // One prepared order on a page that names no institution: the page's, or the one context gives.
    const inst = order.institution
      ? ensureInstitution(draft, order.institution)
      : unnamed.length === 1 && obs.preparedOrders.length === 1
        ? pageRecord(draft, obs, chosenKey)
        : null;
    if (!inst) continue;
    if (order.lines.length > 0) inst.preparedLines = order.lines;
    // No claim button means "Geclaimd" or "Besteld"; a colleague's view proves nothing about the claim.
    if (!order.canClaim && draft.account.primaryContact !== false && !inst.evidence[STEP.claimCart]) {
      inst.evidence[STEP.claimCart] = evidence('Winkelwagen geclaimd (gezien in Licenties verlengen)');
      inst.claimedAt ??= obs.seenAt;
    }
    // "Besteld": the prepared cart itself was ordered, the strongest evidence of step 5 short of the
    // order number. Its approval is not known from this page.
    if (order.ordered === true && draft.account.primaryContact !== false) {
      inst.evidence[STEP.placeOrder] ??= evidence('Bestelling geplaatst (gezien in Licenties verlengen: ‘Besteld’)');
    }
  }
}

function recordCart(draft: YearProgress, obs: PageObservation, evidence: MakeEvidence, chosenKey: string | null): void {
  if (obs.cartLines.length === 0) {
    // "Je winkelwagen is leeg.": nothing is claimed. Only when the reader missed nothing.
    if (obs.unread.length === 0 && !obs.institution) clearActiveCart(draft);
    return;
  }
  const attributed = pageAttribution(draft, obs, chosenKey);
  const prepared = attributed?.inst.preparedLines ?? allPreparedLines(draft);
  if (!showsRegistrationLicences(obs.cartLines, draft.licenceYear, prepared)) {
    // Another order in the shop's one cart: the registration cart is not there now.
    clearActiveCart(draft);
    recordOtherCart(draft, obs.seenAt);
    return;
  }
  if (attributed) recordCartFor(draft, attributed.inst, obs, evidence, attributed.source);
  else keepUnattributed(draft, obs);
}

function recordCartFor(draft: YearProgress, inst: InstitutionProgress, obs: PageObservation, evidence: MakeEvidence, source: AttributionSource): void {
  if (!inst.evidence[STEP.claimCart]) {
    inst.evidence[STEP.claimCart] = evidence('Winkelwagen geclaimd');
    inst.claimedAt ??= obs.seenAt;
  }
  setActiveCart(draft, inst.key, source);
  delete draft.otherCartAt;
  // The registration is the order placed from the claimed cart. A cart of this institution seen
  // after that order is another order's (more licences later): the registration keeps the lines it
  // was ordered with and its reference (the printed summary shows them), and the cart check of the
  // page in view reads the page itself.
  if (inst.orderNumber !== null || inst.placedAt !== null) return;
  if (JSON.stringify(inst.cartLines) !== JSON.stringify(obs.cartLines)) {
    inst.cartLines = obs.cartLines;
    inst.cartSeenAt = obs.seenAt;
  }
  recordReference(inst, obs, evidence);
}

function recordReference(inst: InstitutionProgress, obs: PageObservation, evidence: MakeEvidence): void {
  if (obs.reference === null) return;
  const reference = obs.reference.trim();
  if (reference) {
    if (inst.reference !== reference || !inst.evidence[STEP.reference]) inst.evidence[STEP.reference] = evidence(`Referentie ‘${reference}’ ingevuld`);
    inst.reference = reference;
  } else if (!inst.evidence[STEP.placeOrder] && inst.placedAt === null) {
    // Cleared in the cart before ordering: the reference is gone again.
    inst.reference = null;
    delete inst.evidence[STEP.reference];
  }
}

function recordPlacedOrder(draft: YearProgress, obs: PageObservation, evidence: MakeEvidence, chosenKey: string | null): void {
  if (!obs.orderNumber) return;
  // A page that names no one, showing an order already filed (a reload): it is that institution's.
  const filed = obs.institution ? undefined : Object.values(draft.institutions).find((i) => i.orderNumber === obs.orderNumber);
  const inst = filed ?? pageRecord(draft, obs, chosenKey);
  // Placing an order empties the shop's cart.
  clearActiveCart(draft);
  if (placedFromOtherCart(draft, inst) || isOtherOrder(draft, obs.orderNumber)) recordOtherOrder(draft, obs.orderNumber);
  else if (inst) recordPlacedOrderFor(draft, inst, obs, evidence);
  else keepUnattributed(draft, obs);
}

function recordPlacedOrderFor(draft: YearProgress, inst: InstitutionProgress, obs: PageObservation, evidence: MakeEvidence): void {
  if (draft.activeCartKey === inst.key) clearActiveCart(draft);
  if (inst.orderNumber !== null && inst.orderNumber !== obs.orderNumber) {
    // The registration is the order placed from the claimed cart, which is claimed once: another
    // number for an institution whose registration order is known is an extra (more base packages
    // later that week, say), remembered as such rather than dropped.
    if (obs.orderNumber) recordOtherOrder(draft, obs.orderNumber);
    return;
  }
  inst.orderNumber = obs.orderNumber;
  clearPossibleOrders(inst);
  inst.placedAt ??= obs.seenAt;
  inst.evidence[STEP.placeOrder] ??= evidence(`Bestelling ${obs.orderNumber} geplaatst`);
  if (inst.orderStatus === null) {
    inst.orderStatus = 'open';
    inst.orderStatusAt = obs.seenAt;
  }
  recordReference(inst, obs, evidence);
}


function recordVisit(draft: YearProgress, obs: PageObservation): void {
  const last = draft.lastPages[obs.kind];
  if (last && last.url === obs.url && JSON.stringify(last.unread) === JSON.stringify(obs.unread)) return;
  draft.lastPages[obs.kind] = { at: obs.seenAt, url: obs.url, unread: [...obs.unread] };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether an observation may be folded into this campaign's progress. A cart or thank-you page outside
 * the registration season is an ordinary order (Adobe, a mid-year extra), not the registration; order
 * lists are filtered by their dates instead, and the other pages only add what they name. The margins
 * allow for an estimated opening that is a little off and for late orders arranged with the service desk.
 */
export function countsForCampaign(obs: PageObservation, campaign: Campaign): boolean {
  if (obs.kind !== 'cart' && obs.kind !== 'thank-you') return true;
  return obs.seenAt >= campaign.opensAt - 14 * DAY_MS && obs.seenAt < campaign.licencesFrom + 31 * DAY_MS;
}
