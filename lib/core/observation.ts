/**
 * What Vinkje saw on one shop page: plain data produced by `lib/site` readers and consumed by the
 * background. No DOM, no browser API. Every field a reader could not find is `null` or empty, never
 * guessed; `unread` lists what the reader looked for and did not find, so the UI can say so.
 */

export const PAGE_KINDS = [
  'login',
  'account',
  'licenses',
  'renewals',
  'cart',
  'quantity',
  'thank-you',
  'open-orders',
  'order-history',
  'unknown',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Open = still needs approval; approved = "Goedgekeurd"; completed = "Afgehandeld". */
export const ORDER_STATUSES = ['open', 'approved', 'completed'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface Institution {
  name: string;
  /** Customer number ("klantnummer") when the page shows one. */
  customerNumber: string | null;
}

export interface ProductQuantity {
  product: string;
  /** Parsed whole number, or null when the text did not parse (see quantityText). */
  quantity: number | null;
  quantityText: string;
}

export interface PreparedOrder {
  institution: Institution | null;
  lines: ProductQuantity[];
  /** Whether the page offers "toevoegen aan winkelwagen" for this order. */
  canClaim: boolean;
  /** The page says the prepared order has been ordered ("Besteld"), not only claimed. */
  ordered?: boolean;
}

export interface CartLine extends ProductQuantity {
  /** Visible action labels on the line, lower-cased (e.g. "wijzigen", "verwijderen"). */
  actions: string[];
}

export interface OrderRow {
  orderNumber: string;
  date: string | null;
  institution: Institution | null;
  status: OrderStatus | null;
  statusText: string;
  /** Amount in euro cents, when shown. */
  amountCents: number | null;
  /** What the row says the order holds (a product or description column), when it has one. */
  description?: string | null;
  /** The row itself says the order is the yearly renewal (e.g. "Verlenging Microsoft-licenties"). */
  saysRenewal?: boolean;
}

export interface PageObservation {
  kind: PageKind;
  /** The page URL (path and query are hints only). */
  url: string;
  /** Epoch milliseconds when the page was read. */
  seenAt: number;
  /** true: a log-out link or account menu is visible; false: a login form; null: cannot tell. */
  loggedIn: boolean | null;
  /** false when the page says the user is not the 1e contactpersoon; null when it does not say. */
  isPrimaryContact: boolean | null;
  /** The institution this page belongs to, when the page names one. */
  institution: Institution | null;
  /** Institutions a page lists, e.g. the account page's "Je bent 1e contactpersoon van: A, B en C." */
  institutions: Institution[];
  /** The "Licenties verlengen (N)" count from the account menu. */
  renewalsWaiting: number | null;
  /** Shop messages (flash messages, alerts) as visible text. */
  messages: string[];
  /** Order numbers a shop message says were just approved ("Bestelling 204517 is goedgekeurd."). */
  approvedOrders: string[];
  /** A shop message says an order was approved without saying which ("Je bestelling is goedgekeurd."). */
  approvedWithoutNumber: boolean;
  /** A deadline sentence the page states, e.g. "uiterlijk vrijdag 12 december 2025". */
  deadlineText: string | null;
  preparedOrders: PreparedOrder[];
  /** Future licences ("toekomstige licenties") shown on the licences page. */
  futureLicenses: ProductQuantity[];
  /**
   * The same future licences grouped per institution heading, for pages that show several
   * institutions (a board's contact person). A page without institution headings gives one group
   * with institution null.
   */
  futureLicensesByInstitution: Array<{ institution: Institution | null; lines: ProductQuantity[] }>;
  cartLines: CartLine[];
  /** Value of the "Referentie" field on the cart, or null when there is none. */
  reference: string | null;
  /** The quantity form ("Hoeveel licenties wil je bestellen?"). */
  quantityForm: { product: string; value: string } | null;
  /** Order number shown on the thank-you page. */
  orderNumber: string | null;
  orders: OrderRow[];
  /**
   * The prepared order whose "Toevoegen aan winkelwagen" the person just pressed (renewals): the
   * cart the shop opens next is this institution's, even when that page does not name it.
   */
  claiming: Institution | null;
  /** What the reader looked for and could not read, in plain words (Dutch). */
  unread: string[];
}

/** An observation with every field empty: the start point of every reader. */
export function emptyObservation(kind: PageKind, url: string, seenAt: number): PageObservation {
  return {
    kind,
    url,
    seenAt,
    loggedIn: null,
    isPrimaryContact: null,
    institution: null,
    institutions: [],
    renewalsWaiting: null,
    messages: [],
    approvedOrders: [],
    approvedWithoutNumber: false,
    deadlineText: null,
    preparedOrders: [],
    futureLicenses: [],
    futureLicensesByInstitution: [],
    cartLines: [],
    reference: null,
    quantityForm: null,
    orderNumber: null,
    orders: [],
    claiming: null,
    unread: [],
  };
}
