/**
 * What a page shows can be longer than a message may carry: a notice of several pages, an order
 * history of hundreds of rows. The page is still read and checked: texts are cut with an ellipsis
 * and lists capped, and what was left out is named in `unread` with its count, so nothing is
 * refused whole as malformed. The message schema (lib/messages.ts) uses the same limits.
 */
import type { Institution, PageObservation, ProductQuantity } from './observation';

export const LIMITS = {
  text: 2000,
  shortText: 300,
  url: 4000,
  customerNumber: 40,
  quantityText: 100,
  orderField: 60,
  institutions: 200,
  messages: 50,
  approvedOrders: 50,
  orders: 5000,
  groups: 500,
  lines: 2000,
  actions: 20,
  unread: 50,
} as const;

const ELLIPSIS = '…';

/** `value` cut to at most `max` characters, ending in an ellipsis when cut. */
export function cut(value: string, max: number): string {
  return value.length <= max ? value : value.slice(0, max - ELLIPSIS.length) + ELLIPSIS;
}

const cutOrNull = (value: string | null, max: number) => (value === null ? null : cut(value, max));

function institution<T extends Institution | null>(i: T): T {
  if (i === null) return i;
  return { ...i, name: cut(i.name, LIMITS.shortText), customerNumber: cutOrNull(i.customerNumber, LIMITS.customerNumber) } as T;
}

function line<T extends ProductQuantity>(l: T): T {
  return { ...l, product: cut(l.product, LIMITS.shortText), quantityText: cut(l.quantityText, LIMITS.quantityText) };
}

/** The observation within the message limits; `unread` says which lists were capped and by how many. */
export function boundObservation(obs: PageObservation): PageObservation {
  const leftOut: string[] = [];
  function cap<T>(list: T[], max: number, label: string): T[] {
    if (list.length <= max) return list;
    leftOut.push(`${label}: ${list.length - max} niet meegestuurd`);
    return list.slice(0, max);
  }
  const bounded: PageObservation = {
    ...obs,
    url: cut(obs.url, LIMITS.url),
    institution: institution(obs.institution),
    institutions: cap(obs.institutions, LIMITS.institutions, 'instellingen').map(institution),
    messages: cap(obs.messages, LIMITS.messages, 'meldingen').map((m) => cut(m, LIMITS.text)),
    // Read from every message before they are capped, so they need their own bound.
    approvedOrders: cap(obs.approvedOrders, LIMITS.approvedOrders, 'goedgekeurde bestellingen').map((n) => cut(n, LIMITS.orderField)),
    deadlineText: cutOrNull(obs.deadlineText, LIMITS.text),
    preparedOrders: cap(obs.preparedOrders, LIMITS.groups, 'klaargezette bestellingen').map((o) => ({
      ...o,
      institution: institution(o.institution),
      lines: cap(o.lines, LIMITS.lines, 'bestelregels').map(line),
    })),
    futureLicenses: cap(obs.futureLicenses, LIMITS.lines, 'licenties').map(line),
    futureLicensesByInstitution: cap(obs.futureLicensesByInstitution, LIMITS.groups, 'licenties per instelling').map((g) => ({
      ...g,
      institution: institution(g.institution),
      lines: cap(g.lines, LIMITS.lines, 'licenties').map(line),
    })),
    cartLines: cap(obs.cartLines, LIMITS.lines, 'winkelwagenregels').map((l) => ({
      ...line(l),
      actions: cap(l.actions, LIMITS.actions, 'knoppen').map((a) => cut(a, LIMITS.shortText)),
    })),
    reference: cutOrNull(obs.reference, LIMITS.text),
    quantityForm: obs.quantityForm && { product: cut(obs.quantityForm.product, LIMITS.shortText), value: cut(obs.quantityForm.value, LIMITS.quantityText) },
    orderNumber: cutOrNull(obs.orderNumber, LIMITS.orderField),
    orders: cap(obs.orders, LIMITS.orders, 'bestellingen').map((o) => ({
      ...o,
      orderNumber: cut(o.orderNumber, LIMITS.orderField),
      date: cutOrNull(o.date, LIMITS.orderField),
      institution: institution(o.institution),
      statusText: cut(o.statusText, LIMITS.shortText),
      ...(o.description === undefined ? {} : { description: cutOrNull(o.description, LIMITS.shortText) }),
    })),
    claiming: institution(obs.claiming),
  };
  // What was left out comes first, so capping `unread` itself never hides it.
  bounded.unread = [...leftOut, ...obs.unread].slice(0, LIMITS.unread).map((u) => cut(u, LIMITS.shortText));
  return bounded;
}
