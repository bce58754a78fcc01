/**
 * What the sidebar and popup show, derived by the background from stored progress. Plain data: the
 * views render it and send user choices back; they never compute progress themselves.
 */
import type { OrderStatus, PageKind } from './observation';
import type { Finding, Notice as CartNotice } from './cart-check';
import type { StepId } from './progress';
import type { StepView } from './steps';
import type { AttributionSource } from './attribution';
import type { CampaignSource } from './campaign';
import type { LocalText } from './format';

export type Language = 'nl' | 'en';
export type { StepId, StepState } from './progress';
export type { StepView } from './steps';
export type { AttributionSource } from './attribution';

export interface InstitutionSummary {
  key: string;
  name: string;
  customerNumber: string | null;
  /** Steps 1–7 done or skipped. */
  stepsDone: number;
  currentStep: StepId;
  complete: boolean;
  orderNumber: string | null;
  orderStatus: OrderStatus | null;
  /** false: the person said it does not take part this licence year. */
  takingPart: boolean;
}

export type NoticeLevel = 'info' | 'warning' | 'critical';
export interface Notice {
  id: string;
  level: NoticeLevel;
  text: LocalText;
  /** The person may hide it (for the licence year): it informs, it does not warn. */
  dismissible?: boolean;
}

/**
 * The local cart check as the sidebar shows it: computed in the background from the stored cart,
 * the future licences and, on the quantity page, the value being typed.
 */
export interface CartCheckView {
  /**
   * checked: the findings below; empty-cart: the page says the cart is empty; no-lines: a cart page
   * whose lines Vinkje could not read (the sidebar says so instead of showing nothing).
   */
  status: 'checked' | 'empty-cart' | 'no-lines';
  /** Every line was read and recognised and every rule could run: only then "no errors" is said. */
  complete: boolean;
  /** true on the quantity page: the check includes what is typed now. */
  live: boolean;
  /** The product being edited on the quantity page. */
  liveProduct: string | null;
  findings: Finding[];
  notices: CartNotice[];
  /** Per line: last year's (prepared) quantity against the new one. */
  lines: Array<{ product: string; prepared: number | null; quantity: number | null }>;
}

export interface SidebarView {
  language: Language;
  collapsed: boolean;
  page: PageKind;
  /** What the reader could not find on this page. */
  unread: string[];
  licenceYear: number;
  /** dateText: "vrijdag 11 december 2026" / "Friday 11 December 2026". */
  deadline: DeadlineView;
  /** Orders that may be the registration, for the person to confirm or reject ("mogelijk de registratie"). */
  possibleOrders: PossibleOrderView[];
  institutions: InstitutionSummary[];
  /** The institution this page is about (or the one the person chose). */
  institution: InstitutionSummary | null;
  /** Each step with, when it has evidence, the moment it was seen as text. */
  steps: Array<StepView & { seenAt: LocalText | null }>;
  nextAction: LocalText | null;
  notices: Notice[];
  cartCheck: CartCheckView | null;
  /** Where the page's institution came from when the page did not name it (see attribution.ts). */
  attribution: AttributionSource | null;
  /** A cart, quantity or thank-you page whose institution Vinkje cannot tell: the person is asked. */
  pageUnattributed: boolean;
  /** Reminders are held back until this time (epoch ms), or null. */
  snoozedUntil: number | null;
  /** snoozedUntil as text, e.g. "zondag 14:05". */
  snoozedUntilText: LocalText | null;
}

/** The deadline as the sidebar and popup show it: the date, where it comes from, and a question if two sources differ. */
export interface DeadlineView {
  at: number;
  daysLeft: number;
  confirmed: boolean;
  dateText: LocalText;
  source: CampaignSource;
  /** The shop's page and the user name different dates: both, and the shop's as an ISO day for the answer. */
  conflict: { pageDate: string; pageDateText: LocalText; userDateText: LocalText } | null;
}

export interface PossibleOrderView {
  key: string;
  institutionName: string;
  orderNumber: string;
  date: string | null;
  status: OrderStatus | null;
}
