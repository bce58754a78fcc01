/**
 * The stored record of how far the registration is, per licence year and per institution. Plain
 * JSON-serialisable data: what was seen (evidence) and what the user said (overrides, confirmations).
 * Step states are derived from it in steps.ts, never stored.
 */
import type { CartLine, Institution, OrderStatus, PageKind, ProductQuantity } from './observation';

export const STEP_IDS = [1, 2, 3, 4, 5, 6, 7] as const;
export type StepId = (typeof STEP_IDS)[number];

/**
 * The manual's seven steps by name. The numbers are the manual's own (the stappenplan counts them
 * 1-7) and are what the store keeps; everywhere else the code says the name.
 */
export const STEP = {
  login: 1,
  claimCart: 2,
  checkQuantities: 3,
  reference: 4,
  placeOrder: 5,
  approve: 6,
  complete: 7,
} as const satisfies Record<string, StepId>;
export const STEP_STATES = ['todo', 'done', 'skipped'] as const;
export type StepState = (typeof STEP_STATES)[number];

/** Why Vinkje thinks a step is done: what was seen, where and when. */
export interface Evidence {
  at: number;
  page: PageKind;
  /** Short Dutch phrase, e.g. "Winkelwagen geclaimd", "Bestelling 204517 geplaatst". */
  what: string;
  url?: string;
}

export interface StepOverride {
  state: StepState;
  at: number;
}

export interface InstitutionProgress {
  licenceYear: number;
  /** Customer number when known, else the normalised name (see institutionKey). */
  key: string;
  institution: Institution;
  /** Direct evidence per step; steps 1 and 7 are derived elsewhere and never stored here. */
  evidence: Partial<Record<StepId, Evidence>>;
  /** The user's hand ticks; they win over evidence. */
  overrides: Partial<Record<StepId, StepOverride>>;
  /** The user said no invoice reference is needed (step 4 skipped). */
  referenceDeclinedAt: number | null;
  orderNumber: string | null;
  /** The most advanced status seen for orderNumber: statuses only move forward. */
  orderStatus: OrderStatus | null;
  /** When orderStatus was first seen. */
  orderStatusAt: number | null;
  placedAt: number | null;
  /** The prepared order's lines as shown on "Licenties verlengen" (last year's participations). */
  preparedLines: ProductQuantity[] | null;
  cartLines: CartLine[] | null;
  cartSeenAt: number | null;
  reference: string | null;
  /** "Toekomstige licenties", including the base packages, for the cart check. */
  futureLicenses: ProductQuantity[] | null;
  claimedAt: number | null;
  /** The person said this institution does not take part this licence year (absent: it does). */
  notTakingPartAt?: number;
  /** Orders in a list that may be the registration but cannot be told apart (registration-order.ts). */
  possibleOrders?: PossibleOrder[];
}

/** An order row of this institution and season that the person is asked about. */
export interface PossibleOrder {
  orderNumber: string;
  date: string | null;
  status: OrderStatus | null;
  /** The list it was seen in. */
  page: PageKind;
  seenAt: number;
}

/** False once the person said the institution does not take part this year: no reminders for it. */
export function takesPart(inst: InstitutionProgress): boolean {
  return inst.notTakingPartAt === undefined;
}

export interface AccountProgress {
  /** false once a page said this login is not the 1e contactpersoon; null when no page said. */
  primaryContact: boolean | null;
  /** The first logged-in page seen this licence year (step 1's evidence). */
  login: Evidence | null;
  /** The shop's words when it refused this login as not the 1e contactpersoon. */
  refusal: string | null;
}

export interface PageVisit {
  /** When the page first looked like this (url and unread unchanged since). */
  at: number;
  url: string;
  /** What the reader could not read there. */
  unread: string[];
}

/**
 * What a page showed for an institution Vinkje could not tell yet (the page named none and no context
 * decided): kept, not dropped, and attached once the institution is known.
 */
export interface UnattributedPage {
  kind: PageKind;
  url: string;
  seenAt: number;
  cartLines: CartLine[];
  reference: string | null;
  orderNumber: string | null;
  futureLicenses: ProductQuantity[];
}

