/**
 * Table column and card labels, and the status words of an order's status column.
 * Part of the shop's words as data (lib/site/labels/README.md says how they are matched): when the
 * shop changes a word, the fix belongs in these files, nowhere else.
 */

// ---------------------------------------------------------------------------------------------
// Table column / card labels. Header cells may carry extra words (sort hints), so these are
// matched at the start of the label text.
// ---------------------------------------------------------------------------------------------

export const COLUMNS = {
  /** licenses, renewals, cart: the product name. */
  product: [/^(product|productnaam|licentie|licenties|artikel|omschrijving|naam)\b/],
  /** licenses, renewals, cart: "Aantal". */
  quantity: [/^(aantal|aantallen|hoeveelheid)\b/],
  /** licenses: "Ingangsdatum", "Einddatum". */
  startDate: [/^(ingangsdatum|startdatum|begindatum|geldig vanaf)\b/],
  endDate: [/^(einddatum|geldig tot|vervaldatum|verloopt op)\b/],
  /** cart: "Prijs per stuk", "Totaal". */
  unitPrice: [/^(prijs|stuksprijs|stukprijs|prijs per stuk)\b/],
  lineTotal: [/^(totaal|subtotaal|regeltotaal|totaalprijs)\b/],
  /** open-orders, order-history. */
  orderNumber: [/^(bestelnummer|bestelnr|ordernummer|ordernr|order|bestelling)\b/],
  date: [/^(datum|besteldatum|besteld op|orderdatum)\b/],
  institution: [/^(onderwijsinstelling|instelling|school|organisatie)\b/],
  amount: [/^(bedrag|totaalbedrag|totaal|orderbedrag)\b/],
  status: [/^(?:status|bestelstatus|orderstatus)\b/],
  /** open-orders, order-history: what the order holds. */
  description: [/^(omschrijving|producten|product|artikelen|artikel|inhoud|licenties)\b/],
  /** cart and card layouts: the column of action buttons, never data. */
  actions: [/^(acties|actie)\b/],
} as const;

/** Order status words (order-history, open-orders) → the observation's status. */
export const STATUS_WORDS: ReadonlyArray<{ pattern: RegExp; status: 'open' | 'approved' | 'completed' }> = [
  { pattern: /^(open|openstaand|wacht op goedkeuring|niet goedgekeurd|nog niet goedgekeurd|in afwachting van goedkeuring|te keuren)\b/, status: 'open' },
  { pattern: /^(goedgekeurd|akkoord)\b/, status: 'approved' },
  { pattern: /^(afgehandeld|verwerkt|voltooid|afgerond)\b/, status: 'completed' },
];