/** At most this many unattributed pages are kept: the latest of each kind that has any. */
export const UNATTRIBUTED_LIMIT = 4;

export interface YearProgress {
  licenceYear: number;
  account: AccountProgress;
  institutions: Record<string, InstitutionProgress>;
  /** The institution whose cart is claimed in the shop right now (only one at a time). */
  activeCartKey: string | null;
  /**
   * How Vinkje knows whose the claimed cart is, when no page named it (attribution.ts); absent when a
   * page did, or in records stored before Vinkje kept it.
   */
  activeCartSource?: 'only-institution' | 'chosen';
  lastPages: Partial<Record<PageKind, PageVisit>>;
  /**
   * The institution whose prepared cart the person last pressed "Toevoegen aan winkelwagen" for, and
   * when: the next cart page is that cart, until the shop shows it (then activeCartKey takes over).
   */
  claimIntent?: { key: string; at: number };
  /** Absent in records stored before Vinkje kept unattributed pages. */
  unattributed?: UnattributedPage[];
  /** When the person hid the notice that this year's contract may differ (contract-years.ts). */
  contractNoticeDismissedAt?: number;
  /** When the shop's cart last showed another order (no Microsoft licences) not yet placed (other-orders.ts). */
  otherCartAt?: number;
  /** Orders placed from another cart: never the registration, whatever list shows them. */
  otherOrderNumbers?: string[];
  /**
   * The person's answer when the shop's page stated another deadline than the one they entered:
   * which holds, for those two dates (ISO days). A new date on either side asks again (campaign.ts).
   */
  deadlineChoice?: { pageDate: string; userDate: string; keep: 'page' | 'user'; at: number };
}

export function emptyYearProgress(licenceYear: number): YearProgress {
  return {
    licenceYear,
    account: { primaryContact: null, login: null, refusal: null },
    institutions: {},
    activeCartKey: null,
    lastPages: {},
  };
}

export function emptyInstitutionProgress(licenceYear: number, institution: Institution): InstitutionProgress {
  return {
    licenceYear,
    key: institutionKey(institution),
    institution: { ...institution },
    evidence: {},
    overrides: {},
    referenceDeclinedAt: null,
    orderNumber: null,
    orderStatus: null,
    orderStatusAt: null,
    placedAt: null,
    preparedLines: null,
    cartLines: null,
    cartSeenAt: null,
    reference: null,
    futureLicenses: null,
    claimedAt: null,
  };
}

/** Lower case, single spaces, no surrounding punctuation: "Het  Baken College." → "het baken college". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.,;:]+|[\s.,;:]+$/gu, '');
}

/**
 * Stable key: the customer number when the page showed one, else the normalised name. A name or
 * number that every object already answers to ("constructor", "__proto__") gets a prefix, so no
 * store, schema or lookup can mistake it for something of Object.prototype.
 */
export function institutionKey(institution: Institution): string {
  const number = institution.customerNumber?.trim();
  // A customer number is digits on every real page; one that is a prototype member gets a prefix too.
  if (number) return number in Object.prototype ? `nummer:${number}` : number;
  const name = normaliseName(institution.name);
  return name in Object.prototype ? `naam:${name}` : name;
}

/**
 * The key of the record this institution belongs to, if any. A page that names only the institution
 * (the account's role line) and a page that also shows its customer number must land on one record.
 */
export function findInstitutionKey(progress: YearProgress, institution: Institution): string | null {
  const key = institutionKey(institution);
  if (Object.hasOwn(progress.institutions, key)) return key;
  const name = normaliseName(institution.name);
  if (!name) return null;
  const hasNumber = Boolean(institution.customerNumber?.trim());
  for (const record of Object.values(progress.institutions)) {
    if (normaliseName(record.institution.name) !== name) continue;
    // Two different customer numbers are two institutions, even with the same name.
    if (hasNumber && record.institution.customerNumber) continue;
    return record.key;
  }
  return null;
}
